// `sore report` on journals built through `sore log`: the page parses as XML
// (libxml2's xmllint, a real parser), user text stays text, one chart point
// per entry of the period, the injury list, nothing loaded from anywhere,
// -o/--force, errors and the empty journal, sessions marked by pressure, and
// the days after a session as `sore recovery` has them. Today is Friday 2026-11-27 in
// Europe/Berlin, so the default period is Monday 2026-10-05 to 2026-11-27.

#include "report_page.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <regex>
#include <set>

using sore::testing::cells;
using sore::testing::Cells;
using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::flat;
using sore::testing::log_entry;
using sore::testing::mode_of;
using sore::testing::occurrences;
using sore::testing::page;
using sore::testing::pin;
using sore::testing::read_file;
using sore::testing::report_json;
using sore::testing::Result;
using sore::testing::Sandbox;
using sore::testing::three_weeks;
using sore::testing::xpath;

namespace fs = std::filesystem;

namespace {

TEST(Report, APageThatParsesAsXmlWithEverySection) {
    Sandbox box;
    pin(box);
    three_weeks(box);
    auto html = page(box);
    EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">")) << html.substr(0, 80);
    EXPECT_EQ(xpath(box, "string(/html/head/title)"), "Soreness journal, 2026-10-05 to 2026-11-27");
    EXPECT_EQ(xpath(box, "normalize-space(//p[@class='lead'])"),
              "2026-10-05 to 2026-11-27: 6 entries: 4 massage sessions and 2 rest days");
    // The sections, in the order the page promises.
    EXPECT_EQ(xpath(box, "count(//h2)"), "7");
    std::vector<std::string> sections;
    for (int i = 1; i <= 7; ++i) {
        sections.push_back(xpath(box, "string((//h2)[" + std::to_string(i) + "])"));
    }
    EXPECT_EQ(sections,
              (std::vector<std::string>{"Soreness over time", "Where it hurts", "Week by week",
                                        "What goes with the soreness", "The days after a session",
                                        "Injuries", "Every entry"}));
    // Eight weeks, W41 to W48, three of them with entries.
    EXPECT_EQ(xpath(box, "count(//table[@class='weeks']/tbody/tr)"), "8");
    EXPECT_EQ(xpath(box, "count(//table[@class='weeks']/tbody/tr[@class='empty'])"), "5");
    // Week, entries, sessions, mean, max, clean days' mean, what sessions
    // left, hours sat, pressure, injuries.
    auto w46 = cells(box, "//table[@class='weeks']/tbody/tr[6]");
    w46.pop_back(); // the bar
    EXPECT_EQ(w46,
              (Cells{"2026-W46 2026-11-09", "3", "2", "6.3", "7", "", "6.3", "8.5", "deep", "1"}));
    EXPECT_EQ(cells(box, "//table[@class='weeks']/tbody/tr[1]"),
              (Cells{"2026-W41 2026-10-05", "0", "0", "", "", "", "", "", "", "", ""}));
    // The same sentences as `sore week` and `sore causes`.
    auto week = flat(box.run({"week"}).out);
    auto trend = week.substr(week.find("Trend: "));
    EXPECT_TRUE(contains(html, trend.substr(0, trend.find(" Change: ")))) << trend;
    auto change = week.substr(week.find("Change: "));
    change.pop_back(); // the line break at the end
    EXPECT_TRUE(contains(html, change)) << change;
    auto causes = flat(box.run({"causes", "--from", "2026-10-05", "--to", "2026-11-27"}).out);
    for (const char* sentence :
         {"These figures show what went together in your own journal, not what caused what.",
          "5 logged days (0 clean), 4 sessions, 2 injury episodes",
          "This needs 5 sessions with an emotional release (--emotional); there are 0, so 5 "
          "more would let sore answer.",
          "and the five causes are tested as one family (Holm)"}) {
        EXPECT_TRUE(contains(causes, sentence)) << sentence << "\nin: " << causes;
        EXPECT_TRUE(contains(html, sentence)) << sentence;
    }
    // Every entry of the period, every field, the tag and the note in full.
    EXPECT_EQ(xpath(box, "count(//table[@class='entries']/tbody)"), "6");
    // No., date, time, soreness, during, sitting, pressure, technique,
    // knots, side, injury, emotional release, tags.
    EXPECT_EQ(cells(box, "//table[@class='entries']/tbody[1]/tr[1]"),
              (Cells{"2", "2026-11-09", "", "7", "", "9h", "deep", "", "4", "", "", "", "clinic"}));
    EXPECT_EQ(cells(box, "//table[@class='entries']/tbody[3]/tr[1]"),
              (Cells{"4", "2026-11-12", "", "6", "", "", "firm", "", "", "left", "yes", "", ""}));
    EXPECT_EQ(cells(box, "//table[@class='entries']/tbody[5]/tr[1]"),
              (Cells{"6", "2026-11-19", "", "4", "", "", "medium", "", "", "", "", "yes", ""}));
    EXPECT_EQ(cells(box, "//table[@class='entries']/tbody[6]/tr[1]"),
              (Cells{"7", "2026-11-26", "18:30", "2", "", "", "light", "", "", "", "", "", ""}));
    EXPECT_EQ(xpath(box, "string(//table[@class='entries']/tbody[3]/tr[2]/td)"),
              "hurt it on the stairs");
    EXPECT_FALSE(contains(html, "long ago"));
    // When and by what it was made.
    auto version = box.run({"--version"}).out;
    auto number = version.substr(version.rfind(' ') + 1);
    number.pop_back();
    EXPECT_TRUE(contains(html, "Made on 2026-11-27 with sore " + number + ".")) << version;
    EXPECT_FALSE(contains(html, "{{"));
}

TEST(Report, NotesAndTagsStayText) {
    Sandbox box;
    pin(box);
    const std::string note = "<script>alert(1)</script> & <img src=x onerror=alert(2)>";
    log_entry(box, {"2026-11-20", "--soreness", "5", "--injury", "--pressure", "firm", "--note",
                    note, "--tag", "<b>x</b>"});
    log_entry(box, {"2026-11-21", "--soreness", "3", "--note", "a'b\"c\nsecond line"});
    auto html = page(box);
    std::string lower = html;
    for (auto& c : lower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    EXPECT_FALSE(contains(lower, "<script"));
    EXPECT_FALSE(contains(lower, "<img"));
    EXPECT_FALSE(contains(lower, "<b>"));
    EXPECT_TRUE(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img"));
    // A parser reads back exactly what was logged, as text.
    EXPECT_EQ(xpath(box, "string(//table[@class='entries']/tbody[1]/tr[2]/td)"), note);
    EXPECT_EQ(xpath(box, "string(//table[@class='injuries']//td[@class='notes'])"), note);
    EXPECT_EQ(xpath(box, "string(//table[@class='entries']/tbody[1]//td[@class='tags'])"),
              "<b>x</b>");
    EXPECT_EQ(xpath(box, "string(//table[@class='entries']/tbody[2]/tr[2]/td)"),
              "a'b\"c\nsecond line");
    EXPECT_EQ(xpath(box, "count(//script)"), "0");
}

TEST(Report, OneCirclePerEntryOfThePeriod) {
    Sandbox box;
    pin(box);
    log_entry(box, {"2026-09-01", "--soreness", "8"}); // before the default 8 weeks
    log_entry(box, {"2026-10-05", "--soreness", "6"}); // the first day of them
    log_entry(box, {"2026-10-05", "--soreness", "6"}); // the same day, the same rating
    log_entry(box, {"2026-10-14", "--soreness", "5"});
    log_entry(box, {"2026-11-27", "--soreness", "2"}); // today
    auto html = page(box);
    EXPECT_EQ(occurrences(html, "<circle"), 4u);
    EXPECT_EQ(xpath(box, "count(//circle)"), "4");
    EXPECT_EQ(xpath(box, "count(//circle[title='2026-10-05: soreness 6'])"), "2");
    // Side by side on their day, not one on top of the other.
    EXPECT_NE(xpath(box, "string((//circle)[1]/@cx)"), xpath(box, "string((//circle)[2]/@cx)"));

    html = page(box, {"--from", "2026-10-06"});
    EXPECT_EQ(occurrences(html, "<circle"), 2u);
    html = page(box, {"--from", "2026-09-01", "--to", "2026-10-05"});
    EXPECT_EQ(occurrences(html, "<circle"), 3u);
    html = page(box, {"--from", "2026-09-02", "--to", "2026-10-04"});
    EXPECT_EQ(occurrences(html, "<circle"), 0u);
}

TEST(Report, WeeklyMeansAreALineWithAGapForWeeksWithoutEntries) {
    Sandbox box;
    pin(box);
    for (const char* day : {"2026-11-02", "2026-11-09", "2026-11-23"}) {
        log_entry(box, {day, "--soreness", "4"});
    }
    page(box);
    // W45 and W46 are joined; W47 has no entries, so W48 stands alone: a
    // square (as every week with entries has) without a line.
    EXPECT_EQ(xpath(box, "count(//polyline)"), "1");
    auto points = xpath(box, "string(//polyline/@points)");
    EXPECT_EQ(occurrences(points, " "), 1u) << points;                      // two points
    EXPECT_EQ(xpath(box, "count(//rect[@width='10'][@height='10'])"), "4"); // and the legend's
}

TEST(Report, InjuriesAreListedWithTheCaution) {
    Sandbox box;
    pin(box);
    three_weeks(box);
    auto html = page(box);
    EXPECT_EQ(xpath(box, "count(//table[@class='injuries']/tbody/tr)"), "2");
    // Date, time, soreness, session, pressure, technique, side, note.
    EXPECT_EQ(cells(box, "//table[@class='injuries']/tbody/tr[1]"),
              (Cells{"2026-11-12", "", "6", "massage with an injury", "firm", "", "left",
                     "hurt it on the stairs"}));
    EXPECT_EQ(cells(box, "//table[@class='injuries']/tbody/tr[2]"),
              (Cells{"2026-11-16", "", "5", "rest day", "", "none", "", ""}));
    EXPECT_TRUE(contains(html, "2 entries mark an injury or inflamed area; 1 of them was a "
                               "massage session."));
    // The caution `sore log` gives, in the same words.
    auto logged =
        box.run({"log", "2026-11-13", "--soreness", "6", "--pressure", "deep", "--injury"});
    ASSERT_EQ(logged.status, 0) << logged.err;
    std::string caution = "While an injury is fresh, massage is better put off; a doctor or "
                          "physiotherapist can guide its recovery instead.";
    std::string flat = logged.err;
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    EXPECT_TRUE(contains(flat, "While an injury is fresh,   massage is better put off"));
    EXPECT_EQ(xpath(box, "normalize-space(//p[@class='caution'])"), "Caution. " + caution);

    Sandbox calm;
    pin(calm);
    log_entry(calm, {"2026-11-20", "--soreness", "3", "--pressure", "firm"});
    html = page(calm);
    EXPECT_TRUE(contains(html, "No entry in this period marks an injury or inflamed area."));
    EXPECT_FALSE(contains(html, "While an injury is fresh"));
    EXPECT_EQ(xpath(calm, "count(//table[@class='injuries'])"), "0");
}

TEST(Report, LoadsNothingAndRunsNothing) {
    Sandbox box;
    pin(box);
    three_weeks(box);
    auto html = page(box);
    for (const char* part :
         {"http://", "https://", "ftp://", "file:", "data:", "src=", "href=", "url(", "@import",
          "<link", "<img", "<iframe", "<object", "<embed", "<script", "javascript:"}) {
        EXPECT_FALSE(contains(html, part)) << part;
    }
    // No event handlers (onload=, onclick=, ...) either.
    EXPECT_FALSE(std::regex_search(html, std::regex(R"(\son[a-z]+\s*=)", std::regex::icase)));
    EXPECT_EQ(xpath(box, "count(//@*[starts-with(name(), 'on')])"), "0");
    // Even if something slipped in, the page's policy forbids loading it.
    EXPECT_TRUE(contains(html, R"(content="default-src 'none'; style-src 'unsafe-inline'")"));
    // A link in a note is shown, not followed.
    log_entry(box, {"2026-11-27", "--soreness", "3", "--note", "see https://example.com/x"});
    html = page(box);
    EXPECT_EQ(occurrences(html, "https://"), 1u);
    EXPECT_EQ(xpath(box, "count(//*[@href or @src])"), "0");
}

TEST(Report, PeriodUpToTodayAndWholeWeeksInTheTable) {
    Sandbox box;
    pin(box);
    log_entry(box, {"2026-11-02", "--soreness", "8"}); // Monday of W45
    log_entry(box, {"2026-11-04", "--soreness", "4"}); // Wednesday
    // --to after today stops at today; the weeks reach Sunday as in `sore week`.
    auto html = page(box, {"--from", "2026-11-04", "--to", "2026-12-31"});
    EXPECT_EQ(xpath(box, "string(/html/head/title)"), "Soreness journal, 2026-11-04 to 2026-11-27");
    EXPECT_EQ(xpath(box, "count(//table[@class='weeks']/tbody/tr)"), "4"); // W45 to W48
    // The week's mean counts Monday's entry, which the period leaves out,
    // and the page says so.
    auto w45 = cells(box, "//table[@class='weeks']/tbody/tr[1]");
    ASSERT_EQ(w45.size(), 11u);
    EXPECT_EQ((Cells{w45[0], w45[1], w45[3], w45[4]}),
              (Cells{"2026-W45 2026-11-02", "2", "6.0", "8"}));
    EXPECT_EQ(occurrences(html, "<circle"), 1u);
    EXPECT_EQ(xpath(box, "count(//table[@class='entries']/tbody)"), "1");
    EXPECT_TRUE(contains(html, "also count any entries from 2026-11-02 to 2026-11-29 that fall "
                               "outside the period"));
    // Without --from, the 8 weeks end with today's, not with a later --to's.
    page(box, {"--to", "2027-06-01"});
    EXPECT_EQ(xpath(box, "string(/html/head/title)"), "Soreness journal, 2026-10-05 to 2026-11-27");
    EXPECT_EQ(xpath(box, "count(//table[@class='weeks']/tbody/tr)"), "8");
    // A period of whole weeks up to today needs no such note.
    html = page(box, {"--from", "2026-11-02"});
    EXPECT_FALSE(contains(html, "that fall outside the period"));
}

TEST(Report, EmptyJournalIsAValidPageThatSaysSo) {
    Sandbox box;
    pin(box);
    auto html = page(box);
    EXPECT_EQ(xpath(box, "normalize-space(//p[@class='lead'])"),
              "2026-10-05 to 2026-11-27: no entries");
    EXPECT_TRUE(contains(html, "The journal has no entries yet, so there is nothing to show."));
    EXPECT_EQ(xpath(box, "count(//svg)"), "0");
    EXPECT_FALSE(fs::exists(box.db())); // reading never creates a journal

    log_entry(box, {"2026-01-05", "--soreness", "4"});
    html = page(box);
    auto said = "string(//h2[.='No entries']/following-sibling::p)";
    EXPECT_EQ(xpath(box, said), "The journal's only entry falls outside this period.");
    log_entry(box, {"2026-01-06", "--soreness", "4"});
    html = page(box);
    EXPECT_EQ(xpath(box, said), "None of the 2 entries in the journal falls in this period.");
    EXPECT_EQ(occurrences(html, "<circle"), 0u);
}

// "2026-09-23".
std::string iso(std::chrono::sys_days day) {
    std::chrono::year_month_day ymd{day};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

// Two rest days, then a session every 5 days from 2026-09-23 to 2026-11-22,
// each with its day and the 4 after logged (the fourth a clean day, which
// makes the usual): light 5 times, firm 4, deep 3 and medium once, firmer
// leaving more. Deep's second day after is logged once only, too few for a
// figure. Returns the sessions at each pressure.
std::map<std::string, int> days_after_sessions(const Sandbox& box) {
    log_entry(box, {"2026-09-21", "--soreness", "2"});
    log_entry(box, {"2026-09-22", "--soreness", "1"});
    const std::vector<std::string> levels{"light", "firm",  "deep", "light",  "firm",
                                          "deep",  "light", "firm", "medium", "deep",
                                          "light", "firm",  "light"};
    const std::map<std::string, std::array<int, 5>> profile{{"light", {3, 4, 3, 2, 2}},
                                                            {"medium", {4, 5, 4, 3, 2}},
                                                            {"firm", {5, 6, 4, 3, 2}},
                                                            {"deep", {6, 7, 6, 4, 3}}};
    std::map<std::string, int> sessions;
    const std::chrono::sys_days first = std::chrono::year{2026} / 9 / 23;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const auto& level = levels[i];
        int n = ++sessions[level];
        int wobble = static_cast<int>(i % 3) - 1; // so that the intervals have a width
        for (int lag = 0; lag < 5; ++lag) {
            if (level == "deep" && lag == 2 && n < 3) {
                continue;
            }
            int soreness = profile.at(level)[static_cast<std::size_t>(lag)] +
                           (lag < 3    ? wobble
                            : lag == 4 ? static_cast<int>(i % 2)
                                       : 0);
            std::vector<std::string> args{
                iso(first + std::chrono::days{5 * static_cast<int>(i) + lag}), "--soreness",
                std::to_string(soreness)};
            if (lag == 0) {
                args.insert(args.end(), {"--pressure", level});
                if (level == "firm" || level == "deep") {
                    args.insert(args.end(),
                                {"--during", std::to_string((level == "deep" ? 8 : 6) + wobble)});
                }
            }
            log_entry(box, args);
        }
    }
    return sessions;
}

// A figure as the page rounds it: halves away from zero, a sign on request,
// never "-0.00".
std::string shown(double value, int decimals, bool sign = false) {
    double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0) {
        return fmt::format("{:.{}f}", 0.0, decimals);
    }
    return sign ? fmt::format("{:+.{}f}", rounded, decimals)
                : fmt::format("{:.{}f}", rounded, decimals);
}

// Days as the recovery words say them: "1 day", "2.5 days".
std::string days_text(double days) {
    auto number =
        days == std::floor(days) ? fmt::format("{}", static_cast<int>(days)) : shown(days, 1);
    return number + (days == 1 ? " day" : " days");
}

// The runs of consecutive days with an interval: the bands a line has.
int bands_of(const nlohmann::json& cells) {
    int runs = 0;
    bool open = false;
    for (const auto& cell : cells) {
        bool band = !cell["excess"].is_null() && !cell["excess"]["ci95"].is_null();
        runs += band && !open ? 1 : 0;
        open = band;
    }
    return runs;
}

// What `sore recovery` says a figure lacks ("missing"), or "".
std::string gap_of(const nlohmann::json& report, const std::string& figure,
                   const nlohmann::json& pressure = nullptr) {
    for (const auto& gap : report["gaps"]) {
        if (gap["figure"] == figure && gap["pressure"] == pressure) {
            return gap["missing"].get<std::string>();
        }
    }
    return "";
}

TEST(Report, TheDaysAfterASessionAsSoreRecoveryHasThem) {
    Sandbox box;
    pin(box);
    auto sessions = days_after_sessions(box);
    page(box, {"--from", "2026-09-21"});
    auto r = report_json(box, {"recovery", "--from", "2026-09-21", "--to", "2026-11-27"});
    const std::string section = "//section[@class='recovery']";
    const std::string chart = section + "/figure/svg";
    EXPECT_EQ(xpath(box, "string(" + section + "/h2)"), "The days after a session");
    ASSERT_EQ(r["sessions_with_baseline"], 13);

    // A line for all sessions and for each level with a figure on some day
    // (medium, once, has none), with a band for each run of days with an
    // interval: deep's breaks at its second day after.
    std::vector<std::string> drawn{"all sessions"};
    int bands = bands_of(r["profile"]);
    for (const auto& level : r["by_pressure"]) {
        const auto& cells = level["excess"];
        if (std::any_of(cells.begin(), cells.end(),
                        [](const nlohmann::json& c) { return !c["excess"].is_null(); })) {
            drawn.push_back(level["name"].get<std::string>());
            bands += bands_of(cells);
        }
    }
    EXPECT_EQ(drawn, (std::vector<std::string>{"all sessions", "light", "firm", "deep"}));
    EXPECT_EQ(bands, 5);
    EXPECT_EQ(xpath(box, "count(" + chart + "/path[@fill='none'])"), "4");
    EXPECT_EQ(xpath(box, "count(" + chart + "/polygon)"), std::to_string(bands));
    EXPECT_TRUE(r["by_pressure"][3]["excess"][2]["excess"].is_null());
    auto deep = xpath(box, "string(" + chart + "/path[@fill='none'][@stroke-dasharray='14,4']/@d)");
    EXPECT_EQ(occurrences(deep, "M"), 2u) << deep; // days 0-1, then 3-4
    EXPECT_EQ(occurrences(deep, "L"), 2u) << deep;
    for (const auto& name : drawn) {
        EXPECT_EQ(xpath(box, "count(" + chart + "/text[.='" + name + "'])"), "1") << name;
    }
    EXPECT_EQ(xpath(box, "count(" + chart + "/text[.='medium'])"), "0");
    // Each figure in words for screen readers, as the JSON has it rounded.
    auto desc = xpath(box, "string(" + chart + "/desc)");
    auto mean = [&](const nlohmann::json& cells, int lag) {
        return shown(cells[static_cast<std::size_t>(lag)]["excess"]["mean"].get<double>(), 2, true);
    };
    EXPECT_TRUE(contains(desc, "all sessions: session day " + mean(r["profile"], 0) +
                                   ", 1 day after " + mean(r["profile"], 1)))
        << desc;
    EXPECT_TRUE(contains(desc, "deep: session day " + mean(r["by_pressure"][3]["excess"], 0) +
                                   ", 1 day after " + mean(r["by_pressure"][3]["excess"], 1) +
                                   ", 2 days after too few sessions, 3 days after " +
                                   mean(r["by_pressure"][3]["excess"], 3)))
        << desc;
    EXPECT_EQ(xpath(box, "string(" + chart + "/@aria-labelledby)"), "recovery-title recovery-desc");
    int peak = r["peak_lag"].get<int>();
    EXPECT_TRUE(contains(xpath(box, "normalize-space(" + section + "/p[@class='peak'])"),
                         mean(r["profile"], peak) + " above your usual"));

    // A row for each level tried, its figures as `sore recovery` has them.
    EXPECT_EQ(xpath(box, "count(" + section + "/table/tbody/tr)"), "4");
    int row = 0;
    for (const auto& level : r["by_pressure"]) {
        auto name = level["name"].get<std::string>();
        ASSERT_EQ(level["sessions"], sessions[name]) << name;
        if (level["sessions"] == 0) {
            continue;
        }
        auto tr = section + "/table/tbody/tr[" + std::to_string(++row) + "]";
        auto c = cells(box, tr);
        ASSERT_EQ(c.size(), 6u);
        EXPECT_EQ(c[0], name);
        EXPECT_EQ(c[1], std::to_string(sessions[name]));
        const auto& days = level["recovery_days"];
        if (days["median"].is_null()) {
            EXPECT_EQ(c[2], "not known yet: " + gap_of(r, "recovery_days", name)) << name;
        } else {
            EXPECT_TRUE(c[2].starts_with(days_text(days["median"].get<double>()) + " (95%"))
                << c[2];
            EXPECT_TRUE(contains(c[2], fmt::format(", {} of {} settled", days["events"].get<int>(),
                                                   days["sessions"].get<int>())))
                << c[2];
        }
        const auto& a = level["adjusted"];
        if (a.is_null()) {
            EXPECT_EQ(c[3], fmt::format("not tried enough ({} of 3 sessions)", sessions[name]));
            EXPECT_EQ(c[4], "");
        } else {
            EXPECT_EQ(c[3], fmt::format("{} (95% interval {} to {})",
                                        shown(a["estimate"].get<double>(), 2),
                                        shown(a["ci95"]["low"].get<double>(), 2),
                                        shown(a["ci95"]["high"].get<double>(), 2)));
            const auto& ci = a["difference_ci95"];
            EXPECT_EQ(c[4], ci.is_null()
                                ? "the least"
                                : fmt::format("{} (95% interval {} to {})",
                                              shown(a["difference"].get<double>(), 2, true),
                                              shown(ci["low"].get<double>(), 2, true),
                                              shown(ci["high"].get<double>(), 2, true)));
        }
        EXPECT_EQ(c[5], level["during_mean"].is_null()
                            ? ""
                            : shown(level["during_mean"].get<double>(), 1));
        EXPECT_EQ(xpath(box, "count(" + tr + "/td[6]/strong[@class='flag'])"),
                  level["during_high"].get<bool>() ? "1" : "0");
    }
    EXPECT_EQ(row, 4);
    // The figures the table holds are there to be compared: light and firm
    // were tried enough and left different amounts.
    EXPECT_FALSE(r["by_pressure"][0]["adjusted"].is_null());
    EXPECT_EQ(cells(box, section + "/table/tbody/tr[1]")[4], "the least");
    EXPECT_EQ(xpath(box, "count(" + section + "/table//strong[@class='flag'])"), "1"); // deep

    // The sentences of `sore recovery`, and its sessions that stayed sore.
    auto text = xpath(box, "normalize-space(" + section + ")");
    EXPECT_TRUE(contains(text, r["comfortable_pressure"]["text"].get<std::string>())) << text;
    ASSERT_FALSE(r["longer_than_usual"].empty());
    for (const auto& l : r["longer_than_usual"]) {
        EXPECT_TRUE(contains(xpath(box, "string(" + section + "/p[@class='caution'])"),
                             l["date"].get<std::string>() + " (" +
                                 days_text(l["days"].get<double>()) + ")"));
    }
    EXPECT_TRUE(contains(text, "Your usual soreness: " +
                                   shown(r["baseline"]["median"].get<double>(), 1) + " (half"));

    // In the soreness chart, one circle per entry as before: rest days
    // white, sessions filled by their pressure, one fill each, over their
    // pressure's marker (the legend has one more of each).
    const std::string soreness = "//svg[@aria-labelledby='chart-title']";
    EXPECT_EQ(xpath(box, "count(" + soreness + "/circle)"), "65");
    EXPECT_EQ(xpath(box, "count(" + soreness + "/circle[@fill='#fff'])"), "52");
    std::set<std::string> fills;
    for (const auto& [name, n] : sessions) {
        auto marked = soreness + "/circle[contains(title, ', " + name + " pressure')]";
        EXPECT_EQ(xpath(box, "count(" + marked + ")"), std::to_string(n)) << name;
        auto fill = xpath(box, "string(" + marked + "/@fill)");
        fills.insert(fill);
        EXPECT_EQ(xpath(box, "count(" + soreness + "/circle[@fill='" + fill + "'])"),
                  std::to_string(n));
        EXPECT_EQ(
            xpath(box, "count(" + soreness + "/path[@fill='" + fill + "'][contains(@d, 'Z')])"),
            std::to_string(n + 1))
            << name;
    }
    EXPECT_EQ(fills.size(), 4u);
    EXPECT_EQ(fills.count("#fff"), 0u);
}

TEST(Report, SessionsAreMarkedApartFromRestDays) {
    Sandbox box;
    pin(box);
    three_weeks(box); // four sessions, one a pressure each, and two rest days
    log_entry(box, {"2026-11-24", "--soreness", "3", "--technique", "swedish"});
    page(box);
    const std::string chart = "//svg[@aria-labelledby='chart-title']";
    EXPECT_EQ(xpath(box, "count(" + chart + "/circle)"), "7");
    EXPECT_EQ(xpath(box, "count(" + chart + "/circle[@fill='#fff'])"), "2");
    EXPECT_EQ(xpath(box, "count(" + chart + "/circle[@fill!='#fff'])"), "5");
    EXPECT_EQ(xpath(box, "count(" + chart + "/circle[contains(title, ' pressure')])"), "5");
    // A session without a pressure has a look of its own: grey, no marker.
    EXPECT_EQ(xpath(box, "string(" + chart +
                             "/circle[title='2026-11-24: soreness 3, a session "
                             "without a pressure']/@fill)"),
              "#9a9a9a");
    EXPECT_EQ(xpath(box, "string(" + chart +
                             "/circle[title='2026-11-09: soreness 7, deep "
                             "pressure']/@fill)"),
              "#7f2704");
    // A marker under each session with a pressure, and one per level in
    // the legend, which names them.
    EXPECT_EQ(xpath(box, "count(" + chart + "/path[contains(@d, 'Z')])"), "8");
    for (const char* label : {"rest day", "session, by pressure:", "light", "medium", "firm",
                              "deep", "no pressure given"}) {
        EXPECT_EQ(xpath(box, "count(" + chart + "/text[.='" + label + "'])"), "1") << label;
    }
}

TEST(Report, WithoutSessionsTheDaysAfterSayWhatIsMissing) {
    Sandbox box;
    pin(box);
    for (const char* day : {"2026-11-02", "2026-11-03", "2026-11-05"}) {
        log_entry(box, {day, "--soreness", "3"});
    }
    page(box);
    auto r = report_json(box, {"recovery", "--from", "2026-10-05", "--to", "2026-11-27"});
    const std::string section = "//section[@class='recovery']";
    EXPECT_EQ(xpath(box, "string(" + section + "/h2)"), "The days after a session");
    EXPECT_EQ(xpath(box, "count(" + section + "//svg)"), "0");
    EXPECT_EQ(xpath(box, "count(" + section + "//table)"), "0");
    ASSERT_FALSE(gap_of(r, "profile").empty());
    EXPECT_EQ(xpath(box, "normalize-space(" + section + "/p[@class='peak'])"),
              "The days after a session: not known yet; it " + gap_of(r, "profile") + ".");
    EXPECT_EQ(xpath(box, "normalize-space(" + section + "/p[2])"),
              "Your usual soreness: not known yet; it " + gap_of(r, "baseline") + ".");
    EXPECT_TRUE(contains(gap_of(r, "profile"), "needs a session")) << gap_of(r, "profile");
    // Nothing to suggest or compare without a session.
    auto text = xpath(box, "normalize-space(" + section + ")");
    EXPECT_FALSE(contains(text, "No level stands out yet")) << text;
    EXPECT_TRUE(contains(text, "How: your usual soreness before a session"));
}

} // namespace
