"""Many texts at once: :func:`extract_many`, streaming, in input order, in bounded memory."""

from __future__ import annotations

import collections
import datetime
import itertools
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ._text.context import check_reference_date
from .document import Extraction, check_kinds, extract

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["extract_many"]

#: With ``workers=None``, switch to processes once this much text is waiting.
AUTO_PARALLEL_CHARS = 4_000_000
#: Chunks in flight per worker process (bounds memory: input and results waiting).
_CHUNKS_PER_WORKER = 2


def _extract_chunk(
    texts: list[str], reference_date: datetime.date | None, kinds: tuple[str, ...] | None
) -> list[Extraction]:
    """Run :func:`extract` over one chunk (in a worker process)."""
    return [extract(text, reference_date=reference_date, kinds=kinds) for text in texts]


def _checked(texts: Iterable[str]) -> Iterator[str]:
    """The texts, each checked to be a ``str`` when it is reached."""
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"texts[{index}] must be str, not {type(text).__name__}")
        yield text


def extract_many(
    texts: Iterable[str],
    *,
    reference_date: datetime.date | None = None,
    kinds: tuple[str, ...] | None = None,
    workers: int | None = None,
    chunksize: int = 8,
) -> Iterator[Extraction]:
    """Run :func:`~vn_party_docs.extract` over many texts; yield results in input order.

    Results stream: the texts are read from ``texts`` only as the results are
    consumed, and at most ``2 × workers × chunksize`` texts (with their results) wait
    in memory at any time, so an endless generator of texts works.

    Args:
        texts: Any iterable of ``str`` (a list, a generator, lines of a file...). A
            bare ``str`` is refused: it would be read as texts of one character.
        reference_date: Passed to every :func:`~vn_party_docs.extract` call.
        kinds: Passed to every call, to limit the work to some kinds of mention.
        workers: ``1`` runs in this process. ``n > 1`` runs ``n`` worker processes
            (started with ``spawn``: call it under ``if __name__ == "__main__":`` in
            a script). ``None`` (default) stays in this process for small inputs and
            switches to ``os.cpu_count()`` processes once more than
            :data:`~vn_party_docs.batch.AUTO_PARALLEL_CHARS` characters of text are waiting.
        chunksize: Texts sent to a worker at a time (larger chunks cost less in
            inter-process traffic; smaller ones keep memory lower).

    Returns:
        An iterator of :class:`~vn_party_docs.Extraction`, one per text, in order.
        Results are equal to serial ``extract`` calls whatever ``workers`` is.

    Raises:
        TypeError: ``texts`` is a ``str`` (at the call), or an item is not a ``str``
            (when the iteration reaches it).
        ValueError: ``workers`` or ``chunksize`` is below 1, or ``kinds`` is unknown.

    Example:
        >>> from vn_party_docs import extract_many
        >>> texts = ["Sơ kết quý III năm 2021.", "Nhiệm kỳ 2020 - 2025."]
        >>> [[m.value.code for m in result.periods] for result in extract_many(texts)]
        [['2021-Q3'], ['2020/2025']]
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be an iterable of str, not a single str or bytes")
    if not isinstance(texts, Iterable):
        raise TypeError(f"texts must be an iterable of str, not {type(texts).__name__}")
    reference_date = check_reference_date(reference_date)
    if kinds is not None:
        kinds = check_kinds(kinds)
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be None or an int >= 1, got {workers!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, got {chunksize!r}")
    return _stream(_checked(texts), reference_date, kinds, workers, chunksize)


def _stream(
    texts: Iterator[str],
    reference_date: datetime.date | None,
    kinds: tuple[str, ...] | None,
    workers: int | None,
    chunksize: int,
) -> Iterator[Extraction]:
    """Choose serial or parallel work, then yield the results in order."""
    if workers is None:
        cpus = os.cpu_count() or 1
        waiting: list[str] = []
        size = 0
        if cpus > 1:
            for text in texts:
                waiting.append(text)
                size += len(text)
                if size > AUTO_PARALLEL_CHARS:
                    break
        texts = itertools.chain(waiting, texts)
        workers = cpus if size > AUTO_PARALLEL_CHARS else 1
    if workers == 1:
        for text in texts:
            yield extract(text, reference_date=reference_date, kinds=kinds)
        return
    yield from _parallel(texts, reference_date, kinds, workers, chunksize)


def _parallel(
    texts: Iterator[str],
    reference_date: datetime.date | None,
    kinds: tuple[str, ...] | None,
    workers: int,
    chunksize: int,
) -> Iterator[Extraction]:
    """Chunks to a process pool with a bounded window of chunks in flight."""
    # Imported here: they cost more to import than the rest of the package.
    import concurrent.futures
    import multiprocessing

    window = workers * _CHUNKS_PER_WORKER
    pending: collections.deque[Future[list[Extraction]]] = collections.deque()
    executor = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn")
    )
    try:
        chunks = iter(lambda: list(itertools.islice(texts, chunksize)), [])
        for chunk in chunks:
            pending.append(executor.submit(_extract_chunk, chunk, reference_date, kinds))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
