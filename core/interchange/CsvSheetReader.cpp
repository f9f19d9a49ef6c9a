#include "core/interchange/CsvSheetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <csv.h>

namespace waymark {

namespace {

QString trCsv(const char* text)
{
    return QCoreApplication::translate("CsvSheetReader", text);
}

// What libcsv's callbacks fill: the rows so far, and where the parser stopped.
struct CsvRows {
    QVector<QStringList> rows;
    QStringList current;
    qsizetype limit = -1; // stop collecting after this many rows (-1: all)
    int lastEnd = 0;      // the character that ended the last record
};

void csvField(void* data, size_t length, void* target)
{
    auto* rows = static_cast<CsvRows*>(target);
    rows->current << QString::fromUtf8(static_cast<const char*>(data), qsizetype(length));
}

void csvRecord(int end, void* target)
{
    auto* rows = static_cast<CsvRows*>(target);
    // Every line ending is reported (CSV_REPALL_NL), so that an empty line keeps its row number
    // as the spreadsheet shows it; the line feed of a CR LF pair ends nothing of its own.
    const bool secondHalfOfCrLf = rows->current.isEmpty() && end == '\n' && rows->lastEnd == '\r';
    rows->lastEnd = end;
    if (secondHalfOfCrLf)
        return;
    if (rows->limit < 0 || rows->rows.size() < rows->limit)
        rows->rows << rows->current;
    rows->current.clear();
}

// Parses UTF-8 text with one delimiter. On a quote out of place, `problemAt` is the count of
// bytes read before it.
bool parse(const QByteArray& text, char delimiter, CsvRows& rows, qsizetype& problemAt)
{
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
        return false;
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    const size_t read = csv_parse(&parser, text.constData(), size_t(text.size()), csvField, csvRecord, &rows);
    bool ok = read == size_t(text.size()) && csv_fini(&parser, csvField, csvRecord, &rows) == 0;
    if (!ok)
        problemAt = qsizetype(read);
    csv_free(&parser);
    return ok;
}

// How evenly a delimiter splits the first rows: how many of them have the commonest number of
// cells, when that is more than one (a title row above the headings does not count against it).
int evenness(const QByteArray& text, char delimiter)
{
    CsvRows rows;
    rows.limit = 50;
    qsizetype ignored = 0;
    // A sample may end inside a quoted cell, so a failure at its end is no verdict.
    parse(text.left(64 * 1024), delimiter, rows, ignored);
    QHash<qsizetype, int> widths;
    for (const QStringList& row : std::as_const(rows.rows))
        if (row.size() > 1)
            ++widths[row.size()];
    int best = 0;
    for (const int count : std::as_const(widths))
        best = std::max(best, count);
    return best;
}

QByteArray guessEncoding(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QByteArrayLiteral("UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return QByteArrayLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QByteArrayLiteral("UTF-16BE");
    // Stateless: a sequence cut short at the very end is an error too, not left for more bytes.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = utf8(bytes); // decoding happens when the result is taken
    Q_UNUSED(decoded)
    return utf8.hasError() ? QByteArrayLiteral("windows-1252") : QByteArrayLiteral("UTF-8");
}

} // namespace

Result<SheetTable> CsvSheetReader::read(const QByteArray& bytes, const QString& name, const Options& options,
                                        Options* used)
{
    const QByteArray encoding = options.encoding.isEmpty() ? guessEncoding(bytes) : options.encoding;
    QStringDecoder decoder(encoding.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return Error{trCsv(QT_TRANSLATE_NOOP("CsvSheetReader", "%1: the encoding “%2” is not one this computer knows."))
                         .arg(name, QString::fromLatin1(encoding)),
                     {}};
    // Decoded once into UTF-8 (the byte order mark dropped), which libcsv splits: every delimiter
    // and quote is one byte in it.
    const QString decoded = decoder(bytes);
    if (decoder.hasError())
        return Error{
            trCsv(QT_TRANSLATE_NOOP("CsvSheetReader", "%1 is not written in %2: choose the encoding it was saved in."))
                .arg(name, QString::fromLatin1(encoding)),
            {}};
    QByteArray text = decoded.toUtf8();
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);

    char delimiter = options.delimiter;
    if (delimiter == 0) {
        int best = -1;
        for (const char candidate : delimiters()) {
            const int score = evenness(text, candidate);
            if (score > best) {
                best = score;
                delimiter = candidate;
            }
        }
    }
    CsvRows rows;
    qsizetype problemAt = 0;
    if (!parse(text, delimiter, rows, problemAt)) {
        // The row it stopped in: the rows finished before it, plus the one being read.
        const qsizetype row = rows.rows.size() + 1;
        return Error{trCsv(QT_TRANSLATE_NOOP(
                               "CsvSheetReader",
                               "%1, row %2: a quote mark is out of place (a cell with a quote, a delimiter or a line "
                               "break in it must be in quotes, its own quotes doubled)."))
                         .arg(name)
                         .arg(row),
                     {}};
    }
    if (used) {
        used->delimiter = delimiter;
        used->encoding = encoding;
    }
    return SheetTable{name, rows.rows};
}

Result<SheetTable> CsvSheetReader::readFile(const QString& path, const Options& options, Options* used)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{trCsv(QT_TRANSLATE_NOOP("CsvSheetReader", "%1 cannot be read: %2"))
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    return read(file.readAll(), QFileInfo(path).fileName(), options, used);
}

} // namespace waymark
