#include "core/services/RecordWriter.h"

#include "core/domain/Clock.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

#include <QUuid>

namespace waymark {

RecordWriter::RecordWriter(Database& database, const Clock& clock, QString actor)
    : m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

QDateTime RecordWriter::now() const
{
    return m_clock.now();
}

QString RecordWriter::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status RecordWriter::save(const QString& list, const QString& id, const QVariantMap& values)
{
    const KindSpec* kind = InterchangeSchema::kind(list);
    if (!kind)
        return Error{QObject::tr("Waymark has no list called %1.").arg(list), {}};
    TableLayout layout = kind->layout();
    // Columns the app keeps beyond the interchange keys (a note's correction link) are written
    // too; the importer, which knows only the interchange keys, leaves them as they are.
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (!layout.columns.contains(it.key()))
            layout.columns << it.key();
    // A record with rows of its own (a goal's tasks, a star's scores) is written with them, or
    // saving it would tombstone them: those lists have their own writer.
    if (!layout.children.isEmpty())
        return Error{QObject::tr("%1 records are written with their rows, not here.").arg(list), {}};
    StoredRecord record;
    record.id = id;
    record.values = values;
    RecordStore store(m_database);
    Result<RecordStore::Change> saved = store.save(layout, record, m_actor, m_clock.now());
    if (!saved)
        return saved.error();
    return {};
}

Status RecordWriter::saveWithRows(const QString& list, const QString& id, const QVariantMap& values,
                                  const QVector<QVector<QVariantMap>>& rows)
{
    const KindSpec* kind = InterchangeSchema::kind(list);
    if (!kind)
        return Error{QObject::tr("Waymark has no list called %1.").arg(list), {}};
    StoredRecord record;
    record.id = id;
    record.values = values;
    record.children = rows;
    RecordStore store(m_database);
    Result<RecordStore::Change> saved = store.save(kind->layout(), record, m_actor, m_clock.now());
    if (!saved)
        return saved.error();
    return {};
}

Status RecordWriter::remove(const QString& list, const QString& id)
{
    RecordStore store(m_database);
    Result<RecordStore::Change> removed = store.remove(list, id, m_actor, m_clock.now());
    if (!removed)
        return removed.error();
    return {};
}

Status RecordWriter::restore(const QString& list, const QString& id)
{
    RecordStore store(m_database);
    Result<RecordStore::Change> restored = store.restore(list, id, m_actor, m_clock.now());
    if (!restored)
        return restored.error();
    return {};
}

Status RecordWriter::inTransaction(const std::function<Status()>& work)
{
    return m_database.inTransaction(work);
}

} // namespace waymark
