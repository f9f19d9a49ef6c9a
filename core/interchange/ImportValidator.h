#pragma once

#include "core/interchange/InterchangeSchema.h"
#include "core/interchange/InterchangeSource.h"
#include "core/storage/ColumnRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace waymark {

// Checks a whole interchange document and turns it into stored records. It never stops at the
// first problem: every error is collected as "path: reason" (`appointments[12].duration_minutes:
// must be 1 to 720`), so that a user can fix a file in one go.
class ImportValidator {
public:
    struct TemplateInfo {
        int scaleMin = 1;
        int scaleMax = 10;
        QSet<QString> areaKeys;
    };

    // What is already in the database, asked for only when a check needs it.
    struct Existing {
        std::function<QSet<QString>(const QString& list)> liveIds;
        std::function<QHash<QString, QString>(const QString& list, const QString& column)>
            uniqueOwners;
        std::function<QHash<QString, TemplateInfo>()> templates;
    };

    explicit ImportValidator(Existing existing);

    // The first reading of a file: the root is checked, and the ids of every list a record may
    // name noted with where each is first given, so that what a record refers to can be checked
    // as it is read, whatever the order of the lists in the file (another list's repeated ids are
    // found by check(), as its records are read). `eachItem` sees each record given as an object, as the
    // fields named in `members` (in that order), for what else the caller needs to know before
    // the records are read one by one. A source that can (InterchangeSource::readsListsAtOnce)
    // has two lists read at once, on two threads: `eachItem` is then called from both at once,
    // each with the records of its own list, in order.
    using ItemFields = InterchangeSource::ItemFields;
    void survey(const InterchangeSource& source,
                const std::function<void(const KindSpec& kind, const ItemFields& item)>& eachItem = {},
                const QStringList& members = {});
    // The records of one list, each converted and checked whole (its fields, what it refers to,
    // its scores against its template, a repeated id or unique value) and handed to `accept`
    // when nothing is wrong with it, in the order of the kind's layout (KindSpec::layout()).
    // After survey(), a list at a time in import order.
    void check(const InterchangeSource& source, const KindSpec& kind,
               const std::function<void(ColumnRecord&& record)>& accept);
    // Every problem found so far, in the order found.
    const QStringList& errors() const { return m_errors; }

private:
    // Where each column of a kind's layout is in a ColumnRecord, by name: the record's own, and
    // each child table's (after the child row's id).
    struct Columns {
        QHash<QString, int> own;
        QVector<QHash<QString, int>> children;
        explicit Columns(const TableLayout& layout);
    };
    struct Pending {
        const KindSpec* kind = nullptr;
        const Columns* columns = nullptr;
        int index = 0;
        ColumnRecord record;
        // The value of the record's column `key`; null when it has none.
        QVariant value(const QString& key) const;
        void set(const QString& key, QVariant value);
        // A new row of child table `list`, its id given and every other column null.
        QVector<QVariant> childRow(qsizetype list, const QString& id) const;
        void setChild(QVector<QVariant>& row, qsizetype list, const QString& key, QVariant value) const;
    };

    // Where a field is in the file, written out ("appointments[12].duration_minutes") only
    // when it has a problem to report: most fields of most files have none.
    struct FieldPath {
        const QString& list;
        int index;
        const QString& key;
        QString text() const;
    };

    void error(const QString& path, const QString& reason);
    void checkRoot(const InterchangeSource& source);
    // `column` is the field's place in the record's columns (-1: not a column of its own).
    bool convertField(const FieldSpec& field, int column, const QJsonValue& value, const FieldPath& path,
                      Pending& pending);
    void convertAreas(const QJsonValue& value, const QString& path, Pending& pending);
    void convertStages(const QJsonValue& value, const QString& path, Pending& pending);
    void convertNeeds(const QJsonValue& value, const FieldPath& path, Pending& pending);
    void convertTasks(const QJsonValue& value, const FieldPath& path, Pending& pending);
    void checkReferences(const Pending& pending);
    void changedWhileRead(const QString& list);
    // A star's scores and notes, as rows, checked against its template.
    void convertScores(const QJsonValue& scores, const QJsonValue& notes, Pending& pending);
    // The star templates of the database and those of the file so far.
    const QHash<QString, TemplateInfo>& templates();
    void noteTemplate(const Pending& pending);
    const QSet<QString>& existingIds(const QString& list);

    Existing m_existing;
    QStringList m_errors;
    // The ids in the file of each list a record may name, with the place each is first given
    // (survey()).
    QHash<QString, QHash<QString, int>> m_fileIds;
    QHash<QString, int> m_itemCounts; // each list's items at the first reading
    QHash<QString, QSet<QString>> m_databaseIds;
    std::optional<QHash<QString, TemplateInfo>> m_templates;
};

} // namespace waymark
