#!/usr/bin/env bash
# Builds the libFuzzer targets: the library modules compiled one by one (in dependency order) as
# static libraries with libFuzzer coverage + AddressSanitizer, then the fuzz entry points.
#
#   Fuzz/build.sh [loader|interpreter|converter|all]     (default: all)
#
#   loader       -> Fuzz/.build/fuzz-model-loader  (FlatBuffers, SwiftLiteSchema)
#   interpreter  -> Fuzz/.build/fuzz-interpreter   (+ SwiftLiteCore, SwiftLiteKernels, SwiftLite)
#   converter    -> Fuzz/.build/fuzz-converter     (+ HDF5, KerasModel, SwiftLiteConverter)
#
# Idempotent: a module is rebuilt only when one of its sources (or a module it depends on) is
# newer than its library, a binary only when its entry point or a library is newer
# (FORCE=1 rebuilds everything).
#
# Environment: SWIFTC (default: swiftc on PATH, else /opt/swift/usr/bin/swiftc),
#              OPT (default: -O; use -Onone for easier debugging), FORCE=1.
set -euo pipefail

FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$FUZZ_DIR/.." && pwd)"
BUILD="$FUZZ_DIR/.build"
TARGET="${1:-all}"
if [[ -z "${SWIFTC:-}" ]]; then
    SWIFTC="$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)"
fi
OPT="${OPT:--O}"

case "$TARGET" in
    loader | interpreter | converter | all) ;;
    *) echo "build: unknown target '$TARGET' (loader, interpreter, converter or all)" >&2; exit 2 ;;
esac

mkdir -p "$BUILD/modules"

common=(-parse-as-library -wmo "$OPT" -g -swift-version 6 -sanitize=fuzzer,address
        -I "$BUILD/modules" -module-cache-path "$BUILD/module-cache")

# Whether $1 is missing, or older than any of the other arguments (FORCE=1: always).
stale() {
    local out="$1"; shift
    [[ -n "${FORCE:-}" || ! -e "$out" ]] && return 0
    local f
    for f in "$@"; do
        [[ "$f" -nt "$out" ]] && return 0
    done
    return 1
}

built=()  # libraries built so far, in dependency order

build_module() {  # name: sources from Sources/<name>, after the modules built before it
    local name="$1"
    local sources
    mapfile -t sources < <(find "$ROOT/Sources/$name" -name '*.swift' | LC_ALL=C sort)
    local lib="$BUILD/lib$name.a"
    if stale "$lib" "${sources[@]}" "$FUZZ_DIR/build.sh" "${built[@]}"; then
        echo "build: $name (${#sources[@]} files)"
        "$SWIFTC" "${common[@]}" -module-name "$name" \
            -emit-module -emit-module-path "$BUILD/modules/$name.swiftmodule" \
            -emit-library -static -o "$lib.tmp" "${sources[@]}"
        mv -f "$lib.tmp" "$lib"
    fi
    built+=("$lib")
}

build_binary() {  # output name, module name, entry-point files (in Fuzz/), "--", libraries (most dependent first)
    local out="$BUILD/$1" module="$2"; shift 2
    local entries=() libs=() flags=() files=() lib
    while [[ $# -gt 0 && "$1" != -- ]]; do entries+=("$FUZZ_DIR/$1"); shift; done
    shift
    libs=("$@")
    for lib in "${libs[@]}"; do flags+=("-l$lib"); files+=("$BUILD/lib$lib.a"); done
    if ! stale "$out" "${entries[@]}" "$FUZZ_DIR/build.sh" "${files[@]}"; then
        echo "build: $out is up to date"
        return
    fi
    echo "build: $(basename "$out")"
    "$SWIFTC" "${common[@]}" -module-name "$module" "${entries[@]}" \
        -L "$BUILD" "${flags[@]}" -use-ld=lld -o "$out.tmp"
    mv -f "$out.tmp" "$out"
    echo "build: built $out"
}

build_module FlatBuffers
build_module SwiftLiteSchema
if [[ "$TARGET" == loader || "$TARGET" == all ]]; then
    build_binary fuzz-model-loader ModelLoaderFuzzer ModelLoaderFuzzer.swift -- SwiftLiteSchema FlatBuffers
fi
if [[ "$TARGET" != loader ]]; then
    build_module SwiftLiteCore
    build_module SwiftLiteKernels
    build_module SwiftLite
fi
if [[ "$TARGET" == interpreter || "$TARGET" == all ]]; then
    build_binary fuzz-interpreter InterpreterFuzzer InterpreterFuzzer.swift InterpreterMutator.swift -- \
        SwiftLite SwiftLiteKernels SwiftLiteCore SwiftLiteSchema FlatBuffers
fi
if [[ "$TARGET" == converter || "$TARGET" == all ]]; then
    build_module HDF5
    build_module KerasModel
    build_module SwiftLiteConverter
    build_binary fuzz-converter ConverterFuzzer ConverterFuzzer.swift -- \
        SwiftLiteConverter KerasModel HDF5 SwiftLite SwiftLiteKernels SwiftLiteCore SwiftLiteSchema FlatBuffers
fi
