"""Wave 18 (who18, step 1): the reading of whether a role noun in a sentence stands for someone else than the
person the sentence names is a table of small shape functions (_ROLE_SHAPES), each tested alone here on invented
sentences; and the resolver hands its why back in a frozen result instead of flags the rules reset by hand."""

from __future__ import annotations

from index.extract.quotes.resolver import (
    _ROLE_SHAPES,
    Resolved,
    _apposition_shape,
    _noun_modifier_shape,
    _object_shape,
    _other_office_shape,
    _possessor_shape,
    _role_names_another,
    _RoleUse,
    _sentence_subject_shape,
)


def use(sentence: str, head: str = "mayor", name: str = "Vera Lund") -> _RoleUse:
    """The first use of ``head`` (or its possessive) in ``sentence``."""
    words = tuple(sentence.split())
    for i, w in enumerate(words):
        low = w.lower().strip(".,;:")
        if low in (head, f"{head}'s"):
            return _RoleUse(words, i, frozenset(n for n in name.split() if n[:1].isupper()), low != head)
    raise AssertionError("no role noun")


def test_possessor_shape() -> None:
    assert _possessor_shape(use("Vera Lund, the mayor's spokeswoman, spoke.")) is True
    assert _possessor_shape(use("Vera Lund wrote to the mayor.")) is None


def test_apposition_shape() -> None:
    assert _apposition_shape(use("The mayor, Vera Lund, spoke.")) is False
    assert _apposition_shape(use("The mayor of Kelby, Vera Lund, spoke.")) is False
    assert _apposition_shape(use("Vera Lund wrote to the mayor.")) is None


def test_other_office_shape() -> None:
    assert _other_office_shape(use("Vera Lund, a deputy mayor, spoke.")) is True
    assert _other_office_shape(use("Vera Lund, the former mayor, spoke.")) is True
    assert _other_office_shape(use("Vera Lund, the mayor, spoke.")) is None


def test_sentence_subject_shape() -> None:
    assert _sentence_subject_shape(use("The mayor sacked Vera Lund.")) is True
    assert _sentence_subject_shape(use("Kelby's mayor sacked Vera Lund.")) is False  # a possessor opens it
    assert _sentence_subject_shape(use("Vera Lund wrote to the mayor.")) is None


def test_noun_modifier_shape() -> None:
    assert _noun_modifier_shape(use("Vera Lund won in the best actress category.", "actress")) is False
    assert _noun_modifier_shape(use("Vera Lund wrote to the mayor on Monday.")) is None


def test_object_shape() -> None:
    assert _object_shape(use("Vera Lund wrote to the mayor.")) is True
    assert _object_shape(use("Vera Lund accused the mayor of lying.")) is True
    assert _object_shape(use("Vera Lund has served as the mayor since May.")) is False
    assert _object_shape(use("Vera Lund, the mayor, spoke.")) is False


def test_the_table_decides_in_order() -> None:
    # the apposition is read before the object: "met the mayor, Vera Lund," would otherwise be an object
    assert _ROLE_SHAPES.index(_apposition_shape) < _ROLE_SHAPES.index(_object_shape)
    assert not _role_names_another("Tom Berg met the mayor, Vera Lund, on Monday.", "mayor", "Vera Lund")
    assert _role_names_another("Vera Lund met the mayor, Tom Berg, on Monday.", "mayor", "Vera Lund")


def test_resolved_is_frozen_and_tells_its_why() -> None:
    r = Resolved("Vera Lund", Resolved.TITLE)
    assert r.by_title and not r.role_of_another
    assert Resolved(None, Resolved.ANOTHER).role_of_another
    try:
        r.name = "Tom Berg"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("Resolved is mutable")
