"""The source distribution: it carries the whole tree, and its own tests run from it.

The sdist is built with setuptools' PEP 517 backend (what ``pip`` and ``python -m
build`` call) from a copy of the files git tracks, so that the repository is left
untouched and stray local files cannot hide a missing ``MANIFEST.in`` line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.conftest import python_output, run_python

ROOT = Path(__file__).resolve().parents[1]
#: Tracked files the sdist leaves out on purpose (CI's own entry point, git's settings).
NOT_SHIPPED = {".ci/run", ".gitignore"}
#: What never belongs in an sdist.
JUNK = ("__pycache__", ".pyc", "docs/_build/", "benchmarks/results/", ".venv/", ".git/")
#: Left out when the tree is copied without git (an unpacked sdist has no .git).
_IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "__pycache__", "*.pyc", "_build", "results", "dist", "build", "*.egg-info",
    ".hypothesis", ".mypy_cache", ".ruff_cache", ".pytest_cache", "PKG-INFO", "setup.cfg",
)  # fmt: skip


def _tracked() -> list[str] | None:
    """The files git tracks (``None`` outside a git checkout or without git)."""
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        return None
    result = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False, timeout=60
    )
    if result.returncode != 0:
        return None
    return [name for name in result.stdout.decode().split("\0") if name]


def _files(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """(the built sdist, the files it must hold)."""
    setuptools = pytest.importorskip("setuptools")
    if int(setuptools.__version__.split(".")[0]) < 77:
        pytest.skip(f"setuptools {setuptools.__version__} < 77 cannot build this pyproject.toml")
    work = tmp_path_factory.mktemp("sdist")
    tree = work / "tree"
    tracked = _tracked()
    if tracked is None:
        shutil.copytree(ROOT, tree, ignore=_IGNORED)
    else:
        for name in tracked:
            if (ROOT / name).is_file():
                (tree / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, tree / name)
    expected = _files(tree) - NOT_SHIPPED
    out = work / "dist"
    build = (
        "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))"
    )
    built = python_output("-c", build, str(out), cwd=tree)
    return out / built.strip().splitlines()[-1], expected


@pytest.fixture(scope="module")
def unpacked(sdist: tuple[Path, set[str]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist unpacked: its top folder."""
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(sdist[0]) as archive:
        archive.extractall(target, filter="data")
    [top] = list(target.iterdir())
    return top


def test_sdist_holds_the_whole_tree(sdist: tuple[Path, set[str]], unpacked: Path) -> None:
    _, expected = sdist
    shipped = _files(unpacked)
    missing = sorted(expected - shipped)
    assert not missing, f"files missing from the sdist (MANIFEST.in): {missing}"
    for needed in ("tests/conftest.py", "Makefile", "README.md", "docs/conf.py", "LICENSE"):
        assert needed in shipped, needed
    assert any(name.startswith("examples/data/") for name in shipped)
    junk = sorted(name for name in shipped if any(part in f"/{name}" for part in JUNK))
    assert not junk, junk
    extra = sorted(
        name
        for name in shipped - expected
        if name not in {"PKG-INFO", "setup.cfg"} and ".egg-info/" not in name
    )
    assert not extra, f"files in the sdist that the tree does not track: {extra}"


def test_sdist_readme_commands_are_there(unpacked: Path) -> None:
    readme = (unpacked / "README.md").read_text(encoding="utf-8")
    makefile = (unpacked / "Makefile").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "\ndemo:" in makefile and "\ntest:" in makefile


def _pytest_in(unpacked: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pytest inside the unpacked sdist, importing the package from its ``src``."""
    env = dict(os.environ, PYTHONPATH=str(unpacked / "src"), HYPOTHESIS_PROFILE="ci")
    return run_python("-m", "pytest", "-q", "-p", "no:cacheprovider", *args, cwd=unpacked, env=env)


def test_sdist_tests_run_from_it(unpacked: Path) -> None:
    # Every test module imports and every fixture resolves (conftest.py is there) ...
    collected = _pytest_in(unpacked, "--collect-only", "tests")
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-3000:]
    assert " error" not in collected.stdout.splitlines()[-1], collected.stdout[-3000:]
    # ... and the tests about the package as a whole pass there, against its own src.
    result = _pytest_in(unpacked, "tests/test_contracts.py", "tests/test_table.py")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    check = "import vn_party_docs; print(vn_party_docs.__file__)"
    env = dict(os.environ, PYTHONPATH=str(unpacked / "src"))
    where = python_output("-c", check, env=env)
    assert Path(where.strip()).is_relative_to(unpacked)
