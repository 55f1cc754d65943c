"""What we can honestly say about a source: from ``sources.toml``, else from its own text.

Every citation shows a title, publisher, author and date, so a wrong value here
puts words in the wrong mouth or the wrong year. The rule is therefore *never
invent*: a field is filled only when a curator wrote it in ``sources.toml`` or
the text itself states it in a recognisable place (a byline, a dateline, a
publisher's own chrome such as "(CNN) --" or "Support The Moscow Times!").
Anything less certain stays ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from index.errors import DossierError
from index.lazyre import lazy
from index.models import SourceMeta, web_url

SOURCES_TOML = "sources.toml"
_FIELDS = ("title", "publisher", "author", "published", "url")

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)"
_DATE_BODY = (
    r"(?:(?P<iso>(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d))(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'mon2')},?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|{_MONTH}\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y3>(?:19|20)\d\d))"
)
# A line that is nothing but a publication date ("2010-11-04 09:29",
# "Published: Thursday, November 4, 2010 at 9:29 GMT"): metadata, not article text.
DATELINE = lazy(
    rf"^(?:(?:first\s+)?(?:published|updated|posted|last\s+updated|last\s+modified|date)(?:\s+on)?:?\s*)?"
    rf"{_WEEKDAY}?{_DATE_BODY}{_TIME}?\.?$",
    re.I,
)
PUBLISHED_LINE = lazy(
    r"^(?:first\s+)?(?:published|updated|posted|last\s+updated)\b\s*(?:on)?:?\s*\S", re.I
)

# "By the CNN Wire Staff", "By Jane Doe, BBC News", "By Jane Doe and John Roe".
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)"
BYLINE = lazy(
    rf"^by:?\s+(?:the\s+)?(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|and|&|de|van|von|der|da|al-\w+))*)"
    r"(?:\s*(?:,|\||-|–|—)\s*[^.!?]{0,60})?$",
    re.I,
)
# An op-ed author note: "Karl Holm Jensen is secretary-general of NATO."
_AUTHOR_NOTE = lazy(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was)\s+(?:an?\s+|the\s+)?[^.!?]{3,120}\.",
)
_TITLE_SUFFIX = lazy(
    r"\s*(?::\s*Wikis|\s[-–—|]\s*Wikipedia(?:,? the free encyclopedia)?|\s\|\s[^|]{2,40})$"
)

# Publisher hints, most explicit first. Each is something a publisher prints
# about itself; a mere mention of a name in a sentence is not enough.
_PUBLISHER_HINTS: tuple[tuple[Any, str | None], ...] = (
    (lazy(r"^The Full Wiki$", re.M), "The Full Wiki (Wikipedia)"),
    (lazy(r"^From Wikipedia, the free encyclopedia$", re.M | re.I), "Wikipedia"),
    (lazy(r"^[^\n]{0,80}\((?P<pub>CNN|Reuters|AFP|AP|Bloomberg|UPI)\)\s*(?:--|—|–|-)", re.M), None),
    (lazy(r"^Support (?P<pub>[A-Z][^\n!]{2,40})!$", re.M), None),
    (lazy(r"^A Message from (?P<pub>[A-Z][^\n:]{2,40}):$", re.M), None),
    (
        lazy(
            r"do not necessarily reflect the (?:position|views|opinion) of (?P<pub>[A-Z][^\n.]{2,40})\.", re.M
        ),
        None,
    ),
    (lazy(r"^(?P<pub>RFE/RL) has been declared", re.M), None),
    (
        lazy(r"^(?:Copyright|©)\s*(?:\(c\)\s*)?(?:19|20)\d\d,?\s+(?P<pub>[A-Z][^\n.]{2,40})\.?", re.M),
        None,
    ),
)


def parse_date(text: str) -> str | None:
    """ISO ``YYYY-MM-DD`` for a dateline, or ``None`` if it is not a valid date."""
    match = DATELINE.match(text.strip())
    if not match:
        return None
    groups = match.groupdict()
    try:
        if groups["iso"]:
            year, month, day = int(groups["y1"]), int(groups["m1"]), int(groups["d1"])
        elif groups["y2"]:
            year, month, day = int(groups["y2"]), _MONTHS[groups["mon2"].lower()], int(groups["d2"])
        else:
            year, month, day = int(groups["y3"]), _MONTHS[groups["month"].lower()], int(groups["d3"])
        return dt.date(year, month, day).isoformat()
    except (ValueError, KeyError, TypeError):
        return None


def byline_author(line: str) -> str | None:
    """The name in a byline line, without "the" and trailing affiliation."""
    line = line.strip()
    if len(line) > 80:
        return None
    match = BYLINE.match(line)
    if not match:
        return None
    name = match.group("name").strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name or None


def byline_date(line: str) -> str | None:
    """The date in a byline ("By John Roe, 12 March 2010"), as ISO, or ``None``."""
    line = line.strip()
    if len(line) > 80 or not BYLINE.match(line):
        return None
    for match in _DATE_IN_LINE.finditer(line):
        iso = parse_date(match.group())
        if iso:
            return iso
    return None


_DATE_IN_LINE = lazy(_DATE_BODY, re.I)
# "Storm hits coast | Daily Planet": the site's name after the last bar of <title>.
_TITLE_PUBLISHER = lazy(r"\s\|\s*(?P<pub>[^|]{2,60}?)\s*$")


class _HeadMeta(HTMLParser):
    """``<title>`` and the ``<meta>`` tags a publisher writes about its own page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.in_title = False
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs}
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            content = " ".join(values.get("content", "").split())
            if key and content:
                self.meta.setdefault(key, content)
        elif tag == "body":
            self.done = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)


def _head(html: str) -> _HeadMeta:
    parser = _HeadMeta()
    head = html[: html.lower().find("<body")] if "<body" in html.lower() else html[:200_000]
    try:
        parser.feed(head)
        parser.close()
    except Exception:  # html.parser is lenient; a broken page just has no head metadata
        pass
    return parser


def _iso_day(value: str | None) -> str | None:
    """``2010-03-12T09:30:00Z`` (article:published_time) → ``2010-03-12``; anything else → ``None``."""
    if not value:
        return None
    return parse_date(value.strip()[:10]) if re.match(r"^\d{4}-\d{2}-\d{2}", value.strip()) else None


def _a_name(value: str | None) -> str | None:
    """An author meta value that is a name, not a profile URL or an e-mail address."""
    if not value or "/" in value or "@" in value or len(value) > 80:
        return None
    return value.strip() or None


def html_metadata(html: str) -> dict[str, str | None]:
    """What a page's ``<head>`` says of itself: publisher, author, publication date."""
    head = _head(html)
    meta = head.meta
    title = " ".join("".join(head.title).split())
    suffix = _TITLE_PUBLISHER.search(title)
    return {
        "publisher": meta.get("og:site_name") or meta.get("application-name")
        or (suffix.group("pub") if suffix else None),
        "author": _a_name(meta.get("author")) or _a_name(meta.get("article:author")),
        "published": _iso_day(meta.get("article:published_time")) or _iso_day(meta.get("datepublished"))
        or _iso_day(meta.get("date")),
    }


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _title(cleaned: str) -> str | None:
    first = cleaned.split("\n\n", 1)[0].strip()
    if not first or "\n" in first or len(first) > 160 or len(first.split()) > 25:
        return None
    if first.endswith(".") and not first.endswith("..."):
        return None  # a sentence, not a headline: the text has no title line
    if byline_author(first) or parse_date(first):
        return None
    title = _TITLE_SUFFIX.sub("", first).strip()
    return title or None


def _author(raw_lines: list[str], cleaned: str) -> str | None:
    for line in raw_lines[:15]:
        name = byline_author(line)
        if name:
            return name
    # Op-ed pieces end with an author note; only trust it at the very end and
    # when the page marks the piece as opinion or syndicated ("© Project Syndicate").
    paragraphs = [p for p in cleaned.split("\n\n") if p.strip()]
    marked = any("©" in line or "opinion" in line.lower() for line in raw_lines[-25:])
    if marked:
        for paragraph in paragraphs[-2:]:
            match = _AUTHOR_NOTE.match(paragraph.strip())
            if match and len(paragraph) <= 200:
                return match.group("name")
    return signature_author(paragraphs)


# A guest piece's closing signature: its last paragraph, one sentence naming the writer's post at a publication
# ("Clark Boyd is technology correspondent for The World, a BBC World Service and WGBH-Boston co-production.",
# "Owain Bennallack is the editor of Develop magazine."). The post must be a writer's; "an analyst at X" or "the
# author of Y" describes someone the piece may quote.
_SIGNATURE = lazy(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+is\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:correspondents?|editor|writer|reporter|columnist|journalist|contributor)"
    r"\s+(?:for|at|with|of)\s+(?:the\s+)?[A-Z][^.!?]{0,150}\.$",
)


# A closing note that is no signature: a post held no longer ("a former reporter at the Courier"), or a clause that ties
# the publication to the story ("the magazine that first printed Carrow's work", "which first published the papers"):
# the note then says why someone the story concerns matters to it, not who wrote it.
_NOT_A_SIGNATURE = lazy(r"\b(?:former|ex-|one-?time|retired|late)\s|,?\s\b(?:which|that|who|whose|where)\b")


def signature_author(paragraphs: list[str]) -> str | None:
    """The writer a piece's closing signature names, when the piece names them nowhere else: someone the body
    mentions or quotes ("… said Mr Boyd") and describes at its end is its subject, not its writer."""
    if len(paragraphs) < 3:
        return None
    last = paragraphs[-1].strip()
    match = _SIGNATURE.match(last)
    if not match or "\n" in last:
        return None
    if _NOT_A_SIGNATURE.search(last):
        return None
    name = match.group("name")
    body = "\n\n".join(paragraphs[:-1])
    if re.search(rf"\b{re.escape(name.split()[-1])}\b", body):
        return None
    return name


def _published(raw_lines: list[str]) -> str | None:
    for line in raw_lines[:15]:
        if len(line) <= 80:
            iso = parse_date(line) or byline_date(line)
            if iso:
                return iso
    return None


def _publisher(raw: str) -> str | None:
    for pattern, fixed in _PUBLISHER_HINTS:
        match = pattern.search(raw)
        if match:
            return fixed or match.group("pub").strip()
    return None


def extract_metadata(raw: str, cleaned: str, source_id: str, html: str | None = None) -> SourceMeta:
    """Metadata the text itself supports; every field it cannot vouch for is ``None``.

    For an HTML page, what its ``<head>`` states (``og:site_name``, ``article:published_time``,
    the site name after ``|`` in ``<title>``) comes first: the publisher wrote it for exactly
    this purpose. The text's byline and dateline fill what the head leaves out.
    """
    raw_lines = _lines(raw)
    head = html_metadata(html) if html else {}
    return SourceMeta(
        id=source_id,
        title=_title(cleaned),
        author=head.get("author") or _author(raw_lines, cleaned),
        published=head.get("published") or _published(raw_lines),
        publisher=head.get("publisher") or _publisher(raw),
    )


def merge_meta(preferred: SourceMeta | None, extracted: SourceMeta, **overrides: Any) -> SourceMeta:
    """``preferred`` (curated) wins field by field; ``extracted`` fills the gaps."""
    values = extracted.model_dump()
    if preferred is not None:
        for key, value in preferred.model_dump().items():
            if value is not None:
                values[key] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    return SourceMeta(**values)


_ISO_PARTIAL = lazy(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _entry(path: Path, stem: str, table: Any) -> SourceMeta:
    if not isinstance(table, dict):
        raise DossierError(
            f"{path}: [{stem}] must be a table of fields ({', '.join(_FIELDS)}), not a plain value."
        )
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _FIELDS and key != "id":
            raise DossierError(
                f"{path}: [{stem}] has an unknown field {key!r}; allowed: {', '.join(_FIELDS)}."
            )
        if isinstance(value, dt.datetime):
            value = value.date().isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        if not isinstance(value, str):
            raise DossierError(f"{path}: [{stem}] field {key!r} must be text (in quotes), got {value!r}.")
        value = value.strip()
        if key == "published" and value and not _ISO_PARTIAL.match(value):
            raise DossierError(
                f"{path}: [{stem}] published = {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD."
            )
        if key == "url" and value and web_url(value) is None:
            raise DossierError(
                f"{path}: [{stem}] url = {value!r} is not a web address; write one that starts with https:// "
                "or http://."
            )
        values[key] = value or None
    values["id"] = values.get("id") or stem
    try:
        return SourceMeta(**values)
    except ValidationError as exc:  # pragma: no cover - fields are checked above
        raise DossierError(f"{path}: [{stem}] is not valid: {exc.errors()[0]['msg']}") from None


def load_sources_toml(folder: Path) -> dict[str, SourceMeta]:
    """Curated metadata from ``<folder>/sources.toml``, keyed by file stem.

    A missing file is normal (metadata is then extracted from the text); a
    broken one is an error the user must fix, so it is reported with the line.
    """
    path = Path(folder) / SOURCES_TOML
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise DossierError(f"Cannot read {path}: {exc.strerror or exc}") from None
    import tomllib  # only a folder with a sources.toml needs the TOML parser

    try:
        parsed = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DossierError(f"{path} is not UTF-8 text; save it as UTF-8.") from None
    except tomllib.TOMLDecodeError as exc:
        raise DossierError(f"{path} is not valid TOML ({exc}). Fix the file or delete it.") from None
    return {stem: _entry(path, stem, table) for stem, table in parsed.items()}
