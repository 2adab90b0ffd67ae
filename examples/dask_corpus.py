"""Run ``extract`` over a corpus with Dask: one JSON line per mention.

Usage::

    python examples/dask_corpus.py [INPUT] [OUTPUT] [--workers N]

INPUT is a folder of ``*.txt`` articles (default: ``examples/data``) or a JSON
Lines file whose lines are objects with a ``"text"`` (and optionally a ``"file"``
or ``"id"`` naming the document). OUTPUT (default: a file in a temporary folder)
receives one JSON object per mention, in document order::

    {"file": ..., "kind": "periods", "start": 46, "end": 62,
     "text": "quý III năm 2022", "value": {...}}

The work runs on a local ``distributed`` cluster of worker processes that talk
over loopback only (no dashboard). :func:`run_serial` gives the same records
without Dask, for checking. Needs ``pip install 'vn_party_docs[dask]'``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from vn_party_docs import extract
from vn_party_docs.document import KINDS

DATA = Path(__file__).resolve().parent / "data"

#: One document: (name, text).
Document = tuple[str, str]


def mention_records(name: str, text: str) -> list[dict[str, Any]]:
    """The JSON records of every mention in one document, kinds in order, then by start."""
    result = extract(text)
    return [
        {
            "file": name,
            "kind": kind,
            "start": mention.span.start,
            "end": mention.span.end,
            "text": mention.text,
            "value": mention.value.to_dict(),
        }
        for kind in KINDS
        for mention in getattr(result, kind)
    ]


def _read_article(path: str) -> Document:
    """Read one article (strict UTF-8, line endings kept so spans match the file)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return path, handle.read()


def _jsonl_document(line: str, number: int) -> Document | None:
    """One JSON Lines record as a document; blank lines give ``None``."""
    if not line.strip():
        return None
    record = json.loads(line)
    name = record.get("file", record.get("id", f"line {number}"))
    return str(name), str(record["text"])


def documents(paths: Sequence[str | Path]) -> Iterator[Document]:
    """The documents of folders (their ``*.txt`` files), text files and ``.jsonl`` files."""
    for path in map(Path, paths):
        if path.is_dir():
            for article in sorted(path.glob("*.txt")):
                yield _read_article(str(article))
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    document = _jsonl_document(line, number)
                    if document is not None:
                        yield document
        else:
            yield _read_article(str(path))


def run_serial(paths: Sequence[str | Path]) -> list[dict[str, Any]]:
    """Every mention record of the corpus, computed in this process."""
    return [record for name, text in documents(paths) for record in mention_records(name, text)]


def _records_of_partition(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """Mention records of one partition of documents (runs on a worker)."""
    return [record for name, text in documents for record in mention_records(name, text)]


def _module(name: str) -> Any:
    """Import an optional, untyped dependency (dask, distributed, cloudpickle) as ``Any``."""
    return importlib.import_module(name)


def _bag(paths: Sequence[str | Path], partitions: int) -> Any:
    """A dask bag of documents: article paths are read on the workers."""
    db = _module("dask.bag")
    articles: list[str] = []
    bags: list[Any] = []
    for path in map(Path, paths):
        if path.suffix == ".jsonl" and path.is_file():
            lines = db.read_text(str(path), blocksize="16MiB")
            numbered = lines.map_partitions(lambda part: list(enumerate(part, start=1)))
            bags.append(
                numbered.map(lambda pair: _jsonl_document(pair[1], pair[0])).filter(
                    lambda document: document is not None
                )
            )
        elif path.is_dir():
            articles.extend(str(article) for article in sorted(path.glob("*.txt")))
        else:
            articles.append(str(path))
    if articles:
        count = max(1, min(partitions, len(articles)))
        bags.insert(0, db.from_sequence(articles, npartitions=count).map(_read_article))
    return db.concat(bags) if len(bags) > 1 else bags[0]


def run_dask(paths: Sequence[str | Path], out: str | Path, n_workers: int = 2) -> int:
    """Extract every mention with Dask on ``n_workers`` local processes; write JSON Lines.

    Records come out in the same order as :func:`run_serial`: partitions are
    written in order as they complete. Returns the number of lines written.
    """
    cloudpickle = _module("cloudpickle")
    distributed = _module("distributed")
    # Workers cannot import this file as a module: send its functions by value.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    written = 0
    with (
        distributed.LocalCluster(
            n_workers=n_workers,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            host="127.0.0.1",
        ) as cluster,
        distributed.Client(cluster) as client,
        open(out, "w", encoding="utf-8") as sink,
    ):
        bag = _bag(paths, partitions=4 * n_workers)
        parts = bag.map_partitions(_records_of_partition).to_delayed()
        futures = client.compute(parts)
        for future in futures:  # in order; later partitions keep computing meanwhile
            for record in future.result():
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Run on the demo articles (or the given input) and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("input", nargs="?", default=str(DATA), help="folder of *.txt or .jsonl")
    parser.add_argument("output", nargs="?", default=None, help="output JSON Lines file")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    output = args.output or str(Path(tempfile.mkdtemp(prefix="vpd-dask-")) / "mentions.jsonl")
    try:
        _module("distributed")
    except ImportError:
        print("dask is not installed: pip install 'vn_party_docs[dask]'", file=sys.stderr)
        return 1
    count = run_dask([args.input], output, n_workers=args.workers)
    kinds: dict[str, int] = {}
    with open(output, encoding="utf-8") as handle:
        for line in handle:
            kind = json.loads(line)["kind"]
            kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{count} mentions written to {output}")
    for kind in KINDS:
        print(f"  {kind:10} {kinds.get(kind, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
