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
    return KerasCase(model, [signed(3, 5, 3), signed(3, 6, 6, 2)])


def prelu_object_weights():
    """A PReLU activation object that was built (so its alpha is saved) before saving."""
    inp = keras.Input((3, 4), name="x")
    dense = layers.Dense(5, activation=layers.PReLU(shared_axes=[1]), name="dense_prelu")
    out = dense(inp)
    model = randomize(keras.Model(inp, out))
    dense.activation.build((None, 3, 5))
    dense.activation.set_weights([np.random.uniform(-1, 1, (1, 5)).astype(np.float32)])
    return KerasCase(model, [signed(3, 3, 4)])


CASES = {
    "extra_activation_objects": activation_objects,
    "extra_prelu_object_weights": prelu_object_weights,
}
