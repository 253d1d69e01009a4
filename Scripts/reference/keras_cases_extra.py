"""Keras fixture cases beyond the core set: activations given as layer objects or serialized
functions, Attention / AdditiveAttention, a toy ConvNeXt (LayerScale), GroupNormalization,
UnitNormalization, CenterCrop, the random augmentation layers (identity at inference) and more
Keras operations. Every case is tiny; multi-output models check each option on its own."""

import numpy as np
import keras
from keras import layers, ops

from generate_keras_fixtures import KerasCase
from keras_cases_core import randomize, signed


def activation_objects():
    """Activation layers (and functions) passed as `activation=` to every layer kind that takes one."""
    seq = keras.Input((5, 3), name="seq")
    img = keras.Input((6, 6, 2), name="img")
    outs = []
    dense_acts = {
        "leaky": layers.LeakyReLU(negative_slope=0.3),
        "relu_opts": layers.ReLU(max_value=2.0, negative_slope=0.1, threshold=0.2),
        "relu6_obj": layers.ReLU(max_value=6.0),
        "elu_obj": layers.ELU(alpha=0.5),
        "softmax_obj": layers.Softmax(),
        "prelu_const": layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25)),
        "act_obj": layers.Activation("tanh"),
        "fn_relu": keras.activations.relu,
        "fn_sparse_plus": "sparse_plus",
        "fn_sparse_sigmoid": "sparse_sigmoid",
        "fn_glu": "glu",
    }
    for name, act in dense_acts.items():
        outs.append(layers.Dense(4, activation=act, name=f"dense_{name}")(seq))
    outs.append(layers.EinsumDense("abc,cd->abd", output_shape=(None, 4), bias_axes="d",
                                   activation=layers.LeakyReLU(0.1), name="einsum_leaky")(seq))
    outs.append(layers.Conv1D(3, 2, activation=layers.ELU(0.7), name="conv1d_elu")(seq))
    outs.append(layers.Conv2D(3, 3, activation=layers.LeakyReLU(0.05), name="conv2d_leaky")(img))
    outs.append(layers.DepthwiseConv2D(3, activation=layers.ReLU(max_value=1.0), name="dw_relu")(img))
    outs.append(layers.SeparableConv2D(3, 3, activation=layers.Softmax(axis=1), name="sep_softmax_axis1")(img))
    outs.append(layers.Conv2DTranspose(2, 3, strides=2, activation=layers.LeakyReLU(0.2), name="tconv_leaky")(img))
    outs.append(layers.Activation(layers.ELU(alpha=0.4), name="activation_elu")(img))
    outs.append(layers.Activation(layers.ReLU(negative_slope=0.2), name="activation_relu")(img))
    outs.append(layers.SimpleRNN(3, activation=layers.ReLU(), name="rnn_relu_obj")(seq))
    outs.append(layers.LSTM(3, activation=layers.Activation("tanh"), name="lstm_act_obj")(seq))
    model = randomize(keras.Model([seq, img], outs))
    return KerasCase(model, [signed(3, 5, 3), signed(3, 6, 6, 2)], deflate=True, tf_convert=False)


def prelu_object_weights():
    """A PReLU activation object that was built (so its alpha is saved) before saving."""
    inp = keras.Input((3, 4), name="x")
    dense = layers.Dense(5, activation=layers.PReLU(shared_axes=[1]), name="dense_prelu")
    out = dense(inp)
    model = randomize(keras.Model(inp, out))
    dense.activation.build((None, 3, 5))
    dense.activation.set_weights([np.random.uniform(-1, 1, (1, 5)).astype(np.float32)])
    return KerasCase(model, [signed(3, 3, 4)], deflate=True, tf_convert=False)


def attention():
    """Attention (dot and concat scores, learned scales, causal, scores returned, separate key)
    and AdditiveAttention (with and without scale)."""
    q = keras.Input((4, 6), name="query")
    v = keras.Input((5, 6), name="value")
    k = keras.Input((5, 6), name="key")
    outs = [layers.Attention(name="dot_plain")([q, v])]
    outs += list(layers.Attention(use_scale=True, name="dot_scaled")([q, v, k], return_attention_scores=True))
    outs.append(layers.Attention(name="dot_causal")([q, v], use_causal_mask=True))
    outs.append(layers.Attention(score_mode="concat", name="concat_plain")([q, v, k]))
    outs.append(layers.Attention(use_scale=True, score_mode="concat", dropout=0.3, name="concat_scaled")([q, v]))
    outs += list(layers.AdditiveAttention(name="additive")([q, v, k], return_attention_scores=True))
    outs.append(layers.AdditiveAttention(use_scale=False, name="additive_plain")([q, v], use_causal_mask=True))
    self_attention = layers.Attention(use_scale=True, name="self_dot")
    outs.append(self_attention([v, v], use_causal_mask=True))
    model = keras.Model([q, v, k], outs)
    for layer in model.layers:
        for w in layer.weights:
            w.assign(np.random.uniform(0.5, 1.5, size=tuple(w.shape)).astype(np.float32))
    return KerasCase(model, [signed(3, 4, 6, scale=1.0), signed(3, 5, 6, scale=1.0), signed(3, 5, 6, scale=1.0)],
                     deflate=True, tf_convert=False)


def convnext_toy():
    """keras.applications' ConvNeXt at toy size: LayerScale, grouped 7x7 convolutions, Dense and
    LayerNormalization on 4-D tensors, the ImageNet Normalization pre-stem."""
    from keras.src.applications import convnext
    model = convnext.ConvNeXt(depths=[1, 1, 1, 1], projection_dims=[8, 16, 24, 32], default_size=32,
                              input_shape=(32, 32, 3), weights=None, classes=4, name="convnext_toy")
    rng = np.random.default_rng(2)
    for layer in model.layers:
        for w in layer.weights:
            if "layer_scale" in w.path or "gamma" in w.path or "beta" in w.path:
                # LayerScale starts at 1e-6, which would hide the residual branch.
                w.assign(rng.uniform(0.5, 1.5, tuple(w.shape)).astype(np.float32))
    images = np.random.uniform(0, 255, (2, 32, 32, 3)).astype(np.float32)
    return KerasCase(model, [images], legacy_h5=False, deflate=True, tf_convert=False)


def normalization():
    """GroupNormalization (channels last and first, groups = channels, no scale/center) and
    UnitNormalization (one axis, several axes)."""
    img = keras.Input((4, 4, 6), name="img")
    seq = keras.Input((5, 8), name="seq")
    outs = [
        layers.GroupNormalization(groups=3, name="group3")(img),
        layers.GroupNormalization(groups=-1, epsilon=1e-5, name="group_instance")(img),
        layers.GroupNormalization(groups=2, axis=1, name="group_first")(img),
        layers.GroupNormalization(groups=4, center=False, scale=False, name="group_plain")(seq),
        layers.UnitNormalization(name="unit_last")(seq),
        layers.UnitNormalization(axis=[1, 2], name="unit_many")(img),
    ]
    model = randomize(keras.Model([img, seq], outs))
    x = signed(3, 4, 4, 6)
    x[0, :, :, 0] = 0.5  # a constant channel
    s = signed(3, 5, 8)
    s[1, 2] = 0.0        # an all-zero vector (Keras caps the inverse norm)
    return KerasCase(model, [x, s], deflate=True, tf_convert=False)


def image_preprocessing():
    """CenterCrop (crop, resize-up, mixed, channels_first), AutoContrast, and the random
    augmentations, which are the identity at inference."""
    img = keras.Input((8, 10, 3), name="img")
    outs = [
        layers.CenterCrop(5, 6, name="crop_smaller")(img),
        layers.CenterCrop(12, 12, name="crop_larger")(img),
        layers.CenterCrop(6, 14, name="crop_mixed")(img),
        layers.CenterCrop(3, 4, data_format="channels_first", name="crop_first")(img),
        layers.AutoContrast(value_range=(0, 255), name="auto_contrast")(img),
        layers.AutoContrast(value_range=(-1, 1), name="auto_contrast_unit")(img),
    ]
    x = img
    for layer in [layers.RandomFlip(), layers.RandomRotation(0.2), layers.RandomZoom(0.2),
                  layers.RandomContrast(0.3), layers.RandomTranslation(0.1, 0.1), layers.RandomCrop(8, 10),
                  layers.RandomGrayscale(), layers.RandomHue(0.3), layers.RandomColorJitter(brightness_factor=0.2),
                  layers.RandomErasing(), layers.RandomGaussianBlur(), layers.RandomPerspective(),
                  layers.RandomInvert()]:
        x = layer(x)
    outs.append(layers.Conv2D(2, 3, name="after_augment")(x))
    model = randomize(keras.Model(img, outs))
    x = np.random.uniform(0, 255, (2, 8, 10, 3)).astype(np.float32)
    x[1, :, :, 2] = 7.0  # a flat channel: AutoContrast leaves it as it is
    return KerasCase(model, [x], deflate=True, tf_convert=False)


def augmentations_keras_only():
    """The augmentation layers Keras 3.15 cannot save as legacy .h5 (identity at inference)."""
    img = keras.Input((6, 6, 3), name="img")
    x = img
    for layer in [layers.RandomBrightness(0.2), layers.RandomSaturation(0.3), layers.RandomSharpness(0.3),
                  layers.RandomPosterization((1, 4)), layers.Solarization(0.2, 0.2)]:
        x = layer(x)
    out = layers.Dense(2, name="after_augment")(x)
    model = randomize(keras.Model(img, out))
    return KerasCase(model, [np.random.uniform(0, 255, (2, 6, 6, 3)).astype(np.float32)],
                     legacy_h5=False, deflate=True, tf_convert=False)


def _f(t):
    return ops.cast(t, "float32")


def keras_ops_math():
    """Elementwise Keras operations: math, activations, clip, where, comparisons, logic."""
    x = keras.Input((4, 6), name="x")
    c = keras.Input((4, 6), name="c")
    pos = ops.abs(x) + 0.5
    outs = [
        ops.clip(x, -0.5, 0.7), ops.clip(x, 0.0, 6.0), ops.where(ops.greater(x, 0.1), x, c), ops.where(x > c, x, 0.0),
        ops.where(ops.less_equal(x, c), 1.0, c), ops.erf(x), ops.rsqrt(pos), ops.sin(x), ops.cos(x), ops.floor(x),
        ops.ceil(x), ops.round(x * 2.0), ops.sign(x), ops.reciprocal(pos), ops.log1p(pos), ops.expm1(x), ops.log2(pos),
        ops.log10(pos), ops.hard_tanh(x), ops.log_sigmoid(x), ops.tanh_shrink(x), ops.sparse_plus(x),
        ops.sparse_sigmoid(x), ops.squareplus(x), ops.soft_shrink(x), ops.hard_shrink(x), ops.celu(x, 0.5),
        ops.glu(x), ops.normalize(x), ops.normalize(x, axis=1, order=1), ops.mod(x, 0.3), ops.floor_divide(x, 0.3),
        ops.ones_like(x), ops.zeros_like(x) + c,
        _f(ops.equal(ops.round(x), ops.round(c))), _f(ops.greater_equal(x, c)), _f(ops.less(x, 0.0)),
        _f(ops.logical_and(x > 0, c > 0)), _f(ops.logical_or(x > 0, c > 0)), _f(ops.logical_not(x > 0)),
    ]
    model = keras.Model([x, c], outs)
    xs = signed(3, 4, 6)
    xs[0, 0, :4] = [0.0, 1.0, -1.0, 2.5]  # exact zeros and the ±1 kinks
    return KerasCase(model, [xs, signed(3, 4, 6)], deflate=True, tf_convert=False)


def keras_ops_arrays():
    """Reductions, scans and array operations."""
    x = keras.Input((4, 6), name="x")
    c = keras.Input((4, 6), name="c")
    parts = ops.split(x, [1, 4], axis=-1)
    outs = [
        ops.prod(x, axis=-1), ops.var(x, axis=-1), ops.std(x, axis=1, keepdims=True), ops.logsumexp(x, axis=-1),
        ops.norm(x, axis=-1), ops.norm(x, ord=1, axis=1), ops.norm(x, ord=3, axis=-1, keepdims=True), ops.norm(x, axis=(1, 2)),
        _f(ops.argmax(x, axis=-1)), _f(ops.argmin(x, axis=1, keepdims=True)), ops.cumsum(x, axis=1), ops.cumsum(x, axis=-1),
        ops.slice(x, [0, 1, 2], [3, 2, 3]), ops.take(x, [2, 0, -1], axis=1), ops.take(x, 3, axis=-1),
        ops.stack([x, c], axis=1), ops.stack([x, c], axis=-1), ops.tile(x, [1, 2, 1]), ops.tile(x, [3]),
        ops.pad(x, [[0, 0], [1, 2], [0, 1]]), ops.pad(x, [[0, 0], [1, 1], [2, 0]], mode="reflect"),
        ops.pad(x, [[0, 0], [2, 1], [0, 3]], mode="symmetric"), ops.pad(x, [[0, 0], [1, 0], [1, 1]], constant_values=2.5),
        ops.split(x, 2, axis=-1)[1], parts[0], parts[1], parts[2], ops.flip(x, axis=1), ops.flip(x, axis=(1, 2)),
        ops.repeat(x, 2, axis=1), ops.repeat(x, [1, 0, 2, 1], axis=1), ops.swapaxes(x, 1, 2), ops.moveaxis(x, 1, 2),
        ops.broadcast_to(ops.expand_dims(x, 1), (3, 2, 4, 6)), ops.triu(x), ops.tril(x, -1), ops.triu(x, 2),
    ]
    model = keras.Model([x, c], outs)
    return KerasCase(model, [signed(3, 4, 6, scale=1.5), signed(3, 4, 6)], deflate=True, tf_convert=False)


def grouped_depthwise():
    """Conv2D with one group per input channel (lowered as DEPTHWISE_CONV_2D): multipliers 1 and
    2, strides, dilation, an activation object."""
    img = keras.Input((7, 7, 3), name="img")
    outs = [
        layers.Conv2D(3, 7, groups=3, padding="same", name="dw7")(img),
        layers.Conv2D(6, 3, groups=3, strides=2, activation=layers.ReLU(max_value=1.0), name="dw_mult2")(img),
        layers.Conv2D(3, 3, groups=3, dilation_rate=2, padding="same", use_bias=False, name="dw_dilated")(img),
    ]
    model = randomize(keras.Model(img, outs))
    return KerasCase(model, [signed(2, 7, 7, 3)], deflate=True, tf_convert=False)


def einsum_dense():
    """EinsumDense equations of attention blocks: head split/merge, transposed kernels, biases on
    some output axes, a leading ellipsis."""
    seq = keras.Input((5, 6), name="seq")
    heads = keras.Input((5, 2, 3), name="heads")
    outs = [
        layers.EinsumDense("abc,cde->abde", output_shape=(None, 2, 4), bias_axes="de", name="split_heads")(seq),
        layers.EinsumDense("abc,cde->abde", output_shape=(None, 2, 4), bias_axes="e", name="split_bias_e")(seq),
        layers.EinsumDense("abc,cde->abde", output_shape=(None, 2, 4), bias_axes="d", name="split_bias_d")(seq),
        layers.EinsumDense("abcd,cde->abe", output_shape=(None, 4), bias_axes="e", activation="relu", name="merge_heads")(heads),
        layers.EinsumDense("abc,dc->abd", output_shape=(None, 3), name="kernel_transposed")(seq),
        layers.EinsumDense("abc,ced->abde", output_shape=(None, 2, 4), name="kernel_permuted")(seq),
        layers.EinsumDense("...b,bcd->...cd", output_shape=(2, 3), bias_axes="cd",
                           activation=layers.LeakyReLU(0.1), name="ellipsis")(seq),
    ]
    model = randomize(keras.Model([seq, heads], outs))
    return KerasCase(model, [signed(3, 5, 6), signed(3, 5, 2, 3)], deflate=True, tf_convert=False)


def grouped_query_attention():
    """GroupQueryAttention: shared key/value heads, gate, causal and sliding-window masks, a
    separate key, attention scores returned."""
    q = keras.Input((4, 6), name="query")
    v = keras.Input((5, 6), name="value")
    outs = [layers.GroupQueryAttention(head_dim=3, num_query_heads=4, num_key_value_heads=2, name="gqa_cross")(q, v)]
    outs += list(layers.GroupQueryAttention(head_dim=2, num_query_heads=4, num_key_value_heads=1, use_gate=True,
                                            name="gqa_gate_scores")(q, v, v, return_attention_scores=True))
    outs.append(layers.GroupQueryAttention(head_dim=4, num_query_heads=2, num_key_value_heads=2, use_bias=False,
                                           name="gqa_causal")(q, q, use_causal_mask=True))
    outs.append(layers.GroupQueryAttention(head_dim=2, num_query_heads=2, num_key_value_heads=1, sliding_window=2,
                                           name="gqa_window")(v, v, use_causal_mask=True))
    model = randomize(keras.Model([q, v], outs))
    return KerasCase(model, [signed(3, 4, 6, scale=1.0), signed(3, 5, 6, scale=1.0)], deflate=True, tf_convert=False)


CASES = {
    "extra_activation_objects": activation_objects,
    "extra_prelu_object_weights": prelu_object_weights,
    "extra_attention": attention,
    "extra_grouped_query_attention": grouped_query_attention,
    "extra_convnext": convnext_toy,
    "extra_grouped_depthwise": grouped_depthwise,
    "extra_einsum_dense": einsum_dense,
    "extra_normalization": normalization,
    "extra_image_preprocessing": image_preprocessing,
    "extra_augmentations_keras_only": augmentations_keras_only,
    "extra_keras_ops_math": keras_ops_math,
    "extra_keras_ops_arrays": keras_ops_arrays,
}
