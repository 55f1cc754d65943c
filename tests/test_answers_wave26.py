"""Dates written as seasons and times of day, and a date in the other clause (issue 9, dates), wave 26.

Fresh news dates events as "will be available in the UK in late summer" and "since the outbreak began at 0630 BST",
and joins two plans of one firm: "is set to trial a service in the summer and also plans to roll out another". Before,
a season without a year and a clock time were no dates at all ("the sources don't give a date"), and the summer of the
trial answered when the other service rolls out. Invented stories, real indexes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import answers_to, engine_on, first_answer, index_over, no_answer

CAR = """Kelby Motors unveils Vega

Kelby Motors will show its new Vega coupe at the Dunmore motor show on Thursday.

First shown as a concept car two years ago, the Vega will be available in the UK in late summer. It will cost under £40,000.
"""

VIRUS = """Virus spreads by e-mail

A new variant of the Mailworm virus is spreading fast, security firms have warned.

Kelby Shield said it had stopped more than 50,000 copies of the virus since the outbreak began at 0630 BST (0530 GMT).
"""

BAN = """Smoking ban starts

The ban on smoking in Kelby's bars comes into effect from 0001 GMT on Friday, after a last appeal failed on Wednesday.
"""

BROADBAND = """Kelbynet speeds up

Kelbynet is set to trial a 10Mbps service in the summer and also plans to roll out unbundled services with speeds of up to 20Mbps. There is no timetable for this yet.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave26"), {"car.txt": CAR, "virus.txt": VIRUS, "ban.txt": BAN,
                                                         "broadband.txt": BROADBAND})


def test_a_season_without_a_year_is_a_date(index: Path) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, "when can you buy the vega in the uk")
    assert first.text == "late summer"
    assert first.quote in CAR


def test_a_time_of_day_answers_what_time(index: Path) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, "what time did the mailworm outbreak start")
    assert first.text.startswith("0630 BST")


def test_a_time_and_the_day_it_is_on_are_one_date(index: Path) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, "when does the smoking ban come into force")
    assert first.text == "0001 GMT on Friday"


def test_the_date_of_another_clause_does_not_date_the_asked_plan(index: Path) -> None:
    # "the summer" is the trial's; the roll-out has no timetable: before, "summer" answered
    with engine_on(index) as engine:
        answer = engine.ask("when will kelbynet roll out its unbundled services")
        trial = first_answer(engine, "when will kelbynet trial its 10mbps service")
    assert all("summer" not in a.text for a in answer.answers)
    assert trial.text == "summer"


def test_a_clock_time_is_never_a_year() -> None:
    from index.extract.dates import find_dates

    found = find_dates("Talks resume at 2030 GMT on Monday, with 2030 people.", "2005-03-02")
    assert [(m.text, m.iso) for m in found] == [("2030 GMT", None), ("Monday", "2005-02-28")]


CEMENT = """Cement firm buys into Kelby

Dunmore cement firm Holtec has bid $800m (£429m) to buy two Kelby cement firms and a holding company in the country.
"""


@pytest.mark.parametrize("question", ["how much is holtec paying for the kelby cement firms",
                                      "how much was holtec bidding for the kelby cement firms"])
def test_how_much_with_a_verb_in_ing_asks_a_sum_of_money(tmp_path: Path, question: str) -> None:
    # before, "paying" asked no money, and "two Kelby" (a count) answered
    with engine_on(index_over(tmp_path, {"cement.txt": CEMENT})) as engine:
        first = first_answer(engine, question)
    assert first.text in ("$800m", "£429m", "$800m (£429m)")


BILLS = """Tories promise council tax cut

The Conservatives say they would cut council tax for pensioners.

They say they can save £2bn on waste, of which £900m could be used to cut pensioners' bills by an average of £250. Kelby council has 3,000 pensioners.
"""


def test_how_much_about_bills_asks_a_sum_of_money(tmp_path: Path) -> None:
    # a bill, a tax, a fare, a salary is money: before, no sum answered
    with engine_on(index_over(tmp_path, {"bills.txt": BILLS})) as engine:
        first = first_answer(engine, "how much would the tory plan cut from pensioners bills on average")
    assert first.text in ("£250", "an average of £250")


YUKOS = """Oil firm faces creditors

Creditors of Kelby Oil say its new owner must pay its debts.

"The pledged assets are with Dunmore Petroleum, so it will have to pay real money to the creditors," said Moscow-based US lawyer Jamie Fenwick. The company has declined to comment.
"""


def test_who_said_the_words_is_answered_with_their_speaker_as_the_text_describes_them(tmp_path: Path) -> None:
    # before, "who said …" asked back whose words the user was looking for
    with engine_on(index_over(tmp_path, {"oil.txt": YUKOS})) as engine:
        first = first_answer(engine, "who said dunmore petroleum will have to pay real money to the creditors")
        no_answer(engine, "who said the company has declined to comment")  # narration is no one's words: no speaker is made up for it
    assert first.text == "Moscow-based US lawyer Jamie Fenwick"
    assert first.speaker == "Jamie Fenwick" and "will have to pay real money" in first.quote


def test_a_weekday_naming_a_kind_of_thing_is_no_date() -> None:
    from index.extract.dates import find_dates

    assert find_dates("She hosts ITV1's Saturday morning show and writes for a Sunday newspaper.", "2005-03-02") == []
    assert [m.text for m in find_dates("She left last Saturday and spoke on Sunday morning.", "2005-03-02")] \
        == ["last Saturday", "Sunday"]


def test_the_speaker_phrase_stops_before_a_day_or_a_preposition() -> None:
    from index.answer.quote import speaker_phrase
    from index.models import Quotation

    q = Quotation(source_id="x", paragraph=1, start=0, end=1, text="We will win.", sentence_start=0, sentence_end=1,
                  speaker="Jo Hale")
    assert speaker_phrase('Speaking at the conference on Monday Jo Hale said: "We will win."', q) == "Jo Hale"
    assert speaker_phrase('"We will win," said Kelby Rovers striker Jo Hale, 24, after the match.', q) \
        == "Kelby Rovers striker Jo Hale"


EARNERS = """Singer tops earnings list

Pop star Quince was the top-earning musician of 2004, according to Kelby Weekly.

Heavy metal band Dunmore's world tour helped push their 2004 earnings up to $43.1m (£23.1m). The singer Quince earned $56.5m (£30.4m) from concerts and album sales, the magazine said.
"""


def test_how_much_someone_earned_is_never_another_s_money(tmp_path: Path) -> None:
    # before, the band's $43.1m answered how much the singer earned (the first sum the question's words reached)
    with engine_on(index_over(tmp_path, {"earners.txt": EARNERS})) as engine:
        answers = answers_to(engine, "how much did quince earn in 2004")
    assert all("43.1m" not in a.text for a in answers)
    assert answers[0].text in ("$56.5m", "£30.4m")


CANDIDATE = """Candidate quits party

A prospective candidate for the Kelby Party has resigned after admitting links to the Dunmore Front.

Jo Varga quit after reports that she attended a Dunmore Front meeting. A Kelby Party spokesman told reporters Ms Varga's resignation followed disclosures about her attendance at a Dunmore Front meeting.
"""


def test_what_a_body_told_reporters_is_not_another_body_s_report_about_it(tmp_path: Path) -> None:
    # the Dunmore Front is only talked about; before, the Kelby Party spokesman's report answered for it
    with engine_on(index_over(tmp_path, {"candidate.txt": CANDIDATE})) as engine:
        no_answer(engine, "what did the dunmore front tell reporters about jo varga")
        party = first_answer(engine, "what did the kelby party tell reporters about jo varga")
    assert "resignation followed disclosures" in party.quote


SPRINTER = """Sprinter eyes world gold

Mark Kelby-Francis says his Olympic success has made him determined to win world gold in 2005.

He has confirmed he will run in Dunmore in February. He added: "It's a bit too early to make any predictions for Helsinki, but I know I can be the best in the world."
"""


def test_a_double_barrelled_surname_typed_in_lower_case_is_a_person_not_a_group(tmp_path: Path) -> None:
    # "kelby-francis" ends in "s" like "analysts": before, it was read as a group, and narration answered
    with engine_on(index_over(tmp_path, {"sprinter.txt": SPRINTER})) as engine:
        first = first_answer(engine, "what did kelby-francis say about helsinki")
    assert first.speaker == "Mark Kelby-Francis" and "Helsinki" in first.text


PRIZE = """Book prize shortlist named

A panel of judges including writer Ann Berg will choose the winner of the Kelby book prize on Tuesday.

Second favourite is a biography of Queen Mara of Dunmore, by Tom Fenwick. The favourite is a first novel.
"""


def test_a_work_of_its_subject_by_its_maker_names_who_wrote_it(tmp_path: Path) -> None:
    # before, the judge introduced as "writer Ann Berg" answered
    with engine_on(index_over(tmp_path, {"prize.txt": PRIZE})) as engine:
        first = first_answer(engine, "who wrote the queen mara of dunmore biography")
    assert first.text == "Tom Fenwick"


COLUMN = """Musical future for phones

Analyst Tom Fenwick has seen the future of mobile music, and it is in his daughter's pocket.

I stream radio to my computer while I work, and I think phones will soon play music videos everywhere.

Tom Fenwick is a regular commentator on the Kelby Radio programme Go Digital.
"""


def test_a_column_signed_off_as_a_commentator_names_its_writer(tmp_path: Path) -> None:
    # "X is a regular commentator on …": before, only correspondents, editors and the like signed a piece off
    with engine_on(index_over(tmp_path, {"column.txt": COLUMN})) as engine:
        first = first_answer(engine, "who wrote the column about phones playing music videos")
    assert first.text == "Tom Fenwick"
