#include "core/rules/SyncMerge.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

SyncChange change(const QVariantMap& fields, qint64 seq = 0, const QString& by = QStringLiteral("jo"))
{
    SyncChange c;
    c.table = QStringLiteral("service_users");
    c.recordId = QStringLiteral("su-1");
    c.person = QStringLiteral("su-1");
    c.fields = fields;
    c.seq = seq;
    c.changedBy = by;
    c.changedAt = QDateTime(QDate(2026, 7, 2), QTime(10, 0), Qt::UTC);
    c.baseSeq = 10;
    return c;
}

const QString Phone = QStringLiteral("phone");
const QString Postcode = QStringLiteral("postcode");
const QString Deleted = QStringLiteral("deleted");

} // namespace

TEST(SyncMerge, ChangesToDifferentFieldsOfOneRecordAreBothKept)
{
    const auto outcome = SyncMerge::merge(change({{Phone, QStringLiteral("01375 111111")}}),
                                          {change({{Postcode, QStringLiteral("RM17 6SL")}}, 11)}, std::nullopt);
    EXPECT_TRUE(outcome.conflicts.isEmpty());
    EXPECT_EQ(outcome.written, (QVariantMap{{Phone, QStringLiteral("01375 111111")}}));
}

TEST(SyncMerge, TheSameFieldChangedElsewhereToAnotherValueIsAConflictAndNotWritten)
{
    const auto outcome =
        SyncMerge::merge(change({{Phone, QStringLiteral("01375 222222")}, {Postcode, QStringLiteral("RM16 2QA")}}),
                         {change({{Phone, QStringLiteral("01375 000000")}}, 11, QStringLiteral("sam")),
                          change({{Phone, QStringLiteral("01375 111111")}}, 12, QStringLiteral("ali"))},
                         std::nullopt);
    EXPECT_EQ(outcome.written, (QVariantMap{{Postcode, QStringLiteral("RM16 2QA")}}));
    ASSERT_EQ(outcome.conflicts.size(), 1);
    const SyncConflict& c = outcome.conflicts.first();
    EXPECT_EQ(c.field, Phone);
    EXPECT_EQ(c.mine, QStringLiteral("01375 222222"));
    // Against the latest value elsewhere, and who made it.
    EXPECT_EQ(c.theirs, QStringLiteral("01375 111111"));
    EXPECT_EQ(c.theirsSeq, 12);
    EXPECT_EQ(c.theirsBy, QStringLiteral("ali"));
    EXPECT_EQ(c.person, QStringLiteral("su-1"));
}

TEST(SyncMerge, TheSameValueOnBothSidesIsNeitherWrittenNorAConflict)
{
    const auto outcome =
        SyncMerge::merge(change({{QStringLiteral("duration_minutes"), 45}}),
                         {change({{QStringLiteral("duration_minutes"), qlonglong(45)}}, 11)}, std::nullopt);
    EXPECT_TRUE(outcome.written.isEmpty());
    EXPECT_TRUE(outcome.conflicts.isEmpty());
}

TEST(SyncMerge, DeletingARecordEditedElsewhereIsAConflictAndNothingIsDeleted)
{
    const auto outcome =
        SyncMerge::merge(change({{Deleted, 1}}),
                         {change({{Phone, QStringLiteral("01375 111111")}}, 11, QStringLiteral("sam"))}, std::nullopt);
    EXPECT_TRUE(outcome.written.isEmpty());
    ASSERT_EQ(outcome.conflicts.size(), 1);
    EXPECT_EQ(outcome.conflicts.first().field, Deleted);
    EXPECT_EQ(outcome.conflicts.first().mine.toLongLong(), 1);
    EXPECT_EQ(outcome.conflicts.first().theirs.toLongLong(), 0);
    EXPECT_EQ(outcome.conflicts.first().theirsBy, QStringLiteral("sam"));
}

TEST(SyncMerge, DeletingARecordDeletedElsewhereTooIsNothingToChoose)
{
    const auto outcome = SyncMerge::merge(change({{Deleted, 1}}), {change({{Deleted, 1}}, 11)}, std::nullopt);
    EXPECT_TRUE(outcome.written.isEmpty());
    EXPECT_TRUE(outcome.conflicts.isEmpty());
}

TEST(SyncMerge, DeletingARecordEditedAndThenDeletedElsewhereIsNothingToChoose)
{
    const auto outcome = SyncMerge::merge(
        change({{Deleted, 1}}), {change({{Phone, QStringLiteral("01375 111111")}}, 11), change({{Deleted, 1}}, 12)},
        std::nullopt);
    EXPECT_TRUE(outcome.written.isEmpty());
    EXPECT_TRUE(outcome.conflicts.isEmpty());
}

TEST(SyncMerge, AnEditOfARecordDeletedElsewhereIsKeptOnItAndTheDeletionPutToAPerson)
{
    const auto outcome = SyncMerge::merge(change({{Postcode, QStringLiteral("RM16 2QA")}}),
                                          {change({{Deleted, 1}}, 11, QStringLiteral("sam"))}, std::nullopt);
    EXPECT_EQ(outcome.written, (QVariantMap{{Postcode, QStringLiteral("RM16 2QA")}}));
    ASSERT_EQ(outcome.conflicts.size(), 1);
    EXPECT_EQ(outcome.conflicts.first().field, Deleted);
    EXPECT_EQ(outcome.conflicts.first().mine.toLongLong(), 0);
    EXPECT_EQ(outcome.conflicts.first().theirs.toLongLong(), 1);
}

TEST(SyncMerge, AnEditWhoseEveryFieldConflictsStillMeetsTheDeletionItDidNotKnowOf)
{
    const auto outcome = SyncMerge::merge(
        change({{Phone, QStringLiteral("01375 222222")}}),
        {change({{Phone, QStringLiteral("01375 111111")}}, 11), change({{Deleted, 1}}, 12)}, std::nullopt);
    EXPECT_TRUE(outcome.written.isEmpty());
    ASSERT_EQ(outcome.conflicts.size(), 2);
    QStringList fields{outcome.conflicts.at(0).field, outcome.conflicts.at(1).field};
    fields.sort();
    EXPECT_EQ(fields, (QStringList{Deleted, Phone}));
}

TEST(SyncMerge, AnEditOfARecordDeletedAndRestoredElsewhereMeetsNoDeletion)
{
    const auto outcome = SyncMerge::merge(change({{Postcode, QStringLiteral("RM16 2QA")}}),
                                          {change({{Deleted, 1}}, 11), change({{Deleted, 0}}, 12)}, std::nullopt);
    EXPECT_EQ(outcome.written, (QVariantMap{{Postcode, QStringLiteral("RM16 2QA")}}));
    EXPECT_TRUE(outcome.conflicts.isEmpty());
}

TEST(SyncMerge, ARecordFromBeforeJoiningMeetsTheServersRecordAsItStands)
{
    SyncChange mine = change({{Phone, QStringLiteral("01375 222222")},
                              {Postcode, QStringLiteral("RM17 6SL")},
                              {QStringLiteral("given_name"), QStringLiteral("Lexi")}});
    mine.baseSeq = SyncMerge::BeforeJoining;
    const QVariantMap current{{Phone, QStringLiteral("01375 111111")},
                              {Postcode, QStringLiteral("RM17 6SL")},
                              {QStringLiteral("updated_at"), QStringLiteral("2026-06-01T09:00:00Z")},
                              {QStringLiteral("updated_by"), QStringLiteral("sam")}};
    const auto outcome = SyncMerge::merge(mine, {}, current);
    // Different: a conflict; the same: nothing; not on the server's record: written.
    EXPECT_EQ(outcome.written, (QVariantMap{{QStringLiteral("given_name"), QStringLiteral("Lexi")}}));
    ASSERT_EQ(outcome.conflicts.size(), 1);
    EXPECT_EQ(outcome.conflicts.first().field, Phone);
    EXPECT_EQ(outcome.conflicts.first().theirs, QStringLiteral("01375 111111"));
    EXPECT_EQ(outcome.conflicts.first().theirsBy, QStringLiteral("sam"));
    EXPECT_EQ(outcome.conflicts.first().theirsAt, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));

    // A record the server has never had is written whole.
    const auto fresh = SyncMerge::merge(mine, {}, std::nullopt);
    EXPECT_EQ(fresh.written.size(), 3);
    EXPECT_TRUE(fresh.conflicts.isEmpty());
}
