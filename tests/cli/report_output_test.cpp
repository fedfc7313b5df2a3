// `sore report` and where its page goes: -o FILE, made 0600 and replaced
// only with --force, nothing made on a bad argument or a broken journal,
// one-line errors with exit 2 for bad input and 1 for the environment.

#include "report_page.hpp"

#include <filesystem>

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::log_entry;
using sore::testing::mode_of;
using sore::testing::occurrences;
using sore::testing::page;
using sore::testing::pin;
using sore::testing::read_file;
using sore::testing::Sandbox;
using sore::testing::three_weeks;

namespace fs = std::filesystem;

namespace {

TEST(Report, WritesAPrivateFileAndReplacesItOnlyWithForce) {
    Sandbox box;
    pin(box);
    three_weeks(box);
    auto r = box.run({"report", "-o", "physio.html"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "Wrote the page for 2026-10-05 to 2026-11-27 (6 entries) to physio.html.\n");
    EXPECT_EQ(r.err, "");
    auto file = box.dir() / "physio.html";
    EXPECT_EQ(mode_of(file), 0600u);
    auto first = read_file(file);
    EXPECT_EQ(first, page(box));

    log_entry(box, {"2026-11-27", "--soreness", "1"});
    EXPECT_TRUE(fails_with(box.run({"report", "-o", "physio.html"}), 2,
                           {"-o 'physio.html'", "already exists", "--force"}));
    EXPECT_EQ(read_file(file), first);
    r = box.run({"report", "--output", "physio.html", "--force"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(mode_of(file), 0600u);
    EXPECT_EQ(occurrences(read_file(file), "<circle"), 7u);
}

TEST(Report, AFileInAMissingFolderIsABadArgumentAndNothingIsMade) {
    Sandbox box;
    pin(box);
    three_weeks(box);
    auto before = box.db_bytes();
    EXPECT_TRUE(fails_with(box.run({"report", "-o", "missing/physio.html"}), 2,
                           {"-o 'missing/physio.html'", "folder that does not exist"}));
    EXPECT_FALSE(fs::exists(box.dir() / "missing"));
    for (const auto& item : fs::directory_iterator(box.dir())) {
        EXPECT_FALSE(contains(item.path().filename().string(), "physio")) << item.path();
    }
    EXPECT_EQ(box.db_bytes(), before);
}

TEST(Report, BadInputIsOneLineAndExitTwo) {
    Sandbox box;
    pin(box);
    three_weeks(box);
    EXPECT_TRUE(fails_with(box.run({"report", "--from", "2026-11-28"}), 2,
                           {"--from", "'2026-11-28'", "after today (2026-11-27)"}));
    EXPECT_TRUE(fails_with(box.run({"report", "--from", "2026-12-01", "--to", "2026-12-31"}), 2,
                           {"--from", "'2026-12-01'", "after today (2026-11-27)"}));
    EXPECT_TRUE(fails_with(box.run({"report", "--from", "2026-11-20", "--to", "2026-11-10"}), 2,
                           {"--from", "after --to"}));
    EXPECT_TRUE(fails_with(box.run({"report", "--to", "soon"}), 2, {"--to", "'soon'"}));
    EXPECT_TRUE(fails_with(box.run({"report", "--force"}), 2, {"--force", "-o FILE"}));
    EXPECT_TRUE(fails_with(box.run({"report", "--format", "pdf"}), 2, {"--format"}));
    EXPECT_TRUE(fails_with(box.run({"report", "extra"}), 2, {"extra"}));
    EXPECT_TRUE(fails_with(box.run({"report", "--from", "1900-01-01"}), 2,
                           {"--from", "weeks before today (2026-11-27)", "5200"}));
    // Nothing was written where a file was asked for.
    EXPECT_TRUE(
        fails_with(box.run({"report", "--from", "tomorrow", "-o", "x.html"}), 2, {"--from"}));
    EXPECT_FALSE(fs::exists(box.dir() / "x.html"));
}

TEST(Report, AJournalThatCannotBeReadIsAnEnvironmentError) {
    Sandbox box;
    pin(box);
    sore::testing::write_file(box.db(), std::string(4096, 'x'));
    EXPECT_TRUE(fails_with(box.run({"report", "-o", "physio.html"}), 1, {box.db()}));
    EXPECT_FALSE(fs::exists(box.dir() / "physio.html"));
}

TEST(Report, HelpNamesEveryOption) {
    Sandbox box;
    auto r = box.run({"report", "--help"});
    ASSERT_EQ(r.status, 0) << r.err;
    for (const char* option :
         {"--from DATE", "--to DATE", "-o, --output FILE", "--force", "--help"}) {
        EXPECT_TRUE(contains(r.out, option)) << option << "\n" << r.out;
    }
    EXPECT_FALSE(fs::exists(box.db()));
}

} // namespace
