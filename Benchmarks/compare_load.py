#!/usr/bin/env python3
"""Model load time: SwiftLite's ModelFile(path:) (map + verify + validate) next to the official
runtime's Interpreter(model_path=...) on the same file, in one run.

    Benchmarks/compare_load.py [MODEL ...]        (default: Benchmarks/models/mobilenet_v2*.tflite)

Needs ai-edge-litert (e.g. .venv-interop or .venv-reference) and builds the Swift benchmark in
release mode. Models come from Scripts/reference/make_benchmark_models.py (not committed).
"""
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from ai_edge_litert.interpreter import Interpreter, OpResolverType

HERE = Path(__file__).resolve().parent
ITERATIONS = 30


def official_load_ms(model, resolver):
    times = []
    for i in range(ITERATIONS + 3):
        start = time.perf_counter()
        interpreter = Interpreter(model_path=str(model), experimental_op_resolver_type=resolver)
        elapsed = (time.perf_counter() - start) * 1000
        del interpreter
        if i >= 3:
            times.append(elapsed)
    return statistics.median(times)


def main():
    models = [Path(p) for p in sys.argv[1:]] or sorted((HERE / "models").glob("mobilenet_v2*.tflite"))
    if not models:
        raise SystemExit("no models: run Scripts/reference/make_benchmark_models.py first")
    subprocess.run(["swift", "build", "-c", "release", "--package-path", str(HERE)], check=True)
    binary = subprocess.run(["swift", "build", "-c", "release", "--package-path", str(HERE), "--show-bin-path"],
                            check=True, capture_output=True, text=True).stdout.strip() + "/swiftlite-bench"
    print(f"{'model':28} {'MB':>6} {'SwiftLite ms':>13} {'official ms':>12} {'official REF ms':>16} {'ratio':>7} {'pages touched':>14}")
    for model in models:
        ours = json.loads(subprocess.run([binary, "load", str(model), "--iterations", str(ITERATIONS), "--json"],
                                         check=True, capture_output=True, text=True).stdout)
        default = official_load_ms(model, OpResolverType.AUTO)
        reference = official_load_ms(model, OpResolverType.BUILTIN_REF)
        ratio = default / ours["load_verify_ms_median"]
        print(f"{model.name:28} {model.stat().st_size / 1e6:6.1f} {ours['load_verify_ms_median']:13.3f} "
              f"{default:12.3f} {reference:16.3f} {ratio:6.1f}x {ours['minor_page_faults_median']:>8} of {model.stat().st_size // ours['page_size']}")


if __name__ == "__main__":
    main()
