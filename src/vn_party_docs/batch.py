"""Many texts at once: :func:`extract_many`, streaming, in input order, in bounded memory.

By default everything runs in the calling process: no process is started, so a script
needs no ``if __name__ == "__main__":`` guard. Worker processes are used only when
asked for (``workers=2`` or more), and then only once the input proves long enough to
pay for starting them; the calling process keeps working alongside them.
"""

from __future__ import annotations

import collections
import datetime
import itertools
import warnings
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ._text.context import check_reference_date
from .document import Extraction, check_kinds, extract

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["AUTO_PARALLEL_CHARS", "extract_many"]

#: With ``workers`` of 2 or more, worker processes are started only once the calling
#: process has read this many characters by itself: starting a process and compiling
#: the patterns there takes about a second, the time to read a few MB, so a shorter
#: input is read faster without them.
AUTO_PARALLEL_CHARS = 1_000_000
#: Chunks waiting to be yielded, per worker process: a chunk in a worker and the chunks
#: this process reads meanwhile (bounds memory: input and results waiting).
_CHUNKS_PER_WORKER = 4
#: The tests set this to send every chunk to the workers, even before they are ready
#: (by default this process reads the chunks the workers cannot take at once).
_WORKERS_ONLY = False

#: A text that compiles the patterns of every grammar (the workers' warm-up).
_WARM_UP = (
    "10:45, 01/07/2020\nChiều 30-6, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết quý II năm "
    "2020. Đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy chủ trì. Theo Quy định số 205-QĐ/TW."
)


def _extract_chunk(
    texts: list[str], reference_date: datetime.date | None, kinds: tuple[str, ...] | None
) -> list[Extraction]:
    """Run :func:`extract` over one chunk (in a worker process, or in this one)."""
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
    consumed, and at most ``4 × workers × chunksize`` texts (with their results) wait
    in memory at any time, so an endless generator of texts works.

    By default all the work happens in the calling process and no process is started:
    a script needs no ``if __name__ == "__main__":`` guard. Worker processes are used
    only when ``workers`` is 2 or more (see the argument).

    Args:
        texts: Any iterable of ``str`` (a list, a generator, lines of a file...). A
            bare ``str`` is refused: it would be read as texts of one character.
        reference_date: Passed to every :func:`~vn_party_docs.extract` call.
        kinds: Passed to every call, to limit the work to some kinds of mention.
        workers: ``None`` or ``1`` (the default): this process only. ``n >= 2``:
            this process and ``n - 1`` worker processes, started (with ``spawn``)
            once :data:`~vn_party_docs.batch.AUTO_PARALLEL_CHARS` characters have been
            read here, so short inputs never pay for them; the calling process keeps
            reading chunks while they start and alongside them. A worker process
            imports the script's main module: call ``extract_many`` with workers
            under ``if __name__ == "__main__":``. Without that guard the workers
            cannot start; ``extract_many`` then warns (``RuntimeWarning``) and
            carries on in this process.
        chunksize: Texts sent to a worker at a time (larger chunks cost less in
            inter-process traffic; smaller ones keep memory lower).

    Returns:
        An iterator of :class:`~vn_party_docs.Extraction`, one per text, in order.
        Results are equal to serial ``extract`` calls whatever ``workers`` is.

    Raises:
        TypeError: ``texts`` is a ``str`` (at the call), or an item is not a ``str``
            (when the iteration reaches it); ``kinds`` is a bare ``str``.
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
    if workers is not None and (
        not isinstance(workers, int) or isinstance(workers, bool) or workers < 1
    ):
        raise ValueError(f"workers must be None or an int >= 1, got {workers!r}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, got {chunksize!r}")
    if (workers or 1) > 1 and _in_a_starting_worker():
        # A worker process starting up runs an unguarded main script again and has
        # reached this call: stop it quietly (the calling process reads the chunks).
        raise SystemExit(1)
    return _stream(_checked(texts), reference_date, kinds, workers or 1, chunksize)


def _stream(
    texts: Iterator[str],
    reference_date: datetime.date | None,
    kinds: tuple[str, ...] | None,
    workers: int,
    chunksize: int,
) -> Iterator[Extraction]:
    """Serial work, switching to worker processes once enough text has been read."""
    read = 0
    for text in texts:
        yield extract(text, reference_date=reference_date, kinds=kinds)
        read += len(text)
        if workers > 1 and read >= AUTO_PARALLEL_CHARS:
            break
    else:
        return
    if _unguarded_main():
        warnings.warn(
            "extract_many(..., workers=n) runs at the top level of the main script, "
            'outside `if __name__ == "__main__":`; a worker process would run the '
            "script again, so the work stays in this process",
            RuntimeWarning,
            stacklevel=2,
        )
        yield from _stream(texts, reference_date, kinds, 1, chunksize)
        return
    yield from _parallel(texts, reference_date, kinds, workers - 1, chunksize)


def _in_a_starting_worker() -> bool:
    """Whether this is a worker process still importing the main module (``spawn``)."""
    import multiprocessing

    return bool(getattr(multiprocessing.current_process(), "_inheriting", False))


def _unguarded_main() -> bool:
    """Whether a worker process, which imports the main script as it starts, would run
    this call again: the main script's top level is running a line outside
    ``if __name__ == "__main__":`` (scripts only: ``python -c``, the interactive
    interpreter and notebooks have no main file to run again)."""
    import ast
    import sys

    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    frame = sys._getframe(1)
    while frame is not None and not (
        frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__") == "__main__"
    ):
        frame = frame.f_back  # type: ignore[assignment]
    if path is None or frame is None:
        return False
    line = frame.f_lineno
    try:
        with open(path, encoding="utf-8") as file:
            tree = ast.parse(file.read())
    except (OSError, SyntaxError, ValueError, UnicodeDecodeError):
        return True  # cannot tell: do not risk running the script again
    return not any(
        isinstance(node, ast.If)
        and _is_main_test(node.test)
        and node.body[0].lineno <= line <= (node.body[-1].end_lineno or line)
        for node in ast.walk(tree)
    )


def _is_main_test(test: object) -> bool:
    """``__name__ == "__main__"`` (either way round)."""
    import ast

    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    sides = [test.left, *test.comparators]
    names = [side for side in sides if isinstance(side, ast.Name) and side.id == "__name__"]
    values = [side for side in sides if isinstance(side, ast.Constant) and side.value == "__main__"]
    return isinstance(test.ops[0], ast.Eq) and len(names) == 1 and len(values) == 1


def _parallel(
    texts: Iterator[str],
    reference_date: datetime.date | None,
    kinds: tuple[str, ...] | None,
    processes: int,
    chunksize: int,
) -> Iterator[Extraction]:
    """Chunks to ``processes`` worker processes and to this one, yielded in order.

    Each worker has one chunk at a time, given only once the workers are ready (their
    warm-up is done); this process reads the other chunks meanwhile, and waits for a
    worker only when ``4 × processes`` chunks are waiting to be yielded, so a slow
    worker (a busy core) cannot hold it up for long. If the workers fail (they could
    not start), their chunks are read here.
    """
    # Imported here: they cost more to import than the rest of the package.
    import concurrent.futures
    import multiprocessing

    window = processes * _CHUNKS_PER_WORKER
    pool = _Pool(
        concurrent.futures.ProcessPoolExecutor(
            max_workers=processes, mp_context=multiprocessing.get_context("spawn")
        )
    )
    # Each item: a chunk and its results, or the future of its results in a worker.
    pending: collections.deque[tuple[list[str], Future[list[Extraction]] | list[Extraction]]]
    pending = collections.deque()
    in_flight = 0

    def finished(item: Future[list[Extraction]] | list[Extraction]) -> bool:
        return isinstance(item, list) or item.done()

    try:
        for chunk in iter(lambda: list(itertools.islice(texts, chunksize)), []):
            if in_flight < (window if _WORKERS_ONLY else processes) and pool.ready():
                pending.append((chunk, pool.submit(chunk, reference_date, kinds)))
                in_flight += 1
            else:
                pending.append((chunk, _extract_chunk(chunk, reference_date, kinds)))
            # Yield what is done at the head; wait for the head only when the window is full.
            while pending and (finished(pending[0][1]) or len(pending) > window):
                chunk, item = pending.popleft()
                yield from pool.result(chunk, item, reference_date, kinds)
            # A worker that finished a chunk behind the head is free for the next one.
            in_flight = sum(not finished(item) for _, item in pending)
        while pending:
            chunk, item = pending.popleft()
            yield from pool.result(chunk, item, reference_date, kinds)
    finally:
        pool.close()


class _Pool:
    """The worker processes, warmed up before they get chunks, and dropped if they fail."""

    def __init__(self, executor: ProcessPoolExecutor) -> None:
        self.executor: ProcessPoolExecutor | None = executor
        # Done once a worker has started and compiled the patterns.
        self.warm_up = executor.submit(_extract_chunk, [_WARM_UP], None, None)

    def ready(self) -> bool:
        """Whether chunks may go to the workers now."""
        if self.executor is None:
            return False
        if not self.warm_up.done():
            return _WORKERS_ONLY
        error = self.warm_up.exception()
        if error is not None:
            self.fail(error)
            return False
        return True

    def submit(
        self, chunk: list[str], reference_date: datetime.date | None, kinds: tuple[str, ...] | None
    ) -> Future[list[Extraction]]:
        assert self.executor is not None
        return self.executor.submit(_extract_chunk, chunk, reference_date, kinds)

    def result(
        self,
        chunk: list[str],
        item: Future[list[Extraction]] | list[Extraction],
        reference_date: datetime.date | None,
        kinds: tuple[str, ...] | None,
    ) -> list[Extraction]:
        """A chunk's results; a chunk whose worker failed is read here."""
        if isinstance(item, list):
            return item
        from concurrent.futures.process import BrokenProcessPool

        try:
            return item.result()
        except BrokenProcessPool as error:
            self.fail(error)
            return _extract_chunk(chunk, reference_date, kinds)

    def fail(self, error: BaseException) -> None:
        """Warn once, and read everything in this process from now on."""
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None
            warnings.warn(
                "extract_many: the worker processes could not start or failed "
                f"({type(error).__name__}); carrying on in this process. A worker imports "
                "the main module: call extract_many(..., workers=n) under "
                'if __name__ == "__main__":',
                RuntimeWarning,
                stacklevel=5,
            )

    def close(self) -> None:
        if self.executor is not None:
            # Do not wait for workers that are still starting: nothing of theirs is needed.
            self.executor.shutdown(wait=self.warm_up.done(), cancel_futures=True)
            self.executor = None
