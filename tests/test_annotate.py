"""annotate(): exact spans, escaping, nesting of overlapping mentions, custom markup."""

from __future__ import annotations

import html
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import sample_texts
from vn_party_docs import Mention, Period, Span, annotate, extract, find_periods
from vn_party_docs.annotate import css_class, html_markup
from vn_party_docs.strategies import periods

ROOT = Path(__file__).resolve().parents[1]
TAG = re.compile(r"<[^>]*>")


class _Checker(HTMLParser):
    """Collects, per span element, its class, data-value and inner text; checks nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict[str, Any]] = []
        self.elements: list[dict[str, Any]] = []
        self.text: list[str] = []
        self.length = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "span"
        self.stack.append({"attrs": dict(attrs), "text": [], "start": self.length})

    def handle_endtag(self, tag: str) -> None:
        assert tag == "span"
        assert self.stack, "closing tag without an opening tag"
        self.elements.append(self.stack.pop())

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        self.length += len(data)
        for element in self.stack:
            element["text"].append(data)


def check(annotated: str) -> _Checker:
    """Parse annotated HTML; fail unless every tag is closed in order."""
    checker = _Checker()
    checker.feed(annotated)
    checker.close()
    assert checker.stack == [], "unclosed tags"
    return checker


def pieces(checker: _Checker) -> list[tuple[str | None, str | None, str]]:
    """(class, data-value, inner text) of every element."""
    return [
        (e["attrs"].get("class"), e["attrs"].get("data-value"), "".join(e["text"]))
        for e in checker.elements
    ]


TEXT = (
    'Ngày 1-12-2023, Ban Bí thư ban hành Quy định số 137-QĐ/TW về "nhân sự" <khóa XIII> '
    "& sơ kết quý III năm 2023."
)


def test_default_html_wraps_each_mention_exactly() -> None:
    result = extract(TEXT)
    annotated = annotate(TEXT, result)
    checker = check(annotated)
    assert TAG.sub("", annotated) == html.escape(TEXT)
    assert "".join(checker.text) == TEXT
    found = sorted(pieces(checker), key=lambda piece: piece[2])
    expected = sorted(
        (css_class(m.value), str(m.value), m.text)
        for kind in ("periods", "citations", "officials", "meetings")
        for m in getattr(result, kind)
    )
    assert found == expected
    assert ("vpd-period", "quý III năm 2023", "quý III năm 2023") in found
    assert "&lt;khóa XIII&gt; &amp; sơ kết" in annotated


def test_attribute_value_is_escaped() -> None:
    text = "Ghi: quý III năm 2021."
    [mention] = find_periods(text)
    odd: Mention[Any] = Mention('a "b" <c> & d', mention.span, mention.text)
    opening, closing = html_markup(odd)
    assert closing == "</span>"
    assert opening == '<span class="vpd-str" data-value="a &quot;b&quot; &lt;c&gt; &amp; d">'
    checker = check(annotate(text, [odd]))
    assert checker.elements[0]["attrs"]["data-value"] == 'a "b" <c> & d'


def test_nested_mentions() -> None:
    text = "Hội nghị tổng kết quý III năm 2021 thành công."
    [period] = find_periods(text)
    outer: Mention[Any] = Mention("hội nghị", Span(0, 40), text[0:40])
    annotated = annotate(text, [period, outer])
    assert annotated == (
        '<span class="vpd-str" data-value="hội nghị">Hội nghị tổng kết '
        '<span class="vpd-period" data-value="quý III năm 2021">quý III năm 2021</span>'
        " thành</span> công."
    )
    check(annotated)
    assert TAG.sub("", annotated) == html.escape(text)


def test_crossing_mentions_split_the_later_one() -> None:
    text = "abcdefghij"
    first: Mention[Any] = Mention("A", Span(0, 6), "abcdef")
    second: Mention[Any] = Mention("B", Span(3, 9), "defghi")

    def brackets(mention: Mention[Any]) -> tuple[str, str]:
        return f"<{mention.value}>", f"</{mention.value}>"

    annotated = annotate(text, [second, first], markup=brackets, escape=False)
    assert annotated == "<A>abc<B>def</B></A><B>ghi</B>j"


def test_equal_spans_keep_the_given_order_outside_in() -> None:
    text = "quý III năm 2021"
    [mention] = find_periods(text)
    other: Mention[Any] = Mention("x", mention.span, mention.text)
    annotated = annotate(text, [other, mention])
    assert annotated.startswith('<span class="vpd-str" data-value="x"><span class="vpd-period"')
    check(annotated)


def test_custom_markup_without_escaping() -> None:
    text = "Kế hoạch quý 3/2021 & quý IV năm 2021"
    mentions = find_periods(text)
    annotated = annotate(
        text, mentions, markup=lambda m: ("[[", f"|{m.value.code}]]"), escape=False
    )
    assert annotated == "Kế hoạch [[quý 3/2021|2021-Q3]] & [[quý IV năm 2021|2021-Q4]]"


def test_no_mentions_only_escapes() -> None:
    assert annotate("a < b", []) == "a &lt; b"
    assert annotate("a < b", [], escape=False) == "a < b"


def test_empty_span_becomes_an_empty_element() -> None:
    empty: Mention[Any] = Mention("x", Span(2, 2), "")
    assert annotate("abcd", [empty], markup=lambda m: ("(", ")"), escape=False) == "ab()cd"


def test_mentions_from_another_text_are_rejected() -> None:
    [mention] = find_periods("quý III năm 2021")
    with pytest.raises(ValueError, match="does not match"):
        annotate("QUÝ III năm 2021", [mention])
    with pytest.raises(ValueError, match="after the end"):
        annotate("quý", [mention])


def test_css_classes() -> None:
    assert css_class(Period.year(2020)) == "vpd-period"
    citation = extract("Quy định số 137-QĐ/TW").citations[0].value
    assert css_class(citation) == "vpd-citation"
    assert css_class(3) == "vpd-int"


@st.composite
def _texts_with_mentions(draw: st.DrawFn) -> str:
    """Text with periods (possibly with markup characters) around random words."""
    words = st.sampled_from(["và", "<b>", "&", '"', "Hội nghị", "\r\n", "khóa XIII", "ngày 1-4"])
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        parts.append(draw(words))
        parts.append(str(draw(periods())))
    return " ".join(parts)


@given(_texts_with_mentions())
def test_markup_removed_gives_the_escaped_text(text: str) -> None:
    result = extract(text)
    annotated = annotate(text, result)
    assert TAG.sub("", annotated) == html.escape(text)
    checker = check(annotated)
    texts = [piece[2] for piece in pieces(checker)]
    for mention in result.periods:
        assert mention.text in texts


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8))
def test_any_overlap_gives_well_nested_markup(bounds: list[tuple[int, int]]) -> None:
    text = "x<&y" * 8
    mentions: list[Mention[Any]] = [
        Mention(index, Span(min(pair), max(pair)), text[min(pair) : max(pair)])
        for index, pair in enumerate(bounds)
    ]
    annotated = annotate(text, mentions)
    checker = check(annotated)
    assert "".join(checker.text) == text
    # The pieces of each mention, in text order, are exactly its span.
    for mention in mentions:
        own = sorted(
            (e for e in checker.elements if e["attrs"]["data-value"] == str(mention.value)),
            key=lambda e: e["start"],
        )
        assert own[0]["start"] == mention.span.start
        assert "".join("".join(e["text"]) for e in own) == mention.text
        for before, after in itertools.pairwise(own):
            assert before["start"] + len("".join(before["text"])) == after["start"]


def test_every_entity_of_the_samples_and_demo_articles() -> None:
    texts = {
        path.name: path.read_text(encoding="utf-8") for path in ROOT.glob("examples/data/*.txt")
    }
    texts.update(sample_texts())
    for name, text in texts.items():
        result = extract(text)
        annotated = annotate(text, result)
        checker = check(annotated)
        assert "".join(checker.text) == text, name
        assert TAG.sub("", annotated) == html.escape(text), name
        count = sum(len(getattr(result, kind)) for kind in ("periods", "citations"))
        assert len(checker.elements) >= count, name


def test_text_must_be_a_str() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        annotate(b"quy", [])  # type: ignore[arg-type]


@pytest.mark.parametrize("depth", [1, 2, 50, 400])
def test_deeply_nested_mentions(depth: int) -> None:
    """Mentions nested ``depth`` deep (a stack of open mentions closed innermost first)."""
    text = "(" * depth + "x" + ")" * depth
    mentions: list[Mention[Any]] = [
        Mention(level, Span(level, len(text) - level), text[level : len(text) - level])
        for level in range(depth)
    ]
    brackets = lambda m: (f"<{m.value}>", f"</{m.value}>")  # noqa: E731
    annotated = annotate(text, mentions[::-1], markup=brackets, escape=False)
    expected = "".join(f"<{level}>(" for level in range(depth)) + "x"
    expected += "".join(f")</{level}>" for level in reversed(range(depth)))
    assert annotated == expected


def test_nested_and_crossing_mentions_together() -> None:
    """A crossing mention inside a nest: split where the inner one ends, nest kept."""
    text = "abcdefghij"
    mentions: list[Mention[Any]] = [
        Mention("A", Span(0, 10), text),
        Mention("B", Span(1, 5), text[1:5]),
        Mention("C", Span(3, 8), text[3:8]),
    ]
    brackets = lambda m: (f"<{m.value}>", f"</{m.value}>")  # noqa: E731
    annotated = annotate(text, mentions, markup=brackets, escape=False)
    assert annotated == "<A>a<B>bc<C>de</C></B><C>fgh</C>ij</A>"
