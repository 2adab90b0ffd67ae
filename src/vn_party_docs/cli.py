"""The ``vn-party-docs`` command: run :func:`~vn_party_docs.extract` over files.

``vn-party-docs FILE...`` prints one JSON object per file (JSON Lines), one JSON
array (``--format json``), one CSV row per mention (``--format csv``) or readable
aligned tables (``--format table``). Without a file it reads standard input
(unless that is a terminal). A file that cannot be read gives one line on
standard error and the other files are still processed; output that cannot be
written stops the command with its own exit status. ``python -m vn_party_docs``
runs the same command.

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
import csv
import datetime
import io
import json
import os
import re
import shutil
import signal
import stat
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import IO, Any

from . import __version__, rows
from .document import KINDS, Extraction, extract
from .table import columns

__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXIT_BAD_INPUT",
    "EXIT_BROKEN_PIPE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "EXIT_USAGE",
    "display_width",
    "main",
]

#: Every file was read and processed.
EXIT_OK = 0
#: At least one file could not be read (missing, a directory, not UTF-8, larger
#: than ``--max-bytes``, standard input closed, ...); the others were processed.
EXIT_BAD_INPUT = 1
#: The command line itself is wrong (unknown option, bad ``--kinds`` or date).
EXIT_USAGE = 2
#: The output could not be written (disk full, standard output closed, I/O error).
EXIT_OUTPUT = 3
#: Stopped by Ctrl-C (128 + SIGINT), as shells report it.
EXIT_INTERRUPTED = 130
#: The reader of standard output went away (``| head``): 128 + SIGPIPE.
EXIT_BROKEN_PIPE = 141

#: The default ``--max-bytes``: 64 MiB, thousands of times a long article.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_PROG = "vn-party-docs"
_STDIN = "-"
_STDIN_NAME = "<stdin>"
_FORMATS = ("jsonl", "json", "csv", "table")
#: Show a progress counter on a terminal from this many files on.
_PROGRESS_MIN_FILES = 6
#: Narrowest and widest value and text columns of ``--format table`` (cells wrap).
_MIN_CELL = 30
_MAX_CELL = 60

_EPILOG = f"""\
examples:
  {_PROG} article.txt                      JSON Lines, one object per file
  {_PROG} --format table examples/data/*.txt
  {_PROG} --format csv *.txt > mentions.csv   one row per mention
  {_PROG} --kinds periods,citations a.txt b.txt
  cat article.txt | {_PROG} --format json      no FILE: standard input ('-' too)
  {_PROG} --reference-date 2024-04-01 lead.txt   complete "Chiều 1- 4" with 2024

output (always UTF-8):
  jsonl   one line per file: {{"file": NAME, "periods": [...], "citations": [...],
          "officials": [...], "meetings": [...]}} (Extraction.to_dict() plus "file";
          kinds left out by --kinds are empty lists). Standard input is "{_STDIN_NAME}".
  json    the same objects in one JSON array.
  csv     one row per mention (header first): file, kind, start, end, text,
          canonical (str(value)) and each field of the value as a column
          (value.code, value.issued, ...; a list field as JSON text).
  table   per file and kind: canonical value, span [start, end) and raw text.
  Spans count characters of the file decoded as UTF-8, line endings untouched.
  A file name that is not UTF-8 is shown with its undecodable bytes as \\xNN.

exit status:
  {EXIT_OK}    every file was processed
  {EXIT_BAD_INPUT}    some input could not be read (missing, a directory, not UTF-8, larger
       than --max-bytes, standard input closed); the others were still processed
  {EXIT_USAGE}    usage error (unknown option, bad --kinds, --reference-date or --max-bytes,
       no FILE while standard input is a terminal or closed)
  {EXIT_OUTPUT}    the output could not be written (disk full, standard output closed,
       I/O error): stopped there; what was written before is whole files
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C); every JSON line already written is whole
  {EXIT_BROKEN_PIPE}  the reader of the output closed the pipe (e.g. | head)
"""


def _message(text: str) -> None:
    """Write ``text`` to standard error; a closed or failing standard error is ignored."""
    stream = sys.stderr
    if stream is None:  # started with standard error closed (2>&-)
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        _silence(stream, sys.__stderr__)


def _silence(stream: IO[str] | None, standard: IO[str] | None) -> None:
    """Point the process's own standard stream at the null device after it failed.

    The interpreter flushes standard output and error once more when it exits; on
    a full disk or a closed pipe that flush would fail again, print "Exception
    ignored" and change the exit status. Only the real standard streams of the
    process are touched, never a stream a caller of :func:`main` put in their place.
    """
    if stream is None or stream is not standard:
        return
    try:
        descriptor = stream.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, descriptor)
        finally:
            os.close(devnull)
    except (OSError, ValueError):  # pragma: no cover - an odd or closed stream
        pass


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _display_name(name: str) -> str:
    """The name of an input as the output shows it.

    ``-`` is ``<stdin>``; the bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) are shown as ``\\xNN``, so that the name
    can be written to a strict UTF-8 stream.
    """
    if name == _STDIN:
        return _STDIN_NAME
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _one_line(text: str) -> str:
    """``text`` with control characters (line breaks, tabs, escapes) as ``\\xNN``."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match[0]):02x}", text)


class _UsageError(Exception):
    """A bad command line, reported by argparse."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting, so :func:`main` returns."""

    def error(self, message: str) -> Any:  # pragma: no cover - exercised via main
        """Print the usage and the problem, then stop with :data:`EXIT_USAGE`."""
        _message(self.format_usage())
        _message(f"{self.prog}: error: {message}\n")
        raise _UsageError(message)

    def _print_message(self, message: str, file: Any = None) -> None:
        """Print ``--help`` or ``--version``, raising when the output cannot be written.

        (argparse itself ignores a failed write, which would exit 0 on a full disk.)
        """
        if not message:
            return
        if file is None or file is sys.stderr:
            _message(message)
            return
        _Writer(file).write(message)


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


_SIZE = re.compile(r"([0-9]{1,15})[ ]?([KMG]?)(?:i?B)?", re.IGNORECASE)


def _size(value: str) -> int:
    """Read ``--max-bytes``: a positive number of bytes, or with K, M or G (powers of 1024)."""
    match = _SIZE.fullmatch(value.strip())
    if match:
        size = int(match[1]) << (10 * " KMG".index(match[2].upper() or " "))
        if size > 0:
            return size
    raise argparse.ArgumentTypeError(
        f"invalid size {value!r}; use a positive number of bytes or K, M, G (e.g. 64M)"
    )


def _parser() -> _Parser:
    """The argument parser of the command."""
    parser = _Parser(
        prog=_PROG,
        description=(
            "Find periods, document citations, officials and meeting headers in "
            "Vietnamese Party and state news text. Without FILE, or with '-', reads "
            "standard input."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="UTF-8 text files; '-' = standard input (the default when it is not a terminal)",
    )
    parser.add_argument(
        "--format",
        choices=_FORMATS,
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
    parser.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="skip (with an error) any input larger than this; K, M, G allowed "
        f"(default: {DEFAULT_MAX_BYTES // 1024 // 1024}M)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


# -- reading -----------------------------------------------------------------------


_OUT_OF_MEMORY = "out of memory (a lower --max-bytes refuses such an input up front)"


class _BadInput(Exception):
    """A file that cannot be read; the message is the reason."""


def _too_large(limit: int) -> _BadInput:
    """The error for an input larger than ``--max-bytes``."""
    return _BadInput(f"larger than --max-bytes ({limit} bytes); split it or raise the limit")


def _read(name: str, limit: int) -> str:
    """Return the text of a file (or of standard input for ``-``), decoded as strict UTF-8.

    At most ``limit`` bytes are read: a longer input (a 2 GB file, ``/dev/zero``)
    is refused without reading it whole.
    """
    data: bytes
    try:
        if name == _STDIN:
            stream = sys.stdin
            if stream is None:  # started with standard input closed (<&-)
                raise _BadInput("standard input is closed")
            raw: Any = getattr(stream, "buffer", stream)
            data = raw.read(limit + 1)
            if isinstance(data, str):  # a text stream without a byte buffer
                data = data.encode("utf-8", "surrogateescape")
        elif os.path.isdir(name):
            raise _BadInput("is a directory")
        else:
            with open(name, "rb") as handle:
                info = os.fstat(handle.fileno())
                if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                    raise _too_large(limit)
                data = handle.read(limit + 1)
    except FileNotFoundError:
        raise _BadInput("no such file") from None
    except PermissionError:
        raise _BadInput("permission denied") from None
    except OSError as error:
        raise _BadInput(error.strerror or str(error) or type(error).__name__) from None
    except ValueError:  # a closed standard input stream
        raise _BadInput("standard input is closed") from None
    if len(data) > limit:
        raise _too_large(limit)
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


#: Line breaks shown as ``⏎``, tabs as spaces.
_ON_ONE_LINE = str.maketrans({"\n": "⏎", "\r": "⏎", "\u2028": "⏎", "\t": " "})


def _shown(text: str) -> str:
    """A raw mention text on one line: line breaks as ``⏎``, tabs as spaces."""
    return text.replace("\r\n", "\n").translate(_ON_ONE_LINE)


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


def _csv(header: Sequence[str], table: Sequence[dict[str, Any]] | None = None) -> str:
    """CSV text (RFC 4180: quoted where needed, CRLF line ends): the header or the rows."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(header), restval="", extrasaction="ignore")
    if table is None:
        writer.writeheader()
    else:
        writer.writerows(table)
    return out.getvalue()


class _Progress:
    """A ``\\r`` counter on standard error, shown only on a terminal for many files."""

    def __init__(self, total: int, stream: IO[str] | None) -> None:
        try:
            tty = stream is not None and stream.isatty()
        except (AttributeError, ValueError, OSError):
            tty = False
        self.active = tty and total >= _PROGRESS_MIN_FILES
        self.total = total
        self.stream = stream
        self.shown = 0

    def _write(self, text: str) -> None:
        """Write to the terminal; stop showing the counter if that fails."""
        if self.stream is None:  # pragma: no cover - active implies a stream
            return
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            self.active = False

    def update(self, done: int, name: str) -> None:
        """Show ``done/total`` and the current file name."""
        if not self.active:
            return
        line = _one_line(f"[{done}/{self.total}] {name}")[:70]
        self._write("\r" + _pad(line, self.shown))
        self.shown = display_width(line)

    def clear(self) -> None:
        """Erase the counter line (before an error message and at the end)."""
        if self.active and self.shown:
            self._write("\r" + " " * self.shown + "\r")
            self.shown = 0


class _OutputError(Exception):
    """Standard output cannot be written; the message is the reason."""


class _Writer:
    """Write whole chunks to standard output as UTF-8; Ctrl-C waits until a chunk is written."""

    def __init__(self, stream: IO[str] | None) -> None:
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
        """Write ``chunk`` with one write and one flush, never half of it.

        A stream with a byte buffer (the real standard output) receives UTF-8
        whatever its own encoding, so that JSON and CSV output is UTF-8 as their
        formats require, even under a non-UTF-8 locale.

        Raises:
            _OutputError: The stream is closed or the write failed (disk full, I/O error).
            BrokenPipeError: The reader went away.
        """
        if self.stream is None:
            raise _OutputError("standard output is closed")
        self.writing = True
        try:
            buffer = getattr(self.stream, "buffer", None)
            if buffer is not None:
                self.stream.flush()
                buffer.write(chunk.encode("utf-8", "backslashreplace"))
                buffer.flush()
            else:
                self.stream.write(chunk)
                self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _OutputError(error.strerror or str(error) or type(error).__name__) from None
        except ValueError as error:  # a closed stream, or one that cannot encode
            closed = getattr(self.stream, "closed", False)
            raise _OutputError("standard output is closed" if closed else str(error)) from None
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
    names: list[str] = args.files or [_STDIN]
    status = EXIT_OK
    records: list[dict[str, Any]] = []
    header = columns(kinds)
    if args.format == "csv":
        writer.write(_csv(header))
    progress = _Progress(len(names), sys.stderr)
    for done, name in enumerate(names, start=1):
        shown_name = _display_name(name)
        progress.update(done, shown_name)
        try:
            text = _read(name, args.max_bytes)
            extraction = extract(text, reference_date=args.reference_date, kinds=kinds)
        except (_BadInput, MemoryError) as error:
            reason = str(error) if isinstance(error, _BadInput) else _OUT_OF_MEMORY
            text = ""
            progress.clear()
            _message(f"{_PROG}: {_one_line(shown_name)}: {reason}\n")
            status = EXIT_BAD_INPUT
            continue
        if args.format == "jsonl":
            record = _record(shown_name, extraction)
            writer.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif args.format == "json":
            records.append(_record(shown_name, extraction))
        elif args.format == "csv":
            table = rows(extraction, file=shown_name)
            if table:
                writer.write(_csv(header, table))
        else:
            progress.clear()
            writer.write(_table(_one_line(shown_name), extraction, kinds))
    progress.clear()
    if args.format == "json":
        writer.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return status


def _isatty(stream: IO[str]) -> bool:
    """Tell whether ``stream`` is a terminal (an odd stream is not)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _output_failed(error: BrokenPipeError | _OutputError) -> int:
    """Silence the standard output that failed; the exit status of the failure."""
    _silence(sys.stdout, sys.__stdout__)
    if isinstance(error, BrokenPipeError):  # the reader left ("… | head -1")
        return EXIT_BROKEN_PIPE
    _message(f"{_PROG}: cannot write the output: {error}\n")
    return EXIT_OUTPUT


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see ``vn-party-docs --help``).

    Args:
        argv: The arguments after the program name; ``None`` reads ``sys.argv``.

    Returns:
        ``EXIT_OK`` (0), ``EXIT_BAD_INPUT`` (1) when some input could not be
        read, ``EXIT_USAGE`` (2) for a bad command line, ``EXIT_OUTPUT`` (3) when
        the output could not be written, 130 when interrupted and 141 when the
        output pipe was closed.

    Example:
        >>> from vn_party_docs.cli import main
        >>> main(["--version"])
        vn-party-docs 0.1.0
        0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if not args.files:
            if sys.stdin is None:
                parser.error("no FILE given and standard input is closed")
            if _isatty(sys.stdin):
                parser.error("no FILE given (standard input is a terminal; use '-' to type)")
    except _UsageError:
        return EXIT_USAGE
    except SystemExit as stop:  # --help and --version, written
        return stop.code if isinstance(stop.code, int) else EXIT_OK
    except (BrokenPipeError, _OutputError) as error:  # --help | head -1
        return _output_failed(error)
    if sys.stdout is None:  # started with standard output closed (>&-)
        _message(f"{_PROG}: cannot write the output: standard output is closed\n")
        return EXIT_OUTPUT
    writer = _Writer(sys.stdout)
    try:
        with writer.sigint_deferred():
            return _run(args, writer)
    except KeyboardInterrupt:
        _message(f"\n{_PROG}: interrupted\n")
        return EXIT_INTERRUPTED
    except (BrokenPipeError, _OutputError) as error:
        return _output_failed(error)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
