#pragma once

// The statistics behind the reports. Each function returns nothing when the
// data cannot support the figure (too few values, no variation, a singular
// design), so callers never divide by zero or print a number that means
// nothing. Student's t comes from Boost.Math and the linear algebra from
// Eigen; every figure matches SciPy/statsmodels (tests/data/).
//
// The data come either as plain values or already counted: `Pair`s (a value
// pair and how many entries had it) and `Moments` (running means and
// cross products), so that a report over a million entries keeps a few
// thousand numbers instead of the rows.

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

// A pair of values and how many observations had it.
struct Pair {
    double x = 0;
    double y = 0;
    double count = 1;
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

// Nothing when n < 2 or x does not vary (or x and y differ in length).
std::optional<LineFit> fit_line(std::span<const Pair> pairs);
std::optional<LineFit> fit_line(std::span<const double> x, std::span<const double> y);

// Spearman's rank correlation (average ranks for ties). Nothing when n < 2
// or either variable does not vary.
std::optional<double> spearman(std::span<const Pair> pairs);
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
// when neither group varies (its standard error would be zero). From pairs,
// x != 0 marks the group "with".
std::optional<MeanDifference> welch(std::span<const Pair> pairs);
std::optional<MeanDifference> welch(std::span<const double> with, std::span<const double> without);

// Running means and centred cross products of k predictors and y, updated
// one observation at a time (numerically stable, as in Welford's method).
class Moments {
public:
    explicit Moments(std::size_t predictors);

    // `x` holds the k predictors.
    void add(std::span<const double> x, double y);

    std::size_t n() const { return n_; }
    std::size_t predictors() const { return size_ - 1; }
    // Whether predictor j (or y, for j == predictors()) took more than one value.
    bool varies(std::size_t j) const;

    // Predictor j's mean (y's for j == predictors()), and the sum of
    // centred products of two of them.
    double mean(std::size_t j) const { return mean_[j]; }
    double cross(std::size_t i, std::size_t j) const { return cross_[i * size_ + j]; }

private:
    std::size_t n_ = 0;
    std::size_t size_;          // predictors and y
    std::vector<double> mean_;  // size_
    std::vector<double> cross_; // size_ x size_, row by row
    std::vector<double> delta_; // scratch for add()
};

// Ordinary least squares of y on some predictors, plus an intercept.
struct Regression {
    std::size_t n = 0;
    double df = 0; // n - predictors - 1
    double r_squared = 0;
    double intercept = 0;
    Interval intercept_ci;
    std::vector<double> coefficients;     // one per predictor, in order
    std::vector<Interval> coefficient_ci; // 95%
};

// On the predictors `use` of `m` (all when empty). Nothing when n <= the
// predictors used + 1 (no degrees of freedom left), y does not vary, or the
// design is singular (a constant or perfectly collinear predictor).
std::optional<Regression> regress(const Moments& m, std::span<const std::size_t> use = {});

// `columns[j][i]` is predictor j for observation i; nothing also when the
// sizes disagree.
std::optional<Regression> regress(const std::vector<std::vector<double>>& columns,
                                  std::span<const double> y);

} // namespace sore::analysis
