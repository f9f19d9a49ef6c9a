# cmake -DPROGRAM=<waymark-cli> -DFOLDER=<scratch folder> -P MissingSqlCipher.cmake
# With SQLCipher unloadable (a file by its name that is not a library, found first), creating a
# database says which package is missing and ends as an error the user can fix (exit status 1),
# not a crash.
file(REMOVE_RECURSE ${FOLDER})
file(MAKE_DIRECTORY ${FOLDER}/lib)
file(WRITE ${FOLDER}/lib/libsqlcipher.so.0 "not a library")
execute_process(COMMAND ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${FOLDER}/lib
                        "WAYMARK_PASSPHRASE=a long passphrase for a test only" ${PROGRAM} --db ${FOLDER}/new.db init
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status STREQUAL "1")
  message(FATAL_ERROR "exit status ${status}, not 1; said: ${out}${err}")
endif()
if(NOT "${out}${err}" MATCHES "libsqlcipher\\.so\\.0 \\(Debian's package libsqlcipher0\\), which could not be loaded")
  message(FATAL_ERROR "it did not say SQLCipher is missing: ${out}${err}")
endif()
if(EXISTS ${FOLDER}/new.db AND NOT IS_DIRECTORY ${FOLDER}/new.db)
  file(SIZE ${FOLDER}/new.db size)
  if(size GREATER 0)
    message(FATAL_ERROR "a database was written without SQLCipher")
  endif()
endif()
message(STATUS "said: ${out}${err}")
