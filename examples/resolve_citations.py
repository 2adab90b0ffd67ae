"""Build a citation graph over a folder of articles, with resolved document keys.

Each article is a node; each document it cites is a node too, keyed by
:attr:`vn_party_docs.registry.Resolution.key`, so that "Nghị quyết Trung ương 4
khóa XII", "Nghị quyết số 04-NQ/TW ngày 30-10-2016" and "Nghị quyết 04" in one
article become one edge to ``04-NQ/TW@2016``. The script prints the edges, then
the documents cited by the most articles, then the conflicts with the catalogue.

Usage::

    python examples/resolve_citations.py [FOLDER]      # default: examples/data
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from vn_party_docs import find_citations
from vn_party_docs.registry import article_date, documents, explain, resolution

DEFAULT_FOLDER = Path(__file__).resolve().parent / "data"


def main(argv: list[str]) -> int:
    """Print the graph of the ``*.txt`` articles in the folder given (or the demo folder)."""
    folder = Path(argv[0]) if argv else DEFAULT_FOLDER
    if not folder.is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 2
    topics: dict[str, str] = {}
    cited_by: Counter[str] = Counter()
    mention_count: Counter[str] = Counter()
    conflicts: list[str] = []
    unresolved = 0
    for path in sorted(folder.glob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"skipped {path.name}: {error}", file=sys.stderr)
            continue
        day = article_date(text)
        mentions = find_citations(text)
        groups = documents(mentions, reference_date=day)
        unresolved += len(mentions) - sum(len(group) for group in groups.values())
        print(f"{path.name} (dated {day or 'unknown'})")
        for key, group in groups.items():
            entry = resolution(group[0].value, context=mentions, reference_date=day).entry
            if entry is not None:
                topics[key] = entry.topic
            cited_by[key] += 1
            mention_count[key] += len(group)
            forms = " | ".join(dict.fromkeys(" ".join(m.text.split()) for m in group))
            print(f"  -> {key:<18} {forms}")
            for mention in group:
                for conflict in explain(mention.value, context=mentions, reference_date=day):
                    conflicts.append(f"{path.name}: {mention.text!r}: {conflict}")
    print("\nMost cited documents (articles, mentions):")
    for key, articles in cited_by.most_common(10):
        topic = topics.get(key, "not in the catalogue")
        print(f"  {articles:>2} {mention_count[key]:>3}  {key:<18} {topic}")
    print(f"\nCitations left unresolved (ambiguous or unknown): {unresolved}")
    print(f"Conflicts with the catalogue: {len(conflicts)}")
    for line in conflicts:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
