#include "core/interchange/CsvTableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <csv.h>

namespace waymark {

namespace {

QByteArray quoted(const QString& field)
{
    const QByteArray raw = field.toUtf8();
    // libcsv needs room for every character doubled plus the two quotes.
    QByteArray out(2 * raw.size() + 2, Qt::Uninitialized);
    const size_t written = csv_write(out.data(), size_t(out.size()), raw.constData(), size_t(raw.size()));
    out.truncate(qsizetype(written));
    return out;
}

QByteArray line(const QStringList& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += quoted(fields.at(i));
    }
    return out + "\r\n";
}

} // namespace

QByteArray CsvTableWriter::toCsv(const ReturnTable& table)
{
    QByteArray out = line(table.headers);
    for (const QVector<ReturnTable::Cell>& row : table.rows) {
        QStringList fields;
        for (const ReturnTable::Cell& cell : row)
            fields << cell.text();
        out += line(fields);
    }
    return out;
}

Status CsvTableWriter::write(const ReturnTable& table, const QString& path)
{
    QSaveFile file(path);
    const QByteArray csv = toCsv(table);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error{QCoreApplication::translate("CsvTableWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    return {};
}

} // namespace waymark
