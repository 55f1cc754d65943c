"""Wave 9 of the quote checker (issue 11): who said the words, read more strictly before confirming or accusing,
through ``dossier check --json`` over invented articles indexed for real. Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import engine_on, index_over, only_check

RETIREMENT = """Ban on forced retirement at 60

Employers will no longer be able to force workers to retire before 65.

Labour Secretary Marta Lindqvist said people would not be forced to work longer than they wanted. She said \
employers would be free to keep people on for as long as they were competent.

Business leaders had opposed the plan as too costly.

The Nordic Chambers of Trade welcomed the latest proposal. "This move today is the best of both worlds for \
everyone," it said. "Employers keep the right to set the end of the working relationship."
"""

CLUB = """Rovers back to winning ways

Rovers striker Tomas Brenner said the side had found its spirit again after a run of defeats.

"We are playing as a team and that is important because there were games when we were not there as a team," \
Brenner told reporters. "Those were games we lost."

Manager Alvar Lindholm praised his players. "What matters is the three points, of course," Lindholm said.
"""

TRUST = """Sand stresses prosperity goals

Prime Minister Erik Sand says his party's next manifesto will aim at "prosperity for all".

The prime minister is trying to draw a line under talk of his rift with Chancellor Lars Holm. Mr Holm is touring \
Africa after a week of questions about his relations with Mr Sand.

A new book claims that Mr Holm told Mr Sand: "There is nothing you could say to me now that I could believe." On \
Wednesday Mr Sand denied Mr Holm had said it, and before he left for Africa on Tuesday the chancellor told \
reporters: "Of course I trust the prime minister."
"""

ENERGY = """Nuclear plan attacked

Liberal Democrat environment spokesman Jonas Stahl attacked the plan on Monday.

"The nuclear industry is a millstone that hangs around the country's neck," Mr Stahl said.
"""

COMMONS = """Online commons to spark debate

Online communities set up by the state could build trust, says a think-tank.

The state, suggests Mr Vale, could act as a middleman. "Government already plays a critical role in helping \
citizens trade online. "But it should also help citizens connect in civic life," said Mr Vale, a fellow at the \
Nordic Policy Institute.

"Will it work?" "Nobody knows," said Ana Berg, who runs a forum.
"""

SPRINTER = """Sprinter eager to race again

Greek sprinter Elena Varou says she is eager to compete after being cleared by a tribunal.

Varou said: "An athlete would have to be very stupid to take banned substances when she knows that the tests can \
come at any moment. I have never been that stupid, when I think about it."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave9"), {"retirement.txt": RETIREMENT, "sprinter.txt": SPRINTER,
                                                         "rovers.txt": CLUB, "trust.txt": TRUST,
                                                         "energy.txt": ENERGY, "commons.txt": COMMONS})


def test_words_a_body_said_as_it_are_someone_elses_for_a_person_claimed(capsys, index: Path) -> None:
    # '"…," it said' points at a body: the index's body is the right kind of antecedent for "it", so the claimed
    # minister is told the words were someone else's (a misread "he" would only withhold the name)
    check = only_check(capsys, index, 'Labour Secretary Marta Lindqvist: "This move today is the best of both '
                                      'worlds for everyone"')
    assert check["verdict"] == "someone_else"
    assert check["real"]["speaker"] == "Nordic Chambers of Trade"
    assert only_check(capsys, index, 'The Nordic Chambers of Trade: "This move today is the best of both worlds '
                                     'for everyone"')["verdict"] == "verbatim"


def test_a_claim_stopping_before_the_when_of_its_own_clause_is_a_truncation(capsys, index: Path) -> None:
    # "stupid to take banned substances [when she knows the tests can come]": the circumstance is the point
    check = only_check(capsys, index, 'Varou: "An athlete would have to be very stupid to take banned substances."')
    assert (check["verdict"], check["kind"]) == ("altered", "truncation")


@pytest.mark.parametrize("message", [
    # the whole clause, the "when" kept
    'Varou: "An athlete would have to be very stupid to take banned substances when she knows that the tests can '
    'come at any moment"',
    # after a comma, "when" opens an aside: the words before it stand on their own
    'Varou: "I have never been that stupid"',
])
def test_a_claim_keeping_its_when_or_stopping_at_a_comma_is_verbatim(capsys, index: Path, message: str) -> None:
    assert only_check(capsys, index, message)["verdict"] == "verbatim"


def test_words_cut_from_someone_elses_quotation_are_someone_elses_before_they_are_cut(capsys, index: Path) -> None:
    # the words stop before "because …" (cut, they are a truncation), but the claim's worst error is its speaker
    check = only_check(capsys, index, 'Alvar Lindholm: "We are playing as a team and that is important"')
    assert check["verdict"] == "someone_else"
    assert check["real"]["speaker"] == "Tomas Brenner"
    # the speaker's own words cut the same way are still a truncation
    check = only_check(capsys, index, 'Tomas Brenner: "We are playing as a team and that is important"')
    assert (check["verdict"], check["kind"]) == ("altered", "truncation")


def test_an_index_crediting_the_claimed_person_is_contested_by_a_role_frame_that_another_named_person_holds(
        index: Path) -> None:
    # "the chancellor told reporters:" — when the index reads those words as the prime minister's (an extractor can
    # resolve a role to the wrong person), the frame's role belongs to another person this source names: the claim
    # that the prime minister said them is not confirmed
    from dataclasses import replace

    from index.answer.check import Unit, weigh_attribution
    from index.answer.wording import tokens
    from index.models import Verdict

    with engine_on(index) as engine:
        snap = engine.snapshot()
        (q,) = [q for q in snap.quotations_in("trust") if q.text.startswith("Of course")]
        text = snap.document("trust")[0]
        unit = Unit(source_id="trust", paragraph=q.paragraph, start=q.start, end=q.end,
                    words=tuple(tokens(text[q.start:q.end], q.start)), speech=True, speaker=q.speaker,
                    speaker_id=q.speaker_id, rule=q.rule, confidence=q.confidence)
        sand, holm = snap.registry.resolve("Erik Sand"), snap.registry.resolve("Lars Holm")
        misread = replace(unit, speaker=sand.name, speaker_id=sand.id)
        assert weigh_attribution(snap, misread, "Erik Sand", [sand])[0] is Verdict.speaker_unconfirmed
        # read right, the role's holder is confirmed
        right = replace(unit, speaker=holm.name, speaker_id=holm.id)
        assert weigh_attribution(snap, right, "Lars Holm", [holm])[0] is Verdict.verbatim


def test_a_party_written_before_a_full_name_the_sources_know_is_that_person(capsys, index: Path) -> None:
    # "Lib Dem Jonas Stahl": the registry knows "Jonas Stahl"; the words before the name are his party, not
    # another person's name, so he is never told the words are someone else's
    check = only_check(capsys, index, 'Lib Dem Jonas Stahl: "The nuclear industry is a millstone that hangs around '
                                      'the country\'s neck"')
    assert check["verdict"] == "verbatim"
    assert check["real"]["speaker"] == "Jonas Stahl"


@pytest.mark.parametrize("claimed", ["an aide to Jonas Stahl", "Acme chief Jonas Stahl's aide"])
def test_a_role_before_or_around_a_known_full_name_is_not_that_person(claimed: str, index: Path) -> None:
    from index.answer.check import full_name_at_end

    with engine_on(index) as engine:
        assert full_name_at_end(engine.snapshot(), claimed) is None
        assert full_name_at_end(engine.snapshot(), "Lib Dem Jonas Stahl").name == "Jonas Stahl"


def _unit_of(snap, source: str, opening: str):
    from index.answer.check import Unit
    from index.answer.wording import tokens

    (q,) = [q for q in snap.quotations_in(source) if q.text.startswith(opening)]
    text = snap.document(source)[0]
    return Unit(source_id=source, paragraph=q.paragraph, start=q.start, end=q.end,
                words=tuple(tokens(text[q.start:q.end], q.start)), speech=True)


def test_unnamed_words_that_run_on_unclosed_into_an_attributed_quotation_are_its_speakers(index: Path) -> None:
    # '"Government … online. "But it should …," said Mr Vale': the first sentence is never closed, so the
    # attribution after the last one names its speaker too — even where the index left it unnamed
    from index.answer.check import runs_into, weigh_attribution
    from index.models import Verdict

    with engine_on(index) as engine:
        snap = engine.snapshot()
        unit = _unit_of(snap, "commons", "Government already")
        assert runs_into(snap, unit).who.startswith("Mr Vale")
        vale = snap.registry.resolve("Vale")
        people = [vale] if vale else []
        assert weigh_attribution(snap, unit, "Vale", people)[0] is Verdict.verbatim
        # a closed question and its answer are two turns: the answer's attribution is not the question's
        assert runs_into(snap, _unit_of(snap, "commons", "Will it work")) is None


def test_an_age_describes_a_person_so_a_body_read_for_it_grounds_no_accusation() -> None:
    # '"…," the 23-year-old wrote' after a sentence naming a magazine: an index that gives the words to the magazine
    # misread the description, and the claimed singer is not told they are the magazine's
    from index.answer.check import description_misread
    from index.answer.frames import Frame
    from index.models import Speaker

    magazine = Speaker(id="us-monthly", name="Us Monthly", kind="person")
    singer = Speaker(id="lena-vale", name="Lena Vale", kind="person")
    assert description_misread(magazine, Frame(who="the 23-year-old"))
    assert not description_misread(singer, Frame(who="the 23-year-old"))
    assert not description_misread(magazine, Frame(who="the magazine"))
