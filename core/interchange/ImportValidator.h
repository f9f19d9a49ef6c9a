#pragma once

#include "core/interchange/InterchangeSchema.h"
#include "core/storage/StoredRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>

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

    // Records per list, in import order. Empty when errors() is not.
    QVector<QVector<StoredRecord>> validate(const QJsonObject& document);
    const QStringList& errors() const { return m_errors; }

private:
    struct Pending {
        const KindSpec* kind = nullptr;
        int index = 0;
        QJsonObject object;
        StoredRecord record;
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
    void checkRoot(const QJsonObject& document);
    bool convertField(const FieldSpec& field, const QJsonValue& value, const FieldPath& path, Pending& pending);
    void convertAreas(const QJsonValue& value, const QString& path, Pending& pending);
    void convertStages(const QJsonValue& value, const QString& path, Pending& pending);
    void convertNeeds(const QJsonValue& value, const FieldPath& path, Pending& pending);
    void convertTasks(const QJsonValue& value, const FieldPath& path, Pending& pending);
    void checkReferences(const QVector<Pending>& all);
    void checkScores(QVector<Pending>& all, const QJsonObject& document);
    const QSet<QString>& existingIds(const QString& list);

    Existing m_existing;
    QStringList m_errors;
    // Each list's ids in the file, with the place each is first given.
    QHash<QString, QHash<QString, int>> m_fileIds;
    QHash<QString, QSet<QString>> m_databaseIds;
};

} // namespace waymark
