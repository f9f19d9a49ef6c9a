#include "core/interchange/XlsxTableWriter.h"
#include "core/storage/LazyLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace waymark {

namespace {

Error failed(const QString& path, const QString& why)
{
    return Error{QCoreApplication::translate("XlsxTableWriter", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why),
                 {}};
}

} // namespace

Status XlsxTableWriter::write(const ReturnTable& table, const QString& path)
{
    // libxlsxwriter is loaded when first needed (LazyLibrary): should it be missing, that is said.
    if (Status loaded = LazyLibrary::xlsxWriter().load(); !loaded)
        return failed(path, loaded.error().message);
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    lxw_workbook* workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook)
        return failed(path, QCoreApplication::translate("XlsxTableWriter", "the folder cannot be written to."));
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDDDDD);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format* places[3];
    const char* patterns[3] = {"0", "0.0", "0.00"};
    for (int i = 0; i < 3; ++i) {
        places[i] = workbook_add_format(workbook);
        format_set_num_format(places[i], patterns[i]);
        format_set_border(places[i], LXW_BORDER_THIN);
    }
    lxw_format* plain = workbook_add_format(workbook);
    format_set_border(plain, LXW_BORDER_THIN);
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, table.title.toUtf8().constData(), title);
    for (const auto& [name, value] : table.facts) {
        worksheet_write_string(sheet, row, 0, name.toUtf8().constData(), bold);
        worksheet_write_string(sheet, row++, 1, value.toUtf8().constData(), nullptr);
    }
    ++row;
    for (qsizetype c = 0; c < table.headers.size(); ++c)
        worksheet_write_string(sheet, row, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), header);
    ++row;
    for (const QVector<ReturnTable::Cell>& cells : table.rows) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const ReturnTable::Cell& cell = cells.at(c);
            if (cell.isNumber())
                worksheet_write_number(sheet, row, lxw_col_t(c), cell.value.toDouble(), places[std::clamp(cell.decimals, 0, 2)]);
            else if (!cell.value.isNull())
                worksheet_write_string(sheet, row, lxw_col_t(c), cell.text().toUtf8().constData(), plain);
            else
                worksheet_write_blank(sheet, row, lxw_col_t(c), plain);
        }
        ++row;
    }
    ++row;
    const lxw_col_t lastColumn = lxw_col_t(std::max<qsizetype>(1, table.headers.size() - 1));
    for (const QString& note : table.footnotes) {
        worksheet_merge_range(sheet, row, 0, row, lastColumn, note.toUtf8().constData(), wrap);
        // A merged cell does not grow with its text: give long notes room for their lines.
        worksheet_set_row(sheet, row, 15.0 * (1 + double(note.size()) / 110.0), nullptr);
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 48, nullptr);
    worksheet_set_column(sheet, 1, lastColumn, 14, nullptr);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return failed(path, QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return failed(path, QCoreApplication::translate("XlsxTableWriter", "the file could not be put in place."));
    }
    return {};
}

} // namespace waymark
