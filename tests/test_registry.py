"""Registry: the catalogue, resolution of short references, conflicts, grouping."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import sample_text
from vn_party_docs import Citation, DocType, extract, find_citations, parse_citation
from vn_party_docs._vocab.catalogue import CONGRESSES, DOCUMENTS
from vn_party_docs.registry import (
    Basis,
    Conflict,
    Entry,
    Resolution,
    article_date,
    catalogue,
    documents,
    explain,
    resolution,
    resolve,
    term_on,
)
from vn_party_docs.spans import Mention, Span
from vn_party_docs.strategies import citations

D = datetime.date


def key_of(phrase: str, day: D | None = None, context: tuple[str, ...] = ()) -> str | None:
    """The resolved key of a phrase read alone (with optional article date and context)."""
    others = [parse_citation(other) for other in context]
    return resolution(parse_citation(phrase), context=others, reference_date=day).key


# -- the judged examples ---------------------------------------------------------------------
def test_plenum_resolution_of_khoa_xii_plenum_4() -> None:
    resolved = resolve(parse_citation("Nghị quyết Trung ương 4 khóa XII"))
    assert resolved is not None
    assert (resolved.number, resolved.symbol, resolved.issued) == (4, "NQ/TW", D(2016, 10, 30))
    assert resolved.key == "04-NQ/TW@2016"
    assert (resolved.plenum, resolved.term, resolved.issuer) == (4, 12, "Ban Chấp hành Trung ương")


def test_short_and_full_form_in_one_article_share_a_key() -> None:
    text = (
        "Đảng ủy khối tiếp tục quán triệt Quy định 205 trong công tác cán bộ. "
        "Mỗi cấp ủy rà soát lại việc thực hiện Quy định số 205-QĐ/TW ngày 23-9-2019 "
        "của Bộ Chính trị về kiểm soát quyền lực."
    )
    mentions = find_citations(text)
    assert [m.text for m in mentions] == [
        "Quy định 205",
        "Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị",
    ]
    keys = {resolution(m.value, context=mentions).key for m in mentions}
    assert keys == {"205-QĐ/TW@2019"}
    short, full = (m.value for m in mentions)
    assert resolve(short, context=mentions) == resolve(full)
    groups = documents(text)
    assert list(groups) == ["205-QĐ/TW@2019"]
    assert len(groups["205-QĐ/TW@2019"]) == 2


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Nghị quyết số 999", None),
        ("Nghị quyết số 999", D(2022, 1, 1)),
        ("Quy định số 999-QĐ/TW", D(2022, 1, 1)),
        ("Kết luận 74 của Bộ Chính trị", D(2021, 9, 30)),
        ("Nghị quyết số 999 khóa XII", None),
        ("Nghị quyết Trung ương 9", D(2022, 1, 1)),
    ],
    ids=["bare", "bare-dated", "symbol-dated", "kl-74-sample-000", "with-term", "plenum-no-term"],
)
def test_unknown_numbers_resolve_to_none(phrase: str, day: D | None) -> None:
    result = resolution(parse_citation(phrase), reference_date=day)
    assert result.resolved is None
    assert result.key is None
    assert result.note
    assert resolve(parse_citation(phrase), reference_date=day) is None


def test_every_catalogue_row_has_a_source() -> None:
    assert len(catalogue()) == len(DOCUMENTS) > 70
    for entry in catalogue():
        # The source names the document (type, number and symbol) and what the row rests on.
        citation = entry.citation
        assert f"{citation.doc_type.label} số {citation.number:02d}-{citation.symbol}" in (
            entry.source
        ), entry
        if entry.verified:
            assert "confirmed" not in entry.source, entry
        else:  # a partly verified row says which facts are not confirmed
            assert "not" in entry.source, entry
        assert entry.topic.strip() == entry.topic and entry.topic, entry


# -- the catalogue ---------------------------------------------------------------------------
@pytest.mark.parametrize("entry", catalogue(), ids=lambda e: e.key)
def test_catalogue_row_is_consistent(entry: Entry) -> None:
    c = entry.citation
    assert c.number is not None and c.symbol is not None
    reread = parse_citation(f"{c.doc_type.label} số {c.number:02d}-{c.symbol}")
    assert (reread.number, reread.symbol) == (c.number, c.symbol)
    code = c.symbol.split("/")[0]
    if c.doc_type in (DocType.QUY_DINH, DocType.QUYET_DINH):
        assert code in ("QĐ", "QĐi", "QĐNS")
    else:
        assert code == c.doc_type.code
    assert c.term is not None
    if c.issued is not None:
        assert term_on(c.issued) == c.term
        starts = {number: D.fromisoformat(last) for number, _, last, _ in CONGRESSES}
        assert starts[c.term] <= c.issued
        assert c.term + 1 not in starts or c.issued < starts[c.term + 1]
    assert c.key == entry.key
    assert parse_citation(str(c)) == c
    assert resolve(c) == c
    assert explain(c) == ()


def test_catalogue_keys_are_unique_and_json_ready() -> None:
    keys = [entry.key for entry in catalogue()]
    assert len(keys) == len(set(keys))
    dumped = json.loads(json.dumps([entry.to_dict() for entry in catalogue()]))
    assert {Citation.from_dict(item["citation"]) for item in dumped} == {
        entry.citation for entry in catalogue()
    }


def test_unverified_facts_stay_out() -> None:
    numbers = {(e.citation.number, e.citation.symbol, e.citation.term) for e in catalogue()}
    assert (138, "QĐ/TW", 13) not in numbers  # 138-QĐ/TW ✘
    assert (26, "HD/BTCTW", 13) not in numbers  # 26-HD/BTCTW of 30-11-2023 ✘
    assert not any(e.citation.number in (74, 75) for e in catalogue())  # 74/75-KL/TW ✘
    partial = [e for e in catalogue() if not e.verified]
    # A partly verified row keeps its day of issue only when the doubt lies elsewhere.
    assert partial and all(e.citation.issued is None or "not" in e.source for e in partial)


def test_number_reuse_is_in_the_catalogue() -> None:
    by_symbol: dict[str, set[int | None]] = {}
    for entry in catalogue():
        by_symbol.setdefault(f"{entry.citation.number}-{entry.citation.symbol}", set()).add(
            entry.citation.term
        )
    assert by_symbol["18-NQ/TW"] == {12, 13}
    assert by_symbol["12-NQ/TW"] == {11, 13}
    assert by_symbol["45-CT/TW"] == {12, 13}


@pytest.mark.parametrize(
    ("day", "term"),
    [
        (D(2006, 11, 7), 10),
        (D(2016, 1, 27), 11),
        (D(2016, 1, 28), 12),
        (D(2021, 2, 18), 13),
        (D(2026, 1, 9), 13),
        (D(2026, 1, 23), 14),
        (D(1990, 1, 1), None),
    ],
)
def test_term_on(day: D, term: int | None) -> None:
    assert term_on(day) == term


# -- what the citation itself says -----------------------------------------------------------
SELF_TABLE: list[tuple[str, str]] = [
    ("Nghị quyết Trung ương 4 khóa XI", "12-NQ/TW@XI"),
    ("Nghị quyết T.Ư 4, khóa XI", "12-NQ/TW@XI"),
    ("Nghị quyết Hội nghị lần thứ sáu BCH TW khóa XII", "NONE"),
    ("Nghị quyết số 18 khóa XII", "18-NQ/TW@2017"),
    ("Nghị quyết số 18 khóa XIII", "18-NQ/TW@2022"),
    ("Nghị quyết số 18-NQ/TW ngày 25/10/2017", "18-NQ/TW@2017"),
    ("Nghị quyết số 18-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương", "18-NQ/TW@2022"),
    ("Nghị quyết số 12-NQ/TW ngày 16-3-2022 của Bộ Chính trị", "12-NQ/TW@2022"),
    ("Kết luận Hội nghị Trung ương 4 khóa XIII", "21-KL/TW@2021"),
    ("Nghị quyết 26 tại Hội nghị Trung ương 7 (khóa XII)", "26-NQ/TW@XII"),
    ("Quy định số 137, ngày 01/12/2023", "137-QĐ/TW@2023"),
    ("Kết luận số 100 - KL/TW, ngày 18-8-2014", "100-KL/TW@2014"),
    ("Nghị quyết số 68- NQ/TW ngày 4/5/2025", "68-NQ/TW@2025"),
    ("Quy định số 04-QĐi/TW ngày 25-7-2018 của Ban Bí thư", "04-QĐi/TW@2018"),
    ("Chỉ thị số 01-CT/TW ngày 23-01-2026 của Bộ Chính trị", "01-CT/TW@2026"),
    ("Nghị quyết số 60-NQ/TW của Hội nghị Trung ương 11 khóa XIII", "60-NQ/TW@2025"),
    # not catalogued, but the citation names its document itself
    ("Quy định số 138-QĐ/TW ngày 1-12-2023 của Ban Bí thư", "138-QĐ/TW@2023"),
    ("Hướng dẫn số 26-HD/BTCTW ngày 30-11-2023", "26-HD/BTCTW@2023"),
    ("Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    ("Nghị quyết Đại hội XIII của Đảng", "NQ/ĐH/XIII"),
    ("Nghị quyết Trung ương 7 khóa XIII", "NQ/TW7/XIII"),
]


@pytest.mark.parametrize(("phrase", "key"), SELF_TABLE, ids=[row[1] for row in SELF_TABLE])
def test_citation_alone(phrase: str, key: str) -> None:
    result = resolution(parse_citation(phrase))
    assert result.key == (None if key == "NONE" else key)
    if key != "NONE":
        assert result.basis is Basis.SELF
        assert result.resolved is not None


def test_a_state_number_does_not_match_a_party_row() -> None:
    result = resolution(parse_citation("Quyết định số 24/QĐ-TTg ngày 30-7-2021"))
    assert result.entry is None


def test_a_local_issuer_does_not_match_a_central_row() -> None:
    result = resolution(
        parse_citation("Nghị quyết số 18 của Ban Thường vụ Tỉnh ủy Cà Mau"),
        reference_date=D(2019, 1, 1),
    )
    assert result.resolved is None
    assert result.candidates == ()


# -- ambiguity: number reuse and plenums with several resolutions --------------------------
AMBIGUITY_TABLE: list[tuple[str, D | None, str | None]] = [
    ("Nghị quyết 18", None, None),
    ("Nghị quyết số 18-NQ/TW", None, None),
    ("Nghị quyết 18", D(2019, 6, 1), "18-NQ/TW@2017"),
    ("Nghị quyết 18", D(2017, 10, 1), None),  # before either was issued
    ("Nghị quyết 18", D(2024, 6, 1), None),  # both existed: reuse known to the registry
    ("Nghị quyết số 18-NQ/TW của BCH Trung ương", D(2019, 12, 31), "18-NQ/TW@2017"),
    ("Chỉ thị 35 của Bộ Chính trị", D(2020, 7, 1), "35-CT/TW@2019"),
    ("Chỉ thị 45 của Bộ Chính trị", D(2020, 7, 1), "45-CT/TW@2020"),
    ("Chỉ thị 45 của Bộ Chính trị", D(2025, 6, 1), None),
    ("Quy định 205 của Bộ Chính trị", D(2021, 9, 30), "205-QĐ/TW@2019"),
    ("Quy định 205", D(2021, 12, 23), "205-QĐ/TW@2019"),
    # 96-QĐ/TW (2-2-2023) shows khóa XIII's QĐ/TW numbers were still below 205 ...
    ("Quy định 205", D(2023, 1, 1), "205-QĐ/TW@2019"),
    # ... but after 137-QĐ/TW (1-12-2023) nothing shows it: khóa XIII's own 205 may exist
    ("Quy định 205", D(2024, 1, 1), None),
    ("Kết luận 01 của Bộ Chính trị", D(2021, 9, 30), "01-KL/TW@2021"),
    ("Kết luận 121", D(2025, 4, 19), "121-KL/TW@2025"),
    ("Quy định 22-QĐ/TW", D(2023, 7, 14), "22-QĐ/TW@2021"),
    ("Nghị quyết số 39-NQ/TW của Bộ Chính trị", D(2019, 12, 31), None),
    ("Nghị quyết Trung ương 6 khóa XII", None, None),
    ("Nghị quyết Trung ương 5 khóa XIII", None, None),
    ("Nghị quyết Trung ương 4", D(2022, 1, 1), None),
]


@pytest.mark.parametrize(
    ("phrase", "day", "key"),
    AMBIGUITY_TABLE,
    ids=[f"{row[0][:30]}@{row[1]}" for row in AMBIGUITY_TABLE],
)
def test_bare_numbers_and_plenums(phrase: str, day: D | None, key: str | None) -> None:
    result = resolution(parse_citation(phrase), reference_date=day)
    assert result.key == key
    if key is None:
        assert result.resolved is None and result.note
    elif result.basis is not Basis.SELF:
        assert result.basis is Basis.ARTICLE_DATE


def test_ambiguous_plenum_lists_its_candidates() -> None:
    result = resolution(parse_citation("Nghị quyết Trung ương 6 khóa XII"))
    assert [entry.key for entry in result.candidates] == ["18-NQ/TW@2017", "19-NQ/TW@2017"]
    reused = resolution(parse_citation("Nghị quyết 18"), reference_date=D(2024, 6, 1))
    assert [entry.key for entry in reused.candidates] == ["18-NQ/TW@2017", "18-NQ/TW@2022"]


# -- context ---------------------------------------------------------------------------------
def test_three_forms_of_one_resolution_in_one_article() -> None:
    text = (
        "Chi bộ học tập Nghị quyết Trung ương 4 khóa XII. Theo Nghị quyết số 04-NQ/TW "
        "ngày 30-10-2016, mỗi đảng viên tự soi, tự sửa; tinh thần của Nghị quyết 04 "
        "được quán triệt đến từng chi bộ."
    )
    groups = documents(text)
    assert list(groups) == ["04-NQ/TW@2016"]
    assert [m.text for m in groups["04-NQ/TW@2016"]] == [
        "Nghị quyết Trung ương 4 khóa XII",
        "Nghị quyết số 04-NQ/TW ngày 30-10-2016",
        "Nghị quyết 04",
    ]


@pytest.mark.parametrize(
    ("phrase", "context", "key"),
    [
        ("Nghị quyết 18", ("Nghị quyết số 18-NQ/TW ngày 25-10-2017",), "18-NQ/TW@2017"),
        ("Nghị quyết 18", ("Nghị quyết số 18-NQ/TW ngày 16-6-2022",), "18-NQ/TW@2022"),
        (
            "Nghị quyết 18",
            ("Nghị quyết số 18-NQ/TW ngày 25-10-2017", "Nghị quyết số 18 khóa XIII"),
            None,
        ),
        ("Nghị quyết Trung ương 4", ("Nghị quyết Trung ương 4 khóa XII",), "04-NQ/TW@2016"),
        # a plenum cited for two terms leaves the bare plenum ambiguous
        (
            "Nghị quyết Trung ương 4",
            ("Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 khóa XII"),
            None,
        ),
        ("Quy định 138", ("Quy định số 138-QĐ/TW ngày 1-12-2023",), "138-QĐ/TW@2023"),
        # a different type or issuer is another document
        ("Chỉ thị 18", ("Nghị quyết số 18-NQ/TW ngày 25-10-2017",), None),
        ("Quy định 26", ("Hướng dẫn số 26-HD/BTCTW ngày 18-10-2019",), None),
    ],
    ids=[
        "2017",
        "2022",
        "two-in-article",
        "plenum",
        "plenum-two-terms",
        "uncatalogued",
        "type",
        "x",
    ],
)
def test_context(phrase: str, context: tuple[str, ...], key: str | None) -> None:
    assert key_of(phrase, context=context) == key
    if key is not None:
        assert resolution(parse_citation(phrase), context=[]).key is None


def test_context_beats_the_article_date() -> None:
    day = D(2024, 6, 1)
    context = ("Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương",)
    result = resolution(
        parse_citation("Nghị quyết 18"),
        context=[parse_citation(c) for c in context],
        reference_date=day,
    )
    assert result.key == "18-NQ/TW@2017"
    assert result.basis is Basis.CONTEXT


def test_context_fills_what_the_catalogue_lacks() -> None:
    # 26-NQ/TW of khóa XII has no verified day: the article's own date is kept.
    dated = parse_citation("Nghị quyết số 26-NQ/TW ngày 19-5-2018")
    bare = parse_citation("Nghị quyết 26")
    result = resolution(bare, context=[bare, dated])
    # one key scheme: the resolution's key is its resolved citation's key (the date kept)
    resolved = resolve(bare, context=[bare, dated])
    assert resolved is not None and result.key == "26-NQ/TW@2018" == resolved.key
    assert result.entry is not None and result.entry.key == "26-NQ/TW@XII"
    assert result.resolved is not None and result.resolved.issued == D(2018, 5, 19)
    assert result.conflicts == ()
    subject = parse_citation("Quy định số 205-QĐ/TW về “Kiểm soát quyền lực”")
    with_subject = resolution(
        parse_citation("Quy định 205"),
        context=[subject, parse_citation("Quy định số 205-QĐ/TW ngày 23-9-2019")],
    )
    assert with_subject.resolved is not None
    assert with_subject.resolved.subject == "Kiểm soát quyền lực"


def test_context_accepts_mentions_and_rejects_other_values() -> None:
    text = "Quy định số 205-QĐ/TW ngày 23-9-2019 và Quy định 205."
    mentions = find_citations(text)
    assert resolve(mentions[1].value, context=mentions) == resolve(mentions[0].value)
    with pytest.raises(TypeError):
        resolution(mentions[0].value, context=["Quy định 205"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        resolve("Quy định 205")  # type: ignore[arg-type]


# -- conflicts -------------------------------------------------------------------------------
CONFLICT_TABLE: list[tuple[str, list[tuple[str, object, object]]]] = [
    (
        "Chỉ thị số 35-CT/TW ngày 30-5-2019 của Ban Chấp hành Trung ương",
        [("issuer", "Ban Chấp hành Trung ương", "Bộ Chính trị")],
    ),
    (
        "Quy định số 205-QĐ/TW ngày 23-10-2019 của Bộ Chính trị",
        [("issued", D(2019, 10, 23), D(2019, 9, 23))],
    ),
    (
        "Quyết định số 205-QĐ/TW ngày 23-9-2019",
        [("doc_type", DocType.QUYET_DINH, DocType.QUY_DINH)],
    ),
    ("Quy định số 04-QĐ/TW ngày 25-7-2018", [("symbol", "QĐ/TW", "QĐi/TW")]),
    ("Quy định số 96/QĐ-TW ngày 2-2-2023", []),  # "QĐ-TW" as written is 96-QĐ/TW
    (
        "Nghị quyết số 18-NQ/TW, Hội nghị Trung ương 7 khóa XII",
        [("plenum", 7, 6)],
    ),
    ("Nghị quyết số 04-NQ/TW ngày 30-10-2016 của Ban Chấp hành Trung ương", []),
]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    CONFLICT_TABLE,
    ids=["issuer", "day", "type", "symbol", "state-order", "plenum", "none"],
)
def test_conflicts(phrase: str, expected: list[tuple[str, object, object]]) -> None:
    citation = parse_citation(phrase)
    conflicts = explain(citation)
    assert [(c.field, c.text_value, c.catalogue_value) for c in conflicts] == expected
    resolved = resolve(citation)
    assert resolved is not None
    for conflict in conflicts:
        assert getattr(resolved, conflict.field) == conflict.catalogue_value
        assert getattr(citation, conflict.field) == conflict.text_value
        assert conflict.field in str(conflict)
        assert json.loads(json.dumps(conflict.to_dict()))["field"] == conflict.field


def test_conflict_in_text_form_and_resolution_text() -> None:
    citation = parse_citation("Chỉ thị số 35-CT/TW ngày 30-5-2019 của Ban Chấp hành Trung ương")
    (conflict,) = explain(citation)
    assert conflict == Conflict("issuer", "Ban Chấp hành Trung ương", "Bộ Chính trị")
    report = str(resolution(citation))
    assert "conflict: issuer" in report and "35-CT/TW@2019" in report


def test_fields_only_the_text_gives_are_kept() -> None:
    citation = parse_citation("Quy định số 22-QĐ/TW ngày 28-7-2021 của Ban Chấp hành Trung ương")
    resolved = resolve(citation)
    assert resolved is not None
    assert resolved.issuer == "Ban Chấp hành Trung ương"  # the catalogue leaves it open
    assert explain(citation) == ()


# -- grouping --------------------------------------------------------------------------------
def test_documents_from_text_extraction_and_mentions_agree() -> None:
    text = (
        "10:45, 01/07/2020\n"
        "Hội nghị bàn việc thực hiện Chỉ thị 35 của Bộ Chính trị, Chỉ thị số 35-CT/TW "
        "ngày 30-5-2019 và Kết luận 75 của BCH TW."
    )
    from_text = documents(text)
    assert list(from_text) == ["35-CT/TW@2019"]
    assert len(from_text["35-CT/TW@2019"]) == 2
    day = article_date(text)
    assert day == D(2020, 7, 1)
    assert documents(extract(text), reference_date=day) == from_text
    assert documents(find_citations(text), reference_date=day) == from_text
    assert documents(find_citations(text)) == from_text  # the full form is context enough


def test_documents_keeps_first_mention_order_and_drops_unresolved() -> None:
    text = "Theo Kết luận 74, Nghị quyết Trung ương 4 khóa XI, XII và Nghị quyết số 18, 19."
    groups = documents(text)
    assert list(groups) == ["12-NQ/TW@XI", "04-NQ/TW@2016"]


@given(st.text(alphabet="Nghị quyết Quy định số 205-QĐ/TW ngày 1-2-2019 khóa XII, 4 Trung ương"))
def test_documents_never_crashes(text: str) -> None:
    groups = documents(text)
    for key, mentions in groups.items():
        assert key and mentions
        for mention in mentions:
            assert text[mention.span.start : mention.span.end] == mention.text


@given(citations())
def test_resolution_invariants(citation: Citation) -> None:
    result = resolution(citation, reference_date=D(2024, 1, 1))
    assert isinstance(result, Resolution)
    if result.resolved is None:
        assert result.key is None and result.conflicts == ()
        return
    assert result.key is not None and result.basis is not None
    if result.entry is None:
        assert result.resolved == citation
        return
    for name in ("number", "symbol", "issued", "issuer", "plenum", "term"):
        known = getattr(result.entry.citation, name)
        if known is not None:
            assert getattr(result.resolved, name) == known
    for conflict in result.conflicts:
        assert getattr(citation, conflict.field) == conflict.text_value


@given(
    st.sampled_from(catalogue()),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_partial_citations_of_a_catalogue_entry_resolve_to_it(
    entry: Entry, keep_symbol: bool, keep_issuer: bool, keep_date: bool
) -> None:
    c = entry.citation
    partial = attrs.evolve(
        c,
        symbol=c.symbol if keep_symbol else None,
        issuer=c.issuer if keep_issuer else None,
        issued=c.issued if keep_date else None,
        plenum=None,
    )
    result = resolution(parse_citation(str(partial)))
    assert result.key == entry.key
    assert result.resolved == c


# -- the shared samples ----------------------------------------------------------------------
def sample_keys(prefix: str, day: D | None = None) -> list[str | None]:
    """The resolved key of every citation of a sample, in order."""
    mentions = find_citations(sample_text(prefix))
    return [resolution(m.value, context=mentions, reference_date=day).key for m in mentions]


def test_sample_000() -> None:
    keys = sample_keys("000", D(2021, 9, 30))
    assert keys == [
        "NQ/ĐH/XIII",
        "NQ/ĐH/XIII",
        "12-NQ/TW@XI",  # Nghị quyết Trung ương 4 khóa XI, ...
        "04-NQ/TW@2016",  # ... XII
        "01-KL/TW@2021",
        None,  # Nghị quyết Trung ương 6 khóa XII: 18 and 19-NQ/TW
        None,  # Kết luận 74: not verified, not catalogued
        "205-QĐ/TW@2019",
        "21-KL/TW@2021",
    ]
    mentions = find_citations(sample_text("000"))
    rule_205 = resolve(mentions[7].value, context=mentions, reference_date=D(2021, 9, 30))
    assert rule_205 is not None and rule_205.issued == D(2019, 9, 23)


def test_sample_001_002_003_004() -> None:
    assert sample_keys("001", D(2024, 4, 1)) == [
        "137-QĐ/TW@2023",
        "138-QĐ/TW@2023",
        "26-HD/BTCTW@2023",
        "21-KL/TW@2021",
        "21-NQ/TW@XIII",
    ]
    assert sample_keys("002") == ["04-NQ/TW@2016", None, None]
    assert sample_keys("002", D(2019, 12, 31)) == ["04-NQ/TW@2016", "18-NQ/TW@2017", None]
    assert sample_keys("003") == ["87-QĐ/TW@2022", "96-QĐ/TW@2023", "28-NQ/TW@2022"]
    text = sample_text("004")
    assert article_date(text) == D(2020, 7, 1)  # the dateline
    assert list(documents(text)) == ["35-CT/TW@2019", "45-CT/TW@2020", "26-NQ/TW@XII"]


def test_samples_have_no_conflicts_with_the_catalogue() -> None:
    for prefix in ("000", "001", "003", "004"):
        mentions = find_citations(sample_text(prefix))
        for mention in mentions:
            assert explain(mention.value, context=mentions, reference_date=D(2024, 4, 1)) == ()


def test_the_docs_table_lists_every_catalogue_row() -> None:
    page = Path(__file__).resolve().parents[1] / "docs" / "registry.md"
    rows = [
        line for line in page.read_text(encoding="utf-8").splitlines() if line.startswith("| `")
    ]
    assert [row.split("`")[1] for row in rows] == [entry.key for entry in catalogue()]
    for row, entry in zip(rows, catalogue(), strict=True):
        assert entry.source in row and entry.topic in row


# -- keys of local documents, one key scheme -------------------------------------------------
def test_documents_keeps_local_documents_of_two_provinces_apart() -> None:
    text = (
        "Tỉnh ủy Cà Mau ban hành Kế hoạch số 25-KH/TU ngày 30/11/2022 của Tỉnh ủy Cà Mau; "
        "Tỉnh ủy Nghệ An có Kế hoạch số 25-KH/TU ngày 2/12/2022 của Tỉnh ủy Nghệ An. "
        "UBND tỉnh Yên Bái có Quyết định số 1234/QĐ-UBND ngày 5/5/2020 của UBND tỉnh Yên Bái "
        "và Quyết định số 1234/QĐ-UBND ngày 6/5/2020 của UBND tỉnh Lào Cai."
    )
    groups = documents(text)
    assert list(groups) == [
        "25-KH/TU@2022[Tỉnh ủy Cà Mau]",
        "25-KH/TU@2022[Tỉnh ủy Nghệ An]",
        "1234/QĐ-UBND@2020[Ủy ban nhân dân tỉnh Yên Bái]",
        "1234/QĐ-UBND@2020[Ủy ban nhân dân tỉnh Lào Cai]",
    ]
    assert all(len(mentions) == 1 for mentions in groups.values())
    # without a place the local document has no key, so nothing is grouped under a guess
    assert documents("Kế hoạch số 25-KH/TU ngày 30/11/2022 của Ban Thường vụ Tỉnh ủy.") == {}


@given(st.sampled_from(catalogue()), st.sampled_from([None, D(2017, 1, 1), D(2024, 1, 1)]))
def test_resolution_key_is_the_resolved_citations_key(entry: Entry, day: D | None) -> None:
    for text in (str(entry.citation), f"{entry.citation.doc_type.label} {entry.citation.number}"):
        citation = parse_citation(text)
        result = resolution(citation, reference_date=day)
        resolved = resolve(citation, reference_date=day)
        assert result.key == (resolved.key if resolved is not None else None)


def test_a_date_the_text_adds_to_an_undated_entry_keys_it_everywhere() -> None:
    dated = parse_citation("Nghị quyết số 21-NQ/TW ngày 16/6/2022")
    term = parse_citation("Nghị quyết số 21-NQ/TW khóa XIII")
    groups = documents([_mention(dated), _mention(term)])
    assert list(groups) == ["21-NQ/TW@2022"]
    assert len(groups["21-NQ/TW@2022"]) == 2


def _mention(citation: Citation) -> Mention[Citation]:
    text = str(citation)
    return Mention(citation, Span(0, len(text)), text)
