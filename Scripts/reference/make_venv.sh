#!/usr/bin/env bash
# Create (or update) the Python reference-oracle venv with TensorFlow 2.21 +
# ai-edge-litert 2.3.0. Idempotent: re-running only installs what is missing.
#
#   Scripts/reference/make_venv.sh [DIR]        # default: <repo>/.venv-reference
#   Scripts/reference/make_venv.sh --light [DIR] # interop-only set (no TF), default <repo>/.venv-interop
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

req="$here/requirements-reference.txt"
default_dir="$repo/.venv-reference"
if [[ "${1:-}" == "--light" ]]; then
    req="$here/requirements-interop.txt"
    default_dir="$repo/.venv-interop"
    shift
fi
dir="${1:-$default_dir}"
python="${PYTHON:-python3}"

if [[ ! -x "$dir/bin/python" ]]; then
    echo "make_venv: creating $dir with $("$python" --version 2>&1)"
    "$python" -m venv "$dir"
fi

# Skip the (slow) pip run when every pinned requirement is already satisfied.
if "$dir/bin/python" - "$req" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version, PackageNotFoundError
ok = True
for line in open(sys.argv[1]):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, _, want = line.partition("==")
    try:
        have = version(name)
    except PackageNotFoundError:
        ok = False
        break
    if want and have != want:
        ok = False
        break
sys.exit(0 if ok else 1)
PY
then
    echo "make_venv: $dir already satisfies $(basename "$req")"
else
    echo "make_venv: installing $(basename "$req") into $dir"
    "$dir/bin/python" -m pip install --disable-pip-version-check -r "$req"
fi
"$dir/bin/python" -c 'import numpy, ai_edge_litert.interpreter; print("make_venv: ok, numpy", numpy.__version__)'
echo "make_venv: python is $dir/bin/python"
