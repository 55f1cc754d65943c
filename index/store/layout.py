"""How an index folder is laid out on disk, and how generations are swapped.

An index folder holds complete *generations* (``gen-…`` folders) and a small
``CURRENT`` file naming the one that serves. A build writes a new generation
under a temporary name, renames it into place when it is complete, and only
then replaces ``CURRENT`` with ``os.replace`` — an atomic rename on POSIX. So a
reader always sees a whole generation, and a build killed at any point leaves
the previous one serving. ``build.lock`` is held with ``flock`` for the whole
build: the kernel releases it when the process dies, so a SIGKILLed build never
leaves a lock that needs manual clean-up.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import secrets
import shutil
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from index.errors import BuildError, IndexMissing

log = logging.getLogger(__name__)

CURRENT = "CURRENT"
LOCK = "build.lock"
GEN_PREFIX = "gen-"
TMP_PREFIX = ".tmp-"
KEEP_GENERATIONS = 2  # the serving one and the one before it, for readers still on it


def read_current(index_dir: Path) -> Path:
    """The folder of the serving generation; ``IndexMissing`` if there is none."""
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        raise IndexMissing(index_dir) from None
    except (OSError, UnicodeDecodeError):
        raise IndexMissing(f"{index_dir} (its CURRENT file cannot be read)") from None
    gen = index_dir / name
    if not name.startswith(GEN_PREFIX) or "/" in name or not gen.is_dir():
        raise IndexMissing(index_dir)
    return gen


def new_generation_name() -> str:
    """A name that sorts after every generation published before it, which is how :func:`prune` tells
    the newest ones: the time to the microsecond, then a random tag. To the second only, two builds
    finishing within one second (a small index rebuilt as files are saved) sorted by their random tag:
    a prune could then keep an older generation and remove the one that served just before, under a
    reader that had just read its name. ``.`` sorts after the ``-`` that ends an older name's second,
    so an index built before keeps its order too."""
    now = time.time()
    return (f"{GEN_PREFIX}{time.strftime('%Y%m%dT%H%M%S', time.localtime(now))}."
            f"{int(now % 1 * 1_000_000):06d}-{secrets.token_hex(3)}")


def make_temp_dir(index_dir: Path) -> Path:
    path = index_dir / f"{TMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    path.mkdir(parents=True)
    return path


def publish(index_dir: Path, temp_dir: Path) -> Path:
    """Move a finished build into place and make it the serving generation."""
    gen = index_dir / new_generation_name()
    _fsync_tree(temp_dir)
    os.rename(temp_dir, gen)
    pointer = index_dir / f"{TMP_PREFIX}{CURRENT}-{secrets.token_hex(4)}"
    try:
        with open(pointer, "w", encoding="utf-8") as fh:
            fh.write(gen.name + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        current = index_dir / CURRENT
        if current.is_dir() and not current.is_symlink():
            # Not something a build writes: whatever put a folder there, the pointer must be a file.
            log.warning("%s is a folder, not the CURRENT file; replacing it", current)
            shutil.rmtree(current)
        os.replace(pointer, current)
    except BaseException:
        _remove(pointer)
        raise
    _fsync_dir(index_dir)
    return gen


def prune(index_dir: Path, spare: str | None = None) -> None:
    """Remove stale temporary folders and generations beyond the last few.

    Only called while holding the build lock, so every ``.tmp-`` entry belongs
    to a build that died. ``spare``: the generation that served until the build
    just published, kept whatever the names' order says (a clock set back, a
    change from summer time): a reader may have read its name an instant before
    the swap and be opening it now.
    """
    try:
        current = read_current(index_dir).name
    except IndexMissing:
        current = None
    for entry in index_dir.iterdir():
        if entry.name.startswith(TMP_PREFIX):
            _remove(entry)
    gens = sorted((p for p in index_dir.iterdir() if p.name.startswith(GEN_PREFIX) and p.is_dir()),
                  key=lambda p: p.name)
    keep = {p.name for p in gens[-KEEP_GENERATIONS:]}
    keep.update(name for name in (current, spare) if name)
    for gen in gens:
        if gen.name not in keep:
            _remove(gen)


# Bumped whenever what a generation holds changes; an older index is rebuilt, not misread. That includes who
# the extractor says spoke: an incremental build re-reads only changed sources, so without a bump an index
# keeps the names a newer Dossier withholds until each of its files happens to change.
# 11: a quotation's record keeps its rule and confidence (the quote check reads them)
# 12: wave 6's speaker type checks (a "he" that is a publication, "A Department …", a friend of X) withhold names
# 13: a per-case model (quotes/evidence.py, quotes/model.py) decides how sure each attribution is
# 14: wave 7's attribution grammar (a passive's subject, a report inside a report, "He added:" opening the next)
# 15: wave 8's attribution (a reporting clause with a plural subject gives a quotation to no single earlier speaker)
# 16: wave 8's speaker model refitted with holdout8, two thresholds (a cue's, an inferred speaker's) for the bar
# 17: wave 8's conversations (a transcript's label, or a question after an answer to another speaker's question,
#     gives a quotation to no single earlier speaker)
# 18: wave 9a's name forms and kinds of speaker (a headline's descriptor, a party label or a post-nominal is no part
#     of a name; a misspelt surname, a club or a work is no one else; "M&S" is a name)
# 19: wave 9d's review fixes (a misspelt surname is only a typing slip; a bare surname two namesakes share names
#     neither; a party word before anything but a person's name stays in the organisation's name)
# 20: wave 10a's attribution (someone of a described body, a passive "is reported as saying", "with X saying", an
#     office of state, an inverted clause closing the sentence before a run, three words under a closing clause)
# 21: wave 10b's speakers (a chain of titles names the person it ends on; a pronoun never reaches a given name of
#     the other gender; a long named subject stops a run; "X of Y" and a surname particle keep the person)
# 22: review10's speakers (a name after a clause inside a title is its object; "Critics say" is a group; someone's
#     neighbour or friend, like kin, is whom a later "she" goes back to)
# 23: the lead's review of wave 10 (an "It said" after a sentence about another body names nobody and stops the run)
# 24: wave 10c's speakers ("with X" then a phrase before "saying" is the main verb's object; "One of X's …" / "A
#     friend of X" says someone unnamed; "said X and Y" names neither; "the daughter of councillor X" is not X)
# 25: wave 12's second reader (an inferred speaker the model is less than 0.9 sure of loses its name when a ranker of
#     the neighbourhood's persons puts someone else well above them: "+second_reader")
# 26: wave 13's speakers (an unnamed person made to speak between an inferred speaker's name and the quotation
#     withholds that name: "+unnamed_nearer"; a speaker opening with lower-case words keeps its name proper, or none
#     after a preposition: "for MTV"; one word quoted under a verb of speech is a label, not listed)
# 27: wave 14's speakers (a three-letter title such as "Sen." no longer ends a sentence; an age then another
#     appositive stands between a name and its verb; a firm's possessive owner, a thing's acronym and a woman the
#     name lists alone know no longer take the words; a body's one-word name glued to its leader's is not the name)
# 28: wave 15's speakers ("A delighted Briton", "The sister of X, 30, …", "X, 30, and his wife Y, 28", "a spokesman
#     for <person>" and "the council" with no council named give no name)
# 29: wave 16's speakers (a person's role of a body names the person; "Lord X of Place"; a place describing a thing is
#     no "he"; "a BBC statement read" is its author's; "the supporters club" after "the X supporters club" is not X;
#     "he" after "the chancellor" is never a shadow chancellor)
# 30: wave 17's speakers: chains of mentions (a bare surname two people share names the one whose gender the
#     document gives it; "he"/"she" after a tail is confirmed when every other person named since is of the other
#     gender); a name with an encoded letter ("PeÃ±a", "Jos&#233;") is read whole; a parenthetical "he said" repeats
#     its sentence's speaking subject; the "he" of "she" and a preposition's object are no participle subject;
#     "the Scottish Executive" is the body, not the person the text is about
# 31: a bare role cue ("the mayor said", "he" after "The mayor was …") is not the person before who wrote to, met or
#     beat the role's holder, nor one titled "the mayor's spokeswoman", "a deputy mayor" or "the former mayor"
# 32: a definite or possessed spokesperson who speaks ("the spokesman said", "the channel's spokeswoman said:") between
#     the person a pronoun or a run found and the quotation is the nearer speaker: the name is withheld
# 33: "he"/"she" stands only for a name the text treats as someone's (a given name, an honorific, a title or role
#     beside it, an age, a gender, an organisation, a subject of a verb of speech elsewhere): else it is withheld
# 34: the spokesperson check spares a spokesman of the wrong gender for the pronoun, and "the spokesman" the text has
#     already named as the person found
# 35: "X, who …", "X, aged 52," and "according to X" are signs of a person: "he"/"she" may stand for X
# 36: a name whose last word alone opens a sentence before a past-tense verb ("In 2012, Chatwal pleaded …") is someone's
# 37: a given name after any descriptive capitalised words ("Lt Col Eric …") and a verb of speech past an apposition
#     ("X, one of …, says") are signs of a person
# 38: a withheld name the touching next quotation gives by its own (non-pronoun) reading is shown (neighbour_agrees),
#     unless the withheld reading was a contested closed quotation or a continuation the second reader ranked below another
# 39: an unnamed person of a crowd opening the sentence before a quotation's own "he"/"she" is the nearer speaker
#     (withheld, described); in an interview's shape, a question put by a role the text never gives the person found
#     is not theirs; a participle after a passive with a person for its agent names nobody ("X was criticised by Mayor
#     Y, claiming …": either may speak); a contested open quotation right after a sentence a rival opens is not given
#     the touching quotation's speaker
# 40: a nationality or a descriptor glued before a given name and a surname labels the person ("fellow American Jo
#     Hale", "Matchwinner Jo Hale added"), a capitalised council title before one is a title, and a weekday after a
#     given name is a surname ("coach Mike Friday"); a person's own document ("Mr Hale's statement said") and the run
#     written before one ("a Kelby Analytics statement said") name its author; after the closing mark, an apposition
#     left unclosed, a short phrase ending the quoted sentence before ", said X", and "is the assessment of X" name X;
#     "X Summit on the Y" is one organisation
# 41: a plural nationality after a hyphened descriptor labels the names after it ("Top-seeded Americans Jo Hale and
#     …"); a sentence before "he"/"she" that opens with a surname the document gives no person for stops the walk back;
#     "film-maker Jo Hale" is a person, not a firm the "maker" introduces; a bare surname two namesakes share is the
#     one named in full before the quotation while the other is named only after it
# 42: a sports position before a name is a role ("Wing Jo Hale"); a lead "X said:" whose subject no rule reads stops
#     the previous speaker's run into the quotation after it; capitals that modify a noun ("its UK projects", "the
#     BBC News website") are no body an "it said" goes back to; "PM" is a role; a year ending a body's name before its
#     verb is part of it ("Transport 2000 said"); a bare surname misspelt with two letters swapped ("Kudja") is the
#     person named in full ("Jarek Kujda")
# 43: clergy nouns (cardinal, priest, vicar, rabbi, imam, cleric, chaplain) are roles; "Both X and Y" speaks as no
#     one person; "the bishop and Mayor Jo Kessler" gives Kessler only "Mayor"; "the head of the Catholic Church" makes
#     no person "Church"
# 44: the name glued after an office's last word ("Chief Secretary to the Treasury Paul Boateng") is a person
# 45: a named-nobody quotation whose "he said" follows "A Labour spokesman denied …" carries that description
# 46: a capitalised office of a body in apposition (", Chief Executive of Kelby NHS Trust,") is who the person is;
#     a known body then a continent ("Lycos Europe") is a body
# 47: MSP and MLA are roles; "Colm Asher, Dunmore Hotel Association said" is the person; an apposition closed by a
#     dashed aside describes the name; "the minister said" goes back to the last holder named before it
# 48: capitalised modifiers of a role's plural ("Labour MPs", "Opposition MSPs") are a group speaking, described, never named
# 49: a quotation whose own sentence opens "According to …" is never the previous speaker's run
# 50: a role's plural makes a group only in lower case or as an acronym's ("Labour MPs"; "Kaiser Chiefs" is a name)
# 51: the lead of a quotation's sentence may open right after another quotation's closing mark (the "According to …"
#     and unread-subject cues read it there, not in a fixed window)
# 52: a quotation whose own sentence gives it to a paper or an agency ('"…," the Courier reported') or opens with
#     someone new and unnamed who reports ("A spokesman for X declined … but said that "…"") is never a run's
# 53: "and the growers' lawyer, Tomas Reyl, expressed a desire to "…"" is the lawyer's; a clause of its own with a
#     subject set off by its description stops the reporting verb before it; "The Star reported that … "…"",
#     "One stallholder, who …, said", '"…?" asked one boy', "Chants of "…"" are never a run's; "The regulator, the
#     Information Oversight Office, said" is the office
# 54: '"…," said her son, Cal Whit' / "said Moeroa's niece, Lani Price" is the relation named after the comma;
#     '"…", and the production's director, Edgar Lyle, replied' is no attribution of the words before it; "X said
#     he hoped … "…"" is X's
# 55: a phrase of time or place after a titled name ("said bank boss Carla Fenwick during the debate", "… ahead of
#     the match") leaves the name whole; a description ending on a name no rule reads is never a run's
# 56: "last week" or "on Thursday" between a speaker and the verb ("Sen. Jo Hale on Thursday said") keeps the speaker
# 57: "she" goes to the person of the sentence before whose given name is a woman's over one whose gender nothing shows
# 58: "the firm and its founder, Celia Marchetti, said" / "The couple and their solicitor, X, said" speak together: nobody
# 59: '"…?" asked the boy, who said his name was Mason' is someone new: never the previous speaker's run
# 60: "The Kelby Times characterised the campaign as a "…"" is never the previous speaker's run
# 61: a name ending in a venue noun ("Gateshead's Sage Centre", "Kingsmead Stadium") is no person; "…, he told
#     activists" reports like "he said"; "X has said it believes … "…"" is X's; "…, said a spokesman" speaks for no
#     body named after a preposition, and names nobody when it names no body; "according to a letter … from …" is
#     never the body named before
# 62: a man by every list's given name is never read as a woman from a "her" in the sentence that first names him;
#     words a statement or a sign "read:", and words after "her husband paused", are never the last speaker's run;
#     "Sentencing Voss, Judge X told him:" is X's; "An email sent by X, and seen by the Vale Echo, said:" is X's
# 63: "Staff say …" / "Management said" name a group, nobody (and never the last speaker's run); "she" after "the
#     couple hugged on the steps" is one of the two, never a woman named further back
# 64: "The Northern Referees' Association said it would "…"" is never the last speaker's run
# 65: "the Dane said", "the Scot added", "the Argentine … by saying" name nobody (a word for someone's nation is no
#     name, and never the rival the clause names next); "the airline said" is never a bank named before
# 66: review: a one-word name that is also a word for a nation ("Finn said" of Neil Finn) stays the person's; "Her
#     husband was killed" and "The two sides" name no new speaker; "Bruce Arena" is a person; "His resignation
#     letter read:" goes on in his voice
# 67: "the two men met … he told" is one of the two, never the first named
# 68: '"…," the company said' with no company named is never the person quoted before; "posted on Facebook:" reports
#     the poster's words; "General Electric" is a firm, not a general
# 69: "the 34-year-old said" is the one person the text gives that age (+age confirms it against the model's doubt)
# 70: '"…" That was X's verdict' names the speaker; what a survey or a review found is the document's
# 71: a nickname or stage name the text gives ("known as the Night Owl", "real name …") names its person
# 72: review: an age two people share names neither; "posted a loss / figures showing" report nobody's words
# 73: "Deputy Prime Minister X", "Shadow foreign secretary X", "Former chancellor X" hold no office "the prime
#     minister" names (extractor and registry); "the Foreign Secretary" capitalised is still a role, never a name;
#     '"…," X, an Austrian Green member of the European Parliament said' is X's
# 74: "Transport and General Workers' Union", "Royal College of Nursing", "Performers' Guild" are named whole, never
#     "Transport", "Nursing" or "Guild"; "Det Con Simon Adeyemi" is Simon Adeyemi
# 75: 'X said Y had taken the news badly and had told him:', 'she had assured him:', 'one of her captors had told her on
#     the first day:' quote the teller (nobody, when unnamed), never X nor a place the teller's description names
# 76: "The Grocers' Federation", "the Referees' Association" are named whole (and "the union said" after "the
#     Shopworkers' Guild" is that guild); "It said" never goes back to "a GP"; "X said one of the raiders had shouted
#     at his assistant:" is the raider's (nobody's), never X's
# 77: review: a telling coordinated with "said" and no "had" of its own is the speaker's ("X said the Treasury had
#     let farmers down and told us:"); "Det Norske Veritas", "Hon Hai Precision", "Con Mac Giolla" keep their first word
# 78: "Google's security team" / "the Google team" speak for Google or nobody, never the firm a message was sent to;
#     "It blamed" after "an all-party committee said" names nobody; "…, complaining:" (and other participles) opens
#     a quotation; a fragment in a sentence whose subject is a named body is never the last person's run
# 79: the role or relative before a name after the quotation ("said the child's mother, Leanne Firth, in a statement")
#     is that person; "A House of Lords committee" and "the Okafor team" name nobody; "It" after "seen by the BBC"
#     is never the BBC; "The chief executive of Halcrow Bank" is never the person last named; a judge's "Mr Justice"
#     style is no part of the name; "U.S. Lamy" stays two words
# 80: '"…," her brother said' names nobody (never the sister quoted before); "One fan, Sarah Keane, 19, from Leeds,
#     said" is Sarah Keane; "they" after a letter seen by the BBC is never the BBC; "Ashdown's solicitor" is nobody;
#     review: a name after an of-phrase ("the mother of the dead boy, Daniel Hart, in a statement") is not the
#     speaker's; "J.P. O'Brien" keeps both initials; "the Westfield team" is never Westminster City Council
# 81: '"…," said the statement' with no author named is nobody's (never the last speaker's run); "said Ulster man
#     Humphreys" is the Humphreys named in full; a letter "which was passed to the BBC" is its sender's; "a source
#     close to the company" and "a teacher" name nobody; "the letter" is the sender the text introduced it with;
#     words someone "had been told by" another, or "X said Y had told him", are never X's
# 82: a country's word as a subject ("the 27-year-old Austrian said", "the Scot added") is the person the text labels
#     with it, else the one it is about, never one it labels with another country; a role taken on joining a body
#     ("Parry joined Liverpool as chief executive") is a title of that person
# 83: two capitals without stops before a surname the text also gives a speaker alone ("JK Rowling … Rowling said")
#     are a person's initials, not a body's acronym
# 84: an acronym opening a body's own name is part of it ("UK Independence Party"); a paper an interview was given to
#     is never a participle's subject; "The seventh seed, who …" is the person the sentence before opens on, never a
#     name after it; '"…," said a Juventus official … "…," he added' names nobody; 'The proposed question is: "…"'
#     is no speaker's run
# 85: 'Said Mr Tyle: "…"' is Tyle's (a fronted reporting verb); "the Pew report" is the one body the text names with
#     that word, by its name without the country's acronym the text also leaves off ("Pew Research Center"); "X
#     Research" is a body, never a person
# 86: review of wave 33: "The pensioner, who …" is never the person the sentence before opens on (nobody when its
#     sentence names others); the verb-first unnamed speaker is read only right after a closing mark; "The promise he
#     made was:" goes on in the speaker's voice
# 87: a place's or nationality's label before a name whose surname is a given name too is not part of the name ("New
#     Yorker Dick Morris", "Welshman Ray Reardon"); capitals before "station", "road" … name a place, nobody; a body's
#     name opening a run is split from the person after it ("… Audit Committee Peter Ainsworth MP"); a closed
#     quotation is not the next sentence's inverted report; "MPs" and "Members" speaking together are described
# 88: "A spokeswoman would only say:" introduces her words; "A Number 10 spokeswoman" is described, never "Number"'s
# 89: "chairman Chung Mong-koo said" (a hyphened given name in small letters) is a name; '"…," Peter Dobrow, a
#     T-Mobile spokesperson said' (a capitalised body among an appositive role's modifiers, its closing comma lost)
# 90: review of wave 34: only a nationality the list knows (or its man or woman) labels a name whose surname is a
#     given name ("Rishi Raj Kumar" keeps "Rishi"); only a body of people is split from a name after it ("the
#     Brenton Hospital Grace Ward" is no body and person); "Co-op", "Semi-final" are no hyphened given names;
#     'Despite being told he was a "…"' is no one's run
# 91: a hyphened descriptor before a name whose surname is a given name too is no part of it ("Oscar-winner Andrea
#     Arnold … Arnold said")
# 92: a royal is named with the title ('"…," Prince Charles said' is "Prince Charles", never "Charles")
# 93: '"…," analysts said', '"…," members said in a statement': a bare plural role after the marks is a described
#     group, never the last named speaker's run
# 94: wave 35: 'X said the man, who later disappeared, claimed he was "…"': the described claimant's words, never the
#     reporter's
# 95: review of wave 35: the described claimant's words after "claimed he'd been" and "claimed to be" too
# 96: review of the whole change: a claimant may be "his brother", "her lawyer" (the description the teller rule reads)
# 97: wave 36: 'X has already accused … of a "…"': a time adverb after the auxiliary keeps X the speaker; "Witnesses",
# "Residents", "bosses": plurals of people are a description, never a name
# 98: 'withdraw feeding from coma victim Tony Bland. "…," he said': a name after a preposition and a noun for a
# person is an object, never whom "he" goes on from; "A Tower of London spokesman": the body's whole name
# 99: "one of the so-called Guildford Four, Gerry Conlon": a hyphened modifier keeps a name after a preposition an object
# 100: "Continental said" of a text naming "Continental Airlines": a company by the full name the text gives it
# 101: review of wave 36: a dominant namesake never against the cue's own style nor the namesake named last; "At
# half-time Tom Reid" opens on its subject; "the Chamber of Deputies" is a body; no possessive body before a spokesman
# 102: "Lord Nicholls" of a text naming "Lord Nicholls of Birkenhead" first: a peer by the whole title the text gives;
# a company by its full name only when the text gives it first; a dominant namesake named in the paragraph or the one before
# 103: wave 37: "said Sun's chief operating officer Jonathan Schwartz" speaks by the name, not the owner; a name joined
#      by "and" to an object is an object too; "said Mr X had …" is no speaker; "Standard Trust" by "Standard Trust Bank";
#      a sentence opened by someone new who reports, or a memo that "reads" the words, stops the narration's speaker;
#      'was called the "…" by director X' is X's; words inside "dismissed claims that …" are nobody's
# 104: "Section 5 of the members interest order legally obliges MSPs to … "…"" is the law's words, never the last
#      speaker's
# 105: wave 38: a name in a clause opening the sentence ("When X died, Y led the tributes, saying") or in an aside
#      (", despite having X out injured,") is no subject; "the Commons standards and privileges committee" is nobody named
# 106: an unnamed spokesperson is no speaker: "A Home Office spokesman said", "a spokesman for X", "The X spokesman
#      added" and a "he said" after them are shown by the description with no name, never the body's words
# 107: '"…," said a Kelby Museum of Modern Art spokeswoman' is an unnamed spokesperson too (one pattern, read by the
#      resolver and the inverted tail), never the body's first words
# 108: a noun for a person of a nation labels a name ("Swede Joachim Johansson" is Joachim Johansson); "Stade de
#      France", "Parc des Princes" (a place's first word, a particle) are nobody; "said the Birchfield Harrier" names
#      nobody; "But a UKIP spokesman said … '…,' he added" keeps the spokesman's description; "Real Betis", "Inter
#      Milan" (a club's first word) are organisations, never a man "he said" may go on from
# 109: a sentence-opening preposition whose object the capitals took in with the speaker after it ("For the Lib Dems
#      David Laws said: "…," he said") no longer hides that speaker from the pronoun after the quotation
# 110: a sentence opening on a description with no name as a passive's subject ("But the wildcard entry was dispatched
#      by Robby Ginepri") puts that unnamed subject before the agent, whom a later "he said" no longer names
# 111: "But her spokesman insisted …. '…'" hands the run on to the unnamed spokesman (never the one quoted before);
#      the unnamed subject of a defeat ("The wildcard entry was dispatched by X") only, not of any passive;
#      a party's plural before a given name is a label ("For the Tories Oliver Letwin said")
# 112: the speech verbs of the lead-in and hand-on rules of 111 are the lexicon's ("credit"), not lists of their own
# 113: a sentence opening on what someone owns yields "he" to the person acting in its own clause ("… and Keegan
#      sympathised"); a hyphened phrase before a name describes it ("Man-of-the-match Stephen Jones"); one sentence between
#      two quotations naming someone else as its subject hands the run to them; a given name left in lower case after a
#      role ("coach mark McCall") is read as one
# 114: a run of quotations an unnamed speaker goes on in keeps their description ("Mr Blair's official spokesman said:
#      "…. "…""), and "he said" after a sentence the same pronoun reports finds the spokesperson one sentence further back
# 115: review of the wave-41 rules: the owner of a sentence's subject yields "he" only to someone quoted before who acts
#      in a clause of their own, and "and" no longer opens such a clause in the search for subjects; the sentence
#      between two quotations hands the run on only when it gives a person named in full the mood they spoke in; a
#      lower-case word between a role and a surname is never read as a given name (the rule of 113 is withdrawn:
#      "beat", "man", "general" are given names too); "It added:" after "Mr Crosby's statement said:" is its author's
# 116: a whole name whose first words hold a given name no short list knows is kept whole ("Farhat Omar Ben
#      Gadaravice"); "he said" goes back past a sentence the pronoun reports to a spokesman only when that spokesman's
#      sentence names no person the pronoun may be (review of wave 41)
# 117: review of 116: the whole name is kept only where the text writes it right after a role, and "It added" goes on
#      from a person's statement only (not a report, letter or memo about them), only when no body is named after it
# 118: review of the whole wave-41 change: "It also added" is read to its sentence's end (the pattern was cut short
#      before "also"), and the words kept before a whole name are checked by the extractor's own test of a glued word
# 119: wave 42: "said 20-year-old politics student X" is read (an age opens the title phrase); a possessed spokesman
#      after three words ("the prime minister's official spokesman said") is the nearer speaker; a kin's lone given
#      name is not the other person of that given name; "Another" and "Neither" are no names; "the old maxim:" is
#      nobody's run; "one resident of Elm Close" is someone unnamed, never the place
# 120: words someone recalls another telling ("recalls how his sergeant, Harry Doyle, … told him:", "had a saying:")
#      are the teller's; a description after someone's relation ("Her childhood friend, Tanya Mould") is not that
#      relation; an honorific of the other sex is never the partner a couple's text names in full; "The father of
#      rugby player Owen Pryce" and "According to Ms Firth's friend, Janice Hale" are not the person after "of"/"'s"
# 121: a telling coordinated with the recalled one's own act ("… and told him:") is the teller's only in a "how" or
#      "when" clause ("Tom Hale said Brown was wrong and told them:" is Hale's, as before 120)
# 122: "His lawyer said:", "Outside court, the victim's mother said:" are nobody's run; "the council's chief
#      executive" is not the last person named unless the text gives them that role; "The defendant told the jury:"
#      does not go on from a prosecutor's words
# 123: review of the whole wave-42 change: one list of relation words (names.RELATION_WORDS) and of representatives
#      (names.REPRESENTATIVES) read wherever a relation speaks; '"…," the defendant said' is read with the comma
#      inside the marks; a recalled one's passive keeps the words the recaller's; the honorific rule only where a couple
#      or kin of that surname is named; whole-text searches of the new rules asked once per person or text
# 124: reread of waves 41–42: the honorific before a relation's name is read from names.ADDRESS_WORDS (ranks too),
#      and the honorific rule reads the names table's sets instead of building them per quotation
# 125: a tail name whose full stop the copy lost ("said analyst Vadim Orlov The dispute …") speaks; a fronted phrase's
#      names ("Reacting to a comment by Tim Hale, the American said") are not its subject; an office the text gives
#      the person it is about under another title is someone else's; a police rank written whole is a title
# 126: words a reporter relays ("X said the boss had told staff:") are not the reporter's; a group or a hearing in a
#      quotation's own sentence ("her family said", "the jury was told") is not the speaker before; "said Tom Baker's
#      mother, Anne" is not Tom Baker; a name of the past ("since Liz McColgan in 1991") is not "she"; an unnamed
#      epithet keeps its run unnamed; an office of a place is not the place
# 127: "the head" fits "head teacher" by its very word before "education chief" by a synonym; "the teenager" is the one
#      person the text gives a teenage age; "The court heard the defendant had said:" is nobody named
# 128: review of the wave-43 change: "the teenager" is nobody when the text gives an unnamed teenager too; a looser
#      word for whoever leads ("Tesco boss") is no other office; a name after "since" is of the past only with a year
#      after it; a fronted phrase opens on a participle and its preposition (not "Reading", "Beijing"); "mother,
#      Anne" names no other Anne
# 129: second review: a teenager the text leaves unnamed is one a sentence opens on ("A 15-year-old boy has been
#      charged"), never the named one's younger age ("as a 16-year-old")
# 130: reread of waves 42–43: one reading of the clause after a closing mark for the four cues that need it, and one
#      fronted-phrase opener (patterns.FRONTED_OPENER) for the resolver and the lead rule ("Speaking outside court,
#      the …" now reads as the pronoun path did)
FORMAT_VERSION = 130
WHOOSH_DIR = "whoosh"
MANIFEST = "manifest.json"
SPEAKERS = "speakers.json"
ACRONYMS = "acronyms.json"
RECORDS = "records.sqlite"
QUOTE_SPEAKERS = "quote-speakers.json"  # build state: speaker id of each source's quotations
MANIFEST_CHECK = "manifest.crc"  # size and CRC-32 of manifest.json, which checksums the rest
# Beside the generations, not in one: the extractor's compiled regular expressions, so the next
# build skips parsing them (see index.lazyre). Only a cache: no answer depends on it.
PATTERN_CACHE = "patterns.cache"
LOCK_WAIT_SECONDS = 5.0
_FORMAT_FIRST = re.compile(rb'\s*\{\s*"format"\s*:\s*(\d+)')


def format_of(manifest_head: bytes) -> int | None:
    """The format a manifest's first bytes name (``format`` is its first field), or ``None``."""
    m = _FORMAT_FIRST.match(manifest_head)
    return int(m.group(1)) if m else None


def built_format(gen: Path) -> int | None:
    """The format a generation was built in, or ``None`` when its manifest does not say. Every start
    asks it, so it reads 64 bytes rather than the whole manifest (0.9 MB for the BBC collection), which
    the manifest's own reader checks later."""
    try:
        with open(gen / MANIFEST, "rb") as fh:
            return format_of(fh.read(64))
    except OSError:
        return None


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                # A build that was just killed may leave helper processes that take a
                # moment to exit; only a lock held past the grace period is a real build.
                if time.monotonic() >= deadline:
                    raise BuildError(f"Another `dossier build` is already running on {index_dir}; "
                                     "wait for it to finish.") from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except OSError:
            pass


def _fsync_path(path: str | Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    _fsync_path(path)


FSYNC_THREADS = 8


def _fsync_tree(path: Path) -> None:
    """Every file and folder of a finished generation on disk, before it is published.

    A file with more than one link was hard-linked from a published generation (a Whoosh segment,
    an unchanged registry), whose own publish synced it: its data is on disk already, and its new
    name is an entry of a folder synced here. The rest are synced from a few threads at once (fsync
    waits outside the GIL), so one journal commit serves several of them: one after another, the
    fourteen fsyncs of a one-file BBC rebuild each waited for a commit of their own (1-4 ms each).
    """
    paths: list[str] = []
    for root, _dirs, files in os.walk(path):
        for name in files:
            full = os.path.join(root, name)
            if os.lstat(full).st_nlink == 1:
                paths.append(full)
        paths.append(root)
    failed: list[BaseException] = []

    def sync(share: list[str]) -> None:
        try:
            for p in share:
                _fsync_path(p)
        except BaseException as exc:  # raised in the publishing thread
            failed.append(exc)

    threads = [threading.Thread(target=sync, args=(paths[i::FSYNC_THREADS],), name="fsync")
               for i in range(min(FSYNC_THREADS, len(paths)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failed:
        raise failed[0]


# ---------------------------------------------------------------- integrity

def crc32_of(path: Path) -> int:
    crc = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def check_file(path: Path, name: str, size: int, crc: int) -> str | None:
    """What is wrong with one file of a generation against its recorded size and CRC-32, or None.

    Sizes catch truncation; the CRC catches a file garbled in place, which would
    otherwise open happily and fail (or worse, answer) later. CRC-32 runs at
    memory speed: milliseconds per 10 MB.
    """
    try:
        actual = path.stat().st_size
    except OSError:
        return f"{name} is missing"
    if actual != size:
        return f"{name} is truncated or altered"
    try:
        if crc32_of(path) != crc:
            return f"{name} is altered"
    except OSError:
        return f"{name} cannot be read"
    return None
