#pragma once

// Typed options for each command, parsed from the words after the command
// name. Commands see these structs, never Boost's variables_map.

#include "journal/entry.hpp"
#include "store/entries.hpp"

#include <cstdint>
#include <date/date.h>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sore::cli {

using Args = std::vector<std::string>;
using TodayFn = std::function<date::sys_days()>;

// The entry fields of `log` and `edit`, as given; unset means not given.
struct EntryFields {
    std::optional<std::string> date;
    std::optional<std::string> time;
    std::optional<int> soreness;
    std::optional<int> during;
    std::optional<int> sitting_min;
    std::optional<journal::Pressure> pressure;
    std::optional<journal::Technique> technique;
    std::optional<int> knots;
    bool injury = false;
    bool emotional = false;
    std::optional<journal::Side> side;
    std::optional<std::string> note;
    std::vector<std::string> tags;
    std::vector<std::string> untags; // edit only: tags to remove
};

enum class ListFormat { table, csv, json };
enum class ShowFormat { text, json };

// Fields `edit --clear` can empty.
enum class Field {
    time,
    during,
    sitting,
    pressure,
    technique,
    knots,
    injury,
    emotional,
    side,
    note,
    tags
};

struct LogOptions {
    EntryFields fields;
};

struct ListOptions {
    store::EntryFilter filter;
    ListFormat format = ListFormat::table;
};

struct ShowOptions {
    std::int64_t id = 0;
    ShowFormat format = ShowFormat::text;
};

struct EditOptions {
    std::int64_t id = 0;
    EntryFields fields;
    std::vector<Field> clear;
};

struct RmOptions {
    std::vector<std::int64_t> ids;
    bool yes = false;
};

struct CheckOptions {};

enum class WeekFormat { text, json, csv };
enum class CausesFormat { text, json };

// Dates are YYYY-MM-DD; what is not given is worked out from today when the
// report runs (the last 8 weeks up to today by default).
inline constexpr int max_weeks = 5200; // a hundred years

struct WeekOptions {
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::optional<int> weeks;
    WeekFormat format = WeekFormat::text;
    bool ascii = false; // bars drawn with '#' instead of block characters
};

struct CausesOptions {
    std::optional<std::string> from;
    std::optional<std::string> to;
    CausesFormat format = CausesFormat::text;
};

// Where a document goes: standard output, or a new file (replaced only with
// --force).
struct OutputFile {
    std::optional<std::string> path;
    bool force = false;
};

enum class ExportFormat { csv, json, fhir };

struct ExportOptions {
    store::EntryFilter filter; // from and to only
    ExportFormat format = ExportFormat::csv;
    OutputFile output;
};

struct ImportOptions {
    std::string file;
    bool dry_run = false;
    bool replace = false; // take the file's values where a uuid conflicts
};

// Like `week`: the last 8 weeks up to today unless --from/--to say otherwise.
struct ReportOptions {
    std::optional<std::string> from;
    std::optional<std::string> to;
    OutputFile output;
};

struct BackupOptions {
    std::string file;
    bool force = false;
};

// Each throws UsageError for unknown options and bad values, and returns
// nothing when --help was given. `today` is asked only when a date word
// needs it (finding the local zone costs a scan of the zone database).
std::optional<LogOptions> parse_log(const Args& args, const TodayFn& today);
std::optional<ListOptions> parse_list(const Args& args, const TodayFn& today);
std::optional<ShowOptions> parse_show(const Args& args, const TodayFn& today);
std::optional<EditOptions> parse_edit(const Args& args, const TodayFn& today);
std::optional<RmOptions> parse_rm(const Args& args, const TodayFn& today);
std::optional<CheckOptions> parse_check(const Args& args, const TodayFn& today);
std::optional<BackupOptions> parse_backup(const Args& args, const TodayFn& today);
std::optional<WeekOptions> parse_week(const Args& args, const TodayFn& today);
std::optional<CausesOptions> parse_causes(const Args& args, const TodayFn& today);
std::optional<ExportOptions> parse_export(const Args& args, const TodayFn& today);
std::optional<ImportOptions> parse_import(const Args& args, const TodayFn& today);
std::optional<ReportOptions> parse_report(const Args& args, const TodayFn& today);

// `sore COMMAND --help`: usage line, options and an example.
std::string help_log();
std::string help_list();
std::string help_show();
std::string help_edit();
std::string help_rm();
std::string help_check();
std::string help_backup();
std::string help_week();
std::string help_causes();
std::string help_export();
std::string help_import();
std::string help_report();

} // namespace sore::cli
