#include "cli/run.hpp"

#include "cli/commands/commands.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"
#include "journal/values.hpp"
#include "store/sqlite.hpp"
#include "version.hpp"

#include <algorithm>
#include <array>
#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <iostream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace po = boost::program_options;

namespace sore::cli {

namespace {

struct Command {
    std::string_view name;
    std::string_view alias;
    std::string_view summary;
    int (*invoke)(Context&, const Args&);
};

template <auto Parse, auto Help> int invoke(Context& ctx, const Args& args) {
    auto options = Parse(args, [&ctx] { return ctx.today(); });
    if (!options) {
        ctx.out << Help();
        return 0;
    }
    return commands::run(ctx, *options);
}

constexpr auto command_table = std::to_array<Command>({
    {"log", "add", "add an entry for a day", invoke<parse_log, help_log>},
    {"list", "", "show entries, oldest first", invoke<parse_list, help_list>},
    {"show", "", "show every field of one entry", invoke<parse_show, help_show>},
    {"edit", "", "change fields of an entry", invoke<parse_edit, help_edit>},
    {"rm", "", "delete entries", invoke<parse_rm, help_rm>},
    {"week", "", "soreness week by week, with the trend", invoke<parse_week, help_week>},
    {"causes", "", "how soreness goes with each of the five causes",
     invoke<parse_causes, help_causes>},
    {"report", "", "a printable HTML summary for a physiotherapist or doctor",
     invoke<parse_report, help_report>},
    {"export", "", "write entries as CSV, JSON or FHIR", invoke<parse_export, help_export>},
    {"import", "", "add entries from a CSV or JSON export", invoke<parse_import, help_import>},
    {"check", "", "check the journal's integrity", invoke<parse_check, help_check>},
    {"backup", "", "copy the journal to a file, safely, while in use",
     invoke<parse_backup, help_backup>},
});

const Command* find_command(std::string_view name) {
    for (const auto& command : command_table) {
        if (command.name == name || (!command.alias.empty() && command.alias == name)) {
            return &command;
        }
    }
    return nullptr;
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

std::string program_help() {
    std::ostringstream out;
    out << "Usage: sore [--db PATH] [--config PATH] [--no-color] COMMAND [ARGS]\n\n"
           "sore keeps a journal of soreness after massage, with the hours you sat, the\n"
           "pressure used, knots found, injuries and emotional release, so you can see\n"
           "what goes with feeling sore.\n\nCommands:\n";
    for (const auto& command : command_table) {
        auto name = command.alias.empty() ? std::string(command.name)
                                          : fmt::format("{} ({})", command.name, command.alias);
        out << fmt::format("  {:<12}{}\n", name, command.summary);
    }
    out << fmt::format("  {:<12}{}\n", "help", "show this help, or a command's: sore help log");
    out << '\n'
        << describe(global_options())
        << "\nDates: YYYY-MM-DD, today, yesterday, -Nd (N days ago), -Nw (N weeks ago),\n"
           "or a weekday name, full or short (the most recent one, today included).\n\n"
           "The journal is --db, else $SORE_DB, else `db = PATH` in the config file\n"
           "($XDG_CONFIG_HOME/sore/config), else $XDG_DATA_HOME/sore/journal.db.\n\n"
           "Examples:\n"
           "  sore log --soreness 6 --sitting 7h30m --pressure deep --knots 3\n"
           "  sore log yesterday --soreness 3 --sitting 9 --technique none\n"
           "  sore list --last 10\n"
           "  sore week\n"
           "  sore causes --from -90d\n\n"
           "Run 'sore COMMAND --help' for a command's options and an example.\n";
    return out.str();
}

struct Invocation {
    GlobalOptions global;
    bool help = false;
    bool version = false;
    std::optional<std::string> command;
    Args args;
};

// Global options come before the command; everything from the command on
// belongs to it, even words that look like global options.
struct Split {
    std::size_t options_end; // global options are args[0, options_end)
    std::size_t command;     // index of the command word (args.size() if none)
};

// The first word that is neither a global option nor the value of one
// (--db PATH, --config PATH) is the command; a "--" may stand before it.
Split split_at_command(const Args& args, const po::options_description& globals) {
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
                                         args[i], journal::quoted(args[i + 1]), args[i],
                                         args[i + 1]));
        }
        i += takes_value ? 2U : 1U;
    }
    return {std::min(i, args.size()), std::min(i, args.size())};
}

Invocation parse_global(const Args& args) {
    auto globals = global_options();
    auto split = split_at_command(args, globals);
    po::variables_map vm;
    try {
        auto options_end = args.begin() + static_cast<long>(split.options_end);
        po::command_line_parser parser(Args(args.begin(), options_end));
        parser.options(globals);
        parser.style(po::command_line_style::unix_style ^ po::command_line_style::allow_guessing);
        po::store(parser.run(), vm);
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
    if (split.command < args.size()) {
        inv.command = args[split.command];
        inv.args.assign(args.begin() + static_cast<long>(split.command) + 1, args.end());
    }
    return inv;
}

std::string one_line(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

int dispatch(const Args& args, std::istream& in, std::ostream& out, std::ostream& err,
             Terminal terminal) {
    auto inv = parse_global(args);
    if (inv.version) {
        out << "sore " << version << '\n';
        return 0;
    }
    if (inv.help) {
        out << program_help();
        return 0;
    }
    if (!inv.command) {
        throw UsageError(
            "a command is required, such as 'sore log --soreness 5'; see 'sore --help'");
    }
    if (*inv.command == "help") { // sore help [COMMAND]
        std::string_view word;    // a view of args, never of a temporary
        if (!inv.args.empty()) {
            word = inv.args.front();
        }
        if (word.empty() || word == "help" || word == "--help" || word == "-h") {
            out << program_help();
            return 0;
        }
        inv.command = inv.args.front();
        inv.args = {"--help"};
    }
    const auto* command = find_command(*inv.command);
    if (command == nullptr) {
        std::string names;
        for (const auto& c : command_table) {
            names += c.name;
            names += c.alias.empty() ? ", " : fmt::format(" ({}), ", c.alias);
        }
        names += "help";
        throw UsageError(fmt::format(
            "'{}' is not a command; expected one of {} (see 'sore --help')", *inv.command, names));
    }
    Context ctx(inv.global, in, out, err, terminal);
    int status = command->invoke(ctx, inv.args);
    ctx.flush_output();
    return status;
}

} // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err, Terminal terminal) {
    try {
        return dispatch(args, in, out, err, terminal);
    } catch (const UsageError& e) {
        err << "sore: error: " << one_line(e.what()) << '\n';
        return 2;
    } catch (const std::exception& e) { // sore::Error and anything unforeseen
        err << "sore: error: " << one_line(e.what()) << '\n';
        return 1;
    }
}

} // namespace sore::cli

namespace sore {

int run(int argc, char** argv) {
    umask(077); // journal, backups and their folders: readable by the owner only
    store::watch_file_size_limit(); // a clear error past ulimit -f, not death by SIGXFSZ
    store::skip_memory_statistics();
    std::vector<std::string> args(argv + 1, argv + argc);
    cli::Terminal terminal{isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
                           isatty(STDERR_FILENO) == 1};
    return cli::run(args, std::cin, std::cout, std::cerr, terminal);
}

} // namespace sore
