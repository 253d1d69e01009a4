#!/usr/bin/env bash
# SwiftLite's whole test suite: the Swift unit/integration tests, then the interop tests that
# compare the `swiftlite` CLI with the official TFLite runtime (ai-edge-litert from PyPI).
#
#   Scripts/test.sh            # everything
#   SKIP_INTEROP=1 Scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== swift build"
swift build --build-tests

echo "== swift test"
swift test --skip-build

if [ "${SKIP_INTEROP:-0}" = "1" ]; then
  echo "== interop tests skipped (SKIP_INTEROP=1)"
  exit 0
fi

echo "== interop tests (official runtime: ai-edge-litert)"
VENV="${SWIFTLITE_INTEROP_VENV:-.venv-interop}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r Scripts/reference/requirements-interop.txt
SWIFTLITE_BIN="$(swift build --show-bin-path)/swiftlite" SWIFTLITE_REQUIRE=1 \
  "$VENV/bin/python" -m pytest -q Tests/Interop
