#include "ui/ReadingBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace waymark {

ReadingBar::ReadingBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("readingBar"));
    m_bar->setObjectName(QStringLiteral("readingProgress"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(240);
    m_cancel->setObjectName(QStringLiteral("readingCancel"));
    m_cancel->setToolTip(tr("Stop reading; nothing is changed"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    // The read runs on another thread and counts its steps in the ticket; the bar looks at the
    // count as often as an eye would notice.
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ReadingBar::showProgress);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        stop();
        emit cancelled();
    });
    hide();
}

void ReadingBar::follow(std::shared_ptr<BackgroundReader::Ticket> ticket, const QString& what)
{
    // A newer read of the same screen replaces the one under way: the older one's end must never
    // be shown over it (nor end this bar while the newer one still reads).
    if (m_ticket && m_ticket != ticket)
        m_ticket->cancel();
    m_ticket = std::move(ticket);
    m_label->setText(what);
    m_bar->setRange(0, 0); // moving, until the read has counted a step
    m_timer->start();
    show();
}

void ReadingBar::finish()
{
    m_ticket.reset();
    m_timer->stop();
    hide();
}

void ReadingBar::stop()
{
    if (m_ticket)
        m_ticket->cancel();
    finish();
}

void ReadingBar::showProgress()
{
    if (!m_ticket)
        return;
    const int total = m_ticket->total();
    if (total <= 0)
        return;
    m_bar->setRange(0, total);
    m_bar->setValue(m_ticket->done());
}

} // namespace waymark
