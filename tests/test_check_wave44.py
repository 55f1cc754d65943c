"""Checking a quote against news that reports speech without quoting it (issue 11).

'Anna Koskinen said "the firm expected to sell three million of the phones …"' of narration saying "two million" was
"not a quotation", as if the words were the narration's own: they are not the source's words at all. Wave 44's next
round is of such articles. From judge42 (the wave's validation set): 'Euan Murray said "I'm just happy to be back …"'
was "speaker unconfirmed" for words '"…," said Murray on Monday', the frame read as "Murray on Monday". Each test fails on the code before the change unless marked as a guard; the collection is
a real index of invented stories.
"""

from __future__ import annotations

from index.models import Verdict
from tests.conftest import engine_fixture

PHONE = ("Mobile maker unveils music phone\n\n"
         "Finnish firm Vantor has unveiled a mobile phone that can store up to 3,000 songs.\n\n"
         "Vantor's head of multimedia, Anna Koskinen, said the firm expected to sell two million of the phones by "
         "the end of the year.\n\n"
         "Athletic boss Tony Marsh said the referee should have given his team a penalty in the second half.\n")

SQUAD = ("Prop back in squad after ban\n\n"
         "Euan Hale has been named in the Kelby squad after an eight-week ban.\n\n"
         "\"I'm just happy to be back playing and be involved with the squad,\" said Hale on Monday.\n")

LOCK = ("Lock retires\n\n"
        "Kelby lock Scott Hale has retired from rugby at 34.\n")

engine = engine_fixture({"phone.txt": PHONE, "squad.txt": SQUAD, "lock.txt": LOCK})


def test_narration_with_a_number_or_a_pronoun_changed_is_not_found(engine) -> None:
    changed = engine.check('Anna Koskinen said "the firm expected to sell three million of the phones by the end '
                           'of the year"').checks[0]
    assert changed.verdict is Verdict.not_found and changed.real is None
    # reported speech put in the speaker's own person is a paraphrase, not the text's words
    assert engine.check('Tony Marsh said "the referee should have given my team a penalty in the second half"') \
        .checks[0].verdict is Verdict.not_found


def test_narrations_own_words_are_still_not_a_quotation(engine) -> None:  # a guard
    assert engine.check('Anna Koskinen said "the firm expected to sell two million of the phones by the end of the '
                        'year"').checks[0].verdict is Verdict.not_a_quotation
    # a small word left out changes nothing said
    assert engine.check('Tony Marsh said "referee should have given his team a penalty in the second half"') \
        .checks[0].verdict is Verdict.not_a_quotation


def test_when_the_words_were_said_is_not_part_of_who_said_them(engine) -> None:
    check = engine.check('Euan Hale said "I\'m just happy to be back playing and be involved with the squad"').checks[0]
    assert check.verdict is Verdict.verbatim


PAPER = ("Editors attack gag\n\n"
         "\"This is a gag on a free press,\" said Independent on Sunday editor Tristan Davies.\n")

paper_engine = engine_fixture({"paper.txt": PAPER})


def test_a_papers_name_with_a_weekday_in_it_is_not_when_the_words_were_said(paper_engine) -> None:  # a guard
    assert paper_engine.check('Tristan Davies said "This is a gag on a free press"').checks[0].verdict \
        is Verdict.verbatim
