#pragma once

#include "core/domain/ServiceUser.h"
#include "core/reports/KpiFigure.h"

#include <QDialog>
#include <QHash>

namespace waymark {

class ReadOnlyTable;

// The people and records behind one figure of a return: everyone the denominator counts, and
// whether each is in the numerator (or, for a figure without one, every record it adds up).
// Double-clicking a person opens their record.
class KpiRecordsDialog : public QDialog {
    Q_OBJECT
public:
    KpiRecordsDialog(const QString& heading, const QVector<KpiRecord>& numerator, const QVector<KpiRecord>& denominator,
                     const QHash<QString, ServiceUser>& people, QWidget* parent = nullptr);

    ReadOnlyTable* table() const { return m_table; }

signals:
    void openServiceUser(const QString& serviceUserId);

private:
    ReadOnlyTable* m_table;
};

} // namespace waymark
