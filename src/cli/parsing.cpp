#include "cli/parsing.hpp"

#include "error.hpp"
#include "journal/reject.hpp"
#include "journal/values.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <boost/program_options.hpp>
#include <cctype>
#include <sstream>

namespace po = boost::program_options;

namespace sore::cli {

struct Spec::Impl {
    std::string command;
    po::options_description visible{"Options", 100};
    po::options_description hidden;
    po::positional_options_description positional;
    std::string words; // the kind of the positional words, if any
    bool date_words = false;
};

struct Parsed::Impl {
    std::string command;
    po::variables_map vm;
    TodayFn today;
};

namespace {

std::string key(std::string_view name) {
    return std::string(name.substr(0, name.find(','))); // "output,o" is "output"
}

bool all_digits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// Words like -3d (or -3D) are dates, not options; Boost would call them
// unknown.
std::pair<std::string, std::string> date_word_as_positional(const std::string& token,
                                                            const std::string& words) {
    char unit = token.empty() ? '\0' : static_cast<char>(token.back() | 0x20); // lower case
    if (token.size() > 2 && token[0] == '-' && (unit == 'd' || unit == 'w') &&
        all_digits(std::string_view(token).substr(1, token.size() - 2))) {
        return {words, token};
    }
    return {};
}

// "-3", which Boost calls an unknown option where a date was meant.
// "-3" or "-3days" where a command takes a date word: "-3d, 3 days ago".
std::optional<std::string> date_word_meant(const Spec::Impl& spec, const std::string& word) {
    return spec.date_words ? journal::relative_day_meant(word) : std::nullopt;
}

// "yes", "no", "true", ...: a value someone gave a flag, which takes none.
bool yes_or_no(const std::string& word) {
    static constexpr std::array<std::string_view, 8> words{"yes",  "no",    "y",  "n",
                                                           "true", "false", "on", "off"};
    return std::find(words.begin(), words.end(), util::lower(word)) != words.end();
}

// `--injury yes`: Boost takes "yes" for a word of the command (a date, an
// id) and the message would be about that; say what went wrong instead.
void refuse_values_of_flags(const Spec::Impl& spec, const Args& args) {
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == "--") {
            return;
        }
        if (!args[i].starts_with("--") || args[i].find('=') != std::string::npos) {
            continue;
        }
        const auto* option = spec.visible.find_nothrow(args[i].substr(2), false);
        if (option != nullptr && option->semantic()->max_tokens() > 0) {
            ++i; // its value, whatever it says
        } else if (option != nullptr && yes_or_no(args[i + 1])) {
            throw UsageError(fmt::format("{}: {} is a flag and takes no value, not {}; give {} "
                                         "for yes and leave it out for no",
                                         spec.command, args[i], util::quoted(args[i + 1]),
                                         args[i]));
        }
    }
}

// `sore show -1` reads to Boost as an unknown option; it is a bad id.
bool negative_id(const Spec::Impl& spec, const std::string& word) {
    return spec.words == "id" && word.size() > 1 && word[0] == '-' &&
           word.find_first_not_of("0123456789", 1) == std::string::npos;
}

// The options of `desc` for a help text: "Options:" then one option a line,
// "  -h, --help      text", descriptions wrapped at 80 columns.
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

po::options_description global_options() {
    po::options_description desc("Options", 100);
    auto add = desc.add_options();
    add("db", po::value<std::string>()->value_name("PATH"), "the journal file to use");
    add("config", po::value<std::string>()->value_name("PATH"), "the config file to read");
    add("no-color", po::bool_switch(), "plain output even on a terminal");
    add("help,h", po::bool_switch(), "show this help, or a command's with COMMAND --help");
    add("version", po::bool_switch(), "print the version");
    return desc;
}

// The first word that is neither a global option nor the value of one
// (--db PATH, --config PATH) is the command; a "--" may stand before it.
// Returns where the global options end and where the command is.
std::pair<std::size_t, std::size_t> split_at_command(const Args& args,
                                                     const po::options_description& globals) {
    std::size_t i = 0;
    while (i < args.size() && args[i].size() > 1 && args[i].front() == '-') {
        if (args[i] == "--") {
            return {i, i + 1};
        }
        const po::option_description* option = nullptr;
        if (args[i].starts_with("--") && args[i].find('=') == std::string::npos) {
            option = globals.find_nothrow(args[i].substr(2), false);
        }
        bool takes_value = option != nullptr && option->semantic()->max_tokens() > 0;
        if (takes_value && i + 1 < args.size() && args[i + 1].size() > 1 &&
            args[i + 1].front() == '-') {
            throw UsageError(fmt::format("{} needs a PATH, not the option-like {}; write {}=./{} "
                                         "for a file of that name",
                                         args[i], util::quoted(args[i + 1]), args[i], args[i + 1]));
        }
        i += takes_value ? 2U : 1U;
    }
    return {std::min(i, args.size()), std::min(i, args.size())};
}

constexpr auto style = po::command_line_style::unix_style ^ po::command_line_style::allow_guessing;

// " (did you mean --soreness?)" for a mistyped long option, or nothing.
std::string did_you_mean(const std::string& typed, const po::options_description& options) {
    if (!typed.starts_with("--")) {
        return "";
    }
    std::vector<std::string> names;
    for (const auto& option : options.options()) {
        if (!option->long_name().empty() && option->long_name() != "unexpected") {
            names.push_back("--" + option->long_name());
        }
    }
    auto name = typed.substr(0, typed.find('='));
    auto guess = util::closest(name, names);
    return guess ? fmt::format(" (did you mean {}?)", *guess) : "";
}

} // namespace

Spec::Spec(std::string_view command) : impl_(std::make_unique<Impl>()) {
    impl_->command = command;
}

Spec::~Spec() = default;

Spec& Spec::option(std::string_view name, std::string_view value, std::string_view help) {
    impl_->visible.add_options()(std::string(name).c_str(),
                                 po::value<std::string>()->value_name(std::string(value)),
                                 std::string(help).c_str());
    return *this;
}

Spec& Spec::repeated(std::string_view name, std::string_view value, std::string_view help) {
    impl_->visible.add_options()(std::string(name).c_str(),
                                 po::value<Args>()->value_name(std::string(value)),
                                 std::string(help).c_str());
    return *this;
}

Spec& Spec::flag(std::string_view name, std::string_view help) {
    impl_->visible.add_options()(std::string(name).c_str(), po::bool_switch(),
                                 std::string(help).c_str());
    return *this;
}

Spec& Spec::words(std::string_view name) {
    impl_->words = name;
    impl_->hidden.add_options()(impl_->words.c_str(), po::value<Args>());
    impl_->positional.add(impl_->words.c_str(), -1);
    return *this;
}

Spec& Spec::date_words() {
    impl_->date_words = true;
    return *this;
}

Parsed::Parsed(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Parsed::~Parsed() = default;
Parsed::Parsed(Parsed&&) noexcept = default;
Parsed& Parsed::operator=(Parsed&&) noexcept = default;

std::string_view Parsed::command() const {
    return impl_->command;
}

std::optional<std::string> Parsed::text(std::string_view name) const {
    if (auto it = impl_->vm.find(key(name)); it != impl_->vm.end()) {
        return it->second.as<std::string>();
    }
    return std::nullopt;
}

bool Parsed::flag(std::string_view name) const {
    auto it = impl_->vm.find(key(name));
    return it != impl_->vm.end() && it->second.as<bool>();
}

std::vector<std::string> Parsed::all(std::string_view name) const {
    if (auto it = impl_->vm.find(key(name)); it != impl_->vm.end()) {
        return it->second.as<Args>();
    }
    return {};
}

std::optional<std::string> Parsed::one_word(std::string_view name, std::string_view what) const {
    auto words = all(name);
    if (words.empty()) {
        return std::nullopt;
    }
    if (words.size() > 1) {
        throw UsageError(fmt::format("{}: unexpected argument {}; it takes one {}", command(),
                                     util::quoted(words[1]), what));
    }
    return words.front();
}

journal::Day Parsed::day(std::string_view field, const std::string& value) const {
    return journal::parse_date(field, value, impl_->today);
}

journal::Day Parsed::today() const {
    return impl_->today();
}

Invocation parse_invocation(const Args& args) {
    auto globals = global_options();
    auto [options_end, command] = split_at_command(args, globals);
    po::variables_map vm;
    try {
        po::command_line_parser parser(
            Args(args.begin(), args.begin() + static_cast<long>(options_end)));
        parser.options(globals);
        parser.style(style);
        po::store(parser.run(), vm);
    } catch (const po::unknown_option& e) {
        throw UsageError(fmt::format("{}{}; see 'sore --help'", e.what(),
                                     did_you_mean(e.get_option_name(), globals)));
    } catch (const po::error& e) {
        throw UsageError(fmt::format("{}; see 'sore --help'", e.what()));
    }
    Invocation inv;
    if (vm.count("db")) {
        inv.global.db = vm["db"].as<std::string>();
    }
    if (vm.count("config")) {
        inv.global.config = vm["config"].as<std::string>();
    }
    inv.global.no_color = vm["no-color"].as<bool>();
    inv.help = vm["help"].as<bool>();
    inv.version = vm["version"].as<bool>();
    if (command < args.size()) {
        inv.command = args[command];
        inv.args.assign(args.begin() + static_cast<long>(command) + 1, args.end());
    }
    return inv;
}

std::string describe_global_options() {
    return describe(global_options());
}

std::optional<Parsed> parse(const Command& command, const Args& args, TodayFn today) {
    Spec spec(command.name);
    command.declare(spec);
    const auto& s = spec.impl();
    po::options_description all;
    all.add(s.visible).add(s.hidden);
    all.add_options()("help,h", po::bool_switch());
    // A command without positional words collects strays to name them.
    auto positional = s.positional;
    if (s.words.empty()) {
        all.add_options()("unexpected", po::value<Args>());
        positional.add("unexpected", -1);
    }
    auto impl = std::make_unique<Parsed::Impl>();
    impl->command = command.name;
    impl->today = std::move(today);
    auto& vm = impl->vm;
    try {
        po::command_line_parser parser(args);
        parser.options(all).positional(positional);
        parser.style(style);
        if (s.date_words) {
            parser.extra_parser(
                [&s](const std::string& token) { return date_word_as_positional(token, s.words); });
        }
        po::store(parser.run(), vm);
        po::notify(vm);
    } catch (const po::unknown_option& e) {
        auto name = e.get_option_name();
        if (negative_id(s, name)) {
            parse_id(name); // throws the message every bad id gets
        }
        if (auto meant = date_word_meant(s, name)) {
            throw UsageError(fmt::format("{}: {} is not an option; did you mean {}?", command.name,
                                         util::quoted(name), *meant));
        }
        if (name == "--db" || name == "--config" || name == "--no-color") {
            throw UsageError(fmt::format("{0}: {1} is a global option and goes before the command, "
                                         "as in 'sore {1} ... {0}'",
                                         command.name, name));
        }
        throw UsageError(fmt::format("{}: {}{}; see 'sore {} --help'", command.name, e.what(),
                                     did_you_mean(name, all), command.name));
    } catch (const po::error& e) {
        throw UsageError(
            fmt::format("{}: {}; see 'sore {} --help'", command.name, e.what(), command.name));
    }
    if (vm["help"].as<bool>()) {
        return std::nullopt;
    }
    refuse_values_of_flags(s, args);
    if (vm.count("unexpected")) {
        throw UsageError(
            fmt::format("{}: unexpected argument {}; see 'sore {} --help'", command.name,
                        util::quoted(vm["unexpected"].as<Args>().front()), command.name));
    }
    return Parsed(std::move(impl));
}

std::string help(const Command& command) {
    Spec spec(command.name);
    command.declare(spec);
    std::ostringstream out;
    out << "Usage: " << command.usage << "\n\n" << command.about << "\n\n";
    po::options_description shown(spec.impl().visible);
    shown.add_options()("help,h", po::bool_switch(), "show this help");
    out << describe(shown) << "\n";
    out << "Example:\n  " << command.example << "\n";
    return out.str();
}

std::int64_t parse_id(std::string_view value) {
    bool digits = value.find_first_not_of("0123456789") == std::string_view::npos;
    if (value.empty() || !digits || value.size() > 18 || std::stoll(std::string(value)) < 1) {
        journal::reject("id", value, "is not an entry id",
                        "a whole number from 1, as 'sore list' shows");
    }
    return std::stoll(std::string(value));
}

} // namespace sore::cli
