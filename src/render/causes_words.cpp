#include "render/causes_words.hpp"

#include "journal/entry.hpp"
#include "render/interval.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <array>
#include <cmath>
#include <fmt/format.h>

namespace sore::render {

namespace {

using analysis::Cause;
using analysis::Finding;
using analysis::Gap;

struct CauseWords {
    std::string_view title;
    std::string_view name;   // in a sentence: "knots", "hours sat"
    std::string_view option; // how to log it
    // What the figure compares, with {} for "more"/"less" and {} for the
    // points: "each extra knot found went with {1} points {0} soreness".
    std::string_view went;
    // What the article says, shown beside a clear link to more soreness.
    std::string_view fact;
};

// In the order of analysis::Cause.
constexpr std::array<CauseWords, 5> all_words{{
    {"Knots and trigger points", "knots", "--knots N",
     "Each extra knot a session found went with {1} points {0} soreness the day after.",
     "Knots are tight, tender spots in the muscle that hurt when pressed; asking for them to be "
     "eased out gradually, over several sessions, is gentler."},
    {"Pressure", "pressure", "--pressure LEVEL",
     "The day after a {2} session you were {1} points {0} sore than the day after a {3} one.",
     "Deeper work reaches further into tight muscle and is more intense, so it is worth "
     "agreeing on a level with your therapist before the session."},
    {"Sitting", "hours sat", "--sitting H",
     "On clean days, each extra hour sat went with {1} points {0} soreness.",
     "Long sitting can leave the glutes tight and out of balance; breaks and the exercises a "
     "therapist suggests can help."},
    {"Injury or inflammation", "injury", "--injury",
     "Days with an injury or inflamed area flagged were {1} points {0} sore than your clean "
     "days.",
     "Inflamed tissue reacts more to pressure: massage on a fresh injury is better put off, "
     "and a doctor or physiotherapist should look at it."},
    {"Emotional release", "emotional release", "--emotional",
     "The day after a session with an emotional release you were {1} points {0} sore than "
     "after sessions without one.",
     "Letting go of held emotion can bring passing discomfort; it is worth telling your "
     "therapist about it."},
}};

const CauseWords& words_of(Cause cause) {
    return all_words.at(static_cast<std::size_t>(cause));
}

std::string count(int n, std::string_view one, std::string_view many) {
    return util::count(static_cast<std::size_t>(n), one, many);
}

// "there are 19, so 9 more would let sore answer".
std::string short_by(const Gap& gap) {
    return fmt::format("there {} {}, so {} more would let sore answer",
                       gap.have == 1 ? "is" : "are", gap.have, gap.needed);
}

std::string constant_text(Cause cause, const Gap& gap) {
    double value = gap.value.value_or(0);
    switch (cause) {
    case Cause::sitting:
        return fmt::format("Every clean day records the same hours sat ({}), so there is "
                           "nothing to compare; days with other hours would let sore answer.",
                           fixed(value, 1));
    case Cause::pressure:
        return fmt::format("Every session used the same pressure ({}); {} at another level would "
                           "let sore compare.",
                           level_name(static_cast<int>(std::lround(value))),
                           count(analysis::min_per_level, "session", "sessions"));
    default:
        return fmt::format("Every session found the same number of knots ({}), so there is "
                           "nothing to compare; sessions with other counts would let sore answer.",
                           fixed(value, 0));
    }
}

std::string gap_text(Cause cause, const Gap& gap) {
    switch (gap.kind) {
    case Gap::Kind::few_days:
        if (cause == Cause::sitting) {
            return fmt::format("This needs {} clean days (no session on them or in the 3 days "
                               "before, no injury) that record hours sat with {}; {}.",
                               analysis::min_days, words_of(cause).option, short_by(gap));
        }
        return fmt::format("This needs {} days that are either flagged or clean to compare; {}.",
                           analysis::min_days, short_by(gap));
    case Gap::Kind::few_sessions:
        return fmt::format("This needs {} sessions that record knots with {}; {}.",
                           analysis::min_sessions, words_of(cause).option, short_by(gap));
    case Gap::Kind::few_weighed:
        return fmt::format("This needs {} sessions it can weigh: a day logged before each and one "
                           "in the 2 days after, knots recorded when knots are weighed, and a "
                           "pressure level tried at least {} times; {}.",
                           analysis::min_sessions, analysis::min_per_level, short_by(gap));
    case Gap::Kind::few_with:
        if (cause == Cause::injury) {
            return fmt::format("This needs {} injury episodes (flagged with {}; flagged days with "
                               "at most {} days between are one episode); {}.",
                               analysis::min_per_group, words_of(cause).option,
                               analysis::episode_gap, short_by(gap));
        }
        return fmt::format("This needs {} sessions with an emotional release ({}); {}.",
                           analysis::min_per_group, words_of(cause).option, short_by(gap));
    case Gap::Kind::few_without:
        if (cause == Cause::injury) {
            return fmt::format("This needs {} clean days to compare flagged days with; {}.",
                               analysis::min_per_group, short_by(gap));
        }
        return fmt::format("This needs {} sessions without an emotional release to compare "
                           "with; {}.",
                           analysis::min_per_group, short_by(gap));
    case Gap::Kind::few_levels:
        return fmt::format("This needs {} sessions at each of two pressure levels; the two most "
                           "used have {} between them, so {} more would let sore compare.",
                           analysis::min_per_level, gap.have, gap.needed);
    case Gap::Kind::constant:
        return constant_text(cause, gap);
    case Gap::Kind::no_fit:
        return "The days and sessions there are cannot separate this figure from the others it "
               "is weighed with; more of them would let sore answer.";
    }
    return "";
}

std::string tied_text(const Finding& f) {
    std::string how = f.tied_rho
                          ? fmt::format(" (rank correlation {})", signed_fixed(*f.tied_rho, 2))
                          : std::string();
    return fmt::format("{} and {} rose and fell together over your sessions{}, so this journal "
                       "cannot tell which of the two goes with your soreness; sessions where "
                       "they differ would.",
                       util::capitalised(words_of(f.cause).name), words_of(*f.tied_with).name, how);
}

} // namespace

std::string level_name(std::optional<int> level) {
    return level ? std::string(journal::name_of(static_cast<journal::Pressure>(*level))) : "";
}

std::string_view title_of(Cause cause) {
    return words_of(cause).title;
}

std::string_view fact_of(Cause cause) {
    return words_of(cause).fact;
}

std::string unit_of(const Finding& f) {
    switch (f.cause) {
    case Cause::knots:
        return "per knot found";
    case Cause::pressure:
        if (f.firmest && f.lightest) {
            return fmt::format("{} against {}", level_name(f.firmest), level_name(f.lightest));
        }
        return "firmest level against lightest";
    case Cause::sitting:
        return "per hour sat";
    case Cause::injury:
        return "flagged days against clean days";
    case Cause::emotional:
        return "sessions with a release against without";
    }
    return "";
}

std::string figure_line(const Finding& f) {
    if (!f.estimate) {
        return "";
    }
    auto head =
        fmt::format("{}: {} points", util::capitalised(unit_of(f)), signed_fixed(*f.estimate, 2));
    if (f.exact) {
        return head + " (exact, no interval)";
    }
    if (!f.ci) {
        return head + " (no interval)";
    }
    auto p = [](double value) {
        return value < 0.001 ? std::string("p < 0.001") : "p = " + fixed(value, 3);
    };
    return fmt::format("{} (95% CI {}; {}, {} allowing for {})", head, interval_text(*f.ci),
                       p(*f.p), p(f.p_holm.value_or(1)),
                       count(static_cast<int>(f.family), "test", "tests"));
}

std::string finding_text(const Finding& f) {
    if (f.verdict == analysis::Verdict::not_enough_data) {
        return gap_text(f.cause, *f.gap);
    }
    if (f.tied_with) {
        return tied_text(f);
    }
    double e = *f.estimate;
    if (f.verdict == analysis::Verdict::clear) {
        bool up = e > 0;
        auto said =
            fmt::format(fmt::runtime(words_of(f.cause).went), up ? "more" : "less",
                        fixed(std::abs(e), 1), level_name(f.firmest), level_name(f.lightest));
        return up ? said + " " + std::string(words_of(f.cause).fact) : said;
    }
    auto ci = f.exact || !f.ci ? analysis::Interval{e, e} : *f.ci;
    if (f.verdict == analysis::Verdict::small) {
        return fmt::format("Small either way: from {} to {} points, less than the 1 point most "
                           "people notice.",
                           signed_fixed(ci.low, 1), signed_fixed(ci.high, 1));
    }
    return fmt::format("Can't tell yet: anywhere from {} to {} points.", signed_fixed(ci.low, 1),
                       signed_fixed(ci.high, 1));
}

std::string counts_text(const analysis::CausesReport& r) {
    auto text = fmt::format("{} ({} clean), {}", count(r.days, "logged day", "logged days"),
                            r.clean_days, count(r.sessions, "session", "sessions"));
    if (r.sessions_in_model > 0) {
        text += fmt::format(" ({} weighed together)", r.sessions_in_model);
    }
    return text + ", " +
           count(static_cast<int>(r.episodes.size()), "injury episode", "injury episodes");
}

std::string_view association_note() {
    return "These figures show what went together in your own journal, not what caused what. "
           "Pain that is sharp, lasting or getting worse deserves a healthcare professional's "
           "opinion.";
}

std::string episodes_text(const analysis::CausesReport& r) {
    if (r.episodes.empty()) {
        return "";
    }
    std::vector<std::string> soon;
    for (const auto& e : r.episodes) {
        for (auto day : e.sessions_soon) {
            soon.push_back(journal::format_date(day));
        }
    }
    std::vector<std::string> spans;
    for (const auto& e : r.episodes) {
        spans.push_back(e.span.first == e.span.last
                            ? journal::format_date(e.span.first)
                            : fmt::format("{} to {}", journal::format_date(e.span.first),
                                          journal::format_date(e.span.last)));
    }
    auto text = fmt::format("Injury episodes (flagged days with at most {} days between): {}.",
                            analysis::episode_gap, util::joined(spans, "and"));
    if (soon.empty()) {
        return text + " No session came within 72 hours of one starting.";
    }
    return text + fmt::format(" {} within 72 hours of an episode starting: {}. Massage in the "
                              "acute phase of an injury is better put off; a doctor or "
                              "physiotherapist can say when it is safe.",
                              soon.size() == 1 ? "A session came" : "Sessions came",
                              util::joined(soon, "and"));
}

std::string_view method_note() {
    return "Pressure, knots and emotional release are weighed together over sessions, on your "
           "soreness the day after each (or the day after that), allowing for the day before "
           "the session and for time; sitting is weighed on clean days and injury against "
           "clean days, allowing for time. Intervals allow for days being alike "
           "(Newey-West) and for sessions that differ (HC3), and the five causes are tested "
           "as one family (Holm), so one of five turning up by chance is less likely to be called "
           "clear.";
}

} // namespace sore::render
