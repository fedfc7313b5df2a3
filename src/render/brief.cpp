#include "render/brief.hpp"

#include "formats/json.hpp"
#include "render/recovery_words.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <array>
#include <fmt/format.h>
#include <ostream>

namespace sore::render {

namespace {

using json = nlohmann::ordered_json;

constexpr std::size_t width = 78;

std::string ago(journal::Day day, journal::Day today) {
    auto days = (today - day).count();
    return days == 0 ? "today" : days == 1 ? "yesterday" : fmt::format("{} days ago", days);
}

std::string pressure_text(const std::optional<int>& pressure) {
    return pressure ? std::string(analysis::pressure_name(*pressure)) : std::string("no pressure");
}

// "not yet" while the journal may still show it settle; "unknown" where
// the next session or two unlogged days came first.
std::string settled_text(const analysis::BriefSession& s) {
    if (!s.settled) {
        return "unknown";
    }
    switch (s.ended) {
    case analysis::Followed::Ended::settled:
        return days_text(s.settled->time);
    case analysis::Followed::Ended::journal_end:
        return "not yet";
    default:
        return "unknown";
    }
}

std::string last_text(const analysis::Brief& b) {
    if (!b.last) {
        return "Last session: none logged yet.";
    }
    const auto& s = *b.last;
    auto usual = s.baseline ? fmt::format(" (my usual: {})", fixed(*s.baseline, 1)) : "";
    return fmt::format("Last session: {} ({}), {}. It left me at {} out of 10{}.",
                       journal::format_date(s.day), ago(s.day, b.today), pressure_text(s.pressure),
                       fixed(s.left, 1), usual);
}

std::string knots_text(const analysis::Brief& b) {
    const auto& now = b.knots_lately;
    const auto& then = b.knots_before;
    if (!now.mean) {
        return "Knots: none recorded in the last 4 weeks.";
    }
    auto text =
        fmt::format("Knots: {} on average in the last 4 weeks ({})", fixed(*now.mean, 1),
                    util::count(static_cast<std::size_t>(now.sessions), "session", "sessions"));
    if (then.mean) {
        auto compared = *now.mean < *then.mean   ? "fewer than"
                        : *now.mean > *then.mean ? "more than"
                                                 : "as many as";
        text += fmt::format(", {} the 4 weeks before ({})", compared, fixed(*then.mean, 1));
    } else {
        text += ", none recorded in the 4 weeks before";
    }
    return text + ".";
}

std::string injury_text(const analysis::RecoveryReport& r) {
    if (!r.injury_flagged) {
        return "Injury: none flagged in the last 7 days.";
    }
    return fmt::format("Injury: flagged on {}. Please adjust the treatment; I will ask a doctor "
                       "or physiotherapist before my next massage.",
                       journal::format_date(*r.injury_flagged));
}

std::string releases_text(const analysis::Brief& b) {
    if (b.sessions_lately == 0) {
        return "Emotional release: no sessions in the last 4 weeks.";
    }
    auto sessions = util::count(static_cast<std::size_t>(b.sessions_lately), "session", "sessions");
    if (b.sessions_lately == 1) {
        return b.releases_lately == 1
                   ? "Emotional release: in my one session in the last 4 weeks."
                   : "Emotional release: none in my one session in the last 4 weeks.";
    }
    if (b.releases_lately == 0) {
        return fmt::format("Emotional release: none in my {} in the last 4 weeks.", sessions);
    }
    return fmt::format("Emotional release: in {} of my {} in the last 4 weeks.", b.releases_lately,
                       sessions);
}

std::string during_line(const analysis::RecoveryReport& r) {
    std::vector<std::string> parts;
    for (const auto& l : r.levels) {
        if (l.during_mean) {
            parts.push_back(fmt::format(
                "{} {}{}", analysis::pressure_name(l.pressure), fixed(*l.during_mean, 1),
                *l.during_mean >= analysis::painful_during ? " (7 or more: too much for me)" : ""));
        }
    }
    if (parts.empty()) {
        return "";
    }
    return "Pain during the massage, on average: " + util::joined(parts, "and") + ".";
}

std::string pressure_line(const analysis::RecoveryReport& r) {
    if (r.injury_flagged) {
        return "Pressure: none suggested while the injury is recent.";
    }
    if (!r.comfortable) {
        return "Pressure: no level stands out yet.";
    }
    return fmt::format("Pressure to start from: {} (from my journal; a starting point, not a "
                       "rule).",
                       analysis::pressure_name(r.comfortable->pressure));
}

} // namespace

void print_brief_text(std::ostream& out, const analysis::Brief& b,
                      const analysis::RecoveryReport& r) {
    out << "Before my next massage (" << journal::format_date(b.today) << ")\n";
    for (const auto& line : {last_text(b), pressure_line(r), during_line(r), knots_text(b),
                             injury_text(r), releases_text(b)}) {
        if (!line.empty()) {
            out << util::wrap(line, width, "");
        }
    }
    if (!b.recent.empty()) {
        out << fmt::format("\n{:<12}{:<12}{:<23}{:>6}  {}\n", "Session", "Pressure", "Technique",
                           "Left", "Back to usual after");
        for (const auto& s : b.recent) {
            out << fmt::format("{:<12}{:<12}{:<23}{:>6}  {}\n", journal::format_date(s.day),
                               pressure_text(s.pressure), util::shorten(s.technique, 22),
                               fixed(s.left, 1), settled_text(s));
        }
    }
    out << util::wrap("Soreness is 0-10. \"Left\" is the highest of the session's day and the "
                      "two after; \"back to usual\" is within a point of my usual soreness.",
                      width, "");
}

json brief_json(const analysis::Brief& b, const analysis::RecoveryReport& r) {
    constexpr std::array<std::string_view, 4> ended_names{"settled", "next_session", "gap",
                                                          "journal_end"};
    auto session_json = [&](const analysis::BriefSession& s) {
        json settled = nullptr;
        if (s.settled) {
            settled = {{"settled", s.settled->event},
                       {"days", static_cast<int>(s.settled->time)},
                       {"ended", ended_names.at(static_cast<std::size_t>(s.ended))}};
        }
        return json{{"date", journal::format_date(s.day)},
                    {"days_ago", (b.today - s.day).count()},
                    {"pressure", s.pressure},
                    {"pressure_name",
                     s.pressure ? json(analysis::pressure_name(*s.pressure)) : json(nullptr)},
                    {"technique", s.technique},
                    {"left", s.left},
                    {"baseline", s.baseline},
                    {"back_to_usual", settled}};
    };
    json recent = json::array();
    for (const auto& s : b.recent) {
        recent.push_back(session_json(s));
    }
    json during = json::array();
    for (const auto& l : r.levels) {
        if (l.during_mean) {
            during.push_back({{"pressure", l.pressure},
                              {"name", analysis::pressure_name(l.pressure)},
                              {"mean", l.during_mean},
                              {"sessions", l.during_sessions},
                              {"high", *l.during_mean >= analysis::painful_during}});
        }
    }
    json comfortable = nullptr;
    if (r.comfortable) {
        comfortable = {{"pressure", r.comfortable->pressure},
                       {"name", analysis::pressure_name(r.comfortable->pressure)}};
    }
    auto knots = [](const analysis::KnotsFound& k) {
        return json{{"sessions", k.sessions}, {"mean", k.mean}};
    };
    return {{"date", journal::format_date(b.today)},
            {"last_session", b.last ? session_json(*b.last) : json(nullptr)},
            {"comfortable_pressure", comfortable},
            {"during", during},
            {"knots",
             {{"last_4_weeks", knots(b.knots_lately)}, {"4_weeks_before", knots(b.knots_before)}}},
            {"injury",
             {{"active", r.injury_flagged.has_value()},
              {"flagged", journal::format_date(r.injury_flagged)}}},
            {"emotional_release",
             {{"sessions_last_4_weeks", b.sessions_lately}, {"with_release", b.releases_lately}}},
            {"last_sessions", recent}};
}

} // namespace sore::render
