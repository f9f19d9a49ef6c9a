#include "core/domain/DocumentLanguage.h"
#include "core/domain/CodeList.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// One message of a Qt Linguist catalogue.
struct CatalogueMessage {
    QString context;
    QString source;
    QStringList translations; // one, or a plural's forms
    bool plural = false;
};

QVector<CatalogueMessage> readCatalogue(const QString& path)
{
    QVector<CatalogueMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            message = CatalogueMessage{
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        else if (name == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            if (!message.plural) {
                message.translations << xml.readElementText();
                out << message;
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
            if (message.translations.size() == 1)
                out << message;
            else
                out.last().translations = message.translations;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

QString catalogue(const QString& code)
{
    return QStringLiteral(WAYMARK_SOURCE_DIR "/translations/waymark_%1.ts").arg(code);
}

// The %1, %2 and %n a text fills in, as a set: a translation that loses one prints a raw "%2" or
// drops a name or a date.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

// Keyboard shortcut markers: "&" before a character, not "&&" nor an HTML entity.
int mnemonics(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("(?<!&)&(?![&#a-zA-Z]+;|&)"));
    return int(text.count(marker));
}

} // namespace

TEST(DocumentLanguage, ThePersonsFirstLanguageChoosesTheirFormsAsKeyWorkersWriteIt)
{
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral("Polish")), QStringLiteral("pl"));
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral(" polski ")), QStringLiteral("pl"));
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral("Bengali (Sylheti)")), QStringLiteral("bn"));
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral("Sylheti")), QStringLiteral("bn"));
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral("বাংলা")), QStringLiteral("bn"));
    // The language named first, as the person put it.
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral("Bengali / English")), QStringLiteral("bn"));
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral("English, Polish")), QStringLiteral("en"));
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral("Polish/Bengali")), QStringLiteral("pl"));
    // None of Waymark's: English, never a guess.
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral("Romanian")), QStringLiteral("en"));
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QStringLiteral("English")), QStringLiteral("en"));
    EXPECT_EQ(DocumentLanguage::forFirstLanguage(QString()), QStringLiteral("en"));
}

TEST(DocumentLanguage, AScopeTurnsTextLabelsAndDatesIntoItsLanguageUntilItEnds)
{
    const QDate august(2026, 8, 3);
    const CodeList& sources = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::ReferralSource));
    ASSERT_EQ(DocumentLanguage::translate("FormContent", "Support plan"), QStringLiteral("Support plan"));
    ASSERT_EQ(LocalTime::formatDate(august), QStringLiteral("Mon 3 Aug 2026"));
    {
        const DocumentLanguage::Scope polish(QStringLiteral("pl"));
        EXPECT_EQ(DocumentLanguage::current(), QStringLiteral("pl"));
        EXPECT_EQ(DocumentLanguage::translate("FormContent", "Support plan"), QStringLiteral("Plan wsparcia"));
        EXPECT_EQ(LocalTime::formatDate(august), QStringLiteral("pon. 3 sie 2026"));
        EXPECT_NE(sources.displayLabel(QStringLiteral("self")), sources.label(QStringLiteral("self")));
        {
            const DocumentLanguage::Scope bengali(QStringLiteral("bn"));
            const QString title = DocumentLanguage::translate("FormContent", "Support plan");
            EXPECT_TRUE(title.contains(QRegularExpression(QStringLiteral("[\\x{0980}-\\x{09FF}]"))))
                << title.toStdString();
        }
        EXPECT_EQ(DocumentLanguage::translate("FormContent", "Support plan"), QStringLiteral("Plan wsparcia"));
    }
    EXPECT_EQ(DocumentLanguage::translate("FormContent", "Support plan"), QStringLiteral("Support plan"));
    EXPECT_EQ(LocalTime::formatDate(august), QStringLiteral("Mon 3 Aug 2026"));
    EXPECT_EQ(sources.displayLabel(QStringLiteral("self")), QStringLiteral("Self-referral"));
}

TEST(DocumentLanguage, AFormInEnglishStaysEnglishWhenTheWindowIsInPolish)
{
    QTranslator* polish = DocumentLanguage::translator(QStringLiteral("pl"));
    ASSERT_NE(polish, nullptr) << "the Polish catalogue is not built in";
    QCoreApplication::installTranslator(polish);
    EXPECT_EQ(DocumentLanguage::translate("FormContent", "Support plan"), QStringLiteral("Plan wsparcia"));
    {
        const DocumentLanguage::Scope english(QStringLiteral("en"));
        EXPECT_EQ(DocumentLanguage::translate("FormContent", "Support plan"), QStringLiteral("Support plan"));
        EXPECT_EQ(DocumentLanguage::translate("FormContent", "%1 minutes", -1), QStringLiteral("%1 minutes"));
    }
    QCoreApplication::removeTranslator(polish);
}

TEST(DocumentLanguage, EveryStringOfEachCatalogueIsTranslatedKeepingWhatItFillsIn)
{
    for (const QString& code : {QStringLiteral("pl"), QStringLiteral("bn")}) {
        const QVector<CatalogueMessage> messages = readCatalogue(catalogue(code));
        EXPECT_GT(messages.size(), 2000) << code.toStdString();
        // Qt's plural rules: Polish has three forms (1; 2-4; 5 and more), Bengali two.
        const int pluralForms = code == QLatin1String("pl") ? 3 : 2;
        for (const CatalogueMessage& m : messages) {
            const std::string where =
                code.toStdString() + " " + m.context.toStdString() + ": " + m.source.toStdString();
            ASSERT_FALSE(m.translations.isEmpty()) << where;
            if (m.plural) {
                EXPECT_EQ(m.translations.size(), pluralForms) << where;
            }
            for (const QString& t : m.translations) {
                EXPECT_FALSE(t.trimmed().isEmpty()) << where;
                EXPECT_EQ(placeholders(t), placeholders(m.source)) << where << " -> " << t.toStdString();
                EXPECT_EQ(mnemonics(t), mnemonics(m.source)) << where << " -> " << t.toStdString();
            }
        }
    }
}

TEST(DocumentLanguage, TheCataloguesHoldEveryStringTheSourcesMarkForTranslation)
{
    // lupdate over the sources, as `cmake --build build --target update_translations` runs it,
    // into a scratch catalogue: a string added without being put into the catalogues (and so
    // without a translation) fails here.
    QTemporaryDir dir;
    const QString scratch = dir.filePath(QStringLiteral("scratch_pl.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(WAYMARK_SOURCE_DIR));
    lupdate.start(QStringLiteral(WAYMARK_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral("-I"), QStringLiteral(WAYMARK_SOURCE_DIR), QStringLiteral("core"),
                   QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), scratch});
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    QSet<QString> marked;
    for (const CatalogueMessage& m : readCatalogue(scratch))
        marked << m.context + QLatin1Char('\x1f') + m.source;
    ASSERT_GT(marked.size(), 2000);
    for (const QString& code : {QStringLiteral("pl"), QStringLiteral("bn")}) {
        QSet<QString> held;
        for (const CatalogueMessage& m : readCatalogue(catalogue(code)))
            held << m.context + QLatin1Char('\x1f') + m.source;
        for (const QString& missing : marked - held)
            ADD_FAILURE() << "waymark_" << code.toStdString() << ".ts lacks "
                          << QString(missing).replace(QLatin1Char('\x1f'), QStringLiteral(": ")).toStdString()
                          << " (run the update_translations target, then translate it)";
    }
}
