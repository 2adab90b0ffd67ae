"""Hypothesis strategies for citations."""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import strategies as st

from ..citations import Citation, DocType
from ..lexicon import lexicon

__all__ = ["citations"]

_PLENARY_TYPES = [DocType.NGHI_QUYET, DocType.KET_LUAN]
_PARTY_SYMBOLS = [
    "NQ/TW",
    "CT/TW",
    "KL/TW",
    "QĐ/TW",
    "QĐi/TW",
    "QĐi/TU",
    "QĐNS/TW",
    "HD/BTCTW",
    "HD/VPTW",
    "HD/UBKTTW",
    "HD/TW",
    "TB/TW",
    "KH/TU",
    "KH/BCĐ",
    "KH/BTGTU",
    "QĐ/TU",
    "QĐ/UBKTTW",
    "NQ/ĐU",
    "HD/ĐUK",
    "CV/BTCTW",
    "BC/TU",
    "CTr/TW",
    "ĐA/TU",
    "QC/TU",
    "KL/BTCTW",
    "NQ/HU",
    "KL/XYZ",
]
#: (symbol, whether the number carries a year)
_STATE_SYMBOLS = [
    ("NĐ-CP", True),
    ("QĐ-TTg", True),
    ("QĐ-TTg", False),
    ("TT-BNV", True),
    ("QH15", True),
    ("QH13", True),
    ("UBTVQH15", True),
    ("NQ-UBTVQH15", False),
    ("QĐ-UBND", True),
    ("QĐ-UBND", False),
    ("QĐ-UB", True),
    ("NQ-CP", False),
    ("TTLT-BNV-VPCP", True),
    ("NQ-HĐND", True),
    ("TT-BYT", True),
    ("VPCP-KTN", False),
    ("CP", False),
]
_PLACES = ("Cà Mau", "Tuyên Quang", "Thừa Thiên Huế", "xã Phong Hải", "Khánh Hòa")
_ISSUING = [row for row in lexicon().every_organ if row.issues]
_LOCAL = list(dict.fromkeys(row.name for row in _ISSUING if row.takes_locality))
_ISSUERS = (
    list(dict.fromkeys(row.name for row in _ISSUING if not row.takes_locality))
    + _LOCAL
    + [f"{name} {place}" for name in _LOCAL[:6] for place in _PLACES]
)
_WORDS = st.sampled_from(
    [
        "xây dựng",
        "chỉnh đốn",
        "Đảng",
        "công tác",
        "cán bộ,",
        "tổ chức",
        "bộ máy;",
        "tinh gọn",
        "kiểm tra",
        "giám sát",
        "hệ thống chính trị",
        "đổi mới",
        "nâng cao",
        "chất lượng",
        "“tự diễn biến”",
        "Nhà nước",
    ]
)
_SUBJECTS = (
    st.lists(_WORDS, min_size=1, max_size=8)
    .map(" ".join)
    .map(lambda text: text.strip(",; ").capitalize())
    .filter(bool)
)
_DATES = st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31))
_NUMBERS = st.integers(min_value=1, max_value=9999)
_ORDINALS = st.integers(min_value=1, max_value=39)
_SMALL = st.integers(min_value=1, max_value=20)


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def _party(draw: st.DrawFn) -> Citation:
    form = draw(st.sampled_from(["symbol", "number", "plenum", "number_plenum", "congress"]))
    fields: dict[str, Any] = {}
    if form in ("plenum", "congress"):
        fields["doc_type"] = draw(st.sampled_from(_PLENARY_TYPES))
    else:
        fields["doc_type"] = draw(st.sampled_from(list(DocType)))
        fields["number"] = draw(_NUMBERS)
    if form == "symbol":
        fields["symbol"] = draw(st.sampled_from(_PARTY_SYMBOLS))
    if form == "number":
        fields["year"] = draw(_optional(st.integers(1990, 2030)))
    if form in ("plenum", "number_plenum"):
        fields["plenum"] = draw(_SMALL)
    if form == "congress":
        fields["congress"] = draw(_ORDINALS)
        fields["plenum"] = draw(_optional(_SMALL))
    fields["term"] = draw(_optional(_ORDINALS))
    fields["issued"] = draw(_optional(_DATES))
    fields["issuer"] = draw(_optional(st.sampled_from(_ISSUERS)))
    fields["subject"] = draw(_optional(_SUBJECTS))
    return Citation(**fields)


@st.composite
def _state(draw: st.DrawFn) -> Citation:
    symbol, with_year = draw(st.sampled_from(_STATE_SYMBOLS))
    return Citation(
        doc_type=draw(st.sampled_from(list(DocType))),
        number=draw(_NUMBERS),
        symbol=symbol,
        year=draw(st.integers(1990, 2030)) if with_year else None,
        issued=draw(_optional(_DATES)),
        issuer=draw(_optional(st.sampled_from(_ISSUERS))),
        subject=draw(_optional(_SUBJECTS)),
    )


def citations() -> st.SearchStrategy[Citation]:
    """Valid Party and State citations whose ``str()`` reads back to an equal value.

    Party citations come with a symbol (``137-QĐ/TW``), a bare number (with or
    without a year), a plenum (with or without a number) or a congress; State
    citations with a symbol (``30/2020/NĐ-CP``, ``759/QĐ-TTg``, ``64/2025/QH15``).
    Dates, issuers (central and local, with places), terms and quoted subjects
    (nested quotes included) are drawn independently.

    Example:
        >>> from vn_party_docs.strategies import citations
        >>> from hypothesis import find
        >>> find(citations(), lambda c: c.symbol == "NĐ-CP").system.name
        'STATE'
    """
    return st.one_of(_party(), _state())
