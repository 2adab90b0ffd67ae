"""The documentation stands alone: its examples run as a reader would run them.

* every ```` ```python ```` block of ``docs/*.md`` runs as a script in a fresh
  interpreter, and every doctest (a ```` ```{doctest} ```` block, or any other block
  with ``>>>`` lines) passes in a fresh namespace: each example imports what it uses;
* every docstring example of the public API passes in a fresh namespace too (the API
  reference shows them);
* the docs and the registry's sources speak of nothing a user does not have (the
  project's internal specification and domain notes, its shared sample articles);
* the API reference documents every public name, every field of the public value
  classes and every member of the public enums;
* ``docs/conf.py`` gives the Sphinx doctest no hidden global setup.
"""

from __future__ import annotations

import doctest
import enum
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import vn_party_docs
from tests.conftest import python_output
from vn_party_docs._vocab.catalogue import CONGRESSES
from vn_party_docs.registry import catalogue

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))

#: The flags the Sphinx doctest builder uses by default.
FLAGS = doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL | doctest.DONT_ACCEPT_TRUE_FOR_1

_FENCE = re.compile(
    r"^(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S
)


def _blocks(page: Path) -> Iterator[tuple[str, int, str]]:
    """``(language, line, body)`` of every fenced block of a page."""
    text = page.read_text(encoding="utf-8")
    for match in _FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        yield match["info"].strip(), line, match["body"]


def _python_blocks() -> list[Any]:
    return [
        pytest.param(body, id=f"{page.name}:{line}")
        for page in PAGES
        for language, line, body in _blocks(page)
        if language.split()[:1] in (["python"], ["py"])
    ]


def _doctest_blocks() -> list[Any]:
    return [
        pytest.param(page, line, body, id=f"{page.name}:{line}")
        for page in PAGES
        for language, line, body in _blocks(page)
        if language == "{doctest}" or re.search(r"^\s*>>> ", body, re.M)
    ]


def _run_doctest(name: str, filename: str, line: int, source: str) -> None:
    """Run one doctest in a fresh namespace; fail with doctest's own report."""
    test = doctest.DocTestParser().get_doctest(source, {}, name, filename, line)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    result = runner.run(test, out=report.append)
    assert result.failed == 0, "".join(report)


def test_pages_have_examples() -> None:
    assert len(_doctest_blocks()) >= 40
    assert _python_blocks()


@pytest.mark.parametrize(("page", "line", "body"), _doctest_blocks())
def test_doctest_block_runs_in_a_fresh_namespace(page: Path, line: int, body: str) -> None:
    _run_doctest(f"{page.name}:{line}", str(page), line, body)


@pytest.mark.parametrize("body", _python_blocks())
def test_python_block_runs_in_a_fresh_interpreter(body: str, tmp_path: Path) -> None:
    script = tmp_path / "block.py"
    script.write_text(body, encoding="utf-8")
    python_output(str(script), cwd=tmp_path)


# -- docstrings ------------------------------------------------------------------------------
def _public_modules() -> list[ModuleType]:
    names = [vn_party_docs.__name__] + [
        info.name
        for info in pkgutil.walk_packages(vn_party_docs.__path__, vn_party_docs.__name__ + ".")
        if not any(part.startswith("_") for part in info.name.split(".")[1:])
    ]
    return [importlib.import_module(name) for name in names]


def _public_docstring_tests() -> list[Any]:
    finder = doctest.DocTestFinder(exclude_empty=True)
    tests: dict[str, doctest.DocTest] = {}
    for module in _public_modules():
        for test in finder.find(module, module.__name__):
            tests.setdefault(test.name, test)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            home = getattr(value, "__module__", module.__name__) or module.__name__
            if home != module.__name__ and (inspect.isclass(value) or inspect.isfunction(value)):
                # Defined in a private module (DayPart, the strategies): found here only.
                for test in finder.find(value, f"{home}.{value.__qualname__}"):
                    tests.setdefault(test.name, test)
    return [pytest.param(test, id=name) for name, test in sorted(tests.items()) if test.examples]


@pytest.mark.parametrize("test", _public_docstring_tests())
def test_docstring_example_runs_in_a_fresh_namespace(test: doctest.DocTest) -> None:
    test.globs = {}
    report: list[str] = []
    result = doctest.DocTestRunner(optionflags=FLAGS).run(test, out=report.append)
    assert result.failed == 0, "".join(report)


# -- material a user does not have -----------------------------------------------------------
#: What only the project's own working tree has: its specification, design and domain
#: notes, the shared folder beside the repository and its numbered sample articles.
_INTERNAL = re.compile(
    r"\bSPEC\b|\bDESIGN\b|\bDOMAIN\b|(?i:\b(?:SPEC|DESIGN|DOMAIN)\.md|shared/"
    r"|\bsamples? \d{3}\b|shared samples?)"
)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_points_at_no_private_name(page: Path) -> None:
    private = re.findall(r"vn_party_docs(?:\.\w+)*\._(?!_)\w+", page.read_text(encoding="utf-8"))
    assert not private, private


def test_internal_pattern_catches_what_it_should() -> None:
    for text in ("SPEC §8", "the SPEC calls", "shared/DOMAIN.md", "DOMAIN.md §A5 ✔", "sample 001"):
        assert _INTERNAL.search(text), text
    for text in ("a specific sentence", "by design", "the domain", "sample articles", "spec"):
        assert not _INTERNAL.search(text), text


def _with_includes(page: Path) -> Iterator[Path]:
    """A page and the files its ``{include}`` directives pull in (the changelog …)."""
    yield page
    for language, _, _ in _blocks(page):
        if language.startswith("{include}"):
            included = page.parent / language.removeprefix("{include}").strip()
            if included.is_file():  # the glossary tables exist only after a build
                yield included


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_speaks_of_nothing_users_do_not_have(page: Path) -> None:
    lines = [
        f"{path.name}:{number}: {line}"
        for path in _with_includes(page)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _INTERNAL.search(line)
    ]
    assert not lines, "\n".join(lines)


def test_includes_are_followed() -> None:
    assert ROOT / "CHANGELOG.md" in {
        path.resolve() for path in _with_includes(DOCS / "changelog.md")
    }


def _public_docstrings() -> Iterator[tuple[str, str]]:
    """``(name, docstring)`` of every public module, its public names and their members."""
    for module in _public_modules():
        yield module.__name__, module.__doc__ or ""
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            yield f"{module.__name__}.{name}", inspect.getdoc(value) or ""
            if inspect.isclass(value):
                for member_name, member in vars(value).items():
                    if not member_name.startswith("_") or member_name == "__init__":
                        doc = inspect.getdoc(member) or ""
                        yield f"{module.__name__}.{name}.{member_name}", doc


def test_public_docstrings_speak_of_nothing_users_do_not_have() -> None:
    found = [
        f"{name}: {match.group(0)!r}"
        for name, doc in _public_docstrings()
        if (match := _INTERNAL.search(doc))
    ]
    assert not found, "\n".join(found)


def test_doc_comments_speak_of_nothing_users_do_not_have() -> None:
    """``#:`` comments document data in the API reference (``ABBREVIATIONS`` …)."""
    package = Path(vn_party_docs.__file__).parent
    found = [
        f"{path.relative_to(package)}:{number}: {line.strip()}"
        for path in sorted(package.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.lstrip().startswith("#:") and _INTERNAL.search(line)
    ]
    assert not found, "\n".join(found)


def test_catalogue_sources_are_public() -> None:
    for entry in catalogue():
        assert not _INTERNAL.search(entry.source), (entry.key, entry.source)
        assert "✔" not in entry.source and "◐" not in entry.source and "✘" not in entry.source
        citation = entry.citation
        # The source names the document: its number and symbol, and its type.
        assert f"{citation.number:02d}-{citation.symbol}" in entry.source, entry.source
        assert citation.doc_type.label in entry.source, entry.source
    for number, _, _, source in CONGRESSES:
        assert not _INTERNAL.search(source), (number, source)


# -- the API reference -----------------------------------------------------------------------
API = (DOCS / "api.md").read_text(encoding="utf-8")


def test_every_public_name_is_in_the_api_reference() -> None:
    """Each name of a public module's ``__all__``, by its top-level or its module's path."""
    missing = [
        f"{module.__name__}.{name}"
        for module in _public_modules()
        for name in getattr(module, "__all__", ())
        if name != "__version__"
        and f"{module.__name__}.{name}" not in API
        and not (name in vn_party_docs.__all__ and f"vn_party_docs.{name}" in API)
    ]
    assert not missing, missing


def test_the_api_reference_names_only_importable_paths() -> None:
    import vn_party_docs.strategies

    for target in re.findall(r"^\.\. auto\w+:: ([\w.]+)", API, re.M):
        module_name, _, name = target.rpartition(".")
        module = importlib.import_module(module_name)
        assert hasattr(module, name), target
        if module_name == "vn_party_docs":
            assert name in vn_party_docs.__all__, target
    assert vn_party_docs.strategies.__all__


def _public_classes() -> list[type]:
    return [
        value
        for name in vn_party_docs.__all__
        if inspect.isclass(value := getattr(vn_party_docs, name))
    ]


def _attributes_section(cls: type) -> str:
    doc = inspect.getdoc(cls) or ""
    match = re.search(r"^Attributes:\n(?P<body>(?:[ ]{4}.*\n?|\n)+)", doc, re.M)
    return match["body"] if match else ""


@pytest.mark.parametrize("cls", _public_classes(), ids=lambda cls: cls.__name__)
def test_every_field_and_member_is_explained(cls: type) -> None:
    if attrs.has(cls):
        names = [field.name for field in attrs.fields(cls)]
    elif issubclass(cls, enum.Enum):
        names = list(cls.__members__)
    elif issubclass(cls, Exception):
        names = ["expected", "position", "text"]
    else:
        pytest.fail(f"{cls.__name__}: a public class of an unknown sort")
    section = _attributes_section(cls)
    explained = re.findall(r"^[ ]{4}(\w+)(?: \([^)]*\))?: \S", section, re.M)
    assert explained == names, f"{cls.__name__}: Attributes lists {explained}, fields {names}"


def test_sphinx_doctest_has_no_hidden_setup() -> None:
    conf = (DOCS / "conf.py").read_text(encoding="utf-8")
    assert "doctest_global_setup" not in conf
    assert "doctest_global_cleanup" not in conf


# -- every example script is introduced somewhere --------------------------------------------
@pytest.mark.parametrize(
    "script", sorted((ROOT / "examples").glob("*.py")), ids=lambda path: path.name
)
def test_every_example_script_is_mentioned_in_the_docs(script: Path) -> None:
    text = "\n".join(page.read_text(encoding="utf-8") for page in PAGES)
    assert f"examples/{script.name}" in text
