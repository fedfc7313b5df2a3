#include "journal/validate.hpp"

#include "error.hpp"
#include "journal/dates.hpp"
#include "journal/values.hpp"

#include <fmt/format.h>

namespace sore::journal {

namespace {

void check_range(std::string_view field, std::optional<int> value, int min, int max) {
    if (value && (*value < min || *value > max)) {
        reject(field, std::to_string(*value), "is out of range",
               fmt::format("a whole number from {} to {}", min, max));
    }
}

} // namespace

void validate(const Entry& entry, date::sys_days today) {
    auto day = parse_iso_date(entry.date);
    if (!day) {
        reject("date", entry.date, "is not a day of the calendar", "YYYY-MM-DD");
    }
    if (*day > today) {
        reject("date", entry.date, "is in the future",
               fmt::format("today ({}) or an earlier day", format_date(today)));
    }
    if (entry.time) {
        parse_time("time", *entry.time);
    }
    check_range("soreness", entry.soreness, 0, 10);
    check_range("during", entry.during, 0, 10);
    check_range("sitting minutes", entry.sitting_min, 0, 24 * 60);
    check_range("knots", entry.knots, 0, 999);
    for (const auto& tag : entry.tags) {
        parse_tag("tag", tag);
    }
    if (entry.note) {
        parse_text("note", *entry.note);
    }
    if (entry.technique == Technique::none) {
        if (entry.pressure) {
            reject("pressure", name_of(*entry.pressure), "cannot go with technique 'none'",
                   "no pressure on a rest day, or a massage technique");
        }
        if (entry.during) {
            reject("during", std::to_string(*entry.during), "cannot go with technique 'none'",
                   "no pain-during rating on a rest day, or a massage technique");
        }
    }
}

bool needs_injury_caution(const Entry& entry) {
    return entry.injury && entry.is_session();
}

std::string_view injury_caution() {
    return "While an injury is fresh, massage is better put off; a doctor or physiotherapist can "
           "guide its recovery instead.";
}

} // namespace sore::journal
