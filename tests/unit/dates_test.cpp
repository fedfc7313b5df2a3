#include "error.hpp"
#include "journal/dates.hpp"
#include "support.hpp"

#include <cctype>
#include <chrono>
#include <gtest/gtest.h>
#include <string>

using namespace sore::journal;
using sore::test::day;
using sore::test::ScopedEnv;

namespace {

// 2026-11-27 is a Friday.
const Day friday = day(2026, 11, 27);

std::string parsed(std::string_view text, Day today = friday) {
    return format_date(parse_date("--from", text, today));
}

std::string message_of(std::string_view text) {
    try {
        parse_date("--from", text, friday);
    } catch (const sore::UsageError& e) {
        return e.what();
    }
    ADD_FAILURE() << text << " was accepted";
    return {};
}

} // namespace

TEST(ParseDate, IsoDates) {
    EXPECT_EQ(parse_date("date", "2026-11-20", friday), day(2026, 11, 20));
    EXPECT_EQ(parse_date("date", "2024-02-29", friday), day(2024, 2, 29));
    EXPECT_EQ(parse_date("date", "1999-12-31", friday), day(1999, 12, 31));
    // A later day parses; refusing the future is validate()'s job.
    EXPECT_EQ(parse_date("date", "2027-01-01", friday), day(2027, 1, 1));
}

TEST(ParseDate, RejectsDaysNotOnTheCalendar) {
    for (const char* bad : {"2026-02-30", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31"}) {
        auto message = message_of(bad);
        EXPECT_NE(message.find(std::string("--from '") + bad + "'"), std::string::npos) << message;
        EXPECT_NE(message.find("not a day of the calendar"), std::string::npos) << message;
    }
}

TEST(ParseDate, TodayAndYesterday) {
    EXPECT_EQ(parsed("today"), "2026-11-27");
    EXPECT_EQ(parsed("Today"), "2026-11-27");
    EXPECT_EQ(parsed("yesterday"), "2026-11-26");
    EXPECT_EQ(parsed("yesterday", day(2026, 3, 1)), "2026-02-28");
    EXPECT_EQ(parsed("yesterday", day(2027, 1, 1)), "2026-12-31");
}

TEST(ParseDate, DaysAndWeeksAgo) {
    EXPECT_EQ(parsed("-3d"), "2026-11-24");
    EXPECT_EQ(parsed("-0d"), "2026-11-27");
    EXPECT_EQ(parsed("-30d"), "2026-10-28");
    EXPECT_EQ(parsed("-2w"), "2026-11-13");
    EXPECT_EQ(parsed("-1w"), "2026-11-20");
    EXPECT_EQ(parsed("-3d", day(2024, 3, 1)), "2024-02-27");
}

TEST(RelativeDayMeant, ANumberOrAUnitSpelledOut) {
    EXPECT_EQ(relative_day_meant("-3"), "-3d, 3 days ago");
    EXPECT_EQ(relative_day_meant("-1day"), "-1d, 1 day ago");
    EXPECT_EQ(relative_day_meant("-10DAYS"), "-10d, 10 days ago");
    EXPECT_EQ(relative_day_meant("-2weeks"), "-2w, 2 weeks ago");
    EXPECT_EQ(relative_day_meant("-1week"), "-1w, 1 week ago");
    for (const char* other : {"-", "3", "-0", "-03", "-3x", "-3 days", "-123456", "--from", ""}) {
        EXPECT_EQ(relative_day_meant(other), std::nullopt) << other;
    }
}

TEST(ParseDate, WeekdayIsTheMostRecentOneTodayIncluded) {
    ASSERT_EQ(date::weekday{friday}, date::Friday);
    EXPECT_EQ(parsed("friday"), "2026-11-27");
    EXPECT_EQ(parsed("thursday"), "2026-11-26");
    EXPECT_EQ(parsed("wednesday"), "2026-11-25");
    EXPECT_EQ(parsed("tuesday"), "2026-11-24");
    EXPECT_EQ(parsed("monday"), "2026-11-23");
    EXPECT_EQ(parsed("sunday"), "2026-11-22");
    EXPECT_EQ(parsed("saturday"), "2026-11-21");
}

TEST(ParseDate, WeekdayShortFormsAnyCase) {
    EXPECT_EQ(parsed("fri"), "2026-11-27");
    EXPECT_EQ(parsed("Thu"), "2026-11-26");
    EXPECT_EQ(parsed("SAT"), "2026-11-21");
    EXPECT_EQ(parsed("Monday"), "2026-11-23");
    EXPECT_EQ(parsed("WEDNESDAY"), "2026-11-25");
    EXPECT_EQ(parsed("sun"), "2026-11-22");
}

TEST(ParseDate, WeekdayFromAnotherToday) {
    // 2026-11-23 is a Monday: "sunday" is the day before, "monday" today.
    EXPECT_EQ(parsed("monday", day(2026, 11, 23)), "2026-11-23");
    EXPECT_EQ(parsed("sunday", day(2026, 11, 23)), "2026-11-22");
    EXPECT_EQ(parsed("tue", day(2026, 11, 23)), "2026-11-17");
}

TEST(ParseDate, RejectsOtherWords) {
    for (const char* bad : {"tomorrowish", "tomorrow", "", "fr", "frid", "3d", "-d", "-3x",
                            "2026/11/27", "27-11-2026"}) {
        auto message = message_of(bad);
        EXPECT_NE(message.find(std::string("--from '") + bad + "'"), std::string::npos) << message;
        EXPECT_NE(message.find("YYYY-MM-DD"), std::string::npos) << message;
    }
    // A day counted back in another form gets the form it takes.
    EXPECT_EQ(message_of("-3"), "--from '-3' is not a date; did you mean -3d, 3 days ago?");
}

TEST(ParseIsoDate, StrictFormOnly) {
    EXPECT_EQ(parse_iso_date("2026-11-27"), day(2026, 11, 27));
    EXPECT_FALSE(parse_iso_date("2026-1-27"));
    EXPECT_FALSE(parse_iso_date("2026-11-27 "));
    EXPECT_FALSE(parse_iso_date("today"));
    EXPECT_FALSE(parse_iso_date("2026-02-29"));
    EXPECT_FALSE(parse_iso_date("1899-12-31"));
    EXPECT_FALSE(parse_iso_date("2026-1a-01"));
}

TEST(FormatDate, IsoWithZeroPadding) {
    EXPECT_EQ(format_date(day(2026, 3, 5)), "2026-03-05");
    EXPECT_EQ(format_date(day(1900, 1, 1)), "1900-01-01");
    EXPECT_EQ(format_date(day(9999, 12, 31)), "9999-12-31");
    EXPECT_EQ(format_date(day(12, 1, 2)), "0012-01-02");
}

TEST(FormatDate, ReadsBackEveryDayOfTwoCenturies) {
    for (auto d = day(1900, 1, 1); d <= day(2100, 12, 31); d += date::days{1}) {
        auto text = format_date(d);
        ASSERT_EQ(parse_stored_date(text), d) << text;
        ASSERT_EQ(text, date::format("%F", d));
    }
}

TEST(ParseStoredDate, AnyCalendarDayButNothingElse) {
    EXPECT_EQ(parse_stored_date("1899-12-31"), day(1899, 12, 31));
    EXPECT_EQ(parse_stored_date("0001-01-01"), day(1, 1, 1));
    EXPECT_FALSE(parse_stored_date("2026-02-29"));
    EXPECT_FALSE(parse_stored_date("2026-11-2"));
    EXPECT_FALSE(parse_stored_date(""));
}

TEST(TimeOfDay, PartsAndOrder) {
    TimeOfDay t{9, 5};
    EXPECT_EQ(t.hours(), 9);
    EXPECT_EQ(t.minutes(), 5);
    EXPECT_EQ(t.since_midnight(), std::chrono::minutes{545});
    EXPECT_LT(TimeOfDay(7, 59), TimeOfDay(8, 0));
    EXPECT_EQ(TimeOfDay(545), t);
}

TEST(TimeOfDay, FormattedAndReadBack) {
    EXPECT_EQ(format_time(TimeOfDay{9, 5}), "09:05");
    EXPECT_EQ(format_time(TimeOfDay{0, 0}), "00:00");
    EXPECT_EQ(format_time(TimeOfDay{23, 59}), "23:59");
    for (int minutes = 0; minutes < 24 * 60; ++minutes) {
        ASSERT_EQ(parse_stored_time(format_time(TimeOfDay{minutes})), TimeOfDay{minutes});
    }
    for (const char* bad : {"24:00", "9:05", "09:60", "0905", "09:05 ", ""}) {
        EXPECT_FALSE(parse_stored_time(bad)) << bad;
    }
}

TEST(DateRange, OpenEndsAndBothEnds) {
    DateRange all;
    EXPECT_FALSE(all.bounded());
    EXPECT_TRUE(all.contains(day(1900, 1, 1)));
    DateRange november{day(2026, 11, 1), day(2026, 11, 30)};
    EXPECT_TRUE(november.bounded());
    EXPECT_TRUE(november.contains(day(2026, 11, 1)));
    EXPECT_TRUE(november.contains(day(2026, 11, 30)));
    EXPECT_FALSE(november.contains(day(2026, 10, 31)));
    EXPECT_FALSE(november.contains(day(2026, 12, 1)));
    DateRange since{day(2026, 11, 1), std::nullopt};
    EXPECT_TRUE(since.contains(day(2099, 1, 1)));
    EXPECT_FALSE(since.contains(day(2026, 10, 31)));
}

TEST(UtcTimestamp, SecondsWithZ) {
    auto stamp = utc_timestamp();
    // YYYY-MM-DDTHH:MM:SSZ
    const std::string pattern = "dddd-dd-ddTdd:dd:ddZ";
    ASSERT_EQ(stamp.size(), pattern.size()) << stamp;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == 'd') {
            EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(stamp[i]))) << stamp;
        } else {
            EXPECT_EQ(stamp[i], pattern[i]) << stamp;
        }
    }
    auto utc_day = date::floor<date::days>(std::chrono::system_clock::now());
    // Equal unless midnight UTC passed between the two calls.
    EXPECT_LE(stamp.substr(0, 10), format_date(utc_day));
}

TEST(Today, HonoursSoreToday) {
    ScopedEnv pin("SORE_TODAY", "2026-11-27");
    EXPECT_EQ(today(), day(2026, 11, 27));
    ScopedEnv leap("SORE_TODAY", "2024-02-29");
    EXPECT_EQ(today(), day(2024, 2, 29));
}

TEST(Today, RejectsMalformedSoreToday) {
    for (const char* bad : {"tomorrow", "2026-02-30", "2026-11-27x", "27/11/2026"}) {
        ScopedEnv pin("SORE_TODAY", bad);
        try {
            today();
            ADD_FAILURE() << bad << " was accepted";
        } catch (const sore::UsageError& e) {
            std::string message = e.what();
            EXPECT_NE(message.find(std::string("SORE_TODAY '") + bad + "'"), std::string::npos)
                << message;
        }
    }
}

TEST(Today, EmptySoreTodayMeansTheClock) {
    ScopedEnv pin("SORE_TODAY", "");
    ScopedEnv zone("TZ", "UTC");
    auto before = date::floor<date::days>(std::chrono::system_clock::now());
    auto got = today();
    auto after = date::floor<date::days>(std::chrono::system_clock::now());
    EXPECT_GE(got, before);
    EXPECT_LE(got, after);
}

// today() in zone `east` minus today() in zone `west`, asked so that no
// midnight passes in between (east is asked again to check).
date::days today_east_minus_west(const char* east, const char* west) {
    ScopedEnv unpinned("SORE_TODAY", std::nullopt);
    for (int attempt = 0; attempt < 3; ++attempt) {
        Day first;
        Day second;
        Day again;
        {
            ScopedEnv zone("TZ", east);
            first = today();
        }
        {
            ScopedEnv zone("TZ", west);
            second = today();
        }
        {
            ScopedEnv zone("TZ", east);
            again = today();
        }
        if (first == again) {
            return first - second;
        }
    }
    ADD_FAILURE() << "the clock kept crossing midnight";
    return {};
}

// UTC+14 and UTC-11 are 25 hours apart: one calendar day, except from
// 10:00 to 11:00 UTC, when UTC+14 has reached tomorrow and UTC-11 is still
// in yesterday.
date::days date_line_gap(std::chrono::system_clock::time_point at) {
    auto hour = date::floor<std::chrono::hours>(at - date::floor<date::days>(at));
    return date::days{hour == std::chrono::hours{10} ? 2 : 1};
}

void expect_date_line_gap(const char* east, const char* west) {
    auto before = std::chrono::system_clock::now();
    auto gap = today_east_minus_west(east, west);
    auto after = std::chrono::system_clock::now();
    if (date_line_gap(before) == date_line_gap(after)) {
        EXPECT_EQ(gap, date_line_gap(before)) << east << " minus " << west;
    } else { // asked across 10:00 or 11:00 UTC
        EXPECT_TRUE(gap == date::days{1} || gap == date::days{2}) << gap.count();
    }
}

TEST(Today, FollowsTzAcrossTheDateLine) {
    expect_date_line_gap("Pacific/Kiritimati", "Pacific/Pago_Pago");
    expect_date_line_gap(":Pacific/Kiritimati", "Pacific/Pago_Pago");
}

TEST(Today, TheDateLineGapIsTwoDaysForOneHour) {
    using namespace std::chrono;
    Day day_start = date::year{2026} / 11 / 28;
    EXPECT_EQ(date_line_gap(day_start + hours{9} + minutes{59}), date::days{1});
    EXPECT_EQ(date_line_gap(day_start + hours{10}), date::days{2});
    EXPECT_EQ(date_line_gap(day_start + hours{10} + minutes{59}), date::days{2});
    EXPECT_EQ(date_line_gap(day_start + hours{11}), date::days{1});
}

TEST(Today, UnknownTzIsUtcAsTheCLibraryReadsIt) {
    // Neither the date library nor glibc knows the name; glibc then takes
    // the zone to be UTC, and so does sore, rather than /etc/localtime.
    ScopedEnv unpinned("SORE_TODAY", std::nullopt);
    ScopedEnv zone("TZ", "Not/A_Zone");
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto before = date::floor<date::days>(std::chrono::system_clock::now());
        auto got = today();
        auto after = date::floor<date::days>(std::chrono::system_clock::now());
        if (before == after) {
            EXPECT_EQ(got, before);
            return;
        }
    }
    ADD_FAILURE() << "the clock kept crossing midnight";
}

TEST(Today, AZoneFarFromUtcIsNotUtc) {
    // Kiritimati is UTC+14: from 10:00 UTC on it is already tomorrow there.
    ScopedEnv unpinned("SORE_TODAY", std::nullopt);
    ScopedEnv zone("TZ", "Pacific/Kiritimati");
    auto now = std::chrono::system_clock::now();
    auto got = today();
    auto expected = date::floor<date::days>(now + std::chrono::hours{14});
    if (expected ==
        date::floor<date::days>(std::chrono::system_clock::now() + std::chrono::hours{14})) {
        EXPECT_EQ(got, expected);
    }
}

TEST(Today, PosixTzRulesAreReadThroughTheCLibrary) {
    // Not zone names, so the date library cannot place them; libc can.
    expect_date_line_gap("<+14>-14", "<-11>11");
}

TEST(ParseDate, RefusesDaysBefore1900ByTheWordTyped) {
    auto message =
        sore::test::usage_error([] { parse_date("date", "-999999d", day(2026, 11, 27)); });
    EXPECT_NE(message.find("'-999999d'"), std::string::npos) << message;
    EXPECT_NE(message.find("1900"), std::string::npos) << message;
    EXPECT_THROW(parse_date("date", "1899-12-31", day(2026, 11, 27)), sore::UsageError);
    auto far = sore::test::usage_error([] { parse_date("date", "-1234567d", day(2026, 11, 27)); });
    EXPECT_NE(far.find("'-1234567d' is before 1900"), std::string::npos) << far;
    auto nonsense =
        sore::test::usage_error([] { parse_date("date", "0000-00-00", day(2026, 11, 27)); });
    EXPECT_NE(nonsense.find("not a day of the calendar"), std::string::npos) << nonsense;
    EXPECT_EQ(parse_date("date", "1900-01-01", day(2026, 11, 27)), day(1900, 1, 1));
}
