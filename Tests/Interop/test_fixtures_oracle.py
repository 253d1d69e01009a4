"""Self-checks of the committed fixtures against the official runtime.

Needs no `swiftlite` binary: only ai-edge-litert + numpy + pytest. Guards
against stale fixtures (a regenerated .tflite without regenerated
expectations, or an ai-edge-litert upgrade that changes what it reports), and
re-verifies the properties each fixture is there to exercise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tflite_oracle as oracle  # noqa: E402

REPO = oracle.repo_root()
FIXTURES = REPO / "Tests" / "Fixtures" / "format"
MODELS = REPO / "Models"
FORMAT_FIXTURES = sorted(FIXTURES.glob("*.tflite"))
EXPECTED_NAMES = {"float32_cnn", "int8_per_channel", "dynamic_range", "float16",
                  "sparse_densify", "signatures", "metadata", "lstm_while", "multi_io"}


def test_all_fixtures_present():
    assert {p.stem for p in FORMAT_FIXTURES} >= EXPECTED_NAMES
    for p in FORMAT_FIXTURES:
        assert p.stat().st_size < 200 * 1024, p
        assert p.with_name(p.stem + ".expected.json").exists(), p


def _close(recorded: np.ndarray, live: np.ndarray) -> bool:
    if recorded.dtype != live.dtype or recorded.shape != live.shape:
        return False
    if recorded.dtype.kind == "f":
        # Reference kernels are bit-stable on one machine; allow for another CPU.
        return bool(np.allclose(recorded, live, rtol=1e-5, atol=1e-6))
    return bool(np.array_equal(recorded, live))


@pytest.mark.parametrize("model", FORMAT_FIXTURES, ids=lambda p: p.stem)
def test_recorded_expectations_match_live_runtime(model: Path):
    recorded = json.loads(model.with_name(model.stem + ".expected.json").read_text())
    live = oracle.expected_report(model)
    assert live == recorded


@pytest.mark.parametrize("model", FORMAT_FIXTURES, ids=lambda p: p.stem)
def test_recorded_outputs_match_live_runtime(model: Path):
    ins = sorted(FIXTURES.glob(f"{model.stem}.input_*.npy"))
    outs = sorted(FIXTURES.glob(f"{model.stem}.output_*.npy"))
    interp = oracle.make_interpreter(model)
    assert len(ins) == len(interp.get_input_details())
    assert len(outs) == len(interp.get_output_details())
    got = oracle.run(interp, [np.load(p, allow_pickle=False) for p in ins])
    for p, y in zip(outs, got):
        assert _close(np.load(p, allow_pickle=False), y), p.name


def _fb(name):
    return oracle.flatbuffer_info((FIXTURES / f"{name}.tflite").read_bytes())


def test_properties_the_fixtures_exist_for():
    # per-channel int8 conv weights
    sg = _fb("int8_per_channel")["subgraphs"][0]
    for op in sg["operators"]:
        if op["opcode"] in ("CONV_2D", "DEPTHWISE_CONV_2D"):
            assert sg["tensors"][op["inputs"][1]]["num_scales"] > 1
    # sparse tensor consumed by DENSIFY
    sg = _fb("sparse_densify")["subgraphs"][0]
    dens = [op for op in sg["operators"] if op["opcode"] == "DENSIFY"]
    assert dens and all(sg["tensors"][op["inputs"][0]]["sparse"] for op in dens)
    # WHILE with cond/body subgraphs
    fb = _fb("lstm_while")
    assert fb["subgraph_count"] == 3
    assert "WHILE" in [op["opcode"] for op in fb["subgraphs"][0]["operators"]]
    # float16 constants behind DEQUANTIZE
    sg = _fb("float16")["subgraphs"][0]
    assert any(op["opcode"] == "DEQUANTIZE" and sg["tensors"][op["inputs"][0]]["type"] == "FLOAT16"
               for op in sg["operators"])
    # two signatures on two subgraphs
    assert [(s["key"], s["subgraph_index"]) for s in _fb("signatures")["signatures"]] == [
        ("add", 0), ("mul", 1)]
    assert "swiftlite_fixture" in _fb("metadata")["metadata"]


def test_demo_models_predict_recorded_classes():
    preds = json.loads((MODELS / "samples" / "predictions.json").read_text())
    labels = json.loads((MODELS / "samples" / "labels.json").read_text())
    assert set(preds) == set(labels) and len(labels) >= 5
    for model_name in ("digits_cnn.tflite", "digits_cnn_int8.tflite"):
        interp = oracle.make_interpreter(MODELS / model_name)
        for sample, label in labels.items():
            x = np.load(MODELS / "samples" / sample, allow_pickle=False)
            assert x.dtype == np.float32 and x.shape == (1, 8, 8, 1)
            probs = oracle.run(interp, [x])[0][0]
            assert int(np.argmax(probs)) == preds[sample][model_name]["class"] == label
