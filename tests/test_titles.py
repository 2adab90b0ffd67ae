"""Titles and officials: canonical forms, English, real sentences, round trips."""

from __future__ import annotations

import json
import unicodedata

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tests.conftest import sample_text, sample_texts
from vn_party_docs import (
    Level,
    Official,
    Organ,
    ParseError,
    Title,
    find_officials,
    parse_official,
    parse_title,
    parse_titles,
)
from vn_party_docs.lexicon import lexicon
from vn_party_docs.strategies._titles import officials, open_titles, title_variants, titles

TITLE_TABLE: list[tuple[str, str, str]] = [
    # (as written, canonical, English)
    # a province's newspaper and broadcaster, merged in 2025
    (
        "Tổng Biên tập Báo và phát thanh, truyền hình Phú Thọ",
        "Tổng Biên tập Báo và Phát thanh, Truyền hình Phú Thọ",
        "Editor-in-Chief of the Newspaper and Radio-Television (Báo và Phát thanh, Truyền hình "
        "Phú Thọ)",
    ),
    # a place's syllable with an apostrophe inside it (the Central Highlands)
    (
        "Chủ tịch UBND xã Ea M’Droh",
        "Chủ tịch Ủy ban nhân dân xã Ea M’Droh",
        "Chairman of the Ea M’Droh Commune People's Committee",
    ),
    (
        "Bí thư Huyện ủy Đắk R’Lấp",
        "Bí thư Huyện ủy Đắk R’Lấp",
        "Secretary of the Đắk R’Lấp District Party Committee",
    ),
    ("Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị", "Politburo member"),
    ("UV BCT", "Ủy viên Bộ Chính trị", "Politburo member"),
    ("Uỷ viên Bộ Chính trị", "Ủy viên Bộ Chính trị", "Politburo member"),
    (
        "Bí thư Trung ương Đảng",
        "Bí thư Trung ương Đảng",
        "Secretary of the Party Central Committee",
    ),
    ("Bí thư TW Đảng", "Bí thư Trung ương Đảng", "Secretary of the Party Central Committee"),
    (
        "Ủy viên Trung ương Đảng",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "member of the Party Central Committee",
    ),
    (
        "Ủy viên BCH Trung ương Đảng",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "member of the Party Central Committee",
    ),
    ("UVTW", "Ủy viên Ban Chấp hành Trung ương Đảng", "member of the Party Central Committee"),
    (
        "UVBCH Trung ương Đảng",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "member of the Party Central Committee",
    ),
    # "UVBCH" glued before any executive committee
    (
        "UVBCH TƯ Đoàn",
        "Ủy viên Ban Chấp hành Trung ương Đoàn",
        "member of the Ho Chi Minh Communist Youth Union Central Committee",
    ),
    (
        "Chủ tịch Ủy ban TW MTTQ VN",
        "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Chairman of the Vietnam Fatherland Front Central Committee",
    ),
    ("UVT.Ư", "Ủy viên Ban Chấp hành Trung ương Đảng", "member of the Party Central Committee"),
    ("UVTƯ", "Ủy viên Ban Chấp hành Trung ương Đảng", "member of the Party Central Committee"),
    (
        "UVBCHTW Đảng",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "member of the Party Central Committee",
    ),
    ("BT Thị ủy", "Bí thư Thị ủy", "Secretary of the Town Party Committee"),
    (
        "PBTTT Huyện ủy",
        "Phó Bí thư Thường trực Huyện ủy",
        "Standing Deputy Secretary of the District Party Committee",
    ),
    # the committee named by its executive and its standing name at once, as written
    ("Ủy viên BCH Đảng ủy", "Ủy viên Ban Chấp hành Đảng ủy", "member of the Party Committee"),
    # a page's typo: "Phó Bí" with "thư" left out
    ("Phó Bí Thành ủy", "Phó Bí thư Thành ủy", "Deputy Secretary of the Municipal Party Committee"),
    (
        "Phó Bí Thường trực Tỉnh ủy",
        "Phó Bí thư Thường trực Tỉnh ủy",
        "Standing Deputy Secretary of the Provincial Party Committee",
    ),
    (
        "Ủy viên DKTW Đảng",
        "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng",
        "alternate member of the Party Central Committee",
    ),
    ("ĐUV", "Ủy viên Ban Chấp hành Đảng bộ", "member of the Party Committee"),
    ("Chủ nhiệm UB Kinh tế", "Chủ nhiệm Ủy ban Kinh tế", "Chairman of the Economic Committee"),
    (
        "Bộ trưởng Bộ VH - TT&DL",
        "Bộ trưởng Bộ VH - TT&DL",
        "Minister of Culture, Sports and Tourism",
    ),
    (
        "Trưởng Đoàn đại biểu Quốc hội TP",
        "Trưởng Đoàn đại biểu Quốc hội thành phố",
        "Head of the Municipal Delegation of National Assembly Deputies",
    ),
    (
        "Chủ tịch HĐND lâm thời phường",
        "Chủ tịch Hội đồng nhân dân lâm thời phường",
        "Chairman of the Provisional Ward People's Council",
    ),
    (
        "Ủy viên BCHTƯ Đảng",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "member of the Party Central Committee",
    ),
    (
        "Phó Thống đốc NHNN",
        "Phó Thống đốc Ngân hàng Nhà nước Việt Nam",
        "Deputy Governor of the State Bank of Viet Nam",
    ),
    (
        "Chánh Văn phòng HĐND và UBND huyện",
        "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
        "Chief of the Office of the District People's Council and People's Committee",
    ),
    # a Party organisation named by its province alone, as written
    (
        "Bí thư Đảng bộ Hà Nội",
        "Bí thư Đảng bộ Hà Nội",
        "Secretary of the Hà Nội Party Organisation",
    ),
    (
        "Chủ nhiệm VPQH",
        "Chủ nhiệm Văn phòng Quốc hội",
        "Chairman of the Office of the National Assembly",
    ),
    (
        "Ủy viên Ban Thường vụ Trung ương Đoàn",
        "Ủy viên Ban Thường vụ Trung ương Đoàn",
        "member of the Standing Board of the Ho Chi Minh Communist Youth Union Central Committee",
    ),
    (
        "Ủy viên Ban Thường vụ Trung ương Hội LHPN Việt Nam",
        "Ủy viên Ban Thường vụ Trung ương Hội LHPN Việt Nam",
        "member of the Standing Board of the Central Committee of the Vietnam Women's Union",
    ),
    # a committee of the National Assembly by its name before 2016
    (
        "Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội",
        "Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội",
        "Chairman of the Committee for Culture, Education, Youth, Adolescents and Children of "
        "the National Assembly",
    ),
    # a body of the Standing Committee, with it after "của" or "thuộc"
    (
        "Phó Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội",
        "Phó Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội",
        "Deputy Head of the Commission for Deputy Affairs of the National Assembly Standing "
        "Committee",
    ),
    # ... and with the National Assembly after "của", as its committees are written
    (
        "Trưởng Ban Công tác đại biểu của Quốc hội",
        "Trưởng Ban Công tác đại biểu của Quốc hội",
        "Head of the Commission for Deputy Affairs of the National Assembly",
    ),
    # the office of a city's delegation and council, as a province's
    (
        "Phó Chánh Văn phòng Đoàn đại biểu Quốc hội và HĐND thành phố",
        "Phó Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố",
        "Deputy Chief of the Office of the Municipal Delegation of National Assembly Deputies "
        "and People's Council",
    ),
    # ... and with "&" between the two initialisms
    (
        "Chánh Văn phòng Đoàn ĐBQH&HĐND tỉnh",
        "Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
        "Chief of the Office of the Provincial Delegation of National Assembly Deputies and "
        "People's Council",
    ),
    # the Union's short name with the country's initials glued on, kept as written (the
    # English names the Union)
    (
        "Phó Chủ tịch Trung ương Hội LHPNVN",
        "Phó Chủ tịch Trung ương Hội LHPNVN",
        "Vice Chairman of the Central Committee of the Vietnam Women's Union",
    ),
    (
        "Chủ tịch Hội LHPNVN tỉnh",
        "Chủ tịch Hội LHPNVN tỉnh",
        "Chairman of the Provincial Women's Union",
    ),
    (
        "Chủ tịch Hội CCBVN",
        "Chủ tịch Hội CCBVN",
        "Chairman of the Vietnam Veterans' Association",
    ),
    # "HND" for "Hội Nông dân", kept as written (as "LĐLĐ" is)
    (
        "Phó Chủ tịch BCH Trung ương HND Việt Nam",
        "Phó Chủ tịch Ban Chấp hành Trung ương HND Việt Nam",
        "Vice Chairman of the Central Executive Committee of the Vietnam Farmers' Union",
    ),
    (
        "Chủ tịch HND huyện",
        "Chủ tịch HND huyện",
        "Chairman of the District Farmers' Union",
    ),
    # the Red Cross of a locality and of the country, as the other mass organisations
    (
        "Phó Chủ tịch Hội Chữ thập đỏ huyện",
        "Phó Chủ tịch Hội Chữ thập đỏ huyện",
        "Vice Chairman of the District Red Cross Society",
    ),
    (
        "Chủ tịch Hội Chữ thập đỏ Việt Nam",
        "Chủ tịch Hội Chữ thập đỏ Việt Nam",
        "Chairman of the Vietnam Red Cross Society",
    ),
    # a ministry's fields joined by a dash
    (
        "Bộ trưởng Bộ Kế hoạch - Đầu tư",
        "Bộ trưởng Bộ Kế hoạch và Đầu tư",
        "Minister of Planning and Investment",
    ),
    (
        "Bộ trưởng Bộ Giao thông - Vận tải",
        "Bộ trưởng Bộ Giao thông vận tải",
        "Minister of Transport",
    ),
    # the Presidium of the Youth Federation's central committee
    (
        "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Hội LHTN Việt Nam",
        "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Hội LHTN Việt Nam",
        "member of the Presidium of the Central Committee of the Vietnam Youth Federation",
    ),
    # a board of the Youth Union's Central Committee, not the Party's
    (
        "Phó Trưởng ban Tổ chức Trung ương Đoàn",
        "Phó Trưởng Ban Tổ chức Trung ương Đoàn",
        "Deputy Head of the Board (Ban Tổ chức Trung ương Đoàn)",
    ),
    (
        "Ủy viên dự khuyết Trung ương Đảng",
        "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng",
        "alternate member of the Party Central Committee",
    ),
    (
        "Trưởng Ban Tổ chức Trung ương",
        "Trưởng Ban Tổ chức Trung ương",
        "Head of the Party Central Committee's Organisation Commission",
    ),
    (
        "Trưởng ban Tổ chức TW",
        "Trưởng Ban Tổ chức Trung ương",
        "Head of the Party Central Committee's Organisation Commission",
    ),
    (
        "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương",
        "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương",
        "Standing Deputy Head of the Party Central Committee's Organisation Commission",
    ),
    (
        "Phó Trưởng Ban Thường trục Ban Tổ chức Trung ương",
        "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương",
        "Standing Deputy Head of the Party Central Committee's Organisation Commission",
    ),
    (
        "Phó trưởng ban Tổ chức Trung ương",
        "Phó Trưởng Ban Tổ chức Trung ương",
        "Deputy Head of the Party Central Committee's Organisation Commission",
    ),
    (
        "Thường trực Ban Bí thư",
        "Thường trực Ban Bí thư",
        "Permanent member of the Party Central Committee's Secretariat",
    ),
    (
        "Thành viên Thường trực Ban Bí thư",
        "Thành viên Thường trực Ban Bí thư",
        "Standing member of the Party Central Committee's Secretariat",
    ),
    ("Tổng Bí thư", "Tổng Bí thư", "Party General Secretary"),
    (
        "Chủ nhiệm UBKT TW",
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
        "Chairman of the Party Central Committee's Inspection Commission",
    ),
    (
        "Chánh Văn phòng Trung ương Đảng",
        "Chánh Văn phòng Trung ương Đảng",
        "Chief of the Party Central Committee's Office",
    ),
    (
        "Trưởng Ban Tuyên giáo và Dân vận Trung ương",
        "Trưởng Ban Tuyên giáo và Dân vận Trung ương",
        "Head of the Party Central Committee's Commission for Information, Education and Mass "
        "Mobilisation",
    ),
    (
        "Trưởng Ban Chính sách, chiến lược Trung ương",
        "Trưởng Ban Chính sách, chiến lược Trung ương",
        "Head of the Party Central Committee's Commission for Policies and Strategies",
    ),
    (
        "Phó Trưởng Ban Chính sách chiến lược Trung ương",
        "Phó Trưởng Ban Chính sách, chiến lược Trung ương",
        "Deputy Head of the Party Central Committee's Commission for Policies and Strategies",
    ),
    (
        "Bí thư Đảng ủy Chính phủ",
        "Bí thư Đảng ủy Chính phủ",
        "Secretary of the Government's Party Committee",
    ),
    (
        "Phó Bí thư Thường trực Đảng ủy Quốc hội",
        "Phó Bí thư Thường trực Đảng ủy Quốc hội",
        "Standing Deputy Secretary of the National Assembly's Party Committee",
    ),
    ("Chủ tịch nước", "Chủ tịch nước", "State President"),
    ("Thủ tướng", "Thủ tướng Chính phủ", "Prime Minister"),
    ("Phó Thủ tướng", "Phó Thủ tướng Chính phủ", "Deputy Prime Minister"),
    ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "Prime Minister"),
    ("Chủ tịch Quốc hội", "Chủ tịch Quốc hội", "National Assembly Chairman"),
    ("Bộ trưởng Bộ Nội vụ", "Bộ trưởng Bộ Nội vụ", "Minister of Home Affairs"),
    ("Bộ trưởng Quốc phòng", "Bộ trưởng Bộ Quốc phòng", "Minister of National Defence"),
    (
        "Thứ trưởng Bộ Nông nghiệp và Môi trường",
        "Thứ trưởng Bộ Nông nghiệp và Môi trường",
        "Deputy Minister of Agriculture and Environment",
    ),
    (
        "Chủ tịch UBTƯ MTTQ Việt Nam",
        "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Chairman of the Vietnam Fatherland Front Central Committee",
    ),
    (
        "Bí thư Tỉnh ủy Cà Mau",
        "Bí thư Tỉnh ủy Cà Mau",
        "Secretary of the Cà Mau Provincial Party Committee",
    ),
    (
        "Bí thư Thành ủy TP.HCM",
        "Bí thư Thành ủy Thành phố Hồ Chí Minh",
        "Secretary of the Thành phố Hồ Chí Minh Municipal Party Committee",
    ),
    (
        "Phó Bí thư Thường trực Tỉnh ủy",
        "Phó Bí thư Thường trực Tỉnh ủy",
        "Standing Deputy Secretary of the Provincial Party Committee",
    ),
    (
        "phó bí thư thường trực huyện ủy",
        "Phó Bí thư Thường trực Huyện ủy",
        "Standing Deputy Secretary of the District Party Committee",
    ),
    (
        "Ủy viên BTV Tỉnh ủy",
        "Ủy viên Ban Thường vụ Tỉnh ủy",
        "member of the Standing Board of the Provincial Party Committee",
    ),
    (
        "Ủy viên TVTU",
        "Ủy viên Ban Thường vụ Tỉnh ủy",
        "member of the Standing Board of the Provincial Party Committee",
    ),
    (
        "Tỉnh ủy viên",
        "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
        "member of the Provincial Party Committee",
    ),
    (
        "Ủy viên Thành ủy",
        "Ủy viên Ban Chấp hành Đảng bộ thành phố",
        "member of the Municipal Party Committee",
    ),
    (
        "Uỷ viên Huyện uỷ",
        "Ủy viên Ban Chấp hành Đảng bộ huyện",
        "member of the District Party Committee",
    ),
    (
        "Chủ tịch UBND TX.Phú Mỹ",
        "Chủ tịch Ủy ban nhân dân thị xã Phú Mỹ",
        "Chairman of the Phú Mỹ Town People's Committee",
    ),
    (
        "Ủy viên BCH Tỉnh ủy",
        "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
        "member of the Provincial Party Committee",
    ),
    (
        "Ủy viên Ban Chấp hành Thị ủy",
        "Ủy viên Ban Chấp hành Đảng bộ thị xã",
        "member of the Town Party Committee",
    ),
    (
        "Chủ tịch HĐND tỉnh",
        "Chủ tịch Hội đồng nhân dân tỉnh",
        "Chairman of the Provincial People's Council",
    ),
    (
        "CT HĐND tỉnh",
        "Chủ tịch Hội đồng nhân dân tỉnh",
        "Chairman of the Provincial People's Council",
    ),
    (
        "PCT UBND tỉnh Thanh Hoá",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa",
        "Vice Chairman of the Thanh Hóa Provincial People's Committee",
    ),
    (
        "Phó CT UBND tỉnh",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Vice Chairman of the Provincial People's Committee",
    ),
    (
        "Trưởng Ban Tổ chức Tỉnh ủy",
        "Trưởng Ban Tổ chức Tỉnh ủy",
        "Head of the Organisation Commission of the Provincial Party Committee",
    ),
    (
        "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
        "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
        "Secretary of the Party Committee of the Provincial Agencies and Enterprises' Bloc",
    ),
    ("Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ", "Director of the Department of Home Affairs"),
    (
        "Trưởng ban công tác đại biểu Quốc hội",
        "Trưởng Ban Công tác đại biểu Quốc hội",
        "Head of the National Assembly's Commission for Deputy Affairs",
    ),
    (
        "Bí thư Đảng ủy xã Phong Hải",
        "Bí thư Đảng ủy xã Phong Hải",
        "Secretary of the Phong Hải Commune Party Committee",
    ),
    ("nguyên Chủ tịch nước", "nguyên Chủ tịch nước", "former State President"),
    # "cựu" (ex-) is "nguyên"
    ("cựu Bộ trưởng Bộ Y tế", "nguyên Bộ trưởng Bộ Y tế", "former Minister of Health"),
    (
        "Quyền Chủ tịch UBND tỉnh",
        "Quyền Chủ tịch Ủy ban nhân dân tỉnh",
        "Acting Chairman of the Provincial People's Committee",
    ),
    ("Đại biểu Quốc hội", "Đại biểu Quốc hội", "National Assembly deputy"),
    ("ĐBQH", "Đại biểu Quốc hội", "National Assembly deputy"),
    (
        "Ủy viên Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Ủy viên Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "member of the Ho Chi Minh Communist Youth Union Central Committee",
    ),
    # "Ủy viên Trung ương" before a mass organisation is a member of its central committee
    (
        "Ủy viên Trung ương Hội Nông dân Việt Nam",
        "Ủy viên Trung ương Hội Nông dân Việt Nam",
        "member of the Central Committee of the Vietnam Farmers' Union",
    ),
    # the army's abbreviation, which no list expands, is kept as written (with the English
    # of the organ it stands for)
    (
        "Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam",
        "Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam",
        "Chairman of the General Department of Politics of the Vietnam People's Army",
    ),
    # ... and so are the military command's and the border guard's
    (
        "Chỉ huy trưởng Bộ CHQS tỉnh",
        "Chỉ huy trưởng Bộ CHQS tỉnh",
        "Commander of the Provincial Military Command",
    ),
    (
        "Chính ủy BĐBP tỉnh",
        "Chính ủy BĐBP tỉnh",
        "Political Commissar of the Provincial Border Guard",
    ),
    (
        "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh",
        "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh",
        "Commander of the Provincial Border Guard Command",
    ),
    (
        "Phó Chính ủy Bộ đội Biên phòng Việt Nam",
        "Phó Chính ủy Bộ đội Biên phòng Việt Nam",
        "Deputy Political Commissar of the Vietnam Border Guard",
    ),
    # the Youth Union of a district, and the standing board of a province's
    ("Bí thư Huyện đoàn", "Bí thư Huyện Đoàn", "Secretary of the District Youth Union"),
    (
        "Ủy viên Ban Thường vụ Tỉnh đoàn",
        "Ủy viên Ban Thường vụ Tỉnh Đoàn",
        "member of the Standing Board of the Provincial Youth Union",
    ),
    (
        "Chủ tịch TƯ Hội Sinh viên Việt Nam",
        "Chủ tịch Trung ương Hội Sinh viên Việt Nam",
        "Chairman of the Central Committee of the Vietnam Students' Association",
    ),
    # the Youth Union's standing secretary, and "Phó Ban" as news shortens a deputy head
    (
        "Bí thư thường trực T.Ư Đoàn",
        "Bí thư Thường trực Trung ương Đoàn",
        "Standing Secretary of the Ho Chi Minh Communist Youth Union Central Committee",
    ),
    (
        "Phó Ban Thường trực Ban Dân vận Tỉnh ủy",
        "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy",
        "Standing Deputy Head of the Commission for Mass Mobilisation of the Provincial Party "
        "Committee",
    ),
    (
        "Phó Ban Tuyên giáo Huyện ủy",
        "Phó Trưởng Ban Tuyên giáo Huyện ủy",
        "Deputy Head of the Commission for Information and Education of the District Party "
        "Committee",
    ),
    (
        "Bí thư thứ nhất TƯ Đoàn TNCS Hồ Chí Minh",
        "Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh",
        "First Secretary of the Ho Chi Minh Communist Youth Union Central Committee",
    ),
    (
        "Chủ tịch T.Ư Hội LHTN Việt Nam",
        "Chủ tịch Trung ương Hội LHTN Việt Nam",
        "Chairman of the Central Committee of the Vietnam Youth Federation",
    ),
    (
        "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam",
        "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam",
        "member of the Central Executive Committee of the Vietnam Women's Union",
    ),
    # a body of the National Assembly followed by "Quốc hội" without "của"
    (
        "Phó Chủ nhiệm Ủy ban Kinh tế và Tài chính Quốc hội",
        "Phó Chủ nhiệm Ủy ban Kinh tế và Tài chính Quốc hội",
        "Deputy Chairman of the Committee for Economic and Financial Affairs of the National "
        "Assembly",
    ),
    # a bloc's Party committee named without its level
    (
        "Bí thư Đảng ủy Khối Doanh nghiệp",
        "Bí thư Đảng ủy Khối Doanh nghiệp",
        "Secretary of the Party Committee of the Enterprises' Bloc",
    ),
    # "BCH" stands for "Ban Chấp hành" in any organ's name
    (
        "ủy viên BCH Trung ương Hội LHPN Việt Nam",
        "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam",
        "member of the Central Executive Committee of the Vietnam Women's Union",
    ),
    (
        "Ủy viên BCH TW Hội Nông dân Việt Nam",
        "Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam",
        "member of the Central Executive Committee of the Vietnam Farmers' Union",
    ),
    (
        unicodedata.normalize("NFD", "Ủy viên Bộ Chính trị"),
        "Ủy viên Bộ Chính trị",
        "Politburo member",
    ),
]


@pytest.mark.parametrize(
    ("written", "canonical", "english"), TITLE_TABLE, ids=[row[0] for row in TITLE_TABLE]
)
def test_title_table(written: str, canonical: str, english: str) -> None:
    title = parse_title(written)
    assert str(title) == canonical
    assert title.english() == english
    assert parse_title(canonical) == title


def test_title_fields() -> None:
    title = parse_title("Bí thư Tỉnh ủy Cà Mau")
    assert title == Title("Bí thư", Organ("Tỉnh ủy", Level.PROVINCIAL, "Cà Mau"))
    assert parse_title("nguyên Bí thư Tỉnh ủy").former
    assert parse_title("Quyền Chủ tịch UBND tỉnh").acting
    assert parse_title("Trưởng Ban Tổ chức Trung ương").role == "Trưởng Ban"
    assert parse_title("Ủy viên Bộ Chính trị").organ == Organ("Bộ Chính trị", Level.CENTRAL)


def test_parse_titles_splits() -> None:
    titles_ = parse_titles(
        "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương"
    )
    assert [str(t) for t in titles_] == [
        "Ủy viên Bộ Chính trị",
        "Bí thư Trung ương Đảng",
        "Trưởng Ban Tổ chức Trung ương",
    ]
    assert len(parse_titles("Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh")) == 2
    assert len(parse_titles("Phó Bí thư Tỉnh ủy, đồng thời là Chủ tịch UBND tỉnh")) == 2
    assert len(parse_titles("Phó Bí thư Tỉnh ủy Chủ tịch UBND tỉnh")) == 2  # missing comma
    assert len(parse_titles("Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam")) == 2


NOT_TITLES = [
    "Đại tướng",
    "Tiến sĩ",
    "PGS.TS",
    "Ban Tổ chức Hội thi",
    "Tiểu ban Tổ chức phục vụ Đại hội",
    "Trưởng Ban Tổ chức Hội thi",
    "Chủ tịch cho biết",
    "Ủy viên",
    "phó ct UBND tỉnh",  # an abbreviation in lower case
    "bt Huyện ủy",
    "",
]


@pytest.mark.parametrize("text", NOT_TITLES)
def test_not_titles(text: str) -> None:
    with pytest.raises(ParseError):
        parse_title(text)


OFFICIALS_TABLE: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Hội nghị có đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, "
        "Trưởng Ban Tổ chức Trung ương dự.",
        [
            (
                "Lê Minh Hưng",
                ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"],
            )
        ],
    ),
    (
        "Đồng chí Bí thư Tỉnh ủy Nguyễn Tiến Hải phát biểu.",
        [("Nguyễn Tiến Hải", ["Bí thư Tỉnh ủy"])],
    ),
    (
        "Đ/c Nguyễn Quang Dương - Phó Trưởng Ban Tổ chức Trung ương kết luận.",
        [("Nguyễn Quang Dương", ["Phó Trưởng Ban Tổ chức Trung ương"])],
    ),
    (
        "Các đồng chí: Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức TW; "
        "Nguyễn Thanh Bình, Phó Trưởng ban Thường trực Ban Tổ chức TW đồng chủ trì.",
        [
            ("Phạm Minh Chính", ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"]),
            ("Nguyễn Thanh Bình", ["Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương"]),
        ],
    ),
    (
        "Ủy viên Ban Thường vụ Tỉnh ủy: Huỳnh Thị Thanh Loan, Trưởng Ban Tổ chức Tỉnh ủy; "
        "Lâm Văn Bi, Trưởng Ban Tuyên giáo Tỉnh ủy trao đổi.",
        [
            (
                "Huỳnh Thị Thanh Loan",
                ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"],
            ),
            ("Lâm Văn Bi", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"]),
        ],
    ),
    # who the person is, between the name and the titles
    (
        "Đồng chí Hoàng Văn Sáu, sinh năm 1969, dân tộc Tày, Phó Bí thư Tỉnh ủy được bầu.",
        [("Hoàng Văn Sáu", ["Phó Bí thư Tỉnh ủy"])],
    ),
    (
        "Ông Lý Minh Tâm (SN 1975, quê Trà Vinh), Giám đốc Sở Nội vụ nhận quyết định.",
        [("Lý Minh Tâm", ["Giám đốc Sở Nội vụ"])],
    ),
    # a list that goes on after its semicolons with commas, names alone; rarer family names
    (
        "các Phó Chủ tịch Hội Nông dân Việt Nam: Bùi Thị Thơm; Đinh Khắc Đính, Ngọ Văn Tuấn, "
        "Nhan Thị Hòa; cùng các đại biểu.",
        [
            (name, ["Phó Chủ tịch Hội Nông dân Việt Nam"])
            for name in ("Bùi Thị Thơm", "Đinh Khắc Đính", "Ngọ Văn Tuấn", "Nhan Thị Hòa")
        ],
    ),
    (
        "đồng chí NGUYỄN VĂN NÊN, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM",
        [("Nguyễn Văn Nên", ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Thành phố Hồ Chí Minh"])],
    ),
    # a caption in capitals: "phát biểu" ends the name
    (
        "PHÓ CHỦ TỊCH QUỐC HỘI TRẦN VĂN SÁU PHÁT BIỂU TẠI HỘI NGHỊ",
        [("Trần Văn Sáu", ["Phó Chủ tịch Quốc hội"])],
    ),
    (
        "Thượng tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an",
        [("Lương Tam Quang", ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"])],
    ),
    (
        "Ủy viên Bộ Chính trị, Thủ tướng Phạm Minh Chính chủ trì",
        [("Phạm Minh Chính", ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"])],
    ),
    (
        "PGS.TS Trần Văn An–Giám đốc Sở Y tế",
        [("Trần Văn An", ["Giám đốc Sở Y tế"])],
    ),
    # must not match
    ("Đ/c Nguyễn Quang Dương phát biểu kết luận tại Hội nghị.", []),
    ("Trưởng ban Tổ chức Trung ương yêu cầu các cấp bám sát chỉ đạo.", []),
    ("Giám đốc Sở Nội vụ; các đồng chí lãnh đạo các phòng chuyên môn.", []),
    ("Ông Trần Văn B, Trưởng Ban Tổ chức Hội thi, công bố kết quả.", []),
    ("Tại điểm cầu Hà Nội, Bình Dương có nhiều đại biểu.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), OFFICIALS_TABLE, ids=[row[0][:40] for row in OFFICIALS_TABLE]
)
def test_officials_table(text: str, expected: list[tuple[str, list[str]]]) -> None:
    found = [(m.value.name, [str(t) for t in m.value.titles]) for m in find_officials(text)]
    assert found == expected


def test_parse_official_arrangements() -> None:
    expected = Official("Lê Thị Kim Dung", (parse_title("Phó Bí thư Thường trực Tỉnh ủy"),))
    assert parse_official("Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy") == expected
    assert parse_official("Đồng chí Phó Bí thư Thường trực Tỉnh ủy Lê Thị Kim Dung") == expected
    assert parse_official("Lê Thị Kim Dung - Phó Bí thư Thường trực Tỉnh ủy") == expected
    assert parse_official("Ủy viên Bộ Chính trị").name is None
    with pytest.raises(ParseError):
        parse_official("Lê Thị Kim Dung")
    with pytest.raises(ParseError):
        parse_official("Lê Thị Kim Dung, Bí thư Tỉnh ủy và Nguyễn Văn A, Bí thư Huyện ủy")


@pytest.mark.parametrize("value", [None, b"UV BCT", 3])
def test_type_errors(value: object) -> None:
    for function in (parse_title, parse_titles, parse_official, find_officials):
        with pytest.raises(TypeError):
            function(value)  # type: ignore[arg-type]


@given(titles())
def test_title_round_trip(title: Title) -> None:
    assert parse_title(str(title)) == title
    assert Title.from_dict(json.loads(json.dumps(title.to_dict()))) == title
    assert title.english()


@given(officials())
def test_official_round_trip(official: Official) -> None:
    assert parse_official(str(official)) == official
    assert Official.from_dict(json.loads(json.dumps(official.to_dict()))) == official


@given(titles().flatmap(lambda t: st.tuples(st.just(t), title_variants(str(t)))))
def test_variants_read_the_same(pair: tuple[Title, str]) -> None:
    title, variant = pair
    # the name of an open body is kept as written: its capitals cannot be undone
    assume(not (variant.isupper() and title.organ is not None and title.organ.level is None))
    assert parse_title(variant) == title


@given(
    officials().filter(lambda o: o.name is not None),
    st.sampled_from([("", ""), ("Dự có đồng chí ", " dự."), ("Đ/c ", " phát biểu")]),
)
def test_find_in_context(official: Official, context: tuple[str, str]) -> None:
    prefix, suffix = context
    [mention] = find_officials(prefix + str(official) + suffix)
    assert mention.value == official
    assert mention.span.start == len(prefix)
    assert mention.span.end == len(prefix) + len(str(official))


HOSTILE = "Ủy viên Bộ Chính trị Bí thư Tỉnh ủy Nguyễn Văn A Lê Thị, -–:;đồng chí\n\u00a0Đ/c"


@given(st.text(alphabet=HOSTILE, max_size=300))
def test_never_raises(text: str) -> None:
    for mention in find_officials(text):
        assert text[mention.span.start : mention.span.end] == mention.text


SAMPLE_EXPECTED: dict[str, list[tuple[str, list[str]]]] = {
    "000": [
        (
            "Trương Thị Mai",
            ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"],
        ),
        (
            "Mai Văn Chính",
            [
                "Ủy viên Ban Chấp hành Trung ương Đảng",
                "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương",
            ],
        ),
        ("Phạm Thành Ngại", ["Phó Bí thư Thường trực Tỉnh ủy"]),
        ("Huỳnh Thị Thanh Loan", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"]),
    ],
    "001": [
        (
            "Mai Văn Chính",
            [
                "Ủy viên Ban Chấp hành Trung ương Đảng",
                "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương",
            ],
        ),
        ("Lê Thị Kim Dung", ["Phó Bí thư Thường trực Tỉnh ủy"]),
        ("Lê Thị Kim Dung", ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]),
        (
            "Ma Thế Hồng",
            [
                "Ủy viên Ban Thường vụ Tỉnh ủy",
                "Trưởng Ban Tổ chức Tỉnh ủy",
                "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
            ],
        ),
        ("Mai Văn Chính", ["Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương"]),
    ],
    "002": [],
    "003": [],
    "004": [
        (
            "Phạm Minh Chính",
            ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"],
        ),
        ("Nguyễn Thanh Bình", ["Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương"]),
        ("Lê Vĩnh Tân", ["Bộ trưởng Bộ Nội vụ", "Phó Trưởng Ban Tổ chức Trung ương"]),
        (
            "Trần Văn Túy",
            ["Trưởng Ban Công tác đại biểu Quốc hội", "Phó Trưởng Ban Tổ chức Trung ương"],
        ),
        ("Hồ Phúc Hợp", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"]),
        ("Hồ Phúc Hợp", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"]),
        (
            "Phạm Minh Chính",
            ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"],
        ),
    ],
}


@pytest.mark.parametrize("prefix", sorted(SAMPLE_EXPECTED))
def test_samples(prefix: str) -> None:
    found = [
        (m.value.name, [str(t) for t in m.value.titles])
        for m in find_officials(sample_text(prefix))
    ]
    assert found == SAMPLE_EXPECTED[prefix]


def test_samples_parse_agrees() -> None:
    for text in sample_texts().values():
        for mention in find_officials(text):
            assert text[mention.span.start : mention.span.end] == mention.text
            assert parse_official(mention.text) == mention.value


MORE_OFFICIALS: list[tuple[str, str]] = [
    (
        "Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang phát biểu.",
        "Phan Văn Giang, Bộ trưởng Bộ Quốc phòng",
    ),
    ("Tổng Bí thư Tô Lâm chủ trì.", "Tô Lâm, Tổng Bí thư"),
    (
        "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú",
        "Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư",
    ),
    (
        "Phó Thủ tướng Thường trực Nguyễn Hòa Bình",
        "Nguyễn Hòa Bình, Phó Thủ tướng Thường trực Chính phủ",
    ),
    ("Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài", "Bùi Thị Minh Hoài, Bí thư Thành ủy Hà Nội"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_OFFICIALS, ids=[r[1] for r in MORE_OFFICIALS])
def test_more_arrangements(text: str, expected: str) -> None:
    assert [str(m.value) for m in find_officials(text)] == [expected]


def test_standing_board_without_its_committee_and_a_district_place() -> None:
    # the standing board keeps no committee the text does not attach to it
    text = "Đồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Yên Sơn."
    [mention] = find_officials(text)
    assert str(mention.value) == (
        "Nguyễn Văn A, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Yên Sơn"
    )
    [alone] = find_officials("Ông Trần Văn B, Ủy viên Ban Thường vụ, Chủ tịch UBND tỉnh dự.")
    assert [str(t) for t in alone.value.titles] == [
        "Ủy viên Ban Thường vụ",
        "Chủ tịch Ủy ban nhân dân tỉnh",
    ]


COMPOSED_TITLES: list[tuple[str, str, str]] = [
    # (as written, canonical, English): committees with their bodies, Party groups, new roles
    (
        "Phó Bí thư Thường trực Tỉnh ủy Cà Mau",
        "Phó Bí thư Thường trực Tỉnh ủy Cà Mau",
        "Standing Deputy Secretary of the Cà Mau Provincial Party Committee",
    ),
    (
        "UVTV Tỉnh ủy",
        "Ủy viên Ban Thường vụ Tỉnh ủy",
        "member of the Standing Board of the Provincial Party Committee",
    ),
    ("TUV", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "member of the Provincial Party Committee"),
    (
        "UVTW Đảng",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "member of the Party Central Committee",
    ),
    (
        "Chủ nhiệm UBKT Huyện ủy",
        "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy",
        "Chairman of the Inspection Commission of the District Party Committee",
    ),
    (
        "Phó Bí thư chuyên trách Đảng ủy UBND tỉnh",
        "Phó Bí thư chuyên trách Đảng ủy Ủy ban nhân dân tỉnh",
        "Full-time Deputy Secretary of the Party Committee of the Provincial People's Committee",
    ),
    (
        "Bí thư Đảng đoàn Quốc hội",
        "Bí thư Đảng đoàn Quốc hội",
        "Secretary of the National Assembly's Party Delegation",
    ),
    (
        "Bí thư Đảng ủy Bộ Nội vụ",
        "Bí thư Đảng ủy Bộ Nội vụ",
        "Secretary of the Party Committee of the Ministry of Home Affairs",
    ),
    ("Giám đốc Công an tỉnh", "Giám đốc Công an tỉnh", "Director of the Provincial Police"),
    ("Trợ lý Thủ tướng", "Trợ lý Thủ tướng Chính phủ", "Assistant to the Prime Minister"),
    (
        "Ủy viên Ban Thường vụ Đảng ủy xã Phong Hải",
        "Ủy viên Ban Thường vụ Đảng ủy xã Phong Hải",
        "member of the Standing Board of the Phong Hải Commune Party Committee",
    ),
    (
        "Trưởng Ban Tổ chức Thành ủy Hà Nội",
        "Trưởng Ban Tổ chức Thành ủy Hà Nội",
        "Head of the Organisation Commission of the Hà Nội Municipal Party Committee",
    ),
    (
        "Phó Chủ tịch Thường trực UBND TP.HCM",
        "Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Hồ Chí Minh",
        "Standing Vice Chairman of the Hồ Chí Minh Municipal People's Committee",
    ),
    (
        "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
        "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Chairman of the Provincial Vietnam Fatherland Front Committee",
    ),
    (
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        "Commander of the Provincial Military Command",
    ),
    ("Bộ trưởng", "Bộ trưởng", "Minister"),
    ("Chủ tịch", "Chủ tịch", "Chairman"),
]


@pytest.mark.parametrize(
    ("written", "canonical", "english"), COMPOSED_TITLES, ids=[row[0] for row in COMPOSED_TITLES]
)
def test_composed_titles(written: str, canonical: str, english: str) -> None:
    title = parse_title(written)
    assert (str(title), title.english()) == (canonical, english)
    assert parse_title(canonical) == title


MORE_SENTENCES: list[tuple[str, list[str]]] = [
    # a chain between two names goes to the second when the first has titles before it
    (
        "Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Quốc hội Vương Đình Huệ dự lễ.",
        ["Phạm Minh Chính, Thủ tướng Chính phủ", "Vương Đình Huệ, Chủ tịch Quốc hội"],
    ),
    # ... or when the second name has three syllables
    (
        "Chúc mừng ông Nguyễn Thanh Bình, Trưởng Ban Tổ chức Trung ương Lê Minh Hưng nói.",
        ["Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương"],
    ),
    # "các" before a title shares it with the names that follow; a list ends at a new title
    (
        "Dự có các Phó Chủ tịch Quốc hội Nguyễn Khắc Định, Nguyễn Đức Hải và Bộ trưởng Lê "
        "Vĩnh Tân.",
        [
            "Nguyễn Khắc Định, Phó Chủ tịch Quốc hội",
            "Nguyễn Đức Hải, Phó Chủ tịch Quốc hội",
            "Lê Vĩnh Tân, Bộ trưởng",
        ],
    ),
    # ... and so does a count, not an ordinal ("nhiệm kỳ thứ hai Tổng Bí thư …")
    (
        "Cùng dự có hai Phó Thủ tướng Trần Hồng Hà và Lê Thành Long.",
        ["Trần Hồng Hà, Phó Thủ tướng Chính phủ", "Lê Thành Long, Phó Thủ tướng Chính phủ"],
    ),
    # ... also with "tân" (newly elected) between the count and the title
    (
        "Phát biểu nhận nhiệm vụ, 2 tân Phó Chủ tịch UBND tỉnh Hoàng Văn Hiếu và Bùi Văn Long "
        "cảm ơn.",
        [
            "Hoàng Văn Hiếu, Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Bùi Văn Long, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    (
        "Hội nghị do 2 Phó Chủ tịch UBND tỉnh Lê Văn Phước và Nguyễn Thị Minh Thúy chủ trì.",
        [
            "Lê Văn Phước, Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Nguyễn Thị Minh Thúy, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    (
        "Đây là lần thứ hai Tổng Bí thư Tô Lâm dự hội nghị và Chủ tịch nước Lương Cường dự.",
        ["Tô Lâm, Tổng Bí thư", "Lương Cường, Chủ tịch nước"],
    ),
    # an open head alone before its term or the list of its holders
    (
        "Các Phó Chủ tịch Hội khóa VII gồm: Phạm Hồng Hương, Khuất Việt Dũng.",
        ["Phạm Hồng Hương, Phó Chủ tịch Hội", "Khuất Việt Dũng, Phó Chủ tịch Hội"],
    ),
    ("Phó Chủ tịch Hội khóa VII Nguyễn Văn An phát biểu.", ["Nguyễn Văn An, Phó Chủ tịch Hội"]),
    # the executive committee of any bloc of a province
    (
        "Dự có ông Dương Quốc Hoàng, Ủy viên Ban Chấp hành Đảng bộ Khối Cơ quan - Doanh nghiệp "
        "tỉnh, Bí thư Đảng ủy.",
        [
            "Dương Quốc Hoàng, Ủy viên Ban Chấp hành Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh, "
            "Bí thư Đảng ủy"
        ],
    ),
    # a ministry's fields joined by a comma or a dash, each kept as written
    (
        "Dự có ông Lê Văn Tâm, Giám đốc Sở Lao động, Thương binh và Xã hội; ông Trần Văn Hòa, "
        "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Bình Định.",
        [
            "Lê Văn Tâm, Giám đốc Sở Lao động, Thương binh và Xã hội",
            "Trần Văn Hòa, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Bình Định",
        ],
    ),
    # the command of Hồ Chí Minh City, the organ shared over "kiêm"
    (
        "Thiếu tướng Lê Xuân Thế, Phó Tư lệnh kiêm Tham mưu trưởng Bộ Tư lệnh TP HCM dự.",
        [
            "Lê Xuân Thế, Phó Tư lệnh Bộ Tư lệnh Thành phố Hồ Chí Minh, Tham mưu trưởng Bộ Tư "
            "lệnh Thành phố Hồ Chí Minh"
        ],
    ),
    # a colon list ends when its separator changes
    (
        "Dự có nguyên Chủ tịch Quốc hội: Nguyễn Sinh Hùng, Nguyễn Thị Kim Ngân; Ủy viên Bộ "
        "Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú.",
        [
            "Nguyễn Sinh Hùng, nguyên Chủ tịch Quốc hội",
            "Nguyễn Thị Kim Ngân, nguyên Chủ tịch Quốc hội",
            "Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư",
        ],
    ),
    # a rank inside a list, a list item whose family name is rare, "Ông" is not a name
    (
        "Các đồng chí Ủy viên Bộ Chính trị: Đại tướng Lương Tam Quang, Bộ trưởng Công an; "
        "Quản Minh Cường, Bí thư Thành ủy Hà Nội.",
        [
            "Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an",
            "Quản Minh Cường, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội",
        ],
    ),
    # a steering committee's initials after the role
    (
        "Dự có Thủ tướng Phạm Minh Chính, Phó Trưởng BCĐ; ông Lê Văn An, Trưởng BCĐ Chuyển "
        "đổi số tỉnh.",
        [
            "Phạm Minh Chính, Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo",
            "Lê Văn An, Trưởng Ban Chỉ đạo Chuyển đổi số tỉnh",
        ],
    ),
    # a membership's list goes on over an item whose titles come before its name
    (
        "Dự có các đồng chí Ủy viên Bộ Chính trị: Trương Thị Mai, Trưởng Ban Tổ chức Trung "
        "ương; Phó Thủ tướng Thường trực Phạm Bình Minh; Tô Lâm, Bộ trưởng Bộ Công an.",
        [
            "Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương",
            "Phạm Bình Minh, Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ",
            "Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an",
        ],
    ),
    (
        "Ông Phạm Viết Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu.",
        ["Phạm Viết Thanh, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy"],
    ),
    (
        "Dự có đồng chí Phương Thị Thanh, UVTV Tỉnh ủy, Chủ tịch HĐND tỉnh.",
        ["Phương Thị Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh"],
    ),
    (
        "Trước đó, ông Phan Huy Ngọc là Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang.",
        ["Phan Huy Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"],
    ),
    (
        "Đại tá Nguyễn Thanh Trường, Giám đốc Công an tỉnh báo cáo.",
        ["Nguyễn Thanh Trường, Giám đốc Công an tỉnh"],
    ),
    (
        "Bí thư Tỉnh ủy Tây Ninh Nguyễn Văn Quyết trao quyết định.",
        ["Nguyễn Văn Quyết, Bí thư Tỉnh ủy Tây Ninh"],
    ),
    # must not match: a role alone before a verb, a committee body alone, a role in a phrase
    ("Cấp ủy, bí thư cấp ủy cần nắm chắc tình hình.", []),
    ("Ông Trần Văn B, Trưởng Ban Tổ chức Hội thi, công bố kết quả.", []),
    ("Đ/c Nguyễn Quang Dương phát biểu kết luận.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), MORE_SENTENCES, ids=[row[0][:40] for row in MORE_SENTENCES]
)
def test_more_sentences(text: str, expected: list[str]) -> None:
    assert [str(m.value) for m in find_officials(text)] == expected


# -- real-text phenomena of issue 15 ------------------------------------------------------------

OPEN_BODY_TITLES: list[tuple[str, str, str]] = [
    # (as written, canonical, English): bodies named in full after their head, kept as written
    (
        "Trưởng Ban chỉ đạo quốc gia phòng, chống thiên tai",
        "Trưởng Ban Chỉ đạo quốc gia phòng, chống thiên tai",
        "Head of the Steering Committee (Ban Chỉ đạo quốc gia phòng, chống thiên tai)",
    ),
    (
        "Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương",
        "Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương",
        "Chairman of the Central Emulation and Commendation Council",
    ),
    (
        "Chủ tịch Hội đồng Thi đua khen thưởng Bộ Công an",
        "Chủ tịch Hội đồng Thi đua khen thưởng Bộ Công an",
        "Chairman of the Council (Hội đồng Thi đua khen thưởng Bộ Công an)",
    ),
    # "TP" written out before the city's name
    (
        "Trưởng Ban Chỉ đạo chuyển đổi số TP Vinh",
        "Trưởng Ban Chỉ đạo chuyển đổi số Thành phố Vinh",
        "Head of the Steering Committee (Ban Chỉ đạo chuyển đổi số Thành phố Vinh)",
    ),
    (
        "Trưởng Ban Chỉ đạo chuyển đổi số TP HCM",
        "Trưởng Ban Chỉ đạo chuyển đổi số Thành phố Hồ Chí Minh",
        "Head of the Steering Committee (Ban Chỉ đạo chuyển đổi số Thành phố Hồ Chí Minh)",
    ),
    # a compound written with a dash stays whole ("chính trị - xã hội")
    (
        "Trưởng Ban Chỉ đạo Đại hội các tổ chức chính trị - xã hội tỉnh",
        "Trưởng Ban Chỉ đạo Đại hội các tổ chức chính trị - xã hội tỉnh",
        "Head of the Steering Committee (Ban Chỉ đạo Đại hội các tổ chức chính trị - xã hội tỉnh)",
    ),
    (
        "Trưởng Tiểu ban Văn kiện - Điều lệ Đại hội XIV của Đảng",
        "Trưởng Tiểu ban Văn kiện - Điều lệ Đại hội XIV của Đảng",
        "Head of the Sub-committee (Tiểu ban Văn kiện - Điều lệ Đại hội XIV của Đảng)",
    ),
    ("Trưởng Tiểu ban", "Trưởng Tiểu ban", "Head of the Sub-committee"),
    ("Phó Chủ tịch Hội đồng", "Phó Chủ tịch Hội đồng", "Vice Chairman of the Council"),
    ("Phó trưởng ban Chỉ đạo", "Phó Trưởng Ban Chỉ đạo", "Deputy Head of the Steering Committee"),
    (
        "Chủ tịch HĐQT Tập đoàn Dệt may Việt Nam",
        "Chủ tịch Hội đồng quản trị Tập đoàn Dệt may Việt Nam",
        "Chairman of the Board of Directors (Hội đồng quản trị Tập đoàn Dệt may Việt Nam)",
    ),
    (
        "Vụ trưởng Vụ Địa phương 3, VPTW",
        "Vụ trưởng Vụ Địa phương 3, Văn phòng Trung ương Đảng",
        "Director of the Department (Vụ Địa phương 3, Văn phòng Trung ương Đảng)",
    ),
    (
        "Ủy viên Hội đồng Thi đua - Khen thưởng TW",
        "Ủy viên Hội đồng Thi đua - Khen thưởng Trung ương",
        "member of the Central Emulation and Commendation Council",
    ),
    # vocabulary of issue 15
    ("Tổng Thanh tra Chính phủ", "Tổng Thanh tra Chính phủ", "Government Inspector General"),
    (
        "Phó Trưởng Ban TG&DV Trung ương",
        "Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương",
        "Deputy Head of the Party Central Committee's Commission for Information, Education and "
        "Mass Mobilisation",
    ),
    (
        "Giám đốc TTCT huyện Yên Sơn",
        "Giám đốc Trung tâm Chính trị huyện Yên Sơn",
        "Director of the Yên Sơn District Political Training Centre",
    ),
    (
        "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Lào Cai",
        "Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Lào Cai",
        "Full-time Deputy Head of the Lào Cai Provincial Delegation of National Assembly Deputies",
    ),
    (
        "Trưởng Đoàn\nđại biểu Quốc hội khoá XV tỉnh Nghệ An",
        "Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Nghệ An",
        "Head of the Nghệ An Provincial Delegation of National Assembly Deputies (15th term)",
    ),
    # the province as the electoral unit
    (
        "Trưởng đoàn ĐBQH khóa XV, đơn vị tỉnh Hà Giang",
        "Trưởng Đoàn đại biểu Quốc hội khóa XV, đơn vị tỉnh Hà Giang",
        "Head of the Hà Giang Provincial Delegation of National Assembly Deputies (15th term)",
    ),
    (
        "Trưởng đoàn ĐBQH khóa XIV - đơn vị tỉnh Đồng Tháp",
        "Trưởng Đoàn đại biểu Quốc hội khóa XIV - đơn vị tỉnh Đồng Tháp",
        "Head of the Đồng Tháp Provincial Delegation of National Assembly Deputies (14th term)",
    ),
    # … or the deputy head's full-time duty written after the delegation, kept as written
    (
        "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Kon Tum",
        "Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh Kon Tum",
        "Deputy Head of the Kon Tum Provincial Delegation of National Assembly Deputies",
    ),
    # … or the electoral unit alone, kept as written
    (
        "Trưởng đoàn đại biểu Quốc hội đơn vị tỉnh Tiền Giang",
        "Trưởng Đoàn đại biểu Quốc hội đơn vị tỉnh Tiền Giang",
        "Head of the Tiền Giang Provincial Delegation of National Assembly Deputies",
    ),
    (
        "Phó Trưởng Ban Thường trực, Ban Tổ chức Tỉnh ủy",
        "Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy",
        "Standing Deputy Head of the Organisation Commission of the Provincial Party Committee",
    ),
    # a school named after a person: the name is the school's
    (
        "Hiệu trưởng Trường Chính trị Tôn Đức Thắng",
        "Hiệu trưởng Trường Chính trị Tôn Đức Thắng",
        "Rector of the School of Politics (Trường Chính trị Tôn Đức Thắng)",
    ),
    (
        "Phó Chủ nhiệm UBDT",
        "Phó Chủ nhiệm Ủy ban Dân tộc",
        "Deputy Chairman of the Committee for Ethnic Minority Affairs",
    ),
    (
        "Phó Trưởng ban, Ban Tuyên giáo Tỉnh ủy",
        "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
        "Deputy Head of the Commission for Information and Education of the Provincial Party "
        "Committee",
    ),
    (
        "Ủy viên Thường vụ Quân ủy Trung ương",
        "Ủy viên Thường vụ Quân ủy Trung ương",
        "member of the Standing Board of the Central Military Commission",
    ),
    (
        "Chủ nhiệm Tổng cục Chính trị (Quân đội nhân dân Việt Nam)",
        "Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam",
        "Chairman of the General Department of Politics of the Vietnam People's Army",
    ),
    (
        "Chủ nhiệm Tổng cục Chính trị",
        "Chủ nhiệm Tổng cục Chính trị",
        "Chairman of the General Department of Politics",
    ),
    # a business named by its brand (one ASCII word of two syllables or more)
    (
        "Tổng Giám đốc Petrovietnam",
        "Tổng Giám đốc Petrovietnam",
        "General Director of the Petrovietnam",
    ),
    # the Party group of a delegation
    ("Tổ trưởng Tổ Đảng", "Tổ trưởng Tổ Đảng", "Head of the Party Group"),
    # the police's general department of politics, its initials written out
    (
        "Phó Tổng cục trưởng Tổng cục Chính trị CAND",
        "Phó Tổng cục trưởng Tổng cục Chính trị Công an nhân dân",
        "Deputy Director General of the General Department of Politics of the People's Public "
        "Security",
    ),
    (
        "Phó Tư lệnh Quân khu 4",
        "Phó Tư lệnh Quân khu 4",
        "Deputy Commander of the Military Region 4",
    ),
    (
        "Phó Bí thư Đảng ủy Khối",
        "Phó Bí thư Đảng ủy Khối",
        "Deputy Secretary of the Bloc Party Committee",
    ),
    # "Thường vụ" written without "Ban" is kept so (the abbreviations "BTV", "TV" are
    # written out)
    (
        "Ủy viên Thường vụ Tỉnh ủy",
        "Ủy viên Thường vụ Tỉnh ủy",
        "member of the Standing Board of the Provincial Party Committee",
    ),
    (
        "Ủy viên Thường vụ Đảng ủy Bộ Tổng tham mưu",
        "Ủy viên Thường vụ Đảng ủy Bộ Tổng tham mưu",
        "member of the Standing Board of the Party Committee (Thường vụ Đảng ủy Bộ Tổng tham mưu)",
    ),
    (
        "UVTV Tỉnh ủy",
        "Ủy viên Ban Thường vụ Tỉnh ủy",
        "member of the Standing Board of the Provincial Party Committee",
    ),
    # "TV" for "Ban Thường vụ" before its committee
    (
        "Ủy viên TV Huyện ủy",
        "Ủy viên Ban Thường vụ Huyện ủy",
        "member of the Standing Board of the District Party Committee",
    ),
]


@pytest.mark.parametrize(
    ("written", "canonical", "english"), OPEN_BODY_TITLES, ids=[row[0] for row in OPEN_BODY_TITLES]
)
def test_open_bodies_and_new_vocabulary(written: str, canonical: str, english: str) -> None:
    title = parse_title(written)
    assert (str(title), title.english()) == (canonical, english)
    assert parse_title(canonical) == title


def test_open_body_fields() -> None:
    title = parse_title("Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh")
    assert title.role == "Trưởng Ban"
    assert title.organ == Organ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", None)
    assert parse_title("Trưởng Tiểu ban").organ == Organ("Tiểu ban", None)
    # a listed organ is kept when the open reading is no longer
    assert parse_title("Trưởng Ban Chỉ đạo Trung ương").organ == Organ(
        "Ban Chỉ đạo Trung ương", Level.CENTRAL
    )


def test_kiem_shares_the_organ_and_former() -> None:
    titles_ = parse_titles("nguyên phó chủ tịch kiêm tổng thư ký Ủy ban Trung ương MTTQ Việt Nam")
    assert [str(t) for t in titles_] == [
        "nguyên Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "nguyên Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]
    # a Party secretary does not take a State organ, nor a State role a Party committee
    assert [str(t) for t in parse_titles("Phó Bí thư kiêm Chủ tịch UBND xã")] == [
        "Phó Bí thư",
        "Chủ tịch Ủy ban nhân dân xã",
    ]
    assert [str(t) for t in parse_titles("Phó Bí thư kiêm Bí thư Đảng ủy xã")] == [
        "Phó Bí thư Đảng ủy xã",
        "Bí thư Đảng ủy xã",
    ]
    # a board of directors is the board of the organ that "kiêm" gives
    assert [str(t) for t in parse_titles("Chủ tịch HĐQT kiêm Tổng Giám đốc Tập đoàn Dệt may")] == [
        "Chủ tịch Hội đồng quản trị Tập đoàn Dệt may",
        "Tổng Giám đốc Tập đoàn Dệt may",
    ]
    # two roles held together share the organ after a comma or a dash as after "kiêm"
    assert [str(t) for t in parse_titles("Phó Chủ tịch, Tổng Thư ký UBTƯ MTTQ Việt Nam")] == [
        "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]
    assert [str(t) for t in parse_titles("Phó Chủ tịch - Tổng Thư ký Hội Nhà báo Việt Nam")] == [
        "Phó Chủ tịch Hội Nhà báo Việt Nam",
        "Tổng Thư ký Hội Nhà báo Việt Nam",
    ]


REAL_TEXT_SENTENCES: list[tuple[str, list[str]]] = [
    # heads of named bodies; the name ends before the verb
    (
        "Sáng 9/4, Thủ tướng Trần Văn Hòa, Trưởng Ban Chỉ đạo quốc gia phòng, chống thiên tai "
        "chủ trì phiên họp.",
        ["Trần Văn Hòa, Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo quốc gia phòng, chống thiên tai"],
    ),
    # "TP. HCM" with a space after the dot
    (
        "Ông Lê Văn Tâm, Bí thư Thành ủy TP. HCM phát biểu.",
        ["Lê Văn Tâm, Bí thư Thành ủy Thành phố Hồ Chí Minh"],
    ),
    # "bầu" (elected) ends a body's name; "bầu cử" goes on in one
    (
        "HĐND tỉnh giới thiệu ông Lò Văn Phú, Giám đốc Sở Tư pháp Điện Biên bầu giữ chức Phó "
        "Chủ tịch UBND tỉnh.",
        ["Lò Văn Phú, Giám đốc Sở Tư pháp Điện Biên"],
    ),
    (
        "Ông Lê Văn An, Chủ tịch Ủy ban bầu cử tỉnh phát biểu.",
        ["Lê Văn An, Chủ tịch Ủy ban bầu cử tỉnh"],
    ),
    # "tân" (newly elected) before the title after a name
    (
        "Ông Lâm Văn Mẫn, tân Chủ tịch HĐND tỉnh Sóc Trăng phát biểu.",
        ["Lâm Văn Mẫn, Chủ tịch Hội đồng nhân dân tỉnh Sóc Trăng"],
    ),
    # the electoral unit after a delegation of deputies
    (
        "Ông Trần Văn Bảy, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội đơn vị tỉnh Vĩnh "
        "Long phát biểu.",
        [
            "Trần Văn Bảy, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội đơn vị tỉnh Vĩnh Long",
        ],
    ),
    (
        "Ông Phan Văn Lộc, Hiệu trưởng Trường Chính trị Tô Hiệu phát biểu.",
        ["Phan Văn Lộc, Hiệu trưởng Trường Chính trị Tô Hiệu"],
    ),
    # a comma alone between the titles and the name they precede, when the name has no
    # titles of its own after it
    (
        "Trưởng Ban Kinh tế Trung ương, Trần Văn Năm phát biểu.",
        ["Trần Văn Năm, Trưởng Ban Kinh tế Trung ương"],
    ),
    (
        "Dự có Bí thư Tỉnh ủy, Nguyễn Văn Ba, Chủ tịch UBND tỉnh.",
        ["Nguyễn Văn Ba, Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    # "UBDT": the Committee for Ethnic Minority Affairs
    (
        "Đồng chí Nông Văn Tám, Thứ trưởng - Phó Chủ nhiệm UBDT phát biểu.",
        ["Nông Văn Tám, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc"],
    ),
    # a comma between "(Phó) Trưởng ban" and its commission
    (
        "Đồng chí Lò Thị Mai – Phó Trưởng ban, Ban Tuyên giáo Tỉnh ủy Lâm Đồng phát biểu.",
        ["Lò Thị Mai, Phó Trưởng Ban Tuyên giáo Tỉnh ủy Lâm Đồng"],
    ),
    # "kiêm" after a dash
    (
        "Dự có ông Lý Văn Bảy- Phó Chủ tịch Hội đồng nhân dân tỉnh- Kiêm Trưởng Ban Pháp chế "
        "Hội đồng nhân dân tỉnh.",
        [
            "Lý Văn Bảy, Phó Chủ tịch Hội đồng nhân dân tỉnh, Trưởng Ban Pháp chế Hội đồng nhân "
            "dân tỉnh"
        ],
    ),
    # … and before a later title of the chain
    (
        "Ông Đỗ Văn Khôi, Ủy viên Trung ương Đảng, tân Bộ trưởng Bộ Tài chính phát biểu.",
        ["Đỗ Văn Khôi, Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng Bộ Tài chính"],
    ),
    # "ký thay" signs for an office another holds
    (
        "Thay mặt Ủy ban Thường vụ Quốc hội, ký thay Chủ tịch Quốc hội, Phó Chủ tịch Thường "
        "trực Quốc hội Trần Thị Phóng đã ký Nghị quyết.",
        ["Trần Thị Phóng, Phó Chủ tịch Thường trực Quốc hội"],
    ),
    # a post someone is elected to is no title, nor the title of the name after it
    (
        "Hội nghị bầu đồng chí Lê Văn Sơn - Chủ tịch UBND tỉnh giữ chức Bí thư Tỉnh ủy, đồng "
        "chí Trần Văn Hồng - Phó Bí thư Thường trực Tỉnh ủy giữ chức Phó Bí thư Tỉnh ủy.",
        [
            "Lê Văn Sơn, Chủ tịch Ủy ban nhân dân tỉnh",
            "Trần Văn Hồng, Phó Bí thư Thường trực Tỉnh ủy",
        ],
    ),
    # a post spoken of ("chức vụ", "chức danh") is no one's title; a last title a comma
    # parts from it is the title of the name right after that one
    (
        "Trong thời gian chờ kiện toàn chức danh Bí thư Huyện ủy Mường Tè, đồng chí Lò Văn "
        "Bình, Phó Bí thư Thường trực Huyện ủy được giao điều hành.",
        ["Lò Văn Bình, Phó Bí thư Thường trực Huyện ủy"],
    ),
    (
        "Mừng đồng chí Lê Văn Sơn được chuẩn y chức vụ Bí thư Tỉnh ủy Lai Châu, Trưởng Ban Tổ "
        "chức Trung ương Trần Văn Mười mong rằng đồng chí sẽ hoàn thành nhiệm vụ.",
        ["Trần Văn Mười, Trưởng Ban Tổ chức Trung ương"],
    ),
    # "một lần nữa" (once again) ends an open body's name
    (
        "Kết luận hội nghị, đồng chí Lê Văn Sơn – Bí thư Đảng ủy cơ quan một lần nữa nhấn "
        "mạnh ý nghĩa của việc học tập.",
        ["Lê Văn Sơn, Bí thư Đảng ủy cơ quan"],
    ),
    # "Phó Viện trưởng" stands alone at a chain's end or before a name, as "Viện trưởng"
    (
        "Dự có đồng chí Hồ Minh An - Bí thư Đảng ủy, Phó Viện trưởng; Phó viện trưởng Lê Văn Trai.",
        ["Hồ Minh An, Bí thư Đảng ủy, Phó Viện trưởng", "Lê Văn Trai, Phó Viện trưởng"],
    ),
    # the Fatherland Front of a province named without its committee, as written
    (
        "Dự có bà Lê Thị Hoa – Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch MTTQ Việt Nam tỉnh; ông Trần "
        "Văn Cường - Phó Chủ tịch Thường trực Mặt trận tổ quốc Việt Nam tỉnh.",
        [
            "Lê Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Mặt trận Tổ quốc Việt Nam tỉnh",
            "Trần Văn Cường, Phó Chủ tịch Thường trực Mặt trận Tổ quốc Việt Nam tỉnh",
        ],
    ),
    # ... also without "Việt Nam"
    (
        "Dự có đồng chí Lò Văn Hùng - Phó Chủ tịch MTTQ huyện.",
        ["Lò Văn Hùng, Phó Chủ tịch Mặt trận Tổ quốc huyện"],
    ),
    # ... and so does "Phó Tổng Giám đốc", as "Tổng Giám đốc"
    (
        "Tại hội nghị, ông Vũ Đức Hạnh- Phó Tổng giám đốc, đại diện Ban điều hành báo cáo.",
        ["Vũ Đức Hạnh, Phó Tổng Giám đốc"],
    ),
    # "TP" before a city inside a province, written out, with its dot or without
    (
        "Dự có ông Lê Văn Ánh, Bí thư Thành ủy TP Móng Cái; ông Trần Văn Hưng, Bí thư Thành ủy "
        "TP. Vinh.",
        [
            "Lê Văn Ánh, Bí thư Thành ủy Thành phố Móng Cái",
            "Trần Văn Hưng, Bí thư Thành ủy Thành phố Vinh",
        ],
    ),
    # "T.P" for "TP"
    (
        "Dự có ông Lê Văn Nhân, Bí thư Thành ủy T.P Hồ Chí Minh.",
        ["Lê Văn Nhân, Bí thư Thành ủy Thành phố Hồ Chí Minh"],
    ),
    # a district committee's level word repeated before its place, kept as written
    (
        "Dự có ông Lê Quang Hòa, Tỉnh ủy viên, Bí thư Huyện ủy huyện Yên Định.",
        ["Lê Quang Hòa, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy huyện Yên Định"],
    ),
    # "Học viện" alone is the academy named before
    (
        "Dự có ông Hoàng Văn Lâm, Phó Bí thư Đảng ủy, Phó Giám đốc Học viện; các đại biểu.",
        ["Hoàng Văn Lâm, Phó Bí thư Đảng ủy, Phó Giám đốc Học viện"],
    ),
    # a head that never stands alone is named by the lower-case words after it
    (
        "Dự có ông Đỗ Văn Tài, Phó Vụ trưởng Vụ địa phương II, Ban Nội chính Trung ương.",
        ["Đỗ Văn Tài, Phó Vụ trưởng Vụ địa phương II, Ban Nội chính Trung ương"],
    ),
    (
        "Ông Mai Văn Hòa, Vụ trưởng Vụ cơ sở đảng, Ban Tổ chức Trung ương phát biểu.",
        ["Mai Văn Hòa, Vụ trưởng Vụ cơ sở đảng, Ban Tổ chức Trung ương"],
    ),
    # a name that opens with what the body does ("triển khai", "xóa"); "và các thành viên"
    # after it names others
    (
        "Dự có đồng chí Lò Văn Sơn - Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo triển khai "
        "xóa nhà tạm, nhà dột nát trên địa bàn tỉnh và các thành viên Ban Chỉ đạo.",
        [
            "Lò Văn Sơn, Phó Chủ tịch Ủy ban nhân dân tỉnh, Phó Trưởng Ban Chỉ đạo triển khai "
            "xóa nhà tạm, nhà dột nát trên địa bàn tỉnh"
        ],
    ),
    (
        "Đồng chí Hà Thị Lan, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo xóa đói giảm nghèo huyện "
        "phát biểu.",
        ["Hà Thị Lan, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo xóa đói giảm nghèo huyện"],
    ),
    # a name that reviews a resolution: "tổng kết" opens it, a count of years, the cited
    # document with its symbol and the term of its plenum go on in it
    (
        "Đồng chí Lê Văn Tâm, Trưởng Ban Chỉ đạo tổng kết 15 năm thực hiện Nghị quyết Trung "
        "ương 7 khóa X, chủ trì cuộc họp.",
        ["Lê Văn Tâm, Trưởng Ban Chỉ đạo tổng kết 15 năm thực hiện Nghị quyết Trung ương 7 khóa X"],
    ),
    (
        "Dự có ông Phan Văn Lộc, Phó Trưởng Ban Chỉ đạo sơ kết Chỉ thị số 05-CT/TW của tỉnh.",
        ["Phan Văn Lộc, Phó Trưởng Ban Chỉ đạo sơ kết Chỉ thị số 05-CT/TW của tỉnh"],
    ),
    # a parent organ after a comma ends the body's name: what follows is the sentence's
    (
        "Đến dự có ông Trịnh Văn Hải, Phó Trưởng Ban Tuyên giáo, Đảng ủy Khối các cơ quan "
        "Trung ương và đông đảo cán bộ, đảng viên.",
        [
            "Trịnh Văn Hải, Phó Trưởng Ban Tuyên giáo, Đảng ủy Khối các cơ quan Trung ương",
        ],
    ),
    (
        "Đại tướng Lê Văn Hùng, Chủ tịch Hội đồng Thi đua khen thưởng Bộ Quốc phòng đã trao "
        "cờ thi đua.",
        ["Lê Văn Hùng, Chủ tịch Hội đồng Thi đua khen thưởng Bộ Quốc phòng"],
    ),
    # short back-references to a body named before
    (
        "Phiên họp do Chủ nhiệm Ủy ban Lê Thị Hoa chủ trì; Phó Giám đốc Sở Trần Văn Tư dự.",
        ["Lê Thị Hoa, Chủ nhiệm Ủy ban", "Trần Văn Tư, Phó Giám đốc Sở"],
    ),
    (
        "Tiểu ban Văn kiện họp phiên thứ ba. Đồng chí Đỗ Thị Hoa, Phó Bí thư Tỉnh ủy, Trưởng "
        "Tiểu ban chủ trì.",
        ["Đỗ Thị Hoa, Phó Bí thư Tỉnh ủy, Trưởng Tiểu ban"],
    ),
    (
        "Đồng chí Vũ Đức Minh, Phó Chủ tịch Hội đồng nêu rõ yêu cầu.",
        ["Vũ Đức Minh, Phó Chủ tịch Hội đồng"],
    ),
    # a list's title is not given again to a person whose own title is a narrower form of it
    (
        "Các Phó Bí thư Tỉnh ủy gồm: ông Lê Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy; ông Trần "
        "Văn Nam, Chủ tịch UBND tỉnh.",
        [
            "Lê Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy",
            "Trần Văn Nam, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    # ... also when the person's own title names the organ's place
    (
        "Các Phó Chủ tịch UBND tỉnh gồm: Lê Văn Bình, Phó Chủ tịch Thường trực UBND tỉnh Quảng "
        "Ninh; Trần Văn Khang.",
        [
            "Lê Văn Bình, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Quảng Ninh",
            "Trần Văn Khang, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    # ... or the same role in an organ the list's title leaves unnamed
    (
        "Các phó bí thư gồm: ông Đặng Văn Lực, Phó Bí thư Thường trực Thành ủy; ông Mai Văn "
        "Đức, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; bà Lê Thị Nga.",
        [
            "Đặng Văn Lực, Phó Bí thư Thường trực Thành ủy",
            "Mai Văn Đức, Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố",
            "Lê Thị Nga, Phó Bí thư",
        ],
    ),
    # a group named after "các đồng chí", then a person with an address of their own
    (
        "Sau ý kiến của các đồng chí Ủy viên Ban Chấp hành Tỉnh đoàn, Đ/c Lò Thị Hà – Bí thư "
        "Tỉnh đoàn kết luận hội nghị.",
        ["Lò Thị Hà, Bí thư Tỉnh Đoàn"],
    ),
    # one title shared by a list after "các đồng chí"
    (
        "Dự có các đồng chí Phó Bí thư Đảng ủy Khối: Hà Văn Tâm, Lý Thị Mai.",
        ["Hà Văn Tâm, Phó Bí thư Đảng ủy Khối", "Lý Thị Mai, Phó Bí thư Đảng ủy Khối"],
    ),
    # … and after "gồm" with the count of those it lists
    (
        "Phó Bí thư Tỉnh đoàn gồm 2 đồng chí: Lê Văn Hùng, Trần Thị Mai.",
        ["Lê Văn Hùng, Phó Bí thư Tỉnh Đoàn", "Trần Thị Mai, Phó Bí thư Tỉnh Đoàn"],
    ),
    # … and after "gồm" and an address word without a colon, after a title (not after a
    # group's name: "tổ đại biểu HĐND tỉnh gồm ông A - <his own titles>")
    (
        "Các Phó Chủ tịch UBND tỉnh gồm ông Trần Văn Tư, Lý Văn Năm và Đặng Văn Sáu.",
        [
            "Trần Văn Tư, Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Lý Văn Năm, Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Đặng Văn Sáu, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ],
    ),
    (
        "Sáng 5/6, tổ đại biểu HĐND tỉnh gồm ông Trần Văn Tư - Phó Chủ tịch HĐND tỉnh, bà Lý "
        "Thị Năm - Trưởng ban Pháp chế HĐND tỉnh tiếp xúc cử tri.",
        [
            "Trần Văn Tư, Phó Chủ tịch Hội đồng nhân dân tỉnh",
            "Lý Thị Năm, Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh",
        ],
    ),
    # military chains: a parenthesis does not end the chain; a rank is not a title
    (
        "Thượng tướng Đỗ Văn Tiến, Ủy viên Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục "
        "Chính trị (Quân đội nhân dân Việt Nam), Phó Bí thư Quân ủy Trung ương dự.",
        [
            "Đỗ Văn Tiến, Ủy viên Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục Chính trị "
            "Quân đội nhân dân Việt Nam, Phó Bí thư Quân ủy Trung ương"
        ],
    ),
    (
        "Trung tướng Hồ Văn Sơn, Phó Tư lệnh Quân khu 5 phát biểu.",
        ["Hồ Văn Sơn, Phó Tư lệnh Quân khu 5"],
    ),
    # an open name ends before the next person's address ("và đ/c …")
    (
        "Đ/c Lê Thị Bình - Chủ tịch Công đoàn cơ quan và đ/c Ngô Văn Vân - Phó Chủ tịch Hội "
        "Nông dân tỉnh dự.",
        [
            "Lê Thị Bình, Chủ tịch Công đoàn cơ quan",
            "Ngô Văn Vân, Phó Chủ tịch Hội Nông dân tỉnh",
        ],
    ),
    # a business named by its initials after its director's title (not a numeral, not "ĐH")
    (
        "Ông Trần Văn Hải, Bí thư Đảng ủy, Tổng Giám đốc VIAGS phát biểu; Phó Giám đốc ASOC Lê "
        "Văn Nam dự.",
        ["Trần Văn Hải, Bí thư Đảng ủy, Tổng Giám đốc VIAGS", "Lê Văn Nam, Phó Giám đốc ASOC"],
    ),
    # the police's investigating bodies, with the police they belong to
    (
        "Thượng tá Lê Văn Bình, Phó Chánh Văn phòng Cơ quan An ninh điều tra Công an tỉnh "
        "phát biểu.",
        ["Lê Văn Bình, Phó Chánh Văn phòng Cơ quan An ninh điều tra Công an tỉnh"],
    ),
    # the services and arms by their short names
    (
        "Đô đốc Trần Thanh Nghiêm, Ủy viên Trung ương Đảng, Tư lệnh Hải quân; Thiếu tướng "
        "Lê Văn Hòa, Chính ủy Cảnh sát biển; Đại tá Hà Quang Vinh, Tư lệnh Binh chủng Công "
        "binh dự.",
        [
            "Trần Thanh Nghiêm, Ủy viên Ban Chấp hành Trung ương Đảng, Tư lệnh Hải quân",
            "Lê Văn Hòa, Chính ủy Cảnh sát biển",
            "Hà Quang Vinh, Tư lệnh Binh chủng Công binh",
        ],
    ),
    # bylines and signatures: the name alone on its line, the titles on the next
    (
        "TS. Đinh Văn Lộc\nNguyên Phó Chủ nhiệm Văn phòng Quốc hội\n10:00, 02/03/2021",
        ["Đinh Văn Lộc, nguyên Phó Chủ nhiệm Văn phòng Quốc hội"],
    ),
    (
        "Chu Văn Khải\nBí thư Đảng ủy-Chủ tịch HĐQT Tổng công ty Lương thực miền Nam",
        [
            "Chu Văn Khải, Bí thư Đảng ủy, Chủ tịch Hội đồng quản trị Tổng công ty Lương thực "
            "miền Nam"
        ],
    ),
    (
        "PGS, TS. HOÀNG VĂN NAM\nNguyên Phó Trưởng Ban Thường trực Hội đồng Lý luận Trung ương",
        ["Hoàng Văn Nam, nguyên Phó Trưởng Ban Thường trực Hội đồng Lý luận Trung ương"],
    ),
    (
        "Thiếu tướng, PGS.TS Đào Văn Hòa\nPhó Giám đốc Học viện Chính trị, Bộ Quốc phòng",
        ["Đào Văn Hòa, Phó Giám đốc Học viện Chính trị, Bộ Quốc phòng"],
    ),
    # a name line that is a heading, then a sentence: no byline
    ("Nguyễn Văn An\nBí thư Tỉnh ủy Trần Văn Bình phát biểu.", ["Trần Văn Bình, Bí thư Tỉnh ủy"]),
    # vocabulary: a unit of a parent, a district centre, a delegation across a line break
    (
        "Đồng chí Tạ Quang Vinh, Vụ trưởng Vụ Địa phương 2, Văn phòng Trung ương Đảng báo cáo.",
        ["Tạ Quang Vinh, Vụ trưởng Vụ Địa phương 2, Văn phòng Trung ương Đảng"],
    ),
    (
        "Tổng Thanh tra Chính phủ Lâm Văn Đức trình bày tờ trình.",
        ["Lâm Văn Đức, Tổng Thanh tra Chính phủ"],
    ),
    (
        "Đồng chí Trịnh Văn Quý, Bí thư Tỉnh ủy, Trưởng Đoàn\nđại biểu Quốc hội khóa XV tỉnh "
        "Hà Tĩnh dự.",
        ["Trịnh Văn Quý, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Hà Tĩnh"],
    ),
    # hard-wrapped text: a line break after a name's first syllable
    (
        "Tham dự có đ/c Đinh Văn Lộc, Tỉnh ủy viên, Bí thư Huyện ủy; đ/c Nguyễn\nVăn Hậu, UV "
        "BTV Huyện ủy, Phó Chủ tịch HĐND huyện.",
        [
            "Đinh Văn Lộc, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy",
            "Nguyễn Văn Hậu, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch Hội đồng nhân dân huyện",
        ],
    ),
    # a grassroots Party committee named after "Đảng ủy"; a members' council
    (
        "Đồng chí Phan Văn Bảo, Ủy viên Ban Thường vụ Đảng ủy Tập đoàn, Bí thư Đảng ủy Cơ quan "
        "Tập đoàn tham gia đoàn công tác.",
        ["Phan Văn Bảo, Ủy viên Ban Thường vụ Đảng ủy Tập đoàn, Bí thư Đảng ủy Cơ quan Tập đoàn"],
    ),
    (
        "Ông Vũ Văn Hưng – Bí thư Đảng ủy, Chủ tịch HĐTV Tổng công ty Điện lực miền Bắc phát biểu.",
        [
            "Vũ Văn Hưng, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tổng công ty Điện lực "
            "miền Bắc"
        ],
    ),
    ("Đồng chí Lê Văn Tâm, Bí thư Đảng ủy xã tham gia đoàn.", ["Lê Văn Tâm, Bí thư Đảng ủy xã"]),
    # a Party group referred back to; a part-time office
    (
        "Có bà Lê Thị Hồng, Bí thư Đảng đoàn, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam; ông Cao "
        "Văn Tú, Phó Chủ tịch không chuyên trách Ủy ban Trung ương MTTQ Việt Nam.",
        [
            "Lê Thị Hồng, Bí thư Đảng đoàn, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam",
            "Cao Văn Tú, Phó Chủ tịch không chuyên trách Ủy ban Trung ương Mặt trận Tổ quốc "
            "Việt Nam",
        ],
    ),
    # a comma goes on inside the topic of a steering committee only, not a department's name
    (
        "Ông Mạc Văn Hùng, Phó Vụ trưởng Vụ Cơ sở đảng, trúng tuyển kỳ thi năm nay.",
        ["Mạc Văn Hùng, Phó Vụ trưởng Vụ Cơ sở đảng"],
    ),
    # the standing board keeps no committee the text does not attach to it
    (
        "Đồng chí Mai Thị Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.",
        ["Mai Thị Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy"],
    ),
    # a dash binds titles to the name before them, even before a rank and a long name
    (
        "Dự có các đồng chí Phó Chủ nhiệm Tổng cục Chính trị: Thượng tướng Hà Văn Tâm - Ủy "
        "viên Trung ương Đảng, Trung tướng Lê Quang Vinh - Ủy viên Trung ương Đảng.",
        [
            "Hà Văn Tâm, Phó Chủ nhiệm Tổng cục Chính trị, Ủy viên Ban Chấp hành Trung ương Đảng",
            "Lê Quang Vinh, Phó Chủ nhiệm Tổng cục Chính trị, Ủy viên Ban Chấp hành Trung ương "
            "Đảng",
        ],
    ),
    # military roles that stand alone in a chain; a region named before
    (
        "Thượng tướng Ngô Văn Tài - Ủy viên Thường vụ Quân ủy Trung ương, Tổng Tham mưu trưởng "
        "QĐNDVN, Thứ trưởng Bộ Quốc phòng dự.",
        [
            "Ngô Văn Tài, Ủy viên Thường vụ Quân ủy Trung ương, Tổng Tham mưu trưởng QĐNDVN, "
            "Thứ trưởng Bộ Quốc phòng"
        ],
    ),
    (
        "Trung tướng Lò Văn Hải, Chính ủy Quân khu, Bí thư Đảng ủy Quân khu 2 phát biểu.",
        ["Lò Văn Hải, Chính ủy Quân khu, Bí thư Đảng ủy Quân khu 2"],
    ),
    # a political commissar written alone before the title that names the unit
    (
        "Thiếu tướng Trần Văn Hải, Chính ủy, Bí thư Đảng ủy Quân khu 9 phát biểu.",
        ["Trần Văn Hải, Chính ủy, Bí thư Đảng ủy Quân khu 9"],
    ),
    (
        "Phó Chủ tịch nước Trần Thị Hạnh, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng "
        "Trung ương dự.",
        [
            "Trần Thị Hạnh, Phó Chủ tịch nước, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen "
            "thưởng Trung ương"
        ],
    ),
    # must not match or absorb: tags, an organ named after a title word
    (
        "Tag: Thời sự , Ủy viên Bộ Chính trị , Thủ tướng Chính phủ Trần Văn Hòa , Phó thủ "
        "tướng Chính phủ , Phó chủ tịch Quốc hội",
        ["Trần Văn Hòa, Thủ tướng Chính phủ"],
    ),
    (
        "Thay mặt Ban Bí thư, Thường trực Ban Bí thư Lê Văn Tâm trao quyết định.",
        ["Lê Văn Tâm, Thường trực Ban Bí thư"],
    ),
    ("Thay mặt Ban Bí thư Trung ương Đảng, đồng chí Lê Văn Tâm trao quyết định.", []),
    # items printed with spaced commas are tags; a deputy's office is another person's
    (
        "Thời sự , Thủ tướng Chính phủ Trần Văn Hòa , Phó thủ tướng Chính phủ , Quốc hội",
        ["Trần Văn Hòa, Thủ tướng Chính phủ"],
    ),
    (
        "Thủ tướng Chính phủ Trần Văn Hòa, Phó Thủ tướng Chính phủ, Phó Chủ tịch Quốc hội và "
        "các bộ trưởng dự.",
        ["Trần Văn Hòa, Thủ tướng Chính phủ"],
    ),
    (
        "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Trần Văn Hòa, Trưởng Ban Chỉ đạo Trung ương "
        "về phát triển khoa học, công nghệ và chuyển đổi số dự.",
        [
            "Trần Văn Hòa, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo Trung "
            "ương về phát triển khoa học, công nghệ và chuyển đổi số"
        ],
    ),
    ("Tổng Bí thư Trường Chinh đọc báo cáo.", []),
    ("Ban Giám đốc Sở Y tế Nguyễn Văn Tú cho biết.", []),
    # a place named after an office is no title of the person after it
    (
        "Sáng 3/6, tại Phủ Chủ tịch, Thủ tướng Trần Văn Hòa chủ trì phiên họp.",
        ["Trần Văn Hòa, Thủ tướng Chính phủ"],
    ),
    ("Từ khóa: Bí thư Tỉnh ủy, Nguyễn Văn Tú, Chủ tịch UBND tỉnh", []),
    ("Ông Trần Văn B, Trưởng Ban Tổ chức Hội thi, công bố kết quả.", []),
    # "nguyên" and "Quyền" start a title only before one, also together and across a line
    (
        "Ông Phạm Văn Hòa, nguyên quyền Bí thư Huyện ủy Đông Anh phát biểu.",
        ["Phạm Văn Hòa, nguyên Quyền Bí thư Huyện ủy Đông Anh"],
    ),
    (
        "Đồng chí Lê Văn Hùng, nguyên\nPhó Bí thư Tỉnh ủy dự.",
        ["Lê Văn Hùng, nguyên Phó Bí thư Tỉnh ủy"],
    ),
    ("Ông Nguyễn Văn An nguyên là cán bộ, có quyền khiếu nại.", []),
    # "tham mưu" is a verb before anything but "trưởng"
    (
        "Thiếu tướng Nguyễn Văn Gấu, Tham mưu trưởng Quân khu 7 dự; Ban Tổ chức tham mưu cho "
        "Tỉnh ủy.",
        ["Nguyễn Văn Gấu, Tham mưu trưởng Quân khu 7"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), REAL_TEXT_SENTENCES, ids=[row[0][:40] for row in REAL_TEXT_SENTENCES]
)
def test_real_text_phenomena(text: str, expected: list[str]) -> None:
    mentions = find_officials(text)
    assert [str(m.value) for m in mentions] == expected
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.text


def test_open_names_are_bounded() -> None:
    # a name of a body never runs on past its bound, whatever follows the head
    text = "Đồng chí Lê Văn Tâm, Trưởng Ban Chỉ đạo " + " ".join(["Xây Dựng"] * 200) + "."
    [mention] = find_officials(text)
    assert len(mention.text) < 400


@given(open_titles(), st.sampled_from([" chủ trì.", ", phát biểu.", " Nguyễn Văn An dự."]))
def test_open_title_round_trip(title: Title, after: str) -> None:
    assert parse_title(str(title)) == title
    assert Title.from_dict(json.loads(json.dumps(title.to_dict()))) == title
    assert title.organ is not None
    english = title.english()
    heads = {body.name for body in lexicon()["OPEN_BODIES"]}
    if title.organ.name in heads:  # the head alone: all English
        assert "(" not in english
    else:  # the name as written, after the head's English
        assert english.endswith(f"({title.organ.name})")
    # old tone marks and NFD read the same; the name's case is kept as written
    variant = unicodedata.normalize("NFD", str(title).replace("ủy", "uỷ").replace("óa", "oá"))
    assert parse_title(variant) == title
    # in a sentence the name ends before a verb, a comma or a personal name; but a school's
    # head alone takes the name after it as its namesake's ("Trường Đại học Nguyễn Văn An")
    text = "Ông Lê Văn Tâm, Bí thư Tỉnh ủy, " + str(title) + after
    held = [held for mention in find_officials(text) for held in mention.value.titles]
    if title.organ.name in lexicon()["NAMESAKE_HEADS"] and after.startswith(" Nguyễn"):
        named = attrs.evolve(title.organ, name=f"{title.organ.name} Nguyễn Văn An")
        assert attrs.evolve(title, organ=named) in held
    else:
        assert title in held


# -- issue 15, round 2: phenomena of real text beyond dev (phrases written for the tests) -------

ROUND_TWO_TITLES: list[tuple[str, str, str]] = [
    # (as written, canonical, English)
    # a sub-committee whose name starts with lower-case words before a capitalised one
    (
        "Trưởng Tiểu ban nhân sự Đại hội XIII của Đảng",
        "Trưởng Tiểu ban nhân sự Đại hội XIII của Đảng",
        "Head of the Sub-committee (Tiểu ban nhân sự Đại hội XIII của Đảng)",
    ),
    (
        "Phó Trưởng Ban Chỉ đạo nhà nước các công trình, dự án trọng điểm",
        "Phó Trưởng Ban Chỉ đạo nhà nước các công trình, dự án trọng điểm",
        "Deputy Head of the Steering Committee (Ban Chỉ đạo nhà nước các công trình, dự án "
        "trọng điểm)",
    ),
    (
        "Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh",
        "Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh",
        "Head of the Steering Committee (Ban Chỉ đạo công tác thông tin đối ngoại tỉnh)",
    ),
    # "ĐH" for a university before its name ("ĐH" alone is "Đại hội" elsewhere)
    (
        "Giám đốc ĐH Quốc gia Hà Nội",
        "Giám đốc Đại học Quốc gia Hà Nội",
        "Director of the University (Đại học Quốc gia Hà Nội)",
    ),
    # an association's central committee: the Red Cross's by its name, others' open
    (
        "Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam",
        "Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam",
        "Vice Chairman of the Central Committee of the Vietnam Red Cross Society",
    ),
    (
        "Chủ tịch Trung ương Hội Người cao tuổi Việt Nam",
        "Chủ tịch Trung ương Hội Người cao tuổi Việt Nam",
        "Chairman of the Central Committee of the Association (Trung ương Hội Người cao tuổi "
        "Việt Nam)",
    ),
    (
        "Phó Chủ tịch Trung ương Hội",
        "Phó Chủ tịch Trung ương Hội",
        "Vice Chairman of the Central Committee of the Association",
    ),
    # a trade union named by the staff or the office it unites, in lower case
    (
        "Chủ tịch Công đoàn viên chức tỉnh",
        "Chủ tịch Công đoàn viên chức tỉnh",
        "Chairman of the Trade Union (Công đoàn viên chức tỉnh)",
    ),
    (
        "Chủ tịch Công đoàn văn phòng Sở Y tế",
        "Chủ tịch Công đoàn văn phòng Sở Y tế",
        "Chairman of the Trade Union (Công đoàn văn phòng Sở Y tế)",
    ),
    # unions, federations, associations, boards, departments, centres named in full
    (
        "Chủ tịch Liên hiệp các Hội Văn học nghệ thuật tỉnh",
        "Chủ tịch Liên hiệp các Hội Văn học nghệ thuật tỉnh",
        "Chairman of the Union of Associations (Liên hiệp các Hội Văn học nghệ thuật tỉnh)",
    ),
    (
        "Phó Chủ tịch Liên đoàn Cầu lông Việt Nam",
        "Phó Chủ tịch Liên đoàn Cầu lông Việt Nam",
        "Vice Chairman of the Federation (Liên đoàn Cầu lông Việt Nam)",
    ),
    (
        "Chủ tịch Hội Người cao tuổi tỉnh",
        "Chủ tịch Hội Người cao tuổi tỉnh",
        "Chairman of the Association (Hội Người cao tuổi tỉnh)",
    ),
    (
        "Trưởng ban Quản lý dự án đầu tư xây dựng huyện",
        "Trưởng Ban Quản lý dự án đầu tư xây dựng huyện",
        "Head of the Board (Ban Quản lý dự án đầu tư xây dựng huyện)",
    ),
    (
        "Giám đốc Trung tâm Văn hóa huyện Đồng Hỷ",
        "Giám đốc Trung tâm Văn hóa huyện Đồng Hỷ",
        "Director of the Centre (Trung tâm Văn hóa huyện Đồng Hỷ)",
    ),
    # a clause word capitalised is a word of the name, not the end of it
    (
        "Giám đốc Trung tâm Thông tin công tác Tuyên giáo",
        "Giám đốc Trung tâm Thông tin công tác Tuyên giáo",
        "Director of the Centre (Trung tâm Thông tin công tác Tuyên giáo)",
    ),
    (
        "Hiệu trưởng Trường Đại học Y Dược Thái Bình",
        "Hiệu trưởng Trường Đại học Y Dược Thái Bình",
        "Rector of the University (Trường Đại học Y Dược Thái Bình)",
    ),
    (
        "Tổng cục trưởng Tổng cục Hải quan",
        "Tổng cục trưởng Tổng cục Hải quan",
        "Director General of the General Department (Tổng cục Hải quan)",
    ),
    (
        "Trưởng phòng Kế hoạch tài chính, Sở Y tế",
        "Trưởng phòng Kế hoạch tài chính, Sở Y tế",
        "Head of the Division (Phòng Kế hoạch tài chính, Sở Y tế)",
    ),
    (
        "Phó Trưởng Công an xã Quảng Lợi",
        "Phó Trưởng Công an xã Quảng Lợi",
        "Deputy Chief of the Police (Công an xã Quảng Lợi)",
    ),
    (
        "Chánh Thanh tra tỉnh",
        "Chánh Thanh tra tỉnh",
        "Chief Inspector of the Provincial Inspectorate",
    ),
    (
        "Bí thư Chi bộ ấp Tân Hòa",
        "Bí thư Chi bộ ấp Tân Hòa",
        "Secretary of the Party cell (Chi bộ ấp Tân Hòa)",
    ),
    # a unit named with "và", then its parent after a dash: written with a comma
    (
        "Vụ trưởng Vụ Pháp luật và Đào Tạo - Bộ Tư pháp",
        "Vụ trưởng Vụ Pháp luật và Đào Tạo, Bộ Tư pháp",
        "Director of the Department (Vụ Pháp luật và Đào Tạo, Bộ Tư pháp)",
    ),
    (
        "Cục trưởng Cục Quản Lý thị trường – Bộ Công Thương",
        "Cục trưởng Cục Quản Lý thị trường, Bộ Công Thương",
        "Director of the Department (Cục Quản Lý thị trường, Bộ Công Thương)",
    ),
    # a city that is not a province: its place is read, its level is the district's
    (
        "Chủ tịch HĐND TP Bảo Lộc",
        "Chủ tịch Hội đồng nhân dân thành phố Bảo Lộc",
        "Chairman of the Bảo Lộc Municipal People's Council",
    ),
    (
        "Bí thư Thành ủy Sầm Sơn",
        "Bí thư Thành ủy Sầm Sơn",
        "Secretary of the Sầm Sơn Municipal Party Committee",
    ),
    # a province named with a dash keeps the joint as written
    (
        "Phó Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu",
        "Vice Chairman of the Bà Rịa-Vũng Tàu Provincial People's Committee",
    ),
    (
        "Phó Chủ tịch UBND tỉnh Bà Rịa – Vũng Tàu",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
        "Vice Chairman of the Bà Rịa - Vũng Tàu Provincial People's Committee",
    ),
    # the province word the text writes after a department is kept
    (
        "Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh",
        "Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh",
        "Director of the Hà Tĩnh Department of Education and Training",
    ),
    # short names of a department's or a ministry's subject, and of the courts and
    # procuracies, no list expands: kept as written
    (
        "Giám đốc Sở GD&ĐT tỉnh Hà Tĩnh",
        "Giám đốc Sở GD&ĐT tỉnh Hà Tĩnh",
        "Director of the Hà Tĩnh Department of Education and Training",
    ),
    (
        "Phó Giám đốc Sở TN&MT",
        "Phó Giám đốc Sở TN&MT",
        "Deputy Director of the Department of Natural Resources and Environment",
    ),
    (
        "Bộ trưởng Bộ LĐ-TB&XH",
        "Bộ trưởng Bộ LĐ-TB&XH",
        "Minister of Labour, Invalids and Social Affairs",
    ),
    (
        "Chánh Văn phòng Đoàn ĐBQH - HĐND tỉnh",
        "Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
        "Chief of the Office of the Provincial Delegation of National Assembly Deputies and "
        "People's Council",
    ),
    (
        "Phó thống đốc Thường trực Ngân hàng Nhà nước",
        "Phó Thống đốc Thường trực Ngân hàng Nhà nước Việt Nam",
        "Standing Deputy Governor of the State Bank of Viet Nam",
    ),
    # a steering committee's topic written with its initials, written out
    (
        "Trưởng Ban Chỉ đạo CĐS tỉnh",
        "Trưởng Ban Chỉ đạo chuyển đổi số tỉnh",
        "Head of the Steering Committee (Ban Chỉ đạo chuyển đổi số tỉnh)",
    ),
    # the short names of the courts and procuracies written out, at every level
    (
        "Phó Viện trưởng VKSND tối cao",
        "Phó Viện trưởng Viện Kiểm sát nhân dân tối cao",
        "Deputy Prosecutor General of the Supreme People's Procuracy",
    ),
    (
        "Phó Viện trưởng VKSNDTC",
        "Phó Viện trưởng Viện Kiểm sát nhân dân tối cao",
        "Deputy Prosecutor General of the Supreme People's Procuracy",
    ),
    (
        "Viện trưởng VKSND thành phố",
        "Viện trưởng Viện Kiểm sát nhân dân thành phố",
        "Director of the Municipal People's Procuracy",
    ),
    (
        "Chánh án TAND huyện",
        "Chánh án Tòa án nhân dân huyện",
        "Chief Justice of the District People's Court",
    ),
    (
        "Chánh án Tòa án nhân dân huyện",
        "Chánh án Tòa án nhân dân huyện",
        "Chief Justice of the District People's Court",
    ),
    (
        "Thẩm phán Tòa án nhân dân tối cao",
        "Thẩm phán Tòa án nhân dân tối cao",
        "Judge of the Supreme People's Court",
    ),
    # the standing deputies of courts, procuracies, offices and academies
    (
        "Phó Chánh án Thường trực Tòa án nhân dân tối cao",
        "Phó Chánh án Thường trực Tòa án nhân dân tối cao",
        "Standing Deputy Chief Justice of the Supreme People's Court",
    ),
    (
        "Phó Viện trưởng Thường trực VKSND tối cao",
        "Phó Viện trưởng Thường trực Viện Kiểm sát nhân dân tối cao",
        "Standing Deputy Prosecutor General of the Supreme People's Procuracy",
    ),
    (
        "Phó chánh Văn phòng Thường trực Văn phòng Trung ương Đảng",
        "Phó Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng",
        "Standing Deputy Chief of the Party Central Committee's Office",
    ),
    (
        "Phó Giám đốc Thường trực Học viện Chính trị quốc gia Hồ Chí Minh",
        "Phó Giám đốc Thường trực Học viện Chính trị quốc gia Hồ Chí Minh",
        "Standing Deputy Director of the Ho Chi Minh National Academy of Politics",
    ),
    (
        "Phó Giám đốc Sở Tư pháp tỉnh",
        "Phó Giám đốc Sở Tư pháp tỉnh",
        "Deputy Director of the Department of Justice",
    ),
    # abbreviated titles
    (
        "TVTU",
        "Ủy viên Ban Thường vụ Tỉnh ủy",
        "member of the Standing Board of the Provincial Party Committee",
    ),
    (
        "UVBTV Huyện ủy",
        "Ủy viên Ban Thường vụ Huyện ủy",
        "member of the Standing Board of the District Party Committee",
    ),
    (
        "Phó Chủ nhiệm UBKT",
        "Phó Chủ nhiệm Ủy ban Kiểm tra",
        "Deputy Chairman of the Inspection Commission",
    ),
    ("Chủ tịch UBND", "Chủ tịch Ủy ban nhân dân", "Chairman of the People's Committee"),
    # an office whose organ is part of it: one string
    (
        "nguyên Tổng Bí thư BCH T.Ư Đảng",
        "nguyên Tổng Bí thư Ban Chấp hành Trung ương Đảng",
        "former General Secretary of the Party Central Committee",
    ),
    ("Tổng Bí thư Đảng Cộng sản Việt Nam", "Tổng Bí thư", "Party General Secretary"),
    # the State's name after the President's title is kept, "CHXHCN" written out
    (
        "Chủ tịch nước CHXHCN Việt Nam",
        "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "President of the Socialist Republic of Vietnam",
    ),
    (
        "nguyên Chủ tịch nước Cộng hòa Xã hội Chủ nghĩa Việt Nam",
        "nguyên Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "former President of the Socialist Republic of Vietnam",
    ),
    # ... and after the National Assembly's Chairman's (the plain title ends before it)
    (
        "Chủ tịch Quốc hội nước Cộng hòa XHCN Việt Nam",
        "Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Chairman of the National Assembly of the Socialist Republic of Vietnam",
    ),
    (
        "Phó Chủ tịch Quốc hội nước CHXHCN Việt Nam",
        "Phó Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Vice Chairman of the National Assembly of the Socialist Republic of Vietnam",
    ),
    (
        "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "member of the Party Central Committee",
    ),
]


@pytest.mark.parametrize(
    ("written", "canonical", "english"), ROUND_TWO_TITLES, ids=[r[0] for r in ROUND_TWO_TITLES]
)
def test_round_two_titles(written: str, canonical: str, english: str) -> None:
    title = parse_title(written)
    assert (str(title), title.english()) == (canonical, english)
    assert parse_title(canonical) == title


def test_round_two_fields() -> None:
    # a city inside a province is a district-level place; a province keeps its level
    assert parse_title("Chủ tịch UBND thành phố Tam Kỳ").organ == Organ(
        "Ủy ban nhân dân thành phố", Level.DISTRICT, "Tam Kỳ"
    )
    assert parse_title("Chủ tịch UBND thành phố Cần Thơ").organ == Organ(
        "Ủy ban nhân dân thành phố", Level.PROVINCIAL, "Cần Thơ"
    )
    # "Tổng Bí thư" keeps its organ when the text writes it, as other roles do
    assert parse_title("Tổng Bí thư Ban Chấp hành Trung ương Đảng") == Title(
        "Tổng Bí thư", Organ("Ban Chấp hành Trung ương Đảng", Level.CENTRAL)
    )
    assert parse_title("Tổng Bí thư") == Title("Tổng Bí thư")
    # the standing deputy named alone is a role, not a board called "Ban Thường trực"
    assert parse_title("Phó Trưởng Ban Thường trực") == Title("Phó Trưởng Ban Thường trực")
    # "UBKT" alone: no "Trung ương" or committee is invented
    assert parse_title("Chủ nhiệm UBKT").organ == Organ("Ủy ban Kiểm tra", None)
    # the province word kept before a department's place
    assert parse_title("Giám đốc Sở Y tế tỉnh Cà Mau").organ == Organ(
        "Sở Y tế", Level.PROVINCIAL, "tỉnh Cà Mau"
    )
    # … and "TP" alone after a department: the city the text means
    assert parse_title("Giám đốc Sở Tài chính TP").organ == Organ(
        "Sở Tài chính", Level.PROVINCIAL, "thành phố"
    )


ROUND_TWO_SENTENCES: list[tuple[str, list[str]]] = [
    # a sub-committee named with lower-case words; the name ends before the clause
    (
        "Ông Lý Văn Tâm quán triệt ý kiến của đồng chí Trần Văn Hòa, Trưởng Tiểu ban nhân sự "
        "Đại hội XIII của Đảng tại phiên họp thứ hai.",
        ["Trần Văn Hòa, Trưởng Tiểu ban nhân sự Đại hội XIII của Đảng"],
    ),
    # a union of a province after a Party group
    (
        "- Lê Thị Thu, Bí thư Đảng đoàn, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh;",
        ["Lê Thị Thu, Bí thư Đảng đoàn, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"],
    ),
    # a unit with "và" and a dash to its parent, after a degree
    (
        "Đồng chí Tiến sĩ Mai Văn Bình - Vụ trưởng Vụ Khoa học và Đào Tạo - Bộ Quốc phòng "
        "trình bày chuyên đề.",
        ["Mai Văn Bình, Vụ trưởng Vụ Khoa học và Đào Tạo, Bộ Quốc phòng"],
    ),
    (
        "Đồng chí TS Hồ Văn Lộc - Vụ trưởng Vụ Châu Âu - Bộ Ngoại giao thông tin thời sự.",
        ["Hồ Văn Lộc, Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao"],
    ),
    # a city's council with its place
    (
        "- Phạm Văn Thanh, nguyên Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Sầm Sơn;",
        [
            "Phạm Văn Thanh, nguyên Phó Bí thư Thành ủy, Chủ tịch Hội đồng nhân dân thành phố "
            "Sầm Sơn"
        ],
    ),
    (
        "Chủ tịch UBND TP Tam Kỳ Lê Văn Thanh báo cáo.",
        ["Lê Văn Thanh, Chủ tịch Ủy ban nhân dân thành phố Tam Kỳ"],
    ),
    # a drafting board named alone after the organ its head leads
    (
        "Chủ nhiệm Văn phòng Quốc hội, Trưởng Ban soạn thảo Bùi Văn Cường phát biểu.",
        ["Bùi Văn Cường, Chủ nhiệm Văn phòng Quốc hội, Trưởng Ban soạn thảo"],
    ),
    # "TX." for "thị xã" inside an organ's name, written out as "TP." is
    (
        "Ông Đoàn Văn Hậu, Chủ tịch HĐND TX. Giá Rai phát biểu.",
        ["Đoàn Văn Hậu, Chủ tịch Hội đồng nhân dân thị xã Giá Rai"],
    ),
    # a minister named with the short subject of the ministry, kept as written
    (
        "Bộ trưởng TT&TT Nguyễn Mạnh Hùng phát biểu tại buổi làm việc.",
        ["Nguyễn Mạnh Hùng, Bộ trưởng Bộ TT&TT"],
    ),
    # a given name that is also a title's word ends a name before a comma or a dash
    (
        "Đồng chí Lò Ban, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu.",
        ["Lò Ban, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy"],
    ),
    (
        "Dự có đồng chí Hoàng Văn Bộ - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.",
        ["Hoàng Văn Bộ, Phó Bí thư Huyện ủy, Chủ tịch Ủy ban nhân dân huyện"],
    ),
    (
        "Kỷ luật ông Đặng Văn Chủ - nguyên Giám đốc Sở Tài chính tỉnh.",
        ["Đặng Văn Chủ, nguyên Giám đốc Sở Tài chính tỉnh"],
    ),
    (
        "Đồng chí Nguyễn Công Trưởng, Phó Chủ tịch UBND tỉnh phát biểu.",
        ["Nguyễn Công Trưởng, Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    (
        "Phó Chủ tịch UBND tỉnh Lê Văn Trưởng phát biểu chỉ đạo.",
        ["Lê Văn Trưởng, Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    (
        "Đồng chí Nguyễn Văn An Trưởng ban Tổ chức Huyện ủy dự.",
        ["Nguyễn Văn An, Trưởng Ban Tổ chức Huyện ủy"],
    ),
    # "QUV" is a member of the district committee; "UVTT" a standing member, on its own
    (
        "Dự có ông Hà Văn Lực, QUV, Phó Chủ tịch HĐND quận.",
        ["Hà Văn Lực, Ủy viên Ban Chấp hành Đảng bộ quận, Phó Chủ tịch Hội đồng nhân dân quận"],
    ),
    (
        "Dự có bà Lê Thị Vân – UVTT, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.",
        [
            "Lê Thị Vân, Ủy viên Thường trực, Trưởng Ban Phong trào Ủy ban Mặt trận Tổ quốc "
            "Việt Nam tỉnh"
        ],
    ),
    # "UVBTV" and the committee after it: the member of that committee's standing board
    (
        "Đồng chí Đỗ Thị Hằng – UVBTV Đảng ủy Sở Tài chính, Trưởng phòng Kế hoạch Sở Tài chính "
        "phát biểu.",
        [
            "Đỗ Thị Hằng, Ủy viên Ban Thường vụ Đảng ủy Sở Tài chính, Trưởng phòng Kế hoạch Sở "
            "Tài chính"
        ],
    ),
    # the bloc of a city's universities and colleges, with its city
    (
        "Ông Trịnh Văn Phúc, Bí thư Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội, dự.",
        ["Trịnh Văn Phúc, Bí thư Đảng ủy Khối các trường đại học, cao đẳng Hà Nội"],
    ),
    (
        "Ông Lâm Quang Vinh, Phó Bí thư Đảng ủy Khối các trường ĐH, CĐ TP.HCM phát biểu.",
        [
            "Lâm Quang Vinh, Phó Bí thư Đảng ủy Khối các trường đại học, cao đẳng Thành phố Hồ "
            "Chí Minh"
        ],
    ),
    # "TP HCM", "TP. Hồ Chí Minh" after an open body: the city's whole name, once
    (
        "Ông Trần Quốc Bảo, Giám đốc Đại học Quốc gia TP HCM, cho biết.",
        ["Trần Quốc Bảo, Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh"],
    ),
    (
        "Bà Lê Thị Hạnh, Giám đốc Trung tâm Y tế TP. Hồ Chí Minh phát biểu.",
        ["Lê Thị Hạnh, Giám đốc Trung tâm Y tế Thành phố Hồ Chí Minh"],
    ),
    (
        "Đồng chí Hà Văn Lực, Bí thư Huyện ủy Lâm Bình phát biểu.",
        ["Hà Văn Lực, Bí thư Huyện ủy Lâm Bình"],
    ),
    (
        "Chủ tịch UBND TP. Vĩnh Yên Hoàng Văn Quý phát biểu.",
        ["Hoàng Văn Quý, Chủ tịch Ủy ban nhân dân thành phố Vĩnh Yên"],
    ),
    # a department's parent organ in parentheses is written after a comma
    (
        "Ông Lê Văn Tâm, Phó Vụ trưởng Vụ Tổ chức cán bộ (Bộ Tư pháp) trình bày.",
        ["Lê Văn Tâm, Phó Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tư pháp"],
    ),
    (
        "Ông Đào Văn Hải, HUV, Bí thư Đảng ủy xã Tân Phú phát biểu.",
        [
            "Đào Văn Hải, Ủy viên Ban Chấp hành Đảng bộ huyện, Bí thư Đảng ủy xã Tân Phú",
        ],
    ),
    # abbreviated titles in a chain and before a name
    (
        "Dự có đồng chí Đinh Thị Lan, TVTU, Trưởng Ban Dân vận Tỉnh ủy; các thành viên Ban "
        "Chỉ đạo.",
        ["Đinh Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy"],
    ),
    (
        "Kỳ họp do Phó Chủ nhiệm UBKT Lò Văn Sơn chủ trì.",
        ["Lò Văn Sơn, Phó Chủ nhiệm Ủy ban Kiểm tra"],
    ),
    # a given name that is also a word ("Dự", "Hội", "Chánh"), before a dash or a comma
    (
        "Đồng chí Trần Văn Dự - Phó Bí thư Đảng ủy Khối chủ trì hội nghị.",
        ["Trần Văn Dự, Phó Bí thư Đảng ủy Khối"],
    ),
    # a local organ written without its level before a province takes the province's level
    (
        "Dự có Chủ tịch HĐND TPHCM Võ Văn Minh và ông Nguyễn Đức Trung, Chủ tịch UBND Nghệ An.",
        [
            "Võ Văn Minh, Chủ tịch Hội đồng nhân dân thành phố Hồ Chí Minh",
            "Nguyễn Đức Trung, Chủ tịch Ủy ban nhân dân tỉnh Nghệ An",
        ],
    ),
    (
        "Chủ tịch HĐND Hà Nội Nguyễn Ngọc Tuấn phát biểu.",
        ["Nguyễn Ngọc Tuấn, Chủ tịch Hội đồng nhân dân thành phố Hà Nội"],
    ),
    # ... but a province's delegation to the National Assembly keeps the province as written
    (
        "Dự có ông Lê Văn Tâm, Trưởng đoàn ĐBQH Nghệ An và bà Vũ Thị Hà, Phó Trưởng Đoàn "
        "ĐBQH tỉnh Thái Bình.",
        [
            "Lê Văn Tâm, Trưởng Đoàn đại biểu Quốc hội Nghệ An",
            "Vũ Thị Hà, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Thái Bình",
        ],
    ),
    # the military Party committee abbreviated
    (
        "Dự có ông Trần Văn Nam, Bí thư Tỉnh ủy, Bí thư ĐUQS tỉnh.",
        ["Trần Văn Nam, Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh"],
    ),
    # ... or before the full stop that ends the sentence
    (
        "Tiếp đoàn có Phó Chủ tịch UBND huyện Hà Văn Sáng.\nNgọc Lan",
        ["Hà Văn Sáng, Phó Chủ tịch Ủy ban nhân dân huyện"],
    ),
    (
        "Ông Lê Thanh Hội, Phó Chủ tịch UBND xã Tân Phú cho biết.",
        ["Lê Thanh Hội, Phó Chủ tịch Ủy ban nhân dân xã Tân Phú"],
    ),
    (
        "Dự có các đồng chí: Vàng A Của, Phó Chủ tịch HĐND tỉnh; Lò Văn Sơn, Chánh Văn phòng.",
        ["Vàng A Của, Phó Chủ tịch Hội đồng nhân dân tỉnh", "Lò Văn Sơn, Chánh Văn phòng"],
    ),
    (
        "Dự có ông Lê Đức Trong, Phó Chủ tịch UBND tỉnh; ông Trần Văn Bình, Phó Tổng Biên "
        "tập, Bí thư Đảng ủy cơ quan Báo Nhân Dân.",
        [
            "Lê Đức Trong, Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Trần Văn Bình, Phó Tổng Biên tập, Bí thư Đảng ủy cơ quan Báo Nhân Dân",
        ],
    ),
    # "TP" alone after a city organ is the city the text means
    (
        "Dự có nguyên Bí thư Thành ủy TP Lê Văn Nhân và ông Trần Văn An, Phó Bí thư Thành ủy TP.",
        [
            "Lê Văn Nhân, nguyên Bí thư Thành ủy Thành phố",
            "Trần Văn An, Phó Bí thư Thành ủy Thành phố",
        ],
    ),
    # ... and so is "Thành phố" written out, also after a committee's board
    (
        "Phát biểu có ông Trần Văn Tư, Phó Bí thư Thành ủy Thành phố, và bà Lê Thị Năm, "
        "Trưởng Ban Dân vận Thành ủy TP.",
        [
            "Trần Văn Tư, Phó Bí thư Thành ủy Thành phố",
            "Lê Thị Năm, Trưởng Ban Dân vận Thành ủy Thành phố",
        ],
    ),
    # "thành phố" is a city, not a street ("phố") named after the person
    (
        "Phát biểu có Chủ tịch UBND thành phố Lê Văn Chinh.",
        ["Lê Văn Chinh, Chủ tịch Ủy ban nhân dân thành phố"],
    ),
    (
        "Chủ trì có đồng chí Lê Quốc Tuấn, Ủy viên dự khuyết TƯ Đảng, Phó Bí thư Tỉnh ủy.",
        ["Lê Quốc Tuấn, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy"],
    ),
    # a title in parentheses after a name, with the term after the role
    (
        "Bà Vũ Thị Hạnh (Phó Bí thư khóa trước) và ông Đặng Văn Tú (Chủ tịch UBND tỉnh) tái "
        "đắc cử.",
        ["Vũ Thị Hạnh, Phó Bí thư", "Đặng Văn Tú, Chủ tịch Ủy ban nhân dân tỉnh"],
    ),
    # former leaders sharing a title before a colon
    (
        "Dự lễ có các đồng chí nguyên Tổng Bí thư BCH Trung ương Đảng: Lê Văn Khải, Đỗ Văn "
        "Lâm; Đại tướng Phạm Văn Bảo, nguyên Chủ tịch nước.",
        [
            "Lê Văn Khải, nguyên Tổng Bí thư Ban Chấp hành Trung ương Đảng",
            "Đỗ Văn Lâm, nguyên Tổng Bí thư Ban Chấp hành Trung ương Đảng",
            "Phạm Văn Bảo, nguyên Chủ tịch nước",
        ],
    ),
    # must not match or absorb: organisers of an event, verbs after a head, a famous name
    ("Ông Lê Văn Tâm, Trưởng Ban Tổ chức Đại hội, báo cáo.", []),
    ("Ông Lê Văn Tâm, Trưởng ban tổ chức giải chạy, phát biểu.", []),
    (
        "Đồng chí Lê Văn Tâm, Trưởng Tiểu ban cám ơn Tỉnh ủy đã quan tâm.",
        ["Lê Văn Tâm, Trưởng Tiểu ban"],
    ),
    (
        "Phó Chủ tịch Hội đồng Lê Văn Tâm giao Sở Nội vụ tham mưu.",
        ["Lê Văn Tâm, Phó Chủ tịch Hội đồng"],
    ),
    ("Tổng Bí thư Trường Chinh đọc báo cáo chính trị.", []),
    (
        "Đồng chí Lê Văn Tâm, Bí thư Đảng ủy khen thưởng Công an xã Tân Phú.",
        ["Lê Văn Tâm, Bí thư Đảng ủy"],
    ),
    (
        "Ông Lê Văn Tâm, Vụ trưởng Vụ Kết cấu hạ tầng và Giao thông, Bộ Tài chính thông tin.",
        ["Lê Văn Tâm, Vụ trưởng Vụ Kết cấu hạ tầng và Giao thông, Bộ Tài chính"],
    ),
    ("Chủ tịch Hội nghị Lê Văn Tâm khai mạc.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), ROUND_TWO_SENTENCES, ids=[row[0][:40] for row in ROUND_TWO_SENTENCES]
)
def test_round_two_sentences(text: str, expected: list[str]) -> None:
    mentions = find_officials(text)
    assert [str(m.value) for m in mentions] == expected
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
