#pragma once

#include "core/storage/KeyRing.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace waymark {

// Signing in to an encrypted database: a name (empty for its administrator) and a passphrase.
// The passphrase unwraps the database key; a wrong one says so and nothing else, and the
// passphrase field is cleared for another try.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(const QString& databasePath, KeyRing ring, QWidget* parent = nullptr);

    // After acceptance: the database key and who signed in.
    const QByteArray& key() const { return m_key; }
    QString user() const;
    // The names tried with a wrong passphrase before the sign-in succeeded, for the audit trail.
    const QStringList& failedNames() const { return m_failedNames; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLabel* message() const { return m_message; }
    // Tries the name and passphrase as typed (what the Sign in button does).
    bool trySignIn();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString m_databasePath;
    KeyRing m_ring;
    QLineEdit* m_name;
    QLineEdit* m_passphrase;
    QLabel* m_message;
    QPushButton* m_signIn;
    QByteArray m_key;
    QStringList m_failedNames;
    bool m_warmedUp = false;
};

} // namespace waymark
