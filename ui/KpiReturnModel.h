#pragma once

#include "core/reports/KpiReturn.h"

#include <QAbstractTableModel>

#include <optional>

namespace waymark {

// A return's figures as a table: figure, numerator, denominator, value, target, met (a word,
// with green or red behind it), the previous period's value and the trend.
class KpiReturnModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Figure, Numerator, Denominator, Value, Target, Met, Previous, Trend, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setReturn(const KpiReturn& current, const std::optional<KpiReturn>& previous);
    void clear();
    const KpiFigure* figureAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Met", "Not met", "No target" or "No data" for a figure, as shown.
    static QString metText(const KpiFigure& figure);
    // The value as shown: to its places, with "%" for a percent; a dash when there is none.
    static QString valueText(const KpiFigure& figure);

private:
    KpiReturn m_current;
    std::optional<KpiReturn> m_previous;
};

} // namespace waymark
