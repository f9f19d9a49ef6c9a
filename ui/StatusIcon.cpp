#include "ui/StatusIcon.h"

#include "ui/DrawnIconEngine.h"

#include <QPainter>

namespace waymark {

namespace {

// Draws one badge on a 16 by 16 grid, scaled to the rectangle asked for.
class StatusIconEngine : public DrawnIconEngine {
public:
    explicit StatusIconEngine(CaseStatus status)
        : m_status(status)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        QColor badge = StatusIcon::colour(m_status);
        if (mode == QIcon::Disabled)
            badge.setAlphaF(0.4f);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate((rect.width() - side) / 2, (rect.height() - side) / 2); // centred
        painter->scale(side / 16.0, side / 16.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge);
        painter->drawEllipse(QRectF(0.5, 0.5, 15, 15));
        painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        switch (m_status) {
        case CaseStatus::Open:
            painter->drawPolyline(QPolygonF{QPointF(4.5, 8.3), QPointF(7, 10.8), QPointF(11.5, 5.5)});
            break;
        case CaseStatus::Referred:
            painter->drawLine(QPointF(8, 7.2), QPointF(8, 11.8));
            painter->setPen(Qt::NoPen);
            painter->setBrush(Qt::white);
            painter->drawEllipse(QPointF(8, 4.6), 1.2, 1.2);
            break;
        case CaseStatus::Starting:
            painter->setPen(Qt::NoPen);
            painter->setBrush(Qt::white);
            painter->drawPolygon(QPolygonF{QPointF(6, 4.5), QPointF(11.8, 8), QPointF(6, 11.5)});
            break;
        case CaseStatus::Closed:
        case CaseStatus::NoSupport:
            painter->drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7));
            painter->drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7));
            break;
        }
        painter->restore();
    }

    QIconEngine* clone() const override { return new StatusIconEngine(m_status); }
    QString key() const override { return QStringLiteral("waymark-status"); }

private:
    CaseStatus m_status;
};

} // namespace

QIcon StatusIcon::make(CaseStatus status)
{
    return QIcon(new StatusIconEngine(status));
}

QColor StatusIcon::colour(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open:
        return QColor(0x2e, 0x7d, 0x32); // green
    case CaseStatus::Referred:
        return QColor(0x15, 0x65, 0xc0); // blue
    case CaseStatus::Starting:
        return QColor(0xb2, 0x4d, 0x00); // dark orange
    case CaseStatus::Closed:
    case CaseStatus::NoSupport:
        break;
    }
    return QColor(0x61, 0x61, 0x61); // grey
}

} // namespace waymark
