"""Meeting headers: who met, when, where, how, about which periods.

A header is the lead sentence of a meeting report: a day part and a date (or a
relative lead such as "Sáng nay (1/7)"), the organisers, an organising verb and
the meeting's name ("Chiều 1- 4, Ban Tổ chức Trung ương tổ chức Hội nghị …").
The sentence's periods are split into the reviewed ("đánh giá … quý III") and the
planned ("triển khai nhiệm vụ … quý IV"); the paragraph gives the number of
bridge points; the header's paragraph and the next one give the chairs.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
from collections.abc import Iterator
from typing import Any, TypeVar

import attrs

from . import periods as periods_module
from . import titles as titles_module
from ._fields import Fields, check_type
from ._text.context import DocumentContext, Hit, check_text, to_mentions
from ._text.dates import DATE, DAY_PART, DayPart, read_date, read_day_part
from ._text.grammar import (
    DASH,
    GAP,
    SP,
    Match,
    Pattern,
    compile_pattern,
    lazy_pattern,
    word_starts,
)
from ._text.normalize import NormalizedText
from ._text.numerals import ROMAN_PATTERN
from .errors import ParseError
from .periods import Period, PeriodKind
from .spans import Mention
from .titles import Official

__all__ = ["DayPart", "Meeting", "find_meetings", "parse_meeting"]


def _periods_tuple(instance: Meeting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(item, Period) for item in value):
        raise TypeError(f"{attribute.name} must be a tuple of Period")


def _positive(instance: Meeting, attribute: attrs.Attribute[Any], value: int | None) -> None:
    check_type("Meeting", attribute.name, value, (int, type(None)))
    if value is not None and value <= 0:
        raise ValueError(f"{attribute.name} must be positive, not {value}")


def _typed(kind: type | tuple[type, ...], items: type | None = None) -> Any:
    """A validator: the value is of ``kind`` (a tuple of ``items``), else ``TypeError``."""

    def validate(instance: Meeting, attribute: attrs.Attribute[Any], value: object) -> None:
        check_type("Meeting", attribute.name, value, kind)
        if items is not None and not all(isinstance(item, items) for item in value):  # type: ignore[attr-defined]
            raise TypeError(f"Meeting: {attribute.name} must be a tuple of {items.__name__}")

    return validate


@attrs.frozen
class Meeting:
    """A meeting as its report's lead sentence (and paragraph) describes it.

    ``str()`` is a canonical lead sentence and ``parse_meeting(str(m)) == m``.

    Example:
        >>> m = parse_meeting(
        ...     "Chiều 1- 4, Ban Tổ chức Trung ương tổ chức Hội nghị đánh giá công tác quý I, "
        ...     "triển khai nhiệm vụ công tác quý II năm 2024. Hội nghị được kết nối trực tuyến "
        ...     "từ điểm cầu Trung ương tới 67 điểm cầu."
        ... )
        >>> m.date, m.day_part, m.organizers, m.bridge_points
        (datetime.date(2024, 4, 1), <DayPart.AFTERNOON: 'chiều'>, ('Ban Tổ chức Trung ương',), 67)
        >>> [p.code for p in m.reviewed], [p.code for p in m.planned]
        (['2024-Q1'], ['2024-Q2'])
    """

    date: datetime.date | None = attrs.field(validator=_typed((datetime.date, type(None))))
    day_part: DayPart | None = attrs.field(validator=_typed((DayPart, type(None))))
    organizers: tuple[str, ...] = attrs.field(validator=_typed(tuple, str))
    name: str = attrs.field(validator=_typed(str))
    online: bool = attrs.field(default=False, validator=_typed(bool))
    bridge_points: int | None = attrs.field(default=None, validator=_positive)
    reviewed: tuple[Period, ...] = attrs.field(default=(), validator=_periods_tuple)
    planned: tuple[Period, ...] = attrs.field(default=(), validator=_periods_tuple)
    chairs: tuple[Official, ...] = attrs.field(default=(), validator=_typed(tuple, Official))

    def __str__(self) -> str:
        if self.date is not None:
            when = f"ngày {self.date.day:02d}-{self.date.month:02d}-{self.date.year}"
        else:
            when = "nay"
        lead = f"{self.day_part.value} {when}" if self.day_part else when
        if self.date is None and self.day_part is None:
            lead = "hôm nay"
        if self.organizers:
            verb = "phối hợp tổ chức" if len(self.organizers) > 1 else "tổ chức"
            subject = f"{', '.join(self.organizers)} {verb}"
        else:
            subject = "diễn ra"
        text = f"{lead[0].upper()}{lead[1:]}, {subject} {self.name}"
        if self.reviewed:
            text += " đánh giá " + ", ".join(str(period) for period in self.reviewed)
        if self.planned:
            text += (", " if self.reviewed else " ") + "triển khai nhiệm vụ "
            text += ", ".join(str(period) for period in self.planned)
        if self.online and "trực tuyến" not in self.name.lower():
            text += ", kết nối trực tuyến"
        if self.bridge_points is not None:
            text += f" với {self.bridge_points:,} điểm cầu".replace(",", ".")
        text += "."
        if self.chairs:
            chairs = "; ".join(f"đồng chí {official}" for official in self.chairs)
            text += f" Chủ trì hội nghị có {chairs}."
        return text

    def short_repr(self) -> str:
        """A compact repr: ``Meeting(2024-04-01 AFTERNOON 'Hội nghị')``."""
        part = self.day_part.name if self.day_part else None
        return f"Meeting({self.date} {part} {self.name!r})"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ISO date, enum names, nested periods and officials."""
        return {
            "date": self.date.isoformat() if self.date else None,
            "day_part": self.day_part.name if self.day_part else None,
            "organizers": list(self.organizers),
            "name": self.name,
            "online": self.online,
            "bridge_points": self.bridge_points,
            "reviewed": [period.to_dict() for period in self.reviewed],
            "planned": [period.to_dict() for period in self.planned],
            "chairs": [official.to_dict() for official in self.chairs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        """Rebuild a meeting from :meth:`to_dict` output.

        Raises:
            TypeError: ``data`` is not a dict.
            ValueError: a field is missing, of the wrong type or refused by the
                validators, here or in a nested period or official; the message names it.
        """
        fields = Fields(data, "Meeting")
        return fields.build(
            cls,
            date=fields.date("date", optional=True),
            day_part=fields.member("day_part", DayPart, optional=True),
            organizers=fields.strings("organizers"),
            name=fields.string("name"),
            online=fields.boolean("online", default=False),
            bridge_points=fields.integer("bridge_points", optional=True),
            reviewed=fields.nested_items("reviewed", Period.from_dict),
            planned=fields.nested_items("planned", Period.from_dict),
            chairs=fields.nested_items("chairs", Official.from_dict),
        )


# -- grammar --------------------------------------------------------------------------------------
#: Relative leads: "Sáng nay (1/7)", "Hôm nay, 9/12", "Ngày mai, 2-5", "Chiều qua".
_RELATIVE = r"(?:hôm[ ]nay|hôm[ ]qua|ngày[ ]mai|nay|mai|qua)"
#: Days a relative word moves from the reference date.
_RELATIVE_DAYS = {"nay": 0, "hôm nay": 0, "mai": 1, "ngày mai": 1, "qua": -1, "hôm qua": -1}
#: Words that may open a lead sentence before its day part: "Tiếp đó, chiều 24/4, …".
#: ("Trước đó, …" is left out: it introduces an earlier event, not the report's meeting.)
_CONNECTIVE = r"(?:tiếp[ ]đó|tiếp[ ]theo|sau[ ]đó|cùng[ ]ngày|ngoài[ ]ra|cũng[ ]trong[ ]ngày)"
#: What a lead may start with: a news agency ("(ABC)- ", "ĐCSVN - ", "BTO-") or a dash.
_AGENCY = rf"""(?:\([^()\n]{{1,30}}\){SP}(?:{DASH}{SP})?
    | (?!(?:từ|ngày|trong)\b)\p{{L}}[\w.+/]{{0,19}}(?:[ ]\p{{L}}[\w.+/]{{0,19}}){{0,2}}
      {SP}{DASH}{SP}
    | {DASH}{SP})"""
#: The meeting nouns; "phiên" alone only when a number or a kind follows ("họp phiên thứ 24").
_MEETING_NOUN = r"""(?:hội[ ]nghị|đại[ ]hội|kỳ[ ]họp|phiên[ ]họp|cuộc[ ]họp
    |phiên(?=[ ](?:thứ|thường|toàn[ ]thể|chuyên[ ]đề|bất[ ]thường|trù[ ]bị|\d)))"""
#: A weekday between the day part and the date: "Sáng thứ Hai (15/1)".
_WEEKDAY = r"(?:thứ[ ](?:hai|ba|tư|năm|sáu|bảy)|chủ[ ]nhật)"
#: A number word in an ordinal ("lần thứ mười một", "kỳ họp thứ hai mươi bốn").
_NUMBER_WORD = r"(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|một|lăm|linh)"
#: Adverbs around the organising verb: "long trọng tổ chức", "khai mạc trọng thể".
_ADVERB = r"(?:long[ ]trọng|trọng[ ]thể|đã|chính[ ]thức)"


@lazy_pattern
def _lead_pattern() -> Pattern:
    """The lead of a header at a line start: prefix, day part and date, then a comma."""
    return compile_pattern(
        rf"""
        (?P<prefix>[ ]{{0,3}}{_AGENCY}?(?:{_CONNECTIVE},?[ ]{{1,3}})?(?:vào[ ]{{1,3}})?)
        (?P<lead>
            (?P<day_part>{DAY_PART})?{SP}
            (?:
                (?P<relative>{_RELATIVE})(?!\w)
                (?:{SP}[,(]?{SP}(?:ngày{GAP})?(?P<rdate>{DATE}){SP}[),]?)?
              | (?:(?:trong{GAP}(?:hai|ba|2|3){GAP}ngày|từ(?:{GAP}ngày)?|ngày){GAP}
                   (?P<first>\d{{1,2}}){SP}(?:{DASH}|và|đến){SP}(?P<date>{DATE})
                )
              | (?:{_WEEKDAY}{SP}[,(]?{SP})?(?:ngày{GAP})?(?P<date>{DATE})(?:{SP}\))?
            )
        )
        (?:{SP},{SP}|[ ]{{1,3}}(?=tại[ ]))
        """
    )


@lazy_pattern
def _place_clause() -> Pattern:
    """A place clause after the lead: "tại Hà Nội, " (its commas are tried one by one)."""
    return compile_pattern(r"tại[ ]{1,3}")


@lazy_pattern
def _comma() -> Pattern:
    return compile_pattern(rf"{SP},{SP}")


@lazy_pattern
def _verb_pattern() -> Pattern:
    """The organising verb and the meeting noun after the organisers."""
    return compile_pattern(
        rf"""
        (?:{SP},{SP}|{GAP}và{GAP}|{GAP})?(?:{_ADVERB}{GAP})?
        (?P<verb>(?:phối{GAP}hợp{GAP})?tổ{GAP}chức|họp|khai{GAP}mạc|bế{GAP}mạc|tiến{GAP}hành)
        (?:{GAP}{_ADVERB})?{GAP}(?P<noun>{_MEETING_NOUN})\b
        """
    )


@lazy_pattern
def _about_tail() -> Pattern:
    """What an organiser may add before its verb: "Ban Chỉ đạo Trung ương về phòng, chống …"."""
    return compile_pattern(rf"{GAP}về{GAP}[^.\n]{{1,100}}?(?=[ ](?:họp|tổ[ ]chức|khai[ ]mạc))")


@lazy_pattern
def _organ_term() -> Pattern:
    """The term an organiser may carry: "khóa XIII", "khóa XIX, nhiệm kỳ 2021 - 2026"."""
    return compile_pattern(
        rf"""{SP}[,(]?{GAP}khóa{GAP}(?:{ROMAN_PATTERN}|\d{{1,2}})(?![\w])
        (?:{SP},?{GAP}nhiệm{GAP}kỳ{GAP}\d{{4}}{SP}{DASH}{SP}\d{{4}})?{SP}\)?"""
    )


@lazy_pattern
def _organizer_separator() -> Pattern:
    return compile_pattern(
        rf"""(?:{GAP}chủ{GAP}trì{SP},{SP}phối{GAP}hợp{GAP}với{GAP}
        |{SP},{SP}|{GAP}và{GAP}|{GAP}phối{GAP}hợp{GAP}với{GAP}|{GAP}cùng{GAP}với{GAP})"""
    )


@lazy_pattern
def _comrade() -> Pattern:
    """The address before a person: "đồng chí", "các đồng chí:", "Đ/c"."""
    return compile_pattern(r"(?:(?:các[ ])?đồng[ ]chí:?[ ]{1,3}|đ/c[ ]{1,3})?")


@lazy_pattern
def _under_chair() -> Pattern:
    return compile_pattern(rf"dưới{GAP}sự{GAP}(?:đồng{GAP})?chủ{GAP}trì{GAP}của{GAP}")


@lazy_pattern
def _person_separator() -> Pattern:
    return compile_pattern(rf"(?:{SP}[,;]{SP}|{GAP}và{GAP})")


@lazy_pattern
def _chair_verb() -> Pattern:
    """A chair before the meeting: "Thủ tướng Phạm Minh Chính chủ trì Hội nghị …"."""
    return compile_pattern(
        rf"{SP},?{GAP}(?:đã{GAP})?(?:dự{GAP}và{GAP}|đồng{GAP})?chủ{GAP}trì{GAP}"
        rf"(?P<noun>{_MEETING_NOUN})\b"
    )


@lazy_pattern
def _attend_verb() -> Pattern:
    """An official who attends the meeting: "Tổng Bí thư … dự và chỉ đạo Hội nghị …"."""
    return compile_pattern(
        rf"""{SP},?{GAP}(?:đã{GAP})?(?:dự{GAP}và{GAP}(?:phát{GAP}biểu{GAP})?chỉ{GAP}đạo
        |dự{SP},{SP}chỉ{GAP}đạo|tham{GAP}dự|dự)(?:{GAP}tại)?{GAP}(?P<noun>{_MEETING_NOUN})\b"""
    )


@lazy_pattern
def _happening_verb() -> Pattern:
    """A meeting with no organiser named: "đã diễn ra Hội nghị …", "khai mạc Kỳ họp …"."""
    return compile_pattern(
        rf"(?:đã{GAP})?(?:diễn{GAP}ra|khai{GAP}mạc|bế{GAP}mạc)(?:{GAP}trọng{GAP}thể)?{GAP}"
        rf"(?P<noun>{_MEETING_NOUN})\b"
    )


@lazy_pattern
def _subject_noun() -> Pattern:
    return compile_pattern(rf"(?P<noun>{_MEETING_NOUN})\b")


@lazy_pattern
def _subject_verb() -> Pattern:
    """The verb that makes a meeting noun the sentence's subject: "Hội nghị … khai mạc"."""
    return compile_pattern(
        r"(?<=\w)[ ]{1,3}(?:đã[ ]{1,3})?(?:khai[ ]mạc|bế[ ]mạc|diễn[ ]ra"
        r"|được[ ]tổ[ ]chức|chính[ ]thức[ ]khai[ ]mạc)\b"
    )


@lazy_pattern
def _body_after_noun() -> Pattern:
    """The body whose meeting it is: "Hội nghị (lần thứ 9) Ban Chấp hành Trung ương …"."""
    return compile_pattern(
        rf"{GAP}(?:đại[ ]biểu{GAP})?(?:(?:lần[ ]thứ|thứ)[ ]{{1,3}}"
        rf"(?:\d{{1,3}}|{ROMAN_PATTERN}(?!\w)|{_NUMBER_WORD}(?:[ ]{_NUMBER_WORD}){{0,3}})"
        rf"(?!\w){SP},?{GAP})?"
    )


@lazy_pattern
def _late_date() -> Pattern:
    """A date after the meeting's name: "… diễn ra sáng 28-6", "… vào chiều 30-9-2021"."""
    return compile_pattern(
        rf"""\b(?:diễn{GAP}ra|vào|khai{GAP}mạc|tổ{GAP}chức)(?:{GAP}vào)?{GAP}
        (?:(?P<day_part>{DAY_PART}){GAP}(?:ngày{GAP})?|ngày{GAP})(?P<date>{DATE})"""
    )


@lazy_pattern
def _name_stop() -> Pattern:
    return compile_pattern(
        r"""(?:đánh|sơ|tổng|quán|triển|bàn|về|nhằm|để|với|tới|tại|kết|thảo|nghe|công|lấy|góp|cho
         |thông|xem|nhìn|trao|tôn|gặp|chào|theo|của|do|từ|diễn|vào|sáng|chiều|trưa|tối|đêm
         |ngày|trong|phiên|và|nhiệm|khai|bế|được|đã|dưới|chủ|đến|lần[ ]này)\b""",
    )


@lazy_pattern
def _review() -> Pattern:
    return compile_pattern(
        r"""\b(?:đánh[ ]giá|sơ[ ]kết|tổng[ ]kết|kết[ ]quả|nhìn[ ]lại|báo[ ]cáo|giao[ ]ban
        |kiểm[ ]điểm|thực[ ]hiện[ ](?:nhiệm[ ]vụ|kế[ ]hoạch|chương[ ]trình)
        |hoàn[ ]thành[ ]nhiệm[ ]vụ)\b"""
    )


@lazy_pattern
def _plan() -> Pattern:
    return compile_pattern(
        r"""\b(?:triển[ ]khai|phương[ ]hướng|nhiệm[ ]vụ|kế[ ]hoạch|bàn|chương[ ]trình
        |định[ ]hướng|mục[ ]tiêu)\b"""
    )


@lazy_pattern
def _bridge() -> Pattern:
    return compile_pattern(
        r"(?:(?:gần|hơn|trên|khoảng|tổng[ ]số)[ ]{1,3})?(?<![\d.,])"
        r"(?P<count>\d{1,3}(?:\.\d{3}){1,2}|\d{1,6})(?![\d.,]\d)"
        r"[ ]{1,3}(?:điểm|đầu)[ ]cầu\b"
    )


@lazy_pattern
def _online() -> Pattern:
    return compile_pattern(r"(?<!công[ ])\btrực[ ]tuyến\b|\b(?:điểm|đầu)[ ]cầu\b")


@lazy_pattern
def _chair() -> Pattern:
    return compile_pattern(
        r"""(?P<under>dưới[ ]sự[ ](?:đồng[ ])?chủ[ ]trì[ ]của)
      | (?:dự[ ]và[ ]|cùng[ ])?(?:đồng[ ])?chủ[ ]trì
        (?P<local>(?:[ ]{1,3}hội[ ]nghị)?(?:[ ]{1,3}tại)?[ ]{1,3}(?:các[ ])?(?:điểm|đầu)[ ]cầu
                  (?![ ]trung[ ]ương))?
        (?P<has>(?:[ ]{1,3}hội[ ]nghị)?(?:[ ]{1,3}tại[ ]{1,3}điểm[ ]cầu[ ]trung[ ]ương)?
                [ ]{1,3}(?:có|gồm)(?:[ ]{1,3}các)?[ ]{1,3}đồng[ ]chí)?"""
    )


@lazy_pattern
def _between_chairs() -> Pattern:
    return compile_pattern(
        r"[ ]{0,3}[,;]?[ ]{0,3}(?:và[ ]{1,3})?(?:(?:các[ ])?đồng[ ]chí:?[ ]{1,3}|đ/c[ ]{1,3})?\Z"
    )


_SUB_YEAR = (
    PeriodKind.MONTH,
    PeriodKind.QUARTER,
    PeriodKind.HALF_YEAR,
    PeriodKind.FIRST_MONTHS,
    PeriodKind.YEAR,
)


@lazy_pattern
def _sentence_end() -> Pattern:
    """A full stop that ends a sentence (not "TP. Hồ Chí Minh", not "1.052"), or a line end."""
    return compile_pattern(r"(?<!\btp)(?<!\bp)[.!?](?=[ \n]|$)|\n")


@lazy_pattern
def _paragraph_end() -> Pattern:
    """A blank line, or a line break after a sentence's end."""
    return compile_pattern(r"\n[ ]{0,3}\n|(?<=[.!?…:;\"”'][ ]{0,3})\n")


@attrs.frozen
class _Header:
    meeting: Meeting
    start: int
    end: int  # end of the lead sentence (the mention)
    region_end: int  # end of the text the header's fields were read from


def hits(context: DocumentContext) -> list[Hit[Meeting]]:
    """All meeting headers of a document, in normalised coordinates (computed once).

    A header whose date cannot be known (no year in the text, no dateline, no
    ``reference_date``) is left out (SPEC §2).
    """

    def compute() -> list[Hit[Meeting]]:
        return [
            Hit(h.meeting, h.start, h.end) for h in _headers(context) if h.meeting.date is not None
        ]

    return context.memo("meetings", compute)


@attrs.frozen
class _Subject:
    """Who held the meeting (organisers, chairs named first) and where its noun is."""

    organizers: tuple[str, ...]
    chairs: tuple[Official, ...]
    noun_start: int
    noun_end: int


@attrs.frozen
class _Lead:
    """The part of a header read first: lead, subject, sentence bounds."""

    day_part: str | None
    date: str | None  # the written date (lead or late date), if any
    relative: str | None
    first_day: str | None  # the first day of a range lead ("từ 14 - 16/10")
    subject: _Subject
    start: int
    end: int


@lazy_pattern
def _noun_anchor() -> Pattern:
    return compile_pattern(rf"{_MEETING_NOUN}\b")


#: How far before its meeting noun a lead sentence may start.
_LEAD_REACH = 400


def _headers(context: DocumentContext) -> list[_Header]:
    leads: list[_Lead] = []
    lower = context.norm.lower
    done = 0
    tried: dict[int, _Lead | None] = {}  # line start -> the header read there
    for noun in word_starts(_noun_anchor(), lower):
        if noun.start() < done:
            continue
        read = _lead_before(context, noun.start(), tried)
        if read is not None:
            leads.append(read)
            done = read.end
    limits = [lead.start for lead in leads[1:]] + [len(lower)]
    headers: list[_Header] = []
    for index, lead in enumerate(leads):
        previous = headers[-1].meeting.date if headers else None
        headers.append(_complete(context, lead, limits[index], previous))
    return headers


def _lead_before(
    context: DocumentContext, noun_start: int, tried: dict[int, _Lead | None]
) -> _Lead | None:
    """The header whose meeting noun starts at ``noun_start``, if a line starts with it.

    The header's noun is on the line that starts it: only the nearest line start (within
    reach) counts; ``tried`` keeps what was read at each line start for the next noun.
    """
    low = max(0, noun_start - _LEAD_REACH)
    start = context.norm.lower.rfind("\n", low, noun_start) + 1
    if start == 0 and low > 0:
        return None
    if start not in tried:
        tried[start] = _read_header_at(context, start)
    read = tried[start]
    return read if read is not None and read.subject.noun_start == noun_start else None


def _read_header_at(context: DocumentContext, start: int) -> _Lead | None:
    """Read a header that starts a line at ``start``: a lead first, or a late date."""
    lower = context.norm.lower
    lead = _lead_pattern().match(lower, start)
    if lead is not None:
        subject = None
        for position in _subject_positions(lower, lead.end()):
            subject = _read_subject(context, position)
            if subject is not None:
                break
        if subject is None:
            return None
        end = _sentence_end_after(lower, subject.noun_end)
        return _Lead(
            day_part=lead["day_part"],
            date=lead["date"] or lead["rdate"],
            relative=lead["relative"],
            first_day=lead["first"],
            subject=subject,
            start=lead.start("lead"),
            end=end,
        )
    prefix = _agency_prefix().match(lower[start : start + 60])
    position = start + (prefix.end() if prefix else 0)
    subject = _read_subject(context, position)
    if subject is None:
        return None
    end = _sentence_end_after(lower, subject.noun_end)
    late = _late_date().search(lower, subject.noun_end, end)
    if late is None or (not subject.organizers and late["day_part"] is None):
        # "Hội nghị Trung ương 8 diễn ra ngày 2-10-2023 đã …" recalls a past meeting;
        # a report names its day part: "Hội nghị … diễn ra sáng 28-6".
        return None
    return _Lead(late["day_part"], late["date"], None, None, subject, position, end)


#: How far a header sentence may run after its meeting noun.
_SENTENCE_REACH = 1500


def _sentence_end_after(lower: str, position: int) -> int:
    """Where the sentence that contains ``position`` ends."""
    limit = min(len(lower), position + _SENTENCE_REACH)
    sentence = _sentence_end().search(lower, position, limit)
    return sentence.start() if sentence else limit


def _subject_positions(lower: str, position: int) -> list[int]:
    """Where the subject may start: right after the lead, or after a "tại …," clause."""
    positions = [position]
    if _place_clause().match(lower, position):
        limit = min(len(lower), position + 160)
        stop = _sentence_end().search(lower, position, limit)
        limit = stop.start() if stop else limit
        for comma in _comma().finditer(lower, position, limit):
            positions.append(comma.end())
            if len(positions) > 4:
                break
    return positions


def _officials_at(context: DocumentContext, position: int) -> tuple[list[Official], int] | None:
    """The officials listed from ``position`` ("đồng chí A, T; đồng chí B, T") and their end."""
    lower = context.norm.lower
    officials = titles_module.hits(context)
    starts = context.memo("meetings.official_starts", lambda: [hit.start for hit in officials])
    found: list[Official] = []
    end = position
    for _ in range(8):
        address = _comrade().match(lower, end)
        at = address.end() if address else end
        index = bisect.bisect_left(starts, at)
        if index >= len(officials) or officials[index].start != at:
            break
        found.append(officials[index].value)
        end = officials[index].end
        separator = _person_separator().match(lower, end)
        if separator is None:
            break
        following = _comrade().match(lower, separator.end())
        after = following.end() if following else separator.end()
        index = bisect.bisect_left(starts, after)
        if index >= len(officials) or officials[index].start != after:
            break
        end = separator.end()
    return (found, end) if found else None


def _read_subject(context: DocumentContext, position: int) -> _Subject | None:
    """Read who held the meeting and its noun, starting at ``position``."""
    lower = context.norm.lower
    chairs: tuple[Official, ...] = ()
    under = _under_chair().match(lower, position)
    if under is not None:
        read = _officials_at(context, under.end())
        if read is None:
            return None
        comma = _comma().match(lower, read[1])
        if comma is None:
            return None
        chairs, position = tuple(read[0]), comma.end()
    subject = _read_organizers(context, position)
    if subject is not None:
        return attrs.evolve(subject, chairs=chairs + subject.chairs)
    happening = _happening_verb().match(lower, position)
    if happening is not None:
        return _noun_subject(context, happening, chairs)
    noun = _subject_noun().match(lower, position)
    if noun is not None:
        end = _sentence_end_after(lower, noun.end())
        if _subject_verb().search(lower, noun.end(), end):
            return _noun_subject(context, noun, chairs)
        return None
    if chairs:
        return None
    read = _officials_at(context, position)
    if read is None:
        return None
    verb = _chair_verb().match(lower, read[1])
    if verb is not None:
        return _Subject((), tuple(read[0]), verb.start("noun"), verb.end("noun"))
    verb = _attend_verb().match(lower, read[1])
    if verb is not None:
        return _Subject((), (), verb.start("noun"), verb.end("noun"))
    return None


def _noun_subject(context: DocumentContext, noun: Match, chairs: tuple[Official, ...]) -> _Subject:
    """A meeting named without an organiser; the body after its noun, if any, held it."""
    organizers: tuple[str, ...] = ()
    gap = _body_after_noun().match(context.norm.lower, noun.end("noun"))
    if gap is not None:
        organ = titles_module.read_organ(context.norm, gap.end())
        if organ is not None:
            organizers = (str(organ[0]),)
    return _Subject(organizers, chairs, noun.start("noun"), noun.end("noun"))


def _read_organizers(context: DocumentContext, position: int) -> _Subject | None:
    """Organisers (organs joined by commas, "và", "phối hợp với"), a verb and a noun.

    Organs come from the titles vocabulary (canonical names). An organ followed by
    words the vocabulary does not know ("Thành ủy Đà Lạt", "Chi bộ thôn 3") keeps
    them as written; a capitalised name the vocabulary does not know at all
    ("Tạp chí Xây dựng Đảng") is kept as written when the verb follows it.
    """
    norm = context.norm
    lower = norm.lower
    organizers: list[str] = []
    for _ in range(8):
        read = titles_module.read_organ(norm, position)
        if read is None:
            unknown = _unknown_organizer(norm, position)
            if unknown is None:
                return None
            name, end = unknown
        else:
            organ, end = read
            name = str(organ)
            term = _organ_term().match(lower, end)
            end = term.end() if term else end
            about = _about_tail().match(lower, end)
            end = about.end() if about else end
            if not _verb_pattern().match(lower, end) and not _organizer_separator().match(
                lower, end
            ):
                tail = _words_before_verb(lower, end, 4, separator=True)
                if tail is not None:
                    name = f"{name} {' '.join(norm.text[end:tail].split())}"
                    end = tail
        if name not in organizers:
            organizers.append(name)
        verb = _verb_pattern().match(lower, end)
        if verb is not None:
            return _Subject(tuple(organizers), (), verb.start("noun"), verb.end("noun"))
        separator = _organizer_separator().match(lower, end)
        if separator is None:
            return None
        position = separator.end()
    return None


@lazy_pattern
def _word() -> Pattern:
    return compile_pattern(r"[ ]{1,3}[\w/]{1,20}")


@lazy_pattern
def _not_an_organ() -> Pattern:
    """Words that start a person or a clause, never an organisation."""
    return compile_pattern(
        r"(?:đồng[ ]chí|ông|bà|anh|chị|các|những|nhiều|hội[ ]nghị|đại[ ]hội|kỳ[ ]họp|phiên)\b"
    )


def _words_before_verb(lower: str, end: int, count: int, separator: bool = False) -> int | None:
    """Where up to ``count`` words after ``end`` stop right before the organising verb
    (or, with ``separator``, before another organiser)."""
    words: Iterator[Match] = _word().finditer(lower, end)
    for word in itertools.islice(words, count):
        if word.start() != end:
            return None
        end = word.end()
        if _verb_pattern().match(lower, end) or (
            separator and _organizer_separator().match(lower, end)
        ):
            return end
    return None


@lazy_pattern
def _agency_prefix() -> Pattern:
    return compile_pattern(rf"[ ]{{0,3}}{_AGENCY}?")


@lazy_pattern
def _first_word() -> Pattern:
    return compile_pattern(r"[\w/]{1,20}")


def _unknown_organizer(norm: NormalizedText, position: int) -> tuple[str, int] | None:
    """A capitalised organisation name the vocabulary does not know, right before the verb."""
    text = norm.text
    if position >= len(text) or not text[position].isupper():
        return None
    if _not_an_organ().match(norm.lower, position):
        return None
    first = _first_word().match(norm.lower, position, position + 20)
    if first is None:
        return None
    end = _words_before_verb(norm.lower, first.end(), 7)
    if end is None:
        return None
    return " ".join(text[position:end].split()), end


def _paragraph_bounds(lower: str, end: int, limit: int) -> tuple[int, int]:
    """The end of the header's paragraph and of the paragraph after it."""
    paragraph = _paragraph_end().search(lower, end, limit)
    paragraph_end = paragraph.start() if paragraph else limit
    following = _paragraph_end().search(lower, paragraph.end(), limit) if paragraph else None
    return paragraph_end, following.start() if following else limit


def _complete(
    context: DocumentContext, lead: _Lead, limit: int, previous: datetime.date | None
) -> _Header:
    """Read the rest of a header, up to the next header (``limit``) at the latest."""
    lower = context.norm.lower
    start, end = lead.start, lead.end
    paragraph_end, chairs_end = _paragraph_bounds(lower, end, limit)
    all_periods = periods_module.hits(context)
    sentence_periods = _between(all_periods, start, end)
    reviewed, planned = _split_periods(lower, start, sentence_periods)
    date = _date(context, lead, (reviewed, planned), all_periods, paragraph_end, previous)
    bridge = _bridge().search(lower, start, paragraph_end)
    bridge_points = int(bridge["count"].replace(".", "")) if bridge else None
    chairs = list(lead.subject.chairs)
    for official in _chairs(context, start, chairs_end):
        if official not in chairs:
            chairs.append(official)
    meeting = Meeting(
        date=date,
        day_part=read_day_part(lead.day_part) if lead.day_part else None,
        organizers=lead.subject.organizers,
        name=_name(context.norm, lead.subject.noun_start, lead.subject.noun_end, end),
        online=bool(_online().search(lower, start, paragraph_end)),
        bridge_points=bridge_points or None,
        reviewed=reviewed,
        planned=planned,
        chairs=tuple(chairs),
    )
    return _Header(meeting, start, end, chairs_end)


_T = TypeVar("_T")


def _between(hits: list[Hit[_T]], start: int, end: int) -> list[Hit[_T]]:
    """The hits (sorted by start) that lie within ``[start, end)``."""
    low = bisect.bisect_left(hits, start, key=_hit_start)
    high = bisect.bisect_left(hits, end, key=_hit_start)
    return [hit for hit in hits[low:high] if hit.end <= end]


def _hit_start(hit: Hit[Any]) -> int:
    return hit.start


def _name(norm: NormalizedText, start: int, noun_end: int, sentence_end: int) -> str:
    """The meeting's name: its noun and the words that qualify it, as written."""
    end = noun_end
    words: Iterator[Match] = _word().finditer(norm.lower, noun_end, sentence_end)
    for count, word in enumerate(words):
        if count >= 10 or word.start() != end or _name_stop().match(word.group().lstrip(" ")):
            break
        end = word.end()
    return " ".join(norm.text[start:end].split())


#: A dated lead whose year comes from the dateline may be at most this far after it.
_AFTER_DATELINE = datetime.timedelta(days=45)


def _date(
    context: DocumentContext,
    lead: _Lead,
    roles: tuple[tuple[Period, ...], tuple[Period, ...]],
    all_periods: list[Hit[Period]],
    paragraph_end: int,
    previous: datetime.date | None,
) -> datetime.date | None:
    """The meeting's date; a missing year is completed as documented in docs/meetings.md."""
    written = lead.date
    reference = context.reference_date_for(lead.start)
    if written is None:
        if reference is None or lead.relative is None:
            return None
        shift = _RELATIVE_DAYS.get(" ".join(lead.relative.split()), 0)
        return reference + datetime.timedelta(days=shift)
    day = _read_written(written, lead.first_day, None)
    if day is not None:
        return day
    if reference is not None:
        day = _read_written(written, lead.first_day, reference.year)
        if day is not None and lead.relative is None and day > reference + _AFTER_DATELINE:
            day = _read_written(written, lead.first_day, reference.year - 1)
        return day
    reviewed, planned = roles
    candidates = [(p, "reviewed") for p in reviewed] + [(p, "planned") for p in planned]
    if not candidates:
        paragraph = _between(all_periods, lead.end, paragraph_end)
        candidates = [(hit.value, "") for hit in paragraph if hit.value.kind in _SUB_YEAR]
    if not candidates:
        before = [
            hit for hit in all_periods if hit.end <= lead.start and hit.value.kind in _SUB_YEAR
        ]
        candidates = [(before[-1].value, "")] if before else []
    if candidates:
        return _nearest(written, lead.first_day, candidates)
    if previous is not None:
        return _read_written(written, lead.first_day, previous.year)
    return None


def _read_written(written: str, first_day: str | None, year: int | None) -> datetime.date | None:
    """Read a written date (and the first day of its range) with ``year`` completing it."""
    day = read_date(written, year)
    if day is None or first_day is None:
        return day
    try:
        first = day.replace(day=int(first_day))
    except ValueError:
        return day
    return first if first <= day else day


def _nearest(
    written: str, first_day: str | None, candidates: list[tuple[Period, str]]
) -> datetime.date | None:
    """The reading of a yearless date that best fits the periods the meeting is about.

    A meeting reviews a period near or after its end and plans one near its start;
    the year among the periods' years (and the year after) with the smallest total
    distance wins.
    """
    years = sorted({y for period, _ in candidates for y in (period.start.year, period.end.year)})
    years = sorted(set(years) | {years[-1] + 1})
    best: tuple[float, datetime.date] | None = None
    for year in years:
        day = _read_written(written, first_day, year)
        if day is None:
            continue
        cost = sum(_distance(day, period, role) for period, role in candidates)
        if best is None or cost < best[0]:
            best = (cost, day)
    return best[1] if best else None


def _distance(day: datetime.date, period: Period, role: str) -> float:
    """How badly a meeting on ``day`` fits reviewing (or planning) ``period``."""
    if role == "planned":
        if day < period.start:
            return (period.start - day).days
        if day <= period.end:
            return (day - period.start).days
        return 2 * (day - period.end).days + 366
    if day > period.end:
        return (day - period.end).days
    if day >= period.start:
        return (period.end - day).days / 4
    return 2 * (period.start - day).days + 366


def _split_periods(
    lower: str, start: int, sentence_periods: list[Hit[Period]]
) -> tuple[tuple[Period, ...], tuple[Period, ...]]:
    """Reviewed and planned periods: each goes with the nearest verb before it.

    A period with no such verb before it ("Hội nghị giao ban quý III") is reviewed.
    """
    reviewed: list[Period] = []
    planned: list[Period] = []
    for hit in sentence_periods:
        if hit.value.kind not in _SUB_YEAR:
            continue
        text = lower[start : hit.start]
        review = max((m.end() for m in _review().finditer(text)), default=-1)
        plan = max((m.end() for m in _plan().finditer(text)), default=-1)
        target = planned if plan > review else reviewed
        if hit.value not in target:
            target.append(hit.value)
    return tuple(reviewed), tuple(planned)


def _chairs(context: DocumentContext, start: int, end: int) -> tuple[Official, ...]:
    """The officials who chair: before "chủ trì", after "dưới sự chủ trì của" or "… có"."""
    lower = context.norm.lower
    officials = _between(titles_module.hits(context), start, end)
    starts = [hit.start for hit in officials]
    chairs: list[Official] = []
    for verb in _chair().finditer(lower, start, end):
        if verb["local"]:
            continue
        if verb["under"] or verb["has"]:
            index = bisect.bisect_left(starts, verb.end())
            group = _group(lower, officials, index, verb.end(), step=1)
        else:
            index = bisect.bisect_right(starts, verb.start()) - 1
            edge = verb.start()
            if index >= 0 and officials[index].end > edge:
                # "… Tỉnh ủy Lâm Đồng chủ trì": "đồng chủ trì" overlaps the place name.
                edge = officials[index].end
            group = _group(lower, officials, index, edge, step=-1)
        for official in group:
            if official not in chairs:
                chairs.append(official)
    return tuple(chairs)


def _group(
    lower: str, officials: list[Hit[Official]], index: int, edge: int, step: int
) -> list[Official]:
    """The officials listed one after another from ``edge``, walking by ``step``."""
    group: list[Hit[Official]] = []
    while 0 <= index < len(officials) and len(group) < 12:
        hit = officials[index]
        if step < 0 and hit.end > edge:
            break
        gap = lower[hit.end : edge] if step < 0 else lower[edge : hit.start]
        if len(gap) > 40 or not _between_chairs().match(gap):
            break
        group.append(hit)
        edge = hit.start if step < 0 else hit.end
        index += step
    return [hit.value for hit in sorted(group, key=lambda hit: hit.start)]


# -- public functions ------------------------------------------------------------------------------
_EXPECTED = 'a meeting header such as "Chiều 1-4, Ban Tổ chức Trung ương tổ chức Hội nghị …"'


def parse_meeting(s: str, *, reference_date: datetime.date | None = None) -> Meeting:
    """Read one meeting header (its lead sentence, perhaps with its paragraph).

    Unlike :func:`find_meetings`, which leaves out a header whose date cannot be
    known, ``parse_meeting`` returns it with ``date=None``.

    Raises:
        ParseError: when ``s`` does not start with a meeting header.

    Example:
        >>> m = parse_meeting("Sáng 24/ 7/2023, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị.")
        >>> m.organizers, m.name, m.date
        (('Bộ Chính trị', 'Ban Bí thư'), 'Hội nghị', datetime.date(2023, 7, 24))
    """
    context = DocumentContext(check_text(s, "s"), reference_date)
    headers = _headers(context)
    lower = context.norm.lower
    start = len(lower) - len(lower.lstrip())
    if not headers or headers[0].start > start + 40 or len(headers) > 1:
        raise ParseError(_EXPECTED, context.norm.source_start(start), s)
    return headers[0].meeting


def find_meetings(
    text: str, *, reference_date: datetime.date | None = None
) -> list[Mention[Meeting]]:
    """Find the meeting headers of an article.

    Only a sentence that starts a line with a day part or a date (or names the
    meeting and then its date, "… diễn ra sáng 28-6") and names who held which
    meeting counts; a meeting mentioned in passing ("Kết luận tại Hội nghị toàn
    quốc …") is not a header. A header whose date cannot be known is left out.

    Example:
        >>> text = "Sáng nay (1/7), Ban Tổ chức TW, Bộ nội vụ tổ chức hội nghị tới 70 điểm cầu."
        >>> [m] = find_meetings(text, reference_date=datetime.date(2020, 7, 1))
        >>> m.value.date, m.value.organizers, m.value.bridge_points
        (datetime.date(2020, 7, 1), ('Ban Tổ chức Trung ương', 'Bộ Nội vụ'), 70)
    """
    context = DocumentContext(check_text(text), reference_date)
    return to_mentions(context.norm, hits(context))
