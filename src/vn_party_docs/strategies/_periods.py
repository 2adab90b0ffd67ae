"""Hypothesis strategies for periods."""

from __future__ import annotations

from hypothesis import strategies as st

from ..periods import FIRST_MONTHS_COUNTS, Period

__all__ = ["periods"]

_YEARS = st.integers(min_value=1930, max_value=2100)


def periods() -> st.SearchStrategy[Period]:
    """Valid periods of every kind, years 1930-2100.

    Example:
        >>> from vn_party_docs.strategies import periods
        >>> from hypothesis import find
        >>> find(periods(), lambda p: p.kind.name == "QUARTER").code
        '1930-Q1'
    """
    spans = st.tuples(_YEARS, st.integers(min_value=1, max_value=40)).map(
        lambda pair: (pair[0], pair[0] + pair[1])
    )
    return st.one_of(
        st.builds(Period.month, _YEARS, st.integers(1, 12)),
        st.builds(Period.quarter, _YEARS, st.integers(1, 4)),
        st.builds(Period.half_year, _YEARS, st.integers(1, 2)),
        st.builds(Period.first_months, _YEARS, st.sampled_from(sorted(FIRST_MONTHS_COUNTS))),
        st.builds(Period.year, _YEARS),
        spans.map(lambda pair: Period.term(*pair)),
        spans.map(lambda pair: Period.stage(*pair)),
    )
