#include "error.hpp"
#include "journal/entry.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "support.hpp"

#include <algorithm>
#include <cctype>
#include <gtest/gtest.h>
#include <set>
#include <string>
#include <vector>

using namespace sore::store;
using namespace sore::journal;

using sore::test::add;
using sore::test::make;

namespace {

std::int64_t tag_rows(Database& db, std::int64_t id) {
    Statement stmt(db, "SELECT count(*) FROM entry_tag WHERE entry_id = ?1");
    stmt.bind(1, id);
    EXPECT_TRUE(stmt.step());
    return stmt.get_int(0);
}

// The shared entry with every field set, as a new one: no id, uuid or
// timestamps yet.
Entry full() {
    Entry e = sore::test::full_entry();
    e.id = 0;
    e.uuid.clear();
    e.created_at.clear();
    e.updated_at.clear();
    return e;
}

class EntriesTest : public ::testing::Test {
protected:
    Database db = open_memory_journal();
};

} // namespace

TEST_F(EntriesTest, InsertFillsIdUuidAndTimestamps) {
    Entry e = make("2026-11-20", 4);
    insert_entry(db, e);
    EXPECT_EQ(e.id, 1);
    EXPECT_EQ(e.uuid.size(), 36u);
    EXPECT_FALSE(e.created_at.empty());
    EXPECT_EQ(e.created_at, e.updated_at);
    EXPECT_EQ(e.created_at.size(), 20u);
    EXPECT_EQ(e.created_at.back(), 'Z');
    Entry second = make("2026-11-21", 5);
    insert_entry(db, second);
    EXPECT_EQ(second.id, 2);
    EXPECT_NE(second.uuid, e.uuid);
    EXPECT_EQ(count_entries(db), 2);
}

TEST_F(EntriesTest, InsertKeepsAGivenUuidAndTimestamps) {
    Entry e = make("2026-11-20", 4);
    e.uuid = "0b5ec0de-0000-4000-8000-000000000001";
    e.created_at = "2026-11-20T08:00:00Z";
    e.updated_at = "2026-11-21T09:00:00Z";
    insert_entry(db, e);
    auto found = find_entry(db, e.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->uuid, "0b5ec0de-0000-4000-8000-000000000001");
    EXPECT_EQ(found->created_at, "2026-11-20T08:00:00Z");
    EXPECT_EQ(found->updated_at, "2026-11-21T09:00:00Z");
}

TEST_F(EntriesTest, FindReturnsEveryFieldAsStored) {
    Entry e = full();
    insert_entry(db, e);
    auto found = find_entry(db, e.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, e.id);
    EXPECT_EQ(found->uuid, e.uuid);
    EXPECT_EQ(sore::test::iso(found->date), "2026-11-20");
    EXPECT_EQ(found->time, sore::test::at("18:30"));
    EXPECT_EQ(found->soreness, 6);
    EXPECT_EQ(found->during, 7);
    EXPECT_EQ(found->sitting_min, 450);
    EXPECT_EQ(found->pressure, Pressure::deep);
    EXPECT_EQ(found->technique, Technique::trigger_point);
    EXPECT_EQ(found->knots, 3);
    EXPECT_TRUE(found->injury);
    EXPECT_TRUE(found->emotional);
    EXPECT_EQ(found->side, Side::left);
    EXPECT_EQ(found->note, "=cmd, \"x\" <b>tight</b> & sore\nsecond line 😀");
    EXPECT_EQ(found->tags, (std::vector<std::string>{"glute", "hip"}));
    EXPECT_TRUE(sore::journal::same_values(*found, e));
    EXPECT_EQ(found->created_at, e.created_at);
}

TEST_F(EntriesTest, AbsentFieldsStayAbsent) {
    auto id = add(db, make("2026-11-20", 0));
    auto found = find_entry(db, id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->soreness, 0);
    EXPECT_FALSE(found->time);
    EXPECT_FALSE(found->during);
    EXPECT_FALSE(found->sitting_min);
    EXPECT_FALSE(found->pressure);
    EXPECT_FALSE(found->technique);
    EXPECT_FALSE(found->knots);
    EXPECT_FALSE(found->injury);
    EXPECT_FALSE(found->emotional);
    EXPECT_FALSE(found->side);
    EXPECT_FALSE(found->note);
    EXPECT_TRUE(found->tags.empty());
}

TEST_F(EntriesTest, FindMissingIdIsNothing) {
    auto id = add(db, make("2026-11-20", 4));
    EXPECT_EQ(find_entry(db, id)->soreness, 4);
    EXPECT_FALSE(find_entry(db, id + 1));
    EXPECT_FALSE(find_entry(db, 0));
    EXPECT_FALSE(find_entry(db, -1));
}

TEST_F(EntriesTest, TagsComeBackSortedAndUnique) {
    auto id = add(db, make("2026-11-20", 4, std::nullopt, {"zeta", "alpha", "zeta", "mid"}));
    EXPECT_EQ(find_entry(db, id)->tags, (std::vector<std::string>{"alpha", "mid", "zeta"}));
    EXPECT_EQ(tag_rows(db, id), 3);
}

TEST_F(EntriesTest, UpdateRewritesFieldsAndTags) {
    Entry e = full();
    e.created_at = "2026-11-20T08:00:00Z";
    e.updated_at = e.created_at;
    insert_entry(db, e);
    e.soreness = 2;
    e.note.reset();
    e.pressure.reset();
    e.technique = Technique::none;
    e.during.reset();
    e.side = Side::right;
    e.tags = {"new"};
    update_entry(db, e);
    auto found = find_entry(db, e.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->soreness, 2);
    EXPECT_FALSE(found->note);
    EXPECT_FALSE(found->pressure);
    EXPECT_EQ(found->technique, Technique::none);
    EXPECT_EQ(found->side, Side::right);
    EXPECT_EQ(found->tags, std::vector<std::string>{"new"});
    EXPECT_EQ(found->uuid, e.uuid);
    EXPECT_EQ(found->created_at, "2026-11-20T08:00:00Z");
    EXPECT_NE(found->updated_at, "2026-11-20T08:00:00Z");
    EXPECT_EQ(found->updated_at, e.updated_at);
    EXPECT_EQ(tag_rows(db, e.id), 1);
}

TEST_F(EntriesTest, UpdateBreakingTheSchemaThrowsAndChangesNothing) {
    Entry e = full();
    insert_entry(db, e);
    Entry bad = e;
    bad.technique = Technique::none; // pressure and during still set
    EXPECT_THROW(update_entry(db, bad), sore::Error);
    bad = e;
    bad.soreness = 11;
    EXPECT_THROW(update_entry(db, bad), sore::Error);
    EXPECT_EQ(find_entry(db, e.id)->soreness, 6);
}

TEST_F(EntriesTest, RemoveDeletesTheEntryAndItsTags) {
    auto gone = add(db, make("2026-11-20", 4, std::nullopt, {"a", "b"}));
    auto kept = add(db, make("2026-11-21", 5, std::nullopt, {"a"}));
    EXPECT_EQ(tag_rows(db, gone), 2);
    EXPECT_TRUE(remove_entry(db, gone));
    EXPECT_FALSE(find_entry(db, gone));
    EXPECT_EQ(tag_rows(db, gone), 0);
    EXPECT_EQ(tag_rows(db, kept), 1);
    EXPECT_FALSE(remove_entry(db, gone));
    EXPECT_FALSE(remove_entry(db, 999));
    EXPECT_EQ(count_entries(db), 1);
}

TEST_F(EntriesTest, IdsAreNotReusedAfterRemoval) {
    auto first = add(db, make("2026-11-20", 4));
    auto second = add(db, make("2026-11-21", 4));
    remove_entry(db, second);
    EXPECT_EQ(add(db, make("2026-11-22", 4)), second + 1);
    EXPECT_EQ(first, 1);
}

TEST_F(EntriesTest, InsertInsideAnUncommittedTransactionLeavesNothing) {
    {
        Transaction tx(db);
        add(db, make("2026-11-01", 3, std::nullopt, {"hip"}));
        EXPECT_EQ(count_entries(db), 1);
    }
    EXPECT_EQ(count_entries(db), 0);
    Statement tags(db, "SELECT count(*) FROM entry_tag");
    ASSERT_TRUE(tags.step());
    EXPECT_EQ(tags.get_int(0), 0);
}

TEST_F(EntriesTest, DuplicateUuidIsRefused) {
    Entry e = make("2026-11-01", 3);
    insert_entry(db, e);
    Entry copy = make("2026-11-02", 4);
    copy.uuid = e.uuid;
    EXPECT_THROW(insert_entry(db, copy), sore::Error);
    EXPECT_EQ(count_entries(db), 1);
}

TEST(NewUuid, Version4LowerCaseAndDistinct) {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        auto uuid = new_uuid();
        ASSERT_EQ(uuid.size(), 36u) << uuid;
        for (std::size_t pos : {8u, 13u, 18u, 23u}) {
            EXPECT_EQ(uuid[pos], '-') << uuid;
        }
        EXPECT_EQ(uuid[14], '4') << uuid;
        EXPECT_NE(std::string("89ab").find(uuid[19]), std::string::npos) << uuid;
        EXPECT_TRUE(std::all_of(uuid.begin(), uuid.end(), [](char c) {
            return c == '-' || std::isdigit(static_cast<unsigned char>(c)) ||
                   (c >= 'a' && c <= 'f');
        })) << uuid;
        seen.insert(uuid);
    }
    EXPECT_EQ(seen.size(), 200u);
}
