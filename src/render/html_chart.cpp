#include "render/html_chart.hpp"

#include "journal/dates.hpp"
#include "render/html_escape.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <iterator>
#include <numbers>
#include <utility>
#include <vector>

namespace sore::render {

namespace {

constexpr std::string_view ink = "#333";         // entries, axes, text
constexpr std::string_view line_ink = "#1f4e8c"; // the weekly means: dark blue, dark grey in print
constexpr std::string_view grid_ink = "#c8c8c8";
constexpr std::string_view shade = "#ececec";
constexpr std::string_view no_pressure_ink = "#9a9a9a"; // a session without a pressure
constexpr double radius = 3.5;
// A session's marker reaches this far out from its centre, past its circle.
constexpr double marker_radius = 8;
// The side of a weekly mean's square: wider than an entry's circle, which is
// drawn over it filled white, so that where an entry sits on its week's mean
// both still show (a blue frame around the ring).
constexpr double mark = 10;
constexpr int most_date_labels = 12;

std::string num(double value) {
    return svg_number(value);
}

// "5 Oct", or "4 Jan 2027" for the first label of a new year.
std::string date_label(date::sys_days day, bool with_year) {
    static constexpr std::array<std::string_view, 12> months{
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    date::year_month_day ymd{day};
    auto text = fmt::format("{} {}", static_cast<unsigned>(ymd.day()),
                            months.at(static_cast<unsigned>(ymd.month()) - 1));
    return with_year ? fmt::format("{} {}", text, static_cast<int>(ymd.year())) : text;
}

// A circle drawn as a path, for the legend: the chart's only <circle>
// elements are entries.
std::string ring(double cx, double cy, std::string_view fill = "none") {
    return fmt::format(
        R"svg(<path d="M{},{}a{r},{r} 0 1,0 {d},0a{r},{r} 0 1,0 -{d},0" fill="{}" )svg"
        R"svg(stroke="{}" stroke-width="1.2"/>)svg",
        num(cx - radius), num(cy), fill, ink, fmt::arg("r", num(radius)),
        fmt::arg("d", num(2 * radius)));
}

// An entry's fill: white on a rest day, else its pressure's ink.
std::string_view fill_of(const journal::Entry& e) {
    if (!e.is_session()) {
        return "#fff";
    }
    return e.pressure ? pressure_ink(journal::level_of(*e.pressure)) : no_pressure_ink;
}

std::string what_of(const journal::Entry& e) {
    if (!e.is_session()) {
        return "";
    }
    return e.pressure ? fmt::format(", {} pressure", journal::name_of(*e.pressure))
                      : std::string(", a session without a pressure");
}

std::string square(double cx, double cy) {
    return fmt::format(R"svg(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>)svg",
                       num(cx - mark / 2), num(cy - mark / 2), num(mark), num(mark), line_ink);
}

void shade_outside(std::string& svg, const ChartScale& s, date::sys_days from, date::sys_days to) {
    auto band = [&](date::sys_days first, date::sys_days last) { // both included
        if (first > last) {
            return;
        }
        double x0 = s.x(first) - s.day_width() / 2;
        svg += fmt::format(R"svg(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>)svg",
                           num(x0), num(ChartScale::top),
                           num((last - first).count() * s.day_width() + s.day_width()),
                           num(ChartScale::plot_height), shade);
    };
    auto last_day = s.first + date::days{s.days - 1};
    band(s.first, std::min(from - date::days{1}, last_day));
    band(std::max(to + date::days{1}, s.first), last_day);
}

void grid(std::string& svg, const ChartScale& s) {
    double right = ChartScale::left + ChartScale::plot_width;
    for (int level = 0; level <= 10; level += 2) {
        double y = s.y(level);
        svg += fmt::format(R"svg(<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}" )svg"
                           R"svg(stroke-width="{}"{}/>)svg",
                           num(ChartScale::left), num(right), level == 0 ? ink : grid_ink,
                           level == 0 ? "1" : "0.6",
                           level == 0 ? "" : R"svg( stroke-dasharray="3,3")svg",
                           fmt::arg("y", num(y)));
        svg += fmt::format(R"svg(<text x="{}" y="{}" text-anchor="end" font-size="11" )svg"
                           R"svg(fill="{}">{}</text>)svg",
                           num(ChartScale::left - 6), num(y + 4), ink, level);
    }
    svg +=
        fmt::format(R"svg(<text transform="translate(11,{}) rotate(-90)" text-anchor="middle" )svg"
                    R"svg(font-size="11" fill="{}">soreness, 0-10</text>)svg",
                    num(s.y(5)), ink);
}

void date_axis(std::string& svg, const ChartScale& s) {
    int weeks = s.days / 7;
    int step = (weeks + most_date_labels - 1) / most_date_labels;
    double bottom = s.y(0);
    int shown_year = static_cast<int>(date::year_month_day{s.first}.year());
    for (int w = 0; w < weeks; ++w) {
        auto monday = s.first + date::weeks{w};
        double x = s.x(monday) - s.day_width() / 2;
        svg += fmt::format(R"svg(<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" )svg"
                           R"svg(stroke-width="1"/>)svg",
                           num(bottom), num(bottom + 5), ink, fmt::arg("x", num(x)));
        if (w % step != 0 || x > ChartScale::left + ChartScale::plot_width - 30) {
            continue;
        }
        int year = static_cast<int>(date::year_month_day{monday}.year());
        svg += fmt::format(R"svg(<text x="{}" y="{}" text-anchor="{}" font-size="11" )svg"
                           R"svg(fill="{}">{}</text>)svg",
                           num(x), num(bottom + 18), w == 0 ? "start" : "middle", ink,
                           date_label(monday, year != shown_year));
        shown_year = year;
    }
}

void weekly_line(std::string& svg, const ChartScale& s, const analysis::WeekReport& weeks) {
    std::vector<std::string> run; // the points of consecutive weeks with entries
    auto finish = [&] {
        if (run.size() > 1) {
            std::string points;
            for (const auto& p : run) {
                points += (points.empty() ? "" : " ") + p;
            }
            svg += fmt::format(R"svg(<polyline points="{}" fill="none" stroke="{}" )svg"
                               R"svg(stroke-width="2" stroke-linejoin="round"/>)svg",
                               points, line_ink);
        }
        run.clear();
    };
    for (const auto& week : weeks.weeks) {
        if (!week.mean_soreness) {
            finish();
            continue;
        }
        run.push_back(
            fmt::format("{},{}", num(s.week_x(week.monday)), num(s.y(*week.mean_soreness))));
    }
    finish();
    for (const auto& week : weeks.weeks) {
        if (week.mean_soreness) {
            svg += square(s.week_x(week.monday), s.y(*week.mean_soreness));
        }
    }
}

// Calls draw(entry, x) for each entry inside the drawn weeks, spread
// across its day.
template <typename Draw>
void each_entry(const ChartScale& s, std::span<const journal::Entry> entries, Draw draw) {
    auto last = s.first + date::days{s.days - 1};
    for (auto it = entries.begin(); it != entries.end();) {
        auto same_day = std::find_if(it, entries.end(),
                                     [&](const journal::Entry& e) { return e.date != it->date; });
        auto day = it->date;
        int n = static_cast<int>(std::distance(it, same_day));
        for (int k = 0; it != same_day; ++it, ++k) {
            if (day >= s.first && day <= last) {
                draw(*it, s.x(day, k, n));
            }
        }
    }
}

// Drawn before the weekly means: a marker is wider than a mean's square, so
// its points still show around one drawn over it, and the square stays whole.
void markers(std::string& svg, const ChartScale& s, std::span<const journal::Entry> entries) {
    each_entry(s, entries, [&](const journal::Entry& e, double x) {
        if (e.pressure) {
            svg +=
                pressure_marker(journal::level_of(*e.pressure), x, s.y(e.soreness), marker_radius);
        }
    });
}

void points(std::string& svg, const ChartScale& s, std::span<const journal::Entry> entries) {
    each_entry(s, entries, [&](const journal::Entry& e, double x) {
        auto when = journal::format_date(e.date);
        if (e.time) {
            when += " " + journal::format_time(*e.time);
        }
        svg += fmt::format(R"svg(<circle cx="{}" cy="{}" r="{}" fill="{}" stroke="{}" )svg"
                           R"svg(stroke-width="1.2"><title>{}: soreness {}{}</title></circle>)svg",
                           num(x), num(s.y(e.soreness)), num(radius), fill_of(e), ink,
                           html_escape(when), e.soreness, what_of(e));
    });
}

void legend(std::string& svg, bool shaded) {
    double y = ChartScale::height - 26;
    double x = ChartScale::left;
    auto label = [&](double at, std::string_view text) {
        svg += fmt::format(R"svg(<text x="{}" y="{}" font-size="11" fill="{}">{}</text>)svg",
                           num(at), num(y + 4), ink, text);
    };
    svg += ring(x + radius, y);
    label(x + 12, "rest day");
    x += 80;
    svg += fmt::format(R"svg(<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}" )svg"
                       R"svg(stroke-width="2"/>)svg",
                       num(x), num(x + 24), line_ink, fmt::arg("y", num(y)));
    svg += square(x + 12, y);
    label(x + 30, "weekly mean");
    if (shaded) {
        x += 110;
        svg += fmt::format(R"svg(<rect x="{}" y="{}" width="12" height="10" fill="{}" )svg"
                           R"svg(stroke="{}" stroke-width="0.5"/>)svg",
                           num(x), num(y - 5), shade, grid_ink);
        label(x + 17, "outside the period");
    }
    // The second row: sessions, by pressure.
    y += 18;
    x = ChartScale::left;
    label(x, "session, by pressure:");
    x += 132;
    for (int level = 1; level <= 4; ++level) {
        svg += pressure_marker(level, x + marker_radius, y, marker_radius);
        svg += ring(x + marker_radius, y, pressure_ink(level));
        auto name = journal::name_of(static_cast<journal::Pressure>(level));
        label(x + 2 * marker_radius + 4, name);
        x += 2 * marker_radius + 14 + 7 * static_cast<double>(name.size());
    }
    svg += ring(x + marker_radius, y, no_pressure_ink);
    label(x + marker_radius + 9, "no pressure given");
}

} // namespace

std::string svg_number(double value) {
    double tenths = std::round(value * 10) / 10;
    return fmt::format("{}", tenths == 0 ? 0.0 : tenths); // never "-0"
}

std::string_view pressure_ink(int level) {
    constexpr std::array<std::string_view, 4> inks{"#fdae6b", "#f16913", "#c2410c", "#7f2704"};
    return inks.at(static_cast<std::size_t>(level - 1));
}

std::string_view pressure_dash(int level) {
    constexpr std::array<std::string_view, 4> dashes{"2,3", "7,3", "10,3,2,3", "14,4"};
    return dashes.at(static_cast<std::size_t>(level - 1));
}

std::string pressure_marker(int level, double cx, double cy, double radius,
                            std::string_view inner) {
    // Points at angles from straight up, clockwise; the star alternates
    // its points with a ring of corners 0.4 as far out.
    std::vector<std::pair<double, double>> corners; // degrees, share of the radius
    switch (level) {
    case 1:
        corners = {{0, 1}, {120, 1}, {240, 1}};
        break;
    case 2:
        corners = {{0, 0.9}, {90, 0.9}, {180, 0.9}, {270, 0.9}};
        break;
    case 3:
        corners = {{60, 1}, {180, 1}, {300, 1}};
        break;
    default:
        for (int i = 0; i < 10; ++i) {
            corners.emplace_back(36 * i, i % 2 == 0 ? 1 : 0.4);
        }
    }
    std::string d;
    for (const auto& [degrees, share] : corners) {
        double a = degrees * std::numbers::pi / 180;
        d += fmt::format("{}{},{}", d.empty() ? "M" : "L", num(cx + share * radius * std::sin(a)),
                         num(cy - share * radius * std::cos(a)));
    }
    auto open = fmt::format(R"svg(<path d="{}Z" fill="{}" stroke="{}" stroke-width="0.8")svg", d,
                            pressure_ink(level), ink);
    return inner.empty() ? open + "/>" : fmt::format("{}>{}</path>", open, inner);
}

double ChartScale::x(date::sys_days day, int k, int n) const {
    double within = static_cast<double>(k + 1) / (n + 1);
    return left + ((day - first).count() + within) * day_width();
}

double ChartScale::week_x(date::sys_days monday) const {
    return left + ((monday - first).count() + 3.5) * day_width();
}

double ChartScale::y(double soreness) const {
    return top + plot_height - std::clamp(soreness, 0.0, 10.0) * plot_height / 10;
}

std::string soreness_chart_svg(const analysis::WeekReport& weeks,
                               std::span<const journal::Entry> entries,
                               const journal::DaySpan& period) {
    const auto& [from, to] = period;
    ChartScale s{weeks.span.first,
                 static_cast<int>((weeks.span.last - weeks.span.first).count()) + 1};
    std::string svg = fmt::format(
        R"svg(<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="chart-title">)svg"
        R"svg(<title id="chart-title">Soreness of each entry, 0 to 10, and the mean of each )svg"
        R"svg(week</title>)svg",
        num(ChartScale::width), num(ChartScale::height));
    bool shaded = from > weeks.span.first || to < weeks.span.last;
    shade_outside(svg, s, from, to);
    grid(svg, s);
    date_axis(svg, s);
    markers(svg, s, entries);
    weekly_line(svg, s, weeks);
    points(svg, s, entries);
    legend(svg, shaded);
    svg += "</svg>";
    return svg;
}

} // namespace sore::render
