"""The shared text layer: normalisation with exact offsets, numerals, dates."""
