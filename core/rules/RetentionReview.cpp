#include "core/rules/RetentionReview.h"

#include <algorithm>

namespace waymark {

QDate RetentionReview::lastActivity(const RetentionFacts& facts)
{
    if (!facts.lastSupportEnded.isValid())
        return facts.lastReferral;
    if (!facts.lastReferral.isValid())
        return facts.lastSupportEnded;
    return std::max(facts.lastSupportEnded, facts.lastReferral);
}

bool RetentionReview::isDue(const RetentionFacts& facts, const QDate& today, int years)
{
    if (facts.inSupport || facts.pendingReferral)
        return false;
    const QDate last = lastActivity(facts);
    // Someone with nothing dated at all is not guessed about: they stay until someone looks.
    return last.isValid() && last < today.addYears(-years);
}

QVector<RetentionFacts> RetentionReview::due(const QVector<RetentionFacts>& everyone, const QDate& today, int years)
{
    QVector<RetentionFacts> out;
    for (const RetentionFacts& f : everyone)
        if (isDue(f, today, years))
            out << f;
    std::stable_sort(out.begin(), out.end(), [](const RetentionFacts& a, const RetentionFacts& b) {
        return lastActivity(a) < lastActivity(b);
    });
    return out;
}

} // namespace waymark
