#include "ui/SyncPanel.h"

#include "core/domain/LocalTime.h"
#include "core/services/SyncService.h"
#include "core/storage/Database.h"
#include "core/storage/ServerAddress.h"
#include "ui/BackgroundSync.h"
#include "ui/SyncConflictsDialog.h"

#include <QInputDialog>
#include <QProgressDialog>

namespace waymark {

SyncPanel::SyncPanel(Database& database, ServiceUserRepository& people, const Clock& clock, const QString& actor,
                     QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_people(people)
    , m_clock(clock)
    , m_actor(actor)
    , m_service(std::make_unique<SyncService>(database, clock, actor))
    , m_status(new QLabel(this))
    , m_sync(new QPushButton(tr("S&ync now"), this))
    , m_conflicts(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncPanel"));
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_conflicts->setObjectName(QStringLiteral("syncConflictsButton"));
    m_sync->setToolTip(tr("Send this laptop's changes to the team server and bring back everyone else's"));
    m_conflicts->setToolTip(tr("Fields changed both here and on the team server: choose which to keep"));
    m_sync->setAccessibleName(tr("Sync now"));
    m_conflicts->setAccessibleName(tr("Sync conflicts"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_sync);
    connect(m_sync, &QPushButton::clicked, this, &SyncPanel::syncNow);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncPanel::showConflicts);
    m_prompt = [this] {
        return QInputDialog::getText(this, tr("Sync with a team server"),
                                     tr("The team server's address, as your administrator gave it\n"
                                        "(like postgresql://jo@waymark.example.org/team):"))
            .trimmed();
    };
    refresh();
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::refresh()
{
    Result<SyncStatus> status = m_service->status();
    if (!status) {
        m_status->setText(status.error().message);
        return;
    }
    QStringList parts;
    if (!status->joined) {
        parts << tr("Not syncing with a team server");
        m_sync->setText(tr("S&ync\u2026"));
    } else {
        parts << (status->lastSyncedAt.isValid() ? tr("Synced %1").arg(LocalTime::formatDateTime(status->lastSyncedAt))
                                                 : tr("Not synced yet"));
        if (status->waiting > 0)
            parts << (status->waiting == 1 ? tr("1 change waiting") : tr("%1 changes waiting").arg(status->waiting));
        m_sync->setText(tr("S&ync now"));
        m_status->setToolTip(tr("Team server: %1").arg(status->server));
    }
    m_status->setText(parts.join(QStringLiteral(" \u00b7 ")));
    m_conflicts->setText(status->conflicts == 1 ? tr("1 conflict") : tr("%1 conflicts").arg(status->conflicts));
    m_conflicts->setVisible(status->conflicts > 0);
}

void SyncPanel::syncNow()
{
    if (m_run)
        return; // one at a time
    Result<SyncStatus> status = m_service->status();
    if (!status) {
        m_status->setText(status.error().message);
        return;
    }
    QString address = status->server;
    if (!status->joined) {
        address = m_prompt ? m_prompt() : QString();
        if (address.isEmpty())
            return;
        if (!ServerAddress::isServerUrl(address)) {
            m_status->setText(tr("That is not a team server's address: it starts postgresql://"));
            return;
        }
    }
    Result<QVector<SignedInUser>> users = SyncService::laptopUsers(m_database, m_database.path());
    if (!users) {
        m_status->setText(users.error().message);
        return;
    }
    // The sync runs on a thread of its own: the window keeps answering, and Stop stops it
    // between two batches. The progress dialog keeps the window's forms still meanwhile.
    m_run = std::make_unique<BackgroundSync>(m_database, m_clock, m_actor, address, users.value());
    m_progress = new QProgressDialog(tr("Syncing with the team server\u2026"), tr("Stop"), 0, 0, this);
    m_progress->setWindowTitle(tr("Sync"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, m_run.get(), &BackgroundSync::stop);
    connect(m_run.get(), &BackgroundSync::progressed, m_progress,
            [progress = m_progress](const QString& phase, int done, int total) {
                progress->setLabelText(phase);
                progress->setMaximum(total);
                progress->setValue(done);
            });
    connect(m_run.get(), &BackgroundSync::finished, this, &SyncPanel::finishSync);
    m_sync->setEnabled(false);
    m_status->setText(tr("Syncing with the team server\u2026"));
    m_run->start();
}

bool SyncPanel::syncing() const
{
    return m_run != nullptr;
}

void SyncPanel::finishSync()
{
    const Result<SyncReport> report =
        m_run->result().value_or(Result<SyncReport>(Error{tr("The sync did not finish."), {}}));
    // Deleted once this signal's delivery is over, never inside it.
    m_run.release()->deleteLater();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_sync->setEnabled(true);
    refresh();
    if (!report) {
        m_status->setText(report.error().message);
        m_status->setToolTip(report.error().message);
    } else {
        QString done = tr("%1 sent, %2 received").arg(report->pushed).arg(report->pulled);
        if (report->removed > 0)
            done += QStringLiteral(" \u00b7 ") + tr("left this laptop, no longer on its caseloads: %1").arg(report->removed);
        m_status->setText(m_status->text() + QStringLiteral(" \u00b7 ") + done);
    }
    emit changed();
    emit syncFinished();
}

void SyncPanel::showConflicts()
{
    SyncConflictsDialog dialog(*m_service, m_people, this);
    connect(&dialog, &SyncConflictsDialog::settled, this, [this] {
        refresh();
        emit changed();
    });
    dialog.exec();
}

} // namespace waymark
