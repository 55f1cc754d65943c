"""Acronyms, synonyms and question-word expansion, on the real seeds and on small made-up texts.

The learned table widens every question that uses an acronym, so the negatives
here matter as much as the positives: a wrong expansion is a silent
relevance bug, a missing one only costs recall.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.answer.relevance import build_concepts
from index.extract.acronyms import expand_terms, learn_acronyms, load_synonyms
from index.store.analysis import terms as analyse
from tests.conftest import first_answer

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


# ------------------------------------------------------------------ the seeds


def test_seed_collection_learns_nrc_and_isaf(seed_texts: list[str]) -> None:
    learned = learn_acronyms(seed_texts)
    assert learned["nrc"] == "NATO-Russia Council"
    # ISAF is used bare in the CNN and Wikipedia articles and spelled out only in the
    # Moscow Times one: the collection-wide fallback connects them.
    assert learned["isaf"] == "International Security Assistance Force"


def test_seed_collection_learns_nothing_spurious(seed_texts: list[str]) -> None:
    learned = learn_acronyms(seed_texts)
    # NATO is never defined in the seeds; "NATO-led"/"NATO-proposed" must not pass for it,
    # and datelines (MOSCOW), outlets (CNN, RFE/RL) and START have no expansion here.
    assert set(learned) == {"isaf", "nrc"}


def test_nrc_is_learned_within_the_cnn_article_alone() -> None:
    # "In the NATO-Russia Council, ..." comes two paragraphs before "in the NRC".
    assert learn_acronyms([seed("cnn-russia-nato-deepen-ties.txt")]) == {"nrc": "NATO-Russia Council"}


def test_wikipedia_article_alone_defines_no_acronym() -> None:
    # It spells out the NATO-Russia Council but never writes "NRC", and uses ISAF bare:
    # nothing in that text alone ties an acronym to a name.
    assert learn_acronyms([seed("wiki-nato-russia-relations.txt")]) == {}


def test_isaf_needs_the_other_article() -> None:
    assert "isaf" not in learn_acronyms([seed("cnn-russia-nato-deepen-ties.txt")])
    assert "isaf" not in learn_acronyms([seed("moscow-times-nato-russia-embrace.txt")])


def test_output_is_sorted_and_json_serialisable(seed_texts: list[str]) -> None:
    learned = learn_acronyms(seed_texts)
    assert list(learned) == sorted(learned)
    assert json.loads(json.dumps(learned)) == learned
    assert learn_acronyms(reversed(seed_texts)) == learned  # order of sources does not matter


def test_accepts_a_generator(seed_texts: list[str]) -> None:
    # The store passes a generator expression; it must be consumed only once.
    assert learn_acronyms(t for t in seed_texts) == learn_acronyms(seed_texts)


# ------------------------------------------------------------------ rule (a): parenthesised definitions


@pytest.mark.parametrize("text, acronym, expansion", [
    ("The North Atlantic Treaty Organization (NATO) met in Brussels.", "nato", "North Atlantic Treaty Organization"),
    ("NATO (North Atlantic Treaty Organization) met in Brussels.", "nato", "North Atlantic Treaty Organization"),
    ("NATO (the North Atlantic Treaty Organization) met.", "nato", "North Atlantic Treaty Organization"),
    ("Talks on the Strategic Arms Reduction Treaty (START) resumed.", "start", "Strategic Arms Reduction Treaty"),
    ("He praised the Organization for Security and Co-operation in Europe (OSCE).", "osce",
     "Organization for Security and Co-operation in Europe"),
    ("The United Nations (UN) voted.", "un", "United Nations"),
    ("The European Union (EU) agreed.", "eu", "European Union"),
    ("Troops of the International Security Assistance Force (ISAF) left.", "isaf",
     "International Security Assistance Force"),
])
def test_parenthesised_definitions(text: str, acronym: str, expansion: str) -> None:
    assert learn_acronyms([text]) == {acronym: expansion}


def test_two_letter_acronym_is_learned_when_defined() -> None:
    assert learn_acronyms(["The United Socialists (US) won the vote."]) == {"us": "United Socialists"}


def test_definition_without_matching_initials_is_ignored() -> None:
    assert learn_acronyms(["The Warsaw Pact countries (NATO) disagreed."]) == {}
    assert learn_acronyms(["NATO (a military alliance) met."]) == {}


# ------------------------------------------------------------------ rule (b): name, then its initials


def test_name_followed_by_initials() -> None:
    text = "The NATO-Russia Council met on Friday. Diplomats said the NRC would meet again."
    assert learn_acronyms([text]) == {"nrc": "NATO-Russia Council"}


def test_en_dash_in_name_is_normalised() -> None:
    text = "The NATO\u2013Russia Council met on Friday. Diplomats said the NRC would meet again."
    assert learn_acronyms([text]) == {"nrc": "NATO-Russia Council"}


def test_hyphenated_parts_count_as_words() -> None:
    text = "The Euro-Atlantic Partnership Council met. The EAPC has 50 members."
    assert learn_acronyms([text]) == {"eapc": "Euro-Atlantic Partnership Council"}


def test_connectors_are_skipped_in_undefined_names() -> None:
    text = "Russia joined the Partnership for Peace in 1994. The PP was a first step."
    assert learn_acronyms([text]) == {}  # two letters: needs a definition
    text = "The Department of Trade and Industry said. The DTI was wrong."
    assert learn_acronyms([text]) == {"dti": "Department of Trade and Industry"}
    # Without a definition a connector never spells a letter ("Africa and Australia" is not AAA) ...
    assert learn_acronyms(["The Bank of England cut rates. The BOE said so."]) == {}
    assert learn_acronyms(["Africa and Australia drew. The AAA said so."]) == {}
    # ... and "in"/"on" phrases are too often a name plus a place or a date.
    assert learn_acronyms(["The European Parliament in October voted. The EPO said so."]) == {}


def test_connectors_may_be_spelled_in_a_definition() -> None:
    assert learn_acronyms(["The Bank of America (BOA) said."]) == {"boa": "Bank of America"}
    text = "The Conference on Security and Co-operation in Europe (CSCE) met."
    assert learn_acronyms([text]) == {"csce": "Conference on Security and Co-operation in Europe"}


@pytest.mark.parametrize("text", [
    "But Mr Wyatt said so. The BMW board agreed.",
    "Germany's Marc Blume said so. The GMB board agreed.",
    "The tsunami hit Asia on Boxing Day. The ABD said so.",
    "A BBC News report said so. The ABN board agreed.",
    "He spoke. Repealing the Hunting Bill was wrong, said the RHB group.",
    "The band played. Singer Pete Doherty left. The SPD said so.",
    "British British Casino opened. The BBC said so.",
    "The Times Higher Education said so. THE WORLD IS GOOD.",
])
def test_sentence_openers_possessives_and_dates_are_not_names(text: str) -> None:
    assert learn_acronyms([text]) == {}


def test_acronym_word_gives_first_or_all_letters() -> None:
    text = "The UN Security Council voted. Later the UNSC said it would meet."
    assert learn_acronyms([text]) == {"unsc": "UN Security Council"}
    text = "The UN Security Council voted. Later the USC said it would meet."
    assert learn_acronyms([text]) == {"usc": "UN Security Council"}


def test_name_must_come_before_the_initials() -> None:
    text = "The NRC met on Friday. It is formally the NATO-Russia Council."
    assert learn_acronyms([text]) == {}


def test_two_letter_initials_need_a_definition() -> None:
    # "US" happens to fit "United Socialists", but two letters fit far too many names.
    assert learn_acronyms(["The United Socialists won. The US said no."]) == {}
    assert learn_acronyms(["The US said no. The United Socialists won."]) == {}


def test_name_does_not_cross_punctuation() -> None:
    text = "Officials from Norway, Russia, Canada met. The NRC was not mentioned by name."
    assert learn_acronyms([text]) == {}


def test_most_frequent_expansion_wins() -> None:
    texts = [
        "The National Research Council met. The NRC said so.",
        "The NATO-Russia Council met. The NRC said so.",
        "The NATO-Russia Council met again. The NRC said so.",
    ]
    assert learn_acronyms(texts) == {"nrc": "NATO-Russia Council"}


def test_explicit_definition_outweighs_a_coincidental_name() -> None:
    texts = [
        "The National Research Council (NRC) reported.",
        "The NATO-Russia Council met. The NRC said so.",
    ]
    assert learn_acronyms(texts) == {"nrc": "National Research Council"}


def test_expansion_length_is_limited() -> None:
    name = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India"
    assert learn_acronyms([f"The {name} (ABCDEFGHI) met."]) == {}  # nine letters
    assert learn_acronyms([f"The {name} met. The ABCDEFGH agreed."]) == {
        "abcdefgh": "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel"}


# ------------------------------------------------------------------ negatives


@pytest.mark.parametrize("text", [
    "NATO met in Brussels on Friday.",
    "MOSCOW (Reuters) - Russia said on Friday it would study the plan.",
    "The CNN Wire Staff reported from Moscow.",
    "NATO-led forces and NATO-proposed plans. NATO said so.",
    "New START treaty talks. START was signed.",
    "Nato (Nato) said.",
    "ABC (ABC) reported.",
    "",
    "( ) (( )) (NATO",
])
def test_nothing_learned_without_a_definition(text: str) -> None:
    assert learn_acronyms([text]) == {}


def test_never_maps_a_word_to_itself() -> None:
    texts = ["The NATO Summit met. NATO agreed.", "NATO (NATO) met.", "The Kremlin (KREMLIN) said."]
    learned = learn_acronyms(texts)
    for acronym, expansion in learned.items():
        assert expansion.lower().replace(" ", "") != acronym


def test_mixed_case_words_are_not_acronyms() -> None:
    assert learn_acronyms(["The Partnership for Peace. The PfP grew.", "Nato (Nato) said."]) == {}


def test_non_string_and_empty_inputs_are_skipped() -> None:
    assert learn_acronyms([]) == {}
    assert learn_acronyms(["", "   ", "\n\n"]) == {}


# ------------------------------------------------------------------ synonyms


def test_synonyms_load_and_are_cached() -> None:
    syn = load_synonyms()
    assert syn is load_synonyms()
    assert len(syn) >= 40
    for key, values in syn.items():
        assert key == key.lower() and key.strip() == key
        assert isinstance(values, tuple) and values
        assert key not in values
        assert all(v == v.lower() for v in values)


@pytest.mark.parametrize("a, b", [
    ("defence", "defense"), ("programme", "program"), ("organisation", "organization"),
    ("us", "united states"), ("us", "america"), ("uk", "britain"), ("uk", "united kingdom"),
    ("soviet", "ussr"), ("secretary-general", "secretary general"),
    ("missile shield", "missile defense"), ("missile shield", "missile defence"), ("afghan", "afghanistan"),
])
def test_symmetric_synonyms(a: str, b: str) -> None:
    syn = load_synonyms()
    assert b in syn[a]
    assert a in syn[b]


@pytest.mark.parametrize("a, b", [
    ("gop", "republican"), ("gop", "republicans"), ("pm", "prime minister"), ("kremlin", "russian government"),
])
def test_one_way_synonyms(a: str, b: str) -> None:
    syn = load_synonyms()
    assert b in syn[a]
    assert a not in syn.get(b, ())


def test_british_and_american_spellings_analyse_differently() -> None:
    # The reason the list exists: the stemmer alone does not join these.
    assert analyse("defence") != analyse("defense")
    assert analyse("organisation") != analyse("organization")


# ------------------------------------------------------------------ expand_terms


ACR = {"nrc": "NATO-Russia Council", "isaf": "International Security Assistance Force",
       "pfp": "Partnership for Peace"}


def test_expand_acronym_to_phrase() -> None:
    out = expand_terms(["when", "nrc", "created"], ACR, {})
    assert out == [["when"], ["nrc", "NATO-Russia Council"], ["created"]]


def test_expand_phrase_to_acronym() -> None:
    out = expand_terms(["nato", "russia", "council", "created"], ACR, {})
    assert out == [["nato", "nrc"], ["russia", "nrc"], ["council", "nrc"], ["created"]]


def test_expand_hyphenated_word_and_connectors() -> None:
    assert expand_terms(["nato-russia", "council"], ACR, {}) == [["nato-russia", "nrc"], ["council", "nrc"]]
    # The question's stopword filter drops "for"; the phrase still matches.
    assert expand_terms(["partnership", "peace"], ACR, {}) == [["partnership", "pfp"], ["peace", "pfp"]]


def test_partial_phrase_does_not_expand() -> None:
    assert expand_terms(["russia", "council"], ACR, {}) == [["russia"], ["council"]]


def test_expand_synonyms_and_order() -> None:
    syn = load_synonyms()
    out = expand_terms(["gop", "defence", "missile", "shield"], {}, syn)
    assert out[0][:3] == ["gop", "republican", "republicans"]
    assert out[1] == ["defence", "defense"]
    assert "missile defense" in out[2] and "missile defense" in out[3]


def test_expand_upper_case_acronym_keys_and_no_duplicates() -> None:
    out = expand_terms(["nrc"], {"NRC": "NATO-Russia Council"}, {"nrc": ("nato-russia council", "nrc")})
    assert out == [["nrc", "NATO-Russia Council", "nato-russia council"]]


def test_expand_is_pure() -> None:
    acr, syn = dict(ACR), {"us": ("united states",)}
    words = ["nrc", "us"]
    expand_terms(words, acr, syn)
    assert acr == ACR and syn == {"us": ("united states",)} and words == ["nrc", "us"]
    assert expand_terms([], acr, syn) == []


def test_shapes_fit_build_concepts(seed_texts: list[str]) -> None:
    # relevance.build_concepts reads acronyms[word] and synonyms.get(word, []) directly.
    learned = learn_acronyms(seed_texts)
    concepts = build_concepts(["nrc", "defence"], learned, load_synonyms(), lambda term: 1.0)
    nrc, defence = concepts
    assert tuple(analyse("NATO-Russia Council")) in nrc.alternatives
    assert tuple(analyse("defense")) in defence.alternatives


# ------------------------------------------------------------------ end to end


def test_name_in_another_text_fills_in_an_undefined_acronym() -> None:
    texts = ["Troops of the ISAF left Kabul.", "The International Security Assistance Force was set up in 2001."]
    assert learn_acronyms(texts) == {"isaf": "International Security Assistance Force"}
    # ... but two letters are never filled in from elsewhere,
    assert learn_acronyms(["The US said no.", "The United Socialists won."]) == {}
    # nor is an acronym for which the other texts offer competing names,
    texts = ["The BBC reported.", "The British Broadcasting Corporation said.", "Officials of the Bank Brussels Committee met."]
    assert learn_acronyms(texts) == {}
    # nor from names joined by "and",
    assert learn_acronyms(["The BBC reported.", "Bank and Bank of China met."]) == {}
    # nor from names that do not end in an institution word (a person, a headline).
    assert learn_acronyms(["The SPD said so.", "The band played and singer Pete Doherty left."]) == {}


def test_sentence_opening_name_counts_when_it_names_an_institution() -> None:
    text = "Voters met.\n\nScottish National Party leaders spoke. The SNP said so."
    assert learn_acronyms([text]) == {"snp": "Scottish National Party"}


def test_engine_answers_nrc_question_through_the_learned_acronym(request: pytest.FixtureRequest) -> None:
    try:
        import index.store.build  # noqa: F401
    except ImportError as exc:  # the lead is still landing quotes/speakers; the build cannot run yet
        pytest.skip(f"index build not importable yet: {exc}")
    engine = request.getfixturevalue("engine")
    assert engine.snapshot().acronyms.get("nrc") == "NATO-Russia Council"
    first = first_answer(engine, "When was the NRC created?")
    assert "28 May 2002" in first.quote
