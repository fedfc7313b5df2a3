// `sore causes` (and `sore week`) on twelve weeks of generated entries where
// soreness on clean days rises with hours sat and a session every other
// Monday adds soreness the day after. The journal is made by a fixed LCG, so
// every run sees the same entries, and the expected figures are computed
// here from them. Then the exact keys of the causes JSON.

#include "reports.hpp"

#include <array>
#include <cstdint>
#include <fmt/format.h>
#include <map>
#include <regex>

using sore::testing::contains;
using sore::testing::keys_of;
using sore::testing::lines;
using sore::testing::log_entry;
using sore::testing::report_json;
using sore::testing::Sandbox;
using sore::testing::week_rows;
using json = nlohmann::json;
using keys = std::vector<std::string>;

namespace {

struct Logged {
    int day = 0; // 0 is Monday 2026-09-07
    double hours = 0;
    double soreness = 0;
    bool session = false;
    bool clean = false;
};

// Least squares of y on an intercept, x and t, from the normal equations
// (Cramer's rule): the slope of x.
double slope_given_time(const std::vector<std::array<double, 3>>& rows) {
    std::array<std::array<double, 3>, 3> a{};
    std::array<double, 3> b{};
    for (const auto& [x, t, y] : rows) {
        std::array<double, 3> v{1, x, t};
        for (std::size_t i = 0; i < 3; ++i) {
            for (std::size_t j = 0; j < 3; ++j) {
                a[i][j] += v[i] * v[j];
            }
            b[i] += v[i] * y;
        }
    }
    auto det = [](const std::array<std::array<double, 3>, 3>& m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
               m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
               m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    };
    auto with_b = a;
    for (std::size_t i = 0; i < 3; ++i) {
        with_b[i][1] = b[i];
    }
    return det(with_b) / det(a);
}

class TwelveWeeks : public ::testing::Test {
protected:
    // Today is Sunday 2026-11-29; the twelve weeks run from Monday
    // 2026-09-07. Monday to Saturday have an entry, Sunday none. Every other
    // Monday is a session (pressure 1-4 in turn, 2 knots, an emotional
    // release on the first three); the day after it is 2 points sorer.
    void SetUp() override {
        box.env["TZ"] = "Europe/Berlin";
        box.env["SORE_TODAY"] = "2026-11-29";
        std::uint32_t state = 20261129;
        auto draw = [&state](std::uint32_t n) {
            state = state * 1664525u + 1013904223u;
            return static_cast<int>((state >> 16) % n);
        };
        int last_session = -100;
        int sessions = 0;
        for (int day = 0; day < 84; ++day) {
            if (day % 7 == 6) {
                continue;
            }
            bool session = day % 14 == 0;
            int hours = 2 + draw(10);
            int soreness = 1 + hours / 2 + draw(3) + (day - last_session == 1 ? 2 : 0);
            if (session) {
                last_session = day;
            }
            bool clean = day - last_session > 3;
            std::vector<std::string> args{"-" + std::to_string(83 - day) + "d", "--soreness",
                                          std::to_string(soreness), "--sitting",
                                          std::to_string(hours)};
            if (session) {
                args.insert(args.end(), {"--pressure", std::to_string(1 + sessions % 4),
                                         "--technique", "swedish", "--knots", "2"});
                if (sessions < 3) {
                    args.emplace_back("--emotional");
                }
                ++sessions;
            }
            log_entry(box, args);
            rows.push_back(
                {day, static_cast<double>(hours), static_cast<double>(soreness), session, clean});
        }
    }

    Sandbox box;
    std::vector<Logged> rows;
};

TEST_F(TwelveWeeks, SittingOnCleanDaysIsClearAndTheSessionCausesSayWhatTheyLack) {
    auto j = report_json(box, {"causes"});
    EXPECT_EQ(j["days"], 72);
    EXPECT_EQ(j["sessions"], 6);
    EXPECT_EQ(j["episodes"], 0);
    std::vector<std::array<double, 3>> clean;
    for (const auto& r : rows) {
        if (r.clean) {
            clean.push_back({r.hours, (r.day - rows.front().day) / 7.0, r.soreness});
        }
    }
    EXPECT_EQ(j["clean_days"], clean.size());
    std::map<std::string, json> by_cause;
    for (const auto& c : j["causes"]) {
        by_cause[c["cause"].get<std::string>()] = c;
    }
    ASSERT_EQ(by_cause.size(), 5u) << j;
    EXPECT_EQ(j["causes"][0]["cause"], "sitting") << "clear comes first";

    const auto& sitting = by_cause["sitting"];
    EXPECT_EQ(sitting["verdict"], "clear") << sitting;
    EXPECT_EQ(sitting["n"], clean.size());
    EXPECT_NEAR(sitting["estimate"].get<double>(), slope_given_time(clean), 1e-9);
    EXPECT_GT(sitting["ci95"]["low"].get<double>(), 0.0);
    EXPECT_EQ(sitting["unit"], "per hour sat");

    EXPECT_EQ(by_cause["knots"]["gap"]["reason"], "few_sessions");
    EXPECT_EQ(by_cause["knots"]["gap"]["have"], 5) << "the first session has no day before it";
    EXPECT_EQ(by_cause["knots"]["gap"]["needed"], 5);
    EXPECT_EQ(by_cause["pressure"]["gap"]["reason"], "few_levels");
    EXPECT_EQ(by_cause["emotional"]["gap"]["reason"], "few_with");
    EXPECT_EQ(by_cause["injury"]["gap"]["reason"], "few_with");
    EXPECT_EQ(by_cause["injury"]["gap"]["have"], 0);
    for (const char* cause : {"knots", "pressure", "emotional", "injury"}) {
        EXPECT_EQ(by_cause[cause]["verdict"], "not enough data") << by_cause[cause];
        EXPECT_TRUE(by_cause[cause]["estimate"].is_null());
        EXPECT_TRUE(by_cause[cause]["p_holm"].is_null());
    }
    // One test in the family: Holm leaves its p as it is.
    EXPECT_DOUBLE_EQ(sitting["p_holm"].get<double>(), sitting["p"].get<double>());

    // The text says the same, counts first and the note on association
    // before any cause.
    auto text = box.run({"causes"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(text.out.starts_with(fmt::format(
        "What went with your soreness, 2026-09-07 to 2026-11-28\n72 logged days ({} clean), 6 "
        "sessions, 0 injury episodes\n\nThese figures show what went together",
        clean.size())))
        << text.out;
    static const std::regex heading(R"((\d)\. ([^:]+): (.+))");
    std::map<std::string, std::string> shown;
    for (const auto& line : lines(text.out)) {
        std::smatch m;
        if (std::regex_match(line, m, heading)) {
            shown[m[2]] = m[3];
        }
    }
    ASSERT_EQ(shown.size(), 5u) << text.out;
    EXPECT_EQ(shown["Sitting"], "clear");
    EXPECT_EQ(shown["Pressure"], "not enough data");
    EXPECT_TRUE(contains(text.out, fmt::format("Per hour sat: {:+.2f} points (95% CI ",
                                               sitting["estimate"].get<double>())))
        << text.out;
}

TEST_F(TwelveWeeks, WeekShowsTwelveWeeksOrTheDefaultEight) {
    auto j = report_json(box, {"week", "--weeks", "12"});
    EXPECT_EQ(j["from"], "2026-09-07");
    EXPECT_EQ(j["to"], "2026-11-29");
    EXPECT_EQ(j["entries"], 72);
    EXPECT_EQ(j["days"], 72);
    ASSERT_EQ(j["weeks"].size(), 12u);
    EXPECT_EQ(j["weeks"][0]["week"], "2026-W37");
    EXPECT_EQ(j["weeks"][11]["week"], "2026-W48");
    for (int w = 0; w < 12; ++w) {
        double sum = 0;
        double hours = 0;
        double clean_sum = 0;
        int clean = 0;
        for (const auto& r : rows) {
            if (r.day / 7 == w) {
                sum += r.soreness;
                hours += r.hours;
                clean_sum += r.clean ? r.soreness : 0;
                clean += r.clean ? 1 : 0;
            }
        }
        const auto& week = j["weeks"][static_cast<std::size_t>(w)];
        EXPECT_EQ(week["entries"], 6) << week;
        EXPECT_EQ(week["sessions"], w % 2 == 0 ? 1 : 0) << week;
        EXPECT_DOUBLE_EQ(week["mean_soreness"].get<double>(), sum / 6) << week;
        EXPECT_DOUBLE_EQ(week["mean_sitting_hours"].get<double>(), hours / 6) << week;
        EXPECT_EQ(week["clean_days"], clean) << week;
        if (clean > 0) {
            EXPECT_DOUBLE_EQ(week["clean_mean"].get<double>(), clean_sum / clean) << week;
        }
    }
    EXPECT_EQ(j["trend"]["days"], 72);
    EXPECT_EQ(week_rows(box.run({"week", "--weeks", "12"}).out).size(), 12u);

    auto eight = report_json(box, {"week"});
    EXPECT_EQ(eight["from"], "2026-10-05");
    EXPECT_EQ(eight["entries"], 48);
    ASSERT_EQ(eight["weeks"].size(), 8u);
    EXPECT_EQ(eight["weeks"][0], j["weeks"][4]) << "days before the period still decide "
                                                   "which of its days are clean";
    EXPECT_EQ(week_rows(box.run({"week"}).out).size(), 8u);
}

TEST(Causes, JsonKeys) {
    Sandbox box;
    box.env["TZ"] = "Europe/Berlin";
    box.env["SORE_TODAY"] = "2026-11-27";
    for (int i = 0; i < 6; ++i) {
        std::vector<std::string> args{"2026-11-" + std::to_string(10 + i), "--soreness",
                                      std::to_string(2 + i % 3)};
        if (i == 2) {
            args.insert(args.end(), {"--pressure", "deep", "--injury"});
        }
        log_entry(box, args);
    }
    auto j = report_json(box, {"causes"});
    EXPECT_EQ(keys_of(j), (keys{"causes", "clean_days", "days", "episodes", "from",
                                "injury_episodes", "sessions", "sessions_in_model", "to"}));
    EXPECT_EQ(j["days"], 6);
    EXPECT_EQ(j["sessions"], 1);
    EXPECT_EQ(j["episodes"], 1);
    EXPECT_EQ(j["clean_days"], 2) << "the session's day and the 3 after are not clean";
    ASSERT_EQ(j["causes"].size(), 5u);
    const keys cause{"cause", "ci95",     "estimate",  "exact", "firmest",
                     "gap",   "lightest", "n",         "p",     "p_holm",
                     "text",  "tied_rho", "tied_with", "unit",  "verdict"};
    for (const auto& c : j["causes"]) {
        EXPECT_EQ(keys_of(c), cause) << c;
        EXPECT_EQ(c["verdict"], "not enough data") << c;
        EXPECT_EQ(keys_of(c["gap"]), (keys{"have", "needed", "reason", "value"}));
        EXPECT_TRUE(c["estimate"].is_null());
        EXPECT_TRUE(c["ci95"].is_null());
    }
    const auto& episode = j["injury_episodes"][0];
    EXPECT_EQ(keys_of(episode), (keys{"first", "flagged_days", "last", "sessions_within_72h"}));
    EXPECT_EQ(episode["first"], "2026-11-12");
    EXPECT_EQ(episode["sessions_within_72h"], json::array({"2026-11-12"}));
}

} // namespace
