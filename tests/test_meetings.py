"""Meeting headers: SPEC examples, real-style leads, must-not-match, round trips."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SAMPLES, sample_text
from vn_party_docs import DayPart, Meeting, ParseError, find_meetings, parse_meeting
from vn_party_docs import meetings as meetings_module
from vn_party_docs._text.grammar import finditer_near
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
        # the hour before the day part, a comma before the day
        "Vào lúc 14 giờ 00 phút chiều, ngày 19 tháng 12 năm 2025, tại hội trường xã, HĐND xã "
        "Ea M’Droh khóa V đã tổ chức Kỳ họp chuyên đề lần thứ Sáu.",
        {
            "date": D(2025, 12, 19),
            "day_part": DayPart.AFTERNOON,
            "organizers": ("Hội đồng nhân dân xã Ea M’Droh",),
        },
    ),
    (
        # a dash between a relative day and its date is no agency's tag
        "Sáng nay - 8/7, HĐND tỉnh Yên Bái khóa XIX đã khai mạc kỳ họp thứ 13.",
        {"day_part": DayPart.MORNING, "organizers": ("Hội đồng nhân dân tỉnh Yên Bái",)},
    ),
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
    # "chiều tối" is the evening
    (
        "Chiều tối 12-4-2022, Ban Chấp hành Tỉnh Đoàn họp phiên thứ nhất.",
        {"date": D(2022, 4, 12), "day_part": DayPart.EVENING},
    ),
    ("Đêm 31/12/2025, Ban Bí thư tổ chức Hội nghị.", {"day_part": DayPart.NIGHT}),
    # "buổi" before a dated day part
    (
        "Buổi sáng ngày 10/5/2024, Hội đồng nhân dân tỉnh khai mạc Kỳ họp thứ 15.",
        {"date": D(2024, 5, 10), "day_part": DayPart.MORNING},
    ),
    (
        "Buổi chiều 11/5/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị.",
        {"date": D(2024, 5, 11), "day_part": DayPart.AFTERNOON},
    ),
    # a news agency's dateline lead, and a dash or a colon after the lead
    (
        "Hà Nội, 9/4 (TTXVN) - Ban Tổ chức Trung ương tổ chức Hội nghị giao ban quý I năm 2024.",
        {"date": D(2024, 4, 9), "organizers": ("Ban Tổ chức Trung ương",)},
    ),
    (
        "Ngày 27/9/2020 – Đảng bộ thành phố Cần Thơ khai mạc Đại hội đại biểu lần thứ XIV.",
        {"date": D(2020, 9, 27), "organizers": ("Đảng bộ thành phố Cần Thơ",)},
    ),
    (
        "Buổi chiều ngày 13-10-2020: Đại hội tiến hành phiên trù bị.",
        {"date": D(2020, 10, 13), "day_part": DayPart.AFTERNOON},
    ),
    ("Sáng sớm 12-2-2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", {"day_part": DayPart.MORNING}),
    # "hôm" before a date, as "ngày" ("Hôm 14/3, …": on the day)
    (
        "Hôm 14/3/2023, Ủy ban Kiểm tra Huyện ủy họp phiên thường kỳ.",
        {"date": D(2023, 3, 14), "day_part": None, "organizers": ("Ủy ban Kiểm tra Huyện ủy",)},
    ),
    # ... but its date and comma stay the lead's ("Hôm nay 22-9, phiên họp …")
    (
        "Hôm nay 22-9, phiên họp thứ 49 của Ủy ban Thường vụ Quốc hội sẽ tiếp tục đợt họp thứ 3.",
        {"organizers": ()},
    ),
    # a relative day needs no comma before the verb or the subject
    ("Ngày mai sẽ khai mạc Hội nghị Trung ương 7.", {"date": None, "organizers": ()}),
    (
        "Sáng nay Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
        {"day_part": DayPart.MORNING, "organizers": ("Ban Thường vụ Tỉnh ủy",)},
    ),
    # ... nor with its date after it
    (
        "Sáng nay ngày 8/2/2021 Ủy ban MTTQ tỉnh tổ chức Hội nghị hiệp thương lần thứ nhất.",
        {"date": D(2021, 2, 8), "organizers": ("Ủy ban Mặt trận Tổ quốc tỉnh",)},
    ),
    ("Sáng nay (8/2) Tỉnh ủy tổ chức hội nghị.", {"organizers": ("Tỉnh ủy",)}),
    (
        "Sáng 10-10-2024, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc tới gần 1.500 "
        "điểm cầu.",
        {"bridge_points": 1500, "online": True},
    ),
    (
        "Sáng 9-5-2024, Bộ Chính trị tổ chức Hội nghị toàn quốc, kết nối tới 21 ngàn điểm cầu.",
        {"bridge_points": 21000, "online": True},
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


@pytest.mark.parametrize(
    ("dateline", "lead", "expected"),
    [
        ("09:30, 01/01/2022", "Hôm qua (31/12)", D(2021, 12, 31)),
        ("16:00, 31/12/2021", "Ngày mai (1/1)", D(2022, 1, 1)),
        ("07:45, 12/06/2022", "Sáng nay (12/6)", D(2022, 6, 12)),
        # a comma before the parenthesis
        ("15:10, 06/04/2020", "Chiều nay, (6/4)", D(2020, 4, 6)),
    ],
)
def test_a_relative_day_with_its_date_takes_the_year_of_that_day(
    dateline: str, lead: str, expected: datetime.date
) -> None:
    text = f"{dateline}\n{lead}, Ban Thường vụ Huyện ủy tổ chức hội nghị."
    [mention] = find_meetings(text)
    assert mention.value.date == expected


def test_year_from_the_sentence_periods() -> None:
    text = "Chiều 1- 4, Ban Tổ chức Trung ương tổ chức Hội nghị đánh giá quý I năm 2024."
    assert find_meetings(text)[0].value.date == D(2024, 4, 1)
    # a year's review in March is of the year before, not of the year begun
    text = "Chiều 23-3, UBND huyện tổ chức hội nghị đánh giá kết quả công tác năm 2022."
    assert find_meetings(text)[0].value.date == D(2023, 3, 23)
    text = "Sáng 20-12, UBND huyện tổ chức hội nghị đánh giá kết quả công tác năm 2022."
    assert find_meetings(text)[0].value.date == D(2022, 12, 20)
    # ... nor does a draft report named with its year
    text = (
        "Chiều 18/3, tại Hà Nội, Trưởng Đoàn kiểm tra đã chủ trì Hội nghị thông qua dự thảo báo "
        "cáo của Đoàn kiểm tra số 1907 của Bộ Chính trị năm 2025 đối với Đảng ủy Chính phủ."
    )
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.reviewed) == (D(2025, 3, 18), ())
    # a committee's verification report ("báo cáo thẩm tra") on a plan reviews nothing
    text = (
        "Sáng 10/2, Quốc hội họp tại Hội trường Diên Hồng để nghe Tờ trình và Báo cáo thẩm "
        "tra về Đề án phát triển kinh tế - xã hội năm 2025."
    )
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.reviewed) == (D(2025, 2, 10), ())


MUST_NOT_MATCH = [
    # a ceremony that opens no meeting
    "Sáng 12/5/2024, Hội Nông dân tỉnh tổ chức Lễ kỷ niệm 20 năm ngày thành lập.",
    # an official who attends and speaks reports no meeting, nor one who directs without a
    # dated lead before him (a caption, a follow-up sentence)
    "Sáng 22/9/2023, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy dự và phát biểu tại Đại hội.",
    "Sáng 7-3, Bí thư Tỉnh ủy Lê Văn Hòa đến dự và phát biểu chỉ đạo tại phiên họp thường kỳ "
    "do UBND tỉnh tổ chức.",
    "Đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy dự và chỉ đạo Hội nghị toàn quốc.",
    "Ngành đã bám sát Kết luận tại Hội nghị toàn quốc tổng kết công tác năm 2023.",
    "Phát biểu kết luận và bế mạc Hội nghị, đồng chí cám ơn các đại biểu.",
    "Trọng tâm là Đề án trình Hội nghị Trung ương 4 khóa XIII.",
    "Cụm thi đua số 5 tổng kết công tác năm 2019.",
    # a person who "has" a speech at a meeting holds none
    "Sáng 9/6/2023, đồng chí Bí thư Tỉnh ủy có bài phát biểu tại hội nghị.",
    "Chiều 30-9, trời mưa to ở Hà Nội.",
    # a meeting that pauses is not held that day
    "Ngày mai (27-1), Đại hội nghỉ.",
    "Chiều 5/4/2024, Hội nghị nghỉ giải lao.",
]


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
        {
            "organizers": ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực",),
            "name": "phiên thứ 24",
        },
    ),
    # the term of a document an open organiser's name cites stays in the name
    (
        "Sáng 5/6/2022, Ban Chỉ đạo tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 khóa XI "
        "về Chiến lược bảo vệ Tổ quốc tổ chức hội nghị.",
        None,
        {
            "organizers": (
                "Ban Chỉ đạo tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 khóa XI về "
                "Chiến lược bảo vệ Tổ quốc",
            )
        },
    ),
    # a listed organ that heads a longer name: what the body does, a unit's name
    (
        "Chiều 12/1/2025, Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên "
        "phạm vi cả nước tiến hành Phiên họp trực tuyến toàn quốc thứ 2.",
        None,
        {
            "organizers": (
                "Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước",
            )
        },
    ),
    (
        "Ngày 5/3/2020, Chi bộ 3 Trường Tiểu học Bản Phố tổ chức Đại hội chi bộ.",
        None,
        {"organizers": ("Chi bộ 3 Trường Tiểu học Bản Phố",)},
    ),
    # the standing members of a steering committee; "TP" written out in an open name
    (
        "Ngày 6/6/2023, Thường trực Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TP HCM đã "
        "tổ chức cuộc họp định kỳ.",
        None,
        {
            "organizers": (
                "Thường trực Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực Thành phố Hồ Chí Minh",
            )
        },
    ),
    (
        "Sáng 3/5/2024, Ban Chỉ đạo chuyển đổi số TP.Vinh tổ chức hội nghị.",
        None,
        {"organizers": ("Ban Chỉ đạo chuyển đổi số Thành phố Vinh",)},
    ),
    # a school as an open body; "TP." written out at the end of an organiser's name
    (
        "Chiều 3/3/2023, Đảng bộ Trường Dự bị Đại học TP. Hồ Chí Minh đã tổ chức Hội nghị "
        "tổng kết.",
        None,
        {"organizers": ("Đảng bộ Trường Dự bị Đại học Thành phố Hồ Chí Minh",)},
    ),
    (
        "Ngày 5/3/2020, Chi bộ Khu phố 3 TP Vinh tổ chức Đại hội chi bộ.",
        None,
        {"organizers": ("Chi bộ Khu phố 3 Thành phố Vinh",)},
    ),
    # the standing body of a locality's Red Cross
    (
        "Sáng 16/11/2016, Thường trực Hội Chữ thập đỏ tỉnh tổ chức Hội nghị Ban Chấp hành.",
        None,
        {"organizers": ("Thường trực Hội Chữ thập đỏ tỉnh",)},
    ),
    # the topic of a listed body is a part of its name, as written
    (
        "Sáng 1/8/2019, Ban Chỉ đạo Trung ương về phòng-chống thiên tai tổ chức hội nghị "
        "trực tuyến.",
        None,
        {"organizers": ("Ban Chỉ đạo Trung ương về phòng-chống thiên tai",)},
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
        "Sáng 5/1/2024, dưới sự chủ trì của đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Ban Thường "
        "vụ Tỉnh ủy tổ chức hội nghị.",
        None,
        {"organizers": ("Ban Thường vụ Tỉnh ủy",), "chairs": ("Nguyễn Văn An",)},
    ),
    # the list of chairs may end with its semicolon
    (
        "Sáng 28/4/2021, dưới sự chủ trì của các đồng chí: Lê Văn An, Bí thư Tỉnh ủy; Trần Văn "
        "Bình, Phó Bí thư Tỉnh ủy; Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 4.",
        None,
        {
            "organizers": ("Ban Chấp hành Đảng bộ tỉnh",),
            "chairs": ("Lê Văn An", "Trần Văn Bình"),
        },
    ),
    # the day after the chairs of "dưới (với) sự chủ trì của …", before the subject
    (
        "Dưới sự chủ trì của đồng chí Trần Văn An, Bí thư Tỉnh ủy, sáng 8/8/2024, Hội nghị lần "
        "thứ 20 Ban Chấp hành Đảng bộ tỉnh khóa XX đã khai mạc.",
        None,
        {
            "date": D(2024, 8, 8),
            "name": "Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh khóa XX",
            "chairs": ("Trần Văn An",),
        },
    ),
    (
        "Dưới sự chủ trì của đồng chí Trần Văn An, Bí thư Tỉnh ủy, chiều 8/8/2024, Ban Chấp hành "
        "Đảng bộ tỉnh tổ chức Hội nghị lần thứ 20.",
        None,
        {
            "date": D(2024, 8, 8),
            "organizers": ("Ban Chấp hành Đảng bộ tỉnh",),
            "chairs": ("Trần Văn An",),
        },
    ),
    (
        "Với sự chủ trì của đồng chí Lê Thị Bình, Phó Bí thư Tỉnh ủy, sáng 9/8/2024, Hội nghị "
        "lần thứ 21 Ban Chấp hành Đảng bộ tỉnh khai mạc.",
        None,
        {"date": D(2024, 8, 9), "chairs": ("Lê Thị Bình",)},
    ),
    # a day part and its date after the name, without "vào"
    (
        "Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết công tác chiều 14/10/2020.",
        None,
        {
            "date": D(2020, 10, 14),
            "day_part": DayPart.AFTERNOON,
            "organizers": ("Ban Thường vụ Tỉnh ủy",),
        },
    ),
    (
        "Đảng bộ tỉnh Bắc Ninh tiến hành phiên khai mạc Đại hội sáng 13/10/2020 tại Nhà văn hóa.",
        None,
        {"date": D(2020, 10, 13), "day_part": DayPart.MORNING},
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
    # A past plenum with its date but no day part.
    "Hội nghị Trung ương 8 khóa XIII diễn ra ngày 2-10-2023 đã thông qua nhiều nội dung.",
    # People, not organisers, before the verb.
    "Sáng 9/1/2024, ông Nguyễn Văn An tổ chức hội nghị gia đình.",
    "Toàn cảnh Hội nghị.",
]


def test_span_is_the_lead_sentence_without_the_agency() -> None:
    text = "(ABC)- Chiều 30-9-2021, Ban Tổ chức TW tổ chức Hội nghị. Hội nghị có 67 điểm cầu."
    [mention] = find_meetings(text)
    assert mention.text == "Chiều 30-9-2021, Ban Tổ chức TW tổ chức Hội nghị"
    assert mention.value.bridge_points == 67  # from the header's paragraph


def test_main_bridge_paragraph_goes_on_with_the_report() -> None:
    text = (
        "Sáng 2-7-2022, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị trực tuyến.\n\n"
        "Điểm cầu chính tại trụ sở Đảng ủy Khối và 48 điểm cầu tại các đảng bộ trực thuộc."
    )
    [mention] = find_meetings(text)
    assert mention.value.bridge_points == 48


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


# -- issue 14: the shapes real news writes ------------------------------------------------------
# Phrases written for these tests, modelled on real leads (facts reused, sentences not).
# (text, reference_date, expected fields); "chairs" compares names.
SHAPES: list[tuple[str, datetime.date | None, dict[str, object]]] = [
    # organ-held, no verb between the organ and the meeting
    (
        "Sáng 3/7/2024, Ban Tổ chức Trung ương hội nghị trực tuyến toàn quốc sơ kết công tác "
        "6 tháng đầu năm.",
        None,
        {
            "organizers": ("Ban Tổ chức Trung ương",),
            "name": "hội nghị trực tuyến toàn quốc sơ kết",
            "reviewed": ("2024-H1",),
            "online": True,
        },
    ),
    # "A phối hợp (với / cùng) B tổ chức": both organise
    (
        "Chiều 12/8/2023, tại Lạng Sơn, Ban Tổ chức Trung ương phối hợp Tỉnh ủy Lạng Sơn tổ "
        "chức Hội nghị giao ban.",
        None,
        {"organizers": ("Ban Tổ chức Trung ương", "Tỉnh ủy Lạng Sơn"), "name": "Hội nghị giao ban"},
    ),
    (
        "Chiều 5/4/2024 vừa qua, Ban Thường vụ Tỉnh ủy phối hợp cùng Ban Tổ chức Tỉnh ủy tổ chức "
        "hội nghị.",
        None,
        {"date": D(2024, 4, 5), "organizers": ("Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy")},
    ),
    # "tổ chức họp", and a body that meets
    (
        "Sáng 9/9/2023, Tỉnh ủy tổ chức họp cho ý kiến về dự thảo đề án.",
        None,
        {"organizers": ("Tỉnh ủy",), "name": "họp"},
    ),
    (
        "Sáng 22/5/2023, Bộ Chính trị họp cho ý kiến về đề án.",
        None,
        {"organizers": ("Bộ Chính trị",), "name": "họp"},
    ),
    # a review held without a meeting noun, perhaps after "tổ chức"
    (
        "Sáng 3/7/2018, Ban Tuyên giáo Tỉnh ủy tổ chức sơ kết công tác tuyên giáo 6 tháng đầu năm.",
        None,
        {"organizers": ("Ban Tuyên giáo Tỉnh ủy",), "name": "sơ kết", "reviewed": ("2018-H1",)},
    ),
    (
        "Chiều 30/12/2022, Đảng ủy Sở Y tế tổng kết công tác xây dựng Đảng năm 2022.",
        None,
        {"organizers": ("Đảng ủy Sở Y tế",), "name": "tổng kết", "reviewed": ("2022",)},
    ),
    (
        "Sáng 22/5/2023, Quốc hội họp phiên toàn thể tại hội trường.",
        None,
        {"organizers": ("Quốc hội",), "name": "phiên toàn thể"},
    ),
    (
        "Sáng 5/4/2024, Ủy ban Thường vụ Quốc hội tiến hành Phiên họp thứ 30.",
        None,
        {"organizers": ("Ủy ban Thường vụ Quốc hội",), "name": "Phiên họp thứ 30"},
    ),
    # "Đảng bộ các tỉnh: A, B và C …": one organiser per body
    (
        "Sáng 15/10/2020, Đảng bộ các tỉnh: Nam Định, Hà Nam và Ninh Bình tiến hành phiên khai "
        "mạc Đại hội đại biểu nhiệm kỳ 2020-2025.",
        None,
        {
            "organizers": ("Đảng bộ Nam Định", "Đảng bộ Hà Nam", "Đảng bộ Ninh Bình"),
            "name": "phiên khai mạc Đại hội đại biểu",
        },
    ),
    # abbreviations in parentheses, inside or after the organ
    (
        "Sáng 2/3/2024, Ban Chấp hành (BCH) Đảng bộ tỉnh tổ chức Hội nghị lần thứ 20.",
        None,
        {"organizers": ("Ban Chấp hành Đảng bộ tỉnh",), "name": "Hội nghị lần thứ 20"},
    ),
    (
        "Sáng 2/3/2024, Ban Tuyên giáo và Dân vận (TG&DV) Trung ương tổ chức hội nghị.",
        None,
        {"organizers": ("Ban Tuyên giáo và Dân vận Trung ương",)},
    ),
    (
        "Chiều 9/1/2026, Đảng bộ các cơ quan (CCQ) Đảng tỉnh tổ chức hội nghị tổng kết.",
        None,
        {"organizers": ("Đảng bộ các cơ quan Đảng tỉnh",)},
    ),
    (
        "Ngày 20-8-2025, Đảng bộ Trường Đại học Nông Lâm (ĐHNL) Bắc Giang tổ chức đại hội.",
        None,
        {"organizers": ("Đảng bộ Trường Đại học Nông Lâm Bắc Giang",)},
    ),
    (
        "Sáng 5/3/2024, Liên hiệp các Hội Văn học nghệ thuật tỉnh (LHHVHNT), Sở Nội vụ phối hợp "
        "tổ chức hội nghị.",
        None,
        {"organizers": ("Liên hiệp các Hội Văn học nghệ thuật tỉnh", "Sở Nội vụ")},
    ),
    # a semicolon a page writes for the comma after a place clause
    (
        "Vừa qua, tại Nhà văn hóa thành phố; BTV Thành đoàn tổ chức hội nghị học tập.",
        None,
        {"organizers": ("Ban Thường vụ Thành Đoàn",)},
    ),
    # the Central Committee acting (SPEC §8)
    (
        "Sáng 5/4/2024, Trung ương Đảng khai mạc Hội nghị lần thứ 9.",
        None,
        {"organizers": ("Ban Chấp hành Trung ương",)},
    ),
    # person-chaired: no organiser, the persons are the chairs
    (
        "Sáng 2/3/2024, tại Trụ sở Tỉnh ủy, đồng chí Lê Văn Hòa, Ủy viên Trung ương Đảng, Bí thư "
        "Tỉnh ủy chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20.",
        None,
        {
            "organizers": (),
            "chairs": ("Lê Văn Hòa",),
            "name": "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20",
        },
    ),
    (
        "Chiều 5/5/2022, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo quốc gia về chuyển đổi số "
        "chủ trì phiên họp thứ ba của Ban Chỉ đạo.",
        None,
        {"organizers": (), "chairs": ("Phạm Minh Chính",), "name": "phiên họp thứ ba"},
    ),
    (
        "Sáng 6/5/2022, Phó Thủ tướng Lê Minh Khái - Trưởng Ban Chỉ đạo điều hành giá (Ban Chỉ "
        "đạo) chủ trì họp trực tuyến với các địa phương.",
        None,
        {"organizers": (), "chairs": ("Lê Minh Khái",), "online": True},
    ),
    (
        "Sáng 5/5/2022, dưới sự chủ trì của đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy, Hội nghị lần thứ "
        "12 Ban Chấp hành Đảng bộ tỉnh khóa XX thảo luận nhiều nội dung.",
        None,
        {
            "organizers": (),
            "chairs": ("Lê Văn Hòa",),
            "name": "Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XX",
        },
    ),
    (
        "Ngày 4/11/2023, các đồng chí: Lê Văn Hòa, Bí thư Tỉnh ủy; Trần Thị Mai, Phó Bí thư "
        "Thường trực Tỉnh ủy đồng chủ trì Hội nghị sơ kết công tác 10 tháng.",
        None,
        {"organizers": (), "chairs": ("Lê Văn Hòa", "Trần Thị Mai"), "name": "Hội nghị sơ kết"},
    ),
    (
        "Sáng 7/6/2023, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng "
        "đã chủ trì phiên họp thường kỳ của Hội đồng.",
        None,
        {"organizers": (), "chairs": ("Phan Văn Giang",), "name": "phiên họp thường kỳ"},
    ),
    # the meeting as the subject: held "trong 03 ngày", its short form, its solemn session
    (
        "Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025 tổ chức trong 03 "
        "ngày, từ ngày 27 đến 29/7/2020.",
        None,
        {"organizers": (), "date": D(2020, 7, 27)},
    ),
    (
        "ĐHĐB Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025 khai mạc sáng 14/10/2020.",
        None,
        {"organizers": (), "date": D(2020, 10, 14), "name": "ĐHĐB Đảng bộ tỉnh lần thứ XX"},
    ),
    (
        "Sáng 14/10/2020, phiên trọng thể Đại hội đại biểu Đảng bộ tỉnh lần thứ XX khai mạc.",
        None,
        {"organizers": (), "date": D(2020, 10, 14)},
    ),
    # "chủ tọa", the formal "chủ trì"
    (
        "Sáng 20/10/2023, Chủ tịch Quốc hội Trần Văn Hòa chủ tọa phiên khai mạc Kỳ họp thứ 6.",
        None,
        {"organizers": (), "chairs": ("Trần Văn Hòa",), "date": D(2023, 10, 20)},
    ),
    (
        "Hội nghị do đồng chí Lê Văn An, Bí thư Tỉnh ủy và đồng chí Trần Bình, Chủ tịch UBND "
        "tỉnh đồng chủ tọa.",
        None,
        {"organizers": (), "chairs": ("Lê Văn An", "Trần Bình"), "date": None},
    ),
    # a place named after an office ("Phủ Chủ tịch") gives the chair no title, organises nothing
    (
        "Sáng 3/6/2024, tại Phủ Chủ tịch, Thủ tướng Trần Văn Hòa chủ trì phiên họp Chính phủ.",
        None,
        {"organizers": (), "chairs": ("Trần Văn Hòa",), "date": D(2024, 6, 3)},
    ),
    (
        "Buổi chiều, dưới sự điều hành của Phó Chủ tịch Quốc hội Trần Quang Phương, Quốc hội họp "
        "phiên toàn thể.",
        None,
        {"date": None, "day_part": DayPart.AFTERNOON, "organizers": ("Quốc hội",)},
    ),
    # the meeting as the subject: no organiser, the body named in it is part of the name
    (
        "Sáng 15/10/2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX khai mạc trọng thể tại Nhà hát "
        "tỉnh.",
        None,
        {"organizers": (), "name": "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"},
    ),
    # "Cụ thể," is a connective before the lead
    (
        "Cụ thể, chiều 14/8/2024, tại Hà Nội, Ban Dân vận Trung ương tổ chức hội nghị trực tuyến.",
        None,
        {"date": datetime.date(2024, 8, 14), "organizers": ("Ban Dân vận Trung ương",)},
    ),
    # a passive with its adverb after "được"; a list item's number before the meeting
    (
        "Hội nghị đại biểu Hội Nông dân tỉnh lần thứ IX được trọng thể tổ chức sáng 12/6/2023.",
        None,
        {
            "date": datetime.date(2023, 6, 12),
            "organizers": (),
            "name": "Hội nghị đại biểu Hội Nông dân tỉnh lần thứ IX",
        },
    ),
    (
        "2. Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVI được long trọng tổ chức từ "
        "ngày 20 đến ngày 22/9/2022.",
        None,
        {
            "date": datetime.date(2022, 9, 20),
            "organizers": (),
            "name": "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVI",
        },
    ),
    (
        "Sáng 6/11/2023, Kỳ họp thứ sáu, Quốc hội khóa XV chính thức bế mạc.",
        None,
        {"organizers": (), "name": "Kỳ họp thứ sáu, Quốc hội khóa XV"},
    ),
    (
        "Ngày 8/5/2018, Hội nghị lần thứ 7, Ban Chấp hành Trung ương khóa XII thảo luận về công "
        "tác cán bộ.",
        None,
        {"organizers": (), "name": "Hội nghị lần thứ 7, Ban Chấp hành Trung ương khóa XII"},
    ),
    (
        "Đại hội đại biểu Đảng bộ tỉnh Nam Định lần thứ XX diễn ra từ 14 - 16/10/2020 tại Hội "
        "trường tỉnh.",
        None,
        {"date": D(2020, 10, 14), "organizers": ()},
    ),
    (
        "Hội nghị chuyên đề về công tác dân vận diễn ra sáng ngày 9/6/2024 tại trụ sở Tỉnh ủy.",
        None,
        {"date": D(2024, 6, 9), "day_part": DayPart.MORNING, "name": "Hội nghị chuyên đề"},
    ),
    (
        "Ngày mai (6/10), tại Hà Nội, sẽ khai mạc Hội nghị Trung ương 8 khóa XIII.",
        D(2023, 10, 5),
        {"date": D(2023, 10, 6), "organizers": (), "name": "Hội nghị Trung ương 8 khóa XIII"},
    ),
    (
        "Ngày 6/10/2023 là ngày làm việc thứ hai của Hội nghị Trung ương 8 khóa XIII.",
        None,
        {"date": D(2023, 10, 6), "organizers": (), "name": "Hội nghị Trung ương 8 khóa XIII"},
    ),
    # ... also after a relative lead and a comma
    (
        "Hôm nay (7/10), là ngày làm việc thứ ba của Hội nghị Trung ương 8 khóa XIII.",
        D(2023, 10, 7),
        {"date": D(2023, 10, 7), "organizers": (), "name": "Hội nghị Trung ương 8 khóa XIII"},
    ),
    # ... or after a comma without "là", naming whose working day it is
    (
        "Ngày 12/5/2024, ngày làm việc thứ hai của Hội nghị lần thứ 9 Ban Chấp hành Trung ương "
        "Đảng khóa XIII, Trung ương thảo luận.",
        None,
        {
            "date": D(2024, 5, 12),
            "organizers": (),
            "name": "Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XIII",
        },
    ),
    (
        "Ngày 10/5/2024, ngày làm việc cuối cùng Hội nghị lần thứ 9 Ban Chấp hành Trung ương "
        "Đảng khóa XIII.",
        None,
        {"date": D(2024, 5, 10), "organizers": ()},
    ),
    # passive: the organ after "được"/"do" organises
    (
        "Sáng 10/4/2024, Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XIII được Bộ Chính "
        "trị tổ chức tại Hà Nội.",
        None,
        {"organizers": ("Bộ Chính trị",)},
    ),
    (
        "Sáng 2/10/2023, Hội nghị báo cáo viên Trung ương do Ban Tuyên giáo Trung ương tổ chức.",
        None,
        {"organizers": ("Ban Tuyên giáo Trung ương",), "name": "Hội nghị báo cáo viên Trung ương"},
    ),
    # a chaired (or happening) meeting whose organisers come after its name
    (
        "Sáng 5/4/2024, Phó Thủ tướng Trần Hồng Hà chủ trì Hội nghị trực tuyến toàn quốc do Bộ "
        "Y tế tổ chức.",
        None,
        {"organizers": ("Bộ Y tế",), "chairs": ("Trần Hồng Hà",)},
    ),
    (
        "Sáng 5/4/2024, tại Hà Nội, đã diễn ra Hội nghị toàn quốc do Ban Tổ chức Trung ương phối "
        "hợp với Bộ Nội vụ tổ chức.",
        None,
        {"organizers": ("Ban Tổ chức Trung ương", "Bộ Nội vụ"), "name": "Hội nghị toàn quốc"},
    ),
    # continued sessions
    (
        "Chiều 9/4/2024, Ban Chấp hành Đảng bộ tỉnh tiếp tục phiên họp thảo luận các báo cáo.",
        None,
        {"organizers": ("Ban Chấp hành Đảng bộ tỉnh",), "name": "phiên họp"},
    ),
    (
        "Chiều 5/4/2024, Hội nghị tiếp tục làm việc tại hội trường.",
        None,
        {"organizers": (), "name": "Hội nghị"},
    ),
    (
        "Tiếp tục chương trình làm việc, sáng nay (18/10), Đại hội đại biểu Đảng bộ tỉnh lần thứ "
        "XIX thảo luận văn kiện.",
        D(2020, 10, 18),
        {"date": D(2020, 10, 18), "day_part": DayPart.MORNING, "organizers": ()},
    ),
    # an introductory clause after the lead that runs over many commas
    (
        "Ngày 30/7/2020, sau 2 ngày làm việc với tinh thần nghiêm túc, đoàn kết, dân chủ, tập "
        "trung, trí tuệ, Đại hội đại biểu Đảng bộ thị xã lần thứ XXI, nhiệm kỳ 2020-2025, đã "
        "hoàn thành toàn bộ nội dung đề ra.",
        None,
        {"date": D(2020, 7, 30), "name": "Đại hội đại biểu Đảng bộ thị xã lần thứ XXI"},
    ),
    # a person addressed after the name's comma is no part of the name
    (
        "Ngày 16/10/2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, ông Lê Văn Tám được bầu "
        "làm Phó Bí thư Tỉnh ủy.",
        None,
        {"date": D(2020, 10, 16), "name": "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"},
    ),
    # ... and with the lead first
    (
        "Chiều 10/7/2019, tiếp tục chương trình kỳ họp thứ 15, các đại biểu nghe các báo cáo.",
        None,
        {"date": D(2019, 7, 10), "organizers": (), "name": "kỳ họp thứ 15"},
    ),
    (
        "Chiều 25-12-2017, tiếp tục chương trình làm việc của Hội nghị toàn quốc tổng kết công "
        "tác tuyên giáo năm 2017, các đại biểu đã tham luận.",
        None,
        {"date": D(2017, 12, 25), "day_part": DayPart.AFTERNOON, "organizers": ()},
    ),
    # a note in parentheses after the date
    (
        "Sáng 20/10/2021 (giờ Hà Nội), Quốc hội khai mạc Kỳ họp thứ hai.",
        None,
        {"date": D(2021, 10, 20), "organizers": ("Quốc hội",), "name": "Kỳ họp thứ hai"},
    ),
    (
        "Tiếp tục Kỳ họp thứ 7, sáng 5/6/2024, Quốc hội thảo luận tại hội trường về dự án luật.",
        None,
        {"date": D(2024, 6, 5), "organizers": ("Quốc hội",), "name": "Kỳ họp thứ 7"},
    ),
    # ... also after the lead, and the working day of a session
    (
        "Thứ Hai, ngày 17/11/2025, ngày làm việc thứ 22, Kỳ họp thứ 10, Quốc hội khóa XV diễn ra "
        "tại Nhà Quốc hội.",
        None,
        {"date": D(2025, 11, 17), "organizers": ()},
    ),
    (
        "Sáng 17/10/2023, tiếp tục chương trình làm việc, Hội nghị Trung ương 8 thảo luận ở tổ.",
        None,
        {"date": D(2023, 10, 17), "organizers": (), "name": "Hội nghị Trung ương 8"},
    ),
    # ... after the place too: the committee that goes on with its session holds it
    (
        "Sáng 12/9/2024, tại Nhà Quốc hội, tiếp tục chương trình Phiên họp toàn thể lần thứ 9, "
        "Ủy ban Kinh tế thẩm tra báo cáo của Chính phủ.",
        None,
        {"date": D(2024, 9, 12), "organizers": ("Ủy ban Kinh tế",)},
    ),
    (
        "Ngày 18-7-2023, tiếp tục ngày làm việc thứ 2 kỳ họp thứ 4, HĐND tỉnh thảo luận.",
        None,
        {"date": D(2023, 7, 18), "organizers": ("Hội đồng nhân dân tỉnh",)},
    ),
    (
        "Tiếp tục chương trình ngày làm việc thứ ba Hội nghị Trung ương 6, khóa XII, sáng 6/10/2017"
        ", Ban Chấp hành Trung ương Đảng làm việc tại hội trường.",
        None,
        {"date": D(2017, 10, 6), "organizers": ("Ban Chấp hành Trung ương",)},
    ),
    # ... or with the term's years after the session it continues
    (
        "Tiếp tục chương trình làm việc ngày thứ hai của Đại hội đại biểu Đảng bộ tỉnh Quảng Bình "
        "lần thứ XVII, nhiệm kỳ 2020 - 2025, chiều 15/10/2020, đã diễn ra hội nghị lần thứ nhất.",
        None,
        {"date": D(2020, 10, 15), "name": "hội nghị lần thứ nhất"},
    ),
    # the meeting as subject, recent, perhaps with its day after the verb
    (
        "Hội nghị sơ kết công tác dân vận của Ban Tổ chức Tỉnh ủy vừa diễn ra sáng nay.",
        D(2024, 7, 10),
        {"date": D(2024, 7, 10), "day_part": DayPart.MORNING, "organizers": ()},
    ),
    # leads without a date
    (
        "Ban Tổ chức Tỉnh ủy vừa tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024.",
        None,
        {"date": None, "day_part": None, "reviewed": ("2024-H1",)},
    ),
    (
        "Vừa qua, Ban Tổ chức Tỉnh ủy đã tổ chức hội nghị.",
        None,
        {"date": None, "organizers": ("Ban Tổ chức Tỉnh ủy",)},
    ),
    (
        "Hôm nay, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
        D(2024, 6, 1),
        {"date": D(2024, 6, 1), "day_part": None},
    ),
    (
        "Trong các ngày 14, 15/10/2020, Đảng bộ tỉnh Nam Định đã tổ chức thành công Đại hội đại "
        "biểu lần thứ XX.",
        None,
        {"date": D(2020, 10, 14), "organizers": ("Đảng bộ tỉnh Nam Định",)},
    ),
]


def _fields(meeting: Meeting, expected: dict[str, object]) -> dict[str, object]:
    actual: dict[str, object] = {}
    for field in expected:
        value = getattr(meeting, field)
        if field in ("reviewed", "planned"):
            value = tuple(p.code for p in value)
        if field == "chairs":
            value = tuple(o.name for o in value)
        actual[field] = value
    return actual


@pytest.mark.parametrize(
    ("text", "reference_date", "expected"), SHAPES, ids=[r[0][:50] for r in SHAPES]
)
def test_shapes(
    text: str, reference_date: datetime.date | None, expected: dict[str, object]
) -> None:
    [mention] = find_meetings(text, reference_date=reference_date)
    assert _fields(mention.value, expected) == expected
    assert parse_meeting(str(mention.value)) == mention.value


def test_same_day_takes_the_previous_headers_day() -> None:
    text = (
        "Chiều 5/6/2024, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị.\n"
        "Sáng cùng ngày, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban."
    )
    first, second = find_meetings(text)
    assert second.value.date == first.value.date == D(2024, 6, 5)
    assert second.value.day_part is DayPart.MORNING
    [alone] = find_meetings("Sáng cùng ngày, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.")
    assert alone.value.date is None
    # ... also with its date in parentheses, after "Trước đó, vào"
    text = (
        "Chiều 17/11/2025, HĐND tỉnh khai mạc kỳ họp thứ 4.\n"
        "Trước đó, vào sáng cùng ngày (17.11), Tỉnh ủy tổ chức hội nghị công bố quyết định."
    )
    first, second = find_meetings(text)
    assert second.value.date == first.value.date == D(2025, 11, 17)
    assert second.value.organizers == ("Tỉnh ủy",)


@pytest.mark.parametrize("lead", ["Buổi chiều", "Buổi sáng", "Buổi tối"])
def test_a_day_part_alone_takes_the_previous_headers_day(lead: str) -> None:
    text = (
        "Sáng 12/3/2025, Hội đồng nhân dân tỉnh khai mạc Kỳ họp thứ 24.\n"
        f"{lead}, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ."
    )
    first, second = find_meetings(text)
    assert second.value.date == first.value.date == D(2025, 3, 12)
    [alone] = find_meetings(f"{lead}, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ.")
    assert alone.value.date is None


def test_the_day_after_the_previous_headers() -> None:
    text = (
        "Sáng 26/9/2020, Đảng bộ tỉnh khai mạc Đại hội.\n"
        "Chiều hôm sau, Ban Chấp hành Đảng bộ tỉnh họp phiên thứ nhất.\n"
        "Ngày hôm sau (28/9), Ban Thường vụ Tỉnh ủy họp phiên thứ nhất."
    )
    dates = [mention.value.date for mention in find_meetings(text)]
    assert dates == [D(2020, 9, 26), D(2020, 9, 27), D(2020, 9, 28)]
    [alone] = find_meetings("Chiều hôm sau, Ban Chấp hành Đảng bộ tỉnh họp phiên thứ nhất.")
    assert alone.value.date is None


def test_the_previous_headers_planned_year_is_not_the_next_headers() -> None:
    text = (
        "Sáng 28/12, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm "
        "vụ năm 2024.\nChiều 29/12, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết."
    )
    first, second = find_meetings(text)
    assert (first.value.date, second.value.date) == (D(2023, 12, 28), D(2023, 12, 29))


def test_the_previous_headers_day_written_again_takes_its_year() -> None:
    text = (
        "Sáng 26/7, HĐND huyện A khai mạc kỳ họp thứ 6. Báo cáo 6 tháng đầu năm 2019 nêu rõ "
        "giá trị sản xuất tăng so với cùng kỳ năm 2018.\n"
        "* Cũng trong sáng 26/7, HĐND huyện B tổ chức khai mạc kỳ họp thứ 6."
    )
    first, second = find_meetings(text)
    assert first.value.date == second.value.date == D(2019, 7, 26)


NOT_HEADERS = [
    # the day a meeting will close, as its programme has it
    "Theo chương trình, Hội nghị Trung ương lần thứ 9 dự kiến bế mạc vào ngày 20-5.",
    "Theo kế hoạch, Đại hội kết thúc vào ngày 18-10-2020.",
    "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII sẽ bế mạc vào ngày 16/10/2020.",
    # the items of a notice
    "Thời gian tổ chức kỳ họp thứ 15 Hội đồng nhân dân huyện ngày 26 tháng 6 năm 2020.",
    # the hall of an organ, and no organiser after it
    "Chiều ngày 4/2/2026, tại hội trường Ủy ban nhân dân xã Xuân Định các đại biểu thảo luận.",
    "Phát biểu tại Hội nghị tổng kết diễn ra sáng 5/4/2024, đồng chí Lê Văn Hòa nhấn mạnh yêu cầu.",
    "Chiều 5/4/2024, phát biểu tại Hội nghị, đồng chí Lê Văn Hòa nhấn mạnh yêu cầu.",
    "Tại Kỳ họp thứ 9, HĐND tỉnh đã thông qua 12 nghị quyết.",
    "Sáng 5/4/2024, tại Kỳ họp thứ 9, HĐND tỉnh đã thông qua 12 nghị quyết.",
    # a sitting at the session the place clause names, with no comma before its verb
    "Sáng 5/4/2024, tại kỳ họp sẽ diễn ra phiên chất vấn của các đại biểu.",
    "Trong khuôn khổ phiên họp thứ 30, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật.",
    "Sáng 5/4/2024, trong khuôn khổ phiên họp thứ 30, Ủy ban Thường vụ Quốc hội cho ý kiến.",
    "Trong phiên họp lần thứ 31 diễn ra chiều 6-5-2024, Ủy ban Kiểm tra Trung ương đã xem xét "
    "kết quả kiểm tra.",
    "Theo thông báo của hội nghị, Ban Chấp hành đã thống nhất cao.",
    "Sáng 5/4/2024, theo thông báo của hội nghị, Ban Chấp hành đã thống nhất cao.",
    "Sáng 15-3, các đồng chí: Lê Văn Hòa, Bí thư Tỉnh ủy; Trần Thị Mai, Phó Bí thư Tỉnh ủy làm "
    "việc với các ban xây dựng Đảng về chuẩn bị Hội nghị Trung ương.",
    "Sáng 24-6-2024, tại Hà Nội, Hội trường Thống Nhất, Ban Tổ chức Trung ương tổ chức lễ trao "
    "huy hiệu.",
    "Thứ năm, ngày 21-10-2021, Quốc hội tiếp tục ngày làm việc thứ hai tại Nhà Quốc hội.",
]


#: After an article's first header, a lead's sentence whose subject is the meeting doing its
#: business reports no other meeting, nor does one that sums up a whole month; a session
#: continued does.
BUSINESS_AFTER_A_HEADER = [
    (
        "Trong tháng 3 năm 2021, Ban Thường vụ Tỉnh ủy tổ chức thành công hội nghị chuyên đề; "
        "phối hợp tiếp xúc cử tri.",
        1,
    ),
    ("Chiều 9/3/2021, Đại hội đã bầu 45 đồng chí vào Ban Chấp hành Đảng bộ tỉnh khóa mới.", 1),
    ("Trong hai ngày 14 và 15/7/2022, Hội nghị tập trung thảo luận về tình hình kinh tế.", 1),
    ("Cũng trong sáng 3/5/2023, Hội nghị đã nghe đồng chí Lê Văn Hòa phổ biến dự thảo.", 1),
    ("Chiều 9/3/2021, Đại hội đã ra mắt Ban Chấp hành Đảng bộ tỉnh khóa mới.", 1),
    ("Chiều 9/3/2021, đại hội đã chia 5 tổ thảo luận văn kiện.", 1),
    ("Cũng trong ngày 9/3/2021, đại hội đã tiến hành bầu Ban Chấp hành Đảng bộ tỉnh khóa mới.", 1),
    ("Ngày 9/3/2021, Đại hội sẽ tiến hành các công việc còn lại như công bố kết quả bầu cử.", 1),
    ("Tiếp tục chương trình làm việc, sáng nay (18/10), Đại hội thảo luận văn kiện.", 2),
    ("Sáng 10/3/2021, Đại hội thông báo kết quả phiên họp thứ nhất của Ban Chấp hành.", 1),
    # announcing, perhaps after the term
    (
        "Chiều 9/3/2021, Đại hội đại biểu Đoàn tỉnh lần thứ XII, nhiệm kỳ 2021 - 2026 công bố "
        "Ban Chấp hành khóa mới.",
        1,
    ),
]


def test_announcing_kept_only_right_after_the_noun() -> None:
    [first] = find_meetings("Sáng 9/3/2021, Tỉnh ủy tổ chức Hội nghị công bố quyết định.")
    [second] = find_meetings("Sáng 9/3/2021, Đại hội Đoàn tỉnh lần thứ XII công bố kết quả.")
    assert (first.value.name, second.value.name) == (
        "Hội nghị công bố",
        "Đại hội Đoàn tỉnh lần thứ XII",
    )
    # a congress at work right after its noun: no kind of congress
    for verb in ("công bố", "thông báo"):
        [third] = find_meetings(f"Sáng 9/3/2021, Đại hội {verb} kết quả bầu cử.")
        assert third.value.name == "Đại hội"
    [fourth] = find_meetings("Sáng 9/3/2021, Tỉnh ủy tổ chức Hội nghị thông báo nhanh kết quả.")
    assert fourth.value.name == "Hội nghị thông báo nhanh"


def test_the_day_a_meeting_lasts_until_is_no_header() -> None:
    text = (
        "Sáng 3/12/2018, Tỉnh ủy tổ chức Hội nghị lần thứ 14. Hội nghị diễn ra đến trưa ngày 4/12."
    )
    [found] = find_meetings(text)
    assert found.value.date == D(2018, 12, 3)
    [held] = find_meetings("Hội nghị diễn ra từ sáng 3/12/2018 đến hết trưa ngày 4/12.")
    assert held.value.date == D(2018, 12, 3)


@pytest.mark.parametrize(("sentence", "headers"), BUSINESS_AFTER_A_HEADER)
def test_business_after_a_header(sentence: str, headers: int) -> None:
    first = "Sáng 8/3/2021, Ban Chấp hành Đảng bộ tỉnh tổ chức Đại hội đại biểu lần thứ XX. "
    assert len(find_meetings(first + sentence)) == headers
    assert len(find_meetings(sentence)) == 1  # the article's first header


# -- dates: ranges, missing years --------------------------------------------------------------
DATES: list[tuple[str, datetime.date | None]] = [
    # a day part late or early in its hours
    ("Cuối giờ chiều 5/6/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", D(2023, 6, 5)),
    # a date range gives its first day, also written in full
    (
        "Từ ngày 10-5-2021 đến ngày 11-5-2021, tại Thủ đô Hà Nội, Ban Chấp hành Trung ương Đảng "
        "khóa XIII họp Hội nghị lần thứ ba.",
        D(2021, 5, 10),
    ),
    # the date of what a conference prepares the anniversary of dates nothing
    (
        "Sáng 14-5, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị quán triệt kế hoạch kỷ niệm 100 năm "
        "Ngày Báo chí cách mạng Việt Nam (21-6-1925 – 21-6-2025).",
        None,
    ),
    (
        "Trong hai ngày 14 và 15/10/2020, Tỉnh ủy tổ chức Đại hội đại biểu Đảng bộ tỉnh.",
        D(2020, 10, 14),
    ),
    (
        "Từ ngày 14 đến ngày 16/10/2020, Tỉnh ủy tổ chức Đại hội đại biểu Đảng bộ tỉnh.",
        D(2020, 10, 14),
    ),
    ("Sáng 14 - 15/10/2020, Tỉnh ủy tổ chức Đại hội đại biểu Đảng bộ tỉnh.", D(2020, 10, 14)),
    # ("ngày" glued to the range's last day, as to a single date)
    ("Từ ngày 14 đến ngày16/10/2020, Tỉnh ủy tổ chức Đại hội.", D(2020, 10, 14)),
    # "mùng" or "mồng" before a day of the first ten
    ("Trong 2 ngày mùng 4 và 5/9/2025, Đảng bộ xã tổ chức Đại hội.", D(2025, 9, 4)),
    # "trong thời gian" before the days it lasts
    (
        "Trong thời gian 3 ngày, từ ngày 10-12/6/2019 Hội Nông dân tỉnh tổ chức Hội nghị.",
        D(2019, 6, 10),
    ),
    ("Từ mồng 2 đến mồng 4/10/2020, Huyện ủy tổ chức Đại hội.", D(2020, 10, 2)),
    ("Sáng mùng 7/10/2020, Thị ủy tổ chức Hội nghị.", D(2020, 10, 7)),
    ("Trong ngày 14/10/2020, Đảng bộ tỉnh Nam Định tiến hành Đại hội.", D(2020, 10, 14)),
    ("Trong ngày 14-15/10/2020, Đảng bộ tỉnh Nam Định tiến hành Đại hội.", D(2020, 10, 14)),
    (
        "Đại hội Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023 - 2028 diễn ra trong ngày 27 và "
        "28/9/2023.",
        D(2023, 9, 27),
    ),
    # no year anywhere: kept, with date=None
    ("Sáng 24/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.", None),
    # a plan for next year does not move the meeting into it
    (
        "Sáng 29/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
        D(2023, 12, 29),
    ),
    # the nearest preceding fully dated context: a period, the previous header
    ("Năm 2023, tỉnh đạt nhiều kết quả.\nSáng 20/12, Tỉnh ủy tổ chức hội nghị.", D(2023, 12, 20)),
    (
        "Sáng 5/1/2024, Tỉnh ủy tổ chức hội nghị.\n\n"
        "Chiều 6/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.",
        D(2024, 1, 6),
    ),
    # ... but a year named as a horizon dates nothing
    ("Mục tiêu đến năm 2030, tỉnh phát triển.\nSáng 20/12, Tỉnh ủy tổ chức hội nghị.", None),
    # a congress's own term dates it; a term dates no meeting about it
    (
        "Sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 khai mạc.",
        D(2020, 10, 14),
    ),
    # ... also named before the lead of a continued session
    (
        "Tiếp tục chương trình Đại hội đại biểu Đảng bộ huyện lần thứ XV, nhiệm kỳ 2020 - 2025, "
        "chiều 8 và sáng 9.7 Đại hội đã thảo luận văn kiện.",
        D(2020, 7, 8),
    ),
    (
        "Sáng 25/12, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị học tập Nghị quyết Đại hội Đảng bộ "
        "tỉnh lần thứ XX, nhiệm kỳ 2020-2025.",
        None,
    ),
    # a meeting that brings a new document to its members follows the document's date
    (
        "Chiều 20/8, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị quán triệt Quy định số "
        "162-QĐ/TW, ngày 29/5/2024 của Ban Bí thư.",
        D(2024, 8, 20),
    ),
    # a review of an old resolution says nothing of the meeting's year
    (
        "Sáng 20/12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết "
        "số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương.",
        None,
    ),
    # a range of days in one month is no date with a two-digit year ("1-2/12" is not 1 Feb 2012)
    ("Trong hai ngày (1-2/12), Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 5.", None),
    # the hour written with "g" before the day, after the meeting's name
    (
        "Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15 vào lúc 13g30, ngày 23/8/2023 "
        "tại Hội trường Tỉnh ủy.",
        D(2023, 8, 23),
    ),
    # the meeting as the subject, its day last in the sentence, without a day part
    (
        "Hội nghị tổng kết công tác năm 2023 của Ban Tổ chức Tỉnh ủy diễn ra ngày 31-12-2023.",
        D(2023, 12, 31),
    ),
    (
        "Hội nghị sơ kết của Huyện ủy đã diễn ra vào ngày 5/7/2024 tại Hội trường huyện.",
        D(2024, 7, 5),
    ),
    # ... nor does a review of years of work on a document, nor a document cited without
    # "số" (the citation's date is no date of the news)
    (
        "Sáng 12/11, Tỉnh ủy tổ chức hội nghị sơ kết 3 năm triển khai Kết luận số 21-KL/TW "
        "ngày 25/10/2021.",
        None,
    ),
    (
        "Sáng 12/11, Ban Chỉ đạo họp phiên thứ hai về tổng kết Nghị quyết 29 ngày 4/11/2013.",
        None,
    ),
    # a full date of the next paragraph, days away
    (
        "Chiều 28-3, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy chủ trì Hội nghị công bố quyết định về "
        "công tác cán bộ.\nCác quyết định có hiệu lực từ ngày 01/4/2022.",
        D(2022, 3, 28),
    ),
]


@pytest.mark.parametrize(("text", "date"), DATES, ids=[r[0][:50] for r in DATES])
def test_dates(text: str, date: datetime.date | None) -> None:
    assert find_meetings(text)[-1].value.date == date


# -- reviewed periods vs the meeting's name -----------------------------------------------------
REVIEWED: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    # a plan word right after "về", once a period is reviewed, is the topic of what is
    # reviewed (the resolution on the year's plan)
    (
        "Ngày 6/12/2018, Huyện ủy tổ chức Hội nghị để tổng kết tình hình thực hiện Nghị quyết "
        "về phương hướng, nhiệm vụ năm 2018 và triển khai nhiệm vụ năm 2019.",
        ("2018",),
        ("2019",),
    ),
    (
        "Sáng 22/12/2022, HĐND quận khai mạc kỳ họp thứ 9 nhằm đánh giá việc thực hiện Nghị "
        "quyết của HĐND quận về kế hoạch phát triển kinh tế - xã hội năm 2022.",
        ("2022",),
        (),
    ),
    # a year only named, then an assessing word without a period of its own: assessed
    (
        "Ngày 20/12/2023, Hội nghị Đảng ủy Bộ Tư pháp năm 2023 đã khai mạc, nhằm đánh giá kết "
        "quả thực hiện nhiệm vụ chính trị. Hội nghị cũng đề ra nhiệm vụ năm 2024.",
        ("2023",),
        (),
    ),
    # "giải pháp thực hiện nhiệm vụ" plans the period after it
    (
        "Sáng 5/4/2019, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị lần thứ 20, đánh giá tình hình "
        "thực hiện nhiệm vụ quý I và giải pháp thực hiện nhiệm vụ quý II năm 2019.",
        ("2019-Q1",),
        ("2019-Q2",),
    ),
    (
        "Sáng 7/10/2015, Huyện ủy tổ chức Hội nghị lần thứ 3 đánh giá kết quả thực hiện nhiệm "
        "vụ 9 tháng đầu năm, bàn biện pháp thực hiện nhiệm vụ công tác 3 tháng cuối năm.",
        ("2015-9M",),
        ("2015-Q4",),
    ),
    (
        "Sáng 1/7/2013, HĐND thành phố khai mạc kỳ họp thứ 6, đánh giá tình hình thực hiện "
        "nhiệm vụ 6 tháng đầu năm, bàn giải pháp thực hiện kế hoạch 6 tháng cuối năm 2013.",
        ("2013-H1",),
        ("2013-H2",),
    ),
    # ... and so does "triển khai thực hiện nhiệm vụ"
    (
        "Ngày 15-1-2019, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2018 "
        "và triển khai thực hiện nhiệm vụ công tác năm 2019; biểu dương các tập thể năm 2018.",
        ("2018",),
        ("2019",),
    ),
    # a plan listed by a comma among what is assessed is assessed too
    (
        "Sáng 15/12/2016, HĐND tỉnh khai mạc kỳ họp thứ 3 để đánh giá tình hình, kế hoạch phát "
        "triển kinh tế - xã hội năm 2016, nhiệm vụ và giải pháp năm 2017.",
        ("2016",),
        ("2017",),
    ),
    # ... and so is a plan word right after "kết quả" or "tình hình": what came of it
    (
        "Ngày 20/12/2023, Sở Du lịch tổ chức Hội nghị đánh giá kết quả triển khai Chương trình "
        "kích cầu du lịch năm 2023 và triển khai nhiệm vụ năm 2024.",
        ("2023",),
        ("2024",),
    ),
    # the start of a span is neither
    (
        "Sáng 4/7/2025, Bộ Chính trị họp cho ý kiến về báo cáo kết quả thực hiện Nghị quyết từ "
        "tháng 11/2024 đến tháng 7/2025.",
        (),
        (),
    ),
    # ... not one joined by "và" to the review word
    (
        "Sáng 20/12/2016, Sở Nội vụ tổ chức hội nghị tổng kết và kế hoạch công tác năm 2017.",
        (),
        ("2017",),
    ),
    # the army's review conference ("quân chính") reviews its period, dated or not
    (
        "Quân khu 5 vừa tổ chức Hội nghị quân chính 6 tháng đầu năm 2024.",
        ("2024-H1",),
        (),
    ),
    # lessons drawn from a period's work review it
    (
        "Sáng 12/10/2022, Bộ Chỉ huy Quân sự tỉnh tổ chức Hội nghị rút kinh nghiệm công tác "
        "diễn tập năm 2022.",
        ("2022",),
        (),
    ),
    # a month in the name of a monthly briefing is its edition, not a reviewed period
    (
        "Sáng 26/9/2023, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên Trung ương tháng "
        "9/2023.",
        (),
        (),
    ),
    # ... and in any kind of period: the briefing is held in editions
    (
        "Sáng 16-6-2015, Ban Tuyên giáo Thành ủy tổ chức Hội nghị báo cáo viên quý II năm 2015.",
        (),
        (),
    ),
    (
        "Sáng 5/10/2023, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 9/2023.",
        (),
        (),
    ),
    # ... and so is the period of a thematic session ("chuyên đề"), held in editions too
    (
        "Ngày 6-9-2025, Chính phủ họp Phiên chuyên đề về xây dựng pháp luật tháng 8-2025.",
        (),
        (),
    ),
    (
        "Chiều 28/10/2024, Đảng ủy phường tổ chức Hội nghị sinh hoạt chuyên đề quý III năm 2024.",
        (),
        (),
    ),
    # a regular session reviews the month it names, held in its last two days or after it
    ("Sáng 2/4/2022, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3/2022.", ("2022-03",), ()),
    ("Sáng 30/3/2022, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3/2022.", ("2022-03",), ()),
    ("Sáng 27/3/2022, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3/2022.", ("2022-03",), ()),
    ("Ngày 29-9, UBND huyện họp thường kỳ tháng 9-2016.", ("2016-09",), ()),
    ("Ngày 31/8/2020, Chính phủ họp phiên thường lệ tháng 8/2020.", ("2020-08",), ()),
    # … and nothing yet when held in its first half: it is the month's own session
    ("Ngày 14/7/2022, UBND huyện tổ chức họp Ủy ban nhân dân huyện tháng 7 năm 2022.", (), ()),
    ("Sáng 5/1/2019, Thường trực HĐND huyện họp phiên thường kỳ tháng 1 năm 2019.", (), ()),
    # a period named in another clause is not the meeting's ("khi …")
    (
        "Sáng 3/4/2020, Chính phủ họp phiên thường kỳ tháng 3/2020 khi cả nước vừa đi qua quý "
        "đầu tiên của năm 2020.",
        ("2020-03",),
        (),
    ),
    # a month and the first months up to it: both reviewed
    (
        "Ngày 3/11/2022, Thủ tướng Lê Văn An chủ trì phiên họp thường kỳ tháng 10/2022, bàn về "
        "tình hình tháng 10 và 10 tháng.",
        ("2022-10", "2022-10M"),
        (),
    ),
    # a period that has not begun is planned, whatever word comes before it
    (
        "Ngày 4/12/2021, UBND tỉnh họp thường kỳ tháng 11/2021, cho ý kiến về các giải pháp "
        "thực hiện kế hoạch năm 2022.",
        ("2021-11",),
        ("2022",),
    ),
    # the plans whose carrying out is assessed, with "các" before them
    (
        "Sáng 23/6/2025, HĐND thành phố đã khai mạc kỳ họp thứ 24, đánh giá kết quả thực hiện "
        "các kế hoạch phát triển kinh tế - xã hội trong 6 tháng đầu năm 2025.",
        ("2025-H1",),
        (),
    ),
    # ... unless the text says the session assesses it
    (
        "Sáng 2/4/2022, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3/2022 đánh giá tình hình "
        "tháng 3, triển khai nhiệm vụ tháng 4/2022.",
        ("2022-03",),
        ("2022-04",),
    ),
    # a review meeting named by a period it is held after (or near the end of) reviews it
    (
        "Sáng 16/5/2024, Ban Thường vụ Tỉnh ủy Cà Mau tổ chức Hội nghị giao ban quý I năm 2024.",
        ("2024-Q1",),
        (),
    ),
    (
        "Sáng 28/6/2022, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy chủ trì phiên họp 6 tháng đầu năm "
        "2022 của Hội đồng.",
        ("2022-H1",),
        (),
    ),
    # a half year after "giao ban" from its last month on
    (
        "Ngày 9/6/2019, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban 6 tháng đầu năm 2019.",
        ("2019-H1",),
        (),
    ),
    # ... but a half the name alone bears only in its last half month, a year in its last
    # days
    (
        "Sáng 14/6/2023, Hội nghị Đảng ủy Công an Trung ương 6 tháng đầu năm 2023 đã diễn ra.",
        ("2023-H1",),
        (),
    ),
    (
        "Sáng 5/6/2023, Hội nghị Đảng ủy Công an Trung ương 6 tháng đầu năm 2023 đã diễn ra.",
        (),
        (),
    ),
    (
        "Ngày 19/12/2023, Bộ Công an tổ chức Hội nghị Đảng ủy Công an Trung ương năm 2023.",
        (),
        (),
    ),
    (
        "Ngày 24/6/2023, Bộ Công an tổ chức Hội nghị Đảng ủy Công an Trung ương 6 tháng đầu năm "
        "2023.",
        ("2023-H1",),
        (),
    ),
    # a resolution that leads the year's work plans it (the meeting is held the year before)
    (
        "Sáng ngày 28/11, Đảng ủy Quân sự tỉnh tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện "
        "nhiệm vụ năm 2024.",
        (),
        ("2024",),
    ),
    # ... but assessing how it was led reviews it
    (
        "Ngày 23/12/2010, Đảng ủy Quân sự tỉnh tổ chức Hội nghị đánh giá công tác lãnh đạo thực "
        "hiện nhiệm vụ năm 2010.",
        ("2010",),
        (),
    ),
    # ... not one whose period has far to run
    (
        "Chiều 28/6/2022, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác 14 tỉnh năm "
        "2022.",
        (),
        (),
    ),
    # an assessing word wins over "nhiệm vụ" in the same clause
    (
        "Ngày 5/12/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị đánh giá việc thực hiện các nhiệm "
        "vụ năm 2023, triển khai nhiệm vụ năm 2024.",
        ("2023",),
        ("2024",),
    ),
    (
        "Ngày 8/7/2024, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024 "
        "và đề ra phương hướng, nhiệm vụ sáu tháng cuối năm.",
        ("2024-H1",),
        ("2024-H2",),
    ),
]


@pytest.mark.parametrize(
    ("text", "reviewed", "planned"), REVIEWED, ids=[r[0][:50] for r in REVIEWED]
)
def test_reviewed_and_planned(
    text: str, reviewed: tuple[str, ...], planned: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    assert (codes(mention.value.reviewed), codes(mention.value.planned)) == (
        list(reviewed),
        list(planned),
    )
    assert parse_meeting(str(mention.value)) == mention.value


# -- the canonical text is faithful -------------------------------------------------------------
def test_str_keeps_the_kind_of_meeting_as_written() -> None:
    [m] = find_meetings(
        "Sáng 3/7/2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2024."
    )
    assert "hội nghị sơ kết 6 tháng đầu năm 2024" in str(m.value)
    assert "đánh giá" not in str(m.value)
    [m] = find_meetings(
        "Sáng 2/4/2019, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban quý I năm 2019."
    )
    assert "Hội nghị giao ban quý I năm 2019" in str(m.value)
    assert parse_meeting(str(m.value)) == m.value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sáng 8/1/2024, Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần "
            "thứ 15 tổng kết công tác năm 2023.",
            "Hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần thứ 15 tổng kết",
        ),
        (
            "Chiều 9/1/2024, Đảng ủy Bệnh viện tổ chức Hội nghị (mở rộng) tổng kết năm 2023.",
            "Hội nghị (mở rộng) tổng kết",
        ),
    ],
)
def test_an_extended_session_keeps_its_whole_name(text: str, name: str) -> None:
    [m] = find_meetings(text)
    assert m.value.name == name
    assert parse_meeting(str(m.value)) == m.value


def test_str_invents_no_coordination_and_repeats_no_period() -> None:
    [m] = find_meetings("Sáng 5/4/2024, Ban Tổ chức TW, Bộ nội vụ tổ chức hội nghị.")
    assert "phối hợp" not in str(m.value)
    assert str(m.value).startswith(
        "Sáng ngày 05-04-2024, Ban Tổ chức Trung ương, Bộ Nội vụ tổ chức"
    )
    [m] = find_meetings(
        "Sáng 29/9/2023, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên tháng 9/2023."
    )
    assert str(m.value).count("tháng 9") <= 1


def test_a_year_less_header_round_trips() -> None:
    [m] = find_meetings(
        "Chiều 7/12, Ban Thường vụ Tỉnh ủy Thái Bình tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh."
    )
    assert m.value.date is None and m.value.day_part is DayPart.AFTERNOON
    assert m.value.organizers == ("Ban Thường vụ Tỉnh ủy Thái Bình",)
    assert m.value.name == "Hội nghị Ban Chấp hành Đảng bộ tỉnh"
    assert parse_meeting(str(m.value)) == m.value


def test_chairs_carry_their_titles() -> None:
    [m] = find_meetings(
        "Chiều 3/6/2022, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì phiên họp thứ 20."
    )
    [chair] = m.value.chairs
    assert (chair.name, [str(t) for t in chair.titles]) == (
        "Phạm Minh Chính",
        ["Thủ tướng Chính phủ"],
    )


def test_the_head_of_a_team_chairs_with_the_teams_title() -> None:
    [m] = find_meetings(
        "Chiều 12/10/2023, Phó Thủ tướng Chính phủ, Trưởng Đoàn kiểm tra số 815 của Ban Bí thư "
        "Trung ương Đảng Lê Văn Hải đã chủ trì Hội nghị thông báo kết quả kiểm tra."
    )
    [chair] = m.value.chairs
    assert [str(t) for t in chair.titles] == [
        "Phó Thủ tướng Chính phủ",
        "Trưởng Đoàn kiểm tra số 815 của Ban Bí thư Trung ương Đảng",
    ]
    assert m.value.date == datetime.date(2023, 10, 12)


# -- round 2 of issue 14: bodies named in full, leads after a clause, headers without a day --
OPEN_BODY_ORGANIZERS: list[tuple[str, tuple[str, ...], str]] = [
    # a sub-committee named in full, its short name in parentheses after it
    (
        "Ngày 5.6, tại Hà Nội, Tiểu ban Văn kiện Đại hội XIV của Đảng (Tiểu ban) họp phiên thứ "
        "hai.",
        ("Tiểu ban Văn kiện Đại hội XIV của Đảng",),
        "phiên thứ hai",
    ),
    (
        "Chiều 2-3, Tiểu ban Nhân sự Đại hội XIV họp phiên thứ ba.",
        ("Tiểu ban Nhân sự Đại hội XIV",),
        "phiên thứ ba",
    ),
    # "Ð" (U+00D0) written for "Đ"; "Tổ chức" inside the name is no verb
    (
        "Chiều 12-10, Tiểu ban Tổ chức phục vụ Ðại hội đại biểu Ðảng bộ tỉnh lần thứ XVIII họp "
        "phiên thứ hai.",
        ("Tiểu ban Tổ chức phục vụ Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII",),
        "phiên thứ hai",
    ),
    # steering committees: abbreviations read over, "BCĐ" expanded, two joined by "và"
    (
        "Ngày 12/1, Ban Chỉ đạo (BCĐ) thực hiện Đề án 06 (ĐA06) của tỉnh và BCĐ phòng chống tội "
        "phạm tỉnh tổ chức hội nghị tổng kết.",
        ("Ban Chỉ đạo thực hiện Đề án 06 của tỉnh", "Ban Chỉ đạo phòng chống tội phạm tỉnh"),
        "hội nghị tổng kết",
    ),
    (
        'Sáng 4/4, BCĐ "Học tập và làm theo" huyện và Ban Tuyên giáo Huyện ủy phối hợp tổ chức '
        "hội nghị.",
        ('Ban Chỉ đạo "Học tập và làm theo" huyện', "Ban Tuyên giáo Huyện ủy"),
        "hội nghị",
    ),
    # a steering committee named for the review it leads
    (
        "Sáng 9/3, Ban Chỉ đạo tổng kết 10 năm thực hiện Nghị quyết 33 tổ chức hội nghị.",
        ("Ban Chỉ đạo tổng kết 10 năm thực hiện Nghị quyết 33",),
        "hội nghị",
    ),
    (
        "Sáng 4/4, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh họp phiên thường kỳ.",
        ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh",),
        "phiên thường kỳ",
    ),
    (
        "Sáng 4/4, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức hội nghị.",
        ("Hội đồng Thi đua - Khen thưởng tỉnh",),
        "hội nghị",
    ),
    # the name ends where the next organiser starts, even one the vocabulary lacks
    (
        "Chiều 5/3, Ban Chỉ đạo Chương trình mục tiêu quốc gia tỉnh phối hợp với Sở Nông nghiệp "
        "tổ chức hội nghị.",
        ("Ban Chỉ đạo Chương trình mục tiêu quốc gia tỉnh", "Sở Nông nghiệp"),
        "hội nghị",
    ),
    (
        "Sáng 5/3, Tiểu ban Văn kiện và Tiểu ban Nhân sự họp phiên liên tịch.",
        ("Tiểu ban Văn kiện", "Tiểu ban Nhân sự"),
        "phiên liên tịch",
    ),
    # a term after the organ, with or without "khóa", in parentheses or not
    (
        "Ngày 14/8, Ủy ban Kiểm tra (UBKT) Huyện ủy nhiệm kỳ 2015 - 2020 tiến hành kỳ họp thứ 12.",
        ("Ủy ban Kiểm tra Huyện ủy",),
        "kỳ họp thứ 12",
    ),
    (
        "Ngày 3/3, Ban Chấp hành Đảng bộ tỉnh (nhiệm kỳ 2020-2025) họp phiên đầu tiên.",
        ("Ban Chấp hành Đảng bộ tỉnh",),
        "phiên đầu tiên",
    ),
    (
        "Ngày 3/3, Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020-2025 họp phiên cuối cùng.",
        ("Ban Thường vụ Tỉnh ủy",),
        "phiên cuối cùng",
    ),
]


@pytest.mark.parametrize(
    ("text", "organizers", "name"),
    OPEN_BODY_ORGANIZERS,
    ids=[r[0][:45] for r in OPEN_BODY_ORGANIZERS],
)
def test_bodies_named_in_full_organise(text: str, organizers: tuple[str, ...], name: str) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.organizers, mention.value.name) == (organizers, name)
    assert parse_meeting(str(mention.value)) == mention.value


PERSON_FIRST: list[tuple[str, str]] = [
    # the session a chair opens; a chair who sums up
    (
        "Sáng 14/10, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã chủ trì khai mạc phiên họp thứ 38 "
        "của Ủy ban Thường vụ Quốc hội.",
        "Nguyễn Thị Kim Ngân",
    ),
    ("Đồng chí Lê Văn Hòa, Bí thư Thành ủy chủ trì và tổng kết Hội nghị.", "Lê Văn Hòa"),
    # a chair who leads the local point of a meeting held elsewhere
    (
        "Sáng 20 - 5, tại điểm cầu tỉnh, đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn "
        "Văn Sơn chủ trì tham dự Hội nghị trực tuyến toàn quốc.",
        "Nguyễn Văn Sơn",
    ),
    (
        "Chiều 21/9, tại điểm cầu tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Hồng Quân đã chủ trì dự "
        "họp trực tuyến.",
        "Nguyễn Hồng Quân",
    ),
    # an introductory clause before the chair
    (
        "Chiều 21/11, ngay sau khi kiện toàn chức danh, đồng chí Chủ tịch Ủy ban MTTQ tỉnh Bùi "
        "Thị Minh đã chủ trì hội nghị Ban Thường trực Ủy ban MTTQ tỉnh mở rộng.",
        "Bùi Thị Minh",
    ),
    (
        "Chiều 7/6, tại Hà Nội, Tổng Bí thư Tô Lâm chủ trì cuộc họp Bộ Chính trị bàn về quy hoạch "
        "vùng đến năm 2030, tầm nhìn đến năm 2050.",
        "Tô Lâm",
    ),
    ("Chiều 9/5, Thủ tướng Phạm Minh Chính chủ trì họp Chính phủ chuyên đề.", "Phạm Minh Chính"),
    # a standing member's title is also a standing body's name: the holder chairs
    (
        "Ngày 6/7, Thường trực Ban Bí thư Trương Thị Mai chủ trì giao ban với các ban cán sự "
        "đảng ở Trung ương.",
        "Trương Thị Mai",
    ),
    (
        "Chiều 3/2, Thường trực Tỉnh ủy Nguyễn Văn Hòa đã chủ trì hội nghị giao ban khối dân vận.",
        "Nguyễn Văn Hòa",
    ),
    # "báo" after a meeting noun other than "họp" opens its name, not a press conference
    (
        "Sáng 12-7, đồng chí Lê Văn Bình, Phó Trưởng Ban Thường trực Ban Tuyên giáo Thành ủy chủ "
        "trì Hội nghị báo cáo viên.",
        "Lê Văn Bình",
    ),
]


@pytest.mark.parametrize(("text", "chair"), PERSON_FIRST, ids=[r[1] for r in PERSON_FIRST])
def test_a_person_who_chairs_is_never_an_organiser(text: str, chair: str) -> None:
    [mention] = find_meetings(text)
    meeting = mention.value
    assert meeting.organizers == ()
    assert [official.name for official in meeting.chairs] == [chair]
    # horizon years are neither planned periods nor the meeting's year
    assert (meeting.reviewed, meeting.planned, meeting.date) == ((), (), None)


INTRODUCED: list[tuple[str, datetime.date | None, dict[str, object]]] = [
    # "Trong không khí …" opens an introductory clause
    (
        "Trong không khí phấn khởi của cả tỉnh chào đón năm mới, sáng nay, Hội đồng nhân dân "
        "tỉnh khóa XVI khai mạc kỳ họp chuyên đề.",
        D(2024, 1, 9),
        {"date": D(2024, 1, 9), "organizers": ("Hội đồng nhân dân tỉnh",)},
    ),
    # ... and so does "trong khí thế …", also after the lead, over commas and semicolons
    (
        "Hôm nay, trong khí thế thi đua chào mừng 120 năm ngày sinh Chủ tịch Hồ Chí Minh, 65 "
        "năm Cách mạng Tháng Tám; Thành phố Vinh long trọng tổ chức Đại hội.",
        D(2010, 5, 18),
        {"date": D(2010, 5, 18), "organizers": ("Thành phố Vinh",)},
    ),
    # the ceremony that opens or closes a meeting, before its name
    (
        "Chiều 24/5/2018, tại Hội trường Tỉnh ủy đã diễn ra Lễ khai mạc Đại hội đại biểu Hội "
        "Cựu chiến binh tỉnh lần thứ VII.",
        None,
        {
            "date": D(2018, 5, 24),
            "organizers": (),
            "name": "Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII",
        },
    ),
    (
        "Sáng 30/6/2023, Hội Nông dân tỉnh tổ chức Lễ bế mạc Đại hội đại biểu lần thứ X.",
        None,
        {"date": D(2023, 6, 30), "organizers": ("Hội Nông dân tỉnh",)},
    ),
    # a place ended by a higher place in parentheses, the meeting right after it
    (
        "Sáng 26-12-2023, tại Trung tâm Hội nghị tỉnh (TP. Vinh) Đại hội đại biểu Hội Nông dân "
        "tỉnh lần thứ XI đã khai mạc trọng thể.",
        None,
        {
            "date": D(2023, 12, 26),
            "name": "Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI",
        },
    ),
    (
        "Sáng 12/11/2022, tại Hội trường tỉnh đã long trọng diễn ra lễ khai mạc chính thức Đại "
        "hội đại biểu Hội Nông dân tỉnh lần thứ X.",
        None,
        {
            "date": D(2022, 11, 12),
            "name": "Đại hội đại biểu Hội Nông dân tỉnh lần thứ X",
        },
    ),
    (
        "Thực hiện Chương trình công tác toàn khóa của Ban Chấp hành, hôm nay, Ban Chấp hành Đảng "
        "bộ tỉnh khai mạc Hội nghị lần thứ chín để bàn nhiệm vụ quý III năm 2023.",
        D(2023, 7, 5),
        {
            "date": D(2023, 7, 5),
            "organizers": ("Ban Chấp hành Đảng bộ tỉnh",),
            "name": "Hội nghị lần thứ chín",
            "planned": ("2023-Q3",),
        },
    ),
    (
        "Theo kế hoạch, sáng nay (5/7), Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
        D(2023, 7, 5),
        {"date": D(2023, 7, 5), "day_part": DayPart.MORNING},
    ),
    (
        "Thực hiện Kế hoạch của Ban Thường vụ, sáng 5/4/2023, Ban Tuyên giáo Tỉnh ủy tổ chức hội "
        "nghị.",
        None,
        {"date": D(2023, 4, 5), "organizers": ("Ban Tuyên giáo Tỉnh ủy",)},
    ),
]


@pytest.mark.parametrize(
    ("text", "reference_date", "expected"), INTRODUCED, ids=[r[0][:45] for r in INTRODUCED]
)
def test_a_lead_after_an_introductory_clause(
    text: str, reference_date: datetime.date | None, expected: dict[str, object]
) -> None:
    [mention] = find_meetings(text, reference_date=reference_date)
    assert _fields(mention.value, expected) == expected
    assert mention.span.start == 0  # the span starts with the clause


DAYLESS: list[tuple[str, int, dict[str, object]]] = [
    # the first session of a body just elected, in a line of its own after a dated lead
    (
        "Sáng 10/10/2025, Đại hội đại biểu Đảng bộ Quân khu 7 lần thứ XI bế mạc.\n\nĐảng ủy Quân "
        "khu 7 khóa XI, nhiệm kỳ 2025-2030 đã tiến hành họp Phiên thứ nhất, bầu Ban Thường vụ.",
        1,
        {"date": None, "organizers": ("Đảng ủy Quân khu 7",)},
    ),
    # the text's first report: organisers, a verb, the meeting, a full stop
    (
        "Ban Bí thư, Ban Tuyên giáo Trung ương tổ chức Hội nghị toàn quốc học tập chuyên đề năm "
        "2024. Hội nghị được kết nối tới 12.500 điểm cầu.",
        0,
        {
            "date": None,
            "organizers": ("Ban Bí thư", "Ban Tuyên giáo Trung ương"),
            "bridge_points": 12500,
        },
    ),
    # a connective sentence inside a paragraph
    (
        "Đại hội bầu 45 ủy viên Ban Chấp hành Đảng bộ thành phố. Ngay sau đó, Ban Chấp hành Đảng "
        "bộ thành phố họp phiên thứ nhất để bầu Bí thư.",
        0,
        {
            "date": None,
            "organizers": ("Ban Chấp hành Đảng bộ thành phố",),
            "name": "phiên thứ nhất",
        },
    ),
    # ... and "sau đó" between the subject and its verb
    (
        "Đại hội bầu 45 ủy viên Ban Chấp hành Đảng bộ tỉnh.\n\nBan Chấp hành sau đó họp phiên "
        "thứ nhất, bầu Ban Thường vụ Tỉnh ủy.",
        0,
        {"date": None, "organizers": ("Ban Chấp hành",), "name": "phiên thứ nhất"},
    ),
    (
        "Hội nghị đã thông qua quy chế làm việc. Tiếp theo Ban Thường vụ Thành ủy họp phiên "
        "thường kỳ.",
        0,
        {"organizers": ("Ban Thường vụ Thành ủy",), "name": "phiên thường kỳ"},
    ),
    (
        "Chiều 15/10/2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI bế mạc. Sau đó, Ban Chấp "
        "hành Đảng bộ tỉnh khóa XVI họp phiên thứ nhất.",
        1,
        {"organizers": ("Ban Chấp hành Đảng bộ tỉnh",), "name": "phiên thứ nhất"},
    ),
    # the congress holds a sitting of its own ("tổ chức phiên …")
    (
        "Sáng 29/7/2020, Đại hội Đảng bộ huyện khai mạc. Trước đó, Đại hội đã tổ chức phiên "
        "trù bị vào chiều 28/7.",
        1,
        {"date": D(2020, 7, 28), "organizers": ()},
    ),
    # "Trong buổi sáng cùng ngày": the day part of the day named before
    (
        "Sáng 6/4/2015, HĐND tỉnh khai mạc kỳ họp thứ 13. Trong buổi sáng cùng ngày, Tỉnh ủy "
        "cũng đã tổ chức họp.",
        1,
        {"date": D(2015, 4, 6), "organizers": ("Tỉnh ủy",)},
    ),
    # "Trước đó" (what preceded), also opening a line
    (
        "Chiều 15/6/2015, Tỉnh ủy tổ chức hội nghị công bố quyết định.\nTrước đó, Ban Thường "
        "vụ Tỉnh ủy đã tổ chức Hội nghị bất thường Ban Chấp hành Đảng bộ tỉnh.",
        1,
        {"date": None, "organizers": ("Ban Thường vụ Tỉnh ủy",)},
    ),
    # a body just elected holds its first session: no connective needed
    (
        "Chiều 16/10/2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII thảo luận văn kiện. Ban "
        "Chấp hành Đảng bộ tỉnh khóa XVII tổ chức Hội nghị lần thứ nhất, bầu Ban Thường vụ.",
        1,
        {"date": None, "organizers": ("Ban Chấp hành Đảng bộ tỉnh",)},
    ),
    (
        "Sáng 30/1/2021, Đại hội XIII bế mạc. Ngay sau Đại hội, Ban Chấp hành Trung ương khóa "
        "XIII đã họp Hội nghị lần thứ nhất.",
        1,
        {"date": None, "organizers": ("Ban Chấp hành Trung ương",)},
    ),
]


@pytest.mark.parametrize(("text", "index", "expected"), DAYLESS, ids=[r[0][:45] for r in DAYLESS])
def test_headers_without_a_day(text: str, index: int, expected: dict[str, object]) -> None:
    mentions = find_meetings(text)
    assert len(mentions) == index + 1
    assert _fields(mentions[index].value, expected) == expected


NOT_DAYLESS_HEADERS = [
    # a meeting recalled by its day in the subject of another verb
    "Hội nghị Trung ương 8 diễn ra ngày 2-10-2023 đã thống nhất cao.",
    # a first session named as where something else was done
    "Các đại biểu đã thảo luận. Trước đó, Hội nghị lần thứ nhất đã bầu Ban Thường vụ.",
    "Các đại biểu đã thảo luận. Ban Chấp hành khóa mới tại Hội nghị lần thứ nhất đã bầu Ban "
    "Thường vụ.",
    # a title: no full stop
    "Ban Bí thư, Ban Tuyên giáo Trung ương tổ chức Hội nghị toàn quốc học tập chuyên đề",
    # a photo caption
    "Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên. Ảnh: T.H",
    # a body at work ("họp cho ý kiến"), the meeting as the subject of what it did
    "Đại hội đã bầu Ban Chấp hành. Tiếp theo, Ban Thường vụ Tỉnh ủy họp bàn về công tác cán bộ.",
    "Đại hội đã bầu Ban Chấp hành. Tiếp đó, hội nghị đã nghe báo cáo.",
    # not an organisation: a clause before the verb
    "Trình bày diễn văn khai mạc Đại hội, ông Nguyễn Văn An nêu rõ nhiều kết quả.",
    "Ngày 3/12, Hội đồng nghe báo cáo và sẽ tổ chức họp.",
]


def test_a_dayless_line_far_from_the_top_is_not_a_header() -> None:
    filler = "Tỉnh đã đạt nhiều kết quả quan trọng trong năm qua.\n\n" * 40
    line = "Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết."
    assert len(find_meetings(line)) == 1
    assert find_meetings(filler + line) == []


def test_a_dayless_line_after_a_report_is_not_a_header() -> None:
    text = (
        "Sáng 5/4/2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.\n\n"
        "Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết cho cán bộ chủ chốt."
    )
    [mention] = find_meetings(text)
    assert mention.value.organizers == ("Ban Tổ chức Tỉnh ủy",)


YEARS: list[tuple[str, datetime.date | None]] = [
    # a full date elsewhere in the article, weeks away
    (
        "Ngày 20-5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị chuyên đề.\n\nCác đại biểu dự hội "
        "nghị.\n\nNội dung đã được Thường trực Tỉnh ủy thống nhất hôm 2/4/2023.",
        D(2023, 5, 20),
    ),
    # ... not a date of history
    (
        "Sáng 2/2, Tỉnh ủy tổ chức hội nghị.\n\nĐoạn một.\n\nĐảng Cộng sản Việt Nam ra đời "
        "ngày 3/2/1930.",
        None,
    ),
    # datelines: "Cập nhật lúc :", a time after a dash, a section label before the date;
    # a December header under an early January dateline is of the year before
    (
        "Tin tức\n\nCập nhật lúc : 05/01/2016 08:30\nNgày 30-12, Thành ủy Đà Lạt tổ chức hội "
        "nghị tổng kết.",
        D(2015, 12, 30),
    ),
    (
        "Tin tức\n\n12/09/2021 - 16:40\n\nHôm nay, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
        D(2021, 9, 12),
    ),
    (
        "Tin tức\n\nThời sự 08-11-2021\n\nChiều 7.11, kỳ họp thứ 5 HĐND thành phố khoá XVI bế mạc.",
        D(2021, 11, 7),
    ),
    # a session to come, months after the dateline, is in its year
    (
        "Tin tức\n\nThứ 5, 10.05.2018 | 16:48:40\n\nKỳ họp thứ 6 HĐND tỉnh khóa XVI sẽ diễn ra "
        "trong 3 ngày, từ ngày 11 - 13/7 tại Hội trường tỉnh.",
        D(2018, 7, 11),
    ),
    # a body's term dates its first session only
    (
        "Sáng 25/6, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 khai mạc kỳ họp thứ nhất.",
        D(2021, 6, 25),
    ),
    ("Sáng 25/6, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 khai mạc kỳ họp thứ 13.", None),
    (
        "Chiều 16/10, Ban Chấp hành Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2020 - 2025 họp phiên đầu "
        "tiên.",
        D(2020, 10, 16),
    ),
    # a term summed up dates its review by its end, not a review held halfway through it
    (
        "Sáng 19/9, Huyện ủy tổ chức Hội nghị tổng kết nhiệm kỳ 2015 - 2020.",
        D(2020, 9, 19),
    ),
    # ... also one held in the term's last year, months before its end
    (
        "Ngày 28.4, HĐND huyện Phú Ninh khóa XI tổ chức kỳ họp thứ 20 tổng kết nhiệm kỳ "
        "2016 - 2021.",
        D(2021, 4, 28),
    ),
    (
        "Sáng 19/9, Huyện ủy tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại "
        "hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.",
        None,
    ),
    # a briefing's edition gives the year it is held in
    (
        "Sáng 16-6, Ban Tuyên giáo Thành ủy tổ chức Hội nghị báo cáo viên quý II năm 2015.",
        D(2015, 6, 16),
    ),
    # a vague position in a year the sentence names gives the year of the business
    (
        "Chiều 5/6, UBND tỉnh họp cho ý kiến các tờ trình gửi kỳ họp giữa năm 2024.",
        D(2024, 6, 5),
    ),
    ("Chiều 29/12, Ban Thường vụ Huyện ủy họp bàn nhiệm vụ đầu năm 2026.", D(2025, 12, 29)),
    ("Sáng 4/1, Thường trực Tỉnh ủy họp nghe báo cáo tình hình cuối năm 2022.", D(2023, 1, 4)),
]


@pytest.mark.parametrize(("text", "date"), YEARS, ids=[r[0][:50] for r in YEARS])
def test_years_from_the_article(text: str, date: datetime.date | None) -> None:
    assert find_meetings(text)[-1].value.date == date


def test_labelled_datelines_only_near_the_top_and_not_in_a_sentence() -> None:
    from vn_party_docs._text.dates import find_dateline

    assert find_dateline("tiêu đề\n\nthời sự 08-11-2021\n\nbài") is not None
    assert find_dateline("ban hành ngày 08-11-2021\n") is None
    assert find_dateline("x" * 500 + "\nthời sự 08-11-2021\n") is None


ONLINE: list[tuple[str, bool, int | None]] = [
    # the next paragraph goes on about the meeting
    (
        "Chiều 3/8, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp của Ban Chỉ đạo.\n\nCuộc họp được "
        "kết nối trực tuyến với các bộ, ngành và địa phương.",
        True,
        None,
    ),
    (
        "Ngày 4/12/2024, Bộ Chính trị tổ chức Hội nghị toàn quốc.\n\nHội nghị được kết nối trực "
        "tuyến tới 16.000 điểm cầu.",
        True,
        16000,
    ),
    # ... not one about something else
    (
        "Chiều 3/8, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp của Ban Chỉ đạo.\n\nPhó Thủ tướng "
        "nhấn mạnh phải đẩy mạnh dịch vụ trực tuyến.",
        False,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "online", "bridge_points"), ONLINE, ids=[r[0][-30:] for r in ONLINE]
)
def test_online_from_the_paragraph_that_goes_on(
    text: str, online: bool, bridge_points: int | None
) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.online, mention.value.bridge_points) == (online, bridge_points)


# -- round 3 (issue 14): organiser phrases ---------------------------------------------------
ORGANIZER_PHRASES: list[tuple[str, tuple[str, ...]]] = [
    # a place's capitalised word before the verb is no verb ("Lâm Đồng tổ chức", not "đồng
    # tổ chức"); a term written "nhiệm kỳ khóa XV" is read over
    (
        "Trong 2 ngày 11 - 12/6/2020, Đảng bộ Công ty Cà phê Lâm Đồng tổ chức Đại hội lần thứ V.",
        ("Đảng bộ Công ty Cà phê Lâm Đồng",),
    ),
    (
        "Sáng 3/3/2021, Chi bộ Trường Tiểu học Lâm Đồng tổ chức Đại hội.",
        ("Chi bộ Trường Tiểu học Lâm Đồng",),
    ),
    (
        "Sáng 10/4/2021, Sở Tư pháp và Hội Luật gia tỉnh đồng tổ chức Hội nghị tập huấn.",
        ("Sở Tư pháp", "Hội Luật gia tỉnh"),
    ),
    ("Ngày 11/8/2021, Chính phủ nhiệm kỳ khóa XV đã họp phiên đầu tiên.", ("Chính phủ",)),
    # "TP. HCM" written with a space after the dot
    ("Ngày 19/8/2019, Thành ủy TP. HCM tổ chức hội nghị.", ("Thành ủy Thành phố Hồ Chí Minh",)),
    (
        "Ngày 19/8/2019, Hội Nhà báo TP. HCM tổ chức kỳ họp lần thứ 10.",
        ("Hội Nhà báo Thành phố Hồ Chí Minh",),
    ),
    # the Secretariat named with the Party's full name
    (
        "Sáng 16/5/2019, Ban Bí thư Trung ương Đảng Cộng sản Việt Nam tổ chức hội nghị toàn quốc.",
        ("Ban Bí thư",),
    ),
    # a term after the place of an organ whose place the vocabulary does not list
    (
        "Ngày 8/7/2021, Ban Chấp hành Đảng bộ quận Cầu Giấy khóa VI, nhiệm kỳ 2020 - 2025 đã tổ "
        "chức Hội nghị lần thứ chín.",
        ("Ban Chấp hành Đảng bộ quận Cầu Giấy",),
    ),
    # committees in the plural go on after a comma in lower case: one organiser
    (
        "Ngày 20-11-2019, Cụm Ban Tuyên giáo các tỉnh ủy, thành ủy miền Tây Nam Bộ tổ chức "
        "Hội nghị giao ban.",
        ("Cụm Ban Tuyên giáo các tỉnh ủy, thành ủy miền Tây Nam Bộ",),
    ),
    (
        "Sáng 5/4/2021, Ban Tổ chức các huyện ủy, thị ủy tổ chức hội nghị.",
        ("Ban Tổ chức các huyện ủy, thị ủy",),
    ),
    # a council of each province of a list, with the level the list names, also with a
    # comma left before the verb
    (
        "Ngày 10/12/2016, HĐND các tỉnh Vĩnh Phúc, Hà Giang và Quảng Nam đã khai mạc kỳ họp thứ 3.",
        (
            "Hội đồng nhân dân tỉnh Vĩnh Phúc",
            "Hội đồng nhân dân tỉnh Hà Giang",
            "Hội đồng nhân dân tỉnh Quảng Nam",
        ),
    ),
    (
        "Ngày 20/6/2011, Hội đồng nhân dân các tỉnh Bình Định, Tây Ninh, đã tổ chức họp phiên "
        "thứ nhất.",
        ("Hội đồng nhân dân tỉnh Bình Định", "Hội đồng nhân dân tỉnh Tây Ninh"),
    ),
    # an emulation cluster with its number and its members after "gồm"
    (
        "Vừa qua, Cụm thi đua số 6 Tỉnh ủy gồm 4 đơn vị: Huyện ủy Ea Kar, Krông Bông, Lắk và "
        "Thị ủy Buôn Hồ đã tổ chức Hội nghị giao ban.",
        ("Cụm thi đua số 6 Tỉnh ủy",),
    ),
    (
        "Sáng 5/3/2016, Cụm thi đua số 2 (gồm Quận ủy 1, 3, 5) tổ chức hội nghị.",
        ("Cụm thi đua số 2",),
    ),
    # organisers right after a place clause without a comma, past the place's own organ
    (
        "Chiều ngày 14/8/2018 tại hội trường UBND xã BCH Đảng bộ xã đã tổ chức họp.",
        ("Ban Chấp hành Đảng bộ xã",),
    ),
    (
        "Sáng ngày 16/01/2015 tại hội trường tầng 2 huyện ủy Ủy ban nhân dân huyện tổ chức hội "
        "nghị triển khai nhiệm vụ.",
        ("Ủy ban nhân dân huyện",),
    ),
    # "mở" a meeting
    (
        "Sáng ngày 08/12/2023 tại Hội trường UBND xã, Đảng ủy xã Cao Sơn mở Hội nghị tổng kết.",
        ("Đảng ủy xã Cao Sơn",),
    ),
    # a role a dash sets after an organiser in an emulation bloc is no organiser
    (
        "Sáng ngày 10/7/2020, Ban Tuyên giáo Tỉnh ủy phối hợp với Ban Tuyên giáo Huyện ủy Cam "
        "Lâm - Trưởng khối thi đua Ban Tuyên giáo các huyện, thị, thành ủy tổ chức hội nghị.",
        ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Huyện ủy Cam Lâm"),
    ),
    (
        "Sáng 3/1/2021, Huyện ủy Tân Kỳ – Cụm trưởng Cụm thi đua số 2 tổ chức hội nghị.",
        ("Huyện ủy Tân Kỳ",),
    ),
    # an abbreviation with commas in parentheses inside the organiser
    (
        "Chiều ngày 03/4/2025, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực (PCTN, TC) tỉnh tổ "
        "chức phiên họp lần thứ 5.",
        ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh",),
    ),
    (
        "Sáng 15/10/2025, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ và chuyển đổi "
        "số (PTKH, CN&CĐS) tổ chức phiên họp.",
        ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ và chuyển đổi số",),
    ),
    # the level of a steering committee written before its topic
    (
        "Chiều 26/4/2025, Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng tổ chức hội nghị giao "
        "ban.",
        ("Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng",),
    ),
    # the delegation and the council as one body (2025)
    (
        "Sáng 20/6/2025, Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Tĩnh tổ chức Đại hội.",
        ("Đảng bộ Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Tĩnh",),
    ),
    # a paper's name glued before the meeting's: no body that meets
    ("Báo Bạc Liêu Kỳ họp thứ 9 của HĐND tỉnh khóa X chính thức khai mạc sáng 6/12/2023.", ()),
    # time words and adverbs between the organiser and its verb are not part of it
    ("Huyện ủy Quế Sơn hôm nay cũng đã tổ chức hội nghị sơ kết.", ("Huyện ủy Quế Sơn",)),
    (
        "Sáng 4/3/2021, Ban Thường vụ Thành ủy cũng đã tổ chức hội nghị.",
        ("Ban Thường vụ Thành ủy",),
    ),
    ("Ngày 4/3/2021, Huyện ủy Tân Kỳ lần lượt tổ chức hội nghị.", ("Huyện ủy Tân Kỳ",)),
    # a body that chairs and holds it: "chủ trì, tổ chức", "chủ trì và tổ chức"
    (
        "Sáng 9/3/2022, Ban Dân vận Trung ương đã chủ trì, tổ chức Hội nghị trực tuyến toàn "
        "quốc tổng kết công tác dân vận năm 2021.",
        ("Ban Dân vận Trung ương",),
    ),
    (
        "Chiều 2/8/2023, Ủy ban Kiểm tra Tỉnh ủy chủ trì và tổ chức hội nghị giao ban.",
        ("Ủy ban Kiểm tra Tỉnh ủy",),
    ),
    # the standing board of a district's Youth Union
    (
        "Ngày 24/6/2022, Ban Thường vụ Huyện đoàn đã tổ chức hội nghị sơ kết.",
        ("Ban Thường vụ Huyện Đoàn",),
    ),
    # a body that "has" a session holds it
    (
        "Sáng 7/5/2021, Ban Thường vụ Huyện ủy đã có phiên họp bàn công tác nhân sự.",
        ("Ban Thường vụ Huyện ủy",),
    ),
    ("Chiều 3/11/2020, Bộ Chính trị có cuộc họp về kinh tế.", ("Bộ Chính trị",)),
    # two verbs in a row: "tiến hành khai mạc", "tiến hành tổ chức"
    (
        "Sáng 12/3/2019, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội (UBTVQH) đã tiến hành khai "
        "mạc Phiên họp thứ 32.",
        ("Ủy ban Thường vụ Quốc hội",),
    ),
    (
        "Ngày 6/5/2022, Đảng ủy Khối đã tiến hành tổ chức Đại hội điểm.",
        ("Đảng ủy Khối",),
    ),
    # the pieces of a place clause are places, not organisers
    (
        "Sáng 21/10/2019, tại Nhà Quốc hội, Thủ đô Hà Nội, Quốc hội khóa XIV khai mạc Kỳ họp "
        "thứ 8.",
        ("Quốc hội",),
    ),
    (
        "Sáng 5/6/2023, tại Hội trường A, Thành phố Vinh, Tỉnh ủy Nghệ An tổ chức hội nghị.",
        ("Tỉnh ủy Nghệ An",),
    ),
    # ... but an organisation the vocabulary does not know right after it is an organiser
    (
        "Chiều 10/7/2024 tại Hà Nội, Hội Khuyến học Việt Nam (HKH), Đảng ủy Khối các cơ quan "
        "Trung ương đã tổ chức hội nghị.",
        ("Hội Khuyến học Việt Nam", "Đảng ủy Khối các cơ quan Trung ương"),
    ),
    # bare standing-body heads share the complement of the next; members organise nothing
    (
        "Ngày 3/3/2022, Ban Chấp hành, Ban Thường vụ Đảng bộ UBND tỉnh và thành viên UBND tỉnh "
        "họp.",
        (
            "Ban Chấp hành Đảng bộ Ủy ban nhân dân tỉnh",
            "Ban Thường vụ Đảng bộ Ủy ban nhân dân tỉnh",
        ),
    ),
    (
        "Sáng 2/8/2023, Ban Chấp hành, Ban Thường vụ Tỉnh ủy và lãnh đạo các sở họp phiên thứ 5.",
        ("Ban Chấp hành Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
    ),
    # local organs written bare share the locality the last organiser names; a committee
    # named by the same level takes the place's name alone
    (
        "Ngày 2/9/2021, Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức "
        "Hội nghị biểu dương.",
        (
            "Thành ủy Hải Phòng",
            "Hội đồng nhân dân thành phố Hải Phòng",
            "Ủy ban nhân dân thành phố Hải Phòng",
            "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng",
        ),
    ),
    (
        "Sáng 7/4/2022, Đảng ủy, Thường trực HĐND, UBND phường 5 tổ chức hội nghị.",
        (
            "Đảng ủy phường 5",
            "Thường trực Hội đồng nhân dân phường 5",
            "Ủy ban nhân dân phường 5",
        ),
    ),
    (
        "Sáng 7/4/2022, Huyện ủy, Hội Nông dân, Hội Cựu chiến binh tỉnh tổ chức hội nghị.",
        ("Huyện ủy", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"),
    ),
    # a place that holds the meeting, its higher place in parentheses read over
    (
        "Sáng 19/8/2025, xã Phước An (Đồng Nai) tổ chức Đại hội đại biểu Đảng bộ xã.",
        ("xã Phước An",),
    ),
    # a bare "Đảng ủy" before a unit is the unit's Party committee (not its commanders')
    (
        "Chiều 3/7/2021, Đảng ủy, Bộ Tư lệnh Hải quân tổ chức hội nghị sơ kết.",
        ("Đảng ủy Hải quân", "Bộ Tư lệnh Hải quân"),
    ),
    (
        "Sáng 5/10/2023, Đảng ủy, Bộ đội Biên phòng tỉnh Hà Giang tổ chức hội nghị.",
        ("Đảng ủy Bộ đội Biên phòng tỉnh Hà Giang", "Bộ đội Biên phòng tỉnh Hà Giang"),
    ),
    (
        "Ngày 8/1/2024, Đảng ủy, Ban Giám đốc Công an tỉnh tổ chức hội nghị tổng kết.",
        ("Đảng ủy Công an tỉnh", "Ban Giám đốc Công an tỉnh"),
    ),
    # a Party organisation named by the body it belongs to, in any case; a noun as its verb
    (
        "Ngày 12/7/2021, đảng bộ Sở Tư pháp tỉnh tổ chức hội nghị sơ kết.",
        ("Đảng bộ Sở Tư pháp tỉnh",),
    ),
    (
        "Ngày 14/3/2020, Đảng bộ Văn phòng Tỉnh ủy Đại hội lần thứ IX, nhiệm kỳ 2020-2025.",
        ("Đảng bộ Văn phòng Tỉnh ủy",),
    ),
    # "đã" before "phối hợp"
    (
        "Sáng 14/4/2023, Bộ Công Thương đã phối hợp với Sở Y tế tổ chức hội nghị.",
        ("Bộ Công Thương", "Sở Y tế"),
    ),
    # ... an organ with a name of its own keeps it
    (
        "Ngày 9/5/2023, Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Hội Văn học nghệ thuật tỉnh phối "
        "hợp tổ chức hội nghị.",
        ("Ban Tuyên giáo Tỉnh ủy", "Sở Văn hóa", "Hội Văn học nghệ thuật tỉnh"),
    ),
    # a unit or a place after an organ: a number, or a level word and a number or a name
    ("Ngày 9/9/2022, Chi bộ thôn 3 tổ chức Đại hội.", ("Chi bộ thôn 3",)),
    ("Ngày 9/9/2022, Đảng ủy phường 5 tổ chức hội nghị.", ("Đảng ủy phường 5",)),
    # a name after an organ may go on in lower case up to the verb, "và" inside it
    (
        "Sáng 12/3/2023, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức hội nghị.",
        ("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",),
    ),
    (
        "Sáng 12/3/2023, Tỉnh ủy Nghệ An và Ban Tổ chức Trung ương tổ chức hội nghị.",
        ("Tỉnh ủy Nghệ An", "Ban Tổ chức Trung ương"),
    ),
    # a level word alone after an organ
    (
        "Sáng 12/3/2023, Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh tổ chức đại hội.",
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",),
    ),
    # a standing-body head before the organ it belongs to
    (
        "Ngày 12/3/2023, Thường trực HĐND tỉnh họp phiên thường kỳ.",
        ("Thường trực Hội đồng nhân dân tỉnh",),
    ),
    # "điều hành" in a body's name
    ("Chiều 12/3/2023, Ban Chỉ đạo điều hành giá họp phiên thứ 5.", ("Ban Chỉ đạo điều hành giá",)),
    # the organ an organ belongs to completes it, canonical
    (
        "Sáng 8/8/2023, Ban Thường vụ Đảng ủy UBND tỉnh tổ chức hội nghị.",
        ("Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh",),
    ),
    # one organ for two places of the same level
    (
        "Sáng 26/7/2018, HĐND huyện Quế Phong và huyện Quỳ Châu khóa XIX (nhiệm kỳ 2016 - 2021) "
        "đã khai mạc kỳ họp thứ 6.",
        ("Hội đồng nhân dân huyện Quế Phong", "Hội đồng nhân dân huyện Quỳ Châu"),
    ),
    # the Youth Union of a province's agencies and enterprises bloc
    (
        "Ngày 15/3/2023, Đoàn Khối Cơ quan và Doanh nghiệp tỉnh tổ chức Đại hội.",
        ("Đoàn Khối Cơ quan và Doanh nghiệp tỉnh",),
    ),
    # the Party a central organ is of is no part of its name
    (
        "Chiều 2/11/2023, Ủy ban Kiểm tra Trung ương Đảng đã họp Kỳ thứ 33.",
        ("Ủy ban Kiểm tra Trung ương",),
    ),
    (
        "Ngày 5/1/2024, Ban Dân vận Trung ương Đảng Cộng sản Việt Nam tổ chức hội nghị.",
        ("Ban Dân vận Trung ương",),
    ),
    # the mass organisations' abbreviations kept as written ("BCH" expanded), as "LĐLĐ"
    (
        "Ngày 10/1/2024, Hội LHPN tỉnh Bình Định tổ chức Hội nghị tổng kết công tác.",
        ("Hội LHPN tỉnh Bình Định",),
    ),
    (
        "Ngày 20/7/2009, BCH Tổng LĐLĐ Việt Nam họp hội nghị lần thứ 4.",
        ("Ban Chấp hành Tổng LĐLĐ Việt Nam",),
    ),
    # ... also in a list that shares its locality
    (
        "Sáng 13/12/2023, Hội LHPN, Hội Nông dân, Đoàn TNCS Hồ Chí Minh huyện Đất Đỏ tổ chức "
        "Hội nghị tổng kết.",
        (
            "Hội LHPN huyện Đất Đỏ",
            "Hội Nông dân huyện Đất Đỏ",
            "Đoàn TNCS Hồ Chí Minh huyện Đất Đỏ",
        ),
    ),
    (
        "Sáng 3/3/2022, Hội CCB huyện Thanh Chương tổ chức Đại hội.",
        ("Hội CCB huyện Thanh Chương",),
    ),
    # a company's legal form after a dash is read over
    (
        "Chiều 17/8/2023, Tổng Công ty Cao su Đồng Nai – Công ty TNHH MTV tổ chức Hội nghị.",
        ("Tổng công ty Cao su Đồng Nai",),
    ),
    # an organ inside a unit's name is read whole ("Tổ chức" there is no verb)
    (
        "Sáng 9/6/2015, Đảng bộ cơ quan Ban Tổ chức Trung ương tổ chức Đại hội lần thứ 21.",
        ("Đảng bộ cơ quan Ban Tổ chức Trung ương",),
    ),
    (
        "Chiều 14/5/2020, Chi bộ cơ quan Ban Tổ chức Huyện ủy đã tổ chức Đại hội.",
        ("Chi bộ cơ quan Ban Tổ chức Huyện ủy",),
    ),
    # a term after the place's province in parentheses, or written with a capital
    (
        "Sáng 3/7/2025, HĐND xã Tân Lập (tỉnh Tuyên Quang) khóa I, nhiệm kỳ 2021 - 2026 khai mạc "
        "Kỳ họp thứ nhất.",
        ("Hội đồng nhân dân xã Tân Lập",),
    ),
    (
        "Sáng 3/7/2025, HĐND phường Hòa Bình Khóa I, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ hai.",
        ("Hội đồng nhân dân phường Hòa Bình",),
    ),
    # the person who chairs on behalf of a body, after the lead
    (
        "Ngày 12-4-2012, thay mặt Ban Bí thư, đồng chí Lê Văn An, Thường trực Ban Bí thư chủ trì "
        "Hội nghị.",
        (),
    ),
    # a body that completes its programme and closes its session
    (
        "Chiều 12/12/2023, HĐND huyện Yên Thành khóa XX đã hoàn thành toàn bộ nội dung chương "
        "trình đề ra và bế mạc kỳ họp thứ 15.",
        ("Hội đồng nhân dân huyện Yên Thành",),
    ),
    # a ministry's short name with a dash ("TT-TT") among several organisers
    (
        "Sáng 11-5-2024, Ban Tuyên giáo Trung ương phối hợp với Bộ TT-TT, Hội Nhà báo Việt Nam "
        "tổ chức Hội nghị.",
        ("Ban Tuyên giáo Trung ương", "Bộ TT-TT", "Hội Nhà báo Việt Nam"),
    ),
    # a unit's name of nine words, a dash inside it, runs to the verb
    (
        "Sáng 12/01/2024, Đảng ủy Trường Cao đẳng Kỹ thuật Công nghiệp – Xây dựng Quảng Ninh tổ "
        "chức Hội nghị tổng kết công tác năm 2023.",
        ("Đảng ủy Trường Cao đẳng Kỹ thuật Công nghiệp – Xây dựng Quảng Ninh",),
    ),
]


@pytest.mark.parametrize(
    ("text", "organizers"), ORGANIZER_PHRASES, ids=[row[0][:50] for row in ORGANIZER_PHRASES]
)
def test_organiser_phrases(text: str, organizers: tuple[str, ...]) -> None:
    [mention] = find_meetings(text)
    assert mention.value.organizers == organizers
    assert parse_meeting(str(mention.value)) == mention.value


def test_a_day_after_the_subject_dates_the_header() -> None:
    text = "Huyện ủy Quế Sơn hôm nay đã tổ chức hội nghị."
    [mention] = find_meetings(text, reference_date=D(2019, 10, 8))
    assert mention.value.date == D(2019, 10, 8)
    [mention] = find_meetings("Ban Thường vụ Tỉnh ủy chiều 14/5/2022 đã họp phiên thường kỳ.")
    assert (mention.value.date, mention.value.day_part) == (D(2022, 5, 14), DayPart.AFTERNOON)
    [mention] = find_meetings(text)
    assert mention.value.date is None  # no dateline, no reference date: the day is unknown
    # after "vào", and with its date in parentheses after "nay"
    [mention] = find_meetings("Đảng ủy Quân khu 2 vào sáng nay (27/6/2022) tổ chức hội nghị.")
    assert (mention.value.date, mention.value.day_part) == (D(2022, 6, 27), DayPart.MORNING)
    [mention] = find_meetings("Kỳ họp thứ 9 HĐND tỉnh đã khai mạc sáng nay (9/12/2013).")
    assert mention.value.date == D(2013, 12, 9)
    [mention] = find_meetings("Kỳ họp thứ 7 HĐND huyện sẽ khai mạc chiều hôm nay (4/6/2020).")
    assert (mention.value.date, mention.value.day_part) == (D(2020, 6, 4), DayPart.AFTERNOON)
    [mention] = find_meetings("Hội nghị sẽ diễn ra vào sáng ngày mai - 13/1/2024.")
    assert (mention.value.date, mention.value.day_part) == (D(2024, 1, 13), DayPart.MORNING)
    # "ngày hôm qua" with its date in parentheses or after it, after the verb
    for written in ("ngày hôm qua (22.9.2025)", "hôm qua 22.9.2025", "ngày hôm qua 22/9/2025"):
        [mention] = find_meetings(f"Đại hội Đảng bộ tỉnh lần thứ I khai mạc {written}.")
        assert mention.value.date == D(2025, 9, 22)
    # … also after a person who chairs
    text = "Chủ tịch UBND tỉnh Lê Văn Bình chiều 3-6-2021 đã chủ trì cuộc họp Ban Chỉ đạo."
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.day_part) == (D(2021, 6, 3), DayPart.AFTERNOON)
    # a meeting to come, its day after "mai": the report's second header
    text = (
        "Chiều 13/10/2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV tiến hành phiên trù bị.\n"
        "Đại hội sẽ chính thức khai mạc vào sáng mai (14/10) với chủ đề: “Đoàn kết, phát triển”."
    )
    _, second = find_meetings(text)
    assert (second.value.date, second.value.day_part) == (D(2020, 10, 14), DayPart.MORNING)


#: A meeting named as the subject, its day before its verb ("hôm nay", "sáng nay"), which
#: does not end its name.
DAY_BEFORE_THE_VERB = [
    (
        "Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII hôm nay bước sang ngày "
        "làm việc thứ hai.",
        "Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII",
        None,
    ),
    (
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII sáng nay đã khai mạc.",
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII",
        DayPart.MORNING,
    ),
]


@pytest.mark.parametrize(("text", "name", "day_part"), DAY_BEFORE_THE_VERB)
def test_a_day_before_the_meetings_verb(text: str, name: str, day_part: DayPart | None) -> None:
    [mention] = find_meetings(text, reference_date=D(2023, 10, 5))
    assert (mention.value.name, mention.value.date) == (name, D(2023, 10, 5))
    assert mention.value.day_part is day_part
    assert parse_meeting(str(mention.value)) == mention.value


NOT_ORGANIZERS: list[str] = [
    # "Thủ đô" names a place, no holder; a place in a "tại" clause holds nothing
    "Sáng 5/6/2023, Thủ đô Hà Nội tổ chức hội nghị.",
    "Sáng 5/6/2023, tại thành phố Vinh, tỉnh Nghệ An, hội nghị được tổ chức.",
    # people of a body alone organise nothing
    "Sáng 5/6/2023, thành viên UBND tỉnh họp.",
]

#: (text, organisers): a place written with its level word holds the meeting right before
#: the verb or "phối hợp", or before another organiser outside a "tại" clause.
PLACE_ORGANIZERS: list[tuple[str, tuple[str, ...]]] = [
    # the committees of a counted list of provinces: one organiser each
    (
        "Sáng 12/3/2024, Ban Thường vụ Tỉnh ủy 3 tỉnh Quảng Bình, Quảng Trị, Thừa Thiên Huế phối "
        "hợp tổ chức hội nghị.",
        (
            "Ban Thường vụ Tỉnh ủy Quảng Bình",
            "Ban Thường vụ Tỉnh ủy Quảng Trị",
            "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế",
        ),
    ),
    (
        "Ngày 5/3/2024, HĐND hai tỉnh Bình Định, Phú Yên tổ chức hội nghị.",
        ("Hội đồng nhân dân tỉnh Bình Định", "Hội đồng nhân dân tỉnh Phú Yên"),
    ),
    (
        "Trong hai ngày (12-13/11/2019), tỉnh Sóc Trăng tổ chức Đại hội đại biểu các dân tộc "
        "thiểu số lần thứ III.",
        ("tỉnh Sóc Trăng",),
    ),
    ("Chiều 5/6/2023, Thành phố Hồ Chí Minh cũng tổ chức hội nghị.", ("Thành phố Hồ Chí Minh",)),
    ("Sáng 15/1/2024, TP. Vinh tổ chức Hội nghị giao ban.", ("Thành phố Vinh",)),
    (
        "Sáng 28/5/2024, Tỉnh Quảng Bình phối hợp với Bộ Tài chính tổ chức Hội nghị.",
        ("Tỉnh Quảng Bình", "Bộ Tài chính"),
    ),
    (
        "Sáng 14/11/2014, Ban Thi đua - Khen thưởng tỉnh phối hợp với huyện Nam Đàn tổ chức "
        "hội nghị tổng kết.",
        ("Ban Thi đua - Khen thưởng tỉnh", "huyện Nam Đàn"),
    ),
    # an organ shared by a list of its places, the level word written once
    (
        "Chiều 11/8/2020, Đảng bộ huyện Thanh Chương, Hưng Nguyên và Nghĩa Đàn tiến hành khai "
        "mạc phiên trù bị Đại hội.",
        ("Đảng bộ huyện Thanh Chương", "Đảng bộ huyện Hưng Nguyên", "Đảng bộ huyện Nghĩa Đàn"),
    ),
    (
        "Sáng 5/3/2025, HĐND huyện Tương Dương và huyện Kỳ Sơn tổ chức kỳ họp.",
        ("Hội đồng nhân dân huyện Tương Dương", "Hội đồng nhân dân huyện Kỳ Sơn"),
    ),
    # a place higher than the organiser's own, after a comma, is still its place
    (
        "Sáng 5/3/2025, UBND thành phố Vinh, tỉnh Nghệ An tổ chức Hội nghị.",
        ("Ủy ban nhân dân thành phố Vinh",),
    ),
    (
        "Sáng 5/6/2023, tại thành phố Vinh, tỉnh Nghệ An, Bộ Nội vụ tổ chức hội nghị.",
        ("Bộ Nội vụ",),
    ),
]


@pytest.mark.parametrize(("text", "organizers"), PLACE_ORGANIZERS)
def test_a_place_with_its_level_word_may_hold_a_meeting(
    text: str, organizers: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    assert mention.value.organizers == organizers
    assert parse_meeting(str(mention.value)) == mention.value


@pytest.mark.parametrize("text", NOT_ORGANIZERS)
def test_places_and_people_are_not_organisers(text: str) -> None:
    assert all(not mention.value.organizers for mention in find_meetings(text))


def test_a_documents_date_in_an_introductory_clause_dates_no_meeting() -> None:
    text = "Thực hiện Nghị quyết số 18, ngày 25-10-2017, Ban Thường vụ Tỉnh ủy tổ chức hội nghị."
    [mention] = find_meetings(text)
    assert mention.value.date is None
    assert mention.value.organizers == ("Ban Thường vụ Tỉnh ủy",)


# -- round 3: where a header sentence starts, introductory clauses, the meeting's verbs -------
SENTENCES: list[tuple[str, datetime.date | None, dict[str, object]]] = [
    # a lead glued to a title before it on the same line
    (
        "Trực tiếp: khai mạc Đại hội Đảng bộ tỉnh Sáng 14/10/2020, Đại hội đại biểu Đảng bộ tỉnh "
        "lần thứ XX khai mạc tại Hội trường tỉnh.",
        D(2020, 10, 14),
        {"day_part": DayPart.MORNING, "organizers": ()},
    ),
    # … also the days a meeting lasts, glued to a title
    (
        "Xã Nghi Long phấn đấu phát triển toàn diện Trong 2 ngày (20 - 21/2/2025), Đảng bộ xã "
        "Nghi Long tổ chức Đại hội đại biểu lần thứ XXIV.",
        D(2025, 2, 20),
        {"organizers": ("Đảng bộ xã Nghi Long",)},
    ),
    # a lead sentence after another sentence of its paragraph
    (
        "Tỉnh đã làm tốt công tác chuẩn bị. Chiều 5/1/2024, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị "
        "giao ban.",
        D(2024, 1, 5),
        {"organizers": ("Ban Tổ chức Tỉnh ủy",)},
    ),
    # an introductory clause with commas of its own, the days in parentheses, a late date
    (
        "Sau ba ngày (9-11/10/2023) làm việc khẩn trương, dân chủ, Hội nghị lần thứ tám Ban "
        "Chấp hành Trung ương Đảng khóa XIII đã hoàn thành chương trình và bế mạc chiều 11/10.",
        D(2023, 10, 11),
        {"day_part": DayPart.AFTERNOON, "organizers": ()},
    ),
    # a working day of the meeting continued, the meeting named after it
    (
        "Chiều 21-9-2023, tiếp tục ngày làm việc thứ nhất Đại hội đại biểu Hội Nông dân tỉnh "
        "lần thứ IX, nhiệm kỳ 2023 - 2028.",
        D(2023, 9, 21),
        {"day_part": DayPart.AFTERNOON, "organizers": ()},
    ),
    # a place of several pieces and a parenthesis in the name
    (
        "Đại hội Đảng bộ tỉnh lần thứ IX (Vòng II) diễn ra tại Nhà văn hóa Công nhân - Cẩm Phả, "
        "thị xã Cẩm Phả, từ ngày 20 đến ngày 24 tháng 3 năm 1986.",
        D(1986, 3, 20),
        {"organizers": ()},
    ),
    # the place of a round-up's item and a colon before the lead
    (
        "Nam Định: Trong 2 ngày 14 và 15/5/2012, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị "
        "cán bộ chủ chốt quán triệt Nghị quyết.",
        D(2012, 5, 14),
        {"organizers": ("Ban Thường vụ Tỉnh ủy",)},
    ),
    (
        "Thành phố Hồ Chí Minh: Sáng 3/6/2012, Thành ủy tổ chức hội nghị cán bộ chủ chốt.",
        D(2012, 6, 3),
        {"organizers": ("Thành ủy",)},
    ),
    # an agency's initials and a colon before the sentence
    (
        "BLC: Theo Ban Tuyên giáo Tỉnh ủy, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI sẽ diễn "
        "ra trong 03 ngày (từ ngày 14 đến 16/10/2020).",
        D(2020, 10, 14),
        {"organizers": ()},
    ),
    # an introductory clause opened by "Thi hành"
    (
        "Thi hành Điều lệ Đảng, sáng ngày 12/01/2023, Đảng ủy Khối các cơ quan tỉnh tổ chức "
        "hội nghị tổng kết.",
        D(2023, 1, 12),
        {"day_part": DayPart.MORNING},
    ),
    # a place and a comma between the verb and the days
    (
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ VIII diễn ra tại Hội trường tỉnh, từ ngày 10 "
        "đến ngày 13 tháng 1 năm 1986.",
        D(1986, 1, 10),
        {"organizers": ()},
    ),
    # a first verb with no day, the day after a verb coordinated with it
    (
        "10:30, 18/6/2022\nĐại hội đại biểu Hội Nông dân tỉnh lần thứ XI diễn ra thành công "
        "tốt đẹp và bế mạc vào chiều nay, 18/6.",
        D(2022, 6, 18),
        {"day_part": DayPart.AFTERNOON, "organizers": ()},
    ),
    # an introductory clause of several documents, then the lead after a semicolon
    (
        "Thực hiện Điều lệ Đảng, Hướng dẫn số 04-HD/BTCTU ngày 2/3/2022 của Ban Tổ chức Tỉnh ủy; "
        "sáng 27/4/2022, Đảng ủy Khối tổ chức Đại hội điểm.",
        D(2022, 4, 27),
        {"day_part": DayPart.MORNING, "organizers": ("Đảng ủy Khối",)},
    ),
    # a range whose first day has its month
    (
        "Từ ngày 28/2 đến ngày 2/3/2024, Đảng bộ tỉnh tổ chức Đại hội đại biểu lần thứ XX.",
        D(2024, 2, 28),
        {"organizers": ("Đảng bộ tỉnh",)},
    ),
    # a place clause that ends at its verb, with no comma
    (
        "Sáng nay 4-7, tại Hội trường UBND tỉnh đã diễn ra Kỳ họp thứ 7, HĐND tỉnh khóa X.",
        None,
        {"day_part": DayPart.MORNING, "organizers": (), "name": "Kỳ họp thứ 7, HĐND tỉnh khóa X"},
    ),
    # ... or at "đã tổ chức" with no organiser: the place's owner holds nothing
    (
        "Ngày 12/9/2015, tại Học viện Chính trị khu vực III đã tổ chức Đại hội đại biểu Đảng "
        "bộ lần thứ V.",
        D(2015, 9, 12),
        {"organizers": (), "name": "Đại hội đại biểu Đảng bộ lần thứ V"},
    ),
    # a city or a province in parentheses after the organiser
    (
        "Ngày 6/8/2025, Đảng bộ quận Ba Đình (thành phố Hà Nội) tổ chức Đại hội.",
        D(2025, 8, 6),
        {"organizers": ("Đảng bộ quận Ba Đình",)},
    ),
    (
        "Trong 2 ngày (7 và 8/8/2025), Đảng bộ đặc khu Cô Tô (tỉnh Quảng Ninh) tổ chức Đại hội.",
        D(2025, 8, 7),
        {"organizers": ("Đảng bộ đặc khu Cô Tô",)},
    ),
    # the Front and the mass organisations as one bloc
    (
        "Chiều ngày 24/9/2021, Khối Mặt trận và các đoàn thể huyện đã tổ chức Hội nghị giao ban.",
        D(2021, 9, 24),
        {"organizers": ("Khối Mặt trận và các đoàn thể huyện",)},
    ),
    # a lead glued to a title's closing parenthesis, or to a title after a word
    (
        "Họp Ban Chỉ đạo ( Cập nhật ngày: 9/5/2023 )Chiều ngày 9/5/2023, Ban Thường vụ Huyện ủy "
        "tổ chức cuộc họp lần thứ 3.",
        D(2023, 5, 9),
        {"day_part": DayPart.AFTERNOON, "organizers": ("Ban Thường vụ Huyện ủy",)},
    ),
    (
        "Thu ngân sách tăng 12% so với cùng kỳ Sáng cùng ngày, UBND tỉnh đã họp thường kỳ.",
        None,
        {"day_part": DayPart.MORNING, "organizers": ("Ủy ban nhân dân tỉnh",)},
    ),
    # a page that spaces its words twice, inside the meeting noun too
    (
        "Ngày 14/4/2012  Ủy  ban  nhân  dân  tỉnh  Long  An  chủ trì  Hội  nghị  đóng  góp  ý "
        "kiến vào dự thảo luật.",
        D(2012, 4, 14),
        {"organizers": ("Ủy ban nhân dân tỉnh Long An",), "name": "Hội nghị"},
    ),
    (
        "Sáng  5/3/2019,  Ban  Thường  vụ  Huyện  ủy  tổ  chức  Kỳ  họp  bất thường.",
        D(2019, 3, 5),
        {"day_part": DayPart.MORNING, "organizers": ("Ban Thường vụ Huyện ủy",)},
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "expected"), SENTENCES, ids=[row[0][:50] for row in SENTENCES]
)
def test_header_sentences(
    text: str, date: datetime.date | None, expected: dict[str, object]
) -> None:
    [mention] = find_meetings(text)
    assert mention.value.date == date
    assert _fields(mention.value, expected) == expected


NOT_SENTENCE_HEADERS: list[str] = [
    # the meeting did something else, then another meeting opened
    "Sau hai ngày làm việc, Hội nghị đã thảo luận và khai mạc Đại hội sáng 5/10/2023 tại đây.",
    # a title word before a lead is no glued title when the lead names no day
    "Đồng chí Lê Văn Sáng, Bí thư Huyện ủy, phát biểu tại hội nghị.",
]


# -- round 3: chairs listed before "điều hành", a meeting closed by whoever closes it ----------
def test_chairs_listed_before_a_chairing_verb_make_a_header_without_a_day() -> None:
    text = (
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12\n"
        "Các đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Trần Thị Mai, Phó Bí "
        "thư Thường trực Tỉnh ủy điều hành hội nghị. Dự hội nghị có các đồng chí trong Ban "
        "Thường vụ Tỉnh ủy."
    )
    [mention] = find_meetings(text)
    meeting = mention.value
    assert (meeting.date, meeting.organizers) == (None, ())
    assert [official.name for official in meeting.chairs] == ["Lê Văn Hòa", "Trần Thị Mai"]
    assert mention.text.startswith("Các đồng chí Lê Văn Hòa")


@pytest.mark.parametrize(
    "listed",
    [
        "Các đồng chí: Lê Văn Hòa - Bí thư Tỉnh ủy; Trần Thị Mai - Phó Bí thư Tỉnh ủy, Chủ tịch "
        "UBND tỉnh chủ trì hội nghị.",
        "Lê Văn Hòa - Bí thư Tỉnh ủy; Trần Thị Mai - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ "
        "trì hội nghị.",
        # a group's name before the colon is no title
        "Các đồng chí Thường trực Tỉnh ủy Hà Giang: Lê Văn Hòa - Bí thư Tỉnh ủy; Trần Thị Mai - "
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
    ],
)
def test_chairs_listed_name_first_with_a_dash_make_a_header(listed: str) -> None:
    # (a name and a dash at the line's start is no news agency's tag: "TTXVN - …")
    text = f"{listed} Hội nghị đánh giá kết quả công tác 6 tháng đầu năm."
    [mention] = find_meetings(text)
    assert [official.name for official in mention.value.chairs] == ["Lê Văn Hòa", "Trần Thị Mai"]
    assert mention.value.organizers == ()
    assert mention.span.start == 0


def test_a_chairs_sentence_before_any_header_is_one_inside_a_line() -> None:
    text = (
        "Đây là ý kiến của Bí thư Thành ủy tại Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ thành "
        "phố diễn ra sáng 27-6. Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Lê Văn Bình; Phó "
        "Bí thư Thành ủy Trần Thị Mai đồng chủ trì Hội nghị."
    )
    [mention] = find_meetings(text)
    assert mention.text.startswith("Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Lê Văn Bình")
    assert [official.name for official in mention.value.chairs] == ["Lê Văn Bình", "Trần Thị Mai"]


def test_a_chairs_sentence_after_a_lead_at_the_meeting_takes_the_leads_day() -> None:
    text = (
        "Chiều ngày 15/4/2022, tại hội nghị lần thứ 8, Ban Chấp hành Đảng bộ tỉnh tiếp tục "
        "thảo luận dự thảo Quy hoạch tỉnh. Đồng chí Lê Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị."
    )
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.day_part) == (D(2022, 4, 15), DayPart.AFTERNOON)
    assert [official.name for official in mention.value.chairs] == ["Lê Văn Bình"]


@pytest.mark.parametrize(
    "summary",
    [
        "• Chủ tịch Quốc hội Trần Văn Minh điều hành phiên khai mạc.",
        "Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết.",
    ],
)
def test_a_summary_line_before_a_dated_lead_is_no_second_header(summary: str) -> None:
    text = f"{summary}\n\nSáng 20/5/2024, Quốc hội khóa XV khai mạc Kỳ họp thứ 7 tại Hà Nội."
    [mention] = find_meetings(text)
    assert mention.value.date == D(2024, 5, 20)
    assert len(find_meetings(summary)) == 1  # alone, it is the report


def test_a_line_at_the_top_before_a_meeting_to_come_is_a_header() -> None:
    text = (
        "Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Văn Hòa chủ trì Hội "
        "nghị.\nPhát biểu tại Hội nghị, ông Lê Văn Hòa đề nghị các cấp chuẩn bị chu đáo.\n"
        "Đại hội sẽ diễn ra trong 2 ngày (27 đến 28/8/2024) tại Hội trường tỉnh."
    )
    first, coming = find_meetings(text)
    assert (first.value.date, [chair.name for chair in first.value.chairs]) == (
        None,
        ["Lê Văn Hòa"],
    )
    assert coming.value.date == D(2024, 8, 27)


CLOSED_IN_A_CLAUSE: list[tuple[str, datetime.date | None, str]] = [
    (
        "Chiều 12/7/2019, dưới sự điều hành của Chủ tọa, các đại biểu đã biểu quyết thông qua "
        "8 nghị quyết, bế mạc Kỳ họp thứ 8, HĐND tỉnh khóa XIV.",
        D(2019, 7, 12),
        "Kỳ họp thứ 8, HĐND tỉnh khóa XIV",
    ),
    (
        "Sáng 3/12/2020, sau khi nghe báo cáo, các đại biểu nhất trí khai mạc trọng thể Đại hội "
        "đại biểu Đảng bộ khối.",
        D(2020, 12, 3),
        "Đại hội đại biểu Đảng bộ khối",
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "name"), CLOSED_IN_A_CLAUSE, ids=[row[0][:50] for row in CLOSED_IN_A_CLAUSE]
)
def test_a_meeting_opened_or_closed_in_a_clause_of_the_lead(
    text: str, date: datetime.date | None, name: str
) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.name, mention.value.organizers) == (date, name, ())


NOT_CLOSED_IN_A_CLAUSE: list[str] = [
    "Chiều 12/7/2019, đồng chí Lê Văn Hòa phát biểu bế mạc Kỳ họp thứ 8.",
    "Sáng 3/12/2020, ông Nguyễn Văn An đọc diễn văn khai mạc Đại hội.",
    "Sáng 3/12/2020, tại phiên bế mạc Kỳ họp thứ 8, HĐND tỉnh đã bầu Chủ tịch.",
    "Chiều 12/7/2019, phát biểu bế mạc Kỳ họp, đồng chí Lê Văn Hòa nhấn mạnh yêu cầu.",
]


def test_an_official_who_directs_the_meeting_in_its_paragraph_chairs_it() -> None:
    text = (
        "Sáng 6/10/2025, Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII đã khai "
        "mạc tại Hà Nội. Thay mặt Bộ Chính trị, Chủ tịch nước Trần Văn Nam điều hành Hội nghị."
    )
    [mention] = find_meetings(text)
    assert [official.name for official in mention.value.chairs] == ["Trần Văn Nam"]
    # "điều hành" of a price or a programme is no chairing
    text = (
        "Sáng 6/10/2025, Ban Chỉ đạo điều hành giá họp phiên thứ 5. Phó Thủ tướng Lê Văn An, "
        "Trưởng Ban Chỉ đạo điều hành giá phát biểu."
    )
    [mention] = find_meetings(text)
    assert mention.value.chairs == ()


#: Every must-not-match table above: the meeting is only named, or is no meeting.
NOT_MEETING_HEADERS = [
    *MUST_NOT_MATCH,
    *PASSING_MENTIONS,
    *NOT_HEADERS,
    *NOT_DAYLESS_HEADERS,
    *NOT_SENTENCE_HEADERS,
    *NOT_CLOSED_IN_A_CLAUSE,
]


@pytest.mark.parametrize("text", NOT_MEETING_HEADERS)
def test_must_not_match(text: str) -> None:
    assert find_meetings(text) == []


# -- the days a meeting lasts, after its verb; a planned report opened by "Dự kiến," -------
LASTING = [
    # "đến hết ngày", "vào các ngày 27, 28/11", "Ngày hôm nay (28/12)"
    (
        "Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX được diễn ra trong 03 "
        "ngày: từ ngày 18/9 đến hết ngày 20/9/2019 tại Hà Nội.",
        D(2019, 9, 18),
    ),
    (
        "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I dự kiến tổ chức vào các ngày 27, "
        "28/11/2025 với 336 đại biểu.",
        D(2025, 11, 27),
    ),
    (
        "Ngày hôm nay (28/12/2018), Hội nghị toàn quốc Chính phủ với các địa phương khai mạc.",
        D(2018, 12, 28),
    ),
    # a misspelt "Kỳ họp"
    ("Sáng 5/7/2021, HĐND tỉnh Hà Nam khóa XIX tổ chức Kỷ họp thứ ba.", D(2021, 7, 5)),
    # the workday of a session continued, by its number
    (
        "Ngày 18-7-2013, tiếp tục ngày làm việc thứ 2 kỳ họp thứ 4 HĐND tỉnh khóa XVII dưới sự "
        "chủ trì của đồng chí Lê Văn Hòa, Chủ tịch HĐND tỉnh.",
        D(2013, 7, 18),
    ),
    # a day without its comma, then an introductory clause
    (
        "Ngày 14/10/2020 được sự nhất trí của Ban Thường vụ Tỉnh ủy, Đại hội đại biểu Đảng bộ "
        "Khối các cơ quan tỉnh lần thứ VII đã khai mạc.",
        D(2020, 10, 14),
    ),
    # a place clause whose verb opens the meeting, without a subject
    (
        "(VOV) - Sáng 27/9/2010, tại thành phố Hải Dương khai mạc Đại hội đại biểu Đảng bộ "
        "tỉnh Hải Dương lần thứ XV.",
        D(2010, 9, 27),
    ),
    ("Dự kiến, phiên họp diễn ra trong cả ngày 9/5/2025.", D(2025, 5, 9)),
    ("Hội nghị Tỉnh ủy diễn ra trong ngày 21/3/2024.", D(2024, 3, 21)),
    ("Kỳ họp diễn ra trong 2 ngày 11 và 12/7/2023 tại Hội trường tỉnh.", D(2023, 7, 11)),
    ("Đại hội diễn ra trong 3 ngày từ mồng 6 đến mồng 8 tháng 8 năm 2020.", D(2020, 8, 6)),
    ("Đại hội Hội Nông dân huyện được diễn ra trong hai ngày 9,10/4/2024.", D(2024, 4, 9)),
    # "kéo dài": how long it lasts, perhaps in working days
    ("Phiên họp thứ 9 của Thường trực HĐND tỉnh kéo dài 2 ngày (từ 3 - 4/6/2024).", D(2024, 6, 3)),
    ("Hội nghị kéo dài 1,5 ngày làm việc, từ ngày 5 đến 6/3/2025.", D(2025, 3, 5)),
    ("Hội nghị diễn ra trong hai ngày (3-4/10/2022).", D(2022, 10, 3)),
    # the days after a colon or a comma, each day named, a list of three
    ("Kỳ họp diễn ra trong 2 ngày: 6 và 7-12-2024.", D(2024, 12, 6)),
    ("Theo đó, kỳ họp diễn ra trong 2 ngày, ngày 6 và ngày 7-12-2024.", D(2024, 12, 6)),
    ("Kỳ họp thứ 21 của HĐND tỉnh sẽ diễn ra trong các ngày 8, 9 và 10-7-2019.", D(2019, 7, 8)),
    # two and a half days; an introductory clause before the meeting
    (
        "Với tinh thần đoàn kết, đổi mới, Đại hội đại biểu Đảng bộ huyện Tân Châu lần thứ XI "
        "diễn ra trong 2,5 ngày (từ ngày 12 đến 14-8-2020).",
        D(2020, 8, 12),
    ),
    # an hour and a weekday before the date
    (
        "Theo đó, kỳ họp diễn ra trong 01 buổi, khai mạc vào 8h00 thứ Hai, ngày 6/10/2025.",
        D(2025, 10, 6),
    ),
    # the day, then who attends or where
    (
        "Đại hội đại biểu Đảng bộ Bộ Tài chính diễn ra ngày 15/8/2020, có sự tham dự của lãnh "
        "đạo Bộ.",
        D(2020, 8, 15),
    ),
    (
        "Hội nghị sơ kết Quy chế phối hợp đã diễn ra vào ngày 20/5/2013, tại Lăng Cô.",
        D(2013, 5, 20),
    ),
]


@pytest.mark.parametrize(("text", "date"), LASTING)
def test_the_days_a_meeting_lasts_date_it(text: str, date: D) -> None:
    [mention] = find_meetings(text)
    assert mention.value.date == date


NOT_LASTING = [
    # a past meeting recalled by its day, in a sentence about something else
    "Hội nghị Trung ương 8 diễn ra ngày 2/10/2023 đã quyết định nhiều vấn đề.",
    "Dự kiến, Quốc hội sẽ thông qua Luật Đất đai tại Kỳ họp thứ 6.",
]


@pytest.mark.parametrize("text", NOT_LASTING)
def test_a_recalled_or_named_meeting_is_no_header(text: str) -> None:
    assert find_meetings(text) == []


# -- how far a cue reaches: "thường kỳ" only to the period right after it, no cue over ";" --
CUE_REACH = [
    # (text, reviewed codes, planned codes)
    # a stage launched right after a planning word is planned; not a cited document's
    (
        "Ngày 20/12/2016, Huyện ủy tổ chức Hội nghị đánh giá tình hình năm 2016, triển khai "
        "nhiệm vụ năm 2017 và Kế hoạch đầu tư công trung hạn giai đoạn 2016-2020.",
        ["2016"],
        ["2017", "2016..2020"],
    ),
    (
        "Ngày 8/9/2022, Bộ Nông nghiệp tổ chức Hội nghị quán triệt Nghị quyết số 19-NQ/TW ngày "
        "16/6/2022 về nông nghiệp giai đoạn 2021-2030.",
        [],
        [],
    ),
    ("Sáng 2/4/2024, Chính phủ họp phiên thường kỳ tháng 3/2024.", ["2024-03"], []),
    (
        "Sáng 16/4/2021, Chính phủ họp phiên thường kỳ, cho ý kiến về việc tổ chức Kỳ thi "
        "tốt nghiệp năm 2021.",
        [],
        [],
    ),
    (
        "Sáng 16/4/2021, Chính phủ họp, bàn về việc thực hiện Nghị quyết Đại hội XIII; về "
        "công tác chuẩn bị bầu cử năm 2021.",
        [],
        [],
    ),
    (
        "Sáng 8/4/2021, Tỉnh ủy họp, đánh giá kết quả quý I; triển khai nhiệm vụ quý II năm 2021.",
        ["2021-Q1"],
        ["2021-Q2"],
    ),
    # other sessions, in the plural, review nothing
    (
        "Sáng 20/6/2021, Thường trực HĐND huyện họp, cho ý kiến về lịch các kỳ họp thường lệ "
        "của năm 2021.",
        [],
        [],
    ),
]


@pytest.mark.parametrize(("text", "reviewed", "planned"), CUE_REACH)
def test_how_far_a_cue_reaches(text: str, reviewed: list[str], planned: list[str]) -> None:
    [mention] = find_meetings(text)
    assert [period.code for period in mention.value.reviewed] == reviewed
    assert [period.code for period in mention.value.planned] == planned


# -- a term (nhiệm kỳ) dates a congress its header names it for, and nothing else ----------
CONGRESS_TERMS = [
    (
        "Sáng 30/9, Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ I, nhiệm kỳ 2025 - 2030 khai "
        "mạc trọng thể.",
        D(2025, 9, 30),
    ),
    (
        "Sáng 11/10, tại Hà Nội, Đại hội đại biểu Đảng bộ Quốc hội lần thứ I, nhiệm kỳ "
        "2025-2030 đã tiến hành phiên trù bị.",
        D(2025, 10, 11),
    ),
    (
        "Chiều 21/7, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2020 - 2025.",
        D(2020, 7, 21),
    ),
    # a sitting of the congress is the congress
    (
        "Sáng 15/12, phiên trọng thể Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI, nhiệm kỳ "
        "2023 - 2028 được tổ chức.",
        D(2023, 12, 15),
    ),
    # the first conference of the committee the congress elects
    (
        "Chiều 20/10, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ I, "
        "nhiệm kỳ 2025-2030.",
        D(2025, 10, 20),
    ),
    (
        "Ngày 7/11, Đảng ủy UBND tỉnh tổ chức hội nghị Ban Chấp hành Đảng bộ lần thứ nhất, "
        "nhiệm kỳ 2025-2030.",
        D(2025, 11, 7),
    ),
    # the first session of a council or a committee whose term is named before it
    (
        "Sáng 28/6, HĐND huyện Lâm Sơn khóa XX, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất.",
        D(2021, 6, 28),
    ),
    (
        "Ngày 24/6, HĐND tỉnh Quảng Yên khóa XVI, nhiệm kỳ 2016 - 2021 họp kỳ thứ nhất.",
        D(2016, 6, 24),
    ),
    (
        "Chiều 30/9, Ban Chấp hành Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2025-2030 tổ chức Hội nghị lần "
        "thứ nhất.",
        D(2025, 9, 30),
    ),
]


@pytest.mark.parametrize(("text", "date"), CONGRESS_TERMS, ids=[r[0][:40] for r in CONGRESS_TERMS])
def test_a_congress_is_held_in_its_terms_first_year(text: str, date: datetime.date) -> None:
    [mention] = find_meetings(text)
    assert mention.value.date == date


TERMS_DATE_NOTHING = [
    "Theo kế hoạch, Đại hội đại biểu Đảng bộ phường Tân An lần thứ 10 sẽ diễn ra trong hai "
    "ngày 24 và 25-2. Đại hội đánh giá việc thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ "
    "2020-2025, đề ra phương hướng nhiệm kỳ 2025-2030.",
    "Ngày mai (29/6), Đại hội đại biểu Đảng bộ huyện Lâm Sơn lần thứ XXII sẽ khai mạc.\n"
    "Công tác chuẩn bị Đại hội Đảng bộ huyện (nhiệm kỳ 2020-2025) đã hoàn tất.",
    "Ngày mai (29/6), Hội nghị Ban Chấp hành Đảng bộ huyện sẽ khai mạc.\n"
    "Công tác chuẩn bị Đại hội Đảng bộ huyện (nhiệm kỳ 2020-2025) đã hoàn tất.",
    "Ngày 10/6, Thường trực HĐND huyện Bắc Quang họp thống nhất nội dung, chương trình Kỳ họp "
    "thứ nhất, khóa XX, nhiệm kỳ 2021-2026.",
    # ... and a conference about the first congress of the term is not its first conference
    "Ngày 27-10, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết công tác tổ chức Đại hội "
    "Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030.",
    # a later conference of the term is held in any of its years
    "Chiều 20/10, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, "
    "nhiệm kỳ 2020-2025.",
    # ... nor by the term of the committee its personnel is chosen for
    "Chiều 14/5, Ban Thường vụ Đảng ủy tổ chức hội nghị cho ý kiến về đánh giá cán bộ và nhân "
    "sự tham gia cấp ủy khóa mới, nhiệm kỳ 2025-2030.",
    # a meeting about a congress is not the congress
    "Ngày 21/9, Ủy ban MTTQ tỉnh tổ chức Hội nghị tọa đàm về dự thảo Báo cáo chính trị trình "
    "Đại hội MTTQ tỉnh lần thứ XI, nhiệm kỳ 2024-2029.",
    # a later session of a council is held in any year of its term
    "Ngày 21/7, HĐND tỉnh Lâm Sơn khóa XV, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 30.",
    # ... and the term of a congress a first session's body is named after is not its own
    "Chiều 4/2, Bí thư Tỉnh ủy chủ trì phiên họp thứ nhất Ban Chỉ đạo thực hiện Nghị quyết Đại "
    "hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030.",
    # a first session of a body formed during its term: the text names a later year of it
    "Ngày 01/7, HĐND phường Hòa Lâm khóa X, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ nhất sau "
    "sắp xếp.\nKỳ họp thông qua kế hoạch tổ chức các kỳ họp trong 6 tháng cuối năm 2025.",
    "Chiều 5/2, Ban Chấp hành Đảng bộ Bộ Tài nguyên nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần "
    "thứ nhất.\nHội nghị thông qua chương trình làm việc năm 2025.",
]


@pytest.mark.parametrize("text", TERMS_DATE_NOTHING)
def test_a_term_gives_no_year(text: str) -> None:
    [mention] = find_meetings(text)
    assert mention.value.date is None
    # the same header under a dateline takes the dateline's year
    dated = find_meetings(text, reference_date=D(2025, 10, 1))
    assert dated[0].value.date is not None and dated[0].value.date.year == 2025


# -- the day after the meeting: an hour before it, a range with its months, "từ ngày D" ----
LATE_DATES = [
    ("Hội nghị Trung ương 7 (khóa X) diễn ra từ ngày 29.6 đến ngày 4.7.2008.", D(2008, 6, 29)),
    # a date right after "vào", and the one day the session lasts before it
    ("Hội nghị sơ kết diễn ra vào 5/6/2024 tại Hà Nội.", D(2024, 6, 5)),
    (
        "Theo dự kiến, Kỳ họp thứ 6 HĐND xã Lâm Hà diễn ra trong 1 ngày vào 28/7/2025, theo "
        "hình thức trực tiếp.",
        D(2025, 7, 28),
    ),
    ("Hội nghị diễn ra từ ngày 29/12 đến ngày 2/1/2010 tại Hà Nội.", D(2009, 12, 29)),
    (
        "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX diễn ra từ ngày 01/10/2025 đến ngày "
        "03/10/2025, tại thành phố Hà Tĩnh.",
        D(2025, 10, 1),
    ),
    ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XX diễn ra từ ngày 01/10/2025.", D(2025, 10, 1)),
    (
        "Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ V diễn ra trong thời gian từ "
        "ngày 14-16/8/2020, tại Hội trường Tỉnh ủy.",
        D(2020, 8, 14),
    ),
    # ... when it begins, at its hour
    (
        "Theo đó, Đại hội tiến hành trong 3 ngày. Phiên trù bị của Đại hội bắt đầu lúc 14 giờ "
        "ngày 2-10-2025.",
        D(2025, 10, 2),
    ),
    # ... "trong khoảng thời gian", inside a paragraph, a meeting to come
    (
        "Hội Nông dân tỉnh phối hợp tổ chức đối thoại với nông dân. Dự kiến hội nghị sẽ diễn ra "
        "trong khoảng thời gian từ ngày 15/9 đến 25/9/2023, với 500 đại biểu.",
        D(2023, 9, 15),
    ),
    # ... after an introduction, with the place right after the range
    (
        "Theo chương trình, Đại hội đại biểu Đảng bộ tỉnh lần thứ XV sẽ diễn ra trong 3 ngày, "
        "từ ngày 14 đến 16/10/2020 tại Hội trường Tỉnh ủy.",
        D(2020, 10, 14),
    ),
    (
        "Buổi lễ diễn ra trang trọng. Hội nghị khai mạc vào lúc 8 giờ, ngày 05/01/2017 theo "
        "hình thức trực tuyến.",
        D(2017, 1, 5),
    ),
    # "hồi" for "lúc", and minutes marked with a prime
    ("Các đại biểu đã có mặt. Kỳ họp khai mạc vào hồi 08h00′ ngày 12/3/2020.", D(2020, 3, 12)),
    ("Kỳ họp bế mạc vào hồi 16 giờ 30 phút ngày 14/3/2020 tại hội trường.", D(2020, 3, 14)),
    # what it is held for after its day
    (
        "Đại hội Đảng bộ phiên thứ nhất (phiên trù bị) diễn ra vào ngày 18/5/2020 để chuẩn bị "
        "nhân sự.",
        D(2020, 5, 18),
    ),
    ("Hội nghị diễn ra ngày 3/4/2019 nhằm đánh giá kết quả quý I.", D(2019, 4, 3)),
    # two days written with a comma ("ngày 1, 2/12"), the first is the meeting's
    (
        "(TTXVN) - Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ thành phố họp ngày 5, 6/12/2017 "
        "để cho ý kiến.",
        D(2017, 12, 5),
    ),
    # a range of days in a sentence inside a line
    (
        "Với chủ đề “Tuổi trẻ tiên phong”. Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh diễn ra "
        "từ ngày 04 - 05/10/2022, tại Hội trường tỉnh.",
        D(2022, 10, 4),
    ),
]


def test_the_days_it_lasts_inside_a_line_after_the_opening() -> None:
    # "Đại hội diễn ra trong 2 ngày 12-13/7/2025." after the opening's sentence, on its line
    text = (
        "Sáng 12/7/2025, Đảng bộ Báo tỉnh khai mạc Đại hội lần thứ X với 150 đại biểu. Đại "
        "hội diễn ra trong 2 ngày 12-13/7/2025. Các đại biểu thảo luận."
    )
    dates = [mention.value.date for mention in find_meetings(text)]
    assert dates == [D(2025, 7, 12), D(2025, 7, 12)]
    # without its days, a sentence inside a line is no header
    assert len(find_meetings(text.replace(" 12-13/7/2025", ""))) == 1


@pytest.mark.parametrize(("text", "date"), LATE_DATES)
def test_the_day_after_the_meeting(text: str, date: D) -> None:
    [mention] = find_meetings(text)
    assert mention.value.date == date


NOT_LATE_HEADERS = [
    # a past meeting recalled in a sentence about what it decided
    "Hội nghị Trung ương 8 diễn ra từ ngày 2/10/2023 đã quyết định nhiều vấn đề.",
    "Nghị định có hiệu lực từ ngày 01/10/2025.",
    # a meeting inside a line with no hour or day part
    "Các đại biểu đã thảo luận sôi nổi. Hội nghị bế mạc cùng ngày.",
]


@pytest.mark.parametrize("text", NOT_LATE_HEADERS)
def test_a_meeting_recalled_by_its_days_is_no_header(text: str) -> None:
    assert find_meetings(text) == []


def test_a_central_bridge_point_counts_with_the_others() -> None:
    text = (
        "Sáng 5/1/2017, Ban Dân vận Trung ương tổ chức Hội nghị trực tuyến tại 1 điểm cầu "
        "trung tâm (Hà Nội) và 63 điểm cầu các tỉnh, thành phố."
    )
    [mention] = find_meetings(text)
    assert mention.value.bridge_points == 64


# -- the pieces of a place clause are no organisers; a chair "chủ trì, điều hành" ----------
PLACES_AND_CHAIRS = [
    (
        "Sáng 20/5/2020, tại Hội trường Diên Hồng, Nhà Quốc hội, Quốc hội khai mạc Kỳ họp thứ 9.",
        ("Quốc hội",),
        [],
    ),
    (
        "Sáng 5/3/2024, tại Hà Nội, Thủ đô Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị.",
        ("Ban Tổ chức Trung ương",),
        [],
    ),
    (
        "Chiều 9/2/2024, tại trụ sở Tỉnh ủy, dưới sự chủ trì, điều hành của đồng chí Lê Văn "
        "Hùng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, HĐND tỉnh đã tổ chức Kỳ họp thứ Tám.",
        ("Hội đồng nhân dân tỉnh",),
        ["Lê Văn Hùng"],
    ),
]


@pytest.mark.parametrize(("text", "organizers", "chairs"), PLACES_AND_CHAIRS)
def test_place_pieces_and_chairs(text: str, organizers: tuple[str, ...], chairs: list[str]) -> None:
    [mention] = find_meetings(text)
    assert mention.value.organizers == organizers
    assert [official.name for official in mention.value.chairs] == chairs


# -- how long a meeting lasts, with its days, is a header of its own -----------------------
LASTING_HEADERS = [
    # after the opening's header, the report of its days is a second header
    (
        "Sáng 6-12-2018, HĐND tỉnh khai mạc kỳ họp lần thứ 9.\n\nKỳ họp diễn ra trong 2 ngày "
        "(6 và 7-12) tại Hội trường UBND tỉnh.",
        ["Sáng 6-12-2018, HĐND tỉnh khai mạc kỳ họp lần thứ 9", "Kỳ họp diễn ra trong 2 ngày"],
    ),
    (
        "Sáng 6-12, HĐND tỉnh khai mạc kỳ họp lần thứ 9.\n\nKỳ họp diễn ra trong 2 ngày (6 và "
        "7-12) tại Hội trường UBND tỉnh.",
        ["Sáng 6-12, HĐND tỉnh khai mạc kỳ họp lần thứ 9", "Kỳ họp diễn ra trong 2 ngày"],
    ),
    # a headline that says it is no header; the body's lead is
    (
        "Đại hội Đảng bộ phường Tân An lần thứ 10 diễn ra trong hai ngày 24 và 25-2-2025\n\n"
        "Theo kế hoạch, Đại hội Đảng bộ phường Tân An lần thứ 10 sẽ diễn ra trong hai ngày "
        "24 và 25-2-2025.",
        ["Theo kế hoạch, Đại hội Đảng bộ phường Tân An lần thứ 10"],
    ),
]


@pytest.mark.parametrize(("text", "starts"), LASTING_HEADERS)
def test_how_long_a_meeting_lasts_is_a_header(text: str, starts: list[str]) -> None:
    found = find_meetings(text)
    assert [
        mention.text[: len(start)] for mention, start in zip(found, starts, strict=False)
    ] == starts
    assert len(found) == len(starts)


# -- an hour before the lead; "phiên chính thức" -------------------------------------------
HOUR_LEADS = [
    (
        "Vào lúc 8 giờ sáng 24/9/2025, sẽ diễn ra phiên chính thức Đại hội đại biểu Đảng bộ "
        "tỉnh lần thứ I.",
        D(2025, 9, 24),
        "phiên chính thức Đại hội đại biểu Đảng bộ tỉnh lần thứ I",
    ),
    (
        "Lúc 14h30 chiều 5/3/2024, Ban Tổ chức Trung ương tổ chức hội nghị.",
        D(2024, 3, 5),
        "hội nghị",
    ),
    ("Vào lúc 8 giờ ngày 5/1/2017, Tỉnh ủy tổ chức hội nghị.", D(2017, 1, 5), "hội nghị"),
    ("Từ 7 giờ 30 sáng 18/5/2019, Tỉnh ủy tổ chức hội nghị.", D(2019, 5, 18), "hội nghị"),
    # an introduction whose quoted words follow a colon, before the lead
    (
        "Với phương châm: “Đoàn kết - Dân chủ - Đổi mới”, sáng 14/10/2020, Đại hội đại biểu "
        "Đảng bộ tỉnh lần thứ XVII chính thức khai mạc.",
        D(2020, 10, 14),
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII",
    ),
    # an hour without "lúc" before its day, after a connective
    (
        "Trước đó, vào 16 giờ ngày 4/1/2023, Quốc hội họp phiên trù bị.",
        D(2023, 1, 4),
        "phiên trù bị",
    ),
    (
        "9g sáng 20-10-2015, Kỳ họp thứ 10 Quốc hội khóa XIII đã khai mạc.",
        D(2015, 10, 20),
        "Kỳ họp thứ 10 Quốc hội khóa XIII",
    ),
]


@pytest.mark.parametrize(("text", "date", "name"), HOUR_LEADS)
def test_an_hour_before_the_lead(text: str, date: D, name: str) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.name) == (date, name)


# -- a dated lead without its comma, before a capitalised subject --------------------------
def test_a_lead_without_its_comma() -> None:
    [mention] = find_meetings("Chiều 25/7/2025 Chi bộ Văn phòng đã long trọng tổ chức Đại hội.")
    assert (mention.value.date, mention.value.organizers) == (D(2025, 7, 25), ("Chi bộ Văn phòng",))
    assert find_meetings("Ngày 5/3/2024 hội nghị được tổ chức.") == []


def test_a_lead_closed_by_a_full_stop() -> None:
    # a page that ends its dated lead with a full stop instead of a comma
    [mention] = find_meetings("Ngày 14/01/2023. Đảng ủy xã Tân Lập đã tổ chức hội nghị sơ kết.")
    assert (mention.value.date, mention.value.organizers) == (
        D(2023, 1, 14),
        ("Đảng ủy xã Tân Lập",),
    )
    [mention] = find_meetings("Sáng 9.3. Huyện ủy tổ chức Hội nghị.", reference_date=D(2024, 5, 1))
    assert (mention.value.date, mention.value.day_part) == (D(2024, 3, 9), DayPart.MORNING)
    # (a sentence that ends at a day and a lower-case word after it: no header)
    assert find_meetings("Ngày 14/01/2023. hội nghị được tổ chức.") == []


# -- held-out round: units named in lower case, month leads, typos, TV links, late years ----
LOWER_CASE_UNITS = [
    (
        "Chiều 12/8/2025, Chi bộ các cơ quan Đảng xã Tân Lập đã tổ chức Đại hội lần thứ Nhất.",
        ("Chi bộ các cơ quan Đảng xã Tân Lập",),
    ),
    ("Sáng 3/4/2024, Đảng ủy cơ quan Bộ tổ chức Hội nghị.", ("Đảng ủy cơ quan Bộ",)),
    ("Sáng 3/4/2024, Tỉnh ủy long trọng tổ chức Hội nghị.", ("Tỉnh ủy",)),
    (
        "Chiều 28/6/2024, Ban Tổ chức Trung ương phối hợp Tỉnh ủy Nam Định tổ chức Hội nghị.",
        ("Ban Tổ chức Trung ương", "Tỉnh ủy Nam Định"),
    ),
]


@pytest.mark.parametrize(("text", "organizers"), LOWER_CASE_UNITS)
def test_a_unit_named_in_lower_case_up_to_the_verb(text: str, organizers: tuple[str, ...]) -> None:
    [mention] = find_meetings(text)
    assert mention.value.organizers == organizers


MONTH_LEADS = [
    ("Trong tháng 9, Huyện ủy đã tổ chức hội nghị chuyên đề về công tác cán bộ.", ("Huyện ủy",)),
    (
        "Cuối tháng 5/2024, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết.",
        ("Ban Thường vụ Tỉnh ủy",),
    ),
]


@pytest.mark.parametrize(("text", "organizers"), MONTH_LEADS)
def test_a_month_alone_leads_a_header_without_a_day(text: str, organizers: tuple[str, ...]) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers) == (None, organizers)


def test_a_month_lead_needs_an_organ_that_holds_the_meeting() -> None:
    assert find_meetings("Trong tháng 9, các chi bộ đã tổ chức 24 hội nghị.") == []


@pytest.mark.parametrize("noun", ["Hội ghị", "Hội nghi"])
def test_misspelt_meeting_nouns(noun: str) -> None:
    text = f"Sáng 11/5/2022, {noun} lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XIII bế mạc."
    [mention] = find_meetings(text)
    assert mention.value.date == D(2022, 5, 11)
    assert mention.value.name.startswith(noun)


TELEVISION_LINKS = [
    (
        "Sáng 9/3/2017, Đảng ủy Khối Doanh nghiệp Trung ương tổ chức Hội nghị quán triệt Nghị "
        "quyết. Tổng công ty Viễn thông tổ chức cầu truyền hình cho 12 điểm trong Khối.",
        True,
        12,
    ),
    ("Sáng 9/3/2017, Tỉnh ủy tổ chức hội nghị truyền hình quán triệt Nghị quyết.", True, None),
    ("Sáng 9/3/2017, Tỉnh ủy tổ chức hội nghị; Đài Truyền hình tỉnh đưa tin.", False, None),
    (
        "Sáng 19-7-2021, Bộ Y tế tổ chức hội nghị toàn quốc, kết nối trực tuyến với điểm cầu "
        "63 tỉnh, thành phố.",
        True,
        63,
    ),
]


@pytest.mark.parametrize(("text", "online", "points"), TELEVISION_LINKS)
def test_a_television_link_is_online(text: str, online: bool, points: int | None) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.online, mention.value.bridge_points) == (online, points)


LABELS_WITHIN = [
    # (text, reviewed codes): a session that bears its month in its second half or after,
    # a quarter briefing in its last ten days, a half in its last month
    ("Ngày 29/9/2023, UBND tỉnh tổ chức họp Ủy ban nhân dân tỉnh tháng 9 năm 2023.", ["2023-09"]),
    ("Ngày 15/9/2023, UBND tỉnh tổ chức họp Ủy ban nhân dân tỉnh tháng 9 năm 2023.", []),
    ("Ngày 5/9/2023, Đảng ủy tổ chức Hội nghị Ban Chấp hành định kỳ tháng 9 năm 2023.", []),
    ("Sáng 31/3/2010, Chính phủ họp phiên thường kỳ tháng 3/2010.", ["2010-03"]),
    ("Ngày 27-10-2016, UBND huyện đã tổ chức họp thường kỳ tháng 10-2016.", ["2016-10"]),
    ("Ngày 17/11/2023, Thường trực HĐND tỉnh họp phiên tháng 11-2023.", ["2023-11"]),
    ("Ngày 24/2/2022, UBND tỉnh tổ chức phiên họp thường kỳ tháng 02/2022.", ["2022-02"]),
    ("Ngày 9/10/2025, Đảng ủy tổ chức Hội nghị Ban Chấp hành tháng 10/2025.", []),
    ("Ngày 3/11/2016, UBND huyện đã tổ chức họp thường kỳ tháng 10-2016.", ["2016-10"]),
    ("Ngày 20/7/2023, Sở Nội vụ tổ chức giao ban tháng 7/2023.", ["2023-07"]),
    ("Ngày 2/10/2023, Ủy ban Kiểm tra tổ chức giao ban quý III/2023.", ["2023-Q3"]),
    ("Ngày 24/9/2023, Ủy ban Kiểm tra tổ chức giao ban quý III/2023.", ["2023-Q3"]),
    ("Ngày 10/9/2023, Ủy ban Kiểm tra tổ chức giao ban quý III/2023.", []),
    ("Ngày 29/12/2016, Tỉnh ủy tổ chức giao ban khối Đảng quý IV/2016.", ["2016-Q4"]),
    (
        "Ngày 10/6/2019, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban 6 tháng đầu năm 2019.",
        ["2019-H1"],
    ),
    ("Ngày 10/5/2019, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban 6 tháng đầu năm 2019.", []),
    ("Ngày 15/6/2022, Sở Nội vụ tổ chức giao ban năm 2022.", []),
]


@pytest.mark.parametrize(("text", "reviewed"), LABELS_WITHIN)
def test_a_named_period_reviewed_when_held_late_in_it(text: str, reviewed: list[str]) -> None:
    [mention] = find_meetings(text)
    assert [period.code for period in mention.value.reviewed] == reviewed


PARAGRAPH_YEARS: list[tuple[str, D | None]] = [
    # the periods of the header's paragraph fit by what the meeting does with them: it
    # reviews 2020 near its end and plans 2021 near its start
    (
        "Ngày 4-12, Thành ủy tổ chức hội nghị chuyên đề lần thứ 2. Hội nghị đánh giá tình hình "
        "kinh tế - xã hội năm 2020, triển khai nhiệm vụ năm 2021.",
        D(2020, 12, 4),
    ),
    # a mid-year meeting on the year's tasks (in its own sentence) is held in that year
    (
        "Sáng 16/7, Trung ương Hội Nông dân Việt Nam khai mạc Hội nghị lần thứ 5 để thông qua "
        "một số nhiệm vụ quan trọng năm 2020.",
        D(2020, 7, 16),
    ),
    # the periods of the paragraphs after the header's date nothing: the year stays unknown
    # (readers of real reports leave it so far more often than they take it from there)
    (
        "Chiều 14/8, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy, chủ trì phiên họp Thường trực Ban "
        "Chỉ đạo.\n\nPhiên họp cho ý kiến vào chương trình công tác 6 tháng cuối năm 2025.",
        None,
    ),
    (
        "Chiều 27/11, Ban Thường vụ Thành ủy triệu tập Hội nghị Thành ủy lần thứ ba.\n\nCác "
        "đại biểu nghe báo cáo tình hình thực hiện nhiệm vụ năm 2025; phương hướng nhiệm vụ "
        "năm 2026.",
        None,
    ),
    (
        "Chiều 2/12, Thành ủy tổ chức Hội nghị lần thứ 9.\n\nCác đại biểu sẽ thảo luận các "
        "nội dung về phát triển kinh tế trong năm 2023 và những năm tiếp theo.",
        None,
    ),
    # ... nor does a point a career starts at, in the paragraph or after it
    (
        "Chiều 3/7, Ban Tổ chức Trung ương tổ chức hội nghị công bố quyết định. Ông Lê Văn An "
        "sinh năm 1975, giữ chức Bí thư Tỉnh ủy từ tháng 5/2021.",
        None,
    ),
    # ... nor the periods after the next header
    (
        "Chiều 14/8, Ban Thường vụ Tỉnh ủy họp.\n\nNgày 20/8, Huyện ủy A tổ chức hội nghị "
        "sơ kết 6 tháng đầu năm 2023.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "date"), PARAGRAPH_YEARS)
def test_the_periods_of_its_paragraph_only_give_a_header_its_year(
    text: str, date: D | None
) -> None:
    mention = find_meetings(text)[0]
    assert mention.value.date == date


def test_a_headline_glued_to_its_lead_on_one_line_is_no_header() -> None:
    # a page's section, its headline and the report's lead run together on one line
    text = (
        "Tin tức Hà Tĩnh tổ chức Hội nghị quán triệt Nghị quyết Đại hội XIX Sáng 2/11/2020, "
        "Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức Hội nghị quán triệt Nghị quyết."
    )
    [mention] = find_meetings(text)
    assert mention.text.startswith("Sáng 2/11/2020, Ban Thường vụ")
    assert mention.value.organizers == ("Ban Thường vụ Tỉnh ủy Hà Tĩnh",)


def test_a_lead_written_again_after_a_dated_line_of_the_same_day() -> None:
    # the sapo, a dated line without a full stop (a lead, not a headline: it has its day
    # and a comma), and the sapo again after an agency's tag with a dot: three headers;
    # the report in the repeat's paragraph dates that one alone
    text = (
        "Sáng 3-6, Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XV khai mạc.\n\n"
        "Hôm nay 3-6, khai mạc Hội nghị Tỉnh ủy lần thứ 5\n\n"
        "(TTX).- Sáng 3-6, Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XV khai mạc. "
        "Hội nghị đánh giá kết quả 5 tháng đầu năm 2021."
    )
    found = find_meetings(text)
    assert [text[m.span.start : m.span.end][:14] for m in found] == [
        "Sáng 3-6, Hội ",
        "Hôm nay 3-6, k",
        "Sáng 3-6, Hội ",
    ]
    assert [m.value.date for m in found] == [None, None, D(2021, 6, 3)]


def test_the_header_periods_only_its_date_gives_a_year() -> None:
    # nothing before the header gives a year: its own "quý III" and "quý IV" have none until
    # the report in its paragraph dates the meeting; in the next paragraph, none does
    text = (
        "Ngày 9-10, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 12, "
        "đánh giá kết quả quý III, triển khai nhiệm vụ quý IV. Trong quý III/2021, các "
        "doanh nghiệp nộp ngân sách đạt kế hoạch."
    )
    meeting = find_meetings(text)[0].value
    assert meeting.date == D(2021, 10, 9)
    assert [p.code for p in meeting.reviewed] == ["2021-Q3"]
    assert [p.code for p in meeting.planned] == ["2021-Q4"]
    later = find_meetings(text.replace(". Trong", ".\n\nTrong"))[0].value
    assert (later.date, later.reviewed, later.planned) == (None, (), ())


REPORTED = [
    (
        "Bí thư Tỉnh ủy Lê Văn An cho biết, Hội nghị Trung ương lần thứ 9 của Đảng (khóa X) "
        "diễn ra từ ngày 9.1 đến ngày 14.1.2009 tại Hà Nội.",
        D(2009, 1, 9),
    ),
    ("Ông An cho biết, chiều 5/3/2024, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị.", D(2024, 3, 5)),
    # no comma after the verb, a dated lead right after it
    (
        "Văn phòng Tỉnh ủy vừa có thông báo cho biết từ ngày 3 đến 5/9/2024, Hội nghị Ban Chấp "
        "hành Đảng bộ tỉnh lần thứ 20 sẽ diễn ra tại Hội trường tỉnh.",
        D(2024, 9, 3),
    ),
    # and an introductory clause after it
    (
        "Văn phòng Tỉnh ủy cho biết, thực hiện Kế hoạch số 12-KH/TU, sáng 15-11-2025, tại Hội "
        "trường tỉnh, Ban Thường vụ Tỉnh ủy tổ chức hội nghị toàn tỉnh.",
        D(2025, 11, 15),
    ),
]


@pytest.mark.parametrize(("text", "date"), REPORTED)
def test_reported_speech_before_a_dated_report(text: str, date: D) -> None:
    [mention] = find_meetings(text)
    assert mention.value.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Ông An cho biết, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị sơ kết.",
        "Đồng chí An cho biết, Hội nghị Trung ương 8 diễn ra ngày 2-10-2023 đã thông qua đề án.",
        # said in a speech at a meeting, with no comma: the speech, no header
        "Phát biểu khai mạc phiên họp, Chủ tịch UBND tỉnh Lê Văn An cho biết trong buổi sáng "
        "5/6/2024, các sở đã họp bàn về dự án.",
        # ... and with the comma: the speech at the meeting is the news
        "Phát biểu tại hội nghị, Chủ tịch Hội Nông dân tỉnh Lê Văn An cho biết, Đại hội Hội "
        "Nông dân tỉnh lần thứ X sẽ diễn ra từ ngày 8-9/10/2023 tại Hội trường tỉnh.",
        "Phát biểu Hội nghị, Bí thư Huyện ủy Trần Văn Bình thông tin, Đại hội đại biểu Đảng "
        "bộ huyện lần thứ XX diễn ra từ ngày 5-7/8/2020 đã thành công tốt đẹp.",
    ],
)
def test_reported_speech_without_the_day_of_a_report(text: str) -> None:
    assert find_meetings(text) == []


# -- editions: the period after an ordinal or a news briefing names the edition ------------
EDITION_LABELS = [
    "Sáng 20/12/2023, Huyện ủy tổ chức Hội nghị lần thứ 18 năm 2023.",
    "Chiều 28/3/2022, Đảng ủy phường tổ chức hội nghị thông tin thời sự quý 1 năm 2022.",
]


@pytest.mark.parametrize("text", EDITION_LABELS)
def test_an_edition_label_is_not_reviewed(text: str) -> None:
    [mention] = find_meetings(text)
    assert mention.value.reviewed == ()


def test_an_assessing_word_after_an_ordinal_still_reviews() -> None:
    text = "Sáng 20/12/2023, Huyện ủy tổ chức Hội nghị lần thứ 18 tổng kết năm 2023."
    [mention] = find_meetings(text)
    assert [period.code for period in mention.value.reviewed] == ["2023"]


# -- a future session with its day, inside a paragraph ------------------------------------
FUTURE_SESSIONS = [
    (
        "Thường trực HĐND huyện đã họp. Theo đó, Kỳ họp thứ nhất dự kiến diễn ra vào ngày "
        "25/6/2021, tại Hội trường huyện.",
        D(2021, 6, 25),
        "Kỳ họp thứ nhất",
    ),
    (
        "Dự thảo đã được thống nhất. Kỳ họp thứ hai HĐND huyện khóa XX dự kiến diễn ra vào "
        "ngày 15/7/2021.",
        D(2021, 7, 15),
        "Kỳ họp thứ hai HĐND huyện khóa XX",
    ),
    (
        "Cụ thể, Đại hội Đảng bộ Khối lần thứ XIII sẽ được tổ chức ngày 12 đến 14/10/2020.",
        D(2020, 10, 12),
        "Đại hội Đảng bộ Khối lần thứ XIII",
    ),
    # the day it opens, then the day it closes
    (
        "Theo dự kiến, Kỳ họp thứ tư, HĐND tỉnh khóa XVII sẽ kéo dài 3 ngày, khai mạc vào ngày "
        "10/12/2023 và bế mạc vào ngày 12/12/2023.",
        D(2023, 12, 10),
        "Kỳ họp thứ tư, HĐND tỉnh khóa XVII",
    ),
    # the session as the subject of "tổ chức" (it "is held")
    (
        "Thường trực HĐND xã đã họp. Kỳ họp thứ 9, HĐND xã khóa XXI dự kiến sẽ tổ chức vào sáng "
        "ngày 3/12/2023.",
        D(2023, 12, 3),
        "Kỳ họp thứ 9, HĐND xã khóa XXI",
    ),
]


@pytest.mark.parametrize(("text", "date", "name"), FUTURE_SESSIONS)
def test_a_future_session_with_its_day(text: str, date: D, name: str) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.name, parse_meeting(str(mention.value))) == (
        date,
        name,
        mention.value,
    )


NOT_MEETINGS_AFTER_HOP = [
    "Ngày 29/9/2020, Đảng ủy Khối tổ chức họp báo tuyên truyền Đại hội.",
    "Ngày 29/9/2020, Tỉnh ủy tổ chức họp mặt cựu chiến binh.",
    # ... also after a noun that ends with "họp", and when a person chairs it
    "Ngày 19/5/2023, Văn phòng Quốc hội tổ chức buổi họp báo về Kỳ họp thứ 5.",
    "Ngày 19/5/2023, Tổng Thư ký Quốc hội Bùi Văn Cường chủ trì buổi họp báo về Kỳ họp thứ 5.",
    "Ngày 29/9/2020, Tỉnh ủy tổ chức cuộc họp mặt cựu chiến binh.",
    # the organiser's name does not run on over its verb to a meeting named later
    "Chiều 29/10/2024, Đảng ủy Khối các cơ quan Trung ương tổ chức Họp báo về kế hoạch tổ "
    "chức Đại hội.",
]


@pytest.mark.parametrize("text", NOT_MEETINGS_AFTER_HOP)
def test_a_press_conference_is_no_meeting(text: str) -> None:
    assert find_meetings(text) == []


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        (
            "Ngày 20-6-2023, Ban Pháp chế HĐND tỉnh họp thẩm tra báo cáo.",
            "Ban Pháp chế Hội đồng nhân dân tỉnh",
        ),
        (
            "Ngày 29/1/2024, Ban Thường trực UBMTTQ tỉnh đã tổ chức hội nghị.",
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh",
        ),
    ],
)
def test_listed_abbreviations_expanded_in_an_organiser_named_in_full(
    text: str, organizer: str
) -> None:
    [mention] = find_meetings(text)
    assert mention.value.organizers == (organizer,)


def test_an_indented_line_opens_a_header() -> None:
    text = "Ngày 2/10, Đảng ủy Khối họp.\n\n    Cụ thể, Đại hội Đảng bộ Khối lần thứ XIII sẽ "
    text += "được tổ chức ngày 12 đến 14/10/2020."
    assert [m.value.date for m in find_meetings(text)] == [D(2020, 10, 2), D(2020, 10, 12)]


UNNAMED_BODIES = [
    (
        "Chiều 21/6/2021, Thường trực HĐND huyện phối hợp với UBND huyện, các cơ quan, đơn vị "
        "có liên quan tổ chức phiên họp.",
        ("Thường trực Hội đồng nhân dân huyện", "Ủy ban nhân dân huyện"),
    ),
    (
        "Sáng 5/3/2024, UBND tỉnh phối hợp với các sở, ban, ngành tổ chức hội nghị.",
        ("Ủy ban nhân dân tỉnh",),
    ),
    (
        "Ngày 25/12/2024, Bộ Ngoại giao sẽ chủ trì, phối hợp với các ban, bộ, ngành và địa "
        "phương tổ chức Hội nghị toàn quốc.",
        ("Bộ Ngoại giao",),
    ),
    (
        "Sáng 5/3/2024, Bộ Tư pháp phối hợp với các bộ, ngành tổ chức hội nghị.",
        ("Bộ Tư pháp",),
    ),
]


@pytest.mark.parametrize(("text", "organizers"), UNNAMED_BODIES)
def test_bodies_left_unnamed_organise_nothing(text: str, organizers: tuple[str, ...]) -> None:
    [mention] = find_meetings(text)
    assert mention.value.organizers == organizers


# -- a term or a stage summed up by the meeting -------------------------------------------
SUMMED_UP_TERMS = [
    (
        "Sáng 27/4/2021, HĐND tỉnh khóa IX, nhiệm kỳ 2016 - 2021 khai mạc Kỳ họp thứ 20 (tổng "
        "kết nhiệm kỳ 2016 - 2021).",
        ["2016/2021"],
    ),
    (
        "Sáng 2/8/2020, Đại hội đại biểu Đảng bộ huyện lần thứ XII đánh giá kết quả thực hiện "
        "Nghị quyết nhiệm kỳ 2015 - 2020, đề ra phương hướng nhiệm kỳ 2020 - 2025.",
        ["2015/2020"],
    ),
    # the term over which a congress's resolution is carried out
    (
        "Sáng 2/8/2023, Đảng ủy xã tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết "
        "Đại hội Đảng bộ xã lần thứ XXV, nhiệm kỳ 2020 - 2025.",
        ["2020/2025"],
    ),
    # a term enumerated after a reviewed year shares its cue
    (
        "Sáng 21-12-2020, Tòa án nhân dân tối cao tổ chức Hội nghị tổng kết công tác năm 2020 và "
        "nhiệm kỳ 2016 - 2020, triển khai công tác năm 2021.",
        ["2020", "2016/2020"],
    ),
    # the term of the bodies an election summed up elects
    (
        "Sáng 15/7/2021, Hội đồng Bầu cử quốc gia tổ chức Hội nghị tổng kết công tác bầu cử "
        "đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026.",
        [],
    ),
    # the term of a congress whose preparations are summed up
    (
        "Ngày 5/12/2020, Đảng ủy Khối tổ chức hội nghị tổng kết công tác tổ chức Đại hội Đảng bộ "
        "Khối lần thứ X, nhiệm kỳ 2020 - 2025.",
        [],
    ),
    # a congress's own term is no period it reviews
    (
        "Sáng 2/8/2020, Đại hội đại biểu Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 – 2025 khai mạc.",
        [],
    ),
    # a stage summed up in its last year or after it; an earlier review covers a part of it
    (
        "Sáng 27/2/2024, UBND tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện Ngày hội toàn dân, "
        "giai đoạn 2019 - 2024.",
        ["2019..2024"],
    ),
    (
        "Ngày 15/3/2023, Hội Nông dân tỉnh tổ chức hội nghị tổng kết mô hình Chi hội mẫu giai "
        "đoạn 2018-2022.",
        ["2018..2022"],
    ),
    (
        "Chiều 26/11/2024, Tỉnh ủy tổ chức hội nghị sơ kết 3 năm thực hiện đề án xây dựng nông "
        "thôn mới giai đoạn 2021-2025.",
        [],
    ),
    # the stage of a cited document's topic, after "về" (perhaps in quotes): what the
    # document is about, not a stretch the meeting sums up
    (
        "Sáng 8/6/2022, Bộ Chỉ huy Quân sự tỉnh tổ chức Hội nghị tổng kết 10 năm thực hiện "
        "Nghị quyết số 12 của Đảng ủy Quân khu về nâng cao chất lượng huấn luyện giai đoạn "
        "2013 - 2020 và những năm tiếp theo.",
        [],
    ),
    (
        "Ngày 20/11/2023, Tỉnh ủy tổ chức Hội nghị đánh giá 5 năm thực hiện Kết luận số 8 về Đề "
        "án “Phát triển nông nghiệp, nông thôn, nông dân giai đoạn 2018 - 2023”.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "reviewed"), SUMMED_UP_TERMS)
def test_a_term_summed_up_is_reviewed(text: str, reviewed: list[str]) -> None:
    [mention] = find_meetings(text)
    assert [period.code for period in mention.value.reviewed] == reviewed
    assert parse_meeting(str(mention.value)) == mention.value


def test_the_opening_session_where_something_else_happens_is_no_clause_that_opens_it() -> None:
    text = "Sáng 14/10/2025, các đại biểu dâng hoa trước phiên khai mạc Đại hội."
    assert find_meetings(text) == []


LINE_BREAKS = [
    # a lead broken over two lines by the page
    (
        "Tin huyện\n\nSáng ngày\n7/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch.",
        D(2021, 6, 7),
        DayPart.MORNING,
    ),
    # a lead after a dateline on its line, and "TP." inside the sentence
    (
        "Tin tức\n16:44, 24/06/2021 Ngày 24/6, HĐND TP. Hồ Chí Minh khóa X đã tiến hành Kỳ họp "
        "thứ nhất.",
        D(2021, 6, 24),
        None,
    ),
    # a meeting noun the page breaks over two lines
    (
        "Tin\n\nChiều ngày 18/02/2022, Huyện ủy tổ chức Hội\nnghị tổng kết công tác năm.",
        D(2022, 2, 18),
        DayPart.AFTERNOON,
    ),
    # a lead glued to a dateline by a bar
    (
        "Tin tức\n09:01 AM 04/12/2020 |Ngày 04/12/2020, Ban Dân tộc tỉnh tổ chức Hội nghị.",
        D(2020, 12, 4),
        None,
    ),
]


@pytest.mark.parametrize(("text", "date", "day_part"), LINE_BREAKS)
def test_leads_the_page_breaks_or_glues(text: str, date: D, day_part: DayPart | None) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.day_part) == (date, day_part)


HEADLINES = [
    # the headline above its report: only the report's lead is a header
    (
        "Sáng nay (9-11) khai mạc kỳ họp thứ 7 HĐND tỉnh\n\nSáng 9-11-2023, HĐND tỉnh khóa X "
        "khai mạc Kỳ họp thứ 7.",
        ["Sáng 9-11-2023"],
    ),
    # a headline straight above the lead, without a blank line
    (
        "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I tiến hành phiên trù bị\nChiều 2/7/2025, "
        "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I tiến hành phiên trù bị.",
        ["Chiều 2/7/2025"],
    ),
    # a heading inside the text, with a blank line after it
    (
        "Tin tức.\n\nTỉnh ủy tổ chức Hội nghị lần thứ 12\n\nNgày 4/3/2024, Ban Chấp hành Đảng "
        "bộ tỉnh tổ chức Hội nghị lần thứ 12.",
        ["Ngày 4/3/2024"],
    ),
    # a paragraph the page wraps goes on in lower case: no headline
    (
        "Sáng ngày 8/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch thống nhất\n"
        "nội dung kỳ họp thứ nhất.",
        ["Sáng ngày 8/6/2021"],
    ),
    # a first line that ends its sentence is a paragraph
    (
        "Ngày 4/3/2024, Huyện ủy tổ chức Hội nghị lần thứ 9.\nHội nghị kéo dài một ngày.",
        ["Ngày 4/3/2024"],
    ),
    # one line alone is read as it is
    ("Sáng 9-11-2023, HĐND tỉnh khai mạc Kỳ họp thứ 7", ["Sáng 9-11-2023"]),
    # a first line that opens with a full date and a comma is a lead left unpunctuated
    (
        "Ngày 28/01/2026, Liên đoàn Lao động tỉnh tổ chức Hội nghị tuyên truyền cho đoàn viên\n"
        "Đồng chí Hà Văn Vỹ, Phó Chủ tịch Liên đoàn Lao động tỉnh trực tiếp tuyên truyền.",
        ["Ngày 28/01/2026"],
    ),
    # ... and so does one with its day and month only, before its report
    (
        "Đăng ngày 24/07/2020\n\nSáng 24/7, HĐND thị xã Cửa Lò bế mạc kỳ họp thứ 13\n\n"
        "Trong phiên làm việc sáng ngày 24/7/2020, Thường trực HĐND thị xã đã thông qua tờ "
        "trình.",
        ["Sáng 24/7, HĐND"],
    ),
    # ... and so is one whose date the place follows without a comma, and one after the
    # place the page files it under, in capitals
    (
        "HÀ NAM: Ngày 12/9 Liên đoàn Lao động tỉnh tổ chức Đại hội Công đoàn tỉnh lần thứ X\n\n"
        "20/09/2023 08:15\n\nSáng ngày 12/9 tại Nhà văn hóa tỉnh, đã diễn ra Đại hội Công "
        "đoàn tỉnh lần thứ X\n\nĐại hội có 250 đại biểu.",
        ["Ngày 12/9 Liên", "Sáng ngày 12/9 tại"],
    ),
    # ... but not one whose date a lower-case word follows: a headline
    (
        "Sáng 24/7 khai mạc kỳ họp thứ 13 HĐND thị xã\n\nSáng 24/7/2020, HĐND thị xã khai mạc "
        "kỳ họp thứ 13.",
        ["Sáng 24/7/2020"],
    ),
    # a headline ending with a parenthesis, its lead and a colon
    (
        "Sáng 20-7: Khai mạc Đại hội Hội Nông dân tỉnh lần thứ XI (nhiệm kỳ 2023-2028)\n\n"
        "20/07/2023 - 10:05\n\nSáng 20-7, Đại hội Hội Nông dân tỉnh lần thứ XI khai mạc.",
        ["Sáng 20-7, Đại"],
    ),
    # a photo's caption, numbered, with its text below it
    (
        "Sáng 13/10/2020, Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ XI tiến hành phiên trù "
        "bị.\n\nNgày mai, Đại hội Đảng bộ tỉnh Đồng Nai chính thức khai mạc - ảnh 1\nĐại hội có "
        "350 đại biểu. Ảnh: KD\n\nTheo chương trình, Đại hội làm việc trong 3 ngày.",
        ["Sáng 13/10/2020"],
    ),
]


@pytest.mark.parametrize(("text", "leads"), HEADLINES)
def test_a_headline_reports_no_meeting_of_its_own(text: str, leads: list[str]) -> None:
    found = find_meetings(text)
    assert len(found) == len(leads)
    assert [mention.text[: len(lead)] for mention, lead in zip(found, leads, strict=True)] == leads


BRIDGE_LEVELS = [
    # one count for each level and no total
    ("kết nối từ điểm cầu tỉnh đến 12 điểm cầu cấp huyện và 210 điểm cầu cấp xã", None),
    # a total, then how many of them are of one level
    ("với 186 điểm cầu, trong đó có 35 điểm cầu cấp xã", 186),
    # one level alone
    ("kết nối tới 9 điểm cầu cấp huyện", 9),
]


@pytest.mark.parametrize(("tail", "points"), BRIDGE_LEVELS)
def test_points_counted_by_level_give_no_total(tail: str, points: int | None) -> None:
    text = f"Sáng 5/4/2024, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị trực tuyến {tail}."
    [mention] = find_meetings(text)
    assert (mention.value.online, mention.value.bridge_points) == (True, points)


SITTINGS = [
    (
        "Đại hội đại biểu Đảng bộ huyện Tân Phú khóa X, nhiệm kỳ 2020 – 2025, tiến hành phiên trù "
        "bị, chiều ngày 3/8/2020.",
        D(2020, 8, 3),
        DayPart.AFTERNOON,
    ),
    (
        "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa X tiến hành phiên bế mạc sáng "
        "3/8/2021.",
        D(2021, 8, 3),
        DayPart.MORNING,
    ),
]


@pytest.mark.parametrize(("text", "date", "day_part"), SITTINGS)
def test_the_day_after_the_sitting_a_meeting_holds(text: str, date: D, day_part: DayPart) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.day_part) == (date, day_part)


def test_what_a_dash_adds_after_the_chair() -> None:
    text = (
        "Sáng 21/10/2024, dưới sự chủ trì của Chủ tịch Quốc hội Trần Thanh Mẫn – điều hành "
        "phiên khai mạc, Quốc hội khóa XV khai mạc Kỳ họp thứ 8."
    )
    [mention] = find_meetings(text)
    assert mention.value.organizers == ("Quốc hội",)
    assert [chair.name for chair in mention.value.chairs] == ["Trần Thanh Mẫn"]


ONLINE_REPORT = [
    # the paragraph after the header's, when it goes on about the meeting, says so
    (
        "Sáng 7/2/2026, Thủ tướng Phạm Minh Chính chủ trì họp Thường trực Chính phủ.\n\n"
        "Cuộc họp diễn ra trực tiếp tại trụ sở Chính phủ và trực tuyến tới các địa phương.",
        True,
    ),
    # a standfirst above the header, or a paragraph further on, does not: readers of real
    # reports take the header's report alone
    (
        "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới các tỉnh.\n\n"
        "Sáng 7/2/2026, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết.",
        False,
    ),
    (
        "Sáng 7/2/2026, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết.\n\n"
        "Tổng Bí thư phát biểu khai mạc.\n\n"
        "Điểm cầu chính hội nghị tại Hà Nội, kết nối đến các tỉnh ủy.",
        False,
    ),
    # a paragraph about another event says nothing of the meeting
    (
        "Sáng 7/2/2026, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết.\n\n"
        "Lễ phát động được truyền trực tuyến tới các tỉnh.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "online"), ONLINE_REPORT)
def test_the_header_s_report_alone_says_the_meeting_is_online(text: str, online: bool) -> None:
    [mention] = find_meetings(text)
    assert mention.value.online is online


def test_the_next_paragraph_of_the_report_gives_its_bridge_points() -> None:
    text = (
        "Sáng 25/2/2026, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 80.\n\n"
        "Đây là một Hội nghị quan trọng, được tổ chức trực tiếp tại Hội trường Diên Hồng, kết "
        "hợp trực tuyến tới 27.284 điểm cầu trong cả nước."
    )
    [mention] = find_meetings(text)
    assert (mention.value.online, mention.value.bridge_points) == (True, 27284)
    assert parse_meeting(str(mention.value)) == mention.value


NAMELESS_CHAIRS = [
    # without its day, a session named for its month reviews nothing
    ("Tin.\n\nThủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 3/2023.", None, []),
    (
        "Sáng 2/4/2023, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 3.",
        D(2023, 4, 2),
        ["2023-03"],
    ),
    ("Chiều 5/6/2024, Tổng Bí thư chủ trì họp Bộ Chính trị.", D(2024, 6, 5), []),
    # after a dated lead, any office of the vocabulary named without its holder
    (
        "Sáng ngày 14 tháng 3 năm 2022, Phó Chủ tịch Hội đồng nhân dân huyện chủ trì cuộc họp "
        "thường kỳ.",
        D(2022, 3, 14),
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "reviewed"), NAMELESS_CHAIRS)
def test_an_office_named_without_its_holder_chairs(
    text: str, date: D | None, reviewed: list[str]
) -> None:
    [mention] = find_meetings(text)
    meeting = mention.value
    assert (meeting.date, codes(meeting.reviewed), meeting.organizers, meeting.chairs) == (
        date,
        reviewed,
        (),
        (),
    )


def test_an_office_without_its_holder_chairs_only_after_a_dated_lead() -> None:
    assert find_meetings("Tin.\n\nPhó Chủ tịch HĐND huyện chủ trì cuộc họp thường kỳ.") == []


def test_a_parenthesis_and_a_place_after_the_chairs() -> None:
    text = (
        "Sáng 4/8/2021, dưới sự chủ trì của đồng chí Lê Văn Hòa, Chủ tịch UBND tỉnh, Trưởng "
        "Ban Chỉ đạo phòng, chống dịch tỉnh (gọi tắt là BCĐ) tại điểm cầu UBND tỉnh, hội nghị "
        "trực tuyến về phòng, chống dịch được tổ chức với 9 điểm cầu."
    )
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.online, mention.value.bridge_points) == (
        D(2021, 8, 4),
        True,
        9,
    )
    assert [chair.name for chair in mention.value.chairs] == ["Lê Văn Hòa"]


CLOSED_AND_MET = [
    # a body closes its session
    (
        "Chiều 27-9-2024, Ủy ban Thường vụ Quốc hội đã kết thúc phiên họp thứ 38.",
        D(2024, 9, 27),
        ("Ủy ban Thường vụ Quốc hội",),
    ),
    # a congress as the subject of "họp", with its days
    (
        "Đại hội Công đoàn tỉnh lần thứ XV họp từ ngày 10 đến 12/8/2023 tại Hội trường tỉnh.",
        D(2023, 8, 10),
        (),
    ),
]


@pytest.mark.parametrize(("text", "date", "organizers"), CLOSED_AND_MET)
def test_a_session_closed_or_a_congress_that_meets(
    text: str, date: D, organizers: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers) == (date, organizers)


def test_closing_a_meeting_as_an_introduction_is_no_header() -> None:
    text = "Kết thúc hội nghị, đồng chí Nguyễn Văn An phát biểu."
    assert find_meetings(text) == []


EMULATION_CLUSTERS = [
    (
        "Chiều 25/10/2024, Cụm thi đua 2 UBND TPHCM gồm các quận: 4, 8, Bình Thạnh, đã tổ chức "
        "Hội nghị chuyên đề quý III năm 2024.",
        ("Cụm thi đua 2 Ủy ban nhân dân Thành phố Hồ Chí Minh",),
    ),
    (
        "Ngày 21/8/2024, Cụm thi đua 4 (gồm Quận ủy 2, 6, 9) tổ chức Hội nghị chuyên đề.",
        ("Cụm thi đua 4",),
    ),
    (
        "Chiều 3/8/2023, Cụm thi đua Mặt trận các tỉnh miền núi gồm: Lào Cai, Yên Bái, Hà "
        "Giang tổ chức hội nghị sơ kết.",
        ("Cụm thi đua Mặt trận các tỉnh miền núi",),
    ),
    (
        "Chiều 23/3/2023, Khối thi đua các cơ quan Đảng đã tổ chức hội nghị ký kết giao ước.",
        ("Khối thi đua các cơ quan Đảng",),
    ),
    # a body named in full after a Party organisation, a comma inside its name
    (
        "Chiều 24/7/2025, Đảng bộ Báo và phát thanh, truyền hình Phú Thọ tổ chức Đại hội đại "
        "biểu lần thứ I.",
        ("Đảng bộ Báo và phát thanh, truyền hình Phú Thọ",),
    ),
    # the member that leads it, in parentheses
    (
        "Sáng ngày 12/01/2023, Khối thi đua Tài chính tỉnh (do Kho bạc Nhà nước tỉnh làm Trưởng "
        "khối) đã tổ chức Hội nghị tổng kết công tác thi đua năm 2022.",
        ("Khối thi đua Tài chính tỉnh",),
    ),
    # ... or not, the leader's titles written out, up to "làm Trưởng Đoàn"
    (
        "Chiều 5/6/2024, Đoàn kiểm tra số 12 của Ban Bí thư do đồng chí Lê Văn Tâm, Ủy viên "
        "Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương làm Trưởng Đoàn chủ trì hội nghị.",
        ("Đoàn kiểm tra số 12 của Ban Bí thư",),
    ),
]


@pytest.mark.parametrize(("text", "organizers"), EMULATION_CLUSTERS)
def test_emulation_clusters_and_their_members(text: str, organizers: tuple[str, ...]) -> None:
    [mention] = find_meetings(text)
    assert mention.value.organizers == organizers


INTRODUCED_AND_TERMED = [
    # "Trên cơ sở …": what the meeting rests on, before the lead
    (
        "Trên cơ sở chuẩn y của Ban Bí thư, ngày 9/11/2020, Thường trực Tỉnh ủy đã họp.",
        D(2020, 11, 9),
        ("Thường trực Tỉnh ủy",),
    ),
    # a purpose clause before the lead
    (
        "Để chuẩn bị cho Đại hội, sáng 5/4/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị.",
        D(2024, 4, 5),
        ("Ban Thường vụ Huyện ủy",),
    ),
    # a comma written before the closing quote ends the quoted motto's clause
    (
        "Sau 3 ngày làm việc với phương châm “Đoàn kết - Đổi mới,” chiều 15/10/2020, Đại hội "
        "đại biểu Đảng bộ tỉnh lần thứ XIX đã bế mạc.",
        D(2020, 10, 15),
        (),
    ),
    # "Qua …" opens an introduction, not the relative day "qua" (yesterday)
    (
        "Qua 3 ngày làm việc khẩn trương (ngày 9, 10 và 11/10/2025), chiều 11/10, Đại hội "
        "đại biểu Đảng bộ tỉnh lần thứ I đã bế mạc.",
        D(2025, 10, 11),
        (),
    ),
    # the organiser's term in parentheses
    (
        "Ngày 18/12/2023, HĐND huyện khóa VIII (nhiệm kỳ 2021-2026) đã tổ chức Kỳ họp thứ 15.",
        D(2023, 12, 18),
        ("Hội đồng nhân dân huyện",),
    ),
]


@pytest.mark.parametrize(("text", "date", "organizers"), INTRODUCED_AND_TERMED)
def test_a_purpose_clause_and_a_term_in_parentheses(
    text: str, date: D, organizers: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers) == (date, organizers)


def test_a_purpose_clause_about_a_meeting_is_no_header() -> None:
    assert find_meetings("Để tổ chức tốt Hội nghị, Tỉnh ủy đã ban hành kế hoạch.") == []


COMING_AND_LEADING = [
    # a coming meeting's days, "sắp tới" after them
    (
        "Tin.\n\nNgày 7-9/3/2027 sắp tới, Hội Liên hiệp Phụ nữ tỉnh tổ chức Đại hội đại biểu "
        "phụ nữ tỉnh lần thứ XV.",
        D(2027, 3, 7),
        ("Hội Liên hiệp Phụ nữ tỉnh",),
    ),
    # the place between the verb and the days
    (
        "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XII sẽ diễn ra tại Hội trường tỉnh "
        "từ ngày 10/9/2027 đến ngày 12/9/2027.",
        D(2027, 9, 10),
        (),
    ),
    # an organ that takes the lead in organising
    (
        "Sáng 3/3/2021, Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức Hội nghị báo cáo viên.",
        D(2021, 3, 3),
        ("Ban Tuyên giáo Tỉnh ủy",),
    ),
]


@pytest.mark.parametrize(("text", "date", "organizers"), COMING_AND_LEADING)
def test_coming_days_a_place_before_them_and_a_leading_organiser(
    text: str, date: D, organizers: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers) == (date, organizers)


def test_the_term_after_an_organiser_s_name_is_left_out_of_it() -> None:
    text = "Sáng 3/5/2018, Hội đồng Dân tộc của Quốc hội khóa XIV tổ chức Hội nghị chuyên đề."
    [mention] = find_meetings(text)
    assert mention.value.organizers == ("Hội đồng Dân tộc của Quốc hội",)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 20/5/2024, Quốc hội khóa XV nước Cộng hòa xã hội chủ nghĩa Việt Nam khai mạc Kỳ "
        "họp thứ 7.",
        "Ngày 20/5/2024, Quốc hội nước CHXHCN Việt Nam khóa XV khai mạc Kỳ họp thứ 7.",
    ],
)
def test_the_state_an_organiser_is_of(text: str) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers) == (D(2024, 5, 20), ("Quốc hội",))


def test_an_earlier_meeting_reported_after_another_is_a_header() -> None:
    text = (
        "Sáng 6/1/2024, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác năm.\n"
        "Trước đó, chiều 5/1/2024, phiên trù bị của Hội nghị đã diễn ra."
    )
    found = find_meetings(text)
    assert [mention.value.date for mention in found] == [D(2024, 1, 6), D(2024, 1, 5)]


def test_an_hour_of_the_day_reported_leads_a_header_on_that_day() -> None:
    text = (
        "Sáng 21/10/2024, Quốc hội khóa XV khai mạc Kỳ họp thứ 8.\n"
        "8 giờ 00, Quốc hội họp phiên trù bị.\n"
        "Đúng 9 giờ, Quốc hội họp phiên khai mạc."
    )
    found = find_meetings(text)
    assert [mention.value.date for mention in found] == [D(2024, 10, 21)] * 3
    assert [mention.text[:6] for mention in found] == ["Sáng 2", "8 giờ ", "Đúng 9"]


@pytest.mark.parametrize(
    ("hour", "day_part"),
    [("Đúng 8 giờ sáng", DayPart.MORNING), ("Vào 08 giờ 00 phút", None), ("Từ 9h40", None)],
)
def test_an_hour_with_its_day_part_or_minutes_leads_a_header(
    hour: str, day_part: DayPart | None
) -> None:
    text = f"Sáng 21/10/2024, Quốc hội khai mạc Kỳ họp thứ 8.\n{hour}, Quốc hội họp phiên toàn thể."
    _, second = find_meetings(text)
    assert (second.value.date, second.value.day_part) == (D(2024, 10, 21), day_part)


MORE_SHAPES = [
    # a body meets for its numbered sitting, on the days after it
    (
        "Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 5 từ ngày 14 đến ngày 16/3/2022 tại Hà Nội.",
        D(2022, 3, 14),
        None,
        ("Ủy ban Kiểm tra Trung ương",),
    ),
    # a numbered session or sitting held on the days written after its number
    (
        "HĐND tỉnh khóa X tổ chức kỳ họp thứ 7 từ ngày 5/12 đến ngày 8/12/2018 để xem xét "
        "nhiều nội dung.",
        D(2018, 12, 5),
        None,
        ("Hội đồng nhân dân tỉnh",),
    ),
    (
        "Ủy ban Thường vụ Quốc hội tổ chức phiên họp thứ 38 từ ngày 9 - 11/10/2024 tại Hà Nội.",
        D(2024, 10, 9),
        None,
        ("Ủy ban Thường vụ Quốc hội",),
    ),
    # a colon between the organising verb and the meeting's quoted name
    (
        "Sáng ngày 24/6/2022, tại Hà Nội, Đảng bộ Viện Hàn lâm tổ chức: “Hội nghị Ban Chấp hành "
        "Đảng bộ lần thứ chín”.",
        D(2022, 6, 24),
        DayPart.MORNING,
        ("Đảng bộ Viện Hàn lâm",),
    ),
    # days in parentheses and no comma before the organiser
    (
        "Trong 2 ngày (27, 28/8/2020) Đảng bộ Bộ Tài chính tổ chức Đại hội đại biểu lần thứ VII.",
        D(2020, 8, 27),
        None,
        ("Đảng bộ Bộ Tài chính",),
    ),
    # several meetings held at once
    (
        "Hôm nay (12/6/2020), Ban Bí thư tổ chức các hội nghị trực tuyến toàn quốc.",
        D(2020, 6, 12),
        None,
        ("Ban Bí thư",),
    ),
    # a place the chair speaks from, after the lead
    (
        "Sáng 23/11/2024 từ Nam Phi, Thủ tướng đã chủ trì cuộc họp trực tuyến với các bộ.",
        D(2024, 11, 23),
        DayPart.MORNING,
        (),
    ),
    # a future session opened in the passive
    (
        "Tin.\n\nĐại hội đại biểu các dân tộc thiểu số tỉnh lần thứ IV sẽ được khai mạc vào 8h "
        "ngày 4/11/2024 tại Hội trường tỉnh.",
        D(2024, 11, 4),
        None,
        (),
    ),
    # "trọng thể" between the verb and its day
    (
        "Với chủ đề “Đoàn kết - Đổi mới”, Đại hội đại biểu Mặt trận Tổ quốc tỉnh lần thứ X đã "
        "khai mạc trọng thể sáng 17/10/2024 tại Hội trường tỉnh.",
        D(2024, 10, 17),
        DayPart.MORNING,
        (),
    ),
    # the two days it lasts, each with its month
    (
        "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X diễn ra trong 2 ngày (2/8 và 3/8/2024).",
        D(2024, 8, 2),
        None,
        (),
    ),
]


@pytest.mark.parametrize(("text", "date", "day_part", "organizers"), MORE_SHAPES)
def test_more_shapes_of_real_headers(
    text: str, date: D, day_part: DayPart | None, organizers: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    meeting = mention.value
    assert (meeting.date, meeting.day_part, meeting.organizers) == (date, day_part, organizers)


def test_a_connective_before_a_relative_lead() -> None:
    text = (
        "Sáng nay (26/9/2020), Đại hội đại biểu Đảng bộ tỉnh khai mạc.\n\n"
        "Cũng trong sáng nay, Đại hội đã thông qua Nghị quyết và bế mạc."
    )
    found = find_meetings(text, reference_date=D(2020, 9, 26))
    assert [(m.value.date, m.value.day_part) for m in found] == [
        (D(2020, 9, 26), DayPart.MORNING),
        (D(2020, 9, 26), DayPart.MORNING),
    ]


def test_a_list_of_teasers_lends_no_year_from_one_line_to_another() -> None:
    teasers = (
        "Chiều 3-10, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh.\n"
        "Ngày 17/9/2020, UBND tỉnh ban hành Công văn số 8395/UBND-TH gửi các sở, ngành.\n"
        "Sáng 8/9, Bí thư Tỉnh ủy Bùi Văn Cường đã chủ trì Hội nghị cán bộ chủ chốt của tỉnh."
    )
    assert [mention.value.date for mention in find_meetings(teasers)] == [None, None]
    # one report (too few lines for a list): the full date of a later line completes it
    report = (
        "Chiều 3-10, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh.\n"
        "Ngày 17/9/2020, UBND tỉnh ban hành Công văn số 8395/UBND-TH gửi các sở, ngành."
    )
    assert [mention.value.date for mention in find_meetings(report)] == [D(2020, 10, 3)]


def test_late_dates_are_found_where_a_plain_search_finds_them() -> None:
    # The late date is tried only after its first words: the same matches as a search.
    from vn_party_docs._text.normalize import NormalizedText
    from vn_party_docs.meetings import _late_date, _late_date_pattern

    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    texts += ["Hội nghị diễn ra sáng 28-6; Kỳ họp họp ngày 5/4/2021.", "Đoàn tổ chức ngày 5-4"]
    lines = [line for text in texts for line in NormalizedText(text).lower.split("\n")]
    for line in lines:
        plain = _late_date_pattern().search(line, 0, len(line))
        anchored = _late_date(line, 0, len(line))
        assert (anchored and anchored.span()) == (plain and plain.span()), line
    assert any(_late_date(line, 0, len(line)) for line in lines)


DAYS_QUOTES_AND_STANDING_BOARDS = [
    # the days a meeting lasts, their count with a leading zero, "từ ngày" after them
    (
        "Trong 02 ngày từ ngày 14 – 15/5/2020, Đảng bộ xã Tân Lập đã tổ chức Đại hội lần thứ X.",
        D(2020, 5, 14),
        None,
        ("Đảng bộ xã Tân Lập",),
    ),
    (
        "Đại hội Hội Nông dân tỉnh lần thứ IX được tổ chức trong 3 ngày từ 14-16/5/2024 tại "
        "Hội trường tỉnh.",
        D(2024, 5, 14),
        None,
        (),
    ),
    # the day part of the first day after "từ"
    (
        "Đại hội Công đoàn tỉnh lần thứ 11 sẽ diễn ra từ chiều nay 21/9 đến 23/9/2023.",
        D(2023, 9, 21),
        DayPart.AFTERNOON,
        (),
    ),
    # a body that chairs a meeting holds it
    (
        "Trong 2 ngày 14 - 15/5/2021, Ban Bí thư chủ trì hội nghị toàn quốc quán triệt Nghị quyết.",
        D(2021, 5, 14),
        None,
        ("Ban Bí thư",),
    ),
    # the meeting's name in quotation marks
    (
        "Sáng 14/5/2021 Đảng bộ Phường 3 tổ chức “Hội nghị tổng kết công tác năm 2020”.",
        D(2021, 5, 14),
        DayPart.MORNING,
        ("Đảng bộ phường 3",),
    ),
    # a standing board written in lower case, an abbreviation inside its organ's name
    (
        "Sáng ngày 14/5/2019, Ban thường trực Ủy ban Mặt trận Tổ quốc (UBMTTQ) Việt Nam tỉnh tổ "
        "chức Hội nghị hiệp thương.",
        D(2019, 5, 14),
        DayPart.MORNING,
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",),
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "day_part", "organizers"), DAYS_QUOTES_AND_STANDING_BOARDS
)
def test_days_quoted_names_and_standing_boards(
    text: str, date: D, day_part: DayPart | None, organizers: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    value = mention.value
    assert (value.date, value.day_part, value.organizers) == (date, day_part, organizers)


def test_a_person_chairing_is_no_organiser() -> None:
    [mention] = find_meetings(
        "Sáng 14/5/2021, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị."
    )
    assert (mention.value.organizers, len(mention.value.chairs)) == ((), 1)


PROGRAMMES_PLACES_AND_NOTICES = [
    # a body goes on with a session's programme
    (
        "Sáng 22/7/2021, Quốc hội tiếp tục chương trình làm việc của Kỳ họp thứ nhất.",
        D(2021, 7, 22),
        ("Quốc hội",),
        0,
    ),
    # a lead glued to a time stamp
    (
        "Tin.\n\n26/12/2023, 18:36Sáng 26-12, Đại hội Hội Nông dân tỉnh lần thứ VIII đã khai mạc.",
        D(2023, 12, 26),
        (),
        0,
    ),
    # ... and to a time stamp by a source's tag, "ngày" after the day part
    (
        "Tin.\n\nthứ sáu, 8/12/2023 09:10 GMT+07(PLM) - Sáng ngày 8/12, Kỳ họp thứ 14 HĐND "
        "thành phố khóa XVI khai mạc.",
        D(2023, 12, 8),
        (),
        0,
    ),
    # a lead glued to a title by a source's tag
    (
        "Chuẩn bị Đại hội lần thứ X (ĐCSVN) - Sáng 6/9/2024, Ủy ban Trung ương MTTQ Việt Nam tổ "
        "chức Hội nghị Đoàn Chủ tịch.",
        D(2024, 9, 6),
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",),
        0,
    ),
    # ... or by an agency's initials
    (
        "Bàn nhiệm vụ những tháng cuối năm ĐNO - Sáng 15/8/2025, HĐND phường An Hải tổ chức Kỳ "
        "họp thứ 2.",
        D(2025, 8, 15),
        ("Hội đồng nhân dân phường An Hải",),
        0,
    ),
    # the place before the lead
    (
        "Tại Hà Nội, sáng 5/4/2021, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng chủ trì "
        "Hội nghị Thường vụ Quân ủy Trung ương.",
        D(2021, 4, 5),
        (),
        1,
    ),
    # an introductory clause after the lead; the chair of the next sentence completes it
    (
        "Sáng 1/7/2022, thực hiện chỉ đạo của Bộ Chính trị, Hội nghị tổng kết Nghị quyết số "
        "10-NQ/TW được tổ chức tại tỉnh Đắk Lắk. Thủ tướng Chính phủ Phạm Minh Chính chủ trì "
        "Hội nghị.",
        D(2022, 7, 1),
        (),
        1,
    ),
    # an hour on the day of the previous header
    (
        "Sáng 30/1/2026, Đại hội XIV của Đảng khai mạc.\n\n14h cùng ngày, Ban Chấp hành Trung "
        "ương khóa XIV họp phiên thứ nhất.",
        D(2026, 1, 30),
        ("Ban Chấp hành Trung ương",),
        0,
    ),
    # reported speech up to a colon
    (
        "Đồng chí Lê Hồng Minh, Phó Chủ tịch Hội Nông dân Việt Nam cho biết: Đại hội Hội Nông "
        "dân Việt Nam lần thứ V sẽ diễn ra trong 3 ngày từ ngày 22 đến 24/12/2013.",
        D(2013, 12, 22),
        (),
        0,
    ),
    # what a notice reports, over a list of days
    (
        "Ngày 22-3-2021, Ủy ban đã ra thông báo. Theo đó, trong các ngày 18, 19 và 22-3-2021, "
        "Ủy ban Kiểm tra Trung ương đã họp kỳ thứ hai.",
        D(2021, 3, 18),
        ("Ủy ban Kiểm tra Trung ương",),
        0,
    ),
]


@pytest.mark.parametrize(("text", "date", "organizers", "chairs"), PROGRAMMES_PLACES_AND_NOTICES)
def test_programmes_places_before_leads_and_notices(
    text: str, date: D, organizers: tuple[str, ...], chairs: int
) -> None:
    value = find_meetings(text)[-1].value
    assert (value.date, value.organizers, len(value.chairs)) == (date, organizers, chairs)


def test_a_speech_at_a_meeting_after_an_agency_is_no_header() -> None:
    text = (
        "(BKTO) - Phát biểu chỉ đạo tại Hội nghị giao ban toàn Ngành tháng 3/2024 diễn ra sáng "
        "6/3, Tổng Kiểm toán nhà nước Ngô Văn Tuấn yêu cầu toàn Ngành tập trung."
    )
    assert find_meetings(text) == []


def test_the_chair_of_the_next_sentence_is_no_second_header() -> None:
    text = next(row[0] for row in PROGRAMMES_PLACES_AND_NOTICES if "Phạm Minh Chính" in row[0])
    assert [str(chair.name) for chair in find_meetings(text)[0].value.chairs] == ["Phạm Minh Chính"]
    assert len(find_meetings(text)) == 1


@pytest.mark.parametrize(
    ("text", "organizers"),
    [
        # a place that opens with "Bà" inside a company's name, no person addressed
        (
            "Ngày 30/7/2020, Đảng bộ Công ty Cao su Bà Rịa đã tổ chức Đại hội lần thứ VI.",
            ("Đảng bộ Công ty Cao su Bà Rịa",),
        ),
        # ... but "bà" before a family name addresses a person, who organises nothing
        (
            "Sáng 3/4/2024, Tạp chí Tuyên giáo, bà Nguyễn Thị Hoa chủ trì hội nghị.",
            None,
        ),
    ],
)
def test_an_address_word_in_an_organisers_name(
    text: str, organizers: tuple[str, ...] | None
) -> None:
    found = find_meetings(text)
    assert [m.value.organizers for m in found] == ([organizers] if organizers else [])


@pytest.mark.parametrize(
    ("text", "organizers"),
    [
        (
            "Sáng 14/5/2020, Đảng bộ xã Tân Lập, huyện Đình Lập đã tổ chức Đại hội lần thứ X.",
            ("Đảng bộ xã Tân Lập",),
        ),
        (
            "Sáng 14/5/2020, HĐND xã Tân Lập,  huyện Đình Lập tổ chức kỳ họp.",
            ("Hội đồng nhân dân xã Tân Lập",),
        ),
        (
            "Sáng 14/5/2020, Huyện ủy Tân Lập, tỉnh Lạng Sơn tổ chức hội nghị.",
            ("Huyện ủy Tân Lập",),
        ),
        # ... and the place above the place
        (
            "Sáng 14/5/2020, Đảng bộ xã Tân Lập, huyện Đình Lập, tỉnh Lạng Sơn khai mạc Đại hội.",
            ("Đảng bộ xã Tân Lập",),
        ),
        # a province without its level word ("TP.HCM", "Hà Nội")
        (
            "Sáng 5/3/2025, Đảng ủy phường Sài Gòn, TP.HCM tổ chức Hội nghị sơ kết.",
            ("Đảng ủy phường Sài Gòn",),
        ),
        (
            "Sáng 5/3/2025, Đảng ủy phường Ba Đình, Hà Nội tổ chức Hội nghị.",
            ("Đảng ủy phường Ba Đình",),
        ),
        # a centrally run city written with its level word ranks with a province
        (
            "Từ ngày 2 - 4/8/2020, Đảng bộ huyện An Lão, TP Hải Phòng đã tổ chức Đại hội.",
            ("Đảng bộ huyện An Lão",),
        ),
        (
            "Sáng 5/8/2020, Đảng bộ quận Cẩm Lệ, thành phố Đà Nẵng tổ chức Đại hội.",
            ("Đảng bộ quận Cẩm Lệ",),
        ),
        # ... also before the organiser's term
        (
            "Ngày 29-3-2024, Ban Chấp hành Đảng bộ quận Tân Bình, TPHCM khóa XII tổ chức hội nghị.",
            ("Ban Chấp hành Đảng bộ quận Tân Bình",),
        ),
        # ... or a spaced dash
        (
            "Sáng ngày 5/4/2010, Đảng bộ xã Tân Sơn – huyện Đô Lương đã tổ chức Đại hội.",
            ("Đảng bộ xã Tân Sơn",),
        ),
        # another organiser after the comma is no place
        (
            "Sáng 14/5/2020, Huyện ủy Tân Lập, UBND huyện Tân Lập tổ chức hội nghị.",
            ("Huyện ủy Tân Lập", "Ủy ban nhân dân huyện Tân Lập"),
        ),
    ],
)
def test_a_higher_place_set_after_an_organiser_is_read_over(
    text: str, organizers: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    assert mention.value.organizers == organizers


def test_a_place_opening_the_sentence_before_a_recent_report() -> None:
    text = (
        "Tin.\n\nTheo phóng viên.\n\n(VOV5) - Tại Hà Nội, Hội đồng Công tác quần chúng Trung "
        "ương vừa tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2020."
    )
    [mention] = find_meetings(text)
    assert mention.value.organizers == ("Hội đồng Công tác quần chúng Trung ương",)
    assert mention.text.startswith("Tại Hà Nội, ")


def test_a_meeting_as_the_place_of_a_recent_act_is_no_header() -> None:
    text = "Tin.\n\nTheo phóng viên.\n\nTại Kỳ họp thứ 9, HĐND tỉnh vừa thông qua 20 nghị quyết."
    assert find_meetings(text) == []


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        (
            "Hội nghị do đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, chủ trì. Cùng dự có lãnh đạo.",
            ["Nguyễn Văn An, Bí thư Tỉnh ủy"],
        ),
        # a rank before the official, two chairs
        (
            "Hội nghị do đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an và đồng chí Lê Văn "
            "Bình, Chủ tịch UBND tỉnh đồng chủ trì.",
            ["Lương Tam Quang, Bộ trưởng Bộ Công an", "Lê Văn Bình, Chủ tịch Ủy ban nhân dân tỉnh"],
        ),
    ],
)
def test_a_meeting_chaired_by_officials_in_the_passive(text: str, chairs: list[str]) -> None:
    [mention] = find_meetings(text)
    assert [str(chair) for chair in mention.value.chairs] == chairs
    assert mention.value.organizers == ()


def test_the_chairs_named_after_the_meeting_they_chair() -> None:
    # at the top, without a day: no header (it follows the report of its meeting)
    text = (
        "Chủ trì Hội nghị có các đồng chí: Cù Ngọc Cường, Bí thư Thành ủy; Hoàng Hà Bắc, Chủ "
        "tịch UBND thành phố."
    )
    assert find_meetings(text) == []
    # after a dated lead: the chairs of its header
    [mention] = find_meetings("Sáng 5/4/2021, Thành ủy tổ chức Hội nghị tổng kết. " + text)
    assert [str(chair.name) for chair in mention.value.chairs] == ["Cù Ngọc Cường", "Hoàng Hà Bắc"]


def test_an_official_who_attends_and_directs_after_a_dated_lead_reports_the_meeting() -> None:
    # the meeting is held that day; the official directs it and chairs nothing
    text = (
        "Ngày 12/8/2021, tại Hà Nội, ông Phạm Văn Lâm, Ủy viên Bộ Chính trị, Trưởng Ban Kinh "
        "tế Trung ương tham dự và chỉ đạo Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 9."
    )
    [mention] = find_meetings(text)
    meeting = mention.value
    assert meeting.date == datetime.date(2021, 8, 12)
    assert meeting.name == "Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 9"
    assert (meeting.organizers, meeting.chairs) == ((), ())
    [mention] = find_meetings(
        "Sáng 5/1/2024, Tổng Bí thư Nguyễn Phú Trọng dự và chỉ đạo Hội nghị toàn quốc."
    )
    assert (mention.value.name, mention.value.chairs) == ("Hội nghị toàn quốc", ())


def test_the_chair_after_an_official_who_attends_is_the_header() -> None:
    text = (
        "Chiều 24/12/2023, Chủ tịch nước Võ Văn Thưởng dự và chỉ đạo Hội nghị toàn quốc triển "
        "khai công tác Tòa án năm 2024. Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình chủ "
        "trì hội nghị."
    )
    [mention] = find_meetings(text)
    meeting = mention.value
    assert mention.text.startswith("Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình")
    assert (meeting.date, meeting.day_part) == (datetime.date(2023, 12, 24), DayPart.AFTERNOON)
    assert meeting.name == "Hội nghị toàn quốc"
    assert [chair.name for chair in meeting.chairs] == ["Nguyễn Hòa Bình"]
    assert [str(period) for period in meeting.planned] == ["năm 2024"]


def test_the_chair_after_a_lead_that_holds_no_meeting_is_the_header() -> None:
    text = (
        "Sáng 8/10/2024, Liên đoàn Lao động tỉnh tổ chức thẩm định văn kiện Đại hội Công đoàn "
        "huyện Yên Sơn. Đồng chí Lê Thị Hoa, Chủ tịch Liên đoàn Lao động tỉnh chủ trì hội nghị."
    )
    [mention] = find_meetings(text)
    meeting = mention.value
    assert mention.text.startswith("Đồng chí Lê Thị Hoa")
    assert (meeting.date, meeting.day_part) == (datetime.date(2024, 10, 8), DayPart.MORNING)
    assert (meeting.name, meeting.organizers) == ("hội nghị", ())
    assert [chair.name for chair in meeting.chairs] == ["Lê Thị Hoa"]


@pytest.mark.parametrize(
    "text",
    [
        # who directs a sitting ("điều hành") of a meeting reported before
        "Sáng cùng ngày, các đại biểu thảo luận tại hội trường. Đồng chí Lê Văn An, Bí thư "
        "Tỉnh ủy điều hành phiên họp.",
    ],
)
def test_a_chair_after_a_lead_of_something_else_is_no_header(text: str) -> None:
    assert find_meetings(text) == []


@pytest.mark.parametrize(
    ("text", "date", "organizers"),
    [
        (
            "Vừa qua, ngày 10/5/2022, Đoàn xã Đông Thắng long trọng tổ chức Đại hội.",
            datetime.date(2022, 5, 10),
            ("Đoàn xã Đông Thắng",),
        ),
        ("Vừa qua, Huyện ủy tổ chức Đại hội.", None, ("Huyện ủy",)),
        (
            "Mới đây, sáng 10/5/2022, Huyện ủy tổ chức hội nghị.",
            datetime.date(2022, 5, 10),
            ("Huyện ủy",),
        ),
    ],
)
def test_a_recent_report_that_names_its_day(
    text: str, date: datetime.date | None, organizers: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers) == (date, organizers)


def test_a_happening_verb_after_a_further_piece_of_the_place() -> None:
    text = "Sáng ngày 16/4/2024, tại điểm cầu Diên Hồng, tòa nhà Quốc hội diễn ra hội nghị."
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.online) == (datetime.date(2024, 4, 16), True)


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        # a place whose own name holds a comma, the verb right after it
        (
            "Chiều 12/6/2025, tại Học viện Chính sách, phát triển nông thôn đã diễn ra phiên "
            "trù bị Đại hội Đảng bộ Học viện lần thứ nhất.",
            datetime.date(2025, 6, 12),
            "phiên trù bị Đại hội Đảng bộ Học viện lần thứ nhất",
        ),
        # a speaker before the verb that opens the meeting, after the place
        (
            "Sáng 2/3/2026, tại Trụ sở Tỉnh ủy, Bí thư Tỉnh ủy Nguyễn Văn An đã phát biểu khai "
            "mạc Hội nghị lần thứ 13 Ban Chấp hành Đảng bộ tỉnh.",
            datetime.date(2026, 3, 2),
            "Hội nghị lần thứ 13 Ban Chấp hành Đảng bộ tỉnh",
        ),
    ],
)
def test_a_happening_verb_after_a_piece_of_the_place_that_is_no_place(
    text: str, date: datetime.date, name: str
) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.name) == (date, name)


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # "MTTQ" alone is "Mặt trận Tổ quốc", at every level
        (
            "Ngày 4/2/2021, Uỷ ban MTTQ huyện Đình Lập tổ chức hội nghị hiệp thương.",
            "Ủy ban Mặt trận Tổ quốc huyện Đình Lập",
        ),
        ("Ngày 4/2/2021, UBMTTQ xã tổ chức hội nghị hiệp thương.", "Ủy ban Mặt trận Tổ quốc xã"),
        (
            "Sáng 5/4/2024, UBMTTQVN xã tổ chức hội nghị hiệp thương.",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        ),
        (
            "Sáng 5/4/2024, Ban thường trực UBMTTQVN huyện tổ chức hội nghị.",
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
        ),
    ],
)
def test_the_front_committee_written_ubmttqvn(text: str, organizer: str) -> None:
    [mention] = find_meetings(text)
    assert mention.value.organizers == (organizer,)


def test_an_agency_prefix_with_an_ampersand() -> None:
    text = "GD&TĐ - Từ ngày 03 đến 06/12/2019, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ 32."
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers) == (
        datetime.date(2019, 12, 3),
        ("Ủy ban Kiểm tra Trung ương",),
    )


def test_an_agency_and_the_place_it_reports_from_open_a_lead() -> None:
    text = "(Báo Đà Nẵng) - ĐÀ NẴNG - Ngày 12-3-2013, Quận ủy Hải Châu tổ chức Hội nghị."
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers) == (
        datetime.date(2013, 3, 12),
        ("Quận ủy Hải Châu",),
    )
    assert mention.text.startswith("Ngày 12-3-2013")


OPENED_OR_CLOSED_WITHOUT_A_DAY = [
    (
        "Kỳ họp thứ 9, Hội đồng nhân dân (HĐND) tỉnh Nam Định khoá XIX đã chính thức khai mạc. "
        "Các đại biểu thảo luận.",
        "Kỳ họp thứ 9, Hội đồng nhân dân (HĐND) tỉnh Nam Định khóa XIX",
    ),
    (
        "Sau 2,5 ngày làm việc khẩn trương, nghiêm túc, kỳ họp thứ 5 HĐND huyện khóa XX đã "
        "kết thúc. Kỳ họp thông qua 9 nghị quyết.",
        "kỳ họp thứ 5 HĐND huyện khóa XX",
    ),
    (
        "Sau một ngày làm việc, với tinh thần dân chủ, Kỳ họp thứ 12 - HĐND thị xã khóa IV đã "
        "hoàn thành toàn bộ nội dung, chương trình đề ra.",
        "Kỳ họp thứ 12 - HĐND thị xã khóa IV",
    ),
]


@pytest.mark.parametrize(("text", "name"), OPENED_OR_CLOSED_WITHOUT_A_DAY)
def test_a_named_session_that_opens_or_closes_at_the_top_without_a_day(
    text: str, name: str
) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers, mention.value.name) == (None, (), name)


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị đã kết thúc. Các đại biểu ra về.",  # the bare noun recalls a meeting
        "Kỳ họp thứ 9 HĐND tỉnh khóa XIX đã khai mạc",  # a title line: no full stop
        "Ông A phát biểu. Kỳ họp thứ 9 HĐND tỉnh khóa XIX đã bế mạc.",  # not a line's start
    ],
)
def test_a_session_opened_or_closed_without_a_day_is_read_only_as_a_report(text: str) -> None:
    assert find_meetings(text) == []


def test_a_lead_without_its_comma_before_a_lower_case_word_is_no_header() -> None:
    assert find_meetings("Chiều 25/7/2025 các chi bộ họp bàn công tác.") == []


def test_a_congress_closing_after_its_term_at_the_top_without_a_day() -> None:
    text = (
        "Sau thời gian làm việc khẩn trương, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ "
        "2020 - 2025 đã hoàn thành toàn bộ nội dung chương trình đề ra."
    )
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.name) == (
        None,
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII",
    )


def test_a_session_closing_without_a_day_far_down_the_text_sums_it_up() -> None:
    report = "Ông Lê Văn An, Chủ tịch HĐND huyện phát biểu ý kiến về các nội dung. " * 8
    text = report + "\n\nSau 2 ngày làm việc, kỳ họp thứ 5 HĐND huyện khóa XIX đã bế mạc."
    assert find_meetings(text) == []


#: Leads, introductions and organisers of real headers (held-out round 6).
LEADS_AND_ORGANISERS = [
    # an occasion before the lead; a day glued to "ngày"
    (
        "(TG)-Nhân kỷ niệm 98 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925-21/6/2023), "
        "ngày18/6/2023, Ban Tuyên giáo Trung ương tổ chức Hội nghị giao ban công tác báo chí.",
        D(2023, 6, 18),
        ("Ban Tuyên giáo Trung ương",),
    ),
    (
        "Chào mừng Đại hội Đảng bộ tỉnh lần thứ XV, ngày 5/6/2020, Tỉnh đoàn tổ chức hội nghị.",
        D(2020, 6, 5),
        ("Tỉnh Đoàn",),
    ),
    (
        "Hưởng ứng Tháng hành động, chiều 5/6/2020, Hội Nông dân tỉnh tổ chức Hội nghị.",
        D(2020, 6, 5),
        ("Hội Nông dân tỉnh",),
    ),
    # a Party organisation named by its province alone, its term after it (the city's
    # initials glued to its level: the city's committee, as its string reads back)
    (
        "Sáng 5/3/2024, Ban Chấp hành Đảng bộ TPHCM khóa XI, nhiệm kỳ 2020-2025 tổ chức Hội "
        "nghị lần thứ 25.",
        D(2024, 3, 5),
        ("Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh",),
    ),
    # a body named in full after its head, the city's initials glued to its level: the
    # listed organ of the city, as its string reads back
    (
        "Sáng 5/12/2024, Ủy ban MTTQ Việt Nam TPHCM tổ chức Hội nghị tổng kết.",
        D(2024, 12, 5),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh",),
    ),
    (  # ... and a name the vocabulary keeps as written
        "Ngày 4/1/2024, VKSND TPHCM tổ chức hội nghị triển khai công tác năm 2024.",
        D(2024, 1, 4),
        ("Viện Kiểm sát nhân dân thành phố Hồ Chí Minh",),
    ),
    (
        "Sáng 5/3/2024, Thường vụ QH họp phiên thứ 30.",
        D(2024, 3, 5),
        ("Ủy ban Thường vụ Quốc hội",),
    ),
    (
        "Sáng 5/1/2024, NHNN chi nhánh tỉnh Nghệ An tổ chức Hội nghị tổng kết.",
        D(2024, 1, 5),
        ("Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An",),
    ),
    # organisers joined by dashes
    (
        "Sáng 5/10/2020, Huyện ủy - HĐND - UBND - Ủy ban MTTQ huyện tổ chức hội nghị.",
        D(2020, 10, 5),
        (
            "Huyện ủy",
            "Hội đồng nhân dân huyện",
            "Ủy ban nhân dân huyện",
            "Ủy ban Mặt trận Tổ quốc huyện",
        ),
    ),
    # "họp báo cáo" is a meeting that reports ("họp báo" alone is a press conference)
    (
        "Sáng 5/3/2024, Ban Thường vụ Tỉnh ủy tổ chức cuộc họp báo cáo tình hình kinh tế.",
        D(2024, 3, 5),
        ("Ban Thường vụ Tỉnh ủy",),
    ),
    # a place opened by "Ở" before the lead
    (
        "Ở thị xã, ngày 17/5/2013, Ban Thường vụ Thị ủy tổ chức Hội nghị.",
        D(2013, 5, 17),
        ("Ban Thường vụ Thị ủy",),
    ),
    # an event's organising committee meets: its capital "Tổ chức" is no verb
    (
        "Sáng 5/10/2020, Ban Tổ chức Đại hội họp phiên thứ nhất.",
        D(2020, 10, 5),
        ("Ban Tổ chức Đại hội",),
    ),
    # a bloc's name with "và" is one organiser
    (
        "Sáng 5/3/2024, Công đoàn Khối Cơ quan và Doanh nghiệp tỉnh tổ chức Hội nghị.",
        D(2024, 3, 5),
        ("Công đoàn Khối Cơ quan và Doanh nghiệp tỉnh",),
    ),
    # a day part after a citation's symbol is the meeting's day
    (
        "Thực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy, sáng 5/4/2024, Ban Thường vụ Tỉnh ủy tổ "
        "chức hội nghị.",
        D(2024, 4, 5),
        ("Ban Thường vụ Tỉnh ủy",),
    ),
    # a circumstance before the lead
    (
        "Trước tình hình mưa lũ kéo dài, chiều 10/10/2024, Ban Chỉ huy phòng, chống thiên tai "
        "tỉnh họp khẩn.",
        D(2024, 10, 10),
        ("Ban Chỉ huy phòng, chống thiên tai tỉnh",),
    ),
    (
        "Trong bối cảnh còn nhiều khó khăn, sáng 5/1/2024, Huyện ủy tổ chức hội nghị tổng kết.",
        D(2024, 1, 5),
        ("Huyện ủy",),
    ),
    # the date of a document before the lead is still the document's
    (
        "Thực hiện Nghị định 30/2020/NĐ-CP ngày 5/3/2020, Văn phòng Tỉnh ủy tổ chức hội nghị.",
        None,
        ("Văn phòng Tỉnh ủy",),
    ),
    # a place of lower-case words before the lead
    (
        "Tại trụ sở Bộ Tư pháp, Hà Nội, sáng ngày 09 tháng 01 năm 2024, Đảng ủy Bộ Tư pháp đã "
        "tổ chức Hội nghị tổng kết.",
        D(2024, 1, 9),
        ("Đảng ủy Bộ Tư pháp",),
    ),
    # a lead with no comma before the meeting it happens to
    (
        "Chiều ngày 4/8/2024 đã diễn ra phiên họp thứ nhất Đại hội đại biểu Mặt trận Tổ quốc "
        "tỉnh lần thứ XVI.",
        D(2024, 8, 4),
        (),
    ),
    # the hour the meeting opens, "đúng" before it
    (
        "Vào đúng 8 giờ  ngày 20/7/2021, Quốc hội khóa XV họp phiên khai mạc Kỳ họp thứ nhất.",
        D(2021, 7, 20),
        ("Quốc hội",),
    ),
    (
        "Đúng 9h sáng 22/5/2018, Kỳ họp thứ 5, Quốc hội khóa XIV khai mạc tại Nhà Quốc hội.",
        D(2018, 5, 22),
        (),
    ),
    # two days, each with its day part
    (
        "Tiếp tục chương trình làm việc, chiều 16 và sáng 17.10.2020, Đại hội đại biểu Đảng bộ "
        "tỉnh lần thứ XVII đã tiến hành phiên thứ hai.",
        D(2020, 10, 16),
        (),
    ),
    # the opening ceremony of the meeting as the subject
    (
        "Sáng 30/12/2022, Lễ khai mạc Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam "
        "lần thứ VII diễn ra trọng thể tại Hà Nội.",
        D(2022, 12, 30),
        (),
    ),
    # "TP.HCM" after a Party organisation, and "trang trọng"
    (
        "Sáng 2.10.2019, Ban Chấp hành Đảng bộ TP.HCM nhiệm kỳ 2015 - 2020 tổ chức hội nghị lần "
        "thứ 32.",
        D(2019, 10, 2),
        ("Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh",),
    ),
    (
        "Ngày 5/10/2020, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã trang trọng tổ chức Hội nghị "
        "biểu dương.",
        D(2020, 10, 5),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội",),
    ),
    # commas inside a quoted theme before the lead break no clause
    (
        "Với chủ đề “Đoàn kết, dân chủ, kỷ cương, đổi mới, sáng tạo, phát triển, nâng cao năng "
        "lực lãnh đạo, sức chiến đấu, xây dựng Đảng bộ trong sạch, vững mạnh”, sáng 24/6/2020, "
        "Đảng bộ Sở Tư pháp đã tổ chức Đại hội đại biểu lần thứ V.",
        D(2020, 6, 24),
        ("Đảng bộ Sở Tư pháp",),
    ),
    # a short name in parentheses inside an open organiser is read over
    (
        "Ngày 19/7/2023, Ban Chỉ đạo Bảo vệ nền tảng tư tưởng của Đảng (gọi tắt là Ban Chỉ đạo "
        "35) của Đảng ủy Tập đoàn Dầu khí Việt Nam tổ chức hội nghị sơ kết.",
        D(2023, 7, 19),
        ("Ban Chỉ đạo Bảo vệ nền tảng tư tưởng của Đảng của Đảng ủy Tập đoàn Dầu khí Việt Nam",),
    ),
    # "phối hợp" before a lower-case topic is a word of an open body's name
    (
        "Chiều 26/3/2024, Ban Chỉ đạo điều hành phối hợp công tác Dân vận tỉnh tổ chức Hội "
        "nghị tổng kết.",
        D(2024, 3, 26),
        ("Ban Chỉ đạo điều hành phối hợp công tác Dân vận tỉnh",),
    ),
    # a short name in parentheses after the topic of a known organ, and an adverb
    (
        "Ngày 3/4/2024, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực "
        "(sau đây gọi tắt là Ban Chỉ đạo) đã tổ chức phiên họp thứ 25.",
        D(2024, 4, 3),
        ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",),
    ),
    # a passive organiser with its term ("được … khóa X tổ chức")
    (
        "Kỳ họp thứ 5 được HĐND tỉnh Bình Phước khóa X tổ chức trong 2 ngày 8-9/12/2022.",
        D(2022, 12, 8),
        ("Hội đồng nhân dân tỉnh Bình Phước",),
    ),
    # "TX." for "thị xã" inside an organiser's name
    (
        "Ngày 5-12-2022, HĐND TX. Ngã Năm khóa XII tổ chức kỳ họp thứ 8.",
        D(2022, 12, 5),
        ("Hội đồng nhân dân thị xã Ngã Năm",),
    ),
    # a report the paper gave before, and a committee's new term
    (
        "Như tin đã đưa, tối 17/10/2015, Ban Chấp hành Đảng bộ tỉnh Hà Nam khóa mới đã họp "
        "phiên thứ nhất.",
        D(2015, 10, 17),
        ("Ban Chấp hành Đảng bộ tỉnh Hà Nam",),
    ),
    # a drafting board, its name opening with "dự án" before the law's capital
    (
        "Sáng 9/6/2021, Ban soạn thảo dự án Luật Thanh niên (sửa đổi) tiến hành phiên họp "
        "lần thứ nhất.",
        D(2021, 6, 9),
        ("Ban soạn thảo dự án Luật Thanh niên",),
    ),
    # a bloc whose name lists its schools with a comma
    (
        "Trong 2 ngày 20 và 21 tháng 9 năm 2010, Đảng ủy Khối các trường Đại học, Cao đẳng và "
        "TCCN đã tổ chức Đại hội đại biểu lần thứ IV.",
        D(2010, 9, 20),
        ("Đảng ủy Khối các trường đại học, cao đẳng và TCCN",),
    ),
    # … and "(sau đây gọi là …)", "(viết tắt là …)" the same way
    (
        "Sáng 9/5/2023, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Nam Định (sau đây "
        "gọi là Ban Chỉ đạo) họp phiên thứ ba.",
        D(2023, 5, 9),
        ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Nam Định",),
    ),
    (
        "Chiều 2/10/2024, Ban Chỉ đạo cải cách hành chính tỉnh (viết tắt là BCĐ) tổ chức hội "
        "nghị sơ kết.",
        D(2024, 10, 2),
        ("Ban Chỉ đạo cải cách hành chính tỉnh",),
    ),
    # the working day a body holds before the meeting's name
    (
        "Chiều ngày 16/6/2019, Ủy ban MTTQ Việt Nam tỉnh Kiên Giang tổ chức ngày làm việc thứ "
        "nhất, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ X.",
        D(2019, 6, 16),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang",),
    ),
    # ... and the working day that takes place, no organiser named
    (
        "Ngày 14/10/2023, tại Hội trường tỉnh đã diễn ra ngày làm việc thứ hai Đại hội Hội Nông "
        "dân tỉnh Phú Yên lần thứ X.",
        D(2023, 10, 14),
        (),
    ),
]


@pytest.mark.parametrize(("text", "date", "organizers"), LEADS_AND_ORGANISERS)
def test_leads_introductions_and_organisers_of_real_headers(
    text: str, date: D | None, organizers: tuple[str, ...]
) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.organizers) == (date, organizers)
    assert parse_meeting(str(mention.value)) == mention.value


#: How a meeting is held, written between its verb and its noun.
MANNERS = [
    (
        "Sáng 13/5/2022, Ban Tuyên giáo Trung ương tổ chức trực tuyến Hội nghị báo cáo viên "
        "Trung ương.",
        "Hội nghị báo cáo viên Trung ương",
    ),
    (
        "Chiều 20/12/2023, Sở Nội vụ tổ chức trực tiếp kết hợp trực tuyến hội nghị tổng kết.",
        "hội nghị tổng kết",
    ),
]


@pytest.mark.parametrize(("text", "name"), MANNERS)
def test_a_meeting_held_online_written_before_its_noun(text: str, name: str) -> None:
    [mention] = find_meetings(text)
    assert (mention.value.name, mention.value.online) == (name, True)


SESSION_NAMES = [
    # the session a sitting belongs to is part of its name ("họp" alone ends a name)
    ("Sáng 20/11/2024, Quốc hội họp phiên bế mạc Kỳ họp thứ 8.", "phiên bế mạc Kỳ họp thứ 8"),
    (
        "Chiều 9/12/2023, HĐND huyện tổ chức phiên khai mạc kỳ họp thứ 14.",
        "phiên khai mạc kỳ họp thứ 14",
    ),
    # an ordinal in words goes on after "mười" and "mươi"
    (
        "Ngày 6/12/2018, Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ mười sáu.",
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ mười sáu",
    ),
    (
        "Ngày 6/12/2018, Huyện ủy tổ chức Hội nghị lần thứ hai mươi tám.",
        "Hội nghị lần thứ hai mươi tám",
    ),
    # what the session does ends its name: "bầu" (elects)
    (
        "Chiều 23/9/2015, Ban Chấp hành Đảng bộ tỉnh họp phiên thứ nhất bầu Ban Thường vụ.",
        "phiên thứ nhất",
    ),
    # a count of months after "Trung ương" is no plenum's number ("Trung ương 6")
    (
        "Sáng 14/6/2024, Hội nghị Đảng ủy Quân sự Trung ương 6 tháng đầu năm 2024 đã diễn ra.",
        "Hội nghị Đảng ủy Quân sự Trung ương",
    ),
    # a position in a year names the regular session (no period: the name keeps it)
    (
        "Sáng 9/7/2025, HĐND tỉnh khai mạc kỳ họp thường lệ giữa năm 2025.",
        "kỳ họp thường lệ giữa năm 2025",
    ),
    (
        "Chiều 10/12/2024, Kỳ họp thường lệ cuối năm 2024 HĐND tỉnh Lâm Sơn khai mạc.",
        "Kỳ họp thường lệ cuối năm 2024 HĐND tỉnh Lâm Sơn",
    ),
]


@pytest.mark.parametrize(("text", "name"), SESSION_NAMES)
def test_the_session_of_a_sitting_is_in_its_name(text: str, name: str) -> None:
    [mention] = find_meetings(text)
    assert mention.value.name == name
    assert parse_meeting(str(mention.value)) == mention.value


# -- a day between the organiser and its verb, in a later paragraph ---------------------------
_FIRST_REPORT = "Sáng 4/3/2021, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác quý I.\n\n"
INNER_DAYS: list[tuple[str, datetime.date | None]] = [
    ("Huyện ủy Tân Kỳ chiều nay cũng tổ chức hội nghị cán bộ chủ chốt.", None),
    ("Huyện ủy Tân Kỳ hôm qua đã tổ chức hội nghị cán bộ chủ chốt.", None),
    ("Huyện ủy Tân Kỳ ngày 5/3/2021 tổ chức hội nghị cán bộ chủ chốt.", datetime.date(2021, 3, 5)),
    ("Huyện ủy Tân Kỳ vừa qua tổ chức hội nghị cán bộ chủ chốt.", None),
    ("Huyện ủy Tân Kỳ mới đây tổ chức hội nghị cán bộ chủ chốt.", None),
]


@pytest.mark.parametrize(("second", "date"), INNER_DAYS, ids=[r[0][16:30] for r in INNER_DAYS])
def test_a_day_after_the_organiser_makes_a_later_paragraph_a_header(
    second: str, date: datetime.date | None
) -> None:
    first, later = find_meetings(_FIRST_REPORT + second)
    assert first.value.organizers == ("Tỉnh ủy Nghệ An",)
    assert (later.value.organizers, later.value.date) == (("Huyện ủy Tân Kỳ",), date)


def test_a_later_paragraph_without_a_day_is_no_header() -> None:
    text = _FIRST_REPORT + "Huyện ủy Tân Kỳ tổ chức hội nghị cán bộ chủ chốt."
    assert [m.value.organizers for m in find_meetings(text)] == [("Tỉnh ủy Nghệ An",)]


#: Pieces of report text around the words the chair, bridge-point and online patterns
#: read: whole phrases they match, their cues alone, and what stands between them.
_NEAR_PIECES = [
    "dưới sự chủ trì của", "dưới sự đồng điều hành của", "cùng chủ trì", "dự và đồng chủ trì",
    "chủ trì hội nghị tại điểm cầu trung ương có các đồng chí:", "chủ trì tại các điểm cầu",
    "điều hành phiên", "điều hành", "chủ trì", "gần 1.200 điểm cầu", "21 nghìn đầu cầu",
    "tổng số 63 điểm cầu cấp", "cầu truyền hình cho 08 điểm", "kết nối với gần 63 điểm",
    "điểm cầu của các 63 tỉnh", "hội nghị truyền hình", "công trực tuyến", "trực tuyến",
    "cầu", "5", " ", ", ", ".", "\n", "x",
]  # fmt: skip

#: Each near-search of the meetings module: its cue, its pattern and their reach.
_NEAR_SEARCHES = [
    (meetings_module._chair_cue, meetings_module._chair, meetings_module._CHAIR_REACH),
    (meetings_module._bridge_cue, meetings_module._bridge, meetings_module._BRIDGE_REACH),
    (meetings_module._linked_cue, meetings_module._linked_points, meetings_module._LINKED_REACH),
    (meetings_module._online_cue, meetings_module._online, meetings_module._ONLINE_REACH),
]


@given(st.lists(st.sampled_from(_NEAR_PIECES), max_size=30), st.integers(0, 40))
def test_a_search_near_its_cues_finds_what_a_search_of_every_position_finds(
    pieces: list[str], cut: int
) -> None:
    text = "".join(pieces)
    start, end = min(cut, len(text)), len(text) - min(cut // 2, len(text) // 2)
    for cue, pattern, reach in _NEAR_SEARCHES:
        near = finditer_near(cue(), pattern(), text, start, max(start, end), reach)
        every = pattern().finditer(text, start, max(start, end))
        assert [m.span() for m in near] == [m.span() for m in every], pattern().pattern[:30]


def test_a_year_inside_a_quoted_theme_neither_dates_nor_is_reviewed() -> None:
    text = (
        "Ngày 12.10, Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII (nhiệm kỳ 2020-2025) "
        "khai mạc với chủ đề: “Phấn đấu đưa tỉnh trở thành tỉnh phát triển khá vào năm 2030”."
    )
    [mention] = find_meetings(text)
    assert mention.value.date == datetime.date(2020, 10, 12)
    assert (mention.value.reviewed, mention.value.planned) == ((), ())


def test_a_day_part_of_two_words_with_two_spaces() -> None:
    text = "Chiều  tối qua (23/9/2015), Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI đã bế mạc."
    [mention] = find_meetings(text)
    assert (mention.value.date, mention.value.day_part) == (
        datetime.date(2015, 9, 23),
        DayPart.EVENING,
    )


def test_a_chair_named_by_an_open_body_alone_reads_back() -> None:
    # "Chủ nhiệm Ủy ban Nguyễn Thúy Anh": the head alone before the name; ``str()`` ends the
    # sentence of chairs with it
    [mention] = find_meetings(
        "Sáng 6/12/2021, Ủy ban Xã hội tổ chức Phiên họp toàn thể lần thứ 5. Chủ nhiệm Ủy ban "
        "Nguyễn Thúy Anh chủ trì phiên họp."
    )
    assert str(mention.value).endswith("Chủ nhiệm Ủy ban.")
    assert parse_meeting(str(mention.value)) == mention.value
