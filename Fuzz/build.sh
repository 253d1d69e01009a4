#!/usr/bin/env bash
# Builds Fuzz/.build/fuzz-model-loader: FlatBuffers and SwiftLiteSchema compiled module by module
# as static libraries with libFuzzer coverage + AddressSanitizer, then the fuzz entry point.
# Idempotent: does nothing when the binary is newer than every source file (FORCE=1 rebuilds).
#
# Environment: SWIFTC (default: swiftc on PATH, else /opt/swift/usr/bin/swiftc),
#              OPT (default: -O; use -Onone for easier debugging), FORCE=1.
set -euo pipefail

FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$FUZZ_DIR/.." && pwd)"
BUILD="$FUZZ_DIR/.build"
OUT="$BUILD/fuzz-model-loader"
if [[ -z "${SWIFTC:-}" ]]; then
    SWIFTC="$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)"
fi
OPT="${OPT:--O}"

mkdir -p "$BUILD/modules"

sources_fb=("$ROOT"/Sources/FlatBuffers/*.swift)
mapfile -t sources_schema < <(find "$ROOT/Sources/SwiftLiteSchema" -name '*.swift' | LC_ALL=C sort)
inputs=("${sources_fb[@]}" "${sources_schema[@]}" "$FUZZ_DIR/ModelLoaderFuzzer.swift" "$FUZZ_DIR/build.sh")

if [[ -z "${FORCE:-}" && -x "$OUT" ]]; then
    stale=0
    for f in "${inputs[@]}"; do
        if [[ "$f" -nt "$OUT" ]]; then stale=1; break; fi
    done
    if [[ $stale == 0 ]]; then
        echo "build: $OUT is up to date"
        exit 0
    fi
fi

common=(-parse-as-library -wmo "$OPT" -g -swift-version 6 -sanitize=fuzzer,address
        -I "$BUILD/modules" -module-cache-path "$BUILD/module-cache")

build_module() {  # name, sources...
    local name="$1"; shift
    echo "build: $name ($# files)"
    "$SWIFTC" "${common[@]}" -module-name "$name" \
        -emit-module -emit-module-path "$BUILD/modules/$name.swiftmodule" \
        -emit-library -static -o "$BUILD/lib$name.a" "$@"
}

build_module FlatBuffers "${sources_fb[@]}"
build_module SwiftLiteSchema "${sources_schema[@]}"

echo "build: fuzz-model-loader"
"$SWIFTC" "${common[@]}" -module-name ModelLoaderFuzzer \
    "$FUZZ_DIR/ModelLoaderFuzzer.swift" \
    -L "$BUILD" -lSwiftLiteSchema -lFlatBuffers \
    -use-ld=lld -o "$OUT.tmp"
mv -f "$OUT.tmp" "$OUT"
echo "build: built $OUT"
