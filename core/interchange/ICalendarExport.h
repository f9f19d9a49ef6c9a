#pragma once

#include "core/domain/DiaryEntry.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QVector>

namespace waymark {

// A worker's diary as an iCalendar file (RFC 5545) that Outlook and Thunderbird import: one
// event per appointment, in UTC, with a stable UID so that importing a newer export updates the
// events instead of doubling them. Written with libical.
namespace ICalendarExport {

// `calendarName` names the calendar ("Jo Marsh, Waymark"). Cancelled appointments are kept,
// marked cancelled, so a calendar that had them shows them cancelled. To keep personal data off
// shared calendars, a person appears by first name and family initial only.
QByteArray toICalendar(const QVector<DiaryEntry>& entries, const QString& calendarName,
                       const QDateTime& stamp);

Status writeFile(const QByteArray& calendar, const QString& path);

} // namespace ICalendarExport

} // namespace waymark
