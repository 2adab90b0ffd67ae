"""The public strategies: st.from_type registration and variants() that parse back."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from hypothesis import find, given, settings
from hypothesis import strategies as st

from vn_party_docs import (
    Citation,
    Meeting,
    Official,
    Period,
    Title,
    find_periods,
    parse_citation,
    parse_meeting,
    parse_official,
    parse_period,
    parse_title,
)
from vn_party_docs._text.normalize import normalize
from vn_party_docs.lexicon import lexicon
from vn_party_docs.strategies import (
    citations,
    meetings,
    officials,
    periods,
    title_variants,
    titles,
    variants,
)
from vn_party_docs.strategies._variants import _old_tone_marks


@given(st.from_type(Period))
def test_from_type_period(period: Period) -> None:
    assert isinstance(period, Period)
    assert parse_period(str(period)) == period


@given(st.from_type(Citation))
def test_from_type_citation(citation: Citation) -> None:
    assert isinstance(citation, Citation)


def test_old_tone_marks() -> None:
    assert _old_tone_marks("hóa, Ủy ban, khóa XII, thủy lợi, hòa bình, quý, hoàn") == (
        "hoá, Uỷ ban, khoá XII, thuỷ lợi, hoà bình, quý, hoàn"
    )


def test_old_tone_marks_normalise_back() -> None:
    text = "Ủy viên khóa XIII, hòa giải, thủy sản, sức khỏe, quý IV"
    assert normalize(_old_tone_marks(text)) == text


@given(variants("Quy định số 137-QĐ/TW ngày 01-12-2023 của Ban Bí thư"))
def test_variants_keep_the_letters(variant: str) -> None:
    folded = unicodedata.normalize("NFC", variant).lower()
    assert "137" in folded and "2023" in folded


def test_variants_reach_every_family() -> None:
    canonical = "hóa nhiệm kỳ 2021-2026 ngày 01-12-2023"
    checks: dict[str, Callable[[str], bool]] = {
        "nfd": lambda s: not unicodedata.is_normalized("NFC", s),
        "old tone": lambda s: "hoá" in s,
        "nbsp": lambda s: "\u00a0" in s,
        "en dash": lambda s: "–" in s,
        "minus": lambda s: "−" in s,
        "stray spaces": lambda s: "2021 -" in s or "2021 –" in s or "2021 −" in s,
        "upper": lambda s: s.startswith("HÓA") or s.startswith("HOÁ"),
        "crlf": lambda s: "\r\n" in s,
        "date style": lambda s: "1/12/2023" in s,
    }
    for name, check in checks.items():
        assert check(find(variants(canonical, line_breaks=True), check)), name


def test_abbreviations_are_opt_in() -> None:
    canonical = "Ủy viên Ban Thường vụ Tỉnh ủy"
    assert find(variants(canonical, abbreviations=True), lambda s: "BTV" in s or "TVTU" in s)
    found = find(variants(canonical), lambda s: True)
    assert found == canonical


@given(st.data())
@settings(max_examples=80)
def test_period_variants_parse_back(data: st.DataObject) -> None:
    period = data.draw(periods())
    variant = data.draw(variants(str(period)))
    assert parse_period(variant) == period


@given(st.data())
@settings(max_examples=80)
def test_period_variants_found_in_context(data: st.DataObject) -> None:
    period = data.draw(periods())
    variant = data.draw(variants(str(period), line_breaks=False))
    text = f"Hội nghị đánh giá {variant}, đạt kết quả tốt."
    [mention] = find_periods(text)
    assert mention.value == period
    assert mention.text == variant


#: Issuers without a place name: their case can change freely.
_PLAIN_ISSUERS = {row.name for row in lexicon()["ORGANS"] if row.issues}


@given(st.data())
@settings(max_examples=80)
def test_citation_variants_parse_back(data: st.DataObject) -> None:
    citation = data.draw(citations())
    # A quoted subject and a place name ("Tỉnh ủy Cà Mau") keep the case of the text.
    case = citation.subject is None and citation.issuer in {None, *_PLAIN_ISSUERS}
    variant = data.draw(variants(str(citation), case=case))
    assert parse_citation(variant) == citation


@given(st.from_type(Title), st.from_type(Official))
def test_from_type_title_and_official(title: Title, official: Official) -> None:
    assert isinstance(title, Title) and isinstance(official, Official)


def _plain_case(title: Title) -> bool:
    """Whether the case of a title's text may change (no place name in it)."""
    return title.organ is None or title.organ.locality is None


@given(st.data())
@settings(max_examples=80)
def test_title_variants_parse_back(data: st.DataObject) -> None:
    title = data.draw(titles())
    canonical = str(title)
    variant = data.draw(
        st.one_of(variants(canonical, case=_plain_case(title)), title_variants(canonical))
    )
    assert parse_title(variant) == title


@given(st.data())
@settings(max_examples=80)
def test_official_variants_parse_back(data: st.DataObject) -> None:
    official = data.draw(officials())
    # A person's name keeps its case.
    variant = data.draw(variants(str(official), case=False))
    assert parse_official(variant) == official


@given(st.from_type(Meeting))
def test_from_type_meeting(meeting: Meeting) -> None:
    assert isinstance(meeting, Meeting)
    assert Meeting.from_dict(meeting.to_dict()) == meeting


@given(st.data())
@settings(max_examples=60)
def test_meeting_variants_parse_back(data: st.DataObject) -> None:
    meeting = data.draw(meetings())
    # Names of people and organs keep their case.
    variant = data.draw(variants(str(meeting), case=False))
    assert parse_meeting(variant) == meeting
