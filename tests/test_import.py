"""What importing the package costs: ``import vn_party_docs`` defines names and nothing more.

Each public name is imported from the module that defines it on first access (PEP 562),
so the checks run in fresh interpreters and look at ``sys.modules``: a deterministic
stand-in for the time (``make bench`` measures the time itself, see docs/performance.md).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

import vn_party_docs
from tests.conftest import python_output

INIT = Path(vn_party_docs.__file__)


def _fresh(code: str) -> Any:
    """Run ``code`` in a fresh interpreter; the JSON value it prints last."""
    return json.loads(python_output("-c", code).splitlines()[-1])


_LOADED_BY = """
import json, sys
before = set(sys.modules)
{statement}
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_import_loads_no_other_module() -> None:
    loaded = _fresh(_LOADED_BY.format(statement="import vn_party_docs"))
    # Not one submodule, not attrs, regex, typing, re, json, html or importlib.
    assert loaded == ["vn_party_docs"]


#: What ``from vn_party_docs import extract`` does not load: the finders and their
#: vocabulary wait for the first call, ``regex`` for the first pattern that needs it.
FINDERS = [
    "vn_party_docs.periods",
    "vn_party_docs.citations",
    "vn_party_docs.officials",
    "vn_party_docs.titles",
    "vn_party_docs.meetings",
    "vn_party_docs.lexicon",
    "vn_party_docs._vocab",
]
NOT_FOR_EXTRACT = [
    *FINDERS,
    "vn_party_docs.annotate",
    "vn_party_docs.batch",
    "vn_party_docs.registry",
    "vn_party_docs.serialize",
    "vn_party_docs.table",
    "vn_party_docs.strategies",
    "regex",
    "calendar",
    "html",
    "json",
    "hypothesis",
]


def test_extract_loads_only_what_extract_needs() -> None:
    statement = "from vn_party_docs import extract"
    loaded = set(_fresh(_LOADED_BY.format(statement=statement)))
    assert {"vn_party_docs.document", "vn_party_docs._text.normalize", "attrs"} <= loaded
    assert sorted(loaded & set(NOT_FOR_EXTRACT)) == []


def test_the_first_call_of_extract_loads_the_finders() -> None:
    statement = "from vn_party_docs import extract; extract('Quý I năm 2022.')"
    loaded = set(_fresh(_LOADED_BY.format(statement=statement)))
    assert set(FINDERS) <= loaded
    assert sorted(loaded & {"vn_party_docs.registry", "vn_party_docs.batch", "json"}) == []


_RESOLVE_ALL = """
import importlib, json, sys
import vn_party_docs
names = {}
for name in vn_party_docs.__all__:
    value = getattr(vn_party_docs, name)
    names[name] = getattr(value, "__module__", None)
star = {}
exec("from vn_party_docs import *", star)
print(json.dumps({
    "names": names,
    "star": sorted(name for name in star if name != "__builtins__"),
    "dir": sorted(set(vn_party_docs.__all__) - set(dir(vn_party_docs))),
    "all_loaded": sorted(m for m in sys.modules if m.startswith("vn_party_docs.")),
}))
"""


def test_every_name_of_all_resolves_in_a_fresh_interpreter() -> None:
    state = _fresh(_RESOLVE_ALL)
    assert sorted(state["names"]) == sorted(vn_party_docs.__all__)
    assert state["star"] == sorted(vn_party_docs.__all__)
    assert state["dir"] == []
    assert "vn_party_docs.registry" in state["all_loaded"]


@pytest.mark.parametrize("name", sorted(set(vn_party_docs.__all__) - {"__version__"}))
def test_each_name_is_its_module_s_object(name: str) -> None:
    module_name = vn_party_docs._MODULE_OF[name]
    module = __import__(f"vn_party_docs.{module_name}", fromlist=["_"])
    assert getattr(vn_party_docs, name) is getattr(module, name)
    assert name in dir(vn_party_docs)


def _type_checking_imports() -> dict[str, tuple[str, ...]]:
    """The ``if TYPE_CHECKING:`` imports of ``__init__.py``: module → names."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    blocks = [
        node
        for node in tree.body
        if isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    ]
    assert len(blocks) == 1
    imports: dict[str, tuple[str, ...]] = {}
    for node in blocks[0].body:
        assert isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        imports[node.module] = tuple(alias.name for alias in node.names)
    return imports


def test_type_checkers_see_the_same_names_as_the_lazy_table() -> None:
    # Type checkers and Sphinx read the TYPE_CHECKING imports; the interpreter reads
    # _EXPORTS: the two must agree, and cover __all__ exactly.
    assert _type_checking_imports() == vn_party_docs._EXPORTS
    lazy = {name for names in vn_party_docs._EXPORTS.values() for name in names}
    assert lazy == set(vn_party_docs.__all__) - {"__version__"}


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'find_everything'"):
        vn_party_docs.find_everything  # type: ignore[attr-defined] # noqa: B018
    assert not hasattr(vn_party_docs, "Periods")
    with pytest.raises(ImportError):
        from vn_party_docs import parse_everything  # type: ignore[attr-defined] # noqa: F401


_SUBMODULE_FIRST = """
import json
import vn_party_docs.annotate  # binds the submodule to the package as it loads
from vn_party_docs.annotate import css_class
import vn_party_docs
from vn_party_docs import annotate, periods
print(json.dumps([
    type(vn_party_docs.annotate).__name__,
    type(annotate).__name__,
    type(periods).__name__,
    vn_party_docs.annotate("quý I năm 2022", vn_party_docs.extract("quý I năm 2022")),
]))
"""


def test_a_submodule_never_hides_the_function_of_the_same_name() -> None:
    kinds = _fresh(_SUBMODULE_FIRST)
    assert kinds[:3] == ["function", "function", "module"]
    assert kinds[3].startswith('<span class="vpd-period"')


_HYPOTHESIS_START = """
import json, sys
import hypothesis  # runs the package's entry point
loaded = sorted(m for m in sys.modules if m.startswith("vn_party_docs"))
from hypothesis import find, strategies as st
from vn_party_docs import Citation, Meeting, Official, Period, Title
drawn = [type(find(st.from_type(t), lambda _: True)).__name__
         for t in (Period, Citation, Title, Official, Meeting)]
term = find(st.from_type(Period), lambda p: p.kind.name == "TERM").code
hooks = [type(f).__name__ for f in sys.meta_path if type(f).__module__.startswith("vn_party")]
print(json.dumps([loaded, drawn, term, hooks]))
"""


def test_hypothesis_start_up_imports_no_value_module() -> None:
    loaded, drawn, term, hooks = _fresh(_HYPOTHESIS_START)
    assert loaded == ["vn_party_docs", "vn_party_docs._hypothesis"]
    # Each type is registered once its module is imported, and the finder is gone.
    assert drawn == ["Period", "Citation", "Title", "Official", "Meeting"]
    assert term == "1930/1931"
    assert hooks == []


_VALUES_BEFORE_HYPOTHESIS = """
import json, sys
import vn_party_docs.periods, vn_party_docs.titles
import hypothesis
from hypothesis import find, strategies as st
from vn_party_docs import Period, Official
pending = [sorted(f.pending) for f in sys.meta_path if hasattr(f, "pending")]
print(json.dumps([
    find(st.from_type(Period), lambda p: p.kind.name == "TERM").code,
    type(find(st.from_type(Official), lambda _: True)).__name__,
    pending,
]))
"""


def test_value_modules_imported_before_hypothesis_are_registered_at_once() -> None:
    term, official, pending = _fresh(_VALUES_BEFORE_HYPOTHESIS)
    assert term == "1930/1931"
    assert official == "Official"
    assert pending == [["vn_party_docs.citations", "vn_party_docs.meetings"]]


_SHARED_LOADER = """
import importlib.machinery, importlib.util, json, sys
import hypothesis  # puts the package's finder at the head of sys.meta_path

class SharedLoader:  # one loader for many modules, as pytest's assertion rewriter is
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(module.__spec__.origin, encoding="utf-8") as source:
            exec(compile(source.read(), module.__spec__.origin, "exec"), vars(module))

LOADER = SharedLoader()

class SharedFinder:
    def find_spec(self, name, path, target=None):
        found = importlib.machinery.PathFinder.find_spec(name, path, target)
        if not name.startswith("vn_party_docs.") or found is None:
            return None
        return importlib.util.spec_from_file_location(
            name, found.origin, loader=LOADER,
            submodule_search_locations=found.submodule_search_locations)

sys.meta_path.insert(1, SharedFinder())
from vn_party_docs import meetings  # imports officials and titles through the same loader
from hypothesis import find, strategies as st
from vn_party_docs import Meeting, Official
print(json.dumps([type(meetings.__spec__.loader).__name__,
                  type(find(st.from_type(Meeting), lambda _: True)).__name__,
                  type(find(st.from_type(Official), lambda _: True)).__name__]))
"""


def test_value_modules_loaded_by_one_shared_loader_are_each_registered() -> None:
    # A pending module's loader may load other modules while it runs: each is registered
    # for its own types, and the others load as they would without the hook.
    assert _fresh(_SHARED_LOADER) == ["SharedLoader", "Meeting", "Official"]
