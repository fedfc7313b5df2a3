#pragma once

// Assertions shared by the whole-program tests: how a failed run must look
// (one line "sore: error: ...", nothing on stdout) and small value helpers.
// Reading sore's JSON is in json.hpp, kept out of here: nlohmann's header is
// among the slowest to compile, and many tests need none of it.

#include "runner.hpp"

#include <gtest/gtest.h>
#include <string>
#include <string_view>
#include <vector>

namespace sore::testing {

// The run exited with `status`, wrote nothing to stdout, and wrote exactly
// one line to stderr: "sore: error: " followed by text containing every part.
inline ::testing::AssertionResult fails_with(const Result& r, int status,
                                             const std::vector<std::string>& parts) {
    auto failure = [&](std::string_view what) {
        return ::testing::AssertionFailure() << what << "\n  status: " << r.status
                                             << "\n  stdout: " << r.out << "\n  stderr: " << r.err;
    };
    if (r.status != status) {
        return failure("wrong exit status (expected " + std::to_string(status) + ")");
    }
    if (!r.out.empty()) {
        return failure("stdout is not empty");
    }
    if (!r.err.starts_with("sore: error: ")) {
        return failure("stderr does not start with 'sore: error: '");
    }
    if (r.err.back() != '\n' || r.err.find('\n') != r.err.size() - 1) {
        return failure("stderr is not exactly one line");
    }
    for (const auto& part : parts) {
        if (r.err.find(part) == std::string::npos) {
            return failure("stderr does not contain \"" + part + "\"");
        }
    }
    return ::testing::AssertionSuccess();
}

inline bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// The ids of `sore list --format json [extra]`, in the order listed
// (json.cpp); fails the test on a bad run.
std::vector<long long> listed_ids(const Sandbox& box, std::vector<std::string> extra = {});

} // namespace sore::testing
