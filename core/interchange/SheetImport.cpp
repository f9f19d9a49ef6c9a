#include "core/interchange/SheetImport.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/interchange/Importer.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/interchange/SheetField.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/StaffRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace waymark {

namespace {

QString trSheet(const char* text)
{
    return QCoreApplication::translate("SheetImport", text);
}

// The ids of what a sheet brings in are made from what names it (a person's reference, or name
// and date of birth; their period's contract and start): the same sheet imported again names the
// same records, and changes nothing.
QString stableId(const QString& what)
{
    static const QUuid sheetRecords(QStringLiteral("{5d0b3c52-8a4e-4f6b-b1f7-3e2a9c6d0e41}"));
    return QUuid::createUuidV5(sheetRecords, what).toString(QUuid::WithoutBraces);
}

int monthNamed(const QString& name)
{
    static const QStringList months = {u"jan"_qs, u"feb"_qs, u"mar"_qs, u"apr"_qs, u"may"_qs, u"jun"_qs,
                                       u"jul"_qs, u"aug"_qs, u"sep"_qs, u"oct"_qs, u"nov"_qs, u"dec"_qs};
    const QString lower = name.toLower();
    if (lower.size() < 3)
        return 0;
    const qsizetype at = months.indexOf(lower.left(3));
    return at < 0 ? 0 : int(at) + 1;
}

// A date as a spreadsheet gives it: an ISO date (a date cell of an .xlsx, perhaps with a time),
// 14/03/2026 (or 03/14/2026 with monthFirst), 14-03-2026, 14.03.2026, 14 Mar 2026, 14-Mar-2026.
QDate sheetDate(const QString& text, bool monthFirst, QString& problem)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.]+Z?)?$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2,4})$"));
    static const QRegularExpression named(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?[ \\-]([A-Za-z]+)\\.?[ \\-,]+(\\d{2,4})$"));
    QDate date;
    QString year;
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        year = m.captured(1);
    } else if (const QRegularExpressionMatch n = numeric.match(text); n.hasMatch()) {
        const int first = n.captured(1).toInt();
        const int second = n.captured(2).toInt();
        year = n.captured(3);
        date = monthFirst ? QDate(year.toInt(), first, second) : QDate(year.toInt(), second, first);
    } else if (const QRegularExpressionMatch w = named.match(text); w.hasMatch()) {
        year = w.captured(3);
        const int month = monthNamed(w.captured(2));
        if (month > 0)
            date = QDate(year.toInt(), month, w.captured(1).toInt());
    } else {
        problem = trSheet("“%1” is not a date: write it as 14/03/2026").arg(text);
        return {};
    }
    if (year.size() != 4) {
        problem = trSheet("“%1” has a two-digit year, which could be either century: write the year in full").arg(text);
        return {};
    }
    if (!date.isValid())
        problem = monthFirst ? trSheet("“%1” is not a date that exists (read as month/day/year)").arg(text)
                             : trSheet("“%1” is not a date that exists (read as day/month/year)").arg(text);
    return date;
}

std::optional<bool> yesNo(const QString& text)
{
    const QString bare = SheetField::normalized(text);
    if (bare == QLatin1String("yes") || bare == QLatin1String("y") || bare == QLatin1String("true") ||
        bare == QLatin1String("1"))
        return true;
    if (bare == QLatin1String("no") || bare == QLatin1String("n") || bare == QLatin1String("false") ||
        bare == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// A sheet's value looked up in the mapping's values for a field: exactly, then written any way.
QString mappedValue(const SheetMapping& mapping, const QString& key, const QString& value)
{
    const QMap<QString, QString> values = mapping.values.value(key);
    if (const auto exact = values.constFind(value); exact != values.cend())
        return *exact;
    const QString bare = SheetField::normalized(value);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (SheetField::normalized(it.key()) == bare)
            return it.value();
    return {};
}

// One row's records as they are built, with the row that first gave each.
struct Records {
    QJsonArray list;
    QHash<QString, qsizetype> indexOf;
    QVector<int> rows;
};

// Adds a record, or brings it together with the one of the same id another row gave: a field one
// row leaves empty is taken from the other, and two different values are a problem.
void addRecord(Records& records, const QJsonObject& record, int row, QStringList& problems,
               const std::function<QString(const QString&)>& nameOf)
{
    const QString id = record.value(QStringLiteral("id")).toString();
    const auto found = records.indexOf.constFind(id);
    if (found == records.indexOf.cend()) {
        records.indexOf.insert(id, records.list.size());
        records.list.append(record);
        records.rows << row;
        return;
    }
    QJsonObject kept = records.list.at(*found).toObject();
    const int firstRow = records.rows.at(*found);
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QJsonValue before = kept.value(it.key());
        if (before.isUndefined() || before.isNull())
            kept.insert(it.key(), it.value());
        else if (before != it.value())
            problems << trSheet("row %1: the same person as row %2, but %3 is “%4” here and “%5” there")
                            .arg(row)
                            .arg(firstRow)
                            .arg(nameOf(it.key()), it->toVariant().toString(), before.toVariant().toString());
    }
    records.list.replace(*found, kept);
}

} // namespace

Result<QHash<QString, qsizetype>> SheetImport::columnsOf(const SheetTable& table, const SheetMapping& mapping)
{
    const QStringList headings = mapping.headerRow >= 1 && mapping.headerRow <= table.rows.size()
                                     ? table.rows.at(mapping.headerRow - 1)
                                     : QStringList();
    QHash<QString, qsizetype> columns;
    QStringList problems;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        qsizetype found = -1;
        for (qsizetype c = 0; c < headings.size() && found < 0; ++c)
            if (headings.at(c).trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0)
                found = c;
        if (found < 0)
            problems << trSheet("row %1 has no heading “%2” (for %3)")
                            .arg(mapping.headerRow)
                            .arg(it.value(), SheetField::find(it.key())->displayLabel());
        else
            columns.insert(it.key(), found);
    }
    if (!problems.isEmpty())
        return Error{trSheet("The mapping names columns the sheet does not have."), problems};
    return columns;
}

SheetImport::Conversion SheetImport::convert(const SheetTable& table, const SheetMapping& mapping,
                                             const QVector<Staff>& staff, const QVector<Contract>& contracts)
{
    Conversion out;
    Result<QHash<QString, qsizetype>> located = columnsOf(table, mapping);
    if (!located) {
        out.problems = located.error().details;
        return out;
    }
    const QHash<QString, qsizetype> columns = located.value();
    for (const SheetField& field : SheetField::all())
        if (field.required && !columns.contains(field.key))
            out.problems << trSheet("No column is mapped to %1, which every person needs.").arg(field.displayLabel());

    const auto findContract = [&](const QString& text) -> const Contract* {
        const QString bare = SheetField::normalized(text);
        for (const Contract& c : contracts)
            if (c.id == text || SheetField::normalized(c.code) == bare || SheetField::normalized(c.name) == bare)
                return &c;
        return nullptr;
    };
    const auto contractList = [&] {
        QStringList codes;
        for (const Contract& c : contracts)
            codes << c.code;
        return codes.join(QStringLiteral(", "));
    };
    const Contract* everyRow = nullptr;
    if (!mapping.contract.isEmpty()) {
        everyRow = findContract(mapping.contract);
        if (!everyRow)
            out.problems << trSheet("contract: there is no contract “%1” (the contracts are %2)")
                                .arg(mapping.contract, contractList());
    }
    if (!out.problems.isEmpty())
        return out;

    const auto headingOf = [&](const SheetField& field) {
        return trSheet("“%1” (column %2)")
            .arg(mapping.columns.value(field.key), SheetTable::columnName(columns.value(field.key)));
    };
    const auto nameOfPersonField = [&](const QString& interchangeField) {
        const SheetField* field = SheetField::forInterchange(QStringLiteral("service_users"), interchangeField);
        return field ? field->displayLabel() : interchangeField;
    };
    Records people, referrals, periods;
    for (qsizetype r = qMax(0, mapping.headerRow); r < table.rows.size(); ++r) {
        const int rowNumber = int(r + 1);
        QHash<QString, QString> cells;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            const QString text = table.cell(r, it.value()).trimmed();
            if (!text.isEmpty())
                cells.insert(it.key(), text);
        }
        if (cells.isEmpty())
            continue; // a blank row
        ++out.rows;
        QJsonObject person, referral, period;
        bool rowOk = true;
        const auto problem = [&](const SheetField& field, const QString& message) {
            out.problems << trSheet("row %1, %2: %3").arg(rowNumber).arg(headingOf(field), message);
            rowOk = false;
        };
        for (const SheetField& field : SheetField::all()) {
            const QString text = cells.value(field.key);
            if (text.isEmpty() || field.field.isEmpty())
                continue;
            QJsonValue value;
            switch (field.kind) {
            case SheetField::Kind::Text:
                value = text;
                break;
            case SheetField::Kind::Date: {
                QString why;
                const QDate date = sheetDate(text, mapping.monthFirst, why);
                if (!why.isEmpty()) {
                    problem(field, why);
                    continue;
                }
                value = field.key == QLatin1String("referral_date")
                            ? LocalTime::isoDateTimeUtc(LocalTime::fromLondon(date, QTime(0, 0)))
                            : LocalTime::isoDate(date);
                break;
            }
            case SheetField::Kind::Code: {
                QString code = mappedValue(mapping, field.key, text);
                if (code.isEmpty())
                    code = SheetMapping::guessCode(field.codeList, text);
                if (code.isEmpty()) {
                    problem(field,
                            trSheet("“%1” is not one of the answers Waymark records for %2: map it to one in "
                                    "the values (%3)")
                                .arg(text, field.displayLabel(),
                                     ReferenceCodes::list(field.codeList).allCodes().join(QStringLiteral(", "))));
                    continue;
                }
                value = code;
                break;
            }
            case SheetField::Kind::YesNo: {
                const QString mapped = mappedValue(mapping, field.key, text);
                const std::optional<bool> answer = yesNo(mapped.isEmpty() ? text : mapped);
                if (!answer) {
                    problem(field, trSheet("“%1” is neither yes nor no").arg(text));
                    continue;
                }
                value = *answer;
                break;
            }
            case SheetField::Kind::Staff: {
                const QString mapped = mappedValue(mapping, field.key, text);
                const QString wanted = mapped.isEmpty() ? text : mapped;
                const QString bare = SheetField::normalized(wanted);
                const Staff* found = nullptr;
                for (const Staff& s : staff)
                    if (s.id == wanted || SheetField::normalized(s.name) == bare)
                        found = &s;
                if (!found) {
                    problem(field, trSheet("no member of staff is called “%1”: add them in Admin first, or map the "
                                           "name to one who is")
                                       .arg(wanted));
                    continue;
                }
                value = found->id;
                break;
            }
            case SheetField::Kind::Contract: {
                const QString mapped = mappedValue(mapping, field.key, text);
                const Contract* found = findContract(mapped.isEmpty() ? text : mapped);
                if (!found) {
                    problem(field, trSheet("there is no contract “%1” (the contracts are %2)")
                                       .arg(mapped.isEmpty() ? text : mapped, contractList()));
                    continue;
                }
                value = found->id;
                break;
            }
            }
            QJsonObject& record = field.record == SheetField::Record::Person     ? person
                                  : field.record == SheetField::Record::Referral ? referral
                                                                                 : period;
            record.insert(field.field, value);
        }
        if (!rowOk)
            continue;

        // Who the row is about: the sheet's reference for them, or their name and date of birth.
        const QString reference = cells.value(QStringLiteral("reference"));
        const QString personId =
            stableId(reference.isEmpty() ? QStringLiteral("person:%1|%2|%3")
                                               .arg(SheetField::normalized(cells.value(QStringLiteral("given_name"))),
                                                    SheetField::normalized(cells.value(QStringLiteral("family_name"))),
                                                    person.value(QStringLiteral("date_of_birth")).toString())
                                         : QStringLiteral("reference:%1").arg(reference));
        person.insert(QStringLiteral("id"), personId);
        addRecord(people, person, rowNumber, out.problems, nameOfPersonField);

        if (referral.isEmpty() && period.isEmpty())
            continue;
        QString contractId = period.value(QStringLiteral("contract_id")).toString();
        if (contractId.isEmpty() && everyRow)
            contractId = everyRow->id;
        if (contractId.isEmpty()) {
            out.problems << trSheet("row %1: which contract is this person's referral or support under? Map a "
                                    "column to Contract, or choose one contract for every row")
                                .arg(rowNumber);
            continue;
        }
        const QString start = period.value(QStringLiteral("start_date")).toString();
        if (!period.isEmpty() && start.isEmpty()) {
            // Which of the period's fields the row gives, to say why a start is needed.
            QStringList given;
            for (const SheetField& field : SheetField::all())
                if (field.record == SheetField::Record::SupportPeriod && field.kind != SheetField::Kind::Contract &&
                    period.contains(field.field))
                    given << field.displayLabel();
            out.problems << trSheet("row %1: %2 is empty, but the row gives %3 of a support period: give the date "
                                    "support started, or leave those empty for a referral still waiting")
                                .arg(rowNumber)
                                .arg(SheetField::find(QStringLiteral("start_date"))->displayLabel(),
                                     given.join(QStringLiteral(", ")));
            continue;
        }
        const bool supported = !start.isEmpty();
        QString referralId;
        if (!referral.isEmpty() || supported) {
            // A period with no referral date was referred the day support started.
            if (!referral.contains(QStringLiteral("received_at")))
                referral.insert(QStringLiteral("received_at"), LocalTime::isoDateTimeUtc(LocalTime::fromLondon(
                                                                   LocalTime::parseIsoDate(start), QTime(0, 0))));
            const QString received = referral.value(QStringLiteral("received_at")).toString();
            if (received.isEmpty()) {
                out.problems << trSheet("row %1: %2 is needed for a referral")
                                    .arg(rowNumber)
                                    .arg(SheetField::find(QStringLiteral("referral_date"))->displayLabel());
                continue;
            }
            referralId = stableId(QStringLiteral("referral:%1|%2|%3").arg(personId, contractId, received));
            referral.insert(QStringLiteral("id"), referralId);
            referral.insert(QStringLiteral("service_user_id"), personId);
            referral.insert(QStringLiteral("contract_id"), contractId);
            if (supported) {
                referral.insert(QStringLiteral("decision"), QStringLiteral("accepted"));
                referral.insert(QStringLiteral("decided_on"), start);
            } else {
                referral.insert(QStringLiteral("decision"), QStringLiteral("pending"));
            }
            addRecord(referrals, referral, rowNumber, out.problems, [](const QString& f) { return f; });
        }
        if (supported) {
            period.insert(QStringLiteral("id"),
                          stableId(QStringLiteral("period:%1|%2|%3").arg(personId, contractId, start)));
            period.insert(QStringLiteral("service_user_id"), personId);
            period.insert(QStringLiteral("contract_id"), contractId);
            period.insert(QStringLiteral("referral_id"), referralId);
            addRecord(periods, period, rowNumber, out.problems, [](const QString& f) { return f; });
        }
    }
    out.document = QJsonObject{{QStringLiteral("format"), QStringLiteral("waymark")},
                               {QStringLiteral("version"), InterchangeSchema::FormatVersion},
                               {QStringLiteral("service_users"), people.list},
                               {QStringLiteral("referrals"), referrals.list},
                               {QStringLiteral("support_periods"), periods.list}};
    out.rowOf.insert(QStringLiteral("service_users"), people.rows);
    out.rowOf.insert(QStringLiteral("referrals"), referrals.rows);
    out.rowOf.insert(QStringLiteral("support_periods"), periods.rows);
    return out;
}

QString SheetImport::rowProblem(const QString& importerProblem, const Conversion& conversion, const SheetTable& table,
                                const SheetMapping& mapping)
{
    static const QRegularExpression path(
        QStringLiteral("^(service_users|referrals|support_periods)\\[(\\d+)\\](?:\\.([a-z_]+))?[^:]*:\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = path.match(importerProblem);
    if (!m.hasMatch())
        return importerProblem;
    const QVector<int> rows = conversion.rowOf.value(m.captured(1));
    const qsizetype index = m.captured(2).toLongLong();
    if (index < 0 || index >= rows.size())
        return importerProblem;
    const int row = rows.at(index);
    const SheetField* field = SheetField::forInterchange(m.captured(1), m.captured(3));
    if (!field)
        return trSheet("row %1: %2").arg(row).arg(m.captured(4));
    const Result<QHash<QString, qsizetype>> columns = columnsOf(table, mapping);
    if (!columns || !columns.value().contains(field->key))
        return trSheet("row %1, %2: %3").arg(row).arg(field->displayLabel(), m.captured(4));
    return trSheet("row %1, “%2” (column %3): %4")
        .arg(row)
        .arg(mapping.columns.value(field->key), SheetTable::columnName(columns.value().value(field->key)),
             m.captured(4));
}

QString SheetImport::guessAnswer(const QString& fieldKey, const QString& value, const QVector<Staff>& staff,
                                 const QVector<Contract>& contracts)
{
    const SheetField* field = SheetField::find(fieldKey);
    if (!field)
        return {};
    const QString bare = SheetField::normalized(value);
    switch (field->kind) {
    case SheetField::Kind::Code:
        return SheetMapping::guessCode(field->codeList, value);
    case SheetField::Kind::YesNo:
        if (const std::optional<bool> answer = yesNo(value))
            return *answer ? QStringLiteral("yes") : QStringLiteral("no");
        return {};
    case SheetField::Kind::Staff:
        for (const Staff& s : staff)
            if (s.id == value || SheetField::normalized(s.name) == bare)
                return s.name;
        return {};
    case SheetField::Kind::Contract:
        for (const Contract& c : contracts)
            if (c.id == value || SheetField::normalized(c.code) == bare || SheetField::normalized(c.name) == bare)
                return c.code;
        return {};
    case SheetField::Kind::Text:
    case SheetField::Kind::Date:
        break;
    }
    return {};
}

SheetImport::SheetImport(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<ImportSummary> SheetImport::run(const SheetTable& table, const SheetMapping& mapping, const QString& sourceName,
                                       const QString& actor, bool checkOnly)
{
    Result<QVector<Staff>> staff = StaffRepository(m_database).all();
    if (!staff)
        return staff.error();
    Result<QVector<Contract>> contracts = ContractRepository(m_database).all();
    if (!contracts)
        return contracts.error();
    m_conversion = convert(table, mapping, staff.value(), contracts.value());
    if (m_conversion.rows == 0 && m_conversion.problems.isEmpty())
        return Error{trSheet("%1 has no rows of people below its headings (row %2). Nothing was changed.")
                         .arg(sourceName)
                         .arg(mapping.headerRow),
                     {}};
    // The rows that could be read are checked as the import would check them even when others
    // could not, so that every problem in the sheet is listed at once.
    QStringList problems = m_conversion.problems;
    const bool convertedWhole = problems.isEmpty();
    Importer importer(m_database, m_clock);
    importer.setCheckOnly(checkOnly || !convertedWhole);
    Result<ImportSummary> summary =
        m_conversion.rows > 0 ? importer.importObject(m_conversion.document, sourceName, actor) : ImportSummary();
    if (!summary)
        for (const QString& problem : summary.error().details)
            problems << rowProblem(problem, m_conversion, table, mapping);
    if (problems.isEmpty())
        return summary;
    return Error{problems.size() == 1
                     ? trSheet("%1 was not imported: 1 problem was found. Nothing was changed.").arg(sourceName)
                     : trSheet("%1 was not imported: %2 problems were found. Nothing was changed.")
                           .arg(sourceName)
                           .arg(problems.size()),
                 problems};
}

} // namespace waymark
