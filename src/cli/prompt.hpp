#pragma once

// Questions asked on a terminal. The question goes to standard error so that
// standard output stays clean for scripts.

#include "cli/context.hpp"

#include <string_view>

namespace sore::cli {

// Asks until the answer is a whole number from 0 to 10 (spaces around it
// allowed); "q" or end of input is Cancelled ("Nothing logged.").
int ask_rating(Context& ctx, std::string_view field, std::string_view question);

// y/yes is true; anything else, or end of input, is false.
bool confirm(Context& ctx, std::string_view question);

} // namespace sore::cli
