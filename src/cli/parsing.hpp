#pragma once

// Shared by the command parsers in options.cpp: Boost.Program_options run
// with sore's rules, and small typed readers of its variables_map. Nothing
// outside src/cli/ includes this.

#include "cli/options.hpp"
#include "journal/values.hpp"

#include <array>
#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>

namespace sore::cli {

namespace po = boost::program_options;

// One command's options: those shown in its help, hidden ones (positional
// words), and the order of the positional words.
struct Spec {
    explicit Spec(std::string_view name) : command(name) {}
    std::string_view command;
    po::options_description visible{"Options", 100};
    po::options_description hidden;
    po::positional_options_description positional;
};

// Parses `args` against `spec` (no abbreviated option names; with
// `date_words`, words such as -3d go to the positional "date"). Nothing when
// --help was given: the caller prints the help instead. Boost's errors become
// UsageError naming the command.
std::optional<po::variables_map> parse(const Spec& spec, const Args& args, bool date_words = false);

// The one positional argument `key` collects, if given; a second is refused
// by its value (Boost's own message would not say which word was extra).
std::optional<std::string> one_argument(const po::variables_map& vm, const char* key,
                                        std::string_view command, std::string_view what);

std::optional<std::string> text(const po::variables_map& vm, const char* key);
bool flag(const po::variables_map& vm, const char* key);

// The option `key` run through a journal parser, which names it --key.
template <typename Parse>
auto parsed(const po::variables_map& vm, const char* key, Parse parse)
    -> std::optional<decltype(parse(std::string_view{}, std::string_view{}))> {
    if (auto value = text(vm, key)) {
        return parse(fmt::format("--{}", key), *value);
    }
    return std::nullopt;
}

// A date word resolved to YYYY-MM-DD.
std::string day_of(std::string_view field, const std::string& value, const TodayFn& today);

// The options of `desc` for a help text: "Options:" then one option a line,
// "  -h, --help      text", descriptions wrapped at 80 columns.
std::string describe(const po::options_description& desc);

// --from DATE and --to DATE, read into `filter` as YYYY-MM-DD; a range that
// ends before it starts is refused.
void add_range_options(po::options_description& desc);
void read_range(const po::variables_map& vm, const TodayFn& today, store::EntryFilter& filter);

// `sore COMMAND --help`: usage line, what it does, options and an example.
std::string help(const Spec& spec, std::string_view usage, std::string_view about,
                 std::string_view example);

// An entry id: a whole number from 1.
std::int64_t parse_id(std::string_view value);

// The enumerator whose position in `names` matches `value`, in any case.
template <typename Enum, std::size_t N>
Enum parse_enum(std::string_view field, const std::string& value,
                const std::array<std::string_view, N>& names) {
    auto wanted = journal::lower(value);
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == wanted) {
            return static_cast<Enum>(i);
        }
    }
    journal::reject(field, value, "is not accepted", journal::one_of(names));
}

} // namespace sore::cli
