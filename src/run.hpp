#pragma once

// The whole program behind main(): the process's settings, then the
// command line through cli::run with every command of commands/.

namespace sore {

int run(int argc, char** argv);

} // namespace sore
