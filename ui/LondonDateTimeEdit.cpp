#include "ui/LondonDateTimeEdit.h"

#include "core/domain/LocalTime.h"

namespace waymark {

LondonDateTimeEdit::LondonDateTimeEdit(QWidget* parent)
    : QDateTimeEdit(parent)
{
    // The wall clock is kept without a zone; moment() reads it as London's.
    setTimeSpec(Qt::LocalTime);
    setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    setCalendarPopup(true);
}

void LondonDateTimeEdit::setMoment(const QDateTime& utc)
{
    const QDateTime london = LocalTime::toLondon(utc);
    setDateTime(QDateTime(london.date(), london.time()));
}

QDateTime LondonDateTimeEdit::moment() const
{
    return LocalTime::fromLondon(date(), time());
}

} // namespace waymark
