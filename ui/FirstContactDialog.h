#pragma once

#include "core/domain/Referral.h"

#include <QDialog>

class QLabel;

namespace waymark {

class Clock;
class FieldMessages;
class LondonDateTimeEdit;
class ReferralService;

// Recording when the person was first contacted about their referral (T 4.3.1).
class FirstContactDialog : public QDialog {
    Q_OBJECT
public:
    FirstContactDialog(ReferralService& service, const Clock& clock, const Referral& referral,
                       QWidget* parent = nullptr);

    LondonDateTimeEdit* when() const { return m_when; }
    FieldMessages* messages() const { return m_messages; }
    void accept() override;

private:
    ReferralService& m_service;
    Referral m_referral;
    FieldMessages* m_messages;
    LondonDateTimeEdit* m_when;
    QLabel* m_summary;
};

} // namespace waymark
