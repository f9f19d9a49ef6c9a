#include "core/domain/LocalTime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace waymark::LocalTime {

namespace {

const QTimeZone& london()
{
    static const QTimeZone zone("Europe/London");
    return zone;
}

const QLocale& ukLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

} // namespace

QDateTime toLondon(const QDateTime& utc) { return utc.toTimeZone(london()); }

QDate londonDate(const QDateTime& utc) { return toLondon(utc).date(); }

QDateTime fromLondon(const QDate& date, const QTime& time)
{
    const QDateTime local(date, time, london());
    if (!local.isValid() || local.time() != time)
        return {};
    return local.toUTC();
}

QString formatDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return ukLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString formatDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return ukLocale().toString(toLondon(utc), QStringLiteral("ddd d MMM yyyy HH:mm"));
}

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime parseIsoDateTimeUtc(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})Z$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDate parseTypedDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDate iso = parseIsoDate(trimmed);
    if (iso.isValid())
        return iso;
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    const QRegularExpressionMatch m = shape.match(trimmed);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
}

QDateTime parseMoment(const QString& text)
{
    const QDateTime utc = parseIsoDateTimeUtc(text);
    if (utc.isValid())
        return utc;
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    if (m.captured(5) == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    if (!m.captured(5).isEmpty()) {
        const QString offset = m.captured(5);
        const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int seconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(4, 2).toInt() * 60);
        return QDateTime(date, time, Qt::OffsetFromUTC, seconds).toUTC();
    }
    return fromLondon(date, time);
}

QString isoDate(const QDate& date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

QString isoDateTimeUtc(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

int ageOn(const QDate& dateOfBirth, const QDate& on)
{
    int age = on.year() - dateOfBirth.year();
    if (on.month() < dateOfBirth.month()
        || (on.month() == dateOfBirth.month() && on.day() < dateOfBirth.day()))
        --age;
    return age;
}

} // namespace waymark::LocalTime
