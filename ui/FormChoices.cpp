#include "ui/FormChoices.h"

#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"

#include <QComboBox>
#include <QCoreApplication>

namespace waymark::FormChoices {

namespace {
QString t(const char* text)
{
    return QCoreApplication::translate("FormChoices", text);
}
} // namespace

void fillCodes(QComboBox* box, const char* list, bool allowNone, const QString& noneText)
{
    box->clear();
    if (allowNone)
        box->addItem(noneText.isEmpty() ? t(QT_TRANSLATE_NOOP("FormChoices", "Not recorded")) : noneText, QString());
    const CodeList& codes = ReferenceCodes::list(QString::fromLatin1(list));
    for (const Code& c : codes.codes())
        box->addItem(codes.displayLabel(c.code), c.code);
}

void fillYesNo(QComboBox* box, const QString& unsetText)
{
    box->clear();
    box->addItem(unsetText.isEmpty() ? t(QT_TRANSLATE_NOOP("FormChoices", "Not asked")) : unsetText, QString());
    box->addItem(t(QT_TRANSLATE_NOOP("FormChoices", "Yes")), QStringLiteral("yes"));
    box->addItem(t(QT_TRANSLATE_NOOP("FormChoices", "No")), QStringLiteral("no"));
}

std::optional<bool> yesNo(const QComboBox* box)
{
    const QString value = box->currentData().toString();
    if (value.isEmpty())
        return std::nullopt;
    return value == QLatin1String("yes");
}

void setYesNo(QComboBox* box, std::optional<bool> value)
{
    select(box, !value ? QString() : (*value ? QStringLiteral("yes") : QStringLiteral("no")));
}

void select(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

QString code(const QComboBox* box)
{
    return box->currentData().toString();
}

QString personLabel(const QString& given, const QString& family, const QString& preferred, const QDate& born)
{
    const QString name = PersonName::display(given, family, preferred);
    return born.isValid() ? t(QT_TRANSLATE_NOOP("FormChoices", "%1, born %2")).arg(name, LocalTime::formatDate(born))
                          : name;
}

} // namespace waymark::FormChoices
