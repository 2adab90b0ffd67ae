"""Roles in a title: canonical Vietnamese, English, spellings read (lower case).

English renderings follow Vietnamese state media (VNA, VNS, the Party's English
site). Where media vary, one is chosen: "Head" for Trưởng Ban, "Chairman" for
Chủ tịch and Chủ nhiệm, "Standing" for Thường trực.
"""

from __future__ import annotations

#: (canonical role, English, extra spellings in lower case), longest spellings win.
ROLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Tổng Bí thư", "General Secretary", ("tbt",)),
    ("Ủy viên dự khuyết", "alternate member", ("uv dự khuyết",)),
    ("Ủy viên Thường trực", "standing member", ("uv thường trực",)),
    ("Ủy viên chuyên trách", "full-time member", ()),
    ("Ủy viên", "member", ("uv",)),
    (
        "Phó Bí thư Thường trực chuyên trách",
        "Standing full-time Deputy Secretary",
        ("phó bí thư thường trục chuyên trách",),
    ),
    ("Phó Bí thư Thường trực", "Standing Deputy Secretary", ("phó bí thư thường trục",)),
    ("Phó Bí thư chuyên trách", "Full-time Deputy Secretary", ()),
    ("Phó Bí thư", "Deputy Secretary", ()),
    ("Bí thư thứ nhất", "First Secretary", ()),
    ("Bí thư", "Secretary", ()),
    ("Thường trực", "Permanent member", ()),
    (
        "Phó Trưởng Ban Thường trực",
        "Standing Deputy Head",
        ("phó trưởng ban thường trục", "phó trưởng thường trực ban"),
    ),
    ("Phó Trưởng Ban", "Deputy Head", ()),
    ("Trưởng Ban", "Head", ()),
    ("Phó Chủ nhiệm Thường trực", "Standing Deputy Chairman", ()),
    ("Phó Chủ nhiệm", "Deputy Chairman", ()),
    ("Chủ nhiệm", "Chairman", ()),
    ("Phó Chánh Văn phòng", "Deputy Chief", ()),
    ("Chánh Văn phòng", "Chief", ()),
    ("Phó Chủ tịch Thường trực", "Standing Vice Chairman", ("pct thường trực",)),
    ("Phó Chủ tịch thứ nhất", "First Vice Chairman", ()),
    ("Phó Chủ tịch chuyên trách", "Full-time Vice Chairman", ()),
    ("Phó Chủ tịch không chuyên trách", "Part-time Vice Chairman", ()),
    ("Phó Chủ tịch", "Vice Chairman", ("pct",)),
    ("Chủ tịch", "Chairman", ("ct",)),
    ("Phó Thủ tướng Thường trực", "Standing Deputy Prime Minister", ()),
    ("Phó Thủ tướng", "Deputy Prime Minister", ()),
    ("Thủ tướng", "Prime Minister", ()),
    ("Bộ trưởng", "Minister", ()),
    ("Thứ trưởng Thường trực", "Standing Deputy Minister", ()),
    ("Thứ trưởng", "Deputy Minister", ()),
    (
        "Phó Chủ tịch - Tổng Thư ký",
        "Vice President and Secretary-General",
        ("phó chủ tịch – tổng thư ký", "phó chủ tịch-tổng thư ký", "phó chủ tịch–tổng thư ký"),
    ),
    ("Phó Tổng Thư ký", "Deputy Secretary-General", ()),
    ("Tổng Thư ký", "Secretary-General", ()),
    ("Phó Giám đốc", "Deputy Director", ()),
    ("Giám đốc", "Director", ()),
    ("Phó Trưởng phòng", "Deputy Head", ()),
    ("Trưởng phòng", "Head", ()),
    ("Phó Chánh án", "Deputy Chief Justice", ()),
    ("Chánh án", "Chief Justice", ()),
    ("Phó Viện trưởng", "Deputy Director", ()),
    ("Viện trưởng", "Director", ()),
    ("Thống đốc", "Governor", ()),
    ("Phó Trưởng Đoàn chuyên trách", "Full-time Deputy Head", ()),
    ("Phó Trưởng Đoàn", "Deputy Head", ()),
    ("Trưởng Đoàn", "Head", ()),
    ("Phó Vụ trưởng", "Deputy Director", ()),
    ("Vụ trưởng", "Director", ()),
    ("Phó Tổng cục trưởng", "Deputy Director General", ()),
    ("Tổng cục trưởng", "Director General", ()),
    ("Phó Chi cục trưởng", "Deputy Head of Sub-department", ()),
    ("Chi cục trưởng", "Head of Sub-department", ()),
    ("Phó Cục trưởng", "Deputy Director", ()),
    ("Cục trưởng", "Director", ()),
    ("Phó Tổng Giám đốc", "Deputy General Director", ()),
    ("Tổng Giám đốc", "General Director", ()),
    ("Phó Tổng Biên tập", "Deputy Editor-in-Chief", ()),
    ("Tổng Biên tập", "Editor-in-Chief", ()),
    ("Phó Chỉ huy trưởng", "Deputy Commander", ()),
    ("Chỉ huy trưởng", "Commander", ()),
    ("Phó Chính ủy", "Deputy Political Commissar", ()),
    ("Chính ủy", "Political Commissar", ()),
    ("Phó Tổng Tham mưu trưởng", "Deputy Chief of the General Staff", ()),
    ("Tổng Tham mưu trưởng", "Chief of the General Staff", ()),
    ("Phó Tham mưu trưởng", "Deputy Chief of Staff", ()),
    ("Tham mưu trưởng", "Chief of Staff", ()),
    ("Phó Tư lệnh", "Deputy Commander", ()),
    ("Tư lệnh", "Commander", ()),
    ("Phó Chánh Thanh tra", "Deputy Chief Inspector", ()),
    ("Chánh Thanh tra", "Chief Inspector", ()),
    ("Phó Hiệu trưởng", "Vice Rector", ()),
    ("Hiệu trưởng", "Rector", ()),
    ("Trợ lý", "Assistant", ()),
)

#: Roles that are a title on their own when they stand right before a name ("Bộ trưởng Lê
#: Vĩnh Tân", "thứ trưởng Trần Anh Tuấn") or end a title chain: the organ is left out (None).
#: "Ủy viên", "Đại biểu", "Thường trực", "Trợ lý" and "Chính ủy" are not among them: alone
#: they do not name an office.
BARE_ROLES: tuple[str, ...] = (
    "Bí thư",
    "Phó Bí thư",
    "Phó Bí thư Thường trực",
    "Trưởng Ban",
    "Phó Trưởng Ban",
    "Phó Trưởng Ban Thường trực",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Phó Chủ tịch Thường trực",
    "Bộ trưởng",
    "Thứ trưởng",
    "Giám đốc",
    "Phó Giám đốc",
    "Tổng Giám đốc",
    "Vụ trưởng",
    "Phó Vụ trưởng",
    "Cục trưởng",
    "Chánh án",
    "Viện trưởng",
    "Tổng Biên tập",
    "Chánh Văn phòng",
    "Tổng Tham mưu trưởng",
    "Phó Tổng Tham mưu trưởng",
    "Tư lệnh",
    "Phó Tư lệnh",
)

#: Whole titles written as one word or abbreviation: spelling → (role, organ canonical name).
FUSED_TITLES: tuple[tuple[str, str, str], ...] = (
    ("ủy viên trung ương đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên tw đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên t.ư đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên tư đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên bchtw đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên bch tw đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uvtw đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uvt.ư đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uv tw đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uv t.ư đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uvbchtw", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên trung ương", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uvtw", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uvt.ư", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uv tw", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên dự khuyết trung ương đảng", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên dự khuyết tw đảng", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên dự khuyết t.ư đảng", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên dự khuyết trung ương", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
    ("uv dự khuyết tw", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
    ("bí thư trung ương đảng", "Bí thư", "Trung ương Đảng"),
    ("bí thư tw đảng", "Bí thư", "Trung ương Đảng"),
    ("bí thư t.ư đảng", "Bí thư", "Trung ương Đảng"),
    ("bí thư tư đảng", "Bí thư", "Trung ương Đảng"),
    ("tỉnh ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh"),
    ("tuv", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh"),
    ("thành ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ thành phố"),
    ("huyện ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ huyện"),
    ("huv", "Ủy viên", "Ban Chấp hành Đảng bộ huyện"),
    ("quận ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ quận"),
    ("thị ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ thị xã"),
    ("đảng ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ"),
    ("ủy viên tvtu", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
    ("uv tvtu", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
    ("uvtvtu", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
    # "TVTU" (Thường vụ Tỉnh ủy) as a person's title: a member of the standing board
    ("tvtu", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
    ("tvhu", "Ủy viên", "Ban Thường vụ Huyện ủy"),
    ("uv btv tỉnh ủy", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
    *(
        (f"{spelling} {committee.lower()}", "Ủy viên", f"Ban Thường vụ {committee}")
        for spelling in ("uvtv", "uvbtv", "uv.btv")
        for committee in ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")
    ),
    ("trợ lý thủ tướng chính phủ", "Trợ lý", "Thủ tướng Chính phủ"),
    ("trợ lý thủ tướng", "Trợ lý", "Thủ tướng Chính phủ"),
    ("trợ lý tổng bí thư", "Trợ lý", "Tổng Bí thư"),
    ("trợ lý chủ tịch nước", "Trợ lý", "Chủ tịch nước"),
    ("đbqh", "Đại biểu", "Quốc hội"),
    ("đại biểu quốc hội", "Đại biểu", "Quốc hội"),
    ("đại biểu hội đồng nhân dân tỉnh", "Đại biểu", "Hội đồng nhân dân tỉnh"),
    ("đại biểu hđnd tỉnh", "Đại biểu", "Hội đồng nhân dân tỉnh"),
)

#: Titles that are a role alone: no organ is written or implied.
ROLE_ONLY: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Tổng Bí thư",
        "Party General Secretary",
        ("tbt", "tổng bí thư đảng", "tổng bí thư đảng cộng sản việt nam"),
    ),
    (
        "Chủ tịch nước",
        "State President",
        (
            "chủ tịch nước",
            "chủ tịch nước cộng hòa xã hội chủ nghĩa việt nam",
            "chủ tịch nước chxhcn việt nam",
        ),
    ),
    ("Phó Chủ tịch nước", "Vice State President", ("phó chủ tịch nước",)),
    ("Tổng Thanh tra Chính phủ", "Government Inspector General", ()),
    ("Phó Tổng Thanh tra Chính phủ", "Deputy Government Inspector General", ()),
    ("Tổng Kiểm toán Nhà nước", "State Auditor General", ()),
    ("Phó Tổng Kiểm toán Nhà nước", "Deputy State Auditor General", ()),
)

#: Offices whose organ is part of the role: written with the organ ("Tổng Bí thư Ban Chấp hành
#: Trung ương Đảng"), the title is the role alone, one office one string.
FOLDED_ORGANS: tuple[tuple[str, str], ...] = (("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),)

#: Roles that contain the head of the body they lead ("Trưởng Tiểu ban" + "Tiểu ban Văn
#: kiện" is "Trưởng Tiểu ban Văn kiện"): canonical role, English, head (an OPEN_BODIES head).
HEAD_ROLES: tuple[tuple[str, str, str], ...] = (
    ("Phó Trưởng Tiểu ban", "Deputy Head", "Tiểu ban"),
    ("Trưởng Tiểu ban", "Head", "Tiểu ban"),
    ("Phó Trưởng phòng", "Deputy Head", "Phòng"),
    ("Trưởng phòng", "Head", "Phòng"),
    ("Phó Trưởng Công an", "Deputy Chief", "Công an"),
    ("Trưởng Công an", "Chief", "Công an"),
)

#: Roles that share the organ of the next role when joined by "kiêm" ("Phó Chủ tịch kiêm
#: Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam" is two offices of one organ). Party
#: secretaries share only a Party organ, the others only a non-Party organ.
PARTY_SECRETARIES: tuple[str, ...] = (
    "Bí thư",
    "Phó Bí thư",
    "Phó Bí thư Thường trực",
    "Phó Bí thư chuyên trách",
    "Phó Bí thư Thường trực chuyên trách",
    "Bí thư thứ nhất",
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
    "giáo sư",
    "phó giáo sư",
    "tiến sĩ",
    "thạc sĩ",
    "pgs.ts",
    "gs.ts",
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
