#pragma once

#include "tests/support/InterchangeFixture.h"

#include <QJsonArray>

namespace waymark::test {

// The small caseload with a team: key worker Jo Marsh (kw-1) holds Alexandra's support (su-1),
// key worker Sam Price (kw-2) holds Bartholomew's (su-2), and Pat Okafor (tl-1) leads the team.
inline QJsonObject teamCaseload()
{
    QJsonObject d = smallCaseload();
    QJsonArray staff = d.value(QStringLiteral("staff")).toArray();
    staff.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("kw-2")},
                             {QStringLiteral("name"), QStringLiteral("Sam Price")},
                             {QStringLiteral("role"), QStringLiteral("key_worker")},
                             {QStringLiteral("active"), true}});
    staff.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("tl-1")},
                             {QStringLiteral("name"), QStringLiteral("Pat Okafor")},
                             {QStringLiteral("role"), QStringLiteral("team_leader")},
                             {QStringLiteral("active"), true}});
    d.insert(QStringLiteral("staff"), staff);
    setAt(d, QStringLiteral("support_periods[1].key_worker_id"), QStringLiteral("kw-2"));
    return d;
}

} // namespace waymark::test
