#include "ui/CaseloadStarView.h"

#include "core/documents/FormContent.h"
#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/reports/StarChartData.h"
#include "core/storage/Repositories.h"
#include "ui/FormPrinter.h"
#include "ui/StarChartView.h"
#include "ui/StarDistanceView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

// The financial quarter (April to June, ...) a date falls in.
QPair<QDate, QDate> quarterOf(const QDate& day)
{
    const int index = (day.month() - 4 + 12) % 12 / 3; // 0 = Apr-Jun
    const int startMonth = 4 + index * 3;
    const int year = day.month() < 4 ? day.year() - 1 : day.year();
    const QDate start(startMonth > 12 ? year + 1 : year, startMonth > 12 ? startMonth - 12 : startMonth, 1);
    return {start, start.addMonths(3).addDays(-1)};
}

} // namespace

CaseloadStarView::CaseloadStarView(Database& database, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_contract(new QComboBox(this))
    , m_worker(new QComboBox(this))
    , m_quarter(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
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

    // The last four financial quarters, the latest first, and "Other dates".
    m_quarter->setObjectName(QStringLiteral("distanceQuarter"));
    m_quarter->setAccessibleName(tr("Period"));
    QDate day = LocalTime::londonDate(clock.now());
    for (int i = 0; i < 4; ++i) {
        const auto [start, end] = quarterOf(day);
        m_quarter->addItem(tr("%1 to %2").arg(LocalTime::formatDate(start).mid(4), LocalTime::formatDate(end).mid(4)),
                           QVariantList{start, end});
        day = start.addDays(-1);
    }
    m_quarter->addItem(tr("Other dates"), QVariant());
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
        edit->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("distanceFrom"));
    m_to->setObjectName(QStringLiteral("distanceTo"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    connect(m_quarter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariantList range = m_quarter->currentData().toList();
        if (range.size() == 2)
            setPeriod(range.at(0).toDate(), range.at(1).toDate());
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::userDateChanged, this, [this] {
            m_quarter->setCurrentIndex(m_quarter->count() - 1);
            reload();
        });
    connect(m_contract, &QComboBox::currentIndexChanged, this, &CaseloadStarView::reload);
    connect(m_worker, &QComboBox::currentIndexChanged, this, &CaseloadStarView::reload);

    auto* print = new QPushButton(tr("&Print\u2026"), this);
    print->setObjectName(QStringLiteral("printDistance"));
    connect(print, &QPushButton::clicked, this, [this] {
        if (const std::optional<PrintedForm> form = printable())
            FormPrinter::preview(*form, this);
    });

    auto* bar = new QHBoxLayout;
    const QList<QPair<QString, QWidget*>> fields = {{tr("C&ontract:"), m_contract}, {tr("Case&load:"), m_worker},
                                                    {tr("Peri&od:"), m_quarter}, {tr("&From:"), m_from}, {tr("&To:"), m_to}};
    for (const auto& [text, field] : fields) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        bar->addWidget(label);
        bar->addWidget(field);
    }
    bar->addStretch(1);
    bar->addWidget(print);

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
    layout->addWidget(m_summary);
    layout->addWidget(charts, 3);
    layout->addWidget(m_table, 2);

    const QVariantList first = m_quarter->itemData(0).toList();
    setPeriod(first.at(0).toDate(), first.at(1).toDate());
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
        QSignalBlocker a(m_from);
        QSignalBlocker b(m_to);
        QSignalBlocker c(m_quarter);
        m_from->setDate(from);
        m_to->setDate(to);
        // The quarter these dates are, or "Other dates".
        int match = m_quarter->count() - 1;
        for (int i = 0; i < m_quarter->count() - 1; ++i)
            if (m_quarter->itemData(i).toList() == QVariantList{from, to})
                match = i;
        m_quarter->setCurrentIndex(match);
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

bool CaseloadStarView::refresh()
{
    fillChoices();
    return reload();
}

QString CaseloadStarView::summary() const
{
    return m_summary->text();
}

bool CaseloadStarView::reload()
{
    m_report.reset();
    m_table->setRowCount(0);
    QString code;
    if (Result<std::optional<Contract>> c = Repositories(m_database).contracts.find(m_contract->currentData().toString());
        c && c->has_value())
        code = (*c)->code;
    if (code.isEmpty()) {
        m_chart->setData({});
        m_bars->setData({});
        m_summary->setText(tr("No contract uses a star: an administrator sets one in Admin."));
        return false;
    }
    Result<DistanceReport> report = DistanceReport::build(m_database, code, m_from->date(), m_to->date(),
                                                          LocalTime::londonDate(m_clock.now()),
                                                          m_worker->currentData().toString());
    if (!report) {
        m_summary->setText(tr("Error: %1").arg(report.error().message));
        m_chart->setData({});
        m_bars->setData({});
        return false;
    }
    m_report = report.value();
    const DistanceTravelled::CaseloadDistance& d = m_report->distance;
    m_summary->setText(d.periods == 0
                           ? tr("No support period in this period has two star assessments yet, so there is no "
                                "distance travelled to show.")
                           : (d.periods == 1 ? tr("1 support period with two or more stars; mean total change %1 points.")
                                                 : tr("%1 support periods with two or more stars; mean total change %2 points.")
                                                       .arg(d.periods))
                                 .arg(d.meanTotalChange ? QString::number(*d.meanTotalChange, 'f', 2) : QString()));
    const StarChartData chart = StarChartData::forCaseload(m_report->star, d);
    m_chart->setData(chart);
    m_bars->setData(chart);
    auto number = [](const std::optional<double>& v) { return v ? QString::number(*v, 'f', 2) : QStringLiteral("\u2014"); };
    for (const DistanceTravelled::AreaMean& a : d.areas) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{a.name, QString::number(a.periods), number(a.meanFirst), number(a.meanLatest), number(a.meanChange)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    return true;
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
