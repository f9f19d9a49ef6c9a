#include "ui/SyncConflictsDialog.h"

#include "core/domain/LocalTime.h"
#include "core/services/SyncService.h"
#include "core/storage/ServiceUserRepository.h"
#include "ui/DeletedRecordsView.h"
#include "ui/ReadOnlyTable.h"

namespace waymark {

SyncConflictsDialog::SyncConflictsDialog(SyncService& sync, ServiceUserRepository& people, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_people(people)
    , m_table(new ReadOnlyTable({tr("Person"), tr("Record"), tr("Field"), tr("On this laptop"), tr("On the team server")},
                                tr("Sync conflicts"), this))
    , m_keepMine(new QPushButton(tr("Keep this &laptop's"), this))
    , m_keepTheirs(new QPushButton(tr("Keep the team &server's"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("syncConflicts"));
    setWindowTitle(tr("Sync conflicts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These were changed both here and on the team server since they last agreed. The team "
                                "server's value is shown everywhere until you choose; this laptop's is kept here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    layout->addWidget(m_table, 1);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_keepMine->setToolTip(tr("This laptop's value goes to the team server at the next sync"));
    m_keepTheirs->setToolTip(tr("The team server's value stays, as every copy shows it now"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { keep(true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { keep(false); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = !m_table->selectedItems().isEmpty();
        m_keepMine->setEnabled(chosen);
        m_keepTheirs->setEnabled(chosen);
    });
    resize(900, 420);
    reload();
}

QString SyncConflictsDialog::fieldName(const QString& field)
{
    if (field == QLatin1String("deleted"))
        return tr("Deleted");
    QString words = field;
    if (words.startsWith(QLatin1String("x_")))
        words = words.mid(2);
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString SyncConflictsDialog::shown(const QString& field, const QVariant& value)
{
    if (field == QLatin1String("deleted"))
        return value.toLongLong() != 0 ? tr("Deleted") : tr("Kept (not deleted)");
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return tr("(empty)");
    return value.toString();
}

void SyncConflictsDialog::reload()
{
    m_table->setRowCount(0);
    Result<QVector<SyncConflict>> open = m_sync.conflicts();
    if (!open) {
        m_message->setText(open.error().message);
        m_conflicts.clear();
    } else {
        m_conflicts = open.value();
        for (const SyncConflict& c : m_conflicts) {
            QString person = tr("(no one person)");
            if (!c.person.isEmpty()) {
                Result<std::optional<ServiceUser>> found = m_people.find(c.person);
                person = found && found.value() ? found.value()->fullName() : tr("(not on this laptop)");
            }
            m_table->addRow({person, DeletedRecordsView::kindOf(c.table), fieldName(c.field),
                             tr("%1\n%2, %3").arg(shown(c.field, c.mine), c.mineBy, LocalTime::formatDateTime(c.mineAt)),
                             tr("%1\n%2, %3").arg(shown(c.field, c.theirs), c.theirsBy, LocalTime::formatDateTime(c.theirsAt))});
        }
        m_message->setText(m_conflicts.isEmpty() ? tr("No conflicts: everything here agrees with the team server.")
                                                 : tr("Choose a row, then keep one of its two values."));
    }
    m_table->finish();
    m_table->resizeRowsToContents();
    m_keepMine->setEnabled(false);
    m_keepTheirs->setEnabled(false);
    if (!m_conflicts.isEmpty())
        m_table->selectRow(0);
}

void SyncConflictsDialog::keep(bool mine)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const QString id = m_conflicts.at(row).id;
    const Status done = mine ? m_sync.keepMine(id) : m_sync.keepTheirs(id);
    if (!done) {
        m_message->setText(done.error().message);
        return;
    }
    emit settled();
    reload();
}

} // namespace waymark
