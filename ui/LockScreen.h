#pragma once

#include "core/domain/Result.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

class QLabel;
class QLineEdit;
class QWidget;

namespace waymark {

// Waymark locked: every one of its windows (a form left open included) covered by a plain panel,
// so nothing personal stays on screen, and no key or click reaching what is underneath. The
// window in front asks for the passphrase of whoever is signed in; nothing is lost, and the
// forms are as they were when it unlocks.
class LockScreen : public QObject {
    Q_OBJECT
public:
    // What unlocks it: the passphrase of an encrypted file, or the team server's password.
    enum class Secret { Passphrase, ServerPassword };

    // `unlock` checks a passphrase for `user` (counting wrong ones like a sign-in does).
    LockScreen(QString user, std::function<Status(const QString& passphrase)> unlock, QObject* parent = nullptr);
    LockScreen(QString user, std::function<Status(const QString& passphrase)> unlock, Secret secret,
               QObject* parent = nullptr);
    ~LockScreen() override;

    bool isLocked() const { return m_locked; }
    // The passphrase field and message of the panel that asks, while locked (for tests).
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLabel* message() const { return m_message; }
    // Whether `window` is covered now.
    bool covers(const QWidget* window) const;

public slots:
    void lock();
    // Tries the passphrase typed; true when it unlocked.
    bool tryUnlock();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* coverFor(QWidget* window, bool asks);
    bool isInsidePanel(const QObject* object) const;
    void removeCovers();

    QString m_user;
    std::function<Status(const QString&)> m_unlock;
    Secret m_secret = Secret::Passphrase;
    bool m_locked = false;
    struct Cover {
        QPointer<QWidget> window;
        QPointer<QWidget> panel;
    };
    QVector<Cover> m_covers;
    QPointer<QWidget> m_asking;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace waymark
