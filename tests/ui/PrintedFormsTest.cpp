#include "core/documents/PrintedForms.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ComplaintsProcedureService.h"
#include "core/services/RiskService.h"
#include "core/services/SupportPlanService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/PdfText.h"
#include "tests/support/TestDatabase.h"
#include "ui/FormPrinter.h"

#include "tests/support/QtPrinters.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// The small caseload: Lexi (Alexandra Tester, su-1) in Thurrock floating support with Jo Marsh,
// plan pl-1 with the goal "Find part-time work", an appointment planned on Monday 6 July 2026 at
// 10:00 London time; Bartholomew Sample (su-2) referred to Camden day services. Now is 1 July 2026.
class PrintedFormsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Importer importer(m_db.db(), m_db.clock());
        ASSERT_TRUE(importer.importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test")).ok());
        ASSERT_TRUE(m_repos.meta.setValue(QString::fromLatin1(MetaRepository::Organisation),
                                          QStringLiteral("Riverside Wellbeing Trust")).ok());
    }

    // Prints the form to a PDF and returns its text; fails the test when it cannot be made.
    QString printed(PrintedForms::Kind kind, const QString& serviceUserId, QString* file = nullptr)
    {
        PrintedForms forms(m_db.db(), m_db.clock());
        return printed(forms, kind, serviceUserId, file);
    }
    QString printed(PrintedForms& forms, PrintedForms::Kind kind, const QString& serviceUserId, QString* file = nullptr)
    {
        Result<PrintedForm> form = forms.build(kind, serviceUserId);
        if (!form) {
            ADD_FAILURE() << form.error().message.toStdString();
            return {};
        }
        const QString path = m_dir.filePath(
            QStringLiteral("%1-%2%3.pdf")
                .arg(form->fileStem, form->language, form->largePrint ? QStringLiteral("-large") : QString()));
        Status written = FormPrinter::writePdf(form.value(), path);
        EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message.toStdString());
        if (file)
            *file = path;
        return test::pdfText(path);
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(PrintedFormsTest, ThePlanPrintsItsGoalsTheNamesAndLinesToSign)
{
    QString file;
    const QString text = printed(PrintedForms::Kind::SupportPlan, QStringLiteral("su-1"), &file);
    EXPECT_TRUE(test::pdfPageSize(file).startsWith(QStringLiteral("595 x 842"))) << test::pdfPageSize(file).toStdString();
    for (const char* expected : {"Riverside Wellbeing Trust", "Mental Health & Disabilities Floating Support", "Support plan",
                                 "Lexi (Alexandra Tester)", "Find part-time work", "Two applications a month",
                                 "Attends Mass on Sundays.", "Key worker Jo Marsh", "Plan agreed Mon 20 Apr 2026",
                                 "CV finished.", "Signed", "Page 1 of", "Star area: Things that matter to you"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << " not in: " << text.toStdString();
    // Thurrock asks for no funder statement.
    EXPECT_FALSE(text.contains(QStringLiteral("funded by")));
}

TEST_F(PrintedFormsTest, CamdensFormsSayTheServiceIsFundedByCamden)
{
    const QString text = printed(PrintedForms::Kind::ReferralSummary, QStringLiteral("su-2"));
    EXPECT_TRUE(text.contains(QStringLiteral("This service is fully funded by the London Borough of Camden.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Mental Health Day Services")));
    EXPECT_TRUE(text.contains(QStringLiteral("Bartholomew Sample")));
    EXPECT_TRUE(text.contains(QStringLiteral("Camden mental health team (CMHT)"))) << text.toStdString();
}

TEST_F(PrintedFormsTest, TheLetterIsAboutTheNextAppointmentAndUsesThePreferredName)
{
    const QString text = printed(PrintedForms::Kind::AppointmentLetter, QStringLiteral("su-1"));
    EXPECT_TRUE(text.contains(QStringLiteral("Dear Lexi,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Monday 6 July 2026"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Jo Marsh")));
}

TEST_F(PrintedFormsTest, TheRiskAssessmentListsEachGroupAndSaysWhereNoneWasFound)
{
    RiskService service(ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("kw-1")});
    RiskAssessment a;
    a.supportPeriodId = QStringLiteral("sp-1");
    a.assessedOn = QDate(2026, 6, 20);
    a.assessedBy = QStringLiteral("Jo Marsh");
    a.risks << Risk{{}, QStringLiteral("person"), QStringLiteral("high"), QStringLiteral("Stops taking medication when low"),
                    QStringLiteral("Weekly call from Jo; CPN told at once if doses are missed")}
            << Risk{{}, QStringLiteral("staff"), QStringLiteral("low"), QStringLiteral("Dog at the property"),
                    QStringLiteral("Dog kept in the kitchen during visits")};
    ASSERT_TRUE(service.assess(a).ok());
    const QString text = printed(PrintedForms::Kind::RiskAssessment, QStringLiteral("su-1"));
    for (const char* expected : {"Risk assessment", "Risk to the person", "High", "Stops taking medication when low",
                                 "Weekly call from Jo; CPN told at once if doses are missed", "Risk to others",
                                 "No risk identified.", "Risk to staff", "Dog at the property", "Team leader"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << " not in: " << text.toStdString();
}

TEST_F(PrintedFormsTest, ALongPlanRunsOnToNumberedPagesAndKeepsItsSignaturesTogether)
{
    // Lexi's period with no agreed plan: a long draft is the plan in force.
    QJsonObject doc = test::smallCaseload();
    doc.remove(QStringLiteral("support_plans"));
    doc.remove(QStringLiteral("goals"));
    doc.remove(QStringLiteral("reviews"));
    test::TestDatabase fresh;
    ASSERT_TRUE(Importer(fresh.db(), fresh.clock()).importObject(doc, QStringLiteral("fixture"), QStringLiteral("test")).ok());
    ASSERT_TRUE(Repositories(fresh.db()).meta.setValue(QString::fromLatin1(MetaRepository::Organisation),
                                                       QStringLiteral("Riverside Wellbeing Trust")).ok());
    SupportPlanService plans(ServiceContext{fresh.db(), fresh.clock(), m_notifier, QStringLiteral("kw-1")});
    QVector<Goal> goals;
    for (int i = 1; i <= 14; ++i) {
        Goal g;
        g.what = QStringLiteral("Goal number %1 written out at some length so that it wraps in its cell").arg(i);
        g.measure = QStringLiteral("Checked at every monthly visit");
        g.who = QStringLiteral("Lexi does it; Jo helps");
        g.targetDate = QDate(2026, 12, 1);
        g.tasks = {QStringLiteral("Maximise income")};
        goals << g;
    }
    SupportPlan draft;
    draft.supportPeriodId = QStringLiteral("sp-1");
    ASSERT_TRUE(plans.saveDraft(draft, goals).ok());
    Result<PrintedForm> form = PrintedForms(fresh.db(), fresh.clock()).build(PrintedForms::Kind::SupportPlan, QStringLiteral("su-1"));
    ASSERT_TRUE(form.ok());
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(FormPrinter::writePdf(form.value(), path).ok());

    const int pages = test::pdfPages(path);
    ASSERT_GE(pages, 3);
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Not yet agreed: a draft for discussion")));
    EXPECT_TRUE(text.contains(QStringLiteral("Goal 14: Goal number")));
    EXPECT_TRUE(text.contains(QStringLiteral("Goal number 14 written")));
    for (int page = 1; page <= pages; ++page) {
        const QString onPage = test::pdfText(path, page);
        EXPECT_TRUE(onPage.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
        EXPECT_TRUE(onPage.contains(QStringLiteral("Riverside Wellbeing Trust"))) << page;
        EXPECT_TRUE(onPage.contains(QStringLiteral("Lexi (Alexandra Tester)"))) << page;
    }
    // What signing means and the lines to sign are on one page.
    const QString last = test::pdfText(path, pages);
    EXPECT_TRUE(last.contains(QStringLiteral("I have written this plan with my key worker")) && last.contains(QStringLiteral("Signed")))
        << last.toStdString();
}

TEST_F(PrintedFormsTest, WhatCannotBePrintedSaysWhy)
{
    PrintedForms forms(m_db.db(), m_db.clock());
    Result<PrintedForm> plan = forms.build(PrintedForms::Kind::SupportPlan, QStringLiteral("su-2"));
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().message, QStringLiteral("No support plan is written for Bartholomew yet."));
    Result<PrintedForm> risk = forms.build(PrintedForms::Kind::RiskAssessment, QStringLiteral("su-1"));
    ASSERT_FALSE(risk.ok());
    EXPECT_EQ(risk.error().message, QStringLiteral("No risk assessment is recorded for Lexi yet."));
    Result<PrintedForm> letter = forms.build(PrintedForms::Kind::AppointmentLetter, QStringLiteral("su-2"));
    ASSERT_FALSE(letter.ok());
    EXPECT_FALSE(forms.build(PrintedForms::Kind::ReferralSummary, QStringLiteral("nobody")).ok());
}

TEST_F(PrintedFormsTest, TextAPersonTypedIsPrintedAsTextNotMarkup)
{
    QJsonObject doc = test::smallCaseload();
    test::setAt(doc, QStringLiteral("goals[0].what"), QStringLiteral("Budget <b>weekly</b> & save"));
    test::TestDatabase other;
    ASSERT_TRUE(Importer(other.db(), other.clock()).importObject(doc, QStringLiteral("fixture"), QStringLiteral("test")).ok());
    Result<PrintedForm> form = PrintedForms(other.db(), other.clock()).build(PrintedForms::Kind::SupportPlan, QStringLiteral("su-1"));
    ASSERT_TRUE(form.ok());
    const QString path = m_dir.filePath(QStringLiteral("markup.pdf"));
    ASSERT_TRUE(FormPrinter::writePdf(form.value(), path).ok());
    EXPECT_TRUE(test::pdfText(path).contains(QStringLiteral("Budget <b>weekly</b> & save")));
}

TEST_F(PrintedFormsTest, TheStarReportShowsTheJourneyAreaByArea)
{
    const QString text = printed(PrintedForms::Kind::Star, QStringLiteral("su-2"));
    for (const char* expected : {"Outcome Star", "Bartholomew Sample", "Waymark wellbeing star", "Distance travelled",
                                 "Mood and feelings 3 (Reaching out) 6 (Trying things) +3", "Home 5 (Trying things) 7 (Getting there) +2",
                                 "Total distance travelled: +5", "This service is fully funded by the London Borough of Camden."})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << " not in: " << text.toStdString();
}

TEST_F(PrintedFormsTest, APersonsFormsArePrintedInTheirFirstLanguageOrInTheOneChosen)
{
    QJsonObject doc = test::smallCaseload();
    test::setAt(doc, QStringLiteral("service_users[0].first_language"), QStringLiteral("Polish"));
    test::TestDatabase polish;
    ASSERT_TRUE(Importer(polish.db(), polish.clock())
                    .importObject(doc, QStringLiteral("fixture"), QStringLiteral("test"))
                    .ok());
    PrintedForms forms(polish.db(), polish.clock());
    forms.setLanguage({}); // the person's own, as the record's Print menu asks
    const QString text = printed(forms, PrintedForms::Kind::SupportPlan, QStringLiteral("su-1"));
    // The form's words, its labels and dates and its page footer in Polish; what was typed as it was typed.
    for (const char* expected : {"Plan wsparcia", "Lexi (Alexandra Tester)", "Find part-time work", "Jo Marsh",
                                 "pon. 20 kwi 2026", "Strona 1 z"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << " not in: " << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Support plan")));
    EXPECT_FALSE(text.contains(QStringLiteral("Page 1 of")));

    forms.setLanguage(QStringLiteral("en"));
    const QString english = printed(forms, PrintedForms::Kind::SupportPlan, QStringLiteral("su-1"));
    EXPECT_TRUE(english.contains(QStringLiteral("Support plan")) && english.contains(QStringLiteral("Mon 20 Apr 2026")))
        << english.toStdString();

    // A refusal is for the worker, in the window's language, whatever the person's.
    forms.setLanguage({});
    Result<PrintedForm> none = forms.build(PrintedForms::Kind::RiskAssessment, QStringLiteral("su-1"));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().message, QStringLiteral("No risk assessment is recorded for Lexi yet."));
}

TEST_F(PrintedFormsTest, AFormInBengaliIsSetInABengaliFaceWithItsScriptShaped)
{
    PrintedForms forms(m_db.db(), m_db.clock());
    forms.setLanguage(QStringLiteral("bn"));
    Result<PrintedForm> plan = forms.build(PrintedForms::Kind::SupportPlan, QStringLiteral("su-1"));
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->language, QStringLiteral("bn"));
    EXPECT_TRUE(plan->title.contains(QRegularExpression(QStringLiteral("^[\\x{0980}-\\x{09FF} ]+$"))))
        << plan->title.toStdString();
    const QString path = m_dir.filePath(QStringLiteral("bengali.pdf"));
    ASSERT_TRUE(FormPrinter::writePdf(plan.value(), path).ok());
    // Without a Bengali face the text would print as empty boxes: the PDF must carry one.
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {path});
    ASSERT_TRUE(fonts.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(fonts.readAllStandardOutput()).contains(QStringLiteral("Lohit-Bengali")));
}

TEST_F(PrintedFormsTest, LargePrintSaysTheSameOnMorePages)
{
    PrintedForms forms(m_db.db(), m_db.clock());
    QString normalFile;
    QString largeFile;
    const QString normal = printed(forms, PrintedForms::Kind::SupportPlan, QStringLiteral("su-1"), &normalFile);
    forms.setLargePrint(true);
    const QString large = printed(forms, PrintedForms::Kind::SupportPlan, QStringLiteral("su-1"), &largeFile);
    // The same words half as large again (16 points for 10.5), and so more pages.
    const auto widestWord = [](const QString& file, const QString& word) {
        QProcess boxes;
        boxes.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), file, QStringLiteral("-")});
        EXPECT_TRUE(boxes.waitForFinished(30000));
        static const QRegularExpression box(QStringLiteral("xMin=\"([0-9.]+)\"[^>]*xMax=\"([0-9.]+)\"[^>]*>([^<]+)<"));
        double widest = 0;
        for (auto it = box.globalMatch(QString::fromUtf8(boxes.readAllStandardOutput())); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(3) == word)
                widest = std::max(widest, m.captured(2).toDouble() - m.captured(1).toDouble());
        }
        return widest;
    };
    const double normalWidth = widestWord(normalFile, QStringLiteral("applications"));
    ASSERT_GT(normalWidth, 0);
    EXPECT_GT(widestWord(largeFile, QStringLiteral("applications")) / normalWidth, 1.4);
    EXPECT_GE(test::pdfPages(largeFile), test::pdfPages(normalFile));
    for (const char* expected : {"Support plan", "Find part-time work", "Two applications a month", "Signed"})
        EXPECT_TRUE(large.contains(QString::fromUtf8(expected))) << expected << " not in: " << large.toStdString();
    EXPECT_EQ(FormPrinter::scaledFontSizes(
                  QStringLiteral("<h1 style=\"font-size: 18pt;\">A</h1><p style=\"font-size:8pt\">"), 1.5),
              QStringLiteral("<h1 style=\"font-size: 27.0pt;\">A</h1><p style=\"font-size: 12.0pt\">"));
}

TEST_F(PrintedFormsTest, TheComplaintsProcedureSaysWhomToTellHowSoonAndThatTheCouncilCanBeToldDirectly)
{
    PrintedForms forms(m_db.db(), m_db.clock());
    Result<PrintedForm> unset = forms.build(PrintedForms::Kind::ComplaintsProcedure, QStringLiteral("su-2"));
    ASSERT_FALSE(unset.ok());
    EXPECT_TRUE(unset.error().message.contains(QStringLiteral("Admin, Complaints procedure")))
        << unset.error().message.toStdString();

    ComplaintsProcedureService admin(ServiceContext{m_db.db(), m_db.clock(), m_notifier, QStringLiteral("admin")});
    ComplaintsProcedure procedure;
    procedure.contact = QStringLiteral("Sam Reed, service manager, 020 7000 0000");
    procedure.acknowledgeWorkingDays = 2;
    procedure.replyWorkingDays = 15;
    procedure.councilContacts.insert(QStringLiteral("camden-day"),
                                     QStringLiteral("Camden complaints team, 5 Pancras Square, N1C 4AG"));
    ASSERT_TRUE(admin.save(procedure).ok());

    const QString camden = printed(forms, PrintedForms::Kind::ComplaintsProcedure, QStringLiteral("su-2"));
    for (const char* expected :
         {"How to make a complaint", "Bartholomew Sample", "Sam Reed, service manager, 020 7000 0000",
          "within 2 working days", "within 15 working days", "London Borough of Camden pays for this service",
          "you do not have to complain to us first", "Camden complaints team, 5 Pancras Square, N1C 4AG", "Ombudsman",
          "large print and in Polski", "This service is fully funded by the London Borough of Camden."})
        EXPECT_TRUE(camden.contains(QString::fromUtf8(expected))) << expected << " not in: " << camden.toStdString();
    // Thurrock's council has no contact kept: the form says where to ask, not a blank.
    const QString thurrock = printed(forms, PrintedForms::Kind::ComplaintsProcedure, QStringLiteral("su-1"));
    EXPECT_TRUE(thurrock.contains(QStringLiteral("Thurrock Council pays for this service"))) << thurrock.toStdString();
    EXPECT_TRUE(thurrock.contains(QStringLiteral("Ask your key worker for the council's address")));

    forms.setLanguage(QStringLiteral("pl"));
    const QString polish = printed(forms, PrintedForms::Kind::ComplaintsProcedure, QStringLiteral("su-2"));
    EXPECT_TRUE(polish.contains(QStringLiteral("Jak złożyć skargę")) && polish.contains(QStringLiteral("Sam Reed")))
        << polish.toStdString();
    EXPECT_FALSE(polish.contains(QStringLiteral("How to make a complaint")));
}
