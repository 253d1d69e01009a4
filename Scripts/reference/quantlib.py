"""Helpers for generate_quantized_fixtures.py.

RuntimeWorker runs models in the official runtime (ai-edge-litert) in a
child process: a quantized model with out-of-range parameters can make a
kernel's Prepare/Eval hit a fatal check (abort) instead of raising, and that
must not take the generator down. The child imports only ai_edge_litert and
numpy (no TensorFlow), so it starts in well under a second and is restarted
after a crash.

Protocol (pickle over the child's stdin/stdout): request
(op, model_bytes, inputs, resolver_name) with op "details" or "run"; reply
("ok", value) or ("err", message).
"""

from __future__ import annotations

import os

import numpy as _np
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


class RuntimeCrash(RuntimeError):
    """The child process died (abort / fatal check in a kernel)."""


class RuntimeRefused(RuntimeError):
    """The runtime raised (Prepare/Invoke failure, missing op, ...)."""


def _details_json(ds) -> list[dict]:
    import numpy as np
    out = []
    for d in ds:
        qp = d["quantization_parameters"]
        out.append({
            "name": d["name"], "index": int(d["index"]),
            "dtype": np.dtype(d["dtype"]).name,
            "shape": [int(x) for x in d["shape"]],
            "shape_signature": [int(x) for x in d["shape_signature"]],
            "scales": [float(x) for x in np.asarray(qp["scales"]).ravel()],
            "zero_points": [int(x) for x in np.asarray(qp["zero_points"]).ravel()],
            "quantized_dimension": int(qp["quantized_dimension"]),
        })
    return out


def _serve() -> None:
    # keep the protocol channel private: C++ code may print on fd 1
    chan_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    chan_in = sys.stdin.buffer
    sys.path.insert(0, str(REPO / "Tests" / "Interop"))
    import numpy as np  # noqa: F401
    import tflite_oracle as oracle
    from ai_edge_litert.interpreter import OpResolverType
    while True:
        try:
            req = pickle.load(chan_in)
        except EOFError:
            return
        op, model, inputs, resolver = req
        try:
            r = getattr(OpResolverType, resolver)
            interp = oracle.make_interpreter(model_content=model, resolver=r, allocate=False)
            if op == "details":
                interp.allocate_tensors()
                val = {"inputs": _details_json(interp.get_input_details()),
                       "outputs": _details_json(interp.get_output_details())}
            else:
                interp.allocate_tensors()
                val = oracle.run(interp, inputs)
            reply = ("ok", val)
        except Exception as e:  # noqa: BLE001
            reply = ("err", " ".join(str(e).split()))
        pickle.dump(reply, chan_out, protocol=pickle.HIGHEST_PROTOCOL)
        chan_out.flush()


class RuntimeWorker:
    def __init__(self):
        self.p = None
        self.err = None

    def _start(self):
        self.err = tempfile.TemporaryFile()
        env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")
        self.p = subprocess.Popen([sys.executable, __file__, "--serve"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=self.err, env=env)

    def _call(self, op, model, inputs, resolver):
        if self.p is None or self.p.poll() is not None:
            self._start()
        try:
            pickle.dump((op, bytes(model), inputs, resolver), self.p.stdin,
                        protocol=pickle.HIGHEST_PROTOCOL)
            self.p.stdin.flush()
            status, val = pickle.load(self.p.stdout)
        except (EOFError, BrokenPipeError, pickle.UnpicklingError):
            rc = self.p.wait()
            self.err.seek(0)
            tail = self.err.read().decode(errors="replace").strip().splitlines()
            tail = [ln for ln in tail if "XNNPACK" not in ln][-3:]
            self.p = None
            raise RuntimeCrash(f"runtime process died (exit status {rc}): " + " | ".join(tail))
        if status == "err":
            raise RuntimeRefused(val)
        return val

    def details(self, model: bytes, resolver: str = "BUILTIN_REF") -> dict:
        return self._call("details", model, None, resolver)

    def run(self, model: bytes, inputs, resolver: str = "BUILTIN_REF"):
        return self._call("run", model, list(inputs), resolver)

    def close(self):
        if self.p is not None and self.p.poll() is None:
            self.p.stdin.close()
            self.p.wait()
        self.p = None


# --------------------------------------------------------------------------
# quantization helpers (numpy)
# --------------------------------------------------------------------------

QRANGE = {"int8": (-128, 127), "uint8": (0, 255), "int16": (-32768, 32767)}


def quantize_input(x: _np.ndarray, d: dict) -> _np.ndarray:
    dt = d["dtype"]
    if dt not in QRANGE:
        return x.astype(dt)
    s, zp = d["scales"][0], d["zero_points"][0]
    lo, hi = QRANGE[dt]
    return _np.clip(_np.round(x.astype(_np.float64) / s) + zp, lo, hi).astype(dt)


def dequantize(a: _np.ndarray, d: dict) -> _np.ndarray:
    if d["dtype"] not in QRANGE:
        return a.astype(_np.float64)
    return (a.astype(_np.float64) - d["zero_points"][0]) * d["scales"][0]


def max_int_diff(a: _np.ndarray, b: _np.ndarray) -> int:
    if a.size == 0:
        return 0
    return int(_np.max(_np.abs(a.astype(_np.int64) - b.astype(_np.int64))))


def nice_ceil(x: float) -> float:
    k = _np.floor(_np.log10(x))
    for mm in (1, 2, 5, 10):
        if mm * 10 ** k >= x * (1 - 1e-9):
            return float(f"{mm * 10 ** k:.0e}")
    return float(f"{10 ** (k + 1):.0e}")


def qdesc(d: dict) -> dict:
    return {"dtype": d["dtype"], "scale": d["scales"][0] if d["scales"] else None,
            "zero_point": d["zero_points"][0] if d["zero_points"] else None}



# --------------------------------------------------------------------------
# integer arithmetic of the TFLite kernels (numpy), for the analysis notes
# --------------------------------------------------------------------------

def quantize_multiplier(m: float) -> tuple[int, int]:
    """tflite::QuantizeMultiplier: m = q * 2^(shift-31), q in [2^30, 2^31)."""
    import math
    if m == 0.0:
        return 0, 0
    q, shift = math.frexp(m)
    qf = round(q * (1 << 31))  # TfRound: half away from zero (q > 0)
    if qf == (1 << 31):
        qf //= 2
        shift += 1
    if shift < -31:
        return 0, 0
    return int(qf), int(shift)


def srdhm(a, b):
    """SaturatingRoundingDoublingHighMul (gemmlowp), int64 numpy arrays."""
    import numpy as np
    a = np.asarray(a, np.int64)
    ab = a * np.int64(b)
    nudge = np.where(ab >= 0, 1 << 30, 1 - (1 << 30))
    x = ab + nudge
    # C++ integer division truncates toward zero
    res = np.where(x >= 0, x // (1 << 31), -((-x) // (1 << 31)))
    overflow = (a == -(1 << 31)) & (np.int64(b) == -(1 << 31))
    return np.where(overflow, (1 << 31) - 1, res)


def rounding_divide_by_pot(x, exponent: int):
    """gemmlowp RoundingDivideByPOT: round half away from zero."""
    import numpy as np
    x = np.asarray(x, np.int64)
    if exponent == 0:
        return x
    mask = (1 << exponent) - 1
    remainder = x & mask
    threshold = (mask >> 1) + (x < 0)
    return (x >> exponent) + (remainder > threshold)


def mbqm_double_rounding(x, q: int, shift: int):
    """MultiplyByQuantizedMultiplier, default (double rounding) build."""
    left = shift if shift > 0 else 0
    right = -shift if shift < 0 else 0
    import numpy as np
    return rounding_divide_by_pot(srdhm(np.asarray(x, np.int64) * (1 << left), q), right)


def mbqm_single_rounding(x, q: int, shift: int):
    """MultiplyByQuantizedMultiplier with TFLITE_SINGLE_ROUNDING: one
    round-half-up of (x * q) >> (31 - shift)."""
    import numpy as np
    total = 31 - shift
    x = np.asarray(x, np.int64) * np.int64(q)
    return (x + (np.int64(1) << (total - 1))) >> total


if __name__ == "__main__" and "--serve" in sys.argv:
    _serve()
