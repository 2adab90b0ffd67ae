"""Shared regex fragments and the one place patterns are compiled.

Every grammar of the package is written against :attr:`NormalizedText.lower`
(NFC, news-style tone marks, lower case) and compiled through
:func:`compile_pattern`, which records it so that the reliability tests can lint
every pattern for unbounded repetition.  Whitespace is always bounded.

Two engines, one syntax: a pattern that the standard library's :mod:`re` reads is
compiled with it (it scans the vocabulary alternations two to four times faster); so is
a pattern that names a group twice, with its repeated names numbered and its matches
answering for the names as written (:mod:`vn_party_docs._text.renamed`). A pattern that
needs the :mod:`regex` module (variable-width look-behind, ``\\p{..}`` properties, a
condition on a repeated name) is compiled with ``regex``.  On the shared
syntax the two agree, except that ``\\w`` in ``regex`` also matches combining marks,
which NFC text keeps only where no precomposed letter exists; the test suite checks
that both engines find the same matches of every pattern on the sample articles.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from vn_party_docs._text.renamed import RenamedMatch, RenamedPattern, renamed

if TYPE_CHECKING:
    import regex

__all__ = [
    "DASH",
    "GAP",
    "LETTER",
    "LETTER_OR_MARK",
    "OPT_GAP",
    "PATTERNS",
    "SP",
    "UPPER",
    "Match",
    "Pattern",
    "WordStarts",
    "alternation",
    "any_of",
    "compile_pattern",
    "finditer_near",
    "forget_built",
    "group",
    "inside",
    "lazy_led",
    "lazy_pattern",
    "next_word_start",
    "regex_twin",
    "scan_led",
    "search_at",
    "search_near",
    "shared_anchor",
    "shared_breaks",
    "shared_starts",
    "vocabulary_cache",
    "word_breaks",
    "word_starts",
]

#: A compiled pattern of either engine (see the module docstring).
Pattern: TypeAlias = "re.Pattern[str] | RenamedPattern | regex.Pattern[str]"
#: A match of either engine.
Match: TypeAlias = "re.Match[str] | RenamedMatch | regex.Match[str]"

#: Any dash a writer may use between numbers: hyphen, en/em dash, minus, non-breaking hyphen.
DASH = r"[-‐‑‒–—−]"
#: Optional spaces on one line (at most three).
SP = r"[ ]{0,3}"
#: The indent of a line or a paragraph (real pages indent paragraphs with spaces).
INDENT = r"[ ]{0,24}"
#: Required whitespace, which may include one line break (a mention split over two lines).
GAP = r"(?:[ ]{1,3}|[ ]{0,3}\n[ ]{0,3})"
#: Optional whitespace, possibly with one line break.
OPT_GAP = r"(?:[ ]{0,3}\n?[ ]{0,3})"


def _runs(codes: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive code points as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


def _in_word(char: str) -> bool:
    """Whether ``char`` is a word character (``\\w`` of ``re``)."""
    return char.isalnum() or char == "_"


#: A letter (of any script), in the syntax both engines read.
LETTER = r"[^\W\d_]"
#: A letter or a combining mark of the Latin script's mark blocks (which NFC text keeps
#: only where no precomposed letter exists), in the syntax both engines read.
LETTER_OR_MARK = r"(?:[^\W\d_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])"
#: A capital letter of the Latin script (Vietnamese included), listed for both engines.
UPPER = (
    "["
    + "".join(
        f"{chr(first)}-{chr(last)}" if last > first else chr(first)
        for first, last in _runs(code for code in range(0x41, 0x1F00) if chr(code).isupper())
    )
    + "]"
)

#: Every compiled pattern of the package, for the reliability lint.
PATTERNS: list[Pattern] = []

_F = TypeVar("_F", bound=Callable[[], "Pattern | tuple[Pattern, ...]"])


def compile_pattern(pattern: str) -> Pattern:
    """Compile a VERBOSE pattern with the faster engine that reads it (:mod:`re`, also for
    a pattern that names a group twice, see :func:`~vn_party_docs._text.renamed.renamed`);
    record it.

    Example:
        >>> compile_pattern(r"quý \\s (ii|i)").match("quý ii").group(1)
        'ii'
        >>> isinstance(compile_pattern(r"\\p{Lu}"), re.Pattern)  # not read by ``re``
        False
    """
    compiled: Pattern | None
    try:
        compiled = re.compile(pattern, re.VERBOSE)
    except re.error:
        compiled = renamed(pattern, re.VERBOSE)
    if compiled is None:
        import regex  # imported on first use: keeps ``import vn_party_docs`` cheap

        compiled = regex.compile(pattern, regex.VERBOSE)
    PATTERNS.append(compiled)
    return compiled


@cache
def regex_twin(pattern: Pattern) -> regex.Pattern[str]:
    """The same pattern compiled with ``regex``, for what only it offers (``partial``, ``timeout``).

    Example:
        >>> regex_twin(compile_pattern("quý")).match("qu", partial=True).partial
        True
    """
    import regex

    if isinstance(pattern, regex.Pattern):
        return pattern
    return regex.compile(pattern.pattern, regex.VERBOSE)


#: Every cache of what is built from the vocabulary (lazy patterns and the like).
_BUILT: list[Any] = []


def lazy_pattern(builder: _F) -> _F:
    """Decorate a zero-argument pattern builder so it runs once, on first use.

    Keeps ``import vn_party_docs`` cheap: vocabulary-sized patterns are compiled
    only when a finder first needs them. The result is kept until :func:`forget_built`.
    """
    return vocabulary_cache(cache(builder))  # type: ignore[return-value]


def lazy_regex(source: str | Callable[[], str]) -> Callable[[], Pattern]:
    """A pattern compiled on first use (as :func:`lazy_pattern`) from ``source``, or from
    what ``source()`` gives then (a source that reads the lexicon).

    Example:
        >>> closing = lazy_regex(r"[ ]{0,3}\\)")
        >>> closing().match("  )").end()
        3
        >>> lazy_regex(lambda: "|".join(["quý", "tháng"]))().match("tháng 5").group()
        'tháng'
    """
    if isinstance(source, str):
        fixed = source
        return lazy_pattern(lambda: compile_pattern(fixed))
    return lazy_pattern(lambda: compile_pattern(source()))


def lazy_led(leads: Iterable[str], rest: str) -> Callable[[], tuple[Pattern, ...]]:
    """Patterns of one literal of ``leads`` then ``rest``, one per literal, compiled on first
    use, for :func:`scan_led`: a search skips ahead by a leading literal several times faster
    than by a class or an alternation, so a whole-text scan for ``(?:a|b|c)rest`` or
    ``[abc]rest`` runs faster as one scan per literal.

    Example:
        >>> days = lazy_led(["Sáng", "Chiều"], r"[ ]\\d")
        >>> [found.group() for found in scan_led(days(), "Chiều 5, Sáng 6")]
        ['Chiều 5', 'Sáng 6']
    """
    fixed = tuple(leads)
    return lazy_pattern(lambda: tuple(compile_pattern(re.escape(lead) + rest) for lead in fixed))


def scan_led(patterns: Iterable[Pattern], text: str) -> list[Match]:
    """Every match of each of ``patterns`` in ``text``, by start: the matches of their
    alternation when no match of one starts inside a match of another (one pattern per
    leading literal, as :func:`lazy_led` builds them)."""
    return sorted((found for pattern in patterns for found in pattern.finditer(text)), key=_start)


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` lies in one of ``spans`` (sorted, not overlapping).

    Example:
        >>> inside([(0, 4), (10, 12)], 11), inside([(0, 4), (10, 12)], 4)
        (True, False)
    """
    index = bisect.bisect_right(spans, (position, 1 << 62)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _start(found: Match) -> int:
    return found.start()


_C = TypeVar("_C")


def vocabulary_cache(cached: _C) -> _C:
    """Register a ``functools`` cache whose results depend on the vocabulary, so that
    :func:`forget_built` empties it."""
    _BUILT.append(cached)
    return cached


def forget_built() -> None:
    """Empty every cache of :func:`lazy_pattern` and :func:`vocabulary_cache`: what is
    built next is built from the lexicon then in use."""
    for cached in _BUILT:
        cached.cache_clear()


def group(match: Match, name: str) -> str | None:
    """The text of the group ``name`` of ``match``; ``None`` when it took no part or the
    pattern has no such group (cheaper than ``match.groupdict().get(name)``, which copies
    every group).

    Example:
        >>> found = compile_pattern(r"quý[ ](?P<roman>i{1,3})").match("quý ii")
        >>> group(found, "roman"), group(found, "digit")
        ('ii', None)
    """
    try:
        return match[name]
    except IndexError:  # no such group (both engines)
        return None


def next_word_start(
    anchor: Pattern,
    text: str,
    start: int = 0,
    end: int | None = None,
    breaks: list[int] | None = None,
) -> Match | None:
    """The first match of ``anchor`` in ``text`` from ``start`` on (up to ``end``, the bound
    of ``Pattern.search``) that starts a word: the match of ``\\b`` + ``anchor``, for an
    anchor whose matches open with a letter (see :func:`word_starts`). ``breaks``: the
    text's :func:`word_breaks`; without them, those of ``[start, end)`` are found. A loop
    over a whole text uses :class:`WordStarts` instead.

    Example:
        >>> next_word_start(compile_pattern("quý"), "xquý, quý").start()
        6
    """
    end = len(text) if end is None else end
    breaks = word_breaks(text, start, end) if breaks is None else breaks
    return WordStarts(anchor, text, breaks, end).first(start)


class WordStarts:
    """The matches of ``anchor`` that start a word in ``text`` (up to ``end``), looked up
    from positions that never go back, for an anchor whose matches open with a letter.

    Anchors are written without a leading word boundary, which would make the search try
    every position. A word starts after a space nearly everywhere: ``anchor`` is searched
    after one (a space first: the search skips ahead by it, two to three times faster than
    by the letters that open an anchor), and tried where a letter follows any other
    character that is no word character (``breaks``: the text's :func:`word_breaks`).
    The match after a space is kept until a lookup passes it: a text whose anchors all
    follow other breaks (each line opening with one) is searched once, not once per match.
    Given the places after a space where it may match (``spaced``, from
    :func:`shared_starts`), ``anchor`` is tried there and at ``breaks`` once, on first use,
    and a lookup is a bisection.

    Example:
        >>> text = "quý, xquý (quý"
        >>> starts = WordStarts(compile_pattern("quý"), text, word_breaks(text))
        >>> starts.first(0).start(), starts.first(1).start(), starts.first(12)
        (0, 11, None)
    """

    def __init__(
        self,
        anchor: Pattern,
        text: str,
        breaks: list[int],
        end: int | None = None,
        spaced: list[int] | None = None,
    ):
        self._match, self._text, self._breaks = anchor.match, text, breaks
        self._end = len(text) if end is None else end
        self._search = _after_space(anchor.pattern).search
        self._candidates = spaced
        self._found: list[Match] | None = None  # the matches at the candidates (on first use)
        self._found_starts: list[int] = []
        self._searched_from = self._end + 1  # where the kept lookup started (none yet)
        self._spaced: Match | None = None  # the first match after a space from there
        self._index = 0  # the first break the last lookup did not try

    def first(self, start: int) -> Match | None:
        """The first word-start match at or after ``start`` (no lower than the last
        lookup's)."""
        if self._candidates is not None:
            return self._first_found(start)
        text, end, breaks, match = self._text, self._end, self._breaks, self._match
        spaced = self._spaced
        if start < self._searched_from or (spaced is not None and spaced.start() < start):
            spaced = self._spaced = self._after_space(start)
            self._searched_from = start
        limit = end if spaced is None else spaced.start()
        index, count = self._index, len(breaks)
        while index < count and breaks[index] < start:
            index += 1
        found = None
        while found is None and index < count and breaks[index] < limit:
            found = match(text, breaks[index], end)
            index += 1
        self._index = index
        return spaced if found is None else found

    def _after_space(self, start: int) -> Match | None:
        """The first match after a space that starts at or after ``start``."""
        found = self._search(self._text, max(start - 1, 0), self._end)
        # (the anchor matches after the space: the search read it there)
        return None if found is None else self._match(self._text, found.start() + 1, self._end)

    def _first_found(self, start: int) -> Match | None:
        """The first match at or after ``start`` among those at the candidates of a shared
        scan and at the breaks, tried once on first use."""
        if self._found is None:
            self._found = self.every()
            self._found_starts = [found.start() for found in self._found]
        index = bisect.bisect_left(self._found_starts, start)
        return self._found[index] if index < len(self._found) else None

    def every(self) -> list[Match]:
        """The matches at the candidates of a shared scan and at the breaks, by start
        (overlapping ones too), for a lookup given ``spaced``."""
        text, end, match = self._text, self._end, self._match
        candidates = sorted([*(self._candidates or ()), *self._breaks])
        return [
            found
            for candidate in candidates
            if candidate < end and (found := match(text, candidate, end)) is not None
        ]


def word_starts(
    anchor: Pattern,
    text: str,
    breaks: list[int] | None = None,
    spaced: list[int] | None = None,
) -> Iterator[Match]:
    """Every match of ``anchor`` that starts a word, left to right, not overlapping, for an
    anchor whose matches open with a letter (see :class:`WordStarts`; ``breaks``: the
    text's :func:`word_breaks`, found once for all the anchors that scan it, e.g.
    :meth:`NormalizedText.word_breaks`; found here when not given; ``spaced``: the
    anchor's candidates after a space from :func:`shared_starts`).

    Example:
        >>> [m.start() for m in word_starts(compile_pattern("quý"), "quý, xquý quý")]
        [0, 10]
    """
    breaks = word_breaks(text) if breaks is None else breaks
    starts = WordStarts(anchor, text, breaks, spaced=spaced)
    if spaced is not None:
        end = 0
        for match in starts.every():
            if match.start() >= end:
                yield match
                end = match.end()
        return
    start = 0
    while (found := starts.first(start)) is not None:
        yield found
        start = found.end()


@vocabulary_cache
@cache
def _after_space(anchor: str) -> Pattern:
    """The pattern ``anchor`` (the source :func:`compile_pattern` compiled) after a space.
    (Keyed by the source: a string keeps its hash, a compiled pattern hashes its code.)"""
    return compile_pattern(f"[ ](?:{anchor}\n)")  # (a line break ends a comment of the source)


#: The letters that open Vietnamese words most often, the most frequent first (counted
#: after the spaces of news text): the shared scan tries their words first.
_INITIALS = "tcđnvbhlkqsdpmxgr"

#: The anchors :func:`shared_starts` scans for, each with the words its matches open with.
_SHARED: dict[Callable[[], Pattern], Callable[[], Iterable[str]]] = {}

_A = TypeVar("_A", bound=Callable[[], Pattern])


def shared_anchor(words: Callable[[], Iterable[str]]) -> Callable[[_A], _A]:
    """Register a lazy anchor for :func:`shared_starts`: each of its matches opens with one
    of ``words()`` (a space in a word stands for any :data:`GAP`)."""

    def register(anchor: _A) -> _A:
        _SHARED[anchor] = words
        return anchor

    return register


@vocabulary_cache
@cache
def _shared_scan(
    anchors: tuple[Callable[[], Pattern], ...],
) -> tuple[Pattern, dict[str, tuple[int, ...]], dict[str, int]]:
    """The scan for the words of ``anchors`` after a space; the anchors a word start may be
    one of, by its first two letters; the sources of the anchors scanned for, with their
    index (a source keeps its hash, a compiled pattern hashes its code on every lookup). An
    anchor with a word of fewer letters is left out (it is searched for on its own)."""
    words = {anchor: set(_SHARED[anchor]()) for anchor in anchors}
    kept = [
        anchor
        for anchor in anchors
        if all(len(word) > 1 and word[:2].isalpha() for word in words[anchor])
    ]
    openings: dict[str, list[int]] = {}
    for index, anchor in enumerate(kept):
        for opening in {word[:2] for word in words[anchor]}:
            openings.setdefault(opening, []).append(index)
    every = alternation({word for anchor in kept for word in words[anchor]}, first=_INITIALS)
    return (
        compile_pattern(f"[ ](?=(?:{every}\n))"),  # (every space is tried: a look-ahead)
        {opening: tuple(indexes) for opening, indexes in openings.items()},
        {anchor().pattern: index for index, anchor in enumerate(kept)},
    )


def shared_starts(text: str) -> dict[str, list[int]]:
    """The word starts after a space where each anchor registered by :func:`shared_anchor`
    may match in ``text``, from one scan for all their words (a word start is tried by
    each anchor whose words open with its first two letters), by the anchor's source: for
    the finders that each scan one text for their anchor, one scan costs less than one per
    anchor.

    Example:
        >>> from vn_party_docs.periods import _anchor  # registers the period anchor
        >>> text = "Trong quý 2, tháng 5 và năm 2024"
        >>> shared_starts(text)[_anchor().pattern]
        [6, 13, 24]
        >>> [m.group() for m in word_starts(_anchor(), text, spaced=[6, 13, 24])]
        ['quý', 'tháng', 'năm']
    """
    scan = _shared_scan(tuple(_SHARED))[0]
    return _by_anchor(text, [match.end() for match in scan.finditer(text)])


def shared_breaks(text: str, breaks: list[int]) -> dict[str, list[int]]:
    """The word ``breaks`` of ``text`` (its :func:`word_breaks`) where each anchor
    registered by :func:`shared_anchor` may match, by the anchor's source, as
    :func:`shared_starts` files the starts after a space: each anchor tries only the
    breaks its words may open at.

    Example:
        >>> from vn_party_docs.periods import _anchor
        >>> text = "(quý 2) (tư) -năm"
        >>> shared_breaks(text, word_breaks(text))[_anchor().pattern]
        [1, 14]
    """
    return _by_anchor(text, breaks)


def _by_anchor(text: str, starts: list[int]) -> dict[str, list[int]]:
    """``starts`` filed under the shared anchors whose words open with their first two
    letters, by the anchor's source."""
    _, openings, anchors = _shared_scan(tuple(_SHARED))
    found: list[list[int]] = [[] for _ in anchors]
    for start in starts:
        for index in openings.get(text[start : start + 2], ()):
            found[index].append(start)
    return {anchor: found[index] for anchor, index in anchors.items()}


@lazy_pattern
def _maybe_break() -> Pattern:
    """A character that may be no word character, before a letter: any but a space, the
    ASCII letters and digits, "_" and the letters of the Latin blocks Vietnamese is written
    in (a class the search skips ahead by; :func:`word_breaks` checks each match)."""
    words = _runs(code for code in (*range(0x250), *range(0x1EA0, 0x1F00)) if _in_word(chr(code)))
    ranges = "".join(rf"\u{first:04x}-\u{last:04x}" for first, last in words)
    return compile_pattern(rf"[^\x20{ranges}](?={LETTER})")


def word_breaks(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where a word starts in ``[start, end)`` of ``text`` after a character that is neither
    a space nor a word character, or at the text's start: the word starts
    :func:`word_starts` does not search for after a space.

    Example:
        >>> word_breaks("quý (Quý) quý")
        [0, 5]
    """
    found = _maybe_break().finditer(text, max(start - 1, 0), len(text) if end is None else end)
    return [0] * (start == 0) + [match.end() for match in found if not _in_word(match.group())]


def finditer_near(
    cue: Pattern, pattern: Pattern, text: str, start: int, end: int, reach: tuple[int, int]
) -> Iterator[Match]:
    """``pattern.finditer(text, start, end)`` for a pattern without a prefix to skip ahead
    by, whose every match holds a match of ``cue`` (a cheap pattern that opens with a
    literal) and reads at most ``reach[0]`` characters before it and ``reach[1]`` after it
    (look-arounds included): ``pattern`` is searched only in those reaches of the cue's
    matches, which costs a small part of a search of every position.

    Example:
        >>> count = compile_pattern(r"(?:gần[ ])?\\d+[ ]điểm[ ]cầu")
        >>> text = "gần 20 điểm cầu, 3 điểm cầu"
        >>> cue = compile_pattern("[ ]cầu")
        >>> [m.group() for m in finditer_near(cue, count, text, 0, len(text), (20, 1))]
        ['gần 20 điểm cầu', '3 điểm cầu']
    """
    before, after = reach
    position = start
    for found in cue.finditer(text, start, end):
        if found.start() < position:
            continue  # inside the match just found
        match = pattern.search(
            text, max(position, found.start() - before), min(end, found.end() + after)
        )
        if match is not None and match.start() <= found.start():
            # (a match that starts after this cue holds a later one, searched from there)
            yield match
            position = match.end()


def search_near(
    cue: Pattern, pattern: Pattern, text: str, start: int, end: int, reach: tuple[int, int]
) -> Match | None:
    """``pattern.search(text, start, end)``, searched only near the matches of ``cue``
    (see :func:`finditer_near`).

    Example:
        >>> count = compile_pattern(r"\\d+[ ]điểm[ ]cầu")
        >>> search_near(compile_pattern("[ ]cầu"), count, "cầu nối, 5 điểm cầu", 0, 19, (20, 1))
        <re.Match object; span=(9, 19), match='5 điểm cầu'>
    """
    return next(finditer_near(cue, pattern, text, start, end, reach), None)


def search_at(anchor: Pattern, pattern: Pattern, text: str, start: int, end: int) -> Match | None:
    """``pattern.search(text, start, end)`` for a pattern whose every match starts where
    ``anchor`` (a cheap pattern of its first words, none inside another) matches:
    ``pattern`` is tried only there. A pattern that opens with an alternation of words
    found by look-behinds cannot skip ahead by their letters; its anchor can.

    Example:
        >>> late = compile_pattern(r"(?:họp|tổ[ ]chức)[ ]ngày[ ]\\d+")
        >>> search_at(compile_pattern("họp|tổ"), late, "tổ bộ, họp ngày 5", 0, 17).group()
        'họp ngày 5'
    """
    for found in anchor.finditer(text, start, end):
        match = pattern.match(text, found.start(), end)
        if match is not None:
            return match
    return None


def alternation(words: Iterable[str], space: str = GAP, first: str = "") -> str:
    """A pattern for any of ``words`` (spaces read as ``space``), longest first, as a
    letter trie; the words that open with a letter of ``first`` are tried first, in its
    order (for a scan that tries the pattern at every space, the letters words open with
    most often: fewer branches tried before the one that reads on).

    One branch per next letter: the engine tries at most one branch per letter, so
    the vocabulary-sized patterns scan and match fast, and stay quick to compile
    (a list of words tried in turn costs one attempt per word, even more so under
    ``(?i:...)``, where the engine cannot reject a word by its first letter).

    Example:
        >>> re.fullmatch(alternation(["ban bí thư", "ban"]), "ban  bí thư") is not None
        True
        >>> alternation(["phó", "phóng", "phát"])
        'ph(?:át|ó(?:ng)?)'
        >>> alternation(["đại tá", "đại tướng"], space="[ ]")
        'đại[ ]t(?:á|ướng)'
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    rank = {letter: index for index, letter in enumerate(first)}
    branches = _branches(trie, space)
    return "|".join(sorted(branches, key=lambda branch: rank.get(branch[0], len(rank))))


def any_of(words: Iterable[str]) -> str:
    """:func:`alternation` as one group, to stand anywhere in a pattern.

    Example:
        >>> any_of(["sáng", "chiều"])
        '(?:chiều|sáng)'
    """
    return f"(?:{alternation(words)})"


def _branches(node: dict[str, Any], space: str) -> list[str]:
    """One pattern per next letter below ``node`` (a greedy optional tail: longest first)."""
    branches = []
    for char in sorted(key for key in node if key):
        child = node[char]
        piece = space if char == " " else re.escape(char)
        rest = _branches(child, space)
        if rest and "" in child:
            piece += f"(?:{'|'.join(rest)})?"
        elif len(rest) > 1:
            piece += f"(?:{'|'.join(rest)})"
        elif rest:
            piece += rest[0]
        branches.append(piece)
    return branches
