#include "core/domain/ReferenceCodes.h"

#include <QHash>
#include <QtGlobal>

namespace waymark::ReferenceCodes {

namespace {

// Labels are marked for translation under the context "waymark::ReferenceCodes".
#define L(text) QStringLiteral(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", text))

CodeList make(const char* name, QVector<Code> codes)
{
    return CodeList(QString::fromLatin1(name), std::move(codes));
}

QHash<QString, CodeList> buildLists()
{
    QVector<CodeList> lists;
    lists << make(ReferralSource, {
                 {u"care_trust"_qs, L("Care trust")},
                 {u"citizens_advice"_qs, L("Citizens Advice")},
                 {u"health"_qs, L("Health")},
                 {u"housing"_qs, L("Housing department")},
                 {u"self"_qs, L("Self-referral")},
                 {u"social_services"_qs, L("Social services")},
                 {u"probation"_qs, L("Probation")},
                 {u"other"_qs, L("Other agency")},
                 {u"cmht"_qs, L("Camden mental health team (CMHT)")},
                 {u"gp"_qs, L("GP")},
                 {u"housing_worker"_qs, L("Housing worker")},
                 {u"voluntary_sector"_qs, L("Voluntary sector organisation")},
                 {u"other_health_professional"_qs, L("Other health professional")},
             });
    lists << make(ReferralDecision, {
                 {u"pending"_qs, L("Pending")},
                 {u"accepted"_qs, L("Accepted")},
                 {u"signposted"_qs, L("Signposted")},
                 {u"declined"_qs, L("Declined")},
             });
    lists << make(EndReason, {
                 {u"completed"_qs, L("Support period completed")},
                 {u"disengaged"_qs, L("Unwilling to engage / failed to meet three times")},
                 {u"risk_to_staff"_qs, L("Risk to staff unmanageable")},
                 {u"different_service"_qs, L("Review found a different service needed")},
                 {u"no_further_service"_qs, L("Review found no further service needed")},
                 {u"moved_away"_qs, L("Moved out of area")},
                 {u"died"_qs, L("Died")},
                 {u"other"_qs, L("Other")},
             });
    lists << make(Accommodation, {
                 {u"owner_occupier"_qs, L("Owner occupier"), true},
                 {u"private_rented"_qs, L("Private rented"), true},
                 {u"council_tenancy"_qs, L("Council tenancy"), true},
                 {u"housing_association"_qs, L("Housing association tenancy"), true},
                 {u"sheltered_housing"_qs, L("Sheltered housing"), true},
                 {u"supported_long_term"_qs, L("Supported housing (long term)"), true},
                 {u"family_or_friends_long_term"_qs, L("With family or friends (long term)"), true},
                 {u"mobile_home"_qs, L("Mobile home"), true},
                 {u"supported_short_term"_qs, L("Supported housing (short term)"), false},
                 {u"temporary_accommodation"_qs, L("Temporary accommodation"), false},
                 {u"bed_and_breakfast"_qs, L("Bed and breakfast"), false},
                 {u"direct_access_hostel"_qs, L("Direct access hostel"), false},
                 {u"sofa_surfing"_qs, L("Sofa surfing"), false},
                 {u"rough_sleeping"_qs, L("Rough sleeping"), false},
                 {u"residential_care"_qs, L("Residential care"), false},
                 {u"nursing_home"_qs, L("Nursing home"), false},
                 {u"psychiatric_hospital"_qs, L("Psychiatric hospital"), false},
                 {u"general_hospital"_qs, L("General hospital"), false},
                 {u"custody"_qs, L("Custody"), false},
                 {u"unknown"_qs, L("Not known"), false},
             });
    lists << make(Gender, {
                 {u"female"_qs, L("Female")},
                 {u"male"_qs, L("Male")},
                 {u"non_binary"_qs, L("Non-binary")},
                 {u"other"_qs, L("Other")},
                 {u"prefer_not_to_say"_qs, L("Prefer not to say")},
             });
    lists << make(Ethnicity, {
                 {u"white_british"_qs, L("White: English, Welsh, Scottish, Northern Irish or British")},
                 {u"white_irish"_qs, L("White: Irish")},
                 {u"white_gypsy_traveller"_qs, L("White: Gypsy or Irish Traveller")},
                 {u"white_roma"_qs, L("White: Roma")},
                 {u"white_other"_qs, L("White: any other White background")},
                 {u"mixed_white_black_caribbean"_qs, L("Mixed: White and Black Caribbean")},
                 {u"mixed_white_black_african"_qs, L("Mixed: White and Black African")},
                 {u"mixed_white_asian"_qs, L("Mixed: White and Asian")},
                 {u"mixed_other"_qs, L("Mixed: any other Mixed or multiple ethnic background")},
                 {u"indian"_qs, L("Asian: Indian")},
                 {u"pakistani"_qs, L("Asian: Pakistani")},
                 {u"bangladeshi"_qs, L("Asian: Bangladeshi")},
                 {u"chinese"_qs, L("Asian: Chinese")},
                 {u"asian_other"_qs, L("Asian: any other Asian background")},
                 {u"black_african"_qs, L("Black: African")},
                 {u"black_caribbean"_qs, L("Black: Caribbean")},
                 {u"black_other"_qs, L("Black: any other Black, Black British or Caribbean background")},
                 {u"arab"_qs, L("Other ethnic group: Arab")},
                 {u"other_ethnic_group"_qs, L("Other ethnic group: any other ethnic group")},
                 {u"prefer_not_to_say"_qs, L("Prefer not to say")},
             });
    lists << make(Religion, {
                 {u"no_religion"_qs, L("No religion")},
                 {u"christian"_qs, L("Christian")},
                 {u"buddhist"_qs, L("Buddhist")},
                 {u"hindu"_qs, L("Hindu")},
                 {u"jewish"_qs, L("Jewish")},
                 {u"muslim"_qs, L("Muslim")},
                 {u"sikh"_qs, L("Sikh")},
                 {u"other_religion"_qs, L("Any other religion")},
                 {u"prefer_not_to_say"_qs, L("Prefer not to say")},
             });
    lists << make(SexualOrientation, {
                 {u"heterosexual"_qs, L("Heterosexual or straight")},
                 {u"gay_or_lesbian"_qs, L("Gay or lesbian")},
                 {u"bisexual"_qs, L("Bisexual")},
                 {u"other"_qs, L("Other sexual orientation")},
                 {u"prefer_not_to_say"_qs, L("Prefer not to say")},
             });
    lists << make(Disability, {
                 {u"yes"_qs, L("Yes")},
                 {u"no"_qs, L("No")},
                 {u"prefer_not_to_say"_qs, L("Prefer not to say")},
             });
    lists << make(GpRegistered, {
                 {u"yes"_qs, L("Registered")},
                 {u"no"_qs, L("Not registered")},
                 {u"unknown"_qs, L("Not known")},
             });
    lists << make(Cpa, {
                 {u"enhanced"_qs, L("Enhanced CPA")},
                 {u"standard"_qs, L("Standard CPA")},
                 {u"none"_qs, L("Not on CPA")},
                 {u"unknown"_qs, L("Not known")},
             });
    lists << make(StaffRole, {
                 {u"key_worker"_qs, L("Key worker")},
                 {u"team_leader"_qs, L("Team leader")},
                 {u"admin"_qs, L("Administrator")},
             });
    lists << make(AppointmentKind, {
                 {u"home_visit"_qs, L("Home visit")},
                 {u"drop_in"_qs, L("Drop-in surgery")},
                 {u"phone"_qs, L("Phone call")},
                 {u"video"_qs, L("Video call")},
                 {u"office"_qs, L("Office")},
                 {u"outreach"_qs, L("Outreach")},
             });
    lists << make(AppointmentStatus, {
                 {u"planned"_qs, L("Planned")},
                 {u"attended"_qs, L("Attended")},
                 {u"dna"_qs, L("Did not attend (DNA)")},
                 {u"cancelled_by_person"_qs, L("Cancelled by the person")},
                 {u"cancelled_by_provider"_qs, L("Cancelled by us")},
             });
    lists << make(HospitalStayKind, {
                 {u"mental_health"_qs, L("Mental health")},
                 {u"physical"_qs, L("Physical health")},
             });
    lists << make(CompletedBy, {
                 {u"person"_qs, L("The person")},
                 {u"worker"_qs, L("The worker")},
                 {u"together"_qs, L("Together")},
             });
    lists << make(OutcomeCode, {
                 {u"1a"_qs, L("1a Maximise income")},
                 {u"1b"_qs, L("1b Reduce debt")},
                 {u"1c"_qs, L("1c Obtain paid work")},
                 {u"2a"_qs, L("2a Participate in training or education")},
                 {u"2b"_qs, L("2b Leisure, cultural, faith or informal learning")},
                 {u"2c"_qs, L("2c Work-like activities")},
                 {u"2d"_qs, L("2d Contact with external services, groups, friends or family")},
                 {u"3a"_qs, L("3a Physical health")},
                 {u"3b"_qs, L("3b Mental health")},
                 {u"3c"_qs, L("3c Substance misuse")},
                 {u"3d"_qs, L("3d Assistive technology")},
                 {u"4a"_qs, L("4a Maintain or obtain settled accommodation")},
                 {u"4b"_qs, L("4b Comply with statutory orders")},
                 {u"4c"_qs, L("4c Manage self-harm")},
                 {u"4d"_qs, L("4d Avoid causing harm to others")},
                 {u"4e"_qs, L("4e Minimise harm from others")},
                 {u"5a"_qs, L("5a Greater choice, control and involvement")},
             });
    lists << make(GoalStatus, {
                 {u"open"_qs, L("Open")},
                 {u"achieved"_qs, L("Achieved")},
                 {u"partly_achieved"_qs, L("Partly achieved")},
                 {u"not_achieved"_qs, L("Not achieved")},
                 {u"withdrawn"_qs, L("Withdrawn")},
             });
    lists << make(SessionKind, {
                 {u"structured"_qs, L("Structured session")},
                 {u"peer_led"_qs, L("Peer-led / service-user-led session")},
                 {u"drop_in"_qs, L("Drop-in surgery")},
                 {u"social_club"_qs, L("Social club")},
                 {u"befriending"_qs, L("Befriending")},
                 {u"education_training"_qs, L("Education or training opportunity")},
                 {u"therapeutic"_qs, L("Therapeutic intervention")},
                 {u"mainstream_access"_qs, L("Mainstream access")},
             });
    lists << make(LedBy, {
                 {u"staff"_qs, L("Staff")},
                 {u"peer"_qs, L("Peer")},
                 {u"volunteer"_qs, L("Volunteer")},
             });
    lists << make(WithdrawalDecision, {
                 {u"continue"_qs, L("Continue support")},
                 {u"withdraw"_qs, L("Withdraw support")},
             });
    lists << make(IncidentKind, {
                 {u"serious_untoward_incident"_qs, L("Serious untoward incident")},
                 {u"safeguarding"_qs, L("Safeguarding concern")},
                 {u"other"_qs, L("Other")},
             });
    lists << make(KpiSet, {
                 {u"thurrock-floating-support"_qs, L("Thurrock floating support (Appendix 1)")},
                 {u"camden-day-services"_qs, L("Camden day services (14.3)")},
             });
    lists << make(NeedArea, {
                 {u"ethnicity"_qs, L("Ethnicity")},
                 {u"religion"_qs, L("Religion")},
                 {u"culture"_qs, L("Culture")},
                 {u"gender"_qs, L("Gender")},
                 {u"sexuality"_qs, L("Sexuality")},
                 {u"disability"_qs, L("Disability")},
                 {u"age"_qs, L("Age")},
             });
    lists << make(RiskTowards, {
                 {u"person"_qs, L("Risk to the person")},
                 {u"others"_qs, L("Risk to others")},
                 {u"staff"_qs, L("Risk to staff")},
             });
    lists << make(RiskLevel, {
                 {u"low"_qs, L("Low")},
                 {u"medium"_qs, L("Medium")},
                 {u"high"_qs, L("High")},
             });

    QHash<QString, CodeList> byName;
    for (CodeList& l : lists)
        byName.insert(l.name(), std::move(l));
    return byName;
}

const QHash<QString, CodeList>& allLists()
{
    static const QHash<QString, CodeList> lists = buildLists();
    return lists;
}

} // namespace

QStringList listNames()
{
    QStringList names = allLists().keys();
    names.sort();
    return names;
}

const CodeList& list(const QString& name)
{
    static const CodeList empty;
    auto it = allLists().constFind(name);
    return it == allLists().constEnd() ? empty : *it;
}

QStringList referralSourcesFor(const QString& kpiSet)
{
    if (kpiSet == u"camden-day-services")
        return {u"cmht"_qs, u"self"_qs, u"gp"_qs, u"housing_worker"_qs, u"voluntary_sector"_qs,
                u"other_health_professional"_qs};
    return {u"care_trust"_qs, u"citizens_advice"_qs, u"health"_qs, u"housing"_qs, u"self"_qs,
            u"social_services"_qs, u"probation"_qs, u"other"_qs};
}

QStringList supportTasks()
{
    // Thurrock specification, Appendix 2 (the commissioner's own task list).
    return {
        QStringLiteral("Access to local community organisations"),
        QStringLiteral("Advice and support with repair work and home improvement"),
        QStringLiteral("Advice, advocacy and liaison"),
        QStringLiteral("Culture specific counselling and emotional support"),
        QStringLiteral("Developing domestic and life skills"),
        QStringLiteral("Developing social skills and behaviour management"),
        QStringLiteral("Emotional support, counselling and advice"),
        QStringLiteral("Help finding other accommodation"),
        QStringLiteral("Help in establishing personal safety and security"),
        QStringLiteral("Help in establishing social contacts and activities"),
        QStringLiteral("Help in gaining access to other services"),
        QStringLiteral("Help in managing finances and benefit claims"),
        QStringLiteral("Help in setting up and maintaining home or tenancy"),
        QStringLiteral("Help maintaining the safety and security of the dwelling"),
        QStringLiteral("Help with shopping, errand running and good neighbour tasks"),
        QStringLiteral("Liaison and advocacy support from same ethnic group"),
        QStringLiteral("Management of Handyperson services"),
        QStringLiteral("Peer support and befriending"),
        QStringLiteral("Security support related to racial harassment"),
        QStringLiteral("Signposting to culture specific health and treatment services"),
        QStringLiteral("Signposting to legal services (including culture specific legal services if required)"),
        QStringLiteral("Supervising or monitoring medication"),
        QStringLiteral("Supervising or monitoring of health and well being"),
    };
}

} // namespace waymark::ReferenceCodes
