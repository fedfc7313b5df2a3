#include "journal/entry.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <vector>

// Listing entries: order, date range, tag and "last N" filters.

using namespace sore::store;
using namespace sore::journal;

using sore::test::add;
using sore::test::make;
using sore::test::on;

namespace {

std::vector<std::int64_t> ids(const std::vector<Entry>& entries) {
    std::vector<std::int64_t> out;
    for (const auto& e : entries) {
        out.push_back(e.id);
    }
    return out;
}

class ListEntriesTest : public ::testing::Test {
protected:
    Database db = open_memory_journal();
};

} // namespace

TEST_F(ListEntriesTest, ListsOldestFirstByDateTimeThenId) {
    auto late = add(db, make("2026-11-03", 1, "09:00"));
    auto timed = add(db, make("2026-11-01", 2, "08:00"));
    auto untimed = add(db, make("2026-11-01", 3));
    auto middle = add(db, make("2026-11-02", 4, "23:00"));
    auto tie = add(db, make("2026-11-01", 5, "08:00"));
    auto early = add(db, make("2026-11-01", 6, "07:59"));
    EXPECT_EQ(ids(list_entries(db, {})),
              (std::vector<std::int64_t>{untimed, early, timed, tie, middle, late}));
}

TEST_F(ListEntriesTest, FiltersByInclusiveDateRange) {
    auto a = add(db, make("2026-11-01", 1));
    auto b = add(db, make("2026-11-05", 2));
    auto c = add(db, make("2026-11-10", 3));
    add(db, make("2026-10-31", 4));
    EntryFilter f;
    f.range.from = on("2026-11-01");
    f.range.to = on("2026-11-10");
    EXPECT_EQ(ids(list_entries(db, f)), (std::vector<std::int64_t>{a, b, c}));
    f.range.from = on("2026-11-02");
    f.range.to = on("2026-11-09");
    EXPECT_EQ(ids(list_entries(db, f)), std::vector<std::int64_t>{b});
    f.range.from.reset();
    f.range.to = on("2026-10-31");
    EXPECT_EQ(list_entries(db, f).size(), 1u);
    f.range.to.reset();
    f.range.from = on("2026-12-01");
    EXPECT_TRUE(list_entries(db, f).empty());
}

TEST_F(ListEntriesTest, FiltersByTag) {
    auto hip = add(db, make("2026-11-01", 1, std::nullopt, {"hip", "run"}));
    add(db, make("2026-11-02", 2, std::nullopt, {"run"}));
    auto hip_again = add(db, make("2026-11-03", 3, std::nullopt, {"hip"}));
    add(db, make("2026-11-04", 4));
    EntryFilter f;
    f.tag = "hip";
    auto entries = list_entries(db, f);
    EXPECT_EQ(ids(entries), (std::vector<std::int64_t>{hip, hip_again}));
    // The tag filter picks entries, it does not trim their tags.
    EXPECT_EQ(entries[0].tags, (std::vector<std::string>{"hip", "run"}));
    f.tag = "hi";
    EXPECT_TRUE(list_entries(db, f).empty());
}

TEST_F(ListEntriesTest, LastGivesTheLatestNOldestFirst) {
    std::vector<std::int64_t> all;
    for (unsigned day = 1; day <= 9; ++day) {
        all.push_back(add(db, make("2026-11-0" + std::to_string(day), 1)));
    }
    auto same_day_later = add(db, make("2026-11-09", 2));
    EntryFilter f;
    f.last = 3;
    EXPECT_EQ(ids(list_entries(db, f)),
              (std::vector<std::int64_t>{all[7], all[8], same_day_later}));
    f.last = 1;
    EXPECT_EQ(ids(list_entries(db, f)), std::vector<std::int64_t>{same_day_later});
    f.last = 100;
    EXPECT_EQ(list_entries(db, f).size(), 10u);
    f.last = 2;
    f.range.to = on("2026-11-05");
    EXPECT_EQ(ids(list_entries(db, f)), (std::vector<std::int64_t>{all[3], all[4]}));
}

TEST_F(ListEntriesTest, LastCombinesWithTag) {
    auto a = add(db, make("2026-11-01", 1, std::nullopt, {"hip"}));
    auto b = add(db, make("2026-11-02", 1, std::nullopt, {"hip"}));
    add(db, make("2026-11-03", 1));
    EntryFilter f;
    f.tag = "hip";
    f.last = 2;
    EXPECT_EQ(ids(list_entries(db, f)), (std::vector<std::int64_t>{a, b}));
}

TEST_F(ListEntriesTest, ForEachVisitsInOrder) {
    add(db, make("2026-11-02", 8));
    add(db, make("2026-11-01", 3));
    std::vector<int> soreness;
    for_each_entry(db, {}, [&](const Entry& e) { soreness.push_back(e.soreness); });
    EXPECT_EQ(soreness, (std::vector<int>{3, 8}));
}
