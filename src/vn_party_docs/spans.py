"""Where a value was found: :class:`Span` and :class:`Mention`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs

__all__ = ["Mention", "Span"]

T = TypeVar("T")


def _non_negative(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _field(owner: str, data: object, name: str, kind: type) -> Any:
    """One field of a dict given to ``from_dict``: present and of ``kind`` (a bool is not
    an int), else ``ValueError`` naming it. (``spans`` imports nothing from the package,
    so it does not use :mod:`vn_party_docs._fields`; the rules are the same.)"""
    if not isinstance(data, Mapping):
        raise TypeError(f"{owner}.from_dict needs a dict, not {type(data).__name__}")
    if name not in data:
        raise ValueError(f"{owner}.from_dict: field {name!r} is missing")
    value = data[name]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ValueError(
            f"{owner}.from_dict: field {name!r} must be {'an' if kind is int else 'a'} "
            f"{kind.__name__}, not {type(value).__name__}"
        )
    return value


@attrs.frozen
class Span:
    """A half-open range ``[start, end)`` of offsets into the caller's string.

    Offsets count Python ``str`` characters (code points) of the string you passed
    in, never of a normalised copy, so ``text[span.start:span.end]`` is the raw text.

    Attributes:
        start (int): The offset of the first character of the range (0 or more).
        end (int): The offset just after its last character (``start`` or more);
            ``len(span)`` is ``end - start``.

    Example:
        >>> from vn_party_docs import Span
        >>> text = "Hội nghị quý III năm 2021"
        >>> span = Span(9, 25)
        >>> text[span.start:span.end]
        'quý III năm 2021'
        >>> len(span)
        16
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Tell whether two spans share at least one character.

        Example:
            >>> from vn_party_docs import Span
            >>> Span(0, 5).overlaps(Span(4, 9)), Span(0, 5).overlaps(Span(5, 9))
            (True, False)
        """
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, int]:
        """Return ``{"start": ..., "end": ...}``.

        Example:
            >>> from vn_party_docs import Span
            >>> Span(3, 7).to_dict()
            {'start': 3, 'end': 7}
        """
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """Rebuild a span from :meth:`to_dict` output.

        Raises:
            TypeError: ``data`` is not a dict.
            ValueError: a field is missing or not an ``int`` (``"3"`` is refused), or
                the span is impossible (negative, end before start).

        Example:
            >>> from vn_party_docs import Span
            >>> Span.from_dict({"start": 3, "end": 7})
            Span(start=3, end=7)
        """
        start = _field("Span", data, "start", int)
        end = _field("Span", data, "end", int)
        try:
            return cls(start, end)
        except ValueError as error:
            raise ValueError(f"Span.from_dict: {error}") from None


@attrs.frozen(repr=False)
class Mention(Generic[T]):
    """A value found in a text, with its exact place and raw text.

    ``text`` is always ``source[span.start:span.end]`` of the string the caller
    passed in; the canonical form of the value is ``str(mention.value)``.

    Attributes:
        value: The value read there: a :class:`~vn_party_docs.Period`,
            :class:`~vn_party_docs.Citation`, :class:`~vn_party_docs.Official` or
            :class:`~vn_party_docs.Meeting` (a :class:`~vn_party_docs.Title` for
            mentions you build yourself). Parts of it may come from elsewhere in the
            text: the year of "quý III", the shared issuer of a list of citations.
        span (Span): Where the mention lies in the string passed to the finder.
        text (str): The raw text at ``span``, exactly as written there (old tone
            marks, NFD, abbreviations and line breaks kept).

    Example:
        >>> from vn_party_docs import find_periods
        >>> [mention] = find_periods("Kế hoạch quý III năm 2021.")
        >>> mention
        Mention(Period.quarter(2021, 3) @[9,25) 'quý III năm 2021')
        >>> mention.span, mention.text
        (Span(start=9, end=25), 'quý III năm 2021')
    """

    value: T
    span: Span
    text: str

    def __repr__(self) -> str:
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        value = getattr(self.value, "short_repr", None)
        value_repr = value() if callable(value) else repr(self.value)
        return f"Mention({value_repr} @[{self.span.start},{self.span.end}) {shown!r})"

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict: the value's ``to_dict()``, the span and the raw text.

        Example:
            >>> from vn_party_docs import find_periods
            >>> find_periods("quý III năm 2021")[0].to_dict()["span"]
            {'start': 0, 'end': 16}
        """
        value_to_dict = getattr(self.value, "to_dict", None)
        value = value_to_dict() if callable(value_to_dict) else self.value
        return {"value": value, "span": self.span.to_dict(), "text": self.text}

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], read_value: Callable[[Any], T] | None = None
    ) -> Mention[T]:
        """Rebuild a mention from :meth:`to_dict` output.

        Args:
            data: The dict.
            read_value: Rebuilds the value from its dict, such as ``Period.from_dict``;
                without it the value is kept as it is in ``data``.

        Raises:
            TypeError: ``data`` is not a dict.
            ValueError: a field is missing or malformed (named in the message), or
                ``text`` is not as long as the span.

        Example:
            >>> from vn_party_docs import Mention, Period, find_periods
            >>> [mention] = find_periods("Kế hoạch quý III năm 2021.")
            >>> Mention.from_dict(mention.to_dict(), Period.from_dict) == mention
            True
        """
        text = _field("Mention", data, "text", str)
        _field("Mention", data, "span", Mapping)
        try:
            span = Span.from_dict(data["span"])
        except (TypeError, ValueError) as error:
            raise ValueError(f"Mention.from_dict: field 'span' is not valid: {error}") from None
        if len(span) != len(text):
            raise ValueError(
                f"Mention.from_dict: text {text!r} is not as long as its span {span.to_dict()}"
            )
        if "value" not in data:
            raise ValueError("Mention.from_dict: field 'value' is missing")
        value = data["value"]
        if read_value is not None:
            try:
                value = read_value(value)
            except (TypeError, ValueError) as error:
                raise ValueError(
                    f"Mention.from_dict: field 'value' is not valid: {error}"
                ) from None
        return cls(value, span, text)
