#pragma once

// Helpers shared by the unit tests: a scratch folder removed at the end of a
// test, an environment variable set (or unset) for the length of a scope,
// calendar days written as numbers, the message of an expected UsageError,
// and small entries for the store tests.

#include "error.hpp"
#include "journal/entry.hpp"
#include "store/entries.hpp"

#include <atomic>
#include <cstdlib>
#include <date/date.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <unistd.h>

namespace sore::test {

inline date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("sore-unit-" + std::to_string(getpid()) + "-" + std::to_string(++counter));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

class ScopedEnv {
public:
    ScopedEnv(const char* name, std::optional<std::string> value) : name_(name) {
        if (const char* old = std::getenv(name)) {
            old_ = old;
        }
        set(value);
    }
    ~ScopedEnv() { set(old_); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    void set(const std::optional<std::string>& value) {
        if (value) {
            setenv(name_.c_str(), value->c_str(), 1);
        } else {
            unsetenv(name_.c_str());
        }
    }
    std::string name_;
    std::optional<std::string> old_;
};

// The message of the UsageError `call` throws, or "" (with a failure) when
// it throws none.
template <typename Call> std::string usage_error(Call call) {
    try {
        call();
    } catch (const sore::UsageError& e) {
        return e.what();
    }
    ADD_FAILURE() << "no UsageError was thrown";
    return {};
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

inline journal::Entry make(const std::string& date, int soreness,
                           std::optional<std::string> time = std::nullopt,
                           std::vector<std::string> tags = {}) {
    journal::Entry e;
    e.date = date;
    e.soreness = soreness;
    e.time = std::move(time);
    e.tags = std::move(tags);
    return e;
}

// An empty database in memory, without the journal schema.
inline store::Database scratch() {
    return store::Database(":memory:", store::Database::Mode::read_write_create);
}

// The single integer a query returns.
inline std::int64_t scalar(store::Database& db, const char* sql) {
    store::Statement stmt(db, sql);
    EXPECT_TRUE(stmt.step());
    return stmt.get_int(0);
}

// Inserts the entry and returns its new id.
inline std::int64_t add(store::Database& db, journal::Entry e) {
    store::insert_entry(db, e);
    return e.id;
}

} // namespace sore::test
