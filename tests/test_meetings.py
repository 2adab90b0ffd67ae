"""Meeting headers: SPEC examples, real-style leads, must-not-match, round trips."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import sample_text
from vn_party_docs import DayPart, Meeting, ParseError, find_meetings, parse_meeting
from vn_party_docs.strategies._meetings import meetings

D = datetime.date


def codes(periods: tuple[object, ...]) -> list[str]:
    return [p.code for p in periods]  # type: ignore[attr-defined]


def test_spec_example_000() -> None:
    [mention] = find_meetings(sample_text("000"))
    m = mention.value
    assert (m.date, m.day_part) == (D(2021, 9, 30), DayPart.AFTERNOON)
    assert m.organizers == ("Ban Tổ chức Trung ương",)
    assert m.name == "Hội nghị giao ban trực tuyến" and m.online
    assert (codes(m.reviewed), codes(m.planned)) == (["2021-Q3"], ["2021-Q4"])
    assert [o.name for o in m.chairs] == ["Trương Thị Mai", "Mai Văn Chính"]


def test_spec_example_001() -> None:
    [mention] = find_meetings(sample_text("001"))
    m = mention.value
    assert (m.date, m.day_part, m.bridge_points) == (D(2024, 4, 1), DayPart.AFTERNOON, 67)
    assert (codes(m.reviewed), codes(m.planned)) == (["2024-Q1"], ["2024-Q2"])
    assert [o.name for o in m.chairs] == ["Mai Văn Chính"]  # the local bridge chair is not


def test_spec_example_004() -> None:
    [mention] = find_meetings(sample_text("004"))
    m = mention.value
    assert (m.date, m.day_part, m.bridge_points) == (D(2020, 7, 1), DayPart.MORNING, 70)
    assert m.organizers == ("Ban Tổ chức Trung ương", "Bộ Nội vụ", "Ban Công tác đại biểu")
    assert m.online
    assert (codes(m.reviewed), codes(m.planned)) == (["2020-H1"], ["2020-H2"])
    assert [o.name for o in m.chairs] == [
        "Phạm Minh Chính",
        "Nguyễn Thanh Bình",
        "Lê Vĩnh Tân",
        "Trần Văn Túy",
    ]


@pytest.mark.parametrize("prefix", ["002", "003"])
def test_samples_without_a_header(prefix: str) -> None:
    assert find_meetings(sample_text(prefix)) == []


LEADS: list[tuple[str, dict[str, object]]] = [
    (
        "Chiều ngày 15 tháng 10 năm 2022, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban.",
        {"date": D(2022, 10, 15), "day_part": DayPart.AFTERNOON, "name": "Hội nghị giao ban"},
    ),
    (
        "Sáng 24/ 7/2023, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Chỉ thị.",
        {"date": D(2023, 7, 24), "name": "Hội nghị toàn quốc", "organizers": ("Ban Bí thư",)},
    ),
    (
        "Sáng 29.12.2024, Tỉnh ủy Nghệ An tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh.",
        {"date": D(2024, 12, 29), "organizers": ("Tỉnh ủy Nghệ An",)},
    ),
    (
        "Ngày 30 - 11 - 2023, Ủy ban Kiểm tra Trung ương tổ chức hội nghị.",
        {"date": D(2023, 11, 30), "day_part": None},
    ),
    (
        "(ABC)- Chiều 30-9-2021, Ban Tổ chức TW tổ chức Hội nghị trực tuyến.",
        {"date": D(2021, 9, 30), "online": True, "organizers": ("Ban Tổ chức Trung ương",)},
    ),
    (
        "- Tối 5-3-2024, Ban Thường vụ Tỉnh ủy Cà Mau họp phiên họp thường kỳ.",
        {"date": D(2024, 3, 5), "day_part": DayPart.EVENING},
    ),
    ("Trưa 2/9/2025, Chính phủ tổ chức cuộc họp.", {"day_part": DayPart.NOON}),
    ("Đêm 31/12/2025, Ban Bí thư tổ chức Hội nghị.", {"day_part": DayPart.NIGHT}),
    (
        "Sáng 10-10-2024, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc tới gần 1.500 "
        "điểm cầu.",
        {"bridge_points": 1500, "online": True},
    ),
    (
        "Chiều 18-4-2025, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị tại 1.052 điểm cầu.",
        {"bridge_points": 1052},
    ),
    (
        "Sáng 1-7-2021, Ban Tổ chức Trung ương tổ chức Hội nghị sơ kết 6 tháng đầu năm, triển "
        "khai nhiệm vụ 6 tháng cuối năm 2021.",
        {"reviewed": ("2021-H1",), "planned": ("2021-H2",)},
    ),
    (
        "Chiều 20-1-2022, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác năm 2021, "
        "triển khai nhiệm vụ năm 2022.",
        {"reviewed": ("2021",), "planned": ("2022",)},
    ),
    (
        "Sáng 5-1-2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị. Hội nghị dưới sự chủ trì của đồng "
        "chí Nguyễn Văn An, Trưởng Ban Tổ chức Tỉnh ủy.",
        {"chairs": ("Nguyễn Văn An",)},
    ),
    (
        "Sáng 5-1-2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị. Đồng chí Trần Văn Bình, Phó Bí thư "
        "Tỉnh ủy dự, chỉ đạo hội nghị.",
        {"chairs": ()},
    ),
    (
        "Sáng 5-1-2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị. Đồng chí Trần Văn Bình, Phó Bí thư "
        "Tỉnh ủy; đồng chí Lê Thị Hoa, Trưởng Ban Tổ chức Tỉnh ủy đồng chủ trì.",
        {"chairs": ("Trần Văn Bình", "Lê Thị Hoa")},
    ),
    (
        "Sáng 5-1-2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị. Đồng chí Trần Văn Bình, Phó Bí thư "
        "Tỉnh ủy chủ trì điểm cầu tỉnh Cà Mau.",
        {"chairs": ()},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADS, ids=[row[0][:40] for row in LEADS])
def test_leads(text: str, expected: dict[str, object]) -> None:
    [mention] = find_meetings(text)
    meeting = mention.value
    for field, value in expected.items():
        actual = getattr(meeting, field)
        if field in ("reviewed", "planned"):
            actual = tuple(p.code for p in actual)
        if field == "chairs":
            actual = tuple(o.name for o in actual)
        assert actual == value, field


def test_relative_leads_use_the_dateline_or_reference_date() -> None:
    text = "Tin tức\n\n08:15, 17/10/2021\nChiều nay (17/10), Bộ Nội vụ tổ chức hội nghị."
    [mention] = find_meetings(text)
    assert mention.value.date == D(2021, 10, 17)
    lead = "Hôm nay, 9/12, Ban Tổ chức Trung ương tổ chức Hội nghị."
    [mention] = find_meetings(lead, reference_date=D(2023, 12, 9))
    assert mention.value.date == D(2023, 12, 9)
    [mention] = find_meetings(lead)
    assert mention.value.date is None  # the year cannot be known: no date is invented


def test_year_from_the_sentence_periods() -> None:
    text = "Chiều 1- 4, Ban Tổ chức Trung ương tổ chức Hội nghị đánh giá quý I năm 2024."
    assert find_meetings(text)[0].value.date == D(2024, 4, 1)


MUST_NOT_MATCH = [
    "Ngành đã bám sát Kết luận tại Hội nghị toàn quốc tổng kết công tác năm 2023.",
    "Phát biểu kết luận và bế mạc Hội nghị, đồng chí cám ơn các đại biểu.",
    "Trọng tâm là Đề án trình Hội nghị Trung ương 4 khóa XIII.",
    "Cụm thi đua số 5 tổng kết công tác năm 2019.",
    "Chiều 30-9, trời mưa to ở Hà Nội.",
]


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_must_not_match(text: str) -> None:
    assert find_meetings(text) == []


def test_parse_errors_and_types() -> None:
    with pytest.raises(ParseError):
        parse_meeting("Hội nghị không có ngày.")
    with pytest.raises(ParseError):
        parse_meeting("")
    with pytest.raises(TypeError):
        parse_meeting(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_meetings(b"x")  # type: ignore[arg-type]


@given(meetings())
def test_round_trip(meeting: Meeting) -> None:
    assert parse_meeting(str(meeting)) == meeting
    assert Meeting.from_dict(json.loads(json.dumps(meeting.to_dict()))) == meeting


@given(meetings(), st.sampled_from([("", ""), ("Tin tức\n\n", "\n\nẢnh: hội nghị")]))
def test_find_in_context(meeting: Meeting, context: tuple[str, str]) -> None:
    prefix, suffix = context
    [mention] = find_meetings(prefix + str(meeting) + suffix)
    assert mention.value == meeting
    assert mention.span.start == len(prefix)


HOSTILE = "Sáng Chiều nay (1/7), 1- 4 Ban Tổ chức TW tổ chức Hội nghị điểm cầu 1.052 chủ trì\n."


@given(st.text(alphabet=HOSTILE, max_size=300))
def test_never_raises(text: str) -> None:
    for mention in find_meetings(text):
        assert text[mention.span.start : mention.span.end] == mention.text


MORE_LEADS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Sáng 12/6/2025, tại Hà Nội, Ban Bí thư tổ chức Hội nghị toàn quốc.",
        ("Ban Bí thư",),
        "Hội nghị toàn quốc",
    ),
    (
        "Sáng 10/4/2025, Ban Chấp hành Trung ương Đảng khóa XIII khai mạc Hội nghị lần thứ 11.",
        ("Ban Chấp hành Trung ương Đảng",),
        "Hội nghị lần thứ 11",
    ),
    (
        "Chiều 13/10/2025, Đảng bộ Chính phủ khai mạc Đại hội đại biểu lần thứ I.",
        ("Đảng bộ Chính phủ",),
        "Đại hội đại biểu lần thứ I",
    ),
]


@pytest.mark.parametrize(("text", "organizers", "name"), MORE_LEADS, ids=[r[2] for r in MORE_LEADS])
def test_more_leads(text: str, organizers: tuple[str, ...], name: str) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.organizers, mention.value.name) == (organizers, name)
