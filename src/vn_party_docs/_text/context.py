"""What every finder shares for one document: the normalised text, the years
that complete partial dates and periods, and the mapping of hits to mentions.

Finders work in the coordinates of :attr:`NormalizedText.lower` and return
:class:`Hit` objects; :func:`to_mentions` maps them once to :class:`Mention`
objects with spans in the caller's string.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

import attrs

from ..errors import ParseError
from ..spans import Mention
from .dates import find_dated_leads, find_dateline
from .grammar import Match, Pattern, regex_twin
from .normalize import NormalizedText

__all__ = [
    "DocumentContext",
    "Hit",
    "check_text",
    "full_match",
    "to_mentions",
]

T = TypeVar("T")


@attrs.frozen
class Hit(Generic[T]):
    """A value found at ``[start, end)`` of the normalised text."""

    value: T
    start: int
    end: int


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise ``TypeError`` otherwise."""
    if not isinstance(text, str):
        raise TypeError(f"{name} must be str, not {type(text).__name__}")
    return text


def check_reference_date(reference_date: object) -> datetime.date | None:
    """Return ``reference_date`` if it is a date or ``None``; raise ``TypeError`` otherwise."""
    if reference_date is not None and not isinstance(reference_date, datetime.date):
        raise TypeError(
            f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
        )
    if isinstance(reference_date, datetime.datetime):
        return reference_date.date()
    return reference_date


#: How far from the text's start a later dateline may stand (under a page's date of today).
_TOP_REACH = 600
#: How many anchor lists :meth:`DocumentContext.year_at` keeps sorted at once.
_ANCHOR_LISTS = 4


class DocumentContext:
    """One document, normalised once, with its sources of missing years.

    A year left out by the text is taken, in this order, from the caller's
    ``reference_date``, the article's dateline, or the nearest preceding anchor a
    finder passes in (a period or a meeting that states its year; the dates inside
    citations are not anchors, they date other documents). With none of these the
    year is unknown and the mention is left out.
    """

    def __init__(self, text: str, reference_date: datetime.date | None = None) -> None:
        self.norm = NormalizedText(check_text(text))
        self.reference_date = check_reference_date(reference_date)
        self._memo: dict[str, Any] = {}
        self._dateline: tuple[datetime.date, int] | bool | None = False
        # Sorted anchors of the last list passed to year_at: (list, length, positions, years).
        self._anchor_indexes: list[tuple[object, int, list[int], list[int]]] = []

    @property
    def dateline(self) -> tuple[datetime.date, int] | None:
        """The article's dateline and its offset, if it has one."""
        if self._dateline is False:
            self._dateline = find_dateline(self.norm.lower)
        return self._dateline  # type: ignore[return-value]

    def dateline_for(self, position: int) -> datetime.date | None:
        """The dateline that dates what stands at ``position``: of the datelines near the
        top, the last one before it (a page's date of today, then the article's own under
        its headline), else the article's first dateline."""
        datelines = self.memo("datelines", self._top_datelines)
        before = [day for day, offset in datelines if offset < position]
        if before:
            return before[-1]
        return datelines[0][0] if datelines else None

    def _top_datelines(self) -> list[tuple[datetime.date, int]]:
        """The article's first dateline and those after it within ``_TOP_REACH``."""
        found = self.dateline
        lower = self.norm.lower
        datelines = []
        while found is not None:
            datelines.append(found)
            line_end = lower.find("\n", found[1])
            if line_end < 0 or line_end >= _TOP_REACH:
                break
            found = find_dateline(lower[line_end:_TOP_REACH])
            found = (found[0], found[1] + line_end) if found is not None else None
        return datelines

    def dated_leads(self) -> list[tuple[int, int]]:
        """The full dates that open a sentence, as ``(position, year)`` (computed once): the
        anchors that date what an article without a dateline reports."""
        return self.memo("dated_leads", lambda: find_dated_leads(self.norm.lower))

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a per-document result once (for example, the periods meetings reuse)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    def year_at(self, position: int, anchors: Iterable[tuple[int, int]] = ()) -> int | None:
        """The year that completes a partial date or period at ``position``.

        ``anchors`` are ``(position, year)`` pairs a finder knows of (periods or
        meetings that state their year); the nearest one before ``position`` counts.
        """
        if self.reference_date is not None:
            return self.reference_date.year
        dateline = self.dateline_for(position)
        if dateline is not None:
            return dateline.year
        positions, years = self._sorted_anchors(anchors)
        index = bisect.bisect_right(positions, position) - 1
        return years[index] if index >= 0 else None

    def _sorted_anchors(self, anchors: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
        """Anchors by position (the first one given wins a tie), cached for a list or tuple.

        Finders call :meth:`year_at` once per candidate with the same anchor list; sorting
        it once keeps a document with many anchors and many yearless mentions linear.
        """
        listed = anchors if isinstance(anchors, (list, tuple)) else None
        if listed is not None:
            for cached in self._anchor_indexes:
                if cached[0] is listed and cached[1] == len(listed):
                    return cached[2], cached[3]
        first: dict[int, int] = {}
        for anchor_position, year in anchors:
            first.setdefault(anchor_position, year)
        positions = sorted(first)
        years = [first[anchor_position] for anchor_position in positions]
        if listed is not None:
            # (a finder may keep two lists: all anchors and a narrower kind of them)
            self._anchor_indexes = [
                (listed, len(listed), positions, years),
                *self._anchor_indexes[: _ANCHOR_LISTS - 1],
            ]
        return positions, years

    def reference_date_for(self, position: int) -> datetime.date | None:
        """The full date a relative lead ("Sáng nay (1/7)", "hôm nay") refers to."""
        if self.reference_date is not None:
            return self.reference_date
        return self.dateline_for(position)


def to_mentions(norm: NormalizedText, hits: Iterable[Hit[T]]) -> list[Mention[T]]:
    """Map hits to mentions in the caller's coordinates, sorted by start."""
    mentions = []
    for hit in sorted(hits, key=lambda hit: (hit.start, hit.end)):
        span = norm.span(hit.start, hit.end)
        mentions.append(Mention(hit.value, span, norm.source[span.start : span.end]))
    return mentions


def full_match(pattern: Pattern, text: str, expected: str) -> tuple[NormalizedText, Match]:
    """Match ``pattern`` against the whole of ``text`` (surrounding spaces allowed).

    Raises:
        ParseError: naming ``expected`` and the caller's offset where reading
            stopped (the furthest point the pattern could reach).
    """
    norm = NormalizedText(check_text(text, "s"))
    lower = norm.lower
    start = len(lower) - len(lower.lstrip())
    end = len(lower.rstrip())
    match = pattern.fullmatch(lower, start, end) if start < end else None
    if match is None:
        position = start
        if start < end:
            prefix = pattern.match(lower, start, end)
            if prefix is not None:
                position = prefix.end()
            elif regex_twin(pattern).match(lower, start, end, partial=True) is not None:
                position = end
        raise ParseError(expected, norm.source_start(position), text)
    return norm, match
