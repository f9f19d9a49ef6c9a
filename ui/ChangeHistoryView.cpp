#include "ui/ChangeHistoryView.h"

#include "core/domain/LocalTime.h"
#include "ui/ReadOnlyTable.h"
#include "ui/SortByKeyboard.h"

#include <QVBoxLayout>

namespace waymark {

ChangeHistoryView::ChangeHistoryView(QWidget* parent)
    : QWidget(parent)
    , m_table(new ReadOnlyTable({tr("When"), tr("Who"), tr("Record"), tr("What"), tr("Before"),
                                 tr("After")},
                                tr("Changes to this person's records"), this))
{
    m_table->setObjectName(QStringLiteral("changeHistory"));
    SortByKeyboard::offer(m_table, m_table->horizontalHeader());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

QString ChangeHistoryView::recordKind(const QString& table)
{
    static const QHash<QString, const char*> kinds = {
        {QStringLiteral("service_users"), QT_TR_NOOP("Profile")},
        {QStringLiteral("referrals"), QT_TR_NOOP("Referral")},
        {QStringLiteral("support_periods"), QT_TR_NOOP("Support period")},
        {QStringLiteral("appointments"), QT_TR_NOOP("Appointment")},
        {QStringLiteral("hospital_stays"), QT_TR_NOOP("Hospital stay")},
        {QStringLiteral("star_assessments"), QT_TR_NOOP("Outcome Star")},
        {QStringLiteral("star_assessment_scores"), QT_TR_NOOP("Outcome Star score")},
        {QStringLiteral("outcomes"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("support_plans"), QT_TR_NOOP("Support plan")},
        {QStringLiteral("goals"), QT_TR_NOOP("Goal")},
        {QStringLiteral("goal_tasks"), QT_TR_NOOP("Goal task")},
        {QStringLiteral("reviews"), QT_TR_NOOP("Plan review")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Session attendance")},
        {QStringLiteral("withdrawal_reviews"), QT_TR_NOOP("Withdrawal review")},
        {QStringLiteral("complaints"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("incidents"), QT_TR_NOOP("Incident")},
        {QStringLiteral("notes"), QT_TR_NOOP("Case note")},
    };
    const char* kind = kinds.value(table);
    return kind ? tr(kind) : table;
}

QString ChangeHistoryView::fieldLabel(const QString& column)
{
    QString text = column;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (text.endsWith(QLatin1String(" id")))
        text.chop(3);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ChangeHistoryView::describe(const ChangeEntry& entry) const
{
    if (entry.action == QLatin1String("created"))
        return tr("Recorded");
    // A whole caseload moved in: the person and their records, from the file named beside it.
    if (entry.action == QLatin1String("imported"))
        return tr("Imported, with their records, from");
    if (entry.action == QLatin1String("deleted"))
        return tr("Deleted");
    if (entry.action == QLatin1String("restored"))
        return tr("Restored");
    if (entry.action == QLatin1String("added"))
        return tr("Added");
    if (entry.action == QLatin1String("removed"))
        return tr("Removed");
    return fieldLabel(entry.field);
}

void ChangeHistoryView::setEntries(const QVector<ChangeEntry>& entries,
                                   const QHash<QString, QString>& staffNames)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const ChangeEntry& e : entries) {
        m_table->addRow({LocalTime::formatDateTime(e.changedAt),
                         staffNames.value(e.changedBy, e.changedBy), recordKind(e.table),
                         describe(e), e.oldValue, e.newValue},
                        {LocalTime::isoDateTimeUtc(e.changedAt)});
    }
    m_table->finish();
    m_table->setSortingEnabled(true);
    m_table->sortItems(0, Qt::DescendingOrder);
}

} // namespace waymark
