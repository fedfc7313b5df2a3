#include "analysis/causes.hpp"

#include <algorithm>
#include <cmath>

namespace sore::analysis {

namespace {

// Cohen's conventional cut-offs for a correlation.
constexpr double moderate_rho = 0.3;
constexpr double strong_rho = 0.5;
// Points on the 0-10 scale: 1 is about the smallest change people notice,
// 2 is clinically meaningful (IMMPACT).
constexpr double moderate_points = 1.0;
constexpr double strong_points = 2.0;

constexpr std::size_t ratings = 11; // soreness 0-10

// The largest value each cause can hold, as stored (sitting in minutes).
constexpr std::array<int, all_causes.size()> largest{999, 4, 1440, 1, 1};

// The stored value of a cause: knots, pressure 1-4, sitting minutes, 0/1.
std::optional<int> stored(Cause cause, const Observation& row) {
    switch (cause) {
    case Cause::knots:
        return row.knots;
    case Cause::pressure:
        return row.pressure;
    case Cause::sitting:
        return row.sitting_min;
    case Cause::injury:
        return row.injury ? 1 : 0;
    case Cause::emotional:
        return row.emotional ? 1 : 0;
    }
    return std::nullopt;
}

// Stored values as the statistics use them: sitting in hours.
double measure(Cause cause, int value) {
    return cause == Cause::sitting ? value / 60.0 : value;
}

double total(const std::vector<Pair>& pairs) {
    double n = 0;
    for (const auto& p : pairs) {
        n += p.count;
    }
    return n;
}

bool constant(const std::vector<Pair>& pairs, double Pair::*member) {
    return std::all_of(pairs.begin(), pairs.end(),
                       [&](const Pair& p) { return p.*member == pairs.front().*member; });
}

Strength grade(const Interval& ci, double effect, double moderate, double strong) {
    if (ci.contains(0.0)) {
        return Strength::none_seen;
    }
    // A rank correlation against the slope's direction: only a weak link.
    if ((ci.low > 0) != (effect > 0)) {
        return Strength::weak;
    }
    effect = std::abs(effect);
    return effect >= strong     ? Strength::strong
           : effect >= moderate ? Strength::moderate
                                : Strength::weak;
}

Finding measure_finding(Cause cause, const std::vector<Pair>& pairs) {
    Finding f{cause, static_cast<std::size_t>(total(pairs)), {}, {}, {}, {}, {}};
    int n = static_cast<int>(f.n);
    if (n < min_entries) {
        f.gap = Gap{Gap::Kind::few_entries, n, min_entries - n, {}};
    } else if (constant(pairs, &Pair::x)) {
        f.gap = Gap{Gap::Kind::measure_constant, n, 1, pairs.front().x};
    } else if (constant(pairs, &Pair::y)) {
        f.gap = Gap{Gap::Kind::soreness_constant, n, 1, pairs.front().y};
    } else {
        auto line = fit_line(pairs);
        if (*line->slope_se == 0) {
            f.gap = Gap{Gap::Kind::exact_fit, n, 1, {}};
        } else {
            f.line = line;
            f.rho = spearman(pairs);
            f.strength = grade(*f.line->slope_ci, *f.rho, moderate_rho, strong_rho);
        }
    }
    return f;
}

Finding marker_finding(Cause cause, const std::vector<Pair>& pairs) {
    Finding f{cause, static_cast<std::size_t>(total(pairs)), {}, {}, {}, {}, {}};
    double marked = 0;
    for (const auto& p : pairs) {
        marked += p.x != 0 ? p.count : 0;
    }
    int n = static_cast<int>(f.n);
    int n_with = static_cast<int>(marked);
    int n_without = n - n_with;
    int short_with = std::max(0, min_per_group - n_with);
    int short_without = std::max(0, min_per_group - n_without);
    if (n < min_entries) {
        f.gap = Gap{
            Gap::Kind::few_entries, n, std::max(min_entries - n, short_with + short_without), {}};
    } else if (short_with > 0) {
        f.gap = Gap{Gap::Kind::few_with, n_with, short_with, {}};
    } else if (short_without > 0) {
        f.gap = Gap{Gap::Kind::few_without, n_without, short_without, {}};
    } else if (constant(pairs, &Pair::y)) {
        f.gap = Gap{Gap::Kind::soreness_constant, n, 1, pairs.front().y};
    } else {
        f.groups = welch(pairs);
        f.rho = spearman(pairs);
        if (f.groups->difference_ci) {
            f.strength = grade(*f.groups->difference_ci, f.groups->difference, moderate_points,
                               strong_points);
        } else {
            f.gap = Gap{Gap::Kind::groups_constant, n, 1, {}};
        }
    }
    return f;
}

int order_of(const Finding& f) {
    return f.strength ? static_cast<int>(*f.strength) : -1;
}

Together together_of(const Moments& complete) {
    Together t;
    t.n = complete.n();
    int n = static_cast<int>(t.n);
    if (n < min_entries) {
        t.gap = Gap{Gap::Kind::few_entries, n, min_entries - n, {}};
        return t;
    }
    std::vector<std::size_t> use;
    for (std::size_t j = 0; j < all_causes.size(); ++j) {
        bool varies = complete.varies(j);
        (varies ? t.causes : t.left_out).push_back(all_causes[j]);
        if (varies) {
            use.push_back(j);
        }
    }
    const auto soreness = all_causes.size();
    if (!complete.varies(soreness)) {
        t.gap = Gap{Gap::Kind::soreness_constant, n, 1, complete.mean(soreness)};
    } else if (t.causes.empty()) {
        t.gap = Gap{Gap::Kind::measure_constant, n, 1, {}};
    } else if (t.fit = regress(complete, use); !t.fit) {
        t.gap = Gap{Gap::Kind::singular, n, 0, {}};
    } else if (t.fit->r_squared > 1 - 1e-12) {
        t.fit.reset(); // an exact fit has intervals of no width
        t.gap = Gap{Gap::Kind::exact_fit, n, 1, {}};
    }
    return t;
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

bool is_measure(Cause cause) {
    return cause != Cause::injury && cause != Cause::emotional;
}

std::string_view name_of(Strength strength) {
    switch (strength) {
    case Strength::none_seen:
        return "none seen";
    case Strength::weak:
        return "weak";
    case Strength::moderate:
        return "moderate";
    case Strength::strong:
        return "strong";
    }
    return "";
}

std::optional<double> value_of(Cause cause, const Observation& row) {
    if (auto value = stored(cause, row)) {
        return measure(cause, *value);
    }
    return std::nullopt;
}

CausesTally::CausesTally() : complete_(all_causes.size()) {
    for (std::size_t c = 0; c < all_causes.size(); ++c) {
        counts_[c].assign(static_cast<std::size_t>(largest[c] + 1) * ratings, 0.0);
    }
}

void CausesTally::add(const Observation& row) {
    ++entries_;
    auto soreness = static_cast<std::size_t>(row.soreness);
    std::array<double, all_causes.size()> x{};
    bool complete = true;
    for (std::size_t c = 0; c < all_causes.size(); ++c) {
        auto value = stored(all_causes[c], row);
        if (value) {
            counts_[c].at(static_cast<std::size_t>(*value) * ratings + soreness) += 1;
            x[c] = measure(all_causes[c], *value);
        }
        complete = complete && value.has_value();
    }
    if (complete) {
        complete_.add(x, row.soreness);
    }
}

CausesReport CausesTally::report() const {
    CausesReport report;
    report.entries = entries_;
    for (std::size_t c = 0; c < all_causes.size(); ++c) {
        auto cause = all_causes[c];
        std::vector<Pair> pairs;
        for (std::size_t i = 0; i < counts_[c].size(); ++i) {
            if (counts_[c][i] > 0) {
                auto value = static_cast<int>(i / ratings);
                pairs.push_back(
                    {measure(cause, value), static_cast<double>(i % ratings), counts_[c][i]});
            }
        }
        report.findings.push_back(is_measure(cause) ? measure_finding(cause, pairs)
                                                    : marker_finding(cause, pairs));
    }
    // Strongest label first; within a label the larger |rho|; then the
    // article's order.
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         if (order_of(a) != order_of(b)) {
                             return order_of(a) > order_of(b);
                         }
                         return std::abs(a.rho.value_or(0)) > std::abs(b.rho.value_or(0));
                     });
    report.together = together_of(complete_);
    return report;
}

CausesReport build_causes_report(std::span<const Observation> rows) {
    CausesTally tally;
    for (const auto& row : rows) {
        tally.add(row);
    }
    return tally.report();
}

} // namespace sore::analysis
