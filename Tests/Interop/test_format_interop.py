"""Interop tests: the `swiftlite` CLI against the official LiteRT runtime.

Needs only ai-edge-litert + numpy + pytest
(pip install -r Scripts/reference/requirements-interop.txt).

Environment:
  SWIFTLITE_BIN              path to the built `swiftlite` executable. Unset: every
                             test here is skipped (with the reason) ...
  SWIFTLITE_REQUIRE=1        ... unless this is set, then they fail instead.
  SWIFTLITE_EXTRA_MODELS_DIR a directory searched recursively for more *.tflite
                             files (e.g. third-party models extracted by
                             Scripts/reference/check_third_party_models.sh).

Models: Tests/Fixtures/format/*.tflite, Models/*.tflite and the extra dir.

For each model:
  * `swiftlite inspect MODEL --json` is compared with what the LIVE official
    interpreter reports (BUILTIN_REF resolver, before allocate_tensors(), when
    the operator list is still the file's: WHILE's Prepare rewrites unused
    outputs to -1 and the default resolver appends delegate nodes), plus the
    flatbuffer read with the schema module shipped in ai-edge-litert for the
    facts the Python API does not expose (version, description, metadata,
    op versions, subgraphs other than 0).
  * `swiftlite copy MODEL -o OUT` must give a model the official runtime reads
    and runs identically (bit-identical outputs, both resolvers).
  * `copy` must refuse to overwrite its input and leave nothing behind on error.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tflite_oracle as oracle  # noqa: E402

REPO = oracle.repo_root()
FIXTURES = REPO / "Tests" / "Fixtures" / "format"
CLI_TIMEOUT_S = float(os.environ.get("SWIFTLITE_TIMEOUT", "300"))


# --------------------------------------------------------------------------
# model discovery and the binary
# --------------------------------------------------------------------------

def _models():
    found = sorted(FIXTURES.glob("*.tflite")) + sorted((REPO / "Models").glob("*.tflite"))
    extra = os.environ.get("SWIFTLITE_EXTRA_MODELS_DIR")
    if extra:
        found += sorted(Path(extra).rglob("*.tflite"))
    return found


def _model_id(p: Path) -> str:
    extra = os.environ.get("SWIFTLITE_EXTRA_MODELS_DIR")
    for base, prefix in ((extra, "extra/"), (REPO, "")):
        if base:
            try:
                return prefix + str(p.resolve().relative_to(Path(base).resolve()))
            except ValueError:
                pass
    return str(p)


MODELS = _models()




def cli(binary, *args, check=False):
    r = subprocess.run([binary, *map(str, args)], capture_output=True,
                       timeout=CLI_TIMEOUT_S)
    if check and r.returncode != 0:
        pytest.fail(f"swiftlite {' '.join(map(str, args))} exited {r.returncode}\n"
                    f"stderr: {r.stderr.decode(errors='replace')[-4000:]}", pytrace=False)
    return r


def official(path: Path, resolver=oracle.REF, allocate=False):
    try:
        return oracle.make_interpreter(path, resolver=resolver, allocate=allocate)
    except (ValueError, RuntimeError) as e:
        pytest.skip(f"the official runtime cannot load {path.name}: {e}")


# --------------------------------------------------------------------------
# inspect --json vs the official runtime
# --------------------------------------------------------------------------

def _fail_diff(what, ours, theirs):
    pytest.fail(f"{what} differs\n  swiftlite: {ours!r}\n  official:  {theirs!r}", pytrace=False)


def compare_tensor(what: str, ours: dict, d: dict):
    ref = oracle.tensor_json(d)
    for key in ("name", "index", "shape", "shape_signature", "dtype"):
        if ours.get(key) != ref[key]:
            _fail_diff(f"{what}.{key}", ours.get(key), ref[key])
    q = ours.get("quantization")
    if not isinstance(q, dict):
        _fail_diff(f"{what}.quantization (must always be present)", q, ref["quantization"])
    rq = ref["quantization"]
    s_ours = np.asarray(q.get("scales"), dtype=np.float64).astype(np.float32)
    s_ref = np.asarray(d["quantization_parameters"]["scales"], dtype=np.float32)
    if s_ours.shape != s_ref.shape or not np.array_equal(s_ours, s_ref):
        _fail_diff(f"{what}.quantization.scales", q.get("scales"), rq["scales"])
    if [int(z) for z in q.get("zero_points", [None])] != rq["zero_points"]:
        _fail_diff(f"{what}.quantization.zero_points", q.get("zero_points"), rq["zero_points"])
    if q.get("quantized_dimension") != rq["quantized_dimension"]:
        _fail_diff(f"{what}.quantization.quantized_dimension",
                   q.get("quantized_dimension"), rq["quantized_dimension"])


def official_opcode_name(op_name: str, fb_opcode: str) -> str:
    """Our opcode string for an official op_name (custom ops: CUSTOM:<code>)."""
    if fb_opcode.startswith("CUSTOM:"):
        return "CUSTOM:" + op_name
    return op_name


@pytest.mark.parametrize("model", MODELS, ids=_model_id)
def test_inspect_matches_official(swiftlite_bin, model: Path):
    r = cli(swiftlite_bin, "inspect", model, "--json", check=True)
    try:
        ours = json.loads(r.stdout)
    except json.JSONDecodeError as e:
        pytest.fail(f"inspect --json printed invalid JSON ({e}):\n{r.stdout[:2000]!r}", pytrace=False)

    interp = official(model)
    fb = oracle.flatbuffer_info(model.read_bytes())

    # model-level facts
    if ours.get("version") != fb["version"]:
        _fail_diff("version", ours.get("version"), fb["version"])
    if (ours.get("description") or None) != (fb["description"] or None):
        _fail_diff("description", ours.get("description"), fb["description"])
    if ours.get("metadata") != fb["metadata"]:
        _fail_diff("metadata names", ours.get("metadata"), fb["metadata"])
    subgraphs = ours.get("subgraphs") or []
    if len(subgraphs) != interp.num_subgraphs():
        _fail_diff("subgraph count", len(subgraphs), interp.num_subgraphs())

    # subgraph 0: inputs / outputs / operators from the live runtime
    sg0 = subgraphs[0]
    ins, outs = interp.get_input_details(), interp.get_output_details()
    if len(sg0["inputs"]) != len(ins) or len(sg0["outputs"]) != len(outs):
        _fail_diff("subgraph 0 input/output count",
                   (len(sg0["inputs"]), len(sg0["outputs"])), (len(ins), len(outs)))
    for k, (t, d) in enumerate(zip(sg0["inputs"], ins)):
        compare_tensor(f"subgraphs[0].inputs[{k}]", t, d)
    for k, (t, d) in enumerate(zip(sg0["outputs"], outs)):
        compare_tensor(f"subgraphs[0].outputs[{k}]", t, d)

    ops = interp._get_ops_details()
    fb_ops = fb["subgraphs"][0]["operators"]
    if len(sg0["operators"]) != len(ops):
        _fail_diff("subgraph 0 operator count", len(sg0["operators"]), len(ops))
    for k, (o, d, f) in enumerate(zip(sg0["operators"], ops, fb_ops)):
        want = {"opcode": official_opcode_name(d["op_name"], f["opcode"]),
                "inputs": [int(x) for x in d["inputs"]],
                "outputs": [int(x) for x in d["outputs"]],
                "version": f["version"]}
        got = {key: o.get(key) for key in want}
        if got != want:
            _fail_diff(f"subgraphs[0].operators[{k}]", got, want)

    # other subgraphs: tensor details from the runtime, structure from the file
    for si in range(1, len(subgraphs)):
        sg, fsg = subgraphs[si], fb["subgraphs"][si]
        for kind in ("inputs", "outputs"):
            idx = fsg[kind]
            if len(sg[kind]) != len(idx):
                _fail_diff(f"subgraphs[{si}].{kind} count", len(sg[kind]), len(idx))
            for k, (t, ti) in enumerate(zip(sg[kind], idx)):
                compare_tensor(f"subgraphs[{si}].{kind}[{k}]", t,
                               interp._get_tensor_details(ti, si))
        got = [{key: o.get(key) for key in ("opcode", "version", "inputs", "outputs")}
               for o in sg["operators"]]
        if got != fsg["operators"]:
            _fail_diff(f"subgraphs[{si}].operators", got, fsg["operators"])

    # signatures: keys and name -> tensor index maps
    want_sigs = oracle.full_signatures(interp)
    got_sigs = {}
    for s in ours.get("signatures") or []:
        got_sigs[s["key"]] = {"inputs": {k: int(v) for k, v in s["inputs"].items()},
                              "outputs": {k: int(v) for k, v in s["outputs"].items()}}
    if got_sigs != want_sigs:
        _fail_diff("signatures", got_sigs, want_sigs)
    if [s["key"] for s in ours.get("signatures") or []] != [s["key"] for s in fb["signatures"]]:
        _fail_diff("signature order", [s["key"] for s in ours["signatures"]],
                   [s["key"] for s in fb["signatures"]])


# --------------------------------------------------------------------------
# copy: round trip through swiftlite must not change what the runtime sees
# --------------------------------------------------------------------------

def fixture_inputs(model: Path, details):
    """The fixture's recorded NAME.input_K.npy files when they fit, else
    deterministic random inputs."""
    arrays = []
    for k, d in enumerate(details):
        p = model.with_name(f"{model.stem}.input_{k}.npy")
        if not p.exists():
            break
        a = np.load(p, allow_pickle=False)
        if a.dtype != np.dtype(d["dtype"]) or list(a.shape) != [int(x) for x in d["shape"]]:
            break
        arrays.append(a)
    if len(arrays) == len(details):
        return arrays
    return oracle.make_inputs(details, seed=1234)


def _run_or_none(path, resolver, inputs):
    try:
        it = oracle.make_interpreter(path, resolver=resolver, allocate=True)
        return oracle.run(it, inputs), None
    except (ValueError, RuntimeError) as e:
        return None, str(e)


@pytest.mark.parametrize("layout", ["inline", "external"])
@pytest.mark.parametrize("model", MODELS, ids=_model_id)
def test_copy_roundtrip_is_identical(swiftlite_bin, model: Path, tmp_path, layout):
    """`copy` (and `copy --external-buffers`, the layout TF writes for models over 2 GiB, with
    buffer data after the FlatBuffer addressed by offset/size) gives a model the official runtime
    reads and runs bit-identically."""
    out = tmp_path / "out.tflite"
    extra = ["--external-buffers"] if layout == "external" else []
    cli(swiftlite_bin, "copy", model, "-o", out, *extra, check=True)
    assert out.is_file(), "copy exited 0 but wrote no file"

    orig_i = official(model)
    try:
        copy_i = oracle.make_interpreter(out, resolver=oracle.REF, allocate=False)
    except (ValueError, RuntimeError) as e:
        pytest.fail(f"official runtime cannot load the copy: {e}", pytrace=False)

    # everything the runtime reports about the model, and the file-level facts
    a, b = oracle.expected_report(model), oracle.expected_report(out)
    for key in a:
        if a[key] != b[key]:
            _fail_diff(f"copy changed {key}", b[key], a[key])
    fa, fb = oracle.flatbuffer_info(model.read_bytes()), oracle.flatbuffer_info(out.read_bytes())
    for key in ("opcodes", "subgraphs", "signatures"):
        if fa[key] != fb[key]:
            _fail_diff(f"copy changed {key} (flatbuffer)", fb[key], fa[key])
    del orig_i, copy_i

    inputs = fixture_inputs(model, official(model).get_input_details())
    for resolver in (oracle.REF, oracle.DEFAULT):
        ya, ea = _run_or_none(model, resolver, inputs)
        yb, eb = _run_or_none(out, resolver, inputs)
        if ea is not None:
            # The original does not run here either (e.g. an unregistered custom
            # op); the copy must fail the same way rather than run.
            assert eb is not None, f"original fails with {ea!r} but the copy runs"
            continue
        assert eb is None, f"copy fails to run with {resolver.name}: {eb}"
        assert len(ya) == len(yb)
        for k, (x, y) in enumerate(zip(ya, yb)):
            assert x.dtype == y.dtype and x.shape == y.shape, (k, x.dtype, y.dtype, x.shape, y.shape)
            assert x.tobytes() == y.tobytes(), (
                f"output {k} differs with {resolver.name}: max abs diff "
                f"{np.max(np.abs(x.astype(np.float64) - y.astype(np.float64)))}")


def test_fixture_outputs_match_recorded_with_copy(swiftlite_bin, tmp_path):
    """The copied fixtures reproduce the recorded NAME.output_K.npy exactly."""
    checked = 0
    for model in sorted(FIXTURES.glob("*.tflite")):
        ins = sorted(FIXTURES.glob(f"{model.stem}.input_*.npy"))
        outs = sorted(FIXTURES.glob(f"{model.stem}.output_*.npy"))
        if not ins:
            continue
        out = tmp_path / model.name
        cli(swiftlite_bin, "copy", model, "-o", out, check=True)
        got = oracle.run(oracle.make_interpreter(out), [np.load(p) for p in ins])
        for p, y in zip(outs, got):
            assert np.load(p).tobytes() == y.tobytes(), p.name
        checked += 1
    assert checked >= 5


# --------------------------------------------------------------------------
# copy: safety
# --------------------------------------------------------------------------

SMALL = FIXTURES / "metadata.tflite"


@pytest.mark.parametrize("spelling", ["same", "dot", "symlink"])
def test_copy_refuses_to_overwrite_input(swiftlite_bin, tmp_path, spelling):
    src = tmp_path / "model.tflite"
    shutil.copyfile(SMALL, src)
    before = src.read_bytes()
    if spelling == "same":
        target = src
    elif spelling == "dot":
        target = tmp_path / "." / "model.tflite"
    else:
        target = tmp_path / "link.tflite"
        target.symlink_to(src)
    r = cli(swiftlite_bin, "copy", src, "-o", target)
    assert r.returncode != 0, "copy onto its own input must fail"
    assert src.read_bytes() == before, "input was modified"
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    expected = sorted(["model.tflite"] + (["link.tflite"] if spelling == "symlink" else []))
    assert leftovers == expected, f"unexpected files left: {leftovers}"


def _bad_models():
    data = SMALL.read_bytes()
    return {
        "truncated_half": data[: len(data) // 2],
        "truncated_header": data[:7],
        "empty": b"",
        "garbage": bytes(range(256)) * 4,
        "bad_identifier": data[:4] + b"XXXX" + data[8:],
    }


@pytest.mark.parametrize("kind", list(_bad_models()))
def test_copy_leaves_nothing_on_error(swiftlite_bin, tmp_path, kind):
    src_dir, out_dir = tmp_path / "in", tmp_path / "out"
    src_dir.mkdir()
    out_dir.mkdir()
    src = src_dir / "bad.tflite"
    src.write_bytes(_bad_models()[kind])
    out = out_dir / "copy.tflite"
    r = cli(swiftlite_bin, "copy", src, "-o", out)
    assert r.returncode != 0, f"copy of a {kind} model must fail"
    assert not out.exists(), "a failed copy left its output behind"
    assert list(out_dir.iterdir()) == [], f"temporary files left: {list(out_dir.iterdir())}"
    assert src.read_bytes() == _bad_models()[kind]


def test_copy_missing_input_fails(swiftlite_bin, tmp_path):
    out = tmp_path / "copy.tflite"
    r = cli(swiftlite_bin, "copy", tmp_path / "does_not_exist.tflite", "-o", out)
    assert r.returncode != 0
    assert list(tmp_path.iterdir()) == []


def test_inspect_rejects_truncated_model(swiftlite_bin, tmp_path):
    src = tmp_path / "bad.tflite"
    src.write_bytes(SMALL.read_bytes()[:100])
    r = cli(swiftlite_bin, "inspect", src, "--json")
    assert r.returncode != 0, "inspect of a truncated model must fail"
