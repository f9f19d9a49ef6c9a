#include "core/reports/ReportingPeriod.h"

#include "core/domain/DocumentLanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark {

ReportingPeriod ReportingPeriod::quarterOf(const QDate& day)
{
    const int index = (day.month() - 4 + 12) % 12 / 3; // 0 = April to June
    const int startMonth = 4 + index * 3;
    const int year = day.month() < 4 ? day.year() - 1 : day.year();
    const QDate start(startMonth > 12 ? year + 1 : year, startMonth > 12 ? startMonth - 12 : startMonth, 1);
    return {start, start.addMonths(3).addDays(-1)};
}

QVector<ReportingPeriod> ReportingPeriod::recentQuarters(const QDate& today, int count)
{
    QVector<ReportingPeriod> out;
    QDate day = today;
    for (int i = 0; i < count; ++i) {
        out << quarterOf(day);
        day = out.last().from.addDays(-1);
    }
    return out;
}

bool ReportingPeriod::isQuarter() const
{
    return isValid() && quarterOf(from) == *this;
}

ReportingPeriod ReportingPeriod::previous() const
{
    if (isQuarter())
        return quarterOf(from.addDays(-1));
    const qint64 days = from.daysTo(to) + 1;
    return {from.addDays(-days), from.addDays(-1)};
}

QString ReportingPeriod::label() const
{
    // The C locale's English month names ("Sep", not the UK locale's "Sept"), as LocalTime writes dates.
    const QLocale uk = QLocale::c();
    if (isQuarter())
        return DocumentLanguage::translate("ReportingPeriod", "%1 to %2 %3")
            .arg(uk.toString(from, QStringLiteral("MMM")), uk.toString(to, QStringLiteral("MMM")),
                 QString::number(to.year()));
    return DocumentLanguage::translate("ReportingPeriod", "%1 to %2")
        .arg(uk.toString(from, QStringLiteral("d MMM yyyy")), uk.toString(to, QStringLiteral("d MMM yyyy")));
}

} // namespace waymark
