"""Word classes every grammar shares: address words, number words, sentence ends, spaces.

The fragments are regex source written against :attr:`NormalizedText.lower`, each
defined once here; the entity vocabularies (organs, roles, meeting words …) are data in
``src/vn_party_docs/_vocab/`` and reach the grammars through the lexicon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from .grammar import alternation, lazy_regex
from .normalize import NormalizedText
from .numerals import CARDINAL_WORDS

__all__ = [
    "ADDRESS",
    "ADDRESS_WORDS",
    "CARDINAL",
    "CITY",
    "LIST_ADDRESS_WORDS",
    "ORDINAL",
    "WEEKDAY",
    "cities_written_out",
    "city_written_out",
    "collapse",
    "numbered_place",
    "over_parenthesis",
    "parenthesis_near",
    "sentence_boundary",
    "sentence_break",
    "words",
]

_T = TypeVar("_T")


def words(phrases: Iterable[str]) -> str:
    """A pattern for any of ``phrases`` (one space between words), longest first.

    Unlike :func:`~vn_party_docs._text.grammar.any_of` a space here is one space
    only, never a line break.

    Example:
        >>> words(["mười", "mười một"])
        '(?:mười(?:[ ]một)?)'
    """
    return f"(?:{alternation(phrases, space='[ ]')})"


#: The words that address a person before their name or titles ("đồng chí Nguyễn Văn A",
#: "Đ/c Lê Thị B", "ông", "bà").
ADDRESS_WORDS = ("đồng chí", "đ/c", "ông", "bà")
#: Any address word (a pattern).
ADDRESS = words(ADDRESS_WORDS)
#: Words that address a person only where a list item opens with them ("có: Anh Bùi Quang
#: Huy - …; chị Nguyễn Thị B - …"); elsewhere "Anh" ends many names.
LIST_ADDRESS_WORDS = ("anh", "chị")

#: A cardinal number written in words, one to twelve ("sáu tháng", "mười hai tháng"); "tư"
#: is left out (it counts only in "tháng Tư" and "thứ tư").
CARDINAL = words(CARDINAL_WORDS)

#: An ordinal written in words after "thứ", 1 and 3 to 29 ("lần thứ sáu", "thứ mười ba",
#: "thứ hai mươi mốt"); "thứ hai" alone is a Monday more often than a second.
ORDINAL = (
    r"(?:thứ[ ]{1,2}(?:nhất|hai[ ]mươi(?:[ ](?:mốt|hai|ba|tư|lăm))?|ba|tư|năm|sáu|bảy|tám"
    r"|chín|mười(?:[ ](?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?))"
)

#: A day of the week ("thứ Hai", "thứ 5", "Chủ nhật").
WEEKDAY = r"(?:thứ[ ]{1,2}(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ[ ]nhật)"


#: Where the next sentence starts: after a line break, or after the end of a sentence
#: and its spaces (``finditer`` gives the sentence starts as its ends). Every branch opens
#: with a character, so that a search skips ahead by them; the spaces are read whole
#: (possessive), so that a pattern built on this one never gives some back.
sentence_boundary = lazy_regex(r"\n|\.[ ]{1,3}+|![ ]{1,3}+|\?[ ]{1,3}+")


#: The end of a sentence or a line (``search`` tells whether a stretch crosses one).
sentence_break = lazy_regex(r"[.!?](?:[ ]|$)|\n")


def collapse(text: str) -> str:
    """``text`` with every run of whitespace as one space, stripped.

    Example:
        >>> collapse(" Ban  Bí\\nthư ")
        'Ban Bí thư'
    """
    return " ".join(text.split())


#: An abbreviation in parentheses after (or inside) an organ: "(BCH)", "(TG&DV)", one
#: with commas: "(PCTN, LP, TC)", "(PTKH, CN, ĐMST&CĐS)", or its province or city:
#: "(thành phố Hà Nội)".
parenthesis = lazy_regex(
    r"[ ]{0,3}\((?:[^()\n,;]{1,24}|(?:[^\W\d_]|&){1,10}(?:,[ ]{0,2}(?:[^\W\d_]|&){1,10}){1,4})\)"
)

#: The level word "TP" written out: a city's.
CITY = "Thành phố"

#: "TP" (with or without its dot) before a city's name, and the spellings of Thành phố Hồ
#: Chí Minh that shorten it further.
_city_level = lazy_regex(r"(?:(?:TP|Tp)\.?[ ]?)?HCM$|(?:TP|Tp)\.?[ ]?(?=\w)")


def city_written_out(place: str) -> str:
    """A place as written, with "TP" written out ("Thành phố") and "HCM" the city's name.

    Example:
        >>> city_written_out("TP.HCM"), city_written_out("TP Đà Nẵng"), city_written_out("Huế")
        ('Thành phố Hồ Chí Minh', 'Thành phố Đà Nẵng', 'Huế')
        >>> city_written_out("TPHCM"), city_written_out("Tp. Hồ Chí Minh")
        ('Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh')
    """
    level = _city_level().match(place)
    if level is None:
        return place
    if level.group().endswith("HCM"):
        return f"{CITY} Hồ Chí Minh"
    return f"{CITY} {place[level.end() :]}"


#: Where a city written with "TP" or "HCM" starts inside a name.
_city_inside = lazy_regex(r"(?<![\w.])(?:(?:TP|Tp)(?:\.[ ]?|[ ])(?=[A-ZĐ])|HCM$|TPHCM$)")


def cities_written_out(name: str) -> str:
    """A name as written, with its last words, a city written with "TP" or "HCM", written
    out (:func:`city_written_out`).

    Example:
        >>> cities_written_out("Đảng bộ Trường Đại học Kinh tế TP. Hồ Chí Minh")
        'Đảng bộ Trường Đại học Kinh tế Thành phố Hồ Chí Minh'
        >>> cities_written_out("Chi bộ Khu phố 3, TP Vinh"), cities_written_out("Chi bộ TPBank")
        ('Chi bộ Khu phố 3, Thành phố Vinh', 'Chi bộ TPBank')
    """
    city = _city_inside().search(name)
    return name if city is None else name[: city.start()] + city_written_out(name[city.start() :])


#: A district, commune or ward named by its number after its level word ("phường 12",
#: "Quận ủy Quận 3"), no count of something ("xã 3 năm liền"): for titles and issuers.
numbered_place = lazy_regex(
    r"(?:[ ]{1,3}|(?<=(?<![\w])[PpQq])\.[ ]?)\d{1,3}(?![\w/-]|[.,]\d)"
    r"(?![ ]{1,3}(?:năm|tháng|ngày|lần|người|%)(?![\w]))"
)


#: How far after the start of a phrase an abbreviation in parentheses is looked for.
_PARENTHESIS_REACH = 60
#: How much of the text after the parentheses a phrase may take.
_AFTER_PARENTHESIS = 120


def parenthesis_near(lower: str, start: int) -> bool:
    """Whether a parenthesis opens near enough after ``start`` for :func:`over_parenthesis`
    to read over it (where none does, it reads nothing).

    Example:
        >>> parenthesis_near("ban chấp hành (bch) trung ương", 0), parenthesis_near("ban", 0)
        (True, False)
    """
    return lower.find("(", start, start + _PARENTHESIS_REACH) >= 0


def over_parenthesis(
    text: str,
    lower: str,
    start: int,
    read: Callable[[NormalizedText], tuple[_T, int] | None],
) -> tuple[_T, int] | None:
    """Read a phrase at ``start`` with an abbreviation in parentheses inside it left out:
    "Ban Chấp hành (BCH) Đảng bộ tỉnh", "Ban Tuyên giáo và Dân vận (TG&DV) Trung ương".

    ``read`` gets the text from ``start`` on without the first parentheses near it and
    returns what it read and where it ended (or ``None``); the result is that value and the
    end in the caller's text, only when the phrase goes on past the parentheses.

    Example:
        >>> def organ(window):
        ...     end = len("Ban Chấp hành Trung ương")
        ...     found = window.text.startswith("Ban Chấp hành T")
        ...     return (window.text[:end], end) if found else None
        >>> text = "của Ban Chấp hành (BCH) Trung ương."
        >>> over_parenthesis(text, text.lower(), 4, organ)
        ('Ban Chấp hành Trung ương', 34)
    """
    if not parenthesis_near(lower, start):
        return None  # (most phrases have none: no search)
    reach = min(len(lower), start + _PARENTHESIS_REACH)
    found_parenthesis = parenthesis().search(lower, start, reach)
    if found_parenthesis is None:
        return None
    cut = found_parenthesis.start() - start
    after = found_parenthesis.end()
    window = text[start : found_parenthesis.start()] + text[after : after + _AFTER_PARENTHESIS]
    cleaned = NormalizedText(window)
    if len(cleaned.text) != len(window):
        return None
    found = read(cleaned)
    if found is None or found[1] <= cut:
        return None
    value, end = found
    return value, start + end + len(found_parenthesis.group())
