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

MAX_CLAIMS = 5
MAX_INPUT_CHARS = 4000
MIN_CLAIM_WORDS = 2

# Opening mark → closing marks. Double marks are looked for first; single ones only
# outside them (so 'urban legends' inside a double-quoted claim stays part of it).
DOUBLE_MARKS: dict[str, str] = {"“": "”\"", "„": "“”\"", "«": "»", "»": "«", "「": "」", "『": "』", "\"": "\"”“"}
SINGLE_MARKS: dict[str, str] = {"‘": "’'", "‚": "‘’", "‹": "›", "›": "‹", "'": "'’"}

# Shared with ``frames`` and ``check``: one list of speech verbs for reading claims and quotation frames alike.
SPEECH_VERBS = (
    r"said|says|say|saying|told|tells|tell|added|adds|declared|declares|admitted|admits|wrote|writes|write|"
    r"called|calls|described|describes|insisted|insists|claimed|claims|claim|warned|warns|stated|states|announced|"
    r"announces|argued|argues|remarked|replied|explained|explains|noted|notes|tweeted|posted|quipped|joked|"
    r"insisted|conceded|concedes|stressed|stresses|promised|promises|believes|believe|thinks|think|thought|"
    r"suggested|suggests|asked|asks|continued|went on|put it|puts it|was quoted as saying|is quoted as saying"
)
SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_CONNECTORS = re.compile(
    r"^(?:(?:and|but|as|then|so|while|also|did|does|do|has|have|had|was|is|when|after|before|yes|no|"
    r"apparently|reportedly|allegedly|really|actually|once|famously|here|here's|what)\b[\s,]*)+",
    re.IGNORECASE)
_ADVERBS = re.compile(r"\s+(?:really|actually|ever|once|also|reportedly|allegedly|famously|apparently|"
                      r"just|then|later|publicly|recently)$", re.IGNORECASE)
_PRONOUNS = frozenset("i you he she it we they this that there who someone somebody people everyone one".split())
_ROLE_WORDS = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|chief|head|boss|president|minister|secretary|director|"
    r"chairman|chairwoman|chair|leader|manager|coach|executive|analyst|economist|official|expert|"
    r"professor|editor|adviser|advisor|founder|captain|ambassador|envoy|general|governor|mayor|"
    r"senator|correspondent|reporter|researcher|consultant|partner|owner)\b", re.IGNORECASE)
_CAPITALISED_RUN = re.compile(r"(?:\b(?:[A-Z][\w’'.-]*|de|van|von|der|da|al|bin|la|le)\s+)*[A-Z][\w’'.-]*$")


@dataclass(frozen=True)
class Claim:
    """The claimed words as written, and who they are credited to (as written), if anyone."""

    text: str
    speaker: str | None = None


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


def clean_speaker(phrase: str | None) -> str | None:
    """The name part of a lead-in phrase: "and Halvorsen" → "Halvorsen",
    "KNVB spokesman Frank Huizinga" → "Frank Huizinga", "Peter Williams of the CML" → "Peter Williams"."""
    if not phrase:
        return None
    text = re.split(r"[.;!?\n]|,\s", phrase)[-1]
    text = _CONNECTORS.sub("", text.strip(" \t,:;—–-\"'“”‘’«»")).strip()
    text = _ADVERBS.sub("", text).strip()
    text = re.sub(r"^(?:according\s+to|as|(?:a\s+)?quotes?\s+(?:from|by)|quoting)\s+", "", text, flags=re.IGNORECASE).strip()
    text = re.sub(r"['’]s?\s+(?:words?|quotes?|line|comments?|remarks?|statement|message|take)$", "", text,
                  flags=re.IGNORECASE).strip()
    if not text or len(text.split()) > 8 or text.lower() in _PRONOUNS:
        return None
    text = _without_topic(text)
    words = text.split()
    # "Mikko Hypponen of F-Secure": a full name before "of" is the speaker ("the Bishop of Durham" stays whole)
    of = re.search(r"\s+of\s+", text)
    if of:
        head = text[:of.start()]
        if sum(w[:1].isupper() for w in head.split()) >= 2 and not _ROLE_WORDS.search(head):
            text = head
    # "KNVB spokesman Frank Huizinga": the name after a role word
    role = list(_ROLE_WORDS.finditer(text))
    if role:
        tail = text[role[-1].end():].strip(" ,")
        if tail and (run := _CAPITALISED_RUN.search(tail)) and run.group(0) == tail and len(tail.split()) >= 2:
            text = tail
    words = text.split()
    if not words or not (words[0][:1].isupper() or words[0].lower() in ("the", "a", "an") or _casual(text)):
        return None
    return text


def _casual(text: str) -> bool:
    """A name typed all in lower case, as people do in chat ("robben: "…"", "— gordon brown"): one to
    three words of letters. It counts as a claimed speaker only when it names someone the sources know
    (see ``casual``); "lol", "my mate" or "fact" name nobody."""
    words = text.split()
    return 0 < len(words) <= 3 and all(re.fullmatch(r"[a-z][a-z'’-]*", w) for w in words) \
        and words[0] not in _PRONOUNS


def casual(speaker: str | None) -> bool:
    """Is this claimed speaker a name typed in lower case (to be dropped unless the sources know it)?"""
    return bool(speaker) and not speaker[:1].isupper() and speaker.split()[0] not in ("the", "a", "an")


_TOPIC = re.compile(r"\s+(?:on|about|regarding|discussing)\s+\S.*$", re.IGNORECASE)


def _without_topic(text: str) -> str:
    """A claimed speaker without the topic people add after it: "Ferguson on Van Nistelrooy" → "Ferguson",
    "the minister on the budget" → "the minister". Only after a name or a role word, so "Commission on
    Human Rights" (no name, no role before "on") is left whole."""
    m = _TOPIC.search(text)
    if not m:
        return text
    head = text[:m.start()].split()
    if head and (head[-1][:1].isupper() or _ROLE_WORDS.search(head[-1])):
        return text[:m.start()]
    return text


def _speaker_before(lead: str) -> str | None:
    """Who a lead-in credits: "Name:", "Name said", "As Name put it:", "Did Name really say"."""
    lead = lead.rstrip()
    if not lead:
        return None
    verbs = list(SPEECH_VERB.finditer(lead))
    if verbs:
        verb = verbs[-1]
        # "Carter told Webb:" → Carter; "Moreau called the council" → Moreau
        return clean_speaker(lead[:verb.start()])
    if lead.endswith(":"):
        speaker = clean_speaker(lead[:-1])
        return _without_verb_phrase(speaker) if speaker else None
    dash = _BEFORE_DASH.search(lead)
    if dash:  # "…; Orlov — "…"": in a list of quotations, the name before a dash is the next one's speaker
        return clean_speaker(lead[:dash.start()].rsplit(":", 1)[-1])
    return None


_BEFORE_DASH = re.compile(r"\s*(?:—|–|--|-|~)$")
# "Kevin Campbell hit back", "Reed fired back at critics": a name and then a verb phrase in lower case
_NAME_THEN_VERB = re.compile(r"^(?P<name>(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)\s+(?P<verb>[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3})$")


def _without_verb_phrase(phrase: str) -> str:
    """A name before a colon without the verb phrase people write between them: "Kevin Campbell hit back:" →
    "Kevin Campbell", "Reed fired back at critics:" → "Reed" (the words before a colon are who speaks and
    how). Not when the lower-case words are a role ("Acme spokesman") or an "of" phrase ("Bishop of Lowford")."""
    last = _CONNECTORS.sub("", re.split(r"[.;!?\n]|,\s", phrase)[-1].strip())
    m = _NAME_THEN_VERB.match(last)
    if not m or _ROLE_WORDS.search(m.group("verb")) or m.group("verb").split()[0] in ("of", "and", "de", "van", "von"):
        return phrase
    return m.group("name")


_AFTER_DASH = re.compile(r"^\s*[,.]?\s*(?:—|–|--|-|~)\s*(?P<name>[^\n\"“”«»„]{1,80}?)\s*(?:[.;,!?)]|\n|$)")
_AFTER_PAREN = re.compile(r"^\s*[,.]?\s*\(\s*(?:[—–~-]\s*)?(?P<name>[^()\n\"“”«»„]{1,80}?)\s*\)")
_AFTER_SAID = re.compile(rf"^\s*[,.]?\s*(?:{SPEECH_VERBS})\s+(?P<name>[^\n\"“”«»„,.;]{{1,80}})", re.IGNORECASE)
_AFTER_NAME_SAID = re.compile(rf"^\s*,\s*(?P<name>[^\n\"“”«»„,.;]{{1,60}}?)\s+(?:{SPEECH_VERBS})\b", re.IGNORECASE)


def _speaker_after(tail: str) -> str | None:
    """Who a tail credits: ``— Name``, ``, said Name``, ``, Name said``."""
    for pattern in (_AFTER_DASH, _AFTER_PAREN, _AFTER_SAID, _AFTER_NAME_SAID):
        m = pattern.match(tail)
        if m:
            name = clean_speaker(m.group("name"))
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
_ACCORDING_TO = re.compile(r"^according\s+to\s+(?P<name>[^,]{1,80}),\s*(?P<claim>\S.*)$", re.IGNORECASE | re.DOTALL)


def _unmarked(text: str) -> Claim:
    """``Name said (that) …``, ``According to Name, …``, or just the words."""
    for pattern in (_ACCORDING_TO, _TOLD, _NAME_SAID_THAT):
        m = pattern.match(text)
        if m:
            name = clean_speaker(m.group("name"))
            claim = m.group("claim").strip()
            if name and len(claim.split()) >= MIN_CLAIM_WORDS:
                return Claim(text=_trim(claim), speaker=name)
    return Claim(text=_trim(text))


def _trim(text: str) -> str:
    return text.strip().strip("\"'“”‘’«»„‚‹›「」『』").strip()


def find_claims(message: str | None) -> list[Claim]:
    """Every claimed quotation in ``message`` (at most ``MAX_CLAIMS``), each with its claimed speaker."""
    if not message or not isinstance(message, str):
        return []
    text = message[:MAX_INPUT_CHARS].strip()
    if not re.search(r"\w", text):
        return []
    spans = [(s, e) for s, e in quoted_spans(text) if len(re.findall(r"\w+", text[s:e])) >= MIN_CLAIM_WORDS]
    if not spans:
        return [_unmarked(" ".join(text.split()))]
    claims: list[Claim] = []
    for k, (s, e) in enumerate(spans[:MAX_CLAIMS]):
        lead = text[(spans[k - 1][1] + 1) if k else 0: max(0, s - 1)]
        tail = text[e + 1: spans[k + 1][0] - 1 if k + 1 < len(spans) else len(text)]
        before, after = _speaker_before(lead), _speaker_after(tail)
        # a name typed in lower case yields to a capitalised one on the other side ('lol: "…" — Reed')
        speaker = after if casual(before) and after and not casual(after) else before or after
        words = " ".join(text[s:e].split())
        claims.append(Claim(text=words.strip(), speaker=speaker))
    return claims
