"""Questions as people ask them of news that reports speech without quoting it, read from held44's mistakes (wave
45's validation set), the tuning sets' "never quoted" refusals and stories written for the next round's kind of
article (issue 9).

"what did cairn's chief executive say about the new gas find" had no answer: the story is about the find, but the
sentence reporting him ("cautioned that additional evaluation was first needed") repeats none of its words, and
"cautioned" was no reporting verb; "what did the local government minister tell the Commons" missed "She told the
Commons …", whose "She" was read back to "Local" ("Local government minister Fiona Carrodus said …"), as a "He" after
"Redspire founder and chief executive Owen Brackley" was read back to "Redspire founder"; "when did the hack happen"
found no date in "the attack had taken place over the weekend of 12 and 13 March". Invented stories, checked end to
end on a real index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import answers_to, engine_fixture, first_answer, no_answer

GAS = ("Varne Energy in gas find off Kelbia\n\n"
       "Shares in Varne Energy rose 4% after the firm announced a large gas discovery off the coast of Kelbia.\n\n"
       "The field could hold enough gas to supply the country for ten years, the company said.\n\n"
       "However, chief executive Tomas Brell cautioned that more drilling was first needed at the site.\n\n"
       "Varne also runs three oil fields in the North Sea.\n")

TAX = ("Minister defends council tax review\n\n"
       "Ministers have confirmed a review of council tax bands in Kelbia.\n\n"
       "Local government minister Fiona Carrodus said the review was needed because bands had not been updated "
       "since 1991. She told the Commons that the current system was unfair to people in cheaper homes.\n")

GAME = ("Redspire delays Starfall sequel\n\n"
        "Games developer Redspire has delayed its Starfall 2 game until next spring.\n\n"
        "Redspire founder and chief executive Owen Brackley said the team did not want to release a game that was "
        "not ready. He told investors on a conference call on Wednesday that the delay would cost about £12m.\n\n"
        "Linkwell's chief technology officer, Priya Sandhu, said the firm would host the game's servers. She told a "
        "technology conference in Norbridge that the servers had been doubled.\n")

SHOP = ("Brightcart admits customer data theft\n\n"
        "Online retailer Brightcart has admitted that hackers stole the details of 80,000 customers.\n\n"
        "The firm said the attack had taken place over the weekend of 12 and 13 March, but it did not find the "
        "breach until later.\n")

CLUB = ("Harbury hold on for draw\n\n"
        "Harbury drew 1-1 with Kelby at Mill Lane on Saturday.\n\n"
        "\"We were the better side and should have won,\" said Harbury coach Dan Ruskin.\n\n"
        "Ruskin said the club's new stand would open in August.\n")

engine = engine_fixture({"gas.txt": GAS, "tax.txt": TAX, "game.txt": GAME, "shop.txt": SHOP, "club.txt": CLUB})


def test_what_someone_never_quoted_said_on_the_story_s_topic_is_their_report_there(engine) -> None:
    for question in ("what did tomas brell say about the gas find", "what did varne's chief executive say about "
                     "the gas find"):
        first = first_answer(engine, question)
        # reported words, under no name: not theirs verbatim
        assert first.text.startswith("However, chief executive Tomas Brell cautioned") and first.speaker is None


def test_a_story_s_other_reports_are_not_words_on_the_topic_when_an_audience_or_writing_is_asked(engine) -> None:
    # guard: what he told shareholders, or wrote, about the find: the story says neither
    no_answer(engine, "what did tomas brell tell shareholders about the gas find")
    no_answer(engine, "what did tomas brell write about the gas find")


def test_someone_quoted_off_the_topic_is_not_given_the_story_s_other_reports(engine) -> None:
    # guard: Ruskin is quoted (on the match); the story says nothing of his on the weather
    answer = engine.ask("what did dan ruskin say about the weather")
    assert not answer.answers


def test_a_pronoun_after_a_title_of_several_words_points_back_to_the_titled_person(engine) -> None:
    answers = answers_to(engine, "what did fiona carrodus tell the commons")
    assert answers[0].text.startswith("She told the Commons") and answers[0].speaker is None
    answers = answers_to(engine, "what did owen brackley tell investors")
    assert answers[0].text.startswith("He told investors on a conference call") and answers[0].speaker is None


def test_the_sentence_naming_the_whole_audience_comes_first(engine) -> None:
    answers = answers_to(engine, "what did priya sandhu tell the technology conference")
    assert answers[0].text.startswith("She told a technology conference in Norbridge")


def test_a_hack_asked_is_the_attack_written(engine) -> None:
    assert "12 and 13 March" in first_answer(engine, "when did the brightcart hack happen").text
