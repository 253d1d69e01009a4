"""Keras fixture cases for sequence and attention layers: LSTM, GRU, SimpleRNN (each with its
options), Bidirectional (every merge mode), TimeDistributed, MultiHeadAttention, a transformer
encoder block and an LSTM text classifier. Sequences are short (5-7 steps) and layers tiny."""

import numpy as np
import keras
from keras import layers

from generate_keras_fixtures import KerasCase

STEPS = 6
FEATURES = 4


def randomize(model, scale=0.5):
    """Random weights everywhere (biases included, so every bias path is exercised)."""
    for weight in model.weights:
        weight.assign(np.random.uniform(-scale, scale, weight.shape).astype(np.float32))
    return model


def sequence_input(batch=3, steps=STEPS, features=FEATURES):
    return np.random.uniform(-1, 1, (batch, steps, features)).astype(np.float32)


def single(layer, steps=STEPS, features=FEATURES, tf_convert=False, batch_size=None, name="sequence"):
    inp = keras.Input((steps, features), batch_size=batch_size, name=name)
    out = layer(inp)
    model = randomize(keras.Model(inp, out))
    return KerasCase(model, [sequence_input(batch=batch_size or 3, steps=steps or STEPS)], tf_convert=tf_convert)


# LSTM ----------------------------------------------------------------------------------------

def lstm_last():
    return single(layers.LSTM(6), tf_convert=True)


def lstm_sequences():
    return single(layers.LSTM(5, return_sequences=True))


def lstm_backwards():
    return single(layers.LSTM(5, return_sequences=True, go_backwards=True))


def lstm_relu_no_bias():
    return single(layers.LSTM(4, activation="relu", use_bias=False))


def lstm_stacked():
    inp = keras.Input((STEPS, FEATURES), name="sequence")
    x = layers.LSTM(8, return_sequences=True)(inp)
    x = layers.LSTM(6, return_sequences=True, go_backwards=True)(x)
    out = layers.LSTM(4, name="top")(x)
    model = randomize(keras.Model(inp, out))
    return KerasCase(model, [sequence_input()], tf_convert=True)


def lstm_return_state():
    inp = keras.Input((STEPS, FEATURES), name="sequence")
    out, h, c = layers.LSTM(5, return_sequences=True, return_state=True)(inp)
    model = randomize(keras.Model(inp, [out, h, c]))
    return KerasCase(model, [sequence_input()])


def lstm_encoder_decoder():
    """Encoder states (return_state) seed a decoder LSTM (initial_state)."""
    source = keras.Input((STEPS, FEATURES), name="source")
    target = keras.Input((4, 3), name="target")
    _, h, c = layers.LSTM(5, return_state=True, name="encoder")(source)
    out = layers.LSTM(5, return_sequences=True, name="decoder")(target, initial_state=[h, c])
    model = randomize(keras.Model([source, target], out))
    return KerasCase(model, [sequence_input(), np.random.uniform(-1, 1, (3, 4, 3)).astype(np.float32)])


def lstm_dynamic_time():
    """A sequence length of None: the fused op handles any length."""
    return single(layers.LSTM(4), steps=None)


def lstm_hard_sigmoid():
    """recurrent_activation other than sigmoid: unrolled."""
    return single(layers.LSTM(4, recurrent_activation="hard_sigmoid", return_sequences=True))


def lstm_stateful():
    inp = keras.Input((STEPS, FEATURES), batch_size=2, name="sequence")
    out = layers.LSTM(4, stateful=True)(inp)
    model = randomize(keras.Model(inp, out))
    return KerasCase(model, [sequence_input(batch=2)])


# GRU and SimpleRNN -----------------------------------------------------------------------------

def gru_last():
    return single(layers.GRU(5), tf_convert=True)


def gru_backwards_v1():
    """reset_after=False (the Keras 1/TF1 formulation), whole sequence, reversed."""
    return single(layers.GRU(4, reset_after=False, return_sequences=True, go_backwards=True))


def gru_no_bias_state():
    inp = keras.Input((STEPS, FEATURES), name="sequence")
    out, h = layers.GRU(4, use_bias=False, return_state=True)(inp)
    model = randomize(keras.Model(inp, [out, h]))
    return KerasCase(model, [sequence_input()])


def simple_rnn_last():
    return single(layers.SimpleRNN(5), tf_convert=True)


def simple_rnn_relu_sequences():
    return single(layers.SimpleRNN(4, activation="relu", return_sequences=True, go_backwards=True))


def simple_rnn_sigmoid():
    """An activation TFLite cannot fuse: unrolled."""
    return single(layers.SimpleRNN(4, activation="sigmoid", return_sequences=True))


# Bidirectional ---------------------------------------------------------------------------------

def bidirectional_concat():
    return single(layers.Bidirectional(layers.LSTM(4, return_sequences=True)), tf_convert=True)


def bidirectional_sum():
    return single(layers.Bidirectional(layers.GRU(4, return_sequences=True), merge_mode="sum"))


def bidirectional_mul():
    return single(layers.Bidirectional(layers.SimpleRNN(4), merge_mode="mul"))


def bidirectional_ave():
    return single(layers.Bidirectional(layers.LSTM(4), merge_mode="ave"))


def bidirectional_none():
    inp = keras.Input((STEPS, FEATURES), name="sequence")
    forward, backward = layers.Bidirectional(layers.LSTM(3, return_sequences=True), merge_mode=None)(inp)
    model = randomize(keras.Model(inp, [forward, backward]))
    return KerasCase(model, [sequence_input()])


# TimeDistributed -------------------------------------------------------------------------------

def time_distributed_dense():
    return single(layers.TimeDistributed(layers.Dense(3, activation="relu")))


def time_distributed_conv2d():
    inp = keras.Input((4, 6, 6, 2), name="frames")
    x = layers.TimeDistributed(layers.Conv2D(3, 3, padding="same", activation="relu"))(inp)
    out = layers.TimeDistributed(layers.Conv2D(2, 3))(x)
    model = randomize(keras.Model(inp, out))
    return KerasCase(model, [np.random.uniform(-1, 1, (2, 4, 6, 6, 2)).astype(np.float32)])


# MultiHeadAttention ----------------------------------------------------------------------------

def mha_self():
    inp = keras.Input((STEPS, 8), name="tokens")
    out = layers.MultiHeadAttention(num_heads=2, key_dim=4)(inp, inp)
    model = randomize(keras.Model(inp, out))
    return KerasCase(model, [sequence_input(features=8)], tf_convert=True)


def mha_cross():
    """Query, value and a separate key of other lengths and widths; value_dim != key_dim."""
    query = keras.Input((5, 6), name="query")
    value = keras.Input((7, 4), name="value")
    key = keras.Input((7, 3), name="key")
    out, scores = layers.MultiHeadAttention(num_heads=3, key_dim=2, value_dim=3)(
        query, value, key=key, return_attention_scores=True)
    model = randomize(keras.Model([query, value, key], [out, scores]))
    inputs = [np.random.uniform(-1, 1, shape).astype(np.float32) for shape in [(2, 5, 6), (2, 7, 4), (2, 7, 3)]]
    return KerasCase(model, inputs)


def mha_causal():
    inp = keras.Input((STEPS, 8), name="tokens")
    out = layers.MultiHeadAttention(num_heads=2, key_dim=3)(inp, inp, use_causal_mask=True)
    model = randomize(keras.Model(inp, out))
    return KerasCase(model, [sequence_input(features=8)])


def mha_gate_output_shape():
    """use_gate, no biases, a sliding window and a two-dimensional output_shape."""
    inp = keras.Input((STEPS, 6), name="tokens")
    out = layers.MultiHeadAttention(
        num_heads=2, key_dim=3, use_gate=True, use_bias=False, output_shape=(2, 4), sliding_window=2)(inp, inp)
    model = randomize(keras.Model(inp, out))
    return KerasCase(model, [sequence_input(features=6)])


# Small models ----------------------------------------------------------------------------------

def transformer_encoder():
    """One post-norm transformer encoder block: MHA + residual + LayerNorm, FFN + residual + LayerNorm."""
    inp = keras.Input((STEPS, 8), name="tokens")
    attended = layers.MultiHeadAttention(num_heads=2, key_dim=4, name="attention")(inp, inp)
    x = layers.LayerNormalization(epsilon=1e-6)(layers.Add()([inp, attended]))
    ffn = layers.Dense(16, activation="relu")(x)
    ffn = layers.Dense(8)(ffn)
    x = layers.LayerNormalization(epsilon=1e-6)(layers.Add()([x, ffn]))
    pooled = layers.GlobalAveragePooling1D()(x)
    out = layers.Dense(3, activation="softmax", name="probs")(pooled)
    model = randomize(keras.Model(inp, out))
    return KerasCase(model, [sequence_input(features=8)], tf_convert=True)


def lstm_text_classifier():
    inp = keras.Input((7,), dtype="int32", name="token_ids")
    x = layers.Embedding(20, 8)(inp)
    x = layers.LSTM(8)(x)
    out = layers.Dense(2, activation="softmax", name="probs")(x)
    model = randomize(keras.Model(inp, out))
    return KerasCase(model, [np.random.randint(0, 20, (3, 7)).astype(np.int32)], tf_convert=True)


def lstm_masked_text():
    """Embedding(mask_zero=True): padded steps (id 0) keep the LSTM state."""
    inp = keras.Input((7,), dtype="int32", name="token_ids")
    x = layers.Embedding(12, 4, mask_zero=True)(inp)
    out = layers.LSTM(5)(x)
    model = randomize(keras.Model(inp, out))
    ids = np.random.randint(1, 12, (4, 7)).astype(np.int32)
    ids[0, 4:] = 0  # right padding
    ids[1, :2] = 0  # left padding
    ids[2, 3] = 0   # a gap
    return KerasCase(model, [ids])


def masking_bidirectional_gru():
    """Masking (all-zero steps) feeding Bidirectional(GRU, return_sequences): masked outputs are zeros."""
    inp = keras.Input((STEPS, FEATURES), name="sequence")
    x = layers.Masking(mask_value=0.0)(inp)
    out = layers.Bidirectional(layers.GRU(3, return_sequences=True))(x)
    model = randomize(keras.Model(inp, out))
    x = sequence_input()
    x[0, 4:, :] = 0
    x[1, 0, :] = 0
    return KerasCase(model, [x])


def simple_rnn_masked_state():
    """A masked SimpleRNN returning its sequence (masked steps repeat) and final state."""
    inp = keras.Input((7,), dtype="int32", name="token_ids")
    x = layers.Embedding(12, 4, mask_zero=True)(inp)
    out, h = layers.SimpleRNN(3, return_sequences=True, return_state=True)(x)
    model = randomize(keras.Model(inp, [out, h]))
    ids = np.random.randint(1, 12, (3, 7)).astype(np.int32)
    ids[0, 5:] = 0
    ids[1, 2] = 0
    return KerasCase(model, [ids])


CASES = {
    "seq_lstm_last": lstm_last,
    "seq_lstm_sequences": lstm_sequences,
    "seq_lstm_backwards": lstm_backwards,
    "seq_lstm_relu_no_bias": lstm_relu_no_bias,
    "seq_lstm_stacked": lstm_stacked,
    "seq_lstm_return_state": lstm_return_state,
    "seq_lstm_encoder_decoder": lstm_encoder_decoder,
    "seq_lstm_dynamic_time": lstm_dynamic_time,
    "seq_lstm_hard_sigmoid": lstm_hard_sigmoid,
    "seq_lstm_stateful": lstm_stateful,
    "seq_gru_last": gru_last,
    "seq_gru_backwards_v1": gru_backwards_v1,
    "seq_gru_no_bias_state": gru_no_bias_state,
    "seq_simple_rnn_last": simple_rnn_last,
    "seq_simple_rnn_relu_sequences": simple_rnn_relu_sequences,
    "seq_simple_rnn_sigmoid": simple_rnn_sigmoid,
    "seq_bidirectional_concat": bidirectional_concat,
    "seq_bidirectional_sum": bidirectional_sum,
    "seq_bidirectional_mul": bidirectional_mul,
    "seq_bidirectional_ave": bidirectional_ave,
    "seq_bidirectional_none": bidirectional_none,
    "seq_time_distributed_dense": time_distributed_dense,
    "seq_time_distributed_conv2d": time_distributed_conv2d,
    "seq_mha_self": mha_self,
    "seq_mha_cross": mha_cross,
    "seq_mha_causal": mha_causal,
    "seq_mha_gate_output_shape": mha_gate_output_shape,
    "seq_transformer_encoder": transformer_encoder,
    "seq_lstm_text_classifier": lstm_text_classifier,
    "seq_lstm_masked_text": lstm_masked_text,
    "seq_masking_bidirectional_gru": masking_bidirectional_gru,
    "seq_simple_rnn_masked_state": simple_rnn_masked_state,
}
