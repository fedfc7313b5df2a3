#include "store/sqlite.hpp"

#include <cctype>
#include <filesystem>
#include <fmt/format.h>
#include <sqlite3.h>

namespace sore::store {

namespace {

constexpr int busy_timeout_ms = 5000;

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

SqliteError::SqliteError(int result, std::string path, std::string message)
    : Error(fmt::format("journal {}: {}", path, message)), result_(result),
      details_(std::make_shared<const Details>(Details{std::move(path), std::move(message)})) {}

SqliteError::Code SqliteError::code() const {
    switch (primary_code()) {
    case SQLITE_BUSY:
        return Code::busy;
    case SQLITE_LOCKED:
        return Code::locked;
    case SQLITE_FULL:
        return Code::full;
    case SQLITE_CONSTRAINT:
        return Code::constraint;
    case SQLITE_NOTADB:
        return Code::not_a_database;
    case SQLITE_READONLY:
        return Code::read_only;
    case SQLITE_PERM:
        return Code::permission;
    case SQLITE_CANTOPEN:
        return Code::cant_open;
    case SQLITE_IOERR:
        return Code::io;
    default:
        return Code::other;
    }
}

void skip_memory_statistics() {
    // Fails only once SQLite has started, when the setting no longer matters.
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

struct Database::Connection {
    sqlite3* handle = nullptr;
    std::string path;

    ~Connection() { sqlite3_close_v2(handle); }

    // Throws SqliteError for any result that is not OK, ROW or DONE.
    void check(int result) const {
        if (auto error = failure(result)) {
            throw SqliteError(*error);
        }
    }

    std::optional<SqliteError> failure(int result) const noexcept {
        if (result == SQLITE_OK || result == SQLITE_ROW || result == SQLITE_DONE) {
            return std::nullopt;
        }
        // The connection's message is about this result only while it is
        // the latest; otherwise SQLite's text for the code.
        const char* why = sqlite3_extended_errcode(handle) == result ? sqlite3_errmsg(handle)
                                                                     : sqlite3_errstr(result);
        return SqliteError(result, path, why);
    }
};

Database::Database(const std::string& path, Mode mode)
    : connection_(std::make_shared<Connection>()) {
    connection_->path = path;
    auto name = path == ":memory:" ? path : file_uri(path, mode);
    int result = sqlite3_open_v2(name.c_str(), &connection_->handle,
                                 open_flags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (result != SQLITE_OK) {
        const char* why = connection_->handle != nullptr ? sqlite3_errmsg(connection_->handle)
                                                         : sqlite3_errstr(result);
        throw SqliteError(result, path, why);
    }
    sqlite3_extended_result_codes(connection_->handle, 1);
    connection_->check(sqlite3_busy_timeout(connection_->handle, busy_timeout_ms));
}

const std::string& Database::path() const {
    return connection_->path;
}

void Database::exec(std::string_view sql) {
    if (auto error = try_exec(sql)) {
        throw SqliteError(*error);
    }
}

std::optional<SqliteError> Database::try_exec(std::string_view sql) noexcept {
    std::string text(sql); // sqlite3_exec wants it NUL-terminated
    return connection_->failure(
        sqlite3_exec(connection_->handle, text.c_str(), nullptr, nullptr, nullptr));
}

std::int64_t Database::last_insert_id() const {
    return sqlite3_last_insert_rowid(connection_->handle);
}

int Database::changes() const {
    return sqlite3_changes(connection_->handle);
}

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const noexcept {
    sqlite3_finalize(stmt);
}

Statement::Statement(const Database& db, std::string_view sql) : connection_(db.connection_) {
    sqlite3_stmt* raw = nullptr;
    int result = sqlite3_prepare_v2(connection_->handle, sql.data(), static_cast<int>(sql.size()),
                                    &raw, nullptr);
    stmt_.reset(raw);
    check(result);
}

void Statement::check(int result) const {
    connection_->check(result);
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(stmt_.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    check(sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()),
                            SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind_borrowed(int index, std::string_view text) {
    check(sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()),
                            SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind_null(int index) {
    check(sqlite3_bind_null(stmt_.get(), index));
    return *this;
}

int Statement::parameter(std::string_view name) const {
    std::string text(name);
    int index = sqlite3_bind_parameter_index(stmt_.get(), text.c_str());
    if (index == 0) {
        throw SqliteError(SQLITE_RANGE, connection_->path,
                          fmt::format("the statement has no parameter {}", name));
    }
    return index;
}

bool Statement::step() {
    int result = sqlite3_step(stmt_.get());
    check(result);
    return result == SQLITE_ROW;
}

void Statement::run() {
    while (step()) {
    }
}

std::optional<SqliteError> Statement::try_run() {
    int result = SQLITE_ROW;
    while (result == SQLITE_ROW) {
        result = sqlite3_step(stmt_.get());
    }
    return connection_->failure(result);
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

std::string_view Statement::get_view(int column) const {
    const auto* text = sqlite3_column_text(stmt_.get(), column);
    int size = sqlite3_column_bytes(stmt_.get(), column);
    if (text == nullptr) {
        return {};
    }
    return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(size)};
}

std::string Statement::get_text(int column) const {
    return std::string(get_view(column));
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
        (void)db_.try_exec("ROLLBACK");
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

Backup::Backup(Database& target, Database& source)
    : target_(target.connection_), source_(source.connection_),
      backup_(sqlite3_backup_init(target_->handle, "main", source_->handle, "main")) {
    if (backup_ == nullptr) {
        target_->check(sqlite3_extended_errcode(target_->handle));
    }
}

Backup::~Backup() {
    sqlite3_backup_finish(backup_);
}

void Backup::copy_all() {
    int result = sqlite3_backup_step(backup_, -1);
    if (result != SQLITE_DONE) {
        target_->check(result == SQLITE_OK ? SQLITE_INTERNAL : result);
    }
}

} // namespace sore::store
