"""Everything in one text: :class:`Extraction` and :func:`extract`."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import attrs

from . import citations, meetings, periods, titles
from ._text.context import DocumentContext, Hit, to_mentions
from .citations import Citation
from .meetings import Meeting
from .periods import Period
from .spans import Mention, Span
from .titles import Official

__all__ = ["KINDS", "Extraction", "extract"]

#: The kinds of mention :func:`~vn_party_docs.extract` finds, in the order of
#: :class:`~vn_party_docs.Extraction`'s fields.
KINDS: tuple[str, ...] = ("periods", "citations", "officials", "meetings")

_FINDERS: dict[str, Callable[[DocumentContext], list[Hit[Any]]]] = {
    "periods": periods.hits,
    "citations": citations.hits,
    "officials": titles.hits,
    "meetings": meetings.hits,
}
_VALUE_TYPES: dict[str, Any] = {
    "periods": Period,
    "citations": Citation,
    "officials": Official,
    "meetings": Meeting,
}


@attrs.frozen
class Extraction:
    """All mentions found in one text, each tuple sorted by position.

    Mentions of one kind never overlap; mentions of different kinds may (a meeting
    header contains its periods and its chairs).

    Attributes:
        periods (tuple[Mention[Period], ...]): The periods, as
            :func:`~vn_party_docs.find_periods` finds them.
        citations (tuple[Mention[Citation], ...]): The document citations, as
            :func:`~vn_party_docs.find_citations` finds them.
        officials (tuple[Mention[Official], ...]): The people named with their titles,
            as :func:`~vn_party_docs.find_officials` finds them.
        meetings (tuple[Mention[Meeting], ...]): The meeting headers, as
            :func:`~vn_party_docs.find_meetings` finds them.

    Example:
        >>> from vn_party_docs import Extraction, extract
        >>> result = extract("Sơ kết 6 tháng đầu năm 2023 theo Quy định số 137-QĐ/TW.")
        >>> [str(m.value) for m in result.periods]
        ['6 tháng đầu năm 2023']
        >>> Extraction.from_dict(result.to_dict()) == result
        True
    """

    periods: tuple[Mention[Period], ...] = ()
    citations: tuple[Mention[Citation], ...] = ()
    officials: tuple[Mention[Official], ...] = ()
    meetings: tuple[Mention[Meeting], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict with one list of mention dicts per kind."""
        return {kind: [mention.to_dict() for mention in getattr(self, kind)] for kind in KINDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Rebuild an extraction from :meth:`to_dict` output."""
        fields: dict[str, Any] = {}
        for kind in KINDS:
            value_type = _VALUE_TYPES[kind]
            fields[kind] = tuple(
                Mention(
                    value_type.from_dict(item["value"]),
                    Span.from_dict(item["span"]),
                    item["text"],
                )
                for item in data.get(kind, ())
            )
        return cls(**fields)


def extract(
    text: str,
    *,
    reference_date: datetime.date | None = None,
    kinds: tuple[str, ...] | None = None,
) -> Extraction:
    """Find every period, citation, official and meeting header in ``text``.

    Args:
        text: Any string; it is normalised once and shared by all finders.
        reference_date: Completes dates and periods whose year the text leaves out.
        kinds: Limit the work to some of ``vn_party_docs.document.KINDS``; the others stay empty.

    Example:
        >>> from vn_party_docs import extract
        >>> result = extract("Quý III năm 2021 và quý IV năm 2021.")
        >>> [m.value.code for m in result.periods]
        ['2021-Q3', '2021-Q4']
    """
    context = DocumentContext(text, reference_date)
    selected = KINDS if kinds is None else kinds
    unknown = set(selected) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; choose from {list(KINDS)}")
    found = {kind: tuple(to_mentions(context.norm, _FINDERS[kind](context))) for kind in selected}
    return Extraction(**found)
