#include "ui/RiskAssessmentTab.h"

#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "ui/EmptyState.h"
#include "ui/ReadOnlyTable.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark {

RiskAssessmentTab::RiskAssessmentTab(const QVector<RiskAssessment>& assessments, bool canAssess,
                                     const QString& readError, QWidget* parent)
    : QWidget(parent)
    , m_assessments(assessments)
    , m_assess(new QPushButton(this))
    , m_print(new QPushButton(tr("Pr&int risk assessment\u2026"), this))
    , m_versions(new QComboBox(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("riskTab"));
    m_assess->setObjectName(QStringLiteral("assessRisk"));
    m_assess->setText(assessments.isEmpty() ? tr("&Assess risk\u2026") : tr("&Review the risk assessment\u2026"));
    m_assess->setEnabled(canAssess);
    if (!canAssess)
        m_assess->setToolTip(tr("Risk is assessed while the person is in support."));
    connect(m_assess, &QPushButton::clicked, this, &RiskAssessmentTab::assessRequested);
    m_print->setObjectName(QStringLiteral("printRisk"));
    m_print->setEnabled(!assessments.isEmpty());
    connect(m_print, &QPushButton::clicked, this, [this] {
        const int shown = std::max(0, m_versions->currentIndex());
        if (shown < m_assessments.size())
            emit printRequested(m_assessments.at(shown).id);
    });
    m_versions->setObjectName(QStringLiteral("riskVersion"));
    m_versions->setAccessibleName(tr("Show the assessment of"));
    for (qsizetype i = 0; i < assessments.size(); ++i)
        m_versions->addItem(i == 0 ? tr("%1 (latest)").arg(LocalTime::formatDate(assessments.at(i).assessedOn))
                                   : LocalTime::formatDate(assessments.at(i).assessedOn));
    m_versions->setVisible(assessments.size() > 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_assess);
    actions->addWidget(m_print);
    actions->addStretch(1);
    if (assessments.size() > 1) {
        auto* label = new QLabel(tr("Show the assessment &of:"), this);
        label->setBuddy(m_versions);
        actions->addWidget(label);
    }
    actions->addWidget(m_versions);
    m_layout->addLayout(actions);

    if (!readError.isEmpty()) {
        m_layout->addWidget(new EmptyState(tr("The risk assessment could not be read"), readError, this), 1);
        return;
    }
    if (assessments.isEmpty()) {
        m_layout->addWidget(new EmptyState(tr("No risk assessment yet"),
                                           canAssess ? tr("Assess the risks to the person, to others and to staff "
                                                          "before writing the support plan; they are reviewed with it.")
                                                     : tr("Risk is assessed once the person is in support."),
                                           this),
                            1);
        return;
    }
    connect(m_versions, &QComboBox::currentIndexChanged, this, &RiskAssessmentTab::showAssessment);
    showAssessment(0);
}

void RiskAssessmentTab::showAssessment(int index)
{
    if (index < 0 || index >= m_assessments.size())
        return;
    if (m_content) {
        m_layout->removeWidget(m_content);
        m_content->deleteLater();
    }
    const RiskAssessment& a = m_assessments.at(index);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* heading = new QLabel(tr("Assessed %1 by %2").arg(LocalTime::formatDate(a.assessedOn), a.assessedBy), page);
    heading->setObjectName(QStringLiteral("riskHeading"));
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    heading->setFont(f);
    layout->addWidget(heading);
    if (a.nextReviewOn.isValid())
        layout->addWidget(new QLabel(index == 0 ? tr("Next review due %1, with the support plan")
                                                      .arg(LocalTime::formatDate(a.nextReviewOn))
                                                : tr("An earlier assessment: the latest is shown first in the list."),
                                     page));
    const CodeList& towards = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::RiskTowards));
    const CodeList& levels = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::RiskLevel));
    for (const Code& group : towards.codes()) {
        auto* box = new QGroupBox(towards.displayLabel(group.code), page);
        box->setObjectName(QStringLiteral("risks_") + group.code);
        auto* boxLayout = new QVBoxLayout(box);
        const QVector<Risk> risks = a.risksTowards(group.code);
        if (risks.isEmpty()) {
            boxLayout->addWidget(new QLabel(tr("No risk identified."), box));
        } else {
            auto* table = new ReadOnlyTable({tr("Level"), tr("The risk"), tr("How it is managed")},
                                            towards.displayLabel(group.code), box);
            table->setSortingEnabled(false);
            for (const Risk& r : risks)
                table->addRow({levels.displayLabel(r.level), r.description, r.management});
            table->finish();
            table->horizontalHeader()->setStretchLastSection(true);
            table->fitHeightToRows();
            boxLayout->addWidget(table);
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    m_content = area;
    m_layout->addWidget(area, 1);
}

} // namespace waymark
