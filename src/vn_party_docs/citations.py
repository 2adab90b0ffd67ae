"""Document citations: Party and State documents cited in news text.

The model (:class:`DocType`, :class:`System`, :class:`Citation`), its grammar and
its canonical formatter live here; :func:`parse_citation` and
:func:`find_citations` share one grammar.

A citation is a document-type word followed by something that identifies one
document: a symbol (``137-QĐ/TW``, ``30/2020/NĐ-CP``), a number (``Quy định 205``),
a plenum (``Nghị quyết Trung ương 4``) or a congress (``Nghị quyết Đại hội XIII``).
After it, in any order, the text may give a date, an issuer (``của Ban Bí thư``),
a plenum, a term (``khóa XII``) and a quoted subject. Everything kept comes from
the text; nothing is looked up or guessed.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs
import regex

from ._text.context import DocumentContext, Hit, check_text, to_mentions
from ._text.dates import FULL_DATE, read_date
from ._text.grammar import DASH, GAP, SP, compile_pattern, lazy_pattern
from ._text.normalize import NormalizedText, fold
from ._text.numerals import ROMAN_PATTERN, read_number, to_roman
from ._vocab.doctypes import DOC_TYPES, PARTY_CODES, SYMBOL_SEGMENTS
from ._vocab.issuers import ISSUERS
from .errors import ParseError
from .spans import Mention

__all__ = ["Citation", "DocType", "System", "find_citations", "parse_citation"]


class System(enum.Enum):
    """Whose document it is: the Party's or the State's.

    Example:
        >>> System.PARTY.name
        'PARTY'
    """

    PARTY = "PARTY"
    STATE = "STATE"


class DocType(enum.Enum):
    """The type of a document, with its Vietnamese label and symbol code.

    Example:
        >>> DocType.QUY_DINH.label, DocType.QUY_DINH.code
        ('Quy định', 'QĐ')
    """

    NGHI_QUYET = "NGHI_QUYET"
    CHI_THI = "CHI_THI"
    KET_LUAN = "KET_LUAN"
    QUY_DINH = "QUY_DINH"
    QUYET_DINH = "QUYET_DINH"
    HUONG_DAN = "HUONG_DAN"
    THONG_BAO = "THONG_BAO"
    THONG_TRI = "THONG_TRI"
    QUY_CHE = "QUY_CHE"
    KE_HOACH = "KE_HOACH"
    CHUONG_TRINH = "CHUONG_TRINH"
    DE_AN = "DE_AN"
    BAO_CAO = "BAO_CAO"
    TO_TRINH = "TO_TRINH"
    CONG_VAN = "CONG_VAN"
    NGHI_DINH = "NGHI_DINH"
    THONG_TU_LIEN_TICH = "THONG_TU_LIEN_TICH"
    THONG_TU = "THONG_TU"
    BO_LUAT = "BO_LUAT"
    LUAT = "LUAT"
    PHAP_LENH = "PHAP_LENH"
    LENH = "LENH"
    CONG_DIEN = "CONG_DIEN"

    @property
    def label(self) -> str:
        """The Vietnamese name as written in running text, such as "Nghị quyết"."""
        return _DOC_TYPE_ROWS[self.name][0]

    @property
    def code(self) -> str | None:
        """The type code used in symbols ("NQ", "QĐ"), or ``None`` (laws have none)."""
        return _DOC_TYPE_ROWS[self.name][1]

    @property
    def system(self) -> System | None:
        """The only system that issues this type, or ``None`` when both do."""
        system = _DOC_TYPE_ROWS[self.name][2]
        return System[system] if system else None


_DOC_TYPE_ROWS = {name: (label, code, system) for name, label, code, system, _ in DOC_TYPES}
_PARTY_ISSUERS = frozenset(name for name, system, _, _ in ISSUERS if system == "PARTY")
_LOCAL_ISSUERS = tuple(name for name, _, local, _ in ISSUERS if local)


def _optional_positive(
    instance: Citation, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    if value is not None and value <= 0:
        raise ValueError(f"{attribute.name} must be positive, not {value}")


def _optional_year(instance: Citation, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and not 1900 <= value <= 2199:
        raise ValueError(f"year must be 1900-2199, not {value}")


def _optional_text(instance: Citation, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not value.strip() or value != value.strip()):
        raise ValueError(f"{attribute.name} must be non-blank and stripped, not {value!r}")


@attrs.frozen
class Citation:
    """A cited document, with only what the text says about it.

    ``str()`` is the canonical form and ``parse_citation(str(c)) == c``.

    Example:
        >>> c = parse_citation("Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư")
        >>> c.doc_type, c.number, c.symbol, c.issued, c.issuer
        (<DocType.QUY_DINH: 'QUY_DINH'>, 137, 'QĐ/TW', datetime.date(2023, 12, 1), 'Ban Bí thư')
        >>> str(c)
        'Quy định số 137-QĐ/TW ngày 01-12-2023 của Ban Bí thư'
        >>> c.key, c.system.name
        ('137-QĐ/TW@2023', 'PARTY')
    """

    doc_type: DocType
    number: int | None = attrs.field(default=None, validator=_optional_positive)
    symbol: str | None = attrs.field(default=None, validator=_optional_text)
    year: int | None = attrs.field(default=None, validator=_optional_year)
    issued: datetime.date | None = None
    issuer: str | None = attrs.field(default=None, validator=_optional_text)
    plenum: int | None = attrs.field(default=None, validator=_optional_positive)
    term: int | None = attrs.field(default=None, validator=_optional_positive)
    congress: int | None = attrs.field(default=None, validator=_optional_positive)
    subject: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.symbol is not None and self.number is None:
            raise ValueError("a symbol needs a number")
        if self.year is not None and self.number is None:
            raise ValueError("a year inside a number needs the number")
        if self.number is None and self.plenum is None and self.congress is None:
            raise ValueError("a citation needs a number, a plenum or a congress")

    @property
    def party_style(self) -> bool:
        """Whether the symbol is written the Party's way (``N-XX/YY``)."""
        return (
            self.symbol is not None
            and self.year is None
            and "/" in self.symbol
            and ("-" not in self.symbol.split("/", 1)[0])
            and not self.symbol.startswith(("QH", "UBTVQH"))
        )

    @property
    def system(self) -> System:
        """PARTY or STATE, from the symbol, else the issuer, else the kind of reference.

        Example:
            >>> parse_citation("Nghị định số 30/2020/NĐ-CP").system
            <System.STATE: 'STATE'>
        """
        if self.symbol is not None:
            return System.PARTY if self.party_style else System.STATE
        if self.issuer is not None:
            return System.PARTY if self._party_issuer() else System.STATE
        if self.year is not None:
            return System.STATE
        if self.plenum is not None or self.congress is not None or self.term is not None:
            return System.PARTY
        return self.doc_type.system or System.PARTY

    def _party_issuer(self) -> bool:
        issuer = self.issuer or ""
        return issuer in _PARTY_ISSUERS or any(
            issuer.startswith(local + " ") and local in _PARTY_ISSUERS for local in _LOCAL_ISSUERS
        )

    @property
    def key(self) -> str | None:
        """A stable identifier for linking citations of one document, or ``None``.

        Party numbers restart each term, so a Party key carries the year of issue
        (``18-NQ/TW@2017``) or the term (``18-NQ/TW@XII``); a plenum resolution is
        ``NQ/TW4/XII``, a congress resolution ``NQ/ĐH/XIII``; a State key is its
        number (``30/2020/NĐ-CP``), with the year of issue when the number has none.

        Example:
            >>> parse_citation("Nghị quyết Trung ương 4 khóa XII").key
            'NQ/TW4/XII'
        """
        code = self.doc_type.code or self.doc_type.name
        if self.symbol is not None:
            if self.system is System.STATE:
                base = self._number_text()
                if self.year is None and self.issued is not None:
                    return f"{base}@{self.issued.year}"
                return base
            if self.issued is not None:
                return f"{self._number_text()}@{self.issued.year}"
            if self.term is not None:
                return f"{self._number_text()}@{to_roman(self.term)}"
            return None
        if self.plenum is not None and self.term is not None and self.number is None:
            return f"{code}/TW{self.plenum}/{to_roman(self.term)}"
        if self.congress is not None and self.number is None:
            return f"{code}/ĐH/{to_roman(self.congress)}"
        return None

    def _number_text(self) -> str:
        """The number as the document writes it: ``137-QĐ/TW``, ``30/2020/NĐ-CP``, ``18/2017``."""
        number = f"{self.number:02d}"
        if self.symbol is None:
            return number if self.year is None else f"{number}/{self.year}"
        if self.party_style:
            return f"{number}-{self.symbol}"
        if self.year is not None:
            return f"{number}/{self.year}/{self.symbol}"
        return f"{number}/{self.symbol}"

    def __str__(self) -> str:
        parts = [self.doc_type.label]
        if self.number is not None:
            parts.append(f"số {self._number_text()}")
            if self.plenum is not None:
                parts[-1] += ","
                parts.append(f"Hội nghị Trung ương {self.plenum}")
        elif self.plenum is not None:
            parts.append(f"Trung ương {self.plenum}")
        if self.congress is not None:
            parts.append(f"Đại hội {to_roman(self.congress)} của Đảng")
        if self.term is not None:
            parts.append(f"khóa {to_roman(self.term)}")
        if self.issued is not None:
            issued = self.issued
            parts.append(f"ngày {issued.day:02d}-{issued.month:02d}-{issued.year}")
        if self.issuer is not None:
            parts.append(f"của {self.issuer}")
        if self.subject is not None:
            parts.append(f"về “{self.subject}”")
        return " ".join(parts)

    def short_repr(self) -> str:
        """A compact repr: ``Citation('Quy định số 137-QĐ/TW …')``."""
        return f"Citation({str(self)!r})"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the fields (enum names, ISO date), plus system and key.

        Example:
            >>> parse_citation("Chỉ thị 35 của Bộ Chính trị").to_dict()["doc_type"]
            'CHI_THI'
        """
        return {
            "doc_type": self.doc_type.name,
            "number": self.number,
            "symbol": self.symbol,
            "year": self.year,
            "issued": self.issued.isoformat() if self.issued else None,
            "issuer": self.issuer,
            "plenum": self.plenum,
            "term": self.term,
            "congress": self.congress,
            "subject": self.subject,
            "system": self.system.name,
            "key": self.key,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Citation:
        """Rebuild a citation from :meth:`to_dict` output (``system`` and ``key`` ignored)."""
        issued = data.get("issued")
        return cls(
            doc_type=DocType[data["doc_type"]],
            number=data.get("number"),
            symbol=data.get("symbol"),
            year=data.get("year"),
            issued=datetime.date.fromisoformat(issued) if issued else None,
            issuer=data.get("issuer"),
            plenum=data.get("plenum"),
            term=data.get("term"),
            congress=data.get("congress"),
            subject=data.get("subject"),
        )


# -- vocabulary tables built once -------------------------------------------------------
_SEGMENTS = {fold(segment): segment for segment in SYMBOL_SEGMENTS}
_PARTY_CODE_SPELLING = {fold(code): code for code in PARTY_CODES}
_TYPE_BY_SPELLING: dict[str, DocType] = {}
for _name, _label, _code, _system, _spellings in DOC_TYPES:
    for _spelling in (_label.lower(), *_spellings):
        _TYPE_BY_SPELLING[_spelling] = DocType[_name]
_ISSUER_BY_SPELLING: dict[str, tuple[str, bool]] = {}
for _canonical, _system, _local, _spellings in ISSUERS:
    for _spelling in _spellings:
        _ISSUER_BY_SPELLING[_spelling] = (_canonical, _local)
#: Spellings that are abbreviations: read only when written in capitals.
_ABBREVIATIONS = frozenset(
    spelling for spelling in _ISSUER_BY_SPELLING if " " not in spelling and len(spelling) <= 7
) | {"bct, bbt"}


def _alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces as bounded gaps."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(GAP.join(regex.escape(part) for part in word.split(" ")) for word in ordered)


_ASSEMBLY_CODE = compile_pattern(r"(qh|ubtvqh)(\d{1,2})")


def _canonical_segment(segment: str) -> str:
    """One dash-separated part of a code: known spellings restored, others upper case."""
    folded = fold(segment)
    if folded in _SEGMENTS:
        return _SEGMENTS[folded]
    match = _ASSEMBLY_CODE.fullmatch(folded)
    if match:
        return match[1].upper() + match[2]
    return segment.upper()


def _canonical_party_symbol(code: str, issuer: str) -> str:
    code_text = _PARTY_CODE_SPELLING.get(fold(code).replace(" ", ""), code.upper())
    parts = issuer.upper().replace("T.Ư", "TƯ").split("-")
    issuer_text = "-".join("TW" if part == "TƯ" else _canonical_segment(part) for part in parts)
    return f"{code_text}/{issuer_text}"


def _canonical_state_symbol(code: str) -> str:
    return "-".join(_canonical_segment(part.strip()) for part in code.split("-"))


# -- grammar ----------------------------------------------------------------------------
_ROMAN_OR_NUMBER = rf"(?:{ROMAN_PATTERN}|\d{{1,2}})(?![\w])"
_ORDINAL = r"(?:thứ[ ]{1,2}(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:[ ]một|[ ]hai)?))"
_TW = r"(?:trung[ ]{1,2}ương|tw|t\.[ ]?ư|tư)"
_BCH = rf"(?:ban{GAP}chấp{GAP}hành|bch){SP}{_TW}(?:{GAP}đảng)?"
_PLENUM = rf"""
    (?:hội{GAP}nghị{GAP}(?:lần{GAP}(?P<plenum_ordinal>{_ORDINAL}|(?:thứ{GAP})?\d{{1,2}})(?![\w])
                             (?:{GAP}{_BCH})?
                           |{_TW}{SP}(?:lần{GAP}thứ{GAP})?(?P<plenum>\d{{1,2}})(?![\w\d]))
      |{_TW}{SP}(?P<plenum>\d{{1,2}})(?![\w\d]))
"""
_TERM = rf"khóa{GAP}(?P<term>{_ROMAN_OR_NUMBER})"
_CONGRESS = rf"""
    đại{GAP}hội{GAP}(?:(?:đại{GAP}biểu{GAP}toàn{GAP}quốc{GAP})?lần{GAP}thứ{GAP})?
    (?P<congress>{ROMAN_PATTERN}|\d{{1,2}})(?![\w])(?:{GAP}của{GAP}đảng)?
"""
_CODE = r"[a-zđư]{1,6}"
_PARTY_SYMBOL = rf"""
    (?P<number>\d{{1,5}}){SP}{DASH}{SP}(?P<code>{_CODE}){SP}(?:/|{DASH}){SP}
    (?P<issuer_code>(?:t\.ư|[a-zđư]{{1,10}})(?:-[a-zđư0-9]{{1,10}}){{0,2}})(?![\w/])
"""
_STATE_SYMBOL = rf"""
    (?P<number>\d{{1,5}}){SP}/{SP}(?:(?P<year>(?:19|20|21)\d\d){SP}/{SP})?
    (?P<state_code>(?:qh|ubtvqh)\d{{1,2}}|[a-zđ]{{1,8}}(?:{SP}-{SP}[a-zđ0-9]{{1,12}}){{0,3}})(?![\w/])
"""
_NUMBER_YEAR = r"(?P<number>\d{1,4})/(?P<year>(?:19|20)\d\d)(?![\w/])"
_PLAIN_NUMBER = r"(?P<number>\d{1,4})(?![\d/.,-]\d|\d|[\w-])"


@lazy_pattern
def _citation_pattern() -> regex.Pattern[str]:
    types = _alternation(list(_TYPE_BY_SPELLING))
    return compile_pattern(
        rf"""
        (?<![\w])(?P<type>{types})
        (?:
            (?P<with_number>(?:{GAP}(?P<so>số)(?:{SP}:)?)?{GAP}
                (?:{_PARTY_SYMBOL}|{_STATE_SYMBOL}|{_NUMBER_YEAR}|{_PLAIN_NUMBER}))
          | {GAP}(?P<plenum_ref>{_PLENUM})
          | {GAP}(?P<congress_ref>{_CONGRESS})
        )
        """
    )


@lazy_pattern
def _issuer_pattern() -> regex.Pattern[str]:
    return compile_pattern(
        rf"""
        (?:{SP},{SP}|{GAP})(?:do{GAP})?của{GAP}(?P<issuer>{_alternation(list(_ISSUER_BY_SPELLING))})
        (?![\w])
        """
    )


@lazy_pattern
def _tail_pattern() -> regex.Pattern[str]:
    return compile_pattern(
        rf"""
        (?P<date_tail>(?:{SP},{SP}|{GAP})(?:(?:ban{GAP}hành{GAP})?ngày{GAP})?(?P<date>{FULL_DATE}))
      | (?P<term_tail>{SP}(?:(?P<paren>\()|,)?{SP}{_TERM}(?(paren){SP}\)))
      | (?P<plenum_tail>(?:{SP},{SP}|{GAP})(?:(?:tại|(?P<plenum_of>của)|theo){GAP})?{_PLENUM})
      | (?P<subject_tail>(?:{SP},{SP}|{GAP})(?:về{SP})?[“"]
            (?P<subject>(?:[^“”"\n]|“[^“”"\n]{{1,300}}”){{1,600}})[”"])
        """
    )


@lazy_pattern
def _more_numbers() -> regex.Pattern[str]:
    return compile_pattern(rf"(?:{SP},{SP}|{GAP}và{GAP}){_PLAIN_NUMBER}")


@lazy_pattern
def _more_terms() -> regex.Pattern[str]:
    return compile_pattern(rf"(?:{SP},{SP}|{GAP}và{GAP})(?P<term>{ROMAN_PATTERN})(?![\w])")


@lazy_pattern
def _locality() -> regex.Pattern[str]:
    return compile_pattern(r"(?:[ ]\p{Lu}[\p{Ll}\p{M}]{0,7}){1,4}")


#: Words a number must not be followed by: "Báo cáo 6 tháng", "Kế hoạch 3 năm".
_UNIT_AFTER_NUMBER = compile_pattern(
    rf"{SP}(?:tháng|năm|ngày|giờ|phút|%|lần|điểm|người|đồng|nội[ ]dung|vấn[ ]đề|bước|nhóm)(?![\w])"
)


@attrs.frozen
class _Read:
    """One citation read, with its span in the normalised text."""

    start: int
    end: int
    fields: dict[str, Any]


def _issuer_at(norm: NormalizedText, match: regex.Match[str]) -> tuple[str | None, int]:
    """The canonical issuer of an issuer match and where it ends (locality included)."""
    spelled = " ".join(match["issuer"].split())
    canonical, local = _ISSUER_BY_SPELLING[spelled]
    start, end = match.span("issuer")
    if spelled in _ABBREVIATIONS and not norm.text[start:end].isupper():
        return None, match.start()
    if local:
        place = _locality().match(norm.text, end)
        if place is not None:
            return f"{canonical} {' '.join(place.group().split())}", place.end()
    return canonical, end


def _read_core(norm: NormalizedText, match: regex.Match[str]) -> dict[str, Any] | None:
    """The fields the type word and identifier give; ``None`` if it is no citation."""
    spelled = " ".join(match["type"].split())
    fields: dict[str, Any] = {"doc_type": _TYPE_BY_SPELLING[spelled]}
    if match["with_number"]:
        number = int(match["number"])
        if number == 0:
            return None
        fields["number"] = number
        if match["code"]:
            fields["symbol"] = _canonical_party_symbol(match["code"], match["issuer_code"])
        elif match["state_code"]:
            fields["symbol"] = _canonical_state_symbol(match["state_code"])
            if match["year"]:
                fields["year"] = int(match["year"])
        elif match["year"]:
            fields["year"] = int(match["year"])
        elif not match["so"]:
            type_text = norm.text[match.start("type") : match.end("type")]
            if not type_text[0].isupper() or _UNIT_AFTER_NUMBER.match(norm.lower, match.end()):
                return None
    elif match["plenum_ref"]:
        fields.update(_plenum_fields(match))
    else:
        fields["congress"] = read_number(match["congress"])
    return fields


def _plenum_fields(match: regex.Match[str]) -> dict[str, Any]:
    ordinal = match["plenum_ordinal"]
    if ordinal:
        digits = "".join(char for char in ordinal if char.isdigit())
        return {"plenum": int(digits) if digits else read_number(ordinal)}
    return {"plenum": int(match["plenum"])}


def _read_tails(norm: NormalizedText, position: int, fields: dict[str, Any]) -> int:
    """Read the date, issuer, plenum, term and subject after a core, in any order.

    Fills ``fields`` and returns where the citation ends.
    """
    lower = norm.lower
    for _ in range(8):
        issuer_match = _issuer_pattern().match(lower, position)
        if issuer_match is not None and "issuer" not in fields:
            issuer, end = _issuer_at(norm, issuer_match)
            if issuer is not None:
                fields["issuer"] = issuer
                position = end
                continue
        tail = _tail_pattern().match(lower, position)
        if tail is None:
            break
        if tail["date_tail"] and "issued" not in fields:
            issued = read_date(tail["date"])
            if issued is None:
                break
            fields["issued"] = issued
        elif tail["term_tail"] and "term" not in fields:
            fields["term"] = read_number(tail["term"])
        elif tail["plenum_tail"] and "plenum" not in fields:
            fields.update(_plenum_fields(tail))
            if tail["plenum_of"] and "issuer" not in fields:
                fields["issuer"] = "Ban Chấp hành Trung ương"
        elif tail["subject_tail"] and "subject" not in fields:
            subject = norm.text[tail.start("subject") : tail.end("subject")]
            fields["subject"] = " ".join(subject.split())
        else:
            break
        position = tail.end()
    return position


def _read_at(norm: NormalizedText, match: regex.Match[str]) -> list[_Read]:
    """Every citation a match of the citation grammar starts (enumerations give several)."""
    core = _read_core(norm, match)
    if core is None:
        return []
    end = _read_tails(norm, match.end(), core)
    reads = [_Read(match.start(), end, core)]
    lower = norm.lower
    if match["with_number"] and "symbol" not in core and "year" not in core:
        # "Nghị quyết số 18, 19, 20 (của …)": one citation per number, sharing the tail.
        position = match.end()
        numbers: list[tuple[int, int, int]] = []
        for _ in range(20):
            more = _more_numbers().match(lower, position)
            if more is None or int(more["number"]) == 0:
                break
            numbers.append((more.start("number"), more.end(), int(more["number"])))
            position = more.end()
        if numbers:
            shared: dict[str, Any] = {"doc_type": core["doc_type"]}
            end = _read_tails(norm, position, shared)
            first = dict(core)
            first.update({k: v for k, v in shared.items() if k not in first})
            reads = [_Read(match.start(), match.end(), first)]
            for index, (start, number_end, number) in enumerate(numbers):
                fields = dict(shared, number=number)
                last = index == len(numbers) - 1
                reads.append(_Read(start, end if last else number_end, fields))
    elif "term" in core:
        # "Nghị quyết Trung ương 4 khóa XI, XII": the same plenum in two terms.
        position = end
        for _ in range(6):
            more = _more_terms().match(lower, position)
            if more is None:
                break
            fields = dict(core, term=read_number(more["term"]))
            fields.pop("issued", None)
            fields.pop("subject", None)
            reads.append(_Read(more.start("term"), more.end(), fields))
            position = more.end()
    return reads


def _build(fields: dict[str, Any]) -> Citation | None:
    try:
        return Citation(**fields)
    except (ValueError, TypeError):
        return None


def hits(context: DocumentContext) -> list[Hit[Citation]]:
    """All citations of a document, in normalised coordinates (computed once per document)."""
    return context.memo("citations", lambda: _find(context.norm))


@lazy_pattern
def _anchor() -> regex.Pattern[str]:
    """The first words of the document types: the grammar is tried only there."""
    firsts = sorted(
        {spelling.split(" ")[0] for spelling in _TYPE_BY_SPELLING}, key=len, reverse=True
    )
    return compile_pattern(rf"\b(?:{'|'.join(firsts)})\b")


def _find(norm: NormalizedText) -> list[Hit[Citation]]:
    result: list[Hit[Citation]] = []
    position = 0
    pattern, anchor = _citation_pattern(), _anchor()
    lower = norm.lower
    while True:
        found = anchor.search(lower, position)
        if found is None:
            break
        match = pattern.match(lower, found.start())
        if match is None:
            position = found.end()
            continue
        reads = _read_at(norm, match)
        if not reads:
            position = match.start() + 1
            continue
        for read in reads:
            citation = _build(read.fields)
            if citation is not None:
                result.append(Hit(citation, read.start, read.end))
        position = max(read.end for read in reads)
    return result


_EXPECTED = 'a citation such as "Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư"'


def parse_citation(s: str) -> Citation:
    """Read one citation from the whole of ``s``.

    Raises:
        ParseError: naming what was expected and where reading stopped.

    Example:
        >>> c = parse_citation("Nghị quyết Trung ương 4 khóa XII")
        >>> c.plenum, c.term, c.number
        (4, 12, None)
        >>> parse_citation("Luật số 64/2025/QH15").symbol
        'QH15'
    """
    norm = NormalizedText(check_text(s, "s"))
    lower = norm.lower
    start = len(lower) - len(lower.lstrip())
    content_end = len(lower.rstrip())
    match = _citation_pattern().match(lower, start)
    reads = _read_at(norm, match) if match is not None else []
    if len(reads) != 1 or reads[0].end != content_end:
        position = reads[0].end if reads else start
        if match is not None and not reads:
            position = match.end()
        raise ParseError(_EXPECTED, norm.source_end(position) if position > start else start, s)
    citation = _build(reads[0].fields)
    if citation is None:
        raise ParseError(_EXPECTED, norm.source_start(start), s)
    return citation


def find_citations(
    text: str, *, reference_date: datetime.date | None = None
) -> list[Mention[Citation]]:
    """Find every document citation in ``text``.

    ``reference_date`` is accepted for symmetry with the other finders; citations
    never complete their dates from it.

    Example:
        >>> text = "Thực hiện Nghị quyết số 18, 19, 20 của Ban Chấp hành Trung ương khóa XII."
        >>> [(m.value.number, m.value.term) for m in find_citations(text)]
        [(18, 12), (19, 12), (20, 12)]
        >>> [m.text for m in find_citations(text)][:2]
        ['Nghị quyết số 18', '19']
    """
    context = DocumentContext(check_text(text), reference_date)
    return to_mentions(context.norm, hits(context))
