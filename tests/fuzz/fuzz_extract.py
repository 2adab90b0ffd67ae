"""Coverage-guided fuzz target for every public reader (``make fuzz``; needs atheris).

Not part of ``make test``: the file name has no ``test_`` prefix, so pytest never
collects it, and atheris is imported only when the file runs as a script.

Each input is decoded leniently into a ``str`` (with a few hostile keywords spliced
in by the first byte) and checked against the reliability guarantees:

* ``extract`` and every ``find_*`` return; every mention's span gives its raw text,
  mentions are sorted and same-kind mentions never overlap;
* every ``parse_*`` either returns or raises ``ParseError`` (with a position inside
  the input) — any other exception is a crash the fuzzer reports with its input.

Usage::

    make fuzz                                   # 60 s, FUZZ_SECONDS=600 for longer
    python tests/fuzz/fuzz_extract.py -max_total_time=60 .fuzz/corpus
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import vn_party_docs
from vn_party_docs import Mention, ParseError

#: Words a byte-level mutator would take long to produce on its own.
KEYWORDS = [
    "quý ", "khóa ", "-QĐ/TW", "/NĐ-CP", "Ủy viên ", "điểm cầu", "Đồng chí ", "Chiều ",
    "ngày ", "tháng ", "năm ", "Nghị quyết ", "Trung ương ", "Tỉnh ủy ", "nhiệm kỳ ",
    "Quy định số ", "Bộ Chính trị", ", ", " - ", "2021", "XIII", "1-12-2023", "\r\n",
    "\u00a0", "\u200b", "\u0301",
]  # fmt: skip

FINDERS: list[Callable[[str], Sequence[Any]]] = [
    vn_party_docs.find_periods,
    vn_party_docs.find_citations,
    vn_party_docs.find_officials,
    vn_party_docs.find_meetings,
]
PARSERS: list[Callable[[str], Any]] = [
    vn_party_docs.parse_period,
    vn_party_docs.parse_citation,
    vn_party_docs.parse_title,
    vn_party_docs.parse_titles,
    vn_party_docs.parse_official,
    vn_party_docs.parse_meeting,
]


def to_text(data: bytes) -> str:
    """Decode fuzz bytes into a hostile ``str``: keywords chosen by the bytes, then UTF-8."""
    if not data:
        return ""
    pieces = []
    for byte in data[:8]:
        if byte < 2 * len(KEYWORDS):
            pieces.append(KEYWORDS[byte % len(KEYWORDS)])
    return "".join(pieces) + data[8:].decode("utf-8", errors="replace")


def check_mentions(text: str, mentions: Sequence[Any]) -> None:
    """The offset guarantees for one list of mentions."""
    previous_end = 0
    for mention in mentions:
        assert isinstance(mention, Mention), mention
        start, end = mention.span.start, mention.span.end
        assert 0 <= start < end <= len(text), mention
        assert text[start:end] == mention.text, mention
        assert start >= previous_end, f"overlap or order at {mention!r}"
        previous_end = end


def test_one_input(data: bytes) -> None:
    """The fuzz entry point: every guarantee on one input."""
    text = to_text(data)
    result = vn_party_docs.extract(text)
    for kind in ("periods", "citations", "officials", "meetings"):
        check_mentions(text, getattr(result, kind))
    for finder in FINDERS:
        with contextlib.suppress(NotImplementedError):  # a module still a placeholder
            check_mentions(text, finder(text))
    for parser in PARSERS:
        try:
            parser(text)
        except ParseError as error:
            assert 0 <= error.position <= len(text), error
        except NotImplementedError:
            pass


ROOT = Path(__file__).resolve().parents[2]
#: The default corpus folder (gitignored), seeded with the paragraphs of the demo articles.
CORPUS = ROOT / ".fuzz" / "corpus"


def seed_corpus(folder: Path) -> None:
    """Write the demo articles' paragraphs as seeds (eight bytes that choose no keyword)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "examples" / "data").glob("*.txt")):
        for number, paragraph in enumerate(path.read_text(encoding="utf-8").split("\n\n")):
            seed = folder / f"seed-{path.stem}-{number}"
            if paragraph.strip() and not seed.exists():
                seed.write_bytes(b"\xff" * 8 + paragraph.encode("utf-8"))


def main() -> None:
    """Run atheris on :func:`test_one_input` (arguments are libFuzzer's).

    Without a corpus folder on the command line, ``.fuzz/corpus`` is used and seeded.
    """
    try:
        import atheris
    except ImportError:
        sys.exit("atheris is not installed: pip install -e '.[fuzz]' (or run `make fuzz`)")
    argv = list(sys.argv)
    if not any(not argument.startswith("-") for argument in argv[1:]):
        seed_corpus(CORPUS)
        argv.append(str(CORPUS))
    atheris.instrument_all()
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
