#pragma once

#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/storage/Repository.h"

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

    // Assessments on or before `to` of the contract's periods in [from, to], with their scores
    // (not their notes, which no return or report reads).
    Result<QVector<StarAssessment>> forReturn(const QString& contractId, const QDate& from, const QDate& to) const;

private:
    // Assessments with their scores and notes, of the periods matching `periodCondition` (SQL
    // over support_periods p with one bound value).
    enum class Notes { With, Without };
    Result<QVector<StarAssessment>> withScores(const QString& periodCondition, const QVariantList& binds,
                                               Notes notes) const;
};

} // namespace waymark
