#include "analysis/days.hpp"
#include "days_support.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <stdexcept>
#include <vector>

// Days and sessions (src/analysis/days.hpp) on small journals whose every
// figure is worked out by hand in the comments.

namespace sore::analysis {
namespace {

using test::day;
using test::Journal;

const LoggedDay& logged(const Timeline& t, journal::Day on) {
    for (const auto& d : t.days) {
        if (d.day == on) {
            return d;
        }
    }
    throw std::logic_error("day missing from the timeline");
}

const Session& session_on(const Timeline& t, journal::Day on) {
    for (const auto& s : t.sessions) {
        if (s.day == on) {
            return s;
        }
    }
    throw std::logic_error("session missing from the timeline");
}

TEST(Days, ADaysSorenessIsTheMeanOfItsEntriesNotTheirSumOrMax) {
    Journal j(day(2026, 3, 2));
    auto& three = j.rest(0, 10, 3); // 2, 3 and 5
    three.soreness_max = 5;
    three.sitting_sum_min = 450; // 3 h and 4.5 h on two of the three
    three.sitting_count = 2;
    j.rest(2, 7);
    auto t = j.timeline();
    ASSERT_EQ(t.days.size(), 2U); // day 1, not logged, is missing, not a 0
    EXPECT_DOUBLE_EQ(t.days[0].soreness, 10.0 / 3.0);
    EXPECT_DOUBLE_EQ(*t.days[0].sitting_hours, 3.75);
    EXPECT_DOUBLE_EQ(t.days[1].soreness, 7.0);
    EXPECT_FALSE(t.days[1].sitting_hours);
    EXPECT_TRUE(t.sessions.empty());
    EXPECT_TRUE(t.episodes.empty());
}

TEST(Days, ADayWithASessionIsOneSessionWithTheDaysFigures) {
    Journal j(day(2026, 3, 2));
    j.rest(0, 2);
    auto& s = j.session(1, 9, 1, 2); // a light session and a rest entry: 4.5
    s.sessions = 2;
    s.pressure_counts = {1, 0, 1, 0}; // light and firm: the firmest is firm
    s.knots = 4;
    s.emotional = 1;
    s.during_sum = 11;
    s.during_count = 2;
    auto& technique = j.session(5, 3); // a technique without pressure
    technique.during_count = 0;
    auto t = j.timeline();
    ASSERT_EQ(t.days.size(), 3U);
    EXPECT_FALSE(t.days[0].session);
    EXPECT_TRUE(t.days[1].session);
    EXPECT_TRUE(t.days[2].session);
    ASSERT_EQ(t.sessions.size(), 2U); // one per day, not per entry
    const auto& first = t.sessions[0];
    EXPECT_EQ(first.day, j.at(1));
    EXPECT_EQ(*first.pressure, 3);
    EXPECT_EQ(*first.knots, 4);
    EXPECT_TRUE(first.emotional);
    EXPECT_DOUBLE_EQ(*first.during, 5.5);
    const auto& second = t.sessions[1];
    EXPECT_FALSE(second.pressure);
    EXPECT_FALSE(second.knots);
    EXPECT_FALSE(second.emotional);
    EXPECT_FALSE(second.during);
}

TEST(Days, CleanDaysStartOnTheFourthDayAfterASessionAndSkipInjuries) {
    Journal j(day(2026, 3, 2));
    j.rest(0, 3); // nothing before it: clean
    j.session(1, 4, 2);
    for (int offset = 2; offset <= 9; ++offset) {
        j.rest(offset, 3);
    }
    j[7].injuries = 1;
    auto t = j.timeline();
    std::vector<bool> clean;
    for (const auto& d : t.days) {
        clean.push_back(d.clean);
    }
    // Day 1 the session; 2, 3 and 4 its 3 days after; 5 the 4th; 7 flagged.
    std::vector<bool> expected{true, false, false, false, false, true, true, false, true, true};
    EXPECT_EQ(clean, expected);
    EXPECT_EQ(t.clean_days, 5);
    EXPECT_TRUE(logged(t, j.at(7)).injury);
    EXPECT_FALSE(logged(t, j.at(6)).injury);
}

TEST(Days, ContextDaysDecideTheFirstDaysButAreNotInThePeriod) {
    Journal j(day(2026, 3, 2));
    j.rest(0, 6);
    j.session(3, 8, 4); // 2 days before the period
    j.rest(5, 2);       // the period's first day: 2 after the session
    j.rest(6, 2);       // 3 after
    j.rest(7, 2);       // 4 after: clean
    auto t = j.timeline(5);
    ASSERT_EQ(t.days.size(), 3U);
    EXPECT_EQ(t.days.front().day, j.at(5));
    EXPECT_FALSE(t.days[0].clean);
    EXPECT_FALSE(t.days[1].clean);
    EXPECT_TRUE(t.days[2].clean);
    EXPECT_EQ(t.clean_days, 1);
    EXPECT_TRUE(t.sessions.empty()); // the context's session is not the period's
    EXPECT_DOUBLE_EQ(t.days[0].weeks, 0.0);

    // The same days with the period open at the start: all of them.
    auto open = j.timeline();
    EXPECT_EQ(open.days.size(), 5U);
    EXPECT_EQ(open.sessions.size(), 1U);
    EXPECT_EQ(open.clean_days, 2); // day 0 and day 7
}

TEST(Days, NothingInThePeriodIsAnEmptyTimeline) {
    Journal j(day(2026, 3, 2));
    j.session(0, 5, 2);
    j.rest(1, 5);
    auto t = j.timeline(2);
    EXPECT_TRUE(t.days.empty());
    EXPECT_TRUE(t.sessions.empty());
    EXPECT_EQ(t.clean_days, 0);
    EXPECT_TRUE(build_timeline({}, std::nullopt).days.empty());
}

TEST(Days, WeeksCountFromThePeriodsFirstLoggedDay) {
    Journal j(day(2026, 3, 2));
    j.rest(0, 1); // context
    j.rest(9, 1); // the period starts on day 7, first logged on day 9
    j.session(16, 5, 3);
    j.rest(19, 1);
    auto t = j.timeline(7);
    ASSERT_EQ(t.days.size(), 3U);
    EXPECT_DOUBLE_EQ(t.days[0].weeks, 0.0);
    EXPECT_DOUBLE_EQ(t.days[1].weeks, 1.0);
    EXPECT_DOUBLE_EQ(t.days[2].weeks, 10.0 / 7.0);
    ASSERT_EQ(t.sessions.size(), 1U);
    EXPECT_DOUBLE_EQ(t.sessions[0].weeks, 1.0);
}

TEST(Days, LeftIsTheHighestDayMeanOnTheSessionDayAndTheTwoAfter) {
    Journal j(day(2026, 3, 2));
    j.session(0, 3, 2);
    auto& next = j.rest(1, 9, 2); // 3 and 6: a mean of 4.5, a max of 6
    next.soreness_max = 6;
    j.rest(2, 4);
    j.rest(3, 9); // 3 days after: not the session's
    // A session whose next day is not logged.
    j.session(10, 3, 2);
    j.rest(12, 6);
    j.rest(13, 9);
    // One whose own day is its highest.
    j.session(20, 7, 2);
    j.rest(21, 1);
    j.rest(22, 2);
    auto t = j.timeline();
    EXPECT_DOUBLE_EQ(session_on(t, j.at(0)).left, 4.5);
    EXPECT_DOUBLE_EQ(session_on(t, j.at(10)).left, 6.0);
    EXPECT_DOUBLE_EQ(session_on(t, j.at(20)).left, 7.0);
}

TEST(Days, LeftEndsWithTheNextSessionsDay) {
    Journal j(day(2026, 3, 2));
    j.session(0, 3, 2);
    j.session(1, 7, 2); // the next day: its soreness counts for the first, then stop
    j.rest(2, 9);
    j.rest(3, 8); // 2 after the second session
    j.session(10, 2, 1);
    j.rest(11, 6);
    j.session(12, 9, 1); // 2 days after: counted, then stop
    j.rest(13, 10);
    auto t = j.timeline();
    EXPECT_DOUBLE_EQ(session_on(t, j.at(0)).left, 7.0);
    EXPECT_DOUBLE_EQ(session_on(t, j.at(1)).left, 9.0);
    EXPECT_DOUBLE_EQ(session_on(t, j.at(10)).left, 9.0);
    EXPECT_DOUBLE_EQ(session_on(t, j.at(12)).left, 10.0);
    // The causes weigh the next logged day (within 2) against the day before.
    EXPECT_DOUBLE_EQ(*session_on(t, j.at(0)).next_day, 7.0);
    EXPECT_FALSE(session_on(t, j.at(0)).day_before);
    EXPECT_DOUBLE_EQ(*session_on(t, j.at(1)).day_before, 3.0);
    EXPECT_DOUBLE_EQ(*session_on(t, j.at(10)).next_day, 6.0);
    EXPECT_DOUBLE_EQ(*session_on(t, j.at(10)).day_before, 8.0);
}

TEST(Days, BeforeIsTheMeanOfTheCleanDaysInThe28Before) {
    Journal j(day(2026, 3, 2));
    j.rest(11, 9); // 29 days before the session on day 40: out
    j.rest(12, 2); // exactly 28 days before: in
    j.rest(20, 4); // in
    j.rest(30, 10);
    j[30].injuries = 1; // flagged: not clean
    j.session(40, 5, 3);
    j.rest(43, 8); // 3 after that session: not clean
    j.session(45, 5, 3);
    auto t = j.timeline();
    EXPECT_DOUBLE_EQ(*session_on(t, j.at(40)).before, (2.0 + 4.0) / 2);
    // Days 17 to 44: day 20 alone is clean.
    EXPECT_DOUBLE_EQ(*session_on(t, j.at(45)).before, 4.0);
}

TEST(Days, BeforeFallsBackToTheLastLoggedDayThenToNothing) {
    Journal j(day(2026, 3, 2));
    j.session(0, 4, 2); // nothing logged before it
    j.rest(1, 3);
    j.rest(4, 1); // clean, but 36 days before the session on day 40
    j.session(40, 5, 2);
    j.rest(41, 7); // not clean
    j.session(42, 5, 2);
    auto t = j.timeline();
    EXPECT_FALSE(session_on(t, j.at(0)).before);
    EXPECT_DOUBLE_EQ(*session_on(t, j.at(40)).before, 1.0);
    EXPECT_DOUBLE_EQ(*session_on(t, j.at(42)).before, 7.0);
}

TEST(Days, BeforeUsesCleanContextDaysBeforeThePeriod) {
    Journal j(day(2026, 3, 2));
    j.rest(0, 6);
    j.rest(1, 2);
    j.session(20, 5, 4); // the period's first day
    auto t = j.timeline(20);
    ASSERT_EQ(t.sessions.size(), 1U);
    EXPECT_DOUBLE_EQ(*t.sessions[0].before, 4.0);
    EXPECT_DOUBLE_EQ(t.sessions[0].weeks, 0.0);
}

TEST(Days, FlaggedDaysAtMostThreeApartAreOneEpisode) {
    Journal j(day(2026, 3, 2));
    for (int offset = 0; offset <= 14; ++offset) {
        j.rest(offset, 3);
    }
    // 0 and 1 (1 apart) and 4 (3 apart): one episode; 8 (4 after 4): a
    // second; 14 (6 after 8): a third.
    for (int offset : {0, 1, 4, 8, 14}) {
        j[offset].injuries = 1;
    }
    auto t = j.timeline();
    ASSERT_EQ(t.episodes.size(), 3U);
    EXPECT_EQ(t.episodes[0].span, (journal::DaySpan{j.at(0), j.at(4)}));
    EXPECT_EQ(t.episodes[0].flagged_days, 3);
    EXPECT_EQ(t.episodes[1].span, (journal::DaySpan{j.at(8), j.at(8)}));
    EXPECT_EQ(t.episodes[1].flagged_days, 1);
    EXPECT_EQ(t.episodes[2].span, (journal::DaySpan{j.at(14), j.at(14)}));
}

TEST(Days, AnEpisodeThatBeganBeforeThePeriodKeepsItsFirstDay) {
    // A --from that cuts an episode must not move its start (and with it
    // the 72 hours after), and an episode over before the period is not one
    // of the period's.
    Journal j(day(2026, 3, 2));
    j.rest(0, 5).injuries = 1; // context, an episode of its own
    j.rest(5, 5).injuries = 1; // context: the episode starts here
    j.session(6, 5, 2);        // context: a session the day after it started
    j.rest(7, 5).injuries = 1; // the period's first day, 2 after
    j.session(9, 5, 2);        // 4 days after the start: not soon
    auto t = j.timeline(7);
    ASSERT_EQ(t.episodes.size(), 1U);
    EXPECT_EQ(t.episodes[0].span.first, j.at(5));
    EXPECT_EQ(t.episodes[0].span.last, j.at(7));
    EXPECT_EQ(t.episodes[0].flagged_days, 2);
    EXPECT_EQ(t.episodes[0].sessions_soon, std::vector<journal::Day>{j.at(6)});
}

TEST(Days, SessionsSoonAreOnAnEpisodesFirstDayOrUpToTwoDaysAfter) {
    Journal j(day(2026, 3, 2));
    j.rest(0, 6).injuries = 1; // an episode from day 0 to day 1
    j.rest(1, 6).injuries = 1;
    j.session(2, 5, 2);              // 2 after its first day: soon
    j.session(7, 5, 2);              // the day before the next episode: not soon
    j.session(8, 6, 2).injuries = 1; // an episode's first day
    j.session(10, 4, 2);             // 2 after: soon
    j.session(11, 4, 2);             // 3 after: not soon
    auto t = j.timeline();
    ASSERT_EQ(t.episodes.size(), 2U);
    EXPECT_EQ(t.episodes[0].sessions_soon, std::vector<journal::Day>{j.at(2)});
    EXPECT_EQ(t.episodes[1].sessions_soon, (std::vector<journal::Day>{j.at(8), j.at(10)}));
}

} // namespace
} // namespace sore::analysis
