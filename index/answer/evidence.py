"""Is the evidence that a quotation is the asked speaker's direct? (issue 9, wave 6: never anyone else's words)

An answer shows words under a person's name. The extractor credits some quotations through a pronoun
("she confesses: …", "It said …"), and a pronoun is the weakest link: it names nobody, and the resolution may
pick the wrong antecedent. A wrong name is Dossier's worst failure, so before words are shown as someone's,
each check below may say the evidence *disagrees* with that person; the quotation is then left out of their
answer (no answer is better than another person's words). Each check is a small function over the
quotation's own sentence and its document, justified by the language, never by one article:

* ``gender_clash`` — "he"/"she" agree in gender with their antecedent: a quotation credited through "she" is
  not the words of a man the same document calls "Mr Howard" (nor "he" of a "Ms"/"Mrs"/"Miss").
* ``contested_it`` — "it" credits a body; when the document quotes two bodies or more, the pronoun alone
  cannot say which one spoke, so the words are not shown as either's.

A "name" opening with an indefinite article ("A Department for Constitutional Affairs", from "A … spokeswoman
said") never reaches an answer: the extractor strips the article (``index.extract.quotes.extract``), and the
store's format version rebuilds any index made before it did, so no second test of it is kept here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from index.extract.given_names import given_name_gender
from index.extract.names import (
    ADDRESS_WORDS,
    FEMALE_FIRST,
    FEMALE_HONORIFIC_WORDS,
    GENERIC_ROLES,
    MALE_FIRST,
    MALE_HONORIFIC_WORDS,
    OFFICE_WORDS,
    TITLE_MODIFIERS,
    is_role,
)
from index.lazyre import lazy
from index.models import Quotation
from index.store.snapshot import Snapshot

_HE = lazy(r"(?i)\b(he|him|his)\b")
_SHE = lazy(r"(?i)\b(she|her|hers)\b")
_IT = lazy(r"(?i)\bit\b")
# the honorifics the extractor reads a person's sex from, written as the text writes them ("Mr", "Mrs"), for
# ``gender_in``'s search
_MALE_TITLES = tuple(sorted(w.capitalize() for w in MALE_HONORIFIC_WORDS))
_FEMALE_TITLES = tuple(sorted(w.capitalize() for w in FEMALE_HONORIFIC_WORDS))
# Words of a claimed or framed speaker that name nobody: articles, "and"/"of", a speech verb, and every
# honorific or abbreviated rank of ``names`` ("Lord Sainsbury", "Prof Reddy", "Supt Deats").
NAMELESS_WORDS = frozenset({"the", "a", "an", "and", "of", "said", "says"}) | ADDRESS_WORDS
# Role words too common to tell people apart ("the Acro president" is named by "Acro", not "president"): the
# extractor's generic roles and the office words.
COMMON_ROLES = GENERIC_ROLES | OFFICE_WORDS


def by_pronoun(q: Quotation) -> bool:
    """The extractor credited the quotation through a pronoun (its rule says so)."""
    return "pronoun" in (q.rule or "")


def attribution_text(text: str, q: Quotation) -> str:
    """The quotation's sentence without the quoted words: where the pronoun that credits it stands."""
    sentence = text[q.sentence_start:q.sentence_end]
    a, b = q.start - q.sentence_start, q.end - q.sentence_start
    if 0 <= a <= b <= len(sentence):
        return sentence[:a] + " " + sentence[b:]
    return sentence


def gender_in(text: str, name: str) -> str | None:
    """"m" or "f" when the document titles this person ("Mr Howard", "Mrs Vale") one way only; else None."""
    surname = name.split()[-1] if name.split() else ""
    if not surname:
        return None
    def titled(titles: tuple[str, ...]) -> bool:
        return re.search(rf"\b(?:{'|'.join(titles)})\.?\s+(?:[A-Z][\w'-]*\s+)*{re.escape(surname)}\b", text) is not None
    return _one_gender(titled(_MALE_TITLES), titled(_FEMALE_TITLES))


def gender_of(text: str, name: str) -> str | None:
    """"m" or "f" for a person as the document knows them: how it titles them ("Mr Howard", ``gender_in``), else
    the extractor's lists of first names ("Sarah Vale"), else a given name every country's list gives one gender
    only ("Martin Keller"), as the extractor itself reads a pronoun's antecedent: a "she" it leaves unnamed for
    a Martin must not be read back to him; ``None`` when none says."""
    titled = gender_in(text, name)
    if titled is not None or len(name.split()) < 2:
        return titled
    first = name.split()[0].lower()
    if first in FEMALE_FIRST or first in MALE_FIRST:
        return "f" if first in FEMALE_FIRST else "m"
    guessed = given_name_gender(first)
    return None if guessed is None else "m" if guessed == "male" else "f"


def honorific_gender(claimed: str) -> str | None:
    """"m" for a claimed speaker addressed "Mr"/"Sir"/"Lord", "f" for "Ms"/"Mrs"/"Miss"/"Dame"/"Lady", else None."""
    words = {w.lower().rstrip(".") for w in claimed.split()}
    return _one_gender(bool(words & MALE_HONORIFIC_WORDS), bool(words & FEMALE_HONORIFIC_WORDS))


def _one_gender(male: bool, female: bool) -> str | None:
    """"m" or "f" when the evidence gives one gender only; ``None`` when it gives neither or both."""
    return None if male == female else "m" if male else "f"


def gender_clash(snap: Snapshot, q: Quotation, name: str, memo: dict[tuple[str, str], object]) -> bool:
    """Credited through "she" to someone the document calls "Mr …" (or "he" to a "Mrs/Ms …"): the
    quotation's own sentence gives its speaker only by a pronoun (not by the person's surname), and the
    pronoun's gender is not theirs — whatever rule credited it (a pronoun, or the paragraph's narration)."""
    doc = snap.document(q.source_id)
    if not doc or not name.split():
        return False
    text = doc[0]
    cue = attribution_text(text, q)
    if re.search(rf"\b{re.escape(name.split()[-1])}\b", cue):
        return False
    he, she = bool(_HE.search(cue)), bool(_SHE.search(cue))
    if he == she:
        return False
    key = ("gender", q.source_id)
    if key not in memo:  # once per document: not two whole-document searches per quotation of the speaker
        memo[key] = gender_in(text, name)
    gender = memo[key]
    return gender is not None and gender != ("m" if he else "f")


def contested_it(snap: Snapshot, q: Quotation, name: str, memo: dict[tuple[str, str], object]) -> bool:
    """Credited through "it" while the document quotes another body too: the pronoun cannot say which."""
    if not by_pronoun(q):
        return False
    doc = snap.document(q.source_id)
    if not doc:
        return False
    cue = attribution_text(doc[0], q)
    if not _IT.search(cue) or _HE.search(cue) or _SHE.search(cue):
        return False
    key = ("other bodies", q.source_id)
    if key not in memo:
        memo[key] = any(o.speaker and o.speaker != name and not by_pronoun(o) and is_body(snap, o)
                        for o in snap.quotations_in(q.source_id))
    return bool(memo[key])


def is_body(snap: Snapshot, q: Quotation) -> bool:
    """The quotation's speaker is an organisation or a document in the registry (not a person)."""
    speaker = snap.registry.get(q.speaker_id) if q.speaker_id else None
    return speaker is not None and speaker.kind != "person"


# each check may keep what it learns of a document in ``memo`` (one per speaker and question): a speaker
# quoted hundreds of times in one long document must not cost hundreds of searches of it
NOT_THEIRS: tuple[Callable[[Snapshot, Quotation, str, dict[tuple[str, str], object]], bool], ...] = (
    gender_clash, contested_it)


def direct(snap: Snapshot, quotes: list[Quotation], name: str) -> list[Quotation]:
    """The quotations no check says may be someone else's."""
    memo: dict[tuple[str, str], object] = {}
    return [q for q in quotes if not any(check(snap, q, name, memo) for check in NOT_THEIRS)]


_FOR_BODY = r"(?:spokes(?:man|woman|person)|official|source|statement|report)"


def speaking_for(sentence: str, name: str) -> str | None:
    """"A Treasury spokesperson" when the quotation's sentence gives its speaker (a body) so: the words are
    shown under the body with that description, so nobody reads them as a named person's."""
    m = re.search(rf"\b(?:an?|the)\s+{re.escape(name)}(?:'s)?\s+{_FOR_BODY}\b", sentence, re.I)
    return m.group(0) if m else None


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The lower-case words of a person's names ("Gordon Hale", "Mr Hale" → gordon, hale, mr): the words that are
    theirs, not someone else's, before a surname."""
    return frozenset(w.lower() for n in names for w in re.findall(r"[\w'’-]+", n))


def shares_surname(text: str, surname: str, own: Collection[str]) -> bool:
    """Does the source name someone else with ``surname``: a capitalised word before it that is neither an
    honorific, a title nor one of the person's own words ``own`` (:func:`name_words`: "Peter Hale" beside a claimed
    "Gordon Hale")? A capitalised common word ("When Hale …") counts too when the text never writes it in lower
    case: reading too many people only withholds a name. The checker asks it of a claimed speaker, the who-answer
    of a described person."""
    for m in re.finditer(rf"\b([A-Z][\w'’-]*)\s+{re.escape(surname)}\b", text):
        first = m.group(1)
        low = first.lower().rstrip(".")
        if low in own or low in NAMELESS_WORDS or low in TITLE_MODIFIERS or is_role(low) or low in COMMON_ROLES:
            continue
        if re.search(rf"\b{re.escape(low)}\b", text):  # a common word written in lower case elsewhere ("When")
            continue
        return True
    return False
