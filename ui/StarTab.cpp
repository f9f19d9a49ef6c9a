#include "ui/StarTab.h"

#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/reports/StarChartData.h"
#include "ui/EmptyState.h"
#include "ui/ReadOnlyTable.h"
#include "ui/StarChartView.h"
#include "ui/StarDistanceView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace waymark {

StarTab::StarTab(const StarTemplate& star, const QVector<StarAssessment>& assessments, bool canScore, QWidget* parent)
    : QWidget(parent)
    , m_star(star)
    , m_assessments(assessments)
    , m_score(new QPushButton(tr("Score the s&tar\u2026"), this))
    , m_chosen(new QComboBox(this))
{
    setObjectName(QStringLiteral("starTab"));
    m_score->setObjectName(QStringLiteral("scoreStar"));
    m_score->setEnabled(canScore);
    if (!canScore)
        m_score->setToolTip(tr("The star is scored while the person is in support with a contract that uses one."));
    connect(m_score, &QPushButton::clicked, this, &StarTab::scoreRequested);
    auto* print = new QPushButton(tr("Pr&int star\u2026"), this);
    print->setObjectName(QStringLiteral("printStar"));
    print->setEnabled(!assessments.isEmpty());
    connect(print, &QPushButton::clicked, this, &StarTab::printRequested);
    m_chosen->setObjectName(QStringLiteral("chosenAssessment"));
    m_chosen->setAccessibleName(tr("Also show the assessment of"));
    m_chosen->addItem(tr("First and latest only"), QString());
    for (const StarAssessment& a : assessments)
        m_chosen->addItem(LocalTime::formatDate(a.assessedOn), a.id);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_score);
    actions->addWidget(print);
    actions->addStretch(1);
    auto* also = new QLabel(tr("&Also show:"), this);
    also->setBuddy(m_chosen);
    actions->addWidget(also);
    actions->addWidget(m_chosen);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);

    if (assessments.isEmpty()) {
        also->hide();
        m_chosen->hide();
        layout->addWidget(new EmptyState(tr("No Outcome Star assessments yet"),
                                         tr("Score the star with the person, area by area; repeat it at least every "
                                            "three months and their journey shows here."),
                                         this),
                          1);
        return;
    }
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(star.name.toHtmlEscaped()), this));
    auto* charts = new QSplitter(this);
    m_chart = new StarChartView(charts);
    m_distance = new StarDistanceView(charts);
    charts->addWidget(m_chart);
    charts->addWidget(m_distance);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({640, 440});
    layout->addWidget(charts, 4);

    // Every score by date, with its stage; the change from the first to the latest.
    QStringList headers{tr("Area")};
    for (const StarAssessment& a : assessments)
        headers << LocalTime::formatDate(a.assessedOn);
    if (assessments.size() >= 2)
        headers << tr("Change");
    auto* table = new ReadOnlyTable(headers, tr("Star scores by date"), this);
    table->setObjectName(QStringLiteral("starScores"));
    for (const StarArea& area : star.areas) {
        QStringList cells{area.name};
        for (const StarAssessment& a : assessments) {
            if (!a.scores.contains(area.key)) {
                cells << tr("not scored");
                continue;
            }
            const int score = a.scores.value(area.key);
            const QString stage = star.stageFor(score);
            QString cell = stage.isEmpty() ? QString::number(score) : QStringLiteral("%1 (%2)").arg(score).arg(stage);
            if (a.notes.contains(area.key))
                cell += QStringLiteral(" \u2014 ") + a.notes.value(area.key);
            cells << cell;
        }
        if (assessments.size() >= 2) {
            const StarAssessment& first = assessments.first();
            const StarAssessment& latest = assessments.last();
            if (first.scores.contains(area.key) && latest.scores.contains(area.key)) {
                const int change = latest.scores.value(area.key) - first.scores.value(area.key);
                cells << (change > 0 ? QStringLiteral("+%1").arg(change) : QString::number(change));
            } else {
                cells << tr("not scored in both");
            }
        }
        table->addRow(cells);
        if (QTableWidgetItem* item = table->item(table->rowCount() - 1, 0))
            item->setToolTip(area.description);
    }
    QStringList completedBy{tr("Completed by")};
    for (const StarAssessment& a : assessments)
        completedBy << ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::CompletedBy)).displayLabel(a.completedBy);
    table->addRow(completedBy);
    table->finish();
    layout->addWidget(table, 2);
    table->setMinimumHeight(120);

    connect(m_chosen, &QComboBox::currentIndexChanged, this, &StarTab::showChosen);
    showChosen();
}

void StarTab::showChosen()
{
    if (!m_chart)
        return;
    const StarChartData shown = StarChartData::forPeriod(m_star, m_assessments, m_chosen->currentData().toString());
    m_chart->setData(shown);
    m_distance->setData(shown, 0); // a person's change is in whole points
}

} // namespace waymark
