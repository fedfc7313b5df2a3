#pragma once

// Text files compiled into the binary at build time (cmake/Embed.cmake).

#include <span>
#include <string_view>

namespace sore {

struct EmbeddedFile {
    std::string_view name; // base name, e.g. "001_init.sql"
    std::string_view text;
};

// schema/NNN_*.sql in name order.
std::span<const EmbeddedFile> schema_files();

// reports/*.sql and *.html: the queries behind `sore week` and `sore causes`,
// and the template of `sore report`.
std::span<const EmbeddedFile> report_files();

// The text of reports/NAME; sore::Error when this build lacks it.
std::string_view report_file(std::string_view name);

} // namespace sore
