"""Vocabulary as data: rows of tuples, no logic."""
