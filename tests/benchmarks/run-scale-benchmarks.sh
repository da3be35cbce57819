#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server in DIR (not /tmp: 10,000,000 operations are a few GB), runs bench_scale
# against it and removes it.
#   run-scale-benchmarks.sh DIR BENCH_SCALE_BINARY [bench options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?cluster directory}
bench=${2:?bench_scale binary}
shift 2
trap '"$here/../fixtures/pg.sh" stop "$dir"' EXIT
"$here/../fixtures/pg.sh" start "$dir" >/dev/null
"$bench" --host "$dir" "$@"
