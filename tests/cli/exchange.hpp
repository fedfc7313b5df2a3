#pragma once

// Shared by the export and import tests: a journal with every field set and
// unset and notes a spreadsheet would run as formulas, and small helpers to
// run sore and read what it printed.

#include "reports.hpp"

#include <fmt/format.h>
#include <string>
#include <utility>
#include <vector>

namespace sore::testing::exchange {

using json = nlohmann::json;

inline const std::string header =
    "id,uuid,date,time,soreness,during,sitting_hours,pressure,technique,"
    "knots,injury,emotional,side,note,tags,sites,created_at,updated_at";

// A note with every character CSV must quote: comma, quote, CRLF, LF, emoji.
inline const std::string full_note =
    "comma, \"quoted\"\r\nCRLF above, LF below\nlast \xF0\x9F\x98\xA3 line";

// Notes a spreadsheet would run as a formula, or that look neutralised
// already, and what sore writes for each in its CSV (one leading apostrophe
// more when it starts with apostrophes and then = + - @ tab or CR).
inline const std::vector<std::pair<std::string, std::string>> formula_notes = {
    {"=SUM(A1:A3)", "'=SUM(A1:A3)"},
    {"+1 more", "'+1 more"},
    {"-dash first", "'-dash first"},
    {"@mention", "'@mention"},
    {"\ttab first", "'\ttab first"},
    {"\rcr first", "\"'\rcr first\""},
    {"'=already", "''=already"},
    {"''-x", "'''-x"},
    {"'plain apostrophe", "'plain apostrophe"},
};

// Every field set (winter, left), every field unset, the formula notes one
// a day in February, a summer entry with a time (right; then changed by
// `sore edit`), a rest day (both). 13 entries; ids 1 to 13 in this order.
inline void build_rich(const Sandbox& box) {
    log_entry(box, {"2026-01-15",    "--soreness", "7",     "--time",
                    "09:05",         "--during",   "4",     "--sitting",
                    "7h30m",         "--pressure", "deep",  "--technique",
                    "trigger-point", "--knots",    "3",     "--injury",
                    "--emotional",   "--side",     "left",  "--note",
                    full_note,       "--tag",      "glute", "--tag",
                    "@work",         "--tag",      "+plus", "--tag",
                    "-minus",        "--tag",      "=eq"});
    log_entry(box, {"2026-07-15", "--soreness", "0"});
    int day = 1;
    for (const auto& [note, written] : formula_notes) {
        log_entry(box, {fmt::format("2026-02-{:02}", day++), "--soreness", "3", "--note", note});
    }
    log_entry(box, {"2026-07-20", "--soreness", "5", "--time", "18:30", "--side", "right",
                    "--sitting", "45m", "--pressure", "light", "--technique", "swedish", "--knots",
                    "0", "--note", "plain note"});
    log_entry(box, {"2026-02-20", "--soreness", "2", "--side", "both", "--technique", "none",
                    "--sitting", "7h20m", "--tag", "rest"});
    auto edited = box.run({"edit", "12", "--during", "1", "--tag", "edited"});
    ASSERT_EQ(edited.status, 0) << edited.err;
}

// `sore ARGS` must succeed; returns its standard output.
inline std::string ok(const Sandbox& box, const std::vector<std::string>& args) {
    auto r = box.run(args);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, box.read_stderr());
    return r.out;
}

// Copies `content` into the sandbox as `name` and imports it.
inline Result import_text(const Sandbox& box, const std::string& name, const std::string& content,
                          std::vector<std::string> extra = {}) {
    write_file(box.dir() / name, content);
    std::vector<std::string> args{"import", name};
    args.insert(args.end(), extra.begin(), extra.end());
    return box.run(args);
}

inline std::string added_line(const std::string& file, int rows) {
    return fmt::format("{}: {} rows: {} new, 0 already in the journal, 0 conflicting.\nAdded {} "
                       "entries.\n",
                       file, rows, rows, rows);
}

inline std::string nothing_line(const std::string& file, int rows) {
    return fmt::format("{}: {} rows: 0 new, {} already in the journal, 0 conflicting.\nNothing "
                       "to add: the journal has every entry already.\n",
                       file, rows, rows);
}

// The one entry of `sore list --format json` on this date.
inline json entry_on(const json& list, const std::string& date) {
    json found;
    for (const auto& e : list) {
        if (e["date"] == date) {
            EXPECT_TRUE(found.is_null()) << "two entries on " << date;
            found = e;
        }
    }
    EXPECT_FALSE(found.is_null()) << "no entry on " << date;
    return found;
}

} // namespace sore::testing::exchange
