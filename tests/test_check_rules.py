"""The quote checker's wave-3 rules (issue 11), each alone, then through ``dossier check --json``.

Every rule here reads how people misquote or how news text is written, not a
particular claim: an editor's [bracketed] words, ties between equally cheap
alignments, a letter missing from a short surname, "not X but Y", a claim cut
out of "either … or …", a "not" in a clause of its own, the same words quoted
twice. The articles are invented for these tests and indexed for real in a
temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import Match, Unit, _reversed_after, _similar_word, _truncated, compare
from index.answer.wording import align, diff_ops, kind_of, tokens
from tests.conftest import assert_span_verbatim, engine_on, index_over, only_check

# ----------------------------------------------------------------- rules, one at a time


def _unit(text: str) -> Unit:
    return Unit(source_id="x", paragraph=1, start=0, end=len(text), words=tuple(tokens(text, brackets=True)),
                speech=True)


def _match(real: str, claim: str) -> Match:
    return compare(_unit(real), [tokens(claim)])


def test_bracketed_words_are_the_editors_and_may_be_left_out() -> None:
    real = "The bridge will reopen in 2027 [after the spring floods] at the earliest"
    assert [t.optional for t in tokens(real, brackets=True)].count(True) == 4
    assert not any(t.optional for t in tokens(real))  # only real quotations read brackets so
    assert _match(real, "The bridge will reopen in 2027 at the earliest").exact
    assert _match(real, "The bridge will reopen in 2027 after the spring floods at the earliest").exact


def test_a_number_changed_after_bracketed_words_is_a_number_change() -> None:
    real = "We signed what we called a Charter [on Roads, Rivers and Rail] already in 1998 with them"
    claim = "We signed what we called a Charter already in 1999"
    a = align(tokens(claim), tokens(real, brackets=True))
    ops = diff_ops(a.ops, real, claim)
    assert [(o.op, o.real, o.claim) for o in ops if o.op != "equal"] == [("replace", "1998", "1999")]
    assert kind_of(ops) == "number"
    assert a.similarity == pytest.approx(1 - 1 / 10)  # the editor's words do not count as the window's


def test_among_equally_cheap_alignments_the_one_matching_most_words_wins() -> None:
    claim = "Acme is good for shoppers and good for the whole economy"
    real = ("There are many myths going around about Acme, but facts are facts. "
            "Acme is good for shoppers, good for towns and good for the whole economy,")
    ops = diff_ops(align(tokens(claim), tokens(real)).ops, real, claim)
    assert [(o.op, o.real) for o in ops if o.op != "equal"] == [("delete", "good for towns")]
    assert kind_of(ops) == "omission"


@pytest.mark.parametrize("word, pool, same", [
    ("rub", {"nick", "rubb"}, True),  # a letter missing from a short surname
    ("strachen", {"strachan"}, True),
    ("lea", {"lee"}, False),  # one letter changed of three is another name
    ("roe", {"rowe", "ray"}, True),
    ("ann", {"dan"}, False),
])
def test_a_typo_in_a_short_surname_still_names_the_person(word: str, pool: set[str], same: bool) -> None:
    assert _similar_word(word, pool) is same


def test_not_x_but_y_keeps_the_denial() -> None:
    real = "Our aim is not to close the road for good but simply to make it safe for heavy lorries."
    assert not _truncated(real, _match(real, "Our aim is not to close the road for good"))
    # a "but" after a claim that has no "not" of its own still turns it round
    real2 = "The road is safe for cars but not for heavy lorries."
    assert _truncated(real2, _match(real2, "The road is safe for cars"))


@pytest.mark.parametrize("claim", ["the steel was badly made", "we lose the vote", "the mayor resigns"])
def test_a_claim_cut_out_of_either_or_whether_or_if_is_truncated(claim: str) -> None:
    real = {"the steel was badly made": "Either the steel was badly made or it has rusted faster than expected.",
            "we lose the vote": "If we lose the vote we will try again next year.",
            "the mayor resigns": "Nobody knows whether the mayor resigns or stays."}[claim]
    assert _truncated(real, _match(real, claim))


def test_a_not_in_a_clause_of_its_own_does_not_turn_the_claim_round() -> None:
    real = "The crossing is capable of carrying buses today and it no longer needs a weight limit."
    words = tokens(real)
    m = _match(real, "The crossing is capable of carrying buses today")
    assert not _reversed_after(real, words, m.pieces[-1][0].hi)
    # the verb left out after "and": the "not" is the claim's ("meet" is meant)
    real2 = "Some of us like the plan and some don't."
    m2 = _match(real2, "Some of us like the plan")
    assert _reversed_after(real2, tokens(real2), m2.pieces[-1][0].hi)
    assert _truncated(real2, m2)


# ----------------------------------------------------------------- through the CLI, on a real index

BRIDGE = """Bridge repairs delayed

Engineers said on Monday that repairs to the old river bridge would take longer than planned.

"The bridge will reopen in 2027 [after the spring floods] at the earliest," said Anna Lutz, the county engineer. "Our aim is not to close the road for good but simply to make it safe for heavy lorries."

Lutz said the work would cost more. "Either the steel was badly made or it has rusted faster than anyone expected," she said.

Contractor Ivo Brandt was less worried. "The crossing is capable of carrying buses today and it no longer needs a weight limit," he said. "The plan is good for farmers, good for towns and good for the county."
"""

FESTIVAL = """Valley festival sells out

Tickets for the valley music festival sold out within a day, organisers said.

Festival organiser Rosa Klein said: "Music belongs to everyone in this valley, and this year everyone is coming."

The festival runs for three days in August and draws visitors from across the region.
"""

MAYOR = """Mayor opens new concert hall

The mayor opened the new concert hall in the town square on Friday evening.

"Music belongs to everyone in this valley, and this year everyone is coming," said mayor Paul Dorn, repeating the words of the festival's poster.

The hall seats 600 people and cost the town four million pounds.
"""


@pytest.fixture(scope="module")
def rules_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("check-rules"), {
        "bridge-repairs.txt": BRIDGE, "valley-festival.txt": FESTIVAL, "valley-mayor.txt": MAYOR})


RULE_CASES = [
    # (claim, verdict, kind, real speaker)
    ('"The bridge will reopen in 2027 at the earliest" — Lutz', "verbatim", None, "Anna Lutz"),
    ('"The bridge will reopen in 2028 at the earliest" — Lutz', "altered", "number", "Anna Lutz"),
    ('"Our aim is not to close the road for good" — Anna Lut', "verbatim", None, "Anna Lutz"),
    ('"the steel was badly made" — Lutz', "altered", "truncation", "Anna Lutz"),
    ('"The crossing is capable of carrying buses today" — Brandt', "verbatim", None, "Ivo Brandt"),
    ('"The plan is good for farmers and good for the county" — Brandt', "altered", "omission",
     "Ivo Brandt"),
    # the same words quoted twice, credited to two people: each of them said it; a third did not
    ('"Music belongs to everyone in this valley" — Rosa Klein', "verbatim", None, "Rosa Klein"),
    ('"Music belongs to everyone in this valley" — Paul Dorn', "verbatim", None, "Paul Dorn"),
    ('"Music belongs to everyone in this valley" — Ivo Brandt', "someone_else", None, None),
]


@pytest.mark.parametrize("claim, verdict, kind, speaker", RULE_CASES)
def test_each_rule_through_the_json_cli(capsys, rules_index: Path, claim: str, verdict: str, kind: str | None,
                                        speaker: str | None) -> None:
    check = only_check(capsys, rules_index, claim)
    assert (check["verdict"], check["kind"]) == (verdict, kind)
    if speaker is not None:
        assert check["real"]["speaker"] == speaker
    elif verdict == "someone_else":
        assert check["real"]["speaker"] in ("Rosa Klein", "Paul Dorn")
    with engine_on(rules_index) as engine:
        assert_span_verbatim(engine, check["real"])


# ----------------------------------------------------------------- frames: who a quotation's own sentence credits


def _frame(text: str):
    from index.answer.frames import own_frame

    start = text.index('"') + 1
    return own_frame(text, 0, len(text), start, text.index('"', start))


@pytest.mark.parametrize("text, who", [
    ('Writing in the local paper, the Dean said: "Trams are welcome." Then', "the Dean"),
    ('Ann Cole, the shadow transport secretary, said: "Fares must fall." The', "Ann Cole, the shadow transport secretary"),
    ('But Reed, who led the vote, said: "Fares must fall." The', "Reed"),
    ("The book claimed that Mr Bell told Mr Bond: \"There is nothing left to say.\" Mr Bond", "Mr Bell"),
    ('"The line will open in May," said Anna Lutz, the county engineer.', "Anna Lutz"),
    ('"I have to wait for lifts," she said. Omar Reed said', "she"),
    ('"It is not true," Arneby told BBC Radio. "There', "Arneby"),
    ('As Reed put it: "Fares must fall."', "Reed"),
    ('Reed added: Reed said: "Fares must fall."', "Reed"),  # an earlier colon ends another introduction
    # a clause fronted without a comma: its subject is not the speaker, the noun phrase after it is
    ('and before he left for Oslo on Tuesday the chancellor told reporters: "Fares must fall."', "the chancellor"),
    ('After she spoke Acme chief Jan Vale said: "Fares must fall."', "Acme chief Jan Vale"),
    # what the words were said of, however long, before the colon (wave 32)
    ('A critic once said of Dame Alicia Markova\'s dancing: "She had no weight." Then', "A critic"),
    # a tail frame is read however long the sentence goes on after it
    ('"We will win," the former international added quickly and left the room in a great hurry after that.',
     "the former international"),
])
def test_a_frame_is_read_from_the_quotations_own_sentence(text: str, who: str) -> None:
    frame = _frame(text)
    assert frame is not None and frame.who == who


@pytest.mark.parametrize("text", [
    'Lutz said the work would cost more. "Either the steel was badly made or it rusted." Then',  # a sentence before
    'The chief left, saying his "intention was to listen" to them.',  # quoted mid-phrase
    '"We will win." Smith said the party would campaign hard.',  # the quotation ends its sentence
])  # a participle ("Moss paid tribute to Reed, saying:") is read as its clause's subject: test_check_wave5
def test_no_frame_when_the_words_around_do_not_attribute_the_quotation(text: str) -> None:
    assert _frame(text) is None


def test_a_quotation_that_continues_another_shares_its_frame() -> None:
    from index.answer.frames import frame_of

    text = 'The Dean said: "Trams are welcome - welcome to ride. "The line is the best plan in years." Then'
    first = (text.index('"') + 1, text.index('. "') + 1)
    second = (text.index('"The line') + 1, text.rindex('"'))
    frame = frame_of(text, 0, len(text), *second, earlier=[first])
    assert frame is not None and frame.who == "The Dean" and frame.chained
    assert frame_of(text, 0, len(text), *second, earlier=[]) is None


@pytest.mark.parametrize("paragraph, block", [
    ("In a speech in March the transport chief Hana Varga stated that the line would be built [4]:", True),
    ("She told the council:", True),
    ("The plan has three stages:", False),  # a list, nobody's speech
    ("Hana Varga stated that the line would be built in stages.", False),
])
def test_a_paragraph_ending_in_a_colon_after_a_speech_verb_introduces_a_block_quotation(paragraph: str,
                                                                                      block: bool) -> None:
    from index.answer.frames import introduces_block

    assert introduces_block(paragraph) is block


@pytest.mark.parametrize("part, name", [
    ("Lena Fors", True), ("Acme", True), ("Mr Stahl", True), ("the Dean", False), ("The spokesman", False),
    ("the Rovers sporting director", False), ("the Nordic cross-country champion", False),
    ("a spokesman for Smith", False),
])
def test_a_frame_gives_a_name_when_it_ends_on_one(part: str, name: bool) -> None:
    from index.answer.check import _gives_name

    assert _gives_name(part) is name


@pytest.mark.parametrize("part, wanted, ends", [
    ("retail analyst Nils Rubb", {"rubb"}, True),
    ("director of rail research Tomas Lauder", {"tomas", "lauder"}, True),
    ("head of Acme", {"acme"}, False),
    ("Nils Rubb", {"lauder"}, False),
])
def test_a_frame_holds_the_claimed_name_only_as_its_head(part: str, wanted: set[str], ends: bool) -> None:
    from index.answer.check import _ends_with_name

    assert _ends_with_name(part, wanted) is ends


@pytest.mark.parametrize("text, name, role, apposed", [
    ("The Dean of Lowford, the Very Rev Dr Ian Hale, called the plan bold.", "Ian Hale", {"dean"}, True),
    ("Ian Hale, the Dean of Lowford, called the plan bold.", "Ian Hale", {"dean"}, True),
    ("Foreign Secretary Jonas Stahl said he was pleased.", "Jonas Stahl", {"foreign", "secretary"}, True),
    ("Later the mayor's spokesman was asked about Mr Reed's plan.", "Omar Reed", {"spokesman"}, False),
    ('Ahead of Mr Reed\'s launch, a party spokesperson said: "No."', "Omar Reed", {"spokesperson"}, False),
    ('"We want fair fares for everyone in this city," said the spokesman, Reed.', "Omar Reed", {"spokesman"}, True),
])
def test_a_role_belongs_to_a_name_only_as_its_title_or_apposition(text: str, name: str, role: set[str],
                                                                    apposed: bool) -> None:
    from index.answer.check import _apposed

    assert _apposed(text, name, role) is apposed


@pytest.mark.parametrize("who, claimed, text, fits", [
    ("Mr Stahl", "Jonas Stahl", "", True),
    ("Lena Fors", "Jonas Stahl", "", False),
    ("he", "Jonas Stahl", "", None),
    ("the former Wales international", "Castell", "", None),
    ("a spokesman for Smith", "Smith", "", False),
    ("The spokesman", "the mayor's spokesman", "", True),
    ("The spokesman", "Jonas Stahl", "", False),
    ("Mr Stahl", "the foreign secretary", "Foreign Secretary Jonas Stahl said he was pleased.", True),
    ("Mr Stahl", "the foreign secretary", "Jonas Stahl said he was pleased.", None),  # cannot refute a role
    ("Ann Cole, the shadow transport secretary", "Cole", "", True),
    ("the Dean", "Ian Hale", "The Dean of Lowford, the Very Rev Dr Ian Hale, called the plan bold.", True),
    ("Lord Hale", "Ian Hale", "", True),  # an honorific names nobody
    ("Prof Hale", "Edith Moss", "", False),
    # a description is matched through a title or an apposition, not a clause that happens to hold the words
    ("Moss paid tribute", "Omar Reed", "Moss paid tribute to Reed at the hall.", None),
])
def test_a_frame_fits_the_claimed_speaker_or_names_someone_else(who: str, claimed: str, text: str,
                                                                 fits: bool | None) -> None:
    from index.answer.check import frame_fits
    from index.answer.frames import Frame

    assert frame_fits(Frame(who=who), claimed, [], text) is fits


TRAM_VOTE = """Council backs new tram line

The city council voted on Thursday to build a tram line to the airport.

The Dean of Lowford, the Very Rev Dr Ian Hale, called the plan "bold" but "late". Despite the delays, the Dean said the city needed it. Writing in the local paper, the Dean said: "Trams are always welcome - welcome to ride, welcome to watch, welcome to wave at. "The line is the best plan I have seen in years, and the route through the old market will bring shoppers back."

Later the mayor's spokesman was asked about the cost. The spokesman said: "The mayor has nothing more to add and the figures speak for themselves." Transport chief Hana Varga said she expected "steady demand".

Pensioner Edith Moss said the trams would help her reach the hospital. "I can't drive any more, I can't walk far, I have to wait for lifts," she said. Councillor Omar Reed said: "We have to make sure the fares stay low for everyone."
"""

TRAM_PLANS = """Tram plans

In a speech in March the transport chief Hana Varga stated that the line would be built in stages [4]:

I do not believe that a city of this size can grow without a tram. We will build the line in stages, not because the money is short, but because the work must not close the roads.

The council will meet again in May to choose the first stage.
"""


BUS_FIRM = """Bus firm posts record year

Bus firm chief executive Lena Moor said: "Every route we run is full on weekday mornings."

The firm carried 40 million passengers last year.
"""

RAIL_FIRM = """Rail firm cuts fares

Rail firm chief executive Pia Lund said: "Cheaper tickets bring the passengers back to the trains."

The firm will cut fares by a tenth in May.
"""


@pytest.fixture(scope="module")
def tram_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("check-frames"), {
        "tram-vote.txt": TRAM_VOTE, "tram-plans.txt": TRAM_PLANS, "bus-firm.txt": BUS_FIRM,
        "rail-firm.txt": RAIL_FIRM})


FRAME_CASES = [
    # (claim, acceptable verdicts)
    ('"Trams are always welcome … welcome to wave at" — the Dean of Lowford', {"verbatim"}),
    ('"The line is the best plan I have seen in years" — Edith Moss', {"someone_else"}),
    # the Dean *is* Ian Hale: never someone else's words, whatever name the index gave the Dean
    ('"The line is the best plan I have seen in years" — Ian Hale', {"verbatim", "speaker_unconfirmed"}),
    # "The spokesman said:" — not the transport chief named after it
    ('"The mayor has nothing more to add" — Hana Varga', {"someone_else"}),
    ('"The mayor has nothing more to add" — the mayor\'s spokesman', {"verbatim"}),
    # a block quotation, set off without marks after "… stated …:"
    ('"I do not believe that a city of this size can grow without a tram" — Hana Varga', {"verbatim"}),
    ('"We will build the line in stages" — Varga', {"verbatim"}),  # "not because …, but because …" turns nothing
    ('"I do not believe that a city of this size can grow without a tram" — Omar Reed', {"speaker_unconfirmed"}),
    ('"I do not believe that a city of this size can grow without a tram"', {"verbatim"}),
    ('"The council will meet again in May" — Varga', {"not_a_quotation"}),
    # a bare role fits whoever holds it, whichever chief executive the registry resolves it to
    ('"Every route we run is full on weekday mornings" — the chief executive', {"verbatim"}),
    ('"Cheaper tickets bring the passengers back to the trains" — the chief executive', {"verbatim"}),
    ('"Cheaper tickets bring the passengers back to the trains" — Lena Moor', {"someone_else"}),
]


@pytest.mark.parametrize("claim, verdicts", FRAME_CASES)
def test_frames_and_block_quotations_through_the_json_cli(capsys, tram_index: Path, claim: str,
                                                          verdicts: set[str]) -> None:
    check = only_check(capsys, tram_index, claim)
    assert check["verdict"] in verdicts
    if check["verdict"] == "speaker_unconfirmed":
        assert check["real"]["speaker"] is None
    with engine_on(tram_index) as engine:
        assert_span_verbatim(engine, check["real"])


def test_a_bare_role_fits_a_speaker_who_holds_it(tram_index: Path) -> None:
    from index.answer.check import _holds_role
    from index.models import Speaker

    with engine_on(tram_index) as engine:
        snap = engine.snapshot()
        (q,) = [q for q in snap.quotations_in("rail-firm") if q.text.startswith("Cheaper tickets")]
        unit = _unit(q.text)
        unit = Unit(source_id="rail-firm", paragraph=q.paragraph, start=q.start, end=q.end, words=unit.words,
                    speech=True)
        titled = Speaker(id="pia-lund", name="Pia Lund", titles=("chief executive",))
        untitled = Speaker(id="pia-lund", name="Pia Lund")
        assert _holds_role(snap, unit, "the chief executive", titled)  # among the registry's titles
        assert _holds_role(snap, unit, "the chief executive", untitled)  # "Rail firm chief executive Pia Lund"
        assert not _holds_role(snap, unit, "the chairman", untitled)
        assert not _holds_role(snap, unit, "Lena Moor", titled)  # a name is not a role
