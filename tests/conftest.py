"""Shared test settings: hypothesis profiles, the samples folder, fresh interpreters."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", deadline=None, max_examples=200)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

#: The shared real-article samples, beside the repository (present in CI).
SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"


def sample_texts() -> dict[str, str]:
    """The shared sample articles by file name; skip the test when the folder is absent."""
    if not SAMPLES.is_dir():
        pytest.skip(f"the shared samples folder {SAMPLES} is not present")
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))}


def sample_text(prefix: str) -> str:
    """One shared sample by the start of its file name (such as ``"000"``)."""
    for name, text in sample_texts().items():
        if name.startswith(prefix):
            return text
    pytest.skip(f"no shared sample starting with {prefix!r}")


def run_python(
    *args: str, cwd: Path | None = None, env: Mapping[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run this interpreter with ``args`` in a fresh process, its output captured as text."""
    run = [sys.executable, *args]
    return subprocess.run(run, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def python_output(*args: str, cwd: Path | None = None, env: Mapping[str, str] | None = None) -> str:
    """The standard output of :func:`run_python`; the test fails with its errors if it fails."""
    result = run_python(*args, cwd=cwd, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout
