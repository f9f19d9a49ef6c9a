#pragma once

#include <QWidget>

namespace waymark {

struct Repositories;
class EmptyState;
class ReadOnlyTable;

// Every referral, the latest first, with the person, source, first contact and decision.
class ReferralsPage : public QWidget {
    Q_OBJECT
public:
    explicit ReferralsPage(Repositories& repositories, QWidget* parent = nullptr);

    bool reload();
    // Selects and shows one referral; false when it is not in the list.
    bool selectReferral(const QString& referralId);

signals:
    void openServiceUser(const QString& serviceUserId);

private:
    Repositories& m_repositories;
    ReadOnlyTable* m_table = nullptr;
    EmptyState* m_empty = nullptr;
};

} // namespace waymark
