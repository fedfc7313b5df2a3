#pragma once

// A file written whole or not at all (ccache's core/atomicfile is the
// model). The bytes go to a file no one else sees, are synced to disk, and
// only then take the target's name, never replacing a file unless asked;
// the folder is synced after. On any failure, and when dropped without
// commit(), whatever it made is removed.
//
// Where the file system allows O_TMPFILE the file has no name at all until
// commit(), so even SIGKILL leaves nothing behind. Elsewhere, and when the
// caller needs a path to the file (SQLite writes a backup by name), it is a
// hidden ".sore-XXXXXX" beside the target, removed on SIGINT, SIGTERM and
// SIGHUP as well.

#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace sore::util {

class AtomicFile {
public:
    enum class Replace { no, yes };
    enum class Named { no, yes }; // yes: temp_path() names the file while it is written

    // Creates the hidden file in the target's folder, mode 0600. Throws
    // sore::Error when it cannot. With Named::yes, `beside` are the suffixes
    // of files the writer keeps next to it while it works (SQLite's
    // "-journal"), removed with it on a signal.
    AtomicFile(std::string target, Replace replace, Named named = Named::no,
               std::span<const char* const> beside = {});
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Where to write (Named::no).
    std::ostream& stream();
    // The file's path while it is written (Named::yes only).
    const std::string& temp_path() const;

    // Flushes, syncs and gives the file its name, then syncs the folder.
    // False, with nothing left behind, when the target exists and may not
    // be replaced (it appeared while the file was written). Throws
    // sore::Error when anything cannot be written.
    [[nodiscard]] bool commit();

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace sore::util
