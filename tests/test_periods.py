"""Periods: tables of real phrases, must-not-match, round trips, find in context."""

from __future__ import annotations

import datetime
import itertools
import json
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import sample_text, sample_texts
from vn_party_docs import ParseError, Period, PeriodKind, find_periods, parse_period
from vn_party_docs.strategies._periods import periods

D = datetime.date
Q = Period.quarter
H = Period.half_year

PARSE_TABLE: list[tuple[str, Period]] = [
    # SPEC §3 canonical forms
    ("quý III năm 2021", Q(2021, 3)),
    ("6 tháng đầu năm 2023", H(2023, 1)),
    ("6 tháng cuối năm 2023", H(2023, 2)),
    ("9 tháng đầu năm 2024", Period.first_months(2024, 9)),
    ("tháng 9 năm 2021", Period.month(2021, 9)),
    ("năm 2019", Period.year(2019)),
    ("nhiệm kỳ 2021-2026", Period.term(2021, 2026)),
    ("giai đoạn 2023-2030", Period.stage(2023, 2030)),
    # SPEC §3 / §9 variants
    ("quý 3/2021", Q(2021, 3)),
    ("quý II/2024", Q(2024, 2)),
    ("Quý III/2022", Q(2022, 3)),
    ("quý 3 năm 2021", Q(2021, 3)),
    ("QUÝ IV NĂM 2021", Q(2021, 4)),
    ("quý I - 2024", Q(2024, 1)),
    ("3 tháng đầu năm 2021", Q(2021, 1)),
    ("3 tháng cuối năm 2022", Q(2022, 4)),
    ("9 tháng năm 2023", Period.first_months(2023, 9)),
    ("sáu tháng cuối năm 2020", H(2020, 2)),
    ("sáu tháng đầu năm 2020", H(2020, 1)),
    # the months left are the last ones
    ("6 tháng còn lại năm 2022", H(2022, 2)),
    ("ba tháng còn lại năm 2019", Q(2019, 4)),
    ("nửa đầu năm 2023", H(2023, 1)),
    ("7 tháng đầu năm 2026", Period.first_months(2026, 7)),
    ("hai tháng đầu năm 2025", Period.first_months(2025, 2)),
    ("11 tháng đầu năm 2024", Period.first_months(2024, 11)),
    ("12 tháng năm 2024", Period.year(2024)),
    ("tháng 9/2021", Period.month(2021, 9)),
    ("tháng 02/2022", Period.month(2022, 2)),
    ("tháng 12 năm 2023", Period.month(2023, 12)),
    ("tháng 7/2026", Period.month(2026, 7)),
    ("Năm 2024", Period.year(2024)),
    ("nhiệm kỳ 2021 - 2026", Period.term(2021, 2026)),
    ("nhiệm kỳ 2025–2030", Period.term(2025, 2030)),
    ("nhiệm kỳ 2021 -2026", Period.term(2021, 2026)),
    ("nhiệm kỳ 2020 −\n2025", Period.term(2020, 2025)),
    ("giai đoạn 2023 - 2025", Period.stage(2023, 2025)),
    ("giai đoạn 2021–2026", Period.stage(2021, 2026)),
    ("Giai đoạn 2026 — 2030", Period.stage(2026, 2030)),
    # tolerant reading: old tone marks, NFD, NBSP, stray spaces
    ("6 tháng\u00a0đầu năm 2023", H(2023, 1)),
    (unicodedata.normalize("NFD", "quý III năm 2021"), Q(2021, 3)),
    (unicodedata.normalize("NFD", "nhiệm kỳ 2021-2026"), Period.term(2021, 2026)),
    ("  quý   II  năm  2024 ", Q(2024, 2)),
    ("quý I\nnăm 2022", Q(2022, 1)),
    # more real-world spellings
    ("QUÝ III/2021", Q(2021, 3)),
    ("Quý 4 năm 2023", Q(2023, 4)),
    ("quý IV-2025", Q(2025, 4)),
    ("quý I – 2024", Q(2024, 1)),
    ("quý\u00a0II\u00a0năm\u00a02024", Q(2024, 2)),
    ("6 THÁNG ĐẦU NĂM 2023", H(2023, 1)),
    ("Sáu tháng đầu năm 2024", H(2024, 1)),
    ("nửa cuối năm 2024", H(2024, 2)),
    ("ba tháng cuối năm 2022", Q(2022, 4)),
    ("mười một tháng đầu năm 2024", Period.first_months(2024, 11)),
    ("mười tháng năm 2025", Period.first_months(2025, 10)),
    ("5 tháng đầu năm\n2026", Period.first_months(2026, 5)),
    ("tháng 9-2021", Period.month(2021, 9)),
    ("Tháng 02 năm 2022", Period.month(2022, 2)),
    ("tháng 1 / 2024", Period.month(2024, 1)),
    ("năm\u00a02019", Period.year(2019)),
    ("NĂM 2030", Period.year(2030)),
    ("nhiệm kì 2020-2025", Period.term(2020, 2025)),
    ("NHIỆM KỲ 2021 – 2026", Period.term(2021, 2026)),
    ("nhiệm kỳ 2025 -\n2030", Period.term(2025, 2030)),
    ("nhiệm kỳ\n2015 - 2020", Period.term(2015, 2020)),
    ("nhiệm kỳ 2021\u00a0-\u00a02026", Period.term(2021, 2026)),
    ("nhiệm  kỳ 2016-2021", Period.term(2016, 2021)),  # two spaces inside the words
    ("giai  đoạn 2021-2025", Period.stage(2021, 2025)),
    ("giai đoạn 2021\u20132030", Period.stage(2021, 2030)),
    ("GIAI ĐOẠN 2016-2020", Period.stage(2016, 2020)),
    ("quý III năm 2021\r\n", Q(2021, 3)),
    ("\u200bquý III năm 2021", Q(2021, 3)),
    (unicodedata.normalize("NFD", "6 tháng cuối năm 2023"), H(2023, 2)),
    (unicodedata.normalize("NFD", "giai đoạn 2023 - 2030"), Period.stage(2023, 2030)),
    (unicodedata.normalize("NFD", "NHIỆM KỲ 2021-2026"), Period.term(2021, 2026)),
    ("năm 1010", Period.year(1010)),
    # zero padding, months in words, a dot before the year (issue 15)
    ("06 tháng đầu năm 2024", H(2024, 1)),
    ("06 tháng cuối năm 2021", H(2021, 2)),
    ("09 tháng năm 2023", Period.first_months(2023, 9)),
    ("03 tháng đầu năm 2022", Q(2022, 1)),
    ("tháng Ba năm 2024", Period.month(2024, 3)),
    ("tháng ba năm 2024", Period.month(2024, 3)),
    ("Tháng Tư/2025", Period.month(2025, 4)),
    ("tháng Năm năm 2022", Period.month(2022, 5)),
    ("tháng Mười một năm 2023", Period.month(2023, 11)),
    ("THÁNG MƯỜI HAI NĂM 2020", Period.month(2020, 12)),
    ("tháng Mười năm 2019", Period.month(2019, 10)),
    ("tháng 5.2020", Period.month(2020, 5)),
    ("tháng 11.2023", Period.month(2023, 11)),
    ("quý II.2024", Q(2024, 2)),
    # a range opened by "từ", and a mark misplaced on the "u" of "quý"
    ("giai đoạn từ 2016 – 2020", Period.stage(2016, 2020)),
    ("giai đoạn từ năm 2021 đến năm 2025", Period.stage(2021, 2025)),
    ("nhiệm kỳ từ 2015 - 2020", Period.term(2015, 2020)),
    ("qúy 1 năm 2014", Q(2014, 1)),
    # "năm" after the slash
    ("quý I/năm 2023", Q(2023, 1)),
    ("tháng 5/ năm 2022", Period.month(2022, 5)),
]


@pytest.mark.parametrize(("phrase", "expected"), PARSE_TABLE, ids=[row[0] for row in PARSE_TABLE])
def test_parse_table(phrase: str, expected: Period) -> None:
    assert parse_period(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), PARSE_TABLE, ids=[row[0] for row in PARSE_TABLE])
def test_find_agrees_with_parse(phrase: str, expected: Period) -> None:
    [mention] = find_periods(f"Kết quả {phrase}, tiếp tục.")
    assert mention.value == expected
    assert parse_period(mention.text) == expected


FIND_TABLE: list[tuple[str, list[tuple[str, str]]]] = [
    # SPEC §3 enumerations with a shared year
    (
        "đánh giá kết quả công tác quý III; triển khai nhiệm vụ công tác quý IV năm 2021.",
        [("quý III", "2021-Q3"), ("quý IV năm 2021", "2021-Q4")],
    ),
    (
        "báo cáo quý I, phương hướng, nhiệm vụ trọng tâm quý II năm 2024.",
        [("quý I", "2024-Q1"), ("quý II năm 2024", "2024-Q2")],
    ),
    (
        "sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020.",
        [("6 tháng đầu năm", "2020-H1"), ("6 tháng cuối năm 2020", "2020-H2")],
    ),
    # several ranges after one keyword
    (
        "qua các nhiệm kỳ 2010 - 2015, 2015 - 2020 và 2020 - 2025.",
        [
            ("nhiệm kỳ 2010 - 2015", "2010/2015"),
            ("2015 - 2020", "2015/2020"),
            ("2020 - 2025", "2020/2025"),
        ],
    ),
    # a year inside a date or a longer period is not a YEAR
    ("Chiều ngày 30 tháng 9 năm 2021, hội nghị họp.", []),
    ("Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư.", []),
    ("Nghị định số 30/2020/NĐ-CP và Luật số 64/2025/QH15.", []),
    ("kết quả quý III năm 2021 rất tốt", [("quý III năm 2021", "2021-Q3")]),
    # must not match
    ("Khai giảng năm học 2023-2024 tại trường.", []),
    ("Đại hội khóa XIII (2021 - 2026) đã thành công.", []),
    ("thực hiện nửa cuối nhiệm kỳ còn lại của khóa XIII", []),
    ("những kinh nghiệm quý báu, quý vị đại biểu", []),
    ("Gọi số 0290.3831.234 hoặc xem trang 12.", []),
    ("năm 2023 - 2024 là hai năm bản lề", []),
    ("quý V năm 2021 không có thật", [("năm 2021", "2021")]),
    ("tháng 13 năm 2021 không có thật", []),
    # a year nobody can know: left out
    ("Trong quý II, ngành tập trung công tác cán bộ.", []),
    # target years are years
    ("đến năm 2030, tầm nhìn đến năm 2045", [("năm 2030", "2030"), ("năm 2045", "2045")]),
    # several numbers after one keyword; the year closes the list
    (
        "Sơ kết quý I, II năm 2024 của Đảng bộ.",
        [("quý I", "2024-Q1"), ("II năm 2024", "2024-Q2")],
    ),
    ("Báo cáo quý III và IV năm 2021.", [("quý III", "2021-Q3"), ("IV năm 2021", "2021-Q4")]),
    ("Lịch họp tháng 9, 10/2021.", [("tháng 9", "2021-09"), ("10/2021", "2021-10")]),
    # several years after one "năm", but not a figure after the year
    (
        "Các năm 2017, 2018 và 2019, chi bộ đạt trong sạch vững mạnh.",
        [("năm 2017", "2017"), ("2018", "2018"), ("2019", "2019")],
    ),
    ("trong năm 2023, 2.500 hộ thoát nghèo", [("năm 2023", "2023")]),
    ("tháng 9, 10 đơn vị chưa nộp báo cáo", []),
    # enumerations are read in time order across the new year
    (
        "Đánh giá công tác quý IV, triển khai nhiệm vụ quý I năm 2022.",
        [("quý IV", "2021-Q4"), ("quý I năm 2022", "2022-Q1")],
    ),
    # a shared year stays inside its sentence
    ("Kết quả quý III. Nhiệm vụ quý IV năm 2021.", [("quý IV năm 2021", "2021-Q4")]),
    # old tone marks around, a line break inside a term
    (
        "bầu cử đại biểu Quốc hội khoá XV và HĐND nhiệm kỳ 2021 -\n2026",
        [("nhiệm kỳ 2021 -\n2026", "2021/2026")],
    ),
    # the lead's date is a date, its year completes the period of the same sentence
    (
        "Sáng ngày 12 tháng 7 năm 2023, hội nghị sơ kết 6 tháng đầu năm 2023.",
        [("6 tháng đầu năm 2023", "2023-H1")],
    ),
    (
        "Quý IV/2021, quý I/2022 và năm 2022.",
        [("Quý IV/2021", "2021-Q4"), ("quý I/2022", "2022-Q1"), ("năm 2022", "2022")],
    ),
]

#: Issue 15: a year later in the sentence completes the periods before it; a month
#: inside the quarter that closes the list is in the same year.
ENUMERATION_TABLE: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Ban Tổ chức giao ban công tác tháng 3 và quý I năm 2019 với các tỉnh.",
        [("tháng 3", "2019-03"), ("quý I năm 2019", "2019-Q1")],
    ),
    (
        "kết quả tháng 6 và 6 tháng đầu năm 2022 của ngành",
        [("tháng 6", "2022-06"), ("6 tháng đầu năm 2022", "2022-H1")],
    ),
    (
        "đánh giá tháng 12, triển khai nhiệm vụ tháng 1 năm 2024",
        [("tháng 12", "2023-12"), ("tháng 1 năm 2024", "2024-01")],
    ),
    (
        "Đảng ủy Khối sơ kết công tác 6 tháng đầu năm, bàn phương hướng, giải pháp thực hiện "
        "các chỉ tiêu về xây dựng Đảng và hệ thống chính trị, công tác kiểm tra, giám sát "
        "trong 6 tháng cuối năm 2021.",
        [("6 tháng đầu năm", "2021-H1"), ("6 tháng cuối năm 2021", "2021-H2")],
    ),
    (
        "Hội nghị đánh giá 06 tháng đầu năm, nhiệm vụ 06 tháng cuối năm 2024.",
        [("06 tháng đầu năm", "2024-H1"), ("06 tháng cuối năm 2024", "2024-H2")],
    ),
    (
        "Kết quả tháng Ba và quý I năm 2023 đã được báo cáo.",
        [("tháng Ba", "2023-03"), ("quý I năm 2023", "2023-Q1")],
    ),
    # a vague position's year closes the list as the quarter it stands for: "cuối năm" the
    # last, "đầu năm" the first (no period of its own); it stays inside its sentence
    (
        "Huyện ủy sơ kết 6 tháng đầu năm, triển khai nhiệm vụ những tháng cuối năm 2023.",
        [("6 tháng đầu năm", "2023-H1")],
    ),
    (
        "Đảng ủy tổng kết công tác quý IV, bàn nhiệm vụ đầu năm 2022.",
        [("quý IV", "2021-Q4")],
    ),
    (
        "Huyện ủy sơ kết 6 tháng đầu năm. Cuối năm 2023 sẽ tổng kết.",
        [("6 tháng đầu năm", "2030-H1")],
    ),
    # so do the months left of a year, and their year is a period of its own
    (
        "Thành ủy đánh giá 3 tháng đầu năm, triển khai nhiệm vụ 9 tháng còn lại của năm 2020.",
        [("3 tháng đầu năm", "2020-Q1"), ("năm 2020", "2020")],
    ),
    # ... but the last months of a year, which make no period kind, are a vague position
    # in it, as "cuối năm 2024" is: no period, and their year closes the list
    ("Huyện ủy sơ kết quý I, bàn nhiệm vụ 9 tháng cuối năm 2021.", [("quý I", "2021-Q1")]),
    ("nhiệm vụ 2 tháng cuối năm 2024", []),
    (
        "Đảng ủy sơ kết 8 tháng đầu năm, bàn nhiệm vụ 4 tháng cuối năm 2022.",
        [("8 tháng đầu năm", "2022-8M")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ENUMERATION_TABLE, ids=[row[0][:40] for row in ENUMERATION_TABLE]
)
def test_enumeration_years(text: str, expected: list[tuple[str, str]]) -> None:
    # a reference date of another year: the year the sentence states wins
    found = [(m.text, m.value.code) for m in find_periods(text, reference_date=D(2030, 1, 1))]
    assert found == expected


#: Issue 15: what names no period although it holds a keyword and a year.
NOT_PERIODS: list[str] = [
    # vague positions in a year, a month or a quarter
    "Đại hội dự kiến tổ chức vào đầu năm 2025.",
    "từ đầu năm 2021 đến nay, tỉnh đã kết nạp nhiều đảng viên",
    "giữa năm 2022 và cuối năm 2023",
    "kết thúc năm 2022, toàn Đảng bộ có thêm nhiều chi bộ",
    "những tháng đầu năm 2024 tình hình còn khó khăn",
    "Vào trung tuần tháng 11-2002, tôi được điều động",
    "thượng tuần tháng 4/2019 và hạ tuần tháng 5 năm 2019",
    "cuối tháng 9/2023 đoàn công tác trở về",
    "đầu quý III/2024 sẽ tổng kết",
    # the year of a law's name and of its amendment
    "Điều 5 Luật Tổ chức chính quyền địa phương năm 2015, sửa đổi, bổ sung năm 2019 quy định",
    "Theo Hiến pháp năm 2013, Quốc hội là cơ quan đại biểu cao nhất",
    "Bộ luật Lao động năm 2019 (sửa đổi, bổ sung năm 2021) có hiệu lực",
    "thi hành Luật Phòng, chống tham nhũng năm 2018",
    "LUẬT ĐẤT ĐAI NĂM 2024",
    "Pháp lệnh Dân số năm 2003 đã được sửa đổi",
    # the edition of any document, in parentheses
    "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát "
    "triển năm 2011) được quán triệt",
    "Điều lệ Đảng (sửa đổi, bổ sung năm 2020) quy định rõ",
    # a year right after a document symbol or number is the citation's
    "Quy định 69-QĐ/TW năm 2022 của Bộ Chính trị về kỷ luật tổ chức đảng",
    "tiếp tục thực hiện Nghị quyết số 21-NQ/TW năm 2022 về tổ chức cơ sở đảng",
    "Kết luận 14 năm 2021 của Bộ Chính trị về khuyến khích cán bộ",
    "thực hiện Chỉ thị số 35 (năm 2019) về đại hội đảng bộ các cấp",
    "Quy định 69-QĐ/TW, năm 2022 và Nghị quyết 21-NQ/TW (năm 2022)",
    "Luật Thủ đô số 39/2024/QH15 năm 2024 có nhiều điểm mới",
    # the date of a founding
    "Đảng bộ tỉnh được thành lập vào năm 1930 tại Vinh.",
    "Hợp tác xã ra đời năm 1998 với 40 xã viên.",
    # a day left blank in a form
    "Hà Nội, ngày   tháng 12 năm 2020",
    "ngày ... tháng ... năm 2021",
    "Đắk Lắk, ngày …… tháng 5 năm 2024",
    # months in words that name something else, or no month at all
    "kỷ niệm Cách mạng Tháng Tám năm 1945 và Quốc khánh",
    "kỷ niệm Cách mạng tháng Mười Nga",
    "mỗi tháng hai lần, chi bộ sinh hoạt",
    "trong 3 tháng năm ngoái",
    # a month in words inside a date
    "ngày 30 tháng Tư năm 1975",
    "mùng 2 tháng Chín năm 1945",
    # a decimal is not a dotted year
    "tháng 5.5 triệu đồng",
]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_not_periods(text: str) -> None:
    assert find_periods(text, reference_date=D(2023, 5, 5)) == []


#: The guards above are narrow: the same words elsewhere leave the period standing.
STILL_PERIODS: list[tuple[str, list[tuple[str, str]]]] = [
    ("đến hết năm 2030 hoàn thành", [("năm 2030", "2030")]),
    ("Luật Đất đai có hiệu lực trong năm 2024", [("năm 2024", "2024")]),
    ("triển khai Luật Đất đai, năm 2024 toàn tỉnh", [("năm 2024", "2024")]),
    ("công tác kỷ luật năm 2023", [("năm 2023", "2023")]),
    ("kế hoạch bổ sung năm 2024", [("năm 2024", "2024")]),
    ("tỉnh dẫn đầu năm 2023 về chỉ số", [("năm 2023", "2023")]),
    # a birth's year or month, as readers of real articles annotate it
    ("Đồng chí Trần Văn B sinh năm 1968, quê Hà Tĩnh.", [("năm 1968", "1968")]),
    ("bà Lê Thị C (sinh năm 1975) được bầu làm Chủ tịch", [("năm 1975", "1975")]),
    ("Ông sinh tháng 8/1972 tại Thanh Hóa.", [("tháng 8/1972", "1972-08")]),
    ("công tác tuyển sinh năm 2023 đạt chỉ tiêu", [("năm 2023", "2023")]),
    ("số học sinh năm 2023 tăng", [("năm 2023", "2023")]),
    ("các khoản phát sinh năm 2023", [("năm 2023", "2023")]),
    ("Chỉ thị 05, năm 2023 toàn tỉnh tiếp tục", [("năm 2023", "2023")]),
    ("sau 5 năm, năm 2023 là năm bản lề", [("năm 2023", "2023")]),
    ("Trong năm 2023, tỉnh thành lập 3 chi bộ", [("năm 2023", "2023")]),
    ("Nghị định 30/2020/NĐ-CP, năm 2023 tỉnh đã", [("năm 2023", "2023")]),
    ("Quy định 69-QĐ/TW\nNăm 2023, tỉnh đã", [("Năm 2023", "2023")]),
    ("6 tháng cuối năm 2023", [("6 tháng cuối năm 2023", "2023-H2")]),
    ("nửa đầu năm 2023", [("nửa đầu năm 2023", "2023-H1")]),
    ("Trong tháng Ba, chi bộ họp", [("tháng Ba", "2023-03")]),
    ("những ngày tháng 12 năm 1946", [("tháng 12 năm 1946", "1946-12")]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_PERIODS, ids=[r[0] for r in STILL_PERIODS])
def test_still_periods(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.value.code) for m in find_periods(text, reference_date=D(2023, 5, 5))]
    assert found == expected


#: A heading (a title line that ends no sentence) takes the year of the paragraph it
#: introduces; the lead's own date, else its first dated period shorter than a year.
HEADINGS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Tỉnh ủy giao ban công tác quý II\n\nChiều 5/7, Tỉnh ủy họp đánh giá kết quả quý II "
        "năm 2024 và bàn nhiệm vụ.",
        [("quý II", "2024-Q2"), ("quý II năm 2024", "2024-Q2")],
    ),
    (
        "Hội nghị báo cáo viên tháng 10\nSáng 20/10, Ban Tuyên giáo tổ chức hội nghị báo cáo "
        "viên tháng 10 năm 2023.",
        [("tháng 10", "2023-10"), ("tháng 10 năm 2023", "2023-10")],
    ),
    (
        "Huyện ủy sơ kết 6 tháng đầu năm\n\nNgày 10-7-2022, Huyện ủy tổ chức hội nghị.",
        [("6 tháng đầu năm", "2022-H1")],
    ),
    # a line that ends a sentence is not a heading
    (
        "Tỉnh ủy đánh giá quý II.\n\nChiều 5/7, Tỉnh ủy bàn nhiệm vụ quý III năm 2024.",
        [("quý III năm 2024", "2024-Q3")],
    ),
    # a dateline gives the article's year to the heading
    (
        "Sơ kết công tác quý II\n\n10:45, 01/07/2020\nChiều 5/7, Tỉnh ủy họp, bàn nhiệm vụ "
        "quý III năm 2021.",
        [("quý II", "2020-Q2"), ("quý III năm 2021", "2021-Q3")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS, ids=[r[0][:40] for r in HEADINGS])
def test_heading_takes_the_year_of_its_paragraph(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value.code) for m in find_periods(text)] == expected


def test_a_dated_lead_dates_the_sentences_after_it() -> None:
    text = (
        "Ngày 12-7-2023, Huyện ủy tổ chức hội nghị. Hội nghị đánh giá kết quả 6 tháng "
        "đầu năm. Quy định số 137-QĐ/TW ngày 1-12-2025 được quán triệt; quý III tới."
    )
    # the citation's date inside a sentence is not a lead: quý III stays in 2023
    found = [(m.text, m.value.code) for m in find_periods(text)]
    assert found == [("6 tháng đầu năm", "2023-H1"), ("quý III", "2023-Q3")]
    # with a dateline, the dateline decides
    dated = "10:45, 01/07/2024\n" + text
    assert [m.value.code for m in find_periods(dated)] == ["2024-H1", "2024-Q3"]


def test_an_indented_dated_lead_dates_its_paragraph() -> None:
    text = "Thời sự\n\n          Ngày 2/7/2020, Thị ủy họp đánh giá tình hình 6 tháng đầu năm."
    assert [m.value.code for m in find_periods(text)] == ["2020-H1"]


@pytest.mark.parametrize("lead", ["Buổi chiều ngày", "Vào sáng ngày", "Chiều", "Ngày"])
def test_a_lead_of_up_to_two_words_before_its_date_dates_the_sentence(lead: str) -> None:
    text = f"{lead} 13/10/2020, Tỉnh ủy họp đánh giá quý III, bàn nhiệm vụ quý IV."
    assert [m.value.code for m in find_periods(text)] == ["2020-Q3", "2020-Q4"]
    # a document's date after more words is no lead
    late = "Theo Kế hoạch số 5 ngày 13/10/2020, các đơn vị báo cáo quý III."
    assert find_periods(late) == []


MUST_NOT_MATCH: list[str] = [
    "Chiều ngày 30 tháng 9 năm 2021, hội nghị khai mạc.",
    "Hà Nội, ngày 09 tháng 01 năm 2026",
    "ngày 1-12-2023 và ngày 30 - 11 - 2023",
    "Ngày 3/2 năm 2024, tỉnh tổ chức lễ kỷ niệm.",
    "ngày 2 tháng Năm 2023",
    "Nghị định số 30/2020/NĐ-CP ngày 5/3/2020",
    "Luật số 64/2025/QH15 có hiệu lực",
    "Quy định số 137-QĐ/TW ngày 01/12/2023",
    "Khai giảng năm học 2023-2024.",
    "tổng kết 6 tháng đầu năm học 2023 - 2024",
    "Đại hội khóa XIII (2021 - 2026) đã thành công.",
    "Quốc hội khóa XV, khoá XIV",
    "thực hiện nửa cuối nhiệm kỳ còn lại",
    "lấy phiếu tín nhiệm giữa nhiệm kỳ",
    "trong giai đoạn mới, giai đoạn hiện nay",
    "những kinh nghiệm quý báu, quý vị đại biểu, kinh nghiệm quý.",
    "Lê Quý Đôn",
    "năm 2023 - 2024 là hai năm bản lề",
    "từ 2021 - 2026",
    "những năm 1990",
    "6 tháng đầu năm ngoái",
    "quý I năm sau",
    "tháng 10-12/2024",
    "4 tháng cuối năm, 2 tháng cuối năm",
    "3 tháng qua, 5 tháng",
    "Gọi số 0290.3831.234 hoặc xem trang 12.",
    "năm 20210",
    "nhiệm kỳ 2026 - 2021",
]


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_must_not_match(text: str) -> None:
    # with a reference date, so that a missing year is not why nothing is found
    assert find_periods(text, reference_date=D(2023, 5, 5)) == []


@pytest.mark.parametrize(("text", "expected"), FIND_TABLE, ids=[row[0][:40] for row in FIND_TABLE])
def test_find_table(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.value.code) for m in find_periods(text)]
    assert found == expected


def test_years_from_reference_date_and_dateline() -> None:
    text = "Nhiệm vụ 6 tháng cuối năm và quý IV."
    assert find_periods(text) == []
    codes = [m.value.code for m in find_periods(text, reference_date=D(2020, 7, 1))]
    assert codes == ["2020-H2", "2020-Q4"]
    dated = "Tin tức\n\n10:45, 01/07/2020\nĐánh giá 6 tháng đầu năm."
    assert [m.value.code for m in find_periods(dated)] == ["2020-H1"]


def test_year_from_nearest_preceding_period_not_from_citation_dates() -> None:
    text = (
        "Kế hoạch công tác năm 2024 đã được ban hành. Quán triệt Quy định số 138-QĐ/TW "
        "ngày 1-12-2023 của Ban Bí thư. Trong quý II, ngành tiếp tục thực hiện."
    )
    found = [(m.text, m.value.code) for m in find_periods(text)]
    assert found == [("năm 2024", "2024"), ("quý II", "2024-Q2")]


def test_a_bare_month_or_quarter_takes_the_year_of_the_nearest_of_its_scale() -> None:
    # "năm 2023" (a report on last year's plan) comes nearer, but the months and quarters
    # the meeting takes up are those of "tháng 3/2024"
    text = (
        "Sáng 2/4, Chính phủ họp phiên thường kỳ tháng 3/2024. Chính phủ nghe báo cáo bổ "
        "sung kết quả năm 2023. Các đại biểu đánh giá tình hình tháng 3 và quý I, dự báo "
        "tháng 4 và quý II."
    )
    found = [(m.text, m.value.code) for m in find_periods(text)]
    assert found == [
        ("tháng 3/2024", "2024-03"),
        ("năm 2023", "2023"),
        ("tháng 3", "2024-03"),
        ("quý I", "2024-Q1"),
        ("tháng 4", "2024-04"),
        ("quý II", "2024-Q2"),
    ]
    # a half year is not of a month's scale: the nearest year named still gives it its own
    assert find_periods("Năm 2023 đã qua. Đánh giá 6 tháng đầu năm.")[1].value.code == "2023-H1"


def test_a_compared_or_horizon_year_dates_no_later_period() -> None:
    # "cùng kỳ năm 2018" and "đến năm 2030" are periods, but the text's business is 2019's
    text = (
        "Quý III-2019, doanh thu tăng so với cùng kỳ năm 2018. Mục tiêu đến năm 2030 được "
        "giữ. Trong quý IV, ngành tiếp tục phấn đấu."
    )
    found = [(m.text, m.value.code) for m in find_periods(text)]
    assert found == [
        ("Quý III-2019", "2019-Q3"),
        ("năm 2018", "2018"),
        ("năm 2030", "2030"),
        ("quý IV", "2019-Q4"),
    ]


FOLLOWING_LEADS = [
    # nothing dated before: the full date opening the next sentence of the paragraph
    (
        "Để đánh giá công tác 6 tháng đầu năm. Ngày 10/7/2019, Ban Tuyên giáo tổ chức hội nghị.",
        ["2019-H1"],
    ),
    # not one sentence later, not across a line, not after another date
    ("Đánh giá quý I. Hội nghị sôi nổi. Ngày 15/4/2014, Đoàn Khối tổ chức hội nghị.", []),
    ("Đánh giá quý I.\nNgày 15/4/2014, Đoàn Khối tổ chức hội nghị.", []),
    (
        "Ngày 3/1/2013, Huyện ủy họp. Đánh giá quý I. Ngày 15/4/2014, Đoàn Khối họp.",
        ["2013-Q1"],
    ),
]


@pytest.mark.parametrize(("text", "codes"), FOLLOWING_LEADS)
def test_year_from_the_next_sentences_full_date(text: str, codes: list[str]) -> None:
    assert [m.value.code for m in find_periods(text)] == codes


TIMED_DATES = [
    # nothing dated before: the full date after a day part later in the same sentence
    ("Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết quý III chiều 14/10/2020.", ["2020-Q3"]),
    ("Hội nghị giao ban 6 tháng đầu năm diễn ra vào sáng ngày 9/7/2021 tại Huế.", ["2021-H1"]),
    # a date without its day part, or without its year, or in the next sentence, does not
    ("Hội nghị sơ kết quý III theo Kế hoạch ngày 14/10/2020.", []),
    ("Hội nghị sơ kết quý III diễn ra sáng 14/10.", []),
    ("Hội nghị sơ kết quý III. Các đại biểu họp đến chiều 14/10/2020.", []),
    # what is dated before counts first
    ("Ngày 3/1/2019, Huyện ủy họp. Sơ kết quý I diễn ra sáng 4/4/2020.", ["2019-Q1"]),
]


@pytest.mark.parametrize(("text", "codes"), TIMED_DATES)
def test_year_from_a_timed_date_later_in_the_sentence(text: str, codes: list[str]) -> None:
    assert [m.value.code for m in find_periods(text)] == codes


def test_this_year() -> None:
    found = find_periods("6 tháng đầu năm nay", reference_date=D(2023, 7, 14))
    assert [m.value.code for m in found] == ["2023-H1"]


BAD_INPUTS = [
    "",
    "   ",
    "quý V năm 2021",
    "tháng 13 năm 2021",
    "quý III",
    "hello",
    "năm",
    "năm 20210",
    "nhiệm kỳ 2026-2021",
    "quý III năm 2021 và quý IV",
    "ngày 30 tháng 9 năm 2021",
    "năm học 2023-2024",
    "\x00quý\u0301",
]


@pytest.mark.parametrize("text", BAD_INPUTS)
def test_parse_errors(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_period(text)
    assert 0 <= info.value.position <= len(text)
    assert info.value.text == text
    assert info.value.expected


ERROR_DETAILS = [
    ("quý V năm 2021", "quarter", 4),
    ("Quý   IX/2021", "quarter", 6),
    ("tháng 13 năm 2021", "month", 6),
    ("nhiệm kỳ 2021", "two years", 9),
    ("nhiệm kỳ 2026-2021", "after the first", 14),
    ("6 tháng đầu năm abc", "four-digit year", 16),
    ("quý III năm 2021 abc", "end of the text", 16),
    (unicodedata.normalize("NFD", "Quý V"), "quarter", 5),
]


@pytest.mark.parametrize(("text", "expected", "position"), ERROR_DETAILS)
def test_parse_error_details(text: str, expected: str, position: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_period(text)
    assert expected in info.value.expected
    assert info.value.position == position


def test_parse_error_position_points_at_missing_year() -> None:
    with pytest.raises(ParseError) as info:
        parse_period("quý III")
    assert info.value.position == len("quý III")
    assert "year" in info.value.expected


@pytest.mark.parametrize("value", [None, b"quy III", 2021, ["quý III năm 2021"]])
def test_type_errors(value: object) -> None:
    with pytest.raises(TypeError):
        parse_period(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_periods(value)  # type: ignore[arg-type]


# -- model ----------------------------------------------------------------------------


def test_constructors_and_codes() -> None:
    assert Period.quarter(2021, 3).code == "2021-Q3"
    assert Period.month(2021, 9).code == "2021-09"
    assert Period.half_year(2023, 1).code == "2023-H1"
    assert Period.first_months(2024, 9).code == "2024-9M"
    assert Period.year(2019).code == "2019"
    assert Period.term(2021, 2026).code == "2021/2026"
    assert Period.stage(2023, 2030).code == "2023..2030"
    assert Period.quarter(2021, 3).start == D(2021, 7, 1)
    assert Period.quarter(2021, 3).end == D(2021, 9, 30)
    assert Period.first_months(2024, 2).end == D(2024, 2, 29)
    assert Period.containing(D(2024, 4, 1), PeriodKind.QUARTER) == Period.quarter(2024, 2)
    assert Period.containing(D(2024, 7, 1), PeriodKind.HALF_YEAR) == Period.half_year(2024, 2)


@pytest.mark.parametrize(
    "build",
    [
        lambda: Period.quarter(2021, 5),
        lambda: Period.month(2021, 13),
        lambda: Period.half_year(2021, 3),
        lambda: Period.first_months(2021, 6),
        lambda: Period.term(2026, 2021),
        lambda: Period.stage(2021, 2021),
        lambda: Period(PeriodKind.QUARTER, D(2021, 2, 1), D(2021, 4, 30)),
        lambda: Period(PeriodKind.MONTH, D(2021, 2, 1), D(2021, 1, 31)),
        lambda: Period.containing(D(2021, 1, 1), PeriodKind.TERM),
        lambda: Period.term(2021, 2026).next(),
    ],
)
def test_impossible_values_rejected(build: object) -> None:
    with pytest.raises(ValueError):
        build()  # type: ignore[operator]


CANONICAL: list[tuple[Period, str, str, str]] = [
    (Period.month(2021, 9), "tháng 9 năm 2021", "2021-09", "Period.month(2021, 9)"),
    (Period.quarter(2021, 3), "quý III năm 2021", "2021-Q3", "Period.quarter(2021, 3)"),
    (Period.half_year(2023, 1), "6 tháng đầu năm 2023", "2023-H1", "Period.half_year(2023, 1)"),
    (Period.half_year(2023, 2), "6 tháng cuối năm 2023", "2023-H2", "Period.half_year(2023, 2)"),
    (
        Period.first_months(2024, 9),
        "9 tháng đầu năm 2024",
        "2024-9M",
        "Period.first_months(2024, 9)",
    ),
    (Period.year(2019), "năm 2019", "2019", "Period.year(2019)"),
    (Period.term(2021, 2026), "nhiệm kỳ 2021-2026", "2021/2026", "Period.term(2021, 2026)"),
    (Period.stage(2023, 2030), "giai đoạn 2023-2030", "2023..2030", "Period.stage(2023, 2030)"),
]


@pytest.mark.parametrize(
    ("period", "text", "code", "short"), CANONICAL, ids=[r[2] for r in CANONICAL]
)
def test_canonical_text_code_and_short_repr(
    period: Period, text: str, code: str, short: str
) -> None:
    assert str(period) == text
    assert unicodedata.is_normalized("NFC", str(period))
    assert period.code == code
    assert Period.from_code(code) == period
    assert period.short_repr() == short
    assert parse_period(text) == period


@pytest.mark.parametrize(
    ("day", "kind", "code"),
    [
        (D(2021, 9, 30), PeriodKind.MONTH, "2021-09"),
        (D(2021, 9, 30), PeriodKind.QUARTER, "2021-Q3"),
        (D(2021, 6, 30), PeriodKind.HALF_YEAR, "2021-H1"),
        (D(2021, 12, 31), PeriodKind.YEAR, "2021"),
        (datetime.datetime(2024, 2, 29, 23, 59), PeriodKind.MONTH, "2024-02"),
    ],
)
def test_containing(day: datetime.date, kind: PeriodKind, code: str) -> None:
    period = Period.containing(day, kind)
    assert period.code == code
    assert day in period


def test_contains_only_dates() -> None:
    q3 = Period.quarter(2021, 3)
    assert datetime.datetime(2021, 9, 30, 23, 0) in q3
    assert "2021-08-01" not in q3
    assert 2021 not in q3
    assert D(2021, 10, 1) not in q3


def test_days() -> None:
    assert Period.year(2024).days == 366
    assert Period.first_months(2023, 2).days == 59
    assert Period.term(2021, 2026).days == 6 * 365 + 1  # 2024 is a leap year


@pytest.mark.parametrize(
    "build",
    [
        lambda: Period.year(999),
        lambda: Period.year(3000),
        lambda: Period.term(2990, 3001),
        lambda: Period.first_months(2021, 3),
        lambda: Period.first_months(2021, 12),
        lambda: Period.first_months(2021, 1),
        lambda: Period(PeriodKind.FIRST_MONTHS, D(2021, 1, 1), D(2021, 6, 30)),
        lambda: Period(PeriodKind.YEAR, D(2021, 1, 1), D(2021, 12, 30)),
        lambda: Period(PeriodKind.TERM, D(2021, 2, 1), D(2026, 12, 31)),
        lambda: Period.from_code("2021-Q5"),
        lambda: Period.from_code("2021-13"),
        lambda: Period.from_code("2021-6M"),
        lambda: Period.from_code("21-Q1"),
        lambda: Period.from_code("2026/2021"),
        lambda: Period.from_dict({"kind": "YEAR", "start": "2019-01-01"}),
        lambda: Period.from_dict({"kind": "DECADE", "start": "2019-01-01", "end": "2019-12-31"}),
        lambda: Period.from_dict(
            {"kind": "YEAR", "start": "2019-01-01", "end": "2019-12-31", "code": "2020"}
        ),
    ],
)
def test_more_impossible_values_rejected(build: object) -> None:
    with pytest.raises(ValueError):
        build()  # type: ignore[operator]


@pytest.mark.parametrize(
    "build",
    [
        lambda: Period("QUARTER", D(2021, 7, 1), D(2021, 9, 30)),  # type: ignore[arg-type]
        lambda: Period(PeriodKind.YEAR, "2021-01-01", D(2021, 12, 31)),  # type: ignore[arg-type]
        lambda: Period(
            PeriodKind.YEAR, datetime.datetime(2021, 1, 1), datetime.datetime(2021, 12, 31)
        ),
    ],
)
def test_wrong_field_types_rejected(build: object) -> None:
    with pytest.raises(TypeError):
        build()  # type: ignore[operator]


def test_values_are_frozen_and_hashable() -> None:
    period = Period.quarter(2021, 3)
    with pytest.raises(AttributeError):
        period.start = D(2021, 1, 1)  # type: ignore[misc]
    assert len({period, Period.quarter(2021, 3), Period.from_code("2021-Q3")}) == 1


def test_order_is_by_start_then_end_then_kind() -> None:
    periods_ = [Period.month(2021, 9), Period.quarter(2021, 3), Period.stage(2021, 2026)]
    periods_ += [Period.term(2021, 2026), Period.year(2021)]
    assert [p.code for p in sorted(periods_)] == [
        "2021",
        "2021/2026",
        "2021..2026",
        "2021-Q3",
        "2021-09",
    ]


def test_term_and_stage_with_same_dates_are_ordered_and_unequal() -> None:
    term, stage = Period.term(2021, 2026), Period.stage(2021, 2026)
    assert term != stage
    assert term < stage and not stage < term
    assert not (term <= stage and stage <= term)


def test_short_repr_in_mention() -> None:
    [mention] = find_periods("Kế hoạch quý III năm 2021.")
    assert repr(mention) == "Mention(Period.quarter(2021, 3) @[9,25) 'quý III năm 2021')"


@given(periods())
def test_round_trip_text(period: Period) -> None:
    assert parse_period(str(period)) == period


@given(periods())
def test_round_trip_dict_and_code(period: Period) -> None:
    assert Period.from_dict(json.loads(json.dumps(period.to_dict()))) == period
    assert Period.from_code(period.code) == period


@given(periods(), periods())
def test_order_consistent_with_equality(a: Period, b: Period) -> None:
    assert (a <= b and b <= a) == (a == b)
    assert (a < b) == (not a >= b)
    assert sorted([a, b]) == sorted([b, a])


@given(periods())
def test_next_previous_and_contains(period: Period) -> None:
    assert period.start in period and period.end in period
    assert period.start - datetime.timedelta(days=1) not in period
    assert period.days == (period.end - period.start).days + 1
    if period.kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR):
        assert period.next().previous() == period
        assert period.next().start == period.end + datetime.timedelta(days=1)


CONTEXTS = [
    ("", ""),
    ("Đánh giá ", "."),
    ("Kết quả công tác ", ", triển khai nhiệm vụ"),
    ("(", ")"),
    ("Hội nghị\n", "\ncủa Tỉnh ủy"),
]


@given(periods(), st.sampled_from(CONTEXTS))
def test_find_in_context(period: Period, context: tuple[str, str]) -> None:
    prefix, suffix = context
    text = prefix + str(period) + suffix
    [mention] = find_periods(text)
    assert mention.value == period
    assert (mention.span.start, mention.span.end) == (len(prefix), len(prefix) + len(str(period)))


@given(
    st.text(
        alphabet="quýtháng năm 0123456789IVX-–/.,;\n\u00a0nhiệmkỳgiaiđoạncuốiđầusáu", max_size=300
    )
)
def test_find_never_raises_and_spans_exact(text: str) -> None:
    mentions = find_periods(text)
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
    starts = [m.span.start for m in mentions]
    assert starts == sorted(starts)
    for left, right in itertools.pairwise(mentions):
        assert left.span.end <= right.span.start


_HOSTILE_TOKENS = [
    "quý", "Quý", "QUÝ", "III", "IV", "I", "V", "3", "/", "-", "–", "năm", "Năm", "nay",
    "2021", "20210", "202", "tháng", "13", "09", "đầu", "cuối", "6", "sáu", "mười", "nhiệm",
    "kỳ", "kì", "giai", "đoạn", "nửa", "ngày", ",", ";", "và", ".", "\n", "\r\n", "\u00a0",
    "\u200b", "\u0301", "học", "ngoái", "những", "2026", " ", "  ",
]  # fmt: skip


@given(st.lists(st.sampled_from(_HOSTILE_TOKENS), max_size=80).map(" ".join))
def test_find_never_raises_on_keyword_soup(text: str) -> None:
    mentions = find_periods(text)
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
    for left, right in itertools.pairwise(mentions):
        assert left.span.end <= right.span.start
    try:
        parse_period(text)
    except ParseError as error:
        assert 0 <= error.position <= len(text)


@given(st.text(max_size=200))
def test_parse_raises_only_parse_error(text: str) -> None:
    try:
        parse_period(text)
    except ParseError as error:
        assert 0 <= error.position <= len(text)


@given(periods(), st.sampled_from(CONTEXTS))
def test_find_in_context_nfd_and_old_tone_marks(period: Period, context: tuple[str, str]) -> None:
    prefix, suffix = context
    prefix = unicodedata.normalize("NFD", prefix.replace("Tỉnh ủy", "Tỉnh uỷ"))
    written = unicodedata.normalize("NFD", str(period)).replace(" ", "\u00a0")
    text = prefix + written + "\r\n" + suffix
    [mention] = find_periods(text)
    assert mention.value == period
    assert mention.text == written


# -- the shared samples ------------------------------------------------------------------

SAMPLE_EXPECTED: dict[str, list[tuple[str, str]]] = {
    # Verified by reading each article: every period phrase, its kind and its dates.
    # 002 (a review of 2019) names two years: "tổng kết công tác năm 2019" and the
    # target year "đến năm 2021".
    "002": [("năm 2019", "2019"), ("năm 2021", "2021")],
    "000": [
        ("quý III", "2021-Q3"),
        ("quý IV năm 2021", "2021-Q4"),
        # "từ đầu năm 2021 đến nay" is vague: no period
        ("quý III", "2021-Q3"),
        ("quý IV năm 2021", "2021-Q4"),
        ("quý III năm 2021", "2021-Q3"),
        ("nhiệm kỳ 2021 - 2026", "2021/2026"),
        ("nhiệm kỳ 2021 - 2026", "2021/2026"),
        ("quý IV năm 2021", "2021-Q4"),
        ("năm 2021", "2021"),
        ("năm 2021", "2021"),
    ],
    "001": [
        ("quý I", "2024-Q1"),
        ("quý II năm 2024", "2024-Q2"),
        ("quý I", "2024-Q1"),
        ("quý II năm 2024", "2024-Q2"),
        ("quý I", "2024-Q1"),
        ("năm 2024", "2024"),
        ("năm 2023", "2023"),
        ("năm 2024", "2024"),
        ("quý II", "2024-Q2"),
        ("giai đoạn 2023 - 2030", "2023..2030"),
        ("quý I", "2024-Q1"),
        ("quý II", "2024-Q2"),
        ("năm 2024", "2024"),
    ],
    "003": [
        ("6 tháng đầu năm 2023", "2023-H1"),
        ("nhiệm kỳ 2023-2028", "2023/2028"),
        ("6 tháng cuối năm 2023", "2023-H2"),
        ("6 tháng cuối năm", "2023-H2"),
        ("6 tháng cuối năm 2023", "2023-H2"),
    ],
    "004": [
        ("năm 2019", "2019"),
        ("6 tháng đầu năm", "2020-H1"),
        ("6 tháng cuối năm", "2020-H2"),
        ("nhiệm kỳ 2021-2026", "2021/2026"),
        ("6 tháng đầu năm", "2020-H1"),
        ("năm 2019", "2019"),
        ("nhiệm kỳ 2021 -2026", "2021/2026"),
    ],
}


@pytest.mark.parametrize("prefix", sorted(SAMPLE_EXPECTED))
def test_samples(prefix: str) -> None:
    text = sample_text(prefix)
    found = [(m.text, m.value.code) for m in find_periods(text)]
    assert found == SAMPLE_EXPECTED[prefix]


def test_samples_spans_exact_and_parse_agrees() -> None:
    for text in sample_texts().values():
        for mention in find_periods(text):
            assert text[mention.span.start : mention.span.end] == mention.text
            if re.search(r"\d{4}", mention.text):
                assert parse_period(mention.text) == mention.value


def test_a_full_date_opening_the_sentence_beats_the_dateline() -> None:
    text = (
        "Tin\n\n10:00, 02/01/2022\nNgày 30-12-2021, Ban Tổ chức Trung ương tổ chức Hội nghị "
        "đánh giá quý IV, triển khai nhiệm vụ."
    )
    assert [m.value.code for m in find_periods(text)] == ["2021-Q4"]
    cited = "10:00, 02/01/2022\nTheo Quy định số 137-QĐ/TW ngày 1-12-2023, trong quý I tới."
    assert [m.value.code for m in find_periods(cited)] == ["2022-Q1"]


# -- issue 17: each candidate's year is found in constant time -------------------------


class _CopyCountingList(list):  # type: ignore[type-arg]
    """A list that counts the elements its slices copy."""

    copied = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        result = super().__getitem__(index)
        if isinstance(index, slice):
            _CopyCountingList.copied += len(result)
        return result


@pytest.mark.parametrize("unit", ["quý III; ", "tháng 1, ", "6 tháng đầu năm ", "quý I.\n"])
def test_year_lookup_copies_no_list_per_candidate(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy of the rest of the candidates per candidate (the cause of issue 17) is
    invisible to the call counters of ``tests/test_scaling.py``: count copied elements."""
    import vn_party_docs.periods as periods_module

    read = periods_module._candidates
    monkeypatch.setattr(periods_module, "_candidates", lambda *args: _CopyCountingList(read(*args)))

    def copied(times: int) -> int:
        _CopyCountingList.copied = 0
        assert find_periods(unit * times, reference_date=D(2024, 1, 1))
        return _CopyCountingList.copied

    small, large = copied(200), copied(800)
    assert large <= 5 * max(small, 200), (small, large)


#: Issue 14 (meetings round 3): the first quarter in words, and a bare month count after
#: the month or quarter it ends ("tháng 10 và 10 tháng", "quý 3, 9 tháng": the first months).
FIRST_OF_YEAR_TABLE: list[tuple[str, list[tuple[str, str]]]] = [
    ("bàn về tình hình quý đầu tiên của năm 2018.", [("quý đầu tiên của năm 2018", "2018-Q1")]),
    ("doanh thu quý đầu tiên trong năm 2022 tăng", [("quý đầu tiên trong năm 2022", "2022-Q1")]),
    ("kết quả quý đầu tiên năm 2024", [("quý đầu tiên năm 2024", "2024-Q1")]),
    (
        "kết quả tháng 10/2023, tình hình tháng 10 và 10 tháng của tỉnh",
        [("tháng 10/2023", "2023-10"), ("tháng 10", "2023-10"), ("10 tháng", "2023-10M")],
    ),
    (
        "báo cáo quý III/2022 và 9 tháng, phương hướng quý IV",
        [("quý III/2022", "2022-Q3"), ("9 tháng", "2022-9M"), ("quý IV", "2022-Q4")],
    ),
    (
        "Chính phủ nghe báo cáo tình hình quý 3, 9 tháng và nhiệm vụ quý 4 năm 2025",
        [("quý 3", "2025-Q3"), ("9 tháng", "2025-9M"), ("quý 4 năm 2025", "2025-Q4")],
    ),
    (
        "số liệu tháng 11, 11 tháng năm 2024 của ngành",
        [("tháng 11", "2024-11"), ("11 tháng năm 2024", "2024-11M")],
    ),
    # "của" before the year
    ("kết quả 9 tháng của năm 2022 khả quan", [("9 tháng của năm 2022", "2022-9M")]),
    ("6 tháng đầu của năm 2023", [("6 tháng đầu của năm 2023", "2023-H1")]),
    # "qua" after the count: the months gone by of that year
    (
        "tình hình tháng 10 và 10 tháng qua của năm 2014 chuyển biến tốt",
        [("tháng 10", "2014-10"), ("10 tháng qua của năm 2014", "2014-10M")],
    ),
    ("kết quả 9 tháng qua năm 2019", [("9 tháng qua năm 2019", "2019-9M")]),
    # a bare count before the last months it leaves: the months before them
    (
        "kết quả công tác chín tháng và nhiệm vụ trọng tâm ba tháng cuối năm 2019",
        [("chín tháng", "2019-9M"), ("ba tháng cuối năm 2019", "2019-Q4")],
    ),
    (
        "kết quả 6 tháng, nhiệm vụ 6 tháng cuối năm 2024",
        [("6 tháng", "2024-H1"), ("6 tháng cuối năm 2024", "2024-H2")],
    ),
    (
        "Sau 6 tháng triển khai, nhiệm vụ 6 tháng cuối năm 2024",
        [("6 tháng cuối năm 2024", "2024-H2")],
    ),
    ("kết quả 8 tháng, nhiệm vụ 3 tháng cuối năm 2024", [("3 tháng cuối năm 2024", "2024-Q4")]),
    # … or before the quarter that follows them
    (
        "đánh giá tình hình kinh tế 9 tháng và triển khai nhiệm vụ quý IV/2021",
        [("9 tháng", "2021-9M"), ("quý IV/2021", "2021-Q4")],
    ),
    (
        "kết quả 6 tháng, nhiệm vụ quý III năm 2022",
        [("6 tháng", "2022-H1"), ("quý III năm 2022", "2022-Q3")],
    ),
    ("kết quả 9 tháng, nhiệm vụ quý III năm 2022", [("quý III năm 2022", "2022-Q3")]),
    # … or before the last months of the year, uncounted (no period of their own)
    (
        "đánh giá công tác 9 tháng, phương hướng nhiệm vụ những tháng cuối năm 2021",
        [("9 tháng", "2021-9M")],
    ),
    # must not match: a duration, another count, a count with its own position or time word
    ("quý III/2023, 6 tháng của đơn vị", [("quý III/2023", "2023-Q3")]),
    ("trong tháng 5 và 5 tháng qua, tỉnh đã làm nhiều việc năm 2023", [("năm 2023", "2023")]),
    ("tháng 5/2023 và 3 tháng sau đó", [("tháng 5/2023", "2023-05")]),
    ("tháng 9/2023 và 9 tháng tới", [("tháng 9/2023", "2023-09")]),
    ("quý đầu tiên thuận lợi", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), FIRST_OF_YEAR_TABLE, ids=[row[0][:40] for row in FIRST_OF_YEAR_TABLE]
)
def test_first_quarter_and_months_after_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.code) for m in find_periods(text)] == expected


@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        ("Ủy ban khóa IX, nhiệm kỳ (2014 - 2019) đã họp.", "nhiệm kỳ (2014 - 2019)", "2014-2019"),
        ("Kết quả nhiệm kỳ qua (2013-2018) rất tốt.", "nhiệm kỳ qua (2013-2018)", "2013-2018"),
        ("Ban Chấp hành nhiệm kỳ VI (2004-2009) họp.", "nhiệm kỳ VI (2004-2009)", "2004-2009"),
        ("Đại hội nhiệm kỳ2019-2024 thành công.", "nhiệm kỳ2019-2024", "2019-2024"),
        # its length in years before them
        (
            "Kế hoạch nhiệm kỳ 5 năm (2011 - 2015) đã xong.",
            "nhiệm kỳ 5 năm (2011 - 2015)",
            "2011-2015",
        ),
        ("Nhiệm kỳ năm năm 2016 - 2021 khép lại.", "Nhiệm kỳ năm năm 2016 - 2021", "2016-2021"),
        # "năm" before its first year
        ("Đại hội nhiệm kỳ năm 2016 - 2021 thành công.", "nhiệm kỳ năm 2016 - 2021", "2016-2021"),
        # "mới" before its years
        ("Bầu Ban Chấp hành nhiệm kỳ mới 2020 - 2025.", "nhiệm kỳ mới 2020 - 2025", "2020-2025"),
        # its dash lost by the page
        ("Đại hội chi bộ nhiệm kỳ 2022 2025 thành công.", "nhiệm kỳ 2022 2025", "2022-2025"),
    ],
)
def test_a_term_with_its_years_in_parentheses_or_after_its_number(
    text: str, written: str, canonical: str
) -> None:
    [mention] = find_periods(text)
    assert (mention.text, str(mention.value)) == (written, f"nhiệm kỳ {canonical}")
    assert parse_period(written) == mention.value


def test_a_word_after_nhiem_ky_that_is_no_number_reads_no_term() -> None:
    assert find_periods("Xử lý nhiệm kỳ vi phạm 2019-2024.") == []
