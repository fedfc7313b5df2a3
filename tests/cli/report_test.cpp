// `sore report` on journals built through `sore log`: the page parses as XML
// (libxml2's xmllint, a real parser), user text stays text, one chart point
// per entry of the period, the injury list, nothing loaded from anywhere,
// -o/--force, errors and the empty journal. Today is Friday 2026-11-27 in
// Europe/Berlin, so the default period is Monday 2026-10-05 to 2026-11-27.

#include "report_page.hpp"

#include <filesystem>
#include <regex>

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
    EXPECT_EQ(xpath(box, "count(//h2)"), "5");
    std::vector<std::string> sections;
    for (int i = 1; i <= 5; ++i) {
        sections.push_back(xpath(box, "string((//h2)[" + std::to_string(i) + "])"));
    }
    EXPECT_EQ(sections,
              (std::vector<std::string>{"Soreness over time", "Week by week",
                                        "What goes with the soreness", "Injuries", "Every entry"}));
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

} // namespace
