"""Whether a speaker name looks like a name: the checks a candidate must pass before it is given.

The extractor's mention patterns take any run of capitals before "said", so
page furniture ("WATCH", "READ MORE"), dates and holidays ("Christmas Day"),
nationality or party adjectives ("Chinese", "Kentucky Republican"), fragments of
a description ("Prominent Canadian", "Unlike Al Mnajer"), initials cut from a
name ("G.") and headline words ("Praises Marco Rubio") can come out as
speakers.  Each check here is one small function; a name any of them refuses
is withheld (``speaker: null``), because a wrong name is the worst failure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from index.extract.names import (
    FEMALE_FIRST,
    HYPHENED_GIVEN,
    MALE_FIRST,
    NATIONALITIES,
    ORG_NOUNS,
    PLACE_WORDS,
    PLACES_AFTER_THE,
    ROLE_WORDS,
    SURNAME_PARTICLES,
    fold,
)
from index.extract.quotes.patterns import _PREPOSITIONS
from index.extract.words import word_starts
from index.lazyre import lazy

_TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december christmas easter eve new year's years hanukkah ramadan diwali
    thanksgiving halloween valentine's boxing day night morning evening afternoon weekend today tomorrow
    yesterday
    """.split()
)
_PARTY_WORDS = frozenset(
    "republican republicans democrat democrats democratic gop labour tory tories conservative conservatives "
    "liberal liberals libdem unionist nationalist socialist communist".split()
)
# a party named alone as a noun speaks as an organisation ("Labour said", "the Tories said", "Democrats said")
_PARTY_NOUNS = frozenset("labour tories gop democrats republicans conservatives liberals unionists".split())
# adjectives that are also surnames ("David French", "Kanye West"): refused only when nothing else is
_SURNAMES_TOO = frozenset("french english welsh irish west east north south new young national central".split())
_CHROME = frozenset(
    "watch read more video videos photo photos image images see also related advertisement advert share "
    "click here listen comments subscribe sign up follow live updated update".split()
)
# words that open a description, a clause or a question, never a name ("Prominent Canadian", "Unlike Al
# Mnajer", "Can Yahoo", "Early HSDPA"); "will" and "may" are first names too, so they are not here
_NOT_NAME_OPENERS = frozenset(
    """
    unlike like prominent leading top senior fellow former ex late then prominent veteran praises slams
    blasts says said tells told backs hits urges warns calls wins loses after before amid despite as with
    without while when where who what why how although though because since until unless another other
    can could would should might must shall was were is are has have had did does do maybe perhaps also
    even still just only early hours shortly continued among during under
    """.split()
)
_INITIALS_ONLY = lazy(r"^(?:[A-Z]\.\s*)+$")
_WORDS = lazy(r"[\w'’.\-]+")


def _tokens(name: str) -> list[str]:
    return [fold(t).strip(".") for t in _WORDS.findall(name)]


def is_time(name: str) -> bool:
    """'Christmas Day', 'Monday', 'New Year': a date or a holiday."""
    toks = _tokens(name)
    return bool(toks) and all(t in _TIME_WORDS or t == "day" or t == "new" for t in toks) \
        and any(t in _TIME_WORDS for t in toks)


def is_adjective(name: str) -> bool:
    """'Chinese', 'Kentucky Republican', 'Democrats': a nationality or party, not who speaks.

    A known first name before it makes it a surname ("David French").
    """
    toks = _tokens(name)
    if not toks or toks[-1] not in NATIONALITIES and toks[-1] not in _PARTY_WORDS:
        return False
    if len(toks) == 1:
        return toks[0] not in _PARTY_NOUNS
    return toks[0] not in FEMALE_FIRST and toks[0] not in MALE_FIRST and toks[-1] not in _SURNAMES_TOO


def is_chrome(name: str) -> bool:
    """'WATCH', 'READ MORE': page furniture left in the text."""
    toks = _tokens(name)
    return bool(toks) and all(t in _CHROME for t in toks)


def opens_no_name(word: str) -> bool:
    """'Praises', 'Unlike', 'Maybe': a word that opens a description, a clause or a headline's verb, never a name."""
    return fold(word).strip(".") in _NOT_NAME_OPENERS


def is_fragment(name: str) -> bool:
    """'Prominent Canadian', 'Unlike Al Mnajer', 'Praises Marco Rubio': a description or a headline's verb."""
    toks = _tokens(name)
    return len(toks) >= 2 and toks[0] in _NOT_NAME_OPENERS


# roles written as abbreviations: "Trump's potential VP then revealed …"
_ROLE_ABBREVIATIONS = frozenset("vp cfo coo cto gm md pm".split())  # "Australia's PM, John Howard": a role


def is_generic(name: str) -> bool:
    """'Chairman', 'Spokesman', 'VP': a bare role noun names no one in particular (a body's name, "Commission", may)."""
    toks = _tokens(name)
    return len(toks) == 1 and (toks[0] in ROLE_WORDS or toks[0] in _ROLE_ABBREVIATIONS)


_COMPOUND_ADJECTIVE = lazy(r"^[A-Z][\w'’]*(?:-[a-z]+)+$")


def is_compound_adjective(name: str) -> bool:
    """'Canada-based', 'Man-of-the-match Duff': a capitalised word joined to lower-case words describes someone.

    Names join capitals ("Smith-Jones", "Jean-Pierre"); "-based", "-born", "-of-the-match" make an adjective.
    """
    return not HYPHENED_GIVEN.fullmatch(name) and any(_COMPOUND_ADJECTIVE.match(t) for t in name.split())


def is_initials(name: str) -> bool:
    """'G.' cut from 'G.K. Butterfield': initials are no name."""
    return bool(_INITIALS_ONLY.match(name.strip())) or len(name.strip(" .")) <= 1


# the lower-case words a name may hold: connectives of a body's name ("Department for Constitutional Affairs",
# "Friends of the Earth") and the particles of a person's ("Ursula von der Leyen", "Luis de Guindos")
_NAME_CONNECTIVES = frozenset("of for and the on in at to upon y e und des d l ben".split()) | SURNAME_PARTICLES
# a particle glued to the surname ("Bashar al-Assad", "Valery Giscard d'Estaing") is a particle all the same
_PARTICLE_GLUE_RX = lazy(r"[-'’]")


def is_description(name: str) -> bool:
    """'European outreach coordinator for digital civil liberties group Electronic Frontier Foundation': a
    description standing where a name should be.

    A name is capitalised words joined at most by connectives and particles; a lower-case noun or adjective of
    its own ("outreach", "coordinator", "digital") makes the run a description of someone, whom it does not name.
    A body's head noun may end it in lower case ("US government", "Scottish executive").
    """
    toks = name.split()
    loose = [i for i, t in enumerate(toks) if t[:1].islower()
             and _PARTICLE_GLUE_RX.split(t.lower(), maxsplit=1)[0] not in _NAME_CONNECTIVES
             and not (i == len(toks) - 1 and t in ORG_NOUNS)]
    # one lower-case piece before the name is a name cut at an accent ("ois Hollande"), not a description
    return bool(loose) and loose != [0]


CHECKS: tuple[Callable[[str], bool], ...] = (is_time, is_adjective, is_chrome, is_fragment, is_generic, is_initials,
                                             is_compound_adjective, is_description)


_PARENS_RX = lazy(r"\([^()\n]{1,80}\)")
_CAP_WORD_RX = lazy(r"(?<![\w’'])[A-Z][\w’']*")
_LOWER_WORD_RX = lazy(r"(?<![\w’'-])[a-z][\w’'-]*")
_CAP_RUN = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*(?!\s*['’]s\b)"  # a run of capitals that owns nothing after it
_PLACE_RX = lazy(rf"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Nn]ear|[Oo]utside) ({_CAP_RUN})")
# "in Aurora, Colorado", "outside Minneapolis, Minnesota": a town and its state are both places. A state ends
# its phrase (", Colorado, in 2012", "Ohio;", "Texas in May"); a capitalised word that goes on ("After the game in
# Porto, Hale admitted") opens the next clause as its subject
_STATE_AFTER_RX = lazy(rf", ({_CAP_RUN})(?=[,.;)]|[ \t]+(?:in|on)\b)")
# "serving in Iran, Turkey and France": the places listed after the first are places too
_MORE_PLACES_RX = lazy(rf"((?:, {_CAP_RUN})*),? and ({_CAP_RUN})")


# "the Evening Standard", "their first Triple Crown", "its annual Awards": a determiner before a run of capitals
# makes it a thing (a title, a trophy, a programme, a body); English puts none before a person's name ("that"
# and "this" are left out: "argue that Robbie Williams inspired" is a conjunction)
_DETERMINED_RX = lazy(
    r"(?<![\w’'])(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)[ \t]+"
    r"(?:(?:first|second|third|last|next|new|latest|own|annual|weekly|daily)[ \t]+)?"
    rf"({_CAP_RUN})"
)
# "a BBC spokesman", "A Department for Constitutional Affairs spokeswoman", "a spokesman for the Treasury",
# "in a statement, Google": a body the text gives someone who speaks for it
_BODY_WORD = r"[A-Z](?:[\w’'&-]|\.(?=\w))*"  # "U.S." keeps its dots; a full stop ends the run
_BODY_RUN = rf"{_BODY_WORD}(?:[ \t](?:(?:of|for|and|the|&)[ \t])*{_BODY_WORD})*"
# found from the cue backwards, in a bounded window: a search forwards from every capital would be quadratic in
# a long run of capitals
_SPEAKS_FOR_CUE_RX = lazy(r"(?<=[ \t])(?:spokes(?:man|woman|person|people|men|women)|representative|statement|"
                          r"press office)\b")
_BODY_BEFORE_RX = lazy(rf"({_BODY_RUN})(?:['’]s)?[ \t]+$")
# "an executive spokeswoman", "a party spokesman": the body by its head noun, in lower case
_HEAD_SPOKESMAN_RX = lazy(r"\b([a-z]+)[ \t]+spokes(?:man|woman|person)")
_SPOKESMAN_FOR_RX = lazy(rf"spokes(?:man|woman|person)[ \t]+(?:for|at)[ \t]+(?:the[ \t]+)?({_BODY_RUN})")


@dataclass(frozen=True)
class NameContext:
    """What the document says around candidate names, read once per document (linear in its length).

    ``lowered``: the words it writes in lower case; ``places``: the capitalised runs it puts after
    "in", "across", "throughout" or "near", with each run's leading words; ``persons``: full names it
    gives people, and their surnames; ``headline``/``body``: a Title Case headline and the text after it.
    """

    lowered: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    headline: str = ""
    body: str = ""
    bracketed: frozenset[str] = frozenset()  # capitalised words the text writes only inside (…)
    orgs: frozenset[str] = frozenset()  # organisations the text introduces as such ("shares in Deutsche Boerse")
    # the whole text, for the readings only the pronoun's type check needs (``determined``, ``spoken_for``): they
    # are read on first use, as most documents never ask (a third of this context's reading time, per document)
    text: str = field(default="", repr=False, compare=False)

    @classmethod
    def of(cls, text: str, body_start: int = 0, persons: frozenset[str] = frozenset(),
           orgs: frozenset[str] = frozenset()) -> NameContext:
        places: set[str] = set()
        for m in _PLACE_RX.finditer(text):
            words = m.group(1).split()
            places.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
            state = _STATE_AFTER_RX.match(text, m.end())
            if state and " " not in state.group(1):
                places.add(state.group(1))
            more = _MORE_PLACES_RX.match(text, m.end())
            if more:  # a list that ends in "and": "in Iran, Turkey and France"
                places.update(p.strip() for p in more.group(1).split(",") if p.strip())
                places.add(more.group(2))
        inside = {w for m in _PARENS_RX.finditer(text) for w in _CAP_WORD_RX.findall(m.group(0))}
        outside = set(_CAP_WORD_RX.findall(_PARENS_RX.sub(" ", text))) if inside else set()
        return cls(lowered=frozenset(_LOWER_WORD_RX.findall(text)), places=frozenset(places), persons=persons,
                   headline=text[:body_start], body=text[body_start:] if body_start else "",
                   bracketed=frozenset(inside - outside), orgs=orgs, text=text)

    @cached_property
    def determined(self) -> frozenset[str]:
        """Runs the text writes after "the", "their first" …: things, not people."""
        return frozenset(m.group(1) for m in _DETERMINED_RX.finditer(self.text))

    @cached_property
    def spoken_for(self) -> frozenset[str]:
        """Bodies the text gives a spokesperson or a statement."""
        text = self.text
        bodies = [m.group(1) for m in _SPOKESMAN_FOR_RX.finditer(text)]
        for cue in _SPEAKS_FOR_CUE_RX.finditer(text):
            before = _BODY_BEFORE_RX.search(text, max(0, cue.start() - 120), cue.start())
            if before:
                bodies.append(before.group(1))
        spoken_for: set[str] = set()
        for body in bodies:
            words = body.split()
            spoken_for.update(" ".join(words[i:]) for i in range(len(words)))  # "A Department for X": each tail
        spoken_for.update(m.group(1) for m in _HEAD_SPOKESMAN_RX.finditer(text))
        return frozenset(spoken_for)


def headline_only(name: str, ctx: NameContext) -> bool:
    """'Can Yahoo', 'Republican Donor Adelson': a run of capitals that only a Title Case headline holds.

    Headlines capitalise every word, so a verb or a role glued to a name there looks
    like a name; a real speaker is named in the body too.  "Cecile Richards" in the
    headline and "Ms Richards" in the body is kept: the surname is in the body and no
    word before it is one the text writes in lower case.
    """
    if not ctx.headline or name not in ctx.headline or name in ctx.body:
        return False
    toks = name.split()
    return not (len(toks) > 1 and toks[-1] in ctx.body and not any(t.lower() in ctx.lowered for t in toks[:-1])
                and fold(toks[0]) not in _PARTY_WORDS)


def common_word(name: str, ctx: NameContext) -> bool:
    """'Hours', 'Holding', 'Shortly': one capitalised word the document also writes in lower case.

    Such a word opened a sentence; a one-word name the text never lowers is kept
    ("Federer", "Ofcom"), and so is a party named as a noun ("Labour said").
    """
    if " " in name or not name[:1].isupper() or name.isupper() or fold(name) in _PARTY_NOUNS:
        return False
    return name.lower() in ctx.lowered


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known first name (so "Will Smith" is a name, "Was Szlachta" is not)."""
    w = fold(word)
    return w in MALE_FIRST or w in FEMALE_FIRST


def place(name: str, ctx: NameContext) -> bool:
    """'San Francisco', 'Virginia': the document puts the name after "in", so it is a place, not a speaker.

    A person the document names in full ("confidence in Paul Ryan", "interest in Rubio") is not a place. A run
    of two capitalised words with no first name that the text puts after "in" ("Hong Kong") is a place even
    though the entity table, which takes any such run for a full name, lists it as a person.
    """
    if is_first_name(name.split()[0]) or name in ctx.persons and " " not in name or name in ctx.orgs:
        return False
    return name in ctx.places


def bracketed(name: str, ctx: NameContext) -> bool:
    """'OH' from "Gov. John Kasich (R-OH), said": a word the text only writes inside brackets is an aside."""
    return name.split()[-1] in ctx.bracketed


_ADVERB_FOLLOWERS = (",", " after ", " before ", " afterwards", " later", " then ")


def sentence_adverb(name: str, ctx: NameContext) -> bool:
    """'Shortly' from "Shortly after collecting the trophy, Federer …": a capitalised word in "-ly" that the text
    only ever writes before a comma or "after"/"before" is an adverb opening a sentence, not someone's name.

    A surname in "-ly" ("Kelly said") is written before a verb somewhere, and a name the text gives in full stays.
    """
    if " " in name or len(name) < 5 or not name.endswith("ly") or not name[:1].isupper() or name in ctx.persons:
        return False
    starts = word_starts(ctx.text, name)
    return bool(starts) and all(ctx.text.startswith(_ADVERB_FOLLOWERS, at + len(name)) for at in starts)


DOC_CHECKS: tuple[Callable[[str, NameContext], bool], ...] = (headline_only, common_word, place, bracketed,
                                                              sentence_adverb)


def opens_lower_case(name: str) -> bool:
    """'for MTV', 'month the Brit Awards', 'ois Hollande': a speaker that opens with a lower-case word (not a surname
    particle: 'de Villepin', 'al-Assad') holds words the reading ran over before the name."""
    first = name.split(None, 1)[0] if name.strip() else ""
    return first[:1].islower() and first.split("-")[0].lower() not in SURNAME_PARTICLES


def name_after_lower_words(name: str) -> str | None:
    """The name proper of a speaker that opens with lower-case words: from its first capitalised word on ('month the
    Brit Awards' -> 'Brit Awards'); None when the words before it end in a preposition ('for MTV', 'a spokeswoman for
    MTV'): the name is that preposition's object, not who speaks, or when no capitalised word follows."""
    words = name.split()
    i = next((k for k, w in enumerate(words) if w[:1].isupper()), len(words))
    if i == len(words) or i and words[i - 1].lower() in _PREPOSITIONS:
        return None
    return " ".join(words[i:])


def refused(name: str, ctx: NameContext | None = None) -> str | None:
    """The name of the first check that refuses ``name`` as a speaker, or ``None`` when it looks like a name.

    With ``ctx`` the checks that read the document run too.
    """
    for check in CHECKS:
        if check(name):
            return check.__name__
    for doc_check in DOC_CHECKS if ctx is not None else ():
        if doc_check(name, ctx):
            return doc_check.__name__
    return None


def not_a_person(name: str, names: NameContext) -> bool:
    """'Colorado', 'Democrats', 'Congressional District': a place, a party or a common word is nobody who speaks.

    A place is a run the text puts after "in"/"near" (or a known place word ends it); a party or nationality is
    :func:`is_adjective`'s word alone; a single word the text also writes in lower case is an ordinary word.
    """
    toks = name.split()
    if not toks:
        return True
    return is_place(name, names) or fold(name) in NATIONALITIES or fold(toks[-1]) in _PARTY_WORDS \
        or len(toks) == 1 and name.lower() in names.lowered or is_thing(name, names)


def is_thing(name: str, names: NameContext) -> bool:
    """'Evening Standard', 'Triple Crown', 'Weakest Link': a publication, a trophy, a programme — never "he".

    The language types it twice: a run the text writes after a determiner ("the Weakest Link", "their first
    Triple Crown") is a thing or a body, and a title ending in the head noun of a publication, a broadcast or a
    competition ("… Standard", "… Times", "… Cup", "… Crown") names one. A body the text gives a spokesperson or
    a statement ("a BBC spokesman … he added", "an executive spokeswoman" for the Scottish Executive) may still be
    reached through its spokesman: it passes.
    """
    toks = name.split()
    if not toks or is_first_name(toks[0]) or name in names.spoken_for or toks[-1].lower() in names.spoken_for:
        return False
    return name in names.determined or len(toks) > 1 and fold(toks[-1]) in _THING_HEADS


# the head nouns that end the name of a publication, a broadcast or a competition ("London's Evening Standard",
# "the Sunday Times", "BBC Radio", "the Davis Cup", "the Triple Crown"): closed classes of the language of news
_THING_HEADS = frozenset(
    """
    standard times post guardian telegraph mail mirror express herald gazette tribune chronicle journal magazine
    observer independent bulletin newspaper newsweek today radio tv television channel network programme show
    documentary cup trophy crown slam championship championships league tournament award awards prize olympics
    """.split()
)


def is_place(name: str, names: NameContext) -> bool:
    """'France', 'Aurora', 'Congressional District': a run the text puts after "in"/"near", a known place, or
    one that ends in a place or area word."""
    toks = name.split()
    last = fold(toks[-1]) if toks else ""
    return name in names.places or last in PLACE_WORDS or name in PLACES_AFTER_THE or last in _AREA_WORDS


# what ends the name of an area, never a person's: "Congressional District", "Orange County"
_AREA_WORDS = frozenset("district county province state city town region township borough".split())
