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
import sys
from pathlib import Path

import keras_fixture_io as fixture_io
from keras_fixture_io import ERROR_OUT, OUT
from refcommon import dump_json

import numpy as np  # noqa: E402
import keras  # noqa: E402


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


def write_case(name: str, case: KerasCase) -> None:
    d = fixture_io.fresh_dir(OUT / name)
    model = case.model
    model.save(d / "model.keras")
    if case.deflate:
        fixture_io.repack_deflated(d / "model.keras")
    formats = ["keras"]
    if case.legacy_h5:
        model.save(d / "model.h5")
        formats.append("h5")
    fixture_io.write_predictions(d, model, case.inputs)
    meta = {
        "inputs": [t.name for t in model.inputs] if hasattr(model, "inputs") else [],
        "outputs": list(model.output_names) if hasattr(model, "output_names") else [],
        "formats": formats, "atol": case.atol, "rtol": case.rtol,
    }
    if case.tf_convert:
        meta["tf"] = fixture_io.tf_stats_or_error(model)
    dump_json(d / "case.json", meta)


def write_error_case(name: str, model, error: dict) -> None:
    """A model SwiftLite must refuse, with the layer name and class the error has to mention."""
    fixture_io.write_error_case(ERROR_OUT / name, model, error, ("model.keras", "model.h5"))


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
        if not fixture_io.selected(name, args.only):
            continue
        seeded(0)
        write_error_case(name, *make())
    for name, make in cases.items():
        if not fixture_io.selected(name, args.only):
            continue
        seeded(0)
        write_case(name, make())
        print(name, file=sys.stderr)


if __name__ == "__main__":
    main()
