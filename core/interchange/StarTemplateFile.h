#pragma once

#include "core/domain/Result.h"
#include "core/domain/StarTemplate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVector>

namespace waymark {

// Star templates as a file of their own, in the `star_templates` shape of spec/interchange.md
// (a Waymark interchange document holding only that list), so an organisation can load the star
// it is licensed to use, or pass its own to another team.
namespace StarTemplateFile {

// The templates of a document (one holding other lists too is fine: only star_templates is read).
// Every problem is reported with its JSON path; none is returned unless all are valid, including
// the checks of StarChecks (unique keys, stages covering the scale).
Result<QVector<StarTemplate>> fromJson(const QJsonObject& document);
Result<QVector<StarTemplate>> read(const QString& path);

QJsonObject toJson(const QVector<StarTemplate>& templates, const QDateTime& exportedAt);
Status write(const QString& path, const QVector<StarTemplate>& templates, const QDateTime& exportedAt);

} // namespace StarTemplateFile
} // namespace waymark
