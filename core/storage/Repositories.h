#pragma once

#include "core/storage/AppointmentRepository.h"
#include "core/storage/CaseloadRepository.h"
#include "core/storage/CaseworkRepository.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/HistoryRepository.h"
#include "core/storage/HospitalStayRepository.h"
#include "core/storage/MetaRepository.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/ReferralRepository.h"
#include "core/storage/RiskRepository.h"
#include "core/storage/ServiceUserRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/StaffRepository.h"
#include "core/storage/StarRepository.h"
#include "core/storage/SupportPeriodRepository.h"
#include "core/storage/SupportPlanRepository.h"
#include "core/storage/WithdrawalReviewRepository.h"

namespace waymark {

// Every repository over one database, made once by the app and handed to the screens.
struct Repositories {
    explicit Repositories(Database& db)
        : database(db)
        , meta(db)
        , caseload(db)
        , contracts(db)
        , staff(db)
        , serviceUsers(db)
        , referrals(db)
        , supportPeriods(db)
        , appointments(db)
        , hospitalStays(db)
        , stars(db)
        , supportPlans(db)
        , notes(db)
        , withdrawalReviews(db)
        , history(db)
        , concerns(db)
        , casework(db)
        , risks(db)
        , sessions(db)
    {
    }

    Database& database;
    MetaRepository meta;
    CaseloadRepository caseload;
    ContractRepository contracts;
    StaffRepository staff;
    ServiceUserRepository serviceUsers;
    ReferralRepository referrals;
    SupportPeriodRepository supportPeriods;
    AppointmentRepository appointments;
    HospitalStayRepository hospitalStays;
    StarRepository stars;
    SupportPlanRepository supportPlans;
    NoteRepository notes;
    WithdrawalReviewRepository withdrawalReviews;
    HistoryRepository history;
    ConcernRepository concerns;
    CaseworkRepository casework;
    RiskRepository risks;
    SessionRepository sessions;
};

} // namespace waymark
