#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time (CTest's "fuzz" label) and prints one line of figures:
#   fuzz figures: TARGET executions=N execs/s=N cov=N ft=N corpus=N crashes=N
# The committed seed corpus and regressions are copied into a scratch corpus first, so the run never changes
# them. A crash, leak, timeout or out-of-memory fails the test; its input stays in WORK/artifacts/ and the log
# (WORK/fuzz.log) names it. Add it to tests/fuzz/regressions/TARGET/ once it is fixed.
#
# usage: run-fuzz.sh FUZZER TARGET SEED_CORPUS REGRESSIONS WORK SECONDS MAX_LEN
set -u
fuzzer=$1 target=$2 seeds=$3 regressions=$4 work=$5 seconds=$6 max_len=$7

rm -rf "$work/corpus" "$work/artifacts" "$work/figures.txt"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$seeds"/* "$work/corpus/"
if compgen -G "$regressions/*" >/dev/null; then
    cp "$regressions"/* "$work/corpus/"
fi
log="$work/fuzz.log"

# -timeout: one input taking seconds is a hang; -rss_limit_mb: a parser allocating what an input asks for is a
# bug; -print_final_stats: the figures below. Leaks are checked at exit (LeakSanitizer) and fail the run too.
status=0
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$fuzzer" "$work/corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 -close_fd_mask=1 >"$log" 2>&1 || status=$?

stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
last=$(grep -E '^#[0-9]+' "$log" | grep -E ' cov: ' | tail -1)
cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
crashes=$(find "$work/artifacts" -type f | wc -l)
corpus=$(find "$work/corpus" -type f | wc -l)
# Also kept in WORK/figures.txt: CTest shows a passing test's output only with -V.
echo "fuzz figures: $target executions=$(stat number_of_executed_units) execs/s=$(stat average_exec_per_sec)" \
    "cov=${cov:-?} ft=${ft:-?} corpus=$corpus crashes=$crashes" | tee "$work/figures.txt"

if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    grep -E 'ERROR: |fuzz invariant broken|fuzz detail|SUMMARY:|runtime error|Test unit written to|ALARM|out-of-memory' "$log" | head -20
    echo "fuzz target $target failed (status $status); the log is $log, the inputs are in $work/artifacts/:"
    find "$work/artifacts" -type f
    exit 1
fi
