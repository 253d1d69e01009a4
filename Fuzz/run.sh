#!/usr/bin/env bash
# Builds the model-loader fuzzer, seeds its corpus and fuzzes for SECONDS (default 300).
#
#   Fuzz/run.sh [SECONDS]
#
# Corpus:    Fuzz/.build/corpus   (seeded from Tests/Fixtures/format/*.tflite and Models/*.tflite,
#                                  plus each of them rewritten with external buffers; kept between
#                                  runs, so later runs resume from it)
# Crashes:   Fuzz/.build/crashes/ (crash-*, timeout-*, oom-* reproducers; each reproducer's trace
#                                  is saved next to it as <name>.log)
# Logs:      Fuzz/.build/logs/    (one libFuzzer log per session)
#
# libFuzzer stops at the first crash; to use the whole time budget this script restarts it
# (resuming from the corpus) until SECONDS have passed, summing the executions of every session
# (stat::number_of_executed_units, from -print_final_stats=1).
# Last line printed: `fuzz: N executions, M crashes`.
set -uo pipefail

SECONDS_TO_RUN="${1:-300}"
FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$FUZZ_DIR/.." && pwd)"
BUILD="$FUZZ_DIR/.build"
BIN="${FUZZ_BIN:-$BUILD/fuzz-model-loader}"
WORK="${FUZZ_WORK:-$BUILD}"  # FUZZ_BIN/FUZZ_WORK: only for testing this script
CORPUS="$WORK/corpus"
CRASHES="$WORK/crashes"
LOGS="$WORK/logs"
NICE="${NICE:-10}"
MAX_SESSIONS="${MAX_SESSIONS:-50}"

if [[ -z "${FUZZ_BIN:-}" ]]; then
    nice -n "$NICE" "$FUZZ_DIR/build.sh" || { echo "run: build failed" >&2; exit 2; }
fi

mkdir -p "$CORPUS" "$CRASHES" "$LOGS"
seeds=()
for seed in "$ROOT"/Tests/Fixtures/format/*.tflite "$ROOT"/Models/*.tflite; do
    [[ -f "$seed" ]] || continue
    cp -n "$seed" "$CORPUS/"
    seeds+=("$seed")
done

# The Swift runtime's own crash backtracer trips AddressSanitizer (it reads the crashed stack
# from another thread) and hides the real report; let libFuzzer/ASan print the trace instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}detect_leaks=0"

# Also seed each model rewritten in the large-model layout (buffers after the FlatBuffer, by
# offset/size), which mutation alone rarely produces (see LLVMFuzzerInitialize).
if [[ -z "${FUZZ_BIN:-}" && ${#seeds[@]} -gt 0 ]]; then
    SWIFTLITE_FUZZ_EXTERNAL_SEEDS="$CORPUS" "$BIN" "${seeds[@]}" | grep -a '^fuzz:' | sed 's/^fuzz:/run:/'
fi

options=(
    -max_len=200000 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
    -dict="$FUZZ_DIR/tflite.dict" -artifact_prefix="$CRASHES/"
)

stamp="$(date +%Y%m%d-%H%M%S)"
deadline=$(( $(date +%s) + SECONDS_TO_RUN ))
executions=0 crashes=0 timeouts=0 ooms=0 others=0 sessions=0
new=()
echo "run: $BIN ${options[*]} -max_total_time=<remaining> $CORPUS"
while (( sessions < MAX_SESSIONS )); do
    remaining=$(( deadline - $(date +%s) ))
    (( remaining > 0 )) || break
    sessions=$(( sessions + 1 ))
    log="$LOGS/$stamp-$sessions.log"
    nice -n "$NICE" "$BIN" "${options[@]}" -max_total_time="$remaining" "$CORPUS" >"$log" 2>&1
    status=$?
    units="$(grep -a 'stat::number_of_executed_units:' "$log" | tail -1 | awk '{print $2}')"
    executions=$(( executions + ${units:-0} ))
    artifact="$(grep -aoE 'Test unit written to .*' "$log" | tail -1 | sed 's/^Test unit written to //')"
    case "$(basename "${artifact:-none}")" in
        crash-*) crashes=$(( crashes + 1 )) ;;
        timeout-*) timeouts=$(( timeouts + 1 )) ;;
        oom-*) ooms=$(( ooms + 1 )) ;;
        leak-* | slow-unit-*) others=$(( others + 1 )) ;;
    esac
    echo "run: session $sessions: exit $status, ${units:-0} executions${artifact:+, wrote $artifact} (log $log)"
    [[ -n "$artifact" ]] && new+=("$artifact")
    # A clean exit means the time is up; a failure without a reproducer would only repeat.
    if [[ $status == 0 || -z "$artifact" ]]; then break; fi
done

# Save a trace for every new reproducer, with a one-line signature to tell bugs apart.
if (( ${#new[@]} > 0 )); then
    echo "run: reproducers:"
    for artifact in "${new[@]}"; do
        "$BIN" -timeout=10 -rss_limit_mb=2048 "$artifact" >"$artifact.log" 2>&1
        signature="$(grep -aE 'Fatal error:|SUMMARY:|ERROR: libFuzzer|==ERROR' "$artifact.log" | head -1 | sed -E 's/^ +//')"
        echo "  $artifact: ${signature:-(did not reproduce; see $artifact.log)}"
    done
fi
if (( timeouts + ooms + others > 0 )); then
    echo "run: also $timeouts timeouts, $ooms out-of-memory, $others other reports"
fi
echo "fuzz: $executions executions, $crashes crashes"
