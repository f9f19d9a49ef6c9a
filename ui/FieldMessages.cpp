#include "ui/FieldMessages.h"

#include "ui/StatusColours.h"
#include "ui/WindowFit.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace waymark {

FieldMessages::FieldMessages(QObject* parent)
    : QObject(parent)
{
}

QLabel* FieldMessages::messageFor(const QString& field, QWidget* input)
{
    auto* message = new QLabel;
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->hide();
    m_slots.insert(field, Slot{input, message});
    return message;
}

QLabel* FieldMessages::addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field)
{
    // The input and its message sit in a layout, not in a widget of their own: so the caption and
    // the input share a parent, which is where Qt looks for the label of a control. On Linux a
    // combo box is read out by its value, and its label only through that relation.
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(input);
    column->addWidget(messageFor(field, input));
    form->addRow(label, column);
    auto* caption = qobject_cast<QLabel*>(form->labelForField(column));
    if (caption)
        caption->setBuddy(input);
    if (input->accessibleName().isEmpty())
        input->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).simplified());
    return caption;
}

void FieldMessages::clear()
{
    for (Slot& slot : m_slots) {
        slot.message->clear();
        slot.message->hide();
        slot.input->setAccessibleDescription(QString());
    }
    m_unplaced.clear();
}

void FieldMessages::show(const FieldProblems& problems)
{
    clear();
    QHash<QString, QStringList> lines;
    QHash<QString, bool> anyError;
    for (const FieldProblem& p : problems) {
        if (!m_slots.contains(p.field)) {
            m_unplaced << p.message;
            continue;
        }
        lines[p.field] << (p.isError() ? tr("Error: %1") : tr("Check: %1")).arg(p.message);
        anyError[p.field] = anyError.value(p.field) || p.isError();
    }
    for (auto it = lines.constBegin(); it != lines.constEnd(); ++it) {
        Slot& slot = m_slots[it.key()];
        const QString text = it.value().join(QLatin1Char('\n'));
        slot.message->setText(text);
        // Red for what stops the save, dark amber for what to check; the words say it too.
        slot.message->setStyleSheet(anyError.value(it.key()) ? StatusColours::errorStyle(slot.message)
                                                             : StatusColours::cautionStyle(slot.message));
        slot.message->show();
        slot.input->setAccessibleDescription(text);
    }
    // Room for the lines just shown, so no message is cut off.
    if (!m_slots.isEmpty())
        WindowFit::toContentsSoon(m_slots.begin()->input->window());
}

QString FieldMessages::messageText(const QString& field) const
{
    const Slot slot = m_slots.value(field);
    return slot.message && slot.message->isVisibleTo(slot.message->parentWidget()) ? slot.message->text()
                                                                                    : QString();
}

} // namespace waymark
