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
    assert m.organizers == ("Ban Tổ chức Trung ương", "Bộ Nội vụ", "Ban Công tác đại biểu Quốc hội")
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
    # The year cannot be known: the header is kept with date=None (SPEC §2).
    [mention] = find_meetings(lead)
    assert mention.value.date is None
    assert mention.value.organizers == ("Ban Tổ chức Trung ương",)
    assert parse_meeting(lead).date is None


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
        ("Ban Chấp hành Trung ương",),  # the Central Committee acting (SPEC §8)
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


def test_connective_and_bare_relative_leads() -> None:
    ref = datetime.date(2025, 6, 1)
    [m] = find_meetings("Tiếp đó, chiều 24/4/2025, Ban Chỉ đạo Trung ương tổ chức Hội nghị.")
    assert (m.value.date, m.value.organizers) == (D(2025, 4, 24), ("Ban Chỉ đạo Trung ương",))
    [m] = find_meetings("Sáng nay 19/11, Quốc hội khai mạc Kỳ họp thứ 8.", reference_date=ref)
    assert (m.value.date, m.value.name) == (D(2025, 11, 19), "Kỳ họp thứ 8")


# Lead sentences written for these tests, modelled on real leads of Party and provincial news.
# (text, reference_date, expected fields)
REAL_STYLE: list[tuple[str, datetime.date | None, dict[str, object]]] = [
    (
        "ĐCSVN - Sáng 5/7/2023, Ban Tổ chức Trung ương tổ chức Hội nghị sơ kết công tác.",
        None,
        {"date": D(2023, 7, 5), "organizers": ("Ban Tổ chức Trung ương",)},
    ),
    (
        "BTO-Sáng 5-1-2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết năm 2023.",
        None,
        {"date": D(2024, 1, 5), "reviewed": ("2023",)},
    ),
    (
        "Tin tỉnh nhà\n\nCập nhật: 19/10/2022 08:10\nChiều nay (18/10), Ban Tổ chức Tỉnh ủy "
        "tổ chức hội nghị giao ban quý III.",
        None,
        {"date": D(2022, 10, 18), "day_part": DayPart.AFTERNOON, "reviewed": ("2022-Q3",)},
    ),
    (
        "Hôm nay (7/5), Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc.",
        D(2024, 5, 7),
        {"date": D(2024, 5, 7), "day_part": None, "online": True},
    ),
    (
        "Ngày mai, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
        D(2024, 5, 1),
        {"date": D(2024, 5, 2)},
    ),
    (
        "Chiều qua, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị.",
        D(2024, 5, 1),
        {"date": D(2024, 4, 30), "organizers": ("Ủy ban Kiểm tra Tỉnh ủy",)},
    ),
    (
        "Sáng thứ Hai (15/1/2024), Ban Tổ chức Tỉnh ủy tổ chức hội nghị.",
        None,
        {"date": D(2024, 1, 15), "day_part": DayPart.MORNING},
    ),
    (
        "Từ ngày 14 - 16/10/2020, Tỉnh ủy Nghệ An tổ chức Đại hội đại biểu Đảng bộ tỉnh.",
        None,
        {"date": D(2020, 10, 14), "name": "Đại hội đại biểu Đảng bộ tỉnh"},
    ),
    (
        "Sáng 24-6-2024, tại Trụ sở Ban Tổ chức Trung ương, số 2 Hoàng Văn Thụ, Hà Nội, Ban Tổ "
        "chức Trung ương tổ chức hội nghị.",
        None,
        {"organizers": ("Ban Tổ chức Trung ương",)},
    ),
    (
        "Sáng 4/12/2023, HĐND tỉnh khóa XIX, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ 15.",
        None,
        {"organizers": ("Hội đồng nhân dân tỉnh",), "name": "Kỳ họp thứ 15"},
    ),
    (
        "Sáng 8/12/2023, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp "
        "phiên thứ 24.",
        None,
        {"organizers": ("Ban Chỉ đạo Trung ương",), "name": "phiên thứ 24"},
    ),
    (
        "Sáng 10/4/2024, tại Trụ sở Trung ương Đảng, Hội nghị lần thứ 9 Ban Chấp hành Trung "
        "ương Đảng khóa XIII khai mạc.",
        None,
        # The body named in the meeting's name is part of the name, not an organiser.
        {
            "date": D(2024, 4, 10),
            "organizers": (),
            "name": "Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XIII",
        },
    ),
    (
        "Sáng 12/6/2024, tại Hà Nội, đã diễn ra Hội nghị toàn quốc sơ kết 6 tháng đầu năm 2024.",
        None,
        {"organizers": (), "name": "Hội nghị toàn quốc sơ kết", "reviewed": ("2024-H1",)},
    ),
    (
        "Sáng 6/1/2024, Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến Chính phủ với "
        "các địa phương.",
        None,
        {"organizers": (), "chairs": ("Phạm Minh Chính",), "online": True},
    ),
    (
        "Sáng 5/1/2024, Tổng Bí thư Nguyễn Phú Trọng dự và chỉ đạo Hội nghị toàn quốc.",
        None,
        {"organizers": (), "chairs": (), "name": "Hội nghị toàn quốc"},
    ),
    (
        "Sáng 5/1/2024, dưới sự chủ trì của đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Ban Thường "
        "vụ Tỉnh ủy tổ chức hội nghị.",
        None,
        {"organizers": ("Ban Thường vụ Tỉnh ủy",), "chairs": ("Nguyễn Văn An",)},
    ),
    (
        "Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa XV diễn ra sáng 28-6-2023.",
        None,
        {"date": D(2023, 6, 28), "day_part": DayPart.MORNING},
    ),
    (
        "Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến vào chiều 30-9-2021.",
        None,
        {"date": D(2021, 9, 30), "organizers": ("Ban Tổ chức Trung ương",), "online": True},
    ),
    (
        "Chiều 25/10, Ban Tổ chức Tỉnh ủy Lâm Đồng tổ chức Hội nghị giao ban công tác quý III, "
        "triển khai nhiệm vụ quý IV năm 2023.",
        None,
        {"date": D(2023, 10, 25), "reviewed": ("2023-Q3",), "planned": ("2023-Q4",)},
    ),
    (
        "Sáng 3-7-2024, Ban Chấp hành Đảng bộ tỉnh Tuyên Quang tổ chức Hội nghị lần thứ 25 "
        "đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng "
        "cuối năm 2024.",
        None,
        {"reviewed": ("2024-H1",), "planned": ("2024-H2",)},
    ),
    (
        "Sáng 14/10, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc sơ kết 9 "
        "tháng đầu năm, triển khai nhiệm vụ quý IV năm 2024 tới hơn 700 điểm cầu.",
        None,
        {"date": D(2024, 10, 14), "reviewed": ("2024-9M",), "bridge_points": 700},
    ),
    (
        "Sáng 29/12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2023, triển "
        "khai nhiệm vụ năm 2024.",
        None,
        {"date": D(2023, 12, 29)},  # a review of 2023 at the end of 2023, not in 2024
    ),
    (
        "Ngày 10/1, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2023, triển "
        "khai nhiệm vụ năm 2024.",
        None,
        {"date": D(2024, 1, 10), "day_part": None},
    ),
    (
        "06/01/2024 10:00\nChiều 29-12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
        None,
        {"date": D(2023, 12, 29)},  # the dateline's year, less one: not 45 days ahead of it
    ),
    (
        "Sáng 11/1/2024, Tỉnh ủy Quảng Ninh tổ chức Hội nghị trực tuyến tổng kết năm 2023 tới "
        "177 điểm cầu. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến.",
        None,
        {"bridge_points": 177, "online": True, "organizers": ("Tỉnh ủy Quảng Ninh",)},
    ),
    (
        "Sáng 9/1/2024, Tạp chí Xây dựng Đảng tổ chức hội nghị cộng tác viên.",
        None,
        {"organizers": ("Tạp chí Xây dựng Đảng",)},  # not in the vocabulary: kept as written
    ),
    (
        "Sáng 9/1/2024, Thành ủy Đà Lạt phối hợp với Sở Nội vụ tổ chức hội nghị.",
        None,
        {"organizers": ("Thành ủy Đà Lạt", "Sở Nội vụ")},
    ),
]


@pytest.mark.parametrize(
    ("text", "reference_date", "expected"), REAL_STYLE, ids=[row[0][:45] for row in REAL_STYLE]
)
def test_real_style_leads(
    text: str, reference_date: datetime.date | None, expected: dict[str, object]
) -> None:
    [mention] = find_meetings(text, reference_date=reference_date)
    meeting = mention.value
    for field, value in expected.items():
        actual = getattr(meeting, field)
        if field in ("reviewed", "planned"):
            actual = tuple(p.code for p in actual)
        if field == "chairs":
            actual = tuple(o.name for o in actual)
        assert actual == value, field


PASSING_MENTIONS = [
    # An earlier meeting recalled in the report of another one.
    "Ngành làm tốt.\nTrước đó, sáng 5/1/2024, Ban Tổ chức Trung ương đã tổ chức Hội nghị.",
    # A lead-like sentence inside a paragraph is not a lead.
    "Tỉnh đã làm tốt. Sáng 5/1/2024, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến.",
    # A past plenum with its date but no day part.
    "Hội nghị Trung ương 8 khóa XIII diễn ra ngày 2-10-2023 đã thông qua nhiều nội dung.",
    # People, not organisers, before the verb.
    "Sáng 9/1/2024, ông Nguyễn Văn An tổ chức hội nghị gia đình.",
    "Toàn cảnh Hội nghị.",
]


@pytest.mark.parametrize("text", PASSING_MENTIONS)
def test_passing_mentions_are_not_headers(text: str) -> None:
    assert find_meetings(text) == []


def test_span_is_the_lead_sentence_without_the_agency() -> None:
    text = "(ABC)- Chiều 30-9-2021, Ban Tổ chức TW tổ chức Hội nghị. Hội nghị có 67 điểm cầu."
    [mention] = find_meetings(text)
    assert mention.text == "Chiều 30-9-2021, Ban Tổ chức TW tổ chức Hội nghị"
    assert mention.value.bridge_points == 67  # from the header's paragraph


def test_two_reports_do_not_mix() -> None:
    text = (
        "Sáng 5-1-2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị trực tuyến tới 30 điểm cầu.\n\n"
        "Chiều 5-1-2024, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị."
    )
    first, second = find_meetings(text)
    assert (first.value.bridge_points, second.value.bridge_points) == (30, None)
    assert (first.value.online, second.value.online) == (True, False)


def test_extract_has_the_meetings() -> None:
    from vn_party_docs import extract

    text = sample_text("004")
    assert [m.value for m in extract(text).meetings] == [m.value for m in find_meetings(text)]


def test_canonical_text_of_the_spec_example() -> None:
    [mention] = find_meetings(sample_text("000"))
    canonical = str(mention.value)
    assert canonical.startswith(
        "Chiều ngày 30-09-2021, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến "
        "đánh giá quý III năm 2021, triển khai nhiệm vụ quý IV năm 2021."
    )
    assert parse_meeting(canonical) == mention.value
