"""Contracts of the package as a whole: layering, ``__all__`` and a cheap import.

The layers, bottom up (DESIGN §1):

* ``errors``, ``spans`` import nothing from the package;
* ``_text`` imports only ``errors``, ``spans`` and ``_text``;
* ``_vocab`` (data) imports nothing from the package;
* ``lexicon`` imports only ``_vocab``, ``_text``, ``errors`` and ``spans``;
* the entity modules (``periods``, ``citations``, ``titles``, ``officials``,
  ``meetings``) never import the layers above them (``document``, ``batch``, ``cli``,
  ``annotate``, ``serialize``, ``strategies``) and never import each other in a cycle
  (a name a module re-exports from its module-level ``__getattr__`` or imports for type
  checkers only, under ``if TYPE_CHECKING:``, is no edge: it is not imported when the
  module is);
* ``document`` and ``batch`` build on the entity modules;
* the outer modules (``cli``, ``annotate``, ``serialize``, ``strategies``,
  ``__main__``, ``_hypothesis``) import only public names: the package's
  ``__all__``, a module's own ``__all__``, ``document``, ``batch``, their own layer,
  and (for ``strategies`` only) the vocabulary data in ``_vocab``.
"""

from __future__ import annotations
import __future__

import ast
import json
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

import vn_party_docs
from tests.conftest import python_output

PACKAGE = Path(vn_party_docs.__file__).resolve().parent
ROOT = PACKAGE.parents[1]
NAME = "vn_party_docs"

ENTITIES = {"periods", "citations", "titles", "officials", "meetings"}
ABOVE_ENTITIES = {
    "document",
    "batch",
    "registry",
    "cli",
    "annotate",
    "serialize",
    "strategies",
    "table",
    "__main__",
}
OUTER = {"cli", "annotate", "serialize", "strategies", "table", "__main__", "_hypothesis"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _package_of(path: Path, module: str) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _is_module(dotted: str) -> bool:
    """Tell whether a dotted name is a module or package of the source tree."""
    path = PACKAGE.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or path.is_dir()


def _deferred(tree: ast.Module) -> set[int]:
    """The lines of the imports that do not run when the module is imported: those under a
    module-level ``if TYPE_CHECKING:`` and in a module-level ``__getattr__`` (PEP 562)."""
    lines: set[int] = set()
    for node in tree.body:
        deferred = (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Name)
            and node.test.id == "TYPE_CHECKING"
        ) or (isinstance(node, ast.FunctionDef) and node.name == "__getattr__")
        if deferred:
            lines.update(
                inner.lineno
                for inner in ast.walk(node)
                if isinstance(inner, (ast.Import, ast.ImportFrom))
            )
    return lines


def _imports(path: Path, *, deferred: bool = True) -> Iterator[tuple[str, tuple[str, ...], int]]:
    """``(imported module, imported names, line)`` for every import of the package (without
    the deferred ones, see :func:`_deferred`, when ``deferred`` is false)."""
    module = _module_name(path)
    package = _package_of(path, module)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = set() if deferred else _deferred(tree)
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == NAME or alias.name.startswith(NAME + "."):
                    yield alias.name, (), node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not (target == NAME or target.startswith(NAME + ".")):
                continue
            names = tuple(alias.name for alias in node.names)
            submodules = [name for name in names if _is_module(f"{target}.{name}")]
            for name in submodules:
                yield f"{target}.{name}", (), node.lineno
            rest = tuple(name for name in names if name not in submodules)
            if rest or not submodules:
                yield target, rest, node.lineno


def _layer(module: str) -> str:
    """The first part of a module name inside the package (``_text``, ``periods``...)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _public_names(module: str) -> set[str]:
    """The ``__all__`` of a package module, read from its source without importing it."""
    relative = module.split(".")[1:]
    path = PACKAGE.joinpath(*relative)
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    if not path.exists():
        return set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            return set(ast.literal_eval(node.value))
    return set()


def _violations() -> Iterator[str]:
    package_public = set(vn_party_docs.__all__) | {"__version__"}
    entity_edges: dict[str, set[str]] = {entity: set() for entity in ENTITIES}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        layer = _layer(module)
        runtime = {line for _, _, line in _imports(path, deferred=False)}
        for target, names, line in _imports(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}"
            if names:
                where += f" ({', '.join(names)})"
            target_layer = _layer(target)
            if layer in ("errors", "spans", "_vocab"):
                yield f"{where}: {layer} must import nothing from the package"
            elif layer == "_text":
                if target_layer not in ("errors", "spans", "_text"):
                    yield f"{where}: _text may import only errors, spans and _text"
            elif layer == "lexicon":
                if target_layer not in ("errors", "spans", "_text", "_vocab"):
                    yield f"{where}: lexicon may import only _vocab, _text, errors and spans"
            elif layer in ENTITIES:
                if target_layer in ABOVE_ENTITIES:
                    yield f"{where}: an entity module must not import {target_layer}"
                if target_layer in ENTITIES and target_layer != layer and line in runtime:
                    entity_edges[layer].add(target_layer)
            elif layer in OUTER:
                if target_layer in ("document", "batch", layer) or target_layer in OUTER:
                    continue
                if layer == "strategies" and target_layer == "_vocab":
                    continue
                if target == NAME:
                    allowed = package_public
                else:
                    allowed = _public_names(target) | package_public
                private = [name for name in names if name not in allowed]
                if not names or private:
                    yield f"{where}: outer modules import only public names ({private})"
    # No cycle among the entity modules.
    for entity in ENTITIES:
        seen: set[str] = set()
        todo = list(entity_edges[entity])
        while todo:
            current = todo.pop()
            if current == entity:
                yield f"entity modules import each other in a cycle through {entity}"
                break
            if current not in seen:
                seen.add(current)
                todo.extend(entity_edges[current])


def test_layering() -> None:
    violations = list(_violations())
    assert not violations, "\n".join(violations)


def test_layering_check_sees_imports() -> None:
    found = {target for target, _, _ in _imports(PACKAGE / "document.py")}
    assert f"{NAME}.periods" in found
    assert f"{NAME}._text.context" in found


def test_titles_reaches_the_person_finder_only_when_asked() -> None:
    """``vn_party_docs.titles`` re-exports ``find_officials`` and ``parse_official`` from
    ``officials``, which builds on it: a deferred import, no cycle."""
    every = {target for target, _, _ in _imports(PACKAGE / "titles.py")}
    runtime = {target for target, _, _ in _imports(PACKAGE / "titles.py", deferred=False)}
    assert f"{NAME}.officials" in every
    assert f"{NAME}.officials" not in runtime
    assert f"{NAME}.titles" in {t for t, _, _ in _imports(PACKAGE / "officials.py")}


def test_the_lexicon_sits_below_the_entities() -> None:
    layers = {_layer(target) for target, _, _ in _imports(PACKAGE / "lexicon.py")}
    assert layers <= {"_text", "_vocab", "errors", "spans"}, layers
    users = {
        _layer(_module_name(path))
        for path in PACKAGE.rglob("*.py")
        if any(target == f"{NAME}.lexicon" for target, _, _ in _imports(path))
    }
    assert {"periods", "citations", "titles", "strategies"} <= users, users


#: The names SPEC.md lists (§1, §3–§7).
SPEC_NAMES = {
    *("extract", "Extraction", "Mention", "Span", "ParseError"),
    *("Period", "PeriodKind", "find_periods", "parse_period"),
    *("Citation", "DocType", "System", "find_citations", "parse_citation"),
    *("Title", "Organ", "Level", "Official", "parse_title", "parse_titles"),
    *("parse_official", "find_officials"),
    *("Meeting", "DayPart", "find_meetings", "parse_meeting"),
}
#: Names outside SPEC the package may export; each must be documented in docs/api.md.
EXTRAS = {"__version__", "extract_many", "annotate", "json_schema"}
EXTRAS |= {"Conflict", "Entry", "catalogue", "documents", "explain", "resolve"}  # registry (#9)
EXTRAS |= {"Basis", "Resolution", "article_date", "resolution", "term_on"}  # registry (#18)
EXTRAS |= {"Markup", "css_class", "html_markup"}  # annotation (#18)
EXTRAS |= {"rows"}  # the flat table (#18)


def test_all_is_the_spec_plus_documented_extras() -> None:
    exported = set(vn_party_docs.__all__)
    assert len(exported) == len(vn_party_docs.__all__), "duplicates in __all__"
    assert exported >= SPEC_NAMES, f"missing: {sorted(SPEC_NAMES - exported)}"
    assert exported - SPEC_NAMES <= EXTRAS, f"undocumented extras: {exported - SPEC_NAMES - EXTRAS}"
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    undocumented = [
        name for name in exported - SPEC_NAMES - {"__version__"} if f"{NAME}.{name}" not in api
    ]
    assert not undocumented, f"extras missing from docs/api.md: {undocumented}"
    for name in exported:
        assert hasattr(vn_party_docs, name), name


def test_no_other_public_name_at_top_level() -> None:
    public = {
        name
        for name, value in vars(vn_party_docs).items()
        if not name.startswith("_")
        and not isinstance(value, (types.ModuleType, __future__._Feature))
    }
    assert public <= set(vn_party_docs.__all__), sorted(public - set(vn_party_docs.__all__))


_FRESH_IMPORT = """
import json, sys
import vn_party_docs
from vn_party_docs._text.grammar import PATTERNS
print(json.dumps({
    "patterns": len(PATTERNS),
    "source": sum(len(p.pattern) for p in PATTERNS),
    "largest": max((len(p.pattern) for p in PATTERNS), default=0),
    "heavy": sorted(
        m for m in ("hypothesis", "dateparser", "dask", "numpy", "regex") if m in sys.modules
    ),
}))
"""


def test_import_compiles_no_big_pattern() -> None:
    output = python_output("-c", _FRESH_IMPORT)
    state = json.loads(output)
    # Only small fixed patterns may compile at import; the vocabulary-sized grammars
    # (5 000 to 55 000 characters of source) wait for their first use, and so does the
    # ``regex`` module, which only the few patterns ``re`` cannot read need.
    assert state["largest"] <= 1_000, state
    assert state["source"] <= 5_000, state
    assert state["heavy"] == [], state


@pytest.mark.parametrize("module", sorted(ENTITIES))
def test_entity_modules_export_their_spec_names(module: str) -> None:
    names = _public_names(f"{NAME}.{module}")
    if not names:
        pytest.skip(f"{module}.py has no __all__ yet")
    assert names & SPEC_NAMES, names


_WITHOUT_HYPOTHESIS = """
import sys
sys.modules["hypothesis"] = None  # as if the [strategies] extra were not installed
import vn_party_docs  # the package itself needs no hypothesis
try:
    import vn_party_docs.strategies
except ImportError as error:
    print(type(error).__name__, error.name, "|", error)
else:
    print("imported")
"""


def test_strategies_without_hypothesis_say_which_extra_to_install() -> None:
    output = python_output("-c", _WITHOUT_HYPOTHESIS)
    head, _, message = output.strip().partition(" | ")
    kind, name = head.split(" ")
    assert kind == "ImportError", output
    assert name == "hypothesis", output
    assert "pip install 'vn_party_docs[strategies]'" in message, output
