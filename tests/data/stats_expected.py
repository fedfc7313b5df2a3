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
# the data are fixed here (the random sets come from seeded generators and
# are stored as plain numbers), keys are sorted and floats are written with
# json's repr, i.e. full precision.
#
# "expected": null means the function must return nothing; an optional field
# the function must leave empty is null too. The conditions for "nothing"
# come from the contract in src/analysis/stats.hpp; for each of them the
# script checks that the reference package indeed cannot give a meaningful
# figure (it raises, or gives nan/inf, or reports a rank-deficient design).
#
# The fits are statsmodels' OLS on sm.add_constant(X):
#
#   newey_west  .fit(cov_type="HAC", use_t=True,
#                    cov_kwds={"maxlags": L, "use_correction": True})
#               with L = newey_west_lags(n). use_correction must be given:
#               get_robustcov_results defaults it to False for "HAC"
#               (kwargs.get('use_correction', False)), although
#               sandwich_covariance.cov_hac_simple alone defaults to True.
#   hc3         .fit(cov_type="HC3", use_t=True)
#
# The lags are statsmodels' own choice: S_hac_simple(x, nlags=None) picks
# them, and the script records what it passes to the weights function.
#
# The data are chosen so that the plausible mistakes move some checked figure
# by far more than the tolerance; the script asserts that too (see `differs`
# and `moves`). For Newey-West: no n / (n - k) factor, the normal instead of
# Student's t, lags off by one either way, no lags at all (White), uniform
# instead of Bartlett weights, the plain OLS errors, and (rank-deficient
# design) counting the dropped column in k or in the degrees of freedom. For
# HC3: HC0, HC1 and HC2 instead, the plain OLS errors, the normal instead of
# t, the dropped column counted. Elsewhere: Holm without the running maximum
# or the clipping at 1, Bonferroni or Hochberg instead of Holm, the adjusted
# p-values returned sorted; Pearson instead of Spearman, ordinal instead of
# average ranks for ties.

import json
import math
import sys
import warnings

import numpy as np
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm
import statsmodels.stats.sandwich_covariance as sw
from statsmodels.stats.multitest import multipletests

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


# ---------------------------------------------------------------- newey_west_lags


def statsmodels_lags(n):
    """The lags statsmodels' HAC picks by itself for n observations."""
    chosen = []

    def recording_bartlett(nlags):
        chosen.append(nlags)
        return sw.weights_bartlett(nlags)

    sw.S_hac_simple(np.ones((n, 1)), nlags=None, weights_func=recording_bartlett)
    assert len(chosen) == 1
    return int(chosen[0])


lag_cases = [
    {"n": n, "expected": statsmodels_lags(n)} for n in [1, 10, 27, 28, 50, 100, 150, 365, 1000]
]
# 27 and 28 straddle 4 (n / 100)^(2/9) = 3, 100 gives exactly 4.
assert [c["expected"] for c in lag_cases][2:4] == [2, 3]
assert lag_cases[5]["expected"] == 4

# ---------------------------------------------------------------- fit


def ols(columns, y):
    X = np.ones((len(y), 1 + len(columns)))
    for j, c in enumerate(columns):
        X[:, 1 + j] = c
    return sm.OLS(np.asarray(y, dtype=float), X)


def robust(model, errors, lags=None, **change):
    """statsmodels' fit as the contract asks, or as a mistake would (`change`)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        use_t = change.pop("use_t", True)
        if errors == "newey_west":
            kwds = {"maxlags": lags, "use_correction": True}
            kwds.update(change)
            return model.fit(cov_type="HAC", cov_kwds=kwds, use_t=use_t)
        cov_type = change.pop("cov_type", "HC3")
        assert not change
        if cov_type == "nonrobust":
            return model.fit(use_t=use_t)
        return model.fit(cov_type=cov_type, use_t=use_t)


def coefficient(res, j, exact):
    if exact:
        return {"estimate": float(res.params[j]), "se": None, "ci": None, "p": None}
    ci = res.conf_int(0.05)
    return {
        "estimate": float(res.params[j]),
        "se": float(res.bse[j]),
        "ci": interval(ci[j, 0], ci[j, 1]),
        "p": float(res.pvalues[j]),
    }


def expected_fit(res, kept, n_columns, lags, exact):
    coefficients = [None] * n_columns
    for position, j in enumerate(kept):
        coefficients[j] = coefficient(res, 1 + position, exact)
    return {
        "n": int(res.nobs),
        "df": float(res.df_resid),
        "lags": lags,
        "exact": exact,
        "intercept": coefficient(res, 0, exact),
        "coefficients": coefficients,
        "dropped": [j for j in range(n_columns) if j not in kept],
    }


def figures(expected):
    """Every number the C++ test checks, flattened (None for an absent one)."""
    out = []
    for c in [expected["intercept"]] + expected["coefficients"]:
        if c is None:
            out += [None] * 5
            continue
        out += [c["estimate"], c["se"], c["p"]]
        out += [c["ci"]["low"], c["ci"]["high"]] if c["ci"] else [None, None]
    return out


# The largest move of each mistake over the fit cases, checked at the end
# of the fit section: every mistake must be caught by some case.
caught = {}


def moves(expected, wrong, mistake, name, every_case):
    """How far `wrong` (same layout) is off from `expected`. With
    `every_case`, this case alone must catch the mistake."""
    a, b = figures(expected), figures(wrong)
    assert len(a) == len(b), name
    gap = max(
        (abs(x - y) if x is not None and y is not None else math.inf)
        for x, y in zip(a, b)
        if not (x is None and y is None)
    )
    caught[mistake] = max(caught.get(mistake, 0.0), gap)
    if every_case:
        assert gap > DISCRIMINATION, f"{name}: {mistake} moves the figures by only {gap}"


def with_df(expected, df):
    """`expected` with each interval and p-value recomputed for `df`."""
    out = json.loads(json.dumps(expected))
    for c in [out["intercept"]] + out["coefficients"]:
        if c is None or c["se"] is None:
            continue
        half = t975(df) * c["se"]
        c["ci"] = interval(c["estimate"] - half, c["estimate"] + half)
        c["p"] = float(2 * st.t.sf(abs(c["estimate"] / c["se"]), df))
    return out


def rank(model):
    """statsmodels' rank of the design (set when it fits)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit()
    return model.rank


def kept_columns(columns, y):
    """Predictors in order, leaving out each one that adds nothing to the
    rank (statsmodels' matrix rank) of the intercept and those kept so far."""
    kept = []
    for j in range(len(columns)):
        if rank(ols([columns[i] for i in kept + [j]], y)) == len(kept) + 2:
            kept.append(j)
    return kept


def fit_case(name, errors, columns, y, discriminating=True):
    """The case; unless `discriminating` is False (a case there for another
    reason, like residuals that are small but not rounding), it must catch
    each mistake on its own."""
    case = {
        "name": name,
        "errors": errors,
        "columns": [plain(c) for c in columns],
        "y": plain(y),
        "expected": None,
    }
    n = len(y)
    if any(len(c) != n for c in columns):
        try:
            np.column_stack(columns + [y])
            raise AssertionError(f"{name}: numpy stacked columns of different lengths")
        except ValueError:
            pass
        return case

    kept = kept_columns(columns, y)
    full = ols(columns, y)
    if len(kept) < len(columns):
        assert rank(full) < full.exog.shape[1], f"{name}: statsmodels finds full rank"
    model = ols([columns[j] for j in kept], y)
    assert rank(model) == model.exog.shape[1], name
    lags = statsmodels_lags(n) if errors == "newey_west" else 0
    if n <= model.exog.shape[1]:
        # No degree of freedom left: statsmodels' HAC divides by n - k = 0;
        # its HC3 gives a number, but from residuals of zero divided by
        # 1 - leverage, also zero (every leverage is 1).
        if errors == "newey_west":
            try:
                robust(model, errors, lags)
                raise AssertionError(f"{name}: statsmodels' HAC gave a figure")
            except ZeroDivisionError:
                pass
        else:
            leverage = robust(model, errors).get_influence().hat_matrix_diag
            assert np.all(leverage > 1 - 1e-10), f"{name}: leverage {leverage}"
        return case
    res = robust(model, errors, lags)

    if errors == "hc3":
        leverage = res.get_influence().hat_matrix_diag
        whole = np.argmax(leverage)
        if leverage[whole] > 1 - 1e-10:
            # statsmodels gives a number, but it is rounding over rounding:
            # that observation's residual is zero, and so is 1 - leverage.
            assert abs(res.resid[whole]) < 1e-12 * np.abs(res.model.endog).max(), name
            return case
        assert np.max(leverage) < 0.99, f"{name}: leverage too close to 1 to be clear"

    spread = float(np.linalg.norm(res.model.endog - res.model.endog.mean()))
    rest = float(np.linalg.norm(res.resid))
    exact = rest <= 1e-12 * spread
    # Clear either way, whatever rounding threshold the C++ picks.
    assert exact or rest > 1e-5 * spread, f"{name}: residuals {rest} vs spread {spread}"
    if exact:
        assert np.all(res.bse < 1e-12 * spread), name

    expected = expected_fit(res, kept, len(columns), lags, exact)
    case["expected"] = expected

    def wrong(**change):
        return expected_fit(robust(model, errors, lags, **change), kept, len(columns), lags, exact)

    if exact:
        return case

    # The intervals and p-values are Student's t with n - k degrees of freedom.
    for j in range(model.exog.shape[1]):
        half = t975(res.df_resid) * res.bse[j]
        ci = res.conf_int(0.05)[j]
        assert abs(ci[0] - (res.params[j] - half)) < 1e-12 * (1 + abs(half)), name
    moves(expected, wrong(use_t=False), "normal instead of t", name, discriminating)
    if errors == "newey_west":
        uncorrected = wrong(use_correction=False)
        moves(expected, uncorrected, "no n/(n-k) factor", name, discriminating)
        moves(expected, wrong(maxlags=lags + 1), "one lag too many", name, discriminating)
        if lags > 0:
            moves(expected, wrong(maxlags=lags - 1), "one lag too few", name, discriminating)
            moves(expected, wrong(maxlags=0), "no lags (White)", name, discriminating)
            uniform = wrong(weights_func=sw.weights_uniform)
            moves(expected, uniform, "uniform weights", name, discriminating)
        nonrobust = expected_fit(
            robust(model, "hc3", cov_type="nonrobust"), kept, len(columns), lags, exact
        )
        moves(expected, nonrobust, "plain OLS errors", name, discriminating)
    else:
        for cov_type in ["HC0", "HC1", "HC2", "nonrobust"]:
            other = wrong(cov_type=cov_type)
            moves(expected, other, f"{cov_type} instead of HC3", name, discriminating)
    if len(kept) < len(columns):
        k_all = full.exog.shape[1]
        wrong_df = with_df(expected, n - k_all)
        moves(expected, wrong_df, "dropped column counted in df", name, every_case=False)
        if errors == "newey_west":
            # The n / (n - k) factor with k counting the dropped column.
            counted = json.loads(json.dumps(expected))
            k = model.exog.shape[1]
            factor = math.sqrt((n - k) / (n - k_all))
            for c in [counted["intercept"]] + counted["coefficients"]:
                if c is not None:
                    c["se"] *= factor
            wrong_k = with_df(counted, res.df_resid)
            moves(expected, wrong_k, "dropped column counted in k", name, every_case=False)
    return case


def autocorrelated(rng, n, rho, sd):
    """AR(1) noise: each day's error is rho times yesterday's plus news."""
    e = np.empty(n)
    e[0] = rng.normal(0.0, sd / math.sqrt(1 - rho * rho))
    for i in range(1, n):
        e[i] = rho * e[i - 1] + rng.normal(0.0, sd)
    return e


def daily(seed, n, rho):
    """Days in order: hours sitting (itself drifting from day to day, in
    quarter hours), whether the day had a long run (0/1), and a soreness
    rating 0 to 10 with autocorrelated errors."""
    rng = np.random.default_rng(seed)
    drift = autocorrelated(rng, n, 0.6, 1.2)
    sitting = np.clip(np.rint((7.0 + drift) * 4) / 4, 2.0, 12.0)
    run = (rng.random(n) < 0.3).astype(int)
    noise = autocorrelated(rng, n, rho, 0.9)
    soreness = np.clip(np.rint(0.5 + 0.45 * sitting + 1.2 * run + noise), 0, 10).astype(int)
    return sitting, run, soreness


def sessions(seed, n):
    """Sessions: minutes of massage (whole minutes), whether a tool was used
    (0/1), soreness afterwards to one decimal, its spread growing with the
    minutes."""
    rng = np.random.default_rng(seed)
    minutes = rng.integers(5, 61, n)
    tool = (rng.random(n) < 0.4).astype(int)
    tool[:2] = [1, 0]
    noise = rng.normal(0.0, 0.2 + minutes / 25.0)
    soreness = np.clip(np.round(6.5 - 0.05 * minutes - 1.1 * tool + noise, 1), 0, 10)
    return minutes, tool, soreness


def pressure_levels(seed):
    """Sessions at four pressure levels (light is the baseline; "deep" is
    rare, so its sessions have high leverage), plus the day of the session."""
    rng = np.random.default_rng(seed)
    levels = np.array([0] * 10 + [1] * 12 + [2] * 11 + [3] * 3)
    rng.shuffle(levels)
    n = len(levels)
    day = np.sort(rng.choice(np.arange(0, 120), n, replace=False))
    effect = np.array([0.0, -0.6, -1.3, -0.4])[levels]
    spread = np.array([0.4, 0.6, 0.9, 1.6])[levels]
    soreness = np.clip(np.round(6.0 + effect - 0.012 * day + rng.normal(0, spread), 1), 0, 10)
    dummies = [(levels == k).astype(int) for k in (1, 2, 3)]
    return dummies, day, soreness


sit60, run60, sore60 = daily(20240611, 60, 0.7)
sit200, run200, sore200 = daily(20240612, 200, 0.6)
day200 = np.arange(200)
# A slow trend over the 200 days on top of the rest.
sore200 = np.clip(sore200 + np.rint(day200 / 80.0), 0, 10).astype(int)
sit30, _, sore30 = daily(20240613, 30, 0.5)
_, _, sore40 = daily(20240614, 40, 0.6)

minutes25, tool25, sore25 = sessions(20240615, 25)
level_dummies, level_day, level_soreness = pressure_levels(20240616)

minutes20, _, sore20 = sessions(20240617, 20)
rng20 = np.random.default_rng(20240618)
stretch20 = rng20.integers(0, 16, 20)
# Twice the minutes plus one says nothing the minutes do not: it comes after
# them, so it is the one dropped. It also has the larger norm, so a plain
# column-pivoted QR (Eigen's ColPivHouseholderQR) keeps it and drops the
# minutes instead.
doubled20 = 2 * minutes20 + 1

sit_home, run_home, sore_home = daily(20240619, 40, 0.5)
# "Ran" and "did not run" add up to the intercept: the later one is dropped
# (a plain column-pivoted QR drops the intercept here).
no_run_home = 1 - run_home

# A pressure level that never came up is a column of zeros.
never = np.zeros_like(level_dummies[0])

exact_x = [0.3, 1.1, 1.75, 2.2, 3.9, 4.05, 5.6, 6.15, 7.7, 9.35]
exact_y = [1 + 2 * x for x in exact_x]  # rounding leaves residuals of ~1e-15
nearly_exact_y = [
    y + d for y, d in zip(exact_y, [2e-3, -1e-3, 0, 1e-3, -2e-3, 1e-3, 0, -1e-3, 2e-3, -1e-3])
]

single = [0] * 11
single[6] = 1  # one session alone fixes this coefficient: leverage 1
single_minutes = [12, 30, 25, 8, 45, 20, 35, 15, 50, 28, 40]
single_y = [5.5, 4.0, 4.6, 6.1, 2.9, 5.0, 1.2, 5.2, 2.5, 4.4, 3.1]

fit_cases = [
    fit_case("nw_daily_60", "newey_west", [sit60, run60], sore60),
    fit_case("nw_daily_200", "newey_west", [sit200, run200, day200], sore200),
    fit_case("nw_one_predictor_30", "newey_west", [sit30], sore30),
    fit_case("nw_intercept_only_40", "newey_west", [], sore40),
    fit_case("hc3_sessions_25", "hc3", [tool25, minutes25], sore25),
    fit_case("hc3_pressure_levels", "hc3", level_dummies + [level_day], level_soreness),
    fit_case("hc3_collinear", "hc3", [minutes20, doubled20, stretch20], sore20),
    fit_case(
        "nw_complementary_dummies",
        "newey_west",
        [run_home, no_run_home, sit_home],
        sore_home,
    ),
    fit_case(
        "hc3_level_never_seen",
        "hc3",
        [level_dummies[0], never, level_dummies[1], level_day],
        level_soreness,
    ),
    fit_case("nw_exact", "newey_west", [exact_x], exact_y),
    fit_case("hc3_exact", "hc3", [exact_x], exact_y),
    fit_case("hc3_nearly_exact", "hc3", [exact_x], nearly_exact_y, False),
    fit_case("nw_two_points", "newey_west", [[2.5, 6.0]], [3, 8]),
    fit_case("hc3_two_points", "hc3", [[2.5, 6.0]], [3, 8]),
    fit_case("hc3_no_df_left", "hc3", [[3.5, 6.0, 8.25], [1, 3, 2]], [2, 5, 6]),
    fit_case("hc3_short_y", "hc3", [[1.0, 2.0, 3.0, 4.0, 5.0]], [1, 2, 4, 3]),
    fit_case(
        "nw_short_column",
        "newey_west",
        [[1.0, 2.0, 3.0, 4.0, 5.0], [1, 0, 1, 1]],
        [1, 2, 4, 3, 5],
    ),
    fit_case("hc3_leverage_one", "hc3", [single_minutes, single], single_y),
    # The same data over days: leverage plays no part in Newey-West.
    fit_case("nw_leverage_one", "newey_west", [single_minutes, single], single_y),
]


def expected_of(name):
    return next(c for c in fit_cases if c["name"] == name)["expected"]


for name in ["nw_daily_60", "nw_one_predictor_30"]:
    assert expected_of(name)["lags"] == 3, name
assert expected_of("nw_daily_200")["lags"] == 4
assert expected_of("nw_daily_200")["df"] == 196
for name in ["hc3_collinear", "nw_complementary_dummies"]:
    assert expected_of(name)["dropped"] == [1], name
assert expected_of("hc3_level_never_seen")["dropped"] == [1]
assert expected_of("nw_exact")["exact"] and expected_of("hc3_exact")["exact"]
assert not expected_of("hc3_nearly_exact")["exact"]
for name in ["nw_two_points", "hc3_two_points", "hc3_no_df_left", "hc3_short_y"]:
    assert expected_of(name) is None, name
assert expected_of("nw_short_column") is None
assert expected_of("hc3_leverage_one") is None
assert expected_of("nw_leverage_one") is not None  # leverage does not matter there

for mistake, gap in caught.items():
    assert gap > DISCRIMINATION, f"no fit case catches {mistake}: {gap}"
assert len(caught) == 13, sorted(caught)

# Keeping the earlier column of a collinear pair instead moves the figures
# (the test checks which coefficient is absent, too).
for name, columns, y, keep in [
    ("hc3_collinear", [minutes20, doubled20, stretch20], sore20, [1, 2]),
    ("nw_complementary_dummies", [run_home, no_run_home, sit_home], sore_home, [1, 2]),
]:
    case = next(c for c in fit_cases if c["name"] == name)
    model = ols([columns[j] for j in keep], y)
    errors = case["errors"]
    lags = case["expected"]["lags"]
    other = expected_fit(robust(model, errors, lags), keep, len(columns), lags, False)
    differs(
        case["expected"]["intercept"]["estimate"],
        other["intercept"]["estimate"],
        f"{name}: drops the earlier column",
    )

# The autocorrelation is there: Newey-West and the plain errors differ a lot.
nw60 = expected_of("nw_daily_60")
plain60 = robust(ols([sit60, run60], sore60), "hc3", cov_type="nonrobust")
assert abs(nw60["coefficients"][0]["se"] / plain60.bse[1] - 1) > 0.1

# ---------------------------------------------------------------- holm


holm_caught = {}


def holm_case(name, p):
    def adjust(method):
        return [float(v) for v in multipletests(np.asarray(p, dtype=float), method=method)[1]]

    adjusted = adjust("holm")
    m = len(p)
    ranked = sorted(range(m), key=lambda i: p[i])
    raw = [0.0] * m  # (m - rank) p, without the running maximum or clipping
    for rank, i in enumerate(ranked):
        raw[i] = (m - rank) * p[i]
    for mistake, wrong in [
        ("no running maximum", [min(1.0, r) for r in raw]),
        ("no clipping at 1", [max(a, r) for a, r in zip(adjusted, raw)]),
        ("Bonferroni", adjust("bonferroni")),
        ("Hochberg", adjust("simes-hochberg")),
        ("sorted, not in the order given", sorted(adjusted)),
    ]:
        gap = max(abs(a - b) for a, b in zip(adjusted, wrong))
        holm_caught[mistake] = max(holm_caught.get(mistake, 0.0), gap)
    return {"name": name, "p": plain(p), "expected": adjusted}


holm_cases = [
    holm_case("four_causes", [0.04, 0.003, 0.30, 0.012]),
    # Sorted, 0.010 and 0.011 give 0.050 and 0.044: the second takes 0.050.
    holm_case("running_max", [0.011, 0.2, 0.010, 0.013, 0.6]),
    holm_case("ties", [0.02, 0.5, 0.01, 0.02, 0.02]),
    holm_case("clipping", [0.45, 0.6, 0.02, 0.5]),
    holm_case("zero_and_one", [1.0, 0.0, 0.2]),
    holm_case("one_test", [0.037]),
]
assert holm_cases[-1]["expected"] == [0.037]
assert len(holm_caught) == 5
for mistake, gap in holm_caught.items():
    assert gap > DISCRIMINATION, f"no Holm case catches {mistake}: {gap}"

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

# ---------------------------------------------------------------- t_975

t_cases = [{"df": df, "expected": t975(df)} for df in [1, 2, 5.5, 8, 30, 196, 1000]]
for c in t_cases:
    if c["df"] <= 196:
        differs(c["expected"], st.norm.ppf(0.975), f"t_975({c['df']}) vs the normal")

# ---------------------------------------------------------------- output

document = {
    "generated_by": {
        "script": "tests/data/stats_expected.py",
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "statsmodels": statsmodels.__version__,
    },
    "newey_west_lags": lag_cases,
    "fit": fit_cases,
    "holm": holm_cases,
    "spearman": spearman_cases,
    "t_975": t_cases,
}

text = json.dumps(document, indent=2, sort_keys=True, allow_nan=False) + "\n"
if len(sys.argv) > 1:
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write(text)
else:
    sys.stdout.write(text)
