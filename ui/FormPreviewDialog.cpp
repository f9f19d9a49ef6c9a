#include "ui/FormPreviewDialog.h"

#include "core/domain/DocumentLanguage.h"
#include "ui/FormPrinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewWidget>
#include <QToolBar>

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

FormPreviewDialog::FormPreviewDialog(const PrintedForm& form, Remake remake, QWidget* parent)
    : FormPreviewDialog(a4Printer(form), form, parent)
{
    m_remake = std::move(remake);
    addChoices();
}

FormPreviewDialog::~FormPreviewDialog() = default;

void FormPreviewDialog::addChoices()
{
    // Qt's preview has one toolbar (zoom, pages, print); the choices go at its end, where the
    // user looking at the pages finds them.
    QToolBar* toolbar = findChild<QToolBar*>();
    if (!toolbar)
        return;
    toolbar->addSeparator();
    auto* label = new QLabel(QCoreApplication::translate("FormPrinter", "&Language:"), toolbar);
    m_language = new QComboBox(toolbar);
    m_language->setObjectName(QStringLiteral("formLanguage"));
    m_language->setAccessibleName(QCoreApplication::translate("FormPrinter", "Language of the form"));
    for (const DocumentLanguage::Language& language : DocumentLanguage::available())
        m_language->addItem(
            language.nativeName == language.englishName
                ? language.nativeName
                : QStringLiteral("%1 (%2)").arg(
                      language.nativeName,
                      QCoreApplication::translate("DocumentLanguage", language.englishName.toUtf8().constData())),
            language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_form.language)));
    label->setBuddy(m_language);
    m_largePrint = new QCheckBox(QCoreApplication::translate("FormPrinter", "Lar&ge print"), toolbar);
    m_largePrint->setObjectName(QStringLiteral("formLargePrint"));
    m_largePrint->setChecked(m_form.largePrint);
    toolbar->addWidget(label);
    toolbar->addWidget(m_language);
    toolbar->addWidget(m_largePrint);
    connect(m_language, &QComboBox::currentIndexChanged, this, &FormPreviewDialog::remake);
    connect(m_largePrint, &QCheckBox::toggled, this, &FormPreviewDialog::remake);
}

void FormPreviewDialog::remake()
{
    Result<PrintedForm> made = m_remake(m_language->currentData().toString(), m_largePrint->isChecked());
    if (!made) {
        QMessageBox::warning(this, QCoreApplication::translate("FormPrinter", "Print preview"), made.error().message);
        // The choices go back to what the pages show.
        const QSignalBlocker languageBlocked(m_language);
        const QSignalBlocker sizeBlocked(m_largePrint);
        m_language->setCurrentIndex(std::max(0, m_language->findData(m_form.language)));
        m_largePrint->setChecked(m_form.largePrint);
        return;
    }
    m_form = made.value();
    m_printer->setDocName(m_form.title + QStringLiteral(" - ") + m_form.person);
    setWindowTitle(QCoreApplication::translate("FormPrinter", "Print preview: %1").arg(m_form.title));
    if (auto* pages = findChild<QPrintPreviewWidget*>())
        pages->updatePreview();
}

} // namespace waymark
