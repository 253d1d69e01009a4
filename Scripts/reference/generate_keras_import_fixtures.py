#!/usr/bin/env python3
"""Keras importer fixtures: small models saved by Keras itself, each with a
structure.json describing what the Swift importer must read back.

    # Keras 3 (.keras and Keras 3's legacy .h5):
    .venv-reference/bin/python Scripts/reference/generate_keras_import_fixtures.py
    # Keras 2 (tf-keras 2.21) legacy .h5, same cases built with tf_keras:
    PYTHONPATH=.venv-tfkeras .venv-reference/bin/python \
        Scripts/reference/generate_keras_import_fixtures.py --keras2

Files go to Tests/Fixtures/keras-import/<case>/: model.keras, model.h5 and
structure.json (Keras 3); model_k2.h5 and structure_k2.json (Keras 2).

structure.json holds, from the live Keras model (not from the saved config):
  inputs:  [{name, shape, dtype}] in model input order
  outputs: [{name (producing layer at the top level), tensor}] in model output order
  calls:   the call graph with nested models inlined, one entry per layer call:
           {id (layer path from the root, e.g. "inner/dense"), class, inputs: [tensor],
            operation (a Keras operation such as `x + 3.0`, not a layer)}
           where a tensor is "input:<name>" or "<producer id>:<output index>"
  layers:  {id: {own: [...], all: [...]}} weight checksums [shape, sum, sum of squares]:
           `all` in trainable + non-trainable order (legacy .h5 order), `own` the layer's
           own variables in `vars/N` order (.keras archives)
Every weight is set to distinct random values so a weight given to the wrong layer shows.
archives/ holds ZIP files from Python's zipfile (plain and ZIP64) for the archive reader.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Tests" / "Fixtures" / "keras-import"


def case_sequential(k):
    return k.Sequential([
        k.Input((6,), name="features"),
        k.layers.Dense(5, activation="relu", name="hidden"),
        k.layers.BatchNormalization(name="norm"),
        k.layers.Dropout(0.1),
        k.layers.Dense(3, name="logits"),
    ], name="seq_model")


def case_multi_io(k):
    a = k.Input((4,), name="image_features")
    b = k.Input((3,), name="side", dtype="float32")
    x = k.layers.Dense(4, name="branch_a")(a)
    x = x + 3.0                      # a Keras operation node (TFOpLambda in Keras 2)
    y = k.layers.Dense(4, name="branch_b")(b)
    both = k.layers.Concatenate(name="concat")([x, y])
    diff = k.layers.Subtract(name="diff")([y, x])
    head = k.layers.Dense(2, activation="softmax", name="head")(both)
    return k.Model({"side": b, "image_features": a}, {"score": head, "delta": diff, "aux": x}, name="multi_io")


def case_nested(k):
    # A Sequential inside a Functional, used inside another Functional called twice.
    block = k.Sequential([k.Input((4,)), k.layers.Dense(4, name="inner_dense"),
                          k.layers.BatchNormalization(name="inner_bn")], name="block")
    u = k.Input((4,), name="u")
    t = block(u)
    t = k.layers.Dense(4, activation="tanh", name="mid_dense")(t)
    mid = k.Model(u, t, name="mid")
    x = k.Input((4,), name="x")
    first = mid(x)
    second = mid(first)            # the same nested model called a second time
    out = k.layers.Add(name="sum")([first, second])
    out = k.layers.Dense(2, name="top")(out)
    return k.Model(x, out, name="outer")


def case_shared(k):
    shared = k.layers.Dense(3, activation="relu", name="shared")
    a = k.Input((3,), name="left")
    b = k.Input((3,), name="right")
    sa = shared(a)
    sb = shared(b)
    sc = shared(sa)                 # third call consumes the first call's output
    out = k.layers.Concatenate(name="cat")([sa, sb, sc])
    return k.Model([a, b], out, name="shared_model")


def case_recurrent(k):
    x = k.Input((5, 3), name="tokens")
    y = k.layers.LSTM(4, return_sequences=True, name="lstm")(x)
    y = k.layers.SpatialDropout1D(0.1, name="spatial")(y)   # a layer whose config has no `trainable`
    z = k.layers.Bidirectional(k.layers.LSTM(2), name="bidi")(y)
    g = k.layers.GRU(3, name="gru")(x)
    # Outputs 1 and 2 of a three-output call (return_state).
    _, h, c = k.layers.LSTM(2, return_state=True, name="stateful")(x)
    return k.Model(x, [z, g, h, c], name="recurrent")


def case_sequential_built(k):
    # No Input object: Keras 3 builds from a shape, Keras 2 takes input_shape on the first layer.
    if k.__version__.startswith("2."):
        model = k.Sequential([k.layers.Dense(3, input_shape=(5,), name="first"), k.layers.Dense(2, name="second")])
    else:
        model = k.Sequential([k.layers.Dense(3, name="first"), k.layers.Dense(2, name="second")])
        model.build((None, 5))
    return model


def case_nested_sequential(k):
    inner = k.Sequential([k.Input((3,)), k.layers.Dense(3, name="a"), k.layers.Dense(3, name="b")], name="inner")
    return k.Sequential([k.Input((3,), name="features"), k.layers.Dense(3, name="pre"), inner,
                         k.layers.Dense(1, name="post")], name="outer_seq")


def case_ops(k):
    # Keras 3 operation nodes with several tensor arguments (no Keras 2 equivalent).
    if k.__version__.startswith("2."):
        return None
    a = k.Input((2, 3), name="a")
    b = k.Input((2, 3), name="b")
    cat = k.ops.concatenate([a, b], axis=-1)
    prod = k.ops.multiply(cat, 0.5)
    mm = k.ops.matmul(a, k.ops.transpose(b, axes=(0, 2, 1)))
    return k.Model([a, b], [k.layers.Dense(2, name="proj")(prod), mm], name="ops_model")


def case_attention(k):
    x = k.Input((4, 6), name="seq")
    y = k.layers.MultiHeadAttention(num_heads=2, key_dim=3, name="mha")(x, x)
    y = k.layers.LayerNormalization(name="ln")(y)
    return k.Model(x, y, name="attention")


def case_slash_names(k):
    # Keras 2 allows `/` in layer names (tf.keras.applications.MobileNetV3 names `Conv` and
    # `Conv/BatchNorm`); h5py then nests the weight groups: model_weights/Conv/BatchNorm lies
    # inside the group of the layer `Conv`. Keras 3 refuses such names.
    if not k.__version__.startswith("2."):
        return None
    x = k.Input((4, 4, 2), name="image")
    y = k.layers.Conv2D(3, 3, padding="same", use_bias=False, name="Conv")(x)
    y = k.layers.BatchNormalization(name="Conv/BatchNorm")(y)
    y = k.layers.Conv2D(3, 1, name="Conv/BatchNorm/project")(y)
    y = k.layers.GlobalAveragePooling2D(name="pool")(y)
    y = k.layers.Dense(2, name="Logits/Dense")(y)
    return k.Model(x, y, name="slash_names")


CASES = {
    "sequential": case_sequential,
    "multi_io": case_multi_io,
    "nested": case_nested,
    "shared": case_shared,
    "recurrent": case_recurrent,
    "attention": case_attention,
    "sequential_built": case_sequential_built,
    "nested_sequential": case_nested_sequential,
    "ops": case_ops,
    "slash_names": case_slash_names,
}


def randomize(model, seed):
    rng = np.random.default_rng(seed)
    weights = model.get_weights()
    model.set_weights([rng.uniform(0.1, 1.0, w.shape).astype(w.dtype) * rng.choice([-1, 1], w.shape)
                       for w in weights])


def checksum(variable):
    value = np.asarray(variable.numpy() if hasattr(variable, "numpy") else variable, dtype=np.float64)
    return [list(value.shape), float(value.sum()), float((value * value).sum())]


def is_model(layer):
    return hasattr(layer, "layers") and (type(layer).__name__ in ("Functional", "Sequential", "Model")
                                         or hasattr(layer, "_nodes_by_depth"))


class Flattener:
    """Walks the live Keras graph (not the saved config), inlining nested models."""

    def __init__(self):
        self.calls = []
        self.layers = {}

    def layer_entry(self, layer_id, layer):
        if layer_id in self.layers:
            return
        own = list(getattr(layer, "_trainable_variables", [])) + list(getattr(layer, "_non_trainable_variables", []))
        if not own and hasattr(layer, "_trainable_weights"):      # Keras 2
            own = list(layer._trainable_weights) + list(layer._non_trainable_weights)
        self.layers[layer_id] = {
            "own": [checksum(v) for v in own],
            "all": [checksum(v) for v in list(getattr(layer, "trainable_weights", []))
                    + list(getattr(layer, "non_trainable_weights", []))],
        }

    def call(self, layer, prefix, inputs):
        layer_id = prefix + layer.name
        if is_model(layer):
            return self.model(layer, prefix + layer.name + "/", inputs)
        self.layer_entry(layer_id, layer)
        self.calls.append({"id": layer_id, "class": type(layer).__name__, "inputs": inputs,
                           "operation": not hasattr(layer, "trainable_weights")})
        return None  # outputs named by the caller

    def model(self, model, prefix, inputs):
        if type(model).__name__ == "Sequential":
            current = inputs[0]
            for layer in model.layers:
                if type(layer).__name__ == "InputLayer":
                    continue
                outs = self.call(layer, prefix, [current])
                current = outs[0] if outs is not None else f"{prefix}{layer.name}:0"
            return [current]
        refs = {}
        for tensor, ref in zip(model.inputs, inputs):
            refs[id(tensor)] = ref
        depths = sorted(model._nodes_by_depth.keys(), reverse=True)
        for depth in depths:
            for node in model._nodes_by_depth[depth]:
                op = getattr(node, "operation", None) or node.layer
                if type(op).__name__ == "InputLayer":
                    continue
                ins = node.input_tensors if hasattr(node, "operation") else node.keras_inputs
                in_refs = [refs[id(t)] for t in ins]
                outs = self.call(op, prefix, in_refs)
                tensors = node.output_tensors if hasattr(node, "operation") else flatten_k2(node.outputs)
                for index, tensor in enumerate(tensors):
                    refs[id(tensor)] = outs[index] if outs is not None else f"{prefix}{op.name}:{index}"
        return [refs[id(t)] for t in model.outputs]


def flatten_k2(value):
    import tensorflow as tf
    return tf.nest.flatten(value)


def input_layer_name(model, index):
    if hasattr(model, "_input_layers"):
        return model._input_layers[index].name
    return model.inputs[index]._keras_history[0].name


def structure(model):
    flattener = Flattener()
    names = [input_layer_name(model, i) for i in range(len(model.inputs))]
    outputs = flattener.model(model, "", [f"input:{n}" for n in names])
    if type(model).__name__ == "Sequential":
        producers = [model.layers[-1].name]
    else:
        producers = [t._keras_history[0].name for t in model.outputs]
    return {
        "inputs": [{"name": n, "shape": [None if d is None else int(d) for d in t.shape],
                    "dtype": str(getattr(t.dtype, "name", t.dtype))} for n, t in zip(names, model.inputs)],
        "outputs": [{"name": p, "tensor": o} for p, o in zip(producers, outputs)],
        "calls": flattener.calls,
        "layers": flattener.layers,
    }


def write_archives():
    """ZIP files written by Python's zipfile for the archive reader tests (archives/):
    deflated and stored members with a comment, and the same with ZIP64 records forced
    (by lowering zipfile's ZIP64 thresholds). expected.json lists each member's size,
    CRC-32 and byte sum."""
    import zipfile
    import zlib
    folder = OUT / "archives"
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    members = {
        "config.json": (b'{"a": [1, 2.5, "x"], "b": null}\n' * 40),
        "weights.bin": rng.integers(0, 256, 3000, dtype=np.uint8).tobytes(),
        "empty.txt": b"",
        "dir/nested.txt": "h\u00e9llo \u2713\n".encode() * 10,
    }
    expected = {}

    def write(name, zip64):
        saved = (zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT)
        if zip64:
            zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = 16, 1
        try:
            with zipfile.ZipFile(folder / name, "w") as zf:
                zf.comment = b"written by generate_keras_import_fixtures.py"
                for index, (member, data) in enumerate(members.items()):
                    method = zipfile.ZIP_DEFLATED if index % 2 == 0 else zipfile.ZIP_STORED
                    info = zipfile.ZipInfo(member, date_time=(2024, 1, 1, 0, 0, 0))
                    info.compress_type = method
                    with zf.open(info, "w", force_zip64=zip64) as handle:
                        handle.write(data)
        finally:
            zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = saved
        with zipfile.ZipFile(folder / name) as zf:   # Python reads it back
            for member, data in members.items():
                assert zf.read(member) == data
        raw = (folder / name).read_bytes()
        expected[name] = {
            "zip64": zip64 and b"PK\x06\x06" in raw,
            "members": {m: {"size": len(d), "crc32": zlib.crc32(d), "sum": int(sum(d)),
                            "method": 8 if i % 2 == 0 else 0} for i, (m, d) in enumerate(members.items())},
        }

    write("plain.zip", False)
    write("zip64.zip", True)
    (folder / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    print("archives", {p.name: p.stat().st_size for p in folder.iterdir()})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--keras2", action="store_true", help="build with tf_keras and save model_k2.h5")
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    if args.keras2:
        import tf_keras as k
    else:
        import keras as k
        write_archives()
    for seed, (name, build) in enumerate(CASES.items()):
        if args.only and not any(s in name for s in args.only):
            continue
        if args.keras2:
            k.backend.clear_session()
        else:
            k.utils.set_random_seed(seed)
        model = build(k)
        if model is None:
            continue
        randomize(model, seed + (100 if args.keras2 else 0))
        folder = OUT / name
        folder.mkdir(parents=True, exist_ok=True)
        if args.keras2:
            model.save(folder / "model_k2.h5")
            info = structure(model)
            info["keras_version"] = k.__version__
            (folder / "structure_k2.json").write_text(json.dumps(info, indent=1) + "\n")
        else:
            model.save(folder / "model.keras")
            model.save(folder / "model.h5")
            info = structure(model)
            info["keras_version"] = k.__version__
            (folder / "structure.json").write_text(json.dumps(info, indent=1) + "\n")
        sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
        print(name, sizes)


if __name__ == "__main__":
    main()
