#pragma once

#include "core/domain/RiskAssessment.h"
#include "core/domain/SupportPeriod.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace waymark {

class FieldMessages;
class RiskService;

// Assessing risk with the person (T 5.1), or reviewing the last assessment: every risk to the
// person, to others and to staff, each with its level and the plan to manage it. A review starts
// from the risks assessed last time; saving always records a new assessment, so the earlier one
// stays as it was.
class RiskAssessmentEditor : public QDialog {
    Q_OBJECT
public:
    RiskAssessmentEditor(RiskService& service, const SupportPeriod& period, const RiskAssessment& previous,
                         const QString& assessedBy, const QDate& today, QWidget* parent = nullptr);

    FieldMessages* messages() const { return m_messages; }
    QString assessmentId() const { return m_assessmentId; }
    // Said above the form, e.g. why it opened after a plan review.
    void setIntroduction(const QString& text);

    // Test and keyboard hooks.
    void addRisk(const Risk& risk);
    void removeRisk(int row);
    void setAssessment(const QDate& on, const QString& by);
    RiskAssessment assessment() const;
    QString problemText() const;

    void accept() override;

private:
    SupportPeriod m_period;
    RiskService& m_service;
    FieldMessages* m_messages;
    QLabel* m_introduction;
    QLabel* m_banner;
    QDateEdit* m_assessedOn;
    QLineEdit* m_assessedBy;
    QTableWidget* m_risks;
    QString m_assessmentId;
};

} // namespace waymark
