#!/usr/bin/env python3
"""Inference latency: SwiftLite next to the official runtime on the same model, same input,
same thread count, in one run (median of N invocations after warm-up), plus init time and
arena size next to the official arena's (the address span of the tensors its operators write,
after allocate_tensors()).

    Benchmarks/compare_latency.py [--threads 1] [--runs 30] MODEL [MODEL ...]

SwiftLite runs as `swiftlite benchmark --json` from a release build of the main package, both
with reference kernels (`--reference`, compared with BUILTIN_REF) and with its default kernels
(compared with the official default, XNNPACK). Needs ai-edge-litert and numpy.
"""
import argparse
import json
import statistics
import subprocess
import time
from pathlib import Path

import numpy as np
from ai_edge_litert.interpreter import Interpreter, OpResolverType

ROOT = Path(__file__).resolve().parent.parent


def official_arena_bytes(interpreter):
    """The span of addresses of the tensors the graph writes (its inputs and every operator
    output): with the reference resolver these all live in TFLite's one activation arena."""
    written = {t for op in interpreter._get_ops_details() for t in op["outputs"] if t >= 0}
    written |= {d["index"] for d in interpreter.get_input_details()}
    spans = []
    for index in written:
        try:
            array = interpreter.tensor(index)()
        except (ValueError, RuntimeError):
            continue
        start = array.__array_interface__["data"][0]
        spans.append((start, start + array.nbytes))
    return max(e for _, e in spans) - min(s for s, _ in spans) if spans else 0


def official(model, resolver, threads, runs, warmup=5):
    start = time.perf_counter()
    interpreter = Interpreter(model_path=str(model), experimental_op_resolver_type=resolver, num_threads=threads)
    interpreter.allocate_tensors()
    arena_mb = official_arena_bytes(interpreter) / 2**20 if resolver == OpResolverType.BUILTIN_REF else float("nan")
    init_ms = (time.perf_counter() - start) * 1000
    rng = np.random.default_rng(0)
    for detail in interpreter.get_input_details():
        if np.issubdtype(detail["dtype"], np.floating):
            value = rng.uniform(0, 1, detail["shape"]).astype(detail["dtype"])
        else:
            value = rng.integers(0, 4, detail["shape"]).astype(detail["dtype"])
        interpreter.set_tensor(detail["index"], value)
    for _ in range(warmup):
        interpreter.invoke()
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        interpreter.invoke()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), init_ms, arena_mb


def swiftlite(binary, model, reference, threads, runs):
    args = [binary, "benchmark", str(model), "--json", "--runs", str(runs), "--threads", str(threads)]
    if reference:
        args.append("--reference")
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        return None, result.stderr.strip().splitlines()[-1] if result.stderr else "failed"
    return json.loads(result.stdout), None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("models", nargs="+")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "swiftlite", "--package-path", str(ROOT)], check=True)
    binary = subprocess.run(["swift", "build", "-c", "release", "--package-path", str(ROOT), "--show-bin-path"],
                            check=True, capture_output=True, text=True).stdout.strip() + "/swiftlite"
    print(f"{'model':30} {'kernels':10} {'SwiftLite ms':>13} {'official ms':>12} {'ratio':>7} {'SL arena MB':>12} {'official arena MB':>18}")
    for model in map(Path, args.models):
        for reference, resolver, label in [(True, OpResolverType.BUILTIN_REF, "reference"), (False, OpResolverType.AUTO, "default")]:
            theirs, _, their_arena = official(model, resolver, args.threads, args.runs)
            ours, error = swiftlite(binary, model, reference, args.threads, args.runs)
            if ours is None:
                print(f"{model.name:30} {label:10} {'—':>13} {theirs:12.3f}   ({error})")
                continue
            median = ours["latency_ms"]["median"]
            print(f"{model.name:30} {label:10} {median:13.3f} {theirs:12.3f} {median / theirs:6.2f}x "
                  f"{ours.get('arena_bytes', 0) / 2**20:12.2f} {their_arena:18.2f}")


if __name__ == "__main__":
    main()
