#pragma once

#include "core/documents/PrintedForm.h"
#include "core/domain/Result.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;

namespace waymark {

// The print preview of one form, owning its printer (A4, the form's margins): the user looks at
// every page, then prints or saves a PDF from it. A form a person reads can be shown in another
// language or in large print from the preview's own toolbar: it is made again with the choice.
class FormPreviewDialog : public QPrintPreviewDialog {
    Q_OBJECT
public:
    // Makes the form again in a language ("pl") and print size.
    using Remake = std::function<Result<PrintedForm>(const QString& language, bool largePrint)>;

    explicit FormPreviewDialog(const PrintedForm& form, QWidget* parent = nullptr);
    // With a choice of language and of large print, starting from `form`'s.
    FormPreviewDialog(const PrintedForm& form, Remake remake, QWidget* parent = nullptr);
    ~FormPreviewDialog() override;

    const PrintedForm& form() const { return m_form; }

private:
    FormPreviewDialog(std::unique_ptr<QPrinter> printer, const PrintedForm& form, QWidget* parent);
    void addChoices();
    void remake();

    std::unique_ptr<QPrinter> m_printer;
    PrintedForm m_form;
    Remake m_remake;
    QComboBox* m_language = nullptr;
    QCheckBox* m_largePrint = nullptr;
};

} // namespace waymark
