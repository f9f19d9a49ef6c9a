#include "ui/ReportsPage.h"

#include "ui/CaseloadStarView.h"
#include "ui/PageTitle.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace waymark {

ReportsPage::ReportsPage(Database& database, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_distance(new CaseloadStarView(database, clock, this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_distance, tr("Distance travelled"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Reports"), this));
    layout->addWidget(m_tabs, 1);
}

void ReportsPage::reload()
{
    m_distance->refresh();
}

} // namespace waymark
