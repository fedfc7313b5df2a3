// The journal's history (store/history.hpp, store/undo.hpp) on journals in
// memory: each change's hash is the SHA-256 of the one before and of its
// content (checked against values computed with Python's hashlib), the
// chain check finds the first row altered, removed or inserted, what undo
// and redo would take over sequences of changes, undo and redo carried out,
// and the entry JSON the history keeps read back whole.

#include "error.hpp"
#include "formats/json.hpp"
#include "store/history.hpp"
#include "store/journal_file.hpp"
#include "store/undo.hpp"
#include "support.hpp"

#include <array>
#include <cstdint>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace sore::store;
using sore::test::bare_entry;
using sore::test::full_entry;
using sore::test::scalar;

namespace {

// SHA-256 (FIPS 180-4) written out here, independent of the library sore
// uses; checked against published test vectors below.
std::string sha256(const std::string& text) {
    static constexpr std::array<std::uint32_t, 64> k = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2};
    std::array<std::uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    auto rotr = [](std::uint32_t x, int n) {
        return (x >> n) | (x << (32 - n));
    };
    std::string message = text;
    const std::uint64_t bits = static_cast<std::uint64_t>(text.size()) * 8;
    message += static_cast<char>(0x80);
    while (message.size() % 64 != 56) {
        message += '\0';
    }
    for (int i = 7; i >= 0; --i) {
        message += static_cast<char>((bits >> (8 * i)) & 0xff);
    }
    for (std::size_t block = 0; block < message.size(); block += 64) {
        std::array<std::uint32_t, 64> w{};
        for (std::size_t t = 0; t < 16; ++t) {
            for (std::size_t b = 0; b < 4; ++b) {
                w[t] = (w[t] << 8) | static_cast<unsigned char>(message[block + 4 * t + b]);
            }
        }
        for (std::size_t t = 16; t < 64; ++t) {
            auto s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            auto s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        auto v = h;
        for (std::size_t t = 0; t < 64; ++t) {
            auto s1 = rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25);
            auto ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
            auto t1 = v[7] + s1 + ch + k[t] + w[t];
            auto s0 = rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22);
            auto maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            v = {t1 + s0 + maj, v[0], v[1], v[2], v[3] + t1, v[4], v[5], v[6]};
        }
        for (std::size_t i = 0; i < 8; ++i) {
            h[i] += v[i];
        }
    }
    std::string hex;
    for (auto word : h) {
        hex += fmt::format("{:08x}", word);
    }
    return hex;
}

const std::string no_hash(64, '0');

// Four changes written by hand with fixed times, and the hash of each as
// Python computed it:
//   prev = "0" * 64
//   for content in contents:  # json.dumps(row, separators=(",", ":"),
//                             #            ensure_ascii=False), keys in the
//                             # order id, at, kind, command, target,
//                             # added_first, added_last, added_count,
//                             # summary, steps
//       prev = hashlib.sha256((prev + "\n" + content).encode()).hexdigest()
// The first content is
//   {"id":1,"at":"2026-11-27T10:00:00Z","kind":"start","command":"[]",
//    "target":null,"added_first":null,"added_last":null,"added_count":null,
//    "summary":"history starts here, 0 entries","steps":[]}
const std::array<std::string, 4> known_hashes = {
    "69dc3f31bc5f43cca4c5abecfe60f0e6235e89ac11395f4278cd2309ea3884e0",
    "3318f0be555373dc6f45b7803af0b1c4a30b01661e0089776476e96c3c9bcbb7",
    "eea03e8db896fdb36f14f273bfcb91f1d80b3ddf392ff308b0c7a6eede12ab6b",
    "4c4c478c056eb700a056acdaaad4ae01b7040a8b91f9e488c59696ef833924d4",
};

// A journal whose history is the four changes above (the steps of change 2
// written in the other order than their entries'), foreign keys off so that
// tests can break it.
Database known_history() {
    auto db = open_memory_journal();
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("DELETE FROM change_entry; DELETE FROM change");
    Statement insert(db, "INSERT INTO change (id, at, kind, command, target, added_first, "
                         "added_last, summary, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    struct Row {
        std::int64_t id;
        const char* at;
        const char* kind;
        const char* command;
        std::optional<std::int64_t> target, first, last;
        const char* summary;
    };
    const std::array<Row, 4> rows = {{
        {1, "2026-11-27T10:00:00Z", "start", "[]", {}, {}, {}, "history starts here, 0 entries"},
        {2,
         "2026-11-27T10:05:00Z",
         "edit",
         R"(["edit","1","--note","naïve \"q\""])",
         {},
         {},
         {},
         "changed entry 1 (2026-11-20, soreness 4)"},
        {3,
         "2026-11-27T10:10:00Z",
         "import",
         R"(["import","a.csv"])",
         {},
         4,
         9,
         "imported 6 entries from a.csv"},
        {4,
         "2026-11-27T10:15:00Z",
         "undo",
         R"(["undo","--yes"])",
         3,
         {},
         {},
         "undid change 3: removed the 6 entries imported from a.csv"},
    }};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        insert.bind(1, r.id)
            .bind(2, r.at)
            .bind(3, r.kind)
            .bind(4, r.command)
            .bind(5, r.target)
            .bind(6, r.first)
            .bind(7, r.last)
            .bind(8, r.summary)
            .bind(9, known_hashes[i])
            .run();
        insert.reset();
    }
    db.exec(R"(INSERT INTO change_entry VALUES (2, 3, NULL, '{"x":1}'),
                   (2, 1, '{"soreness":3}', '{"soreness":4,"note":"naïve \"q\""}'))");
    return db;
}

Change change_of(std::int64_t id, ChangeKind kind) {
    Change c;
    c.id = id;
    c.kind = kind;
    return c;
}

// A sequence of changes by kind, numbered from 1.
std::vector<Change> sequence(const std::vector<ChangeKind>& kinds) {
    std::vector<Change> changes;
    for (auto kind : kinds) {
        changes.push_back(change_of(static_cast<std::int64_t>(changes.size()) + 1, kind));
    }
    return changes;
}

std::string state_of(const UndoState& s) {
    return fmt::format("undo {} redo {}", s.undo ? std::to_string(*s.undo) : "-",
                       s.redo ? std::to_string(*s.redo) : "-");
}

// Logs `entry` as `sore log` does: the entry and its change, together.
std::int64_t log_change(Database& db, sore::journal::Entry entry) {
    Transaction tx(db);
    insert_entry(db, entry);
    Change c;
    c.kind = ChangeKind::log;
    c.command = command_json({"log", "--soreness", std::to_string(entry.soreness)});
    c.summary = "added " + entry_words(recorded(entry));
    c.steps = {{entry.id, std::nullopt, recorded(entry)}};
    record_change(db, c);
    tx.commit();
    return entry.id;
}

std::optional<std::string> now_of(Database& db, std::int64_t id) {
    auto e = find_entry(db, id);
    return e ? std::optional<std::string>(recorded(*e)) : std::nullopt;
}

} // namespace

// ------------------------------------------------------------------ hashes

TEST(HistoryChain, HashesMatchSha256ComputedElsewhere) {
    // The test's own SHA-256, against FIPS 180-4's examples (and sha256sum).
    EXPECT_EQ(sha256(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256(std::string(1000, 'a')),
              "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
    auto db = known_history();
    auto broken = verify_chain(db);
    EXPECT_FALSE(broken) << "change " << broken->change << ": " << broken->why;
    auto changes = all_changes(db, true);
    ASSERT_EQ(changes.size(), 4u);
    for (std::size_t i = 0; i < changes.size(); ++i) {
        EXPECT_EQ(changes[i].hash, known_hashes[i]);
    }
    // The steps come back in entry order, as the hash covers them.
    ASSERT_EQ(changes[1].steps.size(), 2u);
    EXPECT_EQ(changes[1].steps[0].entry, 1);
    EXPECT_EQ(changes[1].steps[1].entry, 3);
    EXPECT_FALSE(changes[1].steps[1].before);
    EXPECT_EQ(changes[2].added_first, 4);
    EXPECT_EQ(changes[2].added_last, 9);
    EXPECT_EQ(changes[3].target, 3);
    EXPECT_EQ(changes[3].kind, ChangeKind::undo);
}

TEST(HistoryChain, RecordChangeChainsOnTheHashBefore) {
    auto db = known_history();
    Change c;
    c.kind = ChangeKind::rm;
    c.command = command_json({"rm", "2", "--yes"});
    c.summary = "removed entry 2 (2026-11-21, soreness 0)";
    // Given out of order: recorded in entry order.
    c.steps = {{7, R"({"id":7})", std::nullopt}, {2, R"({"id":2})", std::nullopt}};
    record_change(db, c);
    EXPECT_EQ(c.id, 5);
    EXPECT_TRUE(sore::journal::is_utc_timestamp(c.at)) << c.at;
    auto content =
        fmt::format(R"({{"id":5,"at":"{}","kind":"rm","command":"[\"rm\",\"2\",\"--yes\"]",)"
                    R"("target":null,"added_first":null,"added_last":null,"added_count":null,)"
                    R"j("summary":"removed entry 2 (2026-11-21, soreness 0)","steps":[)j"
                    R"({{"entry":2,"before":"{{\"id\":2}}","after":null}},)"
                    R"({{"entry":7,"before":"{{\"id\":7}}","after":null}}]}})",
                    c.at);
    EXPECT_EQ(c.hash, sha256(known_hashes[3] + "\n" + content));
    auto changes = all_changes(db, true);
    ASSERT_EQ(changes.size(), 5u);
    EXPECT_EQ(changes[4].hash, c.hash);
    EXPECT_EQ(changes[4].command, R"(["rm","2","--yes"])");
    ASSERT_EQ(changes[4].steps.size(), 2u);
    EXPECT_EQ(changes[4].steps[0].entry, 2);
    EXPECT_FALSE(verify_chain(db));

    // Another on top chains on this one.
    Change next;
    next.kind = ChangeKind::redo;
    next.command = "[]";
    next.target = 4;
    next.summary = "s";
    record_change(db, next);
    EXPECT_EQ(next.id, 6);
    EXPECT_EQ(next.hash,
              sha256(c.hash + "\n" +
                     fmt::format(
                         R"({{"id":6,"at":"{}","kind":"redo","command":"[]","target":4,)"
                         R"("added_first":null,"added_last":null,"added_count":null,"summary":"s",)"
                         R"("steps":[]}})",
                         next.at)));
    EXPECT_FALSE(verify_chain(db));
}

TEST(HistoryChain, ANewJournalStartsWithItsFirstChange) {
    auto db = open_memory_journal();
    auto changes = all_changes(db, true);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].id, 1);
    EXPECT_EQ(changes[0].kind, ChangeKind::start);
    EXPECT_EQ(changes[0].command, "[]");
    EXPECT_EQ(changes[0].summary, "history starts here, 0 entries");
    EXPECT_EQ(changes[0].hash,
              sha256(no_hash + "\n" +
                     fmt::format(
                         R"({{"id":1,"at":"{}","kind":"start","command":"[]",)"
                         R"("target":null,"added_first":null,"added_last":null,"added_count":null,)"
                         R"("summary":"history starts here, 0 entries","steps":[]}})",
                         changes[0].at)));
    EXPECT_FALSE(verify_chain(db));
    EXPECT_EQ(command_json({"log", "--note", "a \"b\""}), R"(["log","--note","a \"b\""])");
}

// ------------------------------------------------------------ a broken chain

TEST(HistoryChain, VerifyFindsTheFirstRowChangedOutsideSore) {
    struct Tamper {
        const char* sql;
        std::int64_t change;
        const char* why;
    };
    const std::vector<Tamper> cases = {
        {"UPDATE change SET summary = 'x' WHERE id = 2", 2, "no longer matches"},
        {"UPDATE change SET at = '2026-11-27T10:05:01Z' WHERE id = 2", 2, "no longer matches"},
        {"UPDATE change SET kind = 'log' WHERE id = 2", 2, "no longer matches"},
        {"UPDATE change SET command = '[\"edit\"]' WHERE id = 2", 2, "no longer matches"},
        {"UPDATE change SET added_last = 10 WHERE id = 3", 3, "no longer matches"},
        {"UPDATE change SET target = 2 WHERE id = 4", 4, "no longer matches"},
        {"UPDATE change SET hash = printf('%064d', 0) WHERE id = 4", 4, "no longer matches"},
        // A hash replaced breaks the change after it too, the first first.
        {"UPDATE change SET hash = printf('%064d', 0) WHERE id = 1", 1, "no longer matches"},
        {"UPDATE change_entry SET after = '{\"soreness\":5}' WHERE change_id = 2 AND "
         "entry_id = 1",
         2, "no longer matches"},
        {"UPDATE change_entry SET before = NULL WHERE change_id = 2 AND entry_id = 1", 2,
         "no longer matches"},
        {"DELETE FROM change_entry WHERE change_id = 2 AND entry_id = 3", 2, "no longer matches"},
        {"INSERT INTO change_entry VALUES (3, 5, NULL, '{}')", 3, "no longer matches"},
        {"DELETE FROM change WHERE id = 1", 2, "change 1 is missing before it"},
        {"DELETE FROM change WHERE id = 3", 4, "change 3 is missing before it"},
        {"DELETE FROM change WHERE id = 2", 3, "change 2 is missing before it"},
        {"UPDATE change SET id = 5 WHERE id = 4", 5, "change 4 is missing before it"},
        {"INSERT INTO change_entry VALUES (9, 1, NULL, '{}')", 9,
         "its entries are recorded but the change is not"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.sql);
        auto db = known_history();
        db.exec(c.sql);
        auto broken = verify_chain(db);
        ASSERT_TRUE(broken);
        EXPECT_EQ(broken->change, c.change);
        EXPECT_TRUE(sore::test::contains(broken->why, c.why)) << broken->why;
    }
}

// ------------------------------------------------------ what undo would take

TEST(HistoryUndoState, FollowsUndoAndRedoOverASequence) {
    using K = ChangeKind;
    struct Case {
        std::vector<ChangeKind> kinds;
        const char* state;
    };
    const std::vector<Case> cases = {
        {{}, "undo - redo -"},
        {{K::start}, "undo - redo -"},
        {{K::start, K::log}, "undo 2 redo -"},
        {{K::start, K::log, K::log}, "undo 3 redo -"},
        {{K::start, K::log, K::log, K::undo}, "undo 2 redo 4"},
        {{K::start, K::log, K::log, K::undo, K::redo}, "undo 5 redo -"},
        {{K::start, K::log, K::log, K::undo, K::redo, K::undo}, "undo 2 redo 6"},
        // A new change ends redo.
        {{K::start, K::log, K::log, K::undo, K::redo, K::undo, K::log}, "undo 7 redo -"},
        {{K::start, K::log, K::log, K::undo, K::edit}, "undo 5 redo -"},
        {{K::start, K::log, K::log, K::undo, K::rm}, "undo 5 redo -"},
        {{K::start, K::log, K::log, K::undo, K::import}, "undo 5 redo -"},
        // Back to the start: nothing to undo, the newest undo to redo.
        {{K::start, K::log, K::log, K::undo, K::undo}, "undo - redo 5"},
        {{K::start, K::log, K::log, K::undo, K::undo, K::redo}, "undo 6 redo 4"},
        {{K::start, K::log, K::log, K::undo, K::undo, K::redo, K::redo}, "undo 7 redo -"},
        // An undo of a redo, then redo again.
        {{K::start, K::log, K::log, K::undo, K::undo, K::redo, K::undo}, "undo - redo 7"},
        {{K::start, K::log, K::log, K::undo, K::undo, K::redo, K::undo, K::redo}, "undo 8 redo 4"},
        {{K::start, K::edit, K::rm, K::undo, K::undo, K::redo, K::redo, K::undo}, "undo 6 redo 8"},
        // The history started again (a journal restored and upgraded):
        // nothing before it counts.
        {{K::start, K::log, K::undo, K::start}, "undo - redo -"},
        {{K::start, K::log, K::undo, K::start, K::log}, "undo 5 redo -"},
    };
    for (const auto& c : cases) {
        std::string kinds;
        for (auto k : c.kinds) {
            kinds += std::string(name_of(k)) + " ";
        }
        SCOPED_TRACE(kinds);
        EXPECT_EQ(state_of(undo_state(sequence(c.kinds))), c.state);
    }
}

TEST(HistoryUndo, UndoAndRedoPutEntriesBackAsTheyWere) {
    auto db = open_memory_journal();
    auto first = sore::test::make("2026-11-20", 6, "18:30", {"hip"});
    auto id = log_change(db, first);
    auto logged = now_of(db, id);
    ASSERT_TRUE(logged);

    auto plan = plan_undo(db, all_changes(db, true));
    EXPECT_EQ(plan.target.id, 2);
    EXPECT_EQ(plan.what, "removed entry 1 (2026-11-20, soreness 6)");
    EXPECT_EQ(command_words(plan.target), "log --soreness 6");
    {
        Transaction tx(db);
        auto undo = carry_out(db, plan, ChangeKind::undo, command_json({"undo", "--yes"}));
        tx.commit();
        EXPECT_EQ(undo.id, 3);
        EXPECT_EQ(undo.target, 2);
        EXPECT_EQ(undo.summary, "undid change 2: removed entry 1 (2026-11-20, soreness 6)");
    }
    EXPECT_FALSE(find_entry(db, id));
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM entry_tag"), 0);
    EXPECT_FALSE(verify_chain(db));
    try {
        plan_undo(db, all_changes(db, true));
        ADD_FAILURE() << "undo past the start";
    } catch (const sore::Error& e) {
        EXPECT_TRUE(sore::test::contains(e.what(), "nothing to undo: the history starts at "))
            << e.what();
        EXPECT_TRUE(sore::test::contains(e.what(), "(history starts here, 0 entries)")) << e.what();
    }

    auto redo = plan_redo(db, all_changes(db, true));
    EXPECT_EQ(redo.target.id, 3);
    EXPECT_EQ(redo.what, "restored entry 1 (2026-11-20, soreness 6)");
    {
        Transaction tx(db);
        carry_out(db, redo, ChangeKind::redo, command_json({"redo"}));
        tx.commit();
    }
    EXPECT_EQ(now_of(db, id), logged) << "every field, the timestamps too";
    EXPECT_FALSE(verify_chain(db));
    EXPECT_THROW(plan_redo(db, all_changes(db, true)), sore::Error);
    auto state = undo_state(all_changes(db, false));
    EXPECT_EQ(state_of(state), "undo 4 redo -");
}

TEST(HistoryUndo, RefusesAnEntryChangedOutsideSore) {
    auto db = open_memory_journal();
    log_change(db, sore::test::make("2026-11-20", 6));
    auto id = log_change(db, sore::test::make("2026-11-21", 2));
    db.exec("UPDATE entry SET soreness = 9 WHERE id = " + std::to_string(id));
    try {
        plan_undo(db, all_changes(db, true));
        ADD_FAILURE() << "no error";
    } catch (const sore::Error& e) {
        EXPECT_EQ(std::string(e.what()),
                  "entry 2 is not as change 3 ('log --soreness 2') left it, and no later change "
                  "explains it: it was changed outside sore (with the sqlite3 shell, say), so "
                  "undo cannot tell what to put back");
    }
    EXPECT_EQ(scalar(db, "SELECT soreness FROM entry WHERE id = 2"), 9);
}

// ------------------------------------------------------- the entries' JSON

TEST(HistoryEntryJson, ReadsBackEveryFieldAndNone) {
    for (const auto& entry : {full_entry(), bare_entry()}) {
        SCOPED_TRACE(entry.uuid);
        auto text = recorded(entry);
        EXPECT_EQ(text, sore::formats::dump(sore::formats::entry_json(entry)));
        auto back = sore::formats::entry_from_json(text);
        ASSERT_TRUE(back);
        EXPECT_EQ(back->id, entry.id);
        EXPECT_EQ(back->uuid, entry.uuid);
        EXPECT_EQ(back->date, entry.date);
        EXPECT_EQ(back->time, entry.time);
        EXPECT_EQ(back->soreness, entry.soreness);
        EXPECT_EQ(back->during, entry.during);
        EXPECT_EQ(back->sitting_min, entry.sitting_min);
        EXPECT_EQ(back->pressure, entry.pressure);
        EXPECT_EQ(back->technique, entry.technique);
        EXPECT_EQ(back->knots, entry.knots);
        EXPECT_EQ(back->injury, entry.injury);
        EXPECT_EQ(back->emotional, entry.emotional);
        EXPECT_EQ(back->side, entry.side);
        EXPECT_EQ(back->note, entry.note);
        EXPECT_EQ(back->tags, entry.tags);
        EXPECT_EQ(back->created_at, entry.created_at);
        EXPECT_EQ(back->updated_at, entry.updated_at);
        EXPECT_EQ(recorded(*back), text);
    }
    EXPECT_EQ(entry_words(recorded(full_entry())), "entry 7 (2026-11-20, soreness 6)");
    // Every field of the full entry is set, none of the bare one's.
    auto full = sore::formats::entry_json(full_entry());
    auto bare = sore::formats::entry_json(bare_entry());
    for (const char* key :
         {"time", "during", "sitting_min", "pressure", "technique", "knots", "side", "note"}) {
        EXPECT_FALSE(full[key].is_null()) << key;
        EXPECT_TRUE(bare[key].is_null()) << key;
    }
}

TEST(HistoryEntryJson, RefusesWhatIsNoEntry) {
    auto good = sore::formats::entry_json(full_entry());
    auto with = [&](const char* key, nlohmann::ordered_json value) {
        auto j = good;
        j[key] = std::move(value);
        return sore::formats::dump(j);
    };
    auto without = [&](const char* key) {
        auto j = good;
        j.erase(key);
        return sore::formats::dump(j);
    };
    const std::vector<std::pair<const char*, std::string>> cases = {
        {"not JSON", "{"},
        {"not an object", "[]"},
        {"empty", ""},
        {"date not a day", with("date", "2026-02-30")},
        {"time 25:00", with("time", "25:00")},
        {"pressure 5", with("pressure", 5)},
        {"pressure 0", with("pressure", 0)},
        {"technique unknown", with("technique", "shiatsu")},
        {"side unknown", with("side", "middle")},
        {"soreness text", with("soreness", "six")},
        {"tags not a list", with("tags", "hip")},
        {"no uuid", without("uuid")},
        {"no tags", without("tags")},
        {"no updated_at", without("updated_at")},
    };
    for (const auto& [name, text] : cases) {
        EXPECT_FALSE(sore::formats::entry_from_json(text)) << name << ": " << text;
    }
    EXPECT_EQ(entry_words("{"), "an entry");
}
