#pragma once

#include "core/domain/StarAssessment.h"
#include "core/domain/StarTemplate.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace waymark {

class StarChartView;
class StarDistanceView;

// The Outcome Star tab of a person's record: the radar of their first and latest assessment (and
// any other chosen in the list), distance travelled per area beside it, and every score by date
// with the stage and notes.
class StarTab : public QWidget {
    Q_OBJECT
public:
    // `assessments` of one support period, earliest first, made with `star`. `canScore` when an
    // assessment can be added (an open period whose contract has a star).
    StarTab(const StarTemplate& star, const QVector<StarAssessment>& assessments, bool canScore, QWidget* parent = nullptr);

    StarChartView* chart() const { return m_chart; }
    QComboBox* chosen() const { return m_chosen; }
    QPushButton* scoreButton() const { return m_score; }

signals:
    void scoreRequested();
    void printRequested();

private:
    void showChosen();

    StarTemplate m_star;
    QVector<StarAssessment> m_assessments;
    QPushButton* m_score;
    QComboBox* m_chosen;
    StarChartView* m_chart = nullptr;
    StarDistanceView* m_distance = nullptr;
};

} // namespace waymark
