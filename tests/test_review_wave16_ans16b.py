"""Review of wave 16's ans16b rules: invented texts where a rule should not fire but did (each failed before its
mend) — another person's election, a performer called an "act", a lower-case word before an institution, and a
noun in -ing read as a verb in progress."""

from __future__ import annotations

from index.answer.when import asks_future
from tests.conftest import engine_fixture, first_answer

DOCS = {
    "backer.txt": ("Teacher backs council hopeful\n\n"
                   "Daniel Okafor, a retired teacher from Brindle who has never stood for office, campaigned for his "
                   "neighbour Jane Bell before she was elected to the council in 2005.\n"),
    "fest.txt": ("Harbour Festival sells out\n\n"
                 "The Harbour Festival sold out within an hour on Friday, with the band Lumen the first act to confirm "
                 "a set.\n"),
    "cuts.txt": ("Spending squeeze\n\n"
                 "The cuts in central Government spending were announced on Monday by the finance minister.\n"),
    "club.txt": ("Club books its hall\n\n"
                 "The Tillbury Rowing Club annual meeting was held on 3 May in the boathouse, the secretary said.\n"),
}
review_engine = engine_fixture(DOCS)


def test_another_person_s_election_never_dates_the_asked_one(review_engine) -> None:
    answer = review_engine.ask("When was Daniel Okafor elected?")
    assert all("2005" not in a.text for a in answer.answers), answer.answers


def test_a_performer_called_an_act_is_no_reason(review_engine) -> None:
    answer = review_engine.ask("Why did the Harbour Festival sell out?")
    assert not answer.answers, answer.answers


def test_a_lower_case_word_before_an_institution_is_no_place(review_engine) -> None:
    answer = review_engine.ask("Where were the cuts in government spending made?")
    assert all("Government" not in a.text for a in answer.answers), answer.answers


def test_a_noun_in_ing_keeps_a_past_date(review_engine) -> None:
    first = first_answer(review_engine, "When is the Tillbury Rowing Club annual meeting?")
    assert "3 May" in first.text, first


def test_a_verb_in_progress_needs_its_particle() -> None:
    assert asks_future("when is the film coming out")
    assert asks_future("when is Mr Hale stepping down?")
    assert not asks_future("when is the club's annual meeting")
    assert not asks_future("when is the public hearing?")


MORE = {
    "vote.txt": ("Lane takes Eastfield\n\n"
                 "Ruth Lane won the Eastfield seat with 4,200 votes. "
                 "Ruth Lane's nearest rival polled 1,900 votes in the winter count, the returning officer said.\n"),
    "cup.txt": ("Rovers lift the cup\n\n"
                "Rovers won the Cup Final, a 12 May thriller at Wembley, by two goals to one.\n"),
}
more_engine = engine_fixture(MORE)


def test_a_word_that_only_starts_like_the_verb_is_not_it(more_engine) -> None:
    first = first_answer(more_engine, "How many votes did Ruth Lane win?")
    assert "4,200" in first.text, first


def test_a_day_in_a_description_still_dates_the_event(more_engine) -> None:
    first = first_answer(more_engine, "When was the Cup Final?")
    assert "12 May" in first.text, first


def test_writes_verb_reads_forms_not_prefixes() -> None:
    from index.answer.how_many import writes_verb
    assert writes_verb("Ms Lane won 4,200 votes.", "win")
    assert writes_verb("with at least 23 people killed", "kill")
    assert writes_verb("The firm is cutting 300 jobs.", "cut")
    assert not writes_verb("In the winter count 1,900 votes were cast.", "win")
    assert not writes_verb("a destination for 900 tourists", "destroy")


WHY = {
    "dent.txt": ("Dent quits Harwick board\n\n"
                 "Paul Dent resigned from the Harwick board on Monday. "
                 "Ten years ago Paul Dent had sought to become the board's chairman.\n"),
    "match.txt": ("Derby abandoned\n\n"
                  "The Kelso derby was abandoned minutes after the floodlights failed at Brack Park.\n"),
    "clerk.txt": ("Clerk sacked\n\n"
                  "Council clerk Ann Moss was sacked shortly after she leaked the budget to a newspaper.\n"),
}
why_engine = engine_fixture(WHY)


def test_an_aim_long_ago_is_no_reason_for_today_s_act(why_engine) -> None:
    answer = why_engine.ask("Why did Paul Dent resign from the Harwick board?")
    assert not answer.answers, answer.answers


def test_soon_after_a_clause_of_its_own_still_hints_the_cause(why_engine) -> None:
    first = first_answer(why_engine, "Why was the Kelso derby abandoned?")
    assert "floodlights failed" in first.quote, first
    first = first_answer(why_engine, "Why was Ann Moss sacked?")
    assert "leaked the budget" in first.quote, first


JOINED_ELSE = (
    "Ferrante homesick at Rovers\n\n"
    "Rovers winger Luca Ferrante says he is unsettled in the north and misses his family.\n\n"
    "The winger joined a players' strike over unpaid wages in 2009 while still at Parma, and he has often spoken of "
    "missing home.\n"
)
joined_else_engine = engine_fixture({"rovers.txt": JOINED_ELSE})


def test_a_back_pointing_subject_joining_something_else_dates_nothing(joined_else_engine) -> None:
    answer = joined_else_engine.ask("When did Ferrante join Rovers?")
    assert all("2009" not in a.text for a in answer.answers), answer.answers


LED = {
    "bridge.txt": ("Tarn bridge shut\n\n"
                   "Cracks found by engineers in the Tarn bridge last week prompted its closure on Monday, the council "
                   "said.\n"),
    "mill.txt": ("Orley mill shuts\n\n"
                 "A collapse in orders for the Orley paper mill led to a shutdown of all its lines in May, the owners "
                 "said.\n"),
}
led_engine = engine_fixture(LED)


def test_a_cause_naming_the_asked_thing_keeps_its_effect_by_another_word(led_engine) -> None:
    first = first_answer(led_engine, "Why was the Tarn bridge closed?")
    assert "Cracks found" in first.quote, first
    first = first_answer(led_engine, "Why did the Orley paper mill close?")
    assert "collapse in orders" in first.quote, first


FINAL = ("Rovers recall cup glory\n\n"
         "Rovers won the Northern Cup Final, the 2004 showpiece at Cardiff, by three goals to nil.\n")
final_engine = engine_fixture({"cup.txt": FINAL})


def test_a_year_describing_a_thing_with_its_article_still_dates_it(final_engine) -> None:
    first = first_answer(final_engine, "When did Rovers win the Northern Cup Final?")
    assert "2004" in first.text, first


TOLL_ELSEWHERE = ("Dorley tax rise\n\n"
                  "Dorley council raised council tax by 5% on Monday. "
                  "Council leader Ann Pike said years of office had taken their toll on her health and she would "
                  "retire.\n")
toll_engine = engine_fixture({"tax.txt": TOLL_ELSEWHERE})


def test_a_toll_told_of_something_else_is_no_reason(toll_engine) -> None:
    answer = toll_engine.ask("Why did Dorley council raise council tax?")
    assert not answer.answers, answer.answers


def test_a_toll_in_the_sentence_of_the_event_is_its_reason(toll_engine) -> None:
    first = first_answer(toll_engine, "Why will Ann Pike retire?")
    assert "taken their toll" in first.quote, first
