"""examples/dask_corpus.py: two worker processes give exactly the serial results."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'vn_party_docs[dask]')")
pytest.importorskip("distributed", reason="distributed is not installed (extra 'dask')")

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    "Chiều 30-9-2021, Hội nghị đánh giá quý III; triển khai nhiệm vụ quý IV năm 2021.",
    "Thực hiện Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư trong 6 tháng đầu năm 2024.",
    "Bài không có mốc thời gian nào.",
    "Nghị quyết Trung ương 4 khóa XII;\r\nnhiệm kỳ 2020 – 2025 và giai đoạn 2021-2030.",
]


def _example() -> ModuleType:
    """Import examples/dask_corpus.py as a module."""
    path = ROOT / "examples" / "dask_corpus.py"
    spec = importlib.util.spec_from_file_location("dask_corpus_example", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A folder of articles and a JSON Lines file of articles."""
    root = tmp_path_factory.mktemp("corpus")
    folder = root / "articles"
    folder.mkdir()
    for number, text in enumerate(ARTICLES):
        (folder / f"{number:02}.txt").write_bytes(text.encode("utf-8"))
    lines = root / "articles.jsonl"
    with lines.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(ARTICLES * 3):
            handle.write(json.dumps({"id": f"doc-{number}", "text": text}, ensure_ascii=False))
            handle.write("\n")
        handle.write("\n")
    return [folder, lines]


def test_two_worker_processes_match_the_serial_run(corpus: list[Path], tmp_path: Path) -> None:
    example = _example()
    serial = example.run_serial(corpus)
    assert len(serial) > 10
    out = tmp_path / "mentions.jsonl"
    written = example.run_dask(corpus, out, n_workers=2)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert written == len(lines) == len(serial)
    assert [json.loads(line) for line in lines] == serial


def test_records_point_into_the_documents(corpus: list[Path]) -> None:
    example = _example()
    texts = dict(example.documents(corpus))
    for record in example.run_serial(corpus):
        text = texts[record["file"]]
        assert text[record["start"] : record["end"]] == record["text"]
        assert set(record) == {"file", "kind", "start", "end", "text", "value"}
    names = [record["file"] for record in example.run_serial(corpus)]
    assert "doc-13" not in names and "doc-11" in names  # numbered from 0, 12 documents
