"""A withheld name the quotation touching it gives too: two readings agree across a run of quotations.

News often runs several quotations of one speaker with nothing between them::

    The overspend had overshadowed the year, Ms Brent said.

    "We watched the water rise. "Yet the town stood firm." She went on to …

The rules read the run's first quotation by a weak reading (the narration before it, a chain guessed back) whose name
the speaker model withholds on its own, while the quotation touching it is named that same person by its own reading.
When only white space lies between them, nothing else can speak in between, and the two readings agree: the name is
shown. A pronoun's reading is a guess among whoever came before and confirms nothing; a name evidence doubted (it is
named inside the quotation, a place speaks, …) stays withheld. Anything less is left unnamed: a missing name costs
less than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from index.models import Quotation

# What may stand after a withheld rule for a neighbour's agreement to count: the second reader ranked someone else
# of the neighbourhood higher (a neighbourhood the agreeing quotation is part of), or a confirmation; any other doubt
# is evidence against the name itself.
AGREEABLE = frozenset({"second_reader", "inherited", "pronoun_gender", "namesake_gender", "role_noun", "quote_run",
                       "age"})


class _Cued(Protocol):
    """What this pass reads of the rules' own reading of a quotation (``extract.Found``)."""

    who: str | None
    how: str


def touches(text: str, end: int, start: int) -> bool:
    """Whether only white space (at most one paragraph break) lies between a quotation's end and the next's start,
    closing marks and punctuation of the first included."""
    gap = text[end:start]
    gap = gap.lstrip(".,!?;:…'\"’”").rstrip("'\"‘“ \t")
    return not gap.strip() and gap.count("\n") <= 2 and start > end


MARKS = "'\"‘’“”"


def left_open(text: str, end: int, start: int) -> bool:
    """Whether the quotation ending at ``end`` is left open when the next one opens at ``start``: a single mark lies
    between them, the next one's own opening ('…security. "Iraq will…').

    By the convention of news prose an unclosed quotation goes on in the next with the same speaker; a quotation
    closed before the next opens ('"The plan will work."\n\n"It will not," Ms Brent said.') may be anybody's: an
    interview's question and its answer, a rival's retort.
    """
    return sum(text[end:start].count(m) for m in MARKS) <= 1


def sandwiched(rule: str) -> bool:
    """Whether a reading carried on from the quotation before ("continuation…") was ranked below someone else by the
    second reader: the shape of another voice between two quotations of one speaker ('"…," Vell said. \n\n Ms Osei
    was shocked. "Why?" she asked. \n\n "Because…," Vell said.'), where both neighbours naming Vell is what the
    shape itself gives, not a second reading of the middle one."""
    return rule.startswith("continuation") and "+second_reader" in rule


def opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` (its first word; the mark is just before) opens a sentence or a paragraph."""
    before = text[:start].rstrip("'\"‘“ ")
    before = before.rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", "…", "'", "\"", "’", "”"))


# a sentence opened by someone's two-word name, after at most three lower-case or capitalised words ("Her rival Tobin
# Vell disagreed.", "But Tobin Vell said …")
_NAMED_OPENING = re.compile(r"(?:[\w'’\-]+[ \t]+){0,3}?(?P<name>[A-Z][a-z][\w'’\-]*[ \t]+[A-Z][a-z][\w'’\-]*)\b")
_SENTENCE_END = re.compile(r"[.!?][\"'’”]?[ \t]+(?=[A-Z\"“])|\n")


def rival_opens_sentence_before(text: str, start: int, who: str) -> bool:
    """Whether the sentence right before the quotation at ``start`` opens with a two-word name that is not ``who``'s
    and does not name ``who`` at all ('Orla Brent said the plan would fail. Her rival Tobin Vell disagreed. "The plan
    will work.'): the narration has handed the floor to the rival, whatever the convention of an open quotation says.
    Reads one sentence back from the mark: no scan of the text."""
    lo = max(0, start - 300)
    before = text[lo:start].rstrip("'\"‘“ \t\n")
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    sentence = before[ends[-1]:] if ends else before
    m = _NAMED_OPENING.match(sentence)
    last = who.split()[-1] if who else ""
    return bool(m and last and last not in m.group("name").split() and not re.search(rf"\b{re.escape(last)}\b", sentence))


def agreed_by_neighbour(quotes: list[Quotation], found: Sequence[_Cued], text: str) -> list[Quotation]:
    """``quotes`` with each withheld name given back when the quotation touching it names the same speaker.

    A run's middle is often read by a weak rule (the narration before it, a chain guessed back) whose name the
    speaker model withholds on its own; when the next quotation, with only white space between, was named that
    same speaker by its own reading, two readings agree and nothing else can speak in between.
    """
    out = list(quotes)
    for i in range(len(out) - 2, -1, -1):
        q, f = out[i], found[i]
        if q.speaker is not None or not f.who:
            continue
        nxt = out[i + 1]
        if nxt.speaker != f.who or not touches(text, q.end, nxt.start) or not opens_sentence(text, q.start):
            continue
        if "/pronoun" in (nxt.rule or "") or "/pronoun" in (q.rule or ""):
            continue  # a pronoun's reading is a guess among whoever came before: two guesses do not confirm
        if "-contested" in (q.rule or "") and not left_open(text, q.end, nxt.start):
            continue  # someone else fits the first as well and it was closed: the next may answer it, not go on
        if "-contested" in (q.rule or "") and rival_opens_sentence_before(text, q.start, f.who):
            continue  # left open, but the sentence right before is about the rival: the two readings disagree
        if sandwiched(q.rule or ""):
            continue  # an interviewer's question between two answers: the neighbours agree by the shape alone
        if any(d not in AGREEABLE for d in (q.rule or "").split("+")[1:]):
            continue  # evidence doubted the name itself (it is named inside the quotation, a place speaks, …)
        out[i] = q.model_copy(update={"speaker": f.who, "rule": f"{q.rule}+neighbour_agrees"})
    return out
