#include "ui/AdminPage.h"

#include "core/domain/ReferenceCodes.h"
#include "core/storage/Repositories.h"
#include "ui/PageTitle.h"
#include "ui/ReadOnlyTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

namespace {

template <typename T> QString optional(const std::optional<T>& value, const QString& unit)
{
    return value ? unit.arg(*value) : AdminPage::tr("none");
}

} // namespace

AdminPage::AdminPage(Repositories& repositories, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_contracts(new ReadOnlyTable({tr("Code"), tr("Contract"), tr("Funder"), tr("Weekly hours cap"),
                                     tr("Longest support"), tr("First contact within"),
                                     tr("Star every"), tr("Returns")},
                                    tr("Contracts"), this))
    , m_staff(new ReadOnlyTable({tr("Name"), tr("Role"), tr("Active")}, tr("Staff"), this))
{
    setObjectName(QStringLiteral("adminPage"));
    auto* title = new PageTitle(tr("Administration"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("Contracts"), this));
    layout->addWidget(m_contracts, 1);
    layout->addWidget(new QLabel(tr("Staff"), this));
    layout->addWidget(m_staff, 2);
}

bool AdminPage::reload()
{
    m_contracts->setRowCount(0);
    m_staff->setRowCount(0);
    Result<QVector<Contract>> contracts = m_repositories.contracts.all();
    Result<QVector<Staff>> staff = m_repositories.staff.all();
    if (!contracts || !staff)
        return false;
    for (const Contract& c : contracts.value())
        m_contracts->addRow({c.code, c.name, c.funder, optional(c.weeklyHoursCap, tr("%1 hours")),
                             optional(c.maxDurationMonths, tr("%1 months")),
                             optional(c.firstContactHours, tr("%1 hours")),
                             optional(c.starIntervalWeeks, tr("%1 weeks")),
                             ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::KpiSet))
                                 .displayLabel(c.kpiSet)});
    for (const Staff& s : staff.value())
        m_staff->addRow({s.name,
                         ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::StaffRole))
                             .displayLabel(s.role),
                         s.active ? tr("Yes") : tr("No")});
    m_contracts->finish();
    m_staff->finish();
    return true;
}

} // namespace waymark
