#include "core/domain/DocumentLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace waymark {

namespace {

// A language as text is translated into it: its translator (none for English) and its locale.
// A translator is loaded when the language is first used, not as the program starts (loading
// every language's took a tenth of the window's start, for one language used).
class LanguageState {
public:
    LanguageState(QString languageCode, QLocale languageLocale)
        : code(std::move(languageCode))
        , locale(std::move(languageLocale))
    {
    }

    QTranslator* translator() const
    {
        std::call_once(m_loaded, [this] {
            if (code == QLatin1String(DocumentLanguage::English))
                return;
            auto translator = std::make_unique<QTranslator>();
            // Built in by qt_add_translations (core/CMakeLists.txt).
            if (translator->load(QStringLiteral(":/waymark/i18n/waymark_%1.qm").arg(code)))
                m_translator = std::move(translator);
        });
        return m_translator.get();
    }

    const QString code;
    const QLocale locale;

private:
    mutable std::once_flag m_loaded;
    mutable std::unique_ptr<QTranslator> m_translator;
};

QLocale localeOf(const QString& code)
{
    if (code == QLatin1String("pl"))
        return QLocale(QLocale::Polish, QLocale::Poland);
    if (code == QLatin1String("bn"))
        return QLocale(QLocale::Bengali, QLocale::Bangladesh);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// Every language, made once for the life of the process and owned here (a scope only points
// at one), so that each is freed when the process ends.
const std::vector<std::unique_ptr<const LanguageState>>& states()
{
    static const std::vector<std::unique_ptr<const LanguageState>> made = [] {
        std::vector<std::unique_ptr<const LanguageState>> out;
        for (const DocumentLanguage::Language& language : DocumentLanguage::available())
            out.push_back(std::make_unique<const LanguageState>(language.code, localeOf(language.code)));
        return out;
    }();
    return made;
}

const LanguageState* findState(const QString& code)
{
    for (const auto& state : states())
        if (state->code == code)
            return state.get();
    return nullptr;
}

const LanguageState* stateOf(const QString& code)
{
    const LanguageState* state = findState(code);
    return state ? state : findState(QString::fromLatin1(DocumentLanguage::English));
}

thread_local const LanguageState* t_scope = nullptr;
std::atomic<const LanguageState*> g_interface{nullptr};

const LanguageState* interfaceState()
{
    const LanguageState* state = g_interface.load();
    return state ? state : stateOf(QString::fromLatin1(DocumentLanguage::English));
}

} // namespace

const QVector<DocumentLanguage::Language>& DocumentLanguage::available()
{
    static const QVector<Language> languages{
        // The English names are shown in the window's language (context "DocumentLanguage").
        {QStringLiteral("en"), QStringLiteral(QT_TRANSLATE_NOOP("DocumentLanguage", "English")),
         QStringLiteral("English")},
        {QStringLiteral("pl"), QStringLiteral(QT_TRANSLATE_NOOP("DocumentLanguage", "Polish")),
         QStringLiteral("Polski")},
        {QStringLiteral("bn"), QStringLiteral(QT_TRANSLATE_NOOP("DocumentLanguage", "Bengali")),
         QStringLiteral("বাংলা")},
    };
    return languages;
}

bool DocumentLanguage::isAvailable(const QString& code)
{
    for (const Language& language : available())
        if (language.code == code)
            return true;
    return false;
}

QString DocumentLanguage::nativeName(const QString& code)
{
    for (const Language& language : available())
        if (language.code == code)
            return language.nativeName;
    return code;
}

QString DocumentLanguage::forFirstLanguage(const QString& firstLanguage)
{
    const QString said = firstLanguage.trimmed().toLower();
    if (said.isEmpty())
        return QString::fromLatin1(English);
    // What a key worker might type for each: the English name, the language's own, and for
    // Bengali the Sylheti most of Camden's Bangladeshi families speak (written in Bengali).
    static const QVector<QPair<QString, QStringList>> names{
        {QStringLiteral("pl"), {QStringLiteral("polish"), QStringLiteral("polski"), QStringLiteral("polska")}},
        {QStringLiteral("bn"),
         {QStringLiteral("bengali"), QStringLiteral("bangla"), QStringLiteral("bengla"), QStringLiteral("sylheti"),
          QStringLiteral("বাংলা"), QStringLiteral("সিলেটি")}},
    };
    // The language named first: "Bengali / English" is Bengali, "English, Polish" is English.
    // A word counts only where a word starts, so "polska" is not found inside another word.
    QString chosen = QString::fromLatin1(English);
    qsizetype first = -1;
    const auto consider = [&](const QString& code, const QString& word) {
        for (qsizetype at = said.indexOf(word); at >= 0; at = said.indexOf(word, at + 1))
            if (at == 0 || !said.at(at - 1).isLetter()) {
                if (first < 0 || at < first) {
                    first = at;
                    chosen = code;
                }
                return;
            }
    };
    for (const auto& [code, words] : names)
        for (const QString& word : words)
            consider(code, word);
    for (const QString& word : {QStringLiteral("english"), QStringLiteral("angielski")})
        consider(QString::fromLatin1(English), word);
    return chosen;
}

QString DocumentLanguage::systemLanguage()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QString::fromLatin1(English);
}

QTranslator* DocumentLanguage::translator(const QString& code)
{
    const LanguageState* state = findState(code);
    return state ? state->translator() : nullptr;
}

QString DocumentLanguage::translate(const char* context, const char* source, int n)
{
    if (const LanguageState* scope = t_scope) {
        QString text;
        if (const QTranslator* translator = scope->translator())
            text = translator->translate(context, source, nullptr, n);
        if (text.isEmpty())
            text = QString::fromUtf8(source);
        // QTranslator leaves %n as it is (QCoreApplication::translate fills it in), so it is
        // filled in here, in the scope's own digits.
        if (n >= 0)
            text.replace(QLatin1String("%n"), scope->locale.toString(n));
        return text;
    }
    return QCoreApplication::translate(context, source, nullptr, n);
}

QLocale DocumentLanguage::locale()
{
    return (t_scope ? t_scope : interfaceState())->locale;
}

QString DocumentLanguage::current()
{
    return (t_scope ? t_scope : interfaceState())->code;
}

void DocumentLanguage::setInterfaceLanguage(const QString& code)
{
    g_interface.store(stateOf(code));
}

DocumentLanguage::Scope::Scope(const QString& code)
    : m_previous(t_scope)
{
    t_scope = stateOf(code);
}

DocumentLanguage::Scope::~Scope()
{
    t_scope = static_cast<const LanguageState*>(m_previous);
}

} // namespace waymark
