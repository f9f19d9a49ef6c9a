#include "core/interchange/JsonTextSource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <thread>

using namespace waymark;

namespace {

// Every item of a list, as the importer is given them.
QVector<QJsonValue> itemsOf(const JsonTextSource& source, const QString& list)
{
    QVector<QJsonValue> items;
    source.forEachItem(list, [&items](int index, const QJsonValue& item) {
        EXPECT_EQ(index, items.size());
        items << item;
    });
    return items;
}

} // namespace

TEST(JsonTextSource, EachListIsReadARecordAtATimeWithTheRootsOtherValues)
{
    // Brackets and quotes inside text, nested lists and a list with nothing in it.
    const QByteArray text = R"({"format": "waymark", "version": 1,
        "service_users": [{"id": "p-1", "given_name": "Ann [the elder]", "x_tags": [["a"], {"b": "]}"}]},
                          {"id": "p-2", "given_name": "Bo \"Jo\" \\ ]"}],
        "notes": [], "x_ours": {"kept": true}})";
    JsonTextSource source(text);
    ASSERT_TRUE(source.open(QStringLiteral("t.json")).ok());

    EXPECT_EQ(source.rootKeys(),
              (QStringList{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("service_users"),
                           QStringLiteral("notes"), QStringLiteral("x_ours")}));
    EXPECT_EQ(source.rootValue(QStringLiteral("format")).toString(), QStringLiteral("waymark"));
    EXPECT_EQ(source.rootValue(QStringLiteral("version")).toInt(), 1);
    EXPECT_TRUE(source.rootValue(QStringLiteral("x_ours")).toObject().value(QStringLiteral("kept")).toBool());
    EXPECT_TRUE(source.rootValue(QStringLiteral("exported_at")).isUndefined());
    EXPECT_TRUE(source.isList(QStringLiteral("service_users")));
    EXPECT_TRUE(source.isList(QStringLiteral("notes")));
    EXPECT_FALSE(source.isList(QStringLiteral("format")));

    const QVector<QJsonValue> people = itemsOf(source, QStringLiteral("service_users"));
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(people.at(0).toObject().value(QStringLiteral("given_name")).toString(),
              QStringLiteral("Ann [the elder]"));
    EXPECT_EQ(
        people.at(0).toObject().value(QStringLiteral("x_tags")).toArray().at(1).toObject().value(QStringLiteral("b")),
        QStringLiteral("]}"));
    EXPECT_EQ(people.at(1).toObject().value(QStringLiteral("given_name")).toString(), QStringLiteral("Bo \"Jo\" \\ ]"));
    EXPECT_TRUE(itemsOf(source, QStringLiteral("notes")).isEmpty());
    // A list is read again the same, as often as it is gone through.
    EXPECT_EQ(itemsOf(source, QStringLiteral("service_users")), people);
}

TEST(JsonTextSource, NumbersAndTextAreReadAsQtsOwnReaderWould)
{
    const QByteArray text = "{\"appointments\": [1, -7, 9007199254740993, 18446744073709551615, 2.5, 1e3, true, null, "
                            "\"\\u00e9t\\u00e9 \xe2\x82\xac\"]}";
    JsonTextSource source(text);
    ASSERT_TRUE(source.open(QStringLiteral("t.json")).ok());
    const QVector<QJsonValue> items = itemsOf(source, QStringLiteral("appointments"));
    ASSERT_EQ(items.size(), 9);
    EXPECT_EQ(items.at(0).toInteger(), 1);
    EXPECT_EQ(items.at(1).toInteger(), -7);
    EXPECT_EQ(items.at(2).toInteger(), 9007199254740993LL);
    EXPECT_TRUE(items.at(3).isDouble());
    EXPECT_DOUBLE_EQ(items.at(4).toDouble(), 2.5);
    EXPECT_DOUBLE_EQ(items.at(5).toDouble(), 1000.0);
    EXPECT_TRUE(items.at(6).toBool());
    EXPECT_TRUE(items.at(7).isNull());
    EXPECT_EQ(items.at(8).toString(), QString::fromUtf8("\xc3\xa9t\xc3\xa9 \xe2\x82\xac"));
}

TEST(JsonTextSource, ABrokenFileSaysWhatIsWrongAndWhereInCharacters)
{
    // The fault is on the third line, after a two-byte character.
    const QByteArray text("{\n  \"format\": \"waymark\",\n  \"x_\xc3\xa9\": 1,,\n}");
    JsonTextSource source(text);
    const Status opened = source.open(QStringLiteral("bad.json"));
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.startsWith(QStringLiteral("bad.json is not valid JSON: ")))
        << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("at line 3, column 12")))
        << opened.error().message.toStdString();
    EXPECT_TRUE(source.rootKeys().isEmpty());
}

TEST(JsonTextSource, TextThatIsNotUtf8OrNotAnObjectOrTooMuchIsRefused)
{
    for (const QByteArray& text :
         {QByteArray("{\"notes\": [\"\xff\xfe\"]}"), QByteArray("[1, 2]"), QByteArray("\"waymark\""),
          QByteArray("{} {}"), QByteArray(), QByteArray("{\"notes\": [1, 2,]}")}) {
        JsonTextSource source(text);
        EXPECT_FALSE(source.open(QStringLiteral("x.json")).ok()) << text.toStdString();
    }
}

TEST(JsonTextSource, TextNotUtf8IsRefusedSayingWhereEvenAcrossTheEndOfABuffer)
{
    // Said where, as before the text was checked a buffer at a time.
    const QByteArray bad("{\n  \"format\": \"waymark\",\n  \"x_note\": \"caf\xc3\",\n  \"notes\": []\n}");
    JsonTextSource source(bad);
    const Status opened = source.open(QStringLiteral("bad.json"));
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("Invalid encoding in string")))
        << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("at line 3, column ")))
        << opened.error().message.toStdString();

    // A character, good or bad, cut by the end of the reader's 64 KB buffer at each of its bytes:
    // the good ones are read whole, the bad ones refused, in a list as at the root.
    const QByteArray good[] = {"\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80"};
    const QByteArray wrong[] = {"\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\x82\xac\xac"};
    for (qsizetype shift = 0; shift < 5; ++shift) {
        const auto textWith = [shift](const QByteArray& character) {
            // {"notes": [{"text": "aaa...<character>"}]}: the character starts `shift` before 65,536.
            const QByteArray head("{\"notes\": [{\"text\": \"");
            return head + QByteArray(65536 - shift - head.size(), 'a') + character + "\"}]}";
        };
        for (const QByteArray& character : good) {
            const QByteArray text = textWith(character);
            JsonTextSource reading(text);
            ASSERT_TRUE(reading.open(QStringLiteral("x.json")).ok()) << shift;
            const QVector<QJsonValue> notes = itemsOf(reading, QStringLiteral("notes"));
            ASSERT_EQ(notes.size(), 1);
            EXPECT_TRUE(notes.first()[QStringLiteral("text")].toString().endsWith(QString::fromUtf8(character)));
        }
        for (const QByteArray& character : wrong) {
            const QByteArray text = textWith(character);
            JsonTextSource reading(text);
            EXPECT_FALSE(reading.open(QStringLiteral("x.json")).ok())
                << shift << " " << character.toHex().toStdString();
        }
    }
}

TEST(JsonTextSource, AByteOrderMarkIsPassedOverAndNestingTooDeepIsRefused)
{
    const auto nested = [](int depth) {
        QByteArray text = "\xEF\xBB\xBF{\"x_deep\": ";
        text += QByteArray(depth, '[') + QByteArray(depth, ']');
        return text + ", \"notes\": [{\"id\": \"n-1\"}]}";
    };
    const QByteArray deep = nested(1000);
    JsonTextSource source(deep);
    ASSERT_TRUE(source.open(QStringLiteral("deep.json")).ok());
    EXPECT_EQ(itemsOf(source, QStringLiteral("notes")).size(), 1);

    const QByteArray tooDeep = nested(100000);
    JsonTextSource refused(tooDeep);
    const Status opened = refused.open(QStringLiteral("deep.json"));
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("nested more than 1024 deep")))
        << opened.error().message.toStdString();
}

TEST(JsonTextSource, AnExtremeExponentIsReadWithoutOverflow)
{
    // RapidJSON 1.1.0's own conversion of this overflows a signed int (CVE-2024-38517).
    const QByteArray text = "{\"appointments\": [0.0000000000e-2147483639, 15e-1]}";
    JsonTextSource source(text);
    ASSERT_TRUE(source.open(QStringLiteral("t.json")).ok());
    const QVector<QJsonValue> items = itemsOf(source, QStringLiteral("appointments"));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(items.at(1).toDouble(), 1.5);
}

TEST(JsonTextSource, AFileIsReadFromDiskAndAListCutShortAfterwardsIsToldOf)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("caseload.json"));
    const QByteArray text = "{\"format\": \"waymark\", \"notes\": [{\"id\": \"n-1\"}, {\"id\": \"n-2\"}]}";
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const std::unique_ptr<JsonTextSource> source = JsonTextSource::forFile(path);
    ASSERT_TRUE(source->open(QStringLiteral("caseload.json")).ok());
    EXPECT_EQ(itemsOf(*source, QStringLiteral("notes")).size(), 2);
    EXPECT_TRUE(source->forEachItem(QStringLiteral("notes"), [](int, const QJsonValue&) {}));

    // Changed on disk to text that is not UTF-8, the same length, after the first reading.
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(text.indexOf("n-2")));
        file.write("\xff");
    }
    EXPECT_FALSE(source->forEachItem(QStringLiteral("notes"), [](int, const QJsonValue&) {}));
    EXPECT_FALSE(source->forEachItemFields(QStringLiteral("notes"), {QStringLiteral("id")},
                                           [](int, const InterchangeSource::ItemFields&) {}));

    // Cut short on disk (a share dropped, another program wrote it) after the first reading.
    ASSERT_TRUE(QFile::resize(path, text.indexOf("{\"id\": \"n-2\"")));
    EXPECT_FALSE(source->forEachItem(QStringLiteral("notes"), [](int, const QJsonValue&) {}));
}

TEST(JsonTextSource, AKeyGivenTwiceKeepsItsLastValueAsQtsReaderDoes)
{
    const QByteArray text = "{\"notes\": [{\"text\": \"first\", \"id\": \"n-1\", \"text\": \"second\"}]}";
    JsonTextSource source(text);
    ASSERT_TRUE(source.open(QStringLiteral("t.json")).ok());
    const QVector<QJsonValue> items = itemsOf(source, QStringLiteral("notes"));
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("second"));
    EXPECT_EQ(items.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("n-1"));
    EXPECT_EQ(items.at(0).toObject().size(), 2);
}

TEST(JsonTextSource, EachRecordIsReadAsTheFieldsAskedForWithTheNamesOfItsOtherKeys)
{
    const QByteArray text = R"({"appointments": [
        {"id": "a-1", "support_period_id": "sp-1", "notes": "long text", "x_old": {"id": "inner"}, "n": 3,
         "scores": {"home": 4, "money": null}, "zeta": [1, 2], "n": 4},
        {"support_period_id": ["not", "text"], "id": "a-2", "id": "a-2b", "b": 1, "a": {"x": 1}, "b": 2},
        "not an object", 7, ["a", "list"], {}, {"\uFEFFid": "a-3", "q\"uote\u00e9": 1}]})";
    JsonTextSource source(text);
    ASSERT_TRUE(source.open(QStringLiteral("t.json")).ok());
    const QStringList asked{QStringLiteral("id"), QStringLiteral("support_period_id"), QStringLiteral("n"),
                            QStringLiteral("scores"), QStringLiteral("missing")};
    QVector<InterchangeSource::ItemFields> items;
    EXPECT_TRUE(source.forEachItemFields(QStringLiteral("appointments"), asked,
                                         [&items](int index, const InterchangeSource::ItemFields& item) {
                                             EXPECT_EQ(index, items.size());
                                             items << item;
                                         }));
    ASSERT_EQ(items.size(), 7);
    const InterchangeSource::ItemFields& first = items.at(0);
    EXPECT_TRUE(first.isObject);
    ASSERT_EQ(first.fields.size(), asked.size());
    EXPECT_EQ(first.fields.at(0).toString(), QStringLiteral("a-1"));
    EXPECT_EQ(first.fields.at(1).toString(), QStringLiteral("sp-1"));
    EXPECT_EQ(first.fields.at(2).toInt(), 4); // given twice: the last kept, as a whole reading keeps it
    // A field that is an object comes whole; one not given is undefined.
    EXPECT_EQ(first.fields.at(3).toObject().value(QStringLiteral("home")).toInt(), 4);
    EXPECT_TRUE(first.fields.at(3).toObject().value(QStringLiteral("money")).isNull());
    EXPECT_TRUE(first.fields.at(4).isUndefined());
    // Of the other keys, only their names, in order.
    EXPECT_EQ(first.otherKeys, (QStringList{QStringLiteral("notes"), QStringLiteral("x_old"), QStringLiteral("zeta")}));

    const InterchangeSource::ItemFields& second = items.at(1);
    EXPECT_EQ(second.fields.at(0).toString(), QStringLiteral("a-2b"));
    EXPECT_TRUE(second.fields.at(1).isArray());
    EXPECT_TRUE(second.fields.at(2).isUndefined()); // nothing left over from the record before
    EXPECT_EQ(second.otherKeys, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    // Items that are not objects come as they are (a list, as a list).
    EXPECT_FALSE(items.at(2).isObject);
    EXPECT_EQ(items.at(2).value.toString(), QStringLiteral("not an object"));
    EXPECT_EQ(items.at(3).value.toInt(), 7);
    EXPECT_TRUE(items.at(4).value.isArray());
    EXPECT_TRUE(items.at(5).isObject);
    EXPECT_TRUE(items.at(5).otherKeys.isEmpty());
    EXPECT_TRUE(items.at(5).fields.at(0).isUndefined());

    // Each record the same as when it is read whole and then split (as a source with its
    // records whole, a document in memory, gives them), escapes and a byte order mark in a key
    // included.
    qsizetype at = 0;
    EXPECT_TRUE(source.InterchangeSource::forEachItemFields(
        QStringLiteral("appointments"), asked, [&](int index, const InterchangeSource::ItemFields& item) {
            EXPECT_EQ(index, at);
            const InterchangeSource::ItemFields& read = items.at(at++);
            EXPECT_EQ(item.isObject, read.isObject) << index;
            EXPECT_EQ(item.value, read.value) << index;
            EXPECT_EQ(item.fields, read.fields) << index;
            EXPECT_EQ(item.otherKeys, read.otherKeys) << index;
        }));
    EXPECT_EQ(at, items.size());
}

TEST(JsonTextSource, TwoListsOfAFileReadAtOnceOnTwoThreadsAreEachReadWhole)
{
    // Lists long enough to be read in many buffers, each thread's reads taking turns with the
    // other's at the one file.
    QJsonArray notes;
    QJsonArray appointments;
    for (int i = 0; i < 20000; ++i) {
        notes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("n-%1").arg(i)},
                                 {QStringLiteral("text"), QStringLiteral("note %1 ").arg(i).repeated(4)}});
        appointments.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("a-%1").arg(i)}, {QStringLiteral("minutes"), i % 90}});
    }
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("caseload.json"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("notes"), notes}, {QStringLiteral("appointments"), appointments}})
                .toJson());
    }
    const std::unique_ptr<JsonTextSource> source = JsonTextSource::forFile(path);
    ASSERT_TRUE(source->open(QStringLiteral("caseload.json")).ok());
    EXPECT_TRUE(source->readsListsAtOnce());
    EXPECT_GT(source->listWeight(QStringLiteral("notes")), source->listWeight(QStringLiteral("appointments")));
    EXPECT_EQ(source->listWeight(QStringLiteral("missing")), 0);

    const auto idsOf = [&source](const QString& list, QStringList& ids, bool& whole) {
        whole = source->forEachItemFields(
            list, {QStringLiteral("id")},
            [&ids](int, const InterchangeSource::ItemFields& item) { ids << item.fields.at(0).toString(); });
    };
    QStringList noteIds;
    QStringList appointmentIds;
    bool notesWhole = false;
    bool appointmentsWhole = false;
    std::thread other([&]() { idsOf(QStringLiteral("notes"), noteIds, notesWhole); });
    idsOf(QStringLiteral("appointments"), appointmentIds, appointmentsWhole);
    other.join();
    EXPECT_TRUE(notesWhole);
    EXPECT_TRUE(appointmentsWhole);
    ASSERT_EQ(noteIds.size(), 20000);
    ASSERT_EQ(appointmentIds.size(), 20000);
    for (int i = 0; i < 20000; ++i) {
        EXPECT_EQ(noteIds.at(i), QStringLiteral("n-%1").arg(i));
        EXPECT_EQ(appointmentIds.at(i), QStringLiteral("a-%1").arg(i));
    }
}
