#pragma once

#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"
#include "core/domain/SupportPeriod.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace waymark {

class FieldMessages;
class StarService;

// Scoring the star with the person, area by area: each area's name and description, its score
// with the stage it falls in shown as it changes, and a note. Tab moves down the areas; an area
// can be left "Not scored", and the form says which were before saving.
class StarAssessmentEditor : public QDialog {
    Q_OBJECT
public:
    StarAssessmentEditor(StarService& service, const SupportPeriod& period, const StarTemplate& star,
                         const QDate& today, QWidget* parent = nullptr);

    FieldMessages* messages() const { return m_messages; }
    QString assessmentId() const { return m_assessmentId; }

    // Test and keyboard hooks.
    QSpinBox* scoreBox(const QString& areaKey) const { return m_scores.value(areaKey); }
    QLineEdit* noteEdit(const QString& areaKey) const { return m_notes.value(areaKey); }
    QLabel* stageLabel(const QString& areaKey) const { return m_stageLabels.value(areaKey); }
    void setCompletedBy(const QString& code);
    StarAssessment assessment() const;

    void accept() override;

private:
    StarService& m_service;
    SupportPeriod m_period;
    StarTemplate m_star;
    FieldMessages* m_messages;
    QDateEdit* m_assessedOn;
    QComboBox* m_completedBy;
    QHash<QString, QSpinBox*> m_scores;
    QHash<QString, QLineEdit*> m_notes;
    QHash<QString, QLabel*> m_stageLabels;
    QLabel* m_unscored;
    QString m_assessmentId;
    // Saving with areas unscored takes a second press, after the form has said which.
    bool m_unscoredShown = false;
};

} // namespace waymark
