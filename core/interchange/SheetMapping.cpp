#include "core/interchange/SheetMapping.h"

#include "core/domain/ReferenceCodes.h"
#include "core/interchange/SheetField.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace waymark {

namespace {

QString trMapping(const char* text)
{
    return QCoreApplication::translate("SheetMapping", text);
}

} // namespace

Result<SheetMapping> SheetMapping::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{
            trMapping(QT_TRANSLATE_NOOP("SheetMapping", "%1 is not a mapping: %2"))
                .arg(sourceName, parseError.error != QJsonParseError::NoError
                                     ? parseError.errorString()
                                     : trMapping(QT_TRANSLATE_NOOP("SheetMapping", "it must be one JSON object"))),
            {}};
    const QJsonObject root = document.object();
    SheetMapping mapping;
    QStringList problems;
    const QStringList known = {u"sheet"_qs,    u"header_row"_qs, u"delimiter"_qs,
                               u"encoding"_qs, u"date_order"_qs, u"contract"_qs,
                               u"columns"_qs,  u"values"_qs,     u"reference_scope"_qs};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!known.contains(it.key()) && !it.key().startsWith(QLatin1String("x_")))
            problems << trMapping(QT_TRANSLATE_NOOP("SheetMapping", "%1: is not a key of a mapping (%2)"))
                            .arg(it.key(), known.join(QStringLiteral(", ")));
    const auto text = [&](const char* key, QString& into) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString())
            problems << trMapping(QT_TRANSLATE_NOOP("SheetMapping", "%1: must be text")).arg(QLatin1String(key));
        else
            into = value.toString();
    };
    text("sheet", mapping.sheet);
    text("contract", mapping.contract);
    text("reference_scope", mapping.referenceScope);
    QString encoding, delimiter, dateOrder;
    text("encoding", encoding);
    text("delimiter", delimiter);
    text("date_order", dateOrder);
    mapping.encoding = encoding.toLatin1();
    if (delimiter == QLatin1String("\\t") || delimiter == QLatin1String("tab"))
        delimiter = QStringLiteral("\t");
    if (!delimiter.isEmpty() && (delimiter.size() != 1 || delimiter.at(0).unicode() > 127))
        problems << trMapping(QT_TRANSLATE_NOOP(
            "SheetMapping", "delimiter: must be one character, such as \",\" or \";\" (\"tab\" for a tab)"));
    else if (!delimiter.isEmpty())
        mapping.delimiter = char(delimiter.at(0).unicode());
    if (!dateOrder.isEmpty() && dateOrder != QLatin1String("dmy") && dateOrder != QLatin1String("mdy"))
        problems << trMapping(
            QT_TRANSLATE_NOOP("SheetMapping", "date_order: must be \"dmy\" (14/03/2026) or \"mdy\" (03/14/2026)"));
    mapping.monthFirst = dateOrder == QLatin1String("mdy");
    const QJsonValue headerRow = root.value(QLatin1String("header_row"));
    if (!headerRow.isUndefined() && (!headerRow.isDouble() || headerRow.toInt(-1) < 1))
        problems << trMapping(QT_TRANSLATE_NOOP("SheetMapping", "header_row: must be a row number, 1 or more"));
    else if (!headerRow.isUndefined())
        mapping.headerRow = headerRow.toInt();

    const QJsonValue columns = root.value(QLatin1String("columns"));
    if (!columns.isObject())
        problems << trMapping(QT_TRANSLATE_NOOP(
            "SheetMapping", "columns: is required: an object of field keys and the headings of their columns"));
    const QJsonObject columnObject = columns.toObject();
    for (auto it = columnObject.begin(); it != columnObject.end(); ++it) {
        if (!SheetField::find(it.key()))
            problems << trMapping(
                            QT_TRANSLATE_NOOP("SheetMapping", "columns.%1: is not a field that can be brought in"))
                            .arg(it.key());
        else if (!it.value().isString() || it->toString().trimmed().isEmpty())
            problems << trMapping(QT_TRANSLATE_NOOP("SheetMapping", "columns.%1: must be the heading of a column"))
                            .arg(it.key());
        else
            mapping.columns.insert(it.key(), it->toString());
    }
    const QJsonValue values = root.value(QLatin1String("values"));
    if (!values.isUndefined() && !values.isObject())
        problems << trMapping(QT_TRANSLATE_NOOP(
            "SheetMapping", "values: must be an object of field keys, each an object of values and codes"));
    const QJsonObject valueObject = values.toObject();
    for (auto it = valueObject.begin(); it != valueObject.end(); ++it) {
        const SheetField* field = SheetField::find(it.key());
        if (!field) {
            problems << trMapping(QT_TRANSLATE_NOOP("SheetMapping", "values.%1: is not a field that can be brought in"))
                            .arg(it.key());
            continue;
        }
        if (!it->isObject()) {
            problems << trMapping(
                            QT_TRANSLATE_NOOP("SheetMapping",
                                              "values.%1: must be an object of the sheet's values and what each means"))
                            .arg(it.key());
            continue;
        }
        const QJsonObject pairs = it->toObject();
        for (auto pair = pairs.begin(); pair != pairs.end(); ++pair) {
            const QString code = pair->toString();
            if (!pair->isString())
                problems << trMapping(QT_TRANSLATE_NOOP("SheetMapping", "values.%1.%2: must be text"))
                                .arg(it.key(), pair.key());
            else if (field->kind == SheetField::Kind::Code && !ReferenceCodes::list(field->codeList).contains(code))
                problems << trMapping(
                                QT_TRANSLATE_NOOP("SheetMapping", "values.%1.%2: “%3” is not one of the codes (%4)"))
                                .arg(it.key(), pair.key(), code,
                                     ReferenceCodes::list(field->codeList).allCodes().join(QStringLiteral(", ")));
            else
                mapping.values[it.key()].insert(pair.key(), code);
        }
    }
    if (!problems.isEmpty())
        return Error{problems.size() == 1
                         ? trMapping(QT_TRANSLATE_NOOP("SheetMapping", "%1 has a problem.")).arg(sourceName)
                         : trMapping(QT_TRANSLATE_NOOP("SheetMapping", "%1 has %2 problems."))
                               .arg(sourceName)
                               .arg(problems.size()),
                     problems};
    return mapping;
}

QJsonObject SheetMapping::toJson() const
{
    QJsonObject root;
    if (!sheet.isEmpty())
        root.insert(QStringLiteral("sheet"), sheet);
    root.insert(QStringLiteral("header_row"), headerRow);
    if (delimiter != 0)
        root.insert(QStringLiteral("delimiter"),
                    delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter)));
    if (!encoding.isEmpty())
        root.insert(QStringLiteral("encoding"), QString::fromLatin1(encoding));
    root.insert(QStringLiteral("date_order"), monthFirst ? QStringLiteral("mdy") : QStringLiteral("dmy"));
    if (!contract.isEmpty())
        root.insert(QStringLiteral("contract"), contract);
    if (!referenceScope.isEmpty())
        root.insert(QStringLiteral("reference_scope"), referenceScope);
    QJsonObject columnObject;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        columnObject.insert(it.key(), it.value());
    root.insert(QStringLiteral("columns"), columnObject);
    QJsonObject valueObject;
    for (auto it = values.begin(); it != values.end(); ++it) {
        QJsonObject pairs;
        for (auto pair = it->begin(); pair != it->end(); ++pair)
            pairs.insert(pair.key(), pair.value());
        if (!pairs.isEmpty())
            valueObject.insert(it.key(), pairs);
    }
    if (!valueObject.isEmpty())
        root.insert(QStringLiteral("values"), valueObject);
    return root;
}

QMap<QString, QString> SheetMapping::guessColumns(const QStringList& headings)
{
    QMap<QString, QString> guessed;
    QSet<QString> taken;
    // Exact headings first, over every column, so that "Referral source" is not taken by "source".
    for (const bool exact : {true, false}) {
        for (const QString& heading : headings) {
            const QString bare = SheetField::normalized(heading);
            if (bare.isEmpty() || guessed.contains(heading))
                continue;
            for (const SheetField& field : SheetField::all()) {
                if (taken.contains(field.key))
                    continue;
                const bool matches = std::any_of(field.headings.cbegin(), field.headings.cend(), [&](const QString& h) {
                    const QString known = SheetField::normalized(h);
                    // Loosely, a heading that starts with a known one of four letters or more
                    // ("Date of birth (dd/mm/yyyy)").
                    return exact ? known == bare : known.size() >= 4 && bare.startsWith(known);
                });
                if (matches) {
                    guessed.insert(heading, field.key);
                    taken.insert(field.key);
                    break;
                }
            }
        }
    }
    return guessed;
}

QString SheetMapping::guessCode(const QString& codeList, const QString& value)
{
    const QString bare = SheetField::normalized(value);
    if (bare.isEmpty())
        return {};
    const CodeList& list = ReferenceCodes::list(codeList);
    for (const Code& code : list.codes())
        if (SheetField::normalized(code.code) == bare || SheetField::normalized(code.label) == bare ||
            SheetField::normalized(list.displayLabel(code.code)) == bare)
            return code.code;
    // "Male" for male, "Self" for self-referral: a value that one label alone starts with.
    QString only;
    for (const Code& code : list.codes()) {
        if (bare.size() >= 3 && SheetField::normalized(code.label).startsWith(bare)) {
            if (!only.isEmpty())
                return {};
            only = code.code;
        }
    }
    return only;
}

} // namespace waymark
