"""Issue 9, wave 5: general mechanisms behind answers to questions as people phrase them, each alone, then
end to end on a small collection written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

import pytest

from index.store.analysis import terms as analyse
from index.store.passage_index import closest_term
from tests.conftest import answers_to, engine_fixture, first_answer, vocabulary

STORY_TENNIS = (
    "Marek gives up on Wimbledon\n\n"
    "Ivo Marek has won twice on hard courts but says the summer tour is not for him.\n\n"
    '"Some players cannot play on clay. Me, I cannot play on grass," said Marek.\n\n'
    "Radio host Lena Vos says podcasting grew out of her childhood love of radio gadgetry.\n\n"
    '"I was always into wires and valves and little kits," said Vos.\n\n'
    "She now presents a weekly gadget show.\n"
)
STORY_TRADE = (
    "Leaders back the trade bid\n\n"
    "His remarks came as President John Q Adams said the US backed the bid to join the trade club.\n\n"
    '"We want them in the club, on fair terms," Mr Adams said of the bid.\n\n'
    'Former US President Tom Hale said the bid was rushed. "The bid is a mistake," said Mr Hale.\n'
)
STORY_BILL = (
    "MPs to debate the Savings Tax Bill\n\n"
    "The Savings Tax Bill returns to the Commons next week, with critics saying it hurts pensioners.\n\n"
    "Ex-minister Ada Frost told BBC Radio's Today programme there was a danger that savers would lose out.\n\n"
    '"This bill is about fairness," said Treasury minister Carl Brandt.\n'
)


wave5_engine = engine_fixture({"tennis.txt": STORY_TENNIS, "trade.txt": STORY_TRADE, "bill.txt": STORY_BILL})


# ----------------------------------------------------------------- typos


def test_a_word_the_stemmer_cuts_short_is_corrected_as_typed() -> None:
    vocab, counts = vocabulary("grass grab gram gray clay")
    stem = analyse("gras")[0]
    assert len(stem) < 4  # the stemmer leaves three letters of the four typed
    assert closest_term(stem, vocab, lambda t: counts.get(t, 0), "gras") == analyse("grass")[0]
    assert closest_term(stem, vocab, lambda t: counts.get(t, 0)) is None  # without the word as typed: too short


def test_a_misspelt_short_word_reaches_the_quotation(wave5_engine) -> None:
    answers = answers_to(wave5_engine, "what did ivo marek say about playing on gras")
    assert "play on grass" in answers[0].quote
    assert all(a.speaker == "Ivo Marek" for a in answers)


def test_a_corrected_word_matches_its_derivation() -> None:
    from index.answer.relevance import Concept, derived

    assert derived(analyse("gadget")[0], set(analyse("gadgetry")))
    assert not derived(analyse("nation")[0], set(analyse("nationalisation")))  # too far from the stem
    typed_right = Concept(word="gadgets", alternatives=((analyse("gadgets")[0],),), weight=1.0)
    fixed = Concept(word="gadjets", alternatives=((analyse("gadgets")[0],),), weight=1.0, corrected=True)
    text = set(analyse("his love of radio gadgetry"))
    assert fixed.matched_by(text) and not typed_right.matched_by(text)


def test_a_misspelt_word_is_about_its_derivation_in_the_set_up(wave5_engine) -> None:
    answers = answers_to(wave5_engine, "What did Lena Vos say about her childhood radio gadjets?")
    assert "wires and valves" in answers[0].quote
    assert all(a.speaker == "Lena Vos" for a in answers)


# ----------------------------------------------------------------- roles


def test_a_middle_initial_belongs_to_the_name_beside_the_role() -> None:
    from index.answer.roles import _named_at

    text = "His remarks came as President John Q Adams said the US backed it."
    at = text.index("President")
    assert _named_at(text, at, at + len("President")) == ["John Q Adams"]
    text = "Singer Mary J. Blige said so."
    assert _named_at(text, 0, len("Singer")) == ["Mary J. Blige"]


def test_a_former_holder_is_not_the_one_a_question_means() -> None:
    from index.answer.roles import past_holder

    assert past_holder("Former US President") and past_holder("ex-Labour minister")
    assert not past_holder("US President") and not past_holder("Acting President")


def test_the_president_is_the_current_one_named_with_an_initial(wave5_engine) -> None:
    answers = answers_to(wave5_engine, "What did the US president say about the bid?")
    assert answers[0].speaker == "John Q Adams" and "fair terms" in answers[0].quote
    assert all(a.speaker == "John Q Adams" for a in answers)
    answers = answers_to(wave5_engine, "What did the former US president say about the bid?")
    assert all(a.speaker == "Tom Hale" for a in answers)


# ----------------------------------------------------------------- audiences


def test_what_someone_never_quoted_told_an_outlet_is_reported_unnamed(wave5_engine) -> None:
    answers = answers_to(wave5_engine,
                         "What did Ada Frost tell the Today programme about the savings tax bill?")
    assert "told BBC Radio's Today programme" in answers[0].quote
    assert all(a.speaker is None for a in answers)
    # an outlet the sources never tie to her answers nothing
    assert not wave5_engine.ask("What did Ada Frost tell Newsnight about the savings tax bill?").answers


# ----------------------------------------------------------------- counts

STORY_POLL = (
    "Voters doubt the council\n\n"
    "Eight out of 10 voters do not trust the council, a survey for the Gazette suggests.\n\n"
    "And 64% of the 2,000 adults quizzed by Pollsters Ltd said the council wasted money.\n\n"
    "Six tourist villages lost their bus service this year.\n\n"
    "Sales of two or three megapixel camera phones rose, and 40 million phones were sold last year.\n"
)


poll_engine = engine_fixture({"poll.txt": STORY_POLL})


def test_a_count_of_people_is_any_plural_noun_for_people() -> None:
    from index.answer.how_many import count_of

    assert count_of("And 64% of the 2,000 adults quizzed said so.", ("people",)) == ("2,000 adults", 1.0)
    assert count_of("Six tourist villages lost their bus.", ("people",)) is None  # "tourist" qualifies villages
    assert count_of("Six tourist villages lost their bus.", ("villages",)) == ("Six tourist villages", 1.0)


def test_a_share_or_a_size_is_never_a_count() -> None:
    from index.answer.how_many import count_of

    assert count_of("Eight out of 10 voters do not trust it.", ("voters",)) is None
    assert count_of("Under three-quarters of respondents agreed.", ("respondents",)) is None
    assert count_of("Two or three megapixel camera phones sold well.", ("phones",)) is None
    assert count_of("A 42-inch screen costs more.", ("screens",)) is None
    assert count_of("It took 12 hours.", ("hours",)) == ("12 hours", 1.0)


def test_how_many_people_were_asked(poll_engine) -> None:
    first = first_answer(poll_engine,
                         "how many people were polled in the Gazette survey on trust in the council")
    assert first.text == "2,000 adults"
    first = first_answer(poll_engine, "how many camera phones were sold last year?")
    assert first.text == "40 million phones"


# ----------------------------------------------------------------- reasons

STORY_PROFIT = (
    "Brightco shake-up as profit slips\n\n"
    "Brightco is to merge its two boards after reporting weak earnings.\n\n"
    "It blamed the poor results on slow decisions and a wet summer. Brightco said annual profit fell 20%. "
    "Dulcet has become popular because it sells cheap soap.\n\n"
    "Ruritania is to knock three zeros off the crown in the hope of boosting trade.\n\n"
    "Ruritania knocks three zeros off the crown, the central bank said on Monday.\n\n"
    "Brightco's new soap machine costs $100. The device will be exported as a kit of parts to be assembled "
    "locally to keep costs down.\n"
)


profit_engine = engine_fixture({"profit.txt": STORY_PROFIT})


def test_a_reason_about_what_came_before_covers_as_its_passage_does(profit_engine) -> None:
    first = first_answer(profit_engine, "Why did Brightco's profits fall?")
    assert first.quote.startswith("It blamed the poor results")


def test_a_reason_naming_another_subject_is_judged_by_its_own_words() -> None:
    from index.answer.common import Sentence
    from index.answer.why import reason_cover

    def sentence(text: str) -> Sentence:
        return Sentence(source_id="s", paragraph=1, start=0, end=len(text), text=text, passage_score=1.0,
                        cover=0.1, passage_cover=1.0)

    assert reason_cover(sentence("It blamed the poor results on a wet summer."), 1.0) == pytest.approx(0.8)
    assert reason_cover(sentence("The company cited a wet summer."), 1.0) == pytest.approx(0.8)
    assert reason_cover(sentence("Dulcet has become popular because it sells soap."), 1.0) == 0.1
    assert reason_cover(sentence("It fell."), 0.0) == 0.1  # no reason stated: its own words


def test_in_the_hope_of_states_a_purpose(profit_engine) -> None:
    from index.answer.why import reason_strength

    assert reason_strength("It cut the zeros in the hope of boosting trade.") == 1.0
    assert reason_strength("It is hoped the change will help.") == 1.0
    first = first_answer(profit_engine, "why is ruritania taking three zeros off the crown")
    assert "in the hope of boosting trade" in first.quote


# ----------------------------------------------------------------- names, topics, descriptions, authors

STORY_FILMS = (
    "Critics weigh up the Oscars\n\n"
    'Film critic Rob Akers liked the documentary. "Super Size Me is fun and punky," said Rob Akers.\n\n'
    "MPs will debate the Care Bill, which critics say allows euthanasia.\n\n"
    "Health minister Ann Pike spoke on Monday.\n\n"
    '"We are against euthanasia, and always will be," said Ms Pike.\n\n'
    "The Millbrook candidate backs the bypass, which opens in May.\n\n"
    '"They moved so quickly it caught Acme by surprise," the Daily Wire quoted an insider in the talks as saying.\n\n'
    "Jo Ray is technology correspondent for The Daily Wire.\n"
)


STORY_COLUMN = (
    "Budget row grows\n\n"
    "The budget was published on Monday.\n\n"
    '"The budget is a disgrace to the nation," Ed Varga wrote in his Sunday column.\n'
)


films_engine = engine_fixture({"films.txt": STORY_FILMS, "column.txt": STORY_COLUMN})


def test_a_name_typed_in_lower_case_is_not_a_group(films_engine) -> None:
    from index.answer.quote import typed_name

    snap = films_engine.snapshot()
    assert typed_name(snap, "rob akers") and not typed_name(snap, "film critics") and not typed_name(snap, "critics")
    # (since wave 36 a quoted person's surname typed alone is theirs too: "what did monfils say" is Gael Monfils)
    assert typed_name(snap, "akers")
    answers = answers_to(films_engine, "what did rob akers say about super size me")
    assert all(a.speaker == "Rob Akers" for a in answers)


def test_a_coordinated_topic_is_answered_by_words_on_either_matter(films_engine) -> None:
    from index.answer.quote import conjuncts

    assert conjuncts("euthanasia and the capacity bill") == ["euthanasia", "the capacity bill"]
    assert conjuncts("the meeting with Blair and Brown") == ["the meeting with Blair and Brown"]
    answers = answers_to(films_engine,
                         "what does the health minister think about euthanasia and the assisted dying bill")
    assert "against euthanasia" in answers[0].quote
    assert all(a.speaker == "Ann Pike" for a in answers)


def test_what_an_insider_in_the_talks_said(films_engine) -> None:
    from index.answer.roles import said_by

    assert said_by("inside", "", ' the Daily Wire quoted an insider in the talks as saying.') \
        == "an insider in the talks"
    answers = answers_to(films_engine, "what did an insider say about how acme was caught out")
    assert "caught Acme by surprise" in answers[0].quote
    assert all(a.speaker is None for a in answers)


def test_what_someone_said_is_never_a_sentence_that_reports_no_speech(films_engine) -> None:
    from index.answer.quote import reports_speech

    assert reports_speech("Mr Field told Newsnight there was a danger.")
    assert reports_speech('"It is vital," he added.')
    assert not reports_speech("The Millbrook candidate backs the bypass, which opens in May.")
    assert not films_engine.ask("What did the Millbrook candidate say about the bypass?").answers


def test_the_note_a_piece_ends_with_names_its_writer(films_engine) -> None:
    first = first_answer(films_engine, "who wrote the article about rob akers and the oscars?")
    assert first.text == "Jo Ray"
    assert "technology correspondent" in first.quote


# ----------------------------------------------------------------- dates of a beginning

STORY_CLUB = (
    "Keane signs new deal at Rovers\n\n"
    "Rovers boss Tom Keane signed a contract extension on Thursday, securing his future at the club until "
    "summer 2009.\n\n"
    '"I want us in the top six," said Keane, who took over at Rovers in May 2003.\n\n'
    "Striker Ian Bold announced his departure from the band on Friday.\n"
)


club_engine = engine_fixture({"club.txt": STORY_CLUB})


def test_when_someone_became_is_the_date_the_text_says_it_began(club_engine) -> None:
    answers = answers_to(club_engine, "when did keane become rovers manager")
    assert answers[0].text == "May 2003"
    # a date that ends a period is never when it began, and a sentence saying nothing began gives no date
    assert all("2009" not in a.text for a in answers)
    assert not club_engine.ask("when did ian bold join the band?").answers


def test_a_why_nothing_covers_well_falls_back_to_a_hinted_reason(profit_engine) -> None:
    answer = profit_engine.ask("Why will the Zenith radio be shipped as a kit of parts?")
    assert not answer.answers  # another device: its passage does not cover the question
    first = first_answer(profit_engine, "Why will the Brightco soap machine be shipped as a kit of parts?")
    assert "to keep costs down" in first.quote


def test_what_someone_wrote_is_only_words_the_text_says_were_written(films_engine) -> None:
    first = first_answer(films_engine, "What did Ed Varga write about the budget?")
    assert "a disgrace" in first.quote
    answer = films_engine.ask("What did Ann Pike write about euthanasia?")
    assert not answer.answers and "nothing they wrote" in (answer.message or "")
    assert films_engine.ask("What did Ann Pike say about euthanasia?").answers  # her spoken words still answer


STORY_MARKETS = (
    "Markets shrug off the disaster\n\n"
    "The flood hit six coastal provinces last week.\n\n"
    "Stock markets reached record highs, suggesting investors do not fear a major economic impact.\n\n"
    '"With so much loss of life, a lot of time is needed to clean up. But it is not a big thing in the economic '
    'sense," said strategist Lee Mand.\n'
)


markets_engine = engine_fixture({"markets.txt": STORY_MARKETS,
                                 "hills.txt": "Fires in the hills\n\nWildfires burned across the hills.\n"})


def test_a_correction_is_borne_out_by_the_quotations_source(markets_engine) -> None:
    answers = answers_to(markets_engine, "What did Lee Mand say about the econmic impact of the flod?")
    assert "economic sense" in answers[0].quote
    assert all(a.speaker == "Lee Mand" for a in answers)
    # a correction the quotation's source never bears out (only another source says "wildfires") answers nothing
    assert not markets_engine.ask("What did Lee Mand say about the econmic impact of the wildfirres?").answers


# ----------------------------------------------------------------- whole places


def test_an_event_named_as_a_place_keeps_its_year_kind_and_setting() -> None:
    from index.answer.where import _best_place

    sentence = "The club was launched yesterday at the Autosport International 2005 show at Birmingham's NEC, with cars."
    assert _best_place(sentence) == "the Autosport International 2005 show at Birmingham's NEC"
    assert _best_place("The talks were held at the Barbican in London on Monday.") == "the Barbican in London"
    assert _best_place("He spoke in Paris to the BBC.") == "Paris"  # an acronym after a plain name still ends it


def test_the_group_a_share_is_taken_out_of_is_a_count() -> None:
    from index.answer.how_many import count_of

    # only a number before "out of" makes the one after it a share's base
    assert count_of("Out of 2,000 people asked, 64% said yes.", ("people",)) == ("2,000 people", 1.0)
    assert count_of("Three out of 10 voters do not trust it.", ("voters",)) is None


def test_a_verb_ends_the_counted_noun_in_each_of_its_forms() -> None:
    from index.answer.how_many import ends_counted_noun

    # "how many soldiers remains in the town" (a typed question): the noun is "soldiers", in either form
    assert ends_counted_noun("remain") and ends_counted_noun("remains")
    assert not ends_counted_noun("soldiers")
