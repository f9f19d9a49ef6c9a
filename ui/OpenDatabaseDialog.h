#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace waymark {

// Which database Waymark opens: a file on this computer, or the team server (its address and,
// unless the computer keeps it, the password). The places opened before are offered first; a
// password is never remembered.
class OpenDatabaseDialog : public QDialog {
    Q_OBJECT
public:
    // `current`: what is open now (a file or a server's address), filled in to start from.
    explicit OpenDatabaseDialog(const QString& current, QWidget* parent = nullptr);

    // The file, or the server's address with the password typed (to open it with, never to show).
    QString chosen() const;

    // Remembers `place` (a file, or a server's address, its password dropped) as opened, the
    // newest first, and as the one to open next time Waymark starts without --db.
    static void remember(const QString& place);
    // What Waymark opens when started without --db: the last place chosen here, or empty.
    static QString lastChosen();
    static QStringList recent();

    QRadioButton* fileChoice() const { return m_fileChoice; }
    QRadioButton* serverChoice() const { return m_serverChoice; }
    QComboBox* recentList() const { return m_recent; }
    QLineEdit* fileEdit() const { return m_file; }
    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* message() const { return m_message; }
    QPushButton* openButton() const { return m_open; }

private:
    void fill(const QString& address);
    void browse();
    void check();

    QComboBox* m_recent;
    QRadioButton* m_fileChoice;
    QRadioButton* m_serverChoice;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLineEdit* m_server;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_open;
};

} // namespace waymark
