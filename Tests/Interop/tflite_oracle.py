"""Shared helpers around the official LiteRT runtime (ai-edge-litert).

Needs only `ai-edge-litert` and `numpy` (the flatbuffer schema module and the
`flatbuffers` package both ship with ai-edge-litert), so it works in the light
CI environment (Scripts/reference/requirements-interop.txt) as well as in the
full reference venv used by the fixture generators.

Used by Tests/Interop/test_format_interop.py and by the generators in
Scripts/reference/.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np
from ai_edge_litert import schema_py_generated as schema_fb
from ai_edge_litert.interpreter import Interpreter, OpResolverType

REF = OpResolverType.BUILTIN_REF
DEFAULT = OpResolverType.AUTO

# Reverse maps of the flatbuffer enums: value -> "CONV_2D", "FLOAT32", ...
BUILTIN_OP_NAMES = {
    v: k for k, v in vars(schema_fb.BuiltinOperator).items()
    if not k.startswith("_") and isinstance(v, int)
}
TENSOR_TYPE_NAMES = {
    v: k for k, v in vars(schema_fb.TensorType).items()
    if not k.startswith("_") and isinstance(v, int)
}
CUSTOM_OP = schema_fb.BuiltinOperator.CUSTOM
PLACEHOLDER_FOR_GREATER_OP_CODES = schema_fb.BuiltinOperator.PLACEHOLDER_FOR_GREATER_OP_CODES


def make_interpreter(model_path=None, model_content=None, resolver=REF,
                     allocate=True) -> Interpreter:
    kwargs: dict[str, Any] = {"experimental_op_resolver_type": resolver}
    if model_path is not None:
        kwargs["model_path"] = str(model_path)
    else:
        kwargs["model_content"] = bytes(model_content)
    interp = Interpreter(**kwargs)
    if allocate:
        interp.allocate_tensors()
    return interp


# --------------------------------------------------------------------------
# JSON conversion of the Python API's reports
# --------------------------------------------------------------------------

def _dtype_name(dt) -> str:
    return np.dtype(dt).name


def tensor_json(d: dict) -> dict:
    """One get_input_details()/get_output_details() entry as plain JSON, in
    the shape of the `swiftlite inspect --json` TENSOR object."""
    qp = d["quantization_parameters"]
    return {
        "name": d["name"],
        "index": int(d["index"]),
        "shape": [int(x) for x in d["shape"]],
        "shape_signature": [int(x) for x in d["shape_signature"]],
        "dtype": _dtype_name(d["dtype"]),
        "quantization": {
            "scales": [float(x) for x in np.asarray(qp["scales"]).ravel()],
            "zero_points": [int(x) for x in np.asarray(qp["zero_points"]).ravel()],
            "quantized_dimension": int(qp["quantized_dimension"]),
        },
    }


def op_json(d: dict) -> dict:
    return {
        "index": int(d["index"]),
        "op_name": d["op_name"],
        "inputs": [int(x) for x in d["inputs"]],
        "outputs": [int(x) for x in d["outputs"]],
    }


def full_signatures(interp: Interpreter) -> dict:
    """{key: {"inputs": {name: tensor_index}, "outputs": {...}, ...}}"""
    out = {}
    for key, sig in interp._get_full_signature_list().items():
        out[key] = {
            "inputs": {k: int(v) for k, v in sig["inputs"].items()},
            "outputs": {k: int(v) for k, v in sig["outputs"].items()},
        }
    return out


# --------------------------------------------------------------------------
# Flatbuffer-level facts (what the Python interpreter API does not expose)
# --------------------------------------------------------------------------

def _s(b) -> str | None:
    return None if b is None else b.decode("utf-8")


def flatbuffer_info(buf: bytes) -> dict:
    """Reads a .tflite with the schema module shipped in ai-edge-litert."""
    if not schema_fb.Model.ModelBufferHasIdentifier(buf, 0):
        raise ValueError("not a TFL3 flatbuffer")
    m = schema_fb.Model.GetRootAs(buf, 0)
    opcodes = []
    for i in range(m.OperatorCodesLength()):
        oc = m.OperatorCodes(i)
        code = max(oc.BuiltinCode(), oc.DeprecatedBuiltinCode())
        if code == CUSTOM_OP:
            opcodes.append({"name": "CUSTOM:" + (_s(oc.CustomCode()) or ""),
                            "custom_code": _s(oc.CustomCode()),
                            "version": oc.Version()})
        else:
            opcodes.append({"name": BUILTIN_OP_NAMES.get(code, str(code)),
                            "custom_code": None, "version": oc.Version()})
    subgraphs = []
    for si in range(m.SubgraphsLength()):
        sg = m.Subgraphs(si)
        ops = []
        for oi in range(sg.OperatorsLength()):
            op = sg.Operators(oi)
            oc = opcodes[op.OpcodeIndex()]
            ops.append({
                "opcode": oc["name"],
                "version": oc["version"],
                "inputs": [int(x) for x in op.InputsAsNumpy()] if op.InputsLength() else [],
                "outputs": [int(x) for x in op.OutputsAsNumpy()] if op.OutputsLength() else [],
            })
        tensors = []
        for ti in range(sg.TensorsLength()):
            t = sg.Tensors(ti)
            q = t.Quantization()
            nscales = q.ScaleLength() if q is not None else 0
            tensors.append({
                "name": _s(t.Name()),
                "type": TENSOR_TYPE_NAMES.get(t.Type(), str(t.Type())),
                "shape": [int(x) for x in t.ShapeAsNumpy()] if t.ShapeLength() else [],
                "has_shape_signature": not t.ShapeSignatureIsNone(),
                "buffer": t.Buffer(),
                "sparse": t.Sparsity() is not None,
                "num_scales": nscales,
                "quantized_dimension": q.QuantizedDimension() if q is not None else 0,
            })
        subgraphs.append({
            "name": _s(sg.Name()),
            "inputs": [int(x) for x in sg.InputsAsNumpy()] if sg.InputsLength() else [],
            "outputs": [int(x) for x in sg.OutputsAsNumpy()] if sg.OutputsLength() else [],
            "operators": ops,
            "tensors": tensors,
        })
    signatures = []
    for i in range(m.SignatureDefsLength()):
        sd = m.SignatureDefs(i)
        signatures.append({
            "key": _s(sd.SignatureKey()),
            "subgraph_index": sd.SubgraphIndex(),
            "inputs": {_s(sd.Inputs(j).Name()): sd.Inputs(j).TensorIndex()
                       for j in range(sd.InputsLength())},
            "outputs": {_s(sd.Outputs(j).Name()): sd.Outputs(j).TensorIndex()
                        for j in range(sd.OutputsLength())},
        })
    return {
        "version": m.Version(),
        "description": _s(m.Description()),
        "metadata": [_s(m.Metadata(i).Name()) for i in range(m.MetadataLength())],
        "subgraph_count": m.SubgraphsLength(),
        "opcodes": opcodes,
        "subgraphs": subgraphs,
        "signatures": signatures,
        "buffer_count": m.BuffersLength(),
    }


# --------------------------------------------------------------------------
# Expected-report and execution helpers
# --------------------------------------------------------------------------

def expected_report(model_path) -> dict:
    """Everything NAME.expected.json records, from the live official runtime
    (BUILTIN_REF kernels) plus the flatbuffer for metadata/version/description."""
    path = Path(model_path)
    # Not allocated on purpose: allocate_tensors() lets kernels rewrite the
    # node graph (WHILE's Prepare replaces pass-through outputs by -1, and the
    # default resolver appends delegate nodes), so the operator list is only
    # the file's operator list before allocation.
    interp = make_interpreter(path, resolver=REF, allocate=False)
    fb = flatbuffer_info(path.read_bytes())
    return {
        "inputs": [tensor_json(d) for d in interp.get_input_details()],
        "outputs": [tensor_json(d) for d in interp.get_output_details()],
        "operators": [op_json(d) for d in interp._get_ops_details()],
        "signatures": interp.get_signature_list(),
        "signature_tensor_indices": full_signatures(interp),
        "metadata": fb["metadata"],
        "subgraph_count": int(interp.num_subgraphs()),
        "version": fb["version"],
        "description": fb["description"],
    }


def make_inputs(details, seed: int) -> list[np.ndarray]:
    """Deterministic random inputs for the given input details."""
    rng = np.random.default_rng(seed)
    arrays = []
    for d in details:
        shape = [int(x) for x in d["shape"]]
        dt = np.dtype(d["dtype"])
        if dt == np.int8:
            a = rng.integers(-128, 128, size=shape, dtype=np.int8)
        elif dt == np.uint8:
            a = rng.integers(0, 256, size=shape, dtype=np.uint8)
        elif dt == np.int16:
            a = rng.integers(-32768, 32768, size=shape, dtype=np.int16)
        elif dt in (np.int32, np.int64):
            a = rng.integers(0, 8, size=shape).astype(dt)
        elif dt == np.bool_:
            a = rng.integers(0, 2, size=shape).astype(np.bool_)
        elif dt.kind == "f":
            a = rng.uniform(-1.0, 1.0, size=shape).astype(dt)
        else:
            raise ValueError(f"no input generator for dtype {dt}")
        arrays.append(a)
    return arrays


def run(interp: Interpreter, inputs) -> list[np.ndarray]:
    """Feeds `inputs` (in get_input_details() order) and returns copies of the
    outputs (in get_output_details() order). Resizes dynamic inputs if the
    given array shapes differ from the current ones."""
    ins = interp.get_input_details()
    assert len(ins) == len(inputs), (len(ins), len(inputs))
    resized = False
    for d, a in zip(ins, inputs):
        if list(d["shape"]) != list(a.shape):
            interp.resize_tensor_input(d["index"], list(a.shape))
            resized = True
    if resized:
        interp.allocate_tensors()
    for d, a in zip(interp.get_input_details(), inputs):
        interp.set_tensor(d["index"], a)
    interp.invoke()
    return [np.array(interp.get_tensor(d["index"]), copy=True)
            for d in interp.get_output_details()]


def write_json(path, obj) -> None:
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, sort_keys=False)
        f.write("\n")


def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


if __name__ == "__main__":  # tiny CLI: dump what the official runtime says
    import sys
    for p in sys.argv[1:]:
        print(json.dumps(expected_report(p), indent=1))
    if len(sys.argv) < 2:
        print(f"usage: {os.path.basename(sys.argv[0])} MODEL.tflite...")
