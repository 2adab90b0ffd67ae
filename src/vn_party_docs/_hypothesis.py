"""Hypothesis entry point: ``st.from_type`` knows the package's value types.

``pyproject.toml`` declares this hook under ``[project.entry-points.hypothesis]``;
hypothesis calls it when it is imported. The strategies are registered lazily, so
the hook itself only imports the value classes.
"""

from __future__ import annotations

from typing import Any


def _hypothesis_setup_hook() -> None:
    """Register :mod:`vn_party_docs.strategies` for the public value types.

    Example:
        >>> from hypothesis import find, strategies as st
        >>> from vn_party_docs import Period
        >>> find(st.from_type(Period), lambda p: p.kind.name == "TERM").code
        '1930/1931'
    """
    from hypothesis import strategies as st

    from .citations import Citation
    from .meetings import Meeting
    from .periods import Period
    from .titles import Official, Title

    def lazy(name: str) -> Any:
        """A type → strategy function calling ``strategies.<name>()`` on first use."""

        def build(_type: type) -> Any:
            from . import strategies

            return getattr(strategies, name)()

        return build

    st.register_type_strategy(Period, lazy("periods"))
    st.register_type_strategy(Citation, lazy("citations"))
    st.register_type_strategy(Title, lazy("titles"))
    st.register_type_strategy(Official, lazy("officials"))
    st.register_type_strategy(Meeting, lazy("meetings"))
