"""A/B timing of ``extract`` across source trees, each measured in fresh processes.

Usage: ``python benchmarks/ab.py [--rounds N] NAME=SRC_DIR ...``: for each round, one
fresh process per tree (in turn, so that a slow spell of the machine falls on all of
them alike) puts ``SRC_DIR`` first on ``sys.path`` and times ``extract`` on the samples
(joined and repeated to 1 MB) and on the dev corpus (each article on its own, about
1 MB in all), best of 3 runs within the process after a warm-up. The best and the
median over the rounds are printed, in seconds per MB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import gc, json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import vn_party_docs
assert vn_party_docs.__file__.startswith(sys.argv[1]), vn_party_docs.__file__
shared = Path(sys.argv[2])
samples = "\n\n".join(
    p.read_text(encoding="utf-8") for p in sorted((shared / "samples").glob("*.txt"))
)
unit = samples + "\n\n"
one_mb = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
dev = []
for p in sorted((shared / "dev" / "corpus").glob("*.txt")):
    raw = p.read_text(encoding="utf-8")
    dev.append(raw.split("\n\n", 1)[1] if raw.startswith("# source:") else raw)
dev_chars = sum(map(len, dev))
passes = max(1, 1_000_000 // dev_chars)
extract = vn_party_docs.extract
extract(samples)
for a in dev:
    extract(a)
def best(function):
    times = []
    for _ in range(3):
        gc.collect(); gc.disable()
        t = time.perf_counter(); function(); times.append(time.perf_counter() - t)
        gc.enable()
    return min(times)
def run_dev():
    for _ in range(passes):
        for a in dev:
            extract(a)
print(json.dumps({
    "samples": best(lambda: extract(one_mb)) * 1e6 / len(one_mb),
    "dev": best(run_dev) * 1e6 / (dev_chars * passes),
}))
"""


def main(argv: list[str] | None = None) -> int:
    """Run the rounds and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("trees", nargs="+", help="NAME=SRC_DIR")
    args = parser.parse_args(argv)
    trees = dict(tree.split("=", 1) for tree in args.trees)
    results: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for index in range(args.rounds):
        order = list(trees.items())
        if index % 2:
            order.reverse()
        for name, src in order:
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(Path(src).resolve()), args.shared],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            for key, value in json.loads(out.stdout).items():
                results[name].setdefault(key, []).append(value)
        print(f"round {index + 1}/{args.rounds} done", file=sys.stderr)
    print("| tree | samples s/MB best | median | dev s/MB best | median |")
    print("|---|---:|---:|---:|---:|")
    for name, values in results.items():
        cells = []
        for key in ("samples", "dev"):
            cells += [f"{min(values[key]):.3f}", f"{statistics.median(values[key]):.3f}"]
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
