"""Issue 9, wave 6: words are shown under a person's name only when the evidence that they are theirs is
direct (``index/answer/evidence.py``): each check alone, then end to end on a small collection written here
(real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import engine_fixture

STORY_HOME = (
    "Minister at home\n\n"
    "Mr Darrow, the transport minister, says the new bridge will open next year. "
    '"The bridge is the biggest project this town has seen," Mr Darrow said.\n\n'
    "The film shows the private side of the minister playing chess with his wife, Elna. "
    'Asked if she enjoys a game of chess she sighs: "Yes, it would be more fun if I could win now and then."\n'
)

STORY_LEADER = (
    "Leader at home\n\n"
    "Mr Orrin, the party leader, says the new bridge will open next year.\n\n"
    "The film shows the private side of the leader playing chess with his wife. "
    'Asked if she enjoys a game of chess she sighs: "Yes, it would be nicer if I won a game now and then."\n'
)

STORY_BODIES = (
    "Institute warns on borrowing\n\n"
    "The Fiscal Studies Unit (FSU) claims that taxes must rise. FSU said the rule would \"probably be broken\".\n\n"
    'A Revenue Office spokesperson dismissed the claims, saying it was "on course to meet every rule".\n\n'
    'It said that if anything the "world economy will keep growing fast".\n'
)

STORY_ARTICLE = (
    "Judges row narrows\n\n"
    "A Department for Road Affairs spokeswoman said the quarrel was small. "
    '"Their disagreement is a very narrow one about the wording," she said.\n'
)


evidence_engine = engine_fixture({"home.txt": STORY_HOME, "bodies.txt": STORY_BODIES, "leader.txt": STORY_LEADER,
                                  "article.txt": STORY_ARTICLE})


def test_a_document_titles_a_person_one_way_or_says_nothing() -> None:
    from index.answer.evidence import gender_in

    assert gender_in("Mr Darrow said so. Later Mr Darrow left.", "Pel Darrow") == "m"
    assert gender_in("Mrs Ada Vale spoke.", "Ada Vale") == "f"
    assert gender_in("Darrow spoke.", "Pel Darrow") is None
    assert gender_in("Mr Vale and Mrs Vale spoke.", "Ada Vale") is None  # two people of one surname


def test_an_indefinite_article_is_never_shown_as_part_of_a_name(evidence_engine) -> None:
    """"A Department for … spokeswoman said": the article opens the description, so no answer shows a name
    starting "A …" (the extractor strips it; the answer keeps no second test of its own)."""
    answer = evidence_engine.ask("what did the Department for Road Affairs say?")
    assert any("very narrow one" in it.quote for it in answer.answers)
    assert all(not (it.speaker or "").startswith(("A ", "An ")) for it in answer.answers)


def test_a_body_spoken_for_by_a_spokesperson_carries_that_description() -> None:
    from index.answer.evidence import speaking_for

    assert speaking_for("A Treasury spokesperson dismissed the claims.", "Treasury") == "A Treasury spokesperson"
    assert speaking_for("said an FA statement.", "FA") == "an FA statement"
    assert speaking_for("The Treasury said so.", "Treasury") is None


def test_she_never_credits_a_man_the_text_calls_mr(evidence_engine) -> None:
    answer = evidence_engine.ask("what did Darrow say?")
    shown = " ".join(it.quote for it in answer.answers)
    assert "biggest project" in shown
    assert "more fun if I could win" not in shown


def test_it_between_two_quoted_bodies_credits_neither(evidence_engine) -> None:
    answer = evidence_engine.ask("what did the Revenue Office say?")
    shown = " ".join(it.quote for it in answer.answers)
    assert "world economy will keep growing" not in shown
    assert "on course to meet every rule" in shown  # the body's own words, given by its spokesperson, still answer
    assert all(it.speaker is None or it.speaker_description for it in answer.answers)


def test_words_credited_only_on_doubted_evidence_are_not_called_absent(evidence_engine) -> None:
    answer = evidence_engine.ask("what did Orrin say?")
    assert "nicer if I won" not in " ".join(it.quote for it in answer.answers)
    assert answer.message and "none certainly theirs" in answer.message  # not "there are no quotations"
