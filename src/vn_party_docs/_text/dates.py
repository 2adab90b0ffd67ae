"""Dates as news text writes them, day parts and datelines.

Dates are built with ``datetime.date`` from the numbers the grammar read; a part
the text leaves out is completed only from a year given explicitly by the
caller (never from today, as ``dateutil.parser.parse`` would).

The fragments are regex source written against :attr:`NormalizedText.lower`.
"""

from __future__ import annotations

import datetime
import enum
import itertools
import re

from .grammar import (
    DASH,
    GAP,
    INDENT,
    LETTER,
    SP,
    Match,
    Pattern,
    compile_pattern,
    lazy_pattern,
    lazy_regex,
)
from .words import WEEKDAY, sentence_boundary

__all__ = [
    "DATE",
    "DAY_MONTH",
    "DAY_PART",
    "FULL_DATE",
    "DayPart",
    "find_dated_leads",
    "find_dateline",
    "lead_date",
    "read_date",
    "read_day_part",
]


class DayPart(enum.Enum):
    """The part of the day a meeting was held.

    The member's value is the Vietnamese word (its :attr:`label`).

    Attributes:
        MORNING: "sáng", the morning.
        NOON: "trưa", midday.
        AFTERNOON: "chiều", the afternoon.
        EVENING: "tối", the evening.
        NIGHT: "đêm", the night.

    Example:
        >>> from vn_party_docs import DayPart, find_meetings
        >>> text = "Chiều 1-4-2024, Ban Tổ chức Trung ương tổ chức hội nghị."
        >>> find_meetings(text)[0].value.day_part is DayPart.AFTERNOON
        True
    """

    MORNING = "sáng"
    NOON = "trưa"
    AFTERNOON = "chiều"
    EVENING = "tối"
    NIGHT = "đêm"

    @property
    def label(self) -> str:
        """The Vietnamese word, in lower case."""
        return self.value


#: A separator inside a numeric date.
_SEP = rf"(?:{DASH}|/|\.)"
#: Day-month-year in figures: ``30-9-2021``, ``01/12/2023``, ``30 - 11 - 2023``, ``17/10/21``.
NUMERIC_DATE = (
    rf"(?<!\d)\d{{1,2}}{SP}(?:{_SEP}{SP}\d{{1,2}}{SP}{_SEP}{SP}\d{{4}}"
    # a two-digit year only after the same mark twice ("17/10/21"): "1-2/12" is a range
    rf"|(?:{DASH}{SP}\d{{1,2}}{SP}{DASH}|/{SP}\d{{1,2}}{SP}/|\.{SP}\d{{1,2}}{SP}\.){SP}\d{{2}})"
    rf"(?!\d)(?![.,]\d)"
)
#: ``ngày 30 tháng 9 năm 2021`` (the leading "ngày" optional).
WORDED_DATE = rf"(?:ngày{GAP})?\d{{1,2}}{GAP}tháng{GAP}\d{{1,2}}{GAP}năm{GAP}\d{{4}}(?!\d)"
#: A date with its year, in any family.
FULL_DATE = rf"(?:{WORDED_DATE}|{NUMERIC_DATE})"
#: Day and month without a year: ``1- 4``, ``24/ 7``, ``29.12``, ``ngày 30 tháng 9``.
DAY_MONTH = (
    rf"(?:(?:ngày{GAP})?\d{{1,2}}{GAP}tháng{GAP}\d{{1,2}}(?!{GAP}năm{GAP}\d)(?!\d)"
    rf"|\d{{1,2}}{SP}{_SEP}{SP}\d{{1,2}}(?!{SP}{_SEP}{SP}\d)(?![\d.,]\d)(?!\d))"
)
#: Any date, with or without its year.
DATE = rf"(?:{FULL_DATE}|{DAY_MONTH})"
#: Day-part words of two words, and the part they name ("Chiều tối 10-3": the evening).
_COMPOUND_DAY_PARTS = {"chiều tối": "tối", "sáng sớm": "sáng"}
#: A day-part word ("sáng sớm" is early morning).
DAY_PART = r"(?:sáng(?:[ ]{1,3}sớm)?|trưa|chiều(?:[ ]{1,3}tối)?|tối|đêm)"

_NUMBERS = re.compile(r"\d+")


def read_date(text: str, year: int | None = None) -> datetime.date | None:
    """Build the date written in ``text`` (a match of :data:`DATE`).

    A two-digit year is read as 20xx (19xx from 70 on). When the text gives no
    year, ``year`` completes it; with no ``year`` the result is ``None``. An
    impossible date (31-2) is ``None`` too.

    Example:
        >>> read_date("ngày 30 tháng 9 năm 2021"), read_date("1- 4", year=2024)
        (datetime.date(2021, 9, 30), datetime.date(2024, 4, 1))
        >>> read_date("17/10/21"), read_date("24/ 7") is None
        (datetime.date(2021, 10, 17), True)
    """
    digits = _NUMBERS.findall(text)
    numbers = [int(number) for number in digits]
    if len(numbers) == 3:
        day, month, year = numbers
        if len(digits[2]) == 2:
            year += 2000 if year < 70 else 1900
        elif len(digits[2]) != 4:
            return None
    elif len(numbers) == 2 and year is not None:
        day, month = numbers
    else:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def read_day_part(word: str) -> DayPart | None:
    """Read a day-part word in any case.

    Example:
        >>> read_day_part("Chiều"), read_day_part("Chiều tối")
        (<DayPart.AFTERNOON: 'chiều'>, <DayPart.EVENING: 'tối'>)
    """
    word = " ".join(word.lower().split())
    try:
        return DayPart(_COMPOUND_DAY_PARTS.get(word, word))
    except ValueError:
        return None


#: A time of day: "8:25' 2/10/2020", "11:11:00 03/07/2015", "3:00:00 CH" (chiều, p.m.).
_TIME = r"\d{1,2}(?:[:h]\d{1,2}(?::\d{2})?['’]?|h)(?:[ ]?(?:[ap]m|sa|ch)(?!\w))?"
#: "01 Tháng 4 2022" (a dateline without "năm").
_MONTH_WORD_DATE = r"\d{1,2}[ ]{1,3}tháng[ ]{1,3}\d{1,2},?[ ]{1,3}\d{4}(?!\d)"
_EN_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_EN_MONTH = "(?:" + "|".join(_EN_MONTHS) + ")"
_EN_WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


@lazy_pattern
def _dateline() -> tuple[Pattern, Pattern]:
    """The dateline grammar at a line start: at the start of the text (for ``match``) and
    after a line break (for ``finditer``, which then skips from one line break to the next
    instead of trying every position)."""
    body = rf"""
        [ ]{{0,3}}(?:[•·▪*][ ]{{0,3}})?(?:{DASH}[ ]{{0,3}})?
        (?:
            (?:cập[ ]nhật|ngày[ ]đăng|ngày[ ]phát[ ]hành|đăng[ ]ngày)(?:[ ]{{1,2}}lúc)?
            [ ]{{0,2}}:?[ ]{{0,3}}
            (?:(?:lúc[ ]{{1,2}})?{_TIME}[ ]{{0,3}}[,|]?[ ]{{0,3}}(?:ngày[ ]{{1,3}})?)?
            (?:{WEEKDAY}[ ]{{0,2}},?[ ]{{0,3}}(?:ngày[ ]{{1,3}})?)?
            (?P<date>{FULL_DATE})
          | {WEEKDAY}[ ]{{0,2}},?[ ]{{0,3}}(?:ngày[ ]{{0,3}})?
            (?P<date>{FULL_DATE}|{_MONTH_WORD_DATE})
          | (?:{_EN_WEEKDAY},?[ ]{{1,3}})?
            (?P<en_month>{_EN_MONTH})[ ]{{1,3}}(?P<en_day>\d{{1,2}}),?[ ]{{1,3}}(?P<en_year>\d{{4}})
            [ ]{{0,3}}(?:(?:{DASH}|,|\|)?[ ]{{0,3}}{_TIME}|$)
          | {_TIME}[ ]{{0,3}}(?:[,|]|{DASH})?[ ]{{0,3}}  # "07:30:00 - Thứ sáu, 09/11/2018" too
            (?:{WEEKDAY}[ ]{{0,2}},?[ ]{{0,3}})?(?:ngày[ ]{{0,3}})?(?P<date>{NUMERIC_DATE})
          | (?P<date>{NUMERIC_DATE})[ ]{{0,3}}(?:(?:[,|]|{DASH})[ ]{{0,3}})?
            (?:{NUMERIC_DATE}[ ]{{1,3}})?{_TIME}  # "03/04/2024 - 03/04/2024 19:24" too
          | (?P<date>{NUMERIC_DATE})[ ]{{0,3}}$
          | (?P<label>{LETTER}{{1,12}}(?:[ ]{LETTER}{{1,12}}){{0,2}})[ ]{{1,3}}
            (?P<date>{NUMERIC_DATE})[ ]{{0,3}}(?:(?:[,|]|{DASH})?[ ]{{0,3}}{_TIME}[ ]{{0,3}})?$
          # a place, an agency and the date: "Hà Nội (TTXVN 29/10/2023)"
          | {LETTER}{{1,12}}(?:[ ]{LETTER}{{1,12}}){{0,3}}[ ]{{0,3}}\([ ]{{0,3}}
            (?!ngày[ ]|từ[ ]|đến[ ]){LETTER}{{2,8}}[ ]{{1,3}}(?P<date>{NUMERIC_DATE})[ ]{{0,3}}\)
        )
        """
    return compile_pattern(rf"(?m)^{body}"), compile_pattern(rf"(?m)\n{body}")


def find_dateline(lower: str) -> tuple[datetime.date, int] | None:
    """Find the article's dateline in lower-cased normalised text.

    Returns the date and the offset where the dateline starts, or ``None``. The grammar
    is tried where a line starts only: the scan skips from one line break to the next.
    Failing that, a first line (a title) that ends with its time of publication in
    parentheses gives it.

    Example:
        >>> find_dateline("nghệ an có nhiều cách làm\\n\\n10:45, 01/07/2020\\ntheo đánh giá")
        (datetime.date(2020, 7, 1), 34)
    """
    at_start, after_break = _dateline()
    first = at_start.match(lower)
    if first is not None:
        found = _dateline_date(first, first.start())
        if found is not None:
            return found
    # A match never ends with a line break, so resuming after a rejected one tries the
    # same line starts as a finditer of the whole grammar would.
    for match in after_break.finditer(lower, first.end() if first is not None else 0):
        found = _dateline_date(match, match.start() + 1)
        if found is not None:
            return found
    stamp = _title_stamp().match(lower)
    if stamp is not None and (day := read_date(stamp["date"])) is not None:
        return day, stamp.start("date")
    return None


#: A title line that ends with its time of publication in parentheses, as Party portals
#: print it: "Hội nghị giao ban trực tuyến … (04/12/2017 18:19)" (the text's first line,
#: read once: no line of the body is tried).
_title_stamp = lazy_regex(
    rf"""[ \n]{{0,6}}[^\n]{{1,300}}?
        \([ ]{{0,2}}(?P<date>{NUMERIC_DATE})[ ]{{1,3}}{_TIME}[ ]{{0,2}}\)[ ]{{0,3}}(?:\n|$)"""
)


def _dateline_date(match: Match, line_start: int) -> tuple[datetime.date, int] | None:
    """The date and offset of a dateline ``match`` read at ``line_start``, or ``None`` if it
    is not one after all (an impossible date, a section label too far down or a word of a
    sentence)."""
    if match.group("en_month"):
        month = _EN_MONTHS.index(match.group("en_month")) + 1
        try:
            day = datetime.date(int(match["en_year"]), month, int(match["en_day"]))
        except ValueError:
            return None
        return day, match.start("en_month")
    if match.group("label") and (
        line_start > _LABELLED_REACH or match.group("label").split()[-1] in _NOT_LABELS
    ):
        return None
    found = read_date(match.group("date"))
    return None if found is None else (found, match.start("date"))


#: A date after a section label ("Thời sự 08-11-2021") is the dateline only near the top.
_LABELLED_REACH = 400
#: Words before a date that make it a date in a sentence, not a section label.
_NOT_LABELS = frozenset({"ngày", "năm", "số", "từ", "đến", "tới", "trước", "sau", "hạn"})


#: A full date that opens a sentence ("Ngày 30-12-2021, …", "Chiều 1-4-2024, …", "Buổi
#: chiều ngày 13/10/2020, …"), matched where the sentence starts (perhaps indented, as
#: pages indent paragraphs with spaces): up to two words before it.
lead_date = lazy_regex(
    rf"{INDENT}(?:[\w()-]{{1,12}}[ ]{{1,3}}){{0,2}}(?:ngày[ ]{{1,3}})?(?P<date>{FULL_DATE})"
)


def find_dated_leads(lower: str) -> list[tuple[int, int]]:
    """The full dates that open a sentence or a line, as ``(position, year)`` in text order.

    They date the meetings and events an article reports ("Ngày 12-7-2023, Tỉnh ủy …");
    one pass over the sentence starts (a date is tried only where a sentence begins).

    Example:
        >>> find_dated_leads("ngày 12-7-2023, tỉnh ủy họp. sau đó, ngày 1/8/2023 là hạn.")
        [(5, 2023)]
    """
    leads = []
    first = lead_date().match(lower)
    for lead in itertools.chain((first,) if first else (), _boundary_lead().finditer(lower)):
        day = read_date(lead["date"])
        if day is not None:
            leads.append((lead.start("date"), day.year))
    return leads


@lazy_pattern
def _boundary_lead() -> Pattern:
    """A sentence boundary followed by a :func:`lead_date`: ``finditer`` gives the same
    boundaries as :func:`sentence_boundary`'s (which reads a boundary whole before the lead
    is tried after it) with the regex engine trying the lead."""
    return compile_pattern(rf"(?:{sentence_boundary().pattern})(?={lead_date().pattern})")
