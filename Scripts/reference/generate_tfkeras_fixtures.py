#!/usr/bin/env python3
"""Keras 2 conversion fixtures: the tf-keras 2.21 models of keras_cases_legacy.py, saved as legacy
.h5 (and as tf-keras's .keras where it can save them), with tf-keras's own predictions. Same layout
as generate_keras_fixtures.py (Keras 3), in Tests/Fixtures/keras/legacy_<case>/:
  model.h5, model.keras (unless the case says keras_format=False),
  input_K.npy, expected_K.npy,
  case.json: {"inputs": [...InputLayer names], "input_shapes": [...batch shapes], "outputs": [...],
              "formats": [...], "atol": ..., "rtol": ..., "keras": "tf-keras 2.x", "tf": {...TF stats}}
and models SwiftLite must refuse in Tests/Fixtures/keras-errors/legacy_<case>/ (model.h5, model.keras,
error.json: the layer, class and message fragment the error names).

    PYTHONPATH=.venv-tfkeras .venv-reference/bin/python Scripts/reference/generate_tfkeras_fixtures.py [--only SUBSTRING ...]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import zipfile
from pathlib import Path

from refcommon import REPO, dump_json, quiet_convert

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import tf_keras as keras  # noqa: E402

from keras_cases_legacy import TFKERAS_CASES, TFKERAS_ERROR_CASES  # noqa: E402

OUT = REPO / "Tests" / "Fixtures" / "keras"
ERROR_OUT = REPO / "Tests" / "Fixtures" / "keras-errors"


def seeded(seed: int = 0) -> None:
    """Fixed seeds so the fixtures are reproducible."""
    keras.backend.clear_session()
    keras.utils.set_random_seed(seed)
    np.random.seed(seed)


def tf_stats(model) -> dict:
    """TF 2.21's converter on the same model: op count, histogram, bytes, seconds."""
    from ai_edge_litert.interpreter import Interpreter
    start = time.perf_counter()
    data = quiet_convert(tf.lite.TFLiteConverter.from_keras_model(model))
    seconds = time.perf_counter() - start
    ops = [d["op_name"] for d in Interpreter(model_content=data)._get_ops_details()]
    hist: dict = {}
    for op in ops:
        hist[op] = hist.get(op, 0) + 1
    return {"operators": len(ops), "bytes": len(data), "seconds": round(seconds, 3),
            "histogram": dict(sorted(hist.items()))}


def repack_deflated(path: Path) -> None:
    """Rewrites a .keras zip with every member deflated (tf-keras writes them stored)."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, data in members:
            target.writestr(name, data)


def write_case(name: str, case) -> None:
    d = OUT / f"legacy_{name}"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    model = case.model
    model.save(d / "model.h5")
    formats = ["h5"]
    if case.keras_format:
        model.save(d / "model.keras")
        repack_deflated(d / "model.keras")
        formats.append("keras")
    outputs = model.predict(case.inputs if len(case.inputs) > 1 else case.inputs[0], verbose=0)
    if not isinstance(outputs, (list, tuple)):
        outputs = [outputs]
    for k, x in enumerate(case.inputs):
        np.save(d / f"input_{k}.npy", np.asarray(x))
    for k, y in enumerate(outputs):
        np.save(d / f"expected_{k}.npy", np.asarray(y, dtype=np.float32))
    meta = {
        "inputs": [layer.name for layer in model._input_layers],
        "input_shapes": [list(t.shape) for t in model.inputs],
        "outputs": list(model.output_names),
        "formats": formats, "atol": case.atol, "rtol": case.rtol,
        "keras": f"tf-keras {keras.__version__}",
    }
    try:
        meta["tf"] = tf_stats(model)
    except Exception as error:  # TF's converter fails on some models: record why
        meta["tf"] = {"error": str(error).splitlines()[0][:200]}
    dump_json(d / "case.json", meta)


def write_error_case(name: str, model, error: dict) -> None:
    """A model SwiftLite must refuse, with what the error has to mention (error.json)."""
    d = ERROR_OUT / f"legacy_{name}"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    model.save(d / "model.h5")
    model.save(d / "model.keras")
    dump_json(d / "error.json", error)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="substrings of case names to (re)generate")
    args = parser.parse_args()
    assert keras.__version__.startswith("2."), f"needs tf-keras 2.x (PYTHONPATH=.venv-tfkeras), got {keras.__version__}"
    for name, make in TFKERAS_ERROR_CASES.items():
        if args.only and not any(s in name for s in args.only):
            continue
        seeded(0)
        write_error_case(name, *make(keras, tf))
    for name, make in TFKERAS_CASES.items():
        if args.only and not any(s in name for s in args.only):
            continue
        seeded(0)
        write_case(name, make(keras, tf))
        print(f"legacy_{name}", file=sys.stderr)


if __name__ == "__main__":
    main()
