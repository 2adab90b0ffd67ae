"""Citations: tables of real phrases, must-not-match, round trips, samples."""

from __future__ import annotations

import datetime
import json

import attrs
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
from vn_party_docs._text.numerals import to_roman
from vn_party_docs.citations import _Fields
from vn_party_docs.strategies._citations import citations

D = datetime.date
NQ, CT, KL = DocType.NGHI_QUYET, DocType.CHI_THI, DocType.KET_LUAN
#: The issuer of a plenum that names the committee.
BCH = "Ban Chấp hành Trung ương"
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
    # the type with what it plans before the number
    ("Kế hoạch kiểm tra số 7-KH/UBKTTU", Citation(DocType.KE_HOACH, 7, "KH/UBKTTU")),
    ("Chương trình làm việc số 3-CTr/TW", Citation(DocType.CHUONG_TRINH, 3, "CTr/TW")),
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
    ("Đề án 06", Citation(DocType.DE_AN, 6)),
    ("Nghị quyết số 21 của TW", Citation(NQ, 21, issuer="Ban Chấp hành Trung ương")),
    ("Quy định số 137, ngày 01/12/2023", Citation(QDINH, 137, issued=D(2023, 12, 1))),
    ("Kết luận 75 của BCH TW", Citation(KL, 75, issuer="Ban Chấp hành Trung ương")),
    ("Nghị quyết T.Ư 4 (khóa XI)", Citation(NQ, plenum=4, term=11)),
    ("Nghị quyết TƯ 10 khóa XII", Citation(NQ, plenum=10, term=12)),
    ("Nghị quyết Hội nghị Trung ương 8 khóa 13", Citation(NQ, plenum=8, term=13)),
    (
        "Nghị quyết Hội nghị lần thứ sáu BCH TW khóa XII",
        Citation(NQ, plenum=6, term=12),  # the committee names the plenum, no issuer
    ),
    # a dash between the plenum and the committee
    (
        "Nghị quyết Hội nghị lần thứ 6 - BCH TƯ Đảng (khóa XI)",
        Citation(NQ, plenum=6, term=11),
    ),
    # the issuer between the type word and "số"
    (
        "Nghị quyết của HĐND tỉnh số 82/2019/NQ-HĐND ngày 12/12/2019",
        Citation(
            NQ, 82, "NQ-HĐND", year=2019, issued=D(2019, 12, 12), issuer="Hội đồng nhân dân tỉnh"
        ),
    ),
    # the Youth Union's Secretariat is not the Party's
    (
        "Hướng dẫn số 12-HD/TWĐTN của Ban Bí thư Trung ương Đoàn",
        Citation(HD, 12, "HD/TWĐTN", issuer="Ban Bí thư Trung ương Đoàn"),
    ),
    # the standing board of a council issues
    (
        "Kế hoạch số 12/KH-HĐND của Thường trực HĐND tỉnh",
        Citation(DocType.KE_HOACH, 12, "KH-HĐND", issuer="Thường trực Hội đồng nhân dân tỉnh"),
    ),
    # the plenum without "Hội nghị"
    (
        "Nghị quyết lần thứ 7 BCH Trung ương Đảng khóa X",
        Citation(NQ, plenum=7, term=10),
    ),
    # a comma between the plenum and its committee
    (
        "Nghị quyết Hội nghị lần thứ 8, Ban Chấp hành Trung ương Đảng khóa XIII",
        Citation(NQ, plenum=8, term=13),
    ),
    # the plenum in Roman numerals, and its number right after the committee
    ("Nghị quyết Hội nghị lần thứ IV BCH Trung ương (khóa XII)", Citation(NQ, plenum=4, term=12)),
    ("Nghị quyết Hội nghị Ban Chấp hành Trung ương 4 khóa XI", Citation(NQ, plenum=4, term=11)),
    ("Nghị quyết 26 tại Hội nghị Trung ương 7(khoá XII)", Citation(NQ, 26, plenum=7, term=12)),
    # the plenum it was issued at names the committee: its issuer
    (
        "Kết luận số 21-KL/TW tại Hội nghị lần thứ 4, BCH Trung ương khóa XIII",
        Citation(KL, 21, "KL/TW", plenum=4, term=13, issuer="Ban Chấp hành Trung ương"),
    ),
    ("Nghị quyết Trung ương IV, khóa 12", Citation(NQ, plenum=4, term=12)),
    ("Kết luận Hội nghị Trung ương 4 khóa XIII", Citation(KL, plenum=4, term=13)),
    ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII", Citation(NQ, congress=13)),
    ("Nghị quyết Đại hội 13 của Đảng", Citation(NQ, congress=13)),
    # "ĐH", the initials of "Đại hội"; a type's initials in parentheses
    ("Nghị quyết ĐH Đại biểu Đảng bộ quận lần thứ XI", Citation(NQ, congress=11)),
    ("Nghị quyết ĐH XIII của Đảng", Citation(NQ, congress=13)),
    ("Nghị quyết (NQ) 28", Citation(NQ, 28)),
    ("Hướng dẫn (mật) số 03-HD/HU", Citation(DocType.HUONG_DAN, 3, "HD/HU")),
    # a local congress's ordinal in words ("lần thứ nhất": every body formed in 2025)
    (
        "Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ nhất",
        Citation(NQ, congress=1),
    ),
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
    # ... and without "của", as after the type word
    (
        "Nghị quyết số 36-NQ/TW ngày 22/10/2018 Hội nghị lần thứ Tám Ban Chấp hành Trung ương "
        "Đảng khóa XII",
        Citation(
            NQ,
            36,
            "NQ/TW",
            issued=D(2018, 10, 22),
            issuer="Ban Chấp hành Trung ương",
            plenum=8,
            term=12,
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
    # a joint symbol's long segment (the Front's Presidium, 13 letters)
    (
        "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN",
        Citation(NQ, 403, "NQLT-UBTVQH14-ĐCTUBTWMTTQVN", year=2017),
    ),
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
    ("Quy định số 96/QĐ-TW", Citation(QDINH, 96, "QĐ-TW")),  # as written, as readers keep it
    ("Chỉ thị số 05/CT-TƯ", Citation(DocType.CHI_THI, 5, "CT-TW")),
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
        Citation(NQ, 42, "NQ/TW", issued=D(2023, 11, 24), plenum=8, term=13, issuer=BCH),
    ),
    (
        "Nghị quyết số 27-NQ/TW, ngày 9/11/2022, Hội nghị lần thứ sáu BCH Trung ương Đảng "
        "khóa XIII",
        Citation(NQ, 27, "NQ/TW", issued=D(2022, 11, 9), plenum=6, term=13, issuer=BCH),
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
    # a congress or a plenum after a comma with a verb after it opens the next clause
    (
        "Theo Chỉ thị số 12, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tổ chức vào đầu "
        "năm 2026.",
        [("Chỉ thị số 12", "Chỉ thị số 12")],
    ),
    (
        "Theo Nghị quyết số 18, Hội nghị Trung ương 6 đã thống nhất sắp xếp bộ máy.",
        [("Nghị quyết số 18", "Nghị quyết số 18")],
    ),
    # ... but without a verb it is the meeting the document came from
    (
        "Thực hiện Nghị quyết số 28, Hội nghị Trung ương 6 khóa XIII về đổi mới.",
        [
            (
                "Nghị quyết số 28, Hội nghị Trung ương 6 khóa XIII",
                "Nghị quyết số 28, Hội nghị Trung ương 6 khóa XIII",
            )
        ],
    ),
    # plenums listed after "lần thứ", their committee after the list
    (
        "Đồng chí Vân phổ biến Nghị quyết Hội nghị lần thứ 12, 13 của Ban Chấp hành Trung "
        "ương Đảng khóa XI.",
        [
            (
                "Nghị quyết Hội nghị lần thứ 12",
                "Nghị quyết Trung ương 12 khóa XI của Ban Chấp hành Trung ương",
            ),
            (
                "13 của Ban Chấp hành Trung ương Đảng khóa XI",
                "Nghị quyết Trung ương 13 khóa XI của Ban Chấp hành Trung ương",
            ),
        ],
    ),
    # "của" between the type and the congress
    (
        "Ban Giám đốc phổ biến Nghị quyết của Đại hội Đảng bộ tỉnh Bắc Kạn lần thứ XII, đồng thời",
        [("Nghị quyết của Đại hội Đảng bộ tỉnh Bắc Kạn lần thứ XII", "Nghị quyết Đại hội XII")],
    ),
    # the agencies' bloc of a city
    (
        "thực hiện Kế hoạch số 79-KH/ĐUK ngày 26/11/2019 của Ban Thường vụ Đảng ủy khối các cơ "
        "quan thành phố về đại hội.",
        [
            (
                "Kế hoạch số 79-KH/ĐUK ngày 26/11/2019 của Ban Thường vụ Đảng ủy khối các cơ "
                "quan thành phố",
                "Kế hoạch số 79-KH/ĐUK ngày 26-11-2019 của Ban Thường vụ Đảng ủy Khối các cơ "
                "quan thành phố",
            )
        ],
    ),
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
    # a list of State symbols after semicolons, each opened by "số"
    (
        "căn cứ Nghị định số 30/2020/NĐ-CP ngày 5/3/2020; số 31/2021/NĐ-CP ngày 26/3/2021.",
        [
            (
                "Nghị định số 30/2020/NĐ-CP ngày 5/3/2020",
                "Nghị định số 30/2020/NĐ-CP ngày 05-03-2020",
            ),
            ("31/2021/NĐ-CP ngày 26/3/2021", "Nghị định số 31/2021/NĐ-CP ngày 26-03-2021"),
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
        [("Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội XIII")],
    ),
    # "NQ" fused with its number or with the plenum's "TW"; "TW lần thứ 7"
    (
        "Sơ kết NQ35 và quán triệt NQTW6 khóa XII, NQTƯ 4 (khóa XI), NQ TW lần thứ 7 khóa X.",
        [
            ("NQ35", "Nghị quyết số 35"),
            ("NQTW6 khóa XII", "Nghị quyết Trung ương 6 khóa XII"),
            ("NQTƯ 4 (khóa XI)", "Nghị quyết Trung ương 4 khóa XI"),
            ("NQ TW lần thứ 7 khóa X", "Nghị quyết Trung ương 7 khóa X"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIND_TABLE, ids=[r[0][:40] for r in FIND_TABLE])
def test_find_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.value)) for m in find_citations(text)] == expected


MUST_NOT_MATCH = [
    # "NQ" glued to a word is no citation
    "Mã NQA2 và NQX được nhắc lại.",
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
    "Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh khóa XX.",
    "Nghị quyết Hội nghị Trung ương Đoàn lần thứ 4 đã nêu.",
    "Chương trình 135 được triển khai đồng bộ.",
    "Kế hoạch 2024 của ngành và Quyết định 1/7/2020 có hiệu lực.",
    "Văn kiện Đại hội XIII của Đảng; các Nghị quyết Trung ương 3 năm qua.",
    "Số 137-QĐ/TW ngày 1-12-2023 (số hiệu không kèm loại văn bản).",
    "Theo pháp luật số 5 người được miễn.",
    "Quyết định số lượng đại biểu; Báo cáo số liệu 9 tháng.",
    "Đề án 5 tỉnh Tây Nguyên cùng triển khai.",  # a count of provinces
    # the plural speaks of them all ("các nghị quyết, kết luận"); concluding is an act
    "Để các nghị quyết, kết luận của Hội nghị Trung ương 10 khóa XII đi vào cuộc sống.",
    # a list item's number on the line after "Đại hội"
    "2. Quán triệt Nội quy, Quy định của Đại hội\n3. Thông qua chương trình.",
]


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_must_not_match(text: str) -> None:
    assert find_citations(text) == []


#: A body named after a document, with its level ("Ban Chỉ đạo Đề án 06 tỉnh"): the number,
#: written with its zero, counts no provinces.
BODIES_NAMED_AFTER_DOCUMENTS = [
    ("Ông Lê Văn Tài, Trưởng Ban Chỉ đạo Đề án 06 tỉnh, phát biểu.", "Đề án 06"),
    ("Thành viên Tổ công tác Đề án 06 huyện dự họp.", "Đề án 06"),
]


@pytest.mark.parametrize(("text", "cited"), BODIES_NAMED_AFTER_DOCUMENTS)
def test_a_body_named_after_a_document_cites_it(text: str, cited: str) -> None:
    [mention] = find_citations(text)
    assert (mention.text, mention.value.number) == (cited, 6)


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
        "Nghị quyết Đại hội XIII",
        "Nghị quyết Đại hội XIII",
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


# -- real news II (issue 15): fields from the sentence around a citation ------------------
# Phrases written for these tests, modelled on the shapes real news uses.

CLAUSE_TABLE: list[tuple[str, str, str | None, D | None]] = [
    # (text, mention text, issuer, issued)
    (
        "Ngày 5/3/2024, Ban Thường vụ Tỉnh ủy Quảng Trị đã ban hành Kế hoạch số 150-KH/TU về "
        "công tác cán bộ.",
        "Kế hoạch số 150-KH/TU",
        "Ban Thường vụ Tỉnh ủy Quảng Trị",
        D(2024, 3, 5),
    ),
    (
        "Mới đây, Ban Bí thư vừa ký ban hành Chỉ thị số 30-CT/TW về công tác dân vận.",
        "Chỉ thị số 30-CT/TW",
        "Ban Bí thư",
        None,
    ),
    # "ban hành kèm theo": the document the rules come with
    (
        "Ngày 20/6/2016, Ban Bí thư ban hành kèm theo Quyết định số 30-QĐ/TW quy chế làm việc.",
        "Quyết định số 30-QĐ/TW",
        "Ban Bí thư",
        D(2016, 6, 20),
    ),
    # "ra" enacts as "ban hành" does
    (
        "Ban Bí thư vừa ra Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.",
        "Chỉ thị số 35-CT/TW",
        "Ban Bí thư",
        None,
    ),
    # the clause's day dates every document it issues
    (
        "Ngày 12/3/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 20-KH/TU và Hướng dẫn số "
        "05-HD/TU về đại hội.",
        "Hướng dẫn số 05-HD/TU",
        "Ban Thường vụ Tỉnh ủy",
        D(2024, 3, 12),
    ),
    (
        "Thay mặt Bộ Chính trị, đồng chí Lương Cường đã ký ban hành Quy định số 296-QĐ/TW về "
        "công tác kiểm tra.",
        "Quy định số 296-QĐ/TW",
        "Bộ Chính trị",
        None,
    ),
    (
        "Ngày 10/5/2025, thay mặt Ban Bí thư, đồng chí Trần Cẩm Tú đã ký Kết luận số 150-KL/TW.",
        "Kết luận số 150-KL/TW",
        "Ban Bí thư",
        D(2025, 5, 10),
    ),
    (
        "Theo đó, tại Quyết định số 439/QĐ-TTg (ngày 3/4/2024), Thủ tướng Chính phủ phê chuẩn "
        "kết quả bầu cử.",
        "Quyết định số 439/QĐ-TTg (ngày 3/4/2024)",
        "Thủ tướng Chính phủ",
        D(2024, 4, 3),
    ),
    (
        "Đã 20 năm kể từ khi Bộ Chính trị ban hành Nghị quyết số 11-NQ/TW về luân chuyển cán bộ.",
        "Nghị quyết số 11-NQ/TW",
        "Bộ Chính trị",
        None,
    ),
    (
        "Quán triệt Chỉ thị số 45-CT/TW, Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã "
        "khẩn trương ban hành Kế hoạch số 12 về đại hội.",
        "Kế hoạch số 12",
        "Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương",
        None,
    ),
    (
        "Ngày 2/2/2020, Ban Thường vụ Đảng ủy BIDV đã ban hành Kế hoạch số 88-KH/ĐU về đại hội.",
        "Kế hoạch số 88-KH/ĐU",
        "Ban Thường vụ Đảng ủy BIDV",
        D(2020, 2, 2),
    ),
    (
        "Thủ tướng Phạm Minh Chính đã ký Quyết định số 439/QĐ-TTg phê duyệt đề án.",
        "Quyết định số 439/QĐ-TTg",
        "Thủ tướng Chính phủ",
        None,
    ),
    (
        "Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh đã ký Quyết định số 1234/QĐ-UBND ngày 3/4/2023.",
        "Quyết định số 1234/QĐ-UBND ngày 3/4/2023",
        "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam",
        D(2023, 4, 3),
    ),
    (
        "Bộ trưởng Bộ Nội vụ Lê Hoàng Anh vừa ký Quyết định số 892/QĐ-BNV.",
        "Quyết định số 892/QĐ-BNV",
        "Bộ trưởng Bộ Nội vụ",
        None,
    ),
    (
        "Hôm qua, Bộ Chính trị đã ra Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp.",
        "Chỉ thị số 45-CT/TW",
        "Bộ Chính trị",
        None,
    ),
    (
        "Khi Trung ương ban hành Nghị quyết 18, các địa phương đã vào cuộc.",
        "Nghị quyết 18",
        "Ban Chấp hành Trung ương",
        None,
    ),
    # the issuer in the citation's own tail
    (
        "Nghị quyết số 18-NQ/TW được Ban Chấp hành Trung ương ban hành ngày 25/10/2017 đã đi "
        "vào cuộc sống.",
        "Nghị quyết số 18-NQ/TW được Ban Chấp hành Trung ương ban hành ngày 25/10/2017",
        "Ban Chấp hành Trung ương",
        D(2017, 10, 25),
    ),
    (
        "theo Quyết định số 1562/QĐ-KTNN ngày 8/9/2016 của Tổng Kiểm toán nhà nước về việc",
        "Quyết định số 1562/QĐ-KTNN ngày 8/9/2016 của Tổng Kiểm toán nhà nước",
        "Tổng Kiểm toán Nhà nước",
        D(2016, 9, 8),
    ),
    (
        "theo Quyết định số 892/QĐ-BNV ngày 23/10/2020 của Bộ trưởng Bộ Nội vụ về việc",
        "Quyết định số 892/QĐ-BNV ngày 23/10/2020 của Bộ trưởng Bộ Nội vụ",
        "Bộ trưởng Bộ Nội vụ",
        D(2020, 10, 23),
    ),
    (
        "Hướng dẫn số 03-HD/TU của Ban Xây dựng Đảng Tỉnh ủy Nghệ An ngày 2/3/2025 về",
        "Hướng dẫn số 03-HD/TU của Ban Xây dựng Đảng Tỉnh ủy Nghệ An ngày 2/3/2025",
        "Ban Xây dựng Đảng Tỉnh ủy Nghệ An",
        D(2025, 3, 2),
    ),
    # a date after a comma leads the next clause, not the citation before it
    (
        "Để quán triệt Nghị quyết Đại hội XIII, ngày 24/3/2021 Ban Thường vụ Tỉnh ủy ban hành "
        "Công văn số 195-CV/TU về tổ chức hội nghị.",
        "Công văn số 195-CV/TU",
        "Ban Thường vụ Tỉnh ủy",
        D(2021, 3, 24),
    ),
    (
        "Để quán triệt Nghị quyết Đại hội XIII, ngày 24/3/2021 Ban Thường vụ Tỉnh ủy ban hành "
        "Công văn số 195-CV/TU về tổ chức hội nghị.",
        "Nghị quyết Đại hội XIII",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "issuer", "issued"), CLAUSE_TABLE, ids=[r[1] for r in CLAUSE_TABLE]
)
def test_issuer_and_date_from_the_clause(
    text: str, mention: str, issuer: str | None, issued: D | None
) -> None:
    [found] = [m for m in find_citations(text) if m.text == mention]
    assert (found.value.issuer, found.value.issued) == (issuer, issued)


#: The sentence names an organ near the citation, but not as the one that issued it.
NO_CLAUSE_ISSUER = [
    # a person signs on the organ's behalf in mid-sentence, the issuer is not stated
    "Bí thư Tỉnh ủy Nguyễn Văn A vừa thay mặt Ban Thường vụ Tỉnh ủy ký ban hành Quyết định "
    "số 841 thành lập tổ công tác.",
    # the organ is part of the signer's title
    "Thường trực Ban Bí thư Trần Cẩm Tú đã ký ban hành Kết luận số 150-KL/TW.",
    "Bí thư Tỉnh ủy Nguyễn Văn A đã ký Quyết định số 15-QĐ/TU.",
    # the organ acts on the document, it does not issue it
    "Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 18-NQ/TW.",
    "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch triển khai Nghị quyết số 18-NQ/TW.",
    "Kế hoạch số 45 được Ban Thường vụ Huyện ủy triển khai sâu rộng.",
    "Kết luận của Bộ Chính trị chỉ rõ: tiếp tục thực hiện Nghị quyết số 18-NQ/TW.",
    "Theo Quyết định số 439/QĐ-TTg, Thủ tướng Chính phủ phê chuẩn kết quả bầu cử.",
]


@pytest.mark.parametrize("text", NO_CLAUSE_ISSUER)
def test_no_issuer_from_other_organs_of_the_sentence(text: str) -> None:
    assert [m.value.issuer for m in find_citations(text)] == [None]


LIST_TABLE: list[tuple[str, list[tuple[str | None, int | None]]]] = [
    # (text, [(issuer, term) of each citation])
    (
        "Các cấp ủy triển khai 4 nghị quyết của Bộ Chính trị, gồm: Nghị quyết số 57-NQ/TW, "
        "Nghị quyết số 59-NQ/TW về hội nhập quốc tế, Nghị quyết số 66-NQ/TW và Nghị quyết số "
        "68-NQ/TW.",
        [("Bộ Chính trị", None)] * 4,
    ),
    (
        "Bộ Chính trị đã ban hành 3 nghị quyết quan trọng: Nghị quyết số 57-NQ/TW ngày "
        "22/12/2024 về khoa học, công nghệ; Nghị quyết số 59-NQ/TW về hội nhập và Nghị quyết "
        "số 66-NQ/TW. Sau đó, Nghị quyết số 68-NQ/TW ra đời.",
        [("Bộ Chính trị", None)] * 3 + [(None, None)],
    ),
    (
        "Quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016, Kết luận số 01-KL/TW ngày 18/5/2021 của "
        "Bộ Chính trị; Kế hoạch số 12-KH/TU ngày 2/6/2021.",
        [("Bộ Chính trị", None), ("Bộ Chính trị", None), (None, None)],
    ),
    (
        "Tiếp tục thực hiện Nghị quyết Trung ương 8, Nghị quyết Trung ương 9 khóa XII về xây "
        "dựng Đảng.",
        [(None, 12), (None, 12)],
    ),
    ("Thực hiện các Nghị quyết Trung ương 4, 5, 6 khóa XIII.", [(None, 13)] * 3),
    ("các Nghị quyết Trung ương 4, 5 năm qua", [(None, None)]),
    ("Học tập Nghị quyết Trung ương 7 – 8 khóa XIII.", [(None, 13)] * 2),
    ("Nghị quyết Trung ương 7 - 5 năm thực hiện", [(None, None)]),
    (
        "Tiếp tục thực hiện Kết luận 01 của Bộ Chính trị và Nghị quyết Trung ương 6 khóa XII.",
        [("Bộ Chính trị", None), (None, 12)],
    ),
    # a shared issuer is not given where the document's own code names another organ
    (
        "Tỉnh ủy quán triệt Nghị quyết số 18-NQ/TW, Kế hoạch số 12-KH/TU của Tỉnh ủy Bình Định.",
        [(None, None), ("Tỉnh ủy Bình Định", None)],
    ),
    (
        "Căn cứ Nghị định số 30/2020/NĐ-CP, Thông tư số 01/2011/TT-BNV của Bộ Nội vụ.",
        [(None, None), ("Bộ Nội vụ", None)],
    ),
    (
        "Quán triệt Hướng dẫn số 26-HD/BTCTW ngày 18/10/2019, Kế hoạch số 12-KH/TU ngày "
        "5/11/2019 của Ban Thường vụ Tỉnh ủy.",
        [(None, None), ("Ban Thường vụ Tỉnh ủy", None)],
    ),
    (
        "Thực hiện Kế hoạch số 12-KH/TU ngày 5/11/2019, Chỉ thị số 05-CT/TW của Bộ Chính trị.",
        [(None, None), ("Bộ Chính trị", None)],
    ),
    # the term of the issuer a list's last item names is shared with that issuer
    (
        "Tổng kết Chương trình số 05-CTr/TU ngày 2/6/2016 và Chương trình số 07-CTr/TU "
        "ngày 8/6/2016 của Thành ủy khóa XVI.",
        [("Thành ủy", 16)] * 2,
    ),
    (
        "Quán triệt Nghị quyết số 18-NQ/TW, Kế hoạch số 12-KH/TU của Tỉnh ủy khóa XIX.",
        [(None, None), ("Tỉnh ủy", 19)],
    ),
    # a Party symbol written in the State's order shares a Party issuer
    (
        "Thực hiện Nghị quyết số 04/NQ-TW và Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương "
        "khóa XII.",
        [("Ban Chấp hành Trung ương", 12)] * 2,
    ),
    # a list written without its spaces is no decimal number
    (
        "Tiếp tục quán triệt Nghị quyết 26,27 của Ban Chấp hành Trung ương khóa XII.",
        [("Ban Chấp hành Trung ương", 12)] * 2,
    ),
    ("Thực hiện Chỉ thị số 15,16 và 17 của Ban Bí thư.", [("Ban Bí thư", None)] * 3),
]

#: A number and a decimal part after a type word is no list: no citation.
DECIMALS_AFTER_A_TYPE_WORD = ["Chương trình 1,5 triệu căn nhà.", "Kế hoạch 2,5 tỷ đồng năm nay."]


@pytest.mark.parametrize("text", DECIMALS_AFTER_A_TYPE_WORD)
def test_a_decimal_after_a_type_word_is_no_list(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(("text", "expected"), LIST_TABLE, ids=[r[0][:40] for r in LIST_TABLE])
def test_lists_share_issuer_and_term(
    text: str, expected: list[tuple[str | None, int | None]]
) -> None:
    assert [(m.value.issuer, m.value.term) for m in find_citations(text)] == expected


def test_a_citation_inside_a_quoted_subject_is_one_too() -> None:
    text = (
        "Thực hiện Chương trình số 83-CTr/TU ngày 25/7/2017 của Tỉnh ủy về “Thực hiện Nghị "
        "quyết số 08-NQ/TW ngày 16/1/2017 của Bộ Chính trị về phát triển du lịch”."
    )
    outer, inner = find_citations(text)
    assert outer.text == "Chương trình số 83-CTr/TU ngày 25/7/2017 của Tỉnh ủy"
    assert outer.value.subject is not None and outer.value.subject.startswith("Thực hiện Nghị")
    assert inner.text == "Nghị quyết số 08-NQ/TW ngày 16/1/2017 của Bộ Chính trị"
    assert (inner.value.number, inner.value.issuer) == (8, "Bộ Chính trị")
    assert outer.span.end <= inner.span.start


#: (text, issuer): a place named by its number after its level word
NUMBERED_PLACES: list[tuple[str, str]] = [
    (
        "Thực hiện Kế hoạch số 221-KH/QU của Ban Thường vụ Quận ủy Quận 3.",
        "Ban Thường vụ Quận ủy Quận 3",
    ),
    ("Theo Kế hoạch số 12-KH/ĐU của Đảng ủy phường 5, quận 8.", "Đảng ủy phường 5"),
    ("Theo Kế hoạch số 2-KH/UBND của UBND huyện 3 năm liền.", "Ủy ban nhân dân huyện"),
]


#: (text, issuer): a city's place written with "TP", written out
CITY_PLACES: list[tuple[str, str]] = [
    (
        "Thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Thành ủy TP.HCM.",
        "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh",
    ),
    ("Theo Kế hoạch số 452 của Thành ủy TPHCM về việc này.", "Thành ủy Thành phố Hồ Chí Minh"),
    ("Theo Kế hoạch số 45 của Thành ủy TP Đà Nẵng.", "Thành ủy Thành phố Đà Nẵng"),
    ("Theo Kế hoạch số 45 của Thành ủy Hà Nội.", "Thành ủy Hà Nội"),
    # an issuer whose level is "thành phố" writes it in lower case, as written out (the
    # citation was lost: its issuer was no canonical one)
    (
        "Thực hiện Nghị quyết số 14 của Ban Chấp hành Đảng bộ TPHCM về phát triển.",
        "Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh",
    ),
    (
        "Thực hiện Nghị quyết số 14 của Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh.",
        "Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh",
    ),
    # "TP" as the level of the organ: the city's name after it, glued or not ("UBND TP" was
    # read, the city lost, or the level written twice)
    (
        "Theo Quyết định số 5/QĐ-UBND của UBND TP.HCM về việc.",
        "Ủy ban nhân dân thành phố Hồ Chí Minh",
    ),
    (
        "Theo Quyết định số 5/QĐ-UBND của UBND TP. HCM về việc.",
        "Ủy ban nhân dân thành phố Hồ Chí Minh",
    ),
    (
        "Thực hiện Nghị quyết số 3 của HĐND TP.HCM về việc.",
        "Hội đồng nhân dân thành phố Hồ Chí Minh",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), CITY_PLACES)
def test_an_issuers_city_is_written_out(text: str, issuer: str) -> None:
    [mention] = find_citations(text)
    assert mention.value.issuer == issuer
    assert parse_citation(str(mention.value)) == mention.value


@pytest.mark.parametrize(("text", "issuer"), NUMBERED_PLACES)
def test_an_issuers_place_may_be_a_number(text: str, issuer: str) -> None:
    [mention] = find_citations(text)
    assert mention.value.issuer == issuer
    assert parse_citation(str(mention.value)) == mention.value


#: A citation's initials in parentheses before its issuer are read over; a short name written
#: out is a citation of its own.
INITIALS_BEFORE_ISSUER = [
    (
        "Quán triệt Nghị quyết số 33-NQ/TW (NQ33) của Bộ Chính trị về quốc phòng.",
        ["Nghị quyết số 33-NQ/TW của Bộ Chính trị"],
    ),
    (
        "Thực hiện Chỉ thị số 05-CT/TW (CT05) ngày 15/5/2016 của Bộ Chính trị.",
        ["Chỉ thị số 05-CT/TW ngày 15-05-2016 của Bộ Chính trị"],
    ),
    (
        "Thực hiện Chỉ thị số 45-CT/TW (Chỉ thị số 45) của Bộ Chính trị.",
        ["Chỉ thị số 45-CT/TW", "Chỉ thị số 45"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INITIALS_BEFORE_ISSUER)
def test_a_citations_initials_before_its_issuer(text: str, expected: list[str]) -> None:
    assert [str(mention.value) for mention in find_citations(text)] == expected


#: (phrase, the same document without the words that say what kind of report it is)
QUALIFIED_TYPES: list[tuple[str, str]] = [
    ("báo cáo thẩm tra số 52/BC-HĐND", "Báo cáo số 52/BC-HĐND"),
    ("Báo cáo bổ sung, giải trình số 311/BC-UBND", "Báo cáo số 311/BC-UBND"),
    ("Tờ trình bổ sung số 14/TTr-UBND ngày 3/12/2021", "Tờ trình số 14/TTr-UBND ngày 3/12/2021"),
    ("Báo cáo kết quả giám sát số 20-BC/HĐND", "Báo cáo số 20-BC/HĐND"),
]


@pytest.mark.parametrize(("phrase", "bare"), QUALIFIED_TYPES)
def test_words_that_qualify_a_type_are_read_over(phrase: str, bare: str) -> None:
    [mention] = find_citations(f"Xét {phrase} của Thường trực HĐND tỉnh.")
    assert mention.text.startswith(phrase.split()[0])
    expected = parse_citation(bare)
    assert attrs.evolve(mention.value, issuer=None) == expected
    assert parse_citation(phrase) == expected


def test_a_qualifier_before_a_plain_number_gives_no_citation() -> None:
    assert find_citations("Báo cáo giám sát số 5 năm nay cho thấy") == []


REAL_NEWS_PARSE: list[tuple[str, Citation]] = [
    # congresses of a local Party organisation: the congress number, no issuer
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX", Citation(NQ, congress=19)),
    ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII", Citation(NQ, congress=17)),
    ("Nghị quyết Đại hội đại biểu Đảng bộ Khối CQ-DN tỉnh lần thứ VII", Citation(NQ, congress=7)),
    ("Nghị quyết Đại hội Đảng bộ TX. Bình Minh lần thứ XI", Citation(NQ, congress=11)),
    ("Nghị quyết Đại hội Đại biểu Đảng bộ thành phố Cần Thơ lần thứ XV", Citation(NQ, congress=15)),
    ("Nghị quyết Đại hội XVIII Đảng bộ tỉnh", Citation(NQ, congress=18)),
    ("Nghị quyết Đại hội đại biểu lần thứ III Đảng bộ Khối", Citation(NQ, congress=3)),
    # ... "lần" before the number without "thứ"
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần XI", Citation(NQ, congress=11)),
    ("Nghị quyết Đại hội đại biểu Đảng bộ huyện lần 12", Citation(NQ, congress=12)),
    # the year written after a Party symbol
    ("Quy định 69-QĐ/TW năm 2022", Citation(QDINH, 69, "QĐ/TW", year=2022)),
    ("Quy định số 69-QĐ/TW, năm 2022", Citation(QDINH, 69, "QĐ/TW", year=2022)),
    ("Chỉ thị 05-CT/TW (năm 2016)", Citation(CT, 5, "CT/TW", year=2016)),
    (
        "Nghị quyết số 18-NQ/TW năm 2017 của Ban Chấp hành Trung ương",
        Citation(NQ, 18, "NQ/TW", year=2017, issuer="Ban Chấp hành Trung ương"),
    ),
    # a plenum named as the issuer is not the organ unless the text names the organ
    (
        "Nghị quyết số 15, ngày 10/6/2012 của Hội nghị Trung ương 5 khoá XI",
        Citation(NQ, 15, issued=D(2012, 6, 10), plenum=5, term=11),
    ),
    # the number in parentheses after a plenum, across a line break
    (
        "Nghị quyết Trung ương 6 khóa XII\n(số 18-NQ/TW ngày 25/10/2017)",
        Citation(NQ, 18, "NQ/TW", issued=D(2017, 10, 25), plenum=6, term=12),
    ),
    # office-holders and local bodies as issuers
    (
        "Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh Quảng Nam",
        Citation(QDDINH, 12, "QĐ-UBND", issuer="Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam"),
    ),
    (
        "Quyết định số 25/2024/QĐ-NHNN của Thống đốc Ngân hàng Nhà nước Việt Nam",
        Citation(QDDINH, 25, "QĐ-NHNN", year=2024, issuer="Thống đốc Ngân hàng Nhà nước Việt Nam"),
    ),
    (
        "Kế hoạch số 08 của Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương",
        Citation(DocType.KE_HOACH, 8, issuer="Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương"),
    ),
    (
        "Hướng dẫn số 02-HD/ĐUK của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Nghệ An",
        Citation(HD, 2, "HD/ĐUK", issuer="Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Nghệ An"),
    ),
    (
        "Quyết định số 12 của Ban Thường vụ Đảng ủy Vietcombank",
        Citation(QDDINH, 12, issuer="Ban Thường vụ Đảng ủy Vietcombank"),
    ),
    # a subject with straight quotes inside curly ones
    (
        'Kết luận số 21-KL/TW về “ngăn chặn biểu hiện "tự diễn biến", "tự chuyển hóa"” '
        "của Bộ Chính trị",
        Citation(
            KL,
            21,
            "KL/TW",
            issuer="Bộ Chính trị",
            subject='ngăn chặn biểu hiện "tự diễn biến", "tự chuyển hóa"',
        ),
    ),
]


@pytest.mark.parametrize(
    ("phrase", "expected"), REAL_NEWS_PARSE, ids=[r[0][:50] for r in REAL_NEWS_PARSE]
)
def test_real_news_phrases(phrase: str, expected: Citation) -> None:
    assert parse_citation(phrase) == expected
    [mention] = find_citations(f"Các cấp ủy thực hiện {phrase}. Tiếp theo")
    assert mention.value == expected
    assert parse_citation(str(expected)) == expected


LOWER_CASE_TABLE = [
    ("Qua 5 năm thực hiện nghị quyết 18, bộ máy đã gọn hơn.", [("nghị quyết 18", 18)]),
    (
        "thực hiện nghị quyết 18 của Trung ương và chỉ thị 05.",
        [
            ("nghị quyết 18 của Trung ương", 18),
            ("chỉ thị 05", 5),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_TABLE)
def test_lower_case_type_with_a_bare_number(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.text, m.value.number) for m in find_citations(text)] == expected


SPACED_SYMBOLS = [
    # a Party symbol whose number and code are joined by a space, not a dash,
    ("Thực hiện Quyết định số 99 QĐ/TW ngày 3/10/2012 của Ban Bí thư.", 99, "QĐ/TW"),
    ("theo Hướng dẫn số 12 HD/BTGTW, các cấp ủy", 12, "HD/BTGTW"),
    # ... or by a slash before a slashed code; a state symbol keeps its dash
    ("theo Quy định số 212/QĐ/TW ngày 30/12/2019 của Ban Chấp hành Trung ương", 212, "QĐ/TW"),
    ("Quy định số 08/QĐi/TW ngày 25/10/2018", 8, "QĐi/TW"),
    ("Quyết định số 123/QĐ-UBND ngày 2/1/2020", 123, "QĐ-UBND"),
    # a state symbol's codes joined by a spaced en dash
    ("theo Quyết định số 1582/QĐ – CTN về đặc xá", 1582, "QĐ-CTN"),
]


@pytest.mark.parametrize(("text", "number", "symbol"), SPACED_SYMBOLS)
def test_a_party_symbol_after_a_space(text: str, number: int, symbol: str) -> None:
    [mention] = find_citations(text)
    assert (mention.value.number, mention.value.symbol) == (number, symbol)
    assert parse_citation(str(mention.value)) == mention.value


ENACTED_BARE_NUMBERS = [
    # a type that needs an issuer for a bare number takes the verb that enacts it instead
    (
        "Ban Thường vụ Huyện ủy đã ban hành Chương trình 07 về chuyển đổi số.",
        DocType.CHUONG_TRINH,
        7,
    ),
    ("Thành ủy vừa ký ban hành Kế hoạch 312 triển khai nghị quyết.", DocType.KE_HOACH, 312),
]


@pytest.mark.parametrize(("text", "doc_type", "number"), ENACTED_BARE_NUMBERS)
def test_a_bare_number_after_an_enacting_verb(text: str, doc_type: DocType, number: int) -> None:
    [mention] = find_citations(text)
    assert (mention.value.doc_type, mention.value.number) == (doc_type, number)
    assert mention.value.issuer is not None
    # without the verb, the same words cite nothing
    assert find_citations("Thực hiện " + text[text.index(mention.text) :]) == []


MUST_NOT_MATCH_II = [
    # lower-case verbs with a count
    "Hội nghị quyết định 2 vấn đề lớn và quy định 10 điều cấm.",
    "các nghị quyết 3 năm qua đã đi vào cuộc sống, kết luận 5 nội dung",
    # local congresses without an ordinal
    "Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025.",
    "Nghị quyết Đại hội Đảng bộ tỉnh và Hội nghị lần thứ 5 Ban Chấp hành.",
]


@pytest.mark.parametrize("text", MUST_NOT_MATCH_II)
def test_must_not_match_real_news(text: str) -> None:
    assert find_citations(text) == []


def test_a_dateline_on_the_next_line_is_not_the_issue_date() -> None:
    text = "Tổng kết thực hiện Nghị quyết số 18-NQ/TW\n22/12/2024\nSáng 22/12, Tỉnh ủy họp."
    [mention] = find_citations(text)
    assert (mention.text, mention.value.issued) == ("Nghị quyết số 18-NQ/TW", None)
    [same_line] = find_citations("Nghị quyết số 18-NQ/TW 25/10/2017 của Ban Bí thư")
    assert same_line.value.issued == D(2017, 10, 25)


SCRAMBLED_TABLE: list[tuple[str, list[Citation]]] = [
    ("Thực hiện Nghị qụỵết Đạí hộị XÍĨÍ củá Đảng.", [Citation(NQ, congress=13)]),
    (
        "Thực hiện Kết lụân số 14-KL/TW ngàỳ 22/9/2021 củả Bộ Chính trị về cán bộ.",
        [Citation(KL, 14, "KL/TW", issued=D(2021, 9, 22), issuer="Bộ Chính trị")],
    ),
    (
        "KẾT LỦẬN 14-KL/TW CỦÀ BỘ CHÍNH TRỊ, BẠN BÍ THƯ VỀ CÁN BỘ",
        [Citation(KL, 14, "KL/TW", issuer="Bộ Chính trị, Ban Bí thư")],
    ),
    (
        "tổng kết Nghị qụỵết số 26-NQ/TW củá Bạn Chấp hành Trũng ương Đảng khỏá XÍĨ và "
        "Nghị qúỷết 19.",
        [
            Citation(NQ, 26, "NQ/TW", issuer="Ban Chấp hành Trung ương", term=12),
            Citation(NQ, 19),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SCRAMBLED_TABLE, ids=[r[0][:30] for r in SCRAMBLED_TABLE]
)
def test_scrambled_tone_marks(text: str, expected: list[Citation]) -> None:
    mentions = find_citations(text)
    assert [m.value for m in mentions] == expected
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.text


def test_correct_text_is_not_repaired() -> None:
    # One scrambled word makes the document read through its repaired copy; what is spelled
    # right stays as it is: "Nam" of a place, "sở" of a department, "Bạn" not before an organ.
    text = (
        "Sở Nội vụ tỉnh Hà Nam 2024 (ngàỳ 5/5) báo cáo Bạn đọc về Nghị quyết số 18 của "
        "Ban Bí thư và Quyết định số 12/QĐ-UBND của UBND tỉnh Hà Nam."
    )
    mentions = find_citations(text)
    assert [(m.text, m.value.issuer) for m in mentions] == [
        ("Nghị quyết số 18 của Ban Bí thư", "Ban Bí thư"),
        (
            "Quyết định số 12/QĐ-UBND của UBND tỉnh Hà Nam",
            "Ủy ban nhân dân tỉnh Hà Nam",
        ),
    ]


KEY_TABLE: list[tuple[str, str | None]] = [
    # local documents carry the organ that numbered them, or no key
    (
        "Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy Quảng Ninh",
        "25-KH/TU@2016[Tỉnh ủy Quảng Ninh]",
    ),
    ("Kế hoạch số 25-KH/TU ngày 2/12/2016 của Tỉnh ủy Cà Mau", "25-KH/TU@2016[Tỉnh ủy Cà Mau]"),
    ("Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy", None),
    ("Kế hoạch số 25-KH/TU ngày 30/11/2016", None),
    (
        "Quyết định số 1234/QĐ-UBND ngày 5/5/2020 của UBND tỉnh Yên Bái",
        "1234/QĐ-UBND@2020[Ủy ban nhân dân tỉnh Yên Bái]",
    ),
    (
        "Quyết định số 1234/QĐ-UBND ngày 6/5/2020 của Chủ tịch UBND tỉnh Nghệ An",
        "1234/QĐ-UBND@2020[Ủy ban nhân dân tỉnh Nghệ An]",
    ),
    ("Nghị quyết số 21/2024/NQ-HĐND", None),
    (
        "Nghị quyết số 20-NQ/ĐU ngày 1/3/2021 của Ban Thường vụ Đảng ủy xã Phong Hải",
        "20-NQ/ĐU@2021[Đảng ủy xã Phong Hải]",
    ),
    (
        "Hướng dẫn số 23-HD/ĐUK ngày 28/11/2019 của Đảng ủy Khối Doanh nghiệp Trung ương",
        "23-HD/ĐUK@2019[Đảng ủy Khối Doanh nghiệp Trung ương]",
    ),
    # central documents need no organ
    ("Hướng dẫn số 26-HD/BTCTW ngày 18/10/2019", "26-HD/BTCTW@2019"),
    ("Quy định 69-QĐ/TW năm 2022", "69-QĐ/TW@2022"),
    ("Quyết định số 759/QĐ-TTg ngày 2/3/2024", "759/QĐ-TTg@2024"),
    ("Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    # a State number without its year names no single document
    ("Quyết định số 759/QĐ-TTg", None),
]


@pytest.mark.parametrize(("phrase", "key"), KEY_TABLE, ids=[r[0][:45] for r in KEY_TABLE])
def test_keys_of_local_documents(phrase: str, key: str | None) -> None:
    assert parse_citation(phrase).key == key


def test_the_repaired_copy_changes_only_scrambled_vocabulary() -> None:
    from vn_party_docs._text.normalize import NormalizedText
    from vn_party_docs.citations import _repaired

    text = (
        "Sở Nội vụ tỉnh Hà Nam 2024 báo cáo Bạn đọc: Kết lụân số 14 củả Bạn Bí thư "
        "khỏá XÍĨ ngàỳ 5/5/2024, cửa hàng số 5."
    )
    norm = NormalizedText(text)
    repaired = _repaired(norm, "scrambled")
    assert repaired.text == (
        "Sở Nội vụ tỉnh Hà Nam 2024 báo cáo Bạn đọc: Kết luận số 14 của Ban Bí thư "
        "khóa XII ngày 5/5/2024, cửa hàng số 5."
    )
    assert repaired.lower == repaired.text.lower()


#: An organ of the issuer vocabulary written right after the identifier, without "của".
ADJACENT_ISSUER_TABLE: list[tuple[str, str, str | None]] = [
    # (text, mention, issuer)
    ("Các tỉnh làm theo Quyết định 3120 Bộ Y tế.", "Quyết định 3120 Bộ Y tế", "Bộ Y tế"),
    (
        "Ngành y tế áp dụng Công văn số 215/BYT Bộ Y tế về phòng dịch.",
        "Công văn số 215/BYT Bộ Y tế",
        "Bộ Y tế",
    ),
    (
        "theo Quyết định số 775/QĐ-BYT Bộ Y tế ban hành ngày 6/4/2022, các cơ sở",
        "Quyết định số 775/QĐ-BYT Bộ Y tế ban hành ngày 6/4/2022",
        "Bộ Y tế",
    ),
    (
        "Triển khai Nghị quyết 86 Chính phủ và Quyết định 3120 Bộ Y tế.",
        "Nghị quyết 86 Chính phủ",
        "Chính phủ",
    ),
    (
        "Quán triệt Chỉ thị 12 Bộ Chính trị, Ban Thường vụ Huyện ủy đã chỉ đạo sát sao.",
        "Chỉ thị 12 Bộ Chính trị",
        "Bộ Chính trị",
    ),
    # the State symbol's own code names the organ: whatever follows
    (
        "Căn cứ Quyết định số 2156/QĐ-TTg Thủ tướng Chính phủ phê duyệt quy hoạch tỉnh",
        "Quyết định số 2156/QĐ-TTg Thủ tướng Chính phủ",
        "Thủ tướng Chính phủ",
    ),
    (
        "theo Công văn số 215/BYT Bộ Y tế yêu cầu các tỉnh",
        "Công văn số 215/BYT Bộ Y tế",
        "Bộ Y tế",
    ),
    (
        "Quyết định số 87/QĐ-UBND UBND tỉnh Phú Thọ giao chỉ tiêu",
        "Quyết định số 87/QĐ-UBND UBND tỉnh Phú Thọ",
        "Ủy ban nhân dân tỉnh Phú Thọ",
    ),
    (
        "thực hiện Kế hoạch số 40-KH/TU Tỉnh ủy Hà Tĩnh về chuyển đổi số",
        "Kế hoạch số 40-KH/TU Tỉnh ủy Hà Tĩnh",
        "Tỉnh ủy Hà Tĩnh",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "issuer"), ADJACENT_ISSUER_TABLE, ids=[r[1] for r in ADJACENT_ISSUER_TABLE]
)
def test_an_organ_right_after_the_identifier_is_the_issuer(
    text: str, mention: str, issuer: str | None
) -> None:
    [found] = [m for m in find_citations(text) if m.text == mention]
    assert found.value.issuer == issuer
    assert parse_citation(str(found.value)) == found.value


#: The organ after the identifier opens a new clause or a list of subjects: no issuer.
NO_ADJACENT_ISSUER: list[tuple[str, str]] = [
    # the organ is the subject of a verb of its own
    ("Sau Quyết định 3120 Bộ Y tế yêu cầu các tỉnh báo cáo.", "Quyết định 3120"),
    # the organ issues the next document
    (
        "Thực hiện Nghị quyết 19 Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 31-KH/HU.",
        "Nghị quyết 19",
    ),
    ("Sau Quyết định 3120 Bộ Y tế ban hành Công văn 412 hướng dẫn.", "Quyết định 3120"),
    # a list of subjects
    ("Thực hiện Nghị quyết 86 Chính phủ, Bộ Y tế và các tỉnh đã vào cuộc.", "Nghị quyết 86"),
    ("Thực hiện Nghị quyết 86 Chính phủ và các tỉnh đã vào cuộc.", "Nghị quyết 86"),
    # an organ whose code the symbol does not carry
    ("Nghị định 47/2021/NĐ-CP Bộ Nội vụ đã hướng dẫn.", "Nghị định 47/2021/NĐ-CP"),
    # a plenum, not an issuer
    ("Thực hiện Nghị quyết 26 Trung ương 7 về cán bộ.", "Nghị quyết 26"),
    # a year is no document number, even before an organ
    ("Kế hoạch 2024 Bộ Y tế đã rõ.", ""),
]


@pytest.mark.parametrize(("text", "mention"), NO_ADJACENT_ISSUER)
def test_an_organ_after_the_identifier_that_is_not_its_issuer(text: str, mention: str) -> None:
    found = find_citations(text)
    if not mention:
        assert found == []
        return
    assert (found[0].text, found[0].value.issuer) == (mention, None)


def test_the_subject_right_after_a_citation_issues_the_next_document() -> None:
    text = "Thực hiện Nghị quyết 19 Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 31-KH/HU."
    assert [m.value.issuer for m in find_citations(text)] == [None, "Ban Thường vụ Huyện ủy"]


#: "Ngày D/M, <Issuer> ban hành <Type> …": the year completed, never guessed.
#: (text, reference_date, issued)
YEARLESS_CLAUSE_DATES: list[tuple[str, D | None, D | None]] = [
    # the reference date
    (
        "Ngày 9/11, Bộ Chính trị ban hành Kết luận số 99-KL/TW về đổi mới.",
        D(2024, 11, 20),
        D(2024, 11, 9),
    ),
    # a day after the reference date is of the year before
    ("Chiều 27/12, Ban Bí thư đã ban hành Chỉ thị số 41-CT/TW.", D(2025, 1, 4), D(2024, 12, 27)),
    # the dateline
    (
        "Tin tức\n\n08:15, 14/02/2023\nNgày 8/2, Tỉnh ủy Nghệ An ban hành Kế hoạch số 9-KH/TU.",
        None,
        D(2023, 2, 8),
    ),
    # the year inside the document's own number wins
    ("Ngày 29/12, Chính phủ ban hành Nghị định số 115/2020/NĐ-CP.", D(2021, 3, 1), D(2020, 12, 29)),
    # the full date that opens an earlier sentence, without a dateline
    (
        "Ngày 6-3-2022, Huyện ủy họp phiên thường kỳ. Ngày 9 tháng 3, Ban Thường vụ Huyện ủy "
        "ký ban hành Quy định số 11-QĐ/HU.",
        None,
        D(2022, 3, 9),
    ),
    # "vừa qua" after the day, a day written with "tháng"
    (
        "Ngày 3/10 vừa qua, Ban Bí thư đã ban hành Chỉ thị số 44-CT/TW về đảng viên.",
        D(2024, 10, 20),
        D(2024, 10, 3),
    ),
    (
        "Ngày 14 tháng 10, Ban Thường vụ Thành ủy Huế ban hành Quy định số 7-QĐ/TU.",
        D(2024, 10, 20),
        D(2024, 10, 14),
    ),
    # no source of a year: left out
    ("Ngày 9/11, Bộ Chính trị ban hành Kết luận số 99-KL/TW.", None, None),
]


@pytest.mark.parametrize(("text", "reference", "issued"), YEARLESS_CLAUSE_DATES)
def test_a_yearless_clause_date_takes_the_year_of_its_context(
    text: str, reference: D | None, issued: D | None
) -> None:
    [found] = find_citations(text, reference_date=reference)
    assert found.value.issued == issued
    assert found.value.issuer is not None


#: "năm YYYY" right after a bare number is the document's year, as after a Party symbol.
NUMBER_YEAR_TABLE: list[tuple[str, str, int | None, System]] = [
    # (text, mention, year, system)
    (
        "thực hiện Chỉ thị 35 năm 2019 của Bộ Chính trị",
        "Chỉ thị 35 năm 2019 của Bộ Chính trị",
        2019,
        System.PARTY,
    ),
    ("Theo Kết luận 14 năm 2021, cán bộ", "Kết luận 14 năm 2021", 2021, System.PARTY),
    (
        "Nghị quyết số 21 (năm 2022) về cơ sở đảng",
        "Nghị quyết số 21 (năm 2022)",
        2022,
        System.STATE,
    ),
    ("Quyết định 412 năm 2020 về biên chế", "Quyết định 412 năm 2020", 2020, System.STATE),
    # after a comma or on the next line, the year starts something else
    ("Thực hiện Chỉ thị 35, năm 2019 toàn tỉnh", "Chỉ thị 35", None, System.PARTY),
    ("Thực hiện Chỉ thị 35\nNăm 2019, toàn tỉnh", "Chỉ thị 35", None, System.PARTY),
]


@pytest.mark.parametrize(("text", "mention", "year", "system"), NUMBER_YEAR_TABLE)
def test_a_year_after_a_bare_number(
    text: str, mention: str, year: int | None, system: System
) -> None:
    [found] = find_citations(text)
    assert (found.text, found.value.year, found.value.system) == (mention, year, system)
    assert parse_citation(str(found.value)) == found.value


def test_a_span_of_years_after_a_number_is_no_citation() -> None:
    assert find_citations("Kế hoạch 3 năm 2021-2023 và Báo cáo 5 năm 2020 - 2025") == []


def test_this_time_after_a_plenum_is_no_count() -> None:
    # "lần này" (this time) after the plenum's number: not "4 lần" (four times)
    [found] = find_citations("Thực hiện Nghị quyết Trung ương 4 lần này phải nghiêm túc.")
    assert (found.text, found.value.plenum) == ("Nghị quyết Trung ương 4", 4)
    assert find_citations("Nghị quyết 4 lần được sửa đổi.") == []


#: Issue 15, round 3: the issuer and its term from the clause, local executive committees
#: abbreviated, collectives of leaders as issuers; (text, issuer, term, issued).
CLAUSE_ISSUER_TABLE: list[tuple[str, str | None, int | None, str | None]] = [
    (
        "Ngày 20/7/2021, Ban Chấp hành Đảng bộ tỉnh (khóa XX) đã ban hành Nghị quyết số "
        "07-NQ/TU về chuyển đổi số.",
        "Ban Chấp hành Đảng bộ tỉnh",
        20,
        "2021-07-20",
    ),
    (
        "Ngày 20/7/2021, BCH Đảng bộ tỉnh khóa XX ban hành Nghị quyết số 07-NQ/TU.",
        "Ban Chấp hành Đảng bộ tỉnh",
        20,
        "2021-07-20",
    ),
    (
        "Ngày 9/1/2022, Ban Thường vụ Huyện ủy, khóa XXII ban hành Kế hoạch số 30-KH/HU.",
        "Ban Thường vụ Huyện ủy",
        22,
        "2022-01-09",
    ),
    (
        "Ngày 2/3/2021, Ban Chấp hành Đảng bộ Khối DNTW (khóa III) ban hành Nghị quyết số "
        "04-NQ/ĐU.",
        "Ban Chấp hành Đảng bộ Khối DNTW",
        3,
        "2021-03-02",
    ),
    # the term and issuer after "của"
    (
        "Thực hiện Nghị quyết số 05-NQ/TU ngày 3/8/2021 của BCH Đảng bộ thành phố (khóa XVII).",
        "Ban Chấp hành Đảng bộ thành phố",
        17,
        "2021-08-03",
    ),
    (
        "Theo Nghị quyết số 05-NQ/HU ngày 3/8/2021 của BCH Đảng bộ huyện (khóa XXV) về nông "
        "thôn mới.",
        "Ban Chấp hành Đảng bộ huyện",
        25,
        "2021-08-03",
    ),
    # a collective of leaders, a lower-case type, the date after the issuer
    (
        "Triển khai thông báo số 07 của Lãnh đạo chủ chốt ngày 15/6/2022, các sở đã.",
        "Lãnh đạo chủ chốt",
        None,
        "2022-06-15",
    ),
    (
        "Triển khai thông báo số 07 của Lãnh đạo chủ chốt tỉnh ngày 15/6/2022, các sở đã.",
        "Lãnh đạo chủ chốt tỉnh",
        None,
        "2022-06-15",
    ),
    (
        "Triển khai thông báo số 12 của Thường trực Tỉnh ủy ngày 1/9/2020, các sở đã.",
        "Thường trực Tỉnh ủy",
        None,
        "2020-09-01",
    ),
    # the unit a grassroots committee leads, its name going on in lower case
    (
        "Thực hiện Kế hoạch số 26-KH/ĐU ngày 11/5/2020 của Ban Thường vụ Đảng ủy Bệnh viện về "
        "việc tổ chức Đại hội.",
        "Ban Thường vụ Đảng ủy Bệnh viện",
        None,
        "2020-05-11",
    ),
    (
        "Quán triệt Nghị quyết 280 của Đảng uỷ Quân khu về huấn luyện.",
        "Đảng ủy Quân khu",
        None,
        None,
    ),
    (
        "Quán triệt Nghị quyết 280 của Đảng ủy Quân khu 7 về huấn luyện.",
        "Đảng ủy Quân khu 7",
        None,
        None,
    ),
    # a business's name goes on in lower case, up to a word of the clause or a type
    (
        "Thực hiện Kế hoạch số 70-KH/ĐU ngày 9/8/2023 của Đảng ủy Tổng công ty Đầu tư phát "
        "triển nhà và đô thị về việc tổ chức đại hội.",
        "Đảng ủy Tổng công ty Đầu tư phát triển nhà và đô thị",
        None,
        "2023-08-09",
    ),
    (
        "Thực hiện Kế hoạch số 24-KH/ĐU ngày 5/7/2017 của Đảng ủy Tổng công ty Sông Đà và kế "
        "hoạch của chi bộ.",
        "Đảng ủy Tổng công ty Sông Đà",
        None,
        "2017-07-05",
    ),
    # a unit's initials joined by a hyphen
    (
        "Thực hiện Kế hoạch số 41-KH/ĐU ngày 2/8/2021 của Ban Thường vụ Đảng ủy ĐHQG-HCM về "
        "việc tổ chức hội nghị.",
        "Ban Thường vụ Đảng ủy ĐHQG-HCM",
        None,
        "2021-08-02",
    ),
    # the name of a bloc read to its level, not cut at its first lower-case word
    (
        "Thực hiện Kết luận số 20-KL/ĐUK ngày 3/5/2022 của Ban Thường vụ Đảng ủy Khối Cơ "
        "quan - Doanh nghiệp tỉnh về việc.",
        "Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
        None,
        "2022-05-03",
    ),
    (
        "Ngày 3/5/2022, Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh (khóa IV) ban "
        "hành Kế hoạch số 20-KH/ĐUK.",
        "Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
        4,
        "2022-05-03",
    ),
    (
        "Theo Kế hoạch số 8-KH/ĐUK của Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Hà Nam về.",
        "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Hà Nam",
        None,
        None,
    ),
    # a clause word after "Khối" ends the issuer there
    (
        "Theo Kết luận số 20-KL/ĐUK ngày 3/5/2022 của Ban Thường vụ Đảng ủy Khối về việc "
        "xây dựng đảng bộ tỉnh.",
        "Ban Thường vụ Đảng ủy Khối",
        None,
        "2022-05-03",
    ),
    # "HDND" typed without the stroke of "Đ"
    (
        "Theo Nghị quyết số 15/2021/NQ-HĐND ngày 5/7/2021 của HDND tỉnh về học phí.",
        "Hội đồng nhân dân tỉnh",
        None,
        "2021-07-05",
    ),
    # must not take a term that is no subject's: the term of a congress in the object
    (
        "Ngày 20/7/2021, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Nghị "
        "quyết Đại hội khóa XX.",
        "Ban Thường vụ Tỉnh ủy",
        None,
        "2021-07-20",
    ),
]


@pytest.mark.parametrize(("text", "issuer", "term", "issued"), CLAUSE_ISSUER_TABLE)
def test_issuer_and_term_of_the_clause(
    text: str, issuer: str | None, term: int | None, issued: str | None
) -> None:
    [found] = find_citations(text)
    value = found.value
    day = value.issued.isoformat() if value.issued else None
    assert (value.issuer, value.term, day) == (issuer, term, issued)
    assert parse_citation(str(value)) == value


def test_a_term_after_the_verb_is_not_the_subjects() -> None:
    # "khóa XX" after the verb belongs to nothing the clause's subject wrote
    [found] = find_citations("Tỉnh ủy ban hành khóa XX Nghị quyết số 3-NQ/TU.")
    assert found.value.term is None


def test_the_central_emulation_council_issues() -> None:
    text = (
        "Thực hiện Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen "
        "thưởng Trung ương về tổng kết phong trào."
    )
    [mention] = find_citations(text)
    assert mention.value.issuer == "Hội đồng Thi đua - Khen thưởng Trung ương"


# -- a central steering committee whose name goes on after "về" ------------------------------
STEERING_ISSUERS = [
    (
        "Theo Thông báo số 07-TB/BCĐTW ngày 10/8/2025 của Ban Chỉ đạo Trung ương về phát triển "
        "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về kết quả 6 tháng.",
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
        "chuyển đổi số",
    ),
    (
        "Kế hoạch số 15-KH/BCĐTW của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng "
        "phí, tiêu cực về kiểm tra, giám sát.",
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
    ),
    # a topic that is no committee's name is the document's
    (
        "Kế hoạch số 15-KH/BCĐTW của Ban Chỉ đạo Trung ương về công tác kiểm tra.",
        "Ban Chỉ đạo Trung ương",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), STEERING_ISSUERS)
def test_a_steering_committee_named_after_ve(text: str, issuer: str) -> None:
    [mention] = find_citations(text)
    assert mention.value.issuer == issuer


#: The standing bodies of the Fatherland Front and of the trade unions issue documents.
FRONT_ISSUERS = [
    (
        "Theo Hướng dẫn số 18/HD-MTTW-BTT ngày 6/5/2024 của Ban Thường trực Ủy ban Trung ương "
        "MTTQ Việt Nam về việc tổ chức đại hội.",
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ),
    (
        "Thực hiện Kế hoạch số 21/KH-MTTQ-BTT ngày 2/3/2023 của Ban Thường trực Ủy ban MTTQ "
        "Việt Nam huyện về giám sát.",
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
    ),
    (
        "Căn cứ Quyết định số 402/QĐ-TLĐ ngày 3/4/2025 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam về "
        "việc ban hành quy chế.",
        "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), FRONT_ISSUERS)
def test_a_front_standing_body_issues(text: str, issuer: str) -> None:
    [mention] = find_citations(text)
    assert mention.value.issuer == issuer
    assert parse_citation(str(mention.value)) == mention.value


# -- several type words sharing one plenum or congress ------------------------------------
SHARED_TYPES = [
    (
        "Hội nghị quán triệt Nghị quyết, Kết luận, Quy định Hội nghị Trung ương 4 khóa XIII.",
        [("Nghị quyết", "Nghị quyết Trung ương 4 khóa XIII"),
         ("Kết luận", "Kết luận Trung ương 4 khóa XIII"),
         ("Quy định Hội nghị Trung ương 4 khóa XIII", "Quy định Trung ương 4 khóa XIII")],
    ),
    (
        "Thực hiện Nghị quyết và Kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng "
        "khóa XII.",
        [("Nghị quyết", "Nghị quyết Trung ương 6 khóa XII"),
         ("Kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
          "Kết luận Trung ương 6 khóa XII")],
    ),
    # a number is one document's: the type before it is not shared
    ("Quán triệt Nghị quyết, Quy định số 37-QĐ/TW.",
     [("Quy định số 37-QĐ/TW", "Quy định số 37-QĐ/TW")]),
    # a list in lower case, "của" before the plenum, its number in Roman figures
    ("Học tập kết luận, quy định của Hội nghị Trung ương IV khóa XIII về xây dựng Đảng.",
     [("kết luận", "Kết luận Trung ương 4 khóa XIII"),
      ("quy định của Hội nghị Trung ương IV khóa XIII", "Quy định Trung ương 4 khóa XIII")]),
    # (but a lower-case type word is not shared with a capitalised one)
    ("Học tập nghị quyết, Quy định của Hội nghị Trung ương 4 khóa XIII.",
     [("Quy định của Hội nghị Trung ương 4 khóa XIII", "Quy định Trung ương 4 khóa XIII")]),
    # "kết luận" in lower case after the type it is listed with: a document, not the act
    ("Hội nghị học tập, quán triệt Nghị quyết, kết luận Hội nghị Trung ương 7 khóa XII.",
     [("Nghị quyết", "Nghị quyết Trung ương 7 khóa XII"),
      ("kết luận Hội nghị Trung ương 7 khóa XII", "Kết luận Trung ương 7 khóa XII")]),
    # ... and after "của": the conclusion's content
    ("Bài viết nêu tinh thần mới của kết luận Hội nghị Trung ương 4 khóa XIII.",
     [("kết luận Hội nghị Trung ương 4 khóa XIII", "Kết luận Trung ương 4 khóa XIII")]),
]  # fmt: skip


# -- a plenum's forms --------------------------------------------------------------------
PLENUM_FORMS = [
    ("Quán triệt Kết luận của Hội nghị Trung ương 4 khóa XIII.", "Kết luận Trung ương 4 khóa XIII"),
    ("Thực hiện Nghị quyết Hội nghị Trung ương V khóa X.", "Nghị quyết Trung ương 5 khóa X"),
    # the Central Committee between the plenum and its term
    (
        "Học tập Nghị quyết Trung ương 7, Ban Chấp hành Trung ương Đảng khóa XII về cán bộ.",
        "Nghị quyết Trung ương 7 khóa XII",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLENUM_FORMS)
def test_plenum_forms(text: str, expected: str) -> None:
    [mention] = find_citations(text)
    assert str(mention.value) == expected
    assert parse_citation(str(mention.value)) == mention.value


# -- a list of numbers after a colon, "QUTW" ----------------------------------------------
def test_numbers_listed_after_a_colon() -> None:
    text = "Quán triệt các Nghị quyết: số 05 của BCT, số 230 của QUTW về quân đội."
    found = [str(mention.value) for mention in find_citations(text)]
    assert found == [
        "Nghị quyết số 05 của Bộ Chính trị",
        "Nghị quyết số 230 của Quân ủy Trung ương",
    ]


@pytest.mark.parametrize(("text", "expected"), SHARED_TYPES)
def test_type_words_sharing_one_plenum(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.value)) for m in find_citations(text)] == expected


def test_the_executive_committee_of_a_bloc_unnamed_issues() -> None:
    [mention] = find_citations("Nghị quyết số 03 của Ban Chấp hành Đảng bộ Khối về chuyển đổi số.")
    assert mention.value.issuer == "Ban Chấp hành Đảng bộ Khối"


# -- the plenums and executive committees of other bodies --------------------------------
OTHER_COMMITTEES = [
    (
        "Thực hiện Nghị quyết số 19-NQ/HNDTW của Ban Chấp hành Trung ương Hội Nông dân Việt "
        "Nam (khóa VII) về công tác.",
        "Ban Chấp hành Trung ương Hội Nông dân Việt Nam",
        None,
        7,
    ),
    (
        "Quán triệt Nghị quyết Hội nghị lần thứ 10 của Ban Chấp hành Trung ương Hội Liên hiệp "
        "Phụ nữ Việt Nam khóa XIII.",
        "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        10,
        13,
    ),
    (
        "Thực hiện Kết luận Hội nghị lần thứ 9 của Ban Chấp hành Đảng bộ tỉnh khóa XX.",
        "Ban Chấp hành Đảng bộ tỉnh",
        9,
        20,
    ),
    # ... with "BCH" written for "Ban Chấp hành"
    (
        "Thực hiện Kết luận Hội nghị lần thứ 9 của BCH Đảng bộ tỉnh khóa XX.",
        "Ban Chấp hành Đảng bộ tỉnh",
        9,
        20,
    ),
]


def test_the_central_committees_plenum_of_bch_written_short() -> None:
    [mention] = find_citations(
        "Kiểm điểm theo tinh thần Nghị quyết Hội nghị lần thứ tư của BCH Trung ương Đảng khóa "
        "XI về xây dựng Đảng."
    )
    value = mention.value
    assert (value.issuer, value.plenum, value.term) == ("Ban Chấp hành Trung ương", 4, 11)
    assert value.key == "NQ/TW4/XI"


@pytest.mark.parametrize(("text", "issuer", "plenum", "term"), OTHER_COMMITTEES)
def test_the_plenum_of_another_committee(
    text: str, issuer: str, plenum: int | None, term: int
) -> None:
    [mention] = find_citations(text)
    value = mention.value
    assert (value.issuer, value.plenum, value.term) == (issuer, plenum, term)
    assert parse_citation(str(value)) == value
    if plenum is not None:
        assert value.key is None  # not the Party Central Committee's plenum
        assert str(value).startswith(f"{value.doc_type.label} Hội nghị lần thứ {plenum} của")


def test_a_day_without_its_year_is_read_over() -> None:
    [mention] = find_citations("Quyết định số 2136-QĐNS/TW ngày 20/5 của Bộ Chính trị về cán bộ.")
    value = mention.value
    assert (value.issued, value.issuer, value.symbol) == (None, "Bộ Chính trị", "QĐNS/TW")


def test_a_local_issuer_s_place_stops_before_a_congress() -> None:
    text = "Nghị quyết Hội nghị lần thứ 1 của Ban Chấp hành Đảng bộ tỉnh Cà Mau Đại hội I của Đảng"
    [mention] = find_citations(text)
    assert (mention.value.issuer, mention.value.plenum, mention.value.congress) == (
        "Ban Chấp hành Đảng bộ tỉnh Cà Mau",
        1,
        1,
    )


#: The resolutions of other organisations' congresses: the congress number, no issuer.
ORGANISATION_CONGRESSES = [
    ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ VIII Hội Nông dân Việt Nam.", 8),
    ("Nghị quyết Đại hội Đoàn lần thứ XII của tỉnh.", 12),
    ("thực hiện Nghị quyết Đại hội lần thứ 10 Công đoàn tỉnh Bình Dương", 10),
    ("quán triệt Nghị quyết Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX", 9),
    ("Nghị quyết Đại hội của Hội Cựu chiến binh tỉnh lần thứ VI", 6),
    ("Nghị quyết Đại hội XIII Công đoàn Việt Nam", 13),
    ("Nghị quyết Đại hội đại biểu MTTQVN tỉnh lần thứ IX", 9),
]


@pytest.mark.parametrize(("text", "congress"), ORGANISATION_CONGRESSES)
def test_other_organisations_congress_resolutions(text: str, congress: int) -> None:
    [mention] = find_citations(text)
    assert (mention.value.congress, mention.value.issuer) == (congress, None)
    assert str(mention.value) == f"Nghị quyết Đại hội {to_roman(congress)}"
    assert parse_citation(str(mention.value)) == mention.value


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # an abbreviation in parentheses after the enacting clause's subject
        ("Kiểm toán nhà nước (KTNN) vừa ban hành Quyết định số 720/KTNN-TH.", "Kiểm toán Nhà nước"),
        # the agency that leads the drafting is not who issued it
        ("sửa đổi Bộ luật Hình sự số 100/2015/QH13 do Bộ Tư pháp chủ trì;", None),
        ("Thông tư số 12/2020/TT-BNV do Bộ Nội vụ ban hành.", "Bộ Nội vụ"),
    ],
)
def test_who_issued_a_document_by_its_clause(text: str, issuer: str | None) -> None:
    [mention] = find_citations(text)
    assert mention.value.issuer == issuer


def test_a_list_intro_with_a_passive_before_its_colon() -> None:
    text = (
        "Có 4 Nghị quyết của Bộ Chính trị được quán triệt, triển khai thực hiện gồm: Nghị quyết "
        "số 59 về hội nhập quốc tế; Nghị quyết số 70 về an ninh năng lượng."
    )
    assert [(m.text, m.value.issuer) for m in find_citations(text)] == [
        ("Nghị quyết số 59", "Bộ Chính trị"),
        ("Nghị quyết số 70", "Bộ Chính trị"),
    ]


TOPIC_THEN_ISSUER = [
    # an issuer named after an unquoted topic: the citation reaches over the topic
    (
        "Tỉnh ủy quán triệt Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng pháp luật "
        "của Bộ Chính trị.",
        "Nghị quyết số 66-NQ/TW của Bộ Chính trị",
    ),
    (
        "Sơ kết Chỉ thị 35 về đại hội đảng bộ các cấp của Bộ Chính trị, huyện đã …",
        "Chỉ thị số 35 của Bộ Chính trị",
    ),
    (
        "Nghị định 30/2020/NĐ-CP về công tác văn thư của Chính phủ và Thông tư 01.",
        "Nghị định số 30/2020/NĐ-CP của Chính phủ",
    ),
    # a topic about an organ's work names the organ, not the issuer
    (
        "Quy định số 05-QĐ/TU về chức năng, nhiệm vụ, quyền hạn của Ban Tổ chức Tỉnh ủy.",
        "Quy định số 05-QĐ/TU",
    ),
    # an organ that cannot have issued the document, or that starts a clause
    ("Nghị định 15/2021/NĐ-CP về quản lý dự án của Bộ Xây dựng.", "Nghị định số 15/2021/NĐ-CP"),
    (
        "Nghị quyết 57 về khoa học của Bộ Chính trị đề ra mục tiêu lớn.",
        "Nghị quyết số 57",
    ),
    # the topic ends at the next document or a clause mark
    (
        "Nghị quyết 79 về kinh tế nhà nước; Nghị quyết 80 về văn hóa của Bộ Chính trị.",
        "Nghị quyết số 79",
    ),
]


@pytest.mark.parametrize(("text", "canonical"), TOPIC_THEN_ISSUER)
def test_an_issuer_after_an_unquoted_topic(text: str, canonical: str) -> None:
    first = find_citations(text)[0]
    assert str(first.value) == canonical
    reaches = first.value.issuer is not None
    assert first.text.endswith(first.value.issuer or "") and (" về " in first.text) == reaches
    assert parse_citation(str(first.value)) == first.value


def test_a_refused_issuer_or_subject_loses_only_itself() -> None:
    fields = _Fields(DocType.NGHI_QUYET, number=14, issuer="của ai đó", subject=" lạc ")
    assert fields.citation() == Citation(DocType.NGHI_QUYET, 14)
    fields = _Fields(DocType.NGHI_QUYET, number=14, issuer="Bộ Chính trị", subject=" lạc ")
    assert fields.citation() == Citation(DocType.NGHI_QUYET, 14, issuer="Bộ Chính trị")
