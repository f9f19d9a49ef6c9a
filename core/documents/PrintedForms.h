#pragma once

#include "core/documents/PrintedForm.h"
#include "core/domain/Result.h"

#include <QStringList>

namespace waymark {

class Clock;
class Database;
struct FormContext;

// Gathers what a printed form needs from the database and builds it with FormContent: the
// forms of `waymark-cli print` and of the record's Print menu.
class PrintedForms {
public:
    enum class Kind { SupportPlan, RiskAssessment, ReferralSummary, AppointmentLetter, Star, ComplaintsProcedure };

    PrintedForms(Database& database, const Clock& clock);

    // What a person reads is printed in a language (DocumentLanguage: "en", "pl", "bn"; empty for
    // the person's own first language when Waymark has it), and in large print if they need it.
    // English, normal size, unless set.
    void setLanguage(const QString& code) { m_language = code; }
    void setLargePrint(bool large) { m_largePrint = large; }

    // The command line's names: plan, risk, referral, letter, star, complaints.
    static QStringList kindNames();
    static std::optional<Kind> kindNamed(const QString& name);

    // The form for a person: their current support plan, latest risk assessment, latest referral,
    // or a letter about their next planned appointment. An error says what is missing.
    Result<PrintedForm> build(Kind kind, const QString& serviceUserId);
    // One risk assessment (an earlier one, say).
    Result<PrintedForm> riskAssessment(const QString& assessmentId);
    // A letter about one appointment.
    Result<PrintedForm> appointmentLetter(const QString& appointmentId);

private:
    Result<FormContext> context(const QString& serviceUserId, const QString& supportPeriodId, const QString& contractId);
    // The form `make` builds, made in the language set and marked with it and the print size.
    template <typename Make> PrintedForm inLanguage(const FormContext& c, Make make) const;

    Database& m_database;
    const Clock& m_clock;
    QString m_language = QStringLiteral("en");
    bool m_largePrint = false;
};

} // namespace waymark
