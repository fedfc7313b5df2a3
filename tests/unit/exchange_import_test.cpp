#include "exchange/csv_reader.hpp"
#include "exchange/import.hpp"
#include "exchange/json_reader.hpp"
#include "store/entries.hpp"
#include "store/journal_file.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <sstream>

using namespace sore;
using namespace sore::exchange;
using sore::test::contains;
using sore::test::day;
using sore::test::usage_error;

namespace {

const auto today = day(2026, 11, 28);

std::vector<Record> read_csv(const std::string& text) {
    std::istringstream in(text);
    CsvReader reader(in);
    std::vector<Record> rows;
    while (auto row = reader.next()) {
        rows.push_back(*row);
    }
    return rows;
}

std::vector<Record> read_json(std::istream& in) {
    std::vector<Record> rows;
    JsonReader(in).read([&](const Record& row) { rows.push_back(row); });
    return rows;
}

ImportCounts import_text(store::Database& db, const std::string& text, ImportSettings s = {}) {
    std::istringstream in(text);
    return import_entries(db, in, today, s, {});
}

const std::string uuid_a = "00000000-0000-4000-8000-00000000000a";

} // namespace

TEST(CsvReader, QuotedCommasQuotesAndLineBreaksWithTheLineEachRowStartsOn) {
    auto rows = read_csv("date,soreness,note\r\n"
                         "2026-11-01,3,\"a, \"\"b\"\"\r\nsecond line\"\r\n"
                         "2026-11-02,4,plain\r\n");
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].where, "line 2");
    EXPECT_EQ(rows[0][Column::note], "a, \"b\"\r\nsecond line");
    EXPECT_EQ(rows[1].where, "line 4");
    EXPECT_EQ(rows[1][Column::date], "2026-11-02");
    EXPECT_FALSE(rows[1][Column::uuid]); // no such column
}

TEST(CsvReader, BomLfAnyOrderAnyCaseAndSpacesKept) {
    auto rows = read_csv("\xEF\xBB\xBFSoreness,DATE,note\n4,2026-11-01,  two spaces  \n");
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0][Column::soreness], "4");
    EXPECT_EQ(rows[0][Column::date], "2026-11-01");
    EXPECT_EQ(rows[0][Column::note], "  two spaces  ");
}

TEST(CsvReader, LastRowWithoutLineEndAndBlankLinesBetween) {
    auto rows = read_csv("date,soreness\n2026-11-01,1\n\n2026-11-02,2");
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[1].where, "line 4");
    EXPECT_EQ(rows[1][Column::soreness], "2");
}

TEST(CsvReader, UndoesNeutralisingInTextColumnsOnly) {
    auto rows = read_csv("date,soreness,note,tags,time\n2026-11-01,1,'=x,'@home;b,'-1\n");
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0][Column::note], "=x");
    EXPECT_EQ(rows[0][Column::tags], "@home;b");
    EXPECT_EQ(rows[0][Column::time], "'-1"); // not text: left for the parser to refuse
}

TEST(CsvReader, HeaderAndShapeErrorsSayWhere) {
    EXPECT_EQ(usage_error([] { read_csv(""); }),
              "is empty; expected a CSV or JSON file made by 'sore export'");
    EXPECT_TRUE(contains(usage_error([] { read_csv("date,soreness,mood\n"); }),
                         "line 1: the column 'mood' is not one sore knows"));
    EXPECT_TRUE(contains(usage_error([] { read_csv("date,soreness,Date\n"); }),
                         "line 1: the column 'Date' appears twice"));
    EXPECT_TRUE(contains(usage_error([] { read_csv("date,note\n"); }),
                         "line 1: there is no soreness column"));
    EXPECT_TRUE(contains(usage_error([] { read_csv("date,soreness\n2026-11-01,1,2\n"); }),
                         "line 2: 3 cells where the header has 2"));
    EXPECT_TRUE(contains(usage_error([] { read_csv("date,soreness\n\n2026-11-01\n"); }),
                         "line 3: 1 cell where the header has 2"));
    // An unclosed quote swallows the rest of the file: named by the row it opens in.
    EXPECT_EQ(usage_error([] { read_csv("date,soreness\n2026-11-01,\"1\n2026-11-02,3\n"); }),
              "line 2: a quoted field in the row that starts here is never closed; expected a "
              "closing quote");
    EXPECT_TRUE(contains(usage_error([] { read_csv("date,soreness\n2026-11-01,\"1\"x\n"); }),
                         "line 2: a quote is out of place"));
    EXPECT_TRUE(
        contains(usage_error([] { read_csv("date,soreness\n2026-11-01,1\n2026-11-02,x\"y\n"); }),
                 "line 3: a quote is out of place"));
}

TEST(JsonReader, ExportAndListShapes) {
    std::istringstream exported(R"({"format": "sore", "version": 1, "entries": [
        {"date": "2026-11-01", "soreness": 3, "injury": true, "tags": ["a", "b"],
         "sitting_min": 450, "note": null}, {"date": "2026-11-02", "soreness": 1}]})");
    auto rows = read_json(exported);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].where, "item 1");
    EXPECT_EQ(rows[0][Column::soreness], "3");
    EXPECT_EQ(rows[0][Column::injury], "1");
    EXPECT_EQ(rows[0][Column::tags], "a;b");
    EXPECT_EQ(rows[0][Column::sitting_min], "450");
    EXPECT_FALSE(rows[0][Column::note]);
    EXPECT_EQ(rows[1].where, "item 2");

    std::istringstream listed(R"([{"date": "2026-11-01", "soreness": 2}])");
    rows = read_json(listed);
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0][Column::soreness], "2");

    // Keys in another order than sore writes them are read all the same.
    std::istringstream reordered(
        R"({"entries": [{"date": "2026-11-01", "soreness": 4}], "version": 1, "format": "sore"})");
    EXPECT_EQ(read_json(reordered).size(), 1U);
}

TEST(JsonReader, RefusesWhatIsNotASoreExport) {
    auto message = [](std::string text) {
        return usage_error([&] {
            std::istringstream in(text);
            read_json(in);
        });
    };
    EXPECT_TRUE(contains(message("{\"format\": "), "is not valid JSON"));
    EXPECT_TRUE(contains(message("{}"), "is JSON but not a sore export"));
    EXPECT_TRUE(contains(message(R"({"format": "sore", "version": 2, "entries": []})"),
                         "is version 2, from a newer sore"));
    EXPECT_TRUE(contains(message(R"({"resourceType": "Bundle"})"), "is a FHIR document"));
    EXPECT_TRUE(contains(message(R"({"format": "sore", "version": 1})"), "has no \"entries\""));
    EXPECT_TRUE(contains(message(R"({"format": "sore", "version": 1, "entries": {}})"),
                         "has no \"entries\""));
    EXPECT_TRUE(contains(message(R"({"format": "sore", "entries": []})"), "has no version"));
    EXPECT_TRUE(contains(message(R"({"format": "other", "version": 1, "entries": []})"),
                         "is JSON but not a sore export"));
    EXPECT_TRUE(contains(message("42"), "is JSON but not a sore export"));
    EXPECT_TRUE(contains(message(R"([{"date": "2026-11-01", "mood": 3}])"),
                         "item 1: the field 'mood' is not one sore knows"));
    EXPECT_TRUE(contains(message(R"([1])"), "item 1: is a number"));
    EXPECT_TRUE(contains(message(R"([{"soreness": [3]}])"), "item 1: soreness is an array"));
    EXPECT_TRUE(contains(message(R"([{"tags": ["a;b"]}])"), "tags 'a;b'"));
    // true and false are only for the two markers, never a number.
    EXPECT_TRUE(contains(message(R"([{"soreness": true}])"),
                         "item 1: soreness is a boolean; expected a whole number or null"));
    EXPECT_TRUE(contains(message(R"([{"pressure": false}])"), "item 1: pressure is a boolean"));
    EXPECT_TRUE(contains(message(R"([{"note": {}}])"), "item 1: note is an object"));
}

TEST(Import, AddsThenFindsTheSameEntriesByUuid) {
    auto db = store::open_memory_journal();
    std::string file = "uuid,date,soreness,note\n" + uuid_a + ",2026-11-01,3,first\n";
    auto first = import_text(db, file);
    EXPECT_EQ(first.rows, 1);
    EXPECT_EQ(first.added, 1);
    EXPECT_TRUE(first.written);
    auto second = import_text(db, file);
    EXPECT_EQ(second.added, 0);
    EXPECT_EQ(second.same, 1);
    EXPECT_EQ(store::count_entries(db), 1);
}

TEST(Import, OneBadRowAndNothingIsWritten) {
    auto db = store::open_memory_journal();
    auto message = usage_error(
        [&] { import_text(db, "date,soreness\n2026-11-01,3\n2026-11-02,4\n2026-11-03,11\n"); });
    EXPECT_TRUE(contains(message, "line 4: soreness '11' is out of range")) << message;
    EXPECT_EQ(store::count_entries(db), 0);
}

TEST(Import, ConflictsRollBackUnlessReplaceIsGiven) {
    auto db = store::open_memory_journal();
    import_text(db, "uuid,date,soreness\n" + uuid_a + ",2026-11-01,3\n");
    std::string changed = "uuid,date,soreness,note\n" + uuid_a + ",2026-11-01,5,later\n";
    auto refused = import_text(db, changed);
    EXPECT_EQ(refused.conflicts, 1);
    EXPECT_EQ(refused.first_conflict, "line 2: entry 1 here has soreness 3, the file 5");
    EXPECT_FALSE(refused.written);
    EXPECT_EQ(store::find_entry(db, 1)->soreness, 3);

    auto dry = import_text(db, changed, {true, true});
    EXPECT_FALSE(dry.written);
    EXPECT_EQ(store::find_entry(db, 1)->soreness, 3);

    auto replaced = import_text(db, changed, {false, true});
    EXPECT_TRUE(replaced.written);
    auto entry = store::find_entry(db, 1);
    EXPECT_EQ(entry->soreness, 5);
    EXPECT_EQ(entry->note, "later");
    EXPECT_EQ(store::count_entries(db), 1);
}

TEST(Import, TheSameUuidTwiceInOneFileIsRefusedEvenWithTheSameValues) {
    auto db = store::open_memory_journal();
    for (const char* second : {",2026-11-01,3\n", ",2026-11-01,5\n"}) {
        for (ImportSettings s :
             {ImportSettings{}, ImportSettings{true, false}, ImportSettings{false, true}}) {
            auto message = usage_error([&] {
                import_text(
                    db, "uuid,date,soreness\n" + uuid_a + ",2026-11-01,3\n" + uuid_a + second, s);
            });
            // A dry run checks row by row; a write into an empty journal finds
            // it when the uuid index is built at the end.
            EXPECT_EQ(message, s.dry_run ? "line 3: uuid '" + uuid_a +
                                               "' is earlier in the file as well; expected each "
                                               "entry once in a file"
                                         : "has uuid '" + uuid_a +
                                               "' more than once; expected each entry once in a "
                                               "file");
        }
    }
    EXPECT_EQ(store::count_entries(db), 0);
    // The indexes set aside for the import are back after its rollback.
    store::Statement indexes(db, "SELECT group_concat(name, ' ') FROM (SELECT name FROM "
                                 "sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                 "ORDER BY name)");
    ASSERT_TRUE(indexes.step());
    EXPECT_EQ(indexes.get_text(0),
              "change_entry_by_entry entry_by_date entry_by_uuid entry_site_by_site "
              "entry_tag_by_tag");
}

TEST(Import, ARestoreBuildsTheIndexesAgain) {
    auto db = store::open_memory_journal();
    auto counts = import_text(db, "id,uuid,date,soreness,tags\n"
                                  "5," +
                                      uuid_a +
                                      ",2026-11-02,3,hip;work\n"
                                      "5,,2026-11-01,4,\n");
    EXPECT_EQ(counts.added, 2);
    store::Statement indexes(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                 "sql IS NOT NULL");
    ASSERT_TRUE(indexes.step());
    EXPECT_EQ(indexes.get_int(0), 5); // the history's one among them
    // The first row keeps its id; the second, whose id is taken, gets the next.
    EXPECT_EQ(store::find_entry(db, 5)->tags, (std::vector<std::string>{"hip", "work"}));
    EXPECT_EQ(store::find_entry(db, 6)->soreness, 4);
    store::Statement by_uuid(db, "SELECT id FROM entry INDEXED BY entry_by_uuid WHERE uuid = ?1");
    by_uuid.bind(1, uuid_a);
    ASSERT_TRUE(by_uuid.step());
    EXPECT_EQ(by_uuid.get_int(0), 5);
}

TEST(Import, TheSameUuidTwiceIntoAJournalInUseIsRefusedWithItsLine) {
    auto db = store::open_memory_journal();
    import_text(db, "date,soreness\n2026-10-01,2\n");
    for (const char* second : {",2026-11-01,3\n", ",2026-11-01,5\n"}) {
        for (ImportSettings s : {ImportSettings{}, ImportSettings{false, true}}) {
            auto message = usage_error([&] {
                import_text(
                    db, "uuid,date,soreness\n" + uuid_a + ",2026-11-01,3\n" + uuid_a + second, s);
            });
            EXPECT_EQ(message, "line 3: uuid '" + uuid_a +
                                   "' is earlier in the file as well; expected each entry once "
                                   "in a file");
        }
    }
    EXPECT_EQ(store::count_entries(db), 1);
}

TEST(Import, ADryRunNeverTakesTheWriteLock) {
    test::TempDir dir;
    auto path = dir.file("journal.db");
    auto db = store::open_journal(path, store::Access::write);
    auto other = store::open_journal(path, store::Access::write);
    store::Transaction held(other); // another process writing meanwhile
    auto counts =
        import_text(db, "uuid,date,soreness\n" + uuid_a + ",2026-11-01,3\n", {true, false});
    EXPECT_EQ(counts.added, 1);
    EXPECT_FALSE(counts.written);
}

TEST(Import, KeepsIdsOnlyInAJournalThatNeverHeldAnEntry) {
    auto fresh = store::open_memory_journal();
    import_text(fresh, "id,date,soreness\n5,2026-11-01,3\n2,2026-11-02,4\n,2026-11-03,1\n");
    EXPECT_EQ(store::find_entry(fresh, 5)->soreness, 3);
    EXPECT_EQ(store::find_entry(fresh, 2)->soreness, 4);
    EXPECT_EQ(store::find_entry(fresh, 6)->soreness, 1); // after the highest

    auto used = store::open_memory_journal();
    auto e = test::make("2026-10-01", 2);
    store::insert_entry(used, e);
    store::remove_entry(used, e.id); // empty now, but id 1 was given once
    import_text(used, "id,date,soreness\n1,2026-11-01,3\n");
    EXPECT_FALSE(store::find_entry(used, 1));
    EXPECT_EQ(store::find_entry(used, 2)->soreness, 3);
}

TEST(Import, JsonAndCsvMakeTheSameEntry) {
    auto from_csv = store::open_memory_journal();
    auto from_json = store::open_memory_journal();
    import_text(from_csv, "uuid,date,time,soreness,sitting_hours,pressure,tags,injury\n" + uuid_a +
                              ",2026-11-01,08:30,3,7.5,2,b;a,1\n");
    import_text(from_json,
                R"({"format":"sore","version":1,"entries":[{"uuid":")" + uuid_a +
                    R"(","date":"2026-11-01","time":"08:30","soreness":3,)"
                    R"("sitting_min":450,"pressure":2,"tags":["a","b"],"injury":true}]})");
    auto a = store::find_entry(from_csv, 1);
    auto b = store::find_entry(from_json, 1);
    ASSERT_TRUE(a && b);
    EXPECT_TRUE(journal::same_values(*a, *b));
    EXPECT_EQ(a->uuid, b->uuid);
    EXPECT_EQ(a->sitting_min, 450);
}

// Rows are read and checked on a second thread; what goes wrong first in
// the file is still what is reported, however the rows fall into batches.
TEST(Import, TheFirstProblemInTheFileIsTheOneReported) {
    auto db = store::open_memory_journal();
    import_text(db, "date,soreness\n2026-10-01,2\n"); // in use: rows are checked one by one
    std::string rows = "uuid,date,soreness\n";
    for (int i = 0; i < 600; ++i) {
        rows += ",2026-11-01,3\n";
    }
    // line 602 gives uuid_a, line 603 again (found by the writer), line 604
    // has a bad value (found by the reader, which is ahead).
    auto text = rows + uuid_a + ",2026-11-01,3\n" + uuid_a + ",2026-11-01,3\n,2026-11-01,11\n";
    EXPECT_EQ(usage_error([&] { import_text(db, text); }),
              "line 603: uuid '" + uuid_a +
                  "' is earlier in the file as well; expected each entry once in a file");
    EXPECT_EQ(store::count_entries(db), 1);

    auto bad_late = rows + ",2026-11-01,11\n";
    auto message = usage_error([&] { import_text(db, bad_late); });
    EXPECT_EQ(message.rfind("line 602: soreness '11'", 0), 0u) << message;
    EXPECT_EQ(store::count_entries(db), 1);
}

TEST(Import, ManyRowsArriveInOrderAndAreCountedOnce) {
    auto db = store::open_memory_journal();
    std::string text = "date,soreness,note\n";
    for (int i = 0; i < 2000; ++i) {
        text += "2026-11-01," + std::to_string(i % 11) + ",row " + std::to_string(i) + "\n";
    }
    auto counts = import_text(db, text);
    EXPECT_EQ(counts.rows, 2000);
    EXPECT_EQ(counts.added, 2000);
    EXPECT_EQ(store::count_entries(db), 2000);
    // Ids follow the file's order.
    EXPECT_EQ(store::find_entry(db, 1)->note, "row 0");
    EXPECT_EQ(store::find_entry(db, 1234)->note, "row 1233");
    EXPECT_EQ(store::find_entry(db, 2000)->soreness, 1999 % 11);
}

TEST(Import, AnEarlyProblemStopsTheReadingThatIsAhead) {
    auto db = store::open_memory_journal();
    import_text(db, "date,soreness\n2026-10-01,2\n");
    std::string text =
        "uuid,date,soreness\n" + uuid_a + ",2026-11-01,3\n" + uuid_a + ",2026-11-01,4\n";
    for (int i = 0; i < 20000; ++i) { // far more than the reader may hold ahead
        text += ",2026-11-01,3\n";
    }
    EXPECT_EQ(usage_error([&] { import_text(db, text); }),
              "line 3: uuid '" + uuid_a +
                  "' is earlier in the file as well; expected each entry once in a file");
    EXPECT_EQ(store::count_entries(db), 1);
}
