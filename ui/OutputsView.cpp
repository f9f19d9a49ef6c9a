#include "ui/OutputsView.h"

#include "core/documents/FormContent.h"
#include "core/domain/Clock.h"
#include "core/domain/DocumentLanguage.h"
#include "core/domain/LocalTime.h"
#include "core/reports/ReturnTable.h"
#include "core/storage/Repositories.h"
#include "ui/BarChartView.h"
#include "ui/FormPrinter.h"
#include "ui/PeriodChooser.h"
#include "ui/ReadOnlyTable.h"
#include "ui/ReadingBar.h"
#include "ui/ReturnFiles.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

namespace {

// The cell of a row the figure box names (0 service users, 1 new, 2 contact hours, 3 sessions).
const OutputsReport::Cell& cellOf(const OutputsReport::Row& row, int figure)
{
    switch (figure) {
    case 1:
        return row.newServiceUsers;
    case 2:
        return row.contactHours;
    case 3:
        return row.sessionsAttended;
    default:
        return row.serviceUsers;
    }
}

// As the table writes the figure: contact hours to one place, the counts whole.
int decimalsOf(int figure)
{
    return figure == 2 ? 1 : 0;
}

QString shown(const OutputsReport::Cell& cell, int decimals)
{
    return QLocale().toString(cell.value, 'f', decimals);
}

} // namespace

// What a read of the figures hands back to the window.
struct OutputsView::Outcome {
    std::optional<Result<OutputsReport>> report;
    QVector<OutputsReport> history;
};

OutputsView::OutputsView(Database& database, BackgroundReader& reader, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_reader(reader)
    , m_clock(clock)
    , m_contract(new QComboBox(this))
    , m_period(new PeriodChooser(LocalTime::londonDate(clock.now()), 8, this))
    , m_by(new QComboBox(this))
    , m_figure(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_reading(new ReadingBar(this))
    , m_print(new QPushButton(tr("&Print\u2026"), this))
    , m_save(new QToolButton(this))
    , m_table(new ReadOnlyTable(QStringList{tr("Group")} + OutputsReport::figureNames(), tr("Outputs by group"), this))
    , m_groupsChart(new BarChartView(BarChartView::Direction::Across, this))
    , m_periodsChart(new BarChartView(BarChartView::Direction::Up, this))
{
    setObjectName(QStringLiteral("outputs"));
    m_contract->setObjectName(QStringLiteral("outputsContract"));
    m_contract->setAccessibleName(tr("Contract"));
    m_by->setObjectName(QStringLiteral("outputsBy"));
    m_by->setAccessibleName(tr("Broken down by"));
    m_by->addItem(tr("Gender"), int(OutputsReport::By::Gender));
    m_by->addItem(tr("Age band"), int(OutputsReport::By::AgeBand));
    m_by->addItem(tr("Ethnicity"), int(OutputsReport::By::Ethnicity));
    m_figure->setObjectName(QStringLiteral("outputsFigure"));
    m_figure->setAccessibleName(tr("Figure the charts show"));
    m_figure->addItems(OutputsReport::figureNames());
    fillContracts();
    m_print->setObjectName(QStringLiteral("outputsPrint"));
    m_save->setObjectName(QStringLiteral("outputsSave"));
    m_save->setText(tr("&Save as\u2026"));
    m_save->setAccessibleName(tr("Save the management information as PDF, CSV or Excel"));
    m_save->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_save);
    menu->addAction(tr("PDF\u2026"), this, [this] { saveAs(QStringLiteral("pdf")); });
    menu->addAction(tr("Excel workbook (XLSX)\u2026"), this, [this] { saveAs(QStringLiteral("xlsx")); });
    menu->addAction(tr("CSV\u2026"), this, [this] { saveAs(QStringLiteral("csv")); });
    m_save->setMenu(menu);
    for (BarChartView* chart : {m_groupsChart, m_periodsChart}) {
        chart->setMinimumHeight(240);
        chart->setEmptyText(tr("The figures show here once they are worked out."));
    }
    m_groupsChart->setColour(QColor(0x2a, 0x6f, 0x97));
    m_periodsChart->setColour(QColor(0xe0, 0x7a, 0x1f));
    m_groupsChart->setObjectName(QStringLiteral("outputsGroupsChart"));
    m_groupsChart->setAccessibleName(tr("Bars per group"));
    m_periodsChart->setObjectName(QStringLiteral("outputsPeriodsChart"));
    m_periodsChart->setAccessibleName(tr("Bars per period"));

    auto* contractLabel = new QLabel(tr("&Contract:"), this);
    contractLabel->setBuddy(m_contract);
    auto* byLabel = new QLabel(tr("&Broken down by:"), this);
    byLabel->setBuddy(m_by);
    auto* figureLabel = new QLabel(tr("C&hart:"), this);
    figureLabel->setBuddy(m_figure);
    auto* bar = new QHBoxLayout;
    bar->addWidget(contractLabel);
    bar->addWidget(m_contract);
    bar->addWidget(m_period);
    bar->addStretch(1);
    auto* second = new QHBoxLayout;
    second->addWidget(byLabel);
    second->addWidget(m_by);
    second->addWidget(figureLabel);
    second->addWidget(m_figure);
    second->addStretch(1);
    // On the second row, so that the first is no wider than a laptop's screen.
    second->addWidget(m_print);
    second->addWidget(m_save);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("outputsSummary"));
    auto* charts = new QSplitter(Qt::Horizontal, this);
    // Twenty-one ethnicities need more lines than the window may have room for: their chart
    // scrolls rather than writing the names over each other.
    auto* groupsRoom = new QScrollArea(charts);
    groupsRoom->setObjectName(QStringLiteral("outputsGroupsChartRoom"));
    groupsRoom->setFrameShape(QFrame::NoFrame);
    groupsRoom->setWidgetResizable(true);
    groupsRoom->setWidget(m_groupsChart);
    charts->addWidget(groupsRoom);
    charts->addWidget(m_periodsChart);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setSizes({300, 320});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(second);
    layout->addWidget(m_summary);
    layout->addWidget(m_reading);
    layout->addWidget(split, 1);
    connect(m_reading, &ReadingBar::cancelled, this, [this] {
        m_summary->setText(tr("Stopped: the figures were not worked out. Choose another contract, period or "
                              "breakdown to work them out."));
        emit reportShown();
    });

    connect(m_contract, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_period, &PeriodChooser::periodChanged, this, [this] { reload(); });
    connect(m_figure, &QComboBox::currentIndexChanged, this, [this] { drawCharts(); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        // In English, for the council, whatever the window's language; only making it is in the
        // scope, not the preview's event loop.
        std::optional<PrintedForm> form;
        {
            const DocumentLanguage::Scope english(QString::fromLatin1(DocumentLanguage::English));
            if (const std::optional<ReturnTable> t = returnTable())
                form = FormContent::returnForm(*t, m_report->contract, m_report->period.label());
        }
        if (form)
            FormPrinter::preview(*form, this);
    });
    // Worked out when first shown: the Reports page is made with the window, and a return over
    // years of a large caseload is no reason for the window to open late.
    m_stale = true;
}

void OutputsView::fillContracts()
{
    const QSignalBlocker blocker(m_contract);
    const QString chosen = m_contract->currentData().toString();
    m_contract->clear();
    if (Result<QVector<Contract>> contracts = Repositories(m_database).contracts.all())
        for (const Contract& c : contracts.value())
            m_contract->addItem(c.name, c.code);
    m_contract->setCurrentIndex(std::max(0, m_contract->findData(chosen)));
}

void OutputsView::refresh()
{
    fillContracts();
    reload();
}

void OutputsView::choose(const QString& contractId, const ReportingPeriod& period, OutputsReport::By by)
{
    Result<std::optional<Contract>> contract = Repositories(m_database).contracts.find(contractId);
    {
        const QSignalBlocker a(m_contract);
        const QSignalBlocker b(m_by);
        const QSignalBlocker c(m_period);
        if (contract && contract->has_value())
            m_contract->setCurrentIndex(std::max(0, m_contract->findData((*contract)->code)));
        m_by->setCurrentIndex(std::max(0, m_by->findData(int(by))));
        m_period->setPeriod(period);
    }
    reload();
}

void OutputsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OutputsView::stopReading()
{
    if (!working())
        return;
    m_reading->stop();
    m_stale = true;
}

bool OutputsView::working() const
{
    return m_reading->following();
}

void OutputsView::reload()
{
    m_stale = false;
    m_reading->stop();
    m_report.reset();
    m_history.clear();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    const ReportingPeriod period = m_period->period();
    const QString code = m_contract->currentData().toString();
    if (code.isEmpty() || !period.isValid()) {
        m_summary->setText(code.isEmpty() ? tr("There is no contract yet: an administrator adds one in Admin.")
                                          : tr("The period starts after it ends: choose the dates again."));
        drawCharts();
        emit reportShown();
        return;
    }
    m_summary->clear();
    drawCharts();
    const auto by = OutputsReport::By(m_by->currentData().toInt());
    // This period and the three before it (a quarter's are the quarters before), for the bars per
    // period: four reads of a contract's years, on the reader's thread.
    auto outcome = std::make_shared<Outcome>();
    std::shared_ptr<BackgroundReader::Ticket> reading = m_reader.run(
        [outcome, code, period, by](Database& db, const BackgroundReader::Ticket& ticket) {
            constexpr int Periods = 4;
            ticket.setProgress(0, Periods);
            outcome->report = OutputsReport::build(db, code, period, by);
            if (!*outcome->report)
                return;
            ReportingPeriod earlier = period;
            for (int i = 1; i < Periods && !ticket.cancelled(); ++i) {
                ticket.setProgress(i, Periods);
                earlier = earlier.previous();
                Result<OutputsReport> before = OutputsReport::build(db, code, earlier, OutputsReport::By::Nothing);
                if (before)
                    outcome->history.prepend(before.value());
            }
        },
        this, [this, outcome] { showOutcome(*outcome); });
    m_reading->follow(reading, tr("Working out the figures for %1\u2026").arg(period.label()));
}

void OutputsView::showOutcome(Outcome& outcome)
{
    m_reading->finish();
    if (!outcome.report || !*outcome.report) {
        m_summary->setText(outcome.report ? outcome.report->error().message
                                          : tr("The figures could not be worked out."));
        drawCharts();
        emit reportShown();
        return;
    }
    m_report = std::move(outcome.report->value());
    m_history = std::move(outcome.history);
    for (const OutputsReport::Row& row : m_report->rows)
        m_table->addRow({row.label, shown(row.serviceUsers, 0), shown(row.newServiceUsers, 0), shown(row.contactHours, 1),
                         shown(row.sessionsAttended, 0)},
                        {QString(), QStringLiteral("%1").arg(row.serviceUsers.value, 12, 'f', 1, QLatin1Char('0')),
                         QStringLiteral("%1").arg(row.newServiceUsers.value, 12, 'f', 1, QLatin1Char('0')),
                         QStringLiteral("%1").arg(row.contactHours.value, 12, 'f', 1, QLatin1Char('0')),
                         QStringLiteral("%1").arg(row.sessionsAttended.value, 12, 'f', 1, QLatin1Char('0'))});
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column = 1; column < m_table->columnCount(); ++column)
            m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->finish();
    const OutputsReport::Row& t = m_report->total;
    m_summary->setText(
        tr("<b>%1</b>, %2. Everyone: %3 service users, %4 new, %5 contact hours, %6 places taken at sessions. "
           "Printed and saved copies show groups of fewer than 5 people as \"&lt;5\".")
            .arg(m_report->contract.name.toHtmlEscaped(), m_report->period.label(), shown(t.serviceUsers, 0),
                 shown(t.newServiceUsers, 0), shown(t.contactHours, 1), shown(t.sessionsAttended, 0)));
    m_print->setEnabled(true);
    m_save->setEnabled(true);
    drawCharts();
    emit reportShown();
}

void OutputsView::drawCharts()
{
    const int figure = m_figure->currentIndex();
    const QString name = m_figure->currentText();
    m_groupsChart->setTitle(tr("%1 by group").arg(name));
    m_periodsChart->setTitle(tr("%1 by period").arg(name));
    const int decimals = decimalsOf(figure);
    m_groupsChart->setValueStyle(decimals, false);
    m_periodsChart->setValueStyle(decimals, false);
    m_periodBars.clear();
    QVector<BarChartView::Bar> groups;
    QVector<BarChartView::Bar> periods;
    if (m_report) {
        for (const OutputsReport::Row& row : m_report->rows)
            groups << BarChartView::Bar{row.label, cellOf(row, figure).value};
        QVector<const OutputsReport*> all;
        for (const OutputsReport& r : m_history)
            all << &r;
        all << &*m_report;
        for (const OutputsReport* r : all) {
            const double value = cellOf(r->total, figure).value;
            // Short enough to sit under a bar: "Apr-Jun 26".
            const QLocale english = QLocale::c();
            periods << BarChartView::Bar{
                r->period.isQuarter()
                    ? QStringLiteral("%1-%2").arg(english.toString(r->period.from, QStringLiteral("MMM")),
                                                  english.toString(r->period.to, QStringLiteral("MMM yy")))
                    : english.toString(r->period.to, QStringLiteral("d MMM yy")),
                value, r->period.label()};
            m_periodBars << qMakePair(r->period.label(), value);
        }
    }
    m_groupsChart->setBars(groups);
    m_periodsChart->setBars(periods);
}

std::optional<ReturnTable> OutputsView::returnTable() const
{
    if (!m_report)
        return std::nullopt;
    Result<QString> organisation = Repositories(m_database).meta.value(QString::fromLatin1(MetaRepository::Organisation));
    return ReturnTable::fromOutputs(*m_report, organisation ? organisation.value() : QString(),
                                    LocalTime::londonDate(m_clock.now()));
}

Status OutputsView::exportTo(const QString& path) const
{
    const DocumentLanguage::Scope english(QString::fromLatin1(DocumentLanguage::English));
    const std::optional<ReturnTable> out = returnTable();
    if (!out)
        return Error{tr("There is nothing to save yet."), {}};
    return ReturnFiles::write(*out, m_report->contract, m_report->period.label(), path);
}

void OutputsView::saveAs(const QString& suffix)
{
    const std::optional<ReturnTable> out = returnTable();
    if (!out)
        return;
    const QString path = ReturnFiles::askWhere(this, tr("Save the management information"), out->fileStem, suffix);
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s)
        QMessageBox::warning(this, tr("Save the management information"), s.error().message);
}

} // namespace waymark
