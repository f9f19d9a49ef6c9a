#include "ui/GoalDialog.h"

#include "core/domain/ReferenceCodes.h"
#include "core/rules/RecordChecks.h"
#include "ui/FieldMessages.h"
#include "ui/FormChoices.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace waymark {

namespace {

QPlainTextEdit* shortText(const QString& text, const char* name, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(64);
    return edit;
}

} // namespace

GoalDialog::GoalDialog(const Goal& goal, const QList<QPair<QString, QString>>& starAreas, QWidget* parent)
    : QDialog(parent)
    , m_goal(goal)
    , m_messages(new FieldMessages(this))
    , m_what(shortText(goal.what, "what", this))
    , m_measure(shortText(goal.measure, "measure", this))
    , m_who(shortText(goal.who, "who", this))
    , m_target(new QDateEdit(this))
    , m_outcome(new QComboBox(this))
    , m_starArea(new QComboBox(this))
    , m_tasks(new QListWidget(this))
    , m_otherTasks(new QLineEdit(this))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("goalDialog"));
    setWindowTitle(goal.what.isEmpty() ? tr("New goal") : tr("Goal"));
    m_what->setPlaceholderText(tr("Specific: what will be different"));
    m_measure->setPlaceholderText(tr("Measurable: how you will both know"));
    m_who->setPlaceholderText(tr("Who does what: the person, the key worker, others"));
    m_target->setObjectName(QStringLiteral("targetDate"));
    m_target->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_target->setCalendarPopup(true);
    m_target->setDate(goal.targetDate.isValid() ? goal.targetDate : QDate::currentDate().addMonths(3));
    m_outcome->setObjectName(QStringLiteral("outcomeCode"));
    FormChoices::fillCodes(m_outcome, ReferenceCodes::OutcomeCode, true, tr("None"));
    FormChoices::select(m_outcome, goal.outcomeCode);
    m_starArea->setObjectName(QStringLiteral("starArea"));
    m_starArea->addItem(tr("None"), QString());
    for (const auto& [key, name] : starAreas)
        m_starArea->addItem(name, key);
    FormChoices::select(m_starArea, goal.starArea);
    m_status->setObjectName(QStringLiteral("status"));
    FormChoices::fillCodes(m_status, ReferenceCodes::GoalStatus, false);
    FormChoices::select(m_status, goal.status.isEmpty() ? QStringLiteral("open") : goal.status);

    // The commissioner's task list to tick, and anything else typed.
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setAccessibleName(tr("Support tasks"));
    const QStringList offered = ReferenceCodes::supportTasks();
    QStringList other;
    for (const QString& task : goal.tasks)
        if (!offered.contains(task))
            other << task;
    for (const QString& task : offered) {
        auto* item = new QListWidgetItem(task, m_tasks);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(goal.tasks.contains(task) ? Qt::Checked : Qt::Unchecked);
    }
    m_tasks->setMinimumHeight(160);
    m_otherTasks->setObjectName(QStringLiteral("otherTasks"));
    m_otherTasks->setPlaceholderText(tr("other tasks, separated by semicolons"));
    m_otherTasks->setText(other.join(QStringLiteral("; ")));

    auto* form = new QFormLayout;
    m_messages->addRow(form, tr("&Goal:"), m_what, QStringLiteral("what"));
    m_messages->addRow(form, tr("&Measured by:"), m_measure, QStringLiteral("measure"));
    m_messages->addRow(form, tr("&Who does what:"), m_who, QStringLiteral("who"));
    m_messages->addRow(form, tr("&Target date:"), m_target, QStringLiteral("target_date"));
    m_messages->addRow(form, tr("&Outcomes Framework:"), m_outcome, QStringLiteral("outcome_code"));
    m_messages->addRow(form, tr("Outcome Star &area:"), m_starArea, QStringLiteral("star_area"));
    m_messages->addRow(form, tr("Tas&ks:"), m_tasks, QStringLiteral("tasks"));
    m_messages->addRow(form, tr("Ot&her tasks:"), m_otherTasks, QStringLiteral("other_tasks"));
    m_messages->addRow(form, tr("&Status:"), m_status, QStringLiteral("status"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoalDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

Goal GoalDialog::goal() const
{
    Goal g = m_goal;
    g.what = m_what->toPlainText().trimmed();
    g.measure = m_measure->toPlainText().trimmed();
    g.who = m_who->toPlainText().trimmed();
    g.targetDate = m_target->date();
    g.outcomeCode = FormChoices::code(m_outcome);
    g.starArea = FormChoices::code(m_starArea);
    g.status = FormChoices::code(m_status);
    g.tasks.clear();
    for (int i = 0; i < m_tasks->count(); ++i)
        if (m_tasks->item(i)->checkState() == Qt::Checked)
            g.tasks << m_tasks->item(i)->text();
    for (const QString& task : m_otherTasks->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!task.trimmed().isEmpty())
            g.tasks << task.trimmed();
    return g;
}

void GoalDialog::accept()
{
    // The plan's own SMART checks (RecordChecks), shown on this form's fields.
    FieldProblems problems;
    const QString prefix = QStringLiteral("goals[0].");
    for (FieldProblem p : RecordChecks::supportPlan(SupportPlan{}, {goal()}, SupportPeriod{})) {
        if (p.field.startsWith(prefix))
            p.field = p.field.mid(prefix.size());
        problems << p;
    }
    if (hasErrors(problems)) {
        m_messages->show(problems);
        return;
    }
    QDialog::accept();
}

} // namespace waymark
