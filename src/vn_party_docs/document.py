"""Everything in one text: :class:`Extraction` and :func:`extract`."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from ._fields import Fields
from ._text.context import DocumentContext, Hit, to_mentions
from .spans import Mention

if TYPE_CHECKING:
    from .citations import Citation
    from .meetings import Meeting
    from .periods import Period
    from .titles import Official

__all__ = ["KINDS", "Extraction", "check_kinds", "extract"]

#: The kinds of mention :func:`~vn_party_docs.extract` finds, in the order of
#: :class:`~vn_party_docs.Extraction`'s fields.
KINDS: tuple[str, ...] = ("periods", "citations", "officials", "meetings")


#: The finder of each kind, filled by :func:`_finders` on the first call of :func:`extract`.
_FINDERS: dict[str, Callable[[DocumentContext], list[Hit[Any]]]] = {}


def _finders() -> dict[str, Callable[[DocumentContext], list[Hit[Any]]]]:
    """The finder of each kind: the four finder modules are imported on first use, so
    that ``from vn_party_docs import extract`` loads none of their grammar."""
    if not _FINDERS:
        from . import citations, meetings, officials, periods

        _FINDERS.update(
            periods=periods.hits,
            citations=citations.hits,
            officials=officials.hits,
            meetings=meetings.hits,
        )
    return _FINDERS


def _value_types() -> dict[str, Any]:
    """The value type of each kind (imported on first use, as in :func:`_finders`)."""
    from .citations import Citation
    from .meetings import Meeting
    from .periods import Period
    from .titles import Official

    return {"periods": Period, "citations": Citation, "officials": Official, "meetings": Meeting}


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
        """Rebuild an extraction from :meth:`to_dict` output (a missing kind is empty;
        other keys, such as the command line's ``"file"``, are ignored).

        Raises:
            TypeError: ``data`` is not a dict.
            ValueError: a kind is not a list, or one of its mentions is malformed; the
                message names it (``periods[2]: ...``).
        """
        fields = Fields(data, "Extraction")
        found = {kind: fields.nested_items(kind, _mention_reader(kind)) for kind in KINDS}
        return cls(**found)


def _mention_reader(kind: str) -> Callable[[Any], Mention[Any]]:
    """``Mention.from_dict`` with the value type of ``kind``."""
    read_value = _value_types()[kind].from_dict
    return lambda item: Mention.from_dict(item, read_value)


def check_kinds(kinds: object) -> tuple[str, ...]:
    """The ``kinds`` argument of :func:`~vn_party_docs.extract` checked.

    It must be a collection of names from :data:`~vn_party_docs.document.KINDS` (a
    bare ``str`` is refused: it would read as one name per letter).

    Raises:
        TypeError: ``kinds`` is a ``str``, ``bytes``, not iterable, or holds a non-``str``.
        ValueError: a name is not one of :data:`~vn_party_docs.document.KINDS`.

    Example:
        >>> from vn_party_docs.document import check_kinds
        >>> check_kinds(["periods"])
        ('periods',)
        >>> check_kinds("periods")
        Traceback (most recent call last):
        ...
        TypeError: kinds must be a collection of kind names such as ('periods',), not the str 'periods'
    """  # noqa: E501
    if isinstance(kinds, (str, bytes)):
        raise TypeError(
            f"kinds must be a collection of kind names such as ('periods',), "
            f"not the {type(kinds).__name__} {kinds!r}"
        )
    if not isinstance(kinds, Iterable):
        raise TypeError(f"kinds must be a collection of kind names, not {type(kinds).__name__}")
    selected = tuple(kinds)
    for kind in selected:
        if not isinstance(kind, str):
            raise TypeError(f"kinds must hold str names, not {type(kind).__name__} {kind!r}")
    unknown = set(selected) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; choose from {list(KINDS)}")
    return selected


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
        kinds: Limit the work to some of ``vn_party_docs.document.KINDS``, given as a
            collection (``("periods",)``); the others stay empty.

    Raises:
        TypeError: ``text`` is not a ``str``, ``reference_date`` not a date, or
            ``kinds`` a bare ``str`` (``kinds="periods"``) or not a collection of ``str``.
        ValueError: ``kinds`` names an unknown kind.

    Example:
        >>> from vn_party_docs import extract
        >>> result = extract("Quý III năm 2021 và quý IV năm 2021.")
        >>> [m.value.code for m in result.periods]
        ['2021-Q3', '2021-Q4']
    """
    context = DocumentContext(text, reference_date)
    selected = KINDS if kinds is None else check_kinds(kinds)
    finders = _finders()
    if len(selected) > 1:
        context.norm.share_scans()  # one scan for the anchors of every finder
    found = {kind: tuple(to_mentions(context.norm, finders[kind](context))) for kind in selected}
    return Extraction(**found)
