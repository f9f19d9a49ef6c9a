#include "ui/KpiReturnView.h"

#include "core/documents/FormContent.h"
#include "core/domain/Clock.h"
#include "core/domain/DocumentLanguage.h"
#include "core/domain/LocalTime.h"
#include "core/reports/KpiCalculator.h"
#include "core/reports/ReturnTable.h"
#include "core/storage/Repositories.h"
#include "ui/DataQualityDialog.h"
#include "ui/FormPrinter.h"
#include "ui/KpiRecordsDialog.h"
#include "ui/KpiReturnModel.h"
#include "ui/PeriodChooser.h"
#include "ui/ReadingBar.h"
#include "ui/ReturnFiles.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark {

// What a return's read hands back to the window.
struct KpiReturnView::Outcome {
    std::optional<Result<KpiReport>> report;
    std::optional<KpiReturn> previous;
    QVector<DataQualityIssue> issues;
};

KpiReturnView::KpiReturnView(Database& database, BackgroundReader& reader, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_reader(reader)
    , m_clock(clock)
    , m_contract(new QComboBox(this))
    , m_period(new PeriodChooser(LocalTime::londonDate(clock.now()), 8, this))
    , m_summary(new QLabel(this))
    , m_reading(new ReadingBar(this))
    , m_again(new QPushButton(tr("&Work it out again"), this))
    , m_people(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_print(new QPushButton(tr("&Print\u2026"), this))
    , m_save(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_model(new KpiReturnModel(this))
{
    setObjectName(QStringLiteral("kpiReturn"));
    m_contract->setObjectName(QStringLiteral("returnContract"));
    m_contract->setAccessibleName(tr("Contract"));
    auto* contractLabel = new QLabel(tr("&Contract:"), this);
    contractLabel->setBuddy(m_contract);
    fillContracts();

    m_people->setObjectName(QStringLiteral("returnPeople"));
    m_people->setToolTip(tr("Everyone N counts: a support period of the contract in the period"));
    m_check->setObjectName(QStringLiteral("returnCheck"));
    m_check->setToolTip(tr("Records that make a figure uncertain, to put right before the return is sent"));
    m_print->setObjectName(QStringLiteral("returnPrint"));
    m_save->setObjectName(QStringLiteral("returnSave"));
    m_save->setText(tr("&Save as\u2026"));
    m_save->setAccessibleName(tr("Save the return as PDF, CSV or Excel"));
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_save->setPopupMode(QToolButton::InstantPopup);
    auto* saveMenu = new QMenu(m_save);
    saveMenu->addAction(tr("PDF\u2026"), this, [this] { saveAs(QStringLiteral("pdf")); });
    saveMenu->addAction(tr("Excel workbook (XLSX)\u2026"), this, [this] { saveAs(QStringLiteral("xlsx")); });
    saveMenu->addAction(tr("CSV\u2026"), this, [this] { saveAs(QStringLiteral("csv")); });
    m_save->setMenu(saveMenu);

    m_table->setObjectName(QStringLiteral("returnTable"));
    m_table->setAccessibleName(tr("Return figures"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KpiReturnModel::Figure, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(contractLabel);
    bar->addWidget(m_contract);
    bar->addWidget(m_period);
    bar->addStretch(1);
    // The actions sit beside the summary, not in the bar above: in one row they made the window
    // wider than a 1366-pixel laptop screen.
    auto* about = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("returnSummary"));
    m_summary->setWordWrap(true);
    about->addWidget(m_summary, 1);
    about->addWidget(m_again);
    about->addWidget(m_people);
    about->addWidget(m_check);
    about->addWidget(m_print);
    about->addWidget(m_save);
    m_again->setObjectName(QStringLiteral("returnAgain"));
    m_again->hide();
    auto* hint =
        new QLabel(tr("Double-click a figure, or press Enter on it, to see the people and records behind it."), this);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(about);
    layout->addWidget(m_reading);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);

    connect(m_contract, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_period, &PeriodChooser::periodChanged, this, [this] { reload(); });
    // Activated is a double-click and Enter alike (or a single click where the desktop opens
    // items so): the records behind a figure are reached from the keyboard too.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { showRecords(index.row()); });
    connect(m_people, &QPushButton::clicked, this, [this] { showServiceUsers(); });
    connect(m_again, &QPushButton::clicked, this, [this] { reload(); });
    connect(m_reading, &ReadingBar::cancelled, this, [this] {
        m_summary->setText(tr("Stopped: the return was not worked out. Choose another contract or period, or work "
                              "it out again."));
        m_again->show();
        m_again->setFocus();
        emit returnShown();
    });
    connect(m_check, &QPushButton::clicked, this, [this] { showDataQuality(); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        // The council reads its return in English, whatever the window's language. Only making
        // it is in the scope: the preview's own event loop must not turn the window English.
        std::optional<PrintedForm> form;
        {
            const DocumentLanguage::Scope english(QString::fromLatin1(DocumentLanguage::English));
            const std::optional<ReturnTable> printable = table(true);
            if (printable && m_report)
                form =
                    FormContent::returnForm(*printable, m_report->figures.contract, m_report->figures.period.label());
        }
        if (form)
            FormPrinter::preview(*form, this);
    });
    // Worked out when first shown: the Reports page is made with the window, and a return over
    // years of a large caseload is no reason for the window to open late.
    m_stale = true;
}

void KpiReturnView::fillContracts()
{
    const QSignalBlocker blocker(m_contract);
    const QString chosen = m_contract->currentData().toString();
    m_contract->clear();
    if (Result<QVector<Contract>> contracts = Repositories(m_database).contracts.all())
        for (const Contract& c : contracts.value())
            if (!KpiDefinition::forSet(c.kpiSet).isEmpty())
                m_contract->addItem(c.name, c.id);
    m_contract->setCurrentIndex(std::max(0, m_contract->findData(chosen)));
}

void KpiReturnView::refresh()
{
    fillContracts();
    reload();
}

void KpiReturnView::choose(const QString& contractId, const ReportingPeriod& period)
{
    {
        const QSignalBlocker blocker(m_contract);
        m_contract->setCurrentIndex(std::max(0, m_contract->findData(contractId)));
    }
    const QSignalBlocker blocker(m_period);
    m_period->setPeriod(period);
    reload();
}

void KpiReturnView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void KpiReturnView::stopReading()
{
    if (!working())
        return;
    m_reading->stop();
    m_stale = true;
}

bool KpiReturnView::working() const
{
    return m_reading->following();
}

void KpiReturnView::clear(const QString& why)
{
    m_reading->stop();
    m_again->hide();
    m_report.reset();
    m_previous.reset();
    m_issues.clear();
    m_model->clear();
    for (QWidget* w : std::initializer_list<QWidget*>{m_people, m_check, m_print, m_save})
        w->setEnabled(false);
    m_people->setText(tr("Show who"));
    m_check->setText(tr("Check the data"));
    m_summary->setText(why);
}

void KpiReturnView::reload()
{
    m_stale = false;
    if (m_contract->count() == 0) {
        clear(tr("No contract has a KPI set yet. An administrator sets one on the contract in Admin."));
        emit returnShown();
        return;
    }
    const ReportingPeriod period = m_period->period();
    if (!period.isValid()) {
        clear(tr("The period starts after it ends: choose the dates again."));
        emit returnShown();
        return;
    }
    Result<std::optional<Contract>> contract =
        Repositories(m_database).contracts.find(m_contract->currentData().toString());
    if (!contract || !contract->has_value()) {
        clear(contract ? tr("The contract is no longer on record.") : contract.error().message);
        emit returnShown();
        return;
    }
    const Contract chosen = **contract;
    clear(QString());
    // The return and the period before it (for the column beside it), and the data check: all of
    // it read on the reader's connection, the window's thread untouched until it is shown.
    auto outcome = std::make_shared<Outcome>();
    std::shared_ptr<BackgroundReader::Ticket> reading = m_reader.run(
        [outcome, chosen, period](Database& db, const BackgroundReader::Ticket& ticket) {
            const auto counted = [&ticket](int before) {
                return [&ticket, before](int done, int total) {
                    ticket.setProgress(before + done, 2 * total);
                    return !ticket.cancelled();
                };
            };
            outcome->report = KpiReport::build(db, chosen, period, counted(0));
            if (!*outcome->report)
                return;
            Result<ReturnData> before = KpiReport::load(db, chosen, period.previous(), counted(KpiReport::LoadSteps),
                                                        KpiCalculator::partsFor(chosen.kpiSet));
            if (before)
                outcome->previous = KpiCalculator::compute(before.value());
            outcome->issues = DataQuality::check(outcome->report->value().data);
        },
        this, [this, outcome] { showOutcome(*outcome); });
    m_reading->follow(reading, tr("Working out the return of %1 for %2\u2026").arg(chosen.name, period.label()));
}

void KpiReturnView::showOutcome(Outcome& outcome)
{
    m_reading->finish();
    if (!outcome.report || !*outcome.report) {
        clear(outcome.report ? outcome.report->error().message : tr("The return could not be worked out."));
        emit returnShown();
        return;
    }
    m_report = std::move(outcome.report->value());
    m_previous = std::move(outcome.previous);
    m_issues = std::move(outcome.issues);
    m_model->setReturn(m_report->figures, m_previous);

    int met = 0, missed = 0;
    for (const KpiFigure& f : m_report->figures.figures)
        if (f.met)
            (*f.met ? met : missed)++;
    m_summary->setText(tr("<b>%1</b>, %2. Service users (N): <b>%3</b>. Targets met: %4, not met: %5.")
                           .arg(m_report->figures.contract.name.toHtmlEscaped(), m_report->figures.period.label())
                           .arg(m_report->figures.serviceUsers)
                           .arg(met)
                           .arg(missed));
    m_people->setText(tr("Show who (%1)").arg(m_report->figures.serviceUsers));
    m_check->setText(m_issues.isEmpty() ? tr("Data check: nothing to fix")
                                        : tr("Check the data: %n to look at", nullptr, int(m_issues.size())));
    for (QWidget* w : std::initializer_list<QWidget*>{m_people, m_check, m_print, m_save})
        w->setEnabled(true);
    emit returnShown();
}

KpiRecordsDialog* KpiReturnView::showRecords(int row)
{
    const KpiFigure* f = m_model->figureAt(row);
    if (!f || !m_report)
        return nullptr;
    auto* dialog = new KpiRecordsDialog(QStringLiteral("%1: %2").arg(f->definition.displayLabel(), KpiReturnModel::valueText(*f)),
                                        f->numeratorRecords, f->denominatorRecords, m_report->data.people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KpiRecordsDialog::openServiceUser, this,
            [this](const QString& id) { emit openServiceUser(id, QString(), QString()); });
    dialog->show();
    return dialog;
}

KpiRecordsDialog* KpiReturnView::showServiceUsers()
{
    if (!m_report)
        return nullptr;
    auto* dialog = new KpiRecordsDialog(tr("Service users (N): %1").arg(m_report->figures.serviceUsers),
                                        m_report->figures.serviceUserRecords, {}, m_report->data.people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KpiRecordsDialog::openServiceUser, this,
            [this](const QString& id) { emit openServiceUser(id, QString(), QString()); });
    dialog->show();
    return dialog;
}

DataQualityDialog* KpiReturnView::showDataQuality()
{
    if (!m_report)
        return nullptr;
    auto* dialog = new DataQualityDialog(m_issues, m_report->figures.contract.kpiSet, m_report->data.people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DataQualityDialog::openServiceUser, this, &KpiReturnView::openServiceUser);
    dialog->show();
    return dialog;
}

std::optional<ReturnTable> KpiReturnView::table(bool withPrevious) const
{
    if (!m_report)
        return std::nullopt;
    Result<QString> organisation = Repositories(m_database).meta.value(QString::fromLatin1(MetaRepository::Organisation));
    return ReturnTable::fromKpi(*m_report, organisation ? organisation.value() : QString(),
                                LocalTime::londonDate(m_clock.now()), withPrevious && m_previous ? &*m_previous : nullptr);
}

Status KpiReturnView::exportTo(const QString& path) const
{
    // CSV is for other tools: the figures only, no previous column. PDF and XLSX are for people.
    // In English, for the council, whatever the window's language.
    const DocumentLanguage::Scope english(QString::fromLatin1(DocumentLanguage::English));
    const std::optional<ReturnTable> out = table(QFileInfo(path).suffix().toLower() != QLatin1String("csv"));
    if (!out)
        return Error{tr("There is no return to save yet."), {}};
    return ReturnFiles::write(*out, m_report->figures.contract, m_report->figures.period.label(), path);
}

void KpiReturnView::saveAs(const QString& suffix)
{
    const std::optional<ReturnTable> out = table(false);
    if (!out)
        return;
    const QString path = ReturnFiles::askWhere(this, tr("Save the return"), out->fileStem, suffix);
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s)
        QMessageBox::warning(this, tr("Save the return"), s.error().message);
}

} // namespace waymark
