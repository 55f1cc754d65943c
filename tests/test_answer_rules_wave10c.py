"""Issue 9, wave 10, helper ans10c: no forced number or date — a count or a date must belong to the question's
subject and event, not to another named in the same sentence. Each mechanism alone on a small collection written
here (real files, a real index; no seed or gold fact); every end-to-end test fails on the code before it."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer

# ----------------------------------------------------------------- a count owned by another named subject

STORY_AWARDS = (
    "Brightwater awards night\n\n"
    "Singer Tolliver and the band Zephyrtones lead the nominations at the Brightwater music awards.\n\n"
    "Zephyrtones will add their awards to the two they won at the Coastline awards and three trophies in May. "
    "Tolliver is nominated in five categories this year.\n"
)

awards_engine = engine_fixture({"awards.txt": STORY_AWARDS, **OTHER_STORY})


def test_a_count_whose_sentence_opens_with_another_name_is_not_the_asked_subjects(awards_engine) -> None:
    # the story never says how many trophies Tolliver has won: the three are Zephyrtones'
    no_answer(awards_engine, "how many trophies has tolliver won")


def test_the_owner_named_in_the_sentence_still_gets_the_count(awards_engine) -> None:
    first = first_answer(awards_engine, "How many trophies have Zephyrtones won?")
    assert "three trophies" in first.text


def test_asked_owner() -> None:
    from index.answer.how_many import asked_owner

    assert asked_owner("how many grammys has tolliver won") == ["tolliver"]
    assert asked_owner("How many episodes did the Harbour Company make?") == ["Harbour", "Company"]
    assert asked_owner("How many people are thought to have gone to the festival this year?") == []
    assert asked_owner("How many senators wanted the vote delayed?") == []


# ----------------------------------------------------------------- people counted for another event

STORY_SHOW = (
    "Island House eviction\n\n"
    "Viewers of the reality show Island House evicted the chef Rona Vale on Friday.\n\n"
    "Earlier on Friday 12 protesters from a campaign group were arrested after climbing onto the Island House set. "
    "Organisers said the show's ratings had risen all week.\n"
)

show_engine = engine_fixture({"show.txt": STORY_SHOW, **OTHER_STORY})


def test_people_counted_for_another_event_do_not_answer_how_many_did_it(show_engine) -> None:
    # the 12 protesters were arrested; nobody says how many people voted
    no_answer(show_engine, "How many people voted in the Island House eviction?")


def test_people_counted_for_the_asked_event_still_answer(show_engine) -> None:
    first = first_answer(show_engine, "How many people were arrested at the Island House set?")
    assert "12 protesters" in first.text


def test_event_verb_and_does_event() -> None:
    from index.answer.how_many import does_event, event_verb

    assert event_verb("How many people voted in the eviction?", ("people",)) == "voted"
    assert event_verb("how many people are expected at the festival", ("people",)) is None
    assert event_verb("How many jobs were cut?", ("jobs",)) is None
    assert not does_event("Earlier 12 protesters were arrested.", "12 protesters", ("people",), "voted")
    assert does_event("About 4,000 voters turned out.", "4,000 voters", ("people",), "voted")
    assert does_event("Some 300 people were arrested.", "300 people", ("people",), "voted")


# ----------------------------------------------------------------- a date that qualifies another named event

STORY_PARTY = (
    "Hartwell quits the Meadow Party\n\n"
    "The broadcaster Jem Hartwell has left the Meadow Party after a row over its leadership.\n\n"
    "It began with a flood of publicity which helped the Meadow Party into third place in last June's Regional "
    "elections but became dominated by rancour as he tried to take over.\n"
)

party_engine = engine_fixture({"party.txt": STORY_PARTY, **OTHER_STORY})


def test_a_date_of_another_named_event_does_not_answer_when_someone_joined(party_engine) -> None:
    # the story never says when Hartwell joined: "last June" dates the Regional elections
    no_answer(party_engine, "when did hartwell join the meadow party")


def test_dates_another_name() -> None:
    from index.answer.when import dates_another_name
    from index.extract.dates import find_dates

    def check(sentence: str, names: set[str], question: str) -> bool:
        date = find_dates(sentence, "2005-02-01")[0]
        asked = {w.lower() for w in question.split()}
        return dates_another_name(sentence, date, frozenset(names), asked)

    # the asked person missing, the date qualifying another named event: another's date
    assert check("It helped the party in last June's Regional elections.", {"hartwell"}, "when did hartwell join")
    # the asked person in the sentence: the date may be theirs
    assert not check("Hartwell joined in last June's Regional elections.", {"hartwell"}, "when did hartwell join")
    # a date not followed by another name
    assert not check("The party won in June 2004 after a long campaign.", {"hartwell"}, "when did hartwell join")


# ----------------------------------------------------------------- a place with no name left is no place

STORY_FINAL = (
    "Singer to play the Harbour Cup final\n\n"
    "Singer Nessa Quill is to perform at this year's Harbour Cup final.\n\n"
    "It will be her first performance at the Harbour Cup, which will be watched by millions in the US on 6 February.\n"
)

final_engine = engine_fixture({"final.txt": STORY_FINAL, **OTHER_STORY})


def test_where_is_not_answered_by_a_bare_determiner_or_the_questions_own_place(final_engine) -> None:
    # the story never says where the final is played: not "the" (of "in the US") nor "the Harbour Cup"
    no_answer(final_engine, "Where is this year's Harbour Cup being played?")


def test_where_still_names_a_place() -> None:
    from index.answer.where import _best_place

    assert _best_place("The band played at the Barbican in London.", None, "Where did the band play?") \
        == "the Barbican in London"
    assert _best_place("Millions watched in the US on Sunday.", None, "Where is the final?") is None
    assert _best_place("It was her debut at the Harbour Cup.", None, "Where is the Harbour Cup?") is None


# ----------------------------------------------------------------- "where will …" is not where it has been

STORY_OFFICE = (
    "Larkspur to pick one head office\n\n"
    "The food group Larkspur is to end its dual structure and run the business from a single head office.\n\n"
    "Larkspur, which has had dual headquarters in Ostend and Leeds since 1930, will announce the location of "
    "its new head office at a later date.\n"
)

office_engine = engine_fixture({"office.txt": STORY_OFFICE, **OTHER_STORY})


def test_where_will_is_not_answered_by_where_it_has_been(office_engine) -> None:
    no_answer(office_engine, "where will larkspur's new head office be")


def test_where_was_still_answered_by_where_it_has_been(office_engine) -> None:
    first = first_answer(office_engine, "where has larkspur had its headquarters")
    assert "Ostend and Leeds" in first.text


def test_past_place() -> None:
    from index.answer.where import past_place

    s = "The company, which has had offices in Ostend since 1930, will move."
    assert past_place(s, s.index("in Ostend"), s.index("Ostend") + len("Ostend"))
    s = "The company will open its new office in Ostend next year."
    assert not past_place(s, s.index("in Ostend"), s.index("Ostend") + len("Ostend"))


# ----------------------------------------------------------------- a date of another named thing, by another verb

STORY_LABEL = (
    "Mogul starts a new label\n\n"
    "Record boss Ned Arlow is to launch a new label, Zephyr, convinced he has found a great new band.\n\n"
    "Ned Arlow, the music mogul who established the influential Glasshouse Records in the 1980s, is to launch "
    "a new label. The label, Zephyr, will release a single in May. Arlow left Glasshouse Records in 1992.\n"
)

label_engine = engine_fixture({"label.txt": STORY_LABEL, **OTHER_STORY})


def test_a_date_of_another_named_thing_does_not_answer_when_the_asked_one_was_set_up(label_engine) -> None:
    # nobody says when Zephyr was set up: the 1980s are Glasshouse Records'
    answer = label_engine.ask("When did Ned Arlow set up his Zephyr label?")
    assert all("1980s" not in a.text for a in answer.answers), [a.text for a in answer.answers]


def test_the_questions_own_verb_before_the_name_keeps_its_date(label_engine) -> None:
    # "left" is the question's "leave", written irregularly: the date is the asked event's
    first = first_answer(label_engine, "When did Arlow leave Glasshouse?")
    assert "1992" in first.text


def test_base_verb() -> None:
    from index.answer.when import base_verb

    assert base_verb("left") == "leave"
    assert base_verb("Took") == "take"
    assert base_verb("joined") == "joined"


def test_dates_another_name_before_the_date() -> None:
    from index.answer.when import dates_another_name
    from index.extract.dates import find_dates

    def check(sentence: str, question: str, event_words: set[str]) -> bool:
        date = find_dates(sentence, "2005-02-01")[0]
        asked = {w.lower() for w in question.split()}
        return dates_another_name(sentence, date, frozenset({"zephyr"}), asked, lambda w: w in event_words)

    q = "when did arlow set up zephyr"
    # another name dated by another verb: not the asked event's date
    assert check("He established the influential Glasshouse Records in 1984.", q, {"set"})
    # the question's own event right before the name ("his arrest in Zambia in March 2002"): its date
    assert not check("He spoke shortly after his arrest in Glasshouse in March 2002.", q, {"arrest"})
