"""Find the claimed quotations in a chat message, and who each is credited to.

People paste misquotes in every shape: ``"…" — Name``, ``Name: "…"``,
``Name said "…"``, ``As Name put it, '…'``, ``Name said that …`` with no marks
at all, or just the words. This module turns such a message into at most
``MAX_CLAIMS`` ``Claim``s: the claimed words exactly as written and the claimed
speaker as written (resolving it to a person is the speaker registry's job,
the same one ``/quote`` uses). It never raises and bounds its work, since
anything can arrive from Discord.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.answer.question import STOPWORDS
from index.answer.wording import ARTICLES
from index.extract.given_names import is_given_name
from index.extract.irregular import past
from index.extract.lexicon import alternation
from index.extract.names import (
    GENERIC_ROLES,
    HONORIFIC_WORDS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PLURAL_ROLES,
    POST_NOMINALS,
    ROLE_WORDS,
    SURNAME_PARTICLES,
    TITLE_MODIFIERS,
)

MAX_CLAIMS = 5
MAX_INPUT_CHARS = 4000
MIN_CLAIM_WORDS = 2

# Opening mark → closing marks. Double marks are looked for first; single ones only
# outside them (so 'urban legends' inside a double-quoted claim stays part of it).
DOUBLE_MARKS: dict[str, str] = {"“": "”\"", "„": "“”\"", "«": "»", "»": "«", "「": "」", "『": "』", "\"": "\"”“"}
SINGLE_MARKS: dict[str, str] = {"‘": "’'", "‚": "‘’", "‹": "›", "›": "‹", "'": "'’"}

# Shared with ``frames`` and ``check``: one list of speech verbs for reading claims and quotation frames alike
# (the verbs themselves are in index.extract.lexicon, each written once).
SPEECH_VERBS = alternation("frame")
SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
# Verbs a chat message credits words with, beyond those a news frame uses: "Clarke accused critics of "…"",
# "Halvorsen described NATO as "…"", "Did X really say "…"". Only for reading claims (frames keep SPEECH_VERBS).
CLAIM_VERBS = SPEECH_VERBS + "|" + alternation("claim")
CLAIM_VERB = re.compile(rf"\b(?:{CLAIM_VERBS})\b", re.IGNORECASE)
_CONNECTORS = re.compile(
    r"^(?:(?:and|but|as|then|so|while|also|did|does|do|has|have|had|was|is|when|after|before|yes|no|"
    r"apparently|reportedly|allegedly|really|actually|once|famously|here|here's|what)\b[\s,]*)+",
    re.IGNORECASE)
_ADVERBS = re.compile(r"\s+(?:really|actually|ever|once|also|reportedly|allegedly|famously|apparently|"
                      r"just|then|later|publicly|recently)$", re.IGNORECASE)
_PRONOUNS = frozenset("i you he she it we they this that there who someone somebody people everyone one".split())
_CAPITALISED_RUN = re.compile(rf"(?:\b(?:[A-Z][\w’'.-]*|{'|'.join(sorted(SURNAME_PARTICLES))})\s+)*[A-Z][\w’'.-]*$")


@dataclass(frozen=True)
class Claim:
    """The claimed words as written, and who they are credited to (as written), if anyone."""

    text: str
    speaker: str | None = None
    # The message credits someone the reader cannot pin down ("Petrova attacked Halvorsen after he said", "Petrova
    # and Halvorsen said"): no speaker is read, yet the words must not be checked as anyone's (see ``unsure``).
    unsure: bool = False
    # Words at the end of a claim written without quotation marks that may be the teller's, not the speaker's: an
    # occasion set off by a comma ("X said I think …, after the Dublin defeat"). See ``occasion_after``.
    framing: str | None = None
    # The words after a dash are lower case and end in a question mark ('"…" - real?'): read as written, but they may
    # ask about the words rather than name anyone (see ``asked_after``).
    asked: bool = False


# ----------------------------------------------------------------- quotation marks


def _closes_single(text: str, j: int) -> bool:
    """A single mark at ``j`` closes a quotation unless it is an apostrophe ("don't", "people's")."""
    before = text[j - 1] if j > 0 else " "
    after = text[j + 1] if j + 1 < len(text) else " "
    if before.isspace():
        return False
    return not after.isalnum()


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{:—–-,;\"“«") and not after.isspace()


def _spans(text: str, marks: dict[str, str], taken: list[tuple[int, int]], single: bool) -> list[tuple[int, int]]:
    """(start, end) of the words inside each outermost pair of ``marks`` that lies outside ``taken``."""
    found: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        inside = next((e for s, e in taken if s - 1 <= i < e + 1), None)
        if inside is not None:
            i = inside + 1
            continue
        if ch in marks and (not single or _opens_single(text, i)):
            closers = marks[ch]
            j = i + 1
            while j < n:
                if text[j] in closers and (not single or _closes_single(text, j)):
                    break
                j += 1
            if j < n:
                found.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return found


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The quoted stretches of ``text`` in every quotation-mark style, in order of appearance."""
    doubles = _spans(text, DOUBLE_MARKS, [], single=False)
    singles = _spans(text, SINGLE_MARKS, doubles, single=True)
    return sorted(doubles + singles)


# ----------------------------------------------------------------- speakers


# Links after which a title and name are the complement of a role before them: "an aide [to] Prime Minister X",
# "a spokesman [for] President X" is not X (also read by ``check.name_after_role``).
SERVES = frozenset({"to", "for", "of", "at"})
_SERVING = re.compile(rf"\s(?:{'|'.join(sorted(SERVES))})\s")


def clean_speaker(phrase: str | None) -> str | None:
    """The name part of a lead-in phrase: "and Halvorsen" → "Halvorsen",
    "KNVB spokesman Frank Huizinga" → "Frank Huizinga", "Peter Williams of the CML" → "Peter Williams"."""
    if not phrase:
        return None
    text = _last_clause(phrase)
    text = _CONNECTORS.sub("", text.strip(" \t,:;—–-\"'“”‘’«»")).strip()
    text = _ADVERBS.sub("", text).strip()
    text = re.sub(r"^(?:according\s+to|as|(?:a\s+)?quotes?\s+(?:from|by)|quoting)\s+", "", text, flags=re.IGNORECASE).strip()
    text = re.sub(r"['’]s?\s+(?:words?|quotes?|line|comments?|remarks?|statement|message|take)$", "", text,
                  flags=re.IGNORECASE).strip()
    if not text or len(text.split()) > 8 or text.lower() in _PRONOUNS:
        return None
    text = _past_topic(text)
    if not text:
        return None
    text = _without_addressee(_without_topic(text))
    words = text.split()
    # "Mikko Hypponen of F-Secure": a full name before "of" is the speaker ("the Bishop of Durham" stays whole)
    of = re.search(r"\s+of\s+", text)
    if of:
        head = text[:of.start()]
        if sum(w[:1].isupper() for w in head.split()) >= 2 and _names_person(head.split()):
            text = head
    # "KNVB spokesman Frank Huizinga": the name after a role word
    role = [m for m in re.finditer(r"[\w’'-]+", text) if _is_role_word(m.group(0))]
    # "an aide to Prime Minister X", "a spokesman for President X": a role serving the named one is not them
    if role and not _SERVING.search(text[:role[-1].start()]):
        tail = text[role[-1].end():].strip(" ,")
        if tail and (run := _CAPITALISED_RUN.search(tail)) and run.group(0) == tail and len(tail.split()) >= 2:
            text = tail
    # "CML's Michael Coogan", "BT's Ben Verwaayen", "Acme Networks' Jan Vale": a full name after its organisation's
    # possessive
    owned = re.match(r"^.*(?:['’]s|[sS]['’])\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+)$", text)
    if owned and not any(_is_role_word(w) for w in owned.group("name").split()):
        text = owned.group("name")
    words = text.split()
    # "former PM Tony Blair": a lower-case modifier opens a title the role table may not know ("PM"); the full
    # name that ends it, opened by a given name, is the speaker
    if words and words[0] in TITLE_MODIFIERS and (run := _CAPITALISED_RUN.search(text)):
        name = run.group(0).split()
        first = next((k for k, w in enumerate(name[:-1]) if is_given_name(w) and not _is_role_word(w)), None)
        if first is not None:
            text = " ".join(name[first:])
            words = text.split()
    # "Peoplesoft worker David Ogden", "Kelby Motors engineer Jo Hale": a full name opened by a given name, after a
    # lower-case noun that describes them (no function word, no verb: "slammed Jo Hale" names whom Hale was hit by;
    # never someone serving them: "An aide to Acme chief executive Jonas Stahl")
    described = _DESCRIBED_NAME.match(text)
    if described and is_given_name(described.group("name").split()[0]) \
            and not _SERVING.search(text[:described.start("name")]) and not _function_word(described.group("low")) \
            and not _verb_before_name(described.group("low").lower(), described.group("name").split()):
        text = described.group("name")
        words = text.split()
    if not words or not (words[0][:1].isupper() or words[0].lower() in ("the", "a", "an") or _casual(text)
                         or _is_role_word(words[0])):  # "— spokesman for Acme": a role, written without "the"
        return None
    return text


_DESCRIBED_NAME = re.compile(r"^[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*\s+(?P<low>[a-z][\w-]*)\s+"
                             r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+)$")


def _last_clause(phrase: str) -> str:
    """What follows the last sentence break or comma of ``phrase``; the full stop of an honorific or an initial breaks
    nothing ("Ms. Vale", "J. Vale": the honorific stays, and with it the gender the claim gives), and neither does
    a stop inside a word ("Jo Hale of Kelby.com", "Halo.Bungie.Org": a web address, not a sentence's end)."""
    cut = 0
    for m in re.finditer(r"[.;!?](?=\s|$)|\n|,\s", phrase):
        before = re.findall(r"[\w'’]+$", phrase[:m.start()])
        if m.group(0) == "." and before and (before[0].lower() in HONORIFIC_WORDS or len(before[0]) == 1):
            continue
        cut = m.end()
    return phrase[cut:]


def _casual(text: str) -> bool:
    """A name typed all in lower case, as people do in chat ("robben: "…"", "— gordon brown"): one to
    three words of letters. It counts as a claimed speaker only when it names someone the sources know
    (see ``casual``); "lol", "my mate" or "fact" name nobody."""
    words = text.split()
    return 0 < len(words) <= 3 and all(re.fullmatch(r"[a-z][a-z'’-]*", w) for w in words) \
        and words[0] not in _PRONOUNS


def casual(speaker: str | None) -> bool:
    """Is this claimed speaker a name typed in lower case (to be dropped unless the sources know it)?"""
    return bool(speaker) and not speaker[:1].isupper() and speaker.split()[0] not in ("the", "a", "an") \
        and not _is_role_word(speaker.split()[0])  # "spokesman for Acme": a role, written without "the"


def typed_person(speaker: str | None) -> str | None:
    """A person's name typed in lower case, capitalised ("bob smith" → "Bob Smith"), or ``None``: two or three
    words, the first a given name of some country and none a function word. A single word is too ambiguous to be
    read as a stranger's name ("mate", "guy" are given names somewhere), so only a name the sources know is kept."""
    words = (speaker or "").split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z][a-z'’-]*", w) for w in words):
        return None
    if any(_function_word(w) or _is_role_word(w) for w in words) or not is_given_name(words[0]):
        return None
    return " ".join(w[:1].upper() + w[1:] for w in words)


# Prepositions that say what a remark is about, where or when it was made: their object never speaks.
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "regarding", "discussing", "at", "after", "before", "during",
                                 "following", "in"})
_TOPIC_WORDS = "|".join(sorted(_TOPIC_PREPOSITIONS)) + r"|ahead\s+of"
_TOPIC = re.compile(rf"\s+(?:{_TOPIC_WORDS})\s+\S.*$", re.IGNORECASE)


def _without_topic(text: str) -> str:
    """A claimed speaker without the topic or the occasion people add after it: "Ferguson on Van Nistelrooy" →
    "Ferguson", "the minister on the budget" → "the minister", "Agassi at Kooyong" → "Agassi", "Ferguson after
    the defeat" → "Ferguson" (a prepositional phrase says what about, where or when, never who). Only after a
    name or a role word (or a name typed all in lower case, "laporte after paris"), so "Commission on Human
    Rights" (no name, no role before "on") is left whole."""
    m = _TOPIC.search(text)
    if not m:
        return text
    head = text[:m.start()].split()
    if head and (head[-1][:1].isupper() or _is_role_word(head[-1]) or (_casual(text) and len(head) <= 2)):
        return text[:m.start()]
    return text


_OPENING_TOPIC = re.compile(rf"^(?:{_TOPIC_WORDS})\s+(?=\S)", re.IGNORECASE)


def _past_topic(text: str) -> str:
    """A lead-in that opens with what it is about, where or when ("On the Glazer bid", "During the debate Blair")
    without that prepositional phrase: its object is never who speaks (as in ``_without_topic``), so the speaker is
    the noun phrase after it ("Blair"), or nobody ("" for "On the Glazer bid", "At the summit", "On Glazer")."""
    m = _OPENING_TOPIC.match(text)
    if not m:
        return text
    words = _WORD.findall(text[m.end():])
    phrase = _phrase_words(words)
    if phrase and len(phrase) == len(words):  # one run: a full name at its end is the speaker ("the Commons Tony Blair")
        phrase = _name_ending(phrase)
    if not phrase or not _head(phrase[-1]):
        return ""  # all there is, is the preposition's object
    if len(phrase) < len(words) and words[-len(phrase) - 1].lower() in _TOPIC_PREPOSITIONS | _INNER_PREPOSITIONS:
        # "In reply to Marchetti", "On the bid for the LSE": the object of a preposition inside the topic, never who
        # speaks; but a full name that ends a capitalised run there is the speaker after the topic's last word ("On
        # the deal with Acme Tony Blair said": Acme is the object, Tony Blair speaks)
        if _saying_noun_before(words, len(words) - len(phrase) - 1):
            return " ".join(phrase)  # "In a letter from Mara Quill", "On behalf of Acme": the object wrote or spoke
        name = _name_ending(phrase)
        if any(_is_role_word(w) for w in phrase[:len(phrase) - len(name)]):
            return ""  # "On the row with Labour MP Jane Hale": a role before the name describes the topic's object
        return " ".join(name)
    if len(phrase) < len(words) and _ACRONYM_PLURAL.fullmatch(phrase[0]) \
            and not _function_word(words[-len(phrase) - 1]):
        return ""  # "On entertainment PCs at Cebit": a plural of an acronym after a modifier is still the topic's object
    return " ".join(phrase)


# Prepositions that may stand inside a topic ("On the bid for …", "On talks with …"): their object is the topic's.
_INNER_PREPOSITIONS = frozenset({"to", "for", "with", "of", "from", "by", "against", "over", "into", "between",
                                 "towards", "under", "within"})
# Nouns for something said or written: after one, "from"/"by"/"with"/"of" names who said it ("a letter from X").
_WRITTEN_BY_NOUNS = frozenset({"letter", "letters", "statement", "statements", "speech", "speeches", "interview",
                               "interviews", "message", "messages", "tweet", "tweets", "behalf"})
_SAYING_PREPOSITIONS = frozenset({"from", "by", "with", "of"})


def _saying_noun_before(words: list[str], k: int) -> bool:
    """Is ``words[k]`` a preposition after a saying noun ("a statement from", "a speech by", "on behalf of")? Its
    object is then who the words are credited to, not what the topic is about."""
    return 0 < k < len(words) and words[k].lower() in _SAYING_PREPOSITIONS \
        and words[k - 1].lower() in _WRITTEN_BY_NOUNS


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}['’]?s")  # "PCs", "MPs", "CDs": things or a group, never one speaker's name


def _name_ending(phrase: list[str]) -> list[str]:
    """The full name (a given name and capitalised words, none a role) that ends ``phrase`` after at least one word
    of it, or ``[]``: "Acme Tony Blair" → "Tony Blair", "the LSE" → nothing."""
    k = next((k for k in range(1, len(phrase) - 1) if is_given_name(phrase[k])
              and all(_capitalised(w) and not _is_role_word(w) for w in phrase[k:])), None)
    return phrase[k:] if k is not None else []


# "Acme patent pledge - Ines Moreau": a story's label, a dash, then who speaks
_LABEL_THEN_NAME = re.compile(r"^(?P<label>[^,:]+?)\s+(?:—|–|--|-)\s+(?P<name>[^—–,:]+)$")
_ADDRESSEE = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]\S*(?:\s+\S+){0,3}$")


def _without_addressee(text: str) -> str:
    """A name without whom it was said to: "Halvorsen to the BBC" → "Halvorsen", "Reed to MPs" → "Reed". Only after
    a name that is no role ("an aide to Prime Minister X" is the aide's role, read elsewhere)."""
    m = _ADDRESSEE.search(text)
    if not m:
        return text
    head = text[:m.start()].split()
    return text[:m.start()] if head and head[-1][:1].isupper() and not _is_role_word(head[-1]) else text


# ----------------------------------------------------------------- noun phrases: who, by grammar
#
# A claimed speaker is a noun phrase: a name ("Anders Halvorsen", "Jan de Vries"), a description
# ("the Indian finance minister", "the rapper's spokesman", "the Bishop of Durham") or both ("alliance chief
# Halvorsen"). It is read from the verb or the mark that ends it, word by word, and stops at the first word
# that cannot belong to one: a function word ("that", "me", "who"), a verb, a pronoun. So whatever people put
# before it ("I read that", "Someone told me", "Is it true that", "Apparently") is left out, whatever their words.

# Words that may stand between a subject and its speech verb: "X has said", "X really said", "X once told".
_BEFORE_VERB = frozenset("""has have had did does do is was were will would could may might must 's 'd really actually
    himself herself themselves itself been being
    once also reportedly allegedly apparently famously never ever just then later publicly recently supposedly
    indeed even still already always only again clearly openly repeatedly previously earlier today yesterday
    basically literally obviously seriously honestly definitely effectively explicitly
    who that as not didn't didn’t didnt doesn't doesn’t don't don’t""".split())
# "as": "Petrova quoted Halvorsen as saying" — the words are Halvorsen's. "not", "didn't": a denial ("X never said",
# "X didn't say") still names whom the words are about, and the verdict then says whether the sources agree
# Joining words inside a described speaker: "the Bishop of Durham", "a spokesman for Acme", "head at Ofcom".
_LINKS = frozenset({"of", "for", "at"})
# Words that open a sentence or a remark and name nobody, capitalised or not.
_OPENERS = frozenset("""according as did does do is was were has have had and but so then also yes no ok okay lol
    apparently reportedly allegedly really actually once famously here what when after before while if
    yesterday today earlier later now meanwhile however remember quote fact fyi btw wait hmm well why how
    who where speaking writing asked""".split())
_MAX_PHRASE_WORDS = 9
_WORD = re.compile(r"[^\s,;:()\[\]\"“”«»„]+")


def _is_role_word(word: str) -> bool:
    low = word.lower().strip(".").removesuffix("'s").removesuffix("’s")
    return low in ROLE_WORDS or low in GENERIC_ROLES


def _head(word: str) -> bool:
    """Can ``word`` end a claimed speaker: a name word or a role ("Halvorsen", "minister")?"""
    return _capitalised(word) or _is_role_word(word)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


def _function_word(word: str) -> bool:
    low = word.lower().strip(".!?")
    return low in STOPWORDS or low in _OPENERS or low in _PRONOUNS


def _phrase_words(words: list[str]) -> list[str]:
    """The noun phrase that ends ``words``, read backwards (see the section comment)."""
    while words and words[-1] in _BEFORE_VERB:  # as written: "Brian May said" keeps its "May"
        words = words[:-1]
    if not words:
        return []
    last = words[-1]
    if last.lower() in _PRONOUNS or (_function_word(last) and not _capitalised(last)):
        return []
    owned = len(words) >= 2 and words[-2].endswith(("'s", "’s")) and re.fullmatch(r"[a-z][a-z-]*", last)
    if not (_capitalised(last) or _is_role_word(last) or owned):  # "Halvorsen's rival": a description
        return _casual_words(words)
    out = [last]
    i = len(words) - 2
    while i >= 0 and len(out) < _MAX_PHRASE_WORDS:
        w, low = words[i], words[i].lower()
        if low in ARTICLES:
            out.insert(0, w)
            if i > 0 and words[i - 1].lower() in _LINKS:  # "Peter Williams of the CML"
                i -= 1
                continue
            break
        if low in _LINKS or (low == "to" and i > 0 and _is_role_word(words[i - 1])):  # "an aide to X"
            if i == 0 or not (_capitalised(words[i - 1]) or _is_role_word(words[i - 1])):
                break
            out.insert(0, w)
        elif low in ("and", "&") and _is_role_word(out[-1]) and i > 0 and not _function_word(words[i - 1]):
            out.insert(0, w)  # "the work and pensions minister": "and" inside a role ("Aksoy and Smith" are two)
        elif low == "&" and _capitalised(out[0]) and i > 0 and _capitalised(words[i - 1]) \
                and any(x.lower() in _LINKS for x in words[:i - 1]):
            out.insert(0, w)  # "X of Standard & Poor's": "&" inside the name of a firm a person is "of"
        elif low in SURNAME_PARTICLES and _capitalised(out[0]):
            out.insert(0, w)
        elif _capitalised(w):
            if _function_word(w) and i == 0:
                break  # a sentence's first word, capitalised as such: "Did", "Apparently", "Is"
            out.insert(0, w)
        elif _function_word(w) or not re.search(r"[a-z]", low) or low.endswith("ly") or _verb_before_name(low, out):
            break
        elif not _is_role_word(w) and not any(_is_role_word(o) or not _capitalised(o) for o in out):
            break  # "At the summit Blair said": a lower-case word before a name ends the phrase
        else:
            out.insert(0, w)  # a lower-case modifier: "finance" in "the Indian finance minister"
        i -= 1
    if "&" in out and not any(o.lower() in _LINKS for o in out[:out.index("&")]):
        out = out[out.index("&") + 1:]  # "Petrova & Halvorsen": two people, not a firm's name after "of"
    # a lower-case run that nothing opens ("yesterday Halvorsen" has none; "the finance minister" has "the")
    while out and not _capitalised(out[0]) and out[0].lower() not in ARTICLES and not _is_role_word(out[0]):
        out = out[1:]
    return out


def _verb_before_name(low: str, out: list[str]) -> bool:
    """Is the lower-case word before the phrase read so far a verb whose object that phrase is ("Petrova said
    Halvorsen", "Petrova criticised Halvorsen"), not a modifier of it? A speech verb always is; a word ending in
    "-ed" or "-ing" is when a name follows it (at worst an adjective, "embattled Acme chief", is left out)."""
    return bool(CLAIM_VERB.fullmatch(low)) or (
        (low.endswith(("ed", "ing")) or low in _IRREGULAR_VERBS) and _capitalised(out[0]))


# Verbs of perceiving, meeting or making that take a person as object and end neither in "-ed" nor "-ing":
# "Petrova heard Halvorsen say", "Petrova quotes Halvorsen as saying".
_IRREGULAR_VERBS = frozenset(f for v in ("hear", "see", "meet", "let", "make", "get", "know") for f in (v, v + "s", past(v))) \
    | {"quote", "quotes"}


def _casual_words(words: list[str]) -> list[str]:
    """A name typed in lower case before a verb: "did rasmussen really say" → ["rasmussen"] (up to three words)."""
    out: list[str] = []
    for w in reversed(words):
        if _function_word(w) or not re.fullmatch(r"[a-z][a-z'’-]*", w) or len(out) == 3:
            if w.lower() in ARTICLES:
                return []  # "the report": a thing, not a name typed in lower case
            break
        out.insert(0, w)
    return out


def last_sentence(text: str) -> str:
    """The last sentence of ``text`` (a full stop after an honorific or an initial does not end one)."""
    cut = 0
    for m in re.finditer(r"[.!?;\n]+(?=\s|$)", text):
        word = re.findall(r"[\w'’]+$", text[:m.start()])
        if m.group(0).startswith(".") and word and (word[0].lower() in HONORIFIC_WORDS or len(word[0]) == 1):
            continue
        if m.end() < len(text.rstrip()):
            cut = m.end()
    return text[cut:].lstrip()


def _chunk_is_phrase(chunk: str) -> list[str]:
    """The words of ``chunk`` when the whole of it is one noun phrase ("Mervyn King", "the Bank's governor")."""
    words = _WORD.findall(chunk)
    phrase = _phrase_words(words)
    return phrase if phrase and len(phrase) == len(words) else []


_ACRONYM_MAX = 3  # letters of an office written as its initials ("CEO", "GP"); "KING", "MAYOR" are words


def _names_person(words: list[str]) -> bool:
    """A noun phrase that is a name: it ends on a capitalised word that is not a role ("Mervyn King", not
    "the Bank of England governor"), or on a surname that is also a role word after a first name ("Mervyn
    King", "Tom Bishop"; not "Foreign Minister")."""
    if not words or not _capitalised(words[-1]) or words[0].lower() in ARTICLES:
        return False
    if words[-1].lower() in ORG_SUFFIXES or words[-1].lower() in ORG_NOUNS:
        return False  # "Deutsche Bank", "the Labour Party": an organisation
    link = next((k for k, w in enumerate(words) if w.lower() in _LINKS), None)
    if link and _is_role_word(words[link - 1]):
        return False  # "president of the National Council", "head of research at Acme": the role is the head
    if not _is_role_word(words[-1]):
        return True
    if words[-1].isupper() and len(words[-1]) <= _ACRONYM_MAX and words[-1] not in POST_NOMINALS \
            and not all(w.isupper() for w in words) and not is_given_name(words[0]):
        # "Virgin Blue CEO", "Leeds GP": an office written as its initials ends no one's name ("Jo Hale MP" is hers;
        # "Mervyn KING" is a surname in capitals, "Sarah Bishop GP" opens on a given name, and a claim typed all in
        # capitals says nothing by its case)
        return False
    first = words[0].lower()
    return len(words) >= 2 and all(_capitalised(w) for w in words) and not _is_role_word(first) \
        and first not in TITLE_MODIFIERS


# A comma chunk that is only an age or an origin ("45", "aged 45", "from Leeds", "of Leeds"): an aside after a name.
_ASIDE_CHUNK = re.compile(r"^\s*(?:aged\s+)?\d{1,3}\s*$|^\s*(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*$")


def noun_phrase_before(text: str) -> str | None:
    """The noun phrase that ends ``text`` (the subject of a verb or the name before a colon), or ``None``.

    Commas set off an apposition or an aside: "Mervyn King, the Bank of England governor," and "The Bank of
    England governor, Mervyn King," both give the name; "Halvorsen, speaking in Bergen," gives Halvorsen."""
    sentence = last_sentence(text).rstrip(" ,")
    # "Halvorsen, not Petrova, said": an alternative set aside is nobody credited
    chunks = [c for c in re.split(r",|\(|\)", sentence) if c.strip() and not re.match(r"\s*not\s", c)]
    while len(chunks) >= 2 and _ASIDE_CHUNK.match(chunks[-1]):
        chunks = chunks[:-1]  # "Jane Smith, 45, from Leeds, said": an age or an origin set off by commas names nobody
    if not chunks:
        return None
    last = _WORD.findall(chunks[-1])
    if len(chunks) >= 2 and last and all(w.lower() in _BEFORE_VERB for w in last):
        # "Petrova criticised Halvorsen, who said", "It was Halvorsen, who": a relative clause's name is before it
        return " ".join(_phrase_words(_WORD.findall(chunks[-2]))) or None
    phrase = _phrase_words(last)
    if len(chunks) >= 2:
        before = _chunk_is_phrase(chunks[-2])
        aside = bool(last) and (last[0].lower().endswith("ing") or last[0].lower() in ("who", "which", "in", "at")
                                or _participle(last[0]))  # "Mourinho, asked about Ferguson,"
        if before and (not phrase or (aside and not _capitalised(last[0]))):
            return " ".join(before)  # "Halvorsen, speaking in Bergen," / "Halvorsen, who leads the alliance,"
        if before and phrase and len(phrase) == len(last) and _names_person(before) and not _names_person(phrase):
            return " ".join(before)  # "Mervyn King, the Bank of England governor,": the name
        if before and phrase and len(phrase) < len(last) and _names_person(before) and not _names_person(phrase):
            return " ".join(before)  # "Petrova, Halvorsen's long-time rival,": an apposition read only in part
        if before and phrase and len(phrase) < len(last) and _names_person(before) \
                and last[len(last) - len(phrase) - 1].lower() in _LINKS:
            return " ".join(before)  # "Ines Moreau, head of research at Acme,": Acme is where the role is held
    return " ".join(phrase) if phrase else None


def _participle(word: str) -> bool:
    """A past participle opening an aside ("asked", "pressed", "interviewed"): lower case, ending in "-ed"."""
    return bool(re.fullmatch(r"[a-z]{3,}ed", word))


def noun_phrase_after(text: str) -> str | None:
    """The noun phrase that opens ``text`` ("Tevfik Aksoy of Deutsche Bank, 2005" → "Tevfik Aksoy of Deutsche Bank";
    "the Indian finance minister in Delhi" → "the Indian finance minister"), or ``None``."""
    words: list[str] = []
    found = _WORD.findall(re.split(r"[,;:()!?\n]|\.(?=\s|$)(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)"
                                   r"(?<!\bMs\.)(?<!\bSt\.)", text.strip(), maxsplit=1)[0])
    for k, w in enumerate(found):
        low = w.lower()
        if low in ("and", "&") and words and k + 1 < len(found) and not _capitalised(words[-1]) \
                and not _function_word(words[-1]) and not _capitalised(found[k + 1]):
            words.append(w)  # "the work and pensions minister"
            continue
        if not words and CLAIM_VERB.fullmatch(low):
            continue  # a verb never opens a noun phrase: "— who said this?" names nobody, "— said Blair" names Blair
        if words and (CLAIM_VERB.fullmatch(low) or low in ("in", "to", "during", "when", "after", "before",
                                                            "while", "speaking", "talking", "writing")):
            break
        if words and low in ("on", "about", "regarding") and _head(words[-1]):
            break  # "James Bourne on the Busted split": a topic ("the committee on standards" is a name)
        if words and low in ("on", "about", "regarding"):
            words.append(w)
            continue
        if words and words[-1].lower() in ARTICLES and low not in _PRONOUNS - {"us"}:
            words.append(w)  # "the us federal reserve chairman": whatever opens a noun phrase after "the"
            continue
        if _function_word(w) and not (low in ARTICLES or low in _LINKS or low in SURNAME_PARTICLES
                                      or _capitalised(w) and (words or low not in _OPENERS | _PRONOUNS)):
            if words or low not in _OPENERS:
                break
            continue  # "— did …", "— was that …": a question word before the name
        words.append(w)
        if len(words) >= _MAX_PHRASE_WORDS:
            break
    casual_name = words and words[0].lower() not in ARTICLES \
        and all(re.fullmatch(r"[a-z][a-z'’-]*", w) for w in words)  # "— gordon brown"
    def complement(k: int) -> bool:  # "the minister for sport", "the committee on standards": after a link
        return any(w.lower() in _LINKS | {"on", "about", "regarding"} for w in words[:k])

    while words and (words[-1].lower() in _LINKS | {"on", "about", "regarding"} or words[-1].lower() in ARTICLES
                     or not (_head(words[-1]) or words[-1].lower() in ORG_NOUNS or casual_name
                             or complement(len(words) - 1))):
        words = words[:-1]
    return " ".join(words) if words else None


_ASIDE = re.compile(r"\s*\([^()]*\)")


def lead_sentence(lead: str) -> str:
    """The sentence of a lead-in that a speaker is read from: its last, without bracketed asides ("X (Deutsche
    Bank):"). Read once per quotation, for both ``_speaker_before`` and ``unsure``. A colon inside it ends a
    clause as a full stop would: in "Critics on the awards: Karger said" the subject of "said" is only Karger; the
    colon that ends the lead-in ("Karger on the awards:") is kept for ``_lead_colon``."""
    sentence = last_sentence(lead.rstrip())
    inner = [m.end() for m in re.finditer(r":\s+", sentence) if sentence[m.end():].strip()]
    return _ASIDE.sub("", sentence[inner[-1]:] if inner else sentence)


def _speaker_before(sentence: str) -> str | None:
    """Who a lead-in credits, read by the grammar of its ``lead_sentence`` (see ``LEAD_READERS``)."""
    if not sentence.strip():
        return None
    for reader in LEAD_READERS:
        found = reader(sentence)
        if found is not None:
            return found or None  # "" means: this shape, and it names nobody
    return None


def _lead_according_to(sentence: str) -> str | None:
    """``According to X, "…"`` / ``according to X: "…"``."""
    m = re.search(r"\baccording\s+to\s+(?P<np>[^,:]+?)\s*[,:]?\s*$", sentence, re.IGNORECASE)
    return (clean_speaker(noun_phrase_after(m.group("np"))) or "") if m else None


# "In Varga's words,", "in the words of Piet Varga:", "To quote Piet Varga,": phrases that credit the quotation after them
_WORDS_OF = (re.compile(r"\bin\s+(?P<np>[^,:]+?)['’]s?\s+(?:own\s+)?words\s*[,:]?\s*$", re.IGNORECASE),
             re.compile(r"\bin\s+the\s+(?:immortal\s+)?words\s+of\s+(?P<np>[^,:]+?)\s*[,:]?\s*$", re.IGNORECASE),
             re.compile(r"\bto\s+quote\s+(?P<np>[^,:]+?)\s*[,:]?\s*$", re.IGNORECASE))


def _lead_words_of(sentence: str) -> str | None:
    """``In X's words, "…"``, ``In the words of X: "…"``, ``To quote X, "…"``: the phrase credits the words to X as
    "according to X" does. Unread, the claim would be checked with no speaker and called verbatim whoever said it.
    Only when X is a person, and the whole of the phrase: "Varga said, in the words of his father, "…"" and "Varga
    replied in the words of the old song:" leave the sentence to the other readers (Varga), and "Varga was asked to
    quote Brandt and said:" credits no Brandt."""
    for pattern in _WORDS_OF:
        m = pattern.search(sentence)
        if m:
            return _person_phrase(m.group("np"))
    return None


def _person_phrase(np: str) -> str | None:
    """The claimed speaker ``np`` names when it is one noun phrase and names a person (a name or a role), else ``None``:
    "Piet Varga" and "the harbour chief", not "his father", "the old song", "reports" or "Tuesday's report"."""
    phrase = noun_phrase_after(np)
    if phrase != np.strip() or re.search(r"\b(?:or|and|nor)\b|&", np, re.IGNORECASE):
        return None  # "Tuesday's report" is no person; "Varga or Brandt" is no one person
    speaker = clean_speaker(phrase)
    words = speaker.split() if speaker else []
    return speaker if words and (_names_person(words) or _is_role_word(words[-1])) else None


def _opened_by_according(sentence: str) -> str | None:
    """``According to X, the plan was "…"``: a sentence opened by "according to X" reports what X said, so words quoted
    in its clause are claimed as X's. Unread, the claim would be checked with no speaker at all and called verbatim
    whoever said the words. Only a last resort (``find_claims`` asks it when neither side of the quotation names a
    speaker: in 'According to Varga, the quay was "…", Brandt said' the words are Brandt's), and only for a person:
    not when the clause has a speech verb ("According to reports, Hale said "…""), a capitalised word or a possessive
    that may own the words ("According to Varga, Brandt's words were "…"", "…, the minister's words were "…""), nor
    for a source that names nobody ("reports", "the harbour website")."""
    m = _OPENS_ACCORDING.match(sentence)
    if m is None or CLAIM_VERB.search(m.group("rest")) or re.search(r"\b[A-Z]", m.group("rest")) \
            or _OWNER.search(m.group("rest")):
        return None
    return _person_phrase(m.group("np"))


_OR_AFTER = re.compile(r"^[\s,.;:?!—–~-]*\(?\s*(?:or|and|nor)\b", re.IGNORECASE)
_OR_IN_BRACKETS = re.compile(r"\(\s*(?:or|and)\b[^()]*\)", re.IGNORECASE)


def _offers_another(lead: str, tail: str) -> bool:
    """Does the message offer another speaker beside the one a reading may find, in brackets in the lead-in
    ("According to Varga (or was it Brandt?), …") or right after the quotation ("… "…" — or was it Brandt?", "… "…"
    and Brandt agreed")? Then a reading that guesses from the lead-in's shape alone credits no one."""
    return bool(_OR_IN_BRACKETS.search(lead) or _OR_AFTER.match(tail))


# A possessive that may own the quoted words ("the minister's words were", "in the residents' phrase"); not "it's"
_OWNER = re.compile(r"\b(?!(?:it|that|there|here|he|she|what|who)['’]s\b)\w+['’]s\b|\ws['’](?=\s)", re.IGNORECASE)
_OPENS_ACCORDING = re.compile(r"^\W*(?:(?:and|but|so|also)\s+)?according\s+to\s+(?P<np>[^,:]+?)\s*,\s*(?P<rest>\S.*)$",
                              re.IGNORECASE | re.DOTALL)


def _lead_possessive(sentence: str) -> str | None:
    """``X's claim that "…"``, ``X's words: "…"``, ``Mr X's warning that "…"``: the owner of a word for
    what was said. Not a role ("Hale's spokesman: "…"" is the spokesman's)."""
    m = re.search(r"^(?P<owner>.*?\S)['’]s?\s+(?P<noun>[a-z]+(?:\s+[a-z]+)??)\s*(?:that|:|,)?\s*$", sentence)
    if not m or any(_is_role_word(w) for w in m.group("noun").split()):
        return None
    if not re.search(rf"\b(?:{_SAYING_NOUNS})$", m.group("noun")):
        return None
    owner = noun_phrase_before(m.group("owner"))
    at = m.group("owner").rfind(owner) if owner else -1
    ahead = m.group("owner")[:at].split() if at > 0 else []
    if ahead and ahead[-1].lower() in _TOPIC_PREPOSITIONS:
        return None  # "Florian Vale on Acme's pledge:": what the words are about, not whose they are
    return clean_speaker(owner) or ""


def _lead_verb(sentence: str) -> str | None:
    """``X said "…"``, ``X told students: "…"``, ``Did X really say "…"``, ``Was it X who said "…"``: the subject
    of the last speech verb, read back from it as a noun phrase (an apposition set off by commas allowed)."""
    verbs = [v for v in CLAIM_VERB.finditer(sentence) if not _owned_noun(sentence, v)]
    if not verbs:
        return None
    agent = re.match(r"\s+by\s+(?P<np>[^,:]+?)\s*[,:]?\s*$", sentence[verbs[-1].end():], re.IGNORECASE)
    if agent:  # "Petrova was told by Halvorsen:": a passive verb's speaker comes after "by"
        return clean_speaker(noun_phrase_after(agent.group("np"))) or ""
    before = sentence[:verbs[-1].start()].rstrip()
    if len(verbs) >= 2 and re.search(r"\bto$", before, re.IGNORECASE) and not sentence[verbs[-2].end():verbs[-1].start()].count(","):
        before = sentence[:verbs[-2].start()].rstrip()  # "Mourinho went on to say": the subject of "went on"
    if verbs[-1].group(0).lower().endswith("ing") and before.endswith(","):
        return _participle_subject(before.rstrip(","))
    if verbs[-1].group(0).lower().endswith("ing") and (m := _GERUND_AFTER.search(before)):
        if m.group("prep").lower() in ("of", "for"):  # "Petrova accused Halvorsen of saying": the one accused
            return clean_speaker(noun_phrase_before(before[:m.start()])) or ""
        return _participle_subject(before[:m.start()])  # "Halvorsen resigned after saying": the clause's subject
    subject = noun_phrase_before(before)
    if subject and "," not in before and _OPENING_TOPIC.match(before.strip()):
        # "On the deal with Acme Tony Blair said": the topic's object runs into the name; only the name speaks
        narrowed = _past_topic(before.strip())
        if narrowed and narrowed != subject and subject.endswith(" " + narrowed):
            subject = narrowed
    return (clean_speaker(subject) or "") if subject is not None else ""


_AFTER_POSSESSIVE = re.compile(r"\S['’]s?\s+$")


def _owned_noun(sentence: str, verb: re.Match[str]) -> bool:
    """Is a speech verb's word, right after a possessive, the noun for what was said ("Marchetti's claim", "the
    minister's comments")? Then it is no verb and whoever owns it is not its subject: "Ostrow on Marchetti's claim:"
    is Ostrow's, and "On Marchetti's claim:" nobody's ("Marchetti's said" keeps its verb: "said" is no such noun)."""
    return (re.fullmatch(rf"(?:{_SAYING_NOUNS})", verb.group(0), re.IGNORECASE) is not None
            and _AFTER_POSSESSIVE.search(sentence[:verb.start()]) is not None)


_GERUND_AFTER = re.compile(r"\s+(?P<prep>of|for|after|before|while|when|by|without)$", re.IGNORECASE)


def _participle_subject(clause: str) -> str:
    """``X replied to Y, saying "…"``: a participle after a comma says what the clause's subject did, so the
    speaker is the noun phrase before the clause's own verb (a speech verb or one ending in "-ed"), never the
    object next to the comma; "" when no verb shows where the subject ends."""
    verb = CLAIM_VERB.search(clause) or re.search(r"\b[a-z]+ed\b", clause)
    subject = noun_phrase_before(clause[:verb.start()]) if verb else None
    return (clean_speaker(subject) or "") if subject else ""


# A last comma chunk that opens with "to": whom the words were said to, never who said them.
_ADDRESSED_CHUNK = re.compile(r"(?<=\S),\s*to\s+[^,]+$", re.IGNORECASE)


def _lead_colon(sentence: str) -> str | None:
    """``X: "…"``, ``X on the dollar: "…"``, ``Quote from X: "…"``, ``X, alliance chief: "…"``, ``X hit back: "…"``."""
    if not sentence.rstrip().endswith(":"):
        return None
    before = sentence.rstrip()[:-1]
    if _asks_for_a_check(before):
        return ""  # "Quote check:", "Fact check -", "Is this real:": the user's request, nobody's name
    if (source := _quote_from(before)) is not None:
        return source
    before = _ADDRESSED_CHUNK.sub("", before)  # "Zack Vale, Acme lawyer, to Judge Holm:": Vale speaks, to the judge
    before = _without_addressee(before)  # "culture minister Jan de Vale to Parker:": the minister speaks, to Parker
    if (labelled := _label_then_speaker(before)) is not None:
        return labelled
    before = _before_topic(before)
    if "," not in before and _OPENING_TOPIC.match(before.strip()):
        return clean_speaker(_past_topic(before.strip())) or ""  # "On the Glazer bid:" names nobody
    speaker = clean_speaker(before)
    if speaker and "," not in before:
        return _without_verb_phrase(speaker)
    if (affiliated := _name_then_affiliation(before)) is not None:
        return affiliated
    phrase = noun_phrase_before(before)
    return (clean_speaker(phrase) or "") if phrase else ""


# the words of a request to check what follows ("Quote check:", "Fact check please:", "Is this real?:"): a lead-in
# made only of them names nobody, however it is capitalised
_CHECK_REQUEST_WORDS = frozenset("""quote quotes quotation fact facts quick reality check checking checker verify
verification please claim claims is was this it that real true false fake accurate genuine legit right correct or
can could you confirm hey hi question the a following dossier bot""".split())


def _asks_for_a_check(before: str) -> bool:
    """Whether a colon's lead-in is only a request to check the words after it, never who said them."""
    words = [w.lower().strip("?!.–—") for chunk in _WORD.findall(before) for w in chunk.split("-")]
    words = [w for w in words if w]
    return bool(words) and all(w in _CHECK_REQUEST_WORDS for w in words)


def _label_then_speaker(before: str) -> str | None:
    """``Acme patent pledge - Ines Moreau:``, ``Cup final - Roddick:``, ``Terror bill - the shadow home secretary:``:
    a story's label, a dash, then who speaks. People list quotations from a story that way; the label is what it is
    about, never who spoke. A full name opened by a given name is read after any label; a surname or a role only
    after a label that is no name itself, one with lower-case words ("Cup final", "Arsenal v Bayern"): in "Jollans -
    Acme" a name and then a body stand on either side, and neither is a label. A label that is a person's full name
    before a role ("Ines Moreau - Acme chief:") is who speaks: the role describes her. ``None`` for no such shape."""
    m = _LABEL_THEN_NAME.match(before.strip())
    name = _chunk_is_phrase(m.group("name")) if m else []
    if not name:
        return None
    label = _chunk_is_phrase(m.group("label"))
    if len(name) >= 2 and _names_person(name) and is_given_name(name[0]):
        return clean_speaker(" ".join(name)) or None
    if _is_role_word(name[-1]) and label and _names_person(label) and is_given_name(label[0]):
        return clean_speaker(" ".join(label)) or None
    if label or not (_names_person(name) or _is_role_word(name[-1])):
        return None
    if len(name) >= 2 and _names_person(name) and not _is_role_word(name[0]):
        return None  # "Budget 2005 - Acme Bank": capitalised words no given name opens, a body's name
    return clean_speaker(" ".join(name)) or None


_FIRST_TOPIC = re.compile(rf"\s+(?:{_TOPIC_WORDS})\s+(?=\S)", re.IGNORECASE)


def _before_topic(before: str) -> str:
    """A colon's lead-in without what the words are about, where or when they were said, however long (commas,
    verbs and names included): "Springer on whether the BBC should have screened it" → "Springer", "Blair on
    Westminster Hour, on migrants" → "Blair". The first topic preposition after a noun phrase that names someone or
    gives a role ends who speaks, and what comes before it is read as if it stood alone before the colon
    (``_without_topic`` reads only short topics; a long one hid the name). ``before`` unchanged when the words before
    that preposition are no such phrase, when a comma stands among them (an apposition, read by the readers after),
    or when the lead-in opens with its topic ("On entertainment PCs at Cebit", read by ``_past_topic``)."""
    m = _FIRST_TOPIC.search(before)
    head = before[:m.start()].strip() if m and not _OPENING_TOPIC.match(before.strip()) else ""
    if not head or "," in head:
        return before
    words = _WORD.findall(noun_phrase_before(head) or "")  # "Nogar's son Stephen on …": the phrase ending it
    if not words or _function_word(words[-1]) or not (_capitalised(words[-1]) or _is_role_word(words[-1])
                                                      or (words[-1].isdigit() and len(words) >= 2)):
        return before  # "Radio 1 on …", "Andre 3000 on …": a number may end a name
    return head


_QUOTE_NOUNS = r"(?:quote|quotes|quotation|words|line|lines|saying|comment|remark)"
_QUOTE_FROM = re.compile(rf"\b{_QUOTE_NOUNS}\b(?:\s+of\s+the\s+\w+)?\s+(?:from|by)\s+(?P<np>[^,;:]+?)\s*$", re.IGNORECASE)
_QUOTE_ALONE = re.compile(rf"\b{_QUOTE_NOUNS}(?:\s+of\s+the\s+\w+)?\s*$", re.IGNORECASE)
_NAME_QUOTE = re.compile(rf"(?P<np>(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)\s+{_QUOTE_NOUNS}\s*$")


def _quote_from(before: str) -> str | None:
    """``Quote of the day from X: "…"``, ``Words by X:``, ``My favourite X quote:``: a noun for what was said, its
    speaker after "from"/"by" or, as a noun modifier, right before it. ``None`` when the lead-in has no such noun."""
    m = _QUOTE_FROM.search(before)
    if m:
        return clean_speaker(noun_phrase_after(m.group("np"))) or ""
    m = _NAME_QUOTE.search(before)
    if m and not _function_word(m.group("np").split()[-1]):
        return clean_speaker(m.group("np")) or ""
    return "" if _QUOTE_ALONE.search(before) else None  # "The quote:", "Best line of the night:": nobody


def _name_then_affiliation(before: str) -> str | None:
    """``Jan Egeland, Acme: "…"``: a person's full name (opened by a given name) and, after a comma, a single
    capitalised chunk that is no person's name (no given name opens it, no role in it) — where they work, as a
    byline gives it. The person speaks, not the body."""
    chunks = [c.strip() for c in before.split(",")]
    if len(chunks) != 2 or not chunks[0] or not chunks[1]:
        return None
    name, body = _chunk_is_phrase(chunks[0]), _WORD.findall(chunks[1])
    if not name or not _names_person(name) or not is_given_name(name[0]) or not body or len(body) > 4:
        return None
    if not all(_capitalised(w) for w in body) or is_given_name(body[0]) or any(_is_role_word(w) for w in body):
        return None
    return clean_speaker(" ".join(name))


def _lead_dash(sentence: str) -> str | None:
    """``…; Orlov — "…"``: in a list of quotations, the name before a dash is the next one's speaker."""
    dash = _BEFORE_DASH.search(sentence)
    if not dash:
        return None
    before = sentence[:dash.start()].rsplit(":", 1)[-1]
    if _asks_for_a_check(before):
        return ""  # "Quote check - "…"": the user's request, nobody's name
    return clean_speaker(before) or ""


_GAPPED = re.compile(r"^\W*(?:and|but|while|whereas|then|or)\s+(?:then\s+)?(?P<np>.+?)(?:\s+that)?\s*[,:]?\s*$",
                     re.IGNORECASE)


def _lead_gapped(sentence: str) -> str | None:
    """``X said "…" and Y that "…"``, ``…, then Y "…"``: after "and"/"but"/"then" the verb of the quotation before
    may be left out (gapping); a noun phrase standing alone there is the next quotation's speaker."""
    m = _GAPPED.match(sentence)
    if not m:
        return None
    words = _WORD.findall(m.group("np"))
    phrase = _phrase_words(words)
    return clean_speaker(" ".join(phrase)) if phrase and len(phrase) == len(words) else None


# Nouns for what someone said, after a possessive: "Halvorsen's claim that …", "Mr Hale's words: …".
_SAYING_NOUNS = ("claim|claims|words|word|quote|quotes|line|comment|comments|remark|remarks|statement|message|"
                 "warning|promise|pledge|insistence|assertion|suggestion|view|take|argument|boast|prediction|"
                 "famous line|famous words|own words|description|verdict|admission|complaint|response|reply|answer")

# Tried in turn on the sentence before a quotation; the first shape that fits decides.
LEAD_READERS = (_lead_according_to, _lead_words_of, _lead_possessive, _lead_verb, _lead_colon, _lead_dash, _lead_gapped)


_BEFORE_DASH = re.compile(r"\s*(?:—|–|--|-|~)$")
# "Kevin Campbell hit back", "Reed fired back at critics": a name and then a verb phrase in lower case
_NAME_THEN_VERB = re.compile(r"^(?P<name>(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)\s+(?P<verb>[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3})$")


def _without_verb_phrase(phrase: str) -> str:
    """A name before a colon without the verb phrase people write between them: "Kevin Campbell hit back:" →
    "Kevin Campbell", "Reed fired back at critics:" → "Reed" (the words before a colon are who speaks and
    how). Not when the lower-case words are a role ("Acme spokesman") or an "of" phrase ("Bishop of Lowford")."""
    words = phrase.split()
    if len(words) >= 3 and words[-1].isalpha() and words[-1].islower() \
            and (words[-1].endswith("ed") or CLAIM_VERB.fullmatch(words[-1])) \
            and words[-2][:1].isupper() and not words[-2].endswith(("'s", "’s", "s'", "s’")) \
            and not _is_role_word(words[-1]) and any(w[:1].islower() for w in words[:-2]):
        # "Defence lawyer Reid Weingarten pressed:": the verb after the name goes first, then the title before it
        return _without_verb_phrase(" ".join(words[:-1]))
    last = _CONNECTORS.sub("", _last_clause(phrase).strip())
    m = _NAME_THEN_VERB.match(last)
    if m and (titled := _name_after_title(m.group("verb").split())):
        return titled  # "UN relief coordinator Jan Egeland": lower-case title words before a full name, no verb
    verb = m.group("verb").split() if m else []
    if m and len(verb) >= 2 and _capitalised(verb[-1]) and not _function_word(verb[-2]) \
            and not _verb_before_name(verb[-2].lower(), verb[-1:]) and not verb[-2].endswith("s"):
        return phrase  # "Acme physio Davies": lower-case title words before a name, no verb (the name is no object)
    if not m or any(_is_role_word(w) or w.lower() in PLURAL_ROLES for w in m.group("verb").split()) \
            or m.group("verb").split()[0] in SURNAME_PARTICLES | {"of", "and"} \
            or m.group("name").endswith(("'s", "’s")):  # "Halvorsen's opponent": a possessive owns a noun
        return phrase
    return m.group("name")


def _name_after_title(words: list[str]) -> str | None:
    """The full name that ends lower-case words before a colon, when those words are a title rather than a verb
    phrase: "relief coordinator Jan Egeland" → "Jan Egeland". The name must open with a given name and the word
    before it be neither a function word nor a verb ("hit back at Jan Egeland", "slammed Jan Egeland": there the
    name is the object, and the speaker is who comes before)."""
    k = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if k is None or k == 0 or len(words) - k < 2 or not all(w[:1].isupper() for w in words[k:]):
        return None
    before = words[k - 1].lower()
    if _function_word(before) or _verb_before_name(before, words[k:]) or not is_given_name(words[k]):
        return None
    return " ".join(words[k:])


_DASH = r"(?:—|–|--|-|~)"
_AFTER_PAREN = re.compile(r"^\s*[,.]?\s*\(\s*(?:[—–~-]\s*)?(?P<name>[^()\n\"“”«»„]{1,80}?)\s*\)")
# "— did Halvorsen say that?", "— was that Halvorsen?", "- is this really X?"
_AFTER_QUESTION = re.compile(
    rf"^\s*[,.]?\s*{_DASH}?\s*(?:did|does|was|is|were)\s+(?:(?:it|that|this)\s+)?(?:really\s+|actually\s+)?"
    r"(?P<name>[^\n\"“”«»„?]{1,80}?)(?:\s+(?:really|actually|ever))?(?:\s+(?:say|said|write|wrote|who)\b[^?]*)?\s*\?",
    re.IGNORECASE)
_AFTER_DASH = re.compile(rf"^\s*[,.]?\s*{_DASH}\s*(?P<name>[^\n\"“”«»„]{{1,120}})")
_AFTER_ACCORDING = re.compile(r"^\s*[,.]?\s*according\s+to\s+(?P<name>[^\n\"“”«»„]{1,120})", re.IGNORECASE)
_AFTER_SAID = re.compile(rf"^\s*[,.]?\s*(?:{SPEECH_VERBS})\s+(?:by\s+)?(?P<name>[^\n\"“”«»„]{{1,120}})", re.IGNORECASE)
_AFTER_NAME_SAID = re.compile(rf"^\s*[,.]?\s*(?P<name>[^\n\"“”«»„.;!?]{{1,80}}?)\s+(?:{CLAIM_VERBS})\b", re.IGNORECASE)


_AFTER_PASSIVE = re.compile(r"^\s*[,.]?\s*(?:was|were|is|has\s+been)\s+(?:(?:first|actually|really|originally|once)\s+)?"
                            r"(?:said|written|uttered|spoken|tweeted|coined)\s+by\s+(?P<name>[^\n\"“”«»„]{1,120})",
                            re.IGNORECASE)


_AFTER_OWNED = re.compile(rf"^\s*[,.]?\s*(?:was|is|were|are|—|–|-)?\s*(?P<name>[^\n\"“”«»„,;:!?]{{1,80}}?)['’]s?\s+"
                          rf"(?:(?:famous|own|best-known|favourite)\s+)?(?:{_SAYING_NOUNS})\b", re.IGNORECASE)


def _after_owned(tail: str) -> str | None:
    """``"…" was X's line``, ``"…" — X's words``: the owner of a noun for what was said."""
    m = _AFTER_OWNED.match(tail)
    return clean_speaker(noun_phrase_before(m.group("name"))) if m else None


def _after_passive(tail: str) -> str | None:
    """``"…" was said by X``, ``"…" was first written by X``: a passive verb's agent after "by"."""
    m = _AFTER_PASSIVE.match(tail)
    return clean_speaker(noun_phrase_after(m.group("name"))) if m else None


def _after_paren(tail: str) -> str | None:
    """``"…" (X)``, ``"…" (X, replying to Y)``: the noun phrase that opens the brackets."""
    m = _AFTER_PAREN.match(tail)
    return clean_speaker(noun_phrase_after(m.group("name")) or m.group("name")) if m else None


def _after_question(tail: str) -> str | None:
    m = _AFTER_QUESTION.match(tail)
    return clean_speaker(noun_phrase_after(m.group("name"))) if m else None


def _after_dash(tail: str) -> str | None:
    """``"…" — X``; when the words after the dash are no noun phrase the reader knows, they are still who the
    message credits, read as written (a name the sources do not know is dropped later, see ``casual``)."""
    m = _AFTER_DASH.match(tail)
    if not m:
        return None
    name = m.group("name")
    return clean_speaker(_apposed_name(name, noun_phrase_after(name))) or clean_speaker(_first_segment(name))


# a closed list of asking words ending in a question mark right after a dash: '"…" - real?', '— true or not?' (any
# other word there, "- quill?", may be a name typed in lower case and is read as one)
_ASKING = r"(?:real|true|really|legit|genuine|fake|true or false|true or not|is this real)"
_ASKED_AFTER = re.compile(rf"^\s*[,.]?\s*{_DASH}\s*{_ASKING}\s*\?")


def asked_after(tail: str) -> bool:
    """Do the words after a quotation, read as its claimed speaker, ask a question in lower case ('"…" - real?')?
    Such a word is dropped unless it is a typed full name, even when a body the sources know bears it ("Real"): the
    message asks whether the words are real, it does not credit them to anyone."""
    return bool(_ASKED_AFTER.match(tail))


def _first_segment(text: str) -> str | None:
    """The words up to the first punctuation, when they are few enough to be a name or a role."""
    part = re.split(r"[,;:()!?\n]|\.(?=\s|$)", text.strip(), maxsplit=1)[0].strip()
    return part if 0 < len(part.split()) <= 6 else None


def _after_according(tail: str) -> str | None:
    m = _AFTER_ACCORDING.match(tail)
    return clean_speaker(noun_phrase_after(m.group("name"))) if m else None


def _after_said(tail: str) -> str | None:
    m = _AFTER_SAID.match(tail)
    return clean_speaker(_apposed_name(m.group("name"), noun_phrase_after(m.group("name")))) if m else None


def _after_name_said(tail: str) -> str | None:
    """``"…", Halvorsen told reporters``, ``"…," the alliance chief said``; ``"…," he said — Halvorsen`` gives the
    name after the dash."""
    m = _AFTER_NAME_SAID.match(tail)
    if not m:
        return None
    phrase = noun_phrase_before(m.group("name"))
    if phrase is None or phrase.lower() in _PRONOUNS:
        rest = tail[m.end():]
        dash = re.search(rf"\s{_DASH}\s*(?P<name>[^\n\"“”«»„]{{1,80}})", rest)
        return clean_speaker(noun_phrase_after(dash.group("name"))) if dash else None
    return clean_speaker(phrase)


def _after_bare(tail: str) -> str | None:
    """``"…" Halvorsen``, ``Who said "…"? Halvorsen``: a person's name standing alone after the quotation, with no
    dash (only a name: "Is this real?" or "The Guardian" are no person)."""
    seg = _first_segment(re.sub(r"^[\s?!.,]+", "", tail))
    words = _chunk_is_phrase(seg) if seg else []
    return " ".join(words) if words and _names_person(words) else None


def _apposed_name(text: str, phrase: str | None) -> str | None:
    """``the alliance chief, Jonas Halvorsen``: a description after a verb or a dash with a person's name set beside
    it after a comma gives the name (the reader otherwise stops at the comma)."""
    if not phrase or _names_person(phrase.split()):
        return phrase
    m = re.match(r"^[^,;:()\n]+,\s*(?P<next>[^,;:()!?\n]+?)\s*(?:[,;:()!?\n]|\.(?=\s|$)|$)", text.strip())
    words = _chunk_is_phrase(m.group("next")) if m else []
    return " ".join(words) if words and _names_person(words) else phrase


# Tried in turn on the words after a quotation; the first that names someone decides.
TAIL_READERS = (_after_question, _after_passive, _after_owned, _after_paren, _after_dash, _after_according, _after_said,
                _after_name_said, _after_bare)


def _speaker_after(tail: str) -> str | None:
    """Who a tail credits: ``— Name``, ``(Name)``, ``, said Name``, ``, Name said``, ``, according to Name``,
    ``— did Name say that?``."""
    for reader in TAIL_READERS:
        name = reader(tail)
        if name:
            return name
    return None


# ----------------------------------------------------------------- claims without marks

_NAME_SAID_THAT = re.compile(
    rf"^(?P<name>.{{1,80}}?)\s+(?:(?:really|actually|once|reportedly|apparently|publicly)\s+)?(?:{SPEECH_VERBS})"
    r"[\s,:]+(?:that\s+)?(?P<claim>\S.*)$",
    re.IGNORECASE | re.DOTALL)
_TOLD = re.compile(r"^(?P<name>.{1,80}?)\s+(?:told|tells)\s+(?:reporters|journalists|students|the\s+\w+|us|me|them|"
                   r"him|her|MPs|\w+)[\s,:]+(?:that\s+)?(?P<claim>\S.*)$", re.IGNORECASE | re.DOTALL)
# "X told the French parliament we must …": an addressee of a few words, ended where the told words open with their
# own subject (a pronoun or "there"), since nothing else marks where the teller's words stop
_TOLD_LONG = re.compile(r"^(?P<name>.{1,80}?)\s+(?:told|tells)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){1,3}?(?:that\s+)?"
                        r"(?P<claim>(?:I|we|you|he|she|they|it|there)\b\s+\S.*)$", re.DOTALL)
# "X told the Gloucester Citizen that …": an addressee of a few words after an article or a possessive, ended by
# "that"; never a clause of the teller's own ("told the inquiry he doubted that …", "told MPs he rejected claims that")
_TOLD_THAT = re.compile(r"^(?P<name>.{1,80}?)\s+(?:told|tells)\s+(?:the|a|an|his|her|their|its)\s+"
                        r"(?:(?!(?:he|she|they|we|I|it|you|not|never|no|who|which|that)\b)[\w'’-]+\s+){1,3}?"
                        r"that\s+(?P<claim>\S.*)$", re.IGNORECASE | re.DOTALL)
_ACCORDING_TO = re.compile(r"^according\s+to\s+(?P<name>[^,]{1,80}),\s*(?P<claim>\S.*)$", re.IGNORECASE | re.DOTALL)


_COLON_CLAIM = re.compile(r"^(?P<name>[^:\"“”]{1,60}):\s*(?P<claim>\S.*)$", re.DOTALL)
_TAIL_SAID = re.compile(rf"^(?P<claim>.+?)[,.]?\s+(?:{SPEECH_VERBS})\s+(?P<name>[^,.;:!?]{{1,80}})[.!?]?$",
                        re.IGNORECASE | re.DOTALL)
_TAIL_NAME_SAID = re.compile(rf"^(?P<claim>.+?),\s+(?P<name>[^,.;:!?]{{1,60}}?)\s+(?:{SPEECH_VERBS})"
                             r"(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?[.!?]?$", re.IGNORECASE | re.DOTALL)
_TAIL_DASH = re.compile(r"^(?P<claim>.+?)\s+(?:—|–|--|-|~)\s*(?P<name>[^—–~]{1,80})$", re.DOTALL)


def _whole_phrase(text: str, after: bool = False) -> str | None:
    """``text`` read as a claimed speaker when the whole of it is one noun phrase (cleaned), else ``None``."""
    phrase = noun_phrase_after(text) if after else noun_phrase_before(text)
    if not phrase or len(phrase.split()) != len(_WORD.findall(re.sub(r"\([^()]*\)", "", text.strip(" .!?")))):
        return None
    return clean_speaker(phrase)


def _unmarked(text: str) -> Claim:
    """``Name said (that) …``, ``According to Name, …``, ``Name: …``, ``…, said Name``, ``… — Name``, or just
    the words."""
    for pattern in (_ACCORDING_TO, _TOLD_THAT, _TOLD_LONG, _TOLD, _NAME_SAID_THAT):
        m = pattern.match(text)
        if m:
            phrase = noun_phrase_after(m.group("name")) if pattern is _ACCORDING_TO \
                else noun_phrase_before(m.group("name"))
            name = clean_speaker(phrase)
            claim = m.group("claim").strip()
            if name and len(claim.split()) >= MIN_CLAIM_WORDS:
                if pattern is not _ACCORDING_TO and _unsure_subject(m.group("name"), name):
                    return Claim(text=_trim(claim), unsure=True)  # "Halvorsen and Petrova said that …"
                return Claim(text=_trim(claim), speaker=name)
    m = _COLON_CLAIM.match(text)
    if m and (name := _whole_phrase(m.group("name"))) and len(m.group("claim").split()) >= MIN_CLAIM_WORDS:
        return Claim(text=_trim(m.group("claim")), speaker=name)
    for pattern, after in ((_TAIL_NAME_SAID, False), (_TAIL_SAID, True), (_TAIL_DASH, True)):
        m = pattern.match(text)
        if m and (name := _whole_phrase(m.group("name"), after)) and len(m.group("claim").split()) >= MIN_CLAIM_WORDS:
            return Claim(text=_trim(m.group("claim")).rstrip(" ,"), speaker=name)
    return Claim(text=_trim(text))


# ", after the Dublin defeat", ", speaking on Sunday", ", in an interview": a short phrase that opens with a word of
# time or occasion, set off by a comma at the very end, with no verb of speech of its own
_OCCASION_AFTER = re.compile(r",\s+(?:after|before|during|following|ahead\s+of|on|at|in|speaking|when|while|last|"
                             r"yesterday|today|this)\s+[^,;:.!?\"“”]{1,60}$", re.IGNORECASE)
_OCCASION_WORDS = 6


def occasion_after(claim: str) -> str | None:
    """The occasion a claim written without quotation marks may end with, in the teller's words rather than the
    speaker's ("…only one side was refereed, after the Dublin defeat" → ", after the Dublin defeat"): nothing marks
    where the words reported stop, so the checker tries the claim with and without it. ``None`` when none."""
    m = _OCCASION_AFTER.search(claim)
    if m is None or len(m.group(0).split()) > _OCCASION_WORDS or CLAIM_VERB.search(m.group(0)):
        return None
    return m.group(0)


def _with_occasion(claim: Claim) -> Claim:
    """``claim``, with the occasion it may end with noted (``Claim.framing``)."""
    framing = occasion_after(claim.text)
    return Claim(text=claim.text, speaker=claim.speaker, unsure=claim.unsure, framing=framing) if framing else claim


def _trim(text: str) -> str:
    return text.strip().strip("\"'“”‘’«»„‚‹›「」『』").strip()


_GOES_ON = frozenset("""and also that then but adding added adds he she they said says later further continued
    went on as well while again too before after""".split())


def continues(lead: str) -> bool:
    """Is the text between two quotations only words that go on in the same voice ("and that", "And:",
    ", he added,", "then said"), naming nobody new?"""
    words = re.findall(r"[\w'’]+", lead)
    if words and all(w.lower() in _GOES_ON for w in words):
        return True
    # 'X said "…" and that France were "…"': a second "that" after the same verb, with no verb of its own
    return bool(re.match(r"^\W*(?:and|but)\s+(?:also\s+)?that\b", lead, re.IGNORECASE)) and not CLAIM_VERB.search(lead)


def unsure(sentence: str, subject: str | None) -> bool:
    """Does the lead-in (its ``lead_sentence``) give its speech verb a subject the reader cannot pin down: a pronoun
    in a sentence that names someone ("Petrova attacked Halvorsen after he said", "After meeting Petrova, she
    said"), or a name joined to another by "and" or "or" ("Petrova and Halvorsen said": whichever said the words,
    the other did not; "Did Petrova or Halvorsen say": either)?"""
    verbs = list(CLAIM_VERB.finditer(sentence))
    return bool(verbs) and _unsure_subject(sentence[:verbs[-1].start()], subject)


def _unsure_subject(before: str, subject: str | None) -> bool:
    """``unsure`` on the words before the speech verb, with the subject read from them."""
    words = _WORD.findall(before)
    while words and words[-1].lower() in _BEFORE_VERB:
        words = words[:-1]
    if subject is None:
        return bool(words) and words[-1].lower() in ("he", "she", "they") \
            and any(_capitalised(w) and not _function_word(w) for w in words[:-1])
    at = before.rfind(subject)
    return at > 0 and bool(re.search(rf"[A-Z][\w'’.-]*,?\s+(?:and|&|or)\s+(?:{_HEDGES}\s+)?$", before[:at]))


# Words that offer a name as a guess after "or": "Petrova, or maybe Halvorsen, said", "— Petrova (or was it Halvorsen?)".
_HEDGES = r"(?:maybe|perhaps|possibly|probably|was\s+it|is\s+it|even)"
_ALTERNATIVE_AFTER = re.compile(rf"^[\s,?]*\(?\s*(?i:and|&|or)\s+(?i:{_HEDGES}\s+)?[A-Z][\w'’-]")  # a name, not "I"


def offers_alternative(tail: str, speaker: str | None) -> bool:
    """Does the tail that names ``speaker`` go on to offer someone else too: ``"…" — Petrova or Halvorsen``,
    ``"…" — Petrova, or maybe Halvorsen``, ``"…" — Petrova? Or Halvorsen?``, ``"…" — Petrova and Halvorsen``? Then the
    message credits neither with confidence, as ``unsure`` reads "Petrova or Halvorsen said"."""
    if not speaker:
        return False
    at = tail.find(speaker)
    return at >= 0 and bool(_ALTERNATIVE_AFTER.match(tail[at + len(speaker):]))


def find_claims(message: str | None) -> list[Claim]:
    """Every claimed quotation in ``message`` (at most ``MAX_CLAIMS``), each with its claimed speaker."""
    if not message or not isinstance(message, str):
        return []
    text = message[:MAX_INPUT_CHARS].strip()
    if not re.search(r"\w", text):
        return []
    spans = [(s, e) for s, e in quoted_spans(text) if len(re.findall(r"\w+", text[s:e])) >= MIN_CLAIM_WORDS]
    if not spans:
        return [_with_occasion(_unmarked(" ".join(text.split())))]
    claims: list[Claim] = []
    for k, (s, e) in enumerate(spans[:MAX_CLAIMS]):
        lead = text[(spans[k - 1][1] + 1) if k else 0: max(0, s - 1)]
        tail = text[e + 1: spans[k + 1][0] - 1 if k + 1 < len(spans) else len(text)]
        sentence = lead_sentence(lead)
        before, after = _speaker_before(sentence), _speaker_after(tail)
        if before is None and after is None and claims and continues(lead):
            before = claims[-1].speaker  # 'X said "…" and that "…"', 'X: "…" And: "…"': the same speaker
        elif before is None and after is None and not _offers_another(lead, tail):
            before = _opened_by_according(sentence)  # 'According to X, the quay was "…"'
        # a name typed in lower case yields to a capitalised one on the other side ('lol: "…" — Reed')
        speaker = after if casual(before) and after and not casual(after) else before or after
        doubt = (after is None and unsure(sentence, before)) or (before is None and offers_alternative(tail, after))
        words = " ".join(text[s:e].split())
        claims.append(Claim(text=words.strip(), speaker=None if doubt else speaker, unsure=doubt,
                            asked=speaker is not None and speaker == after and asked_after(tail)))
    for k in range(len(claims) - 2, -1, -1):  # '"…" and "…" — X': the first goes on into the second, X's too
        between = text[spans[k][1] + 1: spans[k + 1][0] - 1]
        if claims[k].speaker is None and not claims[k].unsure and claims[k + 1].speaker and continues(between):
            claims[k] = Claim(text=claims[k].text, speaker=claims[k + 1].speaker)
    return claims
