"""Meeting headers: who met, when, where, how, about which periods.

A header is the lead sentence of a meeting report (a sentence that starts a line, or
one inside a line): perhaps an introductory clause, a day part and a date (or a
relative lead such as "Sáng nay (1/7)"), perhaps a place clause, then who held the
meeting in one of the shapes real news writes: organisers with an organising verb
("Chiều 1- 4, Ban Tổ chức Trung ương tổ chức Hội nghị …"), a person who chairs ("…,
đồng chí X, <titles>, chủ trì Hội nghị …"), a body that meets ("Quốc hội họp phiên
toàn thể"), or the meeting itself as the subject ("Đại hội … khai mạc"). An
organiser is an organ phrase (:func:`_organ_phrase`), never a time word, an adverb, a
verb or a place. The sentence's periods are split into the reviewed ("đánh giá … quý
III") and the planned ("triển khai nhiệm vụ … quý IV"); the paragraph gives the number
of bridge points; the header's paragraph and the next one give the chairs.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Iterator
from typing import Any, TypeVar

import attrs

from . import citations as citations_module
from . import officials as officials_module
from . import periods as periods_module
from . import titles as titles_module
from ._fields import Fields, typed
from ._text.context import DocumentContext, Hit, check_text, to_mentions
from ._text.dates import DATE, DAY_PART, FULL_DATE, DayPart, read_date, read_day_part
from ._text.grammar import (
    DASH,
    GAP,
    INDENT,
    LETTER,
    SP,
    UPPER,
    Match,
    Pattern,
    alternation,
    any_of,
    compile_pattern,
    finditer_near,
    inside,
    lazy_led,
    lazy_pattern,
    lazy_regex,
    scan_led,
    search_at,
    search_near,
    shared_anchor,
)
from ._text.normalize import NormalizedText
from ._text.words import (
    ADDRESS,
    cities_written_out,
    city_written_out,
    collapse,
    over_parenthesis,
    parenthesis,
)
from .errors import ParseError
from .lexicon import tables as vocab
from .periods import Period, PeriodKind, _named_as_horizon
from .spans import Mention
from .titles import Official, organ_term

__all__ = ["DayPart", "Meeting", "find_meetings", "parse_meeting"]


@attrs.frozen
class Meeting:
    """A meeting as its report's lead sentence (and paragraph) describes it.

    ``str()`` is a canonical lead sentence and ``parse_meeting(str(m)) == m``.

    Attributes:
        date (datetime.date | None): The day of the meeting. A date without its year
            takes it from ``reference_date``, the dateline, the periods around it or
            a full date of the article; ``None`` when no day or no year can be known
            (the header is still a header: nothing is guessed).
        day_part (DayPart | None): Morning, afternoon … as the lead says; ``None``
            when it says none ("Ngày 29.12, …").
        organizers (tuple[str, ...]): The bodies that held the meeting, canonical
            names in text order, each once; ``()`` when the text names none.
        name (str): The meeting noun and the words that qualify it, as written
            ("Hội nghị giao ban trực tuyến", "Kỳ họp thứ 15").
        online (bool): Whether the header's paragraph (or the next one, when it goes
            on about the meeting) says it was held online ("trực tuyến", "điểm cầu",
            "đầu cầu", "hội nghị truyền hình", "cầu truyền hình").
        bridge_points (int | None): The number of connected sites ("tới 67 điểm
            cầu", "cầu truyền hình cho 08 điểm"), ``None`` when not given.
        reviewed (tuple[Period, ...]): The periods the meeting reviews ("đánh giá …
            quý I").
        planned (tuple[Period, ...]): The periods it plans for ("triển khai nhiệm vụ
            … quý II").
        chairs (tuple[Official, ...]): The officials who chaired it (not those who
            only attended, nor the chairs of a bridge point).

    Example:
        >>> from vn_party_docs import parse_meeting
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

    date: datetime.date | None = attrs.field(validator=typed(datetime.date, optional=True))
    day_part: DayPart | None = attrs.field(validator=typed(DayPart, optional=True))
    organizers: tuple[str, ...] = attrs.field(validator=typed(tuple, "a tuple of str", items=str))
    name: str = attrs.field(validator=typed(str))
    online: bool = attrs.field(default=False, validator=typed(bool))
    bridge_points: int | None = attrs.field(
        default=None, validator=typed(int, optional=True, low=1)
    )
    reviewed: tuple[Period, ...] = attrs.field(
        default=(), validator=typed(tuple, "a tuple of Period", items=Period)
    )
    planned: tuple[Period, ...] = attrs.field(
        default=(), validator=typed(tuple, "a tuple of Period", items=Period)
    )
    chairs: tuple[Official, ...] = attrs.field(
        default=(), validator=typed(tuple, "a tuple of Official", items=Official)
    )

    def __str__(self) -> str:
        if self.date is not None:
            when = f"ngày {self.date.day:02d}-{self.date.month:02d}-{self.date.year}"
        else:
            when = "nay"
        lead = f"{self.day_part.value} {when}" if self.day_part else when
        if self.date is None and self.day_part is None:
            lead = "hôm nay"
        if self.organizers and "," in self.name:  # the meeting as subject, organs after "do"
            subject = f"{self.name} do {', '.join(self.organizers)} tổ chức"
        elif self.organizers:
            verb = "" if _is_verb_noun(self.name) else "tổ chức "
            subject = f"{', '.join(self.organizers)} {verb}{self.name}"
        elif "," in self.name:  # "Kỳ họp thứ hai, Quốc hội khóa XV" as the subject
            subject = f"{self.name} diễn ra"
        else:
            subject = f"diễn ra {self.name}"
        text = f"{lead[0].upper()}{lead[1:]}, {subject}"
        if self.reviewed:
            cue = "" if _name_reviews(self) else "đánh giá "
            text += " " + cue + ", ".join(str(period) for period in self.reviewed)
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


def _is_verb_noun(name: str) -> bool:
    """Whether a name is the verb "họp" itself ("Bộ Chính trị họp", "tổ chức họp")."""
    return _verb_noun().match(NormalizedText(name).lower) is not None


def _name_reviews(meeting: Meeting) -> bool:
    """Whether the name itself says the reviewed periods are reviewed ("Hội nghị sơ kết",
    "Hội nghị giao ban" held at or after their end): then ``str`` adds no "đánh giá"."""
    lower = NormalizedText(meeting.name).lower
    ends = [found.end() for found in _review().finditer(lower)]
    if not ends or ends[-1] != len(lower):
        return False
    cue = _gap_cue(lower, 0, len(lower))
    if cue is _Cue.REVIEW:
        return True
    if cue in (_Cue.WEAK_REVIEW, _Cue.REGULAR):
        return all(_label_reviews(p, meeting.date, cue) for p in meeting.reviewed)
    return False


# -- grammar --------------------------------------------------------------------------------------
#: A weekday next to the date: "Sáng thứ Hai (15/1)", "Sáng 20/10 (thứ Tư)".
_WEEKDAY = r"(?:thứ[ ](?:hai|ba|tư|năm|sáu|bảy)|chủ[ ]nhật)"
#: What a lead may start with: a news agency ("(ABC)- ", "ĐCSVN - ", "BTO-"), a dash, a bullet,
#: the number of a list item ("1. ", "2) "); an agency and the place it reports from may
#: both open a lead ("(Cadn.com.vn) - ĐÀ NẴNG - Ngày 10-3, …"); "(SGGP).- " has a dot too.
_AGENCY = rf"""(?:\([^()\n]{{1,30}}\)\.?{SP}(?:{DASH}{SP})?
    | (?!(?:từ|ngày|trong|hôm|{DAY_PART})\b)
      {LETTER}[\w.+/&]{{0,19}}(?:[ ]{LETTER}[\w.+/&]{{0,19}}){{0,2}}{SP}{DASH}{SP}
    | {DASH}{SP}
    | [*•+]{SP}
    | \d{{1,2}}[.)][ ]{{1,3}}
    | (?!{any_of(vocab.INTRODUCTIONS)}[ ])
      {LETTER}\w{{1,7}}(?:[ ]{LETTER}\w{{0,7}}){{0,4}}{SP}:[ ]{{1,3}})"""
# an agency's initials, or the place of a round-up's item, and a colon: "TTYB: …",
# "Hưng Yên: Trong 2 ngày 7 và 8/6, …" (not an introduction: "Với chủ đề: “…”, sáng …")
_RELATIVE_DAYS = dict(vocab.RELATIVE_DAYS)
_FOLLOWING_DAYS = frozenset(vocab.FOLLOWING_DAYS)
#: The place of a news agency's dateline lead: "Hà Nội, 9/4 (TTXVN) - …".
_NEWS_PLACE = rf"{LETTER}[\w.]{{0,12}}(?:[ ]{LETTER}[\w.]{{0,12}}){{0,3}}"


def _noun() -> str:
    """A meeting noun: "hội nghị", "kỳ họp", "phiên toàn thể", "phiên thứ 24"…; not one
    that ends a press conference or a get-together ("buổi họp báo", "cuộc họp mặt")."""
    kinds = [kind for kind in vocab.SESSION_KINDS if kind != "thứ"]
    return (
        rf"(?:{alternation(vocab.MEETING_NOUNS)}|phiên{GAP}{any_of(tuple(kinds))}"
        rf"|phiên(?=[ ](?:thứ|\d))){_NOT_A_MEETING}"
    )


def _anchor_nouns() -> tuple[str, ...]:
    """The words :func:`_noun_anchor` finds."""
    return (*vocab.MEETING_NOUNS, "phiên", vocab.VERB_NOUN, *vocab.REVIEW_EVENTS)


@shared_anchor(_anchor_nouns)
@lazy_pattern
def _noun_anchor() -> Pattern:
    """Where a meeting noun starts (the grammar checks the rest): a plain letter trie whose
    words a page that wraps its lines may break ("Hội\\nnghị")."""
    words = alternation(_anchor_nouns()).replace(GAP, r"[ \n]{1,3}")
    return compile_pattern(rf"(?:{words})(?![\w])")


#: A meeting noun where a phrase starts, also after its ceremony ("Lễ khai mạc Đại hội …").
_noun_at = lazy_regex(lambda: rf"(?:lễ{GAP}(?:khai|bế){GAP}mạc{GAP})?(?P<noun>{_noun()})(?![\w])")


_noun_search = lazy_regex(lambda: rf"(?<![\w]){_noun()}(?![\w])")


_verb_noun = lazy_regex(lambda: rf"{vocab.VERB_NOUN}(?![\w])")


#: After "họp", a word that makes it no meeting: "họp báo" (a press conference), "họp mặt".
_NOT_A_MEETING = (
    rf"(?!(?<={vocab.VERB_NOUN})[ ]{{1,3}}{any_of(vocab.NOT_MEETINGS_AFTER_VERB_NOUN)}(?![\w])"
    rf"(?![ ]{{1,3}}cáo(?![\w])))"  # "cuộc họp báo cáo …" is a meeting that reports
)


#: "mùng" or "mồng" before a day of the month's first ten ("mồng 3 đến mồng 5 tháng 8").
_MONG = rf"(?:(?:mùng|mồng){GAP})?"

#: The days a meeting lasts before they are named: "(trong) 2 ngày (từ ngày) 14 – 15/5",
#: "trong hai ngày (15 và 16/4)", "trong 02 ngày, từ ngày …", "trong 2 ngày mùng 11 và 12/8",
#: "trong thời gian 4 ngày, từ ngày 21-24/5".
_FEW_DAYS = (
    rf"(?:các|hai|ba|bốn|0?[234]|0?[1-4][,.]5){GAP}ngày(?:{GAP}làm{GAP}việc)?{SP}[,:]?{SP}\(?{SP}"
    rf"(?:từ(?:{GAP}ngày)?{GAP}|ngày{GAP})?{_MONG}"
)

#: A short place and its comma around a lead: "tại Hà Nội, " before the day ("Tại Hà Nội,
#: sáng 5/6, …") or before a continued session ("Chiều 28/9, tại Nhà Quốc hội, tiếp tục …").
_LEAD_PLACE = rf"(?:tại|ở)[ ]{{1,3}}[^,.\n\d]{{1,40}}?{SP},"

#: The lead of a header at a line start: prefix, day part and date, then a comma (none
#: needed after a date or a relative day: "Chiều 5/6 khai mạc …", "Hôm nay Tỉnh ủy …").
_lead_pattern = lazy_regex(
    lambda: (
        rf"""
        (?P<prefix>[ ]{{0,3}}(?:{_AGENCY}){{0,2}}
            (?:(?P<continued>{any_of(vocab.CONTINUED_LEADS)}(?:[ ][^,\n]{{1,100}}?)?
                (?:{organ_term().pattern})?){SP},{SP})?
            (?:{any_of(vocab.CONNECTIVES)}{SP},?[ ]{{1,3}})?
            (?:{_LEAD_PLACE}[ ]{{1,3}}(?={DAY_PART}|hôm|ngày))?
            (?:{_NEWS_PLACE}{SP},{SP}(?={DATE}{SP}\([^()\n]{{1,30}}\)))?
            (?:vào[ ]{{1,3}})?
            (?:(?P<at>(?:lúc|đúng|từ)[ ]{{1,3}})?\d{{1,2}}{SP}(?:giờ|h|g)(?:{SP}\d{{2}})?
              (?:[ ]{{1,3}}phút)?[ ]{{1,3}}(?(at)|(?={DAY_PART}|cùng[ ]ngày|ngày[ ]\d)))?)
        (?P<lead>
            buổi[ ]{{1,3}}(?P<day_part>{DAY_PART})(?![\w])
          | (?P<undated>{any_of(vocab.UNDATED_LEADS)}
              |{any_of(vocab.MONTH_LEADS)}{GAP}\d{{1,2}}(?:{SP}(?:[/-]|năm){SP}\d{{4}})?)(?![\w])
          | (?:(?:(?:trong[ ]{{1,3}})?buổi[ ]{{1,3}}|(?:cuối|đầu)[ ]{{1,3}}giờ[ ]{{1,3}})?
              (?P<day_part>{DAY_PART})
              (?:{SP},(?=[ ]{{1,3}}ngày[ ]{{1,3}}\d))?)?{SP}
            (?:
                (?P<same>cùng[ ]ngày)(?![\w])(?:{SP}\({SP}{DATE}{SP}\))?  # "… (17.11)"
              | (?P<same>(?:(?:đúng|từ){GAP})?\d{{1,2}}{SP}(?:giờ|h)(?:{SP}\d{{2}})?
                  (?:[ ]{{1,3}}phút)?(?:{GAP}(?P<day_part>{DAY_PART}))?(?:{SP}["”])?)(?={SP},)
              | (?P<relative>{any_of((*_RELATIVE_DAYS, *_FOLLOWING_DAYS))})(?![\w])
                (?:{SP}(?:,{SP}\(|[,(]|{DASH})?{SP}(?:ngày{GAP})?(?P<rdate>{DATE}){SP}[),]?)?
              | (?:(?:trong{GAP}(?:thời{GAP}gian{GAP})?{_FEW_DAYS}
                  |(?:từ(?:{GAP}ngày)?|(?:trong{GAP})?ngày){GAP}{_MONG})
                   (?P<first>\d{{1,2}}(?:{SP}[/.-]{SP}\d{{1,2}}(?:{SP}[/.-]{SP}\d{{4}})?)?)
                   (?:{SP},{SP}\d{{1,2}}){{0,5}}
                   {SP}(?:{DASH}|và|đến|,){SP}(?:ngày(?:{GAP}|(?=\d)))?{_MONG}(?P<date>{DATE})
                   (?:{SP}\))?
                )
              | (?:{_WEEKDAY}{SP}[,(]?{SP})?(?:(?:trong{GAP})?ngày(?:{GAP}|(?=\d))|hôm{GAP})?
                {_MONG}(?P<date>{DATE})
                (?:{SP}\))?(?:{SP}\([^()\n\d]{{1,25}}\))?
              | (?P<first>\d{{1,2}}){SP}(?:{DASH}|và){SP}(?:{DAY_PART}{GAP})?(?P<date>{DATE})
            )
            (?:{GAP}(?:vừa{GAP}qua|sắp{GAP}tới))?
        )
        (?:(?P<workday>{SP},?{GAP}là{GAP}ngày{GAP}(?:làm{GAP}việc{GAP})?
              (?:thứ{GAP}\w{{1,6}}|đầu{GAP}tiên|cuối{GAP}cùng){GAP}(?:của{GAP})?
            | {SP},{SP}ngày{GAP}làm{GAP}việc{GAP}(?:thứ{GAP}\w{{1,6}}|đầu{GAP}tiên|cuối{GAP}cùng)
              {GAP}(?:của{GAP})?)  # "Ngày 26/12, ngày làm việc thứ hai (của) Hội nghị …"
          | {SP},{SP}
            # the session that goes on, after the lead (and its place): "Sáng 17/10, tiếp
            # tục chương trình làm việc, Hội nghị …", "Chiều 28/9, tại Nhà Quốc hội, tiếp tục
            # Phiên họp …, Ủy ban …", "Thứ Hai, ngày 17/11/2025, ngày làm việc thứ 22, Kỳ họp …"
            (?:{_LEAD_PLACE}{SP}(?={any_of(vocab.CONTINUED_LEADS)}))?
            (?:(?P<continued>{any_of(vocab.CONTINUED_LEADS)}(?:[ ][^,\n]{{1,60}}?)?
                |ngày{GAP}làm{GAP}việc{GAP}thứ{GAP}\w{{1,6}}){SP},{SP})?
          | [ ]{{1,3}}(?=(?:tại|từ)[ ])
          | {SP}\([^()\n]{{1,30}}\){SP}{DASH}{SP}  # "Hà Nội, 9/4 (TTXVN) - …"
          | {SP}(?:{DASH}|:){SP}(?=\w)
          | (?(relative)(?<=[^\W_]|\))|(?<=[\d)]))(?P<no_comma>[ ]{{1,3}})(?=\w)
          | (?<=\d)\.(?P<no_comma>[ ]{{1,3}})(?=\w))  # "Ngày 18/7/2020. Đảng ủy …"
        """
    )
)


#: A place clause after the lead: "tại Hà Nội, " (its commas are tried one by one).
_place_clause = lazy_regex(r"(?:tại|từ)[ ]{1,3}")


#: The ceremony that opens or closes a meeting, before its name: "… tổ chức Lễ khai mạc Đại
#: hội …", "… đã diễn ra Lễ bế mạc Kỳ họp …", "… lễ khai mạc chính thức Đại hội …" (the
#: meeting is held).
_CEREMONY = rf"lễ{GAP}(?:khai|bế){GAP}mạc(?:{GAP}(?:chính{GAP}thức|trọng{GAP}thể))?"

#: The day of a meeting a body holds before the meeting's name: "… tổ chức ngày làm việc thứ
#: nhất, Đại hội …", "… đã diễn ra ngày làm việc thứ nhất Đại hội …".
_WORKDAY = (
    rf"ngày{GAP}làm{GAP}việc{GAP}(?:thứ{GAP}\w{{1,6}}|đầu{GAP}tiên|cuối{GAP}cùng){SP},?{GAP}"
    rf"(?:của{GAP})?"
)


#: The verb that ends a place clause with no comma: "tại Hội trường … đã diễn ra Kỳ họp
#: …", "tại Học viện … đã tổ chức Đại hội …" (no organiser named), "tại thành phố Hải
#: Dương khai mạc Đại hội …" (an adverb, "diễn ra", or "khai mạc" /
#: "bế mạc" not after "lễ", "phiên" or "buổi": "tại phiên bế mạc Kỳ họp …" names a
#: session, no verb).
_place_clause_verb = lazy_regex(
    lambda: (
        rf"""(?<![\w])(?:(?:{_ADVERB}{GAP}){{1,3}}(?:{any_of(vocab.HAPPENING_VERBS)}|tổ{GAP}chức)
            |diễn{GAP}ra
            |(?<!lễ[ ])(?<!phiên[ ])(?<!buổi[ ])(?:khai|bế){GAP}mạc)
        (?:{GAP}trọng{GAP}thể)?{GAP}(?:{_CEREMONY}{GAP}|{_WORKDAY})?{_noun()}(?![\w])"""
    )
)


#: What ends a piece of a place clause: a comma, or a semicolon a page writes for one
#: ("tại Trung tâm Hội nghị tỉnh; Ban Thường vụ … tổ chức …").
_piece_break = lazy_regex(rf"{SP}[,;]{SP}")


_ADVERB: str = any_of(vocab.ADVERBS)
#: When, written between the subject and its verb: "Huyện ủy X hôm nay (cũng đã) tổ chức",
#: "Ban Y chiều 5/4 họp", "Tỉnh ủy vừa qua tổ chức" (also after the verb: "… khai mạc (ngày)
#: hôm qua (22/9)").
_WHEN = rf"""(?P<when>(?:vào{GAP})?(?:
    (?:(?:ngày{GAP})?hôm|(?P<when_part>{DAY_PART})){GAP}(?P<when_relative>nay|qua)(?![\w])
      (?:{SP}\({SP}(?:ngày{GAP})?(?P<when_rdate>{DATE}){SP}\)
        |{GAP}(?:ngày{GAP})?(?P<when_rdate>{DATE}))?
  | (?:(?P<when_dated_part>{DAY_PART}){GAP}(?:ngày{GAP})?|ngày{GAP})(?P<when_date>{DATE})
  | {any_of(vocab.UNDATED_LEADS)}))(?![\w])"""


#: The programme of a meeting a body goes on with: "Quốc hội tiếp tục chương trình làm
#: việc của Kỳ họp thứ nhất".
_PROGRAMME = rf"chương{GAP}trình(?:{GAP}làm{GAP}việc)?(?:{GAP}của)?"

#: The work a body has done before it closes its session: "(đã) hoàn thành (toàn bộ) nội
#: dung chương trình (đề ra) và (bế mạc kỳ họp)".
_COMPLETED = (
    rf"hoàn{GAP}thành{GAP}(?:toàn{GAP}bộ{GAP})?(?:nội{GAP}dung{GAP})?chương{GAP}trình"
    rf"(?:{GAP}(?:làm{GAP}việc|đề{GAP}ra|kỳ{GAP}họp))?{SP},?{GAP}và{GAP}"
)


@lazy_pattern
def _verb_pattern() -> Pattern:
    """After the organisers: when, adverbs, the organising verb(s) (if any) and the meeting."""
    organise = any_of(vocab.ORGANISE_VERBS)
    return compile_pattern(
        rf"""
        (?:{SP},{SP}|{GAP})?
        (?:{_WHEN}{SP},?{GAP})?
        (?P<adverbs>(?:{_ADVERB}{GAP}){{0,3}})
        (?:{_COMPLETED}(?=bế{GAP}mạc))?
        (?:
            # (a colon may stand before a quoted name: "… đã tổ chức: “Hội nghị …”")
            (?P<verb>{organise}(?:{GAP}{organise})?)(?:{SP}:)?{GAP}(?:{_ADVERB}{GAP})?
            (?:{any_of(vocab.MANNERS)}{GAP})?  # how it is held: "tổ chức trực tuyến Hội nghị"
            (?:các{GAP})?(?:{_PROGRAMME}{GAP}|{_WORKDAY}|{_CEREMONY}{GAP})?[“"]?(?P<noun>{_noun()})
            (?![\w])
          | (?P<verb>{organise}){GAP}(?P<noun>{vocab.VERB_NOUN})(?![\w]){_NOT_A_MEETING}
          | (?P<noun>{vocab.VERB_NOUN})(?![\w]){_NOT_A_MEETING}
          | (?P<noun>{_noun()})(?![\w])
          | (?:(?P<verb>tổ{GAP}chức){GAP})?(?P<noun>{any_of(vocab.REVIEW_EVENTS)})(?![\w])
        )
        """
    )


#: The end of a passive organiser list: "… được Bộ Chính trị tổ chức".
_passive_end = lazy_regex(rf"{GAP}(?:phối{GAP}hợp{GAP})?tổ{GAP}chức(?![\w])")


#: How a short name in parentheses opens: "(gọi tắt là …", "(sau đây gọi là …", "(viết tắt …".
_SHORT_NAME_OPENING = r"[ ]{0,3}\((?:(?:sau|dưới)[ ]đây[ ])?(?:gọi|viết)"


#: The verb right after an organiser's topic, perhaps after an adverb.
_VERB_AFTER_TOPIC = r"[ ](?:(?:đã|vừa|sẽ)[ ])?(?:họp|tổ[ ]chức|khai[ ]mạc|phối[ ]hợp)"

#: What an organiser may add before its verb (and an adverb), its short name or its
#: initials in parentheses right before the verb: "Ban Chỉ đạo Trung ương về phòng, chống …
#: (sau đây gọi tắt là Ban Chỉ đạo) đã tổ chức", "… về phát triển khoa học, công nghệ, đổi
#: mới sáng tạo và chuyển đổi số (PTKH, CN, ĐMST&CĐS) tổ chức".
_about_tail = lazy_regex(
    rf"""{GAP}về{GAP}(?:(?!{_SHORT_NAME_OPENING})[^.\n]){{1,100}}?
    (?={_SHORT_NAME_OPENING}|[ ]{{0,3}}\([^()\n]{{1,30}}\){_VERB_AFTER_TOPIC}
       |{_VERB_AFTER_TOPIC})"""
)


#: What parts two organisers: a comma, "và", a dash, "(sẽ) chủ trì, phối hợp với",
#: "(đã) phối hợp (cùng / với)", "cùng (với)".
_TENSE = rf"(?:(?:đã|sẽ|vừa){GAP})?"
_organizer_separator = lazy_regex(
    rf"""(?:{GAP}{_TENSE}chủ{GAP}trì{SP},?{GAP}phối{GAP}hợp{GAP}(?:với{GAP})?
        |{SP},{SP}|{GAP}và{GAP}|[ ]{{1,3}}[-–][ ]{{1,3}}
        |{GAP}{_TENSE}phối{GAP}hợp{GAP}(?:cùng{GAP})?(?:với{GAP})?(?!tổ[ ]chức)
        |{GAP}cùng(?:{GAP}với)?{GAP})"""
)


#: "Đảng bộ các tỉnh/thành phố: " before a list of places, one organiser each.
_place_list = lazy_regex(
    lambda: (
        rf"(?P<organ>{any_of(spelled for spelled, _, _ in vocab.PLACE_LIST_ORGANS)}){GAP}"
        rf"(?:{any_of(vocab.PLACE_LIST_COUNTS)}|[2-9])"
        rf"{GAP}(?P<level>{any_of(vocab.PLACE_LISTS)}){SP}:?{SP}"
    )
)
_LIST_ORGANS = {spelled: (name, levelled) for spelled, name, levelled in vocab.PLACE_LIST_ORGANS}
#: The level words a list of one level keeps ("HĐND các tỉnh A, B").
_ONE_LEVEL = ("tỉnh", "thành phố")
#: A comma left before the verb after the last place ("… Sóc Trăng, Bạc Liêu, đã tổ chức").
_comma_before_verb = lazy_regex(rf"{SP},")


#: A capitalised place name (read on the text, not the lower case).
_place_name = lazy_regex(rf"{UPPER}\w{{0,15}}(?:[ ]{{1,3}}{UPPER}\w{{0,15}}){{0,3}}")


_list_separator = lazy_regex(rf"(?:{SP},{SP}|{GAP}và{GAP})")


#: The address before a person: "đồng chí", "các đồng chí:", "Đ/c".
#: What may stand between the subject's start and the first official: an address, a rank.
_person_gap = lazy_regex(
    lambda: (
        rf"""(?:các[ ]{{1,3}}{ADDRESS}[ ]{{1,3}}[^:;,.\n\d]{{1,60}}?[ ]{{0,3}}:
        |(?:các[ ]{{1,3}})?{ADDRESS}:?|{any_of(vocab.NOT_TITLES)})?[ ]{{0,3}}"""
    )
)


_under_chair = lazy_regex(
    rf"""dưới{GAP}sự{GAP}(?:đồng{GAP})?(?:chủ{GAP}(?:trì|tọa)|điều{GAP}hành)
        (?:{SP}(?:,|và){GAP}(?:chủ{GAP}(?:trì|tọa)|điều{GAP}hành))?{GAP}của{GAP}"""
)


_person_separator = lazy_regex(rf"(?:{SP}[,;]{SP}|{GAP}và{GAP})")


#: What ends the chairs after "dưới sự chủ trì của": a comma, or the semicolon of their
#: list ("… A, T; B, T; Ban Chấp hành Đảng bộ tỉnh tổ chức …").
_chairs_end = lazy_regex(rf"{SP}[,;]{SP}")


#: The verb of a person who chairs: "… chủ trì Hội nghị", "… chủ trì họp trực tuyến".
def _chairing() -> str:
    """A chairing verb and the meeting it chairs: "(đã) chủ trì (và phát biểu chỉ đạo)
    Hội nghị …" (groups ``verb`` and ``noun``)."""
    return rf"""(?:(?:đã|sẽ|cùng|đến)[ ]{{1,3}})?(?:dự[ ]và[ ]|đồng[ ])?
        (?P<verb>{any_of(vocab.CHAIR_VERBS)})(?:[ ]{{1,3}}{any_of(vocab.CHAIR_TAILS)})?
        (?:[ ]{{1,3}}tại)?{GAP}(?P<noun>{_noun()}|{vocab.VERB_NOUN})(?![\w]){_NOT_A_MEETING}"""


_chair_search = lazy_regex(lambda: rf"(?<![\w]){_chairing()}")


#: The day written between a person who chairs and the verb, which it ends at.
_when_before_verb = lazy_regex(lambda: rf"{SP},?{GAP}{_WHEN}{SP},?{GAP}(?:{_ADVERB}{GAP}){{0,3}}\Z")


#: A chairing verb right after an office named without its holder.
_chair_after = lazy_regex(lambda: rf"[ ]{{1,3}}{_chairing()}")


#: An office that names one person, without the name, and its chairing verb: "Thủ tướng
#: chủ trì phiên họp Chính phủ thường kỳ tháng 2".
_nameless_chair = lazy_regex(lambda: rf"{any_of(vocab.NAMELESS_CHAIRS)}[ ]{{1,3}}{_chairing()}")


#: An official who attends and directs: "Tổng Bí thư … dự và chỉ đạo Hội nghị …".
_attend_search = lazy_regex(
    lambda: (
        rf"""(?<![\w])(?:đã[ ]{{1,3}})?{any_of(vocab.ATTEND_VERBS)}(?:[ ]{{1,3}}tại)?{GAP}
        (?P<noun>{_noun()})(?![\w])"""
    )
)


#: An official who attends, right after the official: "… dự Hội nghị …".
_attend_verb = lazy_regex(
    lambda: (
        rf"{SP},?{GAP}(?:đã{GAP})?(?:tham{GAP}dự|dự)(?:{GAP}tại)?{GAP}(?P<noun>{_noun()})(?![\w])"
    )
)


#: A meeting with no organiser named: "đã diễn ra Hội nghị …", "sẽ khai mạc Kỳ họp …",
#: "(tại Học viện …) đã tổ chức Đại hội …", "đã diễn ra ngày làm việc thứ nhất Đại hội …".
_happening_verb = lazy_regex(
    lambda: (
        rf"""(?:(?:{_ADVERB}{GAP}){{0,3}}{any_of(vocab.HAPPENING_VERBS)}
            |(?:{_ADVERB}{GAP}){{1,3}}tổ{GAP}chức)(?:{GAP}trọng{GAP}thể)?{GAP}
        (?:{_CEREMONY}{GAP}|{_WORKDAY})?(?P<noun>{_noun()}|{vocab.VERB_NOUN})(?![\w]){_NOT_A_MEETING}"""
    )
)


@lazy_pattern
def _subject_block() -> Pattern:
    """The first word after a meeting's name that may start the verb it is the subject of."""
    words = vocab.SUBJECT_BLOCKS + vocab.ADVERBS + vocab.SUBJECT_VERBS
    return compile_pattern(rf"(?<![\w]){any_of(words)}(?![\w])")


#: The verb whose subject is the meeting: "(đã) khai mạc", "chính thức khai mạc", "sẽ được
#: khai mạc", "được long trọng tổ chức".
_subject_verb = lazy_regex(
    lambda: (
        rf"""(?:{_ADVERB}{GAP}){{0,3}}
        (?:được{GAP}(?:{_ADVERB}{GAP}){{0,2}}(?:tổ{GAP}chức|{any_of(vocab.SUBJECT_VERBS)})
          |{any_of(vocab.SUBJECT_VERBS)})(?![\w])"""
    )
)


#: The start of a passive organiser: "(đã) được …", "do …".
_passive = lazy_regex(rf"{SP}(?:đã{GAP})?(?:được|do){GAP}")


#: The sitting a verb holds before its day: "tiến hành phiên trù bị, chiều ngày 5/8", "đã
#: họp kỳ thứ 3 từ ngày 14 đến ngày 23/3/2011", "tổ chức kỳ họp thứ 5 từ ngày 4/12 …" (read
#: from "họp": "… họp thứ 5 từ ngày 4/12 …").
_SITTING = (
    rf"(?:(?:phiên|buổi){GAP}(?:họp{GAP})?"
    rf"(?:trù{GAP}bị|khai{GAP}mạc|bế{GAP}mạc|toàn{GAP}thể|làm{GAP}việc|chính{GAP}thức|họp)"
    rf"|(?:kỳ{GAP}(?:họp{GAP})?|phiên{GAP}họp{GAP})(?:thứ{GAP})?\w{{1,6}}|thứ{GAP}\w{{1,6}})"
)


#: A day part and its date: "sáng 28-6", "chiều ngày 14/10/2020".
_PART_DATE = (
    rf"(?P<day_part>{DAY_PART})"
    rf"(?:{GAP}(?:(?:hôm|ngày){GAP})?(?:nay|mai|qua){SP}(?:[(,]|{DASH}){SP}|{GAP})"
    rf"(?:ngày{GAP})?"
    rf"(?P<date>{DATE})"
)

#: The day part of the first day after "từ": "… diễn ra từ chiều (nay) 21/9 đến 23/9".
_FROM_PART = rf"(?:{GAP}(?P<day_part>{DAY_PART})(?:{GAP}nay)?)?"

#: A date after the meeting's name: "… diễn ra sáng 28-6", "… vào chiều 30-9-2021", "…
#: tổ chức Hội nghị sơ kết chiều 14/10/2020" (a day part and its date alone), "…
#: khai mạc vào lúc 8 giờ, ngày 5/1/2017", the days it lasts: "… diễn ra trong (cả) ngày
#: 15/4", "… trong hai ngày 15 và 16/4" (or "15,16/4"), "… trong ngày 27 và 28/9", "… từ
#: ngày 29.6 đến ngày 4.7.2009", "… diễn ra (trong (khoảng) thời gian) từ ngày 1/10/2025",
#: "… diễn ra trong 1 ngày vào 28/7/2025" (a date right after "vào"),
#: a place before the day, in up to three pieces: "… diễn ra tại Hội trường khách sạn Vườn
#: Đào, thị xã Hòn Gai, từ ngày 8 …".
#: (Each first word checks the letter before it once read; :func:`_late_date` tries the
#: pattern only where :data:`_late_verb` finds a first word.)
_late_date_pattern = lazy_regex(
    rf"""(?:diễn(?<![\w]diễn){GAP}ra|vào(?<![\w]vào)|khai(?<![\w]khai){GAP}mạc
          |bế(?<![\w]bế){GAP}mạc|tổ(?<![\w]tổ){GAP}chức|tiến(?<![\w]tiến){GAP}hành
          |họp(?<![\w]họp)|bắt(?<![\w]bắt){GAP}đầu|(?P<lasts>kéo(?<![\w]kéo){GAP}dài))
        (?:{GAP}trọng{GAP}thể)?(?:{GAP}{_SITTING}{SP},?)?
        (?:{GAP}tại[ ][^,.;:\n\d]{{1,60}}?(?:{SP},{SP}[^,.;:\n\d]{{1,40}}?){{0,2}}{SP},?)?
        (?:{GAP}(?P<within>trong){GAP}(?:0?1|một){GAP}ngày{SP},?)?
        (?:{GAP}(?:vào|trong(?:{GAP}khoảng)?{GAP}thời{GAP}gian))?{GAP}
        (?:{_PART_DATE}
          | (?:(?:lúc|hồi){GAP})?
            (?P<time>\d{{1,2}}{SP}(?:giờ|h|g|:)(?:{SP}\d{{2}}(?:{GAP}phút|[′'’])?)?)
            {SP},?{GAP}(?:(?P<day_part>{DAY_PART}){GAP})?(?:{_WEEKDAY}{SP},?{GAP})?
            (?:ngày{GAP})?(?P<date>{DATE})
          | từ{_FROM_PART}(?:{GAP}ngày)?{GAP}{_MONG}(?P<first>\d{{1,2}}){SP}
            (?:{DASH}|đến(?:{GAP}hết)?(?:{GAP}ngày)?){SP}{_MONG}(?P<date>{DATE})
          | từ{_FROM_PART}(?:{GAP}ngày)?{GAP}(?P<first>\d{{1,2}}{SP}[./-]{SP}\d{{1,2}})(?![./-]?\d)
            {SP}(?:{DASH}|đến(?:{GAP}hết)?)(?:{GAP}ngày)?{SP}(?P<date>{DATE})
          | (?P<since>từ){GAP}ngày{GAP}(?P<date>{DATE})(?={SP}(?:[.,;:\n]|tại|với|đến|\Z))
          | (?P<within>trong)(?:{GAP}cả)?{GAP}ngày{GAP}(?P<date>{DATE})
          | (?P<within>trong){GAP}ngày{GAP}{_MONG}(?P<first>\d{{1,2}})(?:{SP},{SP}\d{{1,2}}){{0,3}}
            {SP}(?:{DASH}|và|đến(?:{GAP}hết)?){SP}(?:ngày{GAP})?{_MONG}(?P<date>{DATE})
          | (?(lasts)(?:trong{GAP})?|(?P<within>trong){GAP}){_FEW_DAYS}
            (?P<first>\d{{1,2}}(?:{SP}[/.]{SP}\d{{1,2}})?)(?:{SP},{SP}\d{{1,2}}){{0,3}}
            {SP}(?:{DASH}|và|,|đến(?:{GAP}hết)?){SP}(?:ngày{GAP})?{_MONG}(?P<date>{DATE})
          | (?P<within>các){GAP}ngày{GAP}(?P<first>\d{{1,2}})(?:{SP},{SP}\d{{1,2}}){{0,3}}
            {SP}(?:{DASH}|và|,){SP}(?P<date>{DATE})  # "… vào các ngày 27, 28/11"
          | ngày{GAP}(?P<first>\d{{1,2}}){SP}(?:{DASH}|và|,|đến){SP}(?P<date>{DATE})
          | (?:ngày{GAP}|(?<=vào[ ]))(?P<date>{DATE}))
    | (?<![\w])(?<!đến[ ])(?<!hết[ ]){_PART_DATE}"""
)  # (not the day it lasts until: "Hội nghị diễn ra đến trưa ngày 4/12")


#: The first words of :data:`_late_date_pattern`, where :func:`_late_date` tries it.
_late_verb = lazy_regex(rf"diễn|vào|khai|bế|tổ|tiến|họp|bắt|kéo|{DAY_PART}")


def _late_date(lower: str, start: int, end: int) -> Match | None:
    """The first late date (:data:`_late_date_pattern`) in ``lower[start:end]``."""
    return search_at(_late_verb(), _late_date_pattern(), lower, start, end)


#: A word that puts a meeting in the future: "dự kiến", "sẽ".
_FUTURE_WORD = rf"(?<![\w])(?:dự{GAP}kiến|sẽ)(?![\w])"
#: Words that put the verb of a late date in the future: "dự kiến (sẽ) (được)", "sẽ (được)".
_future = lazy_regex(rf"{_FUTURE_WORD}(?:{GAP}sẽ)?(?:{GAP}được)?{GAP}\Z")
#: How far before the verb the future words may start.
_FUTURE_REACH = 24


def _said_to_come(lower: str, verb: int) -> bool:
    """Whether the words right before ``verb`` say the meeting is to come ("Kỳ họp thứ nhất
    dự kiến diễn ra vào ngày 24/6", "… sẽ được tổ chức ngày 13 đến 15/10/2015")."""
    return _future().search(lower, max(0, verb - _FUTURE_REACH), verb) is not None


#: A meeting held on a day, anywhere in a sentence: "… diễn ra sáng ngày 14/3".
_held_on = lazy_regex(
    rf"""(?<![\w])(?:đã{GAP})?(?:diễn{GAP}ra|khai{GAP}mạc|bế{GAP}mạc)(?:{GAP}vào)?{GAP}
        {_PART_DATE}"""
)


#: A date with its year, perhaps the last day of a range ("9-11/10/2023"), never read
#: inside a longer one ("9-11/10" of "9-11/10/2023" is no date of 2010).
_full_date = lazy_regex(
    rf"(?<![\w/.-])(?:\d{{1,2}}{SP}{DASH}{SP})?(?P<date>{FULL_DATE})(?![/.-]\d)"
)


#: A document number right before a date: the date is the document's ("số 18 ngày …",
#: "18-NQ/TW, ngày …", "30/2020/NĐ-CP ngày …"; not the dates of an anniversary
#: "(21/6/1925-21/6/2023), ngày 18/6").
_cited_before = lazy_regex(r"(?:số[ ]{0,2}:?[ ]{0,2}\d|\d[-/](?:\d{2,4}/)?[^\W\d_])")


#: A meeting that brings a new document to its members ("quán triệt, triển khai Quy định
#: số 162-QĐ/TW, ngày 29/5/2024"): it is held after the document's date.
_disseminate = lazy_regex(lambda: rf"(?<![\w]){any_of(vocab.DISSEMINATE)}(?![\w])")
_later_review = lazy_regex(lambda: rf"(?<![\w]){any_of(vocab.LATER_REVIEWS)}(?![\w])")


@lazy_pattern
def _inner_when() -> Pattern:
    """A day written after a subject, before its verb: "… hôm nay (cũng) tổ chức"."""
    organise = any_of((*vocab.ORGANISE_VERBS, vocab.VERB_NOUN))
    return compile_pattern(
        rf"""\b{_WHEN}{SP},?{GAP}(?:{_ADVERB}{GAP}){{0,3}}(?:{organise}|{_noun()})(?![\w])"""
    )


#: How far into a sentence without a lead the day after its subject may be.
_WHEN_REACH = 200

#: Words one of which every day of :func:`_inner_when` but a date has.
_WHEN_WORDS = ("nay", "qua", "mới")


def _inner_when_at(lower: str, start: int, end: int, digit: bool) -> Match | None:
    """:func:`_inner_when` in ``[start, end)``, searched only when one of its words, or a
    figure (``digit``: one in the sentence), is there, and tried only where a day starts."""
    if not digit and all(lower.find(word, start, end) < 0 for word in _WHEN_WORDS):
        return None
    return search_at(_when_start(), _inner_when(), lower, start, end)


#: The first word of every day of :data:`_WHEN` (where :func:`_inner_when` may match).
_when_start = lazy_regex(
    lambda: rf"hôm|ngày|{DAY_PART}|{any_of({lead.split()[0] for lead in vocab.UNDATED_LEADS})}"
)


#: A figure: every late date has one (a sentence without one is not searched for it).
_digit = lazy_regex(r"\d")

#: A word of a day written without a figure ("Sáng nay", "Chiều hôm sau", "Buổi sáng",
#: "Sáng cùng ngày", "Vừa qua", "mới đây"): a sentence with neither names no day. (No
#: look-behind: the search skips ahead by the words' first letters; a word's end found
#: inside another word only lets a sentence through.)
_day_word = lazy_regex(
    lambda: (
        any_of(
            {
                *(day.split()[-1] for day in (*_RELATIVE_DAYS, *_FOLLOWING_DAYS)),
                *(lead.split()[0] for lead in vocab.UNDATED_LEADS),
                "buổi",
                "cùng",
            }
        )
        + r"(?![\w])"
    )
)


_recent = lazy_regex(r"vừa(?<![\w]vừa)[ ]")  # (the look-behind after the word: a fast search)


#: The next word of a meeting's name, or an abbreviation in parentheses ("Hội đồng nhân dân
#: (HĐND) tỉnh"), perhaps after a comma or a spaced dash ("Kỳ họp thứ 17 - HĐND tỉnh").
_name_token = lazy_regex(
    r"(?P<comma>[ ]{0,3}(?:,|[-–](?=[ ])))?[ ]{1,3}"
    r"(?P<word>\w{1,30}(?:[./&+-]\w{1,30}){0,3}|\((?:\w{1,12}|mở[ ]rộng)\))"
)


#: Words of a name that would otherwise stop it: "sơ kết", "tổng kết", "giao ban".
_name_kept = lazy_regex(lambda: rf"{any_of(vocab.NAME_KINDS)}(?![\w])")
#: ... and those kept only right after the noun: "Hội nghị công bố …" (after a longer name
#: they stop it: "Đại hội … lần thứ XI công bố Ban Chấp hành …").
_name_kind_first = lazy_regex(lambda: rf"{any_of(vocab.NAME_KINDS_FIRST)}(?![\w])")
_congress_at_work = lazy_regex(lambda: rf"{any_of(vocab.CONGRESS_AT_WORK)}(?![\w])")


_name_stop = lazy_regex(lambda: rf"{any_of(vocab.NAME_STOPS)}(?![\w])")


_review = lazy_regex(
    lambda: (
        rf"""(?<![\w])(?:(?P<no>{any_of(vocab.NOT_CUES)})|(?P<edition>{any_of(vocab.EDITIONS)})
        |(?P<review>{any_of(vocab.REVIEW_CUES)})|(?P<regular>{any_of(vocab.REGULAR_CUES)})
        |(?P<weak_review>{any_of(vocab.WEAK_REVIEW_CUES)})|(?P<plan>{any_of(vocab.PLAN_CUES)})
        |(?P<weak_plan>{any_of(vocab.WEAK_PLAN_CUES)}))(?![\w])"""
    )
)


_bridge = lazy_regex(
    r"(?:(?:gần|hơn|trên|khoảng|tổng[ ]số)[ ]{1,3})?(?<![\d.,])"
    r"(?P<count>\d{1,3}(?:\.\d{3}){1,2}|\d{1,6})(?![\d.,]\d)"
    r"(?:[ ]{1,3}(?P<thousands>nghìn|ngàn))?[ ]{1,3}(?:điểm|đầu)[ ]cầu\b"
)


#: What every :func:`_bridge` match ends with, and how far it reads before it.
_bridge_cue = lazy_regex(r"[ ]cầu\b")
_BRIDGE_REACH = (48, 1)


def _bridge_count(bridge: Match) -> int:
    """The count of a :func:`_bridge` match ("1.200 điểm cầu", "21 ngàn điểm cầu")."""
    return int(bridge["count"].replace(".", "")) * (1000 if bridge["thousands"] else 1)


#: A central bridge point, counted with the others named after it: "tại 1 điểm cầu trung
#: tâm (…) và 63 điểm cầu các tỉnh" is 64 points.
_central_bridge = lazy_regex(r"[ ]{1,3}(?:trung[ ]tâm|chính)\b")
#: Points counted by their level ("15 điểm cầu cấp huyện … và 312 điểm cầu cấp cơ sở"): with
#: another count after them, the text gives no total.
_bridge_level = lazy_regex(r"[ ]{1,3}cấp\b")
#: How far after a central bridge point the others may be named.
_OTHER_BRIDGES_REACH = 200


#: Bridge points counted after a television link ("cầu truyền hình cho 08 điểm") or by
#: the provinces they stand in ("kết nối trực tuyến với điểm cầu 63 tỉnh, thành phố").
_linked_points = lazy_regex(
    r"(?:cầu[ ]truyền[ ]hình|kết[ ]nối)[ ]{1,3}(?:cho|tới|đến|với)"
    r"(?:[ ]{1,3}(?:gần|hơn|trên|khoảng))?[ ]{1,3}(?P<count>\d{1,3})[ ]{1,3}điểm\b"
    r"|\b(?:điểm|đầu)[ ]cầu[ ]{1,3}(?:(?:của|tại)[ ]{1,3})?(?:các[ ]{1,3})?"
    r"(?P<count>\d{1,3})[ ]{1,3}(?:tỉnh|địa[ ]phương)\b"
)


#: What every :func:`_linked_points` match holds, and how far it reads around it.
_linked_cue = lazy_regex(r"cầu|kết[ ]nối")
_LINKED_REACH = (8, 64)


def _bridge_points(lower: str, start: int, end: int) -> int | None:
    """The number of bridge points the report in ``[start, end)`` names."""
    if lower.find("cầu", start, end) < 0 and lower.find("điểm", start, end) < 0:
        return None  # (every count of points has one of them: no search of the report)
    bridge = search_near(_bridge_cue(), _bridge(), lower, start, end, _BRIDGE_REACH)
    if bridge is None:
        linked = search_near(_linked_cue(), _linked_points(), lower, start, end, _LINKED_REACH)
        return int(linked["count"]) if linked else None
    count = _bridge_count(bridge)
    by_level = _bridge_level().match(lower, bridge.end()) is not None
    central = _central_bridge().match(lower, bridge.end()) is not None
    if not (by_level or central):
        return count
    reach = min(end, bridge.end() + _OTHER_BRIDGES_REACH)
    others = search_near(_bridge_cue(), _bridge(), lower, bridge.end(), reach, _BRIDGE_REACH)
    if by_level:
        return None if others else count  # the points of each level, and no total
    return count + (_bridge_count(others) if others else 0)


_online = lazy_regex(
    r"(?<!công[ ])\btrực[ ]tuyến\b|\b(?:điểm|đầu)[ ]cầu\b"
    r"|\b(?:hội[ ]nghị|cầu)[ ]truyền[ ]hình\b"
)


#: What every :func:`_online` match holds, and how far it reads around it.
_online_cue = lazy_regex(r"tuyến|cầu|truyền")
_ONLINE_REACH = (16, 24)


def _is_online(lower: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` says the meeting was held online (:data:`_online`), searched
    only when one of its words is there."""
    if all(lower.find(word, start, end) < 0 for word in ("tuyến", "cầu", "truyền hình")):
        return False
    return search_near(_online_cue(), _online(), lower, start, end, _ONLINE_REACH) is not None


#: A chairing verb with its officials before it ("… chủ trì", "… điều hành Hội nghị")
#: or after it ("dưới sự chủ trì của …", "chủ trì hội nghị có đồng chí …").
_chair = lazy_regex(
    r"""(?P<under>(?:dưới|với)[ ]sự[ ](?:đồng[ ])?(?:chủ[ ](?:trì|tọa)|điều[ ]hành)[ ]của)
      | điều[ ]hành(?=[ ]{1,3}(?:hội[ ]nghị|phiên|kỳ[ ]họp|cuộc[ ]họp|đại[ ]hội)(?!\w))
      | (?:dự[ ]và[ ]|cùng[ ])?(?:đồng[ ])?chủ[ ](?:trì|tọa)
        (?P<local>(?:[ ]{1,3}hội[ ]nghị)?(?:[ ]{1,3}tại)?[ ]{1,3}(?:các[ ])?(?:điểm|đầu)[ ]cầu
                  (?![ ]trung[ ]ương))?
        (?P<has>(?:[ ]{1,3}hội[ ]nghị)?(?:[ ]{1,3}tại[ ]{1,3}điểm[ ]cầu[ ]trung[ ]ương)?
                [ ]{1,3}(?:có|gồm)(?:[ ]{1,3}các)?[ ]{1,3}đồng[ ]chí:?)?"""
)


#: What every :func:`_chair` match holds, and how far it reads around it.
_chair_cue = lazy_regex(r"chủ[ ](?:trì|tọa)|điều[ ]hành")
_CHAIR_REACH = (16, 200)


#: The chairing verb and the meeting before the officials who chair it: "Chủ trì Hội nghị
#: có các đồng chí: …", "Đồng chủ trì hội nghị là đồng chí …".
_chaired_first = lazy_regex(
    lambda: (
        rf"""(?:đồng{GAP})?chủ{GAP}(?:trì|tọa){GAP}(?P<noun>{_noun()})(?![\w])
        {GAP}(?:có|gồm|là)(?:{GAP}các)?(?:{GAP}đồng{GAP}chí)?{SP}:?{SP}"""
    )
)


_between_chairs = lazy_regex(
    r"[ ]{0,3}[,;]?[ ]{0,3}(?:và[ ]{1,3})?(?:(?:các[ ])?đồng[ ]chí:?[ ]{1,3}|đ/c[ ]{1,3})?\Z"
)


_SUB_YEAR = (
    PeriodKind.MONTH,
    PeriodKind.QUARTER,
    PeriodKind.HALF_YEAR,
    PeriodKind.FIRST_MONTHS,
    PeriodKind.YEAR,
)
#: The slack of a period after "giao ban", and of one the name alone bears.
_SLACK = {
    PeriodKind[kind]: (datetime.timedelta(days=briefing), datetime.timedelta(days=named))
    for kind, briefing, named in vocab.LABEL_SLACK_DAYS
}
_NUMBER_BEFORE = frozenset(vocab.NUMBER_BEFORE)
_ORGANIZER_NAMES: dict[str, str] = {
    spelled.lower(): name for spelled, name in vocab.ORGANIZER_NAMES
}


#: A full stop that ends a sentence (not "TP. Hồ Chí Minh", not "1.052"), or a line end.
_sentence_end = lazy_regex(r"(?<!\btp)(?<!\bp)[.!?](?=[ \n]|$)|\n")


_stop_candidate = lazy_regex(r"[.!?\n]")


#: A blank line, or a line break after a sentence's end.
_paragraph_end = lazy_regex(r"\n[ ]{0,3}\n|(?<=[.!?…:;\"”'][ ]{0,3})\n")


# -- what the text says a period is to the meeting ------------------------------------------------


class _Cue:
    """What the words before a period say it is: reviewed, planned, or only named."""

    NONE = "none"  # no word at all: the period is part of the meeting's name
    REVIEW = "review"
    WEAK_REVIEW = "weak_review"  # "giao ban": reviewed when held near or after its end
    REGULAR = "regular"  # "thường kỳ tháng 3": the session of the month, reviews it by then
    EDITION = "edition"  # "Hội nghị báo cáo viên quý III": the period is the edition
    PLAN = "plan"
    WEAK_PLAN = "weak_plan"


#: Sessions named in the plural right before a regular cue: other sessions, not this one.
_other_sessions = lazy_regex(lambda: rf"(?<![\w])các[ ]{{1,3}}{_noun()}[ ]{{1,3}}\Z")


def _clause_start(lower: str, start: int, end: int) -> int:
    """Where the last clause of ``[start, end)`` starts: after its last semicolon."""
    return max(start, lower.rfind(";", start, end) + 1)


#: "về" right before a word (the topic of what precedes it).
_about = lazy_regex(r"(?<![\w])về[ ]{1,3}\Z")


def _assessed_plan(lower: str, review: Match, plan: Match) -> bool:
    """Whether the plan word ``plan`` is what the review word ``review`` before it
    assesses: right after "kết quả" or "tình hình" ("kết quả triển khai …"), after "việc"
    ("đánh giá việc triển khai …"), or the noun "kế hoạch" listed by a comma among what
    is assessed, with no "và" on the way ("đánh giá tình hình, kế hoạch …"); not a plan
    after a review that names the meeting ("sơ kết triển khai nhiệm vụ quý I")."""
    between = lower[review.end() : plan.start()]
    if between.strip() == "việc" or (not between.strip() and review.group() in _OUTCOMES):
        return True
    return plan.group() == "kế hoạch" and "," in between and " và " not in between


#: The review words that name what came of a plan: "kết quả triển khai …".
_OUTCOMES = frozenset({"kết quả", "tình hình"})


def _gap_cue(lower: str, start: int, end: int) -> str:
    """The cue of the words in ``[start, end)``: the last strong one, else the last weak one.

    A cue does not reach over a semicolon: the items of a list are clauses of their own
    ("thảo luận về việc thực hiện Nghị quyết …; về kỳ thi năm 2021"). A plan word right
    after "về", once a period is reviewed, is the topic of what is reviewed ("đánh giá
    việc thực hiện Nghị quyết … về kế hoạch … năm 2022": 2022 is reviewed).
    """
    strong = weak = _Cue.NONE
    start = _clause_start(lower, start, end)
    review: Match | None = None  # the last review word
    for found in _review().finditer(lower, start, end):
        if found["review"]:
            strong = _Cue.REVIEW
            review = found
        elif (
            found["regular"]
            and _enumerates(lower, found.end(), end)
            and not _other_sessions().search(lower, max(0, found.start() - 30), found.start())
        ):
            # "thường kỳ tháng 3": the month right after it (not "các kỳ họp thường lệ của
            # năm 2021": other sessions, held in the year)
            strong = _Cue.REGULAR
        elif found["plan"]:
            if (
                strong == _Cue.REVIEW
                and review is not None
                and (
                    _about().search(lower, max(0, found.start() - 8), found.start())
                    or _assessed_plan(lower, review, found)
                )
            ):
                continue  # "tổng kết … Nghị quyết về phương hướng, nhiệm vụ năm 2018": the
                # topic of what is reviewed, not a plan; so is a plan listed with what is
                # assessed ("đánh giá tình hình, kế hoạch phát triển … năm 2014")
            strong = _Cue.PLAN
        elif found["weak_review"]:
            weak = _Cue.WEAK_REVIEW
        elif found["weak_plan"]:
            weak = _Cue.WEAK_PLAN
        elif found["edition"]:
            weak = _Cue.EDITION
    return strong if strong != _Cue.NONE else weak


def _label_reviews(period: Period, day: datetime.date | None, cue: str) -> bool:
    """Whether a period the text only names (or names after "giao ban" or "thường kỳ") is
    reviewed.

    A review meeting reviews a period near or after its end, by the slack of
    ``LABEL_SLACK_DAYS`` (a half-year briefing on 8 June reviews the first half, a
    monthly session in its month's second half reviews the month; a briefing "năm 2022" in June
    does not review 2022). A regular session ("phiên họp thường kỳ tháng 1") names the
    month it is the session of: held on 4 January, it reviews nothing yet. The period of a
    briefing of speakers ("Hội nghị báo cáo viên tháng 9", "… quý III") is its edition,
    never reviewed.
    """
    if cue == _Cue.EDITION or day is None:
        return False  # (without its day, whether it is held near the end is unknown)
    briefing, named = _SLACK.get(period.kind, (datetime.timedelta(), datetime.timedelta()))
    return day >= period.end - (briefing if cue == _Cue.WEAK_REVIEW else named)


#: The periods longer than a year a meeting reviews only when a word sums them up.
_SUMMED_UP_KINDS = (PeriodKind.TERM, PeriodKind.STAGE)


def _cues_of(
    lower: str, start: int, sentence_periods: list[Hit[Period]], end: int
) -> list[tuple[Period, str]]:
    """Each period of the header's clause (up to ``end``) with the cue before it.

    The cue is read between the previous period (or the meeting's noun) and the
    period; a period with no word before it takes the previous period's cue
    ("đánh giá quý I, quý II"). Periods only named, with an assessing word after them and
    no period after that word, are assessed ("Hội nghị Đảng ủy … năm 2023 …, nhằm đánh giá
    kết quả …").
    """
    cues: list[tuple[Period, str]] = []
    previous_end, previous = start, _Cue.NONE
    last = sentence_periods[-1].end if sentence_periods else start
    quotes = [found.span() for found in _quoted().finditer(lower, start, last + 1)]
    for hit in sentence_periods:
        if hit.start < start:
            continue
        if hit.value.kind not in _SUB_YEAR:
            if (
                hit.value.kind in _SUMMED_UP_KINDS
                and not _document_topic(lower, previous_end, hit.start, quotes)
                and (
                    _summed_up(lower, previous_end, hit.start)
                    or (previous == _Cue.REVIEW and _enumerates(lower, previous_end, hit.start))
                )
            ):
                # "tổng kết nhiệm kỳ 2016 - 2021", "sơ kết 5 năm …, giai đoạn 2019 - 2024",
                # "tổng kết công tác năm 2020 và nhiệm kỳ 2016 - 2020"
                cues.append((hit.value, _Cue.REVIEW))
                previous_end, previous = hit.end, _Cue.REVIEW
            elif hit.value.kind is PeriodKind.STAGE and _launches_stage(lower, previous_end, hit):
                # "… triển khai nhiệm vụ năm 2017 và Kế hoạch đầu tư công trung hạn giai
                # đoạn 2016-2020": a stage launched is planned
                cues.append((hit.value, _Cue.PLAN))
                previous_end, previous = hit.end, _Cue.PLAN
            continue
        if (
            _named_as_horizon(lower, hit.start)
            or inside(quotes, hit.start)
            or _since_before(lower, hit.start)
        ):
            continue  # "đến năm 2030, tầm nhìn đến năm 2045": a horizon, not the meeting's
            # period; nor is one inside a quoted theme ("với chủ đề: “… vào năm 2030”"), nor
            # the start of a span ("từ tháng 11/2024 đến tháng 7/2025")
        cue = _gap_cue(lower, previous_end, hit.start)
        if cue == _Cue.NONE and cues:
            if not _enumerates(lower, previous_end, hit.start):
                continue  # "… tháng 3, khi nền kinh tế đi qua quý I": another clause's period
            cue = previous
        if cue == _Cue.NONE and _years_after().match(lower, hit.end):
            cue = _Cue.PLAN  # "… trong năm 2022 và những năm tiếp theo": looks ahead
        cues.append((hit.value, cue))
        previous_end, previous = hit.end, cue
    if cues and previous == _Cue.NONE and _gap_cue(lower, previous_end, end) == _Cue.REVIEW:
        return [(period, _Cue.REVIEW) for period, _ in cues]
    return cues


@lazy_pattern
def _document_type() -> Pattern:
    """A document's type word ("nghị quyết", "kết luận", "đề án" …)."""
    words = {
        spelling
        for row in vocab.DOC_TYPES
        for spelling in (row.label.lower(), *row.spellings)
        if " " in spelling  # (the words, not the initials: "nq" may be anything's)
    }
    return compile_pattern(rf"(?<![\w])(?:{alternation(words)})(?![\w])")


#: How far before a stage its document's type word and "về" are looked for.
_TOPIC_REACH = 300


def _document_topic(
    lower: str, start: int, stage_start: int, quotes: list[tuple[int, int]]
) -> bool:
    """Whether the stage or term at ``stage_start`` is the topic of a document named before
    it in its clause, after "về", perhaps inside quotes ("tổng kết 10 năm thực hiện Nghị
    quyết số 765 … về nâng cao chất lượng huấn luyện giai đoạn 2013 - 2020"): what the
    document is about, not a stretch the meeting sums up (as one a comma sets after the
    topic is: "sơ kết 5 năm thực hiện Chỉ thị 05 về …, giai đoạn 2019 - 2024")."""
    start = _clause_start(lower, max(start, stage_start - _TOPIC_REACH), stage_start)
    about = lower.rfind(" về ", start, stage_start)
    return (
        about >= 0
        and _document_type().search(lower, start, about) is not None
        and (inside(quotes, stage_start) or not lower[about:stage_start].rstrip().endswith(","))
    )


#: The years after a period, which make it one looked ahead to: "(năm 2022) và những năm
#: tiếp theo".
_years_after = lazy_regex(r"[ ]{0,3}(?:,|và)[ ]{1,3}(?:những|các)[ ]{1,3}năm[ ]{1,3}tiếp[ ]theo")


#: How far a planning word may stand before the stage it launches.
_STAGE_PLAN_REACH = 80


def _launches_stage(lower: str, start: int, stage: Hit[Period]) -> bool:
    """Whether a planning word close before ``stage`` (no number between: not the stage of
    a cited document's subject, "Nghị quyết số 19-NQ/TW … giai đoạn 2021-2030") launches it."""
    gap_start = max(start, stage.start - _STAGE_PLAN_REACH)
    gap = lower[gap_start : stage.start]
    return not any(char.isdigit() for char in gap) and (
        _gap_cue(lower, gap_start, stage.start) == _Cue.PLAN
    )


#: Words that sum up a term or a stage: "(kỳ họp) tổng kết nhiệm kỳ 2016 - 2021", "sơ kết
#: giữa nhiệm kỳ …, nhiệm kỳ 2020 - 2025", "đánh giá nhiệm kỳ …" (as a header is written
#: back), "sơ kết 5 năm thực hiện …, giai đoạn 2019 - 2024".
_term_summary = lazy_regex(r"(?<![\w])(?:tổng[ ]kết|sơ[ ]kết|đánh[ ]giá)(?![\w])")


def _summed_up(lower: str, start: int, end: int) -> bool:
    """Whether a term or a stage after ``[start, end)`` is summed up there (not over a
    semicolon), and is not the term of a congress named after the summing word ("tổng kết
    công tác tổ chức Đại hội … lần thứ X, nhiệm kỳ 2020 - 2025" sums up the congress's
    preparations; "sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội …, nhiệm kỳ 2020 -
    2025" the term) or of the bodies an election or their personnel named after it elects
    or staffs ("tổng kết công tác bầu cử … đại biểu HĐND các cấp nhiệm kỳ 2021-2026",
    "đánh giá cán bộ tham gia cấp ủy … nhân sự … nhiệm kỳ 2025-2030": ``TERM_OF_BODIES``)."""
    summary = _term_summary().search(lower, _clause_start(lower, start, end), end)
    if summary is None or any(
        lower.find(word, summary.end(), end) >= 0 for word in vocab.TERM_OF_BODIES
    ):
        return False  # (an election or a staffing names the term of the bodies it fills)
    congress = lower.find("đại hội", summary.end(), end)
    return (
        congress < 0
        or _of_a_resolution().search(lower, max(0, congress - 12), congress) is not None
    )


#: "Nghị quyết" right before a congress: its resolution, carried out over the term.
_of_a_resolution = lazy_regex(r"nghị[ ]quyết[ ]{1,3}\Z")


#: The most words between two periods of one enumeration ("tháng 3 và quý I", "quý III,
#: quý IV", "tháng 11 và 11 tháng"): more make a clause of their own.
_ENUMERATION_WORDS = 2


def _enumerates(lower: str, start: int, end: int) -> bool:
    """Whether the words in ``[start, end)`` only join two periods of one enumeration."""
    return len(lower[start:end].split(maxsplit=_ENUMERATION_WORDS)) <= _ENUMERATION_WORDS


def _split_periods(
    cues: list[tuple[Period, str]], day: datetime.date | None
) -> tuple[tuple[Period, ...], tuple[Period, ...]]:
    """Reviewed and planned periods, each once, in text order."""
    reviewed: list[Period] = []
    planned: list[Period] = []
    for period, cue in cues:
        if cue in (_Cue.PLAN, _Cue.WEAK_PLAN):
            target = planned
        elif day is not None and period.start > day:
            if cue not in (_Cue.REVIEW, _Cue.REGULAR):
                continue
            target = planned  # a period that has not begun is not assessed: it is planned
        elif period.kind is PeriodKind.STAGE and day is not None and period.end.year > day.year:
            continue  # "sơ kết 3 năm … giai đoạn 2021-2025" in 2024 reviews a part of it
        elif cue == _Cue.REVIEW or _label_reviews(period, day, cue):
            target = reviewed
        else:
            continue
        if period not in target:
            target.append(period)
    return tuple(reviewed), tuple(planned)


def _role(cue: str) -> str:
    if cue in (_Cue.REVIEW, _Cue.WEAK_REVIEW, _Cue.REGULAR):
        return "reviewed"
    if cue in (_Cue.PLAN, _Cue.WEAK_PLAN):
        return "planned"
    return ""


# -- reading --------------------------------------------------------------------------------------


@attrs.frozen
class _Header:
    meeting: Meeting
    start: int
    end: int  # end of the lead sentence (the mention)
    region_end: int  # end of the text the header's fields were read from


def hits(context: DocumentContext) -> list[Hit[Meeting]]:
    """All meeting headers of a document, in normalised coordinates (computed once).

    A header whose year cannot be known is kept with ``date=None`` (a year is never guessed).
    """

    def compute() -> list[Hit[Meeting]]:
        return [Hit(h.meeting, h.start, h.end) for h in _headers(context)]

    return context.memo("meetings", compute)


@attrs.frozen
class _Subject:
    """Who held the meeting (organisers, chairs named first) and where its noun is."""

    organizers: tuple[str, ...]
    chairs: tuple[Official, ...]
    noun_start: int
    noun_end: int
    name_end: int | None = None  # set when the name runs up to the verb ("Hội nghị … khai mạc")
    recent: bool = False  # "vừa tổ chức": a report's lead even without a date
    verb: bool = False  # an organising verb ("tổ chức", "họp") after the organisers
    known: bool = True  # every organiser is an organ of the vocabulary or an open body
    when: Match | None = None  # the day written after the subject ("… hôm nay tổ chức")
    nameless_chair: bool = False  # "Thủ tướng chủ trì …": a chair named by office alone
    attended: bool = False  # "… dự và chỉ đạo Hội nghị …": an official who attends, no chair


@attrs.frozen
class _Lead:
    """The part of a header read first: lead, subject, sentence bounds."""

    day_part: str | None
    date: str | None  # the written date (lead or late date), if any
    relative: str | None
    first_day: str | None  # the first day of a range lead ("từ 14 - 16/10")
    same_day: bool  # "Sáng cùng ngày": the previous header's day
    subject: _Subject
    start: int
    end: int
    dayless: bool = False  # read only as a report that names no day ("Tỉnh ủy tổ chức …")
    opening: int | None = None  # where the report opens, when before the header's sentence

    @property
    def dated(self) -> bool:
        """Whether the lead names a day (a date, a relative day, a day part, "cùng ngày")."""
        return bool(self.date or self.relative or self.day_part or self.same_day)


#: How far from the text's start a line without a day may be its first report.
_DAYLESS_REACH = 1500

#: How far before its meeting noun a lead sentence may start.
_LEAD_REACH = 600
#: How far before a review held without a meeting noun ("… tổ chức sơ kết") its lead
#: sentence may start: its organisers come right before it, after a dated lead.
_REVIEW_REACH = 160
_REVIEW_EVENTS = frozenset(vocab.REVIEW_EVENTS)


def _headers(context: DocumentContext) -> list[_Header]:
    leads: list[_Lead] = []
    lower = context.norm.lower
    done = 0
    tried: set[int] = set()  # line and sentence starts already read
    top_lines: set[int] = set()  # leads read as the text's first report, without a day
    line_start, scanned = 0, 0  # the line start of the text up to ``scanned``
    sentences = _sentence_starts(context)
    text = context.norm.text
    opening = len(text) - len(text.lstrip())
    nouns = list(context.norm.word_starts(_noun_anchor()))
    for noun in nouns:
        review = collapse(noun.group()) in _REVIEW_EVENTS  # read only after a dated lead
        reach = _REVIEW_REACH if review else _LEAD_REACH
        line_start = lower.rfind("\n", scanned, noun.start()) + 1 or line_start
        scanned = noun.start()
        if noun.start() < done or _is_headline(text, line_start, opening):
            continue
        # The line's start, or the start of the noun's sentence inside the line.
        index = bisect.bisect_right(sentences, noun.start()) - 1
        sentence = sentences[index] if index >= 0 and sentences[index] > line_start else None
        # a body just elected holds its first session ("… khóa XVII tổ chức Hội nghị lần
        # thứ nhất"), which a congress report names without a day, in a sentence or a line
        first = _first_session().search(lower, noun.end(), noun.end() + 24) is not None
        for start in (_wrapped_line(lower, line_start), line_start, sentence):
            if start is None or start < done or noun.start() - start > reach:
                continue
            if start in tried or (review and not _opens_with_lead(lower, start)):
                continue
            tried.add(start)
            # Without a day, a line reports a meeting only as the text's first header, at
            # its top (a later line recalls what was done); a sentence inside a line only
            # after "Tiếp đó"; either one when it names a first session.
            sequel = _sequel().match(lower, start) is not None
            if start == sentence:
                dayless = (
                    sequel
                    or first
                    or (not leads and start < _DAYLESS_REACH and _opens_with_chair(context, start))
                )
            else:  # (a line, as a sentence, may open with "Tiếp đó" or "Trước đó")
                dayless = (not leads and start < _DAYLESS_REACH) or first or sequel
            read = _read_header_at(context, start, dayless=dayless, inside=start == sentence)
            if read is not None and leads and _recaps(lower, read):
                read = None
            if read is not None and _glued_lead_inside(context, read.start, read.end):
                read = None  # a headline the report's lead is glued to
            if read is not None:
                if read.dayless and start != sentence and not (first or sequel):
                    top_lines.add(len(leads))
                leads.append(read)
                done = read.end
                break
    # A line at the top that names no day sums up (or captions) the report whose dated
    # lead follows: only an article without a dated lead is reported by it (a lead of a
    # meeting to come reports another: "Đại hội sẽ diễn ra trong 2 ngày (27 - 28/8)").
    if any(lead.dated and not _to_come(lower, lead) for lead in leads):
        leads = [lead for index, lead in enumerate(leads) if index not in top_lines]
    if not leads:
        fallback = _held_on_header(context, nouns)
        leads = [fallback] if fallback is not None else []
    limits = [lead.start for lead in leads[1:]] + [len(lower)]
    for index in range(len(leads) - 2, -1, -1):
        # the report after the lead written again, perhaps after a line of the same day
        for later in range(index + 1, min(index + 1 + _RESTATE_REACH, len(leads))):
            if leads[later].date != leads[index].date:
                break
            if _restates(lower, leads[index], leads[later]):
                limits[index] = limits[later]
                break
    headers: list[_Header] = []
    for index, lead in enumerate(leads):
        previous = headers[-1] if headers else None
        headers.append(_complete(context, lead, limits[index], previous))
    return headers


#: How many characters of two meetings' names must agree for a lead to be written again.
_RESTATED_NAME = 40
#: How many leads on a lead's repeat is looked for (one other line of the day between).
_RESTATE_REACH = 2


def _restates(lower: str, lead: _Lead, following: _Lead) -> bool:
    """Whether ``following`` writes ``lead`` again (a page that repeats its sapo in the
    body: the same written day and the same meeting), so that the report after it is
    the report of both (the repeat may come after one other line of the same day)."""
    first, second = lead.subject.noun_start, following.subject.noun_start
    return (
        lead.date is not None
        and lead.date == following.date
        and lower[first : first + _RESTATED_NAME] == lower[second : second + _RESTATED_NAME]
    )


_coming = lazy_regex(_FUTURE_WORD)


def _to_come(lower: str, lead: _Lead) -> bool:
    """Whether the sentence of ``lead`` reports a meeting to come ("sẽ", "dự kiến")."""
    return _coming().search(lower, lead.start, lead.end) is not None


def _opens_with_lead(lower: str, start: int) -> bool:
    """Whether a dated lead opens the line or sentence at ``start``."""
    return _lead_pattern().match(lower, _after_indent(lower, start)) is not None


def _after_indent(lower: str, start: int) -> int:
    """Where the line or sentence at ``start`` starts after its indent."""
    indent = _indent().match(lower, start)
    return indent.end() if indent else start


def _recaps(lower: str, lead: _Lead) -> bool:
    """Whether a lead's sentence, after the article's first header, recaps: what the
    meeting does once held (:func:`_reports_business`), or what was done over a whole
    month ("Trong tháng 8 năm 2020, Thường trực HĐND huyện tổ chức thành công kỳ họp thứ
    10 …; phối hợp …": a lead that names a month, not a day)."""
    month = not lead.dated and lower.startswith(vocab.MONTH_LEADS, lead.start)
    return month or _reports_business(lower, lead)


def _reports_business(lower: str, lead: _Lead) -> bool:
    """Whether a lead's sentence, after the article's first header, reports what the
    meeting named as its subject does once held, not that it is held ("Cũng trong ngày
    27/2, Hội nghị đã nghe …", "Trong hai ngày 26 và 27/11, Hội nghị tập trung thảo luận
    …"); a session continued is ("Tiếp tục chương trình làm việc, sáng nay, Đại hội thảo
    luận …")."""
    subject = lead.subject
    return (
        not (subject.organizers or subject.chairs or subject.verb)
        and subject.name_end is not None
        and _business().match(lower, subject.name_end) is not None
        and not lower.startswith(vocab.CONTINUED_LEADS, lead.start)
        and not _closes_later(lower, subject.name_end, lead.end)  # "… và bế mạc"
    )


#: What a meeting does once held, right after its name ("đã thảo luận", "đã (tiến hành) bầu"),
#: perhaps after its term ("… lần thứ XI, nhiệm kỳ 2022 - 2027 công bố …").
_business = lazy_regex(
    lambda: (
        rf"(?:{organ_term().pattern})?{SP}(?:{_ADVERB}{GAP}){{0,3}}(?:tiến{GAP}hành{GAP})?"
        rf"{any_of(vocab.BUSINESS_VERBS)}(?![\w])"
    )
)


#: The longest line read as a headline (:func:`_is_headline`).
_HEADLINE_LENGTH = 200
#: What ends a line that closes a sentence: a headline has none of them at its end.
_SENTENCE_CLOSERS = tuple(".:;!?…\"”’')]")


#: The number a page gives a photo at the end of its caption: "… - ảnh 1", "– Ảnh 2".
_photo_number = lazy_regex(r"[-–][ ]{1,3}(?i:ảnh)[ ]{1,3}\d{1,2}\Z")


def _is_headline(text: str, line_start: int, opening: int) -> bool:
    """Whether the line at ``line_start`` is a headline, a caption or a heading, which
    reports no meeting of its own (the body's lead does): a short line that ends no
    sentence, the text's first or followed by a blank line, before a line that does
    not go on in lower case (as a page that wraps its paragraphs does), e.g. "Sáng nay
    (6-12) khai mạc kỳ họp HĐND tỉnh lần thứ 9" above its report. ``opening``: where the
    text's first word starts."""
    line_end = text.find("\n", line_start, line_start + _HEADLINE_LENGTH + 1)
    if line_end < 0:
        return False  # a long line, or the text's last
    line = text[line_start:line_end].rstrip(" ")
    if _photo_number().search(line):
        return True  # a photo's caption: "… chính thức khai mạc - ảnh 1"
    if line.endswith(")") and "(" in line:  # "… lần thứ X (nhiệm kỳ 2019-2024)": its words
        line = line[: line.rindex("(")].rstrip(" ")
    if line.endswith(_SENTENCE_CLOSERS) or not line:
        return False
    if _dated_opening().match(text, line_start, line_end):
        return False  # "Ngày 28/01/2026, … tổ chức Hội nghị …": a report's lead, unpunctuated
    after = text[line_end + 1 : line_end + 41].lstrip(" ")
    first_line = line_start <= opening  # no text before the line
    if not (first_line or after.startswith("\n")):
        return False  # a line inside a paragraph
    following = after.lstrip(" \n")
    return bool(following) and not following[0].islower()


#: A lead with its date (perhaps without the year) and a comma or the place: headlines do
#: not open so ("Sáng 24/7, HĐND thị xã … bế mạc kỳ họp thứ 13", "Sáng ngày 5/10 tại …,
#: đã diễn ra đại hội …" are a report's leads, unpunctuated), even after the place the
#: page files it under in capitals ("ĐỒNG NAI: Ngày 5/10 Liên đoàn … tổ chức Đại hội …").
_dated_opening = lazy_regex(
    rf"[ ]{{0,3}}(?:{UPPER}(?:[ ]?{UPPER}){{1,30}}:[ ]{{1,3}})?"
    rf"(?i:(?:(?:(?:buổi[ ]{{1,3}})?{DAY_PART}|hôm[ ]{{1,3}}nay)[ ]{{1,3}})?"
    rf"(?:ngày[ ]{{1,3}})?"
    rf"(?:{FULL_DATE}|\d{{1,2}}{SP}[/.-]{SP}\d{{1,2}}(?![\d/.-])){SP})(?:,|(?i:tại)[ ]|[ ]{UPPER})"
)


#: The piece of a lead a page breaks off on a line of its own ("Sáng ngày\n7/6/2021, …").
_wrapped_lead = lazy_regex(
    rf"[ ]{{0,3}}(?:buổi[ ]{{1,3}})?{DAY_PART}(?:[ ]{{1,3}}ngày)?[ ]{{0,3}}\n"
)
#: The longest such piece.
_WRAPPED_REACH = 24


def _wrapped_line(lower: str, line_start: int) -> int | None:
    """The start of the line before ``line_start`` when it holds only the first words of a
    lead broken over two lines, else ``None``."""
    if line_start == 0:
        return None
    low = max(0, line_start - _WRAPPED_REACH)
    newline = lower.rfind("\n", low, line_start - 1)
    previous = newline + 1 if newline >= 0 else (0 if low == 0 else None)
    if previous is None or not _wrapped_lead().fullmatch(lower, previous, line_start):
        return None
    return previous


def _read_header_at(
    context: DocumentContext, start: int, dayless: bool = True, inside: bool = False
) -> _Lead | None:
    """Read a header that starts a line (or a sentence) at ``start``: a lead first, or a
    subject with a day after it, perhaps after an introductory clause ("Thực hiện Kế
    hoạch …, sáng 5/4, …", "Sau hai ngày (18-19/7) làm việc, Hội nghị … bế mạc chiều 19/7")
    or reported speech ("Bí thư Tỉnh ủy cho biết, Hội nghị … diễn ra từ ngày 9.1 …").

    ``dayless``: a sentence that names no day may be a header ("Ban Bí thư, Ban Tuyên giáo
    Trung ương tổ chức Hội nghị …", "Sau đó, Ban Chấp hành … họp phiên thứ nhất.").
    ``inside``: a sentence inside a line, read only when it opens with a lead, "Tiếp đó",
    an introductory clause, or the meeting with its hour or day part after it, or when the
    caller found it may name no day (``dayless``: after "Tiếp đó", or a first session).
    """
    lower = context.norm.lower
    start = _after_indent(lower, start)
    lead = _lead_pattern().match(lower, start)
    if lead is not None:
        read = _read_after_lead(context, lead)
        if read is not None or _introduction().match(lower, lead.start("lead")) is None:
            return read
        # (an introduction read as a relative day: "Qua 2 ngày làm việc …, chiều 14/8, …")
    prefix = _agency_prefix().match(lower, start, min(len(lower), start + 60))
    if prefix is not None and prefix.end() > start and _officials_at(context, start):
        prefix = None  # a person and a dash ("Trần Văn A - Bí thư Tỉnh ủy"), not an agency
    position = prefix.end() if prefix else start
    sequel = _sequel().match(lower, position)
    position = sequel.end() if sequel else position
    sentence_end = _sentence_end_after(lower, position)
    digit = _digit().search(lower, position, sentence_end) is not None
    if not (dayless or digit or _day_word().search(lower, position, sentence_end)):
        return None  # (the cheap test first: most sentences near a meeting name no day)
    clauses = _clauses_after_introduction(lower, position, sentence_end) or _clauses_after_place(
        context.norm, position, sentence_end
    )
    reported = None if clauses else _reported_speech(lower, position, sentence_end)
    if reported is not None:  # reported speech names its day, perhaps after an introduction
        clauses = _clauses_after_introduction(lower, reported.end(), sentence_end)
        clauses, dayless = clauses or [reported.end()], False
    if inside and not (
        sequel or clauses or _opens_with_timed_meeting(lower, position, sentence_end) or dayless
    ):
        return None
    for clause in clauses:
        lead = _lead_pattern().match(lower, clause)
        if lead is not None and (
            lead["day_part"] or not _cited_before().search(lower, max(0, clause - 30), clause)
        ):
            # (not "Thực hiện Nghị quyết số 18, ngày 25-10-2017, …": the document's date; a
            # day part is the meeting's: "Thực hiện Kế hoạch số 12-KH/TU, sáng 5/4, …")
            read = _read_after_lead(context, lead)
            if read is not None:
                return attrs.evolve(read, start=position)
            # (a range the subject before it lasts: "…, Đại hội … diễn ra trong 3 ngày, từ
            # ngày 26 đến 28/10 tại …" is read from the subject)
            break
    if not dayless and not (
        (digit and _late_date(lower, position, sentence_end))
        or _recent().search(lower, position, sentence_end)
        or _inner_when_at(lower, position, min(sentence_end, position + _WHEN_REACH), digit)
    ):
        return None  # no day after the name, no "vừa tổ chức": no header here
    for clause in (position, *clauses):
        read = _read_dayless_at(context, clause, dayless)
        if read is not None:
            return attrs.evolve(read, start=position)
    return None


_indent = lazy_regex(INDENT)


def _opens_with_timed_meeting(lower: str, position: int, end: int) -> bool:
    """Whether the sentence at ``position`` opens with the meeting and gives its hour or
    day part after it ("Hội nghị khai mạc vào lúc 8 giờ, ngày 5/1/2017 …"), the days it
    lasts ("Đại hội diễn ra trong 2 ngày 12-13/7/2025", "… diễn ra từ ngày 02 - 03/10"), or
    the day it will be held ("Kỳ họp thứ hai dự kiến diễn ra vào ngày 14/7")."""
    if _noun_at().match(lower, position) is None:
        return False
    late = _late_date(lower, position, end)
    return late is not None and bool(
        late["time"] or late["day_part"] or late["first"] or _said_to_come(lower, late.start())
    )


def _read_dayless_at(context: DocumentContext, position: int, dayless: bool) -> _Lead | None:
    """A header without a lead at ``position``: a day after its subject or its name, a
    recent report ("vừa tổ chức"), or (``dayless``) a report that names no day."""
    lower = context.norm.lower
    subject = _read_subject(context, position)
    if subject is None:
        return None
    end = _sentence_end_after(lower, subject.noun_end)
    late = (
        _late_date(lower, subject.noun_start, end)  # (the noun may be "họp")
        if _digit().search(lower, subject.noun_end, end)
        else None
    )
    if late is not None and _closing_scheduled(lower, position, subject.noun_end, late.end()):
        return None
    if late is not None and (
        subject.organizers
        or any(late[name] for name in ("day_part", "first", "within", "lasts", "time", "since"))
        or _said_to_come(lower, late.start())
        or _report_ends().match(lower, late.end())
    ):
        # "Hội nghị Trung ương 8 diễn ra ngày 2-10-2023 đã …" recalls a past meeting;
        # a report names its day part or its days: "Hội nghị … diễn ra sáng 28-6",
        # "Đại hội … diễn ra từ 14 - 16/10", "Kỳ họp diễn ra trong cả ngày 15/4", or ends
        # with its day: "Hội nghị … diễn ra ngày 31-12-2023."; a future one says so: "Kỳ
        # họp thứ nhất dự kiến diễn ra vào ngày 24/6".
        day_part, date, first = late["day_part"], late["date"], late["first"]
        return _Lead(day_part, date, None, first, False, subject, position, end)
    when = subject.when
    if when is not None and (when["when_date"] or when["when_relative"]):
        # "Huyện ủy X hôm nay đã tổ chức hội nghị …": the day after the subject.
        day_part = when["when_part"] or when["when_dated_part"]
        date, relative = when["when_date"] or when["when_rdate"], when["when_relative"]
        return _Lead(day_part, date, relative, None, False, subject, position, end)
    if not (subject.organizers or subject.chairs or subject.nameless_chair or subject.recent):
        if dayless and position < _OPENING_REACH and _opens_or_closes(lower, subject, end):
            return _Lead(None, None, None, None, False, subject, position, end, dayless=True)
        return None
    if subject.recent or when is not None:
        # "Ban Tổ chức Tỉnh ủy vừa tổ chức Hội nghị …": a report whose day is not given.
        return _Lead(None, None, None, None, False, subject, position, end)
    if dayless and _reports_without_day(lower, subject, end):
        return _Lead(None, None, None, None, False, subject, position, end, dayless=True)
    return None


#: A meeting's closing ("bế mạc", "kết thúc"), and as a schedule says it: "dự kiến bế mạc",
#: "sẽ kết thúc".
_CLOSING = rf"(?<![\w])(?:bế{GAP}mạc|kết{GAP}thúc)(?![\w])"
_closing = lazy_regex(_CLOSING)
_closing_to_come = lazy_regex(rf"{_FUTURE_WORD}{GAP}{_CLOSING}")
_by_the_programme = lazy_regex(rf"(?<![\w])theo{GAP}(?:chương{GAP}trình|kế{GAP}hoạch){SP},{SP}\Z")


def _closing_scheduled(lower: str, position: int, noun_end: int, end: int) -> bool:
    """Whether the sentence at ``position`` gives the day a meeting will close, as its
    programme has it ("Theo chương trình, Đại hội kết thúc vào ngày 31-12-2022", "Hội nghị
    dự kiến bế mạc vào ngày 12-5"): a schedule of a meeting reported, no header."""
    if _closing_to_come().search(lower, noun_end, end):
        return True
    programme = _by_the_programme().search(lower, max(0, position - 24), position)
    return programme is not None and _closing().search(lower, noun_end, end) is not None


#: What may follow the day of a report that ends with it: the sentence's end, a place,
#: who attends or chairs, what it is held for, or the day it closes ("… diễn ra ngày
#: 31-12-2023 tại Hội trường tỉnh.", "… ngày 29/7, có sự tham dự của …", "… dưới sự chủ
#: trì của …", "… vào ngày 19/5 để chuẩn bị …", "… khai mạc vào ngày 20/10/2016 và bế mạc
#: vào ngày 22/11/2016").
_report_ends = lazy_regex(
    rf"{SP}(?:[.;!?\n]|\Z|,?{SP}(?:tại|(?:với|có|dưới){GAP}sự|để|nhằm|và{GAP}{_CLOSING})(?![\w]))"
)


#: A word that opens an introductory clause: "Thực hiện …", "Theo …", "Sau …".
_introduction = lazy_regex(lambda: rf"{any_of(vocab.INTRODUCTIONS)}(?![\w])")


_clause_break = lazy_regex(r"[ ]{0,3}[,;][ ]{1,3}")


#: How many clauses an introductory clause may run over ("Sau hai ngày làm việc khẩn
#: trương, nghiêm túc, dân chủ, Hội nghị …"), and how far.
_INTRODUCTION_CLAUSES = 8
_INTRODUCTION_REACH = 400


#: A clause of reported speech up to its comma or colon: "Bí thư Tỉnh ủy Lê Văn A cho
#: biết, ", "… Hội Nông dân Việt Nam cho biết: ".
_reported = lazy_regex(
    lambda: rf"[^.;:!?\n]{{1,200}}?(?<![\w]){any_of(vocab.REPORTING_VERBS)}[ ]{{0,3}}[,:][ ]{{1,3}}"
)


#: The same clause with no comma after its verb, read only when a dated lead follows it:
#: "Văn phòng Quốc hội cho biết từ ngày 12 đến 16-8, phiên họp thứ 36 … sẽ diễn ra …".
#: (Neither is read in a sentence that opens at a meeting or a speech, ``PLACE_OPENINGS``.)
_reported_bare = lazy_regex(lambda: rf"(?<![\w]){any_of(vocab.REPORTING_VERBS)}[ ]{{1,3}}")
_clause_marks = lazy_regex(r"[.;:!?\n]")


def _reported_speech(lower: str, position: int, end: int) -> Match | None:
    """The clause of reported speech that opens the sentence at ``position`` (searched only
    when one of its verbs is in reach)."""
    reach = min(end, position + 240)
    if all(lower.find(verb, position, reach) < 0 for verb in vocab.REPORTING_VERBS):
        return None
    if _place_opening().match(lower, position) is not None:
        return None  # (said at a meeting: "Phát biểu tại hội nghị, X cho biết, Đại hội …
        # diễn ra từ …" reports the speech, not the meeting it tells of)
    found = _reported().match(lower, position, end)
    if found is not None:
        return found
    mark = _clause_marks().search(lower, position, reach)  # (the verb stands before it)
    for bare in _reported_bare().finditer(lower, position, mark.start() if mark else reach):
        if _lead_pattern().match(lower, bare.end()) is not None:
            return bare  # "… vừa có thông báo cho biết từ ngày 3 đến 5/9, …"
    return None


def _clauses_after_introduction(lower: str, position: int, sentence_end: int) -> list[int]:
    """Where the clauses after an introductory clause at ``position`` start (none when the
    sentence opens with no introduction)."""
    if _introduction().match(lower, position) is None:
        return []
    return _clause_starts(lower, position, sentence_end)


def _clauses_after_place(norm: NormalizedText, position: int, sentence_end: int) -> list[int]:
    """Where the clauses after a place that opens the sentence at ``position`` start ("Tại
    Hà Nội, Hội đồng … vừa tổ chức Hội nghị …", "Tại trụ sở Bộ …, sáng 9/1, …"); none when
    it opens with no place, or with a meeting as the place of something else ("Tại Hội
    nghị, …")."""
    place = _place_not_a_meeting(norm.lower, position)
    if place is None or not (
        norm.text[place.end() : place.end() + 1].isupper()
        or _place_piece().match(norm.lower, place.end())
    ):
        return []
    return _clause_starts(norm.lower, position, sentence_end)


def _place_not_a_meeting(lower: str, position: int) -> Match | None:
    """The place clause at ``position`` ("tại …"), unless its place is a meeting, the place
    of something else ("Tại Hội nghị, …", "tại kỳ họp sẽ diễn ra phiên chất vấn …")."""
    place = _place_clause().match(lower, position)
    return None if place is None or _noun_at().match(lower, place.end()) else place


def _clause_starts(lower: str, position: int, sentence_end: int) -> list[int]:
    """Where the clauses after the one at ``position`` start, up to the reach of an
    introduction; a comma inside quotes breaks none ("Với chủ đề “Đoàn kết, đổi mới”, sáng
    24/6, …") but the one that closes them does ("… phương châm “Đoàn kết - Đổi mới,”
    chiều 15/10, …"), and the quoted words do not count against the reach."""
    quotes: list[Match] = list(_quoted().finditer(lower, position, sentence_end))
    quoted = sum(found.end() - found.start() for found in quotes)
    limit = min(sentence_end, position + _INTRODUCTION_REACH + quoted)
    breaks = [
        found.end()
        for found in _clause_break().finditer(lower, position, limit)
        if not any(quote.start() < found.start() < quote.end() for quote in quotes)
    ]
    breaks += [  # the comma written before the closing quote
        _after_indent(lower, quote.end())
        for quote in quotes
        if quote.end() < limit and lower[quote.end() - 2] == ","
    ]
    return sorted(set(breaks))[:_INTRODUCTION_CLAUSES]


_quoted = lazy_regex(r'“[^”\n]{0,600}”|"[^"\n]{0,600}"')


def _reports_without_day(lower: str, subject: _Subject, end: int) -> bool:
    """Whether a sentence without a day reports a meeting: known organisers, a verb and
    the meeting's noun ("Ban Bí thư, Ban Tuyên giáo Trung ương tổ chức Hội nghị …",
    "Ngay sau đó, Ban Chấp hành Đảng bộ thành phố họp phiên thứ nhất."), ending with a
    full stop (a title or a caption has none: "… Ảnh: T.H"); not "… họp bàn về …" (a
    body at work)."""
    return (
        subject.verb
        and subject.known
        and not _verb_noun().fullmatch(lower, subject.noun_start, subject.noun_end)
        and _ends_sentence(lower, end)
        and not _caption().match(lower, end + 1)
    )


#: How far into the text a session that opens or closes without a day is its report (at
#: the end of the text it sums the report up).
_OPENING_REACH = 400


def _opens_or_closes(lower: str, subject: _Subject, end: int) -> bool:
    """Whether a sentence without a day reports the meeting named as its subject: it opens
    or closes ("Kỳ họp thứ 9, HĐND tỉnh khóa XIX đã chính thức khai mạc."), and the
    sentence ends with a full stop."""
    if subject.name_end is None or subject.name_end == subject.noun_end:
        return False  # (a bare "Hội nghị đã kết thúc." recalls a meeting named before)
    verb = _opening_or_closing().match(lower, subject.name_end)
    return verb is not None and _ends_sentence(lower, end) and not _caption().match(lower, end + 1)


#: The verb that opens or closes the meeting named before it, perhaps after its term ("…
#: lần thứ XVII, nhiệm kỳ 2020 - 2025 đã hoàn thành toàn bộ nội dung …").
_opening_or_closing = lazy_regex(
    lambda: (
        rf"(?:{organ_term().pattern})?{SP},?{GAP}(?:{_ADVERB}{GAP}){{0,3}}"
        rf"{any_of(vocab.OPENS_OR_CLOSES)}(?![\w])"
    )
)


#: What follows a photo caption: "Ảnh: T.H", "(Ảnh: TTXVN)".
_caption = lazy_regex(r"[ ]{0,3}[(\[]?[ ]{0,3}(?:ảnh|nguồn|video)(?:[ ]{1,3}\w{1,10})?[ ]{0,3}:")


def _ends_sentence(lower: str, end: int) -> bool:
    """Whether a sentence ends at ``end`` with a full stop (a title line has none)."""
    return end < len(lower) and lower[end] in ".!?"


#: A connective that opens the report of what followed: "Tiếp đó(,) ", "Sau đó, ".
_sequel = lazy_regex(lambda: rf"{any_of(vocab.SEQUELS)}{SP},?[ ]{{1,3}}")
_first_session = lazy_regex(lambda: rf"(?<![\w]){any_of(vocab.FIRST_SESSIONS)}(?![\w])")


#: A full stop before a sentence inside a line: "… khóa X. Tiếp đó, …" (not the dot of
#: "TP. Hồ Chí Minh").
_sentence_stops = lazy_led([".", "!", "?", "…"], r"(?<!\b[Tt][Pp]\.)[\"”']?[ ]{1,3}(?=\w)")


#: A capitalised lead glued to a title before it on its line: "… Đảng XIII Sáng 26/1, …".
_glued_leads = lazy_led(
    ["Sáng", "Chiều", "Trưa", "Tối", "Đêm", "Ngày"],
    r"[ ]{1,3}(?:(?:ngày[ ]{1,3})?(?:nay|\d)|cùng[ ]{1,3}ngày)",
)
#: … and the days a meeting lasts: "… của huyện Diễn Châu Trong 2 ngày (20 - 21/2), …".
_glued_spans = lazy_led(["Trong"], r"[ ]{1,3}(?:0?[2-5]|hai|ba|bốn)[ ]{1,3}ngày(?![\w])")


def _after_a_word(text: str, start: int) -> bool:
    """Whether a word (or a closing parenthesis) and one space, a bar, a closing
    parenthesis, the figure of a time stamp or a source's tag stand before ``start`` ("…
    09:01 AM 04/12/2020 |Ngày 04/12/2020, …", "( Cập nhật ngày: 21/11/2024 )Chiều ngày
    21/11/2024, …", "26/12/2023, 18:36Sáng 26-12, …", "… lần thứ X (PLVN) - Sáng 4/9, …",
    "… cuối năm 2025 ĐNO - Sáng 15/8, …")."""
    return (
        (start >= 1 and (text[start - 1] in "|)" or text[start - 1].isdigit()))
        or (
            start >= 2
            and text[start - 1] == " "
            and (text[start - 2].isalnum() or text[start - 2] in ")|")
        )
        or _source_tag_before().search(text, max(0, start - 12), start) is not None
    )


#: The dash after a source's tag, before a lead glued to a title: "(PLVN) - ", "ĐNO - ".
_source_tag_before = lazy_regex(r"(?:\)|(?<![\w])[A-ZĐ]{2,6})[ ]{0,2}[-–—][ ]{0,2}\Z")


def _sentence_starts(context: DocumentContext) -> list[int]:
    """The starts of the sentences that open inside a line: after a full stop, at a capital
    or a figure ("… thành công. Chiều 5/4, …"), or at a lead glued to a title (one pass of
    each pattern over the text)."""

    def compute() -> list[int]:
        text = context.norm.text
        stops = [found.end() for found in scan_led(_sentence_stops(), text)]
        stops = [end for end in stops if not text[end].islower()]  # a capital or a figure
        return sorted(stops + _glued_lead_starts(context))

    return context.memo("meetings.sentence_starts", compute)


def _glued_lead_starts(context: DocumentContext) -> list[int]:
    """The starts of the leads glued to a title before them on their line, in order."""

    def compute() -> list[int]:
        text = context.norm.text
        glued = [found.start() for found in scan_led((*_glued_leads(), *_glued_spans()), text)]
        return [start for start in glued if _after_a_word(text, start)]

    return context.memo("meetings.glued_leads", compute)


def _glued_lead_inside(context: DocumentContext, start: int, end: int) -> bool:
    """Whether a lead glued to a title starts inside ``(start, end)``: what stands before
    it on its line is a headline ("Thời sự Nghệ An tổ chức Hội nghị … XX Sáng 30/10, Ban
    Thường vụ Tỉnh ủy …"), not a header of its own."""
    glued = _glued_lead_starts(context)
    index = bisect.bisect_right(glued, start)
    return index < len(glued) and glued[index] < end


def _read_after_lead(context: DocumentContext, lead: Match) -> _Lead | None:
    """The subject after a lead (perhaps after a place clause), and the header it makes."""
    lower = context.norm.lower
    if (
        lead["no_comma"]
        and not context.norm.text[lead.end() : lead.end() + 1].isupper()
        and _happening_verb().match(lower, lead.end()) is None
        and _introduction().match(lower, lead.end()) is None
    ):
        return None  # a word, not a name ("Chiều 25/7/2025 Chi bộ … tổ chức Đại hội") or
        # the meeting it happens to ("Chiều 4/8 đã diễn ra phiên họp thứ nhất …"), or an
        # introductory clause ("Hôm nay được sự nhất trí của …, Đại hội …")
    continued = lead["continued"]
    subject = None
    if lead["workday"]:
        # "Ngày 5/10 là ngày làm việc thứ tư (của) Hội nghị Trung ương 8 …"
        noun = _noun_at().match(lower, lead.end())
        if noun is not None:
            subject = _Subject((), (), noun.start("noun"), noun.end("noun"))
    else:
        subject = _subject_after_lead(context, lead.end())
    if subject is None and continued:
        # "Tiếp tục Kỳ họp thứ 7, sáng 5/6, Quốc hội thảo luận …": the session continues.
        noun = _noun_search().search(lower, lead.start("continued"), lead.end("continued"))
        if noun is not None:
            body = _read_organ(context.norm, lead.end())  # the body that meets, if named
            organizers = (body[0],) if body is not None else ()
            subject = _Subject(organizers, (), noun.start(), noun.end())
            start = min(lead.start("lead"), lead.start("continued"))
            return _lead_of(lead, subject, start, lower)
    if subject is None or subject.attended:
        # the chair the next sentence names, before an official who only attends
        chaired = _chaired_after_lead(context, lead)
        if chaired is not None or subject is None:
            return chaired
    start = lead.start("lead")
    if continued:
        start = min(start, lead.start("continued"))
    return _lead_of(lead, subject, start, lower)


def _chaired_after_lead(context: DocumentContext, lead: Match) -> _Lead | None:
    """The sentence after a lead that reports no meeting held that names who chairs one
    ("Chánh án … chủ trì hội nghị."): the header, on the lead's day; ``None`` without one.
    The meeting is the one the lead's officials attend ("Chiều 24/12, Chủ tịch nước … dự và
    chỉ đạo Hội nghị …"), else the one chaired, when the lead's sentence holds something
    else ("… tổ chức thẩm định văn kiện Đại hội …")."""
    lower = context.norm.lower
    end = _sentence_end_after(lower, lead.end())
    if lower.startswith("\n", end):
        return None
    following = _next_word().match(lower, end + 1)
    start = following.end() if following is not None else end + 1
    chaired = _person_subject(context, start)
    if chaired is None or not chaired.chairs:
        return None
    attended = _attend_search().search(lower, lead.end(), end)
    if attended is None:  # what the lead reports is no meeting: who "chủ trì" names it
        if not lower[: chaired.noun_start].rstrip(" ").endswith("chủ trì"):
            return None  # "… điều hành phiên bế mạc": a sitting of a meeting reported before
        noun_start, noun_end = chaired.noun_start, chaired.noun_end
        sentence_end = _sentence_end_after(lower, noun_end)
    else:  # the meeting is named where it is attended
        (noun_start, noun_end), sentence_end = attended.span("noun"), end
    name_end = _name_end(lower, noun_end, sentence_end, commas=False)
    subject = attrs.evolve(chaired, noun_start=noun_start, noun_end=noun_end, name_end=name_end)
    return attrs.evolve(
        _lead_of(lead, subject, start, lower),
        end=_sentence_end_after(lower, start),
        opening=lead.start("lead"),
    )


def _subject_after_lead(context: DocumentContext, position: int) -> _Subject | None:
    """The subject after a lead, perhaps after a place clause (:func:`_subject_positions`);
    else a meeting the lead's sentence opens or closes, whoever does it ("Chiều 16/7, …,
    các đại biểu … đã bỏ phiếu …, bế mạc Kỳ họp thứ 9")."""
    lower = context.norm.lower
    for at in _subject_positions(lower, position):
        subject = _read_subject(context, at, loose=True)
        if subject is not None:
            return subject
    subject = _organizers_after_place(context, position)
    if subject is not None:
        return subject
    if _place_opening().match(lower, position):
        return None  # "Sáng 5/4, tại Kỳ họp thứ 9, …", "Chiều 5/4, phát biểu tại …"
    limit = min(_sentence_end_after(lower, position), position + _OPENED_REACH)
    opened = _opened_or_closed().search(lower, position, limit)
    if opened is None:
        return None
    noun_start, noun_end = opened.start("noun"), opened.end("noun")
    name_end = _name_end(lower, noun_end, limit, commas=True)
    return _Subject((), (), noun_start, noun_end, name_end=name_end)


#: How far into its sentence a lead's meeting may be opened or closed.
_OPENED_REACH = 400


#: A meeting opened or closed in a clause of the lead's sentence ("…, bế mạc Kỳ họp
#: thứ 9"), not a speech that opens it ("phát biểu khai mạc Hội nghị", "diễn văn bế mạc"),
#: nor the opening session where something else happens ("dự … tại phiên khai mạc Đại hội").
_opened_or_closed = lazy_regex(
    lambda: (
        rf"""(?<![\w])(?<!{any_of(vocab.SPEECHES)}[ ])(?<!(?:phiên|buổi)[ ])
        (?:khai{GAP}mạc|bế{GAP}mạc)(?:{GAP}trọng{GAP}thể)?{GAP}(?P<noun>{_noun()})(?![\w])"""
    )
)


def _lead_of(lead: Match, subject: _Subject, start: int, lower: str) -> _Lead:
    return _Lead(
        day_part=lead["day_part"],
        date=lead["date"] or lead["rdate"],
        relative=lead["relative"],
        first_day=lead["first"],
        same_day=bool(lead["same"]),
        subject=subject,
        start=start,
        end=_sentence_end_after(lower, max(subject.noun_end, lead.end())),
    )


#: How far after its noun the day a meeting is held on may be named (its name may list
#: the documents it brings to its members: "Hội nghị … học tập Nghị quyết số 57, …
#: số 66 …, số 68 … diễn ra vào chiều 18/5").
_HELD_ON_REACH = 600


def _held_on_header(context: DocumentContext, nouns: list[Match]) -> _Lead | None:
    """A meeting with its day inside a longer sentence, when no lead names one:
    "… tại Hội nghị chuyên đề … diễn ra sáng ngày 14/3 tại trụ sở Tỉnh ủy."; not in
    a sentence that opens on the place of something else ("Phát biểu tại Hội nghị …
    diễn ra sáng 5/4, đồng chí …"). ``nouns``: the anchors of the meeting nouns."""
    lower = context.norm.lower
    for anchor in nouns[:200]:
        noun = _noun_at().match(lower, anchor.start())
        if noun is None:
            continue
        end = _sentence_end_after(lower, noun.end())
        limit = min(end, noun.end() + _HELD_ON_REACH)
        held = _held_on().search(lower, noun.end(), limit)
        if held is None or _noun_search().search(lower, noun.end(), held.start()):
            continue
        opening = _sentence_start(lower, noun.start())
        agency = _agency_prefix().match(lower, opening, noun.start())  # "(BKTO) - Phát biểu …"
        if _place_opening().match(lower, agency.end() if agency else opening):
            continue
        name_end = _name_end(lower, noun.end(), held.start(), commas=True)
        subject = _Subject((), (), noun.start(), noun.end(), name_end=name_end)
        return _Lead(held["day_part"], held["date"], None, None, False, subject, noun.start(), end)
    return None


def _sentence_start(lower: str, position: int) -> int:
    """Where the sentence that holds ``position`` starts (at most 400 characters back)."""
    low = max(0, position - 400)
    start = low
    for stop in _sentence_end().finditer(lower, low, position):
        start = stop.end()
    while start < position and lower[start] == " ":
        start += 1
    return start


#: A sentence that opens on the place of something else: "Phát biểu tại …", "Tại …".
_place_opening = lazy_regex(lambda: rf"[^\w]{{0,3}}{any_of(vocab.PLACE_OPENINGS)}(?![\w])")


#: How far a header sentence may run after its meeting noun.
_SENTENCE_REACH = 1500


def _sentence_end_after(lower: str, position: int) -> int:
    """Where the sentence that contains ``position`` ends."""
    limit = min(len(lower), position + _SENTENCE_REACH)
    sentence = _next_sentence_end(lower, position, limit)
    return sentence if sentence is not None else limit


def _next_sentence_end(lower: str, position: int, limit: int) -> int | None:
    """The first sentence end in ``[position, limit)``: a plain scan for the punctuation,
    each candidate checked with :func:`_sentence_end` (most are real ends)."""
    for _ in range(64):
        found = _stop_candidate().search(lower, position, limit)
        if found is None:
            return None
        if _sentence_end().match(lower, found.start(), limit):
            return found.start()
        position = found.end()
    stop = _sentence_end().search(lower, position, limit)
    return stop.start() if stop else None


def _subject_positions(lower: str, position: int) -> list[int]:
    """Where the subject may start: right after the lead or, after a "tại …" place
    clause, after each of its commas (a place may have commas of its own: "tại Nhà Quốc
    hội, Thủ đô Hà Nội, Quốc hội …"), right before the verb that ends it without one
    ("tại Hội trường UBND tỉnh đã diễn ra Kỳ họp …") or after a higher place in
    parentheses before the meeting ("tại … (Hà Nội) Đại hội …"); after an introductory
    clause, after
    each of its commas ("Sáng 1/7, thực hiện chỉ đạo của Bộ Chính trị, Hội nghị …")."""
    positions = [position]
    if _introduction().match(lower, position):
        positions += _clause_starts(lower, position, _sentence_end_after(lower, position))
    elif _place_not_a_meeting(lower, position):
        limit = min(len(lower), position + 160)
        stop = _next_sentence_end(lower, position, limit)
        limit = stop if stop is not None else limit
        verb = _verb_ending_piece(lower, position, limit)
        positions += [verb] if verb is not None else []
        closed = _place_closed().search(lower, position, limit)
        if closed is not None and _noun_at().match(lower, closed.end()):
            positions.append(closed.end())  # "tại … (Hà Nội) Đại hội … khai mạc"
        for comma in _piece_break().finditer(lower, position, limit):
            if not _place_piece().match(lower, comma.end()):
                positions.append(comma.end())
            if (verb := _verb_ending_piece(lower, comma.end(), limit)) is not None:
                positions.append(verb)  # "tại điểm cầu Diên Hồng, tòa nhà Quốc hội diễn ra …"
            if len(positions) > 4:
                break
    return positions


#: The higher place in parentheses that ends a place clause without a comma, before the
#: meeting: "tại Trung tâm Hội nghị Quốc gia (Hà Nội) Đại hội … khai mạc".
_place_closed = lazy_regex(r"\)[ ]{1,3}(?=[^\W\d_])")


def _organizers_after_place(context: DocumentContext, position: int) -> _Subject | None:
    """The organisers that follow a place clause at ``position`` without a comma: a
    capitalised organ after the organ that owns the place ("tại hội trường UBND xã BCH Đảng
    bộ xã đã tổ chức họp" → "Ban Chấp hành Đảng bộ xã", not "Ủy ban nhân dân xã", whose
    hall it is)."""
    lower, text = context.norm.lower, context.norm.text
    if not _place_clause().match(lower, position):
        return None
    limit = min(len(lower), position + 160)
    comma = _piece_break().search(lower, position, limit)
    piece_end = comma.start() if comma is not None else limit
    owned = None  # where the organ that owns the place ends, once read
    words: Iterator[Match] = _piece_word().finditer(lower, position, piece_end)
    for word in itertools.islice(words, _PIECE_WORDS):
        at = word.start()
        if owned is None:
            owner = _read_organ(context.norm, at)
            owned = owner[1] if owner is not None else None
        elif at < owned and _read_organ(context.norm, at) is None:
            continue  # a word of the owner's name ("tại Học viện Chính trị quốc gia …")
        elif text[at].isupper() and (subject := _read_organizers(context, at, _verb_pattern())):
            return subject
    return None


#: A word of a place clause's piece (where its organisers may start, without a comma).
_piece_word = lazy_regex(r"(?<![\w])\w")
#: How many words of such a piece are tried.
_PIECE_WORDS = 16


def _verb_ending_piece(lower: str, start: int, limit: int) -> int | None:
    """Where the verb that ends the piece of a place clause from ``start`` (up to its next
    comma) starts, if one does: "tại Hội trường UBND tỉnh đã diễn ra Kỳ họp …"."""
    comma = _piece_break().search(lower, start, limit)
    happening = _place_clause_verb().search(lower, start, comma.start() if comma else limit)
    return happening.start() if happening is not None else None


#: A further piece of a place clause after its comma ("Nhà Quốc hội", "Thủ đô Hà Nội").
_place_piece = lazy_regex(lambda: rf"{any_of(vocab.PLACE_PIECES)}(?![\w])")


def _official_hits(context: DocumentContext) -> tuple[list[Hit[Official]], list[int]]:
    officials = officials_module.hits(context)
    starts = context.memo("meetings.official_starts", lambda: [hit.start for hit in officials])
    return officials, starts


def _opens_with_chair(context: DocumentContext, position: int) -> bool:
    """Whether the sentence at ``position`` opens with officials who chair a meeting (not
    who direct a sitting of it: "… điều hành phiên họp")."""
    if _officials_at(context, position) is None:
        return False  # (the cheap test first: an official opens it, perhaps after an address)
    person = _person_subject(context, position)
    lower = context.norm.lower
    return (
        person is not None
        and bool(person.chairs)
        and not lower[: person.noun_start].rstrip(" ").endswith("điều hành")
    )


def _officials_at(context: DocumentContext, position: int) -> tuple[list[Official], int] | None:
    """The officials listed from ``position`` ("đồng chí A, T; đồng chí B, T") and their end."""
    lower = context.norm.lower
    officials, starts = _official_hits(context)
    found: list[Official] = []
    end = position
    for _ in range(8):
        address = _person_gap().match(lower, end)
        at = address.end() if address else end
        index = bisect.bisect_left(starts, at)
        if index >= len(officials) or officials[index].start != at:
            break
        found.append(officials[index].value)
        end = officials[index].end
        separator = _person_separator().match(lower, end)
        if separator is None:
            break
        following = _person_gap().match(lower, separator.end())
        after = following.end() if following else separator.end()
        index = bisect.bisect_left(starts, after)
        if index >= len(officials) or officials[index].start != after:
            break
        end = separator.end()
    return (found, end) if found else None


#: What stands after the chairs up to the comma before the subject: a dash's apposition
#: ("… Trần Thanh Mẫn – điều hành hoạt động của Quốc hội, Quốc hội khai mạc …"), a
#: parenthesis ("(gọi tắt là BCĐ)"), the place ("tại điểm cầu UBND tỉnh").
_apposition = lazy_regex(
    r"(?:[ ]{0,3}[-–—][ ]{1,3}[^,.;:\n()]{1,120})?(?:[ ]{0,3}\([^()\n]{1,60}\))?"
    r"(?:[ ]{1,3}tại[ ][^,.;:\n()]{1,80})?(?=[ ]{0,3},)"
)


def _read_subject(context: DocumentContext, position: int, loose: bool = False) -> _Subject | None:
    """Read who held the meeting and its noun, starting at ``position``.

    ``loose`` (after a lead, or after "dưới sự chủ trì của …,"): the meeting named as
    the subject needs no verb of its own ("Chiều 5/4, Hội nghị thảo luận …").
    """
    lower = context.norm.lower
    chairs: tuple[Official, ...] = ()
    under = _under_chair().match(lower, position)
    if under is not None:
        read = _officials_at(context, under.end())
        if read is None:
            return None
        apposition = _apposition().match(lower, read[1])
        comma = _chairs_end().match(lower, apposition.end() if apposition else read[1])
        if comma is None:
            return None
        chairs, position, loose = tuple(read[0]), comma.end(), True
    chaired = _chaired_first().match(lower, position) if loose else None
    if chaired is not None and not chairs:
        # "Sáng 5/4, chủ trì Hội nghị có các đồng chí: A, <chức vụ>; B, <chức vụ>." (after a
        # lead only: alone, such a sentence follows the report of the meeting it names)
        read = _officials_at(context, chaired.end())
        if read is not None:
            noun_start, noun_end = chaired.span("noun")
            return _Subject((), tuple(read[0]), noun_start, noun_end, noun_end, verb=True)
    happening = _happening_verb().match(lower, position)
    if happening is not None:
        # "đã diễn ra Kỳ họp thứ 6, HĐND tỉnh khóa IX": the meeting is the subject, its
        # name runs over commas.
        noun_end = happening.end("noun")
        held = _held_by(context, noun_end)
        name_end = None
        if not held:
            name_end = _name_end(lower, noun_end, _sentence_end_after(lower, noun_end), commas=True)
        return _Subject(held, chairs, happening.start("noun"), noun_end, name_end=name_end)
    noun = _noun_at().match(lower, position)
    if noun is not None:
        subject = _meeting_as_subject(context, noun, loose)
        return attrs.evolve(subject, chairs=chairs + subject.chairs) if subject else None
    subject = _read_organizers(context, position, _verb_pattern())
    if subject is not None and (subject.known or chairs):
        return attrs.evolve(subject, chairs=chairs + subject.chairs)
    if not chairs:
        # A person first ("Tổng Bí thư X chủ trì họp …") is never an organiser; after a
        # lead, one who attends and directs reports the meeting too, chairing nothing.
        person = _person_subject(context, position, after_lead=loose)
        if person is not None:
            return person
    return subject


def _meeting_as_subject(context: DocumentContext, noun: Match, loose: bool) -> _Subject | None:
    """ "Đại hội … khai mạc", "Hội nghị … diễn ra", "Hội nghị … được Bộ Chính trị tổ chức".

    The name runs over commas ("Kỳ họp thứ hai, Quốc hội khóa XV"); a body named in it
    is part of the name, not an organiser. ``loose`` (right after a lead): any verb but
    a pause ("Đại hội nghỉ").
    """
    lower = context.norm.lower
    noun_start, noun_end = noun.start("noun"), noun.end("noun")
    end = _sentence_end_after(lower, noun_end)
    name_end = _name_end(lower, noun_end, end, commas=True)
    # its day may come before the verb: "Hội nghị Trung ương 8 hôm nay bước sang ngày làm việc …"
    when = _when_after_verb().match(lower, name_end)
    after = when.end() if when is not None else name_end
    block = _subject_block().search(lower, after, min(end, after + 300))
    if block is not None:
        verb = _subject_verb().match(lower, block.start())
        if verb is not None:
            # "Hội nghị … vừa diễn ra sáng nay": a recent report, perhaps its day after it,
            # or after a verb coordinated with it ("… diễn ra thành công và bế mạc sáng nay")
            later = _later_verb(lower, verb.end(), end)
            return _Subject(
                (),
                (),
                noun_start,
                noun_end,
                name_end=name_end,
                recent=_recent().search(lower, verb.start(), verb.end()) is not None,
                when=when
                or _when_after_verb().match(lower, verb.end())
                or (_when_after_verb().match(lower, later) if later is not None else None),
            )
        if _closes_later(lower, block.start(), end) or _opening_or_closing().match(lower, name_end):
            return _Subject((), (), noun_start, noun_end, name_end=name_end)
        passive = _passive().match(lower, block.start())
        if passive is not None:
            held = _read_organizers(context, passive.end(), _passive_end())
            if held is not None:
                return _Subject(held.organizers, (), noun_start, noun_end, name_end)
            chairs = _chaired_by(context, passive.end())
            if chairs:  # "Hội nghị do đồng chí X, Bí thư Tỉnh ủy chủ trì."
                return _Subject((), chairs, noun_start, noun_end, name_end, verb=True)
    if loose and not _pause().search(lower, noun_end, min(end, name_end + 16)):
        return _Subject((), (), noun_start, noun_end, name_end=name_end)
    return None


_pause = lazy_regex(lambda: rf"(?<![\w]){any_of(vocab.PAUSE_VERBS)}(?![\w])")


#: A relative day written right after the meeting's verb: "… vừa diễn ra sáng nay" (a date
#: there may recall the meeting in a clause: "Hội nghị … diễn ra ngày 2/10 đã …").
_when_after_verb = lazy_regex(
    rf"{SP}(?:vào{GAP})?(?=(?:(?:ngày{GAP})?hôm|{DAY_PART}){GAP}(?:nay|qua)(?![\w])){_WHEN}"
)


#: The chairing verb after the officials of a passive: "Hội nghị do đồng chí X, … chủ trì".
_passive_chair = lazy_regex(
    rf"{SP},?{GAP}(?:đồng{GAP})?(?:chủ{GAP}(?:trì|tọa)|điều{GAP}hành)(?![\w])"
)


def _chaired_by(context: DocumentContext, position: int) -> tuple[Official, ...]:
    """The officials from ``position`` who chair, when the chairing verb follows them."""
    read = _officials_at(context, position)
    if read is None or _passive_chair().match(context.norm.lower, read[1]) is None:
        return ()
    return tuple(read[0])


#: A verb of the meeting after another one: "… đã hoàn thành chương trình và bế mạc".
_coordinated_verb = lazy_regex(
    lambda: (
        rf"""(?<![\w])(?:và|rồi){GAP}(?:{_ADVERB}{GAP}){{0,3}}{any_of(vocab.SUBJECT_VERBS)}
        (?![\w])(?!{GAP}{_noun()})"""
    )
)


#: How far after the meeting's first verb a verb coordinated with it may be.
_COORDINATED_REACH = 200


def _later_verb(lower: str, position: int, end: int) -> int | None:
    """Where a verb of the meeting whose verbs start at ``position`` ends when it opens,
    closes or takes place in a verb coordinated with the first ("Hội nghị … đã hoàn thành
    toàn bộ chương trình đề ra và bế mạc chiều 19/7"), with no other meeting named in
    between."""
    limit = min(end, position + _COORDINATED_REACH)
    verb = _coordinated_verb().search(lower, position, limit)
    if verb is None or _noun_search().search(lower, position, verb.start()) is not None:
        return None
    return verb.end()


def _closes_later(lower: str, position: int, end: int) -> bool:
    """Whether the meeting whose verbs start at ``position`` has a later verb of its own
    (:func:`_later_verb`)."""
    return _later_verb(lower, position, end) is not None


#: What an official who attends a meeting does that makes the lead report it: directing.
_DIRECTS = vocab.DIRECTING_ATTEND_VERBS


def _person_subject(
    context: DocumentContext, position: int, after_lead: bool = False
) -> _Subject | None:
    """A person who chairs ("đồng chí X, <titles>, chủ trì Hội nghị …"), with the person
    as its chair; after a dated lead also an office named without its holder ("Sáng
    21/2, Phó Chủ tịch HĐND huyện chủ trì cuộc họp …") and one who attends and directs
    ("Chiều 20/12, Phó Thủ tướng … dự và chỉ đạo Hội nghị …"), without a chair."""
    lower = context.norm.lower
    officials, starts = _official_hits(context)
    index = bisect.bisect_left(starts, position)
    label = _person_gap().match(lower, position)  # (perhaps a group's: "Các đồng chí
    # Thường trực Tỉnh ủy: A - …; B - …")
    reach = max(position + 40, label.end() if label else position)
    if index >= len(officials) or officials[index].start > reach:
        nameless = _nameless_chair().match(lower, position)
        if (
            nameless is None
            and after_lead
            and not (index > 0 and officials[index - 1].end > position)  # a holder's title
        ):
            end = titles_module.title_end(context.norm, position)
            nameless = _chair_after().match(lower, end) if end is not None else None
        if nameless is None:
            return None
        held = _held_by(context, nameless.end("noun"))
        noun_start, noun_end = nameless.span("noun")
        return _Subject(held, (), noun_start, noun_end, verb=True, nameless_chair=True)
    first = officials[index]
    gap = _person_gap().fullmatch(lower, position, first.start)
    if gap is None:
        return None
    end = _sentence_end_after(lower, first.start)
    limit = min(end, first.start + 600)
    chair = _chair_search().search(lower, first.start, limit)
    attend = _attend_search().search(lower, first.start, limit)
    if attend is None:
        adjacent = _attend_verb().match(lower, first.end)
        attend = adjacent
    if chair is not None and (attend is None or chair.start() < attend.start()):
        verb = chair.start("verb")
        listed = officials[index : min(bisect.bisect_left(starts, verb), index + 12)]
        if verb - max(hit.end for hit in listed) > 200:
            return None
        chairs = tuple(dict.fromkeys(hit.value for hit in listed))
        held = _held_by(context, chair.end("noun"))
        # the day between the person and the verb: "Chủ tịch UBND … Nguyễn Văn A sáng 21-5
        # đã chủ trì cuộc họp …"
        when = _when_before_verb().search(lower, max(hit.end for hit in listed), verb)
        return _Subject(held, chairs, chair.start("noun"), chair.end("noun"), verb=True, when=when)
    if after_lead and attend is not None and any(verb in attend.group() for verb in _DIRECTS):
        # (attending before any chair; not "dự và phát biểu (chỉ đạo) tại …": a speech)
        noun_start, noun_end = attend.span("noun")
        held = _held_by(context, noun_end)
        return _Subject(held, (), noun_start, noun_end, verb=True, attended=True)
    return None  # alone, an official who attends ("dự và chỉ đạo Hội nghị") reports none


def _held_by(context: DocumentContext, noun_end: int) -> tuple[str, ...]:
    """Organisers named after the meeting's name: "… chủ trì Hội nghị … do Bộ Y tế tổ chức"."""
    lower = context.norm.lower
    name_end = _name_end(lower, noun_end, _sentence_end_after(lower, noun_end), commas=False)
    passive = _passive().match(lower, name_end)
    if passive is None:
        return ()
    held = _read_organizers(context, passive.end(), _passive_end())
    return held.organizers if held is not None else ()


def _organizer_name(name: str) -> str:
    """The organiser as the organ acting is named ("Ban Chấp hành Trung ương"), a city
    written out after an organ listed with the city's level word as that organ's
    (:func:`~vn_party_docs.titles.written_city_organ`: "VKSND TPHCM" is the "VKSND thành
    phố" of Hồ Chí Minh), so that the organiser reads back from the meeting's string."""
    return _ORGANIZER_NAMES.get(name.lower()) or str(titles_module.written_city_organ(name, None))


def _read_organ(norm: NormalizedText, position: int) -> tuple[str, int] | None:
    """An organ at ``position`` from the titles vocabulary, perhaps with an abbreviation
    inside it ("Ban Chấp hành (BCH) Đảng bộ tỉnh", "Ban Tuyên giáo và Dân vận (TG&DV)
    Trung ương"), and where it ends (past a higher place a comma sets after it, which
    its name leaves out)."""
    read = titles_module.read_organ(norm, position)
    over = titles_module.read_over_abbreviation(
        norm, position, read[1] if read else None, titles_module.read_organ
    )
    read = over or read
    if read is None:
        return None
    organ, end = read
    if organ.locality is not None and ", " in organ.locality:
        # "Huyện ủy Hải Lăng, tỉnh Quảng Trị": the higher place only says where it is
        organ = attrs.evolve(organ, locality=organ.locality.partition(", ")[0])
    return _organizer_name(str(organ)), end


def _read_organizers(
    context: DocumentContext, position: int, verb_pattern: Pattern
) -> _Subject | None:
    """Organisers (organs joined by commas, "và", "phối hợp (với)"), a verb and a noun.

    Each organiser is an organ phrase (:func:`_organ_phrase`: a known organ, the organs
    it belongs to, its term, a capitalised name after it), an open body ("Ban Chỉ đạo
    …"), a bare standing-body head that shares the next one's complement ("Ban Chấp
    hành, Ban Thường vụ Đảng bộ tỉnh"), or a capitalised name the vocabulary does not
    know ("Tạp chí Xây dựng Đảng") when the verb or another organiser follows it. People
    named among them ("và thành viên UBND tỉnh") organise nothing and are passed over.
    """
    norm = context.norm
    lower = norm.lower
    places = _read_place_list(context, position, verb_pattern)
    if places is not None:
        return places
    organizers: list[str] = []
    heads: list[int] = []  # organisers written as a bare head, waiting for a complement
    all_known = True
    continued = False  # the last organiser's list of committees goes on ("các tỉnh ủy, thành ủy")
    for _ in range(_MAX_ORGANIZERS):
        read = _organ_phrase(norm, position, verb_pattern)
        if read is None or not _goes_on(lower, read[1], verb_pattern):
            read = _organ_phrase_over_abbreviation(norm, position, verb_pattern) or read
        if (
            read is not None
            and not _goes_on(lower, read[1], verb_pattern)
            and _name_goes_on(norm, read[1])
        ):
            # a listed organ that heads an open body's name ("Ban Chỉ đạo Trung ương triển
            # khai xóa nhà tạm, nhà dột nát … tiến hành …", "Chi bộ 5 Trường Tiểu học …")
            opened = _open_organizer(norm, position, verb_pattern)
            if opened is not None and not _organising_word().search(lower, read[1], opened[1]):
                read = opened  # (never over a verb: "… Trung ương tổ chức Họp báo về …")
        other = (
            _same_level_place(norm, position, organizers[-1])
            if read is None and organizers
            else None
        )
        if read is None and other is None:
            read = _place_organizer(norm, position, verb_pattern)  # "tỉnh Hậu Giang tổ chức"
        known = read is not None
        if read is not None:
            name, end = read
        elif organizers and (members := _members().match(lower, position)) is not None:
            # "… và thành viên UBND tỉnh họp": the members meet, the organs organise; so
            # do bodies left unnamed ("…, các cơ quan, đơn vị có liên quan tổ chức …").
            named = members.end()
            after = (
                named
                if verb_pattern.match(lower, named) or _organizer_separator().match(lower, named)
                else _words_before_verb(lower, named, 6, verb_pattern)
            )
            if after is None:
                return None
            name, end = "", after
        elif (head := _shared_head().match(lower, position)) is not None and (
            _organizer_separator().match(lower, head.end())
        ):
            name, end = _SHARED_HEADS[" ".join(head.group().split())], head.end()
            heads.append(len(organizers))
        elif other is not None:
            name, end = other  # "HĐND huyện Tương Dương và huyện Kỳ Sơn"
        else:
            unknown = _open_organizer(norm, position, verb_pattern)
            if unknown is None:
                unknown = _unknown_organizer(norm, position, verb_pattern)
                all_known = False
            if unknown is None:
                return None
            name, end = unknown
        # "Đảng bộ xã Bắc Xa, huyện Đình Lập": the higher place read over, not named
        apposed = _past_apposed_place(norm, end, verb_pattern, name)
        apposed = _past_apposed_role(lower, apposed, verb_pattern)
        if name and continued:
            organizers[-1] = f"{organizers[-1]}, {collapse(norm.text[position:end])}"
        elif name and name not in organizers:
            organizers.append(name)
        legal = _legal_form().match(lower, apposed)  # "… – Công ty TNHH MTV": no organiser
        end = legal.end() if legal is not None else apposed
        verb = verb_pattern.match(lower, end)
        if verb is not None and (known or _has_verb(verb)):
            if not organizers or _noun_at().match(
                lower, lower.rfind(" ", position, end) + 1 or position
            ):
                return None  # (or "Báo Cà Mau Kỳ họp thứ 14 …": the meeting, no body meets)
            completed = _share_locality(_share_complements(organizers, heads))
            return attrs.evolve(_subject_of(completed, verb), known=all_known)
        separator = _organizer_separator().match(lower, end)
        if separator is None:
            return None
        continued = (
            separator.group().strip() == ","
            and norm.text[separator.end() : separator.end() + 1].islower()
            and _plural_committees_before(norm, end)
        )
        position = separator.end()
    return None


#: An organising verb anywhere ("tổ chức", "họp"): no word of an organiser's name.
_organising_word = lazy_regex(lambda: rf"(?<![\w]){any_of(vocab.ORGANISE_VERBS)}(?![\w])")


def _name_goes_on(norm: NormalizedText, end: int) -> bool:
    """Whether the words after an organ that ends at ``end`` may go on in its name: a
    capital, a number or a word that opens a name ("triển khai", "thực hiện"; not a verb:
    "… quyết định tổ chức", "… tiếp tục chỉ đạo")."""
    start = _after_indent(norm.lower, end)
    first = norm.text[start : start + 1]
    return bool(first) and (
        first.isupper() or first.isdigit() or _open_start().match(norm.lower, start) is not None
    )


def _goes_on(lower: str, end: int, verb_pattern: Pattern) -> bool:
    """Whether the verb or another organiser follows an organiser that ends at ``end``."""
    return bool(verb_pattern.match(lower, end) or _organizer_separator().match(lower, end))


def _organ_phrase_over_abbreviation(
    norm: NormalizedText, position: int, verb_pattern: Pattern
) -> tuple[str, int] | None:
    """The organ phrase at ``position`` (:func:`_organ_phrase`) read over an abbreviation
    in parentheses inside it, left out of its name, when only so does the verb or another
    organiser follow it ("Đảng bộ các cơ quan (CCQ) Đảng tỉnh tổ chức …", "Đảng bộ Trường
    Đại học Y Dược (ĐHYD) Cần Thơ tổ chức …")."""

    def read_on(window: NormalizedText) -> tuple[str, int] | None:
        read = _organ_phrase(window, 0, verb_pattern)
        return read if read is not None and _goes_on(window.lower, read[1], verb_pattern) else None

    return over_parenthesis(norm.text, norm.lower, position, read_on)


def _place_organizer(
    norm: NormalizedText, position: int, verb_pattern: Pattern
) -> tuple[str, int] | None:
    """A place written with its level word, as written, that holds the meeting: right
    before the verb or "phối hợp" ("tỉnh Hậu Giang tổ chức Đại hội …", "Tỉnh Hà Tĩnh phối
    hợp với Bộ Kế hoạch và Đầu tư tổ chức Hội nghị", "… phối hợp với huyện Đô Lương tổ
    chức …"); a place followed by a comma or "và" is a piece of a place clause ("tại Nhà
    Quốc hội, Thủ đô Hà Nội, …"), and "Thủ đô" names no holder; a place in parentheses
    after it is read over, as after an organ ("phường Bình Dương (TPHCM) tổ chức …")."""
    level = _holding_level().match(norm.lower, position)
    if level is None:
        return None
    end = _capitalised_words(norm, level.end())
    if end == level.end():
        return None
    lower = norm.lower
    written = city_written_out(collapse(norm.text[position:end]))  # "TP Vinh": "Thành phố Vinh"
    higher = parenthesis().match(lower, end)
    end = higher.end() if higher is not None else end
    verb = verb_pattern.match(lower, end)
    if (verb is not None and _has_verb(verb)) or _joint_holder().match(lower, end):
        return written, end
    if _comma_holder().match(lower, end) and not _in_place_clause(lower, position):
        return written, end  # "Tỉnh Hà Tĩnh, Bộ … tổ chức"
    return None


def _in_place_clause(lower: str, position: int) -> bool:
    """Whether ``position`` follows "tại" in its clause ("tại thành phố Vinh, tỉnh Nghệ An,
    …": a place, where the meeting is held)."""
    start = max(0, position - _PLACE_CLAUSE_REACH)
    brk = max(lower.rfind(mark, start, position) for mark in ".;\n")
    return _at_place().search(lower, max(start, brk + 1), position) is not None


#: How far back a place clause's "tại" is looked for.
_PLACE_CLAUSE_REACH = 160
_at_place = lazy_regex(r"(?<![\w])tại(?![\w])")
#: A comma after a holder, before the next organiser.
_comma_holder = lazy_regex(r"[ ]{0,3},[ ]{1,3}")


#: The level word of a place that may hold a meeting.
_holding_level = lazy_regex(lambda: rf"(?:{any_of(vocab.SHARED_LOCALITY_LEVELS)}|tp\.?)(?![\w])")
#: "phối hợp (với)" after a holder.
_joint_holder = lazy_regex(rf"{GAP}(?:đã{GAP})?phối{GAP}hợp(?![\w])")


#: A level word and the capitalised name of a place: "huyện Kỳ Sơn".
_level_place = lazy_regex(
    lambda: (
        rf"(?i:(?P<level>{any_of(vocab.SHARED_LOCALITY_LEVELS)}))"
        rf"(?:[ ]{UPPER}[\w.-]{{0,20}}){{1,6}}"
    )
)


def _same_level_place(norm: NormalizedText, position: int, previous: str) -> tuple[str, int] | None:
    """Another place of the level the previous organiser ends with, for the same organ, and
    where it ends (its term read over): "Hội đồng nhân dân huyện Tương Dương và huyện Kỳ
    Sơn khóa XIX" → "Hội đồng nhân dân huyện Kỳ Sơn"; also the place alone, before the
    verb or the next organiser ("Đảng bộ huyện Thanh Chương, Hưng Nguyên và Nghĩa Đàn")."""
    locality = _trailing_locality().search(previous)
    if locality is None or not locality["place"]:
        return None
    found = _level_place().match(norm.text, position)
    if found is not None and collapse(found["level"].lower()) == locality["level"]:
        term = organ_term().match(norm.lower, found.end())
        name = f"{previous[: locality.start()]}{collapse(found.group())}"
        return name, term.end() if term else found.end()
    # the place alone: "Đảng bộ huyện Thanh Chương, Hưng Nguyên và Nghĩa Đàn tiến hành …"
    place = _bare_place().match(norm.text, position)
    if (
        place is None
        or _starts_organizer(norm, position)
        or titles_module.starts_title(norm, position)
    ):
        return None
    after = place.end()
    if not (
        _verb_pattern().match(norm.lower, after) or _organizer_separator().match(norm.lower, after)
    ):
        return None
    return f"{previous[: locality.end('level')]} {collapse(place.group())}", after


#: A company's legal form after its name and a dash: "Tổng Công ty Văn hóa Sài Gòn – Công
#: ty TNHH MTV tổ chức …" (one organiser, the form read over).
_legal_form = lazy_regex(
    lambda: rf"[ ]{{1,3}}[-–][ ]{{1,3}}{any_of(vocab.LEGAL_FORMS)}(?![\w])(?=[ ])"
)


def _level_rank(words: str) -> int | None:
    """How low the last place level named in ``words`` is (a province 1, a district 2, a
    commune 3, a village 4), ``None`` without one."""
    rank = None
    for match in _rank_level().finditer(words):
        rank = _LEVEL_RANKS[collapse(match.group())]
    return rank


_LEVEL_RANKS = dict(vocab.LEVEL_RANKS)
_rank_level = lazy_regex(lambda: rf"(?<![\w]){any_of(tuple(_LEVEL_RANKS))}(?![\w])")


#: A place's name alone: up to three capitalised words.
_bare_place = lazy_regex(rf"{UPPER}[\w-]{{0,12}}(?:[ ]{UPPER}[\w-]{{0,12}}){{0,2}}(?![\w])")


#: A place a comma (or a spaced dash) sets after an organiser: "Đảng bộ xã Bắc Xa, huyện
#: Đình Lập …", "Đảng bộ xã Tân Sơn – huyện Đô Lương …".
_apposed_place = lazy_regex(
    lambda: (
        rf"""(?:{SP},|[ ]{{1,3}}[-–][ ]{{1,3}})
            (?:(?=[ ]{{0,3}}(?:{_province()})(?![\w]))|{SP}{any_of(vocab.PLACE_LEVELS)}(?![\w]))"""
    )
)


def _province() -> str:
    """Any province's name or spelling, lower case ("hà nội", "tphcm")."""
    return alternation(
        [spelling for row in vocab.PROVINCES for spelling in (row.name.lower(), *row.spellings)]
    )


def _past_apposed_place(norm: NormalizedText, end: int, verb_pattern: Pattern, name: str) -> int:
    """Where the organiser ``name`` ends past the place a comma sets after it (a level word
    and capitalised words up to the verb: "Đảng bộ xã Bắc Xa, huyện Đình Lập đã tổ chức", or
    a province: "Đảng ủy phường Sài Gòn, TPHCM tổ chức", perhaps then the place above it:
    "…, huyện Trấn Yên, tỉnh Yên Bái khai mạc"), which only says where the
    organiser is: its name leaves it out. ``end`` without one, and when the place is no
    higher than the organiser's own ("Ban thi đua khen thưởng tỉnh, huyện Đô Lương tổ
    chức": two organisers)."""
    level = _apposed_place().match(norm.lower, end)
    if level is None:
        return end
    place_end = _capitalised_words(norm, level.end())
    if place_end == level.end():
        return end
    higher = _apposed_place().match(norm.lower, place_end)  # "…, huyện Trấn Yên, tỉnh Yên Bái"
    if higher is not None and (higher_end := _capitalised_words(norm, higher.end())) > higher.end():
        place_end = higher_end
    term = organ_term().match(norm.lower, place_end)  # "…, TPHCM khóa XII tổ chức"
    after = term.end() if term is not None else place_end
    if not verb_pattern.match(norm.lower, after):
        return end
    own = _level_rank(name.lower())
    apposed = _level_rank(level.group()) or 0
    if _central_city().fullmatch(norm.lower, level.end(), place_end):
        apposed = 1  # "Đảng bộ huyện Thủy Nguyên, TP Hải Phòng": a city a province ranks with
    if own is not None and own <= apposed:
        return end
    return after


#: A centrally run city's name or spelling after its level word: "Hải Phòng", "HCM".
_central_city = lazy_regex(
    lambda: (
        rf"""{SP}(?:{
            alternation(
                spelling
                for row in vocab.PROVINCES
                if row.city
                for spelling in (row.name.lower(), *row.spellings)
            )
        })"""
    )
)


#: The role a dash sets after an organiser in an emulation bloc: "… Huyện ủy Diên Khánh -
#: Trưởng khối thi đua …", "– Cụm trưởng Cụm thi đua số 2".
_apposed_role = lazy_regex(
    rf"""[ ]{{1,3}}[-–][ ]{{1,3}}(?:đơn{GAP}vị{GAP})?
        (?:(?:trưởng|phó){GAP}(?:khối|cụm)|(?:khối|cụm){GAP}(?:trưởng|phó))(?![\w])"""
)
#: A word of the role's bloc, commas and all ("… Ban Dân vận các huyện, thị, thành ủy").
_role_word = lazy_regex(r"[ ]{0,3},?[ ]{1,3}[\w/&]{1,20}")
#: The most words such a role runs over before the verb.
_ROLE_WORDS = 16


def _past_apposed_role(lower: str, end: int, verb_pattern: Pattern) -> int:
    """Where an organiser ends past the role a dash sets after it (:data:`_apposed_role`)
    up to the verb, which only says what else the organiser is; ``end`` without one, or
    when no verb follows it within :data:`_ROLE_WORDS` words."""
    role = _apposed_role().match(lower, end)
    if role is None:
        return end
    position = role.end()
    for _ in range(_ROLE_WORDS):
        word = _role_word().match(lower, position)
        if word is None:
            return end
        position = word.end()
        if verb_pattern.match(lower, position):
            return position
    return end


_SHARED_HEADS = {head.lower(): head for head in vocab.SHARED_HEADS}


#: A bare standing-body head ("Ban Chấp hành", "Ban Thường vụ").
_shared_head = lazy_regex(lambda: rf"{any_of(tuple(_SHARED_HEADS))}(?![\w])")


#: People of a body named among its organisers: "thành viên", "lãnh đạo".
_members = lazy_regex(lambda: rf"{any_of(vocab.MEMBERS)}(?![\w])")
#: People after a comma: members, or a person addressed ("ông A", "đồng chí B").
_people_after_comma = lazy_regex(lambda: rf"(?:{_members().pattern}|{ADDRESS}(?![\w]))")


def _share_complements(organizers: list[str], heads: list[int]) -> tuple[str, ...]:
    """Bare heads take the complement of the next organiser that has one: "Ban Chấp hành,
    Ban Thường vụ Đảng bộ tỉnh" → "Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Đảng bộ
    tỉnh"."""
    completed = list(organizers)
    for index in reversed(heads):
        following = completed[index + 1] if index + 1 < len(completed) else ""
        for head in vocab.SHARED_HEADS:
            if following.startswith(head + " "):
                completed[index] = completed[index] + following[len(head) :]
                break
    return tuple(dict.fromkeys(completed))


#: The locality that ends an organiser's name: a level word and the capitalised words
#: (or numbers) of its name, if any ("… thành phố Hà Nội", "… xã", "… phường 5").
_trailing_locality = lazy_regex(
    lambda: (
        rf"(?<![\w])(?P<level>{any_of(vocab.SHARED_LOCALITY_LEVELS)})"
        rf"(?P<place>(?:[ ](?:{UPPER}|\d)[\w.-]{{0,20}}){{0,6}})\Z"
    )
)


def _share_locality(organizers: tuple[str, ...]) -> tuple[str, ...]:
    """Local organs written bare in a list take the locality of its last organiser: "HĐND,
    UBND xã An Long" → "Hội đồng nhân dân xã An Long", "Ủy ban nhân dân xã An Long"; a
    committee named by the same level takes the place's name ("Thành ủy, HĐND, UBND thành
    phố Hà Nội" → "Thành ủy Hà Nội"); a bare "Đảng ủy" before a unit is the unit's
    (:func:`_unit`: "Đảng ủy, Bộ Tư lệnh Hải quân" → "Đảng ủy Hải quân")."""
    unit = _unit(organizers[-1]) if organizers else None
    locality = _trailing_locality().search(organizers[-1]) if organizers else None
    if locality is None and unit is None:
        return organizers
    committees = dict(vocab.LEVEL_COMMITTEES)
    shared = [
        f"{name} {unit}"
        if name == _PARTY_COMMITTEE and unit is not None
        else f"{name} {locality.group()}"
        if locality is not None and name in vocab.LOCAL_BODIES
        else f"{name}{locality['place']}"
        if locality is not None and locality["place"] and committees.get(name) == locality["level"]
        else name
        for name in organizers[:-1]
    ]
    return tuple(dict.fromkeys((*shared, organizers[-1])))


#: The Party committee a list of organisers names bare, sharing the next organ's name.
_PARTY_COMMITTEE = "Đảng ủy"


def _unit(organizer: str) -> str | None:
    """The unit an organiser that is neither a locality's body nor a Party committee
    stands for, without the body that commands it ("Bộ Tư lệnh Hải quân" → "Hải quân";
    ``UNIT_COMMANDS``): its Party committee's name, for a bare "Đảng ủy" before it
    ("Đảng ủy, Bộ đội Biên phòng tỉnh Lào Cai" → "Đảng ủy Bộ đội Biên phòng tỉnh Lào
    Cai"); ``None`` for a locality's body ("Đảng ủy, UBND xã An Long" → "Đảng ủy xã An
    Long")."""
    bodies = (*vocab.LOCAL_BODIES, *(committee for committee, _ in vocab.LEVEL_COMMITTEES))
    if organizer.startswith(bodies) or organizer.startswith(_PARTY_COMMITTEE):
        return None
    for command in vocab.UNIT_COMMANDS:
        if organizer.startswith(f"{command} "):
            return organizer[len(command) + 1 :]
    return organizer


_next_word = lazy_regex(r"[ ]{1,3}(?=\w)")


def _organ_phrase(
    norm: NormalizedText, position: int, verb_pattern: Pattern
) -> tuple[str, int] | None:
    """An organ of the vocabulary and what completes it, canonical, and where it ends:
    the organs it belongs to ("Ban Thường vụ Đảng bộ UBND tỉnh" → "Ban Thường vụ Đảng bộ
    Ủy ban nhân dân tỉnh"), its term ("khóa XV"), what it is about ("Ban Chỉ đạo … về
    …"), an abbreviation in parentheses, and the name of its place or unit the vocabulary
    does not know (:func:`_name_tail`); never a time word, an adverb or a verb after it."""
    lower = norm.lower
    read = _read_organ(norm, position)
    if read is None:
        # A standing-body head before the organ it belongs to: "Thường trực HĐND tỉnh".
        head = _shared_head().match(lower, position)
        gap = _next_word().match(lower, head.end()) if head is not None else None
        parent = _read_organ(norm, gap.end()) if gap is not None else None
        if head is None or parent is None:
            return None
        read = f"{_SHARED_HEADS[' '.join(head.group().split())]} {parent[0]}", parent[1]
    name, end = read
    for _ in range(3):
        gap = _next_word().match(lower, end)
        parent = _read_organ(norm, gap.end()) if gap is not None else None
        if parent is None:
            break
        name, end = f"{name} {parent[0]}", parent[1]
    party = _of_the_party().match(lower, end) if name.endswith("Trung ương") else None
    end = party.end() if party is not None else end  # "Ủy ban Kiểm tra Trung ương Đảng"
    for piece in (organ_term, _of_the_state, organ_term):  # "khóa XIII nước CHXHCN Việt Nam"
        found = piece().match(lower, end)
        end = found.end() if found else end
    about = _about_tail().match(lower, end)
    if about is not None:  # the topic is a part of the name, as written
        name, end = f"{name} {collapse(norm.text[about.start() : about.end()])}", about.end()
    abbreviation = parenthesis().match(lower, end) or _short_name().match(lower, end)
    if abbreviation is not None:
        end = abbreviation.end()
        term = organ_term().match(lower, end)  # "HĐND xã X (tỉnh Y) khóa I, nhiệm kỳ …"
        if term is not None:
            return name, term.end()
    if titles_module.title_before_name(norm, position, end):
        return name, end  # "Thường trực Tỉnh ủy Nguyễn Văn An chủ trì …": a title and its holder
    name_end = _name_tail(norm, end, verb_pattern)
    if name_end > end:
        term = organ_term().search(lower, end, name_end)  # "… của Quốc hội khóa XIV"
        tail = " ".join(norm.text[end : term.start() if term else name_end].split())
        name = cities_written_out(f"{name} {tail}")  # "… Kinh tế TP. Hồ Chí Minh"
        abbreviation = parenthesis().match(lower, name_end)
        end = abbreviation.end() if abbreviation else name_end
        term = organ_term().match(lower, end)  # "… quận Cầu Giấy khóa VI, nhiệm kỳ …"
        end = term.end() if term else end
    return name, end


#: The Party a central organ is of, read over: "Ban Tuyên giáo Trung ương Đảng (Cộng sản
#: Việt Nam)" is the "Ban Tuyên giáo Trung ương".
_of_the_party = lazy_regex(rf"{SP}(?<![\w])đảng(?:{GAP}cộng{GAP}sản{GAP}việt{GAP}nam)?(?![\w])")


#: The state an organ is of, read over: "Quốc hội khóa XIII nước Cộng hòa xã hội chủ nghĩa
#: Việt Nam khai mạc …".
_of_the_state = lazy_regex(
    rf"{SP}(?<![\w])nước{GAP}(?:cộng{GAP}hòa{GAP}xã{GAP}hội{GAP}chủ{GAP}nghĩa|chxhcn){GAP}việt{GAP}nam"
    r"(?![\w])"
)


_capitalised_word = lazy_regex(rf"[ ]{{1,3}}{UPPER}[\w.-]{{0,20}}")


#: The level word of a place after an organ: "Chi bộ thôn …", "Đảng ủy xã …".
_level_after = lazy_regex(lambda: rf"[ ]{{1,3}}{any_of(vocab.PLACE_LEVELS)}(?![\w])")


_place_number = lazy_regex(r"[ ]{1,3}\d{1,3}(?![\w/]|[.,-]\d)")


def _name_tail(norm: NormalizedText, end: int, verb_pattern: Pattern) -> int:
    """Where the name of the place or unit after an organ ends (``end`` when there is
    none): a number ("Đảng ủy phường 5", "Chi bộ thôn 3"), perhaps after a level word; a
    level word alone ("… Hồ Chí Minh tỉnh"); or words that open with a capital and run to
    the verb or the next organiser ("Thành ủy Đà Lạt", "Đảng ủy Khối Cơ quan và Doanh
    nghiệp tỉnh"), else the capitalised words alone."""
    lower = norm.lower
    level = _level_after().match(lower, end)
    position = level.end() if level is not None else end
    number = _place_number().match(lower, position)
    if number is not None:
        return number.end()
    first = _capitalised_word().match(norm.text, position)
    if first is None:
        return _lower_case_tail(norm, position, verb_pattern)
    start = first.end() - len(first.group().lstrip())
    if _tail_stop(lower, start):
        return position
    if _open_head().match(lower, start) is not None:
        # a body named in full: "Đảng bộ Báo và phát thanh, truyền hình Phú Thọ tổ chức …"
        opened = _open_organizer(norm, start, verb_pattern)
        if opened is not None and "(" not in lower[start : opened[1]]:
            return opened[1]  # (an abbreviation in parentheses is the caller's to read over)
    tail = first.end()
    for _ in range(_TAIL_WORDS):
        if (
            (
                verb_pattern.match(lower, tail) is not None
                and not _name_word_before_verb(norm, tail, verb_pattern)
            )
            or _ends_open_name(norm, tail)
            or parenthesis().match(lower, tail)
            or organ_term().match(lower, tail)  # "… xã Vĩnh Thành Khóa I, nhiệm kỳ …"
        ):
            return tail
        word = _open_word().match(norm.text, tail)
        if word is None or word["joint"].strip() == "," or _tail_stop(lower, word.start("word")):
            break
        tail = word.end()
    return _capitalised_words(norm, position)


def _name_word_before_verb(norm: NormalizedText, position: int, verb_pattern: Pattern) -> bool:
    """Whether the word at ``position``, where a verb seems to start, is a capitalised word
    of a name with the verb after it: a verb opens in lower case ("… Lâm Đồng tổ chức" is
    not "đồng tổ chức")."""
    word = _open_word().match(norm.text, position)
    return (
        word is not None
        and word["word"][0].isupper()
        and verb_pattern.match(norm.lower, word.end()) is not None
    )


#: The most words of a name after an organ, up to its verb: of a name that opens with a
#: capital ("Trường Cao đẳng Kỹ thuật Công nghiệp – Xây dựng Quảng Ninh"), and of one that
#: opens in lower case (read more warily: "Chi bộ các cơ quan Đảng").
_TAIL_WORDS = 12
_LOWER_CASE_TAIL_WORDS = 8


def _lower_case_tail(norm: NormalizedText, end: int, verb_pattern: Pattern) -> int:
    """Where a unit's name that opens with a lower-case word ends ("Chi bộ các cơ quan
    Đảng", "Đảng ủy cơ quan Bộ", "Đảng bộ cơ quan Ban Tổ chức Tỉnh ủy": an organ inside
    it is read whole): only when it runs to the verb with neither a comma nor
    another organiser on the way and has a capitalised word (``end`` otherwise: "Tỉnh ủy
    long trọng tổ chức")."""
    lower, tail, capital = norm.lower, end, False
    for _ in range(_LOWER_CASE_TAIL_WORDS):
        if _organizer_separator().match(lower, tail):
            return end  # "… phối hợp Tỉnh ủy X tổ chức", "… và thành viên UBND tỉnh họp"
        word = _open_word().match(norm.text, tail)
        if word is None or word["joint"].strip():
            return end
        organ = _read_organ(norm, word.start("word"))  # "Đảng bộ cơ quan Ban Tổ chức Tỉnh ủy"
        if organ is None and _tail_stop(lower, word.start("word")):
            return end
        capital = capital or organ is not None or word["word"][0].isupper()
        tail = organ[1] if organ is not None else word.end()
        if verb_pattern.match(lower, tail):
            return tail if capital else end
    return end


def _tail_stop(lower: str, position: int) -> bool:
    """Whether a word that may not stand in a name starts at ``position``: a meeting noun,
    a time word, an adverb, a verb of a clause, an organising verb ("… tổ chức Họp báo …":
    a press conference, the name does not run on to a later meeting)."""
    return bool(
        _noun_at().match(lower, position)
        or _unknown_stop().match(lower, position)
        or _organise_verb().match(lower, position)
    )


_organise_verb = lazy_regex(lambda: rf"{any_of(vocab.ORGANISE_VERBS)}(?![\w])")


def _capitalised_words(norm: NormalizedText, end: int) -> int:
    """Where a run of (at most four) capitalised words after ``end`` stops (before a
    meeting noun: "Ban Tổ chức Trung ương Hội nghị …" has no name after the organ)."""
    for _ in range(4):
        word = _capitalised_word().match(norm.text, end)
        if word is None:
            break
        if _tail_stop(norm.lower, word.end() - len(word.group().lstrip())):
            break
        end = word.end()
    return end


#: How many organisers a header may name ("Đảng bộ Hải Phòng, Đảng bộ Thái Bình, …").
_MAX_ORGANIZERS = 70


def _has_verb(verb: Match) -> bool:
    """Whether an organiser's match has a verb ("tổ chức", "họp"), not only a noun."""
    groups = verb.groupdict()
    return bool(groups.get("verb")) or groups.get("noun") == vocab.VERB_NOUN or "noun" not in groups


def _subject_of(organizers: tuple[str, ...], verb: Match) -> _Subject:
    groups = verb.groupdict()
    if "noun" not in groups:  # a passive list: "được Bộ Chính trị tổ chức"
        return _Subject(organizers, (), verb.start(), verb.end())
    recent = "vừa" in (groups.get("adverbs") or "")
    return _Subject(
        organizers,
        (),
        verb.start("noun"),
        verb.end("noun"),
        recent=recent,
        verb=_has_verb(verb),
        when=verb if groups.get("when") else None,
    )


def _read_place_list(
    context: DocumentContext, position: int, verb_pattern: Pattern
) -> _Subject | None:
    """ "Đảng bộ các tỉnh: Hải Phòng, Thái Bình … tiến hành …" → "Đảng bộ Hải Phòng", …;
    "HĐND các tỉnh Bình Định, Tây Ninh, đã tổ chức …" → "Hội đồng nhân dân tỉnh Bình
    Định", … (``PLACE_LIST_ORGANS``)."""
    norm = context.norm
    head = _place_list().match(norm.lower, position)
    if head is None:
        return None
    organ, levelled = _LIST_ORGANS[collapse(head["organ"])]
    level = collapse(head["level"])
    if levelled and level in _ONE_LEVEL:
        organ = f"{organ} {level}"  # "Hội đồng nhân dân tỉnh Bình Định"
    organizers: list[str] = []
    end = head.end()
    for _ in range(_MAX_ORGANIZERS):
        place = _place_name().match(norm.text, end)
        if place is None:
            return None
        name = f"{organ} {' '.join(place.group().split())}"
        if name not in organizers:
            organizers.append(name)
        comma = _comma_before_verb().match(norm.lower, place.end())
        for at in (place.end(), comma.end() if comma is not None else None):
            verb = verb_pattern.match(norm.lower, at) if at is not None else None
            if verb is not None and _has_verb(verb):
                return _subject_of(tuple(organizers), verb)
        separator = _list_separator().match(norm.lower, place.end())
        if separator is None:
            return None
        end = separator.end()
    return None


#: A word, perhaps with a dot inside it ("TP.HCM").
_word = lazy_regex(r"[ ]{1,3}[\w/]{1,20}(?:\.\w{1,10})?")


#: Words that start a person, a clause, a place or the item of a notice ("Thời gian tổ
#: chức kỳ họp …"), never an organisation.
_not_an_organ = lazy_regex(
    r"""(?:đồng[ ]chí|ông|bà|anh|chị|các|những|nhiều|tại|trong|theo|phát[ ]biểu|với|về
        |sau|trước|nhân|thay|đây|đó|hôm|ngày|sáng|chiều|tối|trưa|đêm
        |thời[ ]gian|địa[ ]điểm|nội[ ]dung|thành[ ]phần)\b"""  # a notice's items
)


def _words_before_verb(lower: str, end: int, count: int, verb_pattern: Pattern) -> int | None:
    """Where up to ``count`` words after ``end`` stop right before the organising verb,
    another organiser or an abbreviation in parentheses."""
    words: Iterator[Match] = _word().finditer(lower, end)
    for word in itertools.islice(words, count):
        if word.start() != end:
            return None
        end = word.end()
        if (
            verb_pattern.match(lower, end)
            or _organizer_separator().match(lower, end)
            or parenthesis().match(lower, end)
        ):
            return end
    return None


_agency_prefix = lazy_regex(rf"[ ]{{0,3}}(?:{_AGENCY}){{0,2}}")


_first_word = lazy_regex(r"[\w/]{1,20}")


_OPEN_HEADS = {
    spelled: name
    for name, spellings in (
        *((body.name, body.spellings) for body in vocab.OPEN_BODIES),
        *vocab.OPEN_ORGANISER_HEADS,
    )
    for spelled in (name.lower(), *spellings)
}
#: The most words an open body's name has before its verb (abbreviations not counted).
_OPEN_NAME_WORDS = 30


#: Words that join the words of a name and never end it.
_OPEN_LINKS = frozenset({"và", "của", "về", "với", "-", "–"})


@lazy_pattern
def _open_start() -> Pattern:
    """A lower-case word that may open an open body's name ("thực hiện", "phòng", "phong
    trào"): the titles vocabulary's, and the meetings vocabulary's."""
    words = (*vocab.OPEN_NAME_STARTS, *vocab.ORGANIZER_NAME_STARTS)
    return compile_pattern(rf"[ ]{{0,3}}(?:{alternation(words)})(?![\w])")


#: The head of a body whose name is open ("Ban Chỉ đạo", "BCĐ", "Tiểu ban", "Hội đồng").
_open_head = lazy_regex(lambda: rf"(?:{alternation(_OPEN_HEADS)})(?![\w])")


#: The next word of an open name, with what joins it: a space, ", " (a topic: "phòng,
#: chống"), " - " ("Thi đua - Khen thưởng"); quotes stay ('"Học tập và làm theo"').
_open_word = lazy_regex(
    r"""(?P<joint>[ ]{1,3}[-–][ ]{1,3}|,[ ]{1,3}|[ ]{1,3})
        (?P<word>T[Pp]\.[ ]{0,3}[A-ZĐ][^\s,.;:()\[\]{}!?…]{0,30}|[^\s,.;:()\[\]{}!?…]{1,40})"""
)


#: The members a body is said to hold: "(gồm Quận ủy 1, 3, 5 …)", "gồm các quận: 7, 12, …,",
#: "gồm: Hà Nội, …, Cần Thơ tổ chức …", or the member that leads it, in parentheses: "(do
#: Cục Hải quan tỉnh làm Trưởng khối)", or not: "do đồng chí …, <titles> làm Trưởng Đoàn".
_members_opening = lazy_regex(
    r"[ ]{0,3}(?:(?P<open>\()[ ]{0,3}do|\(?[ ]{0,3}(?:bao[ ])?gồm[ ]{0,3}:?|(?P<led>do))[ ]"
)
#: The words that close the leader's clause "do …" without parentheses.
_leads_it = lazy_regex(r"[ ]làm[ ]{1,3}trưởng[ ]")
#: The longest list of members read over.
_MEMBERS_REACH = 200
#: Where a list of members may end before the verb: after its parenthesis, or (without one)
#: at a comma or a space.
_members_end = lazy_regex(r"\)|[ ,]")


def _members_listed(lower: str, end: int, verb_pattern: Pattern) -> int | None:
    """Where the members a body is said to hold, written after its name, end: right
    before the organising verb, on the line; ``None`` if they do not stand there."""
    opening = _members_opening().match(lower, end)
    if opening is None:
        return None
    line_end = lower.find("\n", opening.end(), opening.end() + _MEMBERS_REACH)
    limit = line_end if line_end >= 0 else min(len(lower), opening.end() + _MEMBERS_REACH)
    for mark in _members_end().finditer(lower, opening.end(), limit):
        if (mark.group() == ")") != bool(opening["open"]):
            continue
        if opening["led"] and not _leads_it().search(lower, opening.end(), mark.start() + 1):
            continue  # (the leader, "do …", ends with "làm Trưởng …")
        verb = verb_pattern.match(lower, mark.end() if mark.group() != " " else mark.start())
        if verb is not None and _has_verb(verb):
            return verb.start()
    return None


def _open_organizer(
    norm: NormalizedText, position: int, verb_pattern: Pattern
) -> tuple[str, int] | None:
    """A body named in full after an open head, up to its verb or the next organiser:
    "Tiểu ban Văn kiện Đại hội XIV (Tiểu ban) họp …", "Ban Chỉ đạo (BCĐ) thực hiện Đề
    án 06 của tỉnh và BCĐ … tổ chức …" (abbreviations and short names in parentheses and
    a term are read over, "BCĐ" is "Ban Chỉ đạo"). The head and its spellings are those of the
    titles vocabulary (:data:`~vn_party_docs._vocab.organs.OPEN_BODIES`)."""
    lower, text = norm.lower, norm.text
    head = _open_head().match(lower, position)
    if head is None:
        return None
    parts = [_OPEN_HEADS[" ".join(head.group().split())]]
    end = head.end()
    for _ in range(_OPEN_NAME_WORDS + 4):
        term = organ_term().match(lower, end)
        if term is not None and titles_module.cites_at_end(lower, end):
            # the term of a document the name cites: "… Nghị quyết Trung ương 8 khóa XI về …"
            parts.append(" " + collapse(text[end : term.end()]))
            end = term.end()
            continue
        skipped = parenthesis().match(lower, end) or _short_name().match(lower, end) or term
        if skipped is not None:
            end = skipped.end()
            continue
        members = _members_listed(lower, end, verb_pattern) if len(parts) > 1 else None
        if members is not None:
            end = members  # "Cụm thi đua 1 (gồm Quận ủy 1, 3, 5) tổ chức …"
            break
        verb = verb_pattern.match(lower, end)
        if verb is not None and (
            (len(parts) == 1 and text[verb.start() : verb.end()].strip()[:1].isupper())
            or _name_word_before_verb(norm, end, verb_pattern)
        ):
            verb = None  # "Ban Tổ chức Đại hội họp …": a capital makes the verb a word of the name
        if (verb is not None and _has_verb(verb)) or (
            len(parts) > 1 and _ends_open_name(norm, end)
        ):
            if parts[-1].split()[-1].lower() in _OPEN_LINKS:
                return None  # "… và sẽ tổ chức": the name ended before
            break
        word = _open_word().match(text, end)
        if word is None or len(parts) > _OPEN_NAME_WORDS:
            return None
        written = word["word"]
        joint = word["joint"].strip()
        if _unknown_stop().match(lower, word.start("word")):
            return None
        if joint == "," and not written[0].islower():
            return None  # a comma goes on only before a lower-case word of a topic
        if (
            len(parts) == 1
            and written[0].islower()
            and not _open_start().match(lower, end + 1)
            and not titles_module.opens_a_name(norm, word.start("word"), parts[0])
        ):
            return None  # "Hội đồng nghe báo cáo": a clause after the head, not a name
        written = (
            city_written_out(written)  # "TP. HCM": "Thành phố Hồ Chí Minh"
            if written.startswith(("TP.", "Tp."))
            else titles_module.expand_open_word(written)
        )
        parts.append(f"{' ' if joint != ',' else ''}{joint}{' ' if joint else ''}{written}")
        end = word.end()
    return _organizer_name("".join(parts)), end


#: The short name a body is given in parentheses: "(gọi tắt là Ban Chỉ đạo 35)", "(sau
#: đây gọi là Ban Chỉ đạo)", "(viết tắt là BCĐ)".
_short_name = lazy_regex(rf"{_SHORT_NAME_OPENING}(?:[ ]tắt(?:[ ]là)?|[ ]là)[ ][^()\n]{{1,40}}\)")


def _ends_open_name(norm: NormalizedText, end: int) -> bool:
    """Whether another organiser follows at ``end``: after "phối hợp (với)", "cùng (với)",
    a comma and a capital or a place that holds the meeting, or "và" and an organ or an
    open head ("… tỉnh và BCĐ …")."""
    separator = _organizer_separator().match(norm.lower, end)
    if separator is None:
        return False
    joint = " ".join(separator.group().split())
    after = separator.end()
    if joint.startswith("phối hợp") and not joint.endswith(("với", "cùng")):
        # "A phối hợp B tổ chức"; not a word of the name before a lower-case topic ("Ban Chỉ
        # đạo điều hành phối hợp công tác Dân vận tỉnh tổ chức …")
        return norm.text[after : after + 1].isupper() or _starts_organizer(norm, after)
    if joint.startswith(("phối hợp", "chủ trì", "cùng")):
        return True
    if joint == "," and after < len(norm.text) and norm.text[after].isupper():
        return True
    if joint == "," and _place_organizer(norm, after, _verb_pattern()) is not None:
        return True  # "Ban thi đua khen thưởng tỉnh, huyện Đô Lương tổ chức"
    return _starts_organizer(norm, after)


#: Party committees named in the plural inside a name: "… các tỉnh ủy", "… các huyện ủy".
_plural_committees = lazy_regex(r"(?<![\w])các[ ]{1,3}(?:tỉnh|thành|huyện|quận|thị|đảng)[ ]ủy\Z")


def _plural_committees_before(norm: NormalizedText, end: int) -> bool:
    """Whether the name before ``end`` ends with committees in the plural ("các tỉnh ủy"),
    which a comma and more of them in lower case continue ("…, thành ủy")."""
    return _plural_committees().search(norm.lower, max(0, end - 30), end) is not None


def _starts_organizer(norm: NormalizedText, position: int) -> bool:
    """Whether another organiser starts at ``position`` (an organ or an open head)."""
    return (
        _open_head().match(norm.lower, position) is not None
        or titles_module.read_organ(norm, position) is not None
    )


#: A verb or clause word that never stands inside an organiser's name ("chủ trì",
#: "phát biểu", "đã"; not the nouns that open with one, "dự án", ``OPEN_NAME_NOUNS``), a
#: person addressed (``ADDRESS`` before a family name: not "Công ty Cao su Bà Rịa"), or
#: "điều hành" before a meeting ("… điều hành Hội nghị"; not "Ban Chỉ đạo điều hành giá").
_unknown_stop = lazy_regex(
    lambda: (
        rf"""(?<![\w])(?!(?:{alternation(vocab.OPEN_NAME_NOUNS)})(?![\w]))
        (?:{any_of(vocab.ORGANIZER_BREAKS)}(?![\w])
        |(?:{ADDRESS})[ ]{{1,3}}(?:{alternation(name.lower() for name in vocab.SURNAMES)})(?![\w])
        |điều{GAP}hành{GAP}(?:{alternation(vocab.MEETING_NOUNS)}|phiên)(?![\w]))"""
    )
)


#: The level word of a place ("Thủ đô", "Thành phố", "tỉnh"): with a capitalised name
#: after it, a place ("Thủ đô Hà Nội"), not an organisation.
_place_level = lazy_regex(lambda: rf"{any_of(vocab.PLACE_LEVELS)}(?![\w])[ ]{{1,3}}")


def _unknown_organizer(
    norm: NormalizedText, position: int, verb_pattern: Pattern
) -> tuple[str, int] | None:
    """A capitalised organisation name the vocabulary does not know, before the verb."""
    text = norm.text
    if position >= len(text) or not text[position].isupper():
        return None
    if _not_an_organ().match(norm.lower, position) or titles_module.starts_title(norm, position):
        return None  # (nor a person with a title: "Chủ tịch Quốc hội X … chủ trì")
    first = _first_word().match(norm.lower, position, position + 20)
    if first is None:
        return None
    end = _words_before_verb(norm.lower, first.end(), 10, verb_pattern)
    if end is None:
        return None
    name = " ".join(titles_module.expand_open_word(word) for word in text[position:end].split())
    level = _place_level().match(norm.lower, position)
    named = name[level.end() - position :] if level is not None else name
    if all(word[0].isupper() for word in named.split()):
        # a place or a person ("Hà Nội", "Thủ đô Hà Nội", "Việt Nam"), not an organisation
        return None
    if _unknown_stop().search(norm.lower, position, end):
        return None  # "Tổng Bí thư X chủ trì": a clause, not the name of an organisation
    abbreviation = parenthesis().match(norm.lower, end)
    if abbreviation is None:
        return _organizer_name(name), end
    # its place after the abbreviation: "Ban đại diện Hội Người cao tuổi (NCT) tỉnh"
    place_end = _name_tail(norm, abbreviation.end(), verb_pattern)
    place = collapse(text[abbreviation.end() : place_end])
    return _organizer_name(f"{name} {place}" if place else name), place_end


#: Words after which the next word goes on with a number in words, never a stop: "thứ
#: sáu", "lần thứ mười sáu", "thứ hai mươi tám".
_NUMBER_GOES_ON = frozenset({"thứ", "mười", "mươi"})


def _name_end(lower: str, noun_end: int, limit: int, commas: bool) -> int:
    """Where a meeting's name ends: its noun and the words that qualify it, as written
    ("Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII"), up to what the
    meeting does, when or where ("đánh giá", "triển khai", "tại", a period …).
    ``commas``: a name that is the sentence's subject runs over commas ("Kỳ họp thứ
    hai, Quốc hội khóa XV")."""
    end = noun_end
    previous = lower[max(0, noun_end - 10) : noun_end].split()[-1:] or [""]
    last = previous[0]
    position = noun_end
    for _ in range(60):
        token = _name_token().match(lower, position, limit)
        if token is None or (token["comma"] and not commas):
            break
        if token["comma"] and _people_after_comma().match(lower, token.start("word")):
            # "kỳ họp thứ 15, các đại biểu nghe …", "Đại hội …, ông A được bầu …": the
            # people at it, not its name
            break
        word = token["word"]
        vague = _vague_year().match(lower, token.start("word"), limit)
        if vague is not None and _name_stop().match(lower, vague.start()) is None:
            # "Kỳ họp thường lệ giữa năm 2025": a position in a year names the session
            position = end = vague.end()
            last = vague["year"]
            continue
        kept = _name_kept().match(lower, token.start("word"), limit)
        if (
            position == noun_end
            and last == "hội"  # (the noun is "Đại hội")
            and _congress_at_work().match(lower, token.start("word"))
        ):
            break  # "Đại hội thông báo kết quả …": the congress at work
        if kept is None and position == noun_end:  # "Hội nghị công bố quyết định …"
            kept = _name_kind_first().match(lower, token.start("word"), limit)
        if kept is not None:  # "Hội nghị sơ kết", "Hội nghị giao ban": the kind of meeting
            position = end = kept.end()
            last = kept.group().split()[-1]
            continue
        if last not in _NUMBER_GOES_ON and _name_stop().match(lower, token.start("word")):
            break
        if word[0].isdigit() and (
            last not in _NUMBER_BEFORE or _months_after().match(lower, token.end())
        ):
            break  # (not "Trung ương 6 tháng đầu năm": a count of months, no plenum)
        position = end = token.end()
        last = word
    return end


#: The months a number counts: "6 tháng đầu năm".
_months_after = lazy_regex(r"[ ]{1,3}tháng(?![\w])")


def _lead_name_end(lower: str, lead: _Lead) -> int:
    """Where the name of a lead's meeting ends: as its subject read it, else read up to
    the lead's end, not over a comma."""
    subject = lead.subject
    if subject.name_end is not None:
        return subject.name_end
    return _name_end(lower, subject.noun_end, lead.end, commas=False)


def _paragraph_bounds(lower: str, end: int, limit: int) -> tuple[int, int]:
    """The end of the header's paragraph and of the paragraph after it."""
    paragraph = _paragraph_end().search(lower, end, limit)
    paragraph_end = paragraph.start() if paragraph else limit
    following = _paragraph_end().search(lower, paragraph.end(), limit) if paragraph else None
    return paragraph_end, following.start() if following else limit


#: A paragraph that goes on about the meeting: "Hội nghị được tổ chức trực tuyến …",
#: "Điểm cầu chính tại … và 252 điểm cầu tại …".
_continues_report = lazy_regex(
    lambda: rf"[\s]{{0,6}}(?:(?:đây[ ]là[ ](?:một[ ])?)?{_noun()}|điểm[ ]cầu[ ]chính)(?![\w])"
)


def _report_end(lower: str, paragraph_end: int, next_end: int) -> int:
    """The end of the header's report: its paragraph, and the next one when that one goes
    on about the meeting ("Cuộc họp được kết nối trực tuyến với các tỉnh …")."""
    if paragraph_end < next_end and _continues_report().match(lower, paragraph_end, next_end):
        return next_end
    return paragraph_end


def _complete(
    context: DocumentContext, lead: _Lead, limit: int, previous: _Header | None
) -> _Header:
    """Read the rest of a header, up to the next header (``limit``) at the latest."""
    lower = context.norm.lower
    start, end = lead.start, lead.end
    opening = lead.opening if lead.opening is not None else start
    subject = lead.subject
    paragraph_end, chairs_end = _paragraph_bounds(lower, end, limit)
    all_periods = periods_module.hits(context)
    header_periods = _between(all_periods, opening, end)
    cues = _cues_of(lower, subject.noun_start, header_periods, end)
    date = _date(context, lead, cues, all_periods, paragraph_end, previous)
    if date is not None:  # the periods whose year only the meeting's date gives
        yearless = periods_module.yearless_hits(context, opening, end, date.year)
        if yearless:
            header_periods = sorted([*header_periods, *yearless], key=lambda hit: hit.start)
            cues = _cues_of(lower, subject.noun_start, header_periods, end)
    reviewed, planned = _split_periods(cues, date)
    report_end = _report_end(lower, paragraph_end, chairs_end)
    online = _is_online(lower, opening, report_end)
    bridge_points = _bridge_points(lower, opening, report_end)
    chairs = list(subject.chairs)
    seen = set(chairs)
    for official in _chairs(context, start, chairs_end):
        if official not in seen:
            seen.add(official)
            chairs.append(official)
    name_end = _lead_name_end(lower, lead)
    meeting = Meeting(
        date=date,
        day_part=read_day_part(lead.day_part) if lead.day_part else None,
        organizers=subject.organizers,
        name=" ".join(context.norm.text[subject.noun_start : name_end].split()),
        online=online,
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


#: A dated lead whose year comes from the dateline may be at most this far after it.
_AFTER_DATELINE = datetime.timedelta(days=45)


def _date(
    context: DocumentContext,
    lead: _Lead,
    cues: list[tuple[Period, str]],
    all_periods: list[Hit[Period]],
    paragraph_end: int,
    previous: _Header | None,
) -> datetime.date | None:
    """The meeting's date; a missing year is completed as documented in docs/meetings.md."""
    written = lead.date
    before = previous.meeting.date if previous is not None else None
    if lead.same_day or (written is None and lead.relative is None and lead.day_part):
        # "Sáng cùng ngày", and a day part alone after a dated header ("Buổi chiều, …")
        return before
    relative = " ".join(lead.relative.split()) if lead.relative else None
    if relative in _FOLLOWING_DAYS and written is None:  # "Chiều hôm sau, …"
        return before + datetime.timedelta(days=1) if before is not None else None
    reference = context.reference_date_for(lead.start)
    if written is None:
        if reference is None or relative is None:
            return None
        return reference + datetime.timedelta(days=_RELATIVE_DAYS.get(relative, 0))
    day = _read_written(written, lead.first_day, None)
    if day is not None:
        return day
    if previous is not None and previous.meeting.date is not None:
        day = _read_written(written, lead.first_day, previous.meeting.date.year)
        if day == previous.meeting.date:
            return day  # "Cũng trong sáng 26/7, …": the previous header's day again
    if reference is not None:
        if relative is not None:  # "Hôm qua (31/12)" under a dateline of 1 January
            reference += datetime.timedelta(days=_RELATIVE_DAYS.get(relative, 0))
        day = _read_written(written, lead.first_day, reference.year)
        if (
            day is not None
            and lead.relative is None
            and day > reference + _AFTER_DATELINE
            and not _to_come(context.norm.lower, lead)
        ):  # (not a meeting to come: "Kỳ họp thứ 6 … sẽ diễn ra từ ngày 11 - 13/7")
            day = _read_written(written, lead.first_day, reference.year - 1)
        return day
    # (a stage says too little of the year: "tổng kết … giai đoạn 2017-2020" may be later;
    # so does the term of a mid-term review: "sơ kết giữa nhiệm kỳ …, nhiệm kỳ 2020 - 2025")
    midterm = any(period.kind is PeriodKind.TERM for period, _ in cues) and bool(
        _midterm().search(context.norm.lower, lead.subject.noun_start, lead.end)
    )
    candidates = [
        (period, _role(cue))
        for period, cue in cues
        if period.kind is not PeriodKind.STAGE and not (midterm and period.kind is PeriodKind.TERM)
    ]
    if candidates:
        return _nearest(written, lead.first_day, candidates)
    vague = _vague_year().search(context.norm.lower, lead.subject.noun_start, lead.end)
    if vague is not None:  # "… các nội dung trình kỳ họp giữa năm 2023"
        named, position = int(vague["year"]), " ".join(vague["position"].split())
        quarter = dict(vocab.VAGUE_YEAR_QUARTERS).get(position)
        period = Period.year(named) if quarter is None else Period.quarter(named, quarter)
        return _nearest(written, lead.first_day, [(period, "")])
    day = _congress_day(context, lead, all_periods, written)
    if day is not None:
        return day
    day = _after_document(context, lead, written)
    if day is not None:
        return day
    lower = context.norm.lower
    paragraph = [  # (not a point a career or a life starts at: "giữ chức … từ tháng 5/2021")
        hit
        for hit in _dating(lower, _between(all_periods, lead.end, paragraph_end))
        if not _since_before(lower, hit.start)
    ]
    # each with what its sentence does with it ("… tình hình năm 2020, nhiệm vụ năm 2021")
    cued = dict(_cues_of(lower, lead.end, paragraph, paragraph_end))
    candidates = [(hit.value, _role(cued.get(hit.value, _Cue.NONE))) for hit in paragraph]
    if candidates:
        return _nearest(written, lead.first_day, candidates)
    if _is_teaser_list(context):
        return None  # the other lines are other reports: none of their years is this one's
    day = _article_full_date(context, lead, written)
    if day is not None:
        return day
    year = _preceding_year(context, all_periods, lead.start, previous)
    return None if year is None else _read_written(written, lead.first_day, year)


#: A review held halfway through a term ("sơ kết giữa nhiệm kỳ", "nửa nhiệm kỳ").
_midterm = lazy_regex(r"(?<![\w])(?:giữa|nửa)[ ]{1,3}nhiệm[ ]{1,3}k[ỳì](?![\w])")


#: A vague position in a year, which names no period but the year of the business the
#: meeting takes up: "giữa năm 2023", "cuối năm 2024".
_vague_year = lazy_regex(
    lambda: (
        rf"(?<![\w])(?P<position>{any_of(vocab.VAGUE_POSITIONS)})"
        rf"[ ]{{1,3}}năm[ ]{{1,3}}(?P<year>\d{{4}})(?!\d)"
    )
)


#: The fewest report lines of a list of teasers (a tag or search page).
_TEASERS = 3
#: The shortest line counted as a report (shorter ones are headings, bylines, captions).
_TEASER_LENGTH = 40


def _is_teaser_list(context: DocumentContext) -> bool:
    """Whether the text is a list of teasers, each line the start of another report (a tag
    or search page): at least three lines of some length, each opening with a dated lead."""

    def compute() -> bool:
        lower = context.norm.lower
        reports = 0
        for line in _long_line().finditer(lower):
            lead = _lead_pattern().match(lower, line.start())
            if lead is None or not lead["date"]:
                return False
            reports += 1
        return reports >= _TEASERS

    return context.memo("meetings.teasers", compute)


_long_line = lazy_regex(rf"(?m)^[^\n]{{{_TEASER_LENGTH},}}")


#: A congress, or a sitting of one ("phiên trù bị Đại hội", "phiên trọng thể Đại hội",
#: "phiên thứ nhất, Đại hội …", "phiên khai mạc của Đại hội").
_congress = lazy_regex(
    r"(?:(?:phiên|buổi)(?:[ ]{1,3}\w+){0,3}?(?:[ ]{0,3},)?[ ]{1,3}(?:của[ ]{1,3})?)?"
    r"đại[ ]hội(?![\w])"
)


def _congress_day(
    context: DocumentContext, lead: _Lead, all_periods: list[Hit[Period]], written: str
) -> datetime.date | None:
    """A congress whose header names its term is held in the term's first year: "Sáng
    12/10, … Đại hội đại biểu Đảng bộ … lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc" → 2025;
    so is the first conference of the committee it elects ("Hội nghị Ban Chấp hành Đảng
    bộ tỉnh lần thứ nhất, nhiệm kỳ 2025-2030"), and the first session of a council or a
    committee whose header names its term ("HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026 tổ chức
    kỳ họp thứ nhất"). (Not another meeting of the term, nor a congress whose term is
    named elsewhere.)"""
    subject = lead.subject
    lower = context.norm.lower
    congress = _congress().match(lower, subject.noun_start) is not None
    term = None
    if not congress and _first_session().search(
        lower, subject.noun_start, subject.noun_end + _ORDINAL_REACH
    ):
        # the first session of a council or a committee whose term the header names before
        # or after it: "HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất"
        # (not the term of a congress named after it: "phiên họp thứ nhất Ban Chỉ đạo thực
        # hiện Nghị quyết Đại hội … lần thứ I, nhiệm kỳ 2025-2030")
        term = next(
            (
                hit
                for hit in _between(all_periods, lead.start, lead.end)
                if hit.value.kind is PeriodKind.TERM
                and not (
                    hit.start > subject.noun_end
                    and _meeting_word().search(lower, subject.noun_end, hit.start)
                )
            ),
            None,
        )
    if term is None:
        if not congress and not lower.startswith("hội nghị", subject.noun_start):
            return None  # (a meeting about a congress is not one: "Hội nghị … trình Đại hội
            # …"; a sitting of it is: "phiên khai mạc Đại hội", its noun "Đại hội")
        # (a congress's term may come before its noun: "Tiếp tục chương trình Đại hội …,
        # nhiệm kỳ 2020 - 2025, chiều 16/7 Đại hội …")
        opening = lead.start if congress else subject.noun_start
        term = next(
            (
                hit
                for hit in _between(all_periods, opening, lead.end)
                if hit.value.kind is PeriodKind.TERM
            ),
            None,
        )
        if term is None or not (congress or _first_conference(lower, subject.noun_end, term.start)):
            return None
    if not congress and _mid_term(all_periods, term.value):
        return None  # a body formed during its term (as the 2025 mergers made)
    return _read_written(written, lead.first_day, term.value.start.year)


def _mid_term(periods: list[Hit[Period]], term: Period) -> bool:
    """Whether the text names a period that starts in a later year of ``term`` (not
    a term or a stage, which may open with it): a first session of such a text is held by a
    body formed during the term ("Kỳ họp thứ nhất của HĐND phường khóa X, nhiệm kỳ
    2021-2026 (sau khi sáp nhập)" with "6 tháng cuối năm 2025" further on)."""
    first, last = term.start.year, term.end.year
    return any(
        first < hit.value.start.year <= last
        for hit in periods
        if hit.value.kind not in (PeriodKind.TERM, PeriodKind.STAGE)
    )


#: How far after a meeting's noun the words of its first session may end ("kỳ họp thứ
#: nhất", "Hội nghị lần thứ nhất", "họp phiên đầu tiên").
_ORDINAL_REACH = 16


#: A meeting named inside another's name ("Hội nghị tổng kết … Đại hội … lần thứ I").
_meeting_word = lazy_regex(r"(?<![\w])(?:hội[ ]nghị|đại[ ]hội)(?![\w])")


def _first_conference(lower: str, noun_end: int, term: int) -> bool:
    """Whether the conference whose noun ends at ``noun_end`` is the first of the term
    written at ``term`` ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ I, nhiệm kỳ …"), not
    a conference about another meeting that is ("Hội nghị tổng kết công tác tổ chức Đại
    hội … lần thứ I, nhiệm kỳ …")."""
    first = _first_session().search(lower, noun_end, term)
    return first is not None and _meeting_word().search(lower, noun_end, first.start()) is None


def _readings(written: str, first_day: str | None, years: set[int]) -> list[datetime.date]:
    """The readings of a yearless date in each of ``years``."""
    days = (_read_written(written, first_day, year) for year in sorted(years))
    return [day for day in days if day is not None]


#: How long after a document's date a meeting that brings it to its members is held.
_DISSEMINATION = datetime.timedelta(days=365)
#: How near the meeting a date of its paragraphs must be to give it its year.
_NEAR_DATE = datetime.timedelta(days=120)


def _after_document(context: DocumentContext, lead: _Lead, written: str) -> datetime.date | None:
    """The first reading on or after the date of a document the meeting disseminates (not
    one whose years of work it reviews: "tổng kết 5 năm thực hiện Nghị quyết …")."""
    lower = context.norm.lower
    cue = _disseminate().search(lower, lead.subject.noun_start, lead.end)
    if cue is None:
        return None
    found = _full_date().search(lower, cue.end(), min(lead.end, cue.end() + 160))
    if (
        found is None
        or _later_review().search(lower, lead.subject.noun_start, found.start())
        or _history().search(lower, max(cue.end(), found.start() - 45), found.start())
    ):
        return None  # (nor a date of history: "… kỷ niệm 100 năm Ngày Báo chí cách mạng
        # Việt Nam (21-6-1925 – 21-6-2025)")
    issued = read_date(found["date"])
    if issued is None:
        return None
    years = {issued.year, issued.year + 1}
    days = [day for day in _readings(written, lead.first_day, years) if day >= issued]
    return days[0] if days and days[0] - issued <= _DISSEMINATION else None


#: Words before a date of history: "thành lập ngày …", "ra đời (ngày) …".
_history = lazy_regex(lambda: rf"(?<![\w]){any_of(vocab.HISTORY_WORDS)}(?![\w])")


#: How many full dates on each side of a header the article-wide step looks at.
_ARTICLE_DATES = 3


def _article_full_date(context: DocumentContext, lead: _Lead, written: str) -> datetime.date | None:
    """The reading within 120 days of a full date elsewhere in the article, the nearest
    in the text first (not a document's date): "Ngày 20-5, … tổ chức hội nghị …" and later
    "… thống nhất hôm 2/4/2023" → 2023-05-20."""
    lower = context.norm.lower

    def index() -> tuple[list[int], list[datetime.date], int]:
        positions: list[int] = []
        days: list[datetime.date] = []
        cited = [(hit.start, hit.end) for hit in citations_module.hits(context)]
        for found in _full_date().finditer(lower):
            before = max(0, found.start() - 45)
            if (
                _cited_before().search(lower, before, found.start())
                or _history().search(lower, before, found.start())
                or inside(cited, found.start())
            ):
                continue  # a document's date, or a date of history ("ra đời ngày 3/2/1930")
            day = read_date(found["date"])
            if day is not None:
                positions.append(found.start())
                days.append(day)
        return positions, days, max((day.year for day in days), default=0)

    positions, days, newest = context.memo("meetings.full_dates", index)
    at = bisect.bisect_left(positions, lead.start)
    nearby = range(max(0, at - _ARTICLE_DATES), min(len(positions), at + _ARTICLE_DATES))
    for index_ in sorted(nearby, key=lambda i: abs(positions[i] - lead.start)):
        anchor = days[index_]
        if anchor.year < newest - 1:
            continue  # a date of history ("3/2/1930"), not of the news
        years = {anchor.year - 1, anchor.year, anchor.year + 1}
        readings = [
            day
            for day in _readings(written, lead.first_day, years)
            if abs(day - anchor) <= _NEAR_DATE
        ]
        if readings:
            return min(readings, key=lambda day: abs(day - anchor))
    return None


def _dating(lower: str, hits: list[Hit[Period]]) -> list[Hit[Period]]:
    """The periods of ``hits`` that may give a meeting its year: within a year, and not
    named as a horizon or the term of a comparison ("so với cùng kỳ năm 2018")."""
    return [
        hit
        for hit in hits
        if hit.value.kind in _SUB_YEAR and not _named_as_horizon(lower, hit.start)
    ]


#: A period a career or a life starts at ("giữ chức … từ tháng 3.2022", "sinh năm 1979"):
#: the report names it as a past point, not the meeting's time.
_since = lazy_regex(r"(?<![\w])(?:từ|sinh)[ ]{1,3}\Z")


def _since_before(lower: str, start: int) -> bool:
    """Whether "từ" or "sinh" stands right before the period at ``start``: the start of a
    span, a career or a life."""
    return _since().search(lower, max(0, start - 12), start) is not None


def _preceding_year(
    context: DocumentContext,
    all_periods: list[Hit[Period]],
    position: int,
    previous: _Header | None,
) -> int | None:
    """The year of the nearest fully dated context before ``position``: a period, or the
    previous header's date (one bisection per header: no scan of the document). The periods
    of the previous header's own sentence are its business, not its day: its date decides
    ("… tổng kết năm 2023, triển khai nhiệm vụ năm 2024. Chiều 29/12, …" is in 2023)."""

    lower = context.norm.lower

    def index() -> tuple[list[int], list[int]]:
        dated = _dating(lower, all_periods)
        return [hit.end for hit in dated], [hit.value.end.year for hit in dated]

    ends, years = context.memo("meetings.period_years", index)
    found = bisect.bisect_right(ends, position) - 1
    period = (ends[found], years[found]) if found >= 0 else None
    day = previous.meeting.date if previous is not None else None
    if day is not None and previous is not None and (period is None or period[0] <= previous.end):
        return day.year
    return period[1] if period is not None else None


def _read_written(written: str, first_day: str | None, year: int | None) -> datetime.date | None:
    """Read a written date (and the first day of its range: "14" of "14 - 16/10", "27/4"
    of "từ ngày 27/4 đến ngày 29/4/2022", "29/12" of "từ 29/12 đến 2/1/2010", a range that
    crosses a new year) with ``year`` completing it."""
    day = read_date(written, year)
    if day is None or first_day is None:
        return day
    numbers = [int(number) for number in _NUMBERS.findall(first_day)]
    try:
        first = day.replace(day=numbers[0], month=numbers[1] if len(numbers) > 1 else day.month)
    except ValueError:
        return day
    if first <= day:
        return first
    if len(numbers) > 1 and not (first.month == 2 and first.day == 29):
        return first.replace(year=first.year - 1)  # "29/12 đến 2/1/2010"
    return day


_NUMBERS = re.compile(r"\d+")


def _nearest(
    written: str, first_day: str | None, candidates: list[tuple[Period, str]]
) -> datetime.date | None:
    """The reading of a yearless date that best fits the periods the meeting is about.

    A meeting reviews a period near or after its end, plans one near its start, and
    is held inside or near a period it only names; the year among the periods' years,
    the year before and the year after with the smallest total distance wins.
    """
    years = {period.start.year for period, _ in candidates}
    years |= {period.end.year for period, _ in candidates}
    best: tuple[float, datetime.date] | None = None
    for year in sorted(years | {y - 1 for y in years} | {y + 1 for y in years}):
        day = _read_written(written, first_day, year)
        if day is None:
            continue
        cost = sum(_distance(day, period, role) for period, role in candidates)
        if best is None or cost < best[0]:
            best = (cost, day)
    return best[1] if best else None


def _distance(day: datetime.date, period: Period, role: str) -> float:
    """How badly a meeting on ``day`` fits reviewing (or planning, or naming) ``period``."""
    if role == "planned":
        if day < period.start:
            return 2 * (period.start - day).days  # planned ahead: late in the year before
        if day <= period.end:
            return (day - period.start).days
        return 2 * (day - period.end).days + 366
    if role == "":
        if period.start <= day <= period.end:
            return 0
        return min(abs((period.start - day).days), abs((day - period.end).days))
    if period.kind is PeriodKind.TERM and day.year == period.end.year:
        return 0  # a term is reviewed in its last year, perhaps before its end
    if day > period.end:
        return (day - period.end).days
    if day >= period.start:
        return (period.end - day).days / 2
    return 2 * (period.start - day).days + 366


def _chairs(context: DocumentContext, start: int, end: int) -> list[Official]:
    """The officials who chair: before "chủ trì", after "dưới sự chủ trì của" or "… có"."""
    lower = context.norm.lower
    if all(lower.find(verb, start, end) < 0 for verb in vocab.CHAIR_VERBS):
        return []  # (every chairing verb has one of them: no search of the report for one)
    officials = _between(officials_module.hits(context), start, end)
    starts = [hit.start for hit in officials]
    chairs: list[Official] = []
    seen: set[Official] = set()
    for verb in finditer_near(_chair_cue(), _chair(), lower, start, end, _CHAIR_REACH):
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
            if official not in seen:
                seen.add(official)
                chairs.append(official)
    return chairs


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

    A header whose year cannot be known is returned with ``date=None``, as
    :func:`find_meetings` returns it.

    Raises:
        ParseError: when ``s`` does not start with a meeting header.

    Example:
        >>> from vn_party_docs import parse_meeting
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

    A header is a sentence that starts a line with a day part or a date (or names
    the meeting and then its date, "… diễn ra sáng 28-6") and says that a meeting
    is held, opened, continued, closed or chaired; a meeting mentioned in passing
    ("Kết luận tại Hội nghị toàn quốc …") is not a header. A header whose year
    cannot be known is kept with ``date=None``.

    Example:
        >>> import datetime
        >>> from vn_party_docs import find_meetings
        >>> text = "Sáng nay (1/7), Ban Tổ chức TW, Bộ nội vụ tổ chức hội nghị tới 70 điểm cầu."
        >>> [m] = find_meetings(text, reference_date=datetime.date(2020, 7, 1))
        >>> m.value.date, m.value.organizers, m.value.bridge_points
        (datetime.date(2020, 7, 1), ('Ban Tổ chức Trung ương', 'Bộ Nội vụ'), 70)
    """
    context = DocumentContext(check_text(text), reference_date)
    return to_mentions(context.norm, hits(context))
