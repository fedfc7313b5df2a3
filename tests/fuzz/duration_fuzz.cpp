// The hours parser of --sitting and the CSV's sitting_hours, and the time
// of day parser beside it.

#include "check.hpp"
#include "error.hpp"
#include "formats/csv.hpp"
#include "journal/values.hpp"
#include "render/entries.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace {

using sore::fuzz::require;

std::optional<int> sitting(const std::string& text) {
    try {
        return sore::journal::parse_sitting_minutes("--sitting", text);
    } catch (const sore::UsageError&) {
        return std::nullopt;
    }
}

std::string upper(std::string text) {
    for (auto& c : text) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return text;
}

void check_sitting(const std::string& text) {
    auto minutes = sitting(text);
    require(sitting(upper(text)) == minutes, "sitting is read in any case");
    if (!minutes) {
        return;
    }
    require(*minutes >= 0 && *minutes <= 24 * 60, "sitting is 0 to 24 hours");
    // What list and the CSV write must read back as the same minute.
    require(sitting(sore::formats::format_hours(*minutes)) == minutes, "format_hours round-trips");
    require(sitting(sore::render::format_minutes(*minutes)) == minutes,
            "format_minutes round-trips");
}

void check_time(const std::string& text) {
    sore::journal::TimeOfDay time;
    try {
        time = sore::journal::parse_time("--time", text);
    } catch (const sore::UsageError&) {
        return;
    }
    auto minutes = time.since_midnight().count();
    require(minutes >= 0 && minutes < 24 * 60, "a time is from 00:00 to 23:59");
    auto shown = sore::journal::format_time(time);
    require(sore::journal::parse_stored_time(shown) == time, "a time is stored as HH:MM");
    require(sore::journal::parse_time("--time", shown) == time, "a time round-trips");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    check_sitting(text);
    check_time(text);
    return 0;
}
