#pragma once

#include "core/domain/Result.h"
#include "core/storage/Database.h"

#include <memory>

namespace waymark {

// A new encrypted database: a random key, wrapped for its administrator by their passphrase
// (KeyRing), and the file created with it. What `init` and the app's first run both do.
namespace EncryptedDatabase {

// Refused, changing nothing: a passphrase PassphraseRules refuses, a file already there, keys
// already there (a moved database's keys must not be overwritten).
Result<std::unique_ptr<Database>> create(const QString& path, const QString& administrator, const QString& passphrase,
                                         Database::Options options = {});

// A plain database (one made before Waymark encrypted, or a demo) encrypted where it is, with
// `administrator` as its first account. The encrypted copy is made and checked beside it first;
// only then does it take the plain file's place, and the plain file is overwritten before it is
// removed. Refused, changing nothing: an encrypted file, one in use, a passphrase the rules refuse.
Status encryptExisting(const QString& path, const QString& administrator, const QString& passphrase);

} // namespace EncryptedDatabase
} // namespace waymark
