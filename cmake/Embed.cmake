# sore_embed(OUTPUT out.cpp NAME symbol FILES a.sql b.sql ...)
# Generates a C++ file defining `std::span<const sore::EmbeddedFile> symbol()`
# with each file's base name and text, so SQL ships inside the binary.
set(SORE_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/EmbedScript.cmake)

function(sore_embed)
  cmake_parse_arguments(ARG "" "OUTPUT;NAME" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DNAME=${ARG_NAME}
            "-DFILES=${ARG_FILES}" -P ${SORE_EMBED_SCRIPT}
    DEPENDS ${ARG_FILES} ${SORE_EMBED_SCRIPT}
    COMMENT "Embedding ${ARG_NAME}"
    VERBATIM)
endfunction()
