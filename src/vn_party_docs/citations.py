"""Document citations: Party and State documents cited in news text.

The model (:class:`DocType`, :class:`System`, :class:`Citation`), its grammar and
its canonical formatter live here; :func:`parse_citation` and
:func:`find_citations` share one grammar.

A citation is a document-type word followed by something that identifies one
document: a symbol (``137-QĐ/TW``, ``30/2020/NĐ-CP``), a number (``Quy định 205``),
a plenum (``Nghị quyết Trung ương 4``) or a congress (``Nghị quyết Đại hội XIII``).
After it, in any order, the text may give a date, an issuer (``của Ban Bí thư``),
a plenum, a congress, a term (``khóa XII``) and a quoted subject. Everything kept
comes from the text; nothing is looked up or guessed.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs

from ._fields import Fields, check_type
from ._text.context import DocumentContext, Hit, check_text, to_mentions
from ._text.dates import FULL_DATE, read_date
from ._text.grammar import (
    DASH,
    GAP,
    SP,
    Match,
    Pattern,
    alternation,
    compile_pattern,
    lazy_pattern,
    next_word_start,
)
from ._text.normalize import NormalizedText, fold
from ._text.numerals import ROMAN_PATTERN, read_number, to_roman
from ._vocab.doctypes import (
    BARE_NUMBER_TYPES,
    DOC_TYPES,
    NAMED_TYPES,
    PARTY_CODES,
    PARTY_ISSUER_CODES,
    PLENARY_TYPES,
    SYMBOL_SEGMENTS,
)
from ._vocab.issuers import ISSUERS, LOCAL_BODIES, LOCAL_COMMITTEES, LOCALITY_WORDS
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
        >>> DocType.NGHI_DINH.system
        <System.STATE: 'STATE'>
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
        """The Vietnamese name as running text capitalises it, such as "Nghị quyết"."""
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
_PLENARY = frozenset(DocType[name] for name in PLENARY_TYPES)
_BARE_NUMBER = frozenset(DocType[name] for name in BARE_NUMBER_TYPES)
_NAMED = frozenset(DocType[name] for name in NAMED_TYPES)

#: The largest plenum, term or congress number the grammar reads (Roman numerals to XXXIX).
_MAX_ORDINAL = 39


def _optional_positive(
    instance: Citation, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    check_type("Citation", attribute.name, value, (int, type(None)))
    if value is not None and not 1 <= value <= 99_999:
        raise ValueError(f"{attribute.name} must be 1-99999, not {value}")


def _optional_ordinal(
    instance: Citation, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    check_type("Citation", attribute.name, value, (int, type(None)))
    if value is not None and not 1 <= value <= _MAX_ORDINAL:
        raise ValueError(f"{attribute.name} must be 1-{_MAX_ORDINAL}, not {value}")


def _optional_year(instance: Citation, attribute: attrs.Attribute[Any], value: int | None) -> None:
    check_type("Citation", attribute.name, value, (int, type(None)))
    if value is not None and not 1900 <= value <= 2199:
        raise ValueError(f"year must be 1900-2199, not {value}")


def _optional_date(
    instance: Citation, attribute: attrs.Attribute[Any], value: datetime.date | None
) -> None:
    check_type("Citation", attribute.name, value, (datetime.date, type(None)))
    if value is not None and not 1900 <= value.year <= 2199:
        raise ValueError(f"issued must lie in 1900-2199, not {value}")


def _optional_symbol(
    instance: Citation, attribute: attrs.Attribute[Any], value: str | None
) -> None:
    check_type("Citation", attribute.name, value, (str, type(None)))
    if value is not None and _read_symbol(value, instance.year) != value:
        raise ValueError(f"symbol must be a canonical document symbol, not {value!r}")


def _optional_issuer(
    instance: Citation, attribute: attrs.Attribute[Any], value: str | None
) -> None:
    check_type("Citation", attribute.name, value, (str, type(None)))
    if value is not None and _read_issuer(value) != value:
        raise ValueError(f"issuer must be a canonical organ name, not {value!r}")


def _optional_subject(
    instance: Citation, attribute: attrs.Attribute[Any], value: str | None
) -> None:
    check_type("Citation", attribute.name, value, (str, type(None)))
    if value is not None and _read_subject(value) != value:
        raise ValueError(
            f"subject must be non-blank, stripped, one line, with balanced “”, not {value!r}"
        )


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

    doc_type: DocType = attrs.field(validator=attrs.validators.instance_of(DocType))
    number: int | None = attrs.field(default=None, validator=_optional_positive)
    symbol: str | None = attrs.field(default=None, validator=_optional_symbol)
    year: int | None = attrs.field(default=None, validator=_optional_year)
    issued: datetime.date | None = attrs.field(default=None, validator=_optional_date)
    issuer: str | None = attrs.field(default=None, validator=_optional_issuer)
    plenum: int | None = attrs.field(default=None, validator=_optional_ordinal)
    term: int | None = attrs.field(default=None, validator=_optional_ordinal)
    congress: int | None = attrs.field(default=None, validator=_optional_ordinal)
    subject: str | None = attrs.field(default=None, validator=_optional_subject)

    def __attrs_post_init__(self) -> None:
        if self.symbol is not None and self.number is None:
            raise ValueError("a symbol needs a number")
        if self.year is not None and self.number is None:
            raise ValueError("a year inside a number needs the number")
        if self.number is None:
            if self.plenum is None and self.congress is None:
                raise ValueError("a citation needs a number, a plenum or a congress")
            if self.doc_type not in _PLENARY:
                raise ValueError(f"a {self.doc_type.label} is cited by its number")

    @property
    def party_style(self) -> bool:
        """Whether the symbol is written the Party's way (``N-XX/YY``).

        Example:
            >>> parse_citation("Chỉ thị 05-CT/TW").party_style
            True
        """
        return self.symbol is not None and "/" in self.symbol

    @property
    def system(self) -> System:
        """PARTY or STATE, from the symbol, else the issuer, else the kind of reference.

        A bare number with no issuer and a type both systems use ("Quy định 205")
        is taken as the Party's: that is what Party news cites by number.

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
        """Whether the issuer is a Party organ."""
        return _issuer_system(self.issuer or "") == "PARTY"

    @property
    def key(self) -> str | None:
        """A stable identifier for linking citations of one document, or ``None``.

        Party numbers restart each term, so a Party key carries the year of issue
        (``18-NQ/TW@2017``) or, without a date, the term (``18-NQ/TW@XII``); a
        plenum resolution is ``NQ/TW4/XII``, a congress resolution
        ``NQ/ĐH/XIII``; a State key is its number (``30/2020/NĐ-CP``), with the
        year of issue when the number has none (``759/QĐ-TTg@2024``). A number
        without a symbol, or a Party symbol without date or term, gives ``None``.

        Example:
            >>> parse_citation("Nghị quyết Trung ương 4 khóa XII").key
            'NQ/TW4/XII'
            >>> parse_citation("Nghị quyết số 18-NQ/TW ngày 25-10-2017").key
            '18-NQ/TW@2017'
        """
        code = self.doc_type.code or self.doc_type.name
        if self.symbol is not None:
            base = self._number_text()
            if self.system is System.STATE:
                if self.year is None and self.issued is not None:
                    return f"{base}@{self.issued.year}"
                return base
            if self.issued is not None:
                return f"{base}@{self.issued.year}"
            if self.term is not None:
                return f"{base}@{to_roman(self.term)}"
            return None
        if self.number is None and self.plenum is not None and self.term is not None:
            return f"{code}/TW{self.plenum}/{to_roman(self.term)}"
        if self.number is None and self.congress is not None and self.plenum is None:
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
        """Rebuild a citation from :meth:`to_dict` output (``system`` and ``key`` ignored).

        Raises:
            TypeError: ``data`` is not a dict.
            ValueError: a field is missing, of the wrong type (``"number": "5"``) or
                refused by the validators; the message names it.

        Example:
            >>> c = parse_citation("Kết luận 01 của Bộ Chính trị")
            >>> Citation.from_dict(c.to_dict()) == c
            True
        """
        fields = Fields(data, "Citation")
        return fields.build(
            cls,
            doc_type=fields.member("doc_type", DocType),
            number=fields.integer("number", optional=True),
            symbol=fields.string("symbol", optional=True),
            year=fields.integer("year", optional=True),
            issued=fields.date("issued", optional=True),
            issuer=fields.string("issuer", optional=True),
            plenum=fields.integer("plenum", optional=True),
            term=fields.integer("term", optional=True),
            congress=fields.integer("congress", optional=True),
            subject=fields.string("subject", optional=True),
        )


# -- vocabulary tables built once -------------------------------------------------------
_SEGMENTS = {fold(segment): segment for segment in SYMBOL_SEGMENTS}
_PARTY_CODE_SPELLING = {fold(code): code for code in PARTY_CODES}
_PARTY_ISSUER_FOLDED = frozenset(fold(code) for code in PARTY_ISSUER_CODES)
_TYPE_BY_SPELLING: dict[str, DocType] = {}
for _name, _label, _code, _system, _spellings in DOC_TYPES:
    for _spelling in (_label.lower(), *_spellings):
        _TYPE_BY_SPELLING[_spelling] = DocType[_name]

#: spelling → (canonical, system, takes a locality)
_ISSUER_BY_SPELLING: dict[str, tuple[str, str, bool]] = {}
for _canonical, _system, _local, _spellings in ISSUERS:
    for _spelling in _spellings:
        _ISSUER_BY_SPELLING[_spelling] = (_canonical, _system, _local)
for _committee, _committee_spellings in LOCAL_COMMITTEES:
    for _committee_spelling in _committee_spellings:
        _ISSUER_BY_SPELLING.setdefault(_committee_spelling, (_committee, "PARTY", True))
        for _body, _body_spellings in LOCAL_BODIES:
            for _body_spelling in _body_spellings:
                _ISSUER_BY_SPELLING.setdefault(
                    f"{_body_spelling} {_committee_spelling}",
                    (f"{_body} {_committee}", "PARTY", True),
                )
_ISSUER_SYSTEM = {canonical: system for canonical, system, _ in _ISSUER_BY_SPELLING.values()}
_LOCAL_ISSUERS = sorted(
    {canonical for canonical, _, local in _ISSUER_BY_SPELLING.values() if local},
    key=len,
    reverse=True,
)
#: Spellings that are abbreviations: read only when written in capitals.
_ABBREVIATIONS = frozenset(
    spelling for spelling in _ISSUER_BY_SPELLING if " " not in spelling and len(spelling) <= 7
) | {"bct, bbt"}


def _issuer_system(issuer: str) -> str | None:
    """The system of a canonical issuer, its locality allowed."""
    if issuer in _ISSUER_SYSTEM:
        return _ISSUER_SYSTEM[issuer]
    for local in _LOCAL_ISSUERS:
        if issuer.startswith(local + " "):
            return _ISSUER_SYSTEM[local]
    return None


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
    """``QĐ/TW`` from the type code and issuer code as written (``qd``, ``tư``)."""
    code_text = _PARTY_CODE_SPELLING.get(fold(code).replace(" ", ""), code.upper())
    parts = issuer.upper().replace("T.Ư", "TƯ").split("-")
    issuer_text = "-".join("TW" if part == "TƯ" else _canonical_segment(part) for part in parts)
    return f"{code_text}/{issuer_text}"


def _canonical_state_symbol(code: str) -> str:
    """``NĐ-CP`` from a state symbol as written (``nd - cp``)."""
    return "-".join(_canonical_segment(part.strip()) for part in code.split("-"))


# -- grammar ----------------------------------------------------------------------------
_ROMAN_OR_NUMBER = rf"(?:{ROMAN_PATTERN}|\d{{1,2}})(?![\w])"
_ORDINAL = (
    r"(?:thứ[ ]{1,2}(?:nhất|hai[ ]mươi(?:[ ](?:mốt|hai|ba|tư|lăm))?|ba|tư|năm|sáu|bảy|tám"
    r"|chín|mười(?:[ ](?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?))"
)
_PLENUM_NUMBER = rf"(?:{_ORDINAL}|(?:thứ{GAP})?\d{{1,2}})(?![\w])"
_TW = r"(?:trung[ ]{1,2}ương|tw|t\.[ ]?ư|tư)"
_BCH = rf"(?:ban{GAP}chấp{GAP}hành|bch){SP}{_TW}(?:{GAP}đảng)?"
#: A plenum named with "Hội nghị": "Hội nghị Trung ương 7", "Hội nghị lần thứ sáu BCH TW",
#: "Hội nghị Trung ương lần thứ tư", "Hội nghị BCH TW lần thứ 4".
_PLENUM_MEETING = rf"""
    hội{GAP}nghị{GAP}
    (?:lần{GAP}(?P<plenum>{_PLENUM_NUMBER}){GAP}{_BCH}
      |{_TW}{SP}(?:lần{GAP})?(?P<plenum>{_PLENUM_NUMBER})
      |{_BCH}{GAP}lần{GAP}(?P<plenum>{_PLENUM_NUMBER}))
"""
#: A plenum right after the type word: also the short "Trung ương 4", "TW4", "T.Ư 4".
_PLENUM_REF = rf"(?:{_PLENUM_MEETING}|{_TW}{SP}(?P<plenum>\d{{1,2}})(?![\w]))"
#: Words after a congress number that make it another body's congress.
_OTHER_CONGRESS = (
    r"(?:đảng[ ]{1,3}bộ|hội|đoàn|công[ ]{1,3}đoàn|mặt[ ]{1,3}trận|liên|mttq|thanh[ ]{1,3}niên"
    r"|phụ[ ]{1,3}nữ|nông[ ]{1,3}dân|cựu)(?![\w])"
)
_CONGRESS = rf"""
    đại{GAP}hội{GAP}(?P<national>(?:đại{GAP}biểu{GAP})?(?:đảng{GAP})?(?:toàn{GAP}quốc{GAP})?)
    (?:lần{GAP}thứ{GAP})?(?P<congress>{ROMAN_PATTERN}|\d{{1,2}})(?![\w])
    (?!{GAP}(?:của{GAP})?{_OTHER_CONGRESS})
    (?P<of_party>{GAP}của{GAP}đảng(?![\w]))?
"""
_TERM_ITEM = rf"(?:{ROMAN_PATTERN}|\d{{1,2}})(?![\w])"
_CODE = r"[a-zđư]{1,6}"
_PARTY_SYMBOL = rf"""
    (?P<number>\d{{1,5}}){SP}{DASH}{SP}(?P<code>{_CODE}){SP}(?:/|{DASH}){SP}
    (?P<issuer_code>(?:t\.ư|[a-zđư]{{1,10}})(?:-[a-zđư0-9]{{1,10}}){{0,2}})(?![\w/])
"""
_STATE_SYMBOL = rf"""
    (?P<number>\d{{1,5}}){SP}/{SP}(?:(?P<year>(?:19|20|21)\d\d){SP}(?:/|{DASH}){SP})?
    (?P<state_code>(?:qh|ubtvqh)\d{{1,2}}|[a-zđư]{{1,8}}(?:{SP}-{SP}[a-zđư0-9]{{1,12}}){{0,3}})
    (?![\w/])
"""
_NUMBER_YEAR = r"(?P<number>\d{1,5})/(?P<year>(?:19|20|21)\d\d)(?![\w/])"
_PLAIN_NUMBER = r"(?P<number>\d{1,5})(?![\d/.,-]\d|\d|[\w-])"
_IDENTIFIER = rf"(?:{_PARTY_SYMBOL}|{_STATE_SYMBOL}|{_NUMBER_YEAR}|{_PLAIN_NUMBER})"
#: The name of a law between its type word and "số": "Luật Cán bộ, công chức số …".
_LAW_NAME = r"""(?:[ ]{1,3}
    (?!(?:nghị[ ](?:định|quyết)|thông[ ]tư|quyết[ ]định|chỉ[ ]thị|kết[ ]luận|hướng[ ]dẫn
      |công[ ]văn|quy[ ]định|số|năm)(?![\w]))
    [\p{L}\p{M}]{1,15},?){1,14}?"""


@lazy_pattern
def _citation_pattern() -> Pattern:
    types = alternation(_TYPE_BY_SPELLING)
    return compile_pattern(
        rf"""
        (?<![\w])(?P<type>{types})
        (?:
            (?P<with_number>
                (?:(?P<law_name>(?<=luật|lệnh){_LAW_NAME})(?={GAP}số(?![\w])))?
                (?:{GAP}(?P<so>số)(?:{SP}:{SP}|{GAP}|(?=\d))|{GAP})
                {_IDENTIFIER})
          | {GAP}(?P<plenum_ref>{_PLENUM_REF})
          | {GAP}(?P<congress_ref>{_CONGRESS})
        )
        """
    )


@lazy_pattern
def _issuer_pattern() -> Pattern:
    return compile_pattern(
        rf"""
        (?:{SP},{SP}|{GAP})(?P<intro>của|do){GAP}
        (?P<issuer>{alternation(_ISSUER_BY_SPELLING)})(?![\w])
        (?P<enacted>{GAP}ban{GAP}hành(?![\w]))?
        """
    )


@lazy_pattern
def _tail_pattern() -> Pattern:
    return compile_pattern(
        rf"""
        (?P<date_tail>(?:{SP},{SP}|{GAP})(?:(?:ban{GAP}hành{GAP}|ký{GAP})?ngày{GAP})?
            (?P<date>{FULL_DATE}))
      | (?P<term_tail>(?:{SP}(?P<paren>\(){SP}|{SP},{SP}|{GAP})khóa{GAP}
            (?P<terms>{_TERM_ITEM}(?:(?:{SP},{SP}|{GAP}và{GAP})(?:khóa{GAP})?{_TERM_ITEM}){{0,5}})
            (?(paren){SP}\)))
      | (?P<plenum_tail>(?:{SP},{SP}|{GAP})(?:(?:tại|(?P<plenum_of>của)|theo){GAP})?
            {_PLENUM_MEETING})
      | (?P<congress_tail>(?:{SP},{SP}|{GAP})(?:(?:tại|của){GAP})?{_CONGRESS})
      | (?P<subject_tail>(?:{SP},{SP}|{GAP})(?:về{GAP}(?:việc{SP})?|về{SP})?[“"]
            (?P<subject>(?:[^“”"\n]|“[^“”"\n]{{1,300}}”){{1,600}})[”"])
        """
    )


#: What may follow a number of a plain list ("Nghị quyết số 18, 19, 20 của …"), so that
#: "Quy định 205, 3 cơ quan" is no list.
_LIST_FOLLOWER = r"""(?=[ ]{0,3}(?:[,;.:)(“"\n]|\Z|(?:và|của|ngày|khóa|về|do|tại|đã|được|là|đều
    |cũng|trong|nhằm|với|theo|hội[ ]{1,3}nghị|ban[ ]{1,3}hành)(?![\w])))"""


@lazy_pattern
def _more_numbers() -> Pattern:
    return compile_pattern(
        rf"""(?:{SP},{SP}(?:và{GAP})?|{GAP}và{GAP})(?:số{SP}(?::{SP})?)?
        (?:{_PARTY_SYMBOL}|{_PLAIN_NUMBER}{_LIST_FOLLOWER})"""
    )


@lazy_pattern
def _more_symbols() -> Pattern:
    return compile_pattern(
        rf"""(?:{SP},{SP}(?:và{GAP})?|{GAP}và{GAP})(?:số{SP}(?::{SP})?)?
        (?:{_PARTY_SYMBOL}|{_STATE_SYMBOL})"""
    )


@lazy_pattern
def _term_items() -> Pattern:
    return compile_pattern(_TERM_ITEM)


@lazy_pattern
def _locality_prefix() -> Pattern:
    return compile_pattern(rf"[ ](?:{alternation(LOCALITY_WORDS)})(?=[ ])")


@lazy_pattern
def _locality() -> Pattern:
    return compile_pattern(r"(?:[ ](?:\p{Lu}[\p{Ll}\p{M}]{0,7}|\p{Lu}{2,5})(?![\w])){1,4}")


@lazy_pattern
def _unit_after_number() -> Pattern:
    """Words a number must not be followed by: "Báo cáo 6 tháng", "Kế hoạch 3 năm"."""
    return compile_pattern(
        r"""[ ]{0,3}(?:tháng|năm|ngày(?![ ]{1,3}\d)|giờ|phút|%|lần|điểm|người|đồng|nội[ ]dung
    |vấn[ ]đề|bước|nhóm|đồng[ ]chí|tỉnh|xã|huyện|đơn[ ]vị|văn[ ]bản|trang|mục|điều
    |khoản|tổ[ ]chức|đảng[ ]viên|cán[ ]bộ|km|ha|tỷ|triệu)(?![\w])"""
    )


#: After a plenum alone the Trung ương words must not continue into another body.
_TW_OTHER = compile_pattern(r"[ ]{1,3}(?:đoàn|hội|mặt[ ]trận|mttq)(?![\w])")


@attrs.frozen
class _Read:
    """One citation read, with its span in the normalised text."""

    start: int
    end: int
    fields: dict[str, Any]


def _issuer_at(norm: NormalizedText, match: Match) -> tuple[str | None, int]:
    """The canonical issuer of an issuer match and where it ends (locality included)."""
    spelled = " ".join(match["issuer"].split())
    canonical, _, local = _ISSUER_BY_SPELLING[spelled]
    start, end = match.span("issuer")
    if spelled in _ABBREVIATIONS and not norm.text[start:end].isupper():
        return None, match.start()
    if spelled in ("trung ương", "tw", "tư", "t.ư") and _TW_OTHER.match(norm.lower, end):
        return None, match.start()
    if local:
        place_start = end
        prefix = _locality_prefix().match(norm.lower, end)
        if prefix is not None:
            place_start = prefix.end()
        place = _locality().match(norm.text, place_start)
        if place is not None:
            written = norm.text[end : place.end()]
            return f"{canonical} {' '.join(written.split())}", place.end()
    if match["enacted"]:
        end = match.end()
    return canonical, end


def _read_issuer(issuer: str) -> str | None:
    """The canonical issuer read from ``issuer`` as a whole, or ``None``."""
    text = f" của {issuer}"
    norm = NormalizedText(text)
    match = _issuer_pattern().match(norm.lower)
    if match is None:
        return None
    canonical, end = _issuer_at(norm, match)
    return canonical if end == len(text) else None


def _read_subject(subject: str) -> str | None:
    """``subject`` if ``về “subject”`` reads back to it, else ``None``."""
    if not subject or subject != subject.strip() or '"' in subject:
        return None
    text = f" về “{subject}”"
    norm = NormalizedText(text)
    match = _tail_pattern().match(norm.lower)
    if match is None or not match["subject_tail"] or match.end() != len(text):
        return None
    read = norm.text[match.start("subject") : match.end("subject")]
    return read if read == subject and " ".join(read.split()) == read else None


def _read_symbol(symbol: str, year: int | None) -> str | None:
    """The canonical symbol read back from a number with ``symbol``, or ``None``."""
    if "/" in symbol:
        if year is not None:
            return None
        text = f"1-{symbol}"
    else:
        text = f"1/{year}/{symbol}" if year is not None else f"1/{symbol}"
    norm = NormalizedText(text)
    match = _identifier_pattern().fullmatch(norm.lower)
    if match is None:
        return None
    fields = _identifier_fields(match)
    return fields.get("symbol") if fields.get("year") == year else None


@lazy_pattern
def _identifier_pattern() -> Pattern:
    return compile_pattern(_IDENTIFIER)


def _identifier_fields(match: Match) -> dict[str, Any]:
    """Number, symbol and year from a match of the identifier grammar."""
    groups: dict[str, str | None] = match.groupdict()
    fields: dict[str, Any] = {"number": int(match["number"])}
    code, issuer_code = groups.get("code"), groups.get("issuer_code")
    state_code, year = groups.get("state_code"), groups.get("year")
    if code and issuer_code:
        fields["symbol"] = _canonical_party_symbol(code, issuer_code)
    elif state_code:
        parts = [part.strip() for part in state_code.split("-")]
        if year is None and len(parts) == 2 and parts[1] in _PARTY_ISSUER_FOLDED:
            # "96/QĐ-TW": a Party symbol written the State's way.
            fields["symbol"] = _canonical_party_symbol(parts[0], parts[1])
        else:
            fields["symbol"] = _canonical_state_symbol(state_code)
            if year:
                fields["year"] = int(year)
    elif year:
        fields["year"] = int(year)
    return fields


def _read_core(norm: NormalizedText, match: Match) -> dict[str, Any] | None:
    """The fields the type word and identifier give; ``None`` if it is no citation."""
    spelled = " ".join(match["type"].split())
    doc_type = _TYPE_BY_SPELLING[spelled]
    fields: dict[str, Any] = {"doc_type": doc_type}
    type_text = norm.text[match.start("type") : match.end("type")]
    if spelled == "luật" and norm.lower.endswith("pháp ", 0, match.start()):
        return None  # "pháp luật số …": the law in general, not a Luật
    if match["with_number"]:
        if match["law_name"] is not None:
            name = norm.text[match.start("law_name") : match.end("law_name")].lstrip()
            if doc_type not in _NAMED or not name[:1].isupper():
                return None
        fields.update(_identifier_fields(match))
        if fields["number"] == 0:
            return None
    elif match["plenum_ref"]:
        if doc_type not in _PLENARY or _TW_OTHER.match(norm.lower, match.end()):
            return None
        fields["plenum"] = _plenum_number(match)
        meeting = match["plenum_ref"].startswith("hội")
        if doc_type is DocType.KET_LUAN and meeting and not type_text[0].isupper():
            return None  # "phát biểu kết luận Hội nghị Trung ương 4": the act, not a document
    else:
        if doc_type not in _PLENARY:
            return None
        fields["congress"] = read_number(match["congress"])
    return fields


def _plenum_number(match: Match) -> int:
    """The plenum number of a match of a plenum fragment (figures or ordinal words)."""
    written = match["plenum"]
    digits = "".join(char for char in written if char.isdigit())
    return int(digits) if digits else read_number(written)


def _bare(match: Match, fields: dict[str, Any]) -> bool:
    """Whether the core is a plain number without "số", symbol or year."""
    return bool(match["with_number"]) and not match["so"] and len(fields) == 2


def _acceptable(norm: NormalizedText, match: Match, fields: dict[str, Any]) -> bool:
    """Whether a core with its tails is a citation (bare numbers need support)."""
    doc_type = fields["doc_type"]
    if match["with_number"]:
        number = fields["number"]
        if not match["so"] and "symbol" not in fields:
            supported = "issuer" in fields or "issued" in fields
            if 1945 <= number <= 2099 and "year" not in fields and not supported:
                return False  # "Kế hoạch 2024": a year
            if _unit_after_number().match(norm.lower, match.end()):
                return False
            type_text = norm.text[match.start("type") : match.end("type")]
            if not supported and (doc_type not in _BARE_NUMBER or not type_text[0].isupper()):
                return False
        return True
    if match["plenum_ref"] and _unit_after_number().match(norm.lower, match.end("plenum_ref")):
        return False  # "các Nghị quyết Trung ương 3 năm qua"
    if match["plenum_ref"] and doc_type is DocType.KET_LUAN:
        # "Kết luận Hội nghị Trung ương 4, …" may be the act of concluding: need the term.
        return "term" in fields or not match["plenum_ref"].startswith("hội")
    return True


def _read_tails(
    norm: NormalizedText, position: int, fields: dict[str, Any]
) -> tuple[int, list[tuple[int, int, int]]]:
    """Read the date, issuer, plenum, congress, term and subject after a core, in any order.

    Fills ``fields`` and returns where the citation ends, and every term of a term
    list (``khóa XI, XII``) as ``(start, end, term)``.
    """
    lower = norm.lower
    terms: list[tuple[int, int, int]] = []
    for _ in range(10):
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
            if issued is None or not 1900 <= issued.year <= 2199:
                break
            fields["issued"] = issued
        elif tail["term_tail"] and "term" not in fields:
            start = tail.start("terms")
            for item in _term_items().finditer(lower, start, tail.end("terms")):
                terms.append((item.start(), item.end(), read_number(item.group())))
            if any(not 1 <= term <= _MAX_ORDINAL for _, _, term in terms):
                break
            fields["term"] = terms[0][2]
        elif tail["plenum_tail"] and "plenum" not in fields:
            fields["plenum"] = _plenum_number(tail)
            if tail["plenum_of"] and "issuer" not in fields:
                fields["issuer"] = "Ban Chấp hành Trung ương"
        elif tail["congress_tail"] and "congress" not in fields:
            if not (tail["of_party"] or "toàn" in tail["national"]):
                break
            fields["congress"] = read_number(tail["congress"])
        elif tail["subject_tail"] and "subject" not in fields:
            subject = norm.text[tail.start("subject") : tail.end("subject")]
            fields["subject"] = " ".join(subject.split())
        else:
            break
        position = tail.end()
    return position, terms


_SHARED = ("issued", "issuer", "plenum", "congress", "term")


def _read_at(norm: NormalizedText, match: Match) -> list[_Read]:
    """Every citation a match of the citation grammar starts (enumerations give several).

    "Nghị quyết số 18, 19, 20 của …" and "Quy định số 137-QĐ/TW, 138-QĐ/TW ngày …"
    give one citation per number; the first mention spans the type word and its
    number, each later one its number and own tail; the tail after the last item
    (date, issuer, plenum, congress, term) is shared by the items that lack it.
    "Nghị quyết Trung ương 4 khóa XI, XII" gives one citation per term; each later
    term's mention spans the term alone.
    """
    core = _read_core(norm, match)
    if core is None:
        return []
    lower = norm.lower
    end, terms = _read_tails(norm, match.end(), core)
    if not _acceptable(norm, match, core):
        return []
    if len(terms) > 1 and "number" not in core:
        first_end = terms[0][1]
        reads = [_Read(match.start(), first_end, core)]
        for index, (start, term_end, term) in enumerate(terms[1:]):
            fields = {k: v for k, v in core.items() if k != "subject"}
            fields["term"] = term
            last = index == len(terms) - 2 and lower[term_end:end].strip(" )") != ""
            reads.append(_Read(start, end if last else term_end, fields))
        if "subject" in core and terms[-1][1] < end:
            # the subject after the list belongs to the last resolution named
            reads[0].fields.pop("subject")
            reads[-1].fields["subject"] = core["subject"]
        return reads
    if not match["with_number"]:
        return [_Read(match.start(), end, core)]
    plain = "symbol" not in core and "year" not in core
    more = _more_numbers() if plain else _more_symbols()
    reads = [_Read(match.start(), end, core)]
    position = end
    for _ in range(30):
        item = more.match(lower, position)
        if item is None:
            break
        fields = {"doc_type": core["doc_type"], **_identifier_fields(item)}
        if fields["number"] == 0:
            break
        item_end, _ = _read_tails(norm, item.end(), fields)
        reads.append(_Read(item.start("number"), item_end, fields))
        position = item_end
        if "symbol" in fields and plain:
            break  # "Quy định số 22, 24, 37-QĐ/TW": the symbol closes the list
    if len(reads) > 1:
        tail = reads[-1].fields
        shared = _SHARED + (("symbol",) if plain and "symbol" in tail else ())
        for read in reads[:-1]:
            for name in shared:
                if name in tail and name not in read.fields:
                    read.fields[name] = tail[name]
    return reads


def _build(fields: dict[str, Any]) -> Citation | None:
    """A citation from read fields, or ``None`` when the validators refuse them."""
    try:
        return Citation(**fields)
    except (ValueError, TypeError):
        return None


def hits(context: DocumentContext) -> list[Hit[Citation]]:
    """All citations of a document, in normalised coordinates (computed once per document)."""
    return context.memo("citations", lambda: _find(context.norm))


@lazy_pattern
def _anchor() -> Pattern:
    """The document type words (the grammar's first group): the grammar is tried only there."""
    return compile_pattern(alternation(_TYPE_BY_SPELLING))


def _find(norm: NormalizedText) -> list[Hit[Citation]]:
    """Search the anchors, read the citations there, skip what they cover."""
    result: list[Hit[Citation]] = []
    position = 0
    pattern, anchor = _citation_pattern(), _anchor()
    lower = norm.lower
    while True:
        found = next_word_start(anchor, lower, position)
        if found is None:
            break
        match = pattern.match(lower, found.start())
        reads = _read_at(norm, match) if match is not None else []
        built = [(read, _build(read.fields)) for read in reads]
        kept = [(read, citation) for read, citation in built if citation is not None]
        if not kept:
            position = found.start() + 1  # a type word may start inside this one's words
            continue
        for read, citation in kept:
            result.append(Hit(citation, read.start, read.end))
        position = max(read.end for read, _ in kept)
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
        >>> try:
        ...     parse_citation("Quy định số 137-QĐ/TW hôm qua")
        ... except ParseError as error:
        ...     print(error.position)
        21
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
