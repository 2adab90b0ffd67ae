"""Throughput, import time, phases, memory and scaling of vn_party_docs (``make bench``).

Everything is measured in one run on one machine and reported as characters per
second and as ratios against two baselines measured in the same run:

* dateparser's ``search_dates(text, languages=["vi"])`` (the generic tool a user would
  otherwise reach for; slow, so it runs on a slice of the text), and
* a trigger-word floor: one compiled case-insensitive pattern of the words every
  recognizer starts from, run with ``finditer`` over the text — the least work any
  keyword-anchored extractor has to do. It is compiled with ``re`` and with ``regex``
  and the faster of the two is the floor.

Both are measured on the samples (joined and repeated to 1 MB) and on the dev corpus
(``../shared/dev/corpus/*.txt``, each article's body extracted on its own; skipped with
a message when the corpus is absent). ``extract`` is also timed phase by phase
(normalise, dateline, each finder, the mapping to mentions, and ``documents()`` after
it), so that a regression names its phase.

Import time is measured as whole processes: ``python -c STATEMENT`` minus a bare
``python -c pass`` run just before it, the median of 15 such pairs, with the bytecode
of every module cached (as in any installed package) and with the package's own
modules compiled from source (as in a checkout under ``PYTHONDONTWRITEBYTECODE=1``);
``-X importtime``'s top entries and the package's module-level statements by kind are
shown beside it.

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
import shutil
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
from typing import Any

import regex

import vn_party_docs
from vn_party_docs._text.grammar import PATTERNS, Pattern
from vn_party_docs._text.normalize import NormalizedText

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLES = ROOT.parent / "shared" / "samples"
DEV_CORPUS = ROOT.parent / "shared" / "dev" / "corpus"
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
    "dateparser": 30.0,  # extract at least 30x dateparser's search_dates
    "trigger": 3.0,  # extract at most 3x slower than the trigger scan
}
#: Import statements timed as whole processes, with their target in ms of their own.
IMPORTS = {
    "import vn_party_docs": 50.0,
    "from vn_party_docs import extract": 100.0,
    "import attrs": None,
}
#: Paired runs (bare interpreter, then the statement) per import measurement.
IMPORT_PAIRS = 15


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


def read_dev_corpus() -> dict[str, str]:
    """The bodies of the dev corpus articles by name (empty when the corpus is absent).

    Each file opens with ``# source:`` and ``# title:`` lines and a blank line; the body
    after them is what is extracted (as the shared scorer reads it).
    """
    bodies: dict[str, str] = {}
    if DEV_CORPUS.is_dir():
        for path in sorted(DEV_CORPUS.glob("*.txt")):
            raw = path.read_text(encoding="utf-8")
            bodies[path.name] = raw.split("\n\n", 1)[1] if raw.startswith("# source:") else raw
    return bodies


# -- import time ---------------------------------------------------------------------------


def _package_cache(prefix: Path) -> Path:
    """Where ``PYTHONPYCACHEPREFIX=prefix`` keeps the bytecode of the package's modules."""
    package = Path(vn_party_docs.__file__).resolve().parent
    return prefix / package.relative_to(package.anchor)


def import_envs(work: Path) -> dict[str, dict[str, str]]:
    """Environments for the two import conditions, each with its own warm bytecode cache.

    ``cached``: every module's bytecode is cached (as in any installed package);
    ``source``: the same, except the package's own modules, which are compiled from
    source in every process (a checkout under ``PYTHONDONTWRITEBYTECODE=1``).
    """
    envs = {}
    for condition in ("cached", "source"):
        prefix = work / condition
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(prefix))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for statement in [*IMPORTS, "pass"]:
            subprocess.run([sys.executable, "-c", statement], env=env, capture_output=True)
        if condition == "source":
            shutil.rmtree(_package_cache(prefix), ignore_errors=True)
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        envs[condition] = env
    return envs


def process_seconds(statement: str, env: dict[str, str]) -> float:
    """Wall time of a whole ``python -c statement`` process."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], env=env, check=True)
    return time.perf_counter() - started


def own_import_ms(
    statements: list[str], envs: dict[str, dict[str, str]], pairs: int
) -> dict[str, dict[str, tuple[float, float]]]:
    """(median, min) ms of each statement's own in each environment: its process minus a
    bare one run just before it, by environment and statement.

    All the pairs take turns in the same rounds, so that a slow spell of the machine falls
    on every statement and environment alike.
    """
    own: dict[tuple[str, str], list[float]] = {}
    for _ in range(pairs):
        for condition, env in envs.items():
            for statement in statements:
                bare = process_seconds("pass", env)
                seconds = process_seconds(statement, env) - bare
                own.setdefault((condition, statement), []).append(seconds * 1000)
    result: dict[str, dict[str, tuple[float, float]]] = {}
    for (condition, statement), values in own.items():
        result.setdefault(condition, {})[statement] = (statistics.median(values), min(values))
    return result


def importtime_self_ms(
    statement: str, env: dict[str, str], runs: int
) -> dict[str, tuple[float, float]]:
    """Median (self, cumulative) ms of every module ``-X importtime`` reports for ``statement``."""
    self_ms: dict[str, list[float]] = {}
    cumulative: dict[str, list[float]] = {}
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", statement],
            capture_output=True, text=True, check=True, env=env,
        )  # fmt: skip
        for line in result.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[1].strip().isdigit():
                name = parts[2].strip()
                self_ms.setdefault(name, []).append(int(parts[0].rsplit(":", 1)[1]) / 1000)
                cumulative.setdefault(name, []).append(int(parts[1]) / 1000)
    return {
        name: (statistics.median(values), statistics.median(cumulative[name]))
        for name, values in self_ms.items()
    }


_STATEMENT_TIMES = r"""
import ast, gc, importlib, importlib.util, json, sys, time, types, __future__
importlib.import_module("attrs")  # what the package's modules share, loaded first
importlib.import_module("typing")
plan = []  # every statement compiled first: only its execution is timed
for name in sys.argv[1:]:
    spec = importlib.util.find_spec(name)
    source = open(spec.origin, encoding="utf-8").read()
    statements = []
    for node in ast.parse(source).body:
        code = compile(ast.Module([node], []), spec.origin, "exec", dont_inherit=True,
                       flags=__future__.annotations.compiler_flag)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            kind = "imports"
        elif isinstance(node, ast.ClassDef):
            decorators = " ".join(ast.unparse(d) for d in node.decorator_list)
            bases = " ".join(ast.unparse(b) for b in node.bases)
            kind = ("attrs classes" if "attrs" in decorators
                    else "enum classes" if "Enum" in bases else "other classes")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            kind = "functions"
        else:
            kind = "tables, patterns and constants"
        first = ast.get_source_segment(source, node).splitlines()[0][:60]
        statements.append((code, node.lineno, kind, first))
    plan.append((name, spec, statements))
# The syntax trees are gone and what is left is frozen, so that the collector works as
# it does at a real import (it would otherwise walk every node at each full collection).
gc.collect()
gc.freeze()
rows = []
for name, spec, statements in plan:
    module = types.ModuleType(name)
    module.__file__, module.__spec__ = spec.origin, spec
    module.__package__ = name if spec.submodule_search_locations else name.rpartition(".")[0]
    sys.modules[name] = module
    for code, line, kind, first in statements:
        started = time.perf_counter()
        exec(code, module.__dict__)
        rows.append([name, line, kind, first, (time.perf_counter() - started) * 1000])
print(json.dumps(rows))
"""


def statement_ms(
    modules: list[str], env: dict[str, str], runs: int
) -> list[tuple[float, str, str]]:
    """Median ms of each top-level statement of ``modules`` executed in import order.

    Each module's statements run one at a time in a fresh interpreter (its own imports
    of modules not yet loaded are counted where they occur); returns (ms, kind, where).
    """
    samples: dict[tuple[str, int, str, str], list[float]] = {}
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", _STATEMENT_TIMES, *modules],
            capture_output=True, text=True, check=True, env=env,
        )  # fmt: skip
        for name, line, kind, first, ms in json.loads(result.stdout):
            samples.setdefault((name, line, kind, first), []).append(ms)
    return [
        (statistics.median(values), kind, f"{name.removeprefix('vn_party_docs.')}:{line} `{first}`")
        for (name, line, kind, first), values in samples.items()
    ]


def import_section(pairs: int, quick: bool) -> tuple[list[str], dict[str, dict[str, float]]]:
    """The import report (Markdown lines) and the median own ms per condition and statement."""
    lines = ["## Import", ""]
    medians: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="vpd-import-") as work:
        envs = import_envs(Path(work))
        results = own_import_ms(list(IMPORTS), envs, pairs)
        lines.append(
            f"Whole processes: `python -c STATEMENT` minus a bare `python -c pass` run just "
            f"before it, median (and fastest) of {pairs} pairs. *cached*: the bytecode of every "
            "module is cached, as in an installed package; *package from source*: the same but "
            "the package's own modules are compiled from source in every process, as in a "
            "checkout under `PYTHONDONTWRITEBYTECODE=1`."
        )
        lines.append("")
        lines.append("| statement | own ms, cached | own ms, package from source | target |")
        lines.append("|---|---:|---:|---:|")
        for statement, target in IMPORTS.items():
            cells = []
            for condition in envs:
                median, fastest = results[condition][statement]
                medians.setdefault(condition, {})[statement] = median
                cells.append(f"{median:.0f} ({fastest:.0f})")
            shown = f"< {target:.0f}" if target is not None else "(reference)"
            lines.append(f"| `{statement}` | {cells[0]} | {cells[1]} | {shown} |")
        lines.append("")
        lines.append(
            "Load average after these runs: "
            + ", ".join(f"{value:.1f}" for value in load())
            + " (1, 5, 15 min); on a busy machine every process is slower, attrs included."
        )
        lines.append("")

        statement = "from vn_party_docs import extract"
        runs = 3 if quick else 7
        entries = importtime_self_ms(statement, envs["cached"], runs)
        package = sum(ms for name, (ms, _) in entries.items() if name.startswith("vn_party_docs"))
        attrs_ms = sum(
            ms for name, (ms, _) in entries.items() if name.split(".")[0] in {"attr", "attrs"}
        )
        rest = sum(ms for _, (ms, _) in entries.items()) - package - attrs_ms
        lines.append(
            f'`python -X importtime -c "{statement}"`, cached, median of {runs} runs: self '
            f"time {package:.1f} ms in the package's modules, {attrs_ms:.1f} ms in attrs, "
            f"{rest:.1f} ms in the standard library modules they import (and `site`). Top "
            "entries by self time:"
        )
        lines.append("")
        lines.append("| self ms | cumulative ms | module |")
        lines.append("|---:|---:|---|")
        for name, (self_ms, cumulative_ms) in sorted(entries.items(), key=lambda e: -e[1][0])[:12]:
            lines.append(f"| {self_ms:.2f} | {cumulative_ms:.2f} | `{name}` |")
        lines.append("")

        # In the order -X importtime lists them: each after the modules it imports, as at a
        # real import (the vocabulary data counts in the statement that imports it).
        ordered = [
            name for name in entries if name.startswith("vn_party_docs.") and "_vocab" not in name
        ]
        rows = statement_ms(ordered, envs["cached"], 3 if quick else 5)
        by_kind: dict[str, float] = {}
        for ms, kind, _ in rows:
            by_kind[kind] = by_kind.get(kind, 0.0) + ms
        lines.append(
            "The package's module-level statements (what `from vn_party_docs import extract` "
            f"executes, bytecode cached, median of {3 if quick else 5} runs), "
            f"{sum(by_kind.values()):.1f} ms in all: "
            + ", ".join(
                f"{kind} {ms:.1f} ms" for kind, ms in sorted(by_kind.items(), key=lambda kv: -kv[1])
            )
            + ". The costliest:"
        )
        lines.append("")
        lines.append("| ms | kind | statement |")
        lines.append("|---:|---|---|")
        for ms, kind, where in sorted(rows, reverse=True)[:10]:
            lines.append(f"| {ms:.2f} | {kind} | {where.replace('|', '¦')} |")
        lines.append("")
    return lines, medians


_FIRST_CALL = r"""
import json, sys, time
started = time.perf_counter()
from vn_party_docs._text import grammar
compiled = []
compile_pattern = grammar.compile_pattern


def timed(pattern):  # bound by the grammar modules when they import compile_pattern
    begun = time.perf_counter()
    result = compile_pattern(pattern)
    caller = sys._getframe(1)
    where = f"{caller.f_globals['__name__'].removeprefix('vn_party_docs.')}.{caller.f_code.co_name}"
    engine = "regex" if "regex" in type(result).__module__ else "re"
    compiled.append([(time.perf_counter() - begun) * 1000, where, len(pattern), engine])
    return result


grammar.compile_pattern = timed
from vn_party_docs import extract
imported = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
extract(text)
first = time.perf_counter()
extract(text)
second = time.perf_counter()
print(json.dumps({
    "import": (imported - started) * 1000,
    "first": (first - imported) * 1000,
    "second": (second - first) * 1000,
    "compiled": compiled,
}))
"""


def first_call_section(text: str, runs: int) -> list[str]:
    """What the first ``extract`` in a fresh interpreter costs, and the patterns it compiles."""
    with tempfile.TemporaryDirectory(prefix="vpd-first-") as work:
        path = Path(work) / "text.txt"
        path.write_text(text, encoding="utf-8")
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(work) / "cache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        command = [sys.executable, "-c", _FIRST_CALL, str(path)]
        subprocess.run(command, env=env, capture_output=True, check=True)  # writes the cache
        results = [
            json.loads(subprocess.run(command, env=env, capture_output=True, check=True).stdout)
            for _ in range(runs)
        ]
    median = {
        key: statistics.median(r[key] for r in results) for key in ("import", "first", "second")
    }
    by_site: dict[tuple[str, int, str], list[float]] = {}
    for result in results:
        for ms, where, length, engine in result["compiled"]:
            by_site.setdefault((where, length, engine), []).append(ms)
    patterns = sorted(((statistics.median(v), *k) for k, v in by_site.items()), reverse=True)
    compile_ms = sum(p[0] for p in patterns)
    lines = ["## The first call of `extract`", ""]
    lines.append(
        f"In a fresh interpreter (bytecode cached, median of {runs} runs), on the "
        f"{len(text) / KB:.0f} k characters of the samples, timed inside the process: "
        f"`from vn_party_docs import extract` {median['import']:.0f} ms, the first call "
        f"{median['first']:.0f} ms, "
        f"the second {median['second']:.0f} ms. The first call compiles the grammars: "
        f"{len(patterns)} patterns in {compile_ms:.0f} ms; the rest of its extra cost is "
        "the vocabulary tables and tries built on first use. The costliest to compile:"
    )
    lines.append("")
    lines.append("| ms | built by | source chars | engine |")
    lines.append("|---:|---|---:|---|")
    for ms, where, length, engine in patterns[:8]:
        lines.append(f"| {ms:.0f} | `{where}` | {length} | {engine} |")
    lines.append("")
    return lines


# -- phases of extract ---------------------------------------------------------------------

#: The phases of ``extract``, in the order they run, and ``documents()`` after it.
PHASES = (
    "normalise",
    "dateline",
    "periods",
    "citations",
    "officials",
    "meetings",
    "mentions",
    "other",
)


def phase_seconds(texts: list[str], rounds: int) -> dict[str, float]:
    """Seconds of each phase of ``extract`` over ``texts`` (best of ``rounds``), with
    ``extract`` (the whole call) and ``documents`` (``documents()`` of its result).

    The real ``extract`` runs, with timers around what it calls: the document context
    (``normalise`` is building the normalised text, ``dateline`` finding the article's
    dateline), each finder, and the mapping of hits to mentions; ``other`` is the rest
    of the call (the result's tuples and value).
    """
    from vn_party_docs import document

    clock = time.perf_counter
    spent: dict[str, float] = {}
    best: dict[str, float] = {}
    namespace: dict[str, Any] = vars(document)  # the names extract looks up when it runs
    make_context, make_mentions = namespace["DocumentContext"], namespace["to_mentions"]
    finders = dict(document._finders())  # imports the finders (extract does on first call)

    def timed_context(text: str, reference_date: datetime.date | None = None) -> Any:
        started = clock()
        context = make_context(text, reference_date)
        middle = clock()
        _ = context.dateline
        spent["normalise"] += middle - started
        spent["dateline"] += clock() - middle
        return context

    def timed_finder(kind: str) -> Callable[[Any], Any]:
        finder = finders[kind]

        def run(context: Any) -> Any:
            started = clock()
            try:
                return finder(context)
            finally:
                spent[kind] += clock() - started

        return run

    def timed_mentions(norm: Any, hits: Any) -> Any:
        started = clock()
        try:
            return make_mentions(norm, hits)
        finally:
            spent["mentions"] += clock() - started

    namespace["DocumentContext"], namespace["to_mentions"] = timed_context, timed_mentions
    namespace["_FINDERS"].update({kind: timed_finder(kind) for kind in finders})
    try:
        for _ in range(rounds):
            spent.clear()
            spent.update(dict.fromkeys([*PHASES, "extract", "documents"], 0.0))
            gc.collect()
            gc.disable()
            try:
                for text in texts:
                    started = clock()
                    result = vn_party_docs.extract(text)
                    middle = clock()
                    vn_party_docs.documents(result)
                    spent["extract"] += middle - started
                    spent["documents"] += clock() - middle
            finally:
                gc.enable()
            spent["other"] = spent["extract"] - sum(spent[phase] for phase in PHASES[:-1])
            for phase, seconds in spent.items():
                best[phase] = min(seconds, best.get(phase, seconds))
    finally:
        namespace["DocumentContext"], namespace["to_mentions"] = make_context, make_mentions
        namespace["_FINDERS"].update(finders)
    if any(best[kind] == 0.0 for kind in finders):
        raise SystemExit("phase profile: extract no longer calls document._FINDERS")
    return best


#: A sentence without a mention: what one call of ``extract`` costs whatever the text.
SHORT_TEXT = "Hôm nay trời đẹp, mọi người đi làm đúng giờ."


def phase_section(
    profiles: dict[str, tuple[dict[str, float], int]],
    floor: dict[str, float],
    per_call: dict[str, float],
) -> list[str]:
    """The per-phase table: s per MB and share of ``extract`` for each text set, and the
    fixed cost of one call (``per_call``: seconds per call on :data:`SHORT_TEXT`)."""
    names = list(profiles)
    lines = ["## Phases of `extract` (s per MB of input, and share of `extract`)", ""]
    lines.append(
        "The real `extract` with timers around what it calls (best of the rounds, garbage "
        "collection off). `normalise`: the three normalised views; `dateline`: the "
        "article's dateline; one row per finder (`meetings` reuses the periods and "
        "officials found before it); `mentions`: hits mapped to the caller's offsets; "
        "`other`: the rest of the call. `documents()` (the registry, after `extract`) and "
        "the trigger floor are shown for scale. The last column is the fixed cost of one "
        f"call, on a {len(SHORT_TEXT)}-character sentence without a mention."
    )
    lines.append("")
    lines.append("| phase | " + " | ".join(names) + " | µs per call, short text |")
    lines.append("|---|" + "---:|" * (len(names) + 1))
    for phase in [*PHASES, "extract", "documents", "floor"]:
        cells = []
        for name in names:
            times, chars = profiles[name]
            seconds = floor[name] if phase == "floor" else times[phase]
            share = "" if phase in ("extract", "floor") else f" ({seconds / times['extract']:.0%})"
            cells.append(f"{seconds * MB / chars:.4f}{share}")
        cells.append(f"{per_call[phase] * 1e6:.1f}")
        label = {
            "extract": "**`extract`, whole call**",
            "documents": "`documents(result)` (registry)",
            "floor": "trigger-word floor",
        }.get(phase, phase)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def per_article(
    function: Callable[[str], object], articles: list[str], passes: int = 1
) -> Callable[[], None]:
    """Call ``function`` on each article in turn, ``passes`` times over."""

    def run() -> None:
        for _ in range(passes):
            for article in articles:
                function(article)

    return run


def repeated(text: str, size: int) -> str:
    """``text`` repeated (paragraph-separated) to about ``size`` characters."""
    unit = text + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def best_time(function: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` runs (garbage collection off while timing)."""
    return best_times({"": function}, repeat)[""]


def round_times(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """The wall times of each function in ``repeat`` rounds that run each once, in order.

    Interleaving the runs shares the machine's slow and fast spells out among all the
    functions, so that the ratios between them hold on a noisy machine.
    """
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeat):
        for name, function in functions.items():
            gc.collect()
            gc.disable()
            try:
                started = time.perf_counter()
                function()
                times[name].append(time.perf_counter() - started)
            finally:
                gc.enable()
    return times


def best_times(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The best wall time of each function over ``repeat`` interleaved rounds."""
    return {name: min(times) for name, times in round_times(functions, repeat).items()}


def paired_ratio(rounds: dict[str, list[float]], slow: str, fast: str) -> float:
    """How many times longer ``slow`` took than ``fast``: the median over the rounds of
    the ratio within each round (the two ran moments apart, on the same machine state)."""
    return statistics.median(a / b for a, b in zip(rounds[slow], rounds[fast], strict=True))


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


def dateparser_search(texts: list[str]) -> tuple[Callable[[], int] | None, str]:
    """A call of dateparser's ``search_dates`` on each of ``texts``: the dates found.

    ``None`` and the reason when dateparser is not installed.
    """
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        return None, "dateparser not installed (pip install -e '.[bench]')"
    search_dates("Ngày 1 tháng 12 năm 2023", languages=["vi"])  # load its data first

    def search() -> int:
        return sum(len(search_dates(text, languages=["vi"]) or []) for text in texts)

    return search, f"dateparser {dateparser.__version__}"


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


def article_peaks(articles: list[str]) -> tuple[float, float, float]:
    """Peak bytes per character of ``extract`` on each real article on its own (as
    :func:`peak_memory`): the median and the largest over the articles, and the peaks
    summed over their characters summed."""
    for article in articles:
        vn_party_docs.extract(article)  # the patterns compiled before tracing
    peaks = []
    for article in articles:
        gc.collect()
        tracemalloc.start()
        try:
            vn_party_docs.extract(article)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    ratios = [peak / len(article) for peak, article in zip(peaks, articles, strict=True)]
    total = sum(peaks) / sum(len(article) for article in articles)
    return statistics.median(ratios), max(ratios), total


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
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement")
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
    dev = read_dev_corpus()
    vn_party_docs.extract(samples + demo)  # compile the lazy patterns
    lines: list[str] = []
    out = lines.append
    out(f"# vn_party_docs benchmark — {datetime.date.today().isoformat()}")
    out("")
    out(f"Machine: {machine()}  ")
    out(f"Command: `make bench` (`python benchmarks/run.py{' --quick' if args.quick else ''}`)")
    out("")
    out(
        "The machine may be shared and noisy (load average "
        + ", ".join(f"{value:.1f}" for value in load())
        + " over 1, 5, 15 min at the start): absolute figures drift from run to run; the "
        "ratios, measured in the same interleaved rounds, are what counts."
    )
    out("")
    targets: list[str] = []
    target = targets.append

    # -- throughput: every function and both baselines timed in the same rounds
    section: list[str] = []
    slice_size = 60 * KB
    search, parser_name = dateparser_search([one_mb[:slice_size]])
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
    rounds = round_times(measured, args.repeat)
    times = {name: min(values) for name, values in rounds.items()}
    floor_engine = min(trigger_patterns(), key=lambda engine: times[f"floor {engine}"])
    floor = f"floor {floor_engine}"
    section.append(
        f"## Throughput on the samples (best of {args.repeat} interleaved rounds, 1 MB of "
        "repeated text)"
    )
    section.append("")
    section.append(
        "Characters per second: the best round. Ratios (here and in the targets): the "
        "median over the rounds of the ratio within each round."
    )
    section.append("")
    section.append(
        "| function | samples chars/s | demo articles chars/s | × trigger floor (slower) |"
    )
    section.append("|---|---:|---:|---:|")
    for name, _, _ in FUNCTIONS:
        if name not in measured:
            section.append(f"| `{name}` | not implemented yet | | |")
            continue
        seconds = times[name]
        demo_cell = rate(len(demo_mb), times[f"demo {name}"]) if demo_mb else ""
        section.append(
            f"| `{name}` | {rate(len(one_mb), seconds)} | {demo_cell} | "
            f"{paired_ratio(rounds, name, floor):.1f} |"
        )
    for engine in sorted(trigger_patterns(), key=lambda engine: times[f"floor {engine}"]):
        seconds = times[f"floor {engine}"]
        label = "trigger-word scan (floor)" if engine == floor_engine else "trigger-word scan"
        section.append(f"| {label}, `{engine}` | {rate(len(one_mb), seconds)} | | "
                       f"{paired_ratio(rounds, f'floor {engine}', floor):.1f} |")  # fmt: skip
    if search is not None:
        parser_rate = slice_size / times["dateparser"]
        per_char = len(one_mb) / slice_size  # dateparser reads a slice, the others 1 MB
        section.append(
            f"| {parser_name} `search_dates` (60 kB slice, {search()} dates) | "
            f"{rate(int(parser_rate), 1.0)} | | "
            f"{paired_ratio(rounds, 'dateparser', floor) * per_char:.0f} |"
        )
        ratio = paired_ratio(rounds, "dateparser", "extract") * per_char
        met = "yes" if ratio >= TARGETS["dateparser"] else "NO"
        target(f"| `extract` ≥ {TARGETS['dateparser']:.0f}× dateparser `search_dates`, samples "
               f"| {ratio:.0f}× | {met} |")  # fmt: skip
    else:
        section.append(f"| {parser_name} | | | |")
    slower = paired_ratio(rounds, "extract", floor)
    target(f"| `extract` ≤ {TARGETS['trigger']:.0f}× slower than the trigger floor, samples | "
           f"{slower:.1f}× | {'yes' if slower <= TARGETS['trigger'] else 'NO'} |")  # fmt: skip
    section.append("")
    sections = [section]

    # -- throughput on the dev corpus: each article on its own, as a user calls extract
    section = []
    if not dev:
        section += ["## Throughput on the dev corpus", ""]
        section += [f"The dev corpus is not here ({DEV_CORPUS}); skipped.", ""]
    else:
        articles = list(dev.values())
        chars = sum(len(article) for article in articles)
        parser_articles: list[str] = []
        for article in articles:
            if sum(len(a) for a in parser_articles) >= slice_size:
                break
            parser_articles.append(article)
        parser_chars = sum(len(article) for article in parser_articles)
        search, parser_name = dateparser_search(parser_articles)
        # Each timing reads about 1 MB (the corpus several times over), as on the samples.
        dev_passes = max(1, MB // chars)
        measured = {"extract": per_article(vn_party_docs.extract, articles, dev_passes)}
        for engine, pattern in trigger_patterns().items():
            scan = partial(trigger_scan, pattern)
            measured[f"floor {engine}"] = per_article(scan, articles, dev_passes)
        if search is not None:
            measured["dateparser"] = search
        rounds = round_times(measured, args.repeat)
        dev_times = {
            name: min(values) / (1 if name == "dateparser" else dev_passes)
            for name, values in rounds.items()
        }
        floor_engine = min(trigger_patterns(), key=lambda engine: dev_times[f"floor {engine}"])
        floor = f"floor {floor_engine}"
        dev_floor = dev_times[floor]
        section.append(
            f"## Throughput on the dev corpus ({len(articles)} real articles, "
            f"{chars / KB:.0f} k characters, each extracted on its own; {args.repeat} "
            "interleaved rounds)"
        )
        section.append("")
        section.append(
            "Characters per second: the best round; ratios: the median of the ratios "
            "within each round. Each round reads the corpus "
            f"{dev_passes} times over (about 1 MB), dateparser once."
        )
        section.append("")
        section.append("| function | chars/s | × trigger floor (slower) |")
        section.append("|---|---:|---:|")
        section.append(f"| `extract` | {rate(chars, dev_times['extract'])} | "
                       f"{paired_ratio(rounds, 'extract', floor):.1f} |")  # fmt: skip
        section.append(f"| trigger-word scan (floor), `{floor_engine}` | "
                       f"{rate(chars, dev_floor)} | 1.0 |")  # fmt: skip
        if search is not None:
            parser_rate = parser_chars / dev_times["dateparser"]
            per_char = chars * dev_passes / parser_chars  # what each timing read
            section.append(
                f"| {parser_name} `search_dates` ({len(parser_articles)} articles, "
                f"{parser_chars / KB:.0f} k characters, {search()} dates) | "
                f"{rate(int(parser_rate), 1.0)} | "
                f"{paired_ratio(rounds, 'dateparser', floor) * per_char:.0f} |"
            )
            ratio = paired_ratio(rounds, "dateparser", "extract") * per_char
            met = "yes" if ratio >= TARGETS["dateparser"] else "NO"
            target(f"| `extract` ≥ {TARGETS['dateparser']:.0f}× dateparser `search_dates`, dev "
                   f"corpus | {ratio:.0f}× | {met} |")  # fmt: skip
        slower = paired_ratio(rounds, "extract", floor)
        met = "yes" if slower <= TARGETS["trigger"] else "NO"
        target(f"| `extract` ≤ {TARGETS['trigger']:.0f}× slower than the trigger floor, dev "
               f"corpus | {slower:.1f}× | {met} |")  # fmt: skip
        section.append("")
    sections.append(section)

    # -- phases of extract
    floor_pattern = trigger_patterns()[floor_engine]
    profiles = {"samples, 1 MB": (phase_seconds([one_mb], args.repeat), len(one_mb))}
    floors = {"samples, 1 MB": best_time(partial(trigger_scan, floor_pattern, one_mb), args.repeat)}
    if dev:
        name = f"dev corpus, {len(dev)} articles"
        articles = list(dev.values())
        articles *= max(1, MB // sum(map(len, articles)))  # about 1 MB, as on the samples
        profiles[name] = (phase_seconds(articles, args.repeat), sum(map(len, articles)))
        floors[name] = best_time(
            per_article(partial(trigger_scan, floor_pattern), articles), args.repeat
        )
    calls = 2000
    per_call = phase_seconds([SHORT_TEXT] * calls, args.repeat)
    per_call["floor"] = best_time(
        per_article(partial(trigger_scan, floor_pattern), [SHORT_TEXT] * calls), args.repeat
    )
    per_call = {phase: seconds / calls for phase, seconds in per_call.items()}
    sections.append(phase_section(profiles, floors, per_call))

    # -- import, and the first call
    section, imports = import_section(IMPORT_PAIRS, args.quick)
    sections.append(section)
    sections.append(first_call_section(samples or demo, 3))
    for statement, limit in IMPORTS.items():
        if limit is None:
            continue
        cached, source = imports["cached"][statement], imports["source"][statement]
        target(f"| `{statement}` < {limit:.0f} ms of its own (bytecode cached) | {cached:.0f} ms "
               f"| {'yes' if cached < limit else 'NO'} |")  # fmt: skip
        target(f"| the same, the package's modules compiled from source | {source:.0f} ms "
               f"| {'yes' if source < limit else 'NO'} |")  # fmt: skip

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
    target(f"| linear 100 kB → {sizes[-1] // MB} MB (chars/s within ×1.5) | "
           f"×{spread:.2f} | {'yes' if spread <= 1.5 else 'NO'} |")  # fmt: skip
    out("## Targets")
    out("")
    out("| target | measured | met |")
    out("|---|---:|:---:|")
    lines.extend(targets)
    out("")
    for section in sections:
        lines.extend(section)
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
    real = {
        "samples": [text for name, text in texts.items() if not name.startswith("ex")],
        "dev corpus": list(dev.values()),
    }
    out("Real articles, each extracted on its own (peak bytes per character):")
    out("")
    out("| articles | median | largest | all characters |")
    out("|---|---:|---:|---:|")
    for name, articles in real.items():
        if articles:
            middle, biggest, overall = article_peaks(articles)
            out(f"| {name} ({len(articles)}) | {middle:.1f} | {biggest:.1f} | {overall:.1f} |")
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
