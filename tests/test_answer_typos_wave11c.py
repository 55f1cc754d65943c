"""Issue 9, wave 11, helper ans11c: a misspelt topic word corrected against the index's own vocabulary by one
rule that retrieval and the topic gate share (``closest_terms``), so that "quoted, but not about X" is said only
when no spelling of X matches. Small collections written here (real files, a real index; no seed or gold fact);
each end-to-end test that asks for an answer fails on the code before it, and each has a twin that still gets
"not about"."""

from __future__ import annotations

from index.store.analysis import terms as analyse
from index.store.passage_index import closest_term, closest_terms
from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer, vocabulary

# ----------------------------------------------------------------- a slip inside a suffix, read from the word as typed

STORY_PIER = (
    "Ostwick pier to close for repairs\n\n"
    "Ostwick's Victorian pier will close for a year so that its rusted legs can be replaced.\n\n"
    '"The pier is in a very poor condition and it would be reckless to keep it open," said engineer Nora Quill.\n\n'
)
STORY_ROAD = (
    "Ostwick road resurfaced\n\n"
    "The coast road into Ostwick has reopened after three weeks of work.\n\n"
    '"The new surface will last for twenty years," said councillor Tom Arliss.\n'
)

pier_engine = engine_fixture({"pier.txt": STORY_PIER, "road.txt": STORY_ROAD, **OTHER_STORY})


def test_a_slip_the_stemmer_hides_is_read_one_edit_from_the_word_as_typed(pier_engine) -> None:
    # "condtion" is stemmed to nothing near "condit"; "condition" is one letter from what was typed
    first = first_answer(pier_engine, "what did nora quill say about the pier's condtion")
    assert first.speaker == "Nora Quill"
    assert "poor condition" in first.text


def test_a_speaker_quoted_on_other_things_is_still_not_about_the_corrected_word(pier_engine) -> None:
    # the councillor's words and story hold no "condition": the correction is not borne out by what he said
    answer = no_answer(pier_engine, "what did tom arliss say about the road's condtion")
    assert "not about" in (answer.message or "")


def test_the_word_as_typed_gives_the_stem_of_its_one_edit_neighbour() -> None:
    vocab, counts = vocabulary("The bridge is in good condition. The house was in poor condition.")
    stem = analyse("condtion")[0]
    assert closest_term(stem, vocab, lambda t: counts.get(t, 0)) is None  # the stem alone is too far
    assert closest_term(stem, vocab, lambda t: counts.get(t, 0), "condtion", analyse) == analyse("condition")[0]


# ----------------------------------------------------------------- spellings exactly as close: the text decides

STORY_FAITH = (
    "Minister speaks of her faith\n\n"
    '"My religious beliefs are a private matter and have no bearing on my work," said Ann Dunmore.\n\n'
    '"Our school budget will rise next year," said Ann Dunmore.\n'
)
STORY_REGION = (
    "Region awaits funds\n\n"
    '"The region needs the money now, and the whole region knows it," said mayor Piet Voss.\n\n'
    "Officials in the region said the grant would be paid in May.\n"
)

STORY_FARES = (
    "Bus fares to rise\n\n"
    '"Fares have not gone up for three years, and costs have," said Lena Hart of the bus company.\n'
)

faith_engine = engine_fixture({"faith.txt": STORY_FAITH, "region.txt": STORY_REGION, "fares.txt": STORY_FARES,
                               **OTHER_STORY})


def test_ties_are_all_returned_the_most_frequent_first() -> None:
    vocab, counts = vocabulary("the region, the region, the whole region; a religious man")
    stem = analyse("religion")[0]
    assert stem not in counts
    assert closest_terms(stem, vocab, lambda t: counts.get(t, 0), "religion") == [analyse("region")[0],
                                                                                   analyse("religious")[0]]
    assert closest_term(stem, vocab, lambda t: counts.get(t, 0), "religion") == analyse("region")[0]


def test_a_word_as_close_to_the_misspelling_as_the_index_pick_answers_where_the_text_has_it(faith_engine) -> None:
    # "religion" is no index word; "region" is as close and more frequent, yet her source says "religious"
    first = first_answer(faith_engine, "what did ann dunmore say about her religion")
    assert "religious beliefs" in first.text


def test_no_spelling_in_the_speakers_source_is_still_not_about(faith_engine) -> None:
    # neither "region" nor "religious" is anywhere in what she said or its story
    answer = no_answer(faith_engine, "what did lena hart say about her religion")
    assert "not about" in (answer.message or "")


# ----------------------------------------------------------------- a short word read beside its neighbour

STORY_MATCH = (
    "Ostwick keeper sent off\n\n"
    "Ostwick Rovers lost 2-0 at home after their keeper was sent off in the first half.\n\n"
    '"I had no choice but to show him a red card, the whole ground saw the foul," said referee Sam Odell.\n'
)
STORY_KIT = (
    "Club unveils new kit\n\n"
    "The club's new kit and a cord-bound programme go on sale on Friday, and a kid's shirt costs £30.\n\n"
    '"We will sell out, the vote of the fans for this design was clear," said chairman Ivo Brandt.\n'
)

match_engine = engine_fixture({"match.txt": STORY_MATCH, "kit.txt": STORY_KIT, **OTHER_STORY})


def test_a_short_misspelt_word_is_read_as_the_word_the_texts_write_beside_its_neighbour(match_engine) -> None:
    # "crd" is too short for the spelling rule ("card", "cord" are each one slip away); the texts write "red card"
    first = first_answer(match_engine, "what did sam odell say about the red crd")
    assert first.speaker == "Sam Odell"
    assert "red card" in first.text


def test_a_short_word_no_text_writes_beside_its_neighbour_stays_uncorrected(match_engine) -> None:
    from index.answer.common import spelt_beside

    snap = match_engine.snapshot()
    assert spelt_beside(snap, "crd", "red", None) == analyse("card")[0]
    assert spelt_beside(snap, "crd", None, "vote") is None  # neither "card vote" nor "cord vote" is written
    # corrected, "card" is still nowhere in the chairman's words
    answer = no_answer(match_engine, "what did ivo brandt say about the red crd")
    assert "not about" in (answer.message or "")


STORY_FILM = (
    "Rell to film County Fair\n\n"
    '"Directing County Fair is the hardest job I have taken on," said director Oona Rell.\n'
)
STORY_TRAIN = (
    "Rail timetable changes\n\n"
    '"Passengers will not travel as far for the same money," said rail manager Ken Dole.\n\n'
    "Trains will run far less often, and stations far from the city will close.\n"
)

film_engine = engine_fixture({"film.txt": STORY_FILM, "train.txt": STORY_TRAIN, **OTHER_STORY})


def test_the_word_written_beside_its_neighbour_outranks_the_index_pick(film_engine) -> None:
    # "fare" is one edit from the frequent "far" and two from "fair"; the texts write "County Fair"
    first = first_answer(film_engine, "what did oona rell say about county fare")
    assert "County Fair" in first.text


def test_the_index_pick_stands_where_no_text_writes_a_neighbour_beside_the_word(film_engine) -> None:
    # nothing is written beside "rail" one slip from "fare": the index's "far" stands, and it is his word
    first = first_answer(film_engine, "what did ken dole say about how fare rail passengers travel")
    assert first.speaker == "Ken Dole"
