#!/usr/bin/env python3
"""The converter next to TF 2.21's: for full-size Keras models (random weights, built here, never
downloaded), convert with `swiftlite convert` and with `tf.lite.TFLiteConverter.from_keras_model`,
then print each file's operator count and size, each converter's wall time, and the largest
difference of each converted model's output (official runtime, default kernels) from Keras's
`predict` on the same random input.

    .venv-reference/bin/python Benchmarks/compare_converter.py [--models NAME ...] [--swiftlite BIN]

Needs the full reference venv (Scripts/reference/make_venv.sh: TensorFlow, Keras, ai-edge-litert)
and a release build of the CLI (`swift build -c release`), the default for --swiftlite.
"""
import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")

import numpy as np  # noqa: E402
import keras  # noqa: E402
import tensorflow as tf  # noqa: E402
from ai_edge_litert.interpreter import Interpreter  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
A = keras.applications


def lstm_classifier():
    inp = keras.Input((50,), dtype="int32", name="tokens")
    x = keras.layers.Embedding(5000, 64)(inp)
    x = keras.layers.LSTM(128, return_sequences=True)(x)
    x = keras.layers.LSTM(64)(x)
    out = keras.layers.Dense(5, activation="softmax")(x)
    return keras.Model(inp, out, name="lstm_classifier"), [np.random.randint(0, 5000, (1, 50)).astype(np.int32)]


def transformer_encoder():
    inp = keras.Input((64, 128), name="embeddings")
    x = inp
    for block in range(2):
        attn = keras.layers.MultiHeadAttention(num_heads=4, key_dim=32, name=f"mha_{block}")(x, x)
        x = keras.layers.LayerNormalization(epsilon=1e-6, name=f"ln1_{block}")(keras.layers.Add()([x, attn]))
        ff = keras.layers.Dense(256, activation="gelu", name=f"ff1_{block}")(x)
        ff = keras.layers.Dense(128, name=f"ff2_{block}")(ff)
        x = keras.layers.LayerNormalization(epsilon=1e-6, name=f"ln2_{block}")(keras.layers.Add()([x, ff]))
    out = keras.layers.Dense(10)(keras.layers.GlobalAveragePooling1D()(x))
    return keras.Model(inp, out, name="transformer_encoder"), [np.random.rand(1, 64, 128).astype(np.float32)]


def image(size=224, low=-1.0, high=1.0):
    return [np.random.uniform(low, high, (1, size, size, 3)).astype(np.float32)]


MODELS = {
    "MobileNetV2": lambda: (A.MobileNetV2(weights=None), image()),
    "MobileNetV3Small": lambda: (A.MobileNetV3Small(weights=None), image(low=0, high=255)),
    "EfficientNetB0": lambda: (A.EfficientNetB0(weights=None), image(low=0, high=255)),
    "ResNet50": lambda: (A.ResNet50(weights=None), image()),
    "DenseNet121": lambda: (A.DenseNet121(weights=None), image()),
    "NASNetMobile": lambda: (A.NASNetMobile(weights=None), image()),
    "LSTM": lstm_classifier,
    "TransformerEncoder": transformer_encoder,
}


def randomize_batch_norms(model):
    rng = np.random.default_rng(1)
    for layer in model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.set_weights([
                rng.uniform(0.5, 1.5, w.shape).astype(np.float32) if "variance" in w.path
                else rng.uniform(-0.1, 0.1, w.shape).astype(np.float32) if "mean" in w.path or "beta" in w.path
                else rng.uniform(0.8, 1.2, w.shape).astype(np.float32)
                for w in layer.weights])


def run_tflite(data_or_path, inputs):
    kwargs = {"model_path": str(data_or_path)} if isinstance(data_or_path, Path) else {"model_content": data_or_path}
    interpreter = Interpreter(**kwargs)
    interpreter.allocate_tensors()
    for detail, value in zip(interpreter.get_input_details(), inputs):
        interpreter.set_tensor(detail["index"], value)
    interpreter.invoke()
    ops = len(interpreter._get_ops_details())
    return [interpreter.get_tensor(d["index"]) for d in interpreter.get_output_details()], ops


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="*", default=list(MODELS))
    parser.add_argument("--swiftlite", default=str(ROOT / ".build" / "release" / "swiftlite"))
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.models:
            keras.utils.set_random_seed(0)
            model, inputs = MODELS[name]()
            randomize_batch_norms(model)
            expected = model.predict(inputs if len(inputs) > 1 else inputs[0], verbose=0)
            expected = expected if isinstance(expected, list) else [expected]
            source = Path(tmp) / f"{name}.keras"
            model.save(source)

            start = time.perf_counter()
            tf_bytes = tf.lite.TFLiteConverter.from_keras_model(model).convert()
            tf_seconds = time.perf_counter() - start
            tf_out, tf_ops = run_tflite(tf_bytes, inputs)

            target = Path(tmp) / f"{name}.tflite"
            start = time.perf_counter()
            result = subprocess.run([args.swiftlite, "convert", str(source), "-o", str(target)],
                                    capture_output=True, text=True)
            sl_seconds = time.perf_counter() - start
            if result.returncode != 0:
                rows.append((name, tf_ops, len(tf_bytes), tf_seconds, None, None, sl_seconds, None, None,
                             result.stderr.strip().splitlines()[-1][:120]))
                continue
            sl_out, sl_ops = run_tflite(target, inputs)
            err = lambda outs: max(float(np.max(np.abs(a - e))) for a, e in zip(outs, expected))
            rows.append((name, tf_ops, len(tf_bytes), tf_seconds, sl_ops, target.stat().st_size, sl_seconds,
                         err(tf_out), err(sl_out), ""))
    print("| model | TF ops | SwiftLite ops | TF bytes | SwiftLite bytes | TF s | SwiftLite s "
          "| max abs err TF | max abs err SwiftLite | note |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (name, tf_ops, tf_size, tf_s, sl_ops, sl_size, sl_s, tf_err, sl_err, note) in rows:
        fmt = lambda v, f: "—" if v is None else format(v, f)
        print(f"| {name} | {tf_ops} | {fmt(sl_ops, 'd')} | {tf_size:,} | {fmt(sl_size, ',')} | {tf_s:.2f} "
              f"| {sl_s:.2f} | {fmt(tf_err, '.2e')} | {fmt(sl_err, '.2e')} | {note} |")


if __name__ == "__main__":
    main()
