"""Dates as councils write them: 'September 18', 'Jan 18', '12 June 2017', 'Within three months'."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache

from findings.extract.lexicons import load_json, regex

_LONGEST_FIELDWORK = 62  # days: a start more than this before the end is a misreading
_MONTH_YEAR = re.compile(r"^\s*([A-Za-z]{3,9})\.?\s+'?(\d{2}|\d{4})\s*$")
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})(?i:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?(?:\s+'?(\d{4}|\d{2}))?\s*$")


def _months() -> dict[str, int]:
    return load_json("lexicons/timescales.json")["months"]


def month_names() -> list[str]:
    """The months' names and their short forms as councils write them (extract/lexicons/timescales.json)."""
    return list(_months())


def month_number(name: str) -> int | None:
    """The month a name or short form means ('March', 'sept': extract/lexicons/timescales.json), if it is one."""
    return _months().get(name.lower())


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if value < 100 else value


def parse_month_year(text: str) -> date | None:
    """'September 18' → 2018-09-30 (a month means its last day); None if it is not a month and year.

    >>> parse_month_year("Jan 18"), parse_month_year("March 2017"), parse_month_year("soon")
    (datetime.date(2018, 1, 31), datetime.date(2017, 3, 31), None)
    """
    match = _MONTH_YEAR.match(text)
    if not match:
        return None
    month = _months().get(match.group(1).lower())
    if not month:
        return None
    return month_end(_year(match.group(2)), month)


def parse_quarter(text: str) -> date | None:
    """A quarter of a financial year → its last day (lexicons/timescales.json, quarters); None if it is not one.

    >>> parse_quarter("end of Q3 2022/23"), parse_quarter("Q4 23/24"), parse_quarter("Q3 2023")
    (datetime.date(2022, 12, 31), datetime.date(2024, 3, 31), None)
    """
    rule = load_json("lexicons/timescales.json")["quarters"]
    match = re.match(rule["pattern"], text, re.IGNORECASE)
    if not match:
        return None
    first, second = _year(match.group("first")), _year(match.group("second"))
    if second % 100 != (first + 1) % 100:
        return None  # '2022/24' is no financial year
    offset, month = rule["ends"][match.group("q")]
    return month_end(first + offset, month)


def parse_financial_year(text: str) -> date | None:
    """A financial year → 31 March of its second year (lexicons/timescales.json, financial_years).

    >>> parse_financial_year("2019/20"), parse_financial_year("financial year 2024-2025"), parse_financial_year("2019/21")
    (datetime.date(2020, 3, 31), datetime.date(2025, 3, 31), None)
    """
    match = re.match(load_json("lexicons/timescales.json")["financial_years"]["pattern"], text, re.IGNORECASE)
    if not match:
        return None
    first, second = int(match.group("first")), _year(match.group("second"))
    return date(first + 1, 3, 31) if second % 100 == (first + 1) % 100 else None


def parse_year_end(text: str) -> date | None:
    """'End of 2019' → 2019-12-31 (lexicons/timescales.json, year_end); a year alone is no due date."""
    match = re.match(load_json("lexicons/timescales.json")["year_end"]["pattern"], text, re.IGNORECASE)
    return date(int(match.group("year")), 12, 31) if match else None


def parse_month_range(text: str) -> date | None:
    """Months and the year after the last ('Apr-Jun 2020', 'April to June 2020') → the last month's last day.

    >>> parse_month_range("Apr-Jun 2020"), parse_month_range("Nov - Jan 2021"), parse_month_range("Dec-24")
    (datetime.date(2020, 6, 30), datetime.date(2021, 1, 31), None)
    """
    match = re.match(load_json("lexicons/timescales.json")["month_range"]["pattern"], text, re.IGNORECASE)
    months = _months()
    if not match or match.group("first").lower() not in months or match.group("last").lower() not in months:
        return None
    return month_end(_year(match.group("year")), months[match.group("last").lower()])


_NUMERIC_DAY = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\s*$")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_WEEK_OF = re.compile(r"(?i)^\s*(?:w/?c|week\s+(?:commencing|beginning))\s+(.+)$")
# 'April 2025 – March 2026', 'Q1 2025/26 - Q4 2025/26', '1 April 2025 to 31 March 2026', 'Dec 2019 / Jan 2020'
_RANGE = re.compile(r"\s*(?P<first>.+?)\s*(?:\s[-/\u2013\u2014]\s|[\u2013\u2014]|\s+to\s+)\s*(?P<last>.+?)\s*")
_MONTH_DASH_YEAR = re.compile(r"^\s*([A-Za-z]{3,9})\.?\s*[-,]\s*'?(\d{2}|\d{4})\s*$")  # 'Dec-24', 'December, 2024'


def parse_season(text: str) -> date | None:
    """A season or school term and a year → the last day of the month it ends in (lexicons/timescales.json, seasons).

    >>> parse_season("Autumn 2024"), parse_season("Spring term 2025"), parse_season("Winter 2024/25")
    (datetime.date(2024, 11, 30), datetime.date(2025, 4, 30), datetime.date(2025, 2, 28))
    """
    rule = load_json("lexicons/timescales.json")["seasons"]
    match = re.match(rule["pattern"], " ".join(text.split()), re.IGNORECASE)
    if not match:
        return None
    name = match.group("name").lower()
    month = (rule["term_ends"] if match.group("term") else rule["ends"]).get(name)
    if month is None:
        return None
    return month_end(int(match.group("year")) + (name in rule["next_year"] and not match.group("term")), month)


def parse_due(text: str) -> date | None:
    """A due date as plans write one: a month ('September 18', 'Dec-24', 'By end of March 2025': its last day), a
    financial quarter ('end of Q3 2022/23'), a season or term ('Autumn 2024'), a day ('31 March 2025', '31.07.24',
    '31/07/2024', '2025-03-31') or a week ('w/c 3 June 2024': its last day); lead-in words, and qualifying words
    after the date ('Q2 2024/25 (July–Sept 2024)'), are data (lexicons/timescales.json, lead_in and trailing).

    >>> parse_due("31.07.24"), parse_due("w/c 3 June 2024"), parse_due("By the end of March 2025"), parse_due("Dec-24")
    (datetime.date(2024, 7, 31), datetime.date(2024, 6, 9), datetime.date(2025, 3, 31), datetime.date(2024, 12, 31))
    >>> parse_due("Q2 2024/25 (July–Sept 2024)"), parse_due("Q3 2024/25 and then quarterly"), parse_due("Ongoing")
    (datetime.date(2024, 9, 30), datetime.date(2024, 12, 31), None)
    >>> parse_due("April 2025 - March 2026"), parse_due("April 2025 – March 2026"), parse_due("March 2025 - subject to funding")
    (datetime.date(2026, 3, 31), datetime.date(2026, 3, 31), datetime.date(2025, 3, 31))
    """
    if (span := _RANGE.fullmatch(text)) and (first := _parse_due(span["first"])) and (last := _parse_due(span["last"])):
        return max(first, last)  # 'April 2025 – March 2026': due by the range's end
    found = _parse_due(text)
    if found is None and (tail := re.search(load_json("lexicons/timescales.json")["trailing"]["pattern"], text)) and tail.start():
        found = _parse_due(text[: tail.start()])  # 'Q2 2024/25 (July–Sept 2024)', 'Q3 2024/25 and then quarterly'
    return found


def _parse_due(text: str) -> date | None:
    if (quarter := parse_quarter(text) or parse_financial_year(text) or parse_year_end(text)) is not None:
        return quarter
    lead_in = re.match(load_json("lexicons/timescales.json")["lead_in"]["pattern"], text, re.IGNORECASE)
    rest = text[lead_in.end() :] if lead_in else text
    found = parse_month_year(rest) or parse_quarter(rest) or parse_season(rest) or parse_month_range(rest)
    if found is None and (dashed := _MONTH_DASH_YEAR.match(rest)):
        found = parse_month_year(f"{dashed.group(1)} {dashed.group(2)}")
    if found is None and (numeric := _NUMERIC_DAY.match(rest) or _ISO_DAY.match(rest)):
        day, month, year = numeric.groups() if numeric.re is _NUMERIC_DAY else reversed(numeric.groups())
        try:
            found = date(_year(year), int(month), int(day))
        except ValueError:
            return None
    if found is None and (week := _WEEK_OF.match(rest)) and (start := parse_day_month_year(week.group(1))):
        found = start + timedelta(days=6)
    return found or parse_day_month_year(rest)


def parse_day_month_year(text: str, default_year: int | None = None) -> date | None:
    """'12 June 2017' → 2017-06-12 ('30 Apr 25' → 2025-04-30, '20th of May 2022' → 2022-05-20); '12 June' takes
    `default_year`.

    >>> parse_day_month_year("6 July 2017"), parse_day_month_year("12 June", 2017)
    (datetime.date(2017, 7, 6), datetime.date(2017, 6, 12))
    """
    match = _DAY_MONTH_YEAR.match(" ".join(text.split()))
    if not match:
        return None
    month = _months().get(match.group(2).lower())
    year = _year(match.group(3)) if match.group(3) else default_year  # '30 Apr 25' is 2025
    if not month or year is None:
        return None
    try:
        return date(year, month, int(match.group(1)))
    except ValueError:
        return None


def parse_day(text: str) -> date | None:
    """A printed day: '3 March 2016', '3rd March 2016', or '03/03/2016' (day first, as England writes it).

    >>> parse_day("30/07/2020"), parse_day("31/02/2016")
    (datetime.date(2020, 7, 30), None)
    """
    numeric = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\s*", text)
    if numeric is None:
        return parse_day_month_year(text)
    try:
        return date(_year(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
    except ValueError:
        return None


def parse_month_year_long(text: str) -> date | None:
    """'September 2018' → 2018-09-30."""
    return parse_month_year(" ".join(text.split()))


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clipped to the month's end."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def relative_due(timescale: str, issued: date) -> date | None:
    """'Within three months' of `issued` → its date; 'Immediately' → the issue date."""
    months = load_json("lexicons/timescales.json")["relative"].get(" ".join(timescale.lower().rstrip(":").split()))
    return None if months is None else add_months(issued, months)


def fieldwork_dates(start_text: str | None, end_text: str, mid_text: str | None = None) -> tuple[date | None, date | None]:
    """('27 November', '8 December 2017') → both dates; ('09/05/2022', '20/05/2022') too. A start that leaves out
    its month or year takes them from the next date printed (the first week's end in '26 to 28 February and 3 to 7
    March 2014', else the end), and when it would fall after the end, the year before ('30 December to 10 January');
    a start that does not make a fieldwork of days or weeks is unknown (the report is still read, from its end); a
    single date is the whole fieldwork."""
    if _NUMERIC_DAY.match(end_text):  # '09/05/2022 - 20/05/2022': both days in figures
        end, start = parse_day(end_text), parse_day(start_text or "")
        return (start if start and end and 0 <= (end - start).days <= _LONGEST_FIELDWORK else None), end
    end = parse_day_month_year(end_text)
    if end is None or start_text is None:
        return end, end
    after = parse_day_month_year(mid_text, end.year) if mid_text else None
    if after is not None and after > end and not re.search(r"\d{4}", mid_text or ""):
        after = parse_day_month_year(mid_text or "", end.year - 1)  # the first week was in December
    after = after or end
    start = parse_day_month_year(start_text, after.year) or parse_day_month_year(f"{start_text} {after:%B %Y}")
    if start is not None and start > end:  # '30 December to 10 January': the December of the year before
        start = None if re.search(r"\d{4}", start_text) else parse_day_month_year(start_text, end.year - 1)
    if start is not None and not 0 <= (end - start).days <= _LONGEST_FIELDWORK:
        start = None  # a fieldwork of months, or one ending before it starts, is a misreading
    return start, end


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"


@cache
def _heading_date_pattern() -> re.Pattern[str]:
    """A date a paper gives itself on a line of its opening, after one of the cue words of plan_layout.json
    'paper_date_cue' or opening the line; the day may be followed by another field on its line ('Owner: …'), not
    'as follows:'."""
    cue = load_json("plan_layout.json")["paper_date_cue"]
    return re.compile(
        rf"(?:^|[–—-]\s*|\b(?:{cue})\s+)"
        rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"  # 'Date: Tuesday, 11 October 2022' on a pack's cover
        rf"(?P<day>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH_NAMES}),?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
        rf"|\d{{1,2}}\s+(?:{_MONTH_NAMES}|{_MONTH_SHORT})\.?\s+'?\d{{2}})\.?\s*(?:$|[.;]\s|(?=(?-i:[A-Z][a-z]+(?:\s[a-z]+)?):\s))",
        re.IGNORECASE,
    )


_PERIOD_BEFORE = re.compile(  # 'April 2019 –', 'January–' (a period's months: '… inspection of January–February 2024')
    rf"(?:\b(?:{_MONTH_NAMES})(?:,?\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*[–—-]\s*$", re.IGNORECASE
)


def heading_date(text: str, lines: int = 12) -> date | None:
    """The date a paper gives itself in its opening lines: a line that is a date ('April 2017'), or a date after a
    dash, 'as at', 'position at', 'dated', 'updated', 'issued', 'agreed' or 'approved' (by whom, or '… on': 'Version 2,
    agreed 12 June 2023', 'Approved by Cabinet, 4 July 2023') ('Version 1.2 — 15th May 2023', 'tracker as at 31
    January 2018', 'Issued 14 Feb 25'); a month is its last day; a period ('April 2019 – March 2020', an inspection of
    'January–February 2024' a plan's title names) is no day.
    None when its opening gives none."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][:lines]:
        if "\t" in line:
            continue  # a table's cells: dates of the work, not of the paper
        match = _heading_date_pattern().search(line)
        if match and _PERIOD_BEFORE.search(line[: match.start("day")]):
            continue  # 'April 2019 – March 2020': a plan's period, not its day
        if match:
            day = " ".join(match.group("day").replace(",", " ").split())
            return parse_day(day) or parse_month_year(day)
    return None


def date_in_file_name(name: str) -> date | None:
    """The day a report's file is named by: '… - 19 november 2021.pdf', '19_November_2021.pdf', '2021-11-19.pdf'."""
    named = regex("report_layout.json", "published_in_file_name").search(name)
    if named is None:
        return None
    if named.group("iso"):
        try:
            return date.fromisoformat(named.group("iso"))
        except ValueError:
            return None
    return parse_day_month_year(re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|[_-]", " ", named.group("date")))
