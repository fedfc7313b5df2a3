// An import that runs out of room exits 1 with one line that says why and
// names the journal, and leaves the journal as it was, byte for byte: past
// the file size limit (ulimit -f, set through prlimit), and, where a mount
// namespace can be made, on a full 1 MiB tmpfs.

#include "bulk.hpp"
#include "expect.hpp"

#include <unistd.h>

using sore::testing::query;
using sore::testing::read_file;
using sore::testing::Sandbox;
namespace fs = std::filesystem;

namespace {

// About 6 MiB of WAL at the commit: far more than the room given.
constexpr int rows = 20000;

// Printed before the commit (so a summary that cannot be written adds
// nothing); a commit that then fails leaves it on standard output.
const std::string summary = "bulk.csv: 20000 rows: 20000 new, 0 already in the journal, 0 "
                            "conflicting.\nAdded 20000 entries.\n";

std::optional<std::string> find_program(const std::string& name) {
    for (const char* folder : {"/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"}) {
        auto path = folder + name;
        if (access(path.c_str(), X_OK) == 0) {
            return path;
        }
    }
    return std::nullopt;
}

// Three entries with tags, and the import file.
void build(const Sandbox& box) {
    for (const char* day : {"2026-11-01", "2026-11-02", "2026-11-03"}) {
        auto r = box.run({"log", day, "--soreness", "4", "--note", day, "--tag", "before"});
        ASSERT_EQ(r.status, 0) << r.err;
    }
    sore::testing::write_file(
        box.dir() / "bulk.csv",
        sore::testing::bulk_csv(rows, std::chrono::year{2026} / std::chrono::November / 27, 5000));
}

// The journal still works: whole, the same three entries, and it takes a
// new one and then the whole import.
void expect_usable(const Sandbox& box) {
    EXPECT_EQ(query(box.db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    EXPECT_EQ(query(box.db(), "SELECT group_concat(note, ',') FROM entry"),
              std::vector<std::string>{"2026-11-01,2026-11-02,2026-11-03"});
    auto log = box.run({"log", "--soreness", "2"});
    EXPECT_EQ(log.status, 0) << log.err;
    auto import = box.run({"import", "bulk.csv"});
    EXPECT_EQ(import.status, 0) << import.err;
    EXPECT_EQ(query(box.db(), "SELECT count(*) FROM entry"), std::vector<std::string>{"20004"});
}

TEST(FullDisk, ImportPastTheFileSizeLimitExits1AndChangesNothing) {
    auto prlimit = find_program("prlimit");
    if (!prlimit) {
        GTEST_SKIP() << "prlimit(1) from util-linux is not installed";
    }
    // The journal of three entries takes 128 KiB (eight 16 KiB pages).
    // 256 KiB: the commit fails a few pages into the WAL; 1 MiB: far into it.
    for (int limit : {256 * 1024, 1024 * 1024}) {
        SCOPED_TRACE("file size limit " + std::to_string(limit));
        Sandbox box;
        build(box);
        auto before = box.db_bytes();
        ASSERT_LT(before.size(), static_cast<std::size_t>(limit));
        box.prefix = {*prlimit, "--fsize=" + std::to_string(limit)};
        auto r = box.run({"import", "bulk.csv"});
        box.prefix.clear();
        EXPECT_EQ(r.status, 1) << r.err; // not 128 + SIGXFSZ
        EXPECT_EQ(r.err, "sore: error: import: bulk.csv: a file is too large: the journal " +
                             box.db() +
                             " cannot grow past the file size limit (ulimit -f); nothing was "
                             "changed\n");
        EXPECT_TRUE(r.out.empty() || r.out == summary) << r.out;
        EXPECT_EQ(box.db_bytes(), before) << "the journal changed";
        expect_usable(box);
    }
}

// sore runs in a mount namespace of its own, on a copy of the journal in a
// 1 MiB tmpfs; the script copies the journal back out when sore is done.
TEST(FullDisk, ImportOntoAFullFileSystemExits1AndChangesNothing) {
    auto unshare = find_program("unshare");
    if (!unshare) {
        GTEST_SKIP() << "unshare(1) from util-linux is not installed";
    }
    Sandbox box;
    build(box);
    auto before = box.db_bytes();
    fs::create_directory(box.dir() / "small");
    const std::string script = "mount -t tmpfs -o size=1m sore-test small || exit 125\n"
                               "cp journal.db small/journal.db || exit 125\n"
                               "SORE_DB=\"$(pwd -P)/small/journal.db\" \"$0\" \"$@\"\n"
                               "status=$?\n"
                               "ls -A small > small.list\n"
                               "cp small/journal.db after.db\n"
                               "exit $status\n";
    box.prefix = {*unshare, "--mount", "--propagation", "private"};
    if (geteuid() != 0) { // a user namespace may mount a tmpfs of its own
        box.prefix.insert(box.prefix.begin() + 1, {"--user", "--map-root-user"});
    }
    box.prefix.insert(box.prefix.end(), {"/bin/sh", "-c", script});
    auto probe = box.run({"--version"});
    if (probe.status != 0) {
        GTEST_SKIP() << "cannot mount a tmpfs in a new mount namespace (status " << probe.status
                     << "): " << probe.err;
    }

    auto r = box.run({"import", "bulk.csv"});
    box.prefix.clear();
    auto small = (fs::canonical(box.dir()) / "small" / "journal.db").string();
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_EQ(r.err, "sore: error: import: bulk.csv: the disk is full: the journal " + small +
                         " cannot grow; nothing was changed\n");
    EXPECT_TRUE(r.out.empty() || r.out == summary) << r.out;
    EXPECT_EQ(read_file(box.dir() / "after.db"), before) << "the journal changed";
    EXPECT_EQ(read_file(box.dir() / "small.list"), "journal.db\n") << "files left beside it";
    // The copy is the journal now: it works as before.
    sore::testing::write_file(box.db(), read_file(box.dir() / "after.db"));
    expect_usable(box);
}

} // namespace
