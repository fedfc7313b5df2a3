#include "remind/cautions.hpp"

#include "error.hpp"
#include "util/atomic_file.hpp"
#include "util/folders.hpp"

#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>

namespace sore::remind {

namespace fs = std::filesystem;

namespace {

fs::path state_file() {
    return util::xdg_home("XDG_STATE_HOME", ".local/state", "") / "sore" / "cautions.json";
}

// journal path -> injury day; an unreadable file counts as empty, since
// the worst that follows is a caution given twice.
nlohmann::json read_state(const fs::path& path) {
    std::ifstream file(path);
    auto state = nlohmann::json::parse(file, nullptr, false);
    return state.is_object() ? state : nlohmann::json::object();
}

std::string key(const std::string& journal) {
    std::error_code ec;
    auto absolute = fs::weakly_canonical(journal, ec);
    return ec ? journal : absolute.string();
}

} // namespace

std::optional<journal::Day> caution_given(const std::string& journal) {
    auto state = read_state(state_file());
    auto given = state.find(key(journal));
    if (given == state.end() || !given->is_string()) {
        return std::nullopt;
    }
    return journal::parse_stored_date(given->get<std::string>());
}

void remember_caution(const std::string& journal, journal::Day injury) {
    auto path = state_file();
    auto state = read_state(path);
    state[key(journal)] = journal::format_date(injury);
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec); // 0700: sore runs with umask 077
    if (ec) {
        throw Error(fmt::format("cannot make the folder {}: {}", path.parent_path().string(),
                                ec.message()));
    }
    util::AtomicFile file(path.string(), util::AtomicFile::Replace::yes);
    file.stream() << state.dump(2) << '\n';
    if (!file.commit()) {
        throw Error(fmt::format("cannot write {}", path.string()));
    }
}

} // namespace sore::remind
