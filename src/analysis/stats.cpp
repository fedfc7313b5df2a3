#include "analysis/stats.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <numeric>

namespace sore::analysis {

namespace {

// A column that adds less than this to the rank of the ones before it (in
// units of its own length) is a combination of them: data collinear on
// paper is rarely exactly so after rounding.
constexpr double collinear_below = 1e-9;
// Residuals this small next to how y varies are rounding: an exact fit.
constexpr double rounding = 1e-9;
// A leverage this close to 1 means one observation alone fixes a
// coefficient; HC3 divides by 1 - leverage.
constexpr double whole_leverage = 1e-10;

using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

// Boost.Math works in long double by default, and fills its tables for it
// before main, at every start of sore; double is exact enough here (the
// figures are held to statsmodels' to 1e-6) and quicker to set up.
using InDouble = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
using students_t = boost::math::students_t_distribution<double, InDouble>;

// Average ranks, 1-based, ties sharing the mean of their ranks.
std::vector<double> ranks(std::span<const double> values) {
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> rank(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && values[order[j]] == values[order[i]]) {
            ++j;
        }
        double shared = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2;
        for (std::size_t m = i; m < j; ++m) {
            rank[order[m]] = shared;
        }
        i = j;
    }
    return rank;
}

bool varies(std::span<const double> values) {
    return std::any_of(values.begin(), values.end(), [&](double v) { return v != values.front(); });
}

// Whether `column` adds to the rank of `kept` (columns scaled to unit
// length first, so that the threshold does not depend on units).
bool adds_rank(const Matrix& kept, const Vector& column) {
    if (column.norm() == 0) {
        return false;
    }
    Matrix both(kept.rows(), kept.cols() + 1);
    for (Eigen::Index j = 0; j < kept.cols(); ++j) {
        both.col(j) = kept.col(j) / kept.col(j).norm();
    }
    both.col(kept.cols()) = column / column.norm();
    Eigen::ColPivHouseholderQR<Matrix> qr(both);
    qr.setThreshold(collinear_below);
    return qr.rank() == both.cols();
}

// The middle of the sandwich (X'X)^-1 S (X'X)^-1.
Matrix meat(const Matrix& x, const Vector& residual, const Matrix& bread, Errors errors,
            std::size_t lags) {
    auto n = x.rows();
    Matrix s = Matrix::Zero(x.cols(), x.cols());
    if (errors == Errors::hc3) {
        for (Eigen::Index i = 0; i < n; ++i) {
            Vector row = x.row(i).transpose();
            double leverage = row.dot(bread * row);
            double scaled = residual(i) / (1 - leverage);
            s += scaled * scaled * row * row.transpose();
        }
        return s;
    }
    Matrix score = x.array().colwise() * residual.array();
    s = score.transpose() * score;
    for (std::size_t lag = 1; lag <= lags; ++lag) {
        double weight = 1 - static_cast<double>(lag) / static_cast<double>(lags + 1);
        auto l = static_cast<Eigen::Index>(lag);
        Matrix cross = score.bottomRows(n - l).transpose() * score.topRows(n - l);
        s += weight * (cross + cross.transpose());
    }
    return s;
}

bool lone_observation(const Matrix& x, const Matrix& bread) {
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        Vector row = x.row(i).transpose();
        if (row.dot(bread * row) > 1 - whole_leverage) {
            return true;
        }
    }
    return false;
}

Coefficient coefficient_of(double estimate, std::optional<double> variance, double df) {
    Coefficient c{estimate, {}, {}, {}};
    if (!variance || !(*variance > 0)) {
        return c;
    }
    double se = std::sqrt(*variance);
    double half = t_975(df) * se;
    c.se = se;
    c.ci = Interval{estimate - half, estimate + half};
    c.p = 2 * boost::math::cdf(boost::math::complement(students_t(df), std::abs(estimate / se)));
    return c;
}

} // namespace

double t_975(double df) {
    return boost::math::quantile(students_t(df), 0.975);
}

double t_quantile(double p, double df) {
    return boost::math::quantile(students_t(df), p);
}

std::optional<double> spearman(std::span<const double> x, std::span<const double> y) {
    if (x.size() != y.size() || x.size() < 2 || !varies(x) || !varies(y)) {
        return std::nullopt;
    }
    auto rx = ranks(x);
    auto ry = ranks(y);
    auto n = static_cast<Eigen::Index>(rx.size());
    Vector a = Eigen::Map<Vector>(rx.data(), n);
    Vector b = Eigen::Map<Vector>(ry.data(), n);
    a.array() -= a.mean();
    b.array() -= b.mean();
    return a.dot(b) / std::sqrt(a.squaredNorm() * b.squaredNorm());
}

std::size_t newey_west_lags(std::size_t n) {
    return static_cast<std::size_t>(
        std::floor(4 * std::pow(static_cast<double>(n) / 100.0, 2.0 / 9.0)));
}

bool negligible(double a, double scale) {
    return a <= rounding * scale;
}

std::optional<Fit> fit(const std::vector<std::vector<double>>& columns, std::span<const double> y,
                       Errors errors) {
    auto n = static_cast<Eigen::Index>(y.size());
    for (const auto& column : columns) {
        if (column.size() != y.size()) {
            return std::nullopt;
        }
    }
    Fit result;
    result.n = y.size();
    result.coefficients.resize(columns.size());
    Matrix kept = Matrix::Ones(n, 1); // the intercept
    std::vector<std::size_t> used;
    for (std::size_t j = 0; j < columns.size(); ++j) {
        Vector column = Eigen::Map<const Vector>(columns[j].data(), n);
        if (adds_rank(kept, column)) {
            kept.conservativeResize(Eigen::NoChange, kept.cols() + 1);
            kept.col(kept.cols() - 1) = column;
            used.push_back(j);
        } else {
            result.dropped.push_back(j);
        }
    }
    auto k = kept.cols();
    if (n <= k) {
        return std::nullopt;
    }
    result.df = static_cast<double>(n - k);
    Vector observed = Eigen::Map<const Vector>(y.data(), n);
    Matrix bread = (kept.transpose() * kept).ldlt().solve(Matrix::Identity(k, k));
    Vector beta = bread * (kept.transpose() * observed);
    Vector residual = observed - kept * beta;
    // A y that never varies is fitted exactly by its value and nothing else;
    // rounding in the solve would otherwise give slopes of 1e-16 and an
    // interval of no width around them.
    bool constant = std::all_of(y.begin(), y.end(), [&](double v) { return v == y.front(); });
    if (constant) {
        beta.setZero();
        beta(0) = y.front();
        residual.setZero();
    }
    result.exact = constant || negligible(residual.norm(),
                                          (observed.array() - observed.mean()).matrix().norm());

    std::optional<Matrix> cov;
    if (!result.exact) {
        if (errors == Errors::hc3 && lone_observation(kept, bread)) {
            return std::nullopt;
        }
        result.lags = errors == Errors::newey_west ? newey_west_lags(result.n) : 0;
        Matrix c = bread * meat(kept, residual, bread, errors, result.lags) * bread;
        if (errors == Errors::newey_west) {
            c *= static_cast<double>(n) / result.df; // statsmodels' small-sample factor
        }
        cov = c;
    } else if (errors == Errors::newey_west) {
        result.lags = newey_west_lags(result.n);
    }
    auto variance = [&](Eigen::Index i) -> std::optional<double> {
        return cov ? std::optional<double>((*cov)(i, i)) : std::nullopt;
    };
    result.intercept = coefficient_of(beta(0), variance(0), result.df);
    for (std::size_t i = 0; i < used.size(); ++i) {
        auto at = static_cast<Eigen::Index>(i + 1);
        result.coefficients[used[i]] = coefficient_of(beta(at), variance(at), result.df);
    }
    return result;
}

double quantile(std::vector<double> values, double q) {
    std::sort(values.begin(), values.end());
    double at = q * static_cast<double>(values.size() - 1);
    auto below = static_cast<std::size_t>(std::floor(at));
    auto above = std::min(below + 1, values.size() - 1);
    return values[below] + (at - static_cast<double>(below)) * (values[above] - values[below]);
}

double median(std::vector<double> values) {
    return quantile(std::move(values), 0.5);
}

std::optional<MeanInterval> mean_interval(std::span<const double> values) {
    if (values.empty()) {
        return std::nullopt;
    }
    MeanInterval m;
    m.n = values.size();
    m.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(m.n);
    if (m.n >= 2) {
        double squares = 0;
        for (double v : values) {
            squares += (v - m.mean) * (v - m.mean);
        }
        double se = std::sqrt(squares / static_cast<double>(m.n - 1) / static_cast<double>(m.n));
        double half = t_975(static_cast<double>(m.n - 1)) * se;
        m.ci = Interval{m.mean - half, m.mean + half};
    }
    return m;
}

std::vector<double> holm(std::span<const double> p) {
    std::vector<std::size_t> order(p.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    std::vector<double> adjusted(p.size());
    double running = 0;
    for (std::size_t j = 0; j < order.size(); ++j) {
        double scaled = std::min(1.0, static_cast<double>(p.size() - j) * p[order[j]]);
        running = std::max(running, scaled);
        adjusted[order[j]] = running;
    }
    return adjusted;
}

} // namespace sore::analysis
