// The import's progress bar: on a terminal for a long import only, never in
// a pipe, and gone from the screen when the import ends.

#include "expect.hpp"

#include <fmt/format.h>

using sore::testing::contains;
using sore::testing::Sandbox;
using sore::testing::write_file;

namespace {

// `rows` rest days from 2000-01-01 on, one a day.
std::string rest_days(int rows) {
    std::string csv = "date,soreness,technique\r\n";
    for (int i = 0; i < rows; ++i) {
        int year = 2000 + i / 360;
        int month = 1 + (i % 360) / 30;
        int day = 1 + i % 28;
        csv += fmt::format("{}-{:02}-{:02},{},none\r\n", year, month, day, i % 11);
    }
    return csv;
}

} // namespace

TEST(ExchangeProgress, ALongImportOnATerminalShowsABarThenClearsIt) {
    Sandbox box;
    write_file(box.dir() / "long.csv", rest_days(3000));
    auto r = box.run_tty({"import", "long.csv"}, "");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(contains(r.out, "Importing [")) << r.out.substr(0, 300);
    EXPECT_TRUE(contains(r.out, "rows")) << r.out.substr(0, 300);
    EXPECT_TRUE(contains(r.out, "\r\x1b[K")) << "the bar's line is not cleared";
    EXPECT_TRUE(contains(r.out, "long.csv: 3000 rows: 3000 new")) << r.out;
}

TEST(ExchangeProgress, AShortImportOrAPipeShowsNone) {
    Sandbox box;
    write_file(box.dir() / "short.csv", rest_days(50));
    auto short_tty = box.run_tty({"import", "short.csv"}, "");
    ASSERT_EQ(short_tty.status, 0) << short_tty.out;
    EXPECT_FALSE(contains(short_tty.out, "Importing")) << short_tty.out;

    write_file(box.dir() / "long.csv", rest_days(3000));
    auto piped = box.run({"import", "long.csv"});
    ASSERT_EQ(piped.status, 0) << piped.err;
    EXPECT_EQ(piped.err, "");
    // No uuid column: every row is a new entry.
    EXPECT_EQ(piped.out, "long.csv: 3000 rows: 3000 new, 0 already in the journal, 0 "
                         "conflicting.\nAdded 3000 entries.\n");
}
