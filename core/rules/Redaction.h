#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace waymark {

// Other people's names taken out of what a person is given in answer to a subject access
// request (UK GDPR art. 15(4)): free text about them may mention another service user. Word by
// word, a word that starts with a capital as names do ("Will" goes, "will" stays; "DAVE" goes,
// "Davenport" stays); the person's own names never go, even when someone else shares one.
class Redaction {
public:
    static QString replacement();

    // The words to take out: every word of the other people's names (two letters or more), less
    // the person's own.
    static QSet<QString> namesToRemove(const QStringList& otherPeoplesNames, const QStringList& ownNames);
    // `text` with each of those words replaced.
    static QString redact(const QString& text, const QSet<QString>& names);
};

} // namespace waymark
