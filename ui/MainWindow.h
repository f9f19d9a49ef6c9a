#pragma once

#include "core/domain/SignedInUser.h"
#include "core/services/CaseworkServices.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace waymark {

struct Repositories;
class AccountService;
class AdminPage;
class BackgroundReader;
class CaseloadPage;
class ChangeNotifier;
class Clock;
class PersonRecordView;
class ReferralsPage;
class SessionsPage;
class SyncPanel;
class ReportsPage;
class TodayPage;
class DiaryPage;

// The main window: the navigation of DESIGN.md on the left (Today, Caseload, Referrals, Diary,
// Sessions, Reports, Admin) and the chosen screen beside it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section { Today, Caseload, Referrals, Diary, Sessions, Reports, Admin };

    // `user` is who signed in: what they may see (their role) and whom the changes made in
    // this window are recorded as.
    MainWindow(Repositories& repositories, const Clock& clock, ChangeNotifier& notifier,
               const SignedInUser& user, QWidget* parent = nullptr);
    // The same, opening on `opening` rather than Today (the start benchmark opens on the
    // Caseload, and no other section's page is made or read until it is shown).
    MainWindow(Repositories& repositories, const Clock& clock, ChangeNotifier& notifier, const SignedInUser& user,
               Section opening, QWidget* parent = nullptr);
    // A plain (demo) database, with no sign-in: `actor` works as an administrator.
    MainWindow(Repositories& repositories, const Clock& clock, ChangeNotifier& notifier,
               const QString& actor, QWidget* parent = nullptr);
    const SignedInUser& user() const { return m_user; }
    // Whether the section is there for this user's role (Reports and Admin are not for all).
    bool hasSection(Section section) const;
    // Where sign-ins are kept, for the administrator's staff screen (none for a demo file).
    void setAccounts(AccountService* accounts);

    void showSection(Section section);
    void openServiceUser(const QString& serviceUserId);
    // A record to look at or put right from a report: `where` is "health", "outcomes",
    // "referral" or the profile; a referral opens on the Referrals screen.
    void openReportRecord(const QString& serviceUserId, const QString& where, const QString& recordId);
    void openTodayItem(const QString& serviceUserId, const QString& kind, const QString& referralId,
                       const QString& supportPeriodId);

    CaseloadPage* caseloadPage() const { return m_caseload; }
    // The other sections' pages are made when first shown or asked for (making all seven took
    // a fifth of the start); Reports and Admin are none for a role that may not see them.
    TodayPage* todayPage();
    DiaryPage* diaryPage();
    ReferralsPage* referralsPage();
    SessionsPage* sessionsPage();
    ReportsPage* reportsPage();
    AdminPage* adminPage();
    // A person's record is made when one is first opened, not with the window: its nine tabs
    // were about a millisecond of the start.
    PersonRecordView* recordView();
    // The status bar's sync panel; none on the team server itself.
    SyncPanel* syncPanel() const { return m_syncPanel; }
    QListWidget* navigation() const { return m_navigation; }

signals:
    // Ctrl+L or the Lock button: hide everything until the passphrase is typed again.
    void lockRequested();
    // File, Open another database (Ctrl+O): the app asks which, and opens it in place of this one.
    void openAnotherRequested();
    // The administrator changed how long Waymark waits before it locks (minutes).
    void lockAfterChanged(int minutes);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QSize firstRunSize() const;
    QWidget* placeholder(const QString& objectName, const QString& heading, const QString& hint);
    void updateTitle();
    // The section's page, made now if it has not been; none where the role may not see it.
    QWidget* sectionPage(Section section);
    void addSectionPage(Section section, QWidget* page);
    // Into the stack of pages, in the Tab order before the status bar.
    void addPage(QWidget* page);
    // After a change: the section's page is read again now if it is on screen, else when it is
    // next shown, so a change never costs reading a page nobody is looking at.
    void refresh(Section section);
    void reload(Section section);

    Repositories& m_repositories;
    const Clock& m_clock;
    SignedInUser m_user;
    CaseworkServices m_services;
    // The caseload a key worker's lists are held to (empty for everyone's).
    QString m_restrictedTo;
    AccountService* m_accounts = nullptr;
    // Made before the pages, so that it is gone (its reads stopped) before they are.
    BackgroundReader* m_reader;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    CaseloadPage* m_caseload;
    PersonRecordView* m_record = nullptr;
    TodayPage* m_today = nullptr;
    DiaryPage* m_diary = nullptr;
    ReferralsPage* m_referrals = nullptr;
    SessionsPage* m_sessions = nullptr;
    ReportsPage* m_reports = nullptr;
    AdminPage* m_admin = nullptr;
    static constexpr int SectionCount = 7;
    QWidget* m_sectionPages[SectionCount] = {}; // those made so far
    // Sections to read again when next shown: changed since, or never shown yet.
    bool m_stale[SectionCount] = {};
    SyncPanel* m_syncPanel = nullptr;
};

} // namespace waymark
