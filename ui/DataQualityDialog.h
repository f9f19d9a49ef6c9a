#pragma once

#include "core/domain/ServiceUser.h"
#include "core/reports/DataQuality.h"

#include <QDialog>
#include <QHash>

namespace waymark {

class ReadOnlyTable;

// The records that make a return uncertain, each with what is missing and the figures it
// touches; opening one goes to the place on the person's record where it is put right.
class DataQualityDialog : public QDialog {
    Q_OBJECT
public:
    DataQualityDialog(const QVector<DataQualityIssue>& issues, const QString& contractKpiSet,
                      const QHash<QString, ServiceUser>& people, QWidget* parent = nullptr);

    ReadOnlyTable* table() const { return m_table; }

signals:
    // `where` is DataQuality::whereToFix's answer; `recordId` the record to fix.
    void openServiceUser(const QString& serviceUserId, const QString& where, const QString& recordId);

private:
    ReadOnlyTable* m_table;
};

} // namespace waymark
