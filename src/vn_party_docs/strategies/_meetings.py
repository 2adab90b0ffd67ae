"""Hypothesis strategies for meeting headers."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from ..meetings import DayPart, Meeting
from ..periods import Period
from ._titles import officials

__all__ = ["meetings"]

_ORGANIZERS = [
    "Ban Tổ chức Trung ương",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Bộ Nội vụ",
    "Ban Công tác đại biểu",
    "Ủy ban Kiểm tra Trung ương",
    "Ban Thường vụ Tỉnh ủy Cà Mau",
    "Tỉnh ủy Nghệ An",
    "Ban Tổ chức Tỉnh ủy",
    "Ủy ban nhân dân tỉnh",
    "Chính phủ",
    "Ban Chấp hành Đảng bộ tỉnh",
]
_NAMES = [
    "Hội nghị",
    "Hội nghị giao ban",
    "Hội nghị giao ban trực tuyến",
    "hội nghị trực tuyến",
    "Hội nghị toàn quốc",
    "Kỳ họp thứ 9",
    "Phiên họp thường kỳ",
    "Hội nghị lần thứ 11",
    "Hội nghị sơ kết",
    "Hội nghị toàn quốc tổng kết",
    "Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII",
    "Kỳ họp thứ hai, Quốc hội khóa XV",
    "phiên toàn thể",
    "họp",
]
_YEARS = st.integers(min_value=2000, max_value=2030)
_PERIODS = st.one_of(
    st.builds(Period.quarter, _YEARS, st.integers(1, 4)),
    st.builds(Period.half_year, _YEARS, st.integers(1, 2)),
    st.builds(Period.month, _YEARS, st.integers(1, 12)),
    st.builds(Period.year, _YEARS),
)


@st.composite
def _meetings(draw: st.DrawFn) -> Meeting:
    name = draw(st.sampled_from(_NAMES))
    bridge_points = draw(st.none() | st.integers(min_value=1, max_value=40_000))
    online = "trực tuyến" in name.lower() or bridge_points is not None or draw(st.booleans())
    chairs = draw(st.lists(officials().filter(lambda o: o.name is not None), max_size=2))
    date = draw(st.none() | st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 12, 31)))
    reviewed = draw(st.lists(_PERIODS, max_size=2, unique=True))
    # A meeting assesses only periods that have begun (a later one is planned).
    reviewed = [period for period in reviewed if date is None or period.start <= date]
    return Meeting(
        date=date,
        day_part=draw(st.none() | st.sampled_from(list(DayPart))),
        organizers=tuple(draw(st.lists(st.sampled_from(_ORGANIZERS), max_size=3, unique=True))),
        name=name,
        online=online,
        bridge_points=bridge_points,
        reviewed=tuple(reviewed),
        planned=tuple(draw(st.lists(_PERIODS, max_size=2, unique=True))),
        chairs=tuple(dict.fromkeys(chairs)),
    )


def meetings() -> st.SearchStrategy[Meeting]:
    """Valid meeting headers whose ``str()`` reads back to an equal value.

    ``online`` is true whenever the name says "trực tuyến" or bridge points are
    given, as the reader derives it from the text; a reviewed period has begun by the
    meeting's date.

    Example:
        >>> from vn_party_docs.strategies import meetings
        >>> from hypothesis import find
        >>> find(meetings(), lambda m: m.bridge_points is not None).online
        True
    """
    return _meetings()
