#include "core/reports/DataQuality.h"

#include "core/domain/LocalTime.h"
#include "core/reports/KpiCalculator.h"
#include "core/reports/KpiDefinition.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark::DataQuality {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("waymark::DataQuality",
                                       text); // as lupdate files a tr() in DataQuality's members
}

// The ids of the contract's set among `ids`: an issue only matters for figures the contract has.
QStringList inSet(const QString& kpiSet, const QStringList& ids)
{
    QStringList out;
    for (const KpiDefinition& d : KpiDefinition::forSet(kpiSet))
        if (ids.contains(d.id))
            out << d.id;
    return out;
}

bool unknown(const QString& code)
{
    return code.isEmpty() || code == QLatin1String("unknown");
}

} // namespace

QString whereToFix(DataQualityIssue::Kind kind)
{
    switch (kind) {
    case DataQualityIssue::Kind::LeaverWithoutExitAccommodation:
    case DataQualityIssue::Kind::GpStatusUnknown:
    case DataQualityIssue::Kind::TenureUnknown:
        return QStringLiteral("profile");
    case DataQualityIssue::Kind::LeaverWithoutOutcomes:
        return QStringLiteral("outcomes");
    case DataQualityIssue::Kind::LongOpenHospitalStay:
    case DataQualityIssue::Kind::OverlappingHospitalStays:
        return QStringLiteral("health");
    case DataQualityIssue::Kind::ReferralWithoutFirstContact:
        return QStringLiteral("referral");
    }
    return QStringLiteral("profile");
}

QVector<DataQualityIssue> check(const ReturnData& data)
{
    using Kind = DataQualityIssue::Kind;
    const QString& set = data.contract.kpiSet;
    const ReportingPeriod& period = data.period;
    QVector<DataQualityIssue> issues;

    const QVector<const SupportPeriod*> inPeriod = KpiCalculator::periodsInPeriod(data);
    QSet<QString> people;
    for (const SupportPeriod* p : inPeriod)
        people.insert(p->serviceUserId);

    // Leavers: where they went, and (where a figure counts them) their outcomes.
    QSet<QString> withOutcomes;
    for (const OutcomeRecord& o : data.outcomes)
        if (o.needIdentified.has_value())
            withOutcomes.insert(o.supportPeriodId);
    const QStringList exitFigures = inSet(set, {QStringLiteral("maintained_independence")});
    const QStringList outcomeFigures =
        inSet(set, {QStringLiteral("paid_work"), QStringLiteral("training_education"), QStringLiteral("meaningful_occupation")});
    for (const SupportPeriod* p : inPeriod) {
        if (!p->endDate.isValid() || p->endDate > period.to)
            continue;
        const QString ended = tr("Support ended %1").arg(LocalTime::formatDate(p->endDate));
        if (unknown(p->exitAccommodation) && p->endReason != QLatin1String("died"))
            issues << DataQualityIssue{Kind::LeaverWithoutExitAccommodation, p->serviceUserId, p->id, p->endDate,
                                       ended + QStringLiteral(": ") + tr("where they moved to is not recorded"), exitFigures};
        if (!outcomeFigures.isEmpty() && !withOutcomes.contains(p->id))
            issues << DataQualityIssue{Kind::LeaverWithoutOutcomes, p->serviceUserId, p->id, p->endDate,
                                       ended + QStringLiteral(": ") + tr("no outcomes recorded"), outcomeFigures};
    }

    // People in N with what a figure reads about them unknown.
    const QStringList gpFigures = inSet(set, {QStringLiteral("gp_registered")});
    const QStringList tenureFigures = inSet(set, {QStringLiteral("maintained_independence")});
    QStringList sorted(people.cbegin(), people.cend());
    sorted.sort();
    for (const QString& id : sorted) {
        const ServiceUser person = data.people.value(id);
        if (!gpFigures.isEmpty() && unknown(person.gpRegistered))
            issues << DataQualityIssue{Kind::GpStatusUnknown, id, id, {}, tr("GP registration not known"), gpFigures};
        if (!tenureFigures.isEmpty() && unknown(person.tenure))
            issues << DataQualityIssue{Kind::TenureUnknown, id, id, {}, tr("Where they live (tenure) not known"), tenureFigures};
    }

    // Referrals received in the period that have no first contact yet.
    const QStringList referralFigures = inSet(set, {QStringLiteral("first_contact_48h")});
    for (const Referral& r : data.referrals) {
        const QDate received = LocalTime::londonDate(r.receivedAt);
        if (r.contractId != data.contract.id || received < period.from || received > period.to || r.firstContactAt.isValid())
            continue;
        issues << DataQualityIssue{Kind::ReferralWithoutFirstContact, r.serviceUserId, r.id, received,
                                   tr("Referral received %1 has no first contact recorded").arg(LocalTime::formatDateTime(r.receivedAt)),
                                   referralFigures};
    }

    // Hospital stays: still open after more than a year, and one person's stays that overlap.
    const QStringList hospitalFigures = inSet(set, {QStringLiteral("hospital_days"), QStringLiteral("hospital_admissions")});
    if (!hospitalFigures.isEmpty()) {
        QHash<QString, QVector<const HospitalStay*>> byPerson;
        for (const HospitalStay& s : data.hospitalStays) {
            if (!people.contains(s.serviceUserId))
                continue;
            byPerson[s.serviceUserId] << &s;
            if (!s.dischargedOn.isValid() && s.admittedOn.isValid() && s.admittedOn < period.to.addYears(-1))
                issues << DataQualityIssue{Kind::LongOpenHospitalStay, s.serviceUserId, s.id, s.admittedOn,
                                           tr("In hospital since %1 with no discharge recorded: more than a year")
                                               .arg(LocalTime::formatDate(s.admittedOn)),
                                           hospitalFigures};
        }
        for (auto it = byPerson.begin(); it != byPerson.end(); ++it) {
            QVector<const HospitalStay*>& stays = it.value();
            std::sort(stays.begin(), stays.end(), [](const HospitalStay* a, const HospitalStay* b) {
                return a->admittedOn != b->admittedOn ? a->admittedOn < b->admittedOn : a->id < b->id;
            });
            // Nights overlap when a stay is admitted before a stay admitted earlier was
            // discharged (never, while it is open): compare with the one reaching furthest so far.
            const HospitalStay* furthest = nullptr;
            for (const HospitalStay* stay : stays) {
                if (furthest && (!furthest->dischargedOn.isValid() || stay->admittedOn < furthest->dischargedOn))
                    issues << DataQualityIssue{Kind::OverlappingHospitalStays, it.key(), stay->id, stay->admittedOn,
                                               tr("Hospital stay from %1 overlaps the stay from %2: its nights count twice")
                                                   .arg(LocalTime::formatDate(stay->admittedOn),
                                                        LocalTime::formatDate(furthest->admittedOn)),
                                               hospitalFigures};
                if (!furthest || (furthest->dischargedOn.isValid()
                                  && (!stay->dischargedOn.isValid() || stay->dischargedOn > furthest->dischargedOn)))
                    furthest = stay;
            }
        }
    }
    // Only what makes one of this contract's figures uncertain is listed.
    issues.erase(std::remove_if(issues.begin(), issues.end(), [](const DataQualityIssue& i) { return i.affects.isEmpty(); }),
                 issues.end());
    std::stable_sort(issues.begin(), issues.end(), [&](const DataQualityIssue& a, const DataQualityIssue& b) {
        return a.serviceUserId != b.serviceUserId ? a.serviceUserId < b.serviceUserId : int(a.kind) < int(b.kind);
    });
    return issues;
}

} // namespace waymark::DataQuality
