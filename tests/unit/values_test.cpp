#include "error.hpp"
#include "journal/reject.hpp"
#include "journal/values.hpp"
#include "support.hpp"

#include <array>
#include <gtest/gtest.h>
#include <string>

using namespace sore::journal;

using sore::test::contains;
using sore::test::usage_error;

TEST(Rating, AcceptsEveryWholeNumberFromZeroToTen) {
    for (int n = 0; n <= 10; ++n) {
        EXPECT_EQ(parse_rating("--soreness", std::to_string(n)), n);
    }
    EXPECT_EQ(parse_rating("--soreness", "07"), 7);
}

TEST(Rating, RejectsAnythingElseNamingFieldAndValue) {
    for (const char* bad :
         {"11", "-1", "six", "5.5", "", "+5", " 5", "5 ", "100000000000000000000"}) {
        auto message = usage_error([&] { parse_rating("--soreness", bad); });
        EXPECT_TRUE(contains(message, std::string("--soreness '") + bad + "'")) << message;
        EXPECT_TRUE(contains(message, "0 to 10")) << message;
    }
}

TEST(Rating, SaysWhyTheValueWasRefused) {
    EXPECT_TRUE(contains(usage_error([] { parse_rating("--during", "11"); }), "out of range"));
    EXPECT_TRUE(contains(usage_error([] { parse_rating("--during", "six"); }), "not a whole"));
}

TEST(Whole, HonoursItsBounds) {
    EXPECT_EQ(parse_whole("--knots", "0", 0, 999), 0);
    EXPECT_EQ(parse_whole("--knots", "999", 0, 999), 999);
    EXPECT_THROW(parse_whole("--knots", "1000", 0, 999), sore::UsageError);
    EXPECT_THROW(parse_whole("id", "0", 1, 50), sore::UsageError);
    EXPECT_THROW(parse_whole("id", "-3", 1, 50), sore::UsageError);
    EXPECT_THROW(parse_whole("id", "3x", 1, 50), sore::UsageError);
    auto message = usage_error([] { parse_whole("--knots", "1000", 0, 999); });
    EXPECT_EQ(message, "--knots '1000' is out of range; expected a whole number from 0 to 999");
}

TEST(Sitting, AcceptsHoursDecimalsAndUnits) {
    EXPECT_EQ(parse_sitting_minutes("--sitting", "7.5"), 450);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "9"), 540);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "7h30m"), 450);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "7h"), 420);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "45m"), 45);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "7:30"), 450);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "0"), 0);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "24"), 1440);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "0.25"), 15);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "1440m"), 1440);
    EXPECT_EQ(parse_sitting_minutes("--sitting", "0h5m"), 5);
}

TEST(Sitting, RejectsNonsenseWithTheValueInTheMessage) {
    for (const char* bad :
         {"25h", "-2", "abc", "", "7h60m", "1441m", "24:01", "7h30", "h", "m", "7.5.5", "7,5"}) {
        auto message = usage_error([&] { parse_sitting_minutes("--sitting", bad); });
        EXPECT_TRUE(contains(message, std::string("--sitting '") + bad + "'")) << message;
    }
}

TEST(Time, HoursAndMinutesWithOrWithoutALeadingZero) {
    EXPECT_EQ(parse_time("--time", "9:05"), TimeOfDay(9, 5));
    EXPECT_EQ(parse_time("--time", "00:00"), TimeOfDay(0, 0));
    EXPECT_EQ(parse_time("--time", "23:59"), TimeOfDay(23, 59));
    EXPECT_EQ(parse_time("--time", "18:30"), TimeOfDay(18, 30));
}

TEST(Time, RejectsTimesOutsideTheDay) {
    for (const char* bad :
         {"24:00", "12:60", "9:5", "930", "9.30", "", "noon", "-1:00", "123:00"}) {
        auto message = usage_error([&] { parse_time("--time", bad); });
        EXPECT_TRUE(contains(message, std::string("--time '") + bad + "'")) << message;
        EXPECT_TRUE(contains(message, "HH:MM")) << message;
    }
}

TEST(Pressure, ByNameOrLevel) {
    EXPECT_EQ(parse_pressure("--pressure", "light"), Pressure::light);
    EXPECT_EQ(parse_pressure("--pressure", "medium"), Pressure::medium);
    EXPECT_EQ(parse_pressure("--pressure", "firm"), Pressure::firm);
    EXPECT_EQ(parse_pressure("--pressure", "deep"), Pressure::deep);
    EXPECT_EQ(parse_pressure("--pressure", "1"), Pressure::light);
    EXPECT_EQ(parse_pressure("--pressure", "2"), Pressure::medium);
    EXPECT_EQ(parse_pressure("--pressure", "3"), Pressure::firm);
    EXPECT_EQ(parse_pressure("--pressure", "4"), Pressure::deep);
}

TEST(Pressure, RejectsOtherLevelsListingTheNames) {
    for (const char* bad : {"0", "5", "hard", "", "12", "-1"}) {
        auto message = usage_error([&] { parse_pressure("--pressure", bad); });
        EXPECT_TRUE(contains(message, std::string("--pressure '") + bad + "'")) << message;
        EXPECT_TRUE(contains(message, "light, medium, firm or deep")) << message;
    }
}

TEST(Technique, EveryNameAndNothingElse) {
    EXPECT_EQ(parse_technique("--technique", "swedish"), Technique::swedish);
    EXPECT_EQ(parse_technique("--technique", "deep-tissue"), Technique::deep_tissue);
    EXPECT_EQ(parse_technique("--technique", "trigger-point"), Technique::trigger_point);
    EXPECT_EQ(parse_technique("--technique", "sports"), Technique::sports);
    EXPECT_EQ(parse_technique("--technique", "myofascial"), Technique::myofascial);
    EXPECT_EQ(parse_technique("--technique", "self"), Technique::self);
    EXPECT_EQ(parse_technique("--technique", "other"), Technique::other);
    EXPECT_EQ(parse_technique("--technique", "none"), Technique::none);
    auto message = usage_error([] { parse_technique("--technique", "deep_tissue"); });
    EXPECT_TRUE(contains(message, "--technique 'deep_tissue'")) << message;
    EXPECT_TRUE(contains(message, "swedish, deep-tissue")) << message;
    EXPECT_TRUE(contains(message, "other or none")) << message;
}

TEST(Side, EveryNameAndNothingElse) {
    EXPECT_EQ(parse_side("--side", "left"), Side::left);
    EXPECT_EQ(parse_side("--side", "right"), Side::right);
    EXPECT_EQ(parse_side("--side", "both"), Side::both);
    auto message = usage_error([] { parse_side("--side", "middle"); });
    EXPECT_EQ(message, "--side 'middle' is not a side; expected left, right or both");
}

TEST(Tag, AcceptsOneWordUpTo64Bytes) {
    EXPECT_EQ(parse_tag("--tag", "hip"), "hip");
    EXPECT_EQ(parse_tag("--tag", "après-ski"), "après-ski");
    std::string longest(64, 'x');
    EXPECT_EQ(parse_tag("--tag", longest), longest);
}

TEST(Tag, RejectsEmptyLongSpacedAndSeparators) {
    for (std::string bad :
         {std::string(), std::string(65, 'x'), std::string("a b"), std::string("a,b"),
          std::string("a;b"), std::string("a\tb"), std::string("a\nb")}) {
        EXPECT_THROW(parse_tag("--tag", bad), sore::UsageError) << bad;
    }
    EXPECT_TRUE(contains(usage_error([] { parse_tag("--tag", "a;b"); }), "--tag 'a;b'"));
}

TEST(Reject, ThrowsTheOneLineMessage) {
    auto message = usage_error([] { reject("--knots", "x\ny", "is odd", "a number"); });
    EXPECT_EQ(message, "--knots 'x\\ny' is odd; expected a number");
}
