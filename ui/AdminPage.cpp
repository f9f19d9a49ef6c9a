#include "ui/AdminPage.h"

#include "core/domain/Clock.h"
#include "core/domain/ReferenceCodes.h"
#include "core/interchange/StarTemplateFile.h"
#include "core/services/ComplaintsProcedureService.h"
#include "core/services/StarService.h"
#include "core/storage/Repositories.h"
#include "ui/AuditTrailView.h"
#include "ui/DeletedRecordsView.h"
#include "ui/FieldMessages.h"
#include "ui/FormDialog.h"
#include "ui/PageTitle.h"
#include "ui/ReadOnlyTable.h"
#include "ui/RetentionView.h"
#include "ui/SheetImportWizard.h"
#include "ui/StaffAdminView.h"
#include "ui/StarTemplateEditor.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

#include <memory>
#include <QVBoxLayout>

namespace waymark {

namespace {

template <typename T> QString optional(const std::optional<T>& value, const QString& unit)
{
    return value ? unit.arg(*value) : AdminPage::tr("none");
}

} // namespace

AdminPage::AdminPage(Repositories& repositories, StarService& stars, StaffService& staff, RetentionService& retention,
                     DeletedRecordService& deletedRecords, ComplaintsProcedureService& complaints, const Clock& clock,
                     QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_complaints(complaints)
    , m_contracts(
          new ReadOnlyTable({tr("Code"), tr("Contract"), tr("Funder"), tr("Weekly hours cap"), tr("Longest support"),
                             tr("First contact within"), tr("Star every"), tr("Returns")},
                            tr("Contracts"), this))
    , m_staffView(new StaffAdminView(repositories, staff, this))
    , m_auditView(new AuditTrailView(repositories, this))
    , m_retentionView(new RetentionView(retention, this))
    , m_deletedView(new DeletedRecordsView(deletedRecords, this))
    , m_templates(new ReadOnlyTable({tr("Star"), tr("Areas"), tr("Scale"), tr("Stages")}, tr("Star templates"), this))
    , m_stars(stars)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("adminPage"));
    auto* title = new PageTitle(tr("Administration"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    auto* moveInRow = new QHBoxLayout;
    moveInRow->addWidget(new QLabel(tr("Moving to Waymark from a spreadsheet?"), this));
    auto* moveIn = new QPushButton(tr("&Move a caseload in from a spreadsheet…"), this);
    moveIn->setObjectName(QStringLiteral("moveInFromSpreadsheet"));
    moveIn->setToolTip(tr("Bring people, their referrals and support periods in from an Excel or CSV file"));
    moveInRow->addWidget(moveIn);
    moveInRow->addStretch(1);
    auto* complaintsButton = new QPushButton(tr("Compla&ints procedure…"), this);
    complaintsButton->setObjectName(QStringLiteral("complaintsProcedure"));
    complaintsButton->setToolTip(
        tr("Whom a person complains to, how soon you answer, and how to complain to the council: "
           "printed for each person from their record"));
    moveInRow->addWidget(complaintsButton);
    connect(complaintsButton, &QPushButton::clicked, this, [this] {
        std::unique_ptr<FormDialog> form(complaintsProcedureForm());
        form->exec();
    });
    layout->addLayout(moveInRow);
    connect(moveIn, &QPushButton::clicked, this, [this] {
        std::unique_ptr<SheetImportWizard> wizard(sheetImportWizard());
        wizard->exec();
    });
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("adminTabs"));
    layout->addWidget(tabs, 1);
    tabs->addTab(m_staffView, tr("S&taff and sign-ins"));
    auto* contractsTab = new QWidget(tabs);
    auto* contractsLayout = new QVBoxLayout(contractsTab);
    tabs->addTab(contractsTab, tr("&Contracts and stars"));
    contractsLayout->addWidget(new QLabel(tr("Contracts"), contractsTab));
    contractsLayout->addWidget(m_contracts, 1);
    tabs->addTab(m_auditView, tr("A&udit trail"));
    tabs->addTab(m_retentionView, tr("Retention re&view"));
    tabs->addTab(m_deletedView, tr("D&eleted records"));
    // Read when looked at, not every time the Admin screen is.
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs](int index) {
        if (tabs->widget(index) == m_auditView)
            m_auditView->reload();
        if (tabs->widget(index) == m_retentionView)
            m_retentionView->reload();
        if (tabs->widget(index) == m_deletedView)
            m_deletedView->reload();
    });

    m_templates->setObjectName(QStringLiteral("starTemplates"));
    m_templates->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* starRow = new QHBoxLayout;
    starRow->addWidget(new QLabel(tr("Outcome Star templates"), this));
    starRow->addStretch(1);
    auto* add = new QPushButton(tr("&New star\u2026"), this);
    auto* edit = new QPushButton(tr("&Edit star\u2026"), this);
    auto* load = new QPushButton(tr("&Load from file\u2026"), this);
    auto* save = new QPushButton(tr("&Save to file\u2026"), this);
    load->setToolTip(tr("Load the star your organisation is licensed to use, from its interchange file"));
    for (QPushButton* b : {add, edit, load, save})
        starRow->addWidget(b);
    connect(add, &QPushButton::clicked, this, [this] {
        std::unique_ptr<StarTemplateEditor> editor(templateEditor(true));
        if (editor->exec() == QDialog::Accepted)
            reload();
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        std::unique_ptr<StarTemplateEditor> editor(templateEditor(false));
        if (editor && editor->exec() == QDialog::Accepted)
            reload();
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load star templates"), {}, tr("Interchange files (*.json)"));
        if (path.isEmpty())
            return;
        QString message;
        const bool ok = importTemplates(path, &message);
        if (ok)
            QMessageBox::information(this, tr("Star templates"), message);
        else
            QMessageBox::warning(this, tr("Star templates"), message);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const int row = m_templates->currentRow();
        if (row < 0 || row >= m_templateIds.size())
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save star template"), m_templateIds.at(row) + QStringLiteral(".json"),
                                                          tr("Interchange files (*.json)"));
        if (path.isEmpty())
            return;
        QString message;
        const bool ok = exportTemplate(m_templateIds.at(row), path, &message);
        if (ok)
            QMessageBox::information(this, tr("Star templates"), message);
        else
            QMessageBox::warning(this, tr("Star templates"), message);
    });
    contractsLayout->addLayout(starRow);
    contractsLayout->addWidget(m_templates, 1);
}

StarTemplateEditor* AdminPage::templateEditor(bool newTemplate)
{
    if (newTemplate) {
        StarTemplate blank;
        blank.stages = {{1, 5, tr("Getting help")}, {6, 10, tr("Managing")}};
        return new StarTemplateEditor(m_stars, blank, this);
    }
    const int row = m_templates->currentRow();
    if (row < 0 || row >= m_templateIds.size())
        return nullptr;
    Result<std::optional<StarTemplate>> star = m_repositories.stars.findTemplate(m_templateIds.at(row));
    if (!star || !star->has_value())
        return nullptr;
    return new StarTemplateEditor(m_stars, **star, this);
}

bool AdminPage::importTemplates(const QString& path, QString* message)
{
    Result<QVector<StarTemplate>> read = StarTemplateFile::read(path);
    if (!read) {
        *message = read.error().message + QLatin1Char('\n') + read.error().details.join(QLatin1Char('\n'));
        return false;
    }
    Status added = m_stars.addTemplates(read.value());
    if (!added) {
        QStringList why{added.error().message};
        for (const FieldProblem& p : m_stars.problems())
            why << p.message;
        *message = why.join(QLatin1Char('\n'));
        return false;
    }
    QStringList names;
    for (const StarTemplate& star : read.value())
        names << star.name;
    *message = tr("Loaded: %1.").arg(names.join(QStringLiteral(", ")));
    reload();
    return true;
}

bool AdminPage::exportTemplate(const QString& templateId, const QString& path, QString* message)
{
    Result<std::optional<StarTemplate>> star = m_repositories.stars.findTemplate(templateId);
    if (!star || !star->has_value()) {
        *message = star ? tr("The template is no longer on record.") : star.error().message;
        return false;
    }
    Status written = StarTemplateFile::write(path, {**star}, m_clock.now());
    *message = written ? tr("Saved %1 to %2.").arg((*star)->name, path) : written.error().message;
    return written.ok();
}

void AdminPage::setAccounts(AccountService* accounts)
{
    m_staffView->setAccounts(accounts);
}

bool AdminPage::reload()
{
    m_contracts->setRowCount(0);
    Result<QVector<Contract>> contracts = m_repositories.contracts.all();
    if (!contracts)
        return false;
    m_staffView->reload();
    for (const Contract& c : contracts.value())
        m_contracts->addRow({c.code, c.name, c.funder, optional(c.weeklyHoursCap, tr("%1 hours")),
                             optional(c.maxDurationMonths, tr("%1 months")),
                             optional(c.firstContactHours, tr("%1 hours")),
                             optional(c.starIntervalWeeks, tr("%1 weeks")),
                             ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::KpiSet))
                                 .displayLabel(c.kpiSet)});
    m_contracts->finish();
    m_templates->setRowCount(0);
    m_templateIds.clear();
    if (Result<QVector<StarTemplate>> templates = m_repositories.stars.templates())
        for (const StarTemplate& t : templates.value()) {
            QStringList stages;
            for (const StarStage& st : t.stages)
                stages << QStringLiteral("%1-%2 %3").arg(st.from).arg(st.to).arg(st.name);
            QStringList areas;
            for (const StarArea& a : t.areas)
                areas << a.name;
            m_templates->addRow({t.name, areas.join(QStringLiteral(", ")), tr("%1 to %2").arg(t.scaleMin).arg(t.scaleMax),
                                 stages.join(QStringLiteral("; "))});
            m_templateIds << t.id;
        }
    m_templates->finish();
    return true;
}

FormDialog* AdminPage::complaintsProcedureForm()
{
    auto* dialog = new FormDialog(tr("Complaints procedure"),
                                  tr("Printed for each person at the start of their support (Print, Complaints "
                                     "procedure on their record), in their language or in large print. It always says "
                                     "that they can complain to the council directly, and to the Ombudsman after it."),
                                  tr("&Save"), this);
    dialog->setObjectName(QStringLiteral("complaintsProcedureForm"));
    const Result<ComplaintsProcedure> stored = m_complaints.load();
    const ComplaintsProcedure procedure = stored ? stored.value() : ComplaintsProcedure{};
    // Tall enough for a name, an address and a phone number without scrolling.
    auto textField = [dialog](const QString& text, const QString& placeholder) {
        auto* edit = new QPlainTextEdit(text, dialog);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(placeholder);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5);
        return edit;
    };
    auto* contact =
        textField(procedure.contact, tr("The complaints manager, 12 High Street, Grays RM17 6XX, 01375 000000, "
                                        "complaints@example.org"));
    contact->setObjectName(QStringLiteral("complaintsContact"));
    auto days = [dialog](int value) {
        auto* box = new QSpinBox(dialog);
        box->setRange(1, ComplaintsProcedure::MostWorkingDays);
        box->setValue(value);
        box->setSuffix(tr(" working days"));
        return box;
    };
    auto* acknowledge = days(procedure.acknowledgeWorkingDays);
    acknowledge->setObjectName(QStringLiteral("complaintsAcknowledge"));
    auto* reply = days(procedure.replyWorkingDays);
    reply->setObjectName(QStringLiteral("complaintsReply"));
    dialog->messages()->addRow(dialog->form(), tr("Whom to &contact:"), contact, QStringLiteral("contact"));
    dialog->messages()->addRow(dialog->form(), tr("&Acknowledged within:"), acknowledge,
                               QStringLiteral("acknowledge_working_days"));
    dialog->messages()->addRow(dialog->form(), tr("&Full answer within:"), reply, QStringLiteral("reply_working_days"));
    QVector<QPair<QString, QPlainTextEdit*>> councils;
    if (Result<QVector<Contract>> contracts = m_repositories.contracts.all())
        for (const Contract& c : contracts.value()) {
            auto* council = textField(procedure.councilContacts.value(c.id),
                                      tr("How to complain to %1 directly: address, phone, email")
                                          .arg(c.funder.isEmpty() ? tr("the council") : c.funder));
            council->setObjectName(QStringLiteral("councilContact-") + c.code);
            dialog->messages()->addRow(dialog->form(),
                                       tr("%1 (%2):").arg(c.funder.isEmpty() ? tr("Council") : c.funder, c.code),
                                       council, QStringLiteral("council_contact_") + c.code);
            councils << qMakePair(c.id, council);
        }
    dialog->setSave(
        [this, contact, acknowledge, reply, councils] {
            ComplaintsProcedure changed;
            changed.contact = contact->toPlainText();
            changed.acknowledgeWorkingDays = acknowledge->value();
            changed.replyWorkingDays = reply->value();
            for (const auto& [contractId, council] : councils)
                changed.councilContacts.insert(contractId, council->toPlainText());
            return m_complaints.save(changed);
        },
        [this] { return m_complaints.problems(); });
    return dialog;
}

SheetImportWizard* AdminPage::sheetImportWizard()
{
    auto* wizard = new SheetImportWizard(m_repositories.database, m_clock, m_actor, this);
    connect(wizard, &SheetImportWizard::caseloadImported, this, [this] {
        reload();
        emit caseloadImported();
    });
    return wizard;
}

} // namespace waymark
