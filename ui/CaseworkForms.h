#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/CaseNote.h"
#include "core/domain/Complaint.h"
#include "core/domain/OutcomeRecord.h"
#include "core/domain/Staff.h"
#include "core/domain/SupportPeriod.h"

#include <QObject>
#include <QVector>

#include <optional>

class QWidget;

namespace waymark {

struct CaseworkServices;
class Clock;
class FormDialog;

// The short forms of a support period and its notes: change of key worker, extension, withdrawal
// review, closure with the Outcomes Framework record, a case note and a correction. Each build
// function makes the form ready to fill (tests fill and save it); open() shows it and waits.
class CaseworkForms : public QObject {
    Q_OBJECT
public:
    CaseworkForms(CaseworkServices& services, const Clock& clock, QObject* parent = nullptr);

    // The staff a form may name (active ones), set by the screen that opens the forms.
    void setStaff(const QVector<Staff>& staff) { m_staff = staff; }

    FormDialog* keyWorkerForm(const SupportPeriod& period, QWidget* parent);
    FormDialog* extensionForm(const SupportPeriod& period, QWidget* parent);
    FormDialog* withdrawalReviewForm(const SupportPeriod& period, QWidget* parent);
    FormDialog* closureForm(const SupportPeriod& period, const QVector<OutcomeRecord>& outcomes,
                            QWidget* parent);
    FormDialog* noteForm(const SupportPeriod& period, const QString& authorId, QWidget* parent);
    FormDialog* correctionForm(const CaseNote& note, const QString& authorId, QWidget* parent);
    // Booking an appointment; shows the week's hours against the cap as it is filled, and asks
    // for the reason when the booking goes over it.
    // With `existing`, the form moves or changes that appointment instead.
    FormDialog* appointmentForm(const SupportPeriod& period, const QString& staffId, QWidget* parent,
                                const std::optional<Appointment>& existing = std::nullopt);
    FormDialog* hospitalStayForm(const QString& serviceUserId, QWidget* parent);
    FormDialog* complaintForm(const QString& serviceUserId, QWidget* parent);
    FormDialog* sentToCommissionerForm(const Complaint& complaint, QWidget* parent);
    // The outcome of a complaint and the date it was closed.
    FormDialog* complaintOutcomeForm(const Complaint& complaint, QWidget* parent);
    FormDialog* incidentForm(const QString& serviceUserId, QWidget* parent);

    // Shows a form and waits; true when it was saved. The form is deleted afterwards.
    static bool open(FormDialog* form);

private:
    CaseworkServices& m_services;
    const Clock& m_clock;
    QVector<Staff> m_staff;
};

} // namespace waymark
