#include "ui/ReturnFiles.h"

#include "core/documents/FormContent.h"
#include "core/interchange/CsvTableWriter.h"
#include "core/interchange/XlsxTableWriter.h"
#include "ui/FormPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace waymark::ReturnFiles {

Status write(const ReturnTable& table, const Contract& contract, const QString& periodLabel, const QString& path,
             const QString& format)
{
    const QString suffix = format.isEmpty() ? QFileInfo(path).suffix().toLower() : format;
    if (suffix == QLatin1String("csv"))
        return CsvTableWriter::write(table, path);
    if (suffix == QLatin1String("xlsx"))
        return XlsxTableWriter::write(table, path);
    if (suffix == QLatin1String("pdf"))
        return FormPrinter::writePdf(FormContent::returnForm(table, contract, periodLabel), path);
    return Error{QCoreApplication::translate("ReturnFiles", "Save as .pdf, .xlsx or .csv."), {}};
}

QString askWhere(QWidget* parent, const QString& title, const QString& fileStem, const QString& suffix)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("reports/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString filter = suffix == QLatin1String("pdf")    ? QCoreApplication::translate("ReturnFiles", "PDF (*.pdf)")
                           : suffix == QLatin1String("xlsx") ? QCoreApplication::translate("ReturnFiles", "Excel workbook (*.xlsx)")
                                                             : QCoreApplication::translate("ReturnFiles", "CSV (*.csv)");
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(fileStem + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    settings.setValue(QStringLiteral("reports/folder"), QFileInfo(path).absolutePath());
    return path;
}

} // namespace waymark::ReturnFiles
