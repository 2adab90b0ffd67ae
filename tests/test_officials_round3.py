"""Officials on held-out text, round 3 (issue 15): phrases written for the project."""

from __future__ import annotations

import pytest

from vn_party_docs import Level, find_officials, parse_official, parse_title

TITLES: list[tuple[str, str, str]] = [
    # "HDND" typed without the stroke of "Đ", as "UBND" is
    (
        "Chủ tịch HDND tỉnh",
        "Chủ tịch Hội đồng nhân dân tỉnh",
        "Chairman of the Provincial People's Council",
    ),
    (
        "Phó Chủ tịch HDND huyện Lâm Bình",
        "Phó Chủ tịch Hội đồng nhân dân huyện Lâm Bình",
        "Vice Chairman of the Lâm Bình District People's Council",
    ),
    ("Chủ tịch HDQT", "Chủ tịch Hội đồng quản trị", "Chairman of the Board of Directors"),
    # "TT" for "Thường trực", "UV Trung ương Đảng"; "ĐUK DNTW", which no list expands,
    # kept as written (SPEC §8 and the annotation guideline list what is expanded)
    (
        "Phó Chủ tịch TT HĐND tỉnh",
        "Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh",
        "Standing Vice Chairman of the Provincial People's Council",
    ),
    (
        "UV Trung ương Đảng",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "member of the Party Central Committee",
    ),
    (
        "Bí thư ĐUK DNTW",
        "Bí thư ĐUK DNTW",
        "Secretary of the Party Committee of the Central Enterprises' Bloc",
    ),
    # the mass organisations' abbreviations, kept as written, as readers keep them (the
    # English names the organisation)
    (
        "Phó Chủ tịch Hội LHPN tỉnh",
        "Phó Chủ tịch Hội LHPN tỉnh",
        "Vice Chairman of the Provincial Women's Union",
    ),
    (
        "Chủ tịch Hội CCB Việt Nam",
        "Chủ tịch Hội CCB Việt Nam",
        "Chairman of the Vietnam Veterans' Association",
    ),
    (
        "Phó Chủ tịch Hội CCB huyện",
        "Phó Chủ tịch Hội CCB huyện",
        "Vice Chairman of the District Veterans' Association",
    ),
    ("Bộ trưởng Bộ GTVT", "Bộ trưởng Bộ GTVT", "Minister of Transport"),
    # "MTTQVN", "UBTƯMTTQ": the listed MTTQ glued to its neighbours
    (
        "Phó Chủ tịch Ủy ban Trung ương MTTQVN",
        "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Vice Chairman of the Vietnam Fatherland Front Central Committee",
    ),
    (
        "Phó Chủ tịch UBTƯMTTQ Việt Nam",
        "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Vice Chairman of the Vietnam Fatherland Front Central Committee",
    ),
    # the Youth Union's Central Committee by its short name, as written (full names read too)
    (
        "Bí thư thứ nhất T.Ư Đoàn",
        "Bí thư thứ nhất Trung ương Đoàn",
        "First Secretary of the Ho Chi Minh Communist Youth Union Central Committee",
    ),
    (
        "Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "First Secretary of the Ho Chi Minh Communist Youth Union Central Committee",
    ),
    # the Party organisation of a district, a commune or a ward
    (
        "Bí thư Đảng bộ xã Quảng Hòa",
        "Bí thư Đảng bộ xã Quảng Hòa",
        "Secretary of the Quảng Hòa Commune Party Organisation",
    ),
    (
        "Bí thư Đảng bộ huyện",
        "Bí thư Đảng bộ huyện",
        "Secretary of the District Party Organisation",
    ),
    # a leader's staff
    ("Trợ lý", "Trợ lý", "Assistant"),
    ("Thư ký", "Thư ký", "Secretary"),
    ("Thư ký Chủ tịch nước", "Thư ký Chủ tịch nước", "Secretary to the State President"),
    ("Thư ký Thủ tướng", "Thư ký Thủ tướng Chính phủ", "Secretary to the Prime Minister"),
    (
        "Trợ lý Chủ tịch Quốc hội",
        "Trợ lý Chủ tịch Quốc hội",
        "Assistant to the National Assembly Chairman",
    ),
    # a committee of the National Assembly named with "của Quốc hội"
    (
        "Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc hội",
        "Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc hội",
        "Chairman of the Committee for Culture and Social Affairs of the National Assembly",
    ),
    (
        "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội",
        "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội",
        "Deputy Chairman of the Economic Committee of the National Assembly",
    ),
    # a province's delegation, to a congress or to the National Assembly
    (
        "Trưởng đoàn đại biểu tỉnh Nghệ An",
        "Trưởng Đoàn đại biểu tỉnh Nghệ An",
        "Head of the Nghệ An Provincial Delegation",
    ),
    # the executive committee of a bloc's Party organisation
    (
        "Ủy viên BCH Đảng bộ Khối DNTW",
        "Ủy viên Ban Chấp hành Đảng bộ Khối DNTW",
        "member of the Executive Committee of the Party Organisation of the Central "
        "Enterprises' Bloc",
    ),
    (
        "Bí thư Đảng ủy Khối DNTW",
        "Bí thư Đảng ủy Khối DNTW",
        "Secretary of the Party Committee of the Central Enterprises' Bloc",
    ),
    # a bloc's Party organisation named alone, and the bloc of a city
    (
        "Phó Bí thư Đảng bộ Khối",
        "Phó Bí thư Đảng bộ Khối",
        "Deputy Secretary of the Bloc Party Organisation",
    ),
    (
        "Bí thư Đảng ủy khối các cơ quan thành phố",
        "Bí thư Đảng ủy Khối các cơ quan thành phố",
        "Secretary of the Party Committee of the Municipal Agencies' Bloc",
    ),
    # the Party organisation of an urban district, a town, a township, a special zone
    ("Bí thư Đảng bộ quận", "Bí thư Đảng bộ quận", "Secretary of the District Party Organisation"),
    (
        "Bí thư Đảng bộ đặc khu",
        "Bí thư Đảng bộ đặc khu",
        "Secretary of the Special Zone Party Organisation",
    ),
    # "MTTQ VN" with a space
    (
        "Chủ tịch UBMTTQ VN tỉnh",
        "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Chairman of the Provincial Vietnam Fatherland Front Committee",
    ),
    # a working group, whose parent organ keeps its own "Ban"
    (
        "Tổ trưởng Tổ Công tác Ban Thường vụ Tỉnh ủy",
        "Tổ trưởng Tổ công tác Ban Thường vụ Tỉnh ủy",
        "Head of the Working Group (Tổ công tác Ban Thường vụ Tỉnh ủy)",
    ),
    # a hospital, a trade union and a school named by the head alone refer back
    ("Giám đốc Bệnh viện", "Giám đốc Bệnh viện", "Director of the Hospital"),
    (
        "Chủ tịch công đoàn Bệnh viện",
        "Chủ tịch Công đoàn Bệnh viện",
        "Chairman of the Trade Union (Công đoàn Bệnh viện)",
    ),
    ("Hiệu trưởng Nhà trường", "Hiệu trưởng Nhà trường", "Rector of the School"),
    (
        "Phó Hiệu trưởng phụ trách Trường Đại học Tân Trào",
        "Phó Hiệu trưởng phụ trách Trường Đại học Tân Trào",
        "Vice Rector in charge of the University (Trường Đại học Tân Trào)",
    ),
    (
        "Phó Giám đốc phụ trách Sở Y tế",
        "Phó Giám đốc phụ trách Sở Y tế",
        "Deputy Director in charge of the Department of Health",
    ),
]


@pytest.mark.parametrize(("written", "canonical", "english"), TITLES, ids=[r[0] for r in TITLES])
def test_titles(written: str, canonical: str, english: str) -> None:
    title = parse_title(written)
    assert (str(title), title.english()) == (canonical, english)
    assert parse_title(canonical) == title


def test_fields() -> None:
    organ = parse_title("Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc hội").organ
    assert organ is not None
    assert (organ.name, organ.level) == ("Ủy ban Văn hóa và Xã hội của Quốc hội", Level.CENTRAL)
    organ = parse_title("Trưởng đoàn đại biểu tỉnh Nghệ An").organ
    assert organ is not None
    assert (organ.name, organ.level, organ.locality) == (
        "Đoàn đại biểu tỉnh",
        Level.PROVINCIAL,
        "Nghệ An",
    )
    # "của Quốc hội" after a body that is no committee of the Assembly is not read into it
    with pytest.raises(ValueError):
        parse_title("Giám đốc Sở Tài chính của Quốc hội")


SENTENCES: list[tuple[str, list[str]]] = [
    (
        "Tới dự có ông Phan Văn Lộc, Chủ tịch HDND tỉnh và bà Lê Thị Hoa, Phó Chủ tịch HDND tỉnh.",
        [
            "Phan Văn Lộc, Chủ tịch Hội đồng nhân dân tỉnh",
            "Lê Thị Hoa, Phó Chủ tịch Hội đồng nhân dân tỉnh",
        ],
    ),
    # a title shared by a list; each person also has their own
    (
        "Tham dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Hà Văn Nam, Giám đốc Công an "
        "tỉnh; Lò Quốc Huy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Vi Thị Mai, Phó Chủ tịch "
        "UBND tỉnh.",
        [
            "Hà Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh",
            "Lò Quốc Huy, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
            "Vi Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    (
        "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy gồm: Đinh Văn Tú, Giám đốc Công an tỉnh; "
        "Mạc Thị Liên, Phó Chủ tịch HDND tỉnh.",
        [
            "Đinh Văn Tú, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh",
            "Mạc Thị Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Hội đồng nhân dân tỉnh",
        ],
    ),
    (
        "Dự có các đồng chí Ủy viên BTV Tỉnh ủy: Giám đốc Công an tỉnh Đinh Văn Tú; Phó Chủ "
        "tịch UBND tỉnh Mạc Thị Liên.",
        [
            "Đinh Văn Tú, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh",
            "Mạc Thị Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    # a leader's staff: the title alone, or at the end of a chain
    (
        "Đi cùng có ông Trịnh Văn Quân, Trợ lý; ông Đỗ Minh Tâm, Vụ trưởng, Thư ký.",
        ["Trịnh Văn Quân, Trợ lý", "Đỗ Minh Tâm, Vụ trưởng, Thư ký"],
    ),
    (
        "Ông Lý Văn Bình, Trợ lý Tổng Bí thư và ông Mai Hữu Phúc, Thư ký Chủ tịch nước cùng dự.",
        ["Lý Văn Bình, Trợ lý Tổng Bí thư", "Mai Hữu Phúc, Thư ký Chủ tịch nước"],
    ),
    (
        "Đồng chí Tạ Văn Hạ, Phó Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc hội phát biểu.",
        ["Tạ Văn Hạ, Phó Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc hội"],
    ),
    # a delegation's head: the chain goes on after it
    (
        "Đồng chí Lê Thị Hà, Trưởng đoàn đại biểu tỉnh Nghệ An, Phó Bí thư Tỉnh ủy phát biểu.",
        ["Lê Thị Hà, Trưởng Đoàn đại biểu tỉnh Nghệ An, Phó Bí thư Tỉnh ủy"],
    ),
    (
        "Bà Hồ Thị Minh, Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Trị, Ủy viên Ban Thường vụ "
        "Tỉnh ủy thông tin.",
        [
            "Hồ Thị Minh, Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Trị, Ủy viên Ban Thường vụ "
            "Tỉnh ủy"
        ],
    ),
    # a dash after the name, bloc abbreviations
    (
        "Đồng chí Phạm Văn Hòa - Ủy viên BCH Đảng bộ Khối DNTW, Bí thư Đảng ủy, Chủ tịch HĐTV "
        "Tập đoàn Than chủ trì.",
        [
            "Phạm Văn Hòa, Ủy viên Ban Chấp hành Đảng bộ Khối DNTW, Bí thư Đảng ủy, Chủ tịch "
            "Hội đồng thành viên Tập đoàn Than"
        ],
    ),
    # "Thủ tướng Chính phủ" after a name is still the name's title
    (
        "Đồng chí Lê Văn Tâm, Thủ tướng Chính phủ phát biểu.",
        ["Lê Văn Tâm, Thủ tướng Chính phủ"],
    ),
    ("Cùng dự có ông Lê Văn Tâm, Thủ tướng.", ["Lê Văn Tâm, Thủ tướng Chính phủ"]),
    # the members of a body named before their list: each is "Ủy viên" of it
    (
        "Dự phiên họp có các đồng chí trong Ban Thường vụ Tỉnh ủy: Hà Văn Nam, Giám đốc Công "
        "an tỉnh; Đại tá Lò Quốc Huy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.",
        [
            "Hà Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh",
            "Lò Quốc Huy, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        ],
    ),
    (
        "Có mặt các đồng chí trong Bộ Chính trị: Vi Văn Tâm, Chủ tịch Quốc hội; Lê Thị Hoa, "
        "Thường trực Ban Bí thư.",
        [
            "Vi Văn Tâm, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội",
            "Lê Thị Hoa, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư",
        ],
    ),
    # a district's letter ends its place ("Châu Thành A"), no personal name
    (
        "Ông Lê Văn Bình, Bí thư Huyện ủy Châu Thành A phát biểu tại hội nghị.",
        ["Lê Văn Bình, Bí thư Huyện ủy Châu Thành A"],
    ),
    # a local committee's standing office names a group of its leaders, not a post
    (
        "Các đồng chí Thường trực Tỉnh ủy Quảng Nam: Vi Văn Tâm - Bí thư Tỉnh ủy; Lê Thị Hoa - "
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
        [
            "Vi Văn Tâm, Bí thư Tỉnh ủy",
            "Lê Thị Hoa, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    # a leader's assistant named with the leader: the leader is a person of their own
    (
        "Thủ tướng bổ nhiệm ông Lò Văn Nam, Trợ lý đồng chí Hà Quốc Tuấn, Ủy viên Bộ Chính trị.",
        ["Lò Văn Nam, Trợ lý", "Hà Quốc Tuấn, Ủy viên Bộ Chính trị"],
    ),
]

SENTENCES += [
    # a role with no organ closes a chain before a verb; "trực tiếp" ends an open name
    (
        "Dự có PGS.TS. Trần Đức Minh – Bí thư Đảng ủy, Hiệu trưởng; TS. Lê Khắc Hòa – Phó Bí "
        "thư Đảng uỷ, Phó Hiệu trưởng trình bày báo cáo.",
        [
            "Trần Đức Minh, Bí thư Đảng ủy, Hiệu trưởng",
            "Lê Khắc Hòa, Phó Bí thư Đảng ủy, Phó Hiệu trưởng",
        ],
    ),
    (
        "Ông Lê Minh An, Bí thư Đảng ủy, Giám đốc Bệnh viện chủ trì.",
        ["Lê Minh An, Bí thư Đảng ủy, Giám đốc Bệnh viện"],
    ),
    (
        "Bà Lê Thu Hà – Phó Bí thư Tỉnh ủy – Chủ tịch UBMTTQ VN tỉnh dự.",
        ["Lê Thu Hà, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ),
    (
        "Ông Lò Văn Tâm – Trưởng Ban Chỉ đạo Tỉnh ủy Sơn La trực tiếp chỉ đạo Đại hội.",
        ["Lò Văn Tâm, Trưởng Ban Chỉ đạo Tỉnh ủy Sơn La"],
    ),
    # titles after a semicolon with no name of their own go on with the person before
    (
        "Dự có các đồng chí: Lê Thị Thu, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường "
        "trực HĐND tỉnh; Hà Văn Nam, Phó Trưởng Đoàn ĐBQH tỉnh.",
        [
            "Lê Thị Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Hội đồng nhân "
            "dân tỉnh",
            "Hà Văn Nam, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh",
        ],
    ),
    # ... but not a title that names its own person after it, nor the deputy of an office
    (
        "Dự có đồng chí Lê Văn An, Bí thư Tỉnh ủy; Phó Bí thư Tỉnh ủy Trần Văn Bình.",
        ["Lê Văn An, Bí thư Tỉnh ủy", "Trần Văn Bình, Phó Bí thư Tỉnh ủy"],
    ),
    (
        "Dự có đồng chí Lê Văn An, Chủ tịch UBND tỉnh; Phó Chủ tịch UBND tỉnh.",
        ["Lê Văn An, Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    # ... but a title a comma parts from the name loses to the name's own deputy title
    # after it, when no other name takes that one: it was another's
    (
        "Theo phân công của Trưởng Ban Tổ chức Tỉnh ủy, đồng chí Lê Văn Hưng, Phó Trưởng Ban "
        "Tổ chức Tỉnh ủy đã công bố quyết định.",
        ["Lê Văn Hưng, Phó Trưởng Ban Tổ chức Tỉnh ủy"],
    ),
    # ... nor a role alone, the first of a group's
    (
        "Dự có các đồng chí: Lê Văn Bảy, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng; Chủ "
        "tịch, Phó Chủ tịch các tỉnh, thành phố; đại diện các bộ, ngành.",
        ["Lê Văn Bảy, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng"],
    ),
    # degrees between the titles and the name after them, after a dash
    (
        "Tham dự có Phó Trưởng Ban Tuyên giáo Trung ương - Phó Giáo sư, Tiến sĩ Lê Văn Hải.",
        ["Lê Văn Hải, Phó Trưởng Ban Tuyên giáo Trung ương"],
    ),
    # the leaders of a mass organisation's central committee
    (
        "Dự có đồng chí Lê Thị Hà - Phó Chủ tịch Trung ương Hội Nông dân Việt Nam.",
        ["Lê Thị Hà, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"],
    ),
    (
        "Phát biểu tại đại hội, Phó Chủ tịch T.Ư Hội NDVN Lương Văn Đức khẳng định.",
        ["Lương Văn Đức, Phó Chủ tịch Trung ương Hội NDVN"],
    ),
    # titles, a comma and an address word before the name
    (
        "Phát biểu tại hội nghị, Bí thư Tỉnh ủy Lào Cai, ông Đặng Xuân Phong nhấn mạnh.",
        ["Đặng Xuân Phong, Bí thư Tỉnh ủy Lào Cai"],
    ),
    (
        "Chủ tịch UBND tỉnh, bà Lê Thị Hà và Phó Chủ tịch HĐND tỉnh, đồng chí Vũ Văn Nam dự.",
        [
            "Lê Thị Hà, Chủ tịch Ủy ban nhân dân tỉnh",
            "Vũ Văn Nam, Phó Chủ tịch Hội đồng nhân dân tỉnh",
        ],
    ),
    # a chain that goes on after a comma that ends its line (a caption the page wraps)
    (
        "Đồng chí Lê Thị Hà, Ủy viên Trung ương Đảng,\nBí thư Tỉnh ủy Lạng Sơn phát biểu.\n\n"
        "Hội nghị kết thúc.",
        ["Lê Thị Hà, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Lạng Sơn"],
    ),
    # ... or a dash and an address word
    (
        "“Tỉnh sẽ về đích sớm” - Bí thư Tỉnh ủy Hậu Giang – Đồng chí Lê Tiến Châu khẳng định.",
        ["Lê Tiến Châu, Bí thư Tỉnh ủy Hậu Giang"],
    ),
    (
        "Dự có Phó Chủ tịch HĐND thành phố - bà Lê Thị Mai.",
        ["Lê Thị Mai, Phó Chủ tịch Hội đồng nhân dân thành phố"],
    ),
    # two spaces inside a name; a command's name ("Bộ tư lệnh Quân khu") is no title, and a
    # title is listed once
    (
        "Dự có ông Trần Sỹ  Thanh, Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy Hà Nội.",
        ["Trần Sỹ Thanh, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Thành ủy Hà Nội"],
    ),
    (
        "Thay mặt Đảng ủy, Bộ tư lệnh Quân khu, Trung tướng Nguyễn Hồng Thái, Ủy viên Trung ương "
        "Đảng, Tư lệnh Quân khu phát biểu.",
        ["Nguyễn Hồng Thái, Ủy viên Ban Chấp hành Trung ương Đảng, Tư lệnh Quân khu"],
    ),
    # a leader named by the place alone, as written (not the President's name)
    (
        "Bí thư Hà Nội Vương Đình Huệ và Bí thư TP.HCM Nguyễn Văn Nên dự.",
        ["Vương Đình Huệ, Bí thư Hà Nội", "Nguyễn Văn Nên, Bí thư Thành phố Hồ Chí Minh"],
    ),
    (
        "Ông Trần Quốc Trung, Bí thư phường Bình Trưng phát biểu; bà Lê Thị Hồng, Bí thư quận 5.",
        ["Trần Quốc Trung, Bí thư phường Bình Trưng", "Lê Thị Hồng, Bí thư quận 5"],
    ),
    # the Party committee of the delegation and council (one body since 2025)
    (
        "Đồng chí Nguyễn Nam Đình, Bí thư Đảng ủy Đoàn đại biểu Quốc hội và HĐND tỉnh Nghệ An "
        "phát biểu.",
        [
            "Nguyễn Nam Đình, Bí thư Đảng ủy Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh "
            "Nghệ An"
        ],
    ),
    # a deputy in charge of a body without its head
    (
        "Ông Mai Văn Hòa - Phó Chủ tịch phụ trách HĐND tỉnh phát biểu.",
        ["Mai Văn Hòa, Phó Chủ tịch phụ trách Hội đồng nhân dân tỉnh"],
    ),
    (
        "Đồng chí Hoàng Đức Lâm, Phó trưởng đoàn chuyên trách phụ trách Đoàn ĐBQH tỉnh dự.",
        ["Hoàng Đức Lâm, Phó Trưởng Đoàn chuyên trách phụ trách Đoàn đại biểu Quốc hội tỉnh"],
    ),
    # titles joined by a slash; a given name that is a level word, before a dash
    (
        "Dự có bà Võ Thị Phường – Bí thư Đảng ủy phường; bà Lê Thị Châu – Phó Bí thư / Chủ "
        "tịch UBND phường.",
        [
            "Võ Thị Phường, Bí thư Đảng ủy phường",
            "Lê Thị Châu, Phó Bí thư, Chủ tịch Ủy ban nhân dân phường",
        ],
    ),
    # family names of the Mekong Delta's Khmer and Hoa families
    (
        "Tham dự có: Phó Chủ tịch UBND huyện - Trương Minh Hoàng; Phó Chủ tịch UBND huyện - "
        "Liêu Văn Bùng.",
        [
            "Trương Minh Hoàng, Phó Chủ tịch Ủy ban nhân dân huyện",
            "Liêu Văn Bùng, Phó Chủ tịch Ủy ban nhân dân huyện",
        ],
    ),
    # ... or an address word alone
    (
        "Tân Chủ tịch UBND TP Đà Nẵng ông Lê Văn Tâm phát biểu nhận nhiệm vụ.",
        ["Lê Văn Tâm, Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng"],
    ),
    (
        "Phát biểu chỉ đạo, Bí thư Tỉnh ủy bà Trần Thị Mai nhấn mạnh yêu cầu.",
        ["Trần Thị Mai, Bí thư Tỉnh ủy"],
    ),
    # ... but after a person's own titles the address word opens the next person
    (
        "Dự có ông Lê Văn Bình, Bí thư Tỉnh ủy, ông Trần Văn Cường, Chủ tịch UBND tỉnh.",
        ["Lê Văn Bình, Bí thư Tỉnh ủy", "Trần Văn Cường, Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    # "UVBTV" with no committee written
    (
        "Đồng chí Lò Thị Hoa - UVBTV, Phó Chủ tịch HĐND huyện chủ trì.",
        ["Lò Thị Hoa, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội đồng nhân dân huyện"],
    ),
    # ... glued to the committee's letters
    (
        "Đồng chí Mai Văn Lộc, UVBTVHU, Chủ tịch Ủy ban MTTQ Việt Nam huyện phát biểu.",
        [
            "Mai Văn Lộc, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt "
            "Nam huyện"
        ],
    ),
    # a Party organisation with no place, and dashes glued to the word before them
    (
        "Đồng chí Trần Văn Hòa- Bí thư Đảng bộ- Chủ tịch UBND xã phát biểu.",
        ["Trần Văn Hòa, Bí thư Đảng bộ, Chủ tịch Ủy ban nhân dân xã"],
    ),
    # the army's political directors and corps
    (
        "Đại tá Lê Văn Tâm - Phó Chủ nhiệm Chính trị Quân khu 7 phát biểu.",
        ["Lê Văn Tâm, Phó Chủ nhiệm Chính trị Quân khu 7"],
    ),
    (
        "Thiếu tướng Đỗ Văn Nam – Tư lệnh Binh đoàn 12 chủ trì hội nghị.",
        ["Đỗ Văn Nam, Tư lệnh Binh đoàn 12"],
    ),
    # a mass organisation with no place
    (
        "Đồng chí Lò Văn Sinh, Chủ tịch Hội Cựu chiến binh phát biểu.",
        ["Lò Văn Sinh, Chủ tịch Hội Cựu chiến binh"],
    ),
    # a given name that is also a word ends a name before a verb or a semicolon
    (
        "Phó Chủ tịch Thường trực UBND tỉnh Hà Sỹ Đồng phát biểu.",
        ["Hà Sỹ Đồng, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"],
    ),
    (
        "Dự có Bí thư Tỉnh ủy Lê Văn Sáng; Phó Bí thư Tỉnh ủy Trần Văn Hòa.",
        ["Lê Văn Sáng, Bí thư Tỉnh ủy", "Trần Văn Hòa, Phó Bí thư Tỉnh ủy"],
    ),
    (
        "Chủ tịch UBND thành phố Lê Văn Được đọc tờ trình.",
        ["Lê Văn Được, Chủ tịch Ủy ban nhân dân thành phố"],
    ),
    (
        "Bí thư Huyện ủy Đỗ Văn Tỉnh và Chủ tịch UBND huyện Trần Đức Quận cùng dự.",
        ["Đỗ Văn Tỉnh, Bí thư Huyện ủy", "Trần Đức Quận, Chủ tịch Ủy ban nhân dân huyện"],
    ),
    # an organ ending in "Môi trường" before a name: the environment, no school's namesake
    (
        "Bộ trưởng Bộ Tài nguyên và Môi trường Trần Văn Hà phát biểu.",
        ["Trần Văn Hà, Bộ trưởng Bộ Tài nguyên và Môi trường"],
    ),
    (
        "Giám đốc Sở Nông nghiệp và Môi trường Lê Văn Việt dự.",
        ["Lê Văn Việt, Giám đốc Sở Nông nghiệp và Môi trường"],
    ),
    # "các đồng chí" before a title many hold: every name of the list holds it
    (
        "Dự có các đồng chí Phó Giám đốc Sở Nội vụ Nguyễn Văn An, Trần Văn Bình.",
        ["Nguyễn Văn An, Phó Giám đốc Sở Nội vụ", "Trần Văn Bình, Phó Giám đốc Sở Nội vụ"],
    ),
    # ... not a title one person holds
    (
        "Dự có các đồng chí Bí thư Tỉnh ủy Nguyễn Văn An, Trần Văn Bình, Chủ tịch UBND tỉnh.",
        ["Nguyễn Văn An, Bí thư Tỉnh ủy", "Trần Văn Bình, Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    # a title many hold or held, before two names that close the list: both hold it
    (
        "Dự có nguyên Phó Thủ tướng Vũ Khoan, Trương Vĩnh Trọng; Bộ trưởng Lê Vĩnh Tân.",
        [
            "Vũ Khoan, nguyên Phó Thủ tướng Chính phủ",
            "Trương Vĩnh Trọng, nguyên Phó Thủ tướng Chính phủ",
            "Lê Vĩnh Tân, Bộ trưởng",
        ],
    ),
    # ... not when the second has titles of its own, nor a title one person holds
    (
        "Dự có Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Trần Văn Bình - Giám đốc Sở Nội vụ.",
        ["Nguyễn Văn An, Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trần Văn Bình, Giám đốc Sở Nội vụ"],
    ),
    ("Dự có Bí thư Tỉnh ủy Nguyễn Văn An, Trần Văn Bình.", ["Nguyễn Văn An, Bí thư Tỉnh ủy"]),
    # a former province after its committee, and a veteran's description before the titles
    (
        "Đồng chí Trần Văn Bình, cán bộ lão thành cách mạng, nguyên Bí thư Tỉnh ủy Hà Tây gửi hoa.",
        ["Trần Văn Bình, nguyên Bí thư Tỉnh ủy Hà Tây"],
    ),
    # degrees written with a comma before each name of a list
    (
        "Dự có các Phó Tổng Biên tập Tạp chí Cộng sản: PGS, TS. Lê Văn An; PGS, TS. Trần Văn Bình.",
        [
            "Lê Văn An, Phó Tổng Biên tập Tạp chí Cộng sản",
            "Trần Văn Bình, Phó Tổng Biên tập Tạp chí Cộng sản",
        ],
    ),
    # Central Highlands names with an apostrophe
    (
        "Đồng chí H'Yim Kđoh, Phó Bí thư Tỉnh ủy phát biểu.",
        ["H'Yim Kđoh, Phó Bí thư Tỉnh ủy"],
    ),
    (
        "Ông Ksor H'Bơ Khăp, Phó Chủ tịch HĐND tỉnh dự.",
        ["Ksor H'Bơ Khăp, Phó Chủ tịch Hội đồng nhân dân tỉnh"],
    ),
    # ... also with a space after it ("K’ Mák")
    (
        "Chủ trì có ông K’ Nhiễu - Phó Chủ tịch HĐND tỉnh.",
        ["K’ Nhiễu, Phó Chủ tịch Hội đồng nhân dân tỉnh"],
    ),
    # a bare deputy's or commander's role, alone or opening a chain
    (
        "Đại tá Nguyễn Văn An, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh phát biểu.",
        [
            "Nguyễn Văn An, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh",
        ],
    ),
    ("Tổng cục trưởng Nguyễn Văn Tuấn phát biểu.", ["Nguyễn Văn Tuấn, Tổng cục trưởng"]),
    # a steering committee named with the organ it belongs to, then its topic
    (
        "Ông Trần Văn Hà, Phó Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo của Chính phủ về phòng, "
        "chống thiên tai phát biểu.",
        [
            "Trần Văn Hà, Phó Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo của Chính phủ về phòng, "
            "chống thiên tai"
        ],
    ),
    # a deputy in charge of a board that has no head
    (
        "Ông Huỳnh Văn Tám - Phó Trưởng ban phụ trách Ban Dân vận Huyện ủy phát biểu.",
        ["Huỳnh Văn Tám, Phó Trưởng Ban phụ trách Ban Dân vận Huyện ủy"],
    ),
    # two roles held together as one post share the organ written after the second
    (
        "Bà Nguyễn Thị Hà, Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam phát biểu.",
        [
            "Nguyễn Thị Hà, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Tổng Thư "
            "ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
        ],
    ),
    (
        "Ông Lê Văn Tư, Phó Chủ tịch - Tổng Thư ký Hội Nhà báo Việt Nam dự.",
        ["Lê Văn Tư, Phó Chủ tịch Hội Nhà báo Việt Nam, Tổng Thư ký Hội Nhà báo Việt Nam"],
    ),
    # ... nor a first role written with its own organ: "nguyên" is its alone
    (
        "Ông Lê Văn Tư, nguyên Phó Chủ tịch Hội Nông dân tỉnh, Tổng Thư ký Hội Nông dân tỉnh dự.",
        ["Lê Văn Tư, nguyên Phó Chủ tịch Hội Nông dân tỉnh, Tổng Thư ký Hội Nông dân tỉnh"],
    ),
    # ... not any two roles: a bare deputy before another office keeps no organ
    (
        "Ông Trần Văn Năm, Phó Chủ tịch, Chánh Văn phòng Hội Nông dân tỉnh dự.",
        ["Trần Văn Năm, Phó Chủ tịch, Chánh Văn phòng Hội Nông dân tỉnh"],
    ),
    # a place since merged into another, "(cũ)", read over as a term is
    (
        "Nguyên Chủ tịch HĐND tỉnh Kon Tum (cũ) Dương Văn Tráng phát biểu.",
        ["Dương Văn Tráng, nguyên Chủ tịch Hội đồng nhân dân tỉnh Kon Tum"],
    ),
    (
        "Ông Lê Văn Sơn, nguyên Bí thư Huyện ủy Đông Sơn (cũ), Phó Chủ tịch UBND tỉnh dự.",
        ["Lê Văn Sơn, nguyên Bí thư Huyện ủy Đông Sơn, Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    # "TGĐ" for "Tổng Giám đốc"; a company's initials at the end of a sentence
    (
        "Dự hội nghị có đồng chí Lê Văn Ba – TGĐ VRG; đồng chí Trần Văn Tư – Phó TGĐ VRG.",
        ["Lê Văn Ba, Tổng Giám đốc VRG", "Trần Văn Tư, Phó Tổng Giám đốc VRG"],
    ),
    ("Dự có ông Nguyễn Văn Năm, Tổng Giám đốc EVN.", ["Nguyễn Văn Năm, Tổng Giám đốc EVN"]),
    # "đổi mới" and "sáng tạo" go on in an open name ("mới" and "sáng" alone end one)
    (
        "Ông Lê Văn Hai, Phó Trưởng ban Đổi mới doanh nghiệp dự.",
        ["Lê Văn Hai, Phó Trưởng Ban Đổi mới doanh nghiệp"],
    ),
    (
        "Ông Lê Văn Hai, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, "
        "đổi mới sáng tạo và chuyển đổi số chủ trì.",
        [
            "Lê Văn Hai, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, "
            "đổi mới sáng tạo và chuyển đổi số"
        ],
    ),
    # an organ whose name holds a role, after an open head ("Tư lệnh" in "Bộ Tư lệnh")
    (
        "Ông Trần Văn Mười, Bí thư Đảng ủy Bộ Tư lệnh Thủ đô phát biểu.",
        ["Trần Văn Mười, Bí thư Đảng ủy Bộ Tư lệnh Thủ đô"],
    ),
    (
        "Ông Trần Văn Mười, Bí thư Đảng ủy Bộ Tư lệnh Quân khu 9 phát biểu.",
        ["Trần Văn Mười, Bí thư Đảng ủy Bộ Tư lệnh Quân khu 9"],
    ),
    # a term with its years, then a comma and another title: the chain goes on
    (
        "Ông Trần Văn Bảy, Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025, Chủ tịch UBND tỉnh phát biểu.",
        ["Trần Văn Bảy, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    (
        "Bà Lê Thị Tám, Phó Chủ tịch HĐND tỉnh khóa XII, nhiệm kỳ 2016-2021, đại biểu HĐND "
        "tỉnh dự.",
        ["Lê Thị Tám, Phó Chủ tịch Hội đồng nhân dân tỉnh, Đại biểu Hội đồng nhân dân tỉnh"],
    ),
    # ... but not before "gồm:": the posts a body appointed are no list's title
    (
        "Ban Bí thư chỉ định 2 Phó Bí thư Tỉnh ủy, nhiệm kỳ 2025 - 2030 gồm: ông Trần Văn Chín, "
        "ông Lê Văn Mười.",
        [],
    ),
    # after the level word of a place, a name that follows is the place (a ward named after
    # a family name: "Tăng"), when the person is named before the titles
    (
        "Bà Cao Thị Ngọc Châu, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Tăng Nhơn Phú báo cáo.",
        ["Cao Thị Ngọc Châu, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường Tăng Nhơn Phú"],
    ),
    # a governor's deputy named by the role alone, as a minister's is
    ("Phó Thống đốc Phạm Văn Dũng phát biểu.", ["Phạm Văn Dũng, Phó Thống đốc"]),
    # an em dash between the name and the titles
    (
        "Hội nghị do ông Nguyễn Văn Bốn — Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì.",
        ["Nguyễn Văn Bốn, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    # a joint office with one of its bodies abbreviated
    (
        "Ông Lê Văn Hòa, Chánh Văn phòng HĐND và Ủy ban nhân dân huyện dự.",
        ["Lê Văn Hòa, Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"],
    ),
    # role abbreviations with a dot, as commune portals write them
    (
        "Đ/c Phạm Quốc Tuấn - CT. HĐND xã; đ/c Nguyễn Thị Mai - PCT. HĐND xã dự.",
        [
            "Phạm Quốc Tuấn, Chủ tịch Hội đồng nhân dân xã",
            "Nguyễn Thị Mai, Phó Chủ tịch Hội đồng nhân dân xã",
        ],
    ),
    # ... also glued to the organ by the dot
    (
        "Đ/c Lê Văn Hà – PBT, CT.UBND huyện; đ/c Lò Thị Mai – PCT.HĐND xã dự.",
        [
            "Lê Văn Hà, Phó Bí thư, Chủ tịch Ủy ban nhân dân huyện",
            "Lò Thị Mai, Phó Chủ tịch Hội đồng nhân dân xã",
        ],
    ),
    # a dash written twice between two titles
    (
        "Về dự có Thượng tướng Lê Văn Bình – Bí thư Trung ương Đảng –– Chủ nhiệm Tổng cục Chính "
        "trị.",
        ["Lê Văn Bình, Bí thư Trung ương Đảng, Chủ nhiệm Tổng cục Chính trị"],
    ),
    # the standing board of the Central Military Commission without "Ủy viên"; "đắc cử"
    # ends an office's name (the office a person is elected to is no title yet)
    (
        "Đại tướng Lê Văn An, Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục Chính trị dự.",
        ["Lê Văn An, Ủy viên Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục Chính trị"],
    ),
    (
        "Ông Nguyễn Văn Tư, Trưởng Công an Thị xã đắc cử chức vụ Ủy viên UBND thị xã.",
        ["Nguyễn Văn Tư, Trưởng Công an Thị xã"],
    ),
    # "nguyên là" before a past title, over "kiêm"
    (
        "Ông Trần Văn Bình, Phó Trưởng Ban Tổ chức Thành ủy, nguyên là Bí thư Quận ủy kiêm Chủ "
        "tịch UBND quận 3 dự.",
        [
            "Trần Văn Bình, Phó Trưởng Ban Tổ chức Thành ủy, nguyên Bí thư Quận ủy, nguyên Chủ "
            "tịch Ủy ban nhân dân quận 3"
        ],
    ),
    # a Khmer family name; a province's bloc of agencies and enterprises
    (
        "Ông Sơn Văn Đức, Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh phát biểu.",
        ["Sơn Văn Đức, Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"],
    ),
    # a term written with a capital is no word of the place
    (
        "Bà Lò Thị Mai, Chủ tịch HĐND xã Mường Lạn Khóa I, nhiệm kỳ 2021 - 2026 phát biểu.",
        ["Lò Thị Mai, Chủ tịch Hội đồng nhân dân xã Mường Lạn"],
    ),
    # a four-word name after a body of a council: "Lê Thị" is no place
    (
        "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Đỗ Thị Minh Châu trình bày báo cáo.",
        ["Đỗ Thị Minh Châu, Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"],
    ),
    (
        "Đồng chí Trần Văn Hậu - UV. BCH TW Đoàn, Bí thư Tỉnh đoàn phát biểu.",
        ["Trần Văn Hậu, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh Đoàn"],
    ),
    # a body's abbreviation expanded where a mass organisation's is kept as written
    (
        "Ông Lê Văn Tám, Ủy viên dự khuyết BTV Trung ương Hội CCB VN dự.",
        ["Lê Văn Tám, Ủy viên dự khuyết Ban Thường vụ Trung ương Hội CCB VN"],
    ),
    # a steering committee of an exercise
    (
        "Đại tá Phan Văn Nghĩa, Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh dự.",
        ["Phan Văn Nghĩa, Phó Trưởng Ban Thường trực Ban Chỉ đạo diễn tập tỉnh"],
    ),
    # "P." and "Q." for a ward and a district, as "TP." for a city
    (
        "Ông Lữ Văn Hải, Bí thư Đảng ủy, Chủ tịch HĐND P.Nha Trang phát biểu.",
        ["Lữ Văn Hải, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân phường Nha Trang"],
    ),
    (
        "Ông Lê Văn Bình, Chủ tịch UBND Q.Bình Thạnh phát biểu.",
        ["Lê Văn Bình, Chủ tịch Ủy ban nhân dân quận Bình Thạnh"],
    ),
    (
        "Ông Lê Văn Bình, Chủ tịch UBND P.3 phát biểu.",
        ["Lê Văn Bình, Chủ tịch Ủy ban nhân dân phường 3"],
    ),
    # a standing deputy written alone before the name, as any bare role
    (
        "Thứ trưởng Thường trực Hà Văn Tuấn phát biểu.",
        ["Hà Văn Tuấn, Thứ trưởng Thường trực"],
    ),
    (
        "Phó Chủ nhiệm Thường trực Trần Văn Rạng phát biểu.",
        ["Trần Văn Rạng, Phó Chủ nhiệm Thường trực"],
    ),
    # a city's military command, as a province's
    (
        "Đại tá Bùi Văn Thắng, Thành ủy viên, Chỉ huy trưởng Bộ Chỉ huy Quân sự thành phố dự.",
        [
            "Bùi Văn Thắng, Ủy viên Ban Chấp hành Đảng bộ thành phố, Chỉ huy trưởng Bộ Chỉ huy "
            "Quân sự thành phố"
        ],
    ),
    # a term after a body named in full is read over, as after a listed organ
    (
        "Bà Lý Thị Hà, Phó Ban Văn hóa - Xã hội HĐND tỉnh khóa XV, Giám đốc Sở Y tế dự.",
        ["Lý Thị Hà, Phó Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh, Giám đốc Sở Y tế"],
    ),
    # a body of a Party committee named by the enterprise it leads
    (
        "Ông Phùng Văn Thành, Ủy viên Ban Thường vụ, Chánh Văn phòng Đảng ủy Tập đoàn dự.",
        ["Phùng Văn Thành, Ủy viên Ban Thường vụ, Chánh Văn phòng Đảng ủy Tập đoàn"],
    ),
    (
        "Ông Lê Văn Hòa, Trưởng Ban Tuyên giáo Đảng ủy Tổng công ty phát biểu.",
        ["Lê Văn Hòa, Trưởng Ban Tuyên giáo Đảng ủy Tổng công ty"],
    ),
    # a Secretary-General with no organ before the next office, as any bare role
    (
        "Ông Lê Văn Tùng, Ủy viên Ủy ban Thường vụ Quốc hội, Tổng Thư ký, Chủ nhiệm Văn phòng "
        "Quốc hội dự.",
        [
            "Lê Văn Tùng, Ủy viên Ủy ban Thường vụ Quốc hội, Tổng Thư ký, Chủ nhiệm Văn phòng "
            "Quốc hội"
        ],
    ),
    # the head of a team an organ sends, with its number and that organ as written
    (
        "Đồng chí Lê Văn Hải, Phó Thủ tướng Chính phủ, Trưởng Đoàn kiểm tra số 815 của Ban "
        "Bí thư Trung ương Đảng chủ trì hội nghị.",
        [
            "Lê Văn Hải, Phó Thủ tướng Chính phủ, Trưởng Đoàn kiểm tra số 815 của Ban Bí thư "
            "Trung ương Đảng"
        ],
    ),
    (
        "Bà Trần Thị Hoa, Phó Trưởng Đoàn kiểm tra, giám sát số 7 phát biểu.",
        ["Trần Thị Hoa, Phó Trưởng Đoàn kiểm tra, giám sát số 7"],
    ),
    (
        "Đồng chí Ngô Văn Lâm, Bí thư Tỉnh ủy, Trưởng đoàn công tác của Ban Tổ chức Trung ương "
        "làm việc với huyện.",
        ["Ngô Văn Lâm, Bí thư Tỉnh ủy, Trưởng Đoàn công tác của Ban Tổ chức Trung ương"],
    ),
    ("Ông Phạm Văn Tú, Trưởng đoàn giám sát phát biểu.", ["Phạm Văn Tú, Trưởng Đoàn giám sát"]),
    # one who acts for an office, or speaks for a body, does not hold its title
    (
        "Thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng UBND tỉnh Nguyễn Thanh Bình đã ký.",
        ["Nguyễn Thanh Bình, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh"],
    ),
    (
        "Thay mặt Đoàn Chủ tịch, đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy phát biểu.",
        ["Nguyễn Văn An, Phó Bí thư Tỉnh ủy"],
    ),
    (
        "Thừa ủy nhiệm của Chủ tịch UBND tỉnh, bà Lê Thị Hoa - Giám đốc Sở Tài chính báo cáo.",
        ["Lê Thị Hoa, Giám đốc Sở Tài chính"],
    ),
    (
        "Thừa ủy quyền của Thủ tướng Chính phủ, ông Lê Văn Hà, Bộ trưởng Bộ Nội vụ trao.",
        ["Lê Văn Hà, Bộ trưởng Bộ Nội vụ"],
    ),
    (
        "Thay mặt Thường trực Thành ủy, đồng chí Nguyễn Văn An, Phó Bí thư Thành ủy phát biểu.",
        ["Nguyễn Văn An, Phó Bí thư Thành ủy"],
    ),
    # rarer family names
    (
        "Phó Bí thư Thành ủy Tưởng Văn Minh và Ủy viên Ban Thường vụ Thành ủy Ôn Thị Lan dự.",
        ["Tưởng Văn Minh, Phó Bí thư Thành ủy", "Ôn Thị Lan, Ủy viên Ban Thường vụ Thành ủy"],
    ),
    (
        "Bí thư Tỉnh ủy Lê Văn Chiều phát biểu; Chủ tịch UBND xã Nguyễn Văn Ngày cho biết.",
        ["Lê Văn Chiều, Bí thư Tỉnh ủy", "Nguyễn Văn Ngày, Chủ tịch Ủy ban nhân dân xã"],
    ),
    (
        "Bí thư Tỉnh ủy Lê Văn An Chiều nay dự hội nghị.",
        ["Lê Văn An, Bí thư Tỉnh ủy"],
    ),
    (
        "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hội phát biểu.",
        ["Nguyễn Văn Hội, Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    # ... but not one that makes a word with what follows ("Đồng thời", "Tỉnh ủy")
    (
        "Bí thư Tỉnh ủy Nguyễn Văn An Đồng thời chỉ đạo.",
        ["Nguyễn Văn An, Bí thư Tỉnh ủy"],
    ),
    (
        "Bí thư Huyện ủy Nguyễn Văn An Hội nghị đã thống nhất.",
        ["Nguyễn Văn An, Bí thư Huyện ủy"],
    ),
    # "PBT" is "Phó Bí thư" when written in capitals
    (
        "Đ/c Trần Văn Sơn, PBT Huyện ủy - Chủ tịch UBND huyện phát biểu.",
        ["Trần Văn Sơn, Phó Bí thư Huyện ủy, Chủ tịch Ủy ban nhân dân huyện"],
    ),
    # a photo caption's place for the person between the name and the titles
    (
        "Đồng chí Trần Văn Sơn (bên phải), Bí thư Đảng ủy phường trao quà.",
        ["Trần Văn Sơn, Bí thư Đảng ủy phường"],
    ),
    (
        "Bà Lê Thị Hoa (thứ 2 từ trái sang) - Phó Chủ tịch Hội LHPN tỉnh trao quà.",
        ["Lê Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh"],
    ),
    # "Bộ CHQS" is kept as written, the rank is no title
    (
        "Đại tá Đỗ Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh báo cáo.",
        ["Đỗ Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh"],
    ),
    # "HĐNĐ": a stroke too many
    (
        "Đồng chí Hoàng Văn Tư, Phó Chủ tịch Thường trực HĐNĐ tỉnh phát biểu.",
        ["Hoàng Văn Tư, Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh"],
    ),  # a name written right before its titles, without a comma
    (
        "Dự có đồng chí Hoàng Văn Hùng Ủy viên Ban Thường vụ Tỉnh ủy, Phó Trưởng đoàn đại biểu "
        "Quốc hội tỉnh.",
        ["Hoàng Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh"],
    ),
    ("Dự có Lê Văn Bình Bí thư Huyện ủy.", ["Lê Văn Bình, Bí thư Huyện ủy"]),
    # an abbreviation in parentheses inside a title's organ
    (
        "Đồng chí Trần Cẩm Tú, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra (UBKT) Trung "
        "ương chủ trì.",
        ["Trần Cẩm Tú, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương"],
    ),
    # titles, a dash, the name
    (
        "Tham dự có Bí thư Huyện ủy Tháp Mười – Nguyễn Văn Minh.",
        ["Nguyễn Văn Minh, Bí thư Huyện ủy Tháp Mười"],
    ),
    # a dash after the name binds the titles to it, not to the name after them
    (
        "Ông Trần Hồng Thái – Phó Bí thư Tỉnh ủy – Lê Văn Bình phát biểu.",
        ["Trần Hồng Thái, Phó Bí thư Tỉnh ủy"],
    ),
    # "Anh" or "chị" opening a list item addresses the person: no part of the name
    (
        "Về phía Trung ương Đoàn có: Anh Nguyễn Minh Triết - Bí thư Trung ương Đoàn; chị "
        "Nguyễn Phạm Duy Trang - Bí thư Trung ương Đoàn.",
        [
            "Nguyễn Minh Triết, Bí thư Trung ương Đoàn",
            "Nguyễn Phạm Duy Trang, Bí thư Trung ương Đoàn",
        ],
    ),
    ("Tham dự có: Lê Tuấn Anh - Phó Bí thư Tỉnh đoàn.", ["Lê Tuấn Anh, Phó Bí thư Tỉnh Đoàn"]),
    # a province after a comma attaches to the district's organ; without its level word
    # it is no part of the title
    (
        "Có mặt ông Lê Thế Quảng - Bí thư Huyện ủy Hải Lăng, tỉnh Quảng Trị.",
        ["Lê Thế Quảng, Bí thư Huyện ủy Hải Lăng, tỉnh Quảng Trị"],
    ),
    (
        "Ông Đặng Văn Thủy, Phó Chủ tịch UBND huyện Vĩnh Tường, tỉnh Vĩnh Phúc phát biểu.",
        ["Đặng Văn Thủy, Phó Chủ tịch Ủy ban nhân dân huyện Vĩnh Tường, tỉnh Vĩnh Phúc"],
    ),
    (
        "Ông Lê Văn Bình, Bí thư Huyện ủy Hải Lăng, Quảng Trị phát biểu.",
        ["Lê Văn Bình, Bí thư Huyện ủy Hải Lăng"],
    ),
    # a district's two-word place before the name: "Lăng" there is no mausoleum, and a
    # second word that is a family name stays with the place
    (
        "Hôm qua, Bí thư Huyện ủy Hải Lăng Nguyễn Văn Tám phát biểu.",
        ["Nguyễn Văn Tám, Bí thư Huyện ủy Hải Lăng"],
    ),
    (
        "Hôm qua, Bí thư Huyện ủy Hải Hà Nguyễn Văn Tám phát biểu.",
        ["Nguyễn Văn Tám, Bí thư Huyện ủy Hải Hà"],
    ),
    # a body of a committee written alone is the committee's (not an event's organisers)
    (
        "Dự có bà Kha Thị Mai, Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Tổ chức, Trưởng phòng "
        "Nội vụ huyện.",
        [
            "Kha Thị Mai, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức, Trưởng phòng Nội vụ "
            "huyện"
        ],
    ),
    (
        "Ông Nguyễn Văn Tâm, Trưởng Ban Tổ chức Hội thi phát biểu.",
        [],
    ),
    # a place of three syllables whose second is a family name ("Ma"): no name after it
    (
        "Dự có ông Từ Thái Giang, Bí thư Đảng ủy, Chủ tịch HĐND phường Buôn Ma Thuột.",
        [
            "Từ Thái Giang, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân phường Buôn Ma Thuột",
        ],
    ),
    # capitalised words of an open body's name that look like a name of two syllables
    # ("Ninh Nội") and go on in lower case are the body's, no person
    (
        "Ông Đinh Văn Tú, Phó trưởng phòng An Ninh Nội địa, Công an tỉnh Bắc Ninh phát biểu.",
        ["Đinh Văn Tú, Phó Trưởng phòng An Ninh Nội địa, Công an tỉnh Bắc Ninh"],
    ),
    # "kiêm" shares a business's brand; a name after a place is no brand ("Trung tâm")
    (
        "Dự có ông Tào Văn Thắng, Chủ tịch kiêm Tổng giám đốc Viettel phát biểu.",
        ["Tào Văn Thắng, Chủ tịch Viettel, Tổng Giám đốc Viettel"],
    ),
    (
        "Dự có ông Lê Văn An, Giám đốc Trung tâm Y tế huyện phát biểu.",
        ["Lê Văn An, Giám đốc Trung tâm Y tế huyện"],
    ),
    # the city's initials glued to the level word an organ ends with
    (
        "Dự có ông Tạ Văn Đẹp, Phó Giám đốc Công an TPHCM và ông Trần Văn Bảy - Chánh Thanh tra "
        "TPHCM.",
        [
            "Tạ Văn Đẹp, Phó Giám đốc Công an thành phố Hồ Chí Minh",
            "Trần Văn Bảy, Chánh Thanh tra thành phố Hồ Chí Minh",
        ],
    ),
    # a person's age in parentheses between the name and the titles
    (
        "Ông Võ Minh Hoàng (56 tuổi), Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy An Giang; ông Đỗ Văn Duy "
        "(50 tuổi, quê Thái Bình), Chủ tịch UBND tỉnh Yên Bái.",
        [
            "Võ Minh Hoàng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy An Giang",
            "Đỗ Văn Duy, Chủ tịch Ủy ban nhân dân tỉnh Yên Bái",
        ],
    ),
    # ... and its string, where the name ends the title, reads back the same
    (
        "Ông Phạm Văn Tùng, Tổng giám đốc Công ty CP Supe phốt phát và Hóa chất Lâm Thao phát "
        "biểu.",
        ["Phạm Văn Tùng, Tổng Giám đốc Công ty CP Supe phốt phát và Hóa chất Lâm Thao"],
    ),
    # a department named alone refers to the one the report is about
    (
        "Đồng chí Vũ Văn Công, Phó Bí thư Đảng ủy cơ quan, Phó Giám đốc Sở, đồng chí Lê Văn "
        "Tuất, Giám đốc sở phát biểu.",
        [
            "Vũ Văn Công, Phó Bí thư Đảng ủy cơ quan, Phó Giám đốc Sở",
            "Lê Văn Tuất, Giám đốc Sở",
        ],
    ),
    # ... but not a family name whose name goes on with a middle name ("Nguyễn Văn …")
    (
        "Hôm qua, Bí thư Huyện ủy Lắk Nguyễn Văn Long phát biểu.",
        ["Nguyễn Văn Long, Bí thư Huyện ủy Lắk"],
    ),
    # a bare role shared by a list after "gồm"
    (
        "Các Phó Bí thư gồm: ông Hoàng Văn Giang, ông Trần Huy Tuấn và bà Giàng Thị Dung.",
        [
            "Hoàng Văn Giang, Phó Bí thư",
            "Trần Huy Tuấn, Phó Bí thư",
            "Giàng Thị Dung, Phó Bí thư",
        ],
    ),
    # a dash glued to the last word of an open name ends it; the head of an emulation
    # cluster and its number
    (
        "Ông Lê Văn Bảy, Hiệu trưởng Trường Chính trị Tây Ninh- Cụm trưởng Cụm thi đua số 8 "
        "phát biểu.",
        [
            "Lê Văn Bảy, Hiệu trưởng Trường Chính trị Tây Ninh, Cụm trưởng Cụm thi đua số 8",
        ],
    ),
    ("Bà Đỗ Thị Tám, Cụm phó Cụm thi đua số 9 dự.", ["Đỗ Thị Tám, Cụm phó Cụm thi đua số 9"]),
    # "Vụ phó" (a department's deputy director) as written
    (
        "Đồng chí Hà Văn Lâm - Vụ phó Vụ 3, Ban Tổ chức Trung ương phát biểu.",
        ["Hà Văn Lâm, Vụ phó Vụ 3, Ban Tổ chức Trung ương"],
    ),
    # a newspaper named after a province whose name opens like a person's ("Hà Tĩnh")
    (
        "Dự có Tổng Biên tập Báo Hà Tĩnh Nguyễn Văn Sáu và đại diện các cơ quan báo chí.",
        ["Nguyễn Văn Sáu, Tổng Biên tập Báo Hà Tĩnh"],
    ),
    # "gồm các ông:" before the list
    (
        "Các Phó Chủ tịch UBND tỉnh gồm các ông: Lê Văn Hai, Trần Văn Ba và Đỗ Văn Tư.",
        [
            "Lê Văn Hai, Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Trần Văn Ba, Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Đỗ Văn Tư, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    # a seat on a body shared by a list goes on after its semicolons, in either order of
    # name and titles (a unique post's list does not: see the former leaders' list)
    (
        "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trần Văn An, Lê Văn Bình; Đỗ Thị Cúc.",
        [
            "Trần Văn An, Ủy viên Ban Thường vụ Tỉnh ủy",
            "Lê Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy",
            "Đỗ Thị Cúc, Ủy viên Ban Thường vụ Tỉnh ủy",
        ],
    ),
    (
        "Dự có các đồng chí Ủy viên Trung ương Đảng: Chủ tịch UBND thành phố Trần Văn An, Phó "
        "Bí thư Thành ủy Lê Văn Bình; Chủ tịch HĐND thành phố Đỗ Thị Cúc.",
        [
            "Trần Văn An, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Ủy ban nhân dân thành "
            "phố",
            "Lê Văn Bình, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Thành ủy",
            "Đỗ Thị Cúc, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Hội đồng nhân dân thành "
            "phố",
        ],
    ),
    # what the list's people do at the meeting between their shared title and the colon,
    # after "các đồng chí"
    (
        "Các đồng chí Ủy viên Trung ương Đảng chủ trì hội nghị: Trần Văn An, Trưởng Ban Tuyên "
        "giáo Trung ương; Lê Văn Bình, Phó Trưởng Ban Tuyên giáo Trung ương.",
        [
            "Trần Văn An, Ủy viên Ban Chấp hành Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương",
            "Lê Văn Bình, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Trưởng Ban Tuyên giáo Trung "
            "ương",
        ],
    ),
    (
        "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy dự hội nghị: Trần Văn An, Lê Văn Bình.",
        [
            "Trần Văn An, Ủy viên Ban Thường vụ Tỉnh ủy",
            "Lê Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy",
        ],
    ),
    # an address word and a rank before a person of a shared title's list
    (
        "Dự có các đồng chí Ủy viên Trung ương Đảng: Lê Văn An, Phó Chủ tịch Quốc hội; đồng "
        "chí Thượng tướng Nguyễn Văn Cường, Thứ trưởng Bộ Công an.",
        [
            "Lê Văn An, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch Quốc hội",
            "Nguyễn Văn Cường, Ủy viên Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ Công an",
        ],
    ),
    # a rarer family name of the south
    ("Bí thư Quận ủy Sử Văn Hùng phát biểu.", ["Sử Văn Hùng, Bí thư Quận ủy"]),
    # a deputy secretary in charge of a committee; a military command without its level
    (
        "Đồng chí Lương Văn Cường, Phó Bí thư phụ trách Đảng ủy Học viện phát biểu.",
        ["Lương Văn Cường, Phó Bí thư phụ trách Đảng ủy Học viện"],
    ),
    (
        "Ông Lê Văn Bình, Tỉnh ủy viên, Chỉ huy trưởng Bộ Chỉ huy Quân sự phát biểu.",
        ["Lê Văn Bình, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự"],
    ),
    # a shared title's list after "là" and an address word
    (
        "Dự có các Phó Chủ tịch HĐND tỉnh là ông Nguyễn Văn Phúc và ông Trần Tấn Đức.",
        [
            "Nguyễn Văn Phúc, Phó Chủ tịch Hội đồng nhân dân tỉnh",
            "Trần Tấn Đức, Phó Chủ tịch Hội đồng nhân dân tỉnh",
        ],
    ),
    # ... not the titles right after a name: its own, but for a last one a comma parts from
    # them, the next name's
    (
        "Chủ trì là ông Lê Văn Hòa – Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Trưởng ban là ông "
        "Trần Văn Lộc, Phó Chủ tịch UBND xã.",
        [
            "Lê Văn Hòa, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã",
            "Trần Văn Lộc, Trưởng Ban, Phó Chủ tịch Ủy ban nhân dân xã",
        ],
    ),
    # the Party cell a person belongs to, between the name and the titles
    (
        "Kỷ luật ông Nguyễn Văn An, đảng viên Chi bộ thôn 2 thuộc Đảng bộ xã Đại Lộc, TP Đà "
        "Nẵng, nguyên Giám đốc Sở Y tế.",
        ["Nguyễn Văn An, nguyên Giám đốc Sở Y tế"],
    ),
    # ... its city in parentheses, or a semicolon before the titles
    (
        "Kỷ luật bà Trần Thị Lan, đảng viên Chi bộ thôn 5 thuộc Đảng bộ xã Hòa Tiến (TP Đà "
        "Nẵng), nguyên Phó Chủ tịch UBND xã.",
        ["Trần Thị Lan, nguyên Phó Chủ tịch Ủy ban nhân dân xã"],
    ),
    (
        "Kỷ luật ông Lê Văn Hòa, đảng viên Chi bộ thôn 1 thuộc Đảng bộ xã Hòa Tiến, TP Đà "
        "Nẵng; nguyên Bí thư Chi bộ.",
        ["Lê Văn Hòa, nguyên Bí thư Chi bộ"],
    ),
    # a school's own bodies, named by "trường" or "nhà trường" after their head
    (
        "Đồng chí Nguyễn Văn Thịnh - Bí thư Đảng ủy, Chủ tịch Hội đồng trường phát biểu.",
        ["Nguyễn Văn Thịnh, Bí thư Đảng ủy, Chủ tịch Hội đồng trường"],
    ),
    (
        "Đồng chí Trần Văn Thước – Bí thư Đảng ủy nhà trường phát biểu.",
        ["Trần Văn Thước, Bí thư Đảng ủy nhà trường"],
    ),
    # the given name "Ban" before a lower-case word, but not the "Ban" of a body
    (
        "Phó Trưởng ban Tổ chức Trung ương Hà Ban dự và phát biểu.",
        ["Hà Ban, Phó Trưởng Ban Tổ chức Trung ương"],
    ),
    (
        "Dự có đồng chí Lê Văn Tâm, Bí thư Huyện ủy, Trưởng Ban chỉ đạo huyện.",
        ["Lê Văn Tâm, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo huyện"],
    ),
    # rarer family names after a title, of the Central Highlands and elsewhere
    (
        "Dự có Phó Chủ tịch HĐND tỉnh Nghe Minh Hồng và Phó Chủ tịch UBND tỉnh Rah Lan Chung.",
        [
            "Nghe Minh Hồng, Phó Chủ tịch Hội đồng nhân dân tỉnh",
            "Rah Lan Chung, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    (
        "Dự có Chánh Văn phòng UBND tỉnh Ngụy Văn Hai và Phó Bí thư Huyện ủy Lâu Văn Sáu.",
        [
            "Ngụy Văn Hai, Chánh Văn phòng Ủy ban nhân dân tỉnh",
            "Lâu Văn Sáu, Phó Bí thư Huyện ủy",
        ],
    ),
    # two names written alike, each with a title before it and a dash after it: the last
    # title of the first one's chain, right before the second name, is the second's
    (
        "Bí thư Huyện ủy Lê Văn Một - Trưởng Ban Chỉ đạo, Chủ tịch UBND huyện Trần Văn Hai - "
        "Phó Trưởng Ban Chỉ đạo chủ trì.",
        [
            "Lê Văn Một, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo",
            "Trần Văn Hai, Chủ tịch Ủy ban nhân dân huyện, Phó Trưởng Ban Chỉ đạo",
        ],
    ),
    # a list's title over bulleted lines, after its term and "gồm các ông, bà:"
    (
        "Các Ủy viên Ban Thường vụ Tỉnh ủy khóa XX, nhiệm kỳ 2025-2030 gồm các ông, bà:\n\n"
        "- Ông Lê Văn Một (SN 1970, quê Nghệ An)\n\n- Bà Trần Thị Hai (SN 1975)\n",
        [
            "Lê Văn Một, Ủy viên Ban Thường vụ Tỉnh ủy",
            "Trần Thị Hai, Ủy viên Ban Thường vụ Tỉnh ủy",
        ],
    ),
    # ... and after an aside in parentheses between the list's title and "gồm:"
    (
        "Kỷ luật 2 tỉnh ủy viên nhiệm kỳ 2015 - 2020 (đã hết thời hiệu) gồm: ông Lê Văn Năm, "
        "Phó Chủ tịch UBND tỉnh; bà Trần Thị Sáu, Giám đốc Sở Tài chính.",
        [
            "Lê Văn Năm, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Trần Thị Sáu, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Giám đốc Sở Tài chính",
        ],
    ),
    # a person's own title the list's title names in full is that title
    (
        "Các Phó Bí thư Tỉnh ủy gồm: Lê Văn Ba, Phó Bí thư, Chủ tịch UBND tỉnh; Trần Văn Tư.",
        [
            "Lê Văn Ba, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh",
            "Trần Văn Tư, Phó Bí thư Tỉnh ủy",
        ],
    ),
    # the family name "Văn", not the districts named with it
    ("Dự có Phó Bí thư Thành ủy Văn Thị Bạch Hoa.", ["Văn Thị Bạch Hoa, Phó Bí thư Thành ủy"]),
    (
        "Bí thư Huyện ủy Văn Yên Lê Văn Tâm và ông Hà Văn Cường, Chủ tịch UBND huyện Văn Chấn dự.",
        [
            "Lê Văn Tâm, Bí thư Huyện ủy Văn Yên",
            "Hà Văn Cường, Chủ tịch Ủy ban nhân dân huyện Văn Chấn",
        ],
    ),
    # a name with no titles before it, then titles after its comma and a title right
    # before the next name: the last title is the next name's, the others the first's
    (
        "Tới dự có tiến sĩ Lê Văn Bảo, Phó Trưởng Ban Kinh tế Trung ương, Thứ trưởng Trần Văn "
        "Hùng, Bí thư Đảng ủy Bộ Y tế.",
        [
            "Lê Văn Bảo, Phó Trưởng Ban Kinh tế Trung ương",
            "Trần Văn Hùng, Thứ trưởng, Bí thư Đảng ủy Bộ Y tế",
        ],
    ),
    # ... but both go to the next name after a name that has titles of its own before it
    (
        "Bí thư Tỉnh ủy Trần Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Bình dự.",
        [
            "Trần Văn An, Bí thư Tỉnh ủy",
            "Lê Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    # ... but the posts a list is appointed to are no title its people hold yet
    (
        "Bộ Chính trị bổ nhiệm Phó Trưởng Ban Tổ chức Trung ương gồm các ông: Lê Văn Hai, Ủy "
        "viên Trung ương Đảng; Trần Văn Ba, Thứ trưởng Bộ Nội vụ.",
        [
            "Lê Văn Hai, Ủy viên Ban Chấp hành Trung ương Đảng",
            "Trần Văn Ba, Thứ trưởng Bộ Nội vụ",
        ],
    ),
    # the person's age, or a line break after the comma, between the name and the titles
    (
        "Đại biểu cao tuổi nhất là đồng chí Hữu Thanh, 74 tuổi, Bí thư Đảng đoàn, Chủ tịch Hội "
        "Nhà văn.",
        ["Hữu Thanh, Bí thư Đảng đoàn, Chủ tịch Hội Nhà văn"],
    ),
    (
        "Tổng Bí thư Nguyễn Văn Trọng,\nTrưởng Ban Chỉ đạo, chủ trì phiên họp.",
        ["Nguyễn Văn Trọng, Tổng Bí thư, Trưởng Ban Chỉ đạo"],
    ),
    # titles read on behalf of their office are still those of the name right after them
    (
        "Phát biểu, thay mặt Tổng Bí thư Tô Văn Lâm và các đồng chí lãnh đạo, Thủ tướng gửi "
        "lời chia buồn.",
        ["Tô Văn Lâm, Tổng Bí thư"],
    ),
    ("Trợ lý Bộ trưởng Ngoại giao Nguyễn Văn An dự.", []),
    # ... and so for a leader's staff written right before a name: the leader's or the
    # assistant's name? (none is read; after a comma the title is the name's)
    ("Ông được bổ nhiệm làm Trợ lý Thủ tướng Phạm Văn Chính.", []),
    ("Thư ký Tổng Bí thư Nguyễn Văn Trọng cho biết.", []),
    (
        "Ông Trịnh Văn Linh, Trợ lý Thủ tướng, Phó Chủ nhiệm Văn phòng Chính phủ dự.",
        ["Trịnh Văn Linh, Trợ lý Thủ tướng Chính phủ, Phó Chủ nhiệm Văn phòng Chính phủ"],
    ),
    # an open body's abbreviation in parentheses before the dash and the name
    (
        "Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số (CĐS) - Phạm Văn Chính "
        "chủ trì phiên họp.",
        ["Phạm Văn Chính, Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số"],
    ),
    # an open body's topic opening with "công tác"; the Youth Union's standing board as BTV
    (
        "Đồng chí Trần Văn Thanh – Chủ tịch HĐND thành phố, Phó Trưởng ban Thường trực Ban Chỉ "
        "đạo công tác phòng chống tham nhũng phát biểu.",
        [
            "Trần Văn Thanh, Chủ tịch Hội đồng nhân dân thành phố, Phó Trưởng Ban Thường trực "
            "Ban Chỉ đạo công tác phòng chống tham nhũng"
        ],
    ),
    (
        "Dự có anh Lê Văn Hùng, Ủy viên dự khuyết BTV Huyện Đoàn.",
        ["Lê Văn Hùng, Ủy viên dự khuyết Ban Thường vụ Huyện Đoàn"],
    ),
    # a given name that is also a word, inside a name; not a day part before a lower-case word
    ("Bí thư Tỉnh ủy Nguyễn Sáng Vinh phát biểu.", ["Nguyễn Sáng Vinh, Bí thư Tỉnh ủy"]),
    ("Bí thư Tỉnh ủy Nguyễn Văn An Sáng nay phát biểu.", ["Nguyễn Văn An, Bí thư Tỉnh ủy"]),
    # a mass organisation's own central body is not the Party's
    (
        "Bà Nguyễn Thị Thu, Phó Ban Tổ chức Trung ương Hội Nông dân Việt Nam phát biểu.",
        ["Nguyễn Thị Thu, Phó Trưởng Ban Tổ chức Trung ương Hội Nông dân Việt Nam"],
    ),
    # a rarer family name right after a commune's organ is a name, not the commune's place
    (
        "Tại hội nghị, Bí thư Đảng ủy xã Thịnh Văn Hòa đã quán triệt nghị quyết.",
        ["Thịnh Văn Hòa, Bí thư Đảng ủy xã"],
    ),
    ("Phó Chủ tịch UBND xã Cấn Thị Mai dự.", ["Cấn Thị Mai, Phó Chủ tịch Ủy ban nhân dân xã"]),
    # a ward or commune named by its number
    (
        "Bà Lê Thị Dung – Chủ tịch Ủy ban MTTQ Việt Nam Phường 1 phát biểu.",
        ["Lê Thị Dung, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường 1"],
    ),
    # ... also after a committee that bears no level word ("Quận ủy")
    (
        "Bà Trần Thị Lan, Bí thư Quận ủy Quận 3, phát biểu.",
        ["Trần Thị Lan, Bí thư Quận ủy Quận 3"],
    ),
    ("Ông Lê Văn Tâm, Phó Bí thư Quận ủy quận 5 dự.", ["Lê Văn Tâm, Phó Bí thư Quận ủy quận 5"]),
    (
        "Ông Lê Văn Bình, Chủ tịch UBND xã 3 năm liền được khen.",
        ["Lê Văn Bình, Chủ tịch Ủy ban nhân dân xã"],
    ),
    # the higher place in parentheses between the titles and the name
    (
        "Hôm qua, nguyên Chủ tịch UBND xã Hải Khê (huyện Hải Lăng) Trương Văn Tám bị kỷ luật.",
        ["Trương Văn Tám, nguyên Chủ tịch Ủy ban nhân dân xã Hải Khê"],
    ),
    # "của tỉnh" after the delegation of deputies is its province's level
    (
        "Đồng chí Hoàng Văn Bình, Trưởng đoàn Đoàn đại biểu Quốc hội của tỉnh phát biểu.",
        ["Hoàng Văn Bình, Trưởng Đoàn đại biểu Quốc hội tỉnh"],
    ),
    # "PBT", "PCT" stand without their organ in a chain (in capitals only)
    (
        "Đồng chí Lê Văn Khánh, PBT Thường trực, Chủ tịch HĐND phường; đồng chí Lê Văn Đông, "
        "PBT, Chủ tịch UBND phường đồng chủ trì.",
        [
            "Lê Văn Khánh, Phó Bí thư Thường trực, Chủ tịch Hội đồng nhân dân phường",
            "Lê Văn Đông, Phó Bí thư, Chủ tịch Ủy ban nhân dân phường",
        ],
    ),
    # capitals joined by dots inside an open body's name
    (
        "Dự có chị Nguyễn Thị Hà, Chủ tịch Hội đồng Đội T.Ư, phát biểu.",
        ["Nguyễn Thị Hà, Chủ tịch Hội đồng Đội Trung ương"],
    ),
    (
        "Dự có ông Lê Văn Sơn, Giám đốc Trung tâm Văn hóa TP.HCM.",
        ["Lê Văn Sơn, Giám đốc Trung tâm Văn hóa Thành phố Hồ Chí Minh"],
    ),
    # "BT" (Bí thư) in capitals before its organ, in a chain joined by dashes
    (
        "Dự có đồng chí Lục Văn Hòa – TUV – BT huyện ủy – CT HĐND huyện.",
        [
            "Lục Văn Hòa, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy, Chủ tịch Hội "
            "đồng nhân dân huyện"
        ],
    ),
    # "TUV": a member of the city's committee in a text of a city (a Thành ủy, no Tỉnh ủy) ...
    (
        "Thành ủy tổ chức hội nghị. Dự có đồng chí Đinh Văn Lợi – TUV, Bí thư Quận ủy.",
        ["Đinh Văn Lợi, Ủy viên Ban Chấp hành Đảng bộ thành phố, Bí thư Quận ủy"],
    ),
    # ... and of the province's where the text names a Tỉnh ủy
    (
        "Tỉnh ủy và Thành ủy Vinh phối hợp. Dự có đồng chí Đinh Văn Lợi – TUV, Bí thư Thành ủy.",
        ["Đinh Văn Lợi, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Thành ủy"],
    ),
    # the middle names "văn" and "thị" in lower case, as some pages write them
    (
        "Dự có ông Lê văn Khải, Phó Chủ tịch UBND tỉnh; bà Tôn thị Ngọc Lan – TUV, Phó chủ tịch "
        "HĐND tỉnh.",
        [
            "Lê văn Khải, Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Tôn thị Ngọc Lan, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch Hội đồng nhân "
            "dân tỉnh",
        ],
    ),
    (
        "Phó Chủ tịch UBND tỉnh Trần văn Dũng phát biểu.",
        ["Trần văn Dũng, Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    # a term between the titles and the name they belong to
    (
        "Phát biểu chào mừng, Bí thư Huyện ủy Đức Hòa nhiệm kỳ 2015 - 2020 Lương Văn Tâm "
        "nêu rõ kết quả.",
        ["Lương Văn Tâm, Bí thư Huyện ủy Đức Hòa"],
    ),
    (
        "Bí thư Đảng ủy, Giám đốc Sở Y tế nhiệm kỳ 2020-2025 Đào Thị Hạnh chủ trì.",
        ["Đào Thị Hạnh, Bí thư Đảng ủy, Giám đốc Sở Y tế"],
    ),
]

#: Must not match: a street, a school or a place named after a person; a title that opens
#: the next clause is another person's.
NOT_OFFICIALS: list[str] = [
    "Học tập theo tấm gương của Chủ tịch Hồ Chí Minh, ông Lê Văn Tâm nói.",
    "Trên đường Võ Văn Kiệt, Thủ tướng yêu cầu đẩy nhanh tiến độ.",
    "Tại Trường THPT Nguyễn Văn Cừ, Thủ tướng trao học bổng.",
    "Đến thăm Khu di tích Nguyễn Sinh Sắc, Thủ tướng dâng hương.",
    "Tiếp Đại sứ Lê Văn Tân, Thủ tướng đánh giá cao kết quả hợp tác.",
    "Làm việc với Lê Văn Tâm, Phó Thủ tướng đề nghị tháo gỡ khó khăn.",
    "Trường THPT mang tên Thủ tướng Phạm Văn Đồng được thành lập năm 1990.",
    "Đoàn dâng hoa tại tượng đài Chủ tịch Tôn Đức Thắng.",
    # "trong" a body, but no list of its members
    "Ông Lê Văn An nói trong Ban Thường vụ Tỉnh ủy: mọi người đều đồng ý.",
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[r[0][:40] for r in SENTENCES])
def test_sentences(text: str, expected: list[str]) -> None:
    mentions = find_officials(text)
    assert [str(m.value) for m in mentions] == expected
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
        assert parse_official(str(mention.value)) == mention.value


@pytest.mark.parametrize("text", NOT_OFFICIALS)
def test_not_officials(text: str) -> None:
    assert find_officials(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that ends in a namesake noun is no namesake ("yêu cầu", "thị trường")
        (
            "Thủ tướng yêu cầu Bộ trưởng Bộ Y tế Lê Văn Tâm báo cáo.",
            ["Lê Văn Tâm, Bộ trưởng Bộ Y tế"],
        ),
        (
            "Tại Trường THPT Lê Quý Đôn, Bí thư Tỉnh ủy Lê Văn An trao học bổng.",
            ["Lê Văn An, Bí thư Tỉnh ủy"],
        ),
    ],
)
def test_people_next_to_namesakes(text: str, expected: list[str]) -> None:
    assert [str(m.value) for m in find_officials(text)] == expected


def test_a_street_does_not_hide_the_person_after_it() -> None:
    text = "Trên đường Lê Duẩn, Thủ tướng Phạm Minh Chính thị sát công trình."
    assert [str(m.value) for m in find_officials(text)] == ["Phạm Minh Chính, Thủ tướng Chính phủ"]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Chủ nhiệm Ủy ban Kiểm tra (UBKT) Trung ương", "Chủ nhiệm Ủy ban Kiểm tra Trung ương"),
        ("Ủy viên Ban Chấp hành (BCH) Đảng bộ tỉnh", "Ủy viên Ban Chấp hành Đảng bộ tỉnh"),
    ],
)
def test_an_abbreviation_inside_a_title_s_organ_is_read_over(written: str, canonical: str) -> None:
    assert str(parse_title(written)) == canonical


@pytest.mark.parametrize(
    ("written", "canonical", "level"),
    [
        ("Phó Chủ tịch Hội nông dân huyện", "Phó Chủ tịch Hội Nông dân huyện", Level.DISTRICT),
        (
            "Phó Chủ tịch Liên đoàn lao động thành phố",
            "Phó Chủ tịch Liên đoàn Lao động thành phố",
            Level.PROVINCIAL,
        ),
        (
            "Chủ tịch Hội Cựu chiến binh phường Phương Mai",
            "Chủ tịch Hội Cựu chiến binh phường Phương Mai",
            Level.COMMUNE,
        ),
        ("Chủ tịch Ủy ban bầu cử tỉnh", "Chủ tịch Ủy ban bầu cử tỉnh", Level.PROVINCIAL),
        (
            "Bí thư Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
            "Bí thư Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
            Level.PROVINCIAL,
        ),
        ("Bí thư Đảng ủy Khối CQ-DN tỉnh", "Bí thư Đảng ủy Khối CQ-DN tỉnh", Level.PROVINCIAL),
        ("Bí thư Đảng uỷ quân sự huyện", "Bí thư Đảng ủy Quân sự huyện", Level.DISTRICT),
        ("Bí thư Đảng bộ Quân sự tỉnh", "Bí thư Đảng bộ Quân sự tỉnh", Level.PROVINCIAL),
        ("Đại biểu HĐND huyện", "Đại biểu Hội đồng nhân dân huyện", Level.DISTRICT),
        (
            "Chủ tịch Ủy ban MTTQ TP Hà Nội",
            "Chủ tịch Ủy ban Mặt trận Tổ quốc thành phố Hà Nội",
            Level.PROVINCIAL,
        ),
        ("Chủ tịch UBMTTQ phường", "Chủ tịch Ủy ban Mặt trận Tổ quốc phường", Level.COMMUNE),
        (
            "Bí thư Đoàn Khối các cơ quan tỉnh",
            "Bí thư Đoàn Khối các cơ quan tỉnh",
            Level.PROVINCIAL,
        ),
        (
            "Phó Chủ tịch Trung ương Hội LHPN Việt Nam",
            "Phó Chủ tịch Trung ương Hội LHPN Việt Nam",
            Level.CENTRAL,
        ),
        # "LĐLĐ" is kept as written, as readers of real articles keep it
        (
            "Chủ tịch Tổng LĐLĐ Việt Nam",
            "Chủ tịch Tổng LĐLĐ Việt Nam",
            Level.CENTRAL,
        ),
        ("Chủ tịch LĐLĐ tỉnh", "Chủ tịch LĐLĐ tỉnh", Level.PROVINCIAL),
        # ... in its Executive Committee's name too, however the short form is spaced
        (
            "Ủy viên BCH Tổng LĐLĐVN",
            "Ủy viên Ban Chấp hành Tổng LĐLĐVN",
            Level.CENTRAL,
        ),
        # the Youth Union's Central Committee is not the Party's
        (
            "Bí thư Ban chấp hành Trung ương Đoàn",
            "Bí thư Ban Chấp hành Trung ương Đoàn",
            Level.CENTRAL,
        ),
    ],
)
def test_mass_organisations_of_each_locality_in_any_case(
    written: str, canonical: str, level: Level
) -> None:
    title = parse_title(written)
    assert (str(title), title.organ.level if title.organ else None) == (canonical, level)


def test_an_enterprise_named_by_its_head_alone_refers_back() -> None:
    text = "Đồng chí Nguyễn Văn Sơn, Phó Bí thư Đảng ủy, Tổng Giám đốc Tập đoàn phát biểu."
    [mention] = find_officials(text)
    assert [str(title) for title in mention.value.titles] == [
        "Phó Bí thư Đảng ủy",
        "Tổng Giám đốc Tập đoàn",
    ]


def test_a_term_after_a_title_is_read_over_and_the_chain_goes_on() -> None:
    text = (
        "Đồng chí Hà Thị Nga, Ủy viên Ban Chấp hành Trung ương Đảng, Đại biểu Quốc hội khóa XV, "
        "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XII phát biểu."
    )
    [mention] = find_officials(text)
    assert [str(title) for title in mention.value.titles] == [
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "Đại biểu Quốc hội",
        "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam",
    ]
    assert mention.text.endswith("Việt Nam khóa XII")


#: ``str()`` of officials read from real text, which must read back: a city's level written
#: out after a city's committee, a name with a later syllable that is a family name, an open
#: body's head alone at the end (read before a name: "Chủ nhiệm Ủy ban Nguyễn Đắc Vinh").
CANONICAL_STRINGS = [
    "Lê Văn Ánh, Bí thư Thành ủy Thành phố Móng Cái",
    "Văng Văn Châu, Phó Bí thư Thị ủy Phú Mỹ",
    "Nguyễn Đắc Vinh, Chủ nhiệm Ủy ban",
    "Phan Xuân Dũng, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ nhiệm Ủy ban",
]


@pytest.mark.parametrize("text", CANONICAL_STRINGS)
def test_the_string_of_an_official_read_from_text_reads_back(text: str) -> None:
    official = parse_official(text)
    assert str(official) == text
    assert parse_official(str(official)) == official


def test_a_citys_level_written_out_reads_as_its_initials() -> None:
    assert parse_title("Bí thư Thành ủy thành phố Móng Cái") == parse_title(
        "Bí thư Thành ủy TP Móng Cái"
    )


#: The city's initials glued to its level ("TPHCM") after an organ listed with a city's
#: level word, and the city written out: one organ, whose string reads back.
GLUED_CITY = [
    (
        "Chủ tịch Ủy ban MTTQ Việt Nam TPHCM",
        "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh",
    ),
    (
        "Phó Chủ tịch Ủy ban MTTQ TPHCM",
        "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Thành phố Hồ Chí Minh",
    ),
    ("Trưởng Đoàn ĐBQH TPHCM", "Trưởng Đoàn đại biểu Quốc hội Thành phố Hồ Chí Minh"),
    ("Phó Bí thư Đảng bộ TPHCM", "Phó Bí thư Đảng bộ Thành phố Hồ Chí Minh"),
    ("Chủ tịch Hội Nông dân TPHCM", "Chủ tịch Hội Nông dân Thành phố Hồ Chí Minh"),
    ("Giám đốc Sở Tài chính TPHCM", "Giám đốc Sở Tài chính Thành phố Hồ Chí Minh"),
]


@pytest.mark.parametrize(("glued", "written_out"), GLUED_CITY)
def test_a_city_glued_to_its_level_is_the_organ_of_the_city_written_out(
    glued: str, written_out: str
) -> None:
    title = parse_title(glued)
    assert title == parse_title(written_out)
    assert parse_title(str(title)) == title
    assert str(title).casefold() == written_out.casefold()
