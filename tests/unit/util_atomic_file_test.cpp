// util::AtomicFile: a file appears whole under its name or not at all, and
// a failed or killed write leaves nothing behind.

#include "error.hpp"
#include "support.hpp"
#include "util/atomic_file.hpp"

#include <array>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <ostream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using sore::util::AtomicFile;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& item : fs::directory_iterator(folder)) {
        names.push_back(item.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool has_anonymous_files(const fs::path& folder) {
    int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY, 0600);
    if (fd < 0) {
        return false;
    }
    ::close(fd);
    return true;
}

// Runs `body` in a child process and returns how it ended (128 + signal).
template <typename Body> int in_child(Body body) {
    pid_t pid = fork();
    if (pid == 0) {
        body();
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
}

} // namespace

TEST(AtomicFile, TheNameAppearsOnlyAtCommitWithEveryByte) {
    sore::test::TempDir dir;
    auto target = dir.file("export.csv");
    {
        AtomicFile file(target, AtomicFile::Replace::no);
        std::string big(200'000, 'x'); // past the buffer, so some is written early
        file.stream() << "a,b\r\n" << big;
        EXPECT_FALSE(fs::exists(target));
        ASSERT_TRUE(file.commit());
        EXPECT_EQ(read(target), "a,b\r\n" + big);
    }
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"export.csv"});
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::mask,
              fs::perms::owner_read | fs::perms::owner_write);
}

TEST(AtomicFile, DroppedWithoutCommitLeavesNothing) {
    sore::test::TempDir dir;
    {
        AtomicFile file(dir.file("page.html"), AtomicFile::Replace::no);
        file.stream() << "<html>";
    }
    EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(AtomicFile, NeverReplacesUnlessAsked) {
    sore::test::TempDir dir;
    auto target = dir.file("copy.csv");
    std::ofstream(target) << "old";
    {
        AtomicFile file(target, AtomicFile::Replace::no);
        file.stream() << "new";
        EXPECT_FALSE(file.commit()); // the name was taken
    }
    EXPECT_EQ(read(target), "old");
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"copy.csv"});
    {
        AtomicFile file(target, AtomicFile::Replace::yes);
        file.stream() << "new";
        EXPECT_TRUE(file.commit());
    }
    EXPECT_EQ(read(target), "new");
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"copy.csv"});
}

TEST(AtomicFile, ANamedFileIsHiddenBesideTheTarget) {
    sore::test::TempDir dir;
    auto target = dir.file("backup.db");
    AtomicFile file(target, AtomicFile::Replace::no, AtomicFile::Named::yes);
    auto temp = fs::path(file.temp_path());
    EXPECT_EQ(temp.parent_path(), dir.path());
    EXPECT_TRUE(temp.filename().string().starts_with(".sore-")) << temp;
    std::ofstream(temp) << "written by name";
    ASSERT_TRUE(file.commit());
    EXPECT_EQ(read(target), "written by name");
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"backup.db"});
}

TEST(AtomicFile, AFolderThatDoesNotExistIsAnError) {
    sore::test::TempDir dir;
    EXPECT_THROW(AtomicFile(dir.file("no/such/out.csv"), AtomicFile::Replace::no), sore::Error);
    EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(AtomicFile, SigkillInTheMiddleLeavesNothing) {
    sore::test::TempDir dir;
    if (!has_anonymous_files(dir.path())) {
        GTEST_SKIP() << "this file system has no O_TMPFILE";
    }
    int ended = in_child([&] {
        AtomicFile file(dir.file("export.csv"), AtomicFile::Replace::no);
        file.stream() << std::string(200'000, 'x') << std::flush;
        ::kill(::getpid(), SIGKILL);
    });
    EXPECT_EQ(ended, 128 + SIGKILL);
    EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(AtomicFile, SigtermRemovesAHiddenNamedFile) {
    sore::test::TempDir dir;
    int ended = in_child([&] {
        AtomicFile file(dir.file("backup.db"), AtomicFile::Replace::no, AtomicFile::Named::yes);
        if (!fs::exists(file.temp_path())) {
            _exit(3);
        }
        ::raise(SIGTERM);
        _exit(4); // not reached: the signal ends the process
    });
    EXPECT_EQ(ended, 128 + SIGTERM);
    EXPECT_TRUE(names_in(dir.path()).empty());
}

// SQLite keeps a rollback journal beside a file it writes by name: a signal
// takes both away.
TEST(AtomicFile, SigtermRemovesTheFilesKeptBesideIt) {
    sore::test::TempDir dir;
    static constexpr std::array<const char*, 2> beside{"-journal", "-wal"};
    int ended = in_child([&] {
        AtomicFile file(dir.file("backup.db"), AtomicFile::Replace::no, AtomicFile::Named::yes,
                        beside);
        for (const char* suffix : beside) {
            std::ofstream(file.temp_path() + suffix) << "pages";
        }
        if (names_in(dir.path()).size() != 3) {
            _exit(3);
        }
        ::raise(SIGTERM);
        _exit(4); // not reached: the signal ends the process
    });
    EXPECT_EQ(ended, 128 + SIGTERM);
    EXPECT_TRUE(names_in(dir.path()).empty());
}
