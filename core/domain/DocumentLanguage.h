#pragma once

#include <QLocale>
#include <QString>
#include <QVector>

class QTranslator;

namespace waymark {

// The languages Waymark is written in: English, and the translations built into it (Polish and
// Bengali, two of the main community languages of the boroughs it serves). A printed form is in
// the language of the person it is for, whatever the language of the window it is printed from;
// while a Scope lives, what this thread translates through here (the form's text, code labels,
// dates) is in the scope's language.
class DocumentLanguage {
public:
    struct Language {
        QString code;        // "pl"
        QString englishName; // "Polish"
        QString nativeName;  // "Polski"
    };

    static constexpr const char* English = "en";

    // English first, then each translation built in.
    static const QVector<Language>& available();
    static bool isAvailable(const QString& code);
    // The language's own name, "Polski"; the code itself if it is not available.
    static QString nativeName(const QString& code);
    // The language to print in for a person whose record gives their first language as
    // `firstLanguage` ("Polish", "polski", "Bengali", "Sylheti", "বাংলা"): English when none of
    // ours matches.
    static QString forFirstLanguage(const QString& firstLanguage);
    // The system's language when Waymark has it, else English.
    static QString systemLanguage();

    // The translator of a language, loaded once and kept; null for English or an unknown code.
    static QTranslator* translator(const QString& code);

    // Text in the scope's language on this thread, else in the window's (QCoreApplication's
    // translators). `n` fills %n of a plural.
    static QString translate(const char* context, const char* source, int n = -1);
    // Dates are written with this: the scope's language, else the window's, in the UK.
    static QLocale locale();
    // The scope's language on this thread, else the window's.
    static QString current();

    // The window's language (the whole process): dates then follow it. Installing its
    // translator into the application is the app's job.
    static void setInterfaceLanguage(const QString& code);

    class Scope {
    public:
        explicit Scope(const QString& code);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        const void* m_previous;
    };
};

} // namespace waymark
