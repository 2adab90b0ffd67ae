"""Organs named in titles: canonical name, level, English, spellings read (lower case).

Levels are the names of :class:`vn_party_docs.Level`. Central Party bodies are
listed before and after the February 2025 reorganisation; provincial, district
and commune organs take the place name that follows them as their locality.
English renderings follow Vietnamese state media; where media vary one choice is
made ("Organisation Commission", "Commission for Information and Education").
"""

from __future__ import annotations

_PCC = "Party Central Committee's"

#: (canonical, level, English, extra spellings in lower case)
ORGANS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # -- central Party ------------------------------------------------------------------
    ("Bộ Chính trị", "CENTRAL", "Politburo", ("bct",)),
    ("Ban Bí thư", "CENTRAL", f"{_PCC} Secretariat", ("bbt",)),
    (
        "Ban Chấp hành Trung ương Đảng",
        "CENTRAL",
        "Party Central Committee",
        (
            "ban chấp hành trung ương",
            "bch trung ương đảng",
            "bch trung ương",
            "bch tw đảng",
            "bch tw",
            "bchtw",
            "bch t.ư",
            "bch tư",
            "ban chấp hành tw",
        ),
    ),
    ("Trung ương Đảng", "CENTRAL", "Party Central Committee", ("tw đảng", "t.ư đảng")),
    (
        "Ban Tổ chức Trung ương",
        "CENTRAL",
        f"{_PCC} Organisation Commission",
        ("ban tổ chức tw", "ban tổ chức tư", "ban tổ chức t.ư", "btctw"),
    ),
    (
        "Ủy ban Kiểm tra Trung ương",
        "CENTRAL",
        f"{_PCC} Inspection Commission",
        ("ủy ban kiểm tra tw", "ubkt trung ương", "ubkt tw", "ubkttw"),
    ),
    (
        "Văn phòng Trung ương Đảng",
        "CENTRAL",
        f"{_PCC} Office",
        ("văn phòng trung ương", "văn phòng tw", "vptw"),
    ),
    (
        "Ban Tuyên giáo và Dân vận Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Information, Education and Mass Mobilisation",
        ("ban tuyên giáo và dân vận tw",),
    ),
    (
        "Ban Tuyên giáo Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Information and Education",
        ("ban tuyên giáo tw",),
    ),
    (
        "Ban Dân vận Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Mass Mobilisation",
        ("ban dân vận tw",),
    ),
    (
        "Ban Nội chính Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Internal Affairs",
        ("ban nội chính tw",),
    ),
    ("Ban Kinh tế Trung ương", "CENTRAL", f"{_PCC} Economic Commission", ("ban kinh tế tw",)),
    (
        "Ban Chính sách, chiến lược Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for Policies and Strategies",
        ("ban chính sách, chiến lược tw",),
    ),
    (
        "Ban Đối ngoại Trung ương",
        "CENTRAL",
        f"{_PCC} Commission for External Relations",
        ("ban đối ngoại tw",),
    ),
    ("Hội đồng Lý luận Trung ương", "CENTRAL", "Central Theoretical Council", ()),
    ("Quân ủy Trung ương", "CENTRAL", "Central Military Commission", ("quân ủy tw",)),
    ("Đảng ủy Công an Trung ương", "CENTRAL", "Central Public Security Party Committee", ()),
    (
        "Đảng ủy Khối các cơ quan Trung ương",
        "CENTRAL",
        "Party Committee of the Central Agencies' Bloc",
        ("đảng ủy khối các cơ quan tw",),
    ),
    (
        "Đảng ủy Khối Doanh nghiệp Trung ương",
        "CENTRAL",
        "Party Committee of the Central Enterprises' Bloc",
        ("đảng ủy khối doanh nghiệp tw",),
    ),
    (
        "Đảng ủy các cơ quan Đảng Trung ương",
        "CENTRAL",
        "Party Committee of the Central Party Agencies",
        ("đảng ủy các cơ quan đảng tw",),
    ),
    ("Đảng ủy Chính phủ", "CENTRAL", "Government's Party Committee", ()),
    ("Đảng ủy Quốc hội", "CENTRAL", "National Assembly's Party Committee", ()),
    (
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
        "CENTRAL",
        "Party Committee of the Vietnam Fatherland Front and Central Mass Organisations",
        ("đảng ủy mttq, các đoàn thể trung ương",),
    ),
    ("Đảng bộ Chính phủ", "CENTRAL", "Government's Party Organisation", ()),
    ("Đảng bộ Quốc hội", "CENTRAL", "National Assembly's Party Organisation", ()),
    (
        "Đảng bộ các cơ quan Đảng Trung ương",
        "CENTRAL",
        "Party Organisation of the Central Party Agencies",
        (),
    ),
    (
        "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương",
        "CENTRAL",
        "Party Organisation of the Vietnam Fatherland Front and Central Mass Organisations",
        (),
    ),
    ("Đảng đoàn Quốc hội", "CENTRAL", "National Assembly's Party Delegation", ()),
    (
        "Đảng đoàn Mặt trận Tổ quốc Việt Nam",
        "CENTRAL",
        "Party Delegation of the Vietnam Fatherland Front",
        ("đảng đoàn mttq việt nam",),
    ),
    ("Ban cán sự đảng Chính phủ", "CENTRAL", "Government's Party Civil Affairs Board", ()),
    (
        "Học viện Chính trị quốc gia Hồ Chí Minh",
        "CENTRAL",
        "Ho Chi Minh National Academy of Politics",
        ("học viện ctqg hồ chí minh",),
    ),
    # -- central State --------------------------------------------------------------------
    (
        "Ủy ban Thường vụ Quốc hội",
        "CENTRAL",
        "National Assembly Standing Committee",
        ("ubtvqh",),
    ),
    ("Quốc hội", "CENTRAL", "National Assembly", ("qh",)),
    ("Chính phủ", "CENTRAL", "Government", ()),
    ("Hội đồng Dân tộc", "CENTRAL", "Ethnic Council", ()),
    ("Ủy ban Pháp luật và Tư pháp", "CENTRAL", "Committee for Law and Justice", ()),
    ("Ủy ban Kinh tế và Tài chính", "CENTRAL", "Committee for Economic and Financial Affairs", ()),
    (
        "Ủy ban Quốc phòng, An ninh và Đối ngoại",
        "CENTRAL",
        "Committee for National Defence, Security and Foreign Affairs",
        (),
    ),
    ("Ủy ban Văn hóa và Xã hội", "CENTRAL", "Committee for Culture and Social Affairs", ()),
    (
        "Ủy ban Khoa học, Công nghệ và Môi trường",
        "CENTRAL",
        "Committee for Science, Technology and Environment",
        (),
    ),
    (
        "Ủy ban Công tác đại biểu",
        "CENTRAL",
        "Commission for Deputy Affairs",
        ("ủy ban công tác đại biểu quốc hội",),
    ),
    (
        "Ban Công tác đại biểu",
        "CENTRAL",
        "Commission for Deputy Affairs",
        ("ban công tác đại biểu quốc hội", "ban công tác đại biểu thuộc ủy ban thường vụ quốc hội"),
    ),
    (
        "Ủy ban Dân nguyện và Giám sát",
        "CENTRAL",
        "Committee for People's Aspirations and Supervision",
        (),
    ),
    ("Văn phòng Quốc hội", "CENTRAL", "Office of the National Assembly", ()),
    ("Văn phòng Chủ tịch nước", "CENTRAL", "Office of the President", ()),
    ("Văn phòng Chính phủ", "CENTRAL", "Government Office", ()),
    ("Tòa án nhân dân tối cao", "CENTRAL", "Supreme People's Court", ("tand tối cao",)),
    (
        "Viện Kiểm sát nhân dân tối cao",
        "CENTRAL",
        "Supreme People's Procuracy",
        ("vksnd tối cao",),
    ),
    ("Kiểm toán Nhà nước", "CENTRAL", "State Audit Office", ()),
    ("Ngân hàng Nhà nước Việt Nam", "CENTRAL", "State Bank of Viet Nam", ("ngân hàng nhà nước",)),
    ("Thanh tra Chính phủ", "CENTRAL", "Government Inspectorate", ()),
    ("Ủy ban Dân tộc", "CENTRAL", "Committee for Ethnic Minority Affairs", ()),
    # -- Fatherland Front and mass organisations --------------------------------------------
    (
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "CENTRAL",
        "Vietnam Fatherland Front Central Committee",
        (
            "ủy ban trung ương mttq việt nam",
            "ubtư mttq việt nam",
            "ubtw mttq việt nam",
            "ủy ban trung ương mttq",
            "ubtư mttq",
            "ubtw mttq",
        ),
    ),
    (
        "Tổng Liên đoàn Lao động Việt Nam",
        "CENTRAL",
        "Vietnam General Confederation of Labour",
        (),
    ),
    ("Hội Nông dân Việt Nam", "CENTRAL", "Vietnam Farmers' Union", ()),
    (
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "CENTRAL",
        "Ho Chi Minh Communist Youth Union Central Committee",
        ("trung ương đoàn tncs hồ chí minh", "trung ương đoàn"),
    ),
    ("Hội Liên hiệp Phụ nữ Việt Nam", "CENTRAL", "Vietnam Women's Union", ("hội lhpn việt nam",)),
    ("Hội Cựu chiến binh Việt Nam", "CENTRAL", "Vietnam Veterans' Association", ()),
    # -- provincial (the place name follows) ------------------------------------------------------
    (
        "Ban Thường vụ Tỉnh ủy",
        "PROVINCIAL",
        "Standing Board of the Provincial Party Committee",
        ("btv tỉnh ủy", "tvtu", "ban tvtu", "ban thường vụ tu"),
    ),
    (
        "Ban Thường vụ Thành ủy",
        "PROVINCIAL",
        "Standing Board of the Municipal Party Committee",
        ("btv thành ủy",),
    ),
    (
        "Thường trực Tỉnh ủy",
        "PROVINCIAL",
        "Standing Committee of the Provincial Party Committee",
        (),
    ),
    (
        "Thường trực Thành ủy",
        "PROVINCIAL",
        "Standing Committee of the Municipal Party Committee",
        (),
    ),
    (
        "Ban Chấp hành Đảng bộ tỉnh",
        "PROVINCIAL",
        "Provincial Party Committee",
        ("bch đảng bộ tỉnh",),
    ),
    ("Ban Chấp hành Đảng bộ thành phố", "PROVINCIAL", "Municipal Party Committee", ()),
    (
        "Ban Tổ chức Tỉnh ủy",
        "PROVINCIAL",
        "Organisation Commission of the Provincial Party Committee",
        (),
    ),
    (
        "Ban Tổ chức Thành ủy",
        "PROVINCIAL",
        "Organisation Commission of the Municipal Party Committee",
        (),
    ),
    (
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "PROVINCIAL",
        "Commission for Information, Education and Mass Mobilisation"
        " of the Provincial Party Committee",
        (),
    ),
    (
        "Ban Tuyên giáo Tỉnh ủy",
        "PROVINCIAL",
        "Commission for Information and Education of the Provincial Party Committee",
        (),
    ),
    (
        "Ban Dân vận Tỉnh ủy",
        "PROVINCIAL",
        "Commission for Mass Mobilisation of the Provincial Party Committee",
        (),
    ),
    (
        "Ban Nội chính Tỉnh ủy",
        "PROVINCIAL",
        "Commission for Internal Affairs of the Provincial Party Committee",
        (),
    ),
    (
        "Ủy ban Kiểm tra Tỉnh ủy",
        "PROVINCIAL",
        "Inspection Commission of the Provincial Party Committee",
        ("ubkt tỉnh ủy",),
    ),
    (
        "Ủy ban Kiểm tra Thành ủy",
        "PROVINCIAL",
        "Inspection Commission of the Municipal Party Committee",
        ("ubkt thành ủy",),
    ),
    ("Văn phòng Tỉnh ủy", "PROVINCIAL", "Office of the Provincial Party Committee", ()),
    ("Văn phòng Thành ủy", "PROVINCIAL", "Office of the Municipal Party Committee", ()),
    (
        "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
        "PROVINCIAL",
        "Party Committee of the Provincial Agencies and Enterprises' Bloc",
        (),
    ),
    (
        "Đảng ủy Khối các cơ quan tỉnh",
        "PROVINCIAL",
        "Party Committee of the Provincial Agencies' Bloc",
        (),
    ),
    (
        "Đảng ủy Khối Doanh nghiệp tỉnh",
        "PROVINCIAL",
        "Party Committee of the Provincial Enterprises' Bloc",
        (),
    ),
    (
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "PROVINCIAL",
        "Party Committee of the Provincial People's Committee",
        ("đảng ủy ubnd tỉnh",),
    ),
    (
        "Đảng ủy các cơ quan Đảng tỉnh",
        "PROVINCIAL",
        "Party Committee of the Provincial Party Agencies",
        (),
    ),
    ("Tỉnh ủy", "PROVINCIAL", "Provincial Party Committee", ("tu",)),
    ("Đảng bộ tỉnh", "PROVINCIAL", "Provincial Party Organisation", ()),
    ("Đảng bộ thành phố", "PROVINCIAL", "Municipal Party Organisation", ()),
    ("Thành ủy", "PROVINCIAL", "Municipal Party Committee", ()),
    ("Hội đồng nhân dân tỉnh", "PROVINCIAL", "Provincial People's Council", ("hđnd tỉnh",)),
    ("Ủy ban nhân dân tỉnh", "PROVINCIAL", "Provincial People's Committee", ("ubnd tỉnh",)),
    (
        "Hội đồng nhân dân thành phố",
        "PROVINCIAL",
        "Municipal People's Council",
        ("hđnd thành phố", "hđnd tp"),
    ),
    (
        "Ủy ban nhân dân thành phố",
        "PROVINCIAL",
        "Municipal People's Committee",
        ("ubnd thành phố", "ubnd tp"),
    ),
    (
        "Ủy ban Mặt trận Tổ quốc tỉnh",
        "PROVINCIAL",
        "Provincial Fatherland Front Committee",
        ("ủy ban mttq tỉnh", "ubmttq tỉnh", "ủy ban mttq việt nam tỉnh"),
    ),
    (
        "Đoàn đại biểu Quốc hội tỉnh",
        "PROVINCIAL",
        "Provincial Delegation of National Assembly Deputies",
        ("đoàn đbqh tỉnh",),
    ),
    ("Sở Nội vụ", "PROVINCIAL", "Department of Home Affairs", ()),
    ("Sở Tài chính", "PROVINCIAL", "Department of Finance", ()),
    ("Sở Y tế", "PROVINCIAL", "Department of Health", ()),
    ("Sở Giáo dục và Đào tạo", "PROVINCIAL", "Department of Education and Training", ()),
    ("Sở Tư pháp", "PROVINCIAL", "Department of Justice", ()),
    # -- district (until 30 June 2025) ---------------------------------------------------------
    (
        "Ban Thường vụ Huyện ủy",
        "DISTRICT",
        "Standing Board of the District Party Committee",
        ("btv huyện ủy",),
    ),
    (
        "Ban Tổ chức Huyện ủy",
        "DISTRICT",
        "Organisation Commission of the District Party Committee",
        (),
    ),
    (
        "Ủy ban Kiểm tra Huyện ủy",
        "DISTRICT",
        "Inspection Commission of the District Party Committee",
        (),
    ),
    ("Ban Chấp hành Đảng bộ huyện", "DISTRICT", "District Party Committee", ()),
    ("Huyện ủy", "DISTRICT", "District Party Committee", ()),
    ("Quận ủy", "DISTRICT", "District Party Committee", ()),
    ("Thị ủy", "DISTRICT", "Town Party Committee", ()),
    ("Hội đồng nhân dân huyện", "DISTRICT", "District People's Council", ("hđnd huyện",)),
    ("Ủy ban nhân dân huyện", "DISTRICT", "District People's Committee", ("ubnd huyện",)),
    ("Ủy ban nhân dân quận", "DISTRICT", "District People's Committee", ("ubnd quận",)),
    # -- commune ---------------------------------------------------------------------------------
    ("Đảng ủy xã", "COMMUNE", "Commune Party Committee", ()),
    ("Đảng ủy phường", "COMMUNE", "Ward Party Committee", ()),
    ("Đảng ủy thị trấn", "COMMUNE", "Township Party Committee", ()),
    ("Hội đồng nhân dân xã", "COMMUNE", "Commune People's Council", ("hđnd xã",)),
    ("Ủy ban nhân dân xã", "COMMUNE", "Commune People's Committee", ("ubnd xã",)),
    ("Hội đồng nhân dân phường", "COMMUNE", "Ward People's Council", ("hđnd phường",)),
    ("Ủy ban nhân dân phường", "COMMUNE", "Ward People's Committee", ("ubnd phường",)),
    # -- grassroots ------------------------------------------------------------------------------
    ("Ban Chấp hành Đảng bộ", "GRASSROOTS", "Party Committee", ()),
    ("Chi bộ", "GRASSROOTS", "Party cell", ()),
    ("Đảng ủy", "GRASSROOTS", "Party Committee", ()),
)

#: Ministries before and after 1 March 2025: canonical, English subject, short spellings
#: read after "Bộ trưởng" / "Thứ trưởng" ("Bộ trưởng Quốc phòng").
MINISTRIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Bộ Quốc phòng", "National Defence", ("quốc phòng",)),
    ("Bộ Công an", "Public Security", ("công an",)),
    ("Bộ Ngoại giao", "Foreign Affairs", ("ngoại giao",)),
    ("Bộ Nội vụ", "Home Affairs", ("nội vụ",)),
    ("Bộ Tư pháp", "Justice", ("tư pháp",)),
    ("Bộ Tài chính", "Finance", ("tài chính",)),
    ("Bộ Công Thương", "Industry and Trade", ("công thương",)),
    ("Bộ Nông nghiệp và Môi trường", "Agriculture and Environment", ("nông nghiệp và môi trường",)),
    (
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "Agriculture and Rural Development",
        ("nông nghiệp và phát triển nông thôn",),
    ),
    ("Bộ Xây dựng", "Construction", ("xây dựng",)),
    ("Bộ Giao thông vận tải", "Transport", ("giao thông vận tải",)),
    (
        "Bộ Tài nguyên và Môi trường",
        "Natural Resources and Environment",
        ("tài nguyên và môi trường",),
    ),
    (
        "Bộ Thông tin và Truyền thông",
        "Information and Communications",
        ("thông tin và truyền thông",),
    ),
    (
        "Bộ Lao động - Thương binh và Xã hội",
        "Labour, Invalids and Social Affairs",
        ("lao động - thương binh và xã hội", "lao động, thương binh và xã hội"),
    ),
    (
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Culture, Sports and Tourism",
        ("văn hóa, thể thao và du lịch",),
    ),
    ("Bộ Khoa học và Công nghệ", "Science and Technology", ("khoa học và công nghệ",)),
    ("Bộ Giáo dục và Đào tạo", "Education and Training", ("giáo dục và đào tạo",)),
    ("Bộ Y tế", "Health", ("y tế",)),
    ("Bộ Kế hoạch và Đầu tư", "Planning and Investment", ("kế hoạch và đầu tư",)),
    ("Bộ Dân tộc và Tôn giáo", "Ethnic and Religious Affairs", ("dân tộc và tôn giáo",)),
)

#: Organs written only as part of a fused title ("Bí thư Trung ương Đảng"), never read alone.
FUSED_ONLY_ORGANS: tuple[str, ...] = ("Trung ương Đảng",)

#: Ways news text writes "Trung ương" inside organ names.
TRUNG_UONG_SPELLINGS: tuple[str, ...] = ("tw", "tư", "t.ư")

#: Phrases that look like organs but are not ("Ban Tổ chức Hội thi").
NOT_ORGANS: tuple[str, ...] = (
    "ban tổ chức hội thi",
    "ban tổ chức cuộc thi",
    "ban tổ chức giải",
    "ban tổ chức lễ hội",
    "ban tổ chức đại hội",
    "tiểu ban tổ chức",
    "ban tổ chức chương trình",
    "ban tổ chức sự kiện",
    "ban giám khảo",
)
