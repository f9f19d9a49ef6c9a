#pragma once

#include "core/documents/PrintedForm.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace waymark {

// The print preview of one form, owning its printer (A4, the form's margins): the user looks at
// every page, then prints or saves a PDF from it.
class FormPreviewDialog : public QPrintPreviewDialog {
    Q_OBJECT
public:
    explicit FormPreviewDialog(const PrintedForm& form, QWidget* parent = nullptr);
    ~FormPreviewDialog() override;

private:
    FormPreviewDialog(std::unique_ptr<QPrinter> printer, const PrintedForm& form, QWidget* parent);
    std::unique_ptr<QPrinter> m_printer;
    PrintedForm m_form;
};

} // namespace waymark
