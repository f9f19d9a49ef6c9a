#pragma once

#include <QDate>
#include <QString>

#include <optional>

class QComboBox;

namespace waymark {

// Filling and reading the combo boxes forms share, so every coded answer is offered the same way.
namespace FormChoices {

// The codes of a ReferenceCodes list with their labels, after a first "Not recorded" entry
// (empty code) when `allowNone`.
void fillCodes(QComboBox* box, const char* list, bool allowNone = true,
               const QString& noneText = QString());
// "Not asked" / "Yes" / "No".
void fillYesNo(QComboBox* box, const QString& unsetText = QString());
std::optional<bool> yesNo(const QComboBox* box);
void setYesNo(QComboBox* box, std::optional<bool> value);
// Selects the entry holding `code` (the first entry when none does).
void select(QComboBox* box, const QString& code);
QString code(const QComboBox* box);
// A person as a list to choose from shows them: the name as the service addresses them, and
// the date of birth that tells two people of one name apart ("Lexi (Alexandra Tester), born
// Fri 14 Mar 1980").
QString personLabel(const QString& given, const QString& family, const QString& preferred, const QDate& born);

} // namespace FormChoices

} // namespace waymark
