#pragma once

#include "core/domain/Goal.h"
#include "core/domain/SupportPeriod.h"
#include "core/domain/SupportPlan.h"

#include <QDialog>
#include <QHash>
#include <QVector>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace waymark {

class FieldMessages;
class SupportPlanService;

// Writing a support plan, or reviewing an agreed one. The needs arising from ethnicity,
// religion, culture, gender, sexuality, disability and age are each described or marked "None
// identified"; the SMART goals are listed and edited one at a time. A draft is saved and, when
// the person agrees it, agreed with the date. A review records who took part, the progress per
// goal and the next review; if it changes the goals, the plan agreed before stays readable.
class SupportPlanEditor : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Draft, Review };

    SupportPlanEditor(SupportPlanService& service, Mode mode, const SupportPeriod& period,
                      const SupportPlan& plan, const QVector<Goal>& goals,
                      const QList<QPair<QString, QString>>& starAreas, const QDate& today,
                      QWidget* parent = nullptr);

    FieldMessages* messages() const { return m_messages; }
    QString planId() const { return m_planId; }
    Mode mode() const { return m_mode; }

    // Test and keyboard hooks.
    void setNeed(const QString& area, const QString& text, bool noneIdentified = false);
    void addGoal(const Goal& goal);
    void setGoalStatus(int row, const QString& status);
    QVector<Goal> goals() const { return m_goals; }
    void setAgreedOn(const QDate& date); // Draft: agree as well as save
    void setReview(const QDate& heldOn, const QString& attendees, const QString& summary);
    // Draft mode: the progress line per goal is written into the review summary.
    void setProgress(int row, const QString& progress);

    void accept() override;

private:
    SupportPlan planFromForm() const;
    void refreshGoals();
    bool editGoal(int row);

    SupportPlanService& m_service;
    Mode m_mode;
    SupportPeriod m_period;
    SupportPlan m_plan;
    QVector<Goal> m_goals;
    QStringList m_progress;
    QList<QPair<QString, QString>> m_starAreas;
    QDate m_today;
    FieldMessages* m_messages;
    QHash<QString, QLineEdit*> m_needs;
    QHash<QString, QCheckBox*> m_none;
    QTableWidget* m_goalTable;
    QCheckBox* m_agree = nullptr;
    QDateEdit* m_agreedOn = nullptr;
    QDateEdit* m_heldOn = nullptr;
    QLineEdit* m_attendees = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_banner;
    QString m_planId;
};

} // namespace waymark
