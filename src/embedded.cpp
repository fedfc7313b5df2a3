#include "embedded.hpp"

#include "error.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sore {

std::string_view report_file(std::string_view name) {
    auto files = report_files();
    auto found = std::find_if(files.begin(), files.end(),
                              [&](const EmbeddedFile& f) { return f.name == name; });
    if (found == files.end()) {
        throw Error(fmt::format("reports/{} is missing from this build", name));
    }
    return found->text;
}

} // namespace sore
