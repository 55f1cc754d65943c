"""An author's name is shown without a job word glued before it: the person is right only if the name is."""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

SURVEY = (
    "Bridges survey published\n\n"
    "Engineer Maria Costa, who wrote the survey, found that half the county's bridges need repair.\n\n"
    "The survey of county bridges was paid for by the council.\n"
)
MEMOIR = (
    "Footballer's memoir tops charts\n\n"
    "Ghostwriter Lisa Hart wrote the memoir of the former striker over two summers.\n\n"
    "The memoir has sold a hundred thousand copies.\n"
)
ALBUM = (
    "Harbour album out\n\n"
    "Singer Rosa wrote the songs on the album Harbour Lights in a single week.\n\n"
    "The songs were recorded in a church.\n"
)
# twins: the first word is a given name or an honorific, and stays
NOVEL = (
    "Satire on the shelves\n\n"
    "Will Self wrote the novel about a London asylum, and critics will praise it.\n\n"
    "The novel is his eleventh.\n"
)
REPORT = (
    "Flood report\n\n"
    "Dr Nina Rowe, who wrote the report, said the river defences had failed.\n\n"
    "The report runs to two hundred pages.\n"
)
GUIDE = (
    "Street food guide\n\n"
    "Chidubem Okafor wrote the guide to Lagos street food after ten years of cooking there.\n\n"
    "The guide lists two hundred stalls.\n"
)

descriptor_engine = engine_fixture({"survey.txt": SURVEY, "memoir.txt": MEMOIR, "album.txt": ALBUM,
                                    "novel.txt": NOVEL, "report.txt": REPORT, "guide.txt": GUIDE})


def test_a_trade_before_a_given_name_is_not_shown(descriptor_engine) -> None:
    assert first_answer(descriptor_engine, "who wrote the survey of county bridges?").text == "Maria Costa"


def test_a_job_word_the_text_does_not_repeat_is_not_shown(descriptor_engine) -> None:
    assert first_answer(descriptor_engine, "who wrote the memoir of the former striker?").text == "Lisa Hart"


def test_a_role_word_before_a_lone_given_name_is_not_shown(descriptor_engine) -> None:
    assert first_answer(descriptor_engine, "who wrote the songs on the album Harbour Lights?").text == "Rosa"


def test_a_given_name_the_text_also_writes_in_lower_case_stays(descriptor_engine) -> None:
    assert first_answer(descriptor_engine, "who wrote the novel about a London asylum?").text == "Will Self"


def test_an_honorific_stays(descriptor_engine) -> None:
    assert first_answer(descriptor_engine, "who wrote the report on the river defences?").text == "Dr Nina Rowe"


def test_a_given_name_the_name_list_does_not_know_stays(descriptor_engine) -> None:
    assert first_answer(descriptor_engine, "who wrote the guide to Lagos street food?").text == "Chidubem Okafor"
