#include "ui/RiskAssessmentEditor.h"

#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/services/RiskService.h"
#include "ui/ColumnNamedDelegate.h"
#include "ui/FieldMessages.h"
#include "ui/StatusColours.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

enum Column { Towards, Level, Description, Management, ColumnCount };

QComboBox* codeChoice(const char* list, const QString& current, const QString& accessibleName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    const CodeList& codes = ReferenceCodes::list(QString::fromLatin1(list));
    for (const Code& c : codes.codes())
        box->addItem(codes.displayLabel(c.code), c.code);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    box->setAccessibleName(accessibleName);
    return box;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

RiskAssessmentEditor::RiskAssessmentEditor(RiskService& service, const SupportPeriod& period,
                                           const RiskAssessment& previous, const QString& assessedBy,
                                           const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_period(period)
    , m_service(service)
    , m_messages(new FieldMessages(this))
    , m_introduction(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_assessedOn(new QDateEdit(today, this))
    , m_assessedBy(new QLineEdit(assessedBy, this))
    , m_risks(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("riskAssessmentEditor"));
    setWindowTitle(previous.id.isEmpty() ? tr("Assess risk") : tr("Review the risk assessment"));

    m_introduction->setWordWrap(true);
    m_introduction->setText(
        previous.id.isEmpty()
            ? tr("List every risk to the person, to others and to staff, with how serious it is and the plan to "
                 "manage it. A group with no risk is printed as \"No risk identified\".")
            : tr("This starts from the assessment of %1. Change what has changed, remove what no longer applies "
                 "and add anything new; saving keeps the earlier assessment as it was.")
                  .arg(LocalTime::formatDate(previous.assessedOn)));
    m_banner->setObjectName(QStringLiteral("riskProblems"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(StatusColours::errorStyle(m_banner));
    m_banner->hide();

    auto* form = new QFormLayout;
    m_assessedOn->setObjectName(QStringLiteral("assessedOn"));
    m_assessedOn->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_assessedOn->setCalendarPopup(true);
    m_assessedBy->setObjectName(QStringLiteral("assessedBy"));
    m_assessedBy->setPlaceholderText(tr("the worker, with the person"));
    m_messages->addRow(form, tr("&Assessed on:"), m_assessedOn, QStringLiteral("assessed_on"));
    m_messages->addRow(form, tr("Assessed &by:"), m_assessedBy, QStringLiteral("assessed_by"));

    m_risks->setObjectName(QStringLiteral("risks"));
    m_risks->setAccessibleName(tr("Risks"));
    m_risks->setItemDelegate(new ColumnNamedDelegate(m_risks));
    m_risks->setHorizontalHeaderLabels({tr("Risk to"), tr("Level"), tr("The risk"), tr("How it is managed")});
    m_risks->verticalHeader()->hide();
    m_risks->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_risks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_risks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_risks->setWordWrap(true);
    m_risks->horizontalHeader()->setSectionResizeMode(Towards, QHeaderView::ResizeToContents);
    m_risks->horizontalHeader()->setSectionResizeMode(Level, QHeaderView::ResizeToContents);
    m_risks->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_risks->horizontalHeader()->setSectionResizeMode(Management, QHeaderView::Stretch);
    m_risks->setMinimumHeight(220);

    auto* buttons = new QHBoxLayout;
    const CodeList& towards = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::RiskTowards));
    const QStringList addTexts = {tr("Add a risk to the &person"), tr("Add a risk to &others"),
                                  tr("Add a risk to s&taff")};
    for (qsizetype i = 0; i < towards.codes().size() && i < addTexts.size(); ++i) {
        const QString code = towards.codes().at(i).code;
        auto* add = new QPushButton(addTexts.at(i), this);
        add->setObjectName(QStringLiteral("addRisk_") + code);
        connect(add, &QPushButton::clicked, this, [this, code] {
            addRisk(Risk{{}, code, QStringLiteral("medium"), {}, {}});
            m_risks->setCurrentCell(m_risks->rowCount() - 1, Description);
            m_risks->editItem(m_risks->item(m_risks->rowCount() - 1, Description));
        });
        buttons->addWidget(add);
    }
    auto* remove = new QPushButton(tr("&Remove risk"), this);
    remove->setObjectName(QStringLiteral("removeRisk"));
    remove->setToolTip(tr("Remove the selected risk: it no longer applies"));
    connect(remove, &QPushButton::clicked, this, [this] { removeRisk(m_risks->currentRow()); });
    buttons->addStretch(1);
    buttons->addWidget(remove);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Save)->setText(tr("&Save assessment"));
    connect(box, &QDialogButtonBox::accepted, this, &RiskAssessmentEditor::accept);
    connect(box, &QDialogButtonBox::rejected, this, &RiskAssessmentEditor::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introduction);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_risks, 1);
    layout->addLayout(buttons);
    layout->addWidget(box);

    for (const Risk& r : previous.risks)
        addRisk(r);
    resize(900, 560);
}

void RiskAssessmentEditor::setIntroduction(const QString& text)
{
    m_introduction->setText(text);
}

void RiskAssessmentEditor::addRisk(const Risk& risk)
{
    const int row = m_risks->rowCount();
    m_risks->insertRow(row);
    m_risks->setCellWidget(row, Towards, codeChoice(ReferenceCodes::RiskTowards, risk.towards, tr("Risk to"), m_risks));
    m_risks->setCellWidget(row, Level, codeChoice(ReferenceCodes::RiskLevel, risk.level, tr("Level"), m_risks));
    m_risks->setItem(row, Description, new QTableWidgetItem(risk.description));
    m_risks->setItem(row, Management, new QTableWidgetItem(risk.management));
}

void RiskAssessmentEditor::removeRisk(int row)
{
    if (row >= 0 && row < m_risks->rowCount())
        m_risks->removeRow(row);
}

void RiskAssessmentEditor::setAssessment(const QDate& on, const QString& by)
{
    m_assessedOn->setDate(on);
    m_assessedBy->setText(by);
}

RiskAssessment RiskAssessmentEditor::assessment() const
{
    RiskAssessment a;
    a.supportPeriodId = m_period.id;
    a.assessedOn = m_assessedOn->date();
    a.assessedBy = m_assessedBy->text();
    for (int row = 0; row < m_risks->rowCount(); ++row) {
        Risk r;
        if (auto* box = qobject_cast<QComboBox*>(m_risks->cellWidget(row, Towards)))
            r.towards = box->currentData().toString();
        if (auto* box = qobject_cast<QComboBox*>(m_risks->cellWidget(row, Level)))
            r.level = box->currentData().toString();
        r.description = cellText(m_risks, row, Description);
        r.management = cellText(m_risks, row, Management);
        a.risks << r;
    }
    return a;
}

QString RiskAssessmentEditor::problemText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void RiskAssessmentEditor::accept()
{
    // A cell still being typed in (Enter pressed in it) is committed before the risks are read.
    m_risks->setCurrentIndex(QModelIndex());
    Result<QString> saved = m_service.assess(assessment());
    if (saved) {
        m_assessmentId = saved.value();
        QDialog::accept();
        return;
    }
    m_messages->show(m_service.problems());
    // Problems of a risk name its row: "Risk 2: say how the risk will be managed."
    static const QRegularExpression riskField(QStringLiteral("^risks\\[(\\d+)\\]\\."));
    QStringList lines;
    for (const FieldProblem& p : m_service.problems()) {
        const QRegularExpressionMatch m = riskField.match(p.field);
        if (m.hasMatch())
            lines << tr("%1 risk %2: %3").arg(p.isError() ? tr("Error:") : tr("Check:"))
                         .arg(m.captured(1).toInt() + 1)
                         .arg(p.message);
    }
    if (m_service.problems().isEmpty())
        lines << tr("Error: %1").arg(saved.error().message);
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setVisible(!lines.isEmpty());
}

} // namespace waymark
