#include "core/reports/KpiDefinition.h"

#include "core/domain/DocumentLanguage.h"

#include <QCoreApplication>
#include <QHash>

namespace waymark {

namespace {

using Unit = KpiDefinition::Unit;

// Marked for translation under the context "KpiDefinition".
#define T(text) QT_TRANSLATE_NOOP("KpiDefinition", text)

const char* const Leavers = T("Leavers (support periods ended in the period)");
const char* const EveryoneN = T("Everyone with a support period in the period (N)");

QVector<KpiDefinition> thurrock()
{
    return {
        {QStringLiteral("paid_work"), T("Obtained paid work"), Unit::Percent, std::nullopt,
         T("Leavers with the need 1c (obtain paid work) identified who achieved it, of the leavers with that need "
           "identified. A leaver is a support period (not a person) that ended within the period. No target: "
           "the council looks for an increase."),
         T("Leavers who achieved 1c"), T("Leavers with 1c identified")},
        {QStringLiteral("training_education"), T("Participating in training or education"), Unit::Percent, std::nullopt,
         T("Leavers with the need 2a (participate in training or education) identified who achieved it, of the "
           "leavers with that need identified. No target: the council looks for an increase."),
         T("Leavers who achieved 2a"), T("Leavers with 2a identified")},
        {QStringLiteral("meaningful_occupation"), T("Paid work or training/education (combined)"), Unit::Percent, 90,
         T("Leavers with 1c or 2a identified who achieved at least one of those identified, of the leavers with "
           "1c or 2a identified."),
         T("Leavers who achieved 1c or 2a"), T("Leavers with 1c or 2a identified")},
        {QStringLiteral("gp_registered"), T("Registered with a GP"), Unit::Percent, 100,
         T("People counted in N whose GP registration is recorded as yes, of N. N is the number of distinct "
           "people with a support period of the contract in the period."),
         T("Registered with a GP"), EveryoneN},
        {QStringLiteral("hospital_admissions"), T("Admitted to hospital"), Unit::Percent, std::nullopt,
         T("People counted in N admitted to hospital within the period, of N. No target: the council looks "
           "for a stable or falling figure."),
         T("Admitted within the period"), EveryoneN},
        {QStringLiteral("hospital_days"), T("Days in hospital"), Unit::Days, std::nullopt,
         T("Nights in hospital within the period, summed over every stay of the people counted in N. A night "
           "counts from the day of admission up to the night before discharge (to the end of the period when "
           "not discharged); admitted and discharged the same day is no night. Stays count as recorded."),
         T("Hospital stays"), ""},
        {QStringLiteral("maintained_independence"), T("Maintained independent living (KPI 1)"), Unit::Percent, 85,
         T("People counted in N whose current support period is still open at the end of the period and whose "
           "home is independent, or whose current period ended within the period with an independent "
           "accommodation at exit; of N less the people whose current period ended within the period because "
           "they died. The current period is the one with the latest start."),
         T("Living independently"), T("N less people who died")},
        {QStringLiteral("planned_move_on"), T("Planned move-on (KPI 2)"), Unit::Percent, 80,
         T("Leavers from accommodation-based support whose departure was planned, of those leavers, leaving out "
           "those who died."),
         T("Planned departures"), T("Leavers from accommodation-based support")},
        {QStringLiteral("first_contact_48h"), T("Contacted within 48 hours of referral"), Unit::Percent, 100,
         T("Referrals received within the period (whatever their decision) whose first contact was no later than "
           "the contract's first-contact hours after the referral was received, counted in elapsed hours."),
         T("Contacted in time"), T("Referrals received")},
    };
}

QVector<KpiDefinition> camden()
{
    return {
        {QStringLiteral("enhanced_cpa"), T("On enhanced CPA"), Unit::Percent, 75,
         T("People counted in N on enhanced CPA, of N. N is the number of distinct people with a support period of "
           "the contract in the period."),
         T("On enhanced CPA"), EveryoneN},
        {QStringLiteral("cmht_referrals"), T("Referred by Camden mental health teams"), Unit::Percent, 75,
         T("Referrals received within the period from a Camden mental health team, of all referrals received "
           "within the period."),
         T("Referred by a CMHT"), T("Referrals received")},
        {QStringLiteral("contact_hours"), T("Contact hours delivered"), Unit::Hours, std::nullopt,
         T("Hours of attended appointments starting within the period, of any support period of the contract."),
         T("Attended appointments"), ""},
        {QStringLiteral("new_service_users"), T("New service users"), Unit::Count, std::nullopt,
         T("People whose earliest support period with this contract starts within the period."),
         T("New service users"), ""},
        {QStringLiteral("structured_sessions"), T("Structured sessions"), Unit::Count, std::nullopt,
         T("Sessions of the kind structured starting within the period."), T("Sessions"), ""},
        {QStringLiteral("peer_led_hours"), T("Peer-led and user-led session hours"), Unit::Hours, std::nullopt,
         T("Hours of sessions starting within the period that were led by a peer or are of the kind peer-led."),
         T("Sessions"), ""},
        {QStringLiteral("befriending_participants"), T("People in befriending"), Unit::Count, std::nullopt,
         T("Distinct people who attended a befriending session starting within the period (a support period is "
           "not required)."),
         T("People who attended"), ""},
        {QStringLiteral("therapeutic_interventions"), T("Therapeutic interventions"), Unit::Count, std::nullopt,
         T("Sessions of the kind therapeutic starting within the period."), T("Sessions"), ""},
        {QStringLiteral("mainstream_access"), T("Mainstream access opportunities"), Unit::Count, std::nullopt,
         T("Sessions of the kind mainstream access starting within the period."), T("Sessions"), ""},
        {QStringLiteral("social_and_drop_in"), T("Social clubs, user-led sessions and drop-ins"), Unit::Count,
         std::nullopt, T("Sessions of the kinds social club, drop-in or peer-led starting within the period."),
         T("Sessions"), ""},
        {QStringLiteral("education_training"), T("Education and training opportunities"), Unit::Count, std::nullopt,
         T("Sessions of the kind education and training starting within the period."), T("Sessions"), ""},
        {QStringLiteral("star_mean_distance"), T("Mean distance travelled (star points)"), Unit::Points, std::nullopt,
         T("The mean, over support periods in the period with two or more star assessments on or before the end "
           "of the period, of the total distance travelled: for each area scored in both the first and the latest "
           "assessment, latest less first, summed over the areas."),
         T("Support periods with two or more assessments"), T("Support periods with two or more assessments")},
    };
}

QString translated(const char* text)
{
    return DocumentLanguage::translate("KpiDefinition", text);
}

} // namespace

QString KpiDefinition::displayLabel() const
{
    return DocumentLanguage::translate("KpiDefinition", label);
}

QString KpiDefinition::displayDefinition() const
{
    return translated(definition);
}

QString KpiDefinition::displayNumeratorName() const
{
    return translated(numeratorName);
}

QString KpiDefinition::displayDenominatorName() const
{
    return *denominatorName ? translated(denominatorName) : QString();
}

QString KpiDefinition::unitCode() const
{
    switch (unit) {
    case Unit::Percent:
        return QStringLiteral("percent");
    case Unit::Days:
        return QStringLiteral("days");
    case Unit::Hours:
        return QStringLiteral("hours");
    case Unit::Count:
        return QStringLiteral("count");
    case Unit::Points:
        return QStringLiteral("points");
    }
    return {};
}

int KpiDefinition::decimals() const
{
    switch (unit) {
    case Unit::Percent:
    case Unit::Hours:
        return 1;
    case Unit::Points:
        return 2;
    case Unit::Days:
    case Unit::Count:
        return 0;
    }
    return 0;
}

const QVector<KpiDefinition>& KpiDefinition::forSet(const QString& kpiSet)
{
    static const QHash<QString, QVector<KpiDefinition>> sets{
        {QStringLiteral("thurrock-floating-support"), thurrock()},
        {QStringLiteral("camden-day-services"), camden()},
    };
    static const QVector<KpiDefinition> none;
    const auto it = sets.constFind(kpiSet);
    return it == sets.constEnd() ? none : *it;
}

QString KpiDefinition::setName(const QString& kpiSet)
{
    if (kpiSet == QLatin1String("thurrock-floating-support"))
        return DocumentLanguage::translate("KpiDefinition", "Floating support hard outcomes (Thurrock Appendix 1)");
    if (kpiSet == QLatin1String("camden-day-services"))
        return DocumentLanguage::translate("KpiDefinition",
                                           "Day services outputs and outcomes (Camden 6.4, 14.2, 14.3)");
    return kpiSet;
}

} // namespace waymark
