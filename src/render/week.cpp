#include "render/week.hpp"

#include "formats/csv.hpp"
#include "formats/json.hpp"
#include "journal/dates.hpp"
#include "journal/entry.hpp"
#include "render/interval.hpp"
#include "render/table.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/color.h>
#include <ostream>

namespace sore::render {

namespace {

using analysis::Direction;
using analysis::WeekReport;
using analysis::WeekRow;

constexpr int cells_per_point = 2;
constexpr std::size_t width = 78;

std::string pressure_name(const std::optional<int>& level) {
    if (!level) {
        return "";
    }
    return std::string(journal::name_of(static_cast<journal::Pressure>(*level)));
}

template <typename T> std::string or_blank(const std::optional<T>& value, int decimals) {
    return value ? fixed(*value, decimals) : "";
}

} // namespace

std::string counts_text(const WeekReport& report) {
    using std::size_t;
    return fmt::format(
        "In all: {} ({} clean), {}, {}.",
        util::count(static_cast<size_t>(report.days), "logged day", "logged days"),
        report.clean_days, util::count(static_cast<size_t>(report.sessions), "session", "sessions"),
        util::count(static_cast<size_t>(report.episodes), "injury episode", "injury episodes"));
}

std::string trend_text(const WeekReport& report) {
    if (!report.trend) {
        int short_by = analysis::min_days - report.days;
        return fmt::format("Trend: needs {} logged days; there {} {}, so {} more would let sore "
                           "answer.",
                           analysis::min_days, report.days == 1 ? "is" : "are", report.days,
                           std::max(short_by, 0));
    }
    const auto& t = *report.trend;
    auto slope = signed_fixed(t.slope.estimate, 2);
    if (t.exact) {
        return fmt::format("Trend: {} points a week over {} logged days, exactly on a line (exact, "
                           "no interval).",
                           slope, t.days);
    }
    if (!t.slope.ci) {
        return fmt::format("Trend: {} points a week over {} logged days (no interval).", slope,
                           t.days);
    }
    std::string_view verdict;
    switch (t.direction) {
    case Direction::improving:
        verdict = "improving: soreness is coming down";
        break;
    case Direction::worsening:
        verdict = "worsening: soreness is going up";
        break;
    case Direction::no_clear_change:
        verdict = "no clear change: the interval takes in a flat line";
        break;
    }
    return fmt::format("Trend: {} points a week (95% CI {}) over {} logged days; {}.", slope,
                       interval_text(*t.slope.ci), t.days, verdict);
}

std::string change_text(const WeekReport& report) {
    using analysis::ChangeKind;
    if (!report.change) {
        if (report.days < 2 * analysis::min_window_days) {
            return fmt::format(
                "Change: needs {} logged days at each end of the period to compare; "
                "there {} {} in all, so {} more would let sore compare.",
                analysis::min_window_days, report.days == 1 ? "is" : "are",
                util::count(static_cast<std::size_t>(report.days), "logged day", "logged days"),
                2 * analysis::min_window_days - report.days);
        }
        return "Change: the first and last days of the period cannot be compared like with like "
               "(no kind of day, clean days or sessions, that both ends have and that varies).";
    }
    const auto& c = *report.change;
    auto d = c.difference.estimate;
    auto span = [](const journal::DaySpan& s) {
        return fmt::format("{} to {}", journal::format_date(s.first), journal::format_date(s.last));
    };
    auto interval = c.exact            ? std::string("exact, no interval")
                    : !c.difference.ci ? std::string("no interval")
                                       : "95% CI " + interval_text(*c.difference.ci);
    auto points = fixed(std::abs(d), 2);
    auto moved = points == fixed(0, 2)
                     ? fmt::format("a difference of {} points ({})", points, interval)
                     : fmt::format("{} {} points ({})", d < 0 ? "down" : "up", points, interval);
    std::string compared = c.clean_compared && c.sessions_compared
                               ? "clean days with clean days and sessions with sessions"
                           : c.clean_compared ? "clean days with clean days"
                                              : "sessions with sessions";
    auto head = fmt::format(
        "Change: the last {} logged days ({}) against the first {} ({}), {}: {}, from {} to {}",
        c.last_days, span(c.last), c.first_days, span(c.first), compared, moved,
        fixed(c.first_mean, 1), fixed(c.last_mean, 1));
    switch (c.kind) {
    case ChangeKind::meaningful_improvement:
        return fmt::format("{}: a meaningful improvement ({} is the usual bar).", head,
                           meaningful_bar());
    case ChangeKind::improvement:
        return fmt::format("{}: an improvement, though less than {} which counts as meaningful.",
                           head, meaningful_bar());
    case ChangeKind::worsening:
        return fmt::format("{}: sorer by {} points.", head, fixed(d, 1));
    case ChangeKind::usual_variation:
        break;
    }
    if (c.trend_disagrees) {
        return head + ". The trend over the whole period does not go the same way, so sore "
                      "does not call this an improvement or a worsening.";
    }
    return head + ": within your usual day-to-day variation.";
}

std::string meaningful_bar() {
    return fmt::format(
        "a fall of {} points, or of {}% from {} or more,", fixed(analysis::meaningful_points, 0),
        fixed(analysis::meaningful_share * 100, 0), fixed(analysis::meaningful_from, 0));
}

std::string week_columns_note() {
    return "Sessions are entries with a pressure or a technique other than none. Mean is the "
           "soreness 0-10 of all entries; Clean is the mean of clean days (no session on them or "
           "in the 3 days before, no injury): your usual soreness; After is the mean over the "
           "week's sessions of the highest soreness logged on a session's day and the two days "
           "after (up to the next session's day). Sat h is the mean of "
           "the hours sat that entries record; Pressure is the level used most (the firmer on a "
           "tie); Injury counts entries marking one.";
}

std::string soreness_bar(double mean, bool ascii) {
    double cells = std::clamp(mean, 0.0, 10.0) * cells_per_point;
    if (ascii) {
        return std::string(static_cast<std::size_t>(std::lround(cells)), '#');
    }
    static constexpr std::array<std::string_view, 8> eighths{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    auto total = static_cast<long>(std::lround(cells * 8));
    std::string bar;
    for (long i = 0; i < total / 8; ++i) {
        bar += "█";
    }
    bar += eighths[static_cast<std::size_t>(total % 8)];
    return bar;
}

void print_week_text(std::ostream& out, const WeekReport& report, TextStyle style) {
    out << fmt::format(
        "Soreness by week, {} to {} ({} to {})\n\n", journal::format_week(report.span.first),
        journal::format_week(report.span.last), journal::format_date(report.span.first),
        journal::format_date(report.span.last));
    Table table({{"Week"},
                 {"Entries", Align::right, "Ent"},
                 {"Sessions", Align::right, "Sess"},
                 {"Mean", Align::right},
                 {"Clean", Align::right},
                 {"After", Align::right},
                 {"Sat h", Align::right},
                 {"Pressure", Align::left, "Press"},
                 {"Injury", Align::right, "Inj"},
                 {"Mean soreness, 0-10", Align::left, "0-10"}});
    auto red = fmt::fg(fmt::terminal_color::red);
    for (const auto& week : report.weeks) {
        if (week.entries == 0) {
            table.add_row({{journal::format_week(week.monday)}, {"0"}, {"0"}});
            continue;
        }
        table.add_row({{journal::format_week(week.monday)},
                       {std::to_string(week.entries)},
                       {std::to_string(week.sessions)},
                       {or_blank(week.mean_soreness, 1)},
                       {or_blank(week.clean_mean, 1)},
                       {or_blank(week.left_mean, 1)},
                       {or_blank(week.mean_sitting_hours, 1)},
                       {pressure_name(week.top_pressure)},
                       {week.injuries > 0 ? std::to_string(week.injuries) : "", red},
                       {soreness_bar(*week.mean_soreness, style.ascii)}});
    }
    table.print(out, style.color, style.width);
    // The sentences under the table keep to a narrower terminal too.
    auto prose = std::min(width, style.width.value_or(width));
    out << '\n' << util::wrap(week_columns_note(), prose, "") << '\n';
    out << util::wrap(counts_text(report), prose, "");
    out << util::wrap(trend_text(report), prose, "");
    out << util::wrap(change_text(report), prose, "");
}

void print_week_csv(std::ostream& out, const WeekReport& report) {
    formats::write_csv_row(out, {"week", "week_start", "entries", "sessions", "mean_soreness",
                                 "max_soreness", "mean_sitting_hours", "pressure", "injuries",
                                 "clean_days", "clean_mean", "session_days", "left_mean"});
    auto number = [](const auto& value) {
        return value ? fmt::format("{}", *value) : std::string();
    };
    for (const auto& week : report.weeks) {
        formats::write_csv_row(out,
                               {journal::format_week(week.monday),
                                journal::format_date(week.monday), std::to_string(week.entries),
                                std::to_string(week.sessions), number(week.mean_soreness),
                                number(week.max_soreness), number(week.mean_sitting_hours),
                                number(week.top_pressure), std::to_string(week.injuries),
                                std::to_string(week.clean_days), number(week.clean_mean),
                                std::to_string(week.session_days), number(week.left_mean)});
    }
}

nlohmann::ordered_json trend_json(const analysis::Trend& t, std::optional<int> weeks) {
    static constexpr std::array<std::string_view, 3> directions{"improving", "worsening",
                                                                "no clear change"};
    nlohmann::ordered_json trend{{"days", t.days}};
    if (weeks) {
        trend["weeks"] = *weeks;
    }
    trend["slope"] = t.slope.estimate;
    trend["ci95"] = interval_json(t.slope.ci);
    trend["p"] = t.slope.p;
    trend["exact"] = t.exact;
    trend["intercept"] = t.intercept;
    trend["direction"] = directions.at(static_cast<std::size_t>(t.direction));
    return trend;
}

nlohmann::ordered_json week_json(const WeekReport& report) {
    using json = nlohmann::ordered_json;
    json weeks = json::array();
    for (const auto& week : report.weeks) {
        weeks.push_back({{"week", journal::format_week(week.monday)},
                         {"start", journal::format_date(week.monday)},
                         {"entries", week.entries},
                         {"sessions", week.sessions},
                         {"mean_soreness", week.mean_soreness},
                         {"max_soreness", week.max_soreness},
                         {"mean_sitting_hours", week.mean_sitting_hours},
                         {"pressure", week.top_pressure},
                         {"injuries", week.injuries},
                         {"clean_days", week.clean_days},
                         {"clean_mean", week.clean_mean},
                         {"session_days", week.session_days},
                         {"left_mean", week.left_mean}});
    }
    json trend =
        report.trend ? trend_json(*report.trend, report.weeks_with_entries) : json(nullptr);
    json change = nullptr;
    if (report.change) {
        static constexpr std::array<std::string_view, 4> kinds{
            "meaningful improvement", "improvement", "worsening", "usual variation"};
        const auto& c = *report.change;
        auto span = [](const journal::DaySpan& s) {
            return json{{"from", journal::format_date(s.first)},
                        {"to", journal::format_date(s.last)}};
        };
        change = {{"first_week", journal::format_week(c.first.first)},
                  {"last_week", journal::format_week(c.last.last)},
                  {"first", span(c.first)},
                  {"last", span(c.last)},
                  {"first_days", c.first_days},
                  {"last_days", c.last_days},
                  {"compared", c.compared},
                  {"first_mean", c.first_mean},
                  {"last_mean", c.last_mean},
                  {"difference", c.difference.estimate},
                  {"ci95", interval_json(c.difference.ci)},
                  {"p", c.difference.p},
                  {"exact", c.exact},
                  {"relative", c.relative},
                  {"kind", kinds.at(static_cast<std::size_t>(c.kind))},
                  {"meaningful", c.kind == analysis::ChangeKind::meaningful_improvement},
                  {"trend_disagrees", c.trend_disagrees},
                  {"clean_compared", c.clean_compared},
                  {"sessions_compared", c.sessions_compared}};
    }
    return {{"from", journal::format_date(report.span.first)},
            {"to", journal::format_date(report.span.last)},
            {"entries", report.entries},
            {"weeks_with_entries", report.weeks_with_entries},
            {"days", report.days},
            {"clean_days", report.clean_days},
            {"session_days", report.sessions},
            {"episodes", report.episodes},
            {"weeks", weeks},
            {"trend", trend},
            {"change", change}};
}

} // namespace sore::render
