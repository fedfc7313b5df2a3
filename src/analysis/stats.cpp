#include "analysis/stats.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <numeric>

namespace sore::analysis {

namespace {

double mean(std::span<const double> v) {
    return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

// Sum of squared deviations from the mean.
double squares(std::span<const double> v, double m) {
    double sum = 0;
    for (double value : v) {
        sum += (value - m) * (value - m);
    }
    return sum;
}

bool varies(std::span<const double> v) {
    return std::adjacent_find(v.begin(), v.end(), std::not_equal_to<>()) != v.end();
}

// Ranks 1..n, tied values sharing the mean of their ranks.
std::vector<double> ranks(std::span<const double> v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return v[a] < v[b]; });
    std::vector<double> rank(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) {
            ++j;
        }
        double shared = (static_cast<double>(i + j) / 2.0) + 1.0;
        for (std::size_t k = i; k <= j; ++k) {
            rank[order[k]] = shared;
        }
        i = j + 1;
    }
    return rank;
}

double pearson(std::span<const double> x, std::span<const double> y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
    }
    return sxy / std::sqrt(squares(x, mx) * squares(y, my));
}

Interval around(double centre, double se, double df) {
    double half = t_975(df) * se;
    return {centre - half, centre + half};
}

} // namespace

double t_975(double df) {
    return boost::math::quantile(boost::math::students_t(df), 0.975);
}

std::optional<LineFit> fit_line(std::span<const double> x, std::span<const double> y) {
    if (x.size() != y.size() || x.size() < 2 || !varies(x)) {
        return std::nullopt;
    }
    double mx = mean(x);
    double my = mean(y);
    double sxx = squares(x, mx);
    double sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
    }
    LineFit fit;
    fit.n = x.size();
    fit.slope = sxy / sxx;
    fit.intercept = my - fit.slope * mx;
    if (fit.n >= 3) {
        double sse = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            double residual = y[i] - fit.intercept - fit.slope * x[i];
            sse += residual * residual;
        }
        auto df = static_cast<double>(fit.n - 2);
        fit.slope_se = std::sqrt(sse / df / sxx);
        fit.slope_ci = around(fit.slope, *fit.slope_se, df);
    }
    return fit;
}

std::optional<double> spearman(std::span<const double> x, std::span<const double> y) {
    if (x.size() != y.size() || x.size() < 2 || !varies(x) || !varies(y)) {
        return std::nullopt;
    }
    return pearson(ranks(x), ranks(y));
}

std::optional<MeanDifference> welch(std::span<const double> with, std::span<const double> without) {
    if (with.size() < 2 || without.size() < 2) {
        return std::nullopt;
    }
    MeanDifference d;
    d.n_with = with.size();
    d.n_without = without.size();
    d.mean_with = mean(with);
    d.mean_without = mean(without);
    d.difference = d.mean_with - d.mean_without;
    // Each group's variance of the mean: s^2 / n.
    double a = squares(with, d.mean_with) / static_cast<double>(d.n_with - 1) /
               static_cast<double>(d.n_with);
    double b = squares(without, d.mean_without) / static_cast<double>(d.n_without - 1) /
               static_cast<double>(d.n_without);
    if (a + b > 0) {
        d.df = (a + b) * (a + b) /
               (a * a / static_cast<double>(d.n_with - 1) +
                b * b / static_cast<double>(d.n_without - 1));
        d.difference_ci = around(d.difference, std::sqrt(a + b), *d.df);
    }
    return d;
}

std::optional<Regression> regress(const std::vector<std::vector<double>>& columns,
                                  std::span<const double> y) {
    const auto n = static_cast<Eigen::Index>(y.size());
    const auto p = static_cast<Eigen::Index>(columns.size()) + 1;
    if (n <= p || !varies(y)) {
        return std::nullopt;
    }
    Eigen::MatrixXd x(n, p);
    x.col(0).setOnes();
    for (Eigen::Index j = 1; j < p; ++j) {
        const auto& column = columns[static_cast<std::size_t>(j - 1)];
        if (static_cast<Eigen::Index>(column.size()) != n) {
            return std::nullopt;
        }
        x.col(j) = Eigen::Map<const Eigen::VectorXd>(column.data(), n);
    }
    const Eigen::Map<const Eigen::VectorXd> yv(y.data(), n);

    // A pivot below 1e-10 of the largest counts as zero: data that is
    // collinear on paper is rarely exactly so after rounding.
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(x.rows(), x.cols());
    qr.setThreshold(1e-10);
    qr.compute(x);
    if (qr.rank() < p) {
        return std::nullopt;
    }
    Eigen::VectorXd beta = qr.solve(yv);
    double sse = (yv - x * beta).squaredNorm();
    double sst = (yv.array() - yv.mean()).matrix().squaredNorm();

    // (X'X)^-1 = P R^-1 R^-T P', from the factors rather than an inverse.
    Eigen::MatrixXd r = qr.matrixR().topLeftCorner(p, p).triangularView<Eigen::Upper>();
    Eigen::MatrixXd r_inv = r.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(p, p));
    Eigen::MatrixXd permuted = r_inv * r_inv.transpose();
    Eigen::MatrixXd unscaled = qr.colsPermutation() * permuted * qr.colsPermutation().transpose();

    Regression fit;
    fit.n = y.size();
    fit.df = static_cast<double>(n - p);
    fit.r_squared = 1.0 - sse / sst;
    double s2 = sse / fit.df;
    auto interval = [&](Eigen::Index j) {
        return around(beta(j), std::sqrt(s2 * unscaled(j, j)), fit.df);
    };
    fit.intercept = beta(0);
    fit.intercept_ci = interval(0);
    for (Eigen::Index j = 1; j < p; ++j) {
        fit.coefficients.push_back(beta(j));
        fit.coefficient_ci.push_back(interval(j));
    }
    return fit;
}

} // namespace sore::analysis
