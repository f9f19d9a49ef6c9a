#include "ui/InterfaceLanguage.h"

#include "core/domain/DocumentLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace waymark {

namespace {

const QString SettingKey = QStringLiteral("interface/language");

} // namespace

QString InterfaceLanguage::chosen()
{
    const QString code = QSettings().value(SettingKey).toString();
    return DocumentLanguage::isAvailable(code) ? code : QString();
}

void InterfaceLanguage::choose(const QString& code)
{
    if (code.isEmpty() || !DocumentLanguage::isAvailable(code))
        QSettings().remove(SettingKey);
    else
        QSettings().setValue(SettingKey, code);
}

QString InterfaceLanguage::effective()
{
    const QString code = chosen();
    return code.isEmpty() ? DocumentLanguage::systemLanguage() : code;
}

void InterfaceLanguage::install()
{
    const QString code = effective();
    DocumentLanguage::setInterfaceLanguage(code);
    if (code == QLatin1String(DocumentLanguage::English))
        return;
    // Kept for the life of the application, like the translators DocumentLanguage holds.
    if (QTranslator* ours = DocumentLanguage::translator(code))
        QCoreApplication::installTranslator(ours);
    // Qt's own strings (a file dialog's buttons, the print preview's tools), from Debian's
    // qt6-translations-l10n when it is installed; English without it.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace waymark
