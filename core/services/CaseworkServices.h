#pragma once

#include "core/services/AccessService.h"
#include "core/services/AppointmentService.h"
#include "core/services/ComplaintsProcedureService.h"
#include "core/services/ConcernService.h"
#include "core/services/DeletedRecordService.h"
#include "core/services/NoteService.h"
#include "core/services/ReferralService.h"
#include "core/services/RetentionService.h"
#include "core/services/RiskService.h"
#include "core/services/ServiceContext.h"
#include "core/services/ServiceUserService.h"
#include "core/services/SessionService.h"
#include "core/services/StaffService.h"
#include "core/services/StarService.h"
#include "core/services/SupportPeriodService.h"
#include "core/services/SupportPlanService.h"

namespace waymark {

// Every service a screen may change casework through, over one context: made once by the window
// and handed to the forms.
struct CaseworkServices {
    explicit CaseworkServices(const ServiceContext& context)
        : access(context)
        , referrals(context)
        , people(context)
        , periods(context)
        , notes(context)
        , appointments(context)
        , concerns(context)
        , plans(context)
        , risks(context)
        , sessions(context)
        , stars(context)
        , staff(context)
        , retention(context)
        , deletedRecords(context)
        , complaints(context)
    {
    }

    AccessService access;
    ReferralService referrals;
    ServiceUserService people;
    SupportPeriodService periods;
    NoteService notes;
    AppointmentService appointments;
    ConcernService concerns;
    SupportPlanService plans;
    RiskService risks;
    SessionService sessions;
    StarService stars;
    StaffService staff;
    RetentionService retention;
    DeletedRecordService deletedRecords;
    ComplaintsProcedureService complaints;
};

} // namespace waymark
