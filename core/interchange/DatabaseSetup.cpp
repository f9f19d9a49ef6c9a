#include "core/interchange/DatabaseSetup.h"

#include "core/interchange/DemoCaseload.h"
#include "core/interchange/Importer.h"
#include "core/storage/Database.h"
#include "core/storage/MetaRepository.h"

#include <QFile>

namespace waymark::DatabaseSetup {

Result<ImportSummary> initialise(Database& database, const Clock& clock,
                                 const QString& organisation)
{
    QFile seed(QStringLiteral(":/waymark/data/init.json"));
    if (!seed.open(QIODevice::ReadOnly))
        return Error{QObject::tr("The seed contracts are missing from this build."), {}};
    Importer importer(database, clock);
    Result<ImportSummary> summary =
        importer.importJson(seed.readAll(), QObject::tr("the seed contracts"),
                            QStringLiteral("waymark-init"));
    if (!summary)
        return summary;
    MetaRepository meta(database);
    if (!organisation.isEmpty()) {
        if (Status s = meta.setValue(QString::fromLatin1(MetaRepository::Organisation), organisation); !s)
            return s.error();
    }
    return summary;
}

Result<ImportSummary> loadDemo(Database& database, const Clock& clock, const DemoOptions& options)
{
    Importer importer(database, clock);
    Result<ImportSummary> summary = importer.importObject(
        DemoCaseload::generate(options), QObject::tr("the demo caseload"),
        QStringLiteral("waymark-demo"));
    if (!summary)
        return summary;
    MetaRepository meta(database);
    if (Status s = meta.setValue(QString::fromLatin1(MetaRepository::Demo), QStringLiteral("1")); !s)
        return s.error();
    Result<QString> organisation = meta.value(QString::fromLatin1(MetaRepository::Organisation));
    if (organisation && organisation->isEmpty()) {
        if (Status s = meta.setValue(QString::fromLatin1(MetaRepository::Organisation),
                                     QObject::tr("Riverside Wellbeing Trust (demo)"));
            !s)
            return s.error();
    }
    return summary;
}

} // namespace waymark::DatabaseSetup
