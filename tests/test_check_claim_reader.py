"""Who a pasted claim credits (issue 11, wave 6): the claimed speaker read by grammar, in every shape people write.

The reader takes the noun phrase that a speech verb, a colon, a dash, "according to" or a possessive
("X's claim that") points at, and stops at the first word that cannot be part of one, so whatever people
write around it ("I read that", "Someone told me", "Is it true that", "Speaking in Oslo,") is left out.
Every name here is invented.
"""

from __future__ import annotations

import pytest

from index.answer.claims import continues, find_claims, last_sentence, noun_phrase_after, noun_phrase_before

CLAIM = "The alliance will never attack the north"


@pytest.mark.parametrize("message, speaker", [
    # a lead-in ending on a speech verb: the verb's subject
    (f'Halvorsen has said "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen once told students: "{CLAIM}"', "Halvorsen"),
    (f'I read that Halvorsen said "{CLAIM}"', "Halvorsen"),
    (f'Someone told me Halvorsen said "{CLAIM}" - true?', "Halvorsen"),
    (f'Is it true that Halvorsen said "{CLAIM}"?', "Halvorsen"),
    (f'Was it Halvorsen who said "{CLAIM}"?', "Halvorsen"),
    (f'Apparently Halvorsen said "{CLAIM}"', "Halvorsen"),
    (f'Speaking in Oslo, Halvorsen said "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen, speaking in Oslo, said "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen described the alliance as "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen accused critics of "{CLAIM}"', "Halvorsen"),
    # apposition: the name, whichever side of the comma it is on
    (f'Ines Moreau, the Acme finance director, said: "{CLAIM}"', "Ines Moreau"),
    (f'The Acme finance director, Ines Moreau, said "{CLAIM}"', "Ines Moreau"),
    (f'Ines Moreau, Acme Bank: "{CLAIM}"', "Ines Moreau"),
    (f'Ines Moreau (Acme Bank): "{CLAIM}"', "Ines Moreau"),
    (f'Acme\'s Ines Moreau: "{CLAIM}"', "Ines Moreau"),
    (f'Acme Networks\' Ines Moreau: "{CLAIM}"', "Ines Moreau"),  # a plural's possessive
    (f'did Nordic TVS\' Ines Moreau really say "{CLAIM}"?', "Ines Moreau"),
    # a role headed before "of"/"at" is a description of the name beside it, never the name of its complement
    (f'Ines Moreau, president of the Nordic Council for Trade: "{CLAIM}"', "Ines Moreau"),
    (f'Ines Moreau, head of research at Vantrix, said: "{CLAIM}"', "Ines Moreau"),
    # a description is kept whole, "and" inside a role too
    (f'The Nordic finance minister said "{CLAIM}"', "The Nordic finance minister"),
    (f'The Nordic finance minister on the krone: "{CLAIM}"', "The Nordic finance minister"),
    (f'"{CLAIM}," the alliance chief said.', "the alliance chief"),
    (f'"{CLAIM}" - the Nordic work and pensions minister', "the Nordic work and pensions minister"),
    # a possessive of a word for what was said
    (f'Halvorsen\'s claim that "{CLAIM}"', "Halvorsen"),
    (f'Mr Halvorsen\'s warning that "{CLAIM}"', "Mr Halvorsen"),
    # after the quotation
    (f'"{CLAIM}", Halvorsen told reporters.', "Halvorsen"),
    (f'"{CLAIM}", according to Ines Moreau', "Ines Moreau"),
    (f'"{CLAIM}" - did Halvorsen say that?', "Halvorsen"),
    (f'"{CLAIM}" — was that Halvorsen?', "Halvorsen"),
    (f'"{CLAIM}," he said - Halvorsen', "Halvorsen"),
    (f'"{CLAIM}" — Will Marsh', "Will Marsh"),  # a first name that is also a function word
    (f'"{CLAIM}" — the committee on standards', "the committee on standards"),
    # a surname that is a function word, after a verb
    (f'Petra May said "{CLAIM}"', "Petra May"),
    (f'May said: "{CLAIM}"', "May"),
    # no marks at all
    (f"Halvorsen: {CLAIM}", "Halvorsen"),
    (f"{CLAIM}, said Halvorsen", "Halvorsen"),
    (f"{CLAIM}, Halvorsen told reporters.", "Halvorsen"),
    (f"{CLAIM} — Ines Moreau", "Ines Moreau"),
    (f"I read that Halvorsen said {CLAIM}", "Halvorsen"),
    # naming nobody
    (f'He said "{CLAIM}"', None),
    (f'"{CLAIM}" is this a real quote?', None),
    (f'It was said that "{CLAIM}"', None),
])
def test_the_claimed_speaker_is_read_by_grammar(message: str, speaker: str | None) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker
    assert claim.text.rstrip(" ,.") == CLAIM


@pytest.mark.parametrize("message, speakers", [
    ('Halvorsen said "We will expand our work" and that "the north is safe with us"', ["Halvorsen", "Halvorsen"]),
    ('Halvorsen: "We will expand our work." And: "The north is safe with us."', ["Halvorsen", "Halvorsen"]),
    ('Halvorsen said "We will expand our work" and that the north was "safe with us now"',
     ["Halvorsen", "Halvorsen"]),
    ('Halvorsen said "We will expand our work" and Petrova said "the north is safe with us"',
     ["Halvorsen", "Petrova"]),
    # a verb left out after "and"/"then" (gapping): the new name is the second one's speaker, never nobody
    ('Halvorsen said "We will expand our work" and Petrova that "the north is safe with us"',
     ["Halvorsen", "Petrova"]),
    ('Halvorsen said "We will expand our work", then Petrova "the north is safe with us"',
     ["Halvorsen", "Petrova"]),
    ('Halvorsen said "We will expand our work" but the Nordic finance minister that "the north is safe with us"',
     ["Halvorsen", "the Nordic finance minister"]),
])
def test_a_second_quotation_in_the_same_voice_keeps_its_speaker(message: str, speakers: list[str]) -> None:
    assert [c.speaker for c in find_claims(message)] == speakers


@pytest.mark.parametrize("lead, goes_on", [
    (" and that ", True), (" And: ", True), (", he added, ", True), (" and that the north was ", True),
    (" and Petrova said ", False), (" while Petrova added ", False), (". Petrova: ", False),
])
def test_words_between_quotations_go_on_in_the_same_voice_only_when_they_name_nobody(lead: str,
                                                                                   goes_on: bool) -> None:
    assert continues(lead) is goes_on


@pytest.mark.parametrize("text, phrase", [
    ("Yesterday Halvorsen", "Halvorsen"),
    ("I read that the Nordic finance minister", "the Nordic finance minister"),
    ("Someone told me Jan de Vries", "Jan de Vries"),
    ("The Bishop of Lowford", "The Bishop of Lowford"),
    ("Ines Moreau of the CML", "Ines Moreau of the CML"),
    ("Petrova and Halvorsen", "Halvorsen"),  # two people: the one nearest the verb, never both
    ("so it", None),
    ("the report", None),
])
def test_the_noun_phrase_before_a_verb(text: str, phrase: str | None) -> None:
    assert noun_phrase_before(text) == phrase


@pytest.mark.parametrize("text, phrase", [
    ("Ines Moreau of Acme Bank, 2005", "Ines Moreau of Acme Bank"),
    ("the Nordic finance minister in Oslo", "the Nordic finance minister"),
    ("Halvorsen on the budget", "Halvorsen"),
    ("Mr. Halvorsen.", "Mr. Halvorsen"),
    ("gordon marsh", "gordon marsh"),
    ("a real quote", None),
])
def test_the_noun_phrase_after_a_dash_or_a_verb(text: str, phrase: str | None) -> None:
    assert noun_phrase_after(text) == phrase


def test_a_sentence_does_not_end_at_an_honorific_or_an_initial() -> None:
    assert last_sentence("Great speech. Mr. Halvorsen said") == "Mr. Halvorsen said"
    assert last_sentence("It was J. Halvorsen said") == "It was J. Halvorsen said"


@pytest.mark.parametrize("message, speaker", [
    # a passive verb: the one after "by" spoke, the subject only heard it
    (f'Petrova was told by Halvorsen: "{CLAIM}"', "Halvorsen"),
    # an alternative set aside with "not" is not who is credited
    (f'Halvorsen, not Petrova, said "{CLAIM}"', "Halvorsen"),
    (f'It was Halvorsen, not Petrova, who said "{CLAIM}"', "Halvorsen"),
    # a relative clause: "who" is the name before the comma, not a clause around it
    (f'Petrova criticised Halvorsen, who said "{CLAIM}"', "Halvorsen"),
    # a verb between two names ends the noun phrase: its object is the subject of the speech verb after it
    (f'Petrova said Halvorsen had said "{CLAIM}"', "Halvorsen"),
    (f'Petrova mocked Halvorsen\'s claim that "{CLAIM}"', "Halvorsen"),
    # "X quoted Y as saying": the words are Y's
    (f'Petrova quoted Halvorsen as saying "{CLAIM}"', "Halvorsen"),
])
def test_a_misread_never_credits_someone_the_grammar_does_not(message: str, speaker: str) -> None:
    """Each of these once credited the other person (or nobody): a claim of Halvorsen's words checked as
    Petrova's is called someone else's, the worst answer the checker can give."""
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


@pytest.mark.parametrize("message", [
    f'An aide to Prime Minister Jonas Stahl said "{CLAIM}"',
    f'A spokesman for Finance Minister Jonas Stahl said "{CLAIM}"',
    f'"{CLAIM}" — a spokesman for President Jonas Stahl',
    f'"{CLAIM}" — spokesman for President Jonas Stahl',
])
def test_a_role_serving_a_named_person_is_not_that_person(message: str) -> None:
    """"an aide to X", "a spokesman for X": the head comes first, the name is its complement (and a claim
    that credits someone is never read as crediting nobody)."""
    (claim,) = find_claims(message)
    assert claim.speaker is not None and claim.speaker not in ("Jonas Stahl", "Stahl")


@pytest.mark.parametrize("message, speaker", [
    (f'Halvorsen replied to Petrova, saying "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen hit back at Petrova, adding: "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen attacked Petrova, saying "{CLAIM}"', "Halvorsen"),
])
def test_a_participle_after_a_comma_is_the_clauses_subjects(message: str, speaker: str) -> None:
    """"X replied to Y, saying …": the one saying is the subject of the clause, never its object."""
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


def test_a_quotation_before_another_in_the_same_voice_takes_the_speaker_named_after_both() -> None:
    """'"…" and "…" — X': both are credited to X; read as nobody's, the first would be checked as anyone's."""
    message = '"We will expand our work" and "the north is safe with us" — Halvorsen'
    assert [c.speaker for c in find_claims(message)] == ["Halvorsen", "Halvorsen"]
    assert [c.speaker for c in find_claims('"We will expand our work", "the north is safe" — Halvorsen')] \
        == [None, "Halvorsen"]  # a bare comma may be a list of separate questions: nobody is guessed


@pytest.mark.parametrize("message, unsure", [
    (f'Petrova attacked Halvorsen after he said "{CLAIM}"', True),  # "he" is one of two people named
    (f'After meeting Petrova, she said "{CLAIM}"', True),
    (f'Petrova and Halvorsen said "{CLAIM}"', True),  # two speakers: whichever said it, the other did not
    (f'Petrova, Lund and Halvorsen said "{CLAIM}"', True),
    (f'He said "{CLAIM}"', False),  # a pronoun and no name: the claim credits nobody in particular
    (f'Halvorsen said "{CLAIM}"', False),
    (f'The work and pensions minister said "{CLAIM}"', False),
    (f'"{CLAIM}"', False),
])
def test_a_claim_that_credits_someone_the_reader_cannot_pin_down_is_unsure(message: str, unsure: bool) -> None:
    """Read as nobody's, such a claim would be checked as anyone's (verbatim, whoever said the words); read as
    one of the names, the other's words would be called someone else's. It is credited to nobody and unsure."""
    (claim,) = find_claims(message)
    assert claim.unsure is unsure
    if unsure:
        assert claim.speaker is None


@pytest.mark.parametrize("message, speaker", [
    # a possessive before a lower-case noun is a description of someone else than its owner
    (f'Halvorsen\'s rival said "{CLAIM}"', "Halvorsen's rival"),
    (f'Jonas Halvorsen\'s opponent: "{CLAIM}"', "Jonas Halvorsen's opponent"),
    # an apposition the reader cannot read as a role leaves the name before it
    (f'Petrova, Halvorsen\'s rival, said "{CLAIM}"', "Petrova"),
    # a name in brackets with an aside after it
    (f'"{CLAIM}" (Petrova, replying to Halvorsen)', "Petrova"),
])
def test_a_description_of_someone_else_is_never_their_name_nor_nobody(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


@pytest.mark.parametrize("message", [
    f'Did Halvorsen or Petrova say "{CLAIM}"?',
    f'Was it Petrova or Halvorsen who said "{CLAIM}"?',
])
def test_alternative_speakers_are_unsure(message: str) -> None:
    (claim,) = find_claims(message)
    assert claim.unsure and claim.speaker is None


@pytest.mark.parametrize("message", [f"Halvorsen and Petrova said that {CLAIM}", f"Did Halvorsen or Petrova say {CLAIM}"])
def test_joined_speakers_are_unsure_without_marks_too(message: str) -> None:
    (claim,) = find_claims(message)
    assert claim.unsure and claim.speaker is None
    assert claim.text.rstrip(" ?") == CLAIM


@pytest.mark.parametrize("message, speaker", [
    # "of/for saying": the one accused or praised said it
    (f'Petrova accused Halvorsen of saying "{CLAIM}"', "Halvorsen"),
    (f'Petrova praised Halvorsen for saying "{CLAIM}"', "Halvorsen"),
    # "after/before/while saying": the clause's subject said it
    (f'Halvorsen attacked Petrova after saying "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen resigned after saying "{CLAIM}"', "Halvorsen"),
])
def test_a_gerund_after_a_preposition_is_read_by_the_clause(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


@pytest.mark.parametrize("message, speaker", [
    (f'Petrova heard Halvorsen say "{CLAIM}"', "Halvorsen"),
    (f'Petrova saw Halvorsen say "{CLAIM}"', "Halvorsen"),
    (f'Petrova quotes Halvorsen as saying "{CLAIM}"', "Halvorsen"),
    (f'Petrova made Halvorsen say "{CLAIM}"', "Halvorsen"),
])
def test_an_irregular_verb_between_two_names_ends_the_phrase(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


@pytest.mark.parametrize("message, speaker", [
    # a name standing alone after the quotation, with no dash
    (f'"{CLAIM}" Halvorsen', "Halvorsen"),
    (f'"{CLAIM}" Jonas Halvorsen, 2005', "Jonas Halvorsen"),
    (f'Who said "{CLAIM}"? Halvorsen', "Halvorsen"),
    # a description after the verb with the name in apposition after it
    (f'"{CLAIM}", said the alliance chief, Jonas Halvorsen', "Jonas Halvorsen"),
    (f'"{CLAIM}" — the alliance chief, Jonas Halvorsen', "Jonas Halvorsen"),
    (f'"{CLAIM}", said Halvorsen, the alliance chief', "Halvorsen"),
])
def test_a_name_after_the_quotation_is_read_however_it_stands(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


@pytest.mark.parametrize("message", [f'"{CLAIM}" Is this real?', f'"{CLAIM}" lol', f'"{CLAIM}" The Guardian, 2005'])
def test_words_after_a_quotation_that_name_nobody_credit_nobody(message: str) -> None:
    from index.answer.claims import casual

    (claim,) = find_claims(message)
    assert claim.speaker is None or casual(claim.speaker)  # a lower-case word is dropped unless the sources know it


@pytest.mark.parametrize("message, speaker", [
    # a prepositional phrase after the name says where, when or about what, never who (wave 8)
    (f'Halvorsen at Lillehammer — "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen after the summit: "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen during the debate: "{CLAIM}"', "Halvorsen"),
    (f'halvorsen after oslo: "{CLAIM}"', "halvorsen"),
    # a reflexive between the subject and its verb leaves the subject speaking
    (f'the ex-minister Halvorsen himself said "{CLAIM}"', "Halvorsen"),
    (f'Ines Moreau herself told reporters "{CLAIM}"', "Ines Moreau"),
    # lower-case title words before a full name: the name, not the body that opens the title
    (f'NATO relief coordinator Jonas Halvorsen: "{CLAIM}"', "Jonas Halvorsen"),
    # a name and, after a comma, the body they work for (a byline): the person
    (f'Ines Moreau, Vantrix: "{CLAIM}"', "Ines Moreau"),
    (f'Vantrix, Ines Moreau: "{CLAIM}"', "Ines Moreau"),
    # a colon inside the lead-in ends a clause: the subject of "said" is read after it
    (f'Critics on the awards: Halvorsen said "{CLAIM}"', "Halvorsen"),
])
def test_circumstances_titles_and_bylines_around_a_name_are_not_the_speaker(message: str, speaker: str) -> None:
    assert find_claims(message)[0].speaker == speaker


@pytest.mark.parametrize("message, speaker", [
    (f'Halvorsen hit back at Jonas Petrov: "{CLAIM}"', "Halvorsen"),  # the name after "at" is the object
    (f'Halvorsen slammed Jonas Petrov: "{CLAIM}"', "Halvorsen"),      # and after a verb
])
def test_a_name_after_a_verb_or_a_preposition_stays_the_object(message: str, speaker: str) -> None:
    assert find_claims(message)[0].speaker == speaker


@pytest.mark.parametrize("message, speaker", [
    (f'Quote of the day from Jonas Halvorsen: "{CLAIM}"', "Jonas Halvorsen"),
    (f'Words by Ines Moreau: "{CLAIM}"', "Ines Moreau"),
    (f'My favourite Halvorsen quote: "{CLAIM}"', "Halvorsen"),
    (f'"{CLAIM}" was Halvorsen\'s line', "Halvorsen"),
    (f'"{CLAIM}" — Halvorsen\'s words', "Halvorsen"),
    (f'Halvorsen to the BBC — "{CLAIM}"', "Halvorsen"),   # whom it was said to is not who said it
    (f'Reed to MPs: "{CLAIM}"', "Reed"),
    (f'Halvorsen has been quoted saying "{CLAIM}"', "Halvorsen"),
    (f'Halvorsen reckons "{CLAIM}"', "Halvorsen"),
    (f'The quote: "{CLAIM}"', None),                      # a noun for what was said, nobody's name
    (f'Best line of the night: "{CLAIM}"', None),
])
def test_nouns_for_what_was_said_and_addressees_read_their_speaker(message: str, speaker: str | None) -> None:
    assert find_claims(message)[0].speaker == speaker
