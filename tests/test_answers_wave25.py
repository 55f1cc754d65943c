"""Who wrote a work (issue 9, authorship), wave 25: the writer behind a role noun or an initial, a script and a body's
report.

Fresh news credits works as "the novel of the same name written by journalist S Hussain Zaidi", "adapted from Lee
Hall's script" and "according to a TUC report". Before, each was "the sources don't say who wrote that": the role
noun and the one-letter initial stopped the "written by" reading, a script was no kind of work, and a report named
by the body before it had no maker. Invented stories, real indexes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import engine_on, index_over

FILM = """Dunmore Nights film delayed

The release of the film Dunmore Nights has been put back by a court in Kelby.

Dunmore Nights is based upon the novel of the same name written by journalist R Tomas Varley. The film was directed by Jo Hale.
"""

MUSICAL = """Harbour Lights musical opens

The stage version of Harbour Lights opens in Kelby next month.

Hale directed the successful film version of Harbour Lights, adapted from Piet Kessler's script. The musical has new songs.
"""

REPORT = """Job cuts a false economy

Plans to shed 30,000 council jobs will prove to be a "false economy", according to a Kelby Workers Union report.

The union said services would suffer. Councils say the cuts are needed.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave25"), {"film.txt": FILM, "musical.txt": MUSICAL,
                                                         "report.txt": REPORT})


@pytest.mark.parametrize(("question", "writer"), [
    ("who wrote the book dunmore nights is based on", "Tomas Varley"),
    ("who wrote the script for the harbour lights film", "Piet Kessler"),
    ("who wrote the report calling council job cuts a false economy", "Kelby Workers Union"),
])
def test_who_wrote_names_the_writer_the_text_credits(index: Path, question: str, writer: str) -> None:
    with engine_on(index) as engine:
        answer = engine.ask(question)
    assert answer.answers, answer.message
    first = answer.answers[0]
    assert writer in first.text  # the short answer is the writer; the quote is the text's own sentence saying so
    assert first.quote in FILM + MUSICAL + REPORT


def test_the_director_is_not_the_writer(index: Path) -> None:
    with engine_on(index) as engine:
        answer = engine.ask("who wrote the book dunmore nights is based on")
    assert answer.answers and all("Hale" not in a.text for a in answer.answers)


FIRM = """Kelby profits rise

Indian software firm Kelby Systems has reported a rise in profits, but staff turnover remains high.

About 20% of staff left last year. "We have to get that under control," said vice-chairman Jo Hale. "Kelby is a strong buy," said analyst Tom Price of Dunmore Securities.
"""


@pytest.mark.parametrize("question", ["what did kelby's vice-chairman say about staff turnover",
                                      "what did the kelby vice-chairman say about staff"])
def test_a_firm_s_hyphened_role_is_the_person_the_text_gives_it(tmp_path: Path, question: str) -> None:
    # the "vice-" glued to "chairman" was read as a rival qualifier ("the company's spokesman" is not the
    # government's), so nobody was "called" Kelby's vice-chairman
    with engine_on(index_over(tmp_path, {"firm.txt": FIRM})) as engine:
        answer = engine.ask(question)
    assert answer.answers, answer.message
    assert answer.answers[0].speaker == "Jo Hale" and answer.answers[0].text in FIRM


TRIAL = """Sprinter sues drugs boss

Sprinter Mary Hale is suing Tomas Varley for $25m after he accused her of taking drugs.

Hale has never failed a test. Varley was indicted in February on drug charges.

Meanwhile, Varley, who has been charged along with three other men of distributing illegal steroids, is due to face trial in March.
"""


def test_going_on_trial_is_facing_trial(tmp_path: Path) -> None:
    # "go" is a light verb before the event's noun: the text writes "face trial"; before, "go" was a word the
    # sentence had to cover, and the answer was "the sources don't give a date for that"
    with engine_on(index_over(tmp_path, {"trial.txt": TRIAL})) as engine:
        answer = engine.ask("when does tomas varley go on trial")
    assert answer.answers and answer.answers[0].text == "March"


RECESSION = """Dunmore slips into recession

Dunmore's economy has slipped back into recession after shrinking for a second quarter.

The economy contracted by 0.1% in the three months to December. The fall reflects weak exports and a slowdown in consumer spending. Economists had expected growth.
"""

CUTS = """Kelby Herald to cut 90 jobs

The Kelby Herald newspapers are to cut 90 journalist jobs over the next year.

The Herald Group says the cuts are needed to fund a £150m investment in new printing presses. Unions have threatened to strike.
"""


@pytest.mark.parametrize(("question", "reason"), [
    # what a fall "reflects" is its cause; before, the answer was the sentence telling the event itself
    ("why did dunmore's economy slip back into recession", "The fall reflects weak exports"),
])
def test_why_answers_with_the_sentence_carrying_the_cause(tmp_path: Path, question: str, reason: str) -> None:
    with engine_on(index_over(tmp_path, {"recession.txt": RECESSION, "cuts.txt": CUTS})) as engine:
        answer = engine.ask(question)
    assert answer.answers, answer.message
    assert reason in answer.answers[0].text and answer.answers[0].text in RECESSION + CUTS


CASINOS = """Casino plans scaled back

The culture secretary has announced plans to limit the number of new casinos in Dunmore to 24.

It puts an end to plans for up to 40 super casinos. Instead there will be a cap of eight new casinos in each size category.
"""

SUIT = """Sprinter sues drugs boss

Sprinter Mary Hale is suing Tomas Varley after he accused her of taking drugs.

"Tomas Varley is a man facing a 42-count federal indictment," her lawyer said. She is seeking $25m (£13m) in the suit.
"""


def test_the_number_of_the_asked_noun_is_its_count(tmp_path: Path) -> None:
    # "limit the number of new casinos … to 24": before, the count was the "eight new casinos" of one category
    with engine_on(index_over(tmp_path, {"casinos.txt": CASINOS})) as engine:
        answer = engine.ask("how many new casinos will be allowed in dunmore")
    assert answer.answers and answer.answers[0].text == "24" and answer.answers[0].quote in CASINOS


def test_how_much_someone_is_suing_for_is_a_sum_of_money_or_nothing(tmp_path: Path) -> None:
    # "how much … suing" asks money: a "42-count" indictment is no answer (before, it was the answer)
    with engine_on(index_over(tmp_path, {"suit.txt": SUIT})) as engine:
        answer = engine.ask("how much is mary hale suing tomas varley for")
    assert all("42" not in a.text for a in answer.answers)
    assert all(a.text.startswith(("$", "£")) for a in answer.answers)


VAGUE = """Job cuts 'a false economy'

Plans to shed 52,000 council jobs will prove to be a "false economy" that could hamper public sector reforms, according to a union report.

The report says the cuts will leave councils short of skilled staff. The union's general secretary Jo Hale said: "They may shoot a rival's fox, but cutting thousands of council jobs will hit the morale and capabilities of the public servants expected to implement the reforms."
"""


def test_a_figure_outranks_thousands_of(tmp_path: Path) -> None:
    # "thousands of council jobs" counts the jobs too, but says less than "52,000 council jobs"; before, the quotation
    # holding it covered the question's "cut" and answered first
    with engine_on(index_over(tmp_path, {"vague.txt": VAGUE})) as engine:
        answer = engine.ask("how many council jobs are being cut")
    assert answer.answers and answer.answers[0].text == "52,000 council jobs"


BLOGGERS = """Bloggers call for day of action

A campaign group is calling on bloggers to mark a day for two jailed writers.

"If you have a blog, the least you could do is put nothing on that blog except the day's name," said Mr Hale. "I hope this day will focus people," Jo Hale, director of the Committee, told the BBC News website. "That alone will shine some light on the situation," he added.
"""


def test_the_words_told_to_a_website_come_first(tmp_path: Path) -> None:
    # a website is a medium ("what did X write on his website"), but "tell the BBC News website" names whom the
    # words were told: before, the words said elsewhere, which covered the topic better, came first
    with engine_on(index_over(tmp_path, {"bloggers.txt": BLOGGERS})) as engine:
        answer = engine.ask("what did jo hale tell the bbc news website about the blogger day")
    assert answer.answers and answer.answers[0].text.startswith("I hope this day will focus people")
    assert len(answer.answers) >= 2  # the words said elsewhere still answer, after them


ACRONYM = """Cuts 'a false economy'

Plans to shed 30,000 council jobs will prove to be a "false economy", according to a KWU report.

The union said services would suffer.
"""


def test_a_body_s_acronym_before_report_is_its_writer(tmp_path: Path) -> None:
    # "according to a KWU report": one word in capitals is a body's whole name; before, a single word had to be a
    # surname the source completes or a speaker quoted under it, and the answer was "the sources don't say"
    with engine_on(index_over(tmp_path, {"acronym.txt": ACRONYM})) as engine:
        answer = engine.ask("who wrote the report calling council job cuts a false economy")
    assert answer.answers and answer.answers[0].text == "KWU" and answer.answers[0].quote in ACRONYM


BLASTS = """Film on Dunmore blasts delayed

The release of a film about the Dunmore blasts in 1993 has been postponed following protests by those on trial for the bombings.

The trial has been running for the last nine years. The film will now open on 3 February.
"""

AWARDS = """Hale and Varley win awards

Olympic stars Tom Hale and Jo Varley have been named the winners of the 2004 Kelby Owens Awards.

Established in 1981, the Kelby Owens Awards - named in honour of the late athlete who won four gold medals at the 1936 Berlin Games - are presented annually. The awards will be presented on 3 December in New York.
"""


def test_a_future_question_takes_no_past_year_from_a_sentence_that_looks_nowhere_ahead(tmp_path: Path) -> None:
    # "blasts in 1993 has been postponed" dates the blasts; the trial's end is given nowhere: before, "1993"
    with engine_on(index_over(tmp_path, {"blasts.txt": BLASTS})) as engine:
        answer = engine.ask("when will the dunmore bombings trial end")
    assert all("1993" not in a.text for a in answer.answers)


def test_a_date_in_an_aside_between_dashes_dates_the_aside(tmp_path: Path) -> None:
    # "- … won four gold medals at the 1936 Berlin Games -" is about the athlete; before, "1936" answered when
    # the awards will be presented
    with engine_on(index_over(tmp_path, {"awards.txt": AWARDS})) as engine:
        presented = engine.ask("when will the kelby owens awards be presented")
        established = engine.ask("when were the kelby owens awards established")
    assert presented.answers and presented.answers[0].text == "3 December"
    assert established.answers and established.answers[0].text == "1981"


def test_an_aside_telling_the_asked_event_still_dates_it(tmp_path: Path) -> None:
    story = ("Kelby bank chief to go\n\nDr Tomas Varley - who became chairman of the Kelby Reserve for a fifth term in "
             "June 2004 - will step down in January next year.\n")
    with engine_on(index_over(tmp_path, {"chief.txt": story})) as engine:
        answer = engine.ask("when did varley begin his fifth term as kelby reserve chairman")
    assert answer.answers and answer.answers[0].text == "June 2004"


PROFITS = """Kelby Motors profits jump

Strong sales outside western Europe helped Kelby Motors boost its profits by more than 40% in 2004.

The firm said strong demand outside western Europe and the good performance of its Vega range lifted its results. Shares rose 2%.
"""


def test_what_helped_a_firm_boost_its_profits_is_why_they_rose(tmp_path: Path) -> None:
    # "X helped Y boost its profits", "X lifted its results": the subject is the cause; before, "not covered"
    with engine_on(index_over(tmp_path, {"profits.txt": PROFITS})) as engine:
        answer = engine.ask("why did kelby motors' profits go up so much")
    assert answer.answers and answer.answers[0].text in PROFITS
    assert "helped Kelby Motors boost" in answer.answers[0].text or "lifted its results" in answer.answers[0].text


def test_necessary_to_a_noun_is_no_purpose(tmp_path: Path) -> None:
    # "needed to fund …" gives a purpose; "necessary to the delivery of services" only says what something serves
    story = ("Fast lines for Kelby\n\nBroadband use in Kelby has grown fast over the past year, figures show.\n\n"
             "Super-fast broadband will be necessary to the delivery of services such as high-definition TV, the "
             "regulator said.\n")
    with engine_on(index_over(tmp_path, {"lines.txt": story})) as engine:
        answer = engine.ask("why has broadband use in kelby grown so fast")
    assert not answer.answers


VICTORY = """Kessler eases through

Tom Kessler saw off Jo Varley 6-1 7-6 in the Dunmore Open.

Kessler was delighted with victory over Varley in his first match for over two months. "I felt pretty good," said the American. "I liked the way the match played out."
"""


def test_a_win_asked_is_a_victory_written(tmp_path: Path) -> None:
    # the paragraph sets the words up as being about "victory over Varley"; before, "his win over varley" was a
    # topic Kessler was "quoted, but not about"
    with engine_on(index_over(tmp_path, {"victory.txt": VICTORY})) as engine:
        answer = engine.ask("what did kessler say about his win over varley")
    assert answer.answers and answer.answers[0].speaker == "Tom Kessler"
    assert answer.answers[0].text.startswith("I felt pretty good")


FILM_SINS = """Church anger over Kelby film

Church groups in Kelby have demanded the withdrawal of a film that shows a priest in love with a young woman.

Television channels are refusing to run adverts for the film, Vows, ahead of its release on Friday. The director of the film, Tomas Varley, says the movie is not offensive and has refused to withdraw it.

He called the protest "sad". Church leaders have urged Mr Varley to withdraw the film to show respect to the faithful.

But Mr Varley said that if the critics were to see the film they would not protest against it.

"It's about forbidden love. There was no agenda whatsoever to hurt anyone," he said. The controversial film shows a priest who falls in love.
"""

OTHER_FILM = """Kelby director's next project

Tomas Varley is to start work on a comedy next year. "I want to make people laugh," he said.
"""


def test_a_work_asked_by_kind_and_title_is_what_its_stories_are_about(tmp_path: Path) -> None:
    # "his film vows": the title is named once, in the second paragraph; the director's words in that story, set up
    # by "the controversial film", address it. Before: "quoted, but not about his film vows". His words in a story that never
    # names the film do not.
    with engine_on(index_over(tmp_path, {"vows.txt": FILM_SINS, "next.txt": OTHER_FILM})) as engine:
        answer = engine.ask("what did tomas varley say about his film vows")
    assert answer.answers and answer.answers[0].text.startswith("It's about forbidden love")
    assert all("laugh" not in a.text for a in answer.answers)
