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
import sys

import keras_fixture_io as fixture_io
from keras_fixture_io import ERROR_OUT, OUT
from refcommon import dump_json

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import tf_keras as keras  # noqa: E402

from keras_cases_legacy import TFKERAS_CASES, TFKERAS_ERROR_CASES  # noqa: E402


def seeded(seed: int = 0) -> None:
    """Fixed seeds so the fixtures are reproducible."""
    keras.backend.clear_session()
    keras.utils.set_random_seed(seed)
    np.random.seed(seed)


def write_case(name: str, case) -> None:
    d = fixture_io.fresh_dir(OUT / f"legacy_{name}")
    model = case.model
    model.save(d / "model.h5")
    formats = ["h5"]
    if case.keras_format:
        model.save(d / "model.keras")
        fixture_io.repack_deflated(d / "model.keras")
        formats.append("keras")
    fixture_io.write_predictions(d, model, case.inputs, dtype=np.float32)
    meta = {
        "inputs": [layer.name for layer in model._input_layers],
        "input_shapes": [list(t.shape) for t in model.inputs],
        "outputs": list(model.output_names),
        "formats": formats, "atol": case.atol, "rtol": case.rtol,
        "keras": f"tf-keras {keras.__version__}",
    }
    meta["tf"] = fixture_io.tf_stats_or_error(model)
    dump_json(d / "case.json", meta)


def write_error_case(name: str, model, error: dict) -> None:
    """A model SwiftLite must refuse, with what the error has to mention (error.json)."""
    fixture_io.write_error_case(ERROR_OUT / f"legacy_{name}", model, error, ("model.h5", "model.keras"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="substrings of case names to (re)generate")
    args = parser.parse_args()
    assert keras.__version__.startswith("2."), f"needs tf-keras 2.x (PYTHONPATH=.venv-tfkeras), got {keras.__version__}"
    for name, make in TFKERAS_ERROR_CASES.items():
        if not fixture_io.selected(name, args.only):
            continue
        seeded(0)
        write_error_case(name, *make(keras, tf))
    for name, make in TFKERAS_CASES.items():
        if not fixture_io.selected(name, args.only):
            continue
        seeded(0)
        write_case(name, make(keras, tf))
        print(f"legacy_{name}", file=sys.stderr)


if __name__ == "__main__":
    main()
