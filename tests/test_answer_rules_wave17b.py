"""Wave 17b: numbers, reasons, dates and authorship read by general mechanisms, on invented articles."""

from __future__ import annotations

import pytest
from conftest import answers_to, engine_fixture, no_answer

SIGNED = """Radio finds a new voice

Pirate stations in the hill towns are moving online, where nobody can take their masts away.

Local bands say the web stations play their songs when commercial radio never would. "It's the only place we are heard," said singer Lia Moreno.

The stations hope to reach listeners abroad next year, when faster lines arrive in the valleys.

Tomas Varga is technology correspondent for The Evening Wire, a regional news co-production.
"""

PROFILED = """Critic wins award

The veteran critic Nadia Orlova won the Sellwood prize for criticism on Friday. Ms Orlova said she was delighted.

The judges praised her reviews of small theatres in the north.

Nadia Orlova is theatre editor for The Northern Star.
"""

signed_engine = engine_fixture({"signed.txt": SIGNED, "profiled.txt": PROFILED})


def test_a_closing_signature_names_the_pieces_writer(signed_engine) -> None:
    """"X is technology correspondent for Y" closing a piece that names X nowhere else signs it: the piece is X's
    written words, so "what did X write about …" is answered from it, cited to it."""
    assert signed_engine.snapshot().meta("signed").author == "Tomas Varga"
    answers = answers_to(signed_engine, "What did Tomas Varga write about web stations?")
    first = answers[0]
    assert first.source.id == "signed" and first.speaker == "Tomas Varga" and first.written
    assert "Lia Moreno" not in first.quote  # the words the piece quotes from others are not its writer's


def test_a_closing_note_on_someone_the_piece_is_about_names_no_writer(signed_engine) -> None:
    """A piece about Nadia Orlova that ends with her post is a profile of her, not her own piece."""
    assert signed_engine.snapshot().meta("profiled").author is None


PRIZE = """Children pick book prize

The Pelham book prize winners were announced in Leeds on Monday.

Winners were voted for by about 4,000 children from a shortlist chosen by librarians. The prize is worth £2,000 to each winner.

Defender Rob Tane has left Dunmore after eight years. Tane made 210 appearances for Dunmore and scored 12 goals.
"""

prize_engine = engine_fixture({"prize.txt": PRIZE})


def test_a_count_names_the_counted_noun_by_its_synonym(prize_engine) -> None:
    """"How many kids …" is counted by "4,000 children": the question's noun read through the synonyms that found
    the sentence; the prize money beside it counts nothing asked."""
    first = answers_to(prize_engine, "how many kids voted for the pelham book prize winners")[0]
    assert first.text == "about 4,000 children"


def test_a_misspelt_counted_noun_is_read_as_the_index_spells_it(prize_engine) -> None:
    first = answers_to(prize_engine, "how many apperances did rob tane make for dunmore")[0]
    assert first.text == "210 appearances"


TREATY = """Parliament to vote on Arlen fishing accord

The new Arlen fishing accord between Norland and Sudmark goes before parliament next week, after two years of talks.

Supporters say the accord would let inspectors board each side's boats in the disputed banks.

The fisheries minister has called ratification - which would cap both fleets at 900 trawlers and 300 factory ships each - a priority for the session.

Opponents in parliament want more time to study the text.
"""

FLEET = """Navy orders new ships

The navy has ordered 12 frigates from the Kelby shipyard, the defence ministry said.

The order will secure 900 trawlers jobs, a union spokesman said.
"""

treaty_engine = engine_fixture({"treaty.txt": TREATY, "fleet.txt": FLEET})


def test_a_count_of_the_asked_noun_answers_in_a_story_that_covers_the_question(treaty_engine) -> None:
    """The figure ("900 trawlers") is given paragraphs away from what it is a figure of ("the new Arlen accord",
    "each side"): a count of the asked noun itself, in a story whose text holds the whole question, answers."""
    first = answers_to(treaty_engine, "How many fishing trawlers would the new Arlen accord allow each side?")[0]
    assert first.text == "900 trawlers" and first.source.id == "treaty"


def test_a_count_in_a_story_about_something_else_does_not_answer(treaty_engine) -> None:
    no_answer(treaty_engine, "How many trawlers would the Kelby accord allow each navy frigate?")


def test_an_irregular_past_ends_the_counted_noun() -> None:
    from index.answer.how_many import counted_noun

    assert counted_noun("How many critics took part in the Sound of 2005 poll?") == ("critics",)
    assert counted_noun("how many left backs did the club sign") == ("left", "backs")


@pytest.mark.parametrize(("sentence", "strength"), [
    ("Anger over the closure has appeared to be the main reason, with many calling it unfair.", 1.0),
    ("Cider is taking over from beer thanks to its low tax.", 1.0),
    ("But the heavy spending on roads means the deficit target will be missed.", 0.7),
    ("Hale wrote the song in May but thought it was too gloomy to release.", 0.7),
    ("He has kept his studio small by hiring expert programmers.", 0.7),
    ("The media attention had helped to move the focus from the real problems.", 0.7),
    ("The reason for the delay is not known.", 0.0),  # names what it is the reason for: not a reason itself
    ("He was made captain by the end of the year.", 0.0),
])
def test_cause_markers_each_state_a_reason(sentence: str, strength: float) -> None:
    from index.answer.why import cause_marker

    assert cause_marker(sentence) == strength


STUDIO = """Small studio, big game

The Kelvale studio behind the hit game Orchard has only twelve staff.

Few studios have matched the scale of Orchard, but its founder Mara Venn explained that she has kept the Orchard team small by hiring expert programmers.

The game ships in March.
"""

studio_engine = engine_fixture({"studio.txt": STUDIO})


def test_a_means_clause_answers_why(studio_engine) -> None:
    """"Kept the team small by hiring expert programmers": "by" and a gerund after the event tell how it came about,
    which is why."""
    first = answers_to(studio_engine, "why is mara venn's orchard team so small")[0]
    assert "by hiring expert programmers" in first.quote


def test_no_reason_in_the_story_is_no_answer(studio_engine) -> None:
    no_answer(studio_engine, "why does the orchard game ship in march")


TROPHY = """Club sells its old trophy

Sam Reyes, chairman of the Dale Fox Club, bought the Larkin trophy at auction but has since removed it from the clubhouse.

"Nobody ever came to look at it," he said.

The Marsh Club has painted its pavilion green.

"It looks wonderful," said local resident Ivo Platt.
"""

trophy_engine = engine_fixture({"trophy.txt": TROPHY})


def test_the_actors_own_words_after_the_act_answer_why(trophy_engine) -> None:
    """A sentence tells an act and states no reason; the next is a quotation of the person it names: their own
    words are the reason the story gives."""
    first = answers_to(trophy_engine, "Why did the Dale Fox Club chairman remove the Larkin trophy?")[0]
    assert first.quote == '"Nobody ever came to look at it," he said.'


def test_a_quotation_of_someone_the_act_does_not_name_is_no_reason(trophy_engine) -> None:
    no_answer(trophy_engine, "Why did the Marsh Club paint its pavilion green?")
