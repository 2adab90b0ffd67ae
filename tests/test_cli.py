"""The ``vn-party-docs`` command line: formats, options, bad input and exit statuses."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vn_party_docs import Extraction, __version__, cli, extract
from vn_party_docs.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, display_width, main

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
        pytest.param([], id="no-file"),
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    status, out, err = run(capsys, *args)
    assert status == EXIT_USAGE
    assert out == ""
    assert "usage: vn-party-docs" in err and "error:" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert (status, out) == (EXIT_OK, f"vn-party-docs {__version__}\n")


def test_help_has_examples_and_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == EXIT_OK
    assert "examples:" in out and "--format table" in out
    assert "exit status:" in out
    for code in ("0", "1", "2", "130", "141"):
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
