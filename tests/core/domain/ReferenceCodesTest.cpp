#include "core/domain/ReferenceCodes.h"

#include <QSet>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(ReferenceCodes, EveryListHasUniqueCodesAndLabels)
{
    ASSERT_GE(ReferenceCodes::listNames().size(), 20);
    for (const QString& name : ReferenceCodes::listNames()) {
        const CodeList& list = ReferenceCodes::list(name);
        EXPECT_FALSE(list.codes().isEmpty()) << name.toStdString();
        QSet<QString> seen;
        for (const Code& code : list.codes()) {
            EXPECT_FALSE(seen.contains(code.code)) << name.toStdString() << ": " << code.code.toStdString();
            EXPECT_FALSE(code.label.isEmpty()) << code.code.toStdString();
            seen.insert(code.code);
        }
    }
}

TEST(ReferenceCodes, EqualityMonitoringAlwaysOffersPreferNotToSay)
{
    for (const char* name : {ReferenceCodes::Gender, ReferenceCodes::Ethnicity, ReferenceCodes::Religion,
                             ReferenceCodes::SexualOrientation, ReferenceCodes::Disability})
        EXPECT_TRUE(ReferenceCodes::list(QString::fromLatin1(name)).contains(QStringLiteral("prefer_not_to_say")))
            << name;
}

TEST(ReferenceCodes, EthnicityFollowsThe2021Census)
{
    const CodeList& list = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::Ethnicity));
    EXPECT_EQ(list.codes().size(), 20);
    EXPECT_TRUE(list.contains(QStringLiteral("white_roma")));
    EXPECT_TRUE(list.contains(QStringLiteral("arab")));
}

TEST(ReferenceCodes, AccommodationSaysWhatCountsAsIndependentLiving)
{
    const CodeList& list = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::Accommodation));
    EXPECT_EQ(list.codes().size(), 20);
    EXPECT_TRUE(list.find(QStringLiteral("family_or_friends_long_term"))->independent);
    EXPECT_TRUE(list.find(QStringLiteral("mobile_home"))->independent);
    EXPECT_FALSE(list.find(QStringLiteral("supported_short_term"))->independent);
    EXPECT_FALSE(list.find(QStringLiteral("unknown"))->independent);
}

TEST(ReferenceCodes, EachContractOffersItsOwnReferralSources)
{
    const QStringList camden = ReferenceCodes::referralSourcesFor(QStringLiteral("camden-day-services"));
    const QStringList thurrock = ReferenceCodes::referralSourcesFor(QStringLiteral("thurrock-floating-support"));
    EXPECT_TRUE(camden.contains(QStringLiteral("cmht")));
    EXPECT_FALSE(thurrock.contains(QStringLiteral("cmht")));
    EXPECT_TRUE(thurrock.contains(QStringLiteral("probation")));
    const CodeList& all = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralSource));
    for (const QString& code : camden + thurrock)
        EXPECT_TRUE(all.contains(code)) << code.toStdString();
}
