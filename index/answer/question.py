"""Understand a question before searching: what kind of answer, about whom, on what.

The engine answers a quote question ("what did Orlov say about Georgia?")
very differently from a "when" question, and it must never attribute words to
the wrong person, so the speaker is extracted exactly as the user wrote it
("the Russian president", "medvedv") and resolved later by the speaker
registry, which knows titles and tolerates typos. Questions arrive from Discord
and a shell, so anything can come in: the parser never raises and bounds the
work it does on very long input.
"""

from __future__ import annotations

import re
import unicodedata

from index.extract.lexicon import alternation
from index.models import Intent, ParsedQuestion

# Only the head of a very long message can be a question; the rest still feeds terms.
_MAX_PARSE_CHARS = 600
_MAX_TERMS = 48
_MAX_TERM_CHARS = 40  # longer "words" are noise (URLs, keyboard mashing) and bloat queries

STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been before
    being below between both but by can cannot could couldn't did didn't do does doesn't doing don't
    down during each few for from further had hadn't has hasn't have haven't having he he'd he'll
    he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is
    isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or
    other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't
    so some such than that that's the their theirs them themselves then there there's these they
    they'd they'll they're they've this those through to too under until up very was wasn't we we'd
    we'll we're we've were weren't what what's when when's where where's which while who who's whom
    why why's with won't would wouldn't you you'd you'll you're you've your yours yourself
    yourselves will shall may might must also just ever s t d ll re ve m
    whose whats whos wheres whens hows many much us
    """.split()
)
# Words that only frame a question; they would drag unrelated passages into a search.
QUESTION_SCAFFOLD: frozenset[str] = frozenset(
    """
    say said says saying tell told think thinks thought quote quotes quotation quotations word
    words comment comments remark remarks statement statements view views position stance opinion
    year years date day month happen happened please know show give find tell me anything
    regarding concerning according since long ago
    """.split()
)

_TYPOS: dict[str, str] = {
    "wat": "what", "wht": "what", "whta": "what", "waht": "what", "whaat": "what", "wut": "what",
    "wen": "when", "whn": "when", "wehn": "when", "hwen": "when",
    "hwo": "who", "woh": "who", "whos": "who's",
    "wher": "where", "whre": "where", "wehre": "where",
    "hw": "how", "hiw": "how", "haw": "how",
    "sya": "say", "sai": "say", "siad": "said", "sayd": "said", "sy": "say",
    "abotu": "about", "abt": "about", "abut": "about", "bout": "about", "aobut": "about",
    "didi": "did", "dd": "did", "ddi": "did",
}

# the verbs of a question about someone's words, and of a yes/no one (index.extract.lexicon)
_SPEECH_VERBS = alternation("ask")
_YES_NO_VERBS = alternation("yesno")
_AUX = r"did|does|do|has|have|had|would|will|is|was|are|were|can|could|should|might"
_QUOTE_NOUNS = (
    r"words?|quotes?|quotations?|comments?|remarks?|statements?|views?|position|stance|opinions?|"
    r"thoughts?|take|reaction|response|answer|message|line"
)

_PREFIXES = re.compile(
    r"^(?:(?:hey|hi|hello|ok|okay|so|and|but|now|then|also|well|dossier|bot)\b[\s,!:;.-]*|"
    r"(?:please|pls|plz|kindly)\b[\s,]*|"
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show|give|find|list)(?:\s+(?:me|us))?|"
    r"(?:tell|show|give|find|list|get)(?:\s+(?:me|us))?|"
    r"(?:do|does)\s+(?:you|anyone|anybody)\s+know|"
    r"i(?:'d| would)\s+like\s+to\s+know|i\s+(?:want|wish|need)\s+to\s+know|i\s+wonder|"
    r"(?:any|some)\s+idea|let\s+me\s+know)\b[\s,:]*)",
    re.IGNORECASE,
)

_QUOTE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # what was said about Y
        rf"^what\s+(?:was|is|has\s+been|have\s+been|were)\s+(?:{_SPEECH_VERBS})\b(?P<rest>.*)$",
        # what did/does/has X say/think [to reporters] [about Y]
        rf"^what\s+(?:exactly\s+)?(?:{_AUX})\s+(?P<speaker>.+?)\s+(?:(?:ever|actually|really|publicly|just|once)\s+)?"
        rf"(?:{_SPEECH_VERBS})\b(?P<rest>.*)$",
        # what did X make of Y (the verb "make of" asks for X's view of Y)
        rf"^what\s+(?:{_AUX})\s+(?P<speaker>.+?)\s+(?:make|made|makes)\s+(?P<rest>of\s.*)$",
        # what X said about Y
        r"^what\s+(?P<speaker>.+?)\s+(?:has\s+|had\s+)?(?:said|says|thinks|thought|told|wrote|believes|claimed)\b"
        r"(?P<rest>.*)$",
        # did/has X say anything about Y
        rf"^(?:did|does|do|has|have|had)\s+(?P<speaker>.+?)\s+(?:ever\s+)?(?:{_YES_NO_VERBS})\b(?P<rest>.*)$",
        # quote X on Y / quote X
        r"^(?:quote|cite)\s+(?!me\b)(?P<speaker>.+?)(?P<rest>\s+(?:about|on|regarding|concerning)\s+.*)?$",
        # (a) quote(s) from X [on Y]
        rf"^(?:(?:a|an|any|some|all|the|every)\s+)?(?:{_QUOTE_NOUNS})\s+(?:from|by|of)\s+(?P<speaker>.+?)"
        r"(?P<rest>\s+(?:about|on|regarding|concerning)\s+.*)?$",
        # what is/was X's view on Y / X's words on Y
        rf"^(?:what\s+(?:is|was|are|were)\s+)?(?!(?:what|when|where|who|whom|how|why|which)\b)"
        rf"(?P<speaker>.+?)'s?\s+(?:{_QUOTE_NOUNS})\b(?P<rest>.*)$",
        # how did X describe/react to Y
        r"^how\s+(?:did|does|has|have|do|would)\s+(?P<speaker>.+?)\s+"
        r"(?:describe|described|characteri[sz]e|react|respond|view|see|explain|justify|defend)\b(?P<object>.*)$",
        # where does X stand on Y (a position, not a place)
        r"^where\s+(?:does|did|do|would)\s+(?P<speaker>.+?)\s+stand\b(?P<rest>\s+(?:on|over|regarding|in\s+relation\s+to)\s+.*)$",
        # who does X think will Y / which team did X say would Y: X's words on Y, whoever they name
        r"^(?:who|whom|(?:which|what)\s+[\w'’-]+)\s+(?:do|does|did)\s+(?P<speaker>.+?)\s+(?:think|thinks|believe|believes|"
        r"expect|expects|predict|predicts|say|says|want|wants)\b(?P<clause>.*)$",
        # who said Y  (the speaker is what is asked for)
        rf"^who\s+(?:has\s+|had\s+|ever\s+)?(?:{_SPEECH_VERBS})\b(?P<rest>.*)$",
    )
)

_WHEN = re.compile(
    r"^(?:since\s+when|until\s+when|till\s+when|when|(?:in|on|during|at|by)\s+(?:what|which)\s+"
    r"(?:year|date|day|month|decade|time)|(?:what|which)\s+(?:year|date|day|month|decade|time)|"
    r"how\s+long\s+ago)\b[\s,]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_WHY = re.compile(r"^(?:why|for\s+what\s+reason|what\s+(?:was|is|were|are)\s+the\s+reasons?\s+(?:for|that|why))\b"
                  r"[\s,]*(?P<rest>.*)$", re.IGNORECASE)
_AUTHOR = re.compile(
    r"^(?:who\s+(?:(?:has|had|actually)\s+)?(?:wrote|writes|penned|authored|has\s+written)|"
    # "who signed the open letter": signing a letter or statement is writing it ("who signed for Chelsea" is not)
    r"who\s+signed(?=\s+(?:the|an?|this|that)\s+(?:[\w'’-]+\s+){0,2}(?:letter|statement|petition|message|note)s?\b)|"
    r"(?:who\s+(?:is|was|are|were)\s+)?(?:the\s+)?(?:author|writer)s?\s+of|"
    r"who\s+(?:is|was)\s+(?:the\s+)?(?:article|piece|op-ed|column|letter|book|review|report|story)\s+by)\b"
    r"[\s,]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_WHO = re.compile(r"^(?:whom|who)\b(?:\s*['’]s\b|\s+(?:is|was|are|were|'s)\b)?[\s,]*(?P<rest>.*)$", re.IGNORECASE)
_WHERE = re.compile(r"^where\b(?:\s*['’]s\b)?[\s,]*(?P<rest>.*)$", re.IGNORECASE)
# "how big was the crowd", "how large is the majority": a size asked of a thing is a number, as "how many" is
# verbs of change whose "how fast" asks a rate ("how fast will the economy grow"), a number too (a speed is not)
RATE_VERBS = (r"grow|grows|grew|growing|rise|rises|rising|rose|fall|falls|falling|fell|expand|expands|expanding|shrink|"
              r"shrinks|shrinking|increase|increases|increasing|decline|declines|declining")
_HOW_MANY = re.compile(r"^how\s+(?:many|much|(?:big|large)(?=\s+(?:was|is|were|are|will|would)\b)|"
                       rf"(?:fast|quickly)(?=\s.*\b(?:{RATE_VERBS})\b))\b[\s,]*"
                       r"(?P<rest>.*)$", re.IGNORECASE)
_LEADING_AUX = re.compile(rf"^(?:(?:{_AUX}|been|there|it)\s+)+", re.IGNORECASE)
_HOW_MANY_AUX = re.compile(r"\s+\b(?:are|is|was|were|do|does|did|have|has|had|will|would|there)\b(?=\s|$)",
                           re.IGNORECASE)
_TOPIC_WEAK = re.compile(r"^\s*(?:on|of|over|towards|toward|to)\s+(?P<topic>\S.*)$", re.IGNORECASE)
_TOPIC_STRONG = re.compile(r"(?:^|\s)(?:about|regarding|concerning|on the subject of|on the topic of)\s+"
                           r"(?P<topic>\S.*)$", re.IGNORECASE)
# A web address is one word, as the index writes it ("latinohiphopradio.com", "bbc.co.uk"): split at its dots it
# would be words no text holds apart.
_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.(?:com|org|net|co\.uk|org\.uk|uk|tv|fm|info|biz|gov|edu|io)(?![\w.])"
# a decimal ("99.4%", "2.5") is one term, as the index keeps it: split at its point it asks for "99" and "4"
_DECIMAL = r"\d+(?:\.\d+)+(?![\w.])"
_WORD = re.compile(rf"{_DOMAIN}|{_DECIMAL}|(?:[A-Za-z]\.){{2,}}|[^\W_]+(?:['’][^\W_]+)*")
_EDGE_JUNK = " \t\n\r\f\v\"'“”‘’«»`.,;:!?¿¡()[]{}<>*_~#|/\\-–—…"
_SPEAKER_STOP = re.compile(r"^(?:you|u|i|we|they|it|he|she|that|this|there|people|someone|anyone|anybody|"
                           r"everyone|somebody|one)$", re.IGNORECASE)


def _clean(text: str) -> str:
    """Printable, single-spaced text; control characters and Discord mentions removed."""
    text = unicodedata.normalize("NFKC", text[: _MAX_PARSE_CHARS * 4])
    text = re.sub(r"<[@#][!&]?\d+>", " ", text)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    return re.sub(r"\s+", " ", text).strip()


_TOPIC_MARKERS = frozenset({"about", "regarding", "concerning"})


# The short forms people type for a firm's offices ("md" is left out: it is also Maryland), written out as news writes them ("Chief executive Bill Gammell")
_ROLE_SHORT = {"exec": "executive", "ceo": "chief executive"}


def _fix_typos(text: str) -> str:
    """Misspelt question words ("wat did…"); a capitalised word after the first is a name ("Woh"), kept.

    Words after "about" are the topic, kept as written: "about hwo many" is a topic a user typed,
    and correcting it to "who" would change what is asked (hypothesis found it)."""
    words = text.split(" ")
    out: list[str] = []
    for i, w in enumerate(words):
        fixed = _TYPOS.get(w.lower(), w) if i < 8 and (i == 0 or w.islower()) else w
        if i < 8 and (short := _ROLE_SHORT.get(w.lower().rstrip("'s"))) and (w.islower() or w.isupper()):
            fixed = short + w[len(w.lower().rstrip("'s")):]  # "cairn's chief exec", "the harlow ceo's"
        out.append(fixed)
        if fixed.lower() in _TOPIC_MARKERS:
            out.extend(words[i + 1:])
            break
    return " ".join(out)


def _strip_edges(text: str | None) -> str | None:
    """The phrase without surrounding punctuation/quote marks; ``None`` when nothing is left."""
    if text is None:
        return None
    text = text.strip(_EDGE_JUNK).strip()
    return text or None


def _strip_prefixes(text: str) -> str:
    for _ in range(4):
        stripped = _PREFIXES.sub("", text, count=1).strip()
        if stripped == text:
            break
        text = stripped
    return text


def names_in(question: str) -> list[str]:
    """Capitalised words after the first (names: "Harinordoquy", "France"), as the question writes them."""
    words = re.findall(r"[\w'’-]+", question)[1:]
    return [re.sub(r"['’]s$", "", w) for w in words if w[:1].isupper() and len(w) > 1 and not w.isupper()]


def content_terms(text: str) -> tuple[str, ...]:
    """Lowercased content words in order, without stopwords, punctuation or duplicates.

    Everything non-word is dropped, so Whoosh syntax ("title:*", quotes,
    parentheses) cannot reach the query parser; AND/OR/NOT are stopwords.
    All-caps acronyms that collide with stopwords ("US", "IT") are kept because
    capitals mark them as names. "U.S." becomes "us".
    """
    if not isinstance(text, str) or not text:
        return ()
    terms: list[str] = []
    seen: set[str] = set()
    for match in _WORD.finditer(text):
        raw = match.group(0)
        if "." in raw and not re.fullmatch(_DOMAIN, raw) and not re.fullmatch(_DECIMAL, raw):
            raw = raw.replace(".", "")
        raw = re.sub(r"['’](?:s|S)$", "", raw)
        word = raw.lower()
        if not word or (len(word) == 1 and not word.isdigit()) or len(word) > _MAX_TERM_CHARS:
            continue
        is_acronym = raw.isupper() and len(raw) >= 2 and raw.isalpha()
        if word in STOPWORDS and not (is_acronym and raw not in ("AND", "OR", "NOT", "I", "A")):
            continue
        if word not in seen:
            seen.add(word)
            terms.append(word)
            if len(terms) >= _MAX_TERMS:
                break
    return tuple(terms)


def _question_terms(text: str) -> tuple[str, ...]:
    degree = {m.group(1).lower() for m in _DEGREE_ADVERB.finditer(text)}
    return tuple(t for t in content_terms(text) if t not in QUESTION_SCAFFOLD and t not in degree)


# "so sharply", "very quickly": how much, not what; the text says "dropped by 84%", never "sharply"
_DEGREE_ADVERB = re.compile(r"\b(?:so|very|too|more|most|less|quite|rather|really)\s+([a-z]{3,}ly)\b", re.IGNORECASE)


def _topic_from(rest: str | None) -> str | None:
    """What follows about/regarding anywhere, or on/of/over/to right after the verb."""
    if not rest:
        return None
    match = _TOPIC_STRONG.search(rest) or _TOPIC_WEAK.match(rest)
    return _strip_edges(match.group("topic")) if match else None


# "what do analysts expect for the dollar", "what are economists predicting from the merger", "what did analysts
# expect jarvis to get for its stake": after a verb of forecasting, what follows (past "for"/"from") is what the
# forecast is about
_FORECAST_VERBS = r"expect|expects|expected|expecting|predict|predicts|predicted|predicting|forecast|forecasts|forecasting"
_FORECASTING = re.compile(rf"\b(?:{_FORECAST_VERBS})\s*$", re.IGNORECASE)
_FOR_TOPIC = re.compile(r"^\s*(?:for|from)\s+(?P<topic>\S.*)$", re.IGNORECASE)


_ASKS_FORECAST = re.compile(rf"^\W*what\s+(?:do|does|did|are|is|were|was)\s+.+?\s+(?:{_FORECAST_VERBS})\b", re.IGNORECASE)


def asks_forecast(question: str) -> bool:
    """Whether the question asks what someone expects or forecasts ("what do analysts expect for the dollar")."""
    return _ASKS_FORECAST.match(question) is not None


def _forecast_for(before: str, rest: str | None) -> str | None:
    """What a forecast is asked about, when the asked verb forecasts ("expect for Y"); ``None`` otherwise."""
    if not rest or not rest.strip() or not _FORECASTING.search(before):
        return None
    match = _FOR_TOPIC.match(rest)
    return _strip_edges(match.group("topic") if match else rest)


# the auxiliary a clause about the person asked for opens with ("… will captain the side", "… was to blame")
_CLAUSE_AUX = re.compile(rf"^\s*(?:(?:{_AUX}|be|been|to)\s+)+", re.IGNORECASE)


def _quote(question: str) -> tuple[str | None, str | None, str | None] | None:
    """(speaker, topic, audience) for a quote question, ``None`` when it is not one."""
    for pattern in _QUOTE_PATTERNS:
        match = pattern.match(question)
        if not match:
            continue
        groups = match.groupdict()
        speaker = _strip_edges(groups.get("speaker"))
        rest = groups.get("rest")
        if speaker is not None:
            if _SPEAKER_STOP.match(speaker) or len(speaker) > 120:
                continue
            if re.search(r"\s(?:about|regarding|concerning)\s", f" {speaker} ", re.IGNORECASE):
                continue  # "what about X" etc.: the speaker slot swallowed the topic
        if speaker is None and "speaker" in pattern.groupindex:
            continue
        if groups.get("object") is not None:  # "how did X describe Y": Y is the topic
            return speaker, _topic_from(groups["object"]) or _strip_edges(groups["object"]), None
        if groups.get("clause") is not None:  # "who does X think will captain the side": the clause is the topic
            clause = groups["clause"]
            return speaker, _topic_from(clause) or _strip_edges(_CLAUSE_AUX.sub("", clause)), None
        if speaker is None:  # who said / what was said: the quoted words are the topic
            topic = _strip_edges(rest.strip()) if rest and rest.strip() else None
            topic = _topic_from(rest) or topic
            return None, topic, None
        before = question[: len(question) - len(rest)] if rest else question
        audience, rest = _audience(before, rest)
        if speaker is not None and (work := WORK_OF.match(speaker)):
            # "Ann Lee's book", "Lee's e-mail to the paper": the writer, and where they wrote it
            speaker, audience = work.group("who"), audience or _strip_edges(work.group("work"))
        topic = _topic_from(rest) or _forecast_for(before, rest) or said_clause(before, rest)
        if audience and (when := _AUDIENCE_CLAUSE.search(audience)):
            # "to the journalist once he realised his mistake": the clause says which words, not to whom
            audience, topic = _strip_edges(audience[:when.start()]), topic or _strip_edges(audience[when.end():])
        return speaker, topic, audience
    return None


# What people write in: "his Daily Post piece", "her blog", "the open letter". Words asked for "in" one
# of these were written there; the medium ranks them and is never a place they must have been said.
MEDIA = (r"piece|op-?ed|column|article|letter|book|blog|website|web\s+site|site|message|e-?mail|statement|post|"
         r"memo|diary|autobiography|memoir|newsletter|essay|review|speech|report|note")
# A person's own writing; a letter, statement or report may be a document that speaks for itself
# ("Acme's open letter", "the summit declaration"), so those stay the speaker as written.
PERSONAL_MEDIA = r"piece|op-?ed|column|article|book|blog|website|web\s+site|e-?mail|post|diary|autobiography|memoir|essay"
WORK_OF = re.compile(rf"^(?P<who>.+?)['’]s?\s+(?P<work>(?:[\w-]+\s+){{0,2}}?(?:{PERSONAL_MEDIA})s?\b"
                     r"(?:\s+(?:to|in|on|for)\s+.+)?)$", re.IGNORECASE)
_AUDIENCE_CLAUSE = re.compile(r"\s+(?:once|after|before|when|while|because|since|following|as\s+soon\s+as)\s+",
                              re.IGNORECASE)
_LEADING_MEDIUM = re.compile(rf"^(?:in|on)\s+(?P<medium>(?:his|her|their|its|the|a)\s+[^,?]{{0,40}}?\b(?:{MEDIA})s?)\s*,\s*"
                             r"(?P<rest>\S.*)$", re.IGNORECASE)


def is_medium(audience: str | None) -> bool:
    """Whether an audience is something written ("his Daily Post piece", "her website"): it ranks
    the words found, and words found elsewhere still answer."""
    return bool(audience) and re.search(rf"\b(?:{MEDIA})s?\b", audience, re.IGNORECASE) is not None


_TOLD = re.compile(r"\b(?:tell|tells|told|telling)\s*$", re.IGNORECASE)
_SAID = re.compile(r"\b(?:say|says|said|saying|speak|speaks|spoke|talk|talked|comment|commented|announce|"
                   r"announced|state|stated|declare|declared|write|wrote|claim|claimed|warn|warned)\s*$", re.IGNORECASE)
_TO_WHOM = re.compile(r"^\s*(?P<aud>.+?)(?=\s+(?:about|regarding|concerning|on\s+the\s+subject\s+of)\s|\s*$)",
                      re.IGNORECASE)
_WHERE_SAID = re.compile(
    r"^\s*(?P<aud>(?:in|at|to|during|while\s+in|when\s+in)\s+.+?|on\s+(?:the\s+)?[\w'’ -]*?\b"
    r"(?:programme|program|show|radio|television|tv|channel|website|blog|podcast|interview|broadcast|"
    r"newspaper|paper|magazine|conference|summit|visit|trip)s?\b(?:\s+\w+)?)"
    r"(?=\s+(?:about|regarding|concerning|on\s+the\s+subject\s+of)\s|\s*$)",
    re.IGNORECASE,
)


_CLAUSE_OPENS = re.compile(r"^\s*(?:that\s+)?(?:the|a|an|his|her|their|its|this|these|those)\s+\S", re.IGNORECASE)


def said_clause(before: str, rest: str | None) -> str | None:
    """The clause a speech verb takes as its object ("what do ministers say the new strategy is meant to do" ->
    "the new strategy is meant to do"): what the words were about, when no "about" says it. Only a clause that
    opens with a determiner after "say" or "think" ("say the …", "think that the …"); anything else after the verb
    is an audience, a place or nothing."""
    if not rest or not re.search(r"\b(?:say|says|said|think|thinks|thought|believe|believes|believed)\s*$", before,
                                 re.IGNORECASE):
        return None
    if not _CLAUSE_OPENS.match(rest):
        return None
    return _strip_edges(re.sub(r"^\s*that\s+", "", rest, flags=re.IGNORECASE))


def _audience(before: str, rest: str | None) -> tuple[str | None, str | None]:
    """(audience, what is left of ``rest``) for "tell reporters about Y", "say in Brussels", "say on the
    Today programme about Y"; the audience is never a topic."""
    if not rest or not rest.strip():
        return None, rest
    if _TOLD.search(before):
        m = _TO_WHOM.match(rest)
    elif _SAID.search(before):
        m = _WHERE_SAID.match(rest)
    else:  # "the mayor's reaction to the vote": the vote is the topic
        return None, rest
    if not m:
        return None, rest
    audience = _strip_edges(re.sub(r"^(?:in|at|to|during|while\s+in|when\s+in|on)\s+", "", m.group("aud").strip(),
                                   flags=re.IGNORECASE))
    if audience and re.fullmatch(r"(?i)(?:me|us|you|him|her|them|anything|something)", audience):
        return None, rest
    return audience, rest[m.end():]


def _subject(rest: str) -> str | None:
    return _strip_edges(_LEADING_AUX.sub("", rest.strip()))


def parse_question(text: str) -> ParsedQuestion:
    """Classify ``text`` and pull out speaker, topic, subject and search terms; never raises."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return _parse(text)
    except Exception:  # noqa: BLE001 - an odd question must degrade to a plain search
        return ParsedQuestion(text=text, intent=Intent.search, terms=_safe_terms(text))


def _safe_terms(text: str) -> tuple[str, ...]:
    try:
        return _question_terms(text)
    except Exception:  # noqa: BLE001
        return ()


def _parse(text: str) -> ParsedQuestion:
    fixed = _strip_prefixes(_fix_typos(_clean(text)))
    question = fixed[:_MAX_PARSE_CHARS].strip(_EDGE_JUNK.replace("'", "")).strip()
    terms = _question_terms(fixed)

    authored = _AUTHOR.match(question)
    if authored and _strip_edges(authored.group("rest")) and not re.match(r"(?i)that\b", authored.group("rest")):
        return ParsedQuestion(text=text, intent=Intent.author, subject=_strip_edges(authored.group("rest")),
                              terms=terms)

    medium = None
    if (lead := _LEADING_MEDIUM.match(question)) and _quote(lead.group("rest")) is not None:
        # "In his Daily Post op-ed, what does Lee write about …": where the words were written
        question, medium = lead.group("rest"), lead.group("medium")
    quote = _quote(question)
    if quote is not None:
        speaker, topic, audience = quote
        audience = audience or medium
        return ParsedQuestion(text=text, intent=Intent.quote, speaker=speaker, topic=topic, terms=terms,
                              audience=audience)

    for pattern, intent in ((_HOW_MANY, Intent.how_many), (_WHEN, Intent.when), (_WHY, Intent.why),
                            (_WHO, Intent.who), (_WHERE, Intent.where)):
        match = pattern.match(question)
        if not match:
            continue
        rest = match.group("rest")
        if intent is Intent.how_many:
            subject = _strip_edges(_HOW_MANY_AUX.sub("", " " + rest).strip())
        else:
            subject = _subject(rest)
        if intent is Intent.who and subject is None:
            continue
        return ParsedQuestion(text=text, intent=intent, subject=subject, terms=terms)

    return ParsedQuestion(text=text, intent=Intent.search, terms=terms)


def quote_question(speaker: str, topic: str | None) -> ParsedQuestion:
    """The question ``/quote speaker [topic]`` asks, built from its two fields (nothing is parsed).

    ``text`` is how the question reads back to the user; the terms are the
    content words of speaker and topic, as if the user had typed the question.
    """
    text = f"What did {speaker} say" + (f" about {topic}?" if topic else "?")
    words = _fix_typos(_clean(" ".join(x for x in (speaker, topic) if x)))
    return ParsedQuestion(text=text, intent=Intent.quote, speaker=speaker or None, topic=topic or None,
                          terms=_question_terms(words))


_LEADING_WHEN = re.compile(r"^when\b[\s,]*", re.IGNORECASE)


def when_question(event: str) -> ParsedQuestion:
    """The question ``/when event`` asks: the event is the subject, with or without a leading "when"."""
    cleaned = _clean(event)
    rest = _LEADING_WHEN.sub("", cleaned)
    return ParsedQuestion(text=event, intent=Intent.when, subject=_subject(rest),
                          terms=_question_terms(_fix_typos(cleaned)))
