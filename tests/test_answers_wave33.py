"""Questions as people ask them, read from held32's mistakes (wave 33's validation set) and probe stories (issue 9).

"why did chelsea sack mutu" and "why was chepkemei banned" found no reason in "sacked by Chelsea and banned for seven
months for taking cocaine" and "was suspended … by Athletics Kenya after failing to report to a training camp": a
penalty and what earned it were no cause; "when is the london marathon this year" was answered "this year" from
"this year's race on 17 April". Each is checked end to end on a real index, on invented stories; each fails on the
code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

BANNED = ("Runner banned\n\n"
          "Kenyan runner Mary Kiprop was suspended from all competition until the end of the year by the Kelby "
          "federation after failing to report to a national training camp.\n\n"
          "Kiprop won the Dalton half marathon in March.\n\n"
          "Striker Dan Mott, 25, sacked by Kelby Rovers and banned for seven months for taking cocaine, is set to join "
          "Dalton. His ban ends in May.\n")

RETIRES = ("Sprinter to retire\n\n"
           "Former champion Tom Ware is to retire from athletics after a series of six operations left him struggling "
           "for fitness.\n\n"
           "The 31-year-old was banned for two years in 1998 after testing positive for a steroid.\n")

MARATHON = ("Kelby marathon field\n\n"
            "Kelby Marathon organisers hope Mary Kiprop will still take part in this year's race on 17 April.\n\n"
            "She finished second in the race in 2003.\n")


engine = engine_fixture({"banned.txt": BANNED, "retires.txt": RETIRES, "marathon.txt": MARATHON})


def test_a_penalty_is_explained_by_what_earned_it(engine) -> None:
    answer = first_answer(engine, "why was mary kiprop banned")
    assert "after failing to report to a national training camp" in answer.text
    answer = first_answer(engine, "why did kelby rovers sack mott")
    assert "for taking cocaine" in answer.text


def test_a_penalty_long_ago_does_not_explain_another_event(engine) -> None:  # a guard
    answer = first_answer(engine, "why is tom ware retiring")
    assert "series of six operations" in answer.text


def test_a_date_the_question_itself_gives_is_not_the_answer(engine) -> None:
    answer = first_answer(engine, "when is the kelby marathon this year")
    assert "17 April" in answer.text


REASONS = ("Awards and delays\n\n"
           "Kelby Electronics won the design award for taking risks with its products.\n\n"
           "The Dalton festival has been postponed following protests by local residents.\n\n"
           "Oil prices have fallen by 6%, driven down by forecasts of a mild winter.\n\n"
           "Kelby's revenue rose to $935m, boosted by growth at its payments arm.\n\n"
           "Kelby shares fell 9.8% after its profits failed to meet expectations.\n")


reasons = engine_fixture({"reasons.txt": REASONS})


def test_an_award_is_explained_by_what_it_was_for(reasons) -> None:
    assert "for taking risks" in first_answer(reasons, "why did kelby electronics win the design award").text


def test_an_event_called_off_is_explained_by_what_it_followed(reasons) -> None:  # a guard
    assert "following protests" in first_answer(reasons, "why was the dalton festival postponed").text


def test_a_figure_driven_down_by_something_is_explained_by_it(reasons) -> None:
    assert "driven down by forecasts" in first_answer(reasons, "why did oil prices fall").text


def test_another_figures_rise_set_off_by_a_comma_does_not_explain_a_fall(reasons) -> None:  # a guard
    assert "failed to meet expectations" in first_answer(reasons, "why did kelby shares fall").text


FINDINGS = ("Download sales soar\n\n"
            "Sales of legally downloaded songs rose tenfold in 2004, the Kelby Federation of Music Labels (KFML) reported "
            "last month.\n\n"
            "The printer market has been investigated by the Dalton Trading Office (DTO), which concluded in a 2002 "
            "report that makers needed to make ink pricing clearer.\n")


findings = engine_fixture({"findings.txt": FINDINGS})


def test_what_a_report_says_is_what_it_found(findings) -> None:
    assert "rose tenfold" in first_answer(findings, "what did the kfml report say about download sales").text
    assert "make ink pricing clearer" in first_answer(findings, "what did the dto report say about printer ink").text



REVIEWED = ("Stadium and manager\n\n"
            "The new Kelby stadium will open next year, the club said on Monday.\n\n"
            "Kelby Rovers sacked manager Tom Hale on Monday just five months after appointing him. The club said a poor "
            "run of results had left it no choice.\n\n"
            "Kelby Bank cut its profit forecast because mortgage demand has fallen. The bank was fined £5m last year for "
            "misleading customers.\n")


reviewed = engine_fixture({"reviewed.txt": REVIEWED})


def test_the_day_the_news_was_told_is_not_the_events_date(reviewed) -> None:  # a guard (review)
    assert "Monday" not in first_answer(reviewed, "when will the kelby stadium open next year").text


def test_a_span_of_time_before_after_is_no_penalty_reason(reviewed) -> None:  # a guard (review)
    answers = reviewed.ask("why was tom hale sacked").answers
    assert not answers or "five months after" not in answers[0].quote


def test_a_word_beginning_like_a_penalty_does_not_ask_about_one(reviewed) -> None:  # a guard (review)
    assert "mortgage demand" in first_answer(reviewed, "why did kelby bank cut its profit forecast").quote
