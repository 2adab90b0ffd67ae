"""Public hypothesis strategies for property tests of code that uses vn_party_docs.

Install the extra ``vn_party_docs[strategies]`` (it brings ``hypothesis``):
``pip install 'vn_party_docs[strategies]'``. Without it, importing this module raises
an :class:`ImportError` that says so. Every strategy draws VALID values whose
``str()`` round-trips through the matching ``parse_*`` function; :func:`variants`
draws the real-world spellings of a canonical string. With the extra installed,
``st.from_type(Period)`` works too (and for every other value type): the package
registers its strategies with hypothesis.

Example:
    >>> from hypothesis import find
    >>> from vn_party_docs.strategies import periods
    >>> find(periods(), lambda p: p.kind.name == "YEAR").code
    '1930'
"""

from __future__ import annotations

try:
    import hypothesis as _hypothesis  # noqa: F401  (the extra this module needs)
except ImportError as error:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "vn_party_docs.strategies needs hypothesis, which the package does not install "
        "by default: install the [strategies] extra with "
        "pip install 'vn_party_docs[strategies]'",
        name="hypothesis",
    ) from error

from ._citations import citations
from ._meetings import meetings
from ._periods import periods
from ._titles import officials, title_variants, titles
from ._variants import ABBREVIATIONS, variants

__all__ = [
    "ABBREVIATIONS",
    "citations",
    "meetings",
    "officials",
    "periods",
    "title_variants",
    "titles",
    "variants",
]
