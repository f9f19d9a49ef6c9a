#include "ui/FormPreviewDialog.h"

#include "ui/FormPrinter.h"

#include <QCoreApplication>
#include <QPageLayout>

namespace waymark {

namespace {

std::unique_ptr<QPrinter> a4Printer(const PrintedForm& form)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                       QMarginsF(FormPrinter::MarginMm, FormPrinter::MarginMm, FormPrinter::MarginMm, FormPrinter::MarginMm), QPageLayout::Millimeter));
    printer->setDocName(form.title + QStringLiteral(" - ") + form.person);
    return printer;
}

} // namespace

FormPreviewDialog::FormPreviewDialog(const PrintedForm& form, QWidget* parent)
    : FormPreviewDialog(a4Printer(form), form, parent)
{
}

FormPreviewDialog::FormPreviewDialog(std::unique_ptr<QPrinter> printer, const PrintedForm& form, QWidget* parent)
    : QPrintPreviewDialog(printer.get(), parent)
    , m_printer(std::move(printer))
    , m_form(form)
{
    setObjectName(QStringLiteral("formPreview"));
    setWindowTitle(QCoreApplication::translate("FormPrinter", "Print preview: %1").arg(form.title));
    resize(900, 1000);
    connect(this, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { FormPrinter::paint(m_form, *target); });
}

FormPreviewDialog::~FormPreviewDialog() = default;

} // namespace waymark
