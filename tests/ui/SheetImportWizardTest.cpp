// A team leader moves the team's caseload spreadsheet into Waymark with the wizard: the columns
// and answers guessed and put right, every problem shown by row and column, then all of it
// imported, or none of it.
#include "ui/SheetImportWizard.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/Importer.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class SheetImportWizardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DatabaseSetup::initialise(t.db(), t.clock()).ok());
        const QJsonObject staff = test::keyWorkers({{u"kw-sam"_qs, u"Sam Patel"_qs}});
        ASSERT_TRUE(Importer(t.db(), t.clock()).importObject(staff, u"staff"_qs, u"admin"_qs));
    }
    QString write(const QByteArray& csv)
    {
        const QString path = t.filePath(QStringLiteral("caseload.csv"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(csv);
        return path;
    }
    // The combo box a table row chose with.
    static QComboBox* choice(QTableWidget* table, int row, int column)
    {
        return qobject_cast<QComboBox*>(table->cellWidget(row, column));
    }
    static int rowOf(QTableWidget* table, int column, const QString& text)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, column) && table->item(r, column)->text() == text)
                return r;
        return -1;
    }
    test::TestDatabase t;
};

} // namespace

TEST_F(SheetImportWizardTest, ASpreadsheetIsMovedInStepByStepWithTheGuessesPutRight)
{
    SheetImportWizard wizard(t.db(), t.clock(), u"admin"_qs);
    wizard.show();
    wizard.openFile(write("Client ref,First name,Surname,DOB,Sex,Referred by,Worker,Start date\r\n"
                          "C-1,Zoe,Nowak,14/03/1980,F,Self referral,Sam Patel,05/01/2026\r\n"
                          "C-2,Amir,Haddad,01/05/1975,M,Self referral,Sam Patel,06/01/2026\r\n"));
    EXPECT_TRUE(wizard.fileStatus()->text().contains(u"3 rows"_qs)) << wizard.fileStatus()->text().toStdString();
    EXPECT_EQ(wizard.preview()->item(1, 1)->text(), u"Zoe"_qs);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), SheetImportWizard::ColumnsPage);
    QTableWidget* columns = wizard.columns();
    ASSERT_EQ(columns->rowCount(), 8);
    EXPECT_EQ(choice(columns, 1, 2)->currentData().toString(), u"given_name"_qs);
    EXPECT_EQ(choice(columns, 4, 2)->currentData().toString(), u"gender"_qs) << "\"Sex\" is guessed as gender";
    EXPECT_EQ(choice(columns, 6, 2)->currentData().toString(), u"key_worker"_qs);
    QComboBox* contract = wizard.contractForEveryRow();
    contract->setCurrentIndex(contract->findData(u"thurrock-fs"_qs));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), SheetImportWizard::AnswersPage);
    QTableWidget* answers = wizard.answers();
    const int female = rowOf(answers, 1, u"F"_qs);
    const int male = rowOf(answers, 1, u"M"_qs);
    ASSERT_GE(female, 0);
    ASSERT_GE(male, 0);
    EXPECT_EQ(choice(answers, female, 3)->currentIndex(), 0) << "one letter is too little to guess from";
    choice(answers, female, 3)->setCurrentIndex(choice(answers, female, 3)->findData(u"female"_qs));
    choice(answers, male, 3)->setCurrentIndex(choice(answers, male, 3)->findData(u"male"_qs));
    // The count above the answers follows the choices made.
    bool allChosen = false;
    for (const QLabel* label : wizard.findChildren<QLabel*>())
        allChosen = allChosen || label->text() == u"Every answer was matched: check the matches below."_qs;
    EXPECT_TRUE(allChosen);
    const int self = rowOf(answers, 1, u"Self referral"_qs);
    ASSERT_GE(self, 0);
    EXPECT_EQ(choice(answers, self, 3)->currentData().toString(), u"self"_qs);
    EXPECT_EQ(answers->item(self, 2)->text(), u"2"_qs) << "two rows give it";
    const int sam = rowOf(answers, 1, u"Sam Patel"_qs);
    ASSERT_GE(sam, 0);
    EXPECT_EQ(choice(answers, sam, 3)->currentData().toString(), u"Sam Patel"_qs);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), SheetImportWizard::CheckPage);
    EXPECT_TRUE(wizard.checkSummary()->text().contains(u"No problems found. Importing brings in 2 people"_qs))
        << wizard.checkSummary()->text().toStdString();
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 0) << "nothing is kept before Import";
    EXPECT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());

    const QString saved = t.filePath(QStringLiteral("mapping.json"));
    ASSERT_TRUE(wizard.saveMapping(saved, nullptr));
    QFile mappingFile(saved);
    ASSERT_TRUE(mappingFile.open(QIODevice::ReadOnly));
    Result<SheetMapping> mapping = SheetMapping::fromJson(mappingFile.readAll(), u"mapping.json"_qs);
    ASSERT_TRUE(mapping) << mapping.error().details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(mapping->values.value(u"gender"_qs).value(u"F"_qs), u"female"_qs);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), SheetImportWizard::DonePage);
    EXPECT_TRUE(wizard.doneSummary()->text().contains(u"Brought in 2 people"_qs))
        << wizard.doneSummary()->text().toStdString();
    Repositories repos(t.db());
    Result<QVector<ServiceUser>> people = repos.serviceUsers.all();
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 2);
    for (const ServiceUser& p : people.value())
        EXPECT_EQ(p.gender, p.givenName == u"Zoe"_qs ? u"female"_qs : u"male"_qs);
}

TEST_F(SheetImportWizardTest, ProblemsAreListedByRowAndColumnAndNothingIsImported)
{
    SheetImportWizard wizard(t.db(), t.clock(), u"admin"_qs);
    wizard.show();
    wizard.openFile(write("First name;Surname;DOB;Worker;Start date\r\n"
                          "Zoe;Nowak;14/03/1980;Sam Patel;05/01/2026\r\n"
                          "Amir;Haddad;31/04/1975;Sam Patel;06/01/2026\r\n"));
    wizard.next();
    wizard.contractForEveryRow()->setCurrentIndex(wizard.contractForEveryRow()->findData(u"camden-day"_qs));
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SheetImportWizard::CheckPage);
    ASSERT_EQ(wizard.problems()->count(), 1);
    EXPECT_EQ(wizard.problems()->item(0)->text(),
              u"row 3, “DOB” (column C): “31/04/1975” is not a date that exists (read as day/month/year)"_qs);
    EXPECT_TRUE(wizard.checkSummary()->text().startsWith(u"1 problem to put right before importing."_qs))
        << wizard.checkSummary()->text().toStdString();
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled()) << "Import is not offered while there is a problem";
    wizard.next();
    EXPECT_EQ(wizard.currentId(), SheetImportWizard::CheckPage);
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 0);

    // The date put right in the spreadsheet and saved, the check is made again on the file as it is now.
    write("First name;Surname;DOB;Worker;Start date\r\n"
          "Zoe;Nowak;14/03/1980;Sam Patel;05/01/2026\r\n"
          "Amir;Haddad;30/04/1975;Sam Patel;06/01/2026\r\n");
    auto* checkAgain = wizard.findChild<QAbstractButton*>(u"sheetCheckAgain"_qs);
    ASSERT_TRUE(checkAgain);
    checkAgain->click();
    EXPECT_TRUE(wizard.checkSummary()->text().startsWith(u"No problems found"_qs))
        << wizard.checkSummary()->text().toStdString();
    EXPECT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    EXPECT_EQ(wizard.currentId(), SheetImportWizard::DonePage);
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 2);
}

TEST_F(SheetImportWizardTest, ChoicesSavedBeforeAreUsedAgain)
{
    const QString mappingPath = t.filePath(QStringLiteral("team-mapping.json"));
    {
        QFile f(mappingPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"header_row": 2, "contract": "camden-day",
                    "columns": {"given_name": "Forename", "family_name": "Surname", "gender": "Sex",
                                "start_date": "Began", "key_worker": "Worker"},
                    "values": {"gender": {"F": "female", "M": "male"}}})");
    }
    SheetImportWizard wizard(t.db(), t.clock(), u"admin"_qs);
    wizard.show();
    wizard.openFile(write("Team caseload, December\r\n"
                          "Forename,Surname,Sex,Began,Worker,Notes\r\n"
                          "Zoe,Nowak,F,05/01/2026,Sam Patel,call first\r\n"
                          "Amir,Haddad,M,06/01/2026,Sam Patel,\r\n"));
    QString message;
    ASSERT_TRUE(wizard.loadMapping(mappingPath, &message)) << message.toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SheetImportWizard::ColumnsPage);
    EXPECT_EQ(choice(wizard.columns(), 0, 2)->currentData().toString(), u"given_name"_qs);
    EXPECT_EQ(choice(wizard.columns(), 5, 2)->currentData().toString(), QString()) << "Notes is not in the mapping";
    EXPECT_EQ(wizard.contractForEveryRow()->currentData().toString(), u"camden-day"_qs);
    wizard.next();
    const int female = rowOf(wizard.answers(), 1, u"F"_qs);
    ASSERT_GE(female, 0);
    EXPECT_EQ(choice(wizard.answers(), female, 3)->currentData().toString(), u"female"_qs);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SheetImportWizard::CheckPage);
    EXPECT_TRUE(wizard.checkSummary()->text().startsWith(u"No problems found"_qs))
        << wizard.checkSummary()->text().toStdString();
    // What the import will do that is worth knowing is said before it is done.
    ASSERT_EQ(wizard.problems()->count(), 1);
    EXPECT_TRUE(
        wizard.problems()->item(0)->text().contains(u"recorded as first contacted on the day support started"_qs));
    wizard.next();
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 2);

    // A mapping file with a mistake in it is not used, and says why.
    {
        QFile f(mappingPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"columns": {"shoe_size": "Shoes"}})");
    }
    SheetImportWizard another(t.db(), t.clock(), u"admin"_qs);
    EXPECT_FALSE(another.loadMapping(mappingPath, &message));
    EXPECT_TRUE(message.contains(u"columns.shoe_size: is not a field"_qs)) << message.toStdString();
}

TEST_F(SheetImportWizardTest, ASecondTeamsSheetNumberingPeopleFromOneIsToldApartByItsScope)
{
    const auto importThrough = [this](const QByteArray& csv, const QString& scope) {
        auto wizard = std::make_unique<SheetImportWizard>(t.db(), t.clock(), u"admin"_qs);
        wizard->show();
        wizard->openFile(write(csv));
        wizard->next();
        wizard->contractForEveryRow()->setCurrentIndex(wizard->contractForEveryRow()->findData(u"thurrock-fs"_qs));
        wizard->referenceScope()->setText(scope);
        wizard->next();
        wizard->next();
        return wizard;
    };
    auto north = importThrough("Ref,First name,Surname\r\n1,Zoe,Nowak\r\n", QString());
    ASSERT_EQ(north->currentId(), SheetImportWizard::CheckPage);
    north->next();
    ASSERT_EQ(test::rowCount(t.db(), u"service_users"_qs), 1);

    auto south = importThrough("Ref,First name,Surname\r\n1,Amir,Haddad\r\n", QString());
    ASSERT_EQ(south->problems()->count(), 1);
    EXPECT_TRUE(south->problems()->item(0)->text().contains(
        u"its reference is taken by someone already in Waymark, Zoe Nowak"_qs))
        << south->problems()->item(0)->text().toStdString();
    EXPECT_FALSE(south->button(QWizard::CommitButton)->isEnabled());

    auto scoped = importThrough("Ref,First name,Surname\r\n1,Amir,Haddad\r\n", u"South team"_qs);
    EXPECT_TRUE(scoped->checkSummary()->text().startsWith(u"No problems found"_qs))
        << scoped->checkSummary()->text().toStdString();
    scoped->next();
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 2);
}

TEST_F(SheetImportWizardTest, ALongCheckRunsWhileTheWindowAnswersAndStopKeepsNothing)
{
    QByteArray csv("First name;Surname;DOB;Worker;Start date\r\n");
    for (int i = 0; i < 5000; ++i)
        csv += "Person" + QByteArray::number(i) + ";Tester;14/03/1980;Sam Patel;05/01/2026\r\n";
    SheetImportWizard wizard(t.db(), t.clock(), u"admin"_qs);
    wizard.show();
    wizard.openFile(write(csv));
    wizard.next();
    wizard.contractForEveryRow()->setCurrentIndex(wizard.contractForEveryRow()->findData(u"camden-day"_qs));
    wizard.next();
    // The check runs on a thread of its own: the window's timers still fire, and Stop is there.
    bool answered = false;
    QTimer::singleShot(0, &wizard, [&] {
        answered = true;
        auto* progress = wizard.findChild<QProgressDialog*>();
        ASSERT_NE(progress, nullptr);
        auto* stop = progress->findChild<QPushButton*>();
        ASSERT_NE(stop, nullptr);
        EXPECT_EQ(stop->text(), u"&Stop"_qs);
        stop->click();
    });
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SheetImportWizard::CheckPage);
    EXPECT_TRUE(answered);
    EXPECT_TRUE(wizard.checkSummary()->text().startsWith(u"Stopped before the end: nothing has been changed"_qs))
        << wizard.checkSummary()->text().toStdString();
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    EXPECT_EQ(test::rowCount(t.db(), u"service_users"_qs), 0);
}
