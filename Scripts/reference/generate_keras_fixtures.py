#!/usr/bin/env python3
"""Keras conversion fixtures: small Keras models saved as .keras and legacy .h5,
with Keras's own predictions on fixed inputs (needs the full reference venv:
Scripts/reference/make_venv.sh).

    .venv-reference/bin/python Scripts/reference/generate_keras_fixtures.py [--only SUBSTRING ...]

Cases come from the modules keras_cases_*.py beside this script; each defines
`CASES`, a dict name -> function returning a KerasCase. For a case NAME the
files go to Tests/Fixtures/keras/NAME/:
  model.keras, model.h5 (unless the case says legacy_h5=False),
  input_K.npy (K = model input order), expected_K.npy (model.predict output K),
  case.json: {"inputs": [...names], "outputs": [...names], "formats": [...],
              "atol": ..., "rtol": ..., "tf": {...TF 2.21 converter stats} }
The TF stats (op count, file size, conversion seconds) are recorded when TF's
converter manages the model, for the comparison table in the notes.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import shutil
import sys
import time
from pathlib import Path

from refcommon import REPO, dump_json, quiet_convert

import numpy as np  # noqa: E402
import keras  # noqa: E402
import tensorflow as tf  # noqa: E402

OUT = REPO / "Tests" / "Fixtures" / "keras"
ERROR_OUT = REPO / "Tests" / "Fixtures" / "keras-errors"


@dataclasses.dataclass
class KerasCase:
    """A model and the inputs to predict on (one array per model input, batch first)."""
    model: keras.Model
    inputs: list
    legacy_h5: bool = True       # also save the legacy .h5 format
    atol: float = 1e-4
    rtol: float = 1e-3
    tf_convert: bool = True      # record TF 2.21's converter stats
    deflate: bool = False        # re-pack model.keras with deflate (Keras reads both; saves space)


def seeded(seed: int = 0) -> None:
    """Fixed seeds so the fixtures are reproducible."""
    keras.utils.set_random_seed(seed)
    np.random.seed(seed)


def tf_stats(model) -> dict:
    """TF 2.21's converter on the same model: op count, histogram, bytes, seconds."""
    from ai_edge_litert.interpreter import Interpreter
    start = time.perf_counter()
    data = quiet_convert(tf.lite.TFLiteConverter.from_keras_model(model))
    seconds = time.perf_counter() - start
    interp = Interpreter(model_content=data)
    ops = [d["op_name"] for d in interp._get_ops_details()]
    hist: dict = {}
    for op in ops:
        hist[op] = hist.get(op, 0) + 1
    return {"operators": len(ops), "bytes": len(data), "seconds": round(seconds, 3),
            "histogram": dict(sorted(hist.items()))}


def repack_deflated(path: Path) -> None:
    """Rewrites a .keras zip with every member deflated (Keras itself writes them stored)."""
    import zipfile
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, data in members:
            target.writestr(name, data)


def write_case(name: str, case: KerasCase) -> None:
    d = OUT / name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    model = case.model
    model.save(d / "model.keras")
    if case.deflate:
        repack_deflated(d / "model.keras")
    formats = ["keras"]
    if case.legacy_h5:
        model.save(d / "model.h5")
        formats.append("h5")
    outputs = model.predict(case.inputs if len(case.inputs) > 1 else case.inputs[0], verbose=0)
    if not isinstance(outputs, (list, tuple)):
        outputs = [outputs]
    for k, x in enumerate(case.inputs):
        np.save(d / f"input_{k}.npy", np.asarray(x))
    for k, y in enumerate(outputs):
        np.save(d / f"expected_{k}.npy", np.asarray(y))
    meta = {
        "inputs": [t.name for t in model.inputs] if hasattr(model, "inputs") else [],
        "outputs": list(model.output_names) if hasattr(model, "output_names") else [],
        "formats": formats, "atol": case.atol, "rtol": case.rtol,
    }
    if case.tf_convert:
        try:
            meta["tf"] = tf_stats(model)
        except Exception as error:  # TF's converter fails on some models: record why
            meta["tf"] = {"error": str(error).splitlines()[0][:200]}
    dump_json(d / "case.json", meta)


def write_error_case(name: str, model, error: dict) -> None:
    """A model SwiftLite must refuse, with the layer name and class the error has to mention."""
    d = ERROR_OUT / name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    model.save(d / "model.keras")
    model.save(d / "model.h5")
    dump_json(d / "error.json", error)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="substrings of case names to (re)generate")
    args = parser.parse_args()
    here = Path(__file__).resolve().parent
    cases: dict = {}
    error_cases: dict = {}
    for path in sorted(here.glob("keras_cases_*.py")):
        module = importlib.import_module(path.stem)
        for name, make in module.CASES.items():
            assert name not in cases, f"duplicate case {name}"
            cases[name] = make
        error_cases.update(getattr(module, "ERROR_CASES", {}))
    for name, make in error_cases.items():
        if args.only and not any(s in name for s in args.only):
            continue
        seeded(0)
        write_error_case(name, *make())
    for name, make in cases.items():
        if args.only and not any(s in name for s in args.only):
            continue
        seeded(0)
        write_case(name, make())
        print(name, file=sys.stderr)


if __name__ == "__main__":
    main()
