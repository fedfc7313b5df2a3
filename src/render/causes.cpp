#include "render/causes.hpp"

#include "formats/json.hpp"
#include "render/causes_words.hpp"
#include "render/interval.hpp"
#include "util/text.hpp"

#include <array>
#include <fmt/color.h>
#include <ostream>

namespace sore::render {

namespace {

using analysis::Finding;
using json = nlohmann::ordered_json;

constexpr std::size_t width = 78;
constexpr std::string_view indent = "   ";

std::string heading(const analysis::CausesReport& report) {
    std::string text = "What went with your soreness";
    if (report.logged) {
        text += fmt::format(", {} to {}", journal::format_date(report.logged->first),
                            journal::format_date(report.logged->last));
    }
    return text;
}

json gap_json(const std::optional<analysis::Gap>& gap) {
    if (!gap) {
        return nullptr;
    }
    constexpr std::array<std::string_view, 8> kinds{"few_days", "few_sessions", "few_weighed",
                                                    "few_with", "few_without",  "few_levels",
                                                    "constant", "no_fit"};
    return {{"reason", kinds.at(static_cast<std::size_t>(gap->kind))},
            {"have", gap->have},
            {"needed", gap->needed},
            {"value", gap->value}};
}

json cause_or_null(const std::optional<analysis::Cause>& cause) {
    return cause ? json(analysis::key_of(*cause)) : json(nullptr);
}

} // namespace

json finding_json(const Finding& f, const std::string& text) {
    return {{"cause", analysis::key_of(f.cause)},
            {"verdict", analysis::name_of(f.verdict)},
            {"estimate", f.estimate},
            {"ci95", interval_json(f.ci)},
            {"exact", f.exact},
            {"unit", unit_of(f)},
            {"p", f.exact ? std::optional<double>() : f.p},
            {"p_holm", f.exact ? std::optional<double>() : f.p_holm},
            {"n", f.n},
            {"lightest", f.lightest},
            {"firmest", f.firmest},
            {"tied_with", cause_or_null(f.tied_with)},
            {"tied_rho", f.tied_rho},
            {"gap", gap_json(f.gap)},
            {"text", text}};
}

namespace {

json episode_json(const analysis::Episode& e) {
    json soon = json::array();
    for (auto day : e.sessions_soon) {
        soon.push_back(journal::format_date(day));
    }
    return {{"first", journal::format_date(e.span.first)},
            {"last", journal::format_date(e.span.last)},
            {"flagged_days", e.flagged_days},
            {"sessions_within_72h", soon}};
}

} // namespace

std::string verdict_text(analysis::Verdict verdict, bool color) {
    std::string text(analysis::name_of(verdict));
    return color && verdict == analysis::Verdict::clear
               ? fmt::format(fmt::emphasis::bold, "{}", text)
               : text;
}

void print_causes_text(std::ostream& out, const analysis::CausesReport& report, bool color) {
    out << heading(report) << '\n' << counts_text(report) << "\n\n";
    out << util::wrap(association_note(), width, "") << '\n';
    int rank = 0;
    for (const auto& f : report.findings) {
        out << fmt::format("{}. {}: {}\n", ++rank, title_of(f.cause),
                           verdict_text(f.verdict, color));
        if (f.estimate) {
            out << util::wrap(figure_line(f), width, indent);
        }
        out << util::wrap(finding_text(f), width, indent) << '\n';
    }
    if (auto episodes = episodes_text(report); !episodes.empty()) {
        out << util::wrap(episodes, width, "") << '\n';
    }
    out << util::wrap(method_note(), width, "");
}

json causes_json(const analysis::CausesReport& report, const journal::DateRange& range) {
    json findings = json::array();
    for (const auto& f : report.findings) {
        findings.push_back(finding_json(f, finding_text(f)));
    }
    json episodes = json::array();
    for (const auto& e : report.episodes) {
        episodes.push_back(episode_json(e));
    }
    return {{"from", journal::format_date(range.from)},
            {"to", journal::format_date(range.to)},
            {"days", report.days},
            {"clean_days", report.clean_days},
            {"sessions", report.sessions},
            {"sessions_in_model", report.sessions_in_model},
            {"episodes", report.episodes.size()},
            {"causes", findings},
            {"injury_episodes", episodes}};
}

} // namespace sore::render
