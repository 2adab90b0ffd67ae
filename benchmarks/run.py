"""Throughput, import time, memory and scaling of vn_party_docs (``make bench``).

Everything is measured in one run on one machine and reported as characters per
second and as ratios against two baselines measured in the same run:

* dateparser's ``search_dates(text, languages=["vi"])`` (the generic tool a user would
  otherwise reach for; slow, so it runs on a slice of the text), and
* a trigger-word floor: one compiled case-insensitive pattern of the words every
  recognizer starts from, run with ``finditer`` over the text — the least work any
  keyword-anchored extractor has to do. It is compiled with ``re`` and with ``regex``
  and the faster of the two is the floor.

The Markdown report is printed and written to ``benchmarks/results/latest.md``
(mention counts on the samples go to ``benchmarks/results/counts.json``, and the
report shows gains and losses against the previous run).

Usage: ``python benchmarks/run.py [--quick] [--dask-only] [--dask-mb N]``. ``--quick``
skips the 10 MB runs and the corpus run; the corpus run (``--dask-only`` runs it
alone, as ``make bench-dask`` does) extracts a folder of at least 50 MB of articles
serially and on 2 Dask workers, which takes a few minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import hashlib
import importlib
import importlib.util
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType

import regex

import vn_party_docs
from vn_party_docs._text.grammar import PATTERNS, Pattern
from vn_party_docs._text.normalize import NormalizedText

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLES = ROOT.parent / "shared" / "samples"
EXAMPLES = ROOT / "examples" / "data"
RESULTS = HERE / "results"

KB = 1_000
MB = 1_000_000

#: The words every recognizer is anchored on (the trigger-scan floor).
TRIGGER_WORDS = [
    "quý", "tháng", "năm", "nhiệm kỳ", "giai đoạn", "nghị quyết", "quyết định", "quy định",
    "chỉ thị", "kết luận", "hướng dẫn", "thông báo", "nghị định", "thông tư", "luật",
    "đồng chí", "ủy viên", "uỷ viên", "bí thư", "chủ tịch", "trưởng ban", "phó", "giám đốc",
    "hội nghị", "điểm cầu", "sáng", "chiều", "tối", "trung ương", "tỉnh ủy", "tỉnh uỷ",
]  # fmt: skip
TARGETS = {
    "dateparser": 20.0,  # extract at least 20x dateparser's search_dates
    "trigger": 8.0,  # extract at most 8x slower than the trigger scan
    "import_ms": 100.0,
}


def read_corpus() -> dict[str, str]:
    """The shared samples and the demo articles by name (samples may be absent)."""
    texts: dict[str, str] = {}
    if SAMPLES.is_dir():
        for path in sorted(SAMPLES.glob("*.txt")):
            texts[path.name] = path.read_text(encoding="utf-8")
    for path in sorted(EXAMPLES.glob("*.txt")):
        texts[f"examples/{path.name}"] = path.read_text(encoding="utf-8")
    if not texts:
        raise SystemExit("no sample text found (../shared/samples or examples/data)")
    return texts


def repeated(text: str, size: int) -> str:
    """``text`` repeated (paragraph-separated) to about ``size`` characters."""
    unit = text + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def best_time(function: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` runs (garbage collection off while timing)."""
    return best_times({"": function}, repeat)[""]


def best_times(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The best wall time of each function over ``repeat`` rounds that run each once.

    Interleaving the runs shares the machine's slow and fast spells out among all the
    functions, so that the ratios between them hold on a noisy machine.
    """
    times: dict[str, float] = {}
    for _ in range(repeat):
        for name, function in functions.items():
            gc.collect()
            gc.disable()
            try:
                started = time.perf_counter()
                function()
                elapsed = time.perf_counter() - started
            finally:
                gc.enable()
            times[name] = min(elapsed, times.get(name, elapsed))
    return times


def implemented(module: str) -> bool:
    """Tell whether an entity module has replaced its placeholder."""
    doc = importlib.import_module(f"vn_party_docs.{module}").__doc__ or ""
    return not doc.startswith("PLACEHOLDER")


FUNCTIONS: list[tuple[str, str, Callable[[str], object]]] = [
    ("extract", "document", vn_party_docs.extract),
    ("find_periods", "periods", vn_party_docs.find_periods),
    ("find_citations", "citations", vn_party_docs.find_citations),
    ("find_officials", "titles", vn_party_docs.find_officials),
    ("find_meetings", "meetings", vn_party_docs.find_meetings),
]


def extract_passes(text: str, passes: int) -> None:
    """Run ``extract`` on ``text`` ``passes`` times."""
    for _ in range(passes):
        vn_party_docs.extract(text)


def trigger_patterns() -> dict[str, Pattern]:
    """One case-insensitive alternation of the trigger words, longest first, per engine."""
    words = sorted(TRIGGER_WORDS, key=len, reverse=True)
    source = r"(?<!\w)(?:" + "|".join(regex.escape(word) for word in words) + r")(?!\w)"
    return {
        "re": re.compile(source, re.IGNORECASE),
        "regex": regex.compile(source, regex.IGNORECASE),
    }


def trigger_scan(pattern: Pattern, text: str) -> int:
    """Count every match of ``pattern`` (the floor, and the per-pattern costs)."""
    return sum(1 for _ in pattern.finditer(text))


def dateparser_search(text: str) -> tuple[Callable[[], int] | None, str]:
    """A call of dateparser's ``search_dates`` on ``text`` returning the dates found.

    ``None`` and the reason when dateparser is not installed.
    """
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        return None, "dateparser not installed (pip install -e '.[bench]')"
    search_dates("Ngày 1 tháng 12 năm 2023", languages=["vi"])  # load its data first

    def search() -> int:
        return len(search_dates(text, languages=["vi"]) or [])

    return search, f"dateparser {dateparser.__version__}"


def import_time_ms(cached: bool, runs: int = 7) -> tuple[float, float]:
    """(min, median) cumulative import time of ``vn_party_docs`` in ms, fresh interpreters.

    ``cached``: with a bytecode cache, as in any installed package (kept in a temporary
    ``PYTHONPYCACHEPREFIX``, written by a first run); otherwise every module is compiled
    from source, as when ``PYTHONDONTWRITEBYTECODE`` is set and no cache exists.
    """
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if not cached:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        command = [sys.executable, "-X", "importtime", "-c", "import vn_party_docs"]
        if cached:
            subprocess.run(command, capture_output=True, check=True, env=env)
        values = []
        for _ in range(runs):
            result = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
            for line in result.stderr.splitlines():
                parts = line.split("|")
                if len(parts) == 3 and parts[2].strip() == "vn_party_docs":
                    values.append(int(parts[1]) / 1000)
    return min(values), statistics.median(values)


def peak_memory(text: str) -> int:
    """Peak bytes allocated (tracemalloc) while ``extract`` runs on ``text``."""
    vn_party_docs.extract(text[:10_000])
    gc.collect()
    tracemalloc.start()
    try:
        vn_party_docs.extract(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def pattern_costs(text: str, top: int) -> list[tuple[float, int, str, str]]:
    """Seconds per MB of each compiled pattern scanned over ``text``, with its engine."""
    lower = NormalizedText(text).lower
    costs = []
    for pattern in {id(p): p for p in PATTERNS}.values():
        seconds = best_time(partial(trigger_scan, pattern, lower), 1)
        engine = "regex" if isinstance(pattern, regex.Pattern) else "re"
        shown = " ".join(pattern.pattern.split())[:60]
        costs.append((seconds * MB / len(text), len(pattern.pattern), engine, shown))
    return sorted(costs, reverse=True)[:top]


def counts(texts: dict[str, str]) -> dict[str, int]:
    """Mentions per kind over the corpus."""
    totals = {kind: 0 for kind in ("periods", "citations", "officials", "meetings")}
    for text in texts.values():
        result = vn_party_docs.extract(text)
        for kind in totals:
            totals[kind] += len(getattr(result, kind))
    return totals


def machine() -> str:
    """One line describing the machine."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, regex {regex.__version__}"
    )


def rate(chars: int, seconds: float) -> str:
    """chars/s in a readable unit."""
    per_second = chars / seconds
    return f"{per_second / MB:.2f} M" if per_second >= MB else f"{per_second / KB:.1f} k"


def dask_example() -> ModuleType | None:
    """examples/dask_corpus.py as a module, or ``None`` without dask and distributed."""
    try:
        importlib.import_module("dask.bag")
        importlib.import_module("distributed")
    except ImportError:
        return None
    spec = importlib.util.spec_from_file_location(
        "dask_corpus", ROOT / "examples" / "dask_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_corpus(texts: list[str], folder: Path, size: int) -> tuple[int, int]:
    """Article files in ``folder`` repeating ``texts`` up to ``size`` bytes: (files, bytes)."""
    written = count = 0
    while written < size:
        data = texts[count % len(texts)].encode("utf-8")
        (folder / f"{count:06d}.txt").write_bytes(data)
        written += len(data)
        count += 1
    return count, written


def serial_corpus(example: ModuleType, folder: Path, out: Path) -> str:
    """Extract the folder in this process, writing JSON Lines; the digest of the lines."""
    digest = hashlib.sha256()
    with out.open("w", encoding="utf-8") as sink:
        for name, text in example.documents([folder]):
            for record in example.mention_records(name, text):
                line = json.dumps(record, ensure_ascii=False) + "\n"
                sink.write(line)
                digest.update(line.encode("utf-8"))
    return digest.hexdigest()


def parts_digest(parts: list[str]) -> str:
    """The digest of the lines of the written parts, in order."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(Path(part).read_bytes())
    return digest.hexdigest()


def corpus_section(texts: dict[str, str], megabytes: int) -> list[str]:
    """Serial vs 2 Dask workers on a folder of ``megabytes`` MB of articles (Markdown lines)."""
    example = dask_example()
    if example is None:
        return ["## Corpus on Dask", "", "dask is not installed (pip install -e '.[dask]').", ""]
    lines = [f"## A {megabytes} MB folder of articles: serial vs Dask", ""]
    with tempfile.TemporaryDirectory(prefix="vpd-bench-") as work:
        folder = Path(work) / "articles"
        folder.mkdir()
        files, size = write_corpus(list(texts.values()), folder, megabytes * MB)
        lines.append(
            f"{files} article files, {size / MB:.1f} MB (the samples and demo articles "
            "repeated). Each run reads the folder, extracts every article and writes one "
            "JSON line per mention; the Dask runs include starting the local cluster "
            f"(`examples/dask_corpus.py`, {os.cpu_count()} cores on this machine)."
        )
        lines.append("")
        lines.append("| run | seconds | MB/s | × serial |")
        lines.append("|---|---:|---:|---:|")
        started = time.perf_counter()
        expected = serial_corpus(example, folder, Path(work) / "serial.jsonl")
        serial = time.perf_counter() - started
        lines.append(f"| serial, one process | {serial:.1f} | {size / MB / serial:.2f} | 1.00 |")
        runs = [
            ("2 workers, partitions of ~4 MiB", example.PARTITION_BYTES),
            ("2 workers, small partitions of ~64 KiB", 64 * 1024),
        ]
        started = time.perf_counter()
        with example._client(None, 2):
            pass
        startup = time.perf_counter() - started
        for label, partition in runs:
            out = Path(work) / f"dask-{partition}"
            started = time.perf_counter()
            parts = example.run_dask([folder], out, n_workers=2, partition_bytes=partition)
            seconds = time.perf_counter() - started
            same = "" if parts_digest(parts) == expected else " (OUTPUT DIFFERS FROM SERIAL)"
            lines.append(
                f"| {label}, {len(parts)} tasks{same} | {seconds:.1f} | "
                f"{size / MB / seconds:.2f} | {serial / seconds:.2f} |"
            )
        lines.append("")
        lines.append(
            f"Starting and stopping the local cluster alone takes {startup:.1f} s of each "
            "Dask run. Load average of the machine (other jobs included) after the runs: "
            + ", ".join(f"{value:.1f}" for value in load())
            + " (1, 5, 15 min)."
        )
    lines.append("")
    return lines


def load() -> tuple[float, ...]:
    """The load average of the machine, or nothing where the system has none."""
    try:
        return os.getloadavg()
    except (AttributeError, OSError):
        return ()


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 10 MB and corpus runs")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per measurement")
    parser.add_argument("--dask-only", action="store_true", help="only the corpus run")
    parser.add_argument("--dask-mb", type=int, default=50, help="corpus size (default 50 MB)")
    args = parser.parse_args(argv)

    texts = read_corpus()
    if args.dask_only:
        report = "\n".join(corpus_section(texts, args.dask_mb)) + "\n"
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "dask.md").write_text(report, encoding="utf-8")
        print(report)
        return 0
    samples = "\n\n".join(text for name, text in texts.items() if not name.startswith("ex"))
    demo = "\n\n".join(text for name, text in texts.items() if name.startswith("ex"))
    one_mb = repeated(samples or demo, MB)
    demo_mb = repeated(demo, MB) if demo else ""
    vn_party_docs.extract(samples + demo)  # compile the lazy patterns
    lines: list[str] = []
    out = lines.append
    out(f"# vn_party_docs benchmark — {datetime.date.today().isoformat()}")
    out("")
    out(f"Machine: {machine()}  ")
    out(f"Command: `make bench` (`python benchmarks/run.py{' --quick' if args.quick else ''}`)")
    out("")

    # -- throughput: every function and both baselines timed in the same rounds
    slice_size = 60 * KB
    search, parser_name = dateparser_search(one_mb[:slice_size])
    measured: dict[str, Callable[[], object]] = {}
    for name, module, function in FUNCTIONS:
        if module == "document" or implemented(module):
            measured[name] = partial(function, one_mb)
            if demo_mb:
                measured[f"demo {name}"] = partial(function, demo_mb)
    for engine, pattern in trigger_patterns().items():
        measured[f"floor {engine}"] = partial(trigger_scan, pattern, one_mb)
    if search is not None:
        measured["dateparser"] = search
    times = best_times(measured, args.repeat)
    floor_engine = min(trigger_patterns(), key=lambda engine: times[f"floor {engine}"])
    floor_seconds = times[f"floor {floor_engine}"]
    out(f"## Throughput (best of {args.repeat} interleaved rounds, 1 MB of repeated text)")
    out("")
    out("| function | samples chars/s | demo articles chars/s | × trigger floor (slower) |")
    out("|---|---:|---:|---:|")
    for name, _, _ in FUNCTIONS:
        if name not in measured:
            out(f"| `{name}` | not implemented yet | | |")
            continue
        seconds = times[name]
        demo_cell = rate(len(demo_mb), times[f"demo {name}"]) if demo_mb else ""
        out(
            f"| `{name}` | {rate(len(one_mb), seconds)} | {demo_cell} | "
            f"{seconds / floor_seconds:.1f} |"
        )
    for engine in sorted(trigger_patterns(), key=lambda engine: times[f"floor {engine}"]):
        seconds = times[f"floor {engine}"]
        label = "trigger-word scan (floor)" if engine == floor_engine else "trigger-word scan"
        out(f"| {label}, `{engine}` | {rate(len(one_mb), seconds)} | | "
            f"{seconds / floor_seconds:.1f} |")  # fmt: skip
    extract_rate = len(one_mb) / times["extract"]
    floor_rate = len(one_mb) / floor_seconds
    parser_rate = None
    if search is not None:
        parser_rate = slice_size / times["dateparser"]
        out(f"| {parser_name} `search_dates` (60 kB slice, {search()} dates) | "
            f"{rate(int(parser_rate), 1.0)} | | {floor_rate / parser_rate:.0f} |")  # fmt: skip
    else:
        out(f"| {parser_name} | | | |")
    out("")

    # -- targets
    out("## Targets")
    out("")
    out("| target | measured | met |")
    out("|---|---:|:---:|")
    if parser_rate is not None:
        ratio = extract_rate / parser_rate
        out(f"| extract ≥ {TARGETS['dateparser']:.0f}× dateparser search_dates | "
            f"{ratio:.0f}× | {'yes' if ratio >= TARGETS['dateparser'] else 'NO'} |")  # fmt: skip
    slower = floor_rate / extract_rate
    out(f"| extract ≤ {TARGETS['trigger']:.0f}× slower than the trigger scan | "
        f"{slower:.1f}× | {'yes' if slower <= TARGETS['trigger'] else 'NO'} |")  # fmt: skip
    fastest, median = import_time_ms(cached=True)
    met = "yes" if fastest < TARGETS["import_ms"] else "NO"
    out(f"| import < {TARGETS['import_ms']:.0f} ms (bytecode cached) | {fastest:.0f} ms "
        f"(median {median:.0f}) | {met} |")  # fmt: skip
    cold, cold_median = import_time_ms(cached=False, runs=3)
    out(f"| import, no bytecode cache (information) | {cold:.0f} ms (median {cold_median:.0f}) "
        "| |")  # fmt: skip

    # -- scaling
    # Each timing reads at least 1 MB (a small text several times over) and the sizes
    # take turns in the rounds, so that a slow spell of the machine hits them alike.
    sizes = [100 * KB, MB] + ([] if args.quick else [10 * MB])
    by_size = {size: repeated(samples or demo, size) for size in sizes}
    passes = {size: max(1, MB // size) for size in sizes}
    size_times = best_times(
        {str(size): partial(extract_passes, by_size[size], passes[size]) for size in sizes},
        args.repeat,
    )
    scaling = [(size, len(by_size[size]) * passes[size] / size_times[str(size)]) for size in sizes]
    spread = max(r for _, r in scaling) / min(r for _, r in scaling)
    out(f"| linear 100 kB → {sizes[-1] // MB} MB (chars/s within ×1.5) | "
        f"×{spread:.2f} | {'yes' if spread <= 1.5 else 'NO'} |")  # fmt: skip
    out("")
    out("## Scaling of `extract`")
    out("")
    out("| input | chars/s |")
    out("|---:|---:|")
    for size, per_second in scaling:
        shown = f"{size // MB} MB" if size >= MB else f"{size // KB} kB"
        out(f"| {shown} | {rate(int(per_second), 1.0)} |")
    out("")

    # -- many texts
    articles = list(texts.values()) * (4 * MB // sum(len(t) for t in texts.values()) + 1)
    total = sum(len(article) for article in articles)
    out(f"## `extract_many` over {len(articles)} articles ({total / MB:.1f} M characters)")
    out("")
    out("| workers | chars/s |")
    out("|---:|---:|")
    for workers in sorted({1, os.cpu_count() or 1}):
        seconds = best_time(
            partial(lambda n: list(vn_party_docs.extract_many(articles, workers=n)), workers), 1
        )
        out(f"| {workers} | {rate(total, seconds)} |")
    out("")

    # -- memory
    size = MB if args.quick else 10 * MB
    text = repeated(samples or demo, size)
    peak = peak_memory(text)
    out(f"## Memory of `extract` on {size // MB} MB (tracemalloc peak)")
    out("")
    out(f"Peak {peak / MB:.1f} MB for {len(text) / MB:.0f} M characters "
        f"({sys.getsizeof(text) / MB:.0f} MB as a Python str): "
        f"{peak / len(text):.1f} bytes per character of input.")  # fmt: skip
    out("")

    # -- where the time goes
    out("## Regex engine time per pattern (s per MB of the samples, top 6)")
    out("")
    out("Each pattern scanned with `finditer` over the whole text. A finder that runs a")
    out("pattern only at keyword anchors (`.match` at a position) pays far less for it.")
    out("")
    out("| s/MB | source chars | engine | pattern |")
    out("|---:|---:|---|---|")
    for seconds, length, engine, shown in pattern_costs(one_mb, 6):
        out(f"| {seconds:.3f} | {length} | {engine} | `{shown.replace('|', '¦')}` |")
    out("")

    # -- a corpus on Dask (minutes: skipped by --quick)
    if not args.quick:
        lines.extend(corpus_section(texts, args.dask_mb))

    # -- mention counts vs the previous run
    now = counts(texts)
    RESULTS.mkdir(exist_ok=True)
    previous_path = RESULTS / "counts.json"
    previous = json.loads(previous_path.read_text()) if previous_path.exists() else {}
    out("## Mentions on the samples and demo articles (vs previous run)")
    out("")
    out("| kind | mentions | change |")
    out("|---|---:|---:|")
    for kind, value in now.items():
        change = value - previous[kind] if kind in previous else 0
        out(f"| {kind} | {value} | {change:+d} |")
    previous_path.write_text(json.dumps(now, indent=2) + "\n")
    report = "\n".join(lines) + "\n"
    (RESULTS / "latest.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
