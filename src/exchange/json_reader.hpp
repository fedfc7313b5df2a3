#pragma once

// Reading sore's JSON export ({"format": "sore", "version": 1, "entries":
// [...]}) or the array `sore list --format json` prints, into Records.

#include "exchange/records.hpp"

#include <cstdint>
#include <functional>
#include <iosfwd>

namespace sore::exchange {

class JsonReader {
public:
    explicit JsonReader(std::istream& in);

    // Parses the document, calling `visit` with each entry as soon as it is
    // read (it may take the values out), so that memory holds one entry at a
    // time. Throws UsageError when
    // it is not JSON or not a sore export, "item N: ..." for a bad entry.
    void read(const std::function<void(Record&)>& visit);

    std::uint64_t bytes_read() const { return bytes_; }

private:
    std::istream& in_;
    std::size_t items_ = 0;
    std::uint64_t bytes_ = 0;
};

} // namespace sore::exchange
