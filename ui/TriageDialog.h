#pragma once

#include "core/domain/Referral.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace waymark {

struct Repositories;
class Clock;
class FieldMessages;
class ReferralService;

// Deciding on a referral (T 4.3.2): accept into support with a key worker and a start date,
// signpost to a named service, decline with a reason, or leave pending. The eligibility
// questions' warnings are in view while deciding.
class TriageDialog : public QDialog {
    Q_OBJECT
public:
    TriageDialog(Repositories& repositories, ReferralService& service, const Clock& clock,
                 const Referral& referral, QWidget* parent = nullptr);

    // The support period opened by accepting, if any.
    QString supportPeriodId() const { return m_periodId; }
    FieldMessages* messages() const { return m_messages; }

    void choose(const QString& decision);
    void setKeyWorker(const QString& staffId);
    void setReason(const QString& reason);

    void accept() override;

private:
    QString decision() const;
    void updateFields();

    Repositories& m_repositories;
    ReferralService& m_service;
    const Clock& m_clock;
    Referral m_referral;
    FieldMessages* m_messages;
    QButtonGroup* m_decisions;
    QComboBox* m_keyWorker;
    QDateEdit* m_start;
    QComboBox* m_accommodationBased;
    QLineEdit* m_reason;
    QLabel* m_reasonLabel;
    QWidget* m_acceptFields;
    QWidget* m_reasonFields;
    QLabel* m_summary;
    QString m_periodId;
};

} // namespace waymark
