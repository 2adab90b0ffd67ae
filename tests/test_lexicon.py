"""One lexicon: every word the grammars know lives once, as data.

* one organ table serves issuers (citations), organisers (meetings) and titles: an organ
  that titles read issues documents under the same name, and issuer and organiser of one
  organ are one string;
* a new organ, document type or meeting word is one row: a test adds it to a fixture
  lexicon and the grammars read it (and stop reading it after the ``with`` block);
* the vocabulary's rows are consistent with the public enumerations.
"""

from __future__ import annotations

import datetime

import pytest

from vn_party_docs import (
    DocType,
    Level,
    find_citations,
    find_meetings,
    find_officials,
    parse_citation,
    parse_title,
)
from vn_party_docs._vocab.roles import RoleRow
from vn_party_docs.lexicon import DocTypeRow, Lexicon, OrganRow, lexicon, using

# -- issuers: every organ titles read ---------------------------------------------------------

#: (text, issuer): organs that titles read, abbreviations and abbreviations in parentheses.
ISSUER_TABLE: list[tuple[str, str]] = [
    (
        "Theo Hướng dẫn số 04-HD/BXDĐ ngày 3/3/2025 của Ban Xây dựng Đảng Tỉnh ủy về nhân sự.",
        "Ban Xây dựng Đảng Tỉnh ủy",
    ),
    (
        "Nghị quyết 06-NQ/TU, ngày 05.8.2008 của BCH Đảng bộ tỉnh về phát triển du lịch.",
        "Ban Chấp hành Đảng bộ tỉnh",
    ),
    (
        "Quy định số 58-QĐ/TW, ngày 8/2/2022 của Ban Chấp hành (BCH) Trung ương về bảo vệ.",
        "Ban Chấp hành Trung ương",
    ),
    (
        "Hướng dẫn số 07-HD/ĐUK ngày 15/4/2023 của Ban Thường vụ Đảng uỷ Khối về thi đua.",
        "Ban Thường vụ Đảng ủy Khối",
    ),
    (
        "Kế hoạch số 30-KH/TU của Ban Tuyên giáo và Dân vận (TG&DV) Tỉnh ủy Lào Cai.",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai",
    ),
    ("Thông báo số 11-TB/TU của Ủy ban Kiểm tra (UBKT) Tỉnh ủy.", "Ủy ban Kiểm tra Tỉnh ủy"),
    ("Kế hoạch số 9-KH/ĐU của Đảng ủy Ủy ban nhân dân tỉnh.", "Đảng ủy Ủy ban nhân dân tỉnh"),
    ("Công văn số 120/SNV-TCBC của Sở Nội vụ tỉnh Bắc Ninh.", "Sở Nội vụ tỉnh Bắc Ninh"),
    ("Kết luận số 12-KL/TW của Ban Bí thư Trung ương Đảng.", "Ban Bí thư"),
    ("Nghị quyết số 04-NQ/TW của Trung ương.", "Ban Chấp hành Trung ương"),
    ("Quyết định số 15/QĐ-CTN của Chủ tịch nước.", "Chủ tịch nước"),
    ("Quyết định số 1/QĐ-TTCP của Tổng Thanh tra Chính phủ.", "Tổng Thanh tra Chính phủ"),
    (
        "Quyết định số 8/QĐ-UBND của Chủ tịch UBND quận Ba Đình.",
        "Chủ tịch Ủy ban nhân dân quận Ba Đình",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), ISSUER_TABLE, ids=[row[1] for row in ISSUER_TABLE])
def test_organs_titles_read_issue_documents(text: str, issuer: str) -> None:
    [mention] = find_citations(text)
    assert mention.value.issuer == issuer
    assert mention.text.endswith(text.rstrip(".").split(" của ")[-1].split(" về ")[0])


#: (text, issuer): a parenthesis that is no abbreviation inside the organ, or an organ that
#: ends before it, is not read over.
PARENTHESIS_NOT_INSIDE: list[tuple[str, str | None]] = [
    ("Chỉ thị số 35-CT/TW của Bộ Chính trị (khóa XII) về đại hội.", "Bộ Chính trị"),
    ("Kế hoạch số 5-KH/TU của Tỉnh ủy (TU) Nghệ An.", "Tỉnh ủy"),
    ("Quy định số 3-QĐ/TW của Ban Chấp hành (mới) về thi đua.", None),
]


@pytest.mark.parametrize(("text", "issuer"), PARENTHESIS_NOT_INSIDE)
def test_a_parenthesis_is_read_over_only_inside_an_organ(text: str, issuer: str | None) -> None:
    [mention] = find_citations(text)
    assert mention.value.issuer == issuer


def _issuing_organs() -> list[OrganRow]:
    """Every issuing organ a title can name (composed ones included), once by name."""
    rows = {row.name: row for row in lexicon().every_organ if row.issues and not row.reads}
    return list(rows.values())


def test_issuer_and_organiser_of_an_organ_are_one_string() -> None:
    """For every organ that issues documents and holds meetings, by its name and by every
    spelling the lexicon gives it (capitals where the spelling is an abbreviation)."""
    vocabulary = lexicon()
    different = []
    for row in _issuing_organs():
        for spelling in {row.name, *vocabulary.spellings(row)}:
            written = spelling if spelling[0].isupper() else spelling.capitalize()
            if " " not in spelling:
                written = spelling.upper()
            [citation] = find_citations(f"Theo Quy định số 12-QĐ/TW ngày 1-2-2024 của {written}.")
            [meeting] = find_meetings(f"Sáng 1-2-2024, {written} tổ chức Hội nghị sơ kết.")
            issuer, organisers = citation.value.issuer, meeting.value.organizers
            if issuer is None or organisers != (issuer,):
                different.append((written, issuer, organisers))
    assert not different, different[:20]
    assert len(_issuing_organs()) > 500


@pytest.mark.parametrize(
    ("spelled", "acting"),
    [
        ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương"),
        ("BCH TW", "Ban Chấp hành Trung ương"),
        ("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương"),
        ("Bộ Chính trị", "Bộ Chính trị"),
    ],
)
def test_the_central_committee_acts_under_one_name(spelled: str, acting: str) -> None:
    [citation] = find_citations(f"Nghị quyết số 1-NQ/TW của {spelled}.")
    [meeting] = find_meetings(f"Chiều 2-3-2024, {spelled} họp phiên bế mạc.")
    assert citation.value.issuer == acting
    assert meeting.value.organizers == (acting,)


def test_inside_a_title_the_central_committee_keeps_its_fixed_form() -> None:
    assert str(parse_title("UVTW")) == "Ủy viên Ban Chấp hành Trung ương Đảng"
    assert str(parse_title("Ủy viên BCH Trung ương")) == "Ủy viên Ban Chấp hành Trung ương Đảng"
    assert str(parse_title("Bí thư TW Đảng")) == "Bí thư Trung ương Đảng"
    assert lexicon().acting_name("Trung ương Đảng") == "Ban Chấp hành Trung ương"


def test_office_holders_issue_through_the_role_and_organ_tables() -> None:
    """ "Bộ trưởng Bộ X" for every ministry, "Thủ tướng Chính phủ" also when written alone."""
    for ministry in lexicon()["MINISTRIES"]:
        [mention] = find_citations(f"Thông tư số 5/2024/TT-BNV của Bộ trưởng {ministry.name}.")
        assert mention.value.issuer == f"Bộ trưởng {ministry.name}"
    for written in ("Thủ tướng", "Thủ tướng Chính phủ"):
        [mention] = find_citations(f"Quyết định số 759/QĐ-TTg ngày 14/8/2024 của {written}.")
        assert mention.value.issuer == "Thủ tướng Chính phủ"


# -- a new word is one row ---------------------------------------------------------------------

_ORGAN = OrganRow(
    "Ban Chỉ đạo Phát triển Tây Nguyên Trung ương",
    "CENTRAL",
    "Central Steering Committee for the Central Highlands",
    ("bcđ tây nguyên",),
    issues=True,
)


def test_a_new_organ_is_one_row() -> None:
    text = "Theo Kế hoạch số 8-KH/BCĐ của BCĐ Tây Nguyên."
    title = "Phó Trưởng Ban Chỉ đạo Phát triển Tây Nguyên Trung ương"
    assert [m.value.issuer for m in find_citations(text)] == [None]
    with using(lexicon().adding("ORGANS", _ORGAN)):
        assert [m.value.issuer for m in find_citations(text)] == [_ORGAN.name]
        organ = parse_title(title).organ
        assert organ is not None and (organ.name, organ.level) == (_ORGAN.name, Level.CENTRAL)
        assert parse_title(title).english().endswith(_ORGAN.english)
        officials = find_officials(f"Đồng chí Lê Văn An, {title}, phát biểu.")
        assert [str(t) for t in officials[0].value.titles] == [f"Phó Trưởng {_ORGAN.name}"]
    # the grammars are built again from the package's lexicon after the block
    assert [m.value.issuer for m in find_citations(text)] == [None]


def test_a_new_document_type_is_one_row() -> None:
    """Everything the grammar knows of a type is its row: without it, no "Công điện" is read;
    with it back, its spellings, its code and what may follow its type word are."""
    rows = lexicon()["DOC_TYPES"]
    [row] = [row for row in rows if row.name == "CONG_DIEN"]
    without = lexicon().replacing("DOC_TYPES", tuple(r for r in rows if r is not row))
    text = "Thực hiện Công điện số 12/CĐ-TTg ngày 5/9/2024 của Thủ tướng Chính phủ."
    with using(without):
        assert find_citations(text) == []
    with using(without.adding("DOC_TYPES", row._replace(spellings=("công điện khẩn",)))):
        [mention] = find_citations(text.replace("Công điện", "Công điện khẩn"))
        assert mention.value.doc_type is DocType.CONG_DIEN
        assert mention.value.symbol == "CĐ-TTg"
    assert find_citations(text)[0].value.doc_type is DocType.CONG_DIEN


def test_a_new_meeting_verb_is_one_row() -> None:
    """Without the verb the sentence is no header: the organ does nothing to the meeting."""
    text = "Sáng 5-3-2024, Tỉnh ủy khai giảng Hội nghị bồi dưỡng cán bộ chủ chốt."
    assert find_meetings(text) == []
    with using(lexicon().adding("ORGANISE_VERBS", "khai giảng")):
        [mention] = find_meetings(text)
        assert mention.value.organizers == ("Tỉnh ủy",)
        assert mention.value.date == datetime.date(2024, 3, 5)
    assert find_meetings(text) == []


def test_a_new_role_is_one_row() -> None:
    row = RoleRow("Phó Trưởng Ban Chuyên trách", "Full-time Deputy Head", bare=True)
    with using(lexicon().adding("ROLES", row)):
        title = parse_title("Phó Trưởng Ban chuyên trách Ban Tổ chức Tỉnh ủy")
        assert title.role == "Phó Trưởng Ban Chuyên trách"
        assert title.english().startswith("Full-time Deputy Head of")


def test_using_wants_a_lexicon_and_restores_the_package_lexicon() -> None:
    package = lexicon()
    with pytest.raises(TypeError, match="Lexicon"), using(package["ORGANS"]):
        pass
    with pytest.raises(KeyError):
        package.adding("NO_SUCH_TABLE", "x")
    other = Lexicon({"ORGANS": ()})
    with using(other):
        assert lexicon() is other
    assert lexicon() is package


# -- the rows and the public enumerations --------------------------------------------------------


def test_every_document_type_has_one_row() -> None:
    rows: tuple[DocTypeRow, ...] = lexicon()["DOC_TYPES"]
    assert [row.name for row in rows] == [member.name for member in DocType]
    for row in rows:
        member = DocType[row.name]
        assert (member.label, member.code) == (row.label, row.code)
        assert parse_citation(f"{row.label} số 12").doc_type is member or row.named


def test_organ_rows_name_known_levels_and_systems() -> None:
    for row in lexicon().every_organ:
        assert row.level in {*Level.__members__, ""}, row
        assert row.system in {"PARTY", "STATE", "FRONT"}, row
        assert row.reads in {"", "fused", "issuer"}, row
        assert all(spelling == spelling.lower() for spelling in row.spellings), row


def test_the_lexicon_is_built_once() -> None:
    assert lexicon() is lexicon()
    assert lexicon().every_organ is lexicon().every_organ


def test_the_locality_words_of_roles_and_organs_agree() -> None:
    from vn_party_docs._vocab import organs, roles

    assert tuple(word for word, _, _ in organs.LOCALITY_LEVELS) == roles._LOCALITY_WORDS


def test_no_two_vocabulary_modules_name_a_table_alike() -> None:
    import importlib

    from vn_party_docs.lexicon import _MODULES

    seen: dict[str, str] = {}
    for name in _MODULES:
        module = importlib.import_module(f"vn_party_docs._vocab.{name}")
        for table in vars(module):
            if table.isupper() and not table.startswith("_"):
                assert seen.setdefault(table, name) == name, f"{table} in {seen[table]}, {name}"
