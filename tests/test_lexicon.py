"""The speech-verb lexicon: one table every speech-verb pattern is derived from.

What a user would notice if the table went wrong: a quotation whose "told reporters" frame is read as "told"
with "reporters" as the speaker, a question with "mention" no longer understood as a quote question, a
checked claim's "he claimed" no longer read as someone else's claim. These tests pin the table's properties
the consumers rely on, and one behaviour of each consumer.
"""

from __future__ import annotations

import re

import pytest

from index.answer import check, claims, quote
from index.answer.question import parse_question
from index.extract import lexicon
from index.extract.quotes import patterns
from index.models import Intent


def test_every_form_stands_once_with_a_known_kind_and_use() -> None:
    texts = [f.text for f in lexicon.FORMS]
    assert len(texts) == len(set(texts))
    assert all(f.kind in lexicon.KINDS and f.uses and f.uses <= lexicon.USES for f in lexicon.FORMS)
    assert all(lexicon.forms(use) for use in lexicon.USES), "a use no form is read by"


@pytest.mark.parametrize("use", sorted(lexicon.USES))
def test_a_form_ending_where_a_longer_one_goes_on_comes_first(use: str) -> None:
    """"said" before "said that", "told" before "told reporters": the alternation tries the short form first
    and backtracks to the long one, as every hand list did; the other order changes which words a match takes."""
    forms = lexicon.forms(use)
    for i, longer in enumerate(forms):
        for shorter in forms[i + 1:]:
            assert not longer.lower().startswith(shorter.lower() + " "), (use, shorter, longer)


def test_the_derived_lists_keep_their_relations() -> None:
    lead = set(lexicon.forms("lead"))
    assert patterns._CORE <= lead and patterns._INFINITIVE_VERBS <= lead
    assert set(lexicon.forms("aside")) <= lead
    # the checker reads claims with the claim reader's frame verbs: they hold the extractor's core verbs
    assert patterns._CORE <= set(claims.SPEECH_VERBS.split("|"))
    assert set(lexicon.forms("pronoun")) <= set(quote._VERBS.split("|"))
    assert set(claims.SPEECH_VERBS.split("|")) < set(claims.CLAIM_VERBS.split("|"))
    assert all(f.endswith("ing") or f.endswith("ing out") for f in lexicon.forms("participle"))
    assert {"said", "claimed", "believes", "thinks"} <= check._REPORTING


def test_a_form_of_several_words_takes_the_given_space() -> None:
    rx = re.compile(rf"\b{quote._REPORTING}\b", re.IGNORECASE)
    assert rx.fullmatch("pointed \t out") and rx.fullmatch("Points out")
    assert re.compile(rf"(?:{patterns.VERB})").fullmatch("told reporters")
    assert not re.compile(rf"(?:{patterns.VERB})").fullmatch("told  reporters")


def test_each_consumer_reads_its_verbs() -> None:
    # the extractor: a named subject before a reporting verb of several words
    m = re.match(rf"(?P<who>[A-Z]\w+ [A-Z]\w+) (?P<verb>{patterns.VERB})\b", "Jane Doe told reporters on Monday")
    assert m and m.group("verb") == "told"  # the short form first; a pattern needing more backtracks to the long
    # the claim reader and frames: a verb of the claim reader only, and one of both
    assert claims.CLAIM_VERB.fullmatch("hit back") and not claims.SPEECH_VERB.fullmatch("hit back")
    assert claims.SPEECH_VERB.fullmatch("was quoted as saying")
    # the question parser: question-only forms ("mention") make a quote question
    assert parse_question("what did Jane Doe mention about the budget?").intent is Intent.quote
    assert parse_question("did Jane Doe ever comment on the budget?").intent is Intent.quote
    assert "mention" not in lexicon.forms("lead")


def test_the_irregular_verbs_agree_with_the_speech_verbs() -> None:
    # "said", "told", "wrote", "written" stand in both tables: a lemma changed in one must change in the other,
    # or a question asking "say" would find what the extractor reads as another verb's words
    from index.extract import irregular

    lemma_of = irregular.lemma_of()
    shared = [f for f in lexicon.FORMS if f.text in lemma_of]
    assert {f.text for f in shared} >= {"said", "told", "wrote", "written"}
    assert all(lemma_of[f.text] == f.lemma for f in shared)


def test_a_question_asks_the_base_of_an_irregular_past() -> None:
    # the date reader asks "leave" where the news writes "left", "take" where it writes "taken"
    from index.answer.when import base_verb

    assert (base_verb("taken"), base_verb("went"), base_verb("joined")) == ("take", "go", "joined")


def test_the_forms_of_a_lemma_are_its_one_word_forms() -> None:
    # what answer.when and answer.quote read as "tell" must include "told", and never "told reporters" whole
    assert set(lexicon.inflections("tell")) == {"told", "tells", "telling", "tell"}
    with pytest.raises(ValueError):
        lexicon.inflections("tel")
