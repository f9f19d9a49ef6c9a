#include "core/rules/Redaction.h"

#include <QObject>

namespace waymark {

namespace {

// A letter, or an apostrophe or hyphen inside a name (O'Neill, Smith-Jones are one word each).
bool isNameCharacter(const QString& text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isLetter())
        return true;
    const bool joiner = c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-');
    return joiner && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetter() && text.at(i + 1).isLetter();
}

QStringList wordsOf(const QString& text)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isNameCharacter(text, i)) {
            word += text.at(i);
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

} // namespace

QString Redaction::replacement()
{
    return QObject::tr("[name removed]");
}

QSet<QString> Redaction::namesToRemove(const QStringList& otherPeoplesNames, const QStringList& ownNames)
{
    QSet<QString> own;
    for (const QString& name : ownNames)
        for (const QString& word : wordsOf(name))
            own.insert(word.toCaseFolded());
    QSet<QString> out;
    for (const QString& name : otherPeoplesNames)
        for (const QString& word : wordsOf(name)) {
            const QString folded = word.toCaseFolded();
            if (folded.size() >= 2 && !own.contains(folded))
                out.insert(folded);
        }
    return out;
}

QString Redaction::redact(const QString& text, const QSet<QString>& names)
{
    if (names.isEmpty() || text.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isNameCharacter(text, i)) {
            out += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isNameCharacter(text, end))
            ++end;
        const QString word = text.mid(i, end - i);
        // Names are written with a capital: "Will" may be a name, "will" is a word.
        if (!word.at(0).isUpper()) {
            out += word;
        } else if (names.contains(word.toCaseFolded())) {
            out += replacement();
        } else if (word.size() > 2 && (word.endsWith(QLatin1String("'s"), Qt::CaseInsensitive)
                                       || word.endsWith(QStringLiteral("\u2019s"), Qt::CaseInsensitive))
                   && names.contains(word.chopped(2).toCaseFolded())) {
            // A possessive: "Dave's" is Dave's name too.
            out += replacement() + word.right(2);
        } else {
            out += word;
        }
        i = end;
    }
    return out;
}

} // namespace waymark
