#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace waymark {

// One sheet of a spreadsheet, or a CSV file, as text: rows from the first in the file, each the
// cells from column A. Row numbers in messages are a row's place here plus one, as a spreadsheet
// numbers them.
struct SheetTable {
    QString name;
    QVector<QStringList> rows;

    QString cell(qsizetype row, qsizetype column) const
    {
        return row >= 0 && row < rows.size() ? rows.at(row).value(column) : QString();
    }
    // A spreadsheet's name for a column: A, B, ... Z, AA, AB, ...
    static QString columnName(qsizetype column)
    {
        QString name;
        for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
            name.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
        return name;
    }
};

} // namespace waymark
