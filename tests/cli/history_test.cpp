// The journal's history (schema level 3) through the whole program: every
// log, edit, rm and import undone one by one back to an empty journal, each
// undo giving back exactly the export taken at that step on the way forward
// (ids, uuids and timestamps too), then all redone; a history altered
// outside sore failing `sore check` and stopping undo; an import of 1000
// rows as one change; a level-2 journal upgraded with a first change; an
// entry changed outside sore; `sore history` as text and JSON, for the
// journal and for one entry; dry runs, the question on a terminal, backups
// and exports. Today is Friday 2026-11-27 in Europe/Berlin (see runner.cpp).
// SIGKILL during undo and redo: stress/crash_history_test.cpp.

#include "exchange.hpp"

#include <cctype>
#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <set>
#include <thread>

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::keys_of;
using sore::testing::list_json;
using sore::testing::listed_ids;
using sore::testing::log_entry;
using sore::testing::query;
using sore::testing::read_file;
using sore::testing::report_json;
using sore::testing::Result;
using sore::testing::Sandbox;
using sore::testing::test_data_dir;
using sore::testing::write_file;
using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

namespace fs = std::filesystem;

using namespace sore::testing::exchange;

namespace {

std::string export_of(const Sandbox& box) {
    return ok(box, {"export", "--format", "json"});
}

// `sore history [extra] --format json`, parsed.
json history_of(const Sandbox& box, std::vector<std::string> extra = {}) {
    extra.insert(extra.begin(), "history");
    return report_json(box, extra);
}

// The ids of the changes in a `sore history --format json`, as listed.
std::vector<long long> change_ids(const json& history) {
    std::vector<long long> ids;
    for (const auto& c : history["changes"]) {
        ids.push_back(c["change"].get<long long>());
    }
    return ids;
}

// "2026-12-06 07:51": a local time as sore shows when a change was made.
bool is_local_time(std::string_view text) {
    if (text.size() != 16) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool ok = i == 4 || i == 7 ? c == '-'
                  : i == 10        ? c == ' '
                  : i == 13        ? c == ':'
                                   : std::isdigit(static_cast<unsigned char>(c)) != 0;
        if (!ok) {
            return false;
        }
    }
    return true;
}

// The run succeeded, said nothing on stderr and printed exactly
// `VERB "COMMAND" (YYYY-MM-DD HH:MM): WHAT.`
::testing::AssertionResult said(const Result& r, const std::string& verb,
                                const std::string& command, const std::string& what) {
    auto head = verb + " \"" + command + "\" (";
    auto tail = "): " + what + ".\n";
    bool shape = r.out.starts_with(head) && r.out.ends_with(tail) &&
                 r.out.size() == head.size() + 16 + tail.size() &&
                 is_local_time(std::string_view(r.out).substr(head.size(), 16));
    if (r.status != 0 || !r.err.empty() || !shape) {
        return ::testing::AssertionFailure()
               << "expected status 0 and: " << head << "YYYY-MM-DD HH:MM" << tail
               << "  status: " << r.status << "\n  stdout: " << r.out << "\n  stderr: " << r.err;
    }
    return ::testing::AssertionSuccess();
}

std::int64_t count(const Sandbox& box, const std::string& sql) {
    return std::stoll(query(box.db(), sql).at(0));
}

// A journal at schema level 2, as sore before the history wrote it, with
// two entries (the first tagged hip).
void build_level_2(const Sandbox& box) {
    auto schema = test_data_dir() / ".." / ".." / "schema";
    auto init = read_file(schema / "001_init.sql");
    auto fast = read_file(schema / "002_fast_checks.sql");
    ASSERT_FALSE(init.empty());
    ASSERT_FALSE(fast.empty());
    query(box.db(), init);
    query(box.db(), fast);
    query(box.db(), "PRAGMA user_version = 2; PRAGMA application_id = 1936683621; "
                    "PRAGMA journal_mode = WAL");
    query(box.db(), R"(
        INSERT INTO entry (uuid, date, soreness, technique, note, created_at, updated_at)
        VALUES ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '2026-11-01', 4, 'swedish', 'old one',
                '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z'),
               ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', '2026-11-02', 6, NULL, NULL,
                '2026-11-02T10:00:00Z', '2026-11-02T11:00:00Z');
        INSERT INTO entry_tag VALUES (1, 'hip');)");
}

// ------------------------------------------------- undo and redo, end to end

TEST(HistoryUndo, EveryStepUndoneBackToAnEmptyJournalAndRedoneAgain) {
    Sandbox box;
    std::vector<std::string> exports{export_of(box)}; // no journal yet
    write_file(box.dir() / "in.csv", "date,soreness,note\n2026-11-01,2,imported one\n"
                                     "2026-11-02,4,imported two\n2026-11-03,0,\n");

    struct Step {
        std::vector<std::string> args;
        std::string command; // as undo and redo name it
        std::string undone;  // what undo says it did
        std::string redone;  // what redo says it did
    };
    std::vector<Step> steps = {
        {{"log", "2026-11-20", "--soreness", "3", "--time", "08:15", "--pressure", "firm",
          "--technique", "swedish", "--note", "left side", "--tag", "a", "--tag", "b"},
         "log 2026-11-20 --soreness 3 --time 08:15 --pressure firm --technique swedish --note "
         "\"left side\" --tag a --tag b",
         "removed entry 1 (2026-11-20, soreness 3)",
         "restored entry 1 (2026-11-20, soreness 3)"},
        {{"log", "2026-11-21", "--soreness", "5"},
         "log 2026-11-21 --soreness 5",
         "removed entry 2 (2026-11-21, soreness 5)",
         "restored entry 2 (2026-11-21, soreness 5)"},
        {{"edit", "1", "--soreness", "6", "--note", "edited", "--tag", "c", "--untag", "a",
          "--clear", "time"},
         "edit 1 --soreness 6 --note edited --tag c --untag a --clear time",
         "put back entry 1 (2026-11-20, soreness 3)",
         "put back entry 1 (2026-11-20, soreness 6)"},
        {{"rm", "2", "--yes"},
         "rm 2 --yes",
         "restored entry 2 (2026-11-21, soreness 5)",
         "removed entry 2 (2026-11-21, soreness 5)"},
        {{"import", "in.csv"},
         "import in.csv",
         "removed the 3 entries imported from in.csv",
         "restored entry 3 (2026-11-01, soreness 2), restored entry 4 (2026-11-02, soreness 4), "
         "restored entry 5 (2026-11-03, soreness 0)"},
        {{"import", "rep.json", "--replace"},
         "import rep.json --replace",
         "removed the 1 entry imported from rep.json, put back entry 1 (2026-11-20, soreness 6)",
         "put back entry 1 (2026-11-20, soreness 8), restored entry 6 (2026-11-05, soreness 1)"},
    };

    for (std::size_t i = 0; i < steps.size(); ++i) {
        SCOPED_TRACE(steps[i].command);
        if (i == 2) {
            // The edit's updated_at differs from the log's by a second at
            // least, so an undo that wrote a new one would show.
            std::this_thread::sleep_for(std::chrono::milliseconds(1100));
        }
        if (i == 5) {
            // Entry 1 with other values (same uuid) and one new entry.
            auto entry = json::parse(exports.back())["entries"];
            std::string uuid;
            for (const auto& e : entry) {
                if (e["id"] == 1) {
                    uuid = e["uuid"];
                }
            }
            ASSERT_EQ(uuid.size(), 36u);
            json file = {{"format", "sore"},
                         {"version", 1},
                         {"entries",
                          {{{"uuid", uuid},
                            {"date", "2026-11-20"},
                            {"soreness", 8},
                            {"note", "from the file"},
                            {"tags", {"z"}}},
                           {{"date", "2026-11-05"}, {"soreness", 1}}}}};
            write_file(box.dir() / "rep.json", file.dump(2));
        }
        auto r = box.run(steps[i].args);
        ASSERT_EQ(r.status, 0) << r.err;
        exports.push_back(export_of(box));
        ASSERT_NE(exports.back(), exports[exports.size() - 2]) << "the step changed nothing";
    }
    // What the forward exports hold, so that equal exports below mean much.
    auto entries_at = [&](std::size_t step) {
        return json::parse(exports[step])["entries"];
    };
    ASSERT_EQ(entries_at(6).size(), 5u);
    auto first_at = [&](std::size_t step) {
        for (const auto& e : entries_at(step)) {
            if (e["id"] == 1) {
                return e;
            }
        }
        return json();
    };
    EXPECT_EQ(first_at(1)["time"], "08:15");
    EXPECT_EQ(first_at(1)["tags"], json({"a", "b"}));
    EXPECT_EQ(first_at(3)["tags"], json({"b", "c"}));
    EXPECT_NE(first_at(1)["updated_at"], first_at(3)["updated_at"]) << "the edit's timestamp";
    EXPECT_EQ(first_at(1)["created_at"], first_at(3)["created_at"]);
    EXPECT_EQ(first_at(6)["soreness"], 8);
    EXPECT_EQ(first_at(6)["note"], "from the file");

    // Undo them one by one: each gives back the export before its step.
    for (std::size_t i = steps.size(); i-- > 0;) {
        SCOPED_TRACE("undo " + steps[i].command);
        auto r = box.run({"undo", "--yes"});
        ASSERT_TRUE(said(r, "Undid", steps[i].command, steps[i].undone));
        EXPECT_EQ(export_of(box), exports[i]);
    }
    EXPECT_EQ(list_json(box), json::array());
    EXPECT_TRUE(fails_with(
        box.run({"undo", "--yes"}), 1,
        {"nothing to undo", "the history starts at", "(history starts here, 0 entries)"}));
    EXPECT_EQ(export_of(box), exports[0]);

    // Redo them all: each gives back the export after its step.
    for (std::size_t i = 0; i < steps.size(); ++i) {
        SCOPED_TRACE("redo " + steps[i].command);
        auto r = box.run({"redo"});
        ASSERT_TRUE(said(r, "Redid", steps[i].command, steps[i].redone));
        EXPECT_EQ(export_of(box), exports[i + 1]);
    }
    EXPECT_TRUE(fails_with(box.run({"redo"}), 1, {"nothing to redo"}));
    EXPECT_EQ(export_of(box), exports.back());

    // 1 start, 6 steps, 6 undos, 6 redos; each chained to the one before.
    auto check = box.run({"check"});
    EXPECT_EQ(check.status, 0) << check.err;
    EXPECT_TRUE(contains(check.out, "history       19 changes, each matching the one before\n"))
        << check.out;
    auto history = history_of(box);
    ASSERT_EQ(history["changes"].size(), 19u);
    std::vector<std::string> kinds;
    for (const auto& c : history["changes"]) {
        kinds.push_back(c["kind"]);
        EXPECT_EQ(c["undone"], false) << c["change"] << ": every undo was redone";
    }
    EXPECT_EQ(kinds,
              (std::vector<std::string>{"redo", "redo", "redo", "redo", "redo", "redo", "undo",
                                        "undo", "undo", "undo", "undo", "undo", "import", "import",
                                        "rm", "edit", "log", "log", "start"}));
    // Undo works on from there: the newest change in effect is the last redo.
    EXPECT_EQ(history["changes"][0]["next_undo"], true);
    EXPECT_TRUE(said(box.run({"undo", "--yes"}), "Undid", "import rep.json --replace",
                     "put back entry 1 (2026-11-20, soreness 6), removed entry 6 (2026-11-05, "
                     "soreness 1)"))
        << "an undo of a redo names the change first done";
    EXPECT_EQ(export_of(box), exports[5]);
}

TEST(HistoryRedo, ANewChangeEndsWhatCanBeRedone) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "3"});
    log_entry(box, {"2026-11-21", "--soreness", "4"});
    log_entry(box, {"2026-11-22", "--soreness", "5"});
    auto three = export_of(box);
    ASSERT_EQ(box.run({"undo", "--yes"}).status, 0);
    ASSERT_EQ(box.run({"undo", "--yes"}).status, 0);
    EXPECT_EQ(listed_ids(box), std::vector<long long>{1});
    // Redo puts back the newest undone first.
    EXPECT_TRUE(said(box.run({"redo"}), "Redid", "log 2026-11-21 --soreness 4",
                     "restored entry 2 (2026-11-21, soreness 4)"));
    EXPECT_TRUE(said(box.run({"redo", "--dry-run"}), "Would redo", "log 2026-11-22 --soreness 5",
                     "restored entry 3 (2026-11-22, soreness 5)"));
    ASSERT_EQ(box.run({"undo", "--yes"}).status, 0);
    EXPECT_EQ(listed_ids(box), std::vector<long long>{1});

    log_entry(box, {"2026-11-23", "--soreness", "6"});
    EXPECT_TRUE(fails_with(box.run({"redo"}), 1, {"nothing to redo", "no undo since"}));
    EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 4}));
    EXPECT_TRUE(said(box.run({"undo", "--yes"}), "Undid", "log 2026-11-23 --soreness 6",
                     "removed entry 4 (2026-11-23, soreness 6)"));
    EXPECT_TRUE(said(box.run({"undo", "--yes"}), "Undid", "log 2026-11-20 --soreness 3",
                     "removed entry 1 (2026-11-20, soreness 3)"));
    EXPECT_TRUE(fails_with(box.run({"undo", "--yes"}), 1, {"nothing to undo"}));
    // Both undos since the log can be redone, the newest first.
    EXPECT_TRUE(said(box.run({"redo"}), "Redid", "log 2026-11-20 --soreness 3",
                     "restored entry 1 (2026-11-20, soreness 3)"));
    EXPECT_TRUE(said(box.run({"redo"}), "Redid", "log 2026-11-23 --soreness 6",
                     "restored entry 4 (2026-11-23, soreness 6)"));
    EXPECT_TRUE(fails_with(box.run({"redo"}), 1, {"nothing to redo"}));
    EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 4}));
    EXPECT_NE(export_of(box), three);
}

// --------------------------------------------------- a history changed outside

TEST(HistoryCheck, AHistoryChangedOutsideSoreFailsCheckAndStopsUndoAndRedo) {
    Sandbox source;
    log_entry(source, {"2026-11-20", "--soreness", "3"});
    log_entry(source, {"2026-11-21", "--soreness", "4"});
    log_entry(source, {"2026-11-22", "--soreness", "5"});
    ASSERT_EQ(source.run({"edit", "1", "--soreness", "9"}).status, 0);
    ASSERT_EQ(source.run({"undo", "--yes"}).status, 0);
    // Changes: 1 start, 2 to 4 the logs, 5 the edit, 6 its undo.
    auto sound = source.run({"check"});
    ASSERT_EQ(sound.status, 0) << sound.err;
    ASSERT_TRUE(contains(sound.out, "history       6 changes, each matching the one before\n"))
        << sound.out;

    struct Tamper {
        const char* name;
        std::string sql;
        std::vector<std::string> check_out; // in what `sore check` prints
        std::string check_err;              // in its error line
        std::string from;                   // undo refuses "from change N on"
    };
    const std::vector<Tamper> cases = {
        {"a summary altered",
         "UPDATE change SET summary = 'x' WHERE id = 3",
         {"history       change 3 does not match: it no longer matches what was recorded"},
         "change 3 is the first that no longer matches",
         "change 3"},
        {"an entry's value after a change altered",
         "UPDATE change_entry SET after = replace(after, '\"soreness\":9', '\"soreness\":7') "
         "WHERE change_id = 5",
         {"history       change 5 does not match"},
         "change 5 is the first that no longer matches",
         "change 5"},
        {"a change's time altered",
         "UPDATE change SET at = '2026-01-01T00:00:00Z' WHERE id = 6",
         {"history       change 6 does not match"},
         "change 6 is the first that no longer matches",
         "change 6"},
        {"the first change removed",
         "DELETE FROM change WHERE id = 1",
         {"history       change 2 does not match: change 1 is missing before it"},
         "change 2 is the first that no longer matches",
         "change 2"},
        // Its steps stay behind, and the foreign key check sees them first.
        {"a change with steps removed",
         "DELETE FROM change WHERE id = 2",
         {"of change_entry refers to a missing row of change"},
         "failed its check",
         "change 3"},
        {"a change inserted at the end",
         "INSERT INTO change (id, at, kind, command, summary, hash) VALUES (7, "
         "'2026-11-27T10:00:00Z', 'log', '[]', 'forged', printf('%064d', 7))",
         {"history       change 7 does not match"},
         "change 7 is the first that no longer matches",
         "change 7"},
        {"a step added to a change",
         "INSERT INTO change_entry VALUES (3, 1, NULL, NULL)",
         {"history       change 3 does not match"},
         "change 3 is the first that no longer matches",
         "change 3"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        Sandbox box;
        fs::copy_file(source.db(), box.db());
        query(box.db(), c.sql);
        const auto exported = export_of(box);
        const auto bytes = box.db_bytes();

        auto check = box.run({"check"});
        EXPECT_EQ(check.status, 1) << check.out << check.err;
        for (const auto& part : c.check_out) {
            EXPECT_TRUE(contains(check.out, part)) << check.out;
        }
        EXPECT_TRUE(contains(check.err, c.check_err)) << check.err;
        EXPECT_TRUE(check.err.starts_with("sore: error: ")) << check.err;

        EXPECT_TRUE(fails_with(box.run({"undo", "--yes"}), 1,
                               {"does not match itself from " + c.from + " on",
                                "nothing can be undone", "run 'sore check'"}));
        EXPECT_TRUE(fails_with(box.run({"undo", "--dry-run"}), 1, {c.from, "sore check"}));
        EXPECT_TRUE(fails_with(box.run({"redo"}), 1,
                               {"from " + c.from + " on", "nothing can be redone", "sore check"}));
        EXPECT_EQ(export_of(box), exported);
        EXPECT_EQ(box.db_bytes(), bytes);
        // The entries read as they were.
        EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 2, 3}));
    }
}

// ------------------------------------------------------------ a large import

TEST(HistoryImport, AThousandRowsAreOneChangeWithoutACopyOfEachAndOneUndo) {
    Sandbox box;
    std::string csv = "date,soreness,note\n";
    for (int i = 0; i < 1000; ++i) {
        csv += fmt::format("2025-{:02}-{:02},{},row {}\n", 1 + i % 12, 1 + i / 12 % 28, i % 11, i);
    }
    auto r = import_text(box, "big.csv", csv);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, added_line("big.csv", 1000));
    const auto imported = export_of(box);

    EXPECT_EQ(query(box.db(), "SELECT id || ' ' || kind || ' ' || coalesce(added_first, '-') || "
                              "' ' || coalesce(added_last, '-') FROM change ORDER BY id"),
              (std::vector<std::string>{"1 start - -", "2 import 1 1000"}));
    EXPECT_EQ(count(box, "SELECT count(*) FROM change_entry"), 0);
    auto history = history_of(box, {"--last", "1"});
    ASSERT_EQ(history["changes"].size(), 1u);
    const auto& change = history["changes"][0];
    EXPECT_EQ(change["kind"], "import");
    EXPECT_EQ(change["command"], json({"import", "big.csv"}));
    EXPECT_EQ(change["summary"], "imported 1000 entries from big.csv");
    EXPECT_EQ(change["added_ids"], json({{"first", 1}, {"last", 1000}, {"count", 1000}}));
    EXPECT_EQ(change["entries"], json::array());
    EXPECT_EQ(change["next_undo"], true);
    // An entry it added has that import as its one version.
    auto versions = history_of(box, {"500"});
    EXPECT_EQ(versions["entry"], 500);
    EXPECT_EQ(change_ids(versions), std::vector<long long>{2});
    auto text = box.run({"history", "500"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "Entry 500, oldest first:\n")) << text.out;
    EXPECT_TRUE(
        contains(text.out, fmt::format("  {:<22}  added by the import\n", "import big.csv")))
        << text.out;

    EXPECT_TRUE(said(box.run({"undo", "--dry-run"}), "Would undo", "import big.csv",
                     "removed the 1000 entries imported from big.csv"));
    EXPECT_EQ(count(box, "SELECT count(*) FROM entry"), 1000);
    EXPECT_TRUE(said(box.run({"undo", "--yes"}), "Undid", "import big.csv",
                     "removed the 1000 entries imported from big.csv"));
    EXPECT_EQ(count(box, "SELECT count(*) FROM entry"), 0);
    EXPECT_EQ(count(box, "SELECT count(*) FROM entry_tag"), 0);
    EXPECT_TRUE(fails_with(box.run({"undo", "--yes"}), 1, {"nothing to undo"}));
    EXPECT_TRUE(said(box.run({"redo"}), "Redid", "import big.csv", "restored 1000 entries"));
    EXPECT_EQ(export_of(box), imported);
    auto check = box.run({"check"});
    EXPECT_EQ(check.status, 0) << check.err;
    EXPECT_TRUE(contains(check.out, "history       4 changes, each matching")) << check.out;
}

// An import's entries are kept as a range and a count: one deleted outside
// sore stops its undo rather than being passed over.
TEST(HistoryImport, AnImportedEntryDeletedOutsideSoreStopsItsUndo) {
    Sandbox box;
    auto r =
        import_text(box, "three.csv", "date,soreness\n2025-01-01,1\n2025-01-02,2\n2025-01-03,3\n");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(query(box.db(), "SELECT added_count FROM change WHERE kind = 'import'"),
              std::vector<std::string>{"3"});
    query(box.db(), "DELETE FROM entry WHERE id = 2");
    const auto before = box.db_bytes();
    EXPECT_TRUE(fails_with(box.run({"undo", "--yes"}), 1,
                           {"change 2 ('import three.csv') added 3 entries and 2 of them are in "
                            "the journal now",
                            "changed outside sore"}));
    EXPECT_EQ(box.db_bytes(), before);
}

// ------------------------------------------------------------------ upgrade

TEST(HistoryUpgrade, ALevel2JournalGetsAFirstChangeAndKeepsItsEntries) {
    Sandbox box;
    build_level_2(box);
    if (HasFatalFailure()) {
        return;
    }
    const std::string entries_sql =
        "SELECT group_concat(id || ' ' || uuid || ' ' || date || ' ' || soreness || ' ' || "
        "coalesce(technique, '-') || ' ' || coalesce(note, '-') || ' ' || created_at || ' ' || "
        "updated_at, char(10)) FROM (SELECT * FROM entry ORDER BY id)";
    const auto before = query(box.db(), entries_sql);
    ASSERT_EQ(query(box.db(), "PRAGMA user_version"), std::vector<std::string>{"2"});
    ASSERT_EQ(count(box, "SELECT count(*) FROM sqlite_schema WHERE name = 'change'"), 0);

    // Any command upgrades it, a reading one too.
    auto list = list_json(box);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(query(box.db(), "PRAGMA user_version"), std::vector<std::string>{"4"});
    EXPECT_EQ(query(box.db(), entries_sql), before);
    EXPECT_EQ(query(box.db(), "SELECT entry_id || ' ' || tag FROM entry_tag"),
              std::vector<std::string>{"1 hip"});
    EXPECT_EQ(count(box, "SELECT count(*) FROM entry_site"), 0);
    EXPECT_EQ(list[0]["sites"], json::array());
    EXPECT_EQ(list[1]["sites"], json::array());
    EXPECT_EQ(list[0]["note"], "old one");
    EXPECT_EQ(list[1]["updated_at"], "2026-11-02T11:00:00Z");

    auto history = history_of(box);
    ASSERT_EQ(history["changes"].size(), 1u);
    const auto& start = history["changes"][0];
    EXPECT_EQ(start["change"], 1);
    EXPECT_EQ(start["kind"], "start");
    EXPECT_EQ(start["command"], json::array());
    EXPECT_EQ(start["summary"], "history starts here, 2 entries");
    EXPECT_EQ(start["entries"], json::array());
    EXPECT_EQ(start["next_undo"], false);
    EXPECT_TRUE(fails_with(box.run({"undo", "--yes"}), 1,
                           {"nothing to undo", "(history starts here, 2 entries)"}));
    EXPECT_TRUE(fails_with(box.run({"redo"}), 1, {"nothing to redo"}));
    auto check = box.run({"check"});
    EXPECT_EQ(check.status, 0) << check.err;
    EXPECT_TRUE(contains(check.out, "schema level  4\n")) << check.out;
    EXPECT_TRUE(contains(check.out, "history       1 change")) << check.out;

    // What comes after the upgrade is undone, what was before is not.
    ASSERT_EQ(box.run({"edit", "1", "--soreness", "5"}).status, 0);
    EXPECT_TRUE(said(box.run({"undo", "--yes"}), "Undid", "edit 1 --soreness 5",
                     "put back entry 1 (2026-11-01, soreness 4)"));
    EXPECT_EQ(query(box.db(), entries_sql), before);
    EXPECT_TRUE(fails_with(box.run({"undo", "--yes"}), 1, {"nothing to undo"}));
    EXPECT_EQ(listed_ids(box), (std::vector<long long>{1, 2}));
}

// ----------------------------------------------- entries changed outside sore

TEST(HistoryUndo, AnEntryChangedOutsideSoreIsNotUndoneAndTheJournalStays) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "3"});
    log_entry(box, {"2026-11-21", "--soreness", "4"});
    ASSERT_EQ(box.run({"edit", "1", "--soreness", "5", "--note", "n"}).status, 0);
    query(box.db(), "UPDATE entry SET soreness = 9 WHERE id = 1");
    const auto exported = export_of(box);
    const auto bytes = box.db_bytes();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"undo", "--yes"}, {"undo", "--dry-run"}}) {
        EXPECT_TRUE(fails_with(box.run(args), 1,
                               {"entry 1 is not as change 4 ('edit 1 --soreness 5 --note n') "
                                "left it",
                                "changed outside sore"}))
            << args[1];
    }
    EXPECT_EQ(export_of(box), exported);
    EXPECT_EQ(box.db_bytes(), bytes);
    // The history still checks: what changed is an entry, not the history.
    EXPECT_EQ(box.run({"check"}).status, 0);

    // An entry removed outside sore: its log cannot be undone either.
    Sandbox other;
    log_entry(other, {"2026-11-20", "--soreness", "3"});
    log_entry(other, {"2026-11-21", "--soreness", "4"});
    query(other.db(), "DELETE FROM entry WHERE id = 2");
    const auto left = export_of(other);
    EXPECT_TRUE(fails_with(other.run({"undo", "--yes"}), 1,
                           {"entry 2 is not as change 3 ('log 2026-11-21 --soreness 4') left it"}));
    EXPECT_EQ(export_of(other), left);
    EXPECT_EQ(listed_ids(other), std::vector<long long>{1});
}

// --------------------------------------------------------------- sore history

TEST(HistoryList, TextListsNewestFirstAndMarksWhatWasUndone) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "3"});
    log_entry(box, {"2026-11-21", "--soreness", "4"});
    ASSERT_EQ(box.run({"edit", "1", "--soreness", "7"}).status, 0);
    ASSERT_EQ(box.run({"undo", "--yes"}).status, 0);

    auto r = box.run({"history"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    auto rows = sore::testing::lines(r.out);
    ASSERT_EQ(rows.size(), 5u) << r.out;
    // "    5  2026-12-06 07:51  undo --yes              undid change 4: ..."
    // The command cut to 22 columns, then the summary.
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"undo --yes", "undid change 4: put back entry 1 (2026-11-20, soreness 3)"},
        {"edit 1 --soreness 7", "changed entry 1 (2026-11-20, soreness 7) (undone)"},
        {"log 2026-11-21 --sore…", "added entry 2 (2026-11-21, soreness 4)"},
        {"log 2026-11-20 --sore…", "added entry 1 (2026-11-20, soreness 3)"},
        {"start", "history starts here, 0 entries"},
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(rows[i]);
        const auto& row = rows[i];
        auto id = fmt::format("{:>5}  ", 5 - i);
        ASSERT_TRUE(row.starts_with(id));
        EXPECT_TRUE(is_local_time(row.substr(id.size(), 16)));
        EXPECT_EQ(row.substr(id.size() + 16),
                  fmt::format("  {:<22}  {}", expected[i].first, expected[i].second));
    }
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 5);
    EXPECT_FALSE(contains(rows[0], "(undone)"));

    auto last = box.run({"history", "--last", "2"});
    ASSERT_EQ(last.status, 0) << last.err;
    EXPECT_EQ(sore::testing::lines(last.out), (std::vector<std::string>{rows[0], rows[1]}));
    auto more = box.run({"history", "--last", "99"});
    EXPECT_EQ(more.out, r.out);
}

TEST(HistoryList, JsonHasEveryKeyInOrderWithTheEntriesBeforeAndAfter) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "3", "--tag", "hip"});
    log_entry(box, {"2026-11-21", "--soreness", "4"});
    ASSERT_EQ(box.run({"edit", "1", "--soreness", "7", "--note", "sore"}).status, 0);
    ASSERT_EQ(box.run({"undo", "--yes"}).status, 0);

    auto r = box.run({"history", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto ordered = ordered_json::parse(r.out);
    std::vector<std::string> top, keys;
    for (const auto& item : ordered.items()) {
        top.push_back(item.key());
    }
    EXPECT_EQ(top, (std::vector<std::string>{"entry", "changes"}));
    for (const auto& item : ordered["changes"][0].items()) {
        keys.push_back(item.key());
    }
    EXPECT_EQ(keys,
              (std::vector<std::string>{"change", "at", "kind", "command", "summary", "target",
                                        "added_ids", "undone", "next_undo", "entries", "hash"}));

    auto history = json::parse(r.out);
    EXPECT_TRUE(history["entry"].is_null());
    EXPECT_EQ(change_ids(history), (std::vector<long long>{5, 4, 3, 2, 1}));
    std::set<std::string> hashes;
    for (const auto& c : history["changes"]) {
        SCOPED_TRACE(c["change"].dump());
        std::string at = c["at"];
        EXPECT_TRUE(at.size() == 20 && at[10] == 'T' && at.back() == 'Z') << at;
        std::string hash = c["hash"];
        EXPECT_EQ(hash.size(), 64u);
        EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos) << hash;
        hashes.insert(hash);
        EXPECT_EQ(keys_of(c), (std::vector<std::string>{"added_ids", "at", "change", "command",
                                                        "entries", "hash", "kind", "next_undo",
                                                        "summary", "target", "undone"}));
        EXPECT_TRUE(c["added_ids"].is_null());
    }
    EXPECT_EQ(hashes.size(), 5u);

    const auto& undo = history["changes"][0];
    EXPECT_EQ(undo["kind"], "undo");
    EXPECT_EQ(undo["target"], 4);
    EXPECT_EQ(undo["command"], json({"undo", "--yes"}));
    EXPECT_EQ(undo["undone"], false);
    EXPECT_EQ(undo["next_undo"], false);
    const auto& edit = history["changes"][1];
    EXPECT_EQ(edit["kind"], "edit");
    EXPECT_TRUE(edit["target"].is_null());
    EXPECT_EQ(edit["command"], json({"edit", "1", "--soreness", "7", "--note", "sore"}));
    EXPECT_EQ(edit["summary"], "changed entry 1 (2026-11-20, soreness 7)");
    EXPECT_EQ(edit["undone"], true);
    EXPECT_EQ(edit["next_undo"], false);
    ASSERT_EQ(edit["entries"].size(), 1u);
    const auto& step = edit["entries"][0];
    EXPECT_EQ(keys_of(step),
              (std::vector<std::string>{"after", "before", "entry", "fields_changed"}));
    EXPECT_EQ(step["entry"], 1);
    EXPECT_EQ(step["before"]["soreness"], 3);
    EXPECT_TRUE(step["before"]["note"].is_null());
    EXPECT_EQ(step["after"]["soreness"], 7);
    EXPECT_EQ(step["after"]["note"], "sore");
    EXPECT_EQ(step["after"]["tags"], json({"hip"}));
    EXPECT_EQ(step["fields_changed"], json({"note", "soreness"}));
    // The undo's step is the edit's, the other way round.
    ASSERT_EQ(undo["entries"].size(), 1u);
    EXPECT_EQ(undo["entries"][0]["before"], step["after"]);
    EXPECT_EQ(undo["entries"][0]["after"], step["before"]);
    // Before and after are the entry as `sore show --format json` has it.
    EXPECT_EQ(undo["entries"][0]["after"], sore::testing::show_json(box, "1"));
    const auto& log = history["changes"][2];
    EXPECT_EQ(log["kind"], "log");
    EXPECT_EQ(log["next_undo"], true);
    ASSERT_EQ(log["entries"].size(), 1u);
    EXPECT_TRUE(log["entries"][0]["before"].is_null());
    EXPECT_EQ(log["entries"][0]["after"], sore::testing::show_json(box, "2"));
    EXPECT_EQ(log["entries"][0]["fields_changed"], json::array());
    EXPECT_EQ(history["changes"][4]["kind"], "start");

    auto last = history_of(box, {"--last", "2"});
    EXPECT_EQ(change_ids(last), (std::vector<long long>{5, 4}));
    EXPECT_EQ(last["changes"][0], history["changes"][0]);
}

TEST(HistoryEntry, EveryVersionOldestFirstWithTheFieldsChanged) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "3", "--note", "a"});
    log_entry(box, {"2026-11-21", "--soreness", "1"});
    ASSERT_EQ(box.run({"edit", "1", "--soreness", "4", "--note", "b"}).status, 0);
    ASSERT_EQ(box.run({"edit", "2", "--soreness", "2"}).status, 0);
    ASSERT_EQ(box.run({"edit", "1", "--tag", "x"}).status, 0);
    ASSERT_EQ(box.run({"rm", "1", "--yes"}).status, 0);
    ASSERT_EQ(box.run({"undo", "--yes"}).status, 0);
    // Entry 1: logged (2), edited (4, 6), removed (7), restored (8).

    auto r = box.run({"history", "1"});
    ASSERT_EQ(r.status, 0) << r.err;
    auto rows = sore::testing::lines(r.out);
    ASSERT_EQ(rows.size(), 6u) << r.out;
    EXPECT_EQ(rows[0], "Entry 1, oldest first:");
    struct Version {
        long long change;
        std::string command; // cut to 22 columns
        std::string what;
    };
    const std::vector<Version> expected = {
        {2, "log 2026-11-20 --sore…", "added: entry 1 (2026-11-20, soreness 3)"},
        {4, "edit 1 --soreness 4 -…", "changed note and soreness"},
        {6, "edit 1 --tag x", "changed tags"},
        {7, "rm 1 --yes", "removed"},
        {8, "undo --yes", "added: entry 1 (2026-11-20, soreness 4)"},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(rows[i + 1]);
        auto id = fmt::format("{:>5}  ", expected[i].change);
        ASSERT_TRUE(rows[i + 1].starts_with(id));
        EXPECT_TRUE(is_local_time(rows[i + 1].substr(id.size(), 16)));
        EXPECT_EQ(rows[i + 1].substr(id.size() + 16),
                  fmt::format("  {:<22}  {}", expected[i].command, expected[i].what));
    }

    auto history = history_of(box, {"1"});
    EXPECT_EQ(history["entry"], 1);
    EXPECT_EQ(change_ids(history), (std::vector<long long>{2, 4, 6, 7, 8}));
    std::vector<json> fields;
    for (const auto& c : history["changes"]) {
        ASSERT_EQ(c["entries"].size(), 1u) << c;
        EXPECT_EQ(c["entries"][0]["entry"], 1);
        fields.push_back(c["entries"][0]["fields_changed"]);
    }
    EXPECT_EQ(fields, (std::vector<json>{json::array(), json({"note", "soreness"}), json({"tags"}),
                                         json::array(), json::array()}));
    const auto& changes = history["changes"];
    EXPECT_TRUE(changes[0]["entries"][0]["before"].is_null());
    EXPECT_EQ(changes[0]["entries"][0]["after"]["note"], "a");
    EXPECT_EQ(changes[1]["entries"][0]["before"], changes[0]["entries"][0]["after"]);
    EXPECT_EQ(changes[2]["entries"][0]["after"]["tags"], json({"x"}));
    EXPECT_TRUE(changes[3]["entries"][0]["after"].is_null());
    EXPECT_EQ(changes[4]["entries"][0]["after"], changes[3]["entries"][0]["before"]);
    EXPECT_EQ(changes[4]["entries"][0]["after"], sore::testing::show_json(box, "1"));
    EXPECT_EQ(changes[3]["undone"], true);

    // Entry 2's versions leave entry 1's changes out.
    EXPECT_EQ(change_ids(history_of(box, {"2"})), (std::vector<long long>{3, 5}));
    // An id no change touched.
    EXPECT_TRUE(fails_with(box.run({"history", "3"}), 2,
                           {"history: no entry 3 now", "no change", "'sore history'"}));
}

// ------------------------------------------- dry runs and the terminal question

TEST(HistoryUndo, DryRunsSayWhatTheyWouldDoAndChangeNothing) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "3"});
    log_entry(box, {"2026-11-21", "--soreness", "4"});
    auto bytes = box.db_bytes();
    EXPECT_TRUE(said(box.run({"undo", "--dry-run"}), "Would undo", "log 2026-11-21 --soreness 4",
                     "removed entry 2 (2026-11-21, soreness 4)"));
    EXPECT_TRUE(said(box.run({"undo", "--dry-run", "--yes"}), "Would undo",
                     "log 2026-11-21 --soreness 4", "removed entry 2 (2026-11-21, soreness 4)"));
    EXPECT_EQ(box.db_bytes(), bytes);
    EXPECT_EQ(history_of(box)["changes"].size(), 3u);
    EXPECT_TRUE(fails_with(box.run({"redo", "--dry-run"}), 1, {"nothing to redo"}));

    ASSERT_EQ(box.run({"undo", "--yes"}).status, 0);
    bytes = box.db_bytes();
    EXPECT_TRUE(said(box.run({"redo", "--dry-run"}), "Would redo", "log 2026-11-21 --soreness 4",
                     "restored entry 2 (2026-11-21, soreness 4)"));
    EXPECT_TRUE(said(box.run({"undo", "--dry-run"}), "Would undo", "log 2026-11-20 --soreness 3",
                     "removed entry 1 (2026-11-20, soreness 3)"));
    EXPECT_EQ(box.db_bytes(), bytes);
    EXPECT_EQ(listed_ids(box), std::vector<long long>{1});
}

TEST(HistoryUndo, OnATerminalItShowsTheChangeAndAsks) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "3"});
    const auto bytes = box.db_bytes();

    auto no = box.run_tty({"undo"}, "n\n");
    ASSERT_EQ(no.status, 0) << no.out;
    EXPECT_TRUE(contains(no.out, "This will undo \"log 2026-11-20 --soreness 3\" (")) << no.out;
    EXPECT_TRUE(contains(no.out, "): removed entry 1 (2026-11-20, soreness 3).")) << no.out;
    EXPECT_TRUE(contains(no.out, "Undo it? [y/N] ")) << no.out;
    EXPECT_TRUE(contains(no.out, "Nothing was undone.")) << no.out;
    EXPECT_FALSE(contains(no.out, "Undid")) << no.out;
    EXPECT_EQ(box.db_bytes(), bytes);

    auto empty = box.run_tty({"undo"}, "\n");
    EXPECT_EQ(empty.status, 0) << empty.out;
    EXPECT_TRUE(contains(empty.out, "Nothing was undone.")) << empty.out;
    EXPECT_EQ(box.db_bytes(), bytes);

    // Off a terminal it needs --yes, and changes nothing without.
    EXPECT_TRUE(fails_with(box.run({"undo"}, "y\n"), 2,
                           {"undo: undoing needs --yes when sore cannot ask on a terminal"}));
    EXPECT_EQ(box.db_bytes(), bytes);

    auto yes = box.run_tty({"undo"}, "y\n");
    ASSERT_EQ(yes.status, 0) << yes.out;
    EXPECT_TRUE(contains(yes.out, "Undo it? [y/N] ")) << yes.out;
    EXPECT_TRUE(contains(yes.out, "Undid \"log 2026-11-20 --soreness 3\" (")) << yes.out;
    EXPECT_EQ(listed_ids(box), std::vector<long long>{});

    // Redo asks nothing, --yes or not.
    auto redo = box.run_tty({"redo"}, "");
    ASSERT_EQ(redo.status, 0) << redo.out;
    EXPECT_FALSE(contains(redo.out, "[y/N]")) << redo.out;
    EXPECT_EQ(listed_ids(box), std::vector<long long>{1});
}

// ------------------------------------------------------- backups and exports

TEST(HistoryBackup, ABackupHoldsTheSameHistory) {
    Sandbox box;
    log_entry(box, {"2026-11-20", "--soreness", "3"});
    log_entry(box, {"2026-11-21", "--soreness", "4"});
    ASSERT_EQ(box.run({"edit", "1", "--soreness", "5"}).status, 0);
    ASSERT_EQ(box.run({"undo", "--yes"}).status, 0);
    auto r = box.run({"backup", "copy.db"});
    ASSERT_EQ(r.status, 0) << r.err;

    const auto history = history_of(box);
    auto copy = report_json(box, {"--db", "copy.db", "history"});
    EXPECT_EQ(copy, history);
    EXPECT_EQ(change_ids(copy), (std::vector<long long>{5, 4, 3, 2, 1}));
    EXPECT_EQ(box.run({"--db", "copy.db", "history"}).out, box.run({"history"}).out);
    auto check = box.run({"--db", "copy.db", "check"});
    EXPECT_EQ(check.status, 0) << check.err;
    EXPECT_TRUE(contains(check.out, "history       5 changes, each matching the one before"))
        << check.out;
    // The copy carries on where the journal was: redo puts the edit back.
    EXPECT_TRUE(said(box.run({"--db", "copy.db", "redo"}), "Redid", "edit 1 --soreness 5",
                     "put back entry 1 (2026-11-20, soreness 5)"));
    EXPECT_EQ(sore::testing::show_json(box, "1")["soreness"], 3) << "the journal is untouched";
}

TEST(HistoryExport, TheExportLeavesTheHistoryOut) {
    Sandbox a;
    log_entry(a, {"2026-11-20", "--soreness", "3", "--tag", "hip"});
    log_entry(a, {"2026-11-21", "--soreness", "4"});
    ASSERT_EQ(a.run({"edit", "1", "--soreness", "5"}).status, 0);
    ASSERT_EQ(a.run({"undo", "--yes"}).status, 0);
    ASSERT_EQ(a.run({"redo"}).status, 0);
    ASSERT_EQ(a.run({"rm", "2", "--yes"}).status, 0);
    auto js = export_of(a);
    auto csv = ok(a, {"export"});

    auto document = json::parse(js);
    EXPECT_EQ(keys_of(document), (std::vector<std::string>{"entries", "format", "version"}));
    ASSERT_EQ(document["entries"].size(), 1u);
    EXPECT_EQ(keys_of(document["entries"][0]), keys_of(sore::testing::show_json(a, "1")));
    EXPECT_EQ(sore::testing::lines(csv).at(0), header + "\r");
    for (const char* word : {"change", "undo", "redo", "hash", "history"}) {
        EXPECT_FALSE(contains(js, word)) << word;
        EXPECT_FALSE(contains(csv, word)) << word;
    }

    // A journal with another history exports the same bytes.
    Sandbox b;
    ASSERT_EQ(import_text(b, "in.json", js).status, 0);
    EXPECT_EQ(export_of(b), js);
    EXPECT_EQ(ok(b, {"export"}), csv);
    EXPECT_EQ(history_of(b)["changes"].size(), 2u);
    EXPECT_EQ(history_of(a)["changes"].size(), 7u);
}

} // namespace
