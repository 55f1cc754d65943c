"""Why questions: the sentence that carries the reason.

Of the sentences that cover the question, one that states a reason ("because",
"due to", "in order to", "so that", "fearing", "attributed … to") ranks first;
a covering sentence without one may be followed by the sentence that gives the
reason ("The legal campaign worked." / "It worked because …"), which is then
the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.answer.common import (
    MAX_ANSWERS,
    Sentence,
    candidate_sentences,
    concepts_for,
    item,
    merge_same,
    not_covered,
    opening,
    ranked_items,
    sentence_span_before,
    sentences_after,
)
from index.answer.question import STOPWORDS, content_terms
from index.answer.quote import quote_item, rank_quotes, speakers_for
from index.answer.relevance import MIN_COVERAGE, Concept, coverage
from index.answer.roles import unquoted
from index.extract.lexicon import alternation
from index.extract.sentences import split_sentences
from index.models import Answer, AnswerItem, Intent, ParsedQuestion, Speaker
from index.store.analysis import term_spans
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

# what drives a market and the market nouns it drives: "low interest rates have driven demand"
_DRIVING = r"driven|fuell?ed|spurred|boosted|lifted"
_MARKET_NOUNS = r"demand|growth|sales|prices|boom|rise|increase|surge|recovery|spending|profits?|production|output|exports|inflation"

_STRONG = re.compile(
    # ("had been due to lift off on Thursday", "is due to be sentenced": "due to" before a verb schedules)
    r"\b(?:because|due\s+to(?!\s+(?:be|start|begin|open|close|take|lift|meet|arrive|leave|finish|appear|go|come|make|speak|sign|"
    r"visit|publish|announce|resume|expire|retire|give|get|fly|attend|unveil|complete|decide|receive|join|hear|sit|"
    r"testify|reopen|premiere|perform|marry|enter|conclude|reach|submit|become|play|run|hold)\b)|owing\s+to|in\s+order\s+(?:to|that)|so\s+that|so\s+as\s+to|fearing|for\s+fear|"
    r"as\s+a\s+result|(?:a|the|direct)\s+result\s+of|result(?:ed|s|ing)?\s+from|stem(?:s|med|ming)?\s+from|the\s+reasons?|reasons?\s+(?:for|why|is|was)|attribut\w*\b.{0,60}?\bto|"
    r"blam(?:e|es|ed|ing)\b|(?:took|take|takes|taking|taken)\s+(?:its|their|a|his|her)\s+(?:heavy\s+)?toll\b|pre-?empt|in\s+a\s+bid\s+to|in\s+an\s+(?:effort|attempt)\s+to|to\s+avoid|to\s+prevent|"
    # "caused by" with its verb ("the delay was caused by fog"); without one it describes the noun before it
    # ("multiple clicking … caused by shaky digits"), not why anything the sentence tells happened
    r"aimed\s+at|partly\s+(?:due|because)|(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?caused\s+by|claiming|citing|in\s+response\s+to|in\s+exchange\s+for|"
    # (the grounds of a place are where: "held on the grounds of Brenner Hall")
    r"in\s+protest|on\s+(?:the\s+)?(?:[a-z]+\s+)?grounds\s+(?:that|of\s+(?!(?-i:[A-Z])|the\s+(?-i:[A-Z])))|on\s+(?:health|medical|security|safety|cost|compassionate)\s+grounds|"
    # "justified on national security grounds", "the justification has been national security": what justifies an act
    r"on\s+(?!the\b)(?:[a-z]+\s+){1,2}grounds\b|justif(?:ied|ies|y|ying|ication)\b|"
    # what someone was rewarded or punished for, said of them: "was awarded the title by Forbes for returning the firm
    # to the FTSE" (not another's act: "praised Gibson's move for working to …" is why the praise came)
    r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?(?:awarded|named|honoured|honored|rewarded|fined|jailed|"
    r"banned|punished|sacked|suspended|knighted)\b[^.;:]{0,80}?\bfor\s+(?-i:[a-z]+ing)\b|"
    r"over\s+(?:concerns?|fears?|worries)|(?:concerns?|fears?|worries)\s+(?:about|over|that)|"
    # "Concerns were also raised about Sumitomo's ability to absorb UFJ": a worry voiced about the one who acted
    r"(?:concerns?|fears?|worries|doubts?)\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:raised|voiced|expressed)\s+"
    r"(?:about|over)\b|"
    r"to\s+make\s+way\s+for|so\s+as\s+not\s+to|"
    # what a fall or a rise stands for ("The fall reflects weak exports"); an act made needful by an end ("the cuts
    # are needed to fund a new press"; not "intended to", which names what someone meant an act to do)
    r"(?:fall|rise|drop|decline|slump|increase|growth|loss|losses|jump|slowdown|contraction)\s+(?:also\s+|largely\s+|partly\s+)?reflect(?:s|ed)\b|"
    # what lifted a result is its cause: "strong sales helped Renault boost its profits", "the Megane range lifted its
    # results"
    r"\b(?:helped|helping|helps)\s+(?:[\w'’.&-]+\s+){1,3}?(?:to\s+)?(?:boost|lift|raise|increase|push|drive|double|treble)\b|"
    r"\b(?:lifted|boosted|buoyed|propelled|pushed\s+up|drove\s+up)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:results|profits?|sales|earnings|revenues?|shares|performance)\b|"
    r"(?:is|are|was|were|be|being)\s+(?:[a-z]+ly\s+)?(?:needed|necessary|required)\s+to\s+"
    r"(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)\b)(?-i:[a-z]+)\b|"
    # a cause named as the agent of what moved ("growth fuelled by lower prices", "profits hit by the strong euro"),
    # what forced the act ("lawsuits had forced the company into Chapter 11"), or what it struggled with ("lost money
    # as it struggled with high costs")
    r"(?:is|are|was|were|been|be|being)\s+(?:[a-z]+ly\s+)?(?:fuell?ed|driven|boosted|buoyed|helped|hampered|hit|spurred|"
    r"dragged\s+down|held\s+back|weighed\s+down)\s+by|"
    r"thanks\s+to|on\s+the\s+back\s+of|in\s+the\s+wake\s+of|"
    # what accounts for a fact is its reason: "the apparent discrepancy … can be explained by an increase in …"
    # (never denied: "The rise cannot be explained by changes in the way crimes are recorded")
    r"(?<!not\s)(?<!n't\s)(?<!cannot\s)(?<!never\s)(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?"
    r"(?:explained|accounted\s+for)\s+by|"
    # what drove a market moving is its cause, said actively too: "strong growth and low interest rates have driven
    # demand", "cheap credit fuelled the boom"
    rf"(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:{_DRIVING})\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:{_MARKET_NOUNS})\b|"
    r"forc(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,3}?(?:into|to|out\s+of)|"
    # what forced or prompted a move told before is its reason: "Krispy Kreme said accounting errors had forced the
    # move" (never "forced the sale of Yugansk", a deed of its own); an end warded off is one too: "The curbs were
    # introduced to ward off the risk that …"
    r"(?:forced|prompted|triggered|necessitated)\s+the\s+(?:[a-z-]+\s+)?(?:move|decision|change|u-turn|rethink|delay|"
    r"action|step)\b|"
    r"to\s+(?:ward|head|stave|fend)\s+off\b|to\s+guard\s+against\b|"
    r"as\s+(?:it|they|he|she|the\s+[a-z]+)\s+(?:struggled|struggles|battled|battles|grappled|faced|faces)\s+(?:to|with)|"
    # an act done for an end: "it had acted to curb inflation", "the Bank intervened to stop the slide" (the bare
    # "act" only after a modal: "the first act to confirm a set" is a performer, not a purpose)
    r"(?:(?:will|would|must|should|could|can|may|might|did|to)\s+act|acted|acting|intervene|intervenes|intervened|intervening|stepped\s+in)\s+to\s+(?-i:[a-z]+)\b|in\s+the\s+hopes?\s+(?:of|that)|it\s+is\s+hoped|"
    # a state of mind is the motive of what its bearer does: "New Line expressed concern", "she is worried
    # the event could upset …", "the firm feared that …"
    r"(?:expressed|voiced|raised|cited)\s+(?:\w+\s+){0,2}?(?:concerns?|worry|worries|fears?|doubts?)|"
    r"(?:is|are|was|were|been|be|felt|feel|feels|remains?|remained)\s+(?:\w+\s+)?(?:concerned|worried|afraid|"
    r"anxious|fearful|nervous|wary|unhappy)|feared|"
    # a "with" clause putting people in a state of mind about what may come gives their motive for the event:
    # "surging 3.5%, with many investors optimistic that political stability could bring a boom"
    r"with\s+(?:[\w'’-]+\s+){1,4}?(?:optimistic|hopeful|confident|convinced|fearful|worried|concerned|nervous)\s+"
    r"(?:that|about|over|of))\b",
    re.IGNORECASE,
)
# the verbs by which a cause leads to its effect, read as effects by ``_EFFECT`` and ``_LED_TO``
_LEADS_TO = r"led\s+to|prompted|prompting|sparked|sparking|triggering"
# "X led to Y" / "X prompted Y" gives a reason only when Y is what was asked about: weaker than "because";
# so do a purpose clause set off by a comma ("is launching adverts, to present the facts") and a harm
# foreseen ("could threaten its defences": why someone opposes or fears it).
# The purpose clause's first word is a verb in lower case: never a determiner or a pronoun, which open a noun
# phrase ("to no avail", "to everyone's surprise", "to them"), nor a capital ("sent on Monday, to Mr Blair").
_EFFECT = re.compile(rf"\b(?:{_LEADS_TO}|caused\s+(?:my|his|her|their|its|our|the)\s+[a-z]+)\b|(?<!\bhad\s)\b(?:sought|seeking|seeks|seek)\s+to\s+(?-i:[a-z]+)\b|,\s+(?:(?:in\s+order|so\s+as)\s+)?to\s+(?!(?:the|a|an|his|her|its|their|"
                     r"our|my|your|this|that|these|those|date|which|whom|what|some|many|all|no|every|each|any|"
                     r"everyone|everybody|anyone|anybody|someone|somebody|him|them|us|me|it|you)\b)(?-i:[a-z]+)\b|"
                     r"\b(?:could|would|might|may|will)\s+(?:\w+\s+)?(?:threaten|undermine|harm|damage|hurt|endanger|"
                     r"destabili[sz]e|jeopardi[sz]e|weaken|wreck|ruin|cost)\b|"
                     # a cause attached to the event's own verb: "was suspended over postings on her blog", "quit
                     # over the row" (not a time: "over the weekend"); "pulled out with a hip injury"
                     r"\b(?:[a-z]+ed|quit|out|down)\s+over\s+(?!(?:the\s+|a\s+)?(?:weekend|years?|months?|weeks?|days?|"
                     r"past|next|last|period|summer|winter|spring|autumn|christmas|decades?|time|course)\b)(?!\d)|"
                     r"\bwith\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:injury|illness|infection|virus|problem|strain)\b|"
                     # the purpose a withdrawal serves, with no comma before it: "will miss the race to focus on the
                     # indoor season" (not "to spend more time with his family", as often a plan as the reason)
                     r"\bto\s+(?:focus|concentrate)\s+on\b|"
                     # a justification set off after the act it justifies: "rejected the call, saying no figure could
                     # reflect the country's needs", "refused, arguing that the law was unclear"
                     r",\s+(?:saying|arguing|insisting|explaining|contending|reasoning|finding|ruling|concluding)\b",
                     re.IGNORECASE)
_WEAK = re.compile(r"\b(?:after|following|amid|to\s+(?:improve|help|boost|make|allow|ensure|keep))\b",
                   re.IGNORECASE)
# Markers whose clause may carry a reason or merely a time ("since he left", "as the talks ended"): a reason
# only when a clause with its own subject and verb follows ("as the police said they would help …",
# "since it was cheaper"); never in a comparison ("such as the", "as well as", "the same as").
_CLAUSAL = re.compile(
    r"\b(?P<m>as|since|given\s+that|now\s+that|seeing\s+that)\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?:is|was|were|are|had|has|have|would|will|could|can|did|does|do|said|says|felt|feels|believed|"
    r"believes|thought|thinks|needed|needs|wanted|wants)\b", re.IGNORECASE)
_COMPARISON = frozenset({"such", "well", "same", "soon", "long", "much", "many", "far", "just", "as", "so", "known",
                         "regarded", "seen", "described", "ever", "ago", "even"})

_NOT_A_CLAUSE = frozenset({"a", "an", "well", "much", "many", "soon", "long", "far", "part", "such", "if", "though",
                           "of", "for", "to", "usual", "ever", "good", "likely", "then", "yet", "early", "late"})


# "the same parent company as MTV - was quick to apologise", "such a big event as …": an "as" that completes "the
# same …" or "such …" a few words before it is a comparison, however long the noun phrase between them
SAME_REACH = 4
_SAME_BEFORE = re.compile(r"\b(?:same|such)\b(?!.*[,;:])", re.IGNORECASE)


# "as he was leaving", "as the talks were ending": "as" before a verb in progress says when, not why
_PROGRESSIVE = re.compile(r"\s+(?!being\b|going\b)[a-z]+ing\b")


def clausal_reason(sentence: str) -> bool:
    """Whether "as"/"since"/"given that" opens a clause with its own subject and verb ("as the police said
    they would help", "since it was cheaper"), not a comparison or a role ("such as the", "as well as",
    "known as", "as chairman", "the same parent company as")."""
    for m in _CLAUSAL.finditer(sentence):
        before = sentence[:m.start()].split()
        first = sentence[m.end("m"):].split()[0].lower()
        if (before and before[-1].lower().strip(",;:") in _COMPARISON) or first in _NOT_A_CLAUSE \
                or _SAME_BEFORE.search(" ".join(before[-SAME_REACH:])) \
                or re.search(r"\bas\b", m.group()[len(m.group("m")):], re.IGNORECASE) \
                or (m.group("m").lower() == "as" and _PROGRESSIVE.match(sentence, m.end())):
            continue
        return True
    return False


# "That is why …" / "This is the reason …" / "This means that …" points back: the reason is the sentence before it.
_BACKWARD = re.compile(r"^\W*(?:(?:And|But|So),?\s+)?(?:that|this|which)(?:\s+is|['’]s|\s+was)\s+(?:the\s+reason\s+)?why\b|"
                       r"^\W*(?:(?:And|But|So),?\s+)?(?:that|this)(?:\s+is|['’]s|\s+was)\s+the\s+reason\b|"
                       r"^\W*(?:(?:And|But|So),?\s+)?(?:that|this)\s+(?:means|meant)\b|"
                       r"^\W*(?:for\s+(?:this|that)\s+reason|hence)\b", re.IGNORECASE)
_NOT_ASKED = frozenset({"reason", "reasons", "why"})
# Light verbs carry no event of their own: "why did the gallery get more visitors", "why did unemployment go
# up" ask about the visitors and the rise, which the text words its own way ("has seen a big jump in visitor
# numbers"); as concepts they only dilute what the reason's sentence must cover. ("want" is no light verb: a
# text states a wish as one, "wanted a change".)
LIGHT_VERBS = frozenset({"get", "gets", "got", "getting", "gotten", "go", "goes", "going", "went", "gone"})
# A stated reason outweighs a full match of the question's words: the sentence that repeats the
# question ("X was dropped from the squad") is not its answer ("X was dropped because …").
REASON_WEIGHT = 1.5
# A sentence stating a reason in a passage that covers the question need cover only part of it itself:
# "The tenant waited a year to sue because …" answers "why did the lodger wait before suing the landlord?".
REASON_COVER = 0.6


# "X, so Y" / "X and so Y": what comes before "so" is the reason for the clause after it ("… when loans are marketed
# so people know to take out payment protection", "they live in any city and village and so we need ordinary
# people"). Only "so" opening a clause: a subject (a pronoun, or a determiner or a plural noun and its verb) follows;
# never the adverb ("so far", "so much", "and so on", "so-called", "is so good").
_SO_CLAUSE = re.compile(
    r"(?:,|\band|\b(?:[a-z]+ed|[a-z]+s|[a-z]+ly))\s+so\s+(?:that\s+)?(?:(?:we|they|he|she|it|you|i|people|everyone)\b|"
    r"(?:an?|the|its|their|his|her|our|this|these|those)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:is|are|was|were|will|would|can|could|must|should|has|have|had)\b)", re.IGNORECASE)


def consequence(sentence: str) -> bool:
    """Whether the sentence says what follows from something it also states: "X, so Y" ("…, so an extra big
    ball-carrier is thought to be necessary"): the first part is the reason for the second."""
    return _SO_CLAUSE.search(sentence) is not None


# An act done to someone for something, and what it was for: a penalty ("sacked by Chelsea and banned for seven
# months for taking cocaine", "was suspended … by Athletics Kenya after failing to report to a camp"), a judgement
# ("won the award for taking risks", "criticised for failing to act", "apologised for an article"), an event called
# off and what caused it ("postponed following protests", "called off after heavy rain"). Each answers only a question
# about such an act: "why is Dougie Walker retiring" is not answered by "The Scot was suspended for two years in 1998
# after testing positive", which tells why he was banned back then. Each row: the act's verbs as written, what may
# follow "for"/"after" (a gerund, or any noun phrase), and the stems of the question's words that ask about it.
_GERUND = (r"(?:(?:his|her|their|its|allegedly|repeatedly)\s+)?(?!(?:nothing|something|anything|everything|morning|"
           r"evening|during|spring|string|king|thing|ring|wing|swing|sibling)\b)(?-i:[a-z]{2,}ing)\b")
# an offence named by its noun ("yellow carded … for an offence in the line-out", "booked for a late tackle", "jailed
# for fraud"): what a penalty was for, as a gerund says it ("for diving")
_OFFENCE = (r"(?:(?:an?|his|her|their|its|the|a\s+second|another)\s+)?(?:(?-i:[a-z]+)\s+){0,2}?"
            r"(?:offen[cs]es?|fouls?|tackles?|challenges?|handball|dissent|misconduct|breach(?:es)?|infringements?|"
            r"doping|assault|fraud|theft|murder|manslaughter|speeding|corruption|bribery|contempt|perjury|"
            r"time-wasting|elbow|stamp|trip)\b")
# a noun phrase that is no time ("after two weeks", "following the weekend", "after the match")
_CAUSE_PHRASE = (r"(?!(?:the\s+|a\s+|an\s+|this\s+|last\s+|next\s+)?(?:weekend|summer|winter|spring|autumn|years?|"
                 r"months?|weeks?|days?|hours?|minutes?|match|game|meeting|talks|end|start|first|second|initial|"
                 r"election|two|three|four|five|six|seven|eight|nine|ten|several|few|just|only|long|\d)\w*\b)(?:the\s+|a\s+|an\s+|heavy\s+|strong\s+|fierce\s+)?(?-i:[a-z]{3,})\b")
_BETWEEN = r"(?:\s+(?!(?:and|but|while|who|which)\b)[\w'’£$.-]+){0,12}?\s+"
ACTS_DONE: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "punished for doing": (
        re.compile(r"\b(?:banned|suspended|fined|sacked|fired|dismissed|jailed|imprisoned|arrested|convicted|sentenced|"
                   r"punished|disciplined|expelled|penali[sz]ed|disqualified|stripped|censured|reprimanded|sent\s+off|"
                   r"booked|(?:yellow|red)[\s-]carded|carded|sin[\s-]binned)\b"
                   rf"{_BETWEEN}(?:for|after)\s+(?:{_GERUND}|{_OFFENCE})", re.IGNORECASE),
        re.compile(r"ban|bann(?:ed|ing)|bans|suspen(?:d|ds|ded|ding|sion)|fined?|fines|sack(?:s|ed|ing)?|fir(?:e|ed|ing)|"
                   r"dismiss(?:ed|al)?|jail(?:s|ed)?|prison|imprison(?:ed|ment)?|arrest(?:s|ed)?|convict(?:s|ed|ion)?|"
                   r"sentenc(?:e|ed|es)|punish(?:ed|ment)?|disciplin(?:e|ed|ary)|expel(?:led)?|expulsion|penalis(?:e|ed)|"
                   r"disqualif(?:y|ied|ication)|strip(?:ped)?|censur(?:e|ed)|reprimand(?:ed)?|book(?:ed)?|sent|"
                   r"card(?:ed)?|bin(?:ned)?|sin-binned")),
    "rewarded for doing": (
        re.compile(r"\b(?:won|wins|awarded|honou?red|praised|hailed|commended|thanked)"
                   rf"{_BETWEEN}for\s+{_GERUND}", re.IGNORECASE),
        re.compile(r"win|wins|won|award(?:s|ed)?|honou?r(?:s|ed)?|prais(?:e|ed)|hail(?:ed)?|commend(?:ed)?|thank(?:ed)?|"
                   r"prizes?")),
    "blamed for doing": (
        re.compile(r"\b(?:criticised|criticized|condemned|attacked|slammed|blasted|accused|mocked|ridiculed|sued)"
                   rf"{_BETWEEN}for\s+{_GERUND}"
                   r"|\bapologi[sz](?:ed|es|ing|e)\s+(?:[\w'’-]+\s+){0,3}?for\s+(?!(?:the\s+)?(?:first|second)\b)",
                   re.IGNORECASE),
        re.compile(r"critici[sz](?:e|ed|es|m)|condemn(?:ed)?|attack(?:ed)?|slam(?:med)?|blast(?:ed)?|accus(?:e|ed)|"
                   r"mock(?:ed)?|ridicul(?:e|ed)|sue|sued|apologi[sz](?:e|ed|es)|apology")),
    "called off after": (
        re.compile(r"\b(?:postponed|delayed|cancell?ed|called\s+off|put\s+back|scrapped|abandoned|halted|shelved|"
                   rf"withdrawn|pulled){_BETWEEN}(?:following|after|amid)\s+{_CAUSE_PHRASE}", re.IGNORECASE),
        re.compile(r"postpon(?:e|ed|ement)|delay(?:s|ed)?|cancel(?:led|ed|lation)?|call(?:ed)?|scrap(?:ped)?|"
                   r"abandon(?:ed)?|halt(?:ed)?|shelv(?:e|ed)|withdr(?:aw|awn|ew)|pull(?:ed)?")),
}


# More of the ways English states a cause, beside "because" and its kin above, each a row: (what it is, pattern,
# strength as ``reason_strength`` gives it). Read answers to why-questions give their reasons so as often as with
# "because": "Anger over the war has appeared to be the main reason", "… taking over from beer thanks to its low tax",
# "the heavy spending means the target will be missed", "had thought it was too gloomy to release", "kept his team
# small by hiring expert programmers", "had helped to move the focus".
CAUSE_MARKERS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    # never "the reason for …", "the reason why …", nor "the main reason the Kelby mill shut": a reason followed by
    # what it is the reason for names its event, which may be another than the one asked
    ("a reason named", re.compile(r"\b(?:the|a|one|another)\s+(?:[a-z]+\s+){0,2}?reasons?\b(?!\s+(?:for|why|that|"
                                  r"the|a|an|its|their|his|her|(?-i:[A-Z])\w*)\b)", re.IGNORECASE), 1.0),
    ("thanks to", re.compile(r"\bthanks\s+to\b", re.IGNORECASE), 1.0),
    ("means that", re.compile(r"\b(?:means|meant)\s+(?:that\s+)?(?:the|a|an|it|they|he|she|we|its|their|there)\b",
                              re.IGNORECASE), 0.7),
    # "too early to say how it started" says the cause is not known
    ("too much to", re.compile(r"\btoo\s+(?-i:[a-z]+)\s+to\s+(?!(?:say|tell|know|judge|comment|speculate|confirm|"
                               r"predict|determine|establish)\b)(?-i:[a-z]+)\b", re.IGNORECASE), 0.7),
    ("by doing", re.compile(r"\bby\s+(?-i:[a-z]{3,}ing)\s+(?!(?:the\s+)?(?:end|time)\b)", re.IGNORECASE), 0.7),
    ("helped to", re.compile(r"\bhelped\s+(?:to\s+)?(?-i:[a-z]{3,})\b(?<!\bout)(?<!\bby)", re.IGNORECASE), 0.7),
    # what a state of affairs is put down to: "the deficit reflects the fact (that) America is growing faster"
    ("reflects the fact", re.compile(r"\breflect(?:s|ed|ing)?\s+the\s+fact\b", re.IGNORECASE), 1.0),
    # "the decision springs from the deterioration in media relations"
    ("springs from", re.compile(r"\bspr(?:ing|ings|inging|ang|ung)\s+from\b", re.IGNORECASE), 1.0),
    # "was forced to resign in April over abuses in the visa system", "sacked over the leak": what a resignation is
    # over is what caused it (never "over the weekend", "over 20 years")
    ("quit over", re.compile(r"\b(?:resign(?:s|ed|ing)?|quit(?:s|ting)?|sacked|(?:stood|stand(?:s|ing)?|"
                             r"step(?:s|ped|ping)?)\s+down)"
                             r"(?:\s+[\w'’-]+){0,3}?\s+over\s+(?!(?:the\s+|a\s+|an\s+)?(?:weekend|summer|winter|christmas|easter|new\s+year|"
                             r"half|phone|telephone|third|quarter|"
                             r"spring|autumn|years?|months?|weeks?|days?|decades?|period|past|last|next|coming|course|"
                             r"\d)\w*\b)", re.IGNORECASE), 1.0),
    *((name, pattern, 1.0) for name, (pattern, _) in ACTS_DONE.items()),
    # what moved a figure, set off after it with a direction, or after a passive: "prices have fallen by 6%, driven
    # down by forecasts of a mild winter", "sales were dampened by the wet summer" (never ", boosted by growth at
    # PayPal" alone: a figure's rise set off so may be another than the one asked)
    ("moved by", re.compile(r",\s+(?:driven|pushed|dragged|weighed|sent|knocked|pulled)\s+(?:down|up|higher|lower)\s+by\s+(?!\d)"
                            r"|\b(?:is|are|was|were|been|be|being)\s+(?:[a-z]+ly\s+)?(?:dampened|hurt|dragged|weighed|"
                            r"pushed|pulled|knocked|sent|driven)(?:\s+(?:down|up|back|higher|lower))?\s+by\s+(?!\d)",
                            re.IGNORECASE), 1.0),
    # what an act was meant to do is its purpose: "the change is intended to distance the country from its past",
    # "a scheme designed to cut red tape" (never "was meant to open in May", nor "intended to open in June": a schedule)
    ("meant to do", re.compile(r"\b(?:intended|designed|calculated)\s+to\s+(?!(?:open|start|begin|close|launch|run|"
                               r"last|be\s+(?:open|ready|completed|finished))\b)(?-i:[a-z]{2,})\b", re.IGNORECASE), 1.0),
    # "drivers circling in search of a cheaper option": what someone does a thing in search of is why
    ("in search of", re.compile(r"\bin\s+(?:search|pursuit)\s+of\b", re.IGNORECASE), 1.0),
    # what kept someone from an act is why they did not do it: "a hamstring injury had stopped him from running at
    # his best", "a back injury ruled her out of the race"
    ("kept from", re.compile(r"\b(?:stopped|stops|stop|prevented|prevents|prevent|kept|keeps|barred|ruled|rules)\s+"
                             r"(?:him|her|them|it|us|me|(?-i:[A-Z][\w'’-]+))\s+(?:from\s+(?-i:[a-z]+ing)|out\s+of)\b",
                             re.IGNORECASE), 1.0),
    # a thought behind an act: "quitting when he thought the singer's career had peaked"
    ("when they thought", re.compile(r"\bwhen\s+(?:he|she|they|it|we|i|the\s+[a-z]+)\s+(?:thought|felt|believed|"
                                     r"realised|realized|decided|feared|saw\s+that|found\s+that)\b", re.IGNORECASE), 0.7),
    # what was lacking for an end: "Yukos did not have enough of a US presence to establish US jurisdiction"
    ("not enough to", re.compile(r"\b(?:not|n't|never|no|lacked|lacks|lack)\b(?:\s+[\w'’-]+){0,4}?\s+enough\b"
                                 r"(?:\s+[\w'’-]+){0,6}?\s+to\s+(?-i:[a-z]+)\b", re.IGNORECASE), 0.7),
    # "it was not benefiting since much of the traffic was in containers": "since" before a clause whose verb is
    # a state is a cause ("since he took over" is a time, and left out)
    ("since a state", re.compile(r"\bsince\s+(?!(?:then|when|last|early|late)\b)(?:[\w'’-]+\s+){1,5}?"
                                 r"(?:is|was|are|were|has\s+been|had\s+been|remains|remained|lacks|lacked)\b",
                                 re.IGNORECASE), 0.7),
)


# What the words just before a marker may say to make it no cause: a reason denied ("without giving a reason", "has
# not given a reason"), the manner of an announcement ("announcing her decision by posting a letter"), which tells
# how the news was given, not why the thing announced was done, and a relative clause describing someone ("Jo Lind,
# who helped to found the festival, resigned", "Tom Ash, who made his name by singing jingles, won"), which tells
# who they are, not why they acted.
_NOT_A_CAUSE: dict[str, re.Pattern[str]] = {
    "a reason named": re.compile(r"(?:\b(?:without|not|never|no|nor|declined|refused|failed)|n't)\b(?:\W+[\w'’-]+){0,3}"
                                 r"\W*$", re.IGNORECASE),
    "by doing": re.compile(r"\b(?:announc|reveal|confirm|declar|publici[sz]|signal|respond|repl|react|mark|celebrat)"
                           r"\w*\b(?:\W+[\w'’-]+){0,3}\W*$|,\s+(?:who|which)\b[^,;]*$", re.IGNORECASE),
    # "whether the intervention was intended to give special help" asks what it was meant for
    "meant to do": re.compile(r"\b(?:whether|if)\b[^,;]*$", re.IGNORECASE),
    "helped to": re.compile(r"\b(?:who|which|whose\s+[\w'’-]+)\s+(?:(?:had|has|once|also|then)\s+)?$", re.IGNORECASE),
}



def penalised_another(sentence: str, concepts: list[Concept]) -> bool:
    """Whether the penalty the sentence gives a reason for falls on someone other than the asked person: the names the
    question gives stand in the sentence only inside the reason ("Marek was yellow carded for a late tackle on Tom
    Senn" is no answer to why Senn was sin-binned)."""
    m = ACTS_DONE["punished for doing"][0].search(sentence)
    if m is None:
        return False
    # (the asked person may be the active verb's object, "Carrow City banned striker Joe Malley for two matches for
    # breaking a curfew": only one named after the "for" or "after" that gives the reason is someone else's victim)
    reason_at = m.start() + max(m.group(0).lower().rfind(" for "), m.group(0).lower().rfind(" after "))
    named = [w.start() for c in concepts for w in re.finditer(rf"\b{re.escape(c.word)}\b", sentence, re.IGNORECASE)
             if w.group(0)[:1].isupper()]
    return bool(named) and min(named) > reason_at


def acts_asked(concepts: list[Concept]) -> frozenset[str]:
    """The acts of :data:`ACTS_DONE` a why-question asks about ("why was X banned", "why did Chelsea sack Mutu")."""
    words = [c.word.lower() for c in concepts]
    return frozenset(name for name, (_, asked) in ACTS_DONE.items() if any(asked.fullmatch(w) for w in words))


def _after_a_span(sentence: str, m: re.Match[str]) -> bool:
    """'sacked … just five months after appointing him': an act's "after" measured from a span of time says when, not
    why ("banned for two years after testing positive" is the ban's length, and its reason)."""
    at = m.group(0).lower().rfind(" after ")
    return at >= 0 and time_span_before(sentence[: m.start() + at + 1])


def cause_marker(sentence: str, acts: frozenset[str] | None = None) -> float:
    """The strength of the strongest cause :data:`CAUSE_MARKERS` finds in the sentence (0 when none), leaving out a
    marker the words before it make no cause (:data:`_NOT_A_CAUSE`), and an act done's reason unless the question
    asks about that act (``acts``; None: every one)."""
    return max((strength for name, pattern, strength in CAUSE_MARKERS
                if acts is None or name not in ACTS_DONE or name in acts
                for m in pattern.finditer(sentence)
                if not (name in ACTS_DONE and _after_a_span(sentence, m))
                if not ((guard := _NOT_A_CAUSE.get(name)) and guard.search(sentence[:m.start()]))), default=0.0)


def reason_strength(sentence: str, acts: frozenset[str] | None = None) -> float:
    """1 for a sentence stating a reason outright, 0.7 for a cause of something ("led to"), 0.4 for
    a hint of one ("after …"), else 0 (an act done's reason counts only for the ``acts`` asked: :func:`acts_asked`)."""
    if _BACKWARD.search(sentence):
        return 0.0  # its reason is the sentence before it
    # "The club thanked him but gave no reason for the decision": a reason said not to be given is none
    sentence = _NO_REASON.sub(" ", sentence)
    marked = cause_marker(sentence, acts)
    if _STRONG.search(sentence) or marked >= 1.0:
        return 1.0
    if _EFFECT.search(sentence) or clausal_reason(sentence) or consequence(sentence) or marked:
        return 0.7
    return 0.4 if any((not time_span_before(sentence[:m.start()]) or finite_clause_after(sentence[m.end():]))
                      and not _DURATION_AFTER.match(sentence, m.end())
                      for m in _WEAK.finditer(sentence)) else 0.0


# a reason or an explanation said not to be given, with what it would have been for ("gave no reason for the
# decision", "No reason was given for the move", "declined to give a reason for his departure")
_NO_REASON = re.compile(r"\b(?:(?:gave|give|gives|giving|offered|offer|provided|provide)\s+no\s+(?:reason|explanation)s?|"
                        r"no\s+(?:reason|explanation)s?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
                        r"(?:given|offered|provided)|(?:declined|refused|failed|did\s+not|didn't|would\s+not|wouldn't)\s+"
                        r"(?:to\s+)?(?:give|offer|provide)\s+(?:a|any)\s+(?:reason|explanation)s?|without\s+(?:giving|offering)\s+"
                        r"(?:a|any)\s+(?:reason|explanation)s?)"
                        r"(?:\s+for\b(?:(?!\b(?:but|and|although|though|while|as|because)\b)[^,.;])*)?", re.IGNORECASE)


# "would retire in June after 14 years with the group": "after" a length of time says how long, not why
_DURATION_AFTER = re.compile(r"\s+(?:more\s+than\s+|nearly\s+|almost\s+|just\s+|only\s+|some\s+)?(?:\d[\d,.]*|an?|one|two|"
                             r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|(?:a\s+)?few)\s+"
                             r"(?:full\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seasons?|decades?)\b"
                             r"(?!\s+of\b)", re.IGNORECASE)


def finite_clause_after(after: str) -> bool:
    """Whether a clause with its own verb follows the marker ("minutes after the floodlights failed", "shortly after
    she leaked the budget"): what it tells came first and may be why, however soon; a gerund or a noun ("hours after
    announcing his departure", "hours after the announcement") only dates the sentence's act."""
    return _FINITE_AFTER.match(after) is not None


def time_span_before(before: str) -> bool:
    """Whether a span of time is measured up to the marker that follows ("hours after", "shortly after"); a span that
    is the length of something ("banned for two years after testing positive") is not."""
    return _SPAN_BEFORE.search(before) is not None and _LENGTH_BEFORE.search(before) is None


# "just hours after announcing his departure", "shortly after", "days after": a span of time measured to "after" tells
# when, not why (a hint of a reason only when "after" stands alone)
_SPAN_BEFORE = re.compile(r"\b(?:seconds|minutes|hours|days|weeks|months|years|moments|shortly|soon|just|immediately|"
                          r"straight|only)\s+$", re.IGNORECASE)
_LENGTH_BEFORE = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,2}(?:seconds|minutes|hours|days|weeks|months|years)\s+$",
                            re.IGNORECASE)


_WHY_VIEW = re.compile(
    r"^\W*why\s+(?:does|did|do|would|has|have|is|was)\s+(?P<who>.+?)\s+(?:think|believe|say|feel|argue|fear|want|"
    r"expect|claim|insist|warn)s?\b\s*(?:that\s+)?(?P<what>\S.*?)\W*$", re.IGNORECASE)
_WHY_ACCORDING = re.compile(r"^\W*why\s+(?:(?:does|did|do|is|was|are|were|has|have|would|should)(?:n['’]t)?\s+)?"
                            r"(?P<what>\S.*?),?\s+according\s+to\s+(?P<who>\S.*?)\W*$", re.IGNORECASE)


def view_asked(text: str) -> tuple[str, str] | None:
    """(whose view, about what) for "why does X think Y?" and "why Y, according to X?": the answer is
    X's own words giving the reason, not a sentence about them."""
    m = _WHY_VIEW.match(text) or _WHY_ACCORDING.match(text)
    return (m.group("who"), m.group("what")) if m else None


def answer_why(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    if (view := view_asked(pq.text)) and (said := _reasons_said(snap, pq, *view)) is not None:
        return said
    words = asked_words(pq.terms or content_terms(pq.subject or pq.text))
    concepts = concepts_for(snap, words)
    if not concepts:
        return not_covered(pq.text, Intent.why, "Why what? Ask about something the sources report, e.g. “Why did the talks fail?”")
    items = ranked_items(snap, words, concepts, lambda cs: _reasons(snap, cs))
    if not items:
        # nothing covers the question well enough: a sentence that hints at a reason ("to keep costs down")
        # in a passage that covers it answers, rather than "not covered"
        items = ranked_items(snap, words, concepts, lambda cs: _reasons(snap, cs, hinted=True))
    if not items:
        # still nothing: a paragraph read under its story's headline and lead (``ranked_items``)
        items = ranked_items(snap, words, concepts, lambda cs: [],
                             in_story=lambda cs: _reasons(snap, cs, story=True))
    if not items:
        return not_covered(pq.text, Intent.why)
    return Answer(question=pq.text, intent=Intent.why, answers=tuple(items))


def asked_words(terms: tuple[str, ...] | list[str]) -> list[str]:
    """The words of a why-question that name its event: neither "reason"/"why" nor a light verb ("get", "go"), unless a light verb is all the question has."""
    words = [w for w in terms if w not in _NOT_ASKED]
    return [w for w in words if w not in LIGHT_VERBS] or words


def _reasons(snap: Snapshot, concepts: list[Concept], hinted: bool = False, story: bool = False) -> list[AnswerItem]:
    """Covering sentences, those stating a reason first. With ``hinted`` (the fallback), only sentences that
    hint at a reason, covering part of the question as a stated reason must."""
    items: list[AnswerItem] = []
    candidates = candidate_sentences(snap, concepts, headline=True, story=story)
    told_before = event_told_before(snap, concepts, candidates)
    acts = acts_asked(concepts)
    for s in candidates:
        strength = reason_strength(s.text, acts)
        if 0.0 < strength < 1.0 and (asked_in_reason(s.text, concepts) or effect_elsewhere(s.text, concepts)):
            strength = 0.0  # "… faces a rebellion after deciding to back ID cards": the clause is the event asked
        elif 0.0 < strength < 1.0 and s.cover >= MIN_COVERAGE and attached_reason(s.text, concepts):
            strength = 1.0  # "… started her blog in January to help her get over her mother's death"
        if strength >= 1.0 and "punished for doing" in acts and penalised_another(s.text, concepts):
            strength = 0.0  # "Marek was yellow carded for a late tackle on Tom Senn, who was himself sin-binned"
        if strength >= 1.0 and s.cover < MIN_COVERAGE and toll_only(s.text) and toll_on_other(s.text, concepts):
            strength = 0.0  # "years of office had taken their toll on her health": of her, not the tax rise before it
        cover = reason_cover(s, strength, told_before(s))
        if hinted:
            if strength <= 0.0 and cover >= MIN_COVERAGE * REASON_COVER and (said := own_words_after(snap, s)) is not None:
                paragraph, start, end, text = said
                items.append(item(snap, s.source_id, paragraph, start, end, text, text,
                                  cover * 2 + min(s.passage_score, 20) / 40 + REASON_WEIGHT * OWN_WORDS))
            if strength <= 0.0 or cover < MIN_COVERAGE * REASON_COVER:
                continue
        elif cover < MIN_COVERAGE and not (strength >= 1.0 and cover >= MIN_COVERAGE * REASON_COVER):
            continue
        base = cover * 2 + min(s.passage_score, 20) / 40
        if strength < 1.0:
            for k, (paragraph, start, end, text) in enumerate(sentences_after(snap, s, limit=FOLLOWING)):
                if k == 0 and _BACKWARD.search(text):  # "X happened. That is why …": the covering sentence is it
                    strength = 0.9
                    break
                if reason_strength(text, acts) >= 1.0:
                    # "It worked because …", "X were blamed for the rise": the reason of what came before;
                    # a reason naming its own new subject explains another matter, and ends the search
                    if refers_back(text):
                        items.append(item(snap, s.source_id, paragraph, start, end, text, text,
                                          base + REASON_WEIGHT * 0.9 * (1 - FOLLOWING_DECAY * k)))
                    break
        if strength > 0.0:  # a sentence that states no reason never answers "why"
            items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text,
                              base + REASON_WEIGHT * strength))
        if _BACKWARD.search(s.text) and (before := _previous_sentence(snap, s)) is not None:
            start, end, text = before  # "That is why the talks failed": the reason is the sentence before
            items.append(item(snap, s.source_id, s.paragraph, start, end, text, text, base + REASON_WEIGHT * 0.9))
    return items


# A sentence stating a reason in a passage that covers the question speaks of what the passage is about even
# when it names it by a pronoun or another word ("It blamed the poor results on …" after "Unilever said profit
# fell"): it covers the question as well as its passage does, discounted.
REASON_PASSAGE = 0.8


def reason_cover(s: Sentence, strength: float, told: float = 1.0) -> float:
    """How well a candidate sentence covers a why-question: its own words, or for a sentence stating a reason
    about what came before (its subject a pronoun or a definite description: "It blamed …", "The company
    cited …"), its passage's (discounted by ``REASON_PASSAGE``) when that is more. A sentence naming its own
    subject ("Bloglines has become popular because …") is about that subject, so its own words decide, and so
    does one whose "it" points at nothing ("It would be good to avoid a play-off"), and so does one after which
    nothing before it in its paragraph, nor its story's headline, tells the asked event (``told``, their best
    cover of the question): its pronoun points back to another matter ("They are, perhaps, alone as the only rock
    band …" after a quotation on the band's drive, asked why one member left). Part of the question told before
    is enough, as for any stated reason (``REASON_COVER``): the text names the event its own way ("rejected" for
    "turned down")."""
    if strength < 0.7 or not (_ANAPHORIC.match(opening(s.text)) or reported_anaphor(s.text) or drove_it(s.text)) \
            or dummy_it(s.text) \
            or told < MIN_COVERAGE * REASON_COVER:
        return s.cover
    return max(s.cover, s.passage_cover * REASON_PASSAGE)


def event_told_before(snap: Snapshot, concepts: list[Concept],
                      candidates: list[Sentence]) -> Callable[[Sentence], float]:
    """For a candidate sentence, how well the asked event is told before it where a pronoun of it may point: the
    best cover of the question by an earlier sentence of its paragraph (its own words), by its story's headline or
    by the paragraph before. The candidates hold every sentence of their passages, so only that paragraph is read
    again, and only when the others tell too little."""
    earlier: dict[tuple[str, int], list[tuple[int, float]]] = {}
    for c in candidates:
        earlier.setdefault((c.source_id, c.paragraph), []).append((c.start, c.cover))
    headline: dict[str, float] = {}

    before: dict[tuple[str, int], float] = {}

    def paragraph_before(s: Sentence) -> float:
        """The cover of the paragraph before the sentence's, read only when asked: news often gives each sentence a
        paragraph, so "It blamed …" may open the paragraph after the one telling what it blames."""
        key = (s.source_id, s.paragraph)
        if key not in before:
            doc = snap.document(s.source_id)
            prior = [p for p in doc[1] if p.number < s.paragraph] if doc else []
            before[key] = coverage(concepts, set(analyse(prior[-1].text))) if prior else 0.0
        return before[key]

    def told(s: Sentence) -> float:
        if s.source_id not in headline:
            headline[s.source_id] = coverage(concepts, set(analyse(snap.meta(s.source_id).title or "")))
        best = max([headline[s.source_id],
                    *(cover for start, cover in earlier.get((s.source_id, s.paragraph), ()) if start < s.start)])
        return best if best >= MIN_COVERAGE * REASON_COVER else max(best, paragraph_before(s))

    return told


# A reported clause whose subject points back: "… chief aide said it was necessary because …": what the clause
# states a reason about is what came before, as for a sentence opening so. A reported "they" is most often the
# speakers themselves ("the union said they would fight the cuts because …"), so it points back to nothing told.
# ("… said the rise was needed to protect services": a definite description of the event told before points back too)
_REPORTED_ANAPHOR = re.compile(rf"\b(?:{alternation('reported')})\s+(?:that\s+)?"
                               r"(?:it|this|the\s+(?:[a-z-]+\s+)?(?:rise|increase|cut|cuts|move|decision|change|delay|"
                               r"delays|closure|fall|drop|ban|deal|sale|plan|plans|takeover|merger|shutdown|strike|rule|"
                               r"rules|tax|measure|measures|policy|bid|offer))\s+(?:was|is|were|are|had|has|would|will|"
                               r"could|might)\b")


# "Strong growth and low interest rates have driven demand, and …": a cause driving a bare market noun, with nothing
# after it to say whose, drives the one its passage told of ("South African car demand surges")
_DROVE_IT = re.compile(rf"\b(?:has|have|had)\s+(?:{_DRIVING})\s+(?:the\s+)?(?:{_MARKET_NOUNS})\s*(?:[,.;]|and\b|$)",
                       re.IGNORECASE)


def drove_it(sentence: str) -> bool:
    """Whether the sentence names the cause of a bare market noun (``_DROVE_IT``): a reason about its passage."""
    return _DROVE_IT.search(sentence) is not None


def reported_anaphor(sentence: str) -> bool:
    """Whether the sentence reports a clause whose subject is a pronoun pointing back ("… said it was necessary
    because of …"): the reason it states is about what its passage told before."""
    return _REPORTED_ANAPHOR.search(unquoted(sentence)) is not None


_ANAPHORIC = re.compile(r"^\W*(?:(?:But|And|However|So),?\s+)?(?:It|They|He|She|This|That|These|Those|"
                        r"(?:The|Its|Their|His|Her)\s+(?!(?-i:[A-Z]))[a-z0-9-]+)\b")
# "It would certainly be good to …", "It's clear that …", "It is time to …": an "it" that stands for the clause
# after the adjective, not for anything told before (the adjectives of judgement English opens such a sentence with)
_DUMMY_IT = re.compile(
    r"^\W*(?:(?:But|And|However|So),?\s+)?It(?:['’]s|\s+(?:is|was|would|will|could|might|may|must|should|can|"
    r"has\s+been|had\s+been)(?:n['’]t|\s+not)?)(?:\s+(?:certainly|surely|clearly|also|still|now|never|always|"
    r"really|probably|just|very|so|too|quite|more|most|less))*(?:\s+(?:be|have\s+been))?"
    r"(?:\s+(?:certainly|really|very|so|too|quite|more|most|less))*\s+(?:a\s+)?(?:good|better|best|bad|worse|worst|"
    r"important|clear|unclear|obvious|likely|unlikely|possible|impossible|hard|difficult|easy|easier|necessary|"
    r"vital|essential|crucial|true|right|wrong|fair|unfair|surprising|time|nice|great|sad|shame|pity|fine|wise|"
    r"sensible|interesting|strange|odd|worth|useful|helpful|safe|dangerous|tough|fantastic|disappointing|"
    r"frustrating|encouraging|understandable|unacceptable|acceptable|too\s+early|early|late)\b",
    re.IGNORECASE)


def dummy_it(sentence: str) -> bool:
    """Whether a sentence opens with an "it" that stands for what comes after it ("It would certainly be good to
    avoid a play-off"), not for something told before: such a sentence is about nothing before it."""
    return _DUMMY_IT.match(opening(sentence)) is not None


# What a reason is given for, written as a definite description of something already told: "… were blamed for
# the rise", "… is behind the decision". Like a pronoun subject, it points back to the event before it (a
# possessive may point to the sentence's own subject instead: "Rivals blamed the winter for their own sales").
_BACK_OBJECT = re.compile(r"\b(?:for|behind|explains?|explained|explaining)\s+(?:the|this|that|these|those)\s+(?!(?-i:[A-Z]))[a-z-]+\b", re.IGNORECASE)
# How many sentences after one that covers a why-question the reason may come (news gives the event, then a
# figure or two, then why: "German unemployment rose … The total rose 17,000 … Bad weather was blamed for the
# rise"), and what each sentence further away costs.
FOLLOWING = 3
FOLLOWING_DECAY = 0.1


def refers_back(sentence: str) -> bool:
    """Whether a sentence speaks of what came before it: its subject a pronoun or a definite description
    ("It worked because …", "The 31-year-old is concerned …"), or the thing it explains a definite one
    ("… were blamed for the rise")."""
    return bool((_ANAPHORIC.match(opening(sentence)) and not dummy_it(sentence)) or _BACK_OBJECT.search(unquoted(sentence)))


def asked_in_reason(sentence: str, concepts: list[Concept]) -> bool:
    """Whether a temporal marker's clause ("after deciding to back ID cards", "hours after announcing his
    departure") holds more of the question's words than the rest of the sentence: then it is the event asked
    about, not its cause, and the sentence states no reason for it."""
    if _STRONG.search(sentence):
        return False
    markers = [*_WEAK.finditer(sentence), *_EFFECT.finditer(sentence)]
    if not markers:
        return False
    weight = {c.word: c.weight for c in concepts}

    def is_event(m: re.Match[str]) -> bool:
        head, clause = set(analyse(sentence[:m.start()])), set(analyse(sentence[m.end():]))
        in_clause = sum(weight[c.word] for c in concepts if c.matched_by(clause) and not c.matched_by(head))
        in_head = sum(weight[c.word] for c in concepts if c.matched_by(head) and not c.matched_by(clause))
        return in_clause > in_head

    # the sentence states a reason when one of its markers opens a clause that is not the event asked about:
    # "… was put in doubt after he pulled out of the Kooyong Classic with a hip injury" answers why he pulled out
    return all(is_event(m) for m in markers)


_LED_TO = re.compile(rf"\b(?:{_LEADS_TO})\b", re.IGNORECASE)


_TOLL = re.compile(r"\b(?:took|take|takes|taking|taken)\s+(?:its|their|a|his|her)\s+(?:heavy\s+)?toll\b",
                   re.IGNORECASE)


def toll_only(sentence: str) -> bool:
    """Whether the sentence's only stated cause is a toll taken ("had taken their toll on her health"): a toll
    is a cause only where its own sentence tells the event asked ("Sales fell as rate rises took their toll"), not
    for an event its passage told before."""
    return all(_TOLL.fullmatch(m.group(0)) for m in _STRONG.finditer(sentence)) and _TOLL.search(sentence) is not None


_TOLL_ON = re.compile(r"\btoll\s+on\s+(?P<what>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)


def toll_on_other(sentence: str, concepts: list[Concept]) -> bool:
    """Whether the toll is said to fall on something the question never names ("taken their toll on her health",
    asked why the council raised its tax); a toll with no "on" ("The bad winter weather also took its toll") speaks
    of what its passage tells."""
    found = _TOLL_ON.search(sentence)
    return found is not None and not any(c.matched_by(set(analyse(found.group("what")))) for c in concepts)


def effect_elsewhere(sentence: str, concepts: list[Concept]) -> bool:
    """Whether the sentence's only cause is "X led to / prompted Y" with Y something the question does not ask about
    ("Her warnings led to the collapse of the firm", for why she left it): the sentence gives the reason for Y, not
    for the event asked. Y is the words after the marker up to the next clause break."""
    found = list(_LED_TO.finditer(sentence))
    # a time word inside the effect ("led to the collapse of the firm following the discovery of a fraud") is part
    # of it; one before the marker may be a cause of its own
    if not found or _STRONG.search(sentence) or len(found) != len(list(_EFFECT.finditer(sentence))) \
            or clausal_reason(sentence) or consequence(sentence) \
            or any(w.start() < found[0].end() for w in _WEAK.finditer(sentence)):
        return False
    # a cause that names what the question asks about ("Cracks found in the Tarn bridge prompted its closure on
    # Monday") tells what befell it, whatever word the effect is named by
    # ("…, prompting analysts to raise questions": a participle's cause is the whole clause before it, whatever it names)
    if any(c.matched_by(set(analyse(sentence[:found[0].start()]))) for c in concepts) \
            and not all(m.group(0).lower().endswith("ing") for m in found):
        return False
    for m in found:
        effect = re.split(r"[,;:]", sentence[m.end():], maxsplit=1)[0]
        if any(c.matched_by(set(analyse(effect))) for c in concepts) or _BACK_EFFECT.match(effect):
            return False
    return True


# an effect named by a short definite description alone ("had led to the strong performance") points back to the
# event told before it, as a pronoun would
_BACK_EFFECT = re.compile(r"^\s*(?:the|this|that|these|those|its|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\W*$")


def attached_reason(sentence: str, concepts: list[Concept]) -> bool:
    """Whether a sentence tells the event asked about and then, after all of its words, a purpose or a cause
    ("Ms Lee started her blog in January to help her get over …", "The vote was postponed after the chairman's
    exit reduced …"): the marker's clause is attached to that event, so it states its reason outright."""
    # (an effect after the event, "…, prompting analysts to raise questions", is what it caused, not why it happened)
    markers = [*_WEAK.finditer(sentence), *(m for m in _EFFECT.finditer(sentence) if not _LED_TO.fullmatch(m.group(0)))]
    spans = [(a, b) for term, a, b in term_spans(sentence) if any(c.matched_by({term}) for c in concepts)]
    if not (markers and spans):
        return False
    first = min(markers, key=lambda m: m.start())
    if first.start() < max(b for _a, b in spans):
        return False
    # a time word ("after", "following", "amid") gives a cause only with a clause of its own ("after Greer's exit
    # reduced …"), never before a gerund or a bare noun ("after holding a discussion", "after the match")
    return not _TIME_MARKER.fullmatch(first.group(0)) or _FINITE_AFTER.match(sentence, first.end()) is not None


_TIME_MARKER = re.compile(r"after|following|amid", re.IGNORECASE)
_FINITE_AFTER = re.compile(r"\s+(?![a-z]+ing\b)(?:[\w'’-]+\s+){0,4}?(?:[a-z]{3,}ed|was|were|had|has|have|is|are|did|"
                           r"could|would|said|made|left|took|went|lost|won|saw|came|gave|got|quit|fell|rose)\b")


# What the actor's own words right after their act are worth as its reason: a hint, below any stated cause.
OWN_WORDS = 0.5


def own_words_after(snap: Snapshot, s: Sentence) -> tuple[int, int, int, str] | None:
    """The sentence right after one telling an act, when it is a quotation of someone that sentence names ("Alexander
    Linden … downloaded the Google product but has since removed it." / ""It was just not very interesting," he
    said."): news lets the actor explain the act in their own words, with no "because". Only when the sentence
    telling the act states no reason of its own, and only in the fallback for questions nothing else answers."""
    after = sentences_after(snap, s, limit=1)
    if not after:
        return None
    paragraph, start, end, text = after[0]
    if not text.lstrip().startswith(("\"", "“")) or of_someone_else(text) or not points_back(text, s.text):
        return None
    for q in snap.quotations_in(s.source_id):
        if q.start < end and start < q.end and q.speaker:
            surname = q.speaker.split()[-1]
            return after[0] if re.search(rf"\b{re.escape(surname)}\b", s.text) else None
    return None


_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)


_POINTS_BACK = re.compile(r"^\W*(?:It|That|This|These|Those|There|Such|I|I'm|I’m|I've|I’ve|I'd|I’d)\b|\b(?:it|this)\b")


def points_back(text: str, act: str) -> bool:
    """Whether the quoted words are about the act told just before: they point back to it (""It was just not very
    interesting"", ""That would be fighting …"", ""Nobody ever came to look at it"", the actor's "I …") or reuse one
    of its lower-case words. A quotation on another matter (""The new stand will be ready by May," Bray said.")
    explains nothing of the act."""
    quoted = [m.group(1) for m in _QUOTED.finditer(text)]
    if any(_POINTS_BACK.search(q) for q in quoted):
        return True
    act_words = {t for w in re.findall(r"\b[a-z][\w'’-]*", act) if w not in STOPWORDS for t in analyse(w)}
    return any(t in act_words for q in quoted for w in re.findall(r"\b[a-z][\w'’-]*", q) if w not in STOPWORDS
               for t in analyse(w))


def of_someone_else(text: str) -> bool:
    """Whether the quoted words speak of a person in the third person (""We wish her well," Cole said."): they are
    someone's words about the actor — the manager who reports a player's leaving — not the actor's own account of
    the act."""
    return any(_THIRD_PERSON.search(m.group(1)) for m in _QUOTED.finditer(text))


def _previous_sentence(snap: Snapshot, s: Sentence) -> tuple[int, int, str] | None:
    """The sentence before ``s`` in its paragraph (document offsets and text), if any."""
    doc = snap.document(s.source_id)
    paragraph = next((p for p in doc[1] if p.number == s.paragraph), None) if doc else None
    return sentence_span_before(doc[0], s.start, paragraph.start) if doc and paragraph else None


def _reasons_written(snap: Snapshot, speaker: Speaker, what: str) -> list[AnswerItem]:
    """The sentences stating a reason in the pieces ``speaker`` wrote, in paragraphs that cover ``what``: what
    they wrote states their view as much as what they said ("• Fighting terrorism. Because terrorism is a
    transnational scourge, we can defeat it only if we work together. NATO and Russia have agreed …"). A
    sentence stating a reason speaks of what its paragraph is about, so the paragraph's cover counts
    (discounted, as for any reason about what came before); words the piece quotes from others are not theirs."""
    concepts = concepts_for(snap, content_terms(what))
    if not concepts:
        return []
    out: list[AnswerItem] = []
    for sid in snap.authored(speaker.id):
        doc = snap.document(sid)
        if doc is None:
            continue
        text, paragraphs = doc
        others = [(q.start, q.end) for q in snap.quotations_in(sid) if q.speaker != speaker.name]
        for p in paragraphs[1:]:
            cover = coverage(concepts, set(analyse(p.text)))
            if cover < MIN_COVERAGE:
                continue
            for span in split_sentences(text, p.start, p.end):
                sentence = text[span.start:span.end]
                if reason_strength(sentence) < 1.0 or any(a < span.end and span.start < b for a, b in others):
                    continue
                own = coverage(concepts, set(analyse(sentence)))
                score = max(own, cover * REASON_PASSAGE) + REASON_WEIGHT
                out.append(item(snap, sid, p.number, span.start, span.end, sentence, sentence, score,
                                speaker=speaker.name).model_copy(update={"written": True}))
    return out


def _reasons_said(snap: Snapshot, pq: ParsedQuestion, who: str, what: str) -> Answer | None:
    """The quotations of the one person ``who`` names that are on ``what``, those stating a reason first;
    ``None`` when the name is not one quoted person or none of their words is on it."""
    people = speakers_for(snap, who)
    if len(people) != 1:
        return None
    ranked = rank_quotes(snap, snap.quotations_of(people[0].id), what, loose=True)
    items = []
    for q, score in ranked:
        it = quote_item(snap, q, score)
        items.append(it.model_copy(update={"score": round(score + REASON_WEIGHT * reason_strength(it.quote), 4)}))
    items.extend(_reasons_written(snap, people[0], what))
    if not items:
        return None
    items.sort(key=lambda it: -it.score)
    return Answer(question=pq.text, intent=Intent.why, answers=tuple(merge_same(items)[:MAX_ANSWERS]))
