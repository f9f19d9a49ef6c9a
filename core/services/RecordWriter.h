#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace waymark {

class Clock;
class Database;

// The one way services write: whole records of an interchange list, each write logged with who
// made it and when, a group of writes in one transaction.
class RecordWriter {
public:
    RecordWriter(Database& database, const Clock& clock, QString actor);

    // Inserts or updates record `id` of `list` with the given column values.
    Status save(const QString& list, const QString& id, const QVariantMap& values);
    // A record with rows of its own (a goal and its tasks), one list of rows per child table of
    // the list, each row with its "id". Rows no longer given are tombstoned.
    Status saveWithRows(const QString& list, const QString& id, const QVariantMap& values,
                        const QVector<QVector<QVariantMap>>& rows);
    // Tombstones record `id` of `list`.
    Status remove(const QString& list, const QString& id);
    // Takes record `id` of `list` out of its tombstone.
    Status restore(const QString& list, const QString& id);
    // Runs `work` in one transaction: everything or nothing is written.
    Status inTransaction(const std::function<Status()>& work);

    const QString& actor() const { return m_actor; }
    QDateTime now() const;
    static QString newId();

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_actor;
};

} // namespace waymark
