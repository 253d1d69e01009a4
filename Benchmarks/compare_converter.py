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
from ai_edge_litert.interpreter import Interpreter, OpResolverType  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
A = keras.applications


def lstm_classifier():
    inp = keras.Input((50,), dtype="int32", name="tokens")
    x = keras.layers.Embedding(5000, 64)(inp)
    x = keras.layers.LSTM(128, return_sequences=True)(x)
    x = keras.layers.LSTM(64)(x)
    out = keras.layers.Dense(5)(x)  # logits: a sharper comparison than softmax probabilities
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
    "MobileNetV2": lambda: (A.MobileNetV2(weights=None, classifier_activation=None), image()),
    "MobileNetV3Small": lambda: (A.MobileNetV3Small(weights=None, classifier_activation=None), image(low=0, high=255)),
    "EfficientNetB0": lambda: (A.EfficientNetB0(weights=None, classifier_activation=None), image(low=0, high=255)),
    "ResNet50": lambda: (A.ResNet50(weights=None, classifier_activation=None), image()),
    "DenseNet121": lambda: (A.DenseNet121(weights=None, classifier_activation=None), image()),
    "NASNetMobile": lambda: (A.NASNetMobile(weights=None, classifier_activation=None), image()),
    "MobileNet": lambda: (A.MobileNet(weights=None, classifier_activation=None), image()),
    "MobileNetV3Large": lambda: (A.MobileNetV3Large(weights=None, classifier_activation=None), image(low=0, high=255)),
    "ResNet50V2": lambda: (A.ResNet50V2(weights=None, classifier_activation=None), image()),
    "EfficientNetV2B0": lambda: (A.EfficientNetV2B0(weights=None, classifier_activation=None), image(low=0, high=255)),
    "Xception": lambda: (A.Xception(weights=None, classifier_activation=None), image(299)),
    "InceptionV3": lambda: (A.InceptionV3(weights=None, classifier_activation=None), image(299)),
    "ConvNeXtTiny": lambda: (A.ConvNeXtTiny(weights=None, classifier_activation=None), image(low=0, high=255)),
    "LSTM": lstm_classifier,
    "TransformerEncoder": transformer_encoder,
}
DEFAULT_MODELS = ["MobileNetV2", "MobileNetV3Small", "EfficientNetB0", "ResNet50", "DenseNet121", "NASNetMobile",
                  "LSTM", "TransformerEncoder"]


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
    """Runs with the official default kernels (XNNPACK), or with BUILTIN_REF where XNNPACK fails to
    prepare the model."""
    kwargs = {"model_path": str(data_or_path)} if isinstance(data_or_path, Path) else {"model_content": data_or_path}
    def prepared(**extra):
        interpreter = Interpreter(**kwargs, **extra)
        for detail, value in zip(interpreter.get_input_details(), inputs):
            if list(detail["shape"]) != list(value.shape):  # unknown image sizes are 1 until resized
                interpreter.resize_tensor_input(detail["index"], list(value.shape))
        interpreter.allocate_tensors()
        return interpreter
    try:
        interpreter = prepared()
    except RuntimeError:
        interpreter = prepared(experimental_op_resolver_type=OpResolverType.BUILTIN_REF)
    for detail, value in zip(interpreter.get_input_details(), inputs):
        interpreter.set_tensor(detail["index"], value)
    interpreter.invoke()
    ops = [d["op_name"] for d in interpreter._get_ops_details()]
    return [interpreter.get_tensor(d["index"]) for d in interpreter.get_output_details()], ops


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="*", default=DEFAULT_MODELS,
                        help=f"any of {', '.join(MODELS)} (default: {', '.join(DEFAULT_MODELS)})")
    parser.add_argument("--details", action="store_true", help="print the operator histograms that differ")
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
            tf_out, tf_ops, tf_bytes, tf_note = None, [], b"", ""
            try:
                tf_bytes = tf.lite.TFLiteConverter.from_keras_model(model).convert()
            except Exception as error:  # TF's converter fails on some Keras 3 models
                tf_note = "TF's converter fails: " + str(error).strip().splitlines()[-1][:100]
            tf_seconds = time.perf_counter() - start
            if tf_bytes:
                try:
                    tf_out, tf_ops = run_tflite(tf_bytes, inputs)
                except RuntimeError as error:  # TF's own file fails in the official runtime
                    tf_ops = [d["op_name"] for d in Interpreter(model_content=tf_bytes)._get_ops_details()]
                    tf_note = "TF's file fails to run: " + str(error).splitlines()[0][:80]
            tf_ops = [op for op in tf_ops if op != "DELEGATE"]

            target = Path(tmp) / f"{name}.tflite"
            start = time.perf_counter()
            result = subprocess.run([args.swiftlite, "convert", str(source), "-o", str(target)],
                                    capture_output=True, text=True)
            sl_seconds = time.perf_counter() - start
            if result.returncode != 0:
                rows.append((name, len(tf_ops), len(tf_bytes), tf_seconds, None, None, sl_seconds, None, None,
                             result.stderr.strip().splitlines()[-1][:160]))
                continue
            sl_out, sl_ops = run_tflite(target, inputs)
            sl_ops = [op for op in sl_ops if op != "DELEGATE"]
            if args.details:
                for op in sorted(set(tf_ops) | set(sl_ops)):
                    if tf_ops.count(op) != sl_ops.count(op):
                        print(f"  {name}: {op}: TF {tf_ops.count(op)}, SwiftLite {sl_ops.count(op)}")
            # largest |difference| relative to the output's largest magnitude
            err = lambda outs: max(float(np.max(np.abs(a - e)) / max(np.max(np.abs(e)), 1e-30))
                                   for a, e in zip(outs, expected))
            rows.append((name, len(tf_ops), len(tf_bytes), tf_seconds, len(sl_ops), target.stat().st_size, sl_seconds,
                         None if tf_out is None else err(tf_out), err(sl_out), tf_note))
    print("| model | TF ops | SwiftLite ops | TF bytes | SwiftLite bytes | TF s | SwiftLite s "
          "| max rel err TF | max rel err SwiftLite | note |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (name, tf_ops, tf_size, tf_s, sl_ops, sl_size, sl_s, tf_err, sl_err, note) in rows:
        fmt = lambda v, f: "—" if v is None else format(v, f)
        tf_ops = tf_ops if tf_size else None
        tf_size = tf_size or None
        print(f"| {name} | {fmt(tf_ops, 'd')} | {fmt(sl_ops, 'd')} | {fmt(tf_size, ',')} | {fmt(sl_size, ',')} | {tf_s:.2f} "
              f"| {sl_s:.2f} | {fmt(tf_err, '.2e')} | {fmt(sl_err, '.2e')} | {note} |")


if __name__ == "__main__":
    main()
