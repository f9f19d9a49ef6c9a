#pragma once

#include "core/domain/Contract.h"
#include "core/domain/Referral.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QVector>

#include <array>

namespace waymark {

// The Referrals list as a table: received, person, contract, source, the 48-hour clock and the
// decision. Its rows are worked out whole (rows()) where the referrals are read, away from the
// window's thread; a large provider has a hundred thousand of them.
class ReferralsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Received, Person, ContractName, Source, FirstContactClock, Decision, ColumnCount };
    static constexpr int ServiceUserIdRole = Qt::UserRole + 1;
    static constexpr int ReferralIdRole = Qt::UserRole + 2;
    // What a column sorts by: ISO date-times behind the dates shown, else the text.
    static constexpr int SortRole = Qt::UserRole + 3;

    struct Row {
        QString referralId;
        QString serviceUserId;
        std::array<QString, ColumnCount> cells;
        std::array<QString, ColumnCount> sortKeys;
    };

    // One row per referral, in the order given; `names` are the people's names by id, as shown.
    static QVector<Row> rows(const QVector<Referral>& referrals, const QHash<QString, QString>& names,
                             const QHash<QString, Contract>& contracts, const QDateTime& now);
    // Puts `rows` in the order of `column` (stable, so equal keys keep the order read).
    static void sortRows(QVector<Row>& rows, int column, Qt::SortOrder order);

    explicit ReferralsModel(QObject* parent = nullptr);

    // Shows `rows`, which are in the order the view's header asks for (sortRows); returns the
    // rows shown until now, for the caller to let go of where it suits.
    QVector<Row> replaceRows(QVector<Row> rows);
    const Row& row(int index) const { return m_rows.at(index); }
    // The row of a referral, or -1 when it is not listed.
    int rowOf(const QString& referralId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting by a header, on the window's thread: by kept keys, no text worked out again.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVector<Row> m_rows;
};

} // namespace waymark
