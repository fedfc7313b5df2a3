#include "store/history.hpp"

#include "journal/dates.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <stdexcept>

namespace sore::store {

namespace {

constexpr std::array<std::string_view, 7> kind_names{"start",  "log",  "edit", "rm",
                                                     "import", "undo", "redo"};
const std::string no_hash(64, '0');

std::string sha256_hex(std::string_view text) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                       text.size());
    std::string hex;
    for (auto byte : digest) {
        hex += fmt::format("{:02x}", byte);
    }
    return hex;
}

// What the hash covers: every field but the hash, and the steps in entry
// order, in one fixed layout.
std::string canonical(const Change& c) {
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const auto& s : c.steps) {
        steps.push_back({{"entry", s.entry},
                         {"before", s.before ? nlohmann::ordered_json(*s.before) : nullptr},
                         {"after", s.after ? nlohmann::ordered_json(*s.after) : nullptr}});
    }
    auto optional = [](const std::optional<std::int64_t>& v) {
        return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
    };
    nlohmann::ordered_json j{{"id", c.id},
                             {"at", c.at},
                             {"kind", name_of(c.kind)},
                             {"command", c.command},
                             {"target", optional(c.target)},
                             {"added_first", optional(c.added_first)},
                             {"added_last", optional(c.added_last)},
                             {"added_count", optional(c.added_count)},
                             {"summary", c.summary},
                             {"steps", steps}};
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string chained(const std::string& previous, const Change& c) {
    return sha256_hex(previous + "\n" + canonical(c));
}

ChangeKind kind_from(std::string_view name) {
    auto it = std::find(kind_names.begin(), kind_names.end(), name);
    if (it == kind_names.end()) {
        throw std::runtime_error(fmt::format("unknown change kind '{}'", name));
    }
    return static_cast<ChangeKind>(it - kind_names.begin());
}

Change change_at(const Statement& s) {
    Change c;
    c.id = s.get_int(0);
    c.at = s.get_text(1);
    c.kind = kind_from(s.get_view(2));
    c.command = s.get_text(3);
    c.target = s.get_optional_int(4);
    c.added_first = s.get_optional_int(5);
    c.added_last = s.get_optional_int(6);
    c.added_count = s.get_optional_int(7);
    c.summary = s.get_text(8);
    c.hash = s.get_text(9);
    return c;
}

constexpr const char* select_changes =
    "SELECT id, at, kind, command, target, added_first, added_last, added_count, summary, hash "
    "FROM change";

} // namespace

std::string_view name_of(ChangeKind kind) {
    return kind_names.at(static_cast<std::size_t>(kind));
}

std::string command_json(const std::vector<std::string>& words) {
    return nlohmann::json(words).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void record_change(Database& db, Change& change) {
    std::string previous = no_hash;
    change.id = 1;
    if (Statement last(db, "SELECT id, hash FROM change ORDER BY id DESC LIMIT 1"); last.step()) {
        change.id = last.get_int(0) + 1;
        previous = last.get_text(1);
    }
    change.at = journal::utc_timestamp();
    std::sort(change.steps.begin(), change.steps.end(),
              [](const EntryStep& a, const EntryStep& b) { return a.entry < b.entry; });
    change.hash = chained(previous, change);
    Statement insert(db, "INSERT INTO change (id, at, kind, command, target, added_first, "
                         "added_last, added_count, summary, hash) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind(1, change.id)
        .bind(2, change.at)
        .bind(3, name_of(change.kind))
        .bind(4, change.command)
        .bind(5, change.target)
        .bind(6, change.added_first)
        .bind(7, change.added_last)
        .bind(8, change.added_count)
        .bind(9, change.summary)
        .bind(10, change.hash)
        .run();
    if (change.steps.empty()) {
        return;
    }
    Statement step(db, "INSERT INTO change_entry (change_id, entry_id, before, after) "
                       "VALUES (?1, ?2, ?3, ?4)");
    for (const auto& s : change.steps) {
        step.bind(1, change.id).bind(2, s.entry).bind(3, s.before).bind(4, s.after).run();
        step.reset();
    }
}

void start_history(Database& db) {
    Statement count(db, "SELECT count(*) FROM entry");
    count.step();
    auto entries = count.get_int(0);
    Change start;
    start.kind = ChangeKind::start;
    start.command = "[]";
    start.summary =
        fmt::format("history starts here, {} {}", entries, entries == 1 ? "entry" : "entries");
    record_change(db, start);
}

std::vector<Change> all_changes(Database& db, bool steps) {
    std::vector<Change> changes;
    Statement s(db, std::string(select_changes) + " ORDER BY id");
    while (s.step()) {
        changes.push_back(change_at(s));
    }
    if (!steps) {
        return changes;
    }
    Statement e(db, "SELECT change_id, entry_id, before, after FROM change_entry "
                    "ORDER BY change_id, entry_id");
    std::size_t at = 0;
    while (e.step()) {
        auto id = e.get_int(0);
        while (at < changes.size() && changes[at].id < id) {
            ++at;
        }
        if (at == changes.size() || changes[at].id != id) {
            // A step without its change: the chain check reports it.
            continue;
        }
        changes[at].steps.push_back({e.get_int(1), e.get_optional_text(2), e.get_optional_text(3)});
    }
    return changes;
}

std::vector<Change> changes_of_entry(Database& db, std::int64_t entry) {
    std::vector<Change> changes;
    Statement s(db, "SELECT c.id, c.at, c.kind, c.command, c.target, c.added_first, "
                    "c.added_last, c.added_count, c.summary, c.hash, e.before, e.after "
                    "FROM change AS c "
                    "LEFT JOIN change_entry AS e ON e.change_id = c.id AND e.entry_id = ?1 "
                    "WHERE e.entry_id IS NOT NULL OR ?1 BETWEEN c.added_first AND c.added_last "
                    "ORDER BY c.id");
    s.bind(1, entry);
    while (s.step()) {
        auto c = change_at(s);
        if (!s.is_null(10) || !s.is_null(11)) {
            c.steps.push_back({entry, s.get_optional_text(10), s.get_optional_text(11)});
        }
        changes.push_back(std::move(c));
    }
    return changes;
}

std::optional<ChainBreak> verify_chain(Database& db) {
    std::string previous = no_hash;
    std::int64_t expected_id = 1;
    for (const auto& c : all_changes(db, true)) {
        if (c.id != expected_id) {
            return ChainBreak{c.id, fmt::format("change {} is missing before it", expected_id)};
        }
        if (chained(previous, c) != c.hash) {
            return ChainBreak{c.id, "it no longer matches what was recorded (altered or inserted "
                                    "outside sore, or the change before it was)"};
        }
        previous = c.hash;
        ++expected_id;
    }
    Statement orphan(db, "SELECT change_id FROM change_entry WHERE change_id NOT IN "
                         "(SELECT id FROM change) LIMIT 1");
    if (orphan.step()) {
        return ChainBreak{orphan.get_int(0), "its entries are recorded but the change is not"};
    }
    return std::nullopt;
}

UndoState undo_state(const std::vector<Change>& changes) {
    std::vector<std::int64_t> done;   // changes in effect, newest last
    std::vector<std::int64_t> undone; // undo changes redo can take back, newest last
    bool start_on_top = false;
    for (const auto& c : changes) {
        switch (c.kind) {
        case ChangeKind::start:
            done.clear();
            undone.clear();
            done.push_back(c.id);
            break;
        case ChangeKind::undo:
            if (!done.empty()) {
                done.pop_back();
            }
            undone.push_back(c.id);
            break;
        case ChangeKind::redo:
            if (!undone.empty()) {
                undone.pop_back();
            }
            done.push_back(c.id);
            break;
        default:
            done.push_back(c.id);
            undone.clear();
            break;
        }
    }
    UndoState state;
    if (!done.empty()) {
        auto top = std::find_if(changes.begin(), changes.end(),
                                [&](const Change& c) { return c.id == done.back(); });
        start_on_top = top != changes.end() && top->kind == ChangeKind::start;
        if (!start_on_top) {
            state.undo = done.back();
        }
    }
    if (!undone.empty()) {
        state.redo = undone.back();
    }
    return state;
}

} // namespace sore::store
