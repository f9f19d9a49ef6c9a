#include "ui/PeriodChooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace waymark {

PeriodChooser::PeriodChooser(const QDate& today, int quarters, QWidget* parent)
    : QWidget(parent)
    , m_quarter(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_quarter->setObjectName(QStringLiteral("periodQuarter"));
    m_quarter->setAccessibleName(tr("Period"));
    for (const ReportingPeriod& q : ReportingPeriod::recentQuarters(today, quarters))
        m_quarter->addItem(q.label(), QVariantList{q.from, q.to});
    m_quarter->addItem(tr("Other dates"), QVariant());
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
        edit->setCalendarPopup(true);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* periodLabel = new QLabel(tr("Peri&od:"), this);
    periodLabel->setBuddy(m_quarter);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    layout->addWidget(periodLabel);
    layout->addWidget(m_quarter);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);

    connect(m_quarter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariantList range = m_quarter->currentData().toList();
        if (range.size() == 2)
            setPeriod({range.at(0).toDate(), range.at(1).toDate()});
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            showQuarterOf(period());
            emit periodChanged(period());
        });
    const QVariantList first = m_quarter->itemData(0).toList();
    setPeriod({first.at(0).toDate(), first.at(1).toDate()});
}

ReportingPeriod PeriodChooser::period() const
{
    return {m_from->date(), m_to->date()};
}

void PeriodChooser::setPeriod(const ReportingPeriod& period)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    showQuarterOf(period);
    emit periodChanged(period);
}

void PeriodChooser::showQuarterOf(const ReportingPeriod& period)
{
    const QSignalBlocker blocker(m_quarter);
    int match = m_quarter->count() - 1;
    for (int i = 0; i < m_quarter->count() - 1; ++i)
        if (m_quarter->itemData(i).toList() == QVariantList{period.from, period.to})
            match = i;
    m_quarter->setCurrentIndex(match);
}

} // namespace waymark
