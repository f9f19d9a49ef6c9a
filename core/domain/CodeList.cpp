#include "core/domain/CodeList.h"

#include "core/domain/DocumentLanguage.h"

#include <QCoreApplication>

namespace waymark {

CodeList::CodeList(QString name, QVector<Code> codes)
    : m_name(std::move(name))
    , m_codes(std::move(codes))
{
}

const Code* CodeList::find(const QString& code) const
{
    for (const Code& c : m_codes) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

bool CodeList::contains(const QString& code) const { return find(code) != nullptr; }

QString CodeList::label(const QString& code) const
{
    const Code* c = find(code);
    return c ? c->label : code;
}

QString CodeList::displayLabel(const QString& code) const
{
    const Code* c = find(code);
    if (!c)
        return code;
    // In a printed form's language while one is being made (DocumentLanguage::Scope).
    return DocumentLanguage::translate("waymark::ReferenceCodes", c->label.toUtf8().constData());
}

QStringList CodeList::allCodes() const
{
    QStringList out;
    out.reserve(m_codes.size());
    for (const Code& c : m_codes)
        out << c.code;
    return out;
}

} // namespace waymark
