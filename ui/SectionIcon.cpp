#include "ui/SectionIcon.h"

#include "ui/DrawnIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QWidget>
#include <QtMath>

namespace waymark {

namespace {

// Draws one picture on a 20 by 20 grid, scaled to the rectangle asked for.
class SectionIconEngine : public DrawnIconEngine {
public:
    explicit SectionIconEngine(SectionIcon::Picture picture)
        : m_picture(picture)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        // The colours the list draws its text in: its own palette, as its window is active or not
        // (a theme's inactive selection may be light with dark text). A picture made apart from a
        // list takes the application's.
        QPalette palette = QApplication::palette();
        QPalette::ColorGroup group = QPalette::Active;
        if (const auto* list = dynamic_cast<const QWidget*>(painter->device())) {
            palette = list->palette();
            group = list->isActiveWindow() ? QPalette::Active : QPalette::Inactive;
        }
        QColor ink = palette.color(group, QPalette::Text);
        if (mode == QIcon::Selected)
            ink = palette.color(group, QPalette::HighlightedText);
        else if (mode == QIcon::Disabled)
            ink = palette.color(QPalette::Disabled, QPalette::Text);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate((rect.width() - side) / 2, (rect.height() - side) / 2); // centred
        painter->scale(side / 20.0, side / 20.0);
        painter->setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        draw(*painter, ink);
        painter->restore();
    }

    QIconEngine* clone() const override { return new SectionIconEngine(m_picture); }
    QString key() const override { return QStringLiteral("waymark-section"); }

private:
    void draw(QPainter& p, const QColor& ink) const
    {
        switch (m_picture) {
        case SectionIcon::Picture::Today: {
            // The day beginning: a sun.
            p.drawEllipse(QPointF(10, 10), 3.6, 3.6);
            for (int ray = 0; ray < 8; ++ray) {
                const qreal angle = qDegreesToRadians(45.0 * ray);
                p.drawLine(QPointF(10 + 6.2 * qCos(angle), 10 + 6.2 * qSin(angle)),
                           QPointF(10 + 8.4 * qCos(angle), 10 + 8.4 * qSin(angle)));
            }
            break;
        }
        case SectionIcon::Picture::Caseload:
            // People: one in front of another.
            p.drawEllipse(QPointF(12.5, 6), 2.6, 2.6);
            p.drawArc(QRectF(7.5, 10, 10, 10), 0, 180 * 16);
            p.drawEllipse(QPointF(7, 8), 2.6, 2.6);
            p.drawArc(QRectF(2, 12, 10, 10), 0, 180 * 16);
            break;
        case SectionIcon::Picture::Referrals: {
            // Something coming in: an arrow down into a tray.
            p.drawLine(QPointF(10, 2.5), QPointF(10, 10.5));
            p.drawPolyline(QPolygonF{QPointF(6.5, 7.5), QPointF(10, 11), QPointF(13.5, 7.5)});
            QPainterPath tray;
            tray.moveTo(2.5, 11.5);
            tray.lineTo(6, 11.5);
            tray.lineTo(7.5, 14);
            tray.lineTo(12.5, 14);
            tray.lineTo(14, 11.5);
            tray.lineTo(17.5, 11.5);
            tray.lineTo(17.5, 17.5);
            tray.lineTo(2.5, 17.5);
            tray.closeSubpath();
            p.drawPath(tray);
            break;
        }
        case SectionIcon::Picture::Diary:
            // A calendar page: its rings, its heading and its days.
            p.drawRoundedRect(QRectF(2.5, 4, 15, 13.5), 1.5, 1.5);
            p.drawLine(QPointF(2.5, 8), QPointF(17.5, 8));
            p.drawLine(QPointF(6.5, 2), QPointF(6.5, 5.5));
            p.drawLine(QPointF(13.5, 2), QPointF(13.5, 5.5));
            p.setPen(Qt::NoPen);
            p.setBrush(ink);
            for (int row = 0; row < 2; ++row)
                for (int column = 0; column < 3; ++column)
                    p.drawRect(QRectF(5 + 4 * column, 10.5 + 3.5 * row, 2, 2));
            break;
        case SectionIcon::Picture::Sessions:
            // A group: people around a table.
            p.drawEllipse(QPointF(10, 12), 4, 2.6);
            p.drawEllipse(QPointF(10, 4.5), 2.1, 2.1);
            p.drawEllipse(QPointF(3.5, 9), 2.1, 2.1);
            p.drawEllipse(QPointF(16.5, 9), 2.1, 2.1);
            p.drawLine(QPointF(6, 17.5), QPointF(14, 17.5));
            break;
        case SectionIcon::Picture::Reports:
            // Figures: bars on an axis.
            p.drawPolyline(QPolygonF{QPointF(2.5, 2.5), QPointF(2.5, 17.5), QPointF(17.5, 17.5)});
            p.drawRect(QRectF(5.5, 10, 2.8, 5));
            p.drawRect(QRectF(10, 6, 2.8, 9));
            p.drawRect(QRectF(14.5, 12, 2.2, 3));
            break;
        case SectionIcon::Picture::Admin:
            // Settings: three sliders.
            for (int row = 0; row < 3; ++row) {
                const qreal y = 4.5 + 5.5 * row;
                const qreal knob = row == 1 ? 12.5 : (row == 0 ? 6.5 : 9);
                p.drawLine(QPointF(2.5, y), QPointF(knob - 2, y));
                p.drawLine(QPointF(knob + 2, y), QPointF(17.5, y));
                p.drawEllipse(QPointF(knob, y), 2, 2);
            }
            break;
        }
    }

    SectionIcon::Picture m_picture;
};

} // namespace

QIcon SectionIcon::make(Picture picture)
{
    return QIcon(new SectionIconEngine(picture));
}

} // namespace waymark
