#include "run.hpp"

#include "cli/run.hpp"
#include "commands/commands.hpp"
#include "store/sqlite.hpp"
#include "util/signals.hpp"

#include <iostream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace sore {

int run(int argc, char** argv) {
    umask(077);                    // journal, backups and their folders: readable by the owner only
    util::watch_file_size_limit(); // a clear error past ulimit -f, not death by SIGXFSZ
    store::skip_memory_statistics();
    std::vector<std::string> args(argv + 1, argv + argc);
    cli::Terminal terminal{isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
                           isatty(STDERR_FILENO) == 1};
    return cli::run(args, std::cin, std::cout, std::cerr, terminal, commands::all());
}

} // namespace sore
