"""Write an HTML page of an article with every entity highlighted.

Usage::

    python examples/annotate_html.py [ARTICLE] [OUTPUT.html]

ARTICLE defaults to the first demo article in ``examples/data`` (a shared sample
article works too); OUTPUT defaults to a new file in a temporary folder, never
inside the repository. Prints the path of the page.
"""

from __future__ import annotations

import html
import sys
import tempfile
from pathlib import Path

from vn_party_docs import annotate, extract
from vn_party_docs.annotate import css_class
from vn_party_docs.document import KINDS

DATA = Path(__file__).resolve().parent / "data"

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 48em; margin: 2em auto; line-height: 1.6; }
.text { white-space: pre-wrap; }
[data-value] { border-radius: 3px; padding: 0 1px; }
[data-value]:hover::after { content: " ⟨" attr(data-value) "⟩"; font-size: 80%; color: #555; }
.vpd-period { background: #fff3b0; }
.vpd-citation { background: #c9e4ff; }
.vpd-official { background: #d4f5d0; }
.vpd-meeting { outline: 2px solid #f0a0a0; background: #fff0f0; }
.legend span { margin-right: 1em; }
table { border-collapse: collapse; font-size: 90%; }
td, th { border-bottom: 1px solid #ddd; padding: 2px 8px; text-align: left; vertical-align: top; }
"""


def page(title: str, text: str) -> str:
    """A whole HTML page: the annotated text, a legend and a table of the mentions."""
    result = extract(text)
    rows = []
    for kind in KINDS:
        for mention in getattr(result, kind):
            rows.append(
                f'<tr><td class="{css_class(mention.value)}">{kind}</td>'
                f"<td>{mention.span.start}-{mention.span.end}</td>"
                f"<td>{html.escape(str(mention.value))}</td>"
                f"<td>{html.escape(mention.text)}</td></tr>"
            )
    legend = " ".join(
        f'<span class="vpd-{name}">{name}</span>'
        for name in ("period", "citation", "official", "meeting")
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
<p class="legend">{legend}</p>
<div class="text">{annotate(text, result)}</div>
<h2>Mentions ({len(rows)})</h2>
<table>
<tr><th>kind</th><th>span</th><th>value</th><th>text</th></tr>
{"".join(rows)}
</table>
</body>
</html>
"""


def main(argv: list[str]) -> int:
    """Write the page and print where it is."""
    source = Path(argv[0]) if argv else min(DATA.glob("*.txt"))
    if len(argv) > 1:
        output = Path(argv[1])
    else:
        output = Path(tempfile.mkdtemp(prefix="vpd-annotate-")) / (source.stem + ".html")
    with open(source, encoding="utf-8", newline="") as handle:
        text = handle.read()
    output.write_text(page(source.name, text), encoding="utf-8")
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
