#include "cli/prompt.hpp"

#include "error.hpp"
#include "journal/values.hpp"

#include <fmt/format.h>
#include <istream>
#include <ostream>
#include <string>

namespace sore::cli {

int ask_rating(Context& ctx, std::string_view field, std::string_view question) {
    std::string answer;
    while (true) {
        ctx.err << question << " (0-10): " << std::flush;
        if (!std::getline(ctx.in, answer)) {
            ctx.err << '\n';
            throw UsageError(
                fmt::format("no {} given; expected a whole number from 0 to 10", field));
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
    return answer == "y" || answer == "Y" || answer == "yes" || answer == "YES" || answer == "Yes";
}

} // namespace sore::cli
