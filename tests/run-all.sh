#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, builds with -Werror and the address and
# undefined-behaviour sanitizers, and runs every test (a throwaway PostgreSQL server and a private
# keychain are started by the tests themselves). Alongside, the Release build that
# packaging/dev/run-app.sh gives a newcomer is compiled with -Werror too, so what they build is what CI
# checked.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/dev/install-deps.sh" --tests
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# A unity build: the libraries' files compiled a batch at a time, so the headers and the sanitizers'
# instrumentation of every inline function are done once per batch rather than once per file (about half the
# compile time). It also keeps file-local names unique across a library, which is what makes it possible.
# Line tables only (-g1): the sanitizers' reports still name every function, file and line, and compiling takes
# a fifth less. LLVM's lld links the 60-odd sanitized test programs in less than half the time of ld.bfd.
build="$root/build-ci"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFUSION_BUILD_TESTS=ON -DFUSION_WERROR=ON \
    -DFUSION_SANITIZERS=ON -DCMAKE_UNITY_BUILD=ON -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld "${launcher[@]}"
cmake --build "$build"

# The fuzz build (tests/fuzz, FUSION_FUZZ): clang's libFuzzer over the parsers of outside input, and nothing
# else of the project — about forty seconds to build. Its targets run after the main suite, so they never
# compete with the suite's timeouts; a crash fails CI. FUSION_FUZZ_SECONDS (default 60) is each target's time.
fuzz="$root/build-fuzz"
cmake -S "$root" -B "$fuzz" -G Ninja -DFUSION_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DFUSION_WERROR=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DCMAKE_UNITY_BUILD=ON \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DFUSION_FUZZ_SECONDS="${FUSION_FUZZ_SECONDS:-60}" "${launcher[@]}" >/dev/null
cmake --build "$fuzz"

# run-app.sh's configuration plus -Werror: the app, fusionctl and the libraries, no tests. Built at the
# lowest priority while the tests run, so it takes the processor time they leave idle (waiting on servers,
# keychains and timers) and does not slow them down.
release="$root/build-ci-release"
cmake -S "$root" -B "$release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFUSION_BUILD_TESTS=OFF -DFUSION_WERROR=ON \
    -DCMAKE_UNITY_BUILD=ON "${launcher[@]}" >/dev/null
nice -n 19 cmake --build "$release" >"$release/build.log" 2>&1 &
release_pid=$!

cd "$build"
status=0
# One test more than there are processors: much of a test's time is spent waiting on a server, a keychain or
# a child fusionctl, and every test keeps at least three times its usual time as headroom to its timeout.
ctest --output-on-failure --no-tests=error -j "$(($(nproc) + 1))" "$@" || status=$?
# The fuzz targets, one per processor: 10 targets x 60 s is 10 minutes of processor time, 5 to 6 on two cores.
rm -f "$fuzz"/tests/fuzz/work/*/figures.txt
(cd "$fuzz" && ctest -L fuzz --output-on-failure --no-tests=error -j "$(nproc)") || status=1
cat "$fuzz"/tests/fuzz/work/*/figures.txt 2>/dev/null || true
if wait "$release_pid"; then
    echo "Release build (-Werror): OK"
else
    cat "$release/build.log"
    echo "Release build (-Werror) failed: see above" >&2
    status=1
fi
exit "$status"
