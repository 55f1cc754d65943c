"""Issue 9, wave 8: general mechanisms behind answers to questions as people phrase them (roles that resolve
only through an unambiguous link in the text, reasons, topic words), each alone, then end to end on a small
collection written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import answers_to, engine_fixture, first_answer

# ----------------------------------------------------------------- roles

STORY_PARTY = (
    "Party row over leadership\n\n"
    "Tom Varley, the Greenway Party's deputy leader, said the party was united. "
    '"We have never been stronger," Mr Varley said.\n\n'
    "The film showed a row between Mr Varley, MEP Jane Dorsey and party leader Roger Hask about the "
    "party's plans. Ms Dorsey said the row had been overblown.\n"
)

party_engine = engine_fixture({"party.txt": STORY_PARTY})


def test_a_word_of_lesser_rank_makes_another_office() -> None:
    from index.answer.roles import other_rank

    assert other_rank("Greenway Party's deputy", "the Greenway Party leader")
    assert other_rank("Deputy Prime", "the prime minister")
    assert other_rank("vice", "the president")
    assert not other_rank("Deputy Prime", "the deputy prime minister")
    assert not other_rank("Liberal Democrat", "the Lib Dem leader")
    assert not other_rank("acting", "the chairman")  # an acting chairman holds the office for now


def test_under_is_a_lesser_rank_only_as_a_prefix() -> None:
    from index.answer.roles import other_rank

    assert other_rank("Foreign Office under-secretary", "the Foreign Office secretary")
    # the preposition leaves the office as it is: the side's coach, the club's manager
    assert not other_rank("Westland, under coach", "the Westland coach")
    assert not other_rank("thrived under manager", "the manager")
    assert not other_rank("a sub", "the coach")


def test_a_list_of_names_is_not_an_apposition() -> None:
    from index.answer.roles import lists_another

    assert lists_another(", MEP Jane Dorsey and party ")
    assert not lists_another(", the trade and industry ")
    assert not lists_another(", the Greenway Party's ")


def test_a_deputy_or_a_name_in_a_list_does_not_answer_for_the_leader(party_engine) -> None:
    from index.answer.roles import role_holders

    snap = party_engine.snapshot()
    assert all(p.name != "Tom Varley" for p in role_holders(snap, "the Greenway Party leader", quoted=False))
    answer = party_engine.ask("What did the Greenway Party leader say about the party?")
    assert all(a.speaker != "Tom Varley" for a in answer.answers), [a.speaker for a in answer.answers]
    assert "We have never been stronger" not in " ".join(a.quote for a in answer.answers)


def test_the_deputy_leader_is_found_by_that_role(party_engine) -> None:
    from index.answer.roles import role_holders

    snap = party_engine.snapshot()
    assert [p.name for p in role_holders(snap, "the Greenway Party's deputy leader")] == ["Tom Varley"]


# ----------------------------------------------------------------- descriptions of unnamed speakers

STORY_DEPARTMENT = (
    "Ministers reject club takeover plea\n\n"
    "Fans had asked ministers to block the Harbourside takeover. However, the Department of Trade and Industry "
    "has dismissed the proposal. A spokesman said the department did not believe there was a case for changing "
    "the law on takeovers of football clubs.\n\n"
    "The Harbourside chairman said the fans would keep up their campaign.\n"
)

department_engine = engine_fixture({"takeover.txt": STORY_DEPARTMENT})


def test_an_abbreviation_stands_for_the_name_its_initials_spell() -> None:
    from index.answer.roles import abbreviates

    assert abbreviates("DTI", "the Department of Trade and Industry has dismissed it")
    assert abbreviates("DfES", "The Department for Education and Skills would not comment")
    assert abbreviates("UN", "the United Nations said")
    assert not abbreviates("DTI", "the Department for Transport said")
    assert not abbreviates("dti", "the Department of Trade and Industry")  # a lower-case word is no abbreviation


def test_a_bare_spokesman_speaks_for_the_body_of_the_sentence_before(department_engine) -> None:
    first = first_answer(department_engine, "What did a DTI spokesman say about blocking the takeover?")
    assert "did not believe there was a case" in first.quote
    assert first.speaker is None  # a description, never a name


# ----------------------------------------------------------------- reasons


def test_a_cause_attached_to_the_event_s_verb_is_a_reason() -> None:
    from index.answer.why import reason_strength

    assert reason_strength("She was suspended over postings on her blog.") > 0
    assert reason_strength("He pulled out of the Lakeside Classic with a hip injury.") > 0
    assert reason_strength("The suspension was a result of inappropriate images.") == 1.0
    assert reason_strength("Talks continued over the weekend.") == 0.0
    assert reason_strength("Prices rose over 5% last year.") == 0.0


def test_a_marker_whose_clause_is_not_the_event_asked_keeps_the_reason() -> None:
    from index.answer.relevance import build_concepts
    from index.answer.why import asked_in_reason

    concepts = build_concepts(["quill", "pull", "lakeside", "match"], {}, {}, lambda _t: 1.0)
    sentence = "Quill's place in the final was put in doubt after he pulled out of the Lakeside Classic with a hip injury."
    assert not asked_in_reason(sentence, concepts)
    assert asked_in_reason("Quill faces a fine after he pulled out of the Lakeside match.", concepts)


STORY_WITHDRAWAL = (
    "Quill out of Lakeside Classic\n\n"
    "Ben Quill's place at the Open was put in doubt after he pulled out of the Lakeside Classic with a hip injury.\n\n"
    "Quill will have a scan on Monday.\n"
)

withdrawal_engine = engine_fixture({"quill.txt": STORY_WITHDRAWAL})


def test_why_someone_pulled_out_is_answered_by_the_injury_they_pulled_out_with(withdrawal_engine) -> None:
    first = first_answer(withdrawal_engine, "Why did Quill pull out of the Lakeside match?")
    assert "with a hip injury" in first.quote


# ----------------------------------------------------------------- roles: weak links

STORY_CAPTAINS = (
    "Robbins rues second half\n\n"
    "Westland skipper Joe Robbins admitted his side failed to cope with Eastland's second-half display.\n\n"
    '"We made a lot of mistakes in the second half and they punished us," said Robbins.\n\n'
    "Former captain Sam Ashby believes Northland can win the title this year. "
    '"They have the best pack in the championship," Ashby said of Northland, who beat Westland last week.\n'
)

captains_engine = engine_fixture({"captains.txt": STORY_CAPTAINS})


def test_a_skipper_is_a_captain_and_a_former_captain_of_no_named_team_is_not_the_team_s_captain(captains_engine) -> None:
    from index.answer.roles import head_synonyms, role_holders

    assert "skipper" in head_synonyms("captain")
    snap = captains_engine.snapshot()
    assert [p.name for p in role_holders(snap, "the Westland captain", quoted=False)] == ["Joe Robbins"]
    answers = answers_to(captains_engine, "What did the Westland captain say about the second half?")
    assert all(a.speaker == "Joe Robbins" for a in answers if a.speaker)


STORY_FORMER = (
    "Ashby backs Northland\n\n"
    "Former captain Sam Ashby believes Northland can win the title this year. "
    '"They have the best pack in the championship," Ashby said of Northland, who beat Westland last week.\n'
)

former_engine = engine_fixture({"former.txt": STORY_FORMER})


def test_a_former_captain_tied_to_a_team_only_by_the_story_is_not_that_team_s_captain(former_engine) -> None:
    from index.answer.roles import role_holders

    snap = former_engine.snapshot()
    assert role_holders(snap, "the Westland captain", quoted=False) == []
    assert [p.name for p in role_holders(snap, "the former captain")] == ["Sam Ashby"]
    answer = former_engine.ask("What did the Westland captain say about the championship?")
    assert all(a.speaker != "Sam Ashby" for a in answer.answers)


# ----------------------------------------------------------------- roles: names typed in lower case

STORY_BUDGET = (
    "Norland misses deficit goal\n\n"
    "The priority for Finance Minister Ravi Anand is to fight poverty. "
    '"I was left with no option but to pause the act," Mr Anand said of the deficit target.\n\n'
    "The company's spokesman, Tim Rowe, said sales were steady.\n"
)

budget_engine = engine_fixture({"budget.txt": STORY_BUDGET})


def test_a_word_the_text_only_writes_capitalised_is_a_name_whatever_the_case_typed() -> None:
    from index.answer.roles import proper_words

    words = proper_words("Norland's budget. The company said. Company results were weak in Norland.")
    assert "norland" in words
    assert "compani" not in words and "company" not in words  # written in lower case too: a common noun


def test_a_possessive_name_typed_in_lower_case_still_finds_the_holder(budget_engine) -> None:
    from index.answer.roles import role_holders

    snap = budget_engine.snapshot()
    assert [p.name for p in role_holders(snap, "norland's finance minister")] == ["Ravi Anand"]
    assert role_holders(snap, "the bank's finance minister") == []  # a common noun must stand beside the role
    first = first_answer(budget_engine, "what did norland's finance minister say about the deficit target?")
    assert first.speaker == "Ravi Anand"
