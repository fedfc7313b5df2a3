#!/usr/bin/env python3
"""clang-tidy over sore's sources, skipping files whose result is known.

    tools/tidy.py BUILD [FILE...]      (default: every src/**/*.cpp)

A file is analysed unless a clean result is cached under a key made of
everything the result depends on:

- the clang-tidy version and the .clang-tidy file,
- the file's compile command from BUILD/compile_commands.json, with the
  source and build folders written as placeholders (so a clone in another
  folder has the same key),
- the content of the file and of every file it includes, project headers
  (which clang-tidy checks too, see HeaderFilterRegex) and system headers
  alike. The list of includes comes from the compiler's dependency file of
  the file's object (CMake's OBJ.d, written by the build), or from `-MM`
  when there is none or it is older than the file.

So an unchanged file is not analysed again, while a changed file, and every
file that includes a changed header, is. Only clean results are cached: a
file with a warning is analysed, and fails, on every run.

The cache is $SORE_TIDY_CACHE, else $XDG_CACHE_HOME/sore-tidy, else
~/.cache/sore-tidy: outside the clone, so a fresh clone hits it too. Exit
status 1 when any file has a warning or clang-tidy fails.
"""

import concurrent.futures
import hashlib
import json
import os
import pathlib
import re
import shlex
import subprocess
import sys

SOURCE = pathlib.Path(__file__).resolve().parent.parent


def cache_dir():
    if os.environ.get("SORE_TIDY_CACHE"):
        return pathlib.Path(os.environ["SORE_TIDY_CACHE"])
    xdg = os.environ.get("XDG_CACHE_HOME") or pathlib.Path.home() / ".cache"
    return pathlib.Path(xdg) / "sore-tidy"


def sha256(data):
    return hashlib.sha256(data).hexdigest()


class Contents:
    """Hashes of file contents, each file read once."""

    def __init__(self):
        self.known = {}

    def __call__(self, path):
        if path not in self.known:
            self.known[path] = sha256(pathlib.Path(path).read_bytes())
        return self.known[path]


def arguments(entry):
    if "arguments" in entry:
        return list(entry["arguments"])
    return shlex.split(entry["command"])


def without_output(args):
    """The compile command without -o, -c and the dependency file options."""
    out, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
        elif arg not in ("-c", "-MD", "-MMD"):
            out.append(arg)
    return out


def depfile_of(args, directory):
    """Where the build writes the dependency file: -MF, else OBJ.d."""
    for option, suffix in (("-MF", ""), ("-o", ".d")):
        if option in args:
            return pathlib.Path(directory, args[args.index(option) + 1] + suffix)
    return None


def parse_depfile(text):
    """The prerequisites of a make rule, `obj: a.cpp b.hpp \\` and so on."""
    text = text.replace("\\\n", " ")
    _, _, prerequisites = text.partition(": ")
    # Paths with spaces come escaped as "\ "; sore's have none, but keep them whole.
    words = prerequisites.replace("\\ ", "\0").split()
    return [word.replace("\0", " ") for word in words]


def includes(source, args, directory):
    """Every file the source includes (and the source itself)."""
    depfile = depfile_of(args, directory)
    if depfile and depfile.exists():
        # Trusted only when no file it names changed since the build wrote it
        # (a changed file may include others now).
        written = depfile.stat().st_mtime
        files = [pathlib.Path(directory, p) for p in parse_depfile(depfile.read_text())]
        if all(f.exists() and f.stat().st_mtime <= written for f in files):
            return {f.resolve() for f in files}
    # -M lists system headers too, as the build's -MD does.
    result = subprocess.run(without_output(args) + ["-M"], cwd=directory, capture_output=True,
                            text=True)
    if result.returncode != 0:
        sys.exit(f"tidy: cannot list the includes of {source}:\n{result.stderr}")
    return {pathlib.Path(directory, p).resolve() for p in parse_depfile(result.stdout)}


def placeholders(text, build):
    # The build folder is often inside the source folder: replace it first.
    return text.replace(str(build), "<build>").replace(str(SOURCE), "<source>")


def key(common, source, entry, build, contents):
    args = arguments(entry)
    files = sorted((placeholders(str(path), build), contents(path))
                   for path in includes(source, args, entry["directory"]))
    parts = [common, placeholders(shlex.join(without_output(args)), build)]
    parts += [f"{name} {digest}" for name, digest in files]
    return sha256("\n".join(parts).encode())


def analyse(source, build):
    result = subprocess.run(["clang-tidy", "-p", str(build), "--quiet", str(source)],
                            capture_output=True, text=True)
    # Leave out clang-tidy's count of the warnings it suppressed in headers
    # outside HeaderFilterRegex ("123 warnings generated.").
    output = "".join(line for line in (result.stdout + result.stderr).splitlines(True)
                     if not re.fullmatch(r"\d+ warnings? generated\.\n?", line))
    clean = result.returncode == 0 and "warning:" not in output and "error:" not in output
    return clean, output


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = pathlib.Path(sys.argv[1]).resolve()
    if len(sys.argv) > 2:
        files = [pathlib.Path(f).resolve() for f in sys.argv[2:]]
    else:
        files = sorted((SOURCE / "src").rglob("*.cpp"))
    if not files:
        sys.exit("tidy: no file to analyse")

    database = json.loads((build / "compile_commands.json").read_text())
    entries = {pathlib.Path(e["directory"], e["file"]).resolve(): e for e in database}
    version = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True,
                             check=True).stdout
    common = version + (SOURCE / ".clang-tidy").read_text()

    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    contents = Contents()
    to_analyse = {}
    for source in files:
        if source not in entries:
            sys.exit(f"tidy: {source} is not in {build}/compile_commands.json")
        k = key(common, source, entries[source], build, contents)
        if not (cache / k).exists():
            to_analyse[source] = k

    failed = []
    jobs = int(os.environ.get("JOBS", os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        results = {pool.submit(analyse, s, build): s for s in to_analyse}
        for done in concurrent.futures.as_completed(results):
            source = results[done]
            clean, output = done.result()
            if clean:
                marker = cache / to_analyse[source]
                temporary = marker.with_suffix(f".{os.getpid()}")
                temporary.write_text(str(source.relative_to(SOURCE)) + "\n")
                temporary.rename(marker)
            else:
                failed.append(source)
                sys.stdout.write(output)
                sys.stdout.flush()

    print(f"tidy: {len(files)} files, {len(files) - len(to_analyse)} unchanged since a clean "
          f"run ({cache}), {len(to_analyse)} analysed, {len(failed)} with warnings")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
