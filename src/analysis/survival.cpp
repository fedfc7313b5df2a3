#include "analysis/survival.hpp"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>

namespace sore::analysis {

namespace {

// R's quantile.survfit treats a curve within this of one half as flat
// there (sqrt of the machine epsilon).
const double flat_within = std::sqrt(std::numeric_limits<double>::epsilon());

// In double, not Boost.Math's default long double: see analysis/stats.cpp.
using normal = boost::math::normal_distribution<
    double, boost::math::policies::policy<boost::math::policies::promote_double<false>>>;

struct Step {
    double time = 0;
    std::optional<double> done; // 1 - survival (or its limit); nothing when unknown
};

// The time at which `steps` (starting at 0 done, at time 0) reaches one
// half: where a flat stretch lies exactly at one half, the middle of it,
// as R does. `last` is the last time of any wait.
std::optional<double> crossing(std::vector<Step> steps, double last) {
    constexpr double p = 0.5;
    // Equal values after the first are waits that ended without an event:
    // the curve did not move there.
    std::vector<Step> moved;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        bool seen = std::any_of(steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(i),
                                [&](const Step& s) { return s.done == steps[i].done; });
        if (!seen) {
            moved.push_back(steps[i]);
        }
    }
    std::vector<Step> known;
    std::copy_if(moved.begin(), moved.end(), std::back_inserter(known),
                 [](const Step& s) { return s.done.has_value(); });
    if (known.empty() ||
        std::none_of(known.begin(), known.end(), [&](const Step& s) { return *s.done >= p; })) {
        return std::nullopt;
    }
    // The step R's approx(done + shift, ..., method = "constant", f = 1)
    // lands on: approx sorts by value, so it is the smallest value at or
    // past one half. That is the first such step unless the values go back
    // down, as 1 - the upper limit can (the limit widens when few remain at
    // risk): R then takes the later, smaller one, and so does this.
    auto smallest_past = [&](double shift) -> std::optional<std::size_t> {
        std::optional<std::size_t> at;
        for (std::size_t i = 0; i < known.size(); ++i) {
            if (*known[i].done + shift >= p && (!at || *known[i].done < *known[*at].done)) {
                at = i;
            }
        }
        return at;
    };
    auto early = smallest_past(flat_within);
    auto late = smallest_past(-flat_within);
    if (early && moved.back().done && std::abs(p - *moved.back().done) < flat_within) {
        return (known[*early].time + last) / 2;
    }
    if (!early || !late) {
        return std::nullopt;
    }
    return (known[*early].time + known[*late].time) / 2;
}

} // namespace

std::vector<CurvePoint> kaplan_meier(std::span<const Wait> waits) {
    std::vector<Wait> sorted(waits.begin(), waits.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const Wait& a, const Wait& b) { return a.time < b.time; });
    const double z = boost::math::quantile(normal(), 0.975);
    std::vector<CurvePoint> curve;
    int at_risk = static_cast<int>(sorted.size());
    double survival = 1;
    double greenwood = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        CurvePoint point;
        point.time = sorted[i].time;
        point.at_risk = at_risk;
        int ended = 0;
        for (; i < sorted.size() && sorted[i].time == point.time; ++i) {
            ++ended;
            point.events += sorted[i].event ? 1 : 0;
        }
        if (point.events > 0) {
            survival *= 1 - static_cast<double>(point.events) / at_risk;
            if (at_risk == point.events) {
                greenwood = std::numeric_limits<double>::infinity();
            } else {
                greenwood += static_cast<double>(point.events) /
                             (static_cast<double>(at_risk) * (at_risk - point.events));
            }
        }
        point.survival = survival;
        if (survival > 0) {
            double se = std::sqrt(greenwood);
            point.lower = std::exp(std::log(survival) - z * se);
            point.upper = std::min(1.0, std::exp(std::log(survival) + z * se));
        }
        curve.push_back(point);
        at_risk -= ended;
    }
    return curve;
}

MedianWait median_wait(std::span<const Wait> waits) {
    MedianWait m;
    m.waits = static_cast<int>(waits.size());
    if (waits.empty()) {
        return m;
    }
    auto curve = kaplan_meier(waits);
    double last = curve.back().time;
    std::vector<Step> middle{{0, 0.0}};
    std::vector<Step> from_upper{{0, 0.0}};
    std::vector<Step> from_lower{{0, 0.0}};
    for (const auto& point : curve) {
        m.events += point.events;
        middle.push_back({point.time, 1 - point.survival});
        auto done = [](std::optional<double> limit) {
            return limit ? std::optional<double>(1 - *limit) : std::nullopt;
        };
        from_upper.push_back({point.time, done(point.upper)});
        from_lower.push_back({point.time, done(point.lower)});
    }
    m.median = crossing(middle, last);
    // The lower limit of the curve comes down to one half first.
    m.low = crossing(from_lower, last);
    m.high = crossing(from_upper, last);
    return m;
}

} // namespace sore::analysis
