#include "core/domain/LocalTime.h"

#include "core/domain/DocumentLanguage.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace waymark::LocalTime {

namespace {

const QTimeZone& london()
{
    static const QTimeZone zone("Europe/London");
    return zone;
}

// A character's code, of text or of UTF-8 bytes.
char16_t codeOf(QChar c)
{
    return c.unicode();
}
char16_t codeOf(char c)
{
    return char16_t(uchar(c)); // a byte of a character that is not ASCII is above 127
}

// The number the ASCII digits at [from, from + count) make; none when one is not a digit.
template <typename Text> std::optional<int> digitsAt(const Text& text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = codeOf(text[i]);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DD" exactly, ASCII digits only, in a QStringView or UTF-8 bytes alike (a character
// that is not ASCII is never a digit, and makes UTF-8 longer than ten bytes). Read by hand, not
// by a regular expression: an import checks millions of them.
template <typename Text> QDate isoDateIn(const Text& text)
{
    if (text.size() != 10 || codeOf(text[4]) != u'-' || codeOf(text[7]) != u'-')
        return {};
    const std::optional<int> year = digitsAt(text, 0, 4);
    const std::optional<int> month = digitsAt(text, 5, 2);
    const std::optional<int> day = digitsAt(text, 8, 2);
    if (!year || !month || !day)
        return {};
    return QDate(*year, *month, *day);
}

// "YYYY-MM-DDTHH:MM:SSZ" exactly.
template <typename Text> QDateTime isoDateTimeUtcIn(const Text& text)
{
    if (text.size() != 20 || codeOf(text[10]) != u'T' || codeOf(text[13]) != u':' || codeOf(text[16]) != u':' ||
        codeOf(text[19]) != u'Z')
        return {};
    const QDate date = isoDateIn(text.first(10));
    const std::optional<int> hour = digitsAt(text, 11, 2);
    const std::optional<int> minute = digitsAt(text, 14, 2);
    const std::optional<int> second = digitsAt(text, 17, 2);
    if (!date.isValid() || !hour || !minute || !second)
        return {};
    const QTime time(*hour, *minute, *second);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// What one of formatDate and formatDateTime has made on a thread in the language in use, by day
// or by moment. QLocale reads its format again for every date it writes, and a return writes
// the same few thousand days and appointment times on tens of thousands of its records.
struct Formatted {
    QLocale locale;
    QHash<qint64, QString> made;
};

template <typename Make> QString formattedOnce(Formatted& formatted, qint64 key, Make make)
{
    const QLocale locale = DocumentLanguage::locale();
    if (!(locale == formatted.locale)) {
        formatted.locale = locale;
        formatted.made.clear();
    }
    auto found = formatted.made.constFind(key);
    if (found == formatted.made.constEnd()) {
        // A bound on what a thread keeps (a couple of megabytes), above a return's few thousand.
        if (formatted.made.size() >= 20000)
            formatted.made.clear();
        found = formatted.made.insert(key, make(locale));
    }
    return found.value();
}

} // namespace

QDateTime toLondon(const QDateTime& utc) { return utc.toTimeZone(london()); }

QDate londonDate(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    // London's offset from UTC changes only on the hour (at 01:00 UTC), so it is asked of the
    // time zone once for each hour met and kept: a return puts tens of thousands of appointments
    // on their London dates, and a time zone conversion each was a tenth of its calculation.
    constexpr qint64 MsPerHour = 3600 * 1000, MsPerDay = 24 * MsPerHour;
    const qint64 ms = utc.toMSecsSinceEpoch();
    const qint64 hour = ms >= 0 ? ms / MsPerHour : -((-ms + MsPerHour - 1) / MsPerHour);
    thread_local QHash<qint64, int> offsetOfHour;
    auto found = offsetOfHour.constFind(hour);
    if (found == offsetOfHour.constEnd()) {
        if (offsetOfHour.size() > 100000)
            offsetOfHour.clear();
        found = offsetOfHour.insert(hour,
                                    london().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hour * MsPerHour, Qt::UTC)));
    }
    const qint64 local = ms + qint64(*found) * 1000;
    const qint64 day = local >= 0 ? local / MsPerDay : -((-local + MsPerDay - 1) / MsPerDay);
    constexpr qint64 JulianDayOfEpoch = 2440588; // 1 January 1970
    return QDate::fromJulianDay(JulianDayOfEpoch + day);
}

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
    thread_local Formatted dates;
    return formattedOnce(dates, date.toJulianDay(), [&date](const QLocale& locale) {
        return locale.toString(date, QStringLiteral("ddd d MMM yyyy"));
    });
}

QString formatDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    thread_local Formatted moments;
    return formattedOnce(moments, utc.toMSecsSinceEpoch(), [&utc](const QLocale& locale) {
        return locale.toString(toLondon(utc), QStringLiteral("ddd d MMM yyyy HH:mm"));
    });
}

QDate parseIsoDate(const QString& text)
{
    return isoDateIn(QStringView(text));
}

QDate parseIsoDateUtf8(QByteArrayView utf8)
{
    return isoDateIn(utf8);
}

QDateTime parseIsoDateTimeUtc(const QString& text)
{
    return isoDateTimeUtcIn(QStringView(text));
}

QDateTime parseIsoDateTimeUtcUtf8(QByteArrayView utf8)
{
    return isoDateTimeUtcIn(utf8);
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
