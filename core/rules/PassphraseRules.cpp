#include "core/rules/PassphraseRules.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark::PassphraseRules {

namespace {

// Passphrases long enough to pass the length rule that are among the first any attacker tries.
const QSet<QString>& common()
{
    static const QSet<QString> list{
        QStringLiteral("password1234"),     QStringLiteral("password12345"),   QStringLiteral("password123456"),
        QStringLiteral("passwordpassword"), QStringLiteral("123456789012"),    QStringLiteral("1234567890123"),
        QStringLiteral("qwertyuiopas"),     QStringLiteral("qwertyuiop123"),   QStringLiteral("qwerty123456"),
        QStringLiteral("iloveyou1234"),     QStringLiteral("letmein12345"),    QStringLiteral("welcome12345"),
        QStringLiteral("changeme1234"),     QStringLiteral("abc123abc123"),    QStringLiteral("administrator"),
        QStringLiteral("administrator1"),   QStringLiteral("waymarkwaymark"),  QStringLiteral("waymark12345"),
        QStringLiteral("correcthorsebatterystaple"), QStringLiteral("trustno1trustno1"),
        QStringLiteral("football1234"),     QStringLiteral("monkey123456"),    QStringLiteral("sunshine1234"),
    };
    return list;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("waymark::PassphraseRules", text);
}

} // namespace

std::optional<QString> problem(const QString& passphrase)
{
    if (passphrase.size() < MinimumLength)
        return tr("A passphrase needs at least %1 characters; a few words you will remember make a good one.")
            .arg(MinimumLength);
    const QString folded = passphrase.toLower().simplified().remove(QLatin1Char(' '));
    if (common().contains(folded))
        return tr("That passphrase is one of the first anyone would try; choose another.");
    if (folded.isEmpty() || folded.count(folded.front()) == folded.size())
        return tr("A passphrase of one character repeated is too easy to guess; choose another.");
    return std::nullopt;
}

} // namespace waymark::PassphraseRules
