"""Words around period phrases that tell a period from something else.

All entries are lower case, NFC, with news-style tone marks (the text the period
grammar reads); a space stands for any run of whitespace.
"""

from __future__ import annotations

#: A position inside a stretch of time, written just before "năm", "tháng" or "quý":
#: "đầu năm 2021", "cuối tháng 9/2021", "trung tuần tháng 11-2002" are vague, not periods.
#: ("đến hết năm 2030" is a horizon, which is a YEAR: "hết" is not listed.)
VAGUE_POSITIONS: tuple[str, ...] = (
    "đầu",
    "giữa",
    "cuối",
    "kết thúc",
    "trung tuần",
    "thượng tuần",
    "hạ tuần",
)

#: Vague positions in a year that stand for one of its quarters when their year completes
#: another's: a header's date ("Chiều 28/12, … chương trình đầu năm 2025" → 2024-12-28),
#: a yearless period of the same enumeration ("sơ kết 6 tháng đầu năm, triển khai nhiệm
#: vụ những tháng cuối năm 2023" → the first half of 2023); the other positions
#: (``VAGUE_POSITIONS``) stand for the whole year.
VAGUE_YEAR_QUARTERS: tuple[tuple[str, int], ...] = (("đầu", 1), ("cuối", 4))

#: Words before "đầu" that make it something else ("dẫn đầu năm 2023" leads a ranking).
NOT_VAGUE_BEFORE: tuple[str, ...] = ("dẫn", "hàng", "đứng")

#: The types of law whose name may end with its year ("Luật Đất đai năm 2024",
#: "Hiến pháp năm 2013"): such a year names the law, it is not a period.
LAW_TYPES: tuple[str, ...] = ("luật", "bộ luật", "hiến pháp", "pháp lệnh")

#: An amendment of a law, before the year it was amended ("…, sửa đổi, bổ sung năm 2020").
AMENDMENT_WORDS: tuple[str, ...] = ("sửa đổi", "bổ sung")

#: Words that do not occur inside a law's name between its type and its year, so the
#: name has ended before them ("Luật Đất đai trong năm 2024" names the year 2024).
NOT_IN_LAW_NAMES: tuple[str, ...] = (
    "trong", "từ", "đến", "tới", "vào", "cho", "hết", "qua", "sau", "trước", "tại",
    "với", "là", "thì", "khi", "đã", "sẽ", "được", "có", "đầu", "cuối", "giữa", "này",
    "đó", "nay", "theo", "năm", "hiệu", "lực", "thi", "hành", "thông", "từng", "mỗi",
    "các", "những",
)  # fmt: skip

#: Words before a month written in words that make it a name, not a period
#: ("Cách mạng Tháng Tám", "Cách mạng tháng Mười Nga").
NOT_MONTH_NAME_BEFORE: tuple[str, ...] = ("cách mạng",)

#: Verbs of a founding written just before the year or month they date: "được thành lập
#: năm 1930", "ra đời năm 1930": a founding is dated, it is no period under review. (A
#: birth's year is one: readers of real articles annotate "sinh năm 1968" 18 times of 19.)
EVENT_VERBS: tuple[str, ...] = (
    "thành lập",
    "ra đời",
)

#: Words that may stand between such a verb and its year ("thành lập vào năm 1930").
EVENT_LINKS: tuple[str, ...] = ("vào", "từ", "trong")
