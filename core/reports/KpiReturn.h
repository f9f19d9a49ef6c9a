#pragma once

#include "core/domain/Contract.h"
#include "core/reports/KpiFigure.h"
#include "core/reports/ReportingPeriod.h"

#include <QVector>

namespace waymark {

// A contract's return for one period: N and every figure of its KPI set, in the set's order.
struct KpiReturn {
    Contract contract;
    ReportingPeriod period;
    qint64 serviceUsers = 0; // N
    QVector<KpiRecord> serviceUserRecords; // who N counts
    QVector<KpiFigure> figures;

    const KpiFigure* figure(const QString& id) const
    {
        for (const KpiFigure& f : figures)
            if (f.definition.id == id)
                return &f;
        return nullptr;
    }
};

} // namespace waymark
