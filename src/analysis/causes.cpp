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

struct Pairs {
    std::vector<double> cause;
    std::vector<double> soreness;
};

Pairs pairs_of(Cause cause, std::span<const Observation> rows) {
    Pairs p;
    for (const auto& row : rows) {
        if (auto value = value_of(cause, row)) {
            p.cause.push_back(*value);
            p.soreness.push_back(row.soreness);
        }
    }
    return p;
}

bool constant(const std::vector<double>& v) {
    return std::adjacent_find(v.begin(), v.end(), std::not_equal_to<>()) == v.end();
}

Strength grade(const Interval& ci, double effect, double moderate, double strong) {
    if (ci.contains(0.0)) {
        return Strength::none_seen;
    }
    effect = std::abs(effect);
    return effect >= strong     ? Strength::strong
           : effect >= moderate ? Strength::moderate
                                : Strength::weak;
}

Finding measure_finding(Cause cause, const Pairs& p) {
    Finding f{cause, p.cause.size(), {}, {}, {}, {}, {}};
    int n = static_cast<int>(f.n);
    if (n < min_entries) {
        f.gap = Gap{Gap::Kind::few_entries, n, min_entries - n, {}};
    } else if (constant(p.cause)) {
        f.gap = Gap{Gap::Kind::measure_constant, n, 1, p.cause.front()};
    } else if (constant(p.soreness)) {
        f.gap = Gap{Gap::Kind::soreness_constant, n, 1, p.soreness.front()};
    } else {
        f.line = fit_line(p.cause, p.soreness);
        f.rho = spearman(p.cause, p.soreness);
        f.strength = grade(*f.line->slope_ci, *f.rho, moderate_rho, strong_rho);
    }
    return f;
}

Finding marker_finding(Cause cause, const Pairs& p) {
    Finding f{cause, p.cause.size(), {}, {}, {}, {}, {}};
    std::vector<double> with;
    std::vector<double> without;
    for (std::size_t i = 0; i < p.cause.size(); ++i) {
        (p.cause[i] != 0 ? with : without).push_back(p.soreness[i]);
    }
    int n = static_cast<int>(f.n);
    int n_with = static_cast<int>(with.size());
    int n_without = static_cast<int>(without.size());
    int short_with = std::max(0, min_per_group - n_with);
    int short_without = std::max(0, min_per_group - n_without);
    if (n < min_entries) {
        f.gap = Gap{
            Gap::Kind::few_entries, n, std::max(min_entries - n, short_with + short_without), {}};
    } else if (short_with > 0) {
        f.gap = Gap{Gap::Kind::few_with, n_with, short_with, {}};
    } else if (short_without > 0) {
        f.gap = Gap{Gap::Kind::few_without, n_without, short_without, {}};
    } else if (constant(p.soreness)) {
        f.gap = Gap{Gap::Kind::soreness_constant, n, 1, p.soreness.front()};
    } else {
        f.groups = welch(with, without);
        f.rho = spearman(p.cause, p.soreness);
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

Together together_of(std::span<const Observation> rows) {
    Together t;
    std::vector<const Observation*> complete;
    for (const auto& row : rows) {
        if (row.sitting_min && row.pressure && row.knots) {
            complete.push_back(&row);
        }
    }
    t.n = complete.size();
    int n = static_cast<int>(t.n);
    if (n < min_entries) {
        t.gap = Gap{Gap::Kind::few_entries, n, min_entries - n, {}};
        return t;
    }
    std::vector<double> soreness;
    for (const auto* row : complete) {
        soreness.push_back(row->soreness);
    }
    std::vector<std::vector<double>> columns;
    for (auto cause : all_causes) {
        std::vector<double> column;
        for (const auto* row : complete) {
            column.push_back(*value_of(cause, *row));
        }
        if (constant(column)) {
            t.left_out.push_back(cause);
        } else {
            t.causes.push_back(cause);
            columns.push_back(std::move(column));
        }
    }
    if (constant(soreness)) {
        t.gap = Gap{Gap::Kind::soreness_constant, n, 1, soreness.front()};
    } else if (t.causes.empty()) {
        t.gap = Gap{Gap::Kind::measure_constant, n, 1, {}};
    } else if (t.fit = regress(columns, soreness); !t.fit) {
        t.gap = Gap{Gap::Kind::singular, n, 0, {}};
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
    switch (cause) {
    case Cause::knots:
        return row.knots;
    case Cause::pressure:
        return row.pressure;
    case Cause::sitting:
        if (row.sitting_min) {
            return *row.sitting_min / 60.0;
        }
        return std::nullopt;
    case Cause::injury:
        return row.injury ? 1.0 : 0.0;
    case Cause::emotional:
        return row.emotional ? 1.0 : 0.0;
    }
    return std::nullopt;
}

CausesReport build_causes_report(std::span<const Observation> rows) {
    CausesReport report;
    report.entries = rows.size();
    for (auto cause : all_causes) {
        auto pairs = pairs_of(cause, rows);
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
    report.together = together_of(rows);
    return report;
}

} // namespace sore::analysis
