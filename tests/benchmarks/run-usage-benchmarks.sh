#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server, runs bench_usage against it and stops it.
#   run-usage-benchmarks.sh BENCH_BINARY [bench options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench=${1:?bench_usage binary}
shift
dir=$(mktemp -d /tmp/fusion-bench-pg.XXXXXX)
trap '"$here/../fixtures/pg.sh" stop "$dir"' EXIT
"$here/../fixtures/pg.sh" start "$dir" >/dev/null
"$bench" --host "$dir" "$@"
