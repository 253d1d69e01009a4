#!/usr/bin/env python3
"""Writes the (uncommitted, git-ignored) benchmark models:

    Benchmarks/models/mobilenet_v2.tflite       float32, ~14 MB
    Benchmarks/models/mobilenet_v2_int8.tflite  full int8 (int8 in/out)

keras.applications.MobileNetV2 with weights=None (random, seeded init), so
nothing is downloaded. Run with the reference venv:

    .venv-reference/bin/python Scripts/reference/make_benchmark_models.py [--out DIR] [--samples N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from refcommon import REPO, oracle, quiet_convert, seed_everything

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=REPO / "Benchmarks" / "models")
    ap.add_argument("--samples", type=int, default=8,
                    help="random representative samples for int8 calibration")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    seed_everything(1234)
    model = keras.applications.MobileNetV2(input_shape=(224, 224, 3), weights=None,
                                           classes=1000)

    f32 = args.out / "mobilenet_v2.tflite"
    f32.write_bytes(quiet_convert(tf.lite.TFLiteConverter.from_keras_model(model)))

    rng = np.random.default_rng(99)

    def rep():
        for _ in range(args.samples):
            yield [rng.uniform(-1.0, 1.0, size=(1, 224, 224, 3)).astype(np.float32)]
    c = tf.lite.TFLiteConverter.from_keras_model(model)
    c.optimizations = [tf.lite.Optimize.DEFAULT]
    c.representative_dataset = rep
    c.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    c.inference_input_type = tf.int8
    c.inference_output_type = tf.int8
    i8 = args.out / "mobilenet_v2_int8.tflite"
    i8.write_bytes(quiet_convert(c))

    for p in (f32, i8):
        it = oracle.make_interpreter(p, resolver=oracle.DEFAULT)
        ins = it.get_input_details()
        outs = oracle.run(it, oracle.make_inputs(ins, 0))
        n_ops = len(oracle.flatbuffer_info(p.read_bytes())["subgraphs"][0]["operators"])
        print(f"  {p.relative_to(REPO) if p.is_relative_to(REPO) else p}: {p.stat().st_size} B, "
              f"input {ins[0]['dtype'].__name__}{[int(x) for x in ins[0]['shape_signature']]}, "
              f"output {outs[0].dtype}{list(outs[0].shape)}, {n_ops} operators")
    return 0


if __name__ == "__main__":
    sys.exit(main())
