"""Interop tests for `swiftlite run`: outputs against the LIVE official runtime.

For every golden case (Tests/Fixtures/ops, Tests/Fixtures/models: manifest.json with declared
tolerances) and every format fixture with recorded inputs, `swiftlite run --reference` must give
the official runtime's BUILTIN_REF outputs within the declared tolerance (integers exactly), and
`swiftlite run` (default kernels) the same within the same tolerance. Every fixture must run.

Also: the CLI contract for inputs (position or name, batch resize, malformed .npy refused,
wrong dtype refused) and `--steps` on the stateful fixtures.

Environment as in test_format_interop.py (SWIFTLITE_BIN, SWIFTLITE_REQUIRE).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from ai_edge_litert.interpreter import OpResolverType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tflite_oracle as oracle  # noqa: E402
from conftest import run_cli  # noqa: E402

REPO = oracle.repo_root()


def _golden_cases():
    cases = []
    for folder in ("ops", "models", "quantized-ops", "quantized-models"):
        directory = REPO / "Tests" / "Fixtures" / folder
        manifest = directory / "manifest.json"
        if not manifest.is_file():
            continue
        data = json.loads(manifest.read_text())
        for case in data.get("cases", data.get("models", [])):
            cases.append(pytest.param(directory, case, id=f"{folder}/{case['name']}"))
    fmt = REPO / "Tests" / "Fixtures" / "format"
    for model in sorted(fmt.glob("*.tflite")):
        inputs = sorted(fmt.glob(model.stem + ".input_*.npy"))
        if inputs:
            case = {"name": model.stem, "inputs": len(inputs), "rtol": 1e-5, "atol": 1e-6}
            cases.append(pytest.param(fmt, case, id=f"format/{model.stem}"))
    return cases




def official_outputs(model: Path, inputs: list[np.ndarray], resolver=None) -> list[np.ndarray]:
    """BUILTIN_REF outputs (or `resolver`'s, for the few ops the reference resolver lacks)."""
    chosen = getattr(OpResolverType, resolver) if resolver else oracle.REF
    interpreter = oracle.make_interpreter(model, resolver=chosen, allocate=False)
    details = interpreter.get_input_details()
    for detail, value in zip(details, inputs):
        if list(detail["shape"]) != list(value.shape):
            interpreter.resize_tensor_input(detail["index"], list(value.shape))
    interpreter.allocate_tensors()
    for detail, value in zip(interpreter.get_input_details(), inputs):
        interpreter.set_tensor(detail["index"], value)
    interpreter.invoke()
    return [interpreter.get_tensor(d["index"]).copy() for d in interpreter.get_output_details()]


def assert_close(ours: np.ndarray, theirs: np.ndarray, rtol: float, atol: float, what: str):
    assert ours.dtype == theirs.dtype, f"{what}: dtype {ours.dtype} vs {theirs.dtype}"
    assert ours.shape == theirs.shape, f"{what}: shape {ours.shape} vs {theirs.shape}"
    if np.issubdtype(ours.dtype, np.floating):
        ok = np.isclose(ours, theirs, rtol=rtol, atol=atol, equal_nan=True)
        assert ok.all(), f"{what}: {int((~ok).sum())} of {ours.size} elements differ; max |err| {np.nanmax(np.abs(ours - theirs))}"
    else:
        assert np.array_equal(ours, theirs), f"{what}: integer outputs differ"


@pytest.mark.parametrize("reference", [True, False], ids=["reference", "default"])
@pytest.mark.parametrize("directory,case", _golden_cases())
def test_run_matches_official(swiftlite_bin, tmp_path, directory, case, reference):
    name = case["name"]
    model = directory / f"{name}.tflite"
    inputs = [np.load(directory / f"{name}.input_{k}.npy") for k in range(case.get("inputs", 1))]
    args = ["run", model, "--output-dir", tmp_path]
    for k in range(len(inputs)):
        args += ["--input", f"{k}={directory / f'{name}.input_{k}.npy'}"]
    if reference:
        args.append("--reference")
    result = run_cli(swiftlite_bin, *args)
    assert result.returncode >= 0, f"swiftlite crashed (signal {-result.returncode}): {result.stderr[-2000:]}"
    assert result.returncode == 0, f"swiftlite run failed: {result.stderr.strip()[-500:]}"
    theirs = official_outputs(model, inputs, case.get("resolver"))
    ours_all = [np.load(tmp_path / f"output_{k}.npy") for k in range(len(theirs))]
    rows = case.get("defined_rows")
    if rows:  # detectors: only the first n rows are defined (n = the count output)
        for outputs in (ours_all, theirs):
            n = int(np.asarray(outputs[rows["count_output"]]).ravel()[0])
            for k in rows["outputs"]:
                outputs[k] = outputs[k].copy()
                outputs[k][:, n:] = 0
    for k, expected in enumerate(theirs):
        ours = ours_all[k]
        assert_close(ours, expected, case.get("rtol", 1e-5), case.get("atol", 1e-6), f"{name} output {k}")


def test_inputs_by_name_and_batch_resize(swiftlite_bin, tmp_path):
    model = REPO / "Models" / "digits_cnn.tflite"
    samples = [np.load(REPO / "Models" / "samples" / f"digit_{k}.npy") for k in range(3)]
    batch = np.concatenate(samples)
    path = tmp_path / "batch.npy"
    np.save(path, batch)
    name = oracle.make_interpreter(model, allocate=False).get_input_details()[0]["name"]
    result = run_cli(swiftlite_bin, "run", model, "--input", f"{name}={path}", "--output-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    ours = np.load(tmp_path / "output_0.npy")
    theirs = official_outputs(model, [batch])[0]
    assert ours.shape == (3, 10)
    assert_close(ours, theirs, 1e-5, 1e-6, "batched digits")


@pytest.mark.parametrize("problem", ["fortran", "big_endian", "wrong_dtype", "wrong_shape", "truncated", "garbage"])
def test_bad_inputs_are_refused(swiftlite_bin, tmp_path, problem):
    model = REPO / "Models" / "digits_cnn.tflite"
    image = np.load(REPO / "Models" / "samples" / "digit_0.npy")
    path = tmp_path / "bad.npy"
    if problem == "fortran":
        np.save(path, np.asfortranarray(np.ones((2, 8, 8, 3), np.float32)))
    elif problem == "big_endian":
        np.save(path, image.astype(">f4"))
    elif problem == "wrong_dtype":
        np.save(path, image.astype(np.float64))
    elif problem == "wrong_shape":
        np.save(path, np.ones((1, 9, 8, 1), np.float32))
    elif problem == "truncated":
        np.save(path, image)
        path.write_bytes(path.read_bytes()[:-7])
    else:
        path.write_bytes(b"not an npy file at all")
    result = run_cli(swiftlite_bin, "run", model, "--input", f"0={path}")
    assert result.returncode > 0, f"accepted a {problem} input"
    assert "error" in result.stderr.lower(), result.stderr


@pytest.mark.parametrize("name", ["accumulator", "ring_buffer"])
def test_steps_keep_state(swiftlite_bin, tmp_path, name):
    directory = REPO / "Tests" / "Fixtures" / "stateful"
    result = run_cli(swiftlite_bin, "run", directory / f"{name}.tflite", "--steps", 6,
                     "--input", f"0={directory / f'{name}.steps_input_0.npy'}", "--output-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    assert_close(np.load(tmp_path / "output_0.npy"), np.load(directory / f"{name}.steps_output_0.npy"),
                 1e-6, 1e-6, f"{name} steps")
