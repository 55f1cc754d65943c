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
