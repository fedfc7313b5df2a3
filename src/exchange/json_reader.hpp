#pragma once

// Reading sore's JSON export ({"format": "sore", "version": 1, "entries":
// [...]}) or the array `sore list --format json` prints, into Records.

#include "exchange/records.hpp"

#include <cstdint>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>

namespace sore::exchange {

class JsonReader {
public:
    // Parses the whole document. Throws UsageError when it is not JSON or
    // not a sore export.
    explicit JsonReader(std::istream& in);

    // The next entry, or nothing at the end. Throws UsageError "item N: ...".
    std::optional<Record> next();

    // The file is read whole first; progress goes by the entries taken.
    std::uint64_t bytes_read() const {
        return entries_.empty() ? bytes_ : bytes_ * next_ / entries_.size();
    }

private:
    nlohmann::json document_;
    nlohmann::json entries_;
    std::size_t next_ = 0;
    std::uint64_t bytes_ = 0;
};

} // namespace sore::exchange
