#include "core/interchange/SheetImport.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/interchange/Importer.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/interchange/SheetField.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/ServiceUserRepository.h"
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
        problem = trSheet(QT_TRANSLATE_NOOP("SheetImport", "“%1” is not a date: write it as 14/03/2026")).arg(text);
        return {};
    }
    if (year.size() != 4) {
        problem = trSheet(QT_TRANSLATE_NOOP(
                              "SheetImport",
                              "“%1” has a two-digit year, which could be either century: write the year in full"))
                      .arg(text);
        return {};
    }
    if (!date.isValid())
        problem =
            monthFirst
                ? trSheet(QT_TRANSLATE_NOOP("SheetImport", "“%1” is not a date that exists (read as month/day/year)"))
                      .arg(text)
                : trSheet(QT_TRANSLATE_NOOP("SheetImport", "“%1” is not a date that exists (read as day/month/year)"))
                      .arg(text);
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

// The contract a sheet's value names: by id, code or name, written any way.
const Contract* contractNamed(const QVector<Contract>& contracts, const QString& text)
{
    const QString bare = SheetField::normalized(text);
    for (const Contract& c : contracts)
        if (c.id == text || SheetField::normalized(c.code) == bare || SheetField::normalized(c.name) == bare)
            return &c;
    return nullptr;
}

// The members of staff a sheet's value names: by id, or by name written any way.
QVector<const Staff*> staffNamed(const QVector<Staff>& staff, const QString& text)
{
    const QString bare = SheetField::normalized(text);
    QVector<const Staff*> found;
    for (const Staff& s : staff)
        if (s.id == text || SheetField::normalized(s.name) == bare)
            found << &s;
    return found;
}

// The records of one interchange list as the rows build them, with the row that gave each
// field of each record (a record two rows give is brought together).
struct Records {
    QString list;
    QJsonArray records;
    QHash<QString, qsizetype> indexOf;
    QVector<int> rows;                      // the row that first gave each record
    QVector<QHash<QString, int>> fieldRows; // the row that gave each field
};

// What a record is called in a message about two rows that give it differently.
QString recordName(const QString& list)
{
    if (list == QLatin1String("service_users"))
        return trSheet(QT_TRANSLATE_NOOP("SheetImport", "person"));
    if (list == QLatin1String("referrals"))
        return trSheet(QT_TRANSLATE_NOOP("SheetImport", "referral"));
    return trSheet(QT_TRANSLATE_NOOP("SheetImport", "support period"));
}

// Adds a record, or brings it together with the one of the same id an earlier row gave: a field
// one row leaves empty is taken from the other, and two different values are a problem.
void addRecord(Records& records, const QJsonObject& record, int row, QStringList& problems,
               const std::function<QString(const QString&, const QJsonValue&)>& shown)
{
    const QString id = record.value(QStringLiteral("id")).toString();
    QHash<QString, int> fieldRows;
    for (auto it = record.begin(); it != record.end(); ++it)
        fieldRows.insert(it.key(), row);
    const auto found = records.indexOf.constFind(id);
    if (found == records.indexOf.cend()) {
        records.indexOf.insert(id, records.records.size());
        records.records.append(record);
        records.rows << row;
        records.fieldRows << fieldRows;
        return;
    }
    QJsonObject kept = records.records.at(*found).toObject();
    QHash<QString, int>& keptRows = records.fieldRows[*found];
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QJsonValue before = kept.value(it.key());
        if (before.isUndefined() || before.isNull()) {
            kept.insert(it.key(), it.value());
            keptRows.insert(it.key(), row);
        } else if (before != it.value()) {
            const SheetField* field = SheetField::forInterchange(records.list, it.key());
            problems << trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                                  "row %1: the same %2 as row %3, but %4 is “%5” here and “%6” there"))
                            .arg(row)
                            .arg(recordName(records.list))
                            .arg(keptRows.value(it.key()))
                            .arg(field ? field->displayLabel() : it.key(), shown(it.key(), it.value()),
                                 shown(it.key(), before));
        }
    }
    records.records.replace(*found, kept);
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
        QList<qsizetype> found;
        for (qsizetype c = 0; c < headings.size(); ++c)
            if (headings.at(c).trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0)
                found << c;
        if (found.isEmpty())
            problems << trSheet(QT_TRANSLATE_NOOP("SheetImport", "row %1 has no heading “%2” (for %3)"))
                            .arg(mapping.headerRow)
                            .arg(it.value(), SheetField::find(it.key())->displayLabel());
        else if (found.size() > 1)
            problems << trSheet(QT_TRANSLATE_NOOP(
                                    "SheetImport",
                                    "row %1 has the heading “%2” over more than one column (%3): give each its own"))
                            .arg(mapping.headerRow)
                            .arg(it.value(), SheetTable::columnName(found.at(0)) + QStringLiteral(", ") +
                                                 SheetTable::columnName(found.at(1)));
        else
            columns.insert(it.key(), found.first());
    }
    if (!problems.isEmpty())
        return Error{trSheet(QT_TRANSLATE_NOOP("SheetImport", "The mapping names columns the sheet does not have.")),
                     problems};
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
            out.problems << trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                                      "No column is mapped to %1, which every person needs."))
                                .arg(field.displayLabel());

    const auto findContract = [&](const QString& text) { return contractNamed(contracts, text); };
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
            out.problems << trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                                      "contract: there is no contract “%1” (the contracts are %2)"))
                                .arg(mapping.contract, contractList());
    }
    if (!out.problems.isEmpty())
        return out;

    const auto headingOf = [&](const SheetField& field) {
        return trSheet(QT_TRANSLATE_NOOP("SheetImport", "“%1” (column %2)"))
            .arg(mapping.columns.value(field.key), SheetTable::columnName(columns.value(field.key)));
    };
    // A value as a message shows it: a member of staff or a contract by name, not by id.
    const auto shown = [&](const QString& interchangeField, const QJsonValue& value) {
        const QString text = value.toVariant().toString();
        if (interchangeField == QLatin1String("key_worker_id"))
            for (const Staff& s : staff)
                if (s.id == text)
                    return s.name;
        if (interchangeField == QLatin1String("contract_id"))
            for (const Contract& c : contracts)
                if (c.id == text)
                    return c.code;
        return text;
    };
    Records people{QStringLiteral("service_users"), {}, {}, {}, {}};
    Records referrals{QStringLiteral("referrals"), {}, {}, {}, {}};
    Records periods{QStringLiteral("support_periods"), {}, {}, {}, {}};
    // People told apart by name alone (no reference, no date of birth), and the row naming each.
    QHash<QString, int> nameOnly;
    int firstContactsFromStart = 0;
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
        QString rowContract;
        bool rowOk = true;
        const auto problem = [&](const SheetField& field, const QString& message) {
            out.problems << trSheet(QT_TRANSLATE_NOOP("SheetImport", "row %1, %2: %3"))
                                .arg(rowNumber)
                                .arg(headingOf(field), message);
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
                value = field.field.endsWith(QLatin1String("_at"))
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
                            trSheet(QT_TRANSLATE_NOOP(
                                        "SheetImport",
                                        "“%1” is not one of the answers Waymark records for %2: map it to one in "
                                        "the values (%3)"))
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
                    problem(field, trSheet(QT_TRANSLATE_NOOP("SheetImport", "“%1” is neither yes nor no")).arg(text));
                    continue;
                }
                value = *answer;
                break;
            }
            case SheetField::Kind::Staff: {
                const QString mapped = mappedValue(mapping, field.key, text);
                const QString wanted = mapped.isEmpty() ? text : mapped;
                const QVector<const Staff*> found = staffNamed(staff, wanted);
                if (found.isEmpty()) {
                    problem(field, trSheet(QT_TRANSLATE_NOOP(
                                               "SheetImport",
                                               "no member of staff is called “%1”: add them in Admin first, or map the "
                                               "name to one who is"))
                                       .arg(wanted));
                    continue;
                }
                if (found.size() > 1) {
                    problem(field, trSheet(QT_TRANSLATE_NOOP(
                                               "SheetImport",
                                               "more than one member of staff is called “%1”: map the name to one of "
                                               "them by their id in the values"))
                                       .arg(wanted));
                    continue;
                }
                value = found.first()->id;
                break;
            }
            case SheetField::Kind::Contract: {
                const QString mapped = mappedValue(mapping, field.key, text);
                const Contract* found = findContract(mapped.isEmpty() ? text : mapped);
                if (!found) {
                    problem(field, trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                                             "there is no contract “%1” (the contracts are %2)"))
                                       .arg(mapped.isEmpty() ? text : mapped, contractList()));
                    continue;
                }
                // Kept apart: a contract alone says under what, not that support started.
                rowContract = found->id;
                continue;
            }
            }
            QJsonObject& record = field.record == SheetField::Record::Person     ? person
                                  : field.record == SheetField::Record::Referral ? referral
                                                                                 : period;
            record.insert(field.field, value);
        }
        if (!rowOk)
            continue;

        // Who the row is about: the sheet's reference for them (within the mapping's scope for
        // references), or their name and date of birth.
        const QString reference = cells.value(QStringLiteral("reference"));
        const QString born = person.value(QStringLiteral("date_of_birth")).toString();
        const QString name = SheetField::normalized(cells.value(QStringLiteral("given_name"))) + QLatin1Char('|') +
                             SheetField::normalized(cells.value(QStringLiteral("family_name")));
        const QString personId =
            stableId(reference.isEmpty() ? QStringLiteral("person:%1|%2").arg(name, born)
                                         : QStringLiteral("reference:%1|%2").arg(mapping.referenceScope, reference));
        if (reference.isEmpty() && born.isEmpty()) {
            if (const auto earlier = nameOnly.constFind(name); earlier != nameOnly.cend()) {
                out.problems << trSheet(
                                    QT_TRANSLATE_NOOP(
                                        "SheetImport",
                                        "row %1: rows %2 and %1 both name %3 %4, with no reference or date of birth "
                                        "to tell whether they are one person: give a date of birth, or a reference "
                                        "column"))
                                    .arg(rowNumber)
                                    .arg(*earlier)
                                    .arg(cells.value(QStringLiteral("given_name")),
                                         cells.value(QStringLiteral("family_name")));
                continue;
            }
            nameOnly.insert(name, rowNumber);
        }
        person.insert(QStringLiteral("id"), personId);
        addRecord(people, person, rowNumber, out.problems, shown);

        if (referral.isEmpty() && period.isEmpty())
            continue;
        QString contractId = rowContract;
        if (contractId.isEmpty() && everyRow)
            contractId = everyRow->id;
        if (contractId.isEmpty()) {
            out.problems << trSheet(QT_TRANSLATE_NOOP(
                                        "SheetImport",
                                        "row %1: which contract is this person's referral or support under? Map a "
                                        "column to Contract, or choose one contract for every row"))
                                .arg(rowNumber);
            continue;
        }
        const QString start = period.value(QStringLiteral("start_date")).toString();
        if (!period.isEmpty() && start.isEmpty()) {
            // Which of the period's fields the row gives, to say why a start is needed.
            QStringList given;
            for (const SheetField& field : SheetField::all())
                if (field.record == SheetField::Record::SupportPeriod && period.contains(field.field))
                    given << field.displayLabel();
            out.problems << trSheet(QT_TRANSLATE_NOOP(
                                        "SheetImport",
                                        "row %1: %2 is empty, but the row gives %3 of a support period: give the date "
                                        "support started, or leave those empty for a referral still waiting"))
                                .arg(rowNumber)
                                .arg(SheetField::find(QStringLiteral("start_date"))->displayLabel(),
                                     given.join(QStringLiteral(", ")));
            continue;
        }
        const bool supported = !start.isEmpty();
        const QString startMoment =
            supported ? LocalTime::isoDateTimeUtc(LocalTime::fromLondon(LocalTime::parseIsoDate(start), QTime(0, 0)))
                      : QString();
        // A period with no referral date was referred the day support started.
        if (!referral.contains(QStringLiteral("received_at")) && supported)
            referral.insert(QStringLiteral("received_at"), startMoment);
        const QString received = referral.value(QStringLiteral("received_at")).toString();
        if (received.isEmpty()) {
            out.problems << trSheet(QT_TRANSLATE_NOOP("SheetImport", "row %1: %2 is needed for a referral"))
                                .arg(rowNumber)
                                .arg(SheetField::find(QStringLiteral("referral_date"))->displayLabel());
            continue;
        }
        const QString referralId = stableId(QStringLiteral("referral:%1|%2|%3").arg(personId, contractId, received));
        referral.insert(QStringLiteral("id"), referralId);
        referral.insert(QStringLiteral("service_user_id"), personId);
        referral.insert(QStringLiteral("contract_id"), contractId);
        if (supported) {
            referral.insert(QStringLiteral("decision"), QStringLiteral("accepted"));
            referral.insert(QStringLiteral("decided_on"), start);
            // Someone whose support started was contacted by then; without a column saying when,
            // the day support started is taken (and the check says so), rather than leaving every
            // such referral on the Today list as a first contact overdue.
            if (!referral.contains(QStringLiteral("first_contact_at"))) {
                referral.insert(QStringLiteral("first_contact_at"), startMoment);
                ++firstContactsFromStart;
            }
        } else {
            referral.insert(QStringLiteral("decision"), QStringLiteral("pending"));
        }
        addRecord(referrals, referral, rowNumber, out.problems, shown);
        if (supported) {
            period.insert(QStringLiteral("id"),
                          stableId(QStringLiteral("period:%1|%2|%3").arg(personId, contractId, start)));
            period.insert(QStringLiteral("service_user_id"), personId);
            period.insert(QStringLiteral("contract_id"), contractId);
            period.insert(QStringLiteral("referral_id"), referralId);
            addRecord(periods, period, rowNumber, out.problems, shown);
        }
    }
    if (firstContactsFromStart > 0)
        out.notices << trSheet(
                           QT_TRANSLATE_NOOP(
                               "SheetImport",
                               "%1 referrals whose support started have no first contact date in the sheet: each is "
                               "recorded as first contacted on the day support started."))
                           .arg(firstContactsFromStart);
    out.document = QJsonObject{{QStringLiteral("format"), QStringLiteral("waymark")},
                               {QStringLiteral("version"), InterchangeSchema::FormatVersion}};
    for (const Records* records : {&people, &referrals, &periods}) {
        out.document.insert(records->list, records->records);
        out.rowOf.insert(records->list, records->rows);
        out.fieldRows.insert(records->list, records->fieldRows);
    }
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
    const QString list = m.captured(1);
    const QVector<int> rows = conversion.rowOf.value(list);
    const qsizetype index = m.captured(2).toLongLong();
    if (index < 0 || index >= rows.size())
        return importerProblem;
    // The row that gave the field, where rows naming the same record were brought together.
    const int row = conversion.fieldRows.value(list).value(index).value(m.captured(3), rows.at(index));
    const SheetField* field = SheetField::forInterchange(list, m.captured(3));
    if (!field)
        return trSheet(QT_TRANSLATE_NOOP("SheetImport", "row %1: %2")).arg(row).arg(m.captured(4));
    const Result<QHash<QString, qsizetype>> columns = columnsOf(table, mapping);
    if (!columns || !columns.value().contains(field->key))
        return trSheet(QT_TRANSLATE_NOOP("SheetImport", "row %1, %2: %3"))
            .arg(row)
            .arg(field->displayLabel(), m.captured(4));
    return trSheet(QT_TRANSLATE_NOOP("SheetImport", "row %1, “%2” (column %3): %4"))
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
    switch (field->kind) {
    case SheetField::Kind::Code:
        return SheetMapping::guessCode(field->codeList, value);
    case SheetField::Kind::YesNo:
        if (const std::optional<bool> answer = yesNo(value))
            return *answer ? QStringLiteral("yes") : QStringLiteral("no");
        return {};
    case SheetField::Kind::Staff: {
        const QVector<const Staff*> found = staffNamed(staff, value);
        return found.isEmpty() ? QString() : found.first()->name;
    }
    case SheetField::Kind::Contract: {
        const Contract* found = contractNamed(contracts, value);
        return found ? found->code : QString();
    }
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

Status SheetImport::leaveWhatIsThereAsItIs()
{
    const QString peopleList = QStringLiteral("service_users");
    const QString referralList = QStringLiteral("referrals");
    const QString periodList = QStringLiteral("support_periods");
    RecordStore store(m_database);
    Result<QSet<QString>> people = store.allIds(peopleList);
    Result<QSet<QString>> livePeople = store.liveIds(peopleList);
    Result<QSet<QString>> storedReferrals = store.allIds(referralList);
    Result<QSet<QString>> storedPeriods = store.allIds(periodList);
    for (const auto* read : {&people, &livePeople, &storedReferrals, &storedPeriods})
        if (!*read)
            return read->error();
    const QJsonArray sheetPeople = m_conversion.document.value(peopleList).toArray();
    QStringList known;
    for (const QJsonValue& p : sheetPeople)
        if (const QString id = p[QStringLiteral("id")].toString(); livePeople->contains(id))
            known << id;
    Result<QVector<ServiceUser>> stored = ServiceUserRepository(m_database).findMany(known);
    if (!stored)
        return stored.error();
    QHash<QString, ServiceUser> storedById;
    for (const ServiceUser& p : stored.value())
        storedById.insert(p.id, p);

    QSet<QString> leftAsTheyAre, deleted;
    const QVector<int> personRows = m_conversion.rowOf.value(peopleList);
    for (qsizetype i = 0; i < sheetPeople.size(); ++i) {
        const QJsonObject p = sheetPeople.at(i).toObject();
        const QString id = p.value(QStringLiteral("id")).toString();
        if (!people->contains(id))
            continue;
        if (!livePeople->contains(id)) {
            deleted.insert(id);
            continue;
        }
        // The same reference must name the same person: a reference another sheet used for
        // someone else is refused, not taken to be them.
        const ServiceUser& there = storedById[id];
        const QString born = p.value(QStringLiteral("date_of_birth")).toString();
        const bool sameName = SheetField::normalized(there.givenName) ==
                                  SheetField::normalized(p.value(QStringLiteral("given_name")).toString()) &&
                              SheetField::normalized(there.familyName) ==
                                  SheetField::normalized(p.value(QStringLiteral("family_name")).toString());
        const bool sameBirth =
            born.isEmpty() || !there.dateOfBirth.isValid() || LocalTime::isoDate(there.dateOfBirth) == born;
        if (!sameName || !sameBirth) {
            m_conversion.problems
                << trSheet(
                       QT_TRANSLATE_NOOP(
                           "SheetImport",
                           "row %1: its reference is taken by someone already in Waymark, %2 %3%4, who is not "
                           "%5 %6: if this sheet numbers people apart from the sheet that person came from, give its "
                           "references a scope of their own, such as the team's name (\u201cReferences are unique "
                           "within\u201d, or reference_scope in a mapping file)"))
                       .arg(personRows.value(i))
                       .arg(there.givenName, there.familyName,
                            there.dateOfBirth.isValid() ? trSheet(QT_TRANSLATE_NOOP("SheetImport", " (born %1)"))
                                                              .arg(LocalTime::formatDate(there.dateOfBirth))
                                                        : QString(),
                            p.value(QStringLiteral("given_name")).toString(),
                            p.value(QStringLiteral("family_name")).toString());
            continue;
        }
        leftAsTheyAre.insert(id);
    }
    // Keeps the records of a list that `keep` says to, with the rows they came from.
    const auto keepOnly = [this](const QString& list, const std::function<bool(const QJsonObject&)>& keep) {
        const QJsonArray records = m_conversion.document.value(list).toArray();
        const QVector<int> rows = m_conversion.rowOf.value(list);
        const QVector<QHash<QString, int>> fieldRows = m_conversion.fieldRows.value(list);
        QJsonArray kept;
        QVector<int> keptRows;
        QVector<QHash<QString, int>> keptFieldRows;
        int left = 0;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (!keep(records.at(i).toObject())) {
                ++left;
                continue;
            }
            kept.append(records.at(i));
            keptRows << rows.value(i);
            keptFieldRows << fieldRows.value(i);
        }
        m_conversion.document.insert(list, kept);
        m_conversion.rowOf.insert(list, keptRows);
        m_conversion.fieldRows.insert(list, keptFieldRows);
        return left;
    };
    const auto ofDeleted = [&](const QJsonObject& r) {
        return deleted.contains(r.value(QStringLiteral("service_user_id")).toString());
    };
    const int keptPeople = keepOnly(peopleList, [&](const QJsonObject& p) {
        const QString id = p.value(QStringLiteral("id")).toString();
        return !leftAsTheyAre.contains(id) && !deleted.contains(id);
    });
    const int keptReferrals = keepOnly(referralList, [&](const QJsonObject& r) {
        return !storedReferrals->contains(r.value(QStringLiteral("id")).toString()) && !ofDeleted(r);
    });
    const int keptPeriods = keepOnly(periodList, [&](const QJsonObject& r) {
        return !storedPeriods->contains(r.value(QStringLiteral("id")).toString()) && !ofDeleted(r);
    });
    if (keptPeople + keptReferrals + keptPeriods > int(deleted.size()))
        m_conversion.notices
            << trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                         "Already in Waymark, and left as they are there: %1 people, %2 referrals and "
                                         "%3 support periods. The sheet adds what is new; it does not change what "
                                         "Waymark holds."))
                   .arg(leftAsTheyAre.size())
                   .arg(keptReferrals)
                   .arg(keptPeriods);
    if (!deleted.isEmpty())
        m_conversion.notices
            << trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                         "%1 people in the sheet were deleted in Waymark and are left out, with their "
                                         "referrals and support; restore them in Admin > Deleted records first to "
                                         "bring them in."))
                   .arg(deleted.size());
    return {};
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
    if (table.rows.isEmpty())
        return Error{
            trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                      "%1 is empty: is it the file the caseload was saved in? Nothing was changed."))
                .arg(sourceName),
            {}};
    m_conversion = convert(table, mapping, staff.value(), contracts.value());
    // A date of birth after today cannot be right (a slip such as 2980 for 1980), whatever else
    // a sheet's history holds.
    const QString today = LocalTime::isoDate(LocalTime::londonDate(m_clock.now()));
    const QJsonArray sheetPeople = m_conversion.document.value(QStringLiteral("service_users")).toArray();
    for (qsizetype i = 0; i < sheetPeople.size(); ++i)
        if (sheetPeople.at(i)[QStringLiteral("date_of_birth")].toString() > today)
            m_conversion.problems << rowProblem(
                QStringLiteral("service_users[%1].date_of_birth: %2")
                    .arg(i)
                    .arg(trSheet(QT_TRANSLATE_NOOP("SheetImport", "is after today, so cannot be a date of birth"))),
                m_conversion, table, mapping);
    if (m_conversion.rows == 0 && m_conversion.problems.isEmpty())
        return Error{
            trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                      "%1 has no rows of people below its headings (row %2). Nothing was changed."))
                .arg(sourceName)
                .arg(mapping.headerRow),
            {}};
    if (Status s = leaveWhatIsThereAsItIs(); !s)
        return s.error();
    // The rows that could be read are checked as the import would check them even when others
    // could not, so that every problem in the sheet is listed at once.
    QStringList problems = m_conversion.problems;
    const bool convertedWhole = problems.isEmpty();
    Importer importer(m_database, m_clock);
    importer.setCheckOnly(checkOnly || !convertedWhole);
    importer.setStopWhen(m_stop);
    if (m_bulkFrom > 0)
        importer.setBulkFrom(m_bulkFrom);
    Result<ImportSummary> summary =
        m_conversion.rows > 0 ? importer.importObject(m_conversion.document, sourceName, actor) : ImportSummary();
    if (!summary && summary.error().details.isEmpty() && !convertedWhole)
        problems << summary.error().message; // the database's refusal, beside the rows' problems
    if (!summary)
        for (const QString& problem : summary.error().details)
            problems << rowProblem(problem, m_conversion, table, mapping);
    if (problems.isEmpty())
        return summary;
    return Error{problems.size() == 1
                     ? trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                                 "%1 was not imported: 1 problem was found. Nothing was changed."))
                           .arg(sourceName)
                     : trSheet(QT_TRANSLATE_NOOP("SheetImport",
                                                 "%1 was not imported: %2 problems were found. Nothing was changed."))
                           .arg(sourceName)
                           .arg(problems.size()),
                 problems};
}

} // namespace waymark
