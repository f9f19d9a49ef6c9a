#pragma once

namespace waymark {

// What a member of staff may see and do (issue 7). Each role has everything the one before it
// has: a key worker their own caseload and the team's referrals; a team leader the whole team,
// plan sign-off and the returns; an administrator also the staff, contracts, templates, the
// audit trail and deleted records.
enum class Role { KeyWorker, TeamLeader, Administrator };

} // namespace waymark
