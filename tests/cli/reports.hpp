#pragma once

// Helpers for the whole-program tests of `sore week` and `sore causes`:
// journals are built only through `sore log`, reports read as JSON or text.

#include "json.hpp"

#include <algorithm>
#include <stdexcept>

namespace sore::testing {

// `sore log ARGS`, which must succeed (throws, failing the test, if not).
inline void log_entry(const Sandbox& box, std::vector<std::string> args) {
    args.insert(args.begin(), "log");
    auto r = box.run(args);
    if (r.status != 0) {
        std::string words;
        for (const auto& arg : args) {
            words += " " + arg;
        }
        throw std::runtime_error("sore" + words + " failed: " + r.err);
    }
}

// `sore ARGS --format json`, parsed; fails the test on a bad run.
inline nlohmann::json report_json(const Sandbox& box, std::vector<std::string> args) {
    args.insert(args.end(), {"--format", "json"});
    auto r = box.run(args);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, box.read_stderr());
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
}

// The keys of a JSON object, sorted.
inline std::vector<std::string> keys_of(const nlohmann::json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) {
        keys.push_back(item.key());
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

// The table rows of `sore week` text: the lines that start with an ISO week
// (reports.cpp, like the next: std::regex is slow to compile).
std::vector<std::string> week_rows(const std::string& text);

// "nan", "inf" or "infinity" as a word, in any case ("inflamed" is fine).
bool has_nan_or_inf(const std::string& text);

} // namespace sore::testing
