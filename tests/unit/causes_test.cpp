#include "analysis/causes.hpp"
#include "analysis/stats.hpp"
#include "days_support.hpp"
#include "support.hpp"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <optional>
#include <stdexcept>
#include <vector>

// The five causes (src/analysis/causes.hpp) on journals built week by week:
// a week of clean days, then one session a week. Each figure is checked
// against analysis::fit (itself checked against statsmodels in
// stats_test.cpp) on columns this file assembles from what it put in the
// journal, not from the timeline.

namespace sore::analysis {
namespace {

using test::day;
using test::Journal;

constexpr double close = 1e-9;

// One week of the journal: a session on its first day (soreness 1), the
// soreness it left on the next (what `left` says), 1 on the day after, 2 on
// the 4th day, which may be flagged, and three clean days.
struct Week {
    int pressure = 1; // 1-4
    std::optional<int> knots;
    bool emotional = false;
    double noise = 0; // added to what the session left
    bool injury = false;
    double injured_soreness = 2; // the 4th day's, flagged or not
};

struct Design {
    // Points the session left above the soreness before it, by level.
    std::array<double, 5> effect{0, 0, 0, 0, 0};
    double sitting_effect = 0; // points an hour on clean days
};

// What the journal holds, as the test put it in.
struct Built {
    Journal journal{day(2026, 1, 5)};
    struct SessionRow {
        int offset;
        int pressure;
        std::optional<int> knots;
        bool emotional;
        double left; // also the day after's soreness: what the model weighs
        double before;
        double day_before; // the last clean day's
        double weeks;
    };
    std::vector<SessionRow> sessions;
    struct DayRow {
        int offset;
        double soreness;
        double hours;
        bool injury;
    };
    std::vector<DayRow> clean; // clean days, oldest first
    std::vector<DayRow> flagged;
};

double quarter(double x) {
    return std::round(x * 4) / 4;
}

// A clean day's soreness and hours sat: a fixed pattern with no link to
// anything else, in steps of a quarter.
double clean_soreness(int n) {
    return 1.5 + 0.25 * ((n * 7) % 11);
}
double hours_sat(int n) {
    return 2 + (n * 5) % 9;
}

Built build(const std::vector<Week>& weeks, const Design& design = {}) {
    Built b;
    auto& j = b.journal;
    int n = 0;
    auto clean_day = [&](int offset) {
        double hours = hours_sat(n);
        double soreness = clean_soreness(n) + quarter(design.sitting_effect * hours);
        ++n;
        auto& t = j.rest_at(offset, soreness);
        t.sitting_sum_min = static_cast<long>(hours * 60);
        t.sitting_count = 1;
        b.clean.push_back({offset, soreness, hours, false});
    };
    // Hours sat on the days that are not clean: far more, so that a
    // report using them would show it.
    auto sat_long = [](analysis::DayTotals& t) {
        t.sitting_sum_min = 14 * 60;
        t.sitting_count = 1;
    };
    for (int offset = 0; offset < 7; ++offset) {
        clean_day(offset);
    }
    for (std::size_t w = 0; w < weeks.size(); ++w) {
        const auto& week = weeks[w];
        int start = 7 * static_cast<int>(w + 1);
        double sum = 0;
        int count = 0;
        for (const auto& c : b.clean) {
            if (start - c.offset <= baseline_days) {
                sum += c.soreness;
                ++count;
            }
        }
        double before = sum / count;
        double left = std::max(
            1.0, quarter(before + design.effect.at(static_cast<std::size_t>(week.pressure)) +
                         week.noise));
        auto& s = j.session_at(start, 1, week.pressure);
        s.knots = week.knots;
        s.emotional = week.emotional ? 1 : 0;
        sat_long(s);
        sat_long(j.rest_at(start + 1, left));
        sat_long(j.rest_at(start + 2, 1));
        auto& fourth = j.rest_at(start + 3, week.injured_soreness);
        sat_long(fourth);
        if (week.injury) {
            fourth.injuries = 1;
            b.flagged.push_back({start + 3, week.injured_soreness, 14, true});
        }
        b.sessions.push_back({start, week.pressure, week.knots, week.emotional, left, before,
                              b.clean.back().soreness, static_cast<double>(start) / 7});
        for (int offset = start + 4; offset < start + 7; ++offset) {
            clean_day(offset);
        }
    }
    return b;
}

// Twelve weeks: light, medium and deep four times each, knots and
// emotional release not following the level.
std::vector<Week> twelve_weeks() {
    int pressure[] = {1, 2, 4, 2, 1, 4, 4, 1, 2, 1, 4, 2};
    int knots[] = {2, 0, 1, 3, 1, 2, 0, 3, 2, 0, 3, 1};
    bool emotional[] = {true, false, false, true, true, false,
                        true, false, false, true, true, false};
    double noise[] = {0.5, -0.25, 0, 0.75, -0.5, 0.25, -0.75, 0, 0.5, -0.25, 0.25, -0.5};
    std::vector<Week> weeks;
    for (std::size_t i = 0; i < 12; ++i) {
        Week w;
        w.pressure = pressure[i];
        w.knots = knots[i];
        w.emotional = emotional[i];
        w.noise = noise[i];
        w.injury = i % 2 == 0;
        w.injured_soreness = w.injury ? 3.5 + 0.5 * static_cast<double>(i % 3) : 2;
        weeks.push_back(w);
    }
    return weeks;
}

Design deep_adds_three() {
    Design d;
    d.effect = {0, 0, 0, 0, 3};
    return d;
}

// A copy, so that it may be taken from a report that is a temporary.
Finding finding(const CausesReport& report, Cause cause) {
    for (const auto& f : report.findings) {
        if (f.cause == cause) {
            return f;
        }
    }
    throw std::logic_error("cause missing from the report");
}

CausesReport report_of(const Built& b) {
    return build_causes_report(b.journal.timeline());
}

// The session model: one dummy per level above the lightest, knots,
// emotional release, the day before's soreness, weeks; the day after's
// soreness as the outcome.
std::optional<Fit> session_fit(const Built& b, const std::vector<int>& levels) {
    std::vector<std::vector<double>> columns(levels.size() + 3);
    std::vector<double> left;
    for (const auto& s : b.sessions) {
        for (std::size_t l = 1; l < levels.size(); ++l) {
            columns[l - 1].push_back(s.pressure == levels[l] ? 1 : 0);
        }
        columns[levels.size() - 1].push_back(*s.knots);
        columns[levels.size()].push_back(s.emotional ? 1 : 0);
        columns[levels.size() + 1].push_back(s.day_before);
        columns[levels.size() + 2].push_back(s.weeks);
        left.push_back(s.left);
    }
    return fit(columns, left, Errors::hc3);
}

void expect_same(const Finding& f, const Coefficient& c) {
    ASSERT_TRUE(f.estimate) << key_of(f.cause);
    EXPECT_NEAR(*f.estimate, c.estimate, close) << key_of(f.cause);
    ASSERT_TRUE(f.ci && c.ci) << key_of(f.cause);
    EXPECT_NEAR(f.ci->low, c.ci->low, close) << key_of(f.cause);
    EXPECT_NEAR(f.ci->high, c.ci->high, close) << key_of(f.cause);
    ASSERT_TRUE(f.p && c.p) << key_of(f.cause);
    EXPECT_NEAR(*f.p, *c.p, close) << key_of(f.cause);
    EXPECT_FALSE(f.exact);
}

TEST(Causes, TheJournalIsBuiltAsDesigned) {
    // The helper's own figures against the timeline's, once: the rest of
    // this file relies on them.
    auto b = build(twelve_weeks(), deep_adds_three());
    auto t = b.journal.timeline();
    ASSERT_EQ(t.sessions.size(), b.sessions.size());
    for (std::size_t i = 0; i < b.sessions.size(); ++i) {
        EXPECT_EQ(t.sessions[i].day, b.journal.at(b.sessions[i].offset));
        EXPECT_DOUBLE_EQ(t.sessions[i].left, b.sessions[i].left) << i;
        EXPECT_NEAR(*t.sessions[i].before, b.sessions[i].before, 1e-12) << i;
        EXPECT_DOUBLE_EQ(t.sessions[i].weeks, b.sessions[i].weeks) << i;
    }
    EXPECT_EQ(t.clean_days, static_cast<int>(b.clean.size()));
    EXPECT_EQ(b.clean.size(), 7U + 3 * 12);
}

TEST(Causes, PressureIsTheFirmestLevelAgainstTheLightestInOneModel) {
    auto b = build(twelve_weeks(), deep_adds_three());
    auto report = report_of(b);
    auto expected = session_fit(b, {1, 2, 4});
    ASSERT_TRUE(expected);
    auto pressure = finding(report, Cause::pressure);
    EXPECT_FALSE(pressure.gap);
    EXPECT_EQ(pressure.n, 12U);
    EXPECT_EQ(*pressure.lightest, 1);
    EXPECT_EQ(*pressure.firmest, 4);
    expect_same(pressure, *expected->coefficients[1]); // deep against light
    EXPECT_NEAR(*pressure.estimate, 3.0, 0.5);
    // Knots and emotional release come from the same model.
    expect_same(finding(report, Cause::knots), *expected->coefficients[2]);
    expect_same(finding(report, Cause::emotional), *expected->coefficients[3]);
    EXPECT_EQ(report.sessions, 12);
    EXPECT_EQ(report.sessions_in_model, 12);
}

TEST(Causes, SittingIsFittedOnCleanDaysOnlyWithTime) {
    Design design;
    design.sitting_effect = 0.5;
    auto b = build(twelve_weeks(), design);
    std::vector<double> hours;
    std::vector<double> weeks;
    std::vector<double> soreness;
    for (const auto& c : b.clean) {
        hours.push_back(c.hours);
        weeks.push_back(static_cast<double>(c.offset) / 7);
        soreness.push_back(c.soreness);
    }
    auto expected = fit({hours, weeks}, soreness, Errors::newey_west);
    ASSERT_TRUE(expected);
    auto sitting = finding(report_of(b), Cause::sitting);
    EXPECT_EQ(sitting.n, 43U); // not the 48 days that are not clean
    expect_same(sitting, *expected->coefficients[0]);
    EXPECT_NEAR(*sitting.estimate, 0.5, 0.05);
}

TEST(Causes, InjuryIsFlaggedDaysAgainstCleanDaysWithTime) {
    auto b = build(twelve_weeks());
    std::vector<Built::DayRow> rows = b.clean;
    rows.insert(rows.end(), b.flagged.begin(), b.flagged.end());
    std::sort(rows.begin(), rows.end(),
              [](const auto& x, const auto& y) { return x.offset < y.offset; });
    std::vector<double> flag;
    std::vector<double> weeks;
    std::vector<double> soreness;
    for (const auto& r : rows) {
        flag.push_back(r.injury ? 1 : 0);
        weeks.push_back(static_cast<double>(r.offset) / 7);
        soreness.push_back(r.soreness);
    }
    auto expected = fit({flag, weeks}, soreness, Errors::newey_west);
    ASSERT_TRUE(expected);
    auto report = report_of(b);
    auto injury = finding(report, Cause::injury);
    EXPECT_EQ(injury.n, 49U); // 43 clean days and 6 flagged
    expect_same(injury, *expected->coefficients[0]);
    EXPECT_EQ(report.episodes.size(), 6U);
}

TEST(Causes, HolmAdjustsTheFiveTestsAsOneFamily) {
    auto report = report_of(build(twelve_weeks(), deep_adds_three()));
    std::vector<double> p;
    for (auto cause : all_causes) {
        auto f = finding(report, cause);
        ASSERT_TRUE(f.p) << key_of(cause);
        p.push_back(*f.p);
    }
    auto adjusted = holm(p);
    for (std::size_t i = 0; i < all_causes.size(); ++i) {
        auto f = finding(report, all_causes[i]);
        ASSERT_TRUE(f.p_holm) << key_of(all_causes[i]);
        EXPECT_DOUBLE_EQ(*f.p_holm, adjusted[i]) << key_of(all_causes[i]);
        EXPECT_GE(*f.p_holm, *f.p);
    }
}

TEST(Causes, HolmCountsOnlyTheCausesTested) {
    // Nine sessions: pressure, knots and emotional release have no test,
    // so sitting and injury are a family of two.
    auto weeks = twelve_weeks();
    weeks.resize(9);
    auto report = report_of(build(weeks, deep_adds_three()));
    auto sitting = finding(report, Cause::sitting);
    auto injury = finding(report, Cause::injury);
    auto adjusted = holm(std::vector<double>{*sitting.p, *injury.p});
    EXPECT_DOUBLE_EQ(*sitting.p_holm, adjusted[0]);
    EXPECT_DOUBLE_EQ(*injury.p_holm, adjusted[1]);
    // The smaller p doubled, as in a family of two (not five).
    ASSERT_LT(*injury.p, *sitting.p);
    EXPECT_DOUBLE_EQ(*injury.p_holm, 2 * *injury.p);
    for (auto cause : {Cause::pressure, Cause::knots, Cause::emotional}) {
        auto f = finding(report, cause);
        EXPECT_FALSE(f.p) << key_of(cause);
        EXPECT_FALSE(f.p_holm) << key_of(cause);
    }
}

// The verdict a finding's own figures call for.
Verdict rule(const Finding& f) {
    if (f.gap) {
        return Verdict::not_enough_data;
    }
    if (f.tied_with) {
        return Verdict::unclear;
    }
    if (*f.p_holm < 0.05) {
        return Verdict::clear;
    }
    if (f.ci->low >= -1 && f.ci->high <= 1) {
        return Verdict::small;
    }
    return Verdict::unclear;
}

TEST(Causes, VerdictsFollowTheAdjustedPThenTheInterval) {
    auto report = report_of(build(twelve_weeks(), deep_adds_three()));
    for (const auto& f : report.findings) {
        EXPECT_EQ(f.verdict, rule(f)) << key_of(f.cause);
        EXPECT_FALSE(f.tied_with) << key_of(f.cause);
    }
    // Deep sessions left 3 points more, and flagged days were 1.5 to 2.5
    // points sorer than clean days: both clear.
    auto pressure = finding(report, Cause::pressure);
    EXPECT_EQ(pressure.verdict, Verdict::clear);
    EXPECT_LT(*pressure.p_holm, 0.05);
    EXPECT_EQ(finding(report, Cause::injury).verdict, Verdict::clear);
    // Sitting and knots have no link here, and intervals within a point
    // (an hour, a knot): small.
    auto sitting = finding(report, Cause::sitting);
    EXPECT_EQ(sitting.verdict, Verdict::small);
    EXPECT_GE(*sitting.p_holm, 0.05);
    EXPECT_GT(sitting.ci->low, -1);
    EXPECT_LT(sitting.ci->high, 1);
    EXPECT_EQ(finding(report, Cause::knots).verdict, Verdict::small);
    // Emotional release has no link either, but its interval reaches past
    // +1: unclear.
    auto emotional = finding(report, Cause::emotional);
    EXPECT_EQ(emotional.verdict, Verdict::unclear);
    EXPECT_LT(emotional.ci->low, 0);
    EXPECT_GT(emotional.ci->high, 1);
}

TEST(Causes, APUnder5PercentIsNotClearWhenHolmLiftsIt) {
    // Knots go with the level a little less than apart_below: not tied.
    auto weeks = twelve_weeks();
    int knots[] = {0, 2, 3, 1, 1, 4, 2, 3, 2, 0, 5, 1};
    std::vector<double> level;
    std::vector<double> found;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        weeks[i].knots = knots[i];
        level.push_back(weeks[i].pressure);
        found.push_back(knots[i]);
    }
    ASSERT_LT(*spearman(level, found), apart_below);
    ASSERT_GT(*spearman(level, found), 0.69);
    auto report = report_of(build(weeks, deep_adds_three()));
    auto pressure = finding(report, Cause::pressure);
    EXPECT_FALSE(pressure.tied_with);
    EXPECT_LT(*pressure.p, 0.05);
    EXPECT_GE(*pressure.p_holm, 0.05);
    EXPECT_GT(pressure.ci->low, 0); // the raw interval excludes 0
    EXPECT_EQ(pressure.verdict, Verdict::unclear);
    // So it comes after sitting (small), though its p is smaller.
    std::vector<Cause> order;
    for (const auto& f : report.findings) {
        order.push_back(f.cause);
    }
    EXPECT_EQ(order, (std::vector<Cause>{Cause::injury, Cause::sitting, Cause::pressure,
                                         Cause::knots, Cause::emotional}));
    EXPECT_LT(*pressure.p, *finding(report, Cause::sitting).p);
}

TEST(Causes, FindingsAreOrderedByVerdictThenP) {
    auto weeks = twelve_weeks();
    weeks.resize(9); // too few sessions: three causes have no figure
    auto report = report_of(build(weeks, deep_adds_three()));
    ASSERT_EQ(report.findings.size(), 5U);
    for (std::size_t i = 1; i < report.findings.size(); ++i) {
        const auto& a = report.findings[i - 1];
        const auto& b = report.findings[i];
        EXPECT_LE(a.verdict, b.verdict);
        if (a.verdict == b.verdict && a.p && b.p) {
            EXPECT_LE(*a.p, *b.p);
        }
    }
    EXPECT_EQ(report.findings[3].verdict, Verdict::not_enough_data);
    EXPECT_EQ(report.findings[4].verdict, Verdict::not_enough_data);

    // Clear (injury, then pressure: the smaller p first), small (knots,
    // sitting), unclear (emotional release).
    auto full = report_of(build(twelve_weeks(), deep_adds_three()));
    std::vector<Cause> order;
    for (const auto& f : full.findings) {
        order.push_back(f.cause);
    }
    EXPECT_EQ(order, (std::vector<Cause>{Cause::injury, Cause::pressure, Cause::knots,
                                         Cause::sitting, Cause::emotional}));
    EXPECT_LT(*full.findings[0].p, *full.findings[1].p);
    EXPECT_LT(*full.findings[2].p, *full.findings[3].p);
}

TEST(Causes, CausesThatMoveTogetherAreTiedAndNeverClear) {
    // Knots follow the level (the therapist goes deeper where they find
    // knots): a rank correlation of 0.83.
    auto weeks = twelve_weeks();
    int knots[] = {1, 3, 4, 2, 2, 3, 5, 0, 1, 2, 4, 3};
    std::vector<double> level;
    std::vector<double> found;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        weeks[i].knots = knots[i];
        level.push_back(weeks[i].pressure);
        found.push_back(knots[i]);
    }
    auto rho = spearman(level, found);
    ASSERT_TRUE(rho);
    ASSERT_GE(*rho, apart_below);
    ASSERT_LT(*rho, 1.0);
    auto report = report_of(build(weeks, deep_adds_three()));
    auto pressure = finding(report, Cause::pressure);
    auto with_knots = finding(report, Cause::knots);
    EXPECT_EQ(pressure.tied_with, Cause::knots);
    EXPECT_EQ(with_knots.tied_with, Cause::pressure);
    EXPECT_NEAR(*pressure.tied_rho, *rho, close);
    EXPECT_NEAR(*with_knots.tied_rho, *rho, close);
    EXPECT_EQ(pressure.verdict, Verdict::unclear);
    EXPECT_EQ(with_knots.verdict, Verdict::unclear);
    // Not for want of a small p: both would be clear.
    EXPECT_LT(*pressure.p_holm, 0.05);
    EXPECT_LT(*with_knots.p_holm, 0.05);
    // Emotional release goes with neither.
    EXPECT_FALSE(finding(report, Cause::emotional).tied_with);
}

TEST(Causes, SittingNeeds28CleanDays) {
    // 27 clean days with hours sat, and a session and its 3 days after
    // (hours sat too, but not clean).
    Journal j(day(2026, 1, 5));
    for (int offset = 0; offset < 27; ++offset) {
        auto& t = j.rest(offset, 2 + offset % 3);
        t.sitting_sum_min = 60 * (2 + offset % 5);
        t.sitting_count = 1;
    }
    for (int offset = 27; offset < 31; ++offset) {
        auto& t = offset == 27 ? j.session(offset, 5, 2) : j.rest(offset, 4);
        t.sitting_sum_min = 600;
        t.sitting_count = 1;
    }
    auto report = build_causes_report(j.timeline());
    EXPECT_EQ(report.days, 31);
    EXPECT_EQ(report.clean_days, 27);
    auto sitting = finding(report, Cause::sitting);
    EXPECT_EQ(sitting.verdict, Verdict::not_enough_data);
    ASSERT_TRUE(sitting.gap);
    EXPECT_EQ(sitting.gap->kind, Gap::Kind::few_days);
    EXPECT_EQ(sitting.gap->have, 27);
    EXPECT_EQ(sitting.gap->needed, 1);
    EXPECT_FALSE(sitting.estimate);
    EXPECT_FALSE(sitting.p);
    EXPECT_FALSE(sitting.p_holm);

    // A 28th clean day gives a figure.
    auto& more = j.rest(40, 3);
    more.sitting_sum_min = 120;
    more.sitting_count = 1;
    auto enough = finding(build_causes_report(j.timeline()), Cause::sitting);
    EXPECT_FALSE(enough.gap);
    EXPECT_EQ(enough.n, 28U);
    EXPECT_TRUE(enough.estimate);
}

TEST(Causes, SittingTheSameEveryDayIsNamedWithItsHours) {
    Journal j(day(2026, 1, 5));
    for (int offset = 0; offset < 30; ++offset) {
        auto& t = j.rest(offset, 2 + offset % 3);
        t.sitting_sum_min = 480;
        t.sitting_count = 1;
    }
    auto sitting = finding(build_causes_report(j.timeline()), Cause::sitting);
    ASSERT_TRUE(sitting.gap);
    EXPECT_EQ(sitting.gap->kind, Gap::Kind::constant);
    EXPECT_DOUBLE_EQ(*sitting.gap->value, 8.0);
}

TEST(Causes, InjuryNeedsFiveEpisodes) {
    // Six flagged days, but 3 and 4 (and 20 and 22) are one episode each.
    Journal j(day(2026, 1, 5));
    for (int offset = 0; offset < 40; ++offset) {
        j.rest(offset, 2 + offset % 3);
    }
    for (int offset : {3, 4, 20, 22, 33, 38}) {
        j[offset].injuries = 1;
    }
    auto injury = finding(build_causes_report(j.timeline()), Cause::injury);
    EXPECT_EQ(injury.verdict, Verdict::not_enough_data);
    ASSERT_TRUE(injury.gap);
    EXPECT_EQ(injury.gap->kind, Gap::Kind::few_with);
    EXPECT_EQ(injury.gap->have, 4);
    EXPECT_EQ(injury.gap->needed, 1);
}

TEST(Causes, InjuryNeedsFiveCleanDaysAnd28InAll) {
    // Five episodes of flagged days, with only 4 clean days: too few without.
    Journal j(day(2026, 1, 5));
    for (int offset = 0; offset < 30; ++offset) {
        j.rest(offset, 2 + offset % 3).injuries = offset % 8 == 0 ? 0 : 1;
    }
    for (int offset : {40, 44, 48, 52}) {
        j.rest(offset, 3).injuries = 1;
    }
    auto few_without = finding(build_causes_report(j.timeline()), Cause::injury);
    ASSERT_TRUE(few_without.gap);
    EXPECT_EQ(few_without.gap->kind, Gap::Kind::few_without);
    EXPECT_EQ(few_without.gap->have, 4);
    EXPECT_EQ(few_without.gap->needed, 1);

    // 7 flagged (each its own episode: 4 days apart) and 19 clean: 26 days.
    Journal k(day(2026, 1, 5));
    for (int offset = 0; offset < 26; ++offset) {
        k.rest(offset, 2 + offset % 3).injuries = offset % 4 == 0 ? 1 : 0;
    }
    auto few_days = finding(build_causes_report(k.timeline()), Cause::injury);
    ASSERT_TRUE(few_days.gap);
    EXPECT_EQ(few_days.gap->kind, Gap::Kind::few_days);
    EXPECT_EQ(few_days.gap->have, 26);
    EXPECT_EQ(few_days.gap->needed, 2);
}

TEST(Causes, EmotionalReleaseNeedsFiveSessionsWithoutIt) {
    auto weeks = twelve_weeks();
    weeks.resize(9);
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        weeks[i].emotional = i < 5;
    }
    auto b = build(weeks);
    auto emotional = finding(report_of(b), Cause::emotional);
    ASSERT_TRUE(emotional.gap);
    EXPECT_EQ(emotional.gap->kind, Gap::Kind::few_without);
    EXPECT_EQ(emotional.gap->have, 4);
    EXPECT_EQ(emotional.gap->needed, 1);
}

TEST(Causes, RestDaysNeverEnterEmotionalReleasesComparison) {
    // 4 sessions with it, 8 without; the 43 clean days are neither, even
    // the three with an emotional release logged.
    auto weeks = twelve_weeks();
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        weeks[i].emotional = i % 3 == 0;
    }
    auto b = build(weeks);
    for (int offset : {4, 11, 12}) {
        b.journal[offset].emotional = 1;
    }
    auto emotional = finding(report_of(b), Cause::emotional);
    ASSERT_TRUE(emotional.gap);
    EXPECT_EQ(emotional.gap->kind, Gap::Kind::few_with);
    EXPECT_EQ(emotional.gap->have, 4);
    EXPECT_EQ(emotional.gap->needed, 1);

    // With 5 and 7 it is in the model, on the 12 sessions alone.
    weeks[1].emotional = true;
    auto in = finding(report_of(build(weeks)), Cause::emotional);
    EXPECT_FALSE(in.gap);
    EXPECT_EQ(in.n, 12U);
}

TEST(Causes, PressureAtOneLevelIsNamedWithThatLevel) {
    auto weeks = twelve_weeks();
    for (auto& w : weeks) {
        w.pressure = 3;
    }
    auto report = report_of(build(weeks));
    auto pressure = finding(report, Cause::pressure);
    ASSERT_TRUE(pressure.gap);
    EXPECT_EQ(pressure.gap->kind, Gap::Kind::constant);
    EXPECT_DOUBLE_EQ(*pressure.gap->value, 3.0);
    EXPECT_EQ(pressure.gap->have, 12);
    EXPECT_FALSE(pressure.lightest);
    // The model goes on without it.
    auto knots = finding(report, Cause::knots);
    EXPECT_FALSE(knots.gap);
    EXPECT_TRUE(knots.estimate);
    EXPECT_EQ(report.sessions_in_model, 12);
}

TEST(Causes, PressureNeedsTwoLevelsTriedThreeTimesEach) {
    auto weeks = twelve_weeks();
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        weeks[i].pressure = i < 2 ? 2 : 3; // 2 medium, 10 firm
    }
    weeks.resize(5); // 2 medium and 3 firm
    auto pressure = finding(report_of(build(weeks)), Cause::pressure);
    ASSERT_TRUE(pressure.gap);
    EXPECT_EQ(pressure.gap->kind, Gap::Kind::few_levels);
    EXPECT_EQ(pressure.gap->have, 5); // the two most used levels between them
    EXPECT_EQ(pressure.gap->needed, 1);
}

TEST(Causes, KnotsNeedTenSessions) {
    auto weeks = twelve_weeks();
    weeks[9].knots.reset();
    weeks[10].knots.reset();
    weeks[11].knots.reset();
    auto report = report_of(build(weeks));
    auto knots = finding(report, Cause::knots);
    ASSERT_TRUE(knots.gap);
    EXPECT_EQ(knots.gap->kind, Gap::Kind::few_sessions);
    EXPECT_EQ(knots.gap->have, 9);
    EXPECT_EQ(knots.gap->needed, 1);
    // Pressure and emotional release go on, on all 12 sessions.
    EXPECT_FALSE(finding(report, Cause::pressure).gap);
    EXPECT_EQ(finding(report, Cause::pressure).n, 12U);
    EXPECT_EQ(report.sessions_in_model, 12);
}

TEST(Causes, KnotsTheSameEverySessionAreNamedWithTheirCount) {
    auto weeks = twelve_weeks();
    for (auto& w : weeks) {
        w.knots = 2;
    }
    auto knots = finding(report_of(build(weeks)), Cause::knots);
    ASSERT_TRUE(knots.gap);
    EXPECT_EQ(knots.gap->kind, Gap::Kind::constant);
    EXPECT_DOUBLE_EQ(*knots.gap->value, 2.0);
}

// Thirteen weeks: deep on weeks 1, 5 and 9, with no knots recorded on
// them (or on `deep_with_knots` of them), light and knots 0 to 2 on the ten
// others.
std::vector<Week> deep_without_knots(int deep_with_knots) {
    auto weeks = twelve_weeks();
    weeks.push_back(weeks[0]);
    int with = 0;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        weeks[i].pressure = i % 4 == 1 ? 4 : 1;
        weeks[i].knots = static_cast<int>(i % 3);
        if (weeks[i].pressure == 4 && with++ >= deep_with_knots) {
            weeks[i].knots.reset();
        }
        weeks[i].emotional = i % 2 == 0;
    }
    return weeks;
}

// The pressure levels are counted on the sessions the model keeps (those
// that record knots). Here the deep sessions have no knots: pressure has
// one level left and a gap, and knots is not tied with anything.
TEST(Causes, PressureLevelsCountTheSessionsInTheModel) {
    auto report = report_of(build(deep_without_knots(0), deep_adds_three()));
    EXPECT_EQ(report.sessions_in_model, 10);
    auto pressure = finding(report, Cause::pressure);
    EXPECT_EQ(pressure.verdict, Verdict::not_enough_data);
    EXPECT_TRUE(pressure.gap);
    EXPECT_FALSE(pressure.tied_with);
    auto knots = finding(report, Cause::knots);
    EXPECT_FALSE(knots.tied_with);
    EXPECT_TRUE(knots.estimate);
    EXPECT_NE(knots.verdict, Verdict::not_enough_data);
}

// With one deep session that records knots, deep is not a level of the
// model (it would fix its own coefficient, leverage 1), and knots keeps its
// figure.
TEST(Causes, ALevelWithOneSessionInTheModelDoesNotSinkTheOtherCauses) {
    auto report = report_of(build(deep_without_knots(1), deep_adds_three()));
    EXPECT_EQ(finding(report, Cause::pressure).verdict, Verdict::not_enough_data);
    auto knots = finding(report, Cause::knots);
    EXPECT_FALSE(knots.gap);
    EXPECT_TRUE(knots.estimate);
}

TEST(Causes, NineSessionsAreTooFewForTheSessionModel) {
    auto weeks = twelve_weeks();
    weeks.resize(9);
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        weeks[i].pressure = 1 + static_cast<int>(i % 3); // 3 at each of three levels
        weeks[i].emotional = i % 2 == 0;                 // 5 with, 4 without
    }
    auto report = report_of(build(weeks));
    auto pressure = finding(report, Cause::pressure);
    ASSERT_TRUE(pressure.gap);
    EXPECT_EQ(pressure.gap->kind, Gap::Kind::few_weighed);
    EXPECT_EQ(pressure.gap->have, 9);
    EXPECT_EQ(pressure.gap->needed, 1);
    EXPECT_EQ(finding(report, Cause::knots).gap->kind, Gap::Kind::few_sessions);
    EXPECT_EQ(report.sessions, 9);
}

// The same soreness every day is an exact fit, never a p-value from
// rounding alone.
TEST(Causes, TheSameSorenessEveryDayMakesNoCauseClear) {
    Journal j(day(2026, 1, 5));
    for (int i = 0; i < 60; ++i) {
        auto& t = j.rest(i, 13, 5); // 2.6 every day
        t.sitting_sum_min = 60 * (2 + (i * 5) % 9);
        t.sitting_count = 1;
        t.injuries = i % 6 == 0 ? 1 : 0;
    }
    auto report = build_causes_report(j.timeline());
    for (auto cause : {Cause::sitting, Cause::injury}) {
        auto f = finding(report, cause);
        EXPECT_NE(f.verdict, Verdict::clear) << key_of(cause);
        EXPECT_TRUE(f.exact) << key_of(cause);
        EXPECT_NEAR(f.estimate.value_or(99), 0.0, close) << key_of(cause);
    }
}

TEST(Causes, EmptyJournalHasNoFigureForAnyCause) {
    auto report = build_causes_report(Timeline{});
    EXPECT_EQ(report.days, 0);
    EXPECT_EQ(report.sessions, 0);
    EXPECT_FALSE(report.logged);
    ASSERT_EQ(report.findings.size(), 5U);
    for (const auto& f : report.findings) {
        EXPECT_EQ(f.verdict, Verdict::not_enough_data) << key_of(f.cause);
        EXPECT_TRUE(f.gap) << key_of(f.cause);
        EXPECT_FALSE(f.estimate) << key_of(f.cause);
        EXPECT_FALSE(f.p_holm) << key_of(f.cause);
    }
}

TEST(Causes, ReportCountsDaysSessionsAndEpisodes) {
    auto b = build(twelve_weeks());
    auto report = report_of(b);
    EXPECT_EQ(report.days, 7 + 7 * 12);
    EXPECT_EQ(report.clean_days, 43);
    EXPECT_EQ(report.sessions, 12);
    EXPECT_EQ(report.episodes.size(), 6U);
    ASSERT_TRUE(report.logged);
    EXPECT_EQ(report.logged->first, b.journal.at(0));
    EXPECT_EQ(report.logged->last, b.journal.at(90));
}

TEST(Causes, NamesOfCausesAndVerdicts) {
    EXPECT_EQ(key_of(Cause::knots), "knots");
    EXPECT_EQ(key_of(Cause::pressure), "pressure");
    EXPECT_EQ(key_of(Cause::sitting), "sitting");
    EXPECT_EQ(key_of(Cause::injury), "injury");
    EXPECT_EQ(key_of(Cause::emotional), "emotional");
    EXPECT_EQ(name_of(Verdict::clear), "clear");
    EXPECT_EQ(name_of(Verdict::small), "small");
    EXPECT_EQ(name_of(Verdict::unclear), "unclear");
    EXPECT_EQ(name_of(Verdict::not_enough_data), "not enough data");
}

} // namespace
} // namespace sore::analysis
