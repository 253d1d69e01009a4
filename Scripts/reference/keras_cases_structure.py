"""Keras fixture cases for the structure lowerings: merge layers, Dot, reshaping, padding,
cropping, upsampling, training-only layers, Masking, Embedding and Keras operations (`x + 3.0`,
`ops.mean`, ...). One small model per layer kind and option combination, batch 2-3."""

import numpy as np
import keras
from keras import layers, ops

from generate_keras_fixtures import KerasCase


def rand(*shape):
    return np.random.uniform(-1.0, 1.0, shape).astype(np.float32)


def merge_elementwise():
    a = keras.Input((3, 4), name="a")
    b = keras.Input((3, 4), name="b")
    c = keras.Input((4,), name="c")          # lower rank: Keras inserts axis 1
    d = keras.Input((1, 4), name="d")        # broadcast along axis 1
    add3 = layers.Add(name="add3")([a, b, d])
    sub = layers.Subtract(name="sub")([a, c])
    mul = layers.Multiply(name="mul")([a, b, d])
    avg = layers.Average(name="avg")([a, b, c])
    mx = layers.Maximum(name="max")([a, b, d])
    mn = layers.Minimum(name="min")([b, c])
    out = layers.Concatenate(name="all")([add3, sub, mul, avg, mx, mn])
    model = keras.Model([a, b, c, d], out)
    return KerasCase(model, [rand(3, 3, 4), rand(3, 3, 4), rand(3, 4), rand(3, 1, 4)])


def concatenate_axes():
    a = keras.Input((2, 3, 4), name="a")
    b = keras.Input((2, 3, 2), name="b")
    c = keras.Input((2, 5, 4), name="c")
    last = layers.Concatenate(name="last")([a, b])              # axis -1
    middle = layers.Concatenate(axis=-2, name="middle")([a, c])  # negative axis
    first = layers.Concatenate(axis=1, name="first")([a, a])
    return KerasCase(keras.Model([a, b, c], [last, middle, first]), [rand(2, 2, 3, 4), rand(2, 2, 3, 2), rand(2, 2, 5, 4)])


def dot():
    v = keras.Input((5,), name="v")
    w = keras.Input((5,), name="w")
    s = keras.Input((3, 5), name="s")
    t = keras.Input((4, 5), name="t")
    u = keras.Input((3, 4), name="u")
    q = keras.Input((2, 3, 5), name="q")
    outs = [
        layers.Dot(axes=1, name="dot_2d")([v, w]),                        # MUL + SUM
        layers.Dot(axes=1, normalize=True, name="cosine_2d")([v, w]),     # L2_NORMALIZATION
        layers.Dot(axes=(2, 2), name="dot_22")([s, t]),                   # adj_y
        layers.Dot(axes=(1, 1), name="dot_11")([s, u]),                   # adj_x
        layers.Dot(axes=(1, 2), name="dot_12")([s, layers.Permute((2, 1))(u)]),
        layers.Dot(axes=-1, name="dot_3d_2d")([s, w]),                    # y of rank 2
        layers.Dot(axes=(1, 1), name="dot_2d_3d")([layers.Dense(3)(v), s]),  # x of rank 2
        layers.Dot(axes=(1, 1), normalize=True, name="cosine_11")([s, u]),   # normalize on a middle axis
        layers.Dot(axes=(3, 2), name="dot_4d")([q, s]),                   # rank 4: squash and unsquash
    ]
    inputs = [rand(3, 5), rand(3, 5), rand(3, 3, 5), rand(3, 4, 5), rand(3, 3, 4), rand(3, 2, 3, 5)]
    return KerasCase(keras.Model([v, w, s, t, u, q], outs), inputs)


def reshaping():
    x = keras.Input((4, 3, 2), name="x")
    v = keras.Input((6,), name="v")
    outs = [
        layers.Flatten(name="flatten")(x),
        layers.Flatten(data_format="channels_first", name="flatten_cf")(x),
        layers.Reshape((-1, 2), name="reshape_hole")(x),
        layers.Reshape((2, 12), name="reshape")(x),
        layers.Permute((3, 1, 2), name="permute")(x),
        layers.RepeatVector(3, name="repeat")(v),
        layers.Identity(name="identity")(v),
    ]
    return KerasCase(keras.Model([x, v], outs), [rand(2, 4, 3, 2), rand(2, 6)])


def padding_cropping():
    s = keras.Input((6, 3), name="s")
    x = keras.Input((5, 6, 2), name="x")
    outs = [
        layers.ZeroPadding1D((1, 2), name="pad1d")(s),
        layers.ZeroPadding1D(2, name="pad1d_sym")(s),
        layers.ZeroPadding1D((0, 1), data_format="channels_first", name="pad1d_cf")(s),
        layers.ZeroPadding2D(((1, 0), (2, 1)), name="pad2d")(x),
        layers.ZeroPadding2D((1, 2), data_format="channels_first", name="pad2d_cf")(x),
        layers.Cropping1D((1, 2), name="crop1d")(s),
        layers.Cropping1D((0, 1), name="crop1d_end")(s),
        layers.Cropping2D(((1, 0), (2, 1)), name="crop2d")(x),
        layers.Cropping2D(1, name="crop2d_sym")(x),
        layers.Cropping2D(((0, 1), (1, 0)), data_format="channels_first", name="crop2d_cf")(x),
    ]
    return KerasCase(keras.Model([s, x], outs), [rand(3, 6, 3), rand(3, 5, 6, 2)])


def upsampling():
    s = keras.Input((4, 3), name="s")
    x = keras.Input((3, 4, 2), name="x")
    outs = [
        layers.UpSampling1D(3, name="up1d")(s),
        layers.UpSampling2D((2, 3), name="up2d")(x),
        layers.UpSampling2D(2, interpolation="bilinear", name="up2d_bilinear")(x),
        layers.UpSampling2D((3, 2), interpolation="bilinear", name="up2d_bilinear_32")(x),
        layers.UpSampling2D(2, data_format="channels_first", name="up2d_cf")(x),
    ]
    return KerasCase(keras.Model([s, x], outs), [rand(2, 4, 3), rand(2, 3, 4, 2)])


def upsampling_dynamic():
    """Unknown height and width: the output size is computed at run time."""
    x = keras.Input((None, None, 2), name="x")
    y = layers.UpSampling2D((2, 3), name="up")(x)
    y = layers.ZeroPadding2D(1, name="pad")(y)
    out = layers.Cropping2D(((1, 2), (0, 1)), name="crop")(y)
    return KerasCase(keras.Model(x, out), [rand(2, 3, 4, 2)])


def dynamic_steps():
    """Unknown sequence length besides the batch: shapes are read at run time."""
    s = keras.Input((None, 4), name="s")
    outs = [
        layers.Reshape((-1, 2), name="pairs")(s),
        layers.UpSampling1D(2, name="up1d")(s),
        layers.Cropping1D((1, 1), name="crop1d")(s),
        layers.ZeroPadding1D((2, 1), name="pad1d")(s),
        layers.Flatten(name="flat")(s),
    ]
    return KerasCase(keras.Model(s, outs), [rand(2, 5, 4)])


def training_only():
    x = keras.Input((4, 6), name="x")
    y = layers.Dropout(0.5, name="dropout")(x)
    y = layers.SpatialDropout1D(0.3, name="spatial1d")(y)
    y = layers.GaussianNoise(0.2, name="noise")(y)
    y = layers.GaussianDropout(0.2, name="gdrop")(y)
    y = layers.AlphaDropout(0.2, name="alpha")(y)
    y = layers.ActivityRegularization(0.01, 0.01, name="actreg")(y)
    y = layers.Dense(5, name="dense")(y)
    y = layers.Reshape((4, 5, 1), name="to_image")(y)
    y = layers.SpatialDropout2D(0.3, name="spatial2d")(y)
    out = layers.Identity(name="out")(y)
    return KerasCase(keras.Model(x, out), [rand(2, 4, 6)])


def masking():
    """Masking whose mask no later layer uses: values where a whole step equals mask_value become 0."""
    s = keras.Input((5, 3), name="s")
    zero = layers.Masking(0.0, name="mask0")(s)
    half = layers.Masking(0.5, name="mask_half")(s)
    y = layers.Dense(4, name="dense")(layers.Concatenate(name="cat")([zero, half]))
    out = layers.Flatten(name="flat")(y)
    data = rand(3, 5, 3)
    data[0, 1, :] = 0.5
    data[1, 3, :] = 0.5
    data[2, 0, :] = 0.0
    data[1, 2, 1] = 0.5  # partly equal: kept
    return KerasCase(keras.Model(s, [out, half]), [data])


def embedding():
    ids = keras.Input((4,), name="ids", dtype="int32")
    fids = keras.Input((2, 3), name="fids")  # float indices, cast to int32
    e = layers.Embedding(10, 3, name="embed")(ids)
    f = layers.Embedding(7, 2, mask_zero=True, name="embed_masked")(fids)  # mask dropped by Flatten
    out_e = layers.Flatten(name="flat_e")(e)
    out_f = layers.Flatten(name="flat_f")(f)
    inputs = [np.random.randint(0, 10, (3, 4)).astype(np.int32),
              np.random.randint(0, 7, (3, 2, 3)).astype(np.float32) + 0.25]
    return KerasCase(keras.Model([ids, fids], [out_e, out_f]), inputs)


def ops_elementwise():
    x = keras.Input((3, 4), name="x")
    y = keras.Input((1, 4), name="y")
    a = x + 3.0
    b = a * y
    c = 2.0 - b
    d = ops.maximum(c, 0.5)
    e = ops.minimum(1.5, d) / y
    f = ops.true_divide(e, 3.0) ** 2.0
    g = ops.negative(ops.abs(f)) + ops.square(x)
    h = ops.sqrt(ops.abs(g) + 1.0) + ops.exp(x) - ops.log(ops.abs(x) + 1.0)
    i = h * np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float32) + np.array([[0.5], [0.25], [0.125]], dtype=np.float32)
    j = ops.divide(2.0, ops.abs(i) + 1.0)
    z = ops.power(ops.abs(j), y * 0.0 + 1.5)
    return KerasCase(keras.Model([x, y], [j, z]), [rand(2, 3, 4), rand(2, 1, 4) + 2.0])


def ops_shape():
    x = keras.Input((3, 4), name="x")
    r = ops.reshape(x, (-1, 12))
    t = ops.transpose(x, (0, 2, 1))
    e = ops.expand_dims(x, [1, -1])
    s = ops.squeeze(e, axis=1)
    sq = ops.squeeze(ops.expand_dims(r, 1))
    c = ops.concatenate([x, x * 2.0], axis=-1)
    m = ops.mean(x, axis=1, keepdims=True)
    su = ops.sum(x, axis=[1, 2])
    mx = ops.max(x, axis=-1)
    mn = ops.min(x, axis=(1,), keepdims=True)
    mm = ops.matmul(x, t)
    mm2 = ops.matmul(t, np.ones((3, 2), dtype=np.float32) * 0.5)
    return KerasCase(keras.Model(x, [r, t, s, sq, c, m, su, mx, mn, mm, mm2]), [rand(2, 3, 4)])


def ops_getitem():
    x = keras.Input((4, 5, 3), name="x")
    outs = [x[:, 0], x[:, 1:3, ::2], x[..., -1], x[:, None, 2], x[:, -2:, 1:-1, :2], x[:, ::-1, 3], x[:, :, :, None]]
    return KerasCase(keras.Model(x, outs), [rand(2, 4, 5, 3)])


def ops_nn():
    x = keras.Input((3, 4), name="x")
    outs = [
        ops.relu(x), ops.relu6(x * 8.0), ops.sigmoid(x), ops.softmax(x), ops.softmax(x, axis=1),
        ops.silu(x), ops.hard_sigmoid(x * 4.0), ops.gelu(x), ops.gelu(x, approximate=False), ops.tanh(x),
        ops.leaky_relu(x, 0.3), ops.log_softmax(x),
    ]
    return KerasCase(keras.Model(x, outs), [rand(2, 3, 4) * 3.0])


def hard_swish_block():
    """MobileNetV3's hard-swish and squeeze-excite idiom: layers and Keras operations mixed."""
    x = keras.Input((4, 4, 3), name="image")
    y = layers.Conv2D(4, 1, name="conv")(x)
    hs = y * layers.ReLU(6.0)(y + 3.0) * (1.0 / 6.0)
    se = layers.GlobalAveragePooling2D(keepdims=True)(hs)
    se = layers.Conv2D(4, 1, name="se")(se)
    se = layers.ReLU(6.0)(se + 3.0) * (1.0 / 6.0)
    out = layers.Multiply(name="excite")([hs, se])
    return KerasCase(keras.Model(x, out), [rand(2, 4, 4, 3)])


CASES = {
    "struct_merge_elementwise": merge_elementwise,
    "struct_concatenate": concatenate_axes,
    "struct_dot": dot,
    "struct_reshaping": reshaping,
    "struct_padding_cropping": padding_cropping,
    "struct_upsampling": upsampling,
    "struct_upsampling_dynamic": upsampling_dynamic,
    "struct_dynamic_steps": dynamic_steps,
    "struct_training_only": training_only,
    "struct_masking": masking,
    "struct_embedding": embedding,
    "struct_ops_elementwise": ops_elementwise,
    "struct_ops_shape": ops_shape,
    "struct_ops_getitem": ops_getitem,
    "struct_ops_nn": ops_nn,
    "struct_hard_swish_block": hard_swish_block,
}
