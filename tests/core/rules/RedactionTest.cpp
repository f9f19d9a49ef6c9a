#include "core/rules/Redaction.h"

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

TEST(Redaction, OtherPeoplesNamesGoWordByWordAndOwnNamesStay)
{
    const QSet<QString> names = Redaction::namesToRemove(
        {QStringLiteral("Dave O'Neill"), QStringLiteral("Alexandra Smith-Jones"), QStringLiteral("Jo X")},
        {QStringLiteral("Alexandra Tester"), QStringLiteral("Lexi")});
    EXPECT_EQ(Redaction::redact(QStringLiteral("Met Dave and Dave's sister at the drop-in; Davenport Road."), names),
              QStringLiteral("Met [name removed] and [name removed]'s sister at the drop-in; Davenport Road."));
    // Her own first name is someone else's too: it stays.
    EXPECT_EQ(Redaction::redact(QStringLiteral("Alexandra spoke to O'Neill and SMITH-JONES."), names),
              QStringLiteral("Alexandra spoke to [name removed] and [name removed]."));
    // A name that is also a word is taken out only where it is written as a name.
    const QSet<QString> will = Redaction::namesToRemove({QStringLiteral("Will Mark")}, {});
    EXPECT_EQ(Redaction::redact(QStringLiteral("She will mark the date. Will came too."), will),
              QStringLiteral("She will mark the date. [name removed] came too."));
    // One-letter initials are not names to take out; "Jo" is.
    EXPECT_EQ(Redaction::redact(QStringLiteral("X ray booked; Jo came too."), names),
              QStringLiteral("X ray booked; [name removed] came too."));
    EXPECT_EQ(Redaction::redact(QStringLiteral("Nothing to hide"), {}), QStringLiteral("Nothing to hide"));
}
