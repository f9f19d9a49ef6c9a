#pragma once

#include <QString>

namespace waymark {

// Checks of the identifiers a person's record holds.
namespace IdentityChecks {

// An NHS number is ten digits whose last is a modulus 11 check digit (weights 10 down to 2;
// 11 - remainder, where 11 means 0 and 10 means the number is not valid). Spaces and hyphens as
// people write them ("943 476 5919") are allowed.
bool isValidNhsNumber(const QString& text);
// "9434765919" for any of the ways it is written; empty when it is not ten digits.
QString normalisedNhsNumber(const QString& text);

// A UK postcode in its written shape: outward code (A9, A99, A9A, AA9, AA99, AA9A), a space
// (optional when typed) and inward code (9AA). Case does not matter.
bool isValidUkPostcode(const QString& text);
// "RM17 6SL" for "rm176sl"; the text unchanged when it is not a postcode.
QString normalisedUkPostcode(const QString& text);

} // namespace IdentityChecks

} // namespace waymark
