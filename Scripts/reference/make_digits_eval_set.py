"""Writes the held-out test split of sklearn's bundled digits data (the split make_demo_models.py
trains against) as Models/samples/digits_test_images.npy (float32 [360, 8, 8, 1]) and
digits_test_labels.npy (int64 [360]), for `swiftlite evaluate`.

    .venv-reference/bin/python Scripts/reference/make_digits_eval_set.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import make_demo_models  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Models", "samples")


def main():
    _, x_test, _, y_test = make_demo_models.load()
    np.save(os.path.join(OUT, "digits_test_images.npy"), x_test.astype(np.float32))
    np.save(os.path.join(OUT, "digits_test_labels.npy"), y_test.astype(np.int64))
    print(x_test.shape, y_test.shape)


if __name__ == "__main__":
    main()
