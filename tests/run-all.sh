#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, builds with -Werror and the address and
# undefined-behaviour sanitizers, and runs every test (a throwaway PostgreSQL server and a private
# keychain are started by the tests themselves).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/dev/install-deps.sh" --tests
build="$root/build-ci"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFUSION_BUILD_TESTS=ON -DFUSION_WERROR=ON \
    -DFUSION_SANITIZERS=ON
cmake --build "$build"
cd "$build"
ctest --output-on-failure --no-tests=error -j "$(nproc)" "$@"
