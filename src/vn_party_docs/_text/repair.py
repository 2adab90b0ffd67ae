"""Text whose diacritics are scrambled or missing, read through a repaired copy.

Some sites publish text whose tone marks are scrambled ("Kết lụân số 121-KL/TW củà Bạn
Chấp hành Trũng ương", "KẾT LỦẬN … CỦÀ BỘ CHÍNH TRỊ"), and some text is typed without
diacritics at all ("Quy dinh so 137-QD/TW ngay 1-12-2023 cua Ban Bi thu"). Letters and
their order survive; only the marks move or go. A grammar reads such a document through a
:class:`Repaired` copy of the same length: wherever the folded text (no diacritics,
:attr:`NormalizedText.folded`) spells a phrase of the grammar's vocabulary, the grammar
puts the canonical spelling back (:meth:`Repair.put`), case kept. Offsets are unchanged,
so what is found in the copy is found in the text.

A document is taken as scrambled when a toned vowel stands before another toned vowel
("ngàỷ") or before a vowel with a hat or horn ("lụân"), which no Vietnamese syllable
allows (the tone sits on that vowel: "luận", "người"), and as typed without diacritics
when it has letters and not one of them carries a diacritic: one search over the text each.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from .grammar import Pattern, compile_pattern, lazy_pattern, lazy_regex
from .normalize import fold

__all__ = ["Repair", "Repaired", "damage", "unique_folds"]


@lazy_pattern
def _scrambled() -> Pattern:
    """A toned vowel before a toned one, or before a vowel with a hat or horn (the tone of
    such a syllable sits on that vowel: "luận", not "lụân")."""
    toned = "".join(
        char
        for char in (chr(code) for code in range(0xC0, 0x1F00))
        if char.islower()
        and unicodedata.normalize("NFD", char)[0] in "aeiouy"
        and any(
            mark in unicodedata.normalize("NFD", char) for mark in "\u0300\u0301\u0303\u0309\u0323"
        )
    )
    return compile_pattern(f"[{toned}][{toned}âăêôơư]")  # (no look-ahead: only found or not)


@lazy_pattern
def _marked_letter() -> Pattern:
    """A letter with a diacritic: a Vietnamese text has them in nearly every sentence."""
    marked = "".join(
        char
        for char in (chr(code) for code in range(0xC0, 0x1F00))
        if char.islower() and not char.isascii()
    )
    return compile_pattern(f"[{marked}]")


_ascii_letter = lazy_regex(r"[a-z]")


def damage(lower: str) -> str | None:
    """How the diacritics of a text are damaged: ``"scrambled"``, ``"missing"`` or ``None``.

    Example:
        >>> damage("kết lụân số 121"), damage("nghi quyet so 18"), damage("nghị quyết 18")
        ('scrambled', 'missing', None)
    """
    if _scrambled().search(lower) is not None:
        return "scrambled"
    if _marked_letter().search(lower) is None and _ascii_letter().search(lower) is not None:
        return "missing"
    return None


def unique_folds(phrases: Iterable[str]) -> dict[str, str]:
    """Folded phrase → its spelling, for the phrases no other phrase folds to.

    Example:
        >>> unique_folds(["quý", "quy", "tháng"])
        {'thang': 'tháng'}
    """
    by_fold: dict[str, set[str]] = {}
    for phrase in phrases:
        by_fold.setdefault(fold(phrase), set()).add(phrase)
    return {key: next(iter(found)) for key, found in by_fold.items() if len(found) == 1}


class Repaired:
    """A copy of a document's views with the vocabulary's marks put back (same length)."""

    __slots__ = ("lower", "text")

    def __init__(self, text: str, lower: str) -> None:
        self.text = text
        self.lower = lower


_word = lazy_regex(r"[^\s]+")


class Repair:
    """The edits that repair one document: canonical words put back where they are spelled.

    Example:
        >>> repair = Repair("Nghi quyet so 18", "nghi quyet so 18")
        >>> repair.put(0, 10, "nghị quyết")
        >>> repair.put(11, 13, "số")
        >>> repair.repaired().text
        'Nghị quyết số 18'
    """

    def __init__(self, text: str, lower: str) -> None:
        self._text = text
        self._lower = lower
        self._edits: list[tuple[int, str]] = []  # (start, word), each as long as the word

    def put(self, start: int, end: int, canonical: str) -> None:
        """Put ``canonical`` (lower case) where ``[start, end)`` spells it, word by word;
        nothing when it is spelled right already or its words are not as long."""
        lower = self._lower
        if lower.startswith(canonical, start) and start + len(canonical) == end:
            return  # already spelled right
        words = canonical.split()
        spans = [found.span() for found in _word().finditer(lower, start, end)]
        if len(spans) != len(words):
            return
        if any(b - a != len(word) for (a, b), word in zip(spans, words, strict=True)):
            return
        self._edits.extend((a, word) for (a, _), word in zip(spans, words, strict=True))

    def repaired(self) -> Repaired:
        """The repaired copy (the edits are put in text order; they never overlap)."""
        text, lower = self._text, self._lower
        text_parts: list[str] = []
        lower_parts: list[str] = []
        last = 0
        for start, word in sorted(self._edits):
            end = start + len(word)
            if start < last:
                continue
            text_parts += [text[last:start], _with_case(word, text[start:end])]
            lower_parts += [lower[last:start], word]
            last = end
        return Repaired("".join([*text_parts, text[last:]]), "".join([*lower_parts, lower[last:]]))


def _with_case(word: str, written: str) -> str:
    """``word`` (lower case) with the capitals of ``written`` (as long)."""
    if written.islower():
        return word
    if written.isupper():
        return word.upper()
    return "".join(c.upper() if w.isupper() else c for c, w in zip(word, written, strict=True))
