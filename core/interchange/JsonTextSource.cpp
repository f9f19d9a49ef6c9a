#include "core/interchange/JsonTextSource.h"

#include "core/interchange/InterchangeSchema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace waymark {

namespace {

// Strict JSON (no comments, no trailing commas, no NaN), strings checked to be UTF-8, numbers
// read exactly, and no recursion however deeply a hostile file nests.
constexpr unsigned ReadFlags =
    rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag | rapidjson::kParseFullPrecisionFlag;

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
        add(done.object ? QJsonValue(done.members) : QJsonValue(done.items));
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
            top.members.insert(top.key, value);
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
        QJsonObject members;
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

QJsonValue number(int64_t n)
{
    return QJsonValue(qint64(n));
}
QJsonValue number(uint64_t n)
{
    return n <= uint64_t(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(n)) : QJsonValue(double(n));
}

// The reader's events as values for `Receiver::value(depth, QJsonValue)`, with the depth at
// which each begins: the receiver says, at each container's start, whether it wants it built.
template <typename Receiver> class Events : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Events<Receiver>> {
public:
    explicit Events(Receiver& receiver)
        : m_receiver(receiver)
    {
    }

    bool Null() { return scalar(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return scalar(QJsonValue(b)); }
    bool Int(int i) { return scalar(number(int64_t(i))); }
    bool Uint(unsigned u) { return scalar(number(uint64_t(u))); }
    bool Int64(int64_t i) { return scalar(number(i)); }
    bool Uint64(uint64_t u) { return scalar(number(u)); }
    bool Double(double d) { return scalar(QJsonValue(d)); }
    bool String(const char* text, rapidjson::SizeType length, bool)
    {
        return scalar(QJsonValue(QString::fromUtf8(text, qsizetype(length))));
    }
    bool Key(const char* text, rapidjson::SizeType length, bool)
    {
        QString key = QString::fromUtf8(text, qsizetype(length));
        if (m_builder.building())
            m_builder.key(std::move(key));
        else
            m_receiver.key(m_depth, std::move(key));
        return true;
    }
    bool StartObject() { return start(true); }
    bool tooDeep() const { return m_tooDeep; }
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
};

// The root object: each key's value built, except a list of records, whose place is noted.
struct RootReader {
    QByteArrayView text;
    const rapidjson::MemoryStream* stream = nullptr;
    QStringList* keys = nullptr;
    QHash<QString, JsonTextSource::RootEntry>* entries = nullptr;
    bool rootIsObject = false;
    QString current; // the root key whose value is being read

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
            entry.begin = at(qsizetype(stream->Tell()), '[');
            return false;
        }
        return depth == 1;
    }
    void key(int depth, QString name)
    {
        if (depth != 1)
            return;
        current = std::move(name);
        if (!keys->contains(current))
            keys->append(current);
    }
    void value(int depth, const QJsonValue& value)
    {
        if (depth == 1)
            (*entries)[current] = JsonTextSource::RootEntry{false, 0, 0, value};
    }
    // The place of a list's bracket, from where the reader is as it tells of it: at the bracket
    // (its iterative reading) or just past it.
    qsizetype at(qsizetype place, char bracket) const
    {
        return place < text.size() && text.at(place) == bracket ? place : place - 1;
    }
    void ended(int depth)
    {
        if (depth == 1)
            (*entries)[current].end = at(qsizetype(stream->Tell()), ']') + 1;
    }
};

// A list's items, each built and handed on as it ends.
struct ItemReader {
    const std::function<void(int index, const QJsonValue& item)>* visit = nullptr;
    int next = 0;

    bool build(int depth, bool) { return depth == 1; }
    void key(int, QString) {}
    void value(int depth, const QJsonValue& item)
    {
        if (depth == 1)
            (*visit)(next++, item);
    }
    void ended(int) {}
};

} // namespace

JsonTextSource::JsonTextSource(QByteArrayView text)
    : m_text(text.startsWith("\xEF\xBB\xBF") ? text.sliced(3) : text)
{
}

JsonTextSource::~JsonTextSource() = default;

Status JsonTextSource::open(const QString& sourceName)
{
    m_keys.clear();
    m_entries.clear();
    rapidjson::MemoryStream stream(m_text.data(), size_t(m_text.size()));
    RootReader root{m_text, &stream, &m_keys, &m_entries, false, {}};
    Events<RootReader> events(root);
    rapidjson::Reader reader;
    const rapidjson::ParseResult read = reader.Parse<ReadFlags>(stream, events);
    if (read.IsError()) {
        const QByteArrayView before = m_text.first(std::min(qsizetype(read.Offset()), m_text.size()));
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int line = int(before.count('\n')) + 1;
        // Columns are counted in characters, not bytes, as an editor shows them.
        const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
        m_keys.clear();
        m_entries.clear();
        return Error{QObject::tr("%1 is not valid JSON: %2 at line %3, column %4. Nothing was imported.")
                         .arg(sourceName, events.tooDeep()
                                              ? QObject::tr("values are nested more than %1 deep").arg(DeepestNesting)
                                              : QString::fromUtf8(rapidjson::GetParseError_En(read.Code())))
                         .arg(line)
                         .arg(column),
                     {}};
    }
    if (!root.rootIsObject) {
        m_keys.clear();
        m_entries.clear();
        return Error{QObject::tr("%1 is not a Waymark interchange file: it must hold one JSON object. Nothing was "
                                 "imported.")
                         .arg(sourceName),
                     {}};
    }
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

void JsonTextSource::forEachItem(const QString& key,
                                 const std::function<void(int index, const QJsonValue& item)>& visit) const
{
    const auto found = m_entries.constFind(key);
    if (found == m_entries.constEnd())
        return;
    if (!found->list) {
        const QJsonArray items = found->value.toArray();
        for (int i = 0; i < items.size(); ++i)
            visit(i, items.at(i));
        return;
    }
    // The list was read whole once by open(), so it reads again without a fault.
    const QByteArrayView list = m_text.sliced(found->begin, found->end - found->begin);
    rapidjson::MemoryStream stream(list.data(), size_t(list.size()));
    ItemReader items{&visit, 0};
    Events<ItemReader> events(items);
    rapidjson::Reader reader;
    reader.Parse<ReadFlags>(stream, events);
}

} // namespace waymark
