#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace waymark {

// Dates and times as the service sees them: stored in UTC, shown and counted in Europe/London.
namespace LocalTime {

QDateTime toLondon(const QDateTime& utc);
// The Europe/London calendar date of a UTC moment (what a KPI or a DNA is dated by).
QDate londonDate(const QDateTime& utc);
// The UTC moment of a London wall-clock date and time (what a form's date and time fields mean).
// In the hour the clocks go back it is the first of the two; a time the clocks skip is invalid.
QDateTime fromLondon(const QDate& date, const QTime& time);

// "Mon 3 Aug 2026", as the seeds' readers write dates; in Polish or Bengali while a printed form in
// that language is made, or when the window is in it (DocumentLanguage).
QString formatDate(const QDate& date);
// "Mon 3 Aug 2026 14:30", in Europe/London.
QString formatDateTime(const QDateTime& utc);

// Interchange forms: "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM:SSZ". Invalid on anything else.
QDate parseIsoDate(const QString& text);
// A date as people type it in the UK: "14/03/1980", "14/3/80" is refused (two-digit years are
// ambiguous), "14-03-1980", "14.03.1980", or "1980-03-14". Invalid on anything else.
QDate parseTypedDate(const QString& text);
QDateTime parseIsoDateTimeUtc(const QString& text);
// The same read from text as UTF-8 (a database's column, not made into a QString first).
QDate parseIsoDateUtf8(QByteArrayView utf8);
QDateTime parseIsoDateTimeUtcUtf8(QByteArrayView utf8);
// What a person types for a moment: the interchange form, an offset ("2026-07-01T10:00+01:00"),
// or a London wall-clock time ("2026-07-01 10:00"). UTC; invalid on anything else.
QDateTime parseMoment(const QString& text);
QString isoDate(const QDate& date);
QString isoDateTimeUtc(const QDateTime& dateTime);

// Whole years of age on a date.
int ageOn(const QDate& dateOfBirth, const QDate& on);

} // namespace LocalTime
} // namespace waymark
