#include "core/interchange/XlsxSheetReader.h"
#include "core/storage/LazyLibrary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>
#include <zip.h>

namespace waymark {

namespace {

QString trXlsx(const char* text)
{
    return QCoreApplication::translate("XlsxSheetReader", text);
}

// No part of a workbook a team keeps its caseload in comes near this; a file whose part would
// unpack to more is refused rather than filling the memory (a "zip bomb").
constexpr zip_uint64_t LargestPart = 128ull * 1024 * 1024;
// Nor a sheet of more cells than this (counting the empty ones before each cell in its row):
// a caseload of 10,000 rows of 100 columns is a million.
constexpr qsizetype MostCells = 4 * 1024 * 1024;

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ZipCloser>;

struct Workbook {
    Archive archive;
    QString name; // the file's name, for messages
    QStringList sheetNames;
    QStringList sheetParts; // the part of each sheet, in the same order
    bool dates1904 = false;
};

Result<QByteArray> readPart(const Workbook& book, const QString& part, bool required = true)
{
    const QByteArray name = part.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(book.archive.get(), name.constData(), 0, &stat) != 0) {
        if (!required)
            return QByteArray();
        return Error{trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1 is not a whole Excel workbook: it has no %2."))
                         .arg(book.name, part),
                     {}};
    }
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > LargestPart)
        return Error{
            trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1 has a part too large to read (%2).")).arg(book.name, part),
            {}};
    zip_file_t* file = zip_fopen(book.archive.get(), name.constData(), 0);
    if (!file)
        return Error{trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1: %2 cannot be read: %3"))
                         .arg(book.name, part, QString::fromUtf8(zip_strerror(book.archive.get()))),
                     {}};
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || zip_uint64_t(read) != stat.size)
        return Error{
            trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1: %2 is damaged and cannot be read.")).arg(book.name, part),
            {}};
    return bytes;
}

// A part's path from a relationship's target, which is relative to the workbook's folder
// (xl/) unless it starts with a slash.
QString partPath(const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

Result<Workbook> openWorkbook(const QString& path)
{
    // libzip is loaded when first needed (LazyLibrary): should it be missing, that is said.
    if (Status loaded = LazyLibrary::libZip().load(); !loaded)
        return loaded.error();
    Workbook book;
    book.name = QFileInfo(path).fileName();
    int error = 0;
    book.archive.reset(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error));
    if (!book.archive) {
        if (error == ZIP_ER_NOENT || error == ZIP_ER_OPEN || error == ZIP_ER_READ)
            return Error{trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1 cannot be opened."))
                             .arg(QDir::toNativeSeparators(path)),
                         {}};
        return Error{
            trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader",
                                     "%1 is not an Excel workbook (.xlsx). An older .xls file can be saved as .xlsx or "
                                     "CSV from the spreadsheet program first."))
                .arg(book.name),
            {}};
    }
    Result<QByteArray> relsPart = readPart(book, QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!relsPart)
        return relsPart.error();
    QHash<QString, QString> targets;
    QXmlStreamReader rels(relsPart.value());
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship"))
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(),
                           rels.attributes().value(QLatin1String("Target")).toString());
    }
    Result<QByteArray> workbookPart = readPart(book, QStringLiteral("xl/workbook.xml"));
    if (!workbookPart)
        return workbookPart.error();
    QXmlStreamReader xml(workbookPart.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView date1904 = xml.attributes().value(QLatin1String("date1904"));
            book.dates1904 = date1904 == QLatin1String("1") || date1904 == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            QString relation;
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                if (attribute.name() == QLatin1String("id")) // r:id, whatever the prefix
                    relation = attribute.value().toString();
            book.sheetNames << xml.attributes().value(QLatin1String("name")).toString();
            book.sheetParts << partPath(targets.value(relation));
        }
    }
    if (xml.hasError())
        return Error{
            trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1 is damaged: its list of sheets cannot be read (%2)."))
                .arg(book.name, xml.errorString()),
            {}};
    if (book.sheetNames.isEmpty())
        return Error{trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1 has no sheets.")).arg(book.name), {}};
    return book;
}

// The text of an element up to its end, joining its <t> runs and leaving out phonetic guides.
QString runsText(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
            --phonetic;
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

Result<QStringList> sharedStrings(const Workbook& book)
{
    Result<QByteArray> part = readPart(book, QStringLiteral("xl/sharedStrings.xml"), false);
    if (!part)
        return part.error();
    QStringList strings;
    QXmlStreamReader xml(part.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings << runsText(xml);
    }
    if (xml.hasError() && !part.value().isEmpty())
        return Error{trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1 is damaged: its text cannot be read (%2)."))
                         .arg(book.name, xml.errorString()),
                     {}};
    return strings;
}

// Whether a number format shows a date or time: Excel's built-in ones by number, others by their
// code once quoted text, [colours] and escaped characters are taken out.
bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    QString bare;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*'))
            ++i;
        else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            // [h], [mm] and [ss] are elapsed times; [Red] and [$-809] are not.
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            if (!inside.isEmpty() && inside.count(inside.at(0)) == inside.size() &&
                QStringLiteral("hms").contains(inside.at(0)))
                return true;
            i = close < 0 ? code.size() : close;
        } else
            bare += c.toLower();
    }
    return bare.contains(QLatin1Char('d')) || bare.contains(QLatin1Char('y')) || bare.contains(QLatin1Char('m')) ||
           bare.contains(QLatin1Char('h')) || bare.contains(QLatin1Char('s'));
}

// For each cell style (the s="" of a cell), whether it shows a date or time.
Result<QVector<bool>> dateStyles(const Workbook& book)
{
    Result<QByteArray> part = readPart(book, QStringLiteral("xl/styles.xml"), false);
    if (!part)
        return part.error();
    QHash<int, QString> formats;
    QVector<bool> styles;
    QXmlStreamReader xml(part.value());
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
            formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                           xml.attributes().value(QLatin1String("formatCode")).toString());
        else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            styles << isDateFormat(id, formats.value(id));
        }
    }
    return styles;
}

// A date serial number as ISO text: a whole day as a date, with a time of day as date and time.
QString serialDate(double serial, bool dates1904)
{
    // Day 2,958,465 is 31 Dec 9999, the last Excel shows; beyond it (or not a number) it is shown
    // as the number it is.
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return QString::number(serial, 'g', 15);
    // Day 0 is 31 Dec 1899 in Excel's 1900 system, which counts a 29 Feb 1900 that never was: from
    // 1 Mar 1900 on, days count from 30 Dec 1899.
    const QDate epoch = dates1904 ? QDate(1904, 1, 1) : QDate(1899, 12, serial < 61 ? 31 : 30);
    const double day = std::floor(serial);
    const QDate date = epoch.addDays(qint64(day));
    const qint64 seconds = std::llround((serial - day) * 86400.0);
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    if (seconds >= 86400)
        return date.addDays(1).toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + QLatin1Char(' ') +
           QTime(0, 0)
               .addSecs(int(seconds))
               .toString(seconds % 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

// A number as a person would read it: no exponent for the numbers a caseload has (an NHS number
// or a phone number kept as a number), and no binary noise (0.1 + 0.2).
QString plainNumber(const QString& stored)
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok)
        return stored;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// The size of the largest sheet Excel makes (XFD1048576): a reference beyond it is damage, and
// is refused before any memory is given to it.
constexpr qsizetype MostRows = 1048576;
constexpr qsizetype MostColumns = 16384;

// The column of a cell reference such as "AB12" (0 for A), or -1; past the last column, MostColumns.
qsizetype columnOf(QStringView reference)
{
    qsizetype column = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        if (++letters > 3)
            return MostColumns;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return letters == 0 ? -1 : column - 1;
}

// The row of a cell or row reference ("AB12" or "12"), 1-based, or 0.
qsizetype rowOf(QStringView reference)
{
    qsizetype start = 0;
    while (start < reference.size() && reference.at(start).isLetter())
        ++start;
    bool ok = false;
    const qsizetype row = reference.mid(start).toLongLong(&ok);
    return ok ? std::clamp<qsizetype>(row, 0, MostRows + 1) : 0;
}

} // namespace

Result<QStringList> XlsxSheetReader::sheetNames(const QString& path)
{
    Result<Workbook> book = openWorkbook(path);
    if (!book)
        return book.error();
    return book.value().sheetNames;
}

Result<SheetTable> XlsxSheetReader::read(const QString& path, const QString& sheet)
{
    Result<Workbook> opened = openWorkbook(path);
    if (!opened)
        return opened.error();
    const Workbook& book = opened.value();
    const qsizetype index = sheet.isEmpty() ? 0 : book.sheetNames.indexOf(sheet);
    if (index < 0)
        return Error{trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1 has no sheet called “%2”. Its sheets are: %3."))
                         .arg(book.name, sheet, book.sheetNames.join(QStringLiteral(", "))),
                     {}};
    Result<QStringList> strings = sharedStrings(book);
    if (!strings)
        return strings.error();
    Result<QVector<bool>> dates = dateStyles(book);
    if (!dates)
        return dates.error();
    Result<QByteArray> part = readPart(book, book.sheetParts.at(index));
    if (!part)
        return part.error();

    SheetTable table{book.sheetNames.at(index), {}};
    QXmlStreamReader xml(part.value());
    qsizetype row = -1;
    qsizetype column = -1;
    qsizetype cellCount = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const qsizetype numbered = rowOf(xml.attributes().value(QLatin1String("r")));
            row = numbered > 0 ? numbered - 1 : row + 1;
            column = -1;
            continue;
        }
        if (xml.name() != QLatin1String("c") || row < 0)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const qsizetype placed = columnOf(attributes.value(QLatin1String("r")));
        column = placed >= 0 ? placed : column + 1;
        const QStringView type = attributes.value(QLatin1String("t"));
        const qsizetype style = attributes.value(QLatin1String("s")).toLongLong();
        QString stored;
        bool inline_ = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                stored = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                stored = runsText(xml);
                inline_ = true;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
        }
        QString text;
        if (type == QLatin1String("s") && stored.isEmpty()) {
            continue; // a text cell with nothing in it: an empty cell
        } else if (type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype at = stored.toLongLong(&ok);
            if (!ok || at < 0 || at >= strings.value().size())
                return Error{
                    trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader",
                                             "%1 is damaged: cell %2%3 of “%4” names text the workbook does not have."))
                        .arg(book.name, SheetTable::columnName(column))
                        .arg(row + 1)
                        .arg(table.name),
                    {}};
            text = strings.value().at(at);
        } else if (type == QLatin1String("b")) {
            text = stored == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") || type == QLatin1String("e") ||
                   inline_) {
            text = stored;
        } else if (!stored.isEmpty()) {
            bool ok = false;
            const double value = stored.toDouble(&ok);
            text = ok && style >= 0 && style < dates.value().size() && dates.value().at(style)
                       ? serialDate(value, book.dates1904)
                       : plainNumber(stored);
        }
        if (text.isEmpty())
            continue;
        if (row >= MostRows || column >= MostColumns)
            return Error{
                trXlsx(QT_TRANSLATE_NOOP(
                           "XlsxSheetReader",
                           "%1 is damaged: sheet “%2” has a cell beyond the last row or column a sheet can have."))
                    .arg(book.name, table.name),
                {}};
        if (table.rows.size() <= row)
            table.rows.resize(row + 1);
        QStringList& cells = table.rows[row];
        if (column >= cells.size()) {
            cellCount += column + 1 - cells.size();
            if (cellCount > MostCells)
                return Error{
                    trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader",
                                             "Sheet “%1” of %2 is too large to bring in (more than %3 cells): copy the "
                                             "caseload's own columns and rows to a sheet of their own."))
                        .arg(table.name, book.name)
                        .arg(MostCells),
                    {}};
            while (cells.size() <= column)
                cells << QString();
        }
        cells[column] = text;
    }
    if (xml.hasError())
        return Error{trXlsx(QT_TRANSLATE_NOOP("XlsxSheetReader", "%1 is damaged: sheet “%2” cannot be read (%3)."))
                         .arg(book.name, table.name, xml.errorString()),
                     {}};
    return table;
}

} // namespace waymark
