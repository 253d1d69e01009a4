"""Shared pytest pieces of the interop tests: the `swiftlite_bin` fixture (the CLI under test, from
SWIFTLITE_BIN; with SWIFTLITE_REQUIRE=1 a missing binary fails instead of skipping) and `run_cli`."""
from __future__ import annotations

import os
import subprocess

import pytest

TIMEOUT = float(os.environ.get("SWIFTLITE_TIMEOUT", "300"))


@pytest.fixture(scope="session")
def swiftlite_bin() -> str:
    binary = os.environ.get("SWIFTLITE_BIN")
    message = None
    if not binary:
        message = ("SWIFTLITE_BIN is not set: point it at the built `swiftlite` CLI "
                   "(e.g. SWIFTLITE_BIN=.build/release/swiftlite) to run the interop tests")
    elif not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        message = f"SWIFTLITE_BIN={binary!r} is not an executable file"
    if message:
        if binary:  # set but unusable: a misconfiguration, never a silent skip
            pytest.fail(message, pytrace=False)
        if os.environ.get("SWIFTLITE_REQUIRE") == "1":
            pytest.fail(message + " (and SWIFTLITE_REQUIRE=1 forbids skipping)", pytrace=False)
        pytest.skip(message)
    return os.path.abspath(binary)


def run_cli(binary, *args, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """Runs `swiftlite ARGS...` and returns the completed process (text output)."""
    return subprocess.run([binary, *map(str, args)], capture_output=True, text=True, timeout=timeout)
