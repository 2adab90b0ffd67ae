"""Shared regex fragments and the one place patterns are compiled.

Every grammar of the package is written against :attr:`NormalizedText.lower`
(NFC, news-style tone marks, lower case) and compiled through
:func:`compile_pattern`, which records it so that the reliability tests can lint
every pattern for unbounded repetition.  Whitespace is always bounded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, TypeVar

import regex

__all__ = [
    "DASH",
    "GAP",
    "OPT_GAP",
    "PATTERNS",
    "SP",
    "alternation",
    "compile_pattern",
    "lazy_pattern",
]

#: Any dash a writer may use between numbers: hyphen, en/em dash, minus, non-breaking hyphen.
DASH = r"[-‐‑‒–—−]"
#: Optional spaces on one line (at most three).
SP = r"[ ]{0,3}"
#: Required whitespace, which may include one line break (a mention split over two lines).
GAP = r"(?:[ ]{1,3}|[ ]{0,3}\n[ ]{0,3})"
#: Optional whitespace, possibly with one line break.
OPT_GAP = r"(?:[ ]{0,3}\n?[ ]{0,3})"

#: Every compiled pattern of the package, for the reliability lint.
PATTERNS: list[regex.Pattern[str]] = []

_F = TypeVar("_F", bound=Callable[[], regex.Pattern[str]])


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Compile a VERBOSE pattern and record it in :data:`PATTERNS`.

    Example:
        >>> compile_pattern(r"quý \\s (ii|i)").match("quý ii").group(1)
        'ii'
    """
    compiled = regex.compile(pattern, flags | regex.VERBOSE)
    PATTERNS.append(compiled)
    return compiled


def lazy_pattern(builder: _F) -> _F:
    """Decorate a zero-argument pattern builder so it runs once, on first use.

    Keeps ``import vn_party_docs`` cheap: vocabulary-sized patterns are compiled
    only when a finder first needs them.
    """
    return cache(builder)  # type: ignore[return-value]


def alternation(words: Iterable[str]) -> str:
    """A pattern for any of ``words`` (spaces read as GAP), longest first, as a word trie.

    Sharing the first words keeps the vocabulary-sized patterns small and quick to
    compile and scan.

    Example:
        >>> regex.fullmatch(alternation(["ban bí thư", "ban"]), "ban  bí thư") is not None
        True
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for part in word.split(" "):
            node = node.setdefault(part, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    """The alternation of the word paths below ``node``."""
    branches = []
    for word in sorted((key for key in node if key), key=lambda key: (-len(key), key)):
        child = node[word]
        if any(child_word for child_word in child):
            rest = f"{GAP}(?:{_trie_pattern(child)})"
            branches.append(regex.escape(word) + (f"(?:{rest})?" if "" in child else rest))
        else:
            branches.append(regex.escape(word))
    return "|".join(branches)
