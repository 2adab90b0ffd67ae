"""Issuers of documents: spellings read (lower case) → canonical organ name and system.

Local organs ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "UBND tỉnh") may be followed by a
place name, kept as written after the canonical organ ("Tỉnh ủy Cà Mau",
"Ban Thường vụ Đảng ủy xã Phong Hải"). The bodies of a local Party committee
(:data:`LOCAL_BODIES` × :data:`LOCAL_COMMITTEES`) are read in every combination.
Spellings without a space that are abbreviations ("bct", "tw") are read only
when the text writes them in capitals.
"""

from __future__ import annotations

#: (canonical name, system, takes a locality, spellings read in lower case)
ISSUERS: tuple[tuple[str, str, bool, tuple[str, ...]], ...] = (
    (
        "Ban Chấp hành Trung ương",
        "PARTY",
        False,
        (
            "ban chấp hành trung ương đảng",
            "ban chấp hành trung ương",
            "ban chấp hành tw đảng",
            "ban chấp hành tw",
            "bch trung ương đảng",
            "bch trung ương",
            "bch tw đảng",
            "bch tw",
            "bchtw",
            "bch t.ư",
            "bch tư",
            "trung ương đảng",
            "trung ương",
            "tw đảng",
            "tw",
            "t.ư",
            "tư",
        ),
    ),
    ("Bộ Chính trị, Ban Bí thư", "PARTY", False, ("bộ chính trị, ban bí thư", "bct, bbt")),
    ("Bộ Chính trị", "PARTY", False, ("bộ chính trị", "bct")),
    (
        "Ban Bí thư",
        "PARTY",
        False,
        ("ban bí thư trung ương đảng", "ban bí thư trung ương", "ban bí thư", "bbt"),
    ),
    (
        "Ban Tổ chức Trung ương",
        "PARTY",
        False,
        ("ban tổ chức trung ương đảng", "ban tổ chức trung ương", "ban tổ chức tw", "btctw"),
    ),
    (
        "Ủy ban Kiểm tra Trung ương",
        "PARTY",
        False,
        (
            "ủy ban kiểm tra trung ương đảng",
            "ủy ban kiểm tra trung ương",
            "ủy ban kiểm tra tw",
            "ubkt trung ương",
            "ubkttw",
            "ubkt tw",
        ),
    ),
    (
        "Văn phòng Trung ương Đảng",
        "PARTY",
        False,
        ("văn phòng trung ương đảng", "văn phòng trung ương", "văn phòng tw", "vptw"),
    ),
    (
        "Ban Tuyên giáo Trung ương",
        "PARTY",
        False,
        ("ban tuyên giáo trung ương", "ban tuyên giáo tw", "btgtw"),
    ),
    (
        "Ban Tuyên giáo và Dân vận Trung ương",
        "PARTY",
        False,
        ("ban tuyên giáo và dân vận trung ương", "ban tuyên giáo và dân vận tw", "btgdvtw"),
    ),
    ("Ban Dân vận Trung ương", "PARTY", False, ("ban dân vận trung ương", "ban dân vận tw")),
    ("Ban Nội chính Trung ương", "PARTY", False, ("ban nội chính trung ương", "ban nội chính tw")),
    ("Ban Kinh tế Trung ương", "PARTY", False, ("ban kinh tế trung ương", "ban kinh tế tw")),
    ("Ban Đối ngoại Trung ương", "PARTY", False, ("ban đối ngoại trung ương", "ban đối ngoại tw")),
    (
        "Ban Chính sách, chiến lược Trung ương",
        "PARTY",
        False,
        ("ban chính sách, chiến lược trung ương", "ban chính sách, chiến lược tw"),
    ),
    ("Hội đồng Lý luận Trung ương", "PARTY", False, ("hội đồng lý luận trung ương",)),
    ("Quân ủy Trung ương", "PARTY", False, ("quân ủy trung ương", "quân ủy tw")),
    ("Đảng ủy Công an Trung ương", "PARTY", False, ("đảng ủy công an trung ương",)),
    (
        "Đảng ủy Khối các cơ quan Trung ương",
        "PARTY",
        False,
        ("đảng ủy khối các cơ quan trung ương", "đảng ủy khối các cơ quan tw"),
    ),
    (
        "Đảng ủy Khối Doanh nghiệp Trung ương",
        "PARTY",
        False,
        ("đảng ủy khối doanh nghiệp trung ương", "đảng ủy khối doanh nghiệp tw"),
    ),
    (
        "Đảng ủy các cơ quan Đảng Trung ương",
        "PARTY",
        False,
        ("đảng ủy các cơ quan đảng trung ương", "đảng ủy các cơ quan đảng tw"),
    ),
    ("Đảng ủy Chính phủ", "PARTY", False, ("đảng ủy chính phủ",)),
    ("Đảng ủy Quốc hội", "PARTY", False, ("đảng ủy quốc hội",)),
    (
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
        "PARTY",
        False,
        (
            "đảng ủy mặt trận tổ quốc, các đoàn thể trung ương",
            "đảng ủy mttq, các đoàn thể trung ương",
            "đảng ủy mttq, các đoàn thể tw",
        ),
    ),
    ("Ban Chỉ đạo Trung ương", "PARTY", False, ("ban chỉ đạo trung ương", "ban chỉ đạo tw")),
    ("Ban Chấp hành Đảng bộ tỉnh", "PARTY", True, ("ban chấp hành đảng bộ tỉnh",)),
    ("Ban Chấp hành Đảng bộ thành phố", "PARTY", True, ("ban chấp hành đảng bộ thành phố",)),
    ("Ban Chấp hành Đảng bộ huyện", "PARTY", True, ("ban chấp hành đảng bộ huyện",)),
    ("Ban Thường vụ Tỉnh ủy", "PARTY", True, ("tvtu",)),
    ("Quốc hội", "STATE", False, ("quốc hội",)),
    ("Ủy ban Thường vụ Quốc hội", "STATE", False, ("ủy ban thường vụ quốc hội", "ubtvqh")),
    ("Chính phủ", "STATE", False, ("chính phủ",)),
    ("Thủ tướng Chính phủ", "STATE", False, ("thủ tướng chính phủ", "thủ tướng")),
    ("Chủ tịch nước", "STATE", False, ("chủ tịch nước",)),
    ("Văn phòng Chính phủ", "STATE", False, ("văn phòng chính phủ", "vpcp")),
    (
        "Ủy ban nhân dân tỉnh",
        "STATE",
        True,
        ("ủy ban nhân dân tỉnh", "ubnd tỉnh"),
    ),
    (
        "Ủy ban nhân dân thành phố",
        "STATE",
        True,
        ("ủy ban nhân dân thành phố", "ubnd thành phố"),
    ),
    ("Ủy ban nhân dân huyện", "STATE", True, ("ủy ban nhân dân huyện", "ubnd huyện")),
    ("Ủy ban nhân dân xã", "STATE", True, ("ủy ban nhân dân xã", "ubnd xã")),
    ("Hội đồng nhân dân tỉnh", "STATE", True, ("hội đồng nhân dân tỉnh", "hđnd tỉnh")),
    (
        "Hội đồng nhân dân thành phố",
        "STATE",
        True,
        ("hội đồng nhân dân thành phố", "hđnd thành phố"),
    ),
    ("Bộ Nội vụ", "STATE", False, ("bộ nội vụ",)),
    ("Bộ Tài chính", "STATE", False, ("bộ tài chính",)),
    ("Bộ Y tế", "STATE", False, ("bộ y tế",)),
    ("Bộ Giáo dục và Đào tạo", "STATE", False, ("bộ giáo dục và đào tạo",)),
    ("Bộ Công an", "STATE", False, ("bộ công an",)),
    ("Bộ Quốc phòng", "STATE", False, ("bộ quốc phòng",)),
    ("Bộ Tư pháp", "STATE", False, ("bộ tư pháp",)),
    ("Bộ Ngoại giao", "STATE", False, ("bộ ngoại giao",)),
    ("Bộ Công Thương", "STATE", False, ("bộ công thương",)),
    ("Bộ Xây dựng", "STATE", False, ("bộ xây dựng",)),
    ("Bộ Kế hoạch và Đầu tư", "STATE", False, ("bộ kế hoạch và đầu tư",)),
    (
        "Bộ Lao động - Thương binh và Xã hội",
        "STATE",
        False,
        ("bộ lao động - thương binh và xã hội", "bộ lao động, thương binh và xã hội"),
    ),
    (
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "STATE",
        False,
        ("bộ nông nghiệp và phát triển nông thôn",),
    ),
    ("Bộ Nông nghiệp và Môi trường", "STATE", False, ("bộ nông nghiệp và môi trường",)),
    ("Bộ Tài nguyên và Môi trường", "STATE", False, ("bộ tài nguyên và môi trường",)),
    ("Bộ Thông tin và Truyền thông", "STATE", False, ("bộ thông tin và truyền thông",)),
    ("Bộ Khoa học và Công nghệ", "STATE", False, ("bộ khoa học và công nghệ",)),
    ("Bộ Giao thông vận tải", "STATE", False, ("bộ giao thông vận tải",)),
    (
        "Bộ Văn hóa, Thể thao và Du lịch",
        "STATE",
        False,
        ("bộ văn hóa, thể thao và du lịch",),
    ),
    ("Bộ Dân tộc và Tôn giáo", "STATE", False, ("bộ dân tộc và tôn giáo",)),
    (
        "Ngân hàng Nhà nước Việt Nam",
        "STATE",
        False,
        ("ngân hàng nhà nước việt nam", "ngân hàng nhà nước"),
    ),
    ("Tổng Thanh tra Chính phủ", "STATE", False, ("tổng thanh tra chính phủ",)),
    ("Thanh tra Chính phủ", "STATE", False, ("thanh tra chính phủ",)),
)

#: Bodies of a local Party committee: (canonical, spellings read in lower case).
LOCAL_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Ban Thường vụ", ("ban thường vụ", "btv")),
    ("Thường trực", ("thường trực",)),
    ("Ban Chấp hành", ("ban chấp hành", "bch")),
    ("Ban Tổ chức", ("ban tổ chức",)),
    ("Ban Tuyên giáo và Dân vận", ("ban tuyên giáo và dân vận",)),
    ("Ban Tuyên giáo", ("ban tuyên giáo",)),
    ("Ban Dân vận", ("ban dân vận",)),
    ("Ban Xây dựng Đảng", ("ban xây dựng đảng",)),
    ("Ban Nội chính", ("ban nội chính",)),
    ("Ủy ban Kiểm tra", ("ủy ban kiểm tra", "ubkt")),
    ("Văn phòng", ("văn phòng",)),
)

#: Local Party committees: (canonical, spellings read in lower case); each is an issuer
#: alone too ("của Tỉnh ủy Cà Mau").
LOCAL_COMMITTEES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Tỉnh ủy", ("tỉnh ủy",)),
    ("Thành ủy", ("thành ủy",)),
    ("Huyện ủy", ("huyện ủy",)),
    ("Quận ủy", ("quận ủy",)),
    ("Thị ủy", ("thị ủy",)),
    (
        "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
        ("đảng ủy khối các cơ quan và doanh nghiệp tỉnh",),
    ),
    ("Đảng ủy Khối các cơ quan tỉnh", ("đảng ủy khối các cơ quan tỉnh",)),
    ("Đảng ủy Khối Doanh nghiệp tỉnh", ("đảng ủy khối doanh nghiệp tỉnh",)),
    ("Đảng ủy các cơ quan Đảng tỉnh", ("đảng ủy các cơ quan đảng tỉnh",)),
    ("Đảng ủy Ủy ban nhân dân tỉnh", ("đảng ủy ủy ban nhân dân tỉnh", "đảng ủy ubnd tỉnh")),
    ("Đảng ủy", ("đảng ủy",)),
)

#: Party committees above the provinces whose bodies issue documents too ("Ban Thường vụ
#: Đảng ủy các cơ quan Đảng Trung ương"): canonical names of :data:`ISSUERS` rows. Their
#: bodies are read in every combination with :data:`LOCAL_BODIES`, without a place.
CENTRAL_COMMITTEES: tuple[str, ...] = (
    "Đảng ủy Khối các cơ quan Trung ương",
    "Đảng ủy Khối Doanh nghiệp Trung ương",
    "Đảng ủy các cơ quan Đảng Trung ương",
    "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
    "Đảng ủy Chính phủ",
    "Đảng ủy Quốc hội",
    "Đảng ủy Công an Trung ương",
    "Quân ủy Trung ương",
)

#: Offices whose holder issues documents in person ("Quyết định … của Bộ trưởng Bộ Nội vụ"):
#: (role, organs it heads). The issuer is "<role> <organ>", read for every spelling of the
#: organ (so for every ministry of :data:`ISSUERS`); a local organ keeps its place.
OFFICE_HOLDERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Bộ trưởng",
        (
            "Bộ Nội vụ",
            "Bộ Tài chính",
            "Bộ Y tế",
            "Bộ Giáo dục và Đào tạo",
            "Bộ Công an",
            "Bộ Quốc phòng",
            "Bộ Tư pháp",
            "Bộ Ngoại giao",
            "Bộ Công Thương",
            "Bộ Xây dựng",
            "Bộ Kế hoạch và Đầu tư",
            "Bộ Lao động - Thương binh và Xã hội",
            "Bộ Nông nghiệp và Phát triển nông thôn",
            "Bộ Nông nghiệp và Môi trường",
            "Bộ Tài nguyên và Môi trường",
            "Bộ Thông tin và Truyền thông",
            "Bộ Khoa học và Công nghệ",
            "Bộ Giao thông vận tải",
            "Bộ Văn hóa, Thể thao và Du lịch",
            "Bộ Dân tộc và Tôn giáo",
        ),
    ),
    (
        "Chủ tịch",
        (
            "Ủy ban nhân dân tỉnh",
            "Ủy ban nhân dân thành phố",
            "Ủy ban nhân dân huyện",
            "Ủy ban nhân dân xã",
        ),
    ),
    ("Thống đốc", ("Ngân hàng Nhà nước Việt Nam",)),
)

#: Words that may introduce the place after a local organ, kept as written:
#: "Đảng ủy xã Phong Hải", "UBND tỉnh Nghệ An".
LOCALITY_WORDS: tuple[str, ...] = (
    "thành phố",
    "thị trấn",
    "thị xã",
    "đặc khu",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "khối",
    "xã",
)

#: Words that may stand between a clause's subject and its verb ("Bộ Chính trị đã khẩn
#: trương ban hành …"), lower case.
CLAUSE_ADVERBS: tuple[str, ...] = (
    "đã",
    "vừa",
    "mới",
    "cũng",
    "sẽ",
    "đã kịp thời",
    "kịp thời",
    "khẩn trương",
    "chính thức",
    "sớm",
    "lần đầu",
    "tiếp tục",
    "đồng thời",
    "nhanh chóng",
)

#: Verbs of a clause whose subject issued the document named right after them:
#: "<Issuer> (đã) ban hành Kế hoạch số …", "<Issuer> ký Quyết định …".
ENACTING_VERBS: tuple[str, ...] = (
    "ký ban hành",
    "ban hành",
    "ký",
    "thông qua",
    "có",
    "ra",
)

#: Words that may qualify the type word of a list intro ("3 nghị quyết quan trọng: …").
LIST_QUALIFIERS: tuple[str, ...] = (
    "quan trọng",
    "chiến lược",
    "mới",
    "then chốt",
    "đột phá",
    "chuyên đề",
)

#: Words before the colon that opens a list after its intro ("… của Bộ Chính trị như sau:
#: …"); a colon alone opens it too, and "gồm" ("bao gồm", "gồm có") with or without one.
LIST_OPENERS: tuple[str, ...] = (
    "là",
    "như sau",
    "sau đây",
    "dưới đây",
    "sau",
)

#: Words that may stand between an enacting verb and the type word: "ban hành 4 nghị quyết:".
ENACTED_QUANTIFIERS: tuple[str, ...] = (
    "các",
    "những",
    "hai",
    "ba",
    "bốn",
    "năm",
    "sáu",
    "bảy",
    "tám",
    "chín",
    "mười",
    "văn bản",
)

#: Verbs of a clause whose subject, named right after a citation introduced by "tại", acted by
#: that document: "tại Quyết định số 439/QĐ-TTg (ngày 3/4/2024), Thủ tướng Chính phủ phê
#: chuẩn …" (the Prime Minister issued it).
DECIDING_VERBS: tuple[str, ...] = (
    "phê chuẩn",
    "phê duyệt",
    "quyết định",
    "công nhận",
    "chuẩn y",
    "bổ nhiệm",
    "giao",
    "cho phép",
    "thành lập",
    "đồng ý",
    "ban hành",
    "chỉ định",
    "điều động",
    "kỷ luật",
    "khen thưởng",
    "tặng",
)

#: Issuer codes of State symbols and the organ each names (the issuer a text gives for a
#: document with that code contains the organ: "Bộ trưởng Bộ Nội vụ" for "QĐ-BNV").
#: Used so that an issuer shared over a list is not given to a document whose own code
#: names another organ ("Nghị định số 30/2020/NĐ-CP, Thông tư … của Bộ Nội vụ").
STATE_ISSUER_CODES: tuple[tuple[str, str], ...] = (
    ("CP", "Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("QH", "Quốc hội"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ("CTN", "Chủ tịch nước"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("BNV", "Bộ Nội vụ"),
    ("BTC", "Bộ Tài chính"),
    ("BYT", "Bộ Y tế"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BCA", "Bộ Công an"),
    ("BQP", "Bộ Quốc phòng"),
    ("BTP", "Bộ Tư pháp"),
    ("BNG", "Bộ Ngoại giao"),
    ("BCT", "Bộ Công Thương"),
    ("BXD", "Bộ Xây dựng"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    ("TTCP", "Thanh tra Chính phủ"),
    ("UBND", "Ủy ban nhân dân"),
    ("UB", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
)
