"""Keras fixture cases: a first smoke set (Dense, Conv2D with BatchNormalization, Add, a Keras op)."""

import numpy as np
import keras
from keras import layers

from generate_keras_fixtures import KerasCase


def dense_mlp():
    inp = keras.Input((6,), name="features")
    x = layers.Dense(8, activation="relu")(inp)
    out = layers.Dense(3, activation="softmax", name="probs")(x)
    return KerasCase(keras.Model(inp, out), [np.random.rand(4, 6).astype(np.float32)])


def conv_bn_add():
    inp = keras.Input((8, 8, 3), name="image")
    x = layers.Conv2D(4, 3, padding="same", activation="relu")(inp)
    x = layers.BatchNormalization()(x)
    y = layers.Conv2D(4, 1)(x)
    x = layers.Add()([x, y])
    x = x + 3.0
    x = layers.GlobalAveragePooling2D()(x)
    out = layers.Dense(2, activation="softmax", name="out")(x)
    model = keras.Model(inp, out)
    # non-trivial BatchNormalization statistics
    bn = model.layers[2]
    bn.set_weights([np.random.rand(4) + 0.5, np.random.rand(4) - 0.5, np.random.rand(4) - 0.5, np.random.rand(4) + 0.5])
    return KerasCase(model, [np.random.rand(2, 8, 8, 3).astype(np.float32)])


def nested_sequential():
    """A Sequential inside a Sequential: the legacy .h5 names the inner weights
    `outer/inner/dense/kernel`."""
    inner = keras.Sequential([layers.Dense(4, activation="tanh"), layers.Dense(4)], name="inner")
    model = keras.Sequential([keras.Input((3,), name="x"), inner, layers.Dense(2)], name="outer")
    return KerasCase(model, [np.random.rand(3, 3).astype(np.float32)])


def mixed_precision():
    """A mixed_float16 model (float32 variables, float16 compute in Keras): converted to float32,
    as TF's converter does, so it agrees with Keras only to float16 precision."""
    keras.mixed_precision.set_global_policy("mixed_float16")
    try:
        inp = keras.Input((6,), name="x")
        x = layers.Conv1D(4, 3, activation="relu")(layers.Reshape((6, 1))(inp))
        x = layers.Flatten()(x)
        out = layers.Dense(3, dtype="float32")(layers.Dense(8, activation="relu")(x))
        model = keras.Model(inp, out)
    finally:
        keras.mixed_precision.set_global_policy("float32")
    return KerasCase(model, [np.random.rand(3, 6).astype(np.float32)], atol=2e-3, rtol=1e-2)


CASES = {"basic_dense_mlp": dense_mlp, "basic_conv_bn_add": conv_bn_add,
         "basic_nested_sequential": nested_sequential, "basic_mixed_precision": mixed_precision}


def unsupported_lambda():
    """A model with a Lambda layer: SwiftLite must refuse it, naming the layer and its class."""
    inp = keras.Input((4,), name="x")
    y = layers.Dense(3)(inp)
    y = layers.Lambda(lambda t: t * 2.0, name="doubler")(y)
    return keras.Model(inp, y), {"layer": "doubler", "class": "Lambda"}


ERROR_CASES = {"unsupported_lambda": unsupported_lambda}
