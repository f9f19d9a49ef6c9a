#include "ui/DataQualityDialog.h"

#include "core/domain/PersonName.h"
#include "core/reports/KpiDefinition.h"
#include "ui/ReadOnlyTable.h"
#include "ui/SortByKeyboard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int PersonRole = Qt::UserRole + 1; // Qt::UserRole is the table's sort key
constexpr int WhereRole = Qt::UserRole + 2;
constexpr int RecordRole = Qt::UserRole + 3;

} // namespace

DataQualityDialog::DataQualityDialog(const QVector<DataQualityIssue>& issues, const QString& contractKpiSet,
                                     const QHash<QString, ServiceUser>& people, QWidget* parent)
    : QDialog(parent)
    , m_table(new ReadOnlyTable({tr("Person"), tr("What to check"), tr("Figures it affects"), tr("Where to fix it")},
                                tr("Records to check before the return is sent"), this))
{
    setObjectName(QStringLiteral("dataQuality"));
    setWindowTitle(tr("Check the data before sending"));
    QHash<QString, QString> labels;
    for (const KpiDefinition& d : KpiDefinition::forSet(contractKpiSet))
        labels.insert(d.id, d.displayLabel());
    const QHash<QString, QString> places{{QStringLiteral("profile"), tr("Profile")},
                                         {QStringLiteral("health"), tr("Health")},
                                         {QStringLiteral("outcomes"), tr("Outcomes")},
                                         {QStringLiteral("referral"), tr("Referrals")}};
    for (const DataQualityIssue& issue : issues) {
        const ServiceUser person = people.value(issue.serviceUserId);
        const QString who = person.id.isEmpty() ? tr("Not on record (%1)").arg(issue.serviceUserId)
                                                : PersonName::display(person.givenName, person.familyName, person.preferredName);
        QStringList affects;
        for (const QString& id : issue.affects)
            affects << labels.value(id, id);
        const QString where = DataQuality::whereToFix(issue.kind);
        m_table->addRow({who, issue.description, affects.isEmpty() ? tr("None of this contract's figures") : affects.join(QStringLiteral("; ")),
                         places.value(where)});
        QTableWidgetItem* first = m_table->item(m_table->rowCount() - 1, 0);
        first->setData(PersonRole, issue.serviceUserId);
        first->setData(WhereRole, where);
        first->setData(RecordRole, issue.recordId);
    }
    m_table->finish();
    m_table->setSortingEnabled(true);
    SortByKeyboard::offer(m_table, m_table->horizontalHeader());
    m_table->sortItems(0);

    auto* summary = new QLabel(issues.isEmpty() ? tr("Nothing to check: every record these figures read is complete.")
                                                : tr("%n record(s) to check before the return is sent. Double-click one to open the person's "
                                                     "record where it is put right; the return is worked out again when you come back.",
                                                     nullptr, int(issues.size())),
                               this);
    summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("&Open record"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openRecord"));
    open->setEnabled(!issues.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto openCurrent = [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const QTableWidgetItem* first = m_table->item(row, 0);
        emit openServiceUser(first->data(PersonRole).toString(), first->data(WhereRole).toString(),
                             first->data(RecordRole).toString());
        accept();
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, openCurrent);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace waymark
