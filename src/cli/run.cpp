#include "cli/run.hpp"

#include "cli/parsing.hpp"
#include "error.hpp"
#include "store/journal_file.hpp"
#include "version.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <sstream>

namespace sore::cli {

namespace {

const Command* find_command(std::span<const Command* const> commands, std::string_view name) {
    for (const auto* command : commands) {
        if (command->name == name || (!command->alias.empty() && command->alias == name)) {
            return command;
        }
    }
    return nullptr;
}

std::string program_help(std::span<const Command* const> commands) {
    std::ostringstream out;
    out << "Usage: sore [--db PATH] [--config PATH] [--no-color] COMMAND [ARGS]\n\n"
           "sore keeps a journal of soreness after massage, with the hours you sat, the\n"
           "pressure used, knots found, injuries and emotional release, so you can see\n"
           "what goes with feeling sore.\n\nCommands:\n";
    for (const auto* command : commands) {
        auto name = command->alias.empty() ? std::string(command->name)
                                           : fmt::format("{} ({})", command->name, command->alias);
        out << fmt::format("  {:<12}{}\n", name, command->summary);
    }
    out << fmt::format("  {:<12}{}\n", "help", "show this help, or a command's: sore help log");
    out << '\n'
        << describe_global_options()
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

std::string one_line(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

int dispatch(const Args& args, std::istream& in, std::ostream& out, std::ostream& err,
             Terminal terminal, std::span<const Command* const> commands) {
    auto inv = parse_invocation(args);
    if (inv.version) {
        out << "sore " << version << '\n';
        return 0;
    }
    if (inv.help) {
        out << program_help(commands);
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
            out << program_help(commands);
            return 0;
        }
        inv.command = inv.args.front();
        inv.args = {"--help"};
    }
    const auto* command = find_command(commands, *inv.command);
    if (command == nullptr) {
        std::string names;
        std::vector<std::string> known{"help"};
        for (const auto* c : commands) {
            names += c->name;
            names += c->alias.empty() ? ", " : fmt::format(" ({}), ", c->alias);
            known.emplace_back(c->name);
        }
        names += "help";
        if (auto guess = util::closest(*inv.command, known)) {
            throw UsageError(fmt::format("'{}' is not a command; did you mean '{}'? (see 'sore "
                                         "--help')",
                                         *inv.command, *guess));
        }
        throw UsageError(fmt::format(
            "'{}' is not a command; expected one of {} (see 'sore --help')", *inv.command, names));
    }
    Context ctx(inv.global, in, out, err, terminal);
    ctx.command_line.push_back(*inv.command);
    ctx.command_line.insert(ctx.command_line.end(), inv.args.begin(), inv.args.end());
    auto parsed = parse(*command, inv.args, [&ctx] { return ctx.today(); });
    int status = 0;
    if (parsed) {
        status = command->invoke(ctx, *parsed);
    } else {
        out << help(*command);
    }
    ctx.flush_output();
    ctx.tell_about_journal();
    return status;
}

} // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err, Terminal terminal, std::span<const Command* const> commands) {
    try {
        return dispatch(args, in, out, err, terminal, commands);
    } catch (const Cancelled& e) {
        err << e.what() << '\n';
        return 1;
    } catch (const UsageError& e) {
        err << "sore: error: " << one_line(e.what()) << '\n';
        return 2;
    } catch (const store::SqliteError& e) {
        err << "sore: error: " << one_line(store::explain(e).what()) << '\n';
        return 1;
    } catch (const ErrorWithAdvice& e) {
        err << "sore: error: " << one_line(e.what()) << '\n';
        for (const auto& line : e.advice()) {
            err << line << '\n';
        }
        return 1;
    } catch (const std::exception& e) { // sore::Error and anything unforeseen
        err << "sore: error: " << one_line(e.what()) << '\n';
        return 1;
    }
}

} // namespace sore::cli
