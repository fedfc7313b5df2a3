#pragma once

// A desktop notification through libnotify's C API. The library is opened
// when a notification is sent, not linked: every other command starts
// without GLib, and sore runs where libnotify is not installed.

#include <string>

namespace sore::remind {

// True when a notification service took it; false with no libnotify, no
// session bus or no notification service (the caller prints it instead).
bool notify(const std::string& summary, const std::string& body);

} // namespace sore::remind
