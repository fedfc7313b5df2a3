// Journals sore must not or cannot use: not a SQLite file, another
// program's database, a newer schema, a read-only file, a lock held past
// the busy timeout. Each gets exit 1, one line, and an unchanged file.

#include "json.hpp"

#include <filesystem>
#include <sqlite3.h>
#include <sys/stat.h>

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::query;
using sore::testing::Sandbox;

namespace fs = std::filesystem;

namespace {

const std::vector<std::vector<std::string>> every_command = {{"log", "--soreness", "3"},
                                                             {"list"},
                                                             {"list", "--format", "json"},
                                                             {"show", "1"},
                                                             {"edit", "1", "--soreness", "2"},
                                                             {"rm", "1", "--yes"},
                                                             {"check"}};

// Names in the sandbox folder, to see that nothing (-wal, -shm) was added.
std::vector<std::string> folder_listing(const Sandbox& box) {
    std::vector<std::string> names;
    for (const auto& item : fs::directory_iterator(box.dir())) {
        names.push_back(item.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

void expect_refused(const Sandbox& box, const std::vector<std::string>& parts) {
    auto before = box.db_bytes();
    auto listing = folder_listing(box);
    for (const auto& args : every_command) {
        auto r = box.run(args);
        EXPECT_TRUE(fails_with(r, 1, parts)) << args[0];
        EXPECT_EQ(box.db_bytes(), before) << args[0] << " changed the file";
        EXPECT_EQ(folder_listing(box), listing) << args[0] << " added files";
    }
    auto backup = (box.dir() / "copy.db").string();
    EXPECT_TRUE(fails_with(box.run({"backup", backup}), 1, parts));
    EXPECT_FALSE(fs::exists(backup));
}

TEST(Store, TextFileIsNotAJournal) {
    Sandbox box;
    std::string text = "these are my notes, not a database\n";
    for (int i = 0; i < 200; ++i) {
        text += "line " + std::to_string(i) + "\n";
    }
    sore::testing::write_file(box.db(), text);
    expect_refused(box, {box.db()});
    EXPECT_EQ(box.db_bytes(), text);
}

TEST(Store, AnotherProgramsDatabaseIsRefused) {
    Sandbox box;
    query(box.db(), "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ann')");
    expect_refused(box, {box.db(), "not a sore journal"});
    EXPECT_EQ(query(box.db(), "SELECT name FROM contacts"), std::vector<std::string>{"Ann"});
}

TEST(Store, NewerSchemaIsRefusedUntouched) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "3"}).status, 0);
    query(box.db(), "PRAGMA user_version = 99");
    expect_refused(box, {box.db(), "newer", "99"});
    EXPECT_EQ(query(box.db(), "PRAGMA user_version"), std::vector<std::string>{"99"});
}

TEST(Store, EmptyFileBecomesAJournal) {
    Sandbox box;
    sore::testing::write_file(box.db(), "");
    auto r = box.run({"log", "--soreness", "3"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(sore::testing::listed_ids(box), std::vector<long long>{1});
}

class ReadOnly : public ::testing::Test {
protected:
    void SetUp() override {
        auto r = box.run({"log", "--soreness", "6", "--note", "kept"});
        ASSERT_EQ(r.status, 0) << r.err;
        auto why = box.run_unprivileged();
        if (!why.empty()) {
            GTEST_SKIP() << "cannot test file modes: " << why;
        }
        fs::permissions(box.db(),
                        fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    }
    void TearDown() override {
        std::error_code ec;
        fs::permissions(box.dir(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    Sandbox box;
};

TEST_F(ReadOnly, WritesFailWithOneLineAndChangeNothing) {
    auto before = box.db_bytes();
    for (const std::vector<std::string>& args : {std::vector<std::string>{"log", "--soreness", "3"},
                                                 {"edit", "1", "--soreness", "2"},
                                                 {"rm", "1", "--yes"}}) {
        auto r = box.run(args);
        EXPECT_TRUE(fails_with(r, 1, {box.db()})) << args[0];
        EXPECT_TRUE(contains(r.err, "write") || contains(r.err, "read-only") ||
                    contains(r.err, "readonly"))
            << r.err;
        EXPECT_EQ(box.db_bytes(), before) << args[0];
    }
    EXPECT_EQ(query(box.db(), "SELECT note FROM entry"), std::vector<std::string>{"kept"});
}

TEST_F(ReadOnly, CanStillBeRead) {
    auto r = box.run({"list", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)[0]["note"], "kept");
    EXPECT_EQ(box.run({"show", "1"}).status, 0);
}

// SQLite would leave a -wal and a -shm as read-only as the journal, and the
// -shm would block every write once the journal is writable again.
TEST_F(ReadOnly, ReadingLeavesNothingThatBlocksWritesLater) {
    auto listing = folder_listing(box);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"list"}, {"week"}, {"check"}, {"export"}}) {
        auto r = box.run(args);
        EXPECT_EQ(r.status, 0) << args[0] << ": " << r.err;
        EXPECT_EQ(folder_listing(box), listing) << args[0] << " added files";
    }
    fs::permissions(box.db(), fs::perms::owner_read | fs::perms::owner_write);
    auto r = box.run({"log", "--soreness", "3"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(sore::testing::listed_ids(box), (std::vector<long long>{1, 2}));
}

TEST_F(ReadOnly, InAReadOnlyFolderCanStillBeRead) {
    fs::permissions(box.dir(), fs::perms::owner_read | fs::perms::owner_exec |
                                   fs::perms::group_read | fs::perms::group_exec |
                                   fs::perms::others_read | fs::perms::others_exec);
    auto before = box.db_bytes();
    auto r = box.run({"list", "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)[0]["note"], "kept");
    EXPECT_EQ(box.db_bytes(), before);
}

TEST_F(ReadOnly, InAReadOnlyFolderWritesFailWithOneLine) {
    fs::permissions(box.dir(), fs::perms::owner_read | fs::perms::owner_exec |
                                   fs::perms::group_read | fs::perms::group_exec |
                                   fs::perms::others_read | fs::perms::others_exec);
    auto before = box.db_bytes();
    EXPECT_TRUE(fails_with(box.run({"log", "--soreness", "3"}), 1, {box.db()}));
    EXPECT_EQ(box.db_bytes(), before);
}

TEST_F(ReadOnly, NewJournalInAReadOnlyFolderFailsWithOneLine) {
    fs::permissions(box.dir(), fs::perms::owner_read | fs::perms::owner_exec |
                                   fs::perms::group_read | fs::perms::group_exec |
                                   fs::perms::others_read | fs::perms::others_exec);
    auto other = (box.dir() / "new.db").string();
    box.env["SORE_DB"] = other;
    EXPECT_TRUE(fails_with(box.run({"log", "--soreness", "3"}), 1, {other}));
    EXPECT_FALSE(fs::exists(other));
}

TEST(Store, LockedPastTheBusyTimeoutIsAnEnvironmentError) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "3"}).status, 0);
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open_v2(box.db().c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> holder(raw, sqlite3_close_v2);
    ASSERT_EQ(sqlite3_exec(raw, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

    auto r = box.run({"log", "--soreness", "4"});
    EXPECT_TRUE(fails_with(r, 1, {box.db(), "locked"}));

    sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
    holder.reset();
    EXPECT_EQ(sore::testing::listed_ids(box), std::vector<long long>{1});
}

} // namespace

TEST(Store, APathStartingWithFileIsAPathNotAUri) {
    // SQLite would read "file:...?mode=memory" as a URI and keep the entry in
    // memory only; sore must write a file of exactly that name (relative to
    // the sandbox, where sore runs).
    Sandbox box;
    std::string odd = "file:j.db?mode=memory";
    box.env["SORE_DB"] = odd;
    ASSERT_EQ(box.run({"log", "--soreness", "4"}).status, 0);
    EXPECT_TRUE(fs::exists(box.dir() / odd));
    EXPECT_EQ(sore::testing::listed_ids(box), std::vector<long long>{1});
}

TEST(Store, AnOddPathStillWorks) {
    Sandbox box;
    auto odd = (box.dir() / "we?ird #%20 näme.db").string();
    box.env["SORE_DB"] = odd;
    ASSERT_EQ(box.run({"log", "--soreness", "4"}).status, 0);
    EXPECT_TRUE(fs::exists(odd));
    EXPECT_EQ(sore::testing::listed_ids(box), std::vector<long long>{1});
}

TEST(Store, AJournalThatCannotBeSeenIsNotEmpty) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "4"}).status, 0);
    auto why = box.run_unprivileged();
    if (!why.empty()) {
        GTEST_SKIP() << "cannot test file modes: " << why;
    }
    // The config file is looked for outside the hidden folder.
    box.env["XDG_CONFIG_HOME"] = "/nonexistent/sore-test-config";
    fs::permissions(box.dir(), fs::perms::none);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"list"}, {"show", "1"}, {"rm", "1", "--yes"}, {"check"}}) {
        EXPECT_TRUE(sore::testing::fails_with(box.run(args), 1, {"cannot reach the journal"}))
            << args.front();
    }
    fs::permissions(box.dir(), fs::perms::owner_all);
}

TEST(Store, OutputThatCannotBeWrittenChangesNothing) {
    Sandbox box;
    ASSERT_EQ(box.run({"log", "--soreness", "4"}).status, 0);
    auto before = box.db_bytes();
    box.prefix = {"/bin/sh", "-c", "exec \"$0\" \"$@\" > /dev/full"};
    for (const std::vector<std::string>& args : {std::vector<std::string>{"log", "--soreness", "5"},
                                                 {"edit", "1", "--soreness", "6"},
                                                 {"rm", "1", "--yes"}}) {
        auto r = box.run(args);
        EXPECT_EQ(r.status, 1) << args.front() << ": " << r.err;
        EXPECT_TRUE(sore::testing::contains(r.err, "nothing was changed")) << r.err;
    }
    box.prefix.clear();
    EXPECT_EQ(box.db_bytes(), before);
}
