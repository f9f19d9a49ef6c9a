#include "ui/MainWindow.h"
#include "ui/InterfaceLanguage.h"

#include "ui/SyncPanel.h"

#include "core/domain/DocumentLanguage.h"
#include "core/rules/AccessPolicy.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "ui/AdminPage.h"
#include "ui/BackgroundReader.h"
#include "ui/CaseloadPage.h"
#include "ui/DiaryPage.h"
#include "ui/EmptyState.h"
#include "ui/PersonRecordView.h"
#include "ui/ReferralsPage.h"
#include "ui/ReportsPage.h"
#include "ui/SectionIcon.h"
#include "ui/SessionsPage.h"
#include "ui/StaffAdminView.h"
#include "ui/TodayPage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

MainWindow::MainWindow(Repositories& repositories, const Clock& clock, ChangeNotifier& notifier,
                       const QString& actor, QWidget* parent)
    : MainWindow(repositories, clock, notifier, SignedInUser{actor, {}, Role::Administrator}, parent)
{
}

MainWindow::MainWindow(Repositories& repositories, const Clock& clock, ChangeNotifier& notifier,
                       const SignedInUser& user, QWidget* parent)
    : MainWindow(repositories, clock, notifier, user, Section::Today, parent)
{
}

MainWindow::MainWindow(Repositories& repositories, const Clock& clock, ChangeNotifier& notifier,
                       const SignedInUser& user, Section opening, QWidget* parent)
    : QMainWindow(parent)
    , m_repositories(repositories)
    , m_clock(clock)
    , m_user(user)
    , m_services(ServiceContext{repositories.database, clock, notifier, user.user, user.role, user.staffId})
    , m_reader(new BackgroundReader(repositories.database, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_caseload(new CaseloadPage(*m_reader, clock, this))
{
    std::fill(std::begin(m_stale), std::end(m_stale), true); // each section read when first shown
    m_restrictedTo = AccessPolicy::caseloadOf(user);
    if (!m_restrictedTo.isEmpty())
        m_caseload->restrictTo(m_restrictedTo);
    setObjectName(QStringLiteral("mainWindow"));
    struct Entry {
        QString name;
        SectionIcon::Picture icon;
        QString tip;
    };
    const QList<Entry> entries = {
        {tr("Today"), SectionIcon::Picture::Today, tr("What needs your attention today")},
        {tr("Caseload"), SectionIcon::Picture::Caseload, tr("Everyone the service supports")},
        {tr("Referrals"), SectionIcon::Picture::Referrals, tr("Referrals received and their decisions")},
        {tr("Diary"), SectionIcon::Picture::Diary, tr("Appointments by day and week")},
        {tr("Sessions"), SectionIcon::Picture::Sessions, tr("Group sessions and drop-in surgeries")},
        {tr("Reports"), SectionIcon::Picture::Reports, tr("Quarterly returns to the council")},
        {tr("Admin"), SectionIcon::Picture::Admin, tr("Contracts, staff and templates")},
    };
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(20, 20));
    for (int i = 0; i < entries.size(); ++i) {
        auto* item = new QListWidgetItem(SectionIcon::make(entries.at(i).icon), entries.at(i).name);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(entries.at(i).tip).arg(i + 1));
        item->setSizeHint(QSize(160, 36));
        m_navigation->addItem(item);
        if (!hasSection(static_cast<Section>(i))) {
            item->setHidden(true);
            continue;
        }
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, i] { showSection(static_cast<Section>(i)); });
    }
    m_navigation->setFixedWidth(180);

    addSectionPage(Section::Caseload, m_caseload);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    if (m_repositories.meta.isDemo()) {
        auto* banner = new QLabel(tr("Demo database: every person in it is fictional. Do not "
                                     "record real people here."),
                                  central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setMargin(6);
        banner->setAutoFillBackground(true);
        QPalette palette = banner->palette();
        palette.setColor(QPalette::Window, QColor(0xfd, 0xe6, 0x8a));
        palette.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
        banner->setPalette(palette);
        outer->addWidget(banner);
    }
    auto* body = new QHBoxLayout;
    body->setContentsMargins(6, 6, 6, 6);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);
    // Its size and place first: the caseload's first screenful is as tall as the screen it is on.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(firstRunSize());
    // The day starts with what needs attention. Each section's page is made and read when it is
    // first shown, not all at the start; the first is shown here, before the menus and the status
    // bar are made, so that its reading starts on the reader's thread while they are.
    showSection(hasSection(opening) ? opening : Section::Today);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showSection(static_cast<Section>(row));
    });
    connect(m_caseload, &CaseloadPage::openServiceUser, this, &MainWindow::openServiceUser);
    connect(&notifier, &ChangeNotifier::sessionChanged, this, [this] {
        refresh(Section::Sessions);
        // A register lists people: an open record shows their sessions.
        if (m_record && m_pages->currentWidget() == m_record)
            m_record->showServiceUser(m_record->serviceUserId());
    });
    // Whatever a form changed, every screen showing it reads it again.
    connect(&notifier, &ChangeNotifier::serviceUserChanged, this, [this](const QString& id) {
        if (m_sessions)
            m_sessions->peopleChanged(); // the names a drop-in offers
        refresh(Section::Caseload);
        refresh(Section::Today);
        refresh(Section::Referrals);
        refresh(Section::Diary);
        if (m_record && m_pages->currentWidget() == m_record && m_record->serviceUserId() == id)
            m_record->showServiceUser(id);
    });
    // Another database (a file, or the team server) opens in place of this one.
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* openAnother = file->addAction(tr("&Open another database\u2026"), this, &MainWindow::openAnotherRequested);
    openAnother->setObjectName(QStringLiteral("openAnotherDatabase"));
    openAnother->setShortcut(QKeySequence::Open);
    openAnother->setStatusTip(tr("Close this database and open a file or the team server instead"));
    // The windows' language: the system's, or one chosen here, from the next start.
    QMenu* languageMenu = file->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(languageMenu);
    auto addLanguage = [&](const QString& code, const QString& text) {
        QAction* action = languageMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(InterfaceLanguage::chosen() == code);
        action->setData(code);
        languages->addAction(action);
    };
    addLanguage(QString(),
                tr("As the system (%1)").arg(DocumentLanguage::nativeName(DocumentLanguage::systemLanguage())));
    for (const DocumentLanguage::Language& language : DocumentLanguage::available())
        addLanguage(language.code, language.nativeName);
    connect(languages, &QActionGroup::triggered, this, [this](QAction* action) {
        InterfaceLanguage::choose(action->data().toString());
        const QString code = InterfaceLanguage::effective();
        if (code == DocumentLanguage::current())
            return;
        QMessageBox::information(this, tr("Language"),
                                 tr("Waymark will be in %1 the next time it starts. Printed forms are in the language "
                                    "chosen when they are printed.")
                                     .arg(DocumentLanguage::nativeName(code)));
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        showSection(Section::Caseload);
        m_caseload->filterEdit()->setFocus();
        m_caseload->filterEdit()->selectAll();
    });

    updateTitle();
    statusBar()->showMessage(QDir::toNativeSeparators(m_repositories.database.path()));
    if (!m_repositories.database.isServer()) {
        // A laptop's file syncs with the team server; the server itself needs no sync.
        m_syncPanel = new SyncPanel(m_repositories.database, m_repositories.serviceUsers, clock, user.user, this);
        statusBar()->addPermanentWidget(m_syncPanel);
        connect(m_syncPanel, &SyncPanel::changed, this, [this] {
            if (m_sessions)
                m_sessions->peopleChanged();
            for (int section = 0; section < SectionCount; ++section)
                refresh(static_cast<Section>(section));
            // A person whose record left this laptop with the sync is no longer there to show.
            if (m_record && m_pages->currentWidget() == m_record &&
                !m_record->showServiceUser(m_record->serviceUserId()))
                showSection(Section::Caseload);
        });
    }
    if (!m_repositories.meta.isDemo()) {
        // Who is signed in, and so what this window shows.
        static const char* const roleNames[] = {QT_TR_NOOP("key worker"), QT_TR_NOOP("team leader"),
                                                QT_TR_NOOP("administrator")};
        auto* who = new QLabel(tr("Signed in as %1 (%2)").arg(user.user, tr(roleNames[int(user.role)])), this);
        who->setObjectName(QStringLiteral("signedInAs"));
        statusBar()->addPermanentWidget(who);
        auto* lock = new QToolButton(this);
        lock->setObjectName(QStringLiteral("lockNow"));
        lock->setText(tr("Lock"));
        lock->setToolTip(tr("Hide everything until you type your passphrase again (Ctrl+L)"));
        statusBar()->addPermanentWidget(lock);
        connect(lock, &QToolButton::clicked, this, &MainWindow::lockRequested);
        auto* lockShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
        lockShortcut->setContext(Qt::ApplicationShortcut);
        connect(lockShortcut, &QShortcut::activated, this, &MainWindow::lockRequested);
    }
}

QSize MainWindow::firstRunSize() const
{
    // Most of a laptop screen, so the caseload's columns fit without scrolling, but never a
    // wall of white on a large monitor.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1280, 800);
    return QSize(qMin(1600, available.width() * 9 / 10), qMin(1000, available.height() * 9 / 10));
}

QWidget* MainWindow::placeholder(const QString& objectName, const QString& heading,
                                 const QString& hint)
{
    auto* page = new EmptyState(heading, hint, this);
    page->setObjectName(objectName);
    return page;
}

void MainWindow::updateTitle()
{
    const QString file = QFileInfo(m_repositories.database.path()).fileName();
    Result<QString> organisation =
        m_repositories.meta.value(QString::fromLatin1(MetaRepository::Organisation));
    QStringList parts{QStringLiteral("Waymark")};
    if (organisation && !organisation->isEmpty())
        parts << organisation.value();
    parts << (m_repositories.meta.isDemo() ? tr("%1 (demo: fictional data)").arg(file) : file);
    setWindowTitle(parts.join(QStringLiteral(" \u2014 ")));
}

void MainWindow::setAccounts(AccountService* accounts)
{
    m_accounts = accounts;
    if (m_admin)
        m_admin->setAccounts(accounts);
}

bool MainWindow::hasSection(Section section) const
{
    // What a role may not see is not made at all: no page, so nothing of it is ever read.
    switch (section) {
    case Section::Reports:
        return AccessPolicy::mayRunReports(m_user.role);
    case Section::Admin:
        return AccessPolicy::mayAdminister(m_user.role);
    default:
        return true;
    }
}

void MainWindow::addSectionPage(Section section, QWidget* page)
{
    m_sectionPages[int(section)] = page;
    addPage(page);
}

void MainWindow::addPage(QWidget* page)
{
    m_pages->addWidget(page);
    // A widget made after the window is put last in its Tab order, after the status bar's Sync and
    // Lock: those are put back after it, so that Tab goes from the sections into the page shown,
    // as it did when every page was made at the start.
    QList<QWidget*> bar;
    for (QWidget* w = nextInFocusChain(); w != this; w = w->nextInFocusChain())
        if (statusBar()->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            bar << w;
    // (Qt puts nothing after a widget that takes no focus: the last one that does is found.)
    QWidget* last = previousInFocusChain();
    while (last != this && (last->focusPolicy() == Qt::NoFocus || bar.contains(last)))
        last = last->previousInFocusChain();
    if (last == this)
        return;
    for (QWidget* w : std::as_const(bar)) {
        QWidget::setTabOrder(last, w);
        last = w;
    }
}

PersonRecordView* MainWindow::recordView()
{
    if (!m_record) {
        m_record = new PersonRecordView(m_repositories, m_services, m_clock, this);
        m_record->setActor(m_user.user);
        connect(m_record, &PersonRecordView::backRequested, this, [this] { showSection(Section::Caseload); });
        addPage(m_record);
    }
    return m_record;
}

TodayPage* MainWindow::todayPage()
{
    if (!m_today) {
        m_today = new TodayPage(m_repositories, *m_reader, m_clock, this);
        if (!m_restrictedTo.isEmpty())
            m_today->restrictTo(m_restrictedTo);
        connect(m_today, &TodayPage::openItem, this, &MainWindow::openTodayItem);
        addSectionPage(Section::Today, m_today);
    }
    return m_today;
}

DiaryPage* MainWindow::diaryPage()
{
    if (!m_diary) {
        m_diary = new DiaryPage(m_repositories, m_services, m_clock, this);
        if (!m_restrictedTo.isEmpty())
            m_diary->restrictTo(m_restrictedTo);
        connect(m_diary, &DiaryPage::openServiceUser, this, &MainWindow::openServiceUser);
        addSectionPage(Section::Diary, m_diary);
    }
    return m_diary;
}

ReferralsPage* MainWindow::referralsPage()
{
    if (!m_referrals) {
        m_referrals = new ReferralsPage(m_repositories, m_services.referrals, *m_reader, m_clock, this);
        connect(m_referrals, &ReferralsPage::openServiceUser, this, &MainWindow::openServiceUser);
        addSectionPage(Section::Referrals, m_referrals);
    }
    return m_referrals;
}

SessionsPage* MainWindow::sessionsPage()
{
    if (!m_sessions) {
        m_sessions = new SessionsPage(m_repositories, m_services, m_clock, this);
        connect(m_sessions, &SessionsPage::openServiceUser, this, &MainWindow::openServiceUser);
        addSectionPage(Section::Sessions, m_sessions);
    }
    return m_sessions;
}

ReportsPage* MainWindow::reportsPage()
{
    if (!m_reports && hasSection(Section::Reports)) {
        m_reports = new ReportsPage(m_repositories.database, *m_reader, m_clock, this);
        connect(m_reports, &ReportsPage::openServiceUser, this, &MainWindow::openReportRecord);
        addSectionPage(Section::Reports, m_reports);
    }
    return m_reports;
}

AdminPage* MainWindow::adminPage()
{
    if (!m_admin && hasSection(Section::Admin)) {
        m_admin = new AdminPage(m_repositories, m_services.stars, m_services.staff, m_services.retention,
                                m_services.deletedRecords, m_services.complaints, m_clock, this);
        connect(m_admin->staffView(), &StaffAdminView::lockAfterChanged, this, &MainWindow::lockAfterChanged);
        m_admin->setActor(m_user.user);
        if (m_accounts)
            m_admin->setAccounts(m_accounts);
        // People brought in from a spreadsheet are in every list: each is read again when next shown.
        connect(m_admin, &AdminPage::caseloadImported, this, [this] {
            for (Section section : {Section::Today, Section::Caseload, Section::Referrals, Section::Diary,
                                    Section::Sessions, Section::Reports})
                refresh(section);
        });
        addSectionPage(Section::Admin, m_admin);
    }
    return m_admin;
}

QWidget* MainWindow::sectionPage(Section section)
{
    switch (section) {
    case Section::Today:
        return todayPage();
    case Section::Caseload:
        return m_caseload;
    case Section::Referrals:
        return referralsPage();
    case Section::Diary:
        return diaryPage();
    case Section::Sessions:
        return sessionsPage();
    case Section::Reports:
        return reportsPage();
    case Section::Admin:
        return adminPage();
    }
    return nullptr;
}

void MainWindow::showSection(Section section)
{
    const int row = int(section);
    if (!hasSection(section))
        return;
    if (m_navigation->currentRow() != row) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(row);
    }
    // A list still being read when its section is left is not read on for nobody: the reader
    // is free at once for the section now shown, and the list is read when next shown.
    if (m_pages->currentWidget() == m_today && section != Section::Today && m_today->working()) {
        m_today->stopReading();
        m_stale[int(Section::Today)] = true;
    }
    if (m_pages->currentWidget() == m_caseload && section != Section::Caseload && m_caseload->working()) {
        m_caseload->stopReading();
        m_stale[int(Section::Caseload)] = true;
    }
    if (m_pages->currentWidget() == m_referrals && section != Section::Referrals && m_referrals->working()) {
        m_referrals->stopReading();
        m_stale[int(Section::Referrals)] = true;
    }
    if (m_reports && m_pages->currentWidget() == m_reports && section != Section::Reports)
        m_reports->stopReading();
    m_pages->setCurrentWidget(sectionPage(section));
    // Today and the diary move on with the clock, and the Reports page works out when it last
    // read for itself; the others are read again only after a change.
    if (m_stale[row] || section == Section::Today || section == Section::Diary || section == Section::Reports) {
        m_stale[row] = false;
        reload(section);
    }
    if (section == Section::Caseload)
        m_caseload->filterEdit()->setFocus();
}

void MainWindow::refresh(Section section)
{
    const int row = int(section);
    if (!hasSection(section))
        return;
    if (m_pages->currentWidget() == m_sectionPages[row]) {
        m_stale[row] = false;
        reload(section);
    } else {
        m_stale[row] = true;
    }
}

void MainWindow::reload(Section section)
{
    switch (section) {
    case Section::Today:
        todayPage()->reload();
        break;
    case Section::Caseload:
        m_caseload->reload();
        break;
    case Section::Referrals:
        referralsPage()->reload();
        break;
    case Section::Diary:
        diaryPage()->reload();
        break;
    case Section::Sessions:
        sessionsPage()->reload();
        break;
    case Section::Reports:
        if (ReportsPage* reports = reportsPage())
            reports->reload();
        break;
    case Section::Admin:
        if (AdminPage* admin = adminPage())
            admin->reload();
        break;
    }
}

void MainWindow::openServiceUser(const QString& serviceUserId)
{
    PersonRecordView* record = recordView();
    record->showServiceUser(serviceUserId);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(int(Section::Caseload));
    }
    m_pages->setCurrentWidget(record);
    record->tabs()->setFocus();
}

void MainWindow::openTodayItem(const QString& serviceUserId, const QString& kind,
                               const QString& referralId, const QString& supportPeriodId)
{
    Q_UNUSED(supportPeriodId);
    // Each item opens where it is resolved: a referral on the Referrals screen, a period's item
    // on the tab of the person's record that holds what is due.
    if (!referralId.isEmpty()) {
        m_stale[int(Section::Referrals)] = true;
        showSection(Section::Referrals);
        m_referrals->selectReferral(referralId);
        return;
    }
    static const QHash<QString, PersonRecordView::Tab> tabs = {
        {QStringLiteral("plan_missing"), PersonRecordView::Tab::SupportPlan},
        {QStringLiteral("plan_review_due"), PersonRecordView::Tab::SupportPlan},
        {QStringLiteral("star_due"), PersonRecordView::Tab::Star},
        {QStringLiteral("dna_withdrawal_review"), PersonRecordView::Tab::Diary},
        {QStringLiteral("weekly_cap_exceeded"), PersonRecordView::Tab::Diary},
        {QStringLiteral("ending_soon"), PersonRecordView::Tab::Profile},
        {QStringLiteral("past_maximum_duration"), PersonRecordView::Tab::Profile},
        {QStringLiteral("serious_complaint"), PersonRecordView::Tab::Health},
    };
    openServiceUser(serviceUserId);
    recordView()->showTab(tabs.value(kind, PersonRecordView::Tab::Profile));
}

void MainWindow::openReportRecord(const QString& serviceUserId, const QString& where, const QString& recordId)
{
    if (where == QLatin1String("referral")) {
        m_stale[int(Section::Referrals)] = true;
        showSection(Section::Referrals);
        m_referrals->selectReferral(recordId);
        return;
    }
    openServiceUser(serviceUserId);
    if (where == QLatin1String("health"))
        recordView()->showTab(PersonRecordView::Tab::Health);
    else if (where == QLatin1String("outcomes"))
        recordView()->showTab(PersonRecordView::Tab::Outcomes);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace waymark
