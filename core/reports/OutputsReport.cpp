#include "core/reports/OutputsReport.h"

#include "core/domain/DocumentLanguage.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/reports/JsonText.h"
#include "core/reports/KpiCalculator.h"
#include "core/reports/KpiReport.h"
#include "core/storage/Repositories.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace waymark {

namespace {

QString trOutputs(const char* text)
{
    return DocumentLanguage::translate("OutputsReport", text);
}

const QString NotRecorded = QStringLiteral("not_recorded");

struct Group {
    QString code;
    QString label;
};

QVector<Group> groupsFor(OutputsReport::By by)
{
    QVector<Group> out;
    const auto fromList = [&](const char* list) {
        for (const Code& c : ReferenceCodes::list(QString::fromLatin1(list)).codes())
            out << Group{c.code, ReferenceCodes::list(QString::fromLatin1(list)).displayLabel(c.code)};
    };
    switch (by) {
    case OutputsReport::By::Nothing:
        return {{QStringLiteral("all"), trOutputs("Everyone")}};
    case OutputsReport::By::Gender:
        fromList(ReferenceCodes::Gender);
        break;
    case OutputsReport::By::Ethnicity:
        fromList(ReferenceCodes::Ethnicity);
        break;
    case OutputsReport::By::AgeBand:
        out << Group{QStringLiteral("under_18"), trOutputs("Under 18")};
        for (const char* band : {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"})
            out << Group{QString::fromLatin1(band), QString::fromLatin1(band)};
        break;
    }
    out << Group{NotRecorded, trOutputs("Not recorded")};
    return out;
}

QString ageBand(const QDate& dateOfBirth, const QDate& on)
{
    if (!dateOfBirth.isValid())
        return NotRecorded;
    const int age = LocalTime::ageOn(dateOfBirth, on);
    if (age < 18)
        return QStringLiteral("under_18");
    if (age >= 65)
        return QStringLiteral("65+");
    static const int starts[] = {18, 25, 35, 45, 55};
    static const char* const names[] = {"18-24", "25-34", "35-44", "45-54", "55-64"};
    for (int i = 4; i >= 0; --i)
        if (age >= starts[i])
            return QString::fromLatin1(names[i]);
    return NotRecorded;
}

QJsonValue cellJson(const OutputsReport::Cell& cell)
{
    if (cell.suppressed())
        return QStringLiteral("<5");
    return cell.value;
}

QJsonObject rowJson(const OutputsReport::Row& row)
{
    return QJsonObject{{QStringLiteral("group"), row.group},
                       {QStringLiteral("label"), row.label},
                       {QStringLiteral("service_users"), cellJson(row.serviceUsers)},
                       {QStringLiteral("new_service_users"), cellJson(row.newServiceUsers)},
                       {QStringLiteral("contact_hours"), cellJson(row.contactHours)},
                       {QStringLiteral("sessions_attended"), cellJson(row.sessionsAttended)}};
}

QStringList rowKeys()
{
    return {QStringLiteral("group"),         QStringLiteral("label"),
            QStringLiteral("service_users"), QStringLiteral("new_service_users"),
            QStringLiteral("contact_hours"), QStringLiteral("sessions_attended")};
}

// Hides what could identify someone, column by column: every figure of 1 to 4 people, and
// then, where a column hides a single group, the next smallest group that is not empty (or the
// total, when there is none), so that no hidden figure is the total less the others.
void suppressSmallGroups(OutputsReport& report)
{
    using Cell = OutputsReport::Cell;
    using Member = Cell OutputsReport::Row::*;
    for (Member member : {&OutputsReport::Row::serviceUsers, &OutputsReport::Row::newServiceUsers,
                          &OutputsReport::Row::contactHours, &OutputsReport::Row::sessionsAttended}) {
        const auto primary = [](Cell& cell) { cell.hidden = cell.people > 0 && cell.people < 5; };
        primary(report.total.*member);
        int hidden = 0;
        for (OutputsReport::Row& row : report.rows) {
            primary(row.*member);
            hidden += (row.*member).hidden ? 1 : 0;
        }
        if (report.by == OutputsReport::By::Nothing || hidden != 1 || (report.total.*member).hidden)
            continue;
        Cell* smallest = nullptr;
        for (OutputsReport::Row& row : report.rows) {
            Cell& cell = row.*member;
            if (!cell.hidden && cell.people > 0 && (!smallest || cell.people < smallest->people))
                smallest = &cell;
        }
        (smallest ? *smallest : report.total.*member).hidden = true;
    }
}

} // namespace

std::optional<OutputsReport::By> OutputsReport::byNamed(const QString& name)
{
    if (name.isEmpty())
        return By::Nothing;
    if (name == QLatin1String("gender"))
        return By::Gender;
    if (name == QLatin1String("age_band"))
        return By::AgeBand;
    if (name == QLatin1String("ethnicity"))
        return By::Ethnicity;
    return std::nullopt;
}

QString OutputsReport::byName(By by)
{
    switch (by) {
    case By::Gender:
        return QStringLiteral("gender");
    case By::AgeBand:
        return QStringLiteral("age_band");
    case By::Ethnicity:
        return QStringLiteral("ethnicity");
    case By::Nothing:
        break;
    }
    return {};
}

QStringList OutputsReport::figureNames()
{
    return {trOutputs("Service users (N)"), trOutputs("New service users"), trOutputs("Contact hours"),
            trOutputs("Sessions attended")};
}

OutputsReport OutputsReport::compute(const ReturnData& data, By by)
{
    OutputsReport report;
    report.contract = data.contract;
    report.period = data.period;
    report.by = by;

    const auto groupOf = [&](const QString& personId) -> QString {
        if (by == By::Nothing)
            return QStringLiteral("all");
        const auto it = data.people.constFind(personId);
        if (it == data.people.constEnd())
            return NotRecorded;
        switch (by) {
        case By::Gender:
            return it->gender.isEmpty() ? NotRecorded : it->gender;
        case By::Ethnicity:
            return it->ethnicity.isEmpty() ? NotRecorded : it->ethnicity;
        case By::AgeBand:
            return ageBand(it->dateOfBirth, data.period.to);
        case By::Nothing:
            break;
        }
        return NotRecorded;
    };

    // Per figure: the people behind it and its value, per group and in total.
    struct Tally {
        QSet<QString> people;
        qint64 amount = 0; // people, minutes or attendances
    };
    enum Figure { ServiceUsers, NewServiceUsers, ContactMinutes, Attendances, FigureCount };
    QHash<QString, Tally> tallies[FigureCount];
    Tally totals[FigureCount];
    const auto add = [&](Figure figure, const QString& personId, qint64 amount) {
        for (Tally* t : {&tallies[figure][groupOf(personId)], &totals[figure]}) {
            t->people.insert(personId);
            t->amount += amount;
        }
    };

    QSet<QString> seen;
    for (const SupportPeriod* p : KpiCalculator::periodsInPeriod(data))
        if (!seen.contains(p->serviceUserId)) {
            seen.insert(p->serviceUserId);
            add(ServiceUsers, p->serviceUserId, 1);
        }
    for (auto it = data.earliestStart.constBegin(); it != data.earliestStart.constEnd(); ++it)
        if (data.period.from <= it.value() && it.value() <= data.period.to)
            add(NewServiceUsers, it.key(), 1);
    for (const Appointment& a : data.appointments) {
        const auto person = data.appointmentPeriodPerson.constFind(a.supportPeriodId);
        const QDate day = LocalTime::londonDate(a.startsAt);
        if (person != data.appointmentPeriodPerson.constEnd() && a.status == QLatin1String("attended")
            && data.period.from <= day && day <= data.period.to)
            add(ContactMinutes, *person, a.durationMinutes);
    }
    QSet<QString> sessionsInPeriod;
    for (const GroupSession& s : data.sessions) {
        const QDate day = LocalTime::londonDate(s.startsAt);
        if (s.contractId == data.contract.id && data.period.from <= day && day <= data.period.to)
            sessionsInPeriod.insert(s.id);
    }
    for (const Attendance& a : data.attendance)
        if (a.attended && sessionsInPeriod.contains(a.sessionId))
            add(Attendances, a.serviceUserId, 1);

    const auto rowFrom = [&](const QString& code, const QString& label, const Tally* t) {
        Row row;
        row.group = code;
        row.label = label;
        Cell* cells[FigureCount] = {&row.serviceUsers, &row.newServiceUsers, &row.contactHours, &row.sessionsAttended};
        for (int f = 0; f < FigureCount; ++f) {
            cells[f]->people = t[f].people.size();
            cells[f]->value = f == ContactMinutes ? KpiCalculator::hours(t[f].amount) : double(t[f].amount);
        }
        return row;
    };
    for (const Group& g : groupsFor(by)) {
        Tally row[FigureCount];
        for (int f = 0; f < FigureCount; ++f)
            row[f] = tallies[f].value(g.code);
        // Under 18 is listed only when someone is in it: the contracts start at 18.
        if (g.code == QLatin1String("under_18") && row[ServiceUsers].people.isEmpty() && row[Attendances].people.isEmpty()
            && row[ContactMinutes].people.isEmpty())
            continue;
        report.rows << rowFrom(g.code, g.label, row);
    }
    report.total = rowFrom(QStringLiteral("all"), trOutputs("Everyone"), totals);
    suppressSmallGroups(report);
    return report;
}

QString OutputsReport::groupLabel(By by, const QString& group)
{
    for (const Group& g : groupsFor(by))
        if (g.code == group)
            return g.label;
    return group == QLatin1String("all") ? trOutputs("Everyone") : group;
}

Result<OutputsReport> OutputsReport::build(Database& database, const QString& contractCode,
                                           const ReportingPeriod& period, By by)
{
    Result<std::optional<Contract>> contract = Repositories(database).contracts.findByCode(contractCode);
    if (!contract)
        return contract.error();
    if (!contract->has_value())
        return Error{trOutputs("There is no contract with the code %1.").arg(contractCode), {}};
    if (!period.isValid())
        return Error{trOutputs("The period starts after it ends."), {}};
    Result<ReturnData> data = KpiReport::load(database, **contract, period);
    if (!data)
        return data.error();
    return compute(data.value(), by);
}

QJsonObject OutputsReport::toJson() const
{
    QJsonArray groups;
    for (const Row& row : rows)
        groups << rowJson(row);
    return QJsonObject{{QStringLiteral("contract"), contract.code},
                       {QStringLiteral("from"), LocalTime::isoDate(period.from)},
                       {QStringLiteral("to"), LocalTime::isoDate(period.to)},
                       {QStringLiteral("by"), by == By::Nothing ? QJsonValue(QJsonValue::Null) : QJsonValue(byName(by))},
                       {QStringLiteral("total"), rowJson(total)},
                       {QStringLiteral("groups"), groups}};
}

QByteArray OutputsReport::toJsonText() const
{
    QJsonObject json = toJson();
    // The total is written as an ordered object too.
    QByteArray text = JsonText::document(json,
                                         {QStringLiteral("contract"), QStringLiteral("from"), QStringLiteral("to"),
                                          QStringLiteral("by")},
                                         QStringLiteral("groups"), rowKeys());
    const QString totalLine = QStringLiteral("  \"total\": %1,\n").arg(JsonText::orderedObject(rowJson(total), rowKeys()));
    const qsizetype at = text.indexOf("  \"groups\"");
    text.insert(at, totalLine.toUtf8());
    return text;
}

} // namespace waymark
