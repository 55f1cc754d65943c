"""Which one of a series a question asks about: "the first album", "his second term", "the latest figures".

A sentence giving the date or the count of another one of the series ("The band's second album went to number one in
March") answers nothing about the asked one, however many of the question's other words it shares; the answerers of
when and how many read the ordinals here, so they cannot drift apart.
"""

from __future__ import annotations

import re

_ORDINALS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|debut|last|latest|previous|next|"
             "1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th")
# the word after the ordinal, and the one after that ("first solo album"): either may be the noun numbered
_ORDINAL_NOUN = re.compile(rf"\b(?P<ordinal>{_ORDINALS})\s+(?P<noun>[\w'’-]+)(?:\s+(?P<then>[\w'’-]+))?",
                           re.IGNORECASE)
# the ordinals that name the same one ("debut album" is the first)
_SAME_ORDINAL = {"debut": "first", "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
                 "latest": "last"}


# a time after an ordinal is a date ("last year", "next week", "the first half"), never one of a series asked about
# (and "each year" asks no sum for each one: ``how_many.per_unit``)
TIMES = frozenset("""year years week weeks month months day days season seasons quarter quarters half halves time times
night nights weekend weekends decade century term minute minutes hour hours round""".split())


_FUNCTION_WORDS = frozenset("""of in on at to for from by with and or but the a an its their his her is was are were
has have had will would that which who as than""".split())


def _ordinals(text: str) -> list[tuple[str, str]]:
    """(ordinal, noun) pairs of the text; an ordinal written capitalised inside it ("Korea First Bank") is a name's."""
    out: list[tuple[str, str]] = []
    for m in _ORDINAL_NOUN.finditer(text):
        written = m.group("ordinal")
        if written[:1].isupper() and m.start() > 0 and text[:m.start()].rstrip()[-1:] not in ".!?\"“":
            continue
        nouns = [n.lower() for n in (m.group("noun"), m.group("then")) if n and n.lower() not in _FUNCTION_WORDS]
        if not nouns:
            continue
        if nouns[0] in TIMES:
            continue
        ordinal = _SAME_ORDINAL.get(written.lower(), written.lower())
        out.extend((ordinal, n) for n in nouns)
    return out


def asked_ordinals(question: str) -> dict[str, str]:
    """The nouns the question numbers in order, each with its ordinal ("when did the kestrels' first album come out"
    -> album: first)."""
    return {noun: ordinal for ordinal, noun in _ordinals(question)}


def other_ordinal(sentence: str, asked: dict[str, str]) -> bool:
    """Whether the sentence dates another one of what the question numbers: "The Kestrels' second album … went to
    number one in March" does not say when their first came out."""
    written = _ordinals(sentence)
    # (a sentence naming the asked one too tells both apart: "The last election was in May 2021, and the next must
    # take place by 7 May 2026")
    return any(noun in asked and ordinal != asked[noun] for ordinal, noun in written) \
        and not any(noun in asked and ordinal == asked[noun] for ordinal, noun in written)
