"""Hypothesis entry point (placeholder until the strategies land)."""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    """Register the public strategies with hypothesis (placeholder)."""
