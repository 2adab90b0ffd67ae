"""Write the glossary tables (Vietnamese → English) from the vocabulary data.

Run by ``conf.py`` at every build, so the glossary never drifts from the data.
"""

from __future__ import annotations

from pathlib import Path

from vn_party_docs import Level, Organ, Title
from vn_party_docs._vocab.organs import FUSED_ONLY_ORGANS, MINISTRIES, ORGANS
from vn_party_docs._vocab.places import PROVINCES, PROVINCES_2025
from vn_party_docs._vocab.roles import ROLE_ONLY, ROLES


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def tables() -> str:
    """The glossary tables in MyST markdown."""
    lines = ["## Roles", "", _row("Vietnamese", "English", "also read"), _row("---", "---", "---")]
    for role, english, spellings in ROLES:
        lines.append(_row(role, english, ", ".join(spellings)))
    for role, english, spellings in ROLE_ONLY:
        lines.append(_row(role, english, ", ".join(s for s in spellings if s != role.lower())))
    lines += ["", "## Organs", "", _row("Vietnamese", "level", "English", "also read")]
    lines.append(_row("---", "---", "---", "---"))
    for name, level, english, spellings in ORGANS:
        if name not in FUSED_ONLY_ORGANS:
            lines.append(_row(name, level.lower(), english, ", ".join(spellings)))
    for name, subject, spellings in MINISTRIES:
        lines.append(_row(name, "central", f"Ministry of {subject}", ", ".join(spellings)))
    lines += ["", "## Titles composed from them", "", _row("title", "English"), _row("---", "---")]
    examples = [
        Title("Ủy viên", Organ("Bộ Chính trị", Level.CENTRAL)),
        Title("Bí thư", Organ("Trung ương Đảng", Level.CENTRAL)),
        Title("Trưởng Ban", Organ("Ban Tổ chức Trung ương", Level.CENTRAL)),
        Title("Bí thư", Organ("Tỉnh ủy", Level.PROVINCIAL, "Cà Mau")),
        Title("Chủ tịch", Organ("Ủy ban nhân dân tỉnh", Level.PROVINCIAL)),
        Title("Bộ trưởng", Organ("Bộ Nội vụ", Level.CENTRAL)),
        Title("Thủ tướng", Organ("Chính phủ", Level.CENTRAL)),
    ]
    for title in examples:
        lines.append(_row(str(title), title.english()))
    lines += ["", "## Provinces", ""]
    after = set(PROVINCES_2025)
    lines.append(_row("province or city", "kind", "from 1-7-2025", "also read"))
    lines.append(_row("---", "---", "---", "---"))
    for name, city, spellings in PROVINCES:
        kind = "centrally run city (Thành ủy)" if city else "province (Tỉnh ủy)"
        lines.append(_row(name, kind, "yes" if name in after else "merged", ", ".join(spellings)))
    return "\n".join(lines) + "\n"


def write(path: Path) -> None:
    """Write the tables to ``path`` if they changed."""
    text = tables()
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
