"""Run ``extract`` over a corpus with Dask, on your cluster or a local one.

Usage::

    python examples/dask_corpus.py [INPUT ...] [-o OUTPUT] [--scheduler ADDRESS]
                                   [--workers N] [--partition-size SIZE]

Each INPUT (default: ``examples/data``) is a folder of ``*.txt`` articles, a glob
(``s3://bucket/articles/*.txt``), one article, or a JSON Lines file whose lines are
objects with a ``"text"`` (and optionally a ``"file"`` or ``"id"`` naming the
document; otherwise it is named ``PATH:LINE``). Paths may be local or any URL
fsspec knows (``s3://``, ``gs://``, ``abfs://``, ``memory://`` ...) when its
filesystem package is installed (``s3fs``, ``gcsfs`` ...): the workers read them
with Dask's own readers (``dask.bag.read_text``), so the data never passes
through this process.

OUTPUT (default: a new temporary folder) is a folder or URL that receives
partitioned JSON Lines, ``part-00000.jsonl``, ``part-00001.jsonl`` ..., written
by the workers. Read in name order, the parts hold one JSON object per mention,
in document order, exactly as :func:`run_serial` gives them::

    {"file": ..., "kind": "periods", "start": 46, "end": 62,
     "text": "quý III năm 2022", "value": {...}}

``--scheduler ADDRESS`` (``tcp://host:8786``) uses a running ``distributed``
scheduler; without it a local cluster of ``--workers`` processes starts on
loopback only (no dashboard). Articles are batched into partitions of about
``--partition-size`` bytes (default 4 MiB) so that the per-task cost of Dask
stays small next to the extraction itself. Needs
``pip install 'vn_party_docs[dask]'``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import math
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from vn_party_docs import extract
from vn_party_docs.document import KINDS

DATA = Path(__file__).resolve().parent / "data"
#: Target size of one partition of articles, in bytes.
PARTITION_BYTES = 4 * 1024 * 1024

#: One document: (name, text).
Document = tuple[str, str]


class Source(NamedTuple):
    """One input file: where to read it, the name records carry, its size, its form."""

    url: str
    name: str
    size: int
    jsonl: bool


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


# -- inputs ----------------------------------------------------------------------------


def _module(name: str) -> Any:
    """Import an optional, untyped dependency (dask, distributed, fsspec) as ``Any``."""
    return importlib.import_module(name)


def _is_url(path: str) -> bool:
    return "://" in path


def _local_sources(path: Path) -> Iterator[Source]:
    """A local folder (its ``*.txt``), JSON Lines file or article, named as written."""
    if path.is_dir():
        for article in sorted(path.glob("*.txt")):
            yield Source(str(article), str(article), article.stat().st_size, False)
    else:
        yield Source(str(path), str(path), path.stat().st_size, path.suffix == ".jsonl")


def _url_sources(url: str) -> Iterator[Source]:
    """A folder, glob or file at a URL; names keep the protocol (``s3://bucket/a.txt``)."""
    fs, path = _module("fsspec.core").url_to_fs(url)
    if any(char in path for char in "*?["):
        found = fs.glob(path, detail=True)
    elif fs.isdir(path):
        found = fs.glob(path.rstrip("/") + "/*.txt", detail=True)
    else:
        found = {path: fs.info(path)}
    for name in sorted(found):
        full = fs.unstrip_protocol(name)
        size = int(found[name].get("size") or 0)
        yield Source(full, full, size, name.endswith(".jsonl"))


def sources(inputs: Sequence[str | Path]) -> list[Source]:
    """Every input file in order, each once: folders expanded to their ``*.txt``."""
    seen: set[str] = set()
    found: list[Source] = []
    for item in inputs:
        text = str(item)
        for source in _url_sources(text) if _is_url(text) else _local_sources(Path(text)):
            if source.url not in seen:
                seen.add(source.url)
                found.append(source)
    return found


def _jsonl_document(line: str, source: str, number: int) -> Document | None:
    """One JSON Lines record as a document; blank lines give ``None``."""
    if not line.strip():
        return None
    record = json.loads(line)
    name = record.get("file", record.get("id", f"{source}:{number}"))
    return str(name), str(record["text"])


def _open(source: Source, mode: str) -> Any:
    """Open a source: a local path with :func:`open`, a URL with fsspec."""
    if _is_url(source.url):
        return _module("fsspec").open(source.url, mode, encoding="utf-8" if "t" in mode else None)
    return open(source.url, mode, encoding="utf-8" if "t" in mode else None)


def documents(inputs: Sequence[str | Path]) -> Iterator[Document]:
    """The documents of the inputs, read in this process (strict UTF-8).

    Articles keep their line endings, so spans index the file; JSON Lines are
    read line by line (any line ending).
    """
    for source in sources(inputs):
        if source.jsonl:
            with _open(source, "rt") as handle:
                for number, line in enumerate(handle, start=1):
                    document = _jsonl_document(line, source.name, number)
                    if document is not None:
                        yield document
        else:
            with _open(source, "rb") as handle:
                yield source.name, handle.read().decode("utf-8")


def run_serial(inputs: Sequence[str | Path]) -> list[dict[str, Any]]:
    """Every mention record of the corpus, computed in this process."""
    return [record for name, text in documents(inputs) for record in mention_records(name, text)]


# -- on Dask ---------------------------------------------------------------------------


def _articles(lines: Iterable[tuple[str, str]], names: dict[str, str]) -> list[Document]:
    """Join the lines ``read_text`` gives (line ends kept) back into whole articles."""
    texts: dict[str, list[str]] = {}
    for line, path in lines:
        texts.setdefault(path, []).append(line)
    return [(names[path], "".join(parts)) for path, parts in texts.items()]


def _jsonl_documents(lines: Iterable[str], source: str, first: int) -> list[Document]:
    """The documents of one block of a JSON Lines file whose first line is ``first + 1``."""
    found = (
        _jsonl_document(line, source, number) for number, line in enumerate(lines, start=first + 1)
    )
    return [document for document in found if document is not None]


def _records(documents: Iterable[Document]) -> list[str]:
    """The JSON lines of every mention of a partition of documents (runs on a worker)."""
    return [
        json.dumps(record, ensure_ascii=False)
        for name, text in documents
        for record in mention_records(name, text)
    ]


def _batches(articles: list[Source], target: int) -> list[list[Source]]:
    """Consecutive articles grouped into batches of about ``target`` bytes (one at least)."""
    batches: list[list[Source]] = []
    size = 0
    for source in articles:
        if batches and size + source.size <= target:
            batches[-1].append(source)
            size += source.size
        else:
            batches.append([source])
            size = source.size
    return batches


def _stripped(url: str) -> str:
    """The path ``read_text(include_path=True)`` reports for ``url``."""
    return str(_module("fsspec.core").url_to_fs(url)[1])


def _partitions(found: list[Source], target: int) -> list[Any]:
    """Delayed partitions of documents, in input order: article batches and JSON Lines blocks."""
    db = _module("dask.bag")
    dask = _module("dask")
    delayed = dask.delayed
    parts: list[Any] = []
    pending: list[Source] = []

    def flush() -> None:
        for batch in _batches(pending, target):
            urls = [source.url for source in batch]
            names = {_stripped(source.url): source.name for source in batch}
            lines = db.read_text(
                urls,
                files_per_partition=len(urls),
                linedelimiter="",  # newline="": lines keep \r\n, \r or \n as in the file
                encoding="utf-8",
                include_path=True,
            )
            parts.extend(delayed(_ByValue(_articles))(part, names) for part in lines.to_delayed())
        pending.clear()

    for source in found:
        if not source.jsonl:
            pending.append(source)
            continue
        flush()
        blocks = db.read_text(source.url, blocksize=target, encoding="utf-8").to_delayed()
        counts = [0]
        if len(blocks) > 1:  # number lines across blocks: a quick count first
            counts = [0, *dask.compute(*(delayed(len)(block) for block in blocks[:-1]))]
        first = 0
        for block, count in zip(blocks, counts, strict=True):
            first += count
            parts.append(delayed(_ByValue(_jsonl_documents))(block, source.name, first))
    flush()
    return parts


class _ByValue:
    """A function of this file that travels to the workers by value.

    The workers cannot import this file (it is a script, not a module of an
    installed package), so its functions must be pickled with their code:
    unpickling calls ``cloudpickle.loads`` and gives the function itself.
    """

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function

    def __call__(self, *args: Any) -> Any:
        return self.function(*args)

    def __reduce__(self) -> tuple[Any, tuple[bytes]]:
        cloudpickle = _module("cloudpickle")
        cloudpickle.register_pickle_by_value(sys.modules[self.function.__module__])
        return cloudpickle.loads, (cloudpickle.dumps(self.function),)


@contextlib.contextmanager
def _client(scheduler: str | None, n_workers: int) -> Iterator[Any]:
    """A ``distributed`` client: of the scheduler at ``scheduler``, or of a local cluster."""
    distributed = _module("distributed")
    if scheduler:
        with distributed.Client(scheduler) as client:
            yield client
        return
    with (
        distributed.LocalCluster(
            n_workers=n_workers,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # a free port on the host below, not 8787
            host="127.0.0.1",
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def run_dask(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    partition_bytes: int = PARTITION_BYTES,
) -> list[str]:
    """Extract every mention with Dask; the workers write partitioned JSON Lines to ``out``.

    Args:
        inputs: Folders, globs, articles and JSON Lines files, local or URLs.
        out: A folder or URL; receives ``part-00000.jsonl``, ``part-00001.jsonl`` ...
        scheduler: The address of a running scheduler (``tcp://host:8786``);
            ``None`` starts a local cluster of ``n_workers`` processes.
        n_workers: Worker processes of the local cluster.
        partition_bytes: About how many bytes of input one task reads (fewer for
            a corpus too small to keep every worker busy).

    Returns:
        The URLs of the parts in order: read one after another, they equal
        :func:`run_serial` line for line.
    """
    db = _module("dask.bag")
    found = sources(inputs)
    if not found:
        raise ValueError(f"no input files in {list(map(str, inputs))}")
    target = str(out).rstrip("/")
    with _client(scheduler, n_workers) as client:
        threads = max(1, sum(client.nthreads().values()))
        total = sum(source.size for source in found)
        size = max(1, min(partition_bytes, math.ceil(total / (2 * threads))))
        bag = db.from_delayed(_partitions(found, size)).map_partitions(_ByValue(_records))
        bag.to_textfiles(
            f"{target}/part-*.jsonl",
            name_function=lambda index: f"{index:05d}",
            encoding="utf-8",
            last_endline=True,
        )
    return [f"{target}/part-{index:05d}.jsonl" for index in range(bag.npartitions)]


def read_parts(parts: Sequence[str]) -> list[dict[str, Any]]:
    """The records of written parts, in order (a small corpus only: all in memory)."""
    records: list[dict[str, Any]] = []
    for part in parts:
        source = Source(part, part, 0, True)
        with _open(source, "rt") as handle:
            records.extend(json.loads(line) for line in handle if line.strip())
    return records


def main(argv: Sequence[str] | None = None) -> int:
    """Run on the demo articles (or the given inputs) and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("inputs", nargs="*", default=[str(DATA)], metavar="INPUT")
    parser.add_argument("-o", "--output", default=None, help="folder or URL for the parts")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS", help="tcp://host:8786")
    parser.add_argument("--workers", type=int, default=2, help="local cluster processes")
    parser.add_argument("--partition-size", default="4MiB", metavar="SIZE")
    args = parser.parse_args(argv)
    try:
        parse_bytes = _module("dask.utils").parse_bytes
        _module("distributed")
    except ImportError:
        print("dask is not installed: pip install 'vn_party_docs[dask]'", file=sys.stderr)
        return 1
    output = args.output or tempfile.mkdtemp(prefix="vpd-dask-")
    parts = run_dask(
        args.inputs,
        output,
        scheduler=args.scheduler,
        n_workers=args.workers,
        partition_bytes=parse_bytes(args.partition_size),
    )
    kinds: dict[str, int] = {}
    for record in read_parts(parts):
        kinds[record["kind"]] = kinds.get(record["kind"], 0) + 1
    print(f"{sum(kinds.values())} mentions written to {output} ({len(parts)} parts)")
    for kind in KINDS:
        print(f"  {kind:10} {kinds.get(kind, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
