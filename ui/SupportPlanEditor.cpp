#include "ui/SupportPlanEditor.h"

#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/rules/RecordChecks.h"
#include "core/services/SupportPlanService.h"
#include "ui/FieldMessages.h"
#include "ui/GoalDialog.h"
#include "ui/StatusColours.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

SupportPlanEditor::SupportPlanEditor(SupportPlanService& service, Mode mode, const SupportPeriod& period,
                                     const SupportPlan& plan, const QVector<Goal>& goals,
                                     const QList<QPair<QString, QString>>& starAreas, const QDate& today,
                                     QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_mode(mode)
    , m_period(period)
    , m_plan(plan)
    , m_goals(goals)
    , m_starAreas(starAreas)
    , m_today(today)
    , m_messages(new FieldMessages(this))
    , m_goalTable(new QTableWidget(0, 5, this))
    , m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("supportPlanEditor"));
    setWindowTitle(mode == Mode::Review ? tr("Review the support plan") : tr("Support plan"));
    for (qsizetype i = 0; i < m_goals.size(); ++i)
        m_progress << QString();

    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(StatusColours::errorStyle(m_banner));
    m_banner->hide();

    // Needs (T 5.1.1): described, or considered and none identified.
    auto* needs = new QGroupBox(tr("Needs arising from who the person is"), this);
    auto* needsForm = new QFormLayout(needs);
    const CodeList& areas = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::NeedArea));
    const QString none = QString::fromLatin1(RecordChecks::NoneIdentified);
    for (const Code& area : areas.codes()) {
        auto* row = new QWidget(needs);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLineEdit(row);
        text->setObjectName(QStringLiteral("need_") + area.code);
        auto* noneBox = new QCheckBox(tr("None identified"), row);
        noneBox->setObjectName(QStringLiteral("none_") + area.code);
        noneBox->setAccessibleName(tr("No needs identified arising from %1").arg(areas.displayLabel(area.code).toLower()));
        const QString current = plan.needs.value(area.code);
        // Imported plans may write it in any case ("none identified").
        if (current.trimmed().compare(none, Qt::CaseInsensitive) == 0) {
            noneBox->setChecked(true);
            text->setEnabled(false);
        } else {
            text->setText(current);
        }
        connect(noneBox, &QCheckBox::toggled, text, [text](bool on) {
            text->setEnabled(!on);
            if (on)
                text->clear();
        });
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(noneBox);
        text->setAccessibleName(tr("Needs arising from %1").arg(areas.displayLabel(area.code).toLower()));
        m_messages->addRow(needsForm, areas.displayLabel(area.code) + QLatin1Char(':'), row,
                           QStringLiteral("needs.") + area.code);
        m_needs.insert(area.code, text);
        m_none.insert(area.code, noneBox);
    }

    // Goals.
    auto* goalsBox = new QGroupBox(tr("SMART goals"), this);
    auto* goalsLayout = new QVBoxLayout(goalsBox);
    m_goalTable->setObjectName(QStringLiteral("goals"));
    m_goalTable->setAccessibleName(tr("Goals"));
    m_goalTable->setHorizontalHeaderLabels({tr("Goal"), tr("Measured by"), tr("Who"), tr("Target"), tr("Status")});
    m_goalTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_goalTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_goalTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_goalTable->verticalHeader()->hide();
    m_goalTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_goalTable->setMinimumHeight(160);
    auto* goalButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add goal\u2026"), goalsBox);
    add->setObjectName(QStringLiteral("addGoal"));
    auto* edit = new QPushButton(tr("&Edit goal\u2026"), goalsBox);
    edit->setObjectName(QStringLiteral("editGoal"));
    auto* remove = new QPushButton(tr("Re&move goal"), goalsBox);
    remove->setObjectName(QStringLiteral("removeGoal"));
    goalButtons->addWidget(add);
    goalButtons->addWidget(edit);
    goalButtons->addWidget(remove);
    if (mode == Mode::Review) {
        auto* progress = new QPushButton(tr("&Progress\u2026"), goalsBox);
        progress->setObjectName(QStringLiteral("progress"));
        progress->setToolTip(tr("Write what progress the selected goal made"));
        connect(progress, &QPushButton::clicked, this, [this] {
            const int row = m_goalTable->currentRow();
            if (row < 0)
                return;
            bool ok = false;
            const QString text = QInputDialog::getText(this, tr("Progress"), tr("Progress on \"%1\":").arg(m_goals.at(row).what),
                                                       QLineEdit::Normal, m_progress.value(row), &ok);
            if (ok)
                setProgress(row, text);
        });
        goalButtons->addWidget(progress);
    }
    goalButtons->addStretch(1);
    goalsLayout->addWidget(m_goalTable);
    goalsLayout->addLayout(goalButtons);
    auto* goalsMessage = m_messages->messageFor(QStringLiteral("goals"), m_goalTable);
    goalsLayout->addWidget(goalsMessage);
    connect(add, &QPushButton::clicked, this, [this] {
        Goal g;
        g.status = QStringLiteral("open");
        GoalDialog dialog(g, m_starAreas, this);
        if (dialog.exec() == QDialog::Accepted)
            addGoal(dialog.goal());
    });
    connect(edit, &QPushButton::clicked, this, [this] { editGoal(m_goalTable->currentRow()); });
    connect(m_goalTable, &QTableWidget::cellActivated, this, [this](int row, int) { editGoal(row); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_goalTable->currentRow();
        if (row < 0 || row >= m_goals.size())
            return;
        m_goals.removeAt(row);
        m_progress.removeAt(row);
        refreshGoals();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(needs);
    layout->addWidget(goalsBox, 1);

    auto* closing = new QGroupBox(mode == Mode::Review ? tr("The review") : tr("Agreement"), this);
    auto* closingForm = new QFormLayout(closing);
    if (mode == Mode::Draft) {
        m_agree = new QCheckBox(tr("The person has agreed this plan"), closing);
        m_agree->setObjectName(QStringLiteral("agree"));
        m_agreedOn = new QDateEdit(today, closing);
        m_agreedOn->setObjectName(QStringLiteral("agreedOn"));
        m_agreedOn->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
        m_agreedOn->setCalendarPopup(true);
        m_agreedOn->setEnabled(false);
        connect(m_agree, &QCheckBox::toggled, m_agreedOn, &QWidget::setEnabled);
        closingForm->addRow(QString(), m_agree);
        if (!service.mayAgree()) {
            // A key worker saves the draft; a team leader signs it off by agreeing it.
            m_agree->setEnabled(false);
            m_agree->setText(tr("A team leader records the person's agreement (sign-off)"));
        }
        m_messages->addRow(closingForm, tr("Agreed &on:"), m_agreedOn, QStringLiteral("agreed_on"));
    } else {
        m_heldOn = new QDateEdit(today, closing);
        m_heldOn->setObjectName(QStringLiteral("heldOn"));
        m_heldOn->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
        m_heldOn->setCalendarPopup(true);
        m_attendees = new QLineEdit(closing);
        m_attendees->setObjectName(QStringLiteral("attendees"));
        m_attendees->setPlaceholderText(tr("the person, the key worker, anyone else"));
        m_summary = new QPlainTextEdit(closing);
        m_summary->setObjectName(QStringLiteral("summary"));
        m_summary->setTabChangesFocus(true);
        m_summary->setMaximumHeight(90);
        m_messages->addRow(closingForm, tr("&Held on:"), m_heldOn, QStringLiteral("held_on"));
        m_messages->addRow(closingForm, tr("&Who took part:"), m_attendees, QStringLiteral("attendees"));
        m_messages->addRow(closingForm, tr("&Summary:"), m_summary, QStringLiteral("summary"));
    }
    layout->addWidget(closing);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(mode == Mode::Review ? tr("&Record review") : tr("&Save plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SupportPlanEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SupportPlanEditor::reject);
    layout->addWidget(buttons);

    // In a review, the needs stay as agreed: what changes is recorded by the review.
    if (mode == Mode::Review)
        needs->setEnabled(false);
    refreshGoals();
    resize(820, 860);
}

void SupportPlanEditor::setNeed(const QString& area, const QString& text, bool noneIdentified)
{
    if (QCheckBox* box = m_none.value(area))
        box->setChecked(noneIdentified);
    if (QLineEdit* edit = m_needs.value(area))
        edit->setText(noneIdentified ? QString() : text);
}

void SupportPlanEditor::addGoal(const Goal& goal)
{
    m_goals << goal;
    m_progress << QString();
    refreshGoals();
}

void SupportPlanEditor::setGoalStatus(int row, const QString& status)
{
    if (row >= 0 && row < m_goals.size()) {
        m_goals[row].status = status;
        refreshGoals();
    }
}

void SupportPlanEditor::setAgreedOn(const QDate& date)
{
    if (!m_agree)
        return;
    m_agree->setChecked(true);
    m_agreedOn->setDate(date);
}

void SupportPlanEditor::setReview(const QDate& heldOn, const QString& attendees, const QString& summary)
{
    if (!m_heldOn)
        return;
    m_heldOn->setDate(heldOn);
    m_attendees->setText(attendees);
    m_summary->setPlainText(summary);
}

void SupportPlanEditor::setProgress(int row, const QString& progress)
{
    if (row >= 0 && row < m_progress.size()) {
        m_progress[row] = progress.trimmed();
        refreshGoals();
    }
}

bool SupportPlanEditor::editGoal(int row)
{
    if (row < 0 || row >= m_goals.size())
        return false;
    GoalDialog dialog(m_goals.at(row), m_starAreas, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_goals[row] = dialog.goal();
    refreshGoals();
    return true;
}

void SupportPlanEditor::refreshGoals()
{
    const CodeList& statuses = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::GoalStatus));
    m_goalTable->setRowCount(int(m_goals.size()));
    for (int row = 0; row < m_goals.size(); ++row) {
        const Goal& g = m_goals.at(row);
        QString status = statuses.displayLabel(g.status.isEmpty() ? QStringLiteral("open") : g.status);
        if (!m_progress.value(row).isEmpty())
            status += QStringLiteral(" \u2014 ") + m_progress.value(row);
        const QStringList cells{g.what, g.measure, g.who, LocalTime::formatDate(g.targetDate), status};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_goalTable->setItem(row, column, item);
        }
    }
}

SupportPlan SupportPlanEditor::planFromForm() const
{
    SupportPlan plan = m_plan;
    plan.supportPeriodId = m_period.id;
    plan.needs.clear();
    for (auto it = m_needs.constBegin(); it != m_needs.constEnd(); ++it) {
        if (m_none.value(it.key())->isChecked())
            plan.needs.insert(it.key(), QString::fromLatin1(RecordChecks::NoneIdentified));
        else if (!it.value()->text().trimmed().isEmpty())
            plan.needs.insert(it.key(), it.value()->text().trimmed());
    }
    return plan;
}

void SupportPlanEditor::accept()
{
    FieldProblems problems;
    Status done;
    if (m_mode == Mode::Draft) {
        Result<QString> saved = m_service.saveDraft(planFromForm(), m_goals);
        if (saved) {
            m_planId = saved.value();
            m_plan.id = m_planId;
            if (m_agree->isChecked()) {
                done = m_service.agree(m_planId, m_agreedOn->date());
                if (done) {
                    QDialog::accept();
                    return;
                }
            } else {
                QDialog::accept();
                return;
            }
        } else {
            done = Status(saved.error());
        }
    } else {
        PlanReview review;
        review.heldOn = m_heldOn->date();
        review.attendees = m_attendees->text().trimmed();
        // The progress written per goal goes into the review's record, goal by goal.
        QStringList lines;
        if (!m_summary->toPlainText().trimmed().isEmpty())
            lines << m_summary->toPlainText().trimmed();
        for (int row = 0; row < m_goals.size(); ++row)
            if (!m_progress.value(row).isEmpty())
                lines << tr("Progress on \"%1\": %2").arg(m_goals.at(row).what, m_progress.value(row));
        review.summary = lines.join(QLatin1Char('\n'));
        Result<QString> reviewed = m_service.review(m_plan.id, review, m_goals);
        if (reviewed) {
            m_planId = reviewed.value();
            QDialog::accept();
            return;
        }
        done = Status(reviewed.error());
    }
    problems = m_service.problems();
    m_messages->show(problems);
    QStringList banner;
    banner << (problems.isEmpty() ? done.error().message : tr("Not saved: correct what is marked below."));
    // Problems of a particular goal are named by its place in the list; others without a field
    // of their own on this form are said here too.
    for (const FieldProblem& p : problems) {
        if (!p.isError())
            continue;
        if (p.field.startsWith(QLatin1String("goals[")))
            banner << tr("Goal %1: %2").arg(p.field.mid(6, p.field.indexOf(QLatin1Char(']')) - 6).toInt() + 1).arg(p.message);
        else if (m_messages->messageText(p.field).isEmpty())
            banner << p.message;
    }
    banner.removeDuplicates();
    m_banner->setText(banner.join(QLatin1Char('\n')));
    m_banner->show();
}

} // namespace waymark
