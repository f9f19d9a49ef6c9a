#include "ui/EmptyState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

EmptyState::EmptyState(QWidget* parent)
    : EmptyState(QString(), QString(), parent)
{
}

EmptyState::EmptyState(const QString& heading, const QString& hint, QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addStretch(2);
    setText(heading, hint);
}

void EmptyState::setText(const QString& heading, const QString& hint)
{
    m_heading->setText(heading);
    m_hint->setText(hint);
    setAccessibleName(heading);
    setAccessibleDescription(hint);
}

QString EmptyState::heading() const { return m_heading->text(); }
QString EmptyState::hint() const { return m_hint->text(); }

} // namespace waymark
