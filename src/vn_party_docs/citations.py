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
import functools
from collections.abc import Callable
from typing import Any, NamedTuple, Protocol

import attrs

from ._fields import Fields, typed
from ._text.context import DocumentContext, Hit, check_text, to_mentions
from ._text.dates import DATE, DAY_PART, FULL_DATE, read_date
from ._text.grammar import (
    DASH,
    GAP,
    LETTER_OR_MARK,
    SP,
    Match,
    Pattern,
    WordStarts,
    alternation,
    compile_pattern,
    group,
    lazy_pattern,
    lazy_regex,
    shared_anchor,
    vocabulary_cache,
    word_breaks,
)
from ._text.normalize import NormalizedText, fold
from ._text.numerals import ROMAN_PATTERN, read_number, to_roman
from ._text.repair import Repair, Repaired, damage, unique_folds
from ._text.words import (
    CITY,
    ORDINAL,
    city_written_out,
    collapse,
    numbered_place,
    over_parenthesis,
    parenthesis,
)
from ._vocab.doctypes import DocTypeRow
from .errors import ParseError
from .lexicon import any_word, lexicon
from .spans import Mention

__all__ = ["Citation", "DocType", "System", "find_citations", "parse_citation"]


class System(enum.Enum):
    """Whose document it is: the Party's or the State's.

    Attributes:
        PARTY: A document of the Communist Party of Vietnam: its Central Committee,
            Politburo, Secretariat, their commissions and the Party committees at
            every level. Its symbol puts a hyphen before the type code and a slash
            before the issuer code: ``137-QĐ/TW``.
        STATE: A document of the State: the National Assembly, the President, the
            Government, ministries, People's Councils and People's Committees. Its
            number puts a slash before the code: ``30/2020/NĐ-CP``, ``759/QĐ-TTg``.

    Example:
        >>> from vn_party_docs import System, parse_citation
        >>> cited = ("Quy định số 137-QĐ/TW", "Nghị định 30/2020/NĐ-CP")
        >>> [parse_citation(text).system for text in cited]
        [<System.PARTY: 'PARTY'>, <System.STATE: 'STATE'>]
    """

    PARTY = "PARTY"
    STATE = "STATE"


class DocType(enum.Enum):
    """The type of a document, with its Vietnamese label and symbol code.

    The type word of the citation decides the member. "Party" or "State" below marks
    a type only that system issues (:attr:`system`); the others both issue.

    Attributes:
        NGHI_QUYET: Nghị quyết, a resolution (code ``NQ``).
        CHI_THI: Chỉ thị, a directive (``CT``).
        KET_LUAN: Kết luận, a conclusion (``KL``); Party.
        QUY_DINH: Quy định, a regulation (``QĐ``; the Party also wrote ``QĐi``).
        QUYET_DINH: Quyết định, a decision (``QĐ``; a personnel decision, Quyết định
            nhân sự, carries ``QĐNS``).
        HUONG_DAN: Hướng dẫn, a guidance document (``HD``).
        THONG_BAO: Thông báo, a notice, such as a "Thông báo kết luận" (``TB``).
        THONG_TRI: Thông tri, a Party circular (``TT``); Party.
        QUY_CHE: Quy chế, a set of rules, such as working rules (``QC``).
        KE_HOACH: Kế hoạch, a plan (``KH``).
        CHUONG_TRINH: Chương trình, a programme, such as a programme of action
            (``CTr``).
        DE_AN: Đề án, a scheme or project proposal (``ĐA``).
        BAO_CAO: Báo cáo, a report (``BC``).
        TO_TRINH: Tờ trình, a submission asking for approval (``TTr``).
        CONG_VAN: Công văn, an official letter (``CV``).
        NGHI_DINH: Nghị định, a Government decree (``NĐ``); State.
        THONG_TU_LIEN_TICH: Thông tư liên tịch, a joint circular of several
            ministries (``TTLT``); State.
        THONG_TU: Thông tư, a ministerial circular (``TT``); State.
        BO_LUAT: Bộ luật, a code of law, such as the Labour Code (no type code);
            State.
        LUAT: Luật, a law of the National Assembly (no type code); State.
        PHAP_LENH: Pháp lệnh, an ordinance of the National Assembly Standing
            Committee (``PL``); State.
        LENH: Lệnh, an order, such as the President's order promulgating a law
            (``L``); State.
        CONG_DIEN: Công điện, an urgent official dispatch (``CĐ``); State.

    Example:
        >>> from vn_party_docs import DocType
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
        return _words().type_rows[self.name].label

    @property
    def code(self) -> str | None:
        """The type code used in symbols ("NQ", "QĐ"), or ``None`` (laws have none)."""
        return _words().type_rows[self.name].code

    @property
    def system(self) -> System | None:
        """The only system that issues this type, or ``None`` when both do."""
        system = _words().type_rows[self.name].system
        return System[system] if system else None


#: The largest plenum, term or congress number the grammar reads (Roman numerals to XXXIX).
_MAX_ORDINAL = 39


def _between(low: int, high: int) -> Any:
    """An optional int from ``low`` to ``high``."""
    return typed(int, optional=True, low=low, high=high)


def _text(canonical: Any) -> Any:
    """An optional str that ``canonical`` accepts (it reads back to itself)."""
    return typed(str, optional=True, then=canonical)


def _issue_year(instance: Citation, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not 1900 <= value.year <= 2199:
        raise ValueError(f"issued must lie in 1900-2199, not {value}")


def _canonical_symbol(instance: Citation, attribute: attrs.Attribute[Any], value: str) -> None:
    year = instance.year  # not checked yet: the cache takes only what it can hash
    cached = year is None or type(year) is int
    read = _read_symbol(value, year) if cached else _read_symbol.__wrapped__(value, year)
    if read != value:
        raise ValueError(f"symbol must be a canonical document symbol, not {value!r}")


def _canonical_issuer(instance: Citation, attribute: attrs.Attribute[Any], value: str) -> None:
    if _read_issuer(value) != value:
        raise ValueError(f"issuer must be a canonical organ name, not {value!r}")


def _canonical_subject(instance: Citation, attribute: attrs.Attribute[Any], value: str) -> None:
    if _read_subject(value) != value:
        raise ValueError(
            f"subject must be non-blank, stripped, one line, with balanced “”, not {value!r}"
        )


@attrs.frozen
class Citation:
    """A cited document, with only what the text says about it.

    ``str()`` is the canonical form and ``parse_citation(str(c)) == c``. Every
    field the text does not give is ``None``: nothing is looked up or guessed (the
    :func:`~vn_party_docs.resolve` step fills gaps from the catalogue of known
    documents).

    Attributes:
        doc_type (DocType): The type its type word names ("Quy định" → QUY_DINH).
        number (int | None): The document's number: 137 in "137-QĐ/TW", 30 in
            "30/2020/NĐ-CP"; ``None`` for a reference by plenum or congress alone
            ("Nghị quyết Trung ương 4 khóa XII").
        symbol (str | None): The canonical symbol after the number, without it:
            ``QĐ/TW`` (Party), ``NĐ-CP`` or ``QĐ-TTg`` (State; the year of a State
            number is in ``year``); ``None`` when the text gives the number alone.
        year (int | None): The year inside a State number ("30/2020/NĐ-CP") or a
            "18/2017" number: part of the document's number, not a date of issue.
        issued (datetime.date | None): The date of issue the text gives ("ngày
            1-12-2023").
        issuer (str | None): The issuing body as the text names it after "của" or
            in "do … ban hành", in canonical form ("BCH TW" → "Ban Chấp hành Trung
            ương"); never read from the symbol's code.
        plenum (int | None): The Central Committee plenum it came from: 4 for
            "Hội nghị Trung ương 4" or "Hội nghị lần thứ tư".
        term (int | None): The Central Committee term (khóa) the text names, as a
            number: 12 for "khóa XII".
        congress (int | None): The congress it came from: 13 for "Đại hội XIII"; the
            Party's, a local Party organisation's ("Đại hội Đảng bộ tỉnh lần thứ XX") or
            another organisation's ("Đại hội Công đoàn tỉnh lần thứ I"), which the value
            does not tell apart.
        subject (str | None): The quoted subject ("về “…”"), without the outer
            quotation marks.

    Example:
        >>> from vn_party_docs import parse_citation
        >>> c = parse_citation("Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư")
        >>> c.doc_type, c.number, c.symbol, c.issued, c.issuer
        (<DocType.QUY_DINH: 'QUY_DINH'>, 137, 'QĐ/TW', datetime.date(2023, 12, 1), 'Ban Bí thư')
        >>> str(c)
        'Quy định số 137-QĐ/TW ngày 01-12-2023 của Ban Bí thư'
        >>> c.key, c.system.name
        ('137-QĐ/TW@2023', 'PARTY')
    """

    doc_type: DocType = attrs.field(validator=attrs.validators.instance_of(DocType))
    number: int | None = attrs.field(default=None, validator=_between(1, 99_999))
    symbol: str | None = attrs.field(default=None, validator=_text(_canonical_symbol))
    year: int | None = attrs.field(default=None, validator=_between(1900, 2199))
    issued: datetime.date | None = attrs.field(
        default=None, validator=typed(datetime.date, optional=True, then=_issue_year)
    )
    issuer: str | None = attrs.field(default=None, validator=_text(_canonical_issuer))
    plenum: int | None = attrs.field(default=None, validator=_between(1, _MAX_ORDINAL))
    term: int | None = attrs.field(default=None, validator=_between(1, _MAX_ORDINAL))
    congress: int | None = attrs.field(default=None, validator=_between(1, _MAX_ORDINAL))
    subject: str | None = attrs.field(default=None, validator=_text(_canonical_subject))

    def __attrs_post_init__(self) -> None:
        if self.symbol is not None and self.number is None:
            raise ValueError("a symbol needs a number")
        if self.year is not None and self.number is None:
            raise ValueError("a year inside a number needs the number")
        if self.number is None:
            if self.plenum is None and self.congress is None:
                raise ValueError("a citation needs a number, a plenum or a congress")
            if self.doc_type not in _words().plenary:
                raise ValueError(f"a {self.doc_type.label} is cited by its number")

    @property
    def party_style(self) -> bool:
        """Whether the symbol is written the Party's way (``N-XX/YY``).

        Example:
            >>> from vn_party_docs import parse_citation
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
            >>> from vn_party_docs import parse_citation
            >>> parse_citation("Nghị định số 30/2020/NĐ-CP").system
            <System.STATE: 'STATE'>
        """
        if self.symbol is not None:
            return System.PARTY if self.party_style else System.STATE
        if self.issuer is not None:
            return System.PARTY if self._party_issuer() else System.STATE
        if self.year is not None:  # "18/2017": the State's way, unless only the Party issues it
            return System.PARTY if self.doc_type.system is System.PARTY else System.STATE
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
        (``18-NQ/TW@2017``, from the date or from "năm 2017" after the symbol) or,
        without either, the term (``18-NQ/TW@XII``); a plenum resolution is
        ``NQ/TW4/XII``, a congress resolution ``NQ/ĐH/XIII``; a State key is its
        number (``30/2020/NĐ-CP``), with the year of issue when the number has none
        (``759/QĐ-TTg@2024``). Every province and commune numbers its own documents,
        so the key of a local document (a symbol whose issuer code is not a central
        organ's: ``KH/TU``, ``NQ/ĐU``, ``QĐ-UBND``) ends with the organ that numbered
        it, as the issuer names it, in brackets (``25-KH/TU@2016[Tỉnh ủy Quảng Ninh]``);
        a local document whose issuer names no place has no key. A number without a
        symbol, or a symbol without a date, year or term, gives ``None``.

        Example:
            >>> from vn_party_docs import parse_citation
            >>> parse_citation("Nghị quyết Trung ương 4 khóa XII").key
            'NQ/TW4/XII'
            >>> parse_citation("Nghị quyết số 18-NQ/TW ngày 25-10-2017").key
            '18-NQ/TW@2017'
            >>> parse_citation("Kế hoạch số 25-KH/TU ngày 30/11/2016 của Tỉnh ủy Cà Mau").key
            '25-KH/TU@2016[Tỉnh ủy Cà Mau]'
            >>> parse_citation("Kế hoạch số 25-KH/TU ngày 30/11/2016 của Tỉnh ủy").key is None
            True
        """
        code = self.doc_type.code or self.doc_type.name
        if self.symbol is not None:
            key = self._symbol_key()
            if key is None or _central_symbol(self.symbol):
                return key
            organ = _numbering_organ(self.issuer)
            return f"{key}[{organ}]" if organ is not None else None
        if self.number is None and self.plenum is not None and self.term is not None:
            return None if self._other_plenum else f"{code}/TW{self.plenum}/{to_roman(self.term)}"
        if self.number is None and self.congress is not None and self.plenum is None:
            return f"{code}/ĐH/{to_roman(self.congress)}"
        return None

    @property
    def _other_plenum(self) -> bool:
        """Whether it is cited by the plenum of an executive committee other than the Party
        Central Committee ("Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành Trung ương Hội
        Nông dân Việt Nam")."""
        issuer = self.issuer
        return (
            self.number is None
            and self.plenum is not None
            and issuer is not None
            and issuer != _CENTRAL_COMMITTEE
            and issuer.startswith(_EXECUTIVE_COMMITTEE)
        )

    def _symbol_key(self) -> str | None:
        """The key of a cited symbol before any organ is added."""
        base = self._number_text()
        if not self.party_style:
            if self.year is not None:
                return base
            return f"{base}@{self.issued.year}" if self.issued is not None else None
        if self.issued is not None:
            return f"{base}@{self.issued.year}"
        if self.year is not None:
            return f"{base}@{self.year}"
        if self.term is not None:
            return f"{base}@{to_roman(self.term)}"
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
            if self.party_style and self.year is not None:
                parts[-1] += f" năm {self.year}"
            if self.plenum is not None:
                parts[-1] += ","
                parts.append(f"Hội nghị Trung ương {self.plenum}")
        elif self._other_plenum:  # another committee's: "… lần thứ 12 của Ban Chấp hành …"
            parts.append(f"Hội nghị lần thứ {self.plenum} của {self.issuer}")
        elif self.plenum is not None:
            parts.append(f"Trung ương {self.plenum}")
        if self.congress is not None:
            # The value does not say whose congress it was (the Party's, a local Party
            # organisation's, a union's): alone it is written without an owner; after a
            # number or a plenum, or before an issuer, it is the Party's, and "của Đảng"
            # keeps it apart from what is around it.
            owner = " của Đảng" if (self.number, self.plenum, self.issuer) != (None,) * 3 else ""
            parts.append(f"Đại hội {to_roman(self.congress)}{owner}")
        if self.term is not None:
            parts.append(f"khóa {to_roman(self.term)}")
        if self.issued is not None:
            issued = self.issued
            parts.append(f"ngày {issued.day:02d}-{issued.month:02d}-{issued.year}")
        if self.issuer is not None and not self._other_plenum:
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
            >>> from vn_party_docs import parse_citation
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
            >>> from vn_party_docs import Citation, parse_citation
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


class _Texts(Protocol):
    """The views of a document the grammar reads: :class:`NormalizedText` or a repair of it."""

    text: str
    lower: str


# -- the words of the grammar, derived from the lexicon ------------------------------------
@attrs.frozen
class _Words:
    """What the citation grammar reads, derived once from the lexicon in use."""

    types: dict[str, DocType]  # spelling -> type
    type_rows: dict[str, DocTypeRow]  # DocType name -> its row
    plenary: frozenset[DocType]
    bare_number: frozenset[DocType]
    lower_bare_number: frozenset[DocType]
    named: frozenset[DocType]
    segments: dict[str, str]  # folded segment of a code -> canonical spelling
    party_codes: dict[str, str]  # folded Party type code -> canonical spelling
    issuers: dict[str, tuple[str, str, bool]]  # spelling -> (canonical, system, takes a place)
    issuer_system: dict[str, str]  # canonical -> system
    local_issuer_names: frozenset[str]
    local_issuers: tuple[str, ...]  # canonical names that take a place, longest first
    abbreviations: frozenset[str]  # issuer spellings read only when written in capitals
    personal_offices: tuple[str, ...]  # offices whose holder issues documents in person
    organ_prefixes: tuple[str, ...]  # what stands before the numbering organ in an issuer
    state_code_organs: dict[str, str]  # State issuer code -> organ
    state_central_codes: frozenset[str]  # codes of central State organs
    central_leadership: frozenset[str]  # central Party organs that number with a …TW code
    province_names: frozenset[str]
    surnames: frozenset[str]


@vocabulary_cache
@functools.cache
def _words() -> _Words:
    """The citation grammar's words, derived from the lexicon in use (once per lexicon)."""
    return lexicon().memo("citations", _derive)


def _derive() -> _Words:
    vocabulary = lexicon()
    type_rows = {row.name: row for row in vocabulary["DOC_TYPES"]}
    types: dict[str, DocType] = {}
    for row in vocabulary["DOC_TYPES"]:
        for spelling in (row.label.lower(), *row.spellings):
            types[spelling] = DocType[row.name]
    issuers: dict[str, tuple[str, str, bool]] = {}
    prefixes = {f"{body.name} " for body in vocabulary["COMMITTEE_BODIES"]}
    offices: list[str] = []
    roles = {role.name: role for role in vocabulary["ROLES"]}
    titled: set[str] = set()  # a spelling titles read names the organ they read it as
    for row in vocabulary.every_organ:
        value = (row.name, row.system, row.takes_locality)
        for spelling in vocabulary.spellings(row):
            if row.reads or spelling not in titled:
                if row.issues:
                    issuers.setdefault(spelling, value)
                if not row.reads:
                    titled.add(spelling)
    for row in vocabulary.every_organ:  # "Bộ trưởng Bộ Nội vụ", "Thủ tướng Chính phủ"
        if not (row.issues and row.head):
            continue
        office = f"{row.head} {row.name}"
        offices.append(office)
        prefixes.add(f"{row.head} ")
        value = (office, row.system, row.takes_locality)
        for spelling in vocabulary.spellings(row):
            issuers.setdefault(f"{row.head.lower()} {spelling}", value)
        if row.head in roles and roles[row.head].implies == row.name:
            issuers.setdefault(row.head.lower(), value)  # "Thủ tướng" alone
    for office_row in vocabulary["ROLE_ONLY"]:  # "Chủ tịch nước"
        if office_row.issues:
            offices.append(office_row.name)
            for spelling in (office_row.name.lower(), *office_row.spellings):
                issuers.setdefault(spelling, (office_row.name, office_row.system, False))
    state_code_organs: dict[str, str] = {}
    for row in vocabulary.every_organ:
        for code in row.codes:
            state_code_organs.setdefault(code, row.title_name or row.name)
    local = {canonical for canonical, _, takes_place in issuers.values() if takes_place}
    return _Words(
        types=types,
        type_rows=type_rows,
        plenary=frozenset(DocType[row.name] for row in type_rows.values() if row.plenary),
        bare_number=frozenset(DocType[row.name] for row in type_rows.values() if row.bare_number),
        lower_bare_number=frozenset(
            DocType[row.name] for row in type_rows.values() if row.lower_bare_number
        ),
        named=frozenset(DocType[row.name] for row in type_rows.values() if row.named),
        segments={fold(segment): segment for segment in vocabulary["SYMBOL_SEGMENTS"]},
        party_codes={fold(code): code for code in vocabulary["PARTY_CODES"]},
        issuers=issuers,
        issuer_system={canonical: system for canonical, system, _ in issuers.values()},
        local_issuer_names=frozenset(local),
        local_issuers=tuple(sorted(local, key=len, reverse=True)),
        abbreviations=frozenset(
            spelling for spelling in issuers if " " not in spelling and len(spelling) <= 7
        )
        | {"bct, bbt"},
        personal_offices=tuple(offices),
        organ_prefixes=tuple(sorted(prefixes, key=len, reverse=True)),
        state_code_organs=state_code_organs,
        state_central_codes=frozenset(
            code
            for code, organ in state_code_organs.items()
            if organ not in ("Ủy ban nhân dân", "Hội đồng nhân dân")
        ),
        central_leadership=frozenset(name for name, _ in vocabulary["ISSUER_CODES"]),
        province_names=frozenset(row.name for row in vocabulary["PROVINCES"]),
        surnames=frozenset(vocabulary["SURNAMES"]),
    )


def _central_symbol(symbol: str) -> bool:
    """Whether a symbol's issuer code is a central organ's (numbered once for the country).

    Party: an issuer code of the Centre (``TW``, ``VPTW``, ``BTCTW``, ``UBKTTW``, ``TWĐTN``);
    State: a code of the Government, the Prime Minister, the National Assembly, a ministry.
    """
    if "/" in symbol:
        first = symbol.partition("/")[2].split("-")[0]
        return first.startswith("TW") or first.endswith("TW")
    parts = [part.rstrip("0123456789") for part in symbol.split("-")]
    return any(part in _words().state_central_codes for part in parts)


@vocabulary_cache
@functools.lru_cache(maxsize=4096)
def _numbering_organ(issuer: str | None) -> str | None:
    """The organ whose own sequence numbers a local document, from its issuer, or ``None``.

    The issuer's body or office-holder is dropped ("Ban Thường vụ Tỉnh ủy Quảng Ninh" →
    "Tỉnh ủy Quảng Ninh", "Chủ tịch Ủy ban nhân dân tỉnh Yên Bái" → "Ủy ban nhân dân tỉnh
    Yên Bái"); a local organ must name its place, a central one stands as it is.
    """
    if issuer is None:
        return None
    words = _words()
    organ = issuer
    for prefix in words.organ_prefixes:
        rest = organ[len(prefix) :]
        if organ.startswith(prefix) and _issuer_system(rest) is not None:
            organ = rest
            break
    if organ in words.issuer_system:
        return None if organ in words.local_issuer_names else organ
    return organ if _is_local_issuer(organ) else None


@vocabulary_cache
@functools.lru_cache(maxsize=4096)
def _is_local_issuer(issuer: str) -> bool:
    """Whether a canonical issuer is a local organ (its place allowed)."""
    locals_ = _words().local_issuers
    return any(issuer == local or issuer.startswith(local + " ") for local in locals_)


@vocabulary_cache
@functools.lru_cache(maxsize=4096)
def _issuer_system(issuer: str) -> str | None:
    """The system of a canonical issuer, its locality allowed."""
    words = _words()
    if issuer in words.issuer_system:
        return words.issuer_system[issuer]
    for local in words.local_issuers:
        if issuer.startswith(local + " "):
            return words.issuer_system[local]
    return None


_ASSEMBLY_CODE = compile_pattern(r"(qh|ubtvqh)(\d{1,2})")


def _canonical_segment(segment: str) -> str:
    """One dash-separated part of a code: known spellings restored, others upper case."""
    folded = fold(segment)
    segments = _words().segments
    if folded in segments:
        return segments[folded]
    match = _ASSEMBLY_CODE.fullmatch(folded)
    if match:
        return match[1].upper() + match[2]
    return segment.upper()


def _canonical_party_symbol(code: str, issuer: str) -> str:
    """``QĐ/TW`` from the type code and issuer code as written (``qd``, ``tư``)."""
    code_text = _words().party_codes.get(fold(code).replace(" ", ""), code.upper())
    return f"{code_text}/{_canonical_codes(issuer)}"


def _canonical_codes(written: str) -> str:
    """Dash-separated codes, each canonical: a state symbol as written (``nd - cp``, ``qđ –
    ctn`` are ``NĐ-CP``, ``QĐ-CTN``) or a Party issuer code; the Central Committee's ``TƯ``
    is ``TW``."""
    dashes = written.replace("–", "-")
    parts = (part.strip().upper().replace("T.Ư", "TƯ") for part in dashes.split("-"))
    return "-".join("TW" if part == "TƯ" else _canonical_segment(part) for part in parts)


#: The Party Central Committee as an issuer: the organ whose plenums "Trung ương N" names.
_CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương"
#: The head of an executive committee's name, whose plenums are "Hội nghị lần thứ N của …".
_EXECUTIVE_COMMITTEE = "Ban Chấp hành "


# -- grammar ----------------------------------------------------------------------------
_PLENUM_NUMBER = rf"(?:{ORDINAL}|thứ{GAP}{ROMAN_PATTERN}|(?:thứ{GAP})?\d{{1,2}})(?![\w])"
_TW = r"(?:trung[ ]{1,2}ương|tw|t\.[ ]?ư|tư)"
_BCH = rf"(?:ban{GAP}chấp{GAP}hành|bch){SP}{_TW}(?:{GAP}đảng)?"
#: A plenum named with "Hội nghị": "Hội nghị Trung ương 7", "Hội nghị lần thứ sáu BCH TW",
#: "Hội nghị lần thứ 6, Ban Chấp hành Trung ương Đảng", "Hội nghị Trung ương lần thứ tư",
#: "Hội nghị Trung ương IV", "Hội nghị BCH TW lần thứ 4", "Hội nghị Ban Chấp hành
#: Trung ương 4", "Hội nghị lần thứ IV BCH TW", "Hội nghị lần thứ 12 (, 13) của
#: Ban Chấp hành …", "… lần thứ tư của BCH Trung ương …" (any executive committee, its
#: issuer). ``organ`` is set where the text
#: names the Central Committee itself (not only "Trung ương").
#: The plenum numbered before the Central Committee: "lần thứ 6, BCH TW", "lần thứ 6 - BCH TƯ".
_NTH_PLENUM = (
    rf"lần{GAP}(?P<plenum>{_PLENUM_NUMBER})(?:{SP}(?:,|{DASH}){SP}|{GAP})(?P<organ>{_BCH})"
)
_PLENUM_MEETING = rf"""
    hội{GAP}nghị{GAP}
    (?:{_NTH_PLENUM}
      |{_TW}{SP}(?:lần{GAP})?(?P<plenum>{_PLENUM_NUMBER}|{ROMAN_PATTERN}(?![\w]))
      |(?P<organ>{_BCH}){GAP}(?:lần{GAP})?(?P<plenum>{_PLENUM_NUMBER})
      |lần{GAP}(?P<plenum>{_PLENUM_NUMBER})
        (?=(?:(?:{SP},{SP}|{GAP}và{GAP})\d{{1,2}}(?![\w])){{0,6}}{GAP}của{GAP}
          (?:ban{GAP}chấp{GAP}hành|bch)(?![\w])))
"""
#: A plenum right after the type word: also the short "Trung ương 4", "TW4", "T.Ư 4",
#: "Trung ương IV", "TW lần thứ 7", and "lần thứ 7 BCH Trung ương Đảng" without "Hội
#: nghị".
_PLENUM_REF = rf"""(?:{_PLENUM_MEETING}|{_TW}{SP}(?P<plenum>\d{{1,2}}|{ROMAN_PATTERN})(?![\w])
    |{_TW}{GAP}lần{GAP}(?P<plenum>{_PLENUM_NUMBER})
    |{_NTH_PLENUM})"""
#: The first words of an organisation other than the Party that holds congresses: the Front,
#: the unions, the associations ("Công đoàn tỉnh", "Hội Nông dân Việt Nam", "MTTQ").
_ORGANISATION = (
    r"(?:hội|đoàn|công[ ]{1,3}đoàn|mặt[ ]{1,3}trận|liên|mttq(?:vn)?|thanh[ ]{1,3}niên"
    r"|phụ[ ]{1,3}nữ|nông[ ]{1,3}dân|cựu|câu[ ]{1,3}lạc[ ]{1,3}bộ)(?![\w])"
)
#: Words after a congress number that make it another body's congress.
_OTHER_CONGRESS = rf"(?:đảng[ ]{{1,3}}bộ(?![\w])|{_ORGANISATION})"
#: "Đại hội", or its initials "ĐH" ("Nghị quyết ĐH Đại biểu Đảng bộ quận lần thứ XI").
_CONGRESS_WORD = rf"(?:đại{GAP}hội|đh)"
#: A national congress by its number ("Đại hội XIII", "Đại hội lần thứ 13"); a number that
#: opens a line is a list item's ("… Quy định của Đại hội\n4. Thông qua …").
_CONGRESS = rf"""
    {_CONGRESS_WORD}{GAP}(?P<national>(?:đại{GAP}biểu{GAP})?(?:đảng{GAP})?(?:toàn{GAP}quốc{GAP})?)
    (?:lần{GAP}thứ{GAP})?(?<!\n)(?P<congress>{ROMAN_PATTERN}|\d{{1,2}})(?![\w])
    (?!{GAP}(?:của{GAP})?{_OTHER_CONGRESS})
    (?P<of_party>{GAP}của{GAP}đảng(?![\w]))?
"""
#: The congress of a local Party organisation or of another organisation: "Đại hội (đại
#: biểu) Đảng bộ tỉnh (Quảng Ninh) lần thứ XX", "Đại hội XX Đảng bộ tỉnh", "Đại hội đại biểu
#: lần thứ III Đảng bộ …", "Đại hội đại biểu Đảng bộ Khối CQ-DN tỉnh lần thứ VII", "Đại hội
#: đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ IV", "Đại hội Đảng bộ TX. Tân Châu lần thứ
#: XI" (a level's initials and a dot), "Đại hội lần thứ 10 Công đoàn tỉnh", "… lần thứ
#: nhất", "… lần XI". Its resolution is a citation with the congress number and no issuer
#: (the text names no organ that issued it); without an ordinal ("Nghị quyết Đại hội Đảng bộ
#: tỉnh") it is none.
_LOCAL_CONGRESS = rf"""
    {_CONGRESS_WORD}{GAP}(?:đại{GAP}biểu{GAP})?
    (?:(?:toàn{GAP}quốc{GAP})?(?:của{GAP})?(?:đảng{GAP}bộ(?![\w])|{_ORGANISATION})
        (?:{GAP}(?!(?:và|hội|nghị|cấp|nhiệm|khóa|của|lần)(?![\w]))
            (?:[\w]{{1,12}}(?:[-&]\w{{1,12}})?|[^\W\d_]{{1,3}}\.)){{0,7}}?
        {GAP}lần{GAP}(?:(?:thứ{GAP})?(?P<congress>{ROMAN_PATTERN}|\d{{1,2}})|(?P<congress>{ORDINAL}))
        (?![\w])
      | (?:toàn{GAP}quốc{GAP})?(?:lần{GAP}thứ{GAP})?(?P<congress>{ROMAN_PATTERN}|\d{{1,2}})(?![\w])
        {GAP}(?:(?:của{GAP})?đảng{GAP}bộ(?![\w])|{_ORGANISATION})
        (?:{GAP}(?:{{localities}})(?![\w]))?)
"""
_TERM_ITEM = rf"(?:{ROMAN_PATTERN}|\d{{1,2}})(?![\w])"
#: What may follow the initials "NQ" without a space: its number or the plenum's "TW"
#: ("NQ33", "NQTW4", "NQTƯ 4").
_FUSED = r"(?<=nq)(?=\d|t(?:w|ư|\.[ ]?ư))"
_CODE = r"[a-zđư]{1,6}"
#: A Party symbol, its number and code joined by a dash or, in careless text, a space or a
#: slash before a slashed code ("Quyết định số 99 QĐ/TW", "Quy định số 212/QĐ/TW").
_PARTY_SYMBOL = rf"""
    (?P<number>\d{{1,5}})(?:{SP}{DASH}{SP}|[ ]{{1,2}}|/(?={_CODE}{SP}/))
    (?P<code>{_CODE}){SP}(?:/|{DASH}){SP}
    (?P<issuer_code>(?:t\.ư|[a-zđư]{{1,10}})(?:-[a-zđư0-9]{{1,10}}){{0,2}})(?![\w/])
"""
_STATE_SYMBOL = rf"""
    (?P<number>\d{{1,5}}){SP}/{SP}(?:(?P<year>(?:19|20|21)\d\d){SP}(?:/|{DASH}){SP})?
    (?P<state_code>(?:qh|ubtvqh)\d{{1,2}}|[a-zđư]{{1,8}}(?:{SP}[-–]{SP}[a-zđư0-9]{{1,16}}){{0,3}})
    (?![\w/])
"""
_NUMBER_YEAR = r"(?P<number>\d{1,5})/(?P<year>(?:19|20|21)\d\d)(?![\w/])"
#: A number alone; "18,19" is a list written without its space ("Nghị quyết 18,19 của …"),
#: not a decimal, when what follows the second number may follow a list's number.
_PLAIN_NUMBER = r"""(?P<number>\d{1,5})
    (?![\d/.-]\d|\d|[\w-]|,\d(?!\d{0,4}[ ]{0,3}(?:[,;.:)\n]|\Z|(?:và|của|ngày|khóa|về)(?![\w]))))"""
_IDENTIFIER = rf"(?:{_PARTY_SYMBOL}|{_STATE_SYMBOL}|{_NUMBER_YEAR}|{_PLAIN_NUMBER})"
#: The name of a law between its type word and "số": "Luật Cán bộ, công chức số …".
_LAW_NAME = rf"""(?:[ ]{{1,3}}
    (?!(?:nghị[ ](?:định|quyết)|thông[ ]tư|quyết[ ]định|chỉ[ ]thị|kết[ ]luận|hướng[ ]dẫn
      |công[ ]văn|quy[ ]định|số|năm)(?![\w]))
    {LETTER_OR_MARK}{{1,15}},?){{1,14}}?"""


def _types() -> str:
    """The document type words (a pattern)."""
    return alternation(_words().types)


def _issuers() -> str:
    """Every spelling of an issuer (a pattern)."""
    return alternation(_words().issuers)


@lazy_pattern
def _citation_pattern() -> Pattern:
    types = _types()
    local_congress = _LOCAL_CONGRESS.replace("{localities}", any_word("LOCALITY_WORDS"))
    return compile_pattern(
        rf"""
        (?<![\w])(?P<type>{types})
        # its initials, or a word on its handling: "Nghị quyết (NQ) 28", "Hướng dẫn (mật) số 3"
        (?:{SP}\({SP}[^\W\d_]{{2,4}}{SP}\))?
        (?:
            (?P<with_number>
                (?:(?P<law_name>(?<=luật|lệnh){_LAW_NAME})(?={GAP}số(?![\w])))?
                # what kind of report it is: "báo cáo thẩm tra số 76/BC-HĐND"
                (?:{GAP}{any_word("TYPE_QUALIFIERS")}
                  (?={GAP}số{SP}:?{SP}(?:{_PARTY_SYMBOL}|{_STATE_SYMBOL})))?
                # its issuer before "số": "Nghị quyết của HĐND tỉnh số 82/2019/NQ-HĐND"
                (?:(?P<early>{GAP}của[ ][^\n.;:,]{{1,50}}?)(?={GAP}số{GAP}\d))?
                # (a colon may stand before "số": "các Nghị quyết: số 05 …, số 230 …")
                (?:(?:{GAP}|{SP}:{SP})(?P<so>số)(?:{SP}:{SP}|{GAP}|(?=\d))|{GAP}|{_FUSED})
                {_IDENTIFIER})
          # "của" may join them: "Kết luận của Hội nghị Trung ương 4 khóa XIII", "Nghị quyết
          # của Đại hội Đảng bộ tỉnh … lần thứ XIX"
          | (?:{GAP}(?:của{GAP})?|{_FUSED})(?P<plenum_ref>{_PLENUM_REF})
          | {GAP}(?:của{GAP})?(?P<congress_ref>{_CONGRESS})
          | {GAP}(?:của{GAP})?(?P<local_congress_ref>{local_congress})
        )
        """
    )


_issuer_pattern = lazy_regex(
    lambda: (
        rf"""
        (?:{SP},{SP}|{GAP})(?P<intro>của|do|được){GAP}
        (?P<issuer>{_issuers()})(?![\w])
        """
    )
)


#: An issuer's name alone, as the subject of a clause ("Bộ Chính trị ban hành …").
_bare_issuer = lazy_regex(lambda: rf"(?:{_issuers()})(?![\w])")


_tail_pattern = lazy_regex(
    lambda: (
        rf"""
        (?P<date_tail>
            (?:{SP},{SP}|{GAP})(?:ban{GAP}hành{GAP}|ký{GAP})?ngày{GAP}(?P<date>{FULL_DATE})
          | (?:{SP},{SP}|[ ]{{1,3}})(?:ban{GAP}hành{GAP}|ký{GAP})?(?P<date>{FULL_DATE})
          | {SP}\({SP}(?:ban{GAP}hành{GAP}|ký{GAP})?(?:ngày{GAP})?(?P<date>{FULL_DATE}){SP}\))
      | (?P<day_tail>(?:{SP},{SP}|{GAP})(?:ban{GAP}hành{GAP}|ký{GAP})?ngày{GAP}
            \d{{1,2}}{SP}[/.-]{SP}\d{{1,2}}(?![\d/.-]|{SP}[/.-]{SP}\d))
      | (?P<year_tail>(?:{SP},{SP}|{GAP}|{SP}(?P<year_paren>\(){SP})năm{GAP}
            (?P<doc_year>(?:19|20|21)\d\d)(?![\d/.,-]\d|\d|{SP}{DASH})(?(year_paren){SP}\)))
      | (?P<number_tail>(?:{SP}|{GAP})\({SP}(?:(?:{_types()}){GAP})?số{SP}:?{SP}
            (?:{_PARTY_SYMBOL}|{_STATE_SYMBOL}|{_PLAIN_NUMBER})
            (?:(?:{SP},{SP}|{GAP})(?:ngày{GAP})?(?P<number_date>{FULL_DATE}))?{SP}\))
      # (the Central Committee may stand before it: "…Trung ương 6, Ban Chấp hành Trung
      # ương Đảng khóa XII")
      | (?P<term_tail>(?:{SP}(?P<paren>\(){SP}|{SP},{SP}(?:{_BCH}{GAP})?|{GAP})khóa{GAP}
            (?P<terms>{_TERM_ITEM}(?:(?:{SP},{SP}|{GAP}và{GAP})(?:khóa{GAP})?{_TERM_ITEM}){{0,5}})
            (?(paren){SP}\)))
      | (?P<plenum_tail>(?:{SP},{SP}|{GAP})(?:(?:tại|của|theo){GAP})?
            {_PLENUM_MEETING})
      | (?P<congress_tail>(?:{SP},{SP}|{GAP})(?:(?:tại|của){GAP})?{_CONGRESS})
      | (?P<subject_tail>(?:{SP},{SP}|{GAP})(?:về{GAP}(?:việc{SP})?|về{SP})?
            (?:“(?P<subject>(?:[^“”"\n]|“[^“”"\n]{{1,300}}”|"[^“”"\n]{{1,300}}"){{1,600}}+)”
              |[“"](?P<subject>(?:[^“”"\n]|“[^“”"\n]{{1,300}}”){{1,600}}+)[”"]))
        """
    )
)


def _leads_a_clause(norm: _Texts, tail: Match) -> bool:
    """Whether a date after a comma leads the next clause, an issuer that enacts a document
    right after it ("… Nghị quyết Đại hội XIII, ngày 24/3/2021 Ban Thường vụ Tỉnh ủy ban
    hành Công văn …")."""
    after = norm.text[tail.end() : tail.end() + 3]
    return (
        norm.lower[tail.start() : tail.start("date")].lstrip().startswith(",")
        and after[:1] == " "
        and after[1:2].isupper()
        and after[2:3].islower()
        and _enacts_ahead().match(norm.lower, tail.end()) is not None
    )


def _opens_a_clause(lower: str, tail: Match) -> bool:
    """Whether a plenum or a congress after a comma is the subject of the next clause, a
    verb right after it ("Theo Chỉ thị số 45, Đại hội … lần thứ XIV của Đảng tổ chức vào
    …"), not the meeting the document came from."""
    return (
        lower[tail.start() : tail.end()].lstrip().startswith(",")
        and _clause_verb().match(lower, tail.end()) is not None
    )


#: A verb right after a meeting that makes it a clause's subject: an adverb, or what a
#: meeting does as a subject in the meetings vocabulary ("tổ chức vào", "diễn ra", …).
_clause_verb = lazy_regex(
    lambda: rf"[ ]{{1,3}}(?:{any_word('CLAUSE_ADVERBS')}|{any_word('SUBJECT_VERBS')})(?![\w])"
)


#: An enacting verb ahead in the same clause.
_enacts_ahead = lazy_regex(r"[^,.;:\n]{1,80}?(?<![\w])(?:ban[ ]hành|ký)(?![\w])")


#: What may follow a number of a plain list ("Nghị quyết số 18, 19, 20 của …"), so that
#: "Quy định 205, 3 cơ quan" is no list.
_LIST_FOLLOWER = r"""(?=[ ]{0,3}(?:[,;.:)(“"\n]|\Z|(?:và|của|ngày|khóa|về|do|tại|đã|được|là|đều
    |cũng|trong|nhằm|với|theo|hội[ ]{1,3}nghị|ban[ ]{1,3}hành)(?![\w])))"""


@lazy_pattern
def _list_follower() -> Pattern:
    return compile_pattern(_LIST_FOLLOWER)


_more_numbers = lazy_regex(
    rf"""(?:{SP},{SP}(?:và{GAP})?|{GAP}và{GAP})(?:số{SP}(?::{SP})?)?
        (?:{_PARTY_SYMBOL}|{_PLAIN_NUMBER}{_LIST_FOLLOWER})"""
)


#: A further plenum number of a list: "Nghị quyết Trung ương 8, 9 khóa XII", "… 5 – 6 khóa
#: XIII".
_more_plenums = lazy_regex(
    rf"""(?:{SP},{SP}(?:và{GAP})?|{GAP}và{GAP}|{SP}[-–—]{SP})(?:{_TW}{SP})?
        (?P<number>\d{{1,2}})(?![\d/.,-]\d|\d|[\w-]){_LIST_FOLLOWER}"""
)


#: A further symbol of a list: "Quy định số 137-QĐ/TW, 138-QĐ/TW", also after a semicolon
#: when "số" opens it ("Luật số 01/2002/QH11 ngày …; số 83/2015/QH13 ngày …").
_more_symbols = lazy_regex(
    rf"""(?:{SP},{SP}(?:và{GAP})?|{GAP}và{GAP}|{SP};{SP}(?=số(?![\w])))(?:số{SP}(?::{SP})?)?
        (?:{_PARTY_SYMBOL}|{_STATE_SYMBOL})"""
)


@lazy_pattern
def _term_items() -> Pattern:
    return compile_pattern(_TERM_ITEM)


_locality_prefix = lazy_regex(lambda: rf"[ ](?:{any_word('LOCALITY_WORDS')})(?=[ ])")


#: The place after a local issuer: up to four capitalised words (two may be joined by a
#: hyphen: "ĐHQG-HCM"), none of them opening a
#: meeting named after it ("… tỉnh Cà Mau Đại hội I"); or the unit a grassroots committee
#: leads, whose name goes on in lower case ("Đảng ủy Bệnh viện", "Đảng ủy Quân khu").
_locality = lazy_regex(
    lambda: (
        r"(?:(?![ ](?i:đại[ ]hội|hội[ ]nghị|kỳ[ ]họp)(?![\w]))"
        rf"[ ](?:(?=\p{{Lu}})(?i:{alternation(_unit_names())})"
        r"|(?:(?:TP|Tp)\.[ ]?)?\p{Lu}[\p{L}\p{M}]{0,15}(?:-\p{Lu}[\p{L}\p{M}]{0,15})?)"
        r"(?![\w])){1,4}"
    )
)


#: Words of the clause around an issuer, which no name after a Party committee holds (the
#: bloc's in :func:`_bloc_name`, a business's in :func:`_enterprise_tail`).
_CLAUSE_WORDS = r"về|ngày|khóa|khoá|số|của|do|tại|năm|ban|đã"


#: A business after its Party committee, whose name goes on in lower case.
_enterprise = lazy_regex(r"[ ](?:tổng[ ]công[ ]ty|công[ ]ty|tập[ ]đoàn|ngân[ ]hàng)(?![\w])")


@lazy_pattern
def _enterprise_tail() -> Pattern:
    """The rest of a business's name after its first capitalised words, up to a word of
    the clause or a document's type ("… Đầu tư phát triển nhà và đô thị về …", "… Xây
    dựng Hà Nội ban hành", not "… Sông Đà và kế hoạch số …")."""
    stop = (
        rf"(?:{_CLAUSE_WORDS}|đang|sẽ|được|theo|trong|với|cho|nhằm|để|tổ[ ]chức|triển[ ]khai"
        rf"|thực[ ]hiện|lãnh[ ]đạo|chỉ[ ]đạo|{_types()})(?![\w])"
    )
    word = rf"(?!(?i:{stop}|và(?![\w])))[\p{{L}}\p{{M}}]{{1,15}}(?![\w])"
    return compile_pattern(rf"(?:[ ](?:và[ ](?!\p{{Lu}}))?{word}){{1,8}}")


def _unit_names() -> list[str]:
    """The names of bodies a grassroots committee leads that go on in lower case: the open
    bodies' names of two words or more ("bệnh viện", "tổng công ty"), and "quân khu"."""
    names = {row.name.lower() for row in lexicon()["OPEN_BODIES"] if " " in row.name}
    return sorted(names | {"quân khu"}, key=len, reverse=True)


#: Words a number must not be followed by: "Báo cáo 6 tháng", "Kế hoạch 3 năm" (but
#: "Chỉ thị 05 năm 2016" is the directive 05 of 2016, "3 năm 2021-2023" a span; "Nghị quyết
#: Trung ương 4 lần này" is this time's resolution).
_unit_after_number = lazy_regex(
    r"""[ ]{0,3}(?:tháng|năm(?![ ]{1,3}(?:19|20)\d\d(?!\d)(?![ ]{0,3}[-–—][ ]{0,3}\d))
    |ngày(?![ ]{1,3}\d)|giờ|phút|%|lần(?![ ]{1,3}này(?![\w]))|điểm|người|đồng|nội[ ]dung
    |vấn[ ]đề|bước|nhóm|đồng[ ]chí|tỉnh|xã|huyện|đơn[ ]vị|văn[ ]bản|trang|mục|điều
    |khoản|tổ[ ]chức|đảng[ ]viên|cán[ ]bộ|km|ha|tỷ|triệu)(?![\w])"""
)


#: After a plenum alone the Trung ương words must not continue into another body.
_TW_OTHER = compile_pattern(r"[ ]{1,3}(?:đoàn|hội|mặt[ ]trận|mttq)(?![\w])")


@attrs.define
class _Fields:
    """What the text says about one cited document, as far as it has been read: a field the
    text has not given (yet) is ``None``. :meth:`citation` builds the value."""

    doc_type: DocType
    number: int | None = None
    symbol: str | None = None
    year: int | None = None
    issued: datetime.date | None = None
    issuer: str | None = None
    plenum: int | None = None
    term: int | None = None
    congress: int | None = None
    subject: str | None = None
    #: where the subject's words (from "về") start: a citation inside them is one too
    subject_at: int | None = attrs.field(default=None, eq=False)

    def citation(self) -> Citation | None:
        """The citation these fields make, or ``None`` when the validators refuse them; an
        issuer or a subject they refuse is left out rather than the citation lost."""
        for issuer, subject in (
            (self.issuer, self.subject), (None, self.subject), (self.issuer, None), (None, None)
        ):  # fmt: skip
            try:
                return Citation(
                    doc_type=self.doc_type, number=self.number, symbol=self.symbol,
                    year=self.year, issued=self.issued, issuer=issuer, plenum=self.plenum,
                    term=self.term, congress=self.congress, subject=subject,
                )  # fmt: skip
            except (ValueError, TypeError):
                continue
        return None

    def copy(self) -> _Fields:
        """The same fields in a new record (what ``attrs.evolve`` makes, in one call)."""
        return _Fields(
            doc_type=self.doc_type, number=self.number, symbol=self.symbol,
            year=self.year, issued=self.issued, issuer=self.issuer, plenum=self.plenum,
            term=self.term, congress=self.congress, subject=self.subject,
        )  # fmt: skip

    def identified(self, identifier: _Identifier) -> _Fields:
        """These fields with the number, symbol and year of ``identifier``."""
        self.number, self.symbol, self.year = identifier
        return self

    def take(self, other: _Fields, names: tuple[str, ...]) -> None:
        """Take each of ``names`` that ``other`` gives and these fields do not."""
        for name in names:
            if getattr(self, name) is None and getattr(other, name) is not None:
                setattr(self, name, getattr(other, name))


class _Identifier(NamedTuple):
    """What identifies a document after its type word: "137-QĐ/TW", "30/2020/NĐ-CP", "205"."""

    number: int
    symbol: str | None
    year: int | None


@attrs.frozen
class _Read:
    """One citation read, with its span in the normalised text."""

    start: int
    end: int
    fields: _Fields


def _issuer_after(norm: _Texts, position: int) -> tuple[str | None, int]:
    """The issuer introduced at ``position`` ("của Ban Bí thư", "do Bộ Chính trị ban hành")
    and where it ends (its place and "ban hành" included), else ``(None, position)``.

    An abbreviation in parentheses inside the issuer is read over ("của Ban Chấp hành (BCH)
    Trung ương").
    """
    match = _issuer_pattern().match(norm.lower, position)
    if match is not None:
        canonical, end = _issuer_span(norm, *match.span("issuer"))
        if canonical is not None:
            return _enacting(norm, canonical, end, match["intro"], position)
    intro = _issuer_intro().match(norm.lower, position)
    if intro is None:
        return None, position
    over = over_parenthesis(norm.text, norm.lower, intro.end(), _issuer_in)
    if over is None:
        return None, position
    return _enacting(norm, *over, intro["intro"], position)


def _issuer_in(window: NormalizedText) -> tuple[str, int] | None:
    """The issuer at the start of ``window`` and where it ends, if one is there."""
    issuer, end = _issuer_here(window, 0)
    return (issuer, end) if issuer is not None else None


def _enacting(
    norm: _Texts, canonical: str, end: int, intro: str, position: int
) -> tuple[str | None, int]:
    """The issuer read after ``intro`` with "ban hành" after it, if it follows."""
    enacted = _enacted().match(norm.lower, end)
    if enacted is not None:
        return canonical, enacted.end()  # "do Bộ Chính trị ban hành", "được Tỉnh ủy ban hành"
    if intro != "của":
        # "được Tỉnh ủy triển khai", "do Bộ Tư pháp chủ trì": not who issued it
        return None, position
    return canonical, end


#: The word that introduces an issuer: "của", "do", "được".
_issuer_intro = lazy_regex(rf"(?:{SP},{SP}|{GAP})(?P<intro>của|do|được){GAP}")


_enacted = lazy_regex(
    lambda: rf"{GAP}(?:(?:{any_word('CLAUSE_ADVERBS')}){GAP})?ban{GAP}hành(?![\w])"
)


@lazy_pattern
def _bloc_name() -> Pattern:
    """The name of a bloc after "Khối", up to its level: "Cơ quan - Doanh nghiệp tỉnh",
    "các cơ quan Đảng thành phố" (no word of a clause inside)."""
    stop = rf"(?:{_CLAUSE_WORDS}|và[ ]{{1,3}}(?:các[ ])?ban)(?![\w])"
    word = rf"(?!(?i:{stop}))[\p{{L}}\p{{M}}\d]{{1,15}}"
    joint = r"(?:[ ]{0,3}[-–][ ]{0,3}|[ ]{1,3})"
    level = r"(?i:tỉnh|thành[ ]phố|trung[ ]ương|tw)(?![\w])"
    place = r"(?:[ ]\p{Lu}[\p{Ll}\p{M}]{0,15}(?![\w])){0,3}"  # "tỉnh Nghệ An"
    return compile_pattern(rf"[ ]{{0,3}}{word}(?:{joint}{word}){{0,7}}?{joint}{level}{place}")


def _issuer_span(
    norm: _Texts, start: int, end: int, limit: int | None = None
) -> tuple[str | None, int]:
    """The canonical issuer spelled at ``[start, end)`` and where it ends with its place
    (which stops at ``limit`` if given)."""
    spelled = collapse(norm.lower[start:end])
    words = _words()
    canonical, _, local = words.issuers[spelled]
    if spelled in words.abbreviations and not norm.text[start:end].isupper():
        return None, start
    if spelled in ("trung ương", "tw", "tư", "t.ư") and _TW_OTHER.match(norm.lower, end):
        return None, start
    if local:
        place_start = end
        prefix = _locality_prefix().match(norm.lower, end)
        if prefix is not None:
            place_start = prefix.end()
        if spelled.endswith("khối") or (prefix is not None and prefix.group() == " khối"):
            bloc = _bloc_name().match(
                norm.text, place_start, len(norm.text) if limit is None else limit
            )
            if bloc is not None:
                # "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh": the bloc's name, to its level
                written = norm.text[end : bloc.end()]
                return f"{canonical} {' '.join(written.split())}", bloc.end()
        city_level = spelled.endswith((" tp", " tp."))  # "UBND TP …": the place is a city's
        if city_level and _glued_hcm().match(norm.text, end):
            # "UBND TP.HCM": the city's initials glued to its level
            return f"{canonical} Hồ Chí Minh", end + len(".HCM")
        place = _locality().match(
            norm.text, place_start, len(norm.text) if limit is None else limit
        )
        levelled = prefix is not None or spelled.endswith(lexicon()["LOCALITY_WORDS"])
        if place is None and levelled:  # "Quận ủy Quận 3", "Đảng ủy phường 5"
            place = numbered_place().match(
                norm.lower, place_start, len(norm.text) if limit is None else limit
            )
        if place is not None:  # "Thành ủy TP.HCM": "Thành ủy Thành phố Hồ Chí Minh"
            place_end = place.end()
            if _enterprise().match(norm.lower, place_start):
                # "Đảng ủy Tổng công ty Đầu tư phát triển nhà và đô thị": its name goes on
                # in lower case
                tail = _enterprise_tail().match(
                    norm.text, place_end, len(norm.text) if limit is None else limit
                )
                place_end = tail.end() if tail is not None else place_end
            written = city_written_out(collapse(norm.text[end:place_end]))
            city = written.removeprefix(f"{CITY} ")
            if city != written:  # a city written with its level
                if city_level:  # "UBND TP. HCM": the level is written once
                    return f"{canonical} {city}", place_end
                city_form = words.issuers.get(f"{spelled} thành phố")
                if city_form is not None:
                    # "Ban Chấp hành Đảng bộ TPHCM", as "… Đảng bộ Thành phố Hồ Chí Minh" reads
                    return f"{city_form[0]} {city}", place_end
            return f"{canonical} {written}", place_end
    return canonical, end


#: The initials of Hồ Chí Minh City glued to "TP" by a dot ("UBND TP.HCM").
_glued_hcm = lazy_regex(r"\.HCM(?![\w])")


def _issuer_here(norm: _Texts, position: int, limit: int | None = None) -> tuple[str | None, int]:
    """The issuer written at ``position`` without "của" (a clause's subject), and its end."""
    match = _bare_issuer().match(norm.lower, position)
    if match is None:
        return None, position
    return _issuer_span(norm, *match.span(), limit=limit)


@vocabulary_cache
@functools.lru_cache(maxsize=4096)
def _read_issuer(issuer: str) -> str | None:
    """The canonical issuer read from ``issuer`` as a whole, or ``None`` (cached: every
    citation built checks its fields with these read-backs)."""
    text = f" của {issuer}"
    canonical, end = _issuer_after(NormalizedText(text), 0)
    return canonical if end == len(text) else None


@vocabulary_cache
@functools.lru_cache(maxsize=4096)
def _read_subject(subject: str) -> str | None:
    """``subject`` if ``về “subject”`` reads back to it, else ``None``."""
    if not subject or subject != subject.strip() or subject.count('"') % 2:
        return None
    text = f" về “{subject}”"
    norm = NormalizedText(text)
    match = _tail_pattern().match(norm.lower)
    if match is None or not match["subject_tail"] or match.end() != len(text):
        return None
    read = norm.text[match.start("subject") : match.end("subject")]
    return read if read == subject and collapse(read) == read else None


@vocabulary_cache
@functools.lru_cache(maxsize=4096)
def _read_symbol(symbol: str, year: int | None) -> str | None:
    """The canonical symbol read back from a number with ``symbol``, or ``None``."""
    if "/" in symbol:
        text = f"1-{symbol}"  # a Party symbol: a year is written after it ("năm 2022")
        year = None
    else:
        text = f"1/{year}/{symbol}" if year is not None else f"1/{symbol}"
    norm = NormalizedText(text)
    match = _identifier_pattern().fullmatch(norm.lower)
    if match is None:
        return None
    identifier = _identifier(match)
    return identifier.symbol if identifier.year == year else None


@lazy_pattern
def _identifier_pattern() -> Pattern:
    return compile_pattern(_IDENTIFIER)


def _identifier(match: Match) -> _Identifier:
    """Number, symbol and year from a match of the identifier grammar."""
    number = int(match["number"])
    code, issuer_code = group(match, "code"), group(match, "issuer_code")
    state_code, year = group(match, "state_code"), group(match, "year")
    if code and issuer_code:
        return _Identifier(number, _canonical_party_symbol(code, issuer_code), None)
    if state_code:  # "96/QĐ-TW" too, a Party symbol written the State's way: as written
        return _Identifier(number, _canonical_codes(state_code), int(year) if year else None)
    return _Identifier(number, None, int(year) if year else None)


def _read_core(norm: _Texts, match: Match) -> _Fields | None:
    """The fields the type word and identifier give; ``None`` if it is no citation."""
    spelled = collapse(match["type"])
    words = _words()
    doc_type = words.types[spelled]
    fields = _Fields(doc_type)
    type_text = norm.text[match.start("type") : match.end("type")]
    if spelled == "luật" and norm.lower.endswith("pháp ", 0, match.start()):
        return None  # "pháp luật số …": the law in general, not a Luật
    if match["with_number"]:
        if match["law_name"] is not None:
            name = norm.text[match.start("law_name") : match.end("law_name")].lstrip()
            if doc_type not in words.named or not name[:1].isupper():
                return None
        fields.identified(_identifier(match))
        if fields.number == 0:
            return None
        if match["early"] is not None:
            issuer, end = _issuer_after(norm, match.start("early"))
            if issuer is None or end != match.end("early"):
                return None
            fields.issuer = issuer
    elif match["plenum_ref"]:
        if doc_type not in words.plenary or _TW_OTHER.match(norm.lower, match.end()):
            return None
        fields.plenum = _plenum_number(match)  # (the committee it names is the plenum's:
        # "Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương" names no issuer, as
        # "Nghị quyết Trung ương 11" does not)
        meeting = match["plenum_ref"].startswith("hội")
        if (
            doc_type is DocType.KET_LUAN
            and meeting
            and not type_text[0].isupper()
            and _studied_before().search(norm.lower, max(0, match.start() - 30), match.start())
            is None
        ):
            return None  # "phát biểu kết luận Hội nghị Trung ương 4": the act, not a document
    else:
        if doc_type not in words.plenary:
            return None
        fields.congress = read_number(match["congress"])
    return fields


#: What makes "kết luận Hội nghị Trung ương 4" in lower case a document, not the act of
#: concluding the plenum: a verb that brings documents to their readers ("quán triệt kết
#: luận Hội nghị TW4"), "của" ("nội dung mới của kết luận Hội nghị Trung ương 4 khóa
#: XIII") or a type word it is listed after ("Nghị quyết, kết luận …"; not
#: in the plural: "các nghị quyết, kết luận của Hội nghị Trung ương 6" speaks of them all).
_studied_before = lazy_regex(
    lambda: (
        rf"""(?<![\w])(?:{any_word("DISSEMINATE")}|thực[ ]hiện|của
        |(?<!các[ ])(?<!những[ ])nghị[ ]quyết(?:[ ]{{0,3}},|[ ]{{1,3}}và))[ ]{{1,3}}\Z"""
    )
)


def _plenum_number(match: Match) -> int:
    """The plenum number of a match of a plenum fragment (figures or ordinal words)."""
    written = match["plenum"]
    digits = "".join(char for char in written if char.isdigit())
    return int(digits) if digits else read_number(written)


def _acceptable(norm: _Texts, match: Match, fields: _Fields) -> bool:
    """Whether a core with its tails is a citation (bare numbers need support)."""
    doc_type = fields.doc_type
    if match["with_number"]:
        number = fields.number
        assert number is not None
        if not match["so"] and fields.symbol is None:
            supported = fields.issuer is not None or fields.issued is not None
            if 1945 <= number <= 2099 and fields.year is None and not supported:
                return False  # "Kế hoạch 2024": a year
            unit = _unit_after_number().match(norm.lower, match.end())
            if unit is not None and not (
                match["number"].startswith("0")
                and unit.group().strip() in lexicon()["LOCALITY_WORDS"]
            ):
                return False  # (but "Ban Chỉ đạo Đề án 06 tỉnh": no count is written "06")
            type_text = norm.text[match.start("type") : match.end("type")]
            if (
                not supported
                and doc_type not in _words().bare_number
                and not _enacted_before(norm.lower, match.start("type"))
            ):
                return False  # "Đề án 5155" only as the object of an enacting verb
            if not supported and not type_text[0].isupper():
                # "thực hiện nghị quyết 18, …": a noun type, the number closing the phrase
                lower_ok = doc_type in _words().lower_bare_number
                if not lower_ok or not _list_follower().match(norm.lower, match.end()):
                    return False
        return True
    if match["plenum_ref"] and _unit_after_number().match(norm.lower, match.end("plenum_ref")):
        return False  # "các Nghị quyết Trung ương 3 năm qua"
    if match["plenum_ref"] and doc_type is DocType.KET_LUAN:
        # "Kết luận Hội nghị Trung ương 4, …" may be the act of concluding: need the term
        # (or the committee: "Kết luận Hội nghị lần thứ 9 của Ban Chấp hành Đảng bộ tỉnh").
        return (
            fields.term is not None
            or fields.issuer is not None
            or not match["plenum_ref"].startswith("hội")
        )
    return True


def _read_tails(
    norm: _Texts, position: int, fields: _Fields, adjacent: bool = False
) -> tuple[int, list[tuple[int, int, int]]]:
    """Read the date, issuer, plenum, congress, term and subject after a core, in any order.

    Fills ``fields`` and returns where the citation ends, and every term of a term
    list (``khóa XI, XII``) as ``(start, end, term)``. With ``adjacent``, an organ
    written right after the identifier without "của" is its issuer
    (:func:`_adjacent_issuer`).
    """
    lower = norm.lower
    terms: list[tuple[int, int, int]] = []
    for index in range(10):
        initials = parenthesis().match(norm.text, position)
        if initials is not None and not any(char.islower() for char in initials.group()):
            # its initials, read over before a tail: "… 29-NQ/TW (NQ29) của Bộ Chính trị" (a
            # short name written out, "(Chỉ thị số 45)", is a citation of its own)
            issuer, end = (None, 0) if fields.issuer else _issuer_after(norm, initials.end())
            if issuer is not None:
                fields.issuer = issuer
                position = end
                continue
            if _tail_pattern().match(lower, initials.end()):
                position = initials.end()
        if fields.issuer is None:
            issuer, end = _issuer_after(norm, position)
            if issuer is not None:
                fields.issuer = issuer
                position = end
                continue
        tail = _tail_pattern().match(lower, position)
        if tail is None and adjacent and index == 0:
            issuer, end = _adjacent_issuer(norm, position, fields)
            if issuer is not None:
                fields.issuer = issuer
                position = end
                continue
        if tail is None:
            break
        if tail["day_tail"] and fields.issued is None:
            pass  # "ngày 20/5" without its year: read over, the date stays unknown
        elif tail["date_tail"] and fields.issued is None:
            issued = read_date(tail["date"])
            if issued is None or not 1900 <= issued.year <= 2199 or _leads_a_clause(norm, tail):
                break
            fields.issued = issued
        elif tail["term_tail"] and fields.term is None:
            start = tail.start("terms")
            for item in _term_items().finditer(lower, start, tail.end("terms")):
                terms.append((item.start(), item.end(), read_number(item.group())))
            if any(not 1 <= term <= _MAX_ORDINAL for _, _, term in terms):
                break
            fields.term = terms[0][2]
        elif tail["number_tail"] and fields.number is None:
            # "Nghị quyết Trung ương 6 khóa XII (số 18-NQ/TW ngày 25/10/2017)"
            fields.identified(_identifier(tail))
            if tail["number_date"] and fields.issued is None:
                issued = read_date(tail["number_date"])
                if issued is not None and 1900 <= issued.year <= 2199:
                    fields.issued = issued
        elif tail["year_tail"] and fields.year is None:
            if "/" not in (fields.symbol or "/") or fields.number is None:
                break  # a State number has its own year; a plenum or congress has none
            if "\n" in lower[position : tail.start("doc_year")]:
                break  # "Năm 2022" opening the next line starts something else
            if fields.symbol is None and lower[position] == ",":
                break  # "Chỉ thị 05 năm 2016", but "Chỉ thị 05, năm 2016 tỉnh …" is no year
            fields.year = int(tail["doc_year"])
        elif (tail["plenum_tail"] or tail["congress_tail"]) and _opens_a_clause(lower, tail):
            break  # "Theo Chỉ thị số 45, Đại hội … lần thứ XIV tổ chức …": the next subject
        elif tail["plenum_tail"] and fields.plenum is None:
            fields.plenum = _plenum_number(tail)
            if tail["organ"] and fields.issuer is None:
                # "(của, tại) Hội nghị lần thứ 11 Ban Chấp hành Trung ương": the text names
                # the organ, as after the type word; "của Hội nghị Trung ương 5" names only
                # the meeting.
                fields.issuer = _CENTRAL_COMMITTEE
        elif tail["congress_tail"] and fields.congress is None:
            if not (tail["of_party"] or "toàn" in tail["national"]):
                break
            fields.congress = read_number(tail["congress"])
        elif tail["subject_tail"] and fields.subject is None:
            subject = norm.text[tail.start("subject") : tail.end("subject")]
            fields.subject = collapse(subject)
            fields.subject_at = tail.start()
        else:
            break
        position = tail.end()
    if fields.issuer is None:
        issuer, end = _issuer_after_topic(norm, position, fields)
        if issuer is not None:
            fields.issuer, position = issuer, end
    return position, terms


#: "về" opening a topic written without quotes ("Nghị quyết 57 về đột phá phát triển …").
_topic_opening = lazy_regex(rf"{SP},?{SP}về[ ]{{1,3}}")
#: Where an unquoted topic ends before its issuer could be named: a mark that ends a clause,
#: a quote or a parenthesis, or the next document (its type word capitalised).
_topic_stop = lazy_regex(lambda: rf"[.;:!?()“”\"\n]|(?<![\w])(?:{_types()})(?![\w])")
#: How far an unquoted topic may reach (characters).
_TOPIC_REACH = 160
_of = lazy_regex(r"[ ]của(?![\w])")
_organ_topic = lazy_regex(lambda: rf"(?<![\w]){any_word('ORGAN_TOPIC_WORDS')}(?![\w])")


def _issuer_after_topic(norm: _Texts, position: int, fields: _Fields) -> tuple[str | None, int]:
    """The issuer named after an unquoted topic and where it ends, else ``(None,
    position)``: "Nghị quyết 57 về đột phá phát triển khoa học, công nghệ của Bộ Chính trị".

    The first "của" of the topic that names an issuer of the vocabulary fit for the document
    (:func:`_issuer_fits`) and ends the phrase (:func:`_adjacent_end`) there; the topic ends
    at a clause mark or the next document's capitalised type word, within
    :data:`_TOPIC_REACH` characters. A topic about an organ's work (``ORGAN_TOPIC_WORDS``:
    "về chức năng, nhiệm vụ của Ban Tổ chức Tỉnh ủy") names no issuer.
    """
    lower = norm.lower
    opening = _topic_opening().match(lower, position)
    if opening is None:
        return None, position
    limit = min(len(lower), opening.end() + _TOPIC_REACH)
    for stop in _topic_stop().finditer(lower, opening.end(), limit):
        if not norm.text[stop.start()].islower():  # ("pháp luật" is no law)
            limit = stop.start()
            break
    work = _organ_topic().search(lower, opening.end(), limit)
    if work is not None:
        limit = work.start()  # "về chức năng, nhiệm vụ của Ban Tổ chức": the organ is the topic
    for of in _of().finditer(lower, opening.end(), limit):
        issuer, end = _issuer_after(norm, of.start())
        fits = issuer is not None and _issuer_fits(fields, issuer)
        if fits and _adjacent_end().match(lower, end) is not None:
            return issuer, end
    return None, position


#: The space between an identifier and an organ written right after it.
_adjacent_gap = lazy_regex(r"[ ]{1,3}(?=\p{Lu})")


@lazy_pattern
def _adjacent_end() -> Pattern:
    """What may follow an organ written right after an identifier for the organ to be the
    document's issuer ("Quyết định 4800 Bộ Y tế."): the phrase ends, or a tail of the
    citation, or "ban hành" that is no clause of its own (no document is named after it),
    or "và" before the next document."""
    types = _types()
    return compile_pattern(
        rf"""(?:{SP}(?:[.;:)”"\n(]|\Z)
          | {SP},
          | {GAP}(?:về|ngày|năm|khóa|nhiệm{GAP}kỳ)(?![\w])
          | {GAP}(?:(?:{any_word("CLAUSE_ADVERBS")}){GAP})?(?:ký{GAP})?ban{GAP}hành(?![\w])
            (?!{GAP}(?:(?:{any_word("ENACTED_QUANTIFIERS")}|\d{{1,2}}){GAP})?(?:{types})(?![\w]))
          | {GAP}và{GAP}(?:{types})(?![\w]))"""
    )


#: ", <Organ>" at the start of what follows an organ: perhaps a list of subjects.
_organ_list_after = lazy_regex(rf"{SP},{SP}(?=\p{{Lu}})")


def _adjacent_issuer(norm: _Texts, position: int, fields: _Fields) -> tuple[str | None, int]:
    """An organ of the issuer vocabulary written right after the identifier, without "của"
    ("Quyết định 4800 Bộ Y tế", "Công văn số 123/BYT Bộ Y tế"), and where it ends.

    It must be able to have issued the document (:func:`_issuer_fits`). Where the State
    symbol's own code names it ("Quyết định số 1234/QĐ-TTg Thủ tướng Chính phủ phê duyệt
    …") it is the issuer whatever follows; elsewhere only where nothing reads it as the
    subject of a new clause: what follows it must end the phrase or continue the citation
    (:func:`_adjacent_end`), and not name a further organ of a list of subjects ("…, Bộ Y
    tế và các địa phương"). "ban hành" right after it is kept in the citation ("Quyết định
    4800 Bộ Y tế ban hành ngày …").
    """
    lower = norm.lower
    gap = _adjacent_gap().match(norm.text, position)
    if gap is None:
        return None, position
    issuer, end = _issuer_here(norm, gap.end())
    if issuer is None or not _issuer_fits(fields, issuer):
        return None, position
    if not _code_names(fields.symbol, issuer):
        if _adjacent_end().match(lower, end) is None:
            return None, position
        comma = _organ_list_after().match(norm.text, end)
        if comma is not None:
            other, other_end = _issuer_here(norm, comma.end())
            if other is not None and _organ_list_continues().match(lower, other_end):
                return None, position  # "…, Chính phủ, Bộ Y tế và các địa phương đã …"
    enacted = _enacted().match(lower, end)
    return issuer, enacted.end() if enacted is not None else end


_organ_list_continues = lazy_regex(rf"(?:{SP},|{GAP}và(?![\w]))")


#: What the tail after the last item of a list gives the items before it that lack it.
_SHARED = ("issued", "issuer", "plenum", "congress", "term")


def _read_at(norm: _Texts, match: Match) -> list[_Read]:
    """Every citation a match of the citation grammar starts (a list gives several).

    A citation on its own, or one of the three shapes of a list: terms ("Nghị quyết Trung
    ương 4 khóa XI, XII", :func:`_term_list`), plenums ("Nghị quyết Trung ương 8, 9 khóa
    XII", :func:`_plenum_list`) and numbers or symbols ("Nghị quyết số 18, 19, 20 của …",
    "Quy định số 137-QĐ/TW, 138-QĐ/TW ngày …", :func:`_number_list`).
    """
    core = _read_core(norm, match)
    if core is None:
        return []
    # an organ right after the identifier is its issuer only for a citation on its own
    adjacent = bool(match["with_number"]) and _acceptable(norm, match, core)
    end, terms = _read_tails(norm, match.end(), core, adjacent)
    if not _acceptable(norm, match, core):
        return []
    first = _Read(match.start(), end, core)
    if len(terms) > 1 and core.number is None:
        return _term_list(norm, first, terms)
    if match["with_number"]:
        return _number_list(norm, first)
    if match["plenum_ref"] and end == match.end():
        return _plenum_list(norm, first)
    return [first]


def _term_list(norm: _Texts, first: _Read, terms: list[tuple[int, int, int]]) -> list[_Read]:
    """One citation per term of "Nghị quyết Trung ương 4 khóa XI, XII": the first mention
    spans the type word and its first term, each later one its term alone (the last one
    what follows it too); a subject after the list is the last resolution's."""
    core, end = first.fields, first.end
    reads = [_Read(first.start, terms[0][1], core)]
    for index, (start, term_end, term) in enumerate(terms[1:]):
        fields = attrs.evolve(core, term=term, subject=None)
        last = index == len(terms) - 2 and norm.lower[term_end:end].strip(" )") != ""
        reads.append(_Read(start, end if last else term_end, fields))
    if core.subject is not None and terms[-1][1] < end:
        reads[-1].fields.subject, core.subject = core.subject, None
    return reads


def _plenum_list(norm: _Texts, first: _Read) -> list[_Read]:
    """One citation per plenum of "Nghị quyết Trung ương 8, 9 khóa XII"."""

    def item(found: Match) -> _Fields:
        return _Fields(first.fields.doc_type, plenum=int(found["number"]))

    return _list_items(norm, first, _more_plenums(), item, closes=False)


def _number_list(norm: _Texts, first: _Read) -> list[_Read]:
    """One citation per number of "Nghị quyết số 18, 19, 20 của …" or per symbol of "Quy
    định số 137-QĐ/TW, 138-QĐ/TW ngày …"; a symbol closes a list of plain numbers ("Quy
    định số 22, 24, 37-QĐ/TW") and is shared by them."""
    core = first.fields
    plain = core.symbol is None and core.year is None
    more = _more_numbers() if plain else _more_symbols()

    def item(found: Match) -> _Fields:
        return _Fields(core.doc_type).identified(_identifier(found))

    return _list_items(norm, first, more, item, closes=plain)


def _list_items(
    norm: _Texts,
    first: _Read,
    more: Pattern,
    item: Callable[[Match], _Fields],
    *,
    closes: bool,
) -> list[_Read]:
    """The items of a list after its first citation, each with its own tail; the tail after
    the last item is shared by the items before it that lack it (its symbol too when a
    symbol ``closes`` the list). Each later mention spans its number and its own tail."""
    reads = [first]
    position = first.end
    for _ in range(30):
        found = more.match(norm.lower, position)
        if found is None:
            break
        fields = item(found)
        if fields.number == 0 or fields.plenum == 0:
            break
        end, _ = _read_tails(norm, found.end(), fields)
        reads.append(_Read(found.start("number"), end, fields))
        position = end
        if closes and fields.symbol is not None:
            break  # "Quy định số 22, 24, 37-QĐ/TW": the symbol closes the list
    tail = reads[-1].fields
    shared = _SHARED + (("symbol",) if closes and tail.symbol is not None else ())
    for read in reads[:-1]:
        read.fields.take(tail, shared)
    return reads


# -- what the sentence around a citation says ---------------------------------------------
#: Where a clause may start before its subject: the text's start, a line, a sentence or a
#: clause break, or a conjunction ("khi Bộ Chính trị ban hành …").
_CLAUSE_START = r"(?:[\n.;:,(“\"]|{dash}|(?<![\w])(?:khi|và|thì|mà|nay|đó|đây|sau))[ ]{{0,3}}"


_WORD_START = compile_pattern(r"(?<![\w])[\w]")
#: A cheap test before :func:`_enacting_verb`: the last word of every enacting verb.
_verb_hint = lazy_regex(
    lambda: "|".join(sorted({verb.split()[-1] for verb in lexicon()["ENACTING_VERBS"]}))
)


#: The verb between a subject and the document it issued, matched up to the type word.
_enacting_verb = lazy_regex(
    lambda: (
        rf"""(?<![\w])(?:(?:{any_word("CLAUSE_ADVERBS")}){GAP}){{0,3}}
        (?:{any_word("ENACTING_VERBS")})
        (?:{GAP}(?:{any_word("ENACTED_QUANTIFIERS")}|\d{{1,2}}))?{GAP}\Z"""
    )
)


def _enacted_before(lower: str, start: int) -> bool:
    """Whether an enacting verb stands right before the type word at ``start`` ("Tỉnh ủy đã
    ban hành Đề án 5155 …")."""
    return (
        _verb_hint().search(lower, max(0, start - 24), start) is not None
        and _enacting_verb().search(lower, max(0, start - 90), start) is not None
    )


@lazy_pattern
def _clause_start() -> Pattern:
    return compile_pattern(_CLAUSE_START.format(dash=DASH) + r"\Z")


#: "Ngày 10/12/2019, " ("Chiều 10/12, ", "Ngày 10/12 vừa qua, ", "…, ngày 24/3/2021 ")
#: before a clause's subject: the day the document was issued (its year perhaps left out).
_clause_date = lazy_regex(
    rf"""(?<![\w])(?:ngày|{DAY_PART}(?:{GAP}ngày)?){GAP}(?P<date>{DATE})
        (?:{GAP}(?:vừa{GAP}qua|vừa{GAP}rồi|qua)(?![\w]))?(?:{SP},{SP}|[ ]{{1,3}})\Z"""
)


#: "Thay mặt <Issuer>," opening a clause whose person signs the document.
_on_behalf = lazy_regex(r"(?<![\w])thay[ ]{1,3}mặt[ ]{1,3}")


_deciding_verb = lazy_regex(
    lambda: (
        rf"{GAP}(?:(?:{any_word('CLAUSE_ADVERBS')}){GAP}){{0,2}}"
        rf"(?:{any_word('DECIDING_VERBS')})(?![\w])"
    )
)


#: What may stand between two citations of one list: ", ", " và ", ", và ".
_chain_separator = lazy_regex(rf"(?:{SP},{SP}(?:và{GAP})?|{GAP}và{GAP}|{SP},?{GAP})\Z")


@lazy_pattern
def _list_intro() -> Pattern:
    """ "<Type>(, <Type>) của <Issuer>, gồm:" before a list of citations (the issuer is read
    by :func:`_issuer_pattern` after the type words)."""
    types = _types()
    return compile_pattern(rf"(?:{types})(?:(?:{SP},{SP}|{GAP}và{GAP})(?:{types})){{0,3}}")


_list_open = lazy_regex(
    lambda: (
        rf"""(?:{GAP}(?:{any_word("LIST_QUALIFIERS")})(?![\w]))?(?:{SP},)?
        (?:{GAP}được{GAP}[^:.;\n]{{1,60}}?)?  # "… được quán triệt, triển khai thực hiện gồm:"
        (?:{GAP}(?:bao{GAP})?gồm(?:{GAP}có)?(?![\w]){SP}:?
          |(?:{GAP}(?:{any_word("LIST_OPENERS")})(?![\w]))?{SP}:)"""
    )
)


#: The end of the sentence (or bulleted list) a list intro opens.
_scope_end = lazy_regex(r"(?<!\d)[.!?](?=\s|\Z)|\n(?![ ]{0,3}(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)]))")


def _is_word_start(lower: str, position: int) -> bool:
    return position == 0 or not (lower[position - 1].isalnum() or lower[position - 1] == "_")


def _trimmed(text: str, end: int) -> int:
    """``end`` moved back over the whitespace before it (a few characters at most)."""
    low = max(0, end - 16)
    while end > low and text[end - 1].isspace():
        end -= 1
    return end


def _at_clause_start(lower: str, position: int, after: frozenset[int] = frozenset()) -> bool:
    """Whether ``position`` (a word start) opens a clause: after a break or a conjunction,
    or right after a citation that ends an opening phrase (``after`` holds where the
    citations end: "Thực hiện Nghị quyết 18 Ban Thường vụ Tỉnh ủy đã ban hành …")."""
    if not lower[max(0, position - 40) : position].strip():
        return True
    if after and _trimmed(lower, position) in after:
        return True
    return (
        _clause_start().search(lower, max(0, position - 12), position) is not None
        or _clause_date().search(lower, max(0, position - 40), position) is not None
    )


#: A clause date completed from the article's date may lie this far after it at most (a
#: document issued "Ngày 28/12" in an article of 3 January was issued the year before).
_AFTER_REFERENCE = datetime.timedelta(days=2)


def _clause_day(lower: str, position: int) -> tuple[str, int] | None:
    """The date written in "Ngày D, " right before ``position`` and where it stands."""
    match = _clause_date().search(lower, max(0, position - 60), position)
    return (match["date"], match.start("date")) if match is not None else None


def _completed_day(
    written: tuple[str, int] | None, fields: _Fields, context: DocumentContext | None
) -> datetime.date | None:
    """The date of a clause ("Ngày 10/12, <Issuer> ban hành <Type> …") for the document of
    ``fields``: as written if it has its year, else completed, never guessed, from the year
    in the document's own number ("30/2020/NĐ-CP", "69-QĐ/TW năm 2022"), else the
    ``reference_date`` or the article's dateline (the year before when the day would fall
    after it), else the nearest full date that opens an earlier sentence."""
    if written is None:
        return None
    text, position = written
    day = read_date(text)
    if day is not None:
        return day
    if fields.year is not None:
        return read_date(text, fields.year)
    if context is None:
        return None
    reference = context.reference_date_for(position)
    if reference is not None:
        day = read_date(text, reference.year)
        if day is not None and day > reference + _AFTER_REFERENCE:
            day = read_date(text, reference.year - 1)
        return day
    year = context.year_at(position, context.dated_leads())
    return read_date(text, year) if year is not None else None


def _subject_ending(
    norm: _Texts, end: int, personal: bool = False, after: frozenset[int] = frozenset()
) -> tuple[str | None, int]:
    """The issuer that ends exactly at ``end`` and opens its clause, and where it starts
    (only an office whose holder issues documents when ``personal``)."""
    lower = norm.lower
    for word in _WORD_START.finditer(lower, max(0, end - 150), end):
        position = word.start()
        if not _is_word_start(lower, position):
            continue
        issuer, issuer_end = _issuer_here(norm, position, limit=end)
        if issuer is None or issuer_end != end or not _at_clause_start(lower, position, after):
            continue
        offices = _words().personal_offices
        if personal and not any(issuer.startswith(office) for office in offices):
            continue
        return issuer, position
    return None, end


def _holder_ending(norm: _Texts, end: int) -> tuple[str | None, int]:
    """An office-holder named before ``end``: "Thủ tướng Phạm Minh Chính", "Bộ trưởng Bộ
    Nội vụ Phạm Thị Thanh Trà" (the office is the issuer). The name runs to ``end`` and
    starts with a family name; three words are tried first, then two, then four, so that
    a place before it stays with the office ("Chủ tịch UBND tỉnh Hà Nam Trần Tân")."""
    words = _capitalised_run().search(norm.text, max(0, end - 48), end)
    if words is None or words.end() != end:
        return None, end
    starts = [m.start() for m in _WORD.finditer(norm.text, words.start(), end)]
    for size in (3, 2, 4):
        if size > len(starts):
            continue
        start = starts[-size]
        name = norm.text[start:end]
        known = _words()
        if name.split()[0] not in known.surnames or name in known.province_names:
            continue
        issuer, position = _subject_ending(norm, _trimmed(norm.text, start), personal=True)
        if issuer is not None:
            return issuer, position
    return None, end


_WORD = compile_pattern(r"[^\s]+")


#: Up to five capitalised words ending where searched (a name, perhaps after a place).
_capitalised_run = lazy_regex(
    r"(?<![\w])\p{Lu}[\p{Ll}\p{M}]{0,7}(?:[ ]\p{Lu}[\p{Ll}\p{M}]{0,7}){0,4}\Z"
)


def _clause_issuer(
    norm: _Texts, start: int, after: frozenset[int] = frozenset()
) -> tuple[str | None, tuple[str, int] | None]:
    """Who issued the document named at ``start`` according to its clause, and the date
    the clause gives (as written, with its position).

    "Ngày D, <Issuer> (đã) ban hành <Type> …", "<Issuer> ký <Type> …", "Thay mặt
    <Issuer>, đồng chí X đã ký ban hành <Type> …" (the subject, never the signer).
    """
    lower = norm.lower
    if not _verb_hint().search(lower, max(0, start - 24), start):
        return None, None  # no enacting verb can end right before the type word
    verb = _enacting_verb().search(lower, max(0, start - 90), start)
    if verb is None:
        return None, None
    verb_start = verb.start()
    subject_end = _trimmed(lower, verb_start)
    term = _subject_term().search(lower, max(0, subject_end - 24), subject_end)
    if term is not None:  # "Ban Chấp hành Đảng bộ tỉnh (khóa XIII) ban hành …"
        subject_end = _trimmed(lower, term.start())
    short = parenthesis().search(lower, max(0, subject_end - 20), subject_end)
    if short is not None and short.end() == subject_end:  # "Kiểm toán nhà nước (KTNN) …"
        subject_end = _trimmed(lower, short.start())
    issuer, position = _holder_ending(norm, subject_end)
    if issuer is None:
        issuer, position = _subject_ending(norm, subject_end, after=after)
    if issuer is not None:
        return issuer, _clause_day(lower, position)
    window = max(0, verb_start - 250)
    stop = max(lower.rfind(mark, window, verb_start) for mark in (".", ";", "\n"))
    for behalf in _on_behalf().finditer(lower, max(window, stop + 1), verb_start):
        issuer, issuer_end = _issuer_here(norm, behalf.end())
        if issuer is None or not lower.startswith(",", _trimmed(lower, issuer_end)):
            continue
        if _at_clause_start(lower, behalf.start()):
            return issuer, _clause_day(lower, behalf.start())
    return None, None


#: The term written after a clause's subject: "(khóa XIII)", ", khóa XIII", "khóa 13".
_subject_term = lazy_regex(
    rf"(?:{SP}\({SP}|{SP},{SP}|{GAP})khóa{GAP}(?P<term>{_TERM_ITEM}){SP}\)?\Z"
)


def _clause_term(lower: str, start: int) -> int | None:
    """The term written after the subject of the enacting clause of the document named at
    ``start`` ("Ban Thường vụ Tỉnh ủy (khóa XIII) đã ban hành <Type> …"), or ``None``."""
    if not _verb_hint().search(lower, max(0, start - 24), start):
        return None
    verb = _enacting_verb().search(lower, max(0, start - 90), start)
    if verb is None:
        return None
    subject_end = _trimmed(lower, verb.start())
    term = _subject_term().search(lower, max(0, subject_end - 24), subject_end)
    if term is None:
        return None
    number = read_number(term["term"])
    return number if 1 <= number <= _MAX_ORDINAL else None


def _deciding_issuer(norm: _Texts, start: int, end: int) -> str | None:
    """ "tại <Citation> (ngày D), <Issuer> phê chuẩn …": the subject after a citation."""
    lower = norm.lower
    if not lower[max(0, start - 6) : start].rstrip().endswith("tại"):
        return None
    comma = end + len(lower[end : end + 4]) - len(lower[end : end + 4].lstrip(" "))
    if not lower.startswith(",", comma):
        return None
    position = (
        comma
        + 1
        + len(lower[comma + 1 : comma + 4])
        - len(lower[comma + 1 : comma + 4].lstrip(" "))
    )
    issuer, issuer_end = _issuer_here(norm, position)
    if issuer is None or _deciding_verb().match(lower, issuer_end) is None:
        return None
    return issuer


def _issuer_fits(fields: _Fields, issuer: str) -> bool:
    """Whether ``issuer`` (from a clause or a shared tail) can have issued the document."""
    system = _issuer_system(issuer)
    symbol = fields.symbol
    if symbol is not None:
        symbol = _party_form(symbol)
        if "/" not in symbol:
            return system == "STATE" and _state_code_fits(symbol, issuer)
        if system != "PARTY":
            return False
        if _central_symbol(symbol):
            return not _is_local_issuer(issuer)  # "-HD/BTCTW" is no province's
        return issuer not in _words().central_leadership  # "-KH/TU" is none of the Centre's
    own = fields.doc_type.system
    return own is None or own.name == system


#: The issuer codes of Party committees a Party symbol written in the State's order ends
#: with ("04/NQ-TW": "NQ-TW").
_PARTY_ISSUER_CODES = frozenset({"TW", "TU", "HU", "ĐU", "ĐUK"})


def _party_form(symbol: str) -> str:
    """A Party symbol written in the State's order in the Party's ("NQ-TW" → "NQ/TW", so
    that "Nghị quyết số 04/NQ-TW và Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương"
    shares its issuer); any other symbol as it is."""
    code, dash, issuer = symbol.partition("-")
    if dash and code in _words().party_codes.values() and issuer in _PARTY_ISSUER_CODES:
        return f"{code}/{issuer}"
    return symbol


def _chains(norm: _Texts, reads: list[_Read]) -> list[list[_Read]]:
    """The reads grouped into lists: neighbours joined only by ", " or " và "."""
    chains: list[list[_Read]] = []
    for read in reads:
        if chains:
            last = chains[-1][-1]
            gap = read.start - last.end
            if 0 <= gap <= 12 and _chain_separator().match(norm.lower, last.end, read.start):
                chains[-1].append(read)
                continue
        chains.append([read])
    return chains


def _complete_from_clauses(
    norm: _Texts,
    reads: list[_Read],
    intros: list[tuple[int, int, str]],
    context: DocumentContext | None = None,
) -> None:
    """Fill issuers (and issue dates) the citations' sentences give, in place.

    In this order, each only where the citation does not say it itself: the subject of an
    enacting clause before a list, or of a deciding clause after it; the issuer of a list
    intro ("3 nghị quyết của Bộ Chính trị, gồm: …"); the tail of the list's last item
    (an item's issuer is shared by the items before it that lack one, a plenum's term by the
    plenums before it).
    """
    ends = frozenset(read.end for read in reads)
    for chain in _chains(norm, reads):
        first, last = chain[0], chain[-1]
        issuer, written = _clause_issuer(norm, first.start, ends)
        if issuer is None:
            issuer = _deciding_issuer(norm, first.start, last.end)
        if issuer is not None:
            term = _clause_term(norm.lower, first.start)
            for read in chain:
                _give_issuer(read.fields, issuer)
                if term is not None and read.fields.issuer == issuer and read.fields.term is None:
                    read.fields.term = term
            for read in chain if written is not None else ():
                # "Ngày D, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 20 và Hướng dẫn số 05"
                if read.fields.issued is not None or (
                    read is not first and read.fields.issuer != issuer
                ):
                    continue
                day = _completed_day(written, read.fields, context)
                if day is not None and 1900 <= day.year <= 2199:
                    read.fields.issued = day
    index = -1
    for read in reads:  # the nearest list intro before each citation, if its list covers it
        while index + 1 < len(intros) and intros[index + 1][0] <= read.start:
            index += 1
        if index >= 0 and read.start < intros[index][1]:
            _give_issuer(read.fields, intros[index][2])
    for chain in _chains(norm, reads):
        issuer, issuers_term, term = None, None, None
        for read in reversed(chain):
            fields = read.fields
            plenary = fields.plenum is not None or fields.congress is not None
            if issuer is not None and not plenary and fields.issuer is None:
                _give_issuer(fields, issuer)
                if fields.issuer == issuer and fields.term is None:
                    fields.term = issuers_term  # "…, Chương trình số 08 của Thành ủy khóa XVI"
            if term is not None and fields.term is None and fields.plenum is not None:
                fields.term = term  # "Nghị quyết Trung ương 8, Nghị quyết Trung ương 9 khóa XII"
            if fields.issuer is not None and fields.issuer != issuer:
                issuer, issuers_term = fields.issuer, None if plenary else fields.term
            term = fields.term if fields.plenum is not None else None


def _state_code_fits(symbol: str, issuer: str) -> bool:
    """Whether a State symbol's issuer codes (``NĐ-CP``: ``CP``) allow ``issuer``."""
    code_organs = _words().state_code_organs
    organs = [
        code_organs[code]
        for code in (part.rstrip("0123456789") for part in symbol.split("-"))
        if code in code_organs
    ]
    return not organs or any(organ in issuer for organ in organs)


def _code_names(symbol: str | None, issuer: str) -> bool:
    """Whether a State symbol's issuer code names ``issuer`` ("QĐ-BYT" and "Bộ Y tế")."""
    if symbol is None or "/" in symbol:
        return False
    code_organs = _words().state_code_organs
    return any(
        code_organs[code] in issuer
        for code in (part.rstrip("0123456789") for part in symbol.split("-"))
        if code in code_organs
    )


def _give_issuer(fields: _Fields, issuer: str) -> None:
    """Set the issuer a citation does not state itself, when it can have issued it."""
    if fields.issuer is None and _issuer_fits(fields, issuer):
        fields.issuer = issuer


def _intro_at(norm: _Texts, position: int, scopes: list[int]) -> tuple[int, int, str] | None:
    """A list intro at a type word that is no citation: (list start, scope end, issuer)."""
    lower = norm.lower
    if (
        lower.find(":", position, position + 200) < 0
        and "gồm" not in lower[position : position + 200]
    ):
        return None  # no list can open near this type word
    run = _list_intro().match(lower, position)
    if run is None:
        return None
    issuer: str | None = None
    end = run.end()
    issuer, end = _issuer_after(norm, end)
    opened = _list_open().match(lower, end)
    if opened is None:
        return None
    if issuer is None:
        issuer, _ = _clause_issuer(norm, position)
    if issuer is None:
        return None
    return opened.end(), _scope_end_after(lower, opened.end(), scopes), issuer


def _scope_end_after(lower: str, position: int, scopes: list[int]) -> int:
    """Where the sentence or bulleted list open at ``position`` ends (at most 2000 on).

    ``scopes`` holds the last end found: a list intro later in the same sentence reuses
    it, so the ends of a document are searched once.
    """
    if scopes and position < scopes[-1]:
        return scopes[-1]
    found = _scope_end().search(lower, position, position + 2000)
    scopes.append(found.start() if found is not None else position + 2000)
    return scopes[-1]


# -- scrambled tone marks and text without diacritics ---------------------------------------
#: Words and phrases (lower case) put back when the folded text spells them, besides the type
#: words and the issuers (see ``src/vn_party_docs/_text/repair.py``).
_REPAIRED_PHRASES = (
    "ban hành",
    "ký ban hành",
    "thay mặt",
    "hội nghị",
    "đại hội",
    "đại biểu",
    "toàn quốc",
    "lần thứ",
    "của đảng",
    "đảng bộ",
)


def _folded_vocabulary() -> dict[str, str]:
    """Folded phrase → canonical lower-case spelling, for phrases no other phrase folds to."""
    words = _words()
    phrases = [*words.types, *_REPAIRED_PHRASES]
    phrases += [spelling for spelling in words.issuers if " " in spelling]
    return unique_folds(phrases)


@vocabulary_cache
@functools.cache
def _repairs() -> tuple[Pattern, dict[str, str]]:
    vocabulary = _folded_vocabulary()
    small = {"so": "số", "ngay": "ngày", "thang": "tháng", "nam": "năm", "khoa": "khóa"}
    vocabulary.update(small)
    vocabulary["cua"] = "của"
    organ_words = (
        "ban|bo|tinh|thanh|huyen|quan|dang|uy|chinh|trung|quoc|hoi|van|bch|bct|tw|thu|chu|so"
    )
    pattern = compile_pattern(
        rf"""(?<![\w])(?:
            (?P<ordinal>khoa|dai{GAP}hoi|lan{GAP}thu){GAP}(?P<roman>[ivxl]{{1,7}}|\d{{1,2}})
          | (?P<phrase>{alternation(vocabulary.keys() - small.keys() - {"cua"})})
          | (?P<word>so(?={SP}:?{SP}\d)|ngay(?={GAP}\d)|thang(?={GAP}\d)|nam(?={GAP}\d{{4}}))
          | (?P<of>cua)(?={GAP}(?:{organ_words})(?![\w]))
        )(?![\w])"""
    )
    return pattern, vocabulary


def _repaired(norm: _Texts, damaged: str) -> Repaired:
    """A copy of a document with the marks of the citation vocabulary put back."""
    pattern, vocabulary = _repairs()
    text, lower = norm.text, norm.lower
    repair = Repair(text, lower)
    for match in pattern.finditer(fold(lower)):
        if match["ordinal"]:
            ordinal = collapse(match["ordinal"])
            word = {"khoa": "khóa", "dai hoi": "đại hội", "lan thu": "lần thứ"}[ordinal]
            repair.put(match.start("ordinal"), match.end("ordinal"), word)
            repair.put(match.start("roman"), match.end("roman"), match["roman"])
            continue
        found = collapse(match.group())
        written = text[match.start() : match.end()]
        if (
            found == "nam"
            and written.lower() == "nam"
            and (damaged == "scrambled" or written == "Nam")
        ):
            continue  # "Nam" of a place name, not a "năm" that lost its mark
        repair.put(match.start(), match.end(), vocabulary[found])
    return repair.repaired()


def hits(context: DocumentContext) -> list[Hit[Citation]]:
    """All citations of a document, in normalised coordinates (computed once per document)."""
    return context.memo("citations", lambda: _find(context.norm, context=context))


@shared_anchor(lambda: _words().types)
@lazy_pattern
def _anchor() -> Pattern:
    """The document type words (the grammar's first group): the grammar is tried only there."""
    return compile_pattern(_types())


def _gap_may_follow(lower: str, found: Match) -> bool:
    """Whether the grammar may read a gap after a type word of ``found`` (an anchor match,
    the longest type there): it does only before a space or a line break, so a type word of
    one word followed by a comma or a full stop ("Kết luận, Quy định và Hướng dẫn") starts
    no citation (a shorter type inside a longer one ends before a space); or "NQ" fused with
    what follows it ("NQ33", "NQTW4")."""
    words = found.group()
    return (
        lower.startswith((" ", "\n"), found.end())
        or " " in words
        or "\n" in words
        or _fused().match(lower, found.end()) is not None
    )


_fused = lazy_regex(_FUSED)


def _find(
    norm: _Texts, *, repaired: bool = False, context: DocumentContext | None = None
) -> list[Hit[Citation]]:
    """Search the anchors, read the citations there, skip what they cover.

    A document whose tone marks are scrambled or missing is read through its repaired copy
    (see ``src/vn_party_docs/_text/repair.py``). ``context`` gives the years that complete the
    dates of clauses.
    """
    damaged = None
    if not repaired:
        lower = norm.lower
        damaged = context.memo("damage", lambda: damage(lower)) if context else damage(lower)
    if damaged is not None:
        return _find(_repaired(norm, damaged), repaired=True, context=context)
    kept: list[tuple[_Read, Citation]] = []
    intros: list[tuple[int, int, str]] = []
    scopes: list[int] = []
    position = 0
    pattern, anchor = _citation_pattern(), _anchor()
    lower = norm.lower
    if isinstance(norm, NormalizedText):  # (not a repaired copy)
        breaks, spaced = norm.anchor_breaks(anchor), norm.spaced_starts(anchor)
    else:
        breaks, spaced = word_breaks(lower), None
    first = WordStarts(anchor, lower, breaks, spaced=spaced).first
    while True:
        found = first(position)
        if found is None:
            break
        match = pattern.match(lower, found.start()) if _gap_may_follow(lower, found) else None
        reads = _read_at(norm, match) if match is not None else []
        built = [(read, read.fields.citation()) for read in reads]
        here = [(read, citation) for read, citation in built if citation is not None]
        if not here:
            intro = _intro_at(norm, found.start(), scopes)
            if intro is not None:
                intros.append(intro)
            position = found.start() + 1  # a type word may start inside this one's words
            continue
        floor = kept[-1][0].end if kept else 0
        kept.extend(_shared_types(norm, here[0][0], floor))
        here = [(_before_cited_subject(norm, read), citation) for read, citation in here]
        kept.extend(here)
        position = max(read.end for read, _ in here)
    reads = [read for read, _ in kept]
    before = [read.fields.copy() for read in reads]
    _complete_from_clauses(norm, reads, intros, context)
    result: list[Hit[Citation]] = []
    for (read, citation), fields in zip(kept, before, strict=True):
        if read.fields != fields:
            citation = read.fields.citation() or citation
        result.append(Hit(citation, read.start, read.end))
    return result


def _before_cited_subject(norm: _Texts, read: _Read) -> _Read:
    """``read`` ending before its subject when the subject cites a document itself ("Chương
    trình số 83-CTr/TU … về “Thực hiện Nghị quyết số 08-NQ/TW …”"): that citation is then
    read on its own, and the spans do not overlap."""
    at = read.fields.subject_at
    if at is None or at >= read.end:
        return read
    lower, pattern = norm.lower, _citation_pattern()
    for found in _anchor().finditer(lower, at, read.end):
        match = pattern.match(lower, found.start())
        if match is not None and any(inner.fields.citation() for inner in _read_at(norm, match)):
            end = len(lower[read.start : at].rstrip(" ,")) + read.start
            return attrs.evolve(read, end=end)
    return read


#: A type word right before another one, joined by a comma or "và" ("Kết luận, Quy định
#: Hội nghị …"): the types share what follows the last one.
_type_before = lazy_regex(
    lambda: rf"(?<![\w])(?P<type>{_types()})(?:{SP},{SP}|{GAP}và{GAP}|{SP}\+{SP})\Z"
)
#: The most types one plenum or congress is shared by.
_SHARED_TYPES = 3
#: How far back the types sharing one identifier are looked for.
_SHARED_REACH = 60


def _shared_types(norm: _Texts, first: _Read, floor: int) -> list[tuple[_Read, Citation]]:
    """The documents of the type words written before ``first`` that share its plenum or
    congress ("Nghị quyết, Kết luận, Quy định Hội nghị Trung ương 4 khóa XIII": three
    citations), in text order; none for a numbered document (a number is one document's)."""
    fields = first.fields
    if fields.number is not None or (fields.plenum is None and fields.congress is None):
        return []
    words, lower = _words(), norm.lower
    shared: list[tuple[_Read, Citation]] = []
    start = first.start
    first_capital = norm.text[start].isupper()
    for _ in range(_SHARED_TYPES):
        window = max(floor, start - _SHARED_REACH)
        before = _type_before().search(lower[window:start])
        if before is None or (first_capital and not norm.text[window + before.start()].isupper()):
            break  # a lower-case type word only before one ("kết luận, quy định của …")
        start = window + before.start()
        doc_type = words.types[collapse(before["type"])]
        if doc_type not in words.plenary:
            break
        item = attrs.evolve(fields, doc_type=doc_type, subject=None)
        citation = item.citation()
        if citation is None:
            break
        shared.append((_Read(start, window + before.end("type"), item), citation))
    return shared[::-1]


_EXPECTED = 'a citation such as "Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư"'


def parse_citation(s: str) -> Citation:
    """Read one citation from the whole of ``s``.

    Raises:
        ParseError: naming what was expected and where reading stopped.

    Example:
        >>> from vn_party_docs import ParseError, parse_citation
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
    citation = reads[0].fields.citation()
    if citation is None:
        raise ParseError(_EXPECTED, norm.source_start(start), s)
    return citation


def find_citations(
    text: str, *, reference_date: datetime.date | None = None
) -> list[Mention[Citation]]:
    """Find every document citation in ``text``.

    A citation's own date is kept as written; a date its clause gives without a year
    ("Ngày 10/12, Bộ Chính trị ban hành …") takes the year of the document's own number,
    else of ``reference_date`` (or the article's dateline), else of the nearest full date
    that opens an earlier sentence; with none of these it is left out.

    Example:
        >>> from vn_party_docs import find_citations
        >>> text = "Thực hiện Nghị quyết số 18, 19, 20 của Ban Chấp hành Trung ương khóa XII."
        >>> [(m.value.number, m.value.term) for m in find_citations(text)]
        [(18, 12), (19, 12), (20, 12)]
        >>> [m.text for m in find_citations(text)][:2]
        ['Nghị quyết số 18', '19']
    """
    context = DocumentContext(check_text(text), reference_date)
    return to_mentions(context.norm, hits(context))
