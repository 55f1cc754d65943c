"""Keep the article, drop the web page around it.

Saved news pages carry navigation, video teasers, photo captions, newsletter and
donation appeals, comment forms and legal notes. Left in, they get indexed and
quoted back as if the article said them. Every snippet is cut verbatim from the
text returned here, so cleaning only ever *removes whole lines* (plus a few
markers listed below); it never rewrites a kept sentence.

Decisions (kept consistent across all sources):

* Each source line is one paragraph; paragraphs are separated by exactly one
  blank line. Hard-wrapped prose (every line but the last near the same width)
  is re-joined with single spaces so a sentence is not split by the wrap.
* The title line stays as the first paragraph; headings and block quotes stay.
* Bylines ("By the CNN Wire Staff") and credit lines ("CNN's Elise Labott
  contributed to this report.", op-ed author notes) are **kept**: they are the
  article's own words about who wrote it, and users ask that.
* A line holding only the publication date ("2010-11-04 09:29") near the top is
  dropped: it is metadata (see :mod:`index.ingest.metadata`), not prose.
* Removed markers: list bullets ("• ", "- ", "* ") at the start of a line,
  Markdown heading hashes, and wiki footnote markers ("[1]", "[citation
  needed]", "[edit]") together with the space before them, so "1994 [1]" reads
  "1994" and "Security[2], a" reads "Security, a".
* Boilerplate is recognised by generic patterns (navigation, "Click to play"
  teasers, tag lists, captions repeated or glued to a paragraph, cookie and
  privacy notices, newsletter/donation appeals, comment forms, image file
  names). Some markers ("Related News:", "Sign up for our ... newsletter",
  "External links", "A Message from ...:") start a trailer: everything after
  them is dropped, but only in the last 40% of the text so a stray marker
  earlier on can never cut the article short (it is dropped on its own).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from index.ingest.loading import UnreadableSource, decode_source, decoded_html, read_bytes, source_id_for
from index.ingest.metadata import (
    DATELINE,
    PUBLISHED_LINE,
    byline_author,
    extract_metadata,
    load_sources_toml,
    merge_meta,
)
from index.ingest.paragraphs import split_paragraphs
from index.lazyre import lazy
from index.models import Document, SourceMeta

_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
_BLANK = lazy(r"\n[ \t\u00a0]*\n")
_BULLET = lazy(r"^[•·▪◦‣●■\-*]\s+")
_MD_HEADING = lazy(r"^#{1,6}\s+")
_FOOTNOTE = lazy(r"(?:[ \t]*\[(?:\d{1,3}|[a-z]|citation needed|edit|note \d{1,3})\])+", re.I)
_TERMINAL = ".!?:;\"”’')…"

_TRAILER_FROM = 0.6  # trailer markers only cut the text in its last 40%
_SHORT = 220  # boilerplate lines are short; longer lines are never tested against patterns


def _rx(*patterns: str) -> Any:
    return lazy(r"^(?:" + "|".join(patterns) + r")$", re.I)


# Lines that are never article text, wherever they appear.
_ALWAYS = _rx(
    r"skip to (?:the )?(?:main )?(?:content|navigation|search|article)",
    r"accessibility(?: links| help)?",
    r"jump to:? (?:navigation|search|content).*",
    r"(?:advertisement|advert|sponsored(?: content)?|ad|story continues below(?: advertisement)?)",
    r"share(?: this)?(?: article| story| page| post)?(?: (?:on|via) \w+)?:?",
    r"(?:share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit)(?:\s*[|/·•]\s*\w+)*",
    r"(?:read|see|view|show) (?:more|less|all)(?: news| stories| articles)?:?\.?",
    r"(?:continue reading|read the full (?:story|article))\.?",
    r"(?:more on this (?:story|topic)|top stories|most (?:read|popular|viewed)|recommended(?: for you)?):?",
    r"(?:tags?|topics|filed under|categories|keywords):.*",
    r"(?:[\d,]+ )?comments?(?: \(\d+\))?:?",
    r"(?:leave|post|add|write|view) (?:a |your )?(?:comment|reply|comments)s?:?",
    r"got something to say\?.*",
    r"your (?:name|e-?mail(?: address)?|comment|website|message)\s*\*?:?",
    r"(?:name|e-?mail(?: address)?|website|submit|post comment|send|cancel|reply)\s*\*?:?",
    r"(?:sign up|subscribe|register) (?:for|to) (?:our|the) .{0,60}newsletters?.*",
    r"(?:our|the) .{0,40}newsletter (?:contains|brings|delivers) .*",
    r"subscribers agree to .*",
    r"newsletter sign-?up.*",
    r"(?:we|this (?:web)?site) uses? cookies.*",
    r".{0,80}\b(?:accept|manage|reject|allow) (?:all )?cookies.*",
    r"(?:privacy (?:policy|notice)|cookie (?:policy|settings)|terms (?:of|and) (?:use|service|conditions)|"
    r"contact us|about us|site ?map|all rights reserved)\.?",
    r"(?:copyright|©)\s*(?:\(c\)\s*)?(?:19|20)\d\d.{0,80}",
    r"follow us(?: on .{0,60})?:?",
    r"(?:print|e-?mail|share|save) (?:this )?(?:article|story|page)",
    r"from wikipedia, the free encyclopedia",
    r"note: many of our articles have direct quotes.*",
    r"this article (?:is about|needs additional citations|may be).{0,200}",
    r"(?:file|image|media):.{1,150}",
    r"[^.!?]{1,150}\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)",
    r"\(?(?:photo|image|picture|video|graphic)(?:graph)?(?: caption| credit)?s?:.{0,150}",
    r"(?:image|photo|picture) (?:copyright|source) .{0,100}",
    r"(?:click|tap) (?:to|here to) (?:play|watch|expand|enlarge|view|listen).*",
    r"(?:play|watch|listen to) (?:the )?(?:video|audio|clip)\.?",
    r".{0,100}\b(?:click|tap) here\b.{0,40}",
    r"the views expressed in .{0,60}do not necessarily reflect .{0,100}",
    r"support [^!.]{2,50}!",
    r"(?:donate|donate now|donate today|make a donation|become a (?:member|supporter|subscriber|patron).{0,40})",
    r"(?:remind me later|not ready to support today\?|maybe later|no,? thanks)\.?",
    r"(?:once|one-time|monthly|annual|annually|yearly|continue|payment methods|paiment methods)",
    r"if you are in russia\b.{0,400}(?:fines?|prosecution|liab).{0,200}",
)

# Only before the article starts (site header): breadcrumbs, menus, site names.
_HEAD = _rx(
    r"(?:breaking news|live|latest(?: news)?|menu|search|home|sign in|log ?in|register|subscribe|"
    r"news|world|top stories|trending|main menu|navigation|close|open)",
    r"[^.!?]{0,60}\S\s*[>»›]\s*\S[^.!?]{0,60}",
    r"(?:[^|.!?]{1,30}\|){2,}[^|.!?]{0,30}",
    r"the full wiki|wikis?|wikipedia",
    r"support [^!.]{2,50}!?",
)

# Start of a trailer: this line and everything after it are dropped.
_TAIL = _rx(
    r"related(?: news| articles?| stories| links| content| coverage| topics| reading)?:?",
    r"(?:sign up|subscribe|register) (?:for|to) (?:our|the) .{0,60}newsletters?.*",
    r"a message from .{2,60}:",
    r"got something to say\?.*",
    r"(?:leave|post|add|write) (?:a |your )?(?:comment|reply)s?:?",
    r"(?:[\d,]+ )?comments?(?: \(\d+\))?:?",
    r"external links|see also|further reading|bibliography|references",
    r"\S{2,30} has been (?:declared|designated|labell?ed) an? [\"“]?undesirable(?: organi[sz]ation)?[\"”]?"
    r"(?: organi[sz]ation)?(?: by the russian (?:government|authorities))?\.",
    r"the views expressed in .{0,60}do not necessarily reflect .{0,100}",
    r"more on this (?:story|topic):?",
)

_TEASER_START = _rx(r"(?:click|tap) to (?:play|watch)", r"(?:play|watch) video", r"video:?")


@dataclass
class _Line:
    text: str
    block: int
    bullet: bool = False
    keep: bool = True


def _unwrap(lines: list[str]) -> list[str]:
    """Re-join a hard-wrapped paragraph (lines of near-equal width)."""
    if len(lines) < 2 or any(_BULLET.match(line) or _MD_HEADING.match(line) for line in lines):
        return lines
    longest = max(len(line) for line in lines)
    if not 40 <= longest <= 100:
        return lines
    body = lines[:-1]
    if any(len(line) < 0.6 * longest for line in body):
        return lines
    if all(line.endswith(tuple(_TERMINAL)) for line in body):
        return lines
    return [" ".join(lines)]


def _leaves_quote_open(line: str) -> bool:
    """An odd number of straight double quotes, or more “ than ”: the quotation goes on."""
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _join_open_quotes(lines: list[str]) -> list[str]:
    """A quotation broken over two lines (a ``<br>``, a hard wrap too short to unwrap) is one line.

    The next line must go on in lower case (``…power plants`` / ``next year," she said``),
    so a heading or a new item after a stray quotation mark stays on its own. Cut at the
    break, the quotation was found as two halves, or not at all.
    """
    out: list[str] = []
    for line in lines:
        if out and line[:1].islower() and _leaves_quote_open(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _split_lines(text: str) -> tuple[list[_Line], bool]:
    """Lines of the text; the flag says whether paragraphs are blank-line separated."""
    lines: list[_Line] = []
    blocks = [block for block in _BLANK.split(text) if block.strip()]
    single = 0
    for number, block in enumerate(blocks):
        raw_lines = [line.strip() for line in block.split("\n")]  # any Unicode whitespace
        raw_lines = _join_open_quotes(_unwrap([line for line in raw_lines if line]))
        single += len(raw_lines) == 1
        for line in raw_lines:
            bullet = bool(_BULLET.match(line))
            if bullet:
                line = _BULLET.sub("", line, count=1)
            else:
                line = _MD_HEADING.sub("", line, count=1)
            if line:
                lines.append(_Line(line, number, bullet))
    separated = len(blocks) >= 3 and single >= 0.6 * len(blocks)
    return lines, separated


def _is_tag_item(line: _Line) -> bool:
    words = line.text.split()
    return (
        line.bullet
        and len(words) <= 3
        and not line.text.endswith(tuple(_TERMINAL))
        and not any(ch.isdigit() for ch in line.text)
    )


def _drop_teasers(lines: list[_Line]) -> None:
    """Video teasers: "Click to play" + title + highlights; a title + tag bullets."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line.text) <= 40 and _TEASER_START.match(line.text):
            line.keep = False
            j = i + 1
            if (
                j < len(lines)
                and lines[j].block == line.block
                and not lines[j].bullet
                and len(lines[j].text) <= 120
            ):
                lines[j].keep = False
                j += 1
            while j < len(lines) and lines[j].block == line.block and lines[j].bullet:
                lines[j].keep = False
                j += 1
            i = j
            continue
        if not line.bullet and len(line.text) <= 120 and not line.text.endswith(tuple(_TERMINAL)):
            j = i + 1
            while j < len(lines) and lines[j].block == line.block and _is_tag_item(lines[j]):
                j += 1
            ends_block = j >= len(lines) or lines[j].block != line.block
            if j > i + 1 and ends_block:
                for k in range(i, j):
                    lines[k].keep = False
                i = j
                continue
        i += 1


def _drop_captions(lines: list[_Line], separated: bool) -> None:
    """Photo captions: a line repeated back to back, or (in a text whose
    paragraphs are blank-line separated) a short sentence glued to the start
    of a long paragraph."""
    for a, b in zip(lines, lines[1:], strict=False):
        if a.block == b.block and a.text == b.text and not a.bullet:
            a.keep = b.keep = False
    if not separated:
        return
    for a, b in zip(lines, lines[1:], strict=False):
        if (
            a.block == b.block
            and not a.bullet
            and not b.bullet
            and len(a.text) <= 200
            and a.text.endswith(".")
            and len(b.text) >= max(200, 2 * len(a.text))
            and not byline_author(a.text)
        ):
            a.keep = False


def _drop_boilerplate(lines: list[_Line]) -> None:
    started = False  # has the article (its title) begun?
    in_head = True  # before the first body-length paragraph: datelines live here
    for line in lines:
        if not line.keep:
            continue
        text = line.text
        short = len(text) <= _SHORT
        if short and _ALWAYS.match(text):
            line.keep = False
        elif not started and short and _HEAD.match(text):
            line.keep = False
        elif short and (PUBLISHED_LINE.match(text) and len(text) <= 80 or in_head and DATELINE.match(text)):
            line.keep = False
        else:
            started = True
            if len(text) >= 150:
                in_head = False


def _cut_trailer(lines: list[_Line]) -> None:
    kept = [line for line in lines if line.keep]
    total = sum(len(line.text) for line in kept)
    seen = 0
    for index, line in enumerate(kept):
        if len(line.text) <= _SHORT and _TAIL.match(line.text):
            if seen >= _TRAILER_FROM * total:
                for later in kept[index:]:
                    later.keep = False
                return
            if len(line.text) <= 60 and not line.text.endswith("."):
                line.keep = False  # an early trailer marker is dropped on its own
        seen += len(line.text)


def clean_text(raw: str) -> str:
    """The article text only: paragraphs separated by one blank line, no outer whitespace."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines, separated = _split_lines(text)
    _drop_teasers(lines)
    _drop_captions(lines, separated)
    _drop_boilerplate(lines)
    _cut_trailer(lines)
    paragraphs = []
    for line in lines:
        if line.keep:
            kept = _FOOTNOTE.sub("", line.text).strip() if "[" in line.text else line.text
            if kept:
                paragraphs.append(kept)
    return "\n\n".join(paragraphs)


@lru_cache(maxsize=32)
def _folder_sources(folder: str, _stamp: tuple[int, int]) -> dict[str, SourceMeta]:
    return load_sources_toml(Path(folder))


def _sources_for(folder: Path) -> dict[str, SourceMeta]:
    toml = folder / "sources.toml"
    try:
        stat = toml.stat()
    except OSError:
        return {}
    return _folder_sources(str(folder), (stat.st_mtime_ns, stat.st_size))


def load_document(path: Path, meta: SourceMeta | None = None, source_id: str | None = None) -> Document:
    """Read, clean and split one source into a :class:`Document`.

    ``meta`` (curated, usually from ``sources.toml``) wins field by field over
    what :func:`index.ingest.metadata.extract_metadata` finds in the text. When no
    ``meta`` is given, ``sources.toml`` beside the file is consulted, so a
    caller that only has a path still gets the curated values.
    """
    path = Path(path)
    data = read_bytes(path)
    raw = decode_source(data, path)
    cleaned = clean_text(raw)
    if not cleaned:
        raise UnreadableSource(
            path, "no article text is left once page navigation and boilerplate are removed"
        )
    sid = source_id or (meta.id if meta is not None else None) or source_id_for(path)
    if meta is None:
        sources = _sources_for(path.parent)
        meta = sources.get(path.stem) or sources.get(sid)
    extracted = extract_metadata(raw, cleaned, sid, html=decoded_html(data, path))
    merged = merge_meta(meta, extracted, id=sid, path=str(path))
    return Document(
        meta=merged,
        text=cleaned,
        paragraphs=split_paragraphs(cleaned),
        content_hash=hashlib.sha256(data).hexdigest(),
    )
