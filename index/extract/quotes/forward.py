"""Forward attribution: a run of quotations whose cue comes only after its last quotation.

News often opens a run bare and attributes it at its end::

    "We will not sell him.
    "That is the end of it," Parry said.

or, within one paragraph, ``"A." "B," she added.`` The rules read each quotation's cue beside its own marks, so
the first quotation(s) of such a run have none and stay unnamed, although a reader gives them the speaker the run's
cue names. This pass gives them that speaker, and only when nothing else can speak in between: the quotations touch
(only white space between them, no narration), the cue after the run is a tail cue beside the last quotation that
was not contested, and no other person the document names is mentioned in the sentence that leads into the run.
Anything less is left unnamed: a missing name costs less than a wrong one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from index.extract.entities import DocEntities
from index.extract.names import fold
from index.lazyre import lazy
from index.models import Quotation

# Cues that sit after the marks they attribute ('"…," X said', '"…," said X', '… according to X'): only these can
# close a run that opened bare. A lead cue ('X said: "…"') introduces what follows it, not what came before.
TAIL_CUES = frozenset("tail_name_first tail_verb_first tail_role_then_name end_report according_after".split())

# What may stand after a withheld rule for a neighbour's agreement to count: the second reader ranked someone else
# of the neighbourhood higher (a neighbourhood the agreeing quotation is part of), or a confirmation; any other doubt
# is evidence against the name itself.
AGREEABLE = frozenset({"second_reader", "inherited", "pronoun_gender", "namesake_gender", "role_noun", "quote_run"})

_WORD = lazy(r"[A-Z][\w'’-]+")
_SENTENCE_END = lazy(r"[.!?]['\"’”]?\s+(?=\S)")


class _Cued(Protocol):
    """What this pass reads of the rules' own reading of a quotation (``extract.Found``)."""

    who: str | None
    how: str


def tail_rule(rule: str | None) -> bool:
    """Whether ``rule`` is an uncontested tail cue that was not inherited or doubted ("tail_name_first/pronoun")."""
    if not rule:
        return False
    base, _, rest = rule.partition("/")
    if "+" in base:
        base, _, doubts = base.partition("+")
        rest = "+" + doubts
    if "-contested" in rule or "+" in rest and not rest.endswith(("+pronoun_gender", "+role_noun")):
        return False
    return base in TAIL_CUES


def touches(text: str, end: int, start: int) -> bool:
    """Whether only white space (at most one paragraph break) lies between a quotation's end and the next's start,
    closing marks and punctuation of the first included."""
    gap = text[end:start]
    gap = gap.lstrip(".,!?;:…'\"’”").rstrip("'\"‘“ \t")
    return not gap.strip() and gap.count("\n") <= 2 and start > end


def opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` (its first word; the mark is just before) opens a sentence or a paragraph."""
    before = text[:start].rstrip("'\"‘“ ")
    before = before.rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", "…", "'", "\"", "’", "”"))


def lead_in(text: str, start: int) -> str:
    """The sentence that leads into a quotation starting at ``start``: the last sentence before it in its paragraph,
    or the last sentence of the paragraph before when the quotation opens its paragraph."""
    before = text[max(0, start - 600):start].rstrip("'\"‘“ \t")
    if before.endswith("\n"):
        before = before.rstrip()
    else:
        before = before[before.rfind("\n") + 1:] if "\n" in before else before
    cuts = [m.end() for m in _SENTENCE_END.finditer(before)]
    return before[cuts[-1]:] if cuts else before[before.rfind("\n") + 1:]


def rival_in(sentence: str, who: str, ents: DocEntities) -> bool:
    """Whether ``sentence`` names a person or organisation of the document other than ``who``."""
    own = {fold(w) for w in who.split()}
    for m in _WORD.finditer(sentence):
        key = fold(m.group(0))
        if key in own:
            continue
        full = ents.persons.get(key)
        if full and full != who:
            return True
        if any(key == fold(o) or key in fold(o).split() for o in ents.orgs if fold(o) != fold(who)):
            return True
    return False


def fill_forward(quotes: list[Quotation], found: Sequence[_Cued], text: str, ents: DocEntities) -> list[Quotation]:
    """``quotes`` with each bare run that touches a quotation named by a tail cue given that cue's speaker.

    ``found[i]`` is the rules' reading of ``quotes[i]`` (same order): a quotation is bare when no cue of its own was
    read (``how == "none"``). The run is walked back from the named quotation while each earlier one is bare, touches
    the next and opens a sentence; it is dropped whole when a named quotation of someone else touches its head or
    the sentence leading into it names someone else.
    """
    out = list(quotes)
    for i in range(1, len(out)):
        named = out[i]
        if not named.speaker or not tail_rule(named.rule):
            continue
        run: list[int] = []
        j = i - 1
        while j >= 0 and out[j].speaker is None and found[j].who is None and found[j].how == "none" \
                and touches(text, out[j].end, out[j + 1].start) and opens_sentence(text, out[j].start):
            run.append(j)
            j -= 1
        if not run:
            continue
        head = run[-1]
        if j >= 0 and out[j].speaker and out[j].speaker != named.speaker and touches(text, out[j].end, out[head].start):
            continue
        if rival_in(lead_in(text, out[head].start), named.speaker, ents):
            continue
        for k in run:
            out[k] = out[k].model_copy(update={"speaker": named.speaker, "rule": "forward", "confidence": named.confidence})
    return out


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
        if any(d not in AGREEABLE for d in (q.rule or "").split("+")[1:]):
            continue  # evidence doubted the name itself (it is named inside the quotation, a place speaks, …)
        out[i] = q.model_copy(update={"speaker": f.who, "rule": f"{q.rule}+neighbour_agrees"})
    return out
