"""examples/dask_corpus.py: Dask gives exactly the serial records, from any filesystem.

The same corpus (a folder of articles and a JSON Lines file) is read as local paths,
as ``file://`` URLs and from fsspec's ``memory://`` filesystem; on a local cluster
the example starts itself, and on a running scheduler given by its address
(``--scheduler``). The partitioned output, read part after part, must equal the
serial run line for line.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'vn_party_docs[dask]')")
distributed = pytest.importorskip("distributed", reason="distributed is not installed")
fsspec = pytest.importorskip("fsspec", reason="fsspec is not installed (it comes with dask)")

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    "Chiều 30-9-2021, Hội nghị đánh giá quý III; triển khai nhiệm vụ quý IV năm 2021.",
    "Thực hiện Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư trong 6 tháng đầu năm 2024.",
    "Bài không có mốc thời gian nào.",
    "Nghị quyết Trung ương 4 khóa XII;\r\nnhiệm kỳ 2020 – 2025 và giai đoạn 2021-2030.",
    "Dòng cũ kiểu Mac.\rSáng 2-3, Tỉnh ủy tổ chức hội nghị sơ kết quý I năm 2024.\r",
    "",
]
#: Small partitions: several article batches and several blocks of the JSON Lines file.
SMALL = 300


@pytest.fixture(scope="module")
def example() -> ModuleType:
    """examples/dask_corpus.py imported as a module."""
    path = ROOT / "examples" / "dask_corpus.py"
    spec = importlib.util.spec_from_file_location("dask_corpus_example", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _jsonl_lines() -> list[str]:
    """Records with an id, with a file name, without either (named PATH:LINE), and blanks."""
    lines = []
    for number, text in enumerate(ARTICLES * 3):
        if number % 3 == 0:
            record: dict[str, Any] = {"id": f"doc-{number}", "text": text}
        elif number % 3 == 1:
            record = {"file": f"bai-{number}.txt", "text": text}
        else:
            record = {"text": text}
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    lines.insert(4, "\n")
    return lines


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A folder of articles and a JSON Lines file of articles, on disk."""
    root = tmp_path_factory.mktemp("corpus")
    folder = root / "articles"
    folder.mkdir()
    for number, text in enumerate(ARTICLES):
        (folder / f"{number:02}.txt").write_bytes(text.encode("utf-8"))
    (root / "articles.jsonl").write_text("".join(_jsonl_lines()), encoding="utf-8")
    return [folder, root / "articles.jsonl"]


@pytest.fixture(scope="module")
def processes() -> Iterator[Any]:
    """A running local cluster of two worker processes."""
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0", host="127.0.0.1"
    ) as cluster:
        yield cluster


def test_serial_reads_every_form(example: ModuleType, corpus: list[Path]) -> None:
    names = [name for name, _ in example.documents(corpus)]
    folder, lines = corpus
    articles = [str(folder / f"{number:02}.txt") for number in range(len(ARTICLES))]
    assert names[: len(ARTICLES)] == articles
    assert names[len(ARTICLES) : len(ARTICLES) + 3] == ["doc-0", "bai-1.txt", f"{lines}:3"]
    assert f"{lines}:7" in names  # line 5 is blank: numbers are the file's line numbers
    texts = dict(example.documents(corpus))
    assert texts[articles[3]] == ARTICLES[3]  # \r\n kept
    assert texts[articles[4]] == ARTICLES[4]  # lone \r kept


def test_records_point_into_the_documents(example: ModuleType, corpus: list[Path]) -> None:
    texts = dict(example.documents(corpus))
    serial = example.run_serial(corpus)
    assert len(serial) > 20
    for record in serial:
        assert texts[record["file"]][record["start"] : record["end"]] == record["text"]
        assert set(record) == {"file", "kind", "start", "end", "text", "value"}


def test_local_cluster_matches_serial(
    example: ModuleType, corpus: list[Path], tmp_path: Path
) -> None:
    parts = example.run_dask(corpus, tmp_path / "out", n_workers=2, partition_bytes=SMALL)
    assert len(parts) > 3
    assert [Path(part).name for part in parts] == [f"part-{i:05d}.jsonl" for i in range(len(parts))]
    assert example.read_parts(parts) == example.run_serial(corpus)


def test_scheduler_address_and_file_urls(
    example: ModuleType, corpus: list[Path], processes: Any, tmp_path: Path
) -> None:
    urls = [path.as_uri() for path in corpus]
    serial = example.run_serial(urls)
    assert serial[0]["file"].startswith("file://")
    out = (tmp_path / "out").as_uri()
    parts = example.run_dask(
        urls, out, scheduler=processes.scheduler_address, partition_bytes=SMALL
    )
    assert all(part.startswith("file://") for part in parts)
    assert example.read_parts(parts) == serial
    # The same records as from the plain paths, but for the names.
    plain = example.run_serial(corpus)
    assert [{**r, "file": None} for r in serial] == [{**r, "file": None} for r in plain]


def test_memory_filesystem_through_the_command_line(
    example: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    memory = fsspec.filesystem("memory")
    for number, text in enumerate(ARTICLES):
        memory.pipe(f"/vpd-test/articles/{number:02}.txt", text.encode("utf-8"))
    memory.pipe("/vpd-test/articles.jsonl", "".join(_jsonl_lines()).encode("utf-8"))
    inputs = ["memory://vpd-test/articles", "memory://vpd-test/articles.jsonl"]
    try:
        serial = example.run_serial(inputs)
        assert len(serial) > 20
        # fsspec's memory filesystem lives in one process: the workers must be threads here.
        with distributed.LocalCluster(
            n_workers=2,
            processes=False,
            threads_per_worker=1,
            protocol="tcp://",
            host="127.0.0.1",
            dashboard_address=":0",
        ) as cluster:
            status = example.main(
                [
                    *inputs,
                    "-o",
                    "memory://vpd-test/out",
                    "--scheduler",
                    cluster.scheduler_address,
                    "--partition-size",
                    str(SMALL),
                ]
            )
        assert status == 0
        out = capsys.readouterr().out
        assert f"{len(serial)} mentions written to memory://vpd-test/out" in out
        parts = sorted(memory.glob("/vpd-test/out/part-*.jsonl"))
        assert len(parts) > 3
        records = example.read_parts([f"memory://{part}" for part in parts])
        assert records == serial
    finally:
        memory.rm("/vpd-test", recursive=True)


def test_batches_group_articles_by_size(example: ModuleType) -> None:
    source = example.Source
    articles = [source(f"{n}.txt", f"{n}.txt", size, False) for n, size in enumerate([5, 4, 9, 1])]
    batches = example._batches(articles, 10)
    assert [[s.size for s in batch] for batch in batches] == [[5, 4], [9, 1]]
    assert example._batches(articles[2:3], 1) == [[articles[2]]]  # one larger file alone
