#pragma once

#include "core/documents/PrintedForms.h"
#include "core/domain/Contract.h"
#include "core/domain/ServiceUser.h"
#include "core/domain/Staff.h"
#include "core/domain/SupportPeriod.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace waymark {

struct CaseworkServices;
struct Repositories;
class CaseworkForms;
class Clock;

// One person's record: a header with who they are and where they stand, and a tab for each part
// of what is stored (Profile, Support plan, Diary, Outcome Star, Health, Outcomes, Notes,
// History), and the actions a key worker takes on it: edit the profile, a new referral, a case
// note, and for the open support period a new key worker, an extension, a withdrawal review or
// closure.
class PersonRecordView : public QWidget {
    Q_OBJECT
public:
    // The tabs, in the order they are shown.
    enum class Tab { Profile, Risk, SupportPlan, Diary, Star, Health, Outcomes, Notes, History };

    PersonRecordView(Repositories& repositories, CaseworkServices& services, const Clock& clock,
                     QWidget* parent = nullptr);
    // Who is using the window: the default author of a note.
    void setActor(const QString& staffId) { m_actor = staffId; }
    CaseworkForms* forms() const { return m_forms; }
    // The open support period shown (none when the person is not in support).
    std::optional<SupportPeriod> openPeriod() const { return m_openPeriod; }

    // The actions, each opening its form; true when something was saved.
    bool editProfile();
    bool newReferral();
    bool addNote();
    bool changeKeyWorker();
    bool extendSupport();
    bool recordWithdrawalReview();
    bool closeSupport();
    bool bookAppointment();
    // The support plan of the open period: written (or its draft continued), or reviewed once
    // agreed. planEditor() makes the form without showing it.
    bool writePlan();
    // A plan review goes on to review the risk assessment with it (T 5.1).
    bool reviewPlan();
    class SupportPlanEditor* planEditor();
    // The risk assessment of the open period: made, or reviewed starting from the latest.
    // riskEditor() makes the form without showing it.
    bool assessRisk();
    class RiskAssessmentEditor* riskEditor();
    // Scoring the Outcome Star with the person; starEditor() makes the form without showing it.
    bool scoreStar();
    class StarAssessmentEditor* starEditor();
    void showTab(Tab tab);
    // A hospital stay, complaint or incident entered by mistake, deleted after asking (`ask`
    // false skips the question: tests). The administrator can restore it (Admin > Deleted records).
    bool deleteEnteredByMistake(const QString& list, const QString& id, bool ask = true);
    // A printed form about this person, shown in print preview; when it cannot be made (no plan
    // yet, no appointment booked) a message says why. printableForm() builds it without showing.
    void printForm(PrintedForms::Kind kind);
    Result<PrintedForm> printableForm(PrintedForms::Kind kind) const;

    // Shows the person; returns false and shows why when the record cannot be read.
    bool showServiceUser(const QString& serviceUserId);
    QString serviceUserId() const { return m_person.id; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void backRequested();

private:
    QWidget* profileTab();
    QWidget* riskTab();
    QWidget* supportPlanTab();
    QWidget* diaryTab();
    QWidget* sessionsSection();
    QWidget* starTab();
    QWidget* healthTab();
    QWidget* outcomesTab();
    QWidget* notesTab();
    QWidget* historyTab();
    // A tab whose page is made when it is first shown: opening a record reads and lays out only
    // what is on screen (a large record's nine tabs took longer than a key worker should wait).
    void addTab(QWidget* (PersonRecordView::*build)(), const QString& title);
    void buildTab(int index);
    void updateActions();
    QList<QPair<QString, QString>> starAreas() const;
    QString staffName(const QString& id) const;
    QString contractName(const QString& id) const;

    Repositories& m_repositories;
    CaseworkServices& m_services;
    const Clock& m_clock;
    CaseworkForms* m_forms;
    QString m_actor;
    std::optional<SupportPeriod> m_openPeriod;
    QPushButton* m_editProfile;
    QPushButton* m_noteButton;
    QToolButton* m_supportButton;
    QToolButton* m_printButton;
    QLabel* m_name;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    ServiceUser m_person;
    QHash<QString, Staff> m_staff;
    QHash<QString, Contract> m_contracts;
    QHash<QWidget*, QWidget* (PersonRecordView::*)()> m_unbuilt; // placeholder page -> what makes it
    QString m_error;
};

} // namespace waymark
