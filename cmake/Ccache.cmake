# Compiles through ccache when it is installed (Debian: ccache), so a second
# build of the same sources, in this clone or a fresh one in another folder,
# takes its objects from the cache. Without ccache, or with -DSORE_CCACHE=OFF,
# the compiler runs directly. A launcher given on the command line
# (-DCMAKE_CXX_COMPILER_LAUNCHER=...) is left alone.
#
# What makes a fresh clone elsewhere hit (ccache's "Compiling in different
# directories"):
# - base_dir is the source root: ccache rewrites absolute paths under it (the
#   source file, -I folders, -MF, -o) relative to the build folder before it
#   hashes them, so they read the same in every clone;
# - -fdebug-prefix-map=<source root>=. keeps the clone's path out of the debug
#   information; with it and base_dir, ccache leaves the build folder's path
#   out of the hash;
# - no absolute path in a -D definition of a widely compiled file (see
#   tests/CMakeLists.txt: the test data and binary paths go only to the
#   files that use them).
# That needs the build folder inside the source root, as `make` has it.
#
# depend_mode: on a miss ccache takes the list of headers from the
# compiler's own dependency file (CMake passes -MD) instead of running the
# preprocessor over every file once more before compiling it.

option(SORE_CCACHE "Compile through ccache when it is installed" ON)

if(SORE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(SORE_CCACHE_PROGRAM ccache)
  if(SORE_CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_DEPEND=true
        ${SORE_CCACHE_PROGRAM})
    message(STATUS "Compiling through ${SORE_CCACHE_PROGRAM} (base_dir ${PROJECT_SOURCE_DIR})")
  else()
    message(STATUS "ccache not found: compiling directly (apt-get install ccache)")
  endif()
endif()

# Relative paths in the debug information, with or without ccache: the same
# objects whichever folder the clone is in.
add_compile_options(-fdebug-prefix-map=${PROJECT_SOURCE_DIR}=.)
