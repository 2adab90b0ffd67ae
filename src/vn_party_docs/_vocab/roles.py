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
    ("Ủy viên", "member", ("uv",)),
    ("Phó Bí thư Thường trực", "Standing Deputy Secretary", ("phó bí thư thường trục",)),
    ("Phó Bí thư", "Deputy Secretary", ()),
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
        ("phó chủ tịch kiêm tổng thư ký", "phó chủ tịch – tổng thư ký", "phó chủ tịch-tổng thư ký"),
    ),
    ("Phó Tổng Thư ký", "Deputy Secretary-General", ()),
    ("Tổng Thư ký", "Secretary-General", ()),
    ("Phó Giám đốc", "Deputy Director", ()),
    ("Giám đốc", "Director", ()),
    ("Phó Trưởng phòng", "Deputy Head of Division", ()),
    ("Trưởng phòng", "Head of Division", ()),
    ("Phó Chánh án", "Deputy Chief Justice", ()),
    ("Chánh án", "Chief Justice", ()),
    ("Phó Viện trưởng", "Deputy Prosecutor General", ()),
    ("Viện trưởng", "Prosecutor General", ()),
    ("Tổng Kiểm toán Nhà nước", "State Auditor General", ()),
    ("Tổng Thanh tra Chính phủ", "Inspector General of the Government", ()),
    ("Thống đốc", "Governor", ()),
    ("Phó Trưởng Đoàn", "Deputy Head", ("phó trưởng đoàn chuyên trách",)),
    ("Trưởng Đoàn", "Head", ()),
)

#: Whole titles written as one word or abbreviation: spelling → (role, organ canonical name).
FUSED_TITLES: tuple[tuple[str, str, str], ...] = (
    ("ủy viên trung ương đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên tw đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên t.ư đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên trung ương", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uvtw", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uvt.ư", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("uv tw", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("ủy viên dự khuyết trung ương đảng", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
    ("bí thư trung ương đảng", "Bí thư", "Trung ương Đảng"),
    ("bí thư tw đảng", "Bí thư", "Trung ương Đảng"),
    ("bí thư t.ư đảng", "Bí thư", "Trung ương Đảng"),
    ("bí thư tư đảng", "Bí thư", "Trung ương Đảng"),
    ("tỉnh ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh"),
    ("thành ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ thành phố"),
    ("huyện ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ huyện"),
    ("đảng ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ"),
    ("ủy viên tvtu", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
    ("đbqh", "Đại biểu", "Quốc hội"),
    ("đại biểu quốc hội", "Đại biểu", "Quốc hội"),
    ("đại biểu hội đồng nhân dân tỉnh", "Đại biểu", "Hội đồng nhân dân tỉnh"),
    ("đại biểu hđnd tỉnh", "Đại biểu", "Hội đồng nhân dân tỉnh"),
)

#: Titles that are a role alone: no organ is written or implied.
ROLE_ONLY: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Tổng Bí thư", "Party General Secretary", ("tbt",)),
    ("Chủ tịch nước", "State President", ("chủ tịch nước",)),
    ("Phó Chủ tịch nước", "Vice State President", ("phó chủ tịch nước",)),
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
    "anh hùng",
    "nhà giáo nhân dân",
    "nghệ sĩ nhân dân",
)
