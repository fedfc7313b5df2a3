#include "reports.hpp"

#include <regex>

namespace sore::testing {

std::vector<std::string> week_rows(const std::string& text) {
    static const std::regex row(R"(^\d{4}-W\d\d .*)");
    std::vector<std::string> rows;
    for (const auto& line : lines(text)) {
        if (std::regex_match(line, row)) {
            rows.push_back(line);
        }
    }
    return rows;
}

bool has_nan_or_inf(const std::string& text) {
    static const std::regex bad(R"((^|[^a-z])(nan|inf|infinity)([^a-z]|$))", std::regex::icase);
    return std::regex_search(text, bad);
}

} // namespace sore::testing
