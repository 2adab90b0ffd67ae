"""Write the glossary tables (Vietnamese → English) from the vocabulary data.

Run by ``conf.py`` at every build, so the glossary never drifts from the data.
"""

from __future__ import annotations

from pathlib import Path

from vn_party_docs import Level, Organ, Title
from vn_party_docs._vocab.organs import (
    COMMITTEE_BODIES,
    FUSED_ONLY_ORGANS,
    MINISTRIES,
    NOT_ORGANS,
    OPEN_BODIES,
    OPEN_HEADS_IN_ROLES_ONLY,
    OPEN_NAME_NOUNS,
    OPEN_NAME_STARTS,
    OPEN_NAME_STOPS,
    ORGANS,
    PARTY_COMMITTEES,
    PARTY_GROUP_HOSTS,
    PARTY_GROUPS,
)
from vn_party_docs._vocab.places import (
    GIVEN_NAMES_LIKE_WORDS,
    NAME_LIKE_WORDS,
    PROVINCES,
    PROVINCES_2025,
)
from vn_party_docs._vocab.roles import (
    BARE_ROLES,
    FOLDED_ORGANS,
    FUSED_TITLES,
    HEAD_ROLES,
    ROLE_ONLY,
    ROLES,
)


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _english(english: str) -> str:
    """An organ's English with its place marker ("{}") written as "X"."""
    return english.replace("{}", "X ") if "{}" in english else english


def tables() -> str:
    """The glossary tables in MyST markdown."""
    lines = ["## Roles", "", _row("Vietnamese", "English", "also read"), _row("---", "---", "---")]
    for role, english, spellings in ROLES:
        lines.append(_row(role, english, ", ".join(spellings)))
    for role, english, spellings in ROLE_ONLY:
        lines.append(_row(role, english, ", ".join(s for s in spellings if s != role.lower())))
    for role, english, _ in HEAD_ROLES:
        lines.append(_row(role, english, ""))
    lines += ["", "## Organs", "", _row("Vietnamese", "level", "English", "also read")]
    lines.append(_row("---", "---", "---", "---"))
    for name, level, english, spellings in (*ORGANS, *PARTY_COMMITTEES):
        if name not in FUSED_ONLY_ORGANS:
            lines.append(_row(name, level.lower() or "—", _english(english), ", ".join(spellings)))
    for name, subject, spellings in MINISTRIES:
        lines.append(_row(name, "central", f"Ministry of {subject}", ", ".join(spellings)))
    lines += [
        "",
        "## Bodies of a Party committee",
        "",
        'Each body is read with every Party committee above ("Ban Thường vụ Tỉnh ủy",',
        '"Ủy ban Kiểm tra Huyện ủy", "Ban Tổ chức Đảng ủy xã") and takes its level.',
        "",
        _row("Vietnamese", "English", "also read"),
        _row("---", "---", "---"),
    ]
    for head, template, abbreviations in COMMITTEE_BODIES:
        lines.append(_row(head, template.format("…"), ", ".join(abbreviations)))
    lines += [
        "",
        "## Party groups in State and Front bodies",
        "",
        'Each is read with every host below and with every ministry ("Đảng đoàn Quốc hội",',
        '"Ban cán sự đảng Ủy ban nhân dân tỉnh", "Đảng ủy Bộ Nội vụ").',
        "",
        _row("Vietnamese", "English"),
        _row("---", "---"),
    ]
    for head, template in PARTY_GROUPS:
        lines.append(_row(head, template.format("…")))
    lines += ["", "Hosts: " + ", ".join(PARTY_GROUP_HOSTS) + "."]
    lines += [
        "",
        "## Bodies named in full after their head",
        "",
        "The name after the head is kept as written (see {doc}`titles`).",
        "",
        _row("head", "English", "also read", "alone refers back", "after a comma"),
        _row("---", "---", "---", "---", "---"),
    ]
    for head, english, spellings, alone, comma in OPEN_BODIES:
        yes_no = (
            "yes" if alone else "no",
            {"parent": "its parent", "topic": "its topic"}.get(comma, "—"),
        )
        lines.append(_row(head, english, ", ".join(spellings), *yes_no))
    lines += ["", "Lower-case words that may open a name: " + ", ".join(OPEN_NAME_STARTS) + "."]
    lines += ["", "Words that end a name: " + ", ".join(OPEN_NAME_STOPS) + "."]
    lines += ["", "Nouns that go on in a name: " + ", ".join(OPEN_NAME_NOUNS) + "."]
    lines += [
        "",
        "Heads read only after a role that contains them: "
        + ", ".join(OPEN_HEADS_IN_ROLES_ONLY)
        + ".",
    ]
    lines += ["", "Phrases that are no organ: " + ", ".join(NOT_ORGANS) + "."]
    lines += ["", "## Whole titles in one word or abbreviation", ""]
    lines += [_row("written", "title"), _row("---", "---")]
    for spelling, role, organ in FUSED_TITLES:
        lines.append(_row(spelling, str(Title(role, Organ(organ, None)))))
    folded = [f"{role} {organ} → {role}" for role, organ in FOLDED_ORGANS]
    lines += ["", "Offices whose organ is part of the role: " + "; ".join(folded) + "."]
    lines += [
        "",
        'Roles read on their own before a name ("Bộ trưởng Lê Vĩnh Tân"): '
        + ", ".join(BARE_ROLES)
        + ".",
    ]
    lines += ["", "## Titles composed from them", "", _row("title", "English"), _row("---", "---")]
    examples = [
        Title("Ủy viên", Organ("Bộ Chính trị", Level.CENTRAL)),
        Title("Bí thư", Organ("Trung ương Đảng", Level.CENTRAL)),
        Title("Trưởng Ban", Organ("Ban Tổ chức Trung ương", Level.CENTRAL)),
        Title("Bí thư", Organ("Tỉnh ủy", Level.PROVINCIAL, "Cà Mau")),
        Title("Chủ tịch", Organ("Ủy ban nhân dân tỉnh", Level.PROVINCIAL)),
        Title("Bộ trưởng", Organ("Bộ Nội vụ", Level.CENTRAL)),
        Title("Thủ tướng", Organ("Chính phủ", Level.CENTRAL)),
        Title("Phó Bí thư Thường trực", Organ("Tỉnh ủy", Level.PROVINCIAL, "Cà Mau")),
        Title("Ủy viên", Organ("Ban Thường vụ Tỉnh ủy", Level.PROVINCIAL)),
        Title("Phó Trưởng Ban Thường trực", Organ("Ban Tổ chức Trung ương", Level.CENTRAL)),
        Title("Ủy viên", Organ("Ban Chấp hành Trung ương Đảng", Level.CENTRAL)),
        Title("Bí thư", Organ("Đảng ủy Ủy ban nhân dân tỉnh", Level.PROVINCIAL)),
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
    lines += [
        "",
        "## Names",
        "",
        "Given names that are also words, read as the last syllable of a name before a comma, "
        "a dash or a parenthesis: " + ", ".join(GIVEN_NAMES_LIKE_WORDS) + ".",
        "",
        "Words that look like a name inside a body's name: " + ", ".join(NAME_LIKE_WORDS) + ".",
    ]
    return "\n".join(lines) + "\n"


def write(path: Path) -> None:
    """Write the tables to ``path`` if they changed."""
    text = tables()
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
