#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace waymark {

// How a caseload spreadsheet's columns and values become Waymark's fields and codes: what the
// import wizard's choices are, and what `waymark-cli import-sheet FILE --mapping MAP.json` reads.
//
//   {"sheet": "Caseload", "header_row": 1, "delimiter": ",", "encoding": "windows-1252",
//    "date_order": "dmy", "contract": "thurrock-fs", "reference_scope": "North team",
//    "columns": {"given_name": "First name", "referral_source": "Referred by", ...},
//    "values": {"referral_source": {"Self referral": "self"}, "key_worker": {"Sam": "Sam Patel"}}}
//
// Every key but "columns" may be left out. "columns" takes a field key (SheetField) to the
// column's heading as the sheet writes it; "values" takes a sheet's value to a code (a staff
// member's or contract's name or id for key_worker and contract). "contract" is the contract of
// every row when no column gives one.
struct SheetMapping {
    QString sheet;           // an .xlsx file's sheet; empty: the first
    int headerRow = 1;       // the row of headings; the rows after it are people
    char delimiter = 0;      // a CSV file's; 0: guessed
    QByteArray encoding;     // a CSV file's; empty: guessed
    bool monthFirst = false; // dates written as text are day first (14/03/2026) unless this is set
    QString contract;        // the contract of every row, when no column gives one
    // What the sheet's references are unique within (a team's name): a sheet numbering people
    // from 1 is told apart from another that does. Empty: one scope for every sheet.
    QString referenceScope;
    QMap<QString, QString> columns;               // field key -> heading
    QMap<QString, QMap<QString, QString>> values; // field key -> sheet value -> code

    // Reads a mapping file; every problem is listed with its place in the file.
    static Result<SheetMapping> fromJson(const QByteArray& json, const QString& sourceName);
    QJsonObject toJson() const;

    // The field each heading most likely is, from the headings spreadsheets use: heading -> key.
    // Each field is given to one heading at most.
    static QMap<QString, QString> guessColumns(const QStringList& headings);
    // The code a value most likely means for a coded field (its code or its label, written any
    // way), or an empty string.
    static QString guessCode(const QString& codeList, const QString& value);
};

} // namespace waymark
