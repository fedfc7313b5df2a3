#include "cli/options.hpp"

#include "cli/entry_fields.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"
#include "journal/dates.hpp"
#include "journal/values.hpp"

#include <array>
#include <fmt/format.h>
#include <sstream>

namespace sore::cli {

namespace {

using journal::reject;

constexpr long long max_last = 1'000'000'000;

constexpr std::array<std::string_view, 3> list_formats{"table", "csv", "json"};
constexpr std::array<std::string_view, 2> show_formats{"text", "json"};

void add_entry_options(po::options_description& desc) {
    auto pressures = journal::one_of(journal::pressure_names());
    auto techniques = journal::one_of(journal::technique_names());
    auto add = desc.add_options();
    add("soreness", po::value<std::string>()->value_name("N"),
        "soreness after the session, 0 (none) to 10 (worst imaginable)");
    add("time", po::value<std::string>()->value_name("HH:MM"), "time of the session");
    add("during", po::value<std::string>()->value_name("N"), "pain during the massage, 0 to 10");
    add("sitting", po::value<std::string>()->value_name("H"),
        "hours sat that day, up to 24: 7.5, 7h30m, 7:30 or 45m");
    add("pressure", po::value<std::string>()->value_name("LEVEL"),
        fmt::format("massage pressure: {}, or 1 to 4", pressures).c_str());
    add("technique", po::value<std::string>()->value_name("T"),
        fmt::format("{} (none: a rest day)", techniques).c_str());
    add("knots", po::value<std::string>()->value_name("N"),
        "knots or trigger points found, 0 to 999");
    add("injury", po::bool_switch(), "a recent injury or inflamed area");
    add("emotional", po::bool_switch(), "emotional release felt in the session");
    add("side", po::value<std::string>()->value_name("S"), "left, right or both");
    add("note", po::value<std::string>()->value_name("TEXT"), "free text");
    add("tag", po::value<std::vector<std::string>>()->value_name("T"), "a tag (repeatable)");
}

// Every entry field but the date, which log and edit take differently.
EntryFields read_entry_fields(const po::variables_map& vm) {
    EntryFields f;
    f.time = parsed(vm, "time", journal::parse_time);
    f.soreness = parsed(vm, "soreness", journal::parse_rating);
    f.during = parsed(vm, "during", journal::parse_rating);
    f.sitting_min = parsed(vm, "sitting", journal::parse_sitting_minutes);
    f.pressure = parsed(vm, "pressure", journal::parse_pressure);
    f.technique = parsed(vm, "technique", journal::parse_technique);
    f.knots = parsed(vm, "knots", [](std::string_view field, std::string_view value) {
        return static_cast<int>(journal::parse_whole(field, value, 0, 999));
    });
    f.injury = flag(vm, "injury");
    f.emotional = flag(vm, "emotional");
    f.side = parsed(vm, "side", journal::parse_side);
    f.note = parsed(vm, "note", journal::parse_text);
    if (vm.count("tag")) {
        for (const auto& tag : vm["tag"].as<std::vector<std::string>>()) {
            f.tags.push_back(journal::parse_tag("--tag", tag));
        }
    }
    return f;
}

Spec log_spec() {
    Spec s("log");
    add_entry_options(s.visible);
    s.hidden.add_options()("date", po::value<Args>());
    s.positional.add("date", -1);
    return s;
}

Spec list_spec() {
    Spec s("list");
    add_range_options(s.visible);
    auto add = s.visible.add_options();
    add("last", po::value<std::string>()->value_name("N"), "only the N most recent entries");
    add("tag", po::value<std::string>()->value_name("T"), "only entries with this tag");
    add("format", po::value<std::string>()->value_name("F"), "table (default), csv or json");
    return s;
}

Spec show_spec() {
    Spec s("show");
    s.visible.add_options()("format", po::value<std::string>()->value_name("F"),
                            "text (default) or json");
    s.hidden.add_options()("id", po::value<Args>());
    s.positional.add("id", -1);
    return s;
}

Spec edit_spec() {
    Spec s("edit");
    s.visible.add_options()("date", po::value<std::string>()->value_name("DATE"),
                            "move the entry to another day");
    add_entry_options(s.visible);
    auto add = s.visible.add_options();
    add("untag", po::value<Args>()->value_name("T"), "remove a tag (repeatable)");
    add("clear", po::value<Args>()->value_name("FIELD"),
        fmt::format("empty a field (repeatable): {}", journal::one_of(field_names())).c_str());
    s.hidden.add_options()("id", po::value<Args>());
    s.positional.add("id", -1);
    return s;
}

Spec rm_spec() {
    Spec s("rm");
    s.visible.add_options()("yes,y", po::bool_switch(), "do not ask for confirmation");
    s.hidden.add_options()("id", po::value<Args>());
    s.positional.add("id", -1);
    return s;
}

Spec check_spec() {
    return Spec("check");
}

Spec backup_spec() {
    Spec s("backup");
    s.visible.add_options()("force", po::bool_switch(), "replace FILE if it exists");
    s.hidden.add_options()("file", po::value<Args>());
    s.positional.add("file", -1);
    return s;
}

std::string required_id(const po::variables_map& vm, std::string_view command) {
    auto id = one_argument(vm, "id", command, "entry id");
    if (!id) {
        throw UsageError(fmt::format("{}: an entry id is required, as in 'sore {} 3'; 'sore list' "
                                     "shows the ids",
                                     command, command));
    }
    return *id;
}

} // namespace

std::optional<LogOptions> parse_log(const Args& args, const TodayFn& today) {
    auto parsed_vm = parse(log_spec(), args, true);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    LogOptions o{read_entry_fields(vm)};
    auto date = one_argument(vm, "date", "log", "DATE");
    o.fields.date = date ? day_of("date", *date, today) : journal::format_date(today());
    return o;
}

std::optional<ListOptions> parse_list(const Args& args, const TodayFn& today) {
    auto parsed_vm = parse(list_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    ListOptions o;
    read_range(vm, today, o.filter);
    if (auto last = text(vm, "last")) {
        o.filter.last = journal::parse_whole("--last", *last, 1, max_last);
    }
    if (auto tag = text(vm, "tag")) {
        o.filter.tag = journal::parse_tag("--tag", *tag);
    }
    if (auto format = text(vm, "format")) {
        o.format = parse_enum<ListFormat>("--format", *format, list_formats);
    }
    return o;
}

std::optional<ShowOptions> parse_show(const Args& args, const TodayFn&) {
    auto parsed_vm = parse(show_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    ShowOptions o{parse_id(required_id(vm, "show"))};
    if (auto format = text(vm, "format")) {
        o.format = parse_enum<ShowFormat>("--format", *format, show_formats);
    }
    return o;
}

std::optional<EditOptions> parse_edit(const Args& args, const TodayFn& today) {
    auto parsed_vm = parse(edit_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    EditOptions o{parse_id(required_id(vm, "edit")), read_entry_fields(vm), {}};
    if (auto date = text(vm, "date")) {
        o.fields.date = day_of("--date", *date, today);
    }
    if (vm.count("untag")) {
        for (const auto& tag : vm["untag"].as<Args>()) {
            o.fields.untags.push_back(journal::parse_tag("--untag", tag));
        }
    }
    if (vm.count("clear")) {
        for (const auto& name : vm["clear"].as<Args>()) {
            if (auto lowered = journal::lower(name); lowered == "soreness" || lowered == "date") {
                reject("--clear", name, "is required and cannot be emptied",
                       journal::one_of(field_names()));
            }
            auto field = field_from_name(name);
            if (!field) {
                reject("--clear", name, "is not a field that can be emptied",
                       journal::one_of(field_names()));
            }
            o.clear.push_back(*field);
        }
    }
    return o;
}

std::optional<RmOptions> parse_rm(const Args& args, const TodayFn&) {
    auto parsed_vm = parse(rm_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    RmOptions o;
    o.yes = flag(vm, "yes");
    if (!vm.count("id")) {
        throw UsageError("rm: at least one entry id is required, as in 'sore rm 3'");
    }
    for (const auto& id : vm["id"].as<Args>()) {
        o.ids.push_back(parse_id(id));
    }
    return o;
}

std::optional<CheckOptions> parse_check(const Args& args, const TodayFn&) {
    if (!parse(check_spec(), args)) {
        return std::nullopt;
    }
    return CheckOptions{};
}

std::optional<BackupOptions> parse_backup(const Args& args, const TodayFn&) {
    auto parsed_vm = parse(backup_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    auto file = one_argument(vm, "file", "backup", "FILE");
    if (!file || file->empty()) {
        throw UsageError("backup: a destination file is required, as in 'sore backup "
                         "journal-copy.db'");
    }
    return BackupOptions{*file, flag(vm, "force")};
}

std::string help_log() {
    return help(log_spec(), "sore log [DATE] --soreness N [options]   (alias: sore add)",
                "Add an entry for DATE (default: today) and print its id. DATE is YYYY-MM-DD,\n"
                "today, yesterday, -Nd (N days ago), -Nw (N weeks ago) or a weekday name.\n"
                "On a terminal a missing --soreness is asked for.",
                "sore log --soreness 6 --sitting 7h30m --pressure deep --knots 3");
}

std::string help_list() {
    return help(list_spec(),
                "sore list [--from DATE] [--to DATE] [--last N] [--tag T] [--format F]",
                "Show entries, oldest first.", "sore list --from -14d --format csv");
}

std::string help_show() {
    return help(show_spec(), "sore show ID [--format text|json]", "Show every field of one entry.",
                "sore show 3");
}

std::string help_edit() {
    return help(edit_spec(), "sore edit ID [options] [--clear FIELD]...",
                "Change fields of an entry; fields not named stay as they are. --tag adds a tag,\n"
                "--untag removes one, --clear tags removes them all.",
                "sore edit 3 --soreness 5 --clear note");
}

std::string help_rm() {
    return help(rm_spec(), "sore rm ID... [--yes]",
                "Delete entries. On a terminal it asks first unless --yes is given; elsewhere\n"
                "--yes is required.",
                "sore rm 3 --yes");
}

std::string help_check() {
    return help(check_spec(), "sore check",
                "Check the journal's integrity and foreign keys; exit 1 if a problem is found.",
                "sore check");
}

std::string help_backup() {
    return help(backup_spec(), "sore backup FILE [--force]",
                "Copy the journal to FILE while it stays usable; FILE is created readable by\n"
                "you only.",
                "sore backup ~/sore-backup.db");
}

} // namespace sore::cli
