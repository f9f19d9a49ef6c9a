#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

// Lets GoogleTest print Qt strings as text in a failure message, not as bytes. Qt's types live
// in the global namespace, so the printers do too, where argument-dependent lookup finds them.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QStringList& list, std::ostream* out)
{
    *out << "{ ";
    for (const QString& s : list)
        *out << '"' << s.toStdString() << "\" ";
    *out << '}';
}
