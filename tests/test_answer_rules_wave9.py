"""Issue 9, wave 9: general mechanisms read off the wave-8 judged set's misses (abbreviations the collection
spells out, a story's lead as what its quotations answer to, ...), each alone, then end to end on a small
collection written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import answers_to, engine_fixture, first_answer

# ----------------------------------------------------------------- abbreviations the collection spells out

STORY_EXCHANGE = (
    "Portwell shares hit record\n\n"
    "The Portwell Grain Exchange (PGE) has recorded its largest gain in a single day.\n\n"
    "Some traders warned that the rise was a bubble. \"That is nonsense,\" PGE chairman Tom Hale told reporters. "
    "\"Whenever prices reflect the harvest, people call it a bubble.\"\n"
)
STORY_SIGNS = (
    "Deaf sailors seek cheaper calls\n\n"
    "The Harbour Sign Code (HSC) was devised for deaf sailors in Portwell.\n\n"
    "Mr Vale, like many of the town's 9,000 HSC users, wants a cheaper video service.\n"
)

abbreviations_engine = engine_fixture({"exchange.txt": STORY_EXCHANGE, "signs.txt": STORY_SIGNS})


def test_a_role_written_with_an_abbreviation_is_the_role_spelled_out(abbreviations_engine) -> None:
    # the text writes "PGE chairman Tom Hale"; the question spells the exchange out
    first = first_answer(abbreviations_engine,
                         "what did the chairman of the portwell grain exchange say about people calling it a bubble")
    assert first.speaker == "Tom Hale"
    assert "people call it a bubble" in first.quote


def test_a_count_written_with_an_abbreviation_answers_the_words_it_stands_for(abbreviations_engine) -> None:
    first = first_answer(abbreviations_engine, "how many people in portwell use the harbour sign code")
    assert "9,000" in first.text


def test_an_abbreviation_spelled_out_does_not_answer_for_another_count(abbreviations_engine) -> None:
    answer = abbreviations_engine.ask("how many ships use the harbour sign code")
    assert not answer.answers, [a.text for a in answer.answers]


# ----------------------------------------------------------------- a story's lead sets up its quotations

STORY_STRIKE = (
    "Dock workers in strike vote\n\n"
    "The dock workers' union is to ballot its members over plans to raise their retirement age to 67.\n\n"
    "Union leader Sam Ortiz warned of walkouts unless ministers think again.\n\n"
    "\"If you want the pension you were promised, you must now work two extra years,\" he said.\n"
)

lead_engine = engine_fixture({"strike.txt": STORY_STRIKE})


def test_a_quotation_answers_to_what_the_story_s_lead_says_it_is_about(lead_engine) -> None:
    # "age" is only in the lead; the quoted words say "pension"
    first = first_answer(lead_engine, "What did Sam Ortiz say about raising the retirement age?")
    assert first.speaker == "Sam Ortiz"
    assert "two extra years" in first.quote


def test_a_topic_neither_the_words_nor_the_lead_hold_is_still_not_covered(lead_engine) -> None:
    answer = lead_engine.ask("What did Sam Ortiz say about ferry fares?")
    assert not answer.answers, [a.quote for a in answer.answers]
    assert "not about" in (answer.message or "")


# ----------------------------------------------------------------- a bare description speaks for the story's body

STORY_COUNCIL = (
    "Deaf callers seek cheaper service\n\n"
    "Campaigners want the video relay service to cost the same as a phone call.\n\n"
    "Portwell Council says it will review the video relay service next year. But a spokesman said its powers "
    "were limited. \"Any change to the video relay service would be for ministers to decide,\" he said.\n"
)
STORY_ROVERS = (
    "Shares rise on new Rovers offer\n\n"
    "Shares in the football club closed up 4% on Monday after a new offer from a US investor.\n\n"
    "The board has rejected his approaches before. But a senior source at the club told the BBC: "
    "\"This time it is different.\"\n"
)

bare_engine = engine_fixture({"council.txt": STORY_COUNCIL, "rovers.txt": STORY_ROVERS})


def test_a_bare_description_is_read_as_speaking_for_the_body_its_paragraph_names() -> None:
    from index.answer.roles import bare_description

    assert bare_description("a spokesman")
    assert bare_description("a senior source at the club")
    assert not bare_description("an unnamed executive at Euronext")
    assert not bare_description("A Treasury spokeswoman")


def test_a_spokesman_speaks_for_the_body_the_paragraph_is_about(bare_engine) -> None:
    first = first_answer(bare_engine, "What did a Portwell Council spokesman say about the video relay service?")
    assert first.speaker is None
    assert "for ministers to decide" in first.quote


def test_a_source_at_the_club_speaks_for_the_club_the_headline_names(bare_engine) -> None:
    first = first_answer(bare_engine, "what did a senior source at rovers say about the new offer")
    assert first.speaker is None
    assert "This time it is different" in first.quote


def test_a_bare_description_does_not_speak_for_a_body_the_story_never_names(bare_engine) -> None:
    answer = bare_engine.ask("What did a Harbour Trust spokesman say about the video relay service?")
    assert not answer.answers, [a.quote for a in answer.answers]


# ----------------------------------------------------------------- a name typed in lower case still names a kind

STORY_CONSOLES = (
    "Handheld sales soar\n\n"
    "More than 3.1 million VX consoles have been sold since the machine first appeared last year. "
    "Rival Kando will launch its own handheld, the KP9, in Europe in March.\n"
)

consoles_engine = engine_fixture({"consoles.txt": STORY_CONSOLES})


def test_the_words_a_text_writes_capitalised_are_its_names() -> None:
    from index.answer.how_many import capitalised_words

    assert capitalised_words("Rival Kando will launch the KP9. Kando's rival, the VX, sold well.") >= {"kando", "kp9", "vx"}
    assert "rival" not in capitalised_words("Rival Kando will launch it. Its rival sold well.")


def test_a_count_of_another_named_kind_does_not_answer_a_name_typed_in_lower_case(consoles_engine) -> None:
    answer = consoles_engine.ask("how many kp9 consoles has kando sold")
    assert not answer.answers, [a.text for a in answer.answers]


def test_the_count_of_the_kind_named_in_lower_case_still_answers(consoles_engine) -> None:
    first = first_answer(consoles_engine, "how many vx consoles have been sold")
    assert "3.1 million VX consoles" in first.text


# ----------------------------------------------------------------- an honorific in the asked name

STORY_KNIGHT = (
    "Poorer students lag behind\n\n"
    "The share of poorer students at university hardly changed, said the council's chief executive, Sir Ian Tolley.\n\n"
    "He told reporters: \"Once children from poorer homes get to university, they do very well.\"\n"
)

knight_engine = engine_fixture({"knight.txt": STORY_KNIGHT})


def test_honorifics_and_ranks_open_a_name_but_are_not_part_of_it() -> None:
    from index.answer.quote import without_honorifics

    assert without_honorifics("Sir Ian Tolley") == "Ian Tolley"
    assert without_honorifics("dr jo pike") == "jo pike"
    assert without_honorifics("Lord Woolf") == "Lord Woolf"


def test_a_knight_asked_for_with_his_style_finds_his_words(knight_engine) -> None:
    first = first_answer(knight_engine, "what did sir ian tolley tell reporters about poorer students")
    assert first.speaker == "Ian Tolley"
    assert "they do very well" in first.quote


# ----------------------------------------------------------------- a quotation standing alone after a description

STORY_BROKER = (
    "Portwell shares surge\n\n"
    "Portwell shares rose for a third day. One leading Portwell broker said the real reasons may be political. "
    "\"If the harbour deal goes through, foreign money will come back to the town.\" "
    "Other traders were more cautious.\n"
)

broker_engine = engine_fixture({"broker.txt": STORY_BROKER})


def test_a_quotation_that_is_its_whole_sentence_goes_on_with_the_description_before_it() -> None:
    from index.answer.roles import said_by_antecedent, whole_sentence

    assert whole_sentence('"', '"')
    assert not whole_sentence('"', '," he said.')
    previous = "One leading Portwell broker said the real reasons may be political."
    assert said_by_antecedent("broker", previous, '"', '"') == "One leading Portwell broker"
    assert said_by_antecedent("broker", "Shares rose for a third day.", '"', '"') is None


def test_one_broker_s_words_are_found_under_the_description(broker_engine) -> None:
    first = first_answer(broker_engine, "what did one portwell broker say about foreign money")
    assert first.speaker is None
    assert "foreign money will come back" in first.quote


# ----------------------------------------------------------------- a clipped role word

STORY_PHYSIO = (
    "Hale set for Portwell return\n\n"
    "Flanker Jo Hale is racing to prove his fitness after a neck injury. "
    "\"He will have tests in the next two days and we are optimistic,\" Portwell's team physiotherapist Ann Reed said.\n"
)

physio_engine = engine_fixture({"physio.txt": STORY_PHYSIO})


def test_a_clipped_role_word_finds_the_role_it_begins(physio_engine) -> None:
    first = first_answer(physio_engine, "What did the Portwell physio say about Jo Hale's fitness?")
    assert first.speaker == "Ann Reed"
    assert "we are optimistic" in first.quote


def test_a_role_word_that_begins_no_role_of_the_text_finds_no_one(physio_engine) -> None:
    answer = physio_engine.ask("What did the Portwell dietician say about Jo Hale's fitness?")
    assert not any(a.speaker for a in answer.answers), [a.speaker for a in answer.answers]


# ----------------------------------------------------------------- "when does …" asks about what is scheduled

STORY_LAUNCH = (
    "Kando handheld heads for Europe\n\n"
    "Kando raised its sales targets for the VX console in Europe last December after selling a million in Japan. "
    "Kando's new handheld console, the VX, will go on sale in Europe on 11 March, the company has announced.\n"
)

launch_engine = engine_fixture({"launch.txt": STORY_LAUNCH})


def test_a_when_does_question_asks_about_what_is_to_come() -> None:
    from index.answer.when import asks_future

    assert asks_future("When does the VX go on sale in Europe?")
    assert asks_future("when do the new rules come into force")
    assert not asks_future("When did the VX go on sale?")


def test_when_does_is_answered_by_the_date_to_come_not_a_past_one(launch_engine) -> None:
    answers = answers_to(launch_engine, "When does the Kando VX go on sale in Europe?")
    assert all(a.text != "last December" for a in answers), [a.text for a in answers]
    assert answers[0].text == "11 March"


# ----------------------------------------------------------------- a "with" clause of a state of mind is a motive

STORY_SURGE = (
    "Portwell shares hit record\n\n"
    "The Portwell Grain Exchange has recorded its largest single day gain, surging 4% to a new high.\n\n"
    "The index rose 120 points in furious trading, with many traders confident that a good harvest could bring a boom.\n"
)

surge_engine = engine_fixture({"surge.txt": STORY_SURGE})


def test_a_with_clause_putting_people_in_a_state_of_mind_states_a_reason() -> None:
    from index.answer.why import reason_strength

    assert reason_strength("Shares rose, with many traders confident that a boom would follow.") == 1.0
    assert reason_strength("Shares rose, with many traders in the hall cheering.") < 1.0


def test_why_a_market_surged_is_answered_by_the_traders_state_of_mind(surge_engine) -> None:
    first = first_answer(surge_engine, "Why did the Portwell grain market surge to a record?")
    assert "confident that a good harvest could bring a boom" in first.quote


# ----------------------------------------------------------------- a title set off by a comma, then its maker

STORY_BOOK = (
    "Ministers deny rift\n\n"
    "The row came after the publication of a new book, Hale's Harbour by Ann Reed. "
    "Ms Reed's book claimed that the two ministers no longer spoke.\n"
)

book_engine = engine_fixture({"book.txt": STORY_BOOK})


def test_the_maker_after_a_work_s_title_is_its_author() -> None:
    from index.answer.author import find_author

    assert find_author("It came after the publication of a new book, Hale's Harbour by Ann Reed.") == "Ann Reed"
    assert find_author("He left the club, Portwell Rovers, by Monday.") is None


def test_the_name_after_a_possessed_work_s_title_is_its_author() -> None:
    from index.answer.author import find_author

    assert find_author("In his new book, Salt Roads, Tom Vale, a historian, suggests the port was older.") == "Tom Vale"
    assert find_author("In the book, Salt Roads, Tom Vale is mentioned twice.") is None


def test_who_wrote_a_book_is_the_maker_its_title_is_credited_to(book_engine) -> None:
    first = first_answer(book_engine, "who wrote hale's harbour")
    assert first.text == "Ann Reed"
