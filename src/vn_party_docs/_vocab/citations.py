"""The words around a citation: a clause that issued it, a list that names it, a place.

The issuers themselves are organs (:mod:`vn_party_docs._vocab.organs`): every row that
issues documents is read after "của", "do" or as the subject of an enacting clause.
All entries are lower case with news-style tone marks.
"""

from __future__ import annotations

#: Words that may introduce the place after a local organ, kept as written:
#: "Đảng ủy xã Phong Hải", "UBND tỉnh Nghệ An".
LOCALITY_WORDS: tuple[str, ...] = (
    "thành phố",
    "thị trấn",
    "thị xã",
    "đặc khu",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "khối",
    "xã",
)

#: Words that may stand between a clause's subject and its verb ("Bộ Chính trị đã khẩn
#: trương ban hành …"), lower case.
CLAUSE_ADVERBS: tuple[str, ...] = (
    "đã",
    "vừa",
    "mới",
    "cũng",
    "sẽ",
    "đã kịp thời",
    "kịp thời",
    "khẩn trương",
    "chính thức",
    "sớm",
    "lần đầu",
    "tiếp tục",
    "đồng thời",
    "nhanh chóng",
)

#: Verbs of a clause whose subject issued the document named right after them:
#: "<Issuer> (đã) ban hành Kế hoạch số …", "<Issuer> ký Quyết định …".
ENACTING_VERBS: tuple[str, ...] = (
    "ký ban hành",
    "ban hành kèm theo",
    "ban hành",
    "ký",
    "thông qua",
    "có",
    "ra",
)

#: Words that may qualify the type word of a list intro ("3 nghị quyết quan trọng: …").
LIST_QUALIFIERS: tuple[str, ...] = (
    "quan trọng",
    "chiến lược",
    "mới",
    "then chốt",
    "đột phá",
    "chuyên đề",
)

#: Words that say what kind of report or submission a document is, between its type word
#: and "số" ("báo cáo thẩm tra số 76/BC-HĐND", "báo cáo bổ sung, giải trình số
#: 365/BC-UBND", "Tờ trình bổ sung số 12/TTr-UBND"): read over, only before a symbol.
TYPE_QUALIFIERS: tuple[str, ...] = (
    "thẩm tra",
    "bổ sung",
    "giải trình",
    "bổ sung, giải trình",
    "tiếp thu, giải trình",
    "tiếp thu",
    "tổng hợp",
    "kết quả giám sát",
    "giám sát",
)

#: Words before the colon that opens a list after its intro ("… của Bộ Chính trị như sau:
#: …"); a colon alone opens it too, and "gồm" ("bao gồm", "gồm có") with or without one.
LIST_OPENERS: tuple[str, ...] = (
    "là",
    "như sau",
    "sau đây",
    "dưới đây",
    "sau",
)

#: Words that may stand between an enacting verb and the type word: "ban hành 4 nghị quyết:".
ENACTED_QUANTIFIERS: tuple[str, ...] = (
    "các",
    "những",
    "hai",
    "ba",
    "bốn",
    "năm",
    "sáu",
    "bảy",
    "tám",
    "chín",
    "mười",
    "văn bản",
)

#: Verbs of a clause whose subject, named right after a citation introduced by "tại", acted by
#: that document: "tại Quyết định số 439/QĐ-TTg (ngày 3/4/2024), Thủ tướng Chính phủ phê
#: chuẩn …" (the Prime Minister issued it).
DECIDING_VERBS: tuple[str, ...] = (
    "phê chuẩn",
    "phê duyệt",
    "quyết định",
    "công nhận",
    "chuẩn y",
    "bổ nhiệm",
    "giao",
    "cho phép",
    "thành lập",
    "đồng ý",
    "ban hành",
    "chỉ định",
    "điều động",
    "kỷ luật",
    "khen thưởng",
    "tặng",
)

#: Words of a topic written after a document ("Quy định số 05 về chức năng, nhiệm vụ của Ban
#: Tổ chức Tỉnh ủy") that make the organ named after its "của" the topic's, not the issuer.
ORGAN_TOPIC_WORDS: tuple[str, ...] = (
    "chức năng",
    "nhiệm vụ",
    "quyền hạn",
    "thẩm quyền",
    "trách nhiệm",
    "cơ cấu",
    "bộ máy",
    "quy chế",
    "hoạt động",
    "quan hệ",
    "lề lối",
    "vai trò",
    "năng lực",
    "tổ chức",
)
