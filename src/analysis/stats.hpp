#pragma once

// The statistics behind the reports, on plain numbers. Student's t comes
// from Boost.Math and the linear algebra from Eigen; every figure matches
// statsmodels/SciPy to 1e-6 (tests/data/stats_expected.py).
//
// Days follow one another, so soreness today is much like yesterday's:
// models over days use Newey-West standard errors, which allow for that.
// Models over sessions use HC3, which allows for a spread that differs
// from one session to another and for a session far from the rest.

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace sore::analysis {

struct Interval {
    double low = 0;
    double high = 0;

    bool contains(double value) const { return low <= value && value <= high; }
};

// The 97.5% quantile of Student's t with `df` degrees of freedom (df > 0).
double t_975(double df);
// The p quantile (0 < p < 1), for intervals wider than 95%.
double t_quantile(double p, double df);

// Spearman's rank correlation (average ranks for ties). Nothing when the
// sizes differ, n < 2, or either variable does not vary.
std::optional<double> spearman(std::span<const double> x, std::span<const double> y);

// How the standard errors of a least-squares fit are estimated.
enum class Errors {
    hc3,        // heteroskedasticity-consistent (MacKinnon and White's HC3)
    newey_west, // heteroskedasticity and autocorrelation consistent
};

// The lags Newey-West looks back over for n observations in time order:
// floor(4 (n / 100)^(2/9)).
std::size_t newey_west_lags(std::size_t n);

struct Coefficient {
    double estimate = 0;
    // Standard error, 95% interval (Student's t, n - k df) and two-sided
    // p-value; absent when the fit is exact.
    std::optional<double> se;
    std::optional<Interval> ci;
    std::optional<double> p;
};

// y = intercept + sum of coefficient * predictor, by least squares.
struct Fit {
    std::size_t n = 0;
    std::size_t lags = 0; // Newey-West only
    double df = 0;        // n - parameters kept (intercept included)
    // The residuals are zero to rounding (relative to how y varies): the
    // estimates stand, but there is no interval to give.
    bool exact = false;
    Coefficient intercept;
    // One per predictor, in order; nothing for a predictor dropped because
    // it adds nothing to the intercept and the predictors before it (a
    // pivoted QR of those columns, each scaled to unit length, finds no new
    // rank above 1e-9). The intercept is always kept.
    std::vector<std::optional<Coefficient>> coefficients;
    std::vector<std::size_t> dropped; // their indices
};

// `columns[j][i]` is predictor j for observation i, in time order for
// Newey-West. Bartlett weights over newey_west_lags(n) (set on an exact fit
// too), with the small-sample factor n / (n - k) (statsmodels'
// use_correction=True); HC3 as in statsmodels. No columns fits the mean.
// A y that never varies is an exact fit with every slope 0. Nothing when
// the sizes disagree, no degree of freedom is left after dropping, or (HC3,
// a fit that is not exact) one observation alone fixes a coefficient (its
// leverage is within 1e-10 of 1).
std::optional<Fit> fit(const std::vector<std::vector<double>>& columns, std::span<const double> y,
                       Errors errors);

// The q-quantile (0 <= q <= 1) of `values` by linear interpolation between
// order statistics: R's type 7, NumPy's default. `values` not empty.
double quantile(std::vector<double> values, double q);
double median(std::vector<double> values);

// A mean and its 95% interval from Student's t with n - 1 df, the values
// taken as independent; no interval for fewer than 2.
struct MeanInterval {
    std::size_t n = 0;
    double mean = 0;
    std::optional<Interval> ci;
};
std::optional<MeanInterval> mean_interval(std::span<const double> values);

// Holm's step-down adjustment of p-values tested as one family, in the
// order given.
std::vector<double> holm(std::span<const double> p);

// Whether `a` is zero next to `scale` (both magnitudes): a <= 1e-9 scale,
// so 0 is negligible next to 0. The one rule for an exact fit.
bool negligible(double a, double scale);

} // namespace sore::analysis
