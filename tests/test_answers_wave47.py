"""Questions of news that reports without quoting, read from the tuning sets' failures (wave 47; held46, last wave's
held-out set, is tuning data now) and the helpers' invented quote-less stories.

What failed: "what do analysts expect for the dollar" read "expect" as no verb of speech and "for the dollar" as no
topic, so any analyst answered, on anything; "what did the Morning Ledger say" found nothing it "reported that …", and
"the games developers guild", whose "developers" read as a role, was never looked for as a body; "who said exports were
the main driver of Dravia's growth" found no sentence naming Dravia, which the story names only in its headline and
lead; "who said younger farmers were leaving" read the reason's "not" ("because they could not see a future") as a
denial, and "The firm's publishing director, Ian Crale, said" was shown as the description, not the name; "when is
Pellnet launching the faster 4 megabit servise" had to bear out "faster" cut to "fast"; "when do Norva shares start
trading" took the date nearest the shares; a date "had been due" on, a plan given up, came before the one it "will now"
have; "why was the flanker sin-binned" was not read by "yellow carded … for an offence"; "gave no reason for the
decision" answered why; "how many jobs is Orla Motors cutting" took "14,000 new net jobs were created", or another
firm's cut; "what did the Kelbia coach say" gave another coach's words ("a proud coach Tam Rees" was never found);
"what did Ada Vrell tell journalists" missed "She told reporters …"; a sum lost its bound ("up to £820,000"); "the
chemistry dept", "Pellnet's tech chief".

Two reviews attacked these rules with stories of their own; their cases are the guards at the end (a spokesman's words
given to the minister his aside names, "it was not clear if the plant would close" read as saying it would, another
coach's words for a headline's qualifier, "handed over £2m" as a bound, another player's penalty as the reason, a
paper's report as the body's words, a rival bank's forecast). Rules it broke were narrowed or withdrawn (reading a
why-answer under its story's names; the bonus for the holder whose story names the qualifier). Invented stories,
checked end to end on a real index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

import pytest

from index.answer.question import parse_question
from index.answer.relevance import Concept
from index.answer.roles import role_holders
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

TRIAL = ("Former chief cleared\n\n"
         "Former finance chief Tom Garside has been cleared of fraud.\n\n"
         "Mr Garside's barrister, Nigel Ashdown QC, said outside court that his client had lived under a cloud for "
         "four years.\n")

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

# The review's stories (each broke a first version of a rule above; kept as guards)
REVIEW = {
    "spokes.txt": "Hospital to close\n\nCarrow General is to shut its wards.\n\nA spokesman for the health secretary, "
                  "Ann Lorne, said the hospital would close in June.\n",
    "father.txt": "Soldier killed\n\nA soldier has died in an attack.\n\nThe father of the dead soldier, Private Sam "
                  "Orrin, said his son had died doing the job he loved.\n",
    "surgery.txt": "Singer's wife in hospital\n\nThe singer's wife was hurt in a crash.\n\nDoctors treating his wife, "
                   "Ann Hart, said she was stable after surgery.\n",
    "curfew.txt": "Malley banned\n\nCarrow City banned striker Joe Malley for two matches for breaking a club "
                  "curfew.\n",
    "kept.txt": "Arlen stadium on course\n\nThe new Arlen stadium had been due for completion in March 2008, and "
                "builders now say it will be finished on time.\n",
    "debts.txt": "Council debts\n\nDebts at Pellin council have built up to £2m.\n",
    "rival_chain.txt": "Brenmart sales slump in Pellin\n\nSupermarket chain Brenmart saw sales at its Pellin stores fall "
                       "sharply over Christmas.\n\nAt rival chain Dorra Stores, boss Tim Ashdown said sales would fall "
                       "by 10% this year.\n",
    "tour.txt": "Singer Hart cancels tour\n\nSinger Tom Hart has cancelled his European tour after a car crash.\n\n"
                "The manager of singer Tom Hart, Joe Brill, said the tour would resume in the autumn.\n",
    "unclear.txt": "Plant future in doubt\n\nPlant manager Ines Varo said it was not clear if the Sorn plant would "
                   "close.\n",
    "dividend.txt": "Ostra to list\n\nOstra shares begin trading in Pellin on 10 February, and the firm hopes to start "
                    "paying a dividend in June.\n",
    "gift.txt": "Banker's gift\n\nBanker Sam Delvin has handed over £2m to charity.\n",
    "rask.txt": "Sorn edge Vell\n\nSorn flanker Ado Kip was yellow carded for a late tackle on Vell lock Pol Rask, who "
                "was himself sin-binned minutes later.\n",
    "orme.txt": "Dun United release Orme\n\nDun United have released striker Kit Orme.\n\nThe club gave no reason for "
                "the decision but it is understood to be because of his poor form this season.\n",
    "ballot.txt": "Sorn ballot set\n\nOfficials said the Sorn referendum had been scheduled for 12 June.\n",
    "factory.txt": "Vell Autos cuts\n\nVell Autos said the 450 jobs created at its Arlen factory since 2001 would now "
                   "be cut.\n",
    "times.txt": "Banker leaves\n\nThe Pellin Times reported that Yarrow Bank had asked him to leave after a row over "
                 "pay.\n",
    "rival.txt": "Yarrow Bank profits jump\n\nYarrow Bank has reported a 20% rise in profits.\n\nAnalysts expect rival "
                 "Corra Bank to report a fall in profits next week.\n\nYarrow Bank is expected to announce 200 job "
                 "cuts in the spring.\n",
}

engine = engine_fixture({**REVIEW, "trial.txt": TRIAL, "network.txt": NETWORK, "jobs.txt": JOBS, "released.txt": RELEASED, "album.txt": ALBUM, "chemistry.txt": CHEMISTRY, "dairy.txt": DAIRY, "novel.txt": NOVEL, "earnings.txt": EARNINGS, "listing.txt": LISTING, "win.txt": WIN, "captaincy.txt": CAPTAINCY, "brewer.txt": BREWER, "round_up.txt": ROUND_UP, "match.txt": MATCH, "foundry.txt": FOUNDRY, "rail.txt": RAIL, "band.txt": BAND, "studio.txt": STUDIO,
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


def test_a_role_s_holder_is_found_past_a_mood(engine) -> None:
    # "said a proud coach Tam Rees": his mood is not whose coach he is
    assert "Tam Rees" in [p.name for p in role_holders(engine.snapshot(), "the kelbia coach")]
    assert first_answer(engine, "what did the kelbia coach say about kelbia being back at the top table").speaker \
        == "Tam Rees"


def test_two_holders_found_so_are_named_not_chosen_between(engine) -> None:  # guard
    # the review's case: a bonus for the holder whose story's headline names the qualifier gave the words of a coach
    # that story quotes for the other side; with two holders found only by their stories, the answer names both
    answer = engine.ask("what did the kelbia coach say")
    assert not answer.answers and "Tam Rees" in answer.message and "Jon Bale" in answer.message


def test_the_date_of_the_asked_verb_in_a_sentence_dating_two_events(engine) -> None:
    assert first_answer(engine, "when do norva shares start trading in pellin").text == "10 February"


def test_a_sum_is_shown_with_the_bound_the_text_puts_on_it(engine) -> None:
    assert first_answer(engine, "how much did tam hollis earn on top of his mp's salary").text == "up to £820,000"


def test_who_said_words_a_pronoun_reports_with_a_negated_reason(engine) -> None:
    assert first_answer(engine, "who said younger farmers were leaving the industry").text == "Owen Pryce"


def test_who_said_words_is_the_name_a_description_s_aside_gives(engine) -> None:
    assert first_answer(engine, "who said word of mouth among reading groups had driven sales").text == "Ian Crale"
    assert first_answer(engine, "who said garside had been living under a cloud").text.startswith("Nigel Ashdown")


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


@pytest.mark.parametrize(("question", "never"), [
    ("who said the hospital would close in june", "Ann Lorne"),  # the spokesman's, not the health secretary's
    ("who said his son had died doing the job he loved", "Sam Orrin"),  # the father's, not the dead soldier's
    ("who said ann hart was stable after surgery", "Ann Hart"),  # her doctors' words
    ("who said brenmart sales would fall", "Tim Ashdown"),  # he spoke of his own chain, Dorra Stores
    ("who said the sorn plant would close", "Ines Varo"),  # "it was not clear if …" says no such thing
    ("when will ostra shares start trading in pellin", "June"),  # the dividend's date
    ("how much did sam delvin give to charity", "over £2m"),  # "handed over" is the verb
    ("how much debt does pellin council have", "up to £2m"),  # "built up to" is the verb
    ("why was pol rask sin-binned", "late tackle"),  # Ado Kip's penalty
    ("what do analysts expect for yarrow bank", "Corra Bank"),  # another bank
])
def test_the_review_s_cases_give_no_wrong_answer(engine, question: str, never: str) -> None:  # guard (review)
    # (what is shown as the answer: the name, the date or the sum; a sentence shown whole is never given as a
    # description's words)
    assert not [a for a in engine.ask(question).answers
                if never in f"{a.speaker} {a.text if a.text != a.quote else ''}" or never in a.text and a.speaker_description]


@pytest.mark.parametrize(("question", "start"), [
    ("why did dun united release kit orme", "The club gave no reason for the decision but it is understood"),
    ("when will the sorn referendum take place", "12 June"),
    ("how many jobs will be cut at the arlen factory", "450 jobs"),
    ("why was joe malley banned", "Carrow City banned striker Joe Malley"),  # the banned one is the verb's object
    ("when will the arlen stadium be completed", "March 2008"),  # a plan kept ("now say it will be finished on time")
])
def test_the_review_s_cases_keep_their_right_answers(engine, question: str, start: str) -> None:  # guard (review)
    assert first_answer(engine, question).text.startswith(start)


def test_a_paper_s_report_of_a_body_is_not_what_the_body_said(engine) -> None:  # guard (review)
    # "The Pellin Times reported that Yarrow Bank had asked him to leave": the paper's report, of the bank
    assert not [a for a in engine.ask("what did yarrow bank say").answers if "Pellin Times" in a.quote]


def test_a_name_after_of_and_a_role_is_whom_the_sayer_works_for(engine) -> None:  # guard (review)
    # "The manager of singer Tom Hart, Joe Brill, said …": the manager's words, never Tom Hart's
    assert [a.text for a in engine.ask("who said the tour would resume in the autumn").answers] \
        == ["the manager of singer Tom Hart"]


def test_a_forecast_nobody_described_makes_is_what_the_sources_say_is_expected(engine) -> None:  # guard (review)
    # no analyst forecasts Yarrow Bank's results: what the story says is expected answers, as a search finds it,
    # under no description ("analysts" were never said to expect it)
    answer = first_answer(engine, "what do analysts expect from yarrow bank's results")
    assert answer.text.startswith("Yarrow Bank is expected to announce 200 job cuts") and not answer.speaker_description
