"""Generates stateful (streaming) fixtures: models that keep state in resource variables
across invocations (VAR_HANDLE / READ_VARIABLE / ASSIGN_VARIABLE, initialized by CALL_ONCE),
as TF 2.21's converter writes them for `tf.Variable` state.

    .venv-reference/bin/python Scripts/reference/generate_stateful_fixtures.py

Writes Tests/Fixtures/stateful/NAME.tflite, NAME.steps_input_0.npy (leading axis = steps) and
NAME.steps_output_0.npy: the official runtime (BUILTIN_REF) invoked once per step on ONE
interpreter, outputs stacked — exactly what `swiftlite run --steps N` must reproduce.
"""
import os
import sys

import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter, OpResolverType

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures", "stateful")
STEPS = 6


class Accumulator(tf.Module):
    """state <- 0.9 * state + x; returns state * 2 (an exponential moving sum)."""

    def __init__(self):
        super().__init__()
        self.state = tf.Variable(tf.zeros([1, 4]), trainable=False)

    @tf.function(input_signature=[tf.TensorSpec([1, 4], tf.float32, name="x")])
    def __call__(self, x):
        self.state.assign(self.state * 0.9 + x)
        return {"y": self.state * 2.0}


class RingBuffer(tf.Module):
    """Keeps the last 3 frames of a [1, 2] stream and returns their mean (a wake-word style window)."""

    def __init__(self):
        super().__init__()
        self.frames = tf.Variable(tf.zeros([3, 2]), trainable=False)

    @tf.function(input_signature=[tf.TensorSpec([1, 2], tf.float32, name="frame")])
    def __call__(self, frame):
        updated = tf.concat([self.frames[1:], frame], axis=0)
        self.frames.assign(updated)
        return {"mean": tf.reduce_mean(updated, axis=0, keepdims=True)}


def convert(module):
    converter = tf.lite.TFLiteConverter.from_concrete_functions(
        [module.__call__.get_concrete_function()], module)
    converter.experimental_enable_resource_variables = True
    return converter.convert()


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(7)
    for name, module, width in [("accumulator", Accumulator(), 4), ("ring_buffer", RingBuffer(), 2)]:
        model = convert(module)
        path = os.path.join(OUT, f"{name}.tflite")
        with open(path, "wb") as fh:
            fh.write(model)
        inputs = rng.uniform(-1, 1, size=(STEPS, 1, width)).astype(np.float32)
        interpreter = Interpreter(model_path=path, experimental_op_resolver_type=OpResolverType.BUILTIN_REF)
        interpreter.allocate_tensors()
        inp = interpreter.get_input_details()[0]["index"]
        out = interpreter.get_output_details()[0]["index"]
        outputs = []
        for step in range(STEPS):
            interpreter.set_tensor(inp, inputs[step])
            interpreter.invoke()
            outputs.append(interpreter.get_tensor(out).copy())
        np.save(os.path.join(OUT, f"{name}.steps_input_0.npy"), inputs)
        np.save(os.path.join(OUT, f"{name}.steps_output_0.npy"), np.stack(outputs))
        ops = [d["op_name"] for d in interpreter._get_ops_details()]
        print(name, len(model), "bytes, ops:", ops, file=sys.stderr)


if __name__ == "__main__":
    main()
