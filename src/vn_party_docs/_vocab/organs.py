"""The organs of the Party, the State and the Front: one table read by every grammar.

Titles read an organ after a role ("Bí thư Tỉnh ủy"), citations read it as the issuer of a
document ("của Ban Bí thư"), meetings as the organiser of a meeting ("Ban Tổ chức Trung ương
tổ chức Hội nghị"): all three read the rows below, so an organ has one canonical name
wherever it acts. Each row is an :class:`OrganRow`; the Party committees
(:data:`PARTY_COMMITTEES`) are composed with their bodies (:data:`COMMITTEE_BODIES`: "Ban
Thường vụ" + "Tỉnh ủy"), the Party groups (:data:`PARTY_GROUPS`) with their hosts, the
ministries (:data:`MINISTRIES`) are organs of their own.

Levels are the names of :class:`vn_party_docs.Level`. Central Party bodies are
listed before and after the February 2025 reorganisation; provincial, district
and commune organs take the place name that follows them as their locality.
English renderings follow Vietnamese state media; where media vary one choice is
made ("Organisation Commission", "Commission for Information and Education").

A level written as ``""`` is unknown (``None``): "Đảng ủy Khối" without its bloc,
"Đoàn đại biểu Quốc hội" without its province.
"""

from __future__ import annotations

from typing import NamedTuple

#: The words of the localities, their level and their English: the bodies that every
#: locality has are listed once for all of them.
LOCALITY_LEVELS: tuple[tuple[str, str, str], ...] = (
    ("tỉnh", "PROVINCIAL", "Provincial"),
    ("thành phố", "PROVINCIAL", "Municipal"),
    ("huyện", "DISTRICT", "District"),
    ("quận", "DISTRICT", "Urban District"),
    ("thị xã", "DISTRICT", "Town"),
    ("xã", "COMMUNE", "Commune"),
    ("phường", "COMMUNE", "Ward"),
)


#: The short names of the ministries' and departments' subjects, which no list expands:
#: "Bộ GD&ĐT", "Sở TN&MT" are kept as written (the English is the full subject's).
SHORT_SUBJECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Education and Training", ("GD&ĐT", "GD-ĐT", "GDĐT", "GD và ĐT")),
    ("Planning and Investment", ("KH&ĐT", "KHĐT")),
    ("Agriculture and Rural Development", ("NN&PTNT", "NN-PTNT", "NNPTNT")),
    ("Agriculture and Environment", ("NN&MT",)),
    ("Natural Resources and Environment", ("TN&MT", "TNMT")),
    ("Culture, Sports and Tourism", ("VH-TT&DL", "VH - TT&DL", "VHTT&DL", "VHTTDL")),
    ("Science and Technology", ("KH&CN", "KHCN")),
    ("Information and Communications", ("TT&TT", "TT-TT", "TTTT")),
    ("Labour, Invalids and Social Affairs", ("LĐ-TB&XH", "LĐTB&XH", "LĐTBXH")),
)


class OrganRow(NamedTuple):
    """One organ: how it is written, where it stands, what it does.

    Spellings are lower case with news-style tone marks; the canonical names (``name`` and
    ``title_name``) are always read too, a spelling with "trung ương" is also read with
    "tw", "tư" and "t.ư" (``TRUNG_UONG_SPELLINGS``), and one with "ban chấp hành" with "bch"
    (``BAN_CHAP_HANH_SPELLINGS``).
    """

    #: The canonical name, the organ as it acts (as issuer and as organiser).
    name: str
    #: A name of :class:`vn_party_docs.Level`, or ``""`` when the name does not fix it.
    level: str
    #: The English name; ``{}`` marks where a place goes ("{}Provincial Party Committee").
    english: str
    #: Further spellings and abbreviations read (lower case).
    spellings: tuple[str, ...] = ()
    #: "PARTY", "STATE" or "FRONT" (the Fatherland Front and the mass organisations).
    system: str = "PARTY"
    #: Whether it issues documents (citations read it as an issuer).
    issues: bool = False
    #: Whether the place written after it is its own ("Tỉnh ủy Cà Mau"); ``None``: every
    #: organ below the centre takes one.
    local: bool | None = None
    #: Its name inside a title, where that differs from ``name`` ("Ủy viên Ban Chấp hành
    #: Trung ương Đảng"); ``""``: the same.
    title_name: str = ""
    #: Where it is read, ``""`` everywhere; ``"fused"`` in a title only inside a fused
    #: title ("Bí thư Trung ương Đảng"), and as an issuer; ``"issuer"`` only as an issuer
    #: ("Bộ Chính trị, Ban Bí thư" together).
    reads: str = ""
    #: The issuer codes of its State symbols ("BNV" in "15/2023/TT-BNV").
    codes: tuple[str, ...] = ()
    #: The office whose holder issues documents in person ("Bộ trưởng" of a ministry gives
    #: the issuer "Bộ trưởng Bộ Nội vụ"); ``""``: none.
    head: str = ""

    @property
    def takes_locality(self) -> bool:
        """Whether a place written after the organ belongs to it."""
        return self.level != "CENTRAL" if self.local is None else self.local


class BodyRow(NamedTuple):
    """A body of a Party committee ("Ban Thường vụ"): composed with every committee."""

    #: The canonical head ("Ban Thường vụ" + "Tỉnh ủy" is "Ban Thường vụ Tỉnh ủy").
    name: str
    #: The English; ``{}`` is the committee's.
    english: str
    #: Abbreviations of the head ("btv").
    spellings: tuple[str, ...] = ()
    #: Whether the composed bodies issue documents.
    issues: bool = True
    #: Where it is read (as :attr:`OrganRow.reads`).
    reads: str = ""


class PartyGroupRow(NamedTuple):
    """A Party group set up inside a State or Front body ("Đảng đoàn" + "Quốc hội")."""

    #: The head of the group's name.
    name: str
    #: The English; ``{}`` is the host's.
    english: str


class MinistryRow(NamedTuple):
    """A ministry: an organ of the Government, whose minister issues documents too."""

    #: The canonical name ("Bộ Quốc phòng").
    name: str
    #: The English subject ("National Defence": "Ministry of National Defence").
    subject: str
    #: The short names read after "Bộ trưởng" / "Thứ trưởng" ("Bộ trưởng Quốc phòng").
    short: tuple[str, ...] = ()
    #: Further spellings and abbreviations of the whole name ("bộ gd&đt").
    spellings: tuple[str, ...] = ()
    #: The issuer codes of its symbols ("BQP").
    codes: tuple[str, ...] = ()


class SpellingRow(NamedTuple):
    """A spelling of a whole organ that no composition gives ("tvtu")."""

    spelling: str
    name: str


class OpenBodyRow(NamedTuple):
    """The head of a body whose name is open, written in full after it ("Ban Chỉ đạo …")."""

    #: The canonical head.
    name: str
    #: The English of the head.
    english: str
    #: Further spellings of the head (lower case).
    spellings: tuple[str, ...] = ()
    #: Whether the head alone refers back to a body named earlier ("Phó Chủ tịch Hội đồng").
    alone: bool = False
    #: What may follow a comma in the name: "parent" its parent organ, "topic" a lower-case
    #: word of its topic, "" nothing.
    comma: str = ""
    #: Whether it is a team an organ sends, whose name goes on with its number and that
    #: organ ("Đoàn kiểm tra số 11 của Bộ Chính trị").
    team: bool = False


_PCC = "Party Central Committee's"

#: How news shortens "Quân đội nhân dân Việt Nam" (kept as written: ABBREVIATIONS_AS_WRITTEN).
_ARMY_SHORT = ("qđnd việt nam", "qđndvn", "qđnd vn")

#: The blocs of a province's or a city's agencies and enterprises, each with its own Party
#: committee: the bloc's name, its English, further spellings (lower case).
_LOCAL_BLOCS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("các cơ quan và doanh nghiệp", "Agencies and Enterprises'", ()),
    ("Cơ quan và Doanh nghiệp", "Agencies and Enterprises'", ()),
    ("các cơ quan", "Agencies'", ("cơ quan",)),
    ("Doanh nghiệp", "Enterprises'", ()),
    (
        "Cơ quan - Doanh nghiệp",
        "Agencies and Enterprises'",
        ("cơ quan-doanh nghiệp", "cơ quan – doanh nghiệp"),
    ),
    ("CQ-DN", "Agencies and Enterprises'", ("cq - dn",)),
)

#: The Youth Union's committee of each locality above the commune: name, level, English
#: ("tỉnh" → "Tỉnh Đoàn", "thị xã" → "Thị Đoàn").
_YOUTH_UNIONS: tuple[tuple[str, str, str], ...] = tuple(
    (f"{word.split()[0].capitalize()} Đoàn", level, english)
    for word, level, english in LOCALITY_LEVELS
    if level != "COMMUNE"
)

#: The bodies read with each of them (none: the committee itself), and their English.
_YOUTH_UNION_BODIES: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("Ban Thường vụ ", "Standing Board of the "),
    ("Ban Chấp hành ", "Executive Committee of the "),
)

#: How news shortens "Tổng Liên đoàn Lao động Việt Nam" (read alone and in its Executive
#: Committee's name).
_LABOUR_CONFEDERATION_SHORT = ("tổng lđlđ việt nam", "tổng lđlđ vn", "tổng lđlđvn")


#: Central mass organisations with the short forms of their names news text writes
#: (read alone and inside the names of their committees: "BCH T.Ư Hội LHPN Việt Nam").
_MASS_ORGANISATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Hội Nông dân Việt Nam",
        "Vietnam Farmers' Union",
        ("hội nông dân vn", "hội ndvn", "hnd việt nam", "hnd vn", "hndvn"),
    ),
    (
        "Hội Liên hiệp Phụ nữ Việt Nam",
        "Vietnam Women's Union",
        ("hội lhpn việt nam", "hội lhpn vn", "hội lhpnvn"),
    ),
    (
        "Hội Cựu chiến binh Việt Nam",
        "Vietnam Veterans' Association",
        ("hội ccb việt nam", "hội ccb vn", "hội ccbvn"),
    ),
)


#: The Youth Federation, with the short forms of its name news text writes.
_YOUTH_FEDERATION = (
    "Hội Liên hiệp Thanh niên Việt Nam",
    "Vietnam Youth Federation",
    ("hội lhtn việt nam", "hội lhtn vn"),
)


#: The central mass organisations whose own central bodies share names with the Party's:
#: "Ban Tổ chức Trung ương Hội Nông dân Việt Nam" is the Farmers' Union's body, not the
#: Party's Ban Tổ chức Trung ương.
MASS_ORGANISATION_NAMES: tuple[str, ...] = (
    *(name for name, _, _ in _MASS_ORGANISATIONS),
    "Tổng Liên đoàn Lao động Việt Nam",
    "Mặt trận Tổ quốc Việt Nam",
)


def _committees(
    prefix: str, english: str, organisations: tuple[tuple[str, str, tuple[str, ...]], ...]
) -> tuple[OrganRow, ...]:
    """The committees ``prefix`` names of central mass organisations (name, English name,
    short forms), each also read with the short forms (an empty prefix: the organisations)."""
    return tuple(
        OrganRow(
            f"{prefix}{name}",
            "CENTRAL",
            f"{english}{english_name}",
            tuple(f"{prefix.lower()}{short}" for short in shorts),
            system="FRONT",
            issues=True,
        )
        for name, english_name, shorts in organisations
    )


def _btv(row: OrganRow) -> tuple[str, ...]:
    """The spellings of a standing board with "BTV" for "Ban Thường vụ" ("BTV T.Ư Hội …")."""
    return tuple(
        spelling.replace("ban thường vụ ", "btv ", 1)
        for spelling in (row.name.lower(), *row.spellings)
        if spelling.startswith("ban thường vụ ")
    )


#: Every organ not composed from the tables below (committees, bodies, groups, ministries).
ORGANS: tuple[OrganRow, ...] = (
    # -- central Party ------------------------------------------------------------------
    OrganRow("Bộ Chính trị", "CENTRAL", "Politburo", ("bct",), issues=True),
    OrganRow(
        "Ban Bí thư",
        "CENTRAL",
        f"{_PCC} Secretariat",
        (
            "bbt",
            "ban bí thư trung ương đảng cộng sản việt nam",
            "ban bí thư trung ương đảng",
            "ban bí thư trung ương",
        ),
        issues=True,
    ),
    # The Central Committee acts as "Ban Chấp hành Trung ương"; inside a title it is "Ủy viên
    # Ban Chấp hành Trung ương Đảng", and "Bí thư Trung ương Đảng" in a fused title.
    OrganRow(
        "Ban Chấp hành Trung ương",
        "CENTRAL",
        "Party Central Committee",
        (
            "ban chấp hành trung ương đảng cộng sản việt nam",
            "bchtw",
            "bchtư",
        ),
        issues=True,
        title_name="Ban Chấp hành Trung ương Đảng",
    ),
    OrganRow(
        "Ban Chấp hành Trung ương",
        "CENTRAL",
        "Party Central Committee",
        ("trung ương", "tw đảng", "t.ư đảng"),
        issues=True,
        title_name="Trung ương Đảng",
        reads="fused",
    ),
    # the Politburo and the Secretariat issuing one document together
    OrganRow(
        "Bộ Chính trị, Ban Bí thư",
        "CENTRAL",
        "Politburo and Secretariat",
        ("bct, bbt",),
        issues=True,
        reads="issuer",
    ),
    # offices named as organs inside fused titles ("Trợ lý Thủ tướng Chính phủ")
    OrganRow(
        "Thủ tướng Chính phủ",
        "CENTRAL",
        "Prime Minister",
        system="STATE",
        reads="fused",
        codes=("TTg",),
    ),
    OrganRow("Tổng Bí thư", "CENTRAL", "General Secretary", reads="fused"),
    OrganRow(
        "Chủ tịch nước",
        "CENTRAL",
        "State President",
        system="STATE",
        reads="fused",
        codes=("CTN",),
    ),
    OrganRow(
        "Ban Tổ chức Trung ương",
        "CENTRAL",
        f"{_PCC} Organisation Commission",
        (
            "ban tổ chức trung ương đảng",
            "ban tổ chức tw",
            "ban tổ chức tư",
            "ban tổ chức t.ư",
            "btctw",
        ),
        issues=True,
    ),
    OrganRow(
        "Ủy ban Kiểm tra Trung ương",
        "CENTRAL",
        f"{_PCC} Inspection Commission",
        (
            "ủy ban kiểm tra tw",
            "ubkt trung ương",
            "ubkt tw",
            "ubkttw",
        ),
        issues=True,
    ),
    OrganRow(
        "Văn phòng Trung ương Đảng",
        "CENTRAL",
        f"{_PCC} Office",
        ("văn phòng trung ương", "văn phòng tw", "vptw"),
        issues=True,
    ),
    OrganRow(
        "Ban Tuyên giáo và Dân vận Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Information, Education and Mass Mobilisation",
        (
            "ban tuyên giáo và dân vận tw",
            "ban tg&dv trung ương",
            "ban tg-dv trung ương",
            "ban tgdv trung ương",
            "btgdvtw",
        ),
        issues=True,
    ),
    OrganRow(
        "Ban Tuyên giáo Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Information and Education",
        ("ban tuyên giáo tw", "btgtw"),
        issues=True,
    ),
    OrganRow(
        "Ban Dân vận Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Mass Mobilisation",
        ("ban dân vận tw",),
        issues=True,
    ),
    OrganRow(
        "Ban Nội chính Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Internal Affairs",
        ("ban nội chính tw",),
        issues=True,
    ),
    OrganRow(
        "Ban Kinh tế Trung ương",
        "CENTRAL",
        f"{_PCC} Economic Commission",
        ("ban kinh tế tw",),
        issues=True,
    ),
    OrganRow(
        "Ban Chính sách, chiến lược Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Policies and Strategies",
        # (also without its comma: "Ban Chính sách chiến lược Trung ương")
        ("ban chính sách, chiến lược tw", "ban chính sách chiến lược trung ương"),
        issues=True,
    ),
    OrganRow(
        "Ban Đối ngoại Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for External Relations",
        ("ban đối ngoại tw",),
        issues=True,
    ),
    OrganRow(
        "Hội đồng Lý luận Trung ương", "CENTRAL", "Central Theoretical Council", (), issues=True
    ),
    OrganRow(
        "Hội đồng Thi đua - Khen thưởng Trung ương",
        "CENTRAL",
        "Central Emulation and Commendation Council",
        ("hội đồng thi đua khen thưởng trung ương", "hội đồng thi đua, khen thưởng trung ương"),
        issues=True,
    ),
    OrganRow(
        "Ban Chỉ đạo Trung ương",
        "CENTRAL",
        "Central Steering Committee",
        ("ban chỉ đạo tw",),
        issues=True,
    ),
    # central steering committees whose names go on after "về" (a topic after them is
    # the document's: "… về phòng, chống tham nhũng, tiêu cực về việc …")
    *(
        OrganRow(f"Ban Chỉ đạo Trung ương về {topic}", "CENTRAL", english, issues=True)
        for topic, english in (
            (
                "phòng, chống tham nhũng",
                "Central Steering Committee on Anti-Corruption",
            ),
            (
                "phòng, chống tham nhũng, tiêu cực",
                "Central Steering Committee on Preventing and Combating Corruption and "
                "Negative Phenomena",
            ),
            (
                "phòng, chống tham nhũng, lãng phí, tiêu cực",
                "Central Steering Committee on Preventing and Combating Corruption, Waste "
                "and Negative Phenomena",
            ),
            (
                "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                "Central Steering Committee on Science, Technology, Innovation and Digital "
                "Transformation",
            ),
        )
    ),
    OrganRow("Đảng bộ Chính phủ", "CENTRAL", "Government's Party Organisation", ()),
    OrganRow("Đảng bộ Quốc hội", "CENTRAL", "National Assembly's Party Organisation", ()),
    OrganRow(
        "Đảng bộ các cơ quan Đảng Trung ương",
        "CENTRAL",
        "Party Organisation of the Central Party Agencies",
        (),
    ),
    OrganRow(
        "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương",
        "CENTRAL",
        "Party Organisation of the Vietnam Fatherland Front and Central Mass Organisations",
        (),
    ),
    OrganRow(
        "Đảng đoàn Quốc hội", "CENTRAL", "National Assembly's Party Delegation", (), issues=True
    ),
    OrganRow(
        "Đảng đoàn Mặt trận Tổ quốc Việt Nam",
        "CENTRAL",
        "Party Delegation of the Vietnam Fatherland Front",
        ("đảng đoàn mttq việt nam",),
        issues=True,
    ),
    OrganRow(
        "Ban cán sự đảng Chính phủ",
        "CENTRAL",
        "Government's Party Civil Affairs Board",
        (),
        issues=True,
    ),
    # a Party group named before, referred back to ("Bí thư Đảng đoàn, Chủ tịch …")
    OrganRow("Đảng đoàn", "", "Party Delegation", ()),
    OrganRow("Ban cán sự đảng", "", "Party Civil Affairs Board", ()),
    # an inspection commission named without its committee ("Chủ nhiệm UBKT"): none is added
    OrganRow("Ủy ban Kiểm tra", "", "Inspection Commission", ("ubkt",)),
    # a people's council or committee named without its level ("Chủ tịch UBND Nguyễn Văn A")
    OrganRow(
        "Hội đồng nhân dân",
        "",
        "People's Council",
        (
            "hđnd",
            "hdnd",
        ),
        system="STATE",
        codes=("HĐND",),
    ),
    OrganRow(
        "Ủy ban nhân dân", "", "People's Committee", ("ubnd",), system="STATE", codes=("UBND", "UB")
    ),
    OrganRow(
        "Học viện Chính trị quốc gia Hồ Chí Minh",
        "CENTRAL",
        "Ho Chi Minh National Academy of Politics",
        ("học viện ctqg hồ chí minh",),
    ),
    # -- central State --------------------------------------------------------------------
    OrganRow(
        "Ủy ban Thường vụ Quốc hội",
        "CENTRAL",
        "National Assembly Standing Committee",
        ("ubtvqh", "thường vụ quốc hội", "ủy ban thường vụ qh", "thường vụ qh", "ub thường vụ qh"),
        system="STATE",
        issues=True,
        codes=("UBTVQH",),
    ),
    OrganRow(
        "Quốc hội",
        "CENTRAL",
        "National Assembly",
        ("qh",),
        system="STATE",
        issues=True,
        codes=("QH",),
    ),
    OrganRow(
        "Chính phủ",
        "CENTRAL",
        "Government",
        system="STATE",
        issues=True,
        codes=("CP",),
        head="Thủ tướng",
    ),
    OrganRow("Hội đồng Dân tộc", "CENTRAL", "Ethnic Council", (), system="STATE", issues=True),
    OrganRow(
        "Ủy ban Pháp luật và Tư pháp",
        "CENTRAL",
        "Committee for Law and Justice",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban Kinh tế và Tài chính",
        "CENTRAL",
        "Committee for Economic and Financial Affairs",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban Quốc phòng, An ninh và Đối ngoại",
        "CENTRAL",
        "Committee for National Defence, Security and Foreign Affairs",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban Văn hóa và Xã hội",
        "CENTRAL",
        "Committee for Culture and Social Affairs",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban Khoa học, Công nghệ và Môi trường",
        "CENTRAL",
        "Committee for Science, Technology and Environment",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban Công tác đại biểu",
        "CENTRAL",
        "Commission for Deputy Affairs",
        ("ủy ban công tác đại biểu quốc hội",),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ban Công tác đại biểu",
        "CENTRAL",
        "Commission for Deputy Affairs",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ban Công tác đại biểu Quốc hội",
        "CENTRAL",
        "National Assembly's Commission for Deputy Affairs",
        (),
        system="STATE",
        issues=True,
    ),
    # committees of the National Assembly before the 2025 reorganisation
    OrganRow(
        "Ủy ban Pháp luật",
        "CENTRAL",
        "Committee for Legal Affairs",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow("Ủy ban Tư pháp", "CENTRAL", "Judicial Committee", (), system="STATE", issues=True),
    OrganRow("Ủy ban Kinh tế", "CENTRAL", "Economic Committee", (), system="STATE", issues=True),
    OrganRow(
        "Ủy ban Tài chính, Ngân sách",
        "CENTRAL",
        "Finance and Budget Committee",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban Quốc phòng và An ninh",
        "CENTRAL",
        "Committee for National Defence and Security",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban Văn hóa, Giáo dục",
        "CENTRAL",
        "Committee for Culture and Education",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(  # its name until 2016
        "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",
        "CENTRAL",
        "Committee for Culture, Education, Youth, Adolescents and Children",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban Xã hội", "CENTRAL", "Committee for Social Affairs", (), system="STATE", issues=True
    ),
    OrganRow(
        "Ủy ban Đối ngoại",
        "CENTRAL",
        "Committee for External Relations",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ban Dân nguyện",
        "CENTRAL",
        "People's Aspirations Committee",
        (),
        system="STATE",
        issues=True,
    ),
    # press, academies and other central bodies whose heads appear in Party news
    OrganRow("Tạp chí Cộng sản", "CENTRAL", "Communist Review", ()),
    OrganRow(
        "Tổng cục Chính trị Quân đội nhân dân Việt Nam",
        "CENTRAL",
        "General Department of Politics of the Vietnam People's Army",
        (
            "tổng cục chính trị (quân đội nhân dân việt nam)",
            *(f"tổng cục chính trị {army}" for army in _ARMY_SHORT),
        ),
        system="STATE",
    ),
    OrganRow(
        "Tổng cục Chính trị Công an nhân dân",
        "CENTRAL",
        "General Department of Politics of the People's Public Security",
        ("tổng cục chính trị cand",),
        system="STATE",
    ),
    OrganRow("Tổng cục Chính trị", "CENTRAL", "General Department of Politics", (), system="STATE"),
    OrganRow("Tổng cục Hậu cần", "CENTRAL", "General Department of Logistics", (), system="STATE"),
    OrganRow(
        "Tổng cục Kỹ thuật", "CENTRAL", "General Department of Technology", (), system="STATE"
    ),
    OrganRow(
        "Tổng cục Công nghiệp quốc phòng",
        "CENTRAL",
        "General Department of Defence Industry",
        (),
        system="STATE",
    ),
    OrganRow(
        "Tổng cục Hậu cần - Kỹ thuật",
        "CENTRAL",
        "General Department of Logistics and Technology",
        (),
        system="STATE",
    ),
    OrganRow(
        "Thường vụ Quân ủy Trung ương",
        "CENTRAL",
        "Standing Board of the Central Military Commission",
        issues=True,
    ),
    *(
        OrganRow(f"Quân khu {n}", "CENTRAL", f"Military Region {n}", (f"qk{n}", f"qk {n}"), "STATE")
        for n in range(1, 10)
    ),
    *(
        OrganRow(f"Bộ Tư lệnh Quân khu {n}", "CENTRAL", f"Military Region {n} Command", (), "STATE")
        for n in range(1, 10)
    ),
    OrganRow("Quân khu", "", "Military Region", (), system="STATE"),
    # the army corps (1, 2, 3, 4 before 2024; 12 and 34 after) and the economic corps
    *(
        OrganRow(f"Quân đoàn {n}", "CENTRAL", f"Army Corps {n}", (), system="STATE")
        for n in (1, 2, 3, 4, 12, 34)
    ),
    *(
        OrganRow(f"Binh đoàn {n}", "CENTRAL", f"Army Corps {n}", (), system="STATE")
        for n in (11, 12, 15, 16, 18)
    ),
    OrganRow("Quân chủng Hải quân", "CENTRAL", "Vietnam People's Navy", (), system="STATE"),
    # the services and arms by their short names, as their commanders' titles write them
    # ("Tư lệnh Hải quân", "Chính ủy Binh chủng Pháo binh")
    OrganRow("Hải quân", "CENTRAL", "Vietnam People's Navy", (), system="STATE"),
    OrganRow("Bộ Tư lệnh Hải quân", "CENTRAL", "Navy High Command", (), system="STATE"),
    *(
        OrganRow(f"Binh chủng {arm}", "CENTRAL", f"{english} Corps", (), system="STATE")
        for arm, english in (
            ("Pháo binh", "Artillery"),
            ("Công binh", "Engineering"),
            ("Đặc công", "Special Forces"),
            ("Thông tin liên lạc", "Signal"),
            ("Hóa học", "Chemical"),
            ("Tăng thiết giáp", "Armoured"),
        )
    ),
    OrganRow(
        "Quân chủng Phòng không - Không quân",
        "CENTRAL",
        "Air Defence - Air Force Service",
        ("quân chủng phòng không – không quân", "quân chủng phòng không-không quân"),
        system="STATE",
    ),
    # "BĐBP" is kept as written (ABBREVIATIONS_AS_WRITTEN), and so is "Việt Nam" after it
    OrganRow("Bộ đội Biên phòng", "CENTRAL", "Border Guard", ("bđbp",), system="STATE"),
    OrganRow(
        "Bộ đội Biên phòng Việt Nam",
        "CENTRAL",
        "Vietnam Border Guard",
        ("bđbp việt nam", "bđbp vn"),
        system="STATE",
    ),
    OrganRow(
        "Bộ Tư lệnh Bộ đội Biên phòng",
        "CENTRAL",
        "Border Guard High Command",
        ("bộ tư lệnh bđbp",),
        system="STATE",
    ),
    OrganRow("Cảnh sát biển Việt Nam", "CENTRAL", "Vietnam Coast Guard", (), system="STATE"),
    OrganRow("Cảnh sát biển", "CENTRAL", "Vietnam Coast Guard", (), system="STATE"),
    OrganRow(
        "Bộ Tư lệnh Cảnh sát biển Việt Nam",
        "CENTRAL",
        "Vietnam Coast Guard High Command",
        (),
        system="STATE",
    ),
    OrganRow("Học viện Quốc phòng", "CENTRAL", "National Defence Academy", (), system="STATE"),
    OrganRow(
        "Bộ Tổng Tham mưu",
        "CENTRAL",
        "General Staff of the Vietnam People's Army",
        (),
        system="STATE",
    ),
    OrganRow(
        "Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam",
        "CENTRAL",
        "General Staff of the Vietnam People's Army",
        tuple(f"bộ tổng tham mưu {army}" for army in _ARMY_SHORT),
        system="STATE",
    ),
    OrganRow(
        "Quân đội nhân dân Việt Nam",
        "CENTRAL",
        "Vietnam People's Army",
        _ARMY_SHORT,
        system="STATE",
    ),
    OrganRow("Báo Nhân Dân", "CENTRAL", "Nhân Dân newspaper", ("báo nhân dân",)),
    OrganRow("Thông tấn xã Việt Nam", "CENTRAL", "Vietnam News Agency", ("ttxvn",), system="STATE"),
    OrganRow("Đài Truyền hình Việt Nam", "CENTRAL", "Vietnam Television", (), system="STATE"),
    OrganRow("Đài Tiếng nói Việt Nam", "CENTRAL", "Voice of Vietnam", (), system="STATE"),
    OrganRow(
        "Học viện Hành chính quốc gia",
        "CENTRAL",
        "National Academy of Public Administration",
        (),
        system="STATE",
    ),
    OrganRow(
        "Ban Tôn giáo Chính phủ",
        "CENTRAL",
        "Government Committee for Religious Affairs",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Bảo hiểm xã hội Việt Nam",
        "CENTRAL",
        "Vietnam Social Security",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow("Kho bạc Nhà nước", "CENTRAL", "State Treasury", (), system="STATE", issues=True),
    OrganRow(
        "Ủy ban Dân nguyện và Giám sát",
        "CENTRAL",
        "Committee for People's Aspirations and Supervision",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Văn phòng Quốc hội",
        "CENTRAL",
        "Office of the National Assembly",
        ("vpqh", "văn phòng qh"),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Văn phòng Chủ tịch nước",
        "CENTRAL",
        "Office of the President",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Văn phòng Chính phủ",
        "CENTRAL",
        "Government Office",
        ("vpcp",),
        system="STATE",
        issues=True,
        codes=("VPCP",),
    ),
    # (the short names are written out, as readers of real articles write them in 5 sets
    # of 6: "Viện trưởng VKSND tối cao" → "Viện trưởng Viện Kiểm sát nhân dân tối cao")
    OrganRow(
        "Tòa án nhân dân tối cao",
        "CENTRAL",
        "Supreme People's Court",
        ("tand tối cao", "tandtc"),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Viện Kiểm sát nhân dân tối cao",
        "CENTRAL",
        "Supreme People's Procuracy",
        ("vksnd tối cao", "vksndtc"),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Kiểm toán Nhà nước", "CENTRAL", "State Audit Office", (), system="STATE", issues=True
    ),
    OrganRow(
        "Ngân hàng Nhà nước Việt Nam",
        "CENTRAL",
        "State Bank of Viet Nam",
        ("ngân hàng nhà nước", "nhnn", "nhnn việt nam", "nhnn vn"),
        system="STATE",
        issues=True,
        codes=("NHNN",),
        head="Thống đốc",
    ),
    OrganRow(
        "Thanh tra Chính phủ",
        "CENTRAL",
        "Government Inspectorate",
        (),
        system="STATE",
        issues=True,
        codes=("TTCP",),
    ),
    OrganRow(
        "Ủy ban Dân tộc",
        "CENTRAL",
        "Committee for Ethnic Minority Affairs",
        ("ubdt",),
        system="STATE",
        issues=True,
    ),
    # -- Fatherland Front and mass organisations --------------------------------------------
    OrganRow(
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "CENTRAL",
        "Vietnam Fatherland Front Central Committee",
        (
            "ủy ban trung ương mttq việt nam",
            "ubtư mttq việt nam",
            "ubtw mttq việt nam",
            "ủy ban trung ương mttq",
            "ubtư mttq",
            "ubtw mttq",
            "ủy ban trung ương mttqvn",
            "ủy ban trung ương mttq vn",
            "ubtưmttq việt nam",
            "ubtwmttq việt nam",
        ),
        system="FRONT",
        issues=True,
    ),
    OrganRow(
        "Tổng Liên đoàn Lao động Việt Nam",
        "CENTRAL",
        "Vietnam General Confederation of Labour",
        _LABOUR_CONFEDERATION_SHORT,
        system="FRONT",
        issues=True,
    ),
    *_committees("", "", _MASS_ORGANISATIONS),
    OrganRow(
        "Hội Chữ thập đỏ Việt Nam",
        "CENTRAL",
        "Vietnam Red Cross Society",
        ("hội chữ thập đỏ vn",),
        system="FRONT",
        issues=True,
    ),
    OrganRow(
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "CENTRAL",
        "Ho Chi Minh Communist Youth Union Central Committee",
        (),
        system="FRONT",
        issues=True,
    ),
    OrganRow(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "CENTRAL",
        "Ho Chi Minh Communist Youth Union",
        ("đoàn tncs hồ chí minh", "đoàn thanh niên cs hồ chí minh"),
        system="FRONT",
    ),
    OrganRow("Đoàn Thanh niên", "GRASSROOTS", "Youth Union", (), system="FRONT"),
    # the Front and the mass organisations of a locality as one bloc, which meets on its own
    OrganRow(
        "Khối Mặt trận và các đoàn thể",
        "",
        "Bloc of the Front and the Mass Organisations",
        ("khối mặt trận, đoàn thể", "khối mặt trận - đoàn thể", "khối mttq và các đoàn thể"),
        system="FRONT",
    ),
    OrganRow(
        "Ban Thường vụ Trung ương Đoàn",
        "CENTRAL",
        "Standing Board of the Ho Chi Minh Communist Youth Union Central Committee",
        ("btv trung ương đoàn",),
        system="FRONT",
        issues=True,
    ),
    # the executive committees of the central mass organisations and their standing boards,
    # as the text names them ("Ủy viên Ban Thường vụ Trung ương Hội LHPN Việt Nam")
    *(
        row._replace(spellings=(*row.spellings, *_btv(row)))
        for body, english in (
            ("Ban Chấp hành Trung ương ", "Central Executive Committee of the "),
            ("Ban Chấp hành ", "Executive Committee of the "),
            ("Ban Thường vụ Trung ương ", "Standing Board of the Central Committee of the "),
        )
        for row in _committees(
            body,
            english,
            (
                *_MASS_ORGANISATIONS,
                ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ho Chi Minh Communist Youth Union", ()),
            ),
        )
    ),
    # short names of state bodies are kept as written: each written name is an organ of its
    # own, with the English of the organ it stands for ("Sở GTVT", "Trung ương Đoàn"; "Bộ
    # GTVT" is among the ministries); the spellings with an abbreviation readers keep become
    # such organs too ("BĐBP tỉnh", see ABBREVIATIONS_AS_WRITTEN)
    *(
        OrganRow(name, level, english, system=system, issues=True)
        for name, level, english, system in (
            ("Sở GTVT", "PROVINCIAL", "{}Department of Transport", "STATE"),
            # the departments' short names ("Sở TN&MT")
            *(
                (name, "PROVINCIAL", f"{{}}Department of {subject}", "STATE")
                for subject, names in SHORT_SUBJECTS
                for name in (f"Sở {short}" for short in names)
            ),
            # the short name of the Youth Union's Central Committee, as news writes it
            (
                "Trung ương Đoàn",
                "CENTRAL",
                "Ho Chi Minh Communist Youth Union Central Committee",
                "FRONT",
            ),
            (
                "Ban Chấp hành Trung ương Đoàn",
                "CENTRAL",
                "Ho Chi Minh Communist Youth Union Central Committee",
                "FRONT",
            ),
            (
                "Trung ương Đoàn TNCS Hồ Chí Minh",
                "CENTRAL",
                "Ho Chi Minh Communist Youth Union Central Committee",
                "FRONT",
            ),
            # its Secretariat, never the Party's ("Ban Bí thư Trung ương Đoàn")
            (
                "Ban Bí thư Trung ương Đoàn",
                "CENTRAL",
                "Secretariat of the Ho Chi Minh Communist Youth Union Central Committee",
                "FRONT",
            ),
        )
    ),
    # the central committee of a mass organisation as its leaders' titles name it ("Phó Chủ
    # tịch Trung ương Hội Nông dân Việt Nam"), "T.Ư" expanded ("Trung ương Hội LHPN Việt Nam")
    *_committees(
        "Trung ương ",
        "Central Committee of the ",
        (
            *_MASS_ORGANISATIONS,
            _YOUTH_FEDERATION,
            ("Hội Sinh viên Việt Nam", "Vietnam Students' Association", ()),
            ("Hội Chữ thập đỏ Việt Nam", "Vietnam Red Cross Society", ()),
        ),
    ),
    # the Youth Federation's central committee by its own name, whose Presidium leads it
    *_committees("Ủy ban Trung ương ", "Central Committee of the ", (_YOUTH_FEDERATION,)),
    OrganRow(
        "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam",
        "CENTRAL",
        "Executive Committee of the Vietnam General Confederation of Labour",
        tuple(f"ban chấp hành {short}" for short in _LABOUR_CONFEDERATION_SHORT),
        system="FRONT",
        issues=True,
    ),
    # -- provincial (the place name follows; committee bodies are composed below) ------------
    OrganRow(
        "Ban Chấp hành Đảng bộ tỉnh",
        "PROVINCIAL",
        "{}Provincial Party Committee",
        (),
        issues=True,
    ),
    OrganRow(
        "Ban Chấp hành Đảng bộ thành phố",
        "PROVINCIAL",
        "{}Municipal Party Committee",
        ("ban chấp hành đảng bộ tp",),
        issues=True,
    ),
    OrganRow("Đảng bộ tỉnh", "PROVINCIAL", "{}Provincial Party Organisation", ()),
    OrganRow("Đảng bộ thành phố", "PROVINCIAL", "{}Municipal Party Organisation", ("đảng bộ tp",)),
    OrganRow(
        "Hội đồng nhân dân tỉnh",
        "PROVINCIAL",
        "{}Provincial People's Council",
        (
            "hđnd tỉnh",
            "hdnd tỉnh",
        ),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban nhân dân tỉnh",
        "PROVINCIAL",
        "{}Provincial People's Committee",
        ("ubnd tỉnh",),
        system="STATE",
        issues=True,
        head="Chủ tịch",
    ),
    OrganRow(
        "Hội đồng nhân dân thành phố",
        "PROVINCIAL",
        "{}Municipal People's Council",
        ("hđnd thành phố", "hdnd thành phố", "hđnd tp", "hdnd tp"),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban nhân dân thành phố",
        "PROVINCIAL",
        "{}Municipal People's Committee",
        ("ubnd thành phố", "ubnd tp"),
        system="STATE",
        issues=True,
        head="Chủ tịch",
    ),
    # the Fatherland Front committees of every locality: "MTTQ Việt Nam", "MTTQVN" and
    # "MTTQ VN" are "Mặt trận Tổ quốc Việt Nam", "MTTQ" alone "Mặt trận Tổ quốc" ("Ủy ban
    # MTTQ TP Hà Nội")
    *(
        OrganRow(
            f"Ủy ban Mặt trận Tổ quốc{country} {word}",
            level,
            f"{{}}{place}{' Vietnam' if country else ''} Fatherland Front Committee",
            tuple(
                f"{committee}{front} {spelled}"
                for committee in ("ủy ban ", "ub")
                for front in fronts
                for spelled in ((word, "tp") if word == "thành phố" else (word,))
            ),
            system="FRONT",
            issues=True,
        )
        for country, fronts in (
            (" Việt Nam", ("mttq việt nam", "mttqvn", "mttq vn")),
            ("", ("mttq",)),
        )
        for word, level, place in LOCALITY_LEVELS
    ),
    # ... and the Front of a locality named without its committee, as written ("Chủ tịch
    # Mặt trận Tổ quốc Việt Nam tỉnh", "Phó Chủ tịch Thường trực MTTQ Việt Nam tỉnh",
    # "Phó Chủ tịch MTTQ tỉnh")
    *(
        OrganRow(
            f"Mặt trận Tổ quốc{country} {word}",
            level,
            f"{{}}{place} Vietnam Fatherland Front",
            tuple(f"{front} {word}" for front in fronts),
            system="FRONT",
        )
        for country, fronts in (
            (" Việt Nam", ("mttq việt nam", "mttqvn", "mttq vn")),
            ("", ("mttq",)),
        )
        for word, level, place in LOCALITY_LEVELS
    ),
    OrganRow(
        "Đoàn đại biểu Quốc hội tỉnh",
        "PROVINCIAL",
        "{}Provincial Delegation of National Assembly Deputies",
        ("đoàn đbqh tỉnh", "đoàn đại biểu quốc hội của tỉnh", "đoàn đbqh của tỉnh"),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Đoàn đại biểu Quốc hội thành phố",
        "PROVINCIAL",
        "{}Municipal Delegation of National Assembly Deputies",
        (
            "đoàn đbqh thành phố",
            "đoàn đbqh tp",
            "đoàn đại biểu quốc hội tp",
            "đoàn đại biểu quốc hội của thành phố",
            "đoàn đbqh của thành phố",
        ),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Đoàn đại biểu Quốc hội",
        "",
        "{}Delegation of National Assembly Deputies",
        ("đoàn đbqh",),
        system="STATE",
    ),
    # a province's delegation to a congress or to the National Assembly, named without what
    # it is sent to ("Trưởng đoàn đại biểu tỉnh Nghệ An")
    OrganRow("Đoàn đại biểu tỉnh", "PROVINCIAL", "{}Provincial Delegation", (), system="STATE"),
    OrganRow("Đoàn đại biểu thành phố", "PROVINCIAL", "{}Municipal Delegation", (), system="STATE"),
    OrganRow("Công an tỉnh", "PROVINCIAL", "{}Provincial Police", (), system="STATE", issues=True),
    OrganRow(
        "Công an thành phố", "PROVINCIAL", "{}Municipal Police", (), system="STATE", issues=True
    ),
    OrganRow(
        "Bộ Chỉ huy Quân sự tỉnh",
        "PROVINCIAL",
        "{}Provincial Military Command",
        ("bộ chqs tỉnh",),
        system="STATE",
    ),
    # written without its level, once the province is known ("…, Chỉ huy trưởng Bộ Chỉ huy
    # Quân sự")
    OrganRow("Bộ Chỉ huy Quân sự", "", "Military Command", ("bộ chqs",), system="STATE"),
    OrganRow(
        "Bộ Chỉ huy Quân sự thành phố",
        "PROVINCIAL",
        "{}Municipal Military Command",
        ("bộ chqs thành phố",),
        system="STATE",
    ),
    OrganRow(
        "Bộ đội Biên phòng tỉnh",
        "PROVINCIAL",
        "{}Provincial Border Guard",
        ("bđbp tỉnh",),
        system="STATE",
    ),
    OrganRow(
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        "PROVINCIAL",
        "{}Provincial Border Guard Command",
        ("bộ chỉ huy bđbp tỉnh",),
        system="STATE",
    ),
    OrganRow(
        "Bộ Tư lệnh Thủ đô Hà Nội", "PROVINCIAL", "Hà Nội Capital High Command", (), system="STATE"
    ),
    OrganRow("Bộ Tư lệnh Thủ đô", "PROVINCIAL", "Capital High Command", (), system="STATE"),
    # the command of Hồ Chí Minh City ("Phó Tư lệnh kiêm Tham mưu trưởng Bộ Tư lệnh TP HCM")
    OrganRow(
        "Bộ Tư lệnh Thành phố Hồ Chí Minh",
        "PROVINCIAL",
        "Hồ Chí Minh City High Command",
        ("bộ tư lệnh tp hcm", "bộ tư lệnh tp. hcm", "bộ tư lệnh tp.hcm", "bộ tư lệnh tphcm"),
        system="STATE",
    ),
    # the Youth Union of each locality, with its standing board and executive committee
    # ("Huyện Đoàn", "Ủy viên Ban Thường vụ Tỉnh Đoàn", "Ban Chấp hành Thành Đoàn")
    *(
        OrganRow(
            f"{body}{name}",
            level,
            f"{body_english}{{}}{place} Youth Union",
            (f"btv {name.lower()}",) if body == "Ban Thường vụ " else (),  # "BTV Huyện Đoàn"
            system="FRONT",
            issues=True,
        )
        for name, level, place in _YOUTH_UNIONS
        for body, body_english in _YOUTH_UNION_BODIES
    ),
    # the Youth Union and the trade union of a province's blocs ("Bí thư Đoàn Khối các cơ
    # quan tỉnh", "Công đoàn Khối Cơ quan và Doanh nghiệp tỉnh")
    *(
        OrganRow(
            f"{union} Khối {bloc} tỉnh",
            "PROVINCIAL",
            f"{{}}Provincial {english} {union_english}",
            (),
            "FRONT",
        )
        for union, union_english in (("Đoàn", "Youth Union"), ("Công đoàn", "Trade Union"))
        for bloc, english in (
            ("các cơ quan", "Agencies' Bloc"),
            ("Doanh nghiệp", "Enterprises' Bloc"),
            ("Cơ quan và Doanh nghiệp", "Agencies and Enterprises' Bloc"),
        )
    ),
    # the election committees of each locality ("Chủ tịch Ủy ban bầu cử tỉnh")
    *(
        OrganRow(f"Ủy ban bầu cử {word}", level, f"{{}}{place} Election Committee", (), "STATE")
        for word, level, place in LOCALITY_LEVELS
    ),
    # the mass organisations of each locality, in any case ("Hội nông dân huyện",
    # "Liên đoàn lao động thành phố", "Hội Chữ thập đỏ tỉnh"), and of one the text leaves
    # unnamed ("Chủ tịch Hội Cựu chiến binh")
    *(
        OrganRow(
            f"{organisation} {word}".strip(),
            level,
            "{}" + " ".join(filter(None, (place, english))),
            tuple(alias.format(word).strip() for alias in aliases),
            system="FRONT",
            issues=True,
        )
        for organisation, english, aliases in (
            ("Hội Nông dân", "Farmers' Union", ("hnd {}",)),
            ("Hội Liên hiệp Phụ nữ", "Women's Union", ("hội lhpn {}", "hội lhpnvn {}")),
            ("Hội Cựu chiến binh", "Veterans' Association", ("hội ccb {}", "hội ccbvn {}")),
            ("Liên đoàn Lao động", "Labour Federation", ("liên đoàn lđ {}", "lđlđ {}")),
            ("Hội Chữ thập đỏ", "Red Cross Society", ()),
        )
        for word, level, place in (*LOCALITY_LEVELS, ("", "", ""))
    ),
    OrganRow(
        "Thanh tra tỉnh", "PROVINCIAL", "{}Provincial Inspectorate", (), system="STATE", issues=True
    ),
    OrganRow(
        "Thanh tra thành phố",
        "PROVINCIAL",
        "{}Municipal Inspectorate",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Kho bạc Nhà nước tỉnh",
        "PROVINCIAL",
        "{}Provincial State Treasury",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Bảo hiểm xã hội tỉnh",
        "PROVINCIAL",
        "{}Provincial Social Security",
        ("bhxh tỉnh",),
        system="STATE",
        issues=True,
    ),
    # the standing body of each locality's council ("Thường trực HĐND tỉnh"), which issues
    # plans and notices and holds meetings
    *(
        OrganRow(
            f"Thường trực Hội đồng nhân dân {word}",
            level,
            f"Standing Board of the {{}}{english} People's Council",
            tuple(f"thường trực {council} {word}" for council in ("hđnd", "hdnd")),
            system="STATE",
            issues=True,
        )
        for word, level, english in LOCALITY_LEVELS
    ),
    # the joint office of a district's or commune's council and committee
    *(
        OrganRow(
            f"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {word}",
            level,
            f"Office of the {{}}{english} People's Council and People's Committee",
            tuple(  # each body abbreviated or written out ("Văn phòng HĐND và UBND huyện")
                spelling
                for council in ("hđnd", "hdnd", "hội đồng nhân dân")
                for committee in ("ubnd", "ủy ban nhân dân")
                for joint in (" và ", " - ", "-", " & ", "&")
                if (spelling := f"văn phòng {council}{joint}{committee} {word}")
                != f"văn phòng hội đồng nhân dân và ủy ban nhân dân {word}"
            ),
            system="STATE",
            issues=True,
        )
        for word, level, english in LOCALITY_LEVELS
        if level != "PROVINCIAL"
    ),
    OrganRow(
        "Ngân hàng Nhà nước chi nhánh tỉnh",
        "PROVINCIAL",
        "{}Provincial Branch of the State Bank of Viet Nam",
        ("nhnn chi nhánh tỉnh",),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Văn phòng Ủy ban nhân dân tỉnh",
        "PROVINCIAL",
        "Office of the {}Provincial People's Committee",
        ("văn phòng ubnd tỉnh",),
        system="STATE",
        issues=True,
    ),
    # one delegation and council since 2025, with a Party committee of its own, and the
    # office of both ("Văn phòng …", which issues documents), in a province or a city
    *(
        OrganRow(
            f"{office}Đoàn đại biểu Quốc hội và Hội đồng nhân dân {word}",
            "PROVINCIAL",
            f"{english}{{}}{place} Delegation of National Assembly Deputies and People's Council",
            tuple(
                f"{office.lower()}{delegation}{joint}{council} {spelled}"
                for delegation in ("đoàn đbqh", "đoàn đại biểu quốc hội")
                # ("Đoàn ĐBQH&HĐND tỉnh", "Văn phòng Đoàn ĐBQH - HĐND tỉnh")
                for joint in (" và ", "&", " & ", "-", " - ", "–", " – ")
                for council in ("hđnd", "hdnd", "hội đồng nhân dân")
                for spelled in spellings
            ),
            system="STATE",
            issues=bool(office),
        )
        for word, place, spellings in (
            ("tỉnh", "Provincial", ("tỉnh",)),
            ("thành phố", "Municipal", ("thành phố", "tp")),
        )
        for office, english in (("", ""), ("Văn phòng ", "Office of the "))
    ),
    OrganRow("Trường Chính trị tỉnh", "PROVINCIAL", "{}Provincial School of Politics", ()),
    # the courts and procuracies of the provinces, cities and districts ("TAND tỉnh",
    # "VKSND huyện" written out)
    *(
        OrganRow(
            f"{name} {word}",
            level,
            f"{{}}{place} People's {body}",
            (f"{short} {word}",),
            system="STATE",
            issues=True,
        )
        for word, level, place in LOCALITY_LEVELS[:5]
        for name, short, body in (
            ("Tòa án nhân dân", "tand", "Court"),
            ("Viện Kiểm sát nhân dân", "vksnd", "Procuracy"),
        )
    ),
    OrganRow(
        "Sở Nội vụ", "PROVINCIAL", "{}Department of Home Affairs", (), system="STATE", issues=True
    ),
    OrganRow(
        "Sở Tài chính", "PROVINCIAL", "{}Department of Finance", (), system="STATE", issues=True
    ),
    OrganRow("Sở Y tế", "PROVINCIAL", "{}Department of Health", (), system="STATE", issues=True),
    OrganRow(
        "Sở Giáo dục và Đào tạo",
        "PROVINCIAL",
        "{}Department of Education and Training",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Tư pháp", "PROVINCIAL", "{}Department of Justice", (), system="STATE", issues=True
    ),
    OrganRow(
        "Sở Kế hoạch và Đầu tư",
        "PROVINCIAL",
        "{}Department of Planning and Investment",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Xây dựng", "PROVINCIAL", "{}Department of Construction", (), system="STATE", issues=True
    ),
    OrganRow(
        "Sở Công Thương",
        "PROVINCIAL",
        "{}Department of Industry and Trade",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Giao thông vận tải",
        "PROVINCIAL",
        "{}Department of Transport",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Nông nghiệp và Phát triển nông thôn",
        "PROVINCIAL",
        "{}Department of Agriculture and Rural Development",
        ("sở nông nghiệp và ptnt",),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Nông nghiệp và Môi trường",
        "PROVINCIAL",
        "{}Department of Agriculture and Environment",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Tài nguyên và Môi trường",
        "PROVINCIAL",
        "{}Department of Natural Resources and Environment",
        (),
        system="STATE",
        issues=True,
    ),
    # (its fields written with a comma are kept so, as news readers write them)
    *(
        OrganRow(
            f"Sở Lao động{joint}Thương binh và Xã hội",
            "PROVINCIAL",
            "{}Department of Labour, Invalids and Social Affairs",
            (),
            system="STATE",
            issues=True,
        )
        for joint in (" - ", ", ")
    ),
    OrganRow(
        "Sở Văn hóa, Thể thao và Du lịch",
        "PROVINCIAL",
        "{}Department of Culture, Sports and Tourism",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Văn hóa và Thể thao",
        "PROVINCIAL",
        "{}Department of Culture and Sports",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Khoa học và Công nghệ",
        "PROVINCIAL",
        "{}Department of Science and Technology",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Thông tin và Truyền thông",
        "PROVINCIAL",
        "{}Department of Information and Communications",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Ngoại vụ",
        "PROVINCIAL",
        "{}Department of Foreign Affairs",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Dân tộc và Tôn giáo",
        "PROVINCIAL",
        "{}Department of Ethnic and Religious Affairs",
        (),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Sở Du lịch", "PROVINCIAL", "{}Department of Tourism", (), system="STATE", issues=True
    ),
    # -- district (until 30 June 2025) ---------------------------------------------------------
    OrganRow("Đảng bộ huyện", "DISTRICT", "{}District Party Organisation", ()),
    OrganRow("Đảng bộ quận", "DISTRICT", "{}District Party Organisation", ()),
    OrganRow("Đảng bộ thị xã", "DISTRICT", "{}Town Party Organisation", ()),
    OrganRow(
        "Ban Chấp hành Đảng bộ huyện",
        "DISTRICT",
        "{}District Party Committee",
        (),
        issues=True,
    ),
    OrganRow(
        "Ban Chấp hành Đảng bộ quận", "DISTRICT", "{}District Party Committee", (), issues=True
    ),
    OrganRow("Ban Chấp hành Đảng bộ thị xã", "DISTRICT", "{}Town Party Committee", (), issues=True),
    OrganRow(
        "Trung tâm Chính trị huyện",
        "DISTRICT",
        "{}District Political Training Centre",
        ("ttct huyện",),
    ),
    OrganRow(
        "Trung tâm Chính trị quận",
        "DISTRICT",
        "{}District Political Training Centre",
        ("ttct quận",),
    ),
    OrganRow(
        "Trung tâm Chính trị thị xã",
        "DISTRICT",
        "{}Town Political Training Centre",
        ("ttct thị xã",),
    ),
    OrganRow(
        "Trung tâm Chính trị thành phố",
        "DISTRICT",
        "{}City Political Training Centre",
        ("ttct thành phố", "ttct tp"),
    ),
    OrganRow(
        "Thanh tra huyện", "DISTRICT", "{}District Inspectorate", (), system="STATE", issues=True
    ),
    OrganRow(
        "Hội đồng nhân dân huyện",
        "DISTRICT",
        "{}District People's Council",
        (
            "hđnd huyện",
            "hdnd huyện",
        ),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban nhân dân huyện",
        "DISTRICT",
        "{}District People's Committee",
        ("ubnd huyện",),
        system="STATE",
        issues=True,
        head="Chủ tịch",
    ),
    OrganRow(
        "Hội đồng nhân dân quận",
        "DISTRICT",
        "{}District People's Council",
        (
            "hđnd quận",
            "hdnd quận",
        ),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban nhân dân quận",
        "DISTRICT",
        "{}District People's Committee",
        ("ubnd quận",),
        system="STATE",
        issues=True,
        head="Chủ tịch",
    ),
    OrganRow(
        "Hội đồng nhân dân thị xã",
        "DISTRICT",
        "{}Town People's Council",
        (
            "hđnd thị xã",
            "hdnd thị xã",
        ),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban nhân dân thị xã",
        "DISTRICT",
        "{}Town People's Committee",
        ("ubnd thị xã",),
        system="STATE",
        issues=True,
        head="Chủ tịch",
    ),
    # -- commune ---------------------------------------------------------------------------------
    OrganRow("Đảng bộ xã", "COMMUNE", "{}Commune Party Organisation", ()),
    OrganRow("Đảng bộ phường", "COMMUNE", "{}Ward Party Organisation", ()),
    OrganRow("Đảng bộ thị trấn", "COMMUNE", "{}Township Party Organisation", ()),
    OrganRow("Đảng bộ đặc khu", "COMMUNE", "{}Special Zone Party Organisation", ()),
    OrganRow(
        "Ban Chấp hành Đảng bộ xã",
        "COMMUNE",
        "{}Commune Party Committee",
        (),
        issues=True,
    ),
    OrganRow(
        "Hội đồng nhân dân xã",
        "COMMUNE",
        "{}Commune People's Council",
        (
            "hđnd xã",
            "hdnd xã",
        ),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban nhân dân xã",
        "COMMUNE",
        "{}Commune People's Committee",
        ("ubnd xã",),
        system="STATE",
        issues=True,
        head="Chủ tịch",
    ),
    # the provisional councils and committees of the communes and wards formed in 2025
    *(
        OrganRow(
            f"{body} lâm thời {word}",
            "COMMUNE",
            f"{{}}Provisional {english} {body_english}",
            tuple(f"{short} lâm thời {word}" for short in shorts),
            system="STATE",
            issues=True,
        )
        for body, body_english, shorts in (
            ("Hội đồng nhân dân", "People's Council", ("hđnd", "hdnd")),
            ("Ủy ban nhân dân", "People's Committee", ("ubnd",)),
        )
        for word, english in (("xã", "Commune"), ("phường", "Ward"))
    ),
    OrganRow(
        "Hội đồng nhân dân phường",
        "COMMUNE",
        "{}Ward People's Council",
        (
            "hđnd phường",
            "hdnd phường",
        ),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban nhân dân phường",
        "COMMUNE",
        "{}Ward People's Committee",
        ("ubnd phường",),
        system="STATE",
        issues=True,
        head="Chủ tịch",
    ),
    OrganRow(
        "Hội đồng nhân dân thị trấn",
        "COMMUNE",
        "{}Township People's Council",
        (
            "hđnd thị trấn",
            "hdnd thị trấn",
        ),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban nhân dân thị trấn",
        "COMMUNE",
        "{}Township People's Committee",
        ("ubnd thị trấn",),
        system="STATE",
        issues=True,
        head="Chủ tịch",
    ),
    OrganRow(
        "Hội đồng nhân dân đặc khu",
        "COMMUNE",
        "{}Special Zone People's Council",
        (
            "hđnd đặc khu",
            "hdnd đặc khu",
        ),
        system="STATE",
        issues=True,
    ),
    OrganRow(
        "Ủy ban nhân dân đặc khu",
        "COMMUNE",
        "{}Special Zone People's Committee",
        ("ubnd đặc khu",),
        system="STATE",
        issues=True,
        head="Chủ tịch",
    ),
    # the executive committees of the Party organisations of the blocs ("Ủy viên BCH Đảng bộ
    # Khối DNTW": DNTW is Doanh nghiệp Trung ương)
    *(
        OrganRow(
            f"Ban Chấp hành Đảng bộ Khối {bloc}",
            level,
            f"Executive Committee of the Party Organisation of the {english}",
            tuple(f"ban chấp hành đảng bộ khối {spelling}" for spelling in spellings),
            issues=True,
        )
        for bloc, level, english, spellings in (
            (
                "Doanh nghiệp Trung ương",
                "CENTRAL",
                "Central Enterprises' Bloc",
                ("doanh nghiệp trung ương", "doanh nghiệp tw"),
            ),
            # an abbreviation no list expands is kept as written ("Khối DNTW")
            ("DNTW", "CENTRAL", "Central Enterprises' Bloc", ()),
            (
                "các cơ quan Trung ương",
                "CENTRAL",
                "Central Agencies' Bloc",
                ("các cơ quan trung ương", "các cơ quan tw", "cơ quan trung ương", "cqtw"),
            ),
            *(
                (
                    f"{bloc} {word}",
                    "PROVINCIAL",
                    f"{{}}{place} {english} Bloc",
                    tuple(f"{spelled} {word}" for spelled in spellings),
                )
                for bloc, english, spellings in _LOCAL_BLOCS
                for word, place in (("tỉnh", "Provincial"), ("thành phố", "Municipal"))
            ),
        )
    ),
    # a collective of leaders that issues notices and conclusions ("thông báo số 3 của Lãnh đạo
    # chủ chốt"), read only as an issuer
    *(
        OrganRow(f"Lãnh đạo chủ chốt{place}", level, english, (), issues=True, reads="issuer")
        for place, level, english in (
            (" tỉnh", "PROVINCIAL", "{}Provincial key leaders"),
            (" thành phố", "PROVINCIAL", "{}Municipal key leaders"),
            (" huyện", "DISTRICT", "{}District key leaders"),
            ("", "", "key leaders"),
        )
    ),
    # -- grassroots ------------------------------------------------------------------------------
    OrganRow("Ban Chấp hành Đảng bộ", "GRASSROOTS", "Party Committee", (), issues=True),
    # the committee named by its executive and its standing name at once, as written ("Ủy
    # viên BCH Đảng ủy, Phó Chủ tịch HĐND xã")
    OrganRow("Ban Chấp hành Đảng ủy", "GRASSROOTS", "Party Committee", ()),
    OrganRow("Chi bộ", "GRASSROOTS", "Party cell", (), issues=True),
)

#: Party committees that have standing bodies and staff commissions ("Ban Thường vụ Tỉnh
#: ủy", "Ủy ban Kiểm tra Huyện ủy"): canonical, level, English ("{}" is where a place goes),
#: extra spellings. Every committee is also an organ on its own.
PARTY_COMMITTEES: tuple[OrganRow, ...] = (
    OrganRow("Tỉnh ủy", "PROVINCIAL", "{}Provincial Party Committee", ("tu",), issues=True),
    OrganRow("Thành ủy", "PROVINCIAL", "{}Municipal Party Committee", (), issues=True),
    OrganRow("Huyện ủy", "DISTRICT", "{}District Party Committee", (), issues=True),
    OrganRow("Quận ủy", "DISTRICT", "{}District Party Committee", (), issues=True),
    OrganRow("Thị ủy", "DISTRICT", "{}Town Party Committee", (), issues=True),
    OrganRow("Đảng ủy xã", "COMMUNE", "{}Commune Party Committee", (), issues=True),
    OrganRow("Đảng ủy phường", "COMMUNE", "{}Ward Party Committee", (), issues=True),
    OrganRow("Đảng ủy thị trấn", "COMMUNE", "{}Township Party Committee", (), issues=True),
    OrganRow("Đảng ủy đặc khu", "COMMUNE", "{}Special Zone Party Committee", (), issues=True),
    # the Party committees of the blocs of a province or a city ("Đảng ủy Khối các cơ quan
    # thành phố"); an abbreviation no list expands is kept as written ("Khối CQ-DN tỉnh")
    *(
        OrganRow(
            f"Đảng ủy Khối {bloc} {word}",
            "PROVINCIAL",
            f"Party Committee of the {{}}{place} {english} Bloc",
            tuple(f"đảng ủy khối {spelled} {word}" for spelled in spellings),
            issues=True,
        )
        for bloc, english, spellings in _LOCAL_BLOCS
        for word, place in (("tỉnh", "Provincial"), ("thành phố", "Municipal"))
    ),
    OrganRow(
        "Đảng ủy các cơ quan Đảng tỉnh",
        "PROVINCIAL",
        "Party Committee of the {}Provincial Party Agencies",
        (),
        issues=True,
    ),
    # the military Party committees and organisations of the provinces and districts, in any
    # case and abbreviated ("Đảng uỷ quân sự huyện", "Bí thư Đảng bộ Quân sự tỉnh", "Bí thư
    # ĐUQS tỉnh")
    *(
        OrganRow(
            f"{head} {word}",
            level,
            f"{{}}{place} Military {english}",
            tuple(f"{short} {word}" for short in shorts),
            issues=True,
        )
        for head, english, shorts in (
            ("Đảng ủy Quân sự", "Party Committee", ("đuqs",)),
            ("Đảng bộ Quân sự", "Party Organisation", ()),
        )
        for word, level, place in LOCALITY_LEVELS
        if level != "COMMUNE"
    ),
    OrganRow(
        "Đảng ủy Công an tỉnh", "PROVINCIAL", "{}Provincial Police Party Committee", (), issues=True
    ),
    # the Party committee of a province's People's Committee (since 2025), with all its bodies
    OrganRow(
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "PROVINCIAL",
        "Party Committee of the {}Provincial People's Committee",
        ("đảng ủy ubnd tỉnh",),
        issues=True,
    ),
    OrganRow(
        "Quân ủy Trung ương",
        "CENTRAL",
        "Central Military Commission",
        ("quân ủy tw", "qutw"),
        issues=True,
    ),
    OrganRow(
        "Đảng ủy Quân sự Trung ương",
        "CENTRAL",
        "Central Military Party Committee",
        ("đảng ủy quân sự tw",),
        issues=True,
    ),
    OrganRow(
        "Đảng ủy Công an Trung ương",
        "CENTRAL",
        "Central Public Security Party Committee",
        (),
        issues=True,
    ),
    OrganRow(
        "Đảng ủy Khối các cơ quan Trung ương",
        "CENTRAL",
        "Party Committee of the Central Agencies' Bloc",
        ("đảng ủy khối các cơ quan tw",),
        issues=True,
    ),
    OrganRow(
        "Đảng ủy Khối Doanh nghiệp Trung ương",
        "CENTRAL",
        "Party Committee of the Central Enterprises' Bloc",
        ("đảng ủy khối doanh nghiệp tw",),
        issues=True,
    ),
    *(
        OrganRow(name, "CENTRAL", "Party Committee of the Central Enterprises' Bloc", issues=True)
        for name in ("Đảng ủy Khối DNTW", "ĐUK DNTW")
    ),
    OrganRow(
        "Đảng ủy các cơ quan Đảng Trung ương",
        "CENTRAL",
        "Party Committee of the Central Party Agencies",
        ("đảng ủy các cơ quan đảng tw",),
        issues=True,
    ),
    OrganRow("Đảng ủy Chính phủ", "CENTRAL", "Government's Party Committee", (), issues=True),
    OrganRow("Đảng ủy Quốc hội", "CENTRAL", "National Assembly's Party Committee", (), issues=True),
    OrganRow(
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
        "CENTRAL",
        "Party Committee of the Vietnam Fatherland Front and Central Mass Organisations",
        ("đảng ủy mttq, các đoàn thể trung ương", "đảng ủy mttq, các đoàn thể tw"),
        issues=True,
    ),
    OrganRow("Đảng ủy Khối", "", "Bloc Party Committee", issues=True),
    # a bloc named without its level ("Bí thư Đảng ủy Khối Doanh nghiệp")
    OrganRow(
        "Đảng ủy Khối Doanh nghiệp", "", "Party Committee of the Enterprises' Bloc", issues=True
    ),
    OrganRow("Đảng ủy Khối các cơ quan", "", "Party Committee of the Agencies' Bloc", issues=True),
    # the blocs of a city's universities and colleges ("Đảng ủy Khối các trường đại học, cao
    # đẳng Hà Nội"; earlier with the professional secondary schools, "… và TCCN", an
    # abbreviation kept as written)
    OrganRow(
        "Đảng ủy Khối các trường đại học, cao đẳng",
        "PROVINCIAL",
        "Party Committee of the Universities' and Colleges' Bloc",
        ("đảng ủy khối các trường đh, cđ", "đảng ủy khối các trường đại học - cao đẳng"),
        issues=True,
    ),
    OrganRow(
        "Đảng ủy Khối các trường đại học, cao đẳng và TCCN",
        "PROVINCIAL",
        "Party Committee of the Universities', Colleges' and Vocational Schools' Bloc",
        ("đảng ủy khối các trường đh, cđ và tccn",),
        issues=True,
    ),
    OrganRow(
        "Ban Chấp hành Đảng bộ Khối",
        "",
        "Executive Committee of the Bloc Party Organisation",
        (),
        issues=True,
    ),
    OrganRow("ĐUK", "", "Bloc Party Committee", issues=True),
    OrganRow("Đảng bộ Khối", "", "Bloc Party Organisation"),
    *(
        OrganRow(
            f"Đảng ủy Quân khu {n}",
            "CENTRAL",
            f"Party Committee of Military Region {n}",
            (),
            issues=True,
        )
        for n in range(1, 10)
    ),
    OrganRow("Đảng ủy Quân khu", "", "Party Committee of the Military Region", ()),
    OrganRow("Đảng ủy", "GRASSROOTS", "Party Committee", (), issues=True),
    OrganRow("Đảng bộ", "GRASSROOTS", "Party Organisation", ()),
)

#: The bodies of a Party committee, each read with every committee of
#: :data:`PARTY_COMMITTEES` ("Ban Thường vụ" + "Tỉnh ủy" is "Ban Thường vụ Tỉnh ủy").
COMMITTEE_BODIES: tuple[BodyRow, ...] = (
    BodyRow("Ban Thường vụ", "Standing Board of the {}", ("btv", "ban tv", "tv")),
    # written without "Ban", kept so, as readers keep it ("Thường vụ Tỉnh ủy tổ chức …")
    BodyRow("Thường vụ", "Standing Board of the {}"),
    BodyRow("Thường trực", "Standing Committee of the {}"),
    BodyRow("Ủy ban Kiểm tra", "Inspection Commission of the {}", ("ubkt",)),
    BodyRow("Ban Tổ chức", "Organisation Commission of the {}", ("btc",)),
    BodyRow(
        "Ban Tuyên giáo và Dân vận",
        "Commission for Information, Education and Mass Mobilisation of the {}",
        ("ban tg&dv", "ban tgdv"),
    ),
    BodyRow("Ban Tuyên giáo", "Commission for Information and Education of the {}", ("btg",)),
    BodyRow("Ban Dân vận", "Commission for Mass Mobilisation of the {}", ("bdv",)),
    BodyRow("Ban Nội chính", "Commission for Internal Affairs of the {}", ("bnc",)),
    BodyRow("Ban Xây dựng Đảng", "Party Building Commission of the {}"),
    BodyRow("Văn phòng", "Office of the {}"),
    # the whole committee as the issuer of its resolutions ("Nghị quyết của BCH Đảng ủy xã")
    BodyRow("Ban Chấp hành", "Executive Committee of the {}", ("bch",), reads="issuer"),
)

#: Organs that keep a province written after them without its level word as written
#: ("Trưởng Đoàn ĐBQH Quảng Nam"), where a local organ takes the province's level ("UBND
#: Nghệ An" is the "Ủy ban nhân dân tỉnh" of Nghệ An).
PROVINCE_AS_WRITTEN: tuple[str, ...] = ("Đoàn đại biểu Quốc hội",)

#: Bodies read without their committee ("Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện
#: ủy"): the title keeps the body as written, no committee is invented for it.
BODIES_READ_ALONE: tuple[str, ...] = ("Ban Thường vụ", "Thường vụ")

#: The bodies read with the Party committee of a State or Front body ("Ban Thường vụ Đảng ủy
#: Bộ Nội vụ"); its other bodies are too rare to be worth the size of the grammar.
GROUP_BODIES: tuple[str, ...] = ("Ban Thường vụ", "Thường vụ", "Ủy ban Kiểm tra", "Thường trực")

#: The standing bodies of the Fatherland Front's committees and of the trade unions'
#: confederation, composed with each of :data:`FRONT_BODY_HOSTS` ("Ban Thường trực Ủy ban
#: MTTQ Việt Nam tỉnh", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"): they lead
#: between sessions and issue documents.
FRONT_BODIES: tuple[BodyRow, ...] = (
    BodyRow("Ban Thường trực", "Standing Board of the {}", ("btt",)),
    BodyRow("Đoàn Chủ tịch", "Presidium of the {}"),
)

#: The committees :data:`FRONT_BODIES` are composed with (canonical names of :data:`ORGANS`).
FRONT_BODY_HOSTS: tuple[str, ...] = (
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Tổng Liên đoàn Lao động Việt Nam",
    "Ủy ban Trung ương Hội Liên hiệp Thanh niên Việt Nam",
    *(
        f"Ủy ban Mặt trận Tổ quốc{country} {word}"
        for country in (" Việt Nam", "")
        for word, _, _ in LOCALITY_LEVELS
    ),
)

#: Spellings of a whole body of a committee ("TVTU" is Ban Thường vụ Tỉnh ủy).
COMMITTEE_BODY_SPELLINGS: tuple[SpellingRow, ...] = (
    SpellingRow("tvtu", "Ban Thường vụ Tỉnh ủy"),
    SpellingRow("ban tvtu", "Ban Thường vụ Tỉnh ủy"),
    SpellingRow("ban thường vụ tu", "Ban Thường vụ Tỉnh ủy"),
    SpellingRow("btvtu", "Ban Thường vụ Tỉnh ủy"),
    SpellingRow("ubkt tu", "Ủy ban Kiểm tra Tỉnh ủy"),
)

#: Party groups set up inside a State or Front body ("Đảng đoàn Quốc hội", "Ban cán sự đảng
#: Ủy ban nhân dân tỉnh", and since 2025 "Đảng ủy Bộ Nội vụ"), each read with every host of
#: :data:`PARTY_GROUP_HOSTS`.
PARTY_GROUPS: tuple[PartyGroupRow, ...] = (
    PartyGroupRow("Đảng đoàn", "Party Delegation of the {}"),
    PartyGroupRow("Ban cán sự đảng", "Party Civil Affairs Board of the {}"),
    PartyGroupRow("Đảng ủy", "Party Committee of the {}"),
    PartyGroupRow("Đảng bộ", "Party Organisation of the {}"),
)

#: Bodies that host a Party group (canonical names of :data:`ORGANS` or :data:`MINISTRIES`).
PARTY_GROUP_HOSTS: tuple[str, ...] = (
    "Quốc hội",
    "Chính phủ",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Tòa án nhân dân tối cao",
    "Viện Kiểm sát nhân dân tối cao",
    "Kiểm toán Nhà nước",
    "Ngân hàng Nhà nước Việt Nam",
    "Thanh tra Chính phủ",
    "Ủy ban Dân tộc",
    "Văn phòng Chính phủ",
    "Tổng Liên đoàn Lao động Việt Nam",
    "Hội Nông dân Việt Nam",
    "Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Cựu chiến binh Việt Nam",
    "Hội đồng nhân dân tỉnh",
    "Ủy ban nhân dân tỉnh",
    "Hội đồng nhân dân thành phố",
    "Ủy ban nhân dân thành phố",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ủy ban Mặt trận Tổ quốc tỉnh",
    "Hội đồng nhân dân huyện",
    "Ủy ban nhân dân huyện",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
)


#: Ministries before and after 1 March 2025. Each is an organ that issues documents, and its
#: minister issues them in person ("Quyết định … của Bộ trưởng Bộ Nội vụ").
MINISTRIES: tuple[MinistryRow, ...] = (
    MinistryRow("Bộ Quốc phòng", "National Defence", ("quốc phòng",), ("bộ qp",), ("BQP",)),
    MinistryRow("Bộ Công an", "Public Security", ("công an",), (), ("BCA",)),
    MinistryRow("Bộ Ngoại giao", "Foreign Affairs", ("ngoại giao",), (), ("BNG",)),
    MinistryRow("Bộ Nội vụ", "Home Affairs", ("nội vụ",), (), ("BNV",)),
    MinistryRow("Bộ Tư pháp", "Justice", ("tư pháp",), (), ("BTP",)),
    MinistryRow("Bộ Tài chính", "Finance", ("tài chính",), (), ("BTC",)),
    MinistryRow("Bộ Công Thương", "Industry and Trade", ("công thương",), (), ("BCT",)),
    MinistryRow(
        "Bộ Nông nghiệp và Môi trường",
        "Agriculture and Environment",
        ("nông nghiệp và môi trường",),
        (),
        ("BNNMT",),
    ),
    MinistryRow(
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "Agriculture and Rural Development",
        ("nông nghiệp và phát triển nông thôn",),
        (),
        ("BNNPTNT",),
    ),
    MinistryRow("Bộ Xây dựng", "Construction", ("xây dựng",), (), ("BXD",)),
    MinistryRow(
        "Bộ Giao thông vận tải",
        "Transport",
        ("giao thông vận tải", "giao thông - vận tải"),
        ("bộ giao thông - vận tải",),
        ("BGTVT",),
    ),
    # as written: no list expands "GTVT", "GD&ĐT", … (also after "Bộ trưởng": "Bộ trưởng
    # TT&TT" is "Bộ trưởng Bộ TT&TT")
    MinistryRow("Bộ GTVT", "Transport", ("gtvt",)),
    *(
        MinistryRow(f"Bộ {short}", subject, (short.lower(),))
        for subject, names in SHORT_SUBJECTS
        for short in names
    ),
    MinistryRow(
        "Bộ Tài nguyên và Môi trường",
        "Natural Resources and Environment",
        ("tài nguyên và môi trường",),
        (),
        ("BTNMT",),
    ),
    MinistryRow(
        "Bộ Thông tin và Truyền thông",
        "Information and Communications",
        ("thông tin và truyền thông",),
        (),
        ("BTTTT",),
    ),
    MinistryRow(
        "Bộ Lao động - Thương binh và Xã hội",
        "Labour, Invalids and Social Affairs",
        ("lao động - thương binh và xã hội",),
        (),
        ("BLĐTBXH",),
    ),
    # (its fields written with a comma, kept so, as news readers write them)
    MinistryRow(
        "Bộ Lao động, Thương binh và Xã hội",
        "Labour, Invalids and Social Affairs",
        ("lao động, thương binh và xã hội",),
    ),
    MinistryRow(
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Culture, Sports and Tourism",
        ("văn hóa, thể thao và du lịch",),
        (),
        ("BVHTTDL",),
    ),
    MinistryRow(
        "Bộ Khoa học và Công nghệ",
        "Science and Technology",
        ("khoa học và công nghệ",),
        (),
        ("BKHCN",),
    ),
    MinistryRow(
        "Bộ Giáo dục và Đào tạo",
        "Education and Training",
        ("giáo dục và đào tạo",),
        (),
        ("BGDĐT",),
    ),
    MinistryRow("Bộ Y tế", "Health", ("y tế",), (), ("BYT",)),
    MinistryRow(
        "Bộ Kế hoạch và Đầu tư",
        "Planning and Investment",
        ("kế hoạch và đầu tư",),
        (),
        ("BKHĐT",),
    ),
    MinistryRow("Bộ Dân tộc và Tôn giáo", "Ethnic and Religious Affairs", ("dân tộc và tôn giáo",)),
)

#: Abbreviations of organ names that no list expands (the ones the canonical form expands
#: are those of officials' titles and issuers: "BCH", "TW", "HĐND", "UBND", "MTTQ" …): an
#: organ written with one of them is kept as written ("Chính ủy BĐBP tỉnh", "Đoàn TNCS Hồ
#: Chí Minh", "Chủ tịch LĐLĐ tỉnh", "Chủ tịch Hội LHPN tỉnh"), as readers of real articles
#: keep it; lower case, one word each.
ABBREVIATIONS_AS_WRITTEN: tuple[str, ...] = (
    "lđ",
    "bđbp",
    "chqs",
    "qđnd",
    "qđndvn",
    "tncs",
    # the mass organisations' (readers of 120 kept-apart sets keep them in 34 mentions of 36)
    "lđlđ",
    "lđlđvn",
    "lhpn",
    "lhpnvn",
    "ccb",
    "ccbvn",
    "lhtn",
    "ndvn",
    "hnd",
    "hndvn",
)

#: Ways news text writes "Trung ương" inside organ names.
TRUNG_UONG_SPELLINGS: tuple[str, ...] = ("tw", "tư", "t.ư")

#: Ways news text writes "Ban Chấp hành" inside organ names ("BCH Trung ương Hội LHPN").
BAN_CHAP_HANH_SPELLINGS: tuple[str, ...] = ("bch",)

#: Ways news text writes "thành phố" inside organ names ("HĐND TP", "Đoàn đại biểu Quốc
#: hội TP. Hồ Chí Minh").
THANH_PHO_SPELLINGS: tuple[str, ...] = ("tp", "tp.")

#: Ways news text writes "thị xã" inside organ names ("HĐND TX. Giá Rai", "UBND TX Cai Lậy").
THI_XA_SPELLINGS: tuple[str, ...] = ("tx", "tx.")

#: Ways news text writes "phường" and "quận" before the place inside organ names ("HĐND
#: P.Nha Trang", "UBND Q.Bình Thạnh"; the dot is read with the place, as after "TP").
PHUONG_SPELLINGS: tuple[str, ...] = ("p",)
QUAN_SPELLINGS: tuple[str, ...] = ("q",)

#: Ways news text writes "Ủy ban" at the start of a committee's name ("Chủ nhiệm UB Tài
#: chính, Ngân sách", "UB MTTQ tỉnh").
UY_BAN_SPELLINGS: tuple[str, ...] = ("ub ",)

#: Phrases that look like organs but are not: the organisers of an event ("Ban Tổ chức Hội
#: thi"; a Party committee's "Ban Tổ chức" is listed), juries, managing boards, events. A body
#: named in full after its head is not read when its name starts with one of them.
NOT_ORGANS: tuple[str, ...] = (
    "ban tổ chức",
    "ban giám khảo",
    "ban giám đốc",
    "ban giám hiệu",
    "ban lãnh đạo",
    "ban điều hành",
    "ban thường trực",
    "hội nghị",
    "hội thảo",
    "hội diễn",
    "hội chợ",
    "hội báo",
)

#: Bodies whose names are open, written in full after their head ("Ban Chỉ đạo quốc gia
#: phòng, chống dịch COVID-19", "Hội đồng Thi đua - Khen thưởng Trung ương", "Tiểu ban Văn
#: kiện Đại hội XIV", "Vụ Địa phương 1, Văn phòng Trung ương Đảng"): canonical head,
#: English, extra spellings of the head (lower case), whether the head alone refers back to
#: a body named earlier, and what may follow a comma in the name (see :class:`OpenBodyRow`).
#: The name is kept as written.
OPEN_BODIES: tuple[OpenBodyRow, ...] = (
    OpenBodyRow("Ban Chỉ đạo", "Steering Committee", ("bcđ",), True, "topic"),
    OpenBodyRow("Tiểu ban", "Sub-committee", (), True, "topic"),
    OpenBodyRow("Ban soạn thảo", "Drafting Board", (), True, "topic"),
    OpenBodyRow("Hội đồng quản trị", "Board of Directors", ("hđqt",), True),
    OpenBodyRow("Hội đồng thành viên", "Members' Council", ("hđtv",), True),
    OpenBodyRow(
        "Ban Thường vụ Đảng ủy", "Standing Board of the Party Committee", ("btv đảng ủy",), True
    ),
    OpenBodyRow("Thường vụ Đảng ủy", "Standing Board of the Party Committee", (), True),
    OpenBodyRow(
        "Ủy ban Kiểm tra Đảng ủy", "Inspection Commission of the Party Committee", (), True
    ),
    OpenBodyRow("Đảng ủy", "Party Committee", (), True),
    OpenBodyRow("Chi bộ", "Party cell", (), True),
    OpenBodyRow("Hội đồng", "Council", (), True, "topic"),
    OpenBodyRow("Công đoàn", "Trade Union", (), True),
    OpenBodyRow("Đoàn kiểm tra, giám sát", "Inspection and Supervision Team", (), True, "", True),
    OpenBodyRow("Đoàn kiểm tra", "Inspection Team", (), True, "", True),
    OpenBodyRow("Đoàn giám sát", "Supervision Team", (), True, "", True),
    OpenBodyRow("Đoàn công tác", "Working Delegation", (), True, "", True),
    OpenBodyRow("Tổ công tác", "Working Group", (), True, "", True),
    # the Party group of a delegation or a standing body ("Tổ trưởng Tổ Đảng", "… Tổ Đảng
    # Đoàn đại biểu Quốc hội tỉnh")
    OpenBodyRow("Tổ Đảng", "Party Group", (), True),
    OpenBodyRow("Liên hiệp các Hội", "Union of Associations"),
    OpenBodyRow("Liên hiệp", "Union"),
    OpenBodyRow("Liên đoàn", "Federation"),
    OpenBodyRow("Liên minh", "Alliance"),
    # an association's central committee, by its name or by "Hội" alone once the text has
    # named it ("Phó Chủ tịch Trung ương Hội Người cao tuổi Việt Nam", "… Trung ương Hội")
    OpenBodyRow("Trung ương Hội", "Central Committee of the Association", (), True),
    OpenBodyRow("Hội", "Association"),
    OpenBodyRow("Ủy ban", "Committee", (), False, "parent"),
    OpenBodyRow("Ban", "Board", (), False, "parent"),
    OpenBodyRow("Sở", "Department", (), True),
    OpenBodyRow("Trung tâm", "Centre", (), False, "parent"),
    OpenBodyRow("Trường Đại học", "University", ("trường đh",), True, "parent"),
    OpenBodyRow("Trường Cao đẳng", "College", ("trường cđ",), True, "parent"),
    OpenBodyRow("Trường Dự bị Đại học", "Pre-University School"),
    OpenBodyRow("Trường Trung học phổ thông", "High School", ("trường thpt",)),
    OpenBodyRow("Trường Trung học cơ sở", "Secondary School", ("trường thcs",)),
    OpenBodyRow("Trường Tiểu học", "Primary School"),
    OpenBodyRow("Trường Mầm non", "Kindergarten"),
    OpenBodyRow("Trường Sĩ quan", "Officers' School"),
    OpenBodyRow("Trường Chính trị", "School of Politics"),  # "… Tôn Đức Thắng", "… Tô Hiệu"
    OpenBodyRow("Đại học", "University", ("đh",)),  # "Giám đốc ĐH Quốc gia TP.HCM"
    OpenBodyRow("Phòng", "Division", (), False, "parent"),
    OpenBodyRow("Công an", "Police", (), True),
    # the police's investigating bodies, of the ministry's or a province's police
    OpenBodyRow("Cơ quan Cảnh sát điều tra", "Police Investigation Agency", (), True),
    OpenBodyRow("Cơ quan An ninh điều tra", "Security Investigation Agency", (), True),
    OpenBodyRow("Vụ", "Department", (), False, "parent"),
    OpenBodyRow("Tổng cục", "General Department", (), False, "parent"),
    OpenBodyRow("Cục", "Department", (), False, "parent"),
    OpenBodyRow("Chi cục", "Sub-department", (), False, "parent"),
    OpenBodyRow("Viện", "Institute", (), False, "parent"),
    OpenBodyRow("Học viện", "Academy", (), True, "parent"),
    OpenBodyRow("Bệnh viện", "Hospital", (), True, "parent"),
    OpenBodyRow("Nhà trường", "School", (), True),
    # a province's newspaper and broadcaster, merged in 2025 ("Báo và Phát thanh, Truyền
    # hình Phú Thọ")
    OpenBodyRow("Báo và Phát thanh, Truyền hình", "Newspaper and Radio-Television"),
    OpenBodyRow("Báo", "Newspaper"),
    OpenBodyRow("Tạp chí", "Review"),
    OpenBodyRow("Đài", "Station"),
    OpenBodyRow("Tập đoàn", "Group", (), True),
    OpenBodyRow("Tổng công ty", "Corporation", (), True),
    OpenBodyRow("Công ty", "Company", (), True),
    OpenBodyRow("Ngân hàng", "Bank"),
    OpenBodyRow("Cụm thi đua", "Emulation Cluster", (), True, team=True),  # "… số 8"
    OpenBodyRow("Khối thi đua", "Emulation Bloc", (), True),
)

#: Heads read only after a role that contains them ("Trưởng phòng Tổ chức cán bộ", "Trưởng
#: Công an huyện"): after any other role they are words of another name ("Phó Trưởng Ban
#: Phòng, chống …").
OPEN_HEADS_IN_ROLES_ONLY: tuple[str, ...] = ("Phòng", "Công an")

#: Boards of an enterprise: "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X" is the chairman of
#: the board of Công ty X.
ENTERPRISE_BOARDS: tuple[str, ...] = ("Hội đồng quản trị", "Hội đồng thành viên")

#: Compounds written with a dash, which an open body's name keeps whole ("Ban Chỉ đạo Đại
#: hội các tổ chức chính trị - xã hội tỉnh"): after any other dash a lower-case word ends
#: the name.
DASHED_COMPOUNDS: tuple[tuple[str, str], ...] = (
    ("chính trị", "xã hội"),
    ("kinh tế", "xã hội"),
    ("văn hóa", "xã hội"),
    ("quốc phòng", "an ninh"),
)

#: Lower-case words that may open the name of an open body whose head may stand alone
#: ("Ban Chỉ đạo quốc gia …", "Ban Chỉ đạo phòng, chống …"); any other lower-case word
#: after the head ends the title at the head ("Trưởng Tiểu ban nhấn mạnh").
OPEN_NAME_STARTS: tuple[str, ...] = (
    "quốc gia",
    "trung ương",
    "tw",
    "về",
    "phòng",
    "thi đua",
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    # the level of the body, as written ("Ban Chỉ đạo cấp tỉnh về …")
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "cấp cơ sở",
    "bầu cử",
    "công ty",
    "tổng công ty",
    "tập đoàn",
    "ngân hàng",
    "thực hiện",
    "triển khai",
    "xây dựng",
    "chương trình",
    "cải cách",
    "phát triển",
    "chuyển đổi",
    "liên ngành",
    "giáo dục",
    "khoa học",
    "thẩm định",
    "tuyển dụng",
    "tổng kết",  # "Ban Chỉ đạo tổng kết 15 năm thực hiện Nghị quyết 26 …"
    "sơ kết",
    "kỷ luật",
    "nghiệm thu",
    "nhà nước",
    "các",
    "văn kiện",
    "nhân sự",
    "điều lệ",
    "tổ chức phục vụ",
    "tuyên truyền",
    "lễ tân",
    "hậu cần",
    "bảo vệ",
    "an ninh",
    "an toàn",
    "thi hành",
    "đổi mới",
    "giảm nghèo",
    "xóa",
    "tuyển sinh",
    "công tác",
    "điều hành",
    "thôn",
    "bản",
    "ấp",
    "xóm",
    "buôn",
    "làng",
    "tổ dân phố",
    "khu phố",
    "khối phố",
    "khu dân cư",
    "cơ quan",
    "diễn tập",
    "viên chức",  # "Chủ tịch công đoàn viên chức tỉnh"
    "văn phòng",  # "Chủ tịch Công đoàn văn phòng UBND tỉnh"
    "nhà trường",  # a school's own bodies: "Bí thư Đảng ủy nhà trường"
    "trường",  # "Chủ tịch Hội đồng trường"
)

#: Words that end an open body's name: the verbs and clause words that follow a title.
OPEN_NAME_STOPS: tuple[str, ...] = (
    "một lần nữa",  # "Bí thư Đảng ủy cơ quan một lần nữa khẳng định"
    "đồng chí",  # "Chủ tịch Công đoàn cơ quan và đồng chí …": the next person
    "đ/c",
    "đắc cử",
    "trúng cử",
    "bầu",
    "trực tiếp",
    "chủ trì",
    "đồng chủ trì",
    "phát biểu",
    "nhấn mạnh",
    "cho biết",
    "cho rằng",
    "khẳng định",
    "yêu cầu",
    "đề nghị",
    "đề xuất",
    "dự",
    "tham dự",
    "đã",
    "đang",
    "sẽ",
    "vừa",
    "cũng",
    "cùng",
    "tại",
    "trao",
    "ký",
    "kiểm tra",
    "thăm",
    "tiếp",
    "chúc mừng",
    "nêu",
    "nói",
    "báo cáo",
    "trình bày",
    "thông tin",
    "thông báo",
    "giới thiệu",
    "kết luận",
    "điều hành",
    "là",
    "gồm",  # "Các Phó Chủ tịch Hội gồm: A, B": the list of its holders
    "gồm có",
    "được",
    "bị",
    "có",
    "gửi",
    "tặng",
    "chia sẻ",
    "đánh giá",
    "ghi nhận",
    "lưu ý",
    "quán triệt",
    "nhận định",
    "phân tích",
    "thay mặt",
    "khai mạc",
    "bế mạc",
    "hướng dẫn",
    "công bố",
    "đọc",
    "trả lời",
    "giải trình",
    "cảm ơn",
    "biểu dương",
    "động viên",
    "làm việc",
    "đến",
    "đi",
    "đồng thời",
    "kiêm",
    "khi",
    "trong",
    "theo",
    "sau",
    "trước",
    "nhằm",
    "để",
    "với",
    "như",
    "thì",
    "mà",
    "do",
    "vì",
    "này",
    "đó",
    "nay",
    "ông",
    "bà",
    "đồng chí",
    "các đồng chí",
    "các thành viên",
    "lại",
    "mới",
    "vẫn",
    "luôn",
    "chỉ rõ",
    "chỉ đạo",
    "phụ trách",
    "ra",
    "vào",
    "lên",
    "từng",
    "hiện",
    "nhiệm kỳ",
    "năm",
    "ngày",
    "tham gia",
    "tham luận",
    "trình",
    "gợi mở",
    "phát động",
    "mong muốn",
    "bày tỏ",
    "trao đổi",
    "thảo luận",
    "tiếp thu",
    "ủng hộ",
    "chúc",
    "làm",
    "giữ",
    "nhận",
    "cắt băng",
    "bấm nút",
    "phát lệnh",
    "khánh thành",
    "dâng hương",
    "viếng",
    "chứng kiến",
    "tham quan",
    "khảo sát",
    "đối thoại",
    "tiếp xúc",
    "gặp",
    "gặp gỡ",
    "hội kiến",
    "hội đàm",
    "đón",
    "tiễn",
    "nhắc",
    "đề cập",
    "cho hay",
    "chỉ thị",
    "quyết định",
    "ban hành",
    "tuyên bố",
    "kêu gọi",
    "kiến nghị",
    "khen ngợi",
    "xin",
    "mời",
    "tổng kết",
    "cũng như",
    "nhưng",
    "song",
    "hay",
    "hoặc",
    "từ",
    "qua",
    "tới",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "hôm",
    "dẫn đầu",
    "làm trưởng đoàn",
    "chủ tọa",
    "điều khiển",
    "đại diện",
    "thuộc",
    "tặng quà",
    "trao tặng",
    "giao",
    "phân công",
    "đề ra",
    "chỉ ra",
    "lắng nghe",
    "ký kết",
    "phê duyệt",
    "thông qua",
    "chấp thuận",
    "cám ơn",
    "chủ động",
    "tích cực",
)

#: Heads of schools named after a person: the person's name is the school's, the last
#: words of its name ("Hiệu trưởng Trường Chính trị Tôn Đức Thắng", "Trường THPT Nguyễn
#: Đình Chiểu"), not the name of the person who holds the title.
NAMESAKE_HEADS: tuple[str, ...] = (
    "Trường Chính trị",
    "Trường Đại học",
    "Trường Cao đẳng",
    "Trường Trung học phổ thông",
    "Trường Trung học cơ sở",
    "Trường Tiểu học",
    "Trường Mầm non",
)

#: Nouns that start with a word of ``OPEN_NAME_STOPS`` ("dự" attends, "dự án" is a project):
#: they go on in a name ("Ban Quản lý dự án …").
OPEN_NAME_NOUNS: tuple[str, ...] = (
    "công trình",
    "chương trình",
    "quá trình",
    "lộ trình",
    "tiến trình",
    "giáo trình",
    "giao thông",
    "giao dịch",
    "dự án",
    "dự toán",
    "dự báo",
    "dự trữ",
    "dự phòng",
    "dự thảo",
    "sau đại học",
    "trong nước",
    "bầu cử",
    "thông tin đối ngoại",  # "Ban Chỉ đạo công tác thông tin đối ngoại"
    "thông tin cơ sở",
    "thực hiện",  # "Ban Chỉ đạo tổng kết 20 năm thực hiện Nghị quyết …"
    "đổi mới",  # "Ban Đổi mới doanh nghiệp"
    "sáng tạo",  # "… đổi mới sáng tạo": not the morning
)

#: Documents an open body's name may cite ("Ban Chỉ đạo tổng kết thực hiện Nghị quyết Trung
#: ương 3 khóa X"): a term after the document's number or plenum is the document's.
OPEN_NAME_DOCUMENTS: tuple[str, ...] = ("nghị quyết", "chỉ thị", "kết luận", "quy định")

#: Bodies of the National Assembly whose name may go on with "(của) Quốc hội" ("Chủ nhiệm Ủy
#: ban Văn hóa và Xã hội của Quốc hội", "… Ủy ban Kinh tế Quốc hội"): the title keeps it as
#: written, the body's canonical name then ends with it.
OF_THE_NATIONAL_ASSEMBLY: tuple[str, ...] = (
    "Hội đồng Dân tộc",
    "Ủy ban Pháp luật và Tư pháp",
    "Ủy ban Kinh tế và Tài chính",
    "Ủy ban Quốc phòng, An ninh và Đối ngoại",
    "Ủy ban Văn hóa và Xã hội",
    "Ủy ban Khoa học, Công nghệ và Môi trường",
    "Ủy ban Công tác đại biểu",
    "Ủy ban Pháp luật",
    "Ủy ban Tư pháp",
    "Ủy ban Kinh tế",
    "Ủy ban Tài chính, Ngân sách",
    "Ủy ban Quốc phòng và An ninh",
    "Ủy ban Văn hóa, Giáo dục",
    "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",
    "Ủy ban Xã hội",
    "Ủy ban Đối ngoại",
    "Ban Dân nguyện",
    "Ban Công tác đại biểu",  # (of the Standing Committee since 2015, written so too)
)

#: Bodies of the National Assembly's Standing Committee whose name may go on with "của" or
#: "thuộc" and the Standing Committee ("Trưởng Ban Dân nguyện của Ủy ban Thường vụ Quốc
#: hội"): the title keeps it as written, as for :data:`OF_THE_NATIONAL_ASSEMBLY`.
OF_THE_STANDING_COMMITTEE: tuple[str, ...] = ("Ban Dân nguyện", "Ban Công tác đại biểu")

#: Abbreviations typed without the stroke of "đ" ("Chủ tịch HDND tỉnh", as "UBND" has none)
#: or with one too many ("HĐNĐ"):
#: the spelling typed → the spelling of the vocabulary it stands for, read in titles wherever
#: the vocabulary's spelling is.
MARKLESS_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("hdnd", "hđnd"),
    ("dbqh", "đbqh"),
    ("hdqt", "hđqt"),
    ("hdtv", "hđtv"),
    ("hđnđ", "hđnd"),  # a stroke too many, as real pages print it
)

#: Abbreviations expanded inside an open body's name when written in capitals ("Hội đồng
#: Thi đua - Khen thưởng TW" is "… Trung ương"): lower-case spelling → canonical words.
OPEN_NAME_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("tw", "Trung ương"),
    ("tư", "Trung ương"),
    ("t.ư", "Trung ương"),
    ("t.w", "Trung ương"),
    ("ubnd", "Ủy ban nhân dân"),
    ("hđnd", "Hội đồng nhân dân"),
    ("hdnd", "Hội đồng nhân dân"),
    ("mttq", "Mặt trận Tổ quốc"),
    ("ubmttq", "Ủy ban Mặt trận Tổ quốc"),
    ("mttqvn", "Mặt trận Tổ quốc Việt Nam"),
    ("bch", "Ban Chấp hành"),
    ("btv", "Ban Thường vụ"),
    ("đbqh", "đại biểu Quốc hội"),
    ("ptnt", "Phát triển nông thôn"),
    ("kcn", "Khu công nghiệp"),
    # the topics of steering committees (written out by readers of 4 sets of 5)
    ("cđs", "chuyển đổi số"),
    ("ntm", "nông thôn mới"),
    ("tphcm", "Thành phố Hồ Chí Minh"),
    ("tp.hcm", "Thành phố Hồ Chí Minh"),
    ("hcm", "Hồ Chí Minh"),
    ("tp", "Thành phố"),  # "… tiêu cực TP HCM", "… TP Vinh"
    ("tp.", "Thành phố"),
)
