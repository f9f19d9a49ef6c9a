// The property issue 8 is done by: any number of laptops and the server, after any sequence of
// offline edits, deletions, restores, new records, syncs and choices, converge to the same data,
// with every true conflict shown to a person and nothing lost.
//
// A model beside the real databases says what "true conflict" and "lost" mean. Every write knows
// the writes its copy had seen when it was made (its own, and what that copy had received). A
// write is superseded by a later write to the same field made knowing it; a person's choice in
// the conflicts screen settles one too. Whatever is left of a field's writes (the concurrent
// ones, none seen by another) are the values nobody chose between: once every copy has synced,
// the field must show one of them, and each other must be waiting as an open conflict on the
// laptop it was written on. An edit of a record also says "this record is not deleted", so it
// meets a deletion it had not seen as a conflict over the tombstone, whichever came first.
//
// One laptop is a key worker's: it holds only the people on their caseload, and the others move
// people on and off it (a period's key worker is one more field to edit). It must hold exactly
// the server's records of its caseload, and of anyone whose conflict waits on it, and nothing
// else.

#include "core/domain/StoredValue.h"
#include "core/services/RecordWriter.h"
#include "core/services/SyncService.h"
#include "core/storage/CaseloadRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SyncScope.h"
#include "tests/server/SyncFixture.h"
#include "tests/support/FixedClock.h"
#include "tests/support/TestDatabase.h"

#include "tests/support/QtPrinters.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString Deleted = QStringLiteral("deleted");

struct Write {
    int copy = 0;
    QString table;
    QString record;
    QString field;
    QVariant value;
    std::set<int> knew;   // the writes the copy had seen when this one was made
    bool settled = false; // discarded by a person choosing the other side
    bool byEdit = false;  // "not deleted", said by an edit of other fields: news of its own
};

// A field the test edits, with the values it chooses from (few, so that two copies sometimes
// choose the same one and nothing conflicts).
struct FieldChoice {
    QString field;
    QVariantList values;
};

struct Record {
    QString table;
    QString id;
};

QVector<FieldChoice> choicesFor(const QString& table)
{
    if (table == QLatin1String("service_users"))
        return {{QStringLiteral("phone"),
                 {QStringLiteral("01375 100001"), QStringLiteral("01375 100002"), QStringLiteral("01375 100003")}},
                {QStringLiteral("postcode"), {QStringLiteral("RM17 6SL"), QStringLiteral("RM16 2QA")}}};
    if (table == QLatin1String("support_periods"))
        return {{QStringLiteral("key_worker_id"), {QStringLiteral("kw-1"), QVariant()}}};
    if (table == QLatin1String("hospital_stays"))
        return {{QStringLiteral("discharged_on"),
                 {QStringLiteral("2026-05-09"), QStringLiteral("2026-05-12"), QStringLiteral("2026-05-20")}}};
    return {
        {QStringLiteral("duration_minutes"), {30, 45, 60, 90}},
        {QStringLiteral("kind"), {QStringLiteral("home_visit"), QStringLiteral("office"), QStringLiteral("phone")}}};
}

bool deletable(const Record& r)
{
    return r.table != QLatin1String("service_users") && r.table != QLatin1String("support_periods");
}

// The person every row of `database` is about (empty: about no one), by id.
QHash<QString, QString> personOfEveryRow(Database& database)
{
    QHash<QString, QString> out;
    SyncScope scope(database);
    for (const QString& table : SyncScope::tables()) {
        QSqlQuery q(database.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT t.id, %1 FROM %2 t").arg(scope.personOf(table), table)))
            << table.toStdString();
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

// Whom an exported item is about: by its id, or (a row kept inside its parent's list, with no id
// of its own) by what it belongs to.
QString personOfItem(const QJsonObject& item, const QHash<QString, QString>& personOf)
{
    if (const QString id = item.value(QStringLiteral("id")).toString(); personOf.contains(id))
        return personOf.value(id);
    if (item.contains(QStringLiteral("service_user_id")))
        return item.value(QStringLiteral("service_user_id")).toString();
    for (const char* link : {"support_period_id", "support_plan_id", "goal_id", "assessment_id", "risk_assessment_id"})
        if (item.contains(QLatin1String(link)))
            return personOf.value(item.value(QLatin1String(link)).toString());
    return {};
}

// An export with only the rows about `people` or about no one.
QJsonObject onlyAbout(const QJsonObject& content, const QSet<QString>& people, const QHash<QString, QString>& personOf)
{
    QJsonObject out;
    for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
        if (!it->isArray()) {
            out.insert(it.key(), *it);
            continue;
        }
        QJsonArray kept;
        for (const QJsonValue& item : it->toArray()) {
            const QString person = personOfItem(item.toObject(), personOf);
            if (person.isEmpty() || people.contains(person))
                kept.append(item);
        }
        out.insert(it.key(), kept);
    }
    return out;
}

int deletedRowsAbout(Database& database, const QString& table, const QSet<QString>& people)
{
    const QHash<QString, QString> personOf = personOfEveryRow(database);
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = 1").arg(table)))
        return -1;
    int count = 0;
    while (q.next())
        if (people.contains(personOf.value(q.value(0).toString())))
            ++count;
    return count;
}

QString slotOf(const QString& table, const QString& record, const QString& field)
{
    return table + QLatin1Char('/') + record + QLatin1Char('/') + field;
}

class World {
public:
    // `users`: each laptop's users (none: it sees everyone).
    World(Database& server, QVector<Database*> laptops, QVector<QVector<SignedInUser>> users, unsigned seed)
        : m_random(seed)
        , m_users(std::move(users))
    {
        m_copies << &server;
        m_copies << laptops;
        m_users.resize(laptops.size());
        m_knows.resize(m_copies.size());
        for (const char* id : {"su-1", "su-2"})
            m_records << Record{QStringLiteral("service_users"), QString::fromLatin1(id)};
        for (const char* id : {"ap-1", "ap-2"})
            m_records << Record{QStringLiteral("appointments"), QString::fromLatin1(id)};
        m_records << Record{QStringLiteral("hospital_stays"), QStringLiteral("hs-1")};
        for (const char* id : {"sp-1", "sp-2"})
            m_records << Record{QStringLiteral("support_periods"), QString::fromLatin1(id)};
    }

    const QString& log() const { return m_log; }
    int laptops() const { return int(m_copies.size()) - 1; }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    // One step, chosen at random: mostly edits and syncs.
    bool step()
    {
        const int roll = pick(100);
        const int copy = pick(int(m_copies.size()));
        if (roll < 35)
            return editOn(copy);
        if (roll < 45)
            return removeOn(copy);
        if (roll < 50)
            return restoreOn(copy);
        if (roll < 57)
            return createOn(copy);
        if (roll < 65)
            return choose(1 + pick(laptops()));
        return syncLaptop(1 + pick(laptops()), pick(3) == 0 ? 2 : 1000);
    }

    bool syncLaptop(int laptop, int batchSize = 1000)
    {
        SyncOptions options;
        options.batchSize = batchSize;
        Result<SyncReport> r = syncOf(*m_copies[laptop], *m_copies[0], m_users[laptop - 1], options);
        if (!r) {
            ADD_FAILURE() << r.error().message.toStdString() << "\n" << m_log.toStdString();
            return false;
        }
        note(QStringLiteral("laptop %1 syncs (batches of %2)%3")
                 .arg(laptop)
                 .arg(batchSize)
                 .arg(r->removed > 0 ? QStringLiteral(": %1 left it").arg(r->removed) : QString()));
        // The server now holds what it took of this laptop's writes (a value it shows), and with
        // each what it was made knowing about the same field.
        for (int i = 0; i < int(m_writes.size()); ++i) {
            const Write& w = m_writes[i];
            if (w.copy != laptop || m_knows[0].contains(i) ||
                !StoredValue::same(valueOf(*m_copies[0], w.table, w.record, w.field), w.value))
                continue;
            // Taken, or met there by the same value from elsewhere: then whoever had seen that one
            // has seen this one's value too (two sides that agree are not a conflict).
            for (int k : m_knows[0])
                if (k != i && !w.byEdit && !m_writes[k].byEdit && sameField(k, i) &&
                    StoredValue::same(m_writes[k].value, w.value) && concurrent(i, k))
                    m_agreedWith[i] = k;
            m_knows[0].insert(i);
            for (int k : w.knew)
                if (sameField(k, i))
                    m_knows[0].insert(k);
        }
        m_knows[laptop].insert(m_knows[0].begin(), m_knows[0].end());
        return true;
    }

    // The end of the story: every laptop syncs until nothing more moves.
    bool settle()
    {
        for (int round = 0; round < 2; ++round)
            for (int laptop = 1; laptop <= laptops(); ++laptop)
                if (!syncLaptop(laptop))
                    return false;
        return true;
    }

    void expectConverged()
    {
        Database& server = *m_copies[0];
        const QJsonObject expected = contentOf(server);
        const QHash<QString, QString> personOf = personOfEveryRow(server);
        for (int laptop = 1; laptop <= laptops(); ++laptop) {
            if (const std::optional<QSet<QString>> people = peopleHeldBy(laptop)) {
                // A key worker's laptop: their caseload, and anyone whose conflict waits there.
                Result<QSet<QString>> held = SyncScope(*m_copies[laptop]).people();
                ASSERT_TRUE(held.ok());
                QStringList holds(held->begin(), held->end());
                QStringList should(people->begin(), people->end());
                holds.sort();
                should.sort();
                EXPECT_EQ(holds, should)
                    << "people on laptop " << laptop << "\n"
                    << m_log.toStdString();
                EXPECT_EQ(QJsonDocument(contentOf(*m_copies[laptop])).toJson().toStdString(),
                          QJsonDocument(onlyAbout(expected, *people, personOf)).toJson().toStdString())
                    << "laptop " << laptop << "\n"
                    << m_log.toStdString();
                for (const char* table : {"appointments", "hospital_stays"})
                    EXPECT_EQ(deletedRowsAbout(*m_copies[laptop], QString::fromLatin1(table), *people),
                              deletedRowsAbout(server, QString::fromLatin1(table), *people))
                        << table << " on laptop " << laptop << "\n"
                        << m_log.toStdString();
                continue;
            }
            EXPECT_EQ(contentOf(*m_copies[laptop]), expected) << "laptop " << laptop << "\n" << m_log.toStdString();
            for (const char* table : {"appointments", "hospital_stays"})
                EXPECT_EQ(deletedRows(*m_copies[laptop], QString::fromLatin1(table)),
                          deletedRows(server, QString::fromLatin1(table)))
                    << table << " on laptop " << laptop << "\n"
                    << m_log.toStdString();
        }
    }

    // Every field's concurrent values: one is shown everywhere, each other waits as a conflict.
    void expectNothingLost()
    {
        QHash<QString, QVector<int>> bySlot;
        for (int i = 0; i < int(m_writes.size()); ++i)
            bySlot[slotOf(m_writes[i].table, m_writes[i].record, m_writes[i].field)] << i;
        QVector<QVector<SyncConflict>> open(m_copies.size());
        for (int laptop = 1; laptop <= laptops(); ++laptop) {
            FixedClock clock;
            Result<QVector<SyncConflict>> listed = SyncService(*m_copies[laptop], clock, SyncActor).conflicts();
            ASSERT_TRUE(listed.ok());
            open[laptop] = listed.value();
        }
        for (auto it = bySlot.constBegin(); it != bySlot.constEnd(); ++it) {
            QVector<int> standing;
            for (int i : it.value()) {
                if (m_writes[i].settled)
                    continue;
                // Known by a later write, or the write it met in agreement was.
                bool superseded = false;
                for (int j : it.value())
                    if (j != i && (m_writes[j].knew.contains(i) || (m_agreedWith.contains(i) && j != m_agreedWith[i] &&
                                                                    m_writes[j].knew.contains(m_agreedWith[i]))))
                        superseded = true;
                if (!superseded)
                    standing << i;
            }
            if (standing.isEmpty())
                continue;
            const Write& any = m_writes[standing.first()];
            for (int copy = 1; copy < int(m_copies.size()); ++copy) {
                if (!peopleHeldBy(copy) || exists(copy, Record{any.table, any.record})) {
                    EXPECT_TRUE(StoredValue::same(valueOf(*m_copies[copy], any.table, any.record, any.field),
                                                  valueOf(*m_copies[0], any.table, any.record, any.field)))
                        << it.key().toStdString() << " differs on laptop " << copy << "\n"
                        << m_log.toStdString();
                }
            }
            const QVariant shown = valueOf(*m_copies[0], any.table, any.record, any.field);
            bool shownIsStanding = false;
            for (int i : standing)
                shownIsStanding = shownIsStanding || StoredValue::same(m_writes[i].value, shown);
            EXPECT_TRUE(shownIsStanding) << it.key().toStdString() << " shows " << shown.toString().toStdString()
                                         << ", which no standing write made\n"
                                         << m_log.toStdString();
            for (int i : standing) {
                const Write& w = m_writes[i];
                if (StoredValue::same(w.value, shown))
                    continue;
                bool listed = false;
                if (w.copy > 0)
                    for (const SyncConflict& c : open[w.copy])
                        listed = listed || (c.table == w.table && c.recordId == w.record && c.field == w.field &&
                                            StoredValue::same(c.mine, w.value));
                EXPECT_TRUE(listed) << it.key().toStdString() << ": " << w.value.toString().toStdString()
                                    << " written on copy " << w.copy << " (write " << i << ") is lost: shown "
                                    << shown.toString().toStdString() << " and no conflict lists it\n"
                                    << m_log.toStdString();
            }
        }
    }

private:
    // Whom a key worker's laptop should hold, as the server has it now; nullopt for a laptop that
    // sees everyone.
    std::optional<QSet<QString>> peopleHeldBy(int laptop)
    {
        if (laptop == 0)
            return std::nullopt;
        QStringList keyWorkers;
        for (const SignedInUser& user : m_users[laptop - 1]) {
            if (user.role != Role::KeyWorker)
                return std::nullopt;
            keyWorkers << user.staffId;
        }
        if (keyWorkers.isEmpty())
            return std::nullopt;
        Result<QSet<QString>> people = CaseloadRepository(*m_copies[0]).peopleOf(keyWorkers);
        EXPECT_TRUE(people.ok());
        QSet<QString> out = people ? people.value() : QSet<QString>();
        FixedClock clock;
        if (Result<QVector<SyncConflict>> open = SyncService(*m_copies[laptop], clock, SyncActor).conflicts())
            for (const SyncConflict& c : open.value())
                if (!c.person.isEmpty())
                    out.insert(c.person);
        return out;
    }

    bool concurrent(int a, int b) const { return !m_writes[a].knew.contains(b) && !m_writes[b].knew.contains(a); }
    bool sameField(int a, int b) const
    {
        return m_writes[a].table == m_writes[b].table && m_writes[a].record == m_writes[b].record &&
               m_writes[a].field == m_writes[b].field;
    }

    void note(const QString& what) { m_log += what + QLatin1Char('\n'); }

    int record(int copy, const QString& table, const QString& id, const QString& field, const QVariant& value,
               bool byEdit = false)
    {
        Write w{copy, table, id, field, StoredValue::normalised(value), m_knows[copy], false, byEdit};
        m_writes << w;
        const int index = int(m_writes.size()) - 1;
        m_knows[copy].insert(index);
        return index;
    }

    bool live(int copy, const Record& r)
    {
        const QVariant deleted = valueOf(*m_copies[copy], r.table, r.id, Deleted);
        return deleted.isValid() && deleted.typeId() != QMetaType::QString && deleted.toLongLong() == 0;
    }

    bool exists(int copy, const Record& r)
    {
        return valueOf(*m_copies[copy], r.table, r.id, Deleted).typeId() != QMetaType::QString;
    }

    QVector<Record> where(int copy, const std::function<bool(const Record&)>& wanted)
    {
        QVector<Record> out;
        for (const Record& r : m_records)
            if (exists(copy, r) && wanted(r))
                out << r;
        return out;
    }

    bool editOn(int copy)
    {
        const QVector<Record> candidates = where(copy, [&](const Record& r) { return live(copy, r); });
        if (candidates.isEmpty())
            return true;
        const Record r = candidates[pick(int(candidates.size()))];
        const QVector<FieldChoice> choices = choicesFor(r.table);
        const FieldChoice& choice = choices[pick(int(choices.size()))];
        const QVariant value = choice.values[pick(int(choice.values.size()))];
        if (StoredValue::same(valueOf(*m_copies[copy], r.table, r.id, choice.field), value))
            return true; // no change, nothing to send
        note(QStringLiteral("copy %1 sets %2 %3 to %4").arg(copy).arg(r.id, choice.field, value.toString()));
        if (Status s = edit(*m_copies[copy], r.table, r.id, {{choice.field, value}}); !s) {
            ADD_FAILURE() << s.error().message.toStdString() << "\n" << m_log.toStdString();
            return false;
        }
        record(copy, r.table, r.id, choice.field, value);
        record(copy, r.table, r.id, Deleted, 0, true);
        return true;
    }

    bool removeOn(int copy)
    {
        const QVector<Record> candidates = where(copy, [&](const Record& r) { return deletable(r) && live(copy, r); });
        if (candidates.isEmpty())
            return true;
        const Record r = candidates[pick(int(candidates.size()))];
        note(QStringLiteral("copy %1 deletes %2").arg(copy).arg(r.id));
        if (Status s = remove(*m_copies[copy], r.table, r.id); !s) {
            ADD_FAILURE() << s.error().message.toStdString() << "\n" << m_log.toStdString();
            return false;
        }
        record(copy, r.table, r.id, Deleted, 1);
        return true;
    }

    bool restoreOn(int copy)
    {
        const QVector<Record> candidates = where(copy, [&](const Record& r) { return deletable(r) && !live(copy, r); });
        if (candidates.isEmpty())
            return true;
        const Record r = candidates[pick(int(candidates.size()))];
        note(QStringLiteral("copy %1 restores %2").arg(copy).arg(r.id));
        if (Status s = restore(*m_copies[copy], r.table, r.id); !s) {
            ADD_FAILURE() << s.error().message.toStdString() << "\n" << m_log.toStdString();
            return false;
        }
        record(copy, r.table, r.id, Deleted, 0);
        return true;
    }

    bool createOn(int copy)
    {
        // Only where su-1's period is: a key worker's laptop may not hold it.
        if (!exists(copy, Record{QStringLiteral("support_periods"), QStringLiteral("sp-1")}))
            return true;
        const QString id = QStringLiteral("ap-new-%1").arg(m_records.size());
        const int minutes = 30 + 15 * pick(4);
        note(QStringLiteral("copy %1 books %2").arg(copy).arg(id));
        FixedClock clock;
        RecordWriter writer(*m_copies[copy], clock, SyncActor);
        const Status s = writer.inTransaction([&] {
            return writer.save(QStringLiteral("appointments"), id,
                               {{QStringLiteral("support_period_id"), QStringLiteral("sp-1")},
                                {QStringLiteral("staff_id"), QStringLiteral("kw-1")},
                                {QStringLiteral("starts_at"), QStringLiteral("2026-08-01T09:00:00Z")},
                                {QStringLiteral("duration_minutes"), minutes},
                                {QStringLiteral("kind"), QStringLiteral("phone")},
                                {QStringLiteral("status"), QStringLiteral("planned")}});
        });
        if (!s) {
            ADD_FAILURE() << s.error().message.toStdString() << "\n" << m_log.toStdString();
            return false;
        }
        m_records << Record{QStringLiteral("appointments"), id};
        record(copy, QStringLiteral("appointments"), id, QStringLiteral("duration_minutes"), minutes);
        record(copy, QStringLiteral("appointments"), id, QStringLiteral("kind"), QStringLiteral("phone"));
        record(copy, QStringLiteral("appointments"), id, Deleted, 0);
        return true;
    }

    // A person on `laptop` settles one of its conflicts, either way.
    bool choose(int laptop)
    {
        FixedClock clock;
        SyncService service(*m_copies[laptop], clock, SyncActor);
        Result<QVector<SyncConflict>> open = service.conflicts();
        if (!open) {
            ADD_FAILURE() << open.error().message.toStdString();
            return false;
        }
        if (open->isEmpty())
            return true;
        const SyncConflict c = open->at(pick(int(open->size())));
        const bool mine = pick(2) == 0;
        note(QStringLiteral("laptop %1 keeps %2 %3 %4: %5")
                 .arg(laptop)
                 .arg(mine ? QStringLiteral("its own") : QStringLiteral("the server's"), c.recordId, c.field,
                      (mine ? c.mine : c.theirs).toString()));
        const bool wasLive = live(laptop, Record{c.table, c.recordId});
        const Status s = mine ? service.keepMine(c.id) : service.keepTheirs(c.id);
        if (!s) {
            ADD_FAILURE() << s.error().message.toStdString() << "\n" << m_log.toStdString();
            return false;
        }
        if (mine) {
            record(laptop, c.table, c.recordId, c.field, c.mine);
            if (c.field != Deleted && wasLive)
                record(laptop, c.table, c.recordId, Deleted, 0, true);
        } else {
            // The person saw both and let the server's stand: this laptop's value is settled.
            for (Write& w : m_writes)
                if (w.copy == laptop && w.table == c.table && w.record == c.recordId && w.field == c.field &&
                    StoredValue::same(w.value, c.mine))
                    w.settled = true;
        }
        return true;
    }

    std::mt19937 m_random;
    QVector<QVector<SignedInUser>> m_users; // per laptop
    QVector<Database*> m_copies;    // the server first, then the laptops
    QVector<std::set<int>> m_knows; // per copy, the writes it has seen
    QVector<Write> m_writes;
    QHash<int, int> m_agreedWith; // a write the server met with the same value from elsewhere -> that one
    QVector<Record> m_records;
    QString m_log;
};

// WAYMARK_SYNC_SEEDS=N runs seeds 1..N (8 by default); WAYMARK_SYNC_SEED=K only seed K.
std::pair<int, int> seedsToRun()
{
    if (const int only = qEnvironmentVariableIntValue("WAYMARK_SYNC_SEED"); only > 0)
        return {only, only};
    const int asked = qEnvironmentVariableIntValue("WAYMARK_SYNC_SEEDS");
    return {1, asked > 0 ? asked : 8};
}

} // namespace

TEST(SyncConvergence, ThreeLaptopsOneAKeyWorkersAndTheServerConvergeAfterRandomOfflineWorkAndEveryConflictIsListed)
{
    const auto [firstSeed, lastSeed] = seedsToRun();
    for (int seed = firstSeed; seed <= lastSeed; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        Team team;
        ASSERT_TRUE(team.server);
        TestDatabase a;
        TestDatabase b;
        TestDatabase c;
        // C is Jo's (kw-1), holding only Jo's caseload.
        const QVector<SignedInUser> jo{SignedInUser{QStringLiteral("jo"), QStringLiteral("kw-1"), Role::KeyWorker}};
        World world(*team.server, {&a.db(), &b.db(), &c.db()}, {{}, {}, jo}, unsigned(seed));
        for (int laptop = 1; laptop <= world.laptops(); ++laptop)
            ASSERT_TRUE(world.syncLaptop(laptop));
        for (int i = 0; i < 60; ++i)
            ASSERT_TRUE(world.step());
        ASSERT_TRUE(world.settle());
        world.expectConverged();
        world.expectNothingLost();
        if (HasFailure())
            return;
    }
}
