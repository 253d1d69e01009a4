"""Helpers shared by generate_op_fixtures.py and generate_model_fixtures.py
(need the full reference venv: Scripts/reference/make_venv.sh).

Conventions (same as Tests/Fixtures/format/): for a fixture NAME the files are
NAME.tflite, NAME.input_K.npy (K in get_input_details() order) and
NAME.output_K.npy (get_output_details() order, official runtime with the
BUILTIN_REF kernels).
"""

from __future__ import annotations

import collections
import statistics
import time
from pathlib import Path

from refcommon import oracle, quiet_convert

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import flatbuffers  # noqa: E402
from ai_edge_litert import schema_py_generated as schema_fb  # noqa: E402

ACT = {k: v for k, v in vars(schema_fb.ActivationFunctionType).items()
       if not k.startswith("_") and isinstance(v, int)}


# --------------------------------------------------------------------------
# conversion
# --------------------------------------------------------------------------

def convert_function(fn, specs, *, flex: bool = False) -> bytes:
    """Converts a Python function traced with `specs` (tf.TensorSpec list) via
    TFLiteConverter.from_concrete_functions (TF 2.21's MLIR converter)."""
    # *a: extra keyword parameters of fn with defaults (bound constants) stay
    # out of the traced signature
    f = tf.function(lambda *a: fn(*a), input_signature=specs, autograph=False)
    cf = f.get_concrete_function()
    c = tf.lite.TFLiteConverter.from_concrete_functions([cf], f)
    if flex:
        c.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS,
                                       tf.lite.OpsSet.SELECT_TF_OPS]
    return quiet_convert(c)


def convert_keras(model, **attrs) -> bytes:
    c = tf.lite.TFLiteConverter.from_keras_model(model)
    for k, v in attrs.items():
        setattr(c, k, v)
    return quiet_convert(c)


# --------------------------------------------------------------------------
# flatbuffer facts and edits
# --------------------------------------------------------------------------

def opcodes_by_subgraph(model: bytes) -> list[list[str]]:
    fb = oracle.flatbuffer_info(model)
    return [[o["opcode"] for o in sg["operators"]] for sg in fb["subgraphs"]]


def all_opcodes(model: bytes) -> list[str]:
    return [op for sg in opcodes_by_subgraph(model) for op in sg]


def op_histogram(model: bytes) -> dict:
    """{opcode: count} over all subgraphs, most frequent first."""
    c = collections.Counter(all_opcodes(model))
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def load_t(model: bytes):
    return schema_fb.ModelT.InitFromPackedBuf(bytearray(model), 0)


def pack_t(m) -> bytes:
    b = flatbuffers.Builder(1024)
    b.Finish(m.Pack(b), file_identifier=b"TFL3")
    return bytes(b.Output())


def op_name_t(m, op) -> str:
    oc = m.operatorCodes[op.opcodeIndex]
    code = max(oc.builtinCode, oc.deprecatedBuiltinCode)
    if code == oracle.CUSTOM_OP:
        return "CUSTOM:" + (oc.customCode.decode() if isinstance(oc.customCode, bytes)
                            else str(oc.customCode))
    return oracle.BUILTIN_OP_NAMES[code]


def ops_t(m, opcode: str, subgraph: int = 0):
    return [op for op in m.subgraphs[subgraph].operators if op_name_t(m, op) == opcode]


def patch_options(model: bytes, opcode: str, *, tensor_shapes: dict | None = None,
                  **fields) -> bytes:
    """Sets builtin option fields (object-API camelCase names, e.g.
    fusedActivationFunction, beta, keepNumDims) on every `opcode` operator of
    subgraph 0; `tensor_shapes` {output_position: shape} fixes the file's
    output tensor shapes when the edit changes them. Re-serializes."""
    m = load_t(model)
    ops = ops_t(m, opcode)
    assert ops, f"no {opcode} in model"
    sg = m.subgraphs[0]
    for op in ops:
        for k, v in fields.items():
            assert hasattr(op.builtinOptions, k), (opcode, k, vars(op.builtinOptions))
            setattr(op.builtinOptions, k, v)
        for pos, shape in (tensor_shapes or {}).items():
            t = sg.tensors[op.outputs[pos]]
            t.shape = np.array(shape, dtype=np.int32)
            if t.shapeSignature is not None:
                t.shapeSignature = np.array(shape, dtype=np.int32)
    return pack_t(m)


def op_options(model: bytes, opcode: str) -> list[dict]:
    m = load_t(model)
    out = []
    for op in ops_t(m, opcode):
        o = op.builtinOptions
        out.append({} if o is None else {k: (v.tolist() if isinstance(v, np.ndarray) else v)
                                         for k, v in vars(o).items()})
    return out


# --------------------------------------------------------------------------
# running
# --------------------------------------------------------------------------

def run_model(model: bytes, inputs, resolver=oracle.REF) -> list[np.ndarray]:
    interp = oracle.make_interpreter(model_content=model, resolver=resolver)
    return oracle.run(interp, inputs)


def latency_ms(model_path, inputs, resolver, n: int = 20, warmup: int = 2) -> float:
    """Median wall time of invoke() in ms (inputs set once)."""
    interp = oracle.make_interpreter(model_path, resolver=resolver)
    oracle.run(interp, inputs)
    for _ in range(warmup):
        interp.invoke()
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        interp.invoke()
        ts.append((time.perf_counter() - t0) * 1e3)
    return round(statistics.median(ts), 3)


def clean(out: Path, name: str) -> None:
    for old in out.glob(f"{name}.*"):
        if old.suffix in (".tflite", ".npy"):
            old.unlink()


def write_case(out: Path, name: str, model: bytes, inputs, outputs) -> int:
    """Writes NAME.tflite + npys (after removing stale ones). Returns bytes written."""
    clean(out, name)
    (out / f"{name}.tflite").write_bytes(model)
    for k, a in enumerate(inputs):
        np.save(out / f"{name}.input_{k}.npy", a, allow_pickle=False)
    for k, a in enumerate(outputs):
        np.save(out / f"{name}.output_{k}.npy", a, allow_pickle=False)
    return sum(p.stat().st_size for p in out.glob(f"{name}.*"))


def tensor_desc(a: np.ndarray) -> str:
    return f"{a.dtype.name}{list(a.shape)}"


def max_diffs(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(max |a-b|, max |a-b| / max(|b|, tiny)) over finite entries."""
    if a.size == 0:
        return 0.0, 0.0
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    d = np.abs(a - b)
    r = d / np.maximum(np.abs(b), 1e-30)
    return float(d.max()), float(r.max())


def allclose_like_tests(got: np.ndarray, want: np.ndarray, rtol: float, atol: float) -> bool:
    """The comparison the SwiftLite tests are meant to use: exact for
    integer/bool outputs, numpy.allclose(got, want, rtol, atol) for floats."""
    if got.dtype != want.dtype or got.shape != want.shape:
        return False
    if want.dtype.kind == "f":
        return bool(np.allclose(got, want, rtol=rtol, atol=atol))
    return bool(np.array_equal(got, want))
