#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace waymark {

// The first run on a computer: the organisation, and its administrator's name and passphrase
// (typed twice), from which a new encrypted database is made.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(const QString& databasePath, QWidget* parent = nullptr);

    QString organisation() const;
    QString administrator() const;
    QString passphrase() const;

    QLineEdit* organisationEdit() const { return m_organisation; }
    QLineEdit* administratorEdit() const { return m_administrator; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* message() const { return m_message; }
    QPushButton* createButton() const { return m_create; }

private:
    void check();

    QLineEdit* m_organisation;
    QLineEdit* m_administrator;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QPushButton* m_create;
};

} // namespace waymark
