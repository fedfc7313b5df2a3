#include "analysis/causes.hpp"

#include <algorithm>
#include <cmath>

namespace sore::analysis {

namespace {

constexpr std::size_t slot(Cause cause) {
    return static_cast<std::size_t>(cause);
}

Finding gap_finding(Cause cause, Gap gap, std::size_t n = 0) {
    auto f = finding_of(cause);
    f.n = n;
    f.gap = gap;
    return f;
}

Gap few(Gap::Kind kind, int have, int minimum) {
    return {kind, have, std::max(0, minimum - have), {}};
}

// The figures of predictor `j` of a fit.
void take(Finding& f, const Fit& fit, std::size_t j) {
    f.n = fit.n;
    const auto& c = fit.coefficients[j];
    if (!c) {
        return;
    }
    f.estimate = c->estimate;
    f.exact = fit.exact;
    f.ci = c->ci;
    f.p = fit.exact ? (negligible(std::abs(c->estimate), 1.0) ? 1.0 : 0.0) : c->p;
}

// A model over days: soreness on the cause's value and time.
Finding day_finding(Cause cause, const std::vector<double>& value,
                    const std::vector<double>& soreness, const std::vector<double>& weeks) {
    auto f = fit({value, weeks}, soreness, Errors::newey_west);
    if (!f) {
        return gap_finding(cause, {Gap::Kind::no_fit, static_cast<int>(soreness.size()), 0, {}},
                           soreness.size());
    }
    auto finding = finding_of(cause);
    take(finding, *f, 0);
    return finding;
}

Finding sitting_finding(const Timeline& t) {
    std::vector<double> hours;
    std::vector<double> soreness;
    std::vector<double> weeks;
    for (const auto& d : t.days) {
        if (d.clean && d.sitting_hours) {
            hours.push_back(*d.sitting_hours);
            soreness.push_back(d.soreness);
            weeks.push_back(d.weeks);
        }
    }
    int n = static_cast<int>(hours.size());
    if (n < min_days) {
        return gap_finding(Cause::sitting, few(Gap::Kind::few_days, n, min_days), hours.size());
    }
    if (std::all_of(hours.begin(), hours.end(), [&](double h) { return h == hours.front(); })) {
        return gap_finding(Cause::sitting, {Gap::Kind::constant, n, 0, hours.front()},
                           hours.size());
    }
    return day_finding(Cause::sitting, hours, soreness, weeks);
}

Finding injury_finding(const Timeline& t) {
    std::vector<double> flagged;
    std::vector<double> soreness;
    std::vector<double> weeks;
    int without = 0;
    for (const auto& d : t.days) {
        if (d.injury || d.clean) {
            flagged.push_back(d.injury ? 1 : 0);
            soreness.push_back(d.soreness);
            weeks.push_back(d.weeks);
            without += d.injury ? 0 : 1;
        }
    }
    int n = static_cast<int>(flagged.size());
    // An injury's flagged days follow one another and are sore together, so
    // "with" counts episodes: days of one episode are not separate chances.
    int with = static_cast<int>(t.episodes.size());
    if (with < min_per_group) {
        return gap_finding(Cause::injury, few(Gap::Kind::few_with, with, min_per_group),
                           flagged.size());
    }
    if (without < min_per_group) {
        return gap_finding(Cause::injury, few(Gap::Kind::few_without, without, min_per_group),
                           flagged.size());
    }
    if (n < min_days) {
        return gap_finding(Cause::injury, few(Gap::Kind::few_days, n, min_days), flagged.size());
    }
    return day_finding(Cause::injury, flagged, soreness, weeks);
}

// The sessions model: which of pressure, knots and emotional release it
// can hold, the sessions that record all of those, and the fit.
struct SessionModel {
    std::array<std::optional<Gap>, 5> gaps; // by slot
    std::vector<int> levels;                // pressure levels in the model, lightest first
    std::vector<const Session*> rows;
    std::array<bool, 5> in{}; // by slot
};

bool knots_vary(const std::vector<const Session*>& rows) {
    return std::any_of(rows.begin(), rows.end(),
                       [&](const Session* s) { return *s->knots != *rows.front()->knots; });
}

// Pressure: the levels tried at least 3 times among `rows`, if there are
// two; else why not.
std::optional<Gap> pressure_levels(const std::vector<const Session*>& rows,
                                   std::vector<int>& levels) {
    std::array<int, 5> at_level{};
    for (const auto* s : rows) {
        if (s->pressure) {
            ++at_level[static_cast<std::size_t>(*s->pressure)];
        }
    }
    levels.clear();
    for (int level = 1; level <= 4; ++level) {
        if (at_level[static_cast<std::size_t>(level)] >= min_per_level) {
            levels.push_back(level);
        }
    }
    if (levels.size() >= 2) {
        return std::nullopt;
    }
    std::vector<int> counts(at_level.begin() + 1, at_level.end());
    std::sort(counts.rbegin(), counts.rend());
    if (counts[0] >= min_per_level && counts[1] == 0) {
        auto level = std::find(at_level.begin() + 1, at_level.end(), counts[0]) - at_level.begin();
        return Gap{Gap::Kind::constant, counts[0], min_per_level, static_cast<double>(level)};
    }
    // The two most used levels, and the sessions they still need.
    int needed = std::max(0, min_per_level - counts[0]) + std::max(0, min_per_level - counts[1]);
    return Gap{Gap::Kind::few_levels, counts[0] + counts[1], needed, {}};
}

SessionModel session_model(std::span<const Session> sessions, bool emotional) {
    SessionModel m;
    std::vector<const Session*> rows;
    for (const auto& s : sessions) {
        if (s.next_day && s.day_before) {
            rows.push_back(&s);
        }
    }
    // Knots: recorded on enough sessions, and not always the same.
    std::vector<const Session*> with_knots;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(with_knots),
                 [](const Session* s) { return s->knots.has_value(); });
    auto recorded = static_cast<int>(with_knots.size());
    if (recorded < min_sessions) {
        m.gaps[slot(Cause::knots)] = few(Gap::Kind::few_sessions, recorded, min_sessions);
    } else if (!knots_vary(with_knots)) {
        m.gaps[slot(Cause::knots)] =
            Gap{Gap::Kind::constant, recorded, 0, static_cast<double>(*with_knots.front()->knots)};
    } else {
        m.in[slot(Cause::knots)] = true;
        rows = with_knots;
    }
    // Pressure, counted on the sessions the model keeps.
    if (auto gap = pressure_levels(rows, m.levels)) {
        m.gaps[slot(Cause::pressure)] = gap;
    } else {
        m.in[slot(Cause::pressure)] = true;
        std::erase_if(rows, [&](const Session* s) {
            return !s->pressure ||
                   std::find(m.levels.begin(), m.levels.end(), *s->pressure) == m.levels.end();
        });
        if (m.in[slot(Cause::knots)] && !knots_vary(rows)) {
            m.in[slot(Cause::knots)] = false;
            m.gaps[slot(Cause::knots)] = Gap{Gap::Kind::constant, static_cast<int>(rows.size()), 0,
                                             static_cast<double>(*rows.front()->knots)};
        }
    }
    // Emotional release: 5 sessions with it and 5 without.
    int with = static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const Session* s) { return s->emotional; }));
    int without = static_cast<int>(rows.size()) - with;
    if (emotional && with < min_per_group) {
        m.gaps[slot(Cause::emotional)] = few(Gap::Kind::few_with, with, min_per_group);
    } else if (emotional && without < min_per_group) {
        m.gaps[slot(Cause::emotional)] = few(Gap::Kind::few_without, without, min_per_group);
    } else {
        m.in[slot(Cause::emotional)] = emotional;
    }
    m.rows = rows;
    int n = static_cast<int>(rows.size());
    if (n < min_sessions) {
        for (auto cause : {Cause::knots, Cause::pressure, Cause::emotional}) {
            if (m.in[slot(cause)]) {
                m.in[slot(cause)] = false;
                m.gaps[slot(cause)] = few(Gap::Kind::few_weighed, n, min_sessions);
            }
        }
    }
    return m;
}

// Each session cause in the model as one number per session: the level,
// the knots, 0/1.
std::vector<double> values_of(Cause cause, const std::vector<const Session*>& rows) {
    std::vector<double> v;
    v.reserve(rows.size());
    for (const auto* s : rows) {
        v.push_back(cause == Cause::pressure ? *s->pressure
                    : cause == Cause::knots  ? *s->knots
                                             : (s->emotional ? 1.0 : 0.0));
    }
    return v;
}

} // namespace

SessionFindings session_findings(std::span<const Session> sessions, bool emotional) {
    SessionFindings found;
    auto& out = found.findings;
    for (auto cause : all_causes) {
        out[slot(cause)] = finding_of(cause);
    }
    auto m = session_model(sessions, emotional);
    std::vector<Cause> causes;
    for (auto cause : {Cause::pressure, Cause::knots, Cause::emotional}) {
        if (m.gaps[slot(cause)]) {
            out[slot(cause)] = gap_finding(cause, *m.gaps[slot(cause)],
                                           static_cast<std::size_t>(m.gaps[slot(cause)]->have));
        } else if (m.in[slot(cause)]) {
            causes.push_back(cause);
        }
    }
    if (causes.empty()) {
        return found;
    }
    // Columns: one per pressure level above the lightest, knots, emotional
    // release, then the soreness before and time.
    std::vector<std::vector<double>> columns;
    std::array<std::size_t, 5> column_of{};
    for (auto cause : causes) {
        if (cause == Cause::pressure) {
            for (std::size_t l = 1; l < m.levels.size(); ++l) {
                std::vector<double> dummy;
                for (const auto* s : m.rows) {
                    dummy.push_back(*s->pressure == m.levels[l] ? 1 : 0);
                }
                columns.push_back(dummy);
            }
            column_of[slot(cause)] = columns.size() - 1; // the firmest level
        } else {
            columns.push_back(values_of(cause, m.rows));
            column_of[slot(cause)] = columns.size() - 1;
        }
    }
    std::vector<double> before;
    std::vector<double> weeks;
    std::vector<double> left;
    for (const auto* s : m.rows) {
        before.push_back(*s->day_before);
        weeks.push_back(s->weeks);
        left.push_back(*s->next_day);
    }
    columns.push_back(before);
    columns.push_back(weeks);
    auto in_model = static_cast<int>(m.rows.size());
    found.in_model = in_model;
    auto result = fit(columns, left, Errors::hc3);
    for (auto cause : causes) {
        auto f = finding_of(cause);
        if (!result) {
            f = gap_finding(cause, {Gap::Kind::no_fit, in_model, 0, {}}, m.rows.size());
        } else {
            take(f, *result, column_of[slot(cause)]);
        }
        if (cause == Cause::pressure) {
            f.lightest = m.levels.front();
            f.firmest = m.levels.back();
        }
        out[slot(cause)] = f;
    }
    // Causes that move together too closely to be told apart. A cause whose
    // column is a combination of the others' is tied too, when it moves
    // with one of them that closely; else its figure cannot be had.
    for (std::size_t a = 0; a < causes.size(); ++a) {
        for (std::size_t b = a + 1; b < causes.size(); ++b) {
            auto rho = spearman(values_of(causes[a], m.rows), values_of(causes[b], m.rows));
            if (rho && std::abs(*rho) >= apart_below) {
                for (auto [one, other] :
                     {std::pair{causes[a], causes[b]}, {causes[b], causes[a]}}) {
                    if (!out[slot(one)].tied_with) {
                        out[slot(one)].tied_with = other;
                        out[slot(one)].tied_rho = rho;
                    }
                }
            }
        }
    }
    for (auto cause : causes) {
        bool dropped = result && !result->coefficients[column_of[slot(cause)]];
        if (dropped && !out[slot(cause)].tied_with) {
            out[slot(cause)] =
                gap_finding(cause, {Gap::Kind::no_fit, in_model, 0, {}}, m.rows.size());
        }
    }
    return found;
}

namespace {

Verdict verdict_of(const Finding& f) {
    if (f.gap || (!f.estimate && !f.tied_with)) {
        return Verdict::not_enough_data;
    }
    if (f.tied_with) { // no credit to either of two that cannot be told apart
        return Verdict::unclear;
    }
    if (f.p_holm && *f.p_holm < clear_below) {
        return Verdict::clear;
    }
    auto ci = f.exact ? Interval{*f.estimate, *f.estimate} : f.ci.value_or(Interval{-99, 99});
    if (ci.low >= -noticeable_points && ci.high <= noticeable_points) {
        return Verdict::small;
    }
    return Verdict::unclear;
}

} // namespace

std::string_view key_of(Cause cause) {
    switch (cause) {
    case Cause::knots:
        return "knots";
    case Cause::pressure:
        return "pressure";
    case Cause::sitting:
        return "sitting";
    case Cause::injury:
        return "injury";
    case Cause::emotional:
        return "emotional";
    }
    return "";
}

Finding finding_of(Cause cause) {
    Finding f;
    f.cause = cause;
    return f;
}

std::string_view name_of(Verdict verdict) {
    switch (verdict) {
    case Verdict::clear:
        return "clear";
    case Verdict::small:
        return "small";
    case Verdict::unclear:
        return "unclear";
    case Verdict::not_enough_data:
        return "not enough data";
    }
    return "";
}

void judge(std::span<Finding* const> family) {
    std::vector<double> p;
    std::vector<Finding*> tested;
    for (auto* f : family) {
        if (f->p && !f->gap) {
            p.push_back(*f->p);
            tested.push_back(f);
        }
    }
    auto adjusted = holm(p);
    for (std::size_t i = 0; i < tested.size(); ++i) {
        tested[i]->p_holm = adjusted[i];
        tested[i]->family = tested.size();
    }
    for (auto* f : family) {
        f->verdict = verdict_of(*f);
        if (f->verdict == Verdict::not_enough_data && !f->gap) {
            f->gap = Gap{Gap::Kind::no_fit, static_cast<int>(f->n), 0, {}};
        }
    }
}

CausesReport build_causes_report(const Timeline& timeline) {
    CausesReport report;
    report.days = static_cast<int>(timeline.days.size());
    report.clean_days = timeline.clean_days;
    report.sessions = static_cast<int>(timeline.sessions.size());
    report.episodes = timeline.episodes;
    if (!timeline.days.empty()) {
        report.logged = journal::DaySpan{timeline.days.front().day, timeline.days.back().day};
    }

    std::array<Finding, 5> findings{};
    auto by_session = session_findings(timeline.sessions, true);
    findings = by_session.findings;
    report.sessions_in_model = by_session.in_model;
    findings[slot(Cause::sitting)] = sitting_finding(timeline);
    findings[slot(Cause::injury)] = injury_finding(timeline);

    // The five tests as one family.
    std::array<Finding*, 5> family{};
    std::transform(findings.begin(), findings.end(), family.begin(),
                   [](Finding& f) { return &f; });
    judge(family);
    report.findings.assign(findings.begin(), findings.end());
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         if (a.verdict != b.verdict) {
                             return a.verdict < b.verdict;
                         }
                         return a.p.value_or(2) < b.p.value_or(2);
                     });
    return report;
}

} // namespace sore::analysis
