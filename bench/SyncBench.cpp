// Sync of many changes between two laptops through the team server (issue 8: 10,000 changes in
// under 5 s). Laptop A makes the changes offline in encrypted files, as the app does (RecordWriter),
// then syncs (push); laptop B, joined before, syncs and receives them (pull). Prints
//   sync_push_changes SECONDS s 5
//   sync_pull_changes SECONDS s 5
// Usage: waymark_sync_bench --server postgresql://USER@HOST:PORT/DB [--changes N]
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString base;
    int changes = 10000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--server"))
            base = args.at(++i);
        else if (args.at(i) == QLatin1String("--changes"))
            changes = args.at(++i).toInt();
    }
    if (base.isEmpty() || changes <= 0) {
        err() << "usage: waymark_sync_bench --server postgresql://USER@HOST:PORT/DB [--changes N]\n";
        return 2;
    }
    const QString name = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!runOn(base, QStringLiteral("CREATE DATABASE %1").arg(name)))
        return 1;
    QUrl url(base);
    url.setPath(QLatin1Char('/') + name);
    int status = 0;
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

        QTextStream out(stdout);
        out << "# " << waiting.waiting << " changes waiting; " << pushed.pushed << " pushed, " << pulled.pulled
            << " pulled, " << pushed.conflicts + pulled.conflicts << " conflicts\n";
        out << "sync_push_" << waiting.waiting << "_changes " << QString::number(pushSeconds, 'f', 2) << " s 5\n";
        out << "sync_pull_" << waiting.waiting << "_changes " << QString::number(pullSeconds, 'f', 2) << " s 5\n";
        if (pushed.pushed != waiting.waiting || pulled.pulled != waiting.waiting || pushSeconds >= 5 || pullSeconds >= 5)
            status = 1;
    }
    runOn(base, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    return status;
}
