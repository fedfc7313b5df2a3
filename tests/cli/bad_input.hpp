#pragma once

// The bad-input table: each case runs one sore command against a journal of
// three entries, logged with `sore log` once per test process and copied into
// each case's sandbox. It must exit with its status (2 bad
// input, 1 the environment), print nothing on stdout and one line
// "sore: error: ..." naming the problem, and change no file in the sandbox:
// the journal byte for byte, any file SORE_DB or --db points at, no -wal or
// -shm beside them, no new journal or folder, no half-written export. bad_input_test.cpp runs the
// cases and holds those on arguments and values; bad_input_env_test.cpp those on files, the config
// file and the environment.

#include "expect.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace sore::testing {

struct BadInput {
    const char* name;
    std::vector<std::string> args;  // "{dir}" stands for the sandbox folder
    std::vector<std::string> parts; // each must appear in the error line; "{dir}" as above
    int status = 2;
    // Makes the files and environment the case needs, after the entries are
    // logged and before the sandbox is looked at; it may GTEST_SKIP.
    void (*setup)(Sandbox&) = nullptr;
};

inline void PrintTo(const BadInput& c, std::ostream* os) {
    *os << c.name;
}

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

inline std::string bad_input_name(const ::testing::TestParamInfo<BadInput>& info) {
    return info.param.name;
}

} // namespace sore::testing
