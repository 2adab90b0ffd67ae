"""The citation graph of the demo corpus: article → cited document key.

Usage::

    python examples/citation_graph.py [FOLDER]

Prints the edge list (one ``article -> key`` line per distinct cited document)
and then, for every document cited by two or more articles, who cites it.
Citations whose text gives too little to identify the document (``key`` is
``None``, e.g. "Nghị quyết 18" with no year or term) are counted, not linked.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from vn_party_docs import find_citations

DATA = Path(__file__).resolve().parent / "data"


def citation_graph(folder: Path) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Map each article to the keys it cites (first-seen order); count unlinked citations."""
    edges: dict[str, list[str]] = {}
    unlinked: dict[str, int] = {}
    for path in sorted(folder.glob("*.txt")):
        keys: list[str] = []
        unlinked[path.name] = 0
        for mention in find_citations(path.read_text(encoding="utf-8")):
            key = mention.value.key
            if key is None:
                unlinked[path.name] += 1
            elif key not in keys:
                keys.append(key)
        edges[path.name] = keys
    return edges, unlinked


def main(argv: list[str]) -> int:
    """Print the edge list and the documents cited by several articles."""
    folder = Path(argv[0]) if argv else DATA
    edges, unlinked = citation_graph(folder)
    cited_by: dict[str, list[str]] = defaultdict(list)
    print("# edges: article -> cited document")
    for article, keys in edges.items():
        for key in keys:
            print(f"{article} -> {key}")
            cited_by[key].append(article)
    print()
    print(
        f"{len(edges)} articles, {sum(map(len, edges.values()))} edges, {len(cited_by)} documents"
    )
    print(f"citations too vague to link: {sum(unlinked.values())}")
    shared = {key: articles for key, articles in cited_by.items() if len(articles) > 1}
    print()
    print("# documents cited by several articles")
    for key, articles in sorted(shared.items()):
        print(f"{key}: {', '.join(articles)}")
    if not shared:
        print("(none)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
