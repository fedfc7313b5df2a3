# Expected figures for analysis::level_means (src/analysis/recovery.hpp) and
# for analysis::quantile and analysis::mean_interval (src/analysis/stats.hpp),
# computed independently with statsmodels, NumPy and SciPy, together with the
# data they were computed from. tests/unit/recovery_means_test.cpp reads both
# from recovery_expected.json and checks the C++ to 1e-6.
#
# Regenerate (Debian's Python: statsmodels 0.13, patsy, pandas, SciPy, NumPy;
# not the pyenv python3, which lacks them):
#
#     /usr/bin/python3 tests/data/recovery_expected.py tests/data/recovery_expected.json
#
# With no argument the JSON goes to standard output. The output is stable:
# the data come from a seeded generator and are stored as plain numbers,
# keys are sorted and floats are written with json's repr (full precision).
#
# level_means. One fit of the model as a formula,
#
#   smf.ols("left ~ C(pressure) + baseline + months", data)
#      .fit(cov_type="HC3", use_t=True)
#
# (treatment coding, the lightest level the reference), and every figure
# from its b = params and V = cov_params() by contrasts, not by refitting
# with another level as the reference as the C++ does:
#
#   estimate[j]   = L_j b, L_j the design row (patsy, from the fit's own
#                   design_info) of level j at the mean baseline and months
#   ci            = L_j b -/+ t(0.975, df_resid) sqrt(L_j V L_j')
#   best          = the level with the lowest estimate
#   difference[j] = (L_j - L_best) b, ci likewise; 0 and null for best
#   per_month     = the months coefficient: params, bse, conf_int(), pvalues
#
# "expected": null where the contract says nothing comes back (no degree of
# freedom left, or one session alone fixes a figure: HC3 leverage 1); the
# script checks that statsmodels cannot give a meaningful figure there. A
# months column that never varies is dropped: per_month null, the means
# still there (statsmodels' pinv fit gives them, with df_resid = n - rank).
#
# quantile: numpy.quantile (method "linear", R's type 7). mean_interval:
# the mean and scipy.stats.t.interval(0.95, n - 1, mean, sem); no interval
# for one value, nothing for none.
#
# The data are chosen so that plausible mistakes move some checked figure by
# far more than the tolerance; the script asserts that too (`differs`): HC1
# or plain OLS errors for HC3, the normal for Student's t, the means at
# baseline and months 0 rather than at their means, differences from the
# lightest level rather than the lowest, a raw mean per level.

import json
import math
import sys
import warnings

import numpy as np
import pandas as pd
import patsy
import scipy.stats as st
import statsmodels.formula.api as smf

DISCRIMINATION = 1e-3
FORMULA = "left ~ C(pressure) + baseline + months"
DAYS_PER_MONTH = 365.25 / 12

np.seterr(all="ignore")
warnings.simplefilter("ignore")


def differs(a, b, what):
    assert abs(a - b) > DISCRIMINATION, f"{what}: {a} vs {b} do not differ enough"


def interval(low, high):
    return {"low": float(low), "high": float(high)}


# ---------------------------------------------------------------- data

rng = np.random.default_rng(20240611)


def sessions(levels, counts, effects, spread=1.0, months_constant=False):
    """Rows at the given levels in time order: `counts[i]` sessions at
    levels[i], shuffled over up to six months. left = 1 + effect of the level
    + 0.6 baseline - 0.15 months + noise that grows with the pressure."""
    pressure = np.repeat(levels, counts)
    rng.shuffle(pressure)
    n = len(pressure)
    days = np.sort(rng.choice(np.arange(0, 183), size=n, replace=False))
    days = days - days[0]
    months = np.zeros(n) if months_constant else days / DAYS_PER_MONTH
    baseline = np.round(rng.uniform(1, 4, size=n), 2)
    effect = np.array([effects[p] for p in pressure])
    noise = rng.normal(0, spread * (0.5 + 0.25 * pressure), size=n)
    left = np.round(1 + effect + 0.6 * baseline - 0.15 * months + noise, 2)
    return pd.DataFrame(
        {"pressure": pressure.astype(int), "baseline": baseline, "months": months, "left": left}
    )


def rows_json(df):
    return {
        "pressure": [int(v) for v in df["pressure"]],
        "baseline": [float(v) for v in df["baseline"]],
        "months": [float(v) for v in df["months"]],
        "left": [float(v) for v in df["left"]],
    }


# ---------------------------------------------------------------- level means


def fit_model(df, cov_type="HC3", use_t=True):
    return smf.ols(FORMULA, data=df).fit(cov_type=cov_type, use_t=use_t)


def contrast_rows(res, df):
    """L_j for each level, lightest first: the fit's own design row for the
    level at the mean baseline and months."""
    levels = sorted(set(int(p) for p in df["pressure"]))
    at = pd.DataFrame(
        {
            "pressure": levels,
            "baseline": [df["baseline"].mean()] * len(levels),
            "months": [df["months"].mean()] * len(levels),
        }
    )
    design_info = res.model.data.design_info
    (L,) = patsy.build_design_matrices([design_info], at)
    return levels, np.asarray(L)


def contrast(res, L, quantile):
    b = np.asarray(res.params)
    V = np.asarray(res.cov_params())
    estimate = float(L @ b)
    se = math.sqrt(float(L @ V @ L))
    return estimate, se, interval(estimate - quantile * se, estimate + quantile * se)


def level_means(df, cov_type="HC3", use_t=True, at_zero=False, against_lightest=False):
    res = fit_model(df, cov_type, use_t)
    df_resid = res.df_resid
    q = st.t.ppf(0.975, df_resid) if use_t else st.norm.ppf(0.975)
    levels, L = contrast_rows(res, df)
    if at_zero:
        names = list(res.model.exog_names)
        L = L.copy()
        L[:, names.index("baseline")] = 0
        L[:, names.index("months")] = 0
    means = [contrast(res, L[j], q) for j in range(len(levels))]
    best = int(np.argmin([m[0] for m in means]))
    reference = 0 if against_lightest else best
    adjusted = []
    for j, (estimate, _, ci) in enumerate(means):
        if j == reference:
            adjusted.append(
                {"estimate": estimate, "ci": ci, "difference": 0.0, "difference_ci": None}
            )
            continue
        difference, _, difference_ci = contrast(res, L[j] - L[reference], q)
        adjusted.append(
            {
                "estimate": estimate,
                "ci": ci,
                "difference": difference,
                "difference_ci": difference_ci,
            }
        )
    months_kept = np.linalg.matrix_rank(res.model.exog) == res.model.exog.shape[1]
    per_month = None
    if months_kept:
        low, high = res.conf_int(alpha=0.05).loc["months"]
        per_month = {
            "estimate": float(res.params["months"]),
            "se": float(res.bse["months"]),
            "ci": interval(low, high),
            "p": float(res.pvalues["months"]),
        }
    return {"levels": levels, "best": best, "adjusted": adjusted, "per_month": per_month}


def figures(expected):
    """Every checked number of a level_means result, flattened."""
    out = []
    for a in expected["adjusted"]:
        out += [a["estimate"], a["ci"]["low"], a["ci"]["high"], a["difference"]]
        if a["difference_ci"]:
            out += [a["difference_ci"]["low"], a["difference_ci"]["high"]]
    return out


def largest_move(a, b):
    fa, fb = figures(a), figures(b)
    assert len(fa) == len(fb)
    return max(abs(x - y) for x, y in zip(fa, fb))


level_cases = []


def level_case(name, df):
    expected = level_means(df)
    level_cases.append({"name": name, "rows": rows_json(df), "expected": expected})
    return expected


def nothing_case(name, df, why):
    level_cases.append({"name": name, "rows": rows_json(df), "expected": None})
    res = fit_model(df)
    if why == "no_df":
        assert res.df_resid == 0
        assert not np.all(np.isfinite(res.bse)) or not np.isfinite(st.t.ppf(0.975, res.df_resid))
    elif why == "leverage_one":
        hat = res.get_influence().hat_matrix_diag
        assert np.max(hat) > 1 - 1e-10, np.max(hat)
    else:
        raise ValueError(why)


two = sessions([2, 3], [7, 7], {2: 0.5, 3: 1.6})
e_two = level_case("two_levels", two)

three = sessions([1, 2, 3], [8, 8, 8], {1: 1.9, 2: 0.3, 3: 1.5})
e_three = level_case("three_levels", three)
assert e_three["best"] == 1, e_three["best"]  # not the lightest

four = sessions([1, 2, 3, 4], [10, 10, 10, 10], {1: 1.3, 2: 1.4, 3: 0.1, 4: 2.4})
e_four = level_case("four_levels", four)
assert e_four["best"] == 2, e_four["best"]

unbalanced = sessions([1, 2, 4], [9, 8, 3], {1: 0.3, 2: 0.6, 4: 2.2})
e_unbalanced = level_case("unbalanced_three_rows_at_deep", unbalanced)
assert e_unbalanced["levels"] == [1, 2, 4]

many = sessions([1, 2, 3, 4], [18, 15, 15, 12], {1: 1.0, 2: 0.7, 3: 1.4, 4: 2.5}, spread=1.4)
e_many = level_case("sixty_sessions", many)

same_month = sessions([1, 2], [6, 6], {1: 0.4, 2: 1.1}, months_constant=True)
e_same_month = level_case("months_never_vary", same_month)
assert e_same_month["per_month"] is None

for name, expected in [
    ("two_levels", e_two),
    ("three_levels", e_three),
    ("four_levels", e_four),
    ("unbalanced_three_rows_at_deep", e_unbalanced),
    ("sixty_sessions", e_many),
]:
    assert expected["per_month"] is not None, name
    assert len(expected["levels"]) == len(expected["adjusted"])

# Nothing: two levels and two covariates leave no degree of freedom in four
# rows; a level with one session alone fixes its own dummy (leverage 1).
no_df = sessions([1, 3], [2, 2], {1: 0.5, 3: 1.0})
nothing_case("no_degree_of_freedom", no_df, "no_df")
lone = sessions([1, 2, 3], [6, 6, 1], {1: 0.5, 2: 0.9, 3: 1.7})
nothing_case("level_with_one_session", lone, "leverage_one")

# The plausible mistakes move the checked figures.
for name, df, expected in [
    ("three_levels", three, e_three),
    ("four_levels", four, e_four),
    ("unbalanced_three_rows_at_deep", unbalanced, e_unbalanced),
]:
    assert largest_move(expected, level_means(df, cov_type="HC1")) > DISCRIMINATION, name
    assert largest_move(expected, level_means(df, cov_type="nonrobust")) > DISCRIMINATION, name
    assert largest_move(expected, level_means(df, use_t=False)) > DISCRIMINATION, name
    assert largest_move(expected, level_means(df, at_zero=True)) > DISCRIMINATION, name
    if expected["best"] != 0:
        moved = largest_move(expected, level_means(df, against_lightest=True))
        assert moved > DISCRIMINATION, name
    raw = df.groupby("pressure")["left"].mean()
    assert max(
        abs(a["estimate"] - raw[level]) for a, level in zip(expected["adjusted"], expected["levels"])
    ) > DISCRIMINATION, name
for name, df, expected in [("four_levels", four, e_four), ("sixty_sessions", many, e_many)]:
    differs(expected["per_month"]["se"], float(fit_model(df, "HC1").bse["months"]), name + " HC1")

# ---------------------------------------------------------------- quantile

quantile_qs = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0]
quantile_sets = {
    "one_value": [3.5],
    "two_values": [4.0, 1.0],
    "unsorted_ties": [5.0, 2.0, 2.0, 7.5, 3.0, 2.0, 9.0, 5.0],
    "odd_count": [0.5, 1.5, -2.0, 4.25, 3.0, 6.5, 2.0],
    "random_40": [float(v) for v in np.round(rng.normal(3, 2, size=40), 3)],
}
quantile_cases = []
for name, values in quantile_sets.items():
    expected = [float(np.quantile(np.array(values), q)) for q in quantile_qs]
    for q, e in zip(quantile_qs, expected):
        assert e == float(np.percentile(values, 100 * q, method="linear"))
    quantile_cases.append({"name": name, "values": values, "q": quantile_qs, "expected": expected})
# Type 7 differs from the nearest rank and from type 6 (Excel's EXC) here.
unsorted = np.array(quantile_sets["unsorted_ties"])
differs(float(np.quantile(unsorted, 0.9)), float(np.quantile(unsorted, 0.9, method="weibull")), "q")
differs(float(np.quantile(unsorted, 0.75)), float(np.quantile(unsorted, 0.75, method="nearest")), "q")

# ---------------------------------------------------------------- mean_interval

mean_sets = {
    "empty": [],
    "one_value": [2.5],
    "two_values": [1.0, 4.0],
    "five_values": [2.0, 3.5, 1.0, 4.25, 3.0],
    "random_30": [float(v) for v in np.round(rng.normal(1.5, 1.2, size=30), 2)],
    "constant": [2.0, 2.0, 2.0],
}
mean_cases = []
for name, values in mean_sets.items():
    if not values:
        expected = None
    else:
        a = np.array(values)
        mean = float(a.mean())
        ci = None
        if len(a) >= 2:
            low, high = st.t.interval(0.95, len(a) - 1, loc=mean, scale=st.sem(a))
            if float(st.sem(a)) == 0:
                low, high = mean, mean  # SciPy gives nan for a zero scale
            ci = interval(low, high)
            if float(st.sem(a)) > 0:
                half = (high - low) / 2
                normal = st.norm.ppf(0.975) * float(st.sem(a))
                differs(half, normal, name + " normal for t")
                if len(a) <= 10:
                    n_df = st.t.ppf(0.975, len(a)) * float(st.sem(a))
                    differs(half, n_df, name + " n df")
        expected = {"n": len(values), "mean": mean, "ci": ci}
    mean_cases.append({"name": name, "values": values, "expected": expected})

# ---------------------------------------------------------------- output

document = {
    "level_means": level_cases,
    "quantile": quantile_cases,
    "mean_interval": mean_cases,
}
text = json.dumps(document, indent=2, sort_keys=True, allow_nan=False) + "\n"
if len(sys.argv) > 1:
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write(text)
else:
    sys.stdout.write(text)
