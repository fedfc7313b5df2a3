#include "store/sqlite.hpp"

#include "error.hpp"

#include <cctype>
#include <csignal>
#include <filesystem>
#include <fmt/format.h>
#include <sqlite3.h>

namespace sore::store {

namespace {

constexpr int busy_timeout_ms = 5000;

volatile std::sig_atomic_t file_size_limit_reached = 0;

extern "C" void note_file_size_limit(int) {
    file_size_limit_reached = 1;
}

int open_flags(Database::Mode mode) {
    switch (mode) {
    case Database::Mode::read_only:
    case Database::Mode::immutable:
        return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    case Database::Mode::read_write:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI;
    case Database::Mode::read_write_create:
        break;
    }
    return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI;
}

// file: URI for the path, every byte outside a safe set percent-encoded.
// Every file is opened through a URI built here, so a path that happens to
// start with "file:" is still just a path (SQLite would read it as a URI).
std::string file_uri(const std::string& path, Database::Mode mode) {
    std::string uri = "file://"; // empty authority, then the absolute path
    for (char c : std::filesystem::absolute(path).string()) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || std::string_view("/-._~").find(c) != std::string_view::npos) {
            uri += c;
        } else {
            uri += fmt::format("%{:02X}", u);
        }
    }
    return mode == Database::Mode::immutable ? uri + "?immutable=1" : uri;
}

} // namespace

void watch_file_size_limit() {
    (void)std::signal(SIGXFSZ, note_file_size_limit); // fails only for a bad signal number
}

void skip_memory_statistics() {
    // Fails only once SQLite has started, when the setting no longer matters.
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

void Database::Closer::operator()(sqlite3* db) const noexcept {
    sqlite3_close_v2(db);
}

Database::Database(const std::string& path, Mode mode) : path_(path) {
    sqlite3* raw = nullptr;
    auto name = path == ":memory:" ? path : file_uri(path, mode);
    int rc = sqlite3_open_v2(name.c_str(), &raw, open_flags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    db_.reset(raw);
    if (rc != SQLITE_OK) {
        const char* why = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        throw Error(fmt::format("cannot open the journal {}: {}", path, why));
    }
    sqlite3_extended_result_codes(raw, 1);
    check(sqlite3_busy_timeout(raw, busy_timeout_ms));
}

void Database::check(int rc) const {
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) {
        return;
    }
    const char* why = sqlite3_errmsg(db_.get());
    if ((rc & 0xff) == SQLITE_NOTADB) {
        throw Error(fmt::format("{} is not a sore journal: {}", path_, why));
    }
    if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_PERM) {
        throw Error(fmt::format("cannot write to the journal {}: {}", path_, why));
    }
    if ((rc & 0xff) == SQLITE_FULL) {
        throw Error(fmt::format("the disk is full: the journal {} cannot grow; nothing was changed",
                                path_));
    }
    if ((rc & 0xff) == SQLITE_IOERR && file_size_limit_reached != 0) {
        throw Error(fmt::format("a file is too large: the journal {} cannot grow past the file "
                                "size limit (ulimit -f); nothing was changed",
                                path_));
    }
    if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_IOERR) {
        throw Error(fmt::format("cannot use the journal {}: {}", path_, why));
    }
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
        throw Error(
            fmt::format("the journal {} stayed locked by another program; try again", path_));
    }
    throw Error(fmt::format("journal {}: {}", path_, why));
}

void Database::exec(const char* sql) {
    check(try_exec(sql));
}

int Database::try_exec(const char* sql) noexcept {
    return sqlite3_exec(db_.get(), sql, nullptr, nullptr, nullptr);
}

std::int64_t Database::last_insert_id() const {
    return sqlite3_last_insert_rowid(db_.get());
}

int Database::changes() const {
    return sqlite3_changes(db_.get());
}

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const noexcept {
    sqlite3_finalize(stmt);
}

Statement::Statement(Database& db, std::string_view sql) : db_(db) {
    sqlite3_stmt* raw = nullptr;
    int rc =
        sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    stmt_.reset(raw);
    db_.check(rc);
}

Statement& Statement::bind(int index, std::int64_t value) {
    db_.check(sqlite3_bind_int64(stmt_.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    db_.check(sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()),
                                SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind_borrowed(int index, std::string_view text) {
    db_.check(sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()),
                                SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind_null(int index) {
    db_.check(sqlite3_bind_null(stmt_.get(), index));
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_.get());
    db_.check(rc);
    return rc == SQLITE_ROW;
}

void Statement::run() {
    while (step()) {
    }
}

int Statement::try_run() {
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt_.get());
    }
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

void Statement::reset() {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::get_int(int column) const {
    return sqlite3_column_int64(stmt_.get(), column);
}

std::string Statement::get_text(int column) const {
    const auto* text = sqlite3_column_text(stmt_.get(), column);
    int size = sqlite3_column_bytes(stmt_.get(), column);
    if (text == nullptr) {
        return {};
    }
    return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(size)};
}

std::optional<std::int64_t> Statement::get_optional_int(int column) const {
    if (is_null(column)) {
        return std::nullopt;
    }
    return get_int(column);
}

std::optional<std::string> Statement::get_optional_text(int column) const {
    if (is_null(column)) {
        return std::nullopt;
    }
    return get_text(column);
}

Transaction::Transaction(Database& db, Kind kind) : db_(db) {
    db_.exec(kind == Kind::write ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
    if (!done_) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace sore::store
