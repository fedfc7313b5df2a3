#pragma once

// How long until something happens, when some waits end before it does:
// the Kaplan-Meier estimate and its median with a 95% interval, as R's
// survival::survfit gives them (conf.type "log", Greenwood's variance, the
// median's interval where the curve's limits cross one half: Brookmeyer and
// Crowley). tests/data/survival_expected.R computed the figures the unit
// tests hold it to.

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace sore::analysis {

struct Wait {
    double time = 0;
    bool event = false; // false: censored, known only to last beyond `time`
};

// The curve at one time where something happened or a wait ended.
struct CurvePoint {
    double time = 0;
    int at_risk = 0;
    int events = 0;
    double survival = 1;
    // 95% limits; nothing once the curve reaches 0.
    std::optional<double> lower;
    std::optional<double> upper;
};

std::vector<CurvePoint> kaplan_meier(std::span<const Wait> waits);

struct MedianWait {
    int events = 0;
    int waits = 0;
    // Nothing where the curve (or its limit) never comes down to one half.
    std::optional<double> median;
    std::optional<double> low;
    std::optional<double> high;
};

MedianWait median_wait(std::span<const Wait> waits);

} // namespace sore::analysis
