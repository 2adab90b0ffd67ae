"""The public strategies: st.from_type registration and variants() that parse back."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vn_party_docs import Citation, Period, find_periods, parse_citation, parse_period
from vn_party_docs._text.normalize import normalize
from vn_party_docs.strategies import citations, periods, variants
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


@given(st.data())
def test_variants_cover_each_family(data: st.DataObject) -> None:
    canonical = "Nghị quyết Trung ương 4 khóa XII ngày 30-10-2016"
    seen = {data.draw(variants(canonical)) for _ in range(40)}
    assert canonical in seen or len(seen) > 1


def test_variants_reach_every_family() -> None:
    from hypothesis import find

    canonical = "hóa nhiệm kỳ 2021-2026 ngày 01-12-2023"
    checks = {
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
        assert check(find(variants(canonical), check)), name


def test_abbreviations_are_opt_in() -> None:
    from hypothesis import find

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


@given(st.data())
@settings(max_examples=80)
def test_citation_variants_parse_back(data: st.DataObject) -> None:
    citation = data.draw(citations())
    variant = data.draw(variants(str(citation), case=citation.subject is None))
    assert parse_citation(variant) == citation
