#include "core/rules/IdentityChecks.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(IdentityChecks, AnNhsNumberWithTheRightCheckDigitIsValidHoweverItIsWritten)
{
    EXPECT_TRUE(IdentityChecks::isValidNhsNumber(QStringLiteral("9434765919")));
    EXPECT_TRUE(IdentityChecks::isValidNhsNumber(QStringLiteral("943 476 5919")));
    EXPECT_TRUE(IdentityChecks::isValidNhsNumber(QStringLiteral("943-476-5919")));
    EXPECT_EQ(IdentityChecks::normalisedNhsNumber(QStringLiteral("943 476 5919")), QStringLiteral("9434765919"));
}

TEST(IdentityChecks, AnNhsNumberWithAWrongDigitIsRefused)
{
    EXPECT_FALSE(IdentityChecks::isValidNhsNumber(QStringLiteral("9434765918"))); // last digit
    EXPECT_FALSE(IdentityChecks::isValidNhsNumber(QStringLiteral("9434765991"))); // two swapped
    EXPECT_FALSE(IdentityChecks::isValidNhsNumber(QStringLiteral("943476591")));  // nine digits
    EXPECT_FALSE(IdentityChecks::isValidNhsNumber(QStringLiteral("94347659190")));
    EXPECT_FALSE(IdentityChecks::isValidNhsNumber(QStringLiteral("943476591O"))); // a letter O
}

TEST(IdentityChecks, ACheckDigitOfTenMeansNoValidNumber)
{
    // 1000000010: sum 10 + 2 = 12, 11 - 1 = 10, which no number may carry.
    for (int last = 0; last <= 9; ++last)
        EXPECT_FALSE(IdentityChecks::isValidNhsNumber(QStringLiteral("100000001%1").arg(last)));
    // A remainder of 0 gives a check digit of 0: 0000000000 is well formed.
    EXPECT_TRUE(IdentityChecks::isValidNhsNumber(QStringLiteral("0000000000")));
}

TEST(IdentityChecks, UkPostcodesOfEveryShape)
{
    for (const char* code : {"M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "RM17 6SL",
                             "nw1 2db", "RM176SL"})
        EXPECT_TRUE(IdentityChecks::isValidUkPostcode(QString::fromLatin1(code))) << code;
    for (const char* code : {"12345", "RM17 6S", "RM17", "R17 6SLL", "RM17-6SL", "SW1A 1AAA", ""})
        EXPECT_FALSE(IdentityChecks::isValidUkPostcode(QString::fromLatin1(code))) << code;
}

TEST(IdentityChecks, APostcodeIsStoredInItsWrittenForm)
{
    EXPECT_EQ(IdentityChecks::normalisedUkPostcode(QStringLiteral("rm176sl")), QStringLiteral("RM17 6SL"));
    EXPECT_EQ(IdentityChecks::normalisedUkPostcode(QStringLiteral(" ec1a  1bb ")), QStringLiteral("EC1A 1BB"));
    EXPECT_EQ(IdentityChecks::normalisedUkPostcode(QStringLiteral("not one")), QStringLiteral("not one"));
}
