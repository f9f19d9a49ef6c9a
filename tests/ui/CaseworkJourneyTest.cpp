// A key worker takes a person from referral to closure through the real window: every step is a
// click on a button and typing into the form it opens.
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TestDatabase.h"
#include "ui/CaseloadPage.h"
#include "ui/FieldMessages.h"
#include "ui/FormDialog.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"
#include "ui/ProfileDialog.h"
#include "ui/ReferralDialog.h"
#include "ui/ReferralsPage.h"
#include "ui/TriageDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

#include "tests/support/QtPrinters.h"

#include <functional>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// Runs `fill` on the next modal dialog once it is open (the action that opens it blocks in
// exec() until the dialog closes).
void whenDialogOpens(std::function<void(QDialog*)> fill)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        fill(dialog);
    });
    poll->start();
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void choose(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    ASSERT_GE(index, 0) << code.toStdString();
    box->setCurrentIndex(index);
}

void type(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST(CaseworkJourney, FromReferralToClosureInTheApp)
{
    test::TestDatabase db;
    Repositories repos(db.db());
    {
        Importer importer(db.db(), db.clock());
        QJsonObject staff{{QStringLiteral("format"), QStringLiteral("waymark")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("staff"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("kw-1")},
                                                  {QStringLiteral("name"), QStringLiteral("Jo Marsh")},
                                                  {QStringLiteral("role"), QStringLiteral("key_worker")},
                                                  {QStringLiteral("active"), true}}}}};
        ASSERT_TRUE(importer.importObject(staff, QStringLiteral("staff"), QStringLiteral("test")).ok());
    }
    ChangeNotifier notifier;
    MainWindow window(repos, db.clock(), notifier, QStringLiteral("kw-1"));
    window.show();

    // 1. The referral, for someone new.
    window.showSection(MainWindow::Section::Referrals);
    ReferralsPage* referrals = window.referralsPage();
    whenDialogOpens([](QDialog* dialog) {
        type(dialog, "givenName", QStringLiteral("Morwenna"));
        type(dialog, "familyName", QStringLiteral("Example"));
        type(dialog, "dateOfBirth", QStringLiteral("05/05/1990"));
        choose(child<QComboBox>(dialog, "contract"), QStringLiteral("thurrock-fs"));
        choose(child<QComboBox>(dialog, "source"), QStringLiteral("self"));
        choose(child<QComboBox>(dialog, "consent"), QStringLiteral("yes"));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(referrals, "newReferral"), Qt::LeftButton);
    ASSERT_TRUE(test::readBy(referrals));
    const QString referralId = referrals->selectedReferral();
    ASSERT_FALSE(referralId.isEmpty());

    // 2. First contact, now.
    whenDialogOpens([](QDialog* dialog) { dialog->accept(); });
    QTest::mouseClick(child<QPushButton>(referrals, "firstContact"), Qt::LeftButton);
    ASSERT_TRUE(test::readBy(referrals));
    EXPECT_EQ(referrals->selectedReferral(), referralId);
    EXPECT_TRUE(repos.referrals.find(referralId)->value().firstContactAt.isValid());

    // 3. Accepted into support with a key worker.
    whenDialogOpens([](QDialog* dialog) {
        auto* triage = qobject_cast<TriageDialog*>(dialog);
        ASSERT_NE(triage, nullptr);
        triage->choose(QStringLiteral("accepted"));
        choose(child<QComboBox>(dialog, "keyWorker"), QStringLiteral("kw-1"));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(referrals, "decide"), Qt::LeftButton);
    const QString personId = repos.referrals.find(referralId)->value().serviceUserId;
    window.showSection(MainWindow::Section::Caseload);
    ASSERT_TRUE(test::readBy(window.caseloadPage()));
    EXPECT_EQ(window.caseloadPage()->visibleCount(), 1);

    // 4. The record: a wrong NHS number is refused beside the field, then corrected.
    window.openServiceUser(personId);
    PersonRecordView* record = window.recordView();
    ASSERT_TRUE(record->openPeriod().has_value());
    bool refusedNhs = false;
    whenDialogOpens([&refusedNhs](QDialog* dialog) {
        type(dialog, "nhsNumber", QStringLiteral("943 476 5918"));
        dialog->accept();
        auto* profile = qobject_cast<ProfileDialog*>(dialog);
        refusedNhs = dialog->isVisible()
                     && profile->messages()->messageText(QStringLiteral("nhs_number")).startsWith(QStringLiteral("Error:"));
        type(dialog, "nhsNumber", QStringLiteral("943 476 5919"));
        type(dialog, "postcode", QStringLiteral("rm17 6sl"));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(record, "editProfile"), Qt::LeftButton);
    EXPECT_TRUE(refusedNhs);
    EXPECT_EQ(repos.serviceUsers.find(personId)->value().nhsNumber, QStringLiteral("9434765919"));
    EXPECT_EQ(repos.serviceUsers.find(personId)->value().postcode, QStringLiteral("RM17 6SL"));

    // 5. A case note.
    whenDialogOpens([](QDialog* dialog) {
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "text"), QStringLiteral("First visit at home."));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(record, "addNote"), Qt::LeftButton);
    record->showTab(PersonRecordView::Tab::Notes);
    auto* notes = record->findChild<QTextBrowser*>(QStringLiteral("caseNotes"));
    ASSERT_NE(notes, nullptr);
    EXPECT_TRUE(notes->toPlainText().contains(QStringLiteral("First visit at home.")));

    // 6. Closure, with where the person went and the outcome achieved.
    db.clock().set(db.clock().now().addDays(90));
    whenDialogOpens([](QDialog* dialog) {
        choose(child<QComboBox>(dialog, "endReason"), QStringLiteral("completed"));
        choose(child<QComboBox>(dialog, "planned"), QStringLiteral("yes"));
        choose(child<QComboBox>(dialog, "exitAccommodation"), QStringLiteral("council_tenancy"));
        dialog->accept();
    });
    ASSERT_TRUE(record->closeSupport());
    EXPECT_FALSE(record->openPeriod().has_value());
    const auto periods = repos.supportPeriods.forServiceUser(personId).value();
    ASSERT_EQ(periods.size(), 1);
    EXPECT_EQ(periods.first().endReason, QStringLiteral("completed"));
    EXPECT_EQ(periods.first().exitAccommodation, QStringLiteral("council_tenancy"));
    EXPECT_FALSE(child<QToolButton>(record, "supportActions")->isEnabled());

    // Every step is in the person's history.
    QSet<QString> kinds;
    for (const ChangeEntry& e : repos.history.forServiceUser(personId).value())
        kinds.insert(e.table);
    for (const char* table : {"service_users", "referrals", "support_periods", "notes"})
        EXPECT_TRUE(kinds.contains(QString::fromLatin1(table))) << table;
}
