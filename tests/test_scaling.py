"""Linear time and bounded work: a static lint of every pattern and scaling probes.

Three guards, none of them a wall-clock assertion:

* every compiled pattern of the package (``vn_party_docs._text.grammar.PATTERNS``,
  after a rich text has forced the lazy ones to compile, plus the literal patterns
  passed straight to ``regex`` functions in the source) is parsed and rejected if an
  unbounded quantifier (``+``, ``*``, ``{n,}``) repeats a group that itself holds an
  unbounded quantifier, or if whitespace is repeated without bound;
* pathological repetitions of a unit ("quý " × n, "Quy định số 1-" × n, ...) are fed
  to every finder at n and 4n, and the number of Python calls (Python functions and
  C functions such as ``Pattern.match``, counted with :func:`sys.setprofile`) may
  grow at most by a constant factor over the 4-fold input; each probe first checks
  that its unit reaches the recognizer;
* every pattern runs over every pathological input with ``regex``'s ``timeout=``
  (patterns compiled with ``re`` through their ``regex`` twin: the same backtracking
  search, the one engine that can stop it), a hang guard for backtracking inside the
  engine, which Python profiling cannot see.
"""

from __future__ import annotations

import ast
import importlib
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
import regex

import vn_party_docs
from vn_party_docs._text.grammar import PATTERNS, Pattern, regex_twin
from vn_party_docs._text.normalize import NormalizedText

PACKAGE = Path(vn_party_docs.__file__).resolve().parent

# -- helpers shared by the probes ------------------------------------------------------


def implemented(module: str) -> bool:
    """Tell whether an entity module has replaced its placeholder."""
    doc = importlib.import_module(f"vn_party_docs.{module}").__doc__ or ""
    return not doc.startswith("PLACEHOLDER")


FINDERS: dict[str, tuple[str, Callable[..., list[Any]]]] = {
    "periods": ("periods", vn_party_docs.find_periods),
    "citations": ("citations", vn_party_docs.find_citations),
    "officials": ("titles", vn_party_docs.find_officials),
    "meetings": ("meetings", vn_party_docs.find_meetings),
}

#: A text that touches every grammar (used to compile every lazy pattern).
RICH_TEXT = (
    "10:45, 01/07/2020\n"
    "Chiều ngày 30 tháng 9 năm 2021, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban "
    "trực tuyến với 67 điểm cầu đánh giá công tác quý III; triển khai nhiệm vụ công tác "
    "quý IV năm 2021. Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương "
    "Đảng, Trưởng Ban Tổ chức Trung ương dự và chủ trì hội nghị. Sáng nay (1/7), Ban Tổ "
    "chức TW, Bộ Nội vụ phối hợp tổ chức hội nghị trực tuyến sơ kết 6 tháng đầu năm 2020. "
    "Theo Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư, Nghị quyết Trung ương 4 "
    "khóa XI, XII, Nghị định số 30/2020/NĐ-CP, Kết luận 01, Chỉ thị 05-CT/TW, Nghị quyết "
    "Đại hội XIII của Đảng; nhiệm kỳ 2020 - 2025, 2025-2030; giai đoạn 2023 - 2030; "
    "9 tháng đầu năm 2024; tháng 9/2021; năm 2019. Các đồng chí: Nguyễn Văn A, Phó Bí "
    "thư Thường trực Tỉnh ủy; Lê Thị B - Chủ tịch UBND tỉnh Cà Mau. Chiều 1- 4, Ban Tổ "
    "chức Tỉnh ủy tổ chức hội nghị tới 70 điểm cầu.\n"
)


def compile_all_patterns() -> list[Pattern]:
    """Run every implemented finder on a rich text, then return all recorded patterns."""
    vn_party_docs.extract(RICH_TEXT)
    for module, finder in FINDERS.values():
        if implemented(module):
            finder(RICH_TEXT)
    return list({id(pattern): pattern for pattern in PATTERNS}.values())


# -- the pattern lint ---------------------------------------------------------------


@dataclass
class _Frame:
    start: int
    name: str | None = None
    unbounded: bool = False  # holds an unbounded quantifier somewhere inside
    atoms: int = 0
    whitespace_only: bool = True


@dataclass
class Lint:
    """What the lint found in one pattern source."""

    problems: list[str] = field(default_factory=list)
    named: dict[str, bool] = field(default_factory=dict)  # group name -> holds unbounded
    unbounded_at: list[int] = field(default_factory=list)


_QUANTIFIER = regex.compile(r"\{(\d*)(,?)(\d*)\}")
_INLINE_FLAGS = regex.compile(r"\(\?([a-zA-Z]*(?:-[a-zA-Z]+)?)\)")
_WHITESPACE_ITEMS = {" ", "\\s", "\\t", "\\n", "\\r", "\\ ", "\u00a0", "\\u00a0", "\\x20"}


def _class_end(source: str, start: int) -> int:
    """Index just after the character class that opens at ``start``."""
    index = start + 1
    if source.startswith("^", index):
        index += 1
    if source.startswith("]", index):
        index += 1
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if source.startswith("[:", index):
            close = source.find(":]", index + 2)
            if close != -1:
                index = close + 2
                continue
        if char == "]":
            return index + 1
        index += 1
    return index


def _class_is_whitespace(body: str) -> bool:
    """Tell whether a class body (between the brackets) holds whitespace only."""
    if body.startswith("^"):
        return body in ("^\\S",)
    items = regex.findall(r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\.|.", body, flags=regex.DOTALL)
    return bool(items) and all(item in _WHITESPACE_ITEMS or item.isspace() for item in items)


def lint_source(source: str, verbose: bool, calls: dict[str, bool] | None = None) -> Lint:
    """Parse a ``regex`` pattern source and report unbounded nested or blank repetition.

    ``calls`` gives, for named groups, whether they hold an unbounded quantifier, so
    that a subroutine call ``(?&name)`` counts as its group (a first pass finds them).
    """
    calls = calls or {}
    lint = Lint()
    stack = [_Frame(0)]
    index = 0
    length = len(source)

    def skip_blank(position: int) -> int:
        while verbose and position < length:
            if source[position].isspace():
                position += 1
            elif source[position] == "#":
                newline = source.find("\n", position)
                position = length if newline == -1 else newline + 1
            else:
                break
        return position

    def quantifier(position: int) -> tuple[int, bool | None]:
        """Return (new position, unbounded?) — ``None`` when no quantifier follows."""
        position = skip_blank(position)
        if position >= length:
            return position, None
        char = source[position]
        unbounded: bool | None = None
        if char in "*+":
            unbounded, position = True, position + 1
        elif char == "?":
            unbounded, position = False, position + 1
        elif char == "{":
            match = _QUANTIFIER.match(source, position)
            if match is None or not (match[1] or match[3]):
                return position, None
            unbounded = bool(match[2]) and not match[3]
            position = match.end()
        else:
            return position, None
        if position < length and source[position] in "?+":
            position += 1
        return position, unbounded

    def add_atom(start: int, inner_unbounded: bool, whitespace: bool, after: int) -> int:
        frame = stack[-1]
        position, unbounded = quantifier(after)
        shown = source[max(0, start - 10) : position + 10].replace("\n", " ")
        if unbounded:
            lint.unbounded_at.append(start)
            if inner_unbounded:
                lint.problems.append(
                    f"unbounded quantifier on a group with an unbounded quantifier inside "
                    f"at {start}: ...{shown}..."
                )
            if whitespace:
                lint.problems.append(f"unbounded whitespace at {start}: ...{shown}...")
        frame.unbounded = frame.unbounded or inner_unbounded or bool(unbounded)
        frame.atoms += 1
        frame.whitespace_only = frame.whitespace_only and whitespace
        return position

    while index < length:
        index = skip_blank(index)
        if index >= length:
            break
        char = source[index]
        start = index
        if char == "\\":
            kind = source[index + 1 : index + 2]
            end = index + 2
            if kind in ("p", "P", "N", "x", "u", "U") and source.startswith("{", end):
                end = source.find("}", end) + 1 or length
            elif kind in ("L", "g", "k") and source.startswith("<", end):
                end = source.find(">", end) + 1 or length
            index = add_atom(start, False, kind in ("s", " ", "n", "t", "r"), end)
        elif char == "[":
            end = _class_end(source, index)
            index = add_atom(start, False, _class_is_whitespace(source[index + 1 : end - 1]), end)
        elif char == "(":
            if source.startswith("(?#", index):
                index = source.find(")", index) + 1 or length
                continue
            flags = _INLINE_FLAGS.match(source, index)
            if flags is not None:
                on, _, off = flags[1].partition("-")
                verbose = ("x" in on or verbose) and "x" not in off
                index = flags.end()
                continue
            call = regex.match(r"\(\?(?:&|P>)(\w+)\)|\(\?(R|[-+]?\d+)\)", source[index:])
            if call is not None:
                inner = calls.get(call[1], False) if call[1] else any(calls.values())
                index = add_atom(start, inner, False, index + call.end())
                continue
            name_match = regex.match(r"\(\?P?<(\w+)>", source[index:])
            conditional = regex.match(r"\(\?\((\w+)\)", source[index:])
            if name_match is not None:
                stack.append(_Frame(start, name_match[1]))
                index += name_match.end()
            elif conditional is not None:
                stack.append(_Frame(start))
                index += conditional.end()
            else:
                opener = regex.match(r"\((?:\?(?:[:=!>|]|<[=!]|[a-zA-Z-]+:))?", source[index:])
                assert opener is not None
                stack.append(_Frame(start))
                index += opener.end()
        elif char == ")":
            if len(stack) == 1:  # unbalanced: regex would not have compiled it
                index += 1
                continue
            frame = stack.pop()
            if frame.name is not None:
                lint.named[frame.name] = frame.unbounded
            whitespace = frame.atoms > 0 and frame.whitespace_only
            index = add_atom(frame.start, frame.unbounded, whitespace, index + 1)
        elif char == "|":
            index += 1
        elif char in "^$.":
            index = add_atom(start, False, False, index + 1)
        else:
            index = add_atom(start, False, char == " " and not verbose, index + 1)
    return lint


def lint_pattern(source: str, verbose: bool) -> list[str]:
    """Problems of one pattern (two passes so that subroutine calls see their groups)."""
    first = lint_source(source, verbose)
    return lint_source(source, verbose, first.named).problems


@pytest.mark.parametrize(
    ("source", "verbose", "bad"),
    [
        (r"(a+)+", False, True),
        (r"(?:x\s*y)*", False, True),
        (r"\s+", False, True),
        (r"[ ]*", True, True),
        (r"a +", False, True),
        (r"(?:[ ]{1,3})+", True, True),
        (r"(?:[ ]{1,3}\n?)+", True, True),
        (r"(?P<w>\w+)(?:,(?&w)){1,}", False, True),
        (r"(?:a{1,3},){2,}", False, False),
        (r"\d+(?:\.\d{3}){0,3}", False, False),
        (r"quý[ ]{1,3}(?:iv|i{1,3})(?![\w])", True, False),
        (r"[+*]{1,2}\{x", False, False),
        (r"a{,}", False, False),
        (r"""(?x) a  +  # a comment with ( and [""", False, False),
        (r"[\]\s]+x", False, False),
    ],
)
def test_lint_recognises_bad_patterns(source: str, verbose: bool, bad: bool) -> None:
    regex.compile(source, regex.VERBOSE if verbose else 0)
    assert bool(lint_pattern(source, verbose)) is bad, lint_pattern(source, verbose)


def test_every_compiled_pattern_is_bounded() -> None:
    patterns = compile_all_patterns()
    assert patterns, "no pattern was recorded"
    problems = [
        f"pattern #{number} ({pattern.pattern.strip()[:60]!r}...): {problem}"
        for number, pattern in enumerate(patterns)
        for problem in lint_pattern(pattern.pattern, bool(pattern.flags & regex.VERBOSE))
    ]
    assert not problems, "\n".join(problems)


_REGEX_FUNCTIONS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "split",
}


def _literal_patterns() -> Iterator[tuple[str, int, str, bool]]:
    """Every literal pattern passed straight to a ``regex``/``re`` function in the package."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("regex", "re")
                and node.func.attr in _REGEX_FUNCTIONS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            verbose = "VERBOSE" in ast.dump(node) or "(?x)" in node.args[0].value
            yield path.name, node.lineno, node.args[0].value, verbose


def test_literal_patterns_outside_the_registry_are_bounded() -> None:
    found = list(_literal_patterns())
    assert found, "the AST walk found no literal pattern at all"
    problems = [
        f"{name}:{line} {source!r}: {problem}"
        for name, line, source, verbose in found
        for problem in lint_pattern(source, verbose)
    ]
    assert not problems, "\n".join(problems)


# -- scaling probes -----------------------------------------------------------------


@dataclass(frozen=True)
class Work:
    """Deterministic work counts of one call."""

    events: int  # Python calls and executed lines, plus calls into C functions
    regex_calls: int  # calls of compiled-pattern methods (match, search, finditer...)


def count_work(function: Callable[[], object]) -> Work:
    """Count the work done while ``function`` runs, deterministically.

    Python calls and executed lines come from :func:`sys.settrace` (a loop over a
    growing list inside one function shows up as lines), calls into C functions from
    :func:`sys.setprofile`; among those, the calls of compiled-pattern methods are
    also counted apart (one ``match`` per anchor is linear, one per anchor and
    previous mention is not).
    """
    events = 0
    regex_calls = 0

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal events
        events += 1
        return tracer

    def profiler(frame: FrameType, event: str, arg: object) -> None:
        nonlocal events, regex_calls
        if event == "c_call":
            events += 1
            if isinstance(getattr(arg, "__self__", None), (regex.Pattern, re.Pattern)):
                regex_calls += 1

    sys.settrace(tracer)
    sys.setprofile(profiler)
    try:
        function()
    finally:
        sys.setprofile(None)
        sys.settrace(None)
    return Work(events, regex_calls)


def count_calls(function: Callable[[], object]) -> int:
    """All the events of :func:`count_work`."""
    return count_work(function).events


def assert_linear(what: str, small: Work, large: Work) -> None:
    """Fail when the work on a 4-fold input grows by more than :data:`GROWTH_LIMIT`."""
    growth = large.events / max(small.events, 1)
    assert growth < GROWTH_LIMIT, (
        f"{what}: {small.events} events at n, {large.events} at 4n (x{growth:.1f})"
    )
    regex_growth = large.regex_calls / max(small.regex_calls, 1)
    assert regex_growth < GROWTH_LIMIT, (
        f"{what}: {small.regex_calls} regex calls at n, {large.regex_calls} at 4n "
        f"(x{regex_growth:.1f})"
    )


@dataclass(frozen=True)
class Probe:
    """A unit repeated n times; ``reaches`` names the finders its unit alone must reach."""

    name: str
    unit: str
    reaches: tuple[str, ...]
    prefix: str = ""
    count: int = 200

    def text(self, times: int) -> str:
        return self.prefix + self.unit * times


#: A recognizer is reached when a finder reports a mention for the unit, or when the
#: unit contains its anchor keyword (checked against the lower-cased normalised text).
ANCHORS: dict[str, tuple[str, ...]] = {
    "periods": ("quý", "tháng", "năm", "nhiệm kỳ", "giai đoạn", "nửa"),
    "citations": ("quy định", "nghị quyết", "chỉ thị", "kết luận", "quyết định", "nghị định"),
    "officials": ("đồng chí", "ủy viên", "bí thư", "chủ tịch", "trưởng ban", "đ/c"),
    "meetings": ("hội nghị", "chiều", "sáng", "điểm cầu", "tổ chức"),
}

MEETING = "Chiều 1-4, Ban Tổ chức Trung ương tổ chức hội nghị"

PROBES = [
    Probe("quy", "quý ", ("periods",)),
    Probe("quy-i-comma", "quý I, ", ("periods",)),
    Probe("quy-year-sentence", "quý I năm 2021. quý II. ", ("periods",)),
    Probe("quy-year-enumeration", "quý I năm 2021; quý II; ", ("periods",)),
    Probe("thang-nam", "tháng 9 năm ", ("periods",)),
    Probe("nhiem-ky-ranges", "2020 - 2025, ", ("periods",), prefix="nhiệm kỳ 2015 - 2020, "),
    Probe("nam-years", "năm 2021 ", ("periods",)),
    # Yearless periods in one long enumeration: each looks up the year that closes it.
    Probe("quy-roman-semicolons", "quý III; ", ("periods",)),
    Probe("thang-commas", "tháng 1, ", ("periods",)),
    Probe("half-years", "6 tháng đầu năm ", ("periods",)),
    Probe("half-years-closed", "6 tháng đầu năm, quý I và tháng 3 năm 2020; ", ("periods",)),
    Probe("month-words", "tháng Ba năm 2024, tháng Tư, ", ("periods",)),
    # Headings read their next paragraph; dated sentence leads and law names are read
    # within bounded windows.
    Probe("headings", "Sơ kết quý II\n\nChiều 5/7, họp về quý II.\n", ("periods",)),
    Probe("dated-leads", "Ngày 1-1-2021. quý I. ", ("periods",)),
    Probe("law-years", "Luật Đất đai năm 2024, sửa đổi, bổ sung năm 2025, ", ("periods",)),
    Probe("quy-dinh-so", "Quy định số 1-", ("citations",)),
    Probe("nghi-quyet-so", "Nghị quyết số 1, ", ("citations",)),
    Probe("nghi-quyet-list", "18, ", ("citations",), prefix="Nghị quyết số 17, "),
    Probe("khoa", "khóa XIII, ", ("citations",), prefix="Nghị quyết Trung ương 4 "),
    Probe("ngay", "ngày 1-1-", ()),
    Probe("ngay-full", "ngày 1-1-2021 ", ()),
    Probe("ngay-after-citation", "ngày 1-1-", ("citations",), prefix="Quy định số 137-QĐ/TW "),
    Probe("dates-after-citation", "ngày 1-12-2023, ", ("citations",), prefix="Chỉ thị 05-CT/TW "),
    Probe("dashes", "- ", ("citations",), prefix="Quy định số 1"),
    # citations whose issuer or date comes from the sentence (issue 15)
    Probe(
        "enacting-clause",
        "Ngày 1/2/2020, Ban Thường vụ Tỉnh ủy Hà Nam đã ban hành Kế hoạch số 5-KH/TU. ",
        ("citations",),
    ),
    Probe(
        "on-behalf",
        "Thay mặt Bộ Chính trị, đồng chí Lê Văn A đã ký Quy định số 5. ",
        ("citations",),
    ),
    Probe("office-holder", "Thủ tướng Phạm Văn An ký Quyết định số 5/QĐ-TTg. ", ("citations",)),
    Probe(
        "list-intro",
        "Nghị quyết số 5-NQ/TW, ",
        ("citations",),
        prefix="3 nghị quyết của Bộ Chính trị, gồm: ",
    ),
    Probe("list-intros", "nghị quyết của Bộ Chính trị, gồm: Chỉ thị 5, ", ("citations",)),
    Probe("intro-without-list", "Ban Bí thư ban hành các nghị quyết: ", ()),
    Probe("shared-tail", "Chỉ thị số 5-CT/TW ngày 1/2/2020, ", ("citations",)),
    Probe("scrambled", "Kết lụân số 14-KL/TW củả Bạn Bí thư, ", ("citations",)),
    Probe("local-congress", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, ", ("citations",)),
    Probe("uy-vien", "Ủy viên ", ("officials",)),
    Probe("uy-vien-bct", "Ủy viên Bộ Chính trị, ", ("officials",), prefix="đồng chí Lê Văn A, "),
    # Names without titles: one name scan, no title grammar (so no reach check).
    Probe("dong-chi", "Đồng chí Lê Văn A, ", ()),
    Probe("dong-chi-title", "đồng chí Lê Văn A, Bí thư Tỉnh ủy; ", ("officials",)),
    Probe("names", "Lê Văn A, ", ("officials",), prefix="Ủy viên Ban Thường vụ Tỉnh ủy: "),
    # Meeting leads are tried from their meeting noun: a lead needs one to be reached.
    Probe("chieu", "Chiều 1-4, hội nghị ", ("meetings",)),
    Probe("diem-cau", "điểm cầu ", ("meetings",), prefix=MEETING + " trực tuyến với "),
    Probe(
        "hoi-nghi", "Ban Tổ chức Trung ương tổ chức hội nghị ", ("meetings",), prefix="Chiều 1-4, "
    ),
    Probe("meeting-leads", "Chiều 1-4, Ban hội nghị. ", ("meetings",)),
    Probe("meeting-headers", MEETING + ". ", ("meetings",)),
    Probe("meeting-periods", MEETING + " đánh giá quý I năm 2024. ", ("meetings", "periods")),
    Probe("meeting-one-paragraph", "Sáng 2-4, Tỉnh ủy tổ chức hội nghị, ", ("meetings",)),
    Probe(
        "chairs",
        "đồng chí Lê Văn A, Bí thư Tỉnh ủy chủ trì. ",
        ("meetings",),
        prefix=MEETING + ". ",
    ),
    Probe("bridge-counts", "với 67 điểm cầu, ", ("meetings",), prefix=MEETING + " trực tuyến "),
    # Year-less headers, one a line: each finds its year with one bisection (issue 17).
    Probe("yearless-headers", "Sáng 2-4, Tỉnh ủy tổ chức hội nghị.\n", ("meetings",)),
    Probe(
        "yearless-headers-periods",
        "Quý I năm 2021.\nSáng 2-4, Tỉnh ủy tổ chức hội nghị.\n",
        ("meetings", "periods"),
    ),
    Probe("same-day-headers", "Sáng cùng ngày, Tỉnh ủy tổ chức hội nghị.\n", ("meetings",)),
    Probe(
        "chaired-headers",
        "Sáng 2-4, đồng chí Lê Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.\n",
        ("meetings",),
    ),
    # Round 2 of issue 14: sentences that open with "Tiếp đó" inside one paragraph, lines
    # without a day, bodies named in full, a full date far from each year-less header.
    Probe(
        "sequel-sentences",
        "Đại hội bầu ủy viên. Sau đó, Ban Chấp hành họp phiên thứ nhất. ",
        ("meetings",),
    ),
    Probe(
        "dayless-lines", "Ban Bí thư, Ban Tuyên giáo Trung ương tổ chức Hội nghị.\n", ("meetings",)
    ),
    Probe(
        "open-bodies",
        "Sáng 2-4, Ban Chỉ đạo (BCĐ) thực hiện Đề án 06 và BCĐ tỉnh tổ chức hội nghị.\n",
        ("meetings",),
    ),
    Probe(
        "article-dates",
        "Sáng 2-4, Tỉnh ủy tổ chức hội nghị.\n\nA.\n\nB.\n\nPhát biểu ngày 13/9/2024.\n\n",
        ("meetings",),
    ),
    Probe("digits", "1", (), count=2000),
    Probe("commas", ",", (), count=10_000),
    Probe("combining", "a\u0301\u0302\u0323", (), count=1000),
    Probe("zero-width", "quý\u200b ", ("periods",)),
    Probe("newlines", "quý\n", ("periods",)),
]

#: Allowed growth of the call count when the input grows four times (linear: about 4).
GROWTH_LIMIT = 6.0


def _reached(finder: str, probe: Probe) -> bool:
    """The unit reaches the recognizer: the finder reports a mention for the unit
    alone, or it makes more pattern calls on the probe than on neutral text of the
    same length (its anchor fired and the grammar was tried there)."""
    _, find = FINDERS[finder]
    if find(probe.prefix + probe.unit * 3):
        return True
    text = probe.text(20)
    neutral = ("và " * len(text))[: len(text)]
    return (
        count_work(lambda: find(text)).regex_calls > count_work(lambda: find(neutral)).regex_calls
    )


def _probe_cases() -> Iterator[Any]:
    for probe in PROBES:
        for finder in FINDERS:
            yield pytest.param(probe, finder, id=f"{probe.name}-{finder}")


@pytest.mark.parametrize(("probe", "finder"), list(_probe_cases()))
def test_finders_scale_linearly(probe: Probe, finder: str) -> None:
    module, find = FINDERS[finder]
    if not implemented(module):
        pytest.skip(f"{module}.py is still a placeholder")
    if finder in probe.reaches:
        assert _reached(finder, probe), f"{probe.name} never reaches the {finder} recognizer"
    find(probe.text(1))  # compile the lazy patterns before counting
    small = count_work(lambda: find(probe.text(probe.count)))
    large = count_work(lambda: find(probe.text(4 * probe.count)))
    assert_linear(f"find_{finder} on {probe.unit!r} x n (n={probe.count})", small, large)


@pytest.mark.parametrize("probe", PROBES, ids=[probe.name for probe in PROBES])
def test_extract_scales_linearly(probe: Probe) -> None:
    vn_party_docs.extract(probe.text(1))
    small = count_work(lambda: vn_party_docs.extract(probe.text(probe.count)))
    large = count_work(lambda: vn_party_docs.extract(probe.text(4 * probe.count)))
    assert_linear(f"extract on {probe.unit!r} x n (n={probe.count})", small, large)


def test_call_counter_sees_quadratic_work() -> None:
    def quadratic(size: int) -> int:
        total = 0
        for first in range(size):
            for second in range(first):
                total += second
        return total

    small = count_calls(lambda: quadratic(20))
    large = count_calls(lambda: quadratic(80))
    assert large / small > GROWTH_LIMIT

    for pattern in (regex.compile("x"), re.compile("x")):  # both engines are counted

        def searches(size: int, pattern: Pattern = pattern) -> None:
            for first in range(size):
                for _ in range(first):
                    pattern.match("x")

        assert (
            count_work(lambda: searches(80)).regex_calls
            > 6 * count_work(lambda: searches(20)).regex_calls
        )


#: A hang guard: generous, only a catastrophic backtracking run would reach it.
REGEX_TIMEOUT = 10.0


@pytest.mark.parametrize("probe", PROBES, ids=[probe.name for probe in PROBES])
def test_no_pattern_backtracks_catastrophically(probe: Probe) -> None:
    patterns = compile_all_patterns()
    lower = NormalizedText(probe.text(4 * probe.count)).lower
    for pattern in patterns:
        try:
            for _ in regex_twin(pattern).finditer(lower, timeout=REGEX_TIMEOUT):
                pass
        except TimeoutError:  # pragma: no cover - the failure being tested for
            pytest.fail(f"pattern {pattern.pattern[:80]!r} timed out on {probe.unit!r} x n")


#: Peak bytes allocated per character of input by ``extract`` (the input itself not
#: counted: it is allocated before tracing starts), on the mention-dense RICH_TEXT (a
#: mention every 35 characters; the mentions take most of it). Measured: 14.5 here,
#: about 6 on real articles (benchmarks/run.py).
MEMORY_PER_CHARACTER = 24


def _peak_bytes(text: str) -> int:
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        vn_party_docs.extract(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_extract_memory_is_bounded_per_character() -> None:
    vn_party_docs.extract(RICH_TEXT)
    unit = RICH_TEXT + "\n"
    small_text = unit * (100_000 // len(unit))
    large_text = unit * (400_000 // len(unit))
    small, large = _peak_bytes(small_text), _peak_bytes(large_text)
    assert large / len(large_text) <= MEMORY_PER_CHARACTER, large / len(large_text)
    assert large / small < GROWTH_LIMIT, (small, large)


# -- documents(): many references to one number ----------------------------------------


def _letters(index: int) -> str:
    """``index`` written with capital letters (an issuer code takes no figures)."""
    return "".join(chr(ord("A") + int(digit)) for digit in str(index))


#: Units whose citations all name one number but differ (a subject, a date, a place), so
#: that grouping them by document cannot collapse them to one value first.
DOCUMENT_UNITS: dict[str, Callable[[int], str]] = {
    "full-then-short-subjects": lambda i: (
        f"Nghị quyết số 18-NQ/TW ngày 25-10-2017 về “việc {i}”. Nghị quyết 18 về “điều {i}”. "
    ),
    "short-subjects": lambda i: f"Quy định số 205-QĐ/TW ngày 23-9-2019. Quy định 205 về “ý {i}”. ",
    "many-dates": lambda i: (
        f"Nghị quyết số 18-NQ/TW ngày {i % 28 + 1}-{i % 12 + 1}-{2000 + i % 20}. Nghị quyết 18. "
    ),
    "many-symbols": lambda i: (
        f"Kế hoạch số 25-KH/{_letters(i)}TW ngày 1-1-2020. Kế hoạch số 25-KH/{_letters(i)}TW. "
    ),
    "many-places": lambda i: (
        f"Kế hoạch số 25-KH/TU ngày 1-1-2020 của Tỉnh ủy Hà Nam {i}. "
        f"Kế hoạch số 25 của Tỉnh ủy Hà Nam {i}. "
    ),
}


@pytest.mark.parametrize("name", sorted(DOCUMENT_UNITS))
def test_documents_scales_linearly(name: str) -> None:
    from vn_party_docs.registry import documents

    unit = DOCUMENT_UNITS[name]

    def text(times: int) -> str:
        return "".join(unit(index) for index in range(times))

    assert documents(text(3)), f"{name} never groups a document"
    small = count_work(lambda: documents(text(100)))
    large = count_work(lambda: documents(text(400)))
    assert_linear(f"documents() on {name} x n (n=100)", small, large)
