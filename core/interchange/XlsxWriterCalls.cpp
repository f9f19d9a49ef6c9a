// libxlsxwriter's functions as Waymark calls them, each handing on to the library's own, found the
// first time it is called (LazyLibrary): libxlsxwriter, with the libcrypto it brings, is loaded
// when a return is first saved as a spreadsheet, not with the program. Each definition has the
// library's header's declaration, so a call that differs from the library's does not compile.
// XlsxTableWriter checks that it loads before the first call.

#include "core/storage/LazyLibrary.h"

#include <xlsxwriter.h>

namespace waymark {

LazyLibrary& LazyLibrary::xlsxWriter()
{
    static LazyLibrary& library =
        *new LazyLibrary(QStringLiteral(WAYMARK_XLSXWRITER_SONAME), QStringLiteral(WAYMARK_XLSXWRITER_PACKAGE));
    return library;
}

} // namespace waymark

// Kept to Waymark (not among what the programs show other libraries): libxlsxwriter's calls
// between its own functions never reach these in their place.
#define WAYMARK_XLSX_CALL extern "C" __attribute__((visibility("hidden")))
#define WAYMARK_XLSX_FORWARD(name, ...)                                                                                \
    static const auto real = waymark::LazyLibrary::xlsxWriter().function<decltype(&::name)>(#name);                    \
    return real(__VA_ARGS__)

WAYMARK_XLSX_CALL lxw_workbook* workbook_new(const char* filename)
{
    WAYMARK_XLSX_FORWARD(workbook_new, filename);
}
WAYMARK_XLSX_CALL lxw_error workbook_close(lxw_workbook* workbook)
{
    WAYMARK_XLSX_FORWARD(workbook_close, workbook);
}
WAYMARK_XLSX_CALL lxw_worksheet* workbook_add_worksheet(lxw_workbook* workbook, const char* name)
{
    WAYMARK_XLSX_FORWARD(workbook_add_worksheet, workbook, name);
}
WAYMARK_XLSX_CALL lxw_format* workbook_add_format(lxw_workbook* workbook)
{
    WAYMARK_XLSX_FORWARD(workbook_add_format, workbook);
}
WAYMARK_XLSX_CALL char* lxw_strerror(lxw_error error)
{
    WAYMARK_XLSX_FORWARD(lxw_strerror, error);
}
WAYMARK_XLSX_CALL void format_set_bold(lxw_format* format)
{
    WAYMARK_XLSX_FORWARD(format_set_bold, format);
}
WAYMARK_XLSX_CALL void format_set_text_wrap(lxw_format* format)
{
    WAYMARK_XLSX_FORWARD(format_set_text_wrap, format);
}
WAYMARK_XLSX_CALL void format_set_align(lxw_format* format, uint8_t alignment)
{
    WAYMARK_XLSX_FORWARD(format_set_align, format, alignment);
}
WAYMARK_XLSX_CALL void format_set_border(lxw_format* format, uint8_t style)
{
    WAYMARK_XLSX_FORWARD(format_set_border, format, style);
}
WAYMARK_XLSX_CALL void format_set_bg_color(lxw_format* format, lxw_color_t color)
{
    WAYMARK_XLSX_FORWARD(format_set_bg_color, format, color);
}
WAYMARK_XLSX_CALL void format_set_font_size(lxw_format* format, double size)
{
    WAYMARK_XLSX_FORWARD(format_set_font_size, format, size);
}
WAYMARK_XLSX_CALL void format_set_num_format(lxw_format* format, const char* numberFormat)
{
    WAYMARK_XLSX_FORWARD(format_set_num_format, format, numberFormat);
}
WAYMARK_XLSX_CALL lxw_error worksheet_set_column(lxw_worksheet* sheet, lxw_col_t first, lxw_col_t last, double width,
                                                 lxw_format* format)
{
    WAYMARK_XLSX_FORWARD(worksheet_set_column, sheet, first, last, width, format);
}
WAYMARK_XLSX_CALL lxw_error worksheet_set_row(lxw_worksheet* sheet, lxw_row_t row, double height, lxw_format* format)
{
    WAYMARK_XLSX_FORWARD(worksheet_set_row, sheet, row, height, format);
}
WAYMARK_XLSX_CALL lxw_error worksheet_merge_range(lxw_worksheet* sheet, lxw_row_t firstRow, lxw_col_t firstColumn,
                                                  lxw_row_t lastRow, lxw_col_t lastColumn, const char* text,
                                                  lxw_format* format)
{
    WAYMARK_XLSX_FORWARD(worksheet_merge_range, sheet, firstRow, firstColumn, lastRow, lastColumn, text, format);
}
WAYMARK_XLSX_CALL lxw_error worksheet_write_blank(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column,
                                                  lxw_format* format)
{
    WAYMARK_XLSX_FORWARD(worksheet_write_blank, sheet, row, column, format);
}
WAYMARK_XLSX_CALL lxw_error worksheet_write_number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, double number,
                                                   lxw_format* format)
{
    WAYMARK_XLSX_FORWARD(worksheet_write_number, sheet, row, column, number, format);
}
WAYMARK_XLSX_CALL lxw_error worksheet_write_string(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column,
                                                   const char* text, lxw_format* format)
{
    WAYMARK_XLSX_FORWARD(worksheet_write_string, sheet, row, column, text, format);
}

#undef WAYMARK_XLSX_FORWARD
#undef WAYMARK_XLSX_CALL
