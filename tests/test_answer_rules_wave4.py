"""Issue 9, wave 4: general mechanisms behind answers to questions as people phrase them, each alone, then
end to end on a small collection written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from index.store.analysis import terms as analyse
from index.store.passage_index import closest_term
from tests.conftest import answers_to, engine_fixture, first_answer, vocabulary

STORY_VISA = (
    "Bands want visa rules eased\n\n"
    "British bands say the rules for working in America are holding them back.\n\n"
    '"Something has to be done about the creaky bureaucracy," said promoter Alma Quist. '
    '"The forms alone take months."\n\n'
    "Runner Tova Brink has not decided whether to race again next year.\n\n"
    '"Will I have the commitment and energy for another championship? I do not know," said Brink.\n\n'
    "Computers and comics filled the stalls at the fair.\n"
)


visa_engine = engine_fixture({"visa.txt": STORY_VISA})


# ----------------------------------------------------------------- typos against the index vocabulary


def test_the_word_as_typed_sets_how_many_slips_are_forgiven() -> None:
    vocab, counts = vocabulary("commitment computer computers computing comics")
    slipped = analyse("comittment")[0]  # the stemmer leaves six letters of the ten typed
    assert closest_term(slipped, vocab, lambda t: counts.get(t, 0)) is None  # six letters: one slip only
    # ten letters typed: two slips, and of the stems two slips away the one sharing most letters in order
    assert closest_term(slipped, vocab, lambda t: counts.get(t, 0), "comittment") == analyse("commitment")[0]


def test_a_long_scrambled_word_finds_the_one_term_it_shares_its_letters_with() -> None:
    vocab, counts = vocabulary("bureaucracy buyers barrier bargain")
    scrambled = analyse("beaurocracy")[0]
    assert closest_term(scrambled, vocab, lambda t: counts.get(t, 0), "beaurocracy") == analyse("bureaucracy")[0]
    # a short word is never stretched that far, nor one whose best match is not clearly ahead
    assert closest_term(analyse("beaurocr")[0], vocab, lambda t: counts.get(t, 0), "beaurocr") is None
    vocab, counts = vocabulary("bureaucracy bureaucrats buyers barrier bargain")
    assert closest_term(analyse("beaurocracy")[0], vocab, lambda t: counts.get(t, 0), "beaurocracy") \
        == analyse("bureaucracy")[0]
    assert closest_term(analyse("beaurocrats")[0], vocab, lambda t: counts.get(t, 0), "beaurocrats") is None


def test_misspelt_topic_words_reach_the_quotation(visa_engine) -> None:
    first = first_answer(visa_engine, "What did Alma Quist say about american visa beaurocracy?")
    assert "creaky bureaucracy" in first.quote
    answers = answers_to(visa_engine, "What did Tova Brink say about her comittment to another championchip?")
    assert "commitment and energy" in answers[0].quote
    assert all(a.speaker == "Tova Brink" for a in answers)


# ----------------------------------------------------------------- role phrases


def test_a_preposition_inside_a_name_does_not_end_the_role() -> None:
    from index.answer.roles import role_words

    assert role_words("the Republic of Ireland manager") == ("manager", ["Republic", "Ireland"])
    assert role_words("the Bank of England governor") == ("governor", ["Bank", "England"])
    # a preposition after the role word still ends it, "to" included; a document's sender is not its head
    assert role_words("the new chair of the IETF") == ("chair", ["new", "IETF"])
    assert role_words("the envoy to the UN") == ("envoy", ["UN"])
    assert role_words("the open letter from Acme's chief executive")[0] == "letter"


def test_a_noun_relating_someone_to_an_event_is_never_the_head() -> None:
    from index.answer.quote import topic_head

    assert topic_head("Duff's part in the goal") == "goal"
    assert topic_head("her role in the takeover") == "takeover"


STORY_MANAGER = (
    "Kerrigan pleased with Republic\n\n"
    "Republic of Ireland manager Tomas Kerrigan said his side had earned the draw against Norway.\n\n"
    '"We defended well and the goal was coming," said Kerrigan. "I am proud of them."\n\n'
    "Norway coach Per Lund was less happy.\n\n"
    '"We gave the ball away too often," said Lund.\n'
)


manager_engine = engine_fixture({"match.txt": STORY_MANAGER})


def test_a_role_named_with_a_country_of_several_words_finds_its_holder(manager_engine) -> None:
    answers = answers_to(manager_engine, "What did the Republic of Ireland boss say about the goal?")
    assert answers[0].speaker == "Tomas Kerrigan" and "goal was coming" in answers[0].quote
    assert all(a.speaker == "Tomas Kerrigan" for a in answers)


def test_a_role_the_text_qualifies_otherwise_is_another_role() -> None:
    from index.answer.roles import capitals, rival_modifier

    assert rival_modifier("Russian President", "Ivan Petrov")
    assert rival_modifier("Liberal Democrat leader", "Ann Lee")
    assert not rival_modifier("Former President", "Tom Hale")  # a qualifier of any role, not another role
    assert not rival_modifier(" President", "Tom Hale")
    assert capitals("the U.S. and the US, not us") == {"us"}


STORY_SUMMIT = (
    "Leaders meet over trade\n\n"
    "President Tom Hale flew in from the US for the talks on trade.\n\n"
    '"Trade between our countries must grow," said Mr Hale.\n\n'
    "Russian President Ivan Petrov said trade was not the only issue.\n\n"
    '"Trade matters, but so does security," Mr Petrov said.\n'
)
STORY_RUGBY = (
    "Ireland edge Italy\n\n"
    "Ireland coach Sean Dunne praised his side after the win in Rome.\n\n"
    '"It was a hard game and we had to dig deep," said Dunne.\n'
)


summit_engine = engine_fixture({"summit.txt": STORY_SUMMIT, "rugby.txt": STORY_RUGBY, "match.txt": STORY_MANAGER})


def test_the_us_president_is_not_the_russian_one(summit_engine) -> None:
    answers = answers_to(summit_engine, "What did the US president say about trade?")
    assert {a.speaker for a in answers} == {"Tom Hale"}


def test_the_role_word_asked_for_beats_its_synonym(summit_engine) -> None:
    # "Ireland coach Sean Dunne" and "Republic of Ireland manager Tomas Kerrigan": the coach is asked for
    answers = answers_to(summit_engine, "What did the Ireland coach say after the win?")
    assert {a.speaker for a in answers} == {"Sean Dunne"}


# ----------------------------------------------------------------- whole descriptions, shell-noun topics


def test_a_topic_headed_only_by_a_shell_noun_is_about_the_word_before_it() -> None:
    from index.answer.quote import topic_head

    assert topic_head("the Mubanga case") == "mubanga"
    assert topic_head("the firm's move") is None  # a possessor acted; the move is about something else
    assert topic_head("the move on pensions") == "pensions"  # another part has a head: the shell noun is not it


STORY_FILM = (
    "Film shows party rows\n\n"
    "The meeting was shown in a BBC film on ex-Reform MEP Ralph Stoddart-Hume.\n\n"
    "Home Secretary Clara Dane was asked on Sunday whether the claims of Okafor would be looked into.\n\n"
    'Ms Dane told the Weekend programme: "I am not ordering an inquiry into it."\n\n'
    "Okafor was released last month.\n"
)


film_engine = engine_fixture({"film.txt": STORY_FILM})


def test_ex_glued_to_a_description_stays_in_it(film_engine) -> None:
    first = first_answer(film_engine, "Who is Ralph Stoddart-Hume?")
    assert first.text == "ex-Reform MEP"


def test_words_on_a_case_named_by_its_person_answer_it(film_engine) -> None:
    first = first_answer(film_engine, "What did Clara Dane say about the Okafor case?")
    assert "not ordering an inquiry" in first.quote and first.speaker == "Clara Dane"


# ----------------------------------------------------------------- a role's complement and its bare repeats


def test_a_name_set_off_after_the_roles_complement_holds_the_role() -> None:
    from index.answer.roles import _named_at

    text = "The Bishop of Kelso, the Rt Rev Dr Ivo Marsh, praised the film."
    start = text.index("Bishop")
    assert _named_at(text, start, start + len("Bishop")) == ["Ivo Marsh"]
    text = "The head of the firm, which makes cars, said so."
    start = text.index("head")
    assert _named_at(text, start, start + len("head")) == []


def test_a_bare_role_points_back_past_its_repeats_to_where_it_was_introduced() -> None:
    from index.answer.roles import antecedent_fits

    mods = [(("kelso",),)]
    text = ("The Bishop of Kelso, Ivo Marsh, praised the film. Sales rose. Despite that, the Bishop said it was "
            "poor history. The Bishop said: \"It is fun.\"")
    assert antecedent_fits(text, text.index('The Bishop said: "'), "bishop", mods)
    text = ("The Bishop of Kelso, Ivo Marsh, was away. A paper quoted an unnamed bishop from Ely as saying it was "
            "poor. The bishop said: \"It is fun.\"")
    assert not antecedent_fits(text, text.index('The bishop said: "'), "bishop", mods)


STORY_ABBOT = (
    "Bishop attacks thriller\n\n"
    "The film claims the monks hid a treasure. The Bishop of Kelso, the Rt Rev Dr Ivo Marsh, called the "
    "thriller \"great fun\" but \"poor history\". The film has taken millions.\n\n"
    "Writing in his parish newsletter, the Bishop said: \"Treasure stories are always fun to read. "
    "But the history in this thriller is laughable.\"\n"
)


bishop_engine = engine_fixture({"bishop.txt": STORY_ABBOT})


def test_words_the_text_gives_to_the_bare_role_answer_for_its_holder_unnamed(bishop_engine) -> None:
    answers = answers_to(bishop_engine, "What did the Bishop of Kelso say about the thriller?")
    assert "laughable" in " ".join(a.quote for a in answers)
    assert all(a.speaker is None for a in answers)  # never tied to a name the extractor did not give
    assert answers[0].speaker_description


# ----------------------------------------------------------------- anonymous speakers behind a pronoun


def test_a_pronoun_credits_the_description_the_sentence_before_gives_speech_to() -> None:
    from index.answer.roles import said_by_antecedent

    previous = "A spokesman for the Kelso Press said that the word was spreading."
    assert said_by_antecedent("spokes", previous, "", ' he said.') == "A spokesman for the Kelso Press"
    assert said_by_antecedent("spokes", previous, "", " said Ms Lee.") is None  # credited by name
    assert said_by_antecedent("spokes", "The firm said little.", "", " he said.") is None


STORY_PRESS = (
    "Word of the year chosen\n\n"
    "The dictionary chose 'podcast' as its word of the year. "
    "A spokesman for the Kelso University Press said that the word was now in children's dictionaries. "
    '"I think it was the word of last year rather than this year," he said.\n'
)


def test_what_a_described_spokesman_said_through_he_said(spokesman_engine) -> None:
    answers = answers_to(spokesman_engine,
                         "What did a Kelso University Press spokesman say about the word of the year?")
    assert "word of last year" in answers[0].quote
    assert all(a.speaker is None for a in answers)
    assert "spokesman" in (answers[0].speaker_description or "")


def test_a_source_close_to_a_body_is_a_described_speaker() -> None:
    from index.answer.roles import role_words, said_by

    assert role_words("a source close to Acme") == ("source", ["Acme"])
    assert said_by("source", "", " the newspaper quotes a source close to the Chinese firm.") \
        == "a source close to the Chinese firm"
    assert said_by("source", "", " the newspaper quotes the minister.") is None


STORY_SOURCE = (
    "Carmaker deal near\n\n"
    "Acme says none of its money will go to the owners, the FT reports. "
    '"Acme wants its money used to invest in the business," the newspaper quotes a source close to the firm.\n'
)


# One index for both described-speaker stories: a Kelso spokesman and a source close to Acme are told apart by the
# question's words.
spokesman_engine = engine_fixture({"press.txt": STORY_PRESS, "deal.txt": STORY_SOURCE})


def test_what_a_source_close_to_a_firm_said(spokesman_engine) -> None:
    answers = answers_to(spokesman_engine, "What did a source close to Acme say about the money?")
    assert "invest in the business" in answers[0].quote
    assert all(a.speaker is None for a in answers)


# ----------------------------------------------------------------- counts written with a thousands comma


def test_a_count_written_with_its_comma_is_never_a_year() -> None:
    from index.answer.how_many import count_of

    assert count_of("Some 2,000 jobs at the plant may be cut.", ("jobs",)) == ("Some 2,000 jobs", 1.0)
    assert count_of("Output fell in 2005, the council said.", ("council",)) is None  # a year, then a comma
    assert count_of("In 2004 jobs went.", ("jobs",)) is None
