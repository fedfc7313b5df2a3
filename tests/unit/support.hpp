#pragma once

// Helpers shared by the unit tests: a scratch folder removed at the end of a
// test, an environment variable set (or unset) for the length of a scope,
// days and times written as numbers or text, the message of an expected
// UsageError, small entries for the store tests and one entry with every
// field set.

#include "error.hpp"
#include "journal/dates.hpp"
#include "journal/entry.hpp"
#include "store/entries.hpp"

#include <atomic>
#include <cstdlib>
#include <date/date.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <optional>
#include <sstream>
#include <string>
#include <unistd.h>

namespace sore::test {

inline journal::Day day(int y, unsigned m, unsigned d) {
    return journal::Day{date::year{y} / date::month{m} / date::day{d}};
}

// "2026-11-20" as a Day, "18:30" as a TimeOfDay; the text must be valid.
inline journal::Day on(const std::string& iso) {
    auto parsed = journal::parse_stored_date(iso);
    EXPECT_TRUE(parsed) << iso;
    return parsed.value_or(journal::Day{});
}
inline journal::TimeOfDay at(const std::string& hhmm) {
    auto parsed = journal::parse_stored_time(hhmm);
    EXPECT_TRUE(parsed) << hhmm;
    return parsed.value_or(journal::TimeOfDay{});
}
inline std::string iso(journal::Day day) {
    return journal::format_date(day);
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
                           const std::optional<std::string>& time = std::nullopt,
                           std::vector<std::string> tags = {}) {
    journal::Entry e;
    e.date = on(date);
    e.soreness = soreness;
    if (time) {
        e.time = at(*time);
    }
    e.tags = std::move(tags);
    return e;
}

// One entry with every field set, as a stored entry has them: a note a
// spreadsheet would take for a formula, with markup, a quote, a comma, a
// line break and an emoji.
inline journal::Entry full_entry() {
    journal::Entry e;
    e.id = 7;
    e.uuid = "0b5ec0de-0000-4000-8000-000000000001";
    e.date = on("2026-11-20");
    e.time = at("18:30");
    e.soreness = 6;
    e.during = 7;
    e.sitting_min = 450;
    e.pressure = journal::Pressure::deep;
    e.technique = journal::Technique::trigger_point;
    e.knots = 3;
    e.injury = true;
    e.emotional = true;
    e.side = journal::Side::left;
    e.note = "=cmd, \"x\" <b>tight</b> & sore\nsecond line 😀";
    e.tags = {"glute", "hip"};
    e.sites = {{journal::BodySite::glute_med, journal::Side::left, 7},
               {journal::BodySite::lower_back, journal::Side::both, 3}};
    e.created_at = "2026-11-20T18:40:00Z";
    e.updated_at = "2026-11-21T08:00:00Z";
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

// An entry with only what every entry has, as a stored one has it.
inline journal::Entry bare_entry() {
    journal::Entry e;
    e.id = 1;
    e.uuid = "0b5ec0de-0000-4000-8000-000000000002";
    e.date = on("2026-11-21");
    e.soreness = 0;
    e.created_at = "2026-11-21T10:00:00Z";
    e.updated_at = "2026-11-21T10:00:00Z";
    return e;
}

// What `print(out)` writes.
template <typename Print> std::string text_of(Print print) {
    std::ostringstream out;
    print(out);
    return out.str();
}

} // namespace sore::test

namespace sore::journal {

// How gtest prints a time of day in a failure.
inline void PrintTo(TimeOfDay time, std::ostream* os) {
    *os << format_time(time);
}

} // namespace sore::journal
