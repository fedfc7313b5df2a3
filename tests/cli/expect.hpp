#pragma once

// Assertions shared by the whole-program tests: how a failed run must look
// (one line "sore: error: ...", nothing on stdout) and small value helpers.

#include "runner.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
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

// `sore list --format json`, parsed; fails the test on a bad run.
inline nlohmann::json list_json(const Sandbox& box, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"list", "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = box.run(args);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::array();
}

// The ids of `sore list --format json [extra]`, in the order listed.
inline std::vector<long long> listed_ids(const Sandbox& box, std::vector<std::string> extra = {}) {
    std::vector<long long> ids;
    for (const auto& entry : list_json(box, std::move(extra))) {
        ids.push_back(entry["id"].get<long long>());
    }
    return ids;
}

// `sore show ID --format json`, parsed.
inline nlohmann::json show_json(const Sandbox& box, const std::string& id) {
    auto r = box.run({"show", id, "--format", "json"});
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
}

} // namespace sore::testing
