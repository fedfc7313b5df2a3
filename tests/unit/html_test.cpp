// The HTML report's renderer: escaping of user text, where the chart puts
// points and weekly means (figures worked out by hand below), and what the
// page says about a small journal.

#include "journal/dates.hpp"
#include "journal/validate.hpp"
#include "render/html.hpp"
#include "render/html_chart.hpp"
#include "render/html_escape.hpp"
#include "render/week.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <regex>
#include <sstream>

namespace sore::render {
namespace {

using test::day;

const std::string fffd = "\xEF\xBF\xBD"; // U+FFFD, the replacement character

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

TEST(HtmlEscape, MarkupBecomesText) {
    EXPECT_EQ(html_escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
    EXPECT_EQ(html_escape(R"(a & b "c" 'd')"), "a &amp; b &quot;c&quot; &#39;d&#39;");
    EXPECT_EQ(html_escape("&amp;"), "&amp;amp;"); // escaped again, not trusted
    EXPECT_EQ(html_escape(""), "");
}

TEST(HtmlEscape, KeepsUtf8AndLineBreaks) {
    EXPECT_EQ(html_escape("Gesäß — ça va 😀"), "Gesäß — ça va 😀");
    EXPECT_EQ(html_escape("line one\nline two\tend\r\n"), "line one\nline two\tend\r\n");
}

TEST(HtmlEscape, WhatXmlCannotHoldBecomesTheReplacementCharacter) {
    EXPECT_EQ(html_escape(std::string("a\x01z", 3)), "a" + fffd + "z");
    EXPECT_EQ(html_escape("\x1b[31mred"), fffd + "[31mred"); // a terminal escape
    EXPECT_EQ(html_escape(std::string("\0", 1)), fffd);
    EXPECT_EQ(html_escape("\xff"), fffd);                       // never a UTF-8 byte
    EXPECT_EQ(html_escape("\xC0\xAF"), fffd + fffd);            // overlong '/'
    EXPECT_EQ(html_escape("\xED\xA0\x80"), fffd + fffd + fffd); // a surrogate
    EXPECT_EQ(html_escape("\xE2\x82"), fffd + fffd);            // cut short
    EXPECT_EQ(html_escape("\xEF\xBF\xBF"), fffd);               // U+FFFF
    EXPECT_EQ(html_escape("x\xE2\x82<"), "x" + fffd + fffd + "&lt;");
}

// One week drawn: 96 units a day from x = 40; 20 units a point down from
// y = 212 (soreness 0) to 12 (soreness 10).
TEST(ChartScale, PlacesDaysAndSorenessOnTheGrid) {
    ChartScale s{day(2026, 11, 2), 7};
    EXPECT_DOUBLE_EQ(s.day_width(), 96);
    EXPECT_DOUBLE_EQ(s.x(day(2026, 11, 2)), 88);        // the middle of Monday
    EXPECT_DOUBLE_EQ(s.x(day(2026, 11, 5)), 376);       // Thursday
    EXPECT_DOUBLE_EQ(s.x(day(2026, 11, 2), 0, 2), 72);  // two entries on a day
    EXPECT_DOUBLE_EQ(s.x(day(2026, 11, 2), 1, 2), 104); // sit a third apart
    EXPECT_DOUBLE_EQ(s.week_x(day(2026, 11, 2)), 376);
    EXPECT_DOUBLE_EQ(s.y(0), 212);
    EXPECT_DOUBLE_EQ(s.y(10), 12);
    EXPECT_DOUBLE_EQ(s.y(7), 72);
    EXPECT_DOUBLE_EQ(s.y(2.5), 162);
    ChartScale eight{day(2026, 10, 5), 56};
    EXPECT_DOUBLE_EQ(eight.day_width(), 12);
    EXPECT_DOUBLE_EQ(eight.week_x(day(2026, 11, 23)), 40 + (49 + 3.5) * 12);
}

journal::Entry entry(const std::string& date, int soreness) {
    return test::make(date, soreness);
}

// Four weeks from Monday 2026-11-02 (24 units a day): entries in weeks 1, 2
// and 4, none in week 3.
analysis::WeekReport four_weeks() {
    analysis::WeekReport r;
    r.span = {day(2026, 11, 2), day(2026, 11, 29)};
    for (int w = 0; w < 4; ++w) {
        analysis::WeekRow row;
        row.monday = r.span.first + date::weeks{w};
        r.weeks.push_back(row);
    }
    r.weeks[0].mean_soreness = 6; // (4 + 8 + 6) / 3
    r.weeks[1].mean_soreness = 3;
    r.weeks[3].mean_soreness = 2;
    return r;
}

const std::vector<journal::Entry> four_weeks_entries{entry("2026-11-02", 4), entry("2026-11-02", 8),
                                                     entry("2026-11-05", 6), entry("2026-11-10", 3),
                                                     entry("2026-11-26", 2)};

TEST(Chart, OneCirclePerEntryWhereTheScaleSays) {
    auto svg =
        soreness_chart_svg(four_weeks(), four_weeks_entries, {day(2026, 11, 2), day(2026, 11, 29)});
    EXPECT_EQ(occurrences(svg, "<circle"), 5u);
    // Two entries on Monday a third of a day apart, 40 + 24/3 and 40 + 48/3.
    EXPECT_NE(svg.find(R"(<circle cx="48" cy="132")"), std::string::npos) << svg;
    EXPECT_NE(svg.find(R"(<circle cx="56" cy="52")"), std::string::npos);
    EXPECT_NE(svg.find(R"(<circle cx="124" cy="92")"), std::string::npos);  // Thursday, 6
    EXPECT_NE(svg.find(R"(<circle cx="244" cy="152")"), std::string::npos); // Tuesday, 3
    EXPECT_NE(svg.find(R"(<circle cx="628" cy="172")"), std::string::npos); // Thursday, 2
    EXPECT_NE(svg.find("<title>2026-11-10: soreness 3</title>"), std::string::npos);
}

TEST(Chart, WeeklyMeansAreJoinedAndAnEmptyWeekBreaksTheLine) {
    auto svg =
        soreness_chart_svg(four_weeks(), four_weeks_entries, {day(2026, 11, 2), day(2026, 11, 29)});
    // Weeks 1 and 2 are joined, mid-week: x = 40 + 3.5 * 24 and 40 + 10.5 * 24.
    // Week 4 stands alone after the gap, so it is a square without a line.
    EXPECT_EQ(occurrences(svg, "<polyline"), 1u);
    EXPECT_NE(svg.find(R"(<polyline points="124,92 292,152")"), std::string::npos) << svg;
    // A 10-unit square centred on each mean.
    EXPECT_NE(svg.find(R"(<rect x="119" y="87" width="10" height="10")"), std::string::npos);
    EXPECT_NE(svg.find(R"(<rect x="287" y="147" width="10" height="10")"), std::string::npos);
    EXPECT_NE(svg.find(R"(<rect x="623" y="167" width="10" height="10")"), std::string::npos);
    EXPECT_EQ(occurrences(svg, R"(width="10" height="10")"), 4u); // and one in the legend
}

TEST(Chart, AnEntryOnItsWeeksMeanStaysVisible) {
    auto svg =
        soreness_chart_svg(four_weeks(), four_weeks_entries, {day(2026, 11, 2), day(2026, 11, 29)});
    // Thursday's 6 is week 1's mean: its circle sits on the square, drawn
    // after it, filled white and smaller, so the square frames it.
    auto circle = svg.find(R"(<circle cx="124" cy="92" r="3.5" fill="#fff")");
    auto square = svg.find(R"(<rect x="119" y="87" width="10" height="10")");
    ASSERT_NE(circle, std::string::npos) << svg;
    ASSERT_NE(square, std::string::npos) << svg;
    EXPECT_LT(square, circle);
    // Every entry is drawn after every weekly mean and the line.
    EXPECT_LT(svg.rfind("<polyline"), svg.find("<circle"));
    auto last_mean = svg.rfind(R"(width="10" height="10" fill="#1f4e8c")", svg.find("<circle"));
    EXPECT_NE(last_mean, std::string::npos);
    EXPECT_EQ(svg.find(R"(width="10" height="10" fill="#1f4e8c")", svg.find("<circle")),
              svg.find(R"(width="10" height="10" fill="#1f4e8c")", svg.rfind("</circle>")))
        << "only the legend's square may come after the entries";
}

TEST(Chart, ALineThroughEveryWeekWhenNoneIsEmpty) {
    auto weeks = four_weeks();
    weeks.weeks[2].mean_soreness = 4.5;
    auto svg = soreness_chart_svg(weeks, four_weeks_entries, weeks.span);
    EXPECT_EQ(occurrences(svg, "<polyline"), 1u);
    EXPECT_NE(svg.find(R"(<polyline points="124,92 292,152 460,122 628,172")"), std::string::npos)
        << svg;
}

TEST(Chart, DaysOutsideThePeriodAreShadedAndEntriesOutsideTheWeeksNotDrawn) {
    auto entries = four_weeks_entries;
    entries.insert(entries.begin(), entry("2026-10-30", 9)); // before the weeks
    auto svg = soreness_chart_svg(four_weeks(), entries, {day(2026, 11, 3), day(2026, 11, 26)});
    EXPECT_EQ(occurrences(svg, "<circle"), 5u);
    // Monday 2026-11-02, and Friday 2026-11-27 to Sunday.
    EXPECT_NE(svg.find(R"(<rect x="40" y="12" width="24" height="200")"), std::string::npos) << svg;
    EXPECT_NE(svg.find(R"(<rect x="640" y="12" width="72" height="200")"), std::string::npos);
    EXPECT_NE(svg.find("outside the period"), std::string::npos);

    auto whole =
        soreness_chart_svg(four_weeks(), four_weeks_entries, {day(2026, 11, 2), day(2026, 11, 29)});
    EXPECT_EQ(whole.find("outside the period"), std::string::npos);
    EXPECT_EQ(whole.find(R"(height="200")"), std::string::npos);
}

TEST(Chart, SorenessAxisFrom0To10AndMondaysAlongTheBottom) {
    auto svg =
        soreness_chart_svg(four_weeks(), four_weeks_entries, {day(2026, 11, 2), day(2026, 11, 29)});
    for (int level : {0, 2, 4, 6, 8, 10}) {
        auto label = std::regex(R"(<text x="34" y=")" + std::to_string(212 - 20 * level + 4) +
                                R"("[^>]*>)" + std::to_string(level) + "</text>");
        EXPECT_TRUE(std::regex_search(svg, label)) << level;
    }
    for (const char* monday : {">2 Nov<", ">9 Nov<", ">16 Nov<", ">23 Nov<"}) {
        EXPECT_NE(svg.find(monday), std::string::npos) << monday;
    }
}

TEST(Chart, TheYearIsNamedWhereItChanges) {
    analysis::WeekReport weeks;
    weeks.span = {day(2026, 12, 21), day(2027, 1, 10)};
    for (int w = 0; w < 3; ++w) {
        analysis::WeekRow row;
        row.monday = weeks.span.first + date::weeks{w};
        weeks.weeks.push_back(row);
    }
    auto svg = soreness_chart_svg(weeks, {}, weeks.span);
    EXPECT_NE(svg.find(">21 Dec<"), std::string::npos);
    EXPECT_NE(svg.find(">28 Dec<"), std::string::npos);
    EXPECT_NE(svg.find(">4 Jan 2027<"), std::string::npos) << svg;
}

// A page for three entries in the week of 2026-11-02.
ReportPage small_page(std::vector<journal::Entry> entries) {
    ReportPage page;
    page.period = {day(2026, 11, 2), day(2026, 11, 8)};
    page.today = day(2026, 11, 8);
    std::vector<analysis::DayTotals> days;
    for (auto& e : entries) {
        analysis::DayTotals t;
        t.day = e.date;
        t.entries = 1;
        t.soreness_sum = e.soreness;
        t.soreness_max = e.soreness;
        t.injuries = e.injury ? 1 : 0;
        days.push_back(t);
    }
    page.weeks = analysis::build_week_report(page.period, days);
    page.causes = analysis::build_causes_report(analysis::build_timeline(days, page.period.first));
    page.entries = std::move(entries);
    page.journal_entries = static_cast<std::int64_t>(page.entries.size());
    return page;
}

std::string render(const ReportPage& page) {
    std::ostringstream out;
    print_report_html(out, page);
    return out.str();
}

TEST(ReportPage, UserTextIsEscapedEverywhere) {
    auto note = entry("2026-11-03", 5);
    note.note = "<script>alert(1)</script> & \"more\"";
    note.tags = {"<b>bold</b>"};
    note.injury = true;
    auto html = render(small_page({entry("2026-11-02", 4), note}));
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    // In the entry table and in the injury list.
    EXPECT_EQ(occurrences(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"), 2u)
        << html;
    EXPECT_EQ(occurrences(html, "&lt;b&gt;bold&lt;/b&gt;"), 1u);
}

TEST(ReportPage, SaysThePeriodTheCountsAndTheWeeklySentences) {
    auto session = entry("2026-11-04", 6);
    session.pressure = journal::Pressure::firm;
    auto page = small_page({entry("2026-11-02", 4), session});
    auto html = render(page);
    EXPECT_NE(html.find("<title>Soreness journal, 2026-11-02 to 2026-11-08</title>"),
              std::string::npos);
    EXPECT_NE(html.find("2 entries: 1 massage session and 1 rest day"), std::string::npos);
    EXPECT_NE(html.find(html_escape(trend_text(page.weeks))), std::string::npos);
    EXPECT_NE(html.find(html_escape(change_text(page.weeks))), std::string::npos);
    EXPECT_NE(html.find(">2026-W45 <span class=\"monday small muted\">2026-11-02</span><"),
              std::string::npos);
    EXPECT_NE(html.find(R"(<td class="num">5.0</td>)"), std::string::npos); // the week's mean
    EXPECT_EQ(occurrences(html, "<circle"), 2u);
    EXPECT_NE(html.find("not what caused what"), std::string::npos);
    EXPECT_NE(html.find("Made on 2026-11-08 with sore "), std::string::npos);
    EXPECT_EQ(html.find("{{"), std::string::npos);
    EXPECT_NE(html.find("No entry in this period marks an injury"), std::string::npos);
}

TEST(ReportPage, InjuriesAreListedWithTheCaution) {
    auto injured = entry("2026-11-03", 7);
    injured.injury = true;
    injured.pressure = journal::Pressure::deep;
    auto resting = entry("2026-11-04", 5);
    resting.injury = true;
    resting.technique = journal::Technique::none;
    auto html = render(small_page({entry("2026-11-02", 4), injured, resting}));
    EXPECT_NE(html.find("2 entries mark an injury or inflamed area; 1 of them was a massage "
                        "session."),
              std::string::npos)
        << html;
    EXPECT_NE(html.find(std::string(journal::injury_caution())), std::string::npos);
    EXPECT_EQ(occurrences(html, "massage with an injury</strong>"), 1u);
    EXPECT_EQ(occurrences(html, ">rest day</td>"), 1u);

    auto none = render(small_page({entry("2026-11-02", 4)}));
    EXPECT_NE(none.find("No entry in this period marks an injury"), std::string::npos);
    EXPECT_EQ(none.find(std::string(journal::injury_caution())), std::string::npos);
}

TEST(ReportPage, WithoutEntriesItSaysSoAndDrawsNothing) {
    auto page = small_page({});
    auto html = render(page);
    EXPECT_NE(html.find("The journal has no entries yet"), std::string::npos);
    EXPECT_EQ(html.find("<svg"), std::string::npos);
    EXPECT_EQ(html.find("<table"), std::string::npos);
    page.journal_entries = 3;
    EXPECT_NE(render(page).find("None of the 3 entries in the journal falls in this period."),
              std::string::npos);
}

} // namespace
} // namespace sore::render
