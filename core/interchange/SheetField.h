#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace waymark {

// A field of Waymark that a column of a caseload spreadsheet can be brought into: a person's
// details, their referral, and their support period. One row of the sheet is one person, or one
// of their support periods (rows naming the same person are brought together).
struct SheetField {
    enum class Kind {
        Text,     // as written
        Date,     // a date cell, or text such as 14/03/2026, 14-Mar-2026 or 2026-03-14
        Code,     // one of the codes of `codeList`, from its code, its label or the mapping's values
        YesNo,    // yes/no, y/n, true/false, 1/0
        Staff,    // a member of staff, by name (or the mapping's values)
        Contract, // a contract, by code or name (or the mapping's values)
    };
    enum class Record { Person, Referral, SupportPeriod };

    QString key;   // as in a mapping file's "columns"
    QString label; // English; shown through displayLabel()
    Kind kind = Kind::Text;
    Record record = Record::Person;
    QString field;    // the interchange field it fills
    QString codeList; // for Kind::Code: the ReferenceCodes list
    bool required = false;
    // Headings a spreadsheet gives this column, compared without case, spaces or punctuation.
    QStringList headings;

    QString displayLabel() const;

    static const QVector<SheetField>& all();
    static const SheetField* find(const QString& key);
    // The field an interchange list's field is filled from ("service_users", "postcode").
    static const SheetField* forInterchange(const QString& list, const QString& field);
    // A heading or value reduced to what is compared: lower case letters and digits only.
    static QString normalized(const QString& text);
};

} // namespace waymark
