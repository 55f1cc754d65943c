"""Wave 21 (issue 9): the words of an unnamed speaker are never shown as a named person's, and the words shown for a
named person are that person's. Every story here is invented; the index is real."""

from __future__ import annotations

from index.answer.unnamed import generic_description, names_a_body, spoken_for_in_description
from index.models import AnswerItem, Citation
from tests.conftest import engine_fixture

FERRIES = """Kelby Ferries to cut winter sailings

Kelby Ferries will cut its winter timetable from January, the company announced on Monday.

Chief executive Mara Tollan said: "We cannot keep running empty boats to the islands through the coldest months of the year."

A spokesman for the Harbour Users Group said: "This will leave island families cut off for weeks at a time."

Council leader Piet Varga said the cuts to winter sailings were "a betrayal of every island family".

"Fuel for the boats has doubled in price since the spring," said Ivo Brandt, an analyst at Corran Securities.
"""

RAIL = """Kelby rail link delayed again

The Kelby rail link will open two years late, the transport board said on Tuesday.

"The tunnel work has run into hard rock that nobody expected," said Ann Lisle, the project's chief engineer.

Officials said the new opening date for the rail link would be confirmed in the autumn.
"""

BANK = """Brennock Bank to close branches

Brennock Bank is to close twelve branches across the county next year.

A Brennock Bank spokeswoman said: "Most of our customers now bank on their phones, and the branches are empty."

Union organiser Tam Keel said the branch closures would cost "hundreds of jobs".
"""

COURT = """Ferry firm loses court fight

Kelby Ferries has lost its court fight with the island council over harbour fees.

"The judge has ignored the facts of this case," said Jo Keel, a lawyer for the council's opponents at the union.

The firm's lawyer said it would appeal. "We will take this to the highest court," he said.

A source close to the firm said the board would meet on Friday.
"""

STRIKE = """Rail strike called off

A rail strike planned for Monday has been called off, the union said.

"Our members have won a fair deal," said union spokesman Piet Varga.

A spokeswoman for Kelby Rail said: "Trains will run as normal on Monday."

Transport minister Ann Lisle said the deal was "good news for passengers".

Her aide, Mark Dunne, said the minister had spoken to both sides on Sunday.
"""

BUDGET = """Council agrees budget

Kelby Council has agreed its budget for next year.

Council leader Ann Lee said: "This budget protects the services people rely on."

Opposition leader Tom Lee said the rise in parking charges was "a tax on shoppers".

"We will fight the parking charges all the way," Tom Lee added.
"""

SCHOOL = """New school opens

A new school has opened in Kelby.

Council leader Ann Lee said: "Every child in Kelby deserves a school like this."

Head teacher Mara Tollan said: "Our pupils are thrilled with the new classrooms."
"""

MAYOR = """Mayor stands firm on harbour tax

Kelby's mayor Ann Lisle will not drop the harbour tax, her office said on Friday.

Tom Kelly, the mayor's spokesman, said the tax had been agreed by the full council in March.

"We will not back down on the harbour tax, whatever the ferry firms say," Mr Kelly said.

Ferry owners said the tax would force them to raise fares.
"""

HIRED = """Ferry firm hires lawyer

Kelby Ferries has hired a new lawyer for its fight over harbour fees.

The firm named Rosa Quint, a lawyer for Kelby Ferries since 2001, to lead the case.
"""

HEARING = """Harbour fees case opens

The harbour fees case opened in the island court on Monday.

"The fees are unlawful and the judge will see that," Rosa Quint told reporters outside the court.

Council officials said the fees were fair.
"""

engine = engine_fixture({"hired.txt": HIRED, "hearing.txt": HEARING, "mayor.txt": MAYOR, "ferries.txt": FERRIES, "rail.txt": RAIL, "bank.txt": BANK, "court.txt": COURT,
                         "strike.txt": STRIKE, "budget.txt": BUDGET, "school.txt": SCHOOL})


def _shown(answer) -> list[str]:
    return [f"{a.speaker}: {a.quote}" for a in answer.answers]


def test_a_bodys_spokesman_is_answered_under_no_name(engine) -> None:
    answer = engine.ask("What did a spokesman for the Harbour Users Group say about the winter sailings?")
    assert answer.answers, answer.message
    assert "cut off for weeks" in answer.answers[0].quote
    assert all(a.speaker is None for a in answer.answers), _shown(answer)


def test_an_unquoted_spokesman_never_gets_a_named_executives_words(engine) -> None:
    # Kelby Ferries has no spokesman in the story: its chief executive's words are not a spokesman's
    answer = engine.ask("What did a Kelby Ferries spokesman say about the winter timetable?")
    assert all(a.speaker is None for a in answer.answers), _shown(answer)
    assert not any("empty boats" in a.quote for a in answer.answers), _shown(answer)


def test_someones_spokesman_is_not_that_person(engine) -> None:
    answer = engine.ask("What did Mara Tollan's spokesman say about the winter sailings?")
    assert not any("empty boats" in a.quote for a in answer.answers), _shown(answer)
    assert all(a.speaker is None for a in answer.answers), _shown(answer)


def test_analysts_are_not_one_named_analyst(engine) -> None:
    # the one analyst quoted is named: "analysts" in general are not shown as Ivo Brandt
    answer = engine.ask("What did analysts say about the price of fuel?")
    assert all(a.speaker is None for a in answer.answers), _shown(answer)


def test_officials_are_answered_with_what_officials_said(engine) -> None:
    answer = engine.ask("What did officials say about the opening date of the rail link?")
    assert answer.answers, answer.message
    assert "confirmed in the autumn" in answer.answers[0].quote
    assert all(a.speaker is None for a in answer.answers), _shown(answer)


def test_officials_never_get_the_named_engineers_words(engine) -> None:
    answer = engine.ask("What did officials say about the tunnel work?")
    assert all(a.speaker is None for a in answer.answers), _shown(answer)
    assert not any("hard rock" in a.quote for a in answer.answers), _shown(answer)


def test_a_spokeswoman_speaks_for_the_body_she_is_described_with(engine) -> None:
    answer = engine.ask("What did a Brennock Bank spokeswoman say about the branch closures?")
    assert answer.answers, answer.message
    assert "bank on their phones" in answer.answers[0].quote
    assert not any(a.speaker == "Tam Keel" for a in answer.answers), _shown(answer)


def test_a_bank_spokesman_is_not_the_union_organiser(engine) -> None:
    answer = engine.ask("What did a Brennock Bank spokesman say about jobs?")
    assert not any("hundreds of jobs" in a.quote for a in answer.answers), _shown(answer)
    assert all(a.speaker is None or "Brennock" in a.speaker for a in answer.answers), _shown(answer)


def test_a_named_speakers_answer_shows_only_their_words(engine) -> None:
    answer = engine.ask("What did Piet Varga say about the winter sailings?")
    assert answer.answers, answer.message
    assert "betrayal" in answer.answers[0].quote
    assert all(a.speaker in (None, "Piet Varga") for a in answer.answers), _shown(answer)
    assert not any("empty boats" in a.quote or "cut off for weeks" in a.quote for a in answer.answers), _shown(answer)


def test_a_definite_description_is_not_a_holder_described_for_another_side(engine) -> None:
    # Jo Keel is a lawyer, but for the firm's opponents: her words are not Kelby Ferries' lawyer's
    answer = engine.ask("What did Kelby Ferries' lawyer say about the judge?")
    assert not any(a.speaker == "Jo Keel" for a in answer.answers), _shown(answer)
    assert not any("ignored the facts" in a.quote for a in answer.answers), _shown(answer)


def test_a_firms_lawyer_is_answered_with_the_words_the_text_gives_him(engine) -> None:
    answer = engine.ask("What did the firm's lawyer say about the court case?")
    assert answer.answers, answer.message
    assert "highest court" in answer.answers[0].quote
    assert all(a.speaker is None for a in answer.answers), _shown(answer)


def test_a_named_lawyers_words_are_not_an_unnamed_lawyers(engine) -> None:
    answer = engine.ask("What did a lawyer for Kelby Ferries say about the judge?")
    assert not any("ignored the facts" in a.quote for a in answer.answers), _shown(answer)


def test_a_spokeswoman_for_another_body_is_not_the_unions(engine) -> None:
    # the sentence before names the union for Piet Varga; "A spokeswoman for Kelby Rail" speaks for Kelby Rail
    answer = engine.ask("What did a union spokesman say about the strike?")
    assert not any("run as normal" in a.quote for a in answer.answers), _shown(answer)
    assert all(a.speaker is None for a in answer.answers), _shown(answer)


def test_the_body_a_spokeswoman_names_answers_for_it(engine) -> None:
    answer = engine.ask("What did a Kelby Rail spokesman say about the strike?")
    assert answer.answers, answer.message
    assert "run as normal" in answer.answers[0].quote


def test_an_aides_answer_never_shows_the_ministers_own_words(engine) -> None:
    answer = engine.ask("What did the minister's aide say about the deal?")
    assert not any("good news for passengers" in a.quote for a in answer.answers), _shown(answer)


def test_a_spokesman_the_story_names_as_asked_answers_where_he_is_only_mr_kelly(engine) -> None:
    # the sentence of the words names him bare; the one before says he is the mayor's spokesman
    for question in ("What did the mayor's spokesman say about backing down?",
                     "What did Ann Lisle's spokesman say about backing down?"):
        answer = engine.ask(question)
        assert answer.answers, answer.message
        assert "not back down" in answer.answers[0].quote


def test_a_lawyer_another_story_names_as_asked_answers_where_she_is_quoted_by_name(engine) -> None:
    answer = engine.ask("What did Kelby Ferries' lawyer say about the fees?")
    assert answer.answers, answer.message
    assert answer.answers[0].speaker == "Rosa Quint" and "unlawful" in answer.answers[0].quote


def test_a_namesakes_words_are_never_shown_for_the_asked_person(engine) -> None:
    # Ann Lee is quoted, but not on parking: Tom Lee's words are not even related reading for her
    answer = engine.ask("What did Ann Lee say about parking charges?")
    assert not any("Tom Lee" in a.text for a in answer.answers), _shown(answer)
    answer = engine.ask("What did Tom Lee say about the school?")
    assert not any("Ann Lee" in a.text for a in answer.answers), _shown(answer)


def test_the_asked_person_is_still_found_by_a_slip_in_her_name(engine) -> None:
    answer = engine.ask("What did Anne Lee say about the budget?")
    assert answer.answers, answer.message
    assert answer.answers[0].speaker == "Ann Lee" and "protects the services" in answer.answers[0].quote


# ---- the guard's small functions, each alone (AnswerItems as an answerer builds them; no index needed)

def _item(speaker: str | None, description: str | None) -> AnswerItem:
    return AnswerItem(text="It said so.", quote="It said so.", speaker=speaker, speaker_description=description,
                      source=Citation(id="s", title="s", paragraph=1))


def test_a_body_named_by_its_spokesmans_description_is_spoken_for() -> None:
    assert spoken_for_in_description(_item("Brennock Bank", "A Brennock Bank spokeswoman"))
    assert spoken_for_in_description(_item("National Union of Teachers", "an NUT spokesman"))
    assert spoken_for_in_description(_item(None, "a spokesman"))


def test_a_person_is_never_spoken_for_by_a_description_without_their_name() -> None:
    assert not spoken_for_in_description(_item("Mara Tollan", "chief executive"))
    assert not spoken_for_in_description(_item("Mara Tollan", None))
    assert not spoken_for_in_description(_item("Brennock Bank", "a spokesman for the union"))


def test_a_description_names_a_body_only_by_a_name_that_ends_it_or_stands_before_its_role() -> None:
    assert names_a_body("A spokeswoman for Kelby Rail", "spokesman")
    assert names_a_body("a Kelby Rail spokeswoman", "spokesman")
    assert not names_a_body("a source close to the Chinese firm", "source")
    assert not names_a_body("the council's spokesperson", "spokesman")


def test_generic_descriptions_are_told_from_roles_and_names() -> None:
    assert generic_description("a spokesman for the firm")
    assert generic_description("analysts")
    assert generic_description("the prime minister's spokesman")
    assert not generic_description("the prime minister")
    assert not generic_description("Mara Tollan")
