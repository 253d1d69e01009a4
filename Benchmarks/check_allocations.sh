#!/usr/bin/env bash
# Counts heap allocations during invoke() (after allocateTensors() and one warm-up invoke) for
# each model given, with the malloc interposer preloaded. Zero is the goal.
#
#   Benchmarks/check_allocations.sh [MODEL ...]   (default: the bundled digits models)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
swift build -c release --package-path "$here" >&2
bin="$(swift build -c release --package-path "$here" --show-bin-path)"
models=("$@")
[ ${#models[@]} -gt 0 ] || models=("$here/../Models/digits_cnn.tflite")
for model in "${models[@]}"; do
  LD_PRELOAD="$bin/libMallocInterposerSwift.so" "$bin/swiftlite-bench" allocations "$model"
done
