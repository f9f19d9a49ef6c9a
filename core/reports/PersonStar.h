#pragma once

#include "core/domain/Result.h"
#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"

#include <QVector>

#include <optional>

namespace waymark {

class Database;

// The Outcome Star a person's record shows and prints: one support period (the open one, else
// the latest one scored) and one star (the open period's contract's star, else the star that
// period was last scored with), with that period's assessments made with it, earliest first.
// One rule, so that the screen and the paper always show the same star.
struct PersonStar {
    QString supportPeriodId;
    StarTemplate star;
    QVector<StarAssessment> assessments;

    // None when the person has no open period with a star and no assessment at all.
    static Result<std::optional<PersonStar>> load(Database& database, const QString& serviceUserId);
};

} // namespace waymark
