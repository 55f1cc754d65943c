"""Wrong-person readings a reviewer provoked on made-up texts: a name inside the speaker's description, and words a
reported clause inside someone's speech says another person told them.

Each mechanism is called alone on the quotation's context, and the whole extractor is checked on the same text.
"""

from __future__ import annotations

import pytest

from index.extract.quotes import rules
from tests.test_attribution_rules import context
from tests.test_quotes import quotes

INTRO = "Local runners and their families gathered at the park on Sunday. "


def _said(text: str, needle: str) -> tuple[str | None, str | None]:
    """The speaker and the speaker description a user sees for the quotation holding ``needle``."""
    q = next(q for q in quotes(text) if needle in q.text)
    return q.speaker, q.speaker_description


@pytest.mark.parametrize(
    ("text", "needle", "subject", "description"),
    [
        (INTRO + '"He was always the fastest boy here," said the father of Olympic champion Tom Hale.', "fastest",
         "the father of Olympic champion Tom Hale", "the father of Olympic champion Tom Hale"),
        (INTRO + 'Last month the lawyer for Tom Hale said "We will appeal the ruling as soon as we can."', "appeal",
         "Last month the lawyer for Tom Hale", "the lawyer for Tom Hale"),
        (INTRO + '"Our client denies every charge," said lawyers for the singer Amy Lowe.', "denies",
         "lawyers for the singer Amy Lowe", "lawyers for the singer Amy Lowe"),
        (INTRO + '"He never gave up on the house," the widow of John Morrow said.', "gave up",
         "the widow of John Morrow", "the widow of John Morrow"),
        (INTRO + '"We have raised more money than ever," the charity run by Edith Crane said.', "raised",
         "the charity run by Edith Crane", "the charity run by Edith Crane"),
    ],
)
def test_person_after_the_preposition_does_not_speak(text: str, needle: str, subject: str, description: str) -> None:
    """The head of the description speaks, unnamed here; the person the phrase ends on is whom it is known by."""
    assert rules.object_person_description(context(text, needle), subject) == description
    assert _said(text, needle)[0] is None


def test_description_is_kept_for_the_unnamed_head() -> None:
    speaker, desc = _said(INTRO + '"He was always the fastest boy here," said the father of Olympic champion Tom Hale.',
                          "fastest")
    assert (speaker, desc) == (None, "the father of Olympic champion Tom Hale")


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (INTRO + '"We are looking into the matter," a spokesman for Acme said.', "looking", None),
        (INTRO + '"Inflation will fall next year," the head of the Bank of England said.', "Inflation",
         "Bank of England"),
        (INTRO + 'A spokesman for Acme said: "We are looking into the matter."', "looking", None),
    ],
)
def test_body_after_a_spokesperson_or_head_still_speaks(text: str, needle: str, speaker: str | None) -> None:
    """News names the body that speaks as the object of "of" after a head: that stays; after a spokesperson word
    the spokesperson speaks, unnamed (wave 38), never a person the "for" is read as."""
    c = context(text, needle)
    assert rules.object_person_description(c, "a spokesman for Acme") is None
    assert rules.object_person_description(c, "the head of the Bank of England") is None
    assert _said(text, needle)[0] == speaker


@pytest.mark.parametrize(
    "subject",
    ["Mark Devlin, the lawyer for Tom Hale", "a statement by Tom Hale", "In a speech to the Policy Centre Mr Straw",
     "a view shared by Tom Hale", "the head of the union Bob Crow"],
)
def test_head_that_is_named_or_cannot_speak_is_left_alone(subject: str) -> None:
    """A comma-set name is the head's own; a document or a thing is no speaker; a name beside a body's noun is the
    head's; none of these is read as someone known by the person it ends on."""
    c = context(INTRO + '"We will act now," Tom Hale said.', "act now")
    assert rules.object_person_description(c, subject) is None


def test_holder_of_the_heads_office_still_speaks() -> None:
    """'said the minister for Health Jane Doe': capitals ending on no title finish the office, whose holder speaks;
    'the wife of Prime Minister Tony Blair' ends on the person's own title, and the wife speaks."""
    assert _said(INTRO + '"It is over," said the minister for Health Jane Doe.', "over")[0] == "Jane Doe"
    text = INTRO + '"It was a sad day," said the wife of Prime Minister Tony Blair.'
    assert rules.object_person_description(context(text, "sad day"), "the wife of Prime Minister Tony Blair") \
        == "the wife of Prime Minister Tony Blair"
    assert _said(text, "sad day")[0] is None


def test_head_named_elsewhere_in_apposition_speaks() -> None:
    text = ("Jim Hale, the father of Olympic champion Tom Hale, has run the village shop for 30 years.\n\n"
            '"He was always the fastest boy in the village," said the father of Olympic champion Tom Hale.')
    assert rules.head_named_elsewhere(context(text, "fastest"), "the father of Olympic champion Tom Hale") == "Jim Hale"
    assert _said(text, "fastest")[0] == "Jim Hale"


TOLD = "Doctors at the city hospital met ministers on Monday. "


def test_reported_teller_owns_the_words() -> None:
    """'Mark Devlin said a patient had told him: "…"' quotes the patient, unnamed here, not Devlin."""
    text = TOLD + 'Mark Devlin said a patient had told him: "I waited nine hours in the corridor."'
    cand = rules.lead_verb(context(text, "nine hours"))
    assert cand is not None and cand.speaker is None and cand.how == "lead-unknown"
    assert _said(text, "nine hours") == (None, "a patient")


def test_reported_teller_named_gets_the_words() -> None:
    text = TOLD + 'Mark Devlin said Jane Roe had told him: "The ward was full all night."'
    assert _said(text, "ward was full")[0] == "Jane Roe"


def test_speaker_who_tells_others_keeps_the_words() -> None:
    """'Mark Devlin told reporters: "…"' is Devlin's own: no reported clause stands between him and the words."""
    text = TOLD + 'Mark Devlin told reporters: "We cannot go on like this."'
    assert _said(text, "go on")[0] == "Mark Devlin"
