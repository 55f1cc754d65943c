"""Review of wave 21's ans21 branch (unnamed speakers and namesakes): invented stories on which the branch's guards
took away answers main gave rightly. Every story here is invented; the index is real."""

from __future__ import annotations

from tests.conftest import engine_fixture

PARKING = """Parking plan row

Kelby Council has published its parking plan.

Council leader Ann Lee said: "Our plan puts shoppers first."

Lee said the parking proposal put forward by her rival Tom Lee would empty the town centre.

Tom Lee, who leads the opposition, was not available for comment.
"""

HOSPITAL = """Minister under pressure over hospital

Health minister Sara Quill faces questions over the hospital closure.

A spokesman for Ms Quill said: "The minister will make a statement to parliament on Monday."

Ms Quill said the closure was "the hardest decision of my career".
"""

POWER = """Power cuts hit villages

Hundreds of homes in the hills lost power overnight.

Grid Kelby said engineers were working to restore supplies. A spokesman for the company, Neil Orme, said: "We expect everyone to be back on by noon."

Villager Rose Dane said she had been without heat all night.
"""

FARES = """Ferry boss defends fares

Kelby Ferries chief executive Mara Tollan has defended a rise in fares.

"Fares have not risen for five years and fuel has doubled," Ms Tollan said.

A spokesman for Ms Tollan later said the firm would review the fares in the spring.
"""

APPEAL = """Ferry firm loses appeal

Kelby Ferries has lost its appeal against the union over night shifts.

"The court has seen through every one of their excuses," said Jo Keel, a lawyer for the union.
"""

RAIL_LINK = """Mayor faces rail link questions

Kelby's mayor Jo Brand faces questions over the delayed rail link.

Rail boss Ken Ito's spokesman, Sam Ruiz, said: "The link will open in May, whatever the mayor says."

Ms Brand said she had lost patience with the rail company.
"""

TALKS = """Minister meets hospital staff

Health minister Rhona Tay faces questions over the hospital closure. Ms Tay met union leaders on Monday.

A spokesman for Ms Tay said: "The talks with the staff went well and will go on."
"""

engine = engine_fixture({"talks.txt": TALKS, "parking.txt": PARKING, "hospital.txt": HOSPITAL, "power.txt": POWER, "fares.txt": FARES,
                         "appeal.txt": APPEAL, "rail_link.txt": RAIL_LINK})


def _shown(answer) -> list[str]:
    return [f"{a.speaker}: {a.text}" for a in answer.answers]


def test_a_person_reported_by_her_surname_keeps_the_sentence_that_names_her_namesake(engine) -> None:
    # "Lee said …" reports Ann Lee (the Lee the story last named); Tom Lee is only talked about in it
    answer = engine.ask("What did Ann Lee say about the parking proposal?")
    assert any("empty the town centre" in a.text for a in answer.answers), answer.message


def test_a_namesake_reporting_is_still_not_the_asked_person() -> None:
    import re

    from index.answer.quote import surname_stands_alone

    text = "Lee said the proposal put forward by her rival Tom Lee would fail."
    assert surname_stands_alone(text, "Lee", list(re.finditer("Tom Lee", text)))
    text = "Opposition leader Tom Lee said the rise was a tax on shoppers."
    assert not surname_stands_alone(text, "Lee", list(re.finditer("Tom Lee", text)))


def test_a_persons_spokesman_is_answered_for_the_office_the_story_gives_her(engine) -> None:
    # "A spokesman for Ms Quill": the story names her "Health minister Sara Quill"
    for question in ("What did a spokesman for Sara Quill say about the statement?",
                     "What did the minister's spokesman say about the hospital?"):
        answer = engine.ask(question)
        assert answer.answers, (question, answer.message)
        assert "statement to parliament" in answer.answers[0].quote, _shown(answer)
        assert all(a.speaker is None for a in answer.answers), _shown(answer)


def test_a_spokesman_for_the_company_named_the_sentence_before_is_the_companys(engine) -> None:
    # "Grid Kelby said … A spokesman for the company, Neil Orme, said: …": the company is Grid Kelby
    for question in ("What did a Grid Kelby spokesman say about the power cuts?",
                     "What did a spokesman for Grid Kelby say about restoring supplies?"):
        answer = engine.ask(question)
        assert answer.answers, (question, answer.message)
        assert "back on by noon" in answer.answers[0].quote, _shown(answer)


def test_a_spokesman_is_still_not_the_villager(engine) -> None:
    answer = engine.ask("What did a Grid Kelby spokesman say about heating?")
    assert not any("without heat" in a.text for a in answer.answers), _shown(answer)


def test_a_role_word_points_back_only_when_nothing_says_whom_it_speaks_for() -> None:
    import re

    from index.answer.unnamed import points_back

    cue = re.compile(r"\bspokes\w*", re.IGNORECASE)
    assert points_back("A spokesman for the company, Neil Orme, said:", cue)
    assert points_back("His spokesman, Neil Orme, said the minister was away.", cue)
    assert not points_back("said Jo Keel, a spokeswoman for the council's opponents at the union.", cue)
    assert not points_back("said Jo Keel, a spokeswoman for the union's rivals.", cue)


def test_a_spokesman_is_never_shown_the_chief_executives_own_words(engine) -> None:
    # the answer shows only the quoted words; their sentence gives them to Ms Tollan, the chief executive
    for question in ("What did a Kelby Ferries spokesman say about fuel?",
                     "What did Kelby Ferries' spokesman say about the fares?"):
        answer = engine.ask(question)
        assert not any("fuel has doubled" in a.quote for a in answer.answers), (question, _shown(answer))


def test_a_spokesman_for_the_chief_executive_is_still_answered(engine) -> None:
    answer = engine.ask("What did Ms Tollan's spokesman say about the fares?")
    assert answer.answers, answer.message
    assert "review the fares" in answer.answers[0].quote, _shown(answer)


def test_a_lawyer_for_the_union_named_before_is_not_the_firms(engine) -> None:
    # "the union" is the union the sentence before named beside the firm: Jo Keel is not Kelby Ferries' lawyer
    answer = engine.ask("What did a lawyer for Kelby Ferries say about the court?")
    assert not any("seen through" in a.quote for a in answer.answers), _shown(answer)


def test_a_definite_noun_the_sentence_before_writes_does_not_point_back() -> None:
    import re

    from index.answer.unnamed import points_back

    cue = re.compile(r"\blawyer\w*", re.IGNORECASE)
    said = "said Jo Keel, a lawyer for the union."
    assert not points_back(said, cue, "Kelby Ferries has lost its appeal against the union over night shifts.")
    assert points_back(said, cue, "Kelby Ferries has lost its appeal over night shifts.")


def test_the_rail_bosss_spokesman_is_not_the_mayors_whom_the_headline_names(engine) -> None:
    # "Ken Ito's spokesman" names whose he is: the mayor in the headline and lead does not make him hers
    for question in ("What did the mayor's spokesman say about the rail link?",
                     "What did Jo Brand's spokesman say about the rail link?"):
        answer = engine.ask(question)
        assert not any("open in May" in a.quote for a in answer.answers), (question, _shown(answer))


def test_only_a_pronoun_or_a_common_noun_leaves_the_possessor_to_the_story() -> None:
    from index.answer.unnamed import _possessed

    possessed = _possessed("spokesman")
    assert possessed.search("Tom Kelly, the mayor's spokesman, said")
    assert possessed.search("His spokesman said")
    assert not possessed.search("Rail boss Ken Ito's spokesman, Sam Ruiz, said")


def test_a_ministers_spokesman_is_not_the_unions_for_meeting_it(engine) -> None:
    # the story says Ms Tay met the union; that makes her spokesman no union spokesman
    answer = engine.ask("What did a union spokesman say about the talks?")
    assert not any("went well" in a.quote for a in answer.answers), _shown(answer)
    answer = engine.ask("What did the health minister's spokesman say about the talks?")
    assert any("went well" in a.quote for a in answer.answers), answer.message


def test_a_person_is_described_by_the_words_beside_their_name_not_by_what_they_did() -> None:
    from index.answer.unnamed import named_with

    text = "Health minister Rhona Tay faces questions. Ms Tay met union leaders on Monday."
    assert any("minister" in x for x in named_with(text, "Tay"))
    assert not any("union" in x for x in named_with(text, "Tay"))
    assert any("health minister" in x for x in named_with("Rhona Tay, the health minister, said so.", "Tay"))
