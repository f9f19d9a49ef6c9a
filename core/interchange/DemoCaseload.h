#pragma once

#include <QDate>
#include <QJsonObject>
#include <QtGlobal>

namespace waymark {

// What `waymark-cli demo` asks for. The day the data is built around is passed in, never read
// from the clock here, so that the same options give the same file on any day it is run.
struct DemoOptions {
    int people = 330;  // about 30 on Thurrock floating support, the rest at Camden day services
    quint32 seed = 1;
    QDate asOf;        // "today" for the demo: referrals, visits and reviews are placed around it
};

// A fictional, deterministic caseload for the two seed contracts, as one interchange document
// (spec/interchange.md) that the importer takes like any other file. It refers to the contracts
// "thurrock-fs" and "camden-day" and the star "waymark-wellbeing" that `init` creates, and leaves
// them out of the document so that it never overwrites what an organisation has changed there.
// Everyone in it is invented: postcodes end in ZZ, phones are in Ofcom's drama range and NHS
// numbers start with 999.
class DemoCaseload {
public:
    static QJsonObject generate(const DemoOptions& options);
};

} // namespace waymark
