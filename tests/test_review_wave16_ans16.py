"""Review of wave 16, helper ans16: invented stories where its answer rules should not fire but did. Each test
fails on the branch as the improver left it and passes after the reviewer's mend (a real index of real files)."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer

# ----------------------------------------------------------------- the lead's role: the next sentence names someone else

LEAD = ("Velo to build people carriers\n\n"
        "Carmaker Velo is preparing to enter the market for family people carriers, the firm's chief has told "
        "BBC News.\n\n")
CARS_ANALYST = LEAD + "Analyst Tom Pike said the move was risky. \"It is a crowded market for people carriers,\" he said.\n"
CARS_RIVAL = LEAD + ("Jan Holt, head of rival Karo, said he was not worried. \"People carriers are our strength,\" "
                     "Mr Holt said.\n")
CARS_BARE = LEAD + ("Tom Pike said the move was risky. \"It is a crowded market for people carriers,\" said Mr Pike, "
                    "an analyst at Cole Securities.\n")

analyst_engine = engine_fixture({"cars.txt": CARS_ANALYST, **OTHER_STORY})
rival_engine = engine_fixture({"cars.txt": CARS_RIVAL, **OTHER_STORY})
bare_engine = engine_fixture({"cars.txt": CARS_BARE, **OTHER_STORY})


def _not_given_to_the_boss(engine, words: str) -> None:
    answer = engine.ask("what did velo's boss say about people carriers")
    assert all(words not in (a.quote or a.text) for a in answer.answers), [a.text for a in answer.answers]


def test_an_analyst_named_after_the_lead_is_not_the_firms_boss(analyst_engine) -> None:
    _not_given_to_the_boss(analyst_engine, "crowded market")


def test_a_rivals_head_named_after_the_lead_is_not_the_firms_boss(rival_engine) -> None:
    _not_given_to_the_boss(rival_engine, "our strength")


def test_a_bare_name_after_the_lead_whom_the_story_calls_an_analyst_is_not_the_boss(bare_engine) -> None:
    _not_given_to_the_boss(bare_engine, "crowded market")


DESIGN = ("Velo to build people carriers\n\n"
          "Carmaker Velo is preparing to enter the market for family people carriers, the firm's head of design has "
          "told BBC News.\n\n"
          "Hanna Roost said her team had studied the market for two years. \"We have drawn a people carrier for "
          "families of five,\" she said.\n")
FORMER = ("Velo urged to build people carriers\n\n"
          "Carmaker Velo should enter the market for family people carriers, the firm's former chief has told "
          "BBC News.\n\n"
          "Hanna Roost said the company had waited too long. \"Velo must enter this segment,\" she said.\n")

design_engine = engine_fixture({"cars.txt": DESIGN, **OTHER_STORY})
former_chief_engine = engine_fixture({"cars.txt": FORMER, **OTHER_STORY})


def test_a_head_of_design_in_the_lead_is_not_the_firms_boss(design_engine) -> None:
    _not_given_to_the_boss(design_engine, "families of five")


def test_a_head_of_design_asked_for_so_is_still_named_next(design_engine) -> None:
    # twin: the question asks for the role the lead writes
    first = first_answer(design_engine, "what did velo's head of design say about people carriers")
    assert "families of five" in first.quote and first.speaker is None


def test_a_former_chief_in_the_lead_is_not_the_firms_boss(former_chief_engine) -> None:
    _not_given_to_the_boss(former_chief_engine, "must enter")


# ----------------------------------------------------------------- a title's words: the story's speaker held it once

VISA = (
    "Visa plan attacked\n\n"
    "New rules for work visas in Westland break an election promise, the opposition says.\n\n"
    "Its leader Alan Corrie said: \"This is a cynical campaign.\"\n\n"
    "The prime minister told MPs: \"The cheats will be caught, and the numbers of visas will probably fall.\"\n"
)
MEMOIR = (
    "Corrie recalls his years in office\n\n"
    "Alan Corrie, who was prime minister of Westland from 1990 to 1994, has written a memoir.\n\n"
    "\"I was too young for the job,\" Mr Corrie said.\n"
)

former_engine = engine_fixture({"visa.txt": VISA, "memoir.txt": MEMOIR, **OTHER_STORY})


def test_the_prime_ministers_words_are_not_the_opposition_leaders(former_engine) -> None:
    # the story calls Corrie its opposition leader; another story says he was prime minister decades ago
    answer = former_engine.ask("What did Alan Corrie say about visa numbers?")
    assert all("probably fall" not in (a.quote or a.text) for a in answer.answers), [a.text for a in answer.answers]


# ----------------------------------------------------------------- a title the text also writes in lower case

NHS = (
    "Waiting lists fall\n\n"
    "Hospital waiting lists in England have fallen for a third month.\n\n"
    "John Warrick, the health secretary, said: \"Waiting lists are falling because of the new clinics.\"\n"
)
PLAN = (
    "Health plan due\n\n"
    "The Health Secretary will publish the plan for rural clinics on Monday, officials said.\n\n"
    "Doctors say the plan is late.\n"
)

health_engine = engine_fixture({"nhs.txt": NHS, "plan.txt": PLAN, **OTHER_STORY})


def test_a_title_also_written_in_lower_case_keeps_its_named_holder(health_engine) -> None:
    # one story capitalises the title with no name beside it; it is still a post, not a body's name
    first = first_answer(health_engine, "what did the health secretary say about waiting lists")
    assert first.speaker == "John Warrick" and "new clinics" in first.quote


# ----------------------------------------------------------------- the small rules alone


def test_a_name_opens_bare_only_without_a_role_of_its_own() -> None:
    from index.answer.quote import opens_bare

    assert opens_bare("Hanna Roost said the firm had studied the market.", "Hanna Roost")
    assert opens_bare("Speaking at a trade fair in Lyon, Hanna Roost predicted growth.", "Hanna Roost")
    assert opens_bare('Ms Roost "welcomed" the figures.', "Hanna Roost")
    assert not opens_bare("Analyst Tom Pike said the move was risky.", "Tom Pike")
    assert not opens_bare("Jan Holt, head of rival Karo, said he was calm.", "Jan Holt")


def test_a_description_of_another_role_tells_against_the_asked_one() -> None:
    from index.answer.quote import described_otherwise

    cues = {"chief", "boss", "head", "executive"}
    assert described_otherwise("analyst at cole securities", cues)
    assert not described_otherwise("chief executive of Velo", cues)
    assert not described_otherwise(None, cues) and not described_otherwise("he", cues)


def test_a_post_written_in_lower_case_too_is_not_a_bodys_name(health_engine) -> None:
    from index.answer.quote import names_written

    snap = health_engine.snapshot()
    assert names_written(snap, "the health secretary") == []


def test_the_leads_role_must_be_the_one_asked() -> None:
    from index.answer.quote import lead_role_fits

    cues = {"boss", "chief", "head", "leader"}
    assert lead_role_fits("velo will build them, the firm's chief has told bbc news.", cues, "velo's boss")
    assert lead_role_fits("velo will build them, the head of the firm has told bbc news.", cues, "velo's boss")
    assert not lead_role_fits("velo will build them, the firm's head of design said.", cues, "velo's boss")
    assert lead_role_fits("velo will build them, the firm's head of design said.", cues, "velo's head of design")
    assert not lead_role_fits("velo will build them, the firm's former chief said.", cues, "velo's boss")
    assert not lead_role_fits("velo will build them, the firm's deputy chief said.", cues, "velo's boss")


# ----------------------------------------------------------------- a name the paragraph opens with, then refers back to

TENNIS = (
    "Tennis round-up\n\n"
    "Rain delayed play at the Dubai Open on Tuesday.\n\n"
    "Tom Hallam has pulled out of the event with a back injury. The British number one flew home on Monday night. "
    "His coach Paul Annick said: \"He is disappointed, but he needs to rest for a fortnight.\"\n"
)

tennis_engine = engine_fixture({"ten.txt": TENNIS, **OTHER_STORY})


def test_words_in_a_paragraph_whose_subject_is_the_name_are_about_it(tennis_engine) -> None:
    # the name opens the paragraph; "The British number one" and "He" refer back to him
    first = first_answer(tennis_engine, "What did Paul Annick say about Tom Hallam?")
    assert first.speaker == "Paul Annick" and "needs to rest" in first.quote
