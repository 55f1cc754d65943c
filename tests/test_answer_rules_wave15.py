"""Issue 9, wave 15, helper ans15: answers to questions as people ask them. Each rule alone on a small collection
written here (real files, a real index; no seed or gold fact); every end-to-end test fails on the code before it,
and each rule has a twin where it must not apply."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer

# ----------------------------------------------------------------- "from 4 June" is when something starts

STORY_LEVY = (
    "Port to charge ships\n\n"
    "Ships docking at Port Selwyn will from 4 June pay a harbour levy of £20 a day, the port's owners said.\n\n"
    "The owners said the money would pay for dredging.\n"
)

levy_engine = engine_fixture({"levy.txt": STORY_LEVY, **OTHER_STORY})


def test_a_date_something_runs_from_answers_when_it_starts(levy_engine) -> None:
    first = first_answer(levy_engine, "when does the harbour levy at port selwyn start?")
    assert first.text == "4 June"


def test_runs_from_only_a_day_or_month_that_opens_what_the_sentence_tells() -> None:
    from index.answer.when import runs_from
    from index.extract.dates import find_dates

    def opens(sentence: str) -> list[bool]:
        return [runs_from(sentence, m) for m in find_dates(sentence, None)]

    assert opens("Ships will from 4 June pay a levy.") == [True]
    assert opens("The levy applies with effect from 1 April.") == [True]
    # a bare year after "from" is as often a level compared with; a range's first end is a period, not a start
    assert opens("Sales were up from 2003.") == [False]
    assert not any(opens("The levy was paid from May to July."))
    # a date nothing runs from
    assert opens("Ships paid a levy on 4 June.") == [False]


def test_no_date_where_nothing_starts(levy_engine) -> None:
    no_answer(levy_engine, "when does the dredging at port selwyn start?")


# review of ans15 (3c08f85): a bare "from" dates an ending, a resumption or a record as often as a start
STORY_CURFEW = (
    "Curfew to go\n\n"
    "The night curfew in Dunmore will be lifted from 3 May, the town council said.\n\n"
    "Talks between the Dunmore dockers and their employers will resume from 14 October, the union said.\n"
)

curfew_engine = engine_fixture({"curfew.txt": STORY_CURFEW, **OTHER_STORY})


def test_a_date_an_ending_runs_from_is_not_when_it_started(curfew_engine) -> None:
    no_answer(curfew_engine, "when did the night curfew in dunmore start?")


def test_runs_from_refuses_endings_resumptions_and_records() -> None:
    from index.answer.when import runs_from
    from index.extract.dates import find_dates

    def opens(sentence: str) -> list[bool]:
        return [runs_from(sentence, m) for m in find_dates(sentence, None)]

    assert not any(opens("The night curfew will be lifted from 3 May, the council said."))
    assert not any(opens("Ivo Marsh will be on loan at Corby Rovers from 1 February."))
    assert not any(opens("Talks between the dockers and the port will resume from 14 October."))
    assert not any(opens("Figures from June showed the new parking levy had raised little."))
    assert not any(opens("Minutes from the 3 May meeting show the boycott was discussed."))
    assert not any(opens("The curfew will from 3 May be lifted."))
    assert opens("The toll takes effect from 1 March.") == [True]
    assert opens("The ban comes into force from 2 April.") == [True]
    assert opens("Ships shall from 4 June pay a levy.") == [True]
    assert opens("The levy applies as of 1 May.") == [True]


# ----------------------------------------------------------------- ", saying …" after an act gives its reason

STORY_TOLL = (
    "Mayor rejects road toll\n\n"
    "The mayor of Brackwell has rejected a toll on the ring road, saying drivers already pay enough to use it.\n\n"
    "He will meet business leaders next week.\n"
)

toll_engine = engine_fixture({"toll.txt": STORY_TOLL, **OTHER_STORY})


def test_a_justification_after_the_act_answers_why(toll_engine) -> None:
    first = first_answer(toll_engine, "why did the mayor of brackwell reject the road toll?")
    assert "saying drivers already pay enough" in first.quote


def test_a_justifying_clause_is_a_reason_only_after_a_comma() -> None:
    from index.answer.why import reason_strength

    assert reason_strength("The mayor rejected the toll, arguing that it was unfair.") > 0
    # "saying" as a plain verb of speech is no justification
    assert reason_strength("The mayor is saying little about the toll.") == 0.0


def test_no_reason_where_the_text_gives_none(toll_engine) -> None:
    no_answer(toll_engine, "why will the mayor of brackwell meet business leaders?")


# ----------------------------------------------------------------- "first day as", "sworn in": ways of becoming

STORY_HARBOUR = (
    "Harbour rules tightened\n\n"
    "The new mooring rules took effect on 3 May, Ada Pell's first day as harbour master at Kettlemouth.\n\n"
    "Tom Reddan was sworn in as mayor of Fallowby on 9 January.\n\n"
    "Jon Brisk, the lock keeper at Fallowby, spoke to boat owners on 2 February.\n"
)

harbour_engine = engine_fixture({"harbour.txt": STORY_HARBOUR, **OTHER_STORY})


def test_a_first_day_in_a_post_dates_becoming_it(harbour_engine) -> None:
    first = first_answer(harbour_engine, "when did ada pell become harbour master?")
    assert "3 May" in first.text


def test_a_swearing_in_dates_becoming_it(harbour_engine) -> None:
    first = first_answer(harbour_engine, "when did tom reddan become mayor of fallowby?")
    assert "9 January" in first.text


def test_no_date_for_becoming_where_nothing_began(harbour_engine) -> None:
    no_answer(harbour_engine, "when did jon brisk become lock keeper?")


# ----------------------------------------------------------------- "In a report …, X said": X wrote the report

STORY_REPORT = (
    "Play areas safer, says report\n\n"
    "In a report published this week for the Playground Safety Board, Dr Mira Quell said most injuries were minor.\n\n"
    "In a statement, Councillor Ben Orrin said the board would study the findings.\n"
)

report_engine = engine_fixture({"report.txt": STORY_REPORT, **OTHER_STORY})


def test_who_says_what_a_report_opened_with_wrote_it(report_engine) -> None:
    first = first_answer(report_engine, "who wrote the report for the playground safety board?")
    assert "Mira Quell" in first.text


def test_a_statement_is_no_report_written() -> None:
    from index.answer.author import _BY_TEXT

    said = "In a statement, Councillor Ben Orrin said the board would study the findings."
    assert not any(p.search(said) for p in _BY_TEXT)


# ----------------------------------------------------------------- a slip in the word, not in its stem

STORY_FAME = (
    "Singer attacks fame culture\n\n"
    "Singer Nora Vale has criticised the music business. \"There is far too much interest in celebrities and too "
    "little in songs,\" she said.\n\n"
    "\"The charts are full of noise,\" Ms Vale added.\n"
)
STORY_FAIR = "Town fair returns\n\nFans celebrated the town's anniversary at the fair on Sunday, organisers said.\n"

fame_engine = engine_fixture({"fame.txt": STORY_FAME, "fair.txt": STORY_FAIR, **OTHER_STORY})


def test_a_misspelt_topic_one_slip_from_the_speaker_s_word(fame_engine) -> None:
    first = first_answer(fame_engine, "what did nora vale say about celebreties?")
    assert "interest in celebrities" in first.quote and first.speaker == "Nora Vale"


def test_a_typed_word_is_read_as_written_only_when_one_word_is_that_close() -> None:
    from index.answer.quote import typed_as_written

    assert typed_as_written("celebreties", {"celebrities", "songs"}) == "celebrities"
    assert typed_as_written("sngs", {"songs"}) is None  # too short to read a slip
    assert typed_as_written("bander", {"banter", "bender"}) is None  # two words as close: no guess
    assert typed_as_written("weathre", {"whether"}) is None  # none one slip away


def test_a_topic_the_speaker_never_touched_stays_unanswered(fame_engine) -> None:
    no_answer(fame_engine, "what did nora vale say about the anniversery?")
