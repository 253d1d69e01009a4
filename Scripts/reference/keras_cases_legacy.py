"""Keras 2 (tf-keras 2.21) fixture cases: functional models whose TensorFlow calls on Keras
tensors tf-keras records as TFOpLambda / SlicingOpLambda layers, and tf.keras.applications models
(MobileNetV3Small names layers `Conv` and `Conv/BatchNorm`, which nests its .h5 weight groups).

These need tf_keras, so the Keras 3 driver (generate_keras_fixtures.py, which imports every
keras_cases_*.py) finds no CASES here; generate_tfkeras_fixtures.py builds TFKERAS_CASES:

    PYTHONPATH=.venv-tfkeras .venv-reference/bin/python Scripts/reference/generate_tfkeras_fixtures.py

Each case is a function (keras, tf) -> LegacyCase; fixture folders are named legacy_<case>.
TFKERAS_ERROR_CASES are models SwiftLite must refuse (Tests/Fixtures/keras-errors/legacy_<case>).
"""

from __future__ import annotations

import dataclasses

import numpy as np

CASES: dict = {}   # nothing for the Keras 3 driver


@dataclasses.dataclass
class LegacyCase:
    """A tf-keras model and the inputs to predict on (one array per model input, batch first)."""
    model: object
    inputs: list
    keras_format: bool = True    # also save model.keras (tf-keras cannot save every call there, e.g. `...`)
    atol: float = 1e-4
    rtol: float = 1e-3


def rand(*shape, low=-1.0, high=1.0):
    return np.random.uniform(low, high, shape).astype(np.float32)


def tfop_math(keras, tf):
    """Arithmetic with constants and tensors, unary math, comparisons and the tf.nn activations."""
    L = keras.layers
    seq = keras.Input((5, 6), name="seq")
    side = keras.Input((6,), name="side")
    x = L.Dense(6, name="proj")(seq)
    s = tf.expand_dims(side, 1)                       # (N, 1, 6), broadcast below
    a = x + 3.0                                       # __operators__.add with a constant
    b = 2.0 * x - s                                   # math.multiply (_CONSTANT_VALUE first), math.subtract
    c = a / (tf.abs(s) + 1.0)                         # math.truediv of tensors, math.abs
    d = tf.math.maximum(0.25, x) + tf.math.minimum(x, s)
    e = -x + x ** 2 + tf.pow(tf.abs(x) + 0.5, 1.5)    # math.negative, math.pow (square and general)
    f = tf.sqrt(tf.square(x) + 1.0) * tf.math.rsqrt(tf.abs(s) + 0.5)
    g = tf.exp(-tf.abs(x)) + tf.math.log(tf.abs(x) + 1.0) + tf.math.reciprocal(tf.abs(x) + 2.0)
    h = tf.math.add(tf.math.multiply(x, np.linspace(-1, 1, 6, dtype="float32")), [[0.5], [1], [1.5], [2], [2.5]])
    k = tf.math.squared_difference(x, s) + tf.math.floor(x * 3.0)
    m = tf.where(tf.math.greater(x, s), x, 0.1 * x) + tf.cast(tf.math.less_equal(x, 0.0), tf.float32)
    arith = tf.math.add_n([a, b, c, d, e, f, g, h, k, m])
    acts = [
        tf.nn.relu(x), tf.nn.relu6(3.0 * x), tf.nn.elu(x), tf.nn.selu(x), tf.nn.sigmoid(x), tf.math.tanh(x),
        tf.nn.softplus(x), tf.nn.silu(x), tf.nn.swish(x, beta=1.5), tf.nn.gelu(x), tf.nn.gelu(x, approximate=True),
        tf.nn.leaky_relu(x, alpha=0.1), tf.nn.softmax(x), tf.nn.softmax(x, axis=1), tf.nn.log_softmax(x),
        tf.math.l2_normalize(x, axis=-1), tf.math.l2_normalize(x, axis=[1, 2]),
    ]
    out = tf.concat([arith] + acts, axis=-1)
    model = keras.Model([seq, side], out, name="tfop_math")
    return LegacyCase(model, [rand(3, 5, 6), rand(3, 6)])


def tfop_shape(keras, tf):
    """Reductions, reshape/transpose/concat/stack/expand_dims/squeeze, split (several outputs),
    matmul, clip_by_value, cast, image.resize, pad, tile, and reshape to a tf.shape-derived shape."""
    L = keras.layers
    inp = keras.Input((4, 6), name="features")
    x = L.Dense(6, name="proj")(inp)
    mean = tf.reduce_mean(x, axis=-1, keepdims=True)                  # (N, 4, 1)
    total = tf.math.reduce_sum(x, axis=[1, 2])                        # (N,)
    peak = tf.reduce_max(x, axis=1)                                   # (N, 6)
    low = tf.math.reduce_min(x, axis=-1, keepdims=True)
    prod = tf.reduce_prod(tf.nn.sigmoid(x) + 0.5, axis=2)             # (N, 4)
    centred = (x - mean) / (tf.reduce_max(x, axis=-1, keepdims=True) - low + 1e-3)
    r = tf.reshape(centred, (-1, 3, 8))
    t = tf.transpose(r, perm=[0, 2, 1])                               # compat.v1.transpose, (N, 8, 3)
    t = tf.reshape(t, [-1, 24])
    halves = tf.split(x, 2, axis=-1)                                  # two (N, 4, 3)
    parts = tf.split(x, [1, -1, 2], axis=1)                           # (N,1,6) (N,1,6) (N,2,6)
    stacked = tf.stack([halves[0], halves[1] * 2.0], axis=1)          # (N, 2, 4, 3)
    gram = tf.linalg.matmul(x, x, transpose_b=True)                   # (N, 4, 4)
    mm = tf.matmul(tf.transpose(x, perm=[0, 2, 1]), gram)             # (N, 6, 4)
    clipped = tf.clip_by_value(x * 4.0, -1.5, 2.0) + tf.clip_by_value(x * 8.0, 0.0, 6.0)
    quant = tf.cast(tf.cast(clipped * 2.0, tf.int32), tf.float32)
    e = tf.expand_dims(total, -1)                                     # (N, 1)
    q = tf.squeeze(tf.expand_dims(peak, 1), axis=1)                   # (N, 6)
    image = tf.reshape(x, [-1, 4, 6, 1])
    bilinear = tf.image.resize(image, [6, 9])                          # (N, 6, 9, 1)
    nearest = tf.image.resize(image, (8, 3), method="nearest")        # (N, 8, 3, 1)
    padded = tf.pad(x, [[0, 0], [1, 0], [0, 2]])                      # (N, 5, 8)
    filled = tf.pad(x, [[0, 0], [0, 1], [1, 0]], constant_values=0.5)  # (N, 5, 7)
    mirrored = tf.pad(x, [[0, 0], [1, 1], [2, 2]], mode="REFLECT")    # (N, 6, 10)
    tiled = tf.tile(mean, [1, 1, 3])                                  # (N, 4, 3)
    flat = tf.concat([
        t, tf.reshape(stacked, [-1, 24]), tf.reshape(mm, [-1, 24]), tf.reshape(clipped + quant, [-1, 24]),
        e, q, prod, tf.squeeze(parts[0], axis=1) + parts[1][:, 0] + tf.reduce_sum(parts[2], axis=1),
        tf.reshape(bilinear, [-1, 54]), tf.reshape(nearest, [-1, 24]), tf.reshape(padded, [-1, 40]),
        tf.reshape(filled, [-1, 35]), tf.reshape(mirrored, [-1, 60]), tf.reshape(tiled, [-1, 12]),
    ], axis=1)
    out = L.Dense(5, name="head")(flat)
    # Shapes computed by the model: tf.shape entries (int32 scalars) packed at run time.
    size = tf.shape(x)
    dynamic = tf.reshape(x * 2.0, [size[0], -1, 3])                   # (N, 8, 3)
    merged = tf.reshape(x, [size[0], size[1] * size[2]])              # (N, 24)
    model = keras.Model(inp, [out, tf.identity(gram), halves[1], dynamic, merged], name="tfop_shape")
    return LegacyCase(model, [rand(3, 4, 6)])


def slicing(keras, tf):
    """`x[...]` (SlicingOpLambda): slices with steps and negative bounds, integer indices, None,
    and `...` (which tf-keras can save only in .h5)."""
    L = keras.layers
    inp = keras.Input((6, 5, 4), name="volume")
    x = L.Dense(4, name="proj")(inp)
    a = x[:, 1:5:2, ::-1, 0]                          # (N, 2, 5)
    b = x[..., 1:3]                                   # (N, 6, 5, 2)
    c = x[:, None, -1, :, -2]                         # (N, 1, 5)
    d = x[:, :, 2]                                    # (N, 6, 4)
    e = x[:, -3:, 1:, None, :2]                       # (N, 3, 4, 1, 2)
    out = tf.concat([tf.reshape(a, [-1, 10]), tf.reshape(b, [-1, 60]), tf.reshape(c, [-1, 5]),
                     tf.reshape(d, [-1, 24]), tf.reshape(e, [-1, 24])], axis=-1)
    model = keras.Model(inp, [out, x[1:, 0, 0]], name="slicing")
    return LegacyCase(model, [rand(3, 6, 5, 4)], keras_format=False)


def randomize_batch_norms(keras, model, seed=1):
    """Non-trivial moving statistics, scales and offsets for every BatchNormalization."""
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            weights = []
            for w in layer.weights:
                n = w.shape
                if "variance" in w.name:
                    weights.append(rng.uniform(0.5, 1.5, n).astype(np.float32))
                elif "gamma" in w.name:
                    weights.append(rng.uniform(0.7, 1.3, n).astype(np.float32))
                else:
                    weights.append(rng.uniform(-0.2, 0.2, n).astype(np.float32))
            layer.set_weights(weights)
    return model


def mobilenet_v3_small(keras, tf):
    """MobileNetV3Small as tf-keras's own builder makes it (hard-swish and hard-sigmoid as `x + 3.0`
    / `* (1/6)` TFOpLambdas, squeeze-excite blocks, layers `Conv` and `Conv/BatchNorm` whose .h5
    weight groups nest), width 0.35, no top, with the first four of its eleven inverted residual
    blocks (squeeze-excite with ReLU and with hard-swish, a residual one): the full model's .h5 is
    1.2 MB, mostly HDF5 overhead for its 230 layers. .h5 only."""
    from tf_keras.src.applications import mobilenet_v3 as mv3
    alpha = 0.35

    def stack_fn(x, kernel, activation, se_ratio):
        def depth(d):
            return mv3._depth(d * alpha)
        x = mv3._inverted_res_block(x, 1, depth(16), 3, 2, se_ratio, mv3.relu, 0)
        x = mv3._inverted_res_block(x, 72.0 / 16, depth(24), 3, 2, None, mv3.relu, 1)
        x = mv3._inverted_res_block(x, 88.0 / 24, depth(24), 3, 1, None, mv3.relu, 2)
        return mv3._inverted_res_block(x, 4, depth(40), kernel, 2, se_ratio, activation, 3)

    model = mv3.MobileNetV3(stack_fn, 1024, input_shape=(32, 32, 3), alpha=alpha, model_type="small",
                            minimalistic=False, include_top=False, weights=None, pooling="avg")
    return LegacyCase(randomize_batch_norms(keras, model), [rand(2, 32, 32, 3, low=0.0, high=255.0)], keras_format=False)


def mobilenet_v2(keras, tf):
    """A MobileNetV2 cut short (stem and the first four inverted residual blocks of tf-keras's own
    builder, then 1x1 conv, pooling and a classifier): the full model at width 0.35 is 1.7 MB.
    .h5 only (the Keras 3 fixture app_mobilenet_v2 has the whole architecture)."""
    from tf_keras.src.applications import mobilenet_v2 as mv2
    mv2.layers = mv2.VersionAwareLayers()     # what MobileNetV2() sets before building its blocks
    L = keras.layers
    alpha = 0.35
    inp = keras.Input((32, 32, 3), name="image")
    x = L.Conv2D(mv2._make_divisible(32 * alpha, 8), 3, padding="same", strides=(2, 2), use_bias=False, name="Conv1")(inp)
    x = L.BatchNormalization(epsilon=1e-3, momentum=0.999, name="bn_Conv1")(x)
    x = L.ReLU(6.0, name="Conv1_relu")(x)
    for block_id, (filters, stride, expansion) in enumerate([(16, 1, 1), (24, 2, 6), (24, 1, 6), (32, 2, 6)]):
        x = mv2._inverted_res_block(x, filters=filters, alpha=alpha, stride=stride, expansion=expansion, block_id=block_id)
    x = L.Conv2D(64, 1, use_bias=False, name="Conv_1")(x)
    x = L.BatchNormalization(epsilon=1e-3, momentum=0.999, name="Conv_1_bn")(x)
    x = L.ReLU(6.0, name="out_relu")(x)
    x = L.GlobalAveragePooling2D()(x)
    out = L.Dense(10, activation="softmax", name="predictions")(x)
    model = keras.Model(inp, out, name="mobilenetv2_0.35_toy")
    return LegacyCase(randomize_batch_norms(keras, model), [rand(2, 32, 32, 3)], keras_format=False)


def unsupported_tf_function(keras, tf):
    """A TF function SwiftLite has no lowering for (TFLite has no ERF builtin): the error must name
    the layer, its class and the function."""
    inp = keras.Input((4,), name="x")
    out = tf.math.erf(keras.layers.Dense(4, name="proj")(inp))
    model = keras.Model(inp, out, name="erf_model")
    return model, {"layer": "tf.math.erf", "class": "TFOpLambda", "message": "unsupported TF function tf.math.erf"}


# name -> function (keras, tf) -> (model, error.json contents); written to keras-errors/legacy_<name>.
TFKERAS_ERROR_CASES = {
    "unsupported_tf_function": unsupported_tf_function,
}

TFKERAS_CASES = {
    "tfop_math": tfop_math,
    "tfop_shape": tfop_shape,
    "slicing": slicing,
    "mobilenet_v3_small": mobilenet_v3_small,
    "mobilenet_v2": mobilenet_v2,
}
