// Options of the two reports, `sore week` and `sore causes`.

#include "cli/options.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"

#include <array>

namespace sore::cli {

namespace {

constexpr std::array<std::string_view, 3> week_formats{"text", "json", "csv"};
constexpr std::array<std::string_view, 2> causes_formats{"text", "json"};

Spec week_spec() {
    Spec s("week");
    auto add = s.visible.add_options();
    add("weeks", po::value<std::string>()->value_name("N"),
        "how many weeks, ending with --to's week or this one (default 8)");
    add_range_options(s.visible);
    add("format", po::value<std::string>()->value_name("F"), "text (default), json or csv");
    add("ascii", po::bool_switch(), "draw bars with '#', for terminals without UTF-8");
    return s;
}

Spec causes_spec() {
    Spec s("causes");
    add_range_options(s.visible);
    s.visible.add_options()("format", po::value<std::string>()->value_name("F"),
                            "text (default) or json");
    return s;
}

} // namespace

std::optional<WeekOptions> parse_week(const Args& args, const TodayFn& today) {
    auto parsed_vm = parse(week_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    store::EntryFilter range;
    read_range(vm, today, range);
    WeekOptions o{range.from, range.to, std::nullopt, WeekFormat::text, flag(vm, "ascii")};
    if (auto weeks = text(vm, "weeks")) {
        if (o.from) {
            throw UsageError(fmt::format("--weeks '{}' and --from '{}' both set the first week; "
                                         "give one of them",
                                         *weeks, *o.from));
        }
        o.weeks = static_cast<int>(journal::parse_whole("--weeks", *weeks, 1, max_weeks));
    }
    if (auto format = text(vm, "format")) {
        o.format = parse_enum<WeekFormat>("--format", *format, week_formats);
    }
    return o;
}

std::optional<CausesOptions> parse_causes(const Args& args, const TodayFn& today) {
    auto parsed_vm = parse(causes_spec(), args);
    if (!parsed_vm) {
        return std::nullopt;
    }
    const auto& vm = *parsed_vm;
    store::EntryFilter range;
    read_range(vm, today, range);
    CausesOptions o{range.from, range.to, CausesFormat::text};
    if (auto format = text(vm, "format")) {
        o.format = parse_enum<CausesFormat>("--format", *format, causes_formats);
    }
    return o;
}

std::string help_week() {
    return help(week_spec(),
                "sore week [--weeks N] [--from DATE] [--to DATE] [--format F] [--ascii]",
                "Soreness week by week (ISO weeks, Monday first): entries, sessions, mean and\n"
                "highest soreness, mean hours sat, the usual pressure and injuries, with a bar\n"
                "for the mean. Below the table: the trend in points a week with its 95%\n"
                "interval, and whether the last week with entries differs from the first by a\n"
                "clinically meaningful amount (2 points or 30%).",
                "sore week --weeks 12");
}

std::string help_causes() {
    return help(causes_spec(), "sore causes [--from DATE] [--to DATE] [--format F]",
                "How your soreness goes with each of the five causes: knots, pressure, hours\n"
                "sat, injury and emotional release, strongest first, then all five together.\n"
                "It shows what went together in your journal, not what caused what.",
                "sore causes --from -90d");
}

} // namespace sore::cli
