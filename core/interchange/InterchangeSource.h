#pragma once

#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <functional>

namespace waymark {

// An interchange file's contents as the importer reads them: the root's own values, and each
// list's records one at a time, as often as the importer needs to go through them. A large
// provider's file is most of a gigabyte; read this way, no more than one record of it is held
// as a JSON value at once.
class InterchangeSource {
public:
    virtual ~InterchangeSource() = default;

    // The root object's keys, in the order the file gives them.
    virtual QStringList rootKeys() const = 0;
    // The value of a root key that is not a list of records (format, version, an unknown key);
    // undefined for a key that is not there, or a list.
    virtual QJsonValue rootValue(const QString& key) const = 0;
    // Whether `key` is given as a list (a JSON array). When it is given as something else,
    // rootValue() has it.
    virtual bool isList(const QString& key) const = 0;
    // Calls `visit` with each item of the list `key` and its place in the list, in order. False
    // when the list could not be read through to its end (a file changed or gone while it was
    // being imported).
    virtual bool forEachItem(const QString& key,
                             const std::function<void(int index, const QJsonValue& item)>& visit) const = 0;
    // As forEachItem, for a first look through a large list that needs only a few of each
    // record's fields (its id, whose it is): an item that is an object may hold only the members
    // named in `members` whose values are not lists or objects. A source that has its records
    // whole already hands them over whole.
    virtual bool forEachItemMembers(const QString& key, const QSet<QString>& members,
                                    const std::function<void(int index, const QJsonValue& item)>& visit) const
    {
        Q_UNUSED(members)
        return forEachItem(key, visit);
    }
};

} // namespace waymark
