"""The verbs that report speech, each written once: the one source every speech-verb pattern is derived from.

Why one table: the extractor, the claim reader, the question parser, the quotation finder and the checker each
used to carry a hand list of reporting verbs, and the lists drifted (a verb added to one and not the others, the
same verb twice in one).  Here every form is one row: the form as it stands in text, its lemma, what kind of
reporting it is, and the uses that read it.  A consumer selects the forms of its use, in the table's order, and
builds its own pattern (:func:`alternation`) or set (:func:`words`).

The kinds say what a verb reports, for a reader choosing forms for a new use: ``neutral`` (said, added,
explained), ``evaluative`` (criticised, attacked, hit back: the reporter's judgement rides on the verb),
``belief`` (thinks, believes, fears), ``commitment`` (promised, vowed, threatened: often followed by an
infinitive, not by words), ``written`` (wrote, tweeted, posted), ``manner`` (joked, laughed, shrugged: how the
words came out) and ``naming`` (called, described, branded: the object is named, not quoted).

The uses (who reads which forms):

- ``lead``: the extractor's reporting verb before or after a quotation (``quotes.patterns.VERB``);
- ``participle``: the extractor's "…, saying: '…'" and "with X tweeting that …" openers;
- ``core``: the verbs whose subject is taken as the speaker with most confidence ("said", "told", "added");
- ``aside``: the verbs that report with the speaker after them ("said Mr Straw") or as a bare parenthetical
  ("…, he claimed."); naming and transitive verbs ("called X", "told X") are left out;
- ``infinitive``: verbs that, followed by "to", take an infinitive and report no speech ("agreed to release");
- ``frame``: the verbs of a quotation frame in a chat message or an article (``answer.claims.SPEECH_VERBS``);
- ``claim``: the further verbs a chat message credits words with ("Clarke accused critics of …"), read beside
  the ``frame`` verbs when reading claims only;
- ``ask``: the verbs of a question about someone's words ("what did X say/think/mention …");
- ``yesno``: the verbs of a yes/no question about someone's words ("did X ever comment on …");
- ``describe``: the verbs by which an unnamed description reports ("analysts said", "economists point out");
- ``reported``: the verbs that make a sentence about a person reported speech (``answer.quote``), some only
  before "that" ("cautioned that …": "confirmed his place", "maintained his record" are actions);
- ``pronoun``: the verbs after "he/she/they" that credit a sentence's words to the person last named;
- ``hedge``: the verbs that, earlier in a claim's clause, make it someone else's claim or belief the speaker
  reports (``answer.check``);
- ``opens``: the verbs after which a name opens a clause as its subject ("said Cory Doctorow, …");
- ``turn``: the further verbs of a turn in a conversation ("interrupted", "chimed in"), read beside ``lead``;
- ``plural``: the bare forms after a plural subject ("the two write", "they say");
- ``speaks``: the further verbs that show a person speaking in a passage ("spoke", "replying"), beside ``lead``;
- ``inverted``: the verbs that take no object, so in ", said X" X is their subject;
- ``about``: the verbs after which "her" may be whom the report is about, not the person named before;
- ``org``: the verbs that make a capitalised word before them a body speaking ("Ofcom said");
- ``credit``: the verbs giving words to whoever stands before them ("a spokesman has said": ``answer.roles``);
- ``credit_after``: those of them that stand after a quotation with their subject before them ("…," a
  spokesman said): ``told`` is left out, as it needs an addressee;
- ``pronoun_credit``: the verbs after "he/she/they" that credit words to the person last named
  (``answer.quote``'s credit of a quotation, narrower than ``pronoun``);
- ``subject``: the verbs after a sentence's described subject ("The former UN commissioner … told"): ``answer.who``;
- ``announce``: the verbs that report news as well as words ("announced", "disclosed"): ``answer.when``;
- ``writing``: the verbs after "Writing in the Times, X …" that make X the writer: ``answer.author``.

Order matters where one form is a prefix of another at a word's end ("said" / "said that", "told" / "told
reporters"): an alternation tries the forms in the table's order, so the shorter comes first, as every list did.
Within a word ("say" / "says") the order cannot change a match: every pattern follows the verbs with a word
boundary, a space or punctuation (or matches a word whole), so the shorter form fails where the longer one stands;
the lists the table replaced put such pairs in either order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class SpeechForm:
    """One form of a speech verb as it stands in text ("said", "told reporters"), and what reads it."""

    text: str
    lemma: str
    kind: str
    uses: frozenset[str]


KINDS = frozenset({"neutral", "evaluative", "belief", "commitment", "written", "manner", "naming"})
USES = frozenset({"lead", "participle", "core", "aside", "infinitive", "frame", "claim", "ask", "yesno",
                  "describe", "reported", "pronoun", "hedge", "opens", "turn", "plural", "speaks", "inverted", "about",
                  "org", "credit", "credit_after", "pronoun_credit", "subject", "announce", "writing"})

# form                    lemma        kind        uses (columns two or more spaces apart; a form's words one apart)
_TABLE = """
said                      say          neutral     lead core aside frame ask yesno describe reported pronoun hedge opens inverted about org credit pronoun_credit subject announce credit_after writing
says                      say          neutral     lead core aside frame ask yesno describe reported pronoun hedge opens inverted about org credit pronoun_credit subject announce credit_after writing
say                       say          neutral     lead frame ask yesno describe hedge plural
told                      tell         neutral     lead core frame ask yesno describe reported pronoun about org credit pronoun_credit subject announce
tells                     tell         neutral     lead core frame describe reported pronoun about subject announce
added                     add          neutral     lead core aside frame describe reported pronoun opens inverted about org credit pronoun_credit subject announce credit_after writing
adds                      add          neutral     lead core aside frame opens inverted about
asked                     ask          neutral     lead frame
asks                      ask          neutral     lead frame
ask                       ask          neutral     claim
stated                    state        neutral     lead core frame ask org credit announce credit_after
states                    state        neutral     lead core frame
declared                  declare      neutral     lead core frame ask
declares                  declare      neutral     lead core frame
insisted                  insist       neutral     lead aside frame describe reported pronoun hedge about org credit pronoun_credit subject credit_after
insists                   insist       neutral     lead aside frame describe hedge about
warned                    warn         neutral     lead aside frame ask yesno describe reported pronoun org credit subject credit_after
warns                     warn         neutral     lead aside frame describe
explained                 explain      neutral     lead aside frame reported pronoun inverted
explains                  explain      neutral     lead aside frame
argued                    argue        neutral     lead aside frame ask describe reported pronoun hedge about org credit subject credit_after
argues                    argue        neutral     lead aside frame describe hedge about
claimed                   claim        neutral     lead aside infinitive frame ask yesno describe reported pronoun hedge org credit subject credit_after
claims                    claim        neutral     lead aside infinitive frame describe hedge
noted                     note         neutral     lead aside frame describe inverted
notes                     note         neutral     lead aside frame
continued                 continue     neutral     lead aside frame inverted
replied                   reply        neutral     lead aside frame ask
replies                   reply        neutral     lead aside
admitted                  admit        neutral     lead aside frame describe reported pronoun
admits                    admit        neutral     lead aside frame
acknowledged              acknowledge  neutral     lead aside claim
acknowledges              acknowledge  neutral     lead claim
suggested                 suggest      neutral     lead aside frame ask describe hedge
suggests                  suggest      neutral     lead aside frame describe hedge
commented                 comment      neutral     lead aside frame ask yesno
comments                  comment      neutral     lead frame
remarked                  remark       neutral     lead aside frame
remarks                   remark       neutral     lead aside
wrote                     write        written     lead frame ask reported inverted subject writing
writes                    write        written     lead frame reported inverted subject writing
announced                 announce     neutral     lead frame ask org announce
announces                 announce     neutral     lead frame announce
urged                     urge         neutral     lead claim reported subject
urges                     urge         neutral     lead claim
stressed                  stress       neutral     lead aside frame describe reported pronoun pronoun_credit
stresses                  stress       neutral     lead frame
emphasised                emphasise    neutral     lead
emphasized                emphasise    neutral     lead
went on                   go on        neutral     lead frame
recalled                  recall       neutral     lead aside frame
recalls                   recall       neutral     lead aside frame
predicted                 predict      neutral     lead aside claim describe
predicts                  predict      neutral     lead aside claim describe
conceded                  concede      neutral     lead aside frame
concedes                  concede      neutral     lead frame
confirmed                 confirm      neutral     lead aside claim org announce
confirms                  confirm      neutral     lead claim
maintained                maintain     neutral     lead claim
maintains                 maintain     neutral     lead claim
observed                  observe      neutral     lead aside frame inverted
observes                  observe      neutral     lead frame
joked                     joke         manner      lead frame
jokes                     joke         manner      lead
reckons                   reckon       belief      lead claim
reckoned                  reckon       belief      lead claim
believes                  believe      belief      lead aside frame describe reported hedge about subject
believed                  believe      belief      lead ask describe reported hedge subject
cautioned                 caution      neutral     lead
cautions                  caution      neutral     lead
complained                complain     evaluative  lead claim
complains                 complain     evaluative  lead claim
responded                 respond      neutral     lead claim ask
responds                  respond      neutral     lead claim
pointed out               point out    neutral     lead describe
points out                point out    neutral     lead describe
agreed                    agree        commitment  lead infinitive
agrees                    agree        commitment  lead infinitive
promised                  promise      commitment  lead infinitive frame ask
promises                  promise      commitment  lead infinitive frame
vowed                     vow          commitment  lead infinitive claim
vows                      vow          commitment  lead infinitive claim
thinks                    think        belief      lead aside frame ask describe hedge about subject
thought                   think        belief      lead frame ask yesno describe subject
put it                    put it       neutral     lead frame
puts it                   put it       neutral     lead frame
called                    call         naming      lead frame subject
called for                call         commitment  reported pronoun
calls for                 call         commitment  reported pronoun
calls                     call         naming      lead frame
described                 describe     naming      lead frame describe subject
describes                 describe     naming      lead frame
told reporters            tell         neutral     lead
told journalists          tell         neutral     lead
told the BBC              tell         neutral     lead
told BBC News             tell         neutral     lead
noted that                note         neutral     reported
acknowledged that         acknowledge  neutral     reported
suggested that            suggest      neutral     reported
predicted that            predict      neutral     reported
reported that             report       neutral     reported
conceded that             concede      neutral     reported
confirmed that            confirm      neutral     reported
maintained that           maintain     neutral     reported
cautioned that            caution      neutral     reported
complained that           complain     neutral     reported
revealed that             reveal       neutral     reported
reiterated that           reiterate    neutral     reported
shouted                   shout        manner      lead claim
whispered                 whisper      manner      lead claim
concluded                 conclude     neutral     lead aside
concludes                 conclude     neutral     lead
revealed                  reveal       neutral     lead claim announce
reveals                   reveal       neutral     lead claim
boasted                   boast        evaluative  lead claim
added that                add          neutral     lead
said that                 say          neutral     lead
says that                 say          neutral     lead
accused                   accuse       evaluative  lead claim reported subject
accuses                   accuse       evaluative  lead claim
criticised                criticise    evaluative  lead reported subject
criticized                criticise    evaluative  lead reported
criticises                criticise    evaluative  lead
criticizes                criticise    evaluative  lead
attacked                  attack       evaluative  lead reported
condemned                 condemn      evaluative  lead reported
hailed                    hail         evaluative  lead claim
praised                   praise       evaluative  lead claim
dismissed                 dismiss      evaluative  lead claim
branded                   brand        naming      lead claim
labelled                  label        naming      lead claim
labeled                   label        naming      lead claim
welcomed                  welcome      evaluative  lead subject
rejected                  reject       evaluative  lead
denied                    deny         evaluative  lead claim describe reported org
denies                    deny         evaluative  lead claim
defended                  defend       evaluative  lead claim
blamed                    blame        evaluative  lead claim
demanded                  demand       commitment  lead infinitive
pledged                   pledge       commitment  lead infinitive claim
threatened                threaten     commitment  lead infinitive
slammed                   slam         evaluative  lead
slated                    slate        evaluative  lead
questioned                question     neutral     lead
appealed                  appeal       neutral     lead infinitive
expects                   expect       belief      lead infinitive describe
expected                  expect       belief      lead infinitive describe
hopes                     hope         belief      lead infinitive
hoped                     hope         belief      lead infinitive
fears                     fear         belief      lead infinitive describe hedge
feared                    fear         belief      lead infinitive describe hedge
accepted                  accept       evaluative  lead
thanked                   thank        evaluative  lead claim
quipped                   quip         manner      lead frame
repeated                  repeat       neutral     lead
repeats                   repeat       neutral     lead
confessed                 confess      neutral     lead
confesses                 confess      neutral     lead
retorted                  retort       evaluative  lead claim
retorts                   retort       evaluative  lead
fired back                fire back    evaluative  lead claim
fires back                fire back    evaluative  lead
shot back                 shoot back   evaluative  lead
shoots back               shoot back   evaluative  lead
hit back                  hit back     evaluative  lead claim
hits back                 hit back     evaluative  lead
tweeted                   tweet        written     lead frame
answered                  answer       neutral     lead
asserted                  assert       neutral     lead
asserts                   assert       neutral     lead
contended                 contend      neutral     lead
contends                  contend      neutral     lead
reiterated                reiterate    neutral     lead claim
reiterates                reiterate    neutral     lead
testified                 testify      neutral     lead
lamented                  lament       evaluative  lead claim
mused                     muse         manner      lead claim
muses                     muse         manner      lead
exclaimed                 exclaim      neutral     lead
interjected               interject    neutral     lead
snapped                   snap         evaluative  lead claim
recounted                 recount      neutral     lead
recounts                  recount      neutral     lead
remembered                remember     neutral     lead
remembers                 remember     neutral     lead
wondered                  wonder       belief      lead
bragged                   brag         evaluative  lead claim
grumbled                  grumble      evaluative  lead claim
protested                 protest      evaluative  lead claim
objected                  object       evaluative  lead
sighed                    sigh         manner      lead claim
laughed                   laugh        manner      lead claim
smiled                    smile        manner      lead
smiles                    smile        manner      lead
grinned                   grin         manner      lead
grins                     grin         manner      lead
shrugged                  shrug        manner      lead
shrugs                    shrug        manner      lead
laughs                    laugh        manner      lead
pressed                   press        neutral     lead
presses                   press        neutral     lead
barked                    bark         evaluative  lead
barks                     bark         evaluative  lead
opined                    opine        belief      lead
opines                    opine        belief      lead
countered                 counter      neutral     lead
counters                  counter      neutral     lead
scoffed                   scoff        evaluative  lead
scoffs                    scoff        evaluative  lead
saying                    say          neutral     participle frame ask
stating                   state        neutral     participle
adding                    add          neutral     participle frame
telling                   tell         neutral     participle
calling                   call         naming      participle
describing                describe     naming      participle
arguing                   argue        neutral     participle
warning                   warn         neutral     participle
insisting                 insist       neutral     participle
noting                    note         neutral     participle
declaring                 declare      neutral     participle
writing                   write        written     participle
explaining                explain      neutral     participle
claiming                  claim        neutral     participle
asking                    ask          neutral     participle
tweeting                  tweet        written     participle
recalling                 recall       neutral     participle
conceding                 concede      neutral     participle
admitting                 admit        neutral     participle
acknowledging             acknowledge  neutral     participle
replying                  reply        neutral     participle speaks
responding                respond      neutral     participle speaks
stressing                 stress       neutral     participle
urging                    urge         neutral     participle
joking                    joke         manner      participle
vowing                    vow          commitment  participle
promising                 promise      commitment  participle
complaining               complain     evaluative  participle
commenting                comment      neutral     participle
protesting                protest      evaluative  participle
suggesting                suggest      neutral     participle
observing                 observe      neutral     participle
announcing                announce     neutral     participle
boasting                  boast        evaluative  participle
confessing                confess      neutral     participle
predicting                predict      neutral     participle ask
remarking                 remark       neutral     participle
lamenting                 lament       evaluative  participle
quipping                  quip         manner      participle
pointing out              point out    neutral     participle
tell                      tell         neutral     frame ask yesno describe plural
write                     write        written     frame ask plural
claim                     claim        neutral     frame ask yesno describe hedge plural
posted                    post         written     lead frame
believe                   believe      belief      frame ask describe hedge
think                     think        belief      frame ask yesno describe hedge
was quoted as saying      quote        neutral     frame
is quoted as saying       quote        neutral     frame
assured                   assure       neutral     frame
assures                   assure       neutral     frame
brands                    brand        naming      claim
dismisses                 dismiss      evaluative  claim
hails                     hail         evaluative  claim
pledges                   pledge       commitment  claim
boasts                    boast        evaluative  claim
dubbed                    dub          naming      claim
said of                   say          neutral     claim
spoke of                  speak        neutral     claim
quoted saying             quote        neutral     claim
quoted as saying          quote        neutral     claim
is supposed to have said  say          neutral     claim
supposedly said           say          neutral     claim
allegedly said            say          neutral     claim
wrote that                write        written     claim
said in                   say          neutral     claim
was like                  be like      neutral     claim
is like                   be like      neutral     claim
written                   write        written     ask
mean                      mean         belief      ask
meant                     mean         belief      ask
argue                     argue        neutral     ask describe hedge plural
state                     state        neutral     ask
declare                   declare      neutral     ask
announce                  announce     neutral     ask
comment                   comment      neutral     ask yesno
mention                   mention      neutral     ask yesno
mentioned                 mention      neutral     ask yesno
talk                      talk         neutral     ask yesno
talked                    talk         neutral     ask yesno
speak                     speak        neutral     ask yesno
spoke                     speak        neutral     ask yesno speaks
spoken                    speak        neutral     ask
promise                   promise      commitment  ask
warn                      warn         neutral     ask yesno describe plural
feel                      feel         belief      ask
felt                      feel         belief      ask
suggest                   suggest      neutral     ask describe hedge
reply                     reply        neutral     ask plural
respond                   respond      neutral     ask plural
propose                   propose      neutral     ask
proposed                  propose      neutral     ask
speculate                 speculate    belief      ask describe
speculates                speculate    belief      ask describe
speculated                speculate    belief      ask describe
speculating               speculate    belief      ask
quote                     quote        neutral     yesno
quoted                    quote        neutral     yesno
expect                    expect       belief      ask describe
expecting                 expect       belief      ask
predict                   predict      neutral     ask describe
forecast                  forecast     belief      ask describe
insist                    insist       neutral     ask describe hedge plural
fear                      fear         belief      describe hedge
point out                 point out    neutral     describe
describe                  describe     naming      describe
allege                    allege       neutral     hedge
alleged                   allege       neutral     hedge
alleges                   allege       neutral     hedge
worry                     worry        belief      hedge
worries                   worry        belief      hedge
started                   start        manner      turn
interrupted               interrupt    manner      turn
interrupts                interrupt    manner      turn
chimed in                 chime in     manner      turn
cut in                    cut in       manner      turn
fumed                     fume         evaluative  turn
gushed                    gush         manner      turn
cracked                   crack        manner      turn
deadpanned                deadpan      manner      turn
marveled                  marvel       manner      turn
marvelled                 marvel       manner      turn
add                       add          neutral     plural
explain                   explain      neutral     plural
note                      note         neutral     plural
contend                   contend      neutral     plural
agree                     agree        commitment  plural
conclude                  conclude     neutral     plural
speaks                    speak        neutral     speaks
speaking                  speak        neutral     speaks
reported                  report       neutral     org announce
reports                   report       neutral     announce
disclosed                 disclose     neutral     announce
"""


def _parse(table: str) -> tuple[SpeechForm, ...]:
    """The rows of the table, each checked: a known kind and known uses, no form twice."""
    forms: list[SpeechForm] = []
    seen: set[str] = set()
    for line in table.strip().splitlines():
        text, lemma, kind, uses = re.split(r"\s{2,}", line.strip(), maxsplit=3)
        used = frozenset(uses.split())
        if kind not in KINDS or not used <= USES or text in seen:
            raise ValueError(f"bad speech-verb row: {line!r}")
        seen.add(text)
        forms.append(SpeechForm(text, lemma, kind, used))
    return tuple(forms)


FORMS: tuple[SpeechForm, ...] = _parse(_TABLE)


@cache
def forms(*uses: str) -> tuple[str, ...]:
    """The forms read by any of ``uses``, in the table's order (a use no row has is a typo, not an empty list)."""
    unknown = set(uses) - USES
    if unknown:
        raise ValueError(f"unknown speech-verb uses: {sorted(unknown)}")
    return tuple(f.text for f in FORMS if f.uses & set(uses))


def words(*uses: str) -> frozenset[str]:
    """The forms read by any of ``uses``, as a set (for a word looked up alone)."""
    return frozenset(forms(*uses))


@cache
def inflections(*lemmas: str) -> tuple[str, ...]:
    """The one-word forms of ``lemmas`` in the table's order ("tell" -> told, tells, telling, tell), for a reader
    that wants a verb whatever it is used for; a lemma no row has is a typo, not an empty list."""
    unknown = set(lemmas) - {f.lemma for f in FORMS}
    if unknown:
        raise ValueError(f"unknown speech-verb lemmas: {sorted(unknown)}")
    return tuple(f.text for f in FORMS if f.lemma in lemmas and " " not in f.text)


def alternation(*uses: str, space: str = " ") -> str:
    r"""The forms of ``uses`` as a regular-expression alternation in the table's order (no group around it);
    ``space`` is what stands between the words of a form of several ("went on"), e.g. ``r"\s+"``."""
    return "|".join(text.replace(" ", space) for text in forms(*uses))
