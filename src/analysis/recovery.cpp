#include "analysis/recovery.hpp"

#include <algorithm>
#include <numeric>

namespace sore::analysis {

namespace {

// An average month, for a slope per month.
constexpr double days_per_month = 365.25 / 12;

// What followed one session with a baseline, until the next session.
struct After {
    const Session* session = nullptr;
    std::array<std::optional<double>, profile_lags> excess; // over the baseline
    Wait wait; // days until back within a point of the baseline
    Followed::Ended ended = Followed::Ended::journal_end;
    int still_sore = 0; // days after it 2 or more points above the baseline
};

// Walks the logged days after the session at days[at], up to the next
// session. Two unlogged days in a row, the next session or the end of the
// days given end the wait unsettled at the last day logged before them;
// one unlogged day is stepped over.
After follow(std::span<const LoggedDay> days, std::size_t at, const Session& s) {
    After a;
    a.session = &s;
    double base = *s.baseline;
    a.excess[0] = days[at].soreness - base;
    int last_logged = 0;
    bool wait_done = false;
    bool run_done = false;
    auto unsettled = [&](Followed::Ended why) {
        if (!wait_done) {
            a.wait = {static_cast<double>(last_logged), false};
            a.ended = why;
            wait_done = true;
        }
    };
    std::size_t j = at + 1;
    for (int lag = 1;; ++lag) {
        if (j >= days.size()) {
            unsettled(Followed::Ended::journal_end);
            break;
        }
        if (days[j].day != s.day + date::days{lag}) {
            if (lag - last_logged >= 2) {
                unsettled(Followed::Ended::gap);
                run_done = true;
            }
        } else {
            const auto& d = days[j++];
            if (d.session) {
                // The next session's day: back to usual by then counts (a
                // new massage adds soreness, it does not take it away);
                // still up does not, as the new one may be why.
                if (!wait_done && d.soreness - base <= settled_within) {
                    a.wait = {static_cast<double>(lag), true};
                    a.ended = Followed::Ended::settled;
                    wait_done = true;
                }
                unsettled(Followed::Ended::next_session);
                break;
            }
            last_logged = lag;
            double excess = d.soreness - base;
            if (lag < profile_lags) {
                a.excess[static_cast<std::size_t>(lag)] = excess;
            }
            if (!run_done && excess >= still_sore_points) {
                a.still_sore = lag;
            } else {
                run_done = true;
            }
            if (!wait_done && excess <= settled_within) {
                a.wait = {static_cast<double>(lag), true};
                a.ended = Followed::Ended::settled;
                wait_done = true;
            }
        }
        if (wait_done && run_done && lag >= profile_lags - 1) {
            break;
        }
    }
    return a;
}

std::vector<After> follow_all(const Timeline& t) {
    std::vector<After> afters;
    std::size_t at = 0;
    for (const auto& s : t.sessions) {
        while (t.days[at].day != s.day) {
            ++at;
        }
        if (s.baseline) {
            afters.push_back(follow(t.days, at, s));
        }
    }
    return afters;
}

Profile profile_of(const std::vector<const After*>& afters) {
    Profile profile{};
    for (std::size_t lag = 0; lag < profile.size(); ++lag) {
        std::vector<double> excess;
        for (const auto* a : afters) {
            if (a->excess[lag]) {
                excess.push_back(*a->excess[lag]);
            }
        }
        profile[lag].lag = static_cast<int>(lag);
        profile[lag].sessions = static_cast<int>(excess.size());
        if (profile[lag].sessions >= min_cell) {
            profile[lag].excess = mean_interval(excess);
        }
    }
    return profile;
}

Level level_of(int pressure, const std::vector<After>& afters, const Timeline& t,
               std::vector<Missing>& missing) {
    Level level;
    level.pressure = pressure;
    std::vector<const After*> at_level;
    std::vector<Wait> waits;
    for (const auto& a : afters) {
        if (a.session->pressure == pressure) {
            at_level.push_back(&a);
            waits.push_back(a.wait);
        }
    }
    level.sessions = static_cast<int>(at_level.size());
    level.tried_enough = level.sessions >= min_cell;
    level.excess = profile_of(at_level);
    double during = 0;
    for (const auto& s : t.sessions) {
        if (s.pressure == pressure && s.during) {
            during += *s.during;
            ++level.during_sessions;
        }
    }
    if (level.during_sessions > 0) {
        level.during_mean = during / level.during_sessions;
    }
    level.recovery = median_wait(waits);
    if (level.sessions == 0) {
        return level; // not tried: nothing to say it lacks
    }
    if (level.recovery.events < min_settled) {
        missing.push_back({Missing::Figure::recovery_days, pressure, Missing::Kind::few_settled,
                           level.recovery.events, min_settled});
        level.recovery.median.reset();
        level.recovery.low.reset();
        level.recovery.high.reset();
    } else if (!level.recovery.median) {
        missing.push_back({Missing::Figure::recovery_days, pressure, Missing::Kind::not_reached,
                           level.recovery.events, level.recovery.waits});
    }
    return level;
}

// Why no pressure was tried enough to have a figure: no session, none with
// clean days before it (`blocker`), none with a pressure, or too few at
// any one level.
Missing why_no_level(const std::array<Level, 4>& levels, Missing::Figure figure,
                     std::optional<Missing::Kind> blocker) {
    if (blocker) {
        return {figure, std::nullopt, *blocker, 0, 0};
    }
    int most = 0;
    for (const auto& l : levels) {
        most = std::max(most, l.sessions);
    }
    if (most == 0) {
        return {figure, std::nullopt, Missing::Kind::no_pressure, 0, 0};
    }
    return {figure, std::nullopt, Missing::Kind::few_sessions, most, min_cell};
}

// The sessions at the levels tried enough, as rows of the session model.
std::vector<SessionRow> model_rows(const std::vector<After>& afters,
                                   const std::array<Level, 4>& levels, int& span) {
    std::vector<SessionRow> rows;
    std::optional<journal::Day> first;
    for (const auto& a : afters) {
        const auto& s = *a.session;
        if (!s.pressure || !levels[static_cast<std::size_t>(*s.pressure - 1)].tried_enough) {
            continue;
        }
        first = first.value_or(s.day);
        span = static_cast<int>((s.day - *first).count());
        rows.push_back({*s.pressure, *s.baseline,
                        static_cast<double>((s.day - *first).count()) / days_per_month, s.left});
    }
    return rows;
}

void adjusted_means(const std::vector<After>& afters, std::array<Level, 4>& levels,
                    std::optional<Missing::Kind> blocker, std::optional<Settling>& settling,
                    std::vector<Missing>& missing) {
    int span = 0;
    auto rows = model_rows(afters, levels, span);
    auto n = static_cast<int>(rows.size());
    auto lack = [&](Missing::Kind kind, int have, int needed) {
        missing.push_back({Missing::Figure::adjusted, std::nullopt, kind, have, needed});
        missing.push_back({Missing::Figure::settling, std::nullopt, kind, have, needed});
    };
    if (rows.empty()) {
        missing.push_back(why_no_level(levels, Missing::Figure::adjusted, blocker));
        missing.push_back(why_no_level(levels, Missing::Figure::settling, blocker));
        return;
    }
    if (n < min_model_sessions) {
        lack(Missing::Kind::few_sessions, n, min_model_sessions);
        return;
    }
    auto means = level_means(rows);
    if (!means) {
        lack(Missing::Kind::no_fit, n, 0);
        return;
    }
    for (std::size_t i = 0; i < means->levels.size(); ++i) {
        levels[static_cast<std::size_t>(means->levels[i] - 1)].adjusted = means->adjusted[i];
    }
    if (span < min_settling_days) {
        missing.push_back({Missing::Figure::settling, std::nullopt, Missing::Kind::few_weeks, span,
                           min_settling_days});
    } else if (means->per_month) {
        settling = Settling{n, *means->per_month};
    } else {
        missing.push_back({Missing::Figure::settling, std::nullopt, Missing::Kind::no_fit, n, 0});
    }
}

std::optional<Comfortable> comfortable_of(const std::array<Level, 4>& levels,
                                          std::optional<journal::Day> injury,
                                          std::optional<Missing::Kind> blocker,
                                          std::vector<Missing>& missing) {
    if (injury) {
        missing.push_back(
            {Missing::Figure::comfortable, std::nullopt, Missing::Kind::injury_active, 0, 0});
        return std::nullopt;
    }
    auto close = std::find_if(levels.rbegin(), levels.rend(), [](const Level& level) {
        const auto& a = level.adjusted;
        double upper = a && a->difference_ci ? a->difference_ci->high : 0;
        return a && a->difference < close_points &&
               std::max(a->difference, upper) < close_upper_points;
    });
    if (close != levels.rend()) {
        return Comfortable{close->pressure, Comfortable::Reason::close_to_best};
    }
    for (const auto& l : levels) {
        if (l.tried_enough) {
            return Comfortable{l.pressure, Comfortable::Reason::lightest_tried};
        }
    }
    missing.push_back(why_no_level(levels, Missing::Figure::comfortable, blocker));
    return std::nullopt;
}

} // namespace

namespace {

// How many values differ from the most common one.
int apart_from_most(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    std::size_t most = 0;
    for (std::size_t i = 0; i < values.size();) {
        std::size_t j = i;
        while (j < values.size() && values[j] == values[i]) {
            ++j;
        }
        most = std::max(most, j - i);
        i = j;
    }
    return static_cast<int>(values.size() - most);
}

} // namespace

// Fitted once per level, with that level as the reference and the baseline
// and months centred, so that the intercept is the level's mean at the
// average baseline and date and the other levels' coefficients are their
// differences from it: no covariance matrix needed outside stats.
std::optional<LevelMeans> level_means(std::span<const SessionRow> rows) {
    LevelMeans m;
    for (const auto& row : rows) {
        if (std::find(m.levels.begin(), m.levels.end(), row.pressure) == m.levels.end()) {
            m.levels.push_back(row.pressure);
        }
    }
    std::sort(m.levels.begin(), m.levels.end());
    auto centred = [&](auto member) {
        std::vector<double> v;
        for (const auto& row : rows) {
            v.push_back(row.*member);
        }
        double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
        for (auto& x : v) {
            x -= mean;
        }
        return v;
    };
    // A covariate that sets fewer than 3 sessions apart from the rest is
    // left out: those sessions alone would fix its slope, and HC3 has
    // nothing to say about it.
    std::vector<std::vector<double>> covariates;
    bool has_months = false;
    for (auto member : {&SessionRow::baseline, &SessionRow::months}) {
        auto column = centred(member);
        if (apart_from_most(column) >= min_cell) {
            covariates.push_back(column);
            has_months = member == &SessionRow::months;
        }
    }
    std::vector<double> left;
    for (const auto& row : rows) {
        left.push_back(row.left);
    }
    std::vector<Fit> fits;
    for (int reference : m.levels) {
        std::vector<std::vector<double>> columns;
        for (int other : m.levels) {
            if (other != reference) {
                std::vector<double> dummy;
                for (const auto& row : rows) {
                    dummy.push_back(row.pressure == other ? 1 : 0);
                }
                columns.push_back(dummy);
            }
        }
        columns.insert(columns.end(), covariates.begin(), covariates.end());
        auto f = fit(columns, left, Errors::hc3);
        if (!f) {
            return std::nullopt;
        }
        m.adjusted.push_back({f->intercept.estimate, f->intercept.ci, 0, {}});
        fits.push_back(*f);
    }
    for (std::size_t r = 0; r < m.levels.size(); ++r) {
        if (m.adjusted[r].estimate < m.adjusted[m.best].estimate) {
            m.best = r;
        }
    }
    const auto& against_best = fits[m.best];
    std::size_t column = 0;
    for (std::size_t r = 0; r < m.levels.size(); ++r) {
        if (r == m.best) {
            continue;
        }
        if (const auto& c = against_best.coefficients[column++]) {
            m.adjusted[r].difference = c->estimate;
            m.adjusted[r].difference_ci = c->ci;
        }
    }
    if (has_months) {
        m.per_month = against_best.coefficients.back();
    }
    return m;
}

std::string_view pressure_name(int level) {
    constexpr std::array<std::string_view, 4> names{"light", "medium", "firm", "deep"};
    return names.at(static_cast<std::size_t>(level - 1));
}

RecoveryReport build_recovery_report(const Timeline& timeline,
                                     std::optional<journal::Day> recent_injury) {
    RecoveryReport r;
    r.days = static_cast<int>(timeline.days.size());
    r.sessions = static_cast<int>(timeline.sessions.size());
    if (!timeline.days.empty()) {
        r.logged = journal::DaySpan{timeline.days.front().day, timeline.days.back().day};
    }
    r.injury_flagged = recent_injury;
    // What stops every figure from sessions, if anything does.
    std::optional<Missing::Kind> blocker;
    if (r.sessions == 0) {
        blocker = Missing::Kind::no_sessions;
    } else if (std::none_of(timeline.sessions.begin(), timeline.sessions.end(),
                            [](const Session& s) { return s.baseline.has_value(); })) {
        blocker = Missing::Kind::no_clean_days;
    }
    if (timeline.usual.empty()) {
        r.missing.push_back({Missing::Figure::baseline, std::nullopt,
                             blocker.value_or(Missing::Kind::no_clean_days), 0, 0});
    } else {
        r.baseline =
            Baseline{median(timeline.usual), quantile(timeline.usual, 0.25),
                     quantile(timeline.usual, 0.75), static_cast<int>(timeline.usual.size())};
    }
    auto afters = follow_all(timeline);
    r.sessions_with_baseline = static_cast<int>(afters.size());
    std::vector<const After*> all;
    for (const auto& a : afters) {
        all.push_back(&a);
        r.followed.push_back({a.session->day, a.wait, a.ended, a.still_sore});
        if (a.still_sore > usual_sore_days) {
            r.longer_than_usual.push_back({a.session->day, a.still_sore});
        }
    }
    r.profile = profile_of(all);
    for (const auto& cell : r.profile) {
        if (cell.excess &&
            (!r.peak_lag ||
             cell.excess->mean > r.profile[static_cast<std::size_t>(*r.peak_lag)].excess->mean)) {
            r.peak_lag = cell.lag;
        }
    }
    if (r.peak_lag) {
        const auto& peak = r.profile[static_cast<std::size_t>(*r.peak_lag)].excess;
        if (peak->ci) {
            auto df = static_cast<double>(peak->n - 1);
            double se = (peak->ci->high - peak->mean) / t_975(df);
            double q = 1 - 0.025 / profile_lags;
            r.peak_clear = peak->mean - t_quantile(q, df) * se > 0;
        }
    }
    if (!r.peak_lag) {
        r.missing.push_back(
            blocker ? Missing{Missing::Figure::profile, std::nullopt, *blocker, 0, 0}
                    : Missing{Missing::Figure::profile, std::nullopt, Missing::Kind::few_sessions,
                              r.sessions_with_baseline, min_cell});
    }
    for (int pressure = 1; pressure <= 4; ++pressure) {
        r.levels[static_cast<std::size_t>(pressure - 1)] =
            level_of(pressure, afters, timeline, r.missing);
    }
    adjusted_means(afters, r.levels, blocker, r.settling, r.missing);
    r.comfortable = comfortable_of(r.levels, recent_injury, blocker, r.missing);
    return r;
}

} // namespace sore::analysis
