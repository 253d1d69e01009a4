#!/usr/bin/env python3
"""Generates the quantized golden fixtures:

    Tests/Fixtures/quantized-ops/     one (or a few) operators per case, int8 / uint8 /
                                      int16x8 / hybrid / float16
    Tests/Fixtures/quantized-models/  whole quantized models (int8 versions of the models in
                                      Tests/Fixtures/models, dynamic-range, float16, 16x8)
    Benchmarks/models/                (--benchmark, git-ignored) mobilenet_v2_int8.tflite with
                                      calibrated BatchNorm statistics + its goldens

Run with the reference venv (Scripts/reference/make_venv.sh):

    .venv-reference/bin/python Scripts/reference/generate_quantized_fixtures.py [--part ops|models|all]
        [--only SUBSTR,...] [--ops-out DIR] [--models-out DIR]
    .venv-reference/bin/python Scripts/reference/generate_quantized_fixtures.py --benchmark [--bench-out DIR]
    .venv-reference/bin/python Scripts/reference/generate_quantized_fixtures.py --verify   # reload + re-run all

The whole-model part lives in quantized_models.py, the runtime child process
and the integer-arithmetic models used for the rounding notes in quantlib.py.

Every model is made by TensorFlow 2.21's TFLiteConverter from a tf.function
(or a Keras model) with a seeded representative dataset; files per case NAME
follow Tests/Fixtures/ops: NAME.tflite, NAME.input_K.npy (get_input_details()
order), NAME.output_K.npy (get_output_details() order, from the official
runtime ai-edge-litert 2.3.0 with OpResolverType.BUILTIN_REF = the reference
kernels). Integer outputs are golden bit for bit (rtol = atol = 0).

Quantization kinds (manifest field `quantization`):

- int8: optimizations=[DEFAULT] + representative_dataset, supported_ops
  [TFLITE_BUILTINS_INT8], inference_input/output_type int8 (a few float-I/O
  cases keep QUANTIZE / DEQUANTIZE at the edges). Weights per channel unless
  the case says per-tensor.
- uint8: TF 2.21 no longer writes uint8 kernels, so an int8 model with
  per-tensor weights (_experimental_disable_per_channel) is rewritten with the
  schema object API: every INT8 tensor becomes UINT8, zero points + 128,
  constant data + 128 (int32 biases unchanged), operator versions set to 1
  (the uint8 versions). The official runtime runs the result.
- int16x8: supported_ops [EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8],
  int16 I/O (activations symmetric, zero point 0; conv/FC biases int64).
- hybrid: optimizations=[DEFAULT] without representative data (dynamic-range:
  int8 weights, float activations quantized on the fly); weights need >= 1024
  elements or the converter leaves them float.
- float16: optimizations=[DEFAULT], supported_types [float16]: float16 weights
  + DEQUANTIZE to float32, float kernels.

Kernels can hit fatal checks on bad quantization parameters, so the runtime
runs in a child process (quantlib.RuntimeWorker).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from refcommon import REPO, dump_json, oracle, quiet_convert

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

import fixturelib as fl  # noqa: E402
import quantlib as ql  # noqa: E402
from quantlib import QRANGE, dequantize, max_int_diff, nice_ceil, qdesc, quantize_input  # noqa: E402

OPS_OUT = REPO / "Tests" / "Fixtures" / "quantized-ops"
MODELS_OUT = REPO / "Tests" / "Fixtures" / "quantized-models"
BENCH_OUT = REPO / "Benchmarks" / "models"
F32 = np.float32
I32 = np.int32
REF = "BUILTIN_REF"
NO_DELEGATE = "BUILTIN_WITHOUT_DEFAULT_DELEGATES"
AUTO = "AUTO"
N_CALIB = 16          # representative samples per op case (the test input is one of them)
MAX_MODEL_BYTES = 1_500_000
schema_fb = fl.schema_fb
TT = schema_fb.TensorType

WORKER = ql.RuntimeWorker()

TOL_EXACT = (0.0, 0.0)
TOL_DEQ = (1e-6, 0.0)   # float outputs of a final DEQUANTIZE: scale * (q - zp), one rounding
TOL_F16 = (1e-5, 1e-5)  # float16-weight models: float32 kernels (same reasoning as Tests/Fixtures/ops TOL_DOT)
NOTE_EXACT = "integer output: bit-exact (rtol 0, atol 0)"
NOTE_DEQ = ("float output of the final DEQUANTIZE (scale * (q - zero_point), a single float32 rounding): "
            "rtol 1e-6, atol 0, i.e. the integer result underneath must be exact")


# --------------------------------------------------------------------------
# inputs (float distributions; quantized to the model's input type later)
# --------------------------------------------------------------------------

@dataclass
class Inp:
    shape: tuple
    lo: float = -1.0
    hi: float = 1.0
    dtype: type = F32                # int32 / int64 for index inputs (never quantized)
    value: np.ndarray | None = None  # fixed float TEST value (calibration still uses lo/hi)
    dist: str = "uniform"            # uniform | normal (mean (lo+hi)/2, std (hi-lo)/6, clipped)
    qvalue: np.ndarray | None = None  # fixed raw TEST value in the model's input type (not quantized)

    def make(self, rng) -> np.ndarray:
        if np.dtype(self.dtype).kind in "iu":
            return rng.integers(int(self.lo), int(self.hi) + 1, size=self.shape).astype(self.dtype)
        if self.dist == "normal":
            m, s = (self.lo + self.hi) / 2, (self.hi - self.lo) / 6
            return np.clip(rng.normal(m, s, size=self.shape), self.lo, self.hi).astype(F32)
        return rng.uniform(self.lo, self.hi, size=self.shape).astype(F32)

    def tspec(self, name) -> tf.TensorSpec:
        return tf.TensorSpec(list(self.shape), tf.as_dtype(self.dtype), name=name)


def F(*shape, lo=-1.0, hi=1.0, dist="uniform", value=None, qvalue=None):
    return Inp(tuple(shape), lo, hi, F32, None if value is None else np.asarray(value, F32), dist,
               None if qvalue is None else np.asarray(qvalue))


def I(*shape, lo=0, hi=3, dtype=I32):  # noqa: E743
    return Inp(tuple(shape), lo, hi, dtype)


def rng_for(tag: str):
    return np.random.default_rng(zlib.crc32(tag.encode()))


def W(tag, *shape, scale=0.5):
    return rng_for(tag).uniform(-scale, scale, size=shape).astype(F32)


def He(tag, *shape, fan_in=None):
    """Weights with He-uniform-like scale so activations stay O(1) through the op."""
    fan_in = fan_in or int(np.prod(shape[:-1]))
    lim = float(np.sqrt(3.0 / max(fan_in, 1)))
    return rng_for(tag).uniform(-lim, lim, size=shape).astype(F32)


# --------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------

@dataclass
class QCase:
    name: str
    kind: str                     # int8 | uint8 | int16x8 | hybrid | float16
    fn: object                    # tf function of float tensors (or None with keras)
    inputs: list
    want: list
    note: str = ""
    io: str = "int"               # int: integer model I/O; float: float I/O; uint8in: int8 model, uint8 I/O
    per_channel: bool = True
    keras: object = None          # () -> keras.Model (input names in0..)
    patch: object = None          # bytes -> bytes after conversion
    forbid: list = field(default_factory=list)
    tf_fn: object = None          # float reference (default fn / the Keras model)
    use_resolver: str | None = None  # goldens from another resolver (reference kernel bug), with...
    resolver_reason: str = ""         # ...the reason


CASES: list[QCase] = []


def qcase(name, kind, fn, inputs, want, note="", **kw):
    full = f"{kind}_{name}"
    assert not any(c.name == full for c in CASES), full
    if isinstance(want, str):
        want = [want]
    CASES.append(QCase(full, kind, fn, list(inputs), list(want), note, **kw))


ACT = {"NONE": lambda y: y, "RELU": tf.nn.relu, "RELU6": tf.nn.relu6,
       "RELU_N1_TO_1": lambda y: tf.clip_by_value(y, -1.0, 1.0)}


def conv(x, w, b, strides=1, padding="SAME", dil=1, act="NONE"):
    y = tf.nn.conv2d(x, w, strides, padding, dilations=dil)
    if b is not None:
        y = y + b
    return ACT[act](y)


def dwconv(x, w, b, strides=1, padding="SAME", dil=1, act="NONE"):
    y = tf.nn.depthwise_conv2d(x, w, [1, strides, strides, 1], padding, dilations=[dil, dil])
    if b is not None:
        y = y + b
    return ACT[act](y)


def bias(tag, n, scale=0.2):
    return W(tag, n, scale=scale)


# ---- int8 -------------------------------------------------------------------

SUM_REF_BUG = ("BUILTIN_REF's int8 SUM is wrong: reference QuantizedMeanOrSum reads the int8 input as uint8 "
               "(GetTensorData<uint8_t>) and casts the int32 result to int8 without clamping (LiteRT issue "
               "#4079, tensorflow#102490; fix pending in LiteRT PR #7855), up to {ref_err} output steps off "
               "the float result here; the goldens come from the optimized builtin kernel "
               "(BUILTIN_WITHOUT_DEFAULT_DELEGATES), which matches TF's float result to <= 1 step")

def int8_cases():
    K = "int8"
    w = He("qc1", 3, 3, 3, 8); b = bias("qc1b", 8)
    qcase("conv2d_same_s1_relu", K, lambda x, w=w, b=b: conv(x, w, b, act="RELU"),
          [F(1, 8, 8, 3)], "CONV_2D", "3x3 SAME stride 1, bias, RELU fused, per-channel weights (8 scales)")
    w = He("qc2", 3, 3, 3, 6); b = bias("qc2b", 6)
    qcase("conv2d_valid_s2_relu6_batch2", K, lambda x, w=w, b=b: conv(x, w, b, 2, "VALID", act="RELU6"),
          [F(2, 9, 8, 3, lo=-3, hi=3)], "CONV_2D",
          "3x3 VALID stride 2 on odd 9x8, batch 2, RELU6 fused (output range clamps at 6)")
    w = He("qc3", 3, 3, 4, 5); b = bias("qc3b", 5)
    qcase("conv2d_dilation2_same", K, lambda x, w=w, b=b: conv(x, w, b, 1, "SAME", dil=2),
          [F(1, 9, 9, 4)], "CONV_2D", "3x3 dilation 2 SAME, bias, no activation")
    w = He("qc4", 5, 3, 2, 4)
    qcase("conv2d_k5x3_s2x3_nobias", K, lambda x, w=w: conv(x, w, None, [2, 3], "SAME"),
          [F(1, 8, 7, 2)], "CONV_2D",
          "5x3 kernel, strides (2,3), SAME with asymmetric padding; no bias in the graph (the converter adds a "
          "zero int32 bias)")
    w = He("qc5", 1, 1, 6, 4); b = bias("qc5b", 4)
    qcase("conv2d_1x1_per_tensor", K, lambda x, w=w, b=b: conv(x, w, b, 1, "VALID", act="RELU"),
          [F(1, 5, 5, 6)], "CONV_2D", "1x1 conv, PER-TENSOR weight quantization (_experimental_disable_per_channel)",
          per_channel=False)
    w = He("qc6", 3, 3, 3, 4); b = bias("qc6b", 4)
    qcase("conv2d_float_io", K, lambda x, w=w, b=b: conv(x, w, b, 1, "SAME", act="RELU6"),
          [F(1, 6, 6, 3)], ["QUANTIZE", "CONV_2D", "DEQUANTIZE"],
          "float32 input and output: QUANTIZE (float->int8) + CONV_2D + DEQUANTIZE (int8->float)", io="float")

    w = He("qd1", 3, 3, 4, 1, fan_in=9); b = bias("qd1b", 4)
    qcase("depthwise_mult1_same_relu6", K, lambda x, w=w, b=b: dwconv(x, w, b, act="RELU6"),
          [F(1, 8, 8, 4, lo=-2, hi=2)], "DEPTHWISE_CONV_2D", "3x3 SAME, depth multiplier 1, bias, RELU6 fused")
    w = He("qd2", 3, 3, 3, 2, fan_in=9); b = bias("qd2b", 6)
    qcase("depthwise_mult2_valid_s2", K, lambda x, w=w, b=b: dwconv(x, w, b, 2, "VALID"),
          [F(1, 9, 9, 3)], "DEPTHWISE_CONV_2D", "3x3 VALID stride 2, depth multiplier 2 (6 output channels)")
    w = He("qd3", 3, 3, 2, 2, fan_in=9); b = bias("qd3b", 4)
    qcase("depthwise_mult2_dilation2_relu", K, lambda x, w=w, b=b: dwconv(x, w, b, 1, "SAME", dil=2, act="RELU"),
          [F(1, 7, 7, 2)], "DEPTHWISE_CONV_2D", "3x3 dilation 2 SAME, depth multiplier 2, RELU fused")

    w = He("qf1", 16, 8); b = bias("qf1b", 8)
    qcase("fully_connected_relu", K, lambda x, w=w, b=b: tf.nn.relu(tf.matmul(x, w) + b),
          [F(3, 16)], "FULLY_CONNECTED", "[3,16] x [16,8] + bias, RELU fused, per-channel weights")
    w = He("qf2", 8, 6); b = bias("qf2b", 6)
    qcase("fully_connected_3d_keep_num_dims", K, lambda x, w=w, b=b: tf.tensordot(x, w, 1) + b,
          [F(2, 5, 8)], "FULLY_CONNECTED", "3-D input [2,5,8] -> [2,5,6], keep_num_dims true")
    w = He("qf3", 12, 5)
    qcase("fully_connected_nobias", K, lambda x, w=w: tf.matmul(x, w),
          [F(2, 12, lo=-2, hi=2)], "FULLY_CONNECTED", "no bias in the graph")
    w = He("qf4", 10, 4); b = bias("qf4b", 4)
    qcase("fully_connected_per_tensor", K, lambda x, w=w, b=b: tf.matmul(x, w) + b,
          [F(2, 10)], "FULLY_CONNECTED", "per-tensor weights (_experimental_disable_per_channel)", per_channel=False)

    w = He("qt1", 3, 3, 3, 4, fan_in=9 * 4 // 4); b = bias("qt1b", 3)
    qcase("transpose_conv_same_s2_bias", K,
          lambda x, w=w, b=b: tf.nn.conv2d_transpose(x, w, [1, 8, 8, 3], 2, "SAME") + b,
          [F(1, 4, 4, 4)], "TRANSPOSE_CONV", "3x3 SAME stride 2, 4x4x4 -> 8x8x3, bias (4th input)")
    w = He("qt2", 3, 3, 2, 3, fan_in=9 * 3 // 4)
    qcase("transpose_conv_valid_s2", K,
          lambda x, w=w: tf.nn.conv2d_transpose(x, w, [1, 9, 9, 2], 2, "VALID"),
          [F(1, 4, 4, 3)], "TRANSPOSE_CONV", "3x3 VALID stride 2, 4x4 -> 9x9, no bias")

    qcase("batch_matmul_3d", K, lambda a, b: tf.matmul(a, b), [F(2, 3, 4), F(2, 4, 5, lo=-2, hi=2)],
          "BATCH_MATMUL", "both operands runtime int8 inputs with different scales")
    qcase("batch_matmul_adj_y_broadcast", K, lambda a, b: tf.matmul(a, b, adjoint_b=True),
          [F(2, 1, 3, 4), F(3, 5, 4)], "BATCH_MATMUL", "adj_y, batch dims [2,1] x [3] broadcast")

    qcase("avg_pool_valid_2x2_s2", K, lambda x: tf.nn.avg_pool2d(x, 2, 2, "VALID"),
          [F(1, 6, 5, 3)], "AVERAGE_POOL_2D", "VALID 2x2 stride 2 on 6x5")
    qcase("avg_pool_same_3x3_s2_relu6", K, lambda x: tf.nn.relu6(tf.nn.avg_pool2d(x, 3, 2, "SAME")),
          [F(1, 7, 7, 2, lo=-2, hi=8)], "AVERAGE_POOL_2D",
          "SAME 3x3 stride 2 on 7x7 (edge windows average the valid cells only), RELU6 fused")
    qcase("max_pool_same_3x3_s2", K, lambda x: tf.nn.max_pool2d(x, 3, 2, "SAME"),
          [F(1, 7, 7, 3)], "MAX_POOL_2D", "SAME 3x3 stride 2")
    qcase("max_pool_valid_2x2_relu", K, lambda x: tf.nn.relu(tf.nn.max_pool2d(x, 2, 2, "VALID")),
          [F(2, 6, 6, 2)], "MAX_POOL_2D", "VALID 2x2 stride 2, batch 2, RELU")

    for code, f, n in (("ADD", tf.add, "add"), ("SUB", tf.subtract, "sub"), ("MUL", tf.multiply, "mul")):
        qcase(f"{n}_different_scales", K, lambda x, y, f=f: f(x, y), [F(3, 4), F(3, 4, lo=-6, hi=6)], code,
              "same shape [3,4]; operands in [-1,1] and [-6,6] (different input scales)")
        qcase(f"{n}_broadcast_relu", K, lambda x, y, f=f: tf.nn.relu(f(x, y)),
              [F(2, 3, 4, lo=-2, hi=2), F(4, lo=-1, hi=3)], code, "[2,3,4] op [4] broadcast, RELU fused")
        qcase(f"{n}_broadcast_4d", K, lambda x, y, f=f: f(x, y),
              [F(1, 3, 1, 4, lo=-4, hi=4), F(2, 1, 5, 1, lo=-0.5, hi=0.5)], code,
              "[1,3,1,4] op [2,1,5,1] (size-1 dims broadcast both ways)")
    c = W("qaddc", 4, scale=2.0)
    qcase("add_const_rhs", K, lambda x, c=c: x + c, [F(3, 4)], "ADD", "int8 constant operand [4]")
    c = W("qmulc", 1, 1, 3, scale=2.0)
    qcase("mul_const_rhs_relu6", K, lambda x, c=c: tf.nn.relu6(x * c), [F(2, 4, 3, lo=-4, hi=4)], "MUL",
          "int8 constant operand [1,1,3], RELU6")

    qcase("mean_hw_keepdims", K, lambda x: tf.reduce_mean(x, [1, 2], keepdims=True),
          [F(1, 6, 6, 8, lo=-1, hi=3)], "MEAN", "axes [1,2] keep_dims (global average pool)")
    qcase("mean_last_axis", K, lambda x: tf.reduce_mean(x, -1), [F(3, 10)], "MEAN", "axis -1")
    qcase("mean_axis1_3d", K, lambda x: tf.reduce_mean(x, 1), [F(2, 5, 4, lo=-2, hi=2)], "MEAN", "axis 1 of 3-D")
    qcase("sum_axis1", K, lambda x: tf.reduce_sum(x, 1), [F(2, 6, 5)], "SUM", "axis 1",
          use_resolver=NO_DELEGATE, resolver_reason=SUM_REF_BUG)
    qcase("sum_hw_keepdims", K, lambda x: tf.reduce_sum(x, [1, 2], keepdims=True), [F(1, 3, 4, 2)], "SUM",
          "axes [1,2] keep_dims", use_resolver=NO_DELEGATE, resolver_reason=SUM_REF_BUG)
    qcase("reduce_max_last_axis", K, lambda x: tf.reduce_max(x, -1), [F(2, 6, 5)], "REDUCE_MAX", "axis -1")
    qcase("reduce_min_axis0", K, lambda x: tf.reduce_min(x, 0), [F(4, 6)], "REDUCE_MIN", "axis 0")

    qcase("concat_different_scales", K, lambda x, y: tf.concat([x, y], 1), [F(2, 3), F(2, 4, lo=-8, hi=8)],
          "CONCATENATION", "axis 1; inputs in [-1,1] and [-8,8] (different scales: requantized to the output scale)")
    qcase("concat_3_inputs_4d", K, lambda x, y, z: tf.concat([x, y, z], -1),
          [F(1, 2, 3, 2), F(1, 2, 3, 3, lo=-3, hi=1), F(1, 2, 3, 1, lo=0, hi=0.5)], "CONCATENATION",
          "axis -1, three inputs with three scales/zero points")

    qcase("softmax_2d", K, lambda x: tf.nn.softmax(x), [F(3, 10, lo=-4, hi=4)], "SOFTMAX",
          "last axis; int8 output fixed at scale 1/256, zero point -128")
    qcase("softmax_3d", K, lambda x: tf.nn.softmax(x), [F(2, 3, 8, lo=-8, hi=8)], "SOFTMAX", "3-D, wider input range")
    qcase("log_softmax", K, lambda x: tf.nn.log_softmax(x), [F(3, 8, lo=-4, hi=4)], "LOG_SOFTMAX",
          "int8 output fixed at scale 16/256, zero point 127")

    unary = [
        ("logistic", tf.sigmoid, -8, 8, "LOGISTIC", "output fixed at scale 1/256, zero point -128"),
        ("tanh", tf.tanh, -4, 4, "TANH", "output fixed at scale 1/128, zero point 0"),
        ("hard_swish", lambda x: x * tf.nn.relu6(x + 3.0) / 6.0, -5, 5, "HARD_SWISH", ""),
        ("leaky_relu", lambda x: tf.nn.leaky_relu(x, 0.1), -3, 3, "LEAKY_RELU", "alpha 0.1"),
        ("relu", tf.nn.relu, -3, 3, "RELU", "standalone RELU (input and output scales differ)"),
        ("relu6", tf.nn.relu6, -3, 9, "RELU6", "standalone RELU6"),
        ("relu_n1_to_1", lambda x: tf.clip_by_value(x, -1.0, 1.0), -2, 2, "RELU_N1_TO_1", ""),
        ("gelu", lambda x: tf.nn.gelu(x, approximate=False), -4, 4, "GELU", "exact (erf) GELU: int8 lookup table"),
        ("gelu_approximate", lambda x: tf.nn.gelu(x, approximate=True), -4, 4, "GELU", "tanh-approximation GELU"),
        ("exp", tf.exp, -3, 1, "EXP", "int8 lookup table"),
        ("rsqrt", tf.math.rsqrt, 0.1, 4, "RSQRT", ""),
        ("sqrt", tf.sqrt, 0.0, 4, "SQRT", ""),
        ("elu", tf.nn.elu, -4, 2, "ELU", ""),
        ("abs", tf.abs, -3, 3, "ABS", ""),
        ("neg", tf.negative, -2, 3, "NEG", "asymmetric input range"),
        ("square", tf.square, -2, 2, "SQUARE", ""),
        ("log", tf.math.log, 0.05, 4, "LOG", ""),
    ]
    for n, f, lo, hi, code, note in unary:
        qcase(n, K, lambda x, f=f: f(x), [F(4, 6, lo=lo, hi=hi)], code,
              f"inputs uniform in [{lo}, {hi}]" + (f"; {note}" if note else ""))
    qcase("logistic_4d_wide", K, lambda x: tf.sigmoid(x), [F(1, 3, 5, 4, lo=-12, hi=12)], "LOGISTIC",
          "wide range [-12,12] (saturation)")

    def prelu_model(shape, shared_axes, tag):
        def build():
            keras.backend.clear_session()
            inp = keras.Input(shape, batch_size=1, name="in0")
            layer = keras.layers.PReLU(shared_axes=shared_axes)
            m = keras.Model(inp, layer(inp))
            a = layer.get_weights()[0]
            layer.set_weights([rng_for(tag).uniform(0.05, 0.5, size=a.shape).astype(F32)])
            return m
        return build
    qcase("prelu_per_channel", K, None, [F(1, 4, 5, 3, lo=-2, hi=2)], "PRELU",
          "Keras PReLU(shared_axes=[1,2]): int8 alpha [1,1,3] broadcast over H,W", keras=prelu_model((4, 5, 3), [1, 2], "qpr1"))

    def rb(size, ac, hp):
        return lambda x: tf.raw_ops.ResizeBilinear(images=x, size=size, align_corners=ac, half_pixel_centers=hp)

    def rn(size, ac, hp):
        return lambda x: tf.raw_ops.ResizeNearestNeighbor(images=x, size=size, align_corners=ac, half_pixel_centers=hp)
    qcase("resize_bilinear_half_pixel", K, rb([6, 7], False, True), [F(1, 3, 4, 2)], "RESIZE_BILINEAR",
          "3x4 -> 6x7, half_pixel_centers")
    qcase("resize_bilinear_align_corners", K, rb([5, 7], True, False), [F(1, 3, 4, 2)], "RESIZE_BILINEAR",
          "3x4 -> 5x7, align_corners")
    qcase("resize_bilinear_default_down", K, rb([3, 2], False, False), [F(1, 7, 5, 3)], "RESIZE_BILINEAR",
          "7x5 -> 3x2, neither flag")
    qcase("resize_nearest_half_pixel", K, rn([6, 7], False, True), [F(1, 3, 4, 2)], "RESIZE_NEAREST_NEIGHBOR",
          "3x4 -> 6x7, half_pixel_centers")
    qcase("resize_nearest_align_corners", K, rn([5, 7], True, False), [F(1, 3, 4, 2)], "RESIZE_NEAREST_NEIGHBOR",
          "3x4 -> 5x7, align_corners")

    qcase("reshape", K, lambda x: tf.reshape(tf.nn.relu(x), [4, -1]), [F(2, 3, 4)], ["RELU", "RESHAPE"],
          "RELU then RESHAPE [2,3,4] -> [4,6] (a lone RESHAPE converts to nothing quantized)")
    qcase("transpose", K, lambda x: tf.transpose(x, [2, 0, 1]), [F(2, 3, 4)], "TRANSPOSE", "perm [2,0,1]")
    qcase("transpose_4d", K, lambda x: tf.transpose(x, [0, 3, 1, 2]), [F(1, 2, 3, 4)], "TRANSPOSE", "NHWC -> NCHW")
    qcase("pad", K, lambda x: tf.pad(x, [[0, 0], [1, 2], [2, 0], [0, 0]]), [F(1, 3, 3, 2, lo=0.5, hi=2)], "PAD",
          "pads with the zero point (real 0, outside the input range [0.5,2])")
    qcase("padv2_constant", K, lambda x: tf.pad(x, [[1, 1], [0, 2]], constant_values=-0.5), [F(3, 4)],
          ["PADV2"], "constant_values -0.5 (int8 constant pad value)")
    qcase("mirror_pad_reflect", K, lambda x: tf.pad(x, [[0, 0], [2, 1], [1, 2], [0, 0]], mode="REFLECT"),
          [F(1, 4, 4, 2)], "MIRROR_PAD", "REFLECT")
    qcase("mirror_pad_symmetric", K, lambda x: tf.pad(x, [[1, 1], [2, 2]], mode="SYMMETRIC"),
          [F(3, 4)], "MIRROR_PAD", "SYMMETRIC")
    qcase("strided_slice", K, lambda x: x[:, 1:5:2, ::-1], [F(2, 6, 4)], "STRIDED_SLICE",
          "x[:, 1:5:2, ::-1] (negative stride)")
    qcase("slice", K, lambda x: tf.slice(x, [1, 0, 2], [2, 3, 2]), [F(3, 4, 5)], "SLICE", "begin [1,0,2] size [2,3,2]")
    qcase("gather_axis0", K, lambda x, i: tf.gather(x, i), [F(5, 3), I(4, lo=0, hi=4)], "GATHER",
          "int8 params [5,3], runtime int32 indices [4] (not quantized)")
    qcase("gather_const_indices_axis1", K, lambda x: tf.gather(x, [2, 0, 2], axis=1), [F(2, 4)], "GATHER",
          "constant indices [2,0,2], axis 1")
    qcase("squared_difference", K, lambda x, y: tf.math.squared_difference(x, y), [F(3, 4), F(3, 4, lo=-2, hi=2)],
          "SQUARED_DIFFERENCE", "operands with different scales")
    qcase("maximum", K, lambda x, y: tf.maximum(x, y), [F(3, 4), F(3, 4, lo=-3, hi=2)], "MAXIMUM",
          "different input scales")
    qcase("minimum_broadcast", K, lambda x, y: tf.minimum(x, y), [F(2, 3, 4), F(4, lo=-0.5, hi=0.5)], "MINIMUM",
          "[2,3,4] vs [4], different input scales")
    for code, f in (("EQUAL", tf.equal), ("LESS", tf.less), ("GREATER", tf.greater),
                    ("NOT_EQUAL", tf.not_equal), ("GREATER_EQUAL", tf.greater_equal), ("LESS_EQUAL", tf.less_equal)):
        # a shared grid so equal pairs occur: both operands are multiples of 0.25 in [-1,1]
        qcase(code.lower(), K, lambda x, y, f=f: f(tf.nn.relu6(x), tf.nn.relu6(y)),
              [F(3, 4, lo=-1, hi=2), F(4, lo=-1, hi=4)], ["RELU6", code],
              "int8 operands with different scales (RELU6 in front so the inputs are quantized), [3,4] vs [4]; "
              "bool output")

    qcase("quantize_float_input", K, lambda x: tf.nn.max_pool2d(x, 2, 2, "VALID"), [F(1, 4, 4, 2)],
          ["QUANTIZE", "MAX_POOL_2D"], "float32 input, int8 output: QUANTIZE float->int8 then MAX_POOL_2D", io="float_in")
    qcase("dequantize_float_output", K, lambda x: tf.nn.max_pool2d(x, 2, 2, "VALID"), [F(1, 4, 4, 2)],
          ["MAX_POOL_2D", "DEQUANTIZE"], "int8 input, float32 output: MAX_POOL_2D then DEQUANTIZE", io="float_out")
    w = He("qu8", 3, 3, 2, 3); b = bias("qu8b", 3)
    qcase("quantize_uint8_io", K, lambda x, w=w, b=b: conv(x, w, b, act="RELU"), [F(1, 5, 5, 2)],
          ["QUANTIZE", "CONV_2D", "QUANTIZE"],
          "int8 model converted with inference_input/output_type uint8: QUANTIZE uint8->int8 (zero point +128, "
          "same scale) at the input, QUANTIZE int8->uint8 at the output", io="uint8")
    all256 = np.arange(-128, 128, dtype=np.int64).reshape(4, 64)
    flat = lambda x: tf.reshape(x, [-1])  # noqa: E731
    qcase("quantize_requantize_int8", K, flat, [F(4, 64, qvalue=all256)], ["QUANTIZE", "RESHAPE"],
          "int8 -> int8 QUANTIZE (requantization; the int8 converter only emits it inside graphs, the 16x8 "
          "one does for CONCATENATION, see int16x8_concat_different_scales): float-input QUANTIZE + RESHAPE "
          "with the model input patched to int8, scale 0.0061, zero point 5; input = all 256 int8 values",
          io="float_in", patch=lambda m: patch_requantize_input(m, 0.0061, 5))
    qcase("quantize_requantize_ties", K, flat, [F(4, 64, qvalue=all256)], ["QUANTIZE", "RESHAPE"],
          "int8 -> int8 requantization with input scale = output scale / 4 exactly (multiplier 0.25) and "
          "zero point 0: (q)/4 hits exact quarter and half steps and tells double rounding "
          "(SaturatingRoundingDoublingHighMul + RoundingDivideByPOT) from single rounding "
          "(TFLITE_SINGLE_ROUNDING); input = all 256 int8 values (see observed)",
          io="float_in", patch=lambda m: patch_requantize_input(m, "out/4", 0))
    qcase("quantize_float_ties", K, flat, [F(4, 64, value=(np.arange(-130, 126).reshape(4, 64) + 0.5) / 64)],
          ["QUANTIZE", "RESHAPE"],
          "float -> int8 QUANTIZE with the output scale patched to 1/64 and zero point to 3, inputs exactly "
          "on half steps (k + 0.5)/64 for k in [-130,126): shows the tie rounding of QUANTIZE (see observed)",
          io="float_in", patch=lambda m: patch_quantize_params(m, 1.0 / 64, 3))

    qcase("arg_max_int32", K, lambda x: tf.argmax(x, -1, output_type=tf.int32), [F(3, 10)], "ARG_MAX",
          "int8 input, int32 output (no quantization)")
    qcase("arg_max_int64_axis1", K, lambda x: tf.argmax(tf.nn.relu(x), 1), [F(2, 5, 3)], ["RELU", "ARG_MAX"],
          "axis 1, int64 output; RELU first so ties (many zeros) occur: first index wins")

    qcase("split", K, lambda x: tf.split(x, 3, axis=1), [F(2, 6)], "SPLIT", "3 outputs on axis 1")
    qcase("split_v", K, lambda x: tf.split(x, [1, 3, 2], axis=-1), [F(2, 2, 6)], "SPLIT_V", "sizes [1,3,2]")
    qcase("pack", K, lambda x, y, z: tf.stack([x, y, z], 1), [F(2, 3), F(2, 3, lo=-4, hi=4), F(2, 3, lo=0, hi=1)],
          "PACK", "3 inputs with different ranges, axis 1")
    qcase("unpack", K, lambda x: tf.unstack(x, axis=1), [F(2, 3, 4)], "UNPACK", "axis 1, 3 outputs")
    qcase("broadcast_to", K, lambda x: tf.broadcast_to(x, [3, 2, 5]), [F(2, 1)], "BROADCAST_TO", "[2,1] -> [3,2,5]")
    qcase("tile", K, lambda x: tf.tile(x, [2, 1, 3]), [F(2, 3, 2)], "TILE", "multiples [2,1,3]")
    qcase("depth_to_space", K, lambda x: tf.nn.depth_to_space(x, 2), [F(1, 2, 3, 8)], "DEPTH_TO_SPACE", "block 2")
    qcase("space_to_depth", K, lambda x: tf.nn.space_to_depth(x, 2), [F(1, 4, 6, 2)], "SPACE_TO_DEPTH", "block 2")
    qcase("batch_to_space_nd", K, lambda x: tf.batch_to_space(x, [2, 2], [[0, 0], [0, 1]]), [F(4, 2, 2, 1)],
          "BATCH_TO_SPACE_ND", "block [2,2], crops [[0,0],[0,1]]")
    qcase("space_to_batch_nd", K, lambda x: tf.space_to_batch(x, [2, 2], [[0, 0], [1, 1]]), [F(1, 4, 2, 2)],
          "SPACE_TO_BATCH_ND", "block [2,2], paddings [[0,0],[1,1]] (pads with the zero point)")
    qcase("l2_normalization", K, lambda x: tf.math.l2_normalize(x, -1), [F(3, 8)], "L2_NORMALIZATION",
          "output fixed at scale 1/128, zero point 0")
    qcase("squeeze_expand_dims", K, lambda x: tf.expand_dims(tf.squeeze(tf.nn.relu(x), 1), 0), [F(2, 1, 4)],
          ["RELU"], "SQUEEZE/EXPAND_DIMS (static) become RESHAPE")


# ---- uint8 (rewritten int8 models) --------------------------------------------

def uint8_cases():
    K = "uint8"
    w = He("uc1", 3, 3, 3, 6); b = bias("uc1b", 6)
    qcase("conv2d_same_relu6", K, lambda x, w=w, b=b: conv(x, w, b, 1, "SAME", act="RELU6"),
          [F(1, 7, 7, 3)], "CONV_2D", "3x3 SAME stride 1, RELU6, per-tensor weights (uint8, zero point 128)",
          per_channel=False)
    w = He("uc2", 3, 3, 2, 4); b = bias("uc2b", 4)
    qcase("conv2d_valid_s2", K, lambda x, w=w, b=b: conv(x, w, b, 2, "VALID"),
          [F(1, 9, 8, 2, lo=0, hi=2)], "CONV_2D", "3x3 VALID stride 2, no activation, non-negative input", per_channel=False)
    w = He("ud1", 3, 3, 4, 1, fan_in=9); b = bias("ud1b", 4)
    qcase("depthwise_same_relu", K, lambda x, w=w, b=b: dwconv(x, w, b, act="RELU"),
          [F(1, 6, 6, 4)], "DEPTHWISE_CONV_2D", "3x3 SAME multiplier 1, RELU", per_channel=False)
    w = He("ud2", 3, 3, 2, 2, fan_in=9); b = bias("ud2b", 4)
    qcase("depthwise_mult2_s2", K, lambda x, w=w, b=b: dwconv(x, w, b, 2, "VALID"),
          [F(1, 7, 7, 2)], "DEPTHWISE_CONV_2D", "3x3 VALID stride 2, multiplier 2", per_channel=False)
    w = He("uf1", 16, 8); b = bias("uf1b", 8)
    qcase("fully_connected_relu", K, lambda x, w=w, b=b: tf.nn.relu(tf.matmul(x, w) + b),
          [F(3, 16)], "FULLY_CONNECTED", "[3,16] x [16,8] + bias, RELU", per_channel=False)
    qcase("add_different_scales", K, lambda x, y: x + y, [F(3, 4), F(3, 4, lo=-5, hi=3)], "ADD",
          "different input scales and zero points")
    qcase("add_broadcast_relu6", K, lambda x, y: tf.nn.relu6(x + y), [F(2, 3, 4, lo=0, hi=4), F(4, lo=-2, hi=2)],
          "ADD", "[2,3,4] + [4], RELU6")
    qcase("avg_pool_same_3x3_s2", K, lambda x: tf.nn.avg_pool2d(x, 3, 2, "SAME"), [F(1, 7, 7, 3)],
          "AVERAGE_POOL_2D", "SAME 3x3 stride 2")
    qcase("softmax", K, lambda x: tf.nn.softmax(x), [F(3, 10, lo=-4, hi=4)], "SOFTMAX",
          "uint8 output scale 1/256, zero point 0")
    qcase("concat_different_scales", K, lambda x, y: tf.concat([x, y], -1), [F(2, 3), F(2, 4, lo=-6, hi=2)],
          "CONCATENATION", "different input scales")
    qcase("reshape", K, lambda x: tf.reshape(tf.nn.relu(x), [4, -1]), [F(2, 3, 4)], ["RELU", "RESHAPE"],
          "RELU then RESHAPE")
    qcase("max_pool_relu_logistic", K, lambda x: tf.sigmoid(tf.nn.max_pool2d(x, 2, 2, "VALID")),
          [F(1, 4, 4, 2, lo=-4, hi=4)], ["MAX_POOL_2D", "LOGISTIC"], "MAX_POOL_2D then LOGISTIC (uint8 scale 1/256, zp 0)")


# ---- int16x8 ----------------------------------------------------------------

def int16_cases():
    K = "int16x8"
    w = He("sc1", 3, 3, 3, 6); b = bias("sc1b", 6)
    qcase("conv2d_same_relu", K, lambda x, w=w, b=b: conv(x, w, b, 1, "SAME", act="RELU"), [F(1, 7, 7, 3)],
          "CONV_2D", "3x3 SAME, per-channel int8 weights, int64 bias, RELU")
    w = He("sc2", 3, 3, 2, 4); b = bias("sc2b", 4)
    qcase("conv2d_valid_s2", K, lambda x, w=w, b=b: conv(x, w, b, 2, "VALID"), [F(2, 9, 8, 2, lo=-3, hi=3)],
          "CONV_2D", "3x3 VALID stride 2, batch 2")
    w = He("sd1", 3, 3, 4, 2, fan_in=9); b = bias("sd1b", 8)
    qcase("depthwise_mult2_relu6", K, lambda x, w=w, b=b: dwconv(x, w, b, act="RELU6"), [F(1, 6, 6, 4, lo=-2, hi=2)],
          "DEPTHWISE_CONV_2D", "3x3 SAME multiplier 2, RELU6")
    w = He("sf1", 16, 8); b = bias("sf1b", 8)
    qcase("fully_connected", K, lambda x, w=w, b=b: tf.matmul(x, w) + b, [F(3, 16)], "FULLY_CONNECTED",
          "[3,16] x [16,8] + bias")
    w = He("sf2", 8, 6); b = bias("sf2b", 6)
    qcase("fully_connected_3d_relu", K, lambda x, w=w, b=b: tf.nn.relu(tf.tensordot(x, w, 1) + b), [F(2, 4, 8)],
          "FULLY_CONNECTED", "3-D keep_num_dims, RELU")
    w = He("st1", 3, 3, 3, 4, fan_in=9); b = bias("st1b", 3)
    qcase("transpose_conv_same_s2", K, lambda x, w=w, b=b: tf.nn.conv2d_transpose(x, w, [1, 8, 8, 3], 2, "SAME") + b,
          [F(1, 4, 4, 4)], "TRANSPOSE_CONV", "3x3 SAME stride 2 + bias")
    qcase("batch_matmul", K, lambda a, b: tf.matmul(a, b), [F(2, 3, 4), F(2, 4, 5, lo=-2, hi=2)], "BATCH_MATMUL",
          "two runtime int16 operands")
    qcase("add_different_scales", K, lambda x, y: x + y, [F(3, 4), F(3, 4, lo=-6, hi=6)], "ADD",
          "int16 operands with different scales")
    qcase("add_broadcast_relu", K, lambda x, y: tf.nn.relu(x + y), [F(2, 3, 4), F(4, lo=-2, hi=2)], "ADD",
          "broadcast, RELU")
    qcase("sub", K, lambda x, y: x - y, [F(3, 4), F(3, 4, lo=-3, hi=3)], "SUB", "")
    qcase("mul_broadcast", K, lambda x, y: x * y, [F(2, 3, 4, lo=-2, hi=2), F(4, lo=-3, hi=3)], "MUL", "broadcast")
    qcase("softmax", K, lambda x: tf.nn.softmax(x), [F(3, 10, lo=-4, hi=4)], "SOFTMAX",
          "int16 output scale 1/32768, zero point 0")
    qcase("logistic", K, lambda x: tf.sigmoid(x), [F(4, 6, lo=-8, hi=8)], "LOGISTIC", "")
    qcase("tanh", K, lambda x: tf.tanh(x), [F(4, 6, lo=-4, hi=4)], "TANH", "")
    qcase("avg_pool_same_3x3_s2", K, lambda x: tf.nn.avg_pool2d(x, 3, 2, "SAME"), [F(1, 7, 7, 3)],
          "AVERAGE_POOL_2D", "")
    qcase("max_pool_valid_2x2", K, lambda x: tf.nn.max_pool2d(x, 2, 2, "VALID"), [F(1, 6, 6, 2)], "MAX_POOL_2D", "")
    qcase("concat_different_scales", K, lambda x, y: tf.concat([x, y], -1), [F(2, 3), F(2, 4, lo=-8, hi=8)],
          "CONCATENATION", "")
    qcase("mean_hw", K, lambda x: tf.reduce_mean(x, [1, 2], keepdims=True), [F(1, 5, 5, 4, lo=-1, hi=3)], "MEAN", "")
    qcase("reshape", K, lambda x: tf.reshape(tf.nn.relu(x), [4, -1]), [F(2, 3, 4)], ["RELU", "RESHAPE"], "")
    qcase("relu6", K, lambda x: tf.nn.relu6(x), [F(4, 6, lo=-3, hi=9)], "RELU6", "standalone RELU6")
    qcase("leaky_relu", K, lambda x: tf.nn.leaky_relu(x, 0.2), [F(4, 6, lo=-3, hi=3)], "LEAKY_RELU", "alpha 0.2")
    qcase("hard_swish", K, lambda x: x * tf.nn.relu6(x + 3.0) / 6.0, [F(4, 6, lo=-5, hi=5)], "HARD_SWISH", "")
    qcase("quantize_dequantize_float_io", K, lambda x: tf.nn.relu(tf.nn.avg_pool2d(x, 2, 2, "VALID")),
          [F(1, 4, 4, 3)], ["QUANTIZE", "AVERAGE_POOL_2D", "DEQUANTIZE"],
          "float I/O: QUANTIZE float->int16, AVERAGE_POOL_2D, DEQUANTIZE int16->float", io="float")


# ---- hybrid (dynamic range) -------------------------------------------------

def hybrid_cases():
    K = "hybrid"
    w = He("hf1", 64, 32); b = bias("hf1b", 32)
    qcase("fully_connected_relu", K, lambda x, w=w, b=b: tf.nn.relu(tf.matmul(x, w) + b), [F(3, 64)],
          "FULLY_CONNECTED", "[3,64] x [64,32] (2048 int8 weights; below 1024 elements the converter keeps "
          "float weights), RELU", io="float")
    w = He("hf2", 48, 40)
    qcase("fully_connected_3d_nobias", K, lambda x, w=w: tf.tensordot(x, w, 1), [F(2, 3, 48, lo=-2, hi=2)],
          "FULLY_CONNECTED", "3-D input, keep_num_dims, no bias", io="float")
    w = He("hc1", 3, 3, 16, 16); b = bias("hc1b", 16)
    qcase("conv2d_same_relu", K, lambda x, w=w, b=b: conv(x, w, b, 1, "SAME", act="RELU"), [F(1, 6, 6, 16)],
          "CONV_2D", "3x3x16x16 (2304 weights) SAME, RELU", io="float")
    w = He("hd1", 3, 3, 128, 1, fan_in=9); b = bias("hd1b", 128)
    qcase("depthwise_s2", K, lambda x, w=w, b=b: dwconv(x, w, b, 2, "SAME"), [F(1, 5, 5, 128)],
          "DEPTHWISE_CONV_2D", "3x3 SAME stride 2 on 128 channels (1152 weights)", io="float")
    wb = He("hb1", 2, 32, 48)
    qcase("batch_matmul_const_rhs", K, lambda a, wb=wb: tf.matmul(a, wb), [F(2, 4, 32)], "BATCH_MATMUL",
          "runtime [2,4,32] x constant [2,32,48] (3072 weights)", io="float")


    def lstm_model():
        import generate_model_fixtures as gmf
        tfk = gmf.ensure_tf_keras()
        tfk.backend.clear_session()
        tfk.utils.set_random_seed(1201)
        return tfk.Sequential([tfk.Input((8, 32), batch_size=1, name="in0"),
                               tfk.layers.LSTM(32, return_sequences=True, name="lstm")], name="lstm_hybrid")
    qcase("unidirectional_sequence_lstm", K, None, [F(1, 8, 32)], "UNIDIRECTIONAL_SEQUENCE_LSTM",
          "tf-keras (Keras 2, .venv-tfkeras as in generate_model_fixtures.py) LSTM(32, return_sequences) on "
          "[1,8,32]: fused into UNIDIRECTIONAL_SEQUENCE_LSTM with int8 per-gate weights [32,32] (1024 elements each, "
          "the converter's minimum), float biases, float state; time_major false", io="float", keras=lstm_model)


# ---- float16 ----------------------------------------------------------------

def float16_cases():
    K = "float16"
    w = He("fc1", 3, 3, 4, 8); b = bias("fc1b", 8)
    qcase("conv2d_same_relu", K, lambda x, w=w, b=b: conv(x, w, b, 1, "SAME", act="RELU"), [F(1, 6, 6, 4)],
          ["DEQUANTIZE", "CONV_2D"], "float16 weights/bias + DEQUANTIZE to float32, float CONV_2D", io="float")
    w = He("ff1", 32, 16); b = bias("ff1b", 16)
    qcase("fully_connected", K, lambda x, w=w, b=b: tf.matmul(x, w) + b, [F(3, 32)],
          ["DEQUANTIZE", "FULLY_CONNECTED"], "float16 weights + DEQUANTIZE, float FULLY_CONNECTED", io="float")


int8_cases()
uint8_cases()
int16_cases()
hybrid_cases()
float16_cases()


# --------------------------------------------------------------------------
# flatbuffer edits
# --------------------------------------------------------------------------

def _input_quant_op(m):
    sg = m.subgraphs[0]
    (op,) = [o for o in sg.operators if fl.op_name_t(m, o) == "QUANTIZE" and o.inputs[0] in list(sg.inputs)]
    return sg, op


def patch_quantize_params(model: bytes, scale: float, zp: int) -> bytes:
    """Sets the scale/zero point of the input QUANTIZE's output (and of the
    RESHAPE output after it, which must share them)."""
    m = fl.load_t(model)
    sg, op = _input_quant_op(m)
    for o in sg.operators:  # the quantized chain: QUANTIZE out -> RESHAPE out (same params)
        if fl.op_name_t(m, o) in ("QUANTIZE", "RESHAPE"):
            q = sg.tensors[o.outputs[0]].quantization
            q.scale = np.array([scale], F32)
            q.zeroPoint = np.array([zp], np.int64)
    return fl.pack_t(m)


def patch_requantize_input(model: bytes, scale: float, zp: int) -> bytes:
    """Turns the float model input feeding QUANTIZE into an int8 input with
    (scale, zp): the QUANTIZE becomes an int8 -> int8 requantization."""
    m = fl.load_t(model)
    sg, op = _input_quant_op(m)
    if scale == "out/4":  # exactly a quarter of the QUANTIZE output scale (float32)
        scale = float(np.float32(sg.tensors[op.outputs[0]].quantization.scale[0]) / np.float32(4))
    t = sg.tensors[op.inputs[0]]
    t.type = TT.INT8
    q = schema_fb.QuantizationParametersT()
    q.scale = np.array([scale], F32)
    q.zeroPoint = np.array([zp], np.int64)
    t.quantization = q
    return fl.pack_t(m)


def to_uint8(model: bytes) -> bytes:
    """int8 -> legacy uint8: tensor types, zero points + 128, constant int8
    data + 128, operator versions 1."""
    m = fl.load_t(model)
    done = set()
    for sg in m.subgraphs:
        for t in sg.tensors:
            if t.type != TT.INT8:
                continue
            t.type = TT.UINT8
            q = t.quantization
            assert q is not None and q.zeroPoint is not None, t.name
            assert len(q.scale) == 1, ("per-channel tensor in a uint8 rewrite", t.name)
            q.zeroPoint = np.asarray(q.zeroPoint, np.int64) + 128
            buf = m.buffers[t.buffer]
            if buf.data is not None and len(buf.data) and t.buffer not in done:
                buf.data = (np.asarray(buf.data, np.uint8) ^ 0x80).astype(np.uint8)
                done.add(t.buffer)
    for oc in m.operatorCodes:
        oc.version = 1
    return fl.pack_t(m)


def tensor_types(model: bytes) -> dict:
    """{op: {role: type}} summary of the first instance of each op (for the
    manifest: e.g. 16x8 bias int64)."""
    m = fl.load_t(model)
    sg = m.subgraphs[0]
    out = {}
    for op in sg.operators:
        n = fl.op_name_t(m, op)
        if n in out:
            continue
        ins = [oracle.TENSOR_TYPE_NAMES[sg.tensors[i].type] if i >= 0 else "-" for i in op.inputs]
        outs = [oracle.TENSOR_TYPE_NAMES[sg.tensors[i].type] for i in op.outputs]
        out[n] = {"in": ins, "out": outs}
    return out


def const_quant_summary(model: bytes) -> list:
    """Per quantized constant (weights, biases, constant operands): 'TYPE[shape] N scales (axis k)'."""
    m = fl.load_t(model)
    sg = m.subgraphs[0]
    res = []
    for t in sg.tensors:
        buf = m.buffers[t.buffer]
        if buf.data is None or not len(buf.data) or t.quantization is None or t.quantization.scale is None:
            continue
        n = len(t.quantization.scale)
        res.append(f"{oracle.TENSOR_TYPE_NAMES[t.type]}{list(int(x) for x in t.shape)} "
                   + (f"{n} scales (axis {int(t.quantization.quantizedDimension)})" if n > 1 else "1 scale"))
    return res


def float_ops(model: bytes) -> list[str]:
    """Operators (other than QUANTIZE/DEQUANTIZE) with a float32 input."""
    m = fl.load_t(model)
    res = []
    for sg in m.subgraphs:
        for op in sg.operators:
            n = fl.op_name_t(m, op)
            if n in ("QUANTIZE", "DEQUANTIZE") or n in res:
                continue
            if any(i >= 0 and sg.tensors[i].type == TT.FLOAT32 for i in op.inputs):
                res.append(n)
    return res


def op_versions(model: bytes) -> dict:
    fb = oracle.flatbuffer_info(model)
    return {o["name"]: o["version"] for o in fb["opcodes"]}


# --------------------------------------------------------------------------
# conversion
# --------------------------------------------------------------------------

def float_model_input_names(c: QCase, specs, km) -> list[str]:
    """Input names in the (unquantized) converted model's order: the
    calibrator feeds lists in this order."""
    if km is not None:
        return [f"in{k}" for k in range(len(c.inputs))]
    m = fl.convert_function(c.fn, specs)
    info = oracle.flatbuffer_info(m)
    sg = info["subgraphs"][0]
    return [sg["tensors"][i]["name"] for i in sg["inputs"]]


def make_converter(c: QCase, specs, km):
    if km is not None:
        return tf.lite.TFLiteConverter.from_keras_model(km)
    f = tf.function(lambda *a: c.fn(*a), input_signature=specs, autograph=False)
    return tf.lite.TFLiteConverter.from_concrete_functions([f.get_concrete_function()], f)


def configure(conv_, kind, rep, io="int", per_channel=True):
    if kind in ("int8", "uint8", "int16x8"):
        conv_.optimizations = [tf.lite.Optimize.DEFAULT]
        conv_.representative_dataset = rep
        if kind == "int16x8":
            conv_.target_spec.supported_ops = [
                tf.lite.OpsSet.EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8]
            it = tf.int16
        else:
            conv_.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
            it = tf.int8
        if io == "uint8":
            it_in = it_out = tf.uint8
        else:
            it_in = tf.float32 if io in ("float", "float_in") else it
            it_out = tf.float32 if io in ("float", "float_out") else it
        conv_.inference_input_type = it_in
        conv_.inference_output_type = it_out
        if not per_channel or kind == "uint8":
            conv_._experimental_disable_per_channel = True
    elif kind == "hybrid":
        conv_.optimizations = [tf.lite.Optimize.DEFAULT]
    elif kind == "float16":
        conv_.optimizations = [tf.lite.Optimize.DEFAULT]
        conv_.target_spec.supported_types = [tf.float16]
    else:
        raise ValueError(kind)


class Skip(Exception):
    pass


# --------------------------------------------------------------------------
# op-case generation
# --------------------------------------------------------------------------

def tf_reference(c: QCase, km, float_inputs_by_name: dict) -> list[np.ndarray]:
    args = [tf.constant(float_inputs_by_name[f"in{k}"]) for k in range(len(c.inputs))]
    if c.tf_fn is not None:
        y = c.tf_fn(*args)
    elif km is not None:
        y = km(args[0] if len(args) == 1 else args)
    else:
        y = c.fn(*args)
    return [np.asarray(t) for t in tf.nest.flatten(y)]


def output_index(name: str, k: int) -> int:
    if name == "Identity":
        return 0
    if name.startswith("Identity_") and name[9:].isdigit():
        return int(name[9:])
    return k


def run_checked(model: bytes, inputs, resolver=REF):
    try:
        return WORKER.run(model, inputs, resolver)
    except ql.RuntimeCrash as e:
        raise Skip(f"official runtime ({resolver}) crashed: {e}")
    except ql.RuntimeRefused as e:
        raise Skip(f"official runtime ({resolver}) refused: {str(e)[:300]}")


def generate_op_case(c: QCase, out: Path):
    km = None
    if c.keras is not None:
        keras.utils.set_random_seed(zlib.crc32(c.name.encode()) & 0x7FFFFFFF)
        km = c.keras()
    specs = [inp.tspec(f"in{k}") for k, inp in enumerate(c.inputs)]
    rng = rng_for(c.name)
    samples = [{f"in{k}": inp.make(rng) for k, inp in enumerate(c.inputs)} for _ in range(N_CALIB)]
    test = dict(samples[0])
    for k, inp in enumerate(c.inputs):
        if inp.value is not None:
            test[f"in{k}"] = inp.value
    order = float_model_input_names(c, specs, km)

    def rep():
        for s in samples:
            yield [s[n] for n in order]
    conv_ = make_converter(c, specs, km)
    configure(conv_, "int8" if c.kind == "uint8" else c.kind, rep, c.io, c.per_channel)
    try:
        model = quiet_convert(conv_)
    except Exception as e:  # noqa: BLE001
        msg = " ".join(str(e).split())
        raise Skip(f"converter refused: {msg[-400:]}")
    if c.kind == "uint8":
        model = to_uint8(model)
    if c.patch is not None:
        model = c.patch(model)
    ops = fl.all_opcodes(model)
    missing = [w for w in c.want if w not in ops]
    if missing:
        raise Skip(f"converter did not emit {missing}; got {ops}")
    bad = [w for w in c.forbid if w in ops]
    if bad:
        raise Skip(f"converter emitted unwanted {bad}; got {ops}")
    resolver = REF
    ref_missing = None
    ref_bug_outs = None
    try:
        det = WORKER.details(model, REF)
    except ql.RuntimeRefused as e:
        if "Didn't find op" not in str(e):
            raise Skip(f"official runtime (BUILTIN_REF) refused at allocation: {str(e)[:300]}")
        ref_missing = str(e)[:160]
        resolver = NO_DELEGATE
        try:
            det = WORKER.details(model, resolver)
        except (ql.RuntimeRefused, ql.RuntimeCrash) as e2:
            raise Skip(f"official runtime ({resolver}) refused: {str(e2)[:300]}")
    except ql.RuntimeCrash as e:
        raise Skip(f"official runtime (BUILTIN_REF) crashed at allocation: {e}")
    ins, outd = det["inputs"], det["outputs"]
    for d in ins:  # Keras models: serving_default_in0:0
        d["name"] = d["name"].removeprefix("serving_default_").split(":")[0]
    # float test values -> model input type
    qfixed = {f"in{k}": inp.qvalue for k, inp in enumerate(c.inputs) if inp.qvalue is not None}
    ordered = [qfixed[d["name"]].astype(d["dtype"]) if d["name"] in qfixed else quantize_input(test[d["name"]], d)
               for d in ins]
    if c.use_resolver:
        ref_bug_outs = run_checked(model, ordered, REF)
        resolver = c.use_resolver
    outs = run_checked(model, ordered, resolver)

    entry = {"name": c.name, "quantization": c.kind, "ops": ops, "inputs": len(ordered), "outputs": len(outs)}
    float_out = [o.dtype.kind == "f" for o in outs]
    notes = []
    if c.kind in ("int8", "uint8", "int16x8"):
        if any(float_out):
            tol, tn = TOL_DEQ, NOTE_DEQ
        else:
            tol, tn = TOL_EXACT, NOTE_EXACT
    elif c.kind == "float16":
        tol, tn = TOL_F16, ("float32 kernels on float16-rounded weights: rtol 1e-5, atol 1e-5 as the float "
                            "op fixtures' dot products (summation order)")
    else:
        tol, tn = None, None  # hybrid: below
    # cross-checks with the other resolvers
    dev = {}
    for r, key in ((AUTO, "default"), (NO_DELEGATE, "builtin_no_delegate"), (REF, "builtin_ref")):
        if r == resolver or (r == REF and ref_missing):
            continue
        try:
            got = WORKER.run(model, ordered, r)
        except (ql.RuntimeRefused, ql.RuntimeCrash) as e:
            notes.append(f"{r} refused: {str(e)[:120]}")
            continue
        dmax = 0.0
        for g, o, fo in zip(got, outs, float_out):
            assert g.dtype == o.dtype and g.shape == o.shape, (c.name, r)
            dmax = max(dmax, fl.max_diffs(g, o)[0] if fo else max_int_diff(g, o))
        dev[key] = dmax
        entry[f"{key}_max_abs_diff"] = float(f"{dmax:.3g}") if any(float_out) else int(dmax)
        if dmax and not any(float_out):
            notes.append(f"{r} differs from the golden ({resolver}) by up to {int(dmax)} in the integer output")
    # TF float reference on the dequantized inputs
    by_name_f = {d["name"]: dequantize(a, d).astype(F32) if d["dtype"] in QRANGE else a
                 for d, a in zip(ins, ordered)}
    ref = tf_reference(c, km, by_name_f)
    worst_abs, worst_lsb, mism = 0.0, 0.0, 0
    for k, d in enumerate(outd):
        t = ref[output_index(d["name"], k)] if len(ref) > 1 else ref[0]
        o = outs[k]
        if t.shape != o.shape:
            raise RuntimeError(f"{c.name}: TF output {t.shape} vs TFLite {o.shape}")
        if o.dtype == np.bool_ or (o.dtype.kind in "iu" and d["dtype"] not in QRANGE):
            mism += int(np.sum(t != o))
            continue
        got = dequantize(o, d) if d["dtype"] in QRANGE else o.astype(np.float64)
        da = float(np.max(np.abs(got - t.astype(np.float64)))) if o.size else 0.0
        worst_abs = max(worst_abs, da)
        if d["dtype"] in QRANGE:
            worst_lsb = max(worst_lsb, da / d["scales"][0])
    entry["float_max_abs_diff"] = float(f"{worst_abs:.3g}")
    if worst_lsb:
        entry["float_max_diff_lsb"] = float(f"{worst_lsb:.3g}")
    if mism:
        entry["float_mismatches"] = mism
        notes.append(f"{mism} integer/bool outputs differ from TF on the dequantized inputs (quantization "
                     "moves near-ties)")
    if c.kind == "hybrid":
        tol, tn = hybrid_tolerance(model, ordered, dev)
        entry["one_flip_abs"] = float(f"{hybrid_flip_bound(model, ordered):.3g}")
        entry["tf_max_abs_diff"] = entry.pop("float_max_abs_diff")
    entry["rtol"], entry["atol"] = tol
    entry["note"] = c.note
    entry["tolerance_note"] = tn
    if resolver != REF:
        entry["resolver"] = resolver
        if c.use_resolver:
            err = max(int(np.max(np.abs(dequantize(o, d) - t) / d["scales"][0]))
                      for o, d, t in zip(ref_bug_outs, outd, ref))
            notes.append(c.resolver_reason.format(ref_err=err))
            entry["builtin_ref_float_max_diff_lsb"] = err
        else:
            notes.append(f"BUILTIN_REF cannot load this model ({ref_missing}); outputs come from {resolver}")
    fops = float_ops(model)
    if fops and c.kind in ("int8", "uint8", "int16x8"):
        entry["float_ops"] = fops
        left = [w for w in c.want if w in fops]
        if left:
            notes.append(f"the converter leaves {left} in float32 (DEQUANTIZE before / QUANTIZE after)")
    if c.name.endswith("quantize_float_ties"):
        notes.append(describe_ties(test["in0"], outs[0]))
    if "requantize" in c.name:
        notes.append(describe_requantize(ordered[0], outs[0], ins[0], outd[0]))
    entry["input_names"] = [d["name"] for d in ins]
    entry["input_shapes"] = [fl.tensor_desc(a) for a in ordered]
    entry["output_shapes"] = [fl.tensor_desc(o) for o in outs]
    entry["input_quantization"] = [qdesc(d) for d in ins]
    entry["output_quantization"] = [qdesc(d) for d in outd]
    entry["op_versions"] = op_versions(model)
    consts = const_quant_summary(model)
    if consts:
        entry["constants"] = consts
    if c.kind == "int16x8":
        entry["tensor_types"] = tensor_types(model)
    if c.kind in ("int8", "uint8") and worst_lsb > 3 and resolver == REF:
        # sanity: one op on calibrated data stays within ~1 output step of float TF
        print(f"  WARNING {c.name}: golden is {worst_lsb:.1f} output steps from TF's float result")
    if notes:
        entry["observed"] = "; ".join(notes)
    size = fl.write_case(out, c.name, model, ordered, outs)
    return entry, size


HYBRID_NOTE = (
    "hybrid (dynamic-range) kernel: the float activations are quantized to int8 on the fly (per batch row; "
    "asymmetric where the op's asymmetric_quantize_inputs is true), multiplied with the int8 weights in int32 and "
    "scaled back to float. rtol 1e-5; atol = 10x the largest deviation of the AUTO (XNNPACK) and optimized "
    "builtin kernels from the golden ({dev:.3g}), floor 1e-5, rounded up to 1/2/5e-k. That is tight on purpose: "
    "the activation quantization is deterministic (reference tensor_utils Asymmetric/SymmetricQuantizeFloats: "
    "scale from the row's min/max, TfLiteRound = round half away from zero), so a faithful port reproduces it; if an output is off by about one_flip_abs ({flip:.3g} = row scale x max|w|) one "
    "activation rounding flipped (look at how the scale / inverse scale / rounding is computed). tf_max_abs_diff "
    "is the float model's distance (the quantization error itself), informational only")


def hybrid_tolerance(model: bytes, inputs, dev: dict):
    worst = max(dev.values()) if dev else 0.0
    atol = max(1e-5, nice_ceil(10 * worst)) if worst > 0 else 1e-5
    return (1e-5, atol), HYBRID_NOTE.format(dev=worst, flip=hybrid_flip_bound(model, inputs))


def hybrid_flip_bound(model: bytes, inputs) -> float:
    """max over rows of (max|x_row| / 127) * max |dequantized weight|."""
    m = fl.load_t(model)
    sg = m.subgraphs[0]
    wmax = 0.0
    for t in sg.tensors:
        buf = m.buffers[t.buffer]
        if t.type == TT.INT8 and buf.data is not None and len(buf.data):
            q = np.asarray(buf.data, np.uint8).view(np.int8).astype(np.float64)
            s = np.asarray(t.quantization.scale, np.float64)
            wmax = max(wmax, float(np.max(np.abs(q)) * np.max(s)))
    x = inputs[0]
    row = float(np.max(np.abs(x))) / 127.0
    return row * wmax


def describe_ties(x, got) -> str:
    """QUANTIZE float -> int8 with scale 1/64, zero point 3 on exact half steps."""
    half = x.astype(np.float64) * 64  # exact
    away = (np.sign(half) * np.floor(np.abs(half) + 0.5)).astype(np.int64)
    even = np.round(half).astype(np.int64)
    up = np.floor(half + 0.5).astype(np.int64)
    got = got.astype(np.int64).reshape(half.shape)
    rules = {"round half AWAY from zero": away, "round half to EVEN": even, "round half UP": up}
    which = [n for n, r in rules.items() if np.array_equal(got, np.clip(r + 3, -128, 127))]
    return (f"QUANTIZE on exact ties x = (k + 0.5) * scale: the result matches {' / '.join(which) or 'no rule'} "
            f"(of half-away, half-even, half-up)")


def describe_requantize(q_in, got, din, dout) -> str:
    """Which MultiplyByQuantizedMultiplier rounding reproduces the golden."""
    s_in, zp_in = din["scales"][0], din["zero_points"][0]
    s_out, zp_out = dout["scales"][0], dout["zero_points"][0]
    mult, shift = ql.quantize_multiplier(float(np.float64(np.float32(s_in)) / np.float64(np.float32(s_out))))
    x = q_in.astype(np.int64).ravel() - zp_in
    got = got.astype(np.int64).ravel()
    res = {}
    for n, f in (("double rounding (gemmlowp SaturatingRoundingDoublingHighMul + RoundingDivideByPOT, the "
                  "default build)", ql.mbqm_double_rounding),
                 ("single rounding (TFLITE_SINGLE_ROUNDING)", ql.mbqm_single_rounding)):
        y = np.clip(f(x, mult, shift) + zp_out, -128, 127)
        res[n] = int(np.sum(y != got))
    exact = np.clip(np.floor(x * (float(s_in) / float(s_out)) + 0.5) + zp_out, -128, 127)
    match = [n for n, k in res.items() if k == 0]
    return (f"requantize multiplier {mult} * 2^{shift} (= {float(s_in) / float(s_out):.6g}): golden matches "
            f"{' and '.join(match) or 'neither rounding model'}; mismatches per model "
            f"{ {n.split(' (')[0]: k for n, k in res.items()} }, vs exact real rounding "
            f"{int(np.sum(exact != got))}")


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def run_ops(out: Path, pats: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    todo = [c for c in CASES if not pats or any(p in c.name for p in pats)]
    man_path = out / "manifest.json"
    old = {"cases": [], "skipped": []}
    if pats and man_path.exists():
        old = json.loads(man_path.read_text())
    entries = {e["name"]: e for e in old.get("cases", [])}
    skipped = {s["name"]: s for s in old.get("skipped", [])}
    total = 0
    t0 = time.time()
    for c in todo:
        entries.pop(c.name, None)
        skipped.pop(c.name, None)
        try:
            entry, size = generate_op_case(c, out)
        except Skip as e:
            fl.clean(out, c.name)
            skipped[c.name] = {"name": c.name, "quantization": c.kind, "ops": c.want, "reason": str(e),
                               "note": c.note}
            print(f"  SKIP {c.name}: {e}")
            continue
        entries[c.name] = entry
        total += size
        flag = f"  [{entry['observed']}]" if "observed" in entry else ""
        print(f"  {c.name:44s} {size:6d} B  {' '.join(entry['ops'])}{flag}", flush=True)
    order = {c.name: i for i, c in enumerate(CASES)}
    man = {
        "generator": "Scripts/reference/generate_quantized_fixtures.py",
        "runtime": "ai-edge-litert 2.3.0 Interpreter, OpResolverType.BUILTIN_REF",
        "converter": f"TensorFlow {tf.__version__} tf.lite.TFLiteConverter",
        "comparison": "integer/bool outputs: exact (rtol = atol = 0); float outputs: "
                      "numpy.allclose(got, want, rtol, atol). Inputs are already quantized to the model's "
                      "input type (.npy dtype = input dtype).",
        "cases": sorted(entries.values(), key=lambda e: order.get(e["name"], 1 << 30)),
        "skipped": sorted(skipped.values(), key=lambda e: order.get(e["name"], 1 << 30)),
    }
    man["left_in_float"] = [
        {"name": e["name"], "ops": e["float_ops"]}
        for e in man["cases"] if e.get("float_ops")]
    dump_json(man_path, man)
    all_bytes = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(f"{len(man['cases'])} cases, {len(man['skipped'])} skipped; this run wrote {total} B in "
          f"{time.time() - t0:.0f} s; {out} holds {all_bytes} B")


def verify(dirs) -> int:
    """Reloads every fixture from disk, runs it in the official runtime (the
    manifest's resolver, default BUILTIN_REF) in a fresh child process and
    compares with the stored outputs under the manifest's rule. Returns the
    number of failures."""
    bad = 0
    for d in dirs:
        man = json.loads((d / "manifest.json").read_text())
        entries = man.get("cases", []) + man.get("models", [])
        for e in entries:
            n = e["name"]
            model = (d / f"{n}.tflite").read_bytes()
            ins = [np.load(d / f"{n}.input_{k}.npy") for k in range(e["inputs"])]
            want = [np.load(d / f"{n}.output_{k}.npy") for k in range(e["outputs"])]
            got = WORKER.run(model, ins, e.get("resolver", REF))
            if "defined_rows" in e:
                import generate_model_fixtures as gmf
                got = gmf.mask_detections(got)
            ok = all(fl.allclose_like_tests(g, w, e["rtol"], e["atol"]) for g, w in zip(got, want))
            ok = ok and all(fl.tensor_desc(a) == s for a, s in zip(ins, e["input_shapes"]))
            if not ok:
                bad += 1
                print(f"  FAIL {d.name}/{n}")
        print(f"verified {len(entries)} fixtures in {d}: {bad} failures so far")
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("ops", "models", "all"), default="all")
    ap.add_argument("--only", default="", help="comma-separated substrings of case/model names")
    ap.add_argument("--ops-out", type=Path, default=OPS_OUT)
    ap.add_argument("--models-out", type=Path, default=MODELS_OUT)
    ap.add_argument("--benchmark", action="store_true", help="(only) write Benchmarks/models/mobilenet_v2_int8*")
    ap.add_argument("--bench-out", type=Path, default=BENCH_OUT)
    ap.add_argument("--verify", action="store_true",
                    help="(only) reload the fixtures in --ops-out/--models-out and check them against the runtime")
    args = ap.parse_args(argv)
    print(f"TensorFlow {tf.__version__}, Keras {keras.__version__}, numpy {np.__version__}")
    pats = [p for p in args.only.split(",") if p]
    try:
        if args.verify:
            return 1 if verify([args.ops_out, args.models_out]) else 0
        if args.benchmark:
            import quantized_models as qm
            qm.generate_benchmark(args.bench_out, WORKER)
            return 0
        if args.part in ("ops", "all"):
            run_ops(args.ops_out, pats)
        if args.part in ("models", "all"):
            import quantized_models as qm
            qm.run_models(args.models_out, pats, WORKER)
    finally:
        WORKER.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
