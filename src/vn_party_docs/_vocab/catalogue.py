"""Known Party documents and the Party congress calendar, as data (no logic).

Every row comes from a fact marked verified (✔) or partly verified (◐) in the
project's domain reference (``shared/DOMAIN.md`` §A1–A7), which summarises
primary and official-media sources (Party and Government portals, VNA, VNS,
Nhân Dân, provincial Party press) and the shared sample articles. Rows marked ✘
there (unverified) are left out: 138-QĐ/TW, 26-HD/BTCTW of 30-11-2023, 74-KL/TW
and 75-KL/TW of khóa XII, and the khóa XIV documents seen only in third-party
repositories.

For a ◐ row only the verified fields are kept: the day of issue is left out
(``None``) unless the reference says the doubt lies elsewhere, and the term is
then given explicitly (from the plenum, the stated khóa, or a year or month that
lies inside one term). A dated row's term is derived from its date with
:data:`CONGRESSES`; an undated row must state its term.
"""

from __future__ import annotations

#: The national Party congresses: (number, first day, last day, source). The Central
#: Committee elected by congress N holds its first plenum on the congress's last day, so
#: khóa N runs from that day to the day before the last day of congress N + 1 (DOMAIN
#: §A2 numbering rule; 01-CT/TW of 23-01-2026 is already khóa XIV). Dates inside a
#: congress week are ambiguous in principle; no catalogued document falls in one.
CONGRESSES: tuple[tuple[int, str, str, str], ...] = (
    (8, "1996-06-28", "1996-07-01", "years: DOMAIN.md §A1 (31-QĐ/TW, khóa VIII); days ✘"),
    (9, "2001-04-19", "2001-04-22", "years: DOMAIN.md §A1 (91-QĐ/TW, khóa IX); days ✘"),
    (10, "2006-04-18", "2006-04-25", "years: DOMAIN.md §A7 (06-CT/TW, khóa X); days ✘"),
    (11, "2011-01-12", "2011-01-19", "years: DOMAIN.md §E5 ✔ (XI 2011–2016); days ✘"),
    (12, "2016-01-20", "2016-01-28", "years: DOMAIN.md §E5 ✔ (XII 2016–2021); days ✘"),
    (13, "2021-01-25", "2021-02-01", "years: DOMAIN.md §E5 ✔ (XIII 2021–2026); days ✘"),
    (14, "2026-01-19", "2026-01-23", "DOMAIN.md §D5 ✔ (19–23-1-2026), §A6 ✔ (TW1 23-01-2026)"),
)

#: Central issuers and the issuer code their symbols carry (DOMAIN §A4 ✔): the Central
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

_BCH = "Ban Chấp hành Trung ương"
_BCT = "Bộ Chính trị"
_BBT = "Ban Bí thư"
_A7 = "DOMAIN.md §A7 ✔"
_A67 = "DOMAIN.md §A6, §A7 ✔"
_PARTIAL = "DOMAIN.md §A7 ◐ (secondary source); the day of issue is left out"

# fmt: off
#: (doc type, number-symbol, issued (ISO) or None, term (undated rows only), issuer or None,
#:  plenum or None, topic (short, English), status "✔" or "◐", source)
DOCUMENTS: tuple[
    tuple[str, str, str | None, int | None, str | None, int | None, str, str, str], ...
] = (
    # -- khóa VIII and IX (named in DOMAIN §A1 and §A2) ------------------------------------
    ("QUY_DINH", "31-QĐ/TW", "1997-10-01", None, _BCT, None,
     "Party document types and format (replaced by 91-QĐ/TW)", "✔", "DOMAIN.md §A1 ✔"),
    ("HUONG_DAN", "01-HD/VPTW", "1998-02-02", None, "Văn phòng Trung ương Đảng", None,
     "layout of Party documents (replaced by 11-HD/VPTW)", "✔", "DOMAIN.md §A1 ✔"),
    ("QUY_DINH", "91-QĐ/TW", "2004-02-16", None, _BBT, None,
     "Party document types and format (replaced by 66-QĐ/TW)", "✔", "DOMAIN.md §A1 ✔"),
    ("HUONG_DAN", "11-HD/VPTW", "2004-05-28", None, "Văn phòng Trung ương Đảng", None,
     "layout of Party documents (replaced by 36-HD/VPTW)", "✔", "DOMAIN.md §A1 ✔"),
    ("NGHI_QUYET", "39-NQ/TW", None, 9, _BCT, None,
     "the North-Central region", "✔", "DOMAIN.md §A2 ✔ (khóa IX; no date given)"),
    # -- khóa X ----------------------------------------------------------------------------
    ("CHI_THI", "06-CT/TW", "2006-11-07", None, _BCT, None,
     "campaign to follow Hồ Chí Minh's moral example", "✔", _A7),
    ("NGHI_QUYET", "15-NQ/TW", "2007-07-30", None, _BCH, None,
     "the Party's way of leading the political system", "✔", _A7),
    ("NGHI_QUYET", "26-NQ/TW", None, 10, None, None,
     "agriculture", "◐",
     "DOMAIN.md §A2 ◐ (khóa X, 2008); issuer and day not verified"),
    ("CHI_THI", "48-CT/TW", "2010-10-22", None, _BCT, None, "crime prevention", "✔", _A7),
    # -- khóa XI ---------------------------------------------------------------------------
    ("QUY_DINH", "47-QĐ/TW", None, 11, _BCH, None,
     "what Party members may not do (superseded)", "◐", _PARTIAL + " (khóa XI stated)"),
    ("NGHI_QUYET", "12-NQ/TW", None, 11, _BCH, 4,
     "urgent Party-building issues", "◐",
     "DOMAIN.md §A6, §A7 ◐ (number verified; exact date 16-01-2012 ✘)"),
    ("QUY_DINH", "101-QĐ/TW", "2012-06-07", None, _BBT, None,
     "officials setting an example", "✔", _A7),
    ("QUY_DINH", "183-QĐ/TW", "2013-04-08", None, _BBT, None,
     "provincial internal-affairs commissions", "✔", _A7),
    ("KET_LUAN", "64-KL/TW", "2013-05-28", None, _BCH, 7,
     "reforming the political system", "✔", _A67),
    ("QUY_DINH", "219-QĐ/TW", "2013-12-27", None, _BBT, None,
     "staff bodies of provincial Party committees (superseded)", "✔", _A7),
    ("KET_LUAN", "100-KL/TW", "2014-08-18", None, _BBT, None,
     "public-opinion research", "✔", _A7),
    ("NGHI_QUYET", "39-NQ/TW", None, 11, _BCT, None,
     "staff downsizing and restructuring of cadres", "◐",
     _PARTIAL + " (17-4-2015 widely cited, not seen in a primary text)"),
    ("HUONG_DAN", "56-HD/VPTW", "2015-10-27", None, "Văn phòng Trung ương Đảng", None,
     "guidance cited in Party templates", "✔", _A7),
    # -- khóa XII --------------------------------------------------------------------------
    ("CHI_THI", "05-CT/TW", "2016-05-15", None, _BCT, None,
     "studying and following Hồ Chí Minh's thought", "✔", _A7),
    ("NGHI_QUYET", "04-NQ/TW", "2016-10-30", None, _BCH, 4,
     "Party building and fighting degradation, “tự diễn biến”, “tự chuyển hóa”", "✔", _A67),
    ("QUY_DINH", "66-QĐ/TW", "2017-02-06", None, _BBT, None,
     "Party document types and format", "✔", "DOMAIN.md §A1, §A7 ✔ (BCH TW letterhead)"),
    ("NGHI_QUYET", "18-NQ/TW", "2017-10-25", None, _BCH, 6,
     "a leaner political-system apparatus", "✔", _A67 + "; §A2 ✔ (reused in khóa XIII)"),
    ("NGHI_QUYET", "19-NQ/TW", "2017-10-25", None, _BCH, 6,
     "public service units", "✔", _A67),
    ("HUONG_DAN", "36-HD/VPTW", "2018-04-03", None, "Văn phòng Trung ương Đảng", None,
     "layout of Party documents", "✔", "DOMAIN.md §A1, §A7 ✔"),
    ("NGHI_QUYET", "26-NQ/TW", None, 12, _BCH, 7,
     "cadres, especially at the strategic level", "◐",
     "DOMAIN.md §A6, §A7 ◐ (2018, TW7 khóa XII; the day 19-5-2018 ✘)"),
    ("QUY_DINH", "04-QĐi/TW", "2018-07-25", None, _BBT, None,
     "staff bodies of provincial Party committees (superseded by 137-QĐ/TW)", "✔",
     "DOMAIN.md §A3, §A7 ✔"),
    ("NGHI_QUYET", "35-NQ/TW", None, 12, _BCT, None,
     "protecting the Party's ideological foundation", "◐", _PARTIAL + " (2018)"),
    ("NGHI_QUYET", "36-NQ/TW", None, 12, _BCH, 8,
     "marine economy strategy", "◐", "DOMAIN.md §A6, §A7 ◐ (TW8 khóa XII); day left out"),
    ("QUY_DINH", "08-QĐi/TW", "2018-10-25", None, _BCH, 8,
     "exemplary conduct of Politburo, Secretariat and Central Committee members", "✔",
     "DOMAIN.md §A3, §A6, §A7 ✔"),
    ("CHI_THI", "35-CT/TW", "2019-05-30", None, _BCT, None,
     "Party congresses leading to Đại hội XIII", "✔", _A7 + "; §A2 ✔"),
    ("NGHI_QUYET", "51-NQ/TW", None, 12, _BCT, None,
     "national security strategy", "◐", _PARTIAL + " (2019)"),
    ("QUY_DINH", "205-QĐ/TW", "2019-09-23", None, _BCT, None,
     "controlling power in cadre work; fighting the buying of posts", "✔",
     "DOMAIN.md §A5, §A7, §A8 ✔"),
    ("HUONG_DAN", "26-HD/BTCTW", "2019-10-18", None, "Ban Tổ chức Trung ương", None,
     "guidance on Chỉ thị 35-CT/TW", "✔", _A7),
    ("NGHI_QUYET", "54-NQ/TW", "2019-12-10", None, _BCT, None,
     "Thừa Thiên Huế to 2030", "✔", _A7),
    ("CHI_THI", "45-CT/TW", "2020-06-20", None, _BCT, None,
     "elections to the National Assembly khóa XV and People's Councils 2021–2026", "✔",
     _A7 + "; §A2 ✔"),
    ("HUONG_DAN", "151-HD/BTGTW", "2020-09-10", None, "Ban Tuyên giáo Trung ương", None,
     "public comment on the Đại hội XIII documents", "✔", _A7),
    # -- khóa XIII -------------------------------------------------------------------------
    ("QUYET_DINH", "06-QĐNS/TW", "2021-02-18", None, _BCT, None,
     "personnel decision (head of the Ban Tuyên giáo)", "✔", "DOMAIN.md §A3, §A7 ✔ (VNS)"),
    ("KET_LUAN", "01-KL/TW", "2021-05-18", None, _BCT, None,
     "continuing Chỉ thị 05-CT/TW", "✔", _A7),
    ("QUY_DINH", "22-QĐ/TW", "2021-07-28", None, None, None,
     "inspection, supervision and Party discipline", "◐",
     "DOMAIN.md §A5, §A7 ◐; the issuer is the open point (§G5), left out"),
    ("QUY_DINH", "24-QĐ/TW", "2021-07-30", None, _BCH, None,
     "applying the Party Charter", "✔", "DOMAIN.md §A5, §A7 ✔"),
    ("HUONG_DAN", "01-HD/TW", None, 13, _BBT, None,
     "specific issues in applying the Party Charter", "◐",
     "DOMAIN.md §A5, §A7 ◐ (28-9-2021 not verified); day left out"),
    ("KET_LUAN", "21-KL/TW", "2021-10-25", None, _BCH, 4,
     "Party and political-system building, fighting degradation", "✔", _A67),
    ("QUY_DINH", "37-QĐ/TW", "2021-10-25", None, _BCH, 4,
     "what Party members may not do", "✔", _A67 + "; §A5 ✔"),
    ("HUONG_DAN", "02-HD/UBKTTW", None, 13, "Ủy ban Kiểm tra Trung ương", None,
     "guidance on Quy định 37-QĐ/TW", "◐", _PARTIAL + " (2021)"),
    ("NGHI_QUYET", "12-NQ/TW", "2022-03-16", None, _BCT, None,
     "the People's Public Security force", "✔", _A7 + "; §A2 ✔"),
    ("KET_LUAN", "34-KL/TW", "2022-04-18", None, _BCT, None,
     "inspection strategy to 2030", "✔", _A7),
    ("NGHI_QUYET", "18-NQ/TW", "2022-06-16", None, _BCH, 5,
     "land policy", "✔", _A67 + "; §A2 ✔ (reuse of khóa XII's number)"),
    ("NGHI_QUYET", "21-NQ/TW", None, 13, _BCH, 5,
     "grassroots Party organisations and Party members", "◐",
     "DOMAIN.md §A6, §A7 ◐ (topic ✔; 16-6-2022 ◐, left out)"),
    ("NGHI_QUYET", "26-NQ/TW", None, 13, None, None,
     "the North-Central region", "◐",
     "DOMAIN.md §A2 ◐ (khóa XIII, 03-11-2022 ◐); issuer and day left out"),
    ("QUY_DINH", "87-QĐ/TW", "2022-10-28", None, _BBT, None,
     "Party committees in state enterprises", "✔", _A7 + "; shared sample 003"),
    ("NGHI_QUYET", "28-NQ/TW", "2022-11-17", None, _BCH, 6,
     "the Party's way of leading and governing", "✔", _A67 + "; shared sample 003"),
    ("QUY_DINH", "96-QĐ/TW", "2023-02-02", None, _BCT, None,
     "votes of confidence", "✔", _A7 + "; shared sample 003"),
    ("QUY_DINH", "97-QĐ/TW", "2023-02-07", None, _BCT, None,
     "Party delegations and civil-affairs boards at the Centre", "✔", _A7),
    ("QUY_DINH", "114-QĐ/TW", "2023-07-11", None, _BCT, None,
     "power control and anti-corruption in cadre work", "✔", _A7),
    ("NGHI_QUYET", "42-NQ/TW", "2023-11-24", None, _BCH, 8,
     "social policy", "✔", _A67),
    ("NGHI_QUYET", "44-NQ/TW", "2023-11-24", None, _BCH, 8,
     "defence of the Fatherland", "✔", _A67),
    ("QUY_DINH", "137-QĐ/TW", "2023-12-01", None, _BBT, None,
     "staff bodies of provincial Party committees", "✔", _A7 + "; shared sample 001"),
    ("QUY_DINH", "144-QĐ/TW", None, 13, _BCT, None,
     "standards of revolutionary ethics", "◐", _PARTIAL + " (09-5-2024, §G5)"),
    ("CHI_THI", "35-CT/TW", None, 13, _BCT, None,
     "Party congresses leading to Đại hội XIV", "◐",
     "DOMAIN.md §A2, §A7 ◐ (14-6-2024, §G5); day left out"),
    ("KET_LUAN", "102-KL/TW", "2024-11-30", None, _BCT, None,
     "(cited on the number of deputy secretaries)", "✔", _A7),
    ("NGHI_QUYET", "57-NQ/TW", "2024-12-22", None, _BCT, None,
     "science, technology, innovation and digital transformation", "✔", _A7),
    ("NGHI_QUYET", "59-NQ/TW", "2025-01-24", None, _BCT, None,
     "international integration", "✔", _A7),
    ("KET_LUAN", "121-KL/TW", "2025-01-24", None, _BCH, None,
     "review of Nghị quyết 18-NQ/TW (extraordinary plenum)", "✔", _A67),
    ("KET_LUAN", "126-KL/TW", "2025-02-14", None, "Bộ Chính trị, Ban Bí thư", None,
     "continuing the streamlining of the apparatus in 2025", "✔", "DOMAIN.md §A5, §A7 ✔"),
    ("KET_LUAN", "127-KL/TW", None, 13, "Bộ Chính trị, Ban Bí thư", None,
     "studying further restructuring", "◐",
     "DOMAIN.md §A5, §A7 ◐ (meeting of 28-02-2025); day left out"),
    ("NGHI_QUYET", "60-NQ/TW", "2025-04-12", None, _BCH, 11,
     "34 provinces and two-tier local government", "✔", _A67),
    ("CHI_THI", "45-CT/TW", "2025-04-14", None, _BCT, None,
     "Party congresses for the 2025–2030 term", "✔", _A7 + "; §A2 ✔"),
    ("NGHI_QUYET", "66-NQ/TW", "2025-04-30", None, _BCT, None,
     "making and enforcing law", "✔", _A7),
    ("NGHI_QUYET", "68-NQ/TW", "2025-05-04", None, _BCT, None, "the private sector", "✔", _A7),
    ("QUYET_DINH", "321-QĐ/TW", None, 13, _BCT, None,
     "founding a merged provincial Party organisation (TP HCM, Đồng Tháp, Cà Mau or An Giang)",
     "✔", "DOMAIN.md §A3, §A7 ✔ (June 2025; the day is not given)"),
    ("QUYET_DINH", "326-QĐ/TW", None, 13, _BCT, None,
     "founding a merged provincial Party organisation (TP HCM, Đồng Tháp, Cà Mau or An Giang)",
     "✔", "DOMAIN.md §A7 ✔ (June 2025; the day is not given)"),
    ("QUYET_DINH", "327-QĐ/TW", None, 13, _BCT, None,
     "founding a merged provincial Party organisation (TP HCM, Đồng Tháp, Cà Mau or An Giang)",
     "✔", "DOMAIN.md §A7 ✔ (June 2025; the day is not given)"),
    ("QUYET_DINH", "328-QĐ/TW", None, 13, _BCT, None,
     "founding a merged provincial Party organisation (TP HCM, Đồng Tháp, Cà Mau or An Giang)",
     "✔", "DOMAIN.md §A7 ✔ (June 2025; the day is not given)"),
    ("THONG_BAO", "81-TB/TW", "2025-07-18", None, _BCT, None,
     "boarding schools in border communes", "✔", "DOMAIN.md §A3, §A7 ✔"),
    ("NGHI_QUYET", "70-NQ/TW", None, 13, _BCT, None,
     "energy security", "◐", "DOMAIN.md §A7 ◐ (August 2025, month only)"),
    ("NGHI_QUYET", "71-NQ/TW", None, 13, _BCT, None,
     "education", "◐", "DOMAIN.md §A7 ◐ (August 2025, month only)"),
    ("NGHI_QUYET", "72-NQ/TW", None, 13, _BCT, None,
     "public health", "◐", "DOMAIN.md §A7 ◐ (September 2025, month only)"),
    ("KET_LUAN", "185-KL/TW", "2025-08-22", None, _BCT, None,
     "leading the 2025–2030 Party congresses", "✔", _A7),
    ("NGHI_QUYET", "39-NQ/TW", None, 13, _BCT, None,
     "Nghệ An province", "◐", "DOMAIN.md §A2 ◐ (khóa XIII); day left out"),
    ("QUY_DINH", "399-QĐ/TW", "2026-01-09", None, _BBT, None,
     "Party document types and format (replaces 66-QĐ/TW)", "✔", "DOMAIN.md §A1, §A7 ✔"),
    ("NGHI_QUYET", "79-NQ/TW", None, 13, _BCT, None,
     "a strategic resolution (topic not recorded)", "◐",
     "DOMAIN.md §A2, §A7 ◐ (January 2026, khóa XIII's NQ/TW sequence); day left out"),
    # -- khóa XIV --------------------------------------------------------------------------
    ("CHI_THI", "01-CT/TW", "2026-01-23", None, _BCT, None,
     "studying the Resolution of Đại hội XIV", "✔", "DOMAIN.md §A2, §A7 ✔"),
)
# fmt: on
