#pragma once

// Thin RAII over the sqlite3 C API (SQLiteCpp is the model). Every result
// code goes through one check(), which throws SqliteError with SQLite's own
// message and codes; what a failure means to the user is said where the
// journal is opened (journal_file.hpp). SQL text is always a constant;
// values go in through bind(). No file outside this one includes
// <sqlite3.h>.

#include "error.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_backup;

namespace sore::store {

// A failure SQLite reported: its primary and extended result codes, its
// message, and the database it happened on.
class SqliteError : public Error {
public:
    // The primary codes sore tells apart; any other is `other`.
    enum class Code {
        busy,
        locked,
        full,
        constraint,
        not_a_database,
        read_only,
        permission,
        cant_open,
        io,
        other
    };

    SqliteError(int result, std::string path, std::string message);

    Code code() const;
    int primary_code() const { return result_ & 0xff; }
    int extended_code() const { return result_; }
    const std::string& path() const { return details_->path; }
    const std::string& message() const { return details_->message; }

private:
    struct Details {
        std::string path;
        std::string message;
    };
    int result_;
    std::shared_ptr<const Details> details_; // shared, so a copy cannot throw
};

// Turns off SQLite's count of the memory it uses, which takes a lock on
// every allocation; sore never reads it, and a large import ran some 8%
// faster without. Call before any other SQLite call of the process.
void skip_memory_statistics();

class Statement;

// A connection. Statements share it, so the connection lives on until the
// last of them is gone: a Statement can never dangle.
class Database {
public:
    enum class Mode {
        read_write_create,
        read_write,
        read_only,
        // Read-only and promised not to change while open: the only way
        // SQLite reads a WAL journal whose folder it cannot write to.
        immutable,
    };

    // Throws SqliteError when the file cannot be opened.
    Database(const std::string& path, Mode mode);

    const std::string& path() const;

    // Runs SQL without results (several statements allowed). Only for
    // constant SQL: schema files and pragmas.
    void exec(std::string_view sql);
    // The same, returning the failure instead of throwing it.
    std::optional<SqliteError> try_exec(std::string_view sql) noexcept;

    std::int64_t last_insert_id() const;
    int changes() const;

private:
    friend class Statement;
    friend class Backup;
    struct Connection;
    std::shared_ptr<Connection> connection_;
};

class Statement {
public:
    Statement(const Database& db, std::string_view sql);

    // By position, from 1.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    // SQLite reads the text where it is, without a copy: it must stay
    // alive and unchanged until reset().
    Statement& bind_borrowed(int index, std::string_view text);
    Statement& bind_null(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    // The position of a named parameter (":date"); throws when the
    // statement has none of that name.
    int parameter(std::string_view name) const;

    // Advances one row; false when done.
    bool step();
    // Steps a statement that returns no rows.
    void run();
    // The same, returning the failure where run() would throw it.
    std::optional<SqliteError> try_run();
    void reset();

    bool is_null(int column) const;
    std::int64_t get_int(int column) const;
    std::string get_text(int column) const;
    // The text in SQLite's own buffer, valid until the next step or reset.
    std::string_view get_view(int column) const;
    std::optional<std::int64_t> get_optional_int(int column) const;
    std::optional<std::string> get_optional_text(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const noexcept;
    };
    void check(int result) const;

    std::shared_ptr<Database::Connection> connection_;
    std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

// A write transaction begins IMMEDIATE (so a writer waits for the lock up
// front instead of failing half-way); a read transaction keeps one snapshot.
// ROLLBACK on destruction unless committed.
class Transaction {
public:
    enum class Kind { write, read };
    explicit Transaction(Database& db, Kind kind = Kind::write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& db_;
    bool done_ = false;
};

// SQLite's online backup of one database into another, finished (and its
// locks let go) on destruction.
class Backup {
public:
    Backup(Database& target, Database& source);
    ~Backup();
    Backup(const Backup&) = delete;
    Backup& operator=(const Backup&) = delete;

    // Copies every page in one step; throws SqliteError when it cannot.
    void copy_all();

private:
    std::shared_ptr<Database::Connection> target_;
    std::shared_ptr<Database::Connection> source_;
    sqlite3_backup* backup_;
};

} // namespace sore::store
