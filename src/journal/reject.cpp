#include "journal/reject.hpp"

#include "error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace sore::journal {

void reject(std::string_view field, std::string_view text, std::string_view problem,
            std::string_view accepted) {
    throw UsageError(
        fmt::format("{} {} {}; expected {}", field, util::quoted(text), problem, accepted));
}

} // namespace sore::journal
