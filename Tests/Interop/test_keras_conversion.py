"""Interop tests for `swiftlite convert`: Keras models converted by SwiftLite, run by the LIVE
official runtime (ai-edge-litert), compared with Keras's own predictions.

For every fixture in Tests/Fixtures/keras/<case>/ (made by Scripts/reference/generate_keras_fixtures.py:
model.keras and usually model.h5, inputs, Keras's predictions, tolerances in case.json) and every
saved format:
- `swiftlite convert` writes a .tflite that the official runtime loads with both its default
  (XNNPACK) and reference (BUILTIN_REF) kernels; run at the fixture's batch size (the batch
  dimension is dynamic: shape_signature -1, so resize_tensor_input works) the outputs match
  Keras's predictions within atol + rtol * |expected|;
- the `serving_default` signature names the Keras inputs and `output_K` outputs, and runs;
- the file carries `min_runtime_version` metadata;
- `swiftlite run` on the converted file gives the same answers (SwiftLite's runtime).
And the error contract: an unsupported layer names the layer and its class, a truncated archive is
refused, the source is never overwritten, and no output file is left behind on failure.

Environment as in test_format_interop.py (SWIFTLITE_BIN, SWIFTLITE_REQUIRE).
"""
from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from ai_edge_litert.interpreter import Interpreter, OpResolverType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tflite_oracle as oracle  # noqa: E402
from conftest import run_cli  # noqa: E402

REPO = oracle.repo_root()
FIXTURES = REPO / "Tests" / "Fixtures" / "keras"
ERROR_FIXTURES = REPO / "Tests" / "Fixtures" / "keras-errors"
# Builtins the official runtime's BUILTIN_REF resolver does not register (its default one does).
MISSING_FROM_REFERENCE_RESOLVER = {"ELU"}


def _cases():
    params = []
    for case in sorted(FIXTURES.glob("*/case.json")):
        meta = json.loads(case.read_text())
        for fmt in meta.get("formats", ["keras"]):
            params.append(pytest.param(case.parent, fmt, meta, id=f"{case.parent.name}.{fmt}"))
    return params




def convert(binary, source: Path, out: Path) -> Path:
    result = run_cli(binary, "convert", source, "-o", out)
    assert result.returncode == 0, f"convert failed:\n{result.stdout}\n{result.stderr}"
    assert out.is_file()
    return out


def keras_inputs(directory: Path) -> list[tuple[str, list]]:
    """(InputLayer name, batch_shape) of each model input, read from the .keras archive's config
    (Keras 3's `batch_shape` or tf-keras's `batch_input_shape`); for a tf-keras fixture saved as .h5
    only, from case.json, where generate_tfkeras_fixtures.py records them."""
    if not (directory / "model.keras").exists():
        meta = json.loads((directory / "case.json").read_text())
        return list(zip(meta["inputs"], meta["input_shapes"]))
    with zipfile.ZipFile(directory / "model.keras") as archive:
        config = json.loads(archive.read("config.json"))["config"]
    layers = {layer["config"].get("name", layer.get("name")): layer for layer in config["layers"]}

    def batch_shape(layer_config):
        return layer_config["batch_shape"] if "batch_shape" in layer_config else layer_config["batch_input_shape"]

    if "input_layers" not in config:  # Sequential: the first layer is the InputLayer
        first = config["layers"][0]
        return [(first["config"]["name"], batch_shape(first["config"]))]
    refs = config["input_layers"]
    if isinstance(refs, dict):
        refs = list(refs.values())
    if refs and isinstance(refs[0], str):
        refs = [refs]
    return [(ref[0], batch_shape(layers[ref[0]]["config"])) for ref in refs]


def inputs_of(directory: Path) -> list[np.ndarray]:
    return [np.load(p) for p in sorted(directory.glob("input_*.npy"), key=lambda p: int(p.stem.split("_")[1]))]


def expected_of(directory: Path) -> list[np.ndarray]:
    return [np.load(p) for p in sorted(directory.glob("expected_*.npy"), key=lambda p: int(p.stem.split("_")[1]))]


def run_official(model: Path, inputs, resolver) -> list[np.ndarray]:
    interpreter = Interpreter(model_path=str(model), experimental_op_resolver_type=resolver)
    for detail, value in zip(interpreter.get_input_details(), inputs):
        if list(detail["shape"]) != list(value.shape):
            interpreter.resize_tensor_input(detail["index"], list(value.shape))
    interpreter.allocate_tensors()
    for detail, value in zip(interpreter.get_input_details(), inputs):
        interpreter.set_tensor(detail["index"], value.astype(detail["dtype"]))
    interpreter.invoke()
    return [interpreter.get_tensor(d["index"]).copy() for d in interpreter.get_output_details()]


def assert_close(actual, expected, meta, what):
    assert len(actual) == len(expected), f"{what}: {len(actual)} outputs, Keras has {len(expected)}"
    for k, (a, e) in enumerate(zip(actual, expected)):
        assert a.shape == e.shape, f"{what}: output {k} shape {a.shape}, Keras {e.shape}"
        excess = np.abs(a.astype(np.float64) - e) - (meta["atol"] + meta["rtol"] * np.abs(e))
        worst = float(excess.max()) if excess.size else 0.0
        assert worst <= 0, f"{what}: output {k} exceeds atol {meta['atol']} + rtol {meta['rtol']} by {worst}"


@pytest.mark.parametrize("directory,fmt,meta", _cases())
def test_converted_model_matches_keras_in_official_runtime(swiftlite_bin, tmp_path, directory, fmt, meta):
    model = convert(swiftlite_bin, directory / f"model.{fmt}", tmp_path / "model.tflite")
    inputs, expected = inputs_of(directory), expected_of(directory)
    ops = {d["op_name"] for d in Interpreter(model_path=str(model))._get_ops_details()}
    resolvers = [("default", OpResolverType.AUTO)]
    if not ops & MISSING_FROM_REFERENCE_RESOLVER:
        resolvers.append(("reference", OpResolverType.BUILTIN_REF))
    for name, resolver in resolvers:
        assert_close(run_official(model, inputs, resolver), expected, meta, f"official {name} kernels")


def is_stateful(directory: Path) -> bool:
    with zipfile.ZipFile(directory / "model.keras") as archive:
        return '"stateful": true' in archive.read("config.json").decode()


@pytest.mark.parametrize("directory,fmt,meta", [c for c in _cases() if c.values[1] == "keras"])
def test_converted_model_keeps_no_state_between_invokes(swiftlite_bin, tmp_path, directory, fmt, meta):
    """A second invoke on the same official interpreter gives the same answers (recurrent state is
    reset on every invoke unless the Keras layer is stateful)."""
    if is_stateful(directory):
        pytest.skip("stateful Keras layers carry state between calls by design")
    model = convert(swiftlite_bin, directory / f"model.{fmt}", tmp_path / "model.tflite")
    inputs = inputs_of(directory)
    interpreter = Interpreter(model_path=str(model))
    for detail, value in zip(interpreter.get_input_details(), inputs):
        interpreter.resize_tensor_input(detail["index"], list(value.shape))
    interpreter.allocate_tensors()
    runs = []
    for _ in range(2):
        for detail, value in zip(interpreter.get_input_details(), inputs):
            interpreter.set_tensor(detail["index"], value.astype(detail["dtype"]))
        interpreter.invoke()
        runs.append([interpreter.get_tensor(d["index"]).copy() for d in interpreter.get_output_details()])
    for first, second in zip(*runs):
        np.testing.assert_array_equal(first, second)


@pytest.mark.parametrize("directory,fmt,meta", _cases())
def test_converted_model_signature_and_metadata(swiftlite_bin, tmp_path, directory, fmt, meta):
    model = convert(swiftlite_bin, directory / f"model.{fmt}", tmp_path / "model.tflite")
    interpreter = Interpreter(model_path=str(model))
    signatures = interpreter.get_signature_list()
    assert list(signatures) == ["serving_default"]
    declared = keras_inputs(directory)
    assert sorted(signatures["serving_default"]["inputs"]) == sorted(name for name, _ in declared)
    outputs = expected_of(directory)
    assert sorted(signatures["serving_default"]["outputs"]) == sorted(f"output_{k}" for k in range(len(outputs)))
    for detail, (name, batch_shape) in zip(interpreter.get_input_details(), declared):
        want = [-1 if d is None else d for d in batch_shape]
        assert list(detail["shape_signature"]) == want, f"input {name}: shape signature vs Keras {batch_shape}"
    info = oracle.flatbuffer_info(model.read_bytes())
    assert "min_runtime_version" in info["metadata"]
    # the signature runner (which resizes to the given shapes), keyed by the Keras input names,
    # gives Keras's answers too
    runner = interpreter.get_signature_runner("serving_default")
    input_details = runner.get_input_details()
    named = {name: value.astype(input_details[name]["dtype"])
             for (name, _), value in zip(declared, inputs_of(directory))}
    results = runner(**named)
    actual = [results[f"output_{k}"] for k in range(len(outputs))]
    assert_close(actual, outputs, meta, "signature runner")


@pytest.mark.parametrize("directory,fmt,meta", _cases())
def test_converted_model_runs_in_swiftlite_cli(swiftlite_bin, tmp_path, directory, fmt, meta):
    model = convert(swiftlite_bin, directory / f"model.{fmt}", tmp_path / "model.tflite")
    args = ["run", model, "--output-dir", tmp_path / "out"]
    for k, path in enumerate(sorted(directory.glob("input_*.npy"), key=lambda p: int(p.stem.split("_")[1]))):
        args += ["--input", f"{k}={path}"]
    result = run_cli(swiftlite_bin, *args)
    assert result.returncode == 0, result.stderr
    expected = expected_of(directory)
    actual = [np.load(tmp_path / "out" / f"output_{k}.npy") for k in range(len(expected))]
    assert_close(actual, expected, meta, "swiftlite run")


def _error_cases():
    return [pytest.param(p.parent, json.loads(p.read_text()), id=p.parent.name)
            for p in sorted(ERROR_FIXTURES.glob("*/error.json"))]


@pytest.mark.parametrize("directory,error", _error_cases())
def test_unsupported_layer_is_named_and_leaves_no_file(swiftlite_bin, tmp_path, directory, error):
    for source in sorted(directory.glob("model.*")):
        out = tmp_path / f"{source.suffix[1:]}.tflite"
        result = run_cli(swiftlite_bin, "convert", source, "-o", out)
        assert result.returncode != 0
        message = result.stderr + result.stdout
        assert "unsupported" in message, message
        assert error["layer"] in message and error["class"] in message, message
        assert not out.exists(), "a failed conversion left a file behind"
        assert list(tmp_path.iterdir()) == [], f"stray files: {list(tmp_path.iterdir())}"


def test_truncated_archive_is_refused(swiftlite_bin, tmp_path):
    source = next(iter(sorted(FIXTURES.glob("*/model.keras"))))
    data = source.read_bytes()
    for cut in (10, len(data) // 2, len(data) - 10):
        broken = tmp_path / f"cut{cut}.keras"
        broken.write_bytes(data[:cut])
        out = tmp_path / f"cut{cut}.tflite"
        result = run_cli(swiftlite_bin, "convert", broken, "-o", out)
        assert result.returncode != 0, f"a {cut}-byte prefix was accepted"
        assert not out.exists()


def test_convert_refuses_to_overwrite_its_source(swiftlite_bin, tmp_path):
    source = next(iter(sorted(FIXTURES.glob("*/model.keras"))))
    copy = tmp_path / "model.keras"
    copy.write_bytes(source.read_bytes())
    result = run_cli(swiftlite_bin, "convert", copy, "-o", copy)
    assert result.returncode != 0
    assert copy.read_bytes() == source.read_bytes()


def test_convert_json_report_matches_the_written_file(swiftlite_bin, tmp_path):
    source = FIXTURES / "basic_conv_bn_add" / "model.keras"
    out = tmp_path / 'odd "name".tflite'
    result = run_cli(swiftlite_bin, "convert", source, "-o", out, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["output"] == str(out)
    assert report["bytes"] == out.stat().st_size
    ops = [d["op_name"] for d in Interpreter(model_path=str(out))._get_ops_details()]
    assert report["operators"] == len(ops)
    assert report["histogram"] == {name: ops.count(name) for name in set(ops)}
