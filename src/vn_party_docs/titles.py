"""Official titles and the officials who hold them.

The model (:class:`Level`, :class:`Organ`, :class:`Title`, :class:`Official`), the
grammar of titles and title chains and the canonical formatters live here; the finder of
people with their titles is :mod:`vn_party_docs.officials` (:func:`find_officials` and
:func:`parse_official` are importable from here too). Vocabulary (roles, organs, places,
family names) is data in :mod:`vn_party_docs._vocab`, read through
:mod:`vn_party_docs.lexicon`.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._fields import Fields, typed
from ._text.context import check_text
from ._text.grammar import (
    DASH,
    GAP,
    LETTER,
    SP,
    UPPER,
    Match,
    Pattern,
    alternation,
    compile_pattern,
    group,
    lazy_pattern,
    lazy_regex,
    shared_anchor,
    vocabulary_cache,
)
from ._text.normalize import NormalizedText
from ._text.numerals import ROMAN_PATTERN, from_roman, to_roman
from ._text.words import (
    ADDRESS,
    CITY,
    city_written_out,
    collapse,
    numbered_place,
    over_parenthesis,
    parenthesis,
    parenthesis_near,
    words,
)
from .errors import ParseError
from .lexicon import lexicon

if TYPE_CHECKING:
    from .officials import find_officials, parse_official

__all__ = ["Level", "Official", "Organ", "Title", "parse_title", "parse_titles"]
__all__ += ["find_officials", "parse_official"]  # the person finder's, see __getattr__


class Level(enum.Enum):
    """The level of an organ in the Party and State hierarchy.

    Attributes:
        CENTRAL: A national body: the Politburo, the Secretariat, the Central
            Committee's commissions, the National Assembly, the Government and its
            ministries ("Bộ Chính trị", "Ban Tổ chức Trung ương", "Bộ Nội vụ").
        PROVINCIAL: A body of a province or a centrally run city ("Tỉnh ủy",
            "Thành ủy", "Ủy ban nhân dân tỉnh").
        DISTRICT: A body of a district, an urban district or a town ("Huyện ủy",
            "Quận ủy", "Ủy ban nhân dân huyện"); this level was abolished on
            1 July 2025, and older text still names it.
        COMMUNE: A body of a commune, a ward or a township ("Đảng ủy xã",
            "Ủy ban nhân dân phường").
        GRASSROOTS: A body whose name does not fix its level: a Party cell
            ("Chi bộ"), a Party committee named without its place ("Đảng ủy"), the
            Youth Union ("Đoàn Thanh niên").

    Example:
        >>> from vn_party_docs import Level, parse_title
        >>> [parse_title(title).organ.level for title in ("Bí thư Tỉnh ủy", "Chủ tịch UBND xã")]
        [<Level.PROVINCIAL: 'PROVINCIAL'>, <Level.COMMUNE: 'COMMUNE'>]
    """

    CENTRAL = "CENTRAL"
    PROVINCIAL = "PROVINCIAL"
    DISTRICT = "DISTRICT"
    COMMUNE = "COMMUNE"
    GRASSROOTS = "GRASSROOTS"


def _single_spaced(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """A name: not blank, single spaces, no space at either end."""
    if not _is_single_spaced(value):
        raise ValueError(f"{attribute.name} must be non-blank with single spaces, not {value!r}")


@functools.lru_cache(maxsize=4096)
def _is_single_spaced(value: str) -> bool:
    """Whether ``value`` is non-blank with single spaces (cached: the same roles, organs and
    places are checked in every title built)."""
    return bool(value.strip()) and value == collapse(value)


#: A name or a role: a str, not blank, single spaces (and the same, or ``None``).
_NAME = typed(str, then=_single_spaced)
_OPTIONAL_NAME = typed(str, optional=True, then=_single_spaced)


@attrs.frozen
class Organ:
    """A body named in a title, with its level and, if the text names it, its place.

    Attributes:
        name (str): The canonical name of the body without its place ("Tỉnh ủy",
            "Ban Tổ chức Trung ương", "Đảng ủy xã"): abbreviations expanded,
            news-style tone marks.
        level (Level | None): Its level in the hierarchy, ``None`` when the
            vocabulary does not say.
        locality (str | None): The place the text attaches to it ("Cà Mau" in "Tỉnh
            ủy Cà Mau", "Phong Hải" in "Đảng ủy xã Phong Hải"); ``None`` when the text
            gives none (none is invented). ``str(organ)`` joins name and place.

    Example:
        >>> from vn_party_docs import parse_title
        >>> organ = parse_title("Bí thư Tỉnh ủy Cà Mau").organ
        >>> organ
        Organ(name='Tỉnh ủy', level=<Level.PROVINCIAL: 'PROVINCIAL'>, locality='Cà Mau')
        >>> str(organ), organ.english()
        ('Tỉnh ủy Cà Mau', 'Cà Mau Provincial Party Committee')
    """

    name: str = attrs.field(validator=_NAME)
    level: Level | None = attrs.field(validator=typed(Level, optional=True))
    locality: str | None = attrs.field(default=None, validator=_OPTIONAL_NAME)

    def __str__(self) -> str:
        return self.name if self.locality is None else f"{self.name} {self.locality}"

    def english(self) -> str:
        """The English name used by Vietnamese state media, with the place first.

        A body named in full after its head keeps its Vietnamese name:

        Example:
            >>> from vn_party_docs import parse_title
            >>> parse_title("Trưởng Tiểu ban Văn kiện").organ.english()
            'Sub-committee (Tiểu ban Văn kiện)'
        """
        lex = _words()
        english = lex.organ_english.get(self.name)
        if english is None:
            english = _open_english(self.name)
        locality = _LEVEL_PREFIX.sub("", self.locality or "")  # "tỉnh Nghệ An" → "Nghệ An"
        place = f"{locality} " if locality else ""
        return english.replace("{}", place) if "{}" in english else place + english

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: name, level name, locality."""
        return {
            "name": self.name,
            "level": self.level.name if self.level else None,
            "locality": self.locality,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Organ:
        """Rebuild an organ from :meth:`to_dict` output (errors as in ``Title.from_dict``)."""
        fields = Fields(data, "Organ")
        return fields.build(
            cls,
            fields.string("name"),
            fields.member("level", Level, optional=True),
            fields.string("locality", optional=True),
        )


@attrs.frozen
class Title:
    """An office: a role, usually in an organ; perhaps former or acting.

    ``str()`` is the canonical Vietnamese title (abbreviations expanded,
    news-style tone marks) and ``parse_title(str(t)) == t``.

    Attributes:
        role (str): The canonical role: "Bí thư", "Phó Trưởng Ban Thường trực",
            "Ủy viên", "Bộ trưởng".
        organ (Organ | None): The body the role is held in; ``None`` for a role
            written alone before a name ("Bộ trưởng Lê Vĩnh Tân") or one that needs
            no organ ("Tổng Bí thư").
        former (bool): ``True`` for a former holder ("nguyên Chủ tịch nước").
        acting (bool): ``True`` for an acting holder ("Quyền Chủ tịch Ủy ban nhân
            dân tỉnh").

    Example:
        >>> from vn_party_docs import parse_title
        >>> t = parse_title("Phó Trưởng ban Thường trực Ban Tổ chức TW")
        >>> t.role, str(t)
        ('Phó Trưởng Ban Thường trực', 'Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương')
        >>> t.english()
        "Standing Deputy Head of the Party Central Committee's Organisation Commission"
        >>> str(parse_title("UVTW")) == str(parse_title("Ủy viên BCH Trung ương Đảng"))
        True
    """

    role: str = attrs.field(validator=_NAME)
    organ: Organ | None = attrs.field(default=None, validator=typed(Organ, optional=True))
    former: bool = attrs.field(default=False, validator=typed(bool))
    acting: bool = attrs.field(default=False, validator=typed(bool))

    def __str__(self) -> str:
        text = self.role if self.organ is None else _join(self.role, str(self.organ))
        if self.acting:
            text = f"Quyền {text}"
        if self.former:
            text = f"nguyên {text}"
        return text

    def english(self) -> str:
        """The English rendering used by Vietnamese state media.

        Example:
            >>> from vn_party_docs import parse_title
            >>> parse_title("Ủy viên Bộ Chính trị").english()
            'Politburo member'
            >>> parse_title("nguyên Bộ trưởng Bộ Nội vụ").english()
            'former Minister of Home Affairs'
        """
        lex = _words()
        organ = self.organ
        special = lex.special_english.get((self.role, organ.name if organ else None))
        if special is not None:
            english = special
        elif organ is None:
            english = lex.role_english.get(self.role, self.role)
        elif organ.name in lex.ministry_subject:
            subject = lex.ministry_subject[organ.name]
            english = f"{lex.role_english.get(self.role, self.role)} of {subject}"
        else:
            english = f"{lex.role_english.get(self.role, self.role)} of the {organ.english()}"
        if special is not None and organ is not None and organ.locality:
            english = f"{english} ({organ.locality})"
        if self.acting:
            english = f"Acting {english}"
        if self.former:
            english = f"former {english}"
        return english

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: role, organ dict, former, acting, and the canonical text."""
        return {
            "role": self.role,
            "organ": self.organ.to_dict() if self.organ else None,
            "former": self.former,
            "acting": self.acting,
            "text": str(self),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Title:
        """Rebuild a title from :meth:`to_dict` output (``text`` is ignored).

        Raises:
            TypeError: ``data`` is not a dict.
            ValueError: a field is missing, of the wrong type (``"former": "no"``) or
                refused by the validators; the message names it.
        """
        fields = Fields(data, "Title")
        return fields.build(
            cls,
            fields.string("role"),
            fields.nested("organ", Organ.from_dict, optional=True),
            fields.boolean("former", default=False),
            fields.boolean("acting", default=False),
        )


#: The level word a locality may keep from the text ("tỉnh Nghệ An", "tỉnh").
_LEVEL_PREFIX = re.compile(r"^(?:tỉnh|thành phố)(?: |$)")


def _join(role: str, organ: str) -> str:
    """Write a role before its organ, sharing repeated words ("Trưởng Ban" + "Ban Tổ chức…")."""
    role_words, organ_words = role.split(" "), organ.split(" ")
    for head in _words().heads_in_roles:  # "Trưởng Tiểu ban" + "Tiểu ban Văn kiện"
        size = head.count(" ") + 1
        if role.lower().endswith(" " + head) and organ.lower().split(" ")[:size] == head.split():
            return " ".join(role_words + organ_words[size:])
    for shared in (2, 1):
        tail = [word.lower() for word in role_words[-shared:]]
        if (
            " ".join(tail) in _MERGE_HEADS
            and len(organ_words) > shared
            and [w.lower() for w in organ_words[:shared]] == tail
        ):
            return " ".join(role_words + organ_words[shared:])
    return f"{role} {organ}"


def _some_title(
    instance: Official, attribute: attrs.Attribute[Any], value: tuple[Title, ...]
) -> None:
    if not value:
        # find_officials reports a person only with a title (SPEC §5); an official
        # without one would have no canonical text to read back.
        raise ValueError("an official needs at least one title")


#: A tuple of titles, one at least.
_TITLES = typed(tuple, "a tuple of Title", items=Title, then=_some_title)

#: :class:`Organ` and :class:`Title` as the readers build them, kept: an article names the
#: same organs and titles again and again, and a value checks every field as it is built.
_organ = functools.lru_cache(maxsize=4096)(Organ)
_title = functools.lru_cache(maxsize=4096)(Title)


@attrs.frozen
class Official:
    """A person named in the text with the titles the text gives them, in order.

    Attributes:
        name (str | None): The person's full name as written, names in capitals
            put in title case ("Trương Thị Mai"); ``None`` only when
            :func:`~vn_party_docs.parse_official` reads titles without a name
            (:func:`~vn_party_docs.find_officials` always gives one).
        titles (tuple[Title, ...]): The person's titles in text order, shared titles
            of a list ("các Phó Chủ tịch Quốc hội: A, B") included.

    ``titles`` holds at least one title (``find_officials`` reports a person only with
    one): ``Official("Lê Văn A", ())`` and ``Official(None, ())`` raise ``ValueError``.

    Example:
        >>> from vn_party_docs import parse_official
        >>> o = parse_official("đồng chí Trương Thị Mai, UV Bộ Chính trị, Trưởng Ban Tổ chức TW")
        >>> o.name, [str(t) for t in o.titles]
        ('Trương Thị Mai', ['Ủy viên Bộ Chính trị', 'Trưởng Ban Tổ chức Trung ương'])
        >>> str(o)
        'Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương'
    """

    name: str | None = attrs.field(validator=_OPTIONAL_NAME)
    titles: tuple[Title, ...] = attrs.field(validator=_TITLES)

    def __str__(self) -> str:
        parts = [str(title) for title in self.titles]
        return ", ".join([self.name, *parts] if self.name else parts)

    def short_repr(self) -> str:
        """A compact repr: ``Official('Trương Thị Mai, Ủy viên Bộ Chính trị')``."""
        return f"Official({str(self)!r})"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: name and the title dicts."""
        return {"name": self.name, "titles": [title.to_dict() for title in self.titles]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Official:
        """Rebuild an official from :meth:`to_dict` output (errors as in ``Title.from_dict``)."""
        fields = Fields(data, "Official")
        name = fields.string("name", optional=True)
        if "titles" not in data:
            raise fields.error("titles", "is missing")
        return fields.build(cls, name, fields.nested_items("titles", Title.from_dict))


# -- the lexicon, built once on first use ------------------------------------------------------


def _open_english(name: str) -> str:
    """The English of an organ not in the vocabulary: an open body, a delegation of a term."""
    lex = _words()
    unit = _UNIT_IN_NAME.sub("", name, count=1)  # "… đơn vị tỉnh": the electoral unit
    if unit != name and unit in lex.organ_english:
        return lex.organ_english[unit]
    term = _TERM_IN_NAME.search(unit)
    if term is not None:
        base = unit[: term.start()] + unit[term.end() :]
        if base in lex.organ_english:
            return f"{lex.organ_english[base]} ({_ordinal(from_roman(term['term']))} term)"
    for head in lex.open_head_order:
        if name == head:
            return lex.open_english[head]
        if name.startswith(head + " "):
            return f"{lex.open_english[head]} ({name})"
    return name


def _ordinal(number: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if 10 <= number % 100 <= 20:
        suffix = "th"
    return f"{number}{suffix}"


#: The term written inside an organ's name ("Đoàn đại biểu Quốc hội khóa XV tỉnh").
_TERM_IN_NAME = re.compile(r" khóa (?P<term>[IVXL]{1,7})(?= |$)")
#: The electoral unit written inside an organ's name ("Đoàn đại biểu Quốc hội đơn vị tỉnh",
#: "… khóa XV, đơn vị tỉnh", "… khóa XV - đơn vị tỉnh"), or the full-time duty ("…
#: chuyên trách tỉnh").
_UNIT_IN_NAME = re.compile(r"(?:,| [-–])? (?:đơn vị|chuyên trách)(?= )")


@attrs.frozen
class _Words:
    """What the title grammar reads, derived once from the lexicon in use."""

    organs: dict[str, tuple[str, Level | None]]  # spelling -> (canonical, level)
    merged_organs: dict[str, dict[str, tuple[str, Level | None]]]  # head -> spelling without it
    ministry_short: dict[str, str]  # "quốc phòng" -> "Bộ Quốc phòng"
    roles: dict[str, str]  # spelling -> canonical role
    bare_roles: dict[str, str]  # spelling -> canonical role that may stand alone
    fused: dict[str, tuple[str, str]]  # spelling -> (role, organ canonical)
    role_only: dict[str, str]  # spelling -> role
    organ_english: dict[str, str]  # "{}" marks where a place goes
    organ_level: dict[str, Level | None]
    role_english: dict[str, str]
    special_english: dict[tuple[str, str | None], str]
    ministry_subject: dict[str, str]
    places: dict[str, str]  # spelling -> canonical place
    open_heads: dict[str, str]  # spelling of an open body's head -> canonical head
    open_english: dict[str, str]  # canonical head -> English
    open_head_order: tuple[str, ...]  # canonical heads, longest first
    open_back_reference: frozenset[str]  # heads that may stand alone
    open_comma_parent: frozenset[str]  # heads whose name may end with ", <parent organ>"
    open_comma_topic: frozenset[str]  # heads whose name goes on at ", <lower-case word>"
    open_teams: frozenset[str]  # heads whose name goes on with "số N" and "của <organ>"
    head_roles: dict[str, tuple[str, str]]  # spelling -> (role, head)
    heads_in_roles: tuple[str, ...]  # heads a role contains whole, longest first
    extendable: frozenset[str]  # listed organs that an open name may continue
    implied: dict[str, str]  # role -> the organ it implies when the text leaves it out
    party_secretaries: frozenset[str]
    paired: frozenset[tuple[str, str]]  # roles held together: the first shares the organ
    committees: tuple[str, ...]  # Party committees that have a standing board, longest first
    not_names: frozenset[str]  # capitalised words that look like a name and are places
    cities: frozenset[str]  # canonical places of the centrally run cities


def _level(name: str) -> Level | None:
    """The level of a vocabulary row ("" is unknown)."""
    return Level[name] if name else None


@vocabulary_cache
@functools.cache
def _words() -> _Words:
    """The title grammar's words, derived from the lexicon in use (once per lexicon)."""
    return lexicon().memo("titles", _derive)


def _derive() -> _Words:
    vocabulary = lexicon()
    organs: dict[str, tuple[str, Level | None]] = {}
    organ_english: dict[str, str] = {}
    organ_level: dict[str, Level | None] = {}
    for row in vocabulary.every_organ:
        if row.reads == "issuer":
            continue  # read only as an issuer ("Bộ Chính trị, Ban Bí thư" together)
        canonical = row.title_name or row.name
        level = organ_level.setdefault(canonical, _level(row.level))
        organ_english.setdefault(canonical, row.english)
        if row.reads == "fused":
            continue  # "Trung ương Đảng" only inside "Bí thư Trung ương Đảng"
        for spelling in _markless(vocabulary.spellings(row)):
            organs.setdefault(spelling, (canonical, level))
    assembly, standing = (
        vocabulary["OF_THE_NATIONAL_ASSEMBLY"],
        vocabulary["OF_THE_STANDING_COMMITTEE"],
    )
    for name in dict.fromkeys((*assembly, *standing)):  # "Ủy ban Kinh tế (của) Quốc hội"
        joins = _assembly_joins(name, assembly, standing)
        for joined, owner in joins.items() if name in organ_english else ():
            organ_english.setdefault(joined, f"{organ_english[name]} of the {owner}")
            organ_level[joined] = organ_level[name]
    ministry_short: dict[str, str] = {}
    ministry_subject: dict[str, str] = {}
    for ministry in vocabulary["MINISTRIES"]:
        ministry_subject[ministry.name] = ministry.subject
        for spelling in ministry.short:
            ministry_short[spelling] = ministry.name
    merged: dict[str, dict[str, tuple[str, Level | None]]] = {head: {} for head in _MERGE_HEADS}
    for spelling, value in organs.items():
        for head in _MERGE_HEADS:
            if spelling.startswith(head + " "):
                merged[head].setdefault(spelling[len(head) + 1 :], value)
    roles = {}
    role_english = {}
    for role in vocabulary["ROLES"]:
        role_english[role.name] = role.english
        for spelling in (role.name.lower(), *role.spellings):
            roles[spelling] = role.name
    bare = {role.name for role in vocabulary["ROLES"] if role.bare}
    bare_roles = {spelling: role for spelling, role in roles.items() if role in bare}
    role_only = {}
    for office in vocabulary["ROLE_ONLY"]:
        role_english[office.name] = office.english
        for spelling in (office.name.lower(), *office.spellings):
            role_only[spelling] = office.name
    places: dict[str, str] = {}
    for province in vocabulary["PROVINCES"]:
        canonical = province.name
        name = "Thành phố Hồ Chí Minh" if canonical == "Hồ Chí Minh" else canonical
        for spelling in (canonical.lower(), *province.spellings):
            places[spelling] = _dashed_as_written(name, spelling)
        if province.city:
            for prefix in ("thành phố ", "tp ", "tp. "):
                places.setdefault(prefix + canonical.lower(), "Thành phố " + canonical)
    secretariat = organ_english["Ban Bí thư"]
    special = {
        ("Ủy viên", "Bộ Chính trị"): "Politburo member",
        ("Thường trực", "Ban Bí thư"): f"Permanent member of the {secretariat}",
        ("Bí thư", "Trung ương Đảng"): "Secretary of the Party Central Committee",
        ("Thủ tướng", "Chính phủ"): "Prime Minister",
        ("Phó Thủ tướng", "Chính phủ"): "Deputy Prime Minister",
        ("Phó Thủ tướng Thường trực", "Chính phủ"): "Standing Deputy Prime Minister",
        ("Chủ tịch", "Quốc hội"): "National Assembly Chairman",
        ("Phó Chủ tịch", "Quốc hội"): "National Assembly Vice Chairman",
        ("Phó Chủ tịch Thường trực", "Quốc hội"): "Standing Vice Chairman of the National Assembly",
        ("Đại biểu", "Quốc hội"): "National Assembly deputy",
        ("Đại biểu", "Hội đồng nhân dân tỉnh"): "deputy to the Provincial People's Council",
        ("Tổng Bí thư", None): "Party General Secretary",
        ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"): (
            "General Secretary of the Party Central Committee"
        ),
        ("Trợ lý", "Thủ tướng Chính phủ"): "Assistant to the Prime Minister",
        ("Trợ lý", "Tổng Bí thư"): "Assistant to the General Secretary",
        ("Trợ lý", "Chủ tịch nước"): "Assistant to the State President",
        ("Trợ lý", "Chủ tịch Quốc hội"): "Assistant to the National Assembly Chairman",
        ("Thư ký", "Thủ tướng Chính phủ"): "Secretary to the Prime Minister",
        ("Thư ký", "Tổng Bí thư"): "Secretary to the General Secretary",
        ("Thư ký", "Chủ tịch nước"): "Secretary to the State President",
        ("Thư ký", "Chủ tịch Quốc hội"): "Secretary to the National Assembly Chairman",
        ("Viện trưởng", "Viện Kiểm sát nhân dân tối cao"): (
            "Prosecutor General of the Supreme People's Procuracy"
        ),
        ("Phó Viện trưởng", "Viện Kiểm sát nhân dân tối cao"): (
            "Deputy Prosecutor General of the Supreme People's Procuracy"
        ),
        ("Phó Viện trưởng Thường trực", "Viện Kiểm sát nhân dân tối cao"): (
            "Standing Deputy Prosecutor General of the Supreme People's Procuracy"
        ),
        ("Viện trưởng", "Viện Kiểm sát nhân dân tỉnh"): (
            "Chief Procurator of the Provincial People's Procuracy"
        ),
        ("Phó Viện trưởng", "Viện Kiểm sát nhân dân tỉnh"): (
            "Deputy Chief Procurator of the Provincial People's Procuracy"
        ),
    }
    # an organ kept as written ("VKSND tối cao") is rendered as the organ it stands for
    namesakes: dict[str, list[str]] = {}  # the organs of each English name
    for name, english in organ_english.items():
        namesakes.setdefault(english, []).append(name)
    for (role, organ), english in list(special.items()):
        for other in namesakes.get(organ_english.get(organ or "", ""), ()):
            special.setdefault((role, other), english)
    open_bodies = vocabulary["OPEN_BODIES"]
    open_heads = {}
    for body in open_bodies:
        for spelling in _markless((body.name.lower(), *body.spellings)):
            open_heads[spelling] = body.name
    head_roles = {}
    heads_in_roles: set[str] = set()  # the heads a role's name contains ("Trưởng Tiểu ban")
    for role in vocabulary["HEAD_ROLES"]:
        role_english.setdefault(role.name, role.english)
        if role.name.lower().endswith(" " + role.head.lower()):
            head_roles[role.name.lower()] = (role.name, role.head)
            heads_in_roles.add(role.head.lower())
        for spelling in role.spellings:  # "Trưởng BCĐ": the head's initials
            head_roles[spelling] = (role.name, role.head)
    heads = tuple(sorted((body.name for body in open_bodies), key=len, reverse=True))
    # a listed organ that is a head itself ("Đảng ủy") or a steering committee is continued by
    # the name written after it; other listed names are whole ("Báo Nhân Dân")
    extendable = frozenset(
        name for name in organ_english if name in heads or name.startswith("Ban Chỉ đạo ")
    )
    committees = [row.name for row in vocabulary["PARTY_COMMITTEES"]]
    return _Words(
        organs=organs,
        merged_organs=merged,
        ministry_short=ministry_short,
        roles=roles,
        bare_roles=bare_roles,
        fused={
            spelling: (row.role, row.organ)
            for row in vocabulary["FUSED_TITLES"]
            for spelling in _markless(row.spellings)
        },
        role_only=role_only,
        organ_english=organ_english,
        organ_level=organ_level,
        role_english=role_english,
        special_english=special,
        ministry_subject=ministry_subject,
        places=places,
        open_heads=open_heads,
        open_english={body.name: body.english for body in open_bodies},
        open_head_order=heads,
        open_back_reference=frozenset(body.name for body in open_bodies if body.alone),
        open_comma_parent=frozenset(body.name for body in open_bodies if body.comma == "parent"),
        open_comma_topic=frozenset(body.name for body in open_bodies if body.comma == "topic"),
        open_teams=frozenset(body.name for body in open_bodies if body.team),
        head_roles=head_roles,
        heads_in_roles=tuple(sorted(heads_in_roles, key=len, reverse=True)),
        extendable=extendable,
        implied={role.name: role.implies for role in vocabulary["ROLES"] if role.implies},
        paired=frozenset(vocabulary["PAIRED_ROLES"]),
        party_secretaries=frozenset(
            role.name for role in vocabulary["ROLES"] if role.party_secretary
        ),
        committees=tuple(sorted(committees, key=len, reverse=True)),
        not_names=frozenset(province.name for province in vocabulary["PROVINCES"]),
        cities=frozenset(
            places[province.name.lower()] for province in vocabulary["PROVINCES"] if province.city
        )
        | {"Hồ Chí Minh", "Việt Nam", "Thành Phố"},
    )


def _markless(spellings: Iterable[str]) -> Iterator[str]:
    """Each spelling, and each also with its abbreviations typed without the stroke of "đ"
    or with one too many (``MARKLESS_ABBREVIATIONS``: "hđnd tỉnh" is also read as "hdnd
    tỉnh" and "hđnđ tỉnh")."""
    pairs = lexicon()["MARKLESS_ABBREVIATIONS"]
    for spelling in spellings:
        typed = {spelling}
        for markless, marked in pairs:
            typed |= {re.sub(rf"(?<!\w){marked}(?!\w)", markless, each) for each in typed}
        yield spelling
        yield from sorted(typed - {spelling})


def _dashed_as_written(canonical: str, spelling: str) -> str:
    """A province named by two names joined by a dash keeps the joint the text writes:
    "Bà Rịa-Vũng Tàu" or "Bà Rịa - Vũng Tàu" (an en dash written as a hyphen); without a
    dash, the gazetteer's name."""
    dash = re.search(r"[ ]?[-–][ ]?", spelling)
    if dash is None:
        return canonical
    joint = "-" if dash.group() in ("-", "–") else " - "
    words = canonical.replace(" - ", " ").split(" ")
    spelled = re.split(r"[ ]?[-–][ ]?", spelling)
    left = len(spelled[0].split(" "))
    return " ".join(words[:left]) + joint + " ".join(words[left:])


#: Words a role and its organ share: "Trưởng Ban" + "Ban Tổ chức …" is "Trưởng Ban Tổ chức …".
_MERGE_HEADS = ("ban", "văn phòng", "đoàn", "thanh tra")

#: Roles that take a ministry's short name: "Bộ trưởng Quốc phòng" is "Bộ trưởng Bộ Quốc phòng".
_MINISTERS = ("bộ trưởng", "thứ trưởng", "thứ trưởng thường trực")


#: The words that make a title a former one: "nguyên", "cựu" (ex-).
_FORMER = ("nguyên", "cựu")
_PREFIX = (
    rf"(?<![\w])(?:(?P<former>{'|'.join(_FORMER)})(?:{GAP}là)?{GAP})?(?:(?P<acting>quyền){GAP})?"
)


#: Hồ Chí Minh City's initials glued to the level word an organ ends with ("Công an TPHCM"
#: is "Công an tp" of "hcm"): the organ ends inside the word, the place follows.
_GLUED_CITY = r"(?<=[ ]tp)(?=hcm(?![\w]))"


@lazy_pattern
def _title_pattern() -> Pattern:
    lex = _words()
    implied = alternation(role.lower() for role in lex.implied)
    return compile_pattern(
        rf"""
        {_PREFIX}
        (?:
            (?P<fused>{alternation(lex.fused)})(?!{GAP}(?:đoàn|hội|mặt[ ]trận|mttq)(?![\w]))
          | (?P<role>{alternation(lex.roles)})(?:{GAP}|(?<=\.)|(?<=uv)(?=bch))
            (?P<organ>{alternation(lex.organs)})  # (glued: "UVBCH TƯ Đoàn")
          | (?P<minister>{alternation(_MINISTERS)})
            {GAP}(?P<ministry>{alternation(lex.ministry_short)})
          | (?P<implied>{implied})
          | (?P<role_only>{alternation(lex.role_only)})
          | (?P<bare>{alternation(lex.bare_roles)})
        )
        (?:(?![\w])|{_GLUED_CITY})
        """
    )


@lazy_pattern
def _merged_title_patterns() -> tuple[Pattern, ...]:
    """Titles whose role and organ share a word: "Trưởng Ban [Ban] Tổ chức Trung ương".

    One pattern per shared word (its groups have the same names in each).
    """
    lex = _words()
    patterns = []
    for head in _MERGE_HEADS:
        roles = alternation(role for role in lex.roles if role.endswith(" " + head))
        organs = alternation(lex.merged_organs[head])
        patterns.append(
            compile_pattern(
                rf"{_PREFIX}(?P<role>{roles}){GAP}(?P<merged>{organs})(?:(?![\w])|{_GLUED_CITY})"
            )
        )
    return tuple(patterns)


@lazy_pattern
def _merged_title_start() -> Pattern:
    """What every title of :func:`_merged_title_patterns` starts with (a role that ends
    with a shared word): where it does not match, none of them does (one test, not four)."""
    roles = alternation(
        role for role in _words().roles if role.endswith(tuple(" " + h for h in _MERGE_HEADS))
    )
    return compile_pattern(rf"{_PREFIX}(?:{roles}){GAP}")


def _title_match(lower: str, position: int) -> Match | None:
    """The longest reading of a title at ``position``, plain or with a shared word, or a
    role listed with the State's name ("Chủ tịch Quốc hội nước CHXHCN Việt Nam", which the
    plain reading ends before the State's name)."""
    best = _title_pattern().match(lower, position)
    if _merged_title_start().match(lower, position) is not None:
        for pattern in _merged_title_patterns():
            merged = pattern.match(lower, position)
            if merged is not None and (best is None or merged.end() >= best.end()):
                best = merged
    if best is not None and _state_after().match(lower, best.end()) is not None:
        named = _role_only_title().match(lower, position)
        if named is not None and named.end() > best.end():
            best = named
    return best


#: The State's name after a title: "… nước Cộng hòa xã hội chủ nghĩa Việt Nam", "… nước CHXHCN".
_state_after = lazy_regex(r"[ ]{1,3}nước[ ]{1,3}(?:cộng|chxhcn)")


@lazy_pattern
def _role_only_title() -> Pattern:
    """A title that is a role alone, as :func:`_title_pattern` reads it."""
    return compile_pattern(rf"{_PREFIX}(?P<role_only>{alternation(_words().role_only)})(?![\w])")


_implied_organ = lazy_regex(
    lambda: rf"{GAP}(?:{alternation(o.lower() for o in _words().implied.values())})\b"
)


_place_pattern = lazy_regex(
    lambda: (
        rf"""(?:{GAP}(?:(?P<level>tỉnh){GAP})?|(?<=tp|(?<![\w])[pq])\.[ ]?|{_GLUED_CITY})
             (?P<place>{alternation(_words().places)})(?![\w])"""
    )
)


#: What stands before a district or commune place: a space, or the dot of "TP.", "P.",
#: "Q.", "TX." ("TP. Vĩnh Yên", "TP.Vĩnh Yên", "P.Nha Trang", "TX.Phú Mỹ").
_PLACE_LEAD = r"(?:[ ]|(?<=[Tt][PpXx]|(?<![\w])[PpQq])\.[ ]?)"


#: Not a syllable of a place after its first: a middle name that marks a person ("Lê Thị
#: Phương Hoa" is no place "Lê Thị" and a name "Phương Hoa"; no place's later syllable is
#: "Thị" or "Văn"), nor the word of a term ("xã Vĩnh Thành Khóa I").
_NOT_MIDDLE = rf"(?!(?:Thị|Văn|Khóa|Khoá|THỊ|VĂN|KHÓA|KHOÁ)(?!{LETTER}))"


#: The middle names some pages write in lower case ("Lê văn Nghĩa", "Tôn thị Ngọc Hạnh").
_LOWER_MIDDLE = "(?:văn|thị)"
#: What opens the syllable after a family name: a capital, or such a middle name before one.
_AFTER_SURNAME = rf"(?:{_LOWER_MIDDLE}[ ])?{UPPER}"


#: A capitalised syllable of a place's name, perhaps with an apostrophe inside it as the
#: Central Highlands' names have ("Ea M’Droh", "Đắk R’Lấp", "Ea H'leo").
_PLACE_SYLLABLE = rf"{UPPER}{LETTER}{{0,7}}(?:['’]{LETTER}{{1,8}})?"
#: The letter that tells apart two districts of one name ("huyện Châu Thành A").
_PLACE_LETTER = rf"(?:[ ][AB](?!{LETTER}))?"


@lazy_pattern
def _local_name_pattern() -> Pattern:
    """A district or commune place: capitalised words, not a personal name after them."""
    surnames = alternation(lexicon()["SURNAMES"])
    name = rf"(?:{surnames})[ ]{_AFTER_SURNAME}"
    # a name of three syllables right after the place ("Buôn Ma Thuột" is one place, "Ma
    # Thuột" no name after "Buôn")
    person = rf"[ ](?:{surnames})[ ](?:{_LOWER_MIDDLE}[ ]{UPPER}|{UPPER}{LETTER}*[ ]{UPPER})"
    return compile_pattern(
        # two syllables that could be a name are a place when the title ends after them or a
        # name follows ("huyện Lâm Bình Nguyễn Văn An", "Huyện ủy Hải Hà Nguyễn Văn Tám"), one
        # that does not open with a middle name ("Huyện ủy Lắk Nguyễn Văn Long": "Lắk")
        rf"{_PLACE_LEAD}(?P<pair>{_PLACE_SYLLABLE}[ ]{_NOT_MIDDLE}{_PLACE_SYLLABLE}{_PLACE_LETTER})"
        rf"(?=[ ]{{0,3}}(?:[,;.)]|\Z)|[ ]{_NOT_MIDDLE}{name})"
        rf"|{_PLACE_LEAD}(?P<place>(?!(?i:{surnames})(?!{LETTER}))"
        rf"{_PLACE_SYLLABLE}(?:(?!{person})[ ]{_NOT_MIDDLE}{_PLACE_SYLLABLE}){{0,2}})"
        rf"(?!{LETTER})"
    )


_chain_separator = lazy_regex(
    rf"""(?:{SP},?{GAP}đồng{GAP}thời(?:{GAP}là)?{GAP}|{SP}[,\-–]?{GAP}kiêm{GAP}
              |{SP},{SP}\n?{SP}(?:tân[ ]{{1,3}})?
              |{SP}[-–/]{{1,2}}{SP}|[ ]{{1,3}})"""  # "Phó Bí thư / Chủ tịch UBND phường"
)  # (a comma may end a line the chain goes on after: "Ủy viên Trung ương Đảng,\nBí thư …";
# "tân" (newly appointed) before a title after a comma: "…, tân Bộ trưởng Bộ Tài chính";
# "kiêm" after a dash: "Phó Chủ tịch- Kiêm Tổng thư ký …")


#: Roles written as abbreviations: only in capitals ("PBT", "PCT Thường trực").
_ROLE_ABBREVIATIONS = frozenset(
    {
        "uv",
        "ct",
        "bt",
        "pct",
        "pbt",
        "tbt",
        "pct thường trực",
        "pct tt",
        "pbt thường trực",
        "pbt tt",
    }
    | {"uv.", "ct.", "pct.", "pbt."}  # (with a dot, as portals write them: "PCT. HĐND xã")
    | {"phó ct"}
)
#: Of them, those that name one office alone, so that they stand without their organ in a
#: chain ("đồng chí Lê Văn Đông, PBT, Chủ tịch UBND phường"); "UV", "CT" and "BT" never do.
_BARE_ABBREVIATIONS = _ROLE_ABBREVIATIONS - {"uv", "uv.", "ct", "ct.", "bt"}


def _written_in_capitals(norm: NormalizedText, match: Match, group: str) -> bool:
    """Whether the abbreviation in the ``group`` of ``match`` is in capitals ("PCT
    Thường trực", "Phó CT")."""
    return any(word.isupper() for word in norm.text[match.start(group) : match.end(group)].split())


@attrs.frozen
class _TitleRead:
    title: Title
    start: int
    end: int


def _read_title(norm: NormalizedText, match: Match) -> _TitleRead | None:
    """Build the title of a match of the title grammar, with its locality."""
    lex = _words()
    groups = {name: value for name, value in match.groupdict().items() if value}
    end = match.end()
    organ_name: str | None = None
    if "fused" in groups:
        role, organ_name = lex.fused[collapse(groups["fused"])]
    elif "role" in groups:
        spelled_role = collapse(groups["role"])
        role = lex.roles[spelled_role]
        if spelled_role in _ROLE_ABBREVIATIONS and not _written_in_capitals(norm, match, "role"):
            return None
        if "merged" in groups:
            head = next(h for h in _MERGE_HEADS if spelled_role.endswith(" " + h))
            organ_name = lex.merged_organs[head][collapse(groups["merged"])][0]
        else:
            organ_name = lex.organs[collapse(groups["organ"])][0]
    elif "minister" in groups:
        role = lex.roles[collapse(groups["minister"])]
        organ_name = lex.ministry_short[collapse(groups["ministry"])]
    elif "bare" in groups:
        spelled_role = collapse(groups["bare"])
        if spelled_role in _ROLE_ABBREVIATIONS and (
            spelled_role not in _BARE_ABBREVIATIONS or not _written_in_capitals(norm, match, "bare")
        ):
            return None
        role = lex.bare_roles[spelled_role]
        led = _leader_place(norm, end) if role in _PLACE_LEADERS else None
        if led is not None:  # "Bí thư Hà Nội Vương Đình Huệ": the place as written
            led_place, led_level, led_end = led
            led_organ = _organ(led_place, led_level)
            title = _title(role, led_organ, "former" in groups, "acting" in groups)
            return _TitleRead(title, match.start(), led_end)
        acronym = _acronym_organ().match(norm.text, end) if role in _ACRONYM_HEADS else None
        if (
            acronym is not None
            and acronym["acronym"].lower() not in lex.open_heads
            and expand_open_word(acronym["acronym"]) == acronym["acronym"]
        ):
            # "Giám đốc VIAGS", "Tổng Giám đốc EVNNPT": as written (not "ĐH Quốc gia …", nor
            # initials the vocabulary writes out: "Phó Chủ tịch MTTQ")
            title = _title(
                role, Organ(acronym["acronym"], None), "former" in groups, "acting" in groups
            )
            return _TitleRead(title, match.start(), acronym.end())
        if not _bare_role_ends(norm, end):
            return None
    elif "implied" in groups:
        role = lex.roles[collapse(groups["implied"])]
        organ_name = lex.implied[role]
        more = _implied_organ().match(norm.lower, end)
        if more is not None:
            end = more.end()
    else:
        role = lex.role_only[collapse(groups["role_only"])]
    organ = None
    if organ_name is not None:
        level = lex.organ_level.get(organ_name)
        of_assembly = _of_the_assembly().match(norm.lower, end)
        if of_assembly is not None:
            assembly = "Ủy ban Thường vụ Quốc hội" if of_assembly["standing"] else "Quốc hội"
            joined = " ".join(filter(None, (organ_name, of_assembly["of"], assembly)))
            if joined in lex.organ_level:
                organ_name, end = joined, of_assembly.end()
        if organ_name.endswith(" Trung ương"):
            # "Ban Tổ chức Trung ương Hội Nông dân Việt Nam": a mass organisation's own body
            owner = read_organ(norm, end + 1) if norm.lower.startswith(" ", end) else None
            if owner is not None and owner[0].name in lexicon()["MASS_ORGANISATION_NAMES"]:
                organ_name, level, end = f"{organ_name} {owner[0].name}", Level.CENTRAL, owner[1]
            elif (youth := _youth_union_after(norm, end)) is not None:
                # "Phó Trưởng Ban Tổ chức Trung ương Đoàn": the Youth Union's own body
                organ_name, level, end = f"{organ_name} {youth[0]}", Level.CENTRAL, youth[1]
        if organ_name in lexicon()["BODIES_READ_ALONE"] and norm.lower.startswith(" ", end):
            # "UVBTV Đảng ủy Sở Y tế": the body of the committee written after the title
            committee = _organ_pattern().match(norm.lower, end + 1)
            if committee is not None:
                joined = f"{organ_name} {lex.organs[collapse(committee['organ'])][0]}"
                if joined in lex.organ_level:
                    organ_name, level, end = joined, lex.organ_level[joined], committee.end()
        if organ_name in _TERM_ORGANS:
            term = _term_after().match(norm.lower, end)
            if term is not None:
                number = term["term"]
                level = Level.PROVINCIAL if term["level"] else None
                place = {"tỉnh": " tỉnh", "": ""}.get(term["level"] or "", " thành phố")
                if number is None:  # "… đơn vị tỉnh Tiền Giang", "… chuyên trách tỉnh …"
                    written = " ".join(term["alone"].split())
                else:
                    written = (
                        f"khóa {to_roman(int(number)) if number.isdigit() else number.upper()}"
                    )
                    if term["unit"]:  # "khóa XV, đơn vị tỉnh …", "khóa XV - đơn vị …": as written
                        joint = collapse(norm.text[term.end("term") : term.start("unit")])
                        written += f"{joint if joint in (',', '') else ' ' + joint} đơn vị"
                organ_name, end = f"{organ_name} {written}{place}", term.end()
        organ_name, level = _level_of_province(norm, end, organ_name, level)
        locality, end, level = _read_locality(norm, end, level, organ_name)
        organ = _city_organ(organ_name, level, locality)
    title = _title(role, organ, "former" in groups, "acting" in groups)
    return _TitleRead(title, match.start(), _past_aside(norm, end))


#: The roles news gives a leader named by the place they lead alone ("Bí thư Hà Nội
#: Vương Đình Huệ", "Bí thư TP.HCM", "Bí thư phường Bình Trưng", "Bí thư quận 5").
_PLACE_LEADERS = frozenset({"Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch"})
#: The heads of a business or an institution its initials may name ("Giám đốc VIAGS").
_ACRONYM_HEADS = frozenset(
    {
        "Giám đốc",
        "Phó Giám đốc",
        "Phó Giám đốc Thường trực",
        "Tổng Giám đốc",
        "Phó Tổng Giám đốc",
        "Phó Tổng Giám đốc Thường trực",
        # a business's chairman ("Chủ tịch kiêm Tổng giám đốc Viettel": "Chủ tịch Viettel")
        "Chủ tịch",
        "Phó Chủ tịch",
    }
)
#: The initials of an organ no list holds, in capitals, after its head (not a Roman
#: numeral, nor the first word of a name in capitals: a word of initials is ASCII but for
#: "Đ"), perhaps at the end of a sentence ("… Tổng Giám đốc VRG.", not "VRG.com"); or a
#: business's brand, one ASCII word of two syllables or more that no capitalised word
#: follows ("Tổng Giám đốc Petrovietnam", "… Viettel": no Vietnamese syllable has two
#: groups of vowels, "Trung" of "Trung tâm" one).
_acronym_organ = lazy_regex(
    r"""[ ]{1,3}(?P<acronym>(?![IVXLC]+(?![\w]))[A-ZĐ]{2,8}
        |[A-Z](?=[a-z]*[aeiouy]+[^aeiouy\W]+[aeiouy])[a-z]{4,14}(?![ ]{1,3}[A-ZĐ]))
    (?![\w&/-])(?!\.[\w&/.-])"""
)
#: The name of the city that is also the President's ("Chủ tịch Hồ Chí Minh").
_PRESIDENT = "hồ chí minh"


@vocabulary_cache
@functools.cache
def _place_levels() -> dict[str, Level]:
    """The level words a led place is written with, and the level each is of."""
    return {word: Level[level] for word, level, _ in lexicon()["LOCALITY_LEVELS"]}


_led_level = lazy_regex(
    lambda: (
        rf"[ ]{{1,3}}(?P<level>{alternation(_place_levels())})[ ]{{1,3}}(?P<number>\d{{1,2}}\b)?"
    )
)


def _leader_place(norm: NormalizedText, end: int) -> tuple[str, Level, int] | None:
    """The place a leader's role names at ``end`` in place of a body: a province or a city
    of the vocabulary ("Hà Nội", "TP.HCM" → "Thành phố Hồ Chí Minh"; not "Hồ Chí Minh"
    alone: "Chủ tịch Hồ Chí Minh" is the President), or a level word with a number or a
    local name ("quận 5", "phường Bình Trưng"; not "Chủ tịch tỉnh Nguyễn Văn A", whose
    name is no place); the place as written (its "TP" written out), its level and its
    end."""
    lex = _words()
    known = _place_pattern().match(norm.lower, end)
    if known is not None and known["level"] is None and collapse(known["place"]) != _PRESIDENT:
        place, level, place_end = (
            lex.places[collapse(known["place"])],
            Level.PROVINCIAL,
            known.end(),
        )
    else:
        led = _led_level().match(norm.lower, end)
        if led is None:
            return None
        written_level = collapse(led["level"])
        level = _place_levels()[written_level]
        if led["number"]:
            name, place_end = led["number"], led.end()
        else:
            local = _local_name_pattern().match(norm.text, led.end() - 1)
            if local is None:
                return None
            name = local["pair"] or local["place"]
            place_end = local.end()
        place = f"{written_level} {name}"
    return place, level, place_end


@lazy_pattern
def organ_term() -> Pattern:
    """The term written after an organ or a title: "khóa XIII", "khóa XIX, nhiệm kỳ 2021 -
    2026", "nhiệm kỳ 2020 - 2025", "khóa VIII (nhiệm kỳ 2021-2026)", "khóa mới" (just
    elected), "nhiệm kỳ khóa XV"."""
    term = rf"(?:\({SP})?nhiệm{GAP}kỳ{GAP}\(?{SP}\d{{4}}{SP}{DASH}{SP}\d{{4}}(?![\d])"
    return compile_pattern(
        rf"""(?:{SP},{GAP}|{SP}\({SP}|{GAP})(?:(?:nhiệm{GAP}kỳ{GAP})?khóa{GAP}(?:{ROMAN_PATTERN}|\d{{1,2}}|mới)(?![\w])
        (?:{SP},?{GAP}{term})?|{term})(?:{SP}\))?"""
    )


#: What is written after a title and left out of it: the term of office ("Đại biểu Quốc
#: hội khóa XV, Chủ tịch …", "Chủ tịch HĐND huyện (khóa XI)"), with its years when a comma
#: goes on to another title or person ("Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025, Chủ tịch
#: …"; not before "gồm:" or "và"), or a place since merged into another ("nguyên Chủ tịch
#: HĐND tỉnh Kon Tum (cũ)").
_title_aside = lazy_regex(
    lambda: (
        rf"""(?:{organ_term().pattern})(?={SP},)
      | (?:{GAP}|{SP}(?P<paren>\(){SP})khóa[ ]{{1,3}}(?:{ROMAN_PATTERN}|\d{{1,2}})
        (?![\w])(?(paren){SP}\))
      | {SP}\({SP}cũ{SP}\)"""
    )
)


def _past_aside(norm: NormalizedText, end: int) -> int:
    """Where a title that ends at ``end`` ends once ``_title_aside`` is read over: the
    chain goes on after it; a term is read over before its holder's name too ("Bí thư
    Tỉnh ủy nhiệm kỳ 2020 - 2025 Nguyễn Văn A")."""
    aside = _title_aside().match(norm.lower, end)
    if aside is not None:
        return aside.end()
    term = organ_term().match(norm.lower, end)
    if term is not None and name_after(norm, term.end()):
        return term.end()
    return end


#: "(của) Quốc hội" after a body of the National Assembly ("Ủy ban Kinh tế của Quốc hội",
#: "Ủy ban Kinh tế Quốc hội"), "của / thuộc Ủy ban Thường vụ Quốc hội" after a body of
#: its Standing Committee.
_of_the_assembly = lazy_regex(
    rf"{GAP}(?:(?P<of>của|thuộc){GAP})?(?P<standing>ủy{GAP}ban{GAP}thường{GAP}vụ{GAP})?"
    rf"quốc[ ]hội(?![\w])"
)


def _assembly_joins(
    name: str, assembly: tuple[str, ...], standing: tuple[str, ...]
) -> dict[str, str]:
    """The names a body of the National Assembly (in ``assembly``) or of its Standing
    Committee (in ``standing``) is written with when what it belongs to follows it, each
    with the English of that owner."""
    joins = dict.fromkeys(
        (f"{name} của Quốc hội", f"{name} Quốc hội") if name in assembly else (),
        "National Assembly",
    )
    for word in ("của", "thuộc") if name in standing else ():
        joins[f"{name} {word} Ủy ban Thường vụ Quốc hội"] = "National Assembly Standing Committee"
    return joins


#: "Đoàn" (the Youth Union) after a central body's name: "Ban Tổ chức Trung ương Đoàn
#: (TNCS Hồ Chí Minh)".
_youth_union = lazy_regex(rf"{GAP}đoàn(?P<named>{GAP}tncs{GAP}hồ{GAP}chí{GAP}minh)?(?![\w])")
#: A capitalised word: after "Đoàn", the rest of a name ("… Trung ương Đoàn Văn Sáu").
_capital_after = lazy_regex(rf"{GAP}{UPPER}")


def _youth_union_after(norm: NormalizedText, end: int) -> tuple[str, int] | None:
    """ "Đoàn" as written after a central body's name ending at ``end``, and where it ends;
    ``None`` when no "Đoàn" follows, or a capitalised word after it alone makes it a surname."""
    found = _youth_union().match(norm.lower, end)
    if found is None or (
        not found["named"] and _capital_after().match(norm.text, found.end()) is not None
    ):
        return None
    return collapse(norm.text[end : found.end()]), found.end()


#: Organs that may name their term before their place ("Đoàn đại biểu Quốc hội khóa XV tỉnh").
_TERM_ORGANS = frozenset({"Đoàn đại biểu Quốc hội"})


#: "khóa XV" after an organ, then perhaps the level of its place ("tỉnh"), perhaps named
#: as the electoral unit ("khóa XV, đơn vị tỉnh Hà Giang", kept as written, as readers keep
#: it); or the electoral unit alone, or the full-time duty of the deputy head, kept as
#: written ("đơn vị tỉnh Tiền Giang", "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh").
_term_after = lazy_regex(
    rf"""{GAP}khóa[ ]{{1,3}}(?P<term>{ROMAN_PATTERN}|\d{{1,2}})(?![\w])
             (?:(?:{SP}[,\-–]?{GAP}(?P<unit>đơn{GAP}vị))?{GAP}(?P<level>tỉnh|thành[ ]phố|tp\.?)
             (?![\w]))?
        |{GAP}(?P<alone>đơn{GAP}vị|chuyên{GAP}trách){GAP}(?P<level>tỉnh|thành[ ]phố|tp\.?)
             (?![\w])"""
)


# -- bodies named in full after their head ("Ban Chỉ đạo quốc gia …") --------------------------


@lazy_pattern
def _open_title_pattern() -> Pattern:
    """A role before the head of an open body, or a role that contains the head."""
    lex = _words()
    heads = alternation(
        spelling
        for spelling, head in lex.open_heads.items()
        if head not in lexicon()["OPEN_HEADS_IN_ROLES_ONLY"]
    )
    shared = "|".join(  # a role and a head that share their word ("Trưởng Đoàn kiểm tra")
        rf"(?P<shared_role>{alternation(roles)}){GAP}(?P<shared_head>{alternation(heads)})"
        for roles, heads in (
            (
                [role for role in lex.roles if role.endswith(" " + word)],
                [
                    spelling[len(word) + 1 :]
                    for spelling in lex.open_heads
                    if spelling.startswith(word + " ")
                ],
            )
            for word in _SHARED_HEAD_WORDS
        )
    )
    ban_roles = alternation(role for role in lex.roles if role.endswith(" ban"))
    return compile_pattern(
        rf"""
        {_PREFIX}
        (?:
            (?P<head_role>{alternation(lex.head_roles)})
          | {shared}
          | (?P<role>{alternation(lex.roles)}){GAP}(?P<head>{heads})
          | (?P<ban_alone>{ban_roles})(?=[ ])
        )
        (?![\w])
        """
    )


#: The words a role and the head of an open body may share: "Trưởng Ban" + "Ban Chỉ đạo …",
#: "Trưởng Đoàn" + "Đoàn kiểm tra …".
_SHARED_HEAD_WORDS = ("ban", "đoàn")


#: What may stand between two words of an open name (no line break).
_open_separator = lazy_regex(
    r"(?P<dash>[ ]{1,3}[-–][ ]{1,3})|(?P<comma>,[ ]{1,3})|(?P<paren>[ ]{0,3}\([ ]{0,3})"
    r"|(?P<space>[ ]{1,3})"
)


_closing_paren = lazy_regex(r"[ ]{0,3}\)")


#: One word of an open name: no space, no punctuation that ends a phrase, no dash at its
#: end ("Trường Chính trị Ninh Thuận- Cụm trưởng …") but between initials ("Phòng TC-
#: KH"); capitals may be joined by dots ("Hội đồng Đội T.Ư").
_open_word = lazy_regex(
    r"(?:[A-ZĐƯ]{1,2}\.){1,3}[A-ZĐƯ]{1,4}(?![\w])|T[Pp]\.(?=[ ]{1,3}[A-ZĐ])"
    r"|\d{1,5}-[A-ZĐ][A-ZĐa-z&]{0,8}(?:[/-][A-ZĐ][A-ZĐa-z&]{0,8}){1,3}(?![\w/])"  # 10-NQ/TW
    r"|[A-ZĐ]{1,6}-(?=[ ]{1,3}[A-ZĐ]{1,6}(?![\w]))"  # initials split at a dash: "TC- KH"
    r"|[^\s,.;:()\[\]{}\"“”‘’'!?…/]{0,39}[^\s,.;:()\[\]{}\"“”‘’'!?…/\-–]"  # (no dash at its end)
)


#: A verb or clause word: the open name ended before it (not a noun that starts with one:
#: "dự án").
_open_stop = lazy_regex(
    lambda: (
        rf"(?!(?:{alternation(lexicon()['OPEN_NAME_NOUNS'])})(?![\w]))"
        rf"(?:{alternation(lexicon()['OPEN_NAME_STOPS'])})(?![\w])"
    )
)


#: A lower-case word that may open a name after a head that may stand alone.
_open_start = lazy_regex(lambda: rf"(?:{alternation(lexicon()['OPEN_NAME_STARTS'])})(?![\w])")


#: The most words an open name has after its head (long names of steering committees have
#: about fifteen); the bound keeps every title read in constant time.
_OPEN_WORDS = 24

#: Words that do not end an open name: it stops before them if nothing follows.
_OPEN_LINKS = frozenset({"và", "của", "về", "-", "–"})


#: The number of a team ("Đoàn kiểm tra số 11").
_team_number = lazy_regex(r"số[ ]\d{1,4}(?![\w])")


#: "về" opening a body's topic after the organ it belongs to.
_topic_after = lazy_regex(r"[ ]{1,3}về[ ]")


def _open_name(norm: NormalizedText, position: int, head: str) -> tuple[str, int]:
    """The words of an open body's name after its head, as written, and where they end."""
    lex = _words()
    text, lower = norm.text, norm.lower
    parts: list[tuple[str, int]] = []  # (separator + word, end)
    end = position
    for _ in range(_OPEN_WORDS):
        if _title_aside().match(lower, end) is not None and not (
            parts and cites_at_end(lower, parts[-1][1])
        ):
            break  # "Ban Pháp chế HĐND tỉnh khóa XV", "Hội khóa VII": a term is no word of the name
        separator = _open_separator().match(lower, end)
        if separator is None:
            break
        start = separator.end()
        kind = separator.lastgroup
        if parts and (kind == "space" or head in lex.open_comma_parent):
            parent = read_organ(norm, start)
            if parent is not None and not _is_title_start(lower, start):
                # "Vụ X, Bộ Y", "Vụ X - Bộ Y", "Vụ X (Bộ Y)": the parent organ after a comma
                joint, after = (" " if kind == "space" else ", "), parent[1]
                if kind == "paren":
                    closing = _closing_paren().match(lower, after)
                    if closing is None:
                        break
                    after = closing.end()
                written = str(parent[0])
                if kind == "space" and written.startswith(parts[-1][0].lstrip(" ,-–—") + " "):
                    # "Tổ công tác Ban Thường vụ Tỉnh ủy": the organ read after "Thường"
                    # is "Ban Thường vụ …", and the word before was its own "Ban"
                    joint = parts.pop()[0][: -len(written.split(" ")[0])]
                parts.append((joint + written, after))
                end = after
                if kind == "space":
                    continue
                break  # the parent organ after a comma, a dash or a parenthesis ends the name
        if kind == "paren":
            break
        if not parts and kind == "space":
            organ = read_organ(norm, start)
            if organ is not None and _title_inside(lower, start, organ[1]):
                # "Đảng ủy Bộ Tư lệnh Hải quân": an organ whose name holds a role ("Tư lệnh")
                parts.append((" " + str(organ[0]), organ[1]))
                end = organ[1]
                continue
        number = _team_number().match(text, start) if head in lex.open_teams else None
        if number is not None and kind == "space" and not parts:
            parts.append((" " + number.group(), number.end()))  # "Đoàn kiểm tra số 11"
            end = number.end()
            continue
        owner = (
            read_organ(norm, start + 4)
            if kind == "space" and lower.startswith("của ", start)
            else None
        )
        if owner is not None:
            topic = _topic_after().match(lower, owner[1])
            if topic or head in lex.open_teams:
                # "Ban Chỉ đạo của Chính phủ về …": the organ it belongs to, before its
                # topic; a team ends with the organ that sends it, as written ("của Ban Bí
                # thư Trung ương Đảng")
                written = str(owner[0]) if topic else collapse(text[start + 4 : owner[1]])
                parts.append((f" của {written}", owner[1]))
                end = owner[1]
                if topic:
                    continue
                break
        level = _place_level_before().search(lower, max(0, end - 12), end) if parts else None
        if level is not None and kind == "space":
            place = _place_after_level(norm, end)  # "Trung tâm Y tế huyện Lâm Bình"
            if place is not None:
                name, joint = place[0], " "
                if name.lower().startswith(level.group() + " "):  # "… Thành phố Hồ Chí Minh"
                    name = name[len(level.group()) + 1 :]
                elif level.group().startswith("tp") and name.startswith("Thành phố "):
                    # "TP HCM", "TP. HCM": the city's whole name for the level and the place
                    last = parts.pop()[0]  # (the level as written, or written out)
                    level_written = CITY if last.endswith(CITY) else level.group()
                    joint = last[: -len(level_written)]
                parts.append((joint + name, place[1]))
                end = place[1]
                continue
        word = _open_word().match(text, start)
        if word is None or _is_title_start(lower, start):
            break
        stop = _open_stop().match(lower, start) if text[start].islower() else None
        if (
            stop is not None
            and not (parts and kind == "space" and _noun_ends(lower, parts, stop))
            and not (not parts and opens_a_name(norm, start, head))
        ):
            break  # "trình" ends a name, "công trình" does not; "Thông tin" opens one, and
            # so does "tổng kết" right after the head ("Ban Chỉ đạo tổng kết …")
        if _starts_name(norm, start) and not (parts and _compound_goes_on(norm, start)):
            namesake = _name_pattern().match(text, start) if not parts else None
            if namesake is not None and head in lexicon()["NAMESAKE_HEADS"]:
                parts.append((" " + collapse(namesake.group()), namesake.end()))
                end = namesake.end()  # "Trường Chính trị Tôn Đức Thắng": the school's name
            break
        first = word.group()[0]
        capital = first.isupper() or first.isdigit()
        if kind == "comma" and (capital or not parts or head not in lex.open_comma_topic):
            break  # "phòng, chống": a comma goes on only before a lower-case word of a topic
        if (
            kind == "dash"
            and not capital
            and not _joins_a_compound(lower, separator.start(), start)
        ):
            break  # (but "… các tổ chức chính trị - xã hội tỉnh" goes on)
        if (
            not parts
            and not capital
            and head in lex.open_back_reference
            and not opens_a_name(norm, start, head)
        ):
            break  # (a head that never stands alone is named by what follows: "Vụ cơ sở đảng")
        joints = {"dash": f" {lower[separator.start() : start].strip()} ", "comma": ", "}
        written = expand_open_word(word.group())
        parts.append((joints.get(kind or "", " ") + written, word.end()))
        end = word.end()
    while parts and parts[-1][0].split()[-1].lower() in _OPEN_LINKS:
        parts.pop()
    if not parts:
        return "", position
    return "".join(part for part, _ in parts).strip(), parts[-1][1]


#: A resolution or directive and its number or plenum at the end of what an open name has
#: read ("… thực hiện Nghị quyết Trung ương 3"): a term after it is the document's.
_cited_at_end = lazy_regex(
    lambda: rf"(?:{alternation(lexicon()['OPEN_NAME_DOCUMENTS'])})[^,;()]{{0,24}}[ ]\w{{1,6}}\Z"
)


def cites_at_end(lower: str, end: int) -> bool:
    """Whether an open name read up to ``end`` ends with a cited document and its number
    ("Ban Chỉ đạo tổng kết 20 năm thực hiện Nghị quyết Trung ương 3" before "khóa X"); for
    titles and for the meeting grammar's organisers.

    Example:
        >>> from vn_party_docs.titles import cites_at_end
        >>> name = "ban chỉ đạo tổng kết nghị quyết trung ương 3"
        >>> cites_at_end(name, len(name)), cites_at_end("ban pháp chế hđnd tỉnh", 22)
        (True, False)
    """
    return _cited_at_end().search(lower, max(0, end - 60), end) is not None


def _joins_a_compound(lower: str, dash: int, after: int) -> bool:
    """Whether the dash at ``dash`` joins the halves of one of DASHED_COMPOUNDS."""
    return any(
        lower.endswith(first, 0, dash) and lower.startswith(second, after)
        for first, second in lexicon()["DASHED_COMPOUNDS"]
    )


#: A word naming the level of the place that follows ("huyện", "thành phố").
_place_level_before = lazy_regex(
    rf"""(?<!{LETTER})(?:tỉnh|thành[ ]phố|tp\.?|huyện|quận|thị[ ]xã|xã|phường|thị[ ]trấn
             |thôn|bản|ấp|xóm|buôn|làng|tổ[ ]dân[ ]phố|khu[ ]phố|khối[ ]phố)\Z"""
)


def _place_after_level(norm: NormalizedText, end: int) -> tuple[str, int] | None:
    """The place after a level word inside an open name: a province (canonical) or a
    district or commune place ("Lâm Bình", which could be a name elsewhere)."""
    province = _place_pattern().match(norm.lower, end)
    if province is not None and province.start("place") == end + 1:
        return _words().places[collapse(province["place"])], province.end()
    return _local_place(norm, end)


@lazy_pattern
def _place_pair() -> Pattern:
    """Two capitalised syllables after a level word: a place, unless a third follows (a
    personal name, "huyện Lâm Văn An") that does not start another name."""
    surnames = alternation(lexicon()["SURNAMES"])
    return compile_pattern(
        rf"{_PLACE_LEAD}(?P<pair>{_PLACE_SYLLABLE}[ ]{_NOT_MIDDLE}{_PLACE_SYLLABLE}{_PLACE_LETTER})"
        rf"(?!{LETTER})(?![ ](?!(?:{surnames})[ ]{_AFTER_SURNAME}){UPPER})"
    )


def _noun_ends(lower: str, parts: list[tuple[str, int]], stop: Match) -> bool:
    """Whether the last word read into an open name and the stop word after it are one noun
    ("công trình"; not "giao thông" in "Bộ Ngoại giao thông tin"), or a count of years
    ("tổng kết 20 năm thực hiện …")."""
    last, end = parts[-1]
    noun = _open_noun().match(lower, end - len(last.split(" ")[-1]))
    return noun is not None and noun.end() == stop.end()


_open_noun = lazy_regex(
    lambda: rf"(?:{alternation(lexicon()['OPEN_NAME_NOUNS'])}|\d{{1,3}}[ ]{{1,3}}năm)(?![\w])"
)


def opens_a_name(norm: NormalizedText, position: int, head: str) -> bool:
    """Whether a lower-case word may open the name after ``head``: a word of
    ``OPEN_NAME_STARTS`` ("quốc gia", "phòng"), or a few lower-case words that lead to a
    capitalised one ("Tiểu ban nhân sự Đại hội XIV", "Ban soạn thảo dự án Luật …"); for
    titles and for the meeting grammar's organisers."""
    lex = _words()
    if head not in lex.open_back_reference:
        return False
    if _open_start().match(norm.lower, position) is not None:
        return True
    # a body named by its topic ("Tiểu ban nhân sự Đại hội XIII"), not "Đảng ủy khen …"
    return head in lex.open_comma_topic and _leads_to_a_capital(norm, position)


#: The most lower-case words that may open a name before its first capitalised word.
_LOWER_LEAD = 3


def _leads_to_a_capital(norm: NormalizedText, position: int) -> bool:
    """Whether one to ``_LOWER_LEAD`` lower-case words at ``position``, none a verb or clause
    word, are followed by a capitalised word that names no person, title or listed organ
    ("nhân sự Đại hội XIV"; not "cảm ơn Tỉnh ủy", not "giao Sở Nội vụ")."""
    text, lower = norm.text, norm.lower
    end = position
    for count in range(_LOWER_LEAD + 1):
        word = _open_word().match(text, end)
        if word is None or _open_stop().match(lower, end):
            return False
        first = word.group()[0]
        if first.isupper():
            return count > 0 and not (
                _is_title_start(lower, end)
                or _starts_name(norm, end)
                or read_organ(norm, end) is not None
            )
        if first.isdigit():
            return False
        space = _single_space().match(lower, word.end())
        if space is None:
            return False
        end = space.end()
    return False


_single_space = lazy_regex(r"[ ]{1,3}")


def starts_title(norm: NormalizedText, position: int) -> bool:
    """Whether a title of the vocabulary starts at ``position`` (for the meeting grammar:
    a title opens no organiser's place)."""
    return _is_title_start(norm.lower, position)


def title_end(norm: NormalizedText, position: int) -> int | None:
    """Where a title of the vocabulary that starts at ``position`` ends, else ``None`` (for
    the meeting grammar: an office named without its holder chairs, "Phó Chủ tịch HĐND
    huyện chủ trì cuộc họp")."""
    read = _read_at(norm, position)
    return read.end if read is not None else None


def _is_title_start(lower: str, position: int) -> bool:
    """Whether a title of the vocabulary starts at ``position``."""
    return _title_anchor().match(lower, position) is not None and (
        _title_match(lower, position) is not None
        or _open_title_pattern().match(lower, position) is not None
    )


def _title_inside(lower: str, start: int, end: int) -> bool:
    """Whether a title of the vocabulary starts at a later word of ``lower[start:end]``."""
    space = lower.find(" ", start, end)
    while space >= 0:
        if _is_title_start(lower, space + 1):
            return True
        space = lower.find(" ", space + 1, end)
    return False


def _starts_name(norm: NormalizedText, position: int) -> bool:
    """Whether a personal name starts at ``position`` (not a place such as "Hồ Chí Minh", nor
    a common word such as "Đào Tạo")."""
    name = _name_pattern().match(norm.text, position)
    if name is None or _name_like_word().match(norm.lower, position):
        return False
    words = name.group().split()
    lex = _words()
    lowered = norm.lower[position : name.end()].split(" ")
    return (
        " ".join(words) not in lex.not_names
        and " ".join(words[:3]) not in lex.not_names
        # (a place's name: "Báo Hà Tĩnh Nguyễn Công Thành", "Ban Hà Nội Mới cuối tuần")
        and not any(" ".join(lowered[:count]) in lex.places for count in (2, 3))
    )


def _compound_goes_on(norm: NormalizedText, position: int) -> bool:
    """Whether what looks like a name of two syllables at ``position``, inside an open
    body's name, goes on with a lower-case word or ends what is read: capitalised words of
    the name ("Phòng An Ninh Nội địa": "Ninh Nội" is no person; "… Hóa chất Lâm Thao" at
    the end of a title's string, as it was read in the text)."""
    name = _name_pattern().match(norm.text, position)
    return (
        name is not None
        and len(name.group().split()) == 2
        and (
            _lower_word_after().match(norm.text, name.end()) is not None
            or _input_end().match(norm.text, name.end()) is not None
        )
    )


_lower_word_after = lazy_regex(rf"[ ](?!{UPPER}){LETTER}")


def name_after(norm: NormalizedText, end: int) -> bool:
    """Whether a personal name follows ``end`` after one to three spaces (not a place's
    name: "Ban Hà Nội Mới cuối tuần")."""
    gap = _spaces().match(norm.lower, end)
    return gap is not None and _starts_name(norm, gap.end())


_spaces = lazy_regex(r"[ ]{1,3}")
#: The list of a head's holders after it: "Các Phó Chủ tịch Hội gồm: A, B".
_holders_after = lazy_regex(r"[ ]{1,3}gồm(?:[ ]có)?(?![\w])")
#: The end of what is read, perhaps after a full stop: an open head may stand alone there.
_input_end = lazy_regex(r"[ ]{0,3}\.?\Z")


def expand_open_word(written: str) -> str:
    """A word of an open body's name, an abbreviation in capitals expanded ("HĐND" →
    "Hội đồng nhân dân", ``OPEN_NAME_ABBREVIATIONS``), any other word as written."""
    if not written.isupper():
        return written
    expanded: str = dict(lexicon()["OPEN_NAME_ABBREVIATIONS"]).get(written.lower(), written)
    return expanded


def _read_open(norm: NormalizedText, position: int) -> _TitleRead | None:
    """A title whose organ is an open body ("Trưởng Ban Chỉ đạo quốc gia …"), or None."""
    match = _open_title_pattern().match(norm.lower, position)
    if match is None:
        return None
    lex = _words()
    groups = {name: value for name, value in match.groupdict().items() if value}
    if "head_role" in groups:
        role, head = lex.head_roles[collapse(groups["head_role"])]
    elif "shared_role" in groups:
        spelled_role = collapse(groups["shared_role"])
        role = lex.roles[spelled_role]
        head = lex.open_heads[
            spelled_role.rsplit(" ", 1)[1] + " " + collapse(groups["shared_head"])
        ]
    elif "ban_alone" in groups:  # "Trưởng Ban Quản lý …": the role and the head share "Ban"
        role, head = lex.roles[collapse(groups["ban_alone"])], "Ban"
    else:
        spelled_role = collapse(groups["role"])
        if spelled_role in _ROLE_ABBREVIATIONS and not _written_in_capitals(norm, match, "role"):
            return None
        role = lex.roles[spelled_role]
        head = lex.open_heads[collapse(groups["head"])]
    name, end = _open_name(norm, match.end(), head)
    term = _title_aside().match(norm.lower, match.end()) if not name else None
    rest = term.end() if term is not None else match.end()  # "Hội khóa VII": past its term
    if (
        not name
        and head not in lex.open_back_reference
        and not name_after(norm, rest)
        and _input_end().match(norm.lower, rest) is None
        and _holders_after().match(norm.lower, rest) is None
    ):
        return None  # (any head stands alone before a name: "Chủ nhiệm Ủy ban Nguyễn Thúy Anh",
        # and at the end of what is read, perhaps its full stop, as ``str()`` writes the
        # holder's name first)
    organ_name = f"{head} {name}" if name else head
    if _not_an_organ().match(organ_name.lower()) and organ_name not in _committee_bodies():
        return None  # "Trưởng Ban Tổ chức Hội thi": the organisers of an event (a body of a
        # committee alone is the committee's: "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức; …")
    organ = written_city_organ(organ_name, lex.organ_level.get(organ_name))  # "Đảng ủy" is listed
    title = _title(role, organ, "former" in groups, "acting" in groups)
    end = end if name else match.end()
    short = parenthesis().match(norm.text, end)
    if short is not None and short.group().strip(" ()").isupper():
        end = short.end()  # its abbreviation, read over: "Ủy ban Quốc gia về chuyển đổi số (CĐS)"
    return _TitleRead(title, match.start(), _past_aside(norm, end))


#: The start of a phrase that looks like a body but is not one ("Ban Tổ chức Hội thi").
_not_an_organ = lazy_regex(lambda: rf"(?:{alternation(lexicon()['NOT_ORGANS'])})(?![\w])")


@vocabulary_cache
@functools.cache
def _committee_bodies() -> frozenset[str]:
    """The names of the bodies of a Party committee ("Ban Tổ chức"), as written alone."""
    return frozenset(body.name for body in lexicon()["COMMITTEE_BODIES"])


@lazy_pattern
def _standing_comma_title() -> Pattern:
    """ "Phó Trưởng Ban Thường trực, Ban Tổ chức Tỉnh ủy", "Phó Trưởng ban, Ban Tuyên giáo
    Tỉnh ủy": a comma between role and organ."""
    lex = _words()
    roles = alternation(
        role
        for role in lex.roles
        if role.endswith(" ban thường trực") or role in ("trưởng ban", "phó trưởng ban")
    )
    organs = alternation(organ for organ in lex.organs if organ.startswith("ban "))
    return compile_pattern(rf"{_PREFIX}(?P<role>{roles}),[ ]{{1,3}}(?P<organ>{organs})(?![\w])")


_R = TypeVar("_R")


def read_over_abbreviation(
    norm: NormalizedText,
    position: int,
    end: int | None,
    read: Callable[[NormalizedText, int], tuple[_R, int] | None],
) -> tuple[_R, int] | None:
    """What ``read`` reads at ``position`` over an abbreviation in parentheses inside it
    ("Ban Chấp hành (BCH) Đảng bộ tỉnh", "Chủ nhiệm Ủy ban Kiểm tra (UBKT) Trung ương"),
    as if it were not written (:func:`~vn_party_docs._text.words.over_parenthesis`), when
    that reads further than ``end`` (where ``read`` stopped, ``None`` when it read
    nothing); else ``None``.

    Example:
        >>> from vn_party_docs._text.normalize import NormalizedText
        >>> from vn_party_docs.titles import read_organ, read_over_abbreviation
        >>> norm = NormalizedText("Ban Chấp hành (BCH) Đảng bộ tỉnh họp")
        >>> organ, end = read_over_abbreviation(norm, 0, None, read_organ)
        >>> str(organ), end
        ('Ban Chấp hành Đảng bộ tỉnh', 32)
    """
    over = over_parenthesis(norm.text, norm.lower, position, lambda window: read(window, 0))
    return over if over is not None and (end is None or over[1] > end) else None


def _read_at(norm: NormalizedText, position: int) -> _TitleRead | None:
    """The longest title at ``position`` (:func:`_read_plain_at`), also over an abbreviation
    in parentheses inside it."""
    found = _read_plain_at(norm, position)
    over = read_over_abbreviation(norm, position, found.end if found else None, _title_and_end)
    return _TitleRead(over[0], position, over[1]) if over is not None else found


def title_before_name(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are a title with a personal name after it:
    "Thường trực Ban Bí thư Trương Thị Mai chủ trì …" names who chairs, not a body."""
    if not name_after(norm, end):
        return False
    read = _read_at(norm, start)
    return read is not None and read.end == end


def _of_a_grassroots_committee(norm: NormalizedText, read: _TitleRead) -> _TitleRead:
    """A body of a Party committee named by the body it leads ("Chánh Văn phòng Đảng ủy
    Tập đoàn", "Trưởng Ban Tuyên giáo Đảng ủy Tổng công ty"), with that body's name."""
    organ = read.title.organ
    if organ is None or organ.locality is not None or not organ.name.endswith(" Đảng ủy"):
        return read
    name, end = _open_name(norm, read.end, "Đảng ủy")
    if not name:
        return read
    title = attrs.evolve(read.title, organ=_organ(f"{organ.name} {name}", None))
    return _TitleRead(title, read.start, _past_aside(norm, end))


def _title_and_end(norm: NormalizedText, position: int) -> tuple[Title, int] | None:
    read = _read_plain_at(norm, position)
    return (read.title, read.end) if read is not None else None


def _read_plain_at(norm: NormalizedText, position: int) -> _TitleRead | None:
    """The longest title at ``position``: of the vocabulary, or with an open body."""
    match = _title_match(norm.lower, position)
    listed = _read_title(norm, match) if match is not None else None
    if listed is None or listed.title.organ is None:  # "Phó Trưởng Ban Thường trực, Ban …"
        match = _standing_comma_title().match(norm.lower, position)
        comma = _read_title(norm, match) if match is not None else None
        listed = comma or listed
    if listed is not None and not _open_may_extend(listed.title):
        return _of_a_grassroots_committee(norm, listed)
    opened = _read_open(norm, position)
    if opened is None or listed is None:
        return listed or opened
    return opened if opened.end > listed.end else listed


def _open_may_extend(title: Title) -> bool:
    """Whether an open name may read on past a title of the vocabulary: a role alone, a head
    ("Đảng ủy") or a steering committee ("Ban Chỉ đạo Trung ương về …"), without a place."""
    lex, organ = _words(), title.organ
    if organ is None:
        return title.role not in lex.role_only.values()
    return organ.name in lex.extendable and organ.locality is None


#: What may follow a role standing alone: the end, punctuation, a joining word or a name,
#: perhaps addressed ("Trợ lý đồng chí Lê Văn A": the assistant of A).
_bare_role_end = lazy_regex(
    lambda: (
        rf"""[ ]{{0,3}}(?:\Z|[,;:.()\[\]"“”'!?…/]|[-–—]|\n|(?i:kiêm|đồng[ ]thời|nhiệm[ ]kỳ|khóa)[ ]
             |(?i:gồm)(?![\w])  # "Các Phó Bí thư gồm: …"
             |(?<=[ ])(?i:{_open_stop().pattern})  # "…, Hiệu trưởng phát biểu"
             |(?:(?i:{_rankalternation()}|{ADDRESS}),?[ ]{{1,3}})?
              (?=(?:{_surnamealternation()})[ ]{_AFTER_SURNAME}))"""
    )
)


def _bare_role_ends(norm: NormalizedText, end: int) -> bool:
    """Whether a role without organ ends at ``end`` (before a name, punctuation or the end)."""
    return _bare_role_end().match(norm.text, end) is not None


def _city_organ(name: str, level: Level | None, locality: str | None) -> Organ:
    """An organ and its place, a city written out ("Thành phố Hồ Chí Minh", as "TPHCM" reads)
    in the form its canonical string reads back as: after an organ that already says "thành
    phố" the city is written without it again, and an organ listed with a city's level word
    takes it ("Đoàn ĐBQH TPHCM" is the "Đoàn đại biểu Quốc hội thành phố" of Hồ Chí Minh)."""
    if locality is not None and locality.startswith("Thành phố "):
        # (as listed: "VKSND" with the level word is the "Viện Kiểm sát nhân dân thành phố")
        listed = _words().organs.get(f"{name} thành phố".lower())
        if level is Level.PROVINCIAL and listed is not None and listed[1] is Level.PROVINCIAL:
            name = listed[0]
        if name.endswith(" thành phố"):
            locality = locality.removeprefix("Thành phố ")
    return _organ(name, level, locality)


def written_city_organ(name: str, level: Level | None) -> Organ:
    """An open body's name that ends with a province written out as a city ("Ủy ban Mặt trận
    Tổ quốc Việt Nam Thành phố Hồ Chí Minh", as "Ủy ban MTTQ Việt Nam TPHCM" reads) is the
    listed organ of that city when the words before the city are one: as its canonical
    string reads back."""
    body, joint, city = name.rpartition(" Thành phố ")
    if joint and level is None and f"thành phố {city.lower()}" in _words().places:
        organ = _city_organ(body, Level.PROVINCIAL, f"{joint.strip()} {city}")
        if organ.name != body:  # (listed with the city's level word)
            return organ
    return _organ(name, level)


def _level_of_province(
    norm: NormalizedText, end: int, name: str, level: Level | None
) -> tuple[str, Level | None]:
    """A local organ written without its level before a province takes the province's
    level: "HĐND Hà Nội" is the "Hội đồng nhân dân thành phố" of Hà Nội, "UBND Nghệ An"
    the "Ủy ban nhân dân tỉnh" of Nghệ An. A Party organisation named by its province
    keeps the name as written ("Đảng bộ Nam Định", "Ban Chấp hành Đảng bộ TPHCM"): no
    grassroots unit is named by a province alone; so does a province's delegation to the
    National Assembly ("Đoàn ĐBQH Quảng Nam"; ``PROVINCE_AS_WRITTEN``)."""
    if level not in (None, Level.GRASSROOTS) or f"{name} tỉnh" not in _words().organ_level:
        return name, level
    place = _place_pattern().match(norm.lower, end)
    if place is None or place["level"]:
        return name, level
    if level is Level.GRASSROOTS or name in lexicon()["PROVINCE_AS_WRITTEN"]:
        return name, Level.PROVINCIAL
    city = _words().places[collapse(place["place"])] in _words().cities
    return f"{name} {'thành phố' if city else 'tỉnh'}", Level.PROVINCIAL


def _read_locality(
    norm: NormalizedText, end: int, level: Level | None, name: str
) -> tuple[str | None, int, Level | None]:
    """The place name after a local organ, canonical, where it ends, and the organ's level.

    A city organ ("Hội đồng nhân dân thành phố", "Thành ủy") whose place is no province is
    the organ of a city inside a province ("thành phố Sầm Sơn"): its place is read like a
    district's, and its level is the district's.
    """
    if level is Level.PROVINCIAL:
        place = _place_pattern().match(norm.lower, end)
        if place is not None:
            locality = _words().places[collapse(place["place"])]
            if place["level"] and not name.endswith(_LEVEL_WORDS):
                locality = f"tỉnh {locality}"  # "Sở Tài chính tỉnh Nghệ An": as the text says
            return locality, place.end(), level
        if name.startswith(_DEPARTMENT):
            level_word = _level_word_after().match(norm.lower, end)
            if level_word is not None:  # "Sở Tài chính tỉnh": the province the text means
                return level_word["word"], level_word.end(), level
            city = _city_alone().match(norm.text, end)
            if city is not None:  # "Sở Tài chính TP": the city the text means
                return "thành phố", city.end(), level
        if not _is_city_organ(name):
            return None, end, level
        city = _city_alone().match(norm.text, end)
        if city is not None:  # "Bí thư Thành ủy TP": the city the text means
            return CITY, city.end(), level
        local = _local_place(norm, end)
        return (None, end, level) if local is None else (*local, Level.DISTRICT)
    if level in (Level.DISTRICT, Level.COMMUNE):
        numbered = _numbered_locality().match(norm.lower, end)
        if numbered is not None and bool(numbered["level"]) != name.endswith(_NUMBERED_LEVELS):
            # "UBND phường 12"; "Quận ủy Quận 3" (the level word as written, as an issuer's)
            written = collapse(norm.text[end : numbered.end()].lstrip(". "))  # ("P.3": "3")
            return written, numbered.end(), level
        level_word = _own_level_word().match(norm.lower, end) if name.endswith(" ủy") else None
        if level_word is not None and (named := _local_place(norm, level_word.end())):
            # "Huyện ủy huyện Triệu Sơn": the level word repeated before the place, as written
            return f"{level_word['word']} {named[0]}", named[1], level
        local = _local_place(norm, end)
        if local is not None:
            province = _apposed_province().match(norm.lower, local[1])
            if province is not None and province["level"]:
                # "Huyện ủy Hải Lăng, tỉnh Quảng Trị": the province the text attaches
                written = f"{province['level']} {_words().places[collapse(province['place'])]}"
                return f"{local[0]}, {written}", province.end(), level
            return (*local, level)
    return None, end, level


#: The level word a district's committee may repeat before its place ("Huyện ủy huyện …").
_own_level_word = lazy_regex(r"[ ](?P<word>huyện|quận|thị[ ]xã)(?=[ ])")


#: The levels whose places may be numbers.
_NUMBERED_LEVELS = (" phường", " quận", " xã", " thị trấn")


#: A place's number after its organ, with the level word when the organ bears none of its
#: own ("Quận ủy quận 5").
_numbered_locality = lazy_regex(
    lambda: (
        rf"(?:[ ]{{1,3}}(?P<level>{'|'.join(level.strip() for level in _NUMBERED_LEVELS)}))?"
        rf"{numbered_place().pattern}"
    )
)


#: A province after a comma, its level word written: ", tỉnh Quảng Trị".
_apposed_province = lazy_regex(lambda: rf",{_place_pattern().pattern}")


#: Words that end the names of organs that name their level ("Ủy ban nhân dân tỉnh").
_LEVEL_WORDS = (" tỉnh", " thành phố")

#: The head of a provincial department, whose level the text may write after it.
_DEPARTMENT = "Sở "


#: "tỉnh" or "thành phố" after a department with no place after them.
_level_word_after = lazy_regex(rf"{GAP}(?P<word>tỉnh|thành[ ]phố)(?![\w])(?![ ]{{1,3}}{UPPER})")


#: "TP" or "Thành phố" after a city organ with no place after it ("Thành ủy TP", "Ban
#: Thường vụ Thành ủy Thành phố về …", "Thành ủy TP Nguyễn Văn An": a person's name
#: follows), read as "Thành phố".
_city_alone = lazy_regex(
    lambda: (
        rf"{GAP}(?:(?:TP|Tp)\.?(?![\w.])|[Tt]hành[ ]phố(?![\w]))"
        rf"(?![ ]{{0,3}}(?!(?:{_surnamealternation()})[ ]{_AFTER_SURNAME}){UPPER})"
    )
)


def _is_city_organ(name: str) -> bool:
    """Whether an organ is a city's ("Ủy ban nhân dân thành phố", "Thành ủy", "Ban Tuyên
    giáo Thành ủy")."""
    return name.endswith((" thành phố", "Thành ủy"))


#: "TP" with its dot before a city's name ("Thành ủy TP. Vinh").
_city_level_written = lazy_regex(
    r"[ ]{1,3}(?:T[Pp](?=\.[ ]?[^\W\d_])|[Tt]hành[ ]phố(?=[ ][^\W\d_]))"
)


def _local_place(norm: NormalizedText, end: int) -> tuple[str, int] | None:
    """A district or commune place after its organ ("Phong Hải"), and where it ends."""
    city = _city_level_written().match(norm.text, end)
    if city is not None:  # "TP. Vinh", "Thành phố Vinh": the city, its level written out
        named = _local_place(norm, city.end())
        return None if named is None else (f"Thành phố {named[0]}", named[1])
    place = _local_name_pattern().match(norm.text, end) or _place_pair().match(norm.text, end)
    if place is None:
        return None
    words = (group(place, "place") or place["pair"]).split()
    if all(word.isupper() for word in words):  # "XÃ PHONG HẢI" in a heading
        words = [word.capitalize() for word in words]
    return city_written_out(" ".join(words)), place.end()  # "TP Móng Cái": "Thành phố …"


_organ_pattern = lazy_regex(lambda: rf"(?P<organ>{alternation(_words().organs)})(?![\w])")


def read_organ(norm: NormalizedText, position: int) -> tuple[Organ, int] | None:
    """Read an organ (with its place, if any) at ``position`` of the normalised text.

    Returns the organ and where it ends; used by the meeting grammar for organisers.
    """
    match = _organ_pattern().match(norm.lower, position)
    if match is None:
        return None
    name, level = _words().organs[collapse(match["organ"])]
    name, level = _level_of_province(norm, match.end(), name, level)
    locality, end, level = _read_locality(norm, match.end(), level, name)
    return _city_organ(name, level, locality), end


@attrs.frozen
class _Chain:
    titles: tuple[Title, ...]
    start: int
    end: int
    #: Where a comma alone parts the last title from those before it: the end of the one
    #: before and the last's start ("Phó Trưởng Ban Kinh tế Trung ương, Thứ trưởng").
    last_comma: tuple[int, int] | None = None


def _may_start_title(norm: NormalizedText, position: int) -> bool:
    """Whether :func:`_read_at` may read a title at ``position``: every title opens with a
    word of :func:`_title_anchor`, unless it is read over an abbreviation in parentheses.
    (Most words after a title start none: a name or a verb follows.)"""
    lower = norm.lower
    return _title_anchor().match(lower, position) is not None or parenthesis_near(lower, position)


def _chain_at(norm: NormalizedText, first: _TitleRead, *, commas: bool = True) -> _Chain:
    """Read a chain of titles starting with ``first`` (commas, "kiêm", "đồng thời là"); two
    roles held together (``PAIRED_ROLES``), the first written alone, are joined as by "kiêm".

    In a tag list (``commas=False``) a comma ends the chain: each tag stands alone.
    """
    titles = [first.title]
    joined: list[bool] = []  # whether each title after the first follows "kiêm"
    end = first.end
    last_comma = None
    for _ in range(12):
        separator = _chain_separator().match(norm.lower, end)
        if separator is None or (not commas and "," in separator.group()):
            break
        read = _read_at(norm, separator.end()) if _may_start_title(norm, separator.end()) else None
        if read is None:
            break
        # (a first role written with its own organ is an office of its own)
        paired = titles[-1].organ is None and (titles[-1].role, read.title.role) in _words().paired
        titles.append(read.title)
        joined.append(paired or "kiêm" in separator.group())
        plain = separator.group().strip() == "," and not joined[-1]
        last_comma = (end, read.start) if plain else None
        end = read.end
    return _Chain(_completed(titles, joined), first.start, end, last_comma)


def _completed(titles: list[Title], joined: list[bool]) -> tuple[Title, ...]:
    """Complete titles from the others of their chain.

    "R1 kiêm R2 <Organ>": R1 takes the organ (a Party secretary only a Party organ, any
    other role only a non-Party organ; a board "HĐQT" becomes the organ's board), and a
    "nguyên" before R1 covers R2. A body written alone keeps no committee the text does
    not attach to it ("Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy").
    """
    done = list(titles)
    for index in range(len(done) - 1):
        if not joined[index]:
            continue
        current, following = done[index], done[index + 1]
        if current.former and not following.former:
            following = done[index + 1] = attrs.evolve(following, former=True)
        organ = following.organ
        if (
            current.organ is None
            and organ is not None
            and (current.role in _words().party_secretaries) == _is_party_committee(organ.name)
        ):
            done[index] = attrs.evolve(current, organ=organ)
        elif (
            current.organ is not None
            and current.organ.name in lexicon()["ENTERPRISE_BOARDS"]
            and organ is not None
            and not _is_party_committee(organ.name)
        ):  # "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X": the board of Công ty X
            board = Organ(f"{current.organ.name} {organ}", None)
            done[index] = attrs.evolve(current, organ=board)
    return tuple(done)


#: Heads of Party committees and groups that are not listed one by one.
_PARTY_HEADS = ("Đảng ủy", "Đảng đoàn", "Ban cán sự đảng", "Đảng bộ", "Chi bộ", "Chi ủy")


def _is_party_committee(name: str) -> bool:
    """Whether an organ is a Party committee or group itself (not one of its bodies)."""
    return name in _words().committees or name.startswith(_PARTY_HEADS)


@vocabulary_cache
@functools.cache
def _title_heads() -> frozenset[str]:
    """The first words of a title, perhaps after "nguyên" or "Quyền" ("nguyên Phó Bí
    thư": not every "nguyên" or "quyền", words common elsewhere).

    Roles give their first two words (three when the two are common elsewhere, see
    :func:`_head`); fused titles ("Tỉnh ủy viên", "Đại biểu Quốc hội"), whose first words
    are common elsewhere, give their first three.
    """
    lex = _words()
    spellings = [*lex.roles, *lex.role_only, *lex.head_roles]
    known = set(spellings)
    heads = {_head(spelling, known) for spelling in spellings}
    heads |= {" ".join(spelling.split(" ")[:3]) for spelling in lex.fused}
    # (as :data:`_PREFIX` reads them: "nguyên", "cựu là", "quyền", "nguyên quyền" …)
    prefixes = [f"{former}{word}" for former in _FORMER for word in ("", " là", " quyền")]
    prefixes.append("quyền")
    return frozenset(heads | {f"{prefix} {head}" for prefix in prefixes for head in heads})


@shared_anchor(_title_heads)
@lazy_pattern
def _title_anchor() -> Pattern:
    """Where a title can start: one of :func:`_title_heads`."""
    return compile_pattern(rf"(?:{alternation(_title_heads())})\b")


def _head(spelling: str, roles: set[str]) -> str:
    """The first two words of a role, or three when the two are no role of their own and
    common elsewhere ("tham mưu" of "tham mưu trưởng", "phó bí" of "phó bí thư")."""
    words = spelling.split(" ")
    two = " ".join(words[:2])
    return two if two in roles else " ".join(words[:3])


#: Capitalised words that end a name (they start a title, a place or a clause).
_STOP_SYLLABLES = (
    "Phó|Trưởng|Ủy|Uỷ|Bí|Chủ|Bộ|Ban|Tổng|Thường|Giám|Chánh|Thứ|Tỉnh|Huyện|Đảng|Hội|Sở|Quyền"
    "|Đồng|Các|Tại|Dự|Theo|Ngày|Sáng|Chiều|Tối|Trong|Và|Với|Của|Đ/c|Thủ|Vụ|Cục|Thượng|Thiếu"
    "|Giáo|Ông|Bà|Chị|Cùng|Tham|Kết|Thay|Trao|Ảnh|Nguồn|Quận|Xã|Phường|Sau|Khi|Đến|Về|Là"
    "|Được|Cho|UBND|HĐND|MTTQ|TW|BCH|BTV|TP"
)

#: One capitalised syllable of a name (upper case allowed: "NGUYỄN VĂN NÊN"); the stop
#: syllables as a trie (tried at every syllable of every name), and "phát biểu" (a caption
#: in capitals: "CHỦ TỊCH QUỐC HỘI VƯƠNG ĐÌNH HUỆ PHÁT BIỂU").
_SYLLABLE = (
    rf"(?!(?i:{alternation(_STOP_SYLLABLES.lower().split('|'))}|phát[ ]biểu)(?!{LETTER}))"
    # "H'Yim", "K'ré", "K’ Mák" (Central Highlands)
    rf"{UPPER}{LETTER}{{0,7}}(?:['’]{LETTER}{{1,8}}|['’](?=[ ]{UPPER}))?"
)


def _given_like_word() -> str:
    """A given name that is also a word ending names elsewhere ("Dự"), as the last syllable of
    a name followed by a comma, a semicolon, a dash, a parenthesis or the full stop of a
    sentence ("… Phó Chủ tịch UBND tỉnh Võ Đức Trong."); some also before a lower-case
    word they make no word with ("… Hà Sỹ Đồng phát biểu"; not "Đồng chí")."""
    given = lexicon()["GIVEN_NAMES_LIKE_WORDS"]
    words = [*given, *(word.upper() for word in given)]
    before_words = "|".join(
        rf"{name}(?=[ ](?!(?:{'|'.join(after)})(?![\w]))(?!{UPPER}){LETTER})"
        for name, after in lexicon()["GIVEN_NAMES_BEFORE_WORDS"]
    )
    return rf"(?:(?:{'|'.join(words)})(?=[ ]{{0,3}}[,;\-–(]|\.(?:\s|\Z))|{before_words})"


#: The syllables of a name after the first: a name's syllables, perhaps ending in a given name
#: that is also a word ("Nguyễn Văn Dự - Phó Bí thư").
def _later() -> str:
    given = _given_like_word()
    # such a given name also stands inside a name, before a syllable of it ("Nguyễn Sáng Vang")
    inside = "|".join(lexicon()["GIVEN_NAMES_INSIDE"])
    inner = rf"(?:{_SYLLABLE}|(?:{inside}|{_LOWER_MIDDLE})(?=[ ]{{1,2}}{_SYLLABLE}))"
    # (two spaces may stand between syllables: "Trần Sỹ  Thanh")
    return rf"(?:{inner}(?:[ ]{{1,2}}{inner}){{0,3}}(?:[ ]{{1,2}}{given})?|{given})"


#: A common word that looks like a name ("Đào Tạo", "Quản Lý").
_name_like_word = lazy_regex(lambda: rf"(?:{alternation(lexicon()['NAME_LIKE_WORDS'])})(?![\w])")


#: The gap after a name's first syllable: a space, or a line break in hard-wrapped text
#: ("đ/c Nguyễn\nVăn Hán"); later syllables are on one line.
_FIRST_GAP = r"(?:[ ]{1,2}|[ ]?\n[ ]?)"


def _surnamealternation() -> str:
    """Family names, capitalised and in capitals."""
    surnames = lexicon()["SURNAMES"]
    return alternation([*surnames, *(surname.upper() for surname in surnames)])


def _rankalternation() -> str:
    """Ranks and degrees (lower case), longest first."""
    return words(lexicon()["NOT_TITLES"])


#: A name that starts with a family name: two to five capitalised syllables.
_name_pattern = lazy_regex(
    lambda: rf"(?<![^\W_])(?:{_surnamealternation()}){_FIRST_GAP}{_later()}(?![^\W_])"
)


# -- public functions -------------------------------------------------------------------------

_EXPECTED_TITLE = 'a title such as "Ủy viên Bộ Chính trị"'


def _content(norm: NormalizedText) -> tuple[int, int]:
    lower = norm.lower
    return len(lower) - len(lower.lstrip()), len(lower.rstrip())


def parse_titles(s: str) -> tuple[Title, ...]:
    """Read a chain of titles joined by commas, "kiêm", "đồng thời là" or nothing.

    Example:
        >>> from vn_party_docs import parse_titles
        >>> chain = parse_titles("Ủy viên Bộ Chính trị, Bí thư TW Đảng, Trưởng Ban Tổ chức TW")
        >>> [t.english() for t in chain]  # doctest: +NORMALIZE_WHITESPACE
        ['Politburo member', 'Secretary of the Party Central Committee',
         "Head of the Party Central Committee's Organisation Commission"]
    """
    norm = NormalizedText(check_text(s, "s"))
    start, end = _content(norm)
    first = _read_at(norm, start)
    chain = _chain_at(norm, first) if first is not None else None
    if chain is None:
        raise ParseError(_EXPECTED_TITLE, norm.source_start(start), s)
    if chain.end != end:
        raise ParseError(_EXPECTED_TITLE, norm.source_end(chain.end), s)
    return chain.titles


def parse_title(s: str) -> Title:
    """Read exactly one title.

    Example:
        >>> from vn_party_docs import parse_title
        >>> str(parse_title("Ủy viên BTV Tỉnh ủy"))
        'Ủy viên Ban Thường vụ Tỉnh ủy'
        >>> str(parse_title("Tỉnh ủy viên"))
        'Ủy viên Ban Chấp hành Đảng bộ tỉnh'
    """
    titles = parse_titles(s)
    if len(titles) != 1:
        raise ParseError("exactly one title", 0, s)
    return titles[0]


def __getattr__(name: str) -> Any:
    """The person finder's public functions, from :mod:`vn_party_docs.officials`, which
    builds on this module (imported on first access: no import cycle)."""
    if name in ("find_officials", "parse_official"):
        from . import officials

        return getattr(officials, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
