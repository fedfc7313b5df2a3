#include "commands/commands.hpp"

#include <array>

namespace sore::commands {

// Defined in commands/NAME.cpp.
extern const cli::Command log_command;
extern const cli::Command list_command;
extern const cli::Command show_command;
extern const cli::Command edit_command;
extern const cli::Command rm_command;
extern const cli::Command week_command;
extern const cli::Command causes_command;
extern const cli::Command recovery_command;
extern const cli::Command sites_command;
extern const cli::Command brief_command;
extern const cli::Command report_command;
extern const cli::Command export_command;
extern const cli::Command import_command;
extern const cli::Command check_command;
extern const cli::Command backup_command;
extern const cli::Command undo_command;
extern const cli::Command redo_command;
extern const cli::Command history_command;
extern const cli::Command due_command;
extern const cli::Command remind_command;

std::span<const cli::Command* const> all() {
    static constexpr std::array<const cli::Command*, 20> table{
        &log_command,    &list_command,   &show_command,    &edit_command,     &rm_command,
        &week_command,   &causes_command, &sites_command,   &recovery_command, &brief_command,
        &report_command, &export_command, &import_command,  &check_command,    &backup_command,
        &undo_command,   &redo_command,   &history_command, &due_command,      &remind_command};
    return table;
}

} // namespace sore::commands
