"""Real-world spellings of a canonical string: :func:`variants`."""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import strategies as st

__all__ = ["ABBREVIATIONS", "variants"]

# News-style tone placement ("hóa", "ủy") → the older one ("hoá", "uỷ"): the tone
# moves to the second vowel of an open oa/oe/uy syllable (not after "q").
_NEWS_TONE = regex.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])(?![\p{L}\p{M}])")
# A full numeric date "01-12-2023" and any hyphen between two digits.
_DATE = regex.compile(r"(?<![\d/.-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d/-])")
_DIGIT_HYPHEN = regex.compile(r"(?<=\d)-(?=\d)")

#: Canonical phrase → the abbreviations of it a reader must understand, longest first.
ABBREVIATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Ủy viên Ban Chấp hành Trung ương Đảng", ("UVTW", "Ủy viên Trung ương Đảng")),
    ("Ban Chấp hành Trung ương", ("BCH TW", "BCHTW", "BCH Trung ương")),
    ("Ban Tổ chức Trung ương", ("BTCTW", "Ban Tổ chức TW")),
    ("Ủy ban Kiểm tra Trung ương", ("UBKTTW",)),
    ("Văn phòng Trung ương Đảng", ("VPTW",)),
    ("Ban Thường vụ Tỉnh ủy", ("BTV Tỉnh ủy", "Ban TVTU")),
    ("Ban Thường vụ", ("BTV",)),
    ("Hội đồng nhân dân", ("HĐND",)),
    ("Ủy ban nhân dân", ("UBND",)),
    ("Mặt trận Tổ quốc", ("MTTQ",)),
    ("Thành phố Hồ Chí Minh", ("TP.HCM", "TPHCM", "TP HCM")),
    ("Trung ương", ("TW", "TƯ")),
)


def _old_tone_marks(text: str) -> str:
    """Move tone marks to the older placement: ``hóa`` → ``hoá``, ``ủy`` → ``uỷ``."""

    def move(match: regex.Match[str]) -> str:
        first, second = match.group(1)[0], match.group(1)[1]
        decomposed = unicodedata.normalize("NFD", first)
        base, tone = decomposed[0], decomposed[1:]
        return base + unicodedata.normalize("NFC", second + tone)

    return _NEWS_TONE.sub(move, text)


@st.composite
def _variant(
    draw: st.DrawFn,
    canonical: str,
    case: bool,
    line_breaks: bool,
    abbreviations: bool,
) -> str:
    """Draw one spelling of ``canonical``."""
    text = canonical
    if abbreviations:
        for phrase, shorts in ABBREVIATIONS:
            if phrase in text and draw(st.booleans()):
                text = text.replace(phrase, draw(st.sampled_from(shorts)))
    if draw(st.booleans()):
        text = _old_tone_marks(text)
    if case:
        change = draw(st.sampled_from(["keep", "upper", "lower", "capitalize"]))
        if change == "upper":
            text = text.upper()
        elif change == "lower":
            text = text.lower()
        elif change == "capitalize" and text:
            text = text[0].upper() + text[1:]
    if _DATE.search(text) and draw(st.booleans()):
        separator = draw(st.sampled_from(["/", ".", "-"]))
        unpad = draw(st.booleans())

        def reformat(match: regex.Match[str]) -> str:
            day, month, year = match.groups()
            if unpad:
                day, month = str(int(day)), str(int(month))
            return f"{day}{separator}{month}{separator}{year}"

        text = _DATE.sub(reformat, text)
    if _DIGIT_HYPHEN.search(text):
        dash = draw(st.sampled_from(["-", "-", "–", "−"]))
        spaces = draw(st.sampled_from([("", ""), (" ", " "), ("", " "), (" ", "")]))
        text = _DIGIT_HYPHEN.sub(spaces[0] + dash + spaces[1], text)
    pieces = text.split(" ")
    if len(pieces) > 1:
        glue = [draw(st.sampled_from([" ", " ", "\u00a0"])) for _ in pieces[1:]]
        if line_breaks and draw(st.booleans()):
            glue[draw(st.integers(0, len(glue) - 1))] = "\r\n"
        text = pieces[0] + "".join(sep + piece for sep, piece in zip(glue, pieces[1:], strict=True))
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    return text


def variants(
    canonical: str,
    *,
    case: bool = True,
    line_breaks: bool = False,
    abbreviations: bool = False,
) -> st.SearchStrategy[str]:
    """Spellings of ``canonical`` that a reader must read as the same value.

    Each drawn string combines, at random: old tone marks (``hóa`` → ``hoá``,
    ``ủy`` → ``uỷ``, ``khóa`` → ``khoá``, ``thủy`` → ``thuỷ``, ``hòa`` → ``hoà``),
    upper, lower or capitalised case, another date style (``01-12-2023`` →
    ``1/12/2023``, ``01.12.2023``), an en dash or minus sign for a hyphen between
    digits with stray spaces around it (``2021 – 2026``), no-break spaces, and
    NFD for the whole string; optionally abbreviations and one line break.
    The canonical string itself is among the draws (it shrinks to it).

    Args:
        canonical: A canonical string, usually ``str(value)``.
        case: Change the letter case too. Turn off when case carries meaning,
            such as a person's name or a quoted document title.
        line_breaks: Also put one line break (``\\r\\n``) where a space was, as in
            text wrapped by a PDF or an editor. Off by default: the readers accept
            a line break between most words, but not yet inside every keyword
            (``nhiệm\\r\\nkỳ``).
        abbreviations: Also abbreviate organ names and titles as news text does
            (``Ban Thường vụ`` → ``BTV``, ``Trung ương`` → ``TW``; see
            :data:`ABBREVIATIONS`), or draw from
            :func:`~vn_party_docs.strategies.title_variants`: meant for titles and
            officials.

    Example:
        >>> from hypothesis import find
        >>> from vn_party_docs.strategies import variants
        >>> find(variants("Nghị quyết số 18-NQ/TW ngày 25-10-2017"), lambda s: "–" in s)
        'Nghị quyết số 18-NQ/TW ngày 25–10–2017'
        >>> find(variants("khóa XII", case=False), lambda s: "á" in s)
        'khoá XII'
    """
    drawn = _variant(canonical, case, line_breaks, abbreviations)
    if not abbreviations:
        return drawn
    from ._titles import title_variants

    return st.one_of(drawn, title_variants(canonical))
