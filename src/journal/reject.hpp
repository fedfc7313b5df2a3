#pragma once

// The one shape of a refused value, for every parser of the journal's
// values (values, dates) and the commands that check more.

#include <string_view>

namespace sore::journal {

// Throws UsageError "<field> <quoted value> <problem>; expected <accepted>".
[[noreturn]] void reject(std::string_view field, std::string_view text, std::string_view problem,
                         std::string_view accepted);

} // namespace sore::journal
