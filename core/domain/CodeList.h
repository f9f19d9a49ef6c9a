#pragma once

#include <QString>
#include <QVector>

namespace waymark {

// One coded answer: the code stored and exchanged, and the English label shown and printed.
struct Code {
    QString code;
    QString label;
    // Used only by the accommodation list: whether the code counts as independent living (KPI 1).
    bool independent = false;
};

// A named, ordered list of codes, such as the referral sources or the 2021 census ethnicities.
class CodeList {
public:
    CodeList() = default;
    CodeList(QString name, QVector<Code> codes);

    const QString& name() const { return m_name; }
    const QVector<Code>& codes() const { return m_codes; }

    bool contains(const QString& code) const;
    const Code* find(const QString& code) const;
    // The label in English, or the code itself when the list does not know it.
    QString label(const QString& code) const;
    // The label in the user's language (falls back to English).
    QString displayLabel(const QString& code) const;
    QStringList allCodes() const;

private:
    QString m_name;
    QVector<Code> m_codes;
};

} // namespace waymark
