"""Roles in a title: canonical Vietnamese, English, spellings read (lower case).

English renderings follow Vietnamese state media (VNA, VNS, the Party's English
site). Where media vary, one is chosen: "Head" for Trưởng Ban, "Chairman" for
Chủ tịch and Chủ nhiệm, "Standing" for Thường trực.
"""

from __future__ import annotations

from typing import NamedTuple

#: The words of the localities, as ``organs.LOCALITY_LEVELS`` writes them (the vocabulary
#: modules import nothing from each other; a test keeps the two alike).
_LOCALITY_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường")


class RoleRow(NamedTuple):
    """A role held in an organ ("Bí thư" of "Tỉnh ủy"), with its English ("Secretary") and
    its further spellings and abbreviations (lower case; the longest spelling wins).

    ``bare``: a title on its own right before a name ("Bộ trưởng Lê Vĩnh Tân") or at the
    end of a title chain, the organ left out ("Ủy viên" and "Thường trực" are not: alone
    they name no office; "Trợ lý" and "Thư ký" are, on a leader's staff; so is "Chính ủy",
    as in "A, Chính ủy, Bí thư Đảng ủy Quân khu 7").
    ``party_secretary``: joined by "kiêm" to the next role, it shares only a Party organ
    ("Bí thư kiêm Chủ tịch …"; the other roles share only a non-Party organ). ``implies``:
    the organ the role implies when the text leaves it out ("Thủ tướng": "Chính phủ").
    """

    name: str
    english: str
    spellings: tuple[str, ...] = ()
    bare: bool = False
    party_secretary: bool = False
    implies: str = ""


class RoleOnlyRow(NamedTuple):
    """A title that is a role alone, no organ written or implied ("Chủ tịch nước"); ``issues``
    when its holder issues documents of ``system`` ("Quyết định … của Chủ tịch nước")."""

    name: str
    english: str
    spellings: tuple[str, ...] = ()
    issues: bool = False
    system: str = "STATE"


class HeadRoleRow(NamedTuple):
    """A role that contains the head of the body it leads ("Trưởng Tiểu ban" of a "Tiểu
    ban"; the head is one of ``OPEN_BODIES`` in ``src/vn_party_docs/_vocab/organs.py``), or
    that is written with the head's initials (lower case in ``spellings``: "Trưởng BCĐ" is
    the "Trưởng Ban" of a "Ban Chỉ đạo")."""

    name: str
    english: str
    head: str
    spellings: tuple[str, ...] = ()


class FusedTitleRow(NamedTuple):
    """A title written as one word or abbreviation: "Tỉnh ủy viên", "UVTW" (lower case in
    ``spellings``) are "Ủy viên" of "Ban Chấp hành Đảng bộ tỉnh", "Ban Chấp hành Trung ương
    Đảng" (``organ`` is the organ's name inside a title)."""

    role: str
    organ: str
    spellings: tuple[str, ...]


#: Roles held in an organ, longest spellings first among equals.
ROLES: tuple[RoleRow, ...] = (
    RoleRow("Tổng Bí thư", "General Secretary", ("tbt",)),
    RoleRow("Ủy viên dự khuyết", "alternate member", ("uv dự khuyết",)),
    RoleRow("Ủy viên Thường trực", "standing member", ("uv thường trực", "uvtt"), bare=True),
    RoleRow("Ủy viên chuyên trách", "full-time member", ("uv chuyên trách",)),
    RoleRow("Ủy viên", "member", ("uv", "uv.")),
    RoleRow(
        "Phó Bí thư Thường trực chuyên trách",
        "Standing full-time Deputy Secretary",
        ("phó bí thư thường trục chuyên trách",),
        party_secretary=True,
    ),
    RoleRow(
        "Phó Bí thư Thường trực",
        "Standing Deputy Secretary",
        (
            "phó bí thư thường trục",
            "phó bí thư tt",
            "pbt thường trực",
            "pbt tt",
            "pbttt",
            "phó bí thường trực",  # (a page's typo, "thư" left out)
        ),
        bare=True,
        party_secretary=True,
    ),
    RoleRow("Phó Bí thư chuyên trách", "Full-time Deputy Secretary", (), party_secretary=True),
    # in charge of a committee without its secretary ("Phó Bí thư phụ trách Đảng ủy Học viện")
    RoleRow("Phó Bí thư phụ trách", "Deputy Secretary in charge", (), party_secretary=True),
    # ("Phó Bí Thành ủy": a page's typo, "thư" left out)
    RoleRow(
        "Phó Bí thư", "Deputy Secretary", ("pbt", "pbt.", "phó bí"), bare=True, party_secretary=True
    ),
    RoleRow("Bí thư thứ nhất", "First Secretary", (), party_secretary=True),
    RoleRow("Bí thư Thường trực", "Standing Secretary", (), party_secretary=True),
    RoleRow("Bí thư", "Secretary", ("bt",), bare=True, party_secretary=True),
    RoleRow("Thường trực", "Permanent member"),
    # "Thành viên Thường trực Ban Bí thư" (the Secretariat's standing member, 2018-2021)
    RoleRow("Thành viên Thường trực", "Standing member"),
    RoleRow(
        "Phó Trưởng Ban Thường trực",
        "Standing Deputy Head",
        ("phó trưởng ban thường trục", "phó trưởng thường trực ban", "phó ban thường trực"),
        bare=True,
    ),
    # in charge of a board without its head ("Phó Trưởng Ban phụ trách Ban Dân vận Huyện ủy")
    RoleRow("Phó Trưởng Ban phụ trách", "Deputy Head in charge"),
    RoleRow("Phó Trưởng Ban", "Deputy Head", ("phó ban",), bare=True),
    RoleRow("Trưởng Ban", "Head", (), bare=True),
    RoleRow("Phó Chủ nhiệm Thường trực", "Standing Deputy Chairman", (), bare=True),
    RoleRow("Phó Chủ nhiệm", "Deputy Chairman", (), bare=True),
    RoleRow("Chủ nhiệm", "Chairman", (), bare=True),
    RoleRow("Phó Chánh Văn phòng Thường trực", "Standing Deputy Chief"),
    RoleRow("Phó Chánh Văn phòng", "Deputy Chief"),
    RoleRow("Chánh Văn phòng", "Chief", (), bare=True),
    RoleRow(
        "Phó Chủ tịch Thường trực",
        "Standing Vice Chairman",
        ("pct thường trực", "phó chủ tịch tt", "pct tt"),
        bare=True,
    ),
    RoleRow("Phó Chủ tịch thứ nhất", "First Vice Chairman"),
    RoleRow("Phó Chủ tịch chuyên trách", "Full-time Vice Chairman"),
    # in charge of a body without its head ("Phó Chủ tịch phụ trách HĐND tỉnh")
    RoleRow("Phó Chủ tịch phụ trách", "Vice Chairman in charge"),
    RoleRow("Phó Chủ tịch không chuyên trách", "Part-time Vice Chairman"),
    RoleRow("Phó Chủ tịch", "Vice Chairman", ("pct", "pct.", "phó ct"), bare=True),
    RoleRow("Chủ tịch", "Chairman", ("ct", "ct."), bare=True),
    RoleRow("Phó Thủ tướng Thường trực", "Standing Deputy Prime Minister", (), implies="Chính phủ"),
    RoleRow("Phó Thủ tướng", "Deputy Prime Minister", (), implies="Chính phủ"),
    RoleRow("Thủ tướng", "Prime Minister", (), implies="Chính phủ"),
    RoleRow("Bộ trưởng", "Minister", (), bare=True),
    RoleRow("Thứ trưởng Thường trực", "Standing Deputy Minister", (), bare=True),
    RoleRow("Thứ trưởng", "Deputy Minister", (), bare=True),
    RoleRow("Phó Tổng Thư ký", "Deputy Secretary-General"),
    RoleRow("Tổng Thư ký", "Secretary-General", (), bare=True),
    RoleRow("Phó Giám đốc Thường trực", "Standing Deputy Director", (), bare=True),
    # in charge of a department without its director ("Phó Giám đốc phụ trách Sở …")
    RoleRow("Phó Giám đốc phụ trách", "Deputy Director in charge"),
    RoleRow("Phó Giám đốc", "Deputy Director", (), bare=True),
    RoleRow("Giám đốc", "Director", (), bare=True),
    RoleRow("Phó Trưởng phòng", "Deputy Head"),
    RoleRow("Trưởng phòng", "Head"),
    RoleRow("Phó Chánh án Thường trực", "Standing Deputy Chief Justice"),
    RoleRow("Phó Chánh án", "Deputy Chief Justice"),
    RoleRow("Chánh án", "Chief Justice", (), bare=True),
    RoleRow("Thẩm phán", "Judge"),
    RoleRow("Phó Viện trưởng Thường trực", "Standing Deputy Director"),
    RoleRow("Phó Viện trưởng", "Deputy Director", (), bare=True),
    RoleRow("Viện trưởng", "Director", (), bare=True),
    RoleRow("Phó Thống đốc Thường trực", "Standing Deputy Governor", (), bare=True),
    RoleRow("Phó Thống đốc", "Deputy Governor", (), bare=True),
    RoleRow("Thống đốc", "Governor", (), bare=True),
    RoleRow("Phó Trưởng Đoàn chuyên trách phụ trách", "Full-time Deputy Head in charge"),
    RoleRow("Phó Trưởng Đoàn chuyên trách", "Full-time Deputy Head"),
    RoleRow("Phó Trưởng Đoàn phụ trách", "Deputy Head in charge", ("phó trưởng đoàn, phụ trách",)),
    RoleRow("Phó Trưởng Đoàn", "Deputy Head"),
    RoleRow("Trưởng Đoàn", "Head"),
    # the head of an emulation cluster and a deputy ("Cụm trưởng Cụm thi đua số 8")
    RoleRow("Cụm trưởng", "Cluster Head", (), bare=True),
    RoleRow("Cụm phó", "Deputy Cluster Head", (), bare=True),
    RoleRow("Phó Vụ trưởng", "Deputy Director", (), bare=True),
    # the deputy as news often names him, kept as written ("Vụ phó Vụ 2, Ban Tổ chức Trung
    # ương"), as "Cụm phó" and "Tổ phó" are
    RoleRow("Vụ phó", "Deputy Director", (), bare=True),
    RoleRow("Vụ trưởng", "Director", (), bare=True),
    RoleRow("Phó Tổng cục trưởng", "Deputy Director General", (), bare=True),
    RoleRow("Tổng cục trưởng", "Director General", (), bare=True),
    RoleRow("Phó Chi cục trưởng", "Deputy Head of Sub-department"),
    RoleRow("Chi cục trưởng", "Head of Sub-department"),
    RoleRow("Phó Cục trưởng", "Deputy Director", (), bare=True),
    RoleRow("Cục trưởng", "Director", (), bare=True),
    RoleRow(
        "Phó Tổng Giám đốc Thường trực",
        "Standing Deputy General Director",
        ("phó tgđ thường trực",),
    ),
    RoleRow("Phó Tổng Giám đốc", "Deputy General Director", ("phó tgđ",), bare=True),
    RoleRow("Tổng Giám đốc", "General Director", ("tgđ",), bare=True),
    RoleRow("Phó Tổng Biên tập Thường trực", "Standing Deputy Editor-in-Chief", (), bare=True),
    RoleRow("Phó Tổng Biên tập", "Deputy Editor-in-Chief", (), bare=True),
    RoleRow("Tổng Biên tập", "Editor-in-Chief", (), bare=True),
    RoleRow("Phó Chỉ huy trưởng", "Deputy Commander", (), bare=True),
    RoleRow("Chỉ huy trưởng", "Commander", (), bare=True),
    RoleRow("Phó Chính ủy", "Deputy Political Commissar", bare=True),
    RoleRow("Chính ủy", "Political Commissar", bare=True),
    RoleRow("Phó Tổng Tham mưu trưởng", "Deputy Chief of the General Staff", (), bare=True),
    RoleRow("Tổng Tham mưu trưởng", "Chief of the General Staff", (), bare=True),
    RoleRow("Phó Chủ nhiệm Chính trị", "Deputy Director of Politics", (), bare=True),
    RoleRow("Chủ nhiệm Chính trị", "Director of Politics", (), bare=True),
    RoleRow("Phó Tham mưu trưởng", "Deputy Chief of Staff"),
    RoleRow("Tham mưu trưởng", "Chief of Staff"),
    RoleRow("Phó Tư lệnh", "Deputy Commander", (), bare=True),
    RoleRow("Tư lệnh", "Commander", (), bare=True),
    RoleRow("Phó Chánh Thanh tra", "Deputy Chief Inspector"),
    RoleRow("Chánh Thanh tra", "Chief Inspector"),
    # a deputy in charge of a school without its head ("Phó Hiệu trưởng phụ trách Trường …")
    RoleRow("Phó Hiệu trưởng phụ trách", "Vice Rector in charge"),
    RoleRow("Phó Hiệu trưởng", "Vice Rector", (), bare=True),
    RoleRow("Hiệu trưởng", "Rector", (), bare=True),
    RoleRow("Tổ phó", "Deputy Head"),
    RoleRow("Tổ trưởng", "Head"),
    # a leader's staff: "ông X, Trợ lý", "ông Y, Vụ trưởng, Thư ký" (of the leader named around)
    RoleRow("Trợ lý", "Assistant", (), bare=True),
    RoleRow("Thư ký", "Secretary", (), bare=True),
)

#: How "Trung ương" (the Central Committee) is written inside a fused title.
_CENTRAL = ("trung ương", "tw", "t.ư", "tư")


#: Whole titles written as one word or abbreviation, one row a title.
def _executive_members(committee: str) -> tuple[str, ...]:
    """A member of a committee named by its executive: "ủy viên bch tỉnh ủy"."""
    return tuple(f"ủy viên {executive} {committee}" for executive in ("bch", "ban chấp hành"))


FUSED_TITLES: tuple[FusedTitleRow, ...] = (
    FusedTitleRow(
        "Ủy viên",
        "Ban Chấp hành Trung ương Đảng",
        (
            *(f"ủy viên {tw} đảng" for tw in (*_CENTRAL, "bchtw", "bchtư", "bch tw")),
            *(f"uv{tw} đảng" for tw in ("tw", "t.ư", "tư", " tw", " t.ư", " tư", " trung ương")),
            *(
                f"uvbch{tw}{party}"
                for tw in ("tw", "tư", " tw", " tư", " trung ương")
                for party in ("", " đảng")
            ),
            "ủy viên trung ương",
            "uvtw",
            "uvt.ư",
            "uvtư",
            "uv tw",
            "uv tư",
        ),
    ),
    FusedTitleRow(
        "Ủy viên dự khuyết",
        "Ban Chấp hành Trung ương Đảng",
        (
            *(f"ủy viên dự khuyết {tw} đảng" for tw in _CENTRAL),
            "ủy viên dự khuyết trung ương",
            "uv dự khuyết tw",
            # "dự khuyết Trung ương" shortened: "Ủy viên DKTW Đảng"
            "ủy viên dktw đảng",
            "ủy viên dktw",
        ),
    ),
    FusedTitleRow(
        "Bí thư",
        "Trung ương Đảng",
        tuple(f"bí thư {tw} đảng" for tw in _CENTRAL),
    ),
    # also written as a member of the committee named by its short name: "Ủy viên Tỉnh ủy"
    # (and as its executive's member: "Ủy viên BCH Tỉnh ủy", "Ủy viên Ban Chấp hành Tỉnh ủy")
    FusedTitleRow(
        "Ủy viên",
        "Ban Chấp hành Đảng bộ tỉnh",
        ("tỉnh ủy viên", "tuv", "ủy viên tỉnh ủy", *_executive_members("tỉnh ủy")),
    ),
    FusedTitleRow(
        "Ủy viên",
        "Ban Chấp hành Đảng bộ thành phố",
        ("thành ủy viên", "thuv", "ủy viên thành ủy", *_executive_members("thành ủy")),
    ),
    FusedTitleRow(
        "Ủy viên",
        "Ban Chấp hành Đảng bộ huyện",
        ("huyện ủy viên", "huv", "ủy viên huyện ủy", *_executive_members("huyện ủy")),
    ),
    FusedTitleRow(
        "Ủy viên",
        "Ban Chấp hành Đảng bộ quận",
        ("quận ủy viên", "quv", "ủy viên quận ủy", *_executive_members("quận ủy")),
    ),
    FusedTitleRow(
        "Ủy viên",
        "Ban Chấp hành Đảng bộ thị xã",
        ("thị ủy viên", "ủy viên thị ủy", *_executive_members("thị ủy")),
    ),
    FusedTitleRow("Ủy viên", "Ban Chấp hành Đảng bộ", ("đảng ủy viên", "đuv")),
    # the Central Military Commission's standing board named without "Ủy viên" ("Lương
    # Cường, Thường vụ Quân ủy Trung ương, Chủ nhiệm …")
    FusedTitleRow(
        "Ủy viên",
        "Thường vụ Quân ủy Trung ương",
        ("thường vụ quân ủy trung ương", "thường vụ quân ủy tw"),
    ),
    # "TVTU" (Thường vụ Tỉnh ủy) as a person's title: a member of the standing board
    FusedTitleRow(
        "Ủy viên", "Ban Thường vụ Tỉnh ủy", ("ủy viên tvtu", "uv tvtu", "uv btv tỉnh ủy")
    ),
    # … glued to the committee's letters: "UVBTVHU", "TVTU"
    *(
        FusedTitleRow(
            "Ủy viên",
            f"Ban Thường vụ {committee}",
            tuple(f"{member}{letters}" for member in ("uvbtv", "uvtv", "tv")),
        )
        for committee, letters in (("Tỉnh ủy", "tu"), ("Huyện ủy", "hu"), ("Quận ủy", "qu"))
    ),
    *(
        FusedTitleRow(
            "Ủy viên",
            f"Ban Thường vụ {committee}",
            tuple(f"{spelling} {committee.lower()}" for spelling in ("uvtv", "uvbtv", "uv.btv")),
        )
        for committee in ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")
    ),
    # … and with no committee written ("Nguyễn Văn A - UVBTV, Phó Chủ tịch HĐND huyện")
    FusedTitleRow("Ủy viên", "Ban Thường vụ", ("uvtv", "uvbtv", "uv.btv")),
    # the staff of a leader: "Trợ lý Tổng Bí thư", "Thư ký Chủ tịch nước"
    *(
        FusedTitleRow(
            staff,
            leader,
            tuple(f"{staff.lower()} {spelling}" for spelling in (leader.lower(), *spellings)),
        )
        for staff in ("Trợ lý", "Thư ký")
        for leader, spellings in (
            ("Thủ tướng Chính phủ", ("thủ tướng",)),
            ("Tổng Bí thư", ()),
            ("Chủ tịch nước", ()),
            ("Chủ tịch Quốc hội", ()),
        )
    ),
    FusedTitleRow("Đại biểu", "Quốc hội", ("đbqh", "đại biểu quốc hội")),
    # a People's Council's deputies at each level ("Đại biểu HĐND huyện")
    *(
        FusedTitleRow(
            "Đại biểu",
            f"Hội đồng nhân dân {level}",
            (f"đại biểu hội đồng nhân dân {level}", f"đại biểu hđnd {level}"),
        )
        for level in _LOCALITY_WORDS
    ),
)

#: Titles that are a role alone: no organ is written or implied.
ROLE_ONLY: tuple[RoleOnlyRow, ...] = (
    RoleOnlyRow(
        "Tổng Bí thư",
        "Party General Secretary",
        ("tbt", "tổng bí thư đảng", "tổng bí thư đảng cộng sản việt nam"),
    ),
    RoleOnlyRow("Chủ tịch nước", "State President", ("chủ tịch nước",), issues=True),
    RoleOnlyRow("Phó Chủ tịch nước", "Vice State President", ("phó chủ tịch nước",)),
    # with the State's name, kept as readers keep it (7 of 7 mentions; the National
    # Assembly's Chairman 2 of 2), "CHXHCN" written out
    *(
        RoleOnlyRow(
            f"{role} Cộng hòa xã hội chủ nghĩa Việt Nam",
            f"{english} of the Socialist Republic of Vietnam",
            (f"{role.lower()} chxhcn việt nam", f"{role.lower()} cộng hòa xhcn việt nam"),
            issues=issues,
        )
        for role, english, issues in (
            ("Chủ tịch nước", "President", True),
            ("Phó Chủ tịch nước", "Vice President", False),
            ("Chủ tịch Quốc hội nước", "Chairman of the National Assembly", False),
            ("Phó Chủ tịch Quốc hội nước", "Vice Chairman of the National Assembly", False),
        )
    ),
    RoleOnlyRow("Tổng Thanh tra Chính phủ", "Government Inspector General", (), issues=True),
    RoleOnlyRow("Phó Tổng Thanh tra Chính phủ", "Deputy Government Inspector General"),
    RoleOnlyRow("Tổng Kiểm toán Nhà nước", "State Auditor General", (), issues=True),
    RoleOnlyRow("Phó Tổng Kiểm toán Nhà nước", "Deputy State Auditor General"),
)

#: Roles held together as one post: written bare before the second and a comma, the first
#: takes the second's organ ("Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam" is
#: the Vice Chairman and the Secretary-General of that committee), as after "kiêm".
PAIRED_ROLES: tuple[tuple[str, str], ...] = (("Phó Chủ tịch", "Tổng Thư ký"),)

#: Roles that contain the head of the body they lead ("Trưởng Tiểu ban" + "Tiểu ban Văn
#: kiện" is "Trưởng Tiểu ban Văn kiện"): canonical role, English, head (an OPEN_BODIES head).
HEAD_ROLES: tuple[HeadRoleRow, ...] = (
    HeadRoleRow("Phó Trưởng Tiểu ban", "Deputy Head", "Tiểu ban"),
    HeadRoleRow("Trưởng Tiểu ban", "Head", "Tiểu ban"),
    HeadRoleRow("Phó Trưởng phòng", "Deputy Head", "Phòng"),
    HeadRoleRow("Trưởng phòng", "Head", "Phòng"),
    HeadRoleRow("Phó Trưởng Công an", "Deputy Chief", "Công an"),
    HeadRoleRow("Trưởng Công an", "Chief", "Công an"),
    # a steering committee's initials after the role ("Phó Trưởng BCĐ", "Trưởng BCĐ 35 tỉnh")
    HeadRoleRow(
        "Phó Trưởng Ban Thường trực",
        "Standing Deputy Head",
        "Ban Chỉ đạo",
        ("phó trưởng bcđ thường trực", "phó trưởng thường trực bcđ"),
    ),
    HeadRoleRow("Phó Trưởng Ban", "Deputy Head", "Ban Chỉ đạo", ("phó trưởng bcđ",)),
    HeadRoleRow("Trưởng Ban", "Head", "Ban Chỉ đạo", ("trưởng bcđ",)),
)

#: Bodies whose members are "Ủy viên" of them, named before a list of their members: "các
#: đồng chí trong Ban Thường vụ Tỉnh ủy: A, Phó Chủ tịch UBND tỉnh; B, …" (lower case).
MEMBER_BODIES: tuple[str, ...] = (
    "ban thường vụ",
    "ban chấp hành",
    "bch",
    "btv",
    "bộ chính trị",
    "ủy ban thường vụ quốc hội",
)

#: Words before a personal name, or before a title and a name, that make them the name of a
#: street, a school, a place or a prize ("đường Võ Văn Kiệt", "Trường THPT Lê Quý Đôn",
#: "mang tên Thủ tướng Phạm Văn Đồng"): no person is named there, and the title after it
#: is another person's (lower case). Not "cầu" (a bridge): "yêu cầu Bộ trưởng …" asks a
#: person.
NAMESAKE_NOUNS: tuple[str, ...] = (
    "đường",
    "tuyến đường",
    "phố",
    "đại lộ",
    "ngõ",
    "hẻm",
    "quảng trường",
    "công viên",
    "trường",
    "thpt",
    "thcs",
    "ptth",
    "tượng",
    "tượng đài",
    "lăng",
    "đền",
    "đền thờ",
    "nhà lưu niệm",
    "khu lưu niệm",
    "khu di tích",
    "di tích",
    "bảo tàng",
    "giải thưởng",
    "tàu",
    "mang tên",
    "đặt tên",
)

#: Words before a namesake noun that make another word of it: "thành phố" is a city, not a
#: street ("Chủ tịch UBND thành phố Lê Văn An" names a person), "môi trường" the
#: environment, not a school ("Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà").
NAMESAKE_NOUN_BREAKERS: tuple[str, ...] = ("thành", "môi", "thị", "hiện", "nhà")

#: Where a photo caption places a person, in parentheses between the name and the titles
#: ("A (bên phải) - Phó Chủ tịch …", "B (thứ 2 từ trái sang), Ủy viên …"), perhaps after
#: an ordinal ("thứ 2", "thứ ba").
PHOTO_POSITIONS: tuple[str, ...] = (
    "bên phải",
    "bên trái",
    "phải",
    "trái",
    "giữa",
    "đứng giữa",
    "ngồi giữa",
    "từ trái sang",
    "từ phải sang",
    "từ trái qua",
    "từ phải qua",
)

#: Words that rank or honour a person but are not titles (never read as titles).
NOT_TITLES: tuple[str, ...] = (
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đô đốc",
    "phó đô đốc",
    "chuẩn đô đốc",
    "giáo sư",
    "phó giáo sư",
    "tiến sĩ",
    "thạc sĩ",
    "pgs.ts",
    "gs.ts",
    "pgs, ts.",  # (as a list writes it: "…: PGS, TS. Nguyễn Ngọc Hà; PGS, TS. Vũ Trọng Lâm")
    "gs, ts.",
    "ts",
    "ths",
    "pgs",
    "gs",
    "gs.tskh",
    "pgs.tskh",
    "tskh",
    "bs",
    "ths.bs",
    "luật sư",
    "nhà báo",
    "kỹ sư",
    "bác sĩ",
    "anh hùng",
    "nhà giáo nhân dân",
    "nghệ sĩ nhân dân",
)
