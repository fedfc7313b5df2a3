// A whole CSV file through `sore import` into a journal in memory.

#include "import_fuzz.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (!sore::fuzz::reads_as_json(bytes)) { // JSON is the other target's
        sore::fuzz::import_bytes(bytes);
    }
    return 0;
}
