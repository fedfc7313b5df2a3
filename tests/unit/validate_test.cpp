#include "error.hpp"
#include "journal/validate.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <string>

using namespace sore::journal;
using sore::test::day;

using sore::test::contains;

namespace {

const Day today_ = day(2026, 11, 27);

Entry rest_day() {
    return sore::test::make("2026-11-20", 3);
}

// Every field set, no injury.
Entry session() {
    Entry e = sore::test::full_entry();
    e.injury = false;
    return e;
}

std::string refusal(const Entry& e) {
    try {
        validate(e, today_);
    } catch (const sore::UsageError& error) {
        return error.what();
    }
    ADD_FAILURE() << "the entry was accepted";
    return {};
}

} // namespace

TEST(Validate, AcceptsAGoodSessionAndRestDay) {
    EXPECT_NO_THROW(validate(session(), today_));
    EXPECT_NO_THROW(validate(rest_day(), today_));
    Entry none = rest_day();
    none.technique = Technique::none;
    none.sitting_min = 600;
    EXPECT_NO_THROW(validate(none, today_));
    none.date = day(2026, 11, 28);
    EXPECT_THROW(validate(none, today_), sore::UsageError);
}

TEST(Validate, AcceptsTodayAndTheEdgesOfEachRange) {
    Entry e = session();
    e.date = day(2026, 11, 27);
    e.soreness = 10;
    e.during = 0;
    e.sitting_min = 1440;
    e.knots = 999;
    e.time = TimeOfDay{23, 59};
    EXPECT_NO_THROW(validate(e, today_));
    e.soreness = 0;
    e.sitting_min = 0;
    e.knots = 0;
    EXPECT_NO_THROW(validate(e, today_));
    // One step past an edge is refused.
    e.knots = 1000;
    EXPECT_THROW(validate(e, today_), sore::UsageError);
    e.knots = 0;
    e.sitting_min = 1441;
    EXPECT_THROW(validate(e, today_), sore::UsageError);
}

TEST(Validate, RefusesAFutureDate) {
    Entry e = session();
    e.date = day(2026, 11, 28);
    auto message = refusal(e);
    EXPECT_TRUE(contains(message, "date '2026-11-28' is in the future")) << message;
    EXPECT_TRUE(contains(message, "2026-11-27")) << message;
}

TEST(Validate, RefusesADateBefore1900) {
    Entry e = session();
    e.date = day(1899, 12, 31);
    EXPECT_TRUE(contains(refusal(e), "date '1899-12-31' is before 1900"));
    e.date = day(1900, 1, 1);
    EXPECT_NO_THROW(validate(e, today_));
}

TEST(Validate, RefusesPressureOnARestDay) {
    Entry e = rest_day();
    e.technique = Technique::none;
    e.pressure = Pressure::firm;
    auto message = refusal(e);
    EXPECT_TRUE(contains(message, "pressure 'firm'")) << message;
    EXPECT_TRUE(contains(message, "none")) << message;
}

TEST(Validate, RefusesPainDuringOnARestDay) {
    Entry e = rest_day();
    e.technique = Technique::none;
    e.during = 4;
    auto message = refusal(e);
    EXPECT_TRUE(contains(message, "during '4'")) << message;
}

TEST(Validate, RefusesValuesOutOfRange) {
    auto check = [](auto change, const std::string& expected) {
        Entry e = session();
        change(e);
        auto message = refusal(e);
        EXPECT_TRUE(contains(message, expected)) << message;
    };
    check([](Entry& e) { e.soreness = 11; }, "soreness '11' is out of range");
    check([](Entry& e) { e.soreness = -1; }, "soreness '-1'");
    check([](Entry& e) { e.during = 11; }, "during '11'");
    check([](Entry& e) { e.during = -1; }, "during '-1'");
    check([](Entry& e) { e.sitting_min = 1441; }, "'1441'");
    check([](Entry& e) { e.sitting_min = -5; }, "'-5'");
    check([](Entry& e) { e.knots = 1000; }, "knots '1000'");
    check([](Entry& e) { e.knots = -1; }, "knots '-1'");
    check([](Entry& e) { e.time = TimeOfDay{24, 0}; }, "time '24:00'");
    check([](Entry& e) { e.time = TimeOfDay{-1}; }, "is not a time of day");
    check([](Entry& e) { e.tags.push_back("two words"); }, "tag 'two words'");
    check([](Entry& e) { e.tags.push_back(""); }, "tag ''");
}

TEST(InjuryCaution, OnlyForAnInjuryWithAMassage) {
    Entry e = session();
    EXPECT_FALSE(needs_injury_caution(e));
    e.injury = true;
    EXPECT_TRUE(needs_injury_caution(e));

    Entry pressure_only = rest_day();
    pressure_only.injury = true;
    pressure_only.pressure = Pressure::light;
    EXPECT_TRUE(needs_injury_caution(pressure_only));

    Entry technique_only = rest_day();
    technique_only.injury = true;
    technique_only.technique = Technique::self;
    EXPECT_TRUE(needs_injury_caution(technique_only));

    Entry rest = rest_day();
    rest.injury = true;
    EXPECT_FALSE(needs_injury_caution(rest));
    rest.technique = Technique::none;
    EXPECT_FALSE(needs_injury_caution(rest));
}
