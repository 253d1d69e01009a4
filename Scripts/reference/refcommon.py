"""Common bits for the reference generators (need the full reference venv:
Scripts/reference/make_venv.sh)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")  # bit-stable CPU math
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "Tests" / "Interop"))

import tflite_oracle as oracle  # noqa: E402  (light helpers, shared with the tests)


def quiet_convert(converter) -> bytes:
    """converter.convert() without the SavedModel chatter TF prints on stdout."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        return converter.convert()


def dump_json(path, obj) -> None:
    """JSON with lists of scalars kept on one line (diff-friendly, compact)."""
    def enc(o, ind):
        pad = " " * ind
        if isinstance(o, dict):
            if not o:
                return "{}"
            items = [f'{pad} {json.dumps(k)}: {enc(v, ind + 1)}' for k, v in o.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(o, list):
            if all(not isinstance(x, (dict, list)) for x in o):
                return json.dumps(o)
            items = [f"{pad} {enc(v, ind + 1)}" for v in o]
            return "[\n" + ",\n".join(items) + "\n" + pad + "]"
        return json.dumps(o)
    Path(path).write_text(enc(obj, 0) + "\n")


def seed_everything(seed: int) -> None:
    import keras
    import numpy as np
    import tensorflow as tf
    keras.utils.set_random_seed(seed)
    np.random.seed(seed)
    tf.random.set_seed(seed)
    try:
        tf.config.experimental.enable_op_determinism()
    except Exception:
        pass
