"""Meeting vocabulary: nouns, verbs, leads and the words that say what a meeting does.

Data only (lower case, news-style tone marks, one space between words); the
meeting grammar in :mod:`vn_party_docs.meetings` builds its patterns from these
rows. A space in a row is read as any short run of spaces (or one line break).
"""

from __future__ import annotations

#: The nouns that name a meeting. "phiên" alone is a noun only before one of
#: :data:`SESSION_KINDS` ("phiên thứ 24", "phiên toàn thể", "phiên khai mạc").
MEETING_NOUNS: tuple[str, ...] = (
    "hội nghị",
    "đại hội",
    "kỳ họp",
    "kì họp",
    "phiên họp",
    "cuộc họp",
    "buổi họp",
    "giao ban",
    # the short form of "Đại hội đại biểu" ("ĐHĐB Đảng bộ tỉnh lần thứ XX")
    "đhđb",
    # misspellings real pages print
    "hội ghị",
    "hội nghi",
    "kỷ họp",
)

#: What may follow "phiên" for it to name a session.
SESSION_KINDS: tuple[str, ...] = (
    "thứ",
    "thường kỳ",
    "thường lệ",
    "toàn thể",
    "trọng thể",
    "chuyên đề",
    "bất thường",
    "trù bị",
    "khai mạc",
    "bế mạc",
    "chất vấn",
    "làm việc",
    "đầu tiên",
    "cuối cùng",
    "liên tịch",
    "chính thức",
    "giải trình",
)

#: "họp" is the meeting itself after an organising or chairing verb ("Tỉnh ủy tổ chức
#: họp", "chủ trì họp trực tuyến") and after a body that meets ("Bộ Chính trị họp").
VERB_NOUN = "họp"

#: Reviews an organ holds as meetings, named without a meeting noun right after the
#: organisers, perhaps after "tổ chức" ("Ban Tuyên giáo Tỉnh ủy tổ chức sơ kết công tác …",
#: "Ban Tổ chức Tỉnh ủy tổng kết công tác năm 2018").
REVIEW_EVENTS: tuple[str, ...] = ("sơ kết", "tổng kết")

#: Words after "họp" that make it no meeting: "họp báo" (a press conference), "họp mặt"
#: (a get-together).
NOT_MEETINGS_AFTER_VERB_NOUN: tuple[str, ...] = ("báo", "mặt")

#: Adverbs around an organising verb: "vừa tổ chức", "long trọng khai mạc".
ADVERBS: tuple[str, ...] = (
    "đã",
    "vừa",
    "sẽ",
    "đang",
    "cũng",
    "lần lượt",
    "long trọng",
    "trang trọng",
    "trọng thể",
    "chính thức",
    "tiếp tục",
    "thành công",
    "sau đó",  # "Ban Chấp hành sau đó họp phiên thứ nhất"
    "ngay sau đó",
)

#: How a meeting is held, written between its verb and its noun: "tổ chức trực tuyến Hội
#: nghị …", "tổ chức trực tiếp kết hợp trực tuyến Hội nghị …".
MANNERS: tuple[str, ...] = (
    "trực tuyến",
    "trực tiếp kết hợp trực tuyến",
    "trực tiếp kết hợp với trực tuyến",
    "trực tiếp và trực tuyến",
    "trực tuyến kết hợp trực tiếp",
)

#: Verbs between the organisers and the meeting ("tổ chức Hội nghị", "họp phiên toàn
#: thể", "tiếp tục phiên họp", "tiến hành phiên khai mạc Đại hội", "bắt đầu phiên họp"; a
#: body that chairs a meeting holds it: "Ban Bí thư chủ trì hội nghị toàn quốc", "Ban Tổ
#: chức Trung ương chủ trì, tổ chức Hội nghị"; a body that "has" a session holds it: "Bộ
#: Chính trị đã có phiên họp").
ORGANISE_VERBS: tuple[str, ...] = (
    "chủ trì tổ chức",
    "chủ trì, tổ chức",
    "chủ trì và tổ chức",
    "chủ trì",
    "phối hợp tổ chức",
    "đồng tổ chức",
    "tổ chức",
    "họp",
    "khai mạc",
    "bế mạc",
    "tiến hành",
    "tiếp tục",
    "triệu tập",
    "kết thúc",
    "bắt đầu",
    "bước vào",
    "có",
    "mở",  # "Đảng ủy xã mở Hội nghị …" (before the meeting's noun)
)

#: The heads of a party committee's standing bodies: written bare before another one,
#: they share its complement ("Ban Chấp hành, Ban Thường vụ Đảng bộ tỉnh" → "Ban Chấp
#: hành Đảng bộ tỉnh", "Ban Thường vụ Đảng bộ tỉnh").
SHARED_HEADS: tuple[str, ...] = (
    "Ban Chấp hành",
    "Ban Thường vụ",
    "Ban Thường trực",
    "Thường trực",
    "Ủy ban Kiểm tra",
)

#: Organs every locality has, written bare in a list of organisers before one that names
#: its locality: they share it ("HĐND, UBND xã An Long" → "Hội đồng nhân dân xã An Long",
#: "Ủy ban nhân dân xã An Long").
LOCAL_BODIES: tuple[str, ...] = (
    "Hội đồng nhân dân",
    "Ủy ban nhân dân",
    "Thường trực Hội đồng nhân dân",
    "Thường trực Ủy ban nhân dân",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc",
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Đảng ủy",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Hội Liên hiệp Phụ nữ",
    "Liên đoàn Lao động",
    # as written ("LĐLĐ, Hội Nông dân huyện …", "Hội LHPN, Hội CCB huyện …")
    "LĐLĐ",
    "Hội LHPN",
    "Hội CCB",
    "HND",
)

#: The bodies that command a unit ("Bộ Tư lệnh Hải quân", "Bộ Chỉ huy Quân sự tỉnh", "Ban
#: Giám đốc Công an tỉnh"): a bare "Đảng ủy" before one in a list of organisers is the
#: unit's Party committee ("Đảng ủy, Bộ Tư lệnh Hải quân" → "Đảng ủy Hải quân"; "Đảng ủy,
#: Bộ đội Biên phòng tỉnh" → "Đảng ủy Bộ đội Biên phòng tỉnh").
UNIT_COMMANDS: tuple[str, ...] = (
    "Bộ Tư lệnh",
    "Bộ Chỉ huy",
    "Ban Chỉ huy",
    "Ban Giám đốc",
    "Ban Giám hiệu",
)

#: The Party committees named by their level, and that level: in such a list they take
#: the place's name alone ("Thành ủy, HĐND, UBND thành phố Hà Nội" → "Thành ủy Hà Nội").
LEVEL_COMMITTEES: tuple[tuple[str, str], ...] = (
    ("Tỉnh ủy", "tỉnh"),
    ("Thành ủy", "thành phố"),
    ("Huyện ủy", "huyện"),
    ("Quận ủy", "quận"),
    ("Thị ủy", "thị xã"),
)

#: The level words of the localities such a list shares.
SHARED_LOCALITY_LEVELS: tuple[str, ...] = (
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
)

#: Words that name people of a body, not the body ("và thành viên UBND tỉnh họp": the
#: members meet with the organisers, they organise nothing), or bodies left unnamed ("…
#: phối hợp với UBND huyện, các cơ quan, đơn vị có liên quan tổ chức phiên họp").
MEMBERS: tuple[str, ...] = (
    "thành viên",
    "các thành viên",
    "lãnh đạo",
    "đại diện lãnh đạo",
    "các đại biểu",
    "đại biểu",
    "cán bộ",
    "các cơ quan",
    "cơ quan",
    "các đơn vị",
    "đơn vị",
    "các sở",
    "các ngành",
    "ban, ngành",
    "ban ngành",
    "các ban",
    "các bộ",
    "bộ, ngành",
    "ngành",
    "các địa phương",
    "địa phương",
)

#: Verbs whose subject is the meeting itself: "Đại hội … khai mạc", "Hội nghị … diễn ra";
#: "tổ chức" only as the future ("Kỳ họp … dự kiến tổ chức vào ngày …") or before when it
#: is held ("Đại hội … tổ chức trong 03 ngày"): "tổ chức" alone is as often a word of a
#: name, "Ban Tổ chức").
SUBJECT_VERBS: tuple[str, ...] = (
    "khai mạc",
    "bế mạc",
    "diễn ra",
    "được tổ chức",
    "sẽ tổ chức",
    "dự kiến tổ chức",
    "tổ chức trong",
    "tổ chức từ",
    "tổ chức vào",
    "tổ chức phiên",  # "Đại hội đã tổ chức phiên trù bị": a sitting of its own
    "tiến hành",
    "tiếp tục",
    "bước vào",
    "bước sang",
    "làm việc",
    "kết thúc",
    "bắt đầu",
    "kéo dài",
    "họp",
)

#: What a meeting does once held: right after the meeting's name in a lead's sentence after
#: the article's first header, they report its business, not that it is held ("Cũng trong
#: ngày 27/2, Hội nghị đã nghe …", "Chiều qua, Đại hội đã bầu …"), also after "tiến hành"
#: ("Ngày 28/10, Đại hội sẽ tiến hành các công việc còn lại").
BUSINESS_VERBS: tuple[str, ...] = (
    "bầu",
    "công bố",
    "các công việc",
    "thảo luận",
    "trao đổi",
    "tập trung",
    "đánh giá",
    "thông qua",
    "xem xét",
    "cho ý kiến",
    "nghe",
    "biểu quyết",
    "quyết định",
    "dành",
    "ra mắt",  # "Buổi chiều, Đại hội đã ra mắt Ban Chấp hành khóa mới"
    "chia",  # "Chiều 22/9, đại hội đã chia 5 tổ thảo luận"
    "phổ biến",  # "Hôm nay, đại hội phổ biến một số quy định của đại hội"
    "thông báo",  # "Sáng 5/8, Đại hội thông báo kết quả phiên họp thứ nhất …"
)

#: What a meeting named as the subject does that says it is not held that day: "Ngày mai,
#: Đại hội nghỉ", "Chiều 5/4, Hội nghị nghỉ giải lao".
PAUSE_VERBS: tuple[str, ...] = ("nghỉ", "tạm nghỉ", "tạm dừng")

#: What a meeting named as the subject does that reports it even without a day ("Kỳ họp
#: thứ 9, HĐND tỉnh khóa XIX đã khai mạc.", "Sau 2 ngày làm việc, Hội nghị đã hoàn thành
#: toàn bộ chương trình đề ra.").
OPENS_OR_CLOSES: tuple[str, ...] = (
    "khai mạc",
    "bế mạc",
    "kết thúc",
    "hoàn thành toàn bộ nội dung",
    "hoàn thành toàn bộ chương trình",
    "hoàn thành nội dung",
    "hoàn thành chương trình",
)

#: Verbs that open a sentence whose subject comes after them: "đã diễn ra Hội nghị …";
#: a session goes on after its lead: "Chiều 10/7, tiếp tục chương trình kỳ họp thứ 15, …".
HAPPENING_VERBS: tuple[str, ...] = (
    "diễn ra",
    "khai mạc",
    "bế mạc",
    "tiếp tục",
    "tiếp tục chương trình",
    "tiếp tục chương trình làm việc của",
    "tiếp tục ngày làm việc thứ nhất",
    "tiếp tục ngày làm việc thứ hai",
    "tiếp tục ngày làm việc thứ ba",
    "tiếp tục ngày làm việc đầu tiên",
    "tiếp tục ngày làm việc thứ 2",
    "tiếp tục ngày làm việc thứ 3",
    "tiếp tục ngày làm việc thứ 4",
    "tiếp tục ngày làm việc",
)

#: Chairing verbs ("chủ trì", "đồng chủ trì", "dự và chủ trì", "chủ trì và phát biểu
#: chỉ đạo"); "điều hành" is how the National Assembly's chair is named, and "chủ tọa" a
#: formal "chủ trì" ("đồng chủ tọa").
CHAIR_VERBS: tuple[str, ...] = ("chủ trì", "chủ tọa", "điều hành")

#: Offices that name one person, written without the name before a chairing verb
#: ("Thủ tướng chủ trì phiên họp Chính phủ thường kỳ …"): the header has no chair.
NAMELESS_CHAIRS: tuple[str, ...] = (
    "thủ tướng",
    "thủ tướng chính phủ",
    "phó thủ tướng",
    "tổng bí thư",
    "chủ tịch nước",
    "chủ tịch quốc hội",
    "thường trực ban bí thư",
)

#: What may stand between a chairing verb and the meeting: "chủ trì và phát biểu chỉ đạo".
CHAIR_TAILS: tuple[str, ...] = (
    "và phát biểu chỉ đạo",
    "và chỉ đạo",
    "và phát biểu",
    "và kết luận",
    "và phát biểu khai mạc",
    "và tổng kết",
    # the session a chair opens or closes: "chủ trì khai mạc phiên họp thứ 38 …"
    "khai mạc",
    "bế mạc",
    # a meeting held elsewhere that the chair leads the local point of: "… chủ trì tham dự
    # Hội nghị trực tuyến toàn quốc", "… chủ trì dự họp trực tuyến"
    "tham dự",
    "dự",
)

#: Speeches that open or close a meeting: "phát biểu khai mạc Hội nghị" says who spoke,
#: not that the lead's sentence opens the meeting.
SPEECHES: tuple[str, ...] = ("phát biểu", "diễn văn", "lời", "bài", "lễ", "chỉ đạo")

#: Attending without chairing: the person is not a chair, the meeting is still held.
ATTEND_VERBS: tuple[str, ...] = (
    "dự và phát biểu chỉ đạo",
    "dự và chỉ đạo",
    "dự, chỉ đạo",
    "dự và phát biểu",
)

#: Attending that directs the meeting: after a lead, the official's sentence reports it
#: ("Chiều 20/12, Phó Thủ tướng … dự và chỉ đạo Hội nghị …"); a speech does not ("dự và
#: phát biểu chỉ đạo tại phiên họp …").
DIRECTING_ATTEND_VERBS: tuple[str, ...] = ("dự và chỉ đạo", "dự, chỉ đạo")

#: Words that open a lead sentence before its day part: "Tiếp đó, chiều 24/4, …", "Trước
#: đó, chiều 25/6, phiên trù bị của Đại hội đã diễn ra" (an earlier meeting is one too),
#: "Theo đó, trong các ngày 18, 19 và 22-3-2021, …" (what a notice reports), "Vừa qua,
#: ngày 10/5/2022, …" (a recent report that names its day), "Như tin đã đưa, tối qua
#: (17/10), …" (a report the paper gave before).
CONNECTIVES: tuple[str, ...] = (
    "như tin đã đưa",
    "tiếp đó",
    "trước đó",
    "theo đó",
    "vừa qua",
    "mới đây",
    "tiếp theo",
    "sau đó",
    "ngoài ra",
    "cũng trong ngày",
    "cũng trong",
    "cụ thể",
)

#: Words that open an introductory clause before the lead or the subject: "Thực hiện
#: Chương trình công tác năm, hôm nay, Ban Chấp hành … khai mạc Hội nghị …", "Sau hai ngày
#: làm việc khẩn trương, Hội nghị … bế mạc chiều 19/7", "Nhân kỷ niệm 98 năm Ngày Báo chí
#: cách mạng Việt Nam, ngày 18/6, …", "Dưới sự chủ trì của đồng chí …, sáng 8/8, Hội nghị …",
#: "Trước diễn biến phức tạp của dịch bệnh, sáng 14/5, Thủ tướng … chủ trì cuộc họp".
INTRODUCTIONS: tuple[str, ...] = (
    "thực hiện",
    "thi hành",
    "trước",
    "trong bối cảnh",
    "theo",
    "căn cứ",
    "trên cơ sở",
    "được sự",
    "dưới sự",
    "nhằm",
    "sau",
    "trải qua",
    "qua",  # "Qua 2 ngày làm việc tích cực …, chiều 14/8, Đại hội …"
    "với",
    "để",
    "nhân dịp",
    "nhân kỷ niệm",
    "chào mừng",
    "hưởng ứng",
    "trong không khí",
    "trong khí thế",
    "ngay sau khi",
    "thay mặt",
)

#: Verbs that end a clause of reported speech before the report: "Bí thư Tỉnh ủy cho biết,
#: Hội nghị Trung ương … diễn ra từ ngày 29.6 đến ngày 4.7".
REPORTING_VERBS: tuple[str, ...] = ("cho biết", "thông tin", "thông báo")

#: Connectives that open the report of what followed, also inside a paragraph: "… bầu 45
#: ủy viên. Sau đó, Ban Chấp hành khóa mới họp phiên thứ nhất"; "Dự kiến, phiên họp diễn
#: ra trong cả ngày 15/4" reports what is planned.
SEQUELS: tuple[str, ...] = (
    "tiếp đó",
    "tiếp theo",
    "trước đó",  # (what preceded: "Trước đó, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị …")
    "sau đó",
    "ngay sau đó",
    "sau đại hội",
    "ngay sau đại hội",
    "ngay sau khi đại hội bế mạc",
    "sau khi đại hội bế mạc",
    "dự kiến",
    "theo đó",
    "cụ thể",
)

#: The first session of a body just elected, which a congress report names without a day:
#: "… Ban Chấp hành Đảng bộ tỉnh khóa XVII tổ chức Hội nghị lần thứ nhất, bầu …"; and of a
#: council's term: "… khóa XX, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất".
FIRST_SESSIONS: tuple[str, ...] = (
    "lần thứ nhất",
    "lần thứ i",
    "lần 1",
    "phiên thứ nhất",
    "phiên họp thứ nhất",
    "phiên họp đầu tiên",
    "phiên đầu tiên",
    "kỳ họp thứ nhất",
    "kỳ họp đầu tiên",
    "họp kỳ thứ nhất",
)

#: Relative leads and the days they move from the reference date.
RELATIVE_DAYS: tuple[tuple[str, int], ...] = (
    ("ngày hôm nay", 0),
    ("ngày hôm qua", -1),
    ("hôm nay", 0),
    ("nay", 0),
    ("hôm qua", -1),
    ("qua", -1),
    ("ngày mai", 1),
    ("mai", 1),
)

#: Leads that name the day after the previous header's ("Chiều hôm sau, …", "Ngày hôm sau
#: (20/3), …").
FOLLOWING_DAYS: tuple[str, ...] = ("hôm sau", "ngày hôm sau")

#: Leads that name no day: the date is unknown ("Vừa qua, Ban … tổ chức Hội nghị").
UNDATED_LEADS: tuple[str, ...] = ("vừa qua", "mới đây", "mới qua")

#: Leads that name only a month, before its number: the day is unknown ("Trong tháng 8,
#: Tỉnh ủy đã tổ chức hội nghị …", "Cuối tháng 5/2024, …").
MONTH_LEADS: tuple[str, ...] = ("trong tháng", "đầu tháng", "giữa tháng", "cuối tháng")

#: Organisers headed like the open bodies of the titles vocabulary, named in full after
#: their head, that hold meetings but are no organ of a title ("Phó Trưởng Ban Thường trực
#: Ban Chỉ đạo" is the committee's standing deputy head): canonical head → its spellings.
OPEN_ORGANISER_HEADS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # the standing members of a steering committee ("Thường trực Ban Chỉ đạo phòng, chống
    # tham nhũng, tiêu cực tỉnh tổ chức cuộc họp định kỳ")
    ("Thường trực Ban Chỉ đạo", ("thường trực bcđ",)),
)

#: Leads that continue a session: "Tiếp tục chương trình làm việc, chiều nay (17/10), …".
CONTINUED_LEADS: tuple[str, ...] = (
    "tiếp tục chương trình làm việc",
    "tiếp tục phiên làm việc",
    "tiếp tục",
)

#: Words that say a period is assessed: the period after them is reviewed.
REVIEW_CUES: tuple[str, ...] = (
    "đánh giá",
    "sơ kết",
    "tổng kết",
    "kết quả",
    "nhìn lại",
    "kiểm điểm",
    "rút kinh nghiệm",
    "tình hình",
    "thực hiện nhiệm vụ",
    "thực hiện kế hoạch",
    "thực hiện chương trình",
    "thực hiện nghị quyết",
    # (with "các" before the plural: "đánh giá kết quả thực hiện các kế hoạch … 6 tháng")
    "thực hiện các nhiệm vụ",
    "thực hiện các kế hoạch",
    "thực hiện các chương trình",
    "thực hiện các nghị quyết",
    "hoàn thành nhiệm vụ",
    "quân chính",  # "Hội nghị quân chính 6 tháng đầu năm": the army's review conference
)

#: Words of a regular session: the period right after them is the one it reviews
#: ("phiên họp thường kỳ tháng 5", held late in May or early in June); a period further
#: on in the sentence is another clause's ("… thường kỳ, thảo luận về kỳ thi năm 2021").
REGULAR_CUES: tuple[str, ...] = ("thường kỳ", "thường lệ")

#: Words that name a review meeting without saying it assesses a given period: the
#: period after them is reviewed only when the meeting is held near or after its end
#: ("giao ban … tháng 3 và quý I" on 1 April; not "giao ban … năm 2022" in June). (Not
#: "báo cáo": a report named is a document, "thông qua dự thảo báo cáo của Đoàn kiểm tra …
#: năm 2025" reviews nothing.)
WEAK_REVIEW_CUES: tuple[str, ...] = ("giao ban",)

#: Words that say a period is planned.
PLAN_CUES: tuple[str, ...] = (
    "triển khai",
    "phương hướng",
    "định hướng",
    "đề ra",
    "bàn",
    "kế hoạch",
    # ahead of the review word inside it: "… quý I và giải pháp thực hiện nhiệm vụ quý II",
    # "… 9 tháng đầu năm, bàn biện pháp thực hiện nhiệm vụ công tác 3 tháng cuối năm", "…
    # bàn giải pháp thực hiện kế hoạch 6 tháng cuối năm"
    "giải pháp thực hiện",
    "biện pháp thực hiện",
    "triển khai thực hiện",  # "… năm 2012 và triển khai thực hiện nhiệm vụ năm 2013"
)

#: Words that name what is planned without the verb: planned unless a review word
#: came first in the same clause ("đánh giá … nhiệm vụ năm 2023").
WEAK_PLAN_CUES: tuple[str, ...] = ("nhiệm vụ", "chương trình", "mục tiêu", "lãnh đạo thực hiện")

#: Words that look like cues and are not ("trên địa bàn").
NOT_CUES: tuple[str, ...] = ("địa bàn", "báo cáo thẩm tra")

#: Meetings held in editions: the period after them names the edition, it is never
#: reviewed ("Hội nghị báo cáo viên Trung ương tháng 9", "Hội nghị báo cáo viên quý III",
#: "thông tin thời sự quý 1", "Hội nghị lần thứ 16 năm 2023", "phiên họp chuyên đề về xây
#: dựng pháp luật tháng 8"; not "giao ban", whose period
#: is reviewed when held near its end). An assessing word after them still reviews.
EDITIONS: tuple[str, ...] = ("báo cáo viên", "thời sự", "lần thứ", "chuyên đề")

#: A period named by a review meeting reviews it when the meeting is at most this many
#: days before its end, after "giao ban" and in the name alone (or after "thường kỳ"): a
#: briefing on a month from its second third on; a session that bears its month
#: ("họp UBND huyện tháng 7", "phiên họp thường kỳ tháng 10") in its second half or after
#: (on 17 or 18 November, 22 or 30 March it reviews the month; on 6 August, 9 October or
#: 14 July it is the month's own session, which reviews nothing yet: 72 kept-apart sets
#: of real articles, 9 readings to 0); a briefing on a quarter in its last
#: ten days ("giao ban … quý IV" on 29 or 30 December, "… quý III" on 22 September), a
#: session that bears it only once it has ended ("… quý I" on 1 April); a half-year
#: briefing in its last month reviews the half ("giao ban … 6 tháng đầu năm" on 8 June)
#: while a conference that only bears the half in its name does so in its last half month
#: ("Hội nghị Đảng ủy … 6 tháng đầu năm" on 15 June: the two readers who met it, of 56
#: kept-apart sets, mark the half reviewed) and one that bears the year in its last ten
#: days ("… năm 2023" on 19 December reviews nothing yet).
LABEL_SLACK_DAYS: tuple[tuple[str, int, int], ...] = (
    ("MONTH", 20, 14),
    ("QUARTER", 10, 0),
    ("HALF_YEAR", 31, 16),
    ("FIRST_MONTHS", 15, 10),
    ("YEAR", 45, 10),
)

#: Words that end a meeting's name: what the meeting does, when, where, for whom.
NAME_STOPS: tuple[str, ...] = (
    "đánh giá",
    "triển khai",
    "quán triệt",
    "bàn",
    "về",
    "nhằm",
    "để",
    "với",
    "tới",
    "đến",
    "tại",
    "kết",
    "thảo luận",
    "ra nghị quyết",
    "nghe",
    "công tác",
    "lấy",
    "bầu",
    "công bố",
    "góp",
    "đóng góp",
    "cho",
    "thông qua",
    "xem",
    "nhìn",
    "trao",
    "tôn",
    "gặp",
    "chào",
    "theo",
    "của",
    "do",
    "từ",
    "diễn",
    "vào",
    "sáng",
    "chiều",
    "trưa",
    "tối",
    "đêm",
    "ngày",
    "hôm",
    "trong",
    "và",
    "nhiệm",
    "khai",
    "bế",
    "được",
    "đã",
    "đang",
    "sẽ",
    "dự kiến",
    "vừa",
    "là",
    "dưới",
    "chủ trì",
    "chủ tọa",
    "lần này",
    "tiếp",
    "tiến",
    "bước",
    "làm",
    "bắt",
    "kéo dài",
    "việc",
    "thực hiện",
    "tháng",
    "quý",
    "năm",
    "sáu",
    "giai",
    "nửa",
    "long trọng",
    "trọng thể",
    "chính thức",
    "họp",
    "nghị quyết",
    "chỉ thị",
    "quy định",
    "quyết định",
    "hướng dẫn",
    "đề án",
)

#: Words that say what kind of meeting it is: part of its name, although "kết" alone
#: ("kết quả", "kết luận") ends one ("Hội nghị sơ kết", "Hội nghị toàn quốc tổng kết"),
#: and so is the session a sitting belongs to, although "họp" alone ends one ("phiên bế
#: mạc Kỳ họp thứ 6").
#: Words of a name kept only right after its noun ("Hội nghị công bố quyết định …"): after
#: a longer name they stop it, as what the meeting does ("Đại hội … công bố kết quả …").
NAME_KINDS_FIRST: tuple[str, ...] = ("công bố",)

#: What a congress does right after its noun, never a kind of congress: "Đại hội công bố
#: kết quả …", "Đại hội thông báo kết quả …" (a conference may be one: "Hội nghị công bố …",
#: "Hội nghị thông báo nhanh …").
CONGRESS_AT_WORK: tuple[str, ...] = ("công bố", "thông báo")

NAME_KINDS: tuple[str, ...] = (
    "sơ kết",
    "tổng kết",
    "giao ban",
    "kỳ họp",
    "trực tiếp kết hợp trực tuyến",
    "trực tiếp kết hợp với trực tuyến",
)

#: Words after which a number belongs to the name ("Kỳ họp thứ 9", "Trung ương 8", "khóa 13").
NUMBER_BEFORE: tuple[str, ...] = ("thứ", "ương", "khóa", "lần", "số")

#: Organisers named the way the organ acts: the Central Committee acting.
ORGANIZER_NAMES: tuple[tuple[str, str], ...] = (
    ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương"),
    ("Trung ương Đảng", "Ban Chấp hành Trung ương"),
    ("Trung ương", "Ban Chấp hành Trung ương"),
)

#: The organs a list of places shares ("Đảng bộ các tỉnh/thành phố: A, B", "HĐND các tỉnh
#: A, B"), by their spelling: the organ's name before each place, and whether a list of one
#: level keeps its level word ("Hội đồng nhân dân tỉnh A", the organ's canonical form;
#: "Đảng bộ A", as readers write the Party organisations of such a list).
PLACE_LIST_ORGANS: tuple[tuple[str, str, bool], ...] = (
    ("đảng bộ", "Đảng bộ", False),
    ("hội đồng nhân dân", "Hội đồng nhân dân", True),
    ("hđnd", "Hội đồng nhân dân", True),
    ("ủy ban nhân dân", "Ủy ban nhân dân", True),
    ("ubnd", "Ủy ban nhân dân", True),
    # the committees of provinces named in a list: "Ban Thường vụ Tỉnh ủy 3 tỉnh A, B, C"
    ("ban thường vụ tỉnh ủy", "Ban Thường vụ Tỉnh ủy", False),
    ("btv tỉnh ủy", "Ban Thường vụ Tỉnh ủy", False),
    ("tỉnh ủy", "Tỉnh ủy", False),
)

#: How many places a list names, before their level word: "các tỉnh", "3 tỉnh", "ba tỉnh".
PLACE_LIST_COUNTS: tuple[str, ...] = ("các", "hai", "ba", "bốn", "năm", "sáu")

#: "Đảng bộ các tỉnh/thành phố: A, B, C" → one organiser per place, "Đảng bộ A".
PLACE_LISTS: tuple[str, ...] = (
    "tỉnh/thành phố",
    "tỉnh, thành phố",
    "tỉnh/thành",
    "tỉnh, thành",
    "tỉnh",
    "thành phố",
)

#: The level words of a place: "Thủ đô Hà Nội", "Thành phố Vinh", "tỉnh Nghệ An" name a
#: place (a piece of a "tại …" clause), never an organisation; after an organ they open
#: its place ("Chi bộ thôn 3", "Đảng ủy xã Tân Hà").
PLACE_LEVELS: tuple[str, ...] = (
    "thủ đô",
    "tp.",
    "tp",
    *SHARED_LOCALITY_LEVELS,
    "thôn",
    "xóm",
    "ấp",
    "bản",
    "khu phố",
    "tổ dân phố",
)

#: The legal forms of companies, written after a company's name and a dash (read over:
#: "Tổng Công ty Văn hóa Sài Gòn – Công ty TNHH MTV" is one organiser).
LEGAL_FORMS: tuple[str, ...] = (
    "công ty tnhh mtv",
    "công ty tnhh một thành viên",
    "công ty tnhh",
    "công ty trách nhiệm hữu hạn một thành viên",
    "công ty trách nhiệm hữu hạn",
    "công ty cổ phần",
    "ctcp",
)

#: How low each place level is (a province 1 … a village 4): a place a comma sets after an
#: organiser is its place only when it is higher ("Đảng bộ xã Bắc Xa, huyện Đình Lập"; not
#: "Ban thi đua khen thưởng tỉnh, huyện Đô Lương", two organisers). "thành phố" may be a
#: province or a city inside one.
LEVEL_RANKS: tuple[tuple[str, int], ...] = (
    ("tỉnh", 1),
    ("thủ đô", 1),
    ("thành phố", 2),
    ("tp", 2),
    ("tp.", 2),
    ("huyện", 2),
    ("quận", 2),
    ("thị xã", 2),
    ("xã", 3),
    ("phường", 3),
    ("thị trấn", 3),
    ("thôn", 4),
    ("xóm", 4),
    ("ấp", 4),
    ("bản", 4),
    ("khu phố", 4),
    ("tổ dân phố", 4),
)

#: Words that may stand between a meeting's name and the verb whose subject it is.
SUBJECT_BLOCKS: tuple[str, ...] = ("đã", "đang", "sẽ", "vừa", "được", "do", "là")

#: Words of a meeting that brings a new document to its members; it is held after the
#: document's date ("quán triệt, triển khai Quy định số 162-QĐ/TW, ngày 29/5/2024").
DISSEMINATE: tuple[str, ...] = ("quán triệt", "triển khai", "học tập", "phổ biến", "công bố")

#: Words of a meeting that reviews the years of work on a document ("tổng kết 5 năm triển
#: khai Nghị quyết …"): held long after the document's date, which then says nothing of its
#: year.
LATER_REVIEWS: tuple[str, ...] = ("sơ kết", "tổng kết", "năm thực hiện", "năm triển khai")

#: Words between a summing word and a term that make the term the term of the bodies an
#: election elects or their personnel staffs: "tổng kết công tác bầu cử … nhiệm kỳ
#: 2021-2026", "đánh giá cán bộ … nhân sự tham gia cấp ủy … nhiệm kỳ 2025-2030" (no term
#: is summed up).
TERM_OF_BODIES: tuple[str, ...] = ("bầu cử", "nhân sự")

#: Words that open a further piece of a place clause after its comma: "tại Hội trường Diên
#: Hồng, Nhà Quốc hội, Quốc hội khai mạc …" (a building, a city), never the subject.
PLACE_PIECES: tuple[str, ...] = (
    "nhà",
    "tòa nhà",
    "hội trường",
    "trụ sở",
    "trung tâm hội nghị",
    "thủ đô",
    "thành phố",
    "số",
)

#: A sentence that opens with one of these names a meeting only as the place of
#: something else ("Phát biểu tại Hội nghị …, đồng chí X nhấn mạnh …").
PLACE_OPENINGS: tuple[str, ...] = (
    "phát biểu",
    "tại",
    "trong khuôn khổ",
    # a meeting as the time of something else: "Trong phiên họp lần thứ 24 diễn ra chiều
    # 23-4, Ủy ban Kiểm tra Trung ương đã xem xét …"
    "trong phiên họp",
    "trong kỳ họp",
    "trong cuộc họp",
    "trong hội nghị",
    "trong đại hội",
    "theo",
    "nhân dịp",
    "bên lề",
)

#: Verbs and clause words that never stand inside an organiser's name: a name read up to
#: the organising verb ("Tiểu ban Văn kiện … họp", "Tạp chí Xây dựng Đảng tổ chức") that
#: meets one of them is a clause ("Tổng Bí thư X chủ trì họp …"), not an organiser.
#: ("điều hành" breaks a name only before a meeting: "Ban Chỉ đạo điều hành giá" is one.)
ORGANIZER_BREAKS: tuple[str, ...] = (
    "chủ trì",
    "đồng chủ trì",
    "chủ tọa",
    "đồng chủ tọa",
    "phát biểu",
    "nhấn mạnh",
    "cho biết",
    "dự",
    "tham dự",
    "đã",
    "đang",
    "sẽ",
    "vừa",
    "cũng",
    "tại",
    "là",
    "được",
    "bị",
    "có",
    "ngày",
    "sáng",
    "chiều",
    "trưa",
    "tối",
    "hôm",
    "đồng chí",
    "thay mặt",
    "nhằm",
    "để",
    "khi",
    "sau khi",
    "trước khi",
    "ban hành",
)

#: Lower-case words that may open the name of an organiser after an open head ("Ban Chỉ
#: đạo phong trào thi đua …", "Tiểu ban nhân sự …"), besides those of the titles
#: vocabulary (:data:`~vn_party_docs._vocab.organs.OPEN_NAME_STARTS`).
ORGANIZER_NAME_STARTS: tuple[str, ...] = (
    "phong trào",
    "cuộc vận động",
    "chương trình",
    "đề án",
    "dự án",
    "quy chế",
    "nghị quyết",
    "chỉ thị",
    "kết luận",
    "tổ chức",
    "văn kiện",
    "nhân sự",
    "điều lệ",
    "kinh tế",
    "chống",
    "ứng phó",
    "công tác",
    "học tập",
    "tuyên truyền",
    "điều hành",
    # a number ("Cụm thi đua số 6", "Tổ công tác số 2")
    "số",
)

#: Words before a date of history, which dates no meeting of the news ("Đảng ra đời ngày
#: 3/2/1930", "ngày thành lập …").
HISTORY_WORDS: tuple[str, ...] = (
    "ra đời",
    "thành lập",
    "sinh",
    "kỷ niệm",
    "truyền thống",
    "từ trần",
    "qua đời",
    "hy sinh",
    "giải phóng",
    "chiến thắng",
    "cách mạng",
    "tổng khởi nghĩa",
    "khởi nghĩa",
)
