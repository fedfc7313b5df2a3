#pragma once

// Shared by the fuzz targets: the fixed "today" they parse against, and a
// property check that fails the way libFuzzer notices (abort), with a line
// saying which property broke.

#include <cstdio>
#include <cstdlib>
#include <date/date.h>

namespace sore::fuzz {

// The day the CLI tests pin with SORE_TODAY, so their exports import here.
inline constexpr date::sys_days today{date::year{2026} / 11 / 27};

inline void require(bool holds, const char* property) {
    if (!holds) {
        std::fprintf(stderr, "fuzz property broken: %s\n", property);
        std::abort();
    }
}

} // namespace sore::fuzz
