#include "journal/dates.hpp"

#include "error.hpp"
#include "journal/reject.hpp"
#include "util/text.hpp"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <date/date.h>
#include <date/iso_week.h>
#include <fmt/format.h>

namespace sore::journal {

namespace {

constexpr std::string_view date_accepted =
    "YYYY-MM-DD, today, yesterday, -Nd (days ago), -Nw (weeks ago) or a weekday name";

// The C library reads any TZ, POSIX rules included.
Day libc_today(std::chrono::system_clock::time_point now) {
    std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    std::tm local{};
    tzset(); // localtime_r need not read TZ by itself
    localtime_r(&seconds, &local);
    return Day{date::year{local.tm_year + 1900} /
               date::month{static_cast<unsigned>(local.tm_mon + 1)} /
               date::day{static_cast<unsigned>(local.tm_mday)}};
}

constexpr std::array<std::string_view, 7> weekday_names{
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

std::optional<date::weekday> weekday_from_name(std::string_view text) {
    for (unsigned i = 0; i < weekday_names.size(); ++i) {
        auto name = util::lower(weekday_names.at(i));
        if (text == name || (text.size() == 3 && name.substr(0, 3) == text)) {
            return date::weekday{i};
        }
    }
    return std::nullopt;
}

// -Nd or -Nw: N days or weeks before today.
std::optional<Day> relative(std::string_view text, Day today) {
    if (text.size() < 3 || text.front() != '-' || (text.back() != 'd' && text.back() != 'w')) {
        return std::nullopt;
    }
    auto digits = text.substr(1, text.size() - 2);
    if (digits.find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    if (digits.size() > 6) { // a million days is long before 1900 anyway
        return Day{date::year{1} / 1 / 1};
    }
    int count = std::stoi(std::string(digits));
    return text.back() == 'd' ? today - date::days{count} : today - date::weeks{count};
}

// `count` digits from text[from], or nothing.
std::optional<int> digits(std::string_view text, std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// "2026" as four characters, "05" as two: the fast way, a row at a time.
void put_digits(char* out, int value, int count) {
    for (int i = count - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

} // namespace

bool looks_like_iso_date(std::string_view text) {
    return text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text, 0, 4) &&
           digits(text, 5, 2) && digits(text, 8, 2);
}

std::optional<Day> parse_stored_date(std::string_view text) {
    if (!looks_like_iso_date(text)) {
        return std::nullopt;
    }
    auto y = digits(text, 0, 4);
    auto m = digits(text, 5, 2);
    auto d = digits(text, 8, 2);
    if (!y || !m || !d) {
        return std::nullopt;
    }
    date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)},
                             date::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return Day{ymd};
}

std::optional<Day> parse_iso_date(std::string_view text) {
    auto day = parse_stored_date(text);
    if (!day || *day < earliest_day) {
        return std::nullopt;
    }
    return day;
}

std::optional<TimeOfDay> parse_stored_time(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') {
        return std::nullopt;
    }
    auto hours = digits(text, 0, 2);
    auto minutes = digits(text, 3, 2);
    if (!hours || !minutes || *hours > 23 || *minutes > 59) {
        return std::nullopt;
    }
    return TimeOfDay{*hours, *minutes};
}

Day today() {
    if (const char* pinned = std::getenv("SORE_TODAY"); pinned != nullptr && *pinned != '\0') {
        if (auto day = parse_iso_date(pinned)) {
            return *day;
        }
        reject("SORE_TODAY", pinned, "is not a date", "YYYY-MM-DD");
    }
    // The C library reads only the one zone file (or TZ); the date
    // library's zone lookup scans the whole zone database first, which
    // cost `sore log` some 700 stat calls for the same day.
    return libc_today(std::chrono::system_clock::now());
}

TimeOfDay time_now() {
    auto now = std::chrono::system_clock::now();
    std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    std::tm local{};
    tzset();
    localtime_r(&seconds, &local);
    return TimeOfDay{local.tm_hour, local.tm_min};
}

Day parse_date(std::string_view field, std::string_view text, Day today) {
    std::string word = util::lower(text);
    auto day = parse_stored_date(text);
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
    if (looks_like_iso_date(text)) {
        reject(field, text, "is not a day of the calendar", date_accepted);
    }
    if (auto meant = relative_day_meant(text)) {
        throw UsageError(fmt::format("{} {} is not a date; did you mean {}?", field,
                                     util::quoted(text), *meant));
    }
    reject(field, text, "is not a date", date_accepted);
}

std::optional<std::string> relative_day_meant(std::string_view text) {
    if (text.size() < 2 || text.front() != '-') {
        return std::nullopt;
    }
    auto digits = text.substr(1, text.find_first_not_of("0123456789", 1) - 1);
    if (digits.empty() || digits.size() > 5 || digits.front() == '0') {
        return std::nullopt;
    }
    auto unit = util::lower(text.substr(1 + digits.size()));
    bool one = digits == "1";
    if (unit.empty() || unit == "day" || unit == "days") {
        return fmt::format("-{}d, {} {} ago", digits, digits, one ? "day" : "days");
    }
    if (unit == "w" || unit == "week" || unit == "weeks") {
        return fmt::format("-{}w, {} {} ago", digits, digits, one ? "week" : "weeks");
    }
    return std::nullopt;
}

Day parse_date(std::string_view field, std::string_view text, const TodayFn& today) {
    if (auto day = parse_iso_date(text)) {
        return *day;
    }
    return parse_date(field, text, today());
}

std::optional<std::string> format_date(const std::optional<Day>& day) {
    return day ? std::optional(format_date(*day)) : std::nullopt;
}

std::string format_date(Day day) {
    date::year_month_day ymd{day};
    int year = static_cast<int>(ymd.year());
    if (year < 0 || year > 9999) {
        return date::format("%F", day);
    }
    std::string out = "0000-00-00";
    put_digits(out.data(), year, 4);
    put_digits(out.data() + 5, static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
    put_digits(out.data() + 8, static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
    return out;
}

std::string format_week(Day day) {
    auto week = iso_week::year_weeknum_weekday{day};
    return fmt::format("{}-W{:02}", static_cast<int>(week.year()),
                       static_cast<unsigned>(week.weeknum()));
}

Day monday_of(Day day) {
    auto week = iso_week::year_weeknum_weekday{day};
    return Day{iso_week::year_weeknum_weekday{week.year(), week.weeknum(), iso_week::mon}};
}

std::string_view weekday_name(Day day) {
    return weekday_names.at(date::weekday{day}.c_encoding());
}

std::string format_time(TimeOfDay time) {
    if (!time.is_valid()) { // never a real time, but said as it is
        return fmt::format("{:02}:{:02}", time.hours(), time.minutes());
    }
    std::string out = "00:00";
    put_digits(out.data(), time.hours(), 2);
    put_digits(out.data() + 3, time.minutes(), 2);
    return out;
}

bool is_utc_timestamp(std::string_view text) {
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
        text[19] != 'Z' || !parse_stored_date(text.substr(0, 10))) {
        return false;
    }
    auto two = [&](std::size_t at, int max) {
        auto value = digits(text, at, 2);
        return value && *value <= max;
    };
    return two(11, 23) && two(14, 59) && two(17, 59);
}

namespace {

// The local zone's offset from UTC at an instant, as the C library finds it.
std::chrono::seconds offset_at(std::time_t moment) {
    std::tm local{};
    localtime_r(&moment, &local);
    return std::chrono::seconds{local.tm_gmtoff};
}

} // namespace

std::string utc_offset(Day day, TimeOfDay time) {
    // The C library, not the date library's zone database: it reads any TZ
    // (POSIX rules too), and sore starts without loading libdate-tz. The
    // offsets a day either side are the two a change between them can
    // give; a wall time is valid under an offset that holds at its instant.
    tzset();
    auto wall =
        std::chrono::system_clock::to_time_t(std::chrono::sys_seconds{day} + time.since_midnight());
    constexpr std::time_t one_day = std::chrono::seconds{std::chrono::days{1}}.count();
    auto before = offset_at(wall - one_day);
    auto after = offset_at(wall + one_day);
    auto holds = [wall](std::chrono::seconds offset) {
        return offset_at(wall - offset.count()) == offset;
    };
    // Twice (clocks going back): the first, under the offset before the
    // change. Never (clocks going forward): the offset before the change.
    auto offset = holds(before) || !holds(after) ? before : after;
    auto minutes = std::chrono::duration_cast<std::chrono::minutes>(offset).count();
    return fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', std::abs(minutes) / 60,
                       std::abs(minutes) % 60);
}

std::string utc_timestamp() {
    auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return date::format("%FT%TZ", now);
}

std::string local_time_of(std::string_view utc) {
    if (!is_utc_timestamp(utc)) {
        return std::string(utc);
    }
    std::tm parts{};
    std::string text(utc);
    if (strptime(text.c_str(), "%Y-%m-%dT%H:%M:%SZ", &parts) == nullptr) {
        return text;
    }
    std::time_t seconds = timegm(&parts);
    std::tm local{};
    tzset();
    localtime_r(&seconds, &local);
    std::array<char, 32> out{};
    auto size = std::strftime(out.data(), out.size(), "%Y-%m-%d %H:%M", &local);
    return std::string(out.data(), size);
}

} // namespace sore::journal
