# Expected figures for src/analysis/survival.cpp, computed independently
# with R's survival package (not by re-implementing the formulas), together
# with the data they were computed from. tests/unit/survival_test.cpp reads
# both from survival_expected.json and checks the C++ to 1e-6.
#
# Regenerate (Debian: r-base-core, r-cran-survival 3.5, r-cran-jsonlite;
# `apt-get install r-cran-survival r-cran-jsonlite`):
#
#     Rscript tests/data/survival_expected.R tests/data/survival_expected.json
#
# With no argument the JSON goes to standard output. The output is stable:
# the data are fixed here (the random sets come from set.seed and are stored
# as plain numbers); numbers are written with 15 significant digits.
#
# For each case (waits of whole days, time 0-10, event 1 or 0 for censored):
#
#   fit <- survfit(Surv(time, event) ~ 1)    # conf.type = "log", conf.int = 0.95
#   curve: fit$time, fit$n.risk, fit$n.event, fit$surv, fit$lower, fit$upper
#          (one point per distinct time, censored-only times included)
#   q <- quantile(fit, probs = 0.5)
#   median = q$quantile, low = q$lower, high = q$upper
#
# NA (a limit where the curve is 0, a median the curve or its limit never
# comes down to) is written as null: the C++ must give an empty optional.
#
# quantile.survfit (survival 3.x) finds each of the three in doquant/findq:
# it drops the repeated values of 1 - S (times where only censoring
# happened) and any NA, then takes approx(y +/- tol, 1:n, 0.5,
# method = "constant", f = 1), tol = sqrt(.Machine$double.eps), and the mean
# of the two times: a curve flat at exactly one half gives the middle of the
# flat stretch, and a curve ending flat at one half the middle between its
# start and the last time of any wait. approx sorts by y, so where a limit
# is not monotone (the upper limit under conf.type "log" can rise again when
# few remain at risk) it is the time of the smallest value at or past one
# half, not the first such time: case "upper_limit_rises". The lower limit
# of the median is where the curve's LOWER limit comes down to one half.
#
# The script checks (stopifnot) that each case has the property its name
# claims, so that a change of data cannot quietly lose what it covers.

suppressPackageStartupMessages({
    library(survival)
    library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)

random_case <- function(seed, n, event_rate) {
    set.seed(seed)
    list(time = sample(0:10, n, replace = TRUE), event = rbinom(n, 1, event_rate))
}

cases <- list(
    # Thirty waits, most ending in an event: the median and both limits.
    ordinary = list(time = c(0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6,
                             7, 7, 8, 8, 9, 9, 10, 10),
                    event = c(1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1,
                              1, 1, 1, 0, 1, 1, 0, 0)),
    # Events and censoring at the same times (2, 3, 5): the censored still
    # count at risk at their time.
    ties_event_and_censor = list(time = c(1, 2, 2, 2, 3, 3, 4, 5, 5, 6, 7, 7),
                                 event = c(1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0)),
    # S = 1/2 exactly from day 2 to day 5: the median is the middle, 3.5.
    flat_half_midpoint = list(time = c(2, 2, 5, 8), event = c(1, 1, 1, 1)),
    # S = 1/2 from day 2 to the end (censored at 6 and 7): the middle of 2
    # and the last time, 4.5.
    flat_half_at_end = list(time = c(2, 2, 6, 7), event = c(1, 1, 0, 0)),
    # Two events in ten: S never comes down to 1/2.
    median_not_reached = list(time = c(1, 3, 4, 5, 6, 7, 8, 9, 10, 10),
                              event = c(1, 0, 1, 0, 0, 0, 0, 0, 0, 0)),
    # The median is reached, the lower limit of S never comes down to 1/2
    # after the curve flattens: no upper limit for the median.
    high_not_reached = list(time = c(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                            event = c(1, 1, 0, 1, 1, 1, 0, 0, 0, 0)),
    # The curve reaches 0: no limits there (NA), the median and its
    # interval from the points before.
    all_events = list(time = c(0, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 7, 8, 9), event = rep(1, 15)),
    # Waits censored on the day itself (time 0).
    censored_at_zero = list(time = c(0, 0, 1, 2, 3, 3, 5, 7),
                            event = c(0, 0, 1, 1, 1, 0, 1, 1)),
    # Half the events at time 0: flat at 1/2 from the start (time 0) to 4.
    event_at_zero = list(time = c(0, 0, 0, 2, 4, 5), event = c(1, 1, 1, 0, 1, 1)),
    single_event = list(time = 3, event = 1),
    single_censored = list(time = 4, event = 0),
    no_events = list(time = c(1, 2, 2, 5, 9), event = c(0, 0, 0, 0, 0)),
    # The upper limit goes 0.4928 at day 6, 0.4952 at day 9: R takes 9.
    upper_limit_rises = list(time = c(0, 0, 1, 1, 2, 2, 3, 3, 3, 3, 6, 6, 6, 6, 7, 9, 10),
                             event = c(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0)),
    random_30 = random_case(30, 30, 0.6),
    random_45 = random_case(45, 45, 0.5),
    random_60 = random_case(60, 60, 0.7)
)

na_or <- function(x) unbox(if (is.na(x)) NA_real_ else as.numeric(x))

compute <- function(name, data) {
    fit <- survfit(Surv(data$time, data$event) ~ 1)
    stopifnot(fit$conf.type == "log", fit$conf.int == 0.95)
    q <- quantile(fit, probs = 0.5)
    list(
        name = unbox(name),
        time = as.numeric(data$time),
        event = as.integer(data$event),
        events = unbox(as.integer(sum(data$event))),
        waits = unbox(length(data$time)),
        curve = list(
            time = as.numeric(fit$time),
            at_risk = as.integer(fit$n.risk),
            events = as.integer(fit$n.event),
            survival = as.numeric(fit$surv),
            lower = as.numeric(fit$lower),
            upper = as.numeric(fit$upper)
        ),
        median = na_or(q$quantile),
        low = na_or(q$lower),
        high = na_or(q$upper),
        fit = fit
    )
}

results <- Map(compute, names(cases), cases)

# ---------------------------------------------------------------- coverage

num <- function(x) as.numeric(x)
r <- results
stopifnot(
    num(r$ordinary$median) == 5, num(r$ordinary$low) == 3, num(r$ordinary$high) == 8,
    num(r$flat_half_midpoint$median) == 3.5,
    num(r$flat_half_at_end$median) == 4.5,
    num(r$event_at_zero$median) == 2,
    is.na(num(r$median_not_reached$median)),
    !is.na(num(r$high_not_reached$median)), is.na(num(r$high_not_reached$high)),
    !is.na(num(r$high_not_reached$low)),
    any(is.na(r$all_events$curve$lower)), !is.na(num(r$all_events$high)),
    r$censored_at_zero$curve$time[1] == 0, r$censored_at_zero$curve$events[1] == 0,
    num(r$single_event$median) == 3, is.na(num(r$single_event$low)),
    is.na(num(r$single_censored$median)),
    is.na(num(r$no_events$median)),
    num(r$upper_limit_rises$high) == 9,
    length(r$random_30$time) == 30, length(r$random_45$time) == 45,
    length(r$random_60$time) == 60
)
# Ties: some time has both an event and a censored wait.
with(cases$ties_event_and_censor,
     stopifnot(length(intersect(time[event == 1], time[event == 0])) >= 2))
# The upper limit is not monotone, and the first time it is below one half
# is not R's answer.
with(r$upper_limit_rises$curve, {
    stopifnot(any(diff(upper) > 1e-3))
    stopifnot(time[which(upper <= 0.5)[1]] != 9)
})
# The interval holds the median, and a swapped interval (the median's
# lower limit taken where the curve's upper limit comes down to one half)
# would show in most cases: the two limits differ, or one is NA.
for (x in r) {
    lo <- num(x$low); hi <- num(x$high); m <- num(x$median)
    if (!is.na(lo) && !is.na(m)) stopifnot(lo <= m)
    if (!is.na(hi) && !is.na(m)) stopifnot(m <= hi)
}
stopifnot(sum(vapply(r, function(x) !identical(num(x$low), num(x$high)), logical(1))) >= 12)

# ---------------------------------------------------------------- output

document <- list(
    survival_version = unbox(as.character(packageVersion("survival"))),
    cases = unname(lapply(results, function(x) x[names(x) != "fit"]))
)
text <- toJSON(document, digits = NA, na = "null", pretty = TRUE)
if (length(args) >= 1) {
    writeLines(text, args[1])
} else {
    writeLines(text)
}
