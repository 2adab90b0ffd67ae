"""Document types: enum name, Vietnamese label, symbol code, system, spellings read.

Each type is one :class:`DocTypeRow`. Spellings are lower case with news-style tone
marks; the label itself is always read too. A spelling with a qualifier ("quy chế làm
việc") reads as its type.
"""

from __future__ import annotations

from typing import NamedTuple


class DocTypeRow(NamedTuple):
    """A document type and what may identify one document of it."""

    #: The name of its :class:`vn_party_docs.DocType` member.
    name: str
    #: The Vietnamese name as running text capitalises it ("Nghị quyết").
    label: str
    #: The type code of its symbols ("NQ"), ``None`` when it has none (laws).
    code: str | None
    #: "PARTY" or "STATE" when only that system issues it, ``None`` when both do.
    system: str | None
    #: Further spellings read (lower case).
    spellings: tuple[str, ...] = ()
    #: Whether a plenum or a congress alone cites it ("Nghị quyết Trung ương 4 khóa XII").
    plenary: bool = False
    #: Whether its bare number is a citation on its own ("Quy định 205"); the others need
    #: "số", a symbol, a date or an issuer ("Chương trình 135" is a programme's name).
    bare_number: bool = False
    #: Whether its bare number counts after the type word in lower case too ("thực hiện
    #: nghị quyết 18"): nouns only ("quyết định 2 vấn đề" is a verb with a count).
    lower_bare_number: bool = False
    #: Whether its own name may stand between the type word and "số" ("Luật Cán bộ, công
    #: chức số 22/2008/QH12").
    named: bool = False


#: Every document type the grammar reads.
DOC_TYPES: tuple[DocTypeRow, ...] = (
    DocTypeRow(
        "NGHI_QUYET",
        "Nghị quyết",
        "NQ",
        None,
        ("nq", "nghị quyết liên tịch", "nghị quyết chuyên đề"),
        plenary=True,
        bare_number=True,
        lower_bare_number=True,
    ),
    DocTypeRow("CHI_THI", "Chỉ thị", "CT", None, bare_number=True, lower_bare_number=True),
    DocTypeRow("KET_LUAN", "Kết luận", "KL", "PARTY", plenary=True, bare_number=True),
    DocTypeRow("QUY_DINH", "Quy định", "QĐ", None, plenary=True, bare_number=True),
    DocTypeRow("QUYET_DINH", "Quyết định", "QĐ", None, ("quyết định nhân sự",), bare_number=True),
    DocTypeRow("HUONG_DAN", "Hướng dẫn", "HD", None, bare_number=True),
    DocTypeRow("THONG_BAO", "Thông báo", "TB", None, ("thông báo kết luận",), bare_number=True),
    DocTypeRow("THONG_TRI", "Thông tri", "TT", "PARTY", bare_number=True),
    DocTypeRow(
        "QUY_CHE",
        "Quy chế",
        "QC",
        None,
        ("quy chế làm việc", "quy chế phối hợp"),
        bare_number=True,
    ),
    # (with what they plan: "Kế hoạch kiểm tra số 12-KH/TU", "Chương trình làm việc số 05-CTr/TW")
    DocTypeRow(
        "KE_HOACH",
        "Kế hoạch",
        "KH",
        None,
        ("kế hoạch hành động", "kế hoạch kiểm tra", "kế hoạch giám sát"),
    ),
    DocTypeRow(
        "CHUONG_TRINH",
        "Chương trình",
        "CTr",
        None,
        (
            "chương trình hành động",
            "chương trình làm việc",
            "chương trình kiểm tra",
            "chương trình giám sát",
        ),
    ),
    DocTypeRow("DE_AN", "Đề án", "ĐA", None, bare_number=True),  # "Đề án 06", "Đề án 5222"
    DocTypeRow("BAO_CAO", "Báo cáo", "BC", None),
    DocTypeRow("TO_TRINH", "Tờ trình", "TTr", None),
    DocTypeRow("CONG_VAN", "Công văn", "CV", None),
    DocTypeRow("NGHI_DINH", "Nghị định", "NĐ", "STATE", bare_number=True, lower_bare_number=True),
    DocTypeRow("THONG_TU_LIEN_TICH", "Thông tư liên tịch", "TTLT", "STATE"),
    DocTypeRow("THONG_TU", "Thông tư", "TT", "STATE", bare_number=True, lower_bare_number=True),
    DocTypeRow("BO_LUAT", "Bộ luật", None, "STATE", named=True),
    DocTypeRow("LUAT", "Luật", None, "STATE", named=True),
    DocTypeRow("PHAP_LENH", "Pháp lệnh", "PL", "STATE", named=True),
    DocTypeRow("LENH", "Lệnh", "L", "STATE"),
    DocTypeRow("CONG_DIEN", "Công điện", "CĐ", "STATE"),
)

#: Party symbol type codes as written in real documents (canonical spelling). ``QĐi``
#: keeps its lower-case ``i`` as the khóa XII documents write it.
PARTY_CODES: tuple[str, ...] = (
    "NQ", "CT", "KL", "QĐ", "QĐi", "QĐNS", "HD", "TB", "KH", "BC", "CTr", "ĐA", "CV",
    "BS", "TT", "TTr", "QC",
)  # fmt: skip

#: Segments of issuer codes and state symbols whose canonical spelling is not plain upper case
#: or carries Đ (read from ASCII-only text too: "QD/TW", "ND-CP").
SYMBOL_SEGMENTS: tuple[str, ...] = (
    "TW", "VPTW", "BTCTW", "UBKTTW", "BTGTW", "BTGDVTW", "BDVTW", "BCĐ", "TU", "BTGTU",
    "UBKTTU", "BTCTU", "HU", "ĐU", "ĐUK", "ĐUTCT", "NĐ", "QĐ", "QyĐ", "TTg", "CP", "NQ",
    "TT", "TTLT", "UBND", "HĐND", "UB", "CTN", "VPCP", "BNV", "BYT", "BCT", "BTC",
    "BGDĐT", "BKHĐT", "BNNPTNT", "BNNMT", "BTNMT", "BLĐTBXH", "BVHTTDL", "BKHCN", "BTTTT",
    "BXD", "BGTVT", "BQP", "BCA", "BNG", "BTP", "NHNN", "TTCP", "UBDT", "ĐA", "KH", "TTr",
    "HD", "TB", "CV", "VBHN", "VPQH", "CĐ", "L", "TWĐTN",
)  # fmt: skip
