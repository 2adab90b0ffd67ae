"""The officials of a text: people named with their titles.

The person finder reads the title chains of a document (the title grammar of
:mod:`vn_party_docs.titles`) and the personal names around them, and gives each chain to
a person in one pass over a small state record (:class:`_Attribution`). Names are read
as written; the titles are the title grammar's values.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re

import attrs

from ._text.context import DocumentContext, Hit, check_text, to_mentions
from ._text.grammar import (
    LETTER,
    OPT_GAP,
    SP,
    Pattern,
    alternation,
    compile_pattern,
    inside,
    lazy_pattern,
    lazy_regex,
    scan_led,
    vocabulary_cache,
)
from ._text.normalize import NormalizedText
from ._text.words import ADDRESS, ADDRESS_WORDS, LIST_ADDRESS_WORDS, collapse, words
from .errors import ParseError
from .lexicon import any_word, lexicon
from .spans import Mention
from .titles import (
    _AFTER_SURNAME,
    _FIRST_GAP,
    _SYLLABLE,
    Level,
    Official,
    Title,
    _Chain,
    _chain_at,
    _content,
    _later,
    _name_pattern,
    _rankalternation,
    _read_at,
    _surnamealternation,
    _title_anchor,
    _TitleRead,
    _words,
    name_after,
    organ_term,
    parse_title,
    parse_titles,
)

__all__ = ["find_officials", "parse_official"]


#: Words right before a title that make its holder another person than the name near it:
#: an assistant ("Trợ lý Bộ trưởng …") or one acting for the office ("Thừa lệnh Chủ tịch
#: UBND tỉnh, Phó Chánh Văn phòng …", "Thay mặt Đoàn Chủ tịch, đồng chí …", "ký thay Chủ
#: tịch Quốc hội, Phó Chủ tịch …", "Thừa ủy nhiệm của Chủ tịch UBND tỉnh, bà …"; but the
#: name right after the titles is their holder's: "thay mặt Tổng Bí thư Tô Lâm").
_ASSISTANTS = ("trợ lý", "thư ký")
_ON_BEHALF = (
    "thừa lệnh",
    "thay mặt",
    "thừa ủy quyền",
    "thừa ủy quyền của",
    "thừa ủy nhiệm",
    "thừa ủy nhiệm của",
    "ký thay",
)
_SERVING = (*_ASSISTANTS, *_ON_BEHALF)
_assistant_before = lazy_regex(
    lambda: rf"(?<!{LETTER})(?P<word>{alternation(_SERVING)})[ ]{{1,3}}\Z"
)


#: The members of a body named before a list of them: "các đồng chí trong Ban Thường vụ
#: Tỉnh ủy: A, …" (the body runs to the colon); "trong" first, so that the scan skips ahead
#: by it.
_members_of = lazy_regex(
    lambda: (
        rf"""trong[ ]{{1,3}}
        (?P<body>(?:{alternation(lexicon()["MEMBER_BODIES"])})(?![\w])[^:;.\n]{{0,60}}?)
        [ ]{{0,3}}(?=:)"""
    )
)

#: The address right before "trong" ("các đồng chí trong …").
_address_before = lazy_regex(rf"(?<!{LETTER})(?:{ADDRESS})[ ]{{1,3}}\Z")


def _member_chains(norm: NormalizedText) -> list[_Chain]:
    """A chain "Ủy viên <body>" for each body named before a list of its members."""
    chains = []
    lower = norm.lower
    for found in _members_of().finditer(lower):
        if not _address_before().search(lower, max(0, found.start() - 12), found.start()):
            continue
        written = norm.text[found.start("body") : found.end("body")]
        try:
            title = parse_title(f"Ủy viên {written}")
        except ParseError:
            continue
        chains.append(_Chain((title,), found.start("body"), found.end("body")))
    return chains


#: The start of a line of tags or keywords ("Tag: …", "Từ khóa: …"): the first line's, and
#: the others after their line break (a literal first: the search skips ahead by it, where
#: ``(?m)^`` would try every position).
_TAG_LINE = r"[ ]{0,3}(?:tags?|từ[ ]khóa|chủ[ ]đề)(?:[ ]{0,3}:|[ ])"
_first_tag_line = lazy_regex(_TAG_LINE)
_tag_line = lazy_regex(r"\n" + _TAG_LINE)


def _tag_lines(lower: str) -> list[tuple[int, int]]:
    """The spans of the lines of tags: their items are separate phrases, not one sentence.

    A line that starts with "Tag:" or "Từ khóa:", or that separates three items or more
    with a comma written between spaces (" , "), the way tag lists are printed.
    """
    spans = []
    opening = _first_tag_line().match(lower)
    starts = [(opening.start(), opening.end())] if opening else []
    starts += [(found.start() + 1, found.end()) for found in _tag_line().finditer(lower)]
    for start, found_end in starts:  # (the line's start: after its line break)
        end = lower.find("\n", found_end)
        spans.append((start, len(lower) if end < 0 else end))
    count, first, last = 0, 0, 0
    for found in _spaced_comma().finditer(lower):
        if count and lower.find("\n", last, found.start()) < 0:  # scans between commas only
            count += 1
        else:
            count, first = 1, found.start()
        last = found.end()
        if count == 3:
            end = lower.find("\n", last)
            spans.append((lower.rfind("\n", 0, first) + 1, len(lower) if end < 0 else end))
    return sorted(set(spans))


_spaced_comma = lazy_regex(r"[ ],[ ]")


#: Words that make a role word after them part of a body's or a place's name ("Ban Bí thư",
#: "tại Phủ Chủ tịch", "Đoàn Chủ tịch", "Bộ Tư lệnh Quân khu").
_BODY_HEADS = ("ban", "văn phòng", "phủ", "đoàn", "bộ")
_organ_head_before = lazy_regex(lambda: rf"(?<!{LETTER})(?:{alternation(_BODY_HEADS)})[ ]{{1,3}}\Z")


#: How far before a title the words that make it no title of the name near it are read.
_BEFORE_REACH = 20


def _chains(norm: NormalizedText, tags: list[tuple[int, int]]) -> list[_Chain]:
    chains: list[_Chain] = []
    position = 0
    lower = norm.lower
    for found in norm.word_starts(_title_anchor()):
        if found.start() < position:
            continue  # inside the chain just read
        start = found.start()
        serving = None
        if _word_before(lower, start, _BEFORE_REACH):
            if _organ_head_before().search(lower, max(0, start - 14), start) or (
                _namesake_before().search(lower, max(0, start - 20), start)
            ):
                # "Ban Bí thư", "Ban Giám đốc", "Phủ Chủ tịch": a body or a place, not an
                # office; "mang tên Thủ tướng Phạm Văn Đồng": a school's name
                position = found.end()
                continue
            serving = _assistant_before().search(lower, max(0, start - _BEFORE_REACH), start)
        if serving is not None and serving["word"] not in _ON_BEHALF:
            position = found.end()  # "Trợ lý Bộ trưởng Ngoại giao X": X is not the minister
            continue
        first = _read_at(norm, start)
        if first is not None and _serves_the_name_after(norm, first):
            position = first.end  # "Trợ lý Thủ tướng Phạm Minh Chính": whose name is it?
            continue
        if serving is not None and not (first and name_after(norm, first.end)):
            position = found.end()  # "Thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng X"
            continue  # (but "thay mặt Tổng Bí thư Tô Lâm": Tô Lâm is the Tổng Bí thư)
        chain = _chain_at(norm, first, commas=not inside(tags, start)) if first else None
        if chain is not None:
            chains.append(chain)
            position = chain.end
    return sorted([*chains, *_member_chains(norm)], key=lambda chain: chain.start)


#: "TUV": "Tỉnh ủy viên" or "Thành ủy viên", as the text's committee is a province's or a city's.
_member_initials = lazy_regex(r"(?<![\w])TUV(?![\w])")


@vocabulary_cache
@functools.cache
def _committee_members() -> tuple[Title, Title]:
    """A member of a province's committee and one of a city's."""
    return parse_title("Tỉnh ủy viên"), parse_title("Thành ủy viên")


def _city_members(norm: NormalizedText, chains: list[_Chain]) -> list[_Chain]:
    """``chains`` with "TUV" read as a member of the city's committee in a text that names
    a "Thành ủy" and no "Tỉnh ủy" ("Trần Văn A – TUV, Bí thư Quận ủy"; readers of real
    articles do, and read it as the province's where the text names a "Tỉnh ủy")."""
    province, city = _committee_members()
    written = {
        index
        for index, chain in enumerate(chains)
        if province in chain.titles and _member_initials().search(norm.text, chain.start, chain.end)
    }
    if not written or "thành ủy" not in norm.lower or "tỉnh ủy" in norm.lower:
        return chains
    return [
        attrs.evolve(chain, titles=tuple(city if t == province else t for t in chain.titles))
        if index in written
        else chain
        for index, chain in enumerate(chains)
    ]


def _serves_the_name_after(norm: NormalizedText, read: _TitleRead) -> bool:
    """Whether ``read`` is a leader's staff ("Trợ lý Thủ tướng", "Thư ký Tổng Bí thư")
    written right before a name: the name may be the leader's ("làm Trợ lý Thủ tướng Phạm
    Minh Chính") or the assistant's, as after "Trợ lý Bộ trưởng" (no official is read)."""
    return (
        read.title.role.lower() in _ASSISTANTS
        and read.title.organ is not None
        and name_after(norm, read.end)
    )


#: Where a name can start: a family name before another capitalised word.
_surname_anchor = lazy_regex(
    lambda: rf"(?:{_surnamealternation()})(?={_FIRST_GAP}{_AFTER_SURNAME})"
)


#: A name after "đồng chí", "Đ/c", "ông", "bà" or opening a list item before its title
#: (perhaps after "anh" or "chị": "có: Anh Bùi Quang Huy - Bí thư thứ nhất …").
#: Any family name: "đồng chí Quản Minh Cường", "; Phương Thị Thanh - Phó Bí thư …".
_addressed_name_pattern = lazy_regex(
    lambda: (
        rf"""
        (?:
            (?<!{LETTER})(?i:{ADDRESS})[ ]{{1,3}}
            (?:(?i:{_rankalternation()})[ ]{{1,3}})?
            (?P<addressed>{_SYLLABLE}{_FIRST_GAP}{_later()})(?![^\W_]|/)
          | [:;][ ]{{0,3}}(?:(?i:{ADDRESS}|{words(LIST_ADDRESS_WORDS)})[ ]{{1,3}})?
            (?:(?i:{_rankalternation()})[ ]{{1,3}})?
            (?P<listed>{_SYLLABLE}[ ]{_later()})(?=[ ]{{0,3}}[,\-–])
        )
        """
    )
)


@lazy_pattern
def _address_anchors() -> tuple[Pattern, ...]:
    """Where :func:`_addressed_name_pattern` can match (scanned in the lower-case text): an
    address word or a colon or semicolon, one pattern each (each opens with a literal, which
    the search skips ahead by: three times faster than one search for all; their matches
    never overlap, so :func:`scan_led` merges them by position)."""
    # Each address word checks the letter before it once it is read (a look-behind after
    # a literal keeps the scan skipping ahead by the literal; one before it would not), so
    # that the "ông" of "không" or "công" is no anchor: half the anchors, none of them lost.
    after_a_letter = [
        rf"{word}(?<!{LETTER}{word})[ ]" for word in (_literal(word) for word in ADDRESS_WORDS)
    ]
    return tuple(compile_pattern(anchor) for anchor in (*after_a_letter, ":", ";"))


def _literal(word: str) -> str:
    """``word`` as a pattern that reads it as written (a space is one space)."""
    return "[ ]".join(re.escape(part) for part in word.split(" "))


@vocabulary_cache
@functools.cache
def _rank_initials() -> frozenset[str]:
    """The first letters of the ranks and degrees (lower case)."""
    return frozenset(rank[0].lower() for rank in lexicon()["NOT_TITLES"])


def _may_open_list_item(text: str, mark: int) -> bool:
    """Whether a list item's name may start after the colon or semicolon at ``mark``: after
    three spaces at most, a capital (the name's first letter) or the first letter of a rank
    (a cheap test of one character before the whole pattern is tried: most colons and
    semicolons open no name)."""
    after = text[mark + 1 : mark + 5].lstrip(" ")  # empty after four spaces
    return bool(after) and (after[0].isupper() or after[0].lower() in _rank_initials())


def _addressed_names(norm: NormalizedText) -> list[tuple[int, int]]:
    """The spans of the names after an address or opening a list item, in text order."""
    spans: list[tuple[int, int]] = []
    pattern, end, text = _addressed_name_pattern(), 0, norm.text
    for start in (found.start() for found in scan_led(_address_anchors(), norm.lower)):
        if start < end or (text[start] in ":;" and not _may_open_list_item(text, start)):
            continue
        match = pattern.match(text, start)
        if match is not None:
            spans.append(match.span("addressed" if match["addressed"] else "listed"))
            end = match.end()
    return spans


@vocabulary_cache
@functools.cache
def _words_before() -> dict[str, tuple[str, ...]]:
    """The last words of what :func:`_assistant_before`, :func:`_organ_head_before` and
    :func:`_namesake_before` read before a title or a name, by their last letter."""
    nouns = [*lexicon()["NAMESAKE_NOUNS"], *_SERVING, *_BODY_HEADS]
    by_last: dict[str, tuple[str, ...]] = {}
    for word in sorted({noun.split(" ")[-1] for noun in nouns}):
        by_last[word[-1]] = (*by_last.get(word[-1], ()), word)
    return by_last


def _word_before(lower: str, position: int, reach: int) -> bool:
    """Whether the ``reach`` characters before ``position`` end with one of
    :func:`_words_before` and a space: only then may those patterns (a word, one to three
    spaces, the end) match there, so only then are they searched. (Only the words with the
    last letter there are compared: this runs before every title and every name.)"""
    before = lower[max(0, position - reach) : position]
    if not before.endswith(" "):
        return False
    stripped = before.rstrip(" ")
    return bool(stripped) and stripped.endswith(_words_before().get(stripped[-1], ()))


@lazy_pattern
def _namesake_before() -> Pattern:
    """A street, a school or a place right before a name: the name is the place's
    (``NAMESAKE_NOUNS``)."""
    nouns = alternation(lexicon()["NAMESAKE_NOUNS"])
    breakers = "".join(rf"(?<!{word}[ ])" for word in lexicon()["NAMESAKE_NOUN_BREAKERS"])
    return compile_pattern(rf"(?<!{LETTER}){breakers}(?:{nouns})[ ]{{1,3}}\Z")


def _titled_before(chains: list[_Chain], starts: list[int], lower: str, start: int) -> bool:
    """Whether a title chain ends right before ``start``: a word before the name is then
    its place's ("Bí thư Huyện ủy Thanh Lăng Nguyễn Văn Tám": no mausoleum, "lăng")."""
    index = bisect.bisect_left(starts, start) - 1
    return index >= 0 and not lower[chains[index].end : start].strip()


@attrs.frozen
class _Name:
    name: str
    start: int
    end: int


def _names(norm: NormalizedText, chains: list[_Chain]) -> list[_Name]:
    """Personal names outside the title chains (chains are in text order, not overlapping)."""
    starts = [chain.start for chain in chains]
    found: dict[int, tuple[int, str]] = {}
    source, name = norm.text, _name_pattern()
    candidates = [  # every name, overlapping ones too ("Thành ủy Hà Nội Đinh Tiến Dũng")
        match.span()
        for anchor in _surname_anchor().finditer(source)
        if (match := name.match(source, anchor.start())) is not None
    ]
    candidates += _addressed_names(norm)
    lower = norm.lower
    for start, end in candidates:
        index = bisect.bisect_left(starts, end) - 1  # the last chain starting before the end
        if index >= 0 and chains[index].end > start:
            if chains[index].start <= start:
                continue  # a place inside a title ("Thành ủy Hà Nội") is not a name
            end = chains[index].start  # "Hoàng Văn Hùng Ủy viên …": the title ends the name
        if (
            _word_before(lower, start, 20)
            and not _titled_before(chains, starts, lower, start)
            and _namesake_before().search(lower, max(0, start - 20), start)
        ):
            continue  # "đường Võ Văn Kiệt", "Trường THPT Lê Quý Đôn": no person
        address = _address().match(norm.lower, start)
        if address is not None and address.end() < end:  # "ĐỒNG CHÍ NGUYỄN VĂN NÊN"
            start = address.end()
        text = collapse(norm.text[start:end])
        if len(text.split()) < 2 or text in _words().not_names:
            continue
        if text.isupper():
            text = " ".join(word.capitalize() for word in text.split())
        if start not in found or found[start][0] < end:
            found[start] = (end, text)
    names: list[_Name] = []
    for start in sorted(found):
        end, text = found[start]
        if names and start < names[-1].end:
            continue
        names.append(_Name(text, start, end))
    return names


#: The gap between a name and the titles after it, perhaps after a photo caption's place
#: for the person ("A (thứ 2 từ trái sang) - Phó Chủ tịch …").
#: The words that open what the text says of a person between the name and the titles.
_BIOGRAPHY = (
    r"(?:sinh[ ]năm|năm[ ]sinh|sn|dân[ ]tộc|quê(?:[ ]quán)?|(?:cán[ ]bộ[ ])?lão[ ]thành)[ ]"
)

#: The city or province of a Party cell's committee, after the cell ("… thuộc Đảng bộ xã
#: Núi Thành, TP Đà Nẵng").
_CELL_PLACE = r"(?:tp\.?|thành[ ]phố|tỉnh)[ ][^,;:.()\n]{1,30}"

#: "tân" (newly elected) before the title after a name: the title all the same.
_NEWLY = r"(?:tân[ ]{1,3})?"
_after_name = lazy_regex(
    lambda: (
        rf"""(?:{SP}\({SP}(?:thứ[ ]{{1,3}}\w{{1,4}}{SP},?{SP})?
        (?:{any_word("PHOTO_POSITIONS")}){SP}\))?
        (?:{SP},{SP}\d{{2}}[ ]tuổi)?  # "đồng chí Hữu Thỉnh, 74 tuổi, Bí thư …"
        # who the person is: "…, sinh năm 1957, dân tộc Khmer, Ủy viên …", "(SN 1977, …)",
        # "(56 tuổi)", "(50 tuổi, quê Thái Bình)"
        (?:{SP},{SP}{_BIOGRAPHY}[^,;:.()\n]{{1,40}}){{0,3}}
        (?:{SP}\({SP}(?:{_BIOGRAPHY}[^()\n]{{1,60}}|\d{{2}}[ ]tuổi(?:,[^()\n]{{1,60}})?)\))?
        # the Party cell the person belongs to: "…, đảng viên Chi bộ thôn 2 thuộc Đảng bộ
        # xã Đại Lộc(, TP Đà Nẵng | (TP Đà Nẵng))(,|;) nguyên Bí thư Chi bộ …" (discipline news)
        (?:{SP},{SP}đảng[ ]viên[ ](?:chi|đảng)[ ]bộ[ ][^,;:.()\n]{{1,80}}
          (?:{SP},{SP}{_CELL_PLACE}|{SP}\({SP}{_CELL_PLACE}{SP}\))?(?:{SP};(?=[ ]))?)?
        (?:{SP},{OPT_GAP}{_NEWLY}\Z|{SP}(?:[-–—]{{1,2}}|:){SP}{_NEWLY}\Z
          |{SP}\({SP}\Z|[ ]{{1,3}}(?:là[ ]{{1,3}})?\Z)"""
    )
)


@lazy_pattern
def _line_start_before_name() -> Pattern:
    """A name alone at the start of its line, perhaps after degrees, a rank or an address
    ("PGS, TS.", "Thiếu tướng, PGS.TS")."""
    address = rf"(?:(?:{ADDRESS}|{_rankalternation()})[.,]{{0,2}}[ ]{{1,3}}){{0,3}}"
    return compile_pattern(rf"(?:\A|\n)[ ]{{0,3}}{address}\Z")


def _name_line_before(lower: str, name: _Name, chain: _Chain) -> bool:
    """A byline or signature: the name alone on its line, its titles on the next."""
    if not _line_break_only().fullmatch(lower, name.end, chain.start):
        return False
    return _line_start_before_name().search(lower, max(0, name.start - 40), name.start) is not None


_line_break_only = lazy_regex(r"[ ]{0,3}\n[ ]{0,3}")


#: A comma and an address word between titles and the name they go with ("Bí thư Tỉnh ủy
#: Hà Giang, ông Triệu Tài Vinh").
_COMMA_ADDRESS = rf"[ ]{{0,3}},[ ]{{1,3}}(?i:{ADDRESS})[ ]{{1,3}}"
_addressed_after = lazy_regex(rf"{_COMMA_ADDRESS}\Z")
#: An address word alone between titles and the name they go with, after a title of an
#: organ ("Chủ tịch UBND tỉnh ông Nguyễn Văn Ba"; not "Trợ lý đồng chí X": X is served).
_address_between = lazy_regex(rf"[ ]{{1,3}}(?i:{ADDRESS})[ ]{{1,3}}\Z")
#: The gap between titles and the name they precede: spaces, perhaps ranks and degrees
#: after a comma or a dash ("Phó Trưởng Ban … - Phó Giáo sư, Tiến sĩ X"), or a comma and
#: an address word; perhaps after the higher place in parentheses ("Chủ tịch UBND xã Hải
#: Khê (huyện Hải Lăng) Trương Minh Tám").
_title_before_name = lazy_regex(
    lambda: (
        rf"""(?:[ ]{{0,3}}\({SP}(?:{any_word("SHARED_LOCALITY_LEVELS")})[ ][^()\n]{{1,40}}\))?
        (?:[ ]{{1,3}}|[ ]{{0,3}}[-–][ ]{{1,3}}|{SP}[,\-–]?[ ]{{1,3}}(?:{_rankalternation()})
        (?:{SP}[,.]?[ ]{{0,3}}(?:{_rankalternation()})){{0,3}}[ ]{{1,3}}
        |{_COMMA_ADDRESS}|[ ]{{0,3}}[-–][ ]{{1,3}}(?i:{ADDRESS})[ ]{{1,3}})\Z"""
    )
)


#: The gap after a list's colon or between its items: spaces, or a line break and perhaps
#: a bullet ("gồm các ông, bà:\n- Ông A (SN 1974)\n- Bà B").
_BULLET = r"(?:[ ]{0,3}|(?:[ ]{0,3}\n){1,3}[ ]{0,3}(?:[-–•+][ ]{1,3})?)"


@lazy_pattern
def _list_colon() -> Pattern:
    """A colon that opens a list of people, perhaps after "gồm" ("gồm có", "gồm 4 đồng
    chí", "gồm các ông, bà"; after a term: "… khóa XVII, nhiệm kỳ 2025-2030 gồm", or an
    aside in parentheses: "3 thành ủy viên nhiệm kỳ 2015 - 2020 (…) gồm:") or what
    they do at the meeting ("acting": "chủ trì hội nghị", "dự"), and before an address or a
    rank (perhaps on the next line, after a bullet); or "gồm" and an address without a colon
    ("Các Phó Chủ tịch UBND tỉnh gồm ông A, B, C"), or "là" ("… là ông A và ông B")."""
    address = rf"(?:(?:{ADDRESS}|{_rankalternation()})[ ]{{1,3}})?"
    count = rf"""(?:[ ]{{1,3}}(?:có[ ]{{1,3}})?\d{{1,2}}[ ]{{1,3}}(?:đồng[ ]{{1,3}}chí|người)
        |[ ]{{1,3}}các[ ]{{1,3}}{ADDRESS}(?:[ ]{{0,3}},[ ]{{0,3}}{ADDRESS})?)?"""
    acting = r"""(?P<acting>[ ]{1,3}(?:chủ[ ]{1,3}trì|(?:tham[ ]{1,3})?dự)
        (?:[ ]{1,3}(?:hội[ ]{1,3}nghị|phiên[ ]{1,3}họp|kỳ[ ]{1,3}họp|đại[ ]{1,3}hội))?)"""
    return compile_pattern(
        rf"""(?:(?:(?:{organ_term().pattern})?(?:[ ]{{0,3}}\([^()\n]{{1,200}}\))?
              [ ]{{1,3}}gồm(?:[ ]{{1,3}}có)?{count}|{acting})?
            [ ]{{0,3}}:{_BULLET}{address}
            |[ ]{{1,3}}(?:gồm(?:[ ]{{1,3}}có)?|(?P<is>là))[ ]{{1,3}}(?:các[ ]{{1,3}})?{ADDRESS}
            [ ]{{1,3}})\Z"""
    )


@lazy_pattern
def _list_separator() -> Pattern:
    """The gap between two people of a list that share a title (perhaps an address word and
    a rank before the next: "…; đồng chí Thượng tướng A, …")."""
    address = rf"(?:{ADDRESS}[ ]{{1,3}})?(?:{_rankalternation()}[ ]{{1,3}})?"
    return compile_pattern(
        rf"""(?:[ ]{{0,3}}[,;][ ]{{0,3}}(?:và[ ]{{1,3}})?|[ ]{{1,3}}và[ ]{{1,3}}){address}\Z
           |[^.:;!?\n]{{0,60}};[ ]{{0,3}}{address}\Z
           |(?:[ ]{{0,3}}\([^()\n]{{0,60}}\))?[ ]{{0,3}};?(?=[ ]{{0,3}}\n){_BULLET}{address}\Z"""
    )


_semicolon_only = lazy_regex(r"[ ]{0,3};[ ]{0,3}")
#: The comma between the two names a title goes to, and what closes that pair: a
#: semicolon, a full stop, the line's end, or the verb of the sentence.
_pair_comma = lazy_regex(r"[ ]{0,3},[ ]{1,3}")
_pair_closed = lazy_regex(r"[ ]{0,3}(?:[;.\n]|\Z)|[ ]{1,3}[^\W\d_A-ZĐ]")


#: The roles that several people hold at once ("các đồng chí Phó Chủ tịch UBND tỉnh A, B").
_SHARED_ROLES = ("Phó ", "Ủy viên")

#: "các " (perhaps "các đồng chí ") or a count ("hai", "2") right before a title, perhaps
#: with "tân" (newly elected): the title is shared by the names that follow ("hai Phó Thủ
#: tướng A và B", "2 tân Phó Chủ tịch UBND tỉnh A và B").
_plural_before = lazy_regex(
    rf"(?<!{LETTER})(?:các(?:[ ]{{1,3}}đồng[ ]chí)?|(?<!thứ[ ])(?:hai|ba|bốn|(?<![\d/.,-])[2-9]))"
    r"(?:[ ]{1,3}tân)?[ ]{1,3}\Z"  # (not an ordinal: "nhiệm kỳ thứ hai Tổng Bí thư …")
)


@attrs.frozen
class _Person:
    official: Official
    start: int
    end: int
    cover_start: int  # includes a shared title before a list, for parse_official


def _names_a_standing_office(chain: _Chain) -> bool:
    """Whether a chain names the standing office of a local committee or council, a group
    of its leaders, not a post ("Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"; but
    "Thường trực Ban Bí thư" is one)."""
    return all(
        title.role == "Thường trực"
        and title.organ is not None
        and title.organ.level not in (None, Level.CENTRAL)
        for title in chain.titles
    )


def _base_role(role: str) -> str:
    """A role without "Phó" and "Thường trực": the office it is the deputy of."""
    return role.removeprefix("Phó ").removesuffix(" Thường trực")


def _contradicts(own: _Chain | None, chain: _Chain) -> bool:
    """Whether ``chain`` holds the deputy of an office in ``own`` or the reverse ("Thủ tướng
    Chính phủ A, Phó Thủ tướng Chính phủ, …": the titles after A are other people's)."""
    if own is None:
        return False
    return any(
        mine.organ is not None
        and mine.organ == other.organ
        and mine.role != other.role
        and _base_role(mine.role) == _base_role(other.role)
        for mine in own.titles
        for other in chain.titles
    )


def _subject_of_clause(lower: str, chain: _Chain) -> bool:
    """Whether ``chain`` is one title whose organ is left out ("Thủ tướng") and a word
    follows it: the subject of a clause after a comma ("Tại đường X, Thủ tướng yêu cầu …"),
    not the title of the name before the comma ("Lê Văn A, Thủ tướng Chính phủ")."""
    if len(chain.titles) != 1 or chain.titles[0].role not in _words().implied:
        return False
    role = chain.titles[0].role.lower()
    written = lower[chain.start : chain.end]
    return written.endswith(role) and _word_after().match(lower, chain.end) is not None


_word_after = lazy_regex(rf"[ ]{{1,3}}{LETTER}")


#: The words before posts a list of people is appointed to ("bổ nhiệm Phó Trưởng ban …
#: gồm các ông: A, …"): no title the people of the list hold yet.
_appointed = lazy_regex(
    r"(?<![\w])(?:bổ[ ]nhiệm|chỉ[ ]định|phân[ ]công|bầu)(?:[ ]\d{1,2})?[ ]{1,3}\Z"
)

#: The words that name a post, not the office of a person, right before a title: a post
#: someone is given or elected to ("… bầu đồng chí A giữ chức Bí thư Tỉnh ủy, đồng chí B
#: …": no title A holds yet, nor one of B) or spoken of ("chuẩn y chức vụ Bí thư Tỉnh ủy",
#: "chờ kiện toàn chức danh Chủ tịch UBND").
_post_taken = lazy_regex(
    r"(?<![\w])(?:giữ[ ]chức(?:[ ]vụ)?|chức[ ]vụ|chức[ ]danh|bầu[ ]làm|được[ ]bầu)[ ]{1,3}\Z"
)


def _last_title(chain: _Chain) -> _Chain:
    """The last title of ``chain``, which a comma parts from the others, as a chain of its
    own."""
    assert chain.last_comma is not None
    return _Chain(chain.titles[-1:], chain.last_comma[1], chain.end)


def _membership(chain: _Chain) -> bool:
    """Whether every title of ``chain`` is a seat on a body ("Ủy viên Bộ Chính trị")."""
    return all(title.role.startswith("Ủy viên") for title in chain.titles)


def _implied(title: Title, titles: list[Title]) -> bool:
    """Whether one of ``titles`` is a narrower form of ``title``, in the same organ ("Phó Bí
    thư Thường trực Tỉnh ủy" of "Phó Bí thư Tỉnh ủy"), perhaps named with its place ("Phó
    Chủ tịch Thường trực UBND Quảng Ninh" of "Phó Chủ tịch UBND tỉnh"), or the same role
    in an organ or a place ``title`` leaves unnamed ("Phó Bí thư Tỉnh ủy" of "Phó Bí thư")."""
    return any(
        _same_organ(title, other)
        and (
            other.role.startswith(title.role + " ")
            or (other.role == title.role and other.organ != title.organ)
        )
        for other in titles
    )


def _same_organ(general: Title, other: Title) -> bool:
    """Whether ``other`` holds the organ of ``general``, named as it is or with a place
    ``general`` leaves out (any organ, when ``general`` names none)."""
    if general.organ is None or other.organ is None:
        return general.organ is None
    return general.organ.name == other.organ.name and general.organ.locality in (
        None,
        other.organ.locality,
    )


def _dash_before(lower: str, name: _Chain | _Name | None, chain: _Chain) -> bool:
    """Whether a dash joins ``name`` to the chain after it ("NAME - TITLE")."""
    return name is not None and any(mark in lower[name.end : chain.start] for mark in "-–—")


def _with_place(chain: _Chain, place: _Name) -> _Chain:
    """``chain`` with the words read as a name after its closing level word as the place of
    its last title's organ ("… Chủ tịch UBND phường" + "Tăng Nhơn Phú")."""
    last = chain.titles[-1]
    if last.organ is None or last.organ.locality is not None:
        return chain
    title = attrs.evolve(last, organ=attrs.evolve(last.organ, locality=place.name))
    return _Chain((*chain.titles[:-1], title), chain.start, place.end)


#: A sentence's end or a line break (between a chain and a name: no longer the name's).
_sentence_break = lazy_regex(r"[.!?;:\n]")

#: A chain that ends with the level word of a place whose name follows it.
_level_word_end = lazy_regex(r"(?<![\w])(?:xã|phường|huyện|quận|thị[ ]trấn|thị[ ]xã)\Z")


@attrs.define
class _Attribution:
    """The pass that gives each title chain to a person, and its state.

    One pass over the chains and names of a document in text order. A chain goes to the
    name right after it ("Bí thư Tỉnh ủy Lê Văn A"), to the name right before it ("Lê Văn A,
    Bí thư Tỉnh ủy"), or to every name of the list it opens ("Ủy viên Ban Thường vụ Tỉnh ủy:
    A, B; C", "các Phó Chủ tịch Quốc hội A, B và C"). A name becomes a person once the chain
    after it has been given, that is one step later.
    """

    lower: str
    items: list[_Chain | _Name]  # chains and names, in text order
    tags: list[tuple[int, int]]  # the lines of tags: a chain there stands alone
    text: str  # the text as written (``lower`` in its own case)
    before: dict[int, _Chain] = attrs.field(factory=dict)  # name index -> chain right before
    after: dict[int, _Chain] = attrs.field(factory=dict)  # name index -> chain right after
    headers: dict[int, _Chain] = attrs.field(factory=dict)  # index a list starts -> its chain
    shared: _Chain | None = None  # the titles of the list being read
    last_end: int = -1  # where the list's last person ends (-1: no person yet)
    separator: str = ""  # "," or ";": what separates the people of the list
    with_titles_before: bool = False  # whether the list's first person has titles before it
    people: list[_Person] = attrs.field(factory=list)

    def run(self) -> list[_Person]:
        """Give every chain, and make every name with titles a person."""
        for index in range(len(self.items)):
            self._give(index)
            if index:
                self._settle(index - 1)
        if self.items:
            self._settle(len(self.items) - 1)
        return self.people

    def _titled_after(self, index: int) -> bool:
        """Whether the name at ``index`` has a chain of its own right after it."""
        after = self.items[index + 1] if index + 1 < len(self.items) else None
        name = self.items[index]
        return isinstance(after, _Chain) and bool(
            _after_name().match(self.lower[name.end : after.start])
        )

    def _give(self, index: int) -> None:
        """Give the chain at ``index`` (if it is one) to a name or to the list it opens."""
        items, lower = self.items, self.lower
        item = items[index]
        if not isinstance(item, _Chain):
            return
        following = items[index + 1] if index + 1 < len(items) else None
        if _post_taken().search(lower, max(0, item.start - 24), item.start):
            # "… bầu đồng chí A giữ chức Bí thư Tỉnh ủy, đồng chí B …": a post, no one's
            # title; but a last title a comma parts from it and the name right after it
            # hold is that name's ("chuẩn y chức vụ Bí thư Tỉnh ủy, Trưởng Ban Tổ chức
            # Trung ương Phạm Minh Chính cho rằng")
            if not (
                item.last_comma is not None
                and isinstance(following, _Name)
                and not lower[item.end : following.start].strip(" ")
            ):
                return
            item = items[index] = _last_title(item)
        previous = items[index - 1] if index else None
        gap = lower[item.end : following.start] if isinstance(following, _Name) else None
        to_next = gap is not None and bool(
            _title_before_name().match(gap)
            or (_address_between().match(gap) and item.titles[-1].organ is not None)
            or (
                # "Trưởng Ban Kinh tế Trung ương, Trần Tuấn Anh phát biểu": a comma alone, when
                # no titles of the name's own follow it and none come before the chain
                _pair_comma().fullmatch(gap)
                and not isinstance(previous, _Name)
                and not self._titled_after(index + 1)
            )
        )
        if isinstance(previous, _Name) and self._before_was_anothers(index - 1, item, to_next):
            del self.before[index - 1]
        to_previous = (
            isinstance(previous, _Name)
            and not inside(self.tags, item.start)
            and (to_next or not _subject_of_clause(lower, item))
            and not _contradicts(self.before.get(index - 1), item)
            and (
                bool(_after_name().match(lower[previous.end : item.start]))
                or _name_line_before(lower, previous, item)
            )
        )
        listed = _list_colon().match(lower[item.end : following.start]) if following else None
        if listed is not None and listed["is"] and to_previous:
            # "Chủ trì là ông A – Phó Bí thư Đảng ủy, Trưởng ban là ông B": the titles after
            # A are A's, but for a last one a comma parts from them, which "là" gives to B
            if item.last_comma is None:
                self.after[index - 1] = item
                return
            self._part(index)
            return
        if (
            listed is not None
            and listed["acting"]
            and not _plural_before().search(lower, max(0, item.start - 20), item.start)
        ):
            listed = None  # "Các đồng chí Ủy viên Trung ương Đảng chủ trì hội nghị: A, …"
        if listed is not None and (":" in listed.group() or self.text[item.start].isupper()):
            # (without a colon only after a title written with a capital: "Các Phó Chủ tịch
            # UBND tỉnh gồm ông A, B", not a group's name: "tổ đại biểu HĐND tỉnh gồm ông A")
            appointed = _appointed().search(lower, max(0, item.start - 24), item.start)
            if not _names_a_standing_office(item) and appointed is None:
                self.headers[index + 1] = item  # "Ủy viên Ban Thường vụ Tỉnh ủy: A, B; C"
            return  # (a group's name is no title: "Các đồng chí Thường trực Tỉnh ủy: A - …")
        if to_next and to_previous and item.last_comma is not None and self._mirrored(index):
            # "Bí thư Tỉnh ủy A - Trưởng Ban Chỉ đạo, Chủ tịch UBND tỉnh B - Phó Trưởng Ban
            # Chỉ đạo": two names written alike, the last title right before B is B's
            self._part(index)
            return
        if (
            to_next
            and to_previous
            and not _dash_before(lower, previous, item)
            # "A, Bí thư Tỉnh ủy, ông B, …": the address word opens another person
            and following is not None
            and not _addressed_after().match(lower, item.end, following.start)
        ):
            # "A, Bí thư Tỉnh ủy B": B when A already has titles before it or B has three or
            # more syllables ("… Trưởng Ban Tổ chức Trung ương Lê Minh Hưng nhấn mạnh"); but
            # "A - T, Trung tướng B - T": a dash binds the titles to A.
            assert isinstance(following, _Name)
            if self._split_between(index):
                return
            to_previous = index - 2 not in self.before and len(following.name.split()) < 3
            to_previous = to_previous and (
                index - 2 < 0 or not isinstance(items[index - 2], _Chain)
            )
            # "A, …, Chủ tịch UBND phường Tăng Nhơn Phú": after a level word, a place
            if not to_previous and _level_word_end().search(lower, max(0, item.end - 12), item.end):
                to_previous = True
                item = self.items[index] = _with_place(item, following)
        if to_previous:
            self.after[index - 1] = item
        elif not to_next and self._continues_chain(index):
            # "A, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch HĐND tỉnh; B, …": titles after a
            # semicolon with no name of their own go on with the person before them.
            person = self.people[-1]
            official = Official(person.official.name, (*person.official.titles, *item.titles))
            self.people[-1] = attrs.evolve(person, official=official, end=item.end)
            if self.last_end == person.end:
                self.last_end = item.end
        elif to_next:
            plural = _plural_before().search(lower, max(0, item.start - 20), item.start)
            assert following is not None  # (a name: ``to_next``)
            if plural is not None and _addressed_after().match(lower, item.end, following.start):
                return  # "các đồng chí Ủy viên BCH Tỉnh đoàn, Đ/c A – …": a group, then A
            self.before[index + 1] = item
            if (
                plural is not None
                and ("đồng" not in plural.group() or item.titles[0].role.startswith(_SHARED_ROLES))
            ) or self._pair_sharing(index):
                # "các Phó Chủ tịch Quốc hội A, B và C"; after "các đồng chí" only a title many
                # hold: "các đồng chí Phó Giám đốc Sở A, B" (not "… Bí thư Tỉnh ủy A, B, …")
                self.headers[index + 1] = item

    def _before_was_anothers(self, index: int, chain: _Chain, to_next: bool) -> bool:
        """Whether the chain given to the name at ``index`` from before it was another
        person's: a comma parts it from the name, and ``chain``, right after the name and
        not the next name's (``to_next``), contradicts it ("theo phân công của Trưởng Ban Tổ
        chức Trung ương, đồng chí A, Phó Trưởng Ban Tổ chức Trung ương, …": A is the deputy
        head). A chain right before the name keeps it ("Thủ tướng Chính phủ A, Phó Thủ
        tướng Chính phủ, B": the titles after A are B's)."""
        before = self.before.get(index)
        return (
            before is not None
            and not to_next
            and "," in self.lower[before.end : self.items[index].start]
            and _contradicts(before, chain)
        )

    def _split_between(self, index: int) -> bool:
        """Split the chain at ``index`` between the names around it, when the name before
        it has no titles of its own before it in its sentence and only a comma parts the
        chain's last title from the others ("A, Phó Trưởng Ban Kinh tế Trung ương, Thứ
        trưởng B": the first are A's, the last, right before B, is B's); whether it did."""
        item, following = self.items[index], self.items[index + 1]
        assert isinstance(item, _Chain) and isinstance(following, _Name)
        if (
            item.last_comma is None
            or len(item.titles) < 2
            # (a name of two syllables may be a place ending an open name: "… Công ty CP
            # Supe Phốt phát và Hóa chất Lâm Thao")
            or len(following.name.split()) < 3
            or index - 2 in self.before
            or self._chain_in_sentence_before(index - 1)
            # (nor a place after a level word: "…, Chủ tịch UBND phường Tăng Nhơn Phú")
            or _level_word_end().search(self.lower, max(0, item.end - 12), item.end)
        ):
            return False
        self._part(index)
        return True

    def _mirrored(self, index: int) -> bool:
        """Whether the names around the chain at ``index`` are written alike: each with a
        chain right before it and a dash and a chain after it ("T A - T, T B - T")."""
        items, lower = self.items, self.lower
        if index < 1 or index + 2 >= len(items):
            return False
        chain, following, after = items[index], items[index + 1], items[index + 2]
        return (
            index - 1 in self.before
            and isinstance(chain, _Chain)
            and isinstance(after, _Chain)
            and _dash_before(lower, items[index - 1], chain)
            and _dash_before(lower, following, after)
            and bool(_after_name().match(lower[following.end : after.start]))
        )

    def _part(self, index: int) -> None:
        """Give the chain at ``index`` to the names around it: its last title, which a comma
        parts from the others, to the name after it, the others to the name before it."""
        item = self.items[index]
        assert isinstance(item, _Chain) and item.last_comma is not None
        self.after[index - 1] = _Chain(item.titles[:-1], item.start, item.last_comma[0])
        self.before[index + 1] = _last_title(item)

    def _chain_in_sentence_before(self, index: int) -> bool:
        """Whether a chain comes before the name at ``index`` in its sentence."""
        before = self.items[index - 1] if index else None
        return isinstance(before, _Chain) and not _sentence_break().search(
            self.lower, before.end, self.items[index].start
        )

    def _pair_sharing(self, index: int) -> bool:
        """Whether the chain at ``index``, a title many hold or held, goes to the two names
        after it, the second alone and closing the list ("nguyên Tổng Bí thư Lê Khả Phiêu,
        Nông Đức Mạnh; …", "Phó Giám đốc Sở A, B chủ trì": never "Bí thư Tỉnh ủy A, B – …")."""
        items, lower = self.items, self.lower
        if index + 2 >= len(items):
            return False
        item, first, second = items[index], items[index + 1], items[index + 2]
        if not (
            isinstance(item, _Chain) and isinstance(first, _Name) and isinstance(second, _Name)
        ):
            return False
        following = items[index + 3] if index + 3 < len(items) else None
        return (
            all(title.former or title.role.startswith(_SHARED_ROLES) for title in item.titles)
            and bool(_pair_comma().fullmatch(lower, first.end, second.start))
            and _pair_closed().match(lower, second.end) is not None
            and not (
                isinstance(following, _Chain)
                and _after_name().match(lower[second.end : following.start])
            )
        )

    def _continues_chain(self, index: int) -> bool:
        """Whether the chain at ``index`` follows, after a semicolon alone, the chain given
        to the name before it (that person is the last one made)."""
        if index < 2 or (last := self.after.get(index - 2)) is not self.items[index - 1]:
            return False
        item = self.items[index]
        assert isinstance(item, _Chain)
        return (
            bool(self.people)
            and self.people[-1].end == last.end
            and bool(_semicolon_only().fullmatch(self.lower, last.end, item.start))
            and not _contradicts(last, item)
            # (a role alone after the semicolon opens a group: "…, Bộ trưởng Bộ Công an;
            # Bí thư, Phó Bí thư các tỉnh ủy, thành ủy; …")
            and item.titles[0].organ is not None
        )

    def _settle(self, index: int) -> None:
        """Make the name at ``index`` (if it is one) a person, with the chains given to it
        and the titles of the list it belongs to; a list's chain starts at ``index``."""
        if index in self.headers:
            self.shared = self.headers[index]
            self.last_end, self.separator = -1, ""
        item = self.items[index]
        if not isinstance(item, _Name):
            return
        first = self.before.get(index)
        if self.shared is not None and self.shared is first:
            first = None
        start = first.start if first is not None else item.start
        if self.shared is not None and self.last_end < 0:
            self.with_titles_before = first is not None
        elif self.shared is not None:
            gap = self.lower[self.last_end : start]
            mark = ";" if ";" in gap else "," if "," in gap else ""
            if (
                not _list_separator().match(gap)
                # "A, B; C": two groups, but a membership goes on ("Ủy viên Ban Thường vụ
                # Tỉnh ủy: A, B; C"): "nguyên Tổng Bí thư: A, B; C, nguyên Chủ tịch nước"
                or (self.separator == "," and mark == ";" and not _membership(self.shared))
                # "A; B, C" goes on, with a name alone
                or (self.separator == ";" and mark == "," and first is not None)
                or (
                    first is not None
                    and not self.with_titles_before
                    and not (mark == ";" and _membership(self.shared))
                )
            ):
                self.shared = None
            self.separator = self.separator or mark
        titles: list[Title] = list(first.titles) if first is not None else []
        last = self.after.get(index)
        end = last.end if last is not None else item.end
        if last is not None:
            titles.extend(last.titles)
        cover_start = start
        if self.shared is not None:
            # (not a list's title a person's own implies: "Các Phó Bí thư Tỉnh ủy gồm: A,
            # Phó Bí thư Thường trực Tỉnh ủy, …"; nor an own title the list's names in full:
            # "3 Phó Bí thư Tỉnh ủy gồm: A (Phó Bí thư, Chủ tịch UBND tỉnh)")
            shared = list(self.shared.titles)
            titles = [
                *(title for title in shared if not _implied(title, titles)),
                *(title for title in titles if not _implied(title, shared)),
            ]
            cover_start = self.shared.start
            self.last_end = end
        if titles:  # (each once: a list's title may be the person's own too)
            official = Official(item.name, tuple(dict.fromkeys(titles)))
            self.people.append(_Person(official, start, end, cover_start))


def _people(norm: NormalizedText) -> list[_Person]:
    """Pair names with the title chains around them."""
    tags = _tag_lines(norm.lower)
    chains = _city_members(norm, _chains(norm, tags))
    names = _names(norm, chains)
    items: list[_Chain | _Name] = sorted([*chains, *names], key=lambda item: item.start)
    return _Attribution(norm.lower, items, tags, norm.text).run()


def hits(context: DocumentContext) -> list[Hit[Official]]:
    """All officials of a document, in normalised coordinates (computed once per document)."""

    def compute() -> list[Hit[Official]]:
        return [Hit(p.official, p.start, p.end) for p in _people(context.norm)]

    return context.memo("officials", compute)


_EXPECTED_OFFICIAL = 'an official such as "Trương Thị Mai, Ủy viên Bộ Chính trị"'


_address = lazy_regex(rf"{ADDRESS}[ ]{{1,3}}")


def parse_official(s: str) -> Official:
    """Read one person with their titles (or titles alone), in any arrangement.

    Example:
        >>> from vn_party_docs import parse_official
        >>> str(parse_official("Đồng chí Phó Bí thư Thường trực Tỉnh ủy Lê Thị Kim Dung"))
        'Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy'
    """
    norm = NormalizedText(check_text(s, "s"))
    start, end = _content(norm)
    address = _address().match(norm.lower, start)
    if address is not None:
        start = address.end()
    people = _people(norm)
    if len(people) == 1 and people[0].cover_start == start and people[0].end == end:
        return people[0].official
    if not people:
        try:
            return Official(None, parse_titles(norm.source[norm.source_start(start) :]))
        except ParseError:
            pass
    if address is None:
        # a name with no known family name, as ``str()`` writes it ("H'Yim Kđoh, Phó Bí thư
        # Tỉnh ủy", "Văng Văn Châu, …": a later syllable may be one), reads as it does
        # after "đồng chí"
        retry = NormalizedText(f"Đồng chí {norm.source[norm.source_start(start) :]}")
        addressed = _people(retry)
        if len(addressed) == 1 and addressed[0].end == _content(retry)[1]:
            return addressed[0].official
    position = people[0].end if people else start
    raise ParseError(_EXPECTED_OFFICIAL, norm.source_end(position) if people else position, s)


def find_officials(
    text: str, *, reference_date: datetime.date | None = None
) -> list[Mention[Official]]:
    """Find every person the text names with at least one title.

    The mention spans the name and the titles next to it; a title shared by a
    list ("Ủy viên Ban Thường vụ Tỉnh ủy: A, B") is given to each person but not
    included in their spans.

    Example:
        >>> from vn_party_docs import find_officials
        >>> text = "Dự có đồng chí Ma Thế Hồng, Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy."
        >>> [(m.value.name, len(m.value.titles)) for m in find_officials(text)]
        [('Ma Thế Hồng', 2)]
    """
    context = DocumentContext(check_text(text), reference_date)
    return to_mentions(context.norm, hits(context))
