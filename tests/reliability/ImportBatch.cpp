#include "tests/reliability/ImportBatch.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace waymark::reliability {

namespace {

// Records per person: the person, their referral, support period, appointment and note.
constexpr int RecordsPerPerson = 5;

} // namespace

ImportBatch::ImportBatch(QString name, int people)
    : m_name(std::move(name))
    , m_people(people) {}

int ImportBatch::recordCount() const {
    return 1 + RecordsPerPerson * m_people;
}

QStringList ImportBatch::tables() {
    return {QStringLiteral("staff"),        QStringLiteral("service_users"),
            QStringLiteral("referrals"),    QStringLiteral("support_periods"),
            QStringLiteral("appointments"), QStringLiteral("notes")};
}

QString ImportBatch::idPattern() const {
    return m_name + QStringLiteral("-*");
}

QJsonObject ImportBatch::document() const {
    const QString worker = m_name + QStringLiteral("-kw");
    QJsonArray people;
    QJsonArray referrals;
    QJsonArray periods;
    QJsonArray appointments;
    QJsonArray notes;
    for (int i = 0; i < m_people; ++i) {
        const QString id = QStringLiteral("%1-%2").arg(m_name).arg(i);
        const QString person = id + QStringLiteral("-su");
        const QString referral = id + QStringLiteral("-ref");
        const QString period = id + QStringLiteral("-sp");
        // Long enough text that a batch spans many database pages, as a real caseload does.
        people.append(QJsonObject{
            {QStringLiteral("id"), person},
            {QStringLiteral("given_name"), QStringLiteral("Reliability")},
            {QStringLiteral("family_name"), QStringLiteral("Person %1").arg(i)},
            {QStringLiteral("date_of_birth"),
             QStringLiteral("1984-02-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("gender"), QStringLiteral("prefer_not_to_say")},
            {QStringLiteral("address"), QStringLiteral("%1 Test Street, Grays").arg(i + 1)},
            {QStringLiteral("gp_registered"), QStringLiteral("unknown")}});
        referrals.append(QJsonObject{
            {QStringLiteral("id"), referral},
            {QStringLiteral("service_user_id"), person},
            {QStringLiteral("contract_id"), QStringLiteral("thurrock-fs")},
            {QStringLiteral("received_at"), QStringLiteral("2026-04-01T10:00:00Z")},
            {QStringLiteral("source"), QStringLiteral("self")},
            {QStringLiteral("consent"), true},
            {QStringLiteral("first_contact_at"), QStringLiteral("2026-04-02T10:00:00Z")},
            {QStringLiteral("decision"), QStringLiteral("accepted")},
            {QStringLiteral("decided_on"), QStringLiteral("2026-04-03")}});
        periods.append(QJsonObject{{QStringLiteral("id"), period},
                                   {QStringLiteral("service_user_id"), person},
                                   {QStringLiteral("contract_id"), QStringLiteral("thurrock-fs")},
                                   {QStringLiteral("referral_id"), referral},
                                   {QStringLiteral("key_worker_id"), worker},
                                   {QStringLiteral("start_date"), QStringLiteral("2026-04-03")}});
        appointments.append(
            QJsonObject{{QStringLiteral("id"), id + QStringLiteral("-ap")},
                        {QStringLiteral("support_period_id"), period},
                        {QStringLiteral("staff_id"), worker},
                        {QStringLiteral("starts_at"), QStringLiteral("2026-06-29T09:30:00Z")},
                        {QStringLiteral("duration_minutes"), 60},
                        {QStringLiteral("kind"), QStringLiteral("home_visit")},
                        {QStringLiteral("status"), QStringLiteral("attended")}});
        notes.append(QJsonObject{
            {QStringLiteral("id"), id + QStringLiteral("-no")},
            {QStringLiteral("support_period_id"), period},
            {QStringLiteral("written_at"), QStringLiteral("2026-06-29T11:00:00Z")},
            {QStringLiteral("author_id"), worker},
            {QStringLiteral("text"), QStringLiteral("Home visit %1 of batch %2: talked through the "
                                                    "tenancy letter and the next appointment.")
                                         .arg(i)
                                         .arg(m_name)}});
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("waymark")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), QStringLiteral("2026-07-01T09:00:00Z")},
        {QStringLiteral("staff"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), worker},
                         {QStringLiteral("name"), QStringLiteral("Worker of %1").arg(m_name)},
                         {QStringLiteral("role"), QStringLiteral("key_worker")},
                         {QStringLiteral("active"), true}}}},
        {QStringLiteral("service_users"), people},
        {QStringLiteral("referrals"), referrals},
        {QStringLiteral("support_periods"), periods},
        {QStringLiteral("appointments"), appointments},
        {QStringLiteral("notes"), notes},
    };
}

QByteArray ImportBatch::json() const {
    return QJsonDocument(document()).toJson(QJsonDocument::Compact);
}

} // namespace waymark::reliability
