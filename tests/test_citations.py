"""Citations: tables of real phrases, must-not-match, round trips, samples."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import sample_text, sample_texts
from vn_party_docs import (
    Citation,
    DocType,
    ParseError,
    System,
    find_citations,
    parse_citation,
)
from vn_party_docs.strategies._citations import citations

D = datetime.date
NQ, CT, KL = DocType.NGHI_QUYET, DocType.CHI_THI, DocType.KET_LUAN
QDINH, QDDINH, HD = DocType.QUY_DINH, DocType.QUYET_DINH, DocType.HUONG_DAN

PARSE_TABLE: list[tuple[str, Citation]] = [
    # SPEC §4 examples
    (
        "Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư",
        Citation(QDINH, 137, "QĐ/TW", issued=D(2023, 12, 1), issuer="Ban Bí thư"),
    ),
    ("Nghị quyết Trung ương 4 khóa XII", Citation(NQ, plenum=4, term=12)),
    ("Nghị định số 30/2020/NĐ-CP", Citation(DocType.NGHI_DINH, 30, "NĐ-CP", year=2020)),
    ("Nghị quyết Đại hội XIII của Đảng", Citation(NQ, congress=13)),
    # Party symbols and dates in every family
    (
        "Quy định số 87-QĐ/TW, 28-10-2022 của Ban Bí thư",
        Citation(QDINH, 87, "QĐ/TW", issued=D(2022, 10, 28), issuer="Ban Bí thư"),
    ),
    (
        "Nghị quyết số 28-NQ/TW ngày 17 tháng 11 năm 2022",
        Citation(NQ, 28, "NQ/TW", issued=D(2022, 11, 17)),
    ),
    (
        "Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị",
        Citation(QDINH, 96, "QĐ/TW", issued=D(2023, 2, 2), issuer="Bộ Chính trị"),
    ),
    (
        "Hướng dẫn số 26-HD/BTCTW ngày 30-11-2023 của Ban Tổ chức Trung ương",
        Citation(HD, 26, "HD/BTCTW", issued=D(2023, 11, 30), issuer="Ban Tổ chức Trung ương"),
    ),
    ("Chỉ thị 05-CT/TW", Citation(CT, 5, "CT/TW")),
    ("Quy định số 04-QĐi/TW", Citation(QDINH, 4, "QĐi/TW")),
    ("Quyết định số 06-QĐNS/TW", Citation(QDDINH, 6, "QĐNS/TW")),
    ("Công văn số 8011-CV/BTCTW", Citation(DocType.CONG_VAN, 8011, "CV/BTCTW")),
    (
        "Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy",
        Citation(
            DocType.KE_HOACH, 25, "KH/TU", issued=D(2016, 11, 30), issuer="Ban Thường vụ Tỉnh ủy"
        ),
    ),
    ("Nghị quyết số 20-NQ/ĐU", Citation(NQ, 20, "NQ/ĐU")),
    ("Hướng dẫn số 02-HD/ĐUK", Citation(HD, 2, "HD/ĐUK")),
    ("Quy chế số 01-QC/TU", Citation(DocType.QUY_CHE, 1, "QC/TU")),
    ("Kế hoạch số 56-KH/BCĐ", Citation(DocType.KE_HOACH, 56, "KH/BCĐ")),
    ("Kết luận số 12-KL/XYZ", Citation(KL, 12, "KL/XYZ")),
    ("Quy định số 137-QD/TW", Citation(QDINH, 137, "QĐ/TW")),
    ("Chỉ thị 03-CT/TƯ", Citation(CT, 3, "CT/TW")),
    ("Kết luận số 100 - KL/TW", Citation(KL, 100, "KL/TW")),
    ("Nghị quyết số 68- NQ/TW", Citation(NQ, 68, "NQ/TW")),
    ("Nghị quyết số 21 – NQ/TW", Citation(NQ, 21, "NQ/TW")),
    ("Nghị quyết 68-NQ-TW", Citation(NQ, 68, "NQ/TW")),
    ("Quy định số: 66-QĐ/TW", Citation(QDINH, 66, "QĐ/TW")),
    ("NGHỊ QUYẾT SỐ 18-NQ/TW", Citation(NQ, 18, "NQ/TW")),
    (
        "Nghị quyết số 18-NQ/TW của BCH\nTrung ương",
        Citation(NQ, 18, "NQ/TW", issuer="Ban Chấp hành Trung ương"),
    ),
    # informal Party references
    ("Chỉ thị 35 của Bộ Chính trị", Citation(CT, 35, issuer="Bộ Chính trị")),
    ("Kết luận 01", Citation(KL, 1)),
    ("Quy định 205", Citation(QDINH, 205)),
    ("Nghị quyết số 21 của TW", Citation(NQ, 21, issuer="Ban Chấp hành Trung ương")),
    ("Quy định số 137, ngày 01/12/2023", Citation(QDINH, 137, issued=D(2023, 12, 1))),
    ("Kết luận 75 của BCH TW", Citation(KL, 75, issuer="Ban Chấp hành Trung ương")),
    ("Nghị quyết T.Ư 4 (khóa XI)", Citation(NQ, plenum=4, term=11)),
    ("Nghị quyết TƯ 10 khóa XII", Citation(NQ, plenum=10, term=12)),
    ("Nghị quyết Hội nghị Trung ương 8 khóa 13", Citation(NQ, plenum=8, term=13)),
    ("Nghị quyết Hội nghị lần thứ sáu BCH TW khóa XII", Citation(NQ, plenum=6, term=12)),
    ("Nghị quyết 26 tại Hội nghị Trung ương 7(khoá XII)", Citation(NQ, 26, plenum=7, term=12)),
    ("Kết luận Hội nghị Trung ương 4 khóa XIII", Citation(KL, plenum=4, term=13)),
    ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII", Citation(NQ, congress=13)),
    ("Nghị quyết Đại hội 13 của Đảng", Citation(NQ, congress=13)),
    (
        "Nghị quyết số 60-NQ/TW ngày 12-4-2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương "
        "Đảng khóa XIII",
        Citation(
            NQ,
            60,
            "NQ/TW",
            issued=D(2025, 4, 12),
            issuer="Ban Chấp hành Trung ương",
            plenum=11,
            term=13,
        ),
    ),
    (
        "Kết luận số 21-KL/TW về “Đẩy mạnh xây dựng, chỉnh đốn Đảng”",
        Citation(KL, 21, "KL/TW", subject="Đẩy mạnh xây dựng, chỉnh đốn Đảng"),
    ),
    (
        "Kết luận số 126-KL/TW ngày 14-02-2025 của Bộ Chính trị, Ban Bí thư",
        Citation(KL, 126, "KL/TW", issued=D(2025, 2, 14), issuer="Bộ Chính trị, Ban Bí thư"),
    ),
    # State citations
    ("Luật số 64/2025/QH15", Citation(DocType.LUAT, 64, "QH15", year=2025)),
    ("Quyết định số: 01/2001/QĐ-UB", Citation(QDDINH, 1, "QĐ-UB", year=2001)),
    (
        "Quyết định số 759/QĐ-TTg của Thủ tướng Chính phủ",
        Citation(QDDINH, 759, "QĐ-TTg", issuer="Thủ tướng Chính phủ"),
    ),
    ("Thông tư số 21/2024/TT-BYT", Citation(DocType.THONG_TU, 21, "TT-BYT", year=2024)),
    ("Thông tư số 01/2024/TT-BNV", Citation(DocType.THONG_TU, 1, "TT-BNV", year=2024)),
    (
        "Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP",
        Citation(DocType.THONG_TU_LIEN_TICH, 55, "TTLT-BNV-VPCP", year=2005),
    ),
    ("Nghị quyết số 1667/NQ-UBTVQH15", Citation(NQ, 1667, "NQ-UBTVQH15")),
    (
        "Nghị quyết số 202/2025/QH15 của Quốc hội",
        Citation(NQ, 202, "QH15", year=2025, issuer="Quốc hội"),
    ),
    (
        ["Decree-like", "Nghị định 178/2024/ND-CP"][1],
        Citation(DocType.NGHI_DINH, 178, "NĐ-CP", year=2024),
    ),
    # a Party resolution written state-style: number and year, no symbol; issuer says Party
    (
        "nghị quyết 18/2017 của Trung ương",
        Citation(NQ, 18, year=2017, issuer="Ban Chấp hành Trung ương"),
    ),
    # spacing, colons, state-order Party symbols, qualifiers, law names
    ("Nghị quyết số:18-NQ/TW", Citation(NQ, 18, "NQ/TW")),
    ("Quy định số 96/QĐ-TW", Citation(QDINH, 96, "QĐ/TW")),
    ("Quyết định số 06-QDNS/TW", Citation(QDDINH, 6, "QĐNS/TW")),
    ("Quyết định 82/2005-QĐ-UBND", Citation(QDDINH, 82, "QĐ-UBND", year=2005)),
    ("Quy chế làm việc số 01-QC/TU", Citation(DocType.QUY_CHE, 1, "QC/TU")),
    (
        "Luật Cán bộ, công chức số 22/2008/QH12",
        Citation(DocType.LUAT, 22, "QH12", year=2008),
    ),
    (
        "Quy định số 205-QĐ/TW do Bộ Chính trị ban hành",
        Citation(QDINH, 205, "QĐ/TW", issuer="Bộ Chính trị"),
    ),
    (
        "Thông báo kết luận số 81-TB/TW ngày 18/7/2025 của Bộ Chính trị",
        Citation(DocType.THONG_BAO, 81, "TB/TW", issued=D(2025, 7, 18), issuer="Bộ Chính trị"),
    ),
    (
        "Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị (khóa XII)",
        Citation(QDINH, 205, "QĐ/TW", issued=D(2019, 9, 23), issuer="Bộ Chính trị", term=12),
    ),
    # plenum spellings
    ("Nghị quyết Hội nghị Trung ương lần thứ tư khóa XII", Citation(NQ, plenum=4, term=12)),
    ("Kết luận Trung ương 4 khóa XIII", Citation(KL, plenum=4, term=13)),
    (
        "Nghị quyết số 42-NQ/TW ngày 24/11/2023 Hội nghị lần thứ tám Ban Chấp hành Trung ương "
        "Đảng khóa XIII",
        Citation(NQ, 42, "NQ/TW", issued=D(2023, 11, 24), plenum=8, term=13),
    ),
    (
        "Nghị quyết số 27-NQ/TW, ngày 9/11/2022, Hội nghị lần thứ sáu BCH Trung ương Đảng "
        "khóa XIII",
        Citation(NQ, 27, "NQ/TW", issued=D(2022, 11, 9), plenum=6, term=13),
    ),
    ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", Citation(NQ, congress=13)),
    # local issuers, with their places as written
    (
        "Nghị quyết số 20-NQ/ĐU của Ban Thường vụ Đảng ủy xã Phong Hải",
        Citation(NQ, 20, "NQ/ĐU", issuer="Ban Thường vụ Đảng ủy xã Phong Hải"),
    ),
    (
        "Kế hoạch số 88-KH/BTGTU của Ban Tuyên giáo Tỉnh ủy",
        Citation(DocType.KE_HOACH, 88, "KH/BTGTU", issuer="Ban Tuyên giáo Tỉnh ủy"),
    ),
    (
        "Đề án số 04-ĐA/TU ngày 02/12/2025 của Tỉnh ủy Khánh Hòa",
        Citation(DocType.DE_AN, 4, "ĐA/TU", issued=D(2025, 12, 2), issuer="Tỉnh ủy Khánh Hòa"),
    ),
    (
        "Kế hoạch số 564/KH-UBND ngày 5/5/2023 của UBND tỉnh Nghệ An",
        Citation(
            DocType.KE_HOACH,
            564,
            "KH-UBND",
            issued=D(2023, 5, 5),
            issuer="Ủy ban nhân dân tỉnh Nghệ An",
        ),
    ),
    # old tone marks, NFD, NBSP
    ("Nghị quyết Trung ương 4 khoá XII", Citation(NQ, plenum=4, term=12)),
    ("Quy\u00a0định số 137-QĐ/TW", Citation(QDINH, 137, "QĐ/TW")),
    ("Quy định số 137-\u00d0/TW".replace("-\u00d0", "-Q\u00d0"), Citation(QDINH, 137, "QĐ/TW")),
]


@pytest.mark.parametrize(("phrase", "expected"), PARSE_TABLE, ids=[r[0][:50] for r in PARSE_TABLE])
def test_parse_table(phrase: str, expected: Citation) -> None:
    assert parse_citation(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), PARSE_TABLE, ids=[r[0][:50] for r in PARSE_TABLE])
def test_find_agrees(phrase: str, expected: Citation) -> None:
    [mention] = find_citations(f"Các cấp ủy thực hiện {phrase}. Tiếp theo")
    assert mention.value == expected
    assert mention.text == " ".join(phrase.split()) or mention.text == phrase


def test_system_and_key() -> None:
    assert parse_citation("Nghị định số 30/2020/NĐ-CP").system is System.STATE
    assert parse_citation("Nghị định số 30/2020/NĐ-CP").key == "30/2020/NĐ-CP"
    assert parse_citation("Chỉ thị 35 của Bộ Chính trị").system is System.PARTY
    assert parse_citation("Quyết định số 759/QĐ-TTg").system is System.STATE
    assert parse_citation("nghị quyết 18/2017 của Trung ương").system is System.PARTY
    assert parse_citation("Nghị quyết Trung ương 4 khóa XII").key == "NQ/TW4/XII"
    assert parse_citation("Nghị quyết Đại hội XIII của Đảng").key == "NQ/ĐH/XIII"
    full = parse_citation("Nghị quyết số 18-NQ/TW ngày 25-10-2017")
    later = parse_citation("Nghị quyết số 18-NQ/TW ngày 16-6-2022")
    assert (full.key, later.key) == ("18-NQ/TW@2017", "18-NQ/TW@2022")
    assert parse_citation("Nghị quyết số 18-NQ/TW khóa XII").key == "18-NQ/TW@XII"
    assert parse_citation("Nghị quyết số 18-NQ/TW").key is None
    assert parse_citation("Quy định 205").key is None


def test_canonical_str() -> None:
    assert str(parse_citation("Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư")) == (
        "Quy định số 137-QĐ/TW ngày 01-12-2023 của Ban Bí thư"
    )
    assert str(parse_citation("Nghị quyết số 4-NQ/TW")) == "Nghị quyết số 04-NQ/TW"
    assert str(parse_citation("Nghị quyết T.Ư 4 (khoá XI)")) == "Nghị quyết Trung ương 4 khóa XI"
    assert DocType.NGHI_QUYET.label == "Nghị quyết" and DocType.NGHI_QUYET.code == "NQ"
    assert DocType.LUAT.code is None


FIND_TABLE: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Thực hiện Nghị quyết số 18, 19, 20 của Ban Chấp hành Trung ương khóa XII.",
        [
            ("Nghị quyết số 18", "Nghị quyết số 18 khóa XII của Ban Chấp hành Trung ương"),
            ("19", "Nghị quyết số 19 khóa XII của Ban Chấp hành Trung ương"),
            (
                "20 của Ban Chấp hành Trung ương khóa XII",
                "Nghị quyết số 20 khóa XII của Ban Chấp hành Trung ương",
            ),
        ],
    ),
    (
        "đẩy mạnh thực hiện Nghị quyết Trung ương 4 khóa XI, XII về xây dựng Đảng",
        [
            ("Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 khóa XI"),
            ("XII", "Nghị quyết Trung ương 4 khóa XII"),
        ],
    ),
    (
        "Quán triệt Quy định số 137-QĐ/TW, 138-QĐ/TW ngày 1-12-2023 của Ban Bí thư.",
        [
            ("Quy định số 137-QĐ/TW", "Quy định số 137-QĐ/TW ngày 01-12-2023 của Ban Bí thư"),
            (
                "138-QĐ/TW ngày 1-12-2023 của Ban Bí thư",
                "Quy định số 138-QĐ/TW ngày 01-12-2023 của Ban Bí thư",
            ),
        ],
    ),
    (
        "theo Quy định số 22, 24, 37-QĐ/TW của Ban Chấp hành Trung ương",
        [
            ("Quy định số 22", "Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương"),
            ("24", "Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương"),
            (
                "37-QĐ/TW của Ban Chấp hành Trung ương",
                "Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương",
            ),
        ],
    ),
    (
        "gắn với Nghị quyết Trung ương 4 (khóa XI, XII) và Quy định 205, 3 cơ quan báo cáo",
        [
            ("Nghị quyết Trung ương 4 (khóa XI", "Nghị quyết Trung ương 4 khóa XI"),
            ("XII", "Nghị quyết Trung ương 4 khóa XII"),
            ("Quy định 205", "Quy định số 205"),
        ],
    ),
    (
        "Theo Luật Cán bộ, công chức năm 2008 và Nghị định số 112/2011/NĐ-CP của Chính phủ.",
        [
            (
                "Nghị định số 112/2011/NĐ-CP của Chính phủ",
                "Nghị định số 112/2011/NĐ-CP của Chính phủ",
            )
        ],
    ),
    (
        "Nghị quyết Trung ương 4 khóa XI và khóa XII",
        [
            ("Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 khóa XI"),
            ("XII", "Nghị quyết Trung ương 4 khóa XII"),
        ],
    ),
    (
        "Chương trình hành động thực hiện Nghị quyết Đại hội XIII của Đảng.",
        [("Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội XIII của Đảng")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIND_TABLE, ids=[r[0][:40] for r in FIND_TABLE])
def test_find_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.value)) for m in find_citations(text)] == expected


MUST_NOT_MATCH = [
    "Thông báo kết luận của Thường trực Tỉnh ủy về chương trình công tác.",
    "cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh thuộc lĩnh vực tổ chức.",
    "trọng tâm là Đề án trình Hội nghị Trung ương 4 khóa XIII.",
    "bám sát Kết luận tại Hội nghị toàn quốc tổng kết công tác năm 2023.",
    "triển khai các nghị quyết, quy định, kết luận, chỉ thị của Trung ương.",
    "Liên hệ số điện thoại 0290.3831.234 hoặc 0912-345-678.",
    "Xem trang 12, mục 3; ngày 1-12-2023 hội nghị họp.",
    "Báo cáo 6 tháng đầu năm và Kế hoạch 3 năm tới, Chương trình 2 nội dung.",
    "Hướng dẫn của Ban Tổ chức Trung ương về công tác cán bộ.",
    "sơ kết các quyết định, nghị định của Chính phủ",
    "Phát biểu kết luận Hội nghị Trung ương 4 khóa XIII, Tổng Bí thư nhấn mạnh.",
    "Kết luận hội nghị, đồng chí Mai Văn Chính đề nghị toàn ngành chủ động.",
    "Nghị quyết Đại hội đại biểu toàn quốc lần thứ VIII Hội Nông dân Việt Nam.",
    "Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh khóa XX.",
    "Nghị quyết Hội nghị Trung ương Đoàn lần thứ 4 đã nêu.",
    "Chương trình 135 và Đề án 06 được triển khai đồng bộ.",
    "Kế hoạch 2024 của ngành và Quyết định 1/7/2020 có hiệu lực.",
    "Văn kiện Đại hội XIII của Đảng; các Nghị quyết Trung ương 3 năm qua.",
    "Số 137-QĐ/TW ngày 1-12-2023 (số hiệu không kèm loại văn bản).",
    "Theo pháp luật số 5 người được miễn.",
    "Quyết định số lượng đại biểu; Báo cáo số liệu 9 tháng.",
]


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_must_not_match(text: str) -> None:
    assert find_citations(text) == []


BAD = [
    "",
    "Quy định",
    "Nghị quyết số",
    "Quy định số 0",
    "abc 137-QĐ/TW",
    "Quy định số 137-QĐ/TW và còn nữa",
]


@pytest.mark.parametrize("text", BAD)
def test_parse_errors(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_citation(text)
    assert 0 <= info.value.position <= len(text)
    assert "citation" in info.value.expected


def test_parse_error_points_after_the_citation() -> None:
    text = "Quy định số 137-QĐ/TW và còn nữa"
    with pytest.raises(ParseError) as info:
        parse_citation(text)
    assert info.value.position == len("Quy định số 137-QĐ/TW")


@pytest.mark.parametrize("value", [None, b"Quy dinh 205", 205])
def test_type_errors(value: object) -> None:
    with pytest.raises(TypeError):
        parse_citation(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_citations(value)  # type: ignore[arg-type]


def test_validators_refuse_what_cannot_be_written() -> None:
    with pytest.raises(ValueError):
        Citation(CT, plenum=4)  # only Nghị quyết and Kết luận are cited by plenum
    with pytest.raises(ValueError):
        Citation(NQ, 18, "nq/tw")  # not canonical
    with pytest.raises(ValueError):
        Citation(NQ, 18, "NQ/TW/2017")  # a year is not part of a Party symbol
    with pytest.raises(ValueError):
        Citation(NQ, 18, issuer="Ban Foo")  # not an organ the grammar reads back
    with pytest.raises(ValueError):
        Citation(NQ, 18, subject="a\nb")
    with pytest.raises(ValueError):
        Citation(NQ, plenum=40)
    assert Citation(NQ, 18, issuer="Tỉnh ủy Cà Mau").issuer == "Tỉnh ủy Cà Mau"


def test_validators() -> None:
    with pytest.raises(ValueError):
        Citation(NQ)
    with pytest.raises(ValueError):
        Citation(NQ, number=-1)
    with pytest.raises(ValueError):
        Citation(NQ, symbol="NQ/TW")
    with pytest.raises(ValueError):
        Citation(NQ, 1, year=3000)


@given(citations())
def test_round_trip_text(citation: Citation) -> None:
    assert parse_citation(str(citation)) == citation


@given(citations())
def test_round_trip_dict(citation: Citation) -> None:
    assert Citation.from_dict(json.loads(json.dumps(citation.to_dict()))) == citation


CONTEXTS = [
    ("", ""),
    ("Thực hiện ", "."),
    ("Quán triệt ", "; tiếp tục"),
    ("(", ")"),
    ("Theo\n", "\nvà các văn bản"),
]


@given(citations(), st.sampled_from(CONTEXTS))
def test_find_in_context(citation: Citation, context: tuple[str, str]) -> None:
    prefix, suffix = context
    text = prefix + str(citation) + suffix
    [mention] = find_citations(text)
    assert mention.value == citation
    assert (mention.span.start, mention.span.end) == (len(prefix), len(prefix) + len(str(citation)))


HOSTILE = 'Quy địnhNghị quyết số 0123456789-–/QĐ/TWNĐ-CP khóa XIII,;:()“”"\n\u00a0ngàytháng năm'


@given(st.text(alphabet=HOSTILE, max_size=300))
def test_never_raises(text: str) -> None:
    for mention in find_citations(text):
        assert text[mention.span.start : mention.span.end] == mention.text


SAMPLE_EXPECTED: dict[str, list[str]] = {
    "000": [
        "Nghị quyết Đại hội XIII của Đảng",
        "Nghị quyết Đại hội XIII của Đảng",
        "Nghị quyết Trung ương 4 khóa XI",
        "Nghị quyết Trung ương 4 khóa XII",
        "Kết luận số 01 của Bộ Chính trị",
        "Nghị quyết Trung ương 6 khóa XII",
        "Kết luận số 74 của Bộ Chính trị",
        "Quy định số 205 của Bộ Chính trị",
        "Kết luận Trung ương 4 khóa XIII",
    ],
    "001": [
        "Quy định số 137-QĐ/TW ngày 01-12-2023 của Ban Bí thư",
        "Quy định số 138-QĐ/TW ngày 01-12-2023 của Ban Bí thư",
        "Hướng dẫn số 26-HD/BTCTW ngày 30-11-2023 của Ban Tổ chức Trung ương",
        "Kết luận số 21-KL/TW về “Đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; "
        "kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng "
        "chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, tự chuyển hóa”",
        "Nghị quyết số 21-NQ/TW về “Tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng "
        "cao chất lượng đội ngũ đảng viên trong giải đoạn mới”",
    ],
    "002": [
        "Nghị quyết Trung ương 4 khóa XII",
        "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương",
        "Nghị quyết số 39-NQ/TW của Bộ Chính trị",
    ],
    "003": [
        "Quy định số 87-QĐ/TW ngày 28-10-2022 của Ban Bí thư",
        "Quy định số 96-QĐ/TW ngày 02-02-2023 của Bộ Chính trị",
        "Nghị quyết số 28-NQ/TW ngày 17-11-2022 của Ban Chấp hành Trung ương",
    ],
    "004": [
        "Chỉ thị số 35 của Bộ Chính trị",
        "Kết luận số 75 của Ban Chấp hành Trung ương",
        "Chỉ thị số 45 của Bộ Chính trị",
        "Nghị quyết số 26, Hội nghị Trung ương 7 khóa XII",
    ],
}


@pytest.mark.parametrize("prefix", sorted(SAMPLE_EXPECTED))
def test_samples(prefix: str) -> None:
    found = [str(m.value) for m in find_citations(sample_text(prefix))]
    assert found == SAMPLE_EXPECTED[prefix]


def test_samples_parse_agrees() -> None:
    for text in sample_texts().values():
        mentions = find_citations(text)
        for mention in mentions:
            assert text[mention.span.start : mention.span.end] == mention.text
            label = mention.value.doc_type.label.lower()
            if mention.text.lower().startswith(label):  # self-contained, not "XII" of a list
                assert parse_citation(mention.text) == mention.value


def test_extract_gives_the_same_citations() -> None:
    from vn_party_docs import extract

    text = "Tiếp tục thực hiện Kết luận 01 của Bộ Chính trị và Nghị quyết Trung ương 6 khóa XII."
    assert list(extract(text).citations) == find_citations(text)
    assert [str(m.value) for m in extract(text).citations] == [
        "Kết luận số 01 của Bộ Chính trị",
        "Nghị quyết Trung ương 6 khóa XII",
    ]


def test_spans_survive_nfd_crlf_and_nbsp() -> None:
    import unicodedata

    phrase = "Quy định số 87-QĐ/TW,\u00a028-10-2022 của Ban\r\nBí thư"
    text = "Các đảng ủy triển khai " + unicodedata.normalize("NFD", phrase) + " trong quý IV."
    [mention] = find_citations(text)
    assert mention.text == unicodedata.normalize("NFD", phrase)
    assert mention.value == Citation(
        QDINH, 87, "QĐ/TW", issued=D(2022, 10, 28), issuer="Ban Bí thư"
    )
