# A thin layer over CMake so that a fresh Debian 12 machine needs one command
# for each job. `make demo` shows sore at work; `make test` runs every test
# once; `make check` is what CI runs (below); `make package` makes the .deb.
#
# `make check`: the plain build (build/) runs the tests labelled stress or
# packaging (the .deb), the sanitizer build (build-sanitize/, ASan and UBSan)
# every other test, and clang-tidy checks src/. So every test runs once, and
# all but those two labels under the sanitizers: the stress tests run sore
# hundreds of times through code the other tests cover already, and a package
# is made from a plain build. Each build compiles only what its tests need. Compiles go
# through ccache when it is installed (cmake/Ccache.cmake), and clang-tidy
# skips the files it found clean before (tools/tidy.py), so a second run, in
# this clone or in a fresh one, is quick. clang-tidy runs at the lowest
# priority beside the sanitizer build and its tests, on the CPU they leave
# idle, and its report comes at the end.

BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

# The tests that run in the plain build only (CTest labels, tests/CMakeLists.txt).
PLAIN_LABELS = stress|packaging
CTEST = ctest --output-on-failure -j $(JOBS)

# Any report from a sanitizer fails the test that triggered it.
SANITIZE_ENV = ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# A time stamp in the log as each step starts, to see where the time goes.
STAMP = @date "+== %T make $@"

.PHONY: all deps configure build demo test test-plain sanitize test-sanitize tidy check package clean

all: build

deps:
	@packaging/install-build-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: configure
	$(STAMP)
	cmake --build $(BUILD) -j $(JOBS)

# Only the sore binary: the demo runs none of the tests, and they take most
# of a build's time.
demo: configure
	$(STAMP)
	cmake --build $(BUILD) -j $(JOBS) --target sore
	tests/demo.sh $(BUILD)

# Every test, once, in the plain build.
test: build
	$(STAMP)
	$(CTEST) --test-dir $(BUILD)

# The plain build's share of `make check`: sore, its package and the stress
# tests (the target check_plain), and the tests labelled stress or packaging.
test-plain: configure
	$(STAMP)
	cmake --build $(BUILD) -j $(JOBS) --target check_plain
	$(CTEST) --test-dir $(BUILD) -L '$(PLAIN_LABELS)'

# A second build folder with ASan and UBSan; -O1 keeps sore quick, and line
# tables (-g1) are all a sanitizer report needs for file:line. The stress
# tests are left out of it.
sanitize: deps
	$(STAMP)
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g1 -O1" \
		-DSORE_ASAN=ON -DSORE_UBSAN=ON -DSORE_STRESS_TESTS=OFF $(CMAKE_FLAGS)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)

test-sanitize: sanitize
	$(STAMP)
	$(SANITIZE_ENV) $(CTEST) --test-dir $(SANITIZE_BUILD) -LE '$(PLAIN_LABELS)'

# clang-tidy with .clang-tidy over sore's own sources; any warning fails.
# Results are cached by content outside the clone (tools/tidy.py).
tidy: build
	$(STAMP)
	python3 tools/tidy.py $(BUILD)

# clang-tidy needs the plain build's compile commands and the files it
# generates, so it starts once test-plain is done; the tests' status, then
# clang-tidy's, decide.
check: test-plain
	$(STAMP)
	@echo "== clang-tidy runs in the background at the lowest priority; its report comes last"
	@nice -n 19 python3 tools/tidy.py $(BUILD) >$(BUILD)/tidy.log 2>&1 & tidy=$$!; \
	$(MAKE) --no-print-directory test-sanitize; tests=$$?; \
	date "+== %T make check: waiting for clang-tidy"; \
	wait $$tidy; tidy=$$?; cat $(BUILD)/tidy.log; \
	date "+== %T make check: done"; \
	[ $$tests -eq 0 ] && [ $$tidy -eq 0 ]

# The Debian package, build/sore_<version>_<arch>.deb.
package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
