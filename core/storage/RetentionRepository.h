#pragma once

#include "core/rules/RetentionReview.h"
#include "core/storage/Repository.h"

#include <QDateTime>

namespace waymark {

// The retention review's reads, and anonymising a person: what identifies them is taken out of
// every record about them, their records stay (so past returns still add up), and the audit
// trail keeps that it happened.
// One list's free text to take out when anonymising: how its records lead to the person
// ("self" for the person's own record, else the key that links them: "service_user_id",
// "support_period_id" or "support_plan_id"), and its text columns (a required one keeps
// "[removed]", the rest become empty).
struct AnonymisedList {
    QString table;
    QString link;
    QStringList requiredText;
    QStringList optionalText;
};

class RetentionRepository : public Repository {
public:
    using Repository::Repository;

    // Every live person not yet anonymised, with what the review looks at.
    Result<QVector<RetentionFacts>> facts() const;
    // In one transaction: the person's name becomes "Anonymised" and a short code; their date of
    // birth, address, postcode, phone, NHS number, GP practice and first language go; every free
    // text of their referrals, periods, plans, notes and the rest is replaced; the change history
    // of those records loses its values; and one "anonymised" entry goes in the audit trail.
    // Returns how many records were touched.
    Result<int> anonymise(const QString& serviceUserId, const QVector<AnonymisedList>& lists, const QString& actor,
                          const QDateTime& now);

    // The same inside the caller's transaction. `sendBySync` false: an anonymisation received
    // from elsewhere, whose changes travel already.
    Result<int> anonymiseWithin(const QString& serviceUserId, const QVector<AnonymisedList>& lists, const QString& actor,
                                const QDateTime& now, bool sendBySync);

    // The field of a person's sync change that says they were anonymised where it was made.
    static constexpr const char* AnonymisedMarker = "x_sync_anonymised";

private:
    // The anonymised values of these records as a change for sync, and the same values in every
    // earlier change to them this database keeps (the outbox, or the server's journal).
    Status syncAnonymised(const QString& table, const QStringList& recordIds, const QStringList& columns,
                          const QString& serviceUserId, const QString& actor, const QDateTime& now, bool send);
};

} // namespace waymark
