"""Put markup around mentions in their text: :func:`annotate`.

Mentions carry exact offsets into the caller's string, so annotation is plain
insertion at those offsets: no diffing, no re-searching of the text.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import Any

from .citations import Citation
from .document import KINDS, Extraction
from .meetings import Meeting
from .periods import Period
from .spans import Mention
from .titles import Official, Title

__all__ = ["Markup", "annotate", "css_class", "html_markup"]

#: A function giving the opening and closing markup of one mention.
Markup = Callable[[Mention[Any]], tuple[str, str]]

_CLASSES: tuple[tuple[type, str], ...] = (
    (Period, "vpd-period"),
    (Citation, "vpd-citation"),
    (Official, "vpd-official"),
    (Title, "vpd-title"),
    (Meeting, "vpd-meeting"),
)


def css_class(value: object) -> str:
    """The CSS class :func:`vn_party_docs.annotate` gives a value: ``vpd-`` and its kind.

    ``vpd-period``, ``vpd-citation``, ``vpd-official``, ``vpd-title`` and
    ``vpd-meeting``; any other type gives ``vpd-`` and its lower-case class name.

    Example:
        >>> from vn_party_docs import Period
        >>> from vn_party_docs.annotate import css_class
        >>> css_class(Period.year(2019))
        'vpd-period'
    """
    for value_type, name in _CLASSES:
        if isinstance(value, value_type):
            return name
    return "vpd-" + type(value).__name__.lower()


def html_markup(mention: Mention[Any]) -> tuple[str, str]:
    """The default markup: a ``<span>`` with the kind's class and the canonical value.

    ``data-value`` holds ``str(mention.value)``, escaped for an attribute.

    Example:
        >>> from vn_party_docs import find_periods
        >>> from vn_party_docs.annotate import html_markup
        >>> html_markup(find_periods("quý 3/2021")[0])
        ('<span class="vpd-period" data-value="quý III năm 2021">', '</span>')
    """
    value = html.escape(str(mention.value), quote=True)
    return f'<span class="{css_class(mention.value)}" data-value="{value}">', "</span>"


def _events(
    mentions: list[Mention[Any]],
) -> tuple[dict[int, list[int]], dict[int, list[int]], list[int]]:
    """Index mentions by start and end offset; return (starts, ends, sorted positions)."""
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for index, mention in enumerate(mentions):
        starts.setdefault(mention.span.start, []).append(index)
        ends.setdefault(mention.span.end, []).append(index)
    return starts, ends, sorted(set(starts) | set(ends))


def annotate(
    text: str,
    mentions: Iterable[Mention[Any]] | Extraction,
    *,
    markup: Markup | None = None,
    escape: bool = True,
) -> str:
    """Return ``text`` with markup around every mention, at its exact span.

    Args:
        text: The string the mentions were found in (their spans index it).
        mentions: Mentions of any kinds, in any order, or a whole
            :class:`~vn_party_docs.Extraction`.
        markup: A function giving ``(opening, closing)`` strings for a mention;
            the default, :func:`vn_party_docs.html_markup`, gives
            ``<span class="vpd-period" data-value="quý III năm 2021">`` …
            ``</span>`` (classes ``vpd-period``, ``vpd-citation``,
            ``vpd-official``, ``vpd-meeting``). The strings are inserted as they
            are: a custom function escapes its own attribute values.
        escape: Escape the text (not the markup) with ``html.escape``, both
            between and inside mentions. Pass ``False`` for non-HTML markup.

    Returns:
        The annotated text. Removing the markup gives back ``html.escape(text)``
        (or ``text`` when ``escape=False``).

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValueError: A mention's span is outside ``text`` or its ``text`` differs
            from ``text[span.start:span.end]`` (it was found in another string).

    Mentions nest: one that lies inside another is wrapped inside it (at equal
    spans, the one given first is outside). When two mentions cross, the one that
    starts later is split where the other ends; each piece gets the full markup of
    its mention, so the output is always well nested.

    Example:
        >>> from vn_party_docs import annotate, extract
        >>> text = "Quý III năm 2021 & Quy định số 137-QĐ/TW."
        >>> print(annotate(text, extract(text)))  # doctest: +NORMALIZE_WHITESPACE
        <span class="vpd-period" data-value="quý III năm 2021">Quý III năm 2021</span> &amp;
        <span class="vpd-citation" data-value="Quy định số 137-QĐ/TW">Quy định số
        137-QĐ/TW</span>.
        >>> brackets = lambda m: ("[", f"|{m.value.code}]")
        >>> annotate("Sơ kết quý 3/2021.", extract("Sơ kết quý 3/2021.").periods,
        ...          markup=brackets, escape=False)
        'Sơ kết [quý 3/2021|2021-Q3].'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if isinstance(mentions, Extraction):
        items: list[Mention[Any]] = [m for kind in KINDS for m in getattr(mentions, kind)]
    else:
        items = list(mentions)
    wrap = html_markup if markup is None else markup
    for mention in items:
        start, end = mention.span.start, mention.span.end
        if end > len(text):
            raise ValueError(f"{mention!r} ends at {end}, after the end of the text ({len(text)})")
        if len(mention.text) != end - start or not text.startswith(mention.text, start):
            raise ValueError(f"{mention!r} does not match the text at its span")
    tags = [wrap(mention) for mention in items]
    starts, ends, positions = _events(items)
    quote: Callable[[str], str] = html.escape if escape else str
    out: list[str] = []
    stack: list[int] = []  # indices of the open mentions, outermost first
    depth_of: dict[int, int] = {}  # index of an open mention -> its place in the stack
    previous = 0
    for position in positions:
        out.append(quote(text[previous:position]))
        previous = position
        closing = {index for index in ends.get(position, ()) if items[index].span.start < position}
        if closing:
            # Close down to the outermost mention ending here; reopen the ones that go on.
            # (Nested mentions close at the top of the stack: constant work per mention.)
            depth = min(depth_of[index] for index in closing)
            reopen = [index for index in stack[depth:] if index not in closing]
            for index in reversed(stack[depth:]):
                out.append(tags[index][1])
                del depth_of[index]
            del stack[depth:]
            for index in reopen:
                out.append(tags[index][0])
                depth_of[index] = len(stack)
                stack.append(index)
        opening = starts.get(position, [])
        for index in opening:
            if len(items[index].span) == 0:
                out.append(tags[index][0] + tags[index][1])
        # Longer mentions open first so that shorter ones nest inside them.
        for index in sorted(
            (index for index in opening if len(items[index].span)),
            key=lambda index: -items[index].span.end,
        ):
            out.append(tags[index][0])
            depth_of[index] = len(stack)
            stack.append(index)
    out.append(quote(text[previous:]))
    return "".join(out)
