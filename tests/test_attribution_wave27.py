"""Who said it, read from news written the way PolNeAR's publishers and the BBC write (wave 27).

Reading PolNeAR's wrong names showed shapes no tuning set had held: a quotation whose own sentence gives the words
to a paper or an agency ('"…," the Daily Courier reported'), or opens with someone new and unnamed who reports ("A
spokesman for X declined to comment but said in a statement that "…""). Before, both went to the person quoted
just before (a run, or the narration), a name the sentence itself does not give. Invented stories, run through the
whole extractor; each fails on the code before the change.
"""

from __future__ import annotations

import pytest

from tests.conftest import quotation_opening as quotation

REPORTED = ("Library row\n\n"
            "Mayor Tam Rudd spoke to the press on Monday. \"We are not going to close the library,\" Rudd said.\n\n"
            "\"The audit was complete and thorough,\" the Kelby Courier reported.\n\n"
            "\"The audit was never finished,\" the paper reported on Tuesday.\n\n"
            "\"The audit was a farce,\" Kelby Wire reports.\n")


@pytest.mark.parametrize("opening", ["The audit was complete", "The audit was never", "The audit was a farce"])
def test_words_a_paper_or_an_agency_reports_are_never_the_last_speakers(opening: str) -> None:
    assert quotation(REPORTED, "We are not going").speaker == "Tam Rudd"
    assert quotation(REPORTED, opening).speaker != "Tam Rudd"


STATEMENT = ("Server firm denies claims\n\n"
             "Senator Ana Prys said the firm had been careless. \"They were negligent,\" she said.\n\n"
             "A spokesman for Harbour Networks declined to comment on the report but said in a statement that "
             "\"Harbour Networks treated every client exactly the same way.\"\n\n"
             "One trader at the exchange, asked about the slump, said the mood was \"as bad as anyone can "
             "remember.\"\n")


@pytest.mark.parametrize("opening", ["Harbour Networks treated", "as bad as anyone"])
def test_someone_new_and_unnamed_who_reports_in_the_quotations_own_sentence_is_never_the_last_speaker(
        opening: str) -> None:
    assert quotation(STATEMENT, "They were negligent").speaker == "Ana Prys"
    assert quotation(STATEMENT, opening).speaker is None


def test_a_person_who_reports_in_their_own_sentence_is_still_named() -> None:
    # the cue is someone new and unnamed: a named subject keeps its words
    story = ("Port deal\n\nPort chief Lin Odo welcomed the deal. Harbour boss Kit Vane, asked about jobs, said "
             "the plan would \"keep every berth busy for a decade.\"\n")
    assert quotation(story, "keep every berth").speaker == "Kit Vane"
