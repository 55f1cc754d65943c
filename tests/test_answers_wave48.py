"""Questions of news that reports without quoting, read from the tuning sets' failures (wave 48; held47, last wave's
held-out set, is tuning data now) and the helpers' invented quote-less stories.

What failed: "She told BBC News that …" and "She told delegates at the Consumer Electronics Forum …" were never read
as the woman named before them, because the sentence "names someone in full" (an outlet or a forum written in two
capitalised words is where the words went, not who spoke); "Red Kite's founder and chairman, Gareth Pryce, said …"
named nobody, because "Red" ends like a participle ("Asked", "Speaking"), so the "He told a news conference …" after
it pointed back to no one; "The company's managing director, Lowenna Trevanion, said …" named nobody either, because
"Lowenna" is no given name the list knows; "tell shareholders at the agm" never met "told shareholders at the annual
meeting"; "what did the composer of Moonlight Harbour say" found nobody, because "The show's composer, Lucy Fenn,"
was read as another show's composer (the story's lead opens on Moonlight Harbour); "when was Trevanion Cider set up" never met "which was founded by her grandfather in 1952";
"McAllister said he would name a replacement on Friday" held too little of "when will the Scotland coach name Reid's
replacement", its surname pointing back to "Scotland coach Ross McAllister" as "He" would; "when do the new rules
start" never met "due to come into force in August 2005"; "what did Recell's finance director say" was answered by
"Its regional officer, Carol Whitlam, told the BBC …" (a sentence naming its own sayer by another role), and "what did
the Harrowby Echo say" by "He told the Harrowby Echo that …" (what it was told); "what did Tom Reade tell the Daily
Post" never read "He told the Daily Post that …", a post being also something written; of a chairman's reports in a
story on the topic, the one naming the topic came after the others ("what did the Eastmoor chairman say about Gary
Hughes"); "who said
this is the ninth Carrey film to make $100m" never read "…, according to Exhibitor Relations" as whose account it was; "why did he nearly turn down his part" never met "had
almost turned the role down because …".

A review attacked these rules with stories of its own; its cases are the guards at the end (a participle before a
capitalised object read as a name, "He told BBC Radio Cornwall …" after a sentence naming a second man, a role word
typed with a slip that is another word, "The show's composer" after a sentence naming another show, a surname one of
two people named before it, a collection "created by" a painter read as the trust's founding). The rule for role words
typed with a slip ("directer") was withdrawn: "diver", "waiter", "major" and "winner" are words of their own. A second
review's cases are guards too ("It is not true that …, according to …", "figures released last Tuesday", a critic who
"told the Daily Post" of a chef, "The firm's finance chief" for the boss, "Preston North End" as a person, "set up the
firm's shop", "Jago's was founded"); two rules it broke were withdrawn: "A spokesman for the company" read as the body
the lead opens on (the sentence before may name another), and "which theatre …" answered by the story's other sentence
naming one (another show's theatre, a player's former club).

Invented stories, checked end to end on a real index; each fails on the code before the change unless marked as a
guard.
"""

from __future__ import annotations

import pytest

from index.answer.frames import _sentence_speaker
from tests.conftest import engine_fixture, first_answer, no_answer

FILM = ("British comedy tops US box office\n\n"
        "Low-budget comedy The Marrow Men has topped the North American box office.\n\n"
        "Ms Tarrant, who made the film in six weeks, said she had been astonished by its success. She told BBC News "
        "that American audiences seemed to enjoy its gentle humour.\n\n"
        "The film was directed by newcomer Ilsa Tarrant.\n")

BUSES = ("Welsh bus firm agrees takeover\n\n"
         "Red Kite Buses, which runs services across mid Wales, has agreed to be bought by a larger rival.\n\n"
         "Red Kite's founder and chairman, Gareth Pryce, said on Monday that the deal would secure the future of the "
         "company's staff. He told a news conference in Newtown that the firm needed new investment to replace an "
         "ageing fleet.\n")

GADGET = ("Pocket TV unveiled\n\n"
          "Fenland Devices has unveiled a pocket television.\n\n"
          "The firm's chief technology officer, Dr Priya Nandha, said the device could play five hours of television "
          "on one charge. She told delegates at the Consumer Electronics Forum in Birmingham on Wednesday that the "
          "screen had been designed to be read in bright sunlight.\n")

CIDER = ("Cider maker to sell in US\n\n"
         "Trevanion Cider is to start selling its drinks in the United States.\n\n"
         "The company's managing director, Lowenna Trevanion, said the agreement could be worth £1.5m a year. She told "
         "the Cornish Gazette that the firm had spent three years trying to break into the American market.\n")

WEAVERS = ("Weavers return to profit\n\n"
           "Ettrick Mills has returned to profit.\n\n"
           "Chief executive Alasdair Munro said the recovery was due to a move into luxury cloth. He told shareholders "
           "at the annual meeting in Galashiels on Thursday that the firm would take on 60 more weavers this year.\n")

MUSICAL = ("West End musical to close early\n\n"
           "The West End musical Moonlight Harbour is to close in March, eight months after it opened.\n\n"
           "The show's composer, Lucy Fenn, said she hoped it would tour the UK next year.\n")

AIRLINE = ("Skyline Atlantic profits soar\n\n"
           "Budget airline Skyline Atlantic has reported a 38% jump in annual profits.\n\n"
           "The airline's commercial director, Helen Crane, said bookings for the winter were 15% higher.\n")

# a lead naming two bodies: "the company" may be either, and the lead is about the buyer
DAIRIES = ("Alder Foods to buy Brenmoor\n\n"
           "Alder Foods has agreed to buy rival Brenmoor Dairies for £20m.\n\n"
           "The company's spokesman, Tom Reade, said the deal would create the largest dairy group.\n")

CIDER_FIRM = ("Cider maker looks west\n\n"
              "Kernow Cider is to start selling its drinks in the United States.\n\n"
              "Kernow, which was founded by her grandfather in 1952, already exports to Germany and Sweden.\n")

LABEL = ("Wilson launches new label\n\n"
         "Tony Wilson, the music mogul who established Factory Records in the 1980s, is to launch a new label.\n\n"
         "Rap act Raw T has signed to his F4 label.\n")

RUGBY = ("Scotland lose Reid for Ireland game\n\n"
         "Scotland lock Jim Reid will miss the rest of the Six Nations with a broken arm.\n\n"
         "Scotland coach Ross McAllister said losing Reid was a massive blow. McAllister said he would name a "
         "replacement on Friday, ahead of Saturday's match against Ireland.\n")

RECYCLING = ("Phone recycling firm expands\n\n"
             "Recell, which recycles old mobile phones, is to open a second plant.\n\n"
             "New European rules, due to come into force in August 2005, will require makers to pay for the recycling "
             "of electronic goods.\n")

SEVENS = ("Amor named player of the year\n\n"
          "Simon Amor, who will captain England in this season's opening IRB Sevens tournament, the Dubai Sevens, "
          "which start on Thursday, was delighted with his award.\n")

TENNIS = ("Dokic out of Australian Open\n\n"
          "Jelena Dokic has pulled out of the Australian Open with a wrist injury.\n")

RECYCLER = ("Recycling plant to close\n\n"
            "Phone recycler Recell is to close its plant in Leeds.\n\n"
            "The union Amicus said it would fight the closure. Its regional officer, Carol Whitlam, told the BBC that "
            "the firm had made a profit of £1.8m last year.\n")

CLUB = ("Harrowby name new manager\n\n"
        "Harrowby Town have appointed Steve Whitacre as manager.\n\n"
        "Chairman Roy Fenton said Whitacre had been chosen from a shortlist of four. He told the Harrowby Echo that "
        "the new manager understood the club better than anyone.\n")

RESEARCH = ("Shops cut prices early\n\n"
            "Retailers have started cutting prices in the new year sales.\n\n"
            "Kelby Bank Securities said it still felt very early to be cutting prices of spring clothes.\n")

GROCER = ("Grocer sales rise\n\n"
          "Acme Foods has reported higher sales.\n\n"
          "The firm's chief executive, Tom Reade, said sales rose in every region. He told the Daily Post that profits "
          "would double.\n")

SACKED = ("Eastmoor sack manager Hughes\n\n"
          "Eastmoor Rovers have sacked manager Gary Hughes after a 4-0 home defeat.\n\n"
          "Rovers chairman Brian Tolley said the board had acted to give the club the best chance of staying up. Mr "
          "Tolley said Hughes had been a loyal servant but results had not been good enough.\n")



BOX_OFFICE = ("Comedy tops US box office\n\n"
              "Comedy Pet Detective 3 has topped the US box office.\n\n"
              "It is also the ninth Jon Carver film to hit the $100m mark, according to Exhibitor Relations.\n\n"
              "The Vale cinema in Leeds will not close, according to its owners.\n")

# The review's stories (each broke a first version of a rule above; kept as guards)
REVIEW = {
    "denied.txt": "Factory closure rumours dismissed\n\nWorkers at the Pellbridge plant have been told their jobs are "
                  "safe.\n\nIt is not true that the factory will close next year, according to union organiser Gareth "
                  "Pengelly.\n",
    "figures.txt": "House prices rise in Cornwall\n\nHouse prices in Cornwall rose by 7% in the year to March, according "
                   "to figures released last Tuesday.\n\nSales of school uniforms rose by 12% in August, according to "
                   "retailer Marks and Spencer.\n",
    "chef.txt": "Chef opens second restaurant\n\nChef Jory Penhallow has opened a second restaurant in Falmouth.\n\nFood "
                "critic Sarah Lusk, who reviewed Penhallow's first restaurant, told the Daily Post it was the best meal "
                "she had eaten in Cornwall.\n",
    "slump.txt": "Recell profits slump\n\nMobile phone recycler Recell has reported a 40% fall in annual profits.\n\nThe "
                 "firm's finance chief, Gemma Scoble, said: \"Demand from Asia has collapsed and prices have followed.\"\n\n"
                 "Chief executive Owen Treloar will present the results to shareholders on Friday.\n",
    "preston.txt": "Hale hails Rovers display\n\nRovers manager Tom Hale praised his players after a 2-0 win over Preston "
                   "North End on Saturday.\n\nHe told reporters the result would give the squad belief.\n",
    "shop.txt": "Cider maker celebrates\n\nThe Kernow cider firm, which employs 60 people near Truro, is celebrating a "
                "record year.\n\nManaging director Lowena Kernow took over the business from her father in 1998. She set "
                "up the firm's shop in Truro in 2004.\n\nThe company was founded by her grandfather in 1952.\n",
    "bakery.txt": "Family bakery to close\n\nJago's, the family bakery in Camborne, is to close next month.\n\nJago's was "
                  "founded in 1921 by Samuel Jago.\n",
    "stand.txt": "Rovers to build new stand\n\nPenrose Rovers have announced plans for a new stand.\n\nChairman Huw "
                 "Pellow spoke at the club's annual dinner on Friday. Praising Tom Reade for his first season as manager "
                 "he thanked the fans for their patience. He said the club would build a new 3,000-seat stand next "
                 "year.\n\nReade, 44, joined the club from Bodmin Town in June.\n",
    "sacking.txt": "Rovers sack manager\n\nPenrose Rovers have sacked their manager after seven defeats.\n\nRovers "
                   "chairman Huw Pellow dismissed Gary Maddern on Monday morning. He told BBC Radio Cornwall that he had "
                   "been given no warning and had found out from a text message.\n",
    "flood.txt": "Council apologises to flood victim\n\nA council has apologised to a woman whose home flooded three "
                 "times.\n\nCouncil leader Ann Carne has written to Mair Hosking, 81, to apologise for delays. She told "
                 "the Cornish Gazette that she had lost almost everything she owned.\n",
    "diver.txt": "Lorry recovered from estuary\n\nA lorry that plunged into the Fal estuary has been recovered by police "
                 "divers.\n\nThe driver, Gary Maddern, 51, escaped through a window. \"I honestly thought I was going "
                 "to die,\" Mr Maddern said.\n\nPolice diver Sgt Helen Pascoe said visibility in the water had been "
                 "almost zero.\n",
    "copper.txt": "Harbour Nights to close after ten years\n\nThe West End musical Harbour Nights is to close in "
                  "September after ten years.\n\nIt will be replaced by Copper Sky, a new musical about tin miners. The "
                  "show's composer, Ellis Varne, said he had dreamed of bringing it to London.\n",
    "squads.txt": "Scotland and Wales sweat on injuries\n\nScotland and Wales both have injury worries.\n\nScotland "
                  "coach Ross Allan is waiting on scans on his captain's knee, while Wales coach Tom Reade is without "
                  "two forwards for the game in Cardiff. Reade said he would announce his squad on Thursday.\n",
    "museum.txt": "Penrose museum to close for repairs\n\nA small museum in Penrose is to close for a year while its "
                  "roof is replaced.\n\nThe museum is run by a charity which relies on volunteers. The Penrose Trust's "
                  "art collection, created by the painter Ellis Varne in 1962, will be moved to Truro while the work is "
                  "done.\n\nThe trust hopes to reopen the museum next summer.\n",
}


ACTOR = ("British comedy tops box office\n\n"
         "Low-budget comedy The Plot has topped the North American box office.\n\n"
         "Veteran actor Bernard Oakes, 74, said it was the biggest hit of his career. He said he had almost turned "
         "the role down because he thought nobody would want to watch a film about vegetables.\n")

engine = engine_fixture({"actor.txt": ACTOR, **REVIEW, "box_office.txt": BOX_OFFICE, "sacked.txt": SACKED, "grocer.txt": GROCER, "recycler.txt": RECYCLER, "club.txt": CLUB, "research.txt": RESEARCH,
                         "cider_firm.txt": CIDER_FIRM, "label.txt": LABEL, "rugby.txt": RUGBY,
                         "recycling.txt": RECYCLING, "sevens.txt": SEVENS, "tennis.txt": TENNIS, "musical.txt": MUSICAL, "airline.txt": AIRLINE, "dairies.txt": DAIRIES, "film.txt": FILM, "buses.txt": BUSES, "gadget.txt": GADGET, "cider.txt": CIDER,
                         "weavers.txt": WEAVERS})


@pytest.mark.parametrize(("question", "start"), [
    ("what did ilsa tarrant tell bbc news about american audiences", "She told BBC News that American audiences"),
    ("what did priya nandha tell the consumer electronics forum in birmingham", "She told delegates at the Consumer"),
    ("what did gareth pryce tell the news conference in newtown", "He told a news conference in Newtown"),
    ("what did lowena trevanion tell the cornish gazete", "She told the Cornish Gazette"),
    ("what did alasdair munro tell shareholders at the agm", "He told shareholders at the annual meeting"),
])
def test_she_told_an_outlet_or_a_forum_is_the_woman_named_before(engine, question: str, start: str) -> None:
    answer = first_answer(engine, question)
    assert answer.text.startswith(start)
    assert answer.speaker is None  # what the sources report of them, never shown as their quoted words


@pytest.mark.parametrize(("sentence", "who"), [
    ("Red Kite's founder and chairman, Gareth Pryce, said on Monday that the deal was good. ", "Gareth Pryce"),
    ("Manning said the plan was wrong. ", "Manning"),
    ("The company's managing director, Lowenna Trevanion, said the deal was good. ", "Lowenna Trevanion"),
    # guards: a participle still opens a clause before the subject; a title with no name set off names nobody
    ("Speaking to the BBC, Mr Kennedy said it. ", "Mr Kennedy"),
    ("Asked whether it was realistic, he said no. ", "he"),
    ("Opened in 1990, the plant said it would shut. ", None),
])
def test_whom_a_sentence_is_about(sentence: str, who: str | None) -> None:
    assert _sentence_speaker(sentence, 0, len(sentence)) == who


@pytest.mark.parametrize(("question", "start"), [
    ("what did the composer of moonlight harbour say about a tour", "The show's composer, Lucy Fenn, said"),
    ("what did the comercial director of skyline atlantic say about winter bookings", "The airline's commercial"),
])
def test_a_role_the_story_owns_by_a_common_noun(engine, question: str, start: str) -> None:
    answer = first_answer(engine, question)
    assert answer.text.startswith(start)
    assert answer.speaker is None


def test_the_company_s_spokesman_in_a_story_about_another_body_is_not_the_asked_one_s(engine) -> None:  # guard
    answer = engine.ask("what did the spokesman for brenmoor dairies say about the deal")
    assert "Tom Reade" not in (answer.message or "")  # never "The sources name Tom Reade as …"
    assert not any(a.speaker for a in answer.answers)
    assert "Tom Reade" in (engine.ask("what did the spokesman for alder foods say").message or "")


@pytest.mark.parametrize(("question", "date"), [
    ("when was kernow cider set up", "1952"),
    ("when was kernow cider established", "1952"),
    ("when will the scotland coach name reid's replacement", "Friday"),
    ("when do the new european rules on recycling electronics start", "August 2005"),
])
def test_a_date_told_in_the_text_s_own_words(engine, question: str, date: str) -> None:
    assert first_answer(engine, question).text == date


@pytest.mark.parametrize("question", [
    "when did tony wilson set up his f4 label",  # Factory Records was founded in the 1980s, not F4
    "when does the australian open start",  # "which starts on Thursday" is another tournament's start
])
def test_another_thing_s_founding_or_start_is_no_date(engine, question: str) -> None:  # guards
    no_answer(engine, question)


@pytest.mark.parametrize("question", [
    "what did recell's finance director say about the company's profits last year",
    "what did the harrowby echo say about the new manager",
])
def test_words_of_another_sayer_or_told_to_the_asked_body_are_not_its(engine, question: str) -> None:
    no_answer(engine, question)


def test_a_body_named_as_the_sayer_of_its_research_still_answers(engine) -> None:  # guard
    answer = first_answer(engine, "what did kelby bank securities' research say about cutting prices")
    assert answer.text.startswith("Kelby Bank Securities said it still felt very early")


def test_what_someone_told_a_paper_is_found_though_a_post_is_also_written(engine) -> None:
    answer = first_answer(engine, "what did tom reade tell the daily post")
    assert answer.text.startswith("He told the Daily Post that profits would double")
    assert answer.speaker is None


def test_of_a_person_s_reports_in_a_story_on_the_topic_the_one_naming_it_comes_first(engine) -> None:
    answer = first_answer(engine, "what did the eastmoor rovers chairman say about gary hughes")
    assert answer.text.startswith("Mr Tolley said Hughes had been a loyal servant")


def test_according_to_ending_a_sentence_names_whose_account_it_is(engine) -> None:
    answer = first_answer(engine, "who said this is the ninth jon carver film to make $100m")
    assert answer.text == "Exhibitor Relations" and answer.speaker is None


def test_according_to_a_denial_is_no_account_of_the_asked_words(engine) -> None:  # guard
    no_answer(engine, "who said the vale cinema in leeds will close")


@pytest.mark.parametrize("question", [
    "what did tom reade say about the stand",  # "Praising Tom Reade …": the chairman's words
    "what did huw pellow tell bbc radio cornwall",  # the sacked manager was given no warning
    "what did ann carne tell the cornish gazette",  # the flood victim lost everything
    "what did the composer of harbour nights say",  # Copper Sky's composer
    "when will ross allan announce his squad for cardiff",  # Reade's squad
    "when was the penrose trust set up",  # the collection was created in 1962
])
def test_the_review_s_cases_get_no_answer(engine, question: str) -> None:  # guards
    answer = engine.ask(question)
    assert not answer.answers or not any(a.speaker for a in answer.answers), [a.text for a in answer.answers]
    assert not [a.text for a in answer.answers if a.text in ("Thursday", "1962") or "3,000-seat" in a.text
                or "no warning" in a.text or "Varne" in a.text or "lost almost" in a.text]


def test_a_role_word_that_is_a_word_of_its_own_is_not_another_role(engine) -> None:  # guard
    answer = first_answer(engine, "what did the police diver say")
    assert answer.text.startswith("Police diver Sgt Helen Pascoe said visibility")


def test_nearly_is_almost_and_an_actor_s_part_is_a_role(engine) -> None:
    answer = first_answer(engine, "why did bernard oakes nearly turn down his part in the plot")
    assert answer.text.startswith("He said he had almost turned the role down because")


@pytest.mark.parametrize("question", [
    "who said the factory will close next year",  # "It is not true that …, according to …"
    "who said house prices in cornwall rose by 7%",  # "according to figures released last Tuesday": nobody named
    "what did jory penhallow tell the daily post",  # the critic told it, of him
])
def test_the_second_review_s_cases_get_no_answer(engine, question: str) -> None:  # guards
    answer = engine.ask(question)
    assert not [a.text for a in answer.answers if a.text in ("Gareth Pengelly", "Tuesday.", "Tuesday")
                or "best meal" in a.text], [a.text for a in answer.answers]


@pytest.mark.parametrize(("question", "start"), [
    ("who said sales of school uniforms rose", "Marks and Spencer"),
    ("what did tom hale tell reporters", "He told reporters the result would give the squad belief"),
    ("when was the kernow cider firm founded", "1952"),
    ("when was jago's founded", "1921"),
])
def test_the_second_review_s_cases_answer_right(engine, question: str, start: str) -> None:  # guards
    assert first_answer(engine, question).text.startswith(start)


def test_a_finance_chief_is_not_the_boss(engine) -> None:  # guard
    answer = engine.ask("what did recell's boss say")
    assert not any(a.speaker == "Gemma Scoble" for a in answer.answers)
