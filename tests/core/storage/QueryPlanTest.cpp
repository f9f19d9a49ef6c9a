// Every query behind the returns, the reports and the lists a key worker or team leader opens is
// planned by SQLite to search the large tables through an index, never to read them whole: at a
// large provider's size (bench/run: 2,000,000 appointments) one such read is seconds, not
// milliseconds. A whole-table read is allowed only where the screen lists that whole table.
#include "core/domain/Clock.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/reports/DistanceReport.h"
#include "core/reports/KpiReport.h"
#include "core/reports/OutputsReport.h"
#include "core/storage/Repositories.h"
#include "core/storage/StatementLog.h"
#include "tests/support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

#include <cstdio>
#include <functional>

using namespace waymark;

namespace {

// The tables that grow with the caseload and its years. (Staff, contracts, star templates and
// the like stay small whatever the size of the provider.)
const QStringList LargeTables = {
    QStringLiteral("service_users"),
    QStringLiteral("referrals"),
    QStringLiteral("support_periods"),
    QStringLiteral("appointments"),
    QStringLiteral("hospital_stays"),
    QStringLiteral("star_assessments"),
    QStringLiteral("star_assessment_scores"),
    QStringLiteral("outcomes"),
    QStringLiteral("support_plans"),
    QStringLiteral("goals"),
    QStringLiteral("goal_tasks"),
    QStringLiteral("reviews"),
    QStringLiteral("sessions"),
    QStringLiteral("attendance"),
    QStringLiteral("notes"),
    QStringLiteral("withdrawal_reviews"),
    QStringLiteral("change_log"),
    QStringLiteral("x_audit_trail"),
    QStringLiteral("x_risk_assessments"),
    QStringLiteral("x_risks"),
};

struct Scenario {
    const char* name;
    std::function<bool(Database&, const Clock&)> run;
    // Tables this screen lists whole, so reading them whole is what it must do.
    QStringList listsWhole;
};

class QueryPlan : public ::testing::Test {
protected:
    void SetUp() override
    {
        DemoOptions demo;
        demo.people = 120;
        demo.asOf = QDate(2026, 7, 1);
        ASSERT_TRUE(DatabaseSetup::loadDemo(m_db.db(), m_db.clock(), demo).ok());
        Repositories repos(m_db.db());
        QSqlQuery q(m_db.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT p.service_user_id, p.key_worker_id FROM support_periods p "
                                          "JOIN support_plans s ON s.support_period_id = p.id "
                                          "WHERE p.end_date IS NULL ORDER BY p.id LIMIT 1")));
        ASSERT_TRUE(q.next());
        m_person = q.value(0).toString();
        m_keyWorker = q.value(1).toString();
    }

    // The steps of every statement the scenario ran that read a large table whole, as
    // "statement\n  step" lines.
    QStringList wholeTableReads(const Scenario& scenario)
    {
        StatementLog log(m_db.db());
        EXPECT_TRUE(scenario.run(m_db.db(), m_db.clock())) << scenario.name;
        EXPECT_FALSE(log.statements().isEmpty()) << scenario.name << " ran no query";
        QStringList found;
        // A partial index holds only the rows its condition keeps (the referrals waiting for a
        // decision): going through it is a search, not a read of the whole table.
        QStringList partialIndexes;
        QSqlQuery indexes(m_db.db().connection());
        EXPECT_TRUE(indexes.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'")));
        while (indexes.next())
            partialIndexes << indexes.value(0).toString();
        static const QRegularExpression scan(
            QStringLiteral("^SCAN TABLE (\\w+)(?: AS \\w+)?(?: USING (?:COVERING )?INDEX (\\w+))?"));
        for (const QString& sql : log.statements()) {
            Result<QStringList> plan = log.planOf(sql);
            EXPECT_TRUE(plan.ok()) << sql.toStdString();
            if (!plan)
                continue;
            // WAYMARK_PRINT_PLANS=1 shows every plan, to see what the indexes do.
            if (qEnvironmentVariableIsSet("WAYMARK_PRINT_PLANS"))
                std::printf("%s\n    %s\n", qPrintable(sql), qPrintable(plan->join(QStringLiteral("\n    "))));
            for (const QString& step : plan.value()) {
                const QRegularExpressionMatch m = scan.match(step);
                if (m.hasMatch() && LargeTables.contains(m.captured(1)) &&
                    !scenario.listsWhole.contains(m.captured(1)) && !partialIndexes.contains(m.captured(2)))
                    found << sql + QStringLiteral("\n    ") + step;
            }
        }
        return found;
    }

    test::TestDatabase m_db;
    QString m_person;
    QString m_keyWorker;
};

} // namespace

TEST_F(QueryPlan, TheReturnsAndReportsSearchEveryLargeTable)
{
    const ReportingPeriod quarter{QDate(2026, 4, 1), QDate(2026, 6, 30)};
    const QVector<Scenario> scenarios = {
        {"the Thurrock return",
         [&](Database& db, const Clock&) {
             return KpiReport::build(db, QStringLiteral("thurrock-fs"), quarter.from, quarter.to).ok();
         },
         {}},
        {"the Camden return",
         [&](Database& db, const Clock&) {
             return KpiReport::build(db, QStringLiteral("camden-day"), quarter.from, quarter.to).ok();
         },
         {}},
        {"distance travelled for the team",
         [&](Database& db, const Clock& clock) {
             return DistanceReport::build(db, QStringLiteral("camden-day"), quarter.from, quarter.to,
                                          clock.now().date())
                 .ok();
         },
         {}},
        {"distance travelled for one key worker",
         [&](Database& db, const Clock& clock) {
             return DistanceReport::build(db, QStringLiteral("camden-day"), quarter.from, quarter.to,
                                          clock.now().date(), m_keyWorker)
                 .ok();
         },
         {}},
        {"management information by ethnicity",
         [&](Database& db, const Clock&) {
             return OutputsReport::build(db, QStringLiteral("camden-day"), quarter, OutputsReport::By::Ethnicity).ok();
         },
         {}},
    };
    for (const Scenario& scenario : scenarios) {
        const QStringList reads = wholeTableReads(scenario);
        EXPECT_TRUE(reads.isEmpty()) << scenario.name << " reads a large table whole:\n"
                                     << reads.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(QueryPlan, OpeningSomeonesRecordSearchesEveryLargeTable)
{
    const Scenario scenario{
        "opening a record",
        [&](Database& db, const Clock&) {
            Repositories repos(db);
            return repos.serviceUsers.find(m_person).ok() && repos.supportPeriods.forServiceUser(m_person).ok() &&
                   repos.appointments.forServiceUser(m_person).ok() && repos.stars.forServiceUser(m_person).ok() &&
                   repos.history.forServiceUser(m_person).ok() && repos.notes.forServiceUser(m_person).ok() &&
                   repos.sessions.forServiceUser(m_person).ok() && repos.hospitalStays.forServiceUser(m_person).ok() &&
                   repos.supportPeriods.outcomesForServiceUser(m_person).ok() &&
                   repos.concerns.complaintsForServiceUser(m_person).ok() &&
                   repos.concerns.incidentsForServiceUser(m_person).ok() &&
                   repos.referrals.forServiceUser(m_person).ok() && repos.risks.forServiceUser(m_person).ok();
        },
        {}};
    const QStringList reads = wholeTableReads(scenario);
    EXPECT_TRUE(reads.isEmpty()) << "opening a record reads a large table whole:\n"
                                 << reads.join(QLatin1Char('\n')).toStdString();
}

TEST_F(QueryPlan, TheTodayListSearchesEveryLargeTable)
{
    for (const QString& keyWorker : {QString(), m_keyWorker}) {
        const Scenario scenario{"the Today list",
                                [&](Database& db, const Clock& clock) {
                                    return Repositories(db).casework.snapshot(keyWorker, clock.now()).ok();
                                },
                                {}};
        const QStringList reads = wholeTableReads(scenario);
        EXPECT_TRUE(reads.isEmpty()) << "the Today list" << (keyWorker.isEmpty() ? " of the team" : " of a key worker")
                                     << " reads a large table whole:\n"
                                     << reads.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(QueryPlan, AKeyWorkersCaseloadAndDiarySearchEveryLargeTable)
{
    const Scenario scenario{"a key worker's caseload and diary",
                            [&](Database& db, const Clock& clock) {
                                Repositories repos(db);
                                const QDateTime now = clock.now();
                                return repos.caseload.entries(now, m_keyWorker).ok() &&
                                       repos.appointments.diary(m_keyWorker, now.addDays(-7), now.addDays(7)).ok();
                            },
                            {}};
    const QStringList reads = wholeTableReads(scenario);
    EXPECT_TRUE(reads.isEmpty()) << "a key worker's caseload reads a large table whole:\n"
                                 << reads.join(QLatin1Char('\n')).toStdString();
}

// A team leader's Caseload page lists everyone with their current period, so it reads the people
// and their periods whole, once each, but nothing else: the waiting referrals come from their own
// index and the next appointments by their start, never every referral or appointment ever made.
TEST_F(QueryPlan, TheTeamsCaseloadReadsOnlyThePeopleAndTheirPeriodsWhole)
{
    const Scenario scenario{
        "the team's caseload",
        [&](Database& db, const Clock& clock) { return Repositories(db).caseload.entries(clock.now()).ok(); },
        {QStringLiteral("service_users"), QStringLiteral("support_periods")}};
    const QStringList reads = wholeTableReads(scenario);
    EXPECT_TRUE(reads.isEmpty()) << "the team's caseload reads a large table whole:\n"
                                 << reads.join(QLatin1Char('\n')).toStdString();
}

// The first screenful of the team's caseload (shown as the window starts, while the rest is read)
// reads no large table whole: the names are searched a first letter at a time, and each person's
// period, referrals and appointments it shows are searched for.
TEST_F(QueryPlan, TheCaseloadsFirstScreenfulReadsNoLargeTableWhole)
{
    const Scenario scenario{
        "the caseload's first screenful",
        [&](Database& db, const Clock& clock) { return Repositories(db).caseload.firstByName(clock.now(), 40).ok(); },
        {}};
    const QStringList reads = wholeTableReads(scenario);
    EXPECT_TRUE(reads.isEmpty()) << "the caseload's first screenful reads a large table whole:\n"
                                 << reads.join(QLatin1Char('\n')).toStdString();
    // Not even through an index of (nearly) every row: that is what the rest of the list does.
    StatementLog log(m_db.db());
    ASSERT_TRUE(Repositories(m_db.db()).caseload.firstByName(m_db.clock().now(), 40).ok());
    for (const QString& sql : log.statements()) {
        const Result<QStringList> plan = log.planOf(sql);
        ASSERT_TRUE(plan.ok());
        for (const QString& step : plan.value())
            EXPECT_FALSE(step.startsWith(QLatin1String("SCAN TABLE service_users")) ||
                         step.startsWith(QLatin1String("SCAN TABLE support_periods")) ||
                         step.startsWith(QLatin1String("SCAN TABLE appointments")) ||
                         step.startsWith(QLatin1String("SCAN TABLE referrals")))
                << sql.toStdString() << "\n    " << step.toStdString();
    }
}

// Where the caseload reads the people and their periods whole, it reads them from an index that
// holds every column it needs, the condition's too: going from each index entry to its row would
// read and decrypt every page of the table as the window starts (a third of a second at 50,000).
TEST_F(QueryPlan, TheCaseloadsWholeReadsComeFromIndexesAlone)
{
    StatementLog log(m_db.db());
    Repositories repos(m_db.db());
    ASSERT_TRUE(repos.caseload.entries(m_db.clock().now()).ok());
    ASSERT_TRUE(repos.caseload.firstByName(m_db.clock().now(), 40).ok());
    static const QRegularExpression scan(QStringLiteral("^SCAN TABLE (service_users|support_periods)\\b"));
    int wholeReads = 0;
    for (const QString& sql : log.statements()) {
        Result<QStringList> plan = log.planOf(sql);
        ASSERT_TRUE(plan.ok()) << sql.toStdString();
        for (const QString& step : plan.value()) {
            if (!scan.match(step).hasMatch())
                continue;
            ++wholeReads;
            EXPECT_TRUE(step.contains(QLatin1String(" USING COVERING INDEX ")))
                << sql.toStdString() << "\n    " << step.toStdString();
        }
    }
    EXPECT_EQ(wholeReads, 2); // the periods and the people for the whole list (the first screenful searches)
}
