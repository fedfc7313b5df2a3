#pragma once

// Thin RAII over the sqlite3 C API. Every return code goes through check(),
// which throws sore::Error with SQLite's own message. SQL text is always a
// constant; values go in through bind().

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sore::store {

// Catches SIGXFSZ, which the kernel sends (and which by default kills) when a
// write goes past the file size limit (ulimit -f): the write then fails with
// EFBIG, and check() can say why, which SQLite's "disk I/O error" does not.
void watch_file_size_limit();

// Turns off SQLite's count of the memory it uses, which takes a lock on
// every allocation; sore never reads it, and a large import ran some 8%
// faster without. Call before any other SQLite call of the process.
void skip_memory_statistics();

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

    Database(const std::string& path, Mode mode);

    sqlite3* handle() const { return db_.get(); }
    const std::string& path() const { return path_; }

    // Runs SQL without results (several statements allowed). Only for
    // constant SQL: schema files and pragmas.
    void exec(const char* sql);
    // The same, returning SQLite's result code instead of throwing.
    int try_exec(const char* sql) noexcept;

    std::int64_t last_insert_id() const;
    int changes() const;

    // Throws sore::Error for any rc that is not OK, ROW or DONE.
    void check(int rc) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const noexcept;
    };
    std::unique_ptr<sqlite3, Closer> db_;
    std::string path_;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);

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

    // Advances one row; false when done.
    bool step();
    // Steps a statement that returns no rows.
    void run();
    // The same, returning SQLite's result code where run() would throw.
    int try_run();
    void reset();

    bool is_null(int column) const;
    std::int64_t get_int(int column) const;
    std::string get_text(int column) const;
    std::optional<std::int64_t> get_optional_int(int column) const;
    std::optional<std::string> get_optional_text(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const noexcept;
    };
    Database& db_;
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

} // namespace sore::store
