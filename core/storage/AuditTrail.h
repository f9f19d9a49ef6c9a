#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <QSqlQuery>

#include <memory>
#include <optional>

namespace waymark {

class BufferedInsert;
class Database;

// One entry of the audit trail.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at; // UTC
    QString actor;
    QString action; // created, changed, deleted, viewed, printed, exported, backed_up, signed_in, ...
    QString table;
    QString recordId;
    QString serviceUserId;
    QString field;
    QString before;
    QString after;
    QString detail;
    // The values (before, after, detail) were erased when the person was anonymised; what was
    // done, by whom and when stays.
    bool valuesErased = false;
};

// What the administrator's audit screen asks for: newest first, `limit` at a time, before entry
// `beforeSeq` (0: from the newest); empty fields match everything.
struct AuditQuery {
    QString actor;         // exactly, ignoring case
    QString serviceUserId; // exactly
    QString text;          // anywhere in the action, record, field, before, after or detail
    int limit = 500;
    qint64 beforeSeq = 0;
};

// The append-only, hash-chained record of every access (x_audit_trail). Each entry's SHA-256
// covers its own fields and the hash of the entry before, so changing or removing any entry
// breaks every hash after it; `verify` finds the first one that no longer fits. The values an
// entry holds about a person (before, after, detail) enter the hash as salted digests, so that
// anonymising the person can erase them (with their salt) and leave the chain whole.
class AuditTrail {
public:
    explicit AuditTrail(Database& database);
    ~AuditTrail();

    // Adds an entry (its seq and hash are worked out here). Call it inside the transaction of the
    // change it records, so that both are kept or neither.
    Status append(const AuditEntry& entry);
    // The action of the entry that says a laptop's copy of a person left it, their values erased.
    static constexpr const char* RemovedFromLaptop = "removed_from_laptop";
    // The same in a transaction of its own, for an access that changes nothing else (a print, an
    // export, a sign-in).
    Status record(const AuditEntry& entry);

    // For many entries in one transaction (a batch pushed to the team server): the trail is held
    // and its last entry read once, and each append after it follows on in memory. Only for the
    // life of this object and inside one transaction, which must not add entries by any other
    // AuditTrail meanwhile.
    Status holdForBatch();
    // Held, appends are written many to a statement: flush() before the transaction commits.
    Status flush();
    // Held, an entry sealed as append() would seal it, following on from the last, as the row to
    // insert into table() (its values in columns()' order) by something else: an import's
    // thread that writes many rows at once (BulkRecordWriter::writeRows), with none of them
    // appended meanwhile. The entries after it follow on from it.
    Result<QVariantList> seal(const AuditEntry& entry);
    static QString table();
    static QStringList columns();

    // The first entry whose hash does not fit, as "entry N: ..." in words; none when the whole
    // trail holds together.
    Result<std::optional<QString>> verify() const;
    // A person's own access log (views, prints and exports of their record, anonymisation),
    // oldest first; changes to their records are found with search().
    Result<QVector<AuditEntry>> forServiceUser(const QString& serviceUserId) const;
    Result<QVector<AuditEntry>> all() const;
    Result<QVector<AuditEntry>> search(const AuditQuery& query) const;

    // Erases the values of every entry about the person (their record, or a record that hangs
    // from it), leaving what was done, by whom and when. Call it inside the anonymisation's
    // transaction. Returns how many entries lost their values.
    Result<int> eraseValuesOf(const QString& serviceUserId);

    // Schema 6: entries written before it (format 1, their values in the hash) are sealed again
    // in the digest form, from the first entry on, once their old chain is found whole; a chain
    // already broken is left as it is, for `verify` to report. Run by the migration, inside its
    // transaction.
    Status sealWithDigests();

    // The hash of a format 2 entry, over its fields, the digests of its values and the hash
    // before it.
    static QString hashOf(const AuditEntry& entry, const QString& salt, const QString& previousHash);
    static QString digestOf(const QString& value, const QString& salt);

private:
    // The row of an entry following on from the last (m_lastSeq, m_lastHash), its hash included.
    QVariantList sealedRow(const AuditEntry& entry) const;
    // The entries a query selects (its columns: Columns), oldest or newest first as it says.
    Result<QVector<AuditEntry>> read(const QString& sql, const QVariantList& binds) const;

    Database& m_database;
    // Set by holdForBatch: the last entry's seq and hash, and the insert, prepared once.
    bool m_held = false;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<BufferedInsert> m_buffer;
};

} // namespace waymark
