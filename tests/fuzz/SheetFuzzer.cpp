// libFuzzer target for reading a CSV caseload and turning its rows into interchange records
// (core/interchange/CsvSheetReader, SheetImport::convert): any bytes a spreadsheet file could
// hold, in any encoding, with the columns guessed from its first row as the wizard guesses them.
// Besides crashes and the sanitizers' findings it stops on a broken promise: a refused file or
// row must say why.
#include "core/interchange/CsvSheetReader.h"
#include "core/interchange/SheetImport.h"
#include "core/interchange/SheetMapping.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace waymark;

namespace {

[[noreturn]] void broken(const char* what)
{
    std::fprintf(stderr, "SheetFuzzer: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first byte chooses how the file is read: guessed, or a delimiter and encoding asked for.
    CsvReadOptions options;
    if (size > 0 && data[0] % 3 == 1)
        options.delimiter = ";,\t|"[data[0] % 4];
    if (size > 0 && data[0] % 5 == 2)
        options.encoding = data[0] % 2 ? "UTF-16LE" : "windows-1252";
    const Result<SheetTable> table = CsvSheetReader::read(bytes, QStringLiteral("caseload.csv"), options);
    if (!table) {
        if (table.error().message.isEmpty())
            broken("a refused file gave no reason");
        return 0;
    }
    SheetMapping mapping;
    mapping.contract = QStringLiteral("thurrock-fs");
    mapping.monthFirst = size > 1 && data[1] % 2;
    const QMap<QString, QString> guesses = SheetMapping::guessColumns(table.value().rows.value(0));
    for (auto it = guesses.cbegin(); it != guesses.cend(); ++it)
        mapping.columns.insert(it.value(), it.key());
    const QVector<Staff> staff = {Staff{QStringLiteral("kw-sam"), QStringLiteral("Sam Patel"),
                                        QStringLiteral("key_worker"), true}};
    Contract contract;
    contract.id = contract.code = QStringLiteral("thurrock-fs");
    contract.name = QStringLiteral("Floating support");
    const SheetImport::Conversion converted = SheetImport::convert(table.value(), mapping, staff, {contract});
    for (const QString& problem : converted.problems)
        if (problem.trimmed().isEmpty())
            broken("a refused row gave no reason");
    // Every record made names the row it came from.
    for (auto it = converted.rowOf.cbegin(); it != converted.rowOf.cend(); ++it)
        for (const int row : it.value())
            if (row < 1 || row > table.value().rows.size())
                broken("a record names a row the file does not have");
    return 0;
}
