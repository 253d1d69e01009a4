#!/usr/bin/env python3
"""Trains the project's demo model on scikit-learn's bundled digits data set
and writes Models/digits_cnn.tflite, Models/digits_cnn_int8.tflite and a few
sample inputs under Models/samples/.

Run with the reference venv (Scripts/reference/make_venv.sh):

    .venv-reference/bin/python Scripts/reference/make_demo_models.py [--out DIR]

Nothing is downloaded: sklearn.datasets.load_digits ships inside the wheel.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from refcommon import REPO, dump_json, oracle, quiet_convert, seed_everything

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
from sklearn.datasets import load_digits  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

SEED = 20240601
EPOCHS = 40
N_SAMPLES = 5


def load():
    d = load_digits()
    x = (d.images.astype(np.float32) / 16.0)[..., None]  # [N, 8, 8, 1] in [0, 1]
    y = d.target.astype(np.int64)
    return train_test_split(x, y, test_size=0.2, random_state=SEED % (2**31), stratify=y)


def build():
    inp = keras.Input((8, 8, 1), name="image")  # dynamic batch
    x = keras.layers.Conv2D(16, 3, padding="same", activation="relu", name="conv1")(inp)
    x = keras.layers.Conv2D(32, 3, padding="same", activation="relu", name="conv2")(x)
    x = keras.layers.MaxPooling2D(2, name="pool")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = keras.layers.Dense(64, activation="relu", name="fc1")(x)
    out = keras.layers.Dense(10, activation="softmax", name="probs")(x)
    return keras.Model(inp, out, name="digits_cnn")


def tflite_accuracy(path: Path, x, y) -> float:
    interp = oracle.make_interpreter(path, resolver=oracle.REF)
    d_in = interp.get_input_details()[0]
    interp.resize_tensor_input(d_in["index"], list(x.shape))
    interp.allocate_tensors()
    d_in = interp.get_input_details()[0]
    d_out = interp.get_output_details()[0]
    xin = x
    if d_in["dtype"] == np.int8:
        s, z = d_in["quantization"]
        xin = np.clip(np.round(x / s + z), -128, 127).astype(np.int8)
    interp.set_tensor(d_in["index"], xin)
    interp.invoke()
    probs = interp.get_tensor(d_out["index"])
    return float(np.mean(np.argmax(probs, axis=1) == y))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=REPO / "Models")
    args = ap.parse_args(argv)
    out: Path = args.out
    (out / "samples").mkdir(parents=True, exist_ok=True)

    tf.config.threading.set_intra_op_parallelism_threads(1)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    seed_everything(SEED % (2**31))
    x_train, x_test, y_train, y_test = load()
    model = build()
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x_train, y_train, epochs=EPOCHS, batch_size=32, shuffle=True, verbose=0)
    _, keras_acc = model.evaluate(x_test, y_test, verbose=0)
    print(f"Keras test accuracy: {keras_acc:.4f} ({len(y_test)} test / {len(y_train)} train images)")

    # The trained Keras model itself, for the converter demo (`swiftlite convert`).
    model.save(out / "digits_cnn.keras")
    f32 = out / "digits_cnn.tflite"
    f32.write_bytes(quiet_convert(tf.lite.TFLiteConverter.from_keras_model(model)))

    def rep():
        for i in range(len(x_train)):
            yield [x_train[i:i + 1]]
    c = tf.lite.TFLiteConverter.from_keras_model(model)
    c.optimizations = [tf.lite.Optimize.DEFAULT]
    c.representative_dataset = rep
    c.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    # float32 in/out (QUANTIZE / DEQUANTIZE at the edges) so the same float
    # sample files feed both demo models; every other op runs in int8.
    i8 = out / "digits_cnn_int8.tflite"
    i8.write_bytes(quiet_convert(c))

    acc32 = tflite_accuracy(f32, x_test, y_test)
    acc8 = tflite_accuracy(i8, x_test, y_test)
    print(f"TFLite (ai-edge-litert BUILTIN_REF) test accuracy: float32 {acc32:.4f}, int8 {acc8:.4f}")
    assert acc32 >= 0.95 and acc8 >= 0.95, (acc32, acc8)

    for p in (out / "samples").glob("digit_*.npy"):
        p.unlink()
    labels, preds = {}, {}
    interps = {p.name: oracle.make_interpreter(p, resolver=oracle.REF) for p in (f32, i8)}
    # The first N_SAMPLES test images with pairwise different labels.
    picked, seen = [], set()
    for i, label in enumerate(y_test):
        if int(label) not in seen:
            seen.add(int(label))
            picked.append(i)
        if len(picked) == N_SAMPLES:
            break
    for k, i in enumerate(picked):
        name = f"digit_{k}.npy"
        sample = x_test[i:i + 1].astype(np.float32)  # [1, 8, 8, 1]
        np.save(out / "samples" / name, sample, allow_pickle=False)
        labels[name] = int(y_test[i])
        preds[name] = {}
        for mname, it in interps.items():
            probs = oracle.run(it, [sample])[0][0]
            preds[name][mname] = {"class": int(np.argmax(probs)),
                                  "probabilities": [float(v) for v in probs]}
    (out / "samples" / "labels.json").write_text(json.dumps(labels, indent=1) + "\n")
    dump_json(out / "samples" / "predictions.json", preds)
    summary = {"keras_test_accuracy": round(float(keras_acc), 4),
               "tflite_float32_test_accuracy": round(acc32, 4),
               "tflite_int8_test_accuracy": round(acc8, 4),
               "test_images": int(len(y_test)), "train_images": int(len(y_train)),
               "epochs": EPOCHS, "seed": SEED}
    dump_json(out / "samples" / "accuracy.json", summary)
    for p in (f32, i8):
        print(f"  {p.name}: {p.stat().st_size} B")
    print("  samples:", labels)
    print("  predictions:", {k: {m: v['class'] for m, v in d.items()} for k, d in preds.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
