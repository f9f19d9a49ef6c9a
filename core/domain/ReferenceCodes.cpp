#include "core/domain/ReferenceCodes.h"

#include <QHash>
#include <QtGlobal>

namespace waymark::ReferenceCodes {

namespace {

// Labels are marked for translation under the context "waymark::ReferenceCodes", written out at
// each label so that lupdate (which does not expand macros) collects them.
#define L(marked) QStringLiteral(marked)

CodeList make(const char* name, QVector<Code> codes)
{
    return CodeList(QString::fromLatin1(name), std::move(codes));
}

QHash<QString, CodeList> buildLists()
{
    QVector<CodeList> lists;
    lists << make(
        ReferralSource,
        {
            {u"care_trust"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Care trust"))},
            {u"citizens_advice"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Citizens Advice"))},
            {u"health"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Health"))},
            {u"housing"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Housing department"))},
            {u"self"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Self-referral"))},
            {u"social_services"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Social services"))},
            {u"probation"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Probation"))},
            {u"other"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Other agency"))},
            {u"cmht"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Camden mental health team (CMHT)"))},
            {u"gp"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "GP"))},
            {u"housing_worker"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Housing worker"))},
            {u"voluntary_sector"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Voluntary sector organisation"))},
            {u"other_health_professional"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Other health professional"))},
        });
    lists << make(ReferralDecision,
                  {
                      {u"pending"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Pending"))},
                      {u"accepted"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Accepted"))},
                      {u"signposted"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Signposted"))},
                      {u"declined"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Declined"))},
                  });
    lists << make(
        EndReason,
        {
            {u"completed"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Support period completed"))},
            {u"disengaged"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Unwilling to engage / failed to meet three times"))},
            {u"risk_to_staff"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Risk to staff unmanageable"))},
            {u"different_service"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Review found a different service needed"))},
            {u"no_further_service"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Review found no further service needed"))},
            {u"moved_away"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Moved out of area"))},
            {u"died"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Died"))},
            {u"other"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Other"))},
        });
    lists << make(
        Accommodation,
        {
            {u"owner_occupier"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Owner occupier")), true},
            {u"private_rented"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Private rented")), true},
            {u"council_tenancy"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Council tenancy")), true},
            {u"housing_association"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Housing association tenancy")),
             true},
            {u"sheltered_housing"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Sheltered housing")), true},
            {u"supported_long_term"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Supported housing (long term)")), true},
            {u"family_or_friends_long_term"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "With family or friends (long term)")), true},
            {u"mobile_home"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Mobile home")), true},
            {u"supported_short_term"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Supported housing (short term)")), false},
            {u"temporary_accommodation"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Temporary accommodation")),
             false},
            {u"bed_and_breakfast"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Bed and breakfast")), false},
            {u"direct_access_hostel"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Direct access hostel")),
             false},
            {u"sofa_surfing"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Sofa surfing")), false},
            {u"rough_sleeping"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Rough sleeping")), false},
            {u"residential_care"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Residential care")), false},
            {u"nursing_home"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Nursing home")), false},
            {u"psychiatric_hospital"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Psychiatric hospital")),
             false},
            {u"general_hospital"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "General hospital")), false},
            {u"custody"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Custody")), false},
            {u"unknown"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Not known")), false},
        });
    lists << make(Gender,
                  {
                      {u"female"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Female"))},
                      {u"male"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Male"))},
                      {u"non_binary"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Non-binary"))},
                      {u"other"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Other"))},
                      {u"prefer_not_to_say"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Prefer not to say"))},
                  });
    lists << make(
        Ethnicity,
        {
            {u"white_british"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes",
                                                      "White: English, Welsh, Scottish, Northern Irish or British"))},
            {u"white_irish"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "White: Irish"))},
            {u"white_gypsy_traveller"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "White: Gypsy or Irish Traveller"))},
            {u"white_roma"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "White: Roma"))},
            {u"white_other"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "White: any other White background"))},
            {u"mixed_white_black_caribbean"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Mixed: White and Black Caribbean"))},
            {u"mixed_white_black_african"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Mixed: White and Black African"))},
            {u"mixed_white_asian"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Mixed: White and Asian"))},
            {u"mixed_other"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Mixed: any other Mixed or multiple ethnic background"))},
            {u"indian"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Asian: Indian"))},
            {u"pakistani"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Asian: Pakistani"))},
            {u"bangladeshi"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Asian: Bangladeshi"))},
            {u"chinese"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Asian: Chinese"))},
            {u"asian_other"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Asian: any other Asian background"))},
            {u"black_african"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Black: African"))},
            {u"black_caribbean"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Black: Caribbean"))},
            {u"black_other"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes",
                                                    "Black: any other Black, Black British or Caribbean background"))},
            {u"arab"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Other ethnic group: Arab"))},
            {u"other_ethnic_group"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Other ethnic group: any other ethnic group"))},
            {u"prefer_not_to_say"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Prefer not to say"))},
        });
    lists << make(Religion,
                  {
                      {u"no_religion"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "No religion"))},
                      {u"christian"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Christian"))},
                      {u"buddhist"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Buddhist"))},
                      {u"hindu"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Hindu"))},
                      {u"jewish"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Jewish"))},
                      {u"muslim"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Muslim"))},
                      {u"sikh"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Sikh"))},
                      {u"other_religion"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Any other religion"))},
                      {u"prefer_not_to_say"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Prefer not to say"))},
                  });
    lists << make(SexualOrientation,
                  {
                      {u"heterosexual"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Heterosexual or straight"))},
                      {u"gay_or_lesbian"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Gay or lesbian"))},
                      {u"bisexual"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Bisexual"))},
                      {u"other"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Other sexual orientation"))},
                      {u"prefer_not_to_say"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Prefer not to say"))},
                  });
    lists << make(Disability,
                  {
                      {u"yes"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Yes"))},
                      {u"no"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "No"))},
                      {u"prefer_not_to_say"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Prefer not to say"))},
                  });
    lists << make(GpRegistered, {
                                    {u"yes"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Registered"))},
                                    {u"no"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Not registered"))},
                                    {u"unknown"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Not known"))},
                                });
    lists << make(Cpa, {
                           {u"enhanced"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Enhanced CPA"))},
                           {u"standard"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Standard CPA"))},
                           {u"none"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Not on CPA"))},
                           {u"unknown"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Not known"))},
                       });
    lists << make(StaffRole, {
                                 {u"key_worker"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Key worker"))},
                                 {u"team_leader"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Team leader"))},
                                 {u"admin"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Administrator"))},
                             });
    lists << make(AppointmentKind,
                  {
                      {u"home_visit"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Home visit"))},
                      {u"drop_in"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Drop-in surgery"))},
                      {u"phone"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Phone call"))},
                      {u"video"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Video call"))},
                      {u"office"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Office"))},
                      {u"outreach"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Outreach"))},
                  });
    lists << make(
        AppointmentStatus,
        {
            {u"planned"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Planned"))},
            {u"attended"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Attended"))},
            {u"dna"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Did not attend (DNA)"))},
            {u"cancelled_by_person"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Cancelled by the person"))},
            {u"cancelled_by_provider"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Cancelled by us"))},
        });
    lists << make(HospitalStayKind,
                  {
                      {u"mental_health"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Mental health"))},
                      {u"physical"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Physical health"))},
                  });
    lists << make(CompletedBy, {
                                   {u"person"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "The person"))},
                                   {u"worker"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "The worker"))},
                                   {u"together"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Together"))},
                               });
    lists << make(
        OutcomeCode,
        {
            {u"1a"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "1a Maximise income"))},
            {u"1b"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "1b Reduce debt"))},
            {u"1c"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "1c Obtain paid work"))},
            {u"2a"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "2a Participate in training or education"))},
            {u"2b"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "2b Leisure, cultural, faith or informal learning"))},
            {u"2c"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "2c Work-like activities"))},
            {u"2d"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes",
                                           "2d Contact with external services, groups, friends or family"))},
            {u"3a"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "3a Physical health"))},
            {u"3b"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "3b Mental health"))},
            {u"3c"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "3c Substance misuse"))},
            {u"3d"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "3d Assistive technology"))},
            {u"4a"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "4a Maintain or obtain settled accommodation"))},
            {u"4b"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "4b Comply with statutory orders"))},
            {u"4c"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "4c Manage self-harm"))},
            {u"4d"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "4d Avoid causing harm to others"))},
            {u"4e"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "4e Minimise harm from others"))},
            {u"5a"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "5a Greater choice, control and involvement"))},
        });
    lists << make(GoalStatus,
                  {
                      {u"open"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Open"))},
                      {u"achieved"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Achieved"))},
                      {u"partly_achieved"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Partly achieved"))},
                      {u"not_achieved"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Not achieved"))},
                      {u"withdrawn"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Withdrawn"))},
                  });
    lists << make(
        SessionKind,
        {
            {u"structured"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Structured session"))},
            {u"peer_led"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Peer-led / service-user-led session"))},
            {u"drop_in"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Drop-in surgery"))},
            {u"social_club"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Social club"))},
            {u"befriending"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Befriending"))},
            {u"education_training"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Education or training opportunity"))},
            {u"therapeutic"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Therapeutic intervention"))},
            {u"mainstream_access"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Mainstream access"))},
        });
    lists << make(LedBy, {
                             {u"staff"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Staff"))},
                             {u"peer"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Peer"))},
                             {u"volunteer"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Volunteer"))},
                         });
    lists << make(WithdrawalDecision,
                  {
                      {u"continue"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Continue support"))},
                      {u"withdraw"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Withdraw support"))},
                  });
    lists << make(IncidentKind,
                  {
                      {u"serious_untoward_incident"_qs,
                       L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Serious untoward incident"))},
                      {u"safeguarding"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Safeguarding concern"))},
                      {u"other"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Other"))},
                  });
    lists << make(
        KpiSet,
        {
            {u"thurrock-floating-support"_qs,
             L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Thurrock floating support (Appendix 1)"))},
            {u"camden-day-services"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Camden day services (14.3)"))},
        });
    lists << make(NeedArea, {
                                {u"ethnicity"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Ethnicity"))},
                                {u"religion"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Religion"))},
                                {u"culture"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Culture"))},
                                {u"gender"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Gender"))},
                                {u"sexuality"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Sexuality"))},
                                {u"disability"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Disability"))},
                                {u"age"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Age"))},
                            });
    lists << make(RiskTowards,
                  {
                      {u"person"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Risk to the person"))},
                      {u"others"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Risk to others"))},
                      {u"staff"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Risk to staff"))},
                  });
    lists << make(RiskLevel, {
                                 {u"low"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Low"))},
                                 {u"medium"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "Medium"))},
                                 {u"high"_qs, L(QT_TRANSLATE_NOOP("waymark::ReferenceCodes", "High"))},
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
        return {u"cmht"_qs,
                u"self"_qs,
                u"gp"_qs,
                u"housing_worker"_qs,
                u"voluntary_sector"_qs,
                u"other_health_professional"_qs};
    return {u"care_trust"_qs, u"citizens_advice"_qs, u"health"_qs,    u"housing"_qs,
            u"self"_qs,       u"social_services"_qs, u"probation"_qs, u"other"_qs};
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
