// Where the journal lives: --db, then SORE_DB, then `db =` in the config
// file, then $XDG_DATA_HOME/sore/journal.db, then
// ~/.local/share/sore/journal.db. Folders are created 0700, the file 0600.

#include "expect.hpp"

#include <filesystem>
#include <sys/stat.h>

using sore::testing::contains;
using sore::testing::fails_with;
using sore::testing::mode_of;
using sore::testing::query;
using sore::testing::Sandbox;
using sore::testing::write_file;

namespace fs = std::filesystem;

namespace {

// A sandbox with no SORE_DB, so the lower levels of the order can be tried.
class Location : public ::testing::Test {
protected:
    Location() { box.env["SORE_DB"] = std::nullopt; }

    fs::path home() const { return box.dir() / "home"; }
    fs::path default_journal() const { return home() / ".local/share/sore/journal.db"; }

    void write_config(const fs::path& file, const std::string& text) {
        fs::create_directories(file.parent_path());
        write_file(file, text);
    }

    // Logs one entry with this note and asserts it landed in `expected`.
    void expect_journal(const fs::path& expected, std::vector<std::string> global = {}) {
        std::vector<std::string> args = std::move(global);
        for (const char* word : {"log", "--soreness", "4", "--note", "here"}) {
            args.emplace_back(word);
        }
        auto r = box.run(args);
        ASSERT_EQ(r.status, 0) << r.err;
        ASSERT_TRUE(fs::exists(expected)) << expected;
        EXPECT_EQ(query(expected, "SELECT note FROM entry"), std::vector<std::string>{"here"});
    }

    Sandbox box;
};

TEST_F(Location, DbOptionBeatsSoreDb) {
    auto flag = box.dir() / "flag.db";
    box.env["SORE_DB"] = (box.dir() / "env.db").string();
    expect_journal(flag, {"--db", flag.string()});
    EXPECT_FALSE(fs::exists(box.dir() / "env.db"));
    EXPECT_FALSE(fs::exists(default_journal()));
}

TEST_F(Location, SoreDbBeatsTheConfigFile) {
    auto env_db = box.dir() / "env.db";
    box.env["SORE_DB"] = env_db.string();
    write_config(home() / ".config/sore/config",
                 "db = " + (box.dir() / "config.db").string() + "\n");
    expect_journal(env_db);
    EXPECT_FALSE(fs::exists(box.dir() / "config.db"));
}

TEST_F(Location, ConfigInXdgConfigHomeBeatsXdgDataHome) {
    auto config_db = box.dir() / "config.db";
    box.env["XDG_CONFIG_HOME"] = (box.dir() / "cfg").string();
    box.env["XDG_DATA_HOME"] = (box.dir() / "data").string();
    write_config(box.dir() / "cfg/sore/config",
                 "# my settings\n\ndb = " + config_db.string() + "\n");
    expect_journal(config_db);
    EXPECT_FALSE(fs::exists(box.dir() / "data/sore/journal.db"));
}

TEST_F(Location, ConfigInHomeDotConfigWithoutXdgConfigHome) {
    auto config_db = box.dir() / "config.db";
    write_config(home() / ".config/sore/config", "db = " + config_db.string() + "\n");
    expect_journal(config_db);
    EXPECT_FALSE(fs::exists(default_journal()));
}

TEST_F(Location, ConfigMayUseTilde) {
    write_config(home() / ".config/sore/config", "db = ~/notes/sore.db\n");
    expect_journal(home() / "notes/sore.db");
}

TEST_F(Location, ConfigOptionNamesTheConfigFile) {
    auto chosen_db = box.dir() / "chosen.db";
    auto config = box.dir() / "elsewhere.ini";
    write_config(config, "db = " + chosen_db.string() + "\n");
    write_config(home() / ".config/sore/config", "db = " + (box.dir() / "default.db").string());
    expect_journal(chosen_db, {"--config", config.string()});
    EXPECT_FALSE(fs::exists(box.dir() / "default.db"));
}

TEST_F(Location, ConfigWithoutDbFallsThrough) {
    write_config(home() / ".config/sore/config", "# nothing set yet\n");
    expect_journal(default_journal());
}

TEST_F(Location, UnknownConfigKeyIsAUsageError) {
    auto config = home() / ".config/sore/config";
    write_config(config, "db = " + (box.dir() / "x.db").string() + "\ncolour = always\n");
    EXPECT_TRUE(
        fails_with(box.run({"log", "--soreness", "3"}), 2, {config.string(), "colour", "db"}));
    EXPECT_TRUE(fails_with(box.run({"list"}), 2, {"colour"}));
    EXPECT_FALSE(fs::exists(box.dir() / "x.db"));
    EXPECT_FALSE(fs::exists(default_journal()));
}

TEST_F(Location, EmptyDbInConfigIsAUsageError) {
    write_config(home() / ".config/sore/config", "db =\n");
    EXPECT_TRUE(fails_with(box.run({"log", "--soreness", "3"}), 2, {"db"}));
    EXPECT_FALSE(fs::exists(default_journal()));
}

TEST_F(Location, MissingConfigOptionFileIsAUsageError) {
    auto missing = (box.dir() / "missing.ini").string();
    EXPECT_TRUE(fails_with(box.run({"--config", missing, "log", "--soreness", "3"}), 2,
                           {"--config", missing}));
    EXPECT_FALSE(fs::exists(default_journal()));
}

// An explicit --config that names no file is a mistake to report even when
// SORE_DB decides the journal.
TEST_F(Location, MissingConfigOptionFileIsAUsageErrorEvenWithSoreDb) {
    box.env["SORE_DB"] = (box.dir() / "env.db").string();
    auto missing = (box.dir() / "missing.ini").string();
    EXPECT_TRUE(fails_with(box.run({"--config", missing, "log", "--soreness", "3"}), 2,
                           {"--config", missing}));
    EXPECT_FALSE(fs::exists(box.dir() / "env.db"));
}

TEST_F(Location, XdgDataHomeBeatsHome) {
    box.env["XDG_DATA_HOME"] = (box.dir() / "data").string();
    expect_journal(box.dir() / "data/sore/journal.db");
    EXPECT_FALSE(fs::exists(default_journal()));
}

TEST_F(Location, RelativeXdgDataHomeIsIgnored) {
    box.env["XDG_DATA_HOME"] = "relative/data";
    expect_journal(default_journal());
}

TEST_F(Location, DefaultIsUnderHomeWithPrivateModes) {
    ::umask(0); // sore must not rely on the caller's umask
    expect_journal(default_journal());
    ::umask(022);
    for (const auto& folder :
         {home() / ".local", home() / ".local/share", home() / ".local/share/sore"}) {
        EXPECT_EQ(mode_of(folder), 0700u) << folder;
    }
    EXPECT_EQ(mode_of(default_journal()), 0600u);
}

TEST_F(Location, XdgDataHomeFoldersAndFileArePrivate) {
    ::umask(0);
    box.env["XDG_DATA_HOME"] = (box.dir() / "data").string();
    expect_journal(box.dir() / "data/sore/journal.db");
    ::umask(022);
    EXPECT_EQ(mode_of(box.dir() / "data"), 0700u);
    EXPECT_EQ(mode_of(box.dir() / "data/sore"), 0700u);
    EXPECT_EQ(mode_of(box.dir() / "data/sore/journal.db"), 0600u);
}

TEST_F(Location, SoreDbFileIsPrivateEvenWithAnOpenUmask) {
    ::umask(0);
    auto db = box.dir() / "deep/er/journal.db";
    box.env["SORE_DB"] = db.string();
    expect_journal(db);
    ::umask(022);
    EXPECT_EQ(mode_of(db), 0600u);
    EXPECT_EQ(mode_of(box.dir() / "deep"), 0700u);
    EXPECT_EQ(mode_of(box.dir() / "deep/er"), 0700u);
}

TEST_F(Location, ReadingCreatesNoFolders) {
    auto r = box.run({"list"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "There is no journal at " +
                         (home() / ".local/share/sore/journal.db").string() +
                         " yet. Add an entry with: sore log --soreness N\n");
    EXPECT_FALSE(fs::exists(home() / ".local")) << "list must not create the data folder";
}

TEST_F(Location, CheckNamesTheJournalItUses) {
    box.env["XDG_DATA_HOME"] = (box.dir() / "data").string();
    auto r = box.run({"check"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, (box.dir() / "data/sore/journal.db").string())) << r.out;
}

TEST_F(Location, JournalPathThatIsAFolderIsRefused) {
    box.env["SORE_DB"] = box.dir().string();
    EXPECT_TRUE(fails_with(box.run({"log", "--soreness", "3"}), 2, {box.dir().string()}));
}

TEST_F(Location, FolderThatCannotBeCreatedIsAnEnvironmentError) {
    write_file(box.dir() / "plain-file", "x");
    box.env["SORE_DB"] = (box.dir() / "plain-file/journal.db").string();
    EXPECT_TRUE(fails_with(box.run({"log", "--soreness", "3"}), 1, {"plain-file"}));
    EXPECT_EQ(sore::testing::read_file(box.dir() / "plain-file"), "x");
}

} // namespace

TEST(ConfigFile, UnreadableIsAnErrorNotTheDefaultJournal) {
    // Falling back to the XDG default would split the entries over two files.
    Sandbox box;
    box.env["SORE_DB"] = std::nullopt;
    auto config = box.dir() / "home" / ".config" / "sore" / "config";
    fs::create_directories(config.parent_path());
    write_file(config, "db = " + box.db() + "\n");
    auto why = box.run_unprivileged();
    if (!why.empty()) {
        GTEST_SKIP() << "cannot test file modes: " << why;
    }
    for (const auto& locked : {config, config.parent_path()}) { // the file, then its folder
        fs::permissions(locked, fs::perms::none);
        auto r = box.run({"log", "--soreness", "3"});
        EXPECT_TRUE(fails_with(r, 1, {config.string()})) << locked;
    }
    fs::permissions(config.parent_path(), fs::perms::owner_all);
    EXPECT_FALSE(fs::exists(box.db()));
    EXPECT_FALSE(fs::exists(box.dir() / "home" / ".local" / "share" / "sore" / "journal.db"));
}
