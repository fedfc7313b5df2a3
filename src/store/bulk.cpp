#include "store/bulk.hpp"

#include "journal/sites.hpp"

#include <algorithm>
#include <bit>
#include <fmt/format.h>

namespace sore::store {

namespace {

std::string quoted_name(const std::string& name) {
    std::string quoted = "\"";
    for (char c : name) {
        quoted += c == '"' ? "\"\"" : std::string(1, c);
    }
    return quoted + "\"";
}

std::string insert_tags_sql(int rows) {
    std::string sql = "INSERT OR IGNORE INTO entry_tag (entry_id, tag) VALUES ";
    for (int row = 0; row < rows; ++row) {
        sql += fmt::format("{}(?{}, ?{})", row == 0 ? "" : ", ", 2 * row + 1, 2 * row + 2);
    }
    return sql;
}

std::string insert_sites_sql(int rows) {
    std::string sql = "INSERT INTO entry_site (entry_id, site, side, soreness) VALUES ";
    for (int row = 0; row < rows; ++row) {
        sql += fmt::format("{}(?{}, ?{}, ?{}, ?{})", row == 0 ? "" : ", ", 4 * row + 1, 4 * row + 2,
                           4 * row + 3, 4 * row + 4);
    }
    return sql;
}

// Writes `items` many to a statement: `prepare(n)` gives the statement for
// n rows, `bind(statement, column, item)` binds one item from `column` on
// and returns the next free column. The sizes are powers of two, so that at
// most nine statement sizes get prepared.
template <typename Item, typename Prepare, typename Bind>
void write_batched(std::span<const Item> items, Prepare prepare, Bind bind) {
    while (!items.empty()) {
        auto some = items.first(
            std::bit_floor(std::min<std::size_t>(items.size(), BulkWriter::rows_per_statement)));
        auto& insert = prepare(static_cast<int>(some.size()));
        int column = 1;
        for (const auto& item : some) {
            column = bind(insert, column, item);
        }
        insert.run();
        insert.reset();
        items = items.subspan(some.size());
    }
}

} // namespace

IndexesAside::IndexesAside(Database& db) : db_(db) {
    std::vector<std::string> names;
    {
        Statement indexes(db, R"(
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('entry', 'entry_tag', 'entry_site')
            ORDER BY name)");
        while (indexes.step()) {
            names.push_back(indexes.get_text(0));
            definitions_.push_back(indexes.get_text(1));
        }
    }
    for (const auto& name : names) {
        db.exec(fmt::format("DROP INDEX {}", quoted_name(name)));
    }
}

std::optional<std::string> IndexesAside::rebuild() {
    // One thread sorts: a helper thread (PRAGMA threads) took no time off a
    // million rows once the reading thread had a core again, and its sort
    // memory put the import over 16 MiB.
    for (const auto& definition : definitions_) {
        auto error = db_.try_exec(definition);
        if (!error) {
            continue;
        }
        if (error->code() == SqliteError::Code::constraint) {
            Statement twice(db_, "SELECT uuid FROM entry GROUP BY uuid HAVING count(*) > 1");
            if (twice.step()) {
                return twice.get_text(0);
            }
        }
        throw SqliteError(*error);
    }
    return std::nullopt;
}

static_assert(std::has_single_bit(static_cast<unsigned>(BulkWriter::rows_per_statement)));

BulkWriter::BulkWriter(Database& db) : db_(db), single_(db), last_id_(last_id_given(db)) {
    kept_.reserve(rows_per_statement);
}

void BulkWriter::add(journal::Entry& entry) {
    kept_.push_back(&entry);
}

void BulkWriter::flush() {
    std::span<journal::Entry*> rest(kept_);
    try {
        while (!rest.empty()) {
            auto rows = rest.first(std::min<std::size_t>(rest.size(), rows_per_statement));
            write_rows(rows);
            rest = rest.subspan(rows.size());
        }
    } catch (...) {
        kept_.clear(); // the entries may not outlive the error
        throw;
    }
    kept_.clear();
}

Statement& BulkWriter::prepared(Statements& statements, int rows) {
    auto& statement = statements.at(static_cast<std::size_t>(rows));
    if (!statement) {
        statement.emplace(db_, &statements == &insert_rows_   ? insert_entries_sql(rows)
                               : &statements == &insert_tags_ ? insert_tags_sql(rows)
                                                              : insert_sites_sql(rows));
    }
    return *statement;
}

void BulkWriter::write_rows(std::span<journal::Entry*> rows) {
    auto last_id_before = last_id_;
    wanted_ids_.clear();
    auto& insert = prepared(insert_rows_, static_cast<int>(rows.size()));
    int row = 0;
    for (auto* entry : rows) {
        wanted_ids_.push_back(entry->id);
        if (entry->id == 0) {
            entry->id = ++last_id_;
        } else {
            last_id_ = std::max(last_id_, entry->id);
        }
        bind_new_entry(insert, *entry, row++);
    }
    auto error = insert.try_run();
    insert.reset();
    if (!error) {
        write_tags(rows);
        write_sites(rows);
        return;
    }
    if (error->code() != SqliteError::Code::constraint) {
        throw SqliteError(*error);
    }
    // A row wants an id an earlier row has, or breaks a CHECK; the
    // statement has undone itself. Row by row, the later of two rows gets a
    // new id, and a refused value stops the import as it would there.
    last_id_ = last_id_before;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i]->id = wanted_ids_[i];
    }
    write_one_by_one(rows);
}

void BulkWriter::write_one_by_one(std::span<journal::Entry*> rows) {
    for (auto* entry : rows) {
        if (entry->id != 0 && single_.try_insert(*entry)) {
            last_id_ = std::max(last_id_, entry->id);
            continue;
        }
        entry->id = ++last_id_;
        single_.insert(*entry); // with its tags and sites
    }
}

void BulkWriter::write_tags(std::span<journal::Entry*> rows) {
    tags_.clear();
    for (const auto* entry : rows) {
        for (const auto& tag : entry->tags) {
            tags_.emplace_back(entry->id, &tag);
        }
    }
    write_batched(
        std::span<const std::pair<std::int64_t, const std::string*>>(tags_),
        [this](int size) -> Statement& { return prepared(insert_tags_, size); },
        [](Statement& insert, int column, const auto& item) {
            insert.bind(column, item.first).bind_borrowed(column + 1, *item.second);
            return column + 2;
        });
}

void BulkWriter::write_sites(std::span<journal::Entry*> rows) {
    sites_.clear();
    for (const auto* entry : rows) {
        for (const auto& site : entry->sites) {
            sites_.emplace_back(entry->id, &site);
        }
    }
    write_batched(
        std::span<const std::pair<std::int64_t, const journal::SiteSoreness*>>(sites_),
        [this](int size) -> Statement& { return prepared(insert_sites_, size); },
        [](Statement& insert, int column, const auto& item) {
            const auto& site = *item.second;
            insert.bind(column, item.first)
                .bind_borrowed(column + 1, journal::name_of(site.site))
                .bind_borrowed(column + 2, journal::name_of(site.side))
                .bind(column + 3, site.soreness);
            return column + 4;
        });
}

} // namespace sore::store
