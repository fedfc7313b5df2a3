#include "journal/sites.hpp"
#include "store/bulk.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "support.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

using namespace sore;
using sore::test::scalar;

constexpr int per_statement = sore::store::BulkWriter::rows_per_statement;

namespace {

// Entries with fixed uuids and timestamps, so that two journals written in
// different ways can be compared; every third has tags, every fifth two
// body sites.
std::vector<journal::Entry> entries(int count) {
    std::vector<journal::Entry> made;
    for (int i = 0; i < count; ++i) {
        auto e = test::make("2026-11-01", i % 11);
        e.uuid = fmt::format("00000000-0000-4000-8000-{:012x}", i + 1);
        e.created_at = "2026-11-01T10:00:00Z";
        e.updated_at = e.created_at;
        e.note = fmt::format("row {}", i);
        if (i % 3 == 0) {
            e.tags = {"hip", fmt::format("t{:03}", i), "work"};
        }
        if (i % 5 == 0) {
            e.sites = {{journal::BodySite::glute_med, journal::Side::both, 3},
                       {journal::BodySite::piriformis, journal::Side::left, i % 11}};
        }
        made.push_back(std::move(e));
    }
    return made;
}

// Every entry as "id uuid note tags sites", in id order, and the
// AUTOINCREMENT counter: what the two ways of writing must agree on.
std::vector<std::string> contents(store::Database& db) {
    std::vector<std::string> rows;
    for (const auto& e : store::list_entries(db, {})) {
        std::vector<std::string> sites;
        for (const auto& site : e.sites) {
            sites.push_back(fmt::format("{}:{}={}", journal::name_of(site.site),
                                        journal::name_of(site.side), site.soreness));
        }
        rows.push_back(fmt::format("{} {} {} {} {}", e.id, e.uuid, e.note.value_or(""),
                                   fmt::join(e.tags, ";"), fmt::join(sites, ";")));
    }
    std::sort(rows.begin(), rows.end());
    rows.push_back(fmt::format("seq {}", scalar(db, "SELECT seq FROM sqlite_sequence "
                                                    "WHERE name = 'entry'")));
    return rows;
}

void add_all(store::Database& db, std::vector<journal::Entry>& rows) {
    store::BulkWriter writer(db);
    for (auto& e : rows) {
        writer.add(e);
    }
    writer.flush();
}

// The bulk writer, as an import into an empty journal uses it.
void write_in_bulk(store::Database& db, std::vector<journal::Entry>& rows) {
    store::Transaction transaction(db);
    store::IndexesAside aside(db);
    add_all(db, rows);
    ASSERT_FALSE(aside.rebuild());
    transaction.commit();
}

// One row a statement, as imports wrote before: a row whose id is taken
// gets AUTOINCREMENT's next.
void write_one_by_one(store::Database& db, std::vector<journal::Entry>& rows) {
    store::Transaction transaction(db);
    store::EntryWriter writer(db);
    for (auto& e : rows) {
        if (e.id == 0 || !writer.try_insert(e)) {
            e.id = 0;
            writer.insert(e);
        }
    }
    transaction.commit();
}

} // namespace

TEST(BulkWriter, GivesTheIdsAutoincrementWouldAfterTheHighestEverGiven) {
    auto db = store::open_memory_journal();
    for (int i = 0; i < 7; ++i) {
        test::add(db, test::make("2026-10-01", 1));
    }
    db.exec("DELETE FROM entry");             // empty, but ids up to 7 were given
    const int count = 2 * per_statement + 22; // two full statements and one of 22 rows
    auto rows = entries(count);
    write_in_bulk(db, rows);
    EXPECT_EQ(rows.front().id, 8);
    EXPECT_EQ(rows.back().id, 7 + count);
    EXPECT_EQ(store::find_entry(db, 8)->note, "row 0");
    EXPECT_EQ(store::find_entry(db, 7 + count)->note, fmt::format("row {}", count - 1));
    EXPECT_EQ(store::find_entry(db, 8)->tags, (std::vector<std::string>{"hip", "t000", "work"}));
    EXPECT_EQ(store::find_entry(db, 9)->tags, std::vector<std::string>{});
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry_tag"), (count + 2) / 3 * 3);
    // Sites go in many to a statement too, in every size the tags take.
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry_site"), (count + 4) / 5 * 2);
    EXPECT_EQ(store::find_entry(db, 8)->sites,
              (std::vector<journal::SiteSoreness>{
                  {journal::BodySite::glute_med, journal::Side::both, 3},
                  {journal::BodySite::piriformis, journal::Side::left, 0}}));
    EXPECT_EQ(store::find_entry(db, 13)->sites.at(1).soreness, 5);
    EXPECT_EQ(store::find_entry(db, 9)->sites, std::vector<journal::SiteSoreness>{});
    EXPECT_EQ(scalar(db, "SELECT seq FROM sqlite_sequence WHERE name = 'entry'"), 7 + count);
    EXPECT_EQ(test::add(db, test::make("2026-11-02", 2)), 8 + count);
    EXPECT_EQ(scalar(db, "PRAGMA threads"), 0); // the index builds' helper is gone
}

TEST(BulkWriter, WritesWhatOneRowAStatementWouldEvenWhenIdsClash) {
    const int p = per_statement;
    auto wanted = entries(3 * p);
    wanted[3].id = 10;       // kept
    wanted[5].id = 10;       // taken in the same statement: gives way
    wanted[p + 6].id = 5000; // kept, above the others, in the second statement
    wanted[p + 7].id = 4000; // kept, below the one before
    // The id after 5000 goes to row p + 8; a row of the third statement
    // wants it as well.
    wanted[2 * p + 1].id = 5001;
    auto bulk_rows = wanted;
    auto one_rows = wanted;
    auto bulk = store::open_memory_journal();
    auto one = store::open_memory_journal();
    write_in_bulk(bulk, bulk_rows);
    write_one_by_one(one, one_rows);
    EXPECT_EQ(contents(bulk), contents(one));
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        EXPECT_EQ(bulk_rows[i].id, one_rows[i].id) << "row " << i;
    }
    EXPECT_EQ(bulk_rows[3].id, 10);
    EXPECT_NE(bulk_rows[5].id, 10);
    EXPECT_EQ(bulk_rows[p + 6].id, 5000);
    EXPECT_EQ(bulk_rows[p + 8].id, 5001);
    EXPECT_NE(bulk_rows[2 * p + 1].id, 5001);
    EXPECT_EQ(scalar(bulk, "SELECT count(*) FROM entry"), 3 * p);
}

TEST(BulkWriter, AValueTheSchemaRefusesStillStopsTheWrite) {
    auto db = store::open_memory_journal();
    auto rows = entries(3);
    rows[1].soreness = 11; // past journal::validate, as a bug would be
    EXPECT_THROW(write_in_bulk(db, rows), Error);
    EXPECT_EQ(store::count_entries(db), 0);
}

TEST(BulkWriter, AnErrorThatIsNotAClashStopsTheWriteAndTheTransactionUndoesIt) {
    auto db = store::open_memory_journal();
    auto indexes = scalar(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'");
    // No room past the empty journal's pages, as on a full disk: the
    // indexes set aside leave a few free, fewer than a statement's rows need.
    auto pages = scalar(db, "PRAGMA page_count");
    db.exec(fmt::format("PRAGMA max_page_count = {}", pages).c_str());
    auto rows = entries(3 * per_statement);
    {
        store::Transaction transaction(db);
        store::IndexesAside aside(db);
        store::BulkWriter writer(db);
        for (auto& e : rows) {
            writer.add(e);
        }
        try {
            writer.flush();
            FAIL() << "no error";
        } catch (const store::SqliteError& e) {
            EXPECT_EQ(e.code(), store::SqliteError::Code::full) << e.what();
        }
        EXPECT_EQ(store::count_entries(db), 0);
        // The failed flush forgot its rows: with room now, a flush writes none.
        db.exec("PRAGMA max_page_count = 1000000");
        writer.flush();
        EXPECT_EQ(store::count_entries(db), 0);
    }
    EXPECT_EQ(store::count_entries(db), 0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry_tag"), 0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"), indexes);
}

TEST(BulkWriter, AUuidGivenTwiceIsFoundAsTheIndexesAreBuiltAgain) {
    auto db = store::open_memory_journal();
    auto rows = entries(5);
    rows[3].uuid = rows[1].uuid;
    store::Transaction transaction(db);
    store::IndexesAside aside(db);
    add_all(db, rows);
    EXPECT_EQ(aside.rebuild(), rows[1].uuid);
    EXPECT_EQ(scalar(db, "PRAGMA threads"), 0); // reset on this way out too
}
