#include "analysis/stats.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <numeric>

namespace sore::analysis {

namespace {

// Pivots of the predictors' correlation matrix below this count as zero:
// data collinear on paper is rarely exactly so after rounding.
constexpr double singular_below = 1e-10;

struct Weighted {
    double n = 0;
    double mean_x = 0;
    double mean_y = 0;
    double sxx = 0; // sums of centred squares and products
    double syy = 0;
    double sxy = 0;
};

Weighted moments_of(std::span<const Pair> pairs) {
    Weighted w;
    for (const auto& p : pairs) {
        w.n += p.count;
        w.mean_x += p.count * p.x;
        w.mean_y += p.count * p.y;
    }
    w.mean_x /= w.n;
    w.mean_y /= w.n;
    for (const auto& p : pairs) {
        w.sxx += p.count * (p.x - w.mean_x) * (p.x - w.mean_x);
        w.syy += p.count * (p.y - w.mean_y) * (p.y - w.mean_y);
        w.sxy += p.count * (p.x - w.mean_x) * (p.y - w.mean_y);
    }
    return w;
}

double total(std::span<const Pair> pairs) {
    double n = 0;
    for (const auto& p : pairs) {
        n += p.count;
    }
    return n;
}

template <typename Get> bool varies(std::span<const Pair> pairs, Get get) {
    return std::any_of(pairs.begin(), pairs.end(),
                       [&](const Pair& p) { return get(p) != get(pairs.front()); });
}

// Average ranks (1-based, ties sharing the mean of their ranks) of the
// values `get` picks, one per pair.
template <typename Get> std::vector<double> ranks(std::span<const Pair> pairs, Get get) {
    std::vector<std::pair<double, double>> counted; // value, count
    for (const auto& p : pairs) {
        counted.emplace_back(get(p), p.count);
    }
    std::sort(counted.begin(), counted.end());
    std::vector<std::pair<double, double>> rank_of; // value, average rank
    double below = 0;
    for (std::size_t i = 0; i < counted.size();) {
        double count = 0;
        std::size_t j = i;
        for (; j < counted.size() && counted[j].first == counted[i].first; ++j) {
            count += counted[j].second;
        }
        rank_of.emplace_back(counted[i].first, below + (count + 1) / 2);
        below += count;
        i = j;
    }
    std::vector<double> result;
    for (const auto& p : pairs) {
        auto found = std::lower_bound(rank_of.begin(), rank_of.end(), get(p),
                                      [](const auto& entry, double v) { return entry.first < v; });
        result.push_back(found->second);
    }
    return result;
}

std::vector<Pair> pairs_of(std::span<const double> x, std::span<const double> y) {
    std::vector<Pair> pairs;
    for (std::size_t i = 0; i < x.size(); ++i) {
        pairs.push_back({x[i], y[i], 1});
    }
    return pairs;
}

Interval around(double centre, double se, double df) {
    double half = t_975(df) * se;
    return {centre - half, centre + half};
}

} // namespace

double t_975(double df) {
    return boost::math::quantile(boost::math::students_t(df), 0.975);
}

std::optional<LineFit> fit_line(std::span<const Pair> pairs) {
    if (pairs.empty() || total(pairs) < 2 || !varies(pairs, [](const Pair& p) { return p.x; })) {
        return std::nullopt;
    }
    auto w = moments_of(pairs);
    LineFit fit;
    fit.n = static_cast<std::size_t>(std::lround(w.n));
    fit.slope = w.sxy / w.sxx;
    fit.intercept = w.mean_y - fit.slope * w.mean_x;
    if (fit.n >= 3) {
        double sse = 0;
        for (const auto& p : pairs) {
            double residual = p.y - fit.intercept - fit.slope * p.x;
            sse += p.count * residual * residual;
        }
        double df = w.n - 2;
        fit.slope_se = std::sqrt(sse / df / w.sxx);
        fit.slope_ci = around(fit.slope, *fit.slope_se, df);
    }
    return fit;
}

std::optional<LineFit> fit_line(std::span<const double> x, std::span<const double> y) {
    if (x.size() != y.size()) {
        return std::nullopt;
    }
    return fit_line(pairs_of(x, y));
}

std::optional<double> spearman(std::span<const Pair> pairs) {
    auto get_x = [](const Pair& p) {
        return p.x;
    };
    auto get_y = [](const Pair& p) {
        return p.y;
    };
    if (pairs.empty() || total(pairs) < 2 || !varies(pairs, get_x) || !varies(pairs, get_y)) {
        return std::nullopt;
    }
    auto rx = ranks(pairs, get_x);
    auto ry = ranks(pairs, get_y);
    std::vector<Pair> ranked;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        ranked.push_back({rx[i], ry[i], pairs[i].count});
    }
    auto w = moments_of(ranked);
    return w.sxy / std::sqrt(w.sxx * w.syy);
}

std::optional<double> spearman(std::span<const double> x, std::span<const double> y) {
    if (x.size() != y.size()) {
        return std::nullopt;
    }
    return spearman(pairs_of(x, y));
}

std::optional<MeanDifference> welch(std::span<const Pair> pairs) {
    // Index 0 is the group without the cause, 1 the group with it.
    std::array<double, 2> n{};
    std::array<double, 2> sum{};
    for (const auto& p : pairs) {
        auto g = static_cast<std::size_t>(p.x != 0);
        n[g] += p.count;
        sum[g] += p.count * p.y;
    }
    if (n[0] < 2 || n[1] < 2) {
        return std::nullopt;
    }
    std::array<double, 2> mean{sum[0] / n[0], sum[1] / n[1]};
    std::array<double, 2> squares{};
    for (const auto& p : pairs) {
        auto g = static_cast<std::size_t>(p.x != 0);
        squares[g] += p.count * (p.y - mean[g]) * (p.y - mean[g]);
    }
    MeanDifference d;
    d.n_with = static_cast<std::size_t>(std::lround(n[1]));
    d.n_without = static_cast<std::size_t>(std::lround(n[0]));
    d.mean_with = mean[1];
    d.mean_without = mean[0];
    d.difference = mean[1] - mean[0];
    // Each group's variance of the mean: s^2 / n.
    double a = squares[1] / (n[1] - 1) / n[1];
    double b = squares[0] / (n[0] - 1) / n[0];
    if (a + b > 0) {
        d.df = (a + b) * (a + b) / (a * a / (n[1] - 1) + b * b / (n[0] - 1));
        d.difference_ci = around(d.difference, std::sqrt(a + b), *d.df);
    }
    return d;
}

std::optional<MeanDifference> welch(std::span<const double> with, std::span<const double> without) {
    std::vector<Pair> pairs;
    for (double y : with) {
        pairs.push_back({1, y, 1});
    }
    for (double y : without) {
        pairs.push_back({0, y, 1});
    }
    return welch(pairs);
}

Moments::Moments(std::size_t predictors)
    : size_(predictors + 1), mean_(size_, 0.0), cross_(size_ * size_, 0.0), delta_(size_, 0.0) {}

void Moments::add(std::span<const double> x, double y) {
    ++n_;
    auto n = static_cast<double>(n_);
    for (std::size_t j = 0; j < size_; ++j) {
        delta_[j] = (j < x.size() ? x[j] : y) - mean_[j];
        mean_[j] += delta_[j] / n;
    }
    double weight = (n - 1) / n;
    for (std::size_t i = 0; i < size_; ++i) {
        for (std::size_t j = 0; j < size_; ++j) {
            cross_[i * size_ + j] += weight * delta_[i] * delta_[j];
        }
    }
}

bool Moments::varies(std::size_t j) const {
    return cross(j, j) > 0;
}

std::optional<Regression> regress(const Moments& m, std::span<const std::size_t> use) {
    std::vector<std::size_t> columns(use.begin(), use.end());
    if (columns.empty()) {
        columns.resize(m.predictors());
        std::iota(columns.begin(), columns.end(), 0);
    }
    const auto k = static_cast<Eigen::Index>(columns.size());
    const auto y = m.predictors();
    if (k == 0 || m.n() <= columns.size() + 1 || !m.varies(m.predictors())) {
        return std::nullopt;
    }
    Eigen::MatrixXd sxx(k, k);
    Eigen::VectorXd sxy(k);
    Eigen::VectorXd mean_x(k);
    for (Eigen::Index i = 0; i < k; ++i) {
        auto ci = columns[static_cast<std::size_t>(i)];
        if (!m.varies(columns[static_cast<std::size_t>(i)])) {
            return std::nullopt;
        }
        for (Eigen::Index j = 0; j < k; ++j) {
            sxx(i, j) = m.cross(ci, columns[static_cast<std::size_t>(j)]);
        }
        sxy(i) = m.cross(ci, y);
        mean_x(i) = m.mean(ci);
    }
    // On the correlation scale every predictor weighs the same, so one
    // threshold finds a singular design whatever the units.
    Eigen::VectorXd scale = sxx.diagonal().cwiseSqrt().cwiseInverse();
    Eigen::MatrixXd correlation = scale.asDiagonal() * sxx * scale.asDiagonal();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(correlation, Eigen::EigenvaluesOnly);
    if (eigen.eigenvalues().minCoeff() < singular_below) {
        return std::nullopt;
    }
    Eigen::LDLT<Eigen::MatrixXd> ldlt(correlation);
    Eigen::MatrixXd inverse =
        scale.asDiagonal() * ldlt.solve(Eigen::MatrixXd::Identity(k, k)) * scale.asDiagonal();
    Eigen::VectorXd beta = inverse * sxy;
    double syy = m.cross(y, y);
    double sse = std::max(0.0, syy - sxy.dot(beta));

    Regression fit;
    fit.n = m.n();
    fit.df = static_cast<double>(m.n()) - static_cast<double>(k) - 1;
    fit.r_squared = 1.0 - sse / syy;
    double s2 = sse / fit.df;
    fit.intercept = m.mean(y) - beta.dot(mean_x);
    double intercept_var = s2 * (1.0 / static_cast<double>(m.n()) + mean_x.dot(inverse * mean_x));
    fit.intercept_ci = around(fit.intercept, std::sqrt(intercept_var), fit.df);
    for (Eigen::Index j = 0; j < k; ++j) {
        fit.coefficients.push_back(beta(j));
        fit.coefficient_ci.push_back(around(beta(j), std::sqrt(s2 * inverse(j, j)), fit.df));
    }
    return fit;
}

std::optional<Regression> regress(const std::vector<std::vector<double>>& columns,
                                  std::span<const double> y) {
    Moments m(columns.size());
    std::vector<double> x(columns.size());
    for (std::size_t i = 0; i < y.size(); ++i) {
        for (std::size_t j = 0; j < columns.size(); ++j) {
            if (columns[j].size() != y.size()) {
                return std::nullopt;
            }
            x[j] = columns[j][i];
        }
        m.add(x, y[i]);
    }
    return regress(m);
}

} // namespace sore::analysis
