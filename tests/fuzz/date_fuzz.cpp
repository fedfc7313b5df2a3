// The date words of `sore log DATE`, --from and --to (cli::day_of), with
// the ISO parser the importer uses beside them.

#include "check.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"
#include "journal/dates.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using sore::fuzz::require;

void check_iso(const std::string& text) {
    auto day = sore::journal::parse_iso_date(text);
    if (day) {
        // Strict YYYY-MM-DD: the only spelling of its day.
        require(sore::journal::format_date(*day) == text, "parse_iso_date round-trips");
        require(*day >= date::sys_days{date::year{1900} / 1 / 1}, "an ISO date is from 1900 on");
    }
    if (sore::journal::is_utc_timestamp(text)) {
        require(text.size() == 20 && text.back() == 'Z', "a UTC timestamp is 20 bytes");
    }
}

void check_word(const std::string& text) {
    auto today = [] {
        return sore::fuzz::today;
    };
    std::string day;
    try {
        day = sore::journal::format_date(
            sore::journal::parse_date("date", text, sore::journal::TodayFn(today)));
    } catch (const sore::UsageError&) {
        // The slow path must refuse it as well: the fast path only skips work.
        try {
            sore::journal::parse_date("date", text, sore::fuzz::today);
        } catch (const sore::UsageError&) {
            return;
        }
        require(false, "the lazy and the eager parse_date refuse the same words");
    }
    auto parsed = sore::journal::parse_iso_date(day);
    require(parsed.has_value(), "a date word gives YYYY-MM-DD from 1900 on");
    require(sore::journal::parse_date("date", text, sore::fuzz::today) == *parsed,
            "the lazy and the eager parse_date agree");
    require(sore::journal::parse_date("date", day, sore::journal::TodayFn(today)) == *parsed,
            "a resolved day resolves to itself");
    if (!sore::journal::parse_iso_date(text)) {
        // today, yesterday, -Nd, -Nw and weekday names never reach ahead.
        require(*parsed <= sore::fuzz::today, "a date word is not in the future");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    check_iso(text);
    check_word(text);
    return 0;
}
