#pragma once

#include "core/domain/Result.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

class QIODevice;

namespace waymark {

// The sizes of the benchmark's caseload. The defaults are a large provider's ten years
// (issue 9): 50,000 people, 100,000 support periods, 2,000,000 appointments, 200,000 Outcome
// Stars and 50,000 group sessions.
struct LargeCaseloadOptions {
    int people = 50000;
    int periodsPerPerson = 2;
    int appointmentsPerPeriod = 20;
    int starsPerPeriod = 2;
    int sessions = 50000;
    int years = 10;
    int staff = 200;
    quint32 seed = 1;
    QDate asOf{2026, 11, 30};
};

// A large, fictional and deterministic caseload for the two seed contracts, written as an
// interchange file (spec/interchange.md) that `waymark-cli import` takes like any other. Unlike
// the demo's (DemoCaseload), its people are drawn plainly, a record at a time, so that millions
// of records are written in seconds and in little memory: each list is streamed from a small
// plan of the people and their support periods, every record's details drawn from a stream of
// its own.
class LargeCaseload {
public:
    explicit LargeCaseload(const LargeCaseloadOptions& options);

    Status write(QIODevice& out);
    // How many records of each list write() wrote.
    const QMap<QString, qint64>& counts() const { return m_counts; }

private:
    struct Period {
        int person = 0;
        bool thurrock = false;
        int keyWorker = 0; // index into staff
        QDate start;
        QDate end; // null while open
    };

    QString idOf(int kind, qint64 index) const;
    void planPeriods();

    LargeCaseloadOptions m_options;
    QDate m_from;
    QVector<Period> m_periods; // person by person, in order
    QVector<bool> m_personThurrock;
    QMap<QString, qint64> m_counts;
};

} // namespace waymark
