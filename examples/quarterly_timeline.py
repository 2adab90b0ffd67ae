"""A quarterly timeline of the meetings and periods of the demo corpus.

Usage::

    python examples/quarterly_timeline.py [FOLDER]

Every meeting goes under the quarter of its date; every period (a month, quarter,
half year, first months or year) under the quarter it starts in, with the
quarters it covers; terms and stages ("nhiệm kỳ 2021-2026") are listed apart.
Each line says which articles mention it and how often.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from vn_party_docs import Meeting, Period, PeriodKind, extract

DATA = Path(__file__).resolve().parent / "data"
_LONG = (PeriodKind.TERM, PeriodKind.STAGE)
_DAY_PARTS = {"MORNING": "sáng", "NOON": "trưa", "AFTERNOON": "chiều", "EVENING": "tối"}


def quarter_of(period: Period) -> str:
    """The code of the quarter a period starts in, such as ``2021-Q3``."""
    return Period.containing(period.start, PeriodKind.QUARTER).code


def describe_meeting(meeting: Meeting) -> str:
    """One line for a meeting: date, day part, name and organizers."""
    when = meeting.date.isoformat() if meeting.date else "?"
    if meeting.day_part is not None:
        when += " " + _DAY_PARTS.get(meeting.day_part.name, meeting.day_part.name.lower())
    organizers = ", ".join(meeting.organizers)
    return f"{when} {meeting.name}" + (f" ({organizers})" if organizers else "")


def describe_period(period: Period) -> str:
    """One line for a period: canonical text and the quarters it covers."""
    first = quarter_of(period)
    last = Period.containing(period.end, PeriodKind.QUARTER).code
    return str(period) + (f"  [{first}..{last}]" if first != last else "")


def timeline(folder: Path) -> tuple[dict[str, dict[str, Counter[str]]], dict[str, Counter[str]]]:
    """Quarter → line → articles (with counts); and the long periods apart."""
    quarters: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    long_periods: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted(folder.glob("*.txt")):
        result = extract(path.read_text(encoding="utf-8"))
        for meeting_mention in result.meetings:
            meeting = meeting_mention.value
            if meeting.date is None:
                continue
            quarter = Period.containing(meeting.date, PeriodKind.QUARTER).code
            quarters[quarter]["meeting  " + describe_meeting(meeting)][path.stem] += 1
        for period_mention in result.periods:
            period = period_mention.value
            if period.kind in _LONG:
                long_periods[str(period)][path.stem] += 1
            else:
                line = "period   " + describe_period(period)
                quarters[quarter_of(period)][line][path.stem] += 1
    return quarters, long_periods


def _sources(articles: Counter[str]) -> str:
    """``2× 01_giao_ban, 04_hoi_nghi`` for the articles mentioning a line."""
    return ", ".join(f"{n}× {name}" if n > 1 else name for name, n in sorted(articles.items()))


def main(argv: list[str]) -> int:
    """Print the timeline of the given folder, or of the demo articles."""
    folder = Path(argv[0]) if argv else DATA
    quarters, long_periods = timeline(folder)
    for quarter in sorted(quarters):
        print(quarter)
        lines = quarters[quarter]
        for line in sorted(lines, key=lambda text: (not text.startswith("meeting"), text)):
            print(f"  {line}  <- {_sources(lines[line])}")
    print("terms and stages")
    for text in sorted(long_periods):
        print(f"  {text}  <- {_sources(long_periods[text])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
