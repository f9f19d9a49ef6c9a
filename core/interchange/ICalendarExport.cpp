#include "core/interchange/ICalendarExport.h"

#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"

#include <QSaveFile>

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

namespace waymark::ICalendarExport {

namespace {

icaltimetype utcTime(const QDateTime& moment)
{
    return icaltime_from_timet_with_zone(time_t(moment.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

} // namespace

QByteArray toICalendar(const QVector<DiaryEntry>& entries, const QString& calendarName, const QDateTime& stamp)
{
    std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> calendar(icalcomponent_new_vcalendar(),
                                                                           &icalcomponent_free);
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Waymark//Waymark diary//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    // The calendar's name as Outlook, Apple and Google read it.
    icalproperty* name = icalproperty_new_x(utf8(calendarName).constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), name);

    const CodeList& kinds = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::AppointmentKind));
    const CodeList& statuses = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::AppointmentStatus));
    for (const DiaryEntry& e : entries) {
        const Appointment& a = e.appointment;
        if (!a.startsAt.isValid())
            continue;
        icalcomponent* event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(utf8(a.id + QStringLiteral("@waymark")).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
        icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(a.startsAt)));
        icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(a.startsAt.addSecs(qint64(a.durationMinutes) * 60))));
        const QString who = PersonName::brief(e.givenName, e.familyName, e.preferredName);
        icalcomponent_add_property(
            event, icalproperty_new_summary(utf8(QStringLiteral("%1: %2").arg(kinds.label(a.kind), who)).constData()));
        icalcomponent_add_property(
            event, icalproperty_new_description(
                       utf8(QStringLiteral("%1\n%2").arg(e.contractName, statuses.label(a.status))).constData()));
        const bool cancelled = a.status.startsWith(QLatin1String("cancelled"));
        icalcomponent_add_property(event, icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED
                                                                            : ICAL_STATUS_CONFIRMED));
        // Busy while it happens, free once cancelled.
        icalcomponent_add_property(event, icalproperty_new_transp(cancelled ? ICAL_TRANSP_TRANSPARENT
                                                                            : ICAL_TRANSP_OPAQUE));
        icalcomponent_add_component(calendar.get(), event);
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray out(text);
    std::free(text);
    return out;
}

Status writeFile(const QByteArray& calendar, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size() || !file.commit())
        return Error{QObject::tr("The calendar could not be written to %1: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace waymark::ICalendarExport
