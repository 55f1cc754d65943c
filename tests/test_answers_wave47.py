"""Questions of news that reports without quoting, read from the tuning sets' failures (wave 47; held46, last wave's
held-out set, is tuning data now) and a helper's invented quote-less stories.

"What did the Morning Ledger say about the band" found nothing the paper "reported that …", and "the games developers
guild", a body the text names but whose "developers" read as a role, was never looked for as a body. "Who said exports
were the main driver of Dravia's growth" found no sentence naming Dravia: the story names it only in its headline and
lead. "When is Pellnet launching the faster 4 megabit servise" had two corrections, "servise" (service) and "faster",
which no text writes ("fast"), and the sentence ("the firm would launch a 4 megabit service in June 2005") bore out
only the first. "Why was Kelbia flanker Ivo Marek sin-binned" was not read by "was yellow carded … for an offence at
the ruck": a penalty's reason was read only as a gerund ("banned for taking"). "The chemistry dept" was no department.
"When is Salt Lines coming out now" gave the date the album "had been due" on, a plan given up, before the one it "will
now be released" on. "Why did Carrow County release Ned Vaux" was answered by "gave no reason for the decision". "What
do analysts expect for the dollar" read "expect" as no verb of speech, and "for the dollar" as no topic, so any analyst
in the collection answered, on anything. Invented stories, checked end to end on a real index; each fails on the code
before the change unless marked as a guard.
"""

from __future__ import annotations

import pytest

from index.answer.question import parse_question
from index.answer.relevance import Concept
from index.answer.why import acts_asked, reason_strength
from tests.conftest import engine_fixture, first_answer, no_answer

FOUNDRY = ("Harlow Foundry profits slip\n\n"
           "Harlow Foundry, the Kelbian metals group, made a profit of 40m crowns last year.\n\n"
           "Analysts predict the firm is likely to report a further drop in profits next year as steel prices "
           "climb.\n")

RAIL = ("Kelbia rail fares to rise\n\n"
        "Rail fares in Kelbia will rise by 4% in January, the transport ministry said.\n\n"
        "Analysts said the increase would hit commuters hardest in the capital, where fares have risen fast.\n")

BAND = ("Sallow Pines top the album chart\n\n"
        "Folk band Sallow Pines have sold 900,000 copies of their second album, their label has said.\n\n"
        "The Morning Ledger reported that the band had signed a new deal with Eastbrook Records worth £2m.\n\n"
        "Eastbrook Records reported a loss of £3m last year.\n\n"
        "The trade paper Studio Weekly reported that singer Ana Rell had clashed with the label over the cover.\n")

STUDIO = ("Games firm Ostrava to shut studio\n\n"
          "Games maker Ostrava Interactive is to close its studio in Pellin with the loss of 80 jobs.\n\n"
          "Industry body the Games Developers Guild said the closure showed the rising cost of making games.\n")

GROWTH = ("Dravian economy grows by 4%\n\n"
          "Dravia's economy grew by 4% last year, its fastest rate since 1999.\n\n"
          "The main driver of the expansion has been exports, with farming seeing a strong rebound, the statistics "
          "office said.\n")

BROADBAND = ("Pellnet to raise broadband speeds\n\n"
             "Pellnet, the Kelbian telecoms group, has 300,000 broadband customers.\n\n"
             "Chief executive Mara Odell said the firm would launch a 4 megabit service in June 2005.\n")

MATCH = ("Kelbia beat Dravia in thriller\n\n"
         "Kelbia beat Dravia 21-18 in Pellin on Saturday.\n\n"
         "Dravia's chance came when Kelbia flanker Ivo Marek was yellow carded with ten minutes to go for an offence "
         "at the ruck.\n\n"
         "Dravia lock Tom Senn was banned for three weeks in 2003.\n")

BREWER = ("Hollin Breweries to cut 300 jobs\n\n"
          "Hollin Breweries is to cut 300 jobs as beer sales fall.\n\n"
          "Chief executive Ada Vrell said the company had no choice but to reduce costs.\n\n"
          "She told reporters in the capital on Tuesday that the brewer would invest £30m in a new plant.\n")
# a round-up of what the papers reported: many paragraphs telling of reports, none of Ada Vrell
ROUND_UP = "What the papers say\n\n" + "\n\n".join(
    f"The {paper} reported that shares in {firm} had risen on Monday." for paper, firm in
    zip(("Kelbian Post", "Dravia Times", "Pellin Herald", "Morning Star", "Evening Courier", "Daily Ledger",
         "Weekly Argus", "North Echo", "South Mail", "City Gazette", "Harbour News", "Valley Press"),
        ("Arno", "Belt", "Corra", "Dune", "Elm", "Fyre", "Gant", "Holt", "Isk", "Jarl", "Kemp", "Lorn"), strict=True)) + "\n"

SOAP = ("Vale to leave Harbour Lane\n\n"
        "Actress Nora Vale is to leave the television soap Harbour Lane after six years.\n\n"
        "Executive producer Tam Oduya said the actress had decided to leave in order to pursue a career on stage.\n")

SOAP_TWO = ("Sims to leave Mill Road\n\n"
            "Actor Rob Sims is to leave the radio soap Mill Road after ten years.\n\n"
            "Co-star Lena Hart decided to leave the show in 2002 because of a row over pay.\n")

WIN = ("Kelbia celebrate rare win\n\n"
       "Kelbia beat Dravia 19-13 in Pellin for their first win over them since 1999.\n\n"
       '"People all over the world want to see Kelbia back at the top table," said a proud coach Tam Rees.\n')

CAPTAINCY = ("Ode questions captaincy\n\n"
             "Former player Sam Ode believes the Dravia captain should not be a full-back.\n\n"
             "Dravia face Kelbia, Sorn and Vell in the coming weeks.\n\n"
             'With injuries depriving him of key players like Sam Ode, coach Jon Bale has given youngsters a chance. "The young '
             'players have done well," Bale said.\n')

LISTING = ("Norva to list shares\n\n"
           "Drug maker Norva is to list its shares in Pellin.\n\n"
           "The company's shares go on sale later this week, and are scheduled to start trading on the Pellin Stock "
           "Exchange on 10 February.\n")

EARNINGS = ("MPs' outside earnings revealed\n\n"
            "The register shows former party leader Tam Hollis earning up to £820,000 on top of his MPs' salary, "
            "much of it from speaking fees.\n")

DAIRY = ("Dairy farmers protest over milk price\n\n"
         "Dairy farmers blockaded a milk plant in Carrow overnight.\n\n"
         "Owen Pryce, who keeps 140 cows near Carrow, said many of his neighbours were losing money. He said younger "
         "farmers were leaving the industry because they could not see a future in it.\n")

NOVEL = ("Debut novel passes 100,000 sales\n\n"
         "The Tin Lantern, a debut novel turned down by nine publishers, has sold 100,000 copies.\n\n"
         "The firm's publishing director, Ian Crale, said word of mouth among reading groups had driven sales.\n")

CHEMISTRY = ("University to shut chemistry department\n\n"
             "Pellin University is to close its chemistry department at the end of the year.\n\n"
             "Vice-chancellor Professor Ruth Oakes said the department was losing about £900,000 a year.\n")

ALBUM = ("Band's album delayed\n\n"
         "Folk band Dun Harrow have put back the release of their second album.\n\n"
         "The album, Salt Lines, had been due to be released on 7 March but will now reach shops on 28 March, record label "
         "Orrin Records said.\n")

RELEASED = ("Carrow County release Vaux\n\n"
            "Carrow County have released batsman Ned Vaux a year before the end of his contract.\n\n"
            "The club thanked him for his service but gave no reason for the decision.\n")

JOBS = ("Kelbian jobs market picks up\n\n"
        "Carmaker Orla Motors is to cut jobs in Kelbia as sales fall.\n\n"
        "Official figures suggest that 14,000 new net jobs were created in Kelbia in March.\n")

NETWORK = ("Pellnet network near capacity\n\n"
           "Broadband firm Pellnet added 40,000 customers in March.\n\n"
           "But the firm's chief technology officer, Lena Moss, warned that parts of the network were close to "
           "capacity.\n")

engine = engine_fixture({"network.txt": NETWORK, "jobs.txt": JOBS, "released.txt": RELEASED, "album.txt": ALBUM, "chemistry.txt": CHEMISTRY, "dairy.txt": DAIRY, "novel.txt": NOVEL, "earnings.txt": EARNINGS, "listing.txt": LISTING, "win.txt": WIN, "captaincy.txt": CAPTAINCY, "soap.txt": SOAP, "soap_two.txt": SOAP_TWO, "brewer.txt": BREWER, "round_up.txt": ROUND_UP, "match.txt": MATCH, "foundry.txt": FOUNDRY, "rail.txt": RAIL, "band.txt": BAND, "studio.txt": STUDIO,
                         "growth.txt": GROWTH, "broadband.txt": BROADBAND})


@pytest.mark.parametrize("question", [
    "what do analysts expect for harlow foundry's profits",
    "what are analysts expecting from harlow foundry",
    "what do analysts forecast for harlow foundry's profits",
])
def test_a_forecast_asked_of_a_description_is_its_words_on_what_follows_for(engine, question: str) -> None:
    answer = first_answer(engine, question)
    assert answer.text.startswith("Analysts predict the firm is likely to report a further drop")
    assert answer.speaker is None and answer.speaker_description


@pytest.mark.parametrize(("question", "speaker", "topic"), [
    ("what do analysts expect for the dollar", "analysts", "the dollar"),
    ("what are economists predicting from the merger", "economists", "the merger"),
    ("what did analysts expect jarvis to get for its stake", "analysts", "jarvis to get for its stake"),
    ("what did the minister say for the first time", "the minister", None),  # guard: "for" after "say" is no topic
])
def test_what_a_forecast_is_about(question: str, speaker: str, topic: str | None) -> None:
    parsed = parse_question(question)
    assert (parsed.speaker, parsed.topic) == (speaker, topic)


@pytest.mark.parametrize(("question", "start"), [
    ("what did the morning ledger say about the band", "The Morning Ledger reported that the band had signed"),
    ("what did the games developers guild say about ostrava shutting pellin", "Industry body the Games Developers Guild"),
])
def test_a_body_nobody_quotes_is_found_by_what_it_reported(engine, question: str, start: str) -> None:
    answer = first_answer(engine, question)
    assert answer.text.startswith(start) and answer.speaker is None


def test_a_body_reporting_a_loss_reports_no_words(engine) -> None:  # guard
    # "Eastbrook Records reported a loss": an account, not words; only "reported that …" reports speech
    assert not [a for a in engine.ask("what did eastbrook records say about the deal").answers
                if a.text.startswith("Eastbrook Records reported a loss")]


def test_who_said_words_whose_name_only_the_story_s_headline_gives(engine) -> None:
    answer = first_answer(engine, "who said exports were the main driver of dravia's growth")
    assert answer.text == "the statistics office" and answer.quote.startswith("The main driver of the expansion")


def test_the_story_s_names_do_not_make_another_report_answer(engine) -> None:  # guard
    # the headline's name covers only what the sentence leaves out of the asked words, never the words themselves
    assert not [a for a in engine.ask("who said imports were the main driver of dravia's inflation").answers
                if a.quote.startswith("The main driver of the expansion")]


def test_a_report_of_something_else_of_the_same_people_does_not_answer_who_said(engine) -> None:
    # "Studio Weekly reported that Ana Rell had clashed with the label" says nothing of her being dropped
    assert not [a for a in engine.ask("who said ana rell was dropped by the label").answers
                if "clashed" in a.quote]


def test_a_date_asked_with_a_misspelt_word_and_a_word_no_text_writes(engine) -> None:
    answer = first_answer(engine, "when is pellnet launching the faster 4 megabit servise")
    assert answer.text == "June 2005"


def test_a_penalty_s_reason_named_by_its_offence(engine) -> None:
    assert first_answer(engine, "why was kelbia flanker ivo marek sin binned against dravia").text.startswith("Dravia's chance came when")


@pytest.mark.parametrize(("sentence", "strength"), [
    ("Smith was booked for a late tackle on Jones.", 1.0),
    ("He was sent off for a second bookable offence.", 1.0),
    ("Dravia lock Tom Senn was banned for three weeks in 2003.", 0.0),  # guard: a length, not an offence
])
def test_an_offence_is_what_a_penalty_was_for(sentence: str, strength: float) -> None:
    assert reason_strength(sentence, acts_asked([Concept(word="booked", alternatives=(("book",),), weight=1.0)])) \
        == strength


@pytest.mark.parametrize("question", ["what did ada vrell tell journalists on tuesday", "what did ada vrell tell reporters"])
def test_what_someone_told_the_press_in_a_sentence_that_calls_them_she(engine, question: str) -> None:
    answer = first_answer(engine, question)
    assert answer.text.startswith("She told reporters in the capital on Tuesday") and answer.speaker is None


def test_why_someone_the_story_s_lead_names_does_what_a_later_sentence_tells(engine) -> None:
    answer = first_answer(engine, "why is nora vale leaving harbour lane")
    assert answer.text.startswith("Executive producer Tam Oduya said the actress had decided to leave")


def test_another_person_s_reason_in_the_story_does_not_answer(engine) -> None:  # guard
    # "Co-star Lena Hart decided to leave … because of a row over pay" is her leaving, not Rob Sims's
    assert not [a for a in engine.ask("why is rob sims leaving mill road").answers if "Lena Hart" in a.text]


def test_a_role_s_holder_is_found_past_a_mood_and_in_the_story_about_the_qualifier(engine) -> None:
    answer = first_answer(engine, "what did the kelbia coach say after the win over dravia")
    assert answer.speaker == "Tam Rees"
    # (asked with no topic: the coach of the story about Kelbia, not one whose story names Kelbia in passing)
    assert first_answer(engine, "what did the kelbia coach say").speaker == "Tam Rees"


def test_the_date_of_the_asked_verb_in_a_sentence_dating_two_events(engine) -> None:
    assert first_answer(engine, "when do norva shares start trading in pellin").text == "10 February"


def test_a_sum_is_shown_with_the_bound_the_text_puts_on_it(engine) -> None:
    assert first_answer(engine, "how much did tam hollis earn on top of his mp's salary").text == "up to £820,000"


def test_who_said_words_a_pronoun_reports_with_a_negated_reason(engine) -> None:
    assert first_answer(engine, "who said younger farmers were leaving the industry").text == "Owen Pryce"


def test_who_said_words_is_the_name_a_description_s_aside_gives(engine) -> None:
    assert first_answer(engine, "who said word of mouth among reading groups had driven sales").text == "Ian Crale"


def test_an_everyday_abbreviation_is_the_word_news_spells_out(engine) -> None:
    answer = first_answer(engine, "what did pellin's vice chancellor say about the chemistry dept")
    assert answer.text.startswith("Vice-chancellor Professor Ruth Oakes said the department was losing")


@pytest.mark.parametrize("question", ["when is salt lines coming out now", "when will salt lines be released"])
def test_a_plan_given_up_is_not_when_it_will_happen(engine, question: str) -> None:
    assert first_answer(engine, question).text == "28 March"


def test_a_reason_said_not_to_be_given_is_no_reason(engine) -> None:
    no_answer(engine, "why did carrow county release ned vaux")
    assert reason_strength("No reason was given for the move.") == 0.0
    assert reason_strength("He gave no reason, but the club said it was because of his form.") == 1.0


def test_a_count_of_jobs_created_does_not_answer_how_many_are_cut(engine) -> None:
    no_answer(engine, "how many jobs is orla motors cutting in kelbia")
    assert first_answer(engine, "how many jobs were created in kelbia in march").text.startswith("14,000")


def test_a_tech_chief_is_the_chief_technology_officer(engine) -> None:
    answer = first_answer(engine, "what did pellnet's tech chief say about the network")
    assert answer.text.startswith("But the firm's chief technology officer, Lena Moss, warned")
