#pragma once

#include "core/domain/FieldProblem.h"
#include "core/domain/Result.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;

namespace waymark {

class FieldMessages;

// The frame the short casework forms share: an introduction, a form whose fields carry their
// own messages, a line for what went wrong, and Save/Cancel. Saving runs `save`; on a refusal the
// problems are shown beside their fields and the dialog stays open.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    FormDialog(const QString& title, const QString& introduction, const QString& saveText,
               QWidget* parent = nullptr);

    QFormLayout* form() const { return m_form; }
    FieldMessages* messages() const { return m_messages; }
    // What Save does: a Status, and the problems of the service that refused it.
    void setSave(std::function<Status()> save, std::function<FieldProblems()> problems);

    void accept() override;

private:
    FieldMessages* m_messages;
    QFormLayout* m_form;
    QLabel* m_summary;
    std::function<Status()> m_save;
    std::function<FieldProblems()> m_problems;
};

} // namespace waymark
