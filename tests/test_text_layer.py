"""The shared text layer: normalisation and its offset map, numerals, dates, datelines."""

from __future__ import annotations

import datetime
import re
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import sample_text, sample_texts
from vn_party_docs import Span
from vn_party_docs._text import grammar
from vn_party_docs._text.context import DocumentContext
from vn_party_docs._text.dates import (
    DATE,
    DAY_MONTH,
    FULL_DATE,
    NUMERIC_DATE,
    DayPart,
    find_dateline,
    read_date,
    read_day_part,
)
from vn_party_docs._text.grammar import (
    PATTERNS,
    Pattern,
    alternation,
    compile_pattern,
    lazy_led,
    next_word_start,
    regex_twin,
    scan_led,
    search_at,
    word_starts,
)
from vn_party_docs._text.normalize import MAX_MARKS, NormalizedText, fold, normalize
from vn_party_docs._text.numerals import (
    NUMBER_WORDS,
    ROMAN_PATTERN,
    from_roman,
    read_number,
    to_roman,
)
from vn_party_docs._text.renamed import RenamedPattern, renamed

D = datetime.date
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "data"

# -- normalisation ------------------------------------------------------------------------

#: Pieces of hostile text: NFD letters, old tone marks, every space-like character,
#: zero-width characters, stray combining marks, CRLF, a lone CR, the look-alike Ð,
#: and characters whose case mapping or NFC form changes length or code point.
_PIECES = [
    "a", "o", "u", "y", "q", "Q", "h", "k", "đ", "Đ", "Ð", "ð", " ", "  ", "\n", "\r\n", "\r",
    "\t", "\u00a0", "\u202f", "\u2028", "\u200b", "\u200d", "\ufeff", "\u00ad", "\u0301",
    "\u0300", "\u0323", "\u0302", "\u0306", "\u031b", "\u0309", "\u0303", "hoá", "Hoà", "uỷ",
    "UỶ", "thuỷ", "khoẻ", "quý", "QUÝ", "qúy", "hoàn", "thuyền", "của", "quyết", "khoá", "Ủy", "İ",
    "ß", "ﬁ", "Σ", "\u212b", "\u2126", "\u1100", "\u1161", "\u11a8", "가", "e\u0302\u0301",
    "Quy\u0301", "1-12-2023", "quý III", "năm 2021", "-", "–", "/", "(", ")", "x",
    "\u0301\u0323" * 9, "\u0323\u0344" * 9, "\x0b", "\x0c", "\r\r\n",
]  # fmt: skip

hostile_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
any_text = st.one_of(hostile_text, st.text(max_size=60))


@given(any_text)
def test_views_have_one_length(source: str) -> None:
    norm = NormalizedText(source)
    assert len(norm.text) == len(norm.lower) == len(norm.folded) == len(norm)


@given(any_text)
def test_text_is_nfc_without_special_spaces(source: str) -> None:
    text = NormalizedText(source).text
    assert unicodedata.is_normalized("NFC", text)
    for char in "\r\u00a0\u202f\u200b\u200d\ufeff\u00ad\u00d0":
        assert char not in text


@given(any_text)
def test_normalize_is_idempotent(source: str) -> None:
    once = normalize(source)
    assert normalize(once) == once


@given(any_text)
def test_identity_map_on_normalised_input(source: str) -> None:
    canonical = normalize(source)
    norm = NormalizedText(canonical)
    assert norm.text == canonical
    for start in range(len(canonical) + 1):
        assert norm.span(start, len(canonical)) == Span(start, len(canonical))
        assert norm.span(0, start) == Span(0, start)


def _boundaries(text: str) -> list[int]:
    """Offsets where a normalised cluster starts: both ends and every whitespace."""
    return sorted({0, len(text)} | {i for i, char in enumerate(text) if char in " \n"})


@given(hostile_text, st.data())
def test_offset_map_is_exact(source: str, data: st.DataObject) -> None:
    norm = NormalizedText(source)
    cuts = _boundaries(norm.text)
    start = data.draw(st.sampled_from(cuts))
    end = data.draw(st.sampled_from([cut for cut in cuts if cut >= start]))
    span = norm.span(start, end)
    assert 0 <= span.start <= span.end <= len(source)
    # (a line break inside a sentence reads as a space by its neighbours, which a slice
    # may cut off: the two agree up to that)
    assert _same_lines(normalize(source[span.start : span.end]), norm.text[start:end])


def _same_lines(text: str, other: str) -> bool:
    return text.replace("\n", " ") == other.replace("\n", " ")


@given(hostile_text)
def test_every_kept_source_character_is_covered(source: str) -> None:
    norm = NormalizedText(source)
    covered: set[int] = set()
    previous_end = 0
    for index in range(len(norm.text)):
        span = norm.span(index, index + 1)
        assert span.start >= previous_end or span.start < span.end  # spans move forward
        previous_end = max(previous_end, span.end)
        covered.update(range(span.start, span.end))
    dropped = {i for i, char in enumerate(source) if char in "\u200b\u200c\u200d\u2060\ufeff\u00ad"}
    assert set(range(len(source))) - dropped <= covered


def test_offset_map_on_a_mixed_document() -> None:
    phrase = "Quy định số 137-QĐ/TW ngày 1-12-2023"
    source = "Tin\r\n\u00a0" + unicodedata.normalize("NFD", phrase) + "\u200b, Tỉnh uỷ.\r\n"
    norm = NormalizedText(source)
    start = norm.text.index("Quy định")
    span = norm.span(start, start + len(phrase))
    assert unicodedata.normalize("NFC", source[span.start : span.end]) == phrase
    assert norm.text.endswith("Tỉnh ủy.\n")
    assert norm.span(0, 0) == Span(0, 0)
    assert norm.span(3, 4) == Span(3, 5)  # "\n" is the source's "\r\n"


TONE_MARKS = [
    ("hoá", "hóa"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("uỷ", "ủy"),
    ("Tỉnh uỷ", "Tỉnh ủy"),
    ("UỶ BAN", "ỦY BAN"),
    ("thuỷ", "thủy"),
    ("khoẻ", "khỏe"),
    ("Hoà", "Hòa"),
    ("khoá XIII", "khóa XIII"),
    ("thoả thuận", "thỏa thuận"),
    ("huỷ", "hủy"),
    ("luỹ kế", "lũy kế"),
    ("hoạ", "họa"),
    ("HOÁ", "HÓA"),
    # the pair opening the text, or before a digit, a dash or punctuation
    ("oà", "òa"),
    ("hoá1", "hóa1"),
    ("uỷ-uỷ", "ủy-ủy"),
    ("hoá.Hoà", "hóa.Hòa"),
    (unicodedata.normalize("NFD", "Tỉnh uỷ Thanh Hoá"), "Tỉnh ủy Thanh Hóa"),
    # the old "i" of "quí" and "kì", as words of their own
    ("quí II", "quý II"),
    ("Kì họp thứ hai, nhiệm kì 2021-2026", "Kỳ họp thứ hai, nhiệm kỳ 2021-2026"),
    ("QUÍ I", "QUÝ I"),
    ("kìa, quít", "kìa, quít"),
    # ... "quí" only before a quarter's number: the given name stays as written
    ("quí 3/2024, Quí IV", "quý 3/2024, Quý IV"),
    ("Đồng chí Phạm Quí Tiên", "Đồng chí Phạm Quí Tiên"),
    # a mark misplaced on the "u" of "quý"
    ("qúy 1 năm 2014", "quý 1 năm 2014"),
    ("QÚY II", "QUÝ II"),
    ("Qúy, qúyết", "Quý, qúyết"),
    # unchanged: "qu" is a consonant, a closed syllable keeps its mark, "uyê"/"ua" differ
    ("quý", "quý"),
    ("QUÝ III", "QUÝ III"),
    ("quỳ", "quỳ"),
    ("hoàn", "hoàn"),
    ("hoàng", "hoàng"),
    ("thuyền", "thuyền"),
    ("của", "của"),
    ("quyết", "quyết"),
    ("Quỳnh", "Quỳnh"),
    ("khuỷu", "khuỷu"),
    ("hóa", "hóa"),
    ("ủy", "ủy"),
    ("hoáđ", "hoáđ"),  # a letter beyond ASCII follows
    ("Qoà oà", "Qoà òa"),
]


@pytest.mark.parametrize(("written", "news"), TONE_MARKS)
def test_tone_mark_placement(written: str, news: str) -> None:
    assert normalize(written) == news
    assert len(NormalizedText(written).text) == len(unicodedata.normalize("NFC", written))


#: A document's text layer broken at its width (each line about 70 characters).
_WRAPPED = (
    "Tham dự cuộc họp tại đầu cầu trụ sở Chính phủ có các Phó Thủ tướng:\n"
    "Trần Văn An, Lê Văn Bình, Bộ trưởng Bộ Quốc phòng Nguyễn Văn Cường,\n"
    "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Hoàng Văn Dũng\n"
    "và Bộ trưởng Bộ Tư pháp Lê Thành Đạt, Bộ trưởng Bộ Y tế Phạm Văn Em,\n"
    "Bộ trưởng Bộ Thông tin và Truyền thông Ngô Văn Giang, Bộ trưởng Bộ\n"
    "Nội vụ Phạm Thị Hà, Bộ trưởng Bộ Tài chính Hồ Đức Khánh, Thống đốc\n"
    "Ngân hàng Nhà nước Nguyễn Thị Lan, Tổng Thanh tra Chính phủ Đoàn Văn\n"
    "Minh; lãnh đạo các bộ, ngành liên quan.\n"
)
#: The same, read: one line after the colon.
_UNWRAPPED = _WRAPPED.replace("\n", " ").replace(": ", ":\n").rstrip(" ") + "\n"

#: (text, its line breaks read as spaces): a break before a lower-case word, and in a
#: text broken at its width, a break after a long line that ends no sentence.
LINE_BREAKS = [
    ("Sáng ngày 9 tháng 4\nnăm 2022, Tỉnh ủy họp.", "Sáng ngày 9 tháng 4 năm 2022, Tỉnh ủy họp."),
    ("Tỉnh ủy họp.\nHội nghị bế mạc.", "Tỉnh ủy họp.\nHội nghị bế mạc."),
    ("Hội nghị Tỉnh ủy\n\nSáng nay, Tỉnh ủy họp.", "Hội nghị Tỉnh ủy\n\nSáng nay, Tỉnh ủy họp."),
    ("Bộ trưởng Bộ Tư pháp Lê Thành\nLong dự.", "Bộ trưởng Bộ Tư pháp Lê Thành\nLong dự."),
    (_WRAPPED, _UNWRAPPED),
    # … but a heading in capitals is a line of its own, also in such a text
    (
        "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG AN BÌNH LẦN THỨ I, NHIỆM KỲ 2025 – 2030\n" + _WRAPPED,
        "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG AN BÌNH LẦN THỨ I, NHIỆM KỲ 2025 – 2030\n" + _UNWRAPPED,
    ),
]


@pytest.mark.parametrize(("written", "read"), LINE_BREAKS)
def test_line_breaks_inside_sentences_are_read_as_spaces(written: str, read: str) -> None:
    norm = NormalizedText(written)
    assert norm.text == read
    assert len(norm.text) == len(written)


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Đảng Cộng sản Việt Nam", "dang cong san viet nam"),
        ("Ủy viên Bộ Chính trị", "uy vien bo chinh tri"),
        ("QUÝ III NĂM 2021", "quy iii nam 2021"),
        ("İ", "i"),
        ("ß", "ß"),
    ],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded
    assert len(fold(written)) == len(written)


def test_special_spaces_and_look_alike() -> None:
    norm = NormalizedText("Ðảng\u00a0bộ\tTỉnh\u2028uỷ\rX")
    assert norm.text == "Đảng bộ Tỉnh ủy\nX"  # (a break before a lower-case word: a space)
    assert norm.folded == "dang bo tinh uy\nx"


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("a\rB", "a\nB"),  # old Mac text: a lone CR ends a line
        ("a\r\rb", "a\n\nb"),  # two lone CRs: a paragraph break
        ("a\r\nB", "a\nB"),  # Windows: CRLF is one line break
        ("a\r\r\nb", "a\n\nb"),
        ("a\r\n\rb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
        ("a\x0bB", "a\nB"),  # vertical tab: a line break in word-processor exports
        ("a\x0cB", "a\nB"),  # form feed: a page break
        ("a\u2028B\u2029C", "a\nB\nC"),
        ("a\tb", "a b"),
        ("a\r\nb", "a b"),  # a line break before a lower-case word is read as a space
    ],
)
def test_line_breaks(source: str, text: str) -> None:
    norm = NormalizedText(source)
    assert norm.text == text
    last = len(text) - 1
    assert source[norm.span(last, last + 1).start :] == text[-1]  # offsets stay exact


#: Runs of combining marks with alternating canonical classes (NFC reorders them with a
#: quadratic sort): U+0301 (class 230) and U+0323 (class 220), and others.
MARK_RUNS = ["\u0301\u0323", "\u0323\u0301", "\u0301\u0323\u0302\u0316", "\u031b\u0309"]


@pytest.mark.parametrize("run", MARK_RUNS)
def test_a_run_of_marks_is_cut_to_max_marks(run: str) -> None:
    marks = run * 1_000
    source = "quý a" + marks + " năm"
    norm = NormalizedText(source)
    kept = unicodedata.normalize("NFC", "a" + marks[:MAX_MARKS])
    assert norm.text == "quý " + kept + " năm"
    assert unicodedata.is_normalized("NFC", norm.text)
    assert normalize(norm.text) == norm.text
    # The cut marks belong to the cluster: its span covers them all, "năm" maps exactly.
    start = norm.text.index(" năm")
    assert norm.span(4, start) == Span(4, 5 + len(marks))
    assert norm.span(start + 1, len(norm.text)) == Span(len(source) - 3, len(source))


@pytest.mark.parametrize("run", MARK_RUNS)
def test_normalising_marks_does_linear_work(run: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing longer than one bounded cluster reaches ``unicodedata.normalize``, whose
    reordering of marks is quadratic (the cost model: the sum of squared lengths)."""
    import vn_party_docs._text.normalize as module

    cost = 0

    class Counting:
        def __getattr__(self, name: str) -> object:
            return getattr(unicodedata, name)

        def normalize(self, form: str, text: str) -> str:
            nonlocal cost
            cost += len(text) ** 2
            return unicodedata.normalize(form, text)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "unicodedata", Counting())

    def work(count: int) -> int:
        nonlocal cost
        cost = 0
        NormalizedText(("a" + run * count + " ") * 2 + "b" + run * (4 * count))
        return cost

    small, large = work(500), work(2_000)
    assert large <= 5 * small, (small, large)
    assert max(small, large) <= 8 * (MAX_MARKS + 2) ** 2


# -- numerals -------------------------------------------------------------------------------


@pytest.mark.parametrize("number", range(1, 40))
def test_roman_round_trip(number: int) -> None:
    numeral = to_roman(number)
    assert from_roman(numeral) == number
    assert from_roman(numeral.lower()) == number
    assert regex.fullmatch(ROMAN_PATTERN, numeral.lower())
    assert read_number(numeral) == number


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip_everywhere(number: int) -> None:
    assert from_roman(to_roman(number)) == number


@pytest.mark.parametrize("bad", ["", "IIII", "VX", "IC", "XIIII", "ABC", "IVI", "0"])
def test_non_canonical_roman_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        from_roman(bad)


def test_roman_pattern_never_empty() -> None:
    assert regex.fullmatch(ROMAN_PATTERN, "") is None
    assert regex.fullmatch(ROMAN_PATTERN, "xl") is None  # 40 is outside 1..39


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("một", 1),
        ("hai", 2),
        ("ba", 3),
        ("bốn", 4),
        ("năm", 5),
        ("sáu", 6),
        ("bảy", 7),
        ("tám", 8),
        ("chín", 9),
        ("mười", 10),
        ("mười một", 11),
        ("mười hai", 12),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("hai mươi tư", 24),
        ("ba mươi chín", 39),
        ("Sáu", 6),
        ("thứ nhất", 1),
        ("thứ Nhất", 1),
        ("thứ tư", 4),
        ("thứ mười một", 11),
        ("thứ hai mươi bốn", 24),
        ("XIII", 13),
        ("xiv", 14),
        ("07", 7),
        (unicodedata.normalize("NFD", "sáu"), 6),
    ],
)
def test_read_number(words: str, number: int) -> None:
    assert read_number(words) == number


@pytest.mark.parametrize("bad", ["", "lăm", "thứ một", "một mươi", "hai mươi mươi", "abc"])
def test_read_number_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        read_number(bad)


def test_number_words_are_folded_keys() -> None:
    assert all(key == fold(key) for key in NUMBER_WORDS)


# -- dates ----------------------------------------------------------------------------------


def _lower(text: str) -> str:
    return NormalizedText(text).lower


DATES = [
    ("30-9-2021", None, D(2021, 9, 30)),
    ("30/9/2021", None, D(2021, 9, 30)),
    ("30.9.2021", None, D(2021, 9, 30)),
    ("ngày 30 tháng 9 năm 2021", None, D(2021, 9, 30)),
    ("Ngày 01 tháng 09 năm 2021", None, D(2021, 9, 1)),
    ("01/12/2023", None, D(2023, 12, 1)),
    ("30 - 11 - 2023", None, D(2023, 11, 30)),
    ("1 – 4 – 2024", None, D(2024, 4, 1)),
    ("17/10/21", None, D(2021, 10, 17)),
    ("28-5-2013", None, D(2013, 5, 28)),
    ("24/ 7", 2024, D(2024, 7, 24)),
    ("1- 4", 2024, D(2024, 4, 1)),
    ("29.12", 2023, D(2023, 12, 29)),
    ("ngày 30 tháng 9", 2021, D(2021, 9, 30)),
    ("30 tháng\n9 năm 2021", None, D(2021, 9, 30)),
]


@pytest.mark.parametrize(("text", "year", "expected"), DATES, ids=[row[0] for row in DATES])
def test_dates(text: str, year: int | None, expected: D) -> None:
    lower = _lower(text)
    pattern = compile_pattern(FULL_DATE if year is None else DAY_MONTH)
    assert pattern.fullmatch(lower), text
    assert compile_pattern(DATE).fullmatch(lower)
    assert read_date(lower, year) == expected
    if year is not None:
        assert read_date(lower) is None  # never guessed


@pytest.mark.parametrize(
    "text",
    ["30/2020/NĐ-CP", "1.052 điểm cầu", "0290.3831.234", "30-9-202", "130-9-2021", "1,5 triệu"],
)
def test_not_dates(text: str) -> None:
    found = compile_pattern(FULL_DATE).search(_lower(text))
    assert found is None, found


def test_lead_with_day_part() -> None:
    lower = _lower("Sáng 24/ 7, hội nghị")
    match = compile_pattern(rf"(?P<part>sáng)[ ](?P<date>{DAY_MONTH})").match(lower)
    assert match is not None
    assert read_day_part(match["part"]) is DayPart.MORNING
    assert read_date(match["date"], 2025) == D(2025, 7, 24)


@pytest.mark.parametrize(
    "text", ["31-2-2023", "ngày 31 tháng 4 năm 2021", "00/01/2020", "12/13/2020", "1/1/999"]
)
def test_impossible_dates_are_none(text: str) -> None:
    assert read_date(text) is None


def test_numeric_date_ends_at_the_year() -> None:
    assert compile_pattern(NUMERIC_DATE).match("30-9-20219") is None


@pytest.mark.parametrize(
    ("word", "part"),
    [("Sáng", DayPart.MORNING), ("trưa", DayPart.NOON), ("CHIỀU", DayPart.AFTERNOON),
     ("tối", DayPart.EVENING), ("đêm", DayPart.NIGHT), ("khuya", None)],
)  # fmt: skip
def test_day_parts(word: str, part: DayPart | None) -> None:
    assert read_day_part(word) is part


DATELINES = [
    ("10:45, 01/07/2020", D(2020, 7, 1)),
    ("03/04/2024 -  03/04/2024 19:24", D(2024, 4, 3)),  # published and updated
    ("08:21, ngày 16-04-2021", D(2021, 4, 16)),
    ("Thứ Ba, 03/12/2019, 10:56 (GMT+7)", D(2019, 12, 3)),
    ("Thứ Sáu, 17/02/2023, 06:29 [GMT+7]", D(2023, 2, 17)),
    ("Thứ sáu, 01 Tháng 4 2022 16:53", D(2022, 4, 1)),
    ("Thứ Bảy, ngày 23 tháng 11 năm 2024", D(2024, 11, 23)),
    ("Thứ hai 05/01/2026 18:41", D(2026, 1, 5)),
    ("- Thứ Sáu, 23/07/2021, 10:00", D(2021, 7, 23)),
    ("06/12/2023 11:02", D(2023, 12, 6)),
    ("25/07/2022 07:43", D(2022, 7, 25)),
    ("Cập nhật: 11/12/2023 07:34", D(2023, 12, 11)),
    ("Cập nhật: 06/02/2023", D(2023, 2, 6)),
    ("  • Cập nhật: 19/11/2020", D(2020, 11, 19)),  # a bullet before it
    ("11:49 17/10/2020", D(2020, 10, 17)),
    ("16:57 - 02/03/2021", D(2021, 3, 2)),  # a dash between time and date
    ("9:40' 14/5/2021", D(2021, 5, 14)),  # a minute mark after the time
    ("Ngày phát hành 17:56 | 27/4/2023", D(2023, 4, 27)),
    ("Ngày đăng 03/10/2019 | 17:58", D(2019, 10, 3)),
    ("February 27, 2025 - 18:28", D(2025, 2, 27)),
    ("Chủ nhật, 17/10/21 08h26", D(2021, 10, 17)),
    ("09:05:12 14/08/2016 | Thời sự", D(2016, 8, 14)),  # seconds, then a section
    ("Cập nhật: 21/06/2018 2:40:05 CH", D(2018, 6, 21)),  # "CH": chiều, p.m.
    ("07:30:00 - Thứ sáu, 09/11/2018", D(2018, 11, 9)),  # time, weekday, date
    ("10:09, Thứ Bảy, 05/10/2019 (GMT+7)", D(2019, 10, 5)),
    ("Thứ Sáu (15, Tháng Năm, Đinh Dậu)", None),  # a lunar masthead, not a dateline
    ("Ngày 3/2 là ngày thành lập Đảng.", None),  # a body sentence
]


@pytest.mark.parametrize(("line", "expected"), DATELINES, ids=[row[0] for row in DATELINES])
def test_datelines(line: str, expected: D | None) -> None:
    text = f"Tiêu đề bài viết\n\n{line}\nNội dung: ngày 5/5/2015 và năm 2019."
    found = find_dateline(_lower(text))
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert found[0] == expected
        assert text.index(line) <= found[1] < text.index(line) + len(line)


#: A title that ends with its time of publication in parentheses (Party portals), and
#: the same stamp anywhere else, which dates nothing.
TITLE_STAMPS = [
    ("Hội nghị giao ban trực tuyến toàn quốc (04/12/2017 18:19)\nChiều 4/12, …", D(2017, 12, 4)),
    ("\nTỉnh ủy sơ kết công tác quý I ( 5/4/2019 08:05 )\nSáng 5/4, …", D(2019, 4, 5)),
    ("Phiên chất vấn tuần thứ hai (12/11/2019 9:30:00 SA)\nSáng 12/11, …", D(2019, 11, 12)),
    ("Tiêu đề\nBan Tổ chức họp (04/12/2017 18:19)\nChiều 4/12, …", None),
    ("Hội nghị (04/12/2017 18:19) đã bàn nhiều việc.\nChiều 4/12, …", None),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_STAMPS)
def test_a_title_s_time_of_publication(text: str, expected: D | None) -> None:
    found = find_dateline(_lower(text))
    assert (found[0] if found else None) == expected


def test_datelines_of_the_samples() -> None:
    text = sample_text("004")
    assert find_dateline(_lower(text)) == (D(2020, 7, 1), text.index("01/07/2020"))
    assert find_dateline(_lower(sample_text("000"))) is None  # its lead is a sentence


#: Lines before the dateline, and whether it is still found: it is read where a line starts.
ABOVE_THE_DATELINE = [
    ("", True),
    ("Tiêu đề bài viết\n\n", True),
    ("Một dòng tiêu đề dài của bài báo\n" * 40, True),
    ("x" * 3000 + "\n", True),
    ("Đăng lúc ", False),  # inside a line
    ("Một câu của thân bài, ", False),
]


@pytest.mark.parametrize(("above", "found"), ABOVE_THE_DATELINE, ids=range(len(ABOVE_THE_DATELINE)))
def test_the_dateline_starts_a_line(above: str, found: bool) -> None:
    text = above + "10:45, 01/07/2020\nNội dung bài viết."
    expected = (D(2020, 7, 1), text.index("01/07/2020")) if found else None
    assert find_dateline(_lower(text)) == expected


def test_a_dateline_rejected_is_passed_over_for_the_next_line() -> None:
    # a section label too far down is not the dateline; a dated line after it still is
    text = "x" * 450 + "\nthời sự 08-11-2021\n10:45, 01/07/2020\n"
    assert find_dateline(_lower(text)) == (D(2020, 7, 1), text.index("01/07/2020"))


# -- document context -----------------------------------------------------------------------


def test_year_sources_in_order() -> None:
    text = "Tin\n10:45, 01/07/2020\nNội dung"
    assert DocumentContext(text).year_at(20) == 2020
    assert DocumentContext(text, D(2019, 1, 1)).year_at(20) == 2019
    plain = DocumentContext("quý I năm 2024 ... quý II")
    assert plain.year_at(20, [(0, 2024)]) == 2024
    assert plain.year_at(0, [(5, 2024)]) is None  # only preceding anchors count
    assert plain.year_at(20) is None


def test_reference_date_must_be_a_date() -> None:
    with pytest.raises(TypeError):
        DocumentContext("x", "2020-01-01")  # type: ignore[arg-type]
    assert DocumentContext("x", datetime.datetime(2020, 5, 1, 8)).reference_date == D(2020, 5, 1)


def test_patterns_are_recorded() -> None:
    pattern = compile_pattern(r"quý [ ]{0,3}")
    assert pattern in PATTERNS


# -- the two regex engines ------------------------------------------------------------------

#: Pieces of news text for the engine property: vocabulary, numbers, punctuation, line breaks.
ENGINE_PIECES = [
    "Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư",
    "Nghị quyết Trung ương 4 khóa XII",
    "Nghị định số 30/2020/NĐ-CP",
    "đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng",
    "Trưởng Ban Tổ chức Trung ương",
    "Phó Bí thư Thường trực Tỉnh ủy Lê Thị Kim Dung",
    "Chiều 1- 4, Ban Tổ chức Trung ương tổ chức Hội nghị",
    "quý III; quý IV năm 2021",
    "6 tháng đầu năm",
    "NGUYỄN VĂN NÊN",
    "Thành ủy Hà Nội Đinh Tiến Dũng",
    ", ",
    "; ",
    " - ",
    ": ",
    "\n",
    " ",
]


def _same_classes(char: str) -> bool:
    """Whether both engines put ``char`` in the same ``\\w``, ``\\d`` and ``\\s`` classes.

    They differ on a few hundred code points (combining marks, joiners, superscript
    digits, letters newer than Python's Unicode tables), all rare in news text.
    """
    return all(
        bool(re.match(cls, char)) == bool(regex.match(cls, char)) for cls in (r"\w", r"\d", r"\s")
    )


def _engine_patterns() -> list[Pattern]:
    """Every pattern the package compiled with ``re`` (the ones that have a ``regex`` twin),
    those whose repeated group names were numbered included."""
    from tests.test_scaling import compile_all_patterns

    return [
        pattern
        for pattern in compile_all_patterns()
        if isinstance(pattern, (re.Pattern, RenamedPattern))
    ]


def _assert_engines_agree(text: str) -> None:
    norm = NormalizedText(text)
    for pattern in _engine_patterns():
        for subject in (norm.lower, norm.text):
            ours = [m.span() for m in pattern.finditer(subject)]
            twins = [m.span() for m in regex_twin(pattern).finditer(subject)]
            assert ours == twins, pattern.pattern[:80]
            if isinstance(pattern, RenamedPattern):  # each name answers as in ``regex``
                ours_groups = [m.groupdict() for m in pattern.finditer(subject)]
                twin_groups = [m.groupdict() for m in regex_twin(pattern).finditer(subject)]
                assert ours_groups == twin_groups, pattern.pattern[:80]


def test_most_patterns_use_the_faster_engine() -> None:
    patterns = _engine_patterns()
    assert len(patterns) >= 30
    assert regex_twin(patterns[0]).pattern == patterns[0].pattern
    # the largest grammars name a group twice: they are read by ``re`` all the same
    assert sum(isinstance(pattern, RenamedPattern) for pattern in patterns) >= 8


#: Patterns that name a group twice, a text, and what ``regex`` answers for each name
#: (``None``: the name took no part).
RENAMED_CASES = [
    (r"(?P<day>\d+)/5|ngày[ ](?P<day>\d+)", "ngày 12", {"day": ("12", (5, 7))}),
    (r"(?P<day>\d+)/5|ngày[ ](?P<day>\d+)", "3/5", {"day": ("3", (0, 1))}),
    # both groups take part: the last one answers
    (r"(?P<n>\d)-(?P<n>\d)", "4-7", {"n": ("7", (2, 3))}),
    # a repeated name beside a plain one
    (
        r"(?P<kind>quý)[ ](?P<n>i+)|(?P<n>\d)[ ]tháng",
        "6 tháng",
        {"n": ("6", (0, 1)), "kind": (None, (-1, -1))},
    ),
]


@pytest.mark.parametrize(("source", "text", "expected"), RENAMED_CASES)
def test_a_repeated_group_name_answers_as_in_regex(
    source: str, text: str, expected: dict[str, tuple[str | None, tuple[int, int]]]
) -> None:
    pattern = compile_pattern(source)
    assert isinstance(pattern, RenamedPattern)
    found = pattern.match(text)
    twin = regex.compile(source, regex.VERBOSE).match(text)
    assert found is not None and twin is not None
    for name, (value, span) in expected.items():
        assert (found[name], found.group(name), found.span(name)) == (value, value, span)
        assert (twin[name], twin.span(name)) == (value, span)
        assert (found.start(name), found.end(name)) == span
    assert found.groupdict() == twin.groupdict()
    assert found.lastgroup == twin.lastgroup
    assert found.group() == twin.group() and found.string == text


def test_a_repeated_name_that_is_referred_to_stays_with_regex() -> None:
    # a condition on a repeated name: numbering it would change what the pattern means
    assert renamed(r"(?P<p>\()?x(?P<p>y)?(?(p)\))") is None
    assert renamed(r"(?P<a>x)(?P<b>y)") is None  # no repeated name: plain ``re`` reads it
    assert isinstance(compile_pattern(r"(?P<a>x)(?(a)y)|(?P<a>z)"), regex.Pattern)


@given(st.text(st.sampled_from("ngày 12/5-3"), max_size=20))
def test_renamed_patterns_find_what_regex_finds(text: str) -> None:
    source = r"(?P<day>\d{1,2})/(?P<month>\d)|ngày[ ](?P<day>\d{1,2})|(?P<month>\d)-(?P<day>\d)"
    pattern = compile_pattern(source)
    twin = regex.compile(source, regex.VERBOSE)
    assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == [
        (m.span(), m.groupdict()) for m in twin.finditer(text)
    ]
    assert [m.span("day") for m in pattern.finditer(text)] == [
        m.span("day") for m in twin.finditer(text)
    ]


def test_engines_agree_on_the_demo_articles() -> None:
    texts = sorted(EXAMPLES.glob("*.txt"))
    assert texts, "the demo articles are part of the repository"
    for path in texts:
        _assert_engines_agree(path.read_text(encoding="utf-8"))


def test_engines_agree_on_the_samples() -> None:
    corpus = "\n\n".join(sample_texts().values())
    _assert_engines_agree(corpus[:150_000])


@given(
    st.lists(
        st.sampled_from(ENGINE_PIECES)
        | st.text(st.characters().filter(_same_classes), max_size=12),
        max_size=12,
    )
)
def test_engines_agree_on_generated_text(pieces: list[str]) -> None:
    _assert_engines_agree("".join(pieces))


#: Word characters in and beyond the Latin blocks ("α", "²"), separators other than a space.
_WORD_START_CHARS = "quýnăm xQ_1\n,ýăđ(“-/αǀ²…"
_ANCHOR_WORDS = ["quý", "năm", "quý năm", "ăm"]
#: Anchors whose matches cover a space, or end with one: a match after a break may cover
#: the next match after a space, and a match may end where the next one's space is.
_SPACED_ANCHOR_WORDS = ["quý năm", "năm ", "ý n", "m", "năm quý"]


@pytest.mark.parametrize("words", [_ANCHOR_WORDS, _SPACED_ANCHOR_WORDS])
@given(text=st.text(st.sampled_from(_WORD_START_CHARS), max_size=40))
def test_word_starts_match_a_leading_word_boundary(words: list[str], text: str) -> None:
    bounded = re.compile(rf"\b(?:{alternation(words)})")
    expected = [m.span() for m in bounded.finditer(text)]
    found = word_starts(compile_pattern(alternation(words)), text)
    assert [m.span() for m in found] == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("(quý năm quý", [(1, 8)]),  # after a break, over the "năm" after a space
        ("năm năm quý", [(0, 4), (4, 11)]),  # "năm " ends where "năm quý" starts
        ("xnăm quý năm", [(5, 12)]),  # no word start inside "xnăm"
    ],
)
def test_word_starts_of_matches_that_cover_spaces(text: str, spans: list[tuple[int, int]]) -> None:
    found = word_starts(compile_pattern(alternation(_SPACED_ANCHOR_WORDS)), text)
    assert [m.span() for m in found] == spans


class _CountedSearch:
    """A pattern whose searches are counted."""

    def __init__(self, pattern: grammar.Pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, text: str, start: int, end: int) -> grammar.Match | None:
        self.calls += 1
        return self.pattern.search(text, start, end)


@pytest.mark.parametrize(
    ("unit", "searches"),
    [
        ("quý III\n", 1),  # every anchor opens a line: no match after a space at all
        ("(quý III) ", 1),  # every anchor follows a parenthesis
        ("quý I, quý II\n", 2 * 400),  # one after a space on each line: one search each
    ],
)
def test_word_starts_read_the_text_once_for_anchors_after_other_breaks(
    monkeypatch: pytest.MonkeyPatch, unit: str, searches: int
) -> None:
    # A text whose anchors all follow a newline (each line opening with one) was searched
    # to its end for an anchor after a space once per match: quadratic in its lines.
    anchor = compile_pattern("quý")
    counted = _CountedSearch(grammar._after_space(anchor.pattern))
    monkeypatch.setattr(grammar, "_after_space", lambda _source: counted)
    found = list(word_starts(anchor, unit * 400))
    assert len(found) == 400 * unit.count("quý")
    assert counted.calls <= searches


@given(
    st.text(st.sampled_from(_WORD_START_CHARS), max_size=40),
    st.integers(0, 42),
    st.integers(0, 42),
)
def test_next_word_start_matches_a_leading_word_boundary(text: str, start: int, end: int) -> None:
    bounded = re.compile(rf"\b(?:{alternation(_ANCHOR_WORDS)})")
    expected = bounded.search(text, start, end)
    found = next_word_start(compile_pattern(alternation(_ANCHOR_WORDS)), text, start, end)
    assert (found and found.span()) == (expected and expected.span())


_LATE_PIECES = ["họp", "tổ", "chức", "ngày", " ", "  ", "5", ",", "x", "\n"]


@given(st.lists(st.sampled_from(_LATE_PIECES), max_size=16).map("".join), st.data())
def test_search_at_anchors_equals_a_plain_search(text: str, data: st.DataObject) -> None:
    pattern = compile_pattern(r"(?:họp|tổ[ ]chức)(?<!\wtổ[ ]chức)(?<!\whọp)[ ]{1,3}ngày[ ]\d")
    anchor = compile_pattern("họp|tổ")
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = pattern.search(text, start, end)
    anchored = search_at(anchor, pattern, text, start, end)
    assert (anchored and anchored.span()) == (plain and plain.span())


#: Alternations whose whole-text scans run as one scan per leading literal, with the text
#: pieces their matches are made of (where a match of one literal might start inside
#: another's, if anywhere).
_LED_SCANS = [
    (
        [".", "!", "?", "…"],
        r"(?<!\b[Tt][Pp]\.)[\"”']?[ ]{1,3}(?=\w)",
        [".", "!", "?", "…", '"', "”", "'", " ", "  ", "TP", "tp", "Hà", "a", "1", "\n"],
    ),
    (
        ["Sáng", "Chiều", "Trưa", "Tối", "Đêm", "Ngày"],
        r"[ ]{1,3}(?:ngày[ ]{1,3})?(?:nay|\d)",
        ["Sáng", "Chiều", "Ngày", "ngày", "Tối", " ", "  ", "nay", "5", "Đêm", "x", ","],
    ),
]


@pytest.mark.parametrize(("leads", "rest", "pieces"), _LED_SCANS)
def test_a_scan_per_leading_literal_finds_what_the_alternation_finds(
    leads: list[str], rest: str, pieces: list[str]
) -> None:
    alternation_of_leads = re.compile("(?:" + "|".join(map(re.escape, leads)) + ")" + rest)
    patterns = lazy_led(leads, rest)()

    @given(st.lists(st.sampled_from(pieces), max_size=30).map("".join))
    def agree(text: str) -> None:
        expected = [found.span() for found in alternation_of_leads.finditer(text)]
        assert [found.span() for found in scan_led(patterns, text)] == expected

    agree()


def test_a_scan_per_leading_literal_orders_the_matches_by_start() -> None:
    patterns = lazy_led(["Sáng", "Chiều"], r"[ ]\d")()
    found = scan_led(patterns, "Sáng 1, Chiều 2, Sáng 3 và Chiều 4")
    assert [match.group() for match in found] == ["Sáng 1", "Chiều 2", "Sáng 3", "Chiều 4"]


def _shared_anchors() -> list[grammar.Pattern]:
    """The anchors the finders of ``extract`` share one scan for (their modules loaded)."""
    from vn_party_docs import citations, meetings, officials, periods  # noqa: F401

    return [anchor() for anchor in grammar._SHARED]


#: Pieces of text around the shared anchors' words: wrapped lines, runs of spaces, words
#: that only open like an anchor ("quyết", "phó"), breaks other than a space.
_SHARED_PIECES = [
    "quý ", "tháng", "năm", "nhiệm  kỳ", "Hội\nnghị", "hội nghị", "kỳ họp", "đại hội",
    "Nghị quyết", "nghị\nquyết", "kết luận", "Phó Bí thư", "bí thư", "chủ tịch", "nguyên ",
    "phó", "quyết", "x", " ", "  ", "\n", "(", ",", "2023", "III",
]  # fmt: skip


@given(st.lists(st.sampled_from(_SHARED_PIECES), max_size=24))
def test_a_shared_scan_finds_what_each_anchor_finds_alone(pieces: list[str]) -> None:
    anchors, lower = _shared_anchors(), NormalizedText("".join(pieces)).lower
    starts = grammar.shared_starts(lower)
    breaks = grammar.shared_breaks(lower, grammar.word_breaks(lower))
    for anchor in anchors:
        alone = [m.span() for m in word_starts(anchor, lower)]
        shared = word_starts(anchor, lower, breaks[anchor.pattern], starts[anchor.pattern])
        assert [m.span() for m in shared] == alone


def test_a_shared_scan_finds_what_each_anchor_finds_alone_in_the_samples() -> None:
    anchors = _shared_anchors()
    for name, text in sample_texts().items():
        lower = NormalizedText(text).lower
        starts = grammar.shared_starts(lower)
        breaks = grammar.shared_breaks(lower, grammar.word_breaks(lower))
        for anchor in anchors:
            alone = [m.span() for m in word_starts(anchor, lower)]
            shared = word_starts(anchor, lower, breaks[anchor.pattern], starts[anchor.pattern])
            assert [m.span() for m in shared] == alone, (name, anchor.pattern[:40])


def test_an_anchor_with_a_word_of_one_letter_is_searched_for_alone() -> None:
    anchor = grammar.shared_anchor(lambda: ["a", "quý"])(grammar.lazy_regex("a|quý"))
    try:
        norm = NormalizedText("quý I, a")
        norm.share_scans()
        assert norm.spaced_starts(anchor()) is None  # (its own search finds it)
        assert norm.spaced_starts(re.compile("tháng")) is None  # not registered
    finally:
        del grammar._SHARED[anchor]
