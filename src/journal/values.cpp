#include "journal/values.hpp"

#include "error.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <regex>

namespace sore::journal {

namespace {

constexpr std::string_view sitting_accepted = "hours from 0 to 24, such as 7.5, 7h30m, 7h or 45m";

bool all_digits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// Digits only; no sign, no spaces, no overflow.
std::optional<long long> to_whole(std::string_view text) {
    if (!all_digits(text) || text.size() > 18) {
        return std::nullopt;
    }
    long long value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::optional<double> to_decimal(std::string_view text) {
    static const std::regex decimal(R"(\d{1,4}(\.\d{1,6})?)");
    if (!std::regex_match(text.begin(), text.end(), decimal)) {
        return std::nullopt;
    }
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::optional<int> sitting_minutes(std::string_view text) {
    static const std::regex hours_minutes(R"((\d{1,4})h(?:(\d{1,4})m)?)");
    static const std::regex minutes_only(R"((\d{1,5})m)");
    static const std::regex clock(R"((\d{1,2}):(\d{2}))");
    std::match_results<std::string_view::const_iterator> m;
    if (auto hours = to_decimal(text)) {
        return static_cast<int>(std::lround(*hours * 60));
    }
    if (text.size() > 1 && text.back() == 'h') {
        if (auto hours = to_decimal(text.substr(0, text.size() - 1))) {
            return static_cast<int>(std::lround(*hours * 60));
        }
    }
    if (std::regex_match(text.begin(), text.end(), m, hours_minutes) ||
        std::regex_match(text.begin(), text.end(), m, clock)) {
        int hours = std::stoi(m.str(1));
        int minutes = m[2].matched ? std::stoi(m.str(2)) : 0;
        if (minutes >= 60) {
            return std::nullopt;
        }
        return hours * 60 + minutes;
    }
    if (std::regex_match(text.begin(), text.end(), m, minutes_only)) {
        return std::stoi(m.str(1));
    }
    return std::nullopt;
}

} // namespace

std::string quoted(std::string_view text) {
    constexpr std::size_t limit = 60;
    std::string out = "'";
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (i >= limit && (c & 0xC0) != 0x80) { // stop only between characters
            break;
        }
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7f) {
            out += fmt::format("\\x{:02x}", c);
        } else {
            out += static_cast<char>(c);
        }
    }
    if (i < text.size()) {
        out += "...";
    }
    return out + "'";
}

std::string one_of(std::span<const std::string_view> names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            out += i + 1 == names.size() ? " or " : ", ";
        }
        out += names[i];
    }
    return out;
}

void reject(std::string_view field, std::string_view text, std::string_view problem,
            std::string_view accepted) {
    throw UsageError(fmt::format("{} {} {}; expected {}", field, quoted(text), problem, accepted));
}

int parse_rating(std::string_view field, std::string_view text) {
    auto value = to_whole(text);
    if (!value) {
        reject(field, text, "is not a whole number", "a whole number from 0 to 10");
    }
    if (*value > 10) {
        reject(field, text, "is out of range", "a whole number from 0 to 10");
    }
    return static_cast<int>(*value);
}

long long parse_whole(std::string_view field, std::string_view text, long long min, long long max) {
    auto accepted = fmt::format("a whole number from {} to {}", min, max);
    auto value = to_whole(text);
    if (!value) {
        reject(field, text, "is not a whole number", accepted);
    }
    if (*value < min || *value > max) {
        reject(field, text, "is out of range", accepted);
    }
    return *value;
}

int parse_sitting_minutes(std::string_view field, std::string_view text) {
    auto minutes = sitting_minutes(text);
    if (!minutes) {
        reject(field, text, "is not a duration", sitting_accepted);
    }
    if (*minutes > 24 * 60) {
        reject(field, text, "is more than a day", sitting_accepted);
    }
    return *minutes;
}

std::string parse_time(std::string_view field, std::string_view text) {
    static const std::regex clock(R"((\d{1,2}):(\d{2}))");
    std::match_results<std::string_view::const_iterator> m;
    if (std::regex_match(text.begin(), text.end(), m, clock)) {
        int hours = std::stoi(m.str(1));
        int minutes = std::stoi(m.str(2));
        if (hours < 24 && minutes < 60) {
            return fmt::format("{:02}:{:02}", hours, minutes);
        }
    }
    reject(field, text, "is not a time of day", "HH:MM from 00:00 to 23:59");
}

Pressure parse_pressure(std::string_view field, std::string_view text) {
    if (auto named = pressure_from_name(text)) {
        return *named;
    }
    if (text.size() == 1 && text[0] >= '1' && text[0] <= '4') {
        return static_cast<Pressure>(text[0] - '0');
    }
    reject(field, text, "is not a pressure level",
           fmt::format("{}, or 1 to 4", one_of(pressure_names())));
}

Technique parse_technique(std::string_view field, std::string_view text) {
    if (auto technique = technique_from_name(text)) {
        return *technique;
    }
    reject(field, text, "is not a known technique", one_of(technique_names()));
}

Side parse_side(std::string_view field, std::string_view text) {
    if (auto side = side_from_name(text)) {
        return *side;
    }
    reject(field, text, "is not a side", one_of(side_names()));
}

std::string parse_tag(std::string_view field, std::string_view text) {
    constexpr std::string_view accepted = "1 to 64 characters without spaces, ',' or ';'";
    if (text.empty() || text.size() > 64) {
        reject(field, text, "has the wrong length", accepted);
    }
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f || c == ',' || c == ';') {
            reject(field, text, "contains a character tags cannot hold", accepted);
        }
    }
    return std::string(text);
}

} // namespace sore::journal
