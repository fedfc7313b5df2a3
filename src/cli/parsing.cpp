#include "cli/parsing.hpp"

#include "error.hpp"
#include "journal/dates.hpp"
#include "journal/values.hpp"

#include <cctype>
#include <fmt/format.h>
#include <limits>
#include <sstream>

namespace sore::cli {

namespace {

// Words like -3d are dates, not options; Boost would call them unknown.
std::pair<std::string, std::string> date_word_as_positional(const std::string& token) {
    if (token.size() > 2 && token[0] == '-' && std::isdigit(static_cast<unsigned char>(token[1])) &&
        (token.back() == 'd' || token.back() == 'w')) {
        return {"date", token};
    }
    return {};
}

// `sore show -1` reads to Boost as an unknown option; it is a bad id.
bool negative_id(const Spec& spec, const std::string& word) {
    bool takes_id =
        spec.positional.max_total_count() > 0 && spec.positional.name_for_position(0) == "id";
    return takes_id && word.size() > 1 && word[0] == '-' &&
           word.find_first_not_of("0123456789", 1) == std::string::npos;
}

} // namespace

std::optional<po::variables_map> parse(const Spec& spec, const Args& args, bool date_words) {
    po::options_description all;
    all.add(spec.visible).add(spec.hidden);
    all.add_options()("help,h", po::bool_switch());
    // A command without positional words collects strays to name them.
    auto positional = spec.positional;
    if (positional.max_total_count() == 0) {
        all.add_options()("unexpected", po::value<Args>());
        positional.add("unexpected", -1);
    }
    po::variables_map vm;
    try {
        po::command_line_parser parser(args);
        parser.options(all).positional(positional);
        parser.style(po::command_line_style::unix_style ^ po::command_line_style::allow_guessing);
        if (date_words) {
            parser.extra_parser(date_word_as_positional);
        }
        po::store(parser.run(), vm);
        po::notify(vm);
    } catch (const po::unknown_option& e) {
        auto name = e.get_option_name();
        if (negative_id(spec, name)) {
            parse_id(name); // throws the message every bad id gets
        }
        if (name == "--db" || name == "--config" || name == "--no-color") {
            throw UsageError(fmt::format("{0}: {1} is a global option and goes before the command, "
                                         "as in 'sore {1} ... {0}'",
                                         spec.command, name));
        }
        throw UsageError(
            fmt::format("{}: {}; see 'sore {} --help'", spec.command, e.what(), spec.command));
    } catch (const po::error& e) {
        throw UsageError(
            fmt::format("{}: {}; see 'sore {} --help'", spec.command, e.what(), spec.command));
    }
    if (vm["help"].as<bool>()) {
        return std::nullopt;
    }
    if (vm.count("unexpected")) {
        throw UsageError(
            fmt::format("{}: unexpected argument {}; see 'sore {} --help'", spec.command,
                        journal::quoted(vm["unexpected"].as<Args>().front()), spec.command));
    }
    return vm;
}

std::optional<std::string> one_argument(const po::variables_map& vm, const char* key,
                                        std::string_view command, std::string_view what) {
    auto it = vm.find(key);
    if (it == vm.end()) {
        return std::nullopt;
    }
    const auto& words = it->second.as<Args>();
    if (words.size() > 1) {
        throw UsageError(fmt::format("{}: unexpected argument {}; it takes one {}", command,
                                     journal::quoted(words[1]), what));
    }
    return words.front();
}

std::string describe(const po::options_description& desc) {
    constexpr std::size_t width = 80;
    std::vector<std::pair<std::string, std::string>> rows;
    std::size_t name_width = 0;
    for (const auto& option : desc.options()) {
        auto name = "--" + option->long_name();
        auto shorter = option->canonical_display_name(po::command_line_style::allow_dash_for_short);
        if (shorter.size() == 2 && shorter.front() == '-') { // "-h"
            name = fmt::format("{}, {}", shorter, name);
        }
        if (option->semantic()->max_tokens() > 0) {
            name += " " + option->format_parameter();
        }
        name_width = std::max(name_width, name.size());
        rows.emplace_back(name, option->description());
    }
    std::string out = "Options:\n";
    for (const auto& [name, about] : rows) {
        std::string line = fmt::format("  {:<{}}  ", name, name_width);
        std::size_t indent = line.size();
        std::size_t column = indent;
        std::size_t start = 0;
        while (start < about.size()) { // word by word, never a trailing blank
            auto end = about.find(' ', start);
            auto word = about.substr(start, end == std::string::npos ? end : end - start);
            if (column > indent && column + 1 + word.size() > width) {
                line += "\n" + std::string(indent, ' ');
                column = indent;
            } else if (column > indent) {
                line += ' ';
                ++column;
            }
            line += word;
            column += word.size();
            start = end == std::string::npos ? about.size() : end + 1;
        }
        line.erase(line.find_last_not_of(' ') + 1); // an empty description
        out += line + "\n";
    }
    return out;
}

std::optional<std::string> text(const po::variables_map& vm, const char* key) {
    if (auto it = vm.find(key); it != vm.end()) {
        return it->second.as<std::string>();
    }
    return std::nullopt;
}

bool flag(const po::variables_map& vm, const char* key) {
    auto it = vm.find(key);
    return it != vm.end() && it->second.as<bool>();
}

std::string day_of(std::string_view field, const std::string& value, const TodayFn& today) {
    if (auto day = journal::parse_iso_date(value)) { // no need to find the local zone
        return journal::format_date(*day);
    }
    return journal::format_date(journal::parse_date(field, value, today()));
}

std::int64_t parse_id(std::string_view value) {
    bool digits = value.find_first_not_of("0123456789") == std::string_view::npos;
    if (value.empty() || !digits || value.size() > 18 || std::stoll(std::string(value)) < 1) {
        journal::reject("id", value, "is not an entry id",
                        "a whole number from 1, as 'sore list' shows");
    }
    return std::stoll(std::string(value));
}

void add_range_options(po::options_description& desc) {
    auto add = desc.add_options();
    add("from", po::value<std::string>()->value_name("DATE"), "first day to include");
    add("to", po::value<std::string>()->value_name("DATE"), "last day to include");
}

void read_range(const po::variables_map& vm, const TodayFn& today, store::EntryFilter& filter) {
    if (auto from = text(vm, "from")) {
        filter.from = day_of("--from", *from, today);
    }
    if (auto to = text(vm, "to")) {
        filter.to = day_of("--to", *to, today);
    }
    if (filter.from && filter.to && *filter.from > *filter.to) {
        journal::reject("--from", *filter.from, fmt::format("is after --to '{}'", *filter.to),
                        "a first day on or before the last");
    }
}

std::string help(const Spec& spec, std::string_view usage, std::string_view about,
                 std::string_view example) {
    std::ostringstream out;
    out << "Usage: " << usage << "\n\n" << about << "\n\n";
    po::options_description shown(spec.visible);
    shown.add_options()("help,h", po::bool_switch(), "show this help");
    out << describe(shown) << "\n";
    out << "Example:\n  " << example << "\n";
    return out.str();
}

} // namespace sore::cli
