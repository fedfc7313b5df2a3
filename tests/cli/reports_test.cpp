// `sore week` and `sore causes` on journals built through `sore log`: empty
// and tiny journals, ISO weeks across a year end, the options and their
// errors, the JSON keys and unrounded values, sessions against rest days.
// Unless a test says otherwise, today is Friday 2026-11-27 in Europe/Berlin,
// so the default 8 weeks are 2026-W41 (from Monday 2026-10-05) to 2026-W48.

#include "reports.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fmt/format.h>
#include <numbers>
#include <regex>

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::has_nan_or_inf;
using sore::testing::keys_of;
using sore::testing::lines;
using sore::testing::log_entry;
using sore::testing::report_json;
using sore::testing::Sandbox;
using sore::testing::week_rows;
using json = nlohmann::json;
using keys = std::vector<std::string>;

namespace fs = std::filesystem;

namespace {

const char* const no_entries = "No entries yet. Add one with: sore log --soreness N\n";

void pin(Sandbox& box, const std::string& today = "2026-11-27") {
    box.env["TZ"] = "Europe/Berlin";
    box.env["SORE_TODAY"] = today;
}

// Every output of both reports, with the arguments that made it.
std::vector<std::pair<std::string, sore::testing::Result>> every_output(const Sandbox& box) {
    std::vector<std::vector<std::string>> runs = {{"week"},
                                                  {"week", "--ascii"},
                                                  {"week", "--format", "json"},
                                                  {"week", "--format", "csv"},
                                                  {"causes"},
                                                  {"causes", "--format", "json"}};
    std::vector<std::pair<std::string, sore::testing::Result>> out;
    for (const auto& args : runs) {
        std::string name;
        for (const auto& arg : args) {
            name += arg + " ";
        }
        out.emplace_back(name, box.run(args));
    }
    return out;
}

TEST(Reports, EmptyJournalSaysSoInOneLineAndCreatesNothing) {
    Sandbox box;
    pin(box);
    for (const char* report : {"week", "causes"}) {
        auto r = box.run({report});
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(r.out, "There is no journal at " + box.db() +
                             " yet. Add an entry with: sore log --soreness N\n")
            << report;
        EXPECT_EQ(r.err, "");
    }
    auto week = report_json(box, {"week"});
    EXPECT_EQ(week["entries"], 0);
    EXPECT_EQ(week["weeks_with_entries"], 0);
    ASSERT_EQ(week["weeks"].size(), 8u);
    EXPECT_EQ(week["weeks"][0]["week"], "2026-W41");
    EXPECT_EQ(week["weeks"][7]["week"], "2026-W48");
    for (const auto& w : week["weeks"]) {
        EXPECT_EQ(w["entries"], 0);
        EXPECT_TRUE(w["mean_soreness"].is_null()) << w;
    }
    EXPECT_TRUE(week["trend"].is_null());
    EXPECT_TRUE(week["change"].is_null());
    auto causes = report_json(box, {"causes"});
    EXPECT_EQ(causes["days"], 0);
    EXPECT_EQ(causes["sessions"], 0);
    EXPECT_EQ(causes["causes"].size(), 5u);
    for (const auto& [name, r] : every_output(box)) {
        EXPECT_EQ(r.status, 0) << name << r.err;
        EXPECT_FALSE(has_nan_or_inf(r.out)) << name << "\n" << r.out;
    }
    EXPECT_FALSE(fs::exists(box.db())) << "reading must not create the journal";
}

TEST(Reports, OneEntryGivesOneRowAndNoFigures) {
    Sandbox box;
    pin(box);
    log_entry(box, {"2026-11-25", "--soreness", "5", "--sitting", "8", "--pressure", "firm",
                    "--knots", "2"});
    auto week = box.run({"week"});
    ASSERT_EQ(week.status, 0) << week.err;
    auto rows = week_rows(week.out);
    ASSERT_EQ(rows.size(), 8u) << week.out;
    EXPECT_TRUE(rows[7].starts_with("2026-W48        1         1   5.0           5.0    8.0  firm"))
        << rows[7];
    for (std::size_t i = 0; i < 7; ++i) {
        EXPECT_EQ(rows[i], rows[i].substr(0, 8) + "        0         0") << rows[i];
    }
    EXPECT_TRUE(contains(week.out,
                         "\nTrend: needs 28 logged days; there is 1, so 27 more would let sore "
                         "answer.\n"))
        << week.out;

    auto causes = box.run({"causes"});
    ASSERT_EQ(causes.status, 0) << causes.err;
    std::size_t headings = 0;
    for (const auto& line : lines(causes.out)) {
        if (std::regex_search(line, std::regex(R"(^\d\. )"))) {
            ++headings;
            EXPECT_TRUE(line.ends_with(": not enough data")) << line;
        }
    }
    EXPECT_EQ(headings, 5u) << causes.out;
    for (const char* figure : {"CI", "p =", "points (", "Can't tell"}) {
        EXPECT_FALSE(contains(causes.out, figure)) << figure << " in:\n" << causes.out;
    }
    EXPECT_FALSE(std::regex_search(causes.out, std::regex(R"(\d\.\d)"))) << causes.out;
    auto j = report_json(box, {"causes"});
    for (const auto& c : j["causes"]) {
        EXPECT_TRUE(c["estimate"].is_null() && c["p"].is_null() && c["ci95"].is_null()) << c;
        EXPECT_EQ(c["verdict"], "not enough data") << c;
        EXPECT_TRUE(c["gap"]["have"].get<int>() + c["gap"]["needed"].get<int>() >= 3) << c;
    }
    for (const auto& [name, r] : every_output(box)) {
        EXPECT_EQ(r.status, 0) << name << r.err;
        EXPECT_FALSE(has_nan_or_inf(r.out)) << name << "\n" << r.out;
    }
}

TEST(Reports, FlatAndZeroJournalsPrintNoNanOrInf) {
    // Forty days of soreness 0 (no relative change; the days lie exactly on
    // a line, so the trend has no interval), then entries at soreness 4 with
    // an injury and a release: every measure constant.
    Sandbox box;
    pin(box);
    for (int ago = 40; ago >= 1; --ago) {
        log_entry(box, {"-" + std::to_string(ago) + "d", "--soreness", "0", "--sitting", "8"});
    }
    auto week = report_json(box, {"week", "--weeks", "6"});
    EXPECT_EQ(week["trend"]["exact"], true) << week["trend"];
    EXPECT_TRUE(week["trend"]["ci95"].is_null());
    EXPECT_EQ(week["trend"]["direction"], "no clear change");
    EXPECT_TRUE(contains(box.run({"week", "--weeks", "6"}).out, "(exact, no interval)"));
    EXPECT_TRUE(week["change"]["relative"].is_null()) << "the first days' mean is 0";
    EXPECT_EQ(week["change"]["kind"], "usual variation");
    for (int i = 0; i < 8; ++i) {
        log_entry(box, {"2026-11-2" + std::to_string(i % 6), "--soreness", "4", "--sitting", "8",
                        "--pressure", "firm", "--knots", "2", "--injury", "--emotional"});
    }
    for (const auto& [name, r] : every_output(box)) {
        EXPECT_EQ(r.status, 0) << name << r.err;
        EXPECT_FALSE(has_nan_or_inf(r.out)) << name << "\n" << r.out;
    }
    auto causes = report_json(box, {"causes"});
    for (const auto& c : causes["causes"]) {
        if (c["cause"] == "sitting") {
            EXPECT_EQ(c["gap"]["reason"], "constant") << c;
            EXPECT_EQ(c["gap"]["value"], 8.0) << c;
        }
    }
}

TEST(Week, IsoWeeksAcrossTheYearEnd) {
    Sandbox box;
    pin(box, "2027-01-05");
    for (const char* day : {"2026-12-28", "2027-01-01", "2027-01-04", "2025-12-29"}) {
        log_entry(box, {day, "--soreness", "3"});
    }
    auto j = report_json(box, {"week", "--weeks", "2"});
    EXPECT_EQ(j["from"], "2026-12-28");
    EXPECT_EQ(j["to"], "2027-01-10"); // the Sunday of today's week
    ASSERT_EQ(j["weeks"].size(), 2u) << j;
    EXPECT_EQ(j["weeks"][0]["week"], "2026-W53");
    EXPECT_EQ(j["weeks"][0]["start"], "2026-12-28");
    EXPECT_EQ(j["weeks"][0]["entries"], 2);
    EXPECT_EQ(j["weeks"][1]["week"], "2027-W01");
    EXPECT_EQ(j["weeks"][1]["start"], "2027-01-04");
    EXPECT_EQ(j["weeks"][1]["entries"], 1);

    auto early = report_json(box, {"week", "--from", "2025-12-28", "--to", "2026-01-04"});
    ASSERT_EQ(early["weeks"].size(), 2u) << early;
    EXPECT_EQ(early["weeks"][0]["week"], "2025-W52");
    EXPECT_EQ(early["weeks"][1]["week"], "2026-W01");
    EXPECT_EQ(early["weeks"][1]["start"], "2025-12-29");
    EXPECT_EQ(early["weeks"][1]["entries"], 1);
    auto text = box.run({"week", "--from", "2025-12-29", "--to", "2025-12-29"});
    EXPECT_EQ(week_rows(text.out).size(), 1u) << text.out;
    EXPECT_TRUE(week_rows(text.out).at(0).starts_with("2026-W01        1")) << text.out;
}

TEST(Week, DefaultIsEightWeeksEndingToday) {
    Sandbox box;
    pin(box);
    log_entry(box, {"2026-10-05", "--soreness", "2"});
    log_entry(box, {"2026-10-04", "--soreness", "9"}); // the Sunday before: outside
    auto j = report_json(box, {"week"});
    EXPECT_EQ(j["from"], "2026-10-05");
    EXPECT_EQ(j["to"], "2026-11-29");
    EXPECT_EQ(j["entries"], 1);
    ASSERT_EQ(j["weeks"].size(), 8u);
    EXPECT_EQ(j["weeks"][0]["week"], "2026-W41");
    EXPECT_EQ(j["weeks"][0]["entries"], 1);
    EXPECT_EQ(j["weeks"][7]["week"], "2026-W48");
    auto text = box.run({"week"});
    EXPECT_TRUE(
        text.out.starts_with("Soreness by week, 2026-W41 to 2026-W48 (2026-10-05 to 2026-11-29)\n"))
        << text.out;
    EXPECT_EQ(week_rows(text.out).size(), 8u) << text.out;
    EXPECT_EQ(week_rows(box.run({"week", "--weeks", "12"}).out).size(), 12u);
    EXPECT_EQ(report_json(box, {"week", "--weeks", "12"})["weeks"][0]["week"], "2026-W37");
    EXPECT_EQ(lines(box.run({"week", "--weeks", "12", "--format", "csv"}).out).size(), 13u);
}

TEST(Reports, WeekCoversWholeWeeksAndCausesTheExactRange) {
    Sandbox box;
    pin(box);
    // Wednesday 2026-11-04 to Wednesday 2026-11-11: the Monday before and
    // the Friday after fall in the same ISO weeks, so the week report counts
    // them (a row is a whole week) and the causes report does not.
    for (const auto& [day, soreness] : std::vector<std::pair<std::string, std::string>>{
             {"2026-11-02", "9"}, {"2026-11-04", "2"}, {"2026-11-11", "4"}, {"2026-11-13", "9"}}) {
        log_entry(box, {day, "--soreness", soreness});
    }
    auto j = report_json(box, {"week", "--from", "2026-11-04", "--to", "2026-11-11"});
    EXPECT_EQ(j["from"], "2026-11-02");
    EXPECT_EQ(j["to"], "2026-11-15");
    EXPECT_EQ(j["entries"], 4);
    ASSERT_EQ(j["weeks"].size(), 2u) << j;
    EXPECT_EQ(j["weeks"][0]["week"], "2026-W45");
    EXPECT_EQ(j["weeks"][0]["entries"], 2);
    EXPECT_EQ(j["weeks"][0]["max_soreness"], 9);
    EXPECT_DOUBLE_EQ(j["weeks"][0]["mean_soreness"].get<double>(), 5.5);
    EXPECT_EQ(j["weeks"][1]["week"], "2026-W46");
    EXPECT_EQ(j["weeks"][1]["max_soreness"], 9);
    auto to_only = report_json(box, {"week", "--weeks", "1", "--to", "2026-11-11"});
    EXPECT_EQ(to_only["from"], "2026-11-09");
    EXPECT_EQ(to_only["entries"], 2);
    auto causes = report_json(box, {"causes", "--from", "2026-11-04", "--to", "2026-11-11"});
    EXPECT_EQ(causes["days"], 2);
    EXPECT_EQ(causes["from"], "2026-11-04");
    EXPECT_EQ(causes["to"], "2026-11-11");
    EXPECT_EQ(report_json(box, {"causes"})["days"], 4);

    auto none = box.run({"week", "--from", "2026-11-16", "--to", "2026-11-22"});
    ASSERT_EQ(none.status, 0) << none.err;
    EXPECT_EQ(none.out, "No entries from 2026-11-16 to 2026-11-22; 'sore list' shows the days "
                        "you logged.\n");
    auto no_causes = box.run({"causes", "--from", "2026-11-16", "--to", "2026-11-22"});
    ASSERT_EQ(no_causes.status, 0) << no_causes.err;
    EXPECT_EQ(no_causes.out, "No entries in that range; 'sore list' shows the days you logged.\n");
}

TEST(Reports, BadOptionsNameTheFieldAndValue) {
    Sandbox box;
    pin(box);
    log_entry(box, {"--soreness", "3"});
    auto before = box.db_bytes();
    EXPECT_TRUE(fails_with(box.run({"week", "--weeks", "4", "--from", "2026-11-01"}), 2,
                           {"--weeks", "'4'", "--from", "'2026-11-01'"}));
    EXPECT_TRUE(fails_with(box.run({"week", "--weeks", "0"}), 2, {"--weeks", "'0'", "1 to"}));
    EXPECT_TRUE(fails_with(box.run({"week", "--weeks", "x"}), 2, {"--weeks", "'x'"}));
    EXPECT_TRUE(fails_with(box.run({"week", "--format", "xml"}), 2,
                           {"--format", "'xml'", "text", "json", "csv"}));
    for (const char* report : {"week", "causes"}) {
        EXPECT_TRUE(fails_with(box.run({report, "--from", "2026-11-20", "--to", "2026-11-01"}), 2,
                               {"--from", "'2026-11-20'", "--to", "'2026-11-01'"}))
            << report;
    }
    auto csv = box.run({"causes", "--format", "csv"});
    EXPECT_TRUE(fails_with(csv, 2, {"--format", "'csv'", "text", "json"}));
    EXPECT_FALSE(contains(csv.err, "csv;") || contains(csv.err, ", csv")) << csv.err;
    EXPECT_TRUE(fails_with(box.run({"causes", "--weeks", "3"}), 2, {"--weeks"}));
    EXPECT_EQ(box.db_bytes(), before);
}

TEST(Week, FromAfterTodayIsAUsageError) {
    // Without --to the range ends today, so a later --from is a range that
    // ends before it starts, as with --from after --to.
    Sandbox box;
    pin(box);
    log_entry(box, {"--soreness", "3"});
    for (const char* from : {"2026-11-28", "2026-11-30", "2026-12-07"}) {
        for (const char* format : {"text", "json", "csv"}) {
            auto r = box.run({"week", "--from", from, "--format", format});
            EXPECT_TRUE(fails_with(r, 2, {"--from", std::string("'") + from + "'"}))
                << from << " " << format;
        }
    }
}

TEST(Week, AtMost5200WeeksWhicheverOptionsSetThem) {
    Sandbox box;
    pin(box);
    EXPECT_TRUE(fails_with(box.run({"week", "--from", "1900-01-01", "--to", "2026-11-27"}), 2,
                           {"--from", "'1900-01-01'", "5200 weeks"}));
    // Without --to the range ends today, and the message says so.
    EXPECT_TRUE(fails_with(
        box.run({"week", "--from", "1900-01-01"}), 2,
        {"--from", "'1900-01-01'", "6622 weeks before today (2026-11-27)", "at most 5200 weeks"}));
    // Weeks before 1900 hold no entries and are not shown.
    auto early = report_json(box, {"week", "--to", "1900-01-10", "--weeks", "5200"});
    EXPECT_EQ(early["from"], "1900-01-01");
    EXPECT_EQ(early["weeks"].size(), 2u);
}

TEST(Reports, HelpShowsUsageAndAnExample) {
    Sandbox box;
    pin(box);
    for (const auto& [report, option] : std::vector<std::pair<std::string, std::string>>{
             {"week", "--weeks N"}, {"week", "--ascii"}, {"causes", "--from DATE"}}) {
        auto r = box.run({report, "--help"});
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_TRUE(r.out.starts_with("Usage: sore " + report + " [")) << r.out;
        EXPECT_TRUE(contains(r.out, "Example:\n  sore " + report)) << r.out;
        EXPECT_TRUE(contains(r.out, option)) << r.out;
        EXPECT_EQ(r.out, box.run({"help", report}).out);
    }
    EXPECT_FALSE(contains(box.run({"causes", "--help"}).out, "csv"));
    EXPECT_FALSE(fs::exists(box.db()));
}

TEST(Week, SessionsRestDaysPressureTiesAndInjuries) {
    Sandbox box;
    pin(box);
    // W46: light 2, firm 2, deep 1: the tie goes to the firmer of the two.
    for (const char* level : {"light", "firm", "deep", "firm", "light"}) {
        log_entry(box, {"2026-11-10", "--soreness", "3", "--pressure", level});
    }
    // W47: two sessions (medium, deep: a tie) with injuries, and a rest day.
    log_entry(box, {"2026-11-16", "--soreness", "4", "--pressure", "medium", "--technique",
                    "swedish", "--injury", "--sitting", "6"});
    log_entry(box, {"2026-11-17", "--soreness", "5", "--pressure", "deep", "--injury"});
    log_entry(box, {"2026-11-18", "--soreness", "2", "--technique", "none", "--sitting", "9"});
    // W48: light twice beats firm once; a bare entry is not a session.
    log_entry(box, {"2026-11-23", "--soreness", "3", "--pressure", "light"});
    log_entry(box, {"2026-11-24", "--soreness", "3", "--pressure", "1"});
    log_entry(box, {"2026-11-25", "--soreness", "6", "--pressure", "firm", "--technique", "self"});
    log_entry(box, {"2026-11-26", "--soreness", "1", "--technique", "self"});
    log_entry(box, {"2026-11-27", "--soreness", "1"});

    auto j = report_json(box, {"week", "--weeks", "3"});
    ASSERT_EQ(j["weeks"].size(), 3u);
    const auto& w46 = j["weeks"][0];
    const auto& w47 = j["weeks"][1];
    const auto& w48 = j["weeks"][2];
    EXPECT_EQ(w46["pressure"], 3) << w46;
    EXPECT_EQ(w47["entries"], 3);
    EXPECT_EQ(w47["sessions"], 2);
    EXPECT_EQ(w47["pressure"], 4) << w47;
    EXPECT_EQ(w47["injuries"], 2);
    EXPECT_EQ(w47["max_soreness"], 5);
    EXPECT_DOUBLE_EQ(w47["mean_soreness"].get<double>(), 11.0 / 3);
    EXPECT_DOUBLE_EQ(w47["mean_sitting_hours"].get<double>(), 7.5);
    EXPECT_EQ(w48["entries"], 5);
    EXPECT_EQ(w48["sessions"], 4);
    EXPECT_EQ(w48["pressure"], 1) << w48;
    EXPECT_EQ(w48["injuries"], 0);
    EXPECT_TRUE(w48["mean_sitting_hours"].is_null());

    auto rows = week_rows(box.run({"week", "--weeks", "3"}).out);
    ASSERT_EQ(rows.size(), 3u);
    // After: the highest soreness of a session's day and the two after, up to
    // and including the next session's day: W47 (5 + 5) / 2, W48 (3 + 6 + 6 +
    // 1) / 4.
    EXPECT_TRUE(
        rows[0].starts_with("2026-W46        5         5   3.0           3.0         firm  "))
        << rows[0];
    EXPECT_TRUE(rows[1].starts_with(
        "2026-W47        3         2   3.7           5.0    7.5  deep           2  "
        "███████▍"))
        << rows[1];
    EXPECT_TRUE(
        rows[2].starts_with("2026-W48        5         4   2.8           4.0         light  "))
        << rows[2];
    EXPECT_DOUBLE_EQ(w48["left_mean"].get<double>(), 4.0);
    EXPECT_EQ(w48["session_days"], 4);
    EXPECT_EQ(w48["clean_days"], 0);
}

TEST(Week, JsonKeysAndUnroundedValues) {
    Sandbox box;
    pin(box);
    // 28 rest days up to yesterday: 6 then 3 on average, a point either side
    // day by day. All are clean days, so the change compares them alone.
    std::vector<double> weeks;
    std::vector<double> soreness;
    for (int i = 0; i < 28; ++i) {
        int value = (i < 14 ? 6 : 3) + (i % 2 == 0 ? 1 : -1);
        log_entry(box, {"-" + std::to_string(28 - i) + "d", "--soreness", std::to_string(value)});
        weeks.push_back(i / 7.0);
        soreness.push_back(value);
    }
    log_entry(box, {"-28d", "--soreness", "5"}); // a second entry the first day: its mean
    soreness[0] = (7 + 5) / 2.0;
    auto r = box.run({"week", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto j = json::parse(r.out);
    EXPECT_EQ(keys_of(j), (keys{"change", "clean_days", "days", "entries", "episodes", "from",
                                "session_days", "to", "trend", "weeks", "weeks_with_entries"}));
    EXPECT_EQ(keys_of(j["weeks"][5]),
              (keys{"clean_days", "clean_mean", "entries", "injuries", "left_mean", "max_soreness",
                    "mean_sitting_hours", "mean_soreness", "pressure", "session_days", "sessions",
                    "start", "week"}));
    EXPECT_EQ(keys_of(j["trend"]),
              (keys{"ci95", "days", "direction", "exact", "intercept", "p", "slope", "weeks"}));
    EXPECT_EQ(keys_of(j["trend"]["ci95"]), (keys{"high", "low"}));
    EXPECT_EQ(
        keys_of(j["change"]),
        (keys{"ci95", "clean_compared", "compared", "difference", "exact", "first", "first_days",
              "first_mean", "first_week", "kind", "last", "last_days", "last_mean", "last_week",
              "meaningful", "p", "relative", "sessions_compared", "trend_disagrees"}));
    EXPECT_EQ(j["entries"], 29);
    EXPECT_EQ(j["days"], 28);
    EXPECT_EQ(j["clean_days"], 28);
    EXPECT_EQ(j["session_days"], 0);

    // The slope of daily soreness on weeks since the first day.
    double mx = 0;
    double my = 0;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        mx += weeks[i] / 28;
        my += soreness[i] / 28;
    }
    double sxy = 0;
    double sxx = 0;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        sxy += (weeks[i] - mx) * (soreness[i] - my);
        sxx += (weeks[i] - mx) * (weeks[i] - mx);
    }
    const auto& trend = j["trend"];
    EXPECT_EQ(trend["days"], 28);
    EXPECT_NEAR(trend["slope"].get<double>(), sxy / sxx, 1e-12);
    EXPECT_NEAR(trend["intercept"].get<double>(), my - sxy / sxx * mx, 1e-12);
    EXPECT_LT(trend["ci95"]["high"].get<double>(), 0.0);
    EXPECT_EQ(trend["direction"], "improving");

    const auto& change = j["change"];
    EXPECT_EQ(change["first"]["from"], "2026-10-30");
    EXPECT_EQ(change["first"]["to"], "2026-11-12");
    EXPECT_EQ(change["last"]["from"], "2026-11-13");
    EXPECT_EQ(change["last"]["to"], "2026-11-26");
    EXPECT_EQ(change["compared"], 28);
    double first = 0;
    for (int i = 0; i < 14; ++i) {
        first += soreness[static_cast<std::size_t>(i)] / 14;
    }
    EXPECT_DOUBLE_EQ(change["first_mean"].get<double>(), first);
    EXPECT_DOUBLE_EQ(change["last_mean"].get<double>(), 3.0);
    EXPECT_NEAR(change["difference"].get<double>(), 3.0 - first, 1e-12);
    EXPECT_NEAR(change["relative"].get<double>(), (3.0 - first) / first, 1e-12);
    EXPECT_LT(change["ci95"]["high"].get<double>(), 0.0);
    EXPECT_EQ(change["kind"], "meaningful improvement");
    EXPECT_EQ(change["meaningful"], true);
    auto text = box.run({"week"}).out;
    std::replace(text.begin(), text.end(), '\n', ' '); // sentences are wrapped
    EXPECT_TRUE(contains(
        text, fmt::format("Trend: {:+.2f} points a week (95% CI ", trend["slope"].get<double>())))
        << text;
    EXPECT_TRUE(contains(text, fmt::format("down {:.2f} points (95% CI ", first - 3.0))) << text;
    EXPECT_TRUE(contains(text, ": a meaningful improvement")) << text;
}

} // namespace
