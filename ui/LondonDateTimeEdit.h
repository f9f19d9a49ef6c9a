#pragma once

#include <QDateTimeEdit>

namespace waymark {

// A date and time field that means London time whatever the computer's own time zone, and
// writes it UK style ("Mon 3 Aug 2026 14:30"). Holds UTC moments for the code that uses it.
class LondonDateTimeEdit : public QDateTimeEdit {
    Q_OBJECT
public:
    explicit LondonDateTimeEdit(QWidget* parent = nullptr);

    void setMoment(const QDateTime& utc);
    // The UTC moment shown; invalid for a time the clocks skip.
    QDateTime moment() const;
};

} // namespace waymark
