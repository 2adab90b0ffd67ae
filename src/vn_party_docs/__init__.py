"""Typed values from Vietnamese Party and state news text.

Periods, document citations, official titles and officials, and meeting headers,
read from real text into frozen :mod:`attrs` values with exact spans.

Example:
    >>> import vn_party_docs
    >>> [str(m.value) for m in vn_party_docs.find_periods("Đánh giá quý III năm 2021.")]
    ['quý III năm 2021']
"""

from __future__ import annotations

from .document import Extraction, extract
from .errors import ParseError
from .spans import Mention, Span

__version__ = "0.1.0"

__all__ = [
    "Extraction",
    "Mention",
    "ParseError",
    "Span",
    "__version__",
    "extract",
]
