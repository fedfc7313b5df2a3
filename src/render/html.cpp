#include "render/html.hpp"

#include "embedded.hpp"
#include "error.hpp"
#include "journal/dates.hpp"
#include "render/html_chart.hpp"
#include "render/html_sections.hpp"
#include "version.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace sore::render {

namespace {

using html::Data;

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

// The length of the UTF-8 sequence at text[i], or 0 when the bytes there
// are not UTF-8 (overlong forms and surrogates included).
std::size_t utf8_length(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) {
        return static_cast<unsigned char>(text[k]);
    };
    unsigned char c = byte(i);
    std::size_t n = c < 0x80                 ? 1
                    : c >= 0xC2 && c <= 0xDF ? 2
                    : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4
                                             : 0;
    if (n == 0 || i + n > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            return 0;
        }
    }
    unsigned char second = n > 1 ? byte(i + 1) : 0;
    if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) ||
        (c == 0xF0 && second < 0x90) || (c == 0xF4 && second > 0x8F)) {
        return 0;
    }
    return n;
}

std::string_view report_template() {
    auto files = report_files();
    auto found = std::find_if(files.begin(), files.end(),
                              [](const EmbeddedFile& f) { return f.name == "report.html"; });
    if (found == files.end()) {
        throw Error("the report template report.html is missing from this build");
    }
    return found->text;
}

std::string summary(const ReportPage& page) {
    auto sessions = static_cast<std::size_t>(
        std::count_if(page.entries.begin(), page.entries.end(),
                      [](const journal::Entry& e) { return e.is_session(); }));
    if (page.entries.empty()) {
        return "no entries";
    }
    return fmt::format("{}: {} and {}", html::count(page.entries.size(), "entry", "entries"),
                       html::count(sessions, "massage session", "massage sessions"),
                       html::count(page.entries.size() - sessions, "rest day", "rest days"));
}

std::string empty_message(const ReportPage& page) {
    if (page.journal_entries == 0) {
        return "The journal has no entries yet, so there is nothing to show.";
    }
    if (page.journal_entries == 1) {
        return "The journal's only entry falls outside this period.";
    }
    return fmt::format(
        "None of the {} in the journal falls in this period.",
        html::count(static_cast<std::size_t>(page.journal_entries), "entry", "entries"));
}

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        auto n = utf8_length(text, i);
        if (n == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            out += replacement;
            ++i;
            continue;
        }
        // U+FFFE and U+FFFF are not characters XML allows.
        if (n == 3 && c == 0xEF && text[i + 1] == '\xBF' &&
            (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
            out += replacement;
        } else {
            switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out.append(text.substr(i, n));
            }
        }
        i += n;
    }
    return out;
}

void print_report_html(std::ostream& out, const ReportPage& page) {
    kainjow::mustache::mustache tmpl{std::string(report_template())};
    if (!tmpl.is_valid()) {
        throw Error(fmt::format("the report template is broken: {}", tmpl.error_message()));
    }
    tmpl.set_custom_escape([](const std::string& text) { return html_escape(text); });

    Data data;
    auto period =
        fmt::format("{} to {}", journal::format_date(page.from), journal::format_date(page.to));
    data.set("period", period);
    data.set("summary", summary(page));
    data.set("about",
             "From a soreness journal kept with sore: after a glute massage, or on a rest day, "
             "soreness is rated from 0 to 10, with what bears on the five common reasons "
             "massage hurts: knots or trigger points, how firm the pressure was, hours spent "
             "sitting, an injury or inflamed area, and emotional release.");
    data.set("version", std::string(version));
    data.set("today", journal::format_date(page.today));
    data.set("has_entries", !page.entries.empty());
    data.set("empty_message", empty_message(page));
    if (!page.entries.empty()) {
        data.set("chart", soreness_chart_svg(page.weeks, page.entries, page.from, page.to));
        html::add_weeks(data, page.weeks, page.from, page.to, page.today);
        html::add_causes(data, page.causes);
        html::add_injuries(data, page.entries);
        html::add_entries(data, page.entries);
    }
    tmpl.render(data, out);
    if (!tmpl.is_valid()) {
        throw Error(fmt::format("the report template is broken: {}", tmpl.error_message()));
    }
}

} // namespace sore::render
