#pragma once

#include "core/storage/TableLayout.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace waymark {

// What an interchange field holds (spec/interchange.md).
enum class FieldKind {
    String,
    Date,      // "YYYY-MM-DD"
    DateTime,  // "YYYY-MM-DDTHH:MM:SSZ"
    Integer,
    Number,
    Boolean,
    Code,      // one code of a ReferenceCodes list
    Reference, // the id of a record of another list
    StringList,   // goals.tasks
    NeedMap,      // support_plans.needs
    ScoreMap,     // star_assessments.scores
    NoteMap,      // star_assessments.notes
    AreaList,     // star_templates.areas
    StageList,    // star_templates.stages
};

struct FieldSpec {
    QString key;
    FieldKind kind = FieldKind::String;
    bool required = false;
    QString codeList;  // FieldKind::Code
    QString refList;   // FieldKind::Reference: the list whose ids it names
    std::optional<double> min;
    std::optional<double> max;
    QString notBefore; // key of a date or date-time of the same record that this may not precede
    bool unique = false; // unique across the list and the database (contracts.code)
};

// One list of the interchange file and the table it is stored in (same name).
struct KindSpec {
    QString list;
    QVector<FieldSpec> fields;
    // Lists without an "id" key are identified by these fields (outcomes, attendance).
    QStringList naturalKey;

    bool hasId() const { return naturalKey.isEmpty(); }
    const FieldSpec* field(const QString& key) const;
    // The table and columns the records are stored in.
    TableLayout layout() const;
};

namespace InterchangeSchema {

inline constexpr int FormatVersion = 1;

// Every list, in the order they are imported (what is referred to comes first).
const QVector<KindSpec>& kinds();
const KindSpec* kind(const QString& list);

// The seven areas of need of a support plan, in order (support_plans.needs).
QStringList needKeys();

} // namespace InterchangeSchema
} // namespace waymark
