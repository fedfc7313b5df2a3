// `sore causes` and `sore week` on generated journals whose truth is known
// (issue 17, "Done means"). Each journal is one entry a day, every day:
// soreness 0-10 is a latent AR(1) series (lag-1 correlation about 0.7),
// rounded and clamped; hours sat every day; sessions on 2-3 days a week
// with a pressure level, a technique and the knots found, an emotional
// release on some; injury episodes of a few days. Which of these soreness
// depends on is the recipe's choice, so the right answer is known. The
// journal goes in as the CSV `sore import` reads, into a fresh journal,
// and the reports come back as JSON.
//
// The rates asserted are over fixed seeds (mt19937; the draws are made from
// its raw words, since the standard distributions differ between standard
// libraries), and printed, with RecordProperty too, so they can be quoted.
// SORE_TRUTH_JOURNALS=N runs N journals a case instead of 40 or 20, and
// then asks for 90% of N.

#include "reports.hpp"
#include "truth.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <iostream>
#include <map>
#include <numbers>
#include <numeric>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using json = nlohmann::json;
using sore::testing::Draw;
using sore::testing::iso;
using sore::testing::journal_count;
using sore::testing::ninety_percent_of;
using sore::testing::report_json;
using sore::testing::Sandbox;
namespace chrono = std::chrono;

// Every journal ends on Sunday 2026-11-22, before the sandbox's today.
constexpr const char* today = "2026-11-27";
constexpr chrono::sys_days last_day = chrono::sys_days{chrono::year{2026} / 11 / 22};

// ------------------------------------------------------------- statistics

double mean_of(const std::vector<double>& x) {
    return x.empty() ? 0.0
                     : std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(x.size());
}

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
    double mx = mean_of(x);
    double my = mean_of(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

// Ranks from 1, ties sharing their mean rank.
std::vector<double> ranks(const std::vector<double>& x) {
    std::vector<std::size_t> order(x.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> r(x.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && x[order[j + 1]] == x[order[i]]) {
            ++j;
        }
        double shared = (static_cast<double>(i + j) / 2.0) + 1.0;
        for (std::size_t k = i; k <= j; ++k) {
            r[order[k]] = shared;
        }
        i = j + 1;
    }
    return r;
}

double spearman(const std::vector<double>& x, const std::vector<double>& y) {
    return pearson(ranks(x), ranks(y));
}

// Sample lag-1 autocorrelation (the usual estimator, as statsmodels' acf).
double lag1(const std::vector<double>& x) {
    double m = mean_of(x);
    double num = 0;
    double den = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        den += (x[i] - m) * (x[i] - m);
        if (i > 0) {
            num += (x[i] - m) * (x[i - 1] - m);
        }
    }
    return den > 0 ? num / den : 0.0;
}

// ---------------------------------------------------------------- journals

struct Day {
    double soreness = 0;         // a whole number from the generator; 0-10
    double sitting = 0;          // hours
    std::optional<int> pressure; // 1-4 on a session, none on a rest day
    std::string technique = "none";
    std::optional<int> knots;
    bool emotional = false;
    bool injury = false;
    // The fixed journals: further entries on the same day (soreness only),
    // so that a day's mean can be other than a whole number.
    std::vector<int> more = {};
    bool session() const { return pressure.has_value(); }
};

struct Journal {
    chrono::sys_days first;
    std::vector<Day> days; // one a day from `first`
    chrono::sys_days last() const { return first + chrono::days{days.size() - 1}; }
};

// How knots go with pressure over the sessions.
enum class Knots {
    independent, // 0-6, whatever the pressure
    loose,       // rank correlation about 0.35
    close,       // rank correlation 0.8 or more
};

struct Recipe {
    int weeks = 12;
    // Soreness the day after a session, by pressure level (light, medium,
    // firm, deep); half of it the day after that, a quarter the third day.
    std::array<double, 4> next_day = {0, 0, 0, 0};
    Knots knots = Knots::independent;
    // Two breaks of three weeks without sessions, so that there are clean
    // days enough for sitting and injury to be tested.
    bool breaks = false;
};

// The latent series: mean 3.5, standard deviation 1 (SORE_TRUTH_SD sets
// another, to measure how the rates fall as days get noisier). Its lag-1
// correlation is 0.72 so that the rounded series has about 0.7.
constexpr double latent_mean = 3.5;
constexpr double latent_phi = 0.72;

double latent_sd_of() {
    const char* value = std::getenv("SORE_TRUTH_SD");
    double sd = value != nullptr ? std::atof(value) : 0.0;
    return sd > 0 ? sd : 1.0;
}
const double latent_sd = latent_sd_of();

class Latent {
public:
    explicit Latent(Draw& draw) : draw_(draw), x_(latent_mean + latent_sd * draw.normal()) {}
    double next() {
        double value = x_;
        x_ = latent_mean + latent_phi * (x_ - latent_mean) +
             latent_sd * std::sqrt(1 - latent_phi * latent_phi) * draw_.normal();
        return value;
    }

private:
    Draw& draw_;
    double x_;
};

// A whole number 0-10 (never -0).
double rounded(double x) {
    return std::clamp(std::round(x), 0.0, 10.0) + 0.0;
}

// Which days of the journal are sessions: 2 or 3 a week (outside breaks),
// never on two days running.
std::vector<bool> session_days(Draw& draw, const Recipe& recipe) {
    int n = recipe.weeks * 7;
    std::vector<bool> session(static_cast<std::size_t>(n), false);
    std::vector<bool> on_break(static_cast<std::size_t>(recipe.weeks), false);
    if (recipe.breaks) {
        // Two breaks of three weeks, apart, anywhere in the journal.
        int a = 0;
        int b = 0;
        do {
            a = draw.between(0, recipe.weeks - 3);
            b = draw.between(0, recipe.weeks - 3);
        } while (std::abs(a - b) < 4);
        for (int w = 0; w < 3; ++w) {
            on_break[static_cast<std::size_t>(a + w)] = true;
            on_break[static_cast<std::size_t>(b + w)] = true;
        }
    }
    auto at = [&](int d) {
        return d >= 0 && d < n && session[static_cast<std::size_t>(d)];
    };
    for (int week = 0; week < recipe.weeks; ++week) {
        if (on_break[static_cast<std::size_t>(week)]) {
            continue;
        }
        int count = draw.between(2, 3);
        // Drawn again until no two are on days running (with last week's too).
        for (;;) {
            std::vector<int> chosen;
            while (static_cast<int>(chosen.size()) < count) {
                int day = week * 7 + draw.between(0, 6);
                if (std::find(chosen.begin(), chosen.end(), day) == chosen.end()) {
                    chosen.push_back(day);
                }
            }
            bool apart = std::all_of(chosen.begin(), chosen.end(), [&](int day) {
                return !at(day - 1) && std::count_if(chosen.begin(), chosen.end(), [&](int other) {
                                           return std::abs(other - day) == 1;
                                       }) == 0;
            });
            if (apart) {
                for (int day : chosen) {
                    session[static_cast<std::size_t>(day)] = true;
                }
                break;
            }
        }
    }
    return session;
}

// Injury episodes: 2 or 3 of 2-4 days, at least 3 days apart (so each is
// its own episode), 5 flagged days or more in all; nothing to do with
// soreness.
std::vector<bool> injury_days(Draw& draw, int n) {
    for (;;) {
        std::vector<bool> flagged(static_cast<std::size_t>(n), false);
        // Five or six episodes, so that injury (which needs 5) is tested
        // wherever there are clean days to compare with.
        int episodes = draw.between(5, 6);
        bool apart = true;
        int total = 0;
        for (int e = 0; e < episodes; ++e) {
            int length = draw.between(1, 3);
            int start = draw.between(0, n - length);
            for (int d = std::max(0, start - 3); d < std::min(n, start + length + 3); ++d) {
                apart = apart && !flagged[static_cast<std::size_t>(d)];
            }
            for (int d = start; d < start + length; ++d) {
                flagged[static_cast<std::size_t>(d)] = true;
            }
            total += length;
        }
        if (apart && total >= 5) {
            return flagged;
        }
    }
}

int knots_for(Draw& draw, Knots knots, int pressure) {
    switch (knots) {
    case Knots::independent:
        return draw.between(0, 6);
    case Knots::loose:
        return static_cast<int>(
            std::clamp(std::round(1.5 + pressure + 3.0 * draw.normal()), 0.0, 12.0));
    case Knots::close:
        return static_cast<int>(
            std::clamp(std::round(2.0 * pressure - 1.0 + 0.7 * draw.normal()), 0.0, 12.0));
    }
    return 0;
}

Journal generate(std::uint32_t seed, const Recipe& recipe) {
    Draw draw(seed);
    int n = recipe.weeks * 7;
    Journal j{last_day - chrono::days{n - 1}, std::vector<Day>(static_cast<std::size_t>(n))};
    auto sessions = session_days(draw, recipe);
    auto injuries = injury_days(draw, n);
    static const std::array<const char*, 5> techniques = {"swedish", "deep-tissue", "trigger-point",
                                                          "sports", "myofascial"};
    for (std::size_t d = 0; d < j.days.size(); ++d) {
        auto& day = j.days[d];
        day.sitting = draw.between(16, 40) / 4.0;
        day.injury = injuries[d];
        if (sessions[d]) {
            int pressure = draw.between(1, 4);
            day.pressure = pressure;
            day.technique = techniques[static_cast<std::size_t>(draw.between(0, 4))];
            day.knots = knots_for(draw, recipe.knots, pressure);
            day.emotional = draw.chance(0.25);
        }
    }
    // Soreness: the latent series plus what the sessions of the three days
    // before add.
    Latent latent(draw);
    constexpr std::array<double, 4> fading = {0, 1.0, 0.5, 0.25};
    for (std::size_t d = 0; d < j.days.size(); ++d) {
        double effect = 0;
        for (std::size_t back = 1; back <= 3 && back <= d; ++back) {
            const auto& before = j.days[d - back];
            if (before.pressure) {
                effect +=
                    recipe.next_day[static_cast<std::size_t>(*before.pressure - 1)] * fading[back];
            }
        }
        j.days[d].soreness = rounded(latent.next() + effect);
    }
    return j;
}

std::string csv_of(const Journal& j) {
    std::string out = "date,soreness,sitting_hours,pressure,technique,knots,injury,emotional\n";
    for (std::size_t d = 0; d < j.days.size(); ++d) {
        const auto& day = j.days[d];
        auto date = iso(j.first + chrono::days{d});
        out += fmt::format("{},{},{},{},{},{},{},{}\n", date, static_cast<int>(day.soreness),
                           day.sitting, day.pressure ? std::to_string(*day.pressure) : "",
                           day.technique, day.knots ? std::to_string(*day.knots) : "",
                           day.injury ? 1 : 0, day.emotional ? 1 : 0);
        for (int extra : day.more) {
            out += fmt::format("{},{},,,none,,0,0\n", date, extra);
        }
    }
    return out;
}

// Knots against pressure over a journal's sessions.
std::pair<std::vector<double>, std::vector<double>> pressure_and_knots(const Journal& j) {
    std::vector<double> pressure;
    std::vector<double> knots;
    for (const auto& day : j.days) {
        if (day.pressure && day.knots) {
            pressure.push_back(*day.pressure);
            knots.push_back(*day.knots);
        }
    }
    return {pressure, knots};
}

// ------------------------------------------------------------ running sore

struct Reports {
    json causes;
    json week;
};

// The journal imported into a fresh journal, then `sore causes` over all of
// it and `sore week` over its weeks, as JSON.
Reports reports_of(const Journal& j) {
    Sandbox box;
    box.env["SORE_TODAY"] = today;
    box.skip_leak_check();
    sore::testing::write_file(box.dir() / "journal.csv", csv_of(j));
    auto imported = box.run({"import", "journal.csv"});
    EXPECT_EQ(imported.status, 0) << imported.err;
    if (imported.status != 0) {
        return {json::object(), json::object()};
    }
    return {report_json(box, {"causes"}),
            report_json(box, {"week", "--from", iso(j.first), "--to", iso(j.last())})};
}

const json* finding(const json& causes, std::string_view cause) {
    if (!causes.contains("causes") || !causes["causes"].is_array()) {
        return nullptr;
    }
    for (const auto& f : causes["causes"]) {
        if (f.contains("cause") && f["cause"] == cause) {
            return &f;
        }
    }
    return nullptr;
}

std::string text_of(const json& value, std::string_view key) {
    return value.is_object() && value.contains(key) && value[key].is_string()
               ? value[key].get<std::string>()
               : std::string(value.is_object() && value.contains(key) ? "(not a string)"
                                                                      : "(missing)");
}

std::optional<double> number_at(const json& object, std::string_view key) {
    if (object.is_object() && object.contains(key) && object[key].is_number()) {
        return object[key].get<double>();
    }
    return std::nullopt;
}

constexpr std::array<std::string_view, 5> cause_names = {"knots", "pressure", "sitting", "injury",
                                                         "emotional"};

// What a case saw over its journals, for the closing note.
struct Tally {
    explicit Tally(std::string case_name) : name(std::move(case_name)) {}
    std::string name;
    int journals = 0;
    std::map<std::string, std::map<std::string, int>> verdicts; // cause: verdict: journals
    std::map<std::string, int> tested;                          // cause: journals with a p-value
    std::map<std::string, int> significant; // ... below 0.05 before Holm's adjustment
    std::map<std::string, int> change_kinds;
    std::map<std::string, int> trend_directions;
    int meaningful = 0;
    int contradictions = 0; // change and trend disagree (case d)

    static int at(const std::map<std::string, int>& counts, std::string_view key) {
        auto it = counts.find(std::string(key));
        return it == counts.end() ? 0 : it->second;
    }

    void print(std::ostream& out) const {
        out << "[truth] " << name << ": " << journals << " journals\n";
        for (auto cause : cause_names) {
            auto it = verdicts.find(std::string(cause));
            out << fmt::format("[truth]   {:<10}", cause);
            if (it != verdicts.end()) {
                for (const auto& [verdict, count] : it->second) {
                    out << fmt::format("  {} {}", verdict, count);
                }
            }
            out << fmt::format("  (p < 0.05 before Holm: {} of {})\n", at(significant, cause),
                               at(tested, cause));
        }
        out << "[truth]   change:";
        for (const auto& [kind, count] : change_kinds) {
            out << fmt::format("  {} {}", kind, count);
        }
        out << fmt::format("  (meaningful {})\n[truth]   trend:", meaningful);
        for (const auto& [direction, count] : trend_directions) {
            out << fmt::format("  {} {}", direction, count);
        }
        out << fmt::format("\n[truth]   change and trend disagree: {}\n", contradictions);
    }
};

// Case (d): the change line and the trend never say opposite things. A
// meaningful improvement comes with an improving trend (not "no clear
// change", nor worsening), a worsening never with an improving trend.
// Returns what was wrong, "" when nothing.
std::string contradiction(const json& week) {
    if (!week.contains("change") || week["change"].is_null()) {
        return "";
    }
    const auto& change = week["change"];
    auto kind = text_of(change, "kind");
    std::string direction = "(no trend)";
    if (week.contains("trend") && !week["trend"].is_null()) {
        direction = text_of(week["trend"], "direction");
    }
    if (kind == "meaningful improvement" && direction != "improving") {
        return "a meaningful improvement under a trend of " + direction;
    }
    if (kind == "worsening" && direction == "improving") {
        return "a worsening under an improving trend";
    }
    return "";
}

void count(Tally& tally, const Reports& r, std::uint32_t seed) {
    ++tally.journals;
    for (auto cause : cause_names) {
        const json* f = finding(r.causes, cause);
        ++tally.verdicts[std::string(cause)][f != nullptr ? text_of(*f, "verdict") : "(missing)"];
        if (auto p = f != nullptr ? number_at(*f, "p") : std::nullopt) {
            ++tally.tested[std::string(cause)];
            tally.significant[std::string(cause)] += *p < 0.05 ? 1 : 0;
        }
    }
    const auto& week = r.week;
    std::string kind = "(no change)";
    if (week.contains("change") && !week["change"].is_null()) {
        kind = text_of(week["change"], "kind");
        if (week["change"].contains("meaningful") && week["change"]["meaningful"] == true) {
            ++tally.meaningful;
        }
    }
    ++tally.change_kinds[kind];
    std::string direction = "(no trend)";
    if (week.contains("trend") && !week["trend"].is_null()) {
        direction = text_of(week["trend"], "direction");
    }
    ++tally.trend_directions[direction];
    auto wrong = contradiction(week);
    if (!wrong.empty()) {
        ++tally.contradictions;
        ADD_FAILURE() << "seed " << seed << ": " << wrong << "\n" << week["change"].dump(2);
    }
}

void record(const std::string& key, const std::string& value) {
    ::testing::Test::RecordProperty(key, value);
    std::cout << "[truth] " << key << " = " << value << '\n';
}

std::string rate(int hits, int of) {
    return fmt::format("{}/{} ({:.1f}%)", hits, of, of > 0 ? 100.0 * hits / of : 0.0);
}

// What the journal holds, worked out here from the days themselves: clean
// days (no session on the day or in the 3 before, no injury flag), the
// soreness each session left (the highest on its day and the two after, up
// to and with the next session's day), injury episodes (flagged days at most 2 days apart)
// with the sessions on their first three days.
struct Truth {
    std::vector<bool> clean;
    std::vector<std::optional<double>> left; // on session days
    struct Episode {
        std::size_t first = 0;
        std::size_t last = 0;
        int flagged = 0;
        std::vector<std::size_t> sessions_soon;
    };
    std::vector<Episode> episodes;
};

Truth truth_of(const Journal& j) {
    Truth t;
    auto n = j.days.size();
    t.clean.assign(n, false);
    t.left.assign(n, std::nullopt);
    for (std::size_t d = 0; d < n; ++d) {
        bool near_session = false;
        for (std::size_t back = 0; back <= 3 && back <= d; ++back) {
            near_session = near_session || j.days[d - back].session();
        }
        t.clean[d] = !near_session && !j.days[d].injury;
        if (j.days[d].session()) {
            // The next session's day still counts (its rating comes before
            // that session's own soreness starts); the window ends there.
            double left = j.days[d].soreness;
            for (std::size_t after = d + 1; after <= d + 2 && after < n; ++after) {
                left = std::max(left, j.days[after].soreness);
                if (j.days[after].session()) {
                    break;
                }
            }
            t.left[d] = left;
        }
        if (j.days[d].injury) {
            if (!t.episodes.empty() && d - t.episodes.back().last <= 3) {
                t.episodes.back().last = d;
                ++t.episodes.back().flagged;
            } else {
                t.episodes.push_back({d, d, 1, {}});
            }
        }
    }
    for (auto& e : t.episodes) {
        for (std::size_t d = e.first; d <= e.first + 2 && d < n; ++d) {
            if (j.days[d].session()) {
                e.sessions_soon.push_back(d);
            }
        }
    }
    return t;
}

// sore's counts and per-week figures are those of the journal.
void expect_truth(const Reports& r, const Journal& j, std::uint32_t seed) {
    auto t = truth_of(j);
    auto sessions =
        std::count_if(j.days.begin(), j.days.end(), [](const Day& d) { return d.session(); });
    auto clean = std::count(t.clean.begin(), t.clean.end(), true);
    const auto& causes = r.causes;
    EXPECT_EQ(causes.value("days", -1), static_cast<int>(j.days.size())) << "seed " << seed;
    EXPECT_EQ(causes.value("sessions", -1), static_cast<int>(sessions)) << "seed " << seed;
    EXPECT_EQ(causes.value("clean_days", -1), static_cast<int>(clean)) << "seed " << seed;
    EXPECT_EQ(causes.value("episodes", -1), static_cast<int>(t.episodes.size())) << "seed " << seed;
    json episodes = json::array();
    for (const auto& e : t.episodes) {
        json soon = json::array();
        for (auto d : e.sessions_soon) {
            soon.push_back(iso(j.first + chrono::days{d}));
        }
        episodes.push_back({{"first", iso(j.first + chrono::days{e.first})},
                            {"last", iso(j.first + chrono::days{e.last})},
                            {"flagged_days", e.flagged},
                            {"sessions_within_72h", soon}});
    }
    EXPECT_EQ(causes.value("injury_episodes", json()), episodes) << "seed " << seed;

    const auto& weeks = r.week.value("weeks", json::array());
    ASSERT_EQ(weeks.size(), j.days.size() / 7) << "seed " << seed;
    for (std::size_t w = 0; w < weeks.size(); ++w) {
        int clean_days = 0;
        int session_days = 0;
        std::vector<double> clean_soreness;
        std::vector<double> left;
        for (std::size_t d = 7 * w; d < 7 * w + 7; ++d) {
            if (t.clean[d]) {
                ++clean_days;
                clean_soreness.push_back(j.days[d].soreness);
            }
            if (t.left[d]) {
                ++session_days;
                left.push_back(*t.left[d]);
            }
        }
        const auto& week = weeks[w];
        EXPECT_EQ(week.value("clean_days", -1), clean_days) << "seed " << seed << "\n" << week;
        EXPECT_EQ(week.value("session_days", -1), session_days) << "seed " << seed << "\n" << week;
        auto expect_mean = [&](std::string_view key, const std::vector<double>& values) {
            auto shown = number_at(week, key);
            if (values.empty()) {
                EXPECT_FALSE(shown.has_value()) << "seed " << seed << " " << key << "\n" << week;
            } else {
                ASSERT_TRUE(shown.has_value()) << "seed " << seed << " " << key << "\n" << week;
                EXPECT_NEAR(*shown, mean_of(values), 1e-9) << "seed " << seed << " " << key;
            }
        };
        expect_mean("clean_mean", clean_soreness);
        expect_mean("left_mean", left);
    }
}

// ------------------------------------------------------ no link at all

// Recipes 1 and 1b: soreness is the AR(1) series alone; pressure, knots,
// sitting, emotional release and injury are drawn apart from it.
Tally no_link_case(const std::string& name, std::uint32_t first_seed, bool breaks) {
    Recipe recipe;
    recipe.weeks = 12;
    recipe.breaks = breaks;
    int n = journal_count(40);
    Tally tally{name};
    int with_clear = 0;
    for (int i = 0; i < n; ++i) {
        auto seed = first_seed + static_cast<std::uint32_t>(i);
        auto j = generate(seed, recipe);
        auto r = reports_of(j);
        expect_truth(r, j, seed);
        count(tally, r, seed);
        std::vector<std::string> clear;
        for (auto cause : cause_names) {
            const json* f = finding(r.causes, cause);
            if (f != nullptr && text_of(*f, "verdict") == "clear") {
                clear.emplace_back(cause);
            }
        }
        if (!clear.empty()) {
            ++with_clear;
            std::cout << fmt::format("[truth] {} seed {}: clear with no link: {}\n", name, seed,
                                     fmt::join(clear, ", "));
        }
    }
    tally.print(std::cout);
    record(name + ".journals_with_a_clear_cause", rate(with_clear, n));
    // Not asserted (issue 17 does not ask it), but nothing changes here.
    record(name + ".meaningful_change", rate(tally.meaningful, n));
    record(name + ".trend_improving_or_worsening",
           rate(tally.trend_directions["improving"] + tally.trend_directions["worsening"], n));
    EXPECT_LE(with_clear, n - ninety_percent_of(n))
        << with_clear << " of " << n << " journals with no link show a clear cause";
    return tally;
}

TEST(TruthCauses, NoLinkAtAllMakesNoCauseClearIn90Percent) {
    no_link_case("no_link", 1000, false);
}

// Sessions 2-3 a week leave few clean days (none within 3 days after a
// session), so sitting and injury rarely have the 28 days they need: here
// two breaks of three weeks give them enough, and they must be tested.
TEST(TruthCauses, NoLinkWithBreaksMakesNoCauseClearIn90Percent) {
    auto tally = no_link_case("no_link_breaks", 3000, true);
    // The breaks give them their clean days: they must have been tested.
    for (const char* cause : {"sitting", "injury"}) {
        int untested = tally.verdicts[cause]["not enough data"];
        record(fmt::format("no_link_breaks.{}_tested", cause),
               rate(tally.journals - untested, tally.journals));
        EXPECT_GE(tally.journals - untested, ninety_percent_of(tally.journals)) << cause;
    }
}

// ------------------------------------------------- next-day pressure effect

constexpr std::array<double, 4> next_day_effect = {0, 0.5, 2, 3};

TEST(TruthCauses, NextDayPressureEffectIsClearAndPositive) {
    Recipe recipe;
    recipe.weeks = 16;
    recipe.next_day = next_day_effect;
    recipe.knots = Knots::loose;
    int n = journal_count(20);
    Tally tally{"pressure_effect"};
    int found = 0;
    std::vector<double> estimates;
    for (int i = 0; i < n; ++i) {
        auto seed = 2000 + static_cast<std::uint32_t>(i);
        auto j = generate(seed, recipe);
        auto r = reports_of(j);
        expect_truth(r, j, seed);
        count(tally, r, seed);
        const json* f = finding(r.causes, "pressure");
        ASSERT_NE(f, nullptr) << r.causes.dump(2);
        bool positive = f->contains("estimate") && (*f)["estimate"].is_number() &&
                        (*f)["estimate"].get<double>() > 0;
        if (positive) {
            estimates.push_back((*f)["estimate"].get<double>());
        }
        if (text_of(*f, "verdict") == "clear" && positive) {
            ++found;
        } else {
            std::cout << fmt::format("[truth] pressure_effect seed {}: pressure not found: {}\n",
                                     seed, f->dump());
        }
    }
    tally.print(std::cout);
    record("pressure_effect.clear_and_positive", rate(found, n));
    record("pressure_effect.mean_estimate", fmt::format("{:.2f}", mean_of(estimates)));
    EXPECT_GE(found, ninety_percent_of(n));
}

// ------------------------------------------- pressure and knots together

TEST(TruthCauses, PressureAndKnotsTogetherAreTiedNotCredited) {
    Recipe recipe;
    recipe.weeks = 16;
    recipe.next_day = next_day_effect;
    recipe.knots = Knots::close;
    int n = journal_count(20);
    Tally tally{"confounded"};
    int told_apart = 0; // tied, and neither clear
    std::vector<double> tied_rho;
    for (int i = 0; i < n; ++i) {
        auto seed = 4000 + static_cast<std::uint32_t>(i);
        auto j = generate(seed, recipe);
        auto r = reports_of(j);
        expect_truth(r, j, seed);
        count(tally, r, seed);
        const json* pressure = finding(r.causes, "pressure");
        const json* knots = finding(r.causes, "knots");
        ASSERT_NE(pressure, nullptr) << r.causes.dump(2);
        ASSERT_NE(knots, nullptr) << r.causes.dump(2);
        bool neither_clear =
            text_of(*pressure, "verdict") != "clear" && text_of(*knots, "verdict") != "clear";
        auto tied = [](const json& f, std::string_view other) {
            return f.contains("tied_with") && f["tied_with"] == other;
        };
        bool named = tied(*pressure, "knots") || tied(*knots, "pressure");
        if (auto rho = number_at(*pressure, "tied_rho")) {
            tied_rho.push_back(*rho);
        }
        if (neither_clear && named) {
            ++told_apart;
        } else {
            std::cout << fmt::format("[truth] confounded seed {}:\n  pressure {}\n  knots {}\n",
                                     seed, pressure->dump(), knots->dump());
        }
    }
    tally.print(std::cout);
    record("confounded.tied_and_neither_clear", rate(told_apart, n));
    record("confounded.mean_tied_rho", fmt::format("{:.3f}", mean_of(tied_rho)));
    EXPECT_GE(told_apart, ninety_percent_of(n));
}

// ------------------------------------------------ the generator is honest

// The rounded soreness has the lag-1 autocorrelation the issue names (about
// 0.7): over one long series, and as the mean over the 12-week journals
// (where the estimator's bias, about -(1 + 4 phi)/n, takes some off).
TEST(TruthGenerator, RoundedSorenessHasLagOneAutocorrelationAbout07) {
    Draw draw(7);
    Latent latent(draw);
    std::vector<double> series(20000);
    for (auto& x : series) {
        x = rounded(latent.next());
    }
    double long_run = lag1(series);
    std::vector<double> per_journal;
    Recipe recipe;
    for (std::uint32_t seed = 1000; seed < 1040; ++seed) {
        std::vector<double> soreness;
        for (const auto& day : generate(seed, recipe).days) {
            soreness.push_back(day.soreness);
        }
        per_journal.push_back(lag1(soreness));
    }
    record("generator.lag1_long_series", fmt::format("{:.3f}", long_run));
    record("generator.lag1_mean_of_12_week_journals", fmt::format("{:.3f}", mean_of(per_journal)));
    EXPECT_GE(long_run, 0.65);
    EXPECT_LE(long_run, 0.75);
    EXPECT_GE(mean_of(per_journal), 0.58);
    EXPECT_LE(mean_of(per_journal), 0.75);
}

// Knots go with pressure loosely (rank correlation about 0.35, between 0.2
// and 0.5) in case 2 and closely (0.8 or more) in case 3, over each
// journal's sessions; and not at all in the journals with no link.
TEST(TruthGenerator, KnotsGoWithPressureAsEachCaseSays) {
    struct Expect {
        std::string name;
        Recipe recipe;
        std::uint32_t first_seed;
        double low;
        double high;
    };
    Recipe none;
    Recipe loose;
    loose.weeks = 16;
    loose.next_day = next_day_effect;
    loose.knots = Knots::loose;
    Recipe close = loose;
    close.knots = Knots::close;
    for (const auto& e :
         {Expect{"independent", none, 1000, -0.15, 0.15}, Expect{"loose", loose, 2000, 0.2, 0.5},
          Expect{"close", close, 4000, 0.8, 1.0}}) {
        std::vector<double> all_pressure;
        std::vector<double> all_knots;
        std::vector<double> per_journal;
        for (std::uint32_t seed = e.first_seed; seed < e.first_seed + 20; ++seed) {
            auto [pressure, knots] = pressure_and_knots(generate(seed, e.recipe));
            per_journal.push_back(spearman(pressure, knots));
            all_pressure.insert(all_pressure.end(), pressure.begin(), pressure.end());
            all_knots.insert(all_knots.end(), knots.begin(), knots.end());
        }
        double pooled = spearman(all_pressure, all_knots);
        double mean = mean_of(per_journal);
        auto [low, high] = std::minmax_element(per_journal.begin(), per_journal.end());
        record("generator.knots_pressure_rho." + e.name,
               fmt::format("pooled {:.3f}, mean of journals {:.3f}, journals {:.2f} to {:.2f}",
                           pooled, mean, *low, *high));
        EXPECT_GE(pooled, e.low) << e.name;
        EXPECT_LE(pooled, e.high) << e.name;
        EXPECT_GE(mean, e.low) << e.name;
        EXPECT_LE(mean, e.high) << e.name;
        if (e.name == "close") {
            // Every journal's own, which is what sore sees.
            EXPECT_GE(*low, 0.7) << e.name;
        }
    }
}

// Sessions come 2-3 a week, never two days running, and every journal is
// whole days from a Monday to Sunday 2026-11-22.
TEST(TruthGenerator, SessionsTwoOrThreeAWeekAndWholeWeeks) {
    Recipe recipe;
    for (std::uint32_t seed = 1000; seed < 1040; ++seed) {
        auto j = generate(seed, recipe);
        ASSERT_EQ(j.days.size(), 84u);
        EXPECT_EQ(chrono::weekday{j.first}, chrono::Monday);
        EXPECT_EQ(j.last(), last_day);
        for (int week = 0; week < recipe.weeks; ++week) {
            int sessions = 0;
            for (int d = week * 7; d < week * 7 + 7; ++d) {
                sessions += j.days[static_cast<std::size_t>(d)].session() ? 1 : 0;
            }
            EXPECT_GE(sessions, 2) << "seed " << seed << " week " << week;
            EXPECT_LE(sessions, 3) << "seed " << seed << " week " << week;
        }
        for (std::size_t d = 1; d < j.days.size(); ++d) {
            EXPECT_FALSE(j.days[d].session() && j.days[d - 1].session()) << "seed " << seed;
        }
        int flagged = static_cast<int>(
            std::count_if(j.days.begin(), j.days.end(), [](const Day& d) { return d.injury; }));
        EXPECT_GE(flagged, 5);
        EXPECT_LE(flagged, 18); // 5 or 6 episodes of 1 to 3 days
    }
}

// ------------------------------------------------------- the change line

// A fixed journal, no randomness: `days` from `first`, one a day.
Journal fixed(chrono::sys_days first, std::vector<Day> days) {
    return Journal{first, std::move(days)};
}

Day rest(double soreness) {
    Day d;
    d.soreness = soreness;
    d.sitting = 7;
    return d;
}

Day session(double soreness, int pressure = 3) {
    Day d = rest(soreness);
    d.pressure = pressure;
    d.technique = "swedish";
    d.knots = 2;
    return d;
}

json week_of(const Journal& j) {
    auto r = reports_of(j);
    std::cout << "[truth] change " << r.week["change"].dump() << "\n[truth] trend "
              << r.week["trend"].dump() << '\n';
    return r.week;
}

// The days' mean soreness, each day the mean of its entries.
double day_mean(const std::vector<Day>& days, std::size_t from, std::size_t to) {
    double sum = 0;
    for (std::size_t d = from; d < to; ++d) {
        double day = days[d].soreness;
        for (int extra : days[d].more) {
            day += extra;
        }
        sum += day / static_cast<double>(1 + days[d].more.size());
    }
    return sum / static_cast<double>(to - from);
}

// (a) Four weeks of rest days: the first 14 at 1.0 on average, the last 14
// at 1.3, each day 0, 1 or 2. The old line called this "a clinically
// meaningful worsening" (30% up); it is day-to-day variation.
TEST(TruthChange, ASmallRiseOnALowLevelIsNotMeaningful) {
    // Day means: the first 14 sum to 14, the last 14 to 18.2 (one day
    // with five entries: 1, 1, 1, 1, 2, a mean of 1.2).
    std::vector<double> first = {1, 0, 2, 1, 1, 2, 0, 1, 0, 2, 1, 1, 0, 2};
    std::vector<double> last = {2, 1, 0, 1, 2, 1, 2, 0, 1, 2, 1, 2, 2, 1};
    std::vector<Day> days;
    for (double s : first) {
        days.push_back(rest(s));
    }
    for (double s : last) {
        days.push_back(rest(s));
    }
    days[27] = rest(1);
    days[27].more = {1, 1, 1, 2};
    ASSERT_DOUBLE_EQ(day_mean(days, 0, 14), 1.0);
    ASSERT_NEAR(day_mean(days, 14, 28), 1.3, 1e-12);
    auto week = week_of(fixed(last_day - chrono::days{27}, days));
    ASSERT_TRUE(week.contains("change") && week["change"].is_object()) << week.dump(2);
    const auto& change = week["change"];
    EXPECT_EQ(change.value("meaningful", true), false) << change.dump(2);
    EXPECT_NE(text_of(change, "kind"), "meaningful improvement") << change.dump(2);
    EXPECT_EQ(text_of(change, "kind"), "usual variation") << change.dump(2);
    EXPECT_EQ(change.value("first_days", 0), 14) << change.dump(2);
    EXPECT_EQ(change.value("last_days", 0), 14) << change.dump(2);
    EXPECT_NEAR(change.value("first_mean", 0.0), 1.0, 1e-9) << change.dump(2);
    EXPECT_NEAR(change.value("last_mean", 0.0), 1.3, 1e-9) << change.dump(2);
    EXPECT_EQ(contradiction(week), "");
}

// (b) Six weeks: in the first two, sessions (soreness 4 or 6, a mean of 5)
// on 12 of 14 days with two rest days at 2; then sessions every third day;
// in the last two, one session at 5 and rest days at 1 or 3 (a mean of 2).
// The days' mean falls from 4.6 to 2.3, a fall the old line called a
// meaningful improvement; but sessions left 5 before and after, and rest
// days were 2: only the mix of days changed.
TEST(TruthChange, OnlyTheMixOfDaysChangedIsNoImprovement) {
    std::vector<Day> days;
    for (int d = 0; d < 14; ++d) {
        if (d == 3 || d == 10) {
            days.push_back(rest(2));
        } else {
            days.push_back(session(days.size() % 2 == 0 ? 4 : 6));
        }
    }
    for (int d = 14; d < 28; ++d) {
        days.push_back(d % 3 == 0 ? session(5) : rest(d % 2 == 0 ? 1 : 3));
    }
    for (int d = 28; d < 42; ++d) {
        days.push_back(d == 30 ? session(5) : rest(d % 2 == 0 ? 1 : 3));
    }
    double sessions_first = 0;
    int n_first = 0;
    for (int d = 0; d < 14; ++d) {
        if (days[static_cast<std::size_t>(d)].session()) {
            sessions_first += days[static_cast<std::size_t>(d)].soreness;
            ++n_first;
        }
    }
    ASSERT_DOUBLE_EQ(sessions_first / n_first, 5.0);
    ASSERT_GT(day_mean(days, 0, 14) - day_mean(days, 28, 42), 2.0) << "the trap: all days fall";
    auto week = week_of(fixed(last_day - chrono::days{41}, days));
    ASSERT_TRUE(week.contains("change") && week["change"].is_object()) << week.dump(2);
    const auto& change = week["change"];
    EXPECT_EQ(change.value("meaningful", true), false) << change.dump(2);
    EXPECT_NE(text_of(change, "kind"), "meaningful improvement") << change.dump(2);
    EXPECT_EQ(contradiction(week), "");
}

// (c) Eight weeks of soreness falling from about 6 to about 2 (each day
// its level plus -1, 0 or +1), a session every Wednesday 2 points above the
// level: clean days 6 +- 1 in the first 14 days, 2 +- 1 in the last 14.
TEST(TruthChange, ARealFallIsAMeaningfulImprovementUnderAnImprovingTrend) {
    constexpr std::array<int, 11> noise = {0, 1, -1, 0, -1, 1, 1, 0, -1, 0, 1};
    std::vector<Day> days;
    for (int d = 0; d < 56; ++d) {
        double level = 6.6 - d * (5.2 / 55.0);
        bool wednesday = d % 7 == 2;
        days.push_back(
            wednesday ? session(rounded(level + 2))
                      : rest(rounded(level + noise[static_cast<std::size_t>(d) % noise.size()])));
    }
    auto clean_mean = [&](int from, int to) {
        std::vector<double> clean;
        for (int d = from; d < to; ++d) {
            // Not a session, nor within the 3 days after one.
            int since = (d % 7 - 2 + 7) % 7;
            if (since > 3) {
                clean.push_back(days[static_cast<std::size_t>(d)].soreness);
            }
        }
        return mean_of(clean);
    };
    EXPECT_NEAR(clean_mean(0, 14), 6.0, 1.0);
    EXPECT_NEAR(clean_mean(42, 56), 2.0, 1.0);
    auto week = week_of(fixed(last_day - chrono::days{55}, days));
    ASSERT_TRUE(week.contains("change") && week["change"].is_object()) << week.dump(2);
    const auto& change = week["change"];
    EXPECT_EQ(text_of(change, "kind"), "meaningful improvement") << change.dump(2);
    EXPECT_EQ(change.value("meaningful", false), true) << change.dump(2);
    ASSERT_TRUE(week.contains("trend") && week["trend"].is_object()) << week.dump(2);
    EXPECT_EQ(text_of(week["trend"], "direction"), "improving") << week["trend"].dump(2);
    EXPECT_EQ(contradiction(week), "");
}

} // namespace
