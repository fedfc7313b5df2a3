#pragma once

// Helpers for the whole-program tests of `sore report`: the page read with
// libxml2's xmllint (Debian: libxml2-utils), a real XML parser, so every
// page is checked to be well-formed and read through XPath.

#include "reports.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <sys/wait.h>

namespace sore::testing {

// Today is Friday 2026-11-27 in Europe/Berlin.
inline void pin(Sandbox& box) {
    box.env["TZ"] = "Europe/Berlin";
    box.env["SORE_TODAY"] = "2026-11-27";
}

inline std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

inline std::string quote(const std::string& word) {
    std::string out = "'";
    for (char c : word) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

// Runs xmllint (Debian: libxml2-utils) with `args` on `file`: its status
// and what it printed on both streams.
inline Result xmllint(const std::string& args, const std::filesystem::path& file) {
    Result r;
    auto command = "xmllint --nonet " + args + " " + quote(file.string()) + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return r;
    }
    std::array<char, 4096> buffer{};
    for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) {
        r.out.append(buffer.data(), n);
    }
    int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (r.status == 127) {
        ADD_FAILURE() << "xmllint is missing: apt-get install libxml2-utils "
                         "(packaging/install-build-deps.sh installs it)";
    }
    return r;
}

// `sore report ARGS` to standard output, saved in the sandbox for xmllint;
// fails the test unless it succeeds, says nothing on stderr but a missing
// journal, and is
// well-formed XML.
inline std::string page(const Sandbox& box, std::vector<std::string> args = {}) {
    args.insert(args.begin(), "report");
    auto r = box.run(args);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, box.read_stderr());
    auto file = box.dir() / "page.html";
    sore::testing::write_file(file, r.out);
    auto lint = xmllint("--noout", file);
    EXPECT_EQ(lint.status, 0) << lint.out;
    EXPECT_EQ(lint.out, "");
    return r.out;
}

// An XPath expression evaluated by xmllint on the page in the sandbox.
inline std::string xpath(const Sandbox& box, const std::string& expression) {
    auto r = xmllint("--xpath " + quote(expression), box.dir() / "page.html");
    EXPECT_EQ(r.status, 0) << expression << ": " << r.out;
    if (r.out.ends_with('\n')) {
        r.out.pop_back(); // xmllint ends its answer with a line break
    }
    return r.out;
}

// The text of each cell of the table row at `row` (an XPath), spaces
// normalised.
inline std::vector<std::string> cells(const Sandbox& box, const std::string& row) {
    std::vector<std::string> out;
    int n = std::stoi(xpath(box, "count(" + row + "/td)"));
    for (int i = 1; i <= n; ++i) {
        out.push_back(xpath(box, "normalize-space(" + row + "/td[" + std::to_string(i) + "])"));
    }
    return out;
}

// `text` on one line: line breaks and the indents after them become one space.
inline std::string flat(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == ' ') {
            if (!out.empty() && out.back() != ' ') {
                out += ' ';
            }
        } else {
            out += c;
        }
    }
    return out;
}

using Cells = std::vector<std::string>;

// A journal like the demo's, small: three weeks in the default period,
// one entry long before it.
inline void three_weeks(const Sandbox& box) {
    log_entry(box, {"2026-08-03", "--soreness", "9", "--note", "long ago"});
    log_entry(box, {"2026-11-09", "--soreness", "7", "--pressure", "deep", "--knots", "4",
                    "--sitting", "9", "--tag", "clinic"});
    log_entry(box, {"2026-11-09", "--soreness", "6", "--technique", "none", "--sitting", "8"});
    log_entry(box, {"2026-11-12", "--soreness", "6", "--pressure", "firm", "--injury", "--side",
                    "left", "--note", "hurt it on the stairs"});
    log_entry(box, {"2026-11-16", "--soreness", "5", "--technique", "none", "--injury"});
    log_entry(box, {"2026-11-19", "--soreness", "4", "--pressure", "medium", "--emotional"});
    log_entry(box, {"2026-11-26", "--soreness", "2", "--pressure", "light", "--time", "18:30"});
}

} // namespace sore::testing
