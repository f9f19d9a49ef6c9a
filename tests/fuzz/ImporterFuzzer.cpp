// libFuzzer target for the JSON importer (core/interchange/Importer): every input is imported
// as an interchange file into a database made by `init`. Besides crashes and the sanitizers'
// findings it stops on two broken promises of spec/interchange.md: a refused import that changed
// anything ("all or nothing"), and an accepted one after which the database fails its own check
// (integrity, references, the audit trail's chain).
#include "core/interchange/Importer.h"
#include "tests/fuzz/FuzzDatabase.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace waymark;

namespace {

fuzz::FuzzDatabase& database() {
    static fuzz::FuzzDatabase db;
    return db;
}

[[noreturn]] void broken(const QString& what) {
    std::fprintf(stderr, "ImporterFuzzer: %s\n", what.toLocal8Bit().constData());
    std::abort();
}

// An import the validator passed but the database refused: said once per message.
void reportOnce(const QString& message) {
    static QSet<QString> seen;
    if (seen.contains(message))
        return;
    seen.insert(message);
    std::fprintf(stderr, "ImporterFuzzer: passed the check but refused by the database: %s\n",
                 message.toLocal8Bit().constData());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    if (!database().isReady())
        broken(QStringLiteral("the database every input is imported into could not be made"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::FuzzDatabase& db = database();
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const qint64 before = db.changes();
    Importer importer(db.database(), db.clock());
    const Result<ImportSummary> imported =
        importer.importJson(json, QStringLiteral("input.json"), QStringLiteral("fuzzer"));
    if (!imported) {
        if (imported.error().message.isEmpty())
            broken(QStringLiteral("a refused import gave no reason"));
        if (db.changes() != before) {
            // Records are written as they are checked, so a file refused for its problems may
            // have had some written before one was found; or the check let the file through and
            // the database refused a record part way. Either way it was rolled back, so nothing
            // may be left of it. (The second is worth reporting: the person is told a database
            // error rather than the JSON path of what is wrong.)
            if (db.contents() != db.freshContents())
                broken(QStringLiteral("a refused import changed the database: %1")
                           .arg(imported.error().message));
            if (imported.error().details.isEmpty())
                reportOnce(imported.error().message);
            db.renew();
        }
        return 0;
    }
    const Result<QStringList> problems = db.database().problems();
    if (!problems || !problems->isEmpty())
        broken(
            QStringLiteral("after an accepted import the database is not sound: %1")
                .arg(problems ? problems->join(QStringLiteral("; ")) : problems.error().message));
    // The next input starts from the database `init` made, not from this one.
    if (imported->inserted + imported->updated > 0)
        db.renew();
    return 0;
}
