"""Review of wave 11's role and who-did-it rules (helper review11a): each test is a way the rules gave a question the
words or the name of someone other than the person asked about, on a small made-up collection indexed for real."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture

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


