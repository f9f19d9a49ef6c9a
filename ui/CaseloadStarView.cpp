#include "ui/CaseloadStarView.h"

#include "core/documents/FormContent.h"
#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/reports/StarChartData.h"
#include "core/storage/Repositories.h"
#include "ui/FormPrinter.h"
#include "ui/PeriodChooser.h"
#include "ui/ReadingBar.h"
#include "ui/StarChartView.h"
#include "ui/StarDistanceView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

CaseloadStarView::CaseloadStarView(Database& database, BackgroundReader& reader, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_reader(reader)
    , m_clock(clock)
    , m_contract(new QComboBox(this))
    , m_worker(new QComboBox(this))
    , m_period(new PeriodChooser(LocalTime::londonDate(clock.now()), 4, this))
    , m_summary(new QLabel(this))
    , m_reading(new ReadingBar(this))
    , m_chart(new StarChartView(this))
    , m_bars(new StarDistanceView(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("caseloadStar"));
    m_contract->setObjectName(QStringLiteral("distanceContract"));
    m_contract->setAccessibleName(tr("Contract"));
    m_worker->setObjectName(QStringLiteral("distanceWorker"));
    m_worker->setAccessibleName(tr("Caseload"));
    fillChoices();

    // The last four financial quarters, the latest first, and any dates.
    m_period->quarterBox()->setObjectName(QStringLiteral("distanceQuarter"));
    connect(m_period, &PeriodChooser::periodChanged, this, [this] { reload(); });
    connect(m_contract, &QComboBox::currentIndexChanged, this, &CaseloadStarView::reload);
    connect(m_worker, &QComboBox::currentIndexChanged, this, &CaseloadStarView::reload);

    auto* print = new QPushButton(tr("&Print\u2026"), this);
    print->setObjectName(QStringLiteral("printDistance"));
    connect(print, &QPushButton::clicked, this, [this] {
        if (const std::optional<PrintedForm> form = printable())
            FormPrinter::preview(*form, this);
    });

    auto* bar = new QHBoxLayout;
    const QList<QPair<QString, QWidget*>> fields = {{tr("&Contract:"), m_contract}, {tr("Case&load:"), m_worker},
                                                   };
    for (const auto& [text, field] : fields) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        bar->addWidget(label);
        bar->addWidget(field);
    }
    bar->addStretch(1);
    // The period and Print on a row of their own: all in one, the window was wider than a
    // laptop's screen.
    auto* second = new QHBoxLayout;
    second->addWidget(m_period);
    second->addStretch(1);
    second->addWidget(print);

    m_summary->setObjectName(QStringLiteral("distanceSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("distanceTable"));
    m_table->setAccessibleName(tr("Distance travelled by area"));
    m_table->setHorizontalHeaderLabels({tr("Area"), tr("Periods"), tr("Mean first"), tr("Mean latest"), tr("Mean change")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* charts = new QSplitter(this);
    charts->addWidget(m_chart);
    charts->addWidget(m_bars);
    charts->setSizes({640, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(second);
    layout->addWidget(m_summary);
    layout->addWidget(m_reading);
    layout->addWidget(charts, 3);
    connect(m_reading, &ReadingBar::cancelled, this, [this] {
        m_summary->setText(tr("Stopped: the distance travelled was not worked out. Choose another contract, "
                              "caseload or period to work it out."));
        emit reportShown();
    });
    layout->addWidget(m_table, 2);

    // Worked out when first shown: the Reports page is made with the window, and a return over
    // years of a large caseload is no reason for the window to open late.
    m_stale = true;
}

void CaseloadStarView::fillChoices()
{
    // Contracts and staff change in Admin: the lists are read again, keeping what was chosen.
    Repositories repos(m_database);
    QSignalBlocker a(m_contract);
    QSignalBlocker b(m_worker);
    const QString contract = m_contract->currentData().toString();
    const QString worker = m_worker->currentData().toString();
    m_contract->clear();
    if (Result<QVector<Contract>> contracts = repos.contracts.all())
        for (const Contract& c : contracts.value())
            if (!c.starTemplateId.isEmpty())
                m_contract->addItem(c.name, c.id);
    m_worker->clear();
    m_worker->addItem(tr("The whole team"), QString());
    if (Result<QVector<Staff>> staff = repos.staff.all())
        for (const Staff& s : staff.value())
            if (s.role == QLatin1String("key_worker"))
                m_worker->addItem(s.name, s.id);
    m_contract->setCurrentIndex(std::max(0, m_contract->findData(contract)));
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(worker)));
}

void CaseloadStarView::setPeriod(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blocker(m_period);
        m_period->setPeriod({from, to});
    }
    reload();
}

void CaseloadStarView::choose(const QString& contractId, const QString& keyWorkerId)
{
    fillChoices();
    QSignalBlocker a(m_contract);
    QSignalBlocker b(m_worker);
    m_contract->setCurrentIndex(std::max(0, m_contract->findData(contractId)));
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(keyWorkerId)));
    reload();
}

void CaseloadStarView::refresh()
{
    fillChoices();
    reload();
}

void CaseloadStarView::stopReading()
{
    if (!working())
        return;
    m_reading->stop();
    m_stale = true;
}

bool CaseloadStarView::working() const
{
    return m_reading->following();
}

QString CaseloadStarView::summary() const
{
    return m_summary->text();
}

void CaseloadStarView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CaseloadStarView::clear(const QString& why)
{
    m_report.reset();
    m_table->setRowCount(0);
    m_chart->setData({});
    m_bars->setData({}, 2);
    m_summary->setText(why);
}

void CaseloadStarView::reload()
{
    m_stale = false;
    m_reading->stop();
    QString code;
    if (Result<std::optional<Contract>> c = Repositories(m_database).contracts.find(m_contract->currentData().toString());
        c && c->has_value())
        code = (*c)->code;
    if (code.isEmpty()) {
        clear(tr("No contract uses a star: an administrator sets one in Admin."));
        emit reportShown();
        return;
    }
    clear(QString());
    const ReportingPeriod period = m_period->period();
    const QDate today = LocalTime::londonDate(m_clock.now());
    const QString worker = m_worker->currentData().toString();
    // Every star of the contract's periods in the period: read on the reader's thread.
    auto report = std::make_shared<std::optional<Result<DistanceReport>>>();
    std::shared_ptr<BackgroundReader::Ticket> reading = m_reader.run(
        [report, code, period, today, worker](Database& db, const BackgroundReader::Ticket&) {
            *report = DistanceReport::build(db, code, period.from, period.to, today, worker);
        },
        this,
        [this, report] {
            m_reading->finish();
            if (!*report || !**report)
                clear(tr("Error: %1").arg(*report ? (*report)->error().message : tr("the report was not read.")));
            else
                showReport((*report)->value());
            emit reportShown();
        });
    m_reading->follow(reading, tr("Working out the distance travelled for %1\u2026").arg(period.label()));
}

void CaseloadStarView::showReport(const DistanceReport& report)
{
    m_report = report;
    const DistanceTravelled::CaseloadDistance& d = m_report->distance;
    m_summary->setText(
        d.periods == 0
            ? tr("No support period in this period has two star assessments yet, so there is no "
                 "distance travelled to show.")
            : (d.periods == 1
                   ? tr("1 support period with two or more stars; mean total change %1 points.")
                   : tr("%1 support periods with two or more stars; mean total change %2 points.").arg(d.periods))
                  .arg(d.meanTotalChange ? QLocale().toString(*d.meanTotalChange, 'f', 2) : QString()));
    const StarChartData chart = StarChartData::forCaseload(m_report->star, d);
    m_chart->setData(chart);
    // Means to two places, in the chart as in the table.
    m_bars->setData(chart, 2);
    auto number = [](const std::optional<double>& v) {
        return v ? QLocale().toString(*v, 'f', 2) : QStringLiteral("\u2014");
    };
    for (const DistanceTravelled::AreaMean& a : d.areas) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{a.name, QString::number(a.periods), number(a.meanFirst), number(a.meanLatest), number(a.meanChange)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

std::optional<PrintedForm> CaseloadStarView::printable() const
{
    if (!m_report)
        return std::nullopt;
    QString organisation;
    if (Result<QString> name = Repositories(m_database).meta.value(QString::fromLatin1(MetaRepository::Organisation)))
        organisation = name.value();
    return FormContent::caseloadStarReport(organisation, m_report->contract, m_report->star, m_report->distance,
                                           m_report->from, m_report->to,
                                           m_worker->currentIndex() > 0 ? m_worker->currentText() : QString(),
                                           LocalTime::londonDate(m_clock.now()));
}

} // namespace waymark
