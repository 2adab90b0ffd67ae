"""The ``vn-party-docs`` command line: formats, options, bad input and exit statuses."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vn_party_docs import Extraction, __version__, cli, extract, rows
from vn_party_docs.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, display_width, main
from vn_party_docs.table import columns

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Sơ kết quý III năm 2021 và triển khai 6 tháng cuối năm 2021.\n"
CITES = "Thực hiện Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư trong quý I năm 2024.\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A good file, a file with citations, an empty file, a Latin-1 file and a folder."""
    paths = {
        "good": tmp_path / "good.txt",
        "cites": tmp_path / "cites.txt",
        "empty": tmp_path / "empty.txt",
        "latin1": tmp_path / "latin1.txt",
        "folder": tmp_path / "folder",
        "missing": tmp_path / "missing.txt",
    }
    paths["good"].write_text(GOOD, encoding="utf-8")
    paths["cites"].write_text(CITES, encoding="utf-8")
    paths["empty"].write_bytes(b"")
    paths["latin1"].write_bytes("Quý III năm 2021".encode("utf-16"))
    paths["folder"].mkdir()
    return paths


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run :func:`main` in-process; return (status, stdout, stderr)."""
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_jsonl_is_one_object_per_file(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    status, out, err = run(capsys, files["good"], files["cites"])
    assert status == EXIT_OK and err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["file"] == str(files["good"])
    assert first == {"file": str(files["good"]), **extract(GOOD).to_dict()}
    assert [p["value"]["code"] for p in first["periods"]] == ["2021-Q3", "2021-H2"]
    second = json.loads(lines[1])
    assert [c["value"]["symbol"] for c in second["citations"]] == ["QĐ/TW"]


def test_jsonl_round_trips_to_the_extraction(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    _, out, _ = run(capsys, files["cites"])
    record = json.loads(out)
    del record["file"]
    assert Extraction.from_dict(record) == extract(CITES)


def test_json_is_one_array(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    status, out, _ = run(capsys, "--format", "json", files["good"], files["cites"])
    assert status == EXIT_OK
    data = json.loads(out)
    assert isinstance(data, list)
    assert [item["file"] for item in data] == [str(files["good"]), str(files["cites"])]


def test_table_shows_value_span_and_raw_text(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    status, out, _ = run(capsys, "--format", "table", files["good"], files["cites"])
    assert status == EXIT_OK
    assert f"==> {files['good']} <==" in out
    assert "periods (2)" in out and "citations (1)" in out and "officials (0)" in out
    row = next(line for line in out.splitlines() if "[7, 23)" in line)
    assert row.split() == ["quý", "III", "năm", "2021", "[7,", "23)", "quý", "III", "năm", "2021"]
    cited = next(line for line in out.splitlines() if "[10, " in line)
    assert "1-12-2023" in cited  # the raw text, beside the canonical value
    assert "01-12-2023" in out


def test_table_columns_align_with_combining_marks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nfd = tmp_path / "nfd.txt"
    # NFD text: more code points than columns; the span column must still line up.
    nfd.write_text("Quy\u0301 III năm 2021; tháng 9 năm 2021.", encoding="utf-8")
    _, out, _ = run(capsys, "--format", "table", "--kinds", "periods", nfd)
    rows = [line for line in out.splitlines() if "[" in line and ")" in line]
    assert len(rows) == 2
    columns = {display_width(row[: row.index("[")]) for row in rows}
    assert len(columns) == 1
    header = next(line for line in out.splitlines() if "span" in line)
    assert display_width(header[: header.index("span")]) in columns


def test_display_width() -> None:
    assert display_width("Quy\u0301") == 3
    assert display_width("quý") == 3
    assert display_width("中文") == 4
    assert display_width("") == 0


def test_kinds_limits_the_work(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    _, out, _ = run(capsys, "--kinds", "citations", files["cites"])
    record = json.loads(out)
    assert record["periods"] == [] and len(record["citations"]) == 1
    _, table, _ = run(capsys, "--format", "table", "--kinds", "citations,periods", files["cites"])
    assert table.index("periods (1)") < table.index("citations (1)")  # KINDS order
    assert "officials" not in table


def test_reference_date_completes_the_year(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lead = tmp_path / "lead.txt"
    lead.write_text("Tổng kết công tác 6 tháng cuối năm.", encoding="utf-8")
    _, without, _ = run(capsys, lead)
    assert json.loads(without)["periods"] == []
    status, out, _ = run(capsys, "--reference-date", "2024-04-01", lead)
    assert status == EXIT_OK
    assert [p["value"]["code"] for p in json.loads(out)["periods"]] == ["2024-H2"]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--kinds", "people", "x.txt"], id="unknown-kind"),
        pytest.param(["--kinds", ",", "x.txt"], id="empty-kinds"),
        pytest.param(["--reference-date", "2024-13-01", "x.txt"], id="month-13"),
        pytest.param(["--reference-date", "1/4/2024", "x.txt"], id="not-iso"),
        pytest.param(["--format", "xml", "x.txt"], id="unknown-format"),
        pytest.param(["--frobnicate", "x.txt"], id="unknown-option"),
        pytest.param(["--max-bytes", "0", "x.txt"], id="max-bytes-zero"),
        pytest.param(["--max-bytes", "12X", "x.txt"], id="max-bytes-unit"),
        pytest.param(["--max-bytes", "-5", "x.txt"], id="max-bytes-negative"),
        pytest.param([], id="no-file-and-a-terminal"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal())
    status, out, err = run(capsys, *args)
    assert status == EXIT_USAGE
    assert out == ""
    assert "usage: vn-party-docs" in err and "error:" in err


class _Terminal(io.StringIO):
    """A standard input that is a terminal."""

    def isatty(self) -> bool:
        return True


def test_no_file_and_closed_stdin_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    status, out, err = run(capsys)
    assert (status, out) == (EXIT_USAGE, "")
    assert "standard input is closed" in err


def test_no_file_reads_piped_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = io.TextIOWrapper(io.BytesIO(GOOD.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    status, out, err = run(capsys)
    assert (status, err) == (EXIT_OK, "")
    record = json.loads(out)
    assert record["file"] == "<stdin>"
    assert [p["value"]["code"] for p in record["periods"]] == ["2021-Q3", "2021-H2"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [("100", 100), ("2k", 2048), ("64M", 64 << 20), ("1GiB", 1 << 30), ("3 MB", 3 << 20)],
)
def test_max_bytes_sizes(given: str, expected: int) -> None:
    assert cli._size(given) == expected


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert (status, out) == (EXIT_OK, f"vn-party-docs {__version__}\n")


def test_help_has_examples_and_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == EXIT_OK
    assert "examples:" in out and "--format table" in out
    assert "exit status:" in out
    for code in ("0", "1", "2", "3", "130", "141"):
        assert f"\n  {code} " in out


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        pytest.param("missing", "no such file", id="missing"),
        pytest.param("folder", "is a directory", id="directory"),
        pytest.param("latin1", "not UTF-8 (byte 0xff at offset 0)", id="not-utf8"),
    ],
)
def test_bad_file_gives_one_line_and_the_others_still_run(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], key: str, reason: str
) -> None:
    status, out, err = run(capsys, files["good"], files[key], files["cites"])
    assert status == EXIT_BAD_INPUT
    assert err == f"vn-party-docs: {files[key]}: {reason}\n"
    assert [json.loads(line)["file"] for line in out.splitlines()] == [
        str(files["good"]),
        str(files["cites"]),
    ]


def test_empty_file_is_fine(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    status, out, err = run(capsys, files["empty"])
    assert (status, err) == (EXIT_OK, "")
    assert json.loads(out) == {
        "file": str(files["empty"]),
        "periods": [],
        "citations": [],
        "officials": [],
        "meetings": [],
    }


def test_stdin_dash(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # CRLF line endings are kept: spans index the decoded text exactly.
    data = "Dòng đầu.\r\nKế hoạch quý II/2024.".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out, _ = run(capsys, "-")
    assert status == EXIT_OK
    record = json.loads(out)
    assert record["file"] == "<stdin>"
    [period] = record["periods"]
    text = data.decode()
    assert text[period["span"]["start"] : period["span"]["end"]] == "quý II/2024"


def test_stdin_not_utf8(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"qu\xfd III"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    status, _, err = run(capsys, "-")
    assert status == EXIT_BAD_INPUT
    assert err == "vn-party-docs: <stdin>: not UTF-8 (byte 0xfd at offset 2)\n"


def test_interrupt_leaves_only_whole_lines(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def interrupted(text: str, **kwargs: Any) -> Extraction:
        calls.append(text)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return extract(text, **kwargs)

    monkeypatch.setattr(cli, "extract", interrupted)
    status, out, err = run(capsys, files["good"], files["cites"], files["good"])
    assert status == cli.EXIT_INTERRUPTED
    assert out.endswith("\n") and len(out.splitlines()) == 1
    json.loads(out)
    assert "interrupted" in err and "Traceback" not in err


def test_sigint_during_a_write_waits_for_the_whole_line() -> None:
    class SlowStream(io.StringIO):
        """A stream that receives Ctrl-C in the middle of every write."""

        writer: cli._Writer

        def write(self, text: str) -> int:
            half = len(text) // 2
            super().write(text[:half])
            self.writer._on_sigint(2, None)  # the signal arrives here
            return super().write(text[half:]) + half

    stream = SlowStream()
    writer = cli._Writer(stream)
    stream.writer = writer
    with pytest.raises(KeyboardInterrupt):
        writer.write('{"file": "a"}\n')
    assert stream.getvalue() == '{"file": "a"}\n'


def _subprocess(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m vn_party_docs`` in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "vn_party_docs", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_python_m_and_no_traceback(files: dict[str, Path]) -> None:
    result = _subprocess(
        "--format", "table", str(files["latin1"]), str(files["folder"]), "-", stdin=GOOD.encode()
    )
    err = result.stderr.decode()
    assert result.returncode == EXIT_BAD_INPUT
    assert "Traceback" not in err
    assert len(err.splitlines()) == 2
    assert "==> <stdin> <==" in result.stdout.decode()


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 20, encoding="utf-8")
    command = [sys.executable, "-m", "vn_party_docs", *[str(big)] * 400]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.readline()
        child.stdout.close()  # like `| head -1`
        err = child.stderr.read().decode()
        status = child.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert status in (EXIT_OK, cli.EXIT_BROKEN_PIPE)


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("vn-party-docs")
    if not script.exists():
        pytest.skip("the console script is not installed next to this interpreter")
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, timeout=60, check=False
    )
    assert result.stdout.decode() == f"vn-party-docs {__version__}\n"


def test_progress_counter_only_on_a_terminal(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status = main([str(files["good"])] * 7)
    assert status == EXIT_OK
    assert "\r[7/7]" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r")  # the counter is erased
    assert len(capsys.readouterr().out.splitlines()) == 7
    few = Terminal()
    monkeypatch.setattr(sys, "stderr", few)
    main([str(files["good"])] * 3)
    assert few.getvalue() == ""


@pytest.mark.skipif(os.name == "nt", reason="POSIX paths")
def test_demo_articles_table_runs(capsys: pytest.CaptureFixture[str]) -> None:
    articles = sorted((ROOT / "examples" / "data").glob("*.txt"))
    if not articles:
        pytest.skip("no demo articles in examples/data")
    status, out, err = run(capsys, "--format", "table", *articles)
    assert (status, err) == (EXIT_OK, "")
    assert out.count("==> ") == len(articles)


def test_table_wraps_long_cells_to_the_terminal(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = run(capsys, "--format", "table", files["cites"])
    lines = out.splitlines()
    assert max(display_width(line) for line in lines) <= 80
    # The citation's value and text wrap; continuation lines are indented.
    start = next(i for i, line in enumerate(lines) if "[10, " in line)
    assert lines[start + 1].startswith("    ")
    cells = " ".join(line.split("[10, ")[0] for line in lines[start : start + 3])
    assert "Quy định số 137-QĐ/TW" in " ".join(cells.split())


# -- input and output the command must survive (issue 17) -------------------------------

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX shells, devices and file names")
#: A strict UTF-8 standard output, whatever the locale of the machine.
STRICT = {"PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}


def _shell(script: str, *args: str | bytes, stdin: bytes | None = b"") -> tuple[int, bytes, bytes]:
    """Run ``python -m vn_party_docs "$@"`` inside ``script`` (a sh line with redirections).

    ``script`` names the command ``$CLI``; returns (status, stdout, stderr).
    """
    env = dict(os.environ, **STRICT, CLI=f"{sys.executable} -m vn_party_docs")
    result = subprocess.run(
        ["sh", "-c", script, "sh", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    return result.returncode, result.stdout, result.stderr


def _clean(err: bytes) -> str:
    """Standard error, checked to hold no traceback nor an ignored exception."""
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text and "Exception ignored" not in text, text
    return text


@POSIX
@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_file_name_not_utf8_with_a_strict_stdout(files: dict[str, Path], fmt: str) -> None:
    folder = os.fsencode(files["good"].parent)
    odd = folder + b"/n\xffame.txt"
    try:
        with open(odd, "wb") as handle:
            handle.write(CITES.encode())
    except OSError as error:  # pragma: no cover - a file system that refuses the name
        pytest.skip(f"cannot create a non-UTF-8 file name here: {error}")
    status, out, err = _shell(
        '$CLI --format "$1" "$2" "$3" "$4"', fmt, str(files["good"]), odd, str(files["cites"])
    )
    _clean(err)
    assert status == EXIT_OK, err
    text = out.decode("utf-8")  # the whole output is valid UTF-8
    shown = f"{files['good'].parent}/n\\xffame.txt"
    if fmt == "jsonl":
        assert [json.loads(line)["file"] for line in text.splitlines()] == [
            str(files["good"]),
            shown,
            str(files["cites"]),
        ]
    elif fmt == "json":
        assert [item["file"] for item in json.loads(text)][1] == shown
    elif fmt == "csv":
        table = list(csv.DictReader(io.StringIO(text, newline="")))
        assert {row["file"] for row in table} == {str(files["good"]), shown, str(files["cites"])}
    else:
        assert f"==> {shown} <==" in text and text.count("==> ") == 3


@POSIX
def test_file_name_not_utf8_in_an_error_message(tmp_path: Path) -> None:
    odd = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(odd, "wb") as handle:
        handle.write(b"qu\xfd III")
    status, out, _err = _shell('$CLI "$1" 2>&1', odd)
    assert status == EXIT_BAD_INPUT
    assert (
        out.decode("utf-8")
        == f"vn-party-docs: {tmp_path}/caf\\xe9.txt: not UTF-8 (byte 0xfd at offset 2)\n"
    )


def _has_dev_full() -> bool:
    return os.path.exists("/dev/full")


@pytest.mark.skipif(not _has_dev_full(), reason="no /dev/full on this system (Linux has one)")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_full_disk_exits_3(files: dict[str, Path], fmt: str) -> None:
    status, _out, err = _shell(
        '$CLI --format "$1" "$2" "$3" > /dev/full', fmt, str(files["good"]), str(files["cites"])
    )
    assert status == cli.EXIT_OUTPUT
    assert _clean(err) == "vn-party-docs: cannot write the output: No space left on device\n"


@pytest.mark.skipif(not _has_dev_full(), reason="no /dev/full on this system (Linux has one)")
def test_full_disk_for_help_and_version() -> None:
    for option in ("--help", "--version"):
        status, _, err = _shell(f"$CLI {option} > /dev/full")
        assert status == cli.EXIT_OUTPUT
        assert "No space left on device" in _clean(err)


@POSIX
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_stdout_closed_exits_3(files: dict[str, Path], fmt: str) -> None:
    status, _, err = _shell('$CLI --format "$1" "$2" >&-', fmt, str(files["good"]))
    assert status == cli.EXIT_OUTPUT
    assert _clean(err) == "vn-party-docs: cannot write the output: standard output is closed\n"


@POSIX
def test_stdin_closed_with_dash(files: dict[str, Path]) -> None:
    status, out, err = _shell('$CLI "$1" - "$2" <&-', str(files["good"]), str(files["cites"]))
    assert status == EXIT_BAD_INPUT
    assert _clean(err) == "vn-party-docs: <stdin>: standard input is closed\n"
    assert [json.loads(line)["file"] for line in out.decode().splitlines()] == [
        str(files["good"]),
        str(files["cites"]),
    ]


@POSIX
def test_stdin_closed_without_a_file_is_a_usage_error() -> None:
    status, out, err = _shell("$CLI <&-", stdin=None)
    assert (status, out) == (EXIT_USAGE, b"")
    assert "no FILE given and standard input is closed" in _clean(err)


@POSIX
@pytest.mark.parametrize("redirect", ["2>&-", "2>/dev/full"])
def test_stderr_closed_or_failing(files: dict[str, Path], redirect: str) -> None:
    if "full" in redirect and not _has_dev_full():
        pytest.skip("no /dev/full on this system")
    status, out, err = _shell(
        f'$CLI "$1" "$2" "$3" {redirect}',
        str(files["good"]),
        str(files["missing"]),
        str(files["cites"]),
    )
    assert status == EXIT_BAD_INPUT  # not 120 from a failed flush at exit
    assert err == b""
    assert [json.loads(line)["file"] for line in out.decode().splitlines()] == [
        str(files["good"]),
        str(files["cites"]),
    ]


@POSIX
def test_stderr_closed_and_stdout_full(files: dict[str, Path]) -> None:
    if not _has_dev_full():
        pytest.skip("no /dev/full on this system")
    status, _, _ = _shell('$CLI "$1" >/dev/full 2>&-', str(files["good"]))
    assert status == cli.EXIT_OUTPUT


@POSIX
def test_pipe_without_a_file_reads_stdin() -> None:
    status, out, err = _shell("echo 'Kế hoạch quý II/2024.' | $CLI --format csv")
    assert status == EXIT_OK, err
    _clean(err)
    [row] = csv.DictReader(io.StringIO(out.decode(), newline=""))
    assert (row["file"], row["kind"], row["value.code"]) == ("<stdin>", "periods", "2024-Q2")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
@pytest.mark.parametrize("limit", [[], ["--max-bytes", "1M"]], ids=["default", "1M"])
def test_unbounded_input_is_refused(files: dict[str, Path], limit: list[str]) -> None:
    status, out, err = _shell(
        '$CLI "$@"', *limit, str(files["good"]), "/dev/zero", "-", stdin=b"x" * 3_000_000
    )
    text = _clean(err)
    maximum = 1 << 20 if limit else cli.DEFAULT_MAX_BYTES
    reason = f"larger than --max-bytes ({maximum} bytes); split it or raise the limit"
    expected = f"vn-party-docs: /dev/zero: {reason}\n"
    if limit:
        expected += f"vn-party-docs: <stdin>: {reason}\n"
    assert status == EXIT_BAD_INPUT
    assert text == expected
    names = [json.loads(line)["file"] for line in out.decode().splitlines()]
    assert names == [str(files["good"])] + ([] if limit else ["<stdin>"])


def test_two_gigabyte_file_is_refused_without_reading_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path]
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: no disk space taken
    status, out, err = run(capsys, huge, files["good"])
    assert status == EXIT_BAD_INPUT
    assert err == (
        f"vn-party-docs: {huge}: larger than --max-bytes ({cli.DEFAULT_MAX_BYTES} bytes); "
        "split it or raise the limit\n"
    )
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(files["good"])]


def test_out_of_memory_is_one_line(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def exhausted(text: str, **kwargs: Any) -> Extraction:
        if text == CITES:
            raise MemoryError
        return extract(text, **kwargs)

    monkeypatch.setattr(cli, "extract", exhausted)
    status, out, err = run(capsys, files["cites"], files["good"])
    assert status == EXIT_BAD_INPUT
    assert err == f"vn-party-docs: {files['cites']}: {cli._OUT_OF_MEMORY}\n"
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(files["good"])]


class _FailingAfter(io.BytesIO):
    """A byte stream that takes ``room`` writes, then fails like a full disk."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, data: Any) -> int:
        if self.room == 0:
            raise OSError(28, "No space left on device")
        self.room -= 1
        return super().write(data)


def test_a_write_failure_keeps_what_was_written(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sink = _FailingAfter(room=2)
    stream = io.TextIOWrapper(sink, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    status = main([str(files["good"]), str(files["cites"]), str(files["good"])])
    assert status == cli.EXIT_OUTPUT
    assert capsys.readouterr().err == (
        "vn-party-docs: cannot write the output: No space left on device\n"
    )
    lines = sink.getvalue().decode().splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(files["good"]), str(files["cites"])]


def test_a_closed_stdout_object(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = io.StringIO()
    closed.close()
    monkeypatch.setattr(sys, "stdout", closed)
    assert main([str(files["good"])]) == cli.EXIT_OUTPUT
    assert "standard output is closed" in capsys.readouterr().err


def test_non_utf8_locale_still_writes_utf8(files: dict[str, Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vn_party_docs", "--format", "table", str(files["cites"])],
        capture_output=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONIOENCODING="latin-1:strict"),
        timeout=60,
        check=False,
    )
    assert result.returncode == EXIT_OK
    assert "Quy định số 137-QĐ/TW" in result.stdout.decode("utf-8")


# -- --format csv (issue 18) -------------------------------------------------------------


def _csv_rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out, newline="")))


def _as_csv(value: Any) -> str:
    """How the csv module writes a cell."""
    return "" if value is None else str(value)


def test_csv_is_one_row_per_mention(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    status, out, err = run(capsys, "--format", "csv", files["good"], files["empty"], files["cites"])
    assert (status, err) == (EXIT_OK, "")
    header = out.splitlines()[0].split(",")
    assert header == columns()
    assert header[:6] == ["file", "kind", "start", "end", "text", "canonical"]
    table = _csv_rows(out)
    expected = rows(extract(GOOD), file=str(files["good"])) + rows(
        extract(CITES), file=str(files["cites"])
    )
    assert len(table) == len(expected) == 4
    for got, want in zip(table, expected, strict=True):
        assert got == {name: _as_csv(want.get(name)) for name in header}
    assert [row["kind"] for row in table] == ["periods", "periods", "periods", "citations"]
    assert table[3]["value.symbol"] == "QĐ/TW" and table[3]["value.issued"] == "2023-12-01"


def test_csv_quotes_line_breaks_and_lists(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(
        "Dự hội nghị có đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức "
        'Trung ương.\r\nBàn kế hoạch quý\nIII năm 2022, "năm bản lề".'.encode()
    )
    _, out, _ = run(capsys, "--format", "csv", article)
    table = _csv_rows(out)
    text = article.read_bytes().decode()
    for row in table:
        assert text[int(row["start"]) : int(row["end"])] == row["text"]
    official = next(row for row in table if row["kind"] == "officials")
    assert official["value.name"] == "Trương Thị Mai"
    roles = [title["role"] for title in json.loads(official["value.titles"])]
    assert roles == ["Ủy viên", "Trưởng Ban"]
    period = next(row for row in table if row["kind"] == "periods")
    assert period["text"] == "quý\nIII năm 2022"  # a line break inside a quoted cell


def test_csv_kinds_limit_the_columns(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    _, out, _ = run(capsys, "--format", "csv", "--kinds", "citations", files["good"])
    assert out.splitlines() == [",".join(columns(["citations"]))]
