// `sore recovery` on generated journals whose curve is known (issue 18,
// "Done means"): soreness rises the day after a session by +3 for deep,
// +2.5 firm, +1 medium and +0.5 light, and is back within a point of usual
// 3 days after a deep session and 1 day after a light one; sessions 3-7
// days apart, so that clean days exist. In at least 9 of 10 seeded journals
// the peak is the day after, deep takes longer than light to settle, and
// the pressure to start from is light or medium.

#include "reports.hpp"
#include "truth.hpp"

#include <array>
#include <chrono>
#include <fmt/format.h>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

using json = nlohmann::json;
using sore::testing::Draw;
using sore::testing::iso;
using sore::testing::report_json;
using sore::testing::Sandbox;
namespace chrono = std::chrono;

constexpr const char* today = "2026-11-27";
constexpr chrono::sys_days last_day = chrono::sys_days{chrono::year{2026} / 11 / 22};
constexpr int journal_days = 140;

// Above usual on the session's day and the 4 after, by level.
constexpr std::array<std::array<double, 5>, 4> curve = {{
    {0, 0.5, 0, 0, 0},     // light
    {0, 1.0, 0.5, 0, 0},   // medium
    {0, 2.5, 1.5, 0.5, 0}, // firm
    {0, 3.0, 2.0, 0.5, 0}, // deep
}};
constexpr std::array<const char*, 4> level_names = {"light", "medium", "firm", "deep"};

// One CSV row a logged day; a few rest days go unlogged.
std::string generate(std::uint32_t seed) {
    Draw draw(seed);
    auto first = last_day - chrono::days{journal_days - 1};
    std::vector<std::optional<int>> pressure(journal_days);
    for (int d = draw.between(3, 7); d < journal_days; d += draw.between(3, 7)) {
        pressure[static_cast<std::size_t>(d)] = draw.between(1, 4);
    }
    std::string csv = "date,soreness,pressure,technique,during\n";
    std::optional<int> last_session;
    for (int d = 0; d < journal_days; ++d) {
        const auto& p = pressure[static_cast<std::size_t>(d)];
        if (p) {
            last_session = d;
        }
        double excess = 0;
        if (last_session && d - *last_session < 5) {
            excess =
                curve[static_cast<std::size_t>(*pressure[static_cast<std::size_t>(*last_session)] -
                                               1)][static_cast<std::size_t>(d - *last_session)];
        }
        double usual = 3.0 + 0.6 * draw.normal();
        auto soreness = static_cast<int>(std::clamp(std::round(usual + excess), 0.0, 10.0));
        if (!p && draw.chance(0.04)) {
            continue;
        }
        csv += p ? fmt::format("{},{},{},deep-tissue,{}\n", iso(first + chrono::days{d}), soreness,
                               *p, 2 + 2 * *p)
                 : fmt::format("{},{},,none,\n", iso(first + chrono::days{d}), soreness);
    }
    return csv;
}

std::optional<double> recovery_median(const json& report, const char* level) {
    for (const auto& l : report["by_pressure"]) {
        if (l["name"] == level && l["recovery_days"]["median"].is_number()) {
            return l["recovery_days"]["median"].get<double>();
        }
    }
    return std::nullopt;
}

TEST(RecoveryTruth, FindsTheKnownCurveInNineOfTenJournals) {
    int right = 0;
    int peak_right = 0;
    int order_right = 0;
    int pressure_right = 0;
    const int journals = sore::testing::journal_count(10);
    for (std::uint32_t seed = 1; seed <= static_cast<std::uint32_t>(journals); ++seed) {
        Sandbox box;
        box.env["SORE_TODAY"] = today;
        sore::testing::write_file(box.dir() / "journal.csv", generate(seed));
        auto imported = box.run({"import", "journal.csv"});
        ASSERT_EQ(imported.status, 0) << imported.err;
        auto r = report_json(box, {"recovery"});
        bool peak = r["peak_lag"] == 1 && r["peak_clear"] == true;
        auto light = recovery_median(r, "light");
        auto deep = recovery_median(r, "deep");
        bool order = light && deep && *deep > *light;
        const auto& comfortable = r["comfortable_pressure"];
        bool pressure = comfortable.is_object() &&
                        (comfortable["name"] == "light" || comfortable["name"] == "medium");
        peak_right += peak ? 1 : 0;
        order_right += order ? 1 : 0;
        pressure_right += pressure ? 1 : 0;
        right += peak && order && pressure ? 1 : 0;
        std::cout << fmt::format("[truth] recovery seed {}: peak {} light {} deep {} ({}) "
                                 "pressure {}\n",
                                 seed, r["peak_lag"].dump(), light ? *light : -1.0,
                                 deep ? *deep : -1.0, r["by_pressure"][3]["recovery_days"].dump(),
                                 comfortable["name"].dump());
    }
    std::cout << fmt::format("[truth] recovery: all three right in {} of {} (peak {}, deep "
                             "after light {}, pressure {})\n",
                             right, journals, peak_right, order_right, pressure_right);
    RecordProperty("all_right", right);
    EXPECT_GE(right, sore::testing::ninety_percent_of(journals));
}

// A journal where soreness has nothing to do with the sessions: a firmer
// level is named only as the rule allows (within a point of the least, its
// interval within 2), and no settling is claimed but by chance.
TEST(RecoveryTruth, StaysQuietWhenPressureMakesNoDifference) {
    int named_firm = 0;
    int settling_claimed = 0;
    int peak_claimed = 0;
    const int journals = sore::testing::journal_count(10);
    for (std::uint32_t seed = 1001; seed <= static_cast<std::uint32_t>(1000 + journals); ++seed) {
        Sandbox box;
        box.env["SORE_TODAY"] = today;
        auto csv = generate(seed);
        // The same soreness whatever the pressure: every level's curve is light's.
        Draw draw(seed);
        std::string flat = "date,soreness,pressure,technique,during\n";
        std::size_t at = csv.find('\n') + 1;
        while (at < csv.size()) {
            auto end = csv.find('\n', at);
            auto line = csv.substr(at, end - at);
            auto comma = line.find(',');
            auto second = line.find(',', comma + 1);
            int soreness = static_cast<int>(std::round(3.0 + 0.6 * draw.normal()));
            flat +=
                line.substr(0, comma + 1) + std::to_string(soreness) + line.substr(second) + "\n";
            at = end + 1;
        }
        sore::testing::write_file(box.dir() / "journal.csv", flat);
        ASSERT_EQ(box.run({"import", "journal.csv"}).status, 0);
        auto r = report_json(box, {"recovery"});
        const auto& comfortable = r["comfortable_pressure"];
        // With no difference, a firmer level is only named when its whole
        // interval sits within 2 points of the least: never a claim that
        // it is better.
        if (comfortable.is_object() && comfortable["reason"] == "close_to_best") {
            for (const auto& l : r["by_pressure"]) {
                if (l["name"] == comfortable["name"]) {
                    const auto& a = l["adjusted"];
                    EXPECT_LT(a["difference"].get<double>(), 1.0);
                    if (a["difference_ci95"].is_null()) { // the least itself
                        EXPECT_EQ(a["difference"].get<double>(), 0.0);
                    } else {
                        EXPECT_LT(a["difference_ci95"]["high"].get<double>(), 2.0);
                    }
                }
            }
        }
        named_firm += comfortable.is_object() && comfortable["pressure"].get<int>() >= 3 ? 1 : 0;
        peak_claimed += r["peak_clear"] == true ? 1 : 0;
        // Nothing settles in this recipe: the interval holds 0 but by chance.
        ASSERT_TRUE(r["settling"].is_object()) << r.dump(2);
        const auto& ci = r["settling"]["ci95"];
        settling_claimed += ci["low"].get<double>() > 0 || ci["high"].get<double>() < 0 ? 1 : 0;
    }
    std::cout << fmt::format("[truth] recovery, no difference: a firm or deep level named in {} "
                             "of {}, a settling claimed in {}\n",
                             named_firm, journals, settling_claimed);
    EXPECT_LE(settling_claimed, 1 + journals / 10); // 5% expected
    // The day after a session stands out in none but by chance.
    std::cout << fmt::format("[truth] recovery, no difference: a peak day claimed in {} of {}\n",
                             peak_claimed, journals);
    EXPECT_LE(peak_claimed, journals / 10);
}

} // namespace
