#pragma once

// The reference figures the unit tests hold the statistics to: JSON files
// in tests/data/ that scripts there computed with SciPy, statsmodels or R.
// Each has sections of named cases.

#include "analysis/stats.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>

namespace sore::test {

// The file at `path`, read once.
inline const nlohmann::json& reference_file(const std::string& path) {
    static std::map<std::string, nlohmann::json> files;
    auto it = files.find(path);
    if (it == files.end()) {
        std::ifstream in(path);
        if (!in) {
            throw std::runtime_error("cannot open " + path);
        }
        it = files.emplace(path, nlohmann::json::parse(in)).first;
    }
    return it->second;
}

inline const nlohmann::json& case_in(const nlohmann::json& file, const std::string& section,
                                     const std::string& name) {
    for (const auto& c : file.at(section)) {
        if (c.at("name") == name) {
            return c;
        }
    }
    throw std::runtime_error("no case '" + name + "' in section '" + section + "'");
}

// The names of the cases in `section`, to check each one has a test.
inline std::set<std::string> names_in(const nlohmann::json& file, const std::string& section) {
    std::set<std::string> names;
    for (const auto& c : file.at(section)) {
        names.insert(c.at("name").get<std::string>());
    }
    return names;
}

// One file of them, by path: its cases by section and name.
class Reference {
public:
    explicit Reference(std::string path) : path_(std::move(path)) {}
    const nlohmann::json& file() const { return reference_file(path_); }
    const nlohmann::json& find(const std::string& section, const std::string& name) const {
        return case_in(file(), section, name);
    }
    std::set<std::string> names(const std::string& section) const {
        return names_in(file(), section);
    }

private:
    std::string path_;
};

// Every figure matches its reference to this.
inline constexpr double reference_tolerance = 1e-6;

inline void expect_interval(const analysis::Interval& actual, const nlohmann::json& expected,
                            const std::string& what) {
    EXPECT_NEAR(actual.low, expected.at("low").get<double>(), reference_tolerance)
        << what << ".low";
    EXPECT_NEAR(actual.high, expected.at("high").get<double>(), reference_tolerance)
        << what << ".high";
}

// A null reference means the figure must be absent.
inline void expect_optional(const std::optional<double>& actual, const nlohmann::json& expected,
                            const std::string& what) {
    if (expected.is_null()) {
        EXPECT_FALSE(actual.has_value()) << what << " should be absent, is " << *actual;
        return;
    }
    ASSERT_TRUE(actual.has_value()) << what << " is absent";
    EXPECT_NEAR(*actual, expected.get<double>(), reference_tolerance) << what;
}

inline void expect_optional(const std::optional<analysis::Interval>& actual,
                            const nlohmann::json& expected, const std::string& what) {
    if (expected.is_null()) {
        EXPECT_FALSE(actual.has_value())
            << what << " should be absent, is [" << actual->low << ", " << actual->high << "]";
        return;
    }
    ASSERT_TRUE(actual.has_value()) << what << " is absent";
    expect_interval(*actual, expected, what);
}

} // namespace sore::test
