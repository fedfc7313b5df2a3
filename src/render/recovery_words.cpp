#include "render/recovery_words.hpp"

#include "render/interval.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace sore::render {

namespace {

using analysis::Missing;

std::string level_name(int pressure) {
    return std::string(analysis::pressure_name(pressure));
}

const analysis::Level& level(const analysis::RecoveryReport& r, int pressure) {
    return r.levels[static_cast<std::size_t>(pressure - 1)];
}

} // namespace

std::string days_text(double days) {
    auto number =
        days == std::floor(days) ? fmt::format("{}", static_cast<int>(days)) : fixed(days, 1);
    return number + (days == 1 ? " day" : " days");
}

std::string recovery_days_text(const analysis::MedianWait& wait) {
    if (!wait.median) {
        return "";
    }
    auto bound = [](double d) {
        return fixed(d, d == std::floor(d) ? 0 : 1);
    };
    if (wait.low && wait.high) {
        return fmt::format("{} (95% interval {} to {})", days_text(*wait.median), bound(*wait.low),
                           bound(*wait.high));
    }
    if (wait.low) {
        return fmt::format("{} (95% interval {} or longer)", days_text(*wait.median),
                           days_text(*wait.low));
    }
    return fmt::format("{} (no interval yet)", days_text(*wait.median));
}

std::string missing_text(const Missing& m) {
    switch (m.kind) {
    case Missing::Kind::no_sessions:
        return "needs a session: one with a pressure or a technique other than none";
    case Missing::Kind::no_clean_days:
        return "needs clean days (no session that day or the 3 before, no injury) in the 4 "
               "weeks before a session: log rest days too";
    case Missing::Kind::no_pressure:
        return "needs sessions with a pressure recorded (--pressure)";
    case Missing::Kind::few_sessions:
        if (m.figure == Missing::Figure::comfortable) {
            return fmt::format(
                "needs a pressure tried at least {} times; the most tried has {}", m.needed,
                util::count(static_cast<std::size_t>(m.have), "session", "sessions"));
        }
        if (m.figure == Missing::Figure::profile) {
            return fmt::format("needs {} sessions with clean days in the 4 weeks before them; "
                               "there {} {}",
                               m.needed, m.have == 1 ? "is" : "are", m.have);
        }
        return fmt::format("needs {} sessions at pressures tried at least 3 times; there {} {}",
                           m.needed, m.have == 1 ? "is" : "are", m.have);
    case Missing::Kind::few_settled:
        return fmt::format("needs {} sessions after which soreness came back to usual; {} did",
                           m.needed, m.have);
    case Missing::Kind::not_reached:
        return fmt::format("fewer than half of {} came back to usual before the next "
                           "session, a gap in the journal or its end",
                           util::count(static_cast<std::size_t>(m.needed), "session", "sessions"));
    case Missing::Kind::few_weeks:
        return fmt::format("needs sessions spread over at least {} days; these span {}", m.needed,
                           m.have);
    case Missing::Kind::no_fit:
        return "the sessions do not differ enough to estimate it";
    case Missing::Kind::injury_active:
        return "an injury was flagged in the last 7 days";
    }
    return "";
}

const Missing* missing_of(const analysis::RecoveryReport& report, Missing::Figure figure,
                          std::optional<int> pressure) {
    auto it = std::find_if(report.missing.begin(), report.missing.end(), [&](const Missing& m) {
        return m.figure == figure && m.pressure == pressure;
    });
    return it == report.missing.end() ? nullptr : &*it;
}

std::string baseline_text(const analysis::RecoveryReport& r) {
    if (!r.baseline) {
        const auto* m = missing_of(r, Missing::Figure::baseline);
        return "Your usual soreness: not known yet; it " + (m ? missing_text(*m) : "") + ".";
    }
    const auto& b = *r.baseline;
    return fmt::format("Your usual soreness: {} (half of those days between {} and {}), from {} "
                       "in the 4 weeks before your sessions.",
                       fixed(b.median, 1), fixed(b.q1, 1), fixed(b.q3, 1),
                       util::count(static_cast<std::size_t>(b.days), "clean day", "clean days"));
}

std::string peak_text(const analysis::RecoveryReport& r) {
    if (!r.peak_lag) {
        const auto* m = missing_of(r, Missing::Figure::profile);
        return "The days after a session: not known yet; it " + (m ? missing_text(*m) : "") + ".";
    }
    const auto& cell = r.profile[static_cast<std::size_t>(*r.peak_lag)];
    auto when = *r.peak_lag == 0   ? std::string("on the day of a session")
                : *r.peak_lag == 1 ? std::string("the day after a session")
                                   : fmt::format("{} days after a session", *r.peak_lag);
    std::string ci =
        cell.excess->ci ? fmt::format(" (95% interval {})", interval_text(*cell.excess->ci)) : "";
    auto sessions = util::count(static_cast<std::size_t>(cell.sessions), "session", "sessions");
    if (!r.peak_clear) {
        return fmt::format("No day after a session stands out from your usual soreness yet: the "
                           "highest was {}, {}{}, over {}.",
                           when, signed_fixed(cell.excess->mean, 2), ci, sessions);
    }
    return fmt::format("Soreness was highest {}: {} above your usual{}, over {}.", when,
                       signed_fixed(cell.excess->mean, 2), ci, sessions);
}

std::string comfortable_text(const analysis::RecoveryReport& r) {
    if (r.injury_flagged) {
        return fmt::format("No pressure is suggested: an injury was flagged on {}. Ask a doctor or "
                           "physiotherapist before your next massage, and tell your therapist "
                           "about it so they can adjust the treatment.",
                           journal::format_date(*r.injury_flagged));
    }
    if (!r.comfortable) {
        const auto* m = missing_of(r, Missing::Figure::comfortable);
        return "No level stands out yet: it " + (m ? missing_text(*m) : "") + ".";
    }
    auto name = level_name(r.comfortable->pressure);
    std::string why;
    if (r.comfortable->reason == analysis::Comfortable::Reason::close_to_best) {
        const auto& a = *level(r, r.comfortable->pressure).adjusted;
        why = a.difference == 0
                  ? std::string("It left the least soreness of the pressures you tried enough.")
                  : fmt::format("It left less than a point more soreness than the pressure that "
                                "left the least ({:+.2f}), and no more than 2 points at the "
                                "interval's far end.",
                                a.difference);
    } else {
        why = "It is the lightest you tried at least 3 times; the pressures cannot be compared "
              "yet.";
    }
    return fmt::format("A pressure to start the conversation with your therapist: {}. {} It is a "
                       "starting point from your own journal, not a prescription.",
                       name, why);
}

std::string during_text(const analysis::RecoveryReport& r) {
    std::vector<std::string> parts;
    bool painful = false;
    for (const auto& l : r.levels) {
        if (l.during_mean) {
            bool high = *l.during_mean >= analysis::painful_during;
            painful = painful || high;
            parts.push_back(fmt::format("{} {}{}", level_name(l.pressure), fixed(*l.during_mean, 1),
                                        high ? " (7 or more)" : ""));
        }
    }
    if (parts.empty()) {
        return "";
    }
    auto text = "Pain during the massage, on average: " + util::joined(parts, "and") + ".";
    if (painful) {
        text += " A level that hurts this much during is worth raising with your therapist "
                "before the next session.";
    }
    return text;
}

std::string settling_text(const analysis::RecoveryReport& r) {
    if (!r.settling) {
        const auto* m = missing_of(r, Missing::Figure::settling);
        return "Whether sessions leave less soreness over the months: not known yet; it " +
               (m ? missing_text(*m) : "needs sessions at a pressure tried at least 3 times") + ".";
    }
    const auto& c = r.settling->per_month;
    auto figure = c.ci ? fmt::format("{} a month (95% interval {}), over {}",
                                     signed_fixed(c.estimate, 2), interval_text(*c.ci),
                                     util::count(static_cast<std::size_t>(r.settling->sessions),
                                                 "session", "sessions"))
                       : fmt::format("{} a month, exactly, over {}", signed_fixed(c.estimate, 2),
                                     util::count(static_cast<std::size_t>(r.settling->sessions),
                                                 "session", "sessions"));
    std::string verdict;
    if (c.ci && c.ci->high < 0) {
        verdict = "At the same pressure, the soreness a session left went down over the months";
    } else if (c.ci && c.ci->low > 0) {
        verdict = "At the same pressure, the soreness a session left went up over the months; "
                  "worth mentioning to your therapist";
    } else {
        verdict = "At the same pressure, no clear change yet in the soreness a session left "
                  "over the months";
    }
    return verdict + ": " + figure + ".";
}

std::string longer_text(const analysis::RecoveryReport& r) {
    if (r.longer_than_usual.empty()) {
        return "";
    }
    std::vector<std::string> parts;
    for (const auto& l : r.longer_than_usual) {
        parts.push_back(fmt::format("{} ({})", journal::format_date(l.day), days_text(l.days)));
    }
    return fmt::format("Longer than usual: after {} soreness stayed 2 or more points above your "
                       "usual for more than 3 days, longer than the usual day and a half to "
                       "three days. Worth mentioning to your therapist.",
                       util::joined(parts, "and"));
}

std::string_view recovery_note() {
    return "These figures come from your own days after each session: they show what went "
           "together, not what caused what, and they are a starting point for a talk with your "
           "therapist, not advice. Sharp, lasting or worsening pain is one for a doctor or "
           "physiotherapist.";
}

std::string_view recovery_method_note() {
    return "How: your usual soreness before a session is the median of the clean days in the 4 "
           "weeks before it. Each day after a session, up to the next one, is compared with it "
           "(sessions are the unit; 95% t intervals). Days until back within a point of usual "
           "are Kaplan-Meier medians, a session counted as unsettled where the next session, two "
           "unlogged days or the journal's end comes first. The soreness each pressure left "
           "(the highest of the session's day and the two after) is adjusted for your usual "
           "soreness and the date (least squares, HC3 errors).";
}

} // namespace sore::render
