#pragma once

// Reading what sore prints as JSON (`--format json`), for the tests that
// look at it; the definitions are in json.cpp, compiled once.

#include "expect.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sore::testing {

// `sore list --format json [extra]`, parsed; fails the test on a bad run.
nlohmann::json list_json(const Sandbox& box, std::vector<std::string> extra = {});

// `sore show ID --format json`, parsed.
nlohmann::json show_json(const Sandbox& box, const std::string& id);

} // namespace sore::testing
