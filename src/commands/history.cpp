// sore history [ID] [--last N] [--format text|json]: the journal's changes,
// newest first; with an ID, every version of that entry.

#include "store/history.hpp"

#include "cli/context.hpp"
#include "cli/parsing.hpp"
#include "error.hpp"
#include "formats/json.hpp"
#include "journal/values.hpp"
#include "store/entries.hpp"
#include "store/undo.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sore::commands {

namespace {

enum class HistoryFormat { text, json };
constexpr std::array<std::string_view, 2> history_formats{"text", "json"};

struct HistoryOptions {
    std::optional<std::int64_t> id;
    std::optional<std::int64_t> last;
    HistoryFormat format = HistoryFormat::text;
};

void declare(cli::Spec& spec) {
    spec.option("last", "N", "only the N newest changes")
        .option("format", "F", "text (default) or json")
        .words("id");
}

HistoryOptions read(const cli::Parsed& args) {
    HistoryOptions o;
    if (auto id = args.one_word("id", "entry id")) {
        o.id = cli::parse_id(*id);
    }
    if (auto last = args.text("last")) {
        o.last = journal::parse_whole("--last", *last, 1, 1000000000);
    }
    if (auto format = args.text("format")) {
        o.format = cli::parse_enum<HistoryFormat>("--format", *format, history_formats);
    }
    return o;
}

// The fields that differ between two versions of an entry.
std::vector<std::string> fields_changed(const std::optional<std::string>& before,
                                        const std::optional<std::string>& after) {
    std::vector<std::string> fields;
    if (!before || !after) {
        return fields;
    }
    auto a = nlohmann::json::parse(*before, nullptr, false);
    auto b = nlohmann::json::parse(*after, nullptr, false);
    if (!a.is_object() || !b.is_object()) {
        return fields;
    }
    for (const auto& item : b.items()) {
        if (item.key() != "updated_at" &&
            (!a.contains(item.key()) || a[item.key()] != item.value())) {
            fields.push_back(item.key());
        }
    }
    return fields;
}

nlohmann::ordered_json entry_or_null(const std::optional<std::string>& text) {
    return text ? nlohmann::ordered_json::parse(*text, nullptr, false) : nlohmann::ordered_json();
}

nlohmann::ordered_json change_json(const store::Change& c, const store::UndoState& state,
                                   const std::vector<std::int64_t>& undone) {
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const auto& s : c.steps) {
        nlohmann::ordered_json changed = nlohmann::ordered_json::array();
        for (const auto& f : fields_changed(s.before, s.after)) {
            changed.push_back(f);
        }
        steps.push_back({{"entry", s.entry},
                         {"before", entry_or_null(s.before)},
                         {"after", entry_or_null(s.after)},
                         {"fields_changed", changed}});
    }
    nlohmann::ordered_json added = nullptr;
    if (c.added_first && c.added_last) {
        added = {{"first", *c.added_first}, {"last", *c.added_last}, {"count", c.added_count}};
    }
    return {{"change", c.id},
            {"at", c.at},
            {"kind", store::name_of(c.kind)},
            {"command", nlohmann::ordered_json::parse(c.command, nullptr, false)},
            {"summary", c.summary},
            {"target", c.target},
            {"added_ids", added},
            {"undone", std::find(undone.begin(), undone.end(), c.id) != undone.end()},
            {"next_undo", state.undo == c.id},
            {"entries", steps},
            {"hash", c.hash}};
}

// The changes an undo has taken back and no redo put back.
std::vector<std::int64_t> undone_ids(const std::vector<store::Change>& changes) {
    std::vector<std::int64_t> undone;
    for (const auto& c : changes) {
        if (c.kind == store::ChangeKind::undo && c.target) {
            undone.push_back(*c.target);
        } else if (c.kind == store::ChangeKind::redo && c.target) {
            for (const auto& u : changes) {
                if (u.id == *c.target && u.target) {
                    std::erase(undone, *u.target);
                }
            }
        }
    }
    return undone;
}

// " (2026-12-05 21:14)": when the history started.
std::string started(const std::vector<store::Change>& changes) {
    return changes.empty() ? std::string()
                           : fmt::format(" ({})", journal::local_time_of(changes.front().at));
}

void print_change(std::ostream& out, const store::Change& c, bool undone) {
    out << fmt::format("{:>5}  {}  {:<22}  {}{}\n", c.id, journal::local_time_of(c.at),
                       util::shorten(store::command_words(c), 22), c.summary,
                       undone ? " (undone)" : "");
}

void print_versions(std::ostream& out, std::int64_t id, const std::vector<store::Change>& changes) {
    out << fmt::format("Entry {}, oldest first:\n", id);
    for (const auto& c : changes) {
        std::string what;
        if (c.steps.empty()) {
            what = "added by the import";
        } else {
            const auto& s = c.steps.front();
            if (!s.before) {
                what = "added: " + store::entry_words(*s.after);
            } else if (!s.after) {
                what = "removed";
            } else {
                auto fields = fields_changed(s.before, s.after);
                what = fields.empty() ? std::string("unchanged values")
                                      : "changed " + util::joined(fields, "and");
            }
        }
        out << fmt::format("{:>5}  {}  {:<22}  {}\n", c.id, journal::local_time_of(c.at),
                           util::shorten(store::command_words(c), 22), what);
    }
}

int run(cli::Context& ctx, const HistoryOptions& options) {
    auto& db = ctx.journal(store::Access::read);
    store::Transaction snapshot(db, store::Transaction::Kind::read);
    auto all = store::all_changes(db, options.format == HistoryFormat::json || options.id);
    auto state = store::undo_state(all);
    auto undone = undone_ids(all);
    std::vector<store::Change> shown;
    if (options.id) {
        shown = store::changes_of_entry(db, *options.id);
        if (shown.empty() && !store::find_entry(db, *options.id)) {
            throw UsageError(fmt::format("history: no entry {} now and no change in the journal's "
                                         "history touched one; 'sore history' lists the changes",
                                         *options.id));
        }
        if (shown.empty() && options.format == HistoryFormat::text) {
            ctx.out << fmt::format("Entry {} has not changed since the history started{}.\n",
                                   *options.id, started(all));
            return 0;
        }
    } else {
        shown = std::move(all);
        std::reverse(shown.begin(), shown.end());
        if (options.last && static_cast<std::size_t>(*options.last) < shown.size()) {
            shown.resize(static_cast<std::size_t>(*options.last));
        }
    }
    if (options.format == HistoryFormat::json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& c : shown) {
            list.push_back(change_json(c, state, undone));
        }
        ctx.out << formats::dump({{"entry", options.id}, {"changes", list}}, 2) << '\n';
    } else if (options.id) {
        print_versions(ctx.out, *options.id, shown);
    } else {
        for (const auto& c : shown) {
            print_change(ctx.out, c, std::find(undone.begin(), undone.end(), c.id) != undone.end());
        }
    }
    return 0;
}

} // namespace

extern const cli::Command history_command{
    .name = "history",
    .summary = "what changed in the journal, and when",
    .usage = "sore history [ID] [--last N] [--format F]",
    .about = "The journal's changes, newest first: when, the command, which entries. With\n"
             "an entry's ID, every version of that entry, oldest first, and which fields\n"
             "changed. The history is the journal's own record: export leaves it out.",
    .example = "sore history 41",
    .declare = declare,
    .invoke = cli::invoke<read, run>,
};

} // namespace sore::commands
