#pragma once

#include "core/domain/FieldProblem.h"

#include <QHash>
#include <QObject>

class QFormLayout;
class QLabel;
class QWidget;

namespace waymark {

// Shows each problem of a form next to the field it is about: a line under the input saying
// what is wrong and why, "Error:" or "Check:" before it so that it never relies on colour, and
// the message as the input's accessible description so a screen reader reads it too.
class FieldMessages : public QObject {
    Q_OBJECT
public:
    explicit FieldMessages(QObject* parent = nullptr);

    // Adds a row "label: input" to `form` with a message line under the input for `field`.
    // Returns the row's label (its buddy is the input).
    QLabel* addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field);
    // Attaches a message line to an input placed elsewhere (added under it in `layoutParent`).
    QLabel* messageFor(const QString& field, QWidget* input);

    void show(const FieldProblems& problems);
    void clear();

    // The message shown for a field ("" when none), for tests.
    QString messageText(const QString& field) const;
    // Problems whose field has no place on the form, shown in one line at the top by the form.
    QStringList unplaced() const { return m_unplaced; }

private:
    struct Slot {
        QWidget* input = nullptr;
        QLabel* message = nullptr;
    };
    QHash<QString, Slot> m_slots;
    QStringList m_unplaced;
};

} // namespace waymark
