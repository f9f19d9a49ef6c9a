#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace waymark {

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
// breaks every hash after it; `verify` finds the first one that no longer fits.
class AuditTrail {
public:
    explicit AuditTrail(Database& database);

    // Adds an entry (its seq and hash are worked out here). Call it inside the transaction of the
    // change it records, so that both are kept or neither.
    Status append(const AuditEntry& entry);
    // The same in a transaction of its own, for an access that changes nothing else (a print, an
    // export, a sign-in).
    Status record(const AuditEntry& entry);

    // The first entry whose hash does not fit, as "entry N: ..." in words; none when the whole
    // trail holds together.
    Result<std::optional<QString>> verify() const;
    // A person's own access log (views, prints and exports of their record, anonymisation),
    // oldest first; changes to their records are found with search().
    Result<QVector<AuditEntry>> forServiceUser(const QString& serviceUserId) const;
    Result<QVector<AuditEntry>> all() const;
    Result<QVector<AuditEntry>> search(const AuditQuery& query) const;

    static QString hashOf(const AuditEntry& entry, const QString& previousHash);

private:
    // The entries a query selects (its columns: Columns), oldest or newest first as it says.
    Result<QVector<AuditEntry>> read(const QString& sql, const QVariantList& binds) const;

    Database& m_database;
};

} // namespace waymark
