#include "core/rules/IdentityChecks.h"

#include <QRegularExpression>

namespace waymark::IdentityChecks {

QString normalisedNhsNumber(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return {};
    }
    return digits.size() == 10 ? digits : QString();
}

bool isValidNhsNumber(const QString& text)
{
    const QString digits = normalisedNhsNumber(text);
    if (digits.isEmpty())
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i).digitValue() * (10 - i);
    int check = 11 - (sum % 11);
    if (check == 11)
        check = 0;
    if (check == 10)
        return false;
    return check == digits.at(9).digitValue();
}

QString normalisedUkPostcode(const QString& text)
{
    QString compact = text.simplified().remove(QLatin1Char(' ')).toUpper();
    static const QRegularExpression shape(
        QStringLiteral("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$"));
    const QRegularExpressionMatch m = shape.match(compact);
    if (!m.hasMatch())
        return text;
    return m.captured(1) + QLatin1Char(' ') + m.captured(2);
}

bool isValidUkPostcode(const QString& text)
{
    // One space at most between the halves, as people write it.
    static const QRegularExpression shape(
        QStringLiteral("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$"),
        QRegularExpression::CaseInsensitiveOption);
    return shape.match(text.simplified()).hasMatch();
}

} // namespace waymark::IdentityChecks
