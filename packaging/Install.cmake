# What `cmake --install` and the .deb put where (GNU layout under the
# prefix, /usr in the package). The man page and changelog are gzipped at
# build time with -n, so the package is the same from one build to the next.
include(GNUInstallDirs)

set(SORE_PACKAGING_OUT ${PROJECT_BINARY_DIR}/packaging)
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${SORE_PACKAGING_OUT}/changelog @ONLY)

find_program(GZIP gzip REQUIRED)
function(sore_gzip source output)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${GZIP} -9 -n -c ${source} > ${output}
    DEPENDS ${source}
    COMMENT "Compressing ${source}"
    VERBATIM)
endfunction()
sore_gzip(${PROJECT_SOURCE_DIR}/packaging/sore.1 ${SORE_PACKAGING_OUT}/sore.1.gz)
sore_gzip(${SORE_PACKAGING_OUT}/changelog ${SORE_PACKAGING_OUT}/changelog.gz)
add_custom_target(sore_docs ALL DEPENDS ${SORE_PACKAGING_OUT}/sore.1.gz
                                        ${SORE_PACKAGING_OUT}/changelog.gz)

install(TARGETS sore RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${SORE_PACKAGING_OUT}/sore.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/completions/sore.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME sore)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/completions/_sore
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/packaging/copyright
              ${SORE_PACKAGING_OUT}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
