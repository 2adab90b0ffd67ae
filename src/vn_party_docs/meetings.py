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
from typing import Any, TypeVar

import attrs
import regex

from . import periods as periods_module
from . import titles as titles_module
from ._text.context import DocumentContext, Hit, check_text, to_mentions
from ._text.dates import DATE, DAY_PART, DayPart, read_date, read_day_part
from ._text.grammar import DASH, GAP, SP, compile_pattern, lazy_pattern
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
    if value is not None and value <= 0:
        raise ValueError(f"{attribute.name} must be positive, not {value}")


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

    date: datetime.date | None
    day_part: DayPart | None
    organizers: tuple[str, ...]
    name: str
    online: bool = False
    bridge_points: int | None = attrs.field(default=None, validator=_positive)
    reviewed: tuple[Period, ...] = attrs.field(default=(), validator=_periods_tuple)
    planned: tuple[Period, ...] = attrs.field(default=(), validator=_periods_tuple)
    chairs: tuple[Official, ...] = ()

    def __str__(self) -> str:
        if self.date is not None:
            when = f"ngày {self.date.day:02d}-{self.date.month:02d}-{self.date.year}"
        else:
            when = "nay"
        lead = f"{self.day_part.value} {when}" if self.day_part else when
        if self.date is None and self.day_part is None:
            lead = "hôm nay"
        organizers = ", ".join(self.organizers)
        verb = "phối hợp tổ chức" if len(self.organizers) > 1 else "tổ chức"
        text = f"{lead[0].upper()}{lead[1:]}, {organizers} {verb} {self.name}"
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
            text += f" {chairs[0].upper()}{chairs[1:]} chủ trì."
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
        """Rebuild a meeting from :meth:`to_dict` output."""
        date, part = data.get("date"), data.get("day_part")
        return cls(
            date=datetime.date.fromisoformat(date) if date else None,
            day_part=DayPart[part] if part else None,
            organizers=tuple(data.get("organizers", ())),
            name=data["name"],
            online=bool(data.get("online", False)),
            bridge_points=data.get("bridge_points"),
            reviewed=tuple(Period.from_dict(item) for item in data.get("reviewed", ())),
            planned=tuple(Period.from_dict(item) for item in data.get("planned", ())),
            chairs=tuple(Official.from_dict(item) for item in data.get("chairs", ())),
        )


# -- grammar --------------------------------------------------------------------------------
_RELATIVE = r"(?:nay|hôm[ ]nay|ngày[ ]mai|mai)"
_MEETING_NOUN = (
    r"(?:hội[ ]nghị|đại[ ]hội|kỳ[ ]họp|phiên[ ]họp|cuộc[ ]họp|hội[ ]thảo|buổi[ ]làm[ ]việc)"
)


@lazy_pattern
def _lead_pattern() -> regex.Pattern[str]:
    """The lead of a header: where it may start, the day part and the date."""
    return compile_pattern(
        rf"""
        (?:^|(?<=\n)|(?<=[.!?][ ]{{1,3}}))
        (?P<prefix>[ ]{{0,3}}(?:\([^()\n]{{1,30}}\){SP})?(?:{DASH}{SP})?)
        (?P<lead>
            (?P<day_part>{DAY_PART})?{SP}
            (?:
                (?P<relative>{_RELATIVE})(?:{SP}[,(]{SP}(?:ngày{GAP})?(?P<rdate>{DATE}){SP}[),]?)?
              | (?:ngày{GAP})?(?P<date>{DATE})
            )
        )
        {SP},{SP}
        (?:tại{GAP}[^,.\n]{{1,80}}{SP},{SP})?
        """
    )


@lazy_pattern
def _verb_pattern() -> regex.Pattern[str]:
    """The organising verb and the meeting noun after the organisers."""
    return compile_pattern(
        rf"""
        (?:{SP},{SP}|{GAP}và{GAP}|{GAP})?
        (?P<verb>(?:phối{GAP}hợp{GAP})?tổ{GAP}chức|họp|khai{GAP}mạc)
        {GAP}(?P<noun>{_MEETING_NOUN})
        """
    )


@lazy_pattern
def _organ_term() -> regex.Pattern[str]:
    """The term an organiser may carry: "Ban Chấp hành Trung ương Đảng khóa XIII"."""
    return compile_pattern(rf"{SP}[,(]?{GAP}khóa{GAP}(?:{ROMAN_PATTERN}|\d{{1,2}})(?![\w]){SP}\)?")


@lazy_pattern
def _organizer_separator() -> regex.Pattern[str]:
    return compile_pattern(rf"(?:{SP},{SP}|{GAP}và{GAP}|{GAP}phối{GAP}hợp{GAP}với{GAP})")


@lazy_pattern
def _name_stop() -> regex.Pattern[str]:
    return compile_pattern(
        r"""(?:đánh|sơ|tổng|quán|triển|bàn|về|nhằm|để|với|tới|tại|kết|thảo|nghe|công|lấy|góp|cho
         |thông|xem|nhìn|trao|tôn|gặp|chào|theo|của|do|từ|diễn|vào|sáng|chiều|trưa|tối|đêm
         |ngày|trong|phiên|và|nhiệm)\b""",
    )


@lazy_pattern
def _review() -> regex.Pattern[str]:
    return compile_pattern(r"\b(?:đánh[ ]giá|sơ[ ]kết|tổng[ ]kết|kết[ ]quả|nhìn[ ]lại|báo[ ]cáo)\b")


@lazy_pattern
def _plan() -> regex.Pattern[str]:
    return compile_pattern(
        r"\b(?:triển[ ]khai|phương[ ]hướng|nhiệm[ ]vụ|kế[ ]hoạch|bàn|chương[ ]trình|định[ ]hướng)\b"
    )


@lazy_pattern
def _bridge() -> regex.Pattern[str]:
    return compile_pattern(
        r"(?:(?:gần|hơn|trên|khoảng|tổng[ ]số)[ ]{1,3})?(?P<count>\d{1,3}(?:\.\d{3}){0,2}|\d{1,6})"
        r"[ ]{1,3}(?:điểm|đầu)[ ]cầu\b"
    )


@lazy_pattern
def _online() -> regex.Pattern[str]:
    return compile_pattern(r"\btrực[ ]tuyến\b|\b(?:điểm|đầu)[ ]cầu\b")


@lazy_pattern
def _chair() -> regex.Pattern[str]:
    return compile_pattern(
        r"""(?P<under>dưới[ ]sự[ ]chủ[ ]trì[ ]của)
      | (?:dự[ ]và[ ]|cùng[ ])?(?:đồng[ ])?chủ[ ]trì
        (?P<local>(?:[ ]{1,3}hội[ ]nghị)?(?:[ ]{1,3}tại)?[ ]{1,3}(?:các[ ])?điểm[ ]cầu
                  (?![ ]trung[ ]ương))?
        (?P<has>(?:[ ]{1,3}hội[ ]nghị)?(?:[ ]{1,3}tại[ ]{1,3}điểm[ ]cầu[ ]trung[ ]ương)?
                [ ]{1,3}có(?:[ ]{1,3}các)?[ ]{1,3}đồng[ ]chí)?"""
    )


@lazy_pattern
def _between_chairs() -> regex.Pattern[str]:
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
def _sentence_end() -> regex.Pattern[str]:
    return compile_pattern(r"[.!?](?=[ \n]|$)|\n")


@lazy_pattern
def _paragraph_end() -> regex.Pattern[str]:
    return compile_pattern(r"\n[ ]{0,3}\n|\n(?=[ ]{0,3}\p{Lu})")


@attrs.frozen
class _Header:
    meeting: Meeting
    start: int
    end: int  # end of the lead sentence (the mention)
    region_end: int  # end of the text the header's fields were read from


def hits(context: DocumentContext) -> list[Hit[Meeting]]:
    """All meeting headers of a document, in normalised coordinates (computed once)."""

    def compute() -> list[Hit[Meeting]]:
        return [Hit(h.meeting, h.start, h.end) for h in _headers(context)]

    return context.memo("meetings", compute)


@attrs.frozen
class _Lead:
    """The part of a header read first: lead, organisers, verb, sentence end."""

    lead: regex.Match[str]
    organizers: tuple[str, ...]
    noun_start: int
    noun_end: int
    start: int
    end: int


@lazy_pattern
def _noun_anchor() -> regex.Pattern[str]:
    return compile_pattern(rf"\b{_MEETING_NOUN}\b")


@lazy_pattern
def _sentence_start() -> regex.Pattern[str]:
    return compile_pattern(r"\n|[.!?][ ]{1,3}")


#: How far before its meeting noun a lead sentence may start.
_LEAD_REACH = 400


def _headers(context: DocumentContext) -> list[_Header]:
    leads: list[_Lead] = []
    lower = context.norm.lower
    done = 0
    for noun in _noun_anchor().finditer(lower):
        if noun.start() < done:
            continue
        read = _lead_before(context, noun.start())
        if read is not None:
            leads.append(read)
            done = read.end
    limits = [lead.start for lead in leads[1:]] + [len(lower)]
    return [_complete(context, lead, limits[index]) for index, lead in enumerate(leads)]


def _lead_before(context: DocumentContext, noun_start: int) -> _Lead | None:
    """The header whose meeting noun starts at ``noun_start``, if a lead sentence starts it."""
    lower = context.norm.lower
    low = max(0, noun_start - _LEAD_REACH)
    starts = [low] if low == 0 else []
    starts += [match.end() for match in _sentence_start().finditer(lower, low, noun_start)]
    for start in starts:
        lead = _lead_pattern().match(lower, start)
        if lead is None:
            continue
        read = _read_lead(context, lead)
        if read is not None and read.noun_start == noun_start:
            return read
    return None


def _read_lead(context: DocumentContext, lead: regex.Match[str]) -> _Lead | None:
    norm = context.norm
    lower = norm.lower
    organizers: list[str] = []
    position = lead.end()
    verb = None
    for _ in range(8):
        read = titles_module.read_organ(norm, position)
        if read is None:
            return None
        organ, end = read
        organizers.append(str(organ))
        term = _organ_term().match(lower, end)
        end = term.end() if term else end
        verb = _verb_pattern().match(lower, end)
        if verb is not None:
            break
        separator = _organizer_separator().match(lower, end)
        if separator is None:
            return None
        position = separator.end()
    if verb is None:
        return None
    sentence = _sentence_end().search(lower, verb.start("noun"))
    end = sentence.start() if sentence else len(lower)
    start = lead.start("lead")
    return _Lead(lead, tuple(organizers), verb.start("noun"), verb.end("noun"), start, end)


def _complete(context: DocumentContext, lead: _Lead, limit: int) -> _Header:
    """Read the rest of a header, up to the next header (``limit``) at the latest."""
    lower = context.norm.lower
    start, end = lead.start, lead.end
    paragraph = _paragraph_end().search(lower, end, limit)
    paragraph_end = paragraph.start() if paragraph else limit
    following = _paragraph_end().search(lower, paragraph.end(), limit) if paragraph else None
    chairs_end = following.start() if following else limit
    sentence_periods = _between(periods_module.hits(context), start, end)
    date = _date(context, lead.lead, sentence_periods)
    reviewed, planned = _split_periods(lower, start, sentence_periods)
    bridge = _bridge().search(lower, start, paragraph_end)
    bridge_points = int(bridge["count"].replace(".", "")) if bridge else None
    day_part = lead.lead["day_part"]
    meeting = Meeting(
        date=date,
        day_part=read_day_part(day_part) if day_part else None,
        organizers=lead.organizers,
        name=_name(context.norm, lead.noun_start, lead.noun_end, end),
        online=bool(_online().search(lower, start, paragraph_end)),
        bridge_points=bridge_points or None,
        reviewed=reviewed,
        planned=planned,
        chairs=_chairs(context, start, chairs_end),
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
    words = regex.finditer(r"[ ]{1,3}([\w/]{1,20})", norm.lower[noun_end:sentence_end])
    for count, word in enumerate(words):
        if count >= 6 or word.start() != end - noun_end or _name_stop().match(word.group(1)):
            break
        end = noun_end + word.end()
    return " ".join(norm.text[start:end].split())


def _date(
    context: DocumentContext, lead: regex.Match[str], sentence_periods: list[Hit[Period]]
) -> datetime.date | None:
    """The meeting's date, its year completed from the caller, the dateline or the sentence."""
    written = lead["date"] or lead["rdate"]
    if written is None:
        return context.reference_date_for(lead.start())
    full = read_date(written)
    if full is not None:
        return full
    year = None
    if context.reference_date is not None or context.dateline is not None:
        year = context.year_at(lead.start())
    if year is None:
        years = [hit.value.start.year for hit in sentence_periods if hit.value.kind in _SUB_YEAR]
        year = max(years) if years else context.year_at(lead.start())
    return read_date(written, year) if year is not None else None


def _split_periods(
    lower: str, start: int, sentence_periods: list[Hit[Period]]
) -> tuple[tuple[Period, ...], tuple[Period, ...]]:
    """Reviewed and planned periods: each goes with the nearest verb before it."""
    reviewed: list[Period] = []
    planned: list[Period] = []
    for hit in sentence_periods:
        if hit.value.kind not in _SUB_YEAR:
            continue
        text = lower[start : hit.start]
        review = max((m.end() for m in _review().finditer(text)), default=-1)
        plan = max((m.end() for m in _plan().finditer(text)), default=-1)
        if plan > review:
            planned.append(hit.value)
        elif review >= 0:
            reviewed.append(hit.value)
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

    Only a lead sentence that starts with a day part or a date and names the
    organisers and the meeting counts; a meeting mentioned in passing ("Kết luận
    tại Hội nghị toàn quốc …") is not a header.

    Example:
        >>> text = "Sáng nay (1/7), Ban Tổ chức TW, Bộ nội vụ tổ chức hội nghị tới 70 điểm cầu."
        >>> [m] = find_meetings(text, reference_date=datetime.date(2020, 7, 1))
        >>> m.value.date, m.value.organizers, m.value.bridge_points
        (datetime.date(2020, 7, 1), ('Ban Tổ chức Trung ương', 'Bộ Nội vụ'), 70)
    """
    context = DocumentContext(check_text(text), reference_date)
    return to_mentions(context.norm, hits(context))
