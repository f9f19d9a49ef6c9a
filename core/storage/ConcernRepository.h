#pragma once

#include "core/domain/Complaint.h"
#include "core/domain/Incident.h"
#include "core/storage/Repository.h"

#include <optional>

namespace waymark {

// Complaints and incidents: what the commissioner must hear about.
class ConcernRepository : public Repository {
public:
    using Repository::Repository;

    Result<QVector<Complaint>> complaintsForServiceUser(const QString& serviceUserId) const;
    Result<std::optional<Complaint>> findComplaint(const QString& id) const;
    // Serious complaints not yet sent to the commissioner, oldest first.
    Result<QVector<Complaint>> seriousComplaintsNotSent() const;
    Result<QVector<Incident>> incidentsForServiceUser(const QString& serviceUserId) const;
};

} // namespace waymark
