#!/usr/bin/env python3
"""Generates the .tflite format-layer fixtures in Tests/Fixtures/format/.

Run with the reference venv (Scripts/reference/make_venv.sh):

    .venv-reference/bin/python Scripts/reference/generate_format_fixtures.py [--out DIR] [--only NAME,...]

Every model is built with fixed seeds and converted by TensorFlow 2.21's own
tf.lite.TFLiteConverter. For each fixture NAME it writes
    NAME.tflite, NAME.expected.json, NAME.input_K.npy, NAME.output_K.npy
where the expected JSON and the outputs come from the official runtime
(ai_edge_litert 2.3.0, BUILTIN_REF kernels). Each fixture's claimed property
(per-channel scales, sparsity + DENSIFY, WHILE subgraphs, ...) is verified and
the run fails if it does not hold.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import zlib
from pathlib import Path

from refcommon import REPO, dump_json, oracle, quiet_convert, seed_everything

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
import flatbuffers  # noqa: E402
from ai_edge_litert import schema_py_generated as schema_fb  # noqa: E402

OUT_DEFAULT = REPO / "Tests" / "Fixtures" / "format"
MAX_FIXTURE_BYTES = 200 * 1024
CUSTOM_METADATA_NAME = "swiftlite_fixture"
CUSTOM_METADATA_VALUE = b"SwiftLite format fixture v1\x00"


# --------------------------------------------------------------------------
# models
# --------------------------------------------------------------------------

def small_cnn(seed: int, input_shape=(16, 16, 3), classes=10, name="image"):
    seed_everything(seed)
    inp = keras.Input(input_shape, name=name)  # batch dim stays dynamic (None)
    x = keras.layers.Conv2D(8, 3, activation="relu", name="conv")(inp)
    x = keras.layers.DepthwiseConv2D(3, activation="relu", name="dwconv")(x)
    x = keras.layers.MaxPooling2D(2, name="maxpool")(x)
    x = keras.layers.AveragePooling2D(2, name="avgpool")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = keras.layers.Dense(classes, name="dense")(x)
    out = keras.layers.Softmax(name="softmax")(x)
    return keras.Model(inp, out, name="small_cnn")


def representative(shape, n=32, seed=1):
    rng = np.random.default_rng(seed)

    def gen():
        for _ in range(n):
            yield [rng.uniform(-1.0, 1.0, size=(1, *shape)).astype(np.float32)]
    return gen


def conv_float32_cnn():
    m = small_cnn(seed=101)
    c = tf.lite.TFLiteConverter.from_keras_model(m)
    return quiet_convert(c)


def conv_int8_per_channel():
    m = small_cnn(seed=102)
    c = tf.lite.TFLiteConverter.from_keras_model(m)
    c.optimizations = [tf.lite.Optimize.DEFAULT]
    c.representative_dataset = representative((16, 16, 3), seed=2)
    c.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    c.inference_input_type = tf.int8
    c.inference_output_type = tf.int8
    return quiet_convert(c)


def conv_dynamic_range():
    seed_everything(103)
    inp = keras.Input((8, 8, 4), name="x")
    # 3*3*4*32 = 1152 and 1152*32 weights: both above the converter's
    # 1024-element threshold, so both get int8 (hybrid) weights.
    x = keras.layers.Conv2D(32, 3, activation="relu", name="conv")(inp)
    x = keras.layers.MaxPooling2D(2, name="pool")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = keras.layers.Dense(32, activation="relu", name="fc1")(x)
    out = keras.layers.Dense(5, name="fc2")(x)
    m = keras.Model(inp, out, name="dynamic_range")
    c = tf.lite.TFLiteConverter.from_keras_model(m)
    c.optimizations = [tf.lite.Optimize.DEFAULT]
    return quiet_convert(c)


def conv_float16():
    m = small_cnn(seed=104)
    c = tf.lite.TFLiteConverter.from_keras_model(m)
    c.optimizations = [tf.lite.Optimize.DEFAULT]
    c.target_spec.supported_types = [tf.float16]
    return quiet_convert(c)


def conv_sparse_densify():
    seed_everything(105)
    inp = keras.Input((16,), name="x")
    x = keras.layers.Dense(64, activation="relu", name="fc1")(inp)
    out = keras.layers.Dense(8, name="fc2")(x)
    m = keras.Model(inp, out, name="sparse")
    # Prune: random 90% zeros in fc1 kernel, 4x1 block pruning (~85%) in fc2.
    rng = np.random.default_rng(5)
    k1, b1 = m.get_layer("fc1").get_weights()
    k1 = k1 * (rng.uniform(size=k1.shape) >= 0.9)
    m.get_layer("fc1").set_weights([k1.astype(np.float32), b1])
    k2, b2 = m.get_layer("fc2").get_weights()
    blocks = rng.uniform(size=(k2.shape[0] // 4, k2.shape[1])) >= 0.85
    k2 = k2 * np.repeat(blocks, 4, axis=0)
    m.get_layer("fc2").set_weights([k2.astype(np.float32), b2])
    c = tf.lite.TFLiteConverter.from_keras_model(m)
    c.optimizations = [tf.lite.Optimize.EXPERIMENTAL_SPARSITY]
    return quiet_convert(c)


class TwoSignatures(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([2, 3], tf.float32, name="x"),
                                  tf.TensorSpec([2, 3], tf.float32, name="y")])
    def add(self, x, y):
        return {"sum": x + y, "diff": x - y}

    @tf.function(input_signature=[tf.TensorSpec([4], tf.int32, name="a"),
                                  tf.TensorSpec([4], tf.int32, name="b"),
                                  tf.TensorSpec([4], tf.float32, name="scale")])
    def mul(self, a, b, scale):
        return {"product": a * b,
                "scaled": tf.cast(a, tf.float32) * scale}


def conv_signatures():
    mod = TwoSignatures()
    with tempfile.TemporaryDirectory() as d:
        tf.saved_model.save(mod, d, signatures={
            "add": mod.add.get_concrete_function(),
            "mul": mod.mul.get_concrete_function(),
        })
        c = tf.lite.TFLiteConverter.from_saved_model(d, signature_keys=["add", "mul"])
        return quiet_convert(c)


def add_custom_metadata(model: bytes, name: str, value: bytes) -> bytes:
    """Appends one metadata entry (with its own buffer) via the schema's
    object API and re-serializes the model."""
    m = schema_fb.ModelT.InitFromPackedBuf(bytearray(model), 0)
    buf = schema_fb.BufferT()
    buf.data = np.frombuffer(value, dtype=np.uint8).copy()
    m.buffers.append(buf)
    md = schema_fb.MetadataT()
    md.name = name
    md.buffer = len(m.buffers) - 1
    m.metadata = list(m.metadata or []) + [md]
    b = flatbuffers.Builder(len(model) + 1024)
    b.Finish(m.Pack(b), file_identifier=b"TFL3")
    return bytes(b.Output())


def conv_metadata():
    seed_everything(106)
    inp = keras.Input((5,), name="x")
    x = keras.layers.Dense(7, activation="tanh", name="fc1")(inp)
    out = keras.layers.Dense(3, name="fc2")(x)
    m = keras.Model(inp, out, name="with_metadata")
    c = tf.lite.TFLiteConverter.from_keras_model(m)
    return add_custom_metadata(quiet_convert(c), CUSTOM_METADATA_NAME, CUSTOM_METADATA_VALUE)


def conv_lstm_while():
    seed_everything(107)
    # A fixed batch of 1: with a dynamic batch the TensorList element shape is
    # not static and the converter refuses to lower it to builtins.
    inp = keras.Input((8, 4), batch_size=1, name="sequence")
    out = keras.layers.LSTM(6, name="lstm")(inp)
    m = keras.Model(inp, out, name="tiny_lstm")
    c = tf.lite.TFLiteConverter.from_keras_model(m)
    return quiet_convert(c)


def conv_multi_io():
    seed_everything(108)
    feats = keras.Input((6,), name="features")
    ids = keras.Input((3,), dtype="int32", name="ids")
    idf = keras.layers.Lambda(lambda t: keras.ops.cast(t, "float32"), name="cast")(ids)
    h = keras.layers.Concatenate(name="concat")([feats, idf])
    h = keras.layers.Dense(8, activation="relu", name="hidden")(h)
    logits = keras.layers.Dense(4, name="logits")(h)
    score = keras.layers.Dense(1, activation="sigmoid", name="score")(feats)
    m = keras.Model([feats, ids], [logits, score], name="multi_io")
    c = tf.lite.TFLiteConverter.from_keras_model(m)
    return quiet_convert(c)


# --------------------------------------------------------------------------
# property checks
# --------------------------------------------------------------------------

def sg0_opcodes(fb):
    return [o["opcode"] for o in fb["subgraphs"][0]["operators"]]


def all_opcodes(fb):
    return [o["opcode"] for sg in fb["subgraphs"] for o in sg["operators"]]


def check_float32_cnn(fb, rep):
    ops = set(sg0_opcodes(fb))
    need = {"CONV_2D", "DEPTHWISE_CONV_2D", "MAX_POOL_2D", "AVERAGE_POOL_2D",
            "FULLY_CONNECTED", "SOFTMAX"}
    assert need <= ops, ops
    assert rep["inputs"][0]["shape_signature"][0] == -1, "batch dim not dynamic"
    assert rep["inputs"][0]["dtype"] == "float32"
    return f"ops {sorted(need)}; input shape_signature {rep['inputs'][0]['shape_signature']}"


def check_int8_per_channel(fb, rep):
    assert rep["inputs"][0]["dtype"] == "int8" and rep["outputs"][0]["dtype"] == "int8"
    assert len(rep["inputs"][0]["quantization"]["scales"]) == 1
    sg = fb["subgraphs"][0]
    notes = []
    for op in sg["operators"]:
        if op["opcode"] in ("CONV_2D", "DEPTHWISE_CONV_2D"):
            w = sg["tensors"][op["inputs"][1]]
            assert w["type"] == "INT8" and w["num_scales"] > 1, w
            notes.append(f"{op['opcode']} weights: {w['num_scales']} scales, "
                         f"quantized_dimension {w['quantized_dimension']}")
    assert len(notes) == 2, notes
    return "; ".join(notes) + "; int8 in/out"


def check_dynamic_range(fb, rep):
    sg = fb["subgraphs"][0]
    assert rep["inputs"][0]["dtype"] == "float32" and rep["outputs"][0]["dtype"] == "float32"
    hybrid = []
    for op in sg["operators"]:
        if op["opcode"] in ("CONV_2D", "FULLY_CONNECTED"):
            w = sg["tensors"][op["inputs"][1]]
            if w["type"] == "INT8":
                hybrid.append(f"{op['opcode']}({w['num_scales']} scales)")
    assert any(h.startswith("FULLY_CONNECTED") for h in hybrid), hybrid
    assert "DEQUANTIZE" not in sg0_opcodes(fb)
    return "hybrid int8 weights: " + ", ".join(hybrid)


def check_float16(fb, rep):
    sg = fb["subgraphs"][0]
    deq = [op for op in sg["operators"] if op["opcode"] == "DEQUANTIZE"]
    assert deq
    for op in deq:
        assert sg["tensors"][op["inputs"][0]]["type"] == "FLOAT16"
    return f"{len(deq)} DEQUANTIZE ops from FLOAT16 constants"


def check_sparse_densify(fb, rep):
    sg = fb["subgraphs"][0]
    dens = [op for op in sg["operators"] if op["opcode"] == "DENSIFY"]
    sparse = [t for t in sg["tensors"] if t["sparse"]]
    assert dens, sg0_opcodes(fb)
    assert sparse
    for op in dens:
        assert sg["tensors"][op["inputs"][0]]["sparse"]
    # fc1 (random 90% zeros) is stored CSR and densified by DENSIFY; fc2
    # (4-row block pruning) keeps a 1x4 block-sparse tensor that
    # FULLY_CONNECTED consumes directly (sparse kernel, no DENSIFY).
    direct = [op for op in sg["operators"] if op["opcode"] == "FULLY_CONNECTED"
              and sg["tensors"][op["inputs"][1]]["sparse"]]
    return (f"{len(dens)} DENSIFY op(s), {len(direct)} FULLY_CONNECTED with sparse weights; "
            "sparse tensors: " + ", ".join(f"{t['name']}{t['shape']}" for t in sparse))


def check_signatures(fb, rep):
    keys = sorted(rep["signatures"])
    assert keys == ["add", "mul"], keys
    assert sorted(rep["signatures"]["add"]["inputs"]) == ["x", "y"]
    assert sorted(rep["signatures"]["mul"]["outputs"]) == ["product", "scaled"]
    assert fb["subgraph_count"] == 2
    return ", ".join(f"{s['key']}->subgraph {s['subgraph_index']} "
                     f"in {sorted(s['inputs'])} out {sorted(s['outputs'])}"
                     for s in fb["signatures"])


def check_metadata(fb, rep):
    assert CUSTOM_METADATA_NAME in rep["metadata"], rep["metadata"]
    assert "min_runtime_version" in rep["metadata"]
    return "metadata " + ", ".join(rep["metadata"])


def check_lstm_while(fb, rep):
    assert fb["subgraph_count"] > 1, fb["subgraph_count"]
    assert "WHILE" in sg0_opcodes(fb), sg0_opcodes(fb)
    return f"{fb['subgraph_count']} subgraphs, WHILE in subgraph 0"


def check_multi_io(fb, rep):
    assert len(rep["inputs"]) == 2 and len(rep["outputs"]) == 2
    dts = sorted(i["dtype"] for i in rep["inputs"])
    assert dts == ["float32", "int32"], dts
    return ("inputs " + ", ".join(f"{i['name']}:{i['dtype']}{i['shape']}" for i in rep["inputs"])
            + "; outputs " + ", ".join(f"{o['name']}{o['shape']}" for o in rep["outputs"]))


FIXTURES = {
    "float32_cnn": (conv_float32_cnn, check_float32_cnn),
    "int8_per_channel": (conv_int8_per_channel, check_int8_per_channel),
    "dynamic_range": (conv_dynamic_range, check_dynamic_range),
    "float16": (conv_float16, check_float16),
    "sparse_densify": (conv_sparse_densify, check_sparse_densify),
    "signatures": (conv_signatures, check_signatures),
    "metadata": (conv_metadata, check_metadata),
    "lstm_while": (conv_lstm_while, check_lstm_while),
    "multi_io": (conv_multi_io, check_multi_io),
}


def check_report_matches_file(rep, fb):
    """The runtime's (pre-allocation) view of subgraph 0 equals the file's."""
    sg = fb["subgraphs"][0]
    assert [t["index"] for t in rep["inputs"]] == sg["inputs"]
    assert [t["index"] for t in rep["outputs"]] == sg["outputs"]
    assert len(rep["operators"]) == len(sg["operators"])
    for r, f in zip(rep["operators"], sg["operators"]):
        name = f["opcode"][len("CUSTOM:"):] if f["opcode"].startswith("CUSTOM:") else f["opcode"]
        assert r["op_name"] == name, (r, f)
        assert r["inputs"] == f["inputs"] and r["outputs"] == f["outputs"], (r, f)
    assert rep["subgraph_count"] == fb["subgraph_count"]
    sigs = {s["key"]: {"inputs": s["inputs"], "outputs": s["outputs"]} for s in fb["signatures"]}
    assert sigs == rep["signature_tensor_indices"], (sigs, rep["signature_tensor_indices"])


def write_fixture(out: Path, name: str, model: bytes, seed: int, check=None) -> str:
    """Writes NAME.tflite + NAME.expected.json + input/output npys. Returns the
    check's summary line."""
    for old in out.glob(f"{name}.*"):
        old.unlink()
    path = out / f"{name}.tflite"
    path.write_bytes(model)
    rep = oracle.expected_report(path)
    fb = oracle.flatbuffer_info(model)
    note = check(fb, rep) if check else ""
    check_report_matches_file(rep, fb)
    dump_json(out / f"{name}.expected.json", rep)

    interp = oracle.make_interpreter(path, resolver=oracle.REF)
    inputs = oracle.make_inputs(interp.get_input_details(), seed)
    outputs = oracle.run(interp, inputs)
    # sanity: the default resolver (optimized kernels / XNNPACK) loads it too
    oracle.run(oracle.make_interpreter(path, resolver=oracle.DEFAULT), inputs)
    for k, a in enumerate(inputs):
        np.save(out / f"{name}.input_{k}.npy", a, allow_pickle=False)
    for k, a in enumerate(outputs):
        np.save(out / f"{name}.output_{k}.npy", a, allow_pickle=False)
    return note


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT_DEFAULT)
    ap.add_argument("--only", default="", help="comma-separated fixture names")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    names = [n for n in args.only.split(",") if n] or list(FIXTURES)
    print(f"TensorFlow {tf.__version__}, Keras {keras.__version__}, numpy {np.__version__}")
    total = 0
    for name in names:
        build, check = FIXTURES[name]
        model = build()
        note = write_fixture(args.out, name, model, seed=zlib.crc32(name.encode()), check=check)
        size = len(model)
        assert size < MAX_FIXTURE_BYTES, f"{name} is {size} bytes"
        total += sum(p.stat().st_size for p in args.out.glob(f"{name}.*"))
        sha = hashlib.sha256(model).hexdigest()[:12]
        print(f"  {name + '.tflite':28s} {size:7d} B  sha256 {sha}  {note}")
    print(f"total fixture bytes ({len(names)} fixtures incl. json/npy): {total}")
    assert total < 2 * 1024 * 1024
    return 0


if __name__ == "__main__":
    sys.exit(main())
