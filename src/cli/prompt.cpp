#include "cli/prompt.hpp"

#include "error.hpp"
#include "journal/values.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <istream>
#include <ostream>
#include <string>

namespace sore::cli {

namespace {

std::string trimmed(const std::string& text) {
    auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

} // namespace

int ask_rating(Context& ctx, std::string_view field, std::string_view question) {
    std::string line;
    while (true) {
        ctx.err << question << " (0-10, or q to stop): " << std::flush;
        if (!std::getline(ctx.in, line)) {
            ctx.err << '\n';
            throw Cancelled("Nothing logged.");
        }
        auto answer = trimmed(line);
        if (answer == "q" || answer == "Q") {
            throw Cancelled("Nothing logged.");
        }
        try {
            return journal::parse_rating(field, answer);
        } catch (const UsageError& e) {
            ctx.err << e.what() << '\n';
        }
    }
}

bool confirm(Context& ctx, std::string_view question) {
    ctx.err << question << " [y/N] " << std::flush;
    std::string answer;
    if (!std::getline(ctx.in, answer)) {
        ctx.err << '\n';
        return false;
    }
    answer = util::lower(trimmed(answer));
    return answer == "y" || answer == "yes";
}

} // namespace sore::cli
