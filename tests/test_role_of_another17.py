"""Wave 17 (fix17a): a bare role cue after a quotation ('"…," the mayor said' / 'The mayor was furious. "…," he
said') is not the person named before when that person acted on the role's holder (wrote to, accused, met, beat
the mayor) or holds only a qualified or possessed form of it ("a deputy mayor", "the mayor's spokeswoman"). The
quotation then names nobody — or the holder the text titles — and apposition, titles and copulas still give the
person before. Invented texts."""

from __future__ import annotations

import pytest

from index.extract.quotes import extract_quotations
from index.extract.quotes.resolver import _role_is_possessed, _role_names_another
from tests.conftest import document

HEAD = "Council row over bridge\n\n"
QUOTE = '\n\n"This letter is full of lies," the mayor said.\n'


def speaker(text: str) -> str | None:
    found = [q for q in extract_quotations(document(text)) if "full of lies" in q.text]
    assert found, "no quotation found"
    return found[0].speaker


def test_the_story_the_reviewer_found_names_nobody() -> None:
    text = (HEAD + "Vera Lund wrote to the mayor on Monday about the closure of the old bridge. The mayor was "
            'furious. "This letter is full of lies," he said.\n')
    assert speaker(text) is None
    male = text.replace("Vera Lund", "Tom Berg")  # a man before: "he" is still the mayor, not Berg
    assert speaker(male) is None


@pytest.mark.parametrize("lead", [
    "Vera Lund wrote to the mayor on Monday about the closure of the old bridge.",
    "Vera Lund accused the mayor of lying about the closure of the old bridge.",
    "Vera Lund met the mayor on Monday.",
    "Vera Lund, who beat the mayor in the primary, spoke about the old bridge.",
    "Vera Lund, the mayor's spokeswoman, spoke about the old bridge.",
    "Vera Lund, a deputy mayor, spoke about the old bridge.",
    "Vera Lund, the former mayor, spoke about the old bridge.",
])
def test_the_role_cue_is_not_the_person_who_acted_on_the_role(lead: str) -> None:
    assert speaker(HEAD + lead + QUOTE) is None


@pytest.mark.parametrize("lead, who", [
    ("Vera Lund, the mayor, spoke about the old bridge on Monday.", "Vera Lund"),
    ("The mayor, Vera Lund, spoke about the old bridge on Monday.", "Vera Lund"),
    ("Vera Lund, who was elected mayor in May, spoke about the old bridge.", "Vera Lund"),
    ("Vera Lund spoke about the old bridge on Monday.", "Vera Lund"),
    ("Tom Berg wrote to Mayor Vera Lund on Monday about the closure of the old bridge.", "Vera Lund"),
    ("Vera Lund wrote to Mayor Tom Berg on Monday about the closure of the old bridge.", "Tom Berg"),
])
def test_the_role_holder_still_speaks(lead: str, who: str) -> None:
    assert speaker(HEAD + lead + QUOTE) == who


def test_a_role_before_the_quotation_is_not_the_person_who_wrote_to_it() -> None:
    text = HEAD + ("Vera Lund wrote to the mayor on Monday about the closure of the old bridge.\n\n"
                   'The mayor said: "This letter is full of lies."\n')
    assert speaker(text) is None
    named = text.replace("the mayor on Monday", "Mayor Tom Berg on Monday")
    assert speaker(named) == "Tom Berg"


def test_a_titled_holder_who_writes_still_says_what_she_says() -> None:
    text = (HEAD + "Mayor Vera Lund wrote to the council on Monday about the closure of the old bridge. The mayor "
            'was furious. "This letter is full of lies," she said.\n')
    assert speaker(text) == "Vera Lund"


def test_role_names_another_reads_one_sentence() -> None:
    assert _role_names_another("Vera Lund wrote to the mayor on Monday.", "mayor", "Vera Lund")
    assert _role_names_another("The mayor sacked Vera Lund.", "mayor", "Vera Lund")
    assert _role_names_another("Vera Lund, a deputy mayor, spoke.", "mayor", "Vera Lund")
    assert not _role_names_another("Vera Lund, the mayor, spoke.", "mayor", "Vera Lund")
    assert not _role_names_another("Mayor Vera Lund spoke.", "mayor", "Vera Lund")
    assert not _role_names_another("Vera Lund has served as mayor since May.", "mayor", "Vera Lund")
    assert not _role_names_another("Vera Lund, the Kelby mayor, spoke.", "mayor", "Vera Lund")
    assert not _role_names_another("Vera Lund, the town's first mayor, spoke.", "mayor", "Vera Lund")
    assert not _role_names_another("The mayor of Kelby, Vera Lund, spoke.", "mayor", "Vera Lund")
    assert not _role_names_another("Vera Lund, the newly elected mayor, spoke.", "mayor", "Vera Lund")
    assert not _role_names_another("Rooting for Ann Dale in the best actress category was Vera Lund.", "actress",
                                   "Vera Lund")


def test_role_is_possessed() -> None:
    assert _role_is_possessed("the mayor's spokeswoman", "mayor")
    assert not _role_is_possessed("the mayor", "mayor")
