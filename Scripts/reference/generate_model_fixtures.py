#!/usr/bin/env python3
"""Generates the whole-model golden fixtures in Tests/Fixtures/models/ and,
with --benchmark, the big (git-ignored) benchmark models' goldens in
Benchmarks/models/.

Run with the reference venv (Scripts/reference/make_venv.sh):

    .venv-reference/bin/python Scripts/reference/generate_model_fixtures.py [--out DIR] [--only NAME,...]
    .venv-reference/bin/python Scripts/reference/generate_model_fixtures.py --benchmark [--bench-out DIR]

For each model NAME it writes NAME.tflite, NAME.input_K.npy (K in
get_input_details() order) and NAME.output_K.npy (get_output_details()
order, official runtime ai-edge-litert 2.3.0 with OpResolverType.BUILTIN_REF),
plus manifest.json (tolerances, op histogram, file size, latencies, notes).

Weights are seeded random (weights=None, nothing is downloaded). To keep the
activations realistic every BatchNormalization gets data-dependent moving
statistics (the mean/variance of its input over a seeded calibration batch,
layer by layer, with random gamma/beta near 1/0), and classifier layers are
rescaled so the softmax outputs are neither uniform nor one-hot.

`lstm_fused` needs tf-keras (Keras 2: its LSTM carries the `api_implements`
annotation the converter fuses into UNIDIRECTIONAL_SEQUENCE_LSTM; Keras 3's
does not). It is installed on first use, without dependencies, into the
git-ignored .venv-tfkeras/ next to the reference venv:

    .venv-reference/bin/python -m pip install --no-deps --target .venv-tfkeras tf-keras==2.21.0
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import zlib
from pathlib import Path

from refcommon import REPO, dump_json, oracle, quiet_convert, seed_everything

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

import fixturelib as fl  # noqa: E402

OUT_DEFAULT = REPO / "Tests" / "Fixtures" / "models"
BENCH_DEFAULT = REPO / "Benchmarks" / "models"
TFKERAS_DIR = REPO / ".venv-tfkeras"
TFKERAS_VERSION = "2.21.0"
MAX_MODEL_BYTES = 1_700_000  # MobileNetV2 alpha 0.35 (as asked) is 1.65 MB
F32 = np.float32
NO_DELEGATE = oracle.REF.__class__.BUILTIN_WITHOUT_DEFAULT_DELEGATES


# --------------------------------------------------------------------------
# weight conditioning
# --------------------------------------------------------------------------

def predict(model, x: np.ndarray) -> np.ndarray:
    """model(x) one sample at a time (the models have a fixed batch of 1)."""
    return np.concatenate([np.asarray(model(x[i:i + 1], training=False)) for i in range(len(x))])


def calibrate_batchnorm(model, calib: np.ndarray, seed: int) -> int:
    """Data-dependent BN statistics, layer by layer in topological order:
    moving_mean/var = mean/var of the layer's input over `calib`; gamma in
    [0.7,1.3], beta in [-0.2,0.2]. Returns the number of BN layers set."""
    rng = np.random.default_rng(seed)
    n = 0
    for layer in model.layers:
        if not isinstance(layer, keras.layers.BatchNormalization):
            continue
        sub = keras.Model(model.inputs[0], layer.input)
        a = predict(sub, calib).astype(np.float64)
        axes = tuple(range(a.ndim - 1))
        mean, var = a.mean(axis=axes), a.var(axis=axes)
        c = mean.shape[0]
        gamma = rng.uniform(0.7, 1.3, c)
        beta = rng.uniform(-0.2, 0.2, c)
        weights = []
        for w in layer.weights:
            nm = w.path.rsplit("/", 1)[-1]
            weights.append({"gamma": gamma, "beta": beta, "moving_mean": mean,
                            "moving_variance": var + 1e-3}[nm].astype(F32))
        layer.set_weights(weights)
        n += 1
    return n


def rescale_classifier(model, layer, calib, target_std=2.0):
    """Scales `layer`'s kernel and bias so the logits (softmax input) over
    `calib` have standard deviation ~target_std across classes."""
    total = 1.0
    for _ in range(8):  # iterate: log(p) underestimates the spread of saturated logits
        probs = predict(model, calib).astype(np.float64)
        logits = np.log(np.maximum(probs, 1e-30))
        std = float(np.mean(logits.std(axis=-1)))
        s = target_std / max(std, 1e-6)
        layer.set_weights([w * s for w in layer.get_weights()])
        total *= s
        if abs(s - 1.0) < 0.02:
            break
    return total


def softmax_stats(p: np.ndarray) -> dict:
    p = p.reshape(-1, p.shape[-1]).astype(np.float64)
    ent = float(np.mean(-(p * np.log(np.maximum(p, 1e-30))).sum(-1)))
    return {"max_prob": round(float(p.max()), 4), "min_prob": float(f"{p.min():.3g}"),
            "entropy_nats": round(ent, 3), "uniform_entropy_nats": round(float(np.log(p.shape[-1])), 3)}


def check_softmax(p: np.ndarray, name: str):
    s = softmax_stats(p)
    assert s["max_prob"] < 0.95, (name, "saturated softmax", s)
    assert s["entropy_nats"] < 0.98 * s["uniform_entropy_nats"], (name, "uniform softmax", s)
    return s


def image_input(shape, seed, lo, hi):
    """Smooth-ish seeded image: low-frequency pattern + noise, in [lo, hi]."""
    rng = np.random.default_rng(seed)
    n, h, w, c = shape
    yy, xx = np.meshgrid(np.linspace(0, 1, h), np.linspace(0, 1, w), indexing="ij")
    img = np.zeros(shape)
    for b in range(n):
        for ch in range(c):
            fy, fx, ph = rng.uniform(0.5, 3.0), rng.uniform(0.5, 3.0), rng.uniform(0, 6.3)
            img[b, :, :, ch] = 0.5 + 0.35 * np.sin(2 * np.pi * (fy * yy + fx * xx) + ph)
    img += rng.normal(0, 0.08, size=shape)
    img = np.clip(img, 0, 1)
    return (lo + (hi - lo) * img).astype(F32)


# --------------------------------------------------------------------------
# models: each returns a dict with
#   model (bytes), inputs (list of arrays in any order matching `names`),
#   keras (callable for the TF cross-check, gets inputs in the same order),
#   softmax (bool), want (op codes), note, tol (rtol, atol)
# --------------------------------------------------------------------------

def keras_image_classifier(name, build, size, lo, hi, seed, classifier_layer):
    keras.backend.clear_session()  # fresh auto layer names -> order-independent files
    seed_everything(seed)
    model = build()
    x = image_input((1, size, size, 3), seed + 3, lo, hi)
    # the test image is one of the 8 calibration images: random-weight nets
    # with squeeze-excite gates are so input-sensitive that an image outside
    # the calibration set can still saturate the softmax
    calib = np.concatenate([x, image_input((7, size, size, 3), seed + 1, lo, hi)])
    nbn = calibrate_batchnorm(model, calib, seed + 2)
    s = rescale_classifier(model, model.get_layer(classifier_layer), calib)
    return {"keras_model": model, "inputs": [x], "softmax": True,
            "note_extra": f"{nbn} BatchNormalization layers with data-dependent statistics (8 calibration "
                          f"images incl. the test image); classifier '{classifier_layer}' scaled x{s:.3g}; "
                          f"input image (smooth sinusoid pattern + noise) in [{lo},{hi}]"}


def m_mobilenet_v2_small():
    r = keras_image_classifier(
        "mobilenet_v2_small",
        lambda: keras.applications.MobileNetV2(
            alpha=0.35, input_tensor=keras.Input((96, 96, 3), batch_size=1, name="image"),
            classes=10, weights=None),
        96, -1.0, 1.0, 1001, "predictions")
    r["note"] = ("keras.applications.MobileNetV2(alpha=0.35, 96x96x3, classes=10, weights=None), batch 1; "
                 "BN folded into CONV_2D/DEPTHWISE_CONV_2D bias, ReLU6 fused; GlobalAveragePooling -> MEAN")
    r["want"] = ["CONV_2D", "DEPTHWISE_CONV_2D", "ADD", "MEAN", "FULLY_CONNECTED", "SOFTMAX"]
    return r


def m_mobilenet_v3_small():
    r = keras_image_classifier(
        "mobilenet_v3_small",
        lambda: keras.applications.MobileNetV3Small(
            alpha=0.35, input_tensor=keras.Input((96, 96, 3), batch_size=1, name="image"),
            classes=10, weights=None, minimalistic=False),
        96, 0.0, 255.0, 1002, "logits")
    r["note"] = ("keras.applications.MobileNetV3Small(alpha=0.35, minimalistic=False, 96x96, classes=10, "
                 "weights=None, include_preprocessing=True (Rescaling 1/127.5 - 1: input in [0,255])), batch 1. "
                 "alpha 0.35 instead of 0.75: the 1024-wide head conv makes alpha 0.75 4.1 MB and 0.5 2.3 MB. "
                 "HARD_SWISH, squeeze-excite (MEAN, hard-sigmoid as ADD/RELU6/MUL), Dropout removed")
    r["want"] = ["CONV_2D", "DEPTHWISE_CONV_2D", "HARD_SWISH", "MEAN", "MUL", "ADD", "SOFTMAX"]
    return r


def m_efficientnet_b0_tiny():
    from keras.src.applications import efficientnet as eff

    r = keras_image_classifier(
        "efficientnet_b0_tiny",
        lambda: eff.EfficientNet(
            width_coefficient=0.25, depth_coefficient=0.5, default_size=64,
            input_tensor=keras.Input((64, 64, 3), batch_size=1, name="image"),
            weights=None, classes=10, name="efficientnet_b0_tiny"),
        64, 0.0, 255.0, 1003, "predictions")
    r["note"] = ("keras.src.applications.efficientnet.EfficientNet(width_coefficient=0.25, depth_coefficient=0.5, "
                 "default_size=64): the B0 block table (MBConv, squeeze-excite, swish) at reduced width/depth, "
                 "input 64x64 in [0,255] (Rescaling + Normalization inside), classes=10, weights=None, batch 1. "
                 "swish = LOGISTIC+MUL; SE = MEAN, CONV_2D, LOGISTIC, MUL")
    r["want"] = ["CONV_2D", "DEPTHWISE_CONV_2D", "LOGISTIC", "MUL", "MEAN", "ADD", "SOFTMAX"]
    return r


def m_resnet_tiny():
    keras.backend.clear_session()  # fresh auto layer names -> order-independent files
    seed_everything(1004)
    L = keras.layers

    def block(x, ch, stride):
        y = L.Conv2D(ch, 3, strides=stride, padding="same", use_bias=False)(x)
        y = L.BatchNormalization()(y)
        y = L.ReLU()(y)
        y = L.Conv2D(ch, 3, padding="same", use_bias=False)(y)
        y = L.BatchNormalization()(y)
        if stride != 1 or x.shape[-1] != ch:
            x = L.Conv2D(ch, 1, strides=stride, use_bias=False)(x)
            x = L.BatchNormalization()(x)
        return L.ReLU()(L.Add()([x, y]))

    inp = keras.Input((32, 32, 3), batch_size=1, name="image")
    x = L.Conv2D(16, 3, padding="same", use_bias=False)(inp)
    x = L.BatchNormalization()(x)
    x = L.ReLU()(x)
    for ch, stride in ((16, 1), (16, 1), (32, 2), (32, 1), (64, 2), (64, 1)):
        x = block(x, ch, stride)
    x = L.GlobalAveragePooling2D()(x)
    out = L.Dense(10, activation="softmax", name="classifier")(x)
    model = keras.Model(inp, out, name="resnet_tiny")
    calib = image_input((4, 32, 32, 3), 1005, -1, 1)
    nbn = calibrate_batchnorm(model, calib, 1006)
    s = rescale_classifier(model, model.get_layer("classifier"), calib)
    return {"keras_model": model, "inputs": [image_input((1, 32, 32, 3), 1007, -1, 1)], "softmax": True,
            "note": "ResNet-style: 3x3 stem + 6 basic blocks (16/32/64 channels, strided 1x1 projection "
                    "shortcuts), residual ADD with fused RELU, GAP -> MEAN, Dense softmax; input 32x32x3 in [-1,1]",
            "note_extra": f"{nbn} BN layers with data-dependent statistics (folded by the converter); "
                          f"classifier scaled x{s:.3g}",
            "want": ["CONV_2D", "ADD", "MEAN", "FULLY_CONNECTED", "SOFTMAX"]}


def m_kws_cnn():
    keras.backend.clear_session()  # fresh auto layer names -> order-independent files
    seed_everything(1008)
    L = keras.layers
    inp = keras.Input((49, 10, 1), batch_size=1, name="mfcc")
    x = L.Conv2D(64, (10, 4), strides=(2, 2), padding="same", use_bias=False)(inp)
    x = L.BatchNormalization()(x)
    x = L.ReLU()(x)
    for _ in range(4):
        x = L.DepthwiseConv2D(3, padding="same", use_bias=False)(x)
        x = L.BatchNormalization()(x)
        x = L.ReLU()(x)
        x = L.Conv2D(64, 1, use_bias=False)(x)
        x = L.BatchNormalization()(x)
        x = L.ReLU()(x)
    x = L.AveragePooling2D(pool_size=(25, 5))(x)
    x = L.Flatten()(x)
    x = L.Dense(12, name="classifier")(x)
    out = L.Softmax()(x)
    model = keras.Model(inp, out, name="kws_ds_cnn")
    rng = np.random.default_rng(1009)
    calib = rng.normal(0, 1, (8, 49, 10, 1)).astype(F32) * np.linspace(2, 0.5, 10, dtype=F32).reshape(1, 1, 10, 1)
    nbn = calibrate_batchnorm(model, calib, 1010)
    s = rescale_classifier(model, model.get_layer("classifier"), calib)
    x = np.random.default_rng(1011).normal(0, 1, (1, 49, 10, 1)).astype(F32) * np.linspace(2, 0.5, 10, dtype=F32).reshape(1, 1, 10, 1)
    return {"keras_model": model, "inputs": [x], "softmax": True,
            "note": "DS-CNN keyword spotting (ARM KWS style): [1,49,10,1] MFCC-like input, conv 10x4 stride 2 "
                    "SAME (64), 4x (depthwise 3x3 + pointwise 1x1, BN, ReLU), AveragePooling 25x5, Flatten, "
                    "Dense 12, Softmax; input ~N(0,1) scaled per MFCC coefficient",
            "note_extra": f"{nbn} BN layers with data-dependent statistics; classifier scaled x{s:.3g}",
            "want": ["CONV_2D", "DEPTHWISE_CONV_2D", "AVERAGE_POOL_2D", "FULLY_CONNECTED", "SOFTMAX"]}


def m_transformer_block():
    keras.backend.clear_session()  # fresh auto layer names -> order-independent files
    seed_everything(1012)
    L = keras.layers
    inp = keras.Input((16, 32), batch_size=1, name="tokens")
    a = L.MultiHeadAttention(num_heads=2, key_dim=16, name="mha")(inp, inp)
    x = L.LayerNormalization(epsilon=1e-5, name="ln1")(L.Add()([inp, a]))
    f = L.Dense(64, activation="gelu", name="ffn1")(x)
    f = L.Dense(32, name="ffn2")(f)
    out = L.LayerNormalization(epsilon=1e-5, name="ln2")(L.Add()([x, f]))
    model = keras.Model(inp, out, name="transformer_block")
    # non-trivial LayerNorm affine parameters
    rng = np.random.default_rng(1013)
    for n in ("ln1", "ln2"):
        g, b = model.get_layer(n).get_weights()
        model.get_layer(n).set_weights([rng.uniform(0.7, 1.3, g.shape).astype(F32),
                                        rng.uniform(-0.2, 0.2, b.shape).astype(F32)])
    x = np.random.default_rng(1014).normal(0, 1, (1, 16, 32)).astype(F32)
    return {"keras_model": model, "inputs": [x], "softmax": False,
            "note": "transformer encoder block on [1,16,32]: Keras MultiHeadAttention (2 heads, key_dim 16; "
                    "einsum -> FULLY_CONNECTED/BATCH_MATMUL/TRANSPOSE/RESHAPE, SOFTMAX over keys), residual ADD, "
                    "LayerNormalization (eps 1e-5, lowered to MEAN/SQUARED_DIFFERENCE/RSQRT/MUL/ADD/SUB), "
                    "Dense 64 with exact GELU, Dense 32, residual, LayerNormalization; input ~N(0,1)",
            "want": ["FULLY_CONNECTED", "BATCH_MATMUL", "SOFTMAX", "GELU", "MEAN", "RSQRT"]}


def m_rnn(kind):
    keras.backend.clear_session()  # fresh auto layer names -> order-independent files
    seed_everything(1015 if kind == "lstm" else 1016)
    L = keras.layers
    inp = keras.Input((10, 8), batch_size=1, name="sequence")
    layer = L.LSTM(16, name="lstm") if kind == "lstm" else L.GRU(16, name="gru")
    out = layer(inp)
    model = keras.Model(inp, out, name=f"{kind}_tf221")
    x = np.random.default_rng(1017).uniform(-1, 1, (1, 10, 8)).astype(F32)
    desc = ("LSTM(16) (Keras 3, unit_forget_bias, sigmoid/tanh)" if kind == "lstm"
            else "GRU(16) (Keras 3, reset_after=True)")
    return {"keras_model": model, "inputs": [x], "softmax": False,
            "note": f"Keras 3 {desc} on [1,10,8] -> last output [1,16]. TF 2.21 converts the Keras 3 RNN into a "
                    "WHILE loop (cond + body subgraphs, TensorList ops lowered to GATHER/RESHAPE etc.); batch fixed "
                    "to 1 (with a dynamic batch the converter cannot lower the TensorLists to builtins)",
            "want": ["WHILE"]}


def ensure_tf_keras():
    if not (TFKERAS_DIR / "tf_keras").is_dir():
        print(f"  installing tf-keras=={TFKERAS_VERSION} (no deps) into {TFKERAS_DIR}")
        subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "--quiet",
                        "--no-deps", "--target", str(TFKERAS_DIR), f"tf-keras=={TFKERAS_VERSION}"], check=True)
    if str(TFKERAS_DIR) not in sys.path:
        sys.path.append(str(TFKERAS_DIR))
    import tf_keras
    return tf_keras


def m_lstm_fused():
    tfk = ensure_tf_keras()
    keras.backend.clear_session()  # fresh auto layer names -> order-independent files
    seed_everything(1018)
    tfk.backend.clear_session()
    tfk.utils.set_random_seed(1018)
    model = tfk.Sequential([tfk.Input((10, 8), batch_size=1, name="sequence"),
                            tfk.layers.LSTM(16, name="lstm")], name="lstm_fused")
    x = np.random.default_rng(1017).uniform(-1, 1, (1, 10, 8)).astype(F32)
    return {"keras_model": model, "inputs": [x], "softmax": False,
            "note": f"tf-keras {TFKERAS_VERSION} (Keras 2) LSTM(16) on [1,10,8]: its LSTM is a tf.function with "
                    "the api_implements='lstm_<uuid>' annotation, which TF 2.21's converter fuses into one "
                    "UNIDIRECTIONAL_SEQUENCE_LSTM (time_major false, cell clip 0, no projection, no peephole; "
                    "24 inputs with the optional ones -1) + STRIDED_SLICE taking the last step. Keras 3 layers "
                    "carry no such annotation (-> lstm_tf221's WHILE loop)",
            "want": ["UNIDIRECTIONAL_SEQUENCE_LSTM"]}


def ssd_anchors(fm, ratios):
    """Center-size anchors (ycenter, xcenter, h, w) on an fm x fm grid."""
    a = []
    for i in range(fm):
        for j in range(fm):
            for r in ratios:
                s = 0.25
                a.append([(i + 0.5) / fm, (j + 0.5) / fm, s / np.sqrt(r), s * np.sqrt(r)])
    return np.array(a, F32)


SSD_PARAMS = dict(max_detections=20, max_classes_per_detection=1, detections_per_class=20,
                  nms_score_threshold=0.3, nms_iou_threshold=0.2, num_classes=3,
                  y_scale=10.0, x_scale=10.0, h_scale=5.0, w_scale=5.0)


def m_ssd_head(use_regular_nms: bool):
    keras.backend.clear_session()  # fresh auto layer names -> order-independent files
    seed_everything(1019)
    L = keras.layers
    p = dict(SSD_PARAMS)
    ratios = (1.0, 2.0)
    inp = keras.Input((32, 32, 3), batch_size=1, name="image")
    x = L.Conv2D(8, 3, strides=2, padding="same", activation="relu6")(inp)
    x = L.DepthwiseConv2D(3, padding="same", activation="relu6")(x)
    x = L.Conv2D(16, 1, activation="relu6")(x)
    x = L.Conv2D(16, 3, strides=2, padding="same", activation="relu6")(x)   # 8x8
    boxes = L.Conv2D(len(ratios) * 4, 3, padding="same", name="box_head")(x)
    boxes = L.Reshape((8 * 8 * len(ratios), 4), name="box_encodings")(boxes)
    cls = L.Conv2D(len(ratios) * (p["num_classes"] + 1), 3, padding="same", name="class_head")(x)
    cls = L.Reshape((8 * 8 * len(ratios), p["num_classes"] + 1))(cls)
    scores = L.Activation("sigmoid", name="class_scores")(cls)
    backbone = keras.Model(inp, [boxes, scores], name="ssd_backbone")
    # box deltas ~N(0, 0.5) in "scaled" units; class logits spread over ~[-3,3]
    calib = image_input((4, 32, 32, 3), 1020, -1, 1)
    b0, s0 = backbone(calib)
    for name, target, center in (("box_head", 1.5, 0.0), ("class_head", 1.0, -2.5)):
        lay = backbone.get_layer(name)
        out = np.asarray(b0) if name == "box_head" else np.log(np.asarray(s0) / (1 - np.asarray(s0)))
        sc = target / float(np.std(out))
        k, bias = lay.get_weights()
        bias = bias * sc + (center - float(np.mean(out)) * sc)
        lay.set_weights([k * sc, bias.astype(F32)])
    anchors = ssd_anchors(8, ratios)

    implements = " ".join(
        ['name: "TFLite_Detection_PostProcess"']
        + [f'attr {{ key: "{k}" value {{ i: {v} }} }}' for k, v in p.items() if isinstance(v, int)]
        + [f'attr {{ key: "{k}" value {{ f: {v:f} }} }}' for k, v in p.items() if isinstance(v, float)]
        + [f'attr {{ key: "use_regular_nms" value {{ b: {str(use_regular_nms).lower()} }} }}'])

    @tf.function(experimental_implements=implements)
    def postprocess(box_encodings, class_predictions, anchor_boxes):  # noqa: ARG001
        # body is a placeholder; the converter replaces the call by the custom op
        boxes = tf.constant(0.0, dtype=tf.float32, name="boxes")
        scores = tf.constant(0.0, dtype=tf.float32, name="scores")
        classes = tf.constant(0.0, dtype=tf.float32, name="classes")
        num = tf.constant(0.0, dtype=tf.float32, name="num_detections")
        return boxes, classes, scores, num

    class Detector(tf.Module):
        def __init__(self):
            super().__init__()
            self.backbone = backbone
            # track the Keras 3 variables' tf.Variables so the converter freezes them
            self.vars = [w.value for w in backbone.weights]

        @tf.function(input_signature=[tf.TensorSpec([1, 32, 32, 3], tf.float32, name="image")])
        def detect(self, image):
            b, s = self.backbone(image)
            return postprocess(b, s, tf.constant(anchors))

    det = Detector()
    c = tf.lite.TFLiteConverter.from_concrete_functions([det.detect.get_concrete_function()], det)
    c.allow_custom_ops = True
    model = quiet_convert(c)
    x = image_input((1, 32, 32, 3), 1021, -1, 1)
    nms = "regular (per-class) NMS" if use_regular_nms else "fast NMS (use_regular_nms false)"
    return {"model": model, "inputs": [x], "softmax": False, "backbone": backbone, "anchors": anchors,
            "params": dict(p, use_regular_nms=use_regular_nms),
            "note": "tiny SSD: conv backbone on [1,32,32,3] -> 8x8 feature map, 2 anchors per cell (128 anchors), "
                    "box encodings [1,128,4], sigmoid class scores [1,128,4] (background + 3 classes), then the "
                    "TFLite_Detection_PostProcess custom op made like TF's object-detection export: a "
                    "tf.function with experimental_implements='name: \"TFLite_Detection_PostProcess\" attr {...}', "
                    "allow_custom_ops=True; the converter writes the flexbuffer custom_options and the anchors "
                    f"[128,4] constant. {nms}; " + ", ".join(f"{k}={v}" for k, v in p.items())
                    + " (the converter does not write detections_per_class into custom_options: the kernel "
                    "default 100 applies). Op outputs: boxes [1,20,4], classes [1,20], scores [1,20], "
                    "num_detections [1]; the model's output order (get_output_details) is "
                    "classes, num_detections, boxes, scores (see output_names/output_shapes)",
            "want": ["CUSTOM:TFLite_Detection_PostProcess", "CONV_2D", "LOGISTIC"]}


MODELS = {
    "mobilenet_v2_small": m_mobilenet_v2_small,
    "mobilenet_v3_small": m_mobilenet_v3_small,
    "efficientnet_b0_tiny": m_efficientnet_b0_tiny,
    "resnet_tiny": m_resnet_tiny,
    "kws_cnn": m_kws_cnn,
    "transformer_block": m_transformer_block,
    "lstm_tf221": lambda: m_rnn("lstm"),
    "gru_tf221": lambda: m_rnn("gru"),
    "lstm_fused": m_lstm_fused,
    "ssd_head": lambda: m_ssd_head(False),
    "ssd_head_regular_nms": lambda: m_ssd_head(True),
}

# Tolerances. rtol is fixed at 1e-4; atol is derived per model from what three
# other float32 implementations of the same graph give on the same input --
# TF/Keras itself, the AUTO resolver (XNNPACK delegate) and the optimized
# builtin kernels without delegate: atol = 10x the largest absolute deviation
# any of them shows from the BUILTIN_REF golden, rounded up to 1/2/5 x 10^k,
# never below 1e-5. A real kernel bug moves outputs by orders of magnitude
# more; summation-order noise in a deep float32 net stays well inside.
RTOL = 1e-4
ATOL_FLOOR = 1e-5
TOL_NOTE = ("rtol 1e-4; atol = 10x the largest |output - golden| seen from TF/Keras, the AUTO resolver "
            "(XNNPACK) and the optimized builtin kernels, rounded up to 1/2/5e-k, floor 1e-5 "
            "(deviations recorded in tf_max_abs_diff / default_max_abs_diff / builtin_no_delegate_max_abs_diff)")
SSD_NOTE = ("classes and num_detections are float32 holding integers and match exactly within that tolerance. "
            "ONLY THE FIRST num_detections ROWS of boxes/classes/scores are defined (see defined_rows): with "
            "fast NMS the official kernel leaves the other rows unwritten (arena leftovers, different per "
            "resolver), regular NMS zero-fills them; the .npy goldens have them zeroed, so zero (or ignore) "
            "rows >= num_detections before comparing. NMS is discontinuous: the score gaps and IoU margins in "
            "the note tell a real failure from a near-tie")


def nice_ceil(x: float) -> float:
    k = np.floor(np.log10(x))
    for m in (1, 2, 5, 10):
        if m * 10 ** k >= x * (1 - 1e-9):
            return float(f"{m * 10 ** k:.0e}")
    return float(f"{10 ** (k + 1):.0e}")


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------

def keras_outputs(r, ordered):
    km = r.get("keras_model")
    if km is None:
        return None
    y = km(ordered[0] if len(ordered) == 1 else ordered, training=False)
    return [np.asarray(t) for t in tf.nest.flatten(y)]


def ssd_margins(r, outs) -> str:
    """Smallest score gap between kept detections and the next candidate, and
    the IoU margin to the threshold, on the decoded boxes."""
    b, s = r["backbone"](r["inputs"][0])
    sc = np.asarray(s)[0][:, 1:]                      # drop background
    best = np.sort(sc.max(axis=1))[::-1]
    gaps = np.diff(best[:40])
    thr = r["params"]["nms_score_threshold"]
    near_thr = float(np.min(np.abs(sc - thr)))
    # decode the candidates' boxes (center-size encoding, as the kernel does)
    p, a = r["params"], r["anchors"]
    t = np.asarray(b, dtype=np.float64)[0]
    yc = t[:, 0] / p["y_scale"] * a[:, 2] + a[:, 0]
    xc = t[:, 1] / p["x_scale"] * a[:, 3] + a[:, 1]
    h = np.exp(t[:, 2] / p["h_scale"]) * a[:, 2]
    w = np.exp(t[:, 3] / p["w_scale"]) * a[:, 3]
    dec = np.stack([yc - h / 2, xc - w / 2, yc + h / 2, xc + w / 2], 1)
    cand = np.nonzero(sc.max(axis=1) > thr)[0]
    margins = [abs(iou(dec[i], dec[j]) - p["nms_iou_threshold"]) for i in cand for j in cand if i < j]
    return (f"{len(cand)} anchors above the score threshold; smallest gap between the 40 best "
            f"candidate scores {np.min(np.abs(gaps)):.2e}, closest score to the threshold {near_thr:.2e} "
            f"away, closest candidate-pair IoU to the IoU threshold {min(margins) if margins else 1:.2e} away")


def mask_detections(outs):
    """TFLite_Detection_PostProcess writes only the first num_detections rows
    of boxes/classes/scores (fast NMS leaves the rest as whatever the arena
    held; regular NMS zero-fills): zero the undefined tail."""
    num = int(next(o for o in outs if o.shape == (1,))[0])
    res = []
    for o in outs:
        o = o.copy()
        if o.ndim >= 2:
            o[:, num:] = 0
        res.append(o)
    return res


def iou(a, b):
    ya0, xa0, ya1, xa1 = a
    yb0, xb0, yb1, xb1 = b
    ih = max(0.0, min(ya1, yb1) - max(ya0, yb0))
    iw = max(0.0, min(xa1, xb1) - max(xa0, xb0))
    inter = ih * iw
    u = (ya1 - ya0) * (xa1 - xa0) + (yb1 - yb0) * (xb1 - xb0) - inter
    return inter / u if u > 0 else 0.0


def generate_model(name: str, out: Path, latency_runs: int = 20) -> dict:
    r = MODELS[name]()
    km = r.get("keras_model")
    model = r["model"] if "model" in r else fl.convert_keras(km)
    ops = fl.all_opcodes(model)
    missing = [w for w in r["want"] if w not in ops]
    assert not missing, (name, missing, fl.op_histogram(model))
    assert len(model) < MAX_MODEL_BYTES, (name, len(model))

    interp = oracle.make_interpreter(model_content=model, resolver=oracle.REF)
    ins = interp.get_input_details()
    assert len(ins) == len(r["inputs"]), name
    ordered = r["inputs"]
    outs = oracle.run(interp, ordered)
    post = mask_detections if name.startswith("ssd") else (lambda x: x)
    outs = post(outs)
    for o in outs:
        assert np.all(np.isfinite(o)), name
    entry = {"name": name, "inputs": len(ordered), "outputs": len(outs), "rtol": RTOL, "atol": None,
             "note": r["note"] + ("; " + r["note_extra"] if r.get("note_extra") else ""),
             "tolerance_note": TOL_NOTE + ("; " + SSD_NOTE if name.startswith("ssd") else "")}
    odet = interp.get_output_details()
    # cross-checks: TF/Keras, optimized kernels (AUTO = XNNPACK delegate), no-delegate builtins
    worst = 0.0
    ref = keras_outputs(r, ordered)
    if ref is not None:
        assert len(ref) == len(outs), (name, len(ref), len(outs))
        d = max(fl.max_diffs(o, t)[0] for o, t in zip(outs, ref))
        assert d < 1e-3, (name, "TF/Keras disagrees", d)
        entry["tf_max_abs_diff"] = float(f"{d:.3g}")
        worst = max(worst, d)
    for resolver, key in ((oracle.DEFAULT, "default_max_abs_diff"),
                          (NO_DELEGATE, "builtin_no_delegate_max_abs_diff")):
        got = post(fl.run_model(model, ordered, resolver=resolver))
        for g, o in zip(got, outs):
            assert g.dtype == o.dtype and g.shape == o.shape, (name, resolver)
            if o.dtype.kind != "f":
                assert np.array_equal(g, o), (name, resolver)
        d = max(fl.max_diffs(g, o)[0] for g, o in zip(got, outs))
        assert d < 1e-3, (name, resolver, d)
        entry[key] = float(f"{d:.3g}")
        worst = max(worst, d)
    entry["atol"] = max(ATOL_FLOOR, nice_ceil(10 * worst)) if worst > 0 else ATOL_FLOOR
    if r.get("softmax"):
        entry["softmax_stats"] = check_softmax(outs[0], name)
    if name.startswith("ssd"):
        entry["detections"] = int(next(o for o in outs if o.shape == (1,))[0])
        entry["candidates_above_threshold"] = int((np.asarray(r["backbone"](ordered[0])[1])[0][:, 1:].max(1)
                                                   > SSD_PARAMS["nms_score_threshold"]).sum())
        entry["note"] += "; " + ssd_margins(r, outs)
        entry["defined_rows"] = {
            "count_output": next(k for k, o in enumerate(outs) if o.shape == (1,)),
            "outputs": [k for k, o in enumerate(outs) if o.ndim >= 2],
            "rule": "outputs[k][:, n:] is undefined (zeroed in the .npy) where n = outputs[count_output][0]"}
        assert 0 < entry["detections"] <= SSD_PARAMS["max_detections"], entry["detections"]
    entry["input_shapes"] = [fl.tensor_desc(a) for a in ordered]
    entry["output_shapes"] = [fl.tensor_desc(o) for o in outs]
    entry["output_names"] = [d["name"] for d in odet]
    entry["subgraphs"] = len(fl.opcodes_by_subgraph(model))
    entry["file_bytes"] = len(model)
    entry["params"] = int(km.count_params()) if km is not None else None
    entry["op_histogram"] = fl.op_histogram(model)
    size = fl.write_case(out, name, model, ordered, outs)
    path = out / f"{name}.tflite"
    entry["latency_ms_median_of_20"] = {
        "BUILTIN_REF": fl.latency_ms(path, ordered, oracle.REF, n=latency_runs),
        "AUTO (default, XNNPACK)": fl.latency_ms(path, ordered, oracle.DEFAULT, n=latency_runs),
    }
    entry["fixture_bytes"] = size
    return entry


def generate_benchmarks(out: Path) -> None:
    """Full-size MobileNetV3Small and EfficientNetB0 (weights=None) next to
    make_benchmark_models.py's mobilenet_v2.tflite, with BUILTIN_REF goldens."""
    out.mkdir(parents=True, exist_ok=True)
    specs = {
        "mobilenet_v3_small": (lambda: keras.applications.MobileNetV3Small(
            input_tensor=keras.Input((224, 224, 3), batch_size=1, name="image"), weights=None,
            classes=1000, minimalistic=False), 0.0, 255.0, 2001, "logits"),
        "efficientnet_b0": (lambda: keras.applications.EfficientNetB0(
            input_tensor=keras.Input((224, 224, 3), batch_size=1, name="image"), weights=None,
            classes=1000), 0.0, 255.0, 2002, "predictions"),
        "mobilenet_v2": (None, -1.0, 1.0, 2003, None),
    }
    for name, (build, lo, hi, seed, clf) in specs.items():
        path = out / f"{name}.tflite"
        x = image_input((1, 224, 224, 3), seed + 3, lo, hi)
        if build is not None:
            keras.backend.clear_session()  # fresh auto layer names -> order-independent files
            seed_everything(seed)
            m = build()
            calib = np.concatenate([x, image_input((2, 224, 224, 3), seed + 1, lo, hi)])
            calibrate_batchnorm(m, calib, seed + 2)
            rescale_classifier(m, m.get_layer(clf), calib)
            path.write_bytes(fl.convert_keras(m))
        elif not path.exists():
            print(f"  {path} missing: run make_benchmark_models.py first")
            continue
        outs = fl.run_model(path.read_bytes(), [x], resolver=oracle.REF)
        np.save(out / f"{name}.input_0.npy", x, allow_pickle=False)
        np.save(out / f"{name}.output_0.npy", outs[0], allow_pickle=False)
        d = fl.max_diffs(fl.run_model(path.read_bytes(), [x], resolver=oracle.DEFAULT)[0], outs[0])[0]
        print(f"  {path}: {path.stat().st_size} B, output {fl.tensor_desc(outs[0])}, "
              f"{softmax_stats(outs[0])}, |AUTO-REF| max {d:.3g}, ops {fl.op_histogram(path.read_bytes())}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT_DEFAULT)
    ap.add_argument("--only", default="", help="comma-separated model names")
    ap.add_argument("--benchmark", action="store_true",
                    help="(only) write the full-size benchmark models + goldens to --bench-out")
    ap.add_argument("--bench-out", type=Path, default=BENCH_DEFAULT)
    args = ap.parse_args(argv)
    print(f"TensorFlow {tf.__version__}, Keras {keras.__version__}, numpy {np.__version__}")
    if args.benchmark:
        generate_benchmarks(args.bench_out)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    names = [n for n in args.only.split(",") if n] or list(MODELS)
    man_path = args.out / "manifest.json"
    entries = {}
    if args.only and man_path.exists():
        import json
        entries = {e["name"]: e for e in json.loads(man_path.read_text())["models"]}
    for name in names:
        e = generate_model(name, args.out)
        entries[name] = e
        print(f"  {name:24s} {e['file_bytes']:8d} B  ref {e['latency_ms_median_of_20']['BUILTIN_REF']:8.2f} ms  "
              f"{e['op_histogram']}")
    order = {n: i for i, n in enumerate(MODELS)}
    man = {
        "generator": "Scripts/reference/generate_model_fixtures.py",
        "runtime": "ai-edge-litert 2.3.0 Interpreter, OpResolverType.BUILTIN_REF",
        "converter": f"TensorFlow {tf.__version__} tf.lite.TFLiteConverter, Keras {keras.__version__}",
        "comparison": "numpy.allclose(got, want, rtol, atol) per output; latencies are informational "
                      "(2-core x86 machine, single invoke, median of 20)",
        "models": sorted(entries.values(), key=lambda e: order.get(e["name"], 1 << 30)),
    }
    dump_json(man_path, man)
    total = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    print(f"{len(man['models'])} models; {args.out} holds {total} B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
