#include "core/domain/PersonName.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ReferralService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/ScreenReads.h"
#include "tests/support/TestDatabase.h"
#include "ui/BackgroundReader.h"
#include "ui/EmptyState.h"
#include "ui/FieldMessages.h"
#include "ui/FirstContactDialog.h"
#include "ui/LondonDateTimeEdit.h"
#include "ui/ReadingBar.h"
#include "ui/ReferralDialog.h"
#include "ui/ReferralsModel.h"
#include "ui/ReferralsPage.h"
#include "ui/TriageDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class ReferralForms : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
    }

    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    static void choose(QComboBox* box, const QString& code)
    {
        const int index = box->findData(code);
        ASSERT_GE(index, 0) << code.toStdString();
        box->setCurrentIndex(index);
    }

    // Fills the new-referral form for a new person, as a worker types it.
    void fillNewReferral(ReferralDialog& dialog)
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "givenName"), QStringLiteral("Morwenna"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "familyName"), QStringLiteral("Example"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "dateOfBirth"), QStringLiteral("05/05/1990"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "postcode"), QStringLiteral("RM17"));
        choose(child<QComboBox>(&dialog, "contract"), QStringLiteral("thurrock-fs"));
        choose(child<QComboBox>(&dialog, "source"), QStringLiteral("housing"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "referrer"), QStringLiteral("Sam Lee, housing officer"));
        child<LondonDateTimeEdit>(&dialog, "receivedAt")->setMoment(m_db.clock().now().addSecs(-2 * 3600));
        choose(child<QComboBox>(&dialog, "consent"), QStringLiteral("yes"));
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    ReferralService m_service{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")}};
};

} // namespace

TEST_F(ReferralForms, ABadFieldIsNamedBesideItAndNothingIsStored)
{
    ReferralDialog dialog(m_repos, m_service, m_db.clock());
    fillNewReferral(dialog);
    const int before = test::rowCount(m_db.db(), QStringLiteral("referrals"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.messages()->messageText(QStringLiteral("postcode")).startsWith(QStringLiteral("Error:")))
        << dialog.messages()->messageText(QStringLiteral("postcode")).toStdString();
    EXPECT_TRUE(dialog.messages()->messageText(QStringLiteral("given_name")).isEmpty());
    EXPECT_EQ(test::rowCount(m_db.db(), QStringLiteral("referrals")), before);

    QLineEdit* postcode = child<QLineEdit>(&dialog, "postcode");
    postcode->clear();
    QTest::keyClicks(postcode, QStringLiteral("rm17 6sl"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto saved = m_repos.referrals.find(dialog.referralId());
    ASSERT_TRUE(saved.ok() && saved->has_value());
    EXPECT_EQ((*saved)->referrer, QStringLiteral("Sam Lee, housing officer"));
    EXPECT_EQ((*saved)->receivedAt, m_db.clock().now().addSecs(-2 * 3600));
    EXPECT_EQ(m_repos.serviceUsers.find((*saved)->serviceUserId)->value().postcode, QStringLiteral("RM17 6SL"));
}

TEST_F(ReferralForms, EligibilityAnswersWarnButNeverBlock)
{
    ReferralDialog dialog(m_repos, m_service, m_db.clock());
    fillNewReferral(dialog);
    QLineEdit* postcode = child<QLineEdit>(&dialog, "postcode");
    postcode->clear();
    QTest::keyClicks(postcode, QStringLiteral("RM17 6SL"));
    QLineEdit* born = child<QLineEdit>(&dialog, "dateOfBirth");
    born->clear();
    QTest::keyClicks(born, QStringLiteral("01/01/2010"));
    emit born->editingFinished();
    choose(child<QComboBox>(&dialog, "consent"), QStringLiteral("no"));
    const QString shown = child<QLabel>(&dialog, "eligibility")->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("Under 18"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("not consented"))) << shown.toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

// The list offers names only; the one chosen is read in full, so what the eligibility questions
// ask of their record (here, where they live) is still asked.
TEST_F(ReferralForms, SomeoneKnownIsChosenFromTheNamesAndTheirWholeRecordIsChecked)
{
    ASSERT_TRUE(QSqlQuery(m_db.db().connection())
                    .exec(QStringLiteral("UPDATE service_users SET tenure = 'nursing_home' WHERE id = 'su-1'")));
    ReferralDialog dialog(m_repos, m_service, m_db.clock());
    QComboBox* person = child<QComboBox>(&dialog, "person");
    EXPECT_GE(person->findData(QStringLiteral("su-2")), 0);
    EXPECT_TRUE(person->itemText(person->findData(QStringLiteral("su-1"))).contains(QStringLiteral("Alexandra")));
    dialog.preselectPerson(QStringLiteral("su-1"));
    EXPECT_TRUE(child<QLabel>(&dialog, "eligibility")->text().contains(QStringLiteral("Lives in nursing home")))
        << child<QLabel>(&dialog, "eligibility")->text().toStdString();
    choose(person, QStringLiteral("su-2"));
    EXPECT_FALSE(child<QLabel>(&dialog, "eligibility")->text().contains(QStringLiteral("Lives in")));
    choose(child<QComboBox>(&dialog, "contract"), QStringLiteral("thurrock-fs"));
    choose(child<QComboBox>(&dialog, "source"), QStringLiteral("housing"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "referrer"), QStringLiteral("Sam Lee, housing officer"));
    choose(child<QComboBox>(&dialog, "consent"), QStringLiteral("yes"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(m_repos.referrals.find(dialog.referralId())->value().serviceUserId, QStringLiteral("su-2"));
}

TEST_F(ReferralForms, FromReferralThroughFirstContactToAcceptance)
{
    BackgroundReader reader(m_db.db());
    ReferralsPage page(m_repos, m_service, reader, m_db.clock());
    page.reload();
    ASSERT_TRUE(test::readBy(&page));
    ReferralDialog form(m_repos, m_service, m_db.clock());
    fillNewReferral(form);
    QLineEdit* postcode = child<QLineEdit>(&form, "postcode");
    postcode->clear();
    form.accept();
    ASSERT_EQ(form.result(), QDialog::Accepted);
    const QString id = form.referralId();

    page.reload();
    ASSERT_TRUE(test::readBy(&page));
    ASSERT_TRUE(page.selectReferral(id));
    auto* table = child<QTableView>(&page, "referralsTable");
    const auto clockShown = [table] {
        return table->model()->index(table->currentIndex().row(), ReferralsModel::FirstContactClock).data().toString();
    };
    EXPECT_EQ(clockShown(), QStringLiteral("Due within 46 hours"));

    const Referral referral = m_repos.referrals.find(id)->value();
    FirstContactDialog contact(m_service, m_db.clock(), referral);
    contact.when()->setMoment(referral.receivedAt.addSecs(-60));
    contact.accept();
    EXPECT_EQ(contact.result(), QDialog::Rejected);
    EXPECT_TRUE(contact.messages()->messageText(QStringLiteral("first_contact_at")).contains(QStringLiteral("before")));
    contact.when()->setMoment(referral.receivedAt.addSecs(3600));
    contact.accept();
    ASSERT_EQ(contact.result(), QDialog::Accepted);
    page.reload();
    // Asked for while the list is read, the referral is selected once it is shown.
    EXPECT_TRUE(page.selectReferral(id));
    ASSERT_TRUE(test::readBy(&page));
    EXPECT_EQ(page.selectedReferral(), id);
    EXPECT_TRUE(clockShown().startsWith(QStringLiteral("Wed 1 Jul 2026"))) << clockShown().toStdString();

    TriageDialog triage(m_repos, m_service, m_db.clock(), m_repos.referrals.find(id)->value());
    triage.choose(QStringLiteral("accepted"));
    triage.accept();
    EXPECT_EQ(triage.result(), QDialog::Rejected);
    EXPECT_TRUE(triage.messages()->messageText(QStringLiteral("key_worker_id")).startsWith(QStringLiteral("Error:")));
    choose(child<QComboBox>(&triage, "keyWorker"), QStringLiteral("kw-1"));
    triage.accept();
    ASSERT_EQ(triage.result(), QDialog::Accepted);
    auto period = m_repos.supportPeriods.find(triage.supportPeriodId());
    ASSERT_TRUE(period.ok() && period->has_value());
    EXPECT_EQ((*period)->keyWorkerId, QStringLiteral("kw-1"));
    EXPECT_EQ((*period)->startDate, QDate(2026, 7, 1));
}

TEST_F(ReferralForms, TheListIsReadWhileTheWindowAnswersAndSortsByItsHeaders)
{
    BackgroundReader reader(m_db.db());
    ReferralsPage page(m_repos, m_service, reader, m_db.clock());
    page.resize(1000, 600);
    page.show();
    page.reload();
    // Reading: the bar says so, and nothing is said about an empty list yet.
    EXPECT_TRUE(page.working());
    EXPECT_TRUE(page.findChild<ReadingBar*>()->isVisibleTo(&page));
    EXPECT_FALSE(page.findChild<EmptyState*>()->isVisibleTo(&page));
    ASSERT_TRUE(test::readBy(&page));
    EXPECT_FALSE(page.findChild<ReadingBar*>()->isVisibleTo(&page));

    const QVector<Referral> stored = m_repos.referrals.all().value();
    ASSERT_GE(stored.size(), 2);
    QAbstractItemModel* model = page.table()->model();
    ASSERT_EQ(model->rowCount(), stored.size());
    // The latest first.
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_GE(model->index(row - 1, ReferralsModel::Received).data(ReferralsModel::SortRole).toString(),
                  model->index(row, ReferralsModel::Received).data(ReferralsModel::SortRole).toString());
    const ServiceUser person = m_repos.serviceUsers.find(stored.first().serviceUserId)->value();
    EXPECT_EQ(model->index(0, ReferralsModel::Person).data().toString(),
              PersonName::display(person.givenName, person.familyName, person.preferredName));

    // Sorted by a click on the Person header, the selected referral stays selected.
    const QString chosen = stored.last().id;
    ASSERT_TRUE(page.selectReferral(chosen));
    QHeaderView* header = page.table()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ReferralsModel::Person) + 10, header->height() / 2));
    EXPECT_EQ(header->sortIndicatorSection(), int(ReferralsModel::Person));
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_LE(model->index(row - 1, ReferralsModel::Person).data().toString(),
                  model->index(row, ReferralsModel::Person).data().toString());
    EXPECT_EQ(page.selectedReferral(), chosen);
    // Read again, the list keeps the order asked for and the referral chosen.
    page.reload();
    ASSERT_TRUE(test::readBy(&page));
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_LE(model->index(row - 1, ReferralsModel::Person).data().toString(),
                  model->index(row, ReferralsModel::Person).data().toString());
    EXPECT_EQ(page.selectedReferral(), chosen);
    // A header clicked while the list is read orders the rows that come.
    page.reload();
    ASSERT_TRUE(page.working());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ReferralsModel::Received) + 10, header->height() / 2));
    ASSERT_TRUE(test::readBy(&page));
    EXPECT_EQ(header->sortIndicatorSection(), int(ReferralsModel::Received));
    const auto received = [model](int row) {
        return model->index(row, ReferralsModel::Received).data(ReferralsModel::SortRole).toString();
    };
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_TRUE(header->sortIndicatorOrder() == Qt::AscendingOrder ? received(row - 1) <= received(row)
                                                                       : received(row - 1) >= received(row));
    EXPECT_EQ(page.selectedReferral(), chosen);
    EXPECT_TRUE(child<QPushButton>(&page, "firstContact")->isEnabled());

    // Cancel: the page says the list was not read and how to read it.
    page.reload();
    QTest::mouseClick(page.findChild<ReadingBar*>()->cancelButton(), Qt::LeftButton);
    EXPECT_FALSE(page.working());
    auto* empty = page.findChild<EmptyState*>();
    EXPECT_TRUE(empty->isVisibleTo(&page));
    EXPECT_FALSE(page.table()->isVisibleTo(&page));
    // Nothing hidden stays chosen for the buttons.
    EXPECT_FALSE(child<QPushButton>(&page, "firstContact")->isEnabled());
    const QString said = empty->heading() + QLatin1Char(' ') + empty->hint();
    EXPECT_TRUE(said.contains(QStringLiteral("Press F5"))) << said.toStdString();
}

TEST_F(ReferralForms, SignpostingAsksForTheService)
{
    ReferralDialog form(m_repos, m_service, m_db.clock());
    fillNewReferral(form);
    child<QLineEdit>(&form, "postcode")->clear();
    form.accept();
    ASSERT_EQ(form.result(), QDialog::Accepted);
    TriageDialog triage(m_repos, m_service, m_db.clock(), m_repos.referrals.find(form.referralId())->value());
    triage.choose(QStringLiteral("signposted"));
    triage.accept();
    EXPECT_EQ(triage.result(), QDialog::Rejected);
    EXPECT_FALSE(triage.messages()->messageText(QStringLiteral("decision_reason")).isEmpty());
    triage.setReason(QStringLiteral("Thurrock Mind drop-in"));
    triage.accept();
    EXPECT_EQ(triage.result(), QDialog::Accepted);
    EXPECT_EQ(m_repos.referrals.find(form.referralId())->value().decision, QStringLiteral("signposted"));
}

TEST_F(ReferralForms, AnAcceptedReferralCannotBeDecidedAgain)
{
    TriageDialog triage(m_repos, m_service, m_db.clock(), m_repos.referrals.find(QStringLiteral("ref-2"))->value());
    triage.choose(QStringLiteral("declined"));
    triage.setReason(QStringLiteral("Changed my mind"));
    triage.accept();
    EXPECT_EQ(triage.result(), QDialog::Rejected);
    EXPECT_EQ(m_repos.referrals.find(QStringLiteral("ref-2"))->value().decision, QStringLiteral("accepted"));
}

TEST_F(ReferralForms, EveryLineOfARefusedFormsMessagesIsShownWhole)
{
    ReferralDialog dialog(m_repos, m_service, m_db.clock());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    fillNewReferral(dialog); // "RM17" is refused with a message of two lines
    QTest::keyClicks(child<QLineEdit>(&dialog, "referrer"), QStringLiteral(" (and a long note about who they are)"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Rejected);
    QCoreApplication::processEvents(); // the dialog makes room once the refusal is shown

    int shown = 0;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        ++shown;
        EXPECT_GE(label->height(), label->heightForWidth(label->width()))
            << label->objectName().toStdString() << ": " << label->text().toStdString();
    }
    EXPECT_GE(shown, 3); // the summary, the introduction and the postcode's message at least
    EXPECT_LE(dialog.frameGeometry().bottom(), dialog.screen()->availableGeometry().bottom() + 1);
}

TEST_F(ReferralForms, AKeyWorkerChoosesOnlyAmongTheirOwnCaseload)
{
    // Alexandra (su-1) has a second support period with kw-1, at the day service: she is
    // offered once, as the caseload lists each person once.
    QJsonObject second{{QStringLiteral("format"), QStringLiteral("waymark")}, {QStringLiteral("version"), 1}};
    second.insert(QStringLiteral("support_periods"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sp-3")},
                                         {QStringLiteral("service_user_id"), QStringLiteral("su-1")},
                                         {QStringLiteral("contract_id"), QStringLiteral("camden-day")},
                                         {QStringLiteral("key_worker_id"), QStringLiteral("kw-1")},
                                         {QStringLiteral("start_date"), QStringLiteral("2026-06-01")}}});
    Importer importer(m_db.db(), m_db.clock());
    ASSERT_TRUE(importer.importObject(second, QStringLiteral("second"), QStringLiteral("test")).ok());

    ReferralService own{ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("jo"), Role::KeyWorker,
                                       QStringLiteral("kw-1")}};
    ASSERT_FALSE(own.caseloadScope().isEmpty());
    ReferralDialog dialog(m_repos, own, m_db.clock());
    QComboBox* person = child<QComboBox>(&dialog, "person");
    QStringList offered;
    for (int i = 0; i < person->count(); ++i)
        if (!person->itemData(i).toString().isEmpty())
            offered << person->itemData(i).toString();
    EXPECT_EQ(offered, QStringList{QStringLiteral("su-1")}); // su-2's period is not kw-1's
}
