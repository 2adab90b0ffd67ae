"""Document types: enum name, Vietnamese label, symbol code, system, spellings read.

``system`` is the system that alone uses the type ("STATE" for Nghị định …),
or ``None`` for types both the Party and the State issue. Spellings are lower
case with news-style tone marks; the label itself is always read too. A spelling
with a qualifier ("quy chế làm việc") reads as its type.
"""

from __future__ import annotations

#: (name, label, code, system, extra spellings)
DOC_TYPES: tuple[tuple[str, str, str | None, str | None, tuple[str, ...]], ...] = (
    (
        "NGHI_QUYET",
        "Nghị quyết",
        "NQ",
        None,
        ("nq", "nghị quyết liên tịch", "nghị quyết chuyên đề"),
    ),
    ("CHI_THI", "Chỉ thị", "CT", None, ()),
    ("KET_LUAN", "Kết luận", "KL", "PARTY", ()),
    ("QUY_DINH", "Quy định", "QĐ", None, ()),
    ("QUYET_DINH", "Quyết định", "QĐ", None, ("quyết định nhân sự",)),
    ("HUONG_DAN", "Hướng dẫn", "HD", None, ()),
    ("THONG_BAO", "Thông báo", "TB", None, ("thông báo kết luận",)),
    ("THONG_TRI", "Thông tri", "TT", "PARTY", ()),
    ("QUY_CHE", "Quy chế", "QC", None, ("quy chế làm việc", "quy chế phối hợp")),
    ("KE_HOACH", "Kế hoạch", "KH", None, ("kế hoạch hành động",)),
    ("CHUONG_TRINH", "Chương trình", "CTr", None, ("chương trình hành động",)),
    ("DE_AN", "Đề án", "ĐA", None, ()),
    ("BAO_CAO", "Báo cáo", "BC", None, ()),
    ("TO_TRINH", "Tờ trình", "TTr", None, ()),
    ("CONG_VAN", "Công văn", "CV", None, ()),
    ("NGHI_DINH", "Nghị định", "NĐ", "STATE", ()),
    ("THONG_TU_LIEN_TICH", "Thông tư liên tịch", "TTLT", "STATE", ()),
    ("THONG_TU", "Thông tư", "TT", "STATE", ()),
    ("BO_LUAT", "Bộ luật", None, "STATE", ()),
    ("LUAT", "Luật", None, "STATE", ()),
    ("PHAP_LENH", "Pháp lệnh", "PL", "STATE", ()),
    ("LENH", "Lệnh", "L", "STATE", ()),
    ("CONG_DIEN", "Công điện", "CĐ", "STATE", ()),
)

#: Types cited by a plenum or a congress alone ("Nghị quyết Trung ương 4 khóa XII",
#: "Kết luận Hội nghị Trung ương 4 khóa XIII", "Nghị quyết Đại hội XIII của Đảng").
PLENARY_TYPES: tuple[str, ...] = ("NGHI_QUYET", "KET_LUAN")

#: Types whose bare number is a citation on its own ("Quy định 205", "Kết luận 01").
#: Other types need "số", a symbol, a date or an issuer ("Chương trình 135" is a
#: programme's name, "Kế hoạch 3 năm" a span of time).
BARE_NUMBER_TYPES: tuple[str, ...] = (
    "NGHI_QUYET",
    "CHI_THI",
    "KET_LUAN",
    "QUY_DINH",
    "QUYET_DINH",
    "HUONG_DAN",
    "THONG_BAO",
    "THONG_TRI",
    "QUY_CHE",
    "NGHI_DINH",
    "THONG_TU",
)

#: Types whose bare number also counts after the type word in lower case ("thực hiện nghị
#: quyết 18, …"): nouns only. "quyết định 2 vấn đề", "quy định 10 điều", "kết luận 3 nội
#: dung" are verbs with a count, so those types need a capital, "số" or a symbol.
LOWER_BARE_NUMBER_TYPES: tuple[str, ...] = ("NGHI_QUYET", "CHI_THI", "NGHI_DINH", "THONG_TU")

#: Types whose own name may stand between the type word and "số":
#: "Luật Cán bộ, công chức số 22/2008/QH12".
NAMED_TYPES: tuple[str, ...] = ("LUAT", "BO_LUAT", "PHAP_LENH")

#: Party symbol type codes as written in real documents (canonical spelling). ``QĐi``
#: keeps its lower-case ``i`` as the khóa XII documents write it.
PARTY_CODES: tuple[str, ...] = (
    "NQ",
    "CT",
    "KL",
    "QĐ",
    "QĐi",
    "QĐNS",
    "HD",
    "TB",
    "KH",
    "BC",
    "CTr",
    "ĐA",
    "CV",
    "BS",
    "TT",
    "TTr",
    "QC",
)

#: Party issuer codes (after the slash) that a symbol written the State's way
#: ("96/QĐ-TW") still marks as the Party's.
PARTY_ISSUER_CODES: tuple[str, ...] = ("TW", "TƯ", "T.Ư")

#: Segments of issuer codes and state symbols whose canonical spelling is not plain upper case
#: or carries Đ (read from ASCII-only text too: "QD/TW", "ND-CP").
SYMBOL_SEGMENTS: tuple[str, ...] = (
    "TW",
    "VPTW",
    "BTCTW",
    "UBKTTW",
    "BTGTW",
    "BTGDVTW",
    "BDVTW",
    "BCĐ",
    "TU",
    "BTGTU",
    "UBKTTU",
    "BTCTU",
    "HU",
    "ĐU",
    "ĐUK",
    "ĐUTCT",
    "NĐ",
    "QĐ",
    "QyĐ",
    "TTg",
    "CP",
    "NQ",
    "TT",
    "TTLT",
    "UBND",
    "HĐND",
    "UB",
    "CTN",
    "VPCP",
    "BNV",
    "BYT",
    "BCT",
    "BTC",
    "BGDĐT",
    "BKHĐT",
    "BNNPTNT",
    "BNNMT",
    "BTNMT",
    "BLĐTBXH",
    "BVHTTDL",
    "BKHCN",
    "BTTTT",
    "BXD",
    "BGTVT",
    "BQP",
    "BCA",
    "BNG",
    "BTP",
    "NHNN",
    "TTCP",
    "UBDT",
    "ĐA",
    "KH",
    "TTr",
    "HD",
    "TB",
    "CV",
    "VBHN",
    "VPQH",
    "CĐ",
    "L",
    "TWĐTN",
)
