#include "journal/dates.hpp"

#include "error.hpp"
#include "journal/values.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <date/tz.h>
#include <fmt/format.h>

namespace sore::journal {

namespace {

constexpr std::string_view date_accepted =
    "YYYY-MM-DD, today, yesterday, -Nd (days ago), -Nw (weeks ago) or a weekday name";

// The zone named by TZ, else the system's; nothing when neither is a zone
// the date library knows (a POSIX rule such as "<-05>5", a missing
// /etc/localtime).
const date::time_zone* local_zone() {
    if (const char* tz = std::getenv("TZ"); tz != nullptr && *tz != '\0') {
        std::string_view name = tz;
        if (name.front() == ':') {
            name.remove_prefix(1);
        }
        try {
            return date::locate_zone(name);
        } catch (const std::exception&) {
            return nullptr; // not /etc/localtime: the user asked for TZ
        }
    }
    try {
        return date::current_zone();
    } catch (const std::exception&) {
        return nullptr;
    }
}

// The C library reads any TZ, POSIX rules included.
date::sys_days libc_today(std::chrono::system_clock::time_point now) {
    std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    std::tm local{};
    tzset(); // localtime_r need not read TZ by itself
    localtime_r(&seconds, &local);
    return date::sys_days{date::year{local.tm_year + 1900} /
                          date::month{static_cast<unsigned>(local.tm_mon + 1)} /
                          date::day{static_cast<unsigned>(local.tm_mday)}};
}

std::optional<date::weekday> weekday_from_name(std::string_view text) {
    static constexpr std::array<std::string_view, 7> names{
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
    std::string name = lower(text);
    for (unsigned i = 0; i < names.size(); ++i) {
        if (name == names[i] || (name.size() == 3 && names[i].substr(0, 3) == name)) {
            return date::weekday{i};
        }
    }
    return std::nullopt;
}

// -Nd or -Nw: N days or weeks before today.
std::optional<date::sys_days> relative(std::string_view text, date::sys_days today) {
    if (text.size() < 3 || text.front() != '-' || (text.back() != 'd' && text.back() != 'w')) {
        return std::nullopt;
    }
    auto digits = text.substr(1, text.size() - 2);
    if (digits.find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    if (digits.size() > 6) { // a million days is long before 1900 anyway
        return date::sys_days{date::year{1} / 1 / 1};
    }
    int count = std::stoi(std::string(digits));
    return text.back() == 'd' ? today - date::days{count} : today - date::weeks{count};
}

constexpr date::sys_days earliest_day{date::year{1900} / 1 / 1};

// YYYY-MM-DD of a real calendar day, any year.
std::optional<date::sys_days> calendar_day(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto digits = [&](std::size_t from, std::size_t count) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
                return std::nullopt;
            }
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    auto y = digits(0, 4);
    auto m = digits(5, 2);
    auto d = digits(8, 2);
    if (!y || !m || !d) {
        return std::nullopt;
    }
    date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)},
                             date::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return date::sys_days{ymd};
}

} // namespace

date::sys_days today() {
    if (const char* pinned = std::getenv("SORE_TODAY"); pinned != nullptr && *pinned != '\0') {
        if (auto day = parse_iso_date(pinned)) {
            return *day;
        }
        reject("SORE_TODAY", pinned, "is not a date", "YYYY-MM-DD");
    }
    auto now = std::chrono::system_clock::now();
    if (const auto* zone = local_zone()) {
        return date::sys_days{date::floor<date::days>(zone->to_local(now).time_since_epoch())};
    }
    return libc_today(now);
}

std::optional<date::sys_days> parse_iso_date(std::string_view text) {
    auto day = calendar_day(text);
    if (!day || *day < earliest_day) {
        return std::nullopt;
    }
    return day;
}

date::sys_days parse_date(std::string_view field, std::string_view text, date::sys_days today) {
    std::string word = lower(text);
    auto day = calendar_day(text);
    if (day) {
        // checked against 1900 below
    } else if (word == "today") {
        day = today;
    } else if (word == "yesterday") {
        day = today - date::days{1};
    } else if (auto weekday = weekday_from_name(word)) {
        day = today - (date::weekday{today} - *weekday);
    } else {
        day = relative(word, today);
    }
    if (day && *day >= earliest_day) {
        return *day;
    }
    if (day) {
        reject(field, text, "is before 1900", "a day from 1900-01-01 on");
    }
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        reject(field, text, "is not a day of the calendar", date_accepted);
    }
    reject(field, text, "is not a date", date_accepted);
}

std::string format_date(date::sys_days day) {
    return date::format("%F", day);
}

bool is_utc_timestamp(std::string_view text) {
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
        text[19] != 'Z' || !calendar_day(text.substr(0, 10))) {
        return false;
    }
    auto two = [&](std::size_t at, int max) {
        return std::isdigit(static_cast<unsigned char>(text[at])) &&
               std::isdigit(static_cast<unsigned char>(text[at + 1])) &&
               (text[at] - '0') * 10 + (text[at + 1] - '0') <= max;
    };
    return two(11, 23) && two(14, 59) && two(17, 59);
}

std::string utc_offset(date::sys_days day, std::chrono::minutes time_of_day) {
    std::chrono::seconds offset{};
    if (const auto* zone = local_zone()) {
        auto local = date::local_seconds{day.time_since_epoch()} + time_of_day;
        auto info = zone->get_info(local);
        offset = info.first.offset;
    } else { // a POSIX rule only the C library reads
        auto seconds =
            std::chrono::system_clock::to_time_t(std::chrono::sys_seconds{day} + time_of_day);
        std::tm local{};
        tzset();
        gmtime_r(&seconds, &local); // the wall-clock fields, read back as local time
        local.tm_isdst = -1;
        std::time_t moment = mktime(&local);
        localtime_r(&moment, &local);
        offset = std::chrono::seconds{local.tm_gmtoff};
    }
    auto minutes = std::chrono::duration_cast<std::chrono::minutes>(offset).count();
    return fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', std::abs(minutes) / 60,
                       std::abs(minutes) % 60);
}

std::string utc_timestamp() {
    auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return date::format("%FT%TZ", now);
}

} // namespace sore::journal
