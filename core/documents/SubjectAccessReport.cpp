#include "core/documents/SubjectAccessReport.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/InterchangeSchema.h"
#include "core/rules/Redaction.h"
#include "core/storage/MetaRepository.h"
#include "core/storage/Repositories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace waymark {

namespace {

// Lists about the service rather than the person: not redacted, not shown.
bool isAboutTheService(const QString& list)
{
    return list == QLatin1String("staff") || list == QLatin1String("contracts") || list == QLatin1String("star_templates");
}

// Where another person's name may have been written: free text, never a key, a code, a
// postcode or a number (which redaction would only damage).
bool holdsFreeText(const QString& list, const FieldSpec& field)
{
    if (list == QLatin1String("service_users"))
        return false; // the person's own details
    if (field.key == QLatin1String("id") || field.key.endsWith(QLatin1String("_id")))
        return false;
    return field.kind == FieldKind::String || field.kind == FieldKind::StringList || field.kind == FieldKind::NeedMap
           || field.kind == FieldKind::NoteMap;
}

QJsonValue redactValue(const QJsonValue& value, const QSet<QString>& names, int& removed)
{
    if (value.isString()) {
        const QString after = Redaction::redact(value.toString(), names);
        removed += int(after.count(Redaction::replacement()) - value.toString().count(Redaction::replacement()));
        return after;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out << redactValue(v, names, removed);
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), redactValue(it.value(), names, removed));
        return out;
    }
    return value;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// "support_periods" -> "Support periods"
QString humanised(const QString& key)
{
    static const QHash<QString, const char*> named = {
        {QStringLiteral("service_users"), QT_TRANSLATE_NOOP("SubjectAccessReport", "About you")},
        {QStringLiteral("nhs_number"), QT_TRANSLATE_NOOP("SubjectAccessReport", "NHS number")},
        {QStringLiteral("gp_registered"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Registered with a GP")},
        {QStringLiteral("cpa"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Care Programme Approach")},
    };
    if (const auto it = named.constFind(key); it != named.constEnd())
        return QCoreApplication::translate("SubjectAccessReport", it.value());
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

} // namespace

SubjectAccessReport::SubjectAccessReport(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<SubjectAccessReport::Answer> SubjectAccessReport::build(const QString& serviceUserId)
{
    Repositories repos(m_database);
    Result<std::optional<ServiceUser>> person = repos.serviceUsers.find(serviceUserId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return Error{QObject::tr("No one with id \"%1\" is on record.").arg(serviceUserId), {}};
    Result<QJsonObject> exported = Exporter(m_database, m_clock).exportServiceUser(serviceUserId);
    if (!exported)
        return exported.error();
    Result<QVector<ServiceUser>> everyone = repos.serviceUsers.all();
    if (!everyone)
        return everyone.error();
    QStringList others;
    for (const ServiceUser& p : everyone.value())
        if (p.id != serviceUserId)
            others << p.givenName + QLatin1Char(' ') + p.familyName + QLatin1Char(' ') + p.preferredName;
    const ServiceUser& me = **person;
    const QSet<QString> names = Redaction::namesToRemove(others, {me.givenName, me.familyName, me.preferredName});

    Answer answer;
    QJsonObject document = exported.value();
    for (const KindSpec& kind : InterchangeSchema::kinds()) {
        if (isAboutTheService(kind.list) || !document.contains(kind.list))
            continue;
        QJsonArray rows;
        for (const QJsonValue& row : document.value(kind.list).toArray()) {
            QJsonObject record = row.toObject();
            for (const FieldSpec& field : kind.fields)
                if (holdsFreeText(kind.list, field) && record.contains(field.key))
                    record.insert(field.key, redactValue(record.value(field.key), names, answer.namesRemoved));
            rows << record;
        }
        document.insert(kind.list, rows);
    }
    answer.document = document;

    // The readable copy: every list about the person, each record as a table of its fields.
    QHash<QString, QString> staffNames;
    if (Result<QVector<Staff>> staff = repos.staff.all())
        for (const Staff& s : staff.value())
            staffNames.insert(s.id, s.name);
    QHash<QString, QString> contractNames;
    if (Result<QVector<Contract>> contracts = repos.contracts.all())
        for (const Contract& c : contracts.value())
            contractNames.insert(c.id, c.name);
    auto shown = [&](const FieldSpec& field, const QJsonValue& value) -> QString {
        if (value.isNull() || value.isUndefined())
            return {};
        switch (field.kind) {
        case FieldKind::Code:
            return ReferenceCodes::list(field.codeList).displayLabel(value.toString());
        case FieldKind::Reference:
            if (field.refList == QLatin1String("staff"))
                return staffNames.value(value.toString());
            if (field.refList == QLatin1String("contracts"))
                return contractNames.value(value.toString());
            return {}; // an internal id means nothing to the reader
        case FieldKind::Date:
            return LocalTime::formatDate(QDate::fromString(value.toString(), Qt::ISODate));
        case FieldKind::DateTime:
            return LocalTime::formatDateTime(LocalTime::parseIsoDateTimeUtc(value.toString()));
        case FieldKind::Boolean:
            return value.toBool() ? QObject::tr("Yes") : QObject::tr("No");
        case FieldKind::Integer:
        case FieldKind::Number:
            return QString::number(value.toDouble());
        case FieldKind::StringList: {
            QStringList items;
            for (const QJsonValue& v : value.toArray())
                items << v.toString();
            return items.join(QStringLiteral("; "));
        }
        case FieldKind::NeedMap:
        case FieldKind::ScoreMap:
        case FieldKind::NoteMap: {
            QStringList lines;
            const QJsonObject map = value.toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                lines << humanised(it.key()) + QStringLiteral(": ") + it.value().toVariant().toString();
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return value.toVariant().toString();
        }
    };
    QString html;
    html += QStringLiteral("<h1 style=\"font-size: 18pt;\">%1</h1>").arg(esc(QObject::tr("The records we hold about you")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(QObject::tr("This is everything recorded about %1, as asked for under the UK GDPR (a subject access "
                                     "request). Where a record mentioned someone else who uses the service, their name "
                                     "is shown as %2.")
                             .arg(PersonName::display(me.givenName, me.familyName, me.preferredName), Redaction::replacement())));
    for (const KindSpec& kind : InterchangeSchema::kinds()) {
        if (isAboutTheService(kind.list))
            continue;
        const QJsonArray rows = document.value(kind.list).toArray();
        if (rows.isEmpty())
            continue;
        html += QStringLiteral("<h2 style=\"font-size: 13pt; margin-top: 14px;\">%1 (%2)</h2>")
                    .arg(esc(humanised(kind.list)))
                    .arg(rows.size());
        for (const QJsonValue& row : rows) {
            html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\" "
                                   "style=\"border-collapse: collapse; margin-bottom: 8px;\">");
            const QJsonObject record = row.toObject();
            for (const FieldSpec& field : kind.fields) {
                if (field.key == QLatin1String("id"))
                    continue; // an internal key means nothing to the reader
                const QString value = shown(field, record.value(field.key));
                if (value.isEmpty())
                    continue;
                html += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                            .arg(esc(humanised(field.key).remove(QRegularExpression(QStringLiteral(" id$")))), esc(value));
            }
            html += QStringLiteral("</table>");
        }
    }
    const QJsonArray log = document.value(QStringLiteral("x_access_log")).toArray();
    html += QStringLiteral("<h2 style=\"font-size: 13pt; margin-top: 14px;\">%1</h2>").arg(esc(QObject::tr("Who has looked at your records")));
    if (log.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(QObject::tr("Nobody has opened, printed or exported your records in Waymark.")));
    else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\" style=\"border-collapse: collapse;\">"
                               "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(esc(QObject::tr("When")), esc(QObject::tr("Who")), esc(QObject::tr("What")));
        for (const QJsonValue& v : log) {
            const QJsonObject e = v.toObject();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(LocalTime::formatDateTime(LocalTime::parseIsoDateTimeUtc(e.value(QStringLiteral("at")).toString()))),
                             esc(e.value(QStringLiteral("by")).toString()), esc(e.value(QStringLiteral("action")).toString()));
        }
        html += QStringLiteral("</table>");
    }

    PrintedForm& form = answer.form;
    form.title = QObject::tr("Subject access request");
    if (Result<QString> organisation = repos.meta.value(QString::fromLatin1(MetaRepository::Organisation)))
        form.organisation = organisation.value();
    form.person = PersonName::display(me.givenName, me.familyName, me.preferredName);
    form.produced = LocalTime::londonDate(m_clock.now());
    form.bodyHtml = html;
    QString stem = (me.givenName + QLatin1Char('-') + me.familyName).trimmed();
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("-"));
    form.fileStem = QStringLiteral("subject-access-") + stem;
    return answer;
}

} // namespace waymark
