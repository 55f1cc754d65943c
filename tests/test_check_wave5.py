"""Quote-check rules of wave 5 (issue 11), each alone, then through the CLI's JSON on a real index.

They come from how people paste misquotes and how news writes who spoke: a name typed in lower case in
chat, a verb phrase between a name and its colon ("X hit back:"), a condition written in several words
("as long as") that a claim leaves off, a frame naming someone by honorific and surname after a title, a
participle ("…, saying:") whose speaker is the subject of its clause, the sentence before a "He said:", and
a role that the article's lede gives to the person it names in the next sentence. The articles are
invented for these tests and indexed for real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import _honorific_surname, _qualifier, _truncated
from index.answer.claims import casual, find_claims
from index.answer.frames import chain, opens_after, own_frame
from index.answer.wording import tokens
from tests.conftest import assert_span_verbatim, engine_on, index_over, match_claim, only_check

# ----------------------------------------------------------------- reading the claim


@pytest.mark.parametrize("message, speaker", [
    ('robben: "The fractures are tiny and he could be playing next month"', "robben"),  # a name typed in chat
    ('"The fractures are tiny and he could be playing next month" — gordon brown', "gordon brown"),
    ('lol: "The fractures are tiny and he could be playing next month" — Marsh', "Marsh"),  # a capitalised one wins
    ('Kevin Campbell hit back: "The injunction is ludicrous."', "Kevin Campbell"),  # a verb phrase before the colon
    ('And Reed fired back at critics: "The injunction is ludicrous."', "Reed"),
    ('Acme spokesman: "The injunction is ludicrous."', "Acme spokesman"),  # a role stays
    ('he said: "The injunction is ludicrous."', None),  # a pronoun names nobody
])
def test_the_claimed_speaker_is_read_as_people_type_it(message: str, speaker: str | None) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


def test_a_lower_case_speaker_counts_only_when_the_sources_know_it() -> None:
    assert casual("robben") and casual("gordon brown")
    assert not casual("Robben") and not casual("the council leader") and not casual(None)


@pytest.mark.parametrize("real, claim, truncated", [
    ("They told me I could have a licence as long as I raced sidecars.", "They told me I could have a licence", True),
    ("You can stay so long as you pay the rent.", "You can stay", True),
    ("We will sign providing the price is right.", "We will sign", True),
    ("They told me I could have a licence. I raced sidecars as long as I could.", "They told me I could have a licence",
     False),  # the condition is in another sentence
])
def test_a_condition_in_several_words_after_the_claim_makes_it_a_truncation(real: str, claim: str,
                                                                           truncated: bool) -> None:
    assert _truncated(real, match_claim(real, claim, brackets=False)) is truncated


def test_a_long_qualifier_is_read_where_it_starts() -> None:
    words = tokens("a licence as long as I raced", 0)
    assert _qualifier(words, 2) == "provided" and _qualifier(words, 3) is None


# ----------------------------------------------------------------- frames


_PENROSE = "Deputy prime minister Alan Penrose spoke in Leeds. Later Mr Penrose left."


@pytest.mark.parametrize("part, claimed, text, fits", [
    ("deputy prime minister Mr Penrose", "Alan Penrose", _PENROSE, True),  # honorific + surname after his title
    ("Mr Penrose", "Alan Penrose", _PENROSE, True),
    ("deputy prime minister Mr Penrose", "Gordon Hale", _PENROSE, False),
    ("deputy prime minister Penrose", "Alan Penrose", _PENROSE, False),  # no honorific: not this rule's
    # someone else in the source bears the surname: "Mr Penrose" may be either of them
    ("Mr Penrose", "Alan Penrose", _PENROSE + " His brother Carl Penrose stayed.", False),
    # a title the source never gives the claimed person contradicts them
    ("Green councillor Mr Penrose", "Alan Penrose", _PENROSE, False),
    # the source gives him no title: one "Mr Penrose" cannot contradict it
    ("deputy prime minister Mr Penrose", "Alan Penrose", "Alan Penrose spoke in Leeds.", True),
    ("deputy prime minister Mr Penrose", "Alan Penrose", "Union leader Alan Penrose spoke in Leeds.", False),
])
def test_a_frame_names_a_person_by_honorific_and_surname(part: str, claimed: str, text: str, fits: bool) -> None:
    assert _honorific_surname(part, claimed, (), text) is fits


def _frame(text: str):
    start = text.index('"') + 1
    return own_frame(text, 0, len(text), start, text.index('"', start))


@pytest.mark.parametrize("text, who", [
    ('Party co-chairman Liam Ode derided the photo call, saying: "It was the worst acting I have seen."',
     "Party co-chairman Liam Ode"),
    ('But Reed, who led the vote, hit back, saying: "Fares must fall."', "Reed"),
    ('On Tuesday, Mr Howe branded the decision unacceptable, saying: "It is wrong."', "Mr Howe"),
    ('Moss paid tribute to Reed, saying: "He kept the fares low."', "Moss"),
])
def test_a_participle_frame_is_credited_to_the_subject_of_its_clause(text: str, who: str) -> None:
    frame = _frame(text)
    assert frame is not None
    assert frame.who == who


@pytest.mark.parametrize("text", [
    'The government ruled it out, saying: "It is wrong."',  # no person opens the clause
    'the plan was dropped, saying: "It is wrong."',
])
def test_a_participle_after_a_clause_that_opens_with_no_name_has_no_frame(text: str) -> None:
    assert _frame(text) is None


def test_a_quotation_goes_on_from_the_ones_just_before_it() -> None:
    text = 'He said: "First part. "Second part. "Third part." Then she left. "Other words."'
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("First part.", "Second part.", "Third part.",
                                                               "Other words.")]
    assert chain(text, spans[2][0], spans[:2]) == [spans[1], spans[0]]
    assert chain(text, spans[3][0], spans[:3]) == []  # narration between: not a continuation


@pytest.mark.parametrize("previous, goes_on", [
    ('"It was great play," said the Rovers striker.', True),
    ('"It was great play from Jon.', True),  # a paragraph left open goes on in the next
    ('"It was great play," said the striker. Then the coach spoke about the weather.', False),
])
def test_a_paragraph_opening_with_a_quotation_goes_on_from_the_one_before(previous: str, goes_on: bool) -> None:
    text = previous + '\n\n"I always try to be there."'
    para = text.index('\n\n') + 2
    last_end = previous.index("play") + len("play" if "Jon" not in previous else "play from Jon.")
    assert opens_after(text, para, para + 1, last_end, len(previous)) is goes_on


# ----------------------------------------------------------------- through the CLI, on a real index

WINGER = """Vale sidelined with broken foot

Rovers winger Jon Vale has broken two bones in his foot and will be out for at least six weeks.

Vale had a scan on the injury on Monday. "Six weeks is the average time to heal this injury," Vale told a newspaper. Club physio Tom Marsh was hopeful that Vale could return in March. "The fractures are tiny and he could be playing next month," Marsh told the club's website.

Dan Keel, who scored the winner, was full of praise for Vale. "It was great play from Jon," said the Rovers striker.

"I always try to be sniffing around because nine times out of ten the winger will get it into the box."

Vale said he had once been banned from playing. "At that time they would not let me play at all, but eventually they told me I could play again as long as I wore a brace," Vale said.
"""

PENSIONS = """Retirement age could be scrapped

The myth that age is a barrier to work needs to be exploded, the work and pensions minister has said.

This was why the government was considering scrapping the retirement age entirely, Alan Penrose said. Speaking at a conference in Leeds he said: "Stereotypes of older people as frail are a pernicious form of age discrimination."

Union leader Mary Cole said: "Workers deserve a real choice about when they stop working."

Party co-chairman Liam Ode derided the announcement, saying: "This plan is the worst piece of acting I have seen in years."
"""

BURGLARS = """Row over burglars and householders

Opposition leader Mark Howe has accused the government of changing its mind over the law on householders.

Home Secretary Ian Carr said ministers had kept to their pledge to review the law. "We have listened to everyone," Mr Carr said.

Deputy leader John Reid backed his party. On Tuesday, deputy party leader Mr Reid told reporters: "The members told us very clearly to stay in line."

But the home secretary said Mr Howe was wrong to say the law favoured burglars. The barrister who had represented the farmer had said the rules were fair, said Mr Carr. He said: "The problem is there has not been enough understanding of the law among householders."
"""


@pytest.fixture(scope="module")
def wave5_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("check-wave5"), {"winger.txt": WINGER, "pensions.txt": PENSIONS,
                                                                "burglars.txt": BURGLARS})


CLI_CASES = [
    # (message, claimed speaker as read, verdict, kind, real speaker)
    ('marsh: "The fractures are tiny and he could be playing next month"', "marsh", "verbatim", None, "Tom Marsh"),
    ('vale: "The fractures are tiny and he could be playing next month"', "vale", "someone_else", None, "Tom Marsh"),
    ('lol: "The fractures are tiny and he could be playing next month"', None, "verbatim", None, "Tom Marsh"),
    ('Tom Marsh hit back: "Six weeks is the average time to heal this injury"', "Tom Marsh", "someone_else", None,
     "Jon Vale"),
    ('Vale: "eventually they told me I could play again"', "Vale", "altered", "truncation", None),
    # a role only the lede gives, to nobody by name: the extractor refuses to guess its holder, and so does the
    # checker (it once paired the role with the person the next sentence names)
    ('"Stereotypes of older people as frail are a pernicious form of age discrimination" — the work and pensions '
     'minister', "the work and pensions minister", "speaker_unconfirmed", None, None),
    ('"Workers deserve a real choice about when they stop working" — the work and pensions minister',
     "the work and pensions minister", "speaker_unconfirmed", None, None),
    ('Liam Ode: "This plan is the worst piece of acting I have seen in years."', "Liam Ode", "verbatim", None,
     None),
    # "deputy party leader Mr Reid" names the index's John Reid: the frame confirms the index, not doubts it
    ('Mark Howe: "The members told us very clearly to stay in line."', "Mark Howe", "someone_else", None, "John Reid"),
    ('John Reid: "The members told us very clearly to stay in line."', "John Reid", "verbatim", None, None),
    # a paragraph that opens with a quotation goes on in the voice of the quotation that ended the one before: the
    # striker's run, which the speaker model (wave 7) trusts — nobody else is named between — so the index credits
    # Dan Keel, and words credited to the physio named earlier are someone else's
    ('Dan Keel: "I always try to be sniffing around because nine times out of ten the winger will get it into the '
     'box"', "Dan Keel", "verbatim", None, None),
    ('Tom Marsh: "I always try to be sniffing around because nine times out of ten the winger will get it into the '
     'box"', "Tom Marsh", "someone_else", None, "Dan Keel"),
    # "He said:" after '…, said Mr Carr.': Mr Howe, named three sentences back, is not who "he" is
    ('Howe: "The problem is there has not been enough understanding of the law among householders"', "Howe",
     "someone_else", None, "Ian Carr"),
]


@pytest.mark.parametrize("message, claimed, verdict, kind, speaker", CLI_CASES)
def test_wave5_rules_through_the_json_cli(capsys, wave5_index: Path, message: str, claimed: str | None,
                                         verdict: str, kind: str | None, speaker: str | None) -> None:
    check = only_check(capsys, wave5_index, message)
    assert check["claimed_speaker"] == claimed
    assert (check["verdict"], check["kind"]) == (verdict, kind)
    if speaker is not None or verdict == "speaker_unconfirmed":
        assert check["real"]["speaker"] == speaker
    with engine_on(wave5_index) as engine:
        assert_span_verbatim(engine, check["real"])


@pytest.mark.parametrize("real, claim, kind", [
    ("five-month", "six-month", "number"),  # a number changed inside a compound
    ("10-year", "20-year", "number"),
    ("one-sided", "two-faced", "word_swapped"),  # a part that is not a number changed too
])
def test_a_number_changed_inside_a_compound_is_a_number_change(real: str, claim: str, kind: str) -> None:
    from index.answer.wording import kind_of
    from index.models import DiffOp

    assert kind_of([DiffOp(op="equal", real="a", claim="a"), DiffOp(op="replace", real=real, claim=claim)]) == kind
