#pragma once

#include "core/documents/PrintedForms.h"
#include "core/domain/DiaryEntry.h"

#include <QDate>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace waymark {

struct CaseworkServices;
struct Repositories;
class CaseworkForms;
class Clock;
class EmptyState;

// A worker's diary, a day or a week at a time (Monday to Sunday, London time): each day with its
// appointments and hours, each appointment marked attended, not attended or cancelled in one
// click, moved, or opened in the person's record; booking from here; and the diary as an
// iCalendar file for Outlook or Thunderbird.
class DiaryPage : public QWidget {
    Q_OBJECT
public:
    enum class Span { Day, Week };

    DiaryPage(Repositories& repositories, CaseworkServices& services, const Clock& clock,
              QWidget* parent = nullptr);

    bool reload();
    void showStaff(const QString& staffId);
    // A key worker's diary: only their own appointments, and only their caseload to book for.
    void restrictTo(const QString& staffId);
    void showSpan(Span span);
    void showDate(const QDate& date);
    QDate firstDay() const;
    QDate lastDay() const;

    QTreeWidget* view() const { return m_view; }
    const QVector<DiaryEntry>& entries() const { return m_entries; }
    // Selects an appointment in the list; false when it is not shown.
    bool select(const QString& appointmentId);
    QString selectedAppointment() const;

    // The actions on the selected appointment, or the diary shown.
    bool mark(const QString& status);
    bool moveSelected();
    bool exportCalendar(const QString& path);
    // A letter to the person about the selected appointment (print preview shows it).
    Result<PrintedForm> letterForSelected() const;
    // Booking from the diary: asks whom for (people in support), then the booking form.
    bool book();
    // The booking form for one support period, with the diary's worker; not yet shown.
    class FormDialog* bookingForm(const QString& supportPeriodId);

signals:
    void openServiceUser(const QString& serviceUserId);

private:
    void fillStaff();
    void updateActions();
    const DiaryEntry* selectedEntry() const;

    Repositories& m_repositories;
    CaseworkServices& m_services;
    const Clock& m_clock;
    CaseworkForms* m_forms;
    Span m_span = Span::Week;
    QDate m_date;
    QVector<DiaryEntry> m_entries;
    QComboBox* m_staff;
    QString m_onlyStaff;
    QComboBox* m_spanChoice;
    QLabel* m_range;
    QLabel* m_totals;
    QTreeWidget* m_view;
    EmptyState* m_empty;
    QList<QPushButton*> m_itemActions;
};

} // namespace waymark
