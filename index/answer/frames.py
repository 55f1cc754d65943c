"""Who the words right around a quotation credit it to: its frame ("X said:", "…," X said, "…," he said).

The quote checker inherits the extractor's attributions, and an extractor is
wrong or silent on a share of them: a quotation left unnamed because its
speaker is a description ("the Dean said:"), a second quotation that
continues the first with no attribution of its own, or a "he said" resolved
to the wrong person. Before calling a claim verbatim or accusing someone
else, the checker reads the frame itself, the way a reader checks: the words
that introduce the quotation in its own sentence, or that follow it after a
comma. News text puts a quotation's attribution there and nowhere else, so a
frame is strong evidence for or against a claimed speaker; a pronoun frame
says only that the speaker was named *before* the quotation.

This module only reads text; deciding a verdict is ``check``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.answer.claims import SPEECH_VERB, SPEECH_VERBS
from index.answer.wording import ARTICLES
from index.extract.given_names import is_given_name
from index.extract.irregular import lemma_of
from index.extract.names import ADDRESS_WORDS, SURNAME_PARTICLES, TITLE_MODIFIERS, is_role

PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})
_LEAD_CHARS = 240  # how far back in the paragraph a quotation's introduction is looked for
_TAIL_CHARS = 160
_CHAIN = 3  # quotations that continue one another with nothing between them share its frame
_CHAIN_GAP = re.compile(r"^[\s.,;:!?…\"“”'‘’«»„-]*$")

_ADVERB_WORDS = r"also|later|then|once|earlier|previously|recently|simply|again|has|had|have|was|is"
_ADVERBS = rf"(?:(?:{_ADVERB_WORDS})\s+)*"
# what may follow the speech verb of an introduction: "said:", "said that", "told reporters:", "told Mr
# Bond:" (an addressee only before a colon or comma: "saying his "intention …"" quotes mid-phrase)
# (what the words were said of may run longer than an addressee: "A critic once said of Dame Alicia Markova's dancing:")
_AFTER_LEAD_VERB = re.compile(r"(?:\s+that)?\s*[:,]?\s*|\s+(?:[\w'’.]+\s+){0,3}?[\w'’.]+\s*[:,]\s*"
                              r"|\s+of\s+(?:[\w'’.]+\s+){0,5}?[\w'’.]+\s*:\s*")
LEADING_CONNECTORS = re.compile(r"^(?:(?:and|but|so|yet|then|also|meanwhile|however|now)\b[\s,]*)+", re.IGNORECASE)
_RELATIVE = re.compile(r"^(?:who|which|whose|whom)\b", re.IGNORECASE)
_MAX_WHO_WORDS = 10
_TRAILING_ADVERBS = re.compile(rf"(?:\s+(?:{_ADVERB_WORDS}))+$|,\s*$", re.IGNORECASE)
_CLAUSE_OPENER = re.compile(r"^.*\b(?:that|who|which|when|as|after|before|while)\s+", re.IGNORECASE)
# ", he said", ", said Mr Stahl", ", Castell told the BBC" (after a quotation that ends with , ? or !)
_TAIL_PRONOUN = re.compile(rf"^\s*(?P<who>he|she|they|it|I|we)\s+{_ADVERBS}(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_TAIL_VERB_FIRST = re.compile(rf"^\s*(?:{SPEECH_VERBS})\s+(?P<who>[^\"“”«».,;!?]{{1,100}}?)\s*(?:[.,;!?\"“]|$)",
                              re.IGNORECASE)
_TAIL_NAME_FIRST = re.compile(
    rf"^\s*(?P<who>[^\"“”«».;!?]{{1,100}}?)\s*,?\s+{_ADVERBS}(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_OPENS_ATTRIBUTION = re.compile(r"[,?!…—–-]\s*$")
# when the words were said, after the speaker a tail names ("said Murray on Monday", "said Ms Lee yesterday"): not
# part of who
# ("on Sunday" is left: papers are named so, "the Mail on Sunday", "Scotland on Sunday")
_WHEN_AFTER = re.compile(r"\s+(?:(?:on|last|this|next|late\s+on|early\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|night|week|weekend|month|year)|(?:last|this|next)\s+Sunday|yesterday|today|tonight|"
                         r"earlier|later|afterwards)\b")


@dataclass(frozen=True)
class Frame:
    """Who a quotation's own sentence credits it to: ``who`` as written ("the Dean", "he"),
    and whether it came from an earlier quotation that this one continues (``chained``)."""

    who: str
    chained: bool = False

    @property
    def pronoun(self) -> bool:
        return self.who.strip().lower() in PRONOUNS


def _sentence_lead(text: str, para_start: int, at: int) -> str:
    """The words of the quotation's own sentence before its opening mark (at most ``_LEAD_CHARS``)."""
    lead = text[max(para_start, at - _LEAD_CHARS):at]
    lead = lead.rstrip().rstrip("\"“„«'‘").rstrip()
    if lead.endswith((".", "!", "?", "…")):
        return ""  # the quotation opens a sentence of its own: the one before is not its introduction
    body = lead.rstrip(" :,")
    cut = max(body.rfind(". "), body.rfind("! "), body.rfind("? "), body.rfind("\n"), body.rfind("\" "),
              body.rfind("” "), body.rfind(": "))  # an earlier colon ends another introduction
    return lead[cut + 1:].strip() if cut >= 0 else lead.strip()


def _who_of_lead(lead: str) -> str | None:
    """Who an introduction names: the subject of its last speech verb that nothing but an addressee, a
    "that" or a colon follows ("Mr Pratt's book claimed that Mr Bell told Mr Bond:" → "Mr Bell")."""
    for m in reversed(list(SPEECH_VERB.finditer(lead))):
        if not _AFTER_LEAD_VERB.fullmatch(lead[m.end():]):
            continue
        if m.group(0).lower().endswith("ing"):
            return _subject(lead[:m.start()])  # "X paid tribute to Y, saying:": the speaker is the clause's subject
        who = _TRAILING_ADVERBS.sub("", lead[:m.start()].rstrip())
        comma = lead[:m.start()].rstrip().endswith(",")
        parts = [p.strip() for p in who.split(",") if p.strip()]
        # "Tessa Cole, the shadow secretary, said:" keeps the name and its apposition; "Writing in
        # the Courier, the Dean said:" keeps only the subject; "Dallamore, who called time …, said:"
        # leaves out the relative clause.
        parts = parts[-2:] if comma and len(parts) >= 2 else parts[-1:]
        if len(parts) == 2 and not (_apposition(parts[1]) or _second_subject(parts[1]) or _naming_aside(parts[1])):
            parts = parts[:1]  # "Tomas Brandt, speaking after Mr Varga, said:": an aside, and Varga its object
        parts = [LEADING_CONNECTORS.sub("", _CLAUSE_OPENER.sub("", p)).strip() for p in parts if not _RELATIVE.match(p)]
        parts = [_after_fronted_clause(p) for p in parts if p]
        parts = [p for p in parts if p]
        if not parts or sum(len(p.split()) for p in parts) > _MAX_WHO_WORDS:
            return None
        return ", ".join(parts)
    return None


_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my"})


def _apposition(part: str) -> bool:
    """Can ``part``, set off by commas after a subject ("Tessa Cole, the shadow secretary, said"), be an apposition
    that says who the subject is: a noun phrase, opening with a capital, an article or a possessive, a role or a title
    word ("chief executive of Acme", "former minister"), or an age? An aside that opens otherwise ("speaking after Mr
    Varga", "in a statement", "answering Ms Dale") says when or how the subject spoke, and a name in it is its object,
    never the speaker."""
    first = part.split()[:1]
    if not first:
        return False
    word = first[0]
    low = word.lower()
    return word[:1].isupper() or word[:1].isdigit() or low in ARTICLES or low in _DETERMINERS or is_role(word) \
        or low in TITLE_MODIFIERS or not _opens_aside(part)


# Words that open an aside saying when, how or beside whom the subject spoke, never who the subject is
_ASIDE_OPENERS = frozenset("""in at on after before during with without like unlike than rather not for from to by
    alongside beside besides behind despite instead under over against amid among amongst through towards toward via
    as when while if though although because since until once or nor but who which whose whom where""".split())
_PARTICIPLE_LINKS = frozenset("by to with at about on in over for from after".split())


def _opens_aside(part: str) -> bool:
    """Does ``part``, set off by commas after a subject, open as an aside rather than a noun phrase: a preposition or
    conjunction ("in reply to Ms Dale", "like Mr Varga", "not Mr Varga", "and not Mr Varga"), an ``-ing`` word
    ("speaking after Mr Varga", "answering Ms Dale"), an ``-ly`` adverb ("visibly angry", "formerly Mr Varga's
    deputy"), or an ``-ed`` participle with its preposition ("backed by Mr Varga", "asked about Ms Dale")? Anything
    else may be a description of the subject that names them ("retired teacher Ann Dale", "mother-of-two Ann Dale"),
    and stays beside the subject as it did before asides were told apart."""
    words = part.lower().split()
    if not words:
        return False
    first = words[0]
    after = words[1] if len(words) > 1 else ""
    return first in _ASIDE_OPENERS or (first == "and" and after in ("not", "never")) or (len(first) > 4 and first.endswith(("ing", "ly"))) \
        or (first.endswith("ed") and after in _PARTICIPLE_LINKS)


_SECOND_SUBJECT = re.compile(r"^(?:and|then|as\s+well\s+as)\b(?!\s+not\b)", re.IGNORECASE)


def _second_subject(part: str) -> bool:
    """Is ``part``, set off by commas after a subject, a second subject joined to it ("Piet Varga, and later Tomas
    Brandt, said:", "Piet Varga, then Tomas Brandt, said:", "…, as well as Tomas Brandt, said:")? Both said the
    words, so it stays in the frame; "and not Mr Varga" denies it, and stays out."""
    return bool(_SECOND_SUBJECT.match(part.strip()))


_NAMING_ASIDE = re.compile(r"^(?:(?:later|since|now|locally|widely|formally|officially|also)\s+)?"
                           r"(?:named|identified|known|called|nicknamed|dubbed)\b(?:\s+[\w'’]+){0,4}?\s+as\s+[A-Z]")


def _naming_aside(part: str) -> bool:
    """Does ``part``, set off by commas after a subject, give the subject's name ("The driver, named by police as
    Tomas Brandt, said:", "A woman, known locally as Ann Dale, said:")? The name after "as" is who spoke, read as
    an apposition; "named by Mr Varga as his successor" names no one."""
    return bool(_NAMING_ASIDE.match(part.strip()))


def _after_fronted_clause(who: str) -> str | None:
    """The subject after a clause fronted without a comma: "before he left for Africa on Tuesday the chancellor told
    reporters:" leaves "he left for Africa on Tuesday the chancellor" once "before" is cut, and its speaker is the
    noun phrase that ends it, "the chancellor" — a clause opened by a pronoun and going on is not a name. Read from
    the end: the run of title and name words (capitalised words, role words, title modifiers) that ends it, with the
    article that opens it ("After she spoke Acme chief Jan Vale" → "Acme chief Jan Vale"); ``None`` when no such run
    ends it. A clause opened by a participle or an adverbial opener is read the same way ("Speaking at the London
    conference he" → "he", "Asked about the plan the chancellor" → "the chancellor"). Any other ``who`` is returned
    as it is."""
    words = who.split()
    if len(words) < 2 or not (words[0].lower() in PRONOUNS or _fronting_word(words[0], words[1])):
        return who
    k = len(words)
    while k > 1 and (words[k - 1][:1].isupper() or is_role(words[k - 1]) or words[k - 1].lower() in TITLE_MODIFIERS):
        k -= 1
    if k == len(words):
        return words[-1] if words[-1].lower() in PRONOUNS else None  # "after he left he said:"
    return " ".join(words[k - 1:] if words[k - 1].lower() in ARTICLES else words[k:])


def _fronting_word(word: str, following: str) -> bool:
    """Does ``word`` open a clause fronted before a subject ("Speaking", "Asked", "On", "After"): an adverbial opener, or
    a participle (``-ing``/``-ed``) written with a capital, as a sentence opens? Not a given name that only ends so
    ("Ahmed Hassan", "Alfred van Dorn"), nor a word that goes on into a particle, a role or "and" ("Reading manager
    Paul Clement", "Harding and Mr Brandt"): those open the subject itself, and cutting them would leave a bare
    surname that another person in the story may share."""
    low = word.lower()
    if not word[:1].isupper():
        return False
    if low in ADVERBIAL_OPENERS:
        return True
    after = following.lower()
    return bool(re.fullmatch(r"[a-z]{3,}(?:ing|ed)", low)) and not is_given_name(word) \
        and after not in SURNAME_PARTICLES | {"and", "or", "&"} and not is_role(following) and after not in TITLE_MODIFIERS


# Openings of a sentence that come before its subject: "On Tuesday, …", "Speaking in Leeds, …"
ADVERBIAL_OPENERS = frozenset("on in at after before during later earlier speaking asked writing last this "
                               "yesterday today meanwhile however".split())
_SUBJECT_LINKS = frozenset({"of", "the", "for"})  # inside a name or title: "the Dean of Lowford"


def _subject(clause: str) -> str | None:
    """The subject of the main clause that a participle ("…, saying:") hangs from: English leaves it out
    because it is the clause's own, "Party chairman Liam Ode derided the plan, saying:" → "Party chairman
    Liam Ode", "But Reed, who led the vote, hit back, saying:" → "Reed". The subject is the run of
    capitalised words and title words that opens the clause (after an opening adverbial); a clause that
    opens with anything else ("The government ruled it out, saying:") names nobody."""
    chunks = [c.strip() for c in LEADING_CONNECTORS.sub("", clause.strip()).split(",")]
    while len(chunks) > 1 and chunks[0].split()[:1] and chunks[0].split()[0].lower() in ADVERBIAL_OPENERS:
        chunks = chunks[1:]
    words = LEADING_CONNECTORS.sub("", chunks[0]).split() if chunks else []
    if _OWNED_ROLE.fullmatch(" ".join(words)) and is_role(words[-1]) and (name := _apposed_name(chunks)):
        return name  # "The country's finance minister, Andrei Voskov, said …": the role's owner is no name
    run: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        if not run and low == "the" and k + 1 < len(words) and (words[k + 1][:1].isupper() or is_role(words[k + 1])
                                                                 or words[k + 1].lower() in TITLE_MODIFIERS):
            run.append(w)  # "the Tory leader argued …": a described subject opens with its article
            continue
        if not (w[:1].isupper() or is_role(w) or low in TITLE_MODIFIERS or (run and low in _SUBJECT_LINKS)
                or _owned_noun_before_name(run, words, k) or _modifier_before_role(run, words, k)):
            break
        run.append(w)
    while run and run[-1].lower() in _SUBJECT_LINKS:
        run.pop()
    if run and len(run) == len(words) and is_role(run[-1]) and (name := _apposed_name(chunks)):
        return name  # "The club's chairman, Peter Hollins, said …": the name set off after the title is whom
    if not run or len(run) > _MAX_WHO_WORDS or (len(run) < len(words) and not words[len(run)][:1].islower()):
        return None
    who = " ".join(run)
    return who if (who[:1].isupper() or (run[0] == "the" and len(run) > 1)) \
        and (len(run) > 1 or run[0].lower() not in ("the", "a", "an")) else None


def _apposed_name(chunks: list[str]) -> str | None:
    """The name a clause sets off by commas right after its opening title ("…, Peter Hollins, said"), when it opens
    on a given name or a style, or is two words or more that its reporting verb follows ("…, Lowenna Trevanion,
    said"): whom the title describes."""
    if len(chunks) > 2 and _APPOSED_NAME.fullmatch(chunks[1]) \
            and (is_given_name(first := chunks[1].split()[0]) or first.rstrip(".").lower() in ADDRESS_WORDS
                 or (len(chunks[1].split()) > 1 and _SPEECH_OPENS.match(chunks[2]))):
        return chunks[1]
    return None


# the clause after an apposed name opening on its reporting verb ("The firm's managing director, Lowenna Trevanion,
# said …"): a name the given-name list does not know is still whom the title describes, when the title's holder is
# the one who speaks
_SPEECH_OPENS = re.compile(rf"(?:{SPEECH_VERBS})\b", re.IGNORECASE)


# a role owned by a common noun: "The country's finance minister", "the club's chairman"
_OWNED_ROLE = re.compile(r"[Tt]he\s+[a-z]+['’]s\s+(?:[a-z-]+\s+){0,3}[a-z-]+")
# a name of two to four capitalised words, after a style or not ("Peter Hollins", "Mr Tom Reed")
_APPOSED_NAME = re.compile(r"(?:[A-Z][a-z]{1,8}\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")


def _modifier_before_role(run: list[str], words: list[str], k: int) -> bool:
    """Is ``words[k]``, a lower-case word in a title, a modifier of the role word right after it: "Local government
    minister Fiona Carrodus said …" (the subject is the minister, never "Local"), "Linkwell's chief technology
    officer"; or the "and" between two roles of one person. One such word, then a role word, then a name or the
    title's end."""
    ahead = words[k:k + 3]
    if not run or not (run[-1][:1].isupper() or is_role(run[-1]) or run[-1].lower() in TITLE_MODIFIERS):
        return False
    if len(run) > 1 and run[-1][:1].isupper() and run[-2][:1].isupper() and not is_role(run[-2]):
        return False  # "Chairman Peter Hollins sacked manager Tom Reed": after a full name, a word is its verb
    if re.search(r"(?:ed|en)$", ahead[0]) or ahead[0] in lemma_of():
        return False  # "Pell named chief executive Owen Harte", "met council leader X": a verb, whose object it is
    if ahead[0] != "and" and (re.search(r"[^s]s$", ahead[0]) or re.search(r"[^s']s$", run[-1])):
        return False  # "Hale wants striker Sam Ebo", "Rovers sign striker Sam Ebo": a verb after its subject
    if ahead[0] == "and":  # "Redspire founder and chief executive Owen Brackley": two roles, one person
        return is_role(run[-1]) and len(ahead) > 1 and (is_role(ahead[1]) or ahead[1].lower() in TITLE_MODIFIERS)
    return len(ahead) > 1 and ahead[0].isalpha() and ahead[0].islower() and is_role(ahead[1]) \
        and (len(ahead) == 2 or ahead[2][:1].isupper() or is_role(ahead[2]))


def _owned_noun_before_name(run: list[str], words: list[str], k: int) -> bool:
    """Is ``words[k]``, a lower-case word after a possessive in the subject read so far, the noun it owns before
    the name that heads the subject: "Wenger's Bayern counterpart Felix Magath was …" (the subject is Magath, whom
    "Wenger's … counterpart" describes, never Wenger)? Up to two such words, then a capitalised one."""
    if not any(w.endswith(("'s", "’s")) for w in run):
        return False
    ahead = words[k:k + 3]
    at = next((j for j, w in enumerate(ahead) if w[:1].isupper()), None)
    return at is not None and at > 0 and all(w[:1].islower() and w.isalpha() for w in ahead[:at])


def own_frame(text: str, para_start: int, para_end: int, start: int, end: int) -> Frame | None:
    """The frame of the quotation ``text[start:end]`` (the words inside its marks), if its sentence has one."""
    lead = _sentence_lead(text, para_start, start - 1 if start > 0 else start)
    who = _who_of_lead(lead) if lead else None
    if who:
        return Frame(who=who)
    quoted = text[start:end].rstrip()
    tail = text[end:min(para_end, end + _TAIL_CHARS)]
    tail = tail.lstrip("\"”»“'’")
    if not (_OPENS_ATTRIBUTION.search(quoted) or tail.lstrip().startswith(",")):
        return None  # the quotation ends its sentence: what follows is a new one, not its attribution
    tail = tail.lstrip(" ,")
    for pattern in (_TAIL_PRONOUN, _TAIL_VERB_FIRST, _TAIL_NAME_FIRST):
        m = pattern.match(tail)
        if m:
            who = m.group("who")
            when = _WHEN_AFTER.search(who) if pattern is _TAIL_VERB_FIRST else None
            if when is not None and not re.search(r"[A-Z]", who[when.end():]):
                who = who[:when.start()]  # (never "Independent on Sunday editor Tristan Davies": a paper's name)
            parts = [LEADING_CONNECTORS.sub("", p).strip() for p in who.split(",")]
            parts = [p for p in parts if p and not _RELATIVE.match(p)]
            if parts and sum(len(p.split()) for p in parts) <= _MAX_WHO_WORDS:
                return Frame(who=", ".join(parts))
            return None
    return None


def frame_of(text: str, para_start: int, para_end: int, start: int, end: int,
             earlier: list[tuple[int, int]]) -> Frame | None:
    """The quotation's own frame, or else that of the quotation it continues: one that ends just before
    it, nothing but marks and punctuation between ("…welcome to wave at. "The line is …"").
    ``earlier`` are the (start, end) of the paragraph's quotations before this one."""
    frame = own_frame(text, para_start, para_end, start, end)
    if frame is not None:
        return frame
    links = chain(text, start, earlier)
    for s, e in links:
        frame = own_frame(text, para_start, para_end, s, e)
        if frame is not None:
            return Frame(who=frame.who, chained=True)
    if len(links) == _CHAIN:
        return None  # followed as far back as a chain goes
    return after_attribution(text, para_start, para_end, earlier, links[-1][0] if links else start)


_ATTRIBUTION_SENTENCE = re.compile(r"^[\s\"”’',]*[^.!?\"“”«»]{1,100}[.]\s*[\"“‘«]?\s*$")


def after_attribution(text: str, para_start: int, para_end: int, earlier: list[tuple[int, int]],
                      start: int) -> Frame | None:
    """The frame of a quotation that opens the sentence right after another quotation's attribution:
    '"It is not true," Arnesen told the radio. "There is only one thing …"' — news writes the speaker once,
    after the first sentence, and the next quotation goes on in their voice. Only when the words between are
    that attribution alone (one short sentence naming who spoke), never across other narration."""
    prev = [(s, e) for s, e in earlier if e <= start]
    if not prev:
        return None
    s, e = prev[-1]
    gap = text[e:start]
    if not _ATTRIBUTION_SENTENCE.match(gap) or not SPEECH_VERB.search(gap):
        return None
    frame = own_frame(text, para_start, para_end, s, e)
    if frame is None or frame.pronoun or frame.who not in gap:
        return None
    return Frame(who=frame.who, chained=True)


def chain(text: str, start: int, earlier: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations (start, end) that the one at ``start`` continues, nearest first: each ends just before
    the next with nothing but marks and punctuation between ('…malarkey. "Posters done …'), as ``frame_of``
    reads them. ``earlier`` are the paragraph's quotations before it."""
    out: list[tuple[int, int]] = []
    for _ in range(_CHAIN):
        prev = [(s, e) for s, e in earlier if e <= start and _CHAIN_GAP.match(text[e:start])]
        if not prev:
            break
        out.append(prev[-1])
        start = prev[-1][0]
    return out


# what may follow a paragraph's last quotation for the next paragraph to go on in its voice: nothing, or its
# attribution ('," said the Tottenham striker.')
_TAIL_ONLY = re.compile(rf"^[\s\"”’',]*(?:[^.!?\"“”«»]{{0,80}}\b(?:{SPEECH_VERBS})\b[^.!?\"“”«»]{{0,80}})?[.!?]?[\s\"”’']*$",
                        re.IGNORECASE)


def opens_after(text: str, para_start: int, start: int, last_end: int, previous_end: int) -> bool:
    """Does the quotation at ``start`` open its paragraph right after a paragraph that ends with a quotation
    (ending at ``last_end``; the paragraph at ``previous_end``) and at most that quotation's attribution? News
    goes on in the same voice: '"It was great play," said the striker.' ¶ '"I always try to …"'."""
    return bool(_CHAIN_GAP.match(text[para_start:start]) and _TAIL_ONLY.match(text[last_end:previous_end]))


_BLOCK_INTRO = re.compile(rf"\b(?:{SPEECH_VERBS})\b[^\n]*:\s*$", re.IGNORECASE)


def introduces_block(previous_paragraph: str) -> bool:
    """Does this paragraph introduce the next as a block quotation, without marks? It reports speech
    and ends with a colon (a reference marker like "[17]" may sit before it): "In a speech in
    September the secretary general stated … policy [17]:"."""
    return bool(_BLOCK_INTRO.search(previous_paragraph.rstrip()))


# Where a sentence ends and the next begins: a full stop, "!" or "?" (a closing mark may follow) before a capital.
# Not an ellipsis ("Later... With Jools Holland" goes on), and not after "Mr", "Dr", "St" or an initial.
_NEXT_SENTENCE = re.compile(r"(?<![.…])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")
_ANTECEDENT_SENTENCES = 5  # sentences read back through "she … . She … ." to the one naming her
# capitalised words that open a sentence but not its subject ("With Jools Holland, booked …" is no subject)
_NOT_SUBJECTS = frozenset("with without for from by of to as like unlike despite among under following according "
                          "while when if although though because since until".split())
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def pronoun_referent(text: str, lo: int, at: int, pronoun: str) -> str | None:
    """Who a "he"/"she" that attributes the quotation opening at ``at`` points back to, read as news writes it: the
    subject of the sentence before the quotation's own ('But Clooney accused O'Reilly …. He urged O'Reilly …, adding
    in a letter: "…"' → "Clooney"), read back through sentences whose subject is the same pronoun ('Former minister
    Clare Short … said …. She told the BBC …. ¶ "…," she said.'). ``lo`` is where the text may be read from (the
    start of the paragraph before). ``None`` unless the pronoun is the subject of its own sentence (or the quotation
    opens it) and every sentence read back opens with a subject: a sentence that opens otherwise ("The controversial
    issue was …", "With …") may name anyone, so no antecedent is guessed past it."""
    pronoun = pronoun.strip().lower()
    if pronoun not in ("he", "she"):
        return None
    starts = _sentence_starts(text, lo, at)
    own = _QUOTED.sub(" ", text[starts[-1]:at]).strip(" \"“‘'\n")
    if own:
        opener = past_fronted(own).split()
        if not opener or opener[0].lower() != pronoun:
            return None  # "Smith met Jones and he said:": the pronoun is not the subject of its sentence
    read = 0
    for k in range(len(starts) - 1, 0, -1):
        who = _sentence_speaker(text, starts[k - 1], starts[k])
        if who is None:
            return None
        if who == "":
            continue  # quoted words alone go on in the voice before them, and name nobody
        read += 1
        if read > _ANTECEDENT_SENTENCES:
            return None
        if who.lower() == pronoun:
            continue  # "She told the BBC …": the same person, named further back
        if who.split()[0].lower() in PRONOUNS:
            return None  # another pronoun ("He" before "she said"): someone else, unnamed here
        return who
    return None


_OPENING_QUOTE = re.compile(r"^\s*[\"“]([^\"“”]*)[\"”]")
_MARK = re.compile(r"[\"“”]")


def _sentence_starts(text: str, lo: int, at: int) -> list[int]:
    """Where the sentences between ``lo`` and ``at`` begin (``lo`` first). A full stop inside a quotation ends no
    sentence of the narration: in 'the prime minister said: "I am an issue. Whoever leads will be." He added:' the
    words after "issue." are still the prime minister's, not a sentence whose subject is "Whoever". Inside means: in
    the same paragraph, an opening mark is the last before it and a closing mark the first after it (news opens
    each paragraph, and often each sentence, of a long quotation anew without closing the one before)."""
    def inside(k: int) -> bool:
        start, end = text.rfind("\n", lo, k) + 1, text.find("\n", k, at)
        before = [m for m in _MARK.finditer(text, max(lo, start), k)]
        after = _MARK.search(text, k, at if end < 0 else end)
        return bool(before) and _opening(text, before[-1].start()) and after is not None \
            and not _opening(text, after.start())
    return [lo, *(m.end() for m in _NEXT_SENTENCE.finditer(text, lo, min(len(text), at + 2))
                  if m.end() <= at and not inside(m.end()))]


def _opening(text: str, i: int) -> bool:
    """Does the quotation mark at ``i`` open a quotation (a curly opening mark, or a straight one after a space, a
    bracket or the start of a line) rather than close one?"""
    if text[i] in "“”":
        return text[i] == "“"
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "(["


def _sentence_speaker(text: str, a: int, b: int) -> str | None:
    """Who the sentence ``text[a:b]`` is about, as ``pronoun_referent`` reads it: its subject, or, when it opens
    with a quotation, who the attribution after it names ('"…," Greer said.' → "Greer"), and "" when it is quoted
    words alone. Past a clause fronted before its subject ("Asked about it, he said …"), and a sentence that ends by
    crediting its words to a pronoun ("…, he said.") is that pronoun's. ``None`` when it opens with anything else (a
    preposition, a lower-case word) or a fronted clause with a subject of its own."""
    sentence = text[a:b]
    quoted = _OPENING_QUOTE.match(sentence)
    if quoted:
        frame = own_frame(text, a, b, a + quoted.start(1), a + quoted.end(1))
        if frame is None and not sentence[quoted.end():].strip(" \"“”'’\n"):
            return ""  # a sentence of quoted words alone, unattributed: it goes on in the voice before, naming nobody
        return frame.who if frame is not None else None
    sentence = sentence.strip()
    main = past_fronted(sentence)
    first = main.split()[:1]
    if first and first[0].lower() in ("he", "she"):
        if main != LEADING_CONNECTORS.sub("", sentence) and _own_subject(sentence, main) not in (None, first[0].lower()):
            return None  # "When 50 Cent appeared later, he said …": "he" may be the one the fronted clause names
        return first[0]  # "Opening his defence, he said …": the pronoun after the fronted clause is the subject
    # (a participle opens a clause, but "Managing director Petra Lindqvist said" opens on a title: a role word follows)
    second = main.split()[1:2]
    if not first or first[0].lower() in _NOT_SUBJECTS or (re.search(r"(?:ing|ed),?$", first[0].lower())
                                                           and not (second and is_role(second[0]))
                                                           and not named_subject_opens(first[0], second)):
        return _pronoun_attribution(sentence)  # "Launching the campaign, …" with no subject after it
    return _subject(main) or _pronoun_attribution(sentence)


def named_subject_opens(first: str, second: list[str]) -> bool:
    """Whether a capitalised first word ending like a participle is a name opening its subject: "Red Kite's founder
    … said", "Manning said", "Alfred told" (a participle opens its clause: "Speaking to the BBC", "Asked whether …",
    "Praising Tom Reade for …"). The next word tells: a reporting verb right after it, or the possessive of the name
    it begins ("Red Kite's"); a capital alone only after a word too short to be a participle ("Red", "Ted")."""
    if first.endswith(","):
        return False
    if re.search(r"['’]s$", first):
        return True
    nxt = second[0] if second else ""
    # ("Praising Tom Reade for …", "Succeeding Gary Maddern was …", "During Mr Pellow's speech": a participle or a
    # preposition before a capitalised object; only a name's own possessive after it, or a name too short for a
    # participle, opens a subject)
    return bool(nxt) and (bool(re.fullmatch(rf"(?:{SPEECH_VERBS})", nxt, re.IGNORECASE))
                          or (nxt[:1].isupper() and (bool(re.search(r"['’]s$", nxt)) or len(first) <= 4)))


def _own_subject(sentence: str, main: str) -> str | None:
    """The subject of a clause fronted before ``main`` when a subordinating word opens it ("When 50 Cent appeared
    …," → "50 Cent", "As he left," → "he"), lower-cased for a pronoun; ``None`` for a participle or an adverbial
    ("Opening his defence,", "On Sunday,"), which have none, or when its subject is no name or pronoun."""
    fronted = LEADING_CONNECTORS.sub("", sentence.strip())[:-len(main)] if main else ""
    words = fronted.split()
    if not words or words[0].lower() not in _FRONTING or len(words) < 2:
        return None
    if words[1].lower() in PRONOUNS:
        return words[1].lower()
    return _subject(" ".join(words[1:])) or ("someone" if words[1][:1].isupper() or words[1][:1].isdigit() else None)


# Words that open a clause fronted before a sentence's subject and set off by a comma: "As sales fell, West said".
_FRONTING = frozenset("as while when whenever if although though because since until after before once".split())


def past_fronted(sentence: str) -> str:
    """``sentence`` from its subject on, past a clause fronted before it and set off by a comma: "Asked whether it
    was realistic, he said:" → "he said:", "Speaking to the BBC on Sunday, Mr Kennedy said …" → "Mr Kennedy said
    …", "As their success grew, West announced …" → "West announced …". A fronted clause opens with a participle
    ("Asked", "Speaking"), a subordinating word ("As", "While", "After") or an adverbial opener ("On Tuesday");
    its own commas inside brackets do not end it. ``sentence`` (without leading connectors) when none opens it, or
    no comma ends it."""
    body = LEADING_CONNECTORS.sub("", sentence.strip())
    first = body.split()[:1]
    low = first[0].lower().rstrip(",") if first else ""
    if not (low in _FRONTING or low in ADVERBIAL_OPENERS or re.fullmatch(r"[a-z]{3,}(?:ing|ed)", low)):
        return body
    depth = 0
    for i, ch in enumerate(body):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            return body[i + 1:].strip()
    return body


_PRONOUN_ATTRIBUTION = re.compile(rf"[,—–-]\s*[\"”’']?\s*(?P<who>he|she)\s+{_ADVERBS}(?:{SPEECH_VERBS})\b[^.!?\"“”]*"
                                  r"[.!?][\"”’']?\s*$", re.IGNORECASE)


def _pronoun_attribution(sentence: str) -> str | None:
    """The "he"/"she" a sentence ends by crediting its words to ("The sale had been badly handled, he said."): the
    sentence reports that person's speech, so a "he said" read back through it points past it to the same one."""
    m = _PRONOUN_ATTRIBUTION.search(sentence)
    return m.group("who") if m else None


def sentence_subjects(text: str, lo: int, hi: int) -> list[tuple[int, str | None]]:
    """Each sentence of ``text[lo:hi]`` (where it starts) with who it is about, as ``pronoun_referent`` reads a
    sentence (``None``: no subject read, "": quoted words alone)."""
    starts = _sentence_starts(text, lo, hi)
    return [(a, _sentence_speaker(text, a, b)) for a, b in zip(starts, [*starts[1:], hi], strict=True) if a < b]


def voice_before(text: str, lo: int, at: int) -> str | None:
    """Who a quotation with no attribution of its own, opening its sentence at ``at``, goes on in the voice of: the
    speaker of the sentence right before when that sentence reports speech ('She also said that her fellow housemates
    had "agendas". ¶ "I had no idea …"'), read back as ``pronoun_referent`` reads a "she". ``None`` when the
    sentence before reports no speech or names no one this way."""
    starts = _sentence_starts(text, lo, at)
    if len(starts) < 2 or text[starts[-1]:at].strip(" \"“‘'\n"):
        return None  # the quotation does not open its sentence, or nothing comes before it
    sentence = text[starts[-2]:starts[-1]]
    if not SPEECH_VERB.search(_QUOTED.sub(" ", sentence)) and not _OPENING_QUOTE.match(sentence):
        return None
    who = _sentence_speaker(text, starts[-2], starts[-1])
    if not who or who.split()[0].lower() in PRONOUNS - {"he", "she"}:
        return None
    if who.lower() in ("he", "she"):
        return pronoun_referent(text, lo, starts[-2], who)
    return who
