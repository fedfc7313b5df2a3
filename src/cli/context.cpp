#include "cli/context.hpp"

#include "error.hpp"
#include "journal/dates.hpp"
#include "journal/values.hpp"
#include "util/folders.hpp"
#include "util/text.hpp"

#include <boost/program_options.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <ostream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace sore::cli {

namespace {

// A journal can always be named instead of found.
constexpr std::string_view otherwise = ", or choose the journal with --db or SORE_DB";

fs::path home() {
    return util::home(otherwise);
}

fs::path xdg_home(const char* variable, const char* fallback) {
    return util::xdg_home(variable, fallback, otherwise);
}

std::string expand_home(const std::string& path) {
    if (path == "~" || path.starts_with("~/")) {
        return (home() / path.substr(path.size() > 1 ? 2 : 1)).string();
    }
    return path;
}

constexpr std::string_view known_settings = "db = PATH and name = TEXT";

fs::path config_path(const std::optional<std::string>& explicit_path) {
    return explicit_path ? fs::path(*explicit_path)
                         : xdg_home("XDG_CONFIG_HOME", ".config") / "sore" / "config";
}

// A value as the config file gives it, "in quotes" or not; nothing when
// the setting is not there.
std::optional<std::string> unquoted(const po::variables_map& vm, const char* key,
                                    const fs::path& path, std::string_view accepted) {
    if (!vm.count(key)) {
        return std::nullopt;
    }
    auto value = vm[key].as<std::string>();
    bool opens = value.starts_with('"');
    bool closes = value.size() >= 2 && value.ends_with('"');
    if (opens && closes) {
        value = value.substr(1, value.size() - 2); // db = "/path with spaces"
    } else if (opens || value.ends_with('"')) {
        // Taken as it is, `"/path` would make a folder named `"`.
        throw UsageError(fmt::format("config file {}: {} {} has an unmatched '\"'; expected {} = "
                                     "{}, or {} = \"{}\"",
                                     path.string(), key, util::quoted(value), key, accepted, key,
                                     accepted));
    }
    if (value.empty()) {
        throw UsageError(fmt::format("config file {}: {} is empty; expected {} = {}", path.string(),
                                     key, key, accepted));
    }
    return value;
}

} // namespace

Settings read_settings(const std::optional<std::string>& explicit_path) {
    auto path = config_path(explicit_path);
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) {
        return {}; // a missing --config was refused in journal_path()
    }
    if (status.type() == fs::file_type::directory) {
        throw UsageError(
            fmt::format("config file '{}' is a folder; expected a file", path.string()));
    }
    std::ifstream file(path);
    if (ec || !file) {
        // Never fall back to the default journal: entries would be split
        // between two files.
        throw Error(fmt::format("cannot read the config file {}: {}", path.string(),
                                ec ? ec.message() : std::strerror(errno)));
    }
    po::options_description known;
    known.add_options()("db", po::value<std::string>())("name", po::value<std::string>());
    po::variables_map vm;
    try {
        po::store(po::parse_config_file(file, known), vm);
    } catch (const po::unknown_option& e) {
        // Boost names no option for a line such as "= journal.db".
        auto what = e.get_option_name().empty()
                        ? std::string("a line has '=' but no setting name before it")
                        : std::string(e.what());
        throw UsageError(fmt::format("config file {}: {}; the known settings are {}", path.string(),
                                     what, known_settings));
    } catch (const po::error& e) {
        throw UsageError(fmt::format("config file {}: {}; the known settings are {}", path.string(),
                                     e.what(), known_settings));
    }
    Settings settings;
    if (auto db = unquoted(vm, "db", path, "PATH")) {
        // A relative path is relative to the config file, not to wherever sore runs.
        fs::path resolved = expand_home(*db);
        if (resolved.is_relative()) {
            resolved = path.parent_path() / resolved;
        }
        settings.db = resolved.string();
    }
    if (auto name = unquoted(vm, "name", path, "TEXT")) {
        settings.name =
            journal::parse_text(fmt::format("config file {}: name", path.string()), *name);
    }
    return settings;
}

Context::Context(GlobalOptions global, std::istream& input, std::ostream& output,
                 std::ostream& errors, Terminal terminal)
    : in(input), out(output), err(errors), global_(std::move(global)), terminal_(terminal) {}

const Settings& Context::settings() {
    if (!settings_) {
        settings_ = read_settings(global_.config);
    }
    return *settings_;
}

journal::Day Context::today() {
    if (!today_) {
        today_ = journal::today();
    }
    return *today_;
}

bool Context::color() const {
    return terminal_.out && !global_.no_color && !util::env("NO_COLOR") &&
           util::env("TERM") != "dumb";
}

std::optional<std::size_t> Context::table_width() const {
    constexpr std::size_t usual = 80;
    if (!terminal_.out) {
        return std::nullopt;
    }
    if (auto columns = util::env("COLUMNS")) {
        if (columns->find_first_not_of("0123456789") == std::string::npos && columns->size() < 6 &&
            std::stoul(*columns) > 0) {
            return std::stoul(*columns);
        }
    }
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    return usual;
}

const std::string& Context::journal_path() {
    if (!path_) {
        // A --config that names nothing is a typo worth reporting, even
        // when --db or SORE_DB makes the file itself unnecessary.
        std::error_code ec;
        if (global_.config && fs::status(*global_.config, ec).type() == fs::file_type::not_found) {
            throw UsageError(fmt::format("--config '{}' does not exist; expected a config file",
                                         *global_.config));
        }
        // Read even when --db or SORE_DB wins, so that a mistake in the file
        // is reported by every command, not only by those that need it.
        const auto& configured = settings();
        if (global_.db) {
            path_ = *global_.db;
        } else if (auto db = util::env("SORE_DB")) {
            path_ = *db;
        } else if (configured.db) {
            path_ = *configured.db;
        } else {
            path_ = (xdg_home("XDG_DATA_HOME", ".local/share") / "sore" / "journal.db").string();
        }
        if (path_->empty()) {
            throw UsageError("the journal path is empty; expected a file path in --db, SORE_DB or "
                             "the config file");
        }
    }
    return *path_;
}

void Context::flush_output() {
    out.flush();
    if (!out) {
        throw Error("cannot write the output (is the disk full or the pipe closed?); nothing was "
                    "changed");
    }
}

store::Database& Context::journal(store::Access access) {
    if (!db_) {
        store::Found found{};
        db_.emplace(store::open_journal(journal_path(), access, &found));
        found_ = found;
    }
    return *db_;
}

void Context::opened_journal(store::Found found) {
    found_ = found;
}

void Context::tell_about_journal() {
    if (told_ || !found_ || *found_ == store::Found::journal) {
        return;
    }
    told_ = true;
    if (*found_ == store::Found::new_journal) {
        err << fmt::format("Started a new journal at {}.\n", journal_path());
    } else {
        err << fmt::format("There is no journal at {} yet.\n", journal_path());
    }
}

bool Context::journal_exists() {
    if (found_) { // as opened, without looking again
        return *found_ != store::Found::nothing;
    }
    return store::journal_exists(journal_path());
}

std::string Context::nothing_logged_yet() {
    if (!journal_exists()) {
        told_ = true;
        return fmt::format("There is no journal at {} yet. Add an entry with: sore log "
                           "--soreness N\n",
                           journal_path());
    }
    return "No entries yet. Add one with: sore log --soreness N\n";
}

} // namespace sore::cli
