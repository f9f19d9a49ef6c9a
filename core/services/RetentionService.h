#pragma once

#include "core/rules/RetentionReview.h"
#include "core/services/ServiceContext.h"
#include "core/storage/RetentionRepository.h"

namespace waymark {

// The administrator's retention review: who has had nothing current for longer than the
// organisation keeps records (a number of years it sets, kept in the database), and anonymising
// them one by one.
class RetentionService {
public:
    explicit RetentionService(ServiceContext context);

    int years() const;
    Status setYears(int years);
    // Those due for review, the longest-ago first.
    Result<QVector<RetentionFacts>> due() const;
    // Anonymises one person who is due; returns how many records were touched.
    Result<int> anonymise(const QString& serviceUserId);

    // Every list about a person with its free-text fields, from the interchange schema.
    static QVector<AnonymisedList> listsToAnonymise();

private:
    ServiceContext m_context;
};

} // namespace waymark
