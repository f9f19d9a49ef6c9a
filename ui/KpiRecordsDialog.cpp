#include "ui/KpiRecordsDialog.h"

#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "ui/ReadOnlyTable.h"
#include "ui/SortByKeyboard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace waymark {

namespace {

// Qt::UserRole is the table's sort key.
constexpr int PersonRole = Qt::UserRole + 1;

} // namespace

KpiRecordsDialog::KpiRecordsDialog(const QString& heading, const QVector<KpiRecord>& numerator,
                                   const QVector<KpiRecord>& denominator, const QHash<QString, ServiceUser>& people,
                                   QWidget* parent)
    : QDialog(parent)
    , m_table(nullptr)
{
    setObjectName(QStringLiteral("kpiRecords"));
    setWindowTitle(heading);
    const bool hasDenominator = !denominator.isEmpty();
    QStringList headers{tr("Person"), tr("Date"), tr("Why it counts")};
    if (hasDenominator)
        headers << tr("In the numerator");
    m_table = new ReadOnlyTable(headers, tr("People and records behind the figure"), this);
    QSet<QPair<int, QString>> counted;
    for (const KpiRecord& r : numerator)
        counted.insert({int(r.kind), r.recordId});
    const QVector<KpiRecord>& rows = hasDenominator ? denominator : numerator;
    for (const KpiRecord& r : rows) {
        QString who = tr("Group session");
        if (!r.serviceUserId.isEmpty()) {
            const ServiceUser person = people.value(r.serviceUserId);
            who = person.id.isEmpty() ? tr("Not on record (%1)").arg(r.serviceUserId)
                                      : PersonName::display(person.givenName, person.familyName, person.preferredName);
        }
        QStringList cells{who, r.date.isValid() ? LocalTime::formatDate(r.date) : QString(), r.detail};
        QStringList keys{who, LocalTime::isoDate(r.date), r.detail};
        if (hasDenominator) {
            const bool in = counted.contains({int(r.kind), r.recordId});
            cells << (in ? tr("Yes") : tr("No"));
            keys << cells.last();
        }
        m_table->addRow(cells, keys);
        // The person rides on the first cell, so that the row still knows them once sorted.
        m_table->item(m_table->rowCount() - 1, 0)->setData(PersonRole, r.serviceUserId);
    }
    m_table->finish();
    m_table->setSortingEnabled(true);
    SortByKeyboard::offer(m_table, m_table->horizontalHeader());
    m_table->setToolTip(tr("Double-click a person to open their record."));

    auto* summary = new QLabel(hasDenominator ? tr("%1 of %2 counted in the numerator. Double-click a person to open their record.")
                                                    .arg(numerator.size())
                                                    .arg(denominator.size())
                                              : tr("%n record(s) behind this figure. Double-click a person to open their record.",
                                                   nullptr, int(rows.size())),
                               this);
    summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("&Open record"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openRecord"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto openCurrent = [this] {
        // The row as sorted: the person is kept in the first column's data.
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const QString id = m_table->item(row, 0)->data(PersonRole).toString();
        if (id.isEmpty())
            return;
        emit openServiceUser(id);
        accept();
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    // A group session has no person's record to open.
    const auto enableOpen = [this, open] {
        const int row = m_table->currentRow();
        open->setEnabled(row >= 0 && !m_table->item(row, 0)->data(PersonRole).toString().isEmpty());
    };
    connect(m_table, &QTableWidget::currentCellChanged, this, enableOpen);
    enableOpen();
    connect(m_table, &QTableWidget::cellDoubleClicked, this, openCurrent);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}

} // namespace waymark
