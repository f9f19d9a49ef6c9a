#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QProgressDialog;
class QPushButton;

namespace waymark {

class BackgroundSync;
class Clock;
class Database;
class ServiceUserRepository;
class SyncService;

// In the status bar of a laptop's window: where it stands with the team server (last sync, changes
// waiting, conflicts to resolve), Sync now, and the conflicts screen.
class SyncPanel : public QWidget {
    Q_OBJECT
public:
    SyncPanel(Database& database, ServiceUserRepository& people, const Clock& clock, const QString& actor,
              QWidget* parent = nullptr);
    ~SyncPanel() override;

    QLabel* statusLabel() const { return m_status; }
    QPushButton* syncButton() const { return m_sync; }
    QPushButton* conflictsButton() const { return m_conflicts; }

    // Where the team server is, asked for the first sync (a dialog by default; tests answer).
    void setAddressPrompt(std::function<QString()> prompt) { m_prompt = std::move(prompt); }

    void refresh();
    // Starts a sync on a thread of its own and returns; syncFinished() says when it is over.
    void syncNow();
    bool syncing() const;
    void showConflicts();

signals:
    // Records came from the server, or a conflict was settled: screens read again.
    void changed();
    // A sync started by syncNow() is over (done, stopped or failed: the status bar says which).
    void syncFinished();

private:
    void finishSync();

    Database& m_database;
    ServiceUserRepository& m_people;
    const Clock& m_clock;
    QString m_actor;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<BackgroundSync> m_run;
    QProgressDialog* m_progress = nullptr;
    std::function<QString()> m_prompt;
    QLabel* m_status;
    QPushButton* m_sync;
    QPushButton* m_conflicts;
};

} // namespace waymark
