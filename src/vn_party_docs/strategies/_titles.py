"""Hypothesis strategies for titles and officials, over the whole vocabulary."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import assume
from hypothesis import strategies as st

from ..lexicon import lexicon
from ..titles import Level, Official, Organ, Title

__all__ = ["officials", "open_titles", "title_variants", "titles"]


def _level(name: str) -> Level | None:
    return Level[name] if name else None


def _vocabulary_organs() -> list[tuple[str, Level | None]]:
    """Every organ a title names, as the lexicon composes them."""
    return sorted(
        {
            (row.title_name or row.name, _level(row.level))
            for row in lexicon().every_organ
            if not row.reads and not row.name.startswith("Thường trực")
        },
        key=lambda row: row[0],
    )


#: Organs that would read back as another role's compound ("Phó Bí thư" + "Thường trực …")
#: and organs written only inside a fused title are left out.
_ORGANS = _vocabulary_organs()
_ROLES = [role.name for role in lexicon()["ROLES"] if role.name != "Tổng Bí thư"]
_PLACES = sorted(
    {
        "Thành phố Hồ Chí Minh" if row.name == "Hồ Chí Minh" else row.name
        for row in lexicon()["PROVINCES"]
    }
)
_LOCAL_PLACES = ["Phong Hải", "Tân Phú", "Bình Minh", "Định Hóa"]


@st.composite
def _organs(draw: st.DrawFn) -> Organ:
    name, level = draw(st.sampled_from(_ORGANS))
    locality = None
    if level is Level.PROVINCIAL:
        locality = draw(st.none() | st.sampled_from(_PLACES))
        if locality is not None and name.endswith(" thành phố"):
            locality = locality.removeprefix("Thành phố ")
    elif level in (Level.DISTRICT, Level.COMMUNE):
        locality = draw(st.none() | st.sampled_from(_LOCAL_PLACES))
    if f"{name} {locality}".lower() in _ORGAN_NAMES:
        locality = None  # "Bộ Tư lệnh Thủ đô" of "Hà Nội" is written as a listed organ
    return Organ(name, level, locality)


_ORGAN_NAMES = {name.lower() for name, _ in _ORGANS}
_LEVELS = dict(_ORGANS)


def _ambiguous(role: str, organ: Organ) -> bool:
    """Whether "Phó Chánh Văn phòng" + "Quốc hội" would read as "Văn phòng Quốc hội" (or
    "Phó Trưởng Ban Thường trực" + "Ủy ban Trung ương MTTQ …" as "Ban Thường trực …"), or the
    title is no office ("Phó Trưởng Ban" of a standing or executive committee, "Ban Thường
    vụ …", "Ban Chấp hành …", "Ban Thường trực …")."""
    if role.endswith("Trưởng Ban") and organ.name.startswith(
        ("Ban Thường vụ", "Ban Chấp hành", "Ban Thường trực")
    ):
        return True
    return any(
        role.lower().endswith(" " + head) and f"{head} {organ.name.lower()}" in _ORGAN_NAMES
        for head in ("ban", "ban thường trực", "văn phòng", "đoàn", "thanh tra")
    )


#: The spellings of the fused titles ("ủy viên thành ủy" is "Ủy viên Ban Chấp hành Đảng bộ
#: thành phố").
_FUSED = {spelling for row in lexicon()["FUSED_TITLES"] for spelling in row.spellings}


def _fused(role: str, organ: Organ) -> bool:
    """Whether the title is written as a fused title's spelling, which reads as that title."""
    return f"{role} {organ.name}".lower() in _FUSED


#: Names written after the head of an open body (made up, in the shape of real ones).
_OPEN_NAMES = [
    "",
    "Văn kiện",
    "Kinh tế - Xã hội Đại hội XIV của Đảng",
    "quốc gia phòng, chống thiên tai",
    "Thi đua - Khen thưởng Trung ương",
    "Địa phương 2",
    "Tổ chức cán bộ, Bộ Nội vụ",
]

#: Names of a team an organ sends: its number, the organ that sends it.
_TEAM_NAMES = ["số 11 của Bộ Chính trị", "số 3", "của Ban Tổ chức Trung ương"]


def _starts_with_listed(head: str, name: str) -> bool:
    """Whether an open name starts with a listed organ longer than its head that is not a head
    itself ("Ủy ban Kinh tế" in "Ủy ban Kinh tế - Xã hội …"): the listed organ is read."""
    words = f"{head} {name}".lower().split(" ")
    heads = {body.name.lower() for body in lexicon()["OPEN_BODIES"]}
    return any(
        " ".join(words[:size]) in _ORGAN_NAMES and " ".join(words[:size]) not in heads
        for size in range(len(head.split(" ")) + 1, len(words) + 1)
    )


def _not_an_organ(name: str) -> bool:
    """Whether a name starts with a phrase that is no organ ("Ban Tổ chức Hội thi")."""
    lower = name.lower()
    phrases = lexicon()["NOT_ORGANS"]
    return any(lower == phrase or lower.startswith(phrase + " ") for phrase in phrases)


@st.composite
def _open_titles(draw: st.DrawFn) -> Title:
    """A title whose organ is an open body: a head and its name as written, or the head alone."""
    former, acting = draw(st.booleans()), draw(st.booleans())
    body = draw(st.sampled_from(lexicon()["OPEN_BODIES"]))
    head, alone, comma = body.name, body.alone, body.comma
    names = [
        name
        for name in (*_OPEN_NAMES, *(_TEAM_NAMES if body.team else ()))
        if (alone if not name or name[0].islower() else True)
        and (comma == "parent" or not name.endswith("Bộ Nội vụ"))
        and (comma == "topic" or ", " not in name or name.endswith("Bộ Nội vụ"))
    ]
    names = [
        name
        for name in names
        if not _not_an_organ(f"{head} {name}") and not _starts_with_listed(head, name)
    ]
    name = draw(st.sampled_from(names))
    heads_roles = [role.name for role in lexicon()["HEAD_ROLES"] if role.head == head]
    role = draw(st.sampled_from(heads_roles or ["Chủ tịch", "Phó Chủ tịch", "Ủy viên"]))
    organ = f"{head} {name}".strip()
    return Title(role, Organ(organ, _LEVELS.get(organ)), former, acting)


@st.composite
def _titles(draw: st.DrawFn) -> Title:
    former, acting = draw(st.booleans()), draw(st.booleans())
    if draw(st.integers(0, 9)) == 0:
        role = draw(st.sampled_from([role.name for role in lexicon()["ROLE_ONLY"]]))
        return Title(role, None, former, acting)
    if draw(st.integers(0, 9)) == 0:
        return Title("Bí thư", Organ("Trung ương Đảng", Level.CENTRAL), former, acting)
    if draw(st.integers(0, 9)) == 0:
        bare = [role.name for role in lexicon()["ROLES"] if role.bare]
        return Title(draw(st.sampled_from(bare)), None, former, acting)
    role, organ = draw(st.sampled_from(_ROLES)), draw(_organs())
    if _ambiguous(role, organ):
        role = "Ủy viên"
    assume(not _fused(role, organ))
    return Title(role, organ, former, acting)


def open_titles() -> st.SearchStrategy[Title]:
    """Titles whose organ is a body named in full after its head ("Ban Chỉ đạo …").

    Their names are kept as written, so only their case-preserving variants read back
    equal; :func:`titles` leaves them out for that reason.

    Example:
        >>> from hypothesis import find
        >>> find(open_titles(), lambda t: t.organ.name == "Tiểu ban").role
        'Phó Trưởng Tiểu ban'
    """
    return _open_titles()


def titles() -> st.SearchStrategy[Title]:
    """Valid titles over the whole vocabulary, whose ``str()`` reads back equal.

    Example:
        >>> from vn_party_docs.strategies import titles
        >>> from hypothesis import find
        >>> find(titles(), lambda t: t.organ is not None).organ.level is not None
        True
    """
    return _titles()


_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Trương"]
_MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Đức", "Hữu", "Kim"]
_GIVEN = ["An", "Bình", "Chính", "Dung", "Hải", "Hồng", "Lan", "Mai", "Nam", "Tân", "Việt"]


@st.composite
def _names(draw: st.DrawFn) -> str:
    middle = draw(st.lists(st.sampled_from(_MIDDLE), min_size=0, max_size=2))
    return " ".join([draw(st.sampled_from(_SURNAMES)), *middle, draw(st.sampled_from(_GIVEN))])


def _ends_with_an_office(titles: tuple[Title, ...]) -> bool:
    """A role standing alone is read only before a name or punctuation: not last."""
    last = titles[-1]
    return last.organ is not None or last.role in {role.name for role in lexicon()["ROLE_ONLY"]}


def _no_paired_completed(titles: tuple[Title, ...]) -> bool:
    """No role alone before the role held together with it (``PAIRED_ROLES``): the reader
    gives it the other's organ ("Phó Chủ tịch, Tổng Thư ký Hội Nhà báo Việt Nam")."""
    paired = set(lexicon()["PAIRED_ROLES"])
    return not any(
        title.organ is None and (title.role, following.role) in paired
        for title, following in itertools.pairwise(titles)
    )


def officials() -> st.SearchStrategy[Official]:
    """Valid officials: a name (or none) and one to four distinct titles.

    The last title is never a role standing alone ("Bí thư"): such a role is read only
    before a name or punctuation, so it could not be found before a verb ("… chủ trì").

    Example:
        >>> from vn_party_docs.strategies import officials
        >>> from hypothesis import find
        >>> len(find(officials(), lambda o: o.name is not None).titles) >= 1
        True
    """
    return st.builds(
        Official,
        st.none() | _names(),
        st.lists(titles(), min_size=1, max_size=4, unique=True)
        .map(tuple)
        .filter(_ends_with_an_office)
        .filter(_no_paired_completed),
    )


_OLD_TONES = {
    "óa": "oá",
    "òa": "oà",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "ủy": "uỷ",
    "úy": "uý",
    "ùy": "uỳ",
    "ũy": "uỹ",
    "ụy": "uỵ",
    "óe": "oé",
    "òe": "oè",
    "ỏe": "oẻ",
}
_ABBREVIATIONS = [
    ("Ban Chấp hành Trung ương", "BCH TW"),
    ("Ban Thường vụ", "BTV"),
    ("Trung ương", "TW"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Ủy ban nhân dân", "UBND"),
    ("Bộ Chính trị", "BCT"),
    ("Ủy viên", "UV"),
    ("Phó Trưởng Ban", "Phó Trưởng ban"),
    ("Trưởng Ban", "Trưởng ban"),
]


def title_variants(canonical: str) -> st.SearchStrategy[str]:
    """Spellings of a canonical title a reader must read as the same title.

    Abbreviations (BCH TW, BTV, HĐND, UBND, UV), lower-case "ban", old tone marks
    (uỷ, hoá), NFD, no-break spaces and upper case.

    Example:
        >>> from vn_party_docs.strategies import title_variants
        >>> from hypothesis import find
        >>> find(title_variants("Ủy viên Ban Thường vụ Tỉnh ủy"), lambda v: "BTV" in v)
        'Ủy viên BTV Tỉnh ủy'
    """

    def apply(choices: tuple[bool, bool, bool, bool, int, bool]) -> str:
        abbreviate, old_tones, nfd, nbsp, abbreviation_index, upper = choices
        text = canonical
        if abbreviate:
            long, short = _ABBREVIATIONS[abbreviation_index % len(_ABBREVIATIONS)]
            text = text.replace(long, short, 1)
        if old_tones:
            for new, old in _OLD_TONES.items():
                text = text.replace(new, old)
        if upper:
            text = text.upper()
        if nbsp:
            text = text.replace(" ", "\u00a0", 1)
        if nfd:
            text = unicodedata.normalize("NFD", text)
        return text

    return st.tuples(
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.integers(0, 20),
        st.booleans(),
    ).map(apply)
