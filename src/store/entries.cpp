#include "store/entries.hpp"

#include "journal/dates.hpp"

#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>
#include <fmt/format.h>

namespace sore::store {

using journal::Entry;

namespace {

// Columns in the order read_entry() expects; tags joined with ';' (a tag
// cannot contain one).
constexpr std::string_view entry_columns = R"(
    e.id, e.uuid, e.date, e.time, e.soreness, e.during, e.sitting_min, e.pressure,
    e.technique, e.knots, e.injury, e.emotional, e.side, e.note, e.created_at, e.updated_at,
    (SELECT group_concat(tag, ';') FROM
        (SELECT tag FROM entry_tag WHERE entry_id = e.id ORDER BY tag)))";

template <typename T> std::optional<T> optional_int(const Statement& stmt, int column) {
    auto value = stmt.get_optional_int(column);
    if (!value) {
        return std::nullopt;
    }
    return static_cast<T>(*value);
}

std::vector<std::string> split_tags(const std::string& joined) {
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start < joined.size()) {
        auto end = joined.find(';', start);
        if (end == std::string::npos) {
            end = joined.size();
        }
        tags.push_back(joined.substr(start, end - start));
        start = end + 1;
    }
    return tags;
}

Entry read_entry(const Statement& stmt) {
    Entry e;
    e.id = stmt.get_int(0);
    e.uuid = stmt.get_text(1);
    e.date = stmt.get_text(2);
    e.time = stmt.get_optional_text(3);
    e.soreness = static_cast<int>(stmt.get_int(4));
    e.during = optional_int<int>(stmt, 5);
    e.sitting_min = optional_int<int>(stmt, 6);
    e.pressure = optional_int<journal::Pressure>(stmt, 7);
    if (auto technique = stmt.get_optional_text(8)) {
        e.technique = journal::technique_from_name(*technique);
    }
    e.knots = optional_int<int>(stmt, 9);
    e.injury = stmt.get_int(10) != 0;
    e.emotional = stmt.get_int(11) != 0;
    if (auto side = stmt.get_optional_text(12)) {
        e.side = journal::side_from_name(*side);
    }
    e.note = stmt.get_optional_text(13);
    e.created_at = stmt.get_text(14);
    e.updated_at = stmt.get_text(15);
    e.tags = split_tags(stmt.get_text(16));
    return e;
}

std::optional<std::string_view> name_or_null(const auto& value) {
    if (!value) {
        return std::nullopt;
    }
    return journal::name_of(*value);
}

// Text is bound in place (the entry outlives the step; every caller resets
// the statement before the entry goes): a copy of each text per row was a
// large part of an import.
void borrow(Statement& stmt, int index, const std::optional<std::string_view>& text) {
    if (text) {
        stmt.bind_borrowed(index, *text);
    } else {
        stmt.bind_null(index);
    }
}

// Binds the editable fields in schema order, at ?(first)..?(first + 12).
void bind_fields(Statement& stmt, const Entry& e, int first) {
    std::optional<int> pressure;
    if (e.pressure) {
        pressure = journal::level_of(*e.pressure);
    }
    stmt.bind_borrowed(first, e.date);
    borrow(stmt, first + 1, e.time);
    stmt.bind(first + 2, e.soreness)
        .bind(first + 3, e.during)
        .bind(first + 4, e.sitting_min)
        .bind(first + 5, pressure)
        .bind(first + 7, e.knots)
        .bind(first + 8, e.injury ? 1 : 0)
        .bind(first + 9, e.emotional ? 1 : 0);
    borrow(stmt, first + 6, name_or_null(e.technique));
    borrow(stmt, first + 10, name_or_null(e.side));
    borrow(stmt, first + 11, e.note);
    stmt.bind_borrowed(first + 12, e.updated_at);
}

// The columns an insert gives, in the order bind_new_entry() binds them.
constexpr std::string_view insert_columns = "uuid, date, time, soreness, during, sitting_min, "
                                            "pressure, technique, knots, injury, emotional, "
                                            "side, note, updated_at, created_at, id";
constexpr int insert_width = 16;

} // namespace

std::string new_uuid() {
    static thread_local boost::uuids::random_generator generate;
    return boost::uuids::to_string(generate());
}

std::string insert_entries_sql(int rows) {
    std::string sql = fmt::format("INSERT INTO entry ({}) VALUES ", insert_columns);
    for (int row = 0; row < rows; ++row) {
        int first = row * insert_width + 1;
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column < insert_width; ++column) {
            sql += fmt::format("{}?{}", column == 0 ? "" : ", ", first + column);
        }
        sql += ")";
    }
    return sql;
}

void bind_new_entry(Statement& stmt, Entry& e, int row) {
    if (e.uuid.empty()) {
        e.uuid = new_uuid();
    }
    if (e.created_at.empty()) {
        e.created_at = journal::utc_timestamp();
    }
    if (e.updated_at.empty()) {
        e.updated_at = e.created_at;
    }
    int first = row * insert_width + 1;
    stmt.bind_borrowed(first, e.uuid).bind_borrowed(first + 14, e.created_at);
    bind_fields(stmt, e, first + 1);
    if (e.id != 0) {
        stmt.bind(first + 15, e.id);
    } else {
        stmt.bind_null(first + 15);
    }
}

EntryWriter::EntryWriter(Database& db)
    : db_(db), insert_(db, insert_entries_sql(1)),
      try_insert_(db, insert_entries_sql(1) + " ON CONFLICT DO NOTHING"), update_(db, R"(
        UPDATE entry SET date = ?2, time = ?3, soreness = ?4, during = ?5, sitting_min = ?6,
                         pressure = ?7, technique = ?8, knots = ?9, injury = ?10,
                         emotional = ?11, side = ?12, note = ?13, updated_at = ?14
        WHERE id = ?1)"),
      find_by_uuid_(db, std::string("SELECT ") + std::string(entry_columns) +
                            " FROM entry e WHERE e.uuid = ?1"),
      clear_tags_(db, "DELETE FROM entry_tag WHERE entry_id = ?1"),
      add_tag_(db, "INSERT OR IGNORE INTO entry_tag (entry_id, tag) VALUES (?1, ?2)") {}

void EntryWriter::bind_insert(Statement& stmt, Entry& e) {
    stmt.reset();
    bind_new_entry(stmt, e, 0);
}

void EntryWriter::insert(Entry& e) {
    bind_insert(insert_, e);
    insert_.run();
    insert_.reset();
    e.id = db_.last_insert_id();
    write_tags(e, false);
}

bool EntryWriter::try_insert(Entry& e) {
    bind_insert(try_insert_, e);
    try_insert_.run();
    try_insert_.reset();
    if (db_.changes() == 0) {
        return false;
    }
    e.id = db_.last_insert_id();
    write_tags(e, false);
    return true;
}

void EntryWriter::replace(const Entry& e) {
    update_.reset();
    update_.bind(1, e.id);
    bind_fields(update_, e, 2);
    update_.run();
    update_.reset();
    write_tags(e, true);
}

std::optional<Entry> EntryWriter::find_by_uuid(const std::string& uuid) {
    find_by_uuid_.reset();
    find_by_uuid_.bind(1, uuid);
    std::optional<Entry> found;
    if (find_by_uuid_.step()) {
        found = read_entry(find_by_uuid_);
    }
    find_by_uuid_.reset(); // no statement left running at commit
    return found;
}

void EntryWriter::write_tags(const Entry& e, bool clear) {
    if (clear) {
        clear_tags_.reset();
        clear_tags_.bind(1, e.id).run();
    }
    for (const auto& tag : e.tags) {
        add_tag_.reset();
        add_tag_.bind(1, e.id).bind_borrowed(2, tag).run();
    }
    add_tag_.reset(); // lets go of the last tag
}

void insert_entry(Database& db, Entry& e) {
    EntryWriter(db).insert(e);
}

void update_entry(Database& db, Entry& e) {
    e.updated_at = journal::utc_timestamp();
    EntryWriter(db).replace(e);
}

std::optional<Entry> find_entry(Database& db, std::int64_t id) {
    Statement stmt(db, std::string("SELECT ") + std::string(entry_columns) +
                           " FROM entry e WHERE e.id = ?1");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return read_entry(stmt);
}

bool remove_entry(Database& db, std::int64_t id) {
    Statement stmt(db, "DELETE FROM entry WHERE id = ?1");
    stmt.bind(1, id).run();
    return db.changes() > 0;
}

void for_each_entry(Database& db, const EntryFilter& filter,
                    const std::function<void(const Entry&)>& visit) {
    constexpr std::string_view matches = R"(
        FROM entry e
        WHERE (?1 IS NULL OR e.date >= ?1) AND (?2 IS NULL OR e.date <= ?2)
          AND (?3 IS NULL OR EXISTS (SELECT 1 FROM entry_tag t
                                     WHERE t.entry_id = e.id AND t.tag = ?3)))";
    // Every match comes straight off the date index, oldest first. For the
    // latest N, an inner query picks them newest first and the outer one
    // turns them round; that sorts, so only then.
    auto sql =
        filter.last
            ? fmt::format("SELECT * FROM (SELECT {} {} ORDER BY e.date DESC, e.time DESC, "
                          "e.id DESC LIMIT ?4) ORDER BY 3, 4, 1",
                          entry_columns, matches)
            : fmt::format("SELECT {} {} ORDER BY e.date, e.time, e.id", entry_columns, matches);
    Statement stmt(db, sql);
    stmt.bind(1, filter.from).bind(2, filter.to).bind(3, filter.tag);
    if (filter.last) {
        stmt.bind(4, *filter.last);
    }
    while (stmt.step()) {
        visit(read_entry(stmt));
    }
}

std::vector<Entry> list_entries(Database& db, const EntryFilter& filter) {
    std::vector<Entry> entries;
    for_each_entry(db, filter, [&](const Entry& e) { entries.push_back(e); });
    return entries;
}

std::vector<std::int64_t> ids_on_date(Database& db, const std::string& date) {
    Statement stmt(db, "SELECT id FROM entry WHERE date = ?1 ORDER BY id");
    stmt.bind(1, date);
    std::vector<std::int64_t> ids;
    while (stmt.step()) {
        ids.push_back(stmt.get_int(0));
    }
    return ids;
}

bool never_used(Database& db) {
    // AUTOINCREMENT keeps the highest id ever given in sqlite_sequence.
    Statement stmt(db, R"(
        SELECT NOT EXISTS (SELECT 1 FROM entry)
           AND coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'entry'), 0) = 0)");
    stmt.step();
    return stmt.get_int(0) != 0;
}

std::int64_t last_id_given(Database& db) {
    Statement stmt(db, R"(
        SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'entry'), 0),
                   coalesce((SELECT max(id) FROM entry), 0)))");
    stmt.step();
    return stmt.get_int(0);
}

std::int64_t count_entries(Database& db) {
    Statement stmt(db, "SELECT count(*) FROM entry");
    stmt.step();
    return stmt.get_int(0);
}

} // namespace sore::store
