# cmake -DOBJDUMP=... -DPROGRAM=... -P NeedsNoLazyLibrary.cmake
# Fails if PROGRAM has SQLCipher, libcrypto, libxlsxwriter or libzip loaded as it starts: each is
# loaded when first used (core/storage/LazyLibrary.h), and loading them with the program took
# some milliseconds of the window's start (issue 9). Also fails if it shows other libraries any
# function of SQLite's (its own definitions hand on to SQLCipher's, and must never be called by
# SQLCipher in place of its own).
set(lazy libsqlcipher libcrypto libxlsxwriter libzip)
execute_process(COMMAND ${OBJDUMP} -p -T ${PROGRAM} OUTPUT_VARIABLE dump RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "${OBJDUMP} could not read ${PROGRAM}")
endif()
string(REGEX MATCHALL "NEEDED[ \t]+[^ \t\r\n]+" needed "${dump}")
if(NOT needed MATCHES "libQt6Core")
  message(FATAL_ERROR "${PROGRAM} lists none of the libraries it needs (not read as expected): ${needed}")
endif()
foreach(library ${lazy})
  if(needed MATCHES "${library}")
    message(FATAL_ERROR "${PROGRAM} has ${library} loaded as it starts: ${needed}")
  endif()
endforeach()
# Dynamic symbols defined (a section, not *UND*) named as SQLite's or libxlsxwriter's.
string(REGEX MATCHALL "\n[0-9a-f]+ [^\n]*[ \t]\\.text[^\n]*(sqlite3_|workbook_|worksheet_)[^\n]*" shown "${dump}")
if(shown)
  message(FATAL_ERROR "${PROGRAM} shows other libraries its own: ${shown}")
endif()
# Started (its help printed, after Qt is made): what the system's loader opened meanwhile.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LD_DEBUG=files QT_QPA_PLATFORM=offscreen ${PROGRAM} --help
                OUTPUT_QUIET ERROR_VARIABLE loaded RESULT_VARIABLE failed)
if(failed OR NOT loaded MATCHES "libQt6Core")
  message(FATAL_ERROR "${PROGRAM} --help failed or its loading was not seen (${failed})")
endif()
foreach(library ${lazy})
  if(loaded MATCHES "file=[^ ]*${library}")
    message(FATAL_ERROR "${PROGRAM} loaded ${library} as it started")
  endif()
endforeach()
message(STATUS "${PROGRAM} needs: ${needed}")
