"""The ``vn-party-docs`` command: run :func:`~vn_party_docs.extract` over files.

``vn-party-docs FILE...`` prints one JSON object per file (JSON Lines), one JSON
array (``--format json``) or readable aligned tables (``--format table``). A file
that cannot be read gives one line on standard error and the other files are
still processed. ``python -m vn_party_docs`` runs the same command.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "a.txt").write_text("Sơ kết quý III năm 2021.", encoding="utf-8")
    24
    >>> from vn_party_docs.cli import main
    >>> main([str(folder / "a.txt"), "--kinds", "periods", "--format", "table"])
    ... # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    ==> .../a.txt <==
    periods (1)
      value             span      text
      quý III năm 2021  [7, 23)   quý III năm 2021
    0
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import shutil
import signal
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import IO, Any

from . import __version__
from .document import KINDS, Extraction, extract

__all__ = ["EXIT_BAD_INPUT", "EXIT_OK", "EXIT_USAGE", "display_width", "main"]

#: Every file was read and processed.
EXIT_OK = 0
#: At least one file could not be read (missing, a directory, not UTF-8, ...).
EXIT_BAD_INPUT = 1
#: The command line itself is wrong (unknown option, bad ``--kinds`` or date).
EXIT_USAGE = 2
#: Stopped by Ctrl-C (128 + SIGINT), as shells report it.
EXIT_INTERRUPTED = 130
#: The reader of standard output went away (``| head``): 128 + SIGPIPE.
EXIT_BROKEN_PIPE = 141

_PROG = "vn-party-docs"
_STDIN = "-"
_STDIN_NAME = "<stdin>"
#: Show a progress counter on a terminal from this many files on.
_PROGRESS_MIN_FILES = 6
#: Narrowest and widest value and text columns of ``--format table`` (cells wrap).
_MIN_CELL = 30
_MAX_CELL = 60

_EPILOG = f"""\
examples:
  {_PROG} article.txt                      JSON Lines, one object per file
  {_PROG} --format table examples/data/*.txt
  {_PROG} --kinds periods,citations a.txt b.txt
  cat article.txt | {_PROG} --format json -
  {_PROG} --reference-date 2024-04-01 lead.txt   complete "Chiều 1- 4" with 2024

output:
  jsonl   one line per file: {{"file": NAME, "periods": [...], "citations": [...],
          "officials": [...], "meetings": [...]}} (Extraction.to_dict() plus "file";
          kinds left out by --kinds are empty lists). Standard input is "{_STDIN_NAME}".
  json    the same objects in one JSON array.
  table   per file and kind: canonical value, span [start, end) and raw text.
  Spans count characters of the file decoded as UTF-8, line endings untouched.

exit status:
  {EXIT_OK}    every file was processed
  {EXIT_BAD_INPUT}    some file could not be read (missing, a directory, not UTF-8);
       the others were still processed
  {EXIT_USAGE}    usage error (unknown option, bad --kinds or --reference-date)
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C); every JSON line already written is whole
  {EXIT_BROKEN_PIPE}  the reader of the output closed the pipe (e.g. | head)
"""


class _UsageError(Exception):
    """A bad command line, reported by argparse."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting, so :func:`main` returns."""

    def error(self, message: str) -> Any:  # pragma: no cover - exercised via main
        """Print the usage and the problem, then stop with :data:`EXIT_USAGE`."""
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise _UsageError(message)


def _kinds(value: str) -> tuple[str, ...]:
    """Read ``--kinds``: comma-separated names from :data:`KINDS`, in any order."""
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [kind for kind in chosen if kind not in KINDS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"invalid kinds {value!r}; choose one or more of {','.join(KINDS)}"
        )
    return tuple(kind for kind in KINDS if kind in chosen)


def _date(value: str) -> datetime.date:
    """Read ``--reference-date`` in ``YYYY-MM-DD`` form."""
    parts = value.split("-")
    if len(parts) == 3 and [len(part) for part in parts] == [4, 2, 2]:
        try:
            return datetime.date(*(int(part) for part in parts))
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"invalid date {value!r}; use YYYY-MM-DD, e.g. 2024-04-01")


def _parser() -> _Parser:
    """The argument parser of the command."""
    parser = _Parser(
        prog=_PROG,
        description=(
            "Find periods, document citations, officials and meeting headers in "
            "Vietnamese Party and state news text. '-' reads standard input."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; '-' = stdin")
    parser.add_argument(
        "--format",
        choices=("jsonl", "json", "table"),
        default="jsonl",
        help="output format (default: jsonl)",
    )
    parser.add_argument(
        "--kinds",
        type=_kinds,
        default=KINDS,
        metavar="KINDS",
        help=f"comma-separated kinds to find (default: {','.join(KINDS)})",
    )
    parser.add_argument(
        "--reference-date",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="date completing dates and periods whose year the text leaves out "
        "(default: the document's own dateline and context)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


# -- reading -----------------------------------------------------------------------


class _BadInput(Exception):
    """A file that cannot be read; the message is the reason."""


def _read(name: str) -> str:
    """Return the text of a file (or of standard input for ``-``), decoded as strict UTF-8."""
    try:
        if name == _STDIN:
            data = sys.stdin.buffer.read()
        elif os.path.isdir(name):
            raise _BadInput("is a directory")
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        raise _BadInput("no such file") from None
    except PermissionError:
        raise _BadInput("permission denied") from None
    except OSError as error:
        raise _BadInput(error.strerror or type(error).__name__) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _BadInput(
            f"not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


# -- output ------------------------------------------------------------------------


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: combining marks 0, wide characters 2.

    Example:
        >>> from vn_party_docs.cli import display_width
        >>> display_width("Hoá"), display_width("Hoa\\u0301"), display_width("漢字")
        (3, 3, 4)
    """
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _shown(text: str) -> str:
    """A raw mention text on one line: line breaks as ``⏎``, tabs as spaces."""
    return (
        text.replace("\r\n", "⏎")
        .replace("\n", "⏎")
        .replace("\r", "⏎")
        .replace("\t", " ")
        .replace("\u2028", "⏎")
    )


def _wrap(text: str, width: int) -> list[str]:
    """Split ``text`` at spaces into lines of at most ``width`` columns, indenting
    continuation lines by two spaces (long words are cut)."""
    first, *rest = _split(text, width) if display_width(text) > width else [text]
    if not rest:
        return [first]
    return [first] + ["  " + line for line in _split(" ".join(rest), width - 2)]


def _split(text: str, width: int) -> list[str]:
    """Split ``text`` at spaces into lines of at most ``width`` columns (long words cut)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if display_width(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while display_width(word) > width:
            cut = width
            while cut > 1 and display_width(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    lines.append(current)
    return lines


def _pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` display columns."""
    return text + " " * max(0, width - display_width(text))


def _cell_width(span_width: int) -> int:
    """The width of the value and text columns: half of the terminal each, within bounds."""
    columns = shutil.get_terminal_size((120, 24)).columns
    return max(_MIN_CELL, min(_MAX_CELL, (columns - span_width - 6) // 2))


def _table(name: str, extraction: Extraction, kinds: Sequence[str]) -> str:
    """The ``--format table`` block of one file."""
    out = [f"==> {name} <=="]
    for kind in kinds:
        mentions = getattr(extraction, kind)
        out.append(f"{kind} ({len(mentions)})")
        if not mentions:
            continue
        spans = [f"[{mention.span.start}, {mention.span.end})" for mention in mentions]
        cell = _cell_width(max(len(span) for span in spans))
        rows = [
            (_wrap(str(mention.value), cell), [span], _wrap(_shown(mention.text), cell))
            for mention, span in zip(mentions, spans, strict=True)
        ]
        header = (["value"], ["span"], ["text"])
        widths = [
            max(display_width(line) for row in [header, *rows] for line in row[column])
            for column in range(3)
        ]
        for row in [header, *rows]:
            for index in range(max(len(cell) for cell in row)):
                cells = [cell[index] if index < len(cell) else "" for cell in row]
                padded = (_pad(cell, width) for cell, width in zip(cells, widths, strict=True))
                line = "  ".join(padded)
                out.append("  " + line.rstrip())
    out.append("")
    return "\n".join(out) + "\n"


def _record(name: str, extraction: Extraction) -> dict[str, Any]:
    """One JSON object: the file name and :meth:`Extraction.to_dict`."""
    return {"file": name, **extraction.to_dict()}


class _Progress:
    """A ``\\r`` counter on standard error, shown only on a terminal for many files."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        self.active = tty and total >= _PROGRESS_MIN_FILES
        self.total = total
        self.stream = stream
        self.shown = 0

    def update(self, done: int, name: str) -> None:
        """Show ``done/total`` and the current file name."""
        if not self.active:
            return
        line = f"[{done}/{self.total}] {name}"[:70]
        self.stream.write("\r" + _pad(line, self.shown))
        self.stream.flush()
        self.shown = display_width(line)

    def clear(self) -> None:
        """Erase the counter line (before an error message and at the end)."""
        if self.active and self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


class _Writer:
    """Write whole chunks to standard output; Ctrl-C waits until a chunk is written."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.writing = False
        self.pending = False

    def _on_sigint(self, signum: int, frame: FrameType | None) -> None:
        """Raise KeyboardInterrupt now, or right after the chunk being written."""
        if self.writing:
            self.pending = True
        else:
            raise KeyboardInterrupt

    def write(self, chunk: str) -> None:
        """Write ``chunk`` with one write and one flush, never half of it."""
        self.writing = True
        try:
            self.stream.write(chunk)
            self.stream.flush()
        finally:
            self.writing = False
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def sigint_deferred(self) -> Iterator[None]:
        """Route SIGINT through :meth:`_on_sigint` while the command runs (main thread only)."""
        try:
            previous = signal.signal(signal.SIGINT, self._on_sigint)
        except ValueError:  # not the main thread: leave signals alone
            yield
            return
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def _run(args: argparse.Namespace, writer: _Writer) -> int:
    """Process every file and write the output; return the exit status."""
    kinds: tuple[str, ...] = args.kinds
    status = EXIT_OK
    records: list[dict[str, Any]] = []
    progress = _Progress(len(args.files), sys.stderr)
    for done, name in enumerate(args.files, start=1):
        progress.update(done, name)
        shown_name = _STDIN_NAME if name == _STDIN else name
        try:
            text = _read(name)
        except _BadInput as error:
            progress.clear()
            sys.stderr.write(f"{_PROG}: {shown_name}: {error}\n")
            sys.stderr.flush()
            status = EXIT_BAD_INPUT
            continue
        extraction = extract(text, reference_date=args.reference_date, kinds=kinds)
        if args.format == "jsonl":
            record = _record(shown_name, extraction)
            writer.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif args.format == "json":
            records.append(_record(shown_name, extraction))
        else:
            progress.clear()
            writer.write(_table(shown_name, extraction, kinds))
    progress.clear()
    if args.format == "json":
        writer.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see ``vn-party-docs --help``).

    Args:
        argv: The arguments after the program name; ``None`` reads ``sys.argv``.

    Returns:
        ``EXIT_OK`` (0), ``EXIT_BAD_INPUT`` (1) when some file could not be
        read, ``EXIT_USAGE`` (2) for a bad command line, 130 when interrupted and
        141 when the output pipe was closed.

    Example:
        >>> from vn_party_docs.cli import main
        >>> main(["--version"])
        vn-party-docs 0.1.0
        0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError:
        return EXIT_USAGE
    except SystemExit as stop:  # --help and --version
        return stop.code if isinstance(stop.code, int) else EXIT_OK
    writer = _Writer(sys.stdout)
    try:
        with writer.sigint_deferred():
            return _run(args, writer)
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{_PROG}: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Point stdout at devnull so the interpreter's final flush cannot fail again.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):  # pragma: no cover - odd streams
            pass
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
