"""Wave 13 of the quote checker (issue 11): a "but" that opens a clause of its own, a pronoun that carries its verb.

A claim that stops before "but" keeps its own "not" only in the correlative "not X but Y" ("Our aim is not to close
the road [but simply to slow the traffic]"); a "but" followed by a subject ("[but there have been …]") or by an aside
set off with a comma ("[but, frankly, …]") opens a statement that turns the claimed one, and cutting it off is a
truncation (``check.opens_clause``). After "and", a pronoun with its verb contracted onto it ("[and I'm delighted]")
opens a clause of its own as the bare pronoun does, so the claim before it is whole (``check._bare_pronoun``).
Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import (
    _bare_pronoun,
    _sentence_start,
    _truncated,
    both_exclude,
    known_as,
    opens_clause,
    quoted_spans,
)
from index.answer.frames import Frame
from index.models import Speaker
from tests.conftest import index_over, match_claim, only_check


@pytest.mark.parametrize("key, bare", [("i'm", "i"), ("there's", "there"), ("they've", "they"), ("we’re", "we"),
                                       ("it'll", "it"), ("he'd", "he"), ("the", "the"), ("don't", "don't")])
def test_a_pronoun_carrying_its_verb_is_read_as_the_pronoun(key: str, bare: str) -> None:
    assert _bare_pronoun(key) == bare


@pytest.mark.parametrize("real, opens", [
    ("Results have not been impressive but there have been fine performances.", True),
    ("I don't know if they should but, frankly, that is their choice.", True),
    ("We are not quitting but it's hard.", True),
    ("Our aim is not to close the road but simply to slow the traffic.", False),
    ("It is not the money but the principle.", False),
])
def test_a_but_with_a_subject_or_an_aside_after_it_opens_a_clause(real: str, opens: bool) -> None:
    m = match_claim(real, real)
    keys = [w.key for w in m.unit.words]
    assert opens_clause(real, m.unit.words, keys.index("but")) is opens


@pytest.mark.parametrize("real, claim, cut", [
    # a clause of its own after "but" turns the claimed denial: cut off, the words say less than the speaker did
    ("Results have not been that impressive but there have been some fine performances.",
     "Results have not been that impressive", True),
    ("I don't know if they should have shown it but, good heavens, nobody has to watch.",
     "I don't know if they should have shown it", True),
    # "not X but Y": the claim keeps its own denial
    ("Our aim is not to close the road but simply to slow the traffic.", "Our aim is not to close the road", False),
    # "and" + a pronoun with its verb: a clause of its own, the claim before it is whole
    ("I'm so thrilled and so grateful and I'm delighted that it sold.", "I'm so thrilled and so grateful", False),
    ("We were beaten and we're angry about it.", "We were beaten", False),
    # "and" + a verb still goes on the claim's own clause
    ("Promises have been made and broken.", "Promises have been made", True),
])
def test_where_a_cut_before_but_or_and_falls(real: str, claim: str, cut: bool) -> None:
    m = match_claim(real, claim)
    assert m.exact
    assert _truncated(real, m) is cut


ARTICLE = """Coach wary of Dunmore threat

Hallam coach Peter Lyle has warned his players not to underestimate Dunmore on Saturday.

"Dunmore's recent results have not been that impressive but there have been some excellent individual displays," Lyle said.

Winger Sam Okoro was named player of the month. "I'm so thrilled and so grateful and I'm delighted the fans voted for me," Okoro said.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave13"), {"coach.txt": ARTICLE})


def test_a_denial_cut_before_a_but_clause_is_a_truncation(capsys, index: Path) -> None:
    check = only_check(capsys, index, 'Peter Lyle: "Dunmore\'s recent results have not been that impressive"')
    assert (check["verdict"], check["kind"]) == ("altered", "truncation")
    assert check["real"]["quote"].startswith("Dunmore's recent results have not been that impressive but there")


def test_a_claim_before_and_with_a_contracted_pronoun_is_verbatim(capsys, index: Path) -> None:
    check = only_check(capsys, index, 'Sam Okoro: "I\'m so thrilled and so grateful"')
    assert (check["verdict"], check["real"]["speaker"]) == ("verbatim", "Sam Okoro")


@pytest.mark.parametrize("text, names, theirs, same", [
    ("DJ Dana Price - aka Lady Vex - has said that pop is not dead.", ["Lady Vex"], ["Dana Price"], True),
    ("Lady Vex, real name Dana Price, has a new album.", ["Lady Vex"], ["Dana Price"], True),
    ("Dana Price (Lady Vex) has a new album.", ["Lady Vex"], ["Dana Price"], True),
    ("Dana Price, better known as Lady Vex, has a new album.", ["Dana Price"], ["Lady Vex"], True),
    # two people side by side are not one
    ("Dana Price, Lady Vex and Tom Ash played on Friday.", ["Lady Vex"], ["Dana Price"], False),
    ("Dana Price toured with Lady Vex.", ["Lady Vex"], ["Dana Price"], False),
    ("Dana Price's manager, known as the fixer, met Lady Vex.", ["Lady Vex"], ["Dana Price"], False),
    # the name an alias mark leads to in the possessive owns what the person is known as: someone else
    ("Dana Price, known as Lady Vex's biggest rival, has a new album.", ["Lady Vex"], ["Dana Price"], False),
    ("Dana Price, better known as Vex’s producer, has a new album.", ["Vex"], ["Dana Price"], False),
    # a birth surname is a family's: the brother who bears it is someone else; a whole birth name is hers
    ("His sister, Dana Price (née Ash), runs a shop.", ["Ash"], ["Dana Price", "Price"], False),
    ("His sister, Dana Price, born Ash, runs a shop.", ["Tom Ash", "Ash"], ["Dana Price"], False),
    ("Dana Price, born Dana Ash, runs a shop.", ["Dana Ash"], ["Dana Price"], True),
    # "the" before a name makes a likeness of another person
    ("Dana Price, known as the Lady Vex of the track, broke the record.", ["Lady Vex"], ["Dana Price"], False),
])
def test_a_second_name_is_read_only_from_an_alias_mark_or_brackets(text: str, names: list[str], theirs: list[str],
                                                                   same: bool) -> None:
    assert known_as(text, names, theirs) is same


STAGE = """Pop is not dead, says Vex

DJ Dana Price - aka Lady Vex - has said that pop music is not dead.

Price said the charts had changed. "I personally don't believe it's dying, but it's going through a quiet patch," she told the programme.

Lady Vex's last album sold well. Tom Ash, her producer, said: "The next one will be louder."
"""


@pytest.fixture(scope="module")
def stage_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave13-stage"), {"vex.txt": STAGE})


def test_a_stage_name_the_source_gives_is_never_someone_else(capsys, stage_index: Path) -> None:
    check = only_check(capsys, stage_index,
                       'Lady Vex: "I personally don\'t believe it\'s dying, but it\'s going through a quiet patch."')
    assert check["verdict"] == "verbatim"
    # another person of the story is still someone else
    other = only_check(capsys, stage_index, 'Tom Ash: "I personally don\'t believe it\'s dying"')
    assert other["verdict"] != "verbatim"


RIVAL = """Singer returns to the stage

Dana Price, known as Lady Vex's biggest rival in the charts, has announced a comeback tour after five years away.

"I have missed the fans more than I can say," she said.

Vex, who toured last year, has not commented.
"""


def test_a_name_known_as_someone_elses_rival_is_not_an_alias(capsys, tmp_path: Path) -> None:
    """"known as Lady Vex's biggest rival" gives Dana Price a description, not a second name: Lady Vex did not say
    Price's words (a made-up story the alias reading had confirmed for her)."""
    index = index_over(tmp_path, {"rival.txt": RIVAL})
    words = '"I have missed the fans more than I can say"'
    assert only_check(capsys, index, f"Lady Vex: {words}")["verdict"] == "someone_else"
    price = only_check(capsys, index, f"Dana Price: {words}")
    assert (price["verdict"], price["real"]["speaker"]) == ("verbatim", "Dana Price")


SISTER = """Chancellor's sister speaks out on care homes

Chancellor Jonas Stahl said last week that the care budget would not rise. "We cannot spend money we do not have," Mr Stahl said.

His sister, Mary Lind (née Stahl), runs a care home in Hallam. "Families are being asked to pay for what the state should provide," she said.
"""


def test_a_maiden_surname_does_not_make_a_brother_the_speaker(capsys, tmp_path: Path) -> None:
    """"Mary Lind (née Stahl)" gives her family's surname, which her brother bears: he did not say her words (a
    made-up story the alias reading had confirmed for him)."""
    index = index_over(tmp_path, {"sister.txt": SISTER})
    words = '"Families are being asked to pay for what the state should provide"'
    assert only_check(capsys, index, f"Jonas Stahl: {words}")["verdict"] == "someone_else"
    assert only_check(capsys, index, f"Mary Lind: {words}")["verdict"] == "verbatim"


UNCLOSED = """Hallam without their striker for cup tie

Hallam will be without Tom Reyes for the cup tie after his red card on Saturday.

Defender Sam Okoro said: "No-one is putting the blame on Tom. "It's just something that happens." Okoro added: "I've done it before. "Of course he'll learn. I've been sent off a couple of times now. Winger Lee Marsh is likely to play up front. Hallam boss Peter Lyle said: "Marsh is an option but we need a second striker. "I have to decide who will start with him." Dunmore are also without two players.

Dunmore manager Ray Quinn said his side were ready.
"""


@pytest.fixture(scope="module")
def unclosed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave13-unclosed"), {"cup.txt": UNCLOSED})


def test_words_neither_reading_gives_the_claimed_speaker_are_someone_elses(capsys, unclosed_index: Path) -> None:
    """An unclosed quotation mark runs Okoro's words on into Lyle's: the index credits Okoro, the frame names Lyle.
    Which of them spoke is in doubt, that Ray Quinn did not is not."""
    words = '"Marsh is an option but we need a second striker."'
    quinn = only_check(capsys, unclosed_index, f"Ray Quinn: {words}")
    assert (quinn["verdict"], quinn["real"]["speaker"]) == ("someone_else", None)
    assert only_check(capsys, unclosed_index, f"Peter Lyle: {words}")["verdict"] == "verbatim"
    # either reading may be the right one: the index's speaker is neither confirmed nor accused
    assert only_check(capsys, unclosed_index, f"Sam Okoro: {words}")["verdict"] == "speaker_unconfirmed"


OKORO = Speaker(id="sam-okoro", name="Sam Okoro", aliases=("Okoro",))
QUINN = Speaker(id="ray-quinn", name="Ray Quinn", aliases=("Quinn",))


@pytest.mark.parametrize("claimed, people, frame, excluded", [
    ("Ray Quinn", [QUINN], "Hallam boss Peter Lyle", True),  # neither Okoro (index) nor Lyle (frame)
    ("Peter Lyle", [], "Hallam boss Peter Lyle", False),  # the frame's reading
    ("Okoro", [OKORO], "Hallam boss Peter Lyle", False),  # the index's reading
    ("Mr Lyle", [], "Hallam boss Peter Lyle", False),  # the frame's person by surname
    ("Ray Quinn", [QUINN], "the Hallam boss", False),  # a frame that names nobody rules nobody out
    ("Ray Quinn", [QUINN], "was Mr Quinn's reply when Peter Lyle", False),  # a frame naming him anywhere
    ("Ray Quinn", [], "Peter Lyle told Quinn", False),
])
def test_both_readings_must_rule_the_claimed_speaker_out(claimed: str, people: list[Speaker], frame: str,
                                                          excluded: bool) -> None:
    assert both_exclude(claimed, people, Frame(who=frame), OKORO) is excluded


REPLY = """Council row over bin collections

A row has broken out at Hallam council over fortnightly bin collections.

Council leader Tom Ash called the figures wrong. Opposition leader Dana Price said she was "very angry indeed".

"Not now," was Mr Ash's reply when Ms Price asked for a vote.

Ms Price said later: "We will keep asking." Mr Ash said: "We will see."
"""


def test_a_frame_naming_the_claimed_person_anywhere_does_not_rule_them_out(capsys, tmp_path: Path) -> None:
    """The index gives "Not now" to Ms Price, named in its frame; the frame makes it Mr Ash's reply. Neither
    reading rules out Tom Ash, who said it (the frame's first name, Price, had made him someone else)."""
    index = index_over(tmp_path, {"reply.txt": REPLY})
    assert only_check(capsys, index, 'Tom Ash: "Not now"')["verdict"] != "someone_else"


PROFILE = """Budget to cut fuel duty

{title} Jonas Stahl will cut fuel duty in next month's budget, the Treasury has said.

"Drivers have paid enough," Mr Stahl said on Monday.
"""

ROW = """Leaders deny rift over book

Prime Minister Ann Berg has denied a rift at the top of government after claims in a new book.

The book claimed that Mr Stahl told Ms Berg: "There is nothing you could ever say to me now that I could ever believe." On Wednesday Ms Berg denied the remark was made.

Before leaving for Oslo on Tuesday, the {role} told reporters: "Of course I trust the prime minister."
"""

TRUST = '"Of course I trust the prime minister."'


def _two_stories(root: Path, title: str, role: str) -> Path:
    return index_over(root, {"budget.txt": PROFILE.format(title=title), "row.txt": ROW.format(role=role)})


def test_unnamed_words_framed_by_another_persons_role_are_someone_elses(capsys, tmp_path: Path) -> None:
    """The index leaves the words unnamed; their frame's role ("the chancellor") is the one the sources give Jonas
    Stahl, named in the story: the prime minister did not say them."""
    index = _two_stories(tmp_path, "Chancellor", "chancellor")
    berg = only_check(capsys, index, f"Ann Berg: {TRUST}")
    assert (berg["verdict"], berg["real"]["speaker"]) == ("someone_else", None)
    # the role's holder is not confirmed on a collection's title alone (it may be another year's job), never accused
    assert only_check(capsys, index, f"Jonas Stahl: {TRUST}")["verdict"] == "speaker_unconfirmed"
    assert only_check(capsys, index, f"the chancellor: {TRUST}")["verdict"] == "verbatim"


def test_a_role_frame_of_the_claimed_person_contests_an_index_that_credits_another(capsys, tmp_path: Path) -> None:
    """Here the index credits the finance minister's words to the prime minister (the sentence's other person): the
    frame's role is the one the sources give the claimed Jonas Stahl, so he is not accused of misquoting her."""
    index = _two_stories(tmp_path, "Finance Minister", "finance minister")
    stahl = only_check(capsys, index, f"Jonas Stahl: {TRUST}")
    assert stahl["verdict"] != "someone_else"
    assert only_check(capsys, index, f"Ann Berg: {TRUST}")["verdict"] != "verbatim"


@pytest.mark.parametrize("text, quoted", [
    ('"I\'m not pleased," Sheriff Ray Quinn said.', ["I'm not pleased,"]),
    ('He called it "the latest in a long line", a breach. He said: "I can only hope." Then he left.',
     ["the latest in a long line", "I can only hope."]),  # the narration between two pairs is not quoted
    ("She said: “We will win.” He said: “We won't.”", ["We will win.", "We won't."]),
    # marks that do not pair up in the paragraph (a quotation running on from the one before) are not read
    ('"We will win. He said so. "And again," she said.', []),
    ('They said " not this " today.', []),  # blanks inside the marks: not a quotation's edges
])
def test_quoted_spans_pair_each_opening_mark_with_the_next_closing_one(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in quoted_spans(text, 0, len(text))] == quoted


SHERIFF = """Jailed rapper records album behind bars

A rapper held in Hallam county jail has recorded an album from his cell, his lawyer said.

"I'm not pleased," Hallam County Sheriff Ray Quinn said.

The singer's lawyer, Dana Price, said the album showed he was using his time well.
"""


@pytest.fixture(scope="module")
def sheriff_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave13-sheriff"), {"jail.txt": SHERIFF})


def test_words_in_quotation_marks_the_index_did_not_keep_are_speech(capsys, sheriff_index: Path) -> None:
    """The extractor keeps no quotation for a remark this short; its marks still make it the sheriff's words, not
    the author's narration, and its own frame says whose."""
    quinn = only_check(capsys, sheriff_index, 'Sheriff Ray Quinn: "I\'m not pleased"')
    assert quinn["verdict"] == "verbatim"
    assert quinn["real"]["quote"] == "I'm not pleased,"
    assert only_check(capsys, sheriff_index, 'Dana Price: "I\'m not pleased"')["verdict"] == "someone_else"
    # the narration around it is still the author's
    narration = only_check(capsys, sheriff_index, '"A rapper held in Hallam county jail has recorded an album from his cell"')
    assert narration["verdict"] == "not_a_quotation"


@pytest.mark.parametrize("text, word, sentence", [
    ('We can do more. "It will be filmic." Dana Price, head of Vexco, said so.', "Dana", "Dana Price, head of Vexco, said so."),
    ("It rained. Dana Price said so.", "Dana", "Dana Price said so."),
    ("Dana Price said so.", "Dana", "Dana Price said so."),
    ("Rain fell.\nDana Price said so.", "Dana", "Dana Price said so."),
])
def test_a_sentence_starts_after_a_stop_even_with_a_closing_mark_after_it(text: str, word: str,
                                                                           sentence: str) -> None:
    assert text[_sentence_start(text, text.index(word)):] == sentence


GAMES = """Consoles to rival films, says games firm

Games on the next consoles will look like films, developers have said.

"It's like being given a bigger canvas," said designer Tom Ash. "We can get things of a more filmic quality." Dana Price, head of Vexco in Europe, said gamers should expect titles that blur the line between films and games. "The next console will provide graphics indistinguishable from movies," said Ms Price.
"""


@pytest.fixture(scope="module")
def games_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave13-games"), {"games.txt": GAMES})


def test_a_role_apposed_right_after_a_quotation_is_read(capsys, games_index: Path) -> None:
    """The apposition "Dana Price, head of Vexco in Europe," opens the sentence after a closing quotation mark: the
    role is hers, so the claim giving the role is confirmed."""
    check = only_check(capsys, games_index,
                       'head of Vexco: "The next console will provide graphics indistinguishable from movies"')
    assert (check["verdict"], check["real"]["speaker"]) == ("verbatim", "Dana Price")
