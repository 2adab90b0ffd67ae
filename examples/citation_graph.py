"""The citation graph of the demo corpus: article → cited document key.

Usage::

    python examples/citation_graph.py [FOLDER]

Prints the edge list (one ``article -> key`` line per distinct cited document)
and then, for every document cited by two or more articles, who cites it. Keys are
those of :func:`vn_party_docs.registry.documents` (each citation resolved with the
article's other citations, so "Nghị quyết Trung ương 4 khóa XII" and "Nghị quyết số
04-NQ/TW ngày 30-10-2016" are one document), the same scheme as ``Citation.key``
and ``resolve(c).key`` (``docs/citations.md``, *Keys*): a local document carries
the organ that numbered it, so the plans of two provinces stay apart. Citations
that identify no document (a bare "Nghị quyết 18", a local plan whose issuer names
no place) are counted, not linked.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from vn_party_docs import find_citations
from vn_party_docs.registry import article_date, documents

DATA = Path(__file__).resolve().parent / "data"


def citation_graph(folder: Path) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Map each article to the keys it cites (first-seen order); count unlinked citations."""
    edges: dict[str, list[str]] = {}
    unlinked: dict[str, int] = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = find_citations(text)
        groups = documents(mentions, reference_date=article_date(text))
        edges[path.name] = list(groups)
        unlinked[path.name] = len(mentions) - sum(len(group) for group in groups.values())
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
