#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace waymark::reliability {

// What writers said they had done (CaseloadWriter's lines), gathered over every run against one
// database: each of it must still be there after any crash that came later.
class Acknowledgements {
public:
    struct AcknowledgedReferral {
        QString referralId;
        QString serviceUserId;
    };

    // Takes a run's whole lines.
    void take(const QStringList& lines);
    // An import made by another program (waymark-cli import), begun and perhaps acknowledged.
    void importBegun(const QString& batch);
    void importAcknowledged(const QString& batch, int records);

    const QVector<AcknowledgedReferral>& referrals() const { return m_referrals; }
    // Every batch an import was started for, acknowledged or not, in order.
    const QStringList& importsBegun() const { return m_begun; }
    bool isAcknowledged(const QString& batch) const {
        return m_acknowledgedImports.contains(batch);
    }
    // Records the import of `batch` reported (0 when not acknowledged).
    int recordsOf(const QString& batch) const { return m_acknowledgedImports.value(batch); }
    int acknowledgedImports() const { return int(m_acknowledgedImports.size()); }

private:
    QVector<AcknowledgedReferral> m_referrals;
    QStringList m_begun;
    QHash<QString, int> m_acknowledgedImports;
};

} // namespace waymark::reliability
