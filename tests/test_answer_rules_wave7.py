"""Issue 9, wave 7: answers as people ask them — each mechanism of this round alone, then end to end on a small
collection written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

STORY_PORT = (
    "Port strike ends\n\n"
    "The company behind the ferry line said sailings would resume. "
    'Government spokesman Ann Lee said: "The strike is over and the ferries will sail on Monday."\n'
)

STORY_FILM = (
    "Singer's life to be filmed\n\n"
    "The life of the late singer Ana Pell is to be made into a film, it has been announced. "
    "Plans for a separate Ana Pell film had been announced at the Rome Film Festival earlier this year, "
    "but the project did not get off the ground.\n\n"
    "A film about the drummer Ivo Brand will be released in March 2006, its producers said.\n"
)
STORY_QUANGOS = (
    "Quango numbers rise\n\n"
    "The country has 529 quangos, a report on quangos claims. "
    'Green Party spokesman Ed Dane said instead of the "bonfire of quangos" New Labour had promised, there had been '
    'an "explosion" of them.\n\n'
    "A Labour spokesman said the report on quangos counted bodies that had already closed.\n"
)

STORY_BANK = (
    "Economy slows\n\n"
    "Last month, central bank governor Ana Roe said that the economy had hit a soft patch after rapid growth.\n"
)

STORY_HOTSPOTS = (
    "Hotspot attacks warning\n\n"
    "Security expert Dr Uma Selk warned about rogue wi-fi hotspots in cafes. "
    '"Anyone can set up a fake wi-fi hotspot that looks like the real one," said Dr Selk.\n'
)

STORY_TALKS = (
    "Alliance talks in Oslo\n\n"
    "NATO chief Ada Rumm arrived in Oslo on Monday for two days of talks.\n\n"
    "The visit follows months of disagreement over shipping lanes in the north.\n\n"
    'Foreign Minister Ivo Lark said: "Trade routes matter to every country in the region."\n\n'
    '"We will keep working together on trade routes," Mr Lark told Rumm after the talks.\n'
)


wave7_engine = engine_fixture({"port.txt": STORY_PORT, "film.txt": STORY_FILM, "quangos.txt": STORY_QUANGOS,
                               "bank.txt": STORY_BANK, "hotspots.txt": STORY_HOTSPOTS, "talks.txt": STORY_TALKS})


def test_a_dropped_modifier_leaves_the_possessive_flag_on_its_own_word(wave7_engine) -> None:
    """"the company's x spokesman": the lone letter has no index form; "company" stays a possessive common noun,
    which counts only beside the role, so a government spokesman in a story naming a company is not theirs."""
    from index.answer.roles import flagged_modifier_forms, role_holders

    snap = wave7_engine.snapshot()
    flagged = flagged_modifier_forms(snap, ["x", "company"], [False, True])
    assert [flag for _forms, flag in flagged] == [True]
    assert role_holders(snap, "the company's spokesman", quoted=False) == []
    assert role_holders(snap, "the company's x spokesman", quoted=False) == []
    assert [p.name for p in role_holders(snap, "the government spokesman")] == ["Ann Lee"]


def test_a_question_about_the_future_is_never_answered_with_a_past_date(wave7_engine) -> None:
    from index.answer.when import asks_future

    assert asks_future("when will the film come out?") and asks_future("When is the vote due?")
    assert not asks_future("when did the film come out?")
    assert not wave7_engine.ask("when will the Ana Pell film come out?").answers  # "earlier this year": announced
    assert "March 2006" in first_answer(wave7_engine, "when will the Ivo Brand film come out?").text


def test_a_date_is_past_by_its_own_words_or_its_clause() -> None:
    from index.answer.when import past_in_sentence
    from index.extract.dates import find_dates

    def past(sentence: str) -> list[tuple[str, bool]]:
        return [(m.text, past_in_sentence(sentence, m)) for m in find_dates(sentence, "2005-06-10")]

    assert past("The band split last year and will tour in March.") == [("last year", True), ("March", False)]
    assert past("Up to a million workers could strike on a day earmarked for 23 March.") == [("23 March", False)]
    assert past("They have played with others since his death in 1991.") == [("1991", True)]


def test_a_described_speaker_is_the_one_the_sentence_reports(wave7_engine) -> None:
    """"a labour spokesman": not "Green Party spokesman Ed Dane … New Labour", though the sentence holds both words."""
    answer = wave7_engine.ask("what did a labour spokesman say about the quangos report?")
    shown = " ".join(it.quote for it in answer.answers)
    assert "Ed Dane" not in shown
    assert "counted bodies that had already closed" in shown


def test_a_sentence_inside_a_long_quotation_says_nothing_of_its_speaker() -> None:
    from index.answer.roles import unquoted

    assert unquoted('"As the judge also acknowledged, it is unlikely the minister would object.').strip() == ""
    assert unquoted('It is over," he said.').split() == ["he", "said."]
    assert unquoted('He said: "We will go on.').split() == ["He", "said:"]
    assert unquoted('He said "this is it" and left.').split() == ["He", "said", "and", "left."]


def test_a_role_holder_never_quoted_gets_what_the_sources_report_them_saying(wave7_engine) -> None:
    """Nobody quotes the governor, but the text reports what she said on the topic (typed wrong, too): shown under
    no name, said to be a report."""
    answer = wave7_engine.ask("What did the central bank governor say about the econmy?")
    assert answer.answers and "soft patch" in answer.answers[0].quote
    assert all(it.speaker is None for it in answer.answers)
    assert answer.message and "not their words" in answer.message


def test_a_report_has_the_person_as_its_speaker() -> None:
    from index.answer.quote import reports_them

    assert reports_them("Ana Roe|Roe", "central bank governor Ana Roe said that the economy slowed")
    assert reports_them("Ana Roe|Roe", "the economy slowed, said Ms Roe")
    assert reports_them("Ana Roe|Roe", "Ana Roe, the bank's governor, said.")
    assert not reports_them("Pim Vaart|Vaart", "Olaf Berg said he could not explain what caused Pim Vaart to quit")


def test_a_word_asked_without_its_hyphen_finds_the_text_that_writes_it(wave7_engine) -> None:
    """"wifi" where the text writes "wi-fi" (and a typo in the next word): her words on it, not "not about wifi"."""
    assert "fake wi-fi hotspot" in first_answer(wave7_engine, "what did Uma Selk say about fake wifi hotpsots?").quote


def test_a_typo_is_not_read_as_two_words() -> None:
    from index.answer.relevance import compound_forms
    from index.store.analysis import terms

    held = {"wi", "fi", "secur", "ti", "ty", "wifi"}
    known = held.__contains__
    assert compound_forms("wifi", ("wifi",), lambda t: t in {"wi", "fi"}, lambda a, b: (a, b) == ("wi", "fi")) == ("wi", "fi")
    assert compound_forms("securty", tuple(terms("securty")), known, lambda a, b: False) is None
    assert compound_forms("wi-fi", tuple(terms("wi-fi")), lambda t: t == "wifi") == ("wifi",)


def test_a_role_in_a_complement_is_someone_elses() -> None:
    """"Ms Vale, a friend of the Tory leader,": she is the friend; "Tom Hale, the Bank of England governor": his."""
    from index.answer.roles import _named_at

    text = "TV host Ada Vale, a friend of the Tory leader, said he was kind."
    start = text.index("leader")
    assert _named_at(text, start, start + len("leader")) == []
    text = "Tom Hale, the Bank of England governor, said rates would stay."
    start = text.index("governor")
    assert _named_at(text, start, start + len("governor")) == ["Tom Hale"]


def test_an_audience_named_by_role_is_heard_as_its_holder(wave7_engine) -> None:
    """"tell the NATO chief" where the text says "told Rumm" and names Rumm as the NATO chief."""
    assert "keep working together" in first_answer(wave7_engine, "What did the foreign minister tell the NATO chief about trade routes?").quote
