"""``python -m vn_party_docs``: the same command as ``vn-party-docs``."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
