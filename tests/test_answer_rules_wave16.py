"""Issue 9, wave 16, helper ans16: answers to questions as people ask them. Each rule alone on a small collection
written here (real files, a real index; no seed or gold fact); every end-to-end test fails on the code before it,
and each has a twin whose answer must not change."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer

# ----------------------------------------------------------------- a described speaker's story says what they spoke of

STORY_MINE = (
    "State miner grows again\n\n"
    "Ostrava, the state miner, has bought the Kessler copper mine, its third this year.\n\n"
    "The site employs 900 people. A Ostrava spokesman has said the purchase is part of its plan to build "
    "\"a strong, national mining group.\"\n\n"
    "Unions said the deal would protect jobs in the valley for a decade.\n"
)
STORY_FARM = (
    "Farm subsidies cut\n\n"
    "Grants to hill farmers will be reduced next year, the ministry said.\n\n"
    "\"We cannot carry on paying for empty fields,\" a ministry spokesman said.\n"
)

mine_engine = engine_fixture({"mine.txt": STORY_MINE, "farm.txt": STORY_FARM, **OTHER_STORY})


def test_a_described_spokesman_answers_on_the_topic_of_his_story(mine_engine) -> None:
    # the words name neither "Kessler" nor a "deal"; the lead and the story do
    first = first_answer(mine_engine, "What did an Ostrava spokesman say about the Kessler deal?")
    assert "national mining group" in (first.quote or first.text)
    assert first.speaker is None


def test_a_described_spokesman_off_the_topic_of_his_story_is_not_shown(mine_engine) -> None:
    # twin: the story never speaks of subsidies, so the spokesman's words are not about them
    assert not mine_engine.ask("What did an Ostrava spokesman say about farm subsidies?").answers


def test_a_bare_description_needs_its_own_words_on_the_topic() -> None:
    from index.answer.quote import has_modifier

    assert has_modifier("a Rosneft spokesman") and has_modifier("the prime minister's spokesman")
    assert not has_modifier("a spokesman") and not has_modifier("analysts")


# ----------------------------------------------------------------- a speaker asked for by role: their story says the topic

STORY_JOBS = (
    "Canadian economy adds jobs\n\n"
    "Canada's economy added 21,000 jobs in March, the statistics office said.\n\n"
    "\"It suggests that hiring is carrying on at a gentle pace,\" said Rick Tolland, deputy chief economist at "
    "Arbor Bank. \"We are not seeing the lift we hoped for from the weak currency.\"\n\n"
    "The figures were in line with forecasts, and the jobless rate held at 7%.\n"
)
STORY_GOLF = (
    "Tolland wins club title\n\n"
    "Banker Rick Tolland won the Arbor club golf title on Sunday.\n\n"
    "\"I played the back nine better than ever,\" Tolland said.\n"
)

jobs_engine = engine_fixture({"jobs.txt": STORY_JOBS, "golf.txt": STORY_GOLF, **OTHER_STORY})


def test_a_role_asked_for_answers_on_a_topic_of_its_story(jobs_engine) -> None:
    # "figures" is only in the story's last paragraph; the question names him by the role his story gives
    first = first_answer(jobs_engine, "what did arbor bank's deputy chief economist say about the jobs figures")
    assert first.speaker == "Rick Tolland" and ("gentle pace" in first.quote or "weak currency" in first.quote)


def test_a_name_asked_for_still_needs_words_on_the_topic(jobs_engine) -> None:
    # twin: asked by name, his words must be on the topic themselves, as before
    answer = jobs_engine.ask("what did Rick Tolland say about the jobs figures")
    assert not answer.answers and "not about" in (answer.message or "")


def test_a_role_off_the_topic_of_every_story_is_not_shown(jobs_engine) -> None:
    answer = jobs_engine.ask("what did arbor bank's deputy chief economist say about interest rates")
    assert not answer.answers


# ----------------------------------------------------------------- a body's capitalised name is not a post's holder

STORY_DRINK = (
    "Minister's drink remark criticised\n\n"
    "First Minister Ewan Dunlop said on Monday that young people should learn to drink sensibly.\n\n"
    "Moira Kell, chief executive of Alcohol Watch Scotland, said: \"I think the remark was careless.\"\n\n"
    "But the Scottish Executive has insisted Mr Dunlop was speaking about adults and his comments were "
    "\"a recognition of how people behave\".\n"
)

drink_engine = engine_fixture({"drink.txt": STORY_DRINK, **OTHER_STORY})


def test_a_body_named_in_lower_case_is_not_a_chief_executive(drink_engine) -> None:
    answer = drink_engine.ask("what did the scottish executive say about dunlop's remark on drinking")
    assert answer.answers and all(a.speaker != "Moira Kell" for a in answer.answers)
    assert "Scottish Executive has insisted" in answer.answers[0].text


def test_a_chief_executive_asked_by_role_is_still_found(drink_engine) -> None:
    first = first_answer(drink_engine, "what did alcohol watch scotland's chief executive say about the remark")
    assert first.speaker == "Moira Kell" and "careless" in first.quote


# ----------------------------------------------------------------- words a story gives to the title only its speaker holds

STORY_PM = (
    "Visa plan attacked\n\n"
    "The opposition says new rules for work visas in Westland break an election promise.\n\n"
    "Its leader Joan Pryde said the government had \"broken its word\". \"This is a cynical campaign,\" Alan Corrie said.\n\n"
    "The prime minister told MPs: \"The cheats will be caught, and the numbers of visas will probably fall.\"\n"
)
STORY_OTHER_PM = (
    "Corrie visits the port\n\n"
    "Prime Minister Alan Corrie toured the new port on Friday. \"This is a great day for the town,\" Mr Corrie said.\n"
)

pm_engine = engine_fixture({"pm.txt": STORY_PM, "port.txt": STORY_OTHER_PM, **OTHER_STORY})


def test_words_given_to_the_title_their_story_names_them_by_answer(pm_engine) -> None:
    first = first_answer(pm_engine, "What did Corrie tell MPs about whether visa numbers would fall?")
    assert "probably fall" in (first.quote or first.text)
    assert first.speaker in (None, "Alan Corrie")


def test_their_own_words_come_first_when_they_answer(pm_engine) -> None:
    # twin: the words he is quoted by name on answer as before, under his name
    first = first_answer(pm_engine, "What did Corrie say about the port?")
    assert first.speaker == "Alan Corrie" and "great day" in first.quote


# ----------------------------------------------------------------- the lead's role, named in the next sentence

STORY_CARS = (
    "Velo to build people carriers\n\n"
    "Carmaker Velo is preparing to enter the market for family people carriers, the firm's chief has told "
    "BBC News.\n\n"
    "Hanna Roost said the company had studied the market for two years. \"We have decided that Velo will enter "
    "this segment,\" she said. Analyst Tom Pike said: \"It is a crowded market.\"\n"
)

cars_engine = engine_fixture({"cars.txt": STORY_CARS, **OTHER_STORY})


def test_the_lead_role_named_in_the_next_sentence_answers_with_her_words(cars_engine) -> None:
    first = first_answer(cars_engine, "what did velo's boss say about people carriers")
    assert "Velo will enter" in first.quote
    assert first.speaker is None and first.speaker_description == "velo's boss"


def test_a_role_that_names_nobody_next_keeps_the_reported_lead(cars_engine) -> None:
    # twin: nobody is named in a lead-following sentence for the mayor, so no one's words are shown for him
    answer = cars_engine.ask("what did the town's mayor say about people carriers")
    assert all("Velo will enter" not in (a.quote or "") for a in answer.answers)


# ----------------------------------------------------------------- a name only the story's other matter gives

STORY_FINAL = (
    "Varga claims Lakeside crown\n\n"
    "Top seed Oskar Varga won the Lakeside Open on Sunday, beating Pavel Dunn in three sets.\n\n"
    "Dunn, who beat Kit Marlowe in the last eight, took the second set on a tiebreak. Varga was not about to lose "
    "his cool, though, and won the decider 6-3. The match was a rerun of last week's final in Oslo. \"I wanted to "
    "start well this time, and I did, and I could play with confidence,\" Varga said.\n\n"
    "Asked about Dunn, Varga said: \"He is a fighter and he will win titles soon.\"\n"
)

final_engine = engine_fixture({"final.txt": STORY_FINAL, **OTHER_STORY})


def test_a_name_only_earlier_in_the_paragraph_is_not_what_the_words_are_about(final_engine) -> None:
    # Marlowe stands three sentences before Varga's words, in the story's account of Dunn's run
    answer = final_engine.ask("What did Varga say about Kit Marlowe?")
    assert not answer.answers
    assert "not about" in (answer.message or "")


def test_a_name_set_up_right_before_the_words_is_what_they_are_about(final_engine) -> None:
    # twin: "Asked about Dunn" sets up the words that follow
    first = first_answer(final_engine, "What did Varga say about Dunn?")
    assert "fighter" in (first.quote or first.text)


def test_the_sentence_that_only_introduces_words_brings_the_one_before() -> None:
    from index.answer.quote import set_up_sentence

    set_up = 'The match began late. Mr Kell accused his fellow Dale MPs of "sitting idle" in London. He told a radio show:'
    assert "Dale MPs" in set_up_sentence(set_up)
    assert set_up_sentence("The match began late. Then it rained.") == "Then it rained."


def test_a_name_is_read_with_the_other_words_the_story_writes_it_with() -> None:
    from index.answer.quote import full_name_terms
    from index.answer.relevance import Concept

    kaja = Concept(word="kaja", alternatives=(("kaja",),), weight=1.0)
    terms = full_name_terms("Kaja Lind beat Ola Berg. Lind said it was hard.", [kaja])
    assert "lind" in terms and "berg" not in terms


STORY_RELAY = (
    "Texts help flood relief\n\n"
    "Text messages proved useful after the floods in the delta.\n\n"
    "In two days he found Ana Ruiz, a messaging expert in Lisbon. The pair are building what they call the Relay "
    "Grid, to link people in need with people who can help.\n\n"
    "Volunteers in four countries have joined. It is still early days for the project. In an e-mail, Ana Ruiz calls it "
    "\"a first sketch that already works\".\n"
)

relay_engine = engine_fixture({"relay.txt": STORY_RELAY, **OTHER_STORY})


def test_a_name_the_story_introduces_the_speaker_with_is_their_matter(relay_engine) -> None:
    # the Relay Grid is named where the story introduces Ana Ruiz; her later words on "it" are about it
    first = first_answer(relay_engine, "What did Ana Ruiz say about the Relay Grid?")
    assert "first sketch" in (first.quote or first.text)
