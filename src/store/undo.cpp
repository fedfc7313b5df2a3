#include "store/undo.hpp"

#include "error.hpp"
#include "formats/json.hpp"
#include "store/entries.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

namespace sore::store {

namespace {

std::optional<std::string> now_of(Database& db, std::int64_t id) {
    auto entry = find_entry(db, id);
    return entry ? std::optional<std::string>(recorded(*entry)) : std::nullopt;
}

const Change& change_by_id(const std::vector<Change>& changes, std::int64_t id) {
    auto it =
        std::find_if(changes.begin(), changes.end(), [&](const Change& c) { return c.id == id; });
    if (it == changes.end()) {
        throw Error(fmt::format("the journal's history has no change {}; run 'sore check'", id));
    }
    return *it;
}

// Every entry must be as the change left it: else something changed it
// since, which taking the change back would undo too.
void check_unchanged(Database& db, const Change& target, const std::vector<EntryStep>& steps) {
    for (const auto& s : steps) {
        if (now_of(db, s.entry) == s.before) {
            continue;
        }
        auto since = changes_of_entry(db, s.entry);
        std::erase_if(since, [&](const Change& c) { return c.id <= target.id; });
        if (since.empty()) {
            throw Error(fmt::format("entry {} is not as change {} ('{}') left it, and no later "
                                    "change explains it: it was changed outside sore (with the "
                                    "sqlite3 shell, say), so undo cannot tell what to put back",
                                    s.entry, target.id, command_words(target)));
        }
        throw Error(fmt::format("entry {} was changed since by change {} ('{}', {}); that change "
                                "is not being undone, so this one cannot be",
                                s.entry, since.back().id, command_words(since.back()),
                                since.back().at));
    }
}

// The file an import read, from its command.
std::string imported_from(const Change& c) {
    auto args = nlohmann::json::parse(c.command, nullptr, false);
    if (args.is_array()) {
        for (std::size_t i = 1; i < args.size(); ++i) {
            if (args[i].is_string() && !args[i].get<std::string>().starts_with("-")) {
                return args[i].get<std::string>();
            }
        }
    }
    return "the file";
}

std::string describe(const std::vector<EntryStep>& steps) {
    std::vector<std::string> parts;
    int restored = 0;
    int removed = 0;
    int changed = 0;
    for (const auto& s : steps) {
        if (!s.before) {
            ++restored;
            parts.push_back("restored " + entry_words(*s.after));
        } else if (!s.after) {
            ++removed;
            parts.push_back("removed " + entry_words(*s.before));
        } else {
            ++changed;
            parts.push_back("put back " + entry_words(*s.after));
        }
    }
    if (parts.size() <= 3) {
        return parts.empty() ? std::string("nothing to change")
                             : fmt::format("{}", fmt::join(parts, ", "));
    }
    std::vector<std::string> counts;
    for (auto [n, verb] :
         {std::pair{restored, "restored"}, {removed, "removed"}, {changed, "put back"}}) {
        if (n > 0) {
            counts.push_back(fmt::format("{} {} {}", verb, n, n == 1 ? "entry" : "entries"));
        }
    }
    return fmt::format("{}", fmt::join(counts, ", "));
}

} // namespace

std::string recorded(const journal::Entry& entry) {
    std::string text;
    formats::append_entry_json(text, entry);
    return text;
}

std::string entry_words(const std::string& recorded) {
    auto entry = formats::entry_from_json(recorded);
    if (!entry) {
        return "an entry";
    }
    return fmt::format("entry {} ({}, soreness {})", entry->id, journal::format_date(entry->date),
                       entry->soreness);
}

std::string command_words(const Change& change) {
    auto args = nlohmann::json::parse(change.command, nullptr, false);
    std::vector<std::string> words;
    if (args.is_array()) {
        for (const auto& a : args) {
            auto word = a.is_string() ? a.get<std::string>() : a.dump();
            bool plain = !word.empty() && word.find_first_of(" \t\"'") == std::string::npos;
            words.push_back(plain ? word : nlohmann::json(word).dump());
        }
    }
    return words.empty() ? std::string(name_of(change.kind))
                         : fmt::format("{}", fmt::join(words, " "));
}

Plan plan_undo(Database& db, const std::vector<Change>& changes) {
    auto state = undo_state(changes);
    if (!state.undo) {
        auto start = std::find_if(changes.begin(), changes.end(),
                                  [](const Change& c) { return c.kind == ChangeKind::start; });
        throw Error(start == changes.end()
                        ? std::string("nothing to undo")
                        : fmt::format("nothing to undo: the history starts at {} ({})",
                                      journal::local_time_of(start->at), start->summary));
    }
    Plan plan{change_by_id(changes, *state.undo), {}, {}};
    const auto& t = plan.target;
    std::vector<EntryStep> expected; // before: as the change left it
    for (const auto& s : t.steps) {
        expected.push_back({s.entry, s.after, s.before});
    }
    check_unchanged(db, t, expected);
    plan.steps = expected;
    if (t.added_first && t.added_last) {
        // The entries an import added, as they are now.
        std::vector<journal::Entry> added;
        for_each_entry(db, {}, [&](const journal::Entry& e) {
            if (e.id >= *t.added_first && e.id <= *t.added_last &&
                std::none_of(t.steps.begin(), t.steps.end(),
                             [&](const EntryStep& s) { return s.entry == e.id; })) {
                added.push_back(e);
            }
        });
        if (t.added_count && static_cast<std::int64_t>(added.size()) != *t.added_count) {
            throw Error(fmt::format("change {} ('{}') added {} entries and {} of them are in the "
                                    "journal now: they were changed outside sore, so undo cannot "
                                    "tell what to take back",
                                    t.id, command_words(t), *t.added_count, added.size()));
        }
        for (const auto& e : added) {
            plan.steps.push_back({e.id, recorded(e), std::nullopt});
        }
        plan.what = fmt::format("removed the {} {} imported from {}", added.size(),
                                added.size() == 1 ? "entry" : "entries", imported_from(t));
        if (!t.steps.empty()) {
            plan.what += ", " + describe(expected);
        }
    } else {
        plan.what = describe(plan.steps);
    }
    return plan;
}

Plan plan_redo(Database& db, const std::vector<Change>& changes) {
    auto state = undo_state(changes);
    if (!state.redo) {
        throw Error("nothing to redo: no undo since the last change");
    }
    Plan plan{change_by_id(changes, *state.redo), {}, {}};
    for (const auto& s : plan.target.steps) {
        plan.steps.push_back({s.entry, s.after, s.before});
    }
    check_unchanged(db, plan.target, plan.steps);
    plan.what = describe(plan.steps);
    return plan;
}

Change carry_out(Database& db, const Plan& plan, ChangeKind kind, std::string command) {
    EntryWriter writer(db);
    for (const auto& s : plan.steps) {
        if (!s.after) {
            remove_entry(db, s.entry);
            continue;
        }
        auto entry = formats::entry_from_json(*s.after);
        if (!entry) {
            throw Error(fmt::format("the journal's history holds entry {} in a form this sore "
                                    "cannot read; run 'sore check'",
                                    s.entry));
        }
        if (s.before) {
            writer.replace(*entry);
        } else {
            writer.insert(*entry);
        }
    }
    Change change;
    change.kind = kind;
    change.command = std::move(command);
    change.target = plan.target.id;
    change.summary = kind == ChangeKind::undo
                         ? fmt::format("undid change {}: {}", plan.target.id, plan.what)
                         : fmt::format("redid what change {} undid: {}", plan.target.id, plan.what);
    change.steps = plan.steps;
    record_change(db, change);
    return change;
}

} // namespace sore::store
