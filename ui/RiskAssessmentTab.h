#pragma once

#include "core/domain/RiskAssessment.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QPushButton;
class QVBoxLayout;

namespace waymark {

// The Risk tab of a person's record: the latest assessment of risk grouped into risks to the
// person, to others and to staff, most serious first, with when it is next reviewed; any earlier
// assessment chosen from a list; and the button that assesses or reviews it.
class RiskAssessmentTab : public QWidget {
    Q_OBJECT
public:
    // `assessments` latest first. `canAssess` when the person has an open support period.
    RiskAssessmentTab(const QVector<RiskAssessment>& assessments, bool canAssess, const QString& readError,
                      QWidget* parent = nullptr);

    QPushButton* assessButton() const { return m_assess; }
    QComboBox* versionChoice() const { return m_versions; }
    QPushButton* printButton() const { return m_print; }

signals:
    void assessRequested();
    // The assessment shown (the latest, or the one chosen in the list).
    void printRequested(const QString& assessmentId);

private:
    void showAssessment(int index);

    QVector<RiskAssessment> m_assessments;
    QPushButton* m_assess;
    QPushButton* m_print;
    QComboBox* m_versions;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout;
};

} // namespace waymark
