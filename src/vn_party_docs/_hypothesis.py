"""Hypothesis entry point: ``st.from_type`` knows the package's value types.

``pyproject.toml`` declares this hook under ``[project.entry-points.hypothesis]``;
hypothesis calls it when it is imported, in every program that imports hypothesis
with this package installed, so the hook imports nothing of the package. A value
type whose module is already imported is registered at once; the others are
registered right after their module is first imported (a finder at the head of
``sys.meta_path`` notes the import and leaves the loading to the ordinary finders).
The strategies themselves are built on their first use.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

#: The value types with a strategy: module → ((class name, function of
#: :mod:`vn_party_docs.strategies`), ...).
VALUE_TYPES: dict[str, tuple[tuple[str, str], ...]] = {
    "vn_party_docs.periods": (("Period", "periods"),),
    "vn_party_docs.citations": (("Citation", "citations"),),
    "vn_party_docs.titles": (("Title", "titles"), ("Official", "officials")),
    "vn_party_docs.meetings": (("Meeting", "meetings"),),
}


def _lazy(name: str) -> Callable[[type], Any]:
    """A type → strategy function calling ``strategies.<name>()`` on first use."""

    def build(_type: type) -> Any:
        from . import strategies

        return getattr(strategies, name)()

    return build


def _register(module: ModuleType) -> None:
    """Register the strategies of the value types ``module`` defines."""
    from hypothesis import strategies as st

    for class_name, strategy in VALUE_TYPES[module.__name__]:
        st.register_type_strategy(getattr(module, class_name), _lazy(strategy))


class _RegisterOnImport:
    """A meta path finder that registers a value module's types once it has run.

    It finds nothing itself: for a pending module it asks the finders after it for
    the spec and wraps that spec's ``exec_module`` (on the spec's own loader
    instance, for that one call), so the module is loaded exactly as it would be
    without the hook.
    """

    def __init__(self, pending: set[str]) -> None:
        self.pending = pending

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> Any:
        if fullname not in self.pending:
            return None
        for finder in sys.meta_path:
            find_spec = getattr(finder, "find_spec", None)
            if finder is self or find_spec is None:
                continue
            spec = find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        run = getattr(loader, "exec_module", None)
        if run is None:
            return None  # a legacy loader: leave the import alone

        def exec_module(module: ModuleType) -> None:
            if module.__name__ != fullname:
                run(module)  # another module of a loader that loads many (pytest's rewriter)
                return
            try:
                run(module)
            finally:
                vars(loader).pop("exec_module", None)
            self.pending.discard(fullname)
            if not self.pending and self in sys.meta_path:
                sys.meta_path.remove(self)
            _register(module)

        try:
            loader.exec_module = exec_module
        except AttributeError:
            return None  # a loader that takes no attributes: leave the import alone
        return spec


def _hypothesis_setup_hook() -> None:
    """Register :mod:`vn_party_docs.strategies` for the public value types.

    Example:
        >>> from hypothesis import find, strategies as st
        >>> from vn_party_docs import Period
        >>> find(st.from_type(Period), lambda p: p.kind.name == "TERM").code
        '1930/1931'
    """
    pending = set()
    for name in VALUE_TYPES:
        module = sys.modules.get(name)
        if module is None:
            pending.add(name)
        else:
            _register(module)
    if pending:
        sys.meta_path.insert(0, _RegisterOnImport(pending))
