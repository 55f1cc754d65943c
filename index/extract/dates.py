"""Find dates in news prose and turn them into ISO strings.

"When" questions are answered by quoting the sentence that carries a date, so a
mention must point at the exact characters written (``text[start:end]``) and
carry an ISO form the engine can sort and compare. Precision matters more than
recall: a count such as "1,550 warheads" or "28-nation" shown as a date would be
a made-up answer, so every pattern is guarded against neighbouring digits,
currency signs and counted nouns.

Conventions (news style):

* Decades ("the 1990s") give ``iso`` = first year ("1990"), ``iso_end`` = last
  year ("1999"); only "1990s" is the mention text.
* Seasons with a year ("spring 2010") give the year; the season word stays in
  ``text``.
* Ranges ("1979-89", "1991-2002", "November 19-20") put the end in ``iso_end``.
* Relative mentions ("Saturday", "last month", "in December", dates without a
  year) have ``relative=True`` and are resolved against the publication date
  when it is known; a weekday means the most recent such day on or before
  publication, a bare month means that month of the publication year (or of the
  previous year when it lies after the publication month). Unresolvable ones
  keep ``iso=None`` so they can still be shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from index.models import DateMention

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS: dict[str, int] = {name.lower(): number for number, name in enumerate(_MONTH_NAMES, start=1)}
_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(_DAY_NAMES)}
_SEASONS: dict[str, tuple[int, int]] = {  # first and last month (northern hemisphere)
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}

# Month names must be capitalised: "may" the verb is never a month.
_FULL_MONTH = "|".join(_MONTH_NAMES)
_ANY_MONTH = _FULL_MONTH + "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_DASH = r"\s*[-–—]\s*"

_ISO_DATE = re.compile(rf"\b({_YEAR})-(0[1-9]|1[0-2])-({_DAY})\b")
_DAY_MONTH = re.compile(
    rf"\b({_DAY}){_ORD}(?:(?:{_DASH}|\s+(?:and|to)\s+)({_DAY}){_ORD})?\s+(?:of\s+)?({_ANY_MONTH})\b\.?"
    rf"(?:,?\s+({_YEAR})\b)?"
)
_MONTH_DAY = re.compile(
    rf"\b({_ANY_MONTH})\b\.?\s+({_DAY}){_ORD}\b(?:{_DASH}({_DAY}){_ORD}\b)?(?:,?\s+({_YEAR})\b)?"
)
_MONTH_YEAR = re.compile(rf"\b({_ANY_MONTH})\b\.?,?\s+(?:of\s+)?({_YEAR})\b")
_SEASON_YEAR = re.compile(rf"\b(?i:(spring|summer|autumn|fall|winter))(?:\s+of)?\s+({_YEAR})\b")
_YEAR_RANGE = re.compile(rf"\b({_YEAR})(?:{_DASH}|/)(\d{{4}}|\d\d)\b")
_YEAR_SPAN = re.compile(rf"(?:(?<=\b(?i:from)\s)|(?<=\b(?i:between)\s))({_YEAR})\s+(?:to|and|until|till)\s+({_YEAR})\b")
_DECADE = re.compile(r"\b(1[89]\d0|20\d0)s\b")
_BARE_YEAR = re.compile(rf"\b({_YEAR})\b")
_DEICTIC = re.compile(r"\b(?i:today|yesterday|tonight|tomorrow)\b")
_PERIOD = re.compile(
    r"\b(?i:(last|next|this|earlier\s+this|later\s+this)\s+"
    r"(week|weekend|month|year|spring|summer|autumn|fall|winter|season))\b"
)
_AGO = re.compile(
    r"\b(?i:(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(day|week|month|year)s?\s+ago)\b"
)
_WEEKDAY = re.compile(
    r"\b(?:(?i:(last|next|this))\s+)?(" + "|".join(_DAY_NAMES) + r")\b"
)
_CUED_MONTH = re.compile(
    r"(?:\b(?i:in|since|by|until|till|during|from|through|before|after|of|early|late)\s+"
    r"(?:(?i:early|late)\s+|(?i:mid)-)?|\b(?i:mid)-|\b(?i:(last|next|this))\s+)"
    rf"({_FULL_MONTH})\b"
)

# "will be available in late summer", "from the spring": a season with a cue and no year, this year's when the
# publication date is known (a season with a year is _SEASON_YEAR's, tried first)
_CUED_SEASON = re.compile(
    r"\b(?i:in|by|from|until|till|during|over|before|after)\s+(?:(?i:the)\s+)?"
    r"(?P<season>(?:(?i:early|late)\s+|(?i:mid)-)?(?i:spring|summer|autumn|winter))\b"
)
# "since the outbreak began at 0630 BST", "due at 10am": a time of day, which only a "what time" question asks and
# which, written with a zone or a clock's suffix, is never a year ("at 2030 GMT")
_CLOCK = re.compile(
    r"\b(?i:at|from|until|till|by|before|after|around)\s"
    r"(?P<time>(?:[01]\d|2[0-3])[0-5]\d\s?(?:BST|GMT|CET|EST|EDT|PST|PDT|UTC)\b(?:\s\(\d{4}\s?[A-Z]{2,3}\))?"
    r"|(?:[01]?\d|2[0-3])[.:][0-5]\d\s?(?:BST|GMT|CET|EST|EDT|PST|PDT|UTC|(?i:am|pm))\b"
    r"|(?:1[0-2]|0?[1-9])\s?(?i:am|pm)\b)"
)

# before a weekday, what makes it name a kind of thing ("ITV1's Saturday morning show", "a Sunday newspaper")
_KIND_BEFORE = re.compile(r"(?:['’]s|\b(?:the|a|an|The|A|An))\s+$")

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# A four-digit number followed by one of these is a count, not a year.
_COUNTED = re.compile(
    r"\s+(?:people|persons|troops|soldiers|jobs|workers|staff|employees|students|graduates|"
    r"members|homes|houses|cars|vehicles|units|tonnes|tons|miles|km|kilometres|kilometers|metres|"
    r"meters|feet|pounds|dollars|euros|roubles|rubles|copies|players|fans|users|votes|seats|"
    r"children|men|women|deaths|cases|times|warheads|launchers|missiles|tanks|aircraft|flights|"
    r"points|words|pages|items|shares|barrels|hectares|acres|calories|patients|officers|"
    r"civilians|refugees|victims|visitors|customers|subscribers|companies|firms|sites)\b"
)


def _parse_published(published: str | None) -> tuple[int | None, int | None, date | None]:
    """Year, month and full date of publication, each ``None`` when not given."""
    if not isinstance(published, str):
        return None, None, None
    match = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", published)
    if not match:
        return None, None, None
    year = int(match.group(1))
    if not 1000 <= year <= 2999:  # outside this no news date is plausible, and date arithmetic overflows
        return None, None, None
    month = int(match.group(2)) if match.group(2) else None
    if month is not None and not 1 <= month <= 12:
        return year, None, None
    day: date | None = None
    if month and match.group(3):
        try:
            day = date(year, month, int(match.group(3)))
        except ValueError:
            day = None
    return year, month, day


def _iso_day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or _ABBREVIATIONS.get(key)


def _valid_day(month: int, day: int, year: int | None) -> bool:
    try:
        date(year if year is not None else 2000, month, day)  # 2000 is a leap year: allows Feb 29
    except ValueError:
        return False
    return True


def _digit_guard(text: str, start: int, end: int) -> bool:
    """False when the numeric match is glued to a longer number, a price or a compound."""
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if before.isdigit() or before in "$£€¥#" or (before in ",." and before2.isdigit()):
        return False
    if before == "-" and before2.isalnum():  # "Mi-17", "F-2010", but "mid-1990s" is a date
        word = re.search(r"(\w+)-$", text[max(0, start - 12):start])
        if not word or word.group(1).lower() not in ("mid", "pre", "post"):
            return False
    if before in "[(" and after in "])" and text[start:end].isdigit() and len(text[start:end]) <= 3:
        return False  # footnote "[13]"
    if after.isdigit() or after in "%" or (after in ",.:" and after2.isdigit()):
        return False
    if after in "-–" and after2.isalpha():  # "28-nation", "2010-style"
        return False
    return True


class _Finder:
    """Collects non-overlapping mentions; earlier (more specific) patterns win."""

    def __init__(self, text: str, published: str | None) -> None:
        self.text = text
        self.taken: list[tuple[int, int]] = []
        self.found: list[DateMention] = []
        self.pub_year, self.pub_month, self.pub_date = _parse_published(published)

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def add(self, start: int, end: int, iso: str | None, iso_end: str | None = None,
            relative: bool = False, clock: bool = False) -> None:
        if start >= end or not self.free(start, end):
            return
        self.taken.append((start, end))
        self.found.append(DateMention(start=start, end=end, text=self.text[start:end], iso=iso,
                                      iso_end=iso_end, relative=relative, clock=clock))

    def run(self, pattern: re.Pattern[str], handle: Callable[[re.Match[str]], None]) -> None:
        for match in pattern.finditer(self.text):
            if self.free(match.start(), match.end()):
                try:
                    handle(match)
                except (ValueError, OverflowError):  # one unreadable mention must not hide the others
                    continue

    # --- absolute dates -------------------------------------------------

    def iso_date(self, m: re.Match[str]) -> None:
        if _digit_guard(self.text, m.start(), m.end()):
            iso = _iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso:
                self.add(m.start(), m.end(), iso)

    def _dated(self, m: re.Match[str], month_name: str, day: str, day_end: str | None,
               year_text: str | None) -> None:
        month = _month_number(month_name)
        if month is None:
            return
        year = int(year_text) if year_text else None
        first, last = int(day), int(day_end) if day_end else None
        if not _valid_day(month, first, year) or (last is not None and
                                                   (last <= first or not _valid_day(month, last, year))):
            return
        end = m.end()
        if self.text[end - 1:end] == "." and year_text is None and month_name.lower() in MONTHS:
            end -= 1  # keep a sentence full stop out of "28 May."
        if not _digit_guard(self.text, m.start(), end):
            return
        relative = year is None
        if relative:
            year = self._year_for_month(month)
        iso = _iso_day(year, month, first)
        iso_end = _iso_day(year, month, last) if last is not None else None
        self.add(m.start(), end, iso, iso_end, relative=relative)

    def day_month(self, m: re.Match[str]) -> None:
        self._dated(m, m.group(3), m.group(1), m.group(2), m.group(4))

    def month_day(self, m: re.Match[str]) -> None:
        self._dated(m, m.group(1), m.group(2), m.group(3), m.group(4))

    def month_year(self, m: re.Match[str]) -> None:
        month = _month_number(m.group(1))
        if month is not None and _digit_guard(self.text, m.start(), m.end()):
            self.add(m.start(), m.end(), f"{m.group(2)}-{month:02d}")

    def season_year(self, m: re.Match[str]) -> None:
        if _digit_guard(self.text, m.start(), m.end()):
            self.add(m.start(), m.end(), m.group(2))

    def year_range(self, m: re.Match[str]) -> None:
        if not _digit_guard(self.text, m.start(), m.end()):
            return
        first, tail = m.group(1), m.group(2)
        last = int(first[:2] + tail) if len(tail) == 2 else int(tail)
        if not 0 < last - int(first) <= 100:
            return
        self.add(m.start(), m.end(), first, str(last))

    def year_span(self, m: re.Match[str]) -> None:
        first, last = int(m.group(1)), int(m.group(2))
        if 0 < last - first <= 100 and _digit_guard(self.text, m.start(), m.end()):
            self.add(m.start(), m.end(), str(first), str(last))

    def decade(self, m: re.Match[str]) -> None:
        if _digit_guard(self.text, m.start(), m.end()):
            first = int(m.group(1))
            self.add(m.start(), m.end(), str(first), str(first + 9))

    def clock(self, m: re.Match[str]) -> None:
        if _digit_guard(self.text, m.start("time"), m.end()):
            self.add(m.start("time"), m.end(), None, relative=True, clock=True)

    def cued_season(self, m: re.Match[str]) -> None:
        self.add(m.start("season"), m.end(), str(self.pub_year) if self.pub_year is not None else None, relative=True)

    def bare_year(self, m: re.Match[str]) -> None:
        if not _digit_guard(self.text, m.start(), m.end()):
            return
        if _COUNTED.match(self.text, m.end()):
            return
        year = int(m.group(1))
        if year < 1900 and not re.search(r"(?i:\b(?:in|since|by|of|from|until|around|before|after))\s+$",
                                         self.text[max(0, m.start() - 8):m.start()]):
            return
        self.add(m.start(), m.end(), m.group(1))

    # --- relative dates -------------------------------------------------

    def _year_for_month(self, month: int, direction: str = "") -> int | None:
        if self.pub_year is None:
            return None
        if self.pub_month is None:
            return self.pub_year
        if direction == "next":
            return self.pub_year if month > self.pub_month else self.pub_year + 1
        if direction == "last":
            return self.pub_year if month < self.pub_month else self.pub_year - 1
        return self.pub_year if month <= self.pub_month else self.pub_year - 1

    def deictic(self, m: re.Match[str]) -> None:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group(0).lower()]
        iso = (self.pub_date + timedelta(days=offset)).isoformat() if self.pub_date else None
        self.add(m.start(), m.end(), iso, relative=True)

    def period(self, m: re.Match[str]) -> None:
        which = m.group(1).lower().split()[-1]  # "earlier this" -> "this"
        unit = m.group(2).lower()
        shift = {"last": -1, "this": 0, "next": 1}[which]
        iso: str | None = None
        if unit in ("week", "weekend"):
            if self.pub_date:
                iso = (self.pub_date + timedelta(weeks=shift)).strftime("%Y-%m")
        elif unit == "month":
            if self.pub_year is not None and self.pub_month is not None:
                index = self.pub_year * 12 + self.pub_month - 1 + shift
                iso = f"{index // 12}-{index % 12 + 1:02d}"
        elif unit == "year":
            if self.pub_year is not None:
                iso = str(self.pub_year + shift)
        elif unit == "season":
            pass  # "next season": a sporting season straddles two years, so no calendar date is safe to give
        elif self.pub_year is not None:  # a season of the year
            first, _last = _SEASONS[unit]
            year = self.pub_year + shift
            if which == "last" and self.pub_month is not None and self.pub_month > _last and first <= _last:
                year = self.pub_year  # "last summer" written in November is this year's summer
            iso = str(year)
        self.add(m.start(), m.end(), iso, relative=True)

    def ago(self, m: re.Match[str]) -> None:
        count_text = m.group(1).lower()
        count = _NUMBER_WORDS.get(count_text) or (int(count_text) if count_text.isdigit() else 0)
        unit = m.group(2).lower()
        iso: str | None = None
        if unit in ("day", "week") and self.pub_date:
            days = count * (7 if unit == "week" else 1)
            try:
                iso = (self.pub_date - timedelta(days=days)).isoformat()
            except OverflowError:
                iso = None
        elif unit == "month" and self.pub_year is not None and self.pub_month is not None:
            index = self.pub_year * 12 + self.pub_month - 1 - count
            iso = f"{index // 12}-{index % 12 + 1:02d}" if index >= 0 else None
        elif unit == "year" and self.pub_year is not None:
            iso = str(self.pub_year - count)
        self.add(m.start(), m.end(), iso, relative=True)

    def weekday(self, m: re.Match[str]) -> None:
        tail = self.text[m.end():m.end() + 40]
        if re.match(rf",?\s+(?:the\s+)?(?:{_DAY}{_ORD}\s+(?:of\s+)?)?(?:{_ANY_MONTH})\b", tail):
            return  # "Saturday, November 20, 2010": the full date is the mention
        if re.search(r"(?i:\b(?:every|each))\s+$", self.text[max(0, m.start() - 8):m.start()]):
            return  # "every Friday" is a habit, not a date
        if not m.group(1) and _KIND_BEFORE.search(self.text, max(0, m.start() - 6), m.start()):
            return  # "ITV1's Saturday morning show", "a Sunday newspaper": the day names a kind of thing, not a date
        modifier = (m.group(1) or "").lower()
        target = _WEEKDAYS[m.group(2).lower()]
        iso: str | None = None
        if self.pub_date:
            back = (self.pub_date.weekday() - target) % 7
            if modifier == "last" and back == 0:
                back = 7
            if modifier == "next":
                iso = (self.pub_date + timedelta(days=((target - self.pub_date.weekday()) % 7) or 7)).isoformat()
            else:
                iso = (self.pub_date - timedelta(days=back)).isoformat()
        start = m.start() if modifier else m.start(2)
        self.add(start, m.end(), iso, relative=True)

    def cued_month(self, m: re.Match[str]) -> None:
        month = MONTHS[m.group(2).lower()]
        modifier = (m.group(1) or "").lower()
        year = self._year_for_month(month, modifier)
        start = m.start(1) if modifier else m.start(2)
        self.add(start, m.end(), f"{year}-{month:02d}" if year is not None else None, relative=True)


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """All date mentions in ``text``, in reading order; never raises.

    ``published`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) anchors relative
    mentions; see the module docstring for the conventions.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        finder = _Finder(text, published)
        steps: list[tuple[re.Pattern[str], Callable[[re.Match[str]], None]]] = [
            (_ISO_DATE, finder.iso_date),
            (_DAY_MONTH, finder.day_month),
            (_MONTH_DAY, finder.month_day),
            (_MONTH_YEAR, finder.month_year),
            (_SEASON_YEAR, finder.season_year),
            (_CLOCK, finder.clock),
            (_YEAR_SPAN, finder.year_span),
            (_YEAR_RANGE, finder.year_range),
            (_DECADE, finder.decade),
            (_BARE_YEAR, finder.bare_year),
            (_AGO, finder.ago),
            (_PERIOD, finder.period),
            (_DEICTIC, finder.deictic),
            (_WEEKDAY, finder.weekday),
            (_CUED_MONTH, finder.cued_month),
            (_CUED_SEASON, finder.cued_season),
        ]
        for pattern, handle in steps:
            finder.run(pattern, handle)
    except Exception:  # noqa: BLE001 - a date we cannot read must never break an answer
        return []
    return sorted(finder.found, key=lambda d: d.start)


def _specificity(mention: DateMention) -> int:
    return len(mention.iso or "")


def best_date(mentions: Sequence[DateMention]) -> DateMention | None:
    """The most specific absolute mention (day > month > year), first on ties.

    Absolute dates are preferred because they are what the writer stated; when a
    text only has relative ones, the most specific *resolved* relative mention is
    returned so "on Wednesday" can still answer a "when" question.
    """
    absolute = [m for m in mentions if m.iso and not m.relative]
    pool = absolute or [m for m in mentions if m.iso]
    if not pool:
        return None
    best = pool[0]
    for mention in pool[1:]:
        if _specificity(mention) > _specificity(best):
            best = mention
    return best
