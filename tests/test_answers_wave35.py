"""Questions as people ask them, read from held34's mistakes (wave 35's validation set) (issue 9).

"what did the foreign secretary say about turkey" found no words where the story reports "The foreign secretary said
he hoped …"; "what did hantuchova say about dominik hrbaty" missed "I've helped Dominik"; "why has demand for cars
… gone up" missed "Strong economic growth and low interest rates have driven demand"; "why did scotland scrap the
national corectional agency" missed "… has been abandoned in the wake of stiff opposition", the right word "scrap"
being held only as "scrapped" and so asked of every sentence; "how much net profit did deutsche telekom make" read
"Net" (a sentence's first word) as a name the story had to open with; "what did the financial economists roundtable
statement say about the 2004 law" found nobody of that name, where "The FER blames this on a 2004 law, in a statement
…" answers; "what did citigroup's chief executive say" gave the words of "Robert Benmosche, Metlife's chairman and
chief executive"; "how many xbox consoles has microsoft sold worldwide" missed "has sold 19.9 million units
worldwide"; "where was the … protocol signed" gave "American" before "The protocol, signed in Cairo"; "when can people in the
us buy the psp" found nothing where the story says "US gamers will be able to buy" ("people" was one word of four
the sentence missed); "when did jonny wilkinson hurt his bicep" missed "since injuring his bicep on 17 October". The guards
hold what the wave's review found the first versions got wrong. Invented stories, checked end to end on a real index;
each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from index.models import Verdict
from tests.conftest import engine_fixture, first_answer, no_answer

TALKS = ("Rebate not for sale\n\n"
         "Britain's rebate is not up for renegotiation at next week's summit, Tom Dale said.\n\n"
         "\"We will work for a good result,\" Mr Dale said of the budget row. The foreign secretary said he hoped the "
         "talks next week could produce a date for the beginning of negotiations with Kelbia about membership.\n")

CABINET = ("Cabinet meets on aid\n\n"
           "Foreign Secretary Tom Dale and Aid Minister Ann Lowe met charities on Monday.\n")

VISIT = ("Kelbian leader arrives\n\n"
         "Kelbia's Gino Rossi arrived in Dunmore on Monday, a week after meeting Tom Dale in Rome.\n\n"
         "The foreign secretary said he hoped the talks on fishing quotas would end the row.\n")

ATTACK = ("Opposition attacks leader\n\n"
          "Prime Minister Tim Kerr was in Dunmore on Monday.\n\n"
          "Opposition leader Ray Fell said the prime minister had let voters down. \"In so far as anyone reads them, "
          "the papers are right,\" he said.\n")

CUP = ("Dunmore reach the final\n\n"
       "Ann Hale beat Mia Ross 6-4 6-2 to give Dunmore the lead.\n\n"
       "Her team-mate Tomas Brek then won his singles in three sets.\n\n"
       "Ross was unhappy with her serve all afternoon. The home crowd sang throughout the final set.\n\n"
       "\"I feel like it's really deserved this time as I've helped Tomas to get through,\" said Hale. "
       "\"The crowd were wonderful,\" she added.\n")

CARS = ("Kelbian car demand surges\n\n"
        "Car makers with plants in Kelbia have seen a surge in demand during 2004.\n\n"
        "New vehicle sales jumped 22% to 449,603, the makers' association said. Strong economic growth and low "
        "interest rates have driven demand, and analysts expect the trend to continue.\n")

AGENCY = ("Correction agency plans dropped\n\n"
          "Plans to create a single correctional agency for Dunmore have been scrapped.\n\n"
          "The Dunmore Correctional Agency would have provided a one-stop justice system but has been abandoned in the "
          "wake of stiff opposition. Instead, councils and the prison service will work more closely.\n")

PROFIT = ("Kelbtel sees mobile gain\n\n"
          "Telecoms firm Kelbtel saw strong fourth quarter profits on the back of upbeat mobile earnings.\n\n"
          "Net profit came in at 1.4bn euros, a dramatic change from the loss of 364m euros in 2003. Sales rose 2.8% "
          "to 14.96bn euros.\n\n"
          "The firm's US mobile business made a strong contribution, and it expects to make more gains this year.\n")

PENSIONS = ("Pension fund deficit warning\n\n"
            "The pension insurance fund is some $23bn in deficit, and the Dunmore Economists Forum (DEF) wants "
            "Congress to act.\n\n"
            "The DEF says firms should not have been allowed to cut the premiums they pay into the fund. The DEF "
            "blames this on a 2004 law, in a statement signed by several members.\n")

DEAL = ("Kelbco buys up Dunbank insurer\n\n"
        "Banking giant Dunbank has sold its insurance arm to Kelbco for $11.5bn.\n\n"
        "Ray Mott, Kelbco's chairman and chief executive, said that it was a \"great opportunity for the brand of "
        "Kelbco to be sold through Dunbank\".\n")

TALKS2 = ("Bank talks stall\n\n"
          "Talks between Dunbank's chairman and Kelbco chief executive Ray Mott ended without a deal.\n\n"
          "\"We are still a long way apart on the price,\" Mr Mott said.\n")

HANDHELD = ("Kelbox handheld hits the US in March\n\n"
            "US gamers will be able to get their hands on the Kelbox Go from 24 March, but there is no news of a "
            "European debut.\n")

BICEP = ("Fly-half back in training\n\n"
         "Dunmore fly-half Tom Vale is set to return against Kelby on Saturday.\n\n"
         "Vale, who has not played since injuring his bicep on 17 October, trained with the squad on Monday.\n")

OFFER = ("Kelby close in on striker\n\n"
         "Kelby Rovers are close to signing Dalton striker Ray Mott, and it could happen this week.\n\n"
         "It is understood the club will lift their offer to £7m for the 24-year-old.\n")

GAME = ("Game blamed for killing\n\n"
        "Violent games have been hit by controversy after the game Nightrun was blamed by the parents of 14-year-old "
        "Tom Vale, who was killed in Kelby.\n")

CONSOLE = ("Kelbox console sales\n\n"
           "Kelbsoft is to cut the price of its Kelbox console in Europe.\n\n"
           "Since its launch, Kelbsoft has sold 19.9 million units worldwide.\n")

PROTOCOL = ("Trade deal signed\n\n"
            "In a sign of a thaw in relations between Kelbia and Dunmark, the two countries have signed a trade "
            "protocol with the US, allowing their goods to go to America duty-free.\n\n"
            "The protocol, signed in Portmouth, will establish what are called industrial zones in Kelbia.\n")

engine = engine_fixture({"console.txt": CONSOLE, "protocol.txt": PROTOCOL, "offer.txt": OFFER, "handheld.txt": HANDHELD, "bicep.txt": BICEP, "game.txt": GAME, "deal.txt": DEAL, "talks2.txt": TALKS2, "talks.txt": TALKS,
                         "cabinet.txt": CABINET, "visit.txt": VISIT, "attack.txt": ATTACK, "cup.txt": CUP, "cars.txt": CARS, "agency.txt": AGENCY,
                         "profit.txt": PROFIT, "pensions.txt": PENSIONS})


def test_a_person_asked_by_role_is_reported_by_that_role(engine) -> None:
    answer = engine.ask("what did the foreign secretary say about kelbia")
    assert answer.answers and "produce a date for the beginning of negotiations" in answer.answers[0].text
    assert answer.answers[0].speaker is None  # reported, not their words


def test_a_role_reported_in_a_story_that_only_mentions_the_person_is_not_theirs(engine) -> None:  # a guard
    answer = engine.ask("what did the foreign secretary say about fishing quotas")
    assert all("fishing quotas" not in a.text for a in answer.answers)


def test_a_person_asked_about_by_full_name_is_addressed_by_either_name(engine) -> None:
    answer = first_answer(engine, "what did ann hale say about tomas brek")
    assert "I've helped Tomas" in answer.text and answer.speaker == "Ann Hale"


def test_a_person_her_stories_never_name_is_no_topic_of_hers(engine) -> None:  # a guard
    answer = no_answer(engine, "what did ann hale say about tom dale")
    assert "not about" in (answer.message or "")


def test_a_cause_driving_a_market_noun_answers_why_it_rose(engine) -> None:
    answer = first_answer(engine, "why has demand for cars in kelbia gone up")
    assert "have driven demand" in answer.text


def test_in_the_wake_of_gives_the_reason_and_an_inflected_word_need_not_recur(engine) -> None:
    answer = first_answer(engine, "why did dunmore scrap the corectional agency")
    assert "in the wake of stiff opposition" in answer.text


def test_words_said_about_the_role_holder_are_not_the_role_holder_s(engine) -> None:  # a guard
    check = engine.check('The prime minister: "In so far as anyone reads them, the papers are right."').checks[0]
    assert check.verdict is not Verdict.verbatim


def test_the_word_qualifying_the_asked_sum_is_no_name_the_story_must_open_with(engine) -> None:  # a guard
    # "Net profit came in at …": "net" was read as a name the story's opening had to hold (on held34's story the
    # sum was found only story-wide; here the passage finds it too, so this holds on the code before as well)
    assert first_answer(engine, "how much net profit did kelbtel make").text == "1.4bn euros"


def test_a_body_s_statement_is_asked_of_the_body_and_its_report_in_a_statement_answers(engine) -> None:
    for question in ("what did the dunmore economists forum statement say about the 2004 law",
                     "what did the dunmore economists forum say about the 2004 law"):
        answer = first_answer(engine, question)
        assert "blames this on a 2004 law" in answer.text and answer.speaker is None


def test_a_statement_of_a_body_the_sources_never_name_finds_nothing(engine) -> None:  # a guard
    no_answer(engine, "what did the kelby traders association statement say about the 2004 law")


def test_two_titles_of_one_holder_share_the_body_before_the_first(engine) -> None:
    # "Kelbco's chairman and chief executive": the role was read as "chief executive" alone, and Dunbank, named in the
    # story and in his words, made him "dunbank's chief executive"
    answer = engine.ask("what did dunbank's chief executive say about selling the insurance arm")
    assert all(a.speaker is None for a in answer.answers) and "Ray Mott" not in (answer.message or "")


def test_a_second_title_with_a_body_of_its_own_is_another_holder_s(engine) -> None:  # a guard
    answer = engine.ask("what did dunbank's chief executive say about the price")
    assert all(a.speaker != "Ray Mott" for a in answer.answers)


def test_the_holder_is_still_found_by_his_own_body(engine) -> None:  # a guard
    assert first_answer(engine, "what did kelbco's chief executive say").speaker == "Ray Mott"


def test_a_thing_blamed_by_someone_is_not_their_report(engine) -> None:  # a guard
    # "blames" reports its subject's view ("The DEF blames this on …"); "was blamed by the parents" reports nothing
    # the parents said
    no_answer(engine, "what did tom vale's mum say about nightrun")


def test_goods_sold_are_counted_in_units_too(engine) -> None:
    assert first_answer(engine, "how many kelbox consoles has kelbsoft sold worldwide").text == "19.9 million units"


def test_units_count_nothing_that_was_not_sold(engine) -> None:  # a guard
    no_answer(engine, "how many kelbox consoles has kelbsoft made worldwide")


def test_the_place_the_asked_deed_was_done_answers_where(engine) -> None:
    assert first_answer(engine, "where was the kelbia dunmark trade protocol signed").text == "Portmouth"


def test_people_asked_are_any_people_the_story_names(engine) -> None:
    # "when can people in the us buy the psp": the story's "US gamers will be able to buy" did not cover "people"
    assert first_answer(engine, "when can people in the us buy the kelbox go").text == "24 March"


def test_an_injury_asked_as_hurt_is_found_where_the_story_writes_injuring(engine) -> None:
    assert first_answer(engine, "when did tom vale hurt his bicep").text == "17 October"


def test_a_sentence_s_first_word_is_no_other_payer(engine) -> None:
    # the review of the whole change: the story-wide money search refused any sentence naming someone the question
    # does not, and a second pattern of the same name made a sentence's first word ("It") count as such a name
    assert first_answer(engine, "how much have kelby rovers offered for mott").text == "£7m"
