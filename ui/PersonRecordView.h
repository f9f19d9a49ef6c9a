#pragma once

#include "core/domain/Contract.h"
#include "core/domain/ServiceUser.h"
#include "core/domain/Staff.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace waymark {

struct Repositories;
class Clock;

// One person's record: a header with who they are and where they stand, and a tab for each part
// of what is stored (Profile, Support plan, Diary, Outcome Star, Health, Outcomes, Notes,
// History). Read-only for now; each empty tab says what belongs there.
class PersonRecordView : public QWidget {
    Q_OBJECT
public:
    // The tabs, in the order they are shown.
    enum class Tab { Profile, SupportPlan, Diary, Star, Health, Outcomes, Notes, History };

    PersonRecordView(Repositories& repositories, const Clock& clock, QWidget* parent = nullptr);
    void showTab(Tab tab);

    // Shows the person; returns false and shows why when the record cannot be read.
    bool showServiceUser(const QString& serviceUserId);
    QString serviceUserId() const { return m_person.id; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void backRequested();

private:
    QWidget* profileTab();
    QWidget* supportPlanTab();
    QWidget* diaryTab();
    QWidget* starTab();
    QWidget* healthTab();
    QWidget* outcomesTab();
    QWidget* notesTab();
    QWidget* historyTab();
    void addTab(QWidget* page, const QString& title);
    QString staffName(const QString& id) const;
    QString contractName(const QString& id) const;

    Repositories& m_repositories;
    const Clock& m_clock;
    QLabel* m_name;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    ServiceUser m_person;
    QHash<QString, Staff> m_staff;
    QHash<QString, Contract> m_contracts;
    QString m_error;
};

} // namespace waymark
