"""Roman numerals and Vietnamese number words, read and written."""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "CARDINAL_WORDS",
    "MONTH_WORDS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "ROMAN_PATTERN",
    "from_roman",
    "read_number",
    "to_roman",
]

_ROMAN_VALUES = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)

#: A regex fragment for lower-case Roman numerals 1..39 (terms, congresses, quarters),
#: never empty; grammars match the lower-cased text, so write ``(?!\w)`` after it.
ROMAN_PATTERN = r"(?:(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))"

#: Cardinal number words as folded (lower case, no diacritics) keys.
NUMBER_WORDS: dict[str, int] = {
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "tu": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
    "muoi mot": 11,
    "muoi hai": 12,
}

#: Cardinal number words one to twelve as the grammars read them (lower case, with
#: diacritics): "sáu tháng đầu năm", "mười hai tháng".
CARDINAL_WORDS: dict[str, int] = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}

#: Months written in words after "tháng" ("tháng Ba" is March, "tháng Tư" April), lower
#: case as the grammars read them. "tháng Giêng" and "tháng Chạp" are left out: news
#: text uses them for the months of the lunar year.
MONTH_WORDS: dict[str, int] = {**CARDINAL_WORDS, "tư": 4}

#: Ordinal words after "thứ" / "lần thứ", folded ("thứ tư" is 4, "thứ nhất" is 1).
ORDINAL_WORDS: dict[str, int] = {
    "nhat": 1,
    **{word: value for word, value in NUMBER_WORDS.items() if word not in ("mot", "bon")},
}


@lru_cache(maxsize=256)  # (a text names few numbers, each many times)
def to_roman(number: int) -> str:
    """Write a positive integer in Roman numerals.

    Example:
        >>> to_roman(13), to_roman(4)
        ('XIII', 'IV')
    """
    if number <= 0:
        raise ValueError(f"no Roman numeral for {number}")
    parts = []
    for value, letters in _ROMAN_VALUES:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)


@lru_cache(maxsize=256)
def from_roman(numeral: str) -> int:
    """Read a Roman numeral (any case); raise ``ValueError`` if it is not canonical.

    Example:
        >>> from_roman("XIII"), from_roman("iv")
        (13, 4)
    """
    upper = numeral.upper()
    total = 0
    index = 0
    for value, letters in _ROMAN_VALUES:
        while upper.startswith(letters, index):
            total += value
            index += len(letters)
    if index != len(upper) or total == 0 or to_roman(total) != upper:
        raise ValueError(f"not a Roman numeral: {numeral!r}")
    return total


@lru_cache(maxsize=1024)
def read_number(token: str) -> int:
    """Read a number written in figures, Roman numerals or Vietnamese words.

    ``token`` may carry diacritics; words are compared folded.

    Example:
        >>> read_number("12"), read_number("XII"), read_number("sáu"), read_number("thứ tư")
        (12, 12, 6, 4)
        >>> read_number("hai mươi bốn"), read_number("mười lăm"), read_number("thứ ba mươi mốt")
        (24, 15, 31)
        >>> read_number("thứ IV")
        4
    """
    import unicodedata

    from .normalize import fold

    stripped = unicodedata.normalize("NFC", token).strip()
    if stripped.isdigit():
        return int(stripped)
    folded = " ".join(fold(stripped).split())
    if folded.startswith("thu "):
        if folded[4:] in ORDINAL_WORDS:
            return ORDINAL_WORDS[folded[4:]]
        compound = _read_compound(folded[4:].split())
        if compound is not None:
            return compound
        return from_roman(stripped.split()[-1])  # "thứ IV"
    if folded in NUMBER_WORDS:
        return NUMBER_WORDS[folded]
    compound = _read_compound(folded.split())
    if compound is not None:
        return compound
    return from_roman(stripped)


#: Units inside compound number words: "mốt" (1) and "lăm" (5) only after tens.
_UNITS = {
    word: NUMBER_WORDS[word]
    for word in ("hai", "ba", "bon", "tu", "nam", "sau", "bay", "tam", "chin")
}
_AFTER_TENS = {**_UNITS, "mot": 1, "lam": 5, "nham": 5}


def _read_compound(words: list[str]) -> int | None:
    """Read folded compound number words 10..99 ("hai mươi bốn", "mười lăm"), else ``None``."""
    if not words:
        return None
    if words[0] == "muoi":
        tens, rest = 1, words[1:]
    elif len(words) >= 2 and words[1] == "muoi" and words[0] in _UNITS:
        tens, rest = _UNITS[words[0]], words[2:]
    else:
        return None
    if not rest:
        return 10 * tens
    if len(rest) == 1 and rest[0] in _AFTER_TENS:
        return 10 * tens + _AFTER_TENS[rest[0]]
    return None
