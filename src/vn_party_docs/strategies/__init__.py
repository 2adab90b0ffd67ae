"""Public hypothesis strategies for downstream property tests (extra ``strategies``).

Example:
    >>> from hypothesis import find
    >>> from vn_party_docs.strategies import periods
    >>> find(periods(), lambda p: p.kind.name == "YEAR").code
    '1930'
"""

from __future__ import annotations

from ._periods import periods

__all__ = ["periods"]
