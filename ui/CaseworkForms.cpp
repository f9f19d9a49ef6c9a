#include "ui/CaseworkForms.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/services/CaseworkServices.h"
#include "ui/FieldMessages.h"
#include "ui/FormChoices.h"
#include "ui/FormDialog.h"
#include "ui/LondonDateTimeEdit.h"
#include "ui/StatusColours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

#include <memory>

namespace waymark {

namespace {

QDateEdit* dateField(const QDate& date, const char* name, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

QComboBox* staffField(const QVector<Staff>& staff, const QString& current, const char* name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->addItem(CaseworkForms::tr("Choose"), QString());
    for (const Staff& s : staff)
        if (s.active)
            box->addItem(s.name, s.id);
    FormChoices::select(box, current);
    return box;
}

} // namespace

CaseworkForms::CaseworkForms(CaseworkServices& services, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_clock(clock)
{
}

bool CaseworkForms::open(FormDialog* form)
{
    std::unique_ptr<FormDialog> owned(form);
    return owned->exec() == QDialog::Accepted;
}

FormDialog* CaseworkForms::keyWorkerForm(const SupportPeriod& period, QWidget* parent)
{
    auto* dialog = new FormDialog(tr("Change key worker"),
                                  tr("The new key worker takes over the person's support from today; "
                                     "the change is kept in the history."),
                                  tr("&Change key worker"), parent);
    dialog->setObjectName(QStringLiteral("keyWorkerForm"));
    QComboBox* worker = staffField(m_staff, period.keyWorkerId, "keyWorker", dialog);
    dialog->messages()->addRow(dialog->form(), tr("&Key worker:"), worker, QStringLiteral("key_worker_id"));
    dialog->setSave([this, period, worker] { return m_services.periods.changeKeyWorker(period.id, FormChoices::code(worker)); },
                    [this] { return m_services.periods.problems(); });
    return dialog;
}

FormDialog* CaseworkForms::extensionForm(const SupportPeriod& period, QWidget* parent)
{
    auto* dialog = new FormDialog(tr("Extend support"),
                                  tr("Support may go past its maximum length only when the care "
                                     "practitioner or team agrees (T 1.9-1.10). Record who agreed, why, "
                                     "and until when."),
                                  tr("&Record extension"), parent);
    dialog->setObjectName(QStringLiteral("extensionForm"));
    const QDate today = LocalTime::londonDate(m_clock.now());
    QDateEdit* until = dateField(period.extensionUntil.isValid() ? period.extensionUntil : today.addMonths(6),
                                 "extensionUntil", dialog);
    auto* agreedWith = new QLineEdit(period.extensionAgreedWith, dialog);
    agreedWith->setObjectName(QStringLiteral("agreedWith"));
    agreedWith->setPlaceholderText(tr("name and team, for example Dr Shah, CMHT"));
    auto* reason = new QLineEdit(period.extensionReason, dialog);
    reason->setObjectName(QStringLiteral("reason"));
    dialog->messages()->addRow(dialog->form(), tr("Support &until:"), until, QStringLiteral("extension_until"));
    dialog->messages()->addRow(dialog->form(), tr("&Agreed with:"), agreedWith, QStringLiteral("extension_agreed_with"));
    dialog->messages()->addRow(dialog->form(), tr("Rea&son:"), reason, QStringLiteral("extension_reason"));
    dialog->setSave(
        [this, period, until, agreedWith, reason] {
            return m_services.periods.extend(period.id, until->date(), agreedWith->text(), reason->text());
        },
        [this] { return m_services.periods.problems(); });
    return dialog;
}

FormDialog* CaseworkForms::withdrawalReviewForm(const SupportPeriod& period, QWidget* parent)
{
    auto* dialog = new FormDialog(tr("Withdrawal review"),
                                  tr("After repeated missed appointments (T 5.4.1), decide whether "
                                     "support continues or is withdrawn. Recording the review starts "
                                     "the count of missed appointments again."),
                                  tr("&Record review"), parent);
    dialog->setObjectName(QStringLiteral("withdrawalReviewForm"));
    QDateEdit* held = dateField(LocalTime::londonDate(m_clock.now()), "heldOn", dialog);
    auto* decision = new QComboBox(dialog);
    decision->setObjectName(QStringLiteral("decision"));
    FormChoices::fillCodes(decision, ReferenceCodes::WithdrawalDecision, true, tr("Choose"));
    auto* decidedBy = new QLineEdit(dialog);
    decidedBy->setObjectName(QStringLiteral("decidedBy"));
    decidedBy->setPlaceholderText(tr("for example the team leader, with the person"));
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("reason"));
    dialog->messages()->addRow(dialog->form(), tr("&Held on:"), held, QStringLiteral("held_on"));
    dialog->messages()->addRow(dialog->form(), tr("&Decision:"), decision, QStringLiteral("decision"));
    dialog->messages()->addRow(dialog->form(), tr("Decided &by:"), decidedBy, QStringLiteral("decided_by"));
    dialog->messages()->addRow(dialog->form(), tr("&Why:"), reason, QStringLiteral("reason"));
    dialog->setSave(
        [this, period, held, decision, decidedBy, reason]() -> Status {
            WithdrawalReview review;
            review.supportPeriodId = period.id;
            review.heldOn = held->date();
            review.decision = FormChoices::code(decision);
            review.decidedBy = decidedBy->text();
            review.reason = reason->text();
            Result<QString> saved = m_services.periods.recordWithdrawalReview(review);
            return saved ? Status() : Status(saved.error());
        },
        [this] { return m_services.periods.problems(); });
    return dialog;
}

FormDialog* CaseworkForms::closureForm(const SupportPeriod& period, const QVector<OutcomeRecord>& outcomes,
                                       QWidget* parent)
{
    auto* dialog = new FormDialog(
        tr("Close support"),
        tr("Record how support ended. Where the person went and the outcomes achieved are what the "
           "quarterly return counts, so every field is needed; choose \"Not known\" where you do not "
           "know."),
        tr("&Close support"), parent);
    dialog->setObjectName(QStringLiteral("closureForm"));
    const QDate today = LocalTime::londonDate(m_clock.now());
    QDateEdit* ended = dateField(today, "endDate", dialog);
    auto* reason = new QComboBox(dialog);
    reason->setObjectName(QStringLiteral("endReason"));
    FormChoices::fillCodes(reason, ReferenceCodes::EndReason, true, tr("Choose"));
    auto* planned = new QComboBox(dialog);
    planned->setObjectName(QStringLiteral("planned"));
    FormChoices::fillYesNo(planned, tr("Choose"));
    auto* exit = new QComboBox(dialog);
    exit->setObjectName(QStringLiteral("exitAccommodation"));
    FormChoices::fillCodes(exit, ReferenceCodes::Accommodation, true, tr("Choose"));
    auto* vulnerable = new QCheckBox(tr("The person is still vulnerable and was referred on"), dialog);
    vulnerable->setObjectName(QStringLiteral("stillVulnerable"));
    auto* onward = new QLineEdit(period.onwardReferral, dialog);
    onward->setObjectName(QStringLiteral("onwardReferral"));
    onward->setPlaceholderText(tr("the organisation referred on to"));

    // Outcomes Framework: one row per code, need identified and (at exit) achieved.
    auto* table = new QTableWidget(0, 3, dialog);
    table->setObjectName(QStringLiteral("outcomes"));
    table->setAccessibleName(tr("Outcomes Framework"));
    table->setHorizontalHeaderLabels({tr("Outcome"), tr("Need identified"), tr("Achieved")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const CodeList& codes = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::OutcomeCode));
    for (const Code& c : codes.codes()) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto* name = new QTableWidgetItem(codes.displayLabel(c.code));
        name->setData(Qt::UserRole, c.code);
        table->setItem(row, 0, name);
        OutcomeRecord existing;
        for (const OutcomeRecord& o : outcomes)
            if (o.code == c.code)
                existing = o;
        for (int column : {1, 2}) {
            auto* box = new QTableWidgetItem;
            box->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            const bool on = column == 1 ? existing.needIdentified == true : existing.achieved == true;
            box->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            table->setItem(row, column, box);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->setMinimumHeight(280);

    dialog->messages()->addRow(dialog->form(), tr("Support &ended:"), ended, QStringLiteral("end_date"));
    dialog->messages()->addRow(dialog->form(), tr("&Why it ended:"), reason, QStringLiteral("end_reason"));
    dialog->messages()->addRow(dialog->form(), tr("&Planned departure:"), planned, QStringLiteral("planned_departure"));
    dialog->messages()->addRow(dialog->form(), tr("&Lives now in:"), exit, QStringLiteral("exit_accommodation"));
    dialog->form()->addRow(QString(), vulnerable);
    dialog->messages()->addRow(dialog->form(), tr("&Referred on to:"), onward, QStringLiteral("onward_referral"));
    dialog->messages()->addRow(dialog->form(), tr("&Outcomes:"), table, QStringLiteral("outcomes"));
    dialog->setSave(
        [this, period, ended, reason, planned, exit, vulnerable, onward, table] {
            SupportPeriodService::Closure closure;
            closure.endDate = ended->date();
            closure.endReason = FormChoices::code(reason);
            closure.plannedDeparture = FormChoices::yesNo(planned);
            closure.exitAccommodation = FormChoices::code(exit);
            closure.stillVulnerable = vulnerable->isChecked();
            closure.onwardReferral = onward->text();
            for (int row = 0; row < table->rowCount(); ++row) {
                const bool need = table->item(row, 1)->checkState() == Qt::Checked;
                const bool achieved = table->item(row, 2)->checkState() == Qt::Checked;
                if (!need && !achieved)
                    continue;
                closure.outcomes << OutcomeRecord{period.id, table->item(row, 0)->data(Qt::UserRole).toString(),
                                                  need, need ? std::optional<bool>(achieved) : std::nullopt};
            }
            return m_services.periods.close(period.id, closure);
        },
        [this] { return m_services.periods.problems(); });
    dialog->resize(640, 760);
    return dialog;
}

FormDialog* CaseworkForms::noteForm(const SupportPeriod& period, const QString& authorId, QWidget* parent)
{
    auto* dialog = new FormDialog(tr("New case note"),
                                  tr("A note is dated now and signed by its author. It can be changed "
                                     "today; after today a correction is added instead."),
                                  tr("&Save note"), parent);
    dialog->setObjectName(QStringLiteral("noteForm"));
    QComboBox* author = staffField(m_staff, authorId, "author", dialog);
    auto* text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("text"));
    text->setTabChangesFocus(true);
    text->setMinimumHeight(160);
    dialog->messages()->addRow(dialog->form(), tr("&Written by:"), author, QStringLiteral("author_id"));
    dialog->messages()->addRow(dialog->form(), tr("&Note:"), text, QStringLiteral("text"));
    dialog->setSave(
        [this, period, author, text]() -> Status {
            Result<QString> saved = m_services.notes.add(period.id, FormChoices::code(author), text->toPlainText());
            return saved ? Status() : Status(saved.error());
        },
        {});
    return dialog;
}

FormDialog* CaseworkForms::correctionForm(const CaseNote& note, const QString& authorId, QWidget* parent)
{
    auto* dialog = new FormDialog(
        tr("Correct a case note"),
        tr("The note of %1 stays as it was written. The correction is a new note that points to it:\n\n%2")
            .arg(LocalTime::formatDateTime(note.writtenAt), note.text),
        tr("&Save correction"), parent);
    dialog->setObjectName(QStringLiteral("correctionForm"));
    QComboBox* author = staffField(m_staff, authorId, "author", dialog);
    auto* text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("text"));
    text->setTabChangesFocus(true);
    dialog->messages()->addRow(dialog->form(), tr("&Written by:"), author, QStringLiteral("author_id"));
    dialog->messages()->addRow(dialog->form(), tr("&Correction:"), text, QStringLiteral("text"));
    dialog->setSave(
        [this, note, author, text]() -> Status {
            Result<QString> saved = m_services.notes.correct(note.id, FormChoices::code(author), text->toPlainText());
            return saved ? Status() : Status(saved.error());
        },
        {});
    return dialog;
}

FormDialog* CaseworkForms::appointmentForm(const SupportPeriod& period, const QString& staffId, QWidget* parent,
                                           const std::optional<Appointment>& existing)
{
    auto* dialog = new FormDialog(existing ? tr("Move an appointment") : tr("Book an appointment"),
                                  tr("Planned and attended hours count against the contract's weekly "
                                     "cap, Monday to Sunday."),
                                  existing ? tr("&Move") : tr("&Book"), parent);
    dialog->setObjectName(QStringLiteral("appointmentForm"));
    auto* when = new LondonDateTimeEdit(dialog);
    when->setObjectName(QStringLiteral("startsAt"));
    // The next whole hour, a sensible first guess.
    const QDateTime now = m_clock.now();
    when->setMoment(QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(3600));
    auto* minutes = new QSpinBox(dialog);
    minutes->setObjectName(QStringLiteral("duration"));
    minutes->setRange(5, 720);
    minutes->setSingleStep(15);
    minutes->setValue(existing ? existing->durationMinutes : 60);
    if (existing)
        when->setMoment(existing->startsAt);
    minutes->setSuffix(tr(" minutes"));
    auto* kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("kind"));
    FormChoices::fillCodes(kind, ReferenceCodes::AppointmentKind, false);
    if (existing)
        FormChoices::select(kind, existing->kind);
    QComboBox* with = staffField(m_staff, existing ? existing->staffId : (staffId.isEmpty() ? period.keyWorkerId : staffId),
                                 "staff", dialog);
    auto* week = new QLabel(dialog);
    week->setObjectName(QStringLiteral("weekHours"));
    week->setWordWrap(true);
    auto* reason = new QLineEdit(existing ? existing->overCapReason : QString(), dialog);
    reason->setObjectName(QStringLiteral("overCapReason"));
    reason->setPlaceholderText(tr("only when the week goes over the cap"));
    dialog->messages()->addRow(dialog->form(), tr("&When:"), when, QStringLiteral("starts_at"));
    dialog->messages()->addRow(dialog->form(), tr("&How long:"), minutes, QStringLiteral("duration_minutes"));
    dialog->messages()->addRow(dialog->form(), tr("&Kind:"), kind, QStringLiteral("kind"));
    dialog->messages()->addRow(dialog->form(), tr("Wi&th:"), with, QStringLiteral("staff_id"));
    dialog->form()->addRow(tr("This week:"), week);
    dialog->messages()->addRow(dialog->form(), tr("&Reason for going over:"), reason, QStringLiteral("over_cap_reason"));

    auto fromForm = [period, when, minutes, kind, with, reason, existing] {
        Appointment a = existing.value_or(Appointment{});
        a.supportPeriodId = period.id;
        a.startsAt = when->moment();
        a.durationMinutes = minutes->value();
        a.kind = FormChoices::code(kind);
        a.staffId = FormChoices::code(with);
        if (a.status.isEmpty())
            a.status = QStringLiteral("planned");
        a.overCapReason = reason->text();
        return a;
    };
    auto update = [this, fromForm, week] {
        const Appointment a = fromForm();
        if (!a.startsAt.isValid())
            return;
        Result<AppointmentService::CapCheck> cap = m_services.appointments.checkCap(a);
        if (!cap)
            return;
        const QString hours = QString::number(cap->weekMinutes / 60.0, 'f', 1);
        if (cap->capHours <= 0)
            week->setText(tr("%1 hours booked in this week (no weekly cap on this contract).").arg(hours));
        else if (cap->needsReason)
            week->setText(tr("%1 of %2 hours: over the cap. Give the reason below to go ahead.")
                              .arg(hours, QString::number(cap->capHours, 'f', 1)));
        else
            week->setText(tr("%1 of %2 hours.").arg(hours, QString::number(cap->capHours, 'f', 1)));
        week->setStyleSheet(cap->needsReason ? StatusColours::cautionStyle(week) : QString());
    };
    connect(when, &QDateTimeEdit::dateTimeChanged, dialog, update);
    connect(minutes, &QSpinBox::valueChanged, dialog, update);
    update();
    dialog->setSave(
        [this, fromForm]() -> Status {
            Result<QString> saved = m_services.appointments.save(fromForm());
            return saved ? Status() : Status(saved.error());
        },
        [this] { return m_services.appointments.problems(); });
    return dialog;
}

FormDialog* CaseworkForms::hospitalStayForm(const QString& serviceUserId, QWidget* parent)
{
    auto* dialog = new FormDialog(tr("Hospital stay"),
                                  tr("Leave \"Still in hospital\" ticked until the person is discharged."),
                                  tr("&Save stay"), parent);
    dialog->setObjectName(QStringLiteral("hospitalStayForm"));
    const QDate today = LocalTime::londonDate(m_clock.now());
    QDateEdit* admitted = dateField(today, "admittedOn", dialog);
    auto* still = new QCheckBox(tr("Still in hospital"), dialog);
    still->setObjectName(QStringLiteral("stillIn"));
    still->setChecked(true);
    QDateEdit* discharged = dateField(today, "dischargedOn", dialog);
    discharged->setEnabled(false);
    connect(still, &QCheckBox::toggled, discharged, [discharged](bool in) { discharged->setEnabled(!in); });
    auto* kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("kind"));
    FormChoices::fillCodes(kind, ReferenceCodes::HospitalStayKind, true, tr("Choose"));
    auto* planned = new QComboBox(dialog);
    planned->setObjectName(QStringLiteral("planned"));
    FormChoices::fillYesNo(planned, tr("Not known"));
    dialog->messages()->addRow(dialog->form(), tr("&Admitted:"), admitted, QStringLiteral("admitted_on"));
    dialog->form()->addRow(QString(), still);
    dialog->messages()->addRow(dialog->form(), tr("&Discharged:"), discharged, QStringLiteral("discharged_on"));
    dialog->messages()->addRow(dialog->form(), tr("&Health:"), kind, QStringLiteral("kind"));
    dialog->messages()->addRow(dialog->form(), tr("&Planned admission:"), planned, QStringLiteral("planned"));
    dialog->setSave(
        [this, serviceUserId, admitted, still, discharged, kind, planned]() -> Status {
            HospitalStay stay;
            stay.serviceUserId = serviceUserId;
            stay.admittedOn = admitted->date();
            stay.dischargedOn = still->isChecked() ? QDate() : discharged->date();
            stay.kind = FormChoices::code(kind);
            stay.planned = FormChoices::yesNo(planned);
            Result<QString> saved = m_services.concerns.saveHospitalStay(stay);
            return saved ? Status() : Status(saved.error());
        },
        [this] { return m_services.concerns.problems(); });
    return dialog;
}

FormDialog* CaseworkForms::complaintForm(const QString& serviceUserId, QWidget* parent)
{
    auto* dialog = new FormDialog(tr("Complaint"),
                                  tr("A serious complaint must go to the commissioner's authorised "
                                     "officer at once (C 12): record the date you sent it."),
                                  tr("&Save complaint"), parent);
    dialog->setObjectName(QStringLiteral("complaintForm"));
    const QDate today = LocalTime::londonDate(m_clock.now());
    QDateEdit* received = dateField(today, "receivedOn", dialog);
    auto* from = new QLineEdit(dialog);
    from->setObjectName(QStringLiteral("complainant"));
    auto* summary = new QPlainTextEdit(dialog);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setTabChangesFocus(true);
    summary->setMaximumHeight(100);
    auto* serious = new QComboBox(dialog);
    serious->setObjectName(QStringLiteral("serious"));
    FormChoices::fillYesNo(serious, tr("Choose"));
    auto* sent = new QCheckBox(tr("Sent to the commissioner's authorised officer today"), dialog);
    sent->setObjectName(QStringLiteral("sentToday"));
    dialog->messages()->addRow(dialog->form(), tr("&Received:"), received, QStringLiteral("received_on"));
    dialog->messages()->addRow(dialog->form(), tr("&From:"), from, QStringLiteral("complainant"));
    dialog->messages()->addRow(dialog->form(), tr("&What about:"), summary, QStringLiteral("summary"));
    dialog->messages()->addRow(dialog->form(), tr("Ser&ious:"), serious, QStringLiteral("serious"));
    dialog->messages()->addRow(dialog->form(), QString(), sent, QStringLiteral("sent_to_commissioner_on"));
    dialog->setSave(
        [this, serviceUserId, received, from, summary, serious, sent, today]() -> Status {
            Complaint c;
            c.serviceUserId = serviceUserId;
            c.receivedOn = received->date();
            c.complainant = from->text().trimmed();
            c.summary = summary->toPlainText();
            c.serious = FormChoices::yesNo(serious);
            if (sent->isChecked())
                c.sentToCommissionerOn = today;
            Result<QString> saved = m_services.concerns.saveComplaint(c);
            return saved ? Status() : Status(saved.error());
        },
        [this] { return m_services.concerns.problems(); });
    return dialog;
}

FormDialog* CaseworkForms::sentToCommissionerForm(const Complaint& complaint, QWidget* parent)
{
    auto* dialog = new FormDialog(tr("Sent to the commissioner"),
                                  tr("The serious complaint received %1: when was it sent to the "
                                     "commissioner's authorised officer?")
                                      .arg(LocalTime::formatDate(complaint.receivedOn)),
                                  tr("&Record"), parent);
    dialog->setObjectName(QStringLiteral("sentToCommissionerForm"));
    QDateEdit* on = dateField(LocalTime::londonDate(m_clock.now()), "sentOn", dialog);
    dialog->messages()->addRow(dialog->form(), tr("&Sent on:"), on, QStringLiteral("sent_to_commissioner_on"));
    dialog->setSave([this, complaint, on] { return m_services.concerns.markSentToCommissioner(complaint.id, on->date()); },
                    [this] { return m_services.concerns.problems(); });
    return dialog;
}

FormDialog* CaseworkForms::complaintOutcomeForm(const Complaint& complaint, QWidget* parent)
{
    auto* dialog = new FormDialog(tr("Complaint outcome"),
                                  tr("The complaint received %1: %2").arg(LocalTime::formatDate(complaint.receivedOn),
                                                                          complaint.summary),
                                  tr("&Save"), parent);
    dialog->setObjectName(QStringLiteral("complaintOutcomeForm"));
    auto* outcome = new QPlainTextEdit(complaint.outcome, dialog);
    outcome->setObjectName(QStringLiteral("outcome"));
    outcome->setTabChangesFocus(true);
    outcome->setMaximumHeight(100);
    auto* closed = new QCheckBox(tr("Closed"), dialog);
    closed->setObjectName(QStringLiteral("closed"));
    closed->setChecked(complaint.closedOn.isValid());
    QDateEdit* closedOn = dateField(complaint.closedOn.isValid() ? complaint.closedOn
                                                                : LocalTime::londonDate(m_clock.now()),
                                    "closedOn", dialog);
    closedOn->setEnabled(closed->isChecked());
    connect(closed, &QCheckBox::toggled, closedOn, &QWidget::setEnabled);
    dialog->messages()->addRow(dialog->form(), tr("&Outcome:"), outcome, QStringLiteral("outcome"));
    dialog->form()->addRow(QString(), closed);
    dialog->messages()->addRow(dialog->form(), tr("&Closed on:"), closedOn, QStringLiteral("closed_on"));
    dialog->setSave(
        [this, complaint, outcome, closed, closedOn]() -> Status {
            Complaint changed = complaint;
            changed.outcome = outcome->toPlainText().trimmed();
            changed.closedOn = closed->isChecked() ? closedOn->date() : QDate();
            Result<QString> saved = m_services.concerns.saveComplaint(changed);
            return saved ? Status() : Status(saved.error());
        },
        [this] { return m_services.concerns.problems(); });
    return dialog;
}

FormDialog* CaseworkForms::incidentForm(const QString& serviceUserId, QWidget* parent)
{
    auto* dialog = new FormDialog(tr("Incident or safeguarding concern"),
                                  tr("Serious untoward incidents and safeguarding concerns are reported "
                                     "to the commissioner; record the date when they are."),
                                  tr("&Save"), parent);
    dialog->setObjectName(QStringLiteral("incidentForm"));
    const QDate today = LocalTime::londonDate(m_clock.now());
    QDateEdit* occurred = dateField(today, "occurredOn", dialog);
    auto* kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("kind"));
    FormChoices::fillCodes(kind, ReferenceCodes::IncidentKind, true, tr("Choose"));
    auto* summary = new QPlainTextEdit(dialog);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setTabChangesFocus(true);
    summary->setMaximumHeight(100);
    auto* reported = new QCheckBox(tr("Reported to the commissioner today"), dialog);
    reported->setObjectName(QStringLiteral("reportedToday"));
    dialog->messages()->addRow(dialog->form(), tr("&When:"), occurred, QStringLiteral("occurred_on"));
    dialog->messages()->addRow(dialog->form(), tr("&Kind:"), kind, QStringLiteral("kind"));
    dialog->messages()->addRow(dialog->form(), tr("What &happened:"), summary, QStringLiteral("summary"));
    dialog->messages()->addRow(dialog->form(), QString(), reported, QStringLiteral("reported_to_commissioner_on"));
    dialog->setSave(
        [this, serviceUserId, occurred, kind, summary, reported, today]() -> Status {
            Incident i;
            i.serviceUserId = serviceUserId;
            i.occurredOn = occurred->date();
            i.kind = FormChoices::code(kind);
            i.summary = summary->toPlainText();
            if (reported->isChecked())
                i.reportedToCommissionerOn = today;
            Result<QString> saved = m_services.concerns.saveIncident(i);
            return saved ? Status() : Status(saved.error());
        },
        [this] { return m_services.concerns.problems(); });
    return dialog;
}

} // namespace waymark
