#include "core/interchange/JsonTextSource.h"

#include "core/interchange/InterchangeSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace waymark {

class JsonTextSource::Bytes {
public:
    virtual ~Bytes() = default;
    virtual qint64 size() const = 0;
    // Up to `length` bytes from `at` into `into`: fewer, or -1, when they cannot be read.
    virtual qint64 read(qint64 at, char* into, qint64 length) = 0;
};

namespace {

class ViewBytes : public JsonTextSource::Bytes {
public:
    explicit ViewBytes(QByteArrayView text)
        : m_text(text)
    {
    }
    qint64 size() const override { return m_text.size(); }
    qint64 read(qint64 at, char* into, qint64 length) override
    {
        const qint64 count = std::clamp<qint64>(m_text.size() - at, 0, length);
        std::copy_n(m_text.data() + at, count, into);
        return count;
    }

private:
    QByteArrayView m_text;
};

// Read where asked rather than mapped: a file cut short or changed on a share while it is read
// gives fewer bytes, which the reading reports, instead of a fault that ends the program.
class FileBytes : public JsonTextSource::Bytes {
public:
    explicit FileBytes(const QString& path)
        : m_file(path)
    {
        m_file.open(QIODevice::ReadOnly);
        m_size = m_file.isOpen() ? m_file.size() : 0;
    }
    qint64 size() const override { return m_size; }
    qint64 read(qint64 at, char* into, qint64 length) override
    {
        // Lists are read at once on different threads, each from a place of its own.
        const QMutexLocker lock(&m_reading);
        if (m_file.pos() != at && !m_file.seek(at))
            return -1;
        return m_file.read(into, length);
    }

private:
    QMutex m_reading;
    QFile m_file;
    qint64 m_size = 0;
};

// Strict JSON (no comments, no trailing commas, no NaN) and no recursion however deeply a
// hostile file nests. Numbers are handed over as their text and read by Qt: RapidJSON 1.1.0's own
// conversion of an extreme exponent overflows (CVE-2024-38517).
//
// The text is checked to be UTF-8 a buffer at a time as it is read (TextStream), by Qt's check,
// which passes over plain ASCII many bytes at a time: RapidJSON's own check of each string, a
// byte at a time, was half of the time it took to read a large provider's file through. Only
// strings can hold anything but ASCII in JSON, so a file is JSON with UTF-8 strings exactly when
// it is JSON and UTF-8 throughout. When it is not UTF-8, it is read again with RapidJSON's check
// (CheckedFlags), which says where.
constexpr unsigned ReadFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
constexpr unsigned CheckedFlags = ReadFlags | rapidjson::kParseValidateEncodingFlag;

// A buffer's worth of the text, read as the reader asks for it.
constexpr qint64 BufferBytes = 1 << 16;

// Builds QJsonValues from the reader's events, one whole value at a time.
class ValueBuilder {
public:
    bool building() const { return !m_open.empty(); }

    void start(bool object) { m_open.push_back(Open{object, {}, {}, {}}); }
    void key(QString key) { m_open.back().key = std::move(key); }
    void end()
    {
        Open done = std::move(m_open.back());
        m_open.pop_back();
        if (!done.object) {
            add(QJsonValue(done.items));
            return;
        }
        // A QJsonObject keeps its keys in order, so each key inserted out of order moves those
        // after it: given in order (a repeated key's last value kept, as Qt's reader does), an
        // object of a hundred thousand keys is built in a moment rather than minutes.
        std::stable_sort(done.members.begin(), done.members.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        QJsonObject object;
        for (const auto& [key, value] : std::as_const(done.members))
            object.insert(key, value);
        add(QJsonValue(object));
    }
    void add(const QJsonValue& value)
    {
        if (m_open.empty()) {
            m_finished = value;
            m_hasFinished = true;
            return;
        }
        Open& top = m_open.back();
        if (top.object)
            top.members.append({top.key, value});
        else
            top.items.append(value);
    }
    // The value just completed, once; undefined when none is.
    std::optional<QJsonValue> takeFinished()
    {
        if (!m_hasFinished)
            return std::nullopt;
        m_hasFinished = false;
        return std::exchange(m_finished, QJsonValue());
    }

private:
    struct Open {
        bool object = false;
        QList<QPair<QString, QJsonValue>> members;
        QJsonArray items;
        QString key;
    };
    std::vector<Open> m_open;
    QJsonValue m_finished;
    bool m_hasFinished = false;
};

// Qt's own JSON reader stops at 1,024 levels too; deeper values could not even be let go of
// without running out of stack.
constexpr int DeepestNesting = 1024;

// A number as Qt's own reader keeps it: whole numbers that fit as integers, others as doubles.
std::optional<QJsonValue> number(const char* text, qsizetype length)
{
    const QByteArray digits(text, length);
    bool ok = false;
    if (!digits.contains('.') && !digits.contains('e') && !digits.contains('E'))
        if (const qlonglong whole = digits.toLongLong(&ok); ok)
            return QJsonValue(qint64(whole));
    const double value = digits.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return QJsonValue(value);
}

// The reader's events as values for `Receiver::value(depth, QJsonValue)`, with the depth at
// which each begins: the receiver says, at each container's start, whether it wants it built, and
// at each depth whether it wants the text of the strings and keys there at all.
template <typename Receiver> class Events : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Events<Receiver>> {
public:
    explicit Events(Receiver& receiver)
        : m_receiver(receiver)
    {
    }

    bool Null() { return scalar(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return scalar(QJsonValue(b)); }
    bool RawNumber(const char* text, rapidjson::SizeType length, bool)
    {
        // A number no one asked for is passed over once the file's first reading has found every
        // number readable.
        if (!m_builder.building() && !m_receiver.wants(m_depth) && Receiver::NumbersChecked)
            return true;
        const std::optional<QJsonValue> value = number(text, qsizetype(length));
        if (!value) {
            m_badNumber = true;
            return false;
        }
        return scalar(*value);
    }
    bool String(const char* text, rapidjson::SizeType length, bool)
    {
        if (!m_builder.building() && !m_receiver.wants(m_depth))
            return true;
        return scalar(QJsonValue(QString::fromUtf8(text, qsizetype(length))));
    }
    bool Key(const char* text, rapidjson::SizeType length, bool)
    {
        if (!m_builder.building() && !m_receiver.wantsKeys(m_depth))
            return true;
        // A receiver that matches keys as the file spells them is spared a QString for each.
        if constexpr (requires(Receiver & r) { r.rawKey(0, text, qsizetype(0)); }) {
            if (!m_builder.building()) {
                m_receiver.rawKey(m_depth, text, qsizetype(length));
                return true;
            }
        }
        QString key = QString::fromUtf8(text, qsizetype(length));
        if (m_builder.building())
            m_builder.key(std::move(key));
        else
            m_receiver.key(m_depth, std::move(key));
        return true;
    }
    bool StartObject() { return start(true); }
    bool tooDeep() const { return m_tooDeep; }
    bool badNumber() const { return m_badNumber; }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool StartArray() { return start(false); }
    bool EndArray(rapidjson::SizeType) { return end(); }

private:
    bool scalar(const QJsonValue& value)
    {
        if (m_builder.building())
            m_builder.add(value);
        else
            m_receiver.value(m_depth, value);
        return true;
    }
    bool start(bool object)
    {
        if (m_depth >= DeepestNesting) {
            m_tooDeep = true;
            return false;
        }
        if (!m_builder.building() && !m_receiver.build(m_depth, object)) {
            ++m_depth;
            return true;
        }
        m_builder.start(object);
        ++m_depth;
        return true;
    }
    bool end()
    {
        --m_depth;
        if (!m_builder.building()) {
            m_receiver.ended(m_depth);
            return true;
        }
        m_builder.end();
        if (std::optional<QJsonValue> done = m_builder.takeFinished())
            m_receiver.value(m_depth, *done);
        return true;
    }

    Receiver& m_receiver;
    ValueBuilder m_builder;
    int m_depth = 0;
    bool m_tooDeep = false;
    bool m_badNumber = false;
};

// A part of the text, [begin, end), as RapidJSON's reader reads it: a buffer at a time, and
// "\0" past its end (or where the bytes could no longer be read, which broken() tells).
class TextStream {
public:
    using Ch = char;

    TextStream(JsonTextSource::Bytes& bytes, qint64 begin, qint64 end)
        : m_bytes(bytes)
        , m_begin(begin)
        , m_end(end)
        , m_base(begin)
        , m_buffer(BufferBytes, Qt::Uninitialized)
        , m_next(m_buffer.constData())
        , m_last(m_next)
    {
    }
    // A copy would read through the other's buffer.
    TextStream(const TextStream&) = delete;
    TextStream& operator=(const TextStream&) = delete;

    // The reader asks for every byte of the text through these two, so they are kept to a
    // comparison and a read, the next buffer's reading apart (a third of the first reading's
    // time at a large provider's size went on them).
    [[gnu::always_inline]] Ch Peek() { return m_next != m_last || refill() ? *m_next : '\0'; }
    [[gnu::always_inline]] Ch Take() { return m_next != m_last || refill() ? *m_next++ : '\0'; }
    size_t Tell() const { return size_t(place() - m_begin); }
    // Writing, which the reader never asks of a stream it reads (not in place).
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch*) { return 0; }

    // Where the reader is, in the whole text.
    qint64 place() const { return m_base + (m_next - m_buffer.constData()); }
    bool broken() const { return m_broken; }
    // Whether anything read was not UTF-8, a character cut off at the end included.
    bool badEncoding() const { return m_badEncoding; }

private:
    [[gnu::noinline]] bool refill()
    {
        m_base += m_last - m_buffer.constData();
        m_next = m_last = m_buffer.constData();
        const qint64 wanted = std::min(BufferBytes, m_end - m_base);
        if (wanted <= 0) {
            m_badEncoding = m_badEncoding || m_carried > 0;
            return false;
        }
        const qint64 got = m_bytes.read(m_base, m_buffer.data(), wanted);
        m_broken = m_broken || got < wanted;
        m_next = m_buffer.constData();
        m_last = m_next + std::max<qint64>(got, 0);
        checkEncoding(m_next, m_last - m_next);
        return m_last != m_next;
    }

    // Checks that `size` bytes read are UTF-8, with the character the last buffer's end cut.
    void checkEncoding(const char* data, qint64 size)
    {
        qint64 from = 0;
        if (m_carried > 0) {
            // The rest of that character: the bytes that carry on from its first.
            while (m_carried < 4 && from < size && (uchar(data[from]) & 0xC0) == 0x80)
                m_carry[m_carried++] = data[from++];
            m_badEncoding = m_badEncoding || !QByteArrayView(m_carry, m_carried).isValidUtf8();
            m_carried = 0;
        }
        // A character this buffer's end cuts is kept to be checked with the next buffer's start.
        qint64 end = size;
        for (qint64 back = size - 1; back >= from && back >= size - 3; --back) {
            const uchar c = uchar(data[back]);
            if ((c & 0xC0) == 0x80)
                continue;
            const qint64 length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (size - back < length)
                end = back;
            break;
        }
        m_badEncoding = m_badEncoding || !QByteArrayView(data + from, end - from).isValidUtf8();
        for (qint64 i = end; i < size; ++i)
            m_carry[m_carried++] = data[i];
    }

    JsonTextSource::Bytes& m_bytes;
    qint64 m_begin;
    qint64 m_end;
    qint64 m_base; // the place of m_buffer's first byte
    QByteArray m_buffer;
    const char* m_next; // the next byte to read in m_buffer
    const char* m_last; // just past the last byte read into m_buffer
    bool m_broken = false;
    bool m_badEncoding = false;
    char m_carry[4] = {}; // the start of a character cut by the last buffer's end
    int m_carried = 0;
};

// Line and column of `offset`, as an editor shows them: columns count characters, not bytes
// (every byte but UTF-8's continuation bytes), so a line of many megabytes costs no memory.
QPair<int, int> lineAndColumn(JsonTextSource::Bytes& bytes, qint64 start, qint64 offset)
{
    QByteArray buffer(BufferBytes, Qt::Uninitialized);
    int line = 1;
    qint64 lineStart = start;
    for (qint64 at = start; at < offset;) {
        const qint64 got = bytes.read(at, buffer.data(), std::min(BufferBytes, offset - at));
        if (got <= 0)
            break;
        for (qint64 i = 0; i < got; ++i)
            if (buffer.at(i) == '\n') {
                ++line;
                lineStart = at + i + 1;
            }
        at += got;
    }
    int column = 1;
    for (qint64 at = lineStart; at < offset;) {
        const qint64 got = bytes.read(at, buffer.data(), std::min(BufferBytes, offset - at));
        if (got <= 0)
            break;
        for (qint64 i = 0; i < got; ++i)
            if ((uchar(buffer.at(i)) & 0xC0) != 0x80)
                ++column;
        at += got;
    }
    return {line, column};
}

// The root object: each key's value built, except a list of records, whose place is noted.
struct RootReader {
    JsonTextSource::Bytes* bytes = nullptr;
    const TextStream* stream = nullptr;
    QStringList* keys = nullptr;
    QHash<QString, JsonTextSource::RootEntry>* entries = nullptr;
    bool rootIsObject = false;
    QString current; // the root key whose value is being read
    QSet<QString> seen;

    // Only the root's keys and values: what is inside a list is gone through by each reading.
    bool wants(int depth) const { return depth <= 1; }
    bool wantsKeys(int depth) const { return wants(depth); }
    // The first reading: every number is read, to refuse one too large before anything is.
    static constexpr bool NumbersChecked = false;
    bool build(int depth, bool object)
    {
        if (depth == 0) {
            rootIsObject = object;
            return false;
        }
        if (depth == 1 && !object && InterchangeSchema::kind(current)) {
            JsonTextSource::RootEntry& entry = (*entries)[current];
            entry = JsonTextSource::RootEntry{};
            entry.list = true;
            entry.begin = at(stream->place(), '[');
            return false;
        }
        return depth == 1;
    }
    void key(int depth, QString name)
    {
        if (depth != 1)
            return;
        current = std::move(name);
        if (!seen.contains(current)) {
            seen.insert(current);
            keys->append(current);
        }
    }
    void value(int depth, const QJsonValue& value)
    {
        if (depth == 1)
            (*entries)[current] = JsonTextSource::RootEntry{false, 0, 0, value};
    }
    // The place of a list's bracket, from where the reader is as it tells of it: at the bracket
    // (its iterative reading) or just past it.
    qint64 at(qint64 place, char bracket) const
    {
        char there = 0;
        return bytes->read(place, &there, 1) == 1 && there == bracket ? place : place - 1;
    }
    void ended(int depth)
    {
        if (depth == 1)
            (*entries)[current].end = at(stream->place(), ']') + 1;
    }
};

// A list's items, each built and handed on as it ends.
struct ItemReader {
    const std::function<void(int index, const QJsonValue& item)>* visit = nullptr;
    int next = 0;

    bool build(int depth, bool) { return depth == 1; }
    bool wants(int) const { return true; }
    bool wantsKeys(int) const { return true; }
    static constexpr bool NumbersChecked = true;
    void key(int, QString) {}
    void value(int depth, const QJsonValue& item)
    {
        if (depth == 1)
            (*visit)(next++, item);
    }
    void ended(int) {}
};

// A list's items as the fields asked for: of an object, only those fields' values are built
// (a list or an object among them whole), and of its other keys only their names; an item that
// is not an object is built as it is.
struct FieldReader {
    const std::function<void(int index, const InterchangeSource::ItemFields& item)>* visit = nullptr;
    QVector<QByteArray> names; // the fields asked for, as UTF-8, the file's own encoding
    InterchangeSource::ItemFields item;
    int next = 0;
    qsizetype field = -1; // the field whose value comes next; -1 for a key not asked for

    bool build(int depth, bool object)
    {
        if (depth != 1)
            return depth == 2 && field >= 0;
        if (!object)
            return true;
        item.isObject = true;
        item.value = QJsonValue();
        std::fill(item.fields.begin(), item.fields.end(), QJsonValue(QJsonValue::Undefined));
        item.otherKeys.clear();
        field = -1;
        return false;
    }
    bool wants(int depth) const { return depth == 1 || (depth == 2 && field >= 0); }
    bool wantsKeys(int depth) const { return depth == 2; }
    static constexpr bool NumbersChecked = true;
    void rawKey(int depth, const char* text, qsizetype length)
    {
        if (depth != 2)
            return;
        // A key's leading byte order mark is no part of it, as QString::fromUtf8 reads it.
        QByteArrayView key(text, length);
        if (key.startsWith("\xEF\xBB\xBF"))
            key = key.sliced(3);
        for (field = 0; field < names.size(); ++field)
            if (names.at(field) == key)
                return;
        field = -1;
        item.otherKeys << QString::fromUtf8(key);
    }
    void key(int, QString) {}
    void value(int depth, const QJsonValue& value)
    {
        if (depth == 1) { // an item that is not an object
            item.isObject = false;
            item.value = value;
            std::fill(item.fields.begin(), item.fields.end(), QJsonValue(QJsonValue::Undefined));
            item.otherKeys.clear();
            (*visit)(next++, item);
        } else if (depth == 2 && field >= 0) {
            item.fields[field] = value; // of a key given twice, the last value kept
        }
    }
    void ended(int depth)
    {
        if (depth != 1)
            return;
        if (item.otherKeys.size() > 1) {
            item.otherKeys.sort();
            item.otherKeys.removeDuplicates();
        }
        (*visit)(next++, item);
    }
};

} // namespace

JsonTextSource::JsonTextSource(QByteArrayView text)
    : m_bytes(std::make_unique<ViewBytes>(text))
{
}

JsonTextSource::JsonTextSource(std::unique_ptr<Bytes> bytes)
    : m_bytes(std::move(bytes))
{
}

std::unique_ptr<JsonTextSource> JsonTextSource::forFile(const QString& path)
{
    return std::unique_ptr<JsonTextSource>(new JsonTextSource(std::make_unique<FileBytes>(path)));
}

JsonTextSource::~JsonTextSource() = default;

namespace {

// One reading of the whole text for its root object (RootReader), and how it went.
struct RootReading {
    rapidjson::ParseResult read;
    bool broken = false;
    bool badEncoding = false;
    bool tooDeep = false;
    bool badNumber = false;
    bool rootIsObject = false;
    qint64 place = 0; // where the reader stopped
};

template <unsigned Flags>
RootReading readRoot(JsonTextSource::Bytes& bytes, qint64 start, QStringList* keys,
                     QHash<QString, JsonTextSource::RootEntry>* entries)
{
    keys->clear();
    entries->clear();
    TextStream stream(bytes, start, bytes.size());
    RootReader root{&bytes, &stream, keys, entries, false, {}, {}};
    Events<RootReader> events(root);
    rapidjson::Reader reader;
    RootReading reading;
    reading.read = reader.Parse<Flags>(stream, events);
    reading.broken = stream.broken();
    reading.badEncoding = stream.badEncoding();
    reading.tooDeep = events.tooDeep();
    reading.badNumber = events.badNumber();
    reading.rootIsObject = root.rootIsObject;
    reading.place = stream.place();
    return reading;
}

} // namespace

Status JsonTextSource::open(const QString& sourceName)
{
    char head[3] = {};
    m_start = m_bytes->read(0, head, 3) == 3 && QByteArrayView(head, 3) == QByteArrayView("\xEF\xBB\xBF") ? 3 : 0;
    RootReading reading = readRoot<ReadFlags>(*m_bytes, m_start, &m_keys, &m_entries);
    // Not UTF-8 somewhere: read again with RapidJSON's check of each string, which says where
    // (or finds a mistake in the JSON before it first).
    if (!reading.broken && reading.badEncoding)
        reading = readRoot<CheckedFlags>(*m_bytes, m_start, &m_keys, &m_entries);
    const rapidjson::ParseResult& read = reading.read;
    const auto refuse = [this](const Error& error) {
        m_keys.clear();
        m_entries.clear();
        return error;
    };
    if (reading.broken)
        return refuse(Error{QObject::tr("%1 could not be read to its end. Nothing was imported.").arg(sourceName), {}});
    QString reason;
    qint64 at = m_start + qint64(read.Offset());
    if (read.IsError()) {
        reason = reading.tooDeep     ? QObject::tr("values are nested more than %1 deep").arg(DeepestNesting)
                 : reading.badNumber ? QObject::tr("a number too large to read")
                                     : QString::fromUtf8(rapidjson::GetParseError_En(read.Code()));
    } else if (reading.place != m_bytes->size()) {
        // The reader takes a NUL byte for the end of the text.
        reason = QString::fromUtf8(rapidjson::GetParseError_En(rapidjson::kParseErrorDocumentRootNotSingular));
        at = reading.place;
    } else if (reading.badEncoding) {
        // Not in a string, where the reader would have said so first: refused all the same.
        reason = QString::fromUtf8(rapidjson::GetParseError_En(rapidjson::kParseErrorStringInvalidEncoding));
        at = reading.place;
    }
    if (!reason.isEmpty()) {
        const auto [line, column] = lineAndColumn(*m_bytes, m_start, at);
        return refuse(Error{QObject::tr("%1 is not valid JSON: %2 at line %3, column %4. Nothing was imported.")
                                .arg(sourceName, reason)
                                .arg(line)
                                .arg(column),
                            {}});
    }
    if (!reading.rootIsObject)
        return refuse(Error{QObject::tr("%1 is not a Waymark interchange file: it must hold one JSON object. Nothing "
                                        "was imported.")
                                .arg(sourceName),
                            {}});
    return {};
}

QJsonValue JsonTextSource::rootValue(const QString& key) const
{
    const auto found = m_entries.constFind(key);
    return found == m_entries.constEnd() || found->list ? QJsonValue(QJsonValue::Undefined) : found->value;
}

bool JsonTextSource::isList(const QString& key) const
{
    const auto found = m_entries.constFind(key);
    return found != m_entries.constEnd() && (found->list || found->value.isArray());
}

bool JsonTextSource::forEachItem(const QString& key,
                                 const std::function<void(int index, const QJsonValue& item)>& visit) const
{
    const auto found = m_entries.constFind(key);
    if (found == m_entries.constEnd())
        return true;
    if (!found->list) {
        const QJsonArray items = found->value.toArray();
        for (int i = 0; i < items.size(); ++i)
            visit(i, items.at(i));
        return true;
    }
    TextStream stream(*m_bytes, found->begin, found->end);
    ItemReader items{&visit, 0};
    Events<ItemReader> events(items);
    rapidjson::Reader reader;
    const rapidjson::ParseResult read = reader.Parse<ReadFlags>(stream, events);
    return !read.IsError() && !stream.broken() && !stream.badEncoding() && stream.place() == found->end;
}

qint64 JsonTextSource::listWeight(const QString& key) const
{
    const auto found = m_entries.constFind(key);
    return found == m_entries.constEnd() || !found->list ? 0 : found->end - found->begin;
}

bool JsonTextSource::forEachItemFields(const QString& key, const QStringList& fields,
                                       const std::function<void(int index, const ItemFields& item)>& visit) const
{
    const auto found = m_entries.constFind(key);
    if (found == m_entries.constEnd() || !found->list)
        return InterchangeSource::forEachItemFields(key, fields, visit);
    TextStream stream(*m_bytes, found->begin, found->end);
    FieldReader items;
    items.visit = &visit;
    for (const QString& field : fields)
        items.names << field.toUtf8();
    items.item.fields.resize(fields.size());
    Events<FieldReader> events(items);
    rapidjson::Reader reader;
    const rapidjson::ParseResult read = reader.Parse<ReadFlags>(stream, events);
    return !read.IsError() && !stream.broken() && !stream.badEncoding() && stream.place() == found->end;
}

} // namespace waymark
