"""Known Party documents and the Party congress calendar, as data (no logic).

Every row is a central Party document whose facts were seen in a primary source (the
document's published text) or in official media (Party and Government portals, the
Vietnam News Agency and Việt Nam News, Nhân Dân, provincial Party press): verified
rows (status ✔). Rows whose facts rest partly on secondary sources (news aggregators,
copies of the text) are partly verified (◐) and keep only the facts that are
confirmed. Documents that could not be confirmed at all are left out: 138-QĐ/TW,
26-HD/BTCTW of 30-11-2023, 74-KL/TW and 75-KL/TW of khóa XII, and the khóa XIV
documents seen only in third-party repositories.

Each row's ``source`` names the document as a citation (type, number and symbol,
date, issuer: the form in which it is looked up) and says what the row rests on.

For a ◐ row the day of issue is left out (``None``) unless the doubt lies elsewhere,
and the term is then given explicitly (from the plenum, the stated khóa, or a year or
month that lies inside one term). A dated row's term is derived from its date with
:data:`CONGRESSES`; an undated row must state its term.
"""

from __future__ import annotations

_DAYS = "the days from the public record, not checked against a primary source"
_YEAR_FROM_DOCUMENTS = "the year from the Party's documents of that term; " + _DAYS
_YEAR_FROM_MEDIA = "the years from official media; " + _DAYS

#: The national Party congresses: (number, first day, last day, source). The Central
#: Committee elected by congress N holds its first plenum on the congress's last day, so
#: khóa N runs from that day to the day before the last day of congress N + 1 (the Party's
#: numbering rule; 01-CT/TW of 23-01-2026 is already khóa XIV). Dates inside a
#: congress week are ambiguous in principle; no catalogued document falls in one.
CONGRESSES: tuple[tuple[int, str, str, str], ...] = (
    (8, "1996-06-28", "1996-07-01", "Đại hội VIII (1996): " + _YEAR_FROM_DOCUMENTS),
    (9, "2001-04-19", "2001-04-22", "Đại hội IX (2001): " + _YEAR_FROM_DOCUMENTS),
    (10, "2006-04-18", "2006-04-25", "Đại hội X (2006): " + _YEAR_FROM_DOCUMENTS),
    (11, "2011-01-12", "2011-01-19", "Đại hội XI (2011), khóa XI 2011-2016: " + _YEAR_FROM_MEDIA),
    (12, "2016-01-20", "2016-01-28", "Đại hội XII (2016), khóa XII 2016-2021: " + _YEAR_FROM_MEDIA),
    (
        13,
        "2021-01-25",
        "2021-02-01",
        "Đại hội XIII (2021), khóa XIII 2021-2026: " + _YEAR_FROM_MEDIA,
    ),
    (
        14,
        "2026-01-19",
        "2026-01-23",
        "Đại hội XIV, 19-23 January 2026, and the first plenum of khóa XIV on 23-1-2026: "
        "official media",
    ),
)

#: Central issuers and the issuer code their symbols carry (verified): the Central
#: Committee, the Politburo and the Secretariat all write ``/TW``.
ISSUER_CODES: tuple[tuple[str, str], ...] = (
    ("Ban Chấp hành Trung ương", "TW"),
    ("Bộ Chính trị", "TW"),
    ("Ban Bí thư", "TW"),
    ("Bộ Chính trị, Ban Bí thư", "TW"),
    ("Văn phòng Trung ương Đảng", "VPTW"),
    ("Ban Tổ chức Trung ương", "BTCTW"),
    ("Ủy ban Kiểm tra Trung ương", "UBKTTW"),
    ("Ban Tuyên giáo Trung ương", "BTGTW"),
    ("Ban Tuyên giáo và Dân vận Trung ương", "BTGDVTW"),
)

#: What a verified row rests on.
_SEEN = "seen in its published text or official media"
_BCH = "Ban Chấp hành Trung ương"
_BCT = "Bộ Chính trị"
_BBT = "Ban Bí thư"

# fmt: off
#: (doc type, number-symbol, issued (ISO) or None, term (undated rows only), issuer or None,
#:  plenum or None, topic (short, English), status "✔" or "◐", source)
DOCUMENTS: tuple[
    tuple[str, str, str | None, int | None, str | None, int | None, str, str, str], ...
] = (
    # -- khóa VIII and IX ------------------------------------------------------------------
    ("QUY_DINH", "31-QĐ/TW", "1997-10-01", None, _BCT, None,
     "Party document types and format (replaced by 91-QĐ/TW)", "✔",
     "Quy định số 31-QĐ/TW ngày 1-10-1997 của Bộ Chính trị; " + _SEEN),
    ("HUONG_DAN", "01-HD/VPTW", "1998-02-02", None, "Văn phòng Trung ương Đảng", None,
     "layout of Party documents (replaced by 11-HD/VPTW)", "✔",
     "Hướng dẫn số 01-HD/VPTW ngày 2-2-1998 của Văn phòng Trung ương Đảng; " + _SEEN),
    ("QUY_DINH", "91-QĐ/TW", "2004-02-16", None, _BBT, None,
     "Party document types and format (replaced by 66-QĐ/TW)", "✔",
     "Quy định số 91-QĐ/TW ngày 16-2-2004 của Ban Bí thư; " + _SEEN),
    ("HUONG_DAN", "11-HD/VPTW", "2004-05-28", None, "Văn phòng Trung ương Đảng", None,
     "layout of Party documents (replaced by 36-HD/VPTW)", "✔",
     "Hướng dẫn số 11-HD/VPTW ngày 28-5-2004 của Văn phòng Trung ương Đảng; " + _SEEN),
    ("NGHI_QUYET", "39-NQ/TW", None, 9, _BCT, None,
     "the North-Central region", "✔",
     "Nghị quyết số 39-NQ/TW (khóa IX) của Bộ Chính trị; " + _SEEN + "; no date given"),
    # -- khóa X ----------------------------------------------------------------------------
    ("CHI_THI", "06-CT/TW", "2006-11-07", None, _BCT, None,
     "campaign to follow Hồ Chí Minh's moral example", "✔",
     "Chỉ thị số 06-CT/TW ngày 7-11-2006 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "15-NQ/TW", "2007-07-30", None, _BCH, None,
     "the Party's way of leading the political system", "✔",
     "Nghị quyết số 15-NQ/TW ngày 30-7-2007 của Ban Chấp hành Trung ương; " + _SEEN),
    ("NGHI_QUYET", "26-NQ/TW", None, 10, None, None,
     "agriculture", "◐",
     "Nghị quyết số 26-NQ/TW (khóa X, 2008); partly confirmed: the issuer and the day of issue "
     "are not"),
    ("CHI_THI", "48-CT/TW", "2010-10-22", None, _BCT, None, "crime prevention", "✔",
     "Chỉ thị số 48-CT/TW ngày 22-10-2010 của Bộ Chính trị; " + _SEEN),
    # -- khóa XI ---------------------------------------------------------------------------
    ("QUY_DINH", "47-QĐ/TW", None, 11, _BCH, None,
     "what Party members may not do (superseded)", "◐",
     "Quy định số 47-QĐ/TW (khóa XI) của Ban Chấp hành Trung ương; seen only in secondary "
     "sources; the day of issue they give (1-11-2011) is not confirmed"),
    ("NGHI_QUYET", "12-NQ/TW", None, 11, _BCH, 4,
     "urgent Party-building issues", "◐",
     "Nghị quyết số 12-NQ/TW, Hội nghị Trung ương 4 khóa XI (January 2012), của Ban Chấp hành "
     "Trung ương; the number is confirmed, the day of issue (16-1-2012) is not"),
    ("QUY_DINH", "101-QĐ/TW", "2012-06-07", None, _BBT, None,
     "officials setting an example", "✔",
     "Quy định số 101-QĐ/TW ngày 7-6-2012 của Ban Bí thư; " + _SEEN),
    ("QUY_DINH", "183-QĐ/TW", "2013-04-08", None, _BBT, None,
     "provincial internal-affairs commissions", "✔",
     "Quy định số 183-QĐ/TW ngày 8-4-2013 của Ban Bí thư; " + _SEEN),
    ("KET_LUAN", "64-KL/TW", "2013-05-28", None, _BCH, 7,
     "reforming the political system", "✔",
     "Kết luận số 64-KL/TW ngày 28-5-2013 của Ban Chấp hành Trung ương; " + _SEEN),
    ("QUY_DINH", "219-QĐ/TW", "2013-12-27", None, _BBT, None,
     "staff bodies of provincial Party committees (superseded)", "✔",
     "Quy định số 219-QĐ/TW ngày 27-12-2013 của Ban Bí thư; " + _SEEN),
    ("KET_LUAN", "100-KL/TW", "2014-08-18", None, _BBT, None,
     "public-opinion research", "✔",
     "Kết luận số 100-KL/TW ngày 18-8-2014 của Ban Bí thư; " + _SEEN),
    ("NGHI_QUYET", "39-NQ/TW", None, 11, _BCT, None,
     "staff downsizing and restructuring of cadres", "◐",
     "Nghị quyết số 39-NQ/TW (khóa XI) của Bộ Chính trị; seen only in secondary sources; the date "
     "they give (17-4-2015) is not confirmed in a primary text"),
    ("HUONG_DAN", "56-HD/VPTW", "2015-10-27", None, "Văn phòng Trung ương Đảng", None,
     "guidance cited in Party templates", "✔",
     "Hướng dẫn số 56-HD/VPTW ngày 27-10-2015 của Văn phòng Trung ương Đảng; " + _SEEN),
    # -- khóa XII --------------------------------------------------------------------------
    ("CHI_THI", "05-CT/TW", "2016-05-15", None, _BCT, None,
     "studying and following Hồ Chí Minh's thought", "✔",
     "Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "04-NQ/TW", "2016-10-30", None, _BCH, 4,
     "Party building and fighting degradation, “tự diễn biến”, “tự chuyển hóa”", "✔",
     "Nghị quyết số 04-NQ/TW ngày 30-10-2016 của Ban Chấp hành Trung ương; " + _SEEN),
    ("QUY_DINH", "66-QĐ/TW", "2017-02-06", None, _BBT, None,
     "Party document types and format", "✔",
     "Quy định số 66-QĐ/TW ngày 6-2-2017 của Ban Bí thư (under the letterhead of the Ban Chấp "
     "hành Trung ương); " + _SEEN),
    ("NGHI_QUYET", "18-NQ/TW", "2017-10-25", None, _BCH, 6,
     "a leaner political-system apparatus", "✔",
     "Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương; " + _SEEN),
    ("NGHI_QUYET", "19-NQ/TW", "2017-10-25", None, _BCH, 6,
     "public service units", "✔",
     "Nghị quyết số 19-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương; " + _SEEN),
    ("HUONG_DAN", "36-HD/VPTW", "2018-04-03", None, "Văn phòng Trung ương Đảng", None,
     "layout of Party documents", "✔",
     "Hướng dẫn số 36-HD/VPTW ngày 3-4-2018 của Văn phòng Trung ương Đảng; " + _SEEN),
    ("NGHI_QUYET", "26-NQ/TW", None, 12, _BCH, 7,
     "cadres, especially at the strategic level", "◐",
     "Nghị quyết số 26-NQ/TW, Hội nghị Trung ương 7 khóa XII (2018), của Ban Chấp hành Trung "
     "ương; partly confirmed: the day of issue (19-5-2018) is not"),
    ("QUY_DINH", "04-QĐi/TW", "2018-07-25", None, _BBT, None,
     "staff bodies of provincial Party committees (superseded by 137-QĐ/TW)", "✔",
     "Quy định số 04-QĐi/TW ngày 25-7-2018 của Ban Bí thư; " + _SEEN),
    ("NGHI_QUYET", "35-NQ/TW", None, 12, _BCT, None,
     "protecting the Party's ideological foundation", "◐",
     "Nghị quyết số 35-NQ/TW (khóa XII, 2018) của Bộ Chính trị; seen only in secondary sources; "
     "the day of issue is not confirmed"),
    ("NGHI_QUYET", "36-NQ/TW", None, 12, _BCH, 8,
     "marine economy strategy", "◐",
     "Nghị quyết số 36-NQ/TW, Hội nghị Trung ương 8 khóa XII (2018), của Ban Chấp hành Trung "
     "ương; partly confirmed: the day of issue (22-10-2018) is not"),
    ("QUY_DINH", "08-QĐi/TW", "2018-10-25", None, _BCH, 8,
     "exemplary conduct of Politburo, Secretariat and Central Committee members", "✔",
     "Quy định số 08-QĐi/TW ngày 25-10-2018 của Ban Chấp hành Trung ương; " + _SEEN),
    ("CHI_THI", "35-CT/TW", "2019-05-30", None, _BCT, None,
     "Party congresses leading to Đại hội XIII", "✔",
     "Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "51-NQ/TW", None, 12, _BCT, None,
     "national security strategy", "◐",
     "Nghị quyết số 51-NQ/TW (khóa XII, 2019) của Bộ Chính trị; seen only in secondary sources; "
     "the day of issue is not confirmed"),
    ("QUY_DINH", "205-QĐ/TW", "2019-09-23", None, _BCT, None,
     "controlling power in cadre work; fighting the buying of posts", "✔",
     "Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị; " + _SEEN),
    ("HUONG_DAN", "26-HD/BTCTW", "2019-10-18", None, "Ban Tổ chức Trung ương", None,
     "guidance on Chỉ thị 35-CT/TW", "✔",
     "Hướng dẫn số 26-HD/BTCTW ngày 18-10-2019 của Ban Tổ chức Trung ương; " + _SEEN),
    ("NGHI_QUYET", "54-NQ/TW", "2019-12-10", None, _BCT, None,
     "Thừa Thiên Huế to 2030", "✔",
     "Nghị quyết số 54-NQ/TW ngày 10-12-2019 của Bộ Chính trị; " + _SEEN),
    ("CHI_THI", "45-CT/TW", "2020-06-20", None, _BCT, None,
     "elections to the National Assembly khóa XV and People's Councils 2021–2026", "✔",
     "Chỉ thị số 45-CT/TW ngày 20-6-2020 của Bộ Chính trị; " + _SEEN),
    ("HUONG_DAN", "151-HD/BTGTW", "2020-09-10", None, "Ban Tuyên giáo Trung ương", None,
     "public comment on the Đại hội XIII documents", "✔",
     "Hướng dẫn số 151-HD/BTGTW ngày 10-9-2020 của Ban Tuyên giáo Trung ương; " + _SEEN),
    # -- khóa XIII -------------------------------------------------------------------------
    ("QUYET_DINH", "06-QĐNS/TW", "2021-02-18", None, _BCT, None,
     "personnel decision (head of the Ban Tuyên giáo)", "✔",
     "Quyết định số 06-QĐNS/TW ngày 18-2-2021 của Bộ Chính trị; reported by Việt Nam News (VNS)"),
    ("KET_LUAN", "01-KL/TW", "2021-05-18", None, _BCT, None,
     "continuing Chỉ thị 05-CT/TW", "✔",
     "Kết luận số 01-KL/TW ngày 18-5-2021 của Bộ Chính trị; " + _SEEN),
    ("QUY_DINH", "22-QĐ/TW", "2021-07-28", None, None, None,
     "inspection, supervision and Party discipline", "◐",
     "Quy định số 22-QĐ/TW ngày 28-7-2021; the date is confirmed, the issuer is not"),
    ("QUY_DINH", "24-QĐ/TW", "2021-07-30", None, _BCH, None,
     "applying the Party Charter", "✔",
     "Quy định số 24-QĐ/TW ngày 30-7-2021 của Ban Chấp hành Trung ương; " + _SEEN),
    ("HUONG_DAN", "01-HD/TW", None, 13, _BBT, None,
     "specific issues in applying the Party Charter", "◐",
     "Hướng dẫn số 01-HD/TW (khóa XIII) của Ban Bí thư; the day of issue given in secondary "
     "sources (28-9-2021) is not confirmed"),
    ("KET_LUAN", "21-KL/TW", "2021-10-25", None, _BCH, 4,
     "Party and political-system building, fighting degradation", "✔",
     "Kết luận số 21-KL/TW ngày 25-10-2021 của Ban Chấp hành Trung ương; " + _SEEN),
    ("QUY_DINH", "37-QĐ/TW", "2021-10-25", None, _BCH, 4,
     "what Party members may not do", "✔",
     "Quy định số 37-QĐ/TW ngày 25-10-2021 của Ban Chấp hành Trung ương; " + _SEEN),
    ("HUONG_DAN", "02-HD/UBKTTW", None, 13, "Ủy ban Kiểm tra Trung ương", None,
     "guidance on Quy định 37-QĐ/TW", "◐",
     "Hướng dẫn số 02-HD/UBKTTW (khóa XIII, 2021) của Ủy ban Kiểm tra Trung ương; seen only in "
     "secondary sources; the day of issue they give (29-11-2021) is not confirmed"),
    ("NGHI_QUYET", "12-NQ/TW", "2022-03-16", None, _BCT, None,
     "the People's Public Security force", "✔",
     "Nghị quyết số 12-NQ/TW ngày 16-3-2022 của Bộ Chính trị; " + _SEEN),
    ("KET_LUAN", "34-KL/TW", "2022-04-18", None, _BCT, None,
     "inspection strategy to 2030", "✔",
     "Kết luận số 34-KL/TW ngày 18-4-2022 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "18-NQ/TW", "2022-06-16", None, _BCH, 5,
     "land policy", "✔",
     "Nghị quyết số 18-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương; " + _SEEN),
    ("NGHI_QUYET", "21-NQ/TW", None, 13, _BCH, 5,
     "grassroots Party organisations and Party members", "◐",
     "Nghị quyết số 21-NQ/TW, Hội nghị Trung ương 5 khóa XIII (2022), của Ban Chấp hành Trung "
     "ương; the topic is confirmed, the day of issue (16-6-2022) is not"),
    ("NGHI_QUYET", "26-NQ/TW", None, 13, None, None,
     "the North-Central region", "◐",
     "Nghị quyết số 26-NQ/TW (khóa XIII); partly confirmed: the issuer and the day of issue "
     "(3-11-2022) are not"),
    ("QUY_DINH", "87-QĐ/TW", "2022-10-28", None, _BBT, None,
     "Party committees in state enterprises", "✔",
     "Quy định số 87-QĐ/TW ngày 28-10-2022 của Ban Bí thư; " + _SEEN),
    ("NGHI_QUYET", "28-NQ/TW", "2022-11-17", None, _BCH, 6,
     "the Party's way of leading and governing", "✔",
     "Nghị quyết số 28-NQ/TW ngày 17-11-2022 của Ban Chấp hành Trung ương; " + _SEEN),
    ("QUY_DINH", "96-QĐ/TW", "2023-02-02", None, _BCT, None,
     "votes of confidence", "✔",
     "Quy định số 96-QĐ/TW ngày 2-2-2023 của Bộ Chính trị; " + _SEEN),
    ("QUY_DINH", "97-QĐ/TW", "2023-02-07", None, _BCT, None,
     "Party delegations and civil-affairs boards at the Centre", "✔",
     "Quy định số 97-QĐ/TW ngày 7-2-2023 của Bộ Chính trị; " + _SEEN),
    ("QUY_DINH", "114-QĐ/TW", "2023-07-11", None, _BCT, None,
     "power control and anti-corruption in cadre work", "✔",
     "Quy định số 114-QĐ/TW ngày 11-7-2023 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "42-NQ/TW", "2023-11-24", None, _BCH, 8,
     "social policy", "✔",
     "Nghị quyết số 42-NQ/TW ngày 24-11-2023 của Ban Chấp hành Trung ương; " + _SEEN),
    ("NGHI_QUYET", "44-NQ/TW", "2023-11-24", None, _BCH, 8,
     "defence of the Fatherland", "✔",
     "Nghị quyết số 44-NQ/TW ngày 24-11-2023 của Ban Chấp hành Trung ương; " + _SEEN),
    ("QUY_DINH", "137-QĐ/TW", "2023-12-01", None, _BBT, None,
     "staff bodies of provincial Party committees", "✔",
     "Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư; " + _SEEN),
    ("QUY_DINH", "144-QĐ/TW", None, 13, _BCT, None,
     "standards of revolutionary ethics", "◐",
     "Quy định số 144-QĐ/TW (khóa XIII) của Bộ Chính trị; seen only in secondary sources; the day "
     "of issue they give (9-5-2024) is not confirmed"),
    ("CHI_THI", "35-CT/TW", None, 13, _BCT, None,
     "Party congresses leading to Đại hội XIV", "◐",
     "Chỉ thị số 35-CT/TW (khóa XIII) của Bộ Chính trị; partly confirmed: the day of issue "
     "(14-6-2024) is not"),
    ("KET_LUAN", "102-KL/TW", "2024-11-30", None, _BCT, None,
     "(cited on the number of deputy secretaries)", "✔",
     "Kết luận số 102-KL/TW ngày 30-11-2024 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "57-NQ/TW", "2024-12-22", None, _BCT, None,
     "science, technology, innovation and digital transformation", "✔",
     "Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "59-NQ/TW", "2025-01-24", None, _BCT, None,
     "international integration", "✔",
     "Nghị quyết số 59-NQ/TW ngày 24-1-2025 của Bộ Chính trị; " + _SEEN),
    ("KET_LUAN", "121-KL/TW", "2025-01-24", None, _BCH, None,
     "review of Nghị quyết 18-NQ/TW (extraordinary plenum)", "✔",
     "Kết luận số 121-KL/TW ngày 24-1-2025 của Ban Chấp hành Trung ương; " + _SEEN),
    ("KET_LUAN", "126-KL/TW", "2025-02-14", None, "Bộ Chính trị, Ban Bí thư", None,
     "continuing the streamlining of the apparatus in 2025", "✔",
     "Kết luận số 126-KL/TW ngày 14-2-2025 của Bộ Chính trị, Ban Bí thư; " + _SEEN),
    ("KET_LUAN", "127-KL/TW", None, 13, "Bộ Chính trị, Ban Bí thư", None,
     "studying further restructuring", "◐",
     "Kết luận số 127-KL/TW (khóa XIII) của Bộ Chính trị, Ban Bí thư; reported after their "
     "meeting of 28-2-2025; the day of issue is not confirmed"),
    ("NGHI_QUYET", "60-NQ/TW", "2025-04-12", None, _BCH, 11,
     "34 provinces and two-tier local government", "✔",
     "Nghị quyết số 60-NQ/TW ngày 12-4-2025 của Ban Chấp hành Trung ương; " + _SEEN),
    ("CHI_THI", "45-CT/TW", "2025-04-14", None, _BCT, None,
     "Party congresses for the 2025–2030 term", "✔",
     "Chỉ thị số 45-CT/TW ngày 14-4-2025 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "66-NQ/TW", "2025-04-30", None, _BCT, None,
     "making and enforcing law", "✔",
     "Nghị quyết số 66-NQ/TW ngày 30-4-2025 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "68-NQ/TW", "2025-05-04", None, _BCT, None, "the private sector", "✔",
     "Nghị quyết số 68-NQ/TW ngày 4-5-2025 của Bộ Chính trị; " + _SEEN),
    ("QUYET_DINH", "321-QĐ/TW", None, 13, _BCT, None,
     "founding a merged provincial Party organisation (TP HCM, Đồng Tháp, Cà Mau or An Giang)",
     "✔",
     "Quyết định số 321-QĐ/TW (June 2025) của Bộ Chính trị; "
     + _SEEN + "; the day of issue is not given"),
    ("QUYET_DINH", "326-QĐ/TW", None, 13, _BCT, None,
     "founding a merged provincial Party organisation (TP HCM, Đồng Tháp, Cà Mau or An Giang)",
     "✔",
     "Quyết định số 326-QĐ/TW (June 2025) của Bộ Chính trị; "
     + _SEEN + "; the day of issue is not given"),
    ("QUYET_DINH", "327-QĐ/TW", None, 13, _BCT, None,
     "founding a merged provincial Party organisation (TP HCM, Đồng Tháp, Cà Mau or An Giang)",
     "✔",
     "Quyết định số 327-QĐ/TW (June 2025) của Bộ Chính trị; "
     + _SEEN + "; the day of issue is not given"),
    ("QUYET_DINH", "328-QĐ/TW", None, 13, _BCT, None,
     "founding a merged provincial Party organisation (TP HCM, Đồng Tháp, Cà Mau or An Giang)",
     "✔",
     "Quyết định số 328-QĐ/TW (June 2025) của Bộ Chính trị; "
     + _SEEN + "; the day of issue is not given"),
    ("THONG_BAO", "81-TB/TW", "2025-07-18", None, _BCT, None,
     "boarding schools in border communes", "✔",
     "Thông báo số 81-TB/TW ngày 18-7-2025 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "70-NQ/TW", None, 13, _BCT, None,
     "energy security", "◐",
     "Nghị quyết số 70-NQ/TW (August 2025) của Bộ Chính trị; the month is confirmed, the day of "
     "issue is not"),
    ("NGHI_QUYET", "71-NQ/TW", None, 13, _BCT, None,
     "education", "◐",
     "Nghị quyết số 71-NQ/TW (August 2025) của Bộ Chính trị; the month is confirmed, the day of "
     "issue is not"),
    ("NGHI_QUYET", "72-NQ/TW", None, 13, _BCT, None,
     "public health", "◐",
     "Nghị quyết số 72-NQ/TW (September 2025) của Bộ Chính trị; the month is confirmed, the day "
     "of issue is not"),
    ("KET_LUAN", "185-KL/TW", "2025-08-22", None, _BCT, None,
     "leading the 2025–2030 Party congresses", "✔",
     "Kết luận số 185-KL/TW ngày 22-8-2025 của Bộ Chính trị; " + _SEEN),
    ("NGHI_QUYET", "39-NQ/TW", None, 13, _BCT, None,
     "Nghệ An province", "◐",
     "Nghị quyết số 39-NQ/TW (khóa XIII) của Bộ Chính trị; partly confirmed: the day of issue is "
     "not"),
    ("QUY_DINH", "399-QĐ/TW", "2026-01-09", None, _BBT, None,
     "Party document types and format (replaces 66-QĐ/TW)", "✔",
     "Quy định số 399-QĐ/TW ngày 9-1-2026 của Ban Bí thư; " + _SEEN),
    ("NGHI_QUYET", "79-NQ/TW", None, 13, _BCT, None,
     "a strategic resolution (topic not recorded)", "◐",
     "Nghị quyết số 79-NQ/TW (January 2026, khóa XIII) của Bộ Chính trị; partly confirmed: the "
     "topic and the day of issue are not"),
    # -- khóa XIV --------------------------------------------------------------------------
    ("CHI_THI", "01-CT/TW", "2026-01-23", None, _BCT, None,
     "studying the Resolution of Đại hội XIV", "✔",
     "Chỉ thị số 01-CT/TW ngày 23-1-2026 của Bộ Chính trị; " + _SEEN),
)
# fmt: on
