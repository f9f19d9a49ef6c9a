#pragma once

#include "core/domain/GroupSession.h"
#include "core/storage/SessionRepository.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace waymark {

struct Repositories;
class FieldMessages;
class SessionService;

// One session's register: a tick list over the people in support with its contract that day, and
// at a drop-in surgery the quick record of a walk-in: find the person by name (or enter a new
// person's name), say what was discussed and how long it took, press Enter.
class SessionPanel : public QWidget {
    Q_OBJECT
public:
    SessionPanel(Repositories& repositories, SessionService& service, QWidget* parent = nullptr);

    // Shows a session (or nothing, when the id is empty or unknown).
    void showSession(const QString& sessionId);
    // Everyone on record is read again for the walk-in's "who" when a drop-in is next shown:
    // someone was added, renamed, deleted or anonymised since.
    void readPeopleAgain() { m_peopleRead = false; }
    QString sessionId() const { return m_session.id; }

    // The register: ticks are saved by saveRegister().
    QListWidget* registerList() const { return m_register; }
    bool saveRegister();
    // Whether ticks were changed since the register was last saved or shown.
    bool hasUnsavedTicks() const { return m_unsaved; }

    // The walk-in form, for tests and the keyboard.
    QLineEdit* whoEdit() const { return m_who; }
    QCheckBox* newPersonBox() const { return m_newPerson; }
    QLineEdit* givenNameEdit() const { return m_givenName; }
    QLineEdit* familyNameEdit() const { return m_familyName; }
    QLineEdit* discussedEdit() const { return m_discussed; }
    QSpinBox* minutesBox() const { return m_minutes; }
    FieldMessages* messages() const { return m_messages; }
    bool recordWalkIn();
    // The walk-ins recorded at this session, one line each.
    QListWidget* walkIns() const { return m_walkIns; }

signals:
    void openServiceUser(const QString& serviceUserId);

private:
    // The person the "who" field names: the one picked from the list, else the only person whose
    // label contains what was typed. Empty when none or several match (`ambiguous` then true).
    QString personIdFromWho(bool* ambiguous) const;
    void updateCount();
    void fillPeople();
    // Reads everyone on record for the walk-in's "who" if it was never read or changed since.
    void readPeopleIfChanged();

    Repositories& m_repositories;
    SessionService& m_service;
    GroupSession m_session;
    QVector<RegisterLine> m_lines;
    QLabel* m_heading;
    QLabel* m_details;
    QListWidget* m_register;
    QLabel* m_registerCount;
    QPushButton* m_saveRegister;
    QWidget* m_walkInBox;
    FieldMessages* m_messages;
    QLineEdit* m_who;
    QCheckBox* m_newPerson;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLineEdit* m_discussed;
    QSpinBox* m_minutes;
    QPushButton* m_record;
    QListWidget* m_walkIns;
    QLabel* m_status;
    // What the "who" field offers: each person's label and id (two people may share a label).
    QVector<QPair<QString, QString>> m_people;
    QString m_pickedId;   // the person picked from the list, until the text is changed
    bool m_unsaved = false;
    // Whether the walk-in's "who" holds everyone on record: read when a drop-in is first shown,
    // not for every session chosen or walk-in recorded (a quarter of a second at 50,000 people).
    bool m_peopleRead = false;
    // A new person whose name is already on record is added only when Record is pressed again.
    QString m_confirmedNewName;
};

} // namespace waymark
