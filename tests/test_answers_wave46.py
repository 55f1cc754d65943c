"""Questions of news that reports without quoting, read from the tuning sets' "not covered" answers (wave 46; held46,
the wave's held-out set, had five of six reason questions refused so) and a helper's invented quote-less stories.

Reasons given without "because" were read by no marker: "intended to distance the country from its past", "drivers
circling in search of a cheaper option", "a hamstring injury had stopped him from running", "quitting when he thought
the singer's career had peaked", "did not have enough of a US presence to establish US jurisdiction"; "…, prompting
analysts to raise questions" was read as why the act before it happened. A body nobody quotes ("what did DaimlerChrysler
say") found nothing of what its story reports "the company said". A review attacked the change with stories of its own;
the rules it broke were withdrawn (a plain infinitive after the act as its purpose, "which could explain", "The club's
chairman" as the headline's club's, official as officer) and its stories are the guards below. Invented stories,
checked end to end on a real index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

import pytest

from index.answer.why import reason_strength
from tests.conftest import engine_fixture, first_answer, no_answer

CARS = ("Kelbia car sales climb in March\n\n"
        "Car sales in Kelbia rose 6% in March, official figures showed.\n\n"
        "Dealers were forced to cut prices in March to maintain sales growth in a quarter when demand was weak.\n\n"
        "Norvane Motors said it was likely to end its supply deal with Brack, prompting analysts to question its "
        "cash reserves.\n")

COIN = ("Kelbia scraps the old crown\n\n"
        "Kelbia is replacing its crown with a new currency, the sol, from January.\n\n"
        "The change is intended to distance the country from its colonial past and to end the flood of forged "
        "crowns.\n")

RUNNER = ("Tanner form improves\n\n"
          "Hurdler Lisa Tanner has run her best times for six years this season.\n\n"
          "For the first time Tanner has trained only for the hurdles, which could explain her leap in form.\n\n"
          "Sprinter Joe Kell said a hamstring injury had stopped him from running at his best in the final.\n")

MANAGER = ("Singer's manager dies\n\n"
           "Dan Ormsby, who managed folk singer Will Carne between 1960 and 1973, has died aged 80.\n\n"
           "Ormsby stopped managing Carne in 1973, quitting when he thought the singer's career had peaked.\n")

engine = engine_fixture({"cars.txt": CARS, "coin.txt": COIN, "runner.txt": RUNNER, "manager.txt": MANAGER})


def test_an_effect_after_the_act_is_not_why_the_act_happened(engine) -> None:  # guard
    # "…, prompting analysts to question …" tells what the act caused ("prompting" is now a marker of an effect)
    no_answer(engine, "why is norvane ending its deal with brack")


@pytest.mark.parametrize(("question", "start"), [
    ("why is kelbia getting rid of the crown", "The change is intended to distance the country"),
    ("why did joe kell run badly in the final", "Sprinter Joe Kell said a hamstring injury had stopped him"),
    ("why did ormsby stop managing will carne", "Ormsby stopped managing Carne in 1973, quitting when he thought"),
])
def test_the_ways_news_states_a_reason_without_because(engine, question: str, start: str) -> None:
    assert first_answer(engine, question).text.startswith(start)


@pytest.mark.parametrize(("sentence", "strength"), [
    ("The change is intended to distance the country from its past.", 1.0),
    ("Roads are clogged by drivers circling in search of a cheaper car park.", 1.0),
    # withdrawn after the review: "Sales fell 5%, which could explain the departure of …" explains the departure
    ("She trained only for the hurdles, which could explain her leap in form.", 0.0),  # guard
    ("An injury stopped him from running at his best.", 1.0),
    ("A knee injury ruled Tanner out of the race.", 1.0),
    ("He quit when he thought the singer's career had peaked.", 0.7),
    ("Yukos did not have enough of a US presence to establish jurisdiction.", 0.7),
    # guards: a question of what an act was meant for; a scheduled act; a search one takes part in
    ("He could not find whether the call was intended to give special help.", 0.0),  # guard
    ("The film was meant to open in May.", 0.0),  # guard
    ("The new showroom, intended to open in June, will employ 40.", 0.0),  # guard
    ("The US is now more willing to engage seriously in the search for a settlement.", 0.0),  # guard
    ("Sales have been so far ahead of forecasts.", 0.0),  # guard
])
def test_reason_strength_reads_the_new_markers(sentence: str, strength: float) -> None:
    assert reason_strength(sentence) == strength


CARMAKER = ("Norvane Motors sales rise\n\n"
            "Carmaker Norvane Motors sold 4% more cars in 2004 than a year earlier.\n\n"
            "Sales totalled 1.2 million units worldwide, the company said at the Kelby Motor Show. It said demand in "
            "Asia had been strong.\n\n"
            "Rival Brack Cars said its own sales had fallen.\n")

RIVAL = ("Brack profits fall\n\n"
         "Brack Cars made less money in 2004 as sales of its saloons slowed.\n\n"
         "Profits fell 12% to £80m, the company said. It blamed higher steel prices.\n\n"
         "Norvane Motors, its biggest rival, is due to report next week.\n")

bodies_engine = engine_fixture({"carmaker.txt": CARMAKER, "rival.txt": RIVAL})


def test_a_body_nobody_quotes_is_reported_by_the_noun_its_story_calls_it(bodies_engine) -> None:
    answer = bodies_engine.ask("what did norvane motors say")
    assert answer.answers and answer.answers[0].text.startswith("Sales totalled 1.2 million units worldwide, the company")
    assert all(a.speaker is None for a in answer.answers) and "not their words" in (answer.message or "")
    # "It said …" may be any body named last: no report of the asked one (the review's "It said it would ballot members")
    assert not any(a.text.startswith("It said") for a in answer.answers)


def test_the_company_of_another_story_is_not_the_asked_body(bodies_engine) -> None:
    # the Brack story names Norvane only in passing: its "the company said" is Brack's
    no_answer(bodies_engine, "what did norvane motors say about profits")
    no_answer(bodies_engine, "what did norvane motors say about steel prices")


SACKED = ("Harbury sack manager Kerr\n\n"
          "Harbury Town have sacked manager Alan Kerr after a run of seven games without a win left the club bottom of "
          "the league.\n\n"
          "The new Orbis 7 phone will go on sale in April, priced at about £250 without a contract.\n")

everyday_engine = engine_fixture({"sacked.txt": SACKED})


def test_everyday_words_find_the_words_news_writes(everyday_engine) -> None:
    first = first_answer(everyday_engine, "why did harbury get rid of their manager")
    assert first.text.startswith("Harbury Town have sacked manager Alan Kerr after a run")
    first = first_answer(everyday_engine, "how much will the orbis 7 cost")
    assert first.text == "£250" and first.quote.startswith("The new Orbis 7 phone will go on sale in April, priced")


@pytest.mark.parametrize(("sentence", "strength"), [
    ("Its finance director would retire in June after 14 years with the group.", 0.0),
    ("He quit after two years of losses.", 0.4),  # guard
    ("He quit after the board rejected his plan.", 0.4),  # guard
])
def test_after_a_length_of_time_says_how_long_not_why(sentence: str, strength: float) -> None:
    assert reason_strength(sentence) == strength


CLUB = ("Harbridge Town sack manager Kerr\n\n"
        "Harbridge Town have sacked manager Alan Kerr after a run of seven league games without a win.\n\n"
        "The club's chairman, Derek Stoneham, said that the board had taken the decision with great reluctance.\n\n"
        "One City analyst, who asked not to be named, said that the club's debts were rising.\n\n"
        "Pauline Haskett, national officer of the Harbridge supporters' union, told the BBC that fans were angry.\n\n"
        "The country's sports minister, Andrei Voskov, said that football was in good health. He told parliament on "
        "Wednesday that clubs would get more money for youth teams.\n")

club_engine = engine_fixture({"club.txt": CLUB})


def test_that_nobody_names_them_is_no_word_of_the_description(club_engine) -> None:
    first = first_answer(club_engine, "what did an unnamed city analyst say about the club's debts")
    assert first.text.startswith("One City analyst, who asked not to be named, said") and first.speaker is None


def test_a_misspelt_audience_is_read_as_the_index_spells_it(club_engine) -> None:
    first = first_answer(club_engine, "what did voskov tell parliment")
    assert first.text.startswith("He told parliament on Wednesday")


GAME = ("Quarrystone delays Ironvale game\n\n"
        "Games developer Quarrystone has delayed the release of its fantasy title Ironvale until next year.\n\n"
        "One City analyst, who asked not to be named, said that investors had lost patience with games companies "
        "that missed deadlines.\n\n"
        "Chief executive Gerald Moxley said the delay was painful. He added that the firm would try to achieve the "
        "savings through voluntary redundancy. He also called for developers to be fined for missing deadlines.\n")

game_engine = engine_fixture({"game.txt": GAME})


def test_the_unnamed_of_a_description_is_no_topic_word_either(game_engine) -> None:
    first = first_answer(game_engine, "what did an unnamed city analyst say about quarrystone")
    assert first.text.startswith("One City analyst, who asked not to be named") and first.speaker is None


@pytest.mark.parametrize(("question", "start"), [
    # the topic's light verb ("made") is no word the report must repeat
    ("what did gerald moxley say about how the savings would be made", "He added that the firm would try"),
    ("what did gerald moxley say about penalties for developers", "He also called for developers to be fined"),
])
def test_a_report_is_found_by_the_topic_s_own_words(game_engine, question: str, start: str) -> None:
    assert first_answer(game_engine, question).text.startswith(start)


FILM = ("Lantern Keeper tops UK box office\n\n"
        "Fantasy adventure The Lantern Keeper has gone straight to the top of the UK box office, taking £4.6m in its "
        "first weekend.\n\n"
        "The film's director, Ormond Vale, said he was delighted.\n")

film_engine = engine_fixture({"film.txt": FILM})


def test_an_attribute_asked_of_its_owner_must_be_named(film_engine) -> None:
    no_answer(film_engine, "what was the lantern keeper's budget")



def test_the_kind_of_an_attribute_need_not_be_written(film_engine) -> None:  # guard
    # "what is X's job" is answered by the role itself, which never says "job"
    assert first_answer(film_engine, "what is ormond vale's job").quote.startswith("The film's director, Ormond Vale")


PRISON = ("Kelby jail inquiry\n\n"
          "An inquiry has been ordered into overcrowding at Kelby jail.\n\n"
          "Prison officer Gary Tate said: \"Staff warned managers for months that the wing was overcrowded.\"\n\n"
          "A Home Office official, who asked not to be named, said the inquiry would report by the summer.\n")

FARMERS = ("Kelby Farmers Angry At Milk Price Cut\n\n"
           "Farmers said they were losing 3p on every litre they produced.\n\n"
           "Kelby Farmers' Union chairman Bill Ross said: \"We cannot go on like this.\"\n")

review_engine = engine_fixture({"prison.txt": PRISON, "farmers.txt": FARMERS})


def test_whom_the_question_calls_unnamed_is_never_a_named_person(review_engine) -> None:  # guard
    for question in ("what did the unnamed official say", "what did the unnamed official say about the inquiry"):
        answer = review_engine.ask(question)
        assert not any(a.speaker for a in answer.answers) and not any("Tate" in a.text for a in answer.answers)


def test_a_plural_of_people_is_no_body_s_name_whatever_a_headline_capitalises(review_engine) -> None:  # guard
    first = first_answer(review_engine, "what did kelby farmers say")
    assert first.text.startswith("Farmers said they were losing 3p") and first.speaker is None
