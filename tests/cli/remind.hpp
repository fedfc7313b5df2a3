#pragma once

// What the whole-program tests of `sore due` and `sore remind` share
// (due_test.cpp, remind_test.cpp, remind_now_test.cpp). Today is pinned to
// Friday 2026-11-27 in Europe/Berlin (runner.cpp); the time of day is the
// real one, so "Next:" is checked against the clock read around the run.

#include "reports.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace sore::testing::reminders {

using sore::testing::fails_with;
using sore::testing::lines;
using sore::testing::log_entry;
using sore::testing::mode_of;
using sore::testing::read_file;
using sore::testing::Result;
using sore::testing::Sandbox;
using sore::testing::write_file;
using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;
using Lines = std::vector<std::string>;

namespace fs = std::filesystem;

// What `sore due` says, given the journal's entries (today: Friday 2026-11-27).
inline const std::string log_today =
    "Nothing is logged for today yet; a rest day counts too. Log it: sore log --soreness N";
inline const std::string caution_advice =
    "While an injury is fresh, massage is better put off; a doctor or physiotherapist can guide "
    "its recovery instead. Tell your therapist about it before the next session.";

inline std::string check_in(const std::string& when, const std::string& session) {
    return fmt::format("How sore are you today, {} {}? Log it: sore log --soreness N", when,
                       session);
}

// Runs `script` with /bin/sh in the sandbox's environment and folder instead
// of sore: the runner puts the sore binary after the prefix, where it is the
// script's $0, unused; `args` are $1, $2, ...
inline Result shell(Sandbox& box, const std::string& script,
                    const std::vector<std::string>& args = {}) {
    auto saved = box.prefix;
    box.prefix = {"/bin/sh", "-c", script};
    auto r = box.run(args);
    box.prefix = saved;
    return r;
}

// Minutes since midnight in the sandbox's time zone, now.
inline int minutes_now(Sandbox& box) {
    auto r = shell(box, "exec date +%H:%M");
    EXPECT_EQ(r.status, 0) << r.err;
    return r.out.size() >= 5 ? std::stoi(r.out.substr(0, 2)) * 60 + std::stoi(r.out.substr(3, 2))
                             : -1;
}

// When the next of `times` (sorted, "HH:MM") is after `now` minutes, as
// sore says it in text ("today at 20:30") and JSON ("2026-11-27T20:30").
struct Next {
    std::string text;
    std::string iso;
};

inline Next next_after(const Lines& times, int now) {
    for (const auto& t : times) {
        if (std::stoi(t.substr(0, 2)) * 60 + std::stoi(t.substr(3, 2)) > now) {
            return {"today at " + t, "2026-11-27T" + t};
        }
    }
    return {"tomorrow at " + times.front(), "2026-11-28T" + times.front()};
}

// The run's next reminder was right for the clock before or after it.
inline ::testing::AssertionResult is_next(const std::string& said, const Lines& times, int before,
                                          int after, bool iso = false) {
    for (int now : {before, after}) {
        auto next = next_after(times, now);
        if (said == (iso ? next.iso : next.text)) {
            return ::testing::AssertionSuccess();
        }
    }
    return ::testing::AssertionFailure()
           << "'" << said << "' is not the next of the times after minute " << before << " or "
           << after;
}

// The text of a unit word as sore writes it in ExecStart=: quoted, with
// backslash and quote escaped, % and $ doubled.
inline std::string exec_word(const std::string& word) {
    std::string out = "\"";
    for (char c : word) {
        if (c == '\\' || c == '"') {
            out += '\\';
        } else if (c == '%' || c == '$') {
            out += c;
        }
        out += c;
    }
    return out + "\"";
}

// The sore program as its unit names it: /proc/self/exe, links resolved.
inline std::string program() {
    return fs::canonical(sore::testing::sore_binary()).string();
}
// The names in a folder, sorted.
inline Lines names_in(const fs::path& dir) {
    Lines names;
    for (const auto& item : fs::directory_iterator(dir)) {
        names.push_back(item.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace sore::testing::reminders
