#!/usr/bin/env python3
"""Generates the per-operator golden fixtures in Tests/Fixtures/ops/.

Run with the reference venv (Scripts/reference/make_venv.sh):

    .venv-reference/bin/python Scripts/reference/generate_op_fixtures.py [--out DIR] [--only SUBSTR,...]

Every case is a tiny model (usually one operator) converted by TensorFlow
2.21's tf.lite.TFLiteConverter from a tf.function (or a Keras layer). For each
case NAME it writes

    NAME.tflite        the model
    NAME.input_K.npy   seeded inputs, K in get_input_details() order
    NAME.output_K.npy  outputs of the official runtime (ai-edge-litert 2.3.0,
                       OpResolverType.BUILTIN_REF = reference kernels), K in
                       get_output_details() order

and one manifest.json listing every case (operator codes read from the
flatbuffer, tolerances and what the case exercises) plus a `skipped` list for
what the converter or runtime refuses. The generator checks that each case's
target operator really is in the converted file (the converter rewrites some:
SQUEEZE/EXPAND_DIMS with static shapes become RESHAPE, ...), and
cross-checks the reference-kernel outputs against TensorFlow's own kernels
(recorded as tf_max_abs_diff / tf_max_rel_diff).

Inputs whose file shape has a dynamic (-1) dimension are fed with a
different concrete shape (`resize_inputs: true` in the manifest): a consumer
must resize those inputs to the .npy shapes before allocating, as
Tests/Interop/tflite_oracle.run() does.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from refcommon import REPO, dump_json, oracle

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

import fixturelib as fl  # noqa: E402

OUT_DEFAULT = REPO / "Tests" / "Fixtures" / "ops"
F32 = np.float32
NO_DELEGATE = oracle.REF.__class__.BUILTIN_WITHOUT_DEFAULT_DELEGATES
I32 = np.int32

# Tolerances (rtol, atol) used with numpy.allclose(got, want, rtol, atol);
# integer and bool outputs are always compared exactly.
TOL_DEFAULT = (1e-5, 1e-6)
TOL_DOT = (1e-5, 1e-5)      # dot products: summation order differs between kernels
TOL_TRANS = (2e-5, 2e-6)    # transcendental functions: libm / polynomial differences
TOL_LONG = (1e-5, 1e-5)     # long reductions: summation order
NOTE_DOT = ("atol 1e-5: outputs are sums of {k} products; a different summation "
            "order (SIMD, blocking) changes the float32 result by a few ulps of the "
            "partial sums, which is absolute, not relative, near cancellation")
NOTE_TRANS = ("rtol 2e-5 / atol 2e-6 (2x default): transcendental function; libm and "
              "polynomial implementations (Eigen, Accelerate, glibc) differ by a few ulps, "
              "and the error is absolute where the result comes from a cancellation "
              "(1+tanh, x-log(sum)); TF's own kernels stay within 2.5e-7 abs / 1e-6 rel of these")


# --------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------

@dataclass
class Inp:
    shape: tuple
    dtype: type = F32
    lo: float = -1.0
    hi: float = 1.0
    spec: tuple | None = None        # file shape (None entries = dynamic); default: shape
    value: np.ndarray | None = None  # explicit value
    step: float | None = None        # round floats to multiples of step (ties/equality)

    def make(self, rng) -> np.ndarray:
        if self.value is not None:
            return np.asarray(self.value).astype(self.dtype)
        if self.dtype == np.bool_:
            return rng.integers(0, 2, size=self.shape).astype(np.bool_)
        if np.dtype(self.dtype).kind in "iu":
            return rng.integers(int(self.lo), int(self.hi) + 1, size=self.shape).astype(self.dtype)
        a = rng.uniform(self.lo, self.hi, size=self.shape)
        if self.step:
            a = np.round(a / self.step) * self.step
        return a.astype(self.dtype)

    def tspec(self, name) -> tf.TensorSpec:
        shape = self.spec if self.spec is not None else self.shape
        return tf.TensorSpec(list(shape), tf.as_dtype(self.dtype), name=name)


def F(*shape, lo=-1.0, hi=1.0, spec=None, step=None):
    return Inp(tuple(shape), F32, lo, hi, spec, None, step)


def I(*shape, lo=0, hi=7, dtype=I32, spec=None):  # noqa: E743
    return Inp(tuple(shape), dtype, lo, hi, spec)


def B(*shape, spec=None):
    return Inp(tuple(shape), np.bool_, spec=spec)


def V(value, dtype=I32, spec=None):
    a = np.asarray(value, dtype=dtype)
    return Inp(a.shape, dtype, spec=spec, value=a)


# --------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------

@dataclass
class Case:
    name: str
    fn: object
    inputs: list
    want: list                  # operator codes that must be in the converted model
    tol: tuple = TOL_DEFAULT
    note: str = ""
    patch: object = None        # bytes -> bytes flatbuffer edit after conversion
    tf_fn: object = None        # reference for the TF cross-check (default: fn)
    tf_check: bool = True
    keras: object = None        # () -> keras.Model, converted instead of fn
    forbid: list = field(default_factory=list)  # op codes that must NOT appear


CASES: list[Case] = []


def case(name, fn, inputs, want, tol=TOL_DEFAULT, note="", **kw):
    assert not any(c.name == name for c in CASES), name
    if isinstance(want, str):
        want = [want]
    CASES.append(Case(name, fn, list(inputs), list(want), tol, note, **kw))


def rng_for(tag: str):
    return np.random.default_rng(zlib.crc32(tag.encode()))


def W(tag, *shape, scale=0.5):
    """Deterministic constant weights (folded into the model as constants)."""
    return rng_for(tag).uniform(-scale, scale, size=shape).astype(F32)


def patch_act(opcode, act):
    return lambda m: fl.patch_options(m, opcode, fusedActivationFunction=fl.ACT[act])


ACT_FNS = {
    "NONE": lambda y: y,
    "RELU": tf.nn.relu,
    "RELU6": tf.nn.relu6,
    "RELU_N1_TO_1": lambda y: tf.clip_by_value(y, -1.0, 1.0),
}


def act_note(act):
    return f"fused activation {act}"


# ---- convolutions ---------------------------------------------------------

def conv_cases():
    def conv(x, w, b, strides, padding, dil=1, act="NONE"):
        y = tf.nn.conv2d(x, w, strides, padding, dilations=dil)
        if b is not None:
            y = y + b
        return ACT_FNS[act](y)

    w = W("c1", 3, 3, 3, 4); b = W("c1b", 4)
    case("conv2d_same_s1_relu", lambda x, w=w, b=b: conv(x, w, b, 1, "SAME", act="RELU"),
         [F(1, 7, 7, 3)], "CONV_2D", TOL_DOT, "3x3 SAME stride 1, bias, RELU; " + NOTE_DOT.format(k=27))
    w = W("c2", 3, 3, 3, 5); b = W("c2b", 5)
    case("conv2d_valid_s2_relu6_batch2", lambda x, w=w, b=b: conv(x, w, b, 2, "VALID", act="RELU6"),
         [F(2, 9, 8, 3, lo=-2, hi=2)], "CONV_2D", TOL_DOT,
         "3x3 VALID stride 2 on odd 9x8, batch 2, bias, RELU6 (inputs in [-2,2] so some clip at 6 is possible); "
         + NOTE_DOT.format(k=27))
    w = W("c3", 5, 3, 2, 3)
    case("conv2d_same_k5x3_s2x3_nobias", lambda x, w=w, b=b: conv(x, w, None, [2, 3], "SAME"),
         [F(1, 8, 7, 2)], "CONV_2D", TOL_DOT,
         "5x3 kernel, strides (2,3), SAME with asymmetric padding, no bias in the graph, NONE; "
         + NOTE_DOT.format(k=30))
    w = W("c4", 3, 3, 3, 4); b = W("c4b", 4)
    case("conv2d_dilation2_relu_n1", lambda x, w=w, b=b: conv(x, w, b, 1, "SAME", dil=2, act="RELU_N1_TO_1"),
         [F(1, 7, 7, 3)], "CONV_2D", TOL_DOT,
         "3x3 dilation 2 SAME, bias, RELU_N1_TO_1; " + NOTE_DOT.format(k=27))
    w = W("c5", 3, 2, 2, 3)
    case("conv2d_dilation_2x3_valid", lambda x, w=w, b=b: conv(x, w, None, 1, "VALID", dil=[2, 3]),
         [F(1, 9, 10, 2)], "CONV_2D", TOL_DOT, "3x2 kernel, dilation (2,3) VALID; " + NOTE_DOT.format(k=12))
    w = W("c6", 3, 3, 2, 6); b = W("c6b", 6)
    case("conv2d_groups2", lambda x, w=w, b=b: conv(x, w, b, 1, "SAME"),
         [F(1, 5, 5, 4)], "CONV_2D", TOL_DOT,
         "grouped convolution: input 4 channels, filter [6,3,3,2] -> groups = 4/2 = 2 "
         "(the converter keeps it as one CONV_2D); " + NOTE_DOT.format(k=18))
    w = W("c7", 1, 1, 3, 4); b = W("c7b", 4)
    case("conv2d_1x1_tanh", lambda x, w=w, b=b: conv(x, w, b, 1, "VALID"),
         [F(1, 3, 1, 3, lo=-3, hi=3)], "CONV_2D", TOL_DOT,
         "1x1 conv on a 3x1 image; fused_activation_function patched to TANH in the file "
         "(the converter never emits it). See the manifest's observed behaviour note.",
         patch=patch_act("CONV_2D", "TANH"), tf_check=False)
    w = W("c8", 2, 2, 2, 3); b = W("c8b", 3)
    case("conv2d_dynamic_batch", lambda x, w=w, b=b: conv(x, w, b, 1, "VALID", act="RELU"),
         [F(3, 4, 4, 2, spec=(None, 4, 4, 2))], "CONV_2D", TOL_DOT,
         "batch dimension -1 in the file, fed with batch 3 (resize the input); " + NOTE_DOT.format(k=8))

    def dw(x, w, b, strides, padding, dil=1, act="NONE"):
        y = tf.nn.depthwise_conv2d(x, w, [1, strides[0], strides[1], 1], padding,
                                   dilations=[dil, dil] if isinstance(dil, int) else dil)
        if b is not None:
            y = y + b
        return ACT_FNS[act](y)

    w = W("d1", 3, 3, 3, 1); b = W("d1b", 3)
    case("depthwise_same_relu", lambda x, w=w, b=b: dw(x, w, b, (1, 1), "SAME", act="RELU"),
         [F(1, 7, 7, 3)], "DEPTHWISE_CONV_2D", TOL_DOT, "3x3 SAME, multiplier 1, bias, RELU; " + NOTE_DOT.format(k=9))
    w = W("d2", 3, 3, 3, 2); b = W("d2b", 6)
    case("depthwise_mult2_valid_s2_relu6", lambda x, w=w, b=b: dw(x, w, b, (2, 2), "VALID", act="RELU6"),
         [F(2, 9, 8, 3, lo=-3, hi=3)], "DEPTHWISE_CONV_2D", TOL_DOT,
         "depth multiplier 2, VALID stride 2 on odd 9x8, batch 2, RELU6; " + NOTE_DOT.format(k=9))
    w = W("d3", 3, 3, 2, 3); b = W("d3b", 6)
    case("depthwise_mult3_dilation2", lambda x, w=w, b=b: dw(x, w, b, (1, 1), "SAME", dil=2),
         [F(1, 7, 6, 2)], "DEPTHWISE_CONV_2D", TOL_DOT,
         "depth multiplier 3, dilation 2 SAME, bias, NONE; " + NOTE_DOT.format(k=9))
    w = W("d4", 5, 3, 4, 1); b = W("d4b", 4)

    def dw_same_strided(x, w, b, strides):
        # TF's CPU kernel only does equal strides: pad like SAME, run VALID
        # stride 1, subsample (same result) -- used for the TF cross-check only
        pads = [[0, 0]]
        for d, (n, k, s) in enumerate(zip(x.shape[1:3], w.shape[:2], strides)):
            out = -(-n // s)
            tot = max((out - 1) * s + k - n, 0)
            pads.append([tot // 2, tot - tot // 2])
        y = tf.nn.depthwise_conv2d(tf.pad(x, pads + [[0, 0]]), w, [1, 1, 1, 1], "VALID")
        return tf.clip_by_value(y[:, ::strides[0], ::strides[1], :] + b, -1., 1.)
    case("depthwise_k5x3_s1x2_relu_n1", lambda x, w=w, b=b: dw(x, w, b, (1, 2), "SAME", act="RELU_N1_TO_1"),
         [F(1, 6, 7, 4)], "DEPTHWISE_CONV_2D", TOL_DOT,
         "5x3 kernel, strides (1,2), SAME, RELU_N1_TO_1; " + NOTE_DOT.format(k=15),
         tf_fn=lambda x, w=w, b=b: dw_same_strided(x, w, b, (1, 2)))

    # FULLY_CONNECTED
    w = W("f1", 7, 5); b = W("f1b", 5)
    case("fully_connected_bias_relu", lambda x, w=w, b=b: tf.nn.relu(tf.matmul(x, w) + b),
         [F(3, 7)], "FULLY_CONNECTED", TOL_DOT, "[3,7] x [7,5] + bias, RELU, keep_num_dims false; "
         + NOTE_DOT.format(k=7))
    w = W("f2", 16, 4)
    case("fully_connected_nobias", lambda x, w=w, b=b: tf.matmul(x, w),
         [F(2, 16)], "FULLY_CONNECTED", TOL_DOT,
         "no bias: the bias input is -1 (omitted optional tensor); " + NOTE_DOT.format(k=16))
    w = W("f3", 4, 3); b = W("f3b", 3)
    case("fully_connected_3d_keep_num_dims", lambda x, w=w, b=b: tf.nn.relu6(tf.tensordot(x, w, 1) * 4.0 + b),
         [F(2, 5, 4)], ["FULLY_CONNECTED"], TOL_DOT,
         "3-D input [2,5,4], keep_num_dims true -> output [2,5,3]; the *4 scale is folded into the "
         "weights; RELU6; " + NOTE_DOT.format(k=4))
    w = W("f4", 4, 3); b = W("f4b", 3)
    case("fully_connected_3d_flatten", lambda x, w=w, b=b: tf.tensordot(x, w, 1) + b,
         [F(2, 5, 4)], ["FULLY_CONNECTED"], TOL_DOT,
         "3-D input [2,5,4] with keep_num_dims patched to false in the file: the kernel flattens "
         "the input to [10,4] and the output is [10,3] (output tensor shape patched too); "
         + NOTE_DOT.format(k=4),
         patch=lambda m: fl.patch_options(m, "FULLY_CONNECTED", keepNumDims=False,
                                          tensor_shapes={0: [10, 3]}),
         tf_fn=lambda x, w=w, b=b: tf.reshape(tf.tensordot(x, w, 1) + b, [10, 3]))
    w = W("f5", 6, 3); b = W("f5b", 3)
    case("fully_connected_relu_n1_dynamic_batch", lambda x, w=w, b=b: tf.clip_by_value(tf.matmul(x, w) + b, -1., 1.),
         [F(5, 6, lo=-2, hi=2, spec=(None, 6))], "FULLY_CONNECTED", TOL_DOT,
         "dynamic batch (-1) fed with 5 rows, RELU_N1_TO_1; " + NOTE_DOT.format(k=6))

    # TRANSPOSE_CONV
    w = W("t1", 3, 3, 2, 3); b = W("t1b", 2)
    case("transpose_conv_same_s2_bias_relu",
         lambda x, w=w, b=b: tf.nn.relu(tf.nn.conv2d_transpose(x, w, [1, 8, 8, 2], 2, "SAME") + b),
         [F(1, 4, 4, 3)], "TRANSPOSE_CONV", TOL_DOT,
         "3x3 SAME stride 2, 4x4 -> 8x8, bias as 4th input, RELU fused; " + NOTE_DOT.format(k=27))
    w = W("t2", 3, 3, 2, 3)
    case("transpose_conv_valid_s2",
         lambda x, w=w, b=b: tf.nn.conv2d_transpose(x, w, [1, 9, 9, 2], 2, "VALID"),
         [F(1, 4, 4, 3)], "TRANSPOSE_CONV", TOL_DOT, "3x3 VALID stride 2, 4x4 -> 9x9, no bias; "
         + NOTE_DOT.format(k=27))
    w = W("t3", 3, 3, 4, 2); b = W("t3b", 4)
    case("transpose_conv_same_s2_odd_output",
         lambda x, w=w, b=b: tf.nn.conv2d_transpose(x, w, [2, 7, 5, 4], 2, "SAME") + b,
         [F(2, 4, 3, 2)], "TRANSPOSE_CONV", TOL_DOT,
         "SAME stride 2 with odd output 7x5 (from 4x3), batch 2, bias; " + NOTE_DOT.format(k=18))
    w = W("t4", 2, 4, 3, 2)
    case("transpose_conv_valid_s1x2_k2x4",
         lambda x, w=w, b=b: tf.nn.conv2d_transpose(x, w, [1, 4, 10, 3], [1, 2], "VALID"),
         [F(1, 3, 4, 2)], "TRANSPOSE_CONV", TOL_DOT, "2x4 kernel, strides (1,2), VALID; "
         + NOTE_DOT.format(k=16))

    # BATCH_MATMUL
    case("batch_matmul_3d", lambda a, b: tf.matmul(a, b),
         [F(2, 3, 4), F(2, 4, 5)], "BATCH_MATMUL", TOL_DOT, "both operands runtime inputs; "
         + NOTE_DOT.format(k=4))
    case("batch_matmul_adj_x", lambda a, b: tf.matmul(a, b, adjoint_a=True),
         [F(2, 4, 3), F(2, 4, 5)], "BATCH_MATMUL", TOL_DOT, "adj_x true; " + NOTE_DOT.format(k=4))
    case("batch_matmul_adj_y_broadcast", lambda a, b: tf.matmul(a, b, adjoint_b=True),
         [F(2, 1, 3, 4), F(3, 5, 4)], "BATCH_MATMUL", TOL_DOT,
         "adj_y true, batch dims [2,1] x [3] broadcast to [2,3]; " + NOTE_DOT.format(k=4))
    case("batch_matmul_adj_xy_rank2_rank3", lambda a, b: tf.matmul(a, b, adjoint_a=True, adjoint_b=True),
         [F(6, 3), F(2, 4, 6)], "BATCH_MATMUL", TOL_DOT,
         "adj_x and adj_y, rank-2 x rank-3 (batch broadcast); " + NOTE_DOT.format(k=6))

    # pooling
    case("avg_pool_same_3x3_s2", lambda x: tf.nn.avg_pool2d(x, 3, 2, "SAME"),
         [F(1, 7, 7, 3)], "AVERAGE_POOL_2D", note="SAME 3x3 stride 2 on 7x7: edge windows average only the valid cells")
    case("avg_pool_valid_2x2_s2_relu6", lambda x: tf.nn.relu6(tf.nn.avg_pool2d(x, 2, 2, "VALID")),
         [F(2, 6, 5, 2, lo=-3, hi=9)], "AVERAGE_POOL_2D", note="VALID 2x2 stride 2 on 6x5 (odd width drops last column), RELU6 fused")
    case("avg_pool_same_2x3_s1x2_relu", lambda x: tf.nn.relu(tf.nn.avg_pool2d(x, [2, 3], [1, 2], "SAME")),
         [F(1, 5, 6, 3)], "AVERAGE_POOL_2D", note="2x3 window, strides (1,2), SAME, RELU fused")
    case("max_pool_same_3x3_s2_relu", lambda x: tf.nn.relu(tf.nn.max_pool2d(x, 3, 2, "SAME")),
         [F(1, 7, 7, 3)], "MAX_POOL_2D", note="SAME 3x3 stride 2 on 7x7, RELU fused")
    case("max_pool_valid_2x2_s2", lambda x: tf.nn.max_pool2d(x, 2, 2, "VALID"),
         [F(2, 5, 6, 2)], "MAX_POOL_2D", note="VALID 2x2 stride 2 on 5x6, batch 2")
    case("max_pool_same_3x2_s2x1_relu_n1",
         lambda x: tf.clip_by_value(tf.nn.max_pool2d(x, [3, 2], [2, 1], "SAME"), -1., 1.),
         [F(1, 6, 5, 3, lo=-2, hi=2)], "MAX_POOL_2D", note="3x2 window, strides (2,1), SAME, RELU_N1_TO_1 fused")


# ---- reductions -----------------------------------------------------------

def reduce_cases():
    ops = {"MEAN": tf.reduce_mean, "SUM": tf.reduce_sum,
           "REDUCE_MAX": tf.reduce_max, "REDUCE_MIN": tf.reduce_min}
    for code, f in ops.items():
        n = code.lower().replace("reduce_", "reduce_")
        tol = TOL_LONG if code in ("MEAN", "SUM") else TOL_DEFAULT
        why = "; atol 1e-5: float sums, summation order" if code in ("MEAN", "SUM") else ""
        case(f"{n}_hw_keep_dims", lambda x, f=f: f(x, [1, 2], keepdims=True),
             [F(2, 5, 5, 3)], code, tol, "axes [1,2] keep_dims true (the global-pool pattern)" + why)
        case(f"{n}_last_axis", lambda x, f=f: f(x, -1),
             [F(3, 7)], code, tol, "axis [-1] (negative), keep_dims false" + why)
        case(f"{n}_axes_0_neg1", lambda x, f=f: f(x, [0, -1]),
             [F(2, 3, 4)], code, tol, "axes [0,-1] keep_dims false -> [3]" + why)
        case(f"{n}_runtime_axis", lambda x, a, f=f: f(x, a, keepdims=True),
             [F(3, 4, 5), V([2, 0])], code, tol,
             "axis tensor is a runtime input (value [2,0], unsorted), keep_dims true" + why)
    case("sum_long_all_axes", lambda x: tf.reduce_sum(x, [0, 1]),
         [F(4, 150)], "SUM", (1e-5, 1e-5),
         "600-element reduction to a scalar; atol 1e-5 / rtol 1e-5: float32 summation order")
    case("mean_all_axes_scalar", lambda x: tf.reduce_mean(x, [0, 1, 2]),
         [F(4, 5, 6)], "MEAN", TOL_LONG, "all axes -> scalar output []; atol 1e-5: summation order")


# ---- elementwise ----------------------------------------------------------

def binary_cases():
    ops = {
        "ADD": (tf.add, "add"), "SUB": (tf.subtract, "sub"), "MUL": (tf.multiply, "mul"),
        "DIV": (tf.divide, "div"), "SQUARED_DIFFERENCE": (tf.math.squared_difference, "squared_difference"),
        "MAXIMUM": (tf.maximum, "maximum"), "MINIMUM": (tf.minimum, "minimum"), "POW": (tf.pow, "pow"),
    }
    fused = ("ADD", "SUB", "MUL", "DIV")
    for code, (f, n) in ops.items():
        # operand ranges: DIV denominators away from 0, POW positive bases
        def a(*s, spec=None, wide=False):
            if code == "POW":
                return F(*s, lo=0.5, hi=2.0, spec=spec)
            return F(*s, lo=-5 if wide else -2, hi=5 if wide else 2, spec=spec)

        def b(*s, spec=None, wide=False):
            if code == "POW":
                return F(*s, lo=-2.0, hi=2.0, spec=spec)
            if code == "DIV":
                return F(*s, lo=0.5, hi=2.0, spec=spec)
            return F(*s, lo=-5 if wide else -2, hi=5 if wide else 2, spec=spec)
        tol = TOL_TRANS if code == "POW" else TOL_DEFAULT
        tn = ("; " + NOTE_TRANS) if code == "POW" else ""
        act1, act2, act3 = ("RELU", "RELU6", "RELU_N1_TO_1") if code in fused else ("NONE",) * 3
        case(f"{n}_same_shape" + ("_relu" if code in fused else ""),
             lambda x, y, f=f, act=act1: ACT_FNS[act](f(x, y)),
             [a(3, 4), b(3, 4)], code, tol, "same shapes [3,4]" + (f", {act_note(act1)}" if code in fused else "") + tn)
        case(f"{n}_broadcast_rank" + ("_relu6" if code in fused else ""),
             lambda x, y, f=f, act=act2: ACT_FNS[act](f(x, y)),
             [a(2, 3, 4, wide=code in fused), b(4, wide=code in fused)], code, tol,
             "[2,3,4] op [4] (different ranks)"
             + (f", {act_note(act2)} (operands in [-5,5] so it clips at 0 and 6)" if code in fused else "") + tn)
        case(f"{n}_broadcast_size1" + ("_relu_n1" if code in fused else ""),
             lambda x, y, f=f, act=act3: ACT_FNS[act](f(x, y)),
             [a(2, 1, 4), b(1, 3, 1)], code, tol,
             "[2,1,4] op [1,3,1] (size-1 dims broadcast both ways)"
             + (f", {act_note(act3)}" if code in fused else "") + tn)
        c = (rng_for("k" + n).uniform(0.5, 2.0, size=(4,)) * np.array([1, -1, 1, -1])).astype(F32)
        if code == "POW":
            c = np.array([2.0, 3.0, 0.5, -1.0], F32)
        if code == "DIV":  # x / const becomes MUL by the reciprocal: use const / x
            case(f"{n}_const_lhs", lambda x, f=f, c=c: f(c, x),
                 [b(3, 4)], code, tol, f"constant left operand {c.tolist()} / x (x / const is "
                 "rewritten to MUL by the converter)")
            continue
        case(f"{n}_const_rhs", lambda x, f=f, c=c: f(x, c),
             [a(3, 4)], code, tol, f"constant right operand {c.tolist()}" + tn)
    case("add_5d_broadcast", lambda x, y: x + y, [F(2, 1, 3, 1, 2), F(1, 2, 1, 4, 1)], "ADD",
         note="rank-5 broadcast both ways")
    case("mul_5d_broadcast", lambda x, y: x * y, [F(2, 1, 3, 1, 2), F(2, 1, 4, 1)], "MUL",
         note="rank-5 x rank-4 broadcast")
    case("add_tanh", lambda x, y: x + y, [F(2, 5, lo=-2, hi=2), F(5, lo=-2, hi=2)], "ADD",
         note="fused_activation_function patched to TANH in the file (the converter never "
              "fuses TANH); see the observed-behaviour note in the manifest",
         patch=patch_act("ADD", "TANH"), tf_check=False)
    case("mul_tanh", lambda x, y: x * y, [F(2, 5, lo=-2, hi=2), F(5, lo=-2, hi=2)], "MUL",
         note="fused_activation_function patched to TANH in the file",
         patch=patch_act("MUL", "TANH"), tf_check=False)
    case("pow_integer_exponent_negative_base", lambda x, y: tf.pow(x, y),
         [F(3, 4, lo=-2, hi=2), V(np.tile([[0.0, 1.0, 2.0, 3.0]], (3, 1)), dtype=F32)], "POW",
         TOL_TRANS, "negative bases with integral exponents 0..3 (pow(-x, 2) is positive); " + NOTE_TRANS)
    case("add_zero_size", lambda x, y: x + y, [F(0, 5, spec=(None, 5)), F(5)], "ADD",
         note="zero-size tensor: input -1 x 5 in the file, fed as [0,5]; output [0,5]")
    case("mul_zero_size_relu", lambda x, y: tf.nn.relu(x * y), [F(2, 0, 3, spec=(2, None, 3)), F(3)], "MUL",
         note="zero-size [2,0,3] (middle dim) broadcast with [3], RELU fused")
    # int32 arithmetic as used for shape computations
    case("add_int32_broadcast", lambda x, y: x + y, [I(3, 4, lo=-50, hi=50), I(4, lo=-50, hi=50)], "ADD",
         note="int32, broadcast")
    case("sub_int32", lambda x, y: x - y, [I(6, lo=-50, hi=50), I(6, lo=-50, hi=50)], "SUB", note="int32")
    case("mul_int32_broadcast", lambda x, y: x * y, [I(2, 3, lo=-20, hi=20), I(1, 3, lo=-20, hi=20)], "MUL",
         note="int32, broadcast")
    case("maximum_int32", lambda x, y: tf.maximum(x, y), [I(2, 3, lo=-9, hi=9), I(3, lo=-9, hi=9)], "MAXIMUM",
         note="int32")

    # comparisons and logical ops
    cmp = {"LESS": tf.less, "GREATER": tf.greater, "EQUAL": tf.equal, "NOT_EQUAL": tf.not_equal,
           "LESS_EQUAL": tf.less_equal, "GREATER_EQUAL": tf.greater_equal}
    for code, f in cmp.items():
        n = code.lower()
        case(f"{n}_float_broadcast", lambda x, y, f=f: f(x, y),
             [F(3, 4, lo=-2, hi=2, step=0.5), F(4, lo=-2, hi=2, step=0.5)], code,
             note="float32 [3,4] vs [4]; values on a 0.5 grid so equal pairs occur; bool output")
        if code in ("LESS", "GREATER", "EQUAL", "NOT_EQUAL"):
            case(f"{n}_int32", lambda x, y, f=f: f(x, y),
                 [I(2, 1, 3, lo=0, hi=3), I(4, 1, lo=0, hi=3)], code, note="int32, [2,1,3] vs [4,1] broadcast")
    case("logical_and", lambda x, y: tf.logical_and(x, y), [B(3, 4), B(3, 4)], "LOGICAL_AND", note="same shape")
    case("logical_and_broadcast", lambda x, y: tf.logical_and(x, y), [B(2, 3, 1), B(4)], "LOGICAL_AND",
         note="[2,3,1] and [4]")
    case("logical_or", lambda x, y: tf.logical_or(x, y), [B(3, 4), B(3, 4)], "LOGICAL_OR", note="same shape")
    case("logical_or_broadcast", lambda x, y: tf.logical_or(x, y), [B(2, 1, 4), B(3, 1)], "LOGICAL_OR",
         note="[2,1,4] or [3,1]")
    case("logical_not", lambda x: tf.logical_not(x), [B(2, 5)], "LOGICAL_NOT", note="bool")

    # select
    case("select_same_shape", lambda c, x, y: tf.raw_ops.Select(condition=c, x=x, y=y),
         [B(3, 4), F(3, 4), F(3, 4)], "SELECT", note="tf.raw_ops.Select, all [3,4]")
    case("select_rank1_condition", lambda c, x, y: tf.raw_ops.Select(condition=c, x=x, y=y),
         [B(3), F(3, 4), F(3, 4)], "SELECT",
         note="TF1 Select semantics: a rank-1 condition picks whole rows of [3,4]")
    case("select_v2_broadcast", lambda c, x, y: tf.where(c, x, y),
         [B(2, 5), F(5), F(2, 1)], "SELECT_V2", note="tf.where: condition [2,5], x [5], y [2,1] all broadcast")
    case("select_v2_int32_3d", lambda c, x, y: tf.where(c, x, y),
         [B(2, 1, 4), I(3, 4, lo=-9, hi=9), I(2, 3, 1, lo=-9, hi=9)], "SELECT_V2", note="int32 values, 3-D broadcast")


def unary_cases():
    uops = [
        # code, fn, (lo, hi), tol
        ("RSQRT", tf.math.rsqrt, (0.1, 4.0), TOL_TRANS),
        ("SQRT", tf.sqrt, (0.0, 4.0), TOL_DEFAULT),
        ("EXP", tf.exp, (-5.0, 5.0), TOL_TRANS),
        ("LOG", tf.math.log, (0.01, 10.0), TOL_TRANS),
        ("ABS", tf.abs, (-3.0, 3.0), TOL_DEFAULT),
        ("NEG", tf.negative, (-3.0, 3.0), TOL_DEFAULT),
        ("SQUARE", tf.square, (-3.0, 3.0), TOL_DEFAULT),
        ("RELU", tf.nn.relu, (-3.0, 3.0), TOL_DEFAULT),
        ("RELU6", tf.nn.relu6, (-3.0, 9.0), TOL_DEFAULT),
        ("RELU_N1_TO_1", lambda x: tf.clip_by_value(x, -1.0, 1.0), (-2.0, 2.0), TOL_DEFAULT),
        ("ELU", tf.nn.elu, (-4.0, 2.0), TOL_TRANS),
        ("HARD_SWISH", lambda x: x * tf.nn.relu6(x + 3.0) / 6.0, (-5.0, 5.0), TOL_DEFAULT),
        ("LOGISTIC", tf.sigmoid, (-10.0, 10.0), TOL_TRANS),
        ("TANH", tf.tanh, (-5.0, 5.0), TOL_TRANS),
    ]
    for code, f, (lo, hi), tol in uops:
        n = code.lower()
        extra = ("; " + NOTE_TRANS) if tol is TOL_TRANS else ""
        case(f"{n}_2d", lambda x, f=f: f(x), [F(4, 6, lo=lo, hi=hi)], code, tol,
             f"inputs uniform in [{lo}, {hi}]" + extra)
        case(f"{n}_4d_odd", lambda x, f=f: f(x), [F(1, 3, 5, 7, lo=lo, hi=hi)], code, tol,
             f"odd 4-D shape, inputs uniform in [{lo}, {hi}]" + extra)
    case("sqrt_zero_size", lambda x: tf.sqrt(x), [F(3, 0, lo=0, hi=1, spec=(3, None))], "SQRT",
         note="zero-size [3,0] (dynamic second dim)")
    case("abs_int32", lambda x: tf.abs(x), [I(10, lo=-9, hi=9)], "ABS", note="int32")
    case("neg_int32", lambda x: tf.negative(x), [I(10, lo=-9, hi=9)], "NEG", note="int32")
    case("logistic_extreme", lambda x: tf.sigmoid(x), [V([-100., -30., -16., -1e-3, 0., 1e-3, 16., 30., 100.], F32)],
         "LOGISTIC", TOL_TRANS, "saturation region (|x| up to 100); " + NOTE_TRANS)
    case("tanh_extreme", lambda x: tf.tanh(x), [V([-100., -20., -9., -1e-4, 0., 1e-4, 9., 20., 100.], F32)],
         "TANH", TOL_TRANS, "saturation region (|x| up to 100); " + NOTE_TRANS)
    case("leaky_relu_alpha_0_1", lambda x: tf.nn.leaky_relu(x, 0.1), [F(4, 6, lo=-3, hi=3)], "LEAKY_RELU",
         note="alpha 0.1")
    case("leaky_relu_alpha_0_3_4d", lambda x: tf.nn.leaky_relu(x, 0.3), [F(1, 3, 5, 7, lo=-3, hi=3)], "LEAKY_RELU",
         note="alpha 0.3 (Keras 3 LeakyReLU default negative_slope), odd 4-D")
    case("gelu_exact", lambda x: tf.nn.gelu(x, approximate=False), [F(4, 6, lo=-4, hi=4)], "GELU", TOL_TRANS,
         "approximate false (erf form); " + NOTE_TRANS)
    case("gelu_approximate", lambda x: tf.nn.gelu(x, approximate=True), [F(4, 6, lo=-4, hi=4)], "GELU", TOL_TRANS,
         "approximate true (tanh form); " + NOTE_TRANS)
    case("gelu_exact_4d", lambda x: tf.nn.gelu(x, approximate=False), [F(1, 3, 5, 7, lo=-6, hi=6)], "GELU",
         TOL_TRANS, "approximate false, wider range [-6,6]; " + NOTE_TRANS)

    def prelu_model(shape, shared_axes, tag):
        def build():
            keras.backend.clear_session()
            inp = keras.Input(shape, batch_size=1, name="in0")
            layer = keras.layers.PReLU(shared_axes=shared_axes)
            out = layer(inp)
            m = keras.Model(inp, out)
            a = layer.get_weights()[0]
            layer.set_weights([rng_for(tag).uniform(0.05, 0.5, size=a.shape).astype(F32)])
            return m
        return build
    case("prelu_per_channel_4d", None, [F(1, 4, 5, 3, lo=-2, hi=2)], "PRELU",
         note="Keras PReLU(shared_axes=[1,2]): alpha [1,1,3] constant, broadcast over H,W",
         keras=prelu_model((4, 5, 3), [1, 2], "pr1"))
    case("prelu_full_alpha_2d", None, [F(1, 6, lo=-2, hi=2)], "PRELU",
         note="Keras PReLU on [1,6]: alpha [6] (one per element)",
         keras=prelu_model((6,), None, "pr2"))

    # softmax family
    case("softmax_2d", lambda x: tf.nn.softmax(x), [F(3, 7, lo=-4, hi=4)], "SOFTMAX", TOL_TRANS,
         "beta 1, last axis; " + NOTE_TRANS)
    case("softmax_4d", lambda x: tf.nn.softmax(x), [F(1, 2, 3, 5, lo=-4, hi=4)], "SOFTMAX", TOL_TRANS,
         "4-D input, softmax over the last axis; " + NOTE_TRANS)
    case("softmax_beta_2", lambda x: tf.nn.softmax(x), [F(3, 7, lo=-4, hi=4)], "SOFTMAX", TOL_TRANS,
         "beta patched to 2.0 in the file (the converter always writes beta 1 and keeps a "
         "separate MUL for tf.nn.softmax(2*x)); expected = softmax(2*x); " + NOTE_TRANS,
         patch=lambda m: fl.patch_options(m, "SOFTMAX", beta=2.0),
         tf_fn=lambda x: tf.nn.softmax(2.0 * x))
    case("softmax_beta_0_5_3d", lambda x: tf.nn.softmax(x), [F(2, 3, 6, lo=-4, hi=4)], "SOFTMAX", TOL_TRANS,
         "beta patched to 0.5, 3-D input; " + NOTE_TRANS,
         patch=lambda m: fl.patch_options(m, "SOFTMAX", beta=0.5),
         tf_fn=lambda x: tf.nn.softmax(0.5 * x))
    case("log_softmax_2d", lambda x: tf.nn.log_softmax(x), [F(3, 7, lo=-4, hi=4)], "LOG_SOFTMAX", TOL_TRANS,
         NOTE_TRANS)
    case("log_softmax_3d", lambda x: tf.nn.log_softmax(x), [F(2, 3, 5, lo=-8, hi=8)], "LOG_SOFTMAX", TOL_TRANS,
         "3-D input, wide range; " + NOTE_TRANS)


# ---- shape / data movement -------------------------------------------------

def shape_cases():
    case("reshape_const_shape", lambda x: tf.reshape(x, [4, -1]), [F(2, 3, 4)], "RESHAPE",
         note="constant shape [4,-1]")
    case("reshape_runtime_shape", lambda x, s: tf.reshape(x, s), [F(2, 3, 4), V([4, 1, 6])], "RESHAPE",
         note="shape is a runtime int32 input ([4,1,6]); output shape is dynamic (-1s) in the file")
    case("reshape_runtime_shape_minus1", lambda x, s: tf.reshape(x, s), [F(2, 3, 4), V([-1, 8])], "RESHAPE",
         note="runtime shape with -1 ([-1,8])")
    case("reshape_flatten_dynamic_batch", lambda x: tf.reshape(x, [tf.shape(x)[0], -1]),
         [F(3, 2, 5, spec=(None, 2, 5))], ["SHAPE", "STRIDED_SLICE", "PACK", "RESHAPE"],
         note="Flatten with a dynamic batch: SHAPE -> STRIDED_SLICE(shrink) -> PACK(int32) -> RESHAPE; fed batch 3")
    case("squeeze_axes", lambda x: tf.squeeze(x, [1, 3]), [F(2, 1, 3, 1, spec=(None, 1, None, 1))], "SQUEEZE",
         note="squeeze_dims [1,3]; two dynamic dims (with at most one unknown dim the converter "
              "emits RESHAPE instead), fed [2,1,3,1]")
    case("squeeze_negative_axis", lambda x: tf.squeeze(x, [-1]), [F(3, 4, 1, spec=(None, None, 1))], "SQUEEZE",
         note="squeeze_dims [-1], two dynamic dims, fed [3,4,1]")
    case("squeeze_all", lambda x: tf.squeeze(x), [F(1, 3, 1, 2, spec=(1, None, 1, 2))], "SQUEEZE",
         note="no squeeze_dims: removes every size-1 dim; dynamic dim 1 (fed 3)")
    case("expand_dims_runtime_axis", lambda x, a: tf.expand_dims(x, a), [F(2, 3), V(1)], "EXPAND_DIMS",
         note="axis is a runtime int32 scalar input (1) -> [2,1,3]; output shape unknown in the file")
    case("expand_dims_runtime_negative_axis", lambda x, a: tf.expand_dims(x, a), [F(2, 3), V(-1)], "EXPAND_DIMS",
         note="runtime axis -1 -> [2,3,1]")
    case("expand_dims_dynamic_batch", lambda x: tf.expand_dims(x, 1), [F(4, 3, spec=(None, 3))], "EXPAND_DIMS",
         note="constant axis 1 with a dynamic batch (static shapes become RESHAPE)")
    case("transpose_2d", lambda x: tf.transpose(x), [F(3, 5)], "TRANSPOSE", note="perm [1,0]")
    case("transpose_4d_nhwc_to_nchw", lambda x: tf.transpose(x, [0, 3, 1, 2]), [F(2, 3, 4, 5)], "TRANSPOSE",
         note="perm [0,3,1,2]")
    case("transpose_5d", lambda x: tf.transpose(x, [4, 2, 0, 3, 1]), [F(2, 3, 1, 4, 2)], "TRANSPOSE",
         note="rank 5, perm [4,2,0,3,1]")
    case("transpose_runtime_perm", lambda x, p: tf.transpose(x, p), [F(2, 3, 4), V([2, 0, 1])], "TRANSPOSE",
         note="perm is a runtime input ([2,0,1])")
    case("concatenation_axis0_3_inputs", lambda a, b, c: tf.concat([a, b, c], 0),
         [F(1, 4), F(3, 4), F(2, 4)], "CONCATENATION", note="3 inputs along axis 0")
    case("concatenation_negative_axis", lambda a, b: tf.concat([a, b], -1),
         [F(2, 3, 2), F(2, 3, 5)], "CONCATENATION", note="axis -1 (see the file for how the converter stores it)")
    case("concatenation_relu_not_fused", lambda a, b: tf.nn.relu(tf.concat([a, b], 1)),
         [F(2, 3), F(2, 2)], ["CONCATENATION", "RELU"],
         note="the converter does NOT fuse an activation into CONCATENATION: separate RELU op")
    case("concatenation_fused_relu6_patched", lambda a, b: tf.concat([a, b], 0),
         [F(1, 4, lo=-3, hi=9), F(2, 4, lo=-3, hi=9)], "CONCATENATION",
         note="fused_activation_function patched to RELU6 in the file (never emitted by the converter)",
         patch=patch_act("CONCATENATION", "RELU6"), tf_fn=lambda a, b: tf.nn.relu6(tf.concat([a, b], 0)))
    case("concatenation_4d_axis1", lambda a, b: tf.concat([a, b], 1),
         [F(1, 2, 3, 2), F(1, 3, 3, 2)], "CONCATENATION", note="4-D along axis 1")
    case("concatenation_int32", lambda a, b, c: tf.concat([a, b, c], 0),
         [I(2, lo=-5, hi=5), I(1, lo=-5, hi=5), I(3, lo=-5, hi=5)], "CONCATENATION", note="int32 (shape vectors)")
    case("concatenation_zero_size", lambda a, b: tf.concat([a, b], 0),
         [F(0, 3, spec=(None, 3)), F(2, 3)], "CONCATENATION", note="one input zero-size [0,3] (fed via -1 dim)")
    case("pack_axis0", lambda a, b, c: tf.stack([a, b, c], 0), [F(2, 3), F(2, 3), F(2, 3)], "PACK",
         note="3 x [2,3] -> [3,2,3]")
    case("pack_negative_axis", lambda a, b: tf.stack([a, b], -1), [F(2, 3), F(2, 3)], "PACK",
         note="axis -1 -> [2,3,2]")
    case("pack_int32_scalars", lambda a, b, c: tf.stack([a, b, c]), [I(lo=-9, hi=9), I(lo=-9, hi=9), I(lo=-9, hi=9)],
         "PACK", note="int32 scalars -> [3] (building a shape vector)")
    case("unpack_axis0", lambda x: tf.unstack(x, axis=0), [F(3, 4)], "UNPACK", note="[3,4] -> 3 x [4]")
    case("unpack_axis1", lambda x: tf.unstack(x, axis=1), [F(2, 3, 4)], "UNPACK", note="[2,3,4] -> 3 x [2,4]")
    case("unpack_negative_axis", lambda x: tf.unstack(x, axis=-1), [F(2, 3, 2)], "UNPACK",
         note="axis -1 -> 2 x [2,3]")
    case("split_axis1", lambda x: tf.split(x, 3, axis=1), [F(2, 6)], "SPLIT", note="3 equal parts along axis 1")
    case("split_negative_axis_4d", lambda x: tf.split(x, 2, axis=-1), [F(1, 2, 3, 4)], "SPLIT",
         note="axis -1 on 4-D")
    case("split_runtime_axis", lambda x, a: tf.split(x, 2, axis=a), [F(4, 6), V(0)], "SPLIT",
         note="axis is a runtime scalar input (0); outputs dynamic")
    case("split_v_minus1", lambda x: tf.split(x, [1, -1, 2], axis=1), [F(2, 6)], "SPLIT_V",
         note="size_splits [1,-1,2] (-1 inferred = 3)")
    case("split_v_axis0", lambda x: tf.split(x, [2, 1], axis=0), [F(3, 2, 2)], "SPLIT_V",
         note="size_splits [2,1] along axis 0")
    case("split_v_negative_axis", lambda x: tf.split(x, [3, 1, 1], axis=-1), [F(2, 2, 5)], "SPLIT_V",
         note="axis -1")
    case("slice_const", lambda x: tf.slice(x, [1, 0, 2], [2, -1, 2]), [F(3, 4, 5)], "SLICE",
         note="begin [1,0,2], size [2,-1,2] (-1 = to the end)")
    case("slice_runtime_begin_size", lambda x, b, s: tf.slice(x, b, s), [F(4, 5), V([1, 2]), V([2, 3])], "SLICE",
         note="begin and size are runtime inputs")
    case("slice_4d", lambda x: tf.slice(x, [0, 1, 1, 0], [1, 2, 3, -1]), [F(2, 4, 5, 3)], "SLICE", note="4-D")

    ss = "STRIDED_SLICE"
    case("strided_slice_basic", lambda x: x[1:3, ::2], [F(4, 7)], ss, note="x[1:3, ::2] (end_mask on dim 1)")
    case("strided_slice_negative_strides", lambda x: x[::-1, 5:0:-2], [F(3, 7)], ss,
         note="x[::-1, 5:0:-2]: negative strides, begin/end masks")
    case("strided_slice_ellipsis", lambda x: x[..., 1:3], [F(2, 3, 4, 5)], ss,
         note="x[..., 1:3]; the converter expands the ellipsis into begin/end masks")
    case("strided_slice_new_axis_shrink", lambda x: x[:, tf.newaxis, 1], [F(3, 4)], ss,
         note="x[:, newaxis, 1]: new_axis + shrink_axis (the converter may add a RESHAPE)")
    case("strided_slice_shrink", lambda x: x[1, :, 2], [F(3, 4, 5)], ss, note="x[1, :, 2] -> [4] (shrink_axis_mask 5)")
    case("strided_slice_negative_indices", lambda x: x[-2:, -3:-1], [F(4, 5)], ss, note="x[-2:, -3:-1]")
    case("strided_slice_runtime_begin_end", lambda x, b, e, s: tf.strided_slice(x, b, e, s),
         [F(5, 6), V([4, 1]), V([0, 6]), V([-2, 2])], ss,
         note="begin [4,1] end [0,6] strides [-2,2] are runtime inputs")
    case("strided_slice_masks_raw", lambda x: tf.strided_slice(
        x, [1, 0, 0, 2], [3, 2, 0, 4], [1, 1, 1, 1], begin_mask=0b0010, end_mask=0b0100,
        ellipsis_mask=0, new_axis_mask=0b0100, shrink_axis_mask=0b1000),
        [F(4, 3, 5)], ss, note="raw masks: begin_mask 2, end_mask 4, new_axis_mask 4, shrink_axis_mask 8")
    case("strided_slice_int32_shape", lambda x: x[1::2], [I(5, lo=1, hi=9)], ss,
         note="int32 vector x[1::2] (shape arithmetic; a stride-1 x[1:3] becomes SLICE)")
    case("strided_slice_int32_shrink", lambda x: x[-1], [I(4, lo=1, hi=9)], ss,
         note="int32 vector x[-1] -> scalar (shrink_axis, negative index), as in shape[-1]")
    case("strided_slice_ellipsis_raw", lambda x: tf.strided_slice(
        x, [0, 1], [0, 3], [1, 1], ellipsis_mask=0b01), [F(2, 3, 4)], ss,
        note="raw ellipsis_mask 1: x[..., 1:3] written with an explicit ellipsis bit")
    case("strided_slice_runtime_ellipsis", lambda x, b, e, s: tf.strided_slice(x, b, e, s, ellipsis_mask=1),
         [F(2, 3, 4), V([0, 1]), V([0, 3]), V([1, 1])], ss,
         note="ellipsis_mask 1 kept in the file because begin/end/strides are runtime inputs "
              "(with constant ones the converter expands ellipsis and new_axis into plain "
              "begin/end masks + RESHAPE); STRIDED_SLICE version 6")
    case("shape_arithmetic_int32", lambda x: tf.reshape(
        x, tf.stack([tf.shape(x)[0] * tf.shape(x)[1], tf.shape(x)[2] + 0])),
        [F(3, 2, 4, spec=(None, None, 4))], ["SHAPE", "STRIDED_SLICE", "MUL", "PACK", "RESHAPE"],
        note="int32 shape arithmetic with dynamic dims: SHAPE, STRIDED_SLICE, MUL(int32), PACK, RESHAPE")

    case("pad_const_2d", lambda x: tf.pad(x, [[1, 2], [0, 3]]), [F(2, 3)], "PAD", note="paddings [[1,2],[0,3]]")
    case("pad_const_4d", lambda x: tf.pad(x, [[0, 0], [1, 1], [2, 0], [0, 1]]), [F(1, 2, 3, 2)], "PAD",
         note="4-D NHWC padding incl. channel")
    case("pad_runtime_paddings", lambda x, p: tf.pad(x, p), [F(2, 3), V([[0, 1], [2, 1]])], "PAD",
         note="paddings is a runtime input; output shape dynamic")
    case("padv2_const_value", lambda x: tf.pad(x, [[1, 1], [2, 2]], constant_values=1.5), [F(3, 4)], "PADV2",
         note="constant_values 1.5")
    case("padv2_4d_negative_value", lambda x: tf.pad(x, [[0, 0], [1, 0], [0, 2], [0, 0]], constant_values=-3.0),
         [F(1, 3, 2, 2)], "PADV2", note="constant_values -3")
    case("mirror_pad_reflect", lambda x: tf.pad(x, [[1, 2], [2, 3]], mode="REFLECT"), [F(4, 5)], "MIRROR_PAD",
         note="REFLECT (edge not repeated), paddings up to size-1")
    case("mirror_pad_symmetric", lambda x: tf.pad(x, [[2, 1], [3, 3]], mode="SYMMETRIC"), [F(3, 4)], "MIRROR_PAD",
         note="SYMMETRIC (edge repeated), paddings up to size")
    case("mirror_pad_reflect_4d", lambda x: tf.pad(x, [[0, 0], [1, 1], [2, 1], [0, 0]], mode="REFLECT"),
         [F(1, 3, 4, 2)], "MIRROR_PAD", note="REFLECT on H and W of NHWC")
    case("tile_const", lambda x: tf.tile(x, [2, 3]), [F(2, 3)], "TILE", note="multiples [2,3]")
    case("tile_3d", lambda x: tf.tile(x, [1, 2, 2]), [F(2, 1, 3)], "TILE", note="multiples [1,2,2]")
    case("tile_runtime_multiples", lambda x, m: tf.tile(x, m), [F(2, 3), V([3, 1])], "TILE",
         note="multiples is a runtime input")
    case("tile_int32", lambda x: tf.tile(x, [3]), [I(2, lo=-9, hi=9)], "TILE", note="int32")
    case("broadcast_to_rank_up", lambda x: tf.broadcast_to(x, [3, 2, 5]), [F(2, 1)], "BROADCAST_TO",
         note="[2,1] -> [3,2,5]")
    case("broadcast_to_same_rank", lambda x: tf.broadcast_to(x, [3, 4]), [F(1, 4)], "BROADCAST_TO",
         note="[1,4] -> [3,4]")
    case("broadcast_to_runtime_shape", lambda x, s: tf.broadcast_to(x, s), [F(3, 1), V([2, 3, 4])], "BROADCAST_TO",
         note="shape is a runtime input")
    case("gather_axis0", lambda x, i: tf.gather(x, i), [F(5, 3), I(2, 4, lo=0, hi=4)], "GATHER",
         note="axis 0, 2-D indices -> [2,4,3]")
    case("gather_axis1", lambda x, i: tf.gather(x, i, axis=1), [F(2, 5, 3), I(4, lo=0, hi=4)], "GATHER",
         note="axis 1")
    case("gather_negative_axis", lambda x, i: tf.gather(x, i, axis=-1), [F(2, 3, 6), I(2, 2, lo=0, hi=5)],
         "GATHER", note="axis -1 (stored normalized or negative: see the file)")
    case("gather_batch_dims1", lambda x, i: tf.gather(x, i, axis=1, batch_dims=1),
         [F(2, 5, 3), I(2, 4, lo=0, hi=4)], "GATHER", note="batch_dims 1, axis 1")
    case("gather_int32_params", lambda x, i: tf.gather(x, i), [I(6, lo=-50, hi=50), I(3, lo=0, hi=5)], "GATHER",
         note="int32 params (shape gathering)")
    case("gather_const_indices", lambda x: tf.gather(x, [2, 0, 2], axis=1), [F(2, 4)], "GATHER",
         note="constant indices [2,0,2] with a repeat")
    case("gather_nd_pairs", lambda x, i: tf.gather_nd(x, i), [F(3, 4, 2), I(5, 2, lo=0, hi=2)], "GATHER_ND",
         note="indices [5,2] into [3,4,2] -> [5,2] slices")
    case("gather_nd_full_index", lambda x, i: tf.gather_nd(x, i), [F(3, 4), V([[0, 1], [2, 3], [1, 0]])],
         "GATHER_ND", note="full-rank indices -> scalars [3]")
    case("gather_nd_batched_3d", lambda x, i: tf.gather_nd(x, i), [F(4, 3, 2), I(2, 3, 1, lo=0, hi=3)],
         "GATHER_ND", note="indices [2,3,1] -> [2,3,3,2]")
    case("shape_dynamic_int32", lambda x: tf.shape(x), [F(3, 5, spec=(None, 5))], "SHAPE",
         note="int32 output of a dynamic-batch input (fed [3,5]); static shapes are constant-folded")
    case("shape_dynamic_int64", lambda x: tf.shape(x, out_type=tf.int64), [F(2, 3, 4, spec=(None, None, 4))],
         "SHAPE", note="out_type int64")
    case("cast_float_to_int32", lambda x: tf.cast(x, tf.int32), [F(3, 5, lo=-5, hi=5)], "CAST",
         note="truncation toward zero for negatives")
    case("cast_int32_to_float", lambda x: tf.cast(x, tf.float32), [I(3, 5, lo=-100, hi=100)], "CAST", note="int32 -> float32")
    case("cast_bool_to_float", lambda x: tf.cast(x, tf.float32), [B(2, 5)], "CAST", note="bool -> float32")
    case("cast_float_to_bool", lambda x: tf.cast(x, tf.bool), [F(2, 5, lo=-1, hi=1, step=0.5)], "CAST",
         note="float32 -> bool (x != 0); values on a 0.5 grid so zeros occur")
    case("cast_int32_to_bool", lambda x: tf.cast(x, tf.bool), [I(8, lo=-2, hi=2)], "CAST", note="int32 -> bool")
    for code, f, n in (("ARG_MAX", tf.argmax, "arg_max"), ("ARG_MIN", tf.argmin, "arg_min")):
        case(f"{n}_last_axis_int64", lambda x, f=f: f(x, -1), [F(3, 7)], code,
             note="axis -1, int64 output (TF default)")
        case(f"{n}_axis1_int32", lambda x, f=f: f(x, 1, output_type=tf.int32), [F(2, 5, 3)], code,
             note="axis 1, int32 output")
        case(f"{n}_axis0_int32_4d", lambda x, f=f: f(x, 0, output_type=tf.int32), [F(4, 2, 3, 2)], code,
             note="axis 0 of 4-D, int32 output")
    case("arg_max_ties", lambda x: tf.argmax(x, -1, output_type=tf.int32),
         [V([[1., 3., 3., 0.], [2., 2., 2., 2.], [-1., -5., -1., -5.]], F32)], "ARG_MAX",
         note="ties: the first maximal index wins")
    case("arg_min_ties", lambda x: tf.argmin(x, -1, output_type=tf.int32),
         [V([[1., 0., 3., 0.], [2., 2., 2., 2.], [-5., -1., -5., -1.]], F32)], "ARG_MIN",
         note="ties: the first minimal index wins")
    case("reverse_v2_axis1", lambda x: tf.reverse(x, [1]), [F(2, 5, 3)], "REVERSE_V2", note="axis [1]")
    case("reverse_v2_negative_axis", lambda x: tf.reverse(x, [-1]), [F(3, 4)], "REVERSE_V2", note="axis [-1]")
    case("reverse_v2_two_axes", lambda x: tf.reverse(x, [1, 2]), [F(2, 3, 4)], "REVERSE_V2",
         note="contiguous axes [1,2]")
    case("reverse_v2_noncontiguous_axes", lambda x: tf.reverse(x, [0, 2]), [F(2, 3, 4)], "REVERSE_V2",
         note="axes [0,2]")

    def rb(size, ac, hp):
        return lambda x: tf.raw_ops.ResizeBilinear(images=x, size=size, align_corners=ac, half_pixel_centers=hp)

    def rn(size, ac, hp):
        return lambda x: tf.raw_ops.ResizeNearestNeighbor(images=x, size=size, align_corners=ac,
                                                          half_pixel_centers=hp)
    for code, mk, n in (("RESIZE_BILINEAR", rb, "resize_bilinear"), ("RESIZE_NEAREST_NEIGHBOR", rn, "resize_nearest")):
        case(f"{n}_default_up", mk([5, 7], False, False), [F(1, 3, 4, 2)], code,
             note="3x4 -> 5x7, align_corners false, half_pixel_centers false")
        case(f"{n}_align_corners_up", mk([5, 7], True, False), [F(1, 3, 4, 2)], code,
             note="3x4 -> 5x7, align_corners true")
        case(f"{n}_half_pixel_up", mk([6, 7], False, True), [F(2, 3, 4, 2)], code,
             note="3x4 -> 6x7, half_pixel_centers true, batch 2")
        case(f"{n}_half_pixel_down", mk([4, 3], False, True), [F(1, 7, 6, 3)], code,
             note="7x6 -> 4x3 (downsampling), half_pixel_centers true")
    case("depth_to_space_block2", lambda x: tf.nn.depth_to_space(x, 2), [F(1, 2, 3, 8)], "DEPTH_TO_SPACE",
         note="block 2: [1,2,3,8] -> [1,4,6,2]")
    case("depth_to_space_block3_batch2", lambda x: tf.nn.depth_to_space(x, 3), [F(2, 2, 1, 9)], "DEPTH_TO_SPACE",
         note="block 3, batch 2")
    case("space_to_depth_block2", lambda x: tf.nn.space_to_depth(x, 2), [F(1, 4, 6, 2)], "SPACE_TO_DEPTH",
         note="block 2: [1,4,6,2] -> [1,2,3,8]")
    case("space_to_depth_block3_batch2", lambda x: tf.nn.space_to_depth(x, 3), [F(2, 3, 6, 1)], "SPACE_TO_DEPTH",
         note="block 3, batch 2")


conv_cases()
reduce_cases()
binary_cases()
unary_cases()
shape_cases()


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------

def convert_case(c: Case, specs) -> bytes:
    if c.keras is not None:
        km = c.keras()
        c.tf_fn = c.tf_fn or (lambda *xs: km(list(xs) if len(xs) > 1 else xs[0]))
        return fl.convert_keras(km)
    return fl.convert_function(c.fn, specs)


def tf_outputs(c: Case, by_name: dict) -> list[np.ndarray]:
    """TensorFlow's own result, flattened in output-structure order."""
    f = c.tf_fn or c.fn
    args = [tf.constant(by_name[f"in{k}"]) for k in range(len(c.inputs))]
    y = f(*args)
    return [np.asarray(t) for t in tf.nest.flatten(y)]


def output_index(name: str, k: int) -> int:
    """TF's converter names structured outputs Identity, Identity_1, ..."""
    if name == "Identity":
        return 0
    if name.startswith("Identity_") and name[9:].isdigit():
        return int(name[9:])
    return k


def observed_fused_tanh(c: Case, by_name, outs) -> str:
    """What the official runtime did with a fused TANH (patched) activation."""
    raw = tf_outputs(c, by_name)[0]
    if np.allclose(outs[0], raw, rtol=1e-5, atol=1e-5):
        return "the reference kernel IGNORES the fused TANH (output == no activation)"
    if np.allclose(outs[0], np.tanh(raw), rtol=1e-5, atol=1e-5):
        return "the reference kernel applies tanh to the result"
    return "output matches neither tanh(y) nor y"


def generate(c: Case, out: Path):
    rng = np.random.default_rng(zlib.crc32(c.name.encode()))
    arrays = [inp.make(rng) for inp in c.inputs]
    specs = [inp.tspec(f"in{k}") for k, inp in enumerate(c.inputs)]
    by_name = {f"in{k}": a for k, a in enumerate(arrays)}
    model = convert_case(c, specs)
    if c.patch is not None:
        model = c.patch(model)
    ops = fl.all_opcodes(model)
    missing = [w for w in c.want if w not in ops]
    if missing:
        raise Skip(f"converter did not emit {missing}; got {ops}")
    bad = [w for w in c.forbid if w in ops]
    if bad:
        raise Skip(f"converter emitted unwanted {bad}; got {ops}")
    resolver = oracle.REF
    try:
        interp = oracle.make_interpreter(model_content=model, resolver=resolver, allocate=False)
    except ValueError as e:
        if "Didn't find op" not in str(e):
            raise
        # BUILTIN_REF has no registration for a few ops (ELU): fall back to the
        # optimized builtin kernels without the XNNPACK delegate, and say so.
        resolver = NO_DELEGATE
        interp = oracle.make_interpreter(model_content=model, resolver=resolver, allocate=False)
        ref_missing = str(e).split("\n")[0]
    ins = interp.get_input_details()
    if c.keras is not None:
        ordered = arrays if len(arrays) == 1 else None
        assert ordered is not None
    else:
        ordered = [by_name[d["name"]] for d in ins]
    file_shapes = [f"{np.dtype(d['dtype']).name}{[int(x) for x in d['shape_signature']]}" for d in ins]
    input_names = [d["name"] for d in ins]
    resize = any(list(a.shape) != [int(x) for x in d["shape"]] for a, d in zip(ordered, ins))
    try:
        interp.allocate_tensors()
        outs = oracle.run(interp, ordered)
    except Exception as e:  # noqa: BLE001
        msg = " ".join(str(e).split()).replace("Node number", "; Node number")
        raise Skip(f"official runtime ({resolver.name}) refused: {msg[:300]}")
    # the default (optimized/XNNPACK) resolver must agree too
    dflt = fl.run_model(model, ordered, resolver=oracle.DEFAULT)
    entry = {"name": c.name, "ops": ops, "inputs": len(ordered), "outputs": len(outs),
             "rtol": c.tol[0], "atol": c.tol[1], "note": c.note}
    notes = []
    if resolver is not oracle.REF:
        entry["resolver"] = resolver.name
        notes.append(f"BUILTIN_REF cannot load this model ({ref_missing}); outputs come from "
                     f"{resolver.name} (the optimized builtin kernels, no XNNPACK)")
    rtol, atol = c.tol
    for k, (a, b) in enumerate(zip(dflt, outs)):
        if not fl.allclose_like_tests(a, b, rtol, atol):
            notes.append(f"default resolver output {k} differs beyond tolerance "
                         f"(max abs {fl.max_diffs(a, b)[0]:.3g})")
    if c.tf_check:
        ref = tf_outputs(c, by_name)
        odet = interp.get_output_details()
        worst_abs = worst_rel = 0.0
        for k, d in enumerate(odet):
            t = ref[output_index(d["name"], k)]
            o = outs[k]
            if t.dtype != o.dtype or t.shape != o.shape:
                raise RuntimeError(f"{c.name}: TF output {t.dtype}{t.shape} vs TFLite {o.dtype}{o.shape}")
            if o.dtype.kind == "f":
                da, dr = fl.max_diffs(o, t)
                worst_abs, worst_rel = max(worst_abs, da), max(worst_rel, dr)
                if not np.allclose(o, t, rtol=rtol, atol=atol):
                    notes.append(f"TF's own kernels differ beyond the tolerance on output {k} "
                                 f"(max abs {da:.3g})")
            elif not np.array_equal(o, t):
                notes.append(f"TF's own kernels differ on integer/bool output {k}")
        entry["tf_max_abs_diff"] = float(f"{worst_abs:.3g}")
        entry["tf_max_rel_diff"] = float(f"{worst_rel:.3g}")
    if c.patch is not None and c.note and "TANH" in c.note:
        notes.append(observed_fused_tanh(c, by_name, outs))
    for o in outs:
        if o.dtype.kind == "f" and not np.all(np.isfinite(o)):
            raise RuntimeError(f"{c.name}: non-finite output")
    entry["input_names"] = input_names
    entry["input_shapes"] = [fl.tensor_desc(a) for a in ordered]
    entry["file_input_signatures"] = file_shapes
    entry["output_shapes"] = [fl.tensor_desc(o) for o in outs]
    entry["resize_inputs"] = resize
    if notes:
        entry["observed"] = "; ".join(notes)
    size = fl.write_case(out, c.name, model, ordered, outs)
    return entry, size


class Skip(Exception):
    pass


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT_DEFAULT)
    ap.add_argument("--only", default="", help="comma-separated substrings of case names "
                    "(the manifest is then only updated for those cases)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    pats = [p for p in args.only.split(",") if p]
    todo = [c for c in CASES if not pats or any(p in c.name for p in pats)]
    print(f"TensorFlow {tf.__version__}, Keras {keras.__version__}, numpy {np.__version__}; "
          f"{len(todo)} cases")
    man_path = args.out / "manifest.json"
    old = {"cases": [], "skipped": []}
    if pats and man_path.exists():
        import json
        old = json.loads(man_path.read_text())
    entries = {e["name"]: e for e in old.get("cases", [])}
    skipped = {s["name"]: s for s in old.get("skipped", [])}
    total = 0
    for c in todo:
        entries.pop(c.name, None)
        skipped.pop(c.name, None)
        try:
            entry, size = generate(c, args.out)
        except Skip as e:
            fl.clean(args.out, c.name)
            skipped[c.name] = {"name": c.name, "ops": c.want, "reason": str(e), "note": c.note}
            print(f"  SKIP {c.name}: {e}")
            continue
        entries[c.name] = entry
        total += size
        flag = f"  [{entry['observed']}]" if "observed" in entry else ""
        print(f"  {c.name:44s} {size:6d} B  {' '.join(entry['ops'])}{flag}")
    order = {c.name: i for i, c in enumerate(CASES)}
    man = {
        "generator": "Scripts/reference/generate_op_fixtures.py",
        "runtime": "ai-edge-litert 2.3.0 Interpreter, OpResolverType.BUILTIN_REF",
        "converter": f"TensorFlow {tf.__version__} tf.lite.TFLiteConverter",
        "comparison": "float outputs: numpy.allclose(got, want, rtol, atol); int/bool outputs: exact. "
                      "Inputs with resize_inputs true must be resized to the .npy shapes first.",
        "cases": sorted(entries.values(), key=lambda e: order.get(e["name"], 1 << 30)),
        "skipped": sorted(skipped.values(), key=lambda e: order.get(e["name"], 1 << 30)),
    }
    dump_json(man_path, man)
    all_bytes = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    print(f"{len(man['cases'])} cases, {len(man['skipped'])} skipped; this run wrote {total} B; "
          f"{args.out} holds {all_bytes} B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
