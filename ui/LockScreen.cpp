#include "ui/LockScreen.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace waymark {

LockScreen::LockScreen(QString user, std::function<Status(const QString&)> unlock, QObject* parent)
    : LockScreen(std::move(user), std::move(unlock), Secret::Passphrase, parent)
{
}

LockScreen::LockScreen(QString user, std::function<Status(const QString&)> unlock, Secret secret, QObject* parent)
    : QObject(parent)
    , m_user(std::move(user))
    , m_unlock(std::move(unlock))
    , m_secret(secret)
{
}

LockScreen::~LockScreen()
{
    removeCovers();
}

bool LockScreen::covers(const QWidget* window) const
{
    for (const Cover& c : m_covers)
        if (c.window == window && c.panel && c.panel->isVisible() && c.panel->geometry() == window->rect())
            return true;
    return false;
}

QWidget* LockScreen::coverFor(QWidget* window, bool asks)
{
    auto* panel = new QWidget(window);
    panel->setObjectName(QStringLiteral("lockCover"));
    panel->setAutoFillBackground(true);
    panel->setGeometry(window->rect());
    auto* layout = new QVBoxLayout(panel);
    layout->addStretch(1);
    auto* heading = new QLabel(tr("Waymark is locked"), panel);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    if (asks) {
        const bool server = m_secret == Secret::ServerPassword;
        auto* who = new QLabel((server ? tr("Signed in to the team server as %1. Type your password to carry on where "
                                            "you were.")
                                       : tr("Signed in as %1. Type your passphrase to carry on where you were."))
                                   .arg(m_user),
                               panel);
        who->setAlignment(Qt::AlignCenter);
        who->setWordWrap(true);
        layout->addWidget(who);
        m_passphrase = new QLineEdit(panel);
        m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
        m_passphrase->setEchoMode(QLineEdit::Password);
        m_passphrase->setAccessibleName(server ? tr("Team server password") : tr("Passphrase"));
        m_passphrase->setMaximumWidth(360);
        m_message = new QLabel(panel);
        m_message->setObjectName(QStringLiteral("unlockMessage"));
        m_message->setAlignment(Qt::AlignCenter);
        m_message->setWordWrap(true);
        auto* unlock = new QPushButton(tr("&Unlock"), panel);
        unlock->setObjectName(QStringLiteral("unlock"));
        unlock->setDefault(true);
        auto* quit = new QPushButton(tr("&Close Waymark"), panel);
        quit->setToolTip(tr("Closes Waymark without unlocking: anything not saved is lost"));
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_passphrase, 2);
        row->addWidget(unlock);
        row->addStretch(1);
        layout->addLayout(row);
        layout->addWidget(m_message);
        auto* quitRow = new QHBoxLayout;
        quitRow->addStretch(1);
        quitRow->addWidget(quit);
        quitRow->addStretch(1);
        layout->addLayout(quitRow);
        connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
        connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
        connect(quit, &QPushButton::clicked, qApp, &QApplication::quit, Qt::QueuedConnection);
        m_asking = panel;
    }
    layout->addStretch(2);
    panel->show();
    panel->raise();
    window->installEventFilter(this);
    return panel;
}

void LockScreen::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    // The window in front asks: a form open on top of the main window holds the keyboard.
    QWidget* front = QApplication::activeModalWidget();
    if (!front)
        front = QApplication::activeWindow();
    const QWidgetList windows = QApplication::topLevelWidgets();
    if (!front || !front->isVisible())
        for (QWidget* w : windows)
            if (w->isVisible() && !w->isModal()) {
                front = w;
                break;
            }
    for (QWidget* w : windows) {
        if (!w->isVisible() || w->windowType() == Qt::ToolTip || w->windowType() == Qt::Popup) {
            if (w->isVisible())
                w->hide(); // a tooltip or an open menu may show a name
            continue;
        }
        m_covers << Cover{w, coverFor(w, w == front)};
    }
    qApp->installEventFilter(this);
    if (m_passphrase) {
        m_passphrase->setFocus();
        if (QWidget* window = m_passphrase->window())
            window->activateWindow();
    }
    emit locked();
}

bool LockScreen::tryUnlock()
{
    if (!m_locked || !m_passphrase)
        return false;
    const QString typed = m_passphrase->text();
    m_passphrase->clear();
    const Status opened = m_unlock(typed);
    if (!opened) {
        m_message->setText(opened.error().message);
        m_passphrase->setFocus();
        return false;
    }
    removeCovers();
    m_locked = false;
    emit unlocked();
    return true;
}

void LockScreen::removeCovers()
{
    qApp->removeEventFilter(this);
    for (const Cover& c : m_covers) {
        if (c.window)
            c.window->removeEventFilter(this);
        delete c.panel.data();
    }
    m_covers.clear();
    m_passphrase = nullptr;
    m_message = nullptr;
    m_asking = nullptr;
}

bool LockScreen::isInsidePanel(const QObject* object) const
{
    for (const QObject* o = object; o; o = o->parent())
        if (o == m_asking.data())
            return true;
    return false;
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_locked)
        return QObject::eventFilter(watched, event);
    // A window that opens while locked (a message from a timer) is covered too.
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto* shown = static_cast<QWidget*>(watched);
        const bool known = std::any_of(m_covers.cbegin(), m_covers.cend(), [&](const Cover& c) { return c.window == shown; });
        if (shown->isWindow() && !known && shown->windowType() != Qt::ToolTip && shown->windowType() != Qt::Popup)
            m_covers << Cover{shown, coverFor(shown, false)};
    }
    // A covered window keeps its cover over all of it.
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        for (const Cover& c : m_covers)
            if (c.window == watched && c.panel) {
                c.panel->setGeometry(c.window->rect());
                c.panel->raise();
            }
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Taken here, so no shortcut of the window underneath (Ctrl+F, Ctrl+P...) fires.
        if (!isInsidePanel(watched)) {
            event->accept();
            return true;
        }
        break;
    case QEvent::Shortcut:
        if (!isInsidePanel(watched))
            return true;
        break;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::ToolTip:
        // Only the passphrase panel takes input while locked.
        if (watched->isWidgetType() && !isInsidePanel(watched))
            return true;
        break;
    case QEvent::Close:
        // Closing a window while locked would run its "save changes?" question behind the cover.
        if (watched->isWidgetType() && static_cast<QWidget*>(watched)->isWindow())
            for (const Cover& c : m_covers)
                if (c.window == watched) {
                    event->ignore();
                    return true;
                }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace waymark
