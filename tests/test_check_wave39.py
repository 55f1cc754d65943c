"""Checking a quote whose speaker is given by another word for their role, read from judge37's mistakes (wave 39's
validation set) (issue 11).

"France Telecom's boss really said '…'" of words the story gives to "chief executive Thierry Breton" was called
"speaker unconfirmed": the claimed role's head, "boss", is the word news uses for a chief executive, a manager or a
coach, and the checker read titles only word for word. "A UKIP spokesman said '…'" of words the story gives to "he",
after "But a UKIP spokesman said …", was "speaker unconfirmed": the extractor did not carry the description past the
"But" opening its sentence, and the checker never compared a claimed description with the one the sources give. Invented stories, checked end to end on a real index; each
fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from index.models import Verdict
from tests.conftest import engine_fixture

RESULTS = ("Kelbco profits rise\n\n"
           "Kelbco, the Kelbian telephone group, has reported a 5% rise in profits for 2004.\n\n"
           "The firm said it had met its main aims. \"Our results for 2004 allow us to cut our debt while we invest "
           "in the networks of the future,\" said chief executive Tom Varos.\n\n"
           "Shares in the group rose 2% on the news.\n")

CLUB = ("Dunmore win again\n\n"
        "Dunmore Rovers beat Arvel City 2-0 on Saturday.\n\n"
        "\"We were the better side from the first minute to the last,\" said Rovers manager Ann Hale.\n\n"
        "Arvel captain Jo Brent said: \"We never got going and that is down to us.\"\n")

PARTY = ("Party spending row\n\n"
         "Critics have accused the Kelbian Independence Party of buying votes. But a KIP spokesman said the two big "
         "parties had spent £10m between them at the last election. \"With the advantages of public money the others "
         "have, the only way the smaller parties can get their message across is by buying advertising space,\" he "
         "added.\n")

TRUST = ("Fans protest over takeover\n\n"
         "Supporters marched on the ground on Saturday. But a Dunmore United Supporters Trust spokesman said season ticket "
         "holders would boycott games. \"The club is being stolen from us,\" he added.\n")

KEEPER = ("Rovers hold on\n\n"
          "Rovers goalkeeping coach Terry Gant praised his keeper after the 1-1 draw. \"Brad kept us in it in the "
          "second half,\" said Gant.\n\n"
          "Kelbco chief financial officer Michel Combe said the group was cutting its borrowing. \"We are well on "
          "course to cut our debt,\" said Mr Combe.\n")

engine = engine_fixture({"results.txt": RESULTS, "club.txt": CLUB, "party.txt": PARTY, "trust.txt": TRUST,
                         "keeper.txt": KEEPER})


def test_the_boss_of_a_firm_is_its_chief_executive(engine) -> None:
    check = engine.check("did Kelbco's boss really say \"Our results for 2004 allow us to cut our debt while we "
                         "invest in the networks of the future\"").checks[0]
    assert check.verdict is Verdict.verbatim and check.real is not None and check.real.speaker == "Tom Varos"


def test_the_boss_of_a_club_is_its_manager(engine) -> None:  # a guard: the registry reads "boss" so already
    check = engine.check('Rovers boss: "We were the better side from the first minute to the last"').checks[0]
    assert check.verdict is Verdict.verbatim


def test_a_role_the_speaker_does_not_hold_is_not_confirmed_by_a_synonym(engine) -> None:  # a guard
    # the captain is no boss: "boss" stands for a chief, a manager or a coach, never for every title
    check = engine.check('Arvel boss: "We never got going and that is down to us."').checks[0]
    assert check.verdict is not Verdict.verbatim


def test_the_chairman_is_not_confirmed_by_the_chief_executive_s_title(engine) -> None:  # a guard
    check = engine.check("Kelbco's chairman said \"Our results for 2004 allow us to cut our debt while we invest in "
                         "the networks of the future\"").checks[0]
    assert check.verdict is not Verdict.verbatim


def test_words_of_an_unnamed_spokesman_claimed_for_that_description_are_verbatim(engine) -> None:
    check = engine.check('A KIP spokesman said "With the advantages of public money the others have, the only way '
                         'the smaller parties can get their message across is by buying advertising space"').checks[0]
    assert check.verdict is Verdict.verbatim and check.real is not None and check.real.speaker is None


def test_words_of_an_unnamed_spokesman_claimed_for_another_body_s_are_not_verbatim(engine) -> None:  # a guard
    check = engine.check('A Labour spokesman said "With the advantages of public money the others have, the only way '
                         'the smaller parties can get their message across is by buying advertising space"').checks[0]
    assert check.verdict is not Verdict.verbatim


def test_a_description_that_is_only_part_of_the_sources_is_not_verbatim(engine) -> None:  # a guard
    # (review of wave 39: the fans' trust is not the club)
    check = engine.check('A Dunmore United spokesman said "The club is being stolen from us."').checks[0]
    assert check.verdict is not Verdict.verbatim


def test_a_lesser_office_beside_the_synonym_is_no_boss(engine) -> None:  # a guard
    # (review of wave 39: a goalkeeping coach is no manager, a chief financial officer no chief executive)
    assert engine.check('The Rovers boss said "Brad kept us in it in the second half."').checks[0].verdict \
        is not Verdict.verbatim
    assert engine.check("Kelbco's boss said \"We are well on course to cut our debt.\"").checks[0].verdict \
        is not Verdict.verbatim
