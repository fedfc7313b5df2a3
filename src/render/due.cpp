#include "render/due.hpp"

#include "journal/entry.hpp"
#include "journal/validate.hpp"

#include <fmt/format.h>

namespace sore::render {

namespace {

constexpr std::string_view log_command = "sore log --soreness N";

// "Tuesday's deep session", "Tuesday's session".
std::string session_words(const analysis::Due::CheckIn& c) {
    auto day = journal::weekday_name(c.session);
    if (c.pressure) {
        return fmt::format("{}'s {} session", day,
                           journal::name_of(static_cast<journal::Pressure>(*c.pressure)));
    }
    return fmt::format("{}'s session", day);
}

std::string day_words(journal::Day day) {
    return fmt::format("{} {}", journal::weekday_name(day), journal::format_date(day));
}

} // namespace

std::vector<std::string> due_lines(const analysis::Due& due) {
    std::vector<std::string> lines;
    if (due.check_in) {
        const auto& c = *due.check_in;
        auto when = c.days_after == 1 ? std::string("the day after")
                                      : fmt::format("{} days after", c.days_after);
        lines.push_back(fmt::format("How sore are you today, {} {}? Log it: {}", when,
                                    session_words(c), log_command));
    }
    if (due.log_today) {
        lines.push_back(fmt::format(
            "Nothing is logged for today yet; a rest day counts too. Log it: {}", log_command));
    }
    if (due.caution) {
        const auto& c = *due.caution;
        auto since = c.session == c.injury
                         ? std::string("a session the same day")
                         : fmt::format("a session since, on {}", day_words(c.session));
        lines.push_back(fmt::format("You flagged an injury on {} and had {}. {} Tell your "
                                    "therapist about it before the next session.",
                                    day_words(c.injury), since, journal::injury_caution()));
    }
    return lines;
}

std::string due_summary(const analysis::Due& due) {
    if (due.check_in || due.log_today) {
        return "Time for a check-in";
    }
    return due.caution ? "A session after an injury" : "";
}

} // namespace sore::render
