#include "cli/commands/commands.hpp"
#include "error.hpp"

namespace sore::cli::commands {

int run(Context&, const ReportOptions&) {
    throw Error("not built yet");
}

} // namespace sore::cli::commands
