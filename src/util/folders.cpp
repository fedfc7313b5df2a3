#include "util/folders.hpp"

#include "error.hpp"

#include <cstdlib>
#include <fmt/format.h>

namespace sore::util {

std::optional<std::string> env(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    return std::string(value);
}

std::filesystem::path home(std::string_view otherwise) {
    if (auto home = env("HOME")) {
        return *home;
    }
    throw Error(fmt::format("cannot find your home folder: set HOME{}", otherwise));
}

std::filesystem::path xdg_home(const char* variable, const char* fallback,
                               std::string_view otherwise) {
    if (auto dir = env(variable); dir && std::filesystem::path(*dir).is_absolute()) {
        return *dir;
    }
    return home(otherwise) / fallback;
}

} // namespace sore::util
