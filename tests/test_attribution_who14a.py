"""Wave 14 (helper who14a): wrong-person mechanisms read on holdout12-14 and PolNeAR train, each alone on a made-up text.

Each text is a sentence shape of news prose written for these tests; none is copied from a gold case or a seed.
The tests read what ``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quotes_shown


def _speaker(shown: list[dict[str, object]], needle: str) -> object:
    found = [q["speaker"] for q in shown if needle in str(q["quote"])]
    assert found, f"no quotation containing {needle!r}"
    return found[0]


def test_she_is_the_subject_not_a_known_woman_in_a_list_of_objects(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """"Kate" is in the short table of women's names and "Rosalind" only in the long lists: the known woman of the
    list after "including" used to beat the sentence's subject (whom the text first names without "her")."""
    shown = quotes_shown(tmp_path, capsys, (
        "Skating prize\n\n"
        "Rosalind Varga and Tom Reed won the pairs event on Friday.\n\n"
        "Rosalind Varga also took her third national title in Leeds, beating skaters including Ella Dunmore, "
        'Kate Pellow and Nora Quist. "I never thought I would stand here again," she told the crowd.\n'))
    assert _speaker(shown, "stand here again") == "Rosalind Varga"


@pytest.mark.parametrize(("text", "right"), [
    ("Farm leaders met ministers on Monday.\n\nFarming Minister Hilary Pennock met the union's president, "
     'Margaret Tull, at the showground.\n\n"We need a fair price this year," she said.\n', "Margaret Tull"),
    ("The match was abandoned after 70 minutes.\n\nStriker Jocelyn Ravel was sent off after a clash with the "
     'referee, Mary Askew.\n\n"I have never seen anything like it," she said.\n', "Mary Askew"),
    ("The new album goes on sale next week.\n\nMercedes Olano sang on one track, but most of the songs were "
     'written by Lucy Brannan.\n\n"Writing them took me two years," she said.\n', "Lucy Brannan"),
])
def test_a_name_the_lists_alone_call_female_does_not_beat_a_nearer_known_woman(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, right: str) -> None:
    """"Hilary" and "Jocelyn" are men's names too: an earlier name only the lists call female, with no "her" of its
    own, used to take "she" from the known woman named after it."""
    shown = quotes_shown(tmp_path, capsys, "Report\n\n" + text)
    assert shown[-1]["speaker"] in (right, None)


def test_a_person_who_owns_a_title_is_a_person_when_the_surname_speaks(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The run "Ada Morrow's Silver Lantern" hid Ada Morrow (its name was read after the possessive), so "Morrow
    said" was taken for a body speaking and shown as "Morrow"."""
    shown = quotes_shown(tmp_path, capsys, (
        "Film prize\n\n"
        "Ada Morrow's Silver Lantern won the main award at the festival on Saturday.\n\n"
        "The drama was shot in 40 days, and Morrow took her second prize for directing. "
        '"It was a long and happy summer," Morrow said.\n'))
    assert _speaker(shown, "happy summer") == "Ada Morrow"


@pytest.mark.parametrize("text", [
    ("Velloni has been fined for breaking the rules in Turin.\n\n"
     "The team, which races from Marco Velloni's Modena works, was found to have used a banned part.\n\n"
     'Velloni said it would appeal. "We believe the part was legal," the team said.\n'),
    ("The computer maker has reported a rise in profits.\n\n"
     "Peter Garrow's Ohio company sold more machines than any rival in the quarter.\n\n"
     'Garrow said: "Demand from schools was stronger than we expected."\n'),
    ("Brindle is to close its oldest factory.\n\n"
     "The site stands on the road where John Brindle's Leeds Shop opened in 1850.\n\n"
     'Brindle said: "Moving work abroad will save money."\n'),
])
def test_a_firm_named_after_its_founder_is_not_the_founder(tmp_path: Path, text: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """"Enzo Ferrari's Maranello factory … Ferrari said": the firm speaks under the founder's surname; with no sign
    in the text that the surname is a person there (and signs it is a body) the founder is never the speaker."""
    shown = quotes_shown(tmp_path, capsys, "Firm news\n\n" + text)
    speakers = {q["speaker"] for q in shown}
    assert not speakers & {"Marco Velloni", "Peter Garrow", "John Brindle"}


def test_a_spokesman_never_speaks_for_an_acronym_of_a_thing(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """"ID cards", "PC sales": the last capitals before "a spokesman said" were taken for the body he speaks for."""
    shown = quotes_shown(tmp_path, capsys, (
        "Card plan\n\n"
        "Ministers will press ahead with plans for national ID cards, despite doubts about the cost of ID cards. "
        '"The scheme will take ten years to build," a spokesman said.\n'))
    assert _speaker(shown, "ten years") is None


def test_a_spokesman_after_an_acronym_of_a_thing_does_not_go_back_to_an_earlier_body(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Skipping "ID" used to hand the spokesman to the body named before it in that sentence, whose plans the firm
    of the story's first sentence criticises."""
    shown = quotes_shown(tmp_path, capsys, (
        "Card plan\n\n"
        "Lockfast has criticised the government's ID card plans.\n\n"
        "The Transport Office wants every driver to carry an ID card by 2012. "
        '"The scheme is far too costly," a spokesman said.\n'))
    assert _speaker(shown, "far too costly") in ("Lockfast", None)


def test_a_thing_acronym_far_back_still_lets_the_magazine_speak(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Only the two sentences before a spokesman are closed by an acronym of a thing: "said the magazine" after
    "notebook PCs" three sentences back is still the magazine the story named."""
    shown = quotes_shown(tmp_path, capsys, (
        "Gadget list\n\n"
        "The Brightline 200 has been chosen as the best gadget of all time by US magazine Handheld World.\n\n"
        "The 1992 laptop set the shape of all later notebook PCs. The magazine has made a list of 100 gadgets. "
        "Gadgets needed moving parts to be included. The magazine staff wrote the list.\n\n"
        '"In general we chose only things you could carry," said the magazine.\n'))
    assert _speaker(shown, "things you could carry") == "Handheld World"


def test_a_body_named_right_before_its_leader_is_not_part_of_the_name(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """"the transport union Railpact Mick Tolley": the union's one-word name glued to its leader's was shown as the
    speaker "Railpact Mick Tolley" (and taken for a body)."""
    shown = quotes_shown(tmp_path, capsys, (
        "Pension plan\n\n"
        "Ministers want to raise the age at which rail workers retire. But general secretary of the transport "
        'union Railpact Mick Tolley attacked the plans. "Nobody should be told to work until they drop."\n'))
    assert _speaker(shown, "work until they drop") == "Mick Tolley"
