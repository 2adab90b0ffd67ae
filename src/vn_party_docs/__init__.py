"""Typed values from Vietnamese Party and state news text.

Periods, document citations, official titles and officials, and meeting headers,
read from real text into frozen :mod:`attrs` values with exact spans.

Example:
    >>> import vn_party_docs
    >>> [str(m.value) for m in vn_party_docs.find_periods("Đánh giá quý III năm 2021.")]
    ['quý III năm 2021']
"""

from __future__ import annotations

from .annotate import Markup, annotate, css_class, html_markup
from .batch import extract_many
from .citations import Citation, DocType, System, find_citations, parse_citation
from .document import Extraction, extract
from .errors import ParseError
from .meetings import DayPart, Meeting, find_meetings, parse_meeting
from .periods import Period, PeriodKind, find_periods, parse_period
from .registry import (
    Basis,
    Conflict,
    Entry,
    Resolution,
    article_date,
    catalogue,
    documents,
    explain,
    resolution,
    resolve,
    term_on,
)
from .serialize import json_schema
from .spans import Mention, Span
from .table import rows
from .titles import (
    Level,
    Official,
    Organ,
    Title,
    find_officials,
    parse_official,
    parse_title,
    parse_titles,
)

__version__ = "0.1.0"

__all__ = [
    "Basis",
    "Citation",
    "Conflict",
    "DayPart",
    "DocType",
    "Entry",
    "Extraction",
    "Level",
    "Markup",
    "Meeting",
    "Mention",
    "Official",
    "Organ",
    "ParseError",
    "Period",
    "PeriodKind",
    "Resolution",
    "Span",
    "System",
    "Title",
    "__version__",
    "annotate",
    "article_date",
    "catalogue",
    "css_class",
    "documents",
    "explain",
    "extract",
    "extract_many",
    "find_citations",
    "find_meetings",
    "find_officials",
    "find_periods",
    "html_markup",
    "json_schema",
    "parse_citation",
    "parse_meeting",
    "parse_official",
    "parse_period",
    "parse_title",
    "parse_titles",
    "resolution",
    "resolve",
    "rows",
    "term_on",
]
