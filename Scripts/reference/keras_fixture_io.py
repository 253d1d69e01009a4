"""Writing of Keras conversion fixtures, shared by the Keras 3 driver (generate_keras_fixtures.py)
and the tf-keras 2 driver (generate_tfkeras_fixtures.py). Nothing here imports a Keras: each
driver passes its own models, so the same code serves both Keras versions."""

from __future__ import annotations

import shutil
import time
import zipfile
from pathlib import Path

import numpy as np

from refcommon import REPO, dump_json, quiet_convert

OUT = REPO / "Tests" / "Fixtures" / "keras"
ERROR_OUT = REPO / "Tests" / "Fixtures" / "keras-errors"


def fresh_dir(d: Path) -> Path:
    """`d`, emptied (created when missing)."""
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


def tf_stats(model) -> dict:
    """TF 2.21's converter on the same model: op count, histogram, bytes, seconds."""
    import tensorflow as tf
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


def tf_stats_or_error(model) -> dict:
    """`tf_stats(model)`, or the first line of the error when TF's converter fails on the model."""
    try:
        return tf_stats(model)
    except Exception as error:  # TF's converter fails on some models: record why
        return {"error": str(error).splitlines()[0][:200]}


def repack_deflated(path: Path) -> None:
    """Rewrites a .keras zip with every member deflated (Keras writes them stored; it reads both)."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, data in members:
            target.writestr(name, data)


def write_predictions(d: Path, model, inputs: list, dtype=None) -> None:
    """input_K.npy for each input and expected_K.npy for each output of `model.predict(inputs)`
    (converted to `dtype` when given)."""
    outputs = model.predict(inputs if len(inputs) > 1 else inputs[0], verbose=0)
    if not isinstance(outputs, (list, tuple)):
        outputs = [outputs]
    for k, x in enumerate(inputs):
        np.save(d / f"input_{k}.npy", np.asarray(x))
    for k, y in enumerate(outputs):
        np.save(d / f"expected_{k}.npy", np.asarray(y, dtype=dtype))


def write_error_case(d: Path, model, error: dict, files: tuple) -> None:
    """A model SwiftLite must refuse, saved under each of `files` (model.keras, model.h5) in that
    order, with what the error has to mention (error.json)."""
    fresh_dir(d)
    for file in files:
        model.save(d / file)
    dump_json(d / "error.json", error)


def selected(name: str, only: list) -> bool:
    """Whether `--only` (substrings, all cases when empty) picks the case `name`."""
    return not only or any(s in name for s in only)


def randomize_batch_norms(keras, model, seed: int = 1):
    """Non-trivial moving statistics, scales and offsets for every BatchNormalization of `model`
    (`keras` is the Keras module that built it: Keras 3 or tf-keras), so folding them is tested."""
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            weights = []
            for w in layer.weights:
                n = w.shape
                # Keras 3 names a variable `moving_variance`, tf-keras `<layer>/moving_variance:0`.
                if "variance" in w.name:
                    weights.append(rng.uniform(0.5, 1.5, n).astype(np.float32))
                elif "gamma" in w.name:
                    weights.append(rng.uniform(0.7, 1.3, n).astype(np.float32))
                else:
                    weights.append(rng.uniform(-0.2, 0.2, n).astype(np.float32))
            layer.set_weights(weights)
    return model
