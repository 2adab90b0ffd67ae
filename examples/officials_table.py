"""Print the officials of a demo article as a table: name, titles, English, span.

Usage::

    python examples/officials_table.py [ARTICLE]

ARTICLE defaults to the first demo article in ``examples/data``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vn_party_docs import find_officials
from vn_party_docs.cli import display_width

DATA = Path(__file__).resolve().parent / "data"


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal columns."""
    return text + " " * max(0, width - display_width(text))


def officials_table(text: str) -> list[tuple[str, str, str, str]]:
    """One row per title: (name, canonical title, English title, span), names once."""
    rows: list[tuple[str, str, str, str]] = []
    for mention in find_officials(text):
        official = mention.value
        span = f"[{mention.span.start}, {mention.span.end})"
        for index, title in enumerate(official.titles):
            name = (official.name or "(không tên)") if index == 0 else ""
            rows.append((name, str(title), title.english(), span if index == 0 else ""))
    return rows


def main(argv: list[str]) -> int:
    """Print the table of the given article, or of the first demo article."""
    path = Path(argv[0]) if argv else min(DATA.glob("*.txt"))
    rows = officials_table(path.read_text(encoding="utf-8"))
    header = ("Họ tên", "Chức vụ", "English", "span")
    widths = [max(display_width(row[column]) for row in [header, *rows]) for column in range(4)]
    print(f"{path.name}: {sum(1 for row in rows if row[0])} officials")
    for row in [header, *rows]:
        print("  ".join(pad(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
