#include "ui/ReportsPage.h"

#include "ui/CaseloadStarView.h"
#include "ui/KpiReturnView.h"
#include "ui/OutputsView.h"
#include "ui/PageTitle.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace waymark {

ReportsPage::ReportsPage(Database& database, BackgroundReader& reader, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_return(new KpiReturnView(database, reader, clock, this))
    , m_outputs(new OutputsView(database, reader, clock, this))
    , m_distance(new CaseloadStarView(database, reader, clock, this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_return, tr("Quarterly return"));
    m_tabs->addTab(m_outputs, tr("Management information"));
    m_tabs->addTab(m_distance, tr("Distance travelled"));
    connect(m_return, &KpiReturnView::openServiceUser, this, &ReportsPage::openServiceUser);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Reports"), this));
    layout->addWidget(m_tabs, 1);
}

void ReportsPage::reload()
{
    // Records change on other screens (a fix from the data check among them): the tab on screen
    // is worked out again (a read it had under way is replaced, as it may predate the change),
    // the others when they are next shown, so that no report is read that nobody looks at.
    const auto again = [](auto* view) {
        if (view->isVisible())
            view->refresh();
        else
            view->markStale();
    };
    again(m_return);
    again(m_outputs);
    again(m_distance);
}

void ReportsPage::stopReading()
{
    // Each tab's read is cancelled, quietly, and the tab is read again when next shown.
    m_return->stopReading();
    m_outputs->stopReading();
    m_distance->stopReading();
}

} // namespace waymark
