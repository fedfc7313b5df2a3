#pragma once

// The user's folders as the XDG Base Directory specification names them.

#include <filesystem>
#include <optional>
#include <string>

namespace sore::util {

// A variable of the environment, when set and not empty.
std::optional<std::string> env(const char* name);

// $HOME; sore::Error saying to set it, followed by `otherwise`, when unset.
std::filesystem::path home(std::string_view otherwise);

// $<variable> (XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME), which must
// be absolute to count, else ~/<fallback>.
std::filesystem::path xdg_home(const char* variable, const char* fallback,
                               std::string_view otherwise);

} // namespace sore::util
