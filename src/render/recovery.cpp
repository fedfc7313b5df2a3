#include "render/recovery.hpp"

#include "formats/json.hpp"
#include "render/interval.hpp"
#include "render/recovery_words.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <ostream>

namespace sore::render {

namespace {

using analysis::Missing;
using json = nlohmann::ordered_json;

constexpr std::size_t width = 78;
constexpr std::string_view indent = "  ";

std::string heading(const analysis::RecoveryReport& r) {
    std::string text = "The days after your sessions";
    if (r.logged) {
        text += fmt::format(", {} to {}", journal::format_date(r.logged->first),
                            journal::format_date(r.logged->last));
    }
    return text;
}

std::string counts_text(const analysis::RecoveryReport& r) {
    return fmt::format("{} logged, {} ({} with clean days in the 4 weeks before).",
                       util::count(static_cast<std::size_t>(r.days), "day", "days"),
                       util::count(static_cast<std::size_t>(r.sessions), "session", "sessions"),
                       r.sessions_with_baseline);
}

std::string cell_text(const analysis::LagExcess& cell) {
    return cell.excess ? signed_fixed(cell.excess->mean, 2) : std::string("few");
}

// "  light   2 days (1 to 3), ...": a level's name, then its figure,
// wrapped under itself.
void labelled(std::ostream& out, std::string_view name, const std::string& figure) {
    constexpr std::size_t label = 10;
    auto lines = util::wrap(figure, width - label, "");
    std::string head = fmt::format("{}{:<8}", indent, name);
    std::size_t start = 0;
    while (start < lines.size()) {
        auto end = lines.find('\n', start);
        out << head << lines.substr(start, end - start + 1);
        head = std::string(label, ' ');
        start = end + 1;
    }
}

void print_profile(std::ostream& out, const analysis::RecoveryReport& r) {
    std::vector<const analysis::Level*> shown;
    for (const auto& l : r.levels) {
        if (l.sessions > 0) {
            shown.push_back(&l);
        }
    }
    out << "Above your usual soreness, day by day after a session (mean)\n";
    auto row = [&](const std::string& label, const std::vector<std::string>& cells) {
        std::string line = fmt::format("{}{:<12}", indent, label);
        for (const auto& cell : cells) {
            line += fmt::format("{:>9}", cell);
        }
        out << line << '\n';
    };
    std::vector<std::string> header{"All"};
    for (const auto* l : shown) {
        header.emplace_back(analysis::pressure_name(l->pressure));
    }
    row("Day", header);
    for (std::size_t lag = 0; lag < r.profile.size(); ++lag) {
        std::vector<std::string> cells{cell_text(r.profile[lag])};
        for (const auto* l : shown) {
            cells.push_back(cell_text(l->excess[lag]));
        }
        row(lag == 0 ? "0 (session)" : fmt::format("{}", lag), cells);
    }
    std::vector<std::string> counts{fmt::format("{}", r.sessions_with_baseline)};
    for (const auto* l : shown) {
        counts.push_back(fmt::format("{}", l->sessions));
    }
    row("Sessions", counts);
    out << util::wrap(peak_text(r), width, indent);
    out << util::wrap("\"few\": fewer than 3 sessions had that day logged before the next "
                      "session. The 95% intervals are in --format json and sore report.",
                      width, indent);
}

void print_levels(std::ostream& out, const analysis::RecoveryReport& r) {
    out << "\nDays until back within a point of your usual, by pressure\n";
    bool tried = std::any_of(r.levels.begin(), r.levels.end(),
                             [](const analysis::Level& l) { return l.sessions > 0; });
    const auto* none = missing_of(r, Missing::Figure::adjusted);
    if (!tried && none != nullptr) {
        out << util::wrap("Not known yet: it " + missing_text(*none) + ".", width, indent);
    }
    for (const auto& l : r.levels) {
        if (l.sessions == 0) {
            continue;
        }
        auto name = std::string(analysis::pressure_name(l.pressure));
        std::string figure;
        if (l.recovery.median) {
            figure = fmt::format("{}, {} of {} settled", recovery_days_text(l.recovery),
                                 l.recovery.events, l.recovery.waits);
        } else if (const auto* m = missing_of(r, Missing::Figure::recovery_days, l.pressure)) {
            figure = "not known yet: " + missing_text(*m);
        }
        labelled(out, name, figure);
    }
    out << "\nSoreness each pressure left, at your usual soreness and date\n";
    bool any = false;
    for (const auto& l : r.levels) {
        if (l.sessions == 0) {
            continue;
        }
        auto name = std::string(analysis::pressure_name(l.pressure));
        std::string figure;
        if (!l.tried_enough) {
            figure = fmt::format("not tried enough ({} of 3 sessions)", l.sessions);
        } else if (l.adjusted) {
            any = true;
            const auto& a = *l.adjusted;
            figure = fixed(a.estimate, 2);
            if (a.ci) {
                figure += fmt::format(" (95% interval {} to {})", fixed(a.ci->low, 2),
                                      fixed(a.ci->high, 2));
            }
            figure += a.difference == 0 && !a.difference_ci
                          ? ", the least"
                          : fmt::format(", {} against the least", signed_fixed(a.difference, 2));
        } else {
            figure = "tried enough";
        }
        labelled(out, name, figure);
    }
    if (!any) {
        if (const auto* m = none) {
            out << util::wrap("Not compared yet: it " + missing_text(*m) + ".", width, indent);
        }
    }
}

json missing_json(const Missing& m) {
    constexpr std::array<std::string_view, 6> figures{
        "baseline", "profile", "recovery_days", "adjusted", "comfortable_pressure", "settling"};
    constexpr std::array<std::string_view, 9> kinds{
        "no_sessions", "no_clean_days", "no_pressure", "few_sessions", "few_settled",
        "not_reached", "few_weeks",     "no_fit",      "injury_active"};
    return {{"figure", figures.at(static_cast<std::size_t>(m.figure))},
            {"pressure", m.pressure ? json(analysis::pressure_name(*m.pressure)) : json(nullptr)},
            {"missing", missing_text(m)},
            {"reason", kinds.at(static_cast<std::size_t>(m.kind))},
            {"have", m.have},
            {"needed", m.needed}};
}

json profile_json(const analysis::Profile& profile) {
    json cells = json::array();
    for (const auto& cell : profile) {
        json excess = nullptr;
        if (cell.excess) {
            excess = {{"mean", cell.excess->mean}, {"ci95", interval_json(cell.excess->ci)}};
        }
        cells.push_back({{"lag", cell.lag}, {"sessions", cell.sessions}, {"excess", excess}});
    }
    return cells;
}

json level_json(const analysis::Level& l) {
    json ci = nullptr;
    if (l.recovery.median) {
        ci = {{"low", l.recovery.low}, {"high", l.recovery.high}};
    }
    json adjusted = nullptr;
    if (l.adjusted) {
        adjusted = {{"estimate", l.adjusted->estimate},
                    {"ci95", interval_json(l.adjusted->ci)},
                    {"difference", l.adjusted->difference},
                    {"difference_ci95", interval_json(l.adjusted->difference_ci)}};
    }
    return {{"pressure", l.pressure},
            {"name", analysis::pressure_name(l.pressure)},
            {"sessions", l.sessions},
            {"tried_enough", l.tried_enough},
            {"excess", profile_json(l.excess)},
            {"recovery_days",
             {{"median", l.recovery.median},
              {"ci95", ci},
              {"events", l.recovery.events},
              {"sessions", l.recovery.waits}}},
            {"adjusted", adjusted},
            {"during_mean", l.during_mean},
            {"during_sessions", l.during_sessions},
            {"during_high", l.during_mean && *l.during_mean >= analysis::painful_during}};
}

} // namespace

void print_recovery_text(std::ostream& out, const analysis::RecoveryReport& r) {
    out << heading(r) << '\n' << counts_text(r) << "\n\n";
    out << util::wrap(recovery_note(), width, "") << '\n';
    out << util::wrap(baseline_text(r), width, "") << '\n';
    print_profile(out, r);
    print_levels(out, r);
    out << '\n' << util::wrap(comfortable_text(r), width, "");
    if (auto during = during_text(r); !during.empty()) {
        out << util::wrap(during, width, "");
    }
    out << '\n' << util::wrap(settling_text(r), width, "");
    if (auto longer = longer_text(r); !longer.empty()) {
        out << '\n' << util::wrap(longer, width, "");
    }
    out << '\n' << util::wrap(recovery_method_note(), width, "");
}

json recovery_json(const analysis::RecoveryReport& r, const journal::DateRange& range) {
    json baseline = nullptr;
    if (r.baseline) {
        baseline = {{"median", r.baseline->median},
                    {"q1", r.baseline->q1},
                    {"q3", r.baseline->q3},
                    {"days", r.baseline->days}};
    }
    json levels = json::array();
    for (const auto& l : r.levels) {
        levels.push_back(level_json(l));
    }
    json comfortable = nullptr;
    if (r.comfortable) {
        comfortable = {
            {"pressure", r.comfortable->pressure},
            {"name", analysis::pressure_name(r.comfortable->pressure)},
            {"reason", r.comfortable->reason == analysis::Comfortable::Reason::close_to_best
                           ? "close_to_best"
                           : "lightest_tried"},
            {"text", comfortable_text(r)}};
    }
    json settling = nullptr;
    if (r.settling) {
        const auto& c = r.settling->per_month;
        settling = {{"per_month", c.estimate},
                    {"ci95", interval_json(c.ci)},
                    {"p", c.p},
                    {"sessions", r.settling->sessions}};
    }
    json longer = json::array();
    for (const auto& l : r.longer_than_usual) {
        longer.push_back({{"date", journal::format_date(l.day)}, {"days", l.days}});
    }
    json gaps = json::array();
    for (const auto& m : r.missing) {
        gaps.push_back(missing_json(m));
    }
    return {{"period",
             {{"from", journal::format_date(range.from)}, {"to", journal::format_date(range.to)}}},
            {"days", r.days},
            {"sessions", r.sessions},
            {"sessions_with_baseline", r.sessions_with_baseline},
            {"baseline", baseline},
            {"profile", profile_json(r.profile)},
            {"peak_lag", r.peak_lag},
            {"peak_clear", r.peak_clear},
            {"by_pressure", levels},
            {"comfortable_pressure", comfortable},
            {"injury_flagged", journal::format_date(r.injury_flagged)},
            {"settling", settling},
            {"longer_than_usual", longer},
            {"gaps", gaps}};
}

} // namespace sore::render
