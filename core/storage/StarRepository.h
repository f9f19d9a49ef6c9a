#pragma once

#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/storage/Repository.h"

#include <QSet>

#include <optional>

namespace waymark {

class StarRepository : public Repository {
public:
    using Repository::Repository;

    Result<std::optional<StarTemplate>> findTemplate(const QString& id) const;
    // A person's star assessments, the earliest first.
    Result<QVector<StarAssessment>> forServiceUser(const QString& serviceUserId) const;
    // The area keys that assessments made with a template score.
    Result<QStringList> scoredAreaKeys(const QString& templateId) const;
    // Every template, by name.
    Result<QVector<StarTemplate>> templates() const;
    // Every live assessment of a live period, without its scores: when each was made.
    // With `openOn`, only those of the periods open that day.
    Result<QVector<StarAssessment>> assessmentDates(const QString& keyWorkerId = {},
                                                    const std::optional<QDate>& openOn = std::nullopt) const;

    // The assessments made on or before `upTo` in the periods `periodIds` (a return's, read
    // already), the earliest first, without their scores: readScores() adds those wanted.
    Result<QVector<StarAssessment>> forPeriods(QStringList periodIds, const QDate& upTo) const;
    // Reads the scores of those of `assessments` whose ids are in `ids` (not their notes, which
    // no return or report reads).
    Status readScores(QVector<StarAssessment>& assessments, const QSet<QString>& ids) const;
};

} // namespace waymark
