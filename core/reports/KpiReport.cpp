#include "core/reports/KpiReport.h"

#include "core/domain/LocalTime.h"
#include "core/reports/DistanceReport.h"
#include "core/reports/JsonText.h"
#include "core/storage/ParallelReader.h"
#include "core/storage/Repositories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QScopeGuard>

namespace waymark {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("waymark::KpiReport", text);
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalCount(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template <typename T>
bool take(Result<T>&& result, T& into, Error& error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    into = std::move(result.value());
    return true;
}

} // namespace

Result<ReturnData> KpiReport::load(Database& database, const Contract& contract, const ReportingPeriod& period,
                                   const Progress& progress, KpiCalculator::ReturnParts parts, bool starsBeside)
{
    using Part = KpiCalculator::ReturnPart;
    Repositories repos(database);
    ReturnData data;
    data.contract = contract;
    data.period = period;
    // Date-times are stored in UTC and counted on their London date: read a day either side and
    // let the calculation keep exactly the period's days.
    const QDateTime fromUtc = period.from.addDays(-1).startOfDay(Qt::UTC);
    const QDateTime toUtc = period.to.addDays(2).startOfDay(Qt::UTC);
    const QString id = contract.id;
    // Every read of a file is of one committed state: the return is true of one moment, whatever
    // is saved while it is worked out.
    const bool ownRead = database.beginReading();
    const auto endRead = qScopeGuard([&] {
        if (ownRead)
            database.endReading();
    });
    Error error;
    int done = 0;
    // Each read that succeeded is counted, and may be the last one asked for; a read not asked
    // for is counted as done.
    const auto counted = [&](bool read) {
        if (!read)
            return false;
        if (progress && !progress(++done, LoadSteps)) {
            error = Error{tr("The return was cancelled before it was worked out."), {}};
            return false;
        }
        return true;
    };
    const auto readIf = [&](Part part, auto&& read) { return counted(!parts.testFlag(part) || read()); };
    // The whole register of the sessions read, or only the befriending sessions' (all a return's
    // figures count of it), or none; after the sessions, which say which those are.
    const auto readAttendance = [&] {
        if (parts.testFlag(Part::Attendance))
            return take(repos.sessions.attendanceBetween(id, fromUtc, toUtc), data.attendance, error);
        if (parts.testFlag(Part::BefriendingAttendance))
            return take(repos.sessions.attendanceAt(KpiCalculator::befriendingSessions(data)), data.attendance, error);
        return true;
    };
    QVector<QPair<Appointment, QString>> appointments;
    // The periods read first: an attended appointment of one of them is the contract's.
    QHash<QString, QString> periodPeople;
    const auto readPeriods = [&] {
        if (!take(repos.supportPeriods.inPeriod(id, period.from, period.to), data.supportPeriods, error))
            return false;
        periodPeople.reserve(data.supportPeriods.size());
        for (const SupportPeriod& p : std::as_const(data.supportPeriods))
            periodPeople.insert(p.id, p.serviceUserId);
        return true;
    };
    const auto periodIds = [&data] {
        QStringList ids;
        ids.reserve(data.supportPeriods.size());
        for (const SupportPeriod& p : std::as_const(data.supportPeriods))
            ids << p.id;
        return ids;
    };
    const auto readTemplate = [&] {
        Result<std::optional<StarTemplate>> star = repos.stars.findTemplate(contract.starTemplateId);
        if (!star) {
            error = star.error();
            return false;
        }
        data.star = star.value();
        return true;
    };
    if (parts.testFlag(Part::Stars) && !contract.starTemplateId.isEmpty() && !readTemplate())
        return error;
    // The stars read on a second connection, from the start, beside every read below: at 50,000
    // people they are about half of the Camden return's reading.
    QVector<StarAssessment> starsReadBeside; // written on the second connection's thread
    ParallelReader* starReader = nullptr;
    // Waited for on every way out: the second connection writes starsReadBeside until then.
    const auto waitForStars = qScopeGuard([&starReader] {
        if (starReader)
            starReader->wait();
    });
    if (data.star && starsBeside && ownRead && !database.isServer()) {
        starReader = &database.parallelReader();
        if (starReader->attach(database)) {
            starReader->run([contractId = id, from = period.from, to = period.to, star = *data.star,
                             &starsReadBeside](Database& second) -> Status {
                // The periods' ids as inPeriod() reads them on the first connection.
                Result<QStringList> ids = SupportPeriodRepository(second).idsInPeriod(contractId, from, to);
                if (!ids)
                    return ids.error();
                Result<QVector<StarAssessment>> read =
                    DistanceReport::assessments(StarRepository(second), ids.value(), star, to);
                if (!read)
                    return read.error();
                starsReadBeside = std::move(read.value());
                return {};
            });
        } else {
            // Not read beside (something was saved after the template was read, or the second
            // connection could not read): the template read again, as it is now, and the stars
            // after the rest, on this connection.
            starReader = nullptr;
            if (!readTemplate())
                return error;
        }
    }
    if (!counted(readPeriods()))
        return error;
    if (!readIf(Part::Outcomes,
                [&] {
                    return take(repos.supportPeriods.leaverOutcomes(id, period.from, period.to), data.outcomes, error);
                }) ||
        !readIf(Part::Referrals,
                [&] { return take(repos.referrals.receivedBetween(id, fromUtc, toUtc), data.referrals, error); }) ||
        !readIf(Part::Appointments,
                [&] {
                    return take(repos.appointments.attendedForContract(id, fromUtc, toUtc, periodPeople), appointments,
                                error);
                }) ||
        !readIf(Part::HospitalStays,
                [&] {
                    return take(repos.hospitalStays.forReturn(id, period.from, period.to), data.hospitalStays, error);
                }) ||
        !readIf(Part::Sessions,
                [&] { return take(repos.sessions.startingBetween(id, fromUtc, toUtc), data.sessions, error); }) ||
        !counted(readAttendance()) || !readIf(Part::EarliestStarts, [&] {
            return take(repos.supportPeriods.earliestStartsWithin(id, period.from, period.to), data.earliestStart,
                        error);
        }))
        return error;
    data.appointments.reserve(appointments.size());
    for (const auto& [appointment, person] : appointments) {
        data.appointments << appointment;
        data.appointmentPeriodPerson.insert(appointment.supportPeriodId, person);
    }
    // Everyone the lists name, read once by id. Asking the database for "the people of these
    // periods, referrals, sessions and appointments" would search all four again (at 50,000
    // people, a third of the Camden return's time).
    QSet<QString> named;
    for (const SupportPeriod& p : std::as_const(data.supportPeriods))
        named.insert(p.serviceUserId);
    for (const Referral& r : std::as_const(data.referrals))
        named.insert(r.serviceUserId);
    for (const Attendance& a : std::as_const(data.attendance))
        named.insert(a.serviceUserId);
    for (const QString& person : std::as_const(data.appointmentPeriodPerson))
        named.insert(person);
    QStringList ids(named.begin(), named.end());
    ids.sort(); // the same statements for the same people, whatever the hash's order
    QVector<ServiceUser> people;
    if (!counted(take(repos.serviceUsers.findMany(ids), people, error)))
        return error;
    data.people.reserve(people.size());
    for (const ServiceUser& p : std::as_const(people))
        data.people.insert(p.id, p);
    if (starReader) {
        const Status read = std::exchange(starReader, nullptr)->wait();
        if (!read)
            return read.error();
        data.starAssessments = std::move(starsReadBeside);
    } else if (data.star && !take(DistanceReport::assessments(repos.stars, periodIds(), *data.star, period.to),
                                  data.starAssessments, error)) {
        return error;
    }
    if (!counted(true))
        return error;
    return data;
}

Result<KpiReport> KpiReport::build(Database& database, const Contract& contract, const ReportingPeriod& period,
                                   const Progress& progress)
{
    if (KpiDefinition::forSet(contract.kpiSet).isEmpty())
        return Error{tr("The contract %1 has no KPI set, so it has no return.").arg(contract.code), {}};
    if (!period.isValid())
        return Error{tr("The period starts after it ends."), {}};
    Result<ReturnData> data = load(database, contract, period, progress, KpiCalculator::partsFor(contract.kpiSet));
    if (!data)
        return data.error();
    KpiReport report;
    report.data = std::move(data.value());
    report.figures = KpiCalculator::compute(report.data);
    return report;
}

Result<KpiReport> KpiReport::build(Database& database, const QString& contractCode, const QDate& from,
                                   const QDate& to)
{
    Result<std::optional<Contract>> contract = Repositories(database).contracts.findByCode(contractCode);
    if (!contract)
        return contract.error();
    if (!contract->has_value())
        return Error{tr("There is no contract with the code %1.").arg(contractCode), {}};
    return build(database, **contract, ReportingPeriod{from, to});
}

QJsonObject KpiReport::toJson() const
{
    QJsonArray kpis;
    for (const KpiFigure& f : figures.figures)
        kpis << QJsonObject{
            {QStringLiteral("id"), f.definition.id},
            {QStringLiteral("label"), QString::fromUtf8(f.definition.label)},
            {QStringLiteral("numerator"), optionalCount(f.definition.unit == KpiDefinition::Unit::Percent ? f.numerator : std::nullopt)},
            {QStringLiteral("denominator"), optionalCount(f.denominator)},
            {QStringLiteral("value"), optionalNumber(f.value)},
            {QStringLiteral("unit"), f.definition.unitCode()},
            {QStringLiteral("target"), f.definition.target ? QJsonValue(*f.definition.target) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("met"), f.met ? QJsonValue(*f.met) : QJsonValue(QJsonValue::Null)}};
    return QJsonObject{{QStringLiteral("contract"), figures.contract.code},
                       {QStringLiteral("kpi_set"), figures.contract.kpiSet},
                       {QStringLiteral("from"), LocalTime::isoDate(figures.period.from)},
                       {QStringLiteral("to"), LocalTime::isoDate(figures.period.to)},
                       {QStringLiteral("service_users"), figures.serviceUsers},
                       {QStringLiteral("kpis"), kpis}};
}

QByteArray KpiReport::toJsonText() const
{
    return JsonText::document(
        toJson(),
        {QStringLiteral("contract"), QStringLiteral("kpi_set"), QStringLiteral("from"), QStringLiteral("to"),
         QStringLiteral("service_users")},
        QStringLiteral("kpis"),
        {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("numerator"), QStringLiteral("denominator"),
         QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("target"), QStringLiteral("met")});
}

} // namespace waymark
