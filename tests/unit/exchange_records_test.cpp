#include "exchange/records.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

using namespace sore;
using namespace sore::exchange;
using sore::test::contains;
using sore::test::day;
using sore::test::usage_error;

namespace {

const auto today = day(2026, 11, 28);

Record record(std::initializer_list<std::pair<Column, std::string>> cells) {
    Record r;
    r.where = "line 2";
    for (const auto& [column, value] : cells) {
        r[column] = value;
    }
    return r;
}

} // namespace

TEST(ExchangeToEntry, EveryFieldFromText) {
    auto e = to_entry(record({{Column::id, "7"},
                              {Column::uuid, "D9FC5706-E1FE-40D4-A051-FA55729DD124"},
                              {Column::date, "2026-11-20"},
                              {Column::time, "8:05"},
                              {Column::soreness, "6"},
                              {Column::during, "8"},
                              {Column::sitting_hours, "7.5"},
                              {Column::pressure, "4"},
                              {Column::technique, "deep-tissue"},
                              {Column::knots, "3"},
                              {Column::injury, "1"},
                              {Column::emotional, "0"},
                              {Column::side, "left"},
                              {Column::note, "a, \"b\"\nc"},
                              {Column::tags, "glute;Clinic;glute"},
                              {Column::created_at, "2026-11-20T18:00:00Z"},
                              {Column::updated_at, "2026-11-21T07:30:59Z"}}),
                      today);
    EXPECT_EQ(e.id, 7);
    EXPECT_EQ(e.uuid, "d9fc5706-e1fe-40d4-a051-fa55729dd124");
    EXPECT_EQ(sore::test::iso(e.date), "2026-11-20");
    EXPECT_EQ(e.time, sore::test::at("08:05"));
    EXPECT_EQ(e.soreness, 6);
    EXPECT_EQ(e.during, 8);
    EXPECT_EQ(e.sitting_min, 450);
    EXPECT_EQ(e.pressure, journal::Pressure::deep);
    EXPECT_EQ(e.technique, journal::Technique::deep_tissue);
    EXPECT_EQ(e.knots, 3);
    EXPECT_TRUE(e.injury);
    EXPECT_FALSE(e.emotional);
    EXPECT_EQ(e.side, journal::Side::left);
    EXPECT_EQ(e.note, "a, \"b\"\nc");
    EXPECT_EQ(e.tags, (std::vector<std::string>{"clinic", "glute"}));
    EXPECT_EQ(e.created_at, "2026-11-20T18:00:00Z");
    EXPECT_EQ(e.updated_at, "2026-11-21T07:30:59Z");
}

TEST(ExchangeToEntry, EmptyCellsAreAbsentValues) {
    auto e = to_entry(record({{Column::id, ""},
                              {Column::uuid, ""},
                              {Column::date, "2026-11-20"},
                              {Column::soreness, "0"},
                              {Column::during, ""},
                              {Column::pressure, ""},
                              {Column::injury, ""},
                              {Column::note, ""},
                              {Column::tags, ""}}),
                      today);
    EXPECT_EQ(e.id, 0);
    EXPECT_EQ(e.uuid, "");
    EXPECT_EQ(e.soreness, 0);
    EXPECT_FALSE(e.during);
    EXPECT_FALSE(e.pressure);
    EXPECT_FALSE(e.injury);
    EXPECT_FALSE(e.note);
    EXPECT_TRUE(e.tags.empty());
    EXPECT_EQ(e.created_at, "");
}

TEST(ExchangeToEntry, SittingInMinutesOrHoursButNotTwoDifferentOnes) {
    auto minutes = to_entry(
        record(
            {{Column::date, "2026-11-20"}, {Column::soreness, "3"}, {Column::sitting_min, "20"}}),
        today);
    EXPECT_EQ(minutes.sitting_min, 20);
    auto both = to_entry(record({{Column::date, "2026-11-20"},
                                 {Column::soreness, "3"},
                                 {Column::sitting_hours, "0.33"},
                                 {Column::sitting_min, "20"}}),
                         today);
    EXPECT_EQ(both.sitting_min, 20); // 0.33 h is the 20 minutes the export wrote
    auto message = usage_error([] {
        to_entry(record({{Column::date, "2026-11-20"},
                         {Column::soreness, "3"},
                         {Column::sitting_hours, "2"},
                         {Column::sitting_min, "20"}}),
                 today);
    });
    EXPECT_TRUE(contains(message, "sitting_min '20' disagrees with sitting_hours '2'")) << message;
}

TEST(ExchangeToEntry, RefusesWhatLogRefusesNamingTheColumn) {
    struct Case {
        std::initializer_list<std::pair<Column, std::string>> cells;
        std::string expected;
    };
    const Case cases[] = {
        {{{Column::soreness, "4"}}, "date '' is missing"},
        {{{Column::date, "2026-11-20"}}, "soreness '' is missing"},
        {{{Column::date, "20/11/2026"}, {Column::soreness, "4"}},
         "date '20/11/2026' is not a date in the form YYYY-MM-DD; expected YYYY-MM-DD"},
        {{{Column::date, "2026-02-30"}, {Column::soreness, "4"}}, "date '2026-02-30'"},
        {{{Column::date, "today"}, {Column::soreness, "4"}}, "date 'today'"},
        {{{Column::date, "2026-11-29"}, {Column::soreness, "4"}}, "is in the future"},
        {{{Column::date, "2026-11-20"}, {Column::soreness, "11"}}, "soreness '11' is out of range"},
        {{{Column::date, "2026-11-20"}, {Column::soreness, "4.5"}}, "soreness '4.5'"},
        {{{Column::date, "2026-11-20"}, {Column::soreness, "4"}, {Column::injury, "yes"}},
         "injury 'yes' is not 0 or 1"},
        {{{Column::date, "2026-11-20"}, {Column::soreness, "4"}, {Column::uuid, "abc"}},
         "uuid 'abc' is not a uuid"},
        {{{Column::date, "2026-11-20"},
          {Column::soreness, "4"},
          {Column::uuid, "0000000g-0000-4000-8000-000000000001"}},
         "uuid '0000000g-0000-4000-8000-000000000001' is not a uuid"},
        {{{Column::date, "2026-11-20"},
          {Column::soreness, "4"},
          {Column::uuid, "000000000-000-4000-8000-000000000001"}},
         "uuid '000000000-000-4000-8000-000000000001' is not a uuid"},
        {{{Column::date, "2026-11-20"},
          {Column::soreness, "4"},
          {Column::uuid, "00000000-0000-4000-8000-00000000000@"}},
         "is not a uuid"},
        {{{Column::date, "2026-11-20"}, {Column::soreness, "4"}, {Column::id, "0"}}, "id '0'"},
        {{{Column::date, "2026-11-20"},
          {Column::soreness, "4"},
          {Column::created_at, "2026-11-20 18:00"}},
         "created_at '2026-11-20 18:00' is not a UTC time"},
        {{{Column::date, "2026-11-20"},
          {Column::soreness, "4"},
          {Column::technique, "none"},
          {Column::pressure, "deep"}},
         "pressure 'deep' cannot go with technique 'none'"},
        {{{Column::date, "2026-11-20"}, {Column::soreness, "4"}, {Column::tags, "a b"}}, "tags"},
        {{{Column::date, "2026-11-20"}, {Column::soreness, "4"}, {Column::knots, "1000"}},
         "knots '1000' is out of range"},
        {{{Column::date, "2026-11-20"}, {Column::soreness, "4"}, {Column::note, "a\xff"}}, "note"},
    };
    for (const auto& c : cases) {
        auto message = usage_error([&] { to_entry(record(c.cells), today); });
        EXPECT_TRUE(contains(message, c.expected)) << message << "\n  expected: " << c.expected;
    }
}

TEST(ExchangeToEntry, TakesAUuidInEitherCaseAndKeepsItInLowerCase) {
    auto e = to_entry(record({{Column::date, "2026-11-20"},
                              {Column::soreness, "4"},
                              {Column::uuid, "0A1b2C3d-4E5f-4A6B-8c7D-9E0F1a2B3c4D"}}),
                      today);
    EXPECT_EQ(e.uuid, "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
}

TEST(ExchangeToEntry, UpdatedAtDefaultsToCreatedAt) {
    auto e = to_entry(record({{Column::date, "2026-11-20"},
                              {Column::soreness, "4"},
                              {Column::created_at, "2026-11-20T18:00:00Z"}}),
                      today);
    EXPECT_EQ(e.updated_at, "2026-11-20T18:00:00Z");
}

// Found by the csv_import fuzzer: a kept id of 18 digits made the journal's
// next ids 19 digits long, which neither `sore show` nor an import reads.
TEST(ExchangeToEntry, IdsPastFifteenDigitsAreNotKept) {
    auto with_id = [](const std::string& id) {
        return to_entry(
                   record(
                       {{Column::id, id}, {Column::date, "2026-11-20"}, {Column::soreness, "4"}}),
                   today)
            .id;
    };
    EXPECT_EQ(with_id("999999999999999"), 999'999'999'999'999);
    EXPECT_EQ(with_id("1000000000000000"), 0);
    EXPECT_EQ(with_id("999999999999999999"), 0);
    EXPECT_TRUE(contains(usage_error([&] { with_id("1000000000000000000"); }), "id"));
}
