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

std::string trend_text(const WeekReport& report) {
    if (report.trend_exact) {
        return "Trend: the weekly means lie exactly on a line, which leaves no room for an "
               "interval; more weeks will give one.";
    }
    if (!report.trend) {
        return fmt::format("Trend: needs entries in at least {} weeks; {} {} them.",
                           analysis::weeks_for_trend, report.weeks_with_entries,
                           report.weeks_with_entries == 1 ? "week has" : "weeks have");
    }
    const auto& fit = report.trend->fit;
    std::string_view verdict;
    switch (report.trend->direction) {
    case Direction::improving:
        verdict = "improving: soreness is coming down week by week";
        break;
    case Direction::worsening:
        verdict = "worsening: soreness is going up week by week";
        break;
    case Direction::no_clear_change:
        verdict = "no clear change: the interval takes in a flat line";
        break;
    }
    return fmt::format("Trend: {} points a week (95% CI {} to {}) over {} weeks with entries; {}.",
                       signed_fixed(fit.slope, 2), signed_fixed(fit.slope_ci->low, 2),
                       signed_fixed(fit.slope_ci->high, 2), fit.n, verdict);
}

std::string change_text(const WeekReport& report) {
    if (!report.change) {
        return "Change: only one week has entries, so there is nothing to compare it with yet.";
    }
    const auto& c = *report.change;
    if (fixed(c.difference, 1) == fixed(0, 1)) {
        return fmt::format("Change: mean soreness was {} in {} and in {}: no change.",
                           fixed(c.first_mean, 1), journal::format_week(c.first_week),
                           journal::format_week(c.last_week));
    }
    // Two decimals and a tenth of a percent, so that a change just short of
    // the bar never reads as reaching it.
    auto points = fixed(std::abs(c.difference), 2);
    auto percent = c.relative ? fixed(std::abs(*c.relative) * 100, 1) : std::string();
    auto amount = fmt::format("{} {} points", c.difference < 0 ? "down" : "up", points);
    if (c.relative) {
        amount += fmt::format(" ({}%)", percent);
    }
    bool looks_met = points == fixed(analysis::meaningful_points, 2) ||
                     percent == fixed(analysis::meaningful_share * 100, 1);
    std::string verdict = c.meaningful ? (c.difference < 0 ? "a clinically meaningful improvement"
                                                           : "a clinically meaningful worsening")
                          : looks_met  ? "just short of a clinically meaningful change"
                                       : "less than a clinically meaningful change";
    return fmt::format("Change: mean soreness went from {} in {} to {} in {}, {}: {} ({} is the "
                       "usual bar).",
                       fixed(c.first_mean, 1), journal::format_week(c.first_week),
                       fixed(c.last_mean, 1), journal::format_week(c.last_week), amount, verdict,
                       meaningful_bar());
}

std::string meaningful_bar() {
    return fmt::format("{} points or {}%", fixed(analysis::meaningful_points, 0),
                       fixed(analysis::meaningful_share * 100, 0));
}

std::string week_columns_note() {
    return "Sessions are entries with a pressure or a technique other than none. Mean and Max "
           "are soreness 0-10; Sat h is the mean of the hours sat that entries record; Pressure "
           "is the level used most (the firmer on a tie); Injury counts entries marking one.";
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
                 {"Max", Align::right},
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
                       {std::to_string(*week.max_soreness)},
                       {or_blank(week.mean_sitting_hours, 1)},
                       {pressure_name(week.top_pressure)},
                       {week.injuries > 0 ? std::to_string(week.injuries) : "", red},
                       {soreness_bar(*week.mean_soreness, style.ascii)}});
    }
    table.print(out, style.color, style.width);
    // The sentences under the table keep to a narrower terminal too.
    auto prose = std::min(width, style.width.value_or(width));
    out << '\n' << util::wrap(week_columns_note(), prose, "") << '\n';
    out << util::wrap(trend_text(report), prose, "");
    out << util::wrap(change_text(report), prose, "");
}

void print_week_csv(std::ostream& out, const WeekReport& report) {
    formats::write_csv_row(out, {"week", "week_start", "entries", "sessions", "mean_soreness",
                                 "max_soreness", "mean_sitting_hours", "pressure", "injuries"});
    auto number = [](const auto& value) {
        return value ? fmt::format("{}", *value) : std::string();
    };
    for (const auto& week : report.weeks) {
        formats::write_csv_row(out,
                               {journal::format_week(week.monday),
                                journal::format_date(week.monday), std::to_string(week.entries),
                                std::to_string(week.sessions), number(week.mean_soreness),
                                number(week.max_soreness), number(week.mean_sitting_hours),
                                number(week.top_pressure), std::to_string(week.injuries)});
    }
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
                         {"injuries", week.injuries}});
    }
    json trend = nullptr;
    if (report.trend) {
        static constexpr std::array<std::string_view, 3> directions{"improving", "worsening",
                                                                    "no clear change"};
        const auto& fit = report.trend->fit;
        trend = {{"weeks", fit.n},
                 {"slope", fit.slope},
                 {"ci95", interval_json(fit.slope_ci)},
                 {"intercept", fit.intercept},
                 {"direction", directions[static_cast<std::size_t>(report.trend->direction)]}};
    }
    json change = nullptr;
    if (report.change) {
        const auto& c = *report.change;
        change = {{"first_week", journal::format_week(c.first_week)},
                  {"last_week", journal::format_week(c.last_week)},
                  {"first_mean", c.first_mean},
                  {"last_mean", c.last_mean},
                  {"difference", c.difference},
                  {"relative", c.relative},
                  {"meaningful", c.meaningful}};
    }
    return {{"from", journal::format_date(report.span.first)},
            {"to", journal::format_date(report.span.last)},
            {"entries", report.entries},
            {"weeks_with_entries", report.weeks_with_entries},
            {"weeks", weeks},
            {"trend", trend},
            {"change", change}};
}

} // namespace sore::render
