// `sore causes` (and `sore week`) on twelve weeks of generated entries where
// soreness rises with hours sat and pressure and does not depend on
// emotional release. The journal is made by a fixed LCG, so every run sees
// the same entries, and the expected figures are computed here from them.
// Then the exact keys of the causes JSON.

#include "reports.hpp"

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
    int week = 0; // 0 is 2026-W37
    double hours = 0;
    double pressure = 0;
    double soreness = 0;
    bool emotional = false;
};

// Least-squares slope of soreness on one field.
double slope(const std::vector<Logged>& rows, double Logged::*x) {
    double mx = 0;
    double my = 0;
    for (const auto& r : rows) {
        mx += r.*x / static_cast<double>(rows.size());
        my += r.soreness / static_cast<double>(rows.size());
    }
    double sxy = 0;
    double sxx = 0;
    for (const auto& r : rows) {
        sxy += (r.*x - mx) * (r.soreness - my);
        sxx += (r.*x - mx) * (r.*x - mx);
    }
    return sxy / sxx;
}

class TwelveWeeks : public ::testing::Test {
protected:
    // Today is Sunday 2026-11-29; the twelve weeks run from Monday
    // 2026-09-07. Monday to Saturday have an entry, Sunday none. The days
    // come in pairs (Mon-Tue, Wed-Thu, Fri-Sat) with the same hours sat,
    // pressure, knots and soreness; exactly one of each pair marks an
    // emotional release, so with and without it soreness is the same.
    void SetUp() override {
        box.env["TZ"] = "Europe/Berlin";
        box.env["SORE_TODAY"] = "2026-11-29";
        std::uint32_t state = 20261129;
        auto draw = [&state](std::uint32_t n) {
            state = state * 1664525u + 1013904223u;
            return static_cast<int>((state >> 16) % n);
        };
        for (int week = 0; week < 12; ++week) {
            for (int pair = 0; pair < 3; ++pair) {
                int hours = 2 + draw(10);
                int pressure = 1 + draw(4);
                int knots = draw(6);
                int soreness = hours / 2 + pressure - 1 + draw(3) - 1;
                int released = draw(2);
                for (int i = 0; i < 2; ++i) {
                    int ago = 83 - (7 * week + 2 * pair + i);
                    std::vector<std::string> args{"-" + std::to_string(ago) + "d",
                                                  "--soreness",
                                                  std::to_string(soreness),
                                                  "--sitting",
                                                  std::to_string(hours),
                                                  "--pressure",
                                                  std::to_string(pressure),
                                                  "--technique",
                                                  "swedish",
                                                  "--knots",
                                                  std::to_string(knots)};
                    if (i == released) {
                        args.emplace_back("--emotional");
                    }
                    log_entry(box, args);
                    rows.push_back({week, static_cast<double>(hours), static_cast<double>(pressure),
                                    static_cast<double>(soreness), i == released});
                }
            }
        }
    }

    Sandbox box;
    std::vector<Logged> rows;
};

TEST_F(TwelveWeeks, CausesRankSittingAndPressureAboveEmotionalRelease) {
    auto j = report_json(box, {"causes"});
    EXPECT_EQ(j["entries"], 72);
    std::map<std::string, std::size_t> rank;
    std::map<std::string, json> by_cause;
    for (std::size_t i = 0; i < j["causes"].size(); ++i) {
        auto name = j["causes"][i]["cause"].get<std::string>();
        rank[name] = i;
        by_cause[name] = j["causes"][i];
    }
    ASSERT_EQ(rank.size(), 5u) << j;
    EXPECT_LT(rank["sitting"], rank["emotional"]);
    EXPECT_LT(rank["pressure"], rank["emotional"]);

    const std::map<std::string, double> expected{{"sitting", slope(rows, &Logged::hours)},
                                                 {"pressure", slope(rows, &Logged::pressure)}};
    for (const auto& [cause, expected_slope] : expected) {
        const auto& c = by_cause[cause];
        auto strength = c["strength"].get<std::string>();
        EXPECT_TRUE(strength == "moderate" || strength == "strong") << c;
        EXPECT_EQ(c["n"], 72);
        EXPECT_NEAR(c["slope"].get<double>(), expected_slope, 1e-9) << cause;
        EXPECT_GT(c["slope"].get<double>(), 0.0);
        EXPECT_GT(c["ci95"]["low"].get<double>(), 0.0) << "the interval excludes 0: " << c;
        EXPECT_GE(c["rho"].get<double>(), 0.3) << c;
        EXPECT_TRUE(c["gap"].is_null());
    }
    const auto& emotional = by_cause["emotional"];
    EXPECT_EQ(emotional["strength"], "none seen") << emotional;
    EXPECT_EQ(emotional["n_with"], 36);
    EXPECT_EQ(emotional["n_without"], 36);
    EXPECT_NEAR(emotional["difference"].get<double>(), 0.0, 1e-12);
    EXPECT_LT(emotional["ci95"]["low"].get<double>(), 0.0);
    EXPECT_GT(emotional["ci95"]["high"].get<double>(), 0.0);
    EXPECT_EQ(j["together"]["n"], 72);
    EXPECT_EQ(j["together"]["left_out"], json::array({"injury"}));

    // The text ranks and labels them the same way.
    auto text = box.run({"causes"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(text.out.starts_with("What goes with your soreness: 72 entries\n")) << text.out;
    static const std::regex heading(R"((\d)\. ([^:]+): (.+))");
    std::map<std::string, std::pair<int, std::string>> shown; // title: rank, label
    for (const auto& line : lines(text.out)) {
        std::smatch m;
        if (std::regex_match(line, m, heading)) {
            shown[m[2]] = {std::stoi(m[1]), m[3]};
        }
    }
    ASSERT_EQ(shown.size(), 5u) << text.out;
    EXPECT_EQ(shown["Emotional release"].second, "none seen") << text.out;
    EXPECT_EQ(shown["Sitting"].second, by_cause["sitting"]["strength"]);
    EXPECT_EQ(shown["Pressure"].second, by_cause["pressure"]["strength"]);
    EXPECT_GT(shown["Emotional release"].first, shown["Sitting"].first) << text.out;
    EXPECT_GT(shown["Emotional release"].first, shown["Pressure"].first) << text.out;
    EXPECT_EQ(shown["Sitting"].first, static_cast<int>(rank["sitting"]) + 1);
    EXPECT_TRUE(contains(text.out, fmt::format("{:+.2f} points an hour sat (95% CI ",
                                               by_cause["sitting"]["slope"].get<double>())))
        << text.out;
    EXPECT_TRUE(contains(text.out, "No clear difference yet between sessions with an emotional"))
        << text.out;
}

TEST_F(TwelveWeeks, WeekShowsTwelveWeeksOrTheDefaultEight) {
    auto j = report_json(box, {"week", "--weeks", "12"});
    EXPECT_EQ(j["from"], "2026-09-07");
    EXPECT_EQ(j["to"], "2026-11-29");
    EXPECT_EQ(j["entries"], 72);
    ASSERT_EQ(j["weeks"].size(), 12u);
    EXPECT_EQ(j["weeks"][0]["week"], "2026-W37");
    EXPECT_EQ(j["weeks"][11]["week"], "2026-W48");
    for (int w = 0; w < 12; ++w) {
        double sum = 0;
        double hours = 0;
        for (const auto& r : rows) {
            sum += r.week == w ? r.soreness : 0;
            hours += r.week == w ? r.hours : 0;
        }
        const auto& week = j["weeks"][static_cast<std::size_t>(w)];
        EXPECT_EQ(week["entries"], 6) << week;
        EXPECT_EQ(week["sessions"], 6) << week;
        EXPECT_DOUBLE_EQ(week["mean_soreness"].get<double>(), sum / 6) << week;
        EXPECT_DOUBLE_EQ(week["mean_sitting_hours"].get<double>(), hours / 6) << week;
    }
    EXPECT_EQ(j["trend"]["weeks"], 12);
    EXPECT_EQ(week_rows(box.run({"week", "--weeks", "12"}).out).size(), 12u);

    auto eight = report_json(box, {"week"});
    EXPECT_EQ(eight["from"], "2026-10-05");
    EXPECT_EQ(eight["entries"], 48);
    ASSERT_EQ(eight["weeks"].size(), 8u);
    EXPECT_EQ(eight["weeks"][0], j["weeks"][4]);
    EXPECT_EQ(week_rows(box.run({"week"}).out).size(), 8u);
}

TEST(Causes, JsonKeys) {
    Sandbox box;
    box.env["TZ"] = "Europe/Berlin";
    box.env["SORE_TODAY"] = "2026-11-27";
    // Ten sessions: every measure and the injury marker can answer; no
    // emotional release, so that marker has a gap.
    const std::vector<std::vector<std::string>> values = {
        {"2", "3", "1", "1"}, {"3", "4", "1", "2"}, {"4", "5", "2", "1"}, {"5", "6", "2", "3"},
        {"6", "7", "3", "2"}, {"7", "8", "3", "4"}, {"4", "6", "4", "3"}, {"8", "9", "4", "5"},
        {"3", "5", "2", "0"}, {"6", "7", "1", "2"}};
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::vector<std::string> args{"2026-11-" + std::to_string(10 + i),
                                      "--soreness",
                                      values[i][0],
                                      "--sitting",
                                      values[i][1],
                                      "--pressure",
                                      values[i][2],
                                      "--knots",
                                      values[i][3]};
        if (i % 3 == 0) {
            args.emplace_back("--injury");
        }
        log_entry(box, args);
    }
    auto j = report_json(box, {"causes"});
    EXPECT_EQ(keys_of(j), (keys{"causes", "entries", "from", "to", "together"}));
    EXPECT_EQ(j["entries"], 10);
    std::map<std::string, json> by_cause;
    for (const auto& c : j["causes"]) {
        by_cause[c["cause"].get<std::string>()] = c;
    }
    ASSERT_EQ(by_cause.size(), 5u) << j;
    const keys measure{"cause", "ci95", "gap",   "intercept", "kind",
                       "n",     "rho",  "slope", "strength"};
    const keys marker{"cause",        "ci95", "df",     "difference", "gap", "kind",    "mean_with",
                      "mean_without", "n",    "n_with", "n_without",  "rho", "strength"};
    for (const char* cause : {"knots", "pressure", "sitting"}) {
        EXPECT_EQ(keys_of(by_cause[cause]), measure) << cause;
        EXPECT_EQ(by_cause[cause]["kind"], "measure");
        EXPECT_FALSE(by_cause[cause]["slope"].is_null()) << by_cause[cause];
        EXPECT_EQ(keys_of(by_cause[cause]["ci95"]), (keys{"high", "low"}));
    }
    for (const char* cause : {"injury", "emotional"}) {
        EXPECT_EQ(keys_of(by_cause[cause]), marker) << cause;
        EXPECT_EQ(by_cause[cause]["kind"], "marker");
    }
    EXPECT_EQ(by_cause["injury"]["n_with"], 4);
    EXPECT_EQ(by_cause["injury"]["n_without"], 6);
    EXPECT_DOUBLE_EQ(by_cause["injury"]["mean_with"].get<double>(), (2 + 5 + 4 + 6) / 4.0);
    const auto& gap = by_cause["emotional"]["gap"];
    EXPECT_EQ(keys_of(gap), (keys{"have", "needed", "reason", "value"}));
    EXPECT_EQ(gap["reason"], "few_with");
    EXPECT_EQ(gap["have"], 0);
    EXPECT_EQ(gap["needed"], 3);
    EXPECT_TRUE(by_cause["emotional"]["strength"].is_null());

    const auto& together = j["together"];
    EXPECT_EQ(keys_of(together), (keys{"coefficients", "df", "gap", "intercept", "intercept_ci95",
                                       "left_out", "n", "r_squared"}));
    EXPECT_EQ(together["n"], 10);
    EXPECT_EQ(together["left_out"], json::array({"emotional"}));
    ASSERT_EQ(together["coefficients"].size(), 4u) << together;
    EXPECT_EQ(keys_of(together["coefficients"][0]), (keys{"cause", "ci95", "coefficient"}));
    EXPECT_EQ(keys_of(together["intercept_ci95"]), (keys{"high", "low"}));
    EXPECT_EQ(together["df"], 5.0) << "10 entries, 4 causes and an intercept";
    EXPECT_TRUE(together["gap"].is_null());
}

} // namespace
