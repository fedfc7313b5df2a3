// Bad files, config files and environment values (see bad_input.hpp): each
// case's setup makes what it needs in the sandbox after three entries are
// logged. The config cases unset SORE_DB and name the existing journal with
// `db = journal.db`, so a config file that were wrongly accepted would let
// `sore log` change it. The last table is the journal's history: nothing to
// undo or redo, a history or an entry changed outside sore.

#include "bad_input.hpp"

#include <filesystem>
#include <sys/stat.h>

using sore::testing::BadInput;
using sore::testing::BadInputTest;
using sore::testing::query;
using sore::testing::Sandbox;

namespace fs = std::filesystem;

namespace {

void put(const Sandbox& box, const std::string& name, const std::string& content) {
    fs::create_directories((box.dir() / name).parent_path());
    sore::testing::write_file(box.dir() / name, content);
}

void use_journal(Sandbox& box, const std::string& path) {
    box.env["SORE_DB"] = path;
}

// Later runs as a user that file modes apply to; skips the case when the
// tests cannot switch to one.
void as_nobody(Sandbox& box) {
    auto why = box.run_unprivileged();
    if (!why.empty()) {
        GTEST_SKIP() << "cannot test file modes: " << why;
    }
}

void read_only_journal(Sandbox& box) {
    fs::permissions(box.db(), fs::perms::owner_read | fs::perms::group_read);
    as_nobody(box);
}

void read_only_folder(Sandbox& box) {
    fs::permissions(box.dir(), fs::perms::owner_read | fs::perms::owner_exec);
    as_nobody(box);
}

void newer_schema(Sandbox& box) {
    query(box.db(), "PRAGMA user_version = 99");
}

void a_csv(Sandbox& box) {
    put(box, "new.csv", "date,soreness\n2026-11-01,3\n");
}

void a_folder_d(Sandbox& box) {
    fs::create_directory(box.dir() / "d");
}

// The journal is then found through the config file, or else is the default
// one under HOME.
void no_sore_db(Sandbox& box) {
    box.env["SORE_DB"] = std::nullopt;
}

void config(Sandbox& box, const std::string& text) {
    no_sore_db(box);
    put(box, "cfg", text);
}

// Bytes that are no SQLite file, the same on every run.
std::string noise() {
    std::string bytes(8192, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>((i * 7919 + 13) % 251);
    }
    return bytes;
}

const std::vector<std::string> log3 = {"log", "--soreness", "3"};
const std::vector<std::string> config_log3 = {"--config", "cfg", "log", "--soreness", "3"};

const std::vector<BadInput> files = {
    {"ImportMissingFile",
     {"import", "missing.csv"},
     {"import", "'missing.csv'", "does not exist", "CSV or JSON file"}},
    {"ImportFolder",
     {"import", "d"},
     {"import", "'d'", "is a folder", "CSV or JSON"},
     2,
     a_folder_d},
    {"ImportBinaryFile",
     {"import", "b.bin"},
     {"b.bin line 1", "'\\x00\\x01\\x02binary'", "expected a header of id"},
     2,
     [](Sandbox& box) {
         put(box, "b.bin", std::string("\0\1\2binary\n", 10));
     }},
    {"ImportTextFile",
     {"import", "notes.txt"},
     {"notes.txt line 1", "'hello world'", "expected a header of id"},
     2,
     [](Sandbox& box) {
         put(box, "notes.txt", "hello world\nand more words\n");
     }},
    // Which byte of a SQLite file the CSV reader trips on depends on the schema.
    {"ImportTheJournal", {"import", "journal.db"}, {"journal.db line 1", "expected"}},
    {"ImportEmptyFile",
     {"import", "empty.csv"},
     {"empty.csv is empty", "CSV or JSON file"},
     2,
     [](Sandbox& box) {
         put(box, "empty.csv", "");
     }},
    {"ImportBadRowAfterGoodOnes",
     {"import", "r.csv"},
     {"r.csv line 4", "soreness '11'", "0 to 10"},
     2,
     [](Sandbox& box) {
         put(box, "r.csv", "date,soreness\n2026-11-01,3\n2026-11-02,4\n2026-11-03,11\n");
     }},
    {"ImportFutureRow",
     {"import", "r.csv"},
     {"r.csv line 3", "date '2026-11-28'", "future", "2026-11-27"},
     2,
     [](Sandbox& box) {
         put(box, "r.csv", "date,soreness\r\n2026-11-01,3\r\n2026-11-28,3\r\n");
     }},
    {"ImportRowWithExtraCell",
     {"import", "r.csv"},
     {"r.csv line 3", "3 cells where the header has 2"},
     2,
     [](Sandbox& box) {
         put(box, "r.csv", "date,soreness\n2026-11-01,3\n2026-11-02,3,x\n");
     }},
    {"ImportUnclosedQuote",
     {"import", "r.csv"},
     {"r.csv line 2", "never closed", "closing quote"},
     2,
     [](Sandbox& box) {
         put(box, "r.csv",
             "\xef\xbb\xbf"
             "date,soreness\n2026-11-01,\"3\n");
     }},
    {"ImportUnknownColumn",
     {"import", "r.csv"},
     {"r.csv line 1", "'colour'", "expected a header of id"},
     2,
     [](Sandbox& box) {
         put(box, "r.csv", "date,soreness,colour\n2026-11-01,3,red\n");
     }},
    {"ImportNoSorenessColumn",
     {"import", "r.csv"},
     {"r.csv line 1", "no soreness column", "at least date and soreness"},
     2,
     [](Sandbox& box) {
         put(box, "r.csv", "date\n2026-11-01\n");
     }},
    {"ImportBadPressure",
     {"import", "r.csv"},
     {"r.csv line 2", "pressure 'hard'", "light, medium, firm or deep"},
     2,
     [](Sandbox& box) {
         put(box, "r.csv", "date,soreness,pressure\n2026-11-01,3,hard\n");
     }},
    {"ImportTruncatedJson",
     {"import", "r.json"},
     {"r.json is not valid JSON", "line 2"},
     2,
     [](Sandbox& box) {
         put(box, "r.json", "{\"entries\": [\n");
     }},
    {"ImportJsonOfAnotherProgram",
     {"import", "r.json"},
     {"r.json", "not a sore export", "\"format\": \"sore\""},
     2,
     [](Sandbox& box) {
         put(box, "r.json", R"({"format": "other", "entries": []})");
     }},
    {"ImportJsonFromANewerSore",
     {"import", "r.json"},
     {"r.json is version 9", "version 1"},
     2,
     [](Sandbox& box) {
         put(box, "r.json", R"({"format": "sore", "version": 9, "entries": []})");
     }},
    {"ImportConflictingEntry",
     {"import", "r.csv"},
     {"r.csv", "1 row has the uuid of an entry here but other values", "--replace"},
     2,
     [](Sandbox& box) {
         auto uuid = query(box.db(), "SELECT uuid FROM entry WHERE id = 1").at(0);
         put(box, "r.csv", "uuid,date,soreness\n" + uuid + ",2026-11-27,2\n");
     }},
    {"ImportBadRowIntoANewJournal",
     {"import", "r.csv"},
     {"r.csv line 3", "soreness 'x'"},
     2,
     [](Sandbox& box) {
         use_journal(box, "a/b/new.db");
         put(box, "r.csv", "date,soreness\n2026-11-01,3\n2026-11-02,x\n");
     }},
    {"ExportIntoAMissingFolder",
     {"export", "-o", "nodir/x.csv"},
     {"export", "-o 'nodir/x.csv'", "{dir}/nodir", "a file in an existing folder"}},
    {"ExportThroughAFile",
     {"export", "-o", "journal.db/x.csv"},
     {"export", "-o 'journal.db/x.csv'", "folder that does not exist"}},
    {"ExportOverAnExistingFile",
     {"export", "--format", "json", "-o", "x.json"},
     {"export", "-o 'x.json'", "already exists", "--force"},
     2,
     [](Sandbox& box) {
         put(box, "x.json", "mine\n");
     }},
    {"ExportIntoAFolder",
     {"export", "-o", "d"},
     {"export", "-o 'd'", "is a folder"},
     2,
     a_folder_d},
    {"ExportOntoTheJournal",
     {"export", "-o", "journal.db", "--force"},
     {"export", "-o 'journal.db'", "where the journal is kept"}},
    {"ReportIntoAMissingFolder",
     {"report", "-o", "nodir/r.html"},
     {"report", "-o 'nodir/r.html'", "existing folder"}},
    {"ReportOverAnExistingFile",
     {"report", "-o", "r.html"},
     {"report", "-o 'r.html'", "already exists", "--force"},
     2,
     [](Sandbox& box) {
         put(box, "r.html", "<p>mine</p>\n");
     }},
    {"BackupOverAnExistingFile",
     {"backup", "c.db"},
     {"backup", "'c.db'", "already exists", "--force"},
     2,
     [](Sandbox& box) {
         put(box, "c.db", "mine\n");
     }},
    {"BackupIntoAMissingFolder",
     {"backup", "nodir/c.db"},
     {"backup", "'{dir}/nodir'", "does not exist", "existing folder"}},
    {"BackupIntoAFolder",
     {"backup", "d"},
     {"backup", "'d' is a folder", "file name"},
     2,
     a_folder_d},
    {"BackupOntoTheJournal",
     {"backup", "journal.db", "--force"},
     {"backup", "cannot replace the journal itself"}},
    {"BackupWithoutAJournal",
     {"backup", "c.db"},
     {"no journal at none.db"},
     1,
     [](Sandbox& box) {
         use_journal(box, "none.db");
     }},
};

const std::vector<BadInput> config_lines = {
    {"UnknownKey",
     config_log3,
     {"config file cfg", "'colour'", "the known settings are db = PATH and name = TEXT"},
     2,
     [](Sandbox& box) {
         config(box, "db = journal.db\ncolour = always\n");
     }},
    {"UnknownKeyAlone",
     config_log3,
     {"config file cfg", "'no_color'", "db = PATH"},
     2,
     [](Sandbox& box) {
         config(box, "no_color = 1\n");
     }},
    {"KeyInCapitals",
     config_log3,
     {"config file cfg", "'DB'", "db = PATH"},
     2,
     [](Sandbox& box) {
         config(box, "DB = journal.db\n");
     }},
    {"EmptyDb",
     config_log3,
     {"config file cfg", "db is empty", "db = PATH"},
     2,
     [](Sandbox& box) {
         config(box, "db =\n");
     }},
    {"EmptyQuotedDb",
     config_log3,
     {"config file cfg", "db is empty"},
     2,
     [](Sandbox& box) {
         config(box, "db = \"\"\n");
     }},
    {"LineWithoutEquals",
     config_log3,
     {"config file cfg", "invalid line 'oops'", "db = PATH"},
     2,
     [](Sandbox& box) {
         config(box, "db = journal.db\noops\n");
     }},
    {"KeyWithoutValueOrEquals",
     config_log3,
     {"config file cfg", "invalid line 'db'"},
     2,
     [](Sandbox& box) {
         config(box, "db\n");
     }},
    {"LineWithoutName",
     config_log3,
     {"config file cfg", "no setting name before it", "db = PATH"},
     2,
     [](Sandbox& box) {
         config(box, "= journal.db\n");
     }},
    {"UnclosedSection",
     config_log3,
     {"config file cfg", "invalid line '[sore'"},
     2,
     [](Sandbox& box) {
         config(box, "[sore\ndb = journal.db\n");
     }},
    {"Section",
     config_log3,
     {"config file cfg", "'sore.db'", "db = PATH"},
     2,
     [](Sandbox& box) {
         config(box, "[sore]\ndb = journal.db\n");
     }},
    {"DbTwice",
     config_log3,
     {"config file cfg", "'db'", "more than once"},
     2,
     [](Sandbox& box) {
         config(box, "db = journal.db\ndb = other.db\n");
     }},
    {"UnmatchedQuote",
     config_log3,
     {"config file cfg", "db '\"journal.db'", "unmatched", "db = \"PATH\""},
     2,
     [](Sandbox& box) {
         config(box, "db = \"journal.db\n");
     }},
    {"DbIsAFolder",
     config_log3,
     {"journal path 'sub'", "is a folder", "journal file"},
     2,
     [](Sandbox& box) {
         config(box, "db = sub\n");
         fs::create_directory(box.dir() / "sub");
     }},
    {"ConfigIsAFolder",
     {"--config", "d", "log", "--soreness", "3"},
     {"config file 'd' is a folder", "a file"},
     2,
     [](Sandbox& box) {
         no_sore_db(box);
         a_folder_d(box);
     }},
    {"ConfigMissing",
     {"--config", "nothere", "log", "--soreness", "3"},
     {"--config 'nothere'", "does not exist", "a config file"}},
    {"InXdgConfigHome",
     log3,
     {"config file {dir}/xdg/sore/config", "invalid line 'oops'"},
     2,
     [](Sandbox& box) {
         no_sore_db(box);
         box.env["XDG_CONFIG_HOME"] = (box.dir() / "xdg").string();
         put(box, "xdg/sore/config", "db = ../../journal.db\noops\n");
     }},
    {"InHomeDotConfig",
     log3,
     {"config file {dir}/home/.config/sore/config", "'colour'"},
     2,
     [](Sandbox& box) {
         no_sore_db(box);
         put(box, "home/.config/sore/config", "db = ~/../journal.db\ncolour = always\n");
     }},
    {"Unreadable",
     config_log3,
     {"cannot read the config file cfg"},
     1,
     [](Sandbox& box) {
         config(box, "db = journal.db\n");
         fs::permissions(box.dir() / "cfg", fs::perms::none);
         as_nobody(box);
     }},
};

const std::vector<BadInput> environment = {
    {"SoreDbIsAFolder",
     log3,
     {"journal path 'd' is a folder", "the path of a journal file"},
     2,
     [](Sandbox& box) {
         a_folder_d(box);
         use_journal(box, "d");
     }},
    {"SoreDbIsAFolderForList",
     {"list"},
     {"journal path 'd' is a folder"},
     2,
     [](Sandbox& box) {
         a_folder_d(box);
         use_journal(box, "d");
     }},
    {"DbOptionIsAFolder", {"--db", "d", "list"}, {"journal path 'd' is a folder"}, 2, a_folder_d},
    {"SoreDbIsAPipe",
     log3,
     {"journal path 'p.db'", "not a regular file", "journal file"},
     2,
     [](Sandbox& box) {
         ASSERT_EQ(mkfifo((box.dir() / "p.db").c_str(), 0600), 0);
         use_journal(box, "p.db");
     }},
    {"SoreDbIsATextFile",
     log3,
     {"t.db is not a sore journal", "not a database"},
     1,
     [](Sandbox& box) {
         put(box, "t.db", "these are my notes, not a database\n");
         use_journal(box, "t.db");
     }},
    {"SoreDbIsATextFileForList",
     {"list"},
     {"t.db is not a sore journal"},
     1,
     [](Sandbox& box) {
         put(box, "t.db", "these are my notes, not a database\n");
         use_journal(box, "t.db");
     }},
    {"SoreDbIsNoise",
     log3,
     {"n.db is not a sore journal"},
     1,
     [](Sandbox& box) {
         put(box, "n.db", noise());
         use_journal(box, "n.db");
     }},
    {"SoreDbIsASQLiteHeaderThenNoise",
     {"week"},
     {"h.db is not a sore journal"},
     1,
     [](Sandbox& box) {
         put(box, "h.db", std::string("SQLite format 3\0", 16) + noise());
         use_journal(box, "h.db");
     }},
    {"SoreDbIsAnotherProgramsDatabase",
     log3,
     {"other.db is a SQLite database of another program", "left untouched"},
     1,
     [](Sandbox& box) {
         query(box.dir() / "other.db", "CREATE TABLE contacts (name TEXT)");
         use_journal(box, "other.db");
     }},
    {"AnotherApplicationId",
     {"causes"},
     {"{dir}/journal.db is a SQLite database of another program"},
     1,
     [](Sandbox& box) {
         query(box.db(), "PRAGMA application_id = 42");
     }},
    {"AnotherApplicationIdRecovery",
     {"recovery"},
     {"{dir}/journal.db is a SQLite database of another program"},
     1,
     [](Sandbox& box) {
         query(box.db(), "PRAGMA application_id = 42");
     }},
    {"AnotherApplicationIdBrief",
     {"brief"},
     {"{dir}/journal.db is a SQLite database of another program"},
     1,
     [](Sandbox& box) {
         query(box.db(), "PRAGMA application_id = 42");
     }},
    {"TruncatedJournal",
     log3,
     {"journal cut.db", "malformed"},
     1,
     [](Sandbox& box) {
         put(box, "cut.db", box.db_bytes().substr(0, 5000));
         use_journal(box, "cut.db");
     }},
    {"NewerSchemaLog", log3, {"{dir}/journal.db", "newer sore", "level 99"}, 1, newer_schema},
    {"NewerSchemaEdit",
     {"edit", "1", "--soreness", "2"},
     {"{dir}/journal.db", "newer sore"},
     1,
     newer_schema},
    {"NewerSchemaRm", {"rm", "1", "--yes"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"NewerSchemaList", {"list"}, {"{dir}/journal.db", "newer sore", "upgrade"}, 1, newer_schema},
    {"NewerSchemaShow", {"show", "1"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"NewerSchemaWeek", {"week"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"NewerSchemaCauses", {"causes"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"NewerSchemaRecovery", {"recovery"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"NewerSchemaBrief", {"brief"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"NewerSchemaReport",
     {"report", "-o", "r.html"},
     {"{dir}/journal.db", "newer sore"},
     1,
     newer_schema},
    {"NewerSchemaExport",
     {"export", "-o", "x.csv"},
     {"{dir}/journal.db", "newer sore"},
     1,
     newer_schema},
    {"NewerSchemaImport",
     {"import", "new.csv"},
     {"import: new.csv", "{dir}/journal.db", "newer sore", "nothing was imported"},
     1,
     [](Sandbox& box) {
         a_csv(box);
         newer_schema(box);
     }},
    {"NewerSchemaDryRun",
     {"import", "new.csv", "--dry-run"},
     {"{dir}/journal.db", "newer sore"},
     1,
     [](Sandbox& box) {
         a_csv(box);
         newer_schema(box);
     }},
    {"NewerSchemaBackup", {"backup", "c.db"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"NewerSchemaCheck", {"check"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"ReadOnlyJournalLog",
     log3,
     {"cannot write to the journal {dir}/journal.db"},
     1,
     read_only_journal},
    {"ReadOnlyJournalEdit",
     {"edit", "1", "--soreness", "2"},
     {"cannot write to the journal {dir}/journal.db"},
     1,
     read_only_journal},
    {"ReadOnlyJournalRm",
     {"rm", "2", "--yes"},
     {"cannot write to the journal {dir}/journal.db"},
     1,
     read_only_journal},
    {"ReadOnlyJournalImport",
     {"import", "new.csv"},
     {"import: new.csv", "cannot write to the journal {dir}/journal.db", "nothing was imported"},
     1,
     [](Sandbox& box) {
         a_csv(box);
         read_only_journal(box);
     }},
    {"ReadOnlyFolderLog", log3, {"{dir}/journal.db"}, 1, read_only_folder},
    {"NewJournalInAReadOnlyFolder",
     log3,
     {"{dir}/new.db"},
     1,
     [](Sandbox& box) {
         use_journal(box, (box.dir() / "new.db").string());
         read_only_folder(box);
     }},
    {"NewJournalBadSoreness",
     {"log", "--soreness", "11"},
     {"--soreness", "'11'"},
     2,
     [](Sandbox& box) {
         use_journal(box, "a/b/new.db");
     }},
    {"DefaultJournalBadSoreness",
     {"log", "--soreness", "11"},
     {"--soreness", "'11'", "0 to 10"},
     2,
     no_sore_db},
    {"SoreDbDanglingLink",
     log3,
     {"cannot open the journal l.db"},
     1,
     [](Sandbox& box) {
         fs::create_symlink("nowhere/x.db", box.dir() / "l.db");
         use_journal(box, "l.db");
     }},
    {"SoreDbLinkLoop",
     {"list"},
     {"cannot reach the journal l1.db", "symbolic links"},
     1,
     [](Sandbox& box) {
         fs::create_symlink("l2.db", box.dir() / "l1.db");
         fs::create_symlink("l1.db", box.dir() / "l2.db");
         use_journal(box, "l1.db");
     }},
    {"NoHomeAndNoJournalPath",
     {"list"},
     {"cannot find your home folder", "set HOME", "SORE_DB"},
     1,
     [](Sandbox& box) {
         box.env["SORE_DB"] = std::nullopt;
         box.env["HOME"] = std::nullopt;
     }},
    {"SoreTodayNotADate",
     log3,
     {"SORE_TODAY 'tomorrow'", "not a date", "YYYY-MM-DD"},
     2,
     [](Sandbox& box) {
         box.env["SORE_TODAY"] = "tomorrow";
     }},
    {"SoreTodayFeb30",
     {"list", "--from", "-3d"},
     {"SORE_TODAY '2026-02-30'", "YYYY-MM-DD"},
     2,
     [](Sandbox& box) {
         box.env["SORE_TODAY"] = "2026-02-30";
     }},
};

// The units `sore remind on` writes, where it looks for them (HOME is the
// sandbox's home folder, XDG_CONFIG_HOME unset).
const std::string units = "home/.config/systemd/user/";

// A timer and a service that no longer say what sore wrote: status cannot
// tell the times or the journal.
void remind_units(Sandbox& box, const std::string& timer, const std::string& service) {
    put(box, units + "sore-remind.timer", timer);
    if (!service.empty()) {
        put(box, units + "sore-remind.service", service);
    }
}

const std::string good_timer = "[Timer]\nOnCalendar=*-*-* 08:00:00\n";
const std::string good_service = "[Service]\nExecStart=\"/usr/bin/sore\" \"remind\" \"now\"\n";

const std::vector<BadInput> reminders = {
    {"RemindOffWhenOff",
     {"remind", "off"},
     {"reminders are not on: there is no {dir}/home/.config/systemd/user/sore-remind.timer",
      "nothing to turn off"}},
    {"RemindOnInAnUnwritableConfigFolder",
     {"remind", "on", "--at", "20:30"},
     {"cannot write the reminder into {dir}/home/.config/systemd/user", "nothing was changed"},
     1,
     [](Sandbox& box) {
         fs::create_directories(box.dir() / "home/.config");
         fs::permissions(box.dir() / "home/.config", fs::perms::owner_read | fs::perms::owner_exec);
         as_nobody(box);
     }},
    {"RemindOnInAnUnwritableUnitFolder",
     {"remind", "on", "--at", "20:30", "--at", "08:00"},
     {"cannot write the reminder into {dir}/home/.config/systemd/user", "nothing was changed"},
     1,
     [](Sandbox& box) {
         fs::create_directories(box.dir() / units);
         fs::permissions(box.dir() / units, fs::perms::owner_read | fs::perms::owner_exec);
         as_nobody(box);
     }},
    {"RemindOnWithoutAHome",
     {"remind", "on", "--at", "20:30"},
     {"cannot find your home folder", "set HOME"},
     1,
     [](Sandbox& box) {
         box.env["HOME"] = std::nullopt;
     }},
    {"RemindStatusWithoutAHome",
     {"remind", "status"},
     {"cannot find your home folder", "set HOME"},
     1,
     [](Sandbox& box) {
         box.env["HOME"] = std::nullopt;
     }},
    {"RemindStatusTimerNotAsWritten",
     {"remind", "status"},
     {"{dir}/home/.config/systemd/user/sore-remind.timer is not as sore wrote it",
      "'sore remind on --at HH:MM' writes it again"},
     1,
     [](Sandbox& box) {
         remind_units(box, "[Timer]\nOnCalendar=daily\n", good_service);
     }},
    {"RemindStatusTimeNotAsWritten",
     {"remind", "status", "--format", "json"},
     {"{dir}/home/.config/systemd/user/sore-remind.timer is not as sore wrote it"},
     1,
     [](Sandbox& box) {
         remind_units(box, "[Timer]\nOnCalendar=*-*-* 25:00:00\n", good_service);
     }},
    {"RemindStatusServiceNotAsWritten",
     {"remind", "status"},
     {"{dir}/home/.config/systemd/user/sore-remind.service is not as sore wrote it"},
     1,
     [](Sandbox& box) {
         remind_units(box, good_timer, "[Service]\nExecStart=/usr/bin/sore remind now\n");
     }},
    {"RemindStatusServiceUnclosedQuote",
     {"remind", "status"},
     {"{dir}/home/.config/systemd/user/sore-remind.service is not as sore wrote it"},
     1,
     [](Sandbox& box) {
         remind_units(box, good_timer, "[Service]\nExecStart=\"/usr/bin/sore\" \"remind\n");
     }},
    {"RemindStatusServiceMissing",
     {"remind", "status"},
     {"cannot read {dir}/home/.config/systemd/user/sore-remind.service"},
     1,
     [](Sandbox& box) {
         remind_units(box, good_timer, "");
     }},
};

// The three entries were logged with a history: a first change, then a log
// each (changes 2 to 4).
const std::vector<BadInput> history = {
    {"RedoWithNoUndo", {"redo"}, {"nothing to redo: no undo since the last change"}, 1},
    {"RedoDryRunWithNoUndo", {"redo", "--dry-run"}, {"nothing to redo"}, 1},
    {"UndoInANewJournal",
     {"undo", "--yes"},
     {"nothing to undo: there is no journal at", "yet"},
     1,
     [](Sandbox& box) {
         use_journal(box, "new.db");
     }},
    {"UndoWithNothingLeft",
     {"undo", "--yes"},
     {"nothing to undo: the history starts at", "(history starts here, 0 entries)"},
     1,
     [](Sandbox& box) {
         for (int i = 0; i < 3; ++i) {
             auto r = box.run({"undo", "--yes"});
             ASSERT_EQ(r.status, 0) << r.err;
         }
     }},
    {"UndoDryRunWithNothingLeft",
     {"undo", "--dry-run"},
     {"nothing to undo"},
     1,
     [](Sandbox& box) {
         for (int i = 0; i < 3; ++i) {
             auto r = box.run({"undo", "--yes"});
             ASSERT_EQ(r.status, 0) << r.err;
         }
     }},
    {"UndoHistoryAltered",
     {"undo", "--yes"},
     {"does not match itself from change 3 on", "nothing can be undone", "run 'sore check'"},
     1,
     [](Sandbox& box) {
         query(box.db(), "UPDATE change SET summary = 'x' WHERE id = 3");
     }},
    {"RedoHistoryAltered",
     {"redo"},
     {"does not match itself from change 2 on", "nothing can be redone", "run 'sore check'"},
     1,
     [](Sandbox& box) {
         query(box.db(), "DELETE FROM change WHERE id = 1");
     }},
    {"UndoEntryChangedOutsideSore",
     {"undo", "--yes"},
     {"entry 3 is not as change 4 ('log 2026-11-20 --soreness 7", "changed outside sore"},
     1,
     [](Sandbox& box) {
         query(box.db(), "UPDATE entry SET soreness = 0 WHERE id = 3");
     }},
    {"UndoReadOnlyJournal",
     {"undo", "--yes"},
     {"cannot write to the journal {dir}/journal.db"},
     1,
     read_only_journal},
    {"NewerSchemaUndo", {"undo", "--yes"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"NewerSchemaRedo", {"redo"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
    {"NewerSchemaHistory", {"history"}, {"{dir}/journal.db", "newer sore"}, 1, newer_schema},
};

} // namespace

INSTANTIATE_TEST_SUITE_P(Files, BadInputTest, ::testing::ValuesIn(files),
                         sore::testing::bad_input_name);
INSTANTIATE_TEST_SUITE_P(Config, BadInputTest, ::testing::ValuesIn(config_lines),
                         sore::testing::bad_input_name);
INSTANTIATE_TEST_SUITE_P(Environment, BadInputTest, ::testing::ValuesIn(environment),
                         sore::testing::bad_input_name);
INSTANTIATE_TEST_SUITE_P(History, BadInputTest, ::testing::ValuesIn(history),
                         sore::testing::bad_input_name);
INSTANTIATE_TEST_SUITE_P(Reminders, BadInputTest, ::testing::ValuesIn(reminders),
                         sore::testing::bad_input_name);
