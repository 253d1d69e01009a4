#!/usr/bin/env bash
# Runs the interop tests (Tests/Interop/test_format_interop.py) on real
# third-party .tflite files: the 14 models shipped inside the mediapipe 0.10.21
# wheel on PyPI (face/hand/pose/iris/selfie models: sparse tensors, custom ops,
# float16, files without shape_signature, TFLITE_METADATA, ...).
#
#   Scripts/reference/check_third_party_models.sh [-p PYTHON] [--all] SWIFTLITE_BIN [MODELS_DIR]
#
# The wheel is fetched with `pip download --no-deps` into a temp dir and only
# its .tflite files are extracted, into MODELS_DIR (default: a temp dir that is
# removed afterwards). A MODELS_DIR that already holds .tflite files is used
# as it is (no download). Nothing is written inside the repository.
# PYTHON must have ai-edge-litert, numpy and pytest (default: .venv-reference,
# else .venv-interop, else python3). --all also runs the repo's own models.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
PACKAGE="mediapipe==0.10.21"

python=""
select_k=(-k extra)
while [[ $# -gt 0 ]]; do
    case "$1" in
        -p|--python) python="$2"; shift 2 ;;
        --all) select_k=(); shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) break ;;
    esac
done
if [[ $# -lt 1 ]]; then
    echo "usage: $0 [-p PYTHON] [--all] SWIFTLITE_BIN [MODELS_DIR]" >&2
    exit 2
fi
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
models_dir="${2:-}"

if [[ -z "$python" ]]; then
    for cand in "$repo/.venv-reference/bin/python" "$repo/.venv-interop/bin/python"; do
        [[ -x "$cand" ]] && { python="$cand"; break; }
    done
    python="${python:-python3}"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -z "$models_dir" ]]; then
    models_dir="$work/models"
fi
mkdir -p "$models_dir"

if [[ -z "$(find "$models_dir" -name '*.tflite' -print -quit)" ]]; then
    echo "check_third_party_models: downloading $PACKAGE (wheel only, no deps)"
    "$python" -m pip download --disable-pip-version-check -q --no-deps \
        --only-binary=:all: --python-version 3.11 --platform manylinux_2_28_x86_64 \
        -d "$work/wheel" "$PACKAGE"
    "$python" - "$work/wheel" "$models_dir" <<'PY'
import pathlib, sys, zipfile
wheel_dir, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
n = 0
for whl in sorted(wheel_dir.glob("*.whl")):
    with zipfile.ZipFile(whl) as z:
        for info in z.infolist():
            if info.filename.endswith(".tflite"):
                dest = out / info.filename
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(z.read(info))
                n += 1
    print(f"check_third_party_models: extracted {n} .tflite files from {whl.name}")
if n == 0:
    sys.exit("check_third_party_models: the wheel holds no .tflite files")
PY
fi

count="$(find "$models_dir" -name '*.tflite' | wc -l)"
echo "check_third_party_models: testing $count models under $models_dir with $bin"
cd "$repo"
SWIFTLITE_BIN="$bin" SWIFTLITE_REQUIRE=1 SWIFTLITE_EXTRA_MODELS_DIR="$models_dir" \
    "$python" -m pytest -p no:cacheprovider -q -rs "${select_k[@]}" \
    Tests/Interop/test_format_interop.py
