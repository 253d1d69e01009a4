"""Keras fixture cases: the keras.applications families at toy sizes (32x32 inputs, narrow widths,
one block per stage) so the architectures' layer patterns are covered with small files. Weights are
random; BatchNormalization statistics are randomized so that folding them is actually tested."""

import numpy as np
import keras
from keras.src.applications import densenet, efficientnet, nasnet, resnet

from generate_keras_fixtures import KerasCase
from keras_fixture_io import randomize_batch_norms

A = keras.applications
SHAPE = (32, 32, 3)


def images(batch=2, low=-1.0, high=1.0):
    return [np.random.uniform(low, high, (batch,) + SHAPE).astype(np.float32)]


def mobilenet_v1():
    m = A.MobileNet(input_shape=SHAPE, alpha=0.25, weights=None, classes=10)
    return KerasCase(randomize_batch_norms(keras, m), images(), legacy_h5=False, deflate=True)


def mobilenet_v2():
    m = A.MobileNetV2(input_shape=SHAPE, alpha=0.35, weights=None, classes=10, classifier_activation=None)
    return KerasCase(randomize_batch_norms(keras, m), images(), legacy_h5=False, deflate=True)


def mobilenet_v3_small():
    m = A.MobileNetV3Small(input_shape=SHAPE, alpha=0.35, weights=None, include_top=False, pooling="avg")
    return KerasCase(randomize_batch_norms(keras, m), images(low=0, high=255), legacy_h5=False, deflate=True)


def efficientnet_tiny():
    m = efficientnet.EfficientNet(0.25, 0.25, 32, input_shape=SHAPE, weights=None, classes=10,
                                  classifier_activation=None)
    return KerasCase(randomize_batch_norms(keras, m), images(low=0, high=255), legacy_h5=False, deflate=True)


def _stack_v1(x):
    x = resnet.stack_residual_blocks_v1(x, 8, 1, name="conv2")
    return resnet.stack_residual_blocks_v1(x, 16, 1, name="conv3")


def _stack_v2(x):
    x = resnet.stack_residual_blocks_v2(x, 8, 2, name="conv2")
    return resnet.stack_residual_blocks_v2(x, 16, 2, stride1=1, name="conv3")


def resnet_v1_tiny():
    m = resnet.ResNet(_stack_v1, False, True, name="resnet_tiny", input_shape=SHAPE, weights=None,
                      classes=10, classifier_activation=None)
    return KerasCase(randomize_batch_norms(keras, m), images(), deflate=True)


def resnet_v2_tiny():
    m = resnet.ResNet(_stack_v2, True, True, name="resnet_v2_tiny", input_shape=SHAPE, weights=None,
                      classes=10, classifier_activation=None)
    return KerasCase(randomize_batch_norms(keras, m), images(), deflate=True)


def densenet_tiny():
    m = densenet.DenseNet([1, 1, 1, 1], input_shape=SHAPE, weights=None, classes=10, name="densenet_tiny")
    return KerasCase(randomize_batch_norms(keras, m), images(), legacy_h5=False, deflate=True)


def nasnet_tiny():
    m = nasnet.NASNet(input_shape=SHAPE, penultimate_filters=96, num_blocks=1, stem_block_filters=8,
                      skip_reduction=False, filter_multiplier=2, weights=None, classes=10,
                      default_size=32, name="nasnet_tiny")
    return KerasCase(randomize_batch_norms(keras, m), images(), legacy_h5=False, deflate=True)


CASES = {
    "app_mobilenet_v1": mobilenet_v1,
    "app_mobilenet_v2": mobilenet_v2,
    "app_mobilenet_v3_small": mobilenet_v3_small,
    "app_efficientnet": efficientnet_tiny,
    "app_resnet_v1": resnet_v1_tiny,
    "app_resnet_v2": resnet_v2_tiny,
    "app_densenet": densenet_tiny,
    "app_nasnet": nasnet_tiny,
}
