#include "tests/reliability/Acknowledgements.h"

namespace waymark::reliability {

void Acknowledgements::take(const QStringList& lines) {
    for (const QString& line : lines) {
        const QStringList words = line.split(QLatin1Char(' '));
        if (words.size() == 4 && words.at(0) == QLatin1String("ack") &&
            words.at(1) == QLatin1String("referral"))
            m_referrals.append({words.at(2), words.at(3)});
        else if (words.size() == 3 && words.at(0) == QLatin1String("begin") &&
                 words.at(1) == QLatin1String("import"))
            importBegun(words.at(2));
        else if (words.size() == 4 && words.at(0) == QLatin1String("ack") &&
                 words.at(1) == QLatin1String("import"))
            importAcknowledged(words.at(2), words.at(3).toInt());
    }
}

void Acknowledgements::importBegun(const QString& batch) {
    if (!m_begun.contains(batch))
        m_begun.append(batch);
}

void Acknowledgements::importAcknowledged(const QString& batch, int records) {
    importBegun(batch);
    m_acknowledgedImports.insert(batch, records);
}

} // namespace waymark::reliability
