#pragma once

// The statistics behind the reports, on plain numbers. Each function returns
// nothing when the data cannot support the figure (too few values, no
// variation, a singular design), so callers never divide by zero or print a
// number that means nothing. Student's t comes from Boost.Math and the linear
// algebra from Eigen; every figure matches SciPy/statsmodels (tests/data/).

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

// Least-squares line y = intercept + slope * x.
struct LineFit {
    std::size_t n = 0;
    double slope = 0;
    double intercept = 0;
    std::optional<double> slope_se;   // needs n >= 3
    std::optional<Interval> slope_ci; // 95%, t with n - 2 df; needs n >= 3
};

// Nothing when x and y differ in length, n < 2 or x does not vary.
std::optional<LineFit> fit_line(std::span<const double> x, std::span<const double> y);

// Spearman's rank correlation (average ranks for ties). Nothing when n < 2
// or either variable does not vary.
std::optional<double> spearman(std::span<const double> x, std::span<const double> y);

// Mean of one group minus the mean of the other, with Welch's interval.
struct MeanDifference {
    std::size_t n_with = 0;
    std::size_t n_without = 0;
    double mean_with = 0;
    double mean_without = 0;
    double difference = 0;                 // mean_with - mean_without
    std::optional<double> df;              // Welch-Satterthwaite
    std::optional<Interval> difference_ci; // 95%
};

// Nothing when either group has fewer than 2 values. The interval is absent
// when neither group varies (its standard error would be zero).
std::optional<MeanDifference> welch(std::span<const double> with, std::span<const double> without);

// Ordinary least squares of y on the columns of x, plus an intercept.
struct Regression {
    std::size_t n = 0;
    double df = 0; // n - columns - 1
    double r_squared = 0;
    double intercept = 0;
    Interval intercept_ci;
    std::vector<double> coefficients;     // one per column of x, in order
    std::vector<Interval> coefficient_ci; // 95%
};

// `columns[j][i]` is predictor j for observation i. Nothing when the sizes
// disagree, n <= columns + 1 (no degrees of freedom left), y does not vary,
// or the design is singular (a constant or perfectly collinear predictor).
std::optional<Regression> regress(const std::vector<std::vector<double>>& columns,
                                  std::span<const double> y);

} // namespace sore::analysis
