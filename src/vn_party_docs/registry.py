"""A registry of known Party documents, and resolution of short references.

Real text cites one document in many forms: "Nghị quyết Trung ương 4 khóa XII",
"Nghị quyết số 04-NQ/TW ngày 30-10-2016", "Nghị quyết 04". :func:`resolve` turns
each of them into the most complete citation known for the document, from three
sources, in this order:

1. what the citation itself says (its date, term, year or plenum and term);
2. fuller citations of the same document in ``context`` (the other citations of
   the same article);
3. for a bare number ("Quy định 205"), the article's date (``reference_date``).

and merges it with :func:`catalogue`, a table of well-known central Party
documents shipped with the package (each row names its source).

**The bare-number rule.** Party numbers restart with every Central Committee
term, so "Nghị quyết 18" alone names no document. It is resolved only when the
article's date is known and (a) exactly one catalogued document with that type
and number existed on that date, and (b) no later term that had begun by that date
can have reached that number yet: the catalogue holds a document of the same
sequence with a number no larger, issued after the article's date. A bare
number therefore means the newest document of that number, and only when the
registry knows of no other. Without a date, or with two candidates
(``18-NQ/TW`` of 2017 and of 2022 in a 2024 article), the answer is ``None``.

**Conflicts.** The resolved citation carries the catalogue's facts. Where the
text says something else (a wrong issuer, a wrong day), :func:`explain` lists
each such field with both values; nothing is dropped silently.

Example:
    >>> from vn_party_docs import parse_citation, resolve
    >>> c = resolve(parse_citation("Nghị quyết Trung ương 4 khóa XII"))
    >>> c.key, c.issuer
    ('04-NQ/TW@2016', 'Ban Chấp hành Trung ương')
    >>> resolve(parse_citation("Nghị quyết 18")) is None
    True
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Iterable
from typing import Any

import attrs

from . import citations as _citations
from . import meetings as _meetings
from ._fields import Fields
from ._text.context import DocumentContext, check_reference_date, to_mentions
from ._text.numerals import to_roman
from ._vocab.catalogue import CONGRESSES, DOCUMENTS, ISSUER_CODES
from .citations import Citation, DocType
from .document import Extraction
from .spans import Mention

__all__ = [
    "Basis",
    "Conflict",
    "Entry",
    "Resolution",
    "article_date",
    "catalogue",
    "documents",
    "explain",
    "resolution",
    "resolve",
    "term_on",
]

#: The type of a field value a :class:`Conflict` reports.
FieldValue = DocType | int | str | datetime.date

#: Fields compared between the text and the catalogue, in this order.
_COMPARED = ("doc_type", "symbol", "issued", "issuer", "plenum", "term")
#: Fields a resolution fills from the text or the context when the catalogue lacks them.
_FILLED = ("number", "symbol", "issued", "issuer", "plenum", "term", "congress", "subject")
_QD_TYPES = frozenset({DocType.QUY_DINH, DocType.QUYET_DINH})
_ISSUER_CODE = dict(ISSUER_CODES)
_PARTY_ISSUER_CODES = frozenset(_ISSUER_CODE.values())


# -- the congress calendar ------------------------------------------------------------------
@functools.cache
def _term_starts() -> tuple[tuple[int, datetime.date], ...]:
    """(term, first day) for every term of the calendar, oldest first."""
    return tuple((number, datetime.date.fromisoformat(last)) for number, _, last, _ in CONGRESSES)


def term_on(day: datetime.date) -> int | None:
    """The Central Committee term (khóa) in office on ``day``.

    Khóa N runs from the last day of Đại hội N, when its first plenum meets, to
    the day before the last day of the next congress. ``None`` before khóa VIII.

    Example:
        >>> import datetime
        >>> from vn_party_docs.registry import term_on
        >>> term_on(datetime.date(2016, 10, 30)), term_on(datetime.date(2026, 1, 23))
        (12, 14)
    """
    term = None
    for number, start in _term_starts():
        if start <= day:
            term = number
    return term


def _term_start(term: int) -> datetime.date | None:
    """The first day of ``term``, if the calendar knows it."""
    return dict(_term_starts()).get(term)


def _term_years(term: int) -> range:
    """The calendar years that overlap ``term`` (empty if unknown)."""
    starts = dict(_term_starts())
    if term not in starts:
        return range(0)
    end = starts.get(term + 1)
    return range(starts[term].year, (end.year if end else 9999) + 1)


# -- the catalogue --------------------------------------------------------------------------
@attrs.frozen
class Entry:
    """One known document: the catalogue's facts, a short topic and the source.

    Attributes:
        citation (Citation): The facts: type, number, symbol, date of issue (when
            verified), issuer, plenum and term (khóa). A fact not verified is left
            out (``None``).
        topic (str): A short English description, not the official title.
        verified (bool): ``True`` when every fact of the row is verified in the
            document's text or in official media; ``False`` when some rest on
            secondary sources only, in which case those facts are left out.
        source (str): The public source of the row: the document's number, date
            and issuer, and where it was seen.

    Example:
        >>> from vn_party_docs import catalogue
        >>> entry = next(e for e in catalogue() if e.key == "205-QĐ/TW@2019")
        >>> entry.citation.issuer, entry.verified
        ('Bộ Chính trị', True)
        >>> print(entry.source)  # doctest: +NORMALIZE_WHITESPACE
        Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị; seen in its published text
        or official media
    """

    citation: Citation
    topic: str
    verified: bool
    source: str

    @property
    def key(self) -> str:
        """Its citation's key, such as ``205-QĐ/TW@2019`` (dated) or ``12-NQ/TW@XI`` (undated)."""
        return self.citation.key or str(self.citation)

    def __str__(self) -> str:
        return f"{self.citation} ({self.topic})"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the citation's dict, topic, verified, source.

        Example:
            >>> from vn_party_docs import catalogue
            >>> sorted(catalogue()[0].to_dict())
            ['citation', 'source', 'topic', 'verified']
        """
        return {
            "citation": self.citation.to_dict(),
            "topic": self.topic,
            "verified": self.verified,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        """Rebuild an entry from :meth:`to_dict` output.

        Raises:
            TypeError: ``data`` is not a dict.
            ValueError: a field is missing or malformed; the message names it.

        Example:
            >>> from vn_party_docs import Entry, catalogue
            >>> Entry.from_dict(catalogue()[0].to_dict()) == catalogue()[0]
            True
        """
        fields = Fields(data, "Entry")
        return fields.build(
            cls,
            fields.nested("citation", Citation.from_dict),
            fields.string("topic"),
            fields.boolean("verified"),
            fields.string("source"),
        )


@functools.cache
def catalogue() -> tuple[Entry, ...]:
    """Every known document, oldest term first (built once, on first use).

    Example:
        >>> from vn_party_docs import catalogue
        >>> len(catalogue()) > 70
        True
        >>> all(entry.source for entry in catalogue())
        True
    """
    entries = []
    for row in DOCUMENTS:
        type_name, number_symbol, issued_text, term, issuer, plenum, topic, status, source = row
        number_text, symbol = number_symbol.split("-", 1)
        issued = datetime.date.fromisoformat(issued_text) if issued_text else None
        citation = Citation(
            doc_type=DocType[type_name],
            number=int(number_text),
            symbol=symbol,
            issued=issued,
            issuer=issuer,
            plenum=plenum,
            term=term_on(issued) if issued is not None else term,
        )
        entries.append(Entry(citation, topic, status == "✔", source))
    return tuple(entries)


@functools.cache
def _by_number() -> dict[int, tuple[Entry, ...]]:
    index: dict[int, list[Entry]] = {}
    for entry in catalogue():
        index.setdefault(entry.citation.number or 0, []).append(entry)
    return {number: tuple(entries) for number, entries in index.items()}


@functools.cache
def _by_plenum() -> dict[int, tuple[Entry, ...]]:
    index: dict[int, list[Entry]] = {}
    for entry in catalogue():
        if entry.citation.plenum is not None:
            index.setdefault(entry.citation.plenum, []).append(entry)
    return {plenum: tuple(entries) for plenum, entries in index.items()}


# -- values of a resolution -----------------------------------------------------------------
class Basis(enum.Enum):
    """What identified the document of a resolved citation.

    Attributes:
        SELF: The citation's own date, term, year, or plenum and term.
        CONTEXT: A fuller citation of the same document in the context (the other
            citations of the article).
        ARTICLE_DATE: The bare-number rule, with the article's date.

    Example:
        >>> from vn_party_docs.registry import Basis
        >>> Basis.CONTEXT.name
        'CONTEXT'
    """

    SELF = "SELF"
    CONTEXT = "CONTEXT"
    ARTICLE_DATE = "ARTICLE_DATE"


def _show(value: object) -> str:
    if isinstance(value, datetime.date):
        return f"{value.day:02d}-{value.month:02d}-{value.year}"
    if isinstance(value, DocType):
        return value.label
    return str(value)


def _plain(value: FieldValue) -> int | str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, DocType):
        return value.name
    return value


@attrs.frozen
class Conflict:
    """A field where the text and the catalogue disagree; the catalogue's value wins.

    Attributes:
        field (str): The name of the :class:`~vn_party_docs.Citation` field:
            ``doc_type``, ``symbol``, ``issued``, ``issuer``, ``plenum`` or ``term``.
        text_value (DocType | int | str | datetime.date): What the text says.
        catalogue_value (DocType | int | str | datetime.date): What the catalogue
            says (the value the resolved citation carries).

    Example:
        >>> from vn_party_docs import explain, parse_citation
        >>> c = parse_citation("Chỉ thị số 35-CT/TW ngày 30-5-2019 của Ban Chấp hành Trung ương")
        >>> [str(conflict) for conflict in explain(c)]
        ["issuer: the text says 'Ban Chấp hành Trung ương', the catalogue 'Bộ Chính trị'"]
    """

    field: str
    text_value: FieldValue
    catalogue_value: FieldValue

    def __str__(self) -> str:
        return (
            f"{self.field}: the text says {_show(self.text_value)!r}, "
            f"the catalogue {_show(self.catalogue_value)!r}"
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings, types by name)."""
        return {
            "field": self.field,
            "text_value": _plain(self.text_value),
            "catalogue_value": _plain(self.catalogue_value),
        }


@attrs.frozen
class Resolution:
    """The full answer for one citation: what it resolved to, how, and why not.

    ``key`` is the catalogue entry's key when one matched, else the resolved
    citation's own key: use it to group citations.

    Attributes:
        citation (Citation): The citation as the text gave it.
        resolved (Citation | None): The most complete citation known for its
            document (what :func:`~vn_party_docs.resolve` returns); ``None`` when
            nothing identifies one document.
        entry (Entry | None): The catalogue row it matched, if any.
        basis (Basis | None): What identified the document; ``None`` when
            unresolved.
        conflicts (tuple[Conflict, ...]): The fields where the text and the
            catalogue disagree (what :func:`~vn_party_docs.explain` returns).
        candidates (tuple[Entry, ...]): For an ambiguous reference, the catalogued
            documents it could be.
        note (str): Why the citation resolved as it did, or did not, in words.

    Example:
        >>> from vn_party_docs import parse_citation, resolution
        >>> r = resolution(parse_citation("Nghị quyết Trung ương 6 khóa XII"))
        >>> r.resolved, [entry.key for entry in r.candidates]
        (None, ['18-NQ/TW@2017', '19-NQ/TW@2017'])
    """

    citation: Citation
    resolved: Citation | None = None
    entry: Entry | None = None
    basis: Basis | None = None
    conflicts: tuple[Conflict, ...] = ()
    candidates: tuple[Entry, ...] = ()
    note: str = ""

    @property
    def key(self) -> str | None:
        """The resolved citation's :attr:`~vn_party_docs.Citation.key` (``None`` if none).

        One scheme: ``resolution(c).key == resolve(c).key``, and a catalogued document
        dated by the catalogue has its entry's key.
        """
        return self.resolved.key if self.resolved is not None else None

    def __str__(self) -> str:
        lines = [f"{self.citation} -> {self.resolved if self.resolved is not None else 'None'}"]
        if self.basis is not None:
            lines.append(f"  identified by: {self.basis.name}")
        if self.entry is not None:
            lines.append(f"  catalogue: {self.entry.key} ({self.entry.source})")
        lines.extend(f"  conflict: {conflict}" for conflict in self.conflicts)
        lines.extend(f"  candidate: {entry.key}" for entry in self.candidates)
        if self.note:
            lines.append(f"  note: {self.note}")
        return "\n".join(lines)


# -- matching -------------------------------------------------------------------------------
def _types_compatible(a: DocType, b: DocType) -> bool:
    """Same type, or Quy định/Quyết định (both ``QĐ``; news text mixes them up)."""
    return a is b or (a in _QD_TYPES and b in _QD_TYPES)


def _party_form(symbol: str) -> str:
    """A Party symbol written the State's way (``96/QĐ-TW``) back in Party form (``QĐ/TW``)."""
    code, dash, issuer = symbol.rpartition("-")
    if "/" not in symbol and dash and code and issuer in _PARTY_ISSUER_CODES:
        return f"{code}/{issuer}"
    return symbol


def _family(symbol: str) -> str:
    """A symbol in Party form with ``QĐi`` read as ``QĐ`` (news text drops the ``i``)."""
    code, slash, issuer = _party_form(symbol).partition("/")
    return f"{'QĐ' if code == 'QĐi' else code}{slash}{issuer}"


def _issuer_code(citation: Citation) -> str | None:
    """Who numbered the document: the symbol's issuer code, else the issuer's, else ``None``."""
    if citation.symbol is not None:
        symbol = _party_form(citation.symbol)
        party = citation.party_style or citation.year is None
        if party and "/" in symbol and "-" not in symbol.partition("/")[0]:
            return symbol.partition("/")[2]
        return f"state:{citation.symbol}"
    if citation.issuer is not None:
        return _ISSUER_CODE.get(citation.issuer, f"issuer:{citation.issuer}")
    return None


def _same(citation: Citation, other: Citation) -> bool:
    """Whether ``other`` can be the document ``citation`` names (terms and dates aside)."""
    if not _types_compatible(citation.doc_type, other.doc_type):
        return False
    if citation.number is not None:
        if other.number != citation.number:
            return False
        if (
            citation.symbol is not None
            and other.symbol is not None
            and _family(citation.symbol) != _family(other.symbol)
        ):
            return False
    elif (
        citation.plenum is None
        or other.plenum != citation.plenum
        or citation.doc_type is not other.doc_type
    ):
        return False
    mine, theirs = _issuer_code(citation), _issuer_code(other)
    return mine is None or theirs is None or mine == theirs


def _candidates(citation: Citation) -> list[Entry]:
    """Catalogue entries that can be the cited document, whatever their term."""
    if citation.number is not None:
        pool = _by_number().get(citation.number, ())
    elif citation.plenum is not None:
        pool = _by_plenum().get(citation.plenum, ())
    else:
        pool = ()
    return [entry for entry in pool if _same(citation, entry.citation)]


def _in_year(entry: Entry, year: int) -> bool:
    issued = entry.citation.issued
    if issued is not None:
        return issued.year == year
    return entry.citation.term is not None and year in _term_years(entry.citation.term)


def _own_rows(citation: Citation) -> tuple[list[Entry], bool]:
    """Entries matching what the citation itself says, and whether it names a term at all."""
    candidates = _candidates(citation)
    if citation.issued is not None:
        term = term_on(citation.issued)
        rows = [entry for entry in candidates if entry.citation.term == term]
        if rows or citation.term is None:
            return rows, True
    if citation.term is not None:
        return [entry for entry in candidates if entry.citation.term == citation.term], True
    if citation.year is not None and (citation.symbol is None or citation.party_style):
        return [entry for entry in candidates if _in_year(entry, citation.year)], True
    return candidates, False


def _conflicts(citation: Citation, entry: Entry) -> tuple[Conflict, ...]:
    found = []
    for name in _COMPARED:
        said, known = getattr(citation, name), getattr(entry.citation, name)
        if name == "symbol" and said is not None:
            said = _party_form(said)  # "QĐ-TW" written the State's way is no other symbol
        if said is not None and known is not None and said != known:
            found.append(Conflict(name, said, known))
    return tuple(found)


def _filled(base: Citation, fillers: Iterable[Citation]) -> Citation:
    """``base`` with its missing fields taken from ``fillers``, first one first."""
    return _filled_from(base, _first_values(fillers))


def _first_values(citations: Iterable[Citation]) -> dict[str, Any]:
    """For each field a resolution fills, the first value ``citations`` give."""
    values: dict[str, Any] = {}
    for citation in citations:
        for name in _FILLED:
            value = getattr(citation, name)
            if value is not None:
                values.setdefault(name, value)
        if len(values) == len(_FILLED):
            break
    return values


def _filled_from(base: Citation, values: dict[str, Any]) -> Citation:
    """``base`` with its missing fields taken from ``values``."""
    fields = attrs.asdict(base, recurse=False)
    changed = False
    for name, value in values.items():
        if fields[name] is None:
            fields[name] = value
            changed = True
    if not changed:
        return base
    try:
        return Citation(**fields)
    except ValueError:
        return base


def _from_entry(citation: Citation, entry: Entry, basis: Basis, note: str) -> Resolution:
    resolved = _filled(entry.citation, [citation])
    return Resolution(
        citation,
        resolved,
        entry,
        basis,
        conflicts=_conflicts(citation, entry),
        note=note,
    )


@functools.lru_cache(maxsize=4096)
def _alone_or_pending(citation: Citation) -> tuple[Resolution, bool]:
    """What the citation and the catalogue give without context or article date, and
    whether context or the article's date may still decide."""
    rows, names_term = _own_rows(citation)
    if names_term:
        if len(rows) == 1:
            return _from_entry(citation, rows[0], Basis.SELF, ""), False
        if len(rows) > 1:
            note = "several known documents match; the citation does not say which"
            return Resolution(citation, candidates=tuple(rows), note=note), False
    if citation.key is not None:
        note = "not in the catalogue; the citation names the document itself"
        return Resolution(citation, citation, basis=Basis.SELF, note=note), False
    if names_term:
        return Resolution(citation, note="no known document matches"), False
    return Resolution(citation, candidates=tuple(rows)), True


def _value(item: Citation | Mention[Citation]) -> Citation:
    value = item.value if isinstance(item, Mention) else item
    if not isinstance(value, Citation):
        raise TypeError(f"context items must be Citation or Mention[Citation], not {value!r}")
    return value


def _names_document(resolution: Resolution) -> bool:
    """Whether a context citation's resolution pins a document to a term or date."""
    resolved = resolution.resolved
    if resolved is None:
        return False
    return resolution.entry is not None or resolved.issued is not None or resolved.term is not None


def _group(resolution: Resolution) -> str | None:
    """What ties an article's citations of one document: the entry, else the key."""
    if resolution.entry is not None:
        return f"entry:{resolution.entry.key}"
    return resolution.key


#: One indexed context citation: (order, key, resolution).
_Indexed = tuple[int, str, Resolution]


class _Pool:
    """The fuller citations of one number (or plenum) and type family in an article.

    :meth:`matches` answers in time independent of the pool's size: it needs only
    the catalogued documents (few) and whether one or several other keys match, so
    each bucket keeps every catalogued key and the first two others.
    """

    def __init__(self) -> None:
        self._buckets: dict[tuple[object, object], dict[str, _Indexed]] = {}

    def add(
        self, order: int, key: str, alone: Resolution, family: str | None, code: str | None
    ) -> None:
        catalogued = alone.entry is not None
        for bucket in ((family, code), (family, "*"), ("*", code), ("*", "*")):
            found = self._buckets.setdefault(bucket, {})
            if key in found:
                continue
            others = sum(1 for _, _, item in found.values() if item.entry is None)
            if catalogued or others < 2:
                found[key] = (order, key, alone)

    def matches(self, family: str | None, code: str | None) -> list[Resolution]:
        families = ("*",) if family is None else (family, None)
        codes = ("*",) if code is None else (code, None)
        found: dict[str, _Indexed] = {}
        for fam in families:
            for cod in codes:
                for key, item in self._buckets.get((fam, cod), {}).items():
                    found.setdefault(key, item)
        return [alone for _, _, alone in sorted(found.values(), key=lambda item: item[0])]


def _type_family(doc_type: DocType) -> str:
    return "QĐ" if doc_type in _QD_TYPES else doc_type.name


class _Article:
    """The citations of one article, indexed once for context look-ups."""

    def __init__(self, citations: Iterable[Citation]) -> None:
        self.citations = list(dict.fromkeys(citations))
        self._by_number: dict[tuple[int, str], _Pool] = {}
        self._by_plenum: dict[tuple[int, DocType], _Pool] = {}
        self._members: dict[str, dict[str, Any]] | None = None
        self._matches: dict[tuple[object, ...], list[Resolution]] = {}
        for order, citation in enumerate(self.citations):
            alone, pending = _alone_or_pending(citation)
            resolved = alone.resolved
            key = alone.key
            if pending or resolved is None or key is None or not _names_document(alone):
                continue
            family = _family(resolved.symbol) if resolved.symbol is not None else None
            code = _issuer_code(resolved)
            if resolved.number is not None:
                index = (resolved.number, _type_family(resolved.doc_type))
                pool = self._by_number.setdefault(index, _Pool())
                pool.add(order, key, alone, family, code)
            if resolved.plenum is not None:
                plenary = (resolved.plenum, resolved.doc_type)
                pool = self._by_plenum.setdefault(plenary, _Pool())
                pool.add(order, key, alone, None, code)

    def matches(self, citation: Citation) -> list[Resolution]:
        """The distinct documents that fuller citations of the article name for ``citation``."""
        code = _issuer_code(citation)
        if citation.number is not None:
            family = _family(citation.symbol) if citation.symbol is not None else None
            signature: tuple[object, ...] = (
                citation.number,
                _type_family(citation.doc_type),
                family,
                code,
            )
            pool = self._by_number.get((citation.number, _type_family(citation.doc_type)))
        elif citation.plenum is not None:
            family = None
            signature = ("plenum", citation.plenum, citation.doc_type, code)
            pool = self._by_plenum.get((citation.plenum, citation.doc_type))
        else:
            return []
        if pool is None:
            return []
        if signature not in self._matches:
            self._matches[signature] = [
                alone
                for alone in pool.matches(family, code)
                if alone.resolved is not None and _same(citation, alone.resolved)
            ]
        return self._matches[signature]

    def merged(self, resolution: Resolution) -> dict[str, Any]:
        """The first value of each filled field among the article's citations of the
        document ``resolution`` resolved to (alone or through the context)."""
        if self._members is None:
            members: dict[str, list[Citation]] = {}
            for citation in self.citations:
                alone, pending = _alone_or_pending(citation)
                if pending:
                    found = self.matches(citation)
                    group = _group(found[0]) if len(found) == 1 else None
                elif alone.resolved is not None:
                    group = _group(alone)
                else:
                    group = None
                if group is not None:
                    members.setdefault(group, []).append(citation)
            self._members = {group: _first_values(same) for group, same in members.items()}
        group = _group(resolution)
        return self._members.get(group, {}) if group is not None else {}


def _later_term_excluded(entry: Entry, term: int, day: datetime.date) -> bool:
    """Whether the catalogue shows that ``term`` had not reached the entry's number by ``day``."""
    family = _family(entry.citation.symbol or "")
    number = entry.citation.number or 0
    for other in catalogue():
        fact = other.citation
        if (
            fact.term == term
            and fact.issued is not None
            and fact.issued > day
            and (fact.number or 0) <= number
            and _family(fact.symbol or "") == family
        ):
            return True
    return False


def _existed_by(entry: Entry, day: datetime.date) -> bool:
    issued = entry.citation.issued
    if issued is not None:
        return issued <= day
    start = _term_start(entry.citation.term or 0)
    return start is not None and start <= day


def _by_article_date(citation: Citation, day: datetime.date | None) -> Resolution:
    """The bare-number rule (see the module docstring)."""
    if citation.number is None:
        return Resolution(citation, note="a plenum without its term needs a fuller citation")
    if day is None:
        return Resolution(
            citation,
            candidates=tuple(_candidates(citation)),
            note="a bare number needs the article's date or a fuller citation in the article",
        )
    rows = [entry for entry in _candidates(citation) if _existed_by(entry, day)]
    if not rows:
        return Resolution(citation, note=f"no known document of this number by {_show(day)}")
    if len(rows) > 1:
        return Resolution(
            citation,
            candidates=tuple(rows),
            note=f"the number was reused: several known documents by {_show(day)}",
        )
    entry = rows[0]
    for term, start in _term_starts():
        later = term > (entry.citation.term or 0) and start <= day
        if later and not _later_term_excluded(entry, term, day):
            return Resolution(
                citation,
                candidates=(entry,),
                note=f"khóa {to_roman(term)} may have issued its own number "
                f"{entry.citation.number} by {_show(day)}",
            )
    return _from_entry(citation, entry, Basis.ARTICLE_DATE, f"article dated {_show(day)}")


# -- public functions -----------------------------------------------------------------------
def resolution(
    citation: Citation,
    *,
    context: Iterable[Citation | Mention[Citation]] = (),
    reference_date: datetime.date | None = None,
) -> Resolution:
    """Resolve ``citation`` and say how: the full :class:`Resolution`.

    Args:
        citation: A citation read from text.
        context: The other citations of the same article (values or mentions); a
            fuller one of the same document completes a short one.
        reference_date: The article's date, used only by the bare-number rule.

    Example:
        >>> from vn_party_docs import parse_citation
        >>> from vn_party_docs.registry import resolution
        >>> short = parse_citation("Quy định 205")
        >>> full = parse_citation("Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị")
        >>> r = resolution(short, context=[short, full])
        >>> r.key, r.basis.name
        ('205-QĐ/TW@2019', 'CONTEXT')
    """
    if not isinstance(citation, Citation):
        raise TypeError(f"citation must be a Citation, not {type(citation).__name__}")
    day = check_reference_date(reference_date)
    return _resolve_in(citation, _Article(_value(item) for item in context), day)


def _resolve_in(citation: Citation, article: _Article, day: datetime.date | None) -> Resolution:
    """:func:`resolution` with the article's citations already indexed."""
    result, pending = _alone_or_pending(citation)
    if pending:
        matches = article.matches(citation)
        match = matches[0] if len(matches) == 1 else None
        if match is not None and match.entry is not None:
            result = _from_entry(citation, match.entry, Basis.CONTEXT, "")
        elif match is not None and match.resolved is not None:
            resolved = _filled(citation, [match.resolved])
            result = Resolution(citation, resolved, basis=Basis.CONTEXT)
        elif matches:
            result = Resolution(
                citation,
                candidates=tuple(m.entry for m in matches if m.entry is not None),
                note="the article cites several documents of this number",
            )
        else:
            result = _by_article_date(citation, day)
    if result.resolved is None or _group(result) is None:
        return result
    values = article.merged(result)
    if values:
        result = attrs.evolve(result, resolved=_filled_from(result.resolved, values))
    return result


def resolve(
    citation: Citation,
    *,
    context: Iterable[Citation | Mention[Citation]] = (),
    reference_date: datetime.date | None = None,
) -> Citation | None:
    """The most complete citation known for the same document, or ``None``.

    Merges what ``citation`` says with the catalogue and with fuller citations
    in ``context``; where the text and the catalogue disagree the catalogue's
    facts are kept and :func:`explain` lists the disagreement. A citation not in
    the catalogue that names its document by itself (``Quy định số 138-QĐ/TW
    ngày 1-12-2023``) resolves to itself. See the module docstring for the
    bare-number rule.

    Example:
        >>> import datetime
        >>> from vn_party_docs import parse_citation, resolve
        >>> resolve(parse_citation("Nghị quyết Trung ương 4 khóa XI")).key
        '12-NQ/TW@XI'
        >>> day = datetime.date(2021, 9, 30)
        >>> resolve(parse_citation("Quy định 205"), reference_date=day).issued
        datetime.date(2019, 9, 23)
        >>> resolve(parse_citation("Nghị quyết số 999")) is None
        True
    """
    return resolution(citation, context=context, reference_date=reference_date).resolved


def explain(
    citation: Citation,
    *,
    context: Iterable[Citation | Mention[Citation]] = (),
    reference_date: datetime.date | None = None,
) -> tuple[Conflict, ...]:
    """The fields where ``citation`` and the catalogue disagree (empty if none).

    Example:
        >>> from vn_party_docs import explain, parse_citation
        >>> c = parse_citation("Quy định số 205-QĐ/TW ngày 23-10-2019 của Ban Bí thư")
        >>> [(x.field, str(x.text_value), str(x.catalogue_value)) for x in explain(c)]
        [('issued', '2019-10-23', '2019-09-23'), ('issuer', 'Ban Bí thư', 'Bộ Chính trị')]
    """
    return resolution(citation, context=context, reference_date=reference_date).conflicts


def _first_meeting_date(values: Iterable[object]) -> datetime.date | None:
    for value in values:
        day = getattr(value, "date", None)
        if isinstance(day, datetime.date):
            return day
    return None


def _article_date(context: DocumentContext) -> datetime.date | None:
    day = context.reference_date_for(0)
    if day is None:
        day = _first_meeting_date(hit.value for hit in _meetings.hits(context))
    return day


def article_date(text: str, *, reference_date: datetime.date | None = None) -> datetime.date | None:
    """The date the bare-number rule uses for an article.

    ``reference_date`` if given, else the article's dateline, else the date of
    its first meeting header; ``None`` if the text gives none of these.

    Example:
        >>> from vn_party_docs.registry import article_date
        >>> article_date("10:45, 01/07/2020\\nHội nghị trực tuyến ...")
        datetime.date(2020, 7, 1)
    """
    return _article_date(DocumentContext(text, reference_date))


def documents(
    source: Extraction | str | Iterable[Mention[Citation]],
    *,
    reference_date: datetime.date | None = None,
) -> dict[str, list[Mention[Citation]]]:
    """An article's citations grouped by the document they resolve to.

    The equivalent of ``Extraction.documents()``: keys are
    :attr:`Resolution.key` in order of first mention; each
    value lists the mentions of that document.
    Every citation is resolved with all the others as context. Citations that
    resolve to nothing are left out (use :func:`resolution` to see why).

    Args:
        source: The article's text, its :class:`~vn_party_docs.Extraction`, or its
            citation mentions.
        reference_date: The article's date. For text it defaults to
            :func:`article_date`; for an extraction, to its
            first dated meeting.

    Example:
        >>> from vn_party_docs import documents
        >>> text = ("Thực hiện Quy định 205 và Quy định số 205-QĐ/TW ngày 23-9-2019 "
        ...         "của Bộ Chính trị.")
        >>> groups = documents(text)
        >>> list(groups), [m.text for m in groups["205-QĐ/TW@2019"]][0]
        (['205-QĐ/TW@2019'], 'Quy định 205')
    """
    day = check_reference_date(reference_date)
    if isinstance(source, str):
        context = DocumentContext(source, day)
        mentions = to_mentions(context.norm, _citations.hits(context))
        day = _article_date(context)
    elif isinstance(source, Extraction):
        mentions = list(source.citations)
        if day is None:
            day = _first_meeting_date(mention.value for mention in source.meetings)
    else:
        mentions = list(source)
    article = _Article(_value(mention) for mention in mentions)
    groups: dict[str, list[Mention[Citation]]] = {}
    keys: dict[Citation, str | None] = {}
    for mention in mentions:
        if mention.value not in keys:
            keys[mention.value] = _resolve_in(mention.value, article, day).key
        key = keys[mention.value]
        if key is not None:
            groups.setdefault(key, []).append(mention)
    return groups
