# Expected figures for src/analysis/stats.cpp, computed independently with
# SciPy and statsmodels (not by re-implementing the formulas), together with
# the data they were computed from. tests/unit/stats_test.cpp reads both the
# data and the expectations from stats_expected.json and checks the C++
# implementation to 1e-6.
#
# Regenerate (Debian's Python: scipy 1.10.1, statsmodels 0.13.5, numpy):
#
#     /usr/bin/python3 tests/data/stats_expected.py tests/data/stats_expected.json
#
# With no argument the JSON goes to standard output. The output is stable:
# the data are fixed here (the random regression set comes from a seeded
# generator and is stored as plain numbers), keys are sorted and floats are
# written with json's repr, i.e. full precision.
#
# "expected": null means the function must return nothing; an optional field
# the function must leave empty is null too. The conditions for "nothing"
# come from the contract in src/analysis/stats.hpp; for each of them the
# script checks that the reference package indeed cannot give a meaningful
# figure (it raises, or gives nan/inf, or reports a rank-deficient design).
#
# The data are chosen so that the plausible mistakes (1.96 instead of
# Student's t, a pooled instead of Welch's variance, Pearson instead of
# Spearman, ordinal instead of average ranks for ties) move the figures by
# far more than the tolerance; the script asserts that too (see `differs`).

import json
import math
import sys
import warnings

import numpy as np
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

# A mistake must move some checked figure by at least this much (the C++
# tolerance is 1e-6).
DISCRIMINATION = 1e-3

# Degenerate data make numpy divide by zero; the results are checked below.
np.seterr(all="ignore")


def differs(a, b, what):
    assert abs(a - b) > DISCRIMINATION, f"{what}: {a} vs {b} do not differ enough"


def finite_or_none(value):
    value = float(value)
    return value if math.isfinite(value) else None


def interval(low, high):
    return {"low": float(low), "high": float(high)}


def plain(values):
    """Numbers as JSON-friendly Python ints/floats (whole numbers stay ints)."""
    out = []
    for v in values:
        v = v.item() if hasattr(v, "item") else v
        out.append(v)
    return out


def t975(df):
    return float(st.t.ppf(0.975, df))


# ---------------------------------------------------------------- fit_line


def fit_line_case(name, x, y):
    case = {"name": name, "x": plain(x), "y": plain(y), "expected": None}
    n = len(x)
    if n != len(y):
        try:
            st.linregress(x, y)
            raise AssertionError(f"{name}: linregress accepted mismatched lengths")
        except ValueError:
            pass
        return case
    if n < 2:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = st.linregress(x, y)
        assert math.isnan(r.slope), name
        return case
    if len(set(x)) == 1:
        try:
            st.linregress(x, y)
            raise AssertionError(f"{name}: linregress accepted a constant x")
        except ValueError:
            pass
        return case
    r = st.linregress(x, y)
    expected = {
        "n": n,
        "slope": float(r.slope),
        "intercept": float(r.intercept),
        "slope_se": None,
        "slope_ci": None,
    }
    if n >= 3:
        half = t975(n - 2) * float(r.stderr)
        expected["slope_se"] = float(r.stderr)
        expected["slope_ci"] = interval(r.slope - half, r.slope + half)
        if r.stderr > 0:
            differs(half, 1.959963984540054 * r.stderr, f"{name}: t vs normal")
    case["expected"] = expected
    return case


def weekly_mean(days):
    return float(np.mean(days))


SITTING_HOURS = [3.5, 4.25, 5.0, 5.75, 6.5, 7.0, 7.5, 8.25, 8.75, 9.5, 10.0, 11.25]
SITTING_SORENESS = [2, 1, 3, 2, 4, 3, 5, 4, 6, 5, 7, 6]

# Weekly means of whole-number daily ratings, weeks 3, 6, 7 and 10 missing.
WEEKS = [0, 1, 2, 4, 5, 8, 9, 11]
WEEKLY_MEANS = [
    weekly_mean([6, 7, 5, 6, 6, 7, 5]),
    weekly_mean([6, 5, 6, 4, 5, 6, 5]),
    weekly_mean([5, 5, 6, 4]),
    weekly_mean([4, 5, 5, 3, 4, 5, 4]),
    weekly_mean([5, 4, 4, 3, 4, 4]),
    weekly_mean([3, 4, 3, 3, 2, 4, 3]),
    weekly_mean([3, 3, 4, 2, 3]),
    weekly_mean([2, 3, 2, 2, 3, 1, 2]),
]

fit_line_cases = [
    fit_line_case("sitting_hours", SITTING_HOURS, SITTING_SORENESS),
    fit_line_case(
        "ordinal_ties",
        [1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 1, 2],
        [2, 3, 2, 3, 5, 4, 3, 6, 5, 7, 6, 8, 7, 9, 1, 4],
    ),
    fit_line_case("two_points", [2.5, 6.0], [3, 8]),
    fit_line_case("constant_x", [7.5, 7.5, 7.5, 7.5], [2, 5, 3, 6]),
    fit_line_case("one_point", [7.5], [4]),
    fit_line_case("perfect_fit", [0.5, 1.5, 2.5, 4.0, 7.25], [1.25, 3.25, 5.25, 8.25, 14.75]),
    fit_line_case("weekly_trend", WEEKS, WEEKLY_MEANS),
    fit_line_case("single_week", [3], [weekly_mean([5, 4, 6, 5, 4, 5, 3])]),
    fit_line_case("mismatched_lengths", [1.0, 2.0, 3.0], [4, 5]),
]

# ---------------------------------------------------------------- spearman


def spearman_case(name, x, y):
    case = {"name": name, "x": plain(x), "y": plain(y), "expected": None}
    if len(x) != len(y):
        try:
            st.spearmanr(x, y)
            raise AssertionError(f"{name}: spearmanr accepted mismatched lengths")
        except ValueError:
            pass
        return case
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rho = float(st.spearmanr(x, y).statistic)
    case["expected"] = finite_or_none(rho)
    if case["expected"] is not None and len(x) > 2:
        differs(rho, st.pearsonr(x, y).statistic, f"{name}: Spearman vs Pearson")
        if len(set(x)) < len(x) or len(set(y)) < len(y):
            ordinal = st.pearsonr(
                st.rankdata(x, method="ordinal"), st.rankdata(y, method="ordinal")
            ).statistic
            differs(rho, ordinal, f"{name}: average vs ordinal ranks")
    return case


spearman_cases = [
    spearman_case(
        "heavy_ties",
        [1, 3, 2, 2, 4, 1, 3, 4, 2, 1, 3, 4, 2, 1],
        [2, 5, 5, 3, 8, 3, 5, 10, 2, 2, 6, 8, 5, 3],
    ),
    spearman_case(
        "no_ties",
        [3.5, 4.25, 5.0, 5.75, 6.5, 7.0, 7.5, 8.25, 9.5],
        [1, 0, 2, 3, 7, 4, 9, 10, 8],
    ),
    spearman_case("negative", [0, 1, 2, 3, 4, 5, 6, 7], [9, 9, 7, 8, 4, 1, 2, 0]),
    spearman_case("constant_x", [2, 2, 2, 2, 2], [1, 4, 3, 6, 5]),
    spearman_case("constant_y", [1, 2, 3, 4, 5], [4, 4, 4, 4, 4]),
    spearman_case("two_points", [6.5, 2.0], [3, 7]),
    spearman_case("one_point", [6.5], [3]),
    spearman_case("mismatched_lengths", [1, 2, 3], [3, 2]),
]

# ---------------------------------------------------------------- welch


def welch_case(name, with_, without):
    case = {"name": name, "with": plain(with_), "without": plain(without), "expected": None}
    d1 = DescrStatsW(np.asarray(with_, dtype=float))
    d2 = DescrStatsW(np.asarray(without, dtype=float))
    cm = CompareMeans(d1, d2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        low, high = cm.tconfint_diff(alpha=0.05, alternative="two-sided", usevar="unequal")
        df = cm.ttest_ind(alternative="two-sided", usevar="unequal")[2]
    if len(with_) < 2 or len(without) < 2:
        assert not math.isfinite(df), f"{name}: statsmodels gave df {df}"
        return case
    expected = {
        "n_with": int(d1.nobs),
        "n_without": int(d2.nobs),
        "mean_with": float(d1.mean),
        "mean_without": float(d2.mean),
        "difference": float(d1.mean - d2.mean),
        "df": finite_or_none(df),
        "difference_ci": None,
    }
    if math.isfinite(low) and math.isfinite(high):
        assert expected["df"] is not None, name
        expected["difference_ci"] = interval(low, high)
        plow, phigh = cm.tconfint_diff(alpha=0.05, alternative="two-sided", usevar="pooled")
        pdf = cm.ttest_ind(alternative="two-sided", usevar="pooled")[2]
        differs(low, plow, f"{name}: Welch vs pooled interval")
        differs(df, pdf, f"{name}: Welch vs pooled df")
    else:
        assert d1.var == 0 and d2.var == 0, name
        assert expected["df"] is None, name
    case["expected"] = expected
    return case


welch_cases = [
    welch_case(
        "unequal_variances",
        [7, 8, 5, 9, 6, 8, 10, 4, 7, 9, 3, 8],
        [3, 4, 3, 4, 3],
    ),
    welch_case("group_of_two", [6, 9], [3, 5, 4, 2, 6, 4, 3]),
    welch_case("group_of_one", [7], [3, 4, 5]),
    welch_case("both_constant", [5, 5, 5], [3, 3, 3, 3]),
    welch_case("one_constant", [4, 4, 4, 4], [2, 5, 3, 6, 1]),
]

# ---------------------------------------------------------------- regress


def regress_case(name, columns, y):
    case = {
        "name": name,
        "columns": [plain(c) for c in columns],
        "y": plain(y),
        "expected": None,
    }
    n = len(y)
    if any(len(c) != n for c in columns):
        return case
    X = sm.add_constant(np.column_stack(columns).astype(float), has_constant="add")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fit = sm.OLS(np.asarray(y, dtype=float), X).fit()
        ci = fit.conf_int(0.05)
        r2 = float(fit.rsquared)
    if fit.model.rank < X.shape[1]:
        return case  # singular design: a constant or collinear predictor
    if fit.df_resid <= 0:
        assert n <= len(columns) + 1, name
        return case
    if not math.isfinite(r2):
        assert len(set(y)) == 1, name
        return case
    case["expected"] = {
        "n": int(fit.nobs),
        "df": float(fit.df_resid),
        "r_squared": r2,
        "intercept": float(fit.params[0]),
        "intercept_ci": interval(ci[0, 0], ci[0, 1]),
        "coefficients": [float(b) for b in fit.params[1:]],
        "coefficient_ci": [interval(lo, hi) for lo, hi in ci[1:]],
    }
    return case


def five_predictors():
    rng = np.random.default_rng(20240611)
    n = 30
    sitting = rng.integers(14, 46, n) / 4.0  # 3.5 to 11.25 hours, quarter hours
    pressure = rng.integers(1, 5, n)
    knots = rng.integers(0, 7, n)
    injury = rng.integers(0, 2, n)
    emotional = rng.integers(0, 2, n)
    noise = rng.normal(0.0, 1.0, n)
    soreness = np.clip(
        np.rint(
            -2.0 + 0.55 * sitting + 0.6 * pressure + 0.35 * knots + 1.5 * injury
            + 0.8 * emotional + noise
        ),
        0,
        10,
    ).astype(int)
    columns = [sitting, pressure, knots, injury, emotional]
    return columns, soreness


regress_columns, regress_y = five_predictors()
one_predictor = regress_case("one_predictor", [SITTING_HOURS], SITTING_SORENESS)

# One predictor is the straight line: statsmodels and linregress must agree.
line = fit_line_cases[0]["expected"]
reg = one_predictor["expected"]
for a, b in [
    (line["slope"], reg["coefficients"][0]),
    (line["intercept"], reg["intercept"]),
    (line["slope_ci"]["low"], reg["coefficient_ci"][0]["low"]),
    (line["slope_ci"]["high"], reg["coefficient_ci"][0]["high"]),
]:
    assert abs(a - b) < 1e-12, (a, b)

regress_cases = [
    regress_case("five_predictors", regress_columns, regress_y),
    one_predictor,
    regress_case(
        "constant_predictor",
        [[3.5, 5.0, 6.25, 7.0, 8.5, 9.0, 10.75], [2, 2, 2, 2, 2, 2, 2]],
        [1, 3, 2, 4, 6, 5, 8],
    ),
    regress_case(
        "collinear_predictors",
        [[3.5, 5.0, 6.25, 7.0, 8.5, 9.0, 10.75], [7.0, 10.0, 12.5, 14.0, 17.0, 18.0, 21.5]],
        [1, 3, 2, 4, 6, 5, 8],
    ),
    regress_case(
        "complementary_dummies",
        [[4.0, 6.5, 8.0, 5.25, 9.5, 7.0, 10.0], [1, 0, 1, 0, 0, 1, 1], [0, 1, 0, 1, 1, 0, 0]],
        [2, 3, 5, 2, 6, 4, 7],
    ),
    regress_case("no_residual_df", [[3.5, 6.0, 8.25], [1, 3, 2]], [2, 5, 6]),
    regress_case(
        "constant_y",
        [[3.5, 5.0, 6.25, 7.0, 8.5], [1, 2, 4, 3, 2]],
        [4, 4, 4, 4, 4],
    ),
    regress_case("mismatched_lengths", [[1.0, 2.0, 3.0, 4.0], [1, 2, 3]], [1, 2, 4, 3]),
]

assert regress_cases[0]["expected"] is not None
for c in regress_cases[0]["expected"]["coefficient_ci"]:
    assert c["low"] < c["high"]

# ---------------------------------------------------------------- t_975

t_cases = [{"df": df, "expected": t975(df)} for df in [1, 2, 5.5, 30, 1000]]

# ---------------------------------------------------------------- output

document = {
    "generated_by": {
        "script": "tests/data/stats_expected.py",
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "statsmodels": statsmodels.__version__,
    },
    "fit_line": fit_line_cases,
    "spearman": spearman_cases,
    "welch": welch_cases,
    "regress": regress_cases,
    "t_975": t_cases,
}

text = json.dumps(document, indent=2, sort_keys=True, allow_nan=False) + "\n"
if len(sys.argv) > 1:
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write(text)
else:
    sys.stdout.write(text)
