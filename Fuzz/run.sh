#!/usr/bin/env bash
# Builds a fuzz target, seeds its corpus and fuzzes for SECONDS (default 300).
#
#   Fuzz/run.sh [--target loader|interpreter|converter] [SECONDS]
#
# Targets:   loader       (default) Fuzz/.build/fuzz-model-loader: the .tflite loader;
#                         work directory Fuzz/.build
#            interpreter  Fuzz/.build/fuzz-interpreter: load, allocateTensors and invoke with the
#                         reference kernels; work directory Fuzz/.build/interpreter
#            converter    Fuzz/.build/fuzz-converter: import a Keras file and convert it; work
#                         directory Fuzz/.build/converter, seeded from the Keras fixtures
# Corpus:    <work>/corpus  (loader: seeded from Tests/Fixtures/format/*.tflite and
#                            Models/*.tflite, plus each of them rewritten with external buffers;
#                            interpreter: every .tflite under Tests/Fixtures/{format,ops,models,
#                            stateful} and Models/ up to the maximum input length; kept between
#                            runs, so later runs resume from it)
# Crashes:   <work>/crashes/ (crash-*, timeout-*, oom-* reproducers; each reproducer's trace
#                             is saved next to it as <name>.log)
# Logs:      <work>/logs/    (one libFuzzer log per session)
#
# libFuzzer stops at the first crash; to use the whole time budget this script restarts it
# (resuming from the corpus) until SECONDS have passed, summing the executions of every session
# (stat::number_of_executed_units, from -print_final_stats=1).
# Last line printed: `fuzz: N executions, M crashes`.
set -uo pipefail

TARGET=loader
if [[ "${1:-}" == --target ]]; then
    TARGET="${2:-}"
    shift 2 || { echo "run: --target needs a value (loader or interpreter)" >&2; exit 2; }
elif [[ "${1:-}" == --target=* ]]; then
    TARGET="${1#--target=}"
    shift
fi
SECONDS_TO_RUN="${1:-300}"
FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$FUZZ_DIR/.." && pwd)"
BUILD="$FUZZ_DIR/.build"
MAX_LEN=200000
case "$TARGET" in
    loader)
        DEFAULT_BIN="$BUILD/fuzz-model-loader"
        DEFAULT_WORK="$BUILD"
        SEED_PATTERNS=("$ROOT"/Tests/Fixtures/format/*.tflite "$ROOT"/Models/*.tflite)
        ;;
    interpreter)
        DEFAULT_BIN="$BUILD/fuzz-interpreter"
        DEFAULT_WORK="$BUILD/interpreter"
        SEED_PATTERNS=("$ROOT"/Tests/Fixtures/{format,ops,models,stateful}/*.tflite "$ROOT"/Models/*.tflite)
        ;;
    converter)
        DEFAULT_BIN="$BUILD/fuzz-converter"
        DEFAULT_WORK="$BUILD/converter"
        SEED_PATTERNS=("$ROOT"/Tests/Fixtures/keras/*/model.{keras,h5} "$ROOT"/Tests/Fixtures/keras-import/*/*.{keras,h5})
        ;;
    *) echo "run: unknown target '$TARGET' (loader, interpreter or converter)" >&2; exit 2 ;;
esac
BIN="${FUZZ_BIN:-$DEFAULT_BIN}"
WORK="${FUZZ_WORK:-$DEFAULT_WORK}"  # FUZZ_BIN/FUZZ_WORK: only for testing this script
CORPUS="$WORK/corpus"
CRASHES="$WORK/crashes"
LOGS="$WORK/logs"
NICE="${NICE:-10}"
MAX_SESSIONS="${MAX_SESSIONS:-50}"

if [[ -z "${FUZZ_BIN:-}" ]]; then
    nice -n "$NICE" "$FUZZ_DIR/build.sh" "$TARGET" || { echo "run: build failed" >&2; exit 2; }
fi

mkdir -p "$CORPUS" "$CRASHES" "$LOGS"
seeds=()
for seed in "${SEED_PATTERNS[@]}"; do
    [[ -f "$seed" ]] || continue
    # libFuzzer would truncate a longer seed, leaving an invalid FlatBuffer.
    (( $(stat -c %s "$seed") <= MAX_LEN )) || continue
    if [[ "$TARGET" == loader ]]; then
        cp -n "$seed" "$CORPUS/"
    else  # several fixture folders use the same names
        cp -n "$seed" "$CORPUS/$(basename "$(dirname "$seed")")-$(basename "$seed")"
    fi
    seeds+=("$seed")
done

# The Swift runtime's own crash backtracer trips AddressSanitizer (it reads the crashed stack
# from another thread) and hides the real report; let libFuzzer/ASan print the trace instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}detect_leaks=0"

# Also seed each model rewritten in the large-model layout (buffers after the FlatBuffer, by
# offset/size), which mutation alone rarely produces (see LLVMFuzzerInitialize).
if [[ -z "${FUZZ_BIN:-}" && "$TARGET" == loader && ${#seeds[@]} -gt 0 ]]; then
    SWIFTLITE_FUZZ_EXTERNAL_SEEDS="$CORPUS" "$BIN" "${seeds[@]}" | grep -a '^fuzz:' | sed 's/^fuzz:/run:/'
fi

dictionary=()
[[ "$TARGET" != converter ]] && dictionary=(-dict="$FUZZ_DIR/tflite.dict")
options=("${dictionary[@]}"
    -max_len="$MAX_LEN" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
    -artifact_prefix="$CRASHES/"
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
