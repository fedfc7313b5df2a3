#include "journal/values.hpp"

#include "error.hpp"
#include "journal/reject.hpp"
#include "util/text.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <fmt/format.h>

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

// 7 or 7.5: up to nine digits, then up to six decimals.
std::optional<double> to_decimal(std::string_view text) {
    auto dot = text.find('.');
    auto whole = text.substr(0, dot);
    if (!all_digits(whole) || whole.size() > 9) {
        return std::nullopt;
    }
    if (dot != std::string_view::npos) {
        auto fraction = text.substr(dot + 1);
        if (!all_digits(fraction) || fraction.size() > 6) {
            return std::nullopt;
        }
    }
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// Hours and minutes split at `separator` ("7h30" of "7h30m", "7:30"); the
// minutes must be below 60.
std::optional<double> hours_and_minutes(std::string_view text, char separator) {
    auto at = text.find(separator);
    auto hours = to_whole(text.substr(0, at));
    auto minutes = to_whole(text.substr(at + 1));
    if (!hours || !minutes || *minutes >= 60) {
        return std::nullopt;
    }
    return static_cast<double>(*hours) * 60 + static_cast<double>(*minutes);
}

// Minutes, not yet rounded or range-checked: 7.5, 7.5h, 7h, 7h30m, 45m, 7:30.
std::optional<double> sitting_minutes(std::string_view text) {
    if (auto hours = to_decimal(text)) {
        return *hours * 60;
    }
    if (text.size() > 1 && text.back() == 'h') {
        auto hours = to_decimal(text.substr(0, text.size() - 1));
        return hours ? std::optional(*hours * 60) : std::nullopt;
    }
    if (text.size() > 1 && text.back() == 'm') {
        auto body = text.substr(0, text.size() - 1);
        if (body.find('h') != std::string_view::npos) {
            return hours_and_minutes(body, 'h');
        }
        auto minutes = to_whole(body);
        return minutes ? std::optional(static_cast<double>(*minutes)) : std::nullopt;
    }
    if (auto colon = text.find(':'); colon != std::string_view::npos && text.size() - colon == 3) {
        return hours_and_minutes(text, ':');
    }
    return std::nullopt;
}

} // namespace

std::string parse_text(std::string_view field, std::string_view text) {
    if (text.find('\0') != std::string_view::npos) {
        reject(field, text, "holds a NUL character", "text without NUL characters");
    }
    if (!util::is_utf8(text)) {
        reject(field, text, "is not valid UTF-8 text", "text in UTF-8");
    }
    return std::string(text);
}

int parse_rating(std::string_view field, std::string_view text) {
    return static_cast<int>(parse_whole(field, text, 0, 10));
}

long long parse_whole(std::string_view field, std::string_view text, long long min, long long max) {
    auto value = to_whole(text);
    if (value && *value >= min && *value <= max) {
        return *value; // the usual case, before any message is made
    }
    auto accepted = fmt::format("a whole number from {} to {}", min, max);
    bool negative = text.size() > 1 && text.front() == '-' && all_digits(text.substr(1));
    if (!value && !negative) {
        reject(field, text, "is not a whole number", accepted);
    }
    reject(field, text, "is out of range", accepted);
}

int parse_sitting_minutes(std::string_view field, std::string_view text) {
    auto minutes = sitting_minutes(util::lower(text)); // 7H30M too
    if (!minutes) {
        reject(field, text, "is not a duration", sitting_accepted);
    }
    if (*minutes > 24 * 60) { // before rounding, so 24.001 is refused
        reject(field, text, "is more than a day", sitting_accepted);
    }
    return static_cast<int>(std::lround(*minutes));
}

TimeOfDay parse_time(std::string_view field, std::string_view text) {
    auto colon = text.find(':');
    if (colon == 1 || colon == 2) {
        auto hours = to_whole(text.substr(0, colon));
        auto minutes = text.substr(colon + 1);
        auto minute = to_whole(minutes);
        if (hours && minute && minutes.size() == 2 && *hours < 24 && *minute < 60) {
            return TimeOfDay{static_cast<int>(*hours), static_cast<int>(*minute)};
        }
    }
    reject(field, text, "is not a time of day", "HH:MM from 00:00 to 23:59");
}

Pressure parse_pressure(std::string_view field, std::string_view text) {
    if (auto named = pressure_from_name(util::lower(text))) {
        return *named;
    }
    if (text.size() == 1 && text[0] >= '1' && text[0] <= '4') {
        return static_cast<Pressure>(text[0] - '0');
    }
    reject(field, text, "is not a pressure level",
           fmt::format("{}, or 1 to 4", util::one_of(pressure_names())));
}

Technique parse_technique(std::string_view field, std::string_view text) {
    if (auto technique = technique_from_name(util::lower(text))) {
        return *technique;
    }
    reject(field, text, "is not a known technique", util::one_of(technique_names()));
}

Side parse_side(std::string_view field, std::string_view text) {
    if (auto side = side_from_name(util::lower(text))) {
        return *side;
    }
    reject(field, text, "is not a side", util::one_of(side_names()));
}

std::string parse_tag(std::string_view field, std::string_view text) {
    constexpr std::string_view accepted = "1 to 64 bytes of UTF-8 without spaces, ',' or ';'";
    if (text.empty() || text.size() > 64) {
        reject(field, text, "has the wrong length", accepted);
    }
    if (!util::is_utf8(text)) {
        reject(field, text, "is not valid UTF-8", accepted);
    }
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f || c == ',' || c == ';') {
            reject(field, text, "contains a character tags cannot hold", accepted);
        }
    }
    return util::lower(text); // Glute and glute are one tag
}

} // namespace sore::journal
