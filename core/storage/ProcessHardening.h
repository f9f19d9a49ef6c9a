#pragma once

namespace waymark {

// Keeps what is in memory (the database key, the records on screen) out of files the system
// writes when the program crashes: no core dump, and other processes of the same user cannot
// read its memory. Called first thing by both programs.
namespace ProcessHardening {

void forbidCoreDumps();

} // namespace ProcessHardening
} // namespace waymark
