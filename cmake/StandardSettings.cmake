# Build settings shared by every target, as INTERFACE libraries (ccache style).

include(${CMAKE_CURRENT_LIST_DIR}/Ccache.cmake)

add_library(standard_warnings INTERFACE)
target_compile_options(standard_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  -Wimplicit-fallthrough -Wformat=2)

add_library(standard_settings INTERFACE)
target_compile_features(standard_settings INTERFACE cxx_std_20)
if(SORE_ASAN)
  target_compile_options(standard_settings INTERFACE -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(standard_settings INTERFACE -fsanitize=address)
  # Not position-independent: these binaries carry ~0.5-0.8 million
  # relocations, applied at every start, and the tests start thousands.
  target_compile_options(standard_settings INTERFACE -fno-pie)
  target_link_options(standard_settings INTERFACE -no-pie)
endif()
if(SORE_UBSAN)
  target_compile_options(standard_settings INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
  target_link_options(standard_settings INTERFACE -fsanitize=undefined)
endif()
# GCC links the sanitizer runtimes as shared libraries unless told otherwise;
# linked in, each start of sore is about a tenth quicker (clang does so anyway).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  if(SORE_ASAN)
    target_link_options(standard_settings INTERFACE -static-libasan)
  endif()
  if(SORE_UBSAN)
    target_link_options(standard_settings INTERFACE -static-libubsan)
  endif()
endif()

# libFuzzer's coverage hooks in every object, so the fuzzers
# (tests/fuzz) steer by sore_core's branches; only they link libFuzzer.
if(SORE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SORE_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
  endif()
  target_compile_options(standard_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
  target_link_options(standard_settings INTERFACE -fsanitize=address,undefined)
endif()

# Debian's usual hardening for the optimised builds a package is made from:
# checked libc calls, and a read-only GOT once loaded.
if(NOT SORE_ASAN AND NOT SORE_FUZZ)
  target_compile_definitions(standard_settings INTERFACE
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()
target_link_options(standard_settings INTERFACE -Wl,-z,relro -Wl,-z,now)

# Start-up: binding libstdc++.so was a fifth of `sore --version` (perf:
# the dynamic loader relocating it), which tests/bench holds to 1.2 times
# `sqlite3 -version`. No shared library sore loads is C++ (see the note in
# CMakeLists.txt), so the C++ runtime links in; 1.22 times became 1.03.
# The sanitizer and fuzzing builds keep it shared, as their runtimes expect.
if(NOT SORE_ASAN AND NOT SORE_UBSAN AND NOT SORE_FUZZ)
  target_link_options(standard_settings INTERFACE -static-libstdc++ -static-libgcc)
endif()

# `make check` builds only what its plain-build tests need (the target
# check_plain, tests/CMakeLists.txt), and packaging.deb runs cpack there: so
# cpack and the install target take what is built rather than build all
# first. Build before packaging or installing, as `make package` does.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
