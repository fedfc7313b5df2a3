// `sore recovery`, `sore brief` and the hint after logging a session, run
// as a user would: journals imported from CSV or logged, reports read as
// JSON and text.

#include "reports.hpp"
#include "truth.hpp"

#include <algorithm>
#include <chrono>
#include <fmt/format.h>
#include <sstream>
#include <string>
#include <vector>

namespace {

using json = nlohmann::json;
using sore::testing::contains;
using sore::testing::iso;
using sore::testing::keys_of;
using sore::testing::report_json;
using sore::testing::Sandbox;
namespace chrono = std::chrono;

constexpr const char* today = "2026-11-27";
constexpr chrono::sys_days today_day = chrono::sys_days{chrono::year{2026} / 11 / 27};

// A day of a journal written as CSV: `days_ago` before today.
struct Row {
    int days_ago = 0;
    int soreness = 0;
    std::string pressure; // "" on a rest day
    std::string extra;    // injury flag: "1"
};

void import_rows(const Sandbox& box, const std::vector<Row>& rows) {
    std::string csv = "date,soreness,pressure,technique,during,injury\n";
    for (const auto& r : rows) {
        csv += fmt::format("{},{},{},{},{},{}\n", iso(today_day - chrono::days{r.days_ago}),
                           r.soreness, r.pressure, r.pressure.empty() ? "none" : "deep-tissue",
                           r.pressure.empty() ? "" : "5", r.extra.empty() ? "0" : r.extra);
    }
    sore::testing::write_file(box.dir() / "journal.csv", csv);
    auto imported = box.run({"import", "journal.csv"});
    ASSERT_EQ(imported.status, 0) << imported.err;
}

// Twelve weeks: a session every 5 days, light and medium in turn (and a
// firm one now and then), soreness 2 on rest days and 4 the day after a
// session; then `last` days of the same rest.
std::vector<Row> regular_sessions() {
    std::vector<Row> rows;
    const std::array<const char*, 3> pressures{"light", "medium", "firm"};
    for (int ago = 90, n = 0; ago >= 1; --ago, ++n) {
        Row r{ago, 2, "", ""};
        if (n % 5 == 0 && n > 10) {
            r.pressure = pressures[static_cast<std::size_t>((n / 5) % 3)];
            r.soreness = 3;
        } else if (n % 5 == 1 && n > 10) {
            r.soreness = (n / 5) % 3 == 2 ? 6 : 4;
        }
        rows.push_back(r);
    }
    return rows;
}

class Recovery : public ::testing::Test {
protected:
    void SetUp() override { box.env["SORE_TODAY"] = today; }
    Sandbox box;
};

TEST_F(Recovery, JsonHasTheDocumentedKeys) {
    import_rows(box, regular_sessions());
    auto r = report_json(box, {"recovery"});
    EXPECT_EQ(keys_of(r),
              (std::vector<std::string>{"baseline", "by_pressure", "comfortable_pressure", "days",
                                        "gaps", "injury_flagged", "longer_than_usual", "peak_clear",
                                        "peak_lag", "period", "profile", "sessions",
                                        "sessions_with_baseline", "settling"}));
    EXPECT_EQ(r["days"], 90);
    EXPECT_EQ(r["baseline"]["median"], 2.0);
    EXPECT_EQ(r["peak_lag"], 1);
    EXPECT_EQ(r["peak_clear"], true); // every session left 2 more the day after
    ASSERT_EQ(r["profile"].size(), 5u);
    EXPECT_EQ(keys_of(r["profile"][1]), (std::vector<std::string>{"excess", "lag", "sessions"}));
    ASSERT_EQ(r["by_pressure"].size(), 4u);
    const auto& light = r["by_pressure"][0];
    EXPECT_EQ(light["name"], "light");
    EXPECT_EQ(keys_of(light["recovery_days"]),
              (std::vector<std::string>{"ci95", "events", "median", "sessions"}));
    // Light sessions: 4 the day after (2 above usual), 2 the day after that.
    EXPECT_EQ(light["recovery_days"]["median"], 2.0);
    EXPECT_DOUBLE_EQ(light["excess"][1]["excess"]["mean"].get<double>(), 2.0);
    EXPECT_EQ(light["during_mean"], 5.0);
    // Firm left 6: 2 points more than light and medium.
    const auto& firm = r["by_pressure"][2];
    EXPECT_NEAR(firm["adjusted"]["difference"].get<double>(), 2.0, 1e-9);
    EXPECT_NE(r["comfortable_pressure"]["name"], "firm");
    EXPECT_EQ(r["injury_flagged"], nullptr);
}

TEST_F(Recovery, ASessionSoreForFiveDaysIsLongerThanUsual) {
    auto rows = regular_sessions();
    // The session 26 days ago: sore 6 for the 5 days after it.
    for (auto& row : rows) {
        if (row.days_ago < 26 && row.days_ago >= 21) {
            row.soreness = 6;
            row.pressure.clear();
        }
    }
    for (auto& row : rows) {
        if (row.days_ago == 26) {
            row.pressure = "deep";
            row.soreness = 5;
        }
    }
    import_rows(box, rows);
    auto r = report_json(box, {"recovery"});
    auto session = iso(today_day - chrono::days{26});
    bool listed = false;
    for (const auto& l : r["longer_than_usual"]) {
        if (l["date"] == session) {
            listed = true;
            EXPECT_EQ(l["days"], 5);
        }
    }
    EXPECT_TRUE(listed) << r["longer_than_usual"].dump();
    EXPECT_EQ(r["longer_than_usual"].size(), 1u) << r["longer_than_usual"].dump();
    auto text = box.run({"recovery"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "Longer than usual: after " + session)) << text.out;
    EXPECT_TRUE(contains(text.out, "therapist")) << text.out;
}

TEST_F(Recovery, NoPressureWhileAnInjuryIsRecent) {
    auto rows = regular_sessions();
    import_rows(box, rows);
    auto before = report_json(box, {"recovery"});
    ASSERT_TRUE(before["comfortable_pressure"].is_object()) << before.dump(2);

    sore::testing::log_entry(box, {"yesterday", "--soreness", "3", "--injury"});
    auto r = report_json(box, {"recovery"});
    EXPECT_EQ(r["comfortable_pressure"], nullptr);
    EXPECT_EQ(r["injury_flagged"], iso(today_day - chrono::days{1}));
    bool said = false;
    for (const auto& gap : r["gaps"]) {
        said =
            said || (gap["figure"] == "comfortable_pressure" && gap["reason"] == "injury_active");
    }
    EXPECT_TRUE(said) << r["gaps"].dump();
    auto text = box.run({"recovery"});
    EXPECT_TRUE(contains(text.out, "No pressure is suggested")) << text.out;
    EXPECT_TRUE(contains(text.out, "doctor or physiotherapist")) << text.out;
    auto brief = box.run({"brief"});
    EXPECT_TRUE(contains(brief.out, "Injury: flagged on " + iso(today_day - chrono::days{1})))
        << brief.out;
    EXPECT_TRUE(contains(brief.out, "Pressure: none suggested")) << brief.out;

    // Eight days later the flag is no longer recent.
    box.env["SORE_TODAY"] = iso(today_day + chrono::days{7});
    EXPECT_TRUE(report_json(box, {"recovery"})["comfortable_pressure"].is_object());
}

TEST_F(Recovery, SaysWhatIsMissingOnAShortJournal) {
    import_rows(box, {{3, 2, "", ""}, {2, 5, "deep", ""}, {1, 6, "", ""}});
    auto r = report_json(box, {"recovery"});
    EXPECT_EQ(r["sessions"], 1);
    EXPECT_EQ(r["baseline"]["median"], 2.0);
    EXPECT_EQ(r["peak_lag"], nullptr);
    EXPECT_EQ(r["comfortable_pressure"], nullptr);
    std::vector<std::string> figures;
    for (const auto& gap : r["gaps"]) {
        figures.push_back(gap["figure"].get<std::string>());
        EXPECT_FALSE(gap["missing"].get<std::string>().empty());
    }
    EXPECT_TRUE(std::find(figures.begin(), figures.end(), "profile") != figures.end());
    EXPECT_TRUE(std::find(figures.begin(), figures.end(), "comfortable_pressure") != figures.end());
    auto text = box.run({"recovery"});
    EXPECT_TRUE(contains(text.out, "No level stands out yet")) << text.out;
    EXPECT_FALSE(sore::testing::has_nan_or_inf(text.out)) << text.out;
}

TEST_F(Recovery, AnEmptyJournalAndBadInput) {
    auto empty = box.run({"recovery"});
    EXPECT_EQ(empty.status, 0);
    EXPECT_TRUE(contains(empty.out, "No entries yet") || contains(empty.out, "no journal"))
        << empty.out;
    auto bad = box.run({"recovery", "--format", "csv"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(contains(bad.err, "sore: error: --format")) << bad.err;
    EXPECT_TRUE(contains(bad.err, "'csv'") || contains(bad.err, "\"csv\"")) << bad.err;
    auto brief = box.run({"brief", "--format", "yaml"});
    EXPECT_EQ(brief.status, 2);
    EXPECT_TRUE(contains(brief.err, "sore: error: --format")) << brief.err;
}

// At most 24 lines of at most 80 columns, whatever the journal holds.
void expect_one_screen(const std::string& text) {
    std::istringstream lines(text);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        ++count;
        EXPECT_LE(line.size(), 80u) << line;
    }
    EXPECT_LE(count, 24) << text;
    EXPECT_GE(count, 8) << text;
}

TEST_F(Recovery, BriefFitsOneScreenAndHasTheFacts) {
    auto rows = regular_sessions();
    rows.push_back({0, 3, "", "1"}); // an injury today too
    import_rows(box, rows);
    sore::testing::log_entry(box,
                             {"-3d", "--soreness", "3", "--pressure", "deep", "--technique",
                              "trigger-point", "--knots", "4", "--emotional", "--during", "8"});
    auto text = box.run({"brief"});
    ASSERT_EQ(text.status, 0) << text.err;
    expect_one_screen(text.out);
    EXPECT_TRUE(contains(text.out, "Last session: " + iso(today_day - chrono::days{3})))
        << text.out;
    EXPECT_TRUE(contains(text.out, "Knots: 4.0 on average")) << text.out;
    EXPECT_TRUE(contains(text.out, "Emotional release: in 1 of")) << text.out;
    auto flat = text.out;
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    EXPECT_TRUE(contains(flat, "deep 8.0 (7 or more: too much for me)")) << text.out;

    auto j = report_json(box, {"brief"});
    EXPECT_EQ(j["last_session"]["date"], iso(today_day - chrono::days{3}));
    EXPECT_EQ(j["last_session"]["technique"], "trigger-point");
    EXPECT_EQ(j["last_sessions"][1]["technique"], "deep-tissue");
    EXPECT_EQ(j["last_sessions"].size(), 3u);
    EXPECT_EQ(j["injury"]["active"], true);
    EXPECT_EQ(j["comfortable_pressure"], nullptr);
    EXPECT_EQ(j["knots"]["last_4_weeks"]["sessions"], 1);
    EXPECT_EQ(j["during"].back()["name"], "deep");
    EXPECT_EQ(j["during"].back()["high"], true);
    EXPECT_EQ(j["last_sessions"][0]["back_to_usual"]["settled"], true);
    // The firm session 5 days ago was back within a point by the next
    // session's day (2.5 against a usual 2).
    EXPECT_EQ(j["last_sessions"][1]["back_to_usual"],
              json({{"settled", true}, {"days", 2}, {"ended", "settled"}}));
}

TEST_F(Recovery, BriefOnAJournalWithoutSessions) {
    import_rows(box, {{2, 2, "", ""}, {1, 3, "", ""}});
    auto text = box.run({"brief"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "Last session: none logged yet.")) << text.out;
    expect_one_screen(text.out + "\n\n\n\n\n\n"); // short is fine: at least it is one screen
    EXPECT_EQ(report_json(box, {"brief"})["last_session"], nullptr);
}

TEST_F(Recovery, LoggingASessionOnATerminalNamesTheDaysToLogNext) {
    auto r = box.run_tty({"log", "--soreness", "4", "--pressure", "firm"}, "");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(contains(r.out, "sore: note: for 'sore recovery', log the days after it "
                                "too: 2026-11-28, 2026-11-29 and 2026-11-30"))
        << r.out;
    auto rest = box.run_tty({"log", "--soreness", "2"}, "");
    EXPECT_FALSE(contains(rest.out, "sore recovery")) << rest.out;
    auto piped = box.run({"log", "-2d", "--soreness", "4", "--pressure", "light"});
    EXPECT_FALSE(contains(piped.err, "sore recovery")) << piped.err;
}

} // namespace
