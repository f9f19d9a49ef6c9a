// Every control of the main screens has a name a screen reader can say (its label, its own text
// or an accessible name), and every button and input can be reached from the keyboard. The test
// walks what assistive technology sees (the QAccessibleInterface tree) of each section of the
// main window, of a person's record tab by tab and of the forms, and lists every control that
// fails with where it sits, so that whoever reads the failure can find the control and name it.
#include "core/domain/Staff.h"
#include "core/interchange/Importer.h"
#include "core/reports/ReportingPeriod.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ReferralService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TestDatabase.h"
#include "ui/AdminPage.h"
#include "ui/CaseloadPage.h"
#include "ui/CaseloadStarView.h"
#include "ui/CaseworkForms.h"
#include "ui/DataQualityDialog.h"
#include "ui/DiaryPage.h"
#include "ui/FirstContactDialog.h"
#include "ui/FirstRunDialog.h"
#include "ui/FormDialog.h"
#include "ui/GoalDialog.h"
#include "ui/KpiRecordsDialog.h"
#include "ui/KpiReturnView.h"
#include "ui/MainWindow.h"
#include "ui/OpenDatabaseDialog.h"
#include "ui/OutputsView.h"
#include "ui/PersonRecordView.h"
#include "ui/ProfileDialog.h"
#include "ui/ReferralDialog.h"
#include "ui/ReferralsPage.h"
#include "ui/ReportsPage.h"
#include "ui/RiskAssessmentEditor.h"
#include "ui/SessionsPage.h"
#include "ui/SheetImportWizard.h"
#include "ui/StaffAdminView.h"
#include "ui/StarAssessmentEditor.h"
#include "ui/StarTemplateEditor.h"
#include "ui/SupportPlanEditor.h"
#include "ui/TodayPage.h"
#include "ui/TriageDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCalendarWidget>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>

#include "tests/support/QtPrinters.h"

#include <memory>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class Accessibility : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock())
                        .importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"))
                        .ok());
        m_window = std::make_unique<MainWindow>(m_repos, m_db.clock(), m_notifier, QStringLiteral("kw-1"));
        // Qt reports every control of a window never shown as invisible: nothing would be checked.
        m_window->resize(1400, 860);
        m_window->show();
    }

    // Checks what is on screen in `top` (a window or a dialog), calling it `where` in the findings.
    void check(QWidget* top, const QString& where)
    {
        top->show();
        QCoreApplication::processEvents();
        m_checked = 0;
        walk(QAccessible::queryAccessibleInterface(top), where, 0);
        EXPECT_GT(m_checked, 0) << "nothing a person operates was found on " << where.toStdString()
                                << ": is it on screen?";
        checkKeyboard(top, where);
    }

    // The roles of what a person operates, which a screen reader must be able to name.
    static bool operated(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::Dial:
        case QAccessible::PageTab:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::ButtonDropGrid:
        case QAccessible::HotkeyField:
        case QAccessible::List:
        case QAccessible::Table:
        case QAccessible::Tree:
        case QAccessible::Link:
            return true;
        default:
            return false;
        }
    }

    // Why the control has no name a screen reader can say, or "" when it has one. On Linux, Qt
    // gives a combo box its current value as its name and leaves its label to the "labelled by"
    // relation, which is what Orca reads: a name that is only the value counts when a label beside
    // the control points at it, or when an accessible name was set on purpose and no label on
    // screen is tied to it (Qt looks for the label among the control's siblings only, so one tied
    // to it from elsewhere is not read out).
    static QString whyUnnamed(QAccessibleInterface* iface)
    {
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty())
            return QStringLiteral("no name");
        if (iface->role() != QAccessible::ComboBox || name != iface->text(QAccessible::Value).trimmed() ||
            !iface->relations(QAccessible::Label).isEmpty())
            return {};
        const auto* widget = qobject_cast<const QWidget*>(iface->object());
        if (!widget || widget->accessibleName().isEmpty())
            return QStringLiteral("named only by its value \"") + name + QLatin1Char('"');
        for (const QLabel* label : widget->window()->findChildren<QLabel*>())
            if (label->buddy() == widget && label->isVisible())
                return QStringLiteral("its label \"") + label->text() +
                       QStringLiteral("\" is not beside it, so only its value is read out");
        return {};
    }

    static QString describe(const QObject* object)
    {
        const QString type = QString::fromLatin1(object->metaObject()->className());
        return object->objectName().isEmpty() ? type
                                              : object->objectName() + QStringLiteral(" (") + type + QLatin1Char(')');
    }

    // Where a control sits: its parents' names up to the window, for finding it in the code.
    static QString chainOf(const QObject* object)
    {
        QStringList parents;
        for (const QObject* p = object ? object->parent() : nullptr; p; p = p->parent())
            parents << describe(p);
        return parents.join(QStringLiteral(" < "));
    }

    // The same control met on several screens (the navigation, the lock button) is listed once.
    void note(QStringList& findings, const void* control, const QString& finding, const QString& where)
    {
        const QString key = QString::number(quintptr(control), 16) + finding;
        if (m_noted.contains(key))
            return;
        m_noted.insert(key);
        findings << where + QStringLiteral(": ") + finding;
    }

    void walk(QAccessibleInterface* iface, const QString& where, int depth)
    {
        if (!iface || !iface->isValid() || iface->state().invisible || depth > 64)
            return;
        const QAccessible::Role role = iface->role();
        if (operated(role)) {
            ++m_checked;
            if (const QString why = whyUnnamed(iface); !why.isEmpty()) {
                const QObject* object = iface->object();
                QString finding = QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(role)) +
                                  QLatin1Char(' ') + (object ? describe(object) : QStringLiteral("(no object)")) +
                                  QStringLiteral(": ") + why;
                if (const auto* widget = qobject_cast<const QWidget*>(object); widget && !widget->toolTip().isEmpty())
                    finding += QStringLiteral(" tooltip \"") + widget->toolTip() + QLatin1Char('"');
                const QString description = iface->text(QAccessible::Description);
                if (!description.isEmpty())
                    finding += QStringLiteral(" described \"") + description + QLatin1Char('"');
                finding += QStringLiteral(" in ") + chainOf(object);
                note(m_unnamed, object ? static_cast<const void*>(object) : iface, finding, where);
            }
        }
        // A combo box's or spin box's parts (its popup list, its line edit) are named by it.
        if (role == QAccessible::ComboBox || role == QAccessible::SpinBox)
            return;
        // Qt's accessible item views list their cells, not the widgets placed in cells: those
        // (a combo box in a table row) are walked from the view's viewport.
        if (auto* view = qobject_cast<QAbstractItemView*>(iface->object())) {
            for (QWidget* w : view->viewport()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
                walk(QAccessible::queryAccessibleInterface(w), where, depth + 1);
            return;
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), where, depth + 1);
    }

    // Buttons and inputs whose keyboard focus is Qt's own business: the parts of a combo box,
    // spin box, line edit, tab bar, scroll bar or calendar, and an item view's headers and corner
    // button. Those take no focus on purpose: a tab bar's tabs change with the arrow keys and
    // Ctrl+Tab, and a view's rows are reached from the view itself. Widgets placed in a view's
    // cells (a combo box in a table row) are checked like any other.
    static bool partOfQtsOwn(const QWidget* widget, const QWidget* top)
    {
        const QWidget* below = widget;
        for (const QWidget* p = widget->parentWidget(); p && p != top; below = p, p = p->parentWidget()) {
            if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
                qobject_cast<const QLineEdit*>(p) || qobject_cast<const QTabBar*>(p) ||
                qobject_cast<const QScrollBar*>(p) || qobject_cast<const QCalendarWidget*>(p))
                return true;
            if (auto* view = qobject_cast<const QAbstractItemView*>(p); view && below != view->viewport())
                return true;
        }
        return false;
    }

    static bool takesInput(const QWidget* w)
    {
        if (qobject_cast<const QScrollBar*>(w))
            return false; // scrolled by the view it belongs to, which takes the focus
        return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
               qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w) ||
               qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
               qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
               qobject_cast<const QTabBar*>(w);
    }

    static const QWidget* focusTarget(const QWidget* w)
    {
        while (w->focusProxy())
            w = w->focusProxy();
        return w;
    }

    // A label's underlined letter (Alt+letter) moves to its buddy, and only when the buddy takes
    // the focus: a letter with no buddy, or a buddy that takes none, does nothing when pressed.
    static bool hasMnemonic(const QString& text)
    {
        for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QLatin1Char('&'), i + 2))
            if (text.at(i + 1) != QLatin1Char('&') && !text.at(i + 1).isSpace())
                return true;
        return false;
    }

    // The letter after a single "&", lower-cased; none when the text has no shortcut.
    static QChar mnemonicLetter(const QString& text)
    {
        for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QLatin1Char('&'), i + 2))
            if (text.at(i + 1) != QLatin1Char('&') && !text.at(i + 1).isSpace())
                return text.at(i + 1).toLower();
        return {};
    }

    // Every visible button and input is reached with Tab, or has a shortcut (a mnemonic), and
    // every label's mnemonic leads somewhere. No two controls shown together share a shortcut
    // letter: Alt+letter would only move between them, never press the button.
    void checkKeyboard(QWidget* top, const QString& where)
    {
        QHash<QChar, QStringList> letters;
        for (QWidget* w : top->findChildren<QWidget*>()) {
            if (!w->isVisible() || partOfQtsOwn(w, top))
                continue;
            QString shortcutText;
            if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                shortcutText = label->text();
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                shortcutText = button->text();
            if (const QChar letter = mnemonicLetter(shortcutText); !letter.isNull())
                letters[letter] << plain(shortcutText);
            if (auto* label = qobject_cast<QLabel*>(w)) {
                if (label->textFormat() == Qt::RichText ||
                    (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())) ||
                    !hasMnemonic(label->text()))
                    continue;
                const QString what = QStringLiteral("label \"") + label->text() + QStringLiteral("\" ");
                if (!label->buddy())
                    note(m_unreachable, w, what + QStringLiteral("has no buddy for its shortcut, in ") + chainOf(w),
                         where);
                else if (focusTarget(label->buddy())->focusPolicy() == Qt::NoFocus)
                    note(m_unreachable, w,
                         what + QStringLiteral("leads to ") + describe(label->buddy()) +
                             QStringLiteral(", which takes no focus, in ") + chainOf(w),
                         where);
                continue;
            }
            if (!takesInput(w) || (focusTarget(w)->focusPolicy() & Qt::TabFocus))
                continue;
            if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->shortcut().isEmpty())
                continue;
            note(m_unreachable, w, describe(w) + QStringLiteral(" in ") + chainOf(w), where);
        }
        for (auto it = letters.cbegin(); it != letters.cend(); ++it)
            if (it.value().size() > 1)
                note(m_unreachable, top,
                     QStringLiteral("Alt+%1 is the shortcut of %2")
                         .arg(it.key(), it.value().join(QStringLiteral(" and "))),
                     where);
    }

    void expectNoFindings() const
    {
        EXPECT_TRUE(m_unnamed.isEmpty()) << m_unnamed.size() << " control(s) without an accessible name:\n  "
                                         << m_unnamed.join(QStringLiteral("\n  ")).toStdString();
        EXPECT_TRUE(m_unreachable.isEmpty()) << m_unreachable.size() << " control(s) not reached by keyboard:\n  "
                                             << m_unreachable.join(QStringLiteral("\n  ")).toStdString();
    }

    static QString plain(QString text) { return text.remove(QLatin1Char('&')); }

    // A referral waiting for its first contact and decision: su-2, known, referred again.
    QString pendingReferral()
    {
        const ServiceUser person = m_repos.serviceUsers.find(QStringLiteral("su-2"))->value();
        Referral referral;
        referral.contractId = QStringLiteral("thurrock-fs");
        referral.receivedAt = m_db.clock().now().addSecs(-2 * 3600);
        referral.source = QStringLiteral("housing");
        referral.referrer = QStringLiteral("Sam Lee, housing officer");
        referral.consent = true;
        Result<QString> id = m_referrals.record(person, referral);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().message.toStdString());
        return id.ok() ? id.value() : QString();
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    ReferralService m_referrals{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")}};
    std::unique_ptr<MainWindow> m_window;
    int m_checked = 0;
    QSet<QString> m_noted;
    QStringList m_unnamed;
    QStringList m_unreachable;
};

} // namespace

TEST_F(Accessibility, EveryControlOfTheMainSectionsIsNamedAndReachedByKeyboard)
{
    MainWindow& window = *m_window;
    pendingReferral(); // so that the Referrals screen has its actions to offer

    window.showSection(MainWindow::Section::Today);
    ASSERT_TRUE(test::readBy(window.todayPage()));
    check(&window, QStringLiteral("Today"));

    window.showSection(MainWindow::Section::Caseload);
    ASSERT_TRUE(test::readBy(window.caseloadPage()));
    check(&window, QStringLiteral("Caseload"));

    window.showSection(MainWindow::Section::Referrals);
    ASSERT_TRUE(test::readBy(window.referralsPage()));
    window.referralsPage()->table()->selectRow(0);
    check(&window, QStringLiteral("Referrals"));

    window.showSection(MainWindow::Section::Diary);
    window.diaryPage()->showStaff(QStringLiteral("kw-1"));
    check(&window, QStringLiteral("Diary"));

    // A drop-in this week, chosen, so that its register and walk-in form are on screen.
    window.showSection(MainWindow::Section::Sessions);
    {
        std::unique_ptr<FormDialog> form(window.sessionsPage()->sessionForm());
        auto* contract = form->findChild<QComboBox*>(QStringLiteral("contract"));
        contract->setCurrentIndex(contract->findData(QStringLiteral("thurrock-fs")));
        auto* kind = form->findChild<QComboBox*>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("drop_in")));
        form->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Grays drop-in"));
        form->findChild<QLineEdit*>(QStringLiteral("venue"))->setText(QStringLiteral("Grays library"));
        check(form.get(), QStringLiteral("New session form"));
        form->accept();
        ASSERT_EQ(form->result(), QDialog::Accepted);
    }
    window.sessionsPage()->reload();
    ASSERT_FALSE(window.sessionsPage()->sessions().isEmpty());
    window.sessionsPage()->select(window.sessionsPage()->sessions().first().session.id);
    check(&window, QStringLiteral("Sessions"));

    window.showSection(MainWindow::Section::Reports);
    ReportsPage* reports = window.reportsPage();
    const ReportingPeriod quarter{QDate(2026, 4, 1), QDate(2026, 6, 30)};
    reports->kpiReturn()->choose(QStringLiteral("thurrock-fs"), quarter);
    reports->outputs()->choose(QStringLiteral("thurrock-fs"), quarter, OutputsReport::By::AgeBand);
    reports->distance()->choose(QStringLiteral("camden-day"));
    for (int i = 0; i < reports->tabs()->count(); ++i) {
        reports->tabs()->setCurrentIndex(i);
        ASSERT_TRUE(test::readBy(reports->kpiReturn()));
        ASSERT_TRUE(test::readBy(reports->outputs()));
        ASSERT_TRUE(test::readBy(reports->distance()));
        check(&window, QStringLiteral("Reports, ") + plain(reports->tabs()->tabText(i)));
    }

    window.showSection(MainWindow::Section::Admin);
    auto* adminTabs = window.adminPage()->findChild<QTabWidget*>(QStringLiteral("adminTabs"));
    ASSERT_NE(adminTabs, nullptr);
    for (int i = 0; i < adminTabs->count(); ++i) {
        adminTabs->setCurrentIndex(i);
        check(&window, QStringLiteral("Admin, ") + plain(adminTabs->tabText(i)));
    }

    expectNoFindings();
}

TEST_F(Accessibility, EveryTabOfAPersonsRecordIsNamedAndReachedByKeyboard)
{
    m_window->openServiceUser(QStringLiteral("su-1")); // Lexi, in floating support
    PersonRecordView* record = m_window->recordView();
    ASSERT_TRUE(record->isVisible());
    for (int i = 0; i < record->tabs()->count(); ++i) {
        record->showTab(static_cast<PersonRecordView::Tab>(i));
        check(m_window.get(), QStringLiteral("Record, ") + plain(record->tabs()->tabText(i)));
    }
    // Bartholomew's support has ended, and his record has a star scored.
    m_window->openServiceUser(QStringLiteral("su-2"));
    for (PersonRecordView::Tab tab :
         {PersonRecordView::Tab::Profile, PersonRecordView::Tab::Star, PersonRecordView::Tab::Outcomes}) {
        record->showTab(tab);
        check(m_window.get(), QStringLiteral("Closed record, ") + plain(record->tabs()->tabText(int(tab))));
    }
    expectNoFindings();
}

TEST_F(Accessibility, EveryControlOfTheFormsIsNamedAndReachedByKeyboard)
{
    m_window->openServiceUser(QStringLiteral("su-1"));
    PersonRecordView* record = m_window->recordView();
    const SupportPeriod period = *record->openPeriod();
    CaseworkForms* forms = record->forms();
    const auto checkForm = [this](QWidget* form, const char* where) {
        ASSERT_NE(form, nullptr) << where;
        std::unique_ptr<QWidget> owned(form);
        check(form, QString::fromLatin1(where));
    };

    {
        ReferralDialog referral(m_repos, m_referrals, m_db.clock());
        check(&referral, QStringLiteral("New referral"));
        // For someone already known the form asks who instead of their details.
        for (QRadioButton* mode : referral.findChildren<QRadioButton*>())
            if (!mode->isChecked())
                mode->setChecked(true);
        check(&referral, QStringLiteral("New referral, someone known"));
    }
    const QString pending = pendingReferral();
    {
        FirstContactDialog contact(m_referrals, m_db.clock(), m_repos.referrals.find(pending)->value());
        check(&contact, QStringLiteral("First contact"));
    }
    {
        TriageDialog triage(m_repos, m_referrals, m_db.clock(), m_repos.referrals.find(pending)->value());
        for (const char* decision : {"accepted", "signposted", "declined"}) {
            triage.choose(QString::fromLatin1(decision));
            check(&triage, QStringLiteral("Triage, ") + QString::fromLatin1(decision));
        }
    }
    {
        CaseworkServices services(ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")});
        ProfileDialog profile(services.people, m_db.clock(), m_repos.serviceUsers.find(QStringLiteral("su-1"))->value(),
                              std::nullopt);
        check(&profile, QStringLiteral("Profile"));
    }
    checkForm(forms->keyWorkerForm(period, nullptr), "Change of key worker");
    checkForm(forms->extensionForm(period, nullptr), "Extension");
    checkForm(forms->withdrawalReviewForm(period, nullptr), "Withdrawal review");
    checkForm(forms->closureForm(period, {}, nullptr), "Closure");
    checkForm(forms->noteForm(period, QStringLiteral("kw-1"), nullptr), "Case note");
    checkForm(forms->appointmentForm(period, QStringLiteral("kw-1"), nullptr), "Appointment");
    checkForm(forms->hospitalStayForm(QStringLiteral("su-1"), nullptr), "Hospital stay");
    checkForm(forms->complaintForm(QStringLiteral("su-1"), nullptr), "Complaint");
    checkForm(forms->incidentForm(QStringLiteral("su-1"), nullptr), "Incident");
    Complaint complaint;
    complaint.id = QStringLiteral("c-1");
    complaint.serviceUserId = QStringLiteral("su-1");
    complaint.receivedOn = QDate(2026, 6, 20);
    complaint.summary = QStringLiteral("Late for a visit");
    complaint.serious = true;
    checkForm(forms->sentToCommissionerForm(complaint, nullptr), "Sent to the commissioner");
    checkForm(forms->complaintOutcomeForm(complaint, nullptr), "Complaint outcome");
    checkForm(record->planEditor(), "Support plan");
    {
        // A risk row holds its own choices, placed in the table's cells.
        std::unique_ptr<RiskAssessmentEditor> risk(record->riskEditor());
        ASSERT_NE(risk, nullptr);
        auto* add = risk->findChild<QPushButton*>(QStringLiteral("addRisk_person"));
        ASSERT_NE(add, nullptr);
        add->click();
        check(risk.get(), QStringLiteral("Risk assessment"));
    }
    checkForm(record->starEditor(), "Outcome Star");
    checkForm(new GoalDialog(Goal{}, {{QStringLiteral("wellbeing"), QStringLiteral("Wellbeing")}}), "Goal");
    checkForm(m_window->diaryPage()->bookingForm(QStringLiteral("sp-1")), "Diary booking");
    {
        // An area being typed in: the cell's editor is named after its column.
        std::unique_ptr<StarTemplateEditor> star(m_window->adminPage()->templateEditor(true));
        auto* areas = star->findChild<QTableWidget*>(QStringLiteral("templateAreas"));
        ASSERT_NE(areas, nullptr);
        star->show();
        for (QPushButton* button : star->findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("Add &area"))
                button->click();
        ASSERT_EQ(areas->rowCount(), 1);
        areas->editItem(areas->item(0, 1));
        check(star.get(), QStringLiteral("New star template"));
    }
    checkForm(
        m_window->adminPage()->staffView()->staffForm(Staff{QString(), QString(), QStringLiteral("key_worker"), true}),
        "Staff member");
    checkForm(new OpenDatabaseDialog(QStringLiteral("postgresql://jo@server.example.org/waymark")),
              "Open another database");
    QTemporaryDir dir;
    checkForm(new FirstRunDialog(dir.filePath(QStringLiteral("new.db"))), "First run");

    KpiReturnView* kpi = m_window->reportsPage()->kpiReturn();
    kpi->choose(QStringLiteral("thurrock-fs"), ReportingPeriod{QDate(2026, 4, 1), QDate(2026, 6, 30)});
    ASSERT_TRUE(test::readBy(kpi));
    KpiRecordsDialog* records = kpi->showRecords(0);
    ASSERT_NE(records, nullptr);
    check(records, QStringLiteral("Records behind a figure"));
    records->close();
    DataQualityDialog* quality = kpi->showDataQuality();
    ASSERT_NE(quality, nullptr);
    check(quality, QStringLiteral("Data quality check"));
    quality->close();

    expectNoFindings();
}

// The records behind a figure of the return open with Enter as well as with a double-click.
TEST_F(Accessibility, EnterOnAFigureOfTheReturnShowsTheRecordsBehindIt)
{
    m_window->showSection(MainWindow::Section::Reports);
    KpiReturnView* kpi = m_window->reportsPage()->kpiReturn();
    kpi->choose(QStringLiteral("thurrock-fs"), ReportingPeriod{QDate(2026, 4, 1), QDate(2026, 6, 30)});
    ASSERT_TRUE(test::readBy(kpi));
    ASSERT_GT(kpi->table()->model()->rowCount(), 0);
    EXPECT_EQ(kpi->findChild<KpiRecordsDialog*>(), nullptr);
    kpi->table()->setFocus();
    kpi->table()->setCurrentIndex(kpi->table()->model()->index(0, 0));
    QTest::keyClick(kpi->table(), Qt::Key_Return);
    auto* records = kpi->findChild<KpiRecordsDialog*>();
    ASSERT_NE(records, nullptr);
    EXPECT_TRUE(records->isVisible());
    records->close();
}

// Moving a caseload in from a spreadsheet, page by page up to the check before importing.
TEST_F(Accessibility, EveryPageOfTheSpreadsheetWizardIsNamedAndReachedByKeyboard)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("caseload.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Client ref,First name,Surname,DOB,Sex,Referred by,Worker,Start date\r\n"
            "C-1,Zoe,Nowak,14/03/1980,F,Self referral,Jo Marsh,05/01/2026\r\n");
    f.close();
    std::unique_ptr<SheetImportWizard> wizard(m_window->adminPage()->sheetImportWizard());
    wizard->show();
    check(wizard.get(), QStringLiteral("Spreadsheet wizard, no file yet"));
    wizard->openFile(path);
    check(wizard.get(), QStringLiteral("Spreadsheet wizard, file"));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), SheetImportWizard::ColumnsPage);
    QComboBox* contract = wizard->contractForEveryRow();
    contract->setCurrentIndex(contract->findData(QStringLiteral("thurrock-fs")));
    check(wizard.get(), QStringLiteral("Spreadsheet wizard, columns"));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), SheetImportWizard::AnswersPage);
    check(wizard.get(), QStringLiteral("Spreadsheet wizard, answers"));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), SheetImportWizard::CheckPage);
    check(wizard.get(), QStringLiteral("Spreadsheet wizard, check"));
    expectNoFindings();
}
