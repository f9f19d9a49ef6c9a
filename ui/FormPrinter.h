#pragma once

#include "core/documents/PrintedForm.h"
#include "core/domain/Result.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

class QPagedPaintDevice;
class QWidget;

namespace waymark {

// Paints a PrintedForm on A4 pages: the organisation, contract, form and person at the top of
// every page; the funder's statement, the date printed and "Page n of N" at the foot; the body
// laid out by Qt's rich text between them, so the PDF holds real, selectable text.
class FormPrinter {
public:
    // Paints every page on `device` (already set to A4 by the caller or by writePdf).
    static void paint(const PrintedForm& form, QPagedPaintDevice& device);
    // Writes the form as a PDF file.
    static Status writePdf(const PrintedForm& form, const QString& path);
    // Shows the print preview, from which the user prints or saves a PDF.
    static void preview(const PrintedForm& form, QWidget* parent);
};

// The print preview of one form, owning its printer (A4, the form's margins): the user looks at
// every page, then prints or saves a PDF from it.
class FormPreviewDialog : public QPrintPreviewDialog {
    Q_OBJECT
public:
    FormPreviewDialog(const PrintedForm& form, QWidget* parent = nullptr);
    ~FormPreviewDialog() override;

private:
    FormPreviewDialog(std::unique_ptr<QPrinter> printer, const PrintedForm& form, QWidget* parent);
    std::unique_ptr<QPrinter> m_printer;
    PrintedForm m_form;
};

} // namespace waymark
