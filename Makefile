# A thin layer over CMake so that a fresh Debian 12 machine needs one command
# for each job. `make demo` shows sore at work; `make test` runs every test;
# `make check` runs them again under AddressSanitizer and UBSan and runs
# clang-tidy (what CI does); `make package` makes the .deb.

BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

# Any report from a sanitizer fails the test that triggered it.
SANITIZE_ENV = ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

.PHONY: all deps build demo test sanitize test-sanitize tidy check package clean

all: build

deps:
	@packaging/install-build-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	tests/demo.sh $(BUILD)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# A second build folder with ASan and UBSan; -O1 keeps the tests quick, and
# line tables (-g1) are all a sanitizer report needs for file:line.
sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g1 -O1" \
		-DSORE_ASAN=ON -DSORE_UBSAN=ON $(CMAKE_FLAGS)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)

test-sanitize: sanitize
	$(SANITIZE_ENV) ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS)

# clang-tidy with .clang-tidy over sore's own sources; any warning fails
# (xargs exits non-zero if any run does, or if no file is found).
tidy: build
	find src -name '*.cpp' | sort | xargs -P $(JOBS) -n 4 clang-tidy -p $(BUILD) --quiet

check: test test-sanitize tidy

# The Debian package, build/sore_<version>_<arch>.deb.
package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
