// The HTML report's renderer: escaping of user text, where the chart puts
// points and weekly means (figures worked out by hand below), and what the
// page says about a small journal.

#include "journal/dates.hpp"
#include "journal/validate.hpp"
#include "render/html.hpp"
#include "render/html_chart.hpp"
#include "render/html_escape.hpp"
#include "render/html_recovery.hpp"
#include "render/recovery_words.hpp"
#include "render/week.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <regex>
#include <set>
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

journal::Entry session(const std::string& date, int soreness,
                       std::optional<journal::Pressure> pressure) {
    auto e = entry(date, soreness);
    e.pressure = pressure;
    e.technique = journal::Technique::swedish;
    return e;
}

TEST(Chart, SessionsAreFilledByPressureOverTheirMarkerAndRestDaysStayWhite) {
    std::vector<journal::Entry> entries{
        entry("2026-11-02", 4), session("2026-11-05", 6, journal::Pressure::firm),
        session("2026-11-10", 3, std::nullopt), session("2026-11-26", 2, journal::Pressure::light)};
    auto svg = soreness_chart_svg(four_weeks(), entries, {day(2026, 11, 2), day(2026, 11, 29)});
    EXPECT_EQ(occurrences(svg, "<circle"), 4u); // still one circle per entry
    EXPECT_NE(svg.find(R"(<circle cx="52" cy="132" r="3.5" fill="#fff")"), std::string::npos)
        << svg;
    EXPECT_NE(svg.find(R"(<circle cx="124" cy="92" r="3.5" fill="#c2410c")"), std::string::npos);
    EXPECT_NE(svg.find("<title>2026-11-05: soreness 6, firm pressure</title>"), std::string::npos);
    // A session without a pressure: grey, and no marker.
    EXPECT_NE(svg.find(R"(<circle cx="244" cy="152" r="3.5" fill="#9a9a9a")"), std::string::npos);
    EXPECT_NE(svg.find("<title>2026-11-10: soreness 3, a session without a pressure</title>"),
              std::string::npos);
    // Firm's triangle points down from its circle's centre, 8 units out:
    // corners at 60, 180 and 300 degrees from straight up.
    EXPECT_NE(svg.find(R"(<path d="M130.9,88L124,100L117.1,88Z" fill="#c2410c")"),
              std::string::npos);
    // Light's points up, around Thursday 26 November's circle at (628, 172).
    EXPECT_NE(svg.find(R"(<path d="M628,164L634.9,176L621.1,176Z" fill="#fdae6b")"),
              std::string::npos);
    // Markers come before the weekly means, which come before every circle:
    // a marker hides neither a mean's square nor a neighbour's circle.
    EXPECT_LT(svg.find("Z\" fill=\"#c2410c\""), svg.find(R"(width="10" height="10")"));
    EXPECT_LT(svg.rfind("Z\" fill=\"#c2410c\"", svg.find("<circle")), svg.find("<circle"));
    EXPECT_EQ(svg.find("Z\" fill=\"#fdae6b\"", svg.find("<circle")),
              svg.find("Z\" fill=\"#fdae6b\"", svg.rfind("</circle>")))
        << "only the legend's marker may come after the entries";
    // The legend names rest days, each pressure and a session without one.
    for (const char* label : {">rest day<", ">session, by pressure:<", ">light<", ">medium<",
                              ">firm<", ">deep<", ">no pressure given<"}) {
        EXPECT_NE(svg.find(label), std::string::npos) << label;
    }
}

TEST(Chart, EachPressureHasItsOwnMarker) {
    // Light, medium, firm and deep: 3, 4, 3 and 10 corners, 8 units out
    // (the diamond 0.9 of that, the star's inner corners 0.4).
    EXPECT_EQ(pressure_marker(1, 100, 50, 8),
              R"(<path d="M100,42L106.9,54L93.1,54Z" fill="#fdae6b" stroke="#333" )"
              R"(stroke-width="0.8"/>)");
    EXPECT_EQ(pressure_marker(2, 100, 50, 8, "<title>t</title>"),
              R"(<path d="M100,42.8L107.2,50L100,57.2L92.8,50Z" fill="#f16913" stroke="#333" )"
              R"(stroke-width="0.8"><title>t</title></path>)");
    auto star = pressure_marker(4, 100, 50, 8);
    EXPECT_EQ(occurrences(star, "L"), 9u);
    EXPECT_TRUE(star.starts_with(R"(<path d="M100,42L101.9,47.4L107.6,47.5L)")) << star;
    std::set<std::string_view> inks, dashes;
    for (int level = 1; level <= 4; ++level) {
        inks.insert(pressure_ink(level));
        dashes.insert(pressure_dash(level));
    }
    EXPECT_EQ(inks.size(), 4u);
    EXPECT_EQ(dashes.size(), 4u);
}

// A recovery report with a profile for all sessions, for light (day 2 with
// too few sessions) and for firm (no day with enough: no line).
analysis::RecoveryReport recovery_report() {
    auto cell = [](int lag, int sessions, std::optional<double> mean,
                   std::optional<analysis::Interval> ci = std::nullopt) {
        analysis::LagExcess c{lag, sessions, std::nullopt};
        if (mean) {
            c.excess = analysis::MeanInterval{static_cast<std::size_t>(sessions), *mean, ci};
        }
        return c;
    };
    analysis::RecoveryReport r;
    r.profile = {cell(0, 5, 1, {{0, 2}}), cell(1, 5, 2, {{1, 3}}), cell(2, 4, 1, {{0, 2}}),
                 cell(3, 4, 0.5, {{-0.5, 1.5}}), cell(4, 3, 0, {{-1, 1}})};
    r.peak_lag = 1;
    for (int level = 1; level <= 4; ++level) {
        auto& l = r.levels[static_cast<std::size_t>(level - 1)];
        l.pressure = level;
        for (int lag = 0; lag < analysis::profile_lags; ++lag) {
            l.excess[static_cast<std::size_t>(lag)] = cell(lag, 0, std::nullopt);
        }
    }
    auto& light = r.levels[0];
    light.sessions = 3;
    light.excess = {cell(0, 3, 0.5, {{-0.5, 1.5}}), cell(1, 3, 1.5, {{0.5, 2.5}}),
                    cell(2, 2, std::nullopt), cell(3, 3, 0, {{-1, 1}}), cell(4, 3, -1, {{-2, 0}})};
    r.levels[2].sessions = 2;
    r.levels[2].excess[1] = cell(1, 2, std::nullopt);
    return r;
}

// -2 to +5: 30 units a point, 0 at y = 162; day d at x = 112 + 128 d.
TEST(HtmlRecoveryChart, PlacesDaysAndPointsOnTheGrid) {
    auto s = profile_scale(recovery_report());
    EXPECT_EQ(s.low, -2);
    EXPECT_EQ(s.high, 5);
    EXPECT_DOUBLE_EQ(s.x(0), 112);
    EXPECT_DOUBLE_EQ(s.x(4), 624);
    EXPECT_DOUBLE_EQ(s.y(0), 162);
    EXPECT_DOUBLE_EQ(s.y(5), 12);
    EXPECT_DOUBLE_EQ(s.y(-2), 222);
    EXPECT_DOUBLE_EQ(s.y(1.5), 117);
    // Widened to hold an interval up to +7.4 and a mean of -2.6; past 10
    // points in all, to even ends.
    auto wide = recovery_report();
    wide.levels[0].excess[1].excess->ci = analysis::Interval{-0.5, 7.4};
    EXPECT_EQ(profile_scale(wide).high, 8);
    wide.levels[0].excess[4].excess = analysis::MeanInterval{3, -2.6, std::nullopt};
    s = profile_scale(wide);
    EXPECT_EQ(s.low, -4);
    EXPECT_EQ(s.high, 8);
    EXPECT_DOUBLE_EQ(s.y(0), 12 + 8 * 210.0 / 12);
}

TEST(HtmlRecoveryChart, ALineEachForAllSessionsAndEveryLevelWithFigures) {
    auto svg = recovery_chart_svg(recovery_report());
    // Light's line breaks at day 2, which has too few sessions; firm has no
    // figure at all, so no line; all sessions is solid and on top.
    EXPECT_EQ(occurrences(svg, R"(fill="none")"), 2u) << svg;
    EXPECT_NE(svg.find(R"(<path d="M112,147L240,117M496,162L624,192" fill="none" )"
                       R"(stroke="#fdae6b" stroke-width="2" stroke-dasharray="2,3")"),
              std::string::npos)
        << svg;
    EXPECT_NE(svg.find(R"(<path d="M112,132L240,102L368,132L496,147L624,162" fill="none" )"
                       R"(stroke="#333" stroke-width="2.5" stroke-linejoin)"),
              std::string::npos);
    EXPECT_LT(svg.find(R"(stroke="#fdae6b" stroke-width="2")"),
              svg.find(R"(stroke="#333" stroke-width="2.5" stroke-linejoin)"));
    // The 95% intervals as bands: light's in two, around days 0-1 and 3-4,
    // upper ends left to right, then lower ends back.
    EXPECT_EQ(occurrences(svg, "<polygon"), 3u);
    EXPECT_NE(svg.find(R"(<polygon points="112,117 240,87 240,147 112,177" fill="#fdae6b" )"
                       R"(fill-opacity="0.15"/>)"),
              std::string::npos);
    EXPECT_NE(svg.find(R"(<polygon points="496,132 624,162 624,222 496,192" fill="#fdae6b")"),
              std::string::npos);
    EXPECT_NE(svg.find(R"(<polygon points="112,102 240,72 368,102 496,117 624,132 624,192 )"
                       R"(496,177 368,162 240,132 112,162" fill="#333")"),
              std::string::npos);
    // Bands under every line, markers over them.
    EXPECT_LT(svg.rfind("<polygon"), svg.find(R"(fill="none")"));
    // Markers where the figures are, with the figure in words.
    EXPECT_NE(svg.find(R"(<path d="M240,111L245.2,120L234.8,120Z" fill="#fdae6b")"),
              std::string::npos);
    EXPECT_NE(svg.find("<title>light, 1 day after: +1.50 above your usual (95% interval +0.50 "
                       "to +2.50), over 3 sessions</title>"),
              std::string::npos);
    EXPECT_EQ(occurrences(svg, "<title>light, "), 4u);
    EXPECT_EQ(occurrences(svg, "<title>all sessions, "), 5u);
    // A legend naming each line, and the lines in words for screen readers.
    EXPECT_NE(svg.find(">all sessions</text>"), std::string::npos);
    EXPECT_NE(svg.find(">light</text>"), std::string::npos);
    EXPECT_EQ(svg.find(">firm</text>"), std::string::npos);
    EXPECT_NE(svg.find(R"(aria-labelledby="recovery-title recovery-desc")"), std::string::npos);
    EXPECT_NE(svg.find("<desc id=\"recovery-desc\">all sessions: session day +1.00, 1 day after "
                       "+2.00, 2 days after +1.00, 3 days after +0.50, 4 days after 0.00; light: "
                       "session day +0.50, 1 day after +1.50, 2 days after too few sessions,"),
              std::string::npos)
        << svg;
    // The zero line is the usual, labelled; no <circle>: those are entries.
    EXPECT_NE(svg.find(R"(<line x1="48" y1="162" x2="688" y2="162" stroke="#333")"),
              std::string::npos);
    EXPECT_NE(svg.find(">usual</text>"), std::string::npos);
    EXPECT_NE(svg.find(">-2</text>"), std::string::npos);
    EXPECT_NE(svg.find(">+5</text>"), std::string::npos);
    EXPECT_EQ(svg.find("<circle"), std::string::npos);
}

TEST(HtmlRecoveryChart, ADayAloneGetsANarrowBandAndNoFiguresNoChart) {
    auto r = recovery_report();
    r.levels[0].excess[1].excess.reset(); // light's days 0, 3 and 4 left
    r.levels[0].excess[3].excess->ci.reset();
    auto svg = recovery_chart_svg(r);
    // Day 0 alone: 8 units either side; day 4 alone has its band too.
    EXPECT_NE(svg.find(R"(<polygon points="104,117 120,117 120,177 104,177" fill="#fdae6b")"),
              std::string::npos)
        << svg;
    EXPECT_NE(svg.find(R"(<polygon points="616,162 632,162 632,222 616,222" fill="#fdae6b")"),
              std::string::npos);
    EXPECT_NE(svg.find(R"(<path d="M112,147M496,162L624,192" fill="none")"), std::string::npos);

    analysis::RecoveryReport none;
    EXPECT_EQ(recovery_chart_svg(none), "");
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
    auto timeline = analysis::build_timeline(days, page.period.first);
    page.causes = analysis::build_causes_report(timeline);
    page.recovery = analysis::build_recovery_report(timeline, std::nullopt);
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

TEST(ReportPage, TheDaysAfterASessionSayWhatIsMissingWithoutSessions) {
    auto page = small_page({entry("2026-11-02", 4), entry("2026-11-03", 3)});
    auto html = render(page);
    auto section = html.substr(html.find(R"(<section class="recovery">)"));
    section = section.substr(0, section.find("</section>"));
    EXPECT_NE(section.find("<h2>The days after a session</h2>"), std::string::npos) << html;
    EXPECT_NE(section.find(html_escape(baseline_text(page.recovery))), std::string::npos);
    EXPECT_NE(section.find("The days after a session: not known yet; it needs a session"),
              std::string::npos)
        << section;
    EXPECT_EQ(section.find("<svg"), std::string::npos);
    EXPECT_EQ(section.find("<table"), std::string::npos);
    EXPECT_NE(section.find(html_escape(recovery_method_note())), std::string::npos);
}

TEST(ReportPage, TheDaysAfterASessionAsAChartAndATable) {
    auto page = small_page({entry("2026-11-02", 4)});
    page.recovery = recovery_report();
    page.recovery.levels[0].recovery = {3, 3, 2, 1, 3};
    page.recovery.levels[0].tried_enough = true;
    page.recovery.levels[0].during_mean = 7.4;
    auto html = render(page);
    EXPECT_NE(html.find(recovery_chart_svg(page.recovery)), std::string::npos);
    // A row for each level with sessions: light and firm.
    EXPECT_EQ(occurrences(html, "<tr><td>light</td>"), 1u);
    EXPECT_EQ(occurrences(html, "<tr><td>firm</td>"), 1u);
    EXPECT_EQ(occurrences(html, "<tr><td>medium</td>"), 0u);
    EXPECT_NE(html.find("<tr><td>light</td><td class=\"num\">3</td><td>2 days (95% interval 1 "
                        "to 3), 3 of 3 settled</td><td></td>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("<strong class=\"flag\">7.4</strong>"), std::string::npos);
    EXPECT_NE(html.find("<td>not tried enough (2 of 3 sessions)</td>"), std::string::npos);
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
