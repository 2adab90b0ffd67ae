"""Write the glossary tables (Vietnamese → English) from the vocabulary data.

Run by ``conf.py`` at every build, so the glossary never drifts from the data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vn_party_docs import Level, Organ, Title
from vn_party_docs.lexicon import lexicon


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _bodies(title: str, intro: str, bodies: Any) -> list[str]:
    """A section listing bodies composed with other organs: their name, English and
    spellings."""
    return [
        "",
        f"## {title}",
        "",
        *intro.split("\n"),
        "",
        _row("Vietnamese", "English", "also read"),
        _row("---", "---", "---"),
        *(_row(body.name, body.english.format("…"), ", ".join(body.spellings)) for body in bodies),
    ]


def _words(words: tuple[str, ...] | list[str]) -> str:
    """Words listed in a sentence."""
    return ", ".join(words) + "."


def _english(english: str) -> str:
    """An organ's English with its place marker ("{}") written as "X"."""
    return english.replace("{}", "X ") if "{}" in english else english


def tables() -> str:
    """The glossary tables in MyST markdown."""
    vocabulary = lexicon()
    lines = ["## Roles", "", _row("Vietnamese", "English", "also read"), _row("---", "---", "---")]
    for role in vocabulary["ROLES"]:
        lines.append(_row(role.name, role.english, ", ".join(role.spellings)))
    for office in vocabulary["ROLE_ONLY"]:
        spellings = ", ".join(s for s in office.spellings if s != office.name.lower())
        lines.append(_row(office.name, office.english, spellings))
    for role in vocabulary["HEAD_ROLES"]:
        lines.append(_row(role.name, role.english, ""))
    lines += ["", "## Organs", ""]
    lines += [
        "The organ as it acts (as an issuer, as an organiser); where a title names it "
        'otherwise, that name follows in brackets. "issues" marks the organs read as the '
        "issuer of a document.",
        "",
        _row("Vietnamese", "level", "system", "English", "also read", "issues"),
        _row("---", "---", "---", "---", "---", "---"),
    ]
    for row in (*vocabulary["ORGANS"], *vocabulary["PARTY_COMMITTEES"]):
        name = f"{row.name} [{row.title_name}]" if row.title_name else row.name
        if row.reads == "fused":
            name += " (in a title, only inside a whole title)"
        lines.append(
            _row(
                name,
                row.level.lower() or "—",
                row.system.lower(),
                _english(row.english),
                ", ".join(row.spellings),
                "yes" if row.issues else "",
            )
        )
    for ministry in vocabulary["MINISTRIES"]:
        spellings = ", ".join((*ministry.short, *ministry.spellings))
        english = f"Ministry of {ministry.subject}"
        lines.append(_row(ministry.name, "central", "state", english, spellings, "yes"))
    lines += _bodies(
        "Bodies of a Party committee",
        'Each body is read with every Party committee above ("Ban Thường vụ Tỉnh ủy",\n'
        '"Ủy ban Kiểm tra Huyện ủy", "Ban Tổ chức Đảng ủy xã") and takes its level.',
        [body for body in vocabulary["COMMITTEE_BODIES"] if not body.reads],
    )
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
    for group in vocabulary["PARTY_GROUPS"]:
        lines.append(_row(group.name, group.english.format("…")))
    lines += ["", "Hosts: " + ", ".join(vocabulary["PARTY_GROUP_HOSTS"]) + "."]
    lines += _bodies(
        "Standing bodies of the Front and the trade unions",
        'Each is read with every host below ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt\n'
        'Nam tỉnh", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam") and issues documents.',
        vocabulary["FRONT_BODIES"],
    )
    lines += ["", "Hosts: " + ", ".join(vocabulary["FRONT_BODY_HOSTS"]) + "."]
    lines += [
        "",
        "## Bodies named in full after their head",
        "",
        "The name after the head is kept as written (see {doc}`titles`).",
        "",
        _row("head", "English", "also read", "alone refers back", "after a comma"),
        _row("---", "---", "---", "---", "---"),
    ]
    for body in vocabulary["OPEN_BODIES"]:
        yes_no = (
            "yes" if body.alone else "no",
            {"parent": "its parent", "topic": "its topic"}.get(body.comma, "—"),
        )
        lines.append(_row(body.name, body.english, ", ".join(body.spellings), *yes_no))
    lines += [
        "",
        "Lower-case words that may open a name: " + _words(vocabulary["OPEN_NAME_STARTS"]),
    ]
    lines += ["", "Words that end a name: " + _words(vocabulary["OPEN_NAME_STOPS"])]
    lines += ["", "Nouns that go on in a name: " + _words(vocabulary["OPEN_NAME_NOUNS"])]
    lines += [
        "",
        "Documents a name may cite, with their term: " + _words(vocabulary["OPEN_NAME_DOCUMENTS"]),
    ]
    lines += [
        "",
        "Heads read only after a role that contains them: "
        + _words(vocabulary["OPEN_HEADS_IN_ROLES_ONLY"]),
    ]
    lines += ["", "Phrases that are no organ: " + _words(vocabulary["NOT_ORGANS"])]
    lines += ["", "## Whole titles in one word or abbreviation", ""]
    lines += [_row("title", "written")]
    lines += [_row("---", "---")]
    for fused in vocabulary["FUSED_TITLES"]:
        title = str(Title(fused.role, Organ(fused.organ, None)))
        lines.append(_row(title, ", ".join(fused.spellings)))
    bare = [role.name for role in vocabulary["ROLES"] if role.bare]
    lines += [
        "",
        'Roles read on their own before a name ("Bộ trưởng Lê Vĩnh Tân"): ' + _words(bare),
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
    after = set(vocabulary["PROVINCES_2025"])
    lines.append(_row("province or city", "kind", "from 1-7-2025", "also read"))
    lines.append(_row("---", "---", "---", "---"))
    for province in vocabulary["PROVINCES"]:
        kind = "centrally run city (Thành ủy)" if province.city else "province (Tỉnh ủy)"
        merged = "yes" if province.name in after else "merged"
        lines.append(_row(province.name, kind, merged, ", ".join(province.spellings)))
    lines += [
        "",
        "## Names",
        "",
        "Given names that are also words, read as the last syllable of a name before a comma, "
        "a dash or a parenthesis: " + _words(vocabulary["GIVEN_NAMES_LIKE_WORDS"]),
        "",
        "Words that look like a name inside a body's name: "
        + _words(vocabulary["NAME_LIKE_WORDS"]),
    ]
    return "\n".join(lines) + "\n"


def write(path: Path) -> None:
    """Write the tables to ``path`` if they changed."""
    text = tables()
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
