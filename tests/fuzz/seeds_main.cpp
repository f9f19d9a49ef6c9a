// waymark-fuzz-seeds DIR: writes the importer fuzzer's starting corpus into DIR/corpus (valid
// interchange documents, and the same with one mistake each, so that both the import and every
// kind of refusal are reached from the first run) and its dictionary, DIR/interchange.dict
// (every list, key and code of the format), both from the code that defines the format, so
// that neither goes stale when it changes.
#include "core/domain/Clock.h"
#include "core/domain/ReferenceCodes.h"
#include "core/interchange/DatabaseSetup.h"
#include "core/interchange/DemoCaseload.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/storage/Database.h"
#include "tests/reliability/ImportBatch.h"
#include "tests/support/InterchangeFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

using namespace waymark;

namespace {

bool write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray compact(const QJsonObject& document) {
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

// One mistake each, of the kinds the importer refuses with a path.
QVector<QPair<QString, QJsonObject>> flawed() {
    QVector<QPair<QString, QJsonObject>> out;
    auto with = [&](const char* name, const QString& path, const QJsonValue& value) {
        QJsonObject d = test::smallCaseload();
        test::setAt(d, path, value);
        out.append({QString::fromLatin1(name), d});
    };
    with("unknown-key", QStringLiteral("service_users[1].nickname"), QStringLiteral("Barty"));
    with("unknown-code", QStringLiteral("service_users[0].gender"), QStringLiteral("F"));
    with("bad-date", QStringLiteral("support_periods[0].start_date"), QStringLiteral("2026-02-30"));
    with("bad-moment", QStringLiteral("referrals[0].received_at"),
         QStringLiteral("2026-04-01 10:00"));
    with("missing-reference", QStringLiteral("appointments[1].support_period_id"),
         QStringLiteral("sp-99"));
    with("duplicate-id", QStringLiteral("service_users[1].id"), QStringLiteral("su-1"));
    with("out-of-range", QStringLiteral("appointments[0].duration_minutes"), 721);
    with("score-area", QStringLiteral("star_assessments[1].scores.flying"), 4);
    with("wrong-type", QStringLiteral("staff[0].name"), 42);
    with("end-before-start", QStringLiteral("support_periods[1].end_date"),
         QStringLiteral("2026-05-01"));
    with("version", QStringLiteral("version"), 2);
    QJsonObject missing = test::smallCaseload();
    test::removeAt(missing, QStringLiteral("service_users[1].family_name"));
    out.append({QStringLiteral("missing-field"), missing});
    return out;
}

// A small demo caseload as the program exports it: every list of the format, with the x_
// extras an export carries.
QByteArray demoExport() {
    QTemporaryDir folder;
    Database::Options options;
    options.mode = Database::Open::CreateIfMissing;
    Result<std::unique_ptr<Database>> database =
        Database::open(folder.filePath(QStringLiteral("demo.db")), options);
    if (!database)
        return {};
    SystemClock clock;
    DemoOptions demo;
    demo.people = 4;
    demo.seed = 7;
    demo.asOf = QDate(2026, 7, 1);
    if (!DatabaseSetup::initialise(*database.value(), clock) ||
        !DatabaseSetup::loadDemo(*database.value(), clock, demo))
        return {};
    Result<QJsonObject> exported = Exporter(*database.value(), clock).exportAll();
    return exported ? compact(exported.value()) : QByteArray();
}

// libFuzzer's dictionary format: one quoted token a line.
QByteArray dictionary() {
    QSet<QString> tokens;
    for (const KindSpec& kind : InterchangeSchema::kinds()) {
        tokens.insert(QStringLiteral("\"%1\"").arg(kind.list));
        for (const FieldSpec& field : kind.fields)
            tokens.insert(QStringLiteral("\"%1\"").arg(field.key));
    }
    for (const QString& list : ReferenceCodes::listNames())
        for (const QString& code : ReferenceCodes::list(list).allCodes())
            tokens.insert(QStringLiteral("\"%1\"").arg(code));
    for (const QString& token :
         {QStringLiteral("\"waymark\""), QStringLiteral("\"thurrock-fs\""),
          QStringLiteral("\"camden-day\""), QStringLiteral("\"waymark-wellbeing\""),
          QStringLiteral("\"2026-07-01\""), QStringLiteral("\"2026-07-01T09:00:00Z\""),
          QStringLiteral("null"), QStringLiteral("true"), QStringLiteral("false")})
        tokens.insert(token);
    QStringList sorted(tokens.begin(), tokens.end());
    sorted.sort();
    QByteArray out;
    int n = 0;
    for (const QString& token : sorted) {
        QString escaped = token;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        if (escaped.startsWith(QLatin1Char('"')))
            escaped = QStringLiteral("\\\"") + escaped.mid(1, escaped.size() - 2) +
                      QStringLiteral("\\\"");
        out += QStringLiteral("t%1=\"%2\"\n").arg(++n).arg(escaped).toUtf8();
    }
    return out;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: waymark-fuzz-seeds DIR\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(dir.filePath(QStringLiteral("corpus")))) {
        err << "cannot make " << dir.filePath(QStringLiteral("corpus")) << "\n";
        return 1;
    }
    const QDir corpus(dir.filePath(QStringLiteral("corpus")));
    bool ok = write(corpus.filePath(QStringLiteral("small-caseload.json")),
                    compact(test::smallCaseload()));
    ok = write(corpus.filePath(QStringLiteral("small-caseload-indented.json")),
               QJsonDocument(test::smallCaseload()).toJson(QJsonDocument::Indented)) &&
         ok;
    ok = write(corpus.filePath(QStringLiteral("batch-3.json")),
               reliability::ImportBatch(QStringLiteral("seed"), 3).json()) &&
         ok;
    QFile seeds(QStringLiteral(":/waymark/data/init.json"));
    ok = seeds.open(QIODevice::ReadOnly) &&
         write(corpus.filePath(QStringLiteral("init.json")), seeds.readAll()) && ok;
    for (const auto& [name, document] : flawed())
        ok =
            write(corpus.filePath(QStringLiteral("flawed-%1.json").arg(name)), compact(document)) &&
            ok;
    const QByteArray demo = demoExport();
    ok = !demo.isEmpty() && write(corpus.filePath(QStringLiteral("demo-export.json")), demo) && ok;
    ok = write(dir.filePath(QStringLiteral("interchange.dict")), dictionary()) && ok;
    if (!ok) {
        err << "could not write the seeds into " << dir.path() << "\n";
        return 1;
    }
    return 0;
}
