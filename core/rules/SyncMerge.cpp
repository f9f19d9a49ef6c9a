#include "core/rules/SyncMerge.h"

#include "core/domain/LocalTime.h"
#include "core/domain/StoredValue.h"

namespace waymark {

namespace {

const QString Deleted = QStringLiteral("deleted");

bool isDeletion(const QVariant& v)
{
    return StoredValue::normalised(v).toLongLong() != 0;
}

SyncConflict conflictOf(const SyncChange& mine, const QString& field, const QVariant& mineValue, const QVariant& theirs,
                        qint64 theirsSeq, const QDateTime& theirsAt, const QString& theirsBy)
{
    SyncConflict c;
    c.table = mine.table;
    c.recordId = mine.recordId;
    c.person = mine.person;
    c.field = field;
    c.mine = StoredValue::normalised(mineValue);
    c.mineAt = mine.changedAt;
    c.mineBy = mine.changedBy;
    c.theirs = StoredValue::normalised(theirs);
    c.theirsSeq = theirsSeq;
    c.theirsAt = theirsAt;
    c.theirsBy = theirsBy;
    return c;
}

} // namespace

SyncMerge::Outcome SyncMerge::merge(const SyncChange& mine, const QVector<SyncChange>& theirs,
                                    const std::optional<QVariantMap>& current)
{
    // The last change elsewhere to each field, and to anything but the tombstone.
    struct Latest {
        QVariant value;
        const SyncChange* change = nullptr;
    };
    QHash<QString, Latest> latest;
    const SyncChange* lastEdit = nullptr;
    for (const SyncChange& change : theirs) {
        for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
            latest.insert(it.key(), Latest{it.value(), &change});
            if (it.key() != Deleted)
                lastEdit = &change;
        }
    }

    Outcome outcome;
    const auto theirDeletion = latest.constFind(Deleted);
    const bool deletedThere = theirDeletion != latest.constEnd() && isDeletion(theirDeletion->value);
    const bool deletes = mine.fields.contains(Deleted) && isDeletion(mine.fields.value(Deleted));
    if (deletes && deletedThere)
        return outcome; // deleted there too, edited or not before: nothing to write or choose
    if (deletes && lastEdit) {
        outcome.conflicts << conflictOf(mine, Deleted, qlonglong(1), qlonglong(0), lastEdit->seq, lastEdit->changedAt,
                                        lastEdit->changedBy);
        return outcome;
    }

    for (auto it = mine.fields.constBegin(); it != mine.fields.constEnd(); ++it) {
        const auto their = latest.constFind(it.key());
        if (their != latest.constEnd()) {
            if (!StoredValue::same(their->value, it.value()))
                outcome.conflicts << conflictOf(mine, it.key(), it.value(), their->value, their->change->seq,
                                                their->change->changedAt, their->change->changedBy);
            // The same value both sides: nothing to write, nothing to choose.
            continue;
        }
        if (mine.baseSeq == BeforeJoining && current && current->contains(it.key()) &&
            StoredValue::same(current->value(it.key()), it.value()))
            continue; // the server has it already: nothing changed, nothing to send on
        if (mine.baseSeq == BeforeJoining && current && current->contains(it.key()) &&
            !StoredValue::same(current->value(it.key()), it.value())) {
            outcome.conflicts << conflictOf(
                mine, it.key(), it.value(), current->value(it.key()), 0,
                LocalTime::parseIsoDateTimeUtc(current->value(QStringLiteral("updated_at")).toString()),
                current->value(QStringLiteral("updated_by")).toString());
            continue;
        }
        outcome.written.insert(it.key(), it.value());
    }

    // Edited here, deleted there: what the edit wrote is kept on the tombstoned record, and the
    // deletion is put to a person (restore it, or leave it deleted), even when every field the
    // edit set met a conflict of its own: whoever made it was working on a record they did not
    // know had gone.
    if (deletedThere && !mine.fields.contains(Deleted))
        outcome.conflicts << conflictOf(mine, Deleted, qlonglong(0), qlonglong(1), theirDeletion->change->seq,
                                        theirDeletion->change->changedAt, theirDeletion->change->changedBy);
    return outcome;
}

} // namespace waymark
