#pragma once

// One `run` per command, each in its own file, all with one signature.
// Returns the exit status; failures are thrown as sore::Error/UsageError.

#include "cli/context.hpp"
#include "cli/options.hpp"

namespace sore::cli::commands {

int run(Context& ctx, const LogOptions& options);
int run(Context& ctx, const ListOptions& options);
int run(Context& ctx, const ShowOptions& options);
int run(Context& ctx, const EditOptions& options);
int run(Context& ctx, const RmOptions& options);
int run(Context& ctx, const CheckOptions& options);
int run(Context& ctx, const BackupOptions& options);
int run(Context& ctx, const WeekOptions& options);
int run(Context& ctx, const CausesOptions& options);
int run(Context& ctx, const ExportOptions& options);
int run(Context& ctx, const ImportOptions& options);
int run(Context& ctx, const ReportOptions& options);

} // namespace sore::cli::commands
