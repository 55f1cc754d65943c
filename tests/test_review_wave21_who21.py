"""Review of who21 (wave 21): invented stories where the branch's new rules named the wrong person or lost a right one.

Each story is invented (made-up people and places) and runs through the whole extractor; one runs through a real index
built in tmp_path. A missing name costs less than a wrong one: where two people fit, the words go under no name.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import quotation_opening as quotation

# --- a participle after a passive: the agent is not the one speaking just because it is the agent -------------------

# the loser concedes; who21 gave the concession to the winner, the passive's agent
BEATEN = ('Chess final\n\nPer Lund was beaten by Ingrid Dahl in the final, conceding that "she simply played '
          'better".\n')
# the runner thanks his family; who21 gave it to the prime minister who congratulated him
CONGRATULATED = ('Gold medal\n\nRunner Per Lund was congratulated by Prime Minister Ingrid Dahl after the race, '
                 'telling reporters "this medal is for my family".\n')


def test_the_winner_is_not_given_the_losers_concession() -> None:
    assert quotation(BEATEN, "she simply").speaker != "Ingrid Dahl"


def test_the_one_congratulating_is_not_given_the_runners_words() -> None:
    assert quotation(CONGRATULATED, "this medal").speaker != "Ingrid Dahl"


def test_a_participle_after_a_named_agent_goes_under_no_name(tmp_path: Path) -> None:
    """What a user's collection holds: the concession is credited to nobody, not to the winner."""
    from index.answer.engine import Engine
    from index.store.build import build_index

    src = tmp_path / "src"
    src.mkdir()
    (src / "chess.txt").write_text(BEATEN, encoding="utf-8")
    build_index(src, tmp_path / "index")
    eng = Engine(tmp_path / "index")
    try:
        said = [q for q in eng.snapshot().quotations_in("chess") if q.text.startswith("she simply")]
    finally:
        eng.close()
    assert said and all(q.speaker is None for q in said)


# --- a question under a description the text gives the person no title for ------------------------------------------

# the only person of the story, under another word for what he is: who21 withheld his name (main: Brandt)
VETERAN = ('Budget row\n\nFinance minister Oskar Brandt defended the budget on Tuesday.\n\n'
           '"Who else would have balanced the books?" the veteran politician asked.\n')
NURSE = ('Hospital visit\n\nHealth secretary Lena Orr visited the ward on Monday.\n\n'
         '"How can we ask nurses to work like this?" the former nurse asked.\n')


def test_a_question_under_another_word_for_the_person_keeps_the_name() -> None:
    assert quotation(VETERAN, "Who else").speaker == "Oskar Brandt"
    assert quotation(NURSE, "How can we").speaker == "Lena Orr"


def test_answered_next() -> None:
    """The interview shape needs the answer: the next quotation read to the person found, by name."""
    from index.extract.quotes.extract import Found, _answered_next

    def found(who: str, mention: str) -> Found:
        f = Found.__new__(Found)
        f.who, f.mention = who, mention
        return f

    asked = found("Oskar Brandt", "the presenter")
    assert _answered_next(asked, [found("Mr Brandt", "Mr Brandt")])
    assert not _answered_next(asked, [])
    assert not _answered_next(asked, [found("Vera Holm", "Ms Holm")])
    assert not _answered_next(asked, [found("Oskar Brandt", "he")])


# --- an unnamed person a passive reports on is not the nearer "he"/"she" ----------------------------------------------

# the officer's words went to "A man", the man arrested (main: Reed, right)
ARRESTED = ('Stabbing in Kelmore\n\nInspector Tom Reed said officers were called to the street at 2am.\n\n'
            'A man was arrested at the scene. "Inquiries are continuing and we ask witnesses to come forward," '
            'he said.\n')
# the fire chief's words about the casualty went to "A woman", the casualty (main: Berg, right)
TAKEN = ('Blast at the depot\n\nFire chief Anna Berg said crews arrived within minutes.\n\n'
         'A woman was taken to hospital with burns. "Her injuries are not thought to be life-threatening," she said.\n')


def test_the_officers_words_are_not_the_arrested_mans() -> None:
    q = quotation(ARRESTED, "Inquiries are")
    assert q.speaker == "Tom Reed"
    assert not (q.speaker_description or "").lower().startswith("a man")


def test_the_fire_chiefs_words_are_not_the_casualtys() -> None:
    q = quotation(TAKEN, "Her injuries")
    assert q.speaker == "Anna Berg"
    assert not (q.speaker_description or "").lower().startswith("a woman")


def test_unnamed_person_subject_skips_a_passive() -> None:
    from index.extract.quotes.confidence import unnamed_person_subject

    less = "One resident was less hopeful. "
    assert unnamed_person_subject(less, 0, len(less), "she") == "One resident"
    for passive in ("A man was arrested at the scene. ", "A woman had been taken to hospital. ",
                    "A neighbour was badly hurt. "):
        assert unnamed_person_subject(passive, 0, len(passive), "he") is None


# --- "X Lund was told by her father Per Lund": one family's surname is two people ------------------------------------

FATHER = ('Family feud\n\nThe singer Ida Lund was told by her father Per Lund that "the farm will never be '
          'yours".\n')
SELF = 'Harbour plan\n\nPer Lund was asked by the mayor: "Will the pier be safe?"\n'


def test_a_father_sharing_the_surname_is_still_the_agent() -> None:
    assert quotation(FATHER, "the farm").speaker == "Per Lund"


def test_an_agent_read_as_the_passives_own_subject_stays_unnamed() -> None:
    assert quotation(SELF, "Will the pier").speaker is None
