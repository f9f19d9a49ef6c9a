#pragma once

#include <QWidget>

namespace waymark {

struct Repositories;
class Clock;
class EmptyState;
class ReferralService;
class ReadOnlyTable;

// Every referral, the latest first, with the person, source, first contact and decision.
class ReferralsPage : public QWidget {
    Q_OBJECT
public:
    ReferralsPage(Repositories& repositories, ReferralService& service, const Clock& clock,
                  QWidget* parent = nullptr);

    bool reload();
    // Selects and shows one referral; false when it is not in the list.
    bool selectReferral(const QString& referralId);
    QString selectedReferral() const;

    // The actions on the selected referral (each opens its form; false when none is selected).
    bool newReferral();
    bool recordFirstContact();
    bool decide();

signals:
    void openServiceUser(const QString& serviceUserId);

private:
    void updateActions();

    Repositories& m_repositories;
    ReferralService& m_service;
    const Clock& m_clock;
    QWidget* m_firstContactButton = nullptr;
    QWidget* m_decideButton = nullptr;
    ReadOnlyTable* m_table = nullptr;
    EmptyState* m_empty = nullptr;
};

} // namespace waymark
