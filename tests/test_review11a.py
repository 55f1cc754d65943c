"""Review of wave 11's role and who-did-it rules (helper review11a): each test is a way the rules gave a question the
words or the name of someone other than the person asked about, on a small made-up collection indexed for real."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, answers_to, engine_fixture, no_answer

# ----------------------------------------------------------------- a title before a bare surname

STORY_BUDGET = (
    "Budget row grows\n\n"
    "Shadow chancellor Ann Holloway attacked the budget on Monday. "
    "\"This budget taxes the people who can least afford it,\" Ms Holloway said.\n\n"
    "The chancellor did not respond.\n"
)
STORY_SUMMIT = (
    "Summit plans announced\n\n"
    "Kim Rowe, an aide to the president, said the summit would go ahead. "
    "\"The president wants a deal on fishing quotas,\" Mr Rowe said.\n"
)

titles_engine = engine_fixture({"budget.txt": STORY_BUDGET, "summit.txt": STORY_SUMMIT, **OTHER_STORY})


def test_a_shadow_office_is_not_the_office_a_title_asks_for(titles_engine) -> None:
    answer = titles_engine.ask("What did chancellor holloway say about the budget?")
    assert all(a.speaker != "Ann Holloway" for a in answer.answers)


def test_a_title_that_only_mentions_the_role_is_not_the_role(titles_engine) -> None:
    answer = titles_engine.ask("What did president rowe say about the summit?")
    assert all(a.speaker != "Kim Rowe" for a in answer.answers)


def test_holds_title_needs_the_role_as_the_titles_head_and_rank() -> None:
    from index.answer.quote import holds_title
    from index.models import Speaker

    def person(*titles: str) -> Speaker:
        return Speaker(id="x", name="Jo Pike", titles=titles, kind="person", quotation_count=1)

    assert holds_title(["judge"], person("retired judge"))
    assert holds_title(["chancellor"], person("chancellor of the exchequer"))
    assert not holds_title(["chancellor"], person("shadow chancellor"))
    assert not holds_title(["president"], person("aide to the president"))


# ----------------------------------------------------------------- "…," said chairman X of another body

STORY_WAGES = (
    "Wage board recommends rise\n\n"
    "The minimum wage will rise by 20p an hour, the Fair Wages Board has recommended.\n\n"
    "Retailers were split. \"Small shops will close because of this,\" said chairman Idris Penhale of the "
    "Shopkeepers Guild.\n\n"
    "The board's chairman declined to comment.\n"
)
STORY_PIERS = (
    "Pier repairs approved\n\n"
    "Repairs to the old pier were approved on Friday by the Coast Heritage Trust.\n\n"
    "\"The pier has stood for a century and it will stand for another,\" said chairman Rhian Vosper of the "
    "Coast Heritage Trust.\n"
)

wages_engine = engine_fixture({"wages.txt": STORY_WAGES, "piers.txt": STORY_PIERS, **OTHER_STORY})


def test_a_chairman_named_with_another_body_is_not_the_chairman_asked_for(wages_engine) -> None:
    answer = wages_engine.ask("What did the chairman of the Fair Wages Board say about small shops?")
    assert all(a.speaker != "Idris Penhale" for a in answer.answers)


def test_a_chairman_named_with_the_body_asked_for_still_holds_the_role(wages_engine) -> None:
    answers = answers_to(wages_engine, "What did the chairman of the Coast Heritage Trust say about the pier?")
    assert answers[0].speaker == "Rhian Vosper"
    assert "stand for another" in answers[0].quote


def test_role_context_keeps_the_body_given_right_after_the_name() -> None:
    from index.answer.roles import role_context

    text = "\"No,\" said chairman Idris Penhale of the Shopkeepers Guild."
    start = text.index("chairman")
    assert "Shopkeepers Guild" in role_context(text, start, start + len("chairman"), "Idris Penhale")
    text = "US President Jo Pike told reporters."
    start = text.index("President")
    assert "reporters" not in role_context(text, start, start + len("President"), "Jo Pike")


# ----------------------------------------------------------------- who did it, in a sentence not naming the work

STORY_BIOPIC = (
    "Lighthouse keeper biopic gets go-ahead\n\n"
    "A film about the life of lighthouse keeper Morwenna Quick is to start shooting in Cornwall next month. "
    "Festival director Hanna Berg said the film would open the Falmouth festival next year.\n\n"
    "Quick kept the Tregarrow light for forty years.\n"
)
STORY_KESTREL = (
    "Charity launches appeal\n\n"
    "The Kestrel Trust, a charity supporting injured birds, has launched an appeal for new aviaries. "
    "Vet Sam Oduya, who works with the Hawk Foundation, said the birds needed more space.\n"
)
STORY_MONSTER = (
    "Sea monster film ends series\n\n"
    "The last film in the Kraken Rising series has opened in Tokyo. "
    "Director Kenji Mori said it might not be the monster's final outing.\n"
)

doers_engine = engine_fixture({"biopic.txt": STORY_BIOPIC, "kestrel.txt": STORY_KESTREL,
                               "monster.txt": STORY_MONSTER, **OTHER_STORY})


def test_the_director_of_something_else_does_not_answer_who_directed(doers_engine) -> None:
    no_answer(doers_engine, "Who directed the Morwenna Quick film?")


def test_a_word_beginning_like_the_verb_does_not_answer_who_did_it(doers_engine) -> None:
    no_answer(doers_engine, "Who founded the Kestrel Trust?")  # "the Hawk Foundation" is not "founded"


def test_a_bare_title_of_the_doer_still_answers_who_did_it(doers_engine) -> None:
    answers = answers_to(doers_engine, "Who directed the last Kraken Rising film?")
    assert "Director Kenji Mori" in answers[0].quote


def test_does_action_reads_the_verb_or_an_unqualified_title() -> None:
    from index.answer.who import does_action

    asked = frozenset({"film"})
    assert does_action("The film is to be directed by Lars Eklund.", "direct", asked)
    assert does_action("Director Lars Eklund said so.", "direct", asked)
    assert does_action("The film's director Lars Eklund said so.", "direct", asked)
    assert not does_action("Festival director Hanna Berg said so.", "direct", asked)
    assert not does_action("Sam Oduya works with the Hawk Foundation.", "found", asked)
