"""Patterns that name a group twice, run by the standard library's :mod:`re`.

A grammar is clearest when the alternatives that capture the same thing give it the
same name ("(?P<date>…) | … (?P<date>…)"). :mod:`re` refuses such a pattern and
:mod:`regex` reads it, but runs it two to four times slower. :func:`renamed` numbers
the repeated names ("date", "date__2", …) so that :mod:`re` reads the pattern, and its
matches answer for the name as written: the group of that name that took part (the last
one when several did, as :mod:`regex` does).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

__all__ = ["RenamedMatch", "RenamedPattern", "renamed"]

#: The opening of a named group.
_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")
#: A reference to a group by name (a back-reference or a condition).
_REFERENCE = re.compile(r"\(\?(?:P=|\()(\w+)\)")
#: What a repeated name's later groups are numbered with: "date__2".
_SEPARATOR = "__"


def renamed(source: str, flags: int = 0) -> RenamedPattern | None:
    """``source`` compiled by :mod:`re` with its repeated group names numbered; ``None``
    when it names no group twice, refers to a repeated name, or :mod:`re` cannot read it.

    Example:
        >>> pattern = renamed(r"(?P<day>\\d+)/5|ngày (?P<day>\\d+)")
        >>> pattern.match("ngày 12")["day"], pattern.match("3/5").span("day")
        ('12', (0, 1))
    """
    counts: dict[str, int] = {}

    def number(found: re.Match[str]) -> str:
        name = found[1]
        counts[name] = counts.get(name, 0) + 1
        return found[0] if counts[name] == 1 else f"(?P<{name}{_SEPARATOR}{counts[name]}>"

    numbered = _NAMED_GROUP.sub(number, source)
    aliases = {  # each repeated name: its groups, the last first
        name: (*(f"{name}{_SEPARATOR}{index}" for index in range(count, 1, -1)), name)
        for name, count in counts.items()
        if count > 1
    }
    if not aliases or any(found[1] in aliases for found in _REFERENCE.finditer(source)):
        return None
    try:
        compiled = re.compile(numbered, flags)
    except re.error:
        return None
    return RenamedPattern(source, compiled, aliases)


class RenamedPattern:
    """A pattern of :mod:`re` whose repeated group names were numbered (see
    :func:`renamed`); it matches as the pattern does and gives :class:`RenamedMatch`.

    Attributes:
        pattern: the source as written, with its repeated names.
    """

    __slots__ = ("_aliases", "_compiled", "pattern")

    def __init__(self, source: str, compiled: re.Pattern[str], aliases: dict[str, tuple[str, ...]]):
        self.pattern = source
        self._compiled = compiled
        self._aliases = aliases

    @property
    def flags(self) -> int:
        """The flags the pattern was compiled with."""
        return self._compiled.flags

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> RenamedMatch | None:
        """As :meth:`re.Pattern.match`."""
        found = self._compiled.match(string, pos, endpos)
        return None if found is None else RenamedMatch(found, self._aliases)  # (inline: hot)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> RenamedMatch | None:
        """As :meth:`re.Pattern.fullmatch`."""
        found = self._compiled.fullmatch(string, pos, endpos)
        return None if found is None else RenamedMatch(found, self._aliases)  # (inline: hot)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> RenamedMatch | None:
        """As :meth:`re.Pattern.search`."""
        found = self._compiled.search(string, pos, endpos)
        return None if found is None else RenamedMatch(found, self._aliases)  # (inline: hot)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[RenamedMatch]:
        """As :meth:`re.Pattern.finditer`."""
        for found in self._compiled.finditer(string, pos, endpos):
            yield RenamedMatch(found, self._aliases)


class RenamedMatch:
    """A match of a :class:`RenamedPattern`, which answers for each group name as written."""

    __slots__ = ("_aliases", "_match")

    def __init__(self, match: re.Match[str], aliases: dict[str, tuple[str, ...]]):
        self._match = match
        self._aliases = aliases

    def _group(self, name: str) -> str:
        """The group that answers for the repeated ``name``: the last that took part.
        (Each method asks only for a repeated name: the others answer as they are.)"""
        start = self._match.start
        for alias in self._aliases[name]:  # (a loop: no generator to build on each call)
            if start(alias) >= 0:
                return alias
        return name

    @property
    def string(self) -> str:
        """The string matched against."""
        return self._match.string

    @property
    def lastgroup(self) -> str | None:
        """As :attr:`re.Match.lastgroup`, by the name as written."""
        name = self._match.lastgroup
        written, separator, _ = (name or "").rpartition(_SEPARATOR)
        return written if separator and written in self._aliases else name

    def group(self, *groups: int | str) -> Any:
        """As :meth:`re.Match.group`."""
        return self._match.group(
            *(self._group(group) if group in self._aliases else group for group in groups)
        )

    def __getitem__(self, group: int | str) -> Any:
        return self._match[self._group(group) if group in self._aliases else group]

    def start(self, group: int | str = 0) -> int:
        """As :meth:`re.Match.start`."""
        return self._match.start(self._group(group) if group in self._aliases else group)

    def end(self, group: int | str = 0) -> int:
        """As :meth:`re.Match.end`."""
        return self._match.end(self._group(group) if group in self._aliases else group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        """As :meth:`re.Match.span`."""
        return self._match.span(self._group(group) if group in self._aliases else group)

    def groupdict(self, default: Any = None) -> dict[str, Any]:
        """As :meth:`re.Match.groupdict`, by the names as written."""
        found = self._match.groupdict(default)
        for name, names in self._aliases.items():
            found[name] = self[name] if self.start(name) >= 0 else default
            for alias in names[:-1]:
                del found[alias]
        return found
