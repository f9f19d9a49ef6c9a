#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QVector>

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
    // One item of a list as the fields asked for, which is how the importer reads a record: each
    // field's value in the order asked (undefined when the record does not give it; of a key
    // given twice, the last, as Qt's reader keeps it), and the names of the record's other keys,
    // in order, each once. An item that is not an object has no fields: `value` is the item.
    struct ItemFields {
        bool isObject = false;
        QJsonValue value;
        QVector<QJsonValue> fields;
        QStringList otherKeys;
    };
    // As forEachItem, each item as ItemFields for the keys `fields`. A source that reads text
    // builds only those values, and of the rest only their keys: no record is built whole.
    virtual bool forEachItemFields(const QString& key, const QStringList& fields,
                                   const std::function<void(int index, const ItemFields& item)>& visit) const;
    // Whether forEachItemFields may be called for different lists on different threads at once.
    virtual bool readsListsAtOnce() const { return false; }
    // How much there is to read of the list `key` (its text's length, say), for the largest to be
    // started first when lists are read at once; 0 when the source cannot tell.
    virtual qint64 listWeight(const QString& key) const
    {
        Q_UNUSED(key);
        return 0;
    }
};

} // namespace waymark
