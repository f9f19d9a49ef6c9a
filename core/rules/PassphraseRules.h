#pragma once

#include <QString>

#include <optional>

namespace waymark {

// What a staff member's passphrase must be: it is all that stands between a lost laptop and the
// records on it.
namespace PassphraseRules {

inline constexpr int MinimumLength = 12;

// Why the passphrase will not do, in a sentence for the person choosing it; none when it will.
std::optional<QString> problem(const QString& passphrase);

} // namespace PassphraseRules
} // namespace waymark
