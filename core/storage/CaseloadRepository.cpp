#include "core/storage/CaseloadRepository.h"

#include "core/domain/PersonName.h"
#include "core/storage/SqlValues.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace waymark {

namespace {

// The current period of the person `su.id`: the open one with the latest start, else the most
// recent. A correlated subquery (no window functions: the SQL must run on SQLite 3.15 and
// PostgreSQL alike).
const char* const CurrentPeriod =
    "SELECT p.id FROM support_periods p WHERE p.service_user_id = su.id AND p.deleted = 0 "
    "ORDER BY CASE WHEN p.end_date IS NULL THEN 1 ELSE 0 END DESC, p.start_date DESC, p.id DESC LIMIT 1";

// The text just past every text that begins with `initial`, in SQLite's order (by character);
// none past the last character.
std::optional<QString> pastInitial(const QString& initial)
{
    if (initial.isEmpty())
        return QString(QChar(1));
    char32_t after = initial.toUcs4().value(0) + 1;
    if (after >= 0xD800 && after <= 0xDFFF)
        after = 0xE000;
    if (after > 0x10FFFF)
        return std::nullopt;
    return QString::fromUcs4(&after, 1);
}

// Whether text beginning with `c` can be bound to SQLite and compared as it is stored: not a
// byte-order mark (SQLite takes one off the front of bound text), nor the replacement character
// (what bytes that are not UTF-8 are read as, so not what is stored).
bool searchableAsText(char32_t c)
{
    return c != 0xFEFF && c != 0xFFFE && c != 0xFFFD;
}

} // namespace

Result<QString> CaseloadRepository::currentKeyWorker(const QString& serviceUserId) const
{
    Result<QVector<QString>> found = fetch<QString>(
        QStringLiteral("SELECT sp.key_worker_id FROM service_users su JOIN support_periods sp ON sp.id = (") +
            QLatin1String(CurrentPeriod) + QStringLiteral(") WHERE su.id = ? AND su.deleted = 0"),
        {serviceUserId}, [](const SqlRow& q) { return q.value(0).toString(); });
    if (!found)
        return found.error();
    return found->isEmpty() ? QString() : found->first();
}

Result<QSet<QString>> CaseloadRepository::peopleOf(const QStringList& keyWorkerIds) const
{
    if (keyWorkerIds.isEmpty())
        return QSet<QString>();
    QStringList marks;
    QVariantList binds;
    for (const QString& id : keyWorkerIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    Result<QVector<QString>> found =
        fetch<QString>(QStringLiteral("SELECT su.id FROM service_users su JOIN support_periods sp ON sp.id = (") +
                           QLatin1String(CurrentPeriod) +
                           QStringLiteral(") WHERE sp.key_worker_id IN (%1)").arg(marks.join(QStringLiteral(", "))),
                       binds, [](const SqlRow& q) { return q.value(0).toString(); });
    if (!found)
        return found.error();
    return QSet<QString>(found->begin(), found->end());
}

Result<QVector<CaseloadEntry>> CaseloadRepository::wholeTeam() const
{
    // At a large provider's size (50,000 people, 100,000 periods) working out each person's
    // current period, contract, key worker and referrals in one statement costs a search of each
    // per person: seconds. Read as whole lists instead, each from one pass (the names and the
    // waiting referrals from indexes of their own), it is a fraction of that.
    struct Period {
        QString id;
        QString serviceUserId;
        QString startDate;
        QString endDate;
        QString keyWorkerId;
        QString contractId;
    };
    Result<QVector<Period>> periods =
        fetch<Period>(QStringLiteral("SELECT id, service_user_id, start_date, end_date, key_worker_id, contract_id "
                                     "FROM support_periods WHERE deleted = 0"),
                      {}, [](const SqlRow& q) {
                          return Period{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
                      });
    if (!periods)
        return periods.error();
    // Each person's current period by CurrentPeriod's order: open before ended, then the latest
    // start, then the greater id.
    const auto later = [](const Period& a, const Period& b) {
        const bool aOpen = a.endDate.isEmpty(), bOpen = b.endDate.isEmpty();
        if (aOpen != bOpen)
            return aOpen;
        if (a.startDate != b.startDate)
            return a.startDate > b.startDate;
        return a.id.toUtf8() > b.id.toUtf8(); // as SQLite compares text
    };
    QHash<QString, const Period*> current;
    current.reserve(periods->size());
    for (const Period& p : std::as_const(periods.value())) {
        const Period*& held = current[p.serviceUserId];
        if (!held || later(p, *held))
            held = &p;
    }
    QHash<QString, QString> contractNames, staffNames;
    Result<QVector<QPair<QString, QString>>> contracts =
        fetch<QPair<QString, QString>>(QStringLiteral("SELECT id, name FROM contracts"), {}, [](const SqlRow& q) {
            return qMakePair(q.value(0).toString(), q.value(1).toString());
        });
    Result<QVector<QPair<QString, QString>>> staff =
        fetch<QPair<QString, QString>>(QStringLiteral("SELECT id, name FROM staff"), {}, [](const SqlRow& q) {
            return qMakePair(q.value(0).toString(), q.value(1).toString());
        });
    Result<QVector<QString>> waiting = fetch<QString>(
        QStringLiteral("SELECT service_user_id FROM referrals WHERE decision = 'pending' AND deleted = 0"), {},
        [](const SqlRow& q) { return q.value(0).toString(); });
    if (!contracts || !staff || !waiting)
        return !contracts ? contracts.error() : !staff ? staff.error() : waiting.error();
    for (const auto& [id, name] : std::as_const(contracts.value()))
        contractNames.insert(id, name);
    for (const auto& [id, name] : std::as_const(staff.value()))
        staffNames.insert(id, name);
    const QSet<QString> hasWaitingReferral(waiting->begin(), waiting->end());
    // The people in the caseload's order, with their periods put beside them.
    return fetch<CaseloadEntry>(
        QStringLiteral("SELECT id, given_name, family_name, preferred_name FROM service_users WHERE deleted = 0 "
                       "ORDER BY family_name, given_name, id"),
        {}, [&](const SqlRow& q) {
            CaseloadEntry e;
            e.serviceUserId = q.value(0).toString();
            e.givenName = q.value(1).toString();
            e.familyName = q.value(2).toString();
            e.preferredName = q.value(3).toString();
            if (const Period* p = current.value(e.serviceUserId)) {
                e.supportPeriodId = p->id;
                e.startDate = LocalTime::parseIsoDate(p->startDate);
                e.endDate = LocalTime::parseIsoDate(p->endDate);
                e.keyWorkerId = p->keyWorkerId;
                e.contractName = contractNames.value(p->contractId);
                e.keyWorkerName = staffNames.value(p->keyWorkerId);
            }
            e.hasPendingReferral = hasWaitingReferral.contains(e.serviceUserId);
            return e;
        });
}

Result<QVector<CaseloadEntry>> CaseloadRepository::keyWorkersPeople(const QString& keyWorkerId) const
{
    // A key worker's caseload is filtered here, so nobody else's row is ever read. Found from the
    // key worker's periods, not by working out everyone's current period.
    return fetch<CaseloadEntry>(
        rowsWithCurrentPeriod(QStringLiteral("su.id IN (SELECT service_user_id FROM support_periods WHERE "
                                             "key_worker_id = ? AND deleted = 0) AND sp.key_worker_id = ? "
                                             "ORDER BY su.family_name, su.given_name, su.id")),
        {keyWorkerId, keyWorkerId}, entryFrom);
}

QString CaseloadRepository::rowsWithCurrentPeriod(const QString& where)
{
    return QStringLiteral("SELECT su.id AS service_user_id, su.given_name, su.family_name, su.preferred_name, "
                          "sp.id AS support_period_id, sp.start_date, sp.end_date, sp.key_worker_id, "
                          "c.name AS contract_name, st.name AS key_worker_name, "
                          "(SELECT COUNT(*) FROM referrals r WHERE r.service_user_id = su.id AND r.deleted = 0 "
                          " AND r.decision = 'pending') AS pending_referrals "
                          "FROM service_users su "
                          "LEFT JOIN support_periods sp ON sp.id = (") +
           QLatin1String(CurrentPeriod) +
           QStringLiteral(") "
                          "LEFT JOIN contracts c ON c.id = sp.contract_id "
                          "LEFT JOIN staff st ON st.id = sp.key_worker_id "
                          "WHERE su.deleted = 0 AND ") +
           where;
}

CaseloadEntry CaseloadRepository::entryFrom(const SqlRow& q)
{
    using namespace SqlValues;
    CaseloadEntry e;
    e.serviceUserId = text(q, "service_user_id");
    e.givenName = text(q, "given_name");
    e.familyName = text(q, "family_name");
    e.preferredName = text(q, "preferred_name");
    e.supportPeriodId = text(q, "support_period_id");
    e.startDate = date(q, "start_date");
    e.endDate = date(q, "end_date");
    e.keyWorkerId = text(q, "key_worker_id");
    e.contractName = text(q, "contract_name");
    e.keyWorkerName = text(q, "key_worker_name");
    e.hasPendingReferral = raw(q, "pending_referrals").toInt() > 0;
    return e;
}

Result<QVector<CaseloadEntry>> CaseloadRepository::firstByName(const QDateTime& now, int count) const
{
    // Only names are read, in the order the whole list is read in (which settles ties as the
    // caseload's sort does), and put in order here: SQLite's ORDER BY cannot fold case as Qt does.
    struct Named {
        QString id;
        QString key;
    };
    const QString namesSql = QStringLiteral("SELECT id, given_name, family_name FROM service_users WHERE deleted = 0 "
                                            "%1ORDER BY family_name, given_name, id");
    const auto toNamed = [](const SqlRow& q) {
        return Named{q.value(0).toString(), PersonName::sortKey(q.value(1).toString(), q.value(2).toString())};
    };
    // Not everyone's: a name's place begins with its family name's first letter, folded. The
    // people of each letter in use are read in the folded letters' order until there are `count`:
    // at 50,000 people a few thousand names are read, made into keys and sorted, not all of them.
    // On a team server every name is read: its text order is its locale's, not by character.
    std::optional<QStringList> initials;
    if (!m_database.isServer()) {
        Result<std::optional<QStringList>> found = familyInitials();
        if (!found)
            return found.error();
        initials = std::move(found.value());
    }
    QVector<Named> named;
    if (initials) {
        QMap<QChar, QStringList> byLetter; // the first character of the sort key -> the initials giving it
        for (const QString& initial : std::as_const(*initials))
            byLetter[PersonName::sortKey(QString(), initial).at(0)] << initial;
        for (auto letter = byLetter.begin(); letter != byLetter.end() && named.size() < count; ++letter) {
            // Each initial's names from the caseload's index, in its order (text compares by
            // character there), one initial after another in the same order, so that equal
            // names keep the whole list's order.
            QStringList raw = letter.value();
            std::sort(raw.begin(), raw.end(),
                      [](const QString& a, const QString& b) { return a.toUcs4() < b.toUcs4(); });
            for (const QString& initial : std::as_const(raw)) {
                QString range = QStringLiteral("AND family_name >= ? ");
                QVariantList binds{initial};
                if (const std::optional<QString> past = pastInitial(initial)) {
                    range += QStringLiteral("AND family_name < ? ");
                    binds << *past;
                }
                Result<QVector<Named>> some = fetch<Named>(namesSql.arg(range), binds, toNamed);
                if (!some)
                    return some.error();
                named += some.value();
            }
        }
    } else {
        Result<QVector<Named>> all = fetch<Named>(namesSql.arg(QString()), {}, toNamed);
        if (!all)
            return all.error();
        named = std::move(all.value());
    }
    QVector<qsizetype> order(named.size());
    std::iota(order.begin(), order.end(), 0);
    const auto first = order.begin() + std::min<qsizetype>(std::max(count, 0), order.size());
    std::partial_sort(order.begin(), first, order.end(), [&named](qsizetype a, qsizetype b) {
        const int c = QString::compare(named.at(a).key, named.at(b).key);
        return c != 0 ? c < 0 : a < b; // equal names keep the order they were read in
    });
    QStringList ids;
    for (auto it = order.begin(); it != first; ++it)
        ids << named.at(*it).id;
    QHash<QString, CaseloadEntry> byId;
    if (Status read = forEachRowIn(rowsWithCurrentPeriod(QStringLiteral("su.id IN (%1)")), ids, {},
                                   [&byId](const SqlRow& q) {
                                       CaseloadEntry e = entryFrom(q);
                                       byId.insert(e.serviceUserId, e);
                                   });
        !read)
        return read.error();
    QVector<CaseloadEntry> entries;
    entries.reserve(ids.size());
    for (const QString& id : std::as_const(ids))
        if (auto found = byId.constFind(id); found != byId.constEnd())
            entries << found.value();
    if (Status next = addNextAppointments(entries, now, Reach::TheseOnly); !next)
        return next.error();
    return entries;
}

Result<std::optional<QStringList>> CaseloadRepository::familyInitials() const
{
    // Searching for each first letter costs more than reading every name beyond this many.
    constexpr qsizetype MostInitials = 256;
    QStringList initials;
    char32_t previous = 0;
    for (std::optional<QString> from = QStringLiteral("");;) {
        Result<QVector<QString>> next =
            fetch<QString>(QStringLiteral("SELECT substr(family_name, 1, 1) FROM service_users WHERE deleted = 0 "
                                          "AND family_name >= ? ORDER BY family_name LIMIT 1"),
                           {*from}, [](const SqlRow& q) { return q.value(0).toString(); });
        if (!next)
            return next.error();
        if (next->isEmpty())
            return std::optional<QStringList>(initials);
        const QString initial = next->first();
        const char32_t point = initial.isEmpty() ? 0 : initial.toUcs4().value(0);
        // Letters not found in rising order are not what is stored either: none, not a search
        // that starts again.
        if ((!initials.isEmpty() && point <= previous) || !searchableAsText(point) || initials.size() >= MostInitials)
            return std::optional<QStringList>();
        initials << initial;
        previous = point;
        from = pastInitial(initial);
        if (!from)
            return std::optional<QStringList>(initials);
        if (!searchableAsText(from->toUcs4().value(0)))
            return std::optional<QStringList>();
    }
}

Status CaseloadRepository::addNextAppointments(QVector<CaseloadEntry>& entries, const QDateTime& now, Reach reach,
                                               const QString& keyWorkerId) const
{
    const QString from = LocalTime::isoDateTimeUtc(now);
    QHash<QString, QDateTime> byPeriod;
    const auto keep = [&byPeriod](const SqlRow& q) {
        byPeriod.insert(q.value(0).toString(), LocalTime::parseIsoDateTimeUtc(q.value(1).toString()));
    };
    Status read;
    if (reach == Reach::TheseOnly) {
        // A few people's periods: each looked up by its period and start.
        QStringList periods;
        for (const CaseloadEntry& e : std::as_const(entries))
            if (!e.supportPeriodId.isEmpty())
                periods << e.supportPeriodId;
        std::sort(periods.begin(), periods.end());
        read = forEachRowIn(QStringLiteral("SELECT support_period_id, MIN(starts_at) FROM appointments "
                                           "WHERE support_period_id IN (%1) AND starts_at >= ? AND deleted = 0 "
                                           "AND status = 'planned' GROUP BY support_period_id"),
                            periods, {from}, keep);
    } else {
        // Found from the appointments still to come (by their start), then grouped. Written
        // straight, SQLite 3.15 reads every appointment ever made in period order to avoid the
        // grouping's sort; the ORDER BY in the subquery keeps it from being merged into the
        // grouping.
        QString sql = QStringLiteral("SELECT support_period_id, MIN(starts_at) FROM ("
                                     "SELECT support_period_id, starts_at FROM appointments "
                                     "WHERE deleted = 0 AND status = 'planned' AND starts_at >= ? ");
        QVariantList binds{from};
        if (!keyWorkerId.isEmpty()) {
            sql += QStringLiteral("AND support_period_id IN (SELECT id FROM support_periods WHERE key_worker_id = ?) ");
            binds << keyWorkerId;
        }
        sql += QStringLiteral("ORDER BY starts_at) upcoming GROUP BY support_period_id");
        read = forEachRow(sql, binds, keep);
    }
    if (!read)
        return read;
    for (CaseloadEntry& e : entries)
        e.nextAppointment = byPeriod.value(e.supportPeriodId);
    return {};
}

Result<QVector<CaseloadEntry>> CaseloadRepository::entries(const QDateTime& now, const QString& keyWorkerId) const
{
    Result<QVector<CaseloadEntry>> rows = keyWorkerId.isEmpty() ? wholeTeam() : keyWorkersPeople(keyWorkerId);
    if (!rows)
        return rows;
    if (Status next = addNextAppointments(rows.value(), now, Reach::Everyone, keyWorkerId); !next)
        return next.error();
    return rows;
}

} // namespace waymark
