#include "render/causes.hpp"

#include "formats/json.hpp"
#include "render/causes_words.hpp"
#include "render/interval.hpp"
#include "render/table.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <array>
#include <fmt/color.h>
#include <ostream>
#include <sstream>

namespace sore::render {

namespace {

using analysis::Cause;
using analysis::Finding;
using json = nlohmann::ordered_json;

constexpr std::size_t width = 78;
constexpr std::string_view indent = "   ";

std::string heading(const analysis::CausesReport& report, const journal::DateRange& range) {
    auto text = fmt::format("What goes with your soreness: {}",
                            util::count(report.entries, "entry", "entries"));
    using journal::format_date;
    if (range.from && range.to) {
        text += fmt::format(" from {} to {}", format_date(*range.from), format_date(*range.to));
    } else if (range.from) {
        text += fmt::format(" from {} on", format_date(*range.from));
    } else if (range.to) {
        text += fmt::format(" up to {}", format_date(*range.to));
    }
    return text;
}

// A member of an optional struct, or null.
template <typename T, typename Member>
json member_or_null(const std::optional<T>& value, Member T::*member) {
    return value ? json((*value).*member) : json(nullptr);
}

void print_together(std::ostream& out, const analysis::Together& t) {
    out << "All five together";
    if (!t.fit) {
        out << "\n" << util::wrap(together_gap_text(*t.gap), width, indent);
        return;
    }
    out << fmt::format(" ({})\n", together_summary(t));
    Table table({{"Cause"}, {"Points", Align::right}, {"Per"}, {"95% CI"}});
    for (std::size_t i = 0; i < t.causes.size(); ++i) {
        const auto& ci = t.fit->coefficient_ci[i];
        table.add_row({{std::string(analysis::key_of(t.causes[i]))},
                       {signed_fixed(t.fit->coefficients[i], 2)},
                       {std::string(words_of(t.causes[i]).unit)},
                       {interval_text(ci)}});
    }
    std::ostringstream rows;
    table.print(rows, false);
    std::istringstream lines(rows.str());
    for (std::string line; std::getline(lines, line);) {
        out << indent << line << '\n';
    }
    out << util::wrap(together_note(t), width, indent);
}

json gap_json(const std::optional<analysis::Gap>& gap) {
    if (!gap) {
        return nullptr;
    }
    static constexpr std::array<std::string_view, 8> kinds{
        "few_entries",       "few_with",        "few_without", "measure_constant",
        "soreness_constant", "groups_constant", "singular",    "exact_fit"};
    return {{"reason", kinds[static_cast<std::size_t>(gap->kind)]},
            {"have", gap->have},
            {"needed", gap->needed},
            {"value", gap->value}};
}

json finding_json(const Finding& f) {
    json j = {{"cause", analysis::key_of(f.cause)},
              {"kind", analysis::is_measure(f.cause) ? "measure" : "marker"},
              {"n", f.n},
              {"strength", nullptr},
              {"rho", f.rho}};
    if (f.strength) {
        j["strength"] = analysis::name_of(*f.strength);
    }
    if (analysis::is_measure(f.cause)) {
        using analysis::LineFit;
        j["slope"] = member_or_null(f.line, &LineFit::slope);
        j["ci95"] = interval_json(f.line ? f.line->slope_ci : std::nullopt);
        j["intercept"] = member_or_null(f.line, &LineFit::intercept);
    } else {
        using analysis::MeanDifference;
        const auto& g = f.groups;
        j["n_with"] = member_or_null(g, &MeanDifference::n_with);
        j["n_without"] = member_or_null(g, &MeanDifference::n_without);
        j["mean_with"] = member_or_null(g, &MeanDifference::mean_with);
        j["mean_without"] = member_or_null(g, &MeanDifference::mean_without);
        j["difference"] = member_or_null(g, &MeanDifference::difference);
        j["ci95"] = interval_json(g ? g->difference_ci : std::nullopt);
        j["df"] = g ? json(g->df) : json(nullptr);
    }
    j["gap"] = gap_json(f.gap);
    return j;
}

json together_json(const analysis::Together& t) {
    json causes = json::array();
    json left_out = json::array();
    for (std::size_t i = 0; i < t.causes.size(); ++i) {
        causes.push_back({{"cause", analysis::key_of(t.causes[i])},
                          {"coefficient", t.fit ? json(t.fit->coefficients[i]) : json(nullptr)},
                          {"ci95", interval_json(t.fit ? std::optional(t.fit->coefficient_ci[i])
                                                       : std::nullopt)}});
    }
    for (auto cause : t.left_out) {
        left_out.push_back(analysis::key_of(cause));
    }
    const auto& fit = t.fit;
    using analysis::Regression;
    return {
        {"n", t.n},
        {"r_squared", member_or_null(fit, &Regression::r_squared)},
        {"df", member_or_null(fit, &Regression::df)},
        {"intercept", member_or_null(fit, &Regression::intercept)},
        {"intercept_ci95", interval_json(fit ? std::optional(fit->intercept_ci) : std::nullopt)},
        {"coefficients", causes},
        {"left_out", left_out},
        {"gap", gap_json(t.gap)}};
}

} // namespace

std::array<std::string, 2> figure_lines(const Finding& f) {
    if (f.line) {
        return {fmt::format("{} points {} (95% CI {})", signed_fixed(f.line->slope, 2),
                            words_of(f.cause).unit, interval_text(*f.line->slope_ci)),
                fmt::format("Spearman's rho {}, from {} entries", signed_fixed(*f.rho, 2), f.n)};
    }
    const auto& g = *f.groups;
    return {fmt::format("{} points {} (95% CI {}, Welch df {})", signed_fixed(g.difference, 2),
                        words_of(f.cause).unit, interval_text(*g.difference_ci), fixed(*g.df, 1)),
            fmt::format("mean {} with it (n = {}), {} without (n = {})", fixed(g.mean_with, 1),
                        g.n_with, fixed(g.mean_without, 1), g.n_without)};
}

std::string strength_label(const Finding& f) {
    return f.strength ? std::string(analysis::name_of(*f.strength)) : "not enough data";
}

std::string together_summary(const analysis::Together& t) {
    return fmt::format("{} entries with sitting, pressure and knots; R-squared {}", t.n,
                       fixed(t.fit->r_squared, 2));
}

void print_causes_text(std::ostream& out, const analysis::CausesReport& report,
                       const journal::DateRange& range, bool color) {
    out << heading(report, range) << "\n\n";
    int rank = 0;
    for (const auto& f : report.findings) {
        auto label = strength_label(f);
        auto styled = color ? fmt::format(fmt::emphasis::bold, "{}", label) : label;
        out << fmt::format("{}. {}: {}\n", ++rank, words_of(f.cause).title, styled);
        if (f.strength) {
            for (const auto& line : figure_lines(f)) {
                out << indent << line << '\n';
            }
            out << util::wrap(finding_text(f), width, indent);
        } else {
            out << util::wrap(gap_text(f.cause, *f.gap), width, indent);
        }
        out << '\n';
    }
    print_together(out, report.together);
    out << '\n' << util::wrap(association_note(), width, "");
}

json causes_json(const analysis::CausesReport& report, const journal::DateRange& range) {
    json findings = json::array();
    for (const auto& f : report.findings) {
        findings.push_back(finding_json(f));
    }
    return {{"from", journal::format_date(range.from)},
            {"to", journal::format_date(range.to)},
            {"entries", report.entries},
            {"causes", findings},
            {"together", together_json(report.together)}};
}

} // namespace sore::render
