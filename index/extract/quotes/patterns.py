"""The patterns of quoted speech: reporting verbs, speaking mentions and the clauses around a quotation.

Compiled on first use (:mod:`index.lazyre`): only the build runs the
extractor; serving and ``dossier ask`` never need these.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from index.extract.lexicon import alternation, words
from index.extract.names import (
    CAP_SEQ,
    DEMONYMS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    NATIONALITIES,
    ORG_LONG,
    ORG_NOUNS,
    PLURAL_ROLES,
    ROLE_WORDS,
    SEVERAL_PEOPLE,
    TITLE_MODIFIERS,
    word_alternation,
)
from index.lazyre import lazy

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'

# The speech verbs, each written once in index.extract.lexicon: the extractor's reporting verbs (in the order
# every earlier list kept them) and the participles that introduce words ("…, asking: '…'").
_VERBS = alternation("lead")
_PARTICIPLES = alternation("participle")
VERB = rf"(?:{_VERBS})"
_CORE = words("core")
PRONOUN = r"(?:he|she|it|they|He|She|It|They)"

# one unnamed person of a crowd ("another member of the public", "a resident"): a speaker described, never named
CROWD_WORDS = frozenset(
    "member resident witness voter supporter fan neighbour neighbor onlooker shopper passenger worker employee "
    # ("One parent said her daughter had been told …": a parent, a customer or a patient is as unnamed as a fan)
    "parent customer patient tourist villager spectator viewer listener commuter homeowner tenant".split()
)
# Longest first, ties in a fixed order: equal-length words never match at one place, so the tie order
# does not change a match, but a set's order changes from process to process and a pattern must not
# (its compiled form is cached by its text: index.lazyre).
# Written as a prefix tree (names.word_alternation: the same matches, tried in the same order).
# the finite auxiliaries: after a name, they make it a clause's subject ("said Mr Kerr had been …"); counted in a
# clause, they tell one clause from two
AUXILIARY = "had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|did|does"
_ROLE_ALT = word_alternation(sorted(ROLE_WORDS | DOCUMENT_NOUNS | ORG_NOUNS | CROWD_WORDS,
                                    key=lambda w: (len(re.escape(w)), re.escape(w)), reverse=True))
# the role nouns alone, a person's (no body, document or crowd): "her spokesman insisted", "'s chief operating officer
# Jonathan Schwartz"; one pattern for every reader, so one compiled form
PERSON_ROLE_ALT = word_alternation(sorted(ROLE_WORDS, key=lambda w: (len(re.escape(w)), re.escape(w)), reverse=True))
# "the alliance chief", "Russia's envoy to NATO", "a spokesman for the ministry", "the declaration"
DESCRIPTION = (
    rf"(?:(?:the|a|an|The|A|An|another|Another|one|One|[A-Z][\w.\-]*['’]s)[ \t]+(?:[\w.\-’'&]+[ \t]+){{0,4}}?(?i:{_ROLE_ALT})\b"
    rf"(?:[ \t]+(?:of|to|for|at|in|from|by)[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){{0,3}}"
    # "another member of the public", "a member of the audience": one unnamed person of a crowd
    rf"|[ \t]+of[ \t]+the[ \t]+(?:public|audience|crowd))?)"
)
NAME = CAP_SEQ.pattern
# A speaking mention: a name (with any title), a description, or a pronoun.
# "said the artists", "the band thanked …": several people speaking as one
_PLURAL_ROLES = PLURAL_ROLES | {"people", "organisers", "organizers", "members"}
_GROUP_ALT = "|".join(sorted(GROUP_NOUNS | _PLURAL_ROLES, key=lambda w: (len(w), w), reverse=True))
# (any case: "the MPs said" is the members of a body speaking together, not a name)
_PLURAL_ALT = "|".join(sorted(_PLURAL_ROLES, key=lambda w: (len(w), w), reverse=True))
# ("Labour MPs said", "Senior Tory backbenchers said", "Opposition MSPs said": capitalised modifiers of a role's plural
# are members of a party or a body speaking together, never a name, though no "the" comes first)
# ("the Chamber of Deputies" is a body's name: no capitalised "X of" before a capitalised plural; "the board of
# directors" are a group)
GROUP = (rf"(?:(?:(?:the|The)[ \t]+(?![A-Z][\w\-]*[ \t]+of[ \t]+[A-Z])(?:[\w\-]+[ \t]+){{0,2}}?(?i:{_GROUP_ALT})"
         # (the plural in lower case or an acronym's: "Kaiser Chiefs", "Kansas City Chiefs" are names)
         rf"|(?:[A-Z][\w\-]*[ \t]+){{1,3}}(?:(?!(?:of|for|and|the|de|du|la)\b)[a-z][\w\-]*[ \t]+){{0,2}}?"
         rf"(?=(?i:{_PLURAL_ALT})\b)(?:[a-z][\w\-]*|[A-Z]{{2,4}}s))"
         rf"\b(?![ \t]+(?:of|for|at|from)\b))")
# ("Critics say …", "Analysts did say …": a plural role opening a sentence, capitalised only there, is a group too;
# "MPs have warned", "MSPs said": an acronym's plural is capitalised everywhere, and as much a group)
# ("Witnesses have told the trial", "Residents said": a plural of people opening a sentence is as much a group, though
# no title stands before it; only bare, since "Doherty appealed to fans" ends on one)
_PEOPLE_ALT = "|".join(sorted(_PLURAL_ROLES | SEVERAL_PEOPLE, key=lambda w: (len(w), w), reverse=True))
_BARE_PLURAL = rf"(?=[A-Z][a-z]|[A-Z]{{2,4}}s\b)(?i:{_PEOPLE_ALT})"
GROUP_RX = lazy(rf"(?:{GROUP}|{_BARE_PLURAL})$")
PLURAL_ROLE = lazy(rf"(?:{_PEOPLE_ALT})")  # "analysts", "members": a bare plural role, several people unnamed
# '"…," analysts said', '"…," members said in a statement': a plural role in small letters with no article, right
# after the closing mark, before its verb: a group speaking, whom no name-first pattern reads (they need capitals or
# "the")
BARE_PLURAL_TAIL = lazy(rf"^[,?!…\s–—-]*\s*(?P<who>(?:{_PLURAL_ALT}))[ \t]+(?P<verb>{VERB})\b")
_GROUP_INTRO = lazy(
    rf"\b(?P<noun>{_GROUP_ALT}|group|act|outfit)[ \t]+(?P<name>[A-Z][\w'’\-]*(?:[ ](?:&[ ])?[A-Z][\w'’\-]*){{0,3}}"
    r"(?:[ ](?:19|20)\d\d\b)?)"
)
# "said the 20-year-old", "the 29-year-old added": an age stands for the person the text is about
AGE_DESCRIPTION = r"(?:[Tt]he[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}?\d{1,3}-year-old)\b"
MENTION = rf"(?:{GROUP}|{DESCRIPTION}|{AGE_DESCRIPTION}|(?:[Tt]he[ \t]+)?{ORG_LONG.pattern}|{NAME}|{PRONOUN})"
# ", the firm's boss," / ", who …," / ", EA's managing director for European publishing," between subject and verb
# (", 66," an age: "Khizr Khan, 66, said"); ", Liberal Democrat home affairs spokesman," / ", Axa spokesman,":
# capitalised modifiers of a role noun (the role noun makes the commas an appositive, not a list of places or
# names); ", Sanders' campaign manager,": a plural possessive
# (an age may come first and another appositive after it: "Harry Bond, 30, of Raleigh, said", ", 41, a nurse,")
_APPOSITIVE = (
    r"(?:,[ \t]+\d{1,3}(?=,[ \t]+[^\d\s]))?"
    r"(?:,[ \t]+(?:\d{1,3}|(?:the|a|an|who|which|whose)\b[^,\"“”]{1,120}|[A-Z][\w.\-]*['’]s?[ \t][^,\"“”]{1,120}"
    rf"|(?:[A-Z][\w.&\-]*[ \t]+){{1,4}}(?:[a-z][\w\-]*[ \t]+){{0,3}}(?i:{_ROLE_ALT})"
    # ", Chief Executive of Kelby Hospitals NHS Trust,": a capitalised role of a body names who the person is
    rf"(?:[ \t]+(?:of|at|for)[ \t]+[^,\"“”]{{1,120}})?"
    r"|[a-z][\w\-]*\b[^\"“”]{1,120}?),)?"
)
# After the closing mark only: '"…," Jo Hale, Kelby's chief executive told the BBC': an apposition whose closing comma
# the writer left out; a role noun ends it, so the verb after it is still the named person's. Before the opening
# mark a capitalised run before ", the finance minister told" is as often a fronted phrase ("On Tuesday") as a name.
_APPOSITIVE_TAIL = _APPOSITIVE[:-2] + (
    # ('"…," Peter Dobrow, a T-Mobile spokesperson said': a body's capitalised name among the role's modifiers)
    rf"|,[ \t]+(?:the|an?|(?:[A-Z][\w.&\-]*[ \t]+){{0,3}}[A-Z][\w.\-]*['’]s?)[ \t]+(?:[A-Za-z][\w.&'’\-]*[ \t]+){{0,3}}"
    rf"(?i:{_ROLE_ALT})(?=[ \t]+[a-z])"
    # '"…," Ana Vogel, an Austrian Green member of the European Parliament said': a role of a named body, its
    # nationality and party capitalised before it, then the verb
    rf"|,[ \t]+an?[ \t]+(?:[A-Za-z][\w'’\-]*[ \t]+){{0,3}}(?i:{_ROLE_ALT})[ \t]+(?:of|at|for)[ \t]+(?:the[ \t]+)?"
    rf"(?:[A-Z][\w.&'’\-]*[ \t]+){{0,5}}[A-Z][\w.&\-]*(?=[ \t]+[a-z])"
    # '"…," Jo Hale, executive director of Kelby Bank - one of the firm's creditors - said': an apposition closed by a
    # dashed aside instead of a comma (a role noun opens it, so it describes the name)
    rf"|,[ \t]+(?:(?:the|an?|[a-z][\w\-]*)[ \t]+){{0,3}}(?i:{_ROLE_ALT})\b[^,\"“”–—]{{0,100}}?(?=[ \t][-–—][ \t]))?"
)
# "the IATA, which has attacked the package as …": a relative clause whose verb is the speech verb
# "(IATA)", and a US politician's party and state: "Sen. Ted Cruz (Tex.)", "Pat Toomey (R-Pa.)"
_PARTY_STATE = r"(?:[ \t]*\((?:[A-Z]{2,8}|[A-Z][\w.]{0,3}(?:-[A-Z][\w.]{0,5})?)\))?"
_RELATIVE = _PARTY_STATE + r"(?:,?[ \t]+(?:who|which))?"
# "The band - whose LP was 2004's biggest seller - thanked …"
_DASHED = r"(?:[ \t]+[-–—][ \t][^\"“”–—]{1,120}?[ \t][-–—])?"
# "the US had agreed to release …": these verbs take an infinitive and then report no speech
_INFINITIVE_VERBS = words("infinitive")
_TO_INFINITIVE = lazy(r"[ \t]+to\b")
# "last week", "on Thursday" between a subject and its verb
_WHEN_CORE = r"last[ \t]+(?:week|month|year|night)|on[ \t]+[A-Z][a-z]+day"
_WHEN_SAID = rf"(?:[ \t]+(?:{_WHEN_CORE}))?"
_ADVERB = (r"(?:[ \t]+(?:also|later|then|once|previously|recently|simply|added|has|had|have|was|is|would|had\s+earlier"
           r"|earlier|quickly|again|himself|herself|themselves|itself|itself|repeatedly|often|publicly|privately"
           # "Sir Bill Morris has already accused …", "she has since said", "he has now told": a time adverb after
           # the auxiliary is the same subject speaking
           r"|already|since|now|just"
           # a sentence adverb or a day between a subject and its verb: "Ed Davey meanwhile said", "Priebus later
           # Thursday told", "Ms Berg, however, said" is the same subject speaking
           r"|meanwhile|however|too|instead|separately|similarly|likewise|subsequently|yesterday|today|tonight"
           r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
           # an auxiliary of emphasis, tense or mood before the verb's bare form: "he did say", "she will say" ("A
           # spokeswoman would only say:")
           r"|did|does|will|could|can|may|might|must|should|only"
           # a day or a week between a subject and its verb ("Sen. Jo Hale on Thursday said", "Bank boss Li Wei last
           # week said"): the same subject speaking
           "|" + _WHEN_CORE + "))*")

# After the closing mark: ', said X' or ', X said'.
# "said entrepreneur Drayton Valentine", "Ryanair deputy chief executive Michael Cawley told",
# "the play's organiser in Uganda, Sarah Mukasa, told": a title phrase ending in a name.
# ("said 20-year-old politics student Nick Vaughan": an age opens the title phrase)
_AGED = r"(?:\d{1,3}-year-old[ \t]+)"
_TITLED_NAME = rf"(?:(?:{_AGED}(?:[a-z][\w\-]*[ \t]+){{0,4}}|(?:[a-z][\w\-]*[ \t]+){{1,4}}){NAME})"
# "said Sideways producer Michael London": a capitalised modifier, a role noun, then the name
# ("said ABN Amro chief Asian strategist Eddie Wong": up to three modifiers; the name is not itself a modifier)
# ("points out former Olympian and BBC pundit Steve Cram": a lower-case opening, two descriptions joined by "and")
_MODIFIED_ROLE_NAME = rf"(?:(?:{NAME}|[a-z][\w\-]*)[ \t]+(?:(?!(?:of|from|at|for|with|in|on|or|the)\b)[\w\-]+[ \t]+){{0,4}}?(?i:{_ROLE_ALT}),?[ \t]+{NAME}\b(?![ \t]+(?i:{_ROLE_ALT})\b))"
_LONG_TITLED = rf"(?:(?:[\w'’&.\-]+,?[ \t]+){{1,8}}?{NAME}(?=,?{_WHEN_SAID}[ \t]+(?:{VERB})\b|,[ \t]+(?:the|a|an|who)\b))"
TAIL_VERB_FIRST = lazy(
    # ('"… I expect that to be the case" in 2005, said Kurt Karl': the quoted sentence ends in a short phrase of its own)
    rf"^[,?!.…\s–—-]*(?:[ \t]*(?:in|on|at|by|for|from|over|next|last|this)[ \t]+[\w'’\-]+(?:[ \t]+[\w'’\-]+){{0,2}},)?"
    rf"\s*(?P<verb>{VERB})[ \t]+(?P<who>{_MODIFIED_ROLE_NAME}|{MENTION}|{_TITLED_NAME})"
)
TAIL_NAME_FIRST = lazy(
    # ('"…," Andrei Illarionov - then adviser to the president - told reporters': a dashed appositive, as before a mark)
    rf"^[,?!…\s–—-]*\s*(?P<who>{MENTION}|{_LONG_TITLED}){_PARTY_STATE},?{_APPOSITIVE_TAIL}{_DASHED}{_ADVERB}[ \t]+"
    rf"(?P<verb>{VERB})\b"
)
# Before the opening mark: 'X said:' / 'X said that …' / 'According to X, …'.
LEAD_VERB = lazy(  # tried at word starts only (the same matches, far fewer attempts)
    rf"(?<![\w'’&.\-])(?P<who>{MENTION}|{_LONG_TITLED}){_RELATIVE},?{_APPOSITIVE}{_DASHED}{_ADVERB}[ \t]+(?P<verb>{VERB})\b"
)
# What every LEAD_VERB match holds: a reporting verb after a space or tab (a search with a prefix, so fast).
_VERB_AFTER_SPACE = lazy(rf"[ \t](?:{_VERBS})\b")


def lead_verbs(text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
    """``LEAD_VERB.finditer(text, pos, endpos)``, without trying the pattern at every word where no verb stands.

    The pattern is tried at each word start of a lead (a quarter of the quotation finder's pattern time);
    most leads hold no reporting verb at all, and a match needs one after a space.
    """
    if not _VERB_AFTER_SPACE.search(text, pos, endpos):
        return iter(())
    return (m for m in LEAD_VERB.finditer(text, pos, endpos)
            if m.group("verb") != "posted" or not _POSTED_NO_WORDS.match(text, m.end(), min(endpos, len(text))))


# "posted" reports words as a post ("posted on Facebook:", "posted a photograph with the caption:"), but not what a
# firm, a runner or a defendant posts ("posted a loss of £3m", "posted bail"), nor words read off a thing posted
# ("posted figures showing "…"", "a picture of a headline reading "…"")
_POSTED_NO_WORDS = lazy(r"(?:[ \t]+(?:a|an|the|its|his|her|their|record|pre-tax|annual|half-year|quarterly|first|"
                        r"second|third|fourth|full-year|\d[\d.,%£$m]*|[£$€][\d.,]+\w*))*[ \t]+(?:loss|losses|profit|profits|"
                        r"results|figures|bail|time|score|sales|revenue|earnings|gain|gains|rise|fall|drop|deficit|surplus)\b"
                        # (a message, a tweet or a note "reading" or "headlined" "…" is the poster's own words)
                        r"|(?![^\"“”:]{0,60}?\b(?:message|messages|tweet|post|statement|note|letter|update)\b)"
                        r"[^\"“”:]{0,80}?\b(?:showing|shows|reading|headlined|titled|entitled)\b")


LEAD_PARTICIPLE = lazy(rf"\b(?:{_PARTICIPLES})\b")
# "with Rovers boss Mark Hughes claiming it had been an "…"": the participle's own subject, after "with"
_WITH_PARTICIPLE = lazy(
    rf"\b[Ww]ith[ \t]+(?P<who>(?:[\w'’&.\-]+[ \t]+){{0,6}}?)(?:has[ \t]+|also[ \t]+)?(?:{_PARTICIPLES})\b"
)
# "according to media and PR strategist Glen Yearwood": a role noun and the name after it
_ROLE_NAME = rf"(?:(?:[\w'’&\-]+[ \t]+){{0,4}}?(?i:{_ROLE_ALT})[ \t]+{NAME})"
ACCORDING = lazy(rf"\b[Aa]ccording[ \t]+to[ \t]+(?P<who>{_ROLE_NAME}|{MENTION})")
# '"…," is the dry assessment of Graham Lane, leader of …': right after the closing mark, the words are named as
# someone's view; the same cue as "according to" after them
VIEW_OF = lazy(
    r"^[,.]?[ \t]+(?:is|was|has[ \t]+been)[ \t]+(?:the|his|her|their)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:assessment|view|verdict|"
    r"opinion|judgement|judgment|conclusion|message|warning|advice|reaction|response|prediction|summary|"
    rf"description)[ \t]+of[ \t]+(?P<who>{_ROLE_NAME}|{MENTION})"
)
DESCRIPTION_RX = lazy(DESCRIPTION)
# what opens a fronted phrase whose names are never the sentence's subject: a participle and its preposition
# ("Reacting to", "Speaking after": a capitalised word ending in -ing alone may be a place, "Reading", "Beijing") or
# a question put to the subject ("Asked about …")
FRONTED_OPENER = (r"(?:[A-Z][a-z]+ing[ \t]+(?:to|on|about|after|at|in|with|for|from|of|outside|before)\b"
                  r"|Asked|Pressed|Questioned)")
MENTION_RX = lazy(MENTION)
# words that open a mention of someone not in particular: "one district GOP leader", "several analysts"
QUANTIFIERS = frozenset("another one some several many two three four few most".split())
_PRONOUN_OR_INDEFINITE = lazy(rf"(?i){PRONOUN}$|(?:a|an|{'|'.join(sorted(QUANTIFIERS))})\b")
_NOT_A_NAME = lazy(rf"(?i)(?:the|a|an)\b|{PRONOUN}$")
_DOC_AUTHOR = lazy(
    rf"(?P<org>{NAME})[ \t]+(?:said[ \t]+in[ \t]+(?:a|an|its|the)[ \t]+|['’]s[ \t]+)?"
    rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS, key=lambda w: (len(w), w), reverse=True))})\b"
)
_WINDOW = 400  # characters of context searched for a speaking mention
_HEAD_NOUNS = ROLE_WORDS | DOCUMENT_NOUNS | ORG_NOUNS
_PRONOUN_RX = lazy(r"\b(he|she|He|She)\b")
_WORD = lazy(r"[\w'’-]+")
# " Tory leader ", " chief executive ": a role noun, with a title modifier, that stands before a name
ROLE_BEFORE_NAME = rf"[ \t]+(?:(?:{'|'.join(sorted(TITLE_MODIFIERS))})[ \t]+)?{word_alternation(sorted(ROLE_WORDS))}[ \t]+"
_MODIFIER_OF_NAME = lazy(rf"{ROLE_BEFORE_NAME}[A-Z]")  # "Scissor Sisters frontwoman Ana": the capitals modify
_CLAUSE_TAIL = lazy(r"[^,;:()]*$")
_LAST_WORD = lazy(r"(\w+)\W*$")
_SPEECH_AFTER = lazy(  # "X said", "X, chairman of Y, said", "Anne Thompson of the Hollywood Reporter said"
    r"(?:,[^,\"“”.;:]{1,100},|[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w&'’\-]*[ \t]*){1,4})?"
    rf",?[ \t]+(?:(?:has|had|have|also|later|then|previously|recently|once|already|since)[ \t]+)*(?:{VERB})\b"
)
# Verbs that report speech with the speaker after them ("said Mr Straw") or as a bare
# parenthetical ("…, he claimed."); naming and transitive verbs ("called X", "told X") are left out.
_REPORTING = alternation("aside")
_SPEECH_BEFORE = lazy(rf"\b(?:{_REPORTING}|according[ \t]+to)[ \t]+(?:the[ \t]+)?$")
# ("…, he told activists": the pronoun that tells someone reports as much as one that says)
_PRONOUN_SPEAKS = lazy(
    rf"(?:^|[,;:][ \t]*|[.!?][ \t]+)(?P<p>he|she|He|She)[ \t]+(?:(?:has|had|also|later|then)[ \t]+)*"
    rf"(?:{_REPORTING}|told)\b"
)
# "he claimed," / "she added." after a reported clause: a parenthetical reporting clause
_BARE_REPORT = lazy(rf"[ \t]*\w+[ \t]+(?:(?:has|had|also|later|then)[ \t]+)*(?:{VERB})[ \t]*[,.;]")
# "… Budget. The Lib Dems": a full stop after a word that is no abbreviation ends the sentence
# (the abbreviations are checked where the full stop stands: "Sen. Marco Rubio said" is one sentence)
_SENTENCE_BREAK = lazy(r"(?<![A-Z])[a-z\d)](?<!\b(?:Mrs|Gen|Sen|Rev|Col|Sgt|Gov|Rep))[.!?][ \t]")
_TIME_WORD = lazy(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)
_PREPOSITIONS = frozenset(
    "against with at by from to of in on for over beat beating into under like including about among alongside".split()
)
_TITLE_SMALL = frozenset("a an the of and or in on at to for with from by vs is".split())
_INDEFINITE = lazy(r"(?i)(?:a|an|another)\b")
_ARTICLE_FIRST = lazy(r"(?i)(?:the|a|an)\b")
LEADING_ARTICLE = lazy(r"^(?:[Tt]he|[Aa]n?)[ \t]+")
_POSSESSIVE_S = lazy(r"['’]s\b")
_PLACE_ADJECTIVE = lazy(r"-(?:based|born)$")
_PUNCT = lazy(r"[,.;:]")
_PREP_BEFORE = lazy(r"(?:^|,)[ \t]+(?:of|from|at)[ \t]+$")
_ENDS_CLAUSE = lazy(r"[.,!?…:;]\s*$")
_CLAUSE_MARK_NEXT = lazy(r"\s*[,.!?]")
_ENDS_SENTENCE = lazy(r"[.!?]\s*$")
_STOP = lazy(r"[.!?][ \t\n]")
_ANY_WORD = lazy(r"\w")
_ARTICLE_OR_BARE = lazy(r"^(?:The|A|An)(?:[ ]+|$)")

_ROLE_OFFICE = lazy(
    r"(?i:the)[ \t]+(?P<role>(?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*)(?P<s>['’]s)[ \t]+(?P<noun>office|department|ministry)$"
)
_SUES = lazy(
    rf"(?<![\w'’\-])(?P<who>{NAME})[ \t]+(?:(?:is|are|has|have)[ \t]+)?(?:suing|sued|sues|(?:filed|lodged)[ \t]+"
    r"(?:a|the)[ \t]+(?:lawsuit|suit|writ))\b"
)
# a run that crosses a sentence ending in an initial: two or more names after "X. " start a new one
_INITIAL_THEN_NAME = lazy(r"\w[ ][A-Z]\.[ ]([A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+)+)$")
_POSSESSIVE_DETERMINERS = frozenset("their his its our my your".split())
_NAMED_AFTER = lazy(r",?[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?[ \t]+)?[A-Z][\w'’\-]+")

_COORDINATED = lazy(
    rf"[ \t,](?:and|but)[ \t]+(?:(?:then|later|also|quickly)[ \t]+)?(?:{VERB})(?:[ \t]+that)?[ \t]*:?[ \t]*$"
)
# the words by which news calls a person by their country ("the Austrian said", "the 27-year-old Swede added"): the
# lexicon's demonyms, and its nationalities that name a country (not "national", "western", "new")
_NOT_A_COUNTRY = frozenset("central east eastern global international national new north south west western".split())
COUNTRY_NOUNS = tuple(sorted(
    w.capitalize() for w in DEMONYMS | (NATIONALITIES - _NOT_A_COUNTRY) if w.isalpha()
))
# "the 14-year-old", "the Dutchman", "this remarkably active senior citizen": a person the text is about
EPITHET = (
    r"(?:[Tt]he|[Tt]his)[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?:\d+-year-old|(?:Dutch|French|Irish|English|Welsh|Scots)"
    r"(?:man|woman))(?![\w\-])"
)
# "the Austrian", "the 27-year-old Swede": a person by their country, named only when the text labels one so
COUNTRY_EPITHET = lazy(r"(?:[Tt]he|[Tt]his)[ \t]+(?:(?P<age>\d+)-year-old[ \t]+)?(?P<country>" + "|".join(COUNTRY_NOUNS) + r")$")
EPITHET_RX = lazy(EPITHET + "$")
_SENTENCE_SUBJECT = lazy(rf"[ \t]*(?:[A-Z][^,\"“”.;:]{{0,80}},[ \t]+)?(?P<who>{EPITHET}|{MENTION})(?![\w'’\-])")
_EPITHET_IN = lazy(r"(?<![\w'’\-])" + EPITHET)
_FIRST_PERSON = lazy(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
_SUBJECT_OF_QUOTE = lazy(rf"(?:^|[.!?][ \t]+|\n)(?P<who>{NAME})[ \t]+$")


_TAIL_ROLE_THEN_NAME = lazy(
    rf"^[,?!.…\s–—-]*\s*(?:{VERB})[ \t]+(?P<role>(?:the|its|his|her|their|a|an)[ \t]+[^,\"“”.;:]{{1,100}}?"
    # ("said BA director of commercial planning, Robert Boyle": a body's name, then its role in small letters)
    rf"|[A-Z][\w'’&\-]*(?:[ \t]+[A-Z][\w'’&\-]*){{0,3}}(?:[ \t]+[a-z][\w'’\-]*){{1,8}}),"
    # ("…, Leanne Firth, in a statement read to the court.": a phrase of where or how closes the name too)
    rf"[ \t]+(?P<name>(?:[\w'’\-]+[ \t]+){{0,3}}?{NAME})[ \t]*(?:[.;!?]|,[ \t]+(?:who|which|in|at|on|speaking|writing)\b|$)"
)
# ', lead singer Gary Lightbody has said.' / ', said the minister.' closing the sentence that holds the quote
_END_REPORT = lazy(
    rf",[ \t]+(?:(?P<who>{MENTION}|{_TITLED_NAME}){_ADVERB}[ \t]+(?:{_REPORTING})"
    rf"|(?:{_REPORTING})[ \t]+(?P<who2>{MENTION}|{_TITLED_NAME}))[ \t]*[.!?]?[ \t]*$"
)
# '"…," the newspaper quoted Qantas chief executive Geoff Dixon as saying' / 'The FT quoted an insider as saying: "…"':
# the outlet relays the words; the person it quotes speaks
# "quoted by Reuters", "quoted in the Times": the outlet after "by"/"in" relays the words, it is never whom it quotes
_QUOTED = r"(?:quoted|quotes|quoting)[ \t]+(?!(?:by|in)\b)(?P<who>[^\"“”.;:]{1,120}?)"
# "as saying": the participles by which a passive of reporting gives its subject the words
_AS_SAYING = r"[ \t]+as[ \t]+(?:saying|telling|adding|stating)\b"
_QUOTED_AS = rf"{_QUOTED}{_AS_SAYING}"
# after the quotation "as saying" may be left out: '"…," the newspaper quotes a source close to the firm.'
_TAIL_QUOTED_AS = lazy(
    rf"^[,?!…\s–—-]*\s*(?:(?P<pre>(?:[\w'’&\-]+[ \t]+){{0,5}}?[\w'’&\-]+)[ \t]+)?{_QUOTED}(?:{_AS_SAYING}|[ \t]*(?:[.;]|$))"
)
# '"…," Mr Hale is reported as saying': the passive of reporting, whose subject speaks as before "said"
_TAIL_REPORTED_AS = lazy(
    r"^[,?!…\s–—-]*\s*(?P<who>(?:[\w'’&.\-]+[ \t]+){0,5}?[\w'’&.\-]+)[ \t]+(?:is|was|were|are|has[ \t]+been|"
    r"had[ \t]+been)[ \t]+reported" + _AS_SAYING
)
_PASSIVE_END = lazy(r"(?:^|[ \t])(?:is|was|were|are|been|being|be)$")  # "Braynard is quoted as saying"
_LEAD_QUOTED_AS = lazy(rf"{_QUOTED_AS}[^\"“”.;]{{0,40}}?[ \t,:]*$")
_COLON_INTRO = lazy(rf"(?:^|[.;][ \t]+|\n)(?P<who>(?:[\w'’&\-]+[ \t]+){{0,5}}?{NAME}):[ \t]*$")


_ORG_NOUN_NAME = lazy(
    r"^(?:[a-z][\w\-]*[ \t]+){0,2}(?:consultancy|think-tank|thinktank|firm|company|group|bank|agency|watchdog|"
    rf"regulator|broadcaster|retailer|airline|carrier|operator|charity|union|association|network|campaign|lobby|"
    rf"foundation|society|label|studio)[ \t]+(?P<org>{NAME})$"
)
_NAMING = lazy(
    r"(?i)\b(?:dubbed|called|named|termed|labelled|labeled|branded|nicknamed|so-called|known as|as)\W*"
    r"(?:[\"“][^\"”]*[\"”]\W*(?:and|or)\W*)?$"  # 'groups dubbed "pioneers" and "materialists"'
)


# What makes one or two quoted words a label rather than words said: they fill a noun or adjective
# slot of the narration ("met his financial "golden rule"", "failed the "tartan test"", "the appeal
# was "expected" and "understandable"", "came up with "definitive proposals"").  A verb object
# ("has provided "enormous help"") stays speech.
_SLOT_BEFORE = lazy(
    r"(?i)(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|own|"
    r"is|are|was|were|be|been|being|become|becomes|became|remain|remains|seems?|"
    r"with|of|for|to|by|from|into|about|at|on|in|as)"
    r"|[\w’']+['’]s)(?:[ \t]+[a-z][\w\-]*(?:ly|al|ial|ic|ous|ive)?){0,1}[ \t]*"
    r"(?:[\"“][^\"”]*[\"”][ \t]+(?:and|or)[ \t]+)?$"
)

# words that open a phrase of time, place or manner after a speaker's name ('"…," said Jo Hale during the debate',
# '… ahead of the match'): the name ends before them
PHRASE_OPENERS = (r"(?:during|after|before|since|until|over|under|about|against|into|as|when|while|amid|despite|outside"
                  r"|near|following|ahead|throughout|within|without|towards?|behind|across|around|via|once|shortly"
                  r"|earlier|later|yesterday|today|tonight|last|this|again|also|then|speaking|recently|afterwards)")
# a lower-case word right after a name, other than a preposition, conjunction, verb or relative that lets the
# name stand on its own ("X from Y", "X and Y", "X who"): the name is a modifier ("Academy Award winner")
_MODIFIES_NOUN = lazy(
    r"[ \t]+(?!(?:from|of|at|with|in|for|and|or|who|whose|which|that|on|to|by|said|says|told|added|has|had|is|was"
    # ('"…," said bank boss Carla Fenwick during the debate': a phrase of time or place after the name)
    rf"|{PHRASE_OPENERS})\b)"
    r"[a-z][\w'’-]*"
)


# an indefinite spokesperson, the whole mention, with whom they speak for before or after ("A Top of the Pops
# spokesperson", "a spokesman for the Home Office"; never "A spokesman for the company, Neil Orme", who is named, nor
# "the spokesman" after "Labour spokesman Ed Davey", read as the title holder)
UNNAMED_SPOKESPERSON = lazy(r"(?:[Aa]n?|[Oo]ne)[ \t]+(?:[\w&.'’\-]+[ \t]+){0,6}?spokes(?:man|woman|person)"
                            r"(?:[ \t]+(?:for|at)[ \t]+[^,;:()\"“”]+)?")
