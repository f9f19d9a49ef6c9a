#include "ui/StarAssessmentEditor.h"

#include "core/domain/ReferenceCodes.h"
#include "core/services/StarService.h"
#include "ui/FieldMessages.h"
#include "ui/FormChoices.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace waymark {

StarAssessmentEditor::StarAssessmentEditor(StarService& service, const SupportPeriod& period, const StarTemplate& star,
                                           const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_period(period)
    , m_star(star)
    , m_messages(new FieldMessages(this))
    , m_assessedOn(new QDateEdit(today, this))
    , m_completedBy(new QComboBox(this))
    , m_unscored(nullptr)
{
    setObjectName(QStringLiteral("starAssessmentEditor"));
    setWindowTitle(tr("Score the star: %1").arg(star.name));

    auto* top = new QFormLayout;
    m_assessedOn->setObjectName(QStringLiteral("assessedOn"));
    m_assessedOn->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_assessedOn->setCalendarPopup(true);
    m_completedBy->setObjectName(QStringLiteral("completedBy"));
    FormChoices::fillCodes(m_completedBy, ReferenceCodes::CompletedBy, false);
    FormChoices::select(m_completedBy, QStringLiteral("together"));
    m_messages->addRow(top, tr("&Date:"), m_assessedOn, QStringLiteral("assessed_on"));
    m_messages->addRow(top, tr("Completed &by:"), m_completedBy, QStringLiteral("completed_by"));

    // The stages in view all the time: what each part of the scale means.
    QStringList stages;
    for (const StarStage& s : star.stages)
        stages << (s.from == s.to ? QStringLiteral("%1 %2").arg(s.from).arg(s.name)
                                  : QStringLiteral("%1-%2 %3").arg(s.from).arg(s.to).arg(s.name));
    auto* scale = new QLabel(stages.isEmpty() ? tr("Scores from %1 to %2.").arg(star.scaleMin).arg(star.scaleMax)
                                              : tr("The scale: %1").arg(stages.join(QStringLiteral(" \u00b7 "))),
                             this);
    scale->setObjectName(QStringLiteral("scaleStages"));
    scale->setWordWrap(true);

    auto* areas = new QWidget;
    auto* grid = new QGridLayout(areas);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(3, 2);
    int row = 0;
    for (const StarArea& area : star.areas) {
        auto* name = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(area.name.toHtmlEscaped(), area.description.toHtmlEscaped()),
                                areas);
        name->setWordWrap(true);
        auto* score = new QSpinBox(areas);
        score->setObjectName(QStringLiteral("score_") + area.key);
        // One below the scale means "not scored", shown in words.
        score->setRange(star.scaleMin - 1, star.scaleMax);
        score->setSpecialValueText(tr("Not scored"));
        score->setValue(star.scaleMin - 1);
        score->setAccessibleName(tr("Score for %1").arg(area.name));
        score->setAccessibleDescription(area.description);
        name->setBuddy(score);
        auto* stage = new QLabel(areas);
        stage->setObjectName(QStringLiteral("stage_") + area.key);
        stage->setMinimumWidth(110);
        auto* note = new QLineEdit(areas);
        note->setObjectName(QStringLiteral("note_") + area.key);
        note->setPlaceholderText(tr("note (optional)"));
        note->setAccessibleName(tr("Note on %1").arg(area.name));
        connect(score, &QSpinBox::valueChanged, stage, [this, stage, score] {
            stage->setText(score->value() < m_star.scaleMin ? QString() : m_star.stageFor(score->value()));
            m_unscoredShown = false;
        });
        grid->addWidget(name, row, 0);
        grid->addWidget(score, row, 1);
        grid->addWidget(stage, row, 2);
        grid->addWidget(note, row, 3);
        grid->addWidget(m_messages->messageFor(QStringLiteral("scores.") + area.key, score), row + 1, 0, 1, 4);
        m_scores.insert(area.key, score);
        m_notes.insert(area.key, note);
        m_stageLabels.insert(area.key, stage);
        row += 2;
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(areas);
    // What is wrong with the assessment as a whole (nothing scored, areas left unscored).
    m_unscored = m_messages->messageFor(QStringLiteral("scores"), scroll);
    m_unscored->setParent(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save assessment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StarAssessmentEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StarAssessmentEditor::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scale);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_unscored);
    layout->addWidget(buttons);
    // Keyboard order: each area's score then its note, down the star.
    QWidget* previous = m_completedBy;
    for (const StarArea& area : star.areas) {
        setTabOrder(previous, m_scores.value(area.key));
        setTabOrder(m_scores.value(area.key), m_notes.value(area.key));
        previous = m_notes.value(area.key);
    }
    resize(860, 720);
}

void StarAssessmentEditor::setCompletedBy(const QString& code)
{
    FormChoices::select(m_completedBy, code);
}

StarAssessment StarAssessmentEditor::assessment() const
{
    StarAssessment a;
    a.supportPeriodId = m_period.id;
    a.templateId = m_star.id;
    a.assessedOn = m_assessedOn->date();
    a.completedBy = FormChoices::code(m_completedBy);
    for (const StarArea& area : m_star.areas) {
        const int score = m_scores.value(area.key)->value();
        if (score >= m_star.scaleMin)
            a.scores.insert(area.key, score);
        const QString note = m_notes.value(area.key)->text().trimmed();
        if (!note.isEmpty())
            a.notes.insert(area.key, note);
    }
    return a;
}

void StarAssessmentEditor::accept()
{
    const StarAssessment a = assessment();
    // Say which areas are unscored before saving; a second press saves.
    QStringList unscored;
    for (const StarArea& area : m_star.areas)
        if (!a.scores.contains(area.key))
            unscored << area.name;
    if (!unscored.isEmpty() && unscored.size() < m_star.areas.size() && !m_unscoredShown) {
        m_unscoredShown = true;
        m_messages->show({FieldProblem{QStringLiteral("scores"),
                                       tr("Not scored: %1. Press Save again to save without them; distance travelled "
                                          "leaves them out.")
                                           .arg(unscored.join(QStringLiteral(", "))),
                                       FieldProblem::Severity::Warning}});
        return;
    }
    Result<QString> saved = m_service.record(a);
    if (!saved) {
        m_messages->show(m_service.problems().isEmpty()
                             ? FieldProblems{FieldProblem{QStringLiteral("scores"), saved.error().message}}
                             : m_service.problems());
        return;
    }
    m_assessmentId = saved.value();
    QDialog::accept();
}

} // namespace waymark
