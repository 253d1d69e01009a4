"""Keras fixture cases for the core layers: activations, Dense, convolutions, pooling,
normalization and preprocessing (one small multi-output model per layer family; every branch is a
model output so each option combination is checked on its own)."""

import numpy as np
import keras
from keras import layers

from generate_keras_fixtures import KerasCase

ACTIVATIONS = [
    "linear", "relu", "relu6", "sigmoid", "tanh", "softmax", "log_softmax", "swish", "silu",
    "hard_swish", "hard_silu", "hard_sigmoid", "gelu", "elu", "selu", "softplus", "softsign",
    "exponential", "leaky_relu", "mish", "hard_tanh", "tanh_shrink", "log_sigmoid", "celu",
    "squareplus", "soft_shrink", "hard_shrink",
]


def randomize(model, skip=()):
    """Non-trivial weights: every variable (biases, BN statistics, ...) gets random values;
    variances stay positive."""
    for layer in model.layers:
        if layer.name in skip:
            continue
        for w in layer.weights:
            if "int" in str(w.dtype):
                continue
            values = np.random.uniform(-1, 1, size=tuple(w.shape)).astype(np.float32)
            if "variance" in w.path:
                values = np.abs(values) + 0.2
            w.assign(values)
    return model


def signed(*shape, scale=3.0):
    """Inputs on both sides of zero."""
    return (np.random.uniform(-1, 1, size=shape) * scale).astype(np.float32)


def activations():
    inp = keras.Input((8,), name="x")
    outs = [layers.Activation(a, name=f"act_{a}")(inp) for a in ACTIVATIONS]
    x = signed(3, 8)
    x[0, :4] = [20.0, -20.0, 0.0, 16.0]   # softplus/exp beyond the cutoffs, exact zero
    return KerasCase(keras.Model(inp, outs), [x])


def relu_variants():
    inp = keras.Input((3, 4), name="x")
    configs = {
        "relu_plain": {}, "relu_max6": {"max_value": 6.0}, "relu_max1": {"max_value": 1.0},
        "relu_max2": {"max_value": 2.0}, "relu_slope": {"negative_slope": 0.2},
        "relu_slope_max": {"negative_slope": 0.2, "max_value": 1.5}, "relu_threshold": {"threshold": 0.5},
        "relu_threshold_max": {"threshold": 0.5, "max_value": 2.0},
        "relu_all": {"threshold": 0.5, "max_value": 2.0, "negative_slope": 0.1},
        "relu_threshold_slope": {"threshold": 1.0, "negative_slope": 0.3},
    }
    outs = [layers.ReLU(name=name, **cfg)(inp) for name, cfg in configs.items()]
    return KerasCase(keras.Model(inp, outs), [signed(3, 3, 4)])


def activation_layers():
    inp = keras.Input((3, 5), name="x")
    outs = [
        layers.LeakyReLU(negative_slope=0.15, name="leaky")(inp),
        layers.PReLU(name="prelu_full")(inp),
        layers.PReLU(shared_axes=[1], name="prelu_shared")(inp),
        layers.ELU(name="elu_default")(inp),
        layers.ELU(alpha=0.5, name="elu_half")(inp),
        layers.Softmax(name="softmax_last")(inp),
        layers.Softmax(axis=1, name="softmax_axis1")(inp),
    ]
    model = randomize(keras.Model(inp, outs))
    return KerasCase(model, [signed(2, 3, 5)])


def dense():
    inp = keras.Input((4, 6), name="x")
    flat = keras.Input((6,), name="v")
    outs = [
        layers.Dense(5, activation="gelu", name="dense_rank3")(inp),
        layers.Dense(3, use_bias=False, name="dense_nobias")(inp),
        layers.Dense(4, activation="tanh", name="dense_tanh")(flat),
        layers.EinsumDense("abc,cd->abd", output_shape=(None, 3), bias_axes="d", name="einsum")(inp),
        layers.EinsumDense("ab,bc->ac", output_shape=(2,), activation="relu", name="einsum_2d")(flat),
    ]
    model = randomize(keras.Model([inp, flat], outs))
    return KerasCase(model, [signed(3, 4, 6, scale=1), signed(3, 6, scale=1)])


def conv1d():
    inp = keras.Input((12, 4), name="x")
    outs = [
        layers.Conv1D(3, 3, padding="causal", dilation_rate=2, name="conv_causal")(inp),
        layers.Conv1D(5, 3, strides=2, padding="same", activation="relu", name="conv_same")(inp),
        layers.Conv1D(6, 2, groups=2, name="conv_groups")(inp),
        layers.DepthwiseConv1D(3, depth_multiplier=2, strides=2, name="dw1d")(inp),
        layers.SeparableConv1D(5, 3, padding="same", depth_multiplier=2, name="sep1d")(inp),
    ]
    model = randomize(keras.Model(inp, outs))
    return KerasCase(model, [signed(2, 12, 4, scale=1)])


def conv2d():
    inp = keras.Input((9, 9, 4), name="image")
    outs = [
        layers.Conv2D(5, 3, strides=2, padding="same", activation="relu6", name="conv_s2_same")(inp),
        layers.Conv2D(3, (3, 2), dilation_rate=2, name="conv_dilated")(inp),
        layers.Conv2D(6, 3, groups=2, padding="same", use_bias=False, name="conv_groups")(inp),
        layers.Conv2D(4, 2, strides=(1, 2), activation="swish", name="conv_swish")(inp),
    ]
    model = randomize(keras.Model(inp, outs))
    return KerasCase(model, [signed(2, 9, 9, 4, scale=1)])


def depthwise_separable():
    inp = keras.Input((8, 8, 3), name="image")
    outs = [
        layers.DepthwiseConv2D(3, depth_multiplier=2, padding="same", name="dw_same")(inp),
        layers.DepthwiseConv2D(3, dilation_rate=2, activation="relu", name="dw_dilated")(inp),
        layers.DepthwiseConv2D(2, strides=2, use_bias=False, name="dw_s2")(inp),
        layers.SeparableConv2D(4, 3, strides=2, padding="same", depth_multiplier=2, activation="relu6", name="sep_s2")(inp),
        layers.SeparableConv2D(5, 3, dilation_rate=2, name="sep_dilated")(inp),
    ]
    model = randomize(keras.Model(inp, outs))
    return KerasCase(model, [signed(2, 8, 8, 3, scale=1)])


def conv_transpose():
    img = keras.Input((5, 5, 4), name="image")
    seq = keras.Input((6, 3), name="sequence")
    outs = [
        layers.Conv2DTranspose(3, 3, strides=2, padding="same", name="convt_same")(img),
        layers.Conv2DTranspose(2, 3, strides=2, padding="valid", output_padding=1, name="convt_outpad")(img),
        layers.Conv2DTranspose(3, (2, 3), strides=(1, 2), padding="valid", activation="relu", name="convt_valid")(img),
        layers.Conv2DTranspose(2, 4, strides=2, padding="same", output_padding=1, use_bias=False, name="convt_same_outpad")(img),
        layers.Conv1DTranspose(4, 3, strides=2, padding="same", name="conv1dt")(seq),
    ]
    model = randomize(keras.Model([img, seq], outs))
    return KerasCase(model, [signed(2, 5, 5, 4, scale=1), signed(2, 6, 3, scale=1)])


def pooling():
    img = keras.Input((7, 7, 3), name="image")
    seq = keras.Input((9, 4), name="sequence")
    outs = [
        layers.MaxPooling2D(name="max2d")(img),
        layers.MaxPooling2D(3, strides=2, padding="same", name="max2d_same")(img),
        layers.AveragePooling2D(3, strides=2, padding="same", name="avg2d_same")(img),
        layers.AveragePooling2D((2, 3), name="avg2d_valid")(img),
        layers.MaxPooling1D(2, name="max1d")(seq),
        layers.AveragePooling1D(3, strides=2, padding="same", name="avg1d_same")(seq),
        layers.GlobalAveragePooling2D(name="gap2d")(img),
        layers.GlobalMaxPooling2D(keepdims=True, name="gmp2d_keep")(img),
        layers.GlobalAveragePooling1D(keepdims=True, name="gap1d_keep")(seq),
        layers.GlobalMaxPooling1D(name="gmp1d")(seq),
    ]
    return KerasCase(keras.Model([img, seq], outs), [signed(3, 7, 7, 3), signed(3, 9, 4)])


def batch_normalization():
    img = keras.Input((5, 5, 3), name="image")
    vec = keras.Input((4,), name="features")
    x = layers.Conv2D(4, 3, padding="same", name="conv")(img)
    outs = [
        layers.BatchNormalization(name="bn_conv")(x),
        layers.BatchNormalization(center=False, epsilon=0.01, name="bn_nocenter")(vec),
        layers.BatchNormalization(scale=False, name="bn_noscale")(vec),
        layers.BatchNormalization(axis=1, name="bn_axis1")(img),
    ]
    model = randomize(keras.Model([img, vec], outs))
    return KerasCase(model, [signed(2, 5, 5, 3, scale=1), signed(2, 4)])


def layer_normalization():
    seq = keras.Input((3, 6), name="sequence")
    img = keras.Input((4, 4, 3), name="image")
    outs = [
        layers.LayerNormalization(name="ln_default")(seq),
        layers.LayerNormalization(epsilon=1e-5, center=False, name="ln_nocenter")(seq),
        layers.LayerNormalization(scale=False, center=False, name="ln_plain")(seq),
        layers.LayerNormalization(axis=[1, 2], name="ln_axes12")(seq),
        layers.LayerNormalization(axis=[1, 3], name="ln_axes13")(img),
        layers.LayerNormalization(rms_scaling=True, name="ln_rms")(seq),
    ]
    model = randomize(keras.Model([seq, img], outs))
    x = signed(2, 3, 6) + 1.5
    return KerasCase(model, [x, signed(2, 4, 4, 3)])


def preprocessing():
    img = keras.Input((6, 8, 3), name="image")
    norm = layers.Normalization(axis=(1, 3), name="norm_adapted")
    norm.adapt(np.random.uniform(0, 4, size=(16, 6, 8, 3)).astype(np.float32))
    outs = [
        layers.Rescaling(1.0 / 255, name="rescale_scalar")(img),
        layers.Rescaling(np.array([0.5, 2.0, -1.0], dtype=np.float32), offset=-1.0, name="rescale_channels")(img),
        layers.Rescaling(2.0, offset=[0.1, 0.2, 0.3], name="rescale_offsets")(img),
        layers.Normalization(mean=[1.0, 2.0, 3.0], variance=[0.5, 2.0, 4.0], name="norm_config")(img),
        layers.Normalization(mean=[1.0, 2.0, 3.0], variance=[0.5, 2.0, 4.0], invert=True, name="norm_invert")(img),
        norm(img),
        layers.Resizing(4, 5, name="resize_bilinear")(img),
        layers.Resizing(9, 12, interpolation="nearest", name="resize_nearest")(img),
        layers.Resizing(4, 4, crop_to_aspect_ratio=True, name="resize_crop")(img),
    ]
    model = keras.Model(img, outs)
    return KerasCase(model, [np.random.uniform(0, 4, size=(2, 6, 8, 3)).astype(np.float32)])


def channels_first():
    # Width 10 keeps the depthwise output's width (8) apart from its channel count (6): with equal
    # sizes TF's channels-first depthwise path on CPU adds the bias along the width.
    img = keras.Input((3, 8, 10), name="image")
    seq = keras.Input((4, 9), name="sequence")
    cf = {"data_format": "channels_first"}
    outs = [
        layers.DepthwiseConv2D(3, depth_multiplier=2, name="dw_cf", **cf)(img),
        layers.MaxPooling2D(name="max_cf", **cf)(img),
        layers.AveragePooling2D(3, strides=2, padding="same", name="avg_cf", **cf)(img),
        layers.GlobalAveragePooling2D(name="gap_cf", **cf)(img),
        layers.Resizing(4, 6, name="resize_cf", **cf)(img),
        layers.SeparableConv1D(5, 3, name="sep1d_cf", **cf)(seq),
        layers.AveragePooling1D(2, name="avg1d_cf", **cf)(seq),
        layers.GlobalMaxPooling1D(name="gmp1d_cf", **cf)(seq),
    ]
    model = randomize(keras.Model([img, seq], outs))
    return KerasCase(model, [signed(2, 3, 8, 10, scale=1), signed(2, 4, 9, scale=1)])


CASES = {
    "core_activations": activations,
    "core_relu_variants": relu_variants,
    "core_activation_layers": activation_layers,
    "core_dense": dense,
    "core_conv1d": conv1d,
    "core_conv2d": conv2d,
    "core_depthwise_separable": depthwise_separable,
    "core_conv_transpose": conv_transpose,
    "core_pooling": pooling,
    "core_batch_normalization": batch_normalization,
    "core_layer_normalization": layer_normalization,
    "core_preprocessing": preprocessing,
    "core_channels_first": channels_first,
}
