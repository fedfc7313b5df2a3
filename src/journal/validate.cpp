#include "journal/validate.hpp"

#include "error.hpp"
#include "journal/dates.hpp"
#include "journal/reject.hpp"
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

void validate(const Entry& entry, Day today) {
    if (entry.date < earliest_day) {
        reject("date", format_date(entry.date), "is before 1900", "a day from 1900-01-01 on");
    }
    if (entry.date > today) {
        reject("date", format_date(entry.date), "is in the future",
               fmt::format("today ({}) or an earlier day", format_date(today)));
    }
    if (entry.time && !entry.time->is_valid()) {
        reject("time", format_time(*entry.time), "is not a time of day",
               "HH:MM from 00:00 to 23:59");
    }
    check_range("soreness", entry.soreness, 0, 10);
    check_range("during", entry.during, 0, 10);
    check_range("sitting minutes", entry.sitting_min, 0, 24 * 60);
    check_range("knots", entry.knots, 0, 999);
    for (const auto& site : entry.sites) {
        check_range("site soreness", site.soreness, 0, 10);
    }
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
