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
    ("Thủ tướng Chính phủ", "CENTRAL", "Prime Minister", ()),
    ("Tổng Bí thư", "CENTRAL", "General Secretary", ()),
    ("Chủ tịch nước", "CENTRAL", "State President", ()),
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
    ("Ban Chỉ đạo Trung ương", "CENTRAL", "Central Steering Committee", ("ban chỉ đạo tw",)),
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
        ("ban công tác đại biểu thuộc ủy ban thường vụ quốc hội",),
    ),
    (
        "Ban Công tác đại biểu Quốc hội",
        "CENTRAL",
        "National Assembly's Commission for Deputy Affairs",
        (),
    ),
    # committees of the National Assembly before the 2025 reorganisation
    ("Ủy ban Pháp luật", "CENTRAL", "Committee for Legal Affairs", ()),
    ("Ủy ban Tư pháp", "CENTRAL", "Judicial Committee", ()),
    ("Ủy ban Kinh tế", "CENTRAL", "Economic Committee", ()),
    ("Ủy ban Tài chính, Ngân sách", "CENTRAL", "Finance and Budget Committee", ()),
    ("Ủy ban Quốc phòng và An ninh", "CENTRAL", "Committee for National Defence and Security", ()),
    ("Ủy ban Văn hóa, Giáo dục", "CENTRAL", "Committee for Culture and Education", ()),
    ("Ủy ban Xã hội", "CENTRAL", "Committee for Social Affairs", ()),
    ("Ủy ban Đối ngoại", "CENTRAL", "Committee for External Relations", ()),
    ("Ban Dân nguyện", "CENTRAL", "People's Aspirations Committee", ()),
    # press, academies and other central bodies whose heads appear in Party news
    ("Tạp chí Cộng sản", "CENTRAL", "Communist Review", ()),
    (
        "Tổng cục Chính trị Quân đội nhân dân Việt Nam",
        "CENTRAL",
        "General Department of Politics of the Vietnam People's Army",
        ("tổng cục chính trị qđnd việt nam", "tổng cục chính trị"),
    ),
    ("Bộ Tổng Tham mưu", "CENTRAL", "General Staff of the Vietnam People's Army", ()),
    ("Báo Nhân Dân", "CENTRAL", "Nhân Dân newspaper", ("báo nhân dân",)),
    ("Thông tấn xã Việt Nam", "CENTRAL", "Vietnam News Agency", ("ttxvn",)),
    ("Đài Truyền hình Việt Nam", "CENTRAL", "Vietnam Television", ()),
    ("Đài Tiếng nói Việt Nam", "CENTRAL", "Voice of Vietnam", ()),
    ("Học viện Hành chính quốc gia", "CENTRAL", "National Academy of Public Administration", ()),
    ("Ban Tôn giáo Chính phủ", "CENTRAL", "Government Committee for Religious Affairs", ()),
    ("Bảo hiểm xã hội Việt Nam", "CENTRAL", "Vietnam Social Security", ()),
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
    (
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "CENTRAL",
        "Ho Chi Minh Communist Youth Union",
        ("đoàn tncs hồ chí minh", "đoàn thanh niên cs hồ chí minh"),
    ),
    ("Đoàn Thanh niên", "GRASSROOTS", "Youth Union", ()),
    ("Hội Cựu chiến binh Việt Nam", "CENTRAL", "Vietnam Veterans' Association", ()),
    # -- provincial (the place name follows; committee bodies are composed below) ------------
    (
        "Ban Chấp hành Đảng bộ tỉnh",
        "PROVINCIAL",
        "{}Provincial Party Committee",
        ("bch đảng bộ tỉnh",),
    ),
    ("Ban Chấp hành Đảng bộ thành phố", "PROVINCIAL", "{}Municipal Party Committee", ()),
    ("Đảng bộ tỉnh", "PROVINCIAL", "{}Provincial Party Organisation", ()),
    ("Đảng bộ thành phố", "PROVINCIAL", "{}Municipal Party Organisation", ()),
    ("Hội đồng nhân dân tỉnh", "PROVINCIAL", "{}Provincial People's Council", ("hđnd tỉnh",)),
    ("Ủy ban nhân dân tỉnh", "PROVINCIAL", "{}Provincial People's Committee", ("ubnd tỉnh",)),
    (
        "Hội đồng nhân dân thành phố",
        "PROVINCIAL",
        "{}Municipal People's Council",
        ("hđnd thành phố", "hđnd tp"),
    ),
    (
        "Ủy ban nhân dân thành phố",
        "PROVINCIAL",
        "{}Municipal People's Committee",
        ("ubnd thành phố", "ubnd tp"),
    ),
    (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "PROVINCIAL",
        "{}Provincial Vietnam Fatherland Front Committee",
        ("ủy ban mttq việt nam tỉnh", "ubmttq việt nam tỉnh", "ủy ban mttqvn tỉnh"),
    ),
    (
        "Ủy ban Mặt trận Tổ quốc tỉnh",
        "PROVINCIAL",
        "{}Provincial Fatherland Front Committee",
        ("ủy ban mttq tỉnh", "ubmttq tỉnh"),
    ),
    (
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
        "PROVINCIAL",
        "{}Municipal Vietnam Fatherland Front Committee",
        ("ủy ban mttq việt nam thành phố", "ubmttq việt nam thành phố"),
    ),
    (
        "Đoàn đại biểu Quốc hội tỉnh",
        "PROVINCIAL",
        "{}Provincial Delegation of National Assembly Deputies",
        ("đoàn đbqh tỉnh",),
    ),
    (
        "Đoàn đại biểu Quốc hội thành phố",
        "PROVINCIAL",
        "{}Municipal Delegation of National Assembly Deputies",
        ("đoàn đbqh thành phố", "đoàn đbqh tp"),
    ),
    ("Công an tỉnh", "PROVINCIAL", "{}Provincial Police", ()),
    ("Công an thành phố", "PROVINCIAL", "{}Municipal Police", ()),
    ("Bộ Chỉ huy Quân sự tỉnh", "PROVINCIAL", "{}Provincial Military Command", ("bộ chqs tỉnh",)),
    ("Bộ Tư lệnh Thủ đô Hà Nội", "PROVINCIAL", "Hà Nội Capital High Command", ()),
    ("Tỉnh Đoàn", "PROVINCIAL", "{}Provincial Youth Union", ("tỉnh đoàn",)),
    ("Thành Đoàn", "PROVINCIAL", "{}Municipal Youth Union", ("thành đoàn",)),
    ("Hội Nông dân tỉnh", "PROVINCIAL", "{}Provincial Farmers' Union", ()),
    ("Hội Liên hiệp Phụ nữ tỉnh", "PROVINCIAL", "{}Provincial Women's Union", ("hội lhpn tỉnh",)),
    (
        "Hội Cựu chiến binh tỉnh",
        "PROVINCIAL",
        "{}Provincial Veterans' Association",
        ("hội ccb tỉnh",),
    ),
    (
        "Liên đoàn Lao động tỉnh",
        "PROVINCIAL",
        "{}Provincial Labour Federation",
        ("liên đoàn lđ tỉnh",),
    ),
    ("Thanh tra tỉnh", "PROVINCIAL", "{}Provincial Inspectorate", ()),
    (
        "Văn phòng Ủy ban nhân dân tỉnh",
        "PROVINCIAL",
        "Office of the {}Provincial People's Committee",
        ("văn phòng ubnd tỉnh",),
    ),
    (
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
        "PROVINCIAL",
        "Office of the {}Provincial Delegation of National Assembly Deputies and People's Council",
        ("văn phòng đoàn đbqh và hđnd tỉnh",),
    ),
    ("Trường Chính trị tỉnh", "PROVINCIAL", "{}Provincial School of Politics", ()),
    ("Tòa án nhân dân tỉnh", "PROVINCIAL", "{}Provincial People's Court", ("tand tỉnh",)),
    (
        "Viện Kiểm sát nhân dân tỉnh",
        "PROVINCIAL",
        "{}Provincial People's Procuracy",
        ("vksnd tỉnh",),
    ),
    ("Sở Nội vụ", "PROVINCIAL", "{}Department of Home Affairs", ()),
    ("Sở Tài chính", "PROVINCIAL", "{}Department of Finance", ()),
    ("Sở Y tế", "PROVINCIAL", "{}Department of Health", ()),
    ("Sở Giáo dục và Đào tạo", "PROVINCIAL", "{}Department of Education and Training", ()),
    ("Sở Tư pháp", "PROVINCIAL", "{}Department of Justice", ()),
    ("Sở Kế hoạch và Đầu tư", "PROVINCIAL", "{}Department of Planning and Investment", ()),
    ("Sở Xây dựng", "PROVINCIAL", "{}Department of Construction", ()),
    ("Sở Công Thương", "PROVINCIAL", "{}Department of Industry and Trade", ()),
    ("Sở Giao thông vận tải", "PROVINCIAL", "{}Department of Transport", ()),
    (
        "Sở Nông nghiệp và Phát triển nông thôn",
        "PROVINCIAL",
        "{}Department of Agriculture and Rural Development",
        (),
    ),
    (
        "Sở Nông nghiệp và Môi trường",
        "PROVINCIAL",
        "{}Department of Agriculture and Environment",
        (),
    ),
    (
        "Sở Tài nguyên và Môi trường",
        "PROVINCIAL",
        "{}Department of Natural Resources and Environment",
        (),
    ),
    (
        "Sở Lao động - Thương binh và Xã hội",
        "PROVINCIAL",
        "{}Department of Labour, Invalids and Social Affairs",
        ("sở lao động, thương binh và xã hội", "sở lđ-tb&xh", "sở lđtbxh"),
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch",
        "PROVINCIAL",
        "{}Department of Culture, Sports and Tourism",
        ("sở vh-tt&dl", "sở vhttdl"),
    ),
    ("Sở Văn hóa và Thể thao", "PROVINCIAL", "{}Department of Culture and Sports", ()),
    ("Sở Khoa học và Công nghệ", "PROVINCIAL", "{}Department of Science and Technology", ()),
    (
        "Sở Thông tin và Truyền thông",
        "PROVINCIAL",
        "{}Department of Information and Communications",
        (),
    ),
    ("Sở Ngoại vụ", "PROVINCIAL", "{}Department of Foreign Affairs", ()),
    ("Sở Dân tộc và Tôn giáo", "PROVINCIAL", "{}Department of Ethnic and Religious Affairs", ()),
    ("Sở Du lịch", "PROVINCIAL", "{}Department of Tourism", ()),
    # -- district (until 30 June 2025) ---------------------------------------------------------
    ("Ban Chấp hành Đảng bộ huyện", "DISTRICT", "{}District Party Committee", ()),
    ("Hội đồng nhân dân huyện", "DISTRICT", "{}District People's Council", ("hđnd huyện",)),
    ("Ủy ban nhân dân huyện", "DISTRICT", "{}District People's Committee", ("ubnd huyện",)),
    ("Hội đồng nhân dân quận", "DISTRICT", "{}District People's Council", ("hđnd quận",)),
    ("Ủy ban nhân dân quận", "DISTRICT", "{}District People's Committee", ("ubnd quận",)),
    ("Hội đồng nhân dân thị xã", "DISTRICT", "{}Town People's Council", ("hđnd thị xã",)),
    ("Ủy ban nhân dân thị xã", "DISTRICT", "{}Town People's Committee", ("ubnd thị xã",)),
    (
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
        "DISTRICT",
        "{}District Vietnam Fatherland Front Committee",
        ("ủy ban mttq việt nam huyện", "ủy ban mttq huyện", "ubmttq huyện"),
    ),
    # -- commune ---------------------------------------------------------------------------------
    ("Ban Chấp hành Đảng bộ xã", "COMMUNE", "{}Commune Party Committee", ()),
    ("Hội đồng nhân dân xã", "COMMUNE", "{}Commune People's Council", ("hđnd xã",)),
    ("Ủy ban nhân dân xã", "COMMUNE", "{}Commune People's Committee", ("ubnd xã",)),
    ("Hội đồng nhân dân phường", "COMMUNE", "{}Ward People's Council", ("hđnd phường",)),
    ("Ủy ban nhân dân phường", "COMMUNE", "{}Ward People's Committee", ("ubnd phường",)),
    ("Hội đồng nhân dân thị trấn", "COMMUNE", "{}Township People's Council", ("hđnd thị trấn",)),
    ("Ủy ban nhân dân thị trấn", "COMMUNE", "{}Township People's Committee", ("ubnd thị trấn",)),
    ("Hội đồng nhân dân đặc khu", "COMMUNE", "{}Special Zone People's Council", ("hđnd đặc khu",)),
    (
        "Ủy ban nhân dân đặc khu",
        "COMMUNE",
        "{}Special Zone People's Committee",
        ("ubnd đặc khu",),
    ),
    (
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "COMMUNE",
        "{}Commune Vietnam Fatherland Front Committee",
        ("ủy ban mttq việt nam xã", "ủy ban mttq xã", "ubmttq xã"),
    ),
    # -- grassroots ------------------------------------------------------------------------------
    ("Ban Chấp hành Đảng bộ", "GRASSROOTS", "Party Committee", ()),
    ("Chi bộ", "GRASSROOTS", "Party cell", ()),
)

#: Party committees that have standing bodies and staff commissions ("Ban Thường vụ Tỉnh
#: ủy", "Ủy ban Kiểm tra Huyện ủy"): canonical, level, English ("{}" is where a place goes),
#: extra spellings. Every committee is also an organ on its own.
PARTY_COMMITTEES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Tỉnh ủy", "PROVINCIAL", "{}Provincial Party Committee", ("tu",)),
    ("Thành ủy", "PROVINCIAL", "{}Municipal Party Committee", ()),
    ("Huyện ủy", "DISTRICT", "{}District Party Committee", ()),
    ("Quận ủy", "DISTRICT", "{}District Party Committee", ()),
    ("Thị ủy", "DISTRICT", "{}Town Party Committee", ()),
    ("Đảng ủy xã", "COMMUNE", "{}Commune Party Committee", ()),
    ("Đảng ủy phường", "COMMUNE", "{}Ward Party Committee", ()),
    ("Đảng ủy thị trấn", "COMMUNE", "{}Township Party Committee", ()),
    ("Đảng ủy đặc khu", "COMMUNE", "{}Special Zone Party Committee", ()),
    (
        "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
        "PROVINCIAL",
        "Party Committee of the {}Provincial Agencies and Enterprises' Bloc",
        (),
    ),
    (
        "Đảng ủy Khối các cơ quan tỉnh",
        "PROVINCIAL",
        "Party Committee of the {}Provincial Agencies' Bloc",
        (),
    ),
    (
        "Đảng ủy Khối Doanh nghiệp tỉnh",
        "PROVINCIAL",
        "Party Committee of the {}Provincial Enterprises' Bloc",
        (),
    ),
    (
        "Đảng ủy các cơ quan Đảng tỉnh",
        "PROVINCIAL",
        "Party Committee of the {}Provincial Party Agencies",
        (),
    ),
    (
        "Đảng ủy Quân sự tỉnh",
        "PROVINCIAL",
        "{}Provincial Military Party Committee",
        (),
    ),
    (
        "Đảng ủy Công an tỉnh",
        "PROVINCIAL",
        "{}Provincial Police Party Committee",
        (),
    ),
    ("Quân ủy Trung ương", "CENTRAL", "Central Military Commission", ("quân ủy tw",)),
    (
        "Đảng ủy Quân sự Trung ương",
        "CENTRAL",
        "Central Military Party Committee",
        ("đảng ủy quân sự tw",),
    ),
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
        ("đảng ủy mttq, các đoàn thể trung ương", "đảng ủy mttq, các đoàn thể tw"),
    ),
    ("Đảng ủy", "GRASSROOTS", "Party Committee", ()),
)

#: Bodies of a Party committee: canonical head, English ("{}" is the committee), abbreviations
#: of the head. "Ban Thường vụ" + "Tỉnh ủy" is "Ban Thường vụ Tỉnh ủy".
COMMITTEE_BODIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Ban Thường vụ", "Standing Board of the {}", ("btv", "ban tv")),
    ("Thường trực", "Standing Committee of the {}", ()),
    ("Ủy ban Kiểm tra", "Inspection Commission of the {}", ("ubkt",)),
    ("Ban Tổ chức", "Organisation Commission of the {}", ("btc",)),
    (
        "Ban Tuyên giáo và Dân vận",
        "Commission for Information, Education and Mass Mobilisation of the {}",
        ("ban tg&dv", "ban tgdv"),
    ),
    ("Ban Tuyên giáo", "Commission for Information and Education of the {}", ("btg",)),
    ("Ban Dân vận", "Commission for Mass Mobilisation of the {}", ("bdv",)),
    ("Ban Nội chính", "Commission for Internal Affairs of the {}", ("bnc",)),
    ("Ban Xây dựng Đảng", "Party Building Commission of the {}", ("ban xây dựng đảng",)),
    ("Văn phòng", "Office of the {}", ()),
)

#: Spellings of a whole body of a committee ("TVTU" is Ban Thường vụ Tỉnh ủy).
COMMITTEE_BODY_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("tvtu", "Ban Thường vụ Tỉnh ủy"),
    ("ban tvtu", "Ban Thường vụ Tỉnh ủy"),
    ("ban thường vụ tu", "Ban Thường vụ Tỉnh ủy"),
    ("btvtu", "Ban Thường vụ Tỉnh ủy"),
    ("ubkt tu", "Ủy ban Kiểm tra Tỉnh ủy"),
)

#: Party groups set up inside a State or Front body ("Đảng đoàn Quốc hội", "Ban cán sự đảng
#: Ủy ban nhân dân tỉnh", and since 2025 "Đảng ủy Bộ Nội vụ"): head, English ("{}" is the host).
PARTY_GROUPS: tuple[tuple[str, str], ...] = (
    ("Đảng đoàn", "Party Delegation of the {}"),
    ("Ban cán sự đảng", "Party Civil Affairs Board of the {}"),
    ("Đảng ủy", "Party Committee of the {}"),
    ("Đảng bộ", "Party Organisation of the {}"),
)

#: Bodies that host a Party group (canonical names of ORGANS or MINISTRIES).
PARTY_GROUP_HOSTS: tuple[str, ...] = (
    "Quốc hội",
    "Chính phủ",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Tòa án nhân dân tối cao",
    "Viện Kiểm sát nhân dân tối cao",
    "Kiểm toán Nhà nước",
    "Ngân hàng Nhà nước Việt Nam",
    "Thanh tra Chính phủ",
    "Ủy ban Dân tộc",
    "Văn phòng Chính phủ",
    "Tổng Liên đoàn Lao động Việt Nam",
    "Hội Nông dân Việt Nam",
    "Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Cựu chiến binh Việt Nam",
    "Hội đồng nhân dân tỉnh",
    "Ủy ban nhân dân tỉnh",
    "Hội đồng nhân dân thành phố",
    "Ủy ban nhân dân thành phố",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ủy ban Mặt trận Tổ quốc tỉnh",
    "Hội đồng nhân dân huyện",
    "Ủy ban nhân dân huyện",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
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

#: Ministries written as abbreviations: spelling (lower case) → canonical name.
MINISTRY_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("bộ vhttdl", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("bộ vh-tt&dl", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("bộ gd&đt", "Bộ Giáo dục và Đào tạo"),
    ("bộ gdđt", "Bộ Giáo dục và Đào tạo"),
    ("bộ lđtbxh", "Bộ Lao động - Thương binh và Xã hội"),
    ("bộ lđ-tb&xh", "Bộ Lao động - Thương binh và Xã hội"),
    ("bộ tn&mt", "Bộ Tài nguyên và Môi trường"),
    ("bộ tnmt", "Bộ Tài nguyên và Môi trường"),
    ("bộ nn&ptnt", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("bộ nnptnt", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("bộ nn&mt", "Bộ Nông nghiệp và Môi trường"),
    ("bộ kh&đt", "Bộ Kế hoạch và Đầu tư"),
    ("bộ khđt", "Bộ Kế hoạch và Đầu tư"),
    ("bộ kh&cn", "Bộ Khoa học và Công nghệ"),
    ("bộ khcn", "Bộ Khoa học và Công nghệ"),
    ("bộ tt&tt", "Bộ Thông tin và Truyền thông"),
    ("bộ tttt", "Bộ Thông tin và Truyền thông"),
    ("bộ gtvt", "Bộ Giao thông vận tải"),
    ("bộ qp", "Bộ Quốc phòng"),
)

#: Organs written only as part of a fused title ("Bí thư Trung ương Đảng", "Trợ lý Thủ tướng
#: Chính phủ"), never read alone.
FUSED_ONLY_ORGANS: tuple[str, ...] = (
    "Trung ương Đảng",
    "Thủ tướng Chính phủ",
    "Tổng Bí thư",
    "Chủ tịch nước",
)

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
