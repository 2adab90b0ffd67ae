"""``article_date`` reads the "Cập nhật" (updated) dateline of news sites in its common forms."""

from __future__ import annotations

import datetime

import pytest

from vn_party_docs.registry import article_date

BODY = "\nBan Thường vụ Tỉnh ủy họp phiên thường kỳ."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Cập nhật: 10:45 20/08/2024", (2024, 8, 20), id="time-then-date"),
        pytest.param("Cập nhật: 10:45, 20/08/2024", (2024, 8, 20), id="comma"),
        pytest.param("Cập nhật: 10:45 | 20/08/2024", (2024, 8, 20), id="bar"),
        pytest.param("Cập nhật: 08h05 3-1-2025", (2025, 1, 3), id="h-time-dashes"),
        pytest.param("Cập nhật: 9h 1/9/2023", (2023, 9, 1), id="hour-only"),
        pytest.param("Cập nhật lúc 16:20 ngày 14/06/2024", (2024, 6, 14), id="luc-ngay"),
        pytest.param("CẬP NHẬT: 10:45 20/08/2024", (2024, 8, 20), id="upper-case"),
        pytest.param("Cập nhật: 20/08/2024 10:45", (2024, 8, 20), id="date-then-time"),
        pytest.param("Cập nhật: 20/08/2024", (2024, 8, 20), id="date-only"),
        pytest.param("Ngày đăng: 07:30 02/09/2024", (2024, 9, 2), id="ngay-dang"),
        pytest.param(
            "Cập nhật lúc 18:55, Thứ Ba, 13/10/2020 (GMT+7)", (2020, 10, 13), id="weekday"
        ),
        pytest.param("Ngày phát hành 0:0 | 19/5/2020", (2020, 5, 19), id="one-digit-minutes"),
        pytest.param("10:00 AM, 13/10/2020", (2020, 10, 13), id="am"),
        pytest.param("Hà Nội (TTXVN 29/10/2023)", (2023, 10, 29), id="place-agency-date"),
    ],
)
def test_updated_dateline(line: str, expected: tuple[int, int, int]) -> None:
    assert article_date(line + BODY) == datetime.date(*expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Cập nhật: 10:45" + BODY, id="time-without-date"),
        pytest.param("Cập nhật: 10:45 32/13/2024" + BODY, id="impossible-date"),
        pytest.param("Cập nhật thông tin của 20 đơn vị" + BODY, id="verb-not-dateline"),
        pytest.param("Tin bài được cập nhật: 10:45 20/08/2024" + BODY, id="not-at-line-start"),
        pytest.param("Hội nghị (ngày 12/3/2024)" + BODY, id="day-in-parentheses"),
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert article_date(text) is None


#: A page's date of today above the headline, then the article's own dateline under it.
TWO_DATELINES = (
    "Thứ Ba, 14/05/2024 09:20 (GMT +7)\n\nĐại hội Hội Nông dân tỉnh lần thứ XI\n\n"
    "Thứ Bảy, 18/06/2022 | 16:06:00\n\n"
)


def test_the_dateline_nearest_above_a_mention_dates_it() -> None:
    from vn_party_docs import find_meetings, find_periods

    text = TWO_DATELINES + "Sáng nay (18/6), Đại hội bế mạc. Trong quý II, Hội đã làm tốt."
    [meeting] = find_meetings(text)
    assert meeting.value.date == datetime.date(2022, 6, 18)
    [period] = find_periods(text)
    assert period.value.code == "2022-Q2"


def test_a_date_line_far_below_the_top_is_no_later_dateline() -> None:
    from vn_party_docs import find_meetings

    filler = "Hội viên nông dân tích cực thi đua sản xuất kinh doanh giỏi. " * 12
    text = "Thứ Ba, 14/05/2024 09:20\n\n" + filler + "\n18/06/2022\n\nSáng nay (14/5), Tỉnh ủy họp."
    [meeting] = find_meetings(text)
    assert meeting.value.date == datetime.date(2024, 5, 14)
