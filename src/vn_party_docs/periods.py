"""Periods: quarters, half years, first months, months, years, terms and stages.

The model (:class:`PeriodKind`, :class:`Period`), its grammar and its canonical
formatter live here; :func:`parse_period` and :func:`find_periods` share one
grammar, which matches :attr:`NormalizedText.lower` at keyword anchors ("quý",
"tháng", "năm", "nhiệm", "giai", "nửa").  A period whose year the text leaves out
takes the year of the rest of its enumeration (read in time order), else of the
date that opens its sentence, else of the paragraph its heading introduces, else the
document's year (:meth:`DocumentContext.year_at`, with the periods and the dated
sentence leads as anchors); else it is left out. Matches that name no period (a vague
"đầu năm 2021", the year of a law's name, a blank-day date) are rejected by
:func:`_rejected`, whose words are data in :mod:`vn_party_docs._vocab.periods`.
The how-to is ``docs/periods.md``.
"""

from __future__ import annotations

import bisect
import datetime
import enum
import functools
from typing import Any

import attrs

from ._fields import Fields
from ._text.context import DocumentContext, Hit, check_text, full_match, to_mentions
from ._text.dates import DAY_PART, FULL_DATE, lead_date, read_date
from ._text.grammar import (
    DASH,
    GAP,
    OPT_GAP,
    SP,
    Match,
    Pattern,
    alternation,
    compile_pattern,
    group,
    lazy_pattern,
    lazy_regex,
    next_word_start,
    shared_anchor,
    vocabulary_cache,
    word_starts,
)
from ._text.normalize import NormalizedText
from ._text.numerals import (
    CARDINAL_WORDS,
    MONTH_WORDS,
    ROMAN_PATTERN,
    from_roman,
    read_number,
    to_roman,
)
from ._text.repair import Repair, damage, unique_folds
from ._text.words import CARDINAL, collapse, sentence_boundary, sentence_break
from .errors import ParseError
from .lexicon import any_word, lexicon
from .spans import Mention

__all__ = [
    "FIRST_MONTHS_COUNTS",
    "MAX_YEAR",
    "MIN_YEAR",
    "Period",
    "PeriodKind",
    "find_periods",
    "parse_period",
]


class PeriodKind(enum.Enum):
    """What kind of stretch of time a :class:`Period` is.

    The member's value is the Vietnamese keyword of the kind (its :attr:`label`).

    Attributes:
        MONTH: A calendar month: "tháng 9 năm 2021" (code ``2021-09``).
        QUARTER: A calendar quarter: "quý III năm 2021" (code ``2021-Q3``).
        HALF_YEAR: The first or the second half of a year: "6 tháng đầu năm 2023",
            "6 tháng cuối năm 2023" (codes ``2023-H1``, ``2023-H2``).
        FIRST_MONTHS: The first n months of a year, for n in
            :data:`~vn_party_docs.periods.FIRST_MONTHS_COUNTS`: "9 tháng đầu năm
            2024" (code ``2024-9M``). Three and six months are a QUARTER and a
            HALF_YEAR.
        YEAR: A calendar year: "năm 2019" (code ``2019``).
        TERM: A term of office over whole calendar years: "nhiệm kỳ 2021-2026"
            (code ``2021/2026``), 1 January of the first year to 31 December of the
            last.
        STAGE: A planning stage over whole calendar years: "giai đoạn 2023-2030"
            (code ``2023..2030``). A TERM and a STAGE over the same years differ.

    Example:
        >>> from vn_party_docs import PeriodKind, parse_period
        >>> parse_period("quý III/2021").kind is PeriodKind.QUARTER, PeriodKind.QUARTER.label
        (True, 'quý')
    """

    MONTH = "tháng"
    QUARTER = "quý"
    HALF_YEAR = "6 tháng"
    FIRST_MONTHS = "n tháng đầu năm"
    YEAR = "năm"
    TERM = "nhiệm kỳ"
    STAGE = "giai đoạn"

    @property
    def label(self) -> str:
        """The Vietnamese keyword of the kind."""
        return self.value


_KIND_RANK = {kind: rank for rank, kind in enumerate(PeriodKind)}
#: Month counts that are FIRST_MONTHS (3 months is a quarter, 6 a half year, 12 a year).
FIRST_MONTHS_COUNTS = frozenset({2, 4, 5, 7, 8, 9, 10, 11})
#: The first year a period may have (years are the four-digit years the grammar reads).
MIN_YEAR = 1000
#: The last year a period may have.
MAX_YEAR = 2999


def _month_end(year: int, month: int) -> datetime.date:
    """The last day of a month."""
    # The day before the first of the next month: ``calendar`` costs more to import.
    following = datetime.date(year + 1, 1, 1) if month == 12 else datetime.date(year, month + 1, 1)
    return following - datetime.timedelta(days=1)


def _months(year: int, first: int, count: int) -> tuple[datetime.date, datetime.date]:
    """The first and last days of ``count`` months from month ``first``."""
    return datetime.date(year, first, 1), _month_end(year, first + count - 1)


def _check_bounds(period: Period) -> None:
    """Raise ``ValueError`` unless the dates make a whole period of its kind."""
    kind, start, end = period.kind, period.start, period.end
    if not (start.year >= MIN_YEAR and end.year <= MAX_YEAR):
        raise ValueError(f"years must be {MIN_YEAR}-{MAX_YEAR}, not {start.year}-{end.year}")
    if end < start:
        raise ValueError(f"period ends ({end}) before it starts ({start})")
    if kind in (PeriodKind.TERM, PeriodKind.STAGE):
        expected = (datetime.date(start.year, 1, 1), datetime.date(end.year, 12, 31))
        if end.year <= start.year:
            raise ValueError(f"a {kind.name} spans at least two years, not {start.year}-{end.year}")
    elif kind is PeriodKind.FIRST_MONTHS:
        if end.month not in FIRST_MONTHS_COUNTS:
            raise ValueError(f"FIRST_MONTHS covers 2-11 months but not 3 or 6, not {end.month}")
        expected = _months(start.year, 1, end.month)
    else:
        length = {
            PeriodKind.MONTH: 1,
            PeriodKind.QUARTER: 3,
            PeriodKind.HALF_YEAR: 6,
            PeriodKind.YEAR: 12,
        }[kind]
        if (start.month - 1) % length:
            raise ValueError(f"a {kind.name} cannot start in month {start.month}")
        expected = _months(start.year, start.month, length)
    if (start, end) != expected:
        raise ValueError(f"{start}..{end} is not a whole {kind.name}")


def _validate(instance: Period, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a field is a plain date, and, once ``end`` is reached, the whole period."""
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise TypeError(f"{attribute.name} must be a datetime.date, not {type(value).__name__}")
    if attribute.name == "end":
        _check_bounds(instance)


@attrs.frozen(order=False)
class Period:
    """A stretch of time named in the text, with inclusive first and last days.

    Build values with the named constructors; ``str()`` is the canonical text and
    ``parse_period(str(p)) == p``. Validators reject dates that are not one whole
    period of ``kind`` and years outside :data:`~vn_party_docs.periods.MIN_YEAR`..
    :data:`~vn_party_docs.periods.MAX_YEAR`.
    Periods order by ``(start, end, kind)``, an order consistent with ``==``.

    Attributes:
        kind (PeriodKind): What kind of period it is (month, quarter, term …).
        start (datetime.date): Its first day, included.
        end (datetime.date): Its last day, included.

    Example:
        >>> import datetime
        >>> from vn_party_docs import Period
        >>> p = Period.quarter(2021, 3)
        >>> str(p), p.code, p.start, p.end
        ('quý III năm 2021', '2021-Q3', datetime.date(2021, 7, 1), datetime.date(2021, 9, 30))
        >>> datetime.date(2021, 8, 15) in p, p.next().code, p.days
        (True, '2021-Q4', 92)
    """

    kind: PeriodKind = attrs.field(validator=attrs.validators.instance_of(PeriodKind))
    start: datetime.date = attrs.field(validator=_validate)
    end: datetime.date = attrs.field(validator=_validate)

    # -- named constructors -------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """A calendar month: ``Period.month(2021, 9)`` is "tháng 9 năm 2021"."""
        if not 1 <= month <= 12:
            raise ValueError(f"month must be 1-12, not {month}")
        return cls(PeriodKind.MONTH, *_months(year, month, 1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """A quarter: ``Period.quarter(2021, 3)`` is "quý III năm 2021"."""
        if not 1 <= quarter <= 4:
            raise ValueError(f"quarter must be 1-4, not {quarter}")
        return cls(PeriodKind.QUARTER, *_months(year, 3 * quarter - 2, 3))

    @classmethod
    def half_year(cls, year: int, half: int) -> Period:
        """A half year: ``Period.half_year(2023, 1)`` is "6 tháng đầu năm 2023"."""
        if half not in (1, 2):
            raise ValueError(f"half must be 1 or 2, not {half}")
        return cls(PeriodKind.HALF_YEAR, *_months(year, 6 * half - 5, 6))

    @classmethod
    def first_months(cls, year: int, count: int) -> Period:
        """The first ``count`` months: ``Period.first_months(2024, 9)`` is "9 tháng đầu năm 2024".

        ``count`` is 2, 4, 5, 7, 8, 9, 10 or 11: three months are a quarter and six a
        half year (use :meth:`quarter` and :meth:`half_year`).
        """
        if count not in FIRST_MONTHS_COUNTS:
            raise ValueError(f"count must be one of {sorted(FIRST_MONTHS_COUNTS)}, not {count}")
        return cls(PeriodKind.FIRST_MONTHS, *_months(year, 1, count))

    @classmethod
    def year(cls, year: int) -> Period:
        """A calendar year: ``Period.year(2019)`` is "năm 2019"."""
        return cls(PeriodKind.YEAR, *_months(year, 1, 12))

    @classmethod
    def term(cls, first: int, last: int) -> Period:
        """A term of office: ``Period.term(2021, 2026)`` is "nhiệm kỳ 2021-2026"."""
        return cls(PeriodKind.TERM, datetime.date(first, 1, 1), datetime.date(last, 12, 31))

    @classmethod
    def stage(cls, first: int, last: int) -> Period:
        """A stage of years: ``Period.stage(2023, 2030)`` is "giai đoạn 2023-2030"."""
        return cls(PeriodKind.STAGE, datetime.date(first, 1, 1), datetime.date(last, 12, 31))

    @classmethod
    def containing(cls, day: datetime.date, kind: PeriodKind) -> Period:
        """The MONTH, QUARTER, HALF_YEAR or YEAR that contains ``day``.

        Example:
            >>> import datetime
            >>> from vn_party_docs import Period, PeriodKind
            >>> Period.containing(datetime.date(2024, 4, 1), PeriodKind.QUARTER).code
            '2024-Q2'
        """
        if kind is PeriodKind.MONTH:
            return cls.month(day.year, day.month)
        if kind is PeriodKind.QUARTER:
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        if kind is PeriodKind.HALF_YEAR:
            return cls.half_year(day.year, 1 if day.month <= 6 else 2)
        if kind is PeriodKind.YEAR:
            return cls.year(day.year)
        raise ValueError(f"no single {kind.name} contains a day")

    # -- derived values -------------------------------------------------------
    @property
    def index(self) -> int:
        """The month, quarter, half or month count within the year (1 for YEAR, TERM, STAGE)."""
        if self.kind is PeriodKind.MONTH or self.kind is PeriodKind.FIRST_MONTHS:
            return self.end.month
        if self.kind is PeriodKind.QUARTER:
            return self.end.month // 3
        if self.kind is PeriodKind.HALF_YEAR:
            return self.end.month // 6
        return 1

    @property
    def code(self) -> str:
        """Short stable identifier such as ``2021-09``, ``2021-Q3``, ``2023-H1``, ``2024-9M``,
        ``2019``, ``2021/2026`` (term) or ``2023..2030`` (stage)."""
        year = self.start.year
        return {
            PeriodKind.MONTH: f"{year}-{self.index:02d}",
            PeriodKind.QUARTER: f"{year}-Q{self.index}",
            PeriodKind.HALF_YEAR: f"{year}-H{self.index}",
            PeriodKind.FIRST_MONTHS: f"{year}-{self.index}M",
            PeriodKind.YEAR: f"{year}",
            PeriodKind.TERM: f"{year}/{self.end.year}",
            PeriodKind.STAGE: f"{year}..{self.end.year}",
        }[self.kind]

    @classmethod
    def from_code(cls, code: str) -> Period:
        """Rebuild a period from its :attr:`code`.

        Example:
            >>> from vn_party_docs import Period
            >>> Period.from_code("2023-H1") == Period.half_year(2023, 1)
            True
        """
        match = _code_pattern().fullmatch(code) if isinstance(code, str) else None
        if match is None:
            raise ValueError(f"not a period code: {code!r}")
        year = int(match["year"])
        if match["last"]:
            last = int(match["last"])
            return cls.term(year, last) if match["sep"] == "/" else cls.stage(year, last)
        if match["month"]:
            return cls.month(year, int(match["month"]))
        if match["quarter"]:
            return cls.quarter(year, int(match["quarter"]))
        if match["half"]:
            return cls.half_year(year, int(match["half"]))
        if match["count"]:
            return cls.first_months(year, int(match["count"]))
        return cls.year(year)

    @property
    def days(self) -> int:
        """How many days the period covers, both ends included."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        """Tell whether a date (or the date of a datetime) falls inside the period."""
        if isinstance(day, datetime.datetime):
            day = day.date()
        return isinstance(day, datetime.date) and self.start <= day <= self.end

    def next(self) -> Period:
        """The following MONTH, QUARTER, HALF_YEAR or YEAR.

        Example:
            >>> from vn_party_docs import Period
            >>> Period.half_year(2023, 2).next().code, Period.month(2024, 1).previous().code
            ('2024-H1', '2023-12')
        """
        return self._shifted(1)

    def previous(self) -> Period:
        """The preceding MONTH, QUARTER, HALF_YEAR or YEAR."""
        return self._shifted(-1)

    def _shifted(self, steps: int) -> Period:
        """The period of the same kind ``steps`` periods later (earlier when negative)."""
        months = _STEP_MONTHS.get(self.kind)
        if months is None:
            raise ValueError(f"a {self.kind.name} has no next or previous period")
        # Calendar arithmetic by months; imported here, off the reading path.
        from dateutil.relativedelta import relativedelta

        return Period.containing(self.start + relativedelta(months=steps * months), self.kind)

    # -- order consistent with == --------------------------------------------
    def _key(self) -> tuple[datetime.date, datetime.date, int]:
        """The one key of the order: first day, last day, kind."""
        return (self.start, self.end, _KIND_RANK[self.kind])

    def __lt__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() >= other._key()

    # -- text and dicts ---------------------------------------------------------
    def __str__(self) -> str:
        """The canonical Vietnamese text, which :func:`parse_period` reads back."""
        year = self.start.year
        kind = self.kind
        if kind is PeriodKind.MONTH:
            return f"tháng {self.index} năm {year}"
        if kind is PeriodKind.QUARTER:
            return f"quý {to_roman(self.index)} năm {year}"
        if kind is PeriodKind.HALF_YEAR:
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {year}"
        if kind is PeriodKind.FIRST_MONTHS:
            return f"{self.index} tháng đầu năm {year}"
        if kind is PeriodKind.YEAR:
            return f"năm {year}"
        return f"{kind.label} {year}-{self.end.year}"

    def short_repr(self) -> str:
        """A constructor-style repr: ``Period.quarter(2021, 3)``."""
        name = {
            PeriodKind.MONTH: "month",
            PeriodKind.QUARTER: "quarter",
            PeriodKind.HALF_YEAR: "half_year",
            PeriodKind.FIRST_MONTHS: "first_months",
        }.get(self.kind)
        if name is not None:
            return f"Period.{name}({self.start.year}, {self.index})"
        if self.kind is PeriodKind.YEAR:
            return f"Period.year({self.start.year})"
        return f"Period.{self.kind.name.lower()}({self.start.year}, {self.end.year})"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: kind name, ISO dates and the code.

        Example:
            >>> from vn_party_docs import Period
            >>> Period.half_year(2023, 1).to_dict()
            {'kind': 'HALF_YEAR', 'start': '2023-01-01', 'end': '2023-06-30', 'code': '2023-H1'}
        """
        return {
            "kind": self.kind.name,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "code": self.code,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Period:
        """Rebuild a period from :meth:`to_dict` output (``code`` is optional).

        Raises:
            TypeError: when ``data`` is not a dict.
            ValueError: when a field is missing, of the wrong type or impossible, or
                ``code`` disagrees with the dates (the message names the field).

        Example:
            >>> from vn_party_docs import Period
            >>> Period.from_dict({"kind": "YEAR", "start": "2019-01-01", "end": "2019-12-31"})
            Period(kind=<PeriodKind.YEAR: 'năm'>, start=datetime.date(2019, 1, 1), end=datetime.date(2019, 12, 31))
        """  # noqa: E501
        fields = Fields(data, "Period")
        kind, start = fields.member("kind", PeriodKind), fields.date("start")
        period = fields.build(cls, kind, start, fields.date("end"))
        code = fields.string("code", optional=True)
        if code is not None and code != period.code:
            raise fields.error("code", f"{code!r} does not match the dates of {period.code}")
        return period


#: The kinds that have a next and a previous period, and how many months one spans.
_STEP_MONTHS = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.HALF_YEAR: 6,
    PeriodKind.YEAR: 12,
}


#: The :attr:`Period.code` syntax.
_code_pattern = lazy_regex(
    r"(?P<year>\d{4})(?:(?P<sep>/|\.\.)(?P<last>\d{4})|-(?:(?P<month>\d{2})|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])|(?P<count>\d{1,2})M))?"
)


# -- grammar ----------------------------------------------------------------------
#: A four-digit year (MIN_YEAR..MAX_YEAR), not the start of a longer number.
_YEAR = r"[12]\d{3}(?!\d)"
#: Not a relative year ("năm ngoái", "năm sau"): such a period is left out, not guessed.
_NOT_RELATIVE_YEAR = rf"(?!{GAP}năm{GAP}(?:ngoái|trước|sau|tới|kế[ ]tiếp|qua|kia)(?!\w))"
#: The year after a period keyword: "năm 2021", "/2024", "-2024", "năm nay".
_YEAR_SUFFIX = rf"""
    (?:{GAP}năm{GAP}(?:(?P<year>{_YEAR})|(?P<this_year>nay)(?!\w))
      |{SP}(?:/|{DASH}){SP}(?:năm{GAP})?(?P<year>{_YEAR})  # "quý I/năm 2023"
      |\.(?P<year>{_YEAR}))
"""
#: "năm" closing "6 tháng đầu năm", perhaps with its year; never "năm học" or "năm ngoái".
_YEAR_WORD = rf"""
    năm(?!{GAP}học(?!\w))
    (?:{GAP}(?P<year>{_YEAR})|{GAP}(?P<this_year>nay)(?!\w))?
    (?!{GAP}(?:ngoái|trước|sau|tới|kế[ ]tiếp|qua|kia)(?!\w))
"""
_RANGE = rf"(?P<first>{_YEAR}){OPT_GAP}{DASH}{OPT_GAP}(?P<last>{_YEAR})"
#: Two years a page lost the dash between ("nhiệm kỳ 2020 2025"), after a term's words only.
_SPACED_RANGE = rf"(?P<first>{_YEAR})[ ]{{1,3}}(?P<last>{_YEAR})"
#: A range opened by "từ": "giai đoạn từ 2016 – 2020", "giai đoạn từ năm 2021 đến năm 2025".
_FROM_RANGE = (
    rf"từ{GAP}(?:năm{GAP})?(?P<first>{_YEAR})"
    rf"(?:{OPT_GAP}{DASH}{OPT_GAP}|{GAP}(?:đến|tới){GAP}(?:năm{GAP})?)(?P<last>{_YEAR})"
)
#: The words that open a term or a stage ("nhiệm kỳ 2020-2025", "giai đoạn 2021-2025").
_TERM_WORDS = r"nhiệm[ ]{1,3}k[ỳì]|giai[ ]{1,3}đoạn"
#: Not a decimal ("quý 1,5", "tháng 5.5"); a dot before a year is one ("tháng 5.2020").
_NOT_DECIMAL = r"(?!,\d)(?!\.(?![12]\d{3}(?!\d))\d)"
_QUARTER_NUMBER = rf"(?:(?P<roman>iv|i{{1,3}})|(?P<digit>[1-4]))(?!\w){_NOT_DECIMAL}"
_MONTH_NUMBER = rf"(?P<month_number>1[0-2]|0?[1-9])(?!\d){_NOT_DECIMAL}"
#: A month in words ("tháng Ba"), never before a figure ("ngày 2 tháng Năm 2023").
_MONTH_WORD = rf"(?P<month_word>{alternation(MONTH_WORDS)})(?!\w)(?![ ]{{1,3}}\d)"
#: A day left blank in a form ("ngày   tháng 12 năm 2020", "ngày ... tháng ... năm 2020").
_BLANK = r"(?:[ ]{2,12}|[ ]{0,3}[.…_]{1,12}[ ]{0,3})"
#: "quý đầu tiên (của / trong) năm 2020": the first quarter.
_FIRST_QUARTER = rf"đầu{GAP}tiên(?!\w)(?:{GAP}(?:của|trong)(?={GAP}năm{GAP}\d))?"


#: The grammar of one period, tried at keyword anchors of ``NormalizedText.lower``.
_period_pattern = lazy_regex(
    lambda: (
        rf"""
        (?P<quarter>quý{GAP}(?:{_QUARTER_NUMBER}|(?P<first_quarter>{_FIRST_QUARTER}))
            {_YEAR_SUFFIX}?{_NOT_RELATIVE_YEAR})
      | (?P<months>
            (?:(?<![\d.,])(?<!(?:ngày|mùng|mồng){GAP})(?P<count>1[0-2]|0?[1-9])
              |(?<!\w)(?P<count_word>{CARDINAL}))
            [ ]{{1,3}}tháng(?:{GAP}(?P<position>đầu|cuối|còn{GAP}lại)|{GAP}qua)?
            {GAP}(?:của{GAP})?{_YEAR_WORD})  # "11 tháng qua của năm 2012": the first 11
      | (?P<months_after>(?:(?<![\d.,])(?P<count>1[0-2]|[2-9])|(?<!\w)(?P<count_word>{CARDINAL}))
            [ ]{{1,3}}tháng(?![ ]{{1,3}}(?:\d|đầu|cuối|còn|năm|qua|tới|trước|sau|nay|này)(?!\w)))
      | (?P<half>(?<!\w)nửa{GAP}(?P<position>đầu|cuối){GAP}{_YEAR_WORD})
      | (?P<month>(?<!\d[ ]{{1,3}}|\d\n)(?<!ngày{_BLANK})tháng
            (?:{GAP}{_MONTH_NUMBER}
                (?!{SP}{DASH}{SP}\d{{1,2}}(?!\d))  # "tháng 10-12/2024" is a range of months
              |[ ]{{1,3}}{_MONTH_WORD})
            {_YEAR_SUFFIX}?{_NOT_RELATIVE_YEAR})
      | (?P<term>(?:{_TERM_WORDS}))
            (?:{GAP}(?:qua|trước|mới|{ROMAN_PATTERN})(?!\w))?  # "nhiệm kỳ qua", "… VI", "… mới"
            (?:{GAP}(?:\d{{1,2}}|{CARDINAL}){GAP}năm(?!\w))?  # "nhiệm kỳ 5 năm (2011 - 2015)"
            (?:{GAP}năm(?={GAP}\d{{4}}))?  # "nhiệm kỳ năm 2016 - 2021"
            (?:{OPT_GAP}\({SP}{_RANGE}{SP}\)|{OPT_GAP}{_RANGE}|{GAP}{_FROM_RANGE}
              |[ ]{{1,3}}{_SPACED_RANGE})  # "nhiệm kỳ 2020 2025": the dash lost
      | (?P<year_only>(?<!tháng[ ]{{1,3}}\d{{1,2}}[ ]{{1,3}}|tháng\n\d{{1,2}}[ ]{{1,3}})
            (?<!\d{{1,2}}{SP}[-/.–]{SP}\d{{1,2}}[ ]{{1,3}})
            (?<!tháng[ ]{{1,3}})  # "ngày 2 tháng Năm 2023": a date, May in words
            (?<!tháng{_BLANK})  # "ngày ... tháng ... năm 2020": a blank date
            (?<!tháng[ ]{{1,3}}(?:{alternation(MONTH_WORDS)})[ ]{{1,3}})  # "30 tháng Tư năm 1975"
            (?<!\w)năm{GAP}(?P<year>{_YEAR})(?!{SP}{DASH}{SP}\d|[/.,]\d))
        """
    )
)


#: Another range after a term or stage: "nhiệm kỳ 2010 - 2015, 2015 - 2020".
_more_ranges = lazy_regex(rf"(?:{SP},{SP}|{GAP}và{GAP}|{SP};{SP}){_RANGE}")


#: Another year after one "năm": "năm 2022 và 2023", "các năm 2017, 2018 và 2019" (not a
#: figure: "năm 2023, 2.500 hộ").
_more_years = lazy_regex(
    rf"(?:{SP},{SP}(?:và{GAP})?|{GAP}và{GAP})(?P<year>(?:19|20)\d\d)(?![\d/.,-]\d|\d|{SP}[-–])"
)


#: Another quarter number after one "quý": "quý III và IV năm 2021".
_more_quarters = lazy_regex(
    rf"(?:{SP},{SP}|{GAP}và{GAP})(?P<number>{_QUARTER_NUMBER}){_YEAR_SUFFIX}?{_NOT_RELATIVE_YEAR}"
)


#: Another month number after one "tháng": "tháng 9, 10 năm 2021".
_more_months = lazy_regex(
    rf"(?:{SP},{SP}|{GAP}và{GAP})(?P<number>{_MONTH_NUMBER}){_YEAR_SUFFIX}?{_NOT_RELATIVE_YEAR}"
)


@attrs.frozen
class _Candidate:
    """A period read from the text, perhaps still waiting for its year."""

    start: int
    end: int
    kind: PeriodKind
    number: int  # month, quarter, half, month count; the last year of a term or stage
    year: int | None  # the year the text gives; the first year of a term or stage
    this_year: bool = False  # "năm nay": the year of the document

    def build(self, year: int) -> Period:
        """The period, in ``year`` unless it is a term or stage."""
        return _built(self.kind, self.number, year)


@functools.lru_cache(maxsize=1024)
def _built(kind: PeriodKind, number: int, year: int) -> Period:
    """The period of a candidate (:meth:`_Candidate.build`); kept, as an article names the
    same periods again and again and a period, checked whole as it is built, never changes."""
    if kind is PeriodKind.TERM or kind is PeriodKind.STAGE:
        maker = Period.term if kind is PeriodKind.TERM else Period.stage
        return maker(year, number)
    if kind is PeriodKind.MONTH:
        return Period.month(year, number)
    if kind is PeriodKind.QUARTER:
        return Period.quarter(year, number)
    if kind is PeriodKind.HALF_YEAR:
        return Period.half_year(year, number)
    if kind is PeriodKind.FIRST_MONTHS:
        return Period.first_months(year, number)
    return Period.year(year)


#: "N tháng đầu/cuối năm": month count and position → kind and number.
_MONTH_COUNTS: dict[tuple[int, bool], tuple[PeriodKind, int]] = {
    (3, True): (PeriodKind.QUARTER, 1),
    (6, True): (PeriodKind.HALF_YEAR, 1),
    (12, True): (PeriodKind.YEAR, 1),
    (3, False): (PeriodKind.QUARTER, 4),
    (6, False): (PeriodKind.HALF_YEAR, 2),
    **{(count, True): (PeriodKind.FIRST_MONTHS, count) for count in FIRST_MONTHS_COUNTS},
}


def _quarter_number(match: Match) -> int:
    """The quarter a match names, from its Roman or Arabic numeral ("đầu tiên": the first)."""
    if group(match, "first_quarter"):
        return 1
    return from_roman(match["roman"]) if match["roman"] else int(match["digit"])


def _interpret(match: Match, lower: str = "") -> _Candidate | None:
    """Read a match of the period grammar; ``None`` when it names no period."""
    start, end = match.span()
    year = int(match["year"]) if match["year"] else None
    this_year = bool(match["this_year"])
    if match["term"]:
        first, last = int(match["first"]), int(match["last"])
        kind = PeriodKind.TERM if match["term"].startswith("nhiệm") else PeriodKind.STAGE
        return _Candidate(start, end, kind, last, first) if last > first else None
    if match["quarter"]:
        return _Candidate(start, end, PeriodKind.QUARTER, _quarter_number(match), year, this_year)
    if match["month"]:
        word = match["month_word"]
        number = MONTH_WORDS[collapse(word)] if word else int(match["month_number"])
        return _Candidate(start, end, PeriodKind.MONTH, number, year, this_year)
    if match["half"]:
        half = 1 if match["position"] == "đầu" else 2
        return _Candidate(start, end, PeriodKind.HALF_YEAR, half, year, this_year)
    if match["months_after"]:
        # "tháng 11 và 11 tháng", "quý 3, 9 tháng": the first months up to the period before;
        # "9 tháng và nhiệm vụ 3 tháng cuối năm 2019": the months before the last ones.
        count = _count(match)
        if count in FIRST_MONTHS_COUNTS and count == _months_before(lower, start):
            return _Candidate(start, end, PeriodKind.FIRST_MONTHS, count, None)
        kind_number = _MONTH_COUNTS.get((count, True))  # "6 tháng, … 6 tháng cuối năm": H1
        if (
            kind_number is None
            or _duration_before().search(lower, max(0, start - 16), start)
            or not _leaves_months_after(lower, end, count)
        ):
            return None
        return _Candidate(start, end, *kind_number, None)
    if match["months"]:
        count = _count(match)
        position = match["position"]
        if position is None and year is None:
            return None  # "3 tháng năm nay" is a duration, "9 tháng năm 2023" a period
        # "6 tháng còn lại năm 2022": the months left are the last ones
        kind_number = _MONTH_COUNTS.get((count, position in (None, "đầu")))
        if kind_number is None:
            if year is None:
                return None
            # "9 tháng còn lại của năm 2020": no period of its own, but the year is one
            year_start = lower.rindex("năm", start, match.start("year"))
            return _Candidate(year_start, end, PeriodKind.YEAR, 1, year)
        return _Candidate(start, end, *kind_number, year, this_year)
    return _Candidate(start, end, PeriodKind.YEAR, 1, year)


#: The month or quarter before "và N tháng" or ", N tháng": "tháng 11 và ", "quý III/2021 và ",
#: "quý 3, ".
_month_or_quarter_before = lazy_regex(
    rf"""(?:tháng{GAP}{_MONTH_NUMBER}|quý{GAP}{_QUARTER_NUMBER})
        (?:{_YEAR_SUFFIX})?(?:{SP},|{GAP}và)[ ]{{1,3}}\Z"""
)


#: The period that follows a bare count, in the same clause: the last months of the year
#: ("(nhiệm vụ) 3 tháng cuối năm", or uncounted: "những tháng cuối năm") or a quarter
#: ("(triển khai nhiệm vụ) quý IV").
_next_months_after = lazy_regex(
    rf"""[^.;!?\n]{{0,80}}?
        (?:(?:(?<![\d.,])(?P<count>[1-9])|(?<!\w)(?P<count_word>{CARDINAL})|(?P<rest>những|các))
            [ ]{{1,3}}tháng[ ]{{1,3}}cuối[ ]{{1,3}}năm(?!\w)
          | quý{GAP}{_QUARTER_NUMBER})"""
)


#: Words that make a count of months a duration: "sau 6 tháng triển khai", "trong 9 tháng".
_duration_before = lazy_regex(r"(?<!\w)(?:trong|sau|qua|hơn|gần|khoảng|mỗi|vòng|được)[ ]{1,3}\Z")


def _count(match: Match) -> int:
    """The month count a match writes in figures (``count``) or in words (``count_word``)."""
    return int(match["count"]) if match["count"] else read_number(match["count_word"])


def _leaves_months_after(lower: str, position: int, count: int) -> bool:
    """Whether the period named next after ``position`` is what the ``count`` first months
    of the year leave ("9 tháng và nhiệm vụ 3 tháng cuối năm", "9 tháng và triển khai nhiệm
    vụ quý IV", "9 tháng, … những tháng cuối năm": 9)."""
    found = _next_months_after().match(lower, position, position + 120)
    if found is None:
        return False
    if found["rest"]:
        return True
    if found["count"] or found["count_word"]:
        return count == 12 - _count(found)
    return count == 3 * (_quarter_number(found) - 1)


def _months_before(lower: str, position: int) -> int | None:
    """The number of months up to the end of the month or quarter just before
    "và N tháng" or ", N tháng" at ``position`` ("tháng 11 và" → 11, "quý 3," → 9)."""
    found = _month_or_quarter_before().search(lower, max(0, position - 24), position)
    if found is None:
        return None
    if found["month_number"]:
        return int(found["month_number"])
    return 3 * _quarter_number(found)


_SUB_YEAR = frozenset(
    {PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.FIRST_MONTHS}
)
_ANCHOR_KINDS = _SUB_YEAR | {PeriodKind.YEAR}
#: The periods whose missing year is first sought among the periods of a month's scale
#: (:data:`_SUB_YEAR`) before a whole year named nearer.
_FINE_KINDS = frozenset({PeriodKind.MONTH, PeriodKind.QUARTER})
#: How far (in characters, within one sentence) a shared year reaches back over an
#: enumeration ("quý III; triển khai nhiệm vụ công tác quý IV năm 2021").
_ENUMERATION_REACH = 240
#: At most this many extra ranges or numbers follow one keyword.
_MAX_MORE = 20


def hits(context: DocumentContext) -> list[Hit[Period]]:
    """All periods of a document, in normalised coordinates (computed once per document)."""
    return _found(context)[0]


def _found(context: DocumentContext) -> tuple[list[Hit[Period]], list[_Candidate]]:
    """What :func:`_find` reads in a document, once per document."""
    return context.memo("periods", lambda: _find(context))


def yearless_hits(context: DocumentContext, start: int, end: int, year: int) -> list[Hit[Period]]:
    """The periods in ``[start, end)`` that :func:`hits` leaves out because nothing gives
    their year, completed with ``year`` (a meeting's, once its date is known: "Ngày 8-10,
    … đánh giá quý III, triển khai nhiệm vụ quý IV; …")."""
    yearless = _found(context)[1]  # (by start)
    first = bisect.bisect_left(yearless, start, key=_start_of)
    found = []
    for candidate in yearless[first : bisect.bisect_left(yearless, end, key=_start_of)]:
        if candidate.end <= end:
            try:
                found.append(Hit(candidate.build(year), candidate.start, candidate.end))
            except ValueError:
                continue
    return found


def _start_of(candidate: _Candidate) -> int:
    """Where a candidate starts (the key its list is sorted by)."""
    return candidate.start


#: The keywords every period contains; the grammar is tried only near them. A term or a
#: stage is anchored on both its words: "nhiệm" alone is mostly "nhiệm vụ" (a task), where the
#: grammar would be tried in vain. (One group whose every branch opens with a letter: the
#: scan skips ahead by those letters, which a branch opening with a group would prevent.)
#: The words the anchor opens with, for the scan the finders share.
_ANCHOR_WORDS = ("quý", "tháng", "năm", "nửa", "nhiệm kỳ", "nhiệm kì", "giai đoạn")
_anchor = shared_anchor(lambda: _ANCHOR_WORDS)(
    lazy_regex(rf"(?:quý\b|tháng\b|năm\b|nửa\b|{_TERM_WORDS})")
)


#: The month count written just before "tháng" ("6 tháng", "sáu tháng").
_count_before = lazy_regex(rf"(?:(?<![\d.,])(?:1[0-2]|0?[1-9])|(?<!\w){CARDINAL})[ ]{{1,3}}$")


def _candidates(
    lower: str, cased: str, norm: NormalizedText | None
) -> tuple[list[_Candidate], list[_Candidate]]:
    """Every period the grammar reads, leftmost first, never overlapping; and the vague
    positions in a year that stand for a quarter (see :func:`_vague_quarter`).

    The grammar is tried only at keyword anchors; after a match, the extra ranges
    or numbers that share its keyword are read too. ``cased`` is the normalised text
    before lower-casing (same offsets), for the capital of a month written in words;
    ``norm``: the document whose ``lower`` this is (not a repaired copy): its anchors are
    found with its word breaks and shared scan.
    """
    found: list[_Candidate] = []
    vague: list[_Candidate] = []
    position = 0
    pattern, anchor, count_before = _period_pattern(), _anchor(), _count_before()
    for keyword in norm.word_starts(anchor) if norm else word_starts(anchor, lower):
        if keyword.start() < position:
            continue  # inside the period just read
        start = keyword.start()
        if keyword.group() == "tháng":
            count = count_before.search(lower, max(position, start - 16), start)
            if count is not None:
                start = count.start()
        match = pattern.match(lower, start)
        if match is None:
            continue
        end = match.end()
        candidate = _interpret(match, lower)
        if candidate is not None and not _rejected(lower, cased, match, candidate):
            uncoded = bool(match["months"]) and candidate.start > match.start()
            if not (uncoded and match["position"] == "cuối"):
                found.append(candidate)  # (not the year of "5 tháng cuối năm 2025": vague)
            if uncoded:
                # "3 tháng đầu năm và … 9 tháng còn lại của năm 2020": the months left
                # close an enumeration with their year, as "những tháng cuối năm" does
                vague.append(attrs.evolve(candidate, kind=PeriodKind.QUARTER, number=4))
            more = _more(lower, match, candidate)
            found.extend(more)
            if more:
                end = more[-1].end
        elif candidate is not None and (quarter := _vague_quarter(lower, candidate)):
            vague.append(quarter)
        position = max(end, keyword.end())
    return found, vague


def _vague_quarter(lower: str, candidate: _Candidate) -> _Candidate | None:
    """The quarter a vague position in a stated year stands for ("đầu năm 2024" → its
    first, "cuối năm 2023" → its last; ``VAGUE_YEAR_QUARTERS``): no period of its own, but
    its year closes an enumeration ("6 tháng đầu năm, … những tháng cuối năm 2023")."""
    if candidate.kind is not PeriodKind.YEAR or candidate.year is None:
        return None
    vague = _vague_before().search(lower, max(0, candidate.start - 24), candidate.start)
    quarters = dict(lexicon()["VAGUE_YEAR_QUARTERS"])
    quarter = quarters.get(" ".join(vague.group().split())) if vague else None
    if quarter is None:
        return None
    return _Candidate(candidate.start, candidate.end, PeriodKind.QUARTER, quarter, candidate.year)


def _rejected(lower: str, cased: str, match: Match, candidate: _Candidate) -> bool:
    """Tell a match that names no period: a decade, a vague position in a stretch of
    time, the year in a law's name or after a document symbol or number, a month name in
    a name, the date of a birth or a founding."""
    start, kind = match.start(), candidate.kind
    if kind is PeriodKind.YEAR:
        if (
            candidate.year is not None
            and candidate.year % 10 == 0
            and lower[max(0, start - 8) : start].rstrip().endswith("những")
        ):
            return True  # "những năm 1990": a decade
        near = max(0, start - 40)
        if lower.find("/", near, start) >= 0 and _after_symbol().search(lower, near, start):
            return True  # "Quy định 69-QĐ/TW năm 2022": the citation's year (symbols hold "/")
        if _after_number().search(lower, near, start):
            return True  # "Chỉ thị 05 năm 2016", "Nghị quyết số 18 (năm 2017)": the same
        if _law_name_year(lower, cased, start):
            return True
        if _edition().search(lower, near, start):
            return True  # "Cương lĩnh … (bổ sung, phát triển năm 2011)": its edition
    if kind in (PeriodKind.YEAR, PeriodKind.MONTH) and _dated_event(lower, start):
        return True  # "được thành lập năm 1930": a founding
    if kind in (PeriodKind.YEAR, PeriodKind.MONTH, PeriodKind.QUARTER):
        vague = _vague_before().search(lower, max(0, start - 24), start)
        if vague is not None and not _not_vague().search(lower, max(0, start - 40), vague.start()):
            return True
    if match["month_word"]:
        if _month_name_before().search(lower, max(0, start - 16), start):
            return True  # "Cách mạng Tháng Tám"
        word = match.start("month_word")
        if candidate.year is None and not candidate.this_year and not cased[word].isupper():
            return True  # "mỗi tháng hai lần": a month in words needs a year or a capital
    return False


#: A verb of a founding just before the keyword: "thành lập năm", "ra đời vào".
_event_before = lazy_regex(
    lambda: (
        rf"""(?<!\w)(?:{any_word("EVENT_VERBS")})
        (?:{GAP}(?:{any_word("EVENT_LINKS")}))?{GAP}$"""
    )
)


def _dated_event(lower: str, start: int) -> bool:
    """Whether a year or month at ``start`` dates a founding ("Đảng bộ được thành lập năm
    1930")."""
    return _event_before().search(lower, max(0, start - 30), start) is not None


#: A vague position just before the keyword: "đầu năm 2021", "cuối tháng 9".
_vague_before = lazy_regex(lambda: rf"(?<!\w)(?:{any_word('VAGUE_POSITIONS')}){GAP}$")


#: A word that makes the position word something else: "dẫn đầu năm 2023".
_not_vague = lazy_regex(lambda: rf"(?<!\w)(?:{any_word('NOT_VAGUE_BEFORE')})[ ]{{1,3}}$")


#: A word before a month in words that makes it a name: "Cách mạng Tháng Tám".
_month_name_before = lazy_regex(lambda: rf"(?<!\w)(?:{any_word('NOT_MONTH_NAME_BEFORE')}){GAP}$")


#: A document symbol just before "năm": "69-QĐ/TW năm 2022", "30/2020/NĐ-CP năm",
#: "69-QĐ/TW (năm 2022", and after a Party symbol "69-QĐ/TW, năm 2022".
_after_symbol = lazy_regex(
    r"""(?<![\w/-])(?:
            [\w.-]{0,12}\d[\w.-]{0,12}/[\w/.-]{0,20}[^\W\d_][\w.-]{0,8}
            (?:[ ]{1,3}|[ ]{0,3}\([ ]{0,3})
          | \d{1,5}[ ]{0,3}[-–][ ]{0,3}[^\W\d_]{1,6}[ ]{0,3}/[ ]{0,3}[\w.-]{1,10}
            [ ]{0,3},[ ]{0,3})$"""
)


def _doc_type_words() -> str:
    """The document type words of the citation grammar (a pattern)."""
    rows = lexicon()["DOC_TYPES"]
    return alternation(word for row in rows for word in (row.label.lower(), *row.spellings))


#: A document type and its number just before "năm": "Chỉ thị 05 năm 2016",
#: "Nghị quyết số 18 (năm 2017)".
_after_number = lazy_regex(
    lambda: (
        rf"""(?<!\w)(?:{_doc_type_words()})(?:[ ]{{1,3}}số)?[ ]{{0,3}}:?[ ]{{0,3}}
        \d{{1,5}}(?:[ ]{{1,3}}|[ ]{{0,3}}\([ ]{{0,3}})$"""
    )
)


#: The type of a law whose name may end with its year.
#: (Searched as words with :func:`next_word_start`: a leading look-behind would make the
#: search try every position.)
_law_type = lazy_regex(lambda: rf"(?:{any_word('LAW_TYPES')})(?!\w)")


@vocabulary_cache
@functools.cache
def _law_type_words() -> tuple[str, ...]:
    """The last word of each law type: a law's type is written nowhere none of them is."""
    return tuple({law_type.split(" ")[-1] for law_type in lexicon()["LAW_TYPES"]})


#: One word of a law's name after its type, perhaps after a comma ("Phòng, chống").
_law_name_word = lazy_regex(r",?[ ]{1,3}(?P<word>[^\W\d_]{1,12})")


def _amendment(then: str = "") -> str:
    """One or two amendment words ("sửa đổi, bổ sung"), the second perhaps ``then``."""
    amendment = any_word("AMENDMENT_WORDS")
    second = f"{amendment}|{then}" if then else amendment
    return rf"(?:{amendment})(?:[ ]{{0,3}},?[ ]{{1,3}}(?:{second}))?"


@lazy_pattern
def _amended() -> Pattern:
    """An amendment just before a year: "(…, sửa đổi, bổ sung năm 2020"."""
    return compile_pattern(
        rf"""(?:(?P<year>năm[ ]{{1,3}}{_YEAR})[ ]{{0,3}})?[,(]?[ ]{{0,3}}
        {_amendment()}[ ]{{1,3}}$"""
    )


#: The edition of a document in parentheses before its year, whatever the document:
#: "(sửa đổi, bổ sung năm 2020)", "(bổ sung, phát triển năm 2011)".
_edition = lazy_regex(lambda: rf"\([ ]{{0,3}}{_amendment('phát[ ]{1,3}triển')}[ ]{{1,3}}\Z")


#: At most this many words between a law's type and its year.
_LAW_NAME_WORDS = 12
#: How far before a year its law's type is looked for, and its amendment.
_LAW_NAME_REACH, _AMENDMENT_REACH = 160, 60


def _law_name_year(lower: str, cased: str, start: int) -> bool:
    """Tell the year in a law's name ("Luật Tổ chức Quốc hội năm 2014") or of its
    amendment ("…năm 2014, sửa đổi, bổ sung năm 2020") from a year named as a period
    (looked for only where the last word of a law's type is written before the year)."""
    low = max(0, start - _AMENDMENT_REACH - _LAW_NAME_REACH)
    if not any(lower.find(word, low, start) >= 0 for word in _law_type_words()):
        return False
    amended = _amended().search(lower, max(0, start - _AMENDMENT_REACH), start)
    if amended is not None:
        end = amended.start("year") if amended["year"] else amended.start()
        return _law_name_ends_at(lower, cased, end)
    return _law_name_ends_at(lower, cased, start)


def _law_name_ends_at(lower: str, cased: str, end: int) -> bool:
    """Tell whether a law's name ("Luật Đất đai", "Hiến pháp") ends just before ``end``.

    The name is read from the last capitalised law type before ``end``: words only
    (commas between them allowed), at most ``_LAW_NAME_WORDS``, none of them a word
    that a name does not hold (:data:`NOT_IN_LAW_NAMES`: "Luật Đất đai trong năm 2024"
    names a year).
    """
    law = None
    found = next_word_start(_law_type(), lower, max(0, end - _LAW_NAME_REACH), end)
    while found is not None:
        law = found
        found = next_word_start(_law_type(), lower, found.end(), end)
    if law is None or not cased[law.start()].isupper():
        return False
    position, count = law.end(), 0
    while count <= _LAW_NAME_WORDS:
        word = _law_name_word().match(lower, position, end)
        if word is None:
            break
        if word["word"] in lexicon()["NOT_IN_LAW_NAMES"]:
            return False
        position, count = word.end(), count + 1
    return count <= _LAW_NAME_WORDS and not lower[position:end].strip()


def _more(lower: str, match: Match, candidate: _Candidate) -> list[_Candidate]:
    """The ranges or numbers after the same keyword ("2010 - 2015, 2015 - 2020")."""
    more: list[_Candidate] = []
    end = match.end()
    kind = candidate.kind
    if kind is PeriodKind.TERM or kind is PeriodKind.STAGE:
        for _ in range(_MAX_MORE):
            extra = _more_ranges().match(lower, end)
            if extra is None:
                break
            first, last = int(extra["first"]), int(extra["last"])
            if last > first:
                more.append(_Candidate(extra.start("first"), extra.end(), kind, last, first))
            end = extra.end()
        return more
    if kind is PeriodKind.YEAR and candidate.year is not None and match["year_only"]:
        for _ in range(_MAX_MORE):  # "các năm 2017, 2018 và 2019": one year each
            extra = _more_years().match(lower, end)
            if extra is None:
                break
            more.append(_Candidate(extra.start("year"), extra.end(), kind, 1, int(extra["year"])))
            end = extra.end()
        return more
    if candidate.year is not None or candidate.this_year:
        return more  # "quý II năm 2024, 3 đơn vị": a year ends the enumeration
    if kind is PeriodKind.QUARTER:
        grammar, roman = _more_quarters(), bool(match["roman"])
    elif kind is PeriodKind.MONTH:
        grammar, roman = _more_months(), False
    else:
        return more
    for _ in range(_MAX_MORE):
        extra = grammar.match(lower, end)
        if extra is None or (kind is PeriodKind.QUARTER and bool(extra["roman"]) != roman):
            break
        number = (
            _quarter_number(extra) if kind is PeriodKind.QUARTER else int(extra["month_number"])
        )
        year = int(extra["year"]) if extra["year"] else None
        this_year = bool(extra["this_year"])
        more.append(_Candidate(extra.start("number"), extra.end(), kind, number, year, this_year))
        end = extra.end()
        if year is not None or this_year:
            return more
    # Figures ("quý 1, 2", "tháng 9, 10") count only when a year closes the list: a
    # figure after a comma is too often something else ("tháng 9, 10 đơn vị").
    return more if roman else []


def _find(context: DocumentContext) -> tuple[list[Hit[Period]], list[_Candidate]]:
    """Read the candidates of a document and complete their years; the candidates whose
    year nothing gives, apart."""
    lower, cased = _views(context)
    own = lower is context.norm.lower  # (not a repaired copy)
    found, vague = _candidates(lower, cased, context.norm if own else None)
    # (built when a candidate first needs them: all anchors, and those of a month's scale)
    anchors: list[tuple[int, int]] | None = None
    fine: list[tuple[int, int]] = []
    closing = _closing_years(found, vague)
    starts = [candidate.start for candidate in found]
    stated = _next_stated(found)
    result: list[Hit[Period]] = []
    yearless: list[_Candidate] = []
    for index, candidate in enumerate(found):
        year = candidate.year
        if year is None and not candidate.this_year:
            year = _enumeration_year(lower, candidate, closing[index])
        if year is None and not candidate.this_year and context.reference_date is None:
            year = _lead_year(lower, candidate.start)
            if year is None and context.dateline is None:
                year = _heading_year(lower, candidate, found, starts, stated)
        if year is None:
            if anchors is None:
                anchors = _anchors(context, found, _ANCHOR_KINDS)
                fine = _anchors(context, found, _SUB_YEAR)
            if candidate.kind in _FINE_KINDS:  # "tháng 4 và quý II" after "năm 2023" is
                # the year of the nearest month or quarter that states its year
                year = context.year_at(candidate.start, fine)
            if year is None:
                year = context.year_at(candidate.start, anchors)
        if year is None and context.reference_date is None and context.dateline is None:
            year = _following_lead_year(
                lower, candidate, context.dated_leads()
            ) or _timed_date_year(lower, candidate)
        if year is None:
            yearless.append(candidate)
            continue
        try:
            period = candidate.build(year)
        except ValueError:
            continue
        result.append(Hit(period, candidate.start, candidate.end))
    return result, yearless


def _views(context: DocumentContext) -> tuple[str, str]:
    """The lower-case and cased text the grammar reads: the document's own, or for a text
    typed without diacritics ("6 thang dau nam 2023") its repaired copy (same length)."""
    norm = context.norm
    if context.memo("damage", lambda: damage(norm.lower)) != "missing":
        return norm.lower, norm.text
    pattern, vocabulary = _repairs()
    repair = Repair(norm.text, norm.lower)
    for match in pattern.finditer(norm.folded):
        repair.put(match.start(), match.end(), vocabulary[collapse(match.group())])
    repaired = repair.repaired()
    return repaired.lower, repaired.text


@vocabulary_cache
@functools.cache
def _repairs() -> tuple[Pattern, dict[str, str]]:
    """The words of the period grammar, folded, and what they are put back as.

    Keywords count only where a period can follow them ("quy III", "thang 9", "nam 2021"),
    number words only before "tháng" ("sau thang dau nam"); the words that make a match no
    period (vague positions, laws, births …) are put back wherever they are spelled.
    """
    vocabulary = lexicon()
    phrases = [
        "nhiệm kỳ",
        "giai đoạn",
        "nửa đầu năm",
        "nửa cuối năm",
        "tháng đầu năm",
        "tháng cuối năm",
        "năm nay",
        "những",
        *(f"{word} tháng" for word in CARDINAL_WORDS),
        *(word for word in vocabulary["VAGUE_POSITIONS"] if word not in ("đầu", "cuối")),
        *vocabulary["NOT_VAGUE_BEFORE"],
        *vocabulary["LAW_TYPES"],
        *vocabulary["AMENDMENT_WORDS"],
        *vocabulary["EVENT_VERBS"],
        *vocabulary["NOT_MONTH_NAME_BEFORE"],
        *(row.label.lower() for row in vocabulary["DOC_TYPES"]),
    ]
    folded = unique_folds(phrases)
    keywords = {"quy": "quý", "thang": "tháng", "nam": "năm", "dau": "đầu", "cuoi": "cuối"}
    numeral = r"(?:\d|[ivx]{1,4}(?![\w]))"
    pattern = compile_pattern(
        rf"""(?<![\w])(?:
            {alternation(folded)}
          | quy(?={GAP}{numeral})
          | thang(?={GAP}\d)
          | nam(?={GAP}\d{{4}})
          | (?:dau|cuoi)(?={GAP}(?:nam|thang|quy)(?![\w]))
        )(?![\w])"""
    )
    return pattern, {**folded, **keywords}


#: The longest line read as a heading (a title or a subtitle) of the text after it.
_HEADING_LENGTH = 240
#: How far the paragraph after a heading is read for the heading's year.
_PARAGRAPH_REACH = 1200


def _heading_year(
    lower: str,
    candidate: _Candidate,
    found: list[_Candidate],
    starts: list[int],
    stated: list[int],
) -> int | None:
    """The year of the paragraph after the heading that holds ``candidate``, if any.

    A heading (a title such as "Hội nghị sơ kết công tác 6 tháng đầu năm": a short line
    that does not end a sentence) names a period of the text it introduces, so the
    year is the one that paragraph gives: the full date that opens it, else its first
    period shorter than a year that states its year (``stated[i]`` is the index of
    the first such period from ``found[i]`` on). Only lines and paragraphs of bounded
    length are read, so each candidate costs constant time.
    """
    if candidate.kind not in _SUB_YEAR:
        return None
    low = max(0, candidate.start - _HEADING_LENGTH)
    line_start = lower.rfind("\n", low, candidate.start) + 1
    if line_start == 0 and low > 0:
        return None  # a long line: prose, not a heading
    line_end = lower.find("\n", candidate.end, line_start + _HEADING_LENGTH)
    if line_end == -1 or lower[line_start:line_end].rstrip()[-1:] in _SENTENCE_ENDS:
        return None
    paragraph = _next_paragraph().match(lower, line_end)
    if paragraph is None:
        return None
    start = paragraph.end()
    end = lower.find("\n", start, start + _PARAGRAPH_REACH)
    end = end if end != -1 else min(len(lower), start + _PARAGRAPH_REACH)
    lead = lead_date().match(lower, start, end)
    if lead is not None:
        day = read_date(lead["date"])
        if day is not None:
            return day.year
    first = bisect.bisect_left(starts, start)
    index = stated[first] if first < len(found) else len(found)
    if index < len(found) and found[index].start < end:
        return found[index].year
    return None


def _next_stated(found: list[_Candidate]) -> list[int]:
    """For each candidate, the index of the first period shorter than a year that
    states its year, from that candidate on (``len(found)`` when there is none)."""
    stated = [len(found)] * len(found)
    following = len(found)
    for index in range(len(found) - 1, -1, -1):
        candidate = found[index]
        if candidate.year is not None and candidate.kind in _SUB_YEAR:
            following = index
        stated[index] = following
    return stated


#: What ends a line that is a sentence rather than a heading.
_SENTENCE_ENDS = frozenset(".!?;:,…")


#: The line break and blank lines after a heading, up to the next paragraph.
_next_paragraph = lazy_regex(r"\n(?:[ ]{0,3}\n){0,3}[ ]{0,3}(?=\S)")


#: A year named as a horizon ("đến năm 2030", "tầm nhìn đến năm 2045") or compared with
#: ("so với cùng kỳ năm 2018"): the year of no business the text reports.
_horizon = lazy_regex(
    r"(?:(?:đến|tới|nhìn)[ ]{1,3}(?:hết[ ]{1,3})?|cùng[ ]{1,3}kỳ[ ]{1,3}|so[ ]{1,3}với[ ]{1,3})\Z"
)


def _named_as_horizon(lower: str, start: int) -> bool:
    """Whether the period at ``start`` of ``lower`` is named as a horizon or as the term
    of a comparison ("tăng so với cùng kỳ năm 2018", "tăng 15% so với năm 2020": still a
    period, but it dates nothing around it)."""
    return _horizon().search(lower, max(0, start - 16), start) is not None


def _anchors(
    context: DocumentContext, found: list[_Candidate], kinds: frozenset[PeriodKind]
) -> list[tuple[int, int]]:
    """The ``(position, year)`` pairs a yearless period may take the year of: the
    periods of ``kinds`` that state their year (not a horizon or a comparison: "đến năm
    2030", "so với cùng kỳ năm 2018") and, when the document has no dateline (and the
    caller gave no reference date), the full dates that open a sentence, which date
    the meetings and events the text reports ("Ngày 12-7-2023, Tỉnh ủy …")."""
    lower = context.norm.lower
    anchors = [
        (candidate.start, candidate.year)
        for candidate in found
        if candidate.year is not None
        and candidate.kind in kinds
        and not _named_as_horizon(lower, candidate.start)
    ]
    if context.reference_date is None and context.dateline is None:
        anchors.extend(context.dated_leads())
    return anchors


def _closing_years(found: list[_Candidate], vague: list[_Candidate]) -> list[_Candidate | None]:
    """For each candidate, the first later candidate that states its year (or "năm nay"),
    or the first later vague position's quarter if that comes before it (or stands for
    it: "9 tháng còn lại của năm 2020").

    One pass from the right: each candidate's enumeration year is then looked up in
    constant time, so a document of many yearless periods stays linear.
    """
    closing: list[_Candidate | None] = [None] * len(found)
    following: _Candidate | None = None
    stand_ins = len(vague)  # the vague positions not yet passed, from the right
    for index in range(len(found) - 1, -1, -1):
        while stand_ins and vague[stand_ins - 1].start >= found[index].end:
            stand_ins -= 1
            if following is None or vague[stand_ins].start <= following.start:
                following = vague[stand_ins]
        closing[index] = following
        candidate = found[index]
        if candidate.year is not None or candidate.this_year:
            following = candidate
    return closing


def _sentence_start(lower: str, position: int) -> int | None:
    """Where the sentence of ``position`` starts, if that is near enough to tell."""
    low = max(0, position - _ENUMERATION_REACH * 2)
    start = low if low == 0 else None
    for boundary in sentence_boundary().finditer(lower, low, position):
        start = boundary.end()
    return start


def _lead_year(lower: str, position: int) -> int | None:
    """The year of the full date that opens the sentence of ``position``, if any.

    Dates inside the sentence are not used: they may date a cited document.
    """
    start = _sentence_start(lower, position)
    if start is None:
        return None
    lead = lead_date().match(lower, start, position)
    if lead is None:
        return None
    found = read_date(lead["date"])
    return found.year if found else None


def _following_lead_year(
    lower: str, candidate: _Candidate, leads: list[tuple[int, int]]
) -> int | None:
    """With nothing dated before it, the year of the full date that opens the next
    sentence of the candidate's paragraph ("Nhằm đánh giá 3 tháng đầu năm … . Ngày
    15/4/2014, Đoàn Khối …" → 2014): the meeting that period is the business of."""
    index = bisect.bisect_left(leads, (candidate.end, 0))
    if index == len(leads):
        return None
    position, year = leads[index]
    if position - candidate.end > _ENUMERATION_REACH or "\n" in lower[candidate.end : position]:
        return None
    boundaries = list(sentence_boundary().finditer(lower, candidate.end, position + 1))
    return year if len(boundaries) == 1 else None


#: A full date after a day part: the time of a meeting ("… diễn ra sáng 14/10/2020").
_timed_date = lazy_regex(rf"(?<![\w]){DAY_PART}{GAP}(?:ngày{GAP})?(?P<date>{FULL_DATE})")


def _timed_date_year(lower: str, candidate: _Candidate) -> int | None:
    """With nothing dated before it, the year of a full date after a day part later in
    the candidate's sentence: the day of the meeting whose business the period is ("Hội
    nghị sơ kết công tác quý III diễn ra sáng 14/10/2020" → 2020)."""
    reach = min(len(lower), candidate.end + _ENUMERATION_REACH)  # (never the rest of the text)
    boundary = sentence_boundary().search(lower, candidate.end, reach)
    found = _timed_date().search(lower, candidate.end, boundary.start() if boundary else reach)
    day = read_date(found["date"]) if found is not None else None
    return day.year if day is not None else None


def _enumeration_year(lower: str, candidate: _Candidate, later: _Candidate | None) -> int | None:
    """The year of ``later``, the next period that states its year, when it closes the
    enumeration of ``candidate``: in the same sentence, close, and shorter than a year.

    An enumeration is read in time order: "quý IV, triển khai nhiệm vụ quý I năm 2022"
    is the fourth quarter of 2021, but "tháng 3 và quý I năm 2019" is March 2019 (the
    month lies inside the quarter).
    """
    if candidate.kind not in _SUB_YEAR or later is None or later.this_year:
        return None
    if later.start - candidate.end > _ENUMERATION_REACH or sentence_break().search(
        lower, candidate.end, later.start
    ):
        return None
    if later.kind not in _SUB_YEAR or later.year is None:
        return None
    year = later.year
    try:
        if candidate.build(year).start > later.build(year).end:
            year -= 1
        candidate.build(year)
    except ValueError:
        return None
    return year


# -- public functions ----------------------------------------------------------------
_EXPECTED = 'a period such as "quý III năm 2021"'


#: What follows a keyword of a period that failed to parse.
_diagnosis = lazy_regex(
    rf"""
        (?P<quarter>quý){GAP}(?!{_QUARTER_NUMBER})
      | (?P<month>tháng){GAP}(?!{_MONTH_NUMBER}|(?:đầu|cuối)(?!\w))
      | (?P<range>{_TERM_WORDS}){GAP}(?!{_RANGE})
      | (?P<year>năm){GAP}(?!{_YEAR})
        """
)


_DIAGNOSES = {
    "quarter": "a quarter numeral: I, II, III, IV or 1-4",
    "month": "a month number 1-12",
    "range": 'two years such as "2021-2026"',
    "year": 'a four-digit year such as "2021"',
}


def _parse_error(s: str, error: ParseError) -> ParseError:
    """A more precise ParseError when a keyword is followed by something impossible."""
    norm = NormalizedText(s)
    lower = norm.lower
    for found in word_starts(_anchor(), lower):
        diagnosis = _diagnosis().match(lower, found.start())
        if diagnosis is not None:
            name = diagnosis.lastgroup or "year"
            return ParseError(_DIAGNOSES[name], norm.source_start(diagnosis.end()), s)
    start = len(lower) - len(lower.lstrip())
    prefix = _period_pattern().match(lower, start)
    if prefix is not None and lower[prefix.end() :].strip():
        return ParseError("the end of the text after the period", error.position, s)
    return error


def parse_period(s: str) -> Period:
    """Read one period from the whole of ``s``; the text must give its year.

    Raises:
        ParseError: when ``s`` is not a period, or its year is missing; ``.expected``
            names what was expected and ``.position`` where, in ``s``.

    Example:
        >>> from vn_party_docs import ParseError, parse_period
        >>> parse_period("Quý III/2022").code
        '2022-Q3'
        >>> str(parse_period("sáu tháng cuối năm 2023"))
        '6 tháng cuối năm 2023'
        >>> try:
        ...     parse_period("quý V năm 2021")
        ... except ParseError as error:
        ...     print(error.expected, "at", error.position)
        a quarter numeral: I, II, III, IV or 1-4 at 4
    """
    try:
        norm, match = full_match(_period_pattern(), s, _EXPECTED)
    except ParseError as error:
        raise _parse_error(s, error) from None
    candidate = _interpret(match)
    if candidate is None:
        if match["term"]:
            raise ParseError(
                "a last year after the first", norm.source_start(match.start("last")), s
            )
        raise ParseError(_EXPECTED, norm.source_start(match.start()), s)
    if candidate.year is None:
        raise ParseError('a year (such as "năm 2021")', norm.source_end(match.end()), s)
    return candidate.build(candidate.year)


def find_periods(
    text: str, *, reference_date: datetime.date | None = None
) -> list[Mention[Period]]:
    """Find every period in ``text``.

    A period whose year the text leaves out takes the year of a following period
    of the same enumeration ("quý III; … quý IV năm 2021"), else the year from
    ``reference_date``, the full date that opens its sentence, the dateline, the
    paragraph its heading introduces, the nearest preceding period (or dated sentence
    lead) that states its year (for a month or a quarter, one of a month's scale before a
    whole year), or the dated lead of the next sentence; when none is known the mention
    is left out.
    Vague positions ("đầu năm 2021"), the year of a law's name ("Luật Đất đai năm
    2024") and dates are not periods.

    Example:
        >>> import datetime
        >>> from vn_party_docs import find_periods
        >>> text = "đánh giá quý III; triển khai nhiệm vụ quý IV năm 2021"
        >>> [(m.text, m.value.code) for m in find_periods(text)]
        [('quý III', '2021-Q3'), ('quý IV năm 2021', '2021-Q4')]
        >>> [m.value.code for m in find_periods("6 tháng cuối năm", reference_date=datetime.date(2020, 7, 1))]
        ['2020-H2']
    """  # noqa: E501
    context = DocumentContext(check_text(text), reference_date)
    return to_mentions(context.norm, hits(context))
