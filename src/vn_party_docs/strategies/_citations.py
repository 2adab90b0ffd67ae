"""Hypothesis strategies for citations."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from .._vocab.issuers import ISSUERS
from ..citations import Citation, DocType

__all__ = ["citations"]

_PARTY_TYPES = [
    DocType.NGHI_QUYET,
    DocType.CHI_THI,
    DocType.KET_LUAN,
    DocType.QUY_DINH,
    DocType.QUYET_DINH,
    DocType.HUONG_DAN,
    DocType.THONG_BAO,
    DocType.KE_HOACH,
    DocType.CHUONG_TRINH,
    DocType.DE_AN,
    DocType.BAO_CAO,
    DocType.CONG_VAN,
]
_PARTY_SYMBOLS = [
    "NQ/TW",
    "CT/TW",
    "KL/TW",
    "QĐ/TW",
    "QĐi/TW",
    "QĐNS/TW",
    "HD/BTCTW",
    "HD/VPTW",
    "HD/UBKTTW",
    "TB/TW",
    "KH/TU",
    "KH/BCĐ",
    "QĐ/TU",
    "NQ/ĐU",
    "HD/ĐUK",
    "CV/BTCTW",
    "BC/TU",
    "CTr/TW",
    "ĐA/TU",
    "QC/TU",
    "KL/BTCTW",
    "NQ/HU",
]
_STATE_SYMBOLS = [
    ("NĐ-CP", True),
    ("QĐ-TTg", True),
    ("QĐ-TTg", False),
    ("TT-BNV", True),
    ("QH15", True),
    ("QH13", True),
    ("NQ-UBTVQH15", False),
    ("QĐ-UBND", True),
    ("QĐ-UBND", False),
    ("NQ-CP", False),
    ("TTLT-BNV-VPCP", True),
    ("NQ-HĐND", True),
    ("TT-BYT", True),
]
_ISSUERS = [name for name, _, local, _ in ISSUERS if not local] + [
    f"{name} {place}"
    for name, _, local, _ in ISSUERS
    if local
    for place in ("Cà Mau", "Tuyên Quang", "Thừa Thiên Huế")
]
_WORDS = st.sampled_from(
    [
        "xây dựng",
        "chỉnh đốn",
        "Đảng",
        "công tác",
        "cán bộ",
        "tổ chức",
        "bộ máy",
        "tinh gọn",
        "kiểm tra",
        "giám sát",
        "hệ thống chính trị",
        "đổi mới",
        "nâng cao",
        "chất lượng",
    ]
)
_SUBJECTS = st.lists(_WORDS, min_size=1, max_size=8).map(" ".join)
_DATES = st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31))
_NUMBERS = st.integers(min_value=1, max_value=9999)
_TERMS = st.integers(min_value=1, max_value=20)
_PLENUMS = st.integers(min_value=1, max_value=20)


@st.composite
def _party(draw: st.DrawFn) -> Citation:
    form = draw(st.sampled_from(["symbol", "number", "plenum", "number_plenum", "congress"]))
    doc_type = draw(st.sampled_from(_PARTY_TYPES))
    fields: dict[str, object] = {"doc_type": doc_type}
    if form in ("symbol", "number", "number_plenum"):
        fields["number"] = draw(_NUMBERS)
    if form == "symbol":
        fields["symbol"] = draw(st.sampled_from(_PARTY_SYMBOLS))
    if form in ("plenum", "number_plenum"):
        fields["plenum"] = draw(_PLENUMS)
    if form == "congress":
        fields["doc_type"] = DocType.NGHI_QUYET
        fields["congress"] = draw(_TERMS)
    else:
        fields["term"] = draw(st.none() | _TERMS)
        fields["issued"] = draw(st.none() | _DATES)
        fields["issuer"] = draw(st.none() | st.sampled_from(_ISSUERS))
    fields["subject"] = draw(st.none() | _SUBJECTS)
    return Citation(**fields)  # type: ignore[arg-type]


@st.composite
def _state(draw: st.DrawFn) -> Citation:
    symbol, with_year = draw(st.sampled_from(_STATE_SYMBOLS))
    doc_type = draw(st.sampled_from(list(DocType)))
    return Citation(
        doc_type=doc_type,
        number=draw(_NUMBERS),
        symbol=symbol,
        year=draw(st.integers(1990, 2030)) if with_year else None,
        issued=draw(st.none() | _DATES),
        issuer=draw(st.none() | st.sampled_from(_ISSUERS)),
        subject=draw(st.none() | _SUBJECTS),
    )


def citations() -> st.SearchStrategy[Citation]:
    """Valid Party and State citations whose ``str()`` reads back to an equal value.

    Example:
        >>> from hypothesis import find
        >>> find(citations(), lambda c: c.symbol == "NĐ-CP").system.name
        'STATE'
    """
    return st.one_of(_party(), _state())
