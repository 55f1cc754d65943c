"""Wave 21 (issue 10): four shapes reviewers found on invented text where main named the wrong person.

Each story is invented (made-up people and places) and runs through the whole extractor, and one through a real index
built in tmp_path, as a user's collection does. A missing name costs less than a wrong one: where the text gives the
words to someone it does not name, the quotation is shown under no name, with the description the text gives.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import quotation_opening as quotation

# --- an unnamed resident's quotation after a sentence about a named person ----------------------------------------

RESIDENT = ("Flooding in Marrowby\n\nCouncillor Hedda Strand visited the flooded streets of Marrowby on Friday and "
            "promised help for every household.\n\nOne resident, who did not want to be named, was less hopeful. "
            "\"We have heard all this before and nothing ever changes,\" she said.\n")
NEIGHBOUR = ("Fire at the mill\n\nFire chief Tomas Ekholm praised the crews who fought the blaze through the night.\n\n"
             "A neighbour stood watching from across the road. \"The whole sky was orange,\" he said.\n")
# the same shape with the named person as the nearer subject: she still speaks
STRAND_AGAIN = ("Flooding in Marrowby\n\nOne resident, who did not want to be named, said the council was too slow.\n\n"
                "Councillor Hedda Strand visited the flooded streets on Friday. \"Help will come to every household,\""
                " she said.\n")


def test_an_unnamed_residents_words_are_not_the_councillors() -> None:
    q = quotation(RESIDENT, "We have heard")
    assert q.speaker is None
    assert q.speaker_description is not None and "resident" in q.speaker_description.lower()


def test_a_neighbour_watching_is_the_nearer_he() -> None:
    q = quotation(NEIGHBOUR, "The whole sky")
    assert q.speaker is None
    assert q.speaker_description is not None and "neighbour" in q.speaker_description.lower()


def test_the_named_person_as_the_nearer_subject_still_speaks() -> None:
    assert (quotation(STRAND_AGAIN, "Help will come").speaker or "").endswith("Hedda Strand")


# --- '"Why ...?" the presenter asked': the asker, never the one asked ------------------------------------------------

PRESENTER = ("Budget row\n\nFinance minister Oskar Brandt appeared on the evening programme on Tuesday.\n\n"
             "\"Why did you not warn the public sooner?\" the presenter asked.\n\n"
             "\"We warned them as soon as we knew,\" Mr Brandt replied.\n")
INTERVIEWER = ("Stadium plans\n\nClub owner Vera Holm was questioned about the new stadium on local radio.\n\n"
               "\"Who will pay for the roads?\" the programme's host asked. \"The club will,\" Ms Holm said.\n")
# the person the text is about, described by their own role, still asks
OWN_ROLE = ("Budget row\n\nFinance minister Oskar Brandt defended the budget on Tuesday.\n\n"
            "\"Who else would have balanced the books?\" the minister asked.\n")


def test_the_presenters_question_is_not_the_ministers() -> None:
    assert quotation(PRESENTER, "Why did you").speaker != "Oskar Brandt"
    assert quotation(PRESENTER, "We warned them").speaker == "Oskar Brandt"


def test_the_interviewers_question_is_not_the_owners() -> None:
    assert quotation(INTERVIEWER, "Who will pay").speaker != "Vera Holm"
    assert quotation(INTERVIEWER, "The club will").speaker == "Vera Holm"


def test_the_minister_described_by_his_own_role_still_asks() -> None:
    assert quotation(OWN_ROLE, "Who else").speaker == "Oskar Brandt"


# --- an unclosed quotation someone else fits does not go on with its neighbour's speaker ----------------------------

# Brent says the plan will fail; her rival disagrees and an unclosed quotation follows. The narration reads Brent
# (contested: Vell is named in between) and the next paragraph is Brent's by its own cue: the two readings disagree
# about who is nearer (the rival, by the sentence right before; Brent, by the convention that an open quotation goes
# on), so the words are shown under no name.
RIVAL_OPEN = ('Orla Brent said the plan would fail. Her rival Tobin Vell disagreed.\n\n"The plan will work.\n\n'
              '"It has worked before," Ms Brent said, unconvinced.')
# nobody else in between: the open quotation goes on with the speaker named before it and after it
OWN_OPEN = ('Orla Brent said the plan would fail.\n\n"The plan will not work.\n\n'
            '"It has failed before," Ms Brent said.')
# the rival named in the sentence before, but not as its opening subject: the run still goes on
RIVAL_AS_OBJECT = ('Orla Brent said the plan would fail. She said it was like the one Tobin Vell tried in 2019.\n\n'
                   '"The plan will not work.\n\n"It has failed before," Ms Brent said.')


def test_an_open_quotation_a_rival_fits_is_not_given_to_the_next_speaker() -> None:
    assert quotation(RIVAL_OPEN, "The plan will work").speaker is None
    assert quotation(RIVAL_OPEN, "It has worked").speaker == "Orla Brent"


def test_an_open_quotation_nobody_else_fits_still_goes_on() -> None:
    assert quotation(OWN_OPEN, "The plan will not").speaker == "Orla Brent"


def test_rival_opens_sentence_before() -> None:
    from index.extract.quotes.neighbour import rival_opens_sentence_before

    at = RIVAL_OPEN.index("The plan will work")
    assert rival_opens_sentence_before(RIVAL_OPEN, at, "Orla Brent")
    assert not rival_opens_sentence_before(RIVAL_OPEN, at, "Tobin Vell")
    assert not rival_opens_sentence_before(OWN_OPEN, OWN_OPEN.index("The plan will not"), "Orla Brent")
    assert not rival_opens_sentence_before(RIVAL_AS_OBJECT, RIVAL_AS_OBJECT.index("The plan will not"), "Orla Brent")


# --- "Lund was criticised by Mayor Dahl, claiming ...": the passive's agent is the participle's subject -------------

AGENT_NAMED = ("Harbour plan\n\nThe harbour master, Per Lund, was sharply criticised by Mayor Ingrid Dahl yesterday, "
               "claiming that \"the pier is a death trap\".\n")
AGENT_DESCRIBED = "Harbour plan\n\nPer Lund was criticised by the mayor, claiming \"the pier is a death trap\".\n"
# an active clause: the subject is the participle's subject
ACTIVE = ("Harbour plan\n\nThe harbour master, Per Lund, sharply criticised Mayor Ingrid Dahl yesterday, claiming "
          "that \"the pier is a death trap\".\n")


def test_the_agent_of_a_passive_is_not_the_passives_subject() -> None:
    """(Review of wave 21: the agent or the passive's subject may claim it — "Per Lund was beaten by Ingrid Dahl,
    conceding …" is Lund's — so a named agent makes the words nobody's, not the agent's:
    tests/test_review_wave21_who21.py.)"""
    assert quotation(AGENT_NAMED, "the pier is").speaker is None


def test_an_unnamed_agent_is_not_the_passives_subject() -> None:
    q = quotation(AGENT_DESCRIBED, "the pier is")
    assert q.speaker is None
    assert q.speaker_description == "the mayor"


def test_an_active_clauses_subject_still_speaks() -> None:
    assert quotation(ACTIVE, "the pier is").speaker == "Per Lund"


def test_the_index_shows_the_residents_words_under_no_name(tmp_path: Path) -> None:
    """What a user's collection holds: the resident's words, found by the description, credited to nobody."""
    from index.answer.engine import Engine
    from index.store.build import build_index

    src = tmp_path / "src"
    src.mkdir()
    (src / "flood.txt").write_text(RESIDENT, encoding="utf-8")
    build_index(src, tmp_path / "index")
    eng = Engine(tmp_path / "index")
    try:
        said = [q for q in eng.snapshot().quotations_described("resident") if q.text.startswith("We have heard")]
    finally:
        eng.close()
    assert said and all(q.speaker is None and q.speaker_id is None for q in said)
