#include "store/entries.hpp"

#include "error.hpp"
#include "formats/columns.hpp"
#include "journal/sites.hpp"

#include <algorithm>
#include <array>
#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>
#include <fmt/format.h>

namespace sore::store {

using formats::Column;
using journal::Entry;

namespace {

// The entry table's columns: the one list that the SELECT, read_entry(),
// the INSERTs and the UPDATE are made from. The tags and then the sites
// follow the SELECT's columns, each joined with ';' (neither can hold one).
constexpr std::array<Column, 16> table_columns{
    Column::id,        Column::uuid,   Column::date,        Column::time,
    Column::soreness,  Column::during, Column::sitting_min, Column::pressure,
    Column::technique, Column::knots,  Column::injury,      Column::emotional,
    Column::side,      Column::note,   Column::created_at,  Column::updated_at};
constexpr int width = static_cast<int>(table_columns.size());
constexpr int tags_column = width;
constexpr int sites_column = width + 1;

// A column's place in the SELECT, and in each row of a bulk INSERT.
constexpr int position(Column column) {
    return static_cast<int>(std::find(table_columns.begin(), table_columns.end(), column) -
                            table_columns.begin());
}
static_assert(position(Column::updated_at) == width - 1);

// What an UPDATE changes: all but the entry's identity and birth.
constexpr bool is_editable(Column column) {
    return column != Column::id && column != Column::uuid && column != Column::created_at;
}

std::string name(Column column) {
    return std::string(formats::name_of(column));
}

// The table's columns, each with `prefix` ("e." or ":" for a parameter),
// joined with ", ".
std::string column_list(std::string_view prefix) {
    std::string list;
    for (auto column : table_columns) {
        list += fmt::format("{}{}{}", list.empty() ? "" : ", ", prefix, name(column));
    }
    return list;
}

const std::string& select_sql() {
    static const std::string sql =
        fmt::format("SELECT {}, (SELECT group_concat(tag, ';') FROM (SELECT tag FROM "
                    "entry_tag WHERE entry_id = e.id ORDER BY tag)) AS tags, "
                    "(SELECT group_concat(site || ':' || side || '=' || soreness, ';') FROM "
                    "entry_site WHERE entry_id = e.id) AS sites FROM entry e",
                    column_list("e."));
    return sql;
}

std::string insert_one_sql() {
    return fmt::format("INSERT INTO entry ({}) VALUES ({})", column_list(""), column_list(":"));
}

std::string update_sql() {
    std::string set;
    for (auto column : table_columns) {
        if (is_editable(column)) {
            set += fmt::format("{}{} = :{}", set.empty() ? "" : ", ", name(column), name(column));
        }
    }
    return fmt::format("UPDATE entry SET {} WHERE id = :id", set);
}

template <typename T> std::optional<T> optional_int(const Statement& stmt, Column column) {
    auto value = stmt.get_optional_int(position(column));
    if (!value) {
        return std::nullopt;
    }
    return static_cast<T>(*value);
}

std::vector<std::string> split_tags(std::string_view joined) {
    std::vector<std::string> tags;
    while (!joined.empty()) {
        auto end = std::min(joined.find(';'), joined.size());
        tags.emplace_back(joined.substr(0, end));
        joined.remove_prefix(std::min(end + 1, joined.size()));
    }
    return tags;
}

[[noreturn]] void broken(std::string_view what, std::string_view value) {
    throw Error(fmt::format("the journal holds an entry with {} '{}', which sore cannot read; "
                            "run 'sore check'",
                            what, value));
}

Entry read_entry(const Statement& stmt) {
    Entry e;
    e.id = stmt.get_int(position(Column::id));
    e.uuid = stmt.get_text(position(Column::uuid));
    auto date = stmt.get_view(position(Column::date));
    auto day = journal::parse_stored_date(date);
    if (!day) {
        broken("date", date);
    }
    e.date = *day;
    if (!stmt.is_null(position(Column::time))) {
        auto text = stmt.get_view(position(Column::time));
        e.time = journal::parse_stored_time(text);
        if (!e.time) {
            broken("time", text);
        }
    }
    e.soreness = static_cast<int>(stmt.get_int(position(Column::soreness)));
    e.during = optional_int<int>(stmt, Column::during);
    e.sitting_min = optional_int<int>(stmt, Column::sitting_min);
    e.pressure = optional_int<journal::Pressure>(stmt, Column::pressure);
    if (!stmt.is_null(position(Column::technique))) {
        e.technique = journal::technique_from_name(stmt.get_view(position(Column::technique)));
    }
    e.knots = optional_int<int>(stmt, Column::knots);
    e.injury = stmt.get_int(position(Column::injury)) != 0;
    e.emotional = stmt.get_int(position(Column::emotional)) != 0;
    if (!stmt.is_null(position(Column::side))) {
        e.side = journal::side_from_name(stmt.get_view(position(Column::side)));
    }
    e.note = stmt.get_optional_text(position(Column::note));
    e.created_at = stmt.get_text(position(Column::created_at));
    e.updated_at = stmt.get_text(position(Column::updated_at));
    e.tags = split_tags(stmt.get_view(tags_column));
    if (!stmt.is_null(sites_column)) {
        auto sites = stmt.get_view(sites_column);
        try {
            e.sites = journal::parse_sites("sites", sites);
        } catch (const UsageError&) {
            broken("sites", sites);
        }
    }
    return e;
}

template <typename Enum>
std::optional<std::string_view> name_or_null(const std::optional<Enum>& value) {
    if (!value) {
        return std::nullopt;
    }
    return journal::name_of(*value);
}

// Texts the entry holds are bound in place (the entry outlives the step;
// every caller resets the statement before the entry goes): a copy of each
// text per row was a large part of an import. Dates and times are made
// here, so SQLite copies them.
void borrow(Statement& stmt, int index, const std::optional<std::string_view>& text) {
    if (text) {
        stmt.bind_borrowed(index, *text);
    } else {
        stmt.bind_null(index);
    }
}

// Binds `column` of the entry at the parameter `index`.
void bind_column(Statement& stmt, int index, const Entry& e, Column column) {
    switch (column) {
    case Column::id:
        if (e.id != 0) {
            stmt.bind(index, e.id);
        } else {
            stmt.bind_null(index); // a new one
        }
        break;
    case Column::uuid:
        stmt.bind_borrowed(index, e.uuid);
        break;
    case Column::date:
        stmt.bind(index, journal::format_date(e.date));
        break;
    case Column::time:
        stmt.bind(index, e.time ? std::optional(journal::format_time(*e.time)) : std::nullopt);
        break;
    case Column::soreness:
        stmt.bind(index, e.soreness);
        break;
    case Column::during:
        stmt.bind(index, e.during);
        break;
    case Column::sitting_min:
    case Column::sitting_hours:
        stmt.bind(index, e.sitting_min);
        break;
    case Column::pressure:
        stmt.bind(index, e.pressure ? std::optional(journal::level_of(*e.pressure)) : std::nullopt);
        break;
    case Column::technique:
        borrow(stmt, index, name_or_null(e.technique));
        break;
    case Column::knots:
        stmt.bind(index, e.knots);
        break;
    case Column::injury:
        stmt.bind(index, e.injury ? 1 : 0);
        break;
    case Column::emotional:
        stmt.bind(index, e.emotional ? 1 : 0);
        break;
    case Column::side:
        borrow(stmt, index, name_or_null(e.side));
        break;
    case Column::note:
        borrow(stmt, index, e.note);
        break;
    case Column::created_at:
        stmt.bind_borrowed(index, e.created_at);
        break;
    case Column::updated_at:
        stmt.bind_borrowed(index, e.updated_at);
        break;
    case Column::tags:
    case Column::sites:
        break; // tables of their own
    }
}

// Binds every column a one-row statement names (":date").
void bind_named(Statement& stmt, const Entry& e, bool (*included)(Column)) {
    for (auto column : table_columns) {
        if (included(column)) {
            bind_column(stmt, stmt.parameter(":" + name(column)), e, column);
        }
    }
}

void fill_in_new(Entry& e) {
    if (e.uuid.empty()) {
        e.uuid = new_uuid();
    }
    if (e.created_at.empty()) {
        e.created_at = journal::utc_timestamp();
    }
    if (e.updated_at.empty()) {
        e.updated_at = e.created_at;
    }
}

} // namespace

std::string new_uuid() {
    static thread_local boost::uuids::random_generator generate;
    return boost::uuids::to_string(generate());
}

std::string insert_entries_sql(int rows) {
    std::string sql = fmt::format("INSERT INTO entry ({}) VALUES ", column_list(""));
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column < width; ++column) {
            sql += fmt::format("{}?{}", column == 0 ? "" : ", ", row * width + column + 1);
        }
        sql += ")";
    }
    return sql;
}

void bind_new_entry(Statement& stmt, Entry& e, int row) {
    fill_in_new(e);
    for (auto column : table_columns) {
        bind_column(stmt, row * width + position(column) + 1, e, column);
    }
}

EntryWriter::EntryWriter(Database& db) : db_(db) {}

Statement& EntryWriter::prepared(std::optional<Statement>& statement, const std::string& sql) {
    if (!statement) {
        statement.emplace(db_, sql);
    }
    return *statement;
}

void EntryWriter::insert(Entry& e) {
    auto& insert = prepared(insert_, insert_one_sql());
    fill_in_new(e);
    insert.reset();
    bind_named(insert, e, [](Column) { return true; });
    insert.run();
    insert.reset();
    e.id = db_.last_insert_id();
    write_tags(e, false);
    write_sites(e, false);
}

bool EntryWriter::try_insert(Entry& e) {
    auto& insert = prepared(try_insert_, insert_one_sql() + " ON CONFLICT DO NOTHING");
    fill_in_new(e);
    insert.reset();
    bind_named(insert, e, [](Column) { return true; });
    insert.run();
    insert.reset();
    if (db_.changes() == 0) {
        return false;
    }
    e.id = db_.last_insert_id();
    write_tags(e, false);
    write_sites(e, false);
    return true;
}

void EntryWriter::replace(const Entry& e) {
    auto& update = prepared(update_, update_sql());
    update.reset();
    bind_named(update, e,
               [](Column column) { return is_editable(column) || column == Column::id; });
    update.run();
    update.reset();
    write_tags(e, true);
    write_sites(e, true);
}

std::optional<Entry> EntryWriter::find_by_uuid(const std::string& uuid) {
    auto& find = prepared(find_by_uuid_, select_sql() + " WHERE e.uuid = :uuid");
    find.reset();
    find.bind(find.parameter(":uuid"), uuid);
    std::optional<Entry> found;
    if (find.step()) {
        found = read_entry(find);
    }
    find.reset(); // no statement left running at commit
    return found;
}

void EntryWriter::write_tags(const Entry& e, bool clear) {
    if (clear) {
        auto& remove = prepared(clear_tags_, "DELETE FROM entry_tag WHERE entry_id = :id");
        remove.reset();
        remove.bind(remove.parameter(":id"), e.id).run();
    }
    if (e.tags.empty()) {
        return;
    }
    auto& add = prepared(add_tag_, "INSERT OR IGNORE INTO entry_tag (entry_id, tag) "
                                   "VALUES (:id, :tag)");
    int id = add.parameter(":id");
    int tag_index = add.parameter(":tag");
    for (const auto& tag : e.tags) {
        add.reset();
        add.bind(id, e.id).bind_borrowed(tag_index, tag).run();
    }
    add.reset(); // lets go of the last tag
}

void EntryWriter::write_sites(const Entry& e, bool clear) {
    if (clear) {
        auto& remove = prepared(clear_sites_, "DELETE FROM entry_site WHERE entry_id = :id");
        remove.reset();
        remove.bind(remove.parameter(":id"), e.id).run();
    }
    if (e.sites.empty()) {
        return;
    }
    auto& add = prepared(add_site_, "INSERT INTO entry_site (entry_id, site, side, soreness) "
                                    "VALUES (:id, :site, :side, :soreness)");
    for (const auto& site : e.sites) {
        add.reset();
        add.bind(add.parameter(":id"), e.id)
            .bind(add.parameter(":site"), journal::name_of(site.site))
            .bind(add.parameter(":side"), journal::name_of(site.side))
            .bind(add.parameter(":soreness"), site.soreness)
            .run();
    }
    add.reset();
}

void insert_entry(Database& db, Entry& e) {
    EntryWriter(db).insert(e);
}

void update_entry(Database& db, Entry& e) {
    e.updated_at = journal::utc_timestamp();
    EntryWriter(db).replace(e);
}

std::optional<Entry> find_entry(Database& db, std::int64_t id) {
    Statement stmt(db, select_sql() + " WHERE e.id = :id");
    stmt.bind(stmt.parameter(":id"), id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return read_entry(stmt);
}

bool remove_entry(Database& db, std::int64_t id) {
    Statement stmt(db, "DELETE FROM entry WHERE id = :id");
    stmt.bind(stmt.parameter(":id"), id).run();
    return db.changes() > 0;
}

namespace {

// Every entry, no filter, from a table not in date order: read best by
// scanning and sorting (below).
bool sort_the_table(Database& db, const EntryFilter& filter) {
    return !filter.range.from && !filter.range.to && !filter.tag && !filter.site && !filter.last &&
           !stored_in_date_order(db);
}

} // namespace

void for_each_entry(Database& db, const EntryFilter& filter,
                    const std::function<void(const Entry&)>& visit) {
    constexpr std::string_view matches = R"(
        WHERE (:from IS NULL OR e.date >= :from) AND (:to IS NULL OR e.date <= :to)
          AND (:tag IS NULL OR EXISTS (SELECT 1 FROM entry_tag t
                                       WHERE t.entry_id = e.id AND t.tag = :tag))
          AND (:site IS NULL OR EXISTS (SELECT 1 FROM entry_site s
                                        WHERE s.entry_id = e.id AND s.site = :site
                                          AND (:side IS NULL OR s.side = :side))))";
    // Matches come off the date index, oldest first. The whole journal,
    // when its table is not in date order, is read as stored and sorted: on
    // a million entries in random order the walk took 18 s and the sort 4.
    // For the latest N, an inner query picks them newest first and the
    // outer one turns them round.
    auto sql = filter.last
                   ? fmt::format("SELECT * FROM ({} {} ORDER BY e.date DESC, e.time DESC, e.id "
                                 "DESC LIMIT :last) ORDER BY date, time, id",
                                 select_sql(), matches)
                   : fmt::format("{}{} {} ORDER BY e.date, e.time, e.id", select_sql(),
                                 sort_the_table(db, filter) ? " NOT INDEXED" : "", matches);
    Statement stmt(db, sql);
    stmt.bind(stmt.parameter(":from"), journal::format_date(filter.range.from))
        .bind(stmt.parameter(":to"), journal::format_date(filter.range.to))
        .bind(stmt.parameter(":tag"), filter.tag);
    std::optional<std::string_view> site;
    std::optional<std::string_view> side;
    if (filter.site) {
        site = journal::name_of(filter.site->site);
        if (!filter.any_side) {
            side = journal::name_of(filter.site->side);
        }
    }
    stmt.bind(stmt.parameter(":site"), site).bind(stmt.parameter(":side"), side);
    if (filter.last) {
        stmt.bind(stmt.parameter(":last"), *filter.last);
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

std::vector<std::int64_t> ids_on_date(Database& db, journal::Day day) {
    Statement stmt(db, "SELECT id FROM entry WHERE date = :date ORDER BY id");
    stmt.bind(stmt.parameter(":date"), journal::format_date(day));
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

bool stored_in_date_order(Database& db) {
    constexpr int probes = 33;
    Statement bounds(db, "SELECT (SELECT min(rowid) FROM entry), (SELECT max(rowid) FROM entry)");
    if (!bounds.step() || bounds.is_null(0)) {
        return true;
    }
    auto first = bounds.get_int(0);
    auto span = bounds.get_int(1) - first;
    Statement at(db, "SELECT date FROM entry WHERE rowid >= :rowid ORDER BY rowid LIMIT 1");
    std::string previous;
    int back = 0;
    for (int i = 0; i < probes; ++i) {
        at.reset();
        at.bind(at.parameter(":rowid"), first + span * i / (probes - 1));
        if (!at.step()) {
            continue;
        }
        std::string date(at.get_view(0));
        back += date < previous ? 1 : 0;
        previous = std::move(date);
    }
    return back <= 1;
}

std::int64_t count_entries(Database& db) {
    Statement stmt(db, "SELECT count(*) FROM entry");
    stmt.step();
    return stmt.get_int(0);
}

} // namespace sore::store
