"""The lexicon: every word the grammars know, as data, in one object built once.

The vocabulary is rows of data in ``src/vn_party_docs/_vocab/``: organs (read by titles,
citations and meetings alike), roles, document types, places, and the words around
periods, citations and meetings. :func:`lexicon` gives the :class:`Lexicon` built from
them on first use; every grammar of the package reads its words from it when the grammar
is first built, and keeps what it derives from it in the lexicon's memo (so nothing is
derived twice).

A new organ, role, document type or meeting word is one row in its table. A program (or a
test) may read text with more rows than the package has: :meth:`Lexicon.adding` gives a
copy with rows added, and :func:`using` reads with it inside a ``with`` block (the
grammars are built again from it, and again from the package's own lexicon after it).

Example:
    >>> from vn_party_docs import find_citations
    >>> from vn_party_docs.lexicon import OrganRow, lexicon, using
    >>> text = "Theo Kế hoạch số 12-KH/BCĐ của Ban Chỉ đạo Cải cách tư pháp Trung ương."
    >>> [m.value.issuer for m in find_citations(text)]
    [None]
    >>> row = OrganRow("Ban Chỉ đạo Cải cách tư pháp Trung ương", "CENTRAL",
    ...                "Central Steering Committee for Judicial Reform", issues=True)
    >>> with using(lexicon().adding("ORGANS", row)):
    ...     [m.value.issuer for m in find_citations(text)]
    ['Ban Chỉ đạo Cải cách tư pháp Trung ương']
"""

from __future__ import annotations

import difflib
import functools
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from ._text import grammar
from ._vocab.doctypes import DocTypeRow
from ._vocab.organs import OrganRow

__all__ = ["DocTypeRow", "Lexicon", "OrganRow", "lexicon", "using"]

_T = TypeVar("_T")

#: The vocabulary modules, in ``src/vn_party_docs/_vocab/``, whose tables make a lexicon.
_MODULES = (
    "organs",
    "roles",
    "places",
    "doctypes",
    "citations",
    "periods",
    "meetings",
    "catalogue",
)


class Lexicon:
    """Every table of the vocabulary, by name, and what the grammars derive from them.

    A lexicon is not changed once built: :meth:`adding` and :meth:`replacing` give new
    ones. Tables are read by name (``lexicon()["ORGANS"]``, the name of the table in its
    vocabulary module); the organs are also given composed (:attr:`every_organ`).

    Example:
        >>> from vn_party_docs.lexicon import lexicon
        >>> [row.name for row in lexicon()["ORGANS"]][:2]
        ['Bộ Chính trị', 'Ban Bí thư']
        >>> "Ban Thường vụ Tỉnh ủy" in {row.name for row in lexicon().every_organ}
        True
    """

    def __init__(self, tables: Mapping[str, Any]) -> None:
        self._tables = dict(tables)
        self._memo: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        """The table called ``name`` ("ORGANS", "ORGANISE_VERBS", …)."""
        return self._tables[name]

    def __contains__(self, name: object) -> bool:
        return name in self._tables

    def __repr__(self) -> str:
        return f"<Lexicon of {len(self._tables)} tables>"

    def adding(self, table: str, *rows: Any) -> Lexicon:
        """A copy of the lexicon with ``rows`` added at the end of ``table``.

        Raises:
            KeyError: there is no such table.
        """
        return self.replacing(table, (*self._tables[table], *rows))

    def replacing(self, table: str, rows: Any) -> Lexicon:
        """A copy of the lexicon whose ``table`` is ``rows``.

        Raises:
            KeyError: there is no such table.
        """
        if table not in self._tables:
            raise KeyError(table)
        return Lexicon({**self._tables, table: rows})

    def memo(self, key: str, compute: Callable[[], _T]) -> _T:
        """What a grammar derives from this lexicon, computed once (``key`` names it)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    @property
    def every_organ(self) -> tuple[OrganRow, ...]:
        """Every organ, the composed ones included, in the order they are read.

        The listed organs (``ORGANS``), the Party committees, the Party groups with their
        hosts ("Đảng đoàn Quốc hội") and the executive committees of their Party
        organisations, the bodies of each committee ("Ban Thường vụ Tỉnh ủy"), the
        spellings of whole bodies ("tvtu"), then the ministries. Where two rows have a
        spelling in common, the first is read.
        """
        return self.memo("every_organ", self._compose)

    def _compose(self) -> tuple[OrganRow, ...]:
        listed: list[OrganRow] = list(self["ORGANS"])
        committees: list[OrganRow] = list(self["PARTY_COMMITTEES"])
        rows = [*listed, *committees]
        hosts = {row.name: row for row in rows}
        for ministry in self["MINISTRIES"]:
            hosts[ministry.name] = _ministry_row(ministry)._replace(spellings=())
        ministries = [row.name for row in self["MINISTRIES"]]
        groups: list[OrganRow] = []
        for head, template in self["PARTY_GROUPS"]:
            # a ministry has a Party committee (and before 2025 a civil affairs board)
            with_ministries = head in ("Đảng ủy", "Ban cán sự đảng")
            for host_name in [*self["PARTY_GROUP_HOSTS"], *(ministries if with_ministries else ())]:
                host = hosts[host_name]
                group = OrganRow(
                    f"{head} {host.name}",
                    host.level,
                    template.format(host.english),
                    tuple(f"{head.lower()} {spelling}" for spelling in host.spellings),
                    issues=head != "Đảng bộ",
                )
                groups.append(group)
                if head == "Đảng ủy":
                    committees.append(group)
                elif head == "Đảng bộ":
                    rows.append(
                        OrganRow(
                            f"Ban Chấp hành {group.name}",
                            host.level,
                            group.english.replace("Party Organisation", "Party Committee", 1),
                            tuple(f"ban chấp hành {spelling}" for spelling in group.spellings),
                            issues=True,
                        )
                    )
        rows += groups
        listed_committees = {row.name for row in self["PARTY_COMMITTEES"]}
        group_bodies = self["GROUP_BODIES"]
        for body in self["COMMITTEE_BODIES"]:
            if (
                body.name in self["BODIES_READ_ALONE"]
            ):  # "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức …"
                rows.append(
                    OrganRow(body.name, "", body.english.format("Party Committee"), body.spellings)
                )
            for committee in committees:
                if committee.name not in listed_committees and body.name not in group_bodies:
                    continue  # "Ban Tổ chức Đảng ủy Bộ Nội vụ" is too rare to be worth the size
                rows.append(
                    _body_of(body, committee)._replace(
                        issues=body.issues and committee.issues, reads=body.reads
                    )
                )
        for body in self["FRONT_BODIES"]:  # "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
            for host in (hosts[name] for name in self["FRONT_BODY_HOSTS"]):
                rows.append(
                    _body_of(body, host)._replace(
                        system=host.system, issues=body.issues, local=host.local
                    )
                )
        by_name = {row.name: row for row in rows}
        for spelling, name in self["COMMITTEE_BODY_SPELLINGS"]:
            rows.append(by_name[name]._replace(spellings=(spelling,)))
        rows += [_ministry_row(ministry) for ministry in self["MINISTRIES"]]
        return _as_written(rows, frozenset(self["ABBREVIATIONS_AS_WRITTEN"]))

    def spellings(self, row: OrganRow) -> Iterator[str]:
        """Every spelling of an organ: its names and spellings, each also with the short
        spellings of "ban chấp hành", "ủy ban" (at its start), "trung ương", "thành phố",
        "thị xã", "phường" and "quận" (``BAN_CHAP_HANH_SPELLINGS``, ``UY_BAN_SPELLINGS``,
        ``TRUNG_UONG_SPELLINGS``, ``THANH_PHO_SPELLINGS``, ``THI_XA_SPELLINGS``,
        ``PHUONG_SPELLINGS``, ``QUAN_SPELLINGS``); each spelling once."""
        names = (
            (row.title_name.lower(), row.name.lower()) if row.title_name else (row.name.lower(),)
        )
        spellings = [*names, *row.spellings]
        for words, table, leading in _SHORTENED:
            shorts = self[table]
            spellings = [
                short
                for spelling in spellings
                for short in _with_shorts(spelling, words, shorts, leading=leading)
            ]
        yield from dict.fromkeys(spellings)

    def acting_name(self, name: str) -> str:
        """The name an organ acts under (issuer, organiser), from its name in a title.

        Example:
            >>> from vn_party_docs.lexicon import lexicon
            >>> lexicon().acting_name("Ban Chấp hành Trung ương Đảng")
            'Ban Chấp hành Trung ương'
            >>> lexicon().acting_name("Tỉnh ủy Cà Mau")
            'Tỉnh ủy Cà Mau'
        """
        names = self.memo(
            "acting_names",
            lambda: {row.title_name: row.name for row in self.every_organ if row.title_name},
        )
        return names.get(name, name)


#: The words of organ names that news text shortens, the table of their short spellings,
#: and whether only a name's first words are shortened.
_SHORTENED = (
    ("ban chấp hành", "BAN_CHAP_HANH_SPELLINGS", False),
    ("ủy ban ", "UY_BAN_SPELLINGS", True),
    ("trung ương", "TRUNG_UONG_SPELLINGS", False),
    ("thành phố", "THANH_PHO_SPELLINGS", False),
    ("thị xã", "THI_XA_SPELLINGS", False),
    ("phường", "PHUONG_SPELLINGS", False),
    ("quận", "QUAN_SPELLINGS", False),
)


def _with_shorts(
    spelling: str, words: str, shorts: Iterable[str], *, leading: bool = False
) -> Iterator[str]:
    """``spelling``, and where it has ``words`` (only at its start when ``leading``),
    ``spelling`` with each of ``shorts`` there."""
    yield spelling
    if spelling.startswith(words) if leading else words in spelling:
        for short in shorts:
            yield spelling.replace(words, short, 1 if leading else -1)


def _as_written(rows: list[OrganRow], abbreviations: frozenset[str]) -> tuple[OrganRow, ...]:
    """``rows``, each spelling with one of ``abbreviations`` made an organ of its own after
    them, named as written where it holds one of them (its other words cased as in the
    name it spells) and as the name elsewhere: "bđbp tỉnh" of "Bộ đội Biên phòng tỉnh" is
    "BĐBP tỉnh", "ban chấp hành đoàn tncs hồ chí minh" of "Ban Chấp hành Đoàn Thanh niên
    Cộng sản Hồ Chí Minh" is "Ban Chấp hành Đoàn TNCS Hồ Chí Minh"."""
    kept: list[OrganRow] = []
    written: dict[str, OrganRow] = {}
    spelled: dict[str, list[str]] = {}  # the spellings of each name made as written
    for row in rows:
        spellings = []
        for spelling in row.spellings:
            if abbreviations.isdisjoint(spelling.split()):
                spellings.append(spelling)
                continue
            name = _written_name(spelling, row.name, abbreviations)
            written.setdefault(name, row._replace(name=name, spellings=(), title_name=""))
            if spelling != name.lower():  # "btv đảng ủy hội ccb vn" of "Ban Thường vụ …"
                spelled.setdefault(name, []).append(spelling)
        kept.append(row._replace(spellings=tuple(spellings)))
    names = {row.name for row in kept}
    return (
        *kept,
        *(
            row._replace(spellings=tuple(dict.fromkeys(spelled.get(name, ()))))
            for name, row in written.items()
            if name not in names
        ),
    )


def _written_name(spelling: str, name: str, abbreviations: frozenset[str]) -> str:
    """The name ``spelling`` spells, each stretch that holds one of ``abbreviations`` as
    written, every other stretch as in ``name`` (aligned word by word)."""
    words, spelled = name.split(), spelling.split()
    cased: dict[str, str] = {}
    for word in words:
        cased.setdefault(word.lower(), word)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, spelled, [word.lower() for word in words], False)
    for tag, first, last, name_first, name_last in matcher.get_opcodes():
        stretch = spelled[first:last]
        if tag == "equal" or abbreviations.isdisjoint(stretch):
            parts.extend(words[name_first:name_last])
        else:  # (a word in its own place keeps its own case: "Đoàn", "đoàn")
            parts.extend(cased.get(word, word.upper()) for word in stretch)
    return " ".join(parts)


def _body_of(body: Any, host: OrganRow) -> OrganRow:
    """The organ ``body`` of ``host`` ("Ban Thường vụ" + "Tỉnh ủy"): its names, its level,
    its English, every spelling of the body's head before every spelling of the host."""
    return OrganRow(
        f"{body.name} {host.name}",
        host.level,
        body.english.format(host.english),
        tuple(
            f"{head} {name}"
            for head in (body.name.lower(), *body.spellings)
            for name in (host.name.lower(), *host.spellings)
        ),
    )


def _ministry_row(ministry: Any) -> OrganRow:
    """A ministry as an organ: it issues documents, and so does its minister; a name that
    joins its fields with "và" is also written with a dash ("Bộ Kế hoạch - Đầu tư")."""
    name = ministry.name.lower()
    dashed = (name.replace(" và ", " - "),) if " và " in name else ()
    return OrganRow(
        ministry.name,
        "CENTRAL",
        f"Ministry of {ministry.subject}",
        (*ministry.spellings, *dashed),
        system="STATE",
        issues=True,
        codes=ministry.codes,
        head="Bộ trưởng",
    )


@functools.cache
def _package_lexicon() -> Lexicon:
    """The lexicon of the package's own vocabulary (built on first use)."""
    tables: dict[str, Any] = {}
    for name in _MODULES:
        module = importlib.import_module(f"{__package__}._vocab.{name}")
        tables.update(
            (key, value) for key, value in vars(module).items() if key.isupper() and key[0] != "_"
        )
    return Lexicon(tables)


_in_use: list[Lexicon] = []


def lexicon() -> Lexicon:
    """The lexicon the grammars read: the package's own, or the one :func:`using` gives.

    Example:
        >>> from vn_party_docs.lexicon import lexicon
        >>> lexicon() is lexicon()
        True
    """
    return _in_use[-1] if _in_use else _package_lexicon()


def any_word(table: str) -> str:
    """Any word of the table called ``table`` in the lexicon in use (a pattern group).

    Example:
        >>> import re
        >>> from vn_party_docs.lexicon import any_word
        >>> re.fullmatch(any_word("CHAIR_VERBS"), "điều hành") is not None
        True
    """
    return grammar.any_of(lexicon()[table])


class _Tables:
    """The tables of the lexicon in use, read as attributes (``tables.ORGANISE_VERBS``).

    A grammar that reads its words through it inside a lazily built pattern follows
    :func:`using` like one that calls :func:`lexicon` itself.
    """

    def __getattr__(self, name: str) -> Any:
        if not name.isupper():
            raise AttributeError(name)
        try:
            return lexicon()[name]
        except KeyError:
            raise AttributeError(name) from None


#: The tables of the lexicon in use, as attributes.
tables = _Tables()


@contextmanager
def using(other: Lexicon) -> Iterator[Lexicon]:
    """Read with ``other`` inside the ``with`` block (not thread-safe: for tests and set-up).

    The grammars are built again from ``other`` when they are first used inside the block,
    and again from the lexicon in use before it after the block.

    Example:
        >>> from vn_party_docs import parse_title
        >>> from vn_party_docs.lexicon import OrganRow, lexicon, using
        >>> title = "Phó Trưởng Ban Chỉ đạo Cải cách tư pháp Trung ương"
        >>> parse_title(title).organ.level is None  # an open body: its level is unknown
        True
        >>> row = OrganRow("Ban Chỉ đạo Cải cách tư pháp Trung ương", "CENTRAL",
        ...                "Central Steering Committee for Judicial Reform")
        >>> with using(lexicon().adding("ORGANS", row)):
        ...     parse_title(title).english()
        'Deputy Head of the Central Steering Committee for Judicial Reform'
    """
    if not isinstance(other, Lexicon):
        raise TypeError(f"using needs a Lexicon, not {type(other).__name__}")
    grammar.forget_built()
    _in_use.append(other)
    try:
        yield other
    finally:
        _in_use.pop()
        grammar.forget_built()
