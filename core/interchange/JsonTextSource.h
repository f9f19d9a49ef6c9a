#pragma once

#include "core/domain/Result.h"
#include "core/interchange/InterchangeSource.h"

#include <QByteArrayView>
#include <QHash>

#include <memory>

namespace waymark {

// An interchange file as text (a file, or bytes given), read with RapidJSON's event reader a
// buffer at a time: open() reads it through once to check that it is JSON and to note where each
// list is; each list is read again, record by record, when it is gone through. Neither the text
// nor its whole document nor all its records are ever held in memory at once.
class JsonTextSource : public InterchangeSource {
public:
    // `text` must stay as it is while the source is used. A UTF-8 byte order mark at the start
    // of the text (some Windows programs write one) is passed over.
    explicit JsonTextSource(QByteArrayView text);
    // Not from bytes that would be gone before the source is read.
    explicit JsonTextSource(QByteArray&& text) = delete;
    // The file at `path`, opened by open() and read again for each list.
    static std::unique_ptr<JsonTextSource> forFile(const QString& path);
    ~JsonTextSource() override;

    // Checks that the text is JSON holding one object, and notes where each of its keys' values
    // is. When it is not, says what is wrong and where (line and column), naming the file as
    // `sourceName`.
    Status open(const QString& sourceName);

    QStringList rootKeys() const override { return m_keys; }
    QJsonValue rootValue(const QString& key) const override;
    bool isList(const QString& key) const override;
    bool forEachItem(const QString& key,
                     const std::function<void(int index, const QJsonValue& item)>& visit) const override;
    // Each record's fields read straight from the text: only their values are built, which at
    // a large provider's size is a third less time than building each record as a QJsonObject.
    bool forEachItemFields(const QString& key, const QStringList& fields,
                           const std::function<void(int index, const ItemFields& item)>& visit) const override;
    // Each reading has its own place in the text: the file's reads take turns.
    bool readsListsAtOnce() const override { return true; }
    qint64 listWeight(const QString& key) const override;

    // What the text is read from: the bytes given, or the file.
    class Bytes;

    // Where a root key's value is.
    struct RootEntry {
        bool list = false;
        qint64 begin = 0;    // a list's "["
        qint64 end = 0;      // just after its "]"
        QJsonValue value;    // anything else
    };

private:
    explicit JsonTextSource(std::unique_ptr<Bytes> bytes);

    std::unique_ptr<Bytes> m_bytes;
    qint64 m_start = 0; // after a byte order mark
    QStringList m_keys;
    QHash<QString, RootEntry> m_entries;
};

} // namespace waymark
