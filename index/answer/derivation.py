"""A question's event in the text's other words: the verb it asks with and the noun the news writes ("why did she
resign?" / "her resignation", "when was the plant closed?" / "the closure", "why did sales grow?" / "the growth").

Why: held-out why-, when- and how-many-questions were lost where the text names the event by another form of the
question's word; the stemmer joins some of them ("resignation" and "resign") but not most ("decide"/"decision",
"close"/"closure", "refuse"/"refusal", "expand"/"expansion"). One small table of English's regular derivational
suffixes, each row (verb ending, noun ending) read both ways, gives the other forms; only forms some text holds
are kept, and they only *cover* a concept (``Concept.widened``): they neither weigh it nor are searched for, so
they cost no index search. Lower-case words only: a name's derived form is another word ("Marian" is no "Maria").
"""

from __future__ import annotations

from collections.abc import Callable

from index.answer.relevance import Concept
from index.extract.irregular import lemma_of
from index.store.analysis import terms as analyse

# (verb ending, noun ending): the verb's ending is replaced by the noun's ("decide" -> "decision": "de" -> "sion").
SUFFIX_RULES: tuple[tuple[str, str], ...] = (
    ("", "ation"),     # consult -> consultation, inform -> information
    ("e", "ation"),    # declare -> declaration, observe -> observation
    ("ate", "ation"),  # relocate -> relocation, create -> creation
    ("ct", "ction"),   # elect -> election, protect -> protection
    ("st", "stion"),   # suggest -> suggestion
    ("de", "sion"),    # decide -> decision, invade -> invasion, conclude -> conclusion
    ("d", "sion"),     # expand -> expansion, suspend -> suspension, extend -> extension
    ("ss", "ssion"),   # discuss -> discussion
    ("", "ment"),      # appoint -> appointment, develop -> development, announce -> announcement
    ("e", "al"),       # refuse -> refusal, approve -> approval, arrive -> arrival, propose -> proposal
    ("", "al"),        # withdraw -> withdrawal, renew -> renewal
    ("e", "ure"),      # close -> closure, seize -> seizure
    ("", "ure"),       # fail -> failure, depart -> departure
    ("", "th"),        # grow -> growth
    ("", "ance"),      # perform -> performance, appear -> appearance
    ("e", "ance"),     # insure -> insurance
    ("", "ence"),      # exist -> existence
    ("e", "ence"),     # interfere -> interference
)

# Letters the part both forms share must have: "station" is no "state" ("st"), "trial" no "try".
SHARED_MIN = 4


def bare_forms(word: str) -> list[str]:
    """The word and the bare forms it may be inflected from ("closed" -> "close", "clos"; "stopped" -> "stop";
    "left" -> "leave" by :mod:`index.extract.irregular`): the question asks "why was it closed?", the table
    derives from "close". Forms that are no word derive nothing a text holds."""
    out = [word]
    if word in lemma_of():
        out.append(lemma_of()[word])
    for ending in ("ed", "ing"):
        if word.endswith(ending) and len(word) - len(ending) >= SHARED_MIN:
            stem = word[:-len(ending)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
                out.append(stem[:-1])  # "stopped" -> "stop" (English doubles these; "pressing" is "press")
    if word.endswith("s") and not word.endswith("ss") and len(word) > SHARED_MIN:
        out.append(word[:-1])
    # an inflected word derives nothing itself ("resignedment"): its bare forms do
    return list(dict.fromkeys(out[1:] if len(out) > 1 and not word.endswith("s") else out))


def derived_forms(word: str) -> list[str]:
    """The other words :data:`SUFFIX_RULES` derive from ``word`` or its bare forms (:func:`bare_forms`), read both
    ways (verb -> noun, noun -> verb), in table order. Only lower-case alphabetic words; forms that are not English
    are weeded out by the caller (only forms a text holds count)."""
    if not word.isalpha() or not word.islower():
        return []
    out: list[str] = []
    for base in bare_forms(word):
        out += _derived(base)
    return [w for w in dict.fromkeys(out) if w != word]


def _derived(word: str) -> list[str]:
    out: list[tuple[str, str]] = []
    for verb_end, noun_end in SUFFIX_RULES:
        if word.endswith(verb_end) and len(word) - len(verb_end) >= SHARED_MIN:
            out.append((word[:len(word) - len(verb_end)] + noun_end, word[:len(word) - len(verb_end)]))
        if word.endswith(noun_end) and len(word) - len(noun_end) >= SHARED_MIN:
            out.append((word[:len(word) - len(noun_end)] + verb_end, word[:len(word) - len(noun_end)]))
    return [form for form, shared in out if stems_whole(form, shared)]


def stems_whole(form: str, shared: str) -> bool:
    """Whether the index's stemmer reads ``form`` as a word of its own: its stem is the form itself or keeps more
    than the part it shares with the word it came from. A form that is no word ("detaineation") is cut back into
    that part ("detain") and would match what the text says of anything else with that stem."""
    stem = analyse(form)
    return len(stem) == 1 and (stem[0] == form or (stem[0].startswith(shared) and len(stem[0]) > len(shared)))


def with_derivations(concepts: list[Concept], known: Callable[[str], bool]) -> list[Concept]:
    """Each single-word concept also covered by its word's derived forms (:func:`derived_forms`) that the index holds
    as other terms than the word's own: "resign" covered by "resignation" where the stemmer parts them."""
    out: list[Concept] = []
    for c in concepts:
        own = c.all_terms()
        extra = [w for w in derived_forms(c.word)
                 if (t := analyse(w)) and len(t) == 1 and t[0] not in own and known(t[0])]
        out.append(c.widened(extra) if extra and not c.corrected else c)
    return out

