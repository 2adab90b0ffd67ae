"""Reliability guarantees (docs/guarantees.md), each proven by the tests below.

* never crash: ``find_*``/``extract`` return for every ``str``; ``parse_*`` raise only
  ``ParseError``; every public function raises ``TypeError`` for a non-``str`` text;
* exact offsets: ``text[span] == mention.text``, sorted, no same-kind overlap, and the
  same values for the NFD, CRLF, NBSP, old-tone-mark and embedded forms of a text;
* parse and find agree on self-contained mentions;
* thread safety and determinism (hash seed, call order);
* the command line loses nothing (bad files, big files, Ctrl-C);
* :func:`vn_party_docs.extract_many` equals serial ``extract``, keeps order, is lazy.

Entity modules that are still placeholders are skipped, so that these tests run
against whatever exists and grow meaningful as the modules land.
"""

from __future__ import annotations

import concurrent.futures
import importlib
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import vn_party_docs
from tests.conftest import SAMPLES, python_output, sample_texts
from vn_party_docs import Extraction, Mention, ParseError, extract, extract_many

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "data"


def implemented(module: str) -> bool:
    """Tell whether an entity module has replaced its placeholder."""
    doc = importlib.import_module(f"vn_party_docs.{module}").__doc__ or ""
    return not doc.startswith("PLACEHOLDER")


#: kind -> (module, finder, parser of one mention text)
FINDERS: dict[str, tuple[str, Callable[..., list[Any]], Callable[[str], Any]]] = {
    "periods": ("periods", vn_party_docs.find_periods, vn_party_docs.parse_period),
    "citations": ("citations", vn_party_docs.find_citations, vn_party_docs.parse_citation),
    "officials": ("titles", vn_party_docs.find_officials, vn_party_docs.parse_official),
    "meetings": ("meetings", vn_party_docs.find_meetings, vn_party_docs.parse_meeting),
}
PARSERS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "parse_period": ("periods", vn_party_docs.parse_period),
    "parse_citation": ("citations", vn_party_docs.parse_citation),
    "parse_title": ("titles", vn_party_docs.parse_title),
    "parse_titles": ("titles", vn_party_docs.parse_titles),
    "parse_official": ("titles", vn_party_docs.parse_official),
    "parse_meeting": ("meetings", vn_party_docs.parse_meeting),
}


def live_finders() -> list[tuple[str, Callable[..., list[Any]], Callable[[str], Any]]]:
    """The finders of the entity modules that exist, as (kind, finder, parser)."""
    return [
        (kind, finder, parser)
        for kind, (module, finder, parser) in FINDERS.items()
        if implemented(module)
    ]


def live_parsers() -> list[tuple[str, Callable[[str], Any]]]:
    """The parsers of the entity modules that exist."""
    return [(name, parser) for name, (module, parser) in PARSERS.items() if implemented(module)]


# -- hostile text -------------------------------------------------------------------

LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "AĂÂĐÐEÊOÔƠUƯQTWCPNVXIỦÝ"
)
COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
DASHES = "-‐‑‒–—−"
PUNCTUATION = "/\\.,;:()[]…\"'“”‘’«»%&"
SPACES = " \u00a0\u2009\u202f\t\r\n\u2028"
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff\u00ad\u2060"
CHARACTERS = LETTERS + COMBINING + "0123456789" + DASHES + PUNCTUATION + SPACES + ZERO_WIDTH

KEYWORDS = [
    "quý", "Quý", "QUÝ", "khóa", "khoá", "Khóa", "-QĐ/TW", "-QD/TW", "-NQ/TW", "-CT/TW",
    "-KL/TW", "-HD/BTCTW", "/NĐ-CP", "/2020/", "Ủy viên", "Uỷ viên", "UV", "UVTW", "BCT",
    "điểm cầu", "đầu cầu", "Đồng chí", "đồng chí", "Đ/c", "Các đồng chí:", "Chiều", "Sáng nay",
    "Sáng", "chiều nay", "Hôm nay", "ngày", "tháng", "năm", "năm nay", "Nghị quyết", "Quy định",
    "Quyết định", "Chỉ thị", "Kết luận", "Hướng dẫn", "Nghị định", "Trung ương", "TW", "TƯ",
    "T.Ư", "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành",
    "BCH TW", "BTV", "Ban Thường vụ", "Ban Tổ chức Trung ương", "UBND", "HĐND", "Chủ tịch",
    "Phó", "Bí thư", "Trưởng Ban", "Thường trực", "kiêm", "đồng thời là", "nguyên", "Quyền",
    "số", "số:", "nhiệm kỳ", "giai đoạn", "tháng đầu năm", "tháng cuối năm", "6", "9", "đầu",
    "cuối", "sáu", "lần thứ", "thứ tư", "Đại hội", "Hội nghị", "hội nghị", "giao ban",
    "trực tuyến", "tổ chức", "chủ trì", "dự và chủ trì", "đồng chủ trì", "đánh giá",
    "triển khai", "phương hướng", "XIII", "XII", "IV", "III", "II", "I", "2021", "2024", "21",
    "1-12-2023", "30/9", "1- 4", "30 - 11 - 2023", "17/10/21", "10:45, 01/07/2020\n", "(1/7)",
    "Lê Văn A", "Trương Thị Mai", "NGUYỄN VĂN B", "Cà Mau", "TP.HCM", "Tp.", "1.052",
    "của", "và", ", ", "; ", ": ", " - ", "\n", "\r\n", "\n\n", "  ", "(", ")", "“", "”",
]  # fmt: skip

hostile_texts = st.lists(
    st.one_of(st.sampled_from(KEYWORDS), st.sampled_from(list(CHARACTERS))),
    max_size=300,
).map("".join)
character_texts = st.text(alphabet=CHARACTERS, max_size=600)


def hostile_document(size: int, seed: int) -> str:
    """A long deterministic soup of keywords, characters and spaces."""
    rng = random.Random(seed)
    pieces: list[str] = []
    length = 0
    while length < size:
        roll = rng.random()
        if roll < 0.55:
            piece = rng.choice(KEYWORDS)
        elif roll < 0.85:
            piece = " "
        else:
            piece = rng.choice(CHARACTERS)
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces)


# -- invariants ---------------------------------------------------------------------


def check_mentions(text: str, mentions: Sequence[Any], kind: str) -> None:
    """Exact spans, raw text, sorted, no overlap, never an empty or blank-edged span."""
    previous_end = -1
    previous_start = -1
    for mention in mentions:
        assert isinstance(mention, Mention), (kind, mention)
        span = mention.span
        assert 0 <= span.start < span.end <= len(text), (kind, mention)
        assert text[span.start : span.end] == mention.text, (kind, mention)
        assert span.start >= previous_start, f"{kind} not sorted at {mention!r}"
        assert span.start >= previous_end, f"{kind} mentions overlap at {mention!r}"
        previous_start, previous_end = span.start, span.end


def check_text(text: str) -> Extraction:
    """Run extract and every live finder on ``text``; check every invariant."""
    result = extract(text)
    for kind in ("periods", "citations", "officials", "meetings"):
        check_mentions(text, getattr(result, kind), kind)
    for kind, finder, _ in live_finders():
        found = finder(text)
        check_mentions(text, found, kind)
        assert tuple(found) == getattr(result, kind), f"extract and find_{kind} differ"
    return result


# -- never crash --------------------------------------------------------------------


@given(hostile_texts)
def test_finders_never_crash_on_hostile_text(text: str) -> None:
    check_text(text)


@given(character_texts)
def test_finders_never_crash_on_characters(text: str) -> None:
    check_text(text)


@settings(max_examples=30)
@given(hostile_texts, st.dates())
def test_finders_never_crash_with_a_reference_date(text: str, day: Any) -> None:
    result = extract(text, reference_date=day)
    for kind in ("periods", "citations", "officials", "meetings"):
        check_mentions(text, getattr(result, kind), kind)
    for kind, finder, _ in live_finders():
        check_mentions(text, finder(text, reference_date=day), kind)


def _parse_only_parse_error(text: str) -> None:
    for name, parser in live_parsers():
        try:
            parser(text)
        except ParseError as error:
            assert error.text == text, name
            assert 0 <= error.position <= len(text), (name, error.position, len(text))


@given(hostile_texts)
def test_parsers_raise_only_parse_error(text: str) -> None:
    _parse_only_parse_error(text)


@given(character_texts)
def test_parsers_raise_only_parse_error_on_characters(text: str) -> None:
    _parse_only_parse_error(text)


@pytest.mark.parametrize("seed", range(3))
def test_long_hostile_document(seed: int) -> None:
    text = hostile_document(300_000, seed)
    result = check_text(text)
    assert sum(len(getattr(result, kind)) for kind in ("periods", "citations")) > 0


def corpus() -> dict[str, str]:
    """The shared samples (when the folder is present) and the demo articles by name."""
    texts = dict(sample_texts()) if SAMPLES.is_dir() else {}
    for path in sorted(EXAMPLES.glob("*.txt")):
        texts[f"examples/{path.name}"] = path.read_text(encoding="utf-8")
    return texts


def test_parsers_on_pieces_of_real_mentions() -> None:
    """Every prefix and suffix of every real mention (and a bit around it) parses or
    raises ParseError: the cut-off phrases where index errors hide."""
    checked = 0
    for text in corpus().values():
        mentions = [m for kind in ("periods", "citations") for m in getattr(extract(text), kind)]
        for mention in mentions:
            start, end = mention.span.start, mention.span.end
            window = text[max(0, start - 3) : end + 3]
            for cut in range(len(window) + 1):
                _parse_only_parse_error(window[:cut])
                _parse_only_parse_error(window[cut:])
                checked += 2
    assert checked > 100


NOT_STR: list[object] = [None, b"qu\xc3\xbd III n\xc4\x83m 2021", 2021, 3.5, ["quý III"], object()]


def _public_text_functions() -> Iterator[Any]:
    functions: list[tuple[str, str, Callable[..., Any]]] = [
        ("document", "extract", vn_party_docs.extract),
    ]
    for kind, (module, finder, _) in FINDERS.items():
        functions.append((module, f"find_{kind}", finder))
    for name, (module, parser) in PARSERS.items():
        functions.append((module, name, parser))
    functions.append(("document", "annotate", lambda text: vn_party_docs.annotate(text, [])))
    documents = getattr(vn_party_docs, "documents", None)  # the registry extra (#9)
    if documents is not None:
        functions.append(("document", "documents", documents))
    for module, name, function in functions:
        for bad in NOT_STR:
            yield pytest.param(module, function, bad, id=f"{name}-{type(bad).__name__}")


@pytest.mark.parametrize(("module", "function", "bad"), list(_public_text_functions()))
def test_non_str_raises_type_error(module: str, function: Callable[..., Any], bad: object) -> None:
    if module != "document" and not implemented(module):
        pytest.skip(f"{module}.py is still a placeholder")
    with pytest.raises(TypeError):
        function(bad)


@pytest.mark.parametrize("kind", list(FINDERS))
def test_bad_reference_date_raises_type_error(kind: str) -> None:
    module, finder, _ = FINDERS[kind]
    if not implemented(module):
        pytest.skip(f"{module}.py is still a placeholder")
    with pytest.raises(TypeError):
        finder("quý III năm 2021", reference_date="2021-09-30")
    with pytest.raises(TypeError):
        extract("quý III năm 2021", reference_date="2021-09-30")  # type: ignore[arg-type]


# -- exact offsets on real and generated text ------------------------------------------

PREFIX = "Tin tổng hợp của phóng viên.\n\n"
#: (one line end: a blank line after a short last line would make it read as a headline)
SUFFIX = "\nBạn đọc gửi ý kiến về tòa soạn qua thư điện tử.\n"


def _old_tone_marks(text: str) -> str:
    return (
        text.replace("hóa", "hoá")
        .replace("Hóa", "Hoá")
        .replace("ủy", "uỷ")
        .replace("Ủy", "Uỷ")
        .replace("khóa", "khoá")
        .replace("thủy", "thuỷ")
    )


VARIANTS: dict[str, Callable[[str], str]] = {
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "cr": lambda text: text.replace("\n", "\r"),  # old Mac text: a lone CR ends a line
    "nbsp": lambda text: text.replace(" ", "\u00a0"),
    "old-tone-marks": _old_tone_marks,
    "embedded": lambda text: PREFIX + text + SUFFIX,
}


def _values(result: Extraction) -> dict[str, list[Any]]:
    kinds = ("periods", "citations", "officials", "meetings")
    return {kind: [m.value for m in getattr(result, kind)] for kind in kinds}


def _line_ends(text: str) -> str:
    """NFC with every line end (CRLF, lone CR) as one LF."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def check_variants(text: str) -> None:
    """The same values for every variant of ``text``; exact spans in each variant."""
    base = check_text(text)
    expected = _values(base)
    for name, make in VARIANTS.items():
        variant = make(text)
        result = check_text(variant)
        assert _values(result) == expected, f"{name}: values differ"
        if name == "embedded":
            for kind in expected:
                shifted = [
                    (m.span.start - len(PREFIX), m.span.end - len(PREFIX), m.text)
                    for m in getattr(result, kind)
                ]
                original = [(m.span.start, m.span.end, m.text) for m in getattr(base, kind)]
                assert shifted == original, f"embedded: {kind} spans not shifted exactly"
        else:
            for kind in expected:
                for before, after in zip(getattr(base, kind), getattr(result, kind), strict=True):
                    assert _line_ends(after.text) == _line_ends(make(before.text)), (
                        name,
                        before,
                        after,
                    )


def _corpus_ids() -> list[str]:
    names = [path.name for path in sorted(EXAMPLES.glob("*.txt"))]
    return sorted(path.name for path in SAMPLES.glob("*.txt")) + [f"examples/{n}" for n in names]


@pytest.mark.parametrize("name", _corpus_ids())
def test_offsets_and_variants_on_real_text(name: str) -> None:
    texts = corpus()
    if name not in texts:
        pytest.skip(f"{name} is not present")
    check_variants(texts[name])


LINE_END_CASES = [
    "Theo Nghị quyết số   \n18-NQ/TW ngày 25-10-2017 của Bộ Chính trị.",
    "Sơ kết quý III năm   \n2021 và nhiệm kỳ 2020 -   \n2025.",
    "đồng chí Lê Văn Hùng, Ủy viên   \nBộ Chính trị phát biểu.",
]


@pytest.mark.parametrize("text", LINE_END_CASES)
def test_line_breaks_after_trailing_spaces_read_the_same_with_crlf(text: str) -> None:
    """A CRLF is one line break, never one more space (three trailing spaces + CR)."""
    found = _values(extract(text))
    assert sum(len(values) for values in found.values()) >= 1
    check_variants(text)


#: Texts whose line breaks carry meaning: a dateline gives the year, a header opens a line.
LONE_CR_CASES = [
    "08:15, 14/03/2022\nChiều 13-3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết quý I.\n"
    "Đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy chủ trì hội nghị.",
    "Tin từ cơ sở\n\nSáng 5-8-2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị giao ban.\n\n",
    "16:40, 02/10/2023\nTỉnh ủy ban hành Kế hoạch thực hiện Quy định số 114-QĐ/TW.\n"
    "Chiều 1-10, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến với 63 điểm cầu.",
]


@pytest.mark.parametrize("text", LONE_CR_CASES)
def test_a_lone_cr_is_a_line_break(text: str) -> None:
    """Old Mac text ends lines with a lone CR: the same headers and years as with LF."""
    expected = _values(extract(text))
    assert expected["meetings"], "the case has no meeting header to lose"
    assert all(meeting.date is not None for meeting in expected["meetings"])
    for line_end in ("\r", "\r\n", "\x0b"):
        assert _values(check_text(text.replace("\n", line_end))) == expected, repr(line_end)


def test_real_text_has_mentions() -> None:
    if not SAMPLES.is_dir():
        pytest.skip(f"the shared samples folder {SAMPLES} is not present")
    counts = {kind: 0 for kind in ("periods", "citations", "officials", "meetings")}
    for text in corpus().values():
        result = extract(text)
        for kind in counts:
            counts[kind] += len(getattr(result, kind))
    for kind, module_kind in (("periods", "periods"), ("citations", "citations")):
        if implemented(module_kind):
            assert counts[kind] >= 20, counts


NEUTRAL = [
    "Hội nghị", "đánh giá kết quả", "công tác tổ chức xây dựng Đảng", "triển khai", "theo",
    "thực hiện", "các cấp ủy", "trong", "đã", "tỉnh", "Đồng chí Nguyễn Văn Hùng phát biểu",
    ".", ",", ";", "\n", "\n\n", "(", ")", "và", "của", "10:45, 01/07/2020\n",
]  # fmt: skip


def _generated_documents() -> st.SearchStrategy[str]:
    from vn_party_docs import strategies

    pieces: list[st.SearchStrategy[str]] = [st.sampled_from(NEUTRAL)]
    for name in ("periods", "citations", "titles", "officials", "meetings"):
        strategy = getattr(strategies, name, None)
        module = {"officials": "titles"}.get(name, name)
        if strategy is not None and implemented(module):
            pieces.append(strategy().map(str))
    return st.lists(st.one_of(pieces), max_size=25).map(" ".join)


@settings(max_examples=40)
@given(st.data())
def test_offsets_and_variants_on_generated_documents(data: st.DataObject) -> None:
    check_variants(data.draw(_generated_documents()))


# -- parse and find agree -----------------------------------------------------------

_LIST_GAP = regex.compile(r"[\s,;]{0,6}(?:(?:và|hoặc)[\s,;]{0,3})?")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FULL_DATE = regex.compile(
    r"\d{1,2}\s{0,3}[-/.–]\s{0,3}\d{1,2}\s{0,3}[-/.–]\s{0,3}\d{4}"
    r"|\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4}",
    regex.IGNORECASE,
)
_RELATIVE = regex.compile(r"\b(?:nay|hôm qua|ngày mai)\b", regex.IGNORECASE)


def _in_a_list(text: str, mentions: Sequence[Any], index: int) -> bool:
    """Tell whether a mention touches a neighbour through a list separator only."""
    mention = mentions[index]
    if index > 0:
        gap = text[mentions[index - 1].span.end : mention.span.start]
        if _LIST_GAP.fullmatch(gap):
            return True
    if index + 1 < len(mentions):
        gap = text[mention.span.end : mentions[index + 1].span.start]
        if _LIST_GAP.fullmatch(gap):
            return True
    return False


def self_contained(kind: str, text: str, mentions: Sequence[Any], index: int) -> bool:
    """Tell whether a mention's value can be read from its own text alone."""
    mention_text = mentions[index].text
    if _in_a_list(text, mentions, index):
        return False
    if kind == "periods":
        return bool(_YEAR.search(mention_text))
    if kind == "meetings":
        return bool(_FULL_DATE.search(mention_text)) and not _RELATIVE.search(mention_text)
    return True


@pytest.mark.parametrize("name", _corpus_ids())
def test_parse_agrees_with_find_on_real_text(name: str) -> None:
    texts = corpus()
    if name not in texts:
        pytest.skip(f"{name} is not present")
    text = texts[name]
    disagreements = []
    compared = 0
    for kind, finder, parser in live_finders():
        mentions = finder(text)
        for index, mention in enumerate(mentions):
            if not self_contained(kind, text, mentions, index):
                continue
            compared += 1
            try:
                parsed = parser(mention.text)
            except ParseError as error:
                disagreements.append(f"{kind}: {mention.text!r} found but not parsed: {error}")
                continue
            if kind == "meetings" and parsed != mention.value:
                # The text after the header may complete chairs, bridge points and
                # "online" (SPEC §6); those are outside the mention's text.
                value = mention.value
                completed = attrs.evolve(
                    parsed,
                    chairs=value.chairs,
                    bridge_points=value.bridge_points,
                    online=value.online,
                )
                if (
                    completed == value
                    and set(parsed.chairs) <= set(value.chairs)
                    and parsed.bridge_points in (None, value.bridge_points)
                    and (value.online or not parsed.online)
                ):
                    continue
            if parsed != mention.value:
                disagreements.append(
                    f"{kind}: {mention.text!r} found as {mention.value!r}, parsed as {parsed!r}"
                )
    assert not disagreements, "\n".join(disagreements)
    if live_finders():
        assert compared > 0


#: The development corpus of real articles, when the shared folder is present.
DEV_CORPUS = SAMPLES.parent / "dev" / "corpus"


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="needs ../shared/dev/corpus (real articles)")
def test_every_value_found_in_real_articles_reads_back_from_its_string() -> None:
    """``parse(str(v)) == v`` for the values found in real articles, not only generated
    ones: a place or a name as real text writes it must have a canonical string."""
    texts = list(corpus().values())
    texts += [path.read_text(encoding="utf-8") for path in sorted(DEV_CORPUS.glob("*.txt"))]
    failures, checked = [], 0
    for text in texts:
        for kind, finder, parser in live_finders():
            for mention in finder(text):
                checked += 1
                try:
                    back = parser(str(mention.value))
                except ParseError as error:
                    failures.append(f"{kind}: {str(mention.value)!r} does not parse: {error}")
                    continue
                if back != mention.value:
                    failures.append(f"{kind}: {mention.value!r} reads back as {back!r}")
    assert not failures, "\n".join(failures)
    assert checked > 300


# -- threads, hash seeds, call order ------------------------------------------------


def _all_texts() -> list[str]:
    texts = list(corpus().values())
    texts += [hostile_document(20_000, seed) for seed in range(4)]
    return texts


def test_threads_give_the_serial_results() -> None:
    texts = _all_texts() * 2
    serial = [extract(text) for text in texts]
    start = threading.Event()

    def work(text: str) -> Extraction:
        start.wait()
        return extract(text)

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(work, text) for text in texts]
        start.set()
        threaded = [future.result() for future in futures]
    assert threaded == serial


def _python(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Run ``code`` in a fresh interpreter; return its output (fail with its stderr)."""
    return python_output("-c", code, *args, cwd=ROOT, env=env)


_FRESH_THREADS = """
import sys, threading, json
sys.path.insert(0, sys.argv[1])
from tests.test_reliability import _all_texts
from vn_party_docs import extract
texts = _all_texts()
results = [None] * len(texts)
start = threading.Barrier(8)
def run(worker):
    start.wait()
    for index in range(worker, len(texts), 8):
        results[index] = json.dumps(extract(texts[index]).to_dict(), sort_keys=True)
threads = [threading.Thread(target=run, args=(worker,)) for worker in range(8)]
for thread in threads: thread.start()
for thread in threads: thread.join()
serial = [json.dumps(extract(text).to_dict(), sort_keys=True) for text in texts]
print(json.dumps(results == serial))
"""


def test_threads_compiling_patterns_for_the_first_time() -> None:
    """Eight threads in a fresh interpreter: the lazy patterns compile under contention."""
    assert json.loads(_python(_FRESH_THREADS, str(ROOT))) is True


_DUMP = """
import sys, json
sys.path.insert(0, sys.argv[1])
from tests.test_reliability import _all_texts
from vn_party_docs import extract
texts = _all_texts()
order = list(range(len(texts)))
if sys.argv[2] == "reversed":
    order.reverse()
out = {}
for index in order:
    out[index] = extract(texts[index]).to_dict()
print(json.dumps([out[index] for index in range(len(texts))], sort_keys=True, ensure_ascii=False))
"""


def _dump(seed: str, order: str) -> str:
    return _python(_DUMP, str(ROOT), order, env=dict(os.environ, PYTHONHASHSEED=seed))


def test_results_do_not_depend_on_hash_seed_or_call_order() -> None:
    first = _dump("1", "forward")
    assert json.loads(first), "no output"
    assert _dump("2", "forward") == first
    assert _dump("3", "reversed") == first


# -- the command line ---------------------------------------------------------------


def _cli_available() -> bool:
    return (Path(vn_party_docs.__file__).parent / "__main__.py").exists()


def _run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vn_party_docs", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


#: Size of the big good file: 4 MB by default, which runs in a few seconds on a 2-core CI
#: machine; a 20 MB file takes about 5 times longer through the same code
#: (``VPD_BIG_FILE_MB=20 pytest tests/test_reliability.py -k cli`` checks it).
BIG_FILE_CHARS = int(float(os.environ.get("VPD_BIG_FILE_MB", "4")) * 1_000_000)
BIG_UNIT = "Hội nghị đánh giá công tác quý III năm 2021 theo Quy định số 137-QĐ/TW.\n"


@pytest.fixture(scope="module")
def cli_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cli")
    files = {
        "good": folder / "good.txt",
        "second": folder / "second.txt",
        "empty": folder / "empty.txt",
        "big": folder / "big.txt",
        "latin1": folder / "latin1.txt",
        "missing": folder / "missing.txt",
        "directory": folder / "a_directory",
    }
    files["good"].write_text("Sơ kết quý III năm 2021 theo Quy định số 137-QĐ/TW.\n", "utf-8")
    files["second"].write_text("Nhiệm kỳ 2020 - 2025 và giai đoạn 2023 - 2030.\r\n", "utf-8")
    files["empty"].write_bytes(b"")
    files["big"].write_text(BIG_UNIT * (BIG_FILE_CHARS // len(BIG_UNIT)), "utf-8")
    files["latin1"].write_bytes("Quý III năm 2021".encode("latin-1", errors="replace") + b"\xe9")
    files["directory"].mkdir()
    return files


def _records(stdout: str) -> list[dict[str, Any]]:
    assert stdout == "" or stdout.endswith("\n"), "output ends inside a line"
    return [json.loads(line) for line in stdout.splitlines()]


def test_cli_good_and_bad_files(cli_files: dict[str, Path]) -> None:
    if not _cli_available():
        pytest.skip("the command line is not written yet")
    order = ["good", "missing", "empty", "directory", "big", "latin1", "second"]
    started = time.perf_counter()
    result = _run_cli(*(str(cli_files[name]) for name in order))
    elapsed = time.perf_counter() - started
    records = _records(result.stdout)
    assert [record["file"] for record in records] == [
        str(cli_files[name]) for name in ("good", "empty", "big", "second")
    ]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3, result.stderr
    for name, line in zip(("missing", "directory", "latin1"), errors, strict=True):
        assert str(cli_files[name]) in line, line
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    by_name = {record["file"]: record for record in records}
    good = by_name[str(cli_files["good"])]
    assert [m["text"] for m in good["periods"]] == ["quý III năm 2021"]
    assert all(not by_name[str(cli_files["empty"])][kind] for kind in ("periods", "citations"))
    big = by_name[str(cli_files["big"])]
    assert len(big["periods"]) == BIG_FILE_CHARS // len(BIG_UNIT)
    assert elapsed < 600


def test_cli_all_good_exits_zero(cli_files: dict[str, Path]) -> None:
    if not _cli_available():
        pytest.skip("the command line is not written yet")
    result = _run_cli(str(cli_files["good"]), str(cli_files["second"]))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(_records(result.stdout)) == 2


def test_cli_interrupted_leaves_whole_lines(tmp_path: Path) -> None:
    if not _cli_available():
        pytest.skip("the command line is not written yet")
    unit = "Quý III năm 2021; Quy định số 137-QĐ/TW ngày 1-12-2023. Nhiệm kỳ 2020 - 2025.\n"
    path = tmp_path / "big.txt"
    path.write_text(unit * 6000, "utf-8")  # about 500 kB: one long JSON line per file
    process = subprocess.Popen(
        [sys.executable, "-m", "vn_party_docs", *([str(path)] * 200)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # wait until output is flowing
    process.send_signal(signal.SIGINT)
    rest, stderr = process.communicate(timeout=120)
    output = (first + rest).decode("utf-8")
    records = _records(output)
    assert 1 <= len(records) < 200
    assert process.returncode == 130, stderr
    assert b"Traceback" not in stderr


# -- extract_many -------------------------------------------------------------------


@pytest.fixture
def processes_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker processes from the first text on, and every chunk they can take goes to them
    (by default they start only after AUTO_PARALLEL_CHARS and get chunks once ready)."""
    from vn_party_docs import batch

    monkeypatch.setattr(batch, "AUTO_PARALLEL_CHARS", 0)
    monkeypatch.setattr(batch, "_WORKERS_ONLY", True)


def test_extract_many_equals_serial_and_keeps_order() -> None:
    texts = _all_texts()
    serial = [extract(text) for text in texts]
    assert list(extract_many(texts)) == serial
    assert list(extract_many(iter(texts), workers=1)) == serial
    assert list(extract_many(texts, workers=2, chunksize=3)) == serial


@pytest.mark.usefixtures("processes_at_once")
def test_extract_many_with_processes_equals_serial() -> None:
    from vn_party_docs import batch

    texts = _all_texts() * 3
    submitted: list[int] = []
    submit = batch._Pool.submit

    def counting(pool: Any, chunk: list[str], *args: Any) -> Any:
        submitted.append(len(chunk))
        return submit(pool, chunk, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch._Pool, "submit", counting)
        assert list(extract_many(texts, workers=3, chunksize=2)) == [extract(t) for t in texts]
    assert sum(submitted) >= len(texts) // 2  # the workers did their share


def test_extract_many_passes_reference_date_and_kinds() -> None:
    import datetime

    text = "Đánh giá quý III, triển khai nhiệm vụ quý IV."
    day = datetime.date(2021, 9, 30)
    [result] = extract_many([text], reference_date=day, kinds=("periods",))
    assert result == extract(text, reference_date=day, kinds=("periods",))
    with pytest.MonkeyPatch.context() as patch:
        from vn_party_docs import batch

        patch.setattr(batch, "AUTO_PARALLEL_CHARS", 0)
        patch.setattr(batch, "_WORKERS_ONLY", True)
        parallel = list(extract_many([text] * 3, reference_date=day, kinds=("periods",), workers=2))
    assert parallel == [result] * 3


def test_extract_many_is_lazy() -> None:
    pulled: list[int] = []

    def texts() -> Iterator[str]:
        for index in itertools.count():
            pulled.append(index)
            yield f"Sơ kết quý {index % 4 + 1} năm 2021."

    results = extract_many(texts(), workers=1)
    assert pulled == []
    first = list(itertools.islice(results, 3))
    assert [m.value.code for r in first for m in r.periods] == ["2021-Q1", "2021-Q2", "2021-Q3"]
    assert len(pulled) <= 4


@pytest.mark.usefixtures("processes_at_once")
def test_extract_many_parallel_window_is_bounded() -> None:
    pulled: list[int] = []

    def texts() -> Iterator[str]:
        for index in itertools.count():
            pulled.append(index)
            yield "Quý III năm 2021."

    results = extract_many(texts(), workers=2, chunksize=2)
    first = list(itertools.islice(results, 2))
    assert len(first) == 2
    # the first text, read here; one worker x four chunks waiting to be yielded, one
    # more before waiting for the head, and the chunk being built (two texts each)
    assert len(pulled) <= 1 + (4 + 1) * 2 + 2
    results.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("texts", "kwargs", "error"),
    [
        ("quý III năm 2021", {}, TypeError),
        (b"bytes", {}, TypeError),
        (42, {}, TypeError),
        (["quý III"], {"workers": 0}, ValueError),
        (["quý III"], {"chunksize": 0}, ValueError),
        (["quý III"], {"kinds": ("dates",)}, ValueError),
        (["quý III"], {"reference_date": "2021-01-01"}, TypeError),
    ],
)
def test_extract_many_rejects_bad_arguments(
    texts: Any, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        extract_many(texts, **kwargs)


def test_extract_many_rejects_a_non_str_item_when_reached() -> None:
    results = extract_many(["quý III năm 2021", None], workers=1)  # type: ignore[list-item]
    assert next(results).periods
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        next(results)


# -- API contracts: from_dict and the constructors ---------------------------------------


def _sample_extraction() -> Extraction:
    return extract(
        "10:45, 01/07/2020\nChiều 30-6, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết quý II "
        "năm 2020. Đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy chủ trì. Theo Quy định số "
        "205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị, nhiệm kỳ 2020 - 2025."
    )


def _mention_of(value: Any) -> Mention[Any]:
    text = str(value)
    return Mention(value, vn_party_docs.Span(0, len(text)), text)


#: name -> (strategy of valid values, rebuild from a dict)
def _valued() -> dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], Any]]]:
    from vn_party_docs import Citation, Entry, Meeting, Official, Organ, Period, Span, Title
    from vn_party_docs import strategies as vst

    with_organ = vst.titles().filter(lambda title: title.organ is not None)
    return {
        "Period": (vst.periods(), Period.from_dict),
        "Citation": (vst.citations(), Citation.from_dict),
        "Organ": (with_organ.map(lambda title: title.organ), Organ.from_dict),
        "Title": (vst.titles(), Title.from_dict),
        "Official": (vst.officials(), Official.from_dict),
        "Meeting": (vst.meetings(), Meeting.from_dict),
        "Span": (
            st.tuples(st.integers(0, 10**6), st.integers(0, 50)).map(
                lambda pair: Span(pair[0], pair[0] + pair[1])
            ),
            Span.from_dict,
        ),
        "Mention": (
            vst.periods().map(_mention_of),
            lambda data: Mention.from_dict(data, Period.from_dict),
        ),
        "Extraction": (st.just(_sample_extraction()), Extraction.from_dict),
        "Entry": (st.sampled_from(vn_party_docs.catalogue()), lambda data: Entry.from_dict(data)),
    }


JUNK_STRINGS = [
    "5", "", "2024-06-14", "2024-13-45", "20240614", "QUARTER", "QUY_DINH", "CENTRAL",
    "MORNING", "Bí thư", " x ", "quý III năm 2021", "2021-Q3", "nan",
]  # fmt: skip
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(JUNK_STRINGS),
    st.text(max_size=8),
    st.lists(st.integers(0, 3), max_size=2),
    st.dictionaries(st.sampled_from(["a", "name", "start", "kind"]), st.integers(0, 3), max_size=2),
)


def _places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path to a dict value or list item inside ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key)
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*path, index)
            yield from _places(item, (*path, index))


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


@st.composite
def mutated(draw: st.DrawFn, data: dict[str, Any]) -> Any:
    """``data`` with one to three mutations anywhere inside it: a key or item removed,
    a value replaced by junk (a number as a string, a float, a bool, a list...), a junk
    key added."""
    data = json.loads(json.dumps(data))
    for _ in range(draw(st.integers(1, 3))):
        places = list(_places(data))
        operation = draw(st.sampled_from(["remove", "replace", "add"]))
        if operation == "add" or not places:
            targets = [()] + [path for path in places if isinstance(_at(data, path), dict)]
            target = _at(data, draw(st.sampled_from(targets)))
            target[draw(st.sampled_from(["junk", "value", "code", "x"]))] = draw(JUNK)
            continue
        path = draw(st.sampled_from(places))
        parent = _at(data, path[:-1])
        if operation == "remove":
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JUNK)
    return data


@pytest.mark.parametrize("name", list(_valued()))
@settings(max_examples=60)
@given(data=st.data())
def test_from_dict_of_a_mutated_dict_raises_only_value_error(
    name: str, data: st.DataObject
) -> None:
    strategy, from_dict = _valued()[name]
    value = data.draw(strategy)
    assert from_dict(json.loads(json.dumps(value.to_dict()))) == value
    broken = data.draw(mutated(value.to_dict()))
    try:
        rebuilt = from_dict(broken)
    except ValueError as error:
        assert name in str(error) or "from_dict" in str(error), error
    else:  # the mutation kept a valid value (an extra key, another valid number...)
        assert type(rebuilt) is type(value)
        assert from_dict(json.loads(json.dumps(rebuilt.to_dict()))) == rebuilt


@pytest.mark.parametrize("name", list(_valued()))
@pytest.mark.parametrize("data", [None, "{}", 3, ["kind"], b"{}", ("a", 1)])
def test_from_dict_of_a_non_dict_raises_type_error(name: str, data: Any) -> None:
    _, from_dict = _valued()[name]
    with pytest.raises(TypeError, match="needs a dict"):
        from_dict(data)


def _dict_of(name: str) -> dict[str, Any]:
    from vn_party_docs import (
        parse_citation,
        parse_meeting,
        parse_official,
        parse_period,
        parse_title,
    )

    values: dict[str, Any] = {
        "Period": parse_period("quý III năm 2021"),
        "Citation": parse_citation("Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị"),
        "Title": parse_title("Phó Bí thư Tỉnh ủy Cà Mau"),
        "Official": parse_official("Lê Văn Hùng, Phó Bí thư Tỉnh ủy"),
        "Meeting": parse_meeting(
            "Chiều 1-4-2024, Ban Tổ chức Trung ương tổ chức hội nghị đánh giá quý I năm 2024."
        ),
    }
    values["Organ"] = values["Title"].organ
    result: dict[str, Any] = values[name].to_dict()
    return result


#: (class, field path, bad value or None to remove it, the field named in the message)
MALFORMED = [
    ("Period", ("kind",), None, "kind"),
    ("Period", ("kind",), "DECADE", "kind"),
    ("Period", ("start",), "2021/07/01", "start"),
    ("Period", ("start",), 20210701, "start"),
    ("Period", ("end",), None, "end"),
    ("Period", ("code",), 2021, "code"),
    ("Citation", ("number",), "205", "number"),
    ("Citation", ("number",), 205.0, "number"),
    ("Citation", ("number",), True, "number"),
    ("Citation", ("doc_type",), None, "doc_type"),
    ("Citation", ("doc_type",), "Quy định", "doc_type"),
    ("Citation", ("issued",), "23-9-2019", "issued"),
    ("Citation", ("issued",), ["2019-09-23"], "issued"),
    ("Citation", ("issuer",), 7, "issuer"),
    ("Citation", ("term",), "XII", "term"),
    ("Organ", ("name",), None, "name"),
    ("Organ", ("level",), "provincial", "level"),
    ("Organ", ("locality",), ["Cà Mau"], "locality"),
    ("Title", ("role",), 3, "role"),
    ("Title", ("former",), "no", "former"),
    ("Title", ("acting",), 0, "acting"),
    ("Title", ("organ",), "Tỉnh ủy", "organ"),
    ("Title", ("organ", "level"), 2, "organ"),
    ("Official", ("titles",), None, "titles"),
    ("Official", ("titles",), [], "title"),
    ("Official", ("titles",), "Bí thư", "titles"),
    ("Official", ("titles", 0, "role"), None, "titles[0]"),
    ("Official", ("name",), 5, "name"),
    ("Meeting", ("name",), None, "name"),
    ("Meeting", ("date",), "1-4-2024", "date"),
    ("Meeting", ("day_part",), "chiều", "day_part"),
    ("Meeting", ("organizers",), "Ban Tổ chức Trung ương", "organizers"),
    ("Meeting", ("organizers",), [1], "organizers[0]"),
    ("Meeting", ("online",), "yes", "online"),
    ("Meeting", ("bridge_points",), "67", "bridge_points"),
    ("Meeting", ("reviewed", 0, "start"), "x", "reviewed[0]"),
    ("Meeting", ("reviewed",), {"kind": "YEAR"}, "reviewed"),
]


@pytest.mark.parametrize(("name", "path", "bad", "field"), MALFORMED)
def test_from_dict_names_the_malformed_field(
    name: str, path: tuple[Any, ...], bad: Any, field: str
) -> None:
    _, from_dict = _valued()[name]
    data = _dict_of(name)
    parent = _at(data, path[:-1])
    if bad is None:
        del parent[path[-1]]
    else:
        parent[path[-1]] = bad
    with pytest.raises(ValueError, match=regex.escape(field)) as raised:
        from_dict(data)
    assert not isinstance(raised.value, (KeyError, AttributeError))


def test_mention_and_extraction_from_dict_name_the_field() -> None:
    from vn_party_docs import Period, Span

    record = _sample_extraction().to_dict()
    record["periods"][0]["span"]["start"] = "0"
    with pytest.raises(ValueError, match=r"periods\[0\].*span.*start"):
        Extraction.from_dict(record)
    record = _sample_extraction().to_dict()
    record["citations"] = {"not": "a list"}
    with pytest.raises(ValueError, match="citations"):
        Extraction.from_dict(record)
    mention = _mention_of(Period.year(2021)).to_dict()
    mention["text"] = "năm"
    with pytest.raises(ValueError, match="not as long as its span"):
        Mention.from_dict(mention, Period.from_dict)
    with pytest.raises(ValueError, match="'end' must be an int"):
        Span.from_dict({"start": 1, "end": 2.0})


#: The package seen as untyped: the calls below pass wrong types on purpose.
VPD: Any = vn_party_docs


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (lambda: VPD.Citation(VPD.DocType.QUY_DINH, 205, issued="2024-06-14"),
         TypeError, "issued must be a date"),
        (lambda: VPD.Citation(VPD.DocType.QUY_DINH, "205"),
         TypeError, "number must be an int"),
        (lambda: VPD.Official("Lê Văn A", ()), ValueError, "at least one title"),
        (lambda: VPD.Official(None, ()), ValueError, "at least one title"),
        (lambda: VPD.Official("Lê Văn A", [VPD.parse_title("Bí thư")]),
         TypeError, "tuple of Title"),
        (lambda: VPD.Organ(None, None), TypeError, "name must be a str"),
        (lambda: VPD.Organ("Tỉnh ủy", "PROVINCIAL"), TypeError, "level must be"),
        (lambda: VPD.Title("Bí thư", former="no"), TypeError, "former must be a bool"),
        (lambda: VPD.Title("Bí thư", "Tỉnh ủy"), TypeError, "organ must be"),
        (lambda: VPD.Meeting("2024-04-01", None, (), "hội nghị"), TypeError, "date"),
        (lambda: VPD.Meeting(None, None, ["Tỉnh ủy"], "hội nghị"), TypeError,
         "organizers"),
        (lambda: VPD.Meeting(None, None, (), "hội nghị", bridge_points="67"),
         TypeError, "bridge_points"),
        (lambda: VPD.Span("1", 2), TypeError, "start must be an int"),
    ],
)  # fmt: skip
def test_constructors_refuse_values_of_the_wrong_type(
    build: Callable[[], Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        build()


@pytest.mark.parametrize("kinds", ["periods", b"periods", 3, ["periods", 3]])
def test_kinds_must_be_a_collection_of_names(kinds: Any) -> None:
    with pytest.raises(TypeError, match="kinds must"):
        extract("quý III năm 2021", kinds=kinds)
    with pytest.raises(TypeError, match="kinds must"):
        extract_many(["quý III năm 2021"], kinds=kinds)


#: A script that calls extract_many at its top level, with no main guard.
UNGUARDED = """
import sys, warnings
import vn_party_docs
from vn_party_docs import batch, extract, extract_many
batch.AUTO_PARALLEL_CHARS = 0
batch._WORKERS_ONLY = True
{setup}
texts = ["Sơ kết quý %d năm 2021." % (i % 4 + 1) for i in range(40)]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    results = list(extract_many(texts{arguments}))
assert results == [extract(text) for text in texts]
print(len(results), "|".join(str(w.message) for w in caught))
"""


@pytest.mark.parametrize(
    ("arguments", "setup", "warning"),
    [
        ("", "", None),  # the default: this process only, nothing to guard
        (", workers=1", "", None),
        (", workers=2, chunksize=2", "", "outside `if __name__"),
        # The guard check fooled: the worker re-runs the script, stops at the call, and
        # the calling process carries on alone.
        (", workers=2, chunksize=2", "batch._unguarded_main = lambda: False", "could not start"),
    ],
    ids=["default", "workers-1", "workers-2", "workers-2-unchecked"],
)
def test_extract_many_in_a_script_without_main_guard(
    tmp_path: Path, arguments: str, setup: str, warning: str | None
) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(UNGUARDED.format(arguments=arguments, setup=setup), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    count, _, warnings = result.stdout.strip().partition(" ")
    assert count == "40"
    if warning is None:
        assert warnings == ""
    else:
        assert warning in warnings
    assert result.stdout.count("\n") == 1  # no worker ran the script's work again


GUARDED = """
import vn_party_docs
from vn_party_docs import batch, extract, extract_many
batch.AUTO_PARALLEL_CHARS = 0
batch._WORKERS_ONLY = True

if __name__ == "__main__":
    texts = ["Sơ kết quý %d năm 2021." % (i % 4 + 1) for i in range(40)]
    submitted = []
    submit = batch._Pool.submit
    def counting(pool, chunk, *rest):
        submitted.append(len(chunk))
        return submit(pool, chunk, *rest)

    batch._Pool.submit = counting
    assert list(extract_many(texts, workers=2, chunksize=2)) == [extract(t) for t in texts]
    print("chunks to workers:", len(submitted))
"""


def test_extract_many_with_the_guard_uses_processes(tmp_path: Path) -> None:
    script = tmp_path / "guarded.py"
    script.write_text(GUARDED, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-W", "error::RuntimeWarning", str(script)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split(":")[1]) >= 5, result.stdout
