// sore brief [--format F]: what to tell the therapist before the next
// session, on one screen.

#include "analysis/brief.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "render/brief.hpp"
#include "store/entries.hpp"
#include "store/reports.hpp"
#include "util/text.hpp"

#include <array>
#include <ostream>

namespace sore::commands {

namespace {

enum class BriefFormat { text, json };
constexpr std::array<std::string_view, 2> brief_formats{"text", "json"};

struct BriefOptions {
    BriefFormat format = BriefFormat::text;
};

void declare(cli::Spec& spec) {
    spec.option("format", "F", "text (default) or json");
}

BriefOptions read(const cli::Parsed& args) {
    BriefOptions o;
    if (auto format = args.text("format")) {
        o.format = cli::parse_enum<BriefFormat>("--format", *format, brief_formats);
    }
    return o;
}

// The techniques of a day's sessions: the days carry none.
std::string techniques_on(store::Database& db, journal::Day day) {
    std::vector<std::string> names;
    store::EntryFilter that_day;
    that_day.range = {day, day};
    for (const auto& e : store::list_entries(db, that_day)) {
        if (e.is_session() && e.technique) {
            auto name = std::string(journal::name_of(*e.technique));
            if (std::find(names.begin(), names.end(), name) == names.end()) {
                names.push_back(name);
            }
        }
    }
    return util::joined(names, "and");
}

int run(cli::Context& ctx, const BriefOptions& options) {
    auto& db = ctx.journal(store::Access::read);
    auto today = ctx.today();
    journal::DateRange whole{std::nullopt, today};
    auto timeline = analysis::build_timeline(store::days_for_report(db, whole), std::nullopt);
    auto recovery = analysis::build_recovery_report(timeline, store::recent_injury(db, today));
    auto brief = analysis::build_brief(timeline, recovery, today);
    for (auto& s : brief.recent) {
        s.technique = techniques_on(db, s.day);
    }
    if (brief.last) {
        brief.last->technique = brief.recent.front().technique;
    }
    if (options.format == BriefFormat::json) {
        ctx.out << render::brief_json(brief, recovery).dump(2) << '\n';
    } else if (timeline.days.empty()) {
        ctx.out << ctx.nothing_logged_yet();
    } else {
        render::print_brief_text(ctx.out, brief, recovery);
    }
    return 0;
}

} // namespace

extern const cli::Command brief_command{
    .name = "brief",
    .summary = "what to tell your therapist before the next session",
    .usage = "sore brief [--format F]",
    .about = "What to show or send your therapist before the next session, on one screen:\n"
             "the last session and what it left, a pressure to start from and the pain\n"
             "during each, knots lately, an injury flagged in the last 7 days, emotional\n"
             "releases lately, and your last three sessions. Plain text that reads well\n"
             "pasted into a message; --format json gives the same facts.",
    .example = "sore brief | wl-copy",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
