// Golden outputs: the exact text of `sore week` (Unicode and ASCII bars),
// its CSV, and `sore causes`, on a fixed journal of 24 entries over six
// weeks that uses every field. The expected files are in
// tests/data/golden/; SORE_UPDATE_GOLDEN=1 rewrites them from the program's
// output instead of comparing (read the diff before committing it).

#include "reports.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

using sore::testing::lines;
using sore::testing::log_entry;
using sore::testing::Sandbox;

namespace fs = std::filesystem;

namespace {

// Today is Friday 2026-11-27 in Berlin, so `sore week` shows 2026-W41 to
// 2026-W48: W41 and W45 have no entries. Three entries mark an injury (the
// injury marker answers), two an emotional release (too few to answer).
const std::vector<std::vector<std::string>> journal = {
    // W42
    {"2026-10-13",
     "--soreness",
     "7",
     "--time",
     "18:30",
     "--during",
     "6",
     "--sitting",
     "9",
     "--pressure",
     "deep",
     "--technique",
     "deep-tissue",
     "--knots",
     "4",
     "--side",
     "both",
     "--note",
     "first session, very tight",
     "--tag",
     "clinic"},
    {"2026-10-15", "--soreness", "5", "--sitting", "8h30m", "--technique", "none"},
    {"2026-10-17", "--soreness", "6", "--sitting", "7", "--pressure", "firm", "--technique",
     "trigger-point", "--knots", "3", "--injury", "--side", "left", "--tag", "clinic"},
    // W43
    {"2026-10-19", "--soreness", "6", "--sitting", "8", "--pressure", "firm", "--technique",
     "sports", "--knots", "3", "--injury", "--side", "left"},
    {"2026-10-21", "--soreness", "4", "--sitting", "6", "--technique", "none"},
    {"2026-10-22", "--soreness", "5", "--sitting", "7:30", "--pressure", "medium", "--technique",
     "swedish", "--knots", "2", "--emotional", "--note", "cried a little"},
    {"2026-10-24", "--soreness", "3", "--sitting", "45m", "--technique", "self", "--knots", "1"},
    // W44
    {"2026-10-26", "--soreness", "6", "--sitting", "9", "--pressure", "deep", "--technique",
     "deep-tissue", "--knots", "4", "--injury", "--side", "left", "--tag", "clinic"},
    {"2026-10-28", "--soreness", "4", "--sitting", "6", "--pressure", "2", "--technique",
     "myofascial", "--knots", "2"},
    {"2026-10-30", "--soreness", "3", "--sitting", "5", "--technique", "none"},
    {"2026-11-01", "--soreness", "4", "--sitting", "7", "--pressure", "light", "--technique",
     "swedish", "--knots", "1"},
    // W46
    {"2026-11-09", "--soreness", "5", "--sitting", "8", "--pressure", "firm", "--technique",
     "trigger-point", "--knots", "3"},
    {"2026-11-10", "--soreness", "2", "--sitting", "4", "--technique", "none"},
    {"2026-11-12", "--soreness", "4", "--sitting", "6h", "--pressure", "medium", "--technique",
     "swedish", "--knots", "2", "--emotional"},
    {"2026-11-14", "--soreness", "3", "--time", "09:15", "--sitting", "5", "--pressure", "light",
     "--technique", "self", "--knots", "1"},
    // W47
    {"2026-11-16", "--soreness", "4", "--during", "5", "--sitting", "7", "--pressure", "firm",
     "--technique", "sports", "--knots", "2"},
    {"2026-11-18", "--soreness", "2", "--sitting", "4", "--technique", "none"},
    {"2026-11-19", "--soreness", "3", "--sitting", "5", "--pressure", "medium", "--technique",
     "swedish", "--knots", "1"},
    {"2026-11-21", "--soreness", "2", "--sitting", "3", "--pressure", "light", "--technique",
     "other", "--knots", "0", "--tag", "home"},
    // W48
    {"2026-11-23", "--soreness", "3", "--during", "3", "--sitting", "6", "--pressure", "medium",
     "--technique", "swedish", "--knots", "1"},
    {"2026-11-24", "--soreness", "1", "--sitting", "3", "--technique", "none"},
    {"2026-11-25", "--soreness", "2", "--sitting", "4", "--pressure", "light", "--technique",
     "myofascial", "--knots", "0"},
    {"2026-11-26", "--soreness", "3", "--sitting", "5", "--pressure", "firm", "--technique",
     "trigger-point", "--knots", "1", "--side", "right"},
    {"2026-11-27", "--soreness", "2"},
};

// Control characters shown, so a CRLF difference is visible.
std::string visible(const std::string& line) {
    std::string out;
    for (char c : line) {
        out += c == '\r' ? std::string("\\r") : c == '\t' ? std::string("\\t") : std::string(1, c);
    }
    return out;
}

// Line by line: each line that differs, as "-expected" and "+actual".
std::string diff(const std::string& expected, const std::string& actual) {
    auto want = lines(expected);
    auto got = lines(actual);
    std::string out;
    int shown = 0;
    for (std::size_t i = 0; i < std::max(want.size(), got.size()) && shown < 20; ++i) {
        auto a = i < want.size() ? "-" + visible(want[i]) : std::string("  (no line)");
        auto b = i < got.size() ? "+" + visible(got[i]) : std::string("  (no line)");
        if (i >= want.size() || i >= got.size() || want[i] != got[i]) {
            out += "line " + std::to_string(i + 1) + ":\n  " + a + "\n  " + b + "\n";
            ++shown;
        }
    }
    if (out.empty()) {
        out = "(the lines agree; the difference is in the line ends or the final newline)\n";
    }
    return out;
}

class Golden : public ::testing::Test {
protected:
    void SetUp() override {
        box.env["TZ"] = "Europe/Berlin";
        box.env["SORE_TODAY"] = "2026-11-27";
        for (const auto& entry : journal) {
            log_entry(box, entry);
        }
    }

    // The output of `sore ARGS` must equal tests/data/golden/NAME, or
    // replaces it when SORE_UPDATE_GOLDEN=1.
    void expect_golden(const std::vector<std::string>& args, const std::string& name) {
        auto r = box.run(args);
        ASSERT_EQ(r.status, 0) << r.err;
        ASSERT_EQ(r.err, "");
        auto path = sore::testing::test_data_dir() / "golden" / name;
        const char* update = std::getenv("SORE_UPDATE_GOLDEN");
        if (update != nullptr && std::string(update) == "1") {
            fs::create_directories(path.parent_path());
            sore::testing::write_file(path, r.out);
            std::cout << "SORE_UPDATE_GOLDEN=1: wrote " << path.string() << "\n";
            return;
        }
        ASSERT_TRUE(fs::exists(path))
            << path.string() << " is missing; SORE_UPDATE_GOLDEN=1 writes it";
        auto expected = sore::testing::read_file(path);
        EXPECT_TRUE(expected == r.out) << "the output differs from " << path.string()
                                       << " (SORE_UPDATE_GOLDEN=1 rewrites it):\n"
                                       << diff(expected, r.out) << "--- expected\n"
                                       << expected << "+++ actual\n"
                                       << r.out;
    }

    Sandbox box;
};

TEST_F(Golden, Week) {
    expect_golden({"week"}, "week.txt");
}

TEST_F(Golden, WeekAscii) {
    expect_golden({"week", "--ascii"}, "week-ascii.txt");
}

TEST_F(Golden, WeekCsv) {
    expect_golden({"week", "--format", "csv"}, "week.csv");
}

TEST_F(Golden, Causes) {
    expect_golden({"causes"}, "causes.txt");
}

} // namespace
