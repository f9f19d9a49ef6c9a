#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/OutcomeRecord.h"
#include "core/domain/Result.h"
#include "core/domain/SupportPeriod.h"
#include "core/domain/WithdrawalReview.h"
#include "core/services/ServiceContext.h"

#include <QDate>
#include <QVector>

namespace waymark {

// What happens to a support period after it starts: a new key worker, an extension of the
// maximum duration, the withdrawal review the DNA rule asks for, the Outcomes Framework record,
// and closure (T 1.9-1.10, 5.4.1).
class SupportPeriodService {
public:
    explicit SupportPeriodService(ServiceContext context);

    Status changeKeyWorker(const QString& periodId, const QString& staffId);
    Status extend(const QString& periodId, const QDate& until, const QString& agreedWith,
                  const QString& reason);

    // Records the review; returns its id.
    Result<QString> recordWithdrawalReview(WithdrawalReview review);

    // Need identified and achieved per Outcomes Framework code; codes not given stay as stored.
    Status recordOutcomes(const QString& periodId, const QVector<OutcomeRecord>& outcomes);

    struct Closure {
        QDate endDate;
        QString endReason;
        std::optional<bool> plannedDeparture;
        QString exitAccommodation;
        bool stillVulnerable = false;
        QString onwardReferral;
        QVector<OutcomeRecord> outcomes;
    };
    Status close(const QString& periodId, const Closure& closure);

    const FieldProblems& problems() const { return m_problems; }

private:
    Result<SupportPeriod> openPeriod(const QString& periodId);
    Status write(const SupportPeriod& period, const QVector<OutcomeRecord>& outcomes = {});

    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
