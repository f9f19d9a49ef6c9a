#pragma once

#include "core/documents/PrintedForm.h"
#include "core/domain/Result.h"

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace waymark {

// Paints a PrintedForm on A4 pages: the organisation, contract, form and person at the top of
// every page; the funder's statement, the date printed and "Page n of N" at the foot; the body
// laid out by Qt's rich text between them, so the PDF holds real, selectable text.
class FormPrinter {
public:
    // The margin of every page, all round.
    static const qreal MarginMm;

    // The form's HTML with every "font-size: Npt" multiplied by `scale` (large print).
    static QString scaledFontSizes(const QString& html, qreal scale);
    // Paints every page on `device` (already set to A4 by the caller or by writePdf).
    static void paint(const PrintedForm& form, QPagedPaintDevice& device);
    // Writes the form as a PDF file.
    static Status writePdf(const PrintedForm& form, const QString& path);
    // Shows the print preview, from which the user prints or saves a PDF.
    static void preview(const PrintedForm& form, QWidget* parent);
    // The preview of a form, or a message saying why there is nothing to print.
    static void previewOrExplain(const Result<PrintedForm>& form, QWidget* parent);
    // The same for a form a person reads, which `remake` makes again in another language or in
    // large print when the user chooses it in the preview.
    static void previewOrExplain(const Result<PrintedForm>& form,
                                 std::function<Result<PrintedForm>(const QString& language, bool largePrint)> remake,
                                 QWidget* parent);
};

} // namespace waymark
