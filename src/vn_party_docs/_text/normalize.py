"""Normalisation of Vietnamese text with an exact map back to the caller's offsets.

:class:`NormalizedText` turns the caller's string into three index-aligned views:

* ``text``: NFC, news-style tone marks (``hoá`` → ``hóa``, ``uỷ`` → ``ủy``) and the
  modern "y" in ``quí`` before a quarter's number and in ``kì`` (``quý``, ``kỳ``: "quí
  II", "nhiệm kì"; the given name "Quí" stays as written), every
  space-like character (NBSP, tabs) as a plain space, every line break (``\\r\\n``, a
  lone ``\\r`` of old Mac text, the vertical tab, the form feed, U+2028/U+2029) as one
  ``\\n``, zero-width characters and soft hyphens removed, the look-alike ``Ð``
  (U+00D0) read as ``Đ``, a run of more than :data:`MAX_MARKS` combining marks on one
  letter cut to its first :data:`MAX_MARKS` (the rest dropped);
* ``lower``: ``text`` in lower case, one character for one character;
* ``folded``: ``lower`` without diacritics and with ``đ`` → ``d``; a letter that does not
  decompose into a base and marks ("ł", "ø") is transliterated by ``unidecode`` where
  that gives one letter.

Because the three views have the same length, a match found in one is a match in
the others.  Only NFC composition (with the cut of over-long runs of marks),
``\\r\\n`` → ``\\n`` and the removal of zero-width characters change lengths; those
places are recorded while normalising (no diffing), so :meth:`NormalizedText.span` maps
any normalised range back to the exact range of the caller's string.  A normalised
character never maps into the middle of a source character cluster.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ..spans import Span
from .grammar import (
    Match,
    Pattern,
    lazy_regex,
    scan_led,
    shared_breaks,
    shared_starts,
    word_breaks,
    word_starts,
)

if TYPE_CHECKING:
    import regex

__all__ = ["NormalizedText", "fold", "normalize"]

# Characters rewritten one-for-one: spaces, the look-alike Đ, dashes stay as they are.
_ONE_FOR_ONE = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\t": " ",
        # Line breaks: a lone "\r" (old Mac text; a "\r\n" pair is one "\n", see
        # _irregular), the vertical tab (a line break inside a paragraph in word-processor
        # exports), the form feed (a page break) and the Unicode separators.
        "\r": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u00d0": "\u0110",  # Ð (Icelandic eth) typed for Đ
        "\u00f0": "\u0111",
    }
)

# A character to drop; "\r\n" (one line break, so that a line ending never counts as an
# extra space); a character NFC always replaces (U+212B ANGSTROM SIGN) or a base character,
# each with the marks (at most MAX_MARKS kept, the rest of the run dropped with them) and
# "maybe" characters (Hangul vowel and final jamo) that may compose with it, zero-width
# characters between them included (they are dropped and the rest composed).  NFC of
# each cluster, concatenated, is the NFC of the whole text.
_ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_JOINING = r"[\p{M}\p{NFC_QC=Maybe}]"

#: Combining marks (and other joining characters) kept on one base character; the rest of
#: a longer run is dropped. No real letter carries more than two marks (Vietnamese ``ệ``:
#: a circumflex and a dot below); 30 is the limit of Unicode's Stream-Safe Text Format
#: (UAX #15). NFC reorders marks by a quadratic sort, so an unbounded run of marks of
#: alternating classes would make normalising quadratic; a bounded run keeps it linear.
MAX_MARKS = 30


@cache
def _irregular() -> regex.Pattern[str]:
    import regex  # imported on first use (``\\p{..}``): keeps ``import vn_party_docs`` cheap

    joining = rf"(?:[{_ZW}]{{0,4}}{_JOINING})"
    return regex.compile(
        rf"\r\n"
        rf"|(?P<cluster>(?:\p{{NFC_QC=No}}|[^\p{{M}}\p{{NFC_QC=Maybe}}{_ZW}])?{joining}{{1,{MAX_MARKS}}})"
        rf"{joining}*"
        rf"|\p{{NFC_QC=No}}"
        rf"|[{_ZW}]"
    )


@cache
def _joining_char() -> regex.Pattern[str]:
    import regex  # imported on first use (``\\p{..}``): keeps ``import vn_party_docs`` cheap

    return regex.compile(_JOINING)


def _cap_marks(cluster: str) -> str:
    """A normalised cluster cut to its base and MAX_MARKS marks (NFC may decompose a
    mark into two, such as U+0344; cutting marks off the end keeps the text NFC)."""
    base = 0 if _joining_char().match(cluster) else 1
    return cluster[: base + MAX_MARKS]


_DROPPED = frozenset(_ZW)
_DROPPED_SEARCH = re.compile(f"[{_ZW}]")


#: Old-style tone marks ("hoá", "uỷ", "khoẻ"): a toned "a" or "e" after "o", a toned "y"
#: after "u", not after "q" ("quý" keeps its mark), not before an ASCII letter ("hoàn");
#: :func:`_news_tone_marks` checks that no other letter or mark follows. One pattern per
#: first vowel and case: each opens with its letter, which the search skips ahead by
#: (:func:`scan_led`).
_OLD_TONES = tuple(
    re.compile(rf"{first}(?<![qQ]{first})[{toned}](?![a-zA-Z])")
    for first, toned in (
        ("o", "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ"),
        ("O", "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ"),
        ("u", "ỳýỷỹỵỲÝỶỸỴ"),
        ("U", "ỳýỷỹỵỲÝỶỸỴ"),
    )
)


@cache
def _letter_or_mark() -> regex.Pattern[str]:
    import regex  # imported on first use (``\\p{..}``): keeps ``import vn_party_docs`` cheap

    return regex.compile(r"[\p{L}\p{M}]")


@cache
def _move_tone(pair: str) -> str:
    """The tone mark of an old-style pair ("oá") moved onto its first vowel ("óa")."""
    first, second = pair[0], pair[1]
    decomposed = unicodedata.normalize("NFD", second)
    base, tone = decomposed[0], decomposed[1:]
    return unicodedata.normalize("NFC", first + tone) + base


@cache
def _fold_char(char: str) -> str:
    """One character lower-cased without diacritics (``đ`` → ``d``), always one character."""
    if char in "đĐ":
        return "d"
    lowered = char.lower()
    if len(lowered) != 1:
        # "İ".lower() is two characters: fold the base letter instead ("İ" → "i").
        lowered = unicodedata.normalize("NFD", char)[0].lower()
        if len(lowered) != 1:
            lowered = char
    base = unicodedata.normalize("NFD", lowered)[0]
    folded = base if base.isascii() or not unicodedata.combining(base) else lowered
    if folded.isascii() or not folded.isalpha():
        return folded
    # A letter with no decomposition ("ł", "ø", "ı"): unidecode's transliteration, where it
    # is one letter (offsets stay exact); "ß" (to "ss") and "æ" (to "ae") stay as they are.
    from unidecode import unidecode  # imported on first use: most text never needs it

    ascii_letter = unidecode(folded).lower()
    return ascii_letter if len(ascii_letter) == 1 and ascii_letter.isalpha() else folded


class _FoldTable(dict[int, str]):
    """A lazy ``str.translate`` table: each character folded once, then cached."""

    def __init__(self, lower: bool) -> None:
        super().__init__()
        self._lower = lower

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if self._lower:
            lowered = char.lower()
            value = lowered if len(lowered) == 1 else char
        else:
            value = _fold_char(char)
        self[code] = value
        return value


_LOWER_TABLE = _FoldTable(lower=True)
_FOLD_TABLE = _FoldTable(lower=False)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics, one character for one.

    Example:
        >>> fold("Ủy viên Bộ Chính trị")
        'uy vien bo chinh tri'
    """
    return text.translate(_FOLD_TABLE)


#: A tone mark misplaced on the "u" of "quý" ("qúy 1 năm 2014"): one pattern per case.
_MISPLACED_QUY = tuple(re.compile(rf"{q}[úùủũụÚÙỦŨỤ][yY](?![a-zA-Z])") for q in "qQ")


@cache
def _move_tone_on(pair: str) -> str:
    """The tone mark of a misplaced pair ("úy") moved onto its second vowel ("uý")."""
    decomposed = unicodedata.normalize("NFD", pair[0])
    return decomposed[0] + unicodedata.normalize("NFC", pair[1] + decomposed[1:])


def _news_tone_marks(text: str) -> str:
    """``text`` with its old-style tone marks moved (``hoá`` → ``hóa``, ``uỷ`` → ``ủy``)
    and a mark misplaced on the "u" of "quý" ("qúy") moved onto the "y"."""
    moves = [(found.end(), _move_tone) for found in scan_led(_OLD_TONES, text)]
    if "q" in text or "Q" in text:
        moves += [(found.end(), _move_tone_on) for found in scan_led(_MISPLACED_QUY, text)]
        moves.sort(key=lambda move: move[0])
    parts: list[str] = []
    last = 0
    for end, move in moves:
        if _letter_or_mark().match(text, end) is None:
            parts += (text[last : end - 2], move(text[end - 2 : end]))
            last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


#: The old spellings with "i" of two words the grammars read, "quí" (quarter) and "kì"
#: ("nhiệm kì", "kì họp"), in the modern "y" spelling, one letter for one.
_I_SPELLINGS = {
    spelled: spelled.translate(str.maketrans("íÍìÌ", "ýÝỳỲ"))
    for spelled in ("quí", "Quí", "QUÍ", "kì", "Kì", "KÌ")
}
#: (Each spelling checks the character before it once it is read: a look-behind before the
#: words would make the search try every position instead of skipping ahead by "q" and "k".
#: "quí" counts only before a quarter's number: "Quí" is also a given name, "Phạm Quí Tiên",
#: which stays as written.)
_I_SPELLING = re.compile(
    "(?:"
    + "|".join(
        rf"{spelled}(?<!\w{spelled})"
        + (r"(?=[ ]{1,3}(?:[ivxIVX]{1,4}(?![^\W\d_])|\d))" if spelled[0] in "qQ" else "")
        for spelled in _I_SPELLINGS
    )
    + r")(?!\w)"
)


#: The two old spellings in lower case, each searched for on its own (a search skips ahead
#: by one literal faster than ``in`` finds a word of two characters or more).
_qui, _ki = lazy_regex("quí"), lazy_regex("kì")


def _modern_y(text: str, lower: str) -> tuple[str, str]:
    """``text`` and its lower case with :data:`_I_SPELLINGS` in the "y" spelling (the
    lower case is looked at first: two searches instead of one per case)."""
    if _qui().search(lower) is None and _ki().search(lower) is None:
        return text, lower

    def modern(match: re.Match[str]) -> str:
        return _I_SPELLINGS[match.group()]

    return _I_SPELLING.sub(modern, text), _I_SPELLING.sub(modern, lower)


def _one_for_one(text: str) -> str:
    """``text`` with the characters of :data:`_ONE_FOR_ONE` rewritten: one ``str.replace``
    per character the text has (no replacement is itself rewritten, so the order does not
    matter), which is faster than one search for all of them."""
    for code, replacement in _ONE_FOR_ONE.items():
        char = chr(code)
        if char in text:
            text = text.replace(char, str(replacement))
    return text


#: ``str.lower`` reserves three UCS-4 code points per character of a non-ASCII string
#: (12 bytes a character): text is lowered in slices of 1,024 characters, so that the
#: scratch space stays at 12 kB, below a real article's own size (the calls per slice
#: are few enough that the lowering costs hardly more than one call).
_LOWER_SLICE = 1024


def _sliced_lower(text: str) -> str:
    """``text.lower()`` computed slice by slice (same result).

    The one character whose lower case depends on its neighbours is the Greek capital
    sigma (final ``ς`` or ``σ``); a text that has one is lowered whole.
    """
    if "\u03a3" in text:
        return text.lower()
    return "".join(
        [text[start : start + _LOWER_SLICE].lower() for start in range(0, len(text), _LOWER_SLICE)]
    )


def _breaks_inside_sentences(text: str, wrapped: bool) -> Iterator[int]:
    """The line breaks of ``text`` after a word, a figure, a comma, a parenthesis or a dash
    and before a lower-case word (before any word when the text is ``wrapped``), up to
    three spaces around them, in text order."""
    candidates = _any_break if wrapped else _break_before_lower
    for found in candidates.finditer(text):
        position = found.start()
        before = text[max(0, position - 4) : position].rstrip(" ")
        if before and (before[-1].isalnum() or before[-1] in ",(-_"):
            yield position


#: A line break before a lower-case letter, or before any word (up to three spaces).
_break_before_lower = re.compile(
    r"\n[ ]{0,3}(?=[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])"
)
_any_break = re.compile(r"\n[ ]{0,3}(?=\w)")


#: A line that a page or a document breaks at its width: long, and ending no sentence.
_WRAP_WIDTH = 55
_SENTENCE_END = tuple(".!?:;…\"”’')]")
#: How many lines broken at the width make a text hard-wrapped, which share of its long
#: lines they must be, and which share of them must be no longer than ``_WRAP_LIMIT`` (a
#: page's headlines and captions also end no sentence, but are not of one width).
_WRAPPED_LINES = 6
_WRAPPED_SHARE = 0.7
_WRAP_LIMIT = 100
_WITHIN_LIMIT = 0.8


def _join_wrapped_lines(text: str) -> str:
    """``text`` with the line breaks inside its sentences read as spaces, one for one: a
    break before a lower-case word ("Sáng ngày 09 tháng 4\\nnăm 2022"), and in a text
    broken at a fixed width (a document's text layer), a break after a long line that
    ends no sentence ("Bộ trưởng Bộ Tư pháp Lê Thành\\nLong").

    Example:
        >>> _join_wrapped_lines("Sáng ngày 9 tháng 4\\nnăm 2022, Tỉnh ủy họp.\\nHội nghị …")
        'Sáng ngày 9 tháng 4 năm 2022, Tỉnh ủy họp.\\nHội nghị …'
    """
    wrapped = _is_hard_wrapped(text)
    parts: list[str] = []
    last = 0
    for position in _breaks_inside_sentences(text, wrapped):
        after = text[position + 1 : position + 5].lstrip(" ")
        if not after[:1].islower() and not _ends_wrapped_line(text, position):
            continue
        parts += (text[last:position], " ")
        last = position + 1
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


#: A line of at least ``_WRAP_WIDTH`` characters.
_long_line = re.compile(rf"(?m)^[^\n]{{{_WRAP_WIDTH},}}")


def _ends_wrapped_line(text: str, position: int) -> bool:
    """Whether the line that ends at ``position`` is broken at a fixed width (not a heading
    in capitals, which is a line of its own)."""
    start = text.rfind("\n", 0, position) + 1
    line = text[start:position].rstrip(" ")
    return len(line) >= _WRAP_WIDTH and not line.endswith(_SENTENCE_END) and not line.isupper()


def _is_hard_wrapped(text: str) -> bool:
    """Whether most long lines of ``text`` end no sentence and are of about one width: a
    text broken at a width (one with fewer lines than one per ``_WRAP_LIMIT`` characters
    is not, and is not read further)."""
    if text.count("\n") * _WRAP_LIMIT < len(text):
        return False
    long_lines = [line.group().rstrip(" ") for line in _long_line.finditer(text)]
    broken = [len(line) for line in long_lines if not line.endswith(_SENTENCE_END)]
    within = sum(length <= _WRAP_LIMIT for length in broken)
    return (
        len(broken) >= _WRAPPED_LINES
        and len(broken) >= _WRAPPED_SHARE * len(long_lines)
        and within >= _WITHIN_LIMIT * len(broken)
    )


def _lower(text: str) -> str:
    lowered = _sliced_lower(text)
    # lower() never shortens a character, so equal lengths mean one for one.
    return lowered if len(lowered) == len(text) else text.translate(_LOWER_TABLE)


class NormalizedText:
    """The caller's string normalised once, with exact offset maps back to it.

    Example:
        >>> source = "Khoa\\u0301 XIII\\u00a0ngày 1-12-2023"   # NFD, old tone mark, NBSP
        >>> norm = NormalizedText(source)
        >>> norm.text
        'Khóa XIII ngày 1-12-2023'
        >>> norm.folded
        'khoa xiii ngay 1-12-2023'
        >>> span = norm.span(0, 9)
        >>> source[span.start:span.end] == "Khoa\\u0301 XIII"
        True
    """

    __slots__ = (
        "_folded",
        "_norm_starts",
        "_pieces",
        "_shared",
        "_shared_breaks",
        "_spaced",
        "_word_breaks",
        "lower",
        "source",
        "text",
    )

    def __init__(self, source: str) -> None:
        self.source = source
        # Pieces where the length changes: (norm_start, norm_end, src_start, src_end).
        pieces: list[tuple[int, int, int, int]] = []
        parts: list[str] = []
        last = 0
        norm_pos = 0
        irregular = (
            not unicodedata.is_normalized("NFC", source)
            or any(char in source for char in _ZW)  # (faster than one search for all)
            or "\r\n" in source
        )
        for match in _irregular().finditer(source) if irregular else ():
            start, end = match.span()
            piece = match.group()
            if piece in _DROPPED:
                replacement = ""
            elif piece == "\r\n":
                replacement = "\n"
            else:
                # A run of marks beyond MAX_MARKS (outside "cluster") is dropped.
                kept = match.group("cluster") or piece
                replacement = unicodedata.normalize("NFC", _DROPPED_SEARCH.sub("", kept))
                if len(replacement) > MAX_MARKS:
                    replacement = _cap_marks(replacement)
            if replacement == piece:
                continue
            parts.append(source[last:start])
            norm_pos += start - last
            parts.append(replacement)
            pieces.append((norm_pos, norm_pos + len(replacement), start, end))
            norm_pos += len(replacement)
            last = end
        if pieces:
            parts.append(source[last:])
            text = "".join(parts)
        else:
            text = source
        text = _join_wrapped_lines(_news_tone_marks(_one_for_one(text)))
        self.text, self.lower = _modern_y(text, _lower(text))
        self._folded: str | None = None
        self._word_breaks: list[int] | None = None
        self._shared = False
        self._spaced: dict[str, list[int]] | None = None
        self._shared_breaks: dict[str, list[int]] | None = None
        self._pieces = pieces
        self._norm_starts = [piece[0] for piece in pieces]

    def __len__(self) -> int:
        return len(self.text)

    def word_breaks(self) -> list[int]:
        """The :func:`~vn_party_docs._text.grammar.word_breaks` of :attr:`lower`, found on
        first use: every finder that scans the text for its anchors shares them.

        Example:
            >>> NormalizedText("Quý (III) năm").word_breaks()
            [0, 5]
        """
        if self._word_breaks is None:
            self._word_breaks = word_breaks(self.lower)
        return self._word_breaks

    def share_scans(self) -> None:
        """Let the finders that will all read this text share one scan of :attr:`lower` for
        their anchors (:meth:`spaced_starts`), as :func:`~vn_party_docs.extract` does."""
        self._shared = True

    def spaced_starts(self, anchor: Pattern) -> list[int] | None:
        """Where ``anchor`` may match after a space in :attr:`lower`, from the one scan
        for every shared anchor (:func:`~vn_party_docs._text.grammar.shared_starts`), made
        on first use; ``None`` before :meth:`share_scans` or for another anchor (the
        finder searches for it itself).

        Example:
            >>> norm = NormalizedText("Quý III năm 2021")
            >>> norm.spaced_starts(re.compile("năm")) is None
            True
        """
        if not self._shared:
            return None
        if self._spaced is None:
            self._spaced = shared_starts(self.lower)
        return self._spaced.get(anchor.pattern)

    def anchor_breaks(self, anchor: Pattern) -> list[int]:
        """The :meth:`word_breaks` where ``anchor`` may match: all of them, or once
        :meth:`share_scans` was called, those where one of its registered words may open
        (:func:`~vn_party_docs._text.grammar.shared_breaks`).

        Example:
            >>> from vn_party_docs.periods import _anchor  # the period anchor, registered
            >>> norm = NormalizedText("(Quý III) (tư) năm")
            >>> norm.anchor_breaks(_anchor())
            [0, 1, 11]
            >>> norm.share_scans()
            >>> norm.anchor_breaks(_anchor())
            [1]
        """
        spaced = self.spaced_starts(anchor)
        if spaced is None:
            return self.word_breaks()
        if self._shared_breaks is None:
            self._shared_breaks = shared_breaks(self.lower, self.word_breaks())
        return self._shared_breaks[anchor.pattern]

    def word_starts(self, anchor: Pattern) -> Iterator[Match]:
        """The matches of ``anchor`` that start a word of :attr:`lower` (see
        :func:`~vn_party_docs._text.grammar.word_starts`), with :meth:`anchor_breaks`
        and, once :meth:`share_scans` was called, the shared scan's places.

        Example:
            >>> norm = NormalizedText("Quý III, năm 2021")
            >>> [m.start() for m in norm.word_starts(re.compile("năm"))]
            [9]
        """
        return word_starts(
            anchor, self.lower, self.anchor_breaks(anchor), self.spaced_starts(anchor)
        )

    @property
    def folded(self) -> str:
        """``lower`` without diacritics and with ``đ`` → ``d`` (computed on first use)."""
        if self._folded is None:
            self._folded = self.lower.translate(_FOLD_TABLE)
        return self._folded

    def source_start(self, index: int) -> int:
        """Map a normalised start offset to the caller's string."""
        position = bisect.bisect_right(self._norm_starts, index) - 1
        if position < 0:
            return index
        _, norm_end, src_start, src_end = self._pieces[position]
        if index < norm_end:
            return src_start
        return index - norm_end + src_end

    def source_end(self, index: int) -> int:
        """Map a normalised (exclusive) end offset to the caller's string."""
        if index <= 0:
            return self.source_start(index)
        position = bisect.bisect_right(self._norm_starts, index - 1) - 1
        if position < 0:
            return index
        _, norm_end, _, src_end = self._pieces[position]
        if index - 1 < norm_end:
            return src_end
        return index - norm_end + src_end

    def span(self, start: int, end: int) -> Span:
        """Map the normalised range ``[start, end)`` to a :class:`Span` of the source."""
        if not self._pieces:  # no length changed: the offsets are the source's
            return Span(start, max(start, end))
        source_start = self.source_start(start)
        if end <= start:
            return Span(source_start, source_start)
        return Span(source_start, self.source_end(end))


def normalize(text: str) -> str:
    """Return the normalised form of ``text`` (see :class:`NormalizedText`).

    Example:
        >>> normalize("Tỉnh uỷ Thanh Hoá")
        'Tỉnh ủy Thanh Hóa'
    """
    return NormalizedText(text).text
