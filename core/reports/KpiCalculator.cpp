#include "core/reports/KpiCalculator.h"

#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/reports/DistanceTravelled.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark::KpiCalculator {

namespace {

using Kind = KpiRecord::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("waymark::KpiCalculator", text);
}

QString trn(const char* text, qint64 n)
{
    return QCoreApplication::translate("KpiCalculator", text, nullptr, int(n));
}

bool within(const QDate& day, const ReportingPeriod& period)
{
    return day.isValid() && period.from <= day && day <= period.to;
}

bool independent(const QString& accommodation)
{
    // A missing code counts as `unknown`, which is not independent.
    const Code* code = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::Accommodation)).find(accommodation);
    return code && code->independent;
}

QString codeLabel(const char* list, const QString& code)
{
    return code.isEmpty() ? tr("not recorded") : ReferenceCodes::list(QString::fromLatin1(list)).label(code);
}

KpiRecord personRecord(const QString& serviceUserId, const QString& detail = {})
{
    return {Kind::Person, serviceUserId, serviceUserId, {}, detail};
}

KpiRecord periodRecord(const SupportPeriod& p, const QString& detail)
{
    return {Kind::SupportPeriod, p.id, p.serviceUserId, p.endDate.isValid() ? p.endDate : p.startDate, detail};
}

QString periodDates(const SupportPeriod& p)
{
    return p.endDate.isValid() ? tr("Support %1 to %2").arg(LocalTime::formatDate(p.startDate), LocalTime::formatDate(p.endDate))
                               : tr("Support from %1, open").arg(LocalTime::formatDate(p.startDate));
}

QString leaverDetail(const SupportPeriod& p)
{
    return periodDates(p) + QStringLiteral(", ") + codeLabel(ReferenceCodes::EndReason, p.endReason);
}

KpiFigure percentFigure(const KpiDefinition& definition, QVector<KpiRecord> numerator, QVector<KpiRecord> denominator)
{
    KpiFigure f;
    f.definition = definition;
    f.numerator = numerator.size();
    f.denominator = denominator.size();
    f.value = percent(*f.numerator, *f.denominator);
    f.numeratorRecords = std::move(numerator);
    f.denominatorRecords = std::move(denominator);
    return f;
}

KpiFigure valueFigure(const KpiDefinition& definition, double value, QVector<KpiRecord> records)
{
    KpiFigure f;
    f.definition = definition;
    f.value = value;
    f.numeratorRecords = std::move(records);
    return f;
}

// Everything the figures share, worked out once.
struct Population {
    const ReturnData& data;
    QVector<const SupportPeriod*> inPeriod;
    QVector<const SupportPeriod*> leavers;
    QStringList people; // N, sorted so drill-downs and tests are stable
    QSet<QString> peopleSet;
    QHash<QString, const SupportPeriod*> current;
    QHash<QString, QHash<QString, const OutcomeRecord*>> outcomes; // period -> code -> outcome

    explicit Population(const ReturnData& d)
        : data(d)
        , inPeriod(periodsInPeriod(d))
        , current(currentPeriods(inPeriod))
    {
        for (const SupportPeriod* p : inPeriod) {
            peopleSet.insert(p->serviceUserId);
            if (within(p->endDate, d.period))
                leavers << p;
        }
        people = QStringList(peopleSet.cbegin(), peopleSet.cend());
        people.sort();
        for (const OutcomeRecord& o : d.outcomes)
            outcomes[o.supportPeriodId].insert(o.code, &o);
    }

    const ServiceUser* person(const QString& id) const
    {
        const auto it = data.people.constFind(id);
        return it == data.people.constEnd() ? nullptr : &*it;
    }
    bool identified(const SupportPeriod* p, const QString& code) const
    {
        const OutcomeRecord* o = outcomes.value(p->id).value(code);
        return o && o->needIdentified.value_or(false);
    }
    bool achieved(const SupportPeriod* p, const QString& code) const
    {
        const OutcomeRecord* o = outcomes.value(p->id).value(code);
        return o && o->achieved.value_or(false);
    }
    bool diedInPeriod(const QString& personId) const
    {
        const SupportPeriod* p = current.value(personId);
        return p && within(p->endDate, data.period) && p->endReason == QLatin1String("died");
    }
};

KpiFigure outcomeFigure(const KpiDefinition& definition, const Population& pop, const QStringList& codes)
{
    QVector<KpiRecord> numerator, denominator;
    for (const SupportPeriod* p : pop.leavers) {
        QStringList found, done;
        for (const QString& code : codes)
            if (pop.identified(p, code)) {
                found << code;
                if (pop.achieved(p, code))
                    done << code;
            }
        if (found.isEmpty())
            continue;
        const QString detail = leaverDetail(*p) + QStringLiteral("; ")
                               + tr("identified %1, achieved %2")
                                     .arg(found.join(QStringLiteral(", ")),
                                          done.isEmpty() ? tr("none") : done.join(QStringLiteral(", ")));
        denominator << periodRecord(*p, detail);
        if (!done.isEmpty())
            numerator << periodRecord(*p, detail);
    }
    return percentFigure(definition, numerator, denominator);
}

KpiFigure peopleWith(const KpiDefinition& definition, const Population& pop,
                     const std::function<std::optional<QString>(const ServiceUser*)>& counts)
{
    QVector<KpiRecord> numerator, denominator;
    for (const QString& id : pop.people) {
        const ServiceUser* person = pop.person(id);
        denominator << personRecord(id);
        if (const std::optional<QString> why = counts(person))
            numerator << personRecord(id, *why);
    }
    return percentFigure(definition, numerator, denominator);
}

bool sessionInPeriod(const GroupSession& s, const ReportingPeriod& period, const QString& contractId)
{
    return s.contractId == contractId && within(LocalTime::londonDate(s.startsAt), period);
}

KpiRecord sessionRecord(const GroupSession& s)
{
    return {Kind::Session, s.id, {}, LocalTime::londonDate(s.startsAt),
            tr("%1, %2, %3 min").arg(s.title.isEmpty() ? ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::SessionKind)).label(s.kind) : s.title,
                                     LocalTime::formatDateTime(s.startsAt))
                .arg(s.durationMinutes)};
}

bool isBefriendingInPeriod(const GroupSession& s, const ReturnData& data)
{
    return sessionInPeriod(s, data.period, data.contract.id) && s.kind == QLatin1String("befriending");
}

KpiFigure sessionCount(const KpiDefinition& definition, const ReturnData& data, const QStringList& kinds)
{
    QVector<KpiRecord> records;
    for (const GroupSession& s : data.sessions)
        if (sessionInPeriod(s, data.period, data.contract.id) && kinds.contains(s.kind))
            records << sessionRecord(s);
    std::sort(records.begin(), records.end(), [](const KpiRecord& a, const KpiRecord& b) {
        return a.date != b.date ? a.date < b.date : a.recordId < b.recordId;
    });
    return valueFigure(definition, double(records.size()), records);
}

KpiFigure computeFigure(const KpiDefinition& d, const Population& pop)
{
    const ReturnData& data = pop.data;
    const QString& id = d.id;
    if (id == QLatin1String("paid_work"))
        return outcomeFigure(d, pop, {QStringLiteral("1c")});
    if (id == QLatin1String("training_education"))
        return outcomeFigure(d, pop, {QStringLiteral("2a")});
    if (id == QLatin1String("meaningful_occupation"))
        return outcomeFigure(d, pop, {QStringLiteral("1c"), QStringLiteral("2a")});
    if (id == QLatin1String("gp_registered"))
        return peopleWith(d, pop, [](const ServiceUser* p) -> std::optional<QString> {
            if (p && p->gpRegistered == QLatin1String("yes"))
                return p->gpPractice.isEmpty() ? tr("Registered") : tr("Registered with %1").arg(p->gpPractice);
            return std::nullopt;
        });
    if (id == QLatin1String("enhanced_cpa"))
        return peopleWith(d, pop, [](const ServiceUser* p) -> std::optional<QString> {
            if (p && p->cpa == QLatin1String("enhanced"))
                return tr("Enhanced CPA");
            return std::nullopt;
        });
    if (id == QLatin1String("hospital_admissions")) {
        QHash<QString, QDate> admitted; // person -> first admission in the period
        for (const HospitalStay& s : data.hospitalStays)
            if (pop.peopleSet.contains(s.serviceUserId) && within(s.admittedOn, data.period)) {
                QDate& first = admitted[s.serviceUserId];
                if (!first.isValid() || s.admittedOn < first)
                    first = s.admittedOn;
            }
        return peopleWith(d, pop, [&](const ServiceUser* p) -> std::optional<QString> {
            if (p && admitted.contains(p->id))
                return tr("Admitted %1").arg(LocalTime::formatDate(admitted.value(p->id)));
            return std::nullopt;
        });
    }
    if (id == QLatin1String("hospital_days")) {
        qint64 nights = 0;
        QVector<KpiRecord> records;
        for (const HospitalStay& s : data.hospitalStays) {
            if (!pop.peopleSet.contains(s.serviceUserId))
                continue;
            const qint64 n = nightsInHospital(s, data.period);
            if (n == 0)
                continue;
            nights += n;
            records << KpiRecord{Kind::HospitalStay, s.id, s.serviceUserId, s.admittedOn,
                                 (s.dischargedOn.isValid()
                                      ? tr("Admitted %1, discharged %2").arg(LocalTime::formatDate(s.admittedOn), LocalTime::formatDate(s.dischargedOn))
                                      : tr("Admitted %1, not discharged").arg(LocalTime::formatDate(s.admittedOn)))
                                     + QStringLiteral("; ") + trn("%n night(s) in the period", n)};
        }
        return valueFigure(d, double(nights), records);
    }
    if (id == QLatin1String("maintained_independence")) {
        QVector<KpiRecord> numerator, denominator;
        for (const QString& personId : pop.people) {
            if (pop.diedInPeriod(personId))
                continue;
            const SupportPeriod* p = pop.current.value(personId);
            const ServiceUser* person = pop.person(personId);
            denominator << personRecord(personId, periodDates(*p));
            const bool stillOpen = !p->endDate.isValid() || p->endDate > data.period.to;
            if (stillOpen && person && independent(person->tenure))
                numerator << personRecord(personId, tr("Lives in: %1").arg(codeLabel(ReferenceCodes::Accommodation, person->tenure)));
            else if (!stillOpen && independent(p->exitAccommodation))
                numerator << personRecord(personId, tr("Moved on to: %1").arg(codeLabel(ReferenceCodes::Accommodation, p->exitAccommodation)));
        }
        return percentFigure(d, numerator, denominator);
    }
    if (id == QLatin1String("planned_move_on")) {
        QVector<KpiRecord> numerator, denominator;
        for (const SupportPeriod* p : pop.leavers) {
            if (!p->accommodationBased.value_or(false) || p->endReason == QLatin1String("died"))
                continue;
            denominator << periodRecord(*p, leaverDetail(*p));
            if (p->plannedDeparture.value_or(false))
                numerator << periodRecord(*p, leaverDetail(*p));
        }
        return percentFigure(d, numerator, denominator);
    }
    if (id == QLatin1String("first_contact_48h") || id == QLatin1String("cmht_referrals")) {
        const bool firstContact = id == QLatin1String("first_contact_48h");
        QVector<const Referral*> received;
        for (const Referral& r : data.referrals)
            if (r.contractId == data.contract.id && r.receivedAt.isValid() && within(LocalTime::londonDate(r.receivedAt), data.period))
                received << &r;
        std::sort(received.begin(), received.end(), [](const Referral* a, const Referral* b) {
            return a->receivedAt != b->receivedAt ? a->receivedAt < b->receivedAt : a->id < b->id;
        });
        QVector<KpiRecord> numerator, denominator;
        for (const Referral* r : received) {
            QString detail = tr("Received %1").arg(LocalTime::formatDateTime(r->receivedAt));
            bool counts = false;
            if (firstContact) {
                detail += QStringLiteral("; ") + (r->firstContactAt.isValid() ? tr("first contact %1").arg(LocalTime::formatDateTime(r->firstContactAt)) : tr("no first contact"));
                // Elapsed hours on UTC moments, whatever the clocks do. A contract without a
                // deadline counts any first contact.
                const QDateTime deadline = data.contract.firstContactHours
                                               ? r->receivedAt.addSecs(qint64(*data.contract.firstContactHours) * 3600)
                                               : QDateTime();
                counts = r->firstContactAt.isValid() && (!deadline.isValid() || r->firstContactAt <= deadline);
            } else {
                detail += QStringLiteral("; ") + codeLabel(ReferenceCodes::ReferralSource, r->source);
                counts = r->source == QLatin1String("cmht");
            }
            const KpiRecord record{Kind::Referral, r->id, r->serviceUserId, LocalTime::londonDate(r->receivedAt), detail};
            denominator << record;
            if (counts)
                numerator << record;
        }
        return percentFigure(d, numerator, denominator);
    }
    if (id == QLatin1String("contact_hours")) {
        qint64 minutes = 0;
        QVector<KpiRecord> records;
        for (const Appointment& a : data.appointments) {
            const auto person = data.appointmentPeriodPerson.constFind(a.supportPeriodId);
            if (person == data.appointmentPeriodPerson.constEnd() || a.status != QLatin1String("attended")
                || !within(LocalTime::londonDate(a.startsAt), data.period))
                continue;
            minutes += a.durationMinutes;
            records << KpiRecord{Kind::Appointment, a.id, *person, LocalTime::londonDate(a.startsAt),
                                 tr("%1, %2 min").arg(LocalTime::formatDateTime(a.startsAt)).arg(a.durationMinutes)};
        }
        std::sort(records.begin(), records.end(), [](const KpiRecord& a, const KpiRecord& b) {
            return a.date != b.date ? a.date < b.date : a.recordId < b.recordId;
        });
        return valueFigure(d, hours(minutes), records);
    }
    if (id == QLatin1String("new_service_users")) {
        QVector<KpiRecord> records;
        for (auto it = data.earliestStart.constBegin(); it != data.earliestStart.constEnd(); ++it)
            if (within(it.value(), data.period))
                records << KpiRecord{Kind::Person, it.key(), it.key(), it.value(),
                                     tr("First support with this contract from %1").arg(LocalTime::formatDate(it.value()))};
        std::sort(records.begin(), records.end(), [](const KpiRecord& a, const KpiRecord& b) {
            return a.date != b.date ? a.date < b.date : a.recordId < b.recordId;
        });
        return valueFigure(d, double(records.size()), records);
    }
    if (id == QLatin1String("structured_sessions"))
        return sessionCount(d, data, {QStringLiteral("structured")});
    if (id == QLatin1String("therapeutic_interventions"))
        return sessionCount(d, data, {QStringLiteral("therapeutic")});
    if (id == QLatin1String("mainstream_access"))
        return sessionCount(d, data, {QStringLiteral("mainstream_access")});
    if (id == QLatin1String("social_and_drop_in"))
        return sessionCount(d, data, {QStringLiteral("social_club"), QStringLiteral("drop_in"), QStringLiteral("peer_led")});
    if (id == QLatin1String("education_training"))
        return sessionCount(d, data, {QStringLiteral("education_training")});
    if (id == QLatin1String("peer_led_hours")) {
        qint64 minutes = 0;
        QVector<KpiRecord> records;
        for (const GroupSession& s : data.sessions)
            if (sessionInPeriod(s, data.period, data.contract.id)
                && (s.ledBy == QLatin1String("peer") || s.kind == QLatin1String("peer_led"))) {
                minutes += s.durationMinutes;
                records << sessionRecord(s);
            }
        std::sort(records.begin(), records.end(), [](const KpiRecord& a, const KpiRecord& b) {
            return a.date != b.date ? a.date < b.date : a.recordId < b.recordId;
        });
        return valueFigure(d, hours(minutes), records);
    }
    if (id == QLatin1String("befriending_participants")) {
        QHash<QString, const GroupSession*> befriending;
        for (const GroupSession& s : data.sessions)
            if (isBefriendingInPeriod(s, data))
                befriending.insert(s.id, &s);
        QMap<QString, QDate> firstAttended; // person -> first befriending session attended
        for (const Attendance& a : data.attendance)
            if (a.attended && befriending.contains(a.sessionId)) {
                const QDate day = LocalTime::londonDate(befriending.value(a.sessionId)->startsAt);
                QDate& first = firstAttended[a.serviceUserId];
                if (!first.isValid() || day < first)
                    first = day;
            }
        QVector<KpiRecord> records;
        for (auto it = firstAttended.constBegin(); it != firstAttended.constEnd(); ++it)
            records << KpiRecord{Kind::Person, it.key(), it.key(), it.value(),
                                 tr("First befriending session in the period %1").arg(LocalTime::formatDate(it.value()))};
        return valueFigure(d, double(records.size()), records);
    }
    if (id == QLatin1String("star_mean_distance")) {
        KpiFigure f;
        f.definition = d;
        f.denominator = 0;
        if (!data.star)
            return f;
        const QHash<QString, QVector<const StarAssessment*>> byPeriod =
            DistanceTravelled::byPeriod(data.starAssessments);
        const QStringList keys = DistanceTravelled::countedKeys(*data.star);
        qint64 sum = 0;
        for (const SupportPeriod* p : pop.inPeriod) {
            const DistanceTravelled::PeriodTotal distance =
                DistanceTravelled::totalFor(*data.star, keys, byPeriod.value(p->id), data.period.to);
            const std::optional<int> total = distance.total;
            if (!total)
                continue;
            sum += *total;
            const KpiRecord record = periodRecord(*p, periodDates(*p) + QStringLiteral("; ")
                                                          + trn("%n assessment(s), total change %1", distance.assessments)
                                                                .arg(*total > 0 ? QStringLiteral("+%1").arg(*total) : QString::number(*total)));
            f.numeratorRecords << record;
            f.denominatorRecords << record;
        }
        f.denominator = f.denominatorRecords.size();
        if (*f.denominator > 0)
            f.value = DistanceTravelled::roundedMean(sum, *f.denominator);
        return f;
    }
    KpiFigure unknown;
    unknown.definition = d;
    return unknown;
}

} // namespace

QVector<const SupportPeriod*> periodsInPeriod(const ReturnData& data)
{
    QVector<const SupportPeriod*> out;
    for (const SupportPeriod& p : data.supportPeriods)
        if (p.contractId == data.contract.id && p.startDate.isValid() && p.startDate <= data.period.to
            && (!p.endDate.isValid() || p.endDate >= data.period.from))
            out << &p;
    return out;
}

QHash<QString, const SupportPeriod*> currentPeriods(const QVector<const SupportPeriod*>& inPeriod)
{
    const auto later = [](const SupportPeriod* a, const SupportPeriod* b) {
        if (a->startDate != b->startDate)
            return a->startDate > b->startDate;
        if (a->endDate != b->endDate) {
            if (!a->endDate.isValid())
                return true; // open counts as latest
            if (!b->endDate.isValid())
                return false;
            return a->endDate > b->endDate;
        }
        return a->id > b->id;
    };
    QHash<QString, const SupportPeriod*> out;
    for (const SupportPeriod* p : inPeriod) {
        const SupportPeriod*& current = out[p->serviceUserId];
        if (!current || later(p, current))
            current = p;
    }
    return out;
}

std::optional<double> percent(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    // In tenths, rounded half away from zero with integers only: 2/3 is 66.7, 1/8 is 12.5.
    const qint64 scaled = 1000 * numerator;
    const qint64 tenths = (2 * scaled + denominator) / (2 * denominator);
    return double(tenths) / 10.0;
}

double hours(qint64 minutes)
{
    // Tenths of an hour are six minutes: round minutes / 6 half away from zero.
    return double((2 * minutes + 6) / 12) / 10.0;
}

qint64 nightsInHospital(const HospitalStay& stay, const ReportingPeriod& period)
{
    if (!stay.admittedOn.isValid())
        return 0;
    const QDate first = std::max(stay.admittedOn, period.from);
    const QDate last = stay.dischargedOn.isValid() ? std::min(stay.dischargedOn.addDays(-1), period.to) : period.to;
    return first <= last ? first.daysTo(last) + 1 : 0;
}

ReturnParts partsOf(const QString& kpiId)
{
    using Part = ReturnPart;
    // As computeFigure reads them; the periods and their people are always there.
    static const QHash<QString, ReturnParts> parts = {
        {QStringLiteral("paid_work"), Part::Outcomes},
        {QStringLiteral("training_education"), Part::Outcomes},
        {QStringLiteral("meaningful_occupation"), Part::Outcomes},
        {QStringLiteral("gp_registered"), {}},
        {QStringLiteral("enhanced_cpa"), {}},
        {QStringLiteral("hospital_admissions"), Part::HospitalStays},
        {QStringLiteral("hospital_days"), Part::HospitalStays},
        {QStringLiteral("maintained_independence"), {}},
        {QStringLiteral("planned_move_on"), {}},
        {QStringLiteral("first_contact_48h"), Part::Referrals},
        {QStringLiteral("cmht_referrals"), Part::Referrals},
        {QStringLiteral("contact_hours"), Part::Appointments},
        {QStringLiteral("new_service_users"), Part::EarliestStarts},
        {QStringLiteral("structured_sessions"), Part::Sessions},
        {QStringLiteral("therapeutic_interventions"), Part::Sessions},
        {QStringLiteral("mainstream_access"), Part::Sessions},
        {QStringLiteral("social_and_drop_in"), Part::Sessions},
        {QStringLiteral("education_training"), Part::Sessions},
        {QStringLiteral("peer_led_hours"), Part::Sessions},
        {QStringLiteral("befriending_participants"), Part::Sessions | Part::BefriendingAttendance},
        {QStringLiteral("star_mean_distance"), Part::Stars},
    };
    return parts.value(kpiId, EveryPart);
}

QStringList befriendingSessions(const ReturnData& data)
{
    QStringList ids;
    for (const GroupSession& s : data.sessions)
        if (isBefriendingInPeriod(s, data))
            ids << s.id;
    return ids;
}

ReturnParts partsFor(const QString& kpiSet)
{
    ReturnParts parts;
    for (const KpiDefinition& d : KpiDefinition::forSet(kpiSet))
        parts |= partsOf(d.id);
    return parts;
}

KpiReturn compute(const ReturnData& data)
{
    const Population pop(data);
    KpiReturn out;
    out.contract = data.contract;
    out.period = data.period;
    out.serviceUsers = pop.people.size();
    for (const QString& id : pop.people)
        out.serviceUserRecords << personRecord(id, periodDates(*pop.current.value(id)));
    for (const KpiDefinition& d : KpiDefinition::forSet(data.contract.kpiSet)) {
        KpiFigure f = computeFigure(d, pop);
        if (d.target && f.value)
            f.met = *f.value >= *d.target;
        out.figures << f;
    }
    return out;
}

} // namespace waymark::KpiCalculator
