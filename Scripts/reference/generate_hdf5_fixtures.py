#!/usr/bin/env python3
"""Generates the HDF5 reader fixtures in Tests/Fixtures/hdf5/ with h5py, plus the values h5py
reads back (<name>.json). Run with the reference venv:

    /work/main/.venv-reference/bin/python Scripts/reference/generate_hdf5_fixtures.py
"""
import io, json, os, sys, zipfile, tempfile
import numpy as np
import h5py

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures", "hdf5")


def fill(f, many=True):
    rng = np.random.default_rng(7)
    f.attrs["title"] = "hdf5 fixture"                      # vlen string
    f.attrs["fixed"] = np.bytes_("fixed-len")             # fixed string
    f.attrs["names"] = [b"alpha", b"beta", b"gamma"]       # fixed string array
    f.attrs.create("vnames", ["dense", "conv2d", "batch_norm"], dtype=h5py.string_dtype())
    f.attrs["answer"] = np.int64(42)
    f.attrs["ratio"] = np.float64(0.25)
    f.attrs["flag"] = True
    f.attrs["vec"] = np.array([1.5, -2.0, 3.25], dtype=np.float32)
    g = f.create_group("weights")
    g.create_dataset("f32", data=rng.standard_normal((3, 4)).astype(np.float32))
    g.create_dataset("f16", data=rng.standard_normal((5,)).astype(np.float16))
    g.create_dataset("f64", data=rng.standard_normal((2, 3)))
    for t in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]:
        info = np.iinfo(t)
        g.create_dataset(t, data=np.array([info.min, 0, 1, info.max], dtype=t))
    g.create_dataset("scalar", data=np.float32(3.5))
    g.create_dataset("empty", data=np.zeros((0, 3), dtype=np.float32))
    g.create_dataset("bools", data=np.array([True, False, True]))
    sub = g.create_group("nested/deeper")
    sub.attrs["layer"] = "inner"
    dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
    dcpl.set_layout(h5py.h5d.COMPACT)
    sp = h5py.h5s.create_simple((2, 3))
    ds = h5py.h5d.create(sub.id, b"compact2", h5py.h5t.IEEE_F32LE, sp, dcpl=dcpl)
    ds.write(h5py.h5s.ALL, h5py.h5s.ALL, np.arange(6, dtype=np.float32).reshape(2, 3) * 0.5)
    sub.create_dataset("chunked", data=rng.standard_normal((10, 7)).astype(np.float32), chunks=(4, 3))
    sub.create_dataset("gzip", data=np.arange(100, dtype=np.float32), chunks=(30,), compression="gzip")
    sub.create_dataset("shuffled", data=np.arange(50, dtype=np.int32), chunks=(16,),
                       shuffle=True, compression="gzip")
    sub.create_dataset("single", data=np.arange(12, dtype=np.float32).reshape(3, 4), chunks=(3, 4),
                       compression="gzip")
    g["weights_ds"] = np.ones(2, dtype=np.float32)
    g["alias"] = h5py.SoftLink("/weights/f32")
    if many:
        m = f.create_group("many")
        for i in range(210):
            m.create_dataset(f"layer_{i:03d}", data=np.array([i], dtype=np.float32))


def keras_files(d):
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import keras
    keras.utils.set_random_seed(1)
    m = keras.Sequential([keras.Input((6, 6, 3)), keras.layers.Conv2D(2, 3), keras.layers.BatchNormalization(),
                          keras.layers.Flatten(), keras.layers.Dense(3)])
    m.save(os.path.join(d, "m.keras"))
    m.save(os.path.join(d, "m.h5"))
    with zipfile.ZipFile(os.path.join(d, "m.keras")) as z:
        w = z.read("model.weights.h5")
    with open(os.path.join(OUT, "keras_weights.h5"), "wb") as f:
        f.write(w)
    with open(os.path.join(d, "m.h5"), "rb") as src, open(os.path.join(OUT, "keras_legacy.h5"), "wb") as f:
        f.write(src.read())


def jsonable(v):
    if isinstance(v, bytes):
        return {"string": v.decode()}
    if isinstance(v, str):
        return {"string": v}
    a = np.asarray(v)
    if a.dtype.kind in "SO":
        return {"strings": [x.decode() if isinstance(x, bytes) else x for x in a.ravel().tolist()]}
    if a.dtype.kind == "f":
        return {"shape": list(a.shape), "floats": [repr(float(x)) for x in a.ravel()]}
    if a.dtype.kind == "b":
        return {"shape": list(a.shape), "ints": [int(x) for x in a.ravel()]}
    return {"shape": list(a.shape), "ints": [str(int(x)) for x in a.ravel()]}


def record(path):
    out = {"groups": {}, "datasets": {}, "attributes": {}}
    with h5py.File(path, "r") as f:
        out["superblock"] = open(path, "rb").read(9)[8]

        def attrs(name, o):
            if len(o.attrs):
                out["attributes"][name] = {k: jsonable(o.attrs[k]) for k in o.attrs}

        attrs("/", f)
        out["groups"]["/"] = sorted(f.keys())

        def visit(name, o):
            attrs(name, o)
            if isinstance(o, h5py.Group):
                out["groups"][name] = sorted(o.keys())
            else:
                e = jsonable(o[()])
                e["dtype"] = o.dtype.str
                e["shape"] = list(o.shape)
                out["datasets"][name] = e
        f.visititems(visit)
    with open(path[:-3] + ".json", "w") as j:
        json.dump(out, j, separators=(",", ":"), sort_keys=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    with h5py.File(os.path.join(OUT, "default.h5"), "w") as f:
        fill(f)
    with h5py.File(os.path.join(OUT, "latest.h5"), "w", libver="latest") as f:
        fill(f, many=False)
    with h5py.File(os.path.join(OUT, "latest_many.h5"), "w", libver="latest") as f:
        m = f.create_group("many")
        for i in range(210):
            m.create_dataset(f"layer_{i:03d}", data=np.array([i], dtype=np.float32))
        for i in range(20):
            m.attrs[f"a{i:02d}"] = np.int32(i)
    with h5py.File(os.path.join(OUT, "v2.h5"), "w", libver=("v108", "v108")) as f:
        f.attrs["note"] = "v108"
        f["x"] = np.arange(4, dtype=np.float32)
    with tempfile.TemporaryDirectory() as d:
        keras_files(d)
    for n in sorted(os.listdir(OUT)):
        if n.endswith(".h5"):
            record(os.path.join(OUT, n))
    print("\n".join(f"{n} {os.path.getsize(os.path.join(OUT, n))}" for n in sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
