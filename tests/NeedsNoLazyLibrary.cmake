# cmake -DOBJDUMP=... -DPROGRAM=... -P NeedsNoLazyLibrary.cmake
# Fails if PROGRAM has the system's loader load SQLCipher, libcrypto, libxlsxwriter or libzip as it
# starts: each is loaded when first used (core/storage/LazyLibrary.h), and loading them with the
# program took some milliseconds of the window's start (issue 9).
execute_process(COMMAND ${OBJDUMP} -p ${PROGRAM} OUTPUT_VARIABLE dump RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "${OBJDUMP} could not read ${PROGRAM}")
endif()
string(REGEX MATCHALL "NEEDED[ \t]+[^ \t\r\n]+" needed "${dump}")
if(NOT needed MATCHES "libQt6Core")
  message(FATAL_ERROR "${PROGRAM} lists none of the libraries it needs (not read as expected): ${needed}")
endif()
foreach(library libsqlcipher libcrypto libxlsxwriter libzip)
  if(needed MATCHES "${library}")
    message(FATAL_ERROR "${PROGRAM} has ${library} loaded as it starts: ${needed}")
  endif()
endforeach()
message(STATUS "${PROGRAM} needs: ${needed}")
