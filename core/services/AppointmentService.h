#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/FieldProblem.h"
#include "core/domain/Result.h"
#include "core/services/ServiceContext.h"

namespace waymark {

// Booking and recording appointments. A booking that takes the period's week over the contract's
// weekly hours cap (T 5.1.2) needs a reason to go ahead; the reason is stored with it.
class AppointmentService {
public:
    explicit AppointmentService(ServiceContext context);

    // Whether saving `appointment` would go over the cap (so the form asks for a reason), and the
    // minutes its week would then hold.
    struct CapCheck {
        bool needsReason = false;
        int weekMinutes = 0;
        double capHours = 0; // 0 when the contract has no cap
    };
    Result<CapCheck> checkCap(const Appointment& appointment) const;

    // Books a new appointment (empty id) or changes one; returns its id. Refused with the field
    // `over_cap_reason` when over the cap without a reason.
    Result<QString> save(Appointment appointment);
    // Marks what happened: attended, dna, cancelled_by_person or cancelled_by_provider.
    Status setStatus(const QString& appointmentId, const QString& status);

    const FieldProblems& problems() const { return m_problems; }

private:
    ServiceContext m_context;
    FieldProblems m_problems;
};

} // namespace waymark
