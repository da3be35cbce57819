#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server, runs bench_tenants against it and stops it.
#   run-benchmarks.sh BENCH_BINARY FUSION_CONSOLE_BINARY [bench options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench=${1:?bench_tenants binary}
app=${2:?fusion-console binary}
shift 2
dir=$(mktemp -d /tmp/fusion-bench-pg.XXXXXX)
trap '"$here/../fixtures/pg.sh" stop "$dir"' EXIT
"$here/../fixtures/pg.sh" start "$dir" >/dev/null
"$bench" --host "$dir" --app "$app" "$@"
