#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/Referral.h"
#include "core/domain/Result.h"
#include "core/domain/ServiceUser.h"
#include "core/services/ServiceContext.h"

#include <QDate>

namespace waymark {

// Recording a referral, deciding on it, and the first contact (T 4, C 6.4). Every write checks
// the record first (RecordChecks) and refuses anything invalid, with each problem by field.
class ReferralService {
public:
    explicit ReferralService(ServiceContext context);

    // A referral for a person already known (person.id set) or a new one (person.id empty: the
    // person is recorded too). Returns the referral's id.
    Result<QString> record(const ServiceUser& person, Referral referral);

    struct Decision {
        QString decision; // pending, accepted, signposted, declined
        QString reason;   // the service signposted to, or why declined
        QString keyWorkerId;  // accepted
        QDate startDate;      // accepted
        std::optional<bool> accommodationBased;
    };
    // Records the triage decision; accepting opens a support period. Returns the new period's id
    // when one was opened.
    // Only a team leader (or administrator) decides: accepting allocates a key worker.
    Result<QString> decide(const QString& referralId, const Decision& decision);
    bool mayDecide() const;
    // Whose people a new referral may be for among those already known: a key worker's own
    // caseload (empty: everyone).
    QString caseloadScope() const;

    Status recordFirstContact(const QString& referralId, const QDateTime& at);

    // The problems found by the last call that failed on them (empty otherwise).
    const FieldProblems& problems() const { return m_problems; }

private:
    Error refused(FieldProblems problems);
    Result<Referral> stored(const QString& referralId) const;

    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
