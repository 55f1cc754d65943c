"""The last word on whose words a quote answer shows, when the question asks for someone it does not name.

"What did a spokesman / an official / analysts / a source say about …" asks for the words of someone the sources
leave unnamed. However an answerer found its items (the description, the attributing sentence, the name gate's
second chance, a role's holder, a reporting sentence), a named person's words are another person's words: the worst
failure an answer can have (issue 9). So every answer to such a question passes here last, and each item must be
the asked description's by the kind of evidence it carries, not by the path that found it:

- an item shown under a name stays only when its own description names that name as the body spoken for ("BBC" on
  "a BBC spokeswoman"), or, for a definite description ("the firm's lawyer"), when the story describes the named
  person with the asked role and its other words (:func:`holder_described`);
- an item shown under no name goes when its own sentence names the person the index gives its quoted words to and
  the story never describes them as asked ("…," said Jo Keel, a lawyer for the council's opponents);
- an item whose description says itself whom it speaks for ("A spokeswoman for Kelby Rail") must say the question's
  body there, not only in the sentence before it ("… said union spokesman Piet Varga").

When no item is left there is no answer (the engine offers related passages), not the nearest named one.
"""

from __future__ import annotations

import re

from index.answer.common import not_covered, sentence_before, story_lead
from index.answer.question import STOPWORDS
from index.answer.roles import (
    DESCRIBED_SHARE,
    Modifier,
    description_terms,
    head_synonyms,
    is_role_phrase,
    is_unnamed,
    modifier_forms,
    own_description,
    role_words,
    share_of,
    unquoted,
)
from index.extract.names import ADDRESS_WORDS, GENERIC_ROLES, surname
from index.extract.sentences import split_sentences
from index.models import Answer, AnswerItem, Quotation, Speaker
from index.store.snapshot import Snapshot


def generic_description(phrase: str) -> bool:
    """A phrase that describes someone the text need not name: "analysts", "a US official", or a role phrase whose
    head is a word for a spokesman, an aide or a source ("the prime minister's spokesman", "Hale's spokesman"),
    which the text often leaves unnamed while it names whom they speak for."""
    return is_unnamed(phrase) or (is_role_phrase(phrase) and role_words(phrase)[0].lower() in GENERIC_ROLES)


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").casefold()))


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’&-]*", name) if w[0].isupper()).lower()


def spoken_for_in_description(it: AnswerItem) -> bool:
    """Whether a named item's own description names its speaker as the body spoken for: every word of the name is
    in it ("BBC" on "A BBC spokeswoman"), or the description writes the name's initials ("National Union of
    Teachers" on "an NUT spokesman"). A person's name is in no description of "a spokesman" that is theirs."""
    if not it.speaker:
        return True
    description = _words(it.speaker_description)
    if not description:
        return False
    if _words(it.speaker) <= description:
        return True
    initials = _initials(it.speaker)
    return len(initials) >= 2 and initials in description


def _cue_pattern(head: str) -> re.Pattern[str]:
    """The role words a text may write for the asked head: any "spokes-" word for a spokesman, a plural for one."""
    forms = {h.lower() for h in head_synonyms(head)}
    if head.lower().startswith("spokes"):
        return re.compile(r"\bspokes\w*", re.IGNORECASE)
    stems = sorted({f[:-1] if f.endswith("s") and not f.endswith("ss") else f for f in forms}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")(?:s|es)?\b", re.IGNORECASE)


def _possessed(head: str) -> re.Pattern[str]:
    """A role word after a possessor the story leaves to its subject ("the mayor's spokesman", "her spokesman"):
    whose it is, the story's subject. A named possessor ("Rail boss Ken Ito's spokesman") says itself whose it is,
    whoever the headline and lead are about, so a pronoun or a lower-case noun only."""
    cue = _cue_pattern(head).pattern
    return re.compile(rf"(?<![\w'’-])(?:(?i:his|her|its|their)|[a-z][\w-]*['’]s?)\s+(?:[\w-]+\s+){{0,2}}?(?i:{cue})")


def says_whose(phrase: str, head: str) -> bool:
    """Whether a role phrase says itself whose side its holder is on: a capitalised word before the role word ("Green
    spokesman Tim Ash") or a capitalised body after "for"/"at"/"of" ("a spokeswoman for Kelby Rail"); "chief operating
    officer Peter Chernin" says no more than his role, and his sentence says whose ("… said that News Corp is …")."""
    cue = _cue_pattern(head).pattern
    return re.search(rf"(?<!^)\b[A-Z][\w'’&.-]*\s+(?:[\w'’-]+\s+)?{cue}", phrase.strip()) is not None or \
        re.search(rf"{cue}\s+(?:for|at|of|from)\s+(?:the\s+)?[A-Z]", phrase) is not None


def person_described(snap: Snapshot, source_id: str, name: str, description: str | None, head: str,
                     mods: list[Modifier]) -> bool:
    """Whether the story describes a named person with the asked role and its other words, in a sentence that names
    them ("Tom Kelly, the mayor's spokesman, said …" before '"…," Mr Kelly said'): in the phrase the role word heads
    when it says whom it speaks for ("Green spokesman Tim Ash", whatever "New Labour" the rest of his sentence says),
    else in the sentence; a possessive one ("the mayor's spokesman") points to whom the headline and lead are about
    (the mayor, named there). A lawyer "for the council's opponents" is not Kelby Ferries' lawyer, whoever the
    collection's role table gives that role to."""
    doc = snap.document(source_id)
    if doc is None or not head:
        return False
    text = doc[0]
    last = surname(name) or name
    # each mention with the sentence before it, where a bare "a spokesman for the company" points back to
    mentions = [(unquoted(text[sp.start:sp.end]), sp.start) for sp in split_sentences(text)
                if re.search(rf"\b{re.escape(last)}\b", text[sp.start:sp.end])]
    # ... and wherever else the collection says who they are ("Ann Lee, Kelby Ferries' lawyer" in another story)
    person = snap.registry.resolve(name, source_id)
    if person is not None:
        mentions += [(unquoted(r.text), None) for r in snap.descriptions_of(person.id)]
        mentions += [(title, None) for title in person.titles]
    cue, possessed = _cue_pattern(head), _possessed(head)
    story = f"{snap.meta(source_id).title or ''} \n {story_lead(snap, source_id)}"
    for said, at in ([(description, None)] if description else []) + mentions:
        if not cue.search(said):
            continue
        own = [p for p in own_description(said, head.lower()[:6]) or [] if says_whose(p, head)]
        before = unquoted(sentence_before(text, at)) if at is not None else ""
        places = own if own else [f"{said} \n {before}" if before and points_back(said, cue, before) else said]
        if possessed.search(said):
            places = [f"{p} \n {story}" for p in places]
        if any(share_of(mods, description_terms(snap, p)) >= DESCRIBED_SHARE for p in places):
            return True
    return False


def holder_described(snap: Snapshot, it: AnswerItem, head: str, mods: list[Modifier]) -> bool:
    """Whether the story of a named item describes its speaker as asked (:func:`person_described`)."""
    return bool(it.speaker) and person_described(snap, it.source.id, it.speaker, it.speaker_description, head, mods)


def _quotations_within(snap: Snapshot, it: AnswerItem) -> list[Quotation]:
    if it.start is None or it.end is None:
        return []
    return [q for q in snap.quotations_in(it.source.id) if q.start < it.end and it.start < q.end]


# after a role word: nothing that says whom it speaks for, or only "for the company": a definite common noun alone
_POINTS_BACK = re.compile(r"(?:\s+(?:for|of|at|from)\s+the\s+(?P<noun>[a-z][\w-]*))?(?=\s*[,.;:)]|\s*$|\s+(?:said|says|told)\b)")


def points_back(said: str, cue: re.Pattern[str], before: str = "") -> bool:
    """Whether every role word of a sentence stands bare or with a definite common noun alone ("A spokesman for the
    company, Neil Orme, said …", "His spokesman, Neil Orme, said …"): the body it speaks for is the one the sentence
    before named ("Grid Kelby said engineers …"), as news writes it. A complement of its own ("a lawyer for the
    council's opponents at the union") says whom it speaks for, and the sentence before does not; nor does it when
    it writes the noun itself ("… lost its fight with the union. '…,' said Jo Keel, a lawyer for the union"): the
    noun then means what it meant there."""
    found = [_POINTS_BACK.match(said, m.end()) for m in cue.finditer(said)]
    if not found or not all(found):
        return False
    nouns = {m.group("noun").casefold() for m in found if m and m.group("noun")}
    return not nouns & _words(before)


def named_persons_words(snap: Snapshot, it: AnswerItem, asked: str, head: str, mods: list[Modifier]) -> bool:
    """Whether an item shown under no name holds words the index gives to a person whom the item's own sentence names
    and the story never describes as asked (:func:`person_described`: "…," said Jo Keel, a lawyer for the council's
    opponents; "Transport minister Ann Lisle said …" for the minister's aide): they are that person's, not the
    described speaker's. A story that names them as asked ("Tom Kelly, the mayor's spokesman, said …") shows who they
    are; a quotation the sentence gives to a description ("A spokesman said: …") stays, whoever the index gave it to;
    so does a name the question itself gives as the body spoken for ("a Fox spokesman", whatever the index made of
    "Fox"). The sentence read is the quotation's own, whole, when the item shows only its quoted words ("Fares have
    not risen …" of '"Fares have not risen …," Ms Tollan said.')."""
    spoken_for = _words(asked) | _words(it.speaker_description)
    doc = snap.document(it.source.id)
    for q in _quotations_within(snap, it):
        if not q.speaker or not q.speaker_id:
            continue
        person = snap.registry.get(q.speaker_id)
        if person is None or person.kind != "person":
            continue
        last = surname(q.speaker) or q.speaker
        if _words(last) <= spoken_for or _words(q.speaker) <= spoken_for:
            continue
        said = _sentence_of(doc[0] if doc is not None else None, it, q)
        if re.search(rf"\b{re.escape(last)}\b", said) and \
                not person_described(snap, it.source.id, q.speaker, None, head, mods):
            return True
    return False


def _sentence_of(text: str | None, it: AnswerItem, q: Quotation) -> str:
    """The unquoted words of an item's text and its quotation's whole sentence."""
    if text is None or it.start is None or it.end is None:
        return unquoted(it.text)
    return unquoted(text[min(it.start, q.sentence_start):max(it.end, q.sentence_end)])


_CAPITALISED_RUN = re.compile(r"(?<!^)\b[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&.-]*)*")


def bodies_named(description: str, head: str) -> list[str]:
    """The names a description gives as whom it speaks for: each capitalised run past its first word that ends it or
    stands before its role word ("Kelby Rail" in "A spokeswoman for Kelby Rail" and "a Kelby Rail spokeswoman"), not
    one that qualifies a common noun ("a source close to the Chinese firm" names no body)."""
    cue = _cue_pattern(head)
    out: list[str] = []
    for m in _CAPITALISED_RUN.finditer(description.strip()):
        rest = description.strip()[m.end():]
        if not rest.strip() or rest.lstrip()[:1] in ",;:)" or cue.match(rest.lstrip()):
            out.append(m.group(0))
    return out


def _person_named(snap: Snapshot, name: str, source_id: str) -> Speaker | None:
    """The person a body's name stands for ("Ms Quill" -> Sara Quill), when the registry holds it as a person; None
    for an organisation or a name it does not know."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in ADDRESS_WORDS:
        words = words[1:]
    for form in dict.fromkeys((name, " ".join(words))):
        person = snap.registry.resolve(form, source_id)
        if person is not None:
            return person if person.kind == "person" else None
    return None


def spoken_for_setting(snap: Snapshot, it: AnswerItem, description: str, head: str) -> str:
    """The description and, for a person it names as the one spoken for ("A spokesman for Ms Quill"), who the sources
    say that person is: their full name, titles and descriptions in the collection, and the words the story sets
    right before or beside their name ("Health minister Sara Quill", "Sara Quill, the health minister,"): a person's
    spokesman is the spokesman of the office the sources give the person, as the answerers read a role's holder.
    Not the rest of the sentences that name them ("Ms Quill met union leaders"): those are not whom the spokesman
    speaks for."""
    doc = snap.document(it.source.id)
    found: list[str] = []
    for body in bodies_named(description, head):
        person = _person_named(snap, body, it.source.id)
        if person is None:
            continue
        found += [person.name, *person.titles, *(unquoted(r.text) for r in snap.descriptions_of(person.id))]
        if doc is not None:
            found += named_with(unquoted(doc[0]), surname(person.name) or person.name)
    return " \n ".join([description, *found])


_BESIDE = re.compile(r"^,\s+(?:the|a|an)\s+[^,.;:\"“”]{1,80}[,.;:]")


def named_with(text: str, last: str) -> list[str]:
    """The words a text sets right before a surname, up to a function word or a stop ("Health minister Sara" before
    "Quill"), and an apposition right after it (", the health minister,"): how it describes the person, not what the
    rest of its sentence says they did."""
    out: list[str] = []
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        words = re.findall(r"[\w'’&-]+|[^\w\s]", text[max(0, m.start() - 80):m.start()])
        pre: list[str] = []
        for w in reversed(words):
            if not re.fullmatch(r"[\w'’&-]+", w) or w.lower() in STOPWORDS:
                break
            pre.insert(0, w)
        beside = _BESIDE.match(text[m.end():m.end() + 100])
        out.append(" ".join([*pre, beside.group(0) if beside else ""]).strip())
    return [x for x in out if x]


def names_a_body(description: str, head: str) -> bool:
    """Whether a description names whom it speaks for (:func:`bodies_named`)."""
    return bool(bodies_named(description, head))


def speaks_for_another_body(snap: Snapshot, it: AnswerItem, head: str, mods: list[Modifier]) -> bool:
    """Whether an unnamed item's description names whom it speaks for (:func:`names_a_body`) and holds too few of
    the asked description's other words: the sentence before may name the asked body for someone else ("… said union
    spokesman Piet Varga"), which does not make "a spokeswoman for Kelby Rail" the union's. A description that names
    no body ("the council's spokesperson") takes it from its story, as the answerers read it."""
    description = it.speaker_description
    if not mods or not description or not names_a_body(description, head):
        return False
    return share_of(mods, description_terms(snap, spoken_for_setting(snap, it, description, head))) < DESCRIBED_SHARE


def as_described(snap: Snapshot, it: AnswerItem, asked: str, definite: bool) -> bool:
    """Whether an item may answer a question for the unnamed speaker ``asked`` (see the module docstring)."""
    head, modifiers = role_words(asked, capitals=True)
    mods = modifier_forms(snap, modifiers) if head else []
    if it.speaker:
        return spoken_for_in_description(it) or (definite and bool(head) and holder_described(snap, it, head, mods))
    if named_persons_words(snap, it, asked, head, mods):
        return False
    return not (head and speaks_for_another_body(snap, it, head, mods))


def unnamed_only(snap: Snapshot, answer: Answer, asked: str) -> Answer:
    """The answer to a question for an unnamed speaker (``asked``: "a spokesman for the firm") with every item that
    is not the description's left out; no answer when that leaves none (the engine then offers related passages).
    A definite description ("the rapper's spokesman") may stand for a person the story names so; an indefinite one
    ("a spokesman", "analysts") stands for nobody named."""
    definite = not is_unnamed(asked)
    kept = tuple(it for it in answer.answers if as_described(snap, it, asked, definite))
    if len(kept) == len(answer.answers):
        return answer
    if kept:
        return answer.model_copy(update={"answers": kept})
    return not_covered(answer.question, answer.intent,
                       f"Nobody the sources describe as “{asked.strip()}” is quoted on that; the words found are "
                       "other people's.", gate="quote.named_not_described")

