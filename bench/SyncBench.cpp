// Sync of many changes between two laptops through the team server (issue 8: 10,000 changes in
// under 5 s). Laptop A makes the changes offline in encrypted files, as the app does (RecordWriter),
// then syncs (push); laptop B, joined before, syncs and receives them (pull). Prints
//   sync_push_changes SECONDS s 5
//   sync_pull_changes SECONDS s 5
// Each figure is the median of --rounds rounds (3 unless told), each on fresh databases, so that
// one round slowed by something else on the machine does not decide it.
// Usage: waymark_sync_bench --server postgresql://USER@HOST:PORT/DB [--changes N] [--rounds N]
// The role in the address must be able to CREATE DATABASE: a database of its own is made and
// dropped again.

#include "core/domain/Clock.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/Importer.h"
#include "core/services/RecordWriter.h"
#include "core/services/SyncService.h"
#include "core/storage/Database.h"
#include "core/storage/EncryptedDatabase.h"
#include "core/storage/ServerAddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace waymark;

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool runOn(const QString& url, const QString& sql)
{
    const QString name = QStringLiteral("bench-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        Result<ServerAddress> address = ServerAddress::parse(url);
        if (address) {
            address->applyTo(db);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    err() << q.lastError().text() << "\n";
            } else {
                err() << db.lastError().text() << "\n";
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

template <typename T>
T must(Result<T> result, const char* what)
{
    if (!result) {
        err() << what << ": " << result.error().message << "\n";
        err().flush();
        std::exit(1);
    }
    return std::move(result).value();
}

void must(const Status& status, const char* what)
{
    if (!status) {
        err() << what << ": " << status.error().message << "\n";
        err().flush();
        std::exit(1);
    }
}

struct Round {
    int waiting = 0;
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    double pushSeconds = 0;
    double pullSeconds = 0;
};

// One round: a fresh server database and two fresh laptops, the changes made, pushed and pulled.
Round measureOnce(const QString& base, int changes)
{
    const QString name = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!runOn(base, QStringLiteral("CREATE DATABASE %1").arg(name)))
        std::exit(1);
    QUrl url(base);
    url.setPath(QLatin1Char('/') + name);
    Round round;
    {
        SystemClock clock;
        Database::Options options;
        options.mode = Database::Open::CreateIfMissing;
        std::unique_ptr<Database> server = must(Database::open(url.toString(), options), "opening the server");
        (void)must(DatabaseSetup::initialise(*server, clock), "setting up the server");
        QTemporaryDir dir;
        const QString passphrase = QStringLiteral("correct horse battery staple 42");
        std::unique_ptr<Database> a =
            must(EncryptedDatabase::create(dir.filePath(QStringLiteral("a.db")), QStringLiteral("admin"), passphrase), "laptop A");
        std::unique_ptr<Database> b =
            must(EncryptedDatabase::create(dir.filePath(QStringLiteral("b.db")), QStringLiteral("admin"), passphrase), "laptop B");
        for (Database* laptop : {a.get(), b.get()}) {
            (void)must(DatabaseSetup::initialise(*laptop, clock), "setting up a laptop");
            (void)must(SyncService(*laptop, clock, QStringLiteral("admin")).sync(*server, {}), "joining");
        }

        // A person with a support period, then the changes: new appointments and edits to them,
        // as a week of a team's diary made offline.
        RecordWriter writer(*a, clock, QStringLiteral("admin"));
        const QString person = RecordWriter::newId();
        const QString period = RecordWriter::newId();
        must(writer.inTransaction([&]() -> Status {
            if (Status s = writer.save(QStringLiteral("service_users"), person,
                                       {{QStringLiteral("given_name"), QStringLiteral("Bench")},
                                        {QStringLiteral("family_name"), QStringLiteral("Mark")}});
                !s)
                return s;
            if (Status s = writer.save(QStringLiteral("support_periods"), period,
                                       {{QStringLiteral("service_user_id"), person},
                                        {QStringLiteral("contract_id"), QStringLiteral("thurrock-fs")},
                                        {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}});
                !s)
                return s;
            QStringList made;
            for (int i = 2; i < changes; ++i) {
                const bool edit = !made.isEmpty() && i % 4 == 0;
                const QString id = edit ? made.at(i % made.size()) : RecordWriter::newId();
                if (!edit)
                    made << id;
                if (Status s = writer.save(QStringLiteral("appointments"), id,
                                           {{QStringLiteral("support_period_id"), period},
                                            {QStringLiteral("starts_at"), QStringLiteral("2026-08-01T09:00:00Z")},
                                            {QStringLiteral("duration_minutes"), edit ? 45 + i % 30 : 30},
                                            {QStringLiteral("kind"), QStringLiteral("phone")},
                                            {QStringLiteral("status"), QStringLiteral("planned")}});
                    !s)
                    return s;
            }
            return {};
        }),
             "making the changes");
        const SyncStatus waiting = must(SyncService(*a, clock, QStringLiteral("admin")).status(), "status");

        QElapsedTimer timer;
        timer.start();
        const SyncReport pushed = must(SyncService(*a, clock, QStringLiteral("admin")).sync(*server, {}), "pushing");
        const double pushSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        const SyncReport pulled = must(SyncService(*b, clock, QStringLiteral("admin")).sync(*server, {}), "pulling");
        const double pullSeconds = double(timer.nsecsElapsed()) / 1e9;

        round.waiting = waiting.waiting;
        round.pushed = pushed.pushed;
        round.pulled = pulled.pulled;
        round.conflicts = pushed.conflicts + pulled.conflicts;
        round.pushSeconds = pushSeconds;
        round.pullSeconds = pullSeconds;
    }
    runOn(base, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    return round;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString base;
    int changes = 10000;
    int rounds = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--server"))
            base = args.at(++i);
        else if (args.at(i) == QLatin1String("--changes"))
            changes = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = args.at(++i).toInt();
    }
    if (base.isEmpty() || changes <= 0 || rounds <= 0) {
        err() << "usage: waymark_sync_bench --server postgresql://USER@HOST:PORT/DB [--changes N] [--rounds N]\n";
        return 2;
    }
    QVector<double> push;
    QVector<double> pull;
    int status = 0;
    Round round;
    for (int i = 0; i < rounds; ++i) {
        round = measureOnce(base, changes);
        push << round.pushSeconds;
        pull << round.pullSeconds;
        if (round.pushed != round.waiting || round.pulled != round.waiting)
            status = 1;
    }
    const double pushSeconds = median(push);
    const double pullSeconds = median(pull);
    QTextStream out(stdout);
    out << "# " << round.waiting << " changes waiting; " << round.pushed << " pushed, " << round.pulled << " pulled, "
        << round.conflicts << " conflicts; the median of " << rounds << " rounds\n";
    out << "sync_push_" << round.waiting << "_changes " << QString::number(pushSeconds, 'f', 2) << " s 5\n";
    out << "sync_pull_" << round.waiting << "_changes " << QString::number(pullSeconds, 'f', 2) << " s 5\n";
    if (pushSeconds >= 5 || pullSeconds >= 5)
        status = 1;
    return status;
}
