#pragma once

// Sets the journal's indexes aside while an empty journal takes many rows:
// the rows go in in file order and each index is then built once, sorted,
// instead of growing by one random insert a row.

#include "journal/entry.hpp"
#include "store/entries.hpp"
#include "store/sqlite.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sore::store {

class IndexesAside {
public:
    // Drops the indexes of the entry tables, keeping their definitions.
    // Call inside the write Transaction: a rollback brings them back.
    explicit IndexesAside(Database& db);

    // Builds them again. When the uuid index cannot be, because a uuid is
    // there twice, returns that uuid (and the transaction must not commit).
    std::optional<std::string> rebuild();

private:
    Database& db_;
    std::vector<std::string> definitions_;
};

// Adds new entries to a journal whose indexes are set aside, many rows to a
// statement: each statement has a cost of its own (AUTOINCREMENT reads and
// writes its counter once a statement), which one row a statement paid a
// million times. Ids are given here as AUTOINCREMENT would give them (one
// past the highest so far), so that the tags and body sites can go in many
// to a statement too. An id kept from a file that an earlier row already
// has gives way to a new one, as in EntryWriter::try_insert.
class BulkWriter {
public:
    explicit BulkWriter(Database& db);

    // Keeps the entry, to write at flush(): it must stay alive until then.
    // Its id is the one wanted, or 0 for a new one; flush() fills it in.
    void add(journal::Entry& entry);
    // Writes every entry kept since the last flush.
    void flush();

    static constexpr int rows_per_statement = 256; // a power of two

private:
    using Statements = std::array<std::optional<Statement>, rows_per_statement + 1>;
    // The statement for `rows` rows, prepared the first time it is needed.
    Statement& prepared(Statements& statements, int rows);
    void write_rows(std::span<journal::Entry*> rows);
    void write_one_by_one(std::span<journal::Entry*> rows);
    void write_tags(std::span<journal::Entry*> rows);
    void write_sites(std::span<journal::Entry*> rows);

    Database& db_;
    EntryWriter single_;
    std::int64_t last_id_;
    std::vector<journal::Entry*> kept_;
    std::vector<std::int64_t> wanted_ids_; // of a statement's rows, if it must be undone
    std::vector<std::pair<std::int64_t, const std::string*>> tags_;
    std::vector<std::pair<std::int64_t, const journal::SiteSoreness*>> sites_;
    Statements insert_rows_;
    Statements insert_tags_;
    Statements insert_sites_;
};

} // namespace sore::store
