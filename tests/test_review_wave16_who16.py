"""Review of branch who16 (wave 16): invented articles where a who16 rule gave a wrong name main did not give.

Each test is a short invented news text; a null is better than a wrong name, a right name better than a null.
"""

from __future__ import annotations

from tests.test_quotes import speaker_of


def test_an_opening_clause_about_a_person_is_not_the_subjects_appositive() -> None:
    # "Asked about X, the minister said": the comma ends an opening clause; X is talked about, not speaking
    text = ("Fares on the Tarnwick buses will rise by six per cent. Asked about council leader John Hartley, the "
            'transport minister said: "The rise is fair and riders will cope."')
    assert speaker_of(text, "The rise is fair") != "John Hartley"


def test_a_person_beside_the_speaker_in_an_opening_phrase_does_not_speak() -> None:
    text = ("The vote was close. Speaking after the count, Labour candidate Sam Reid said: \"I am thrilled.\" "
            "Before the result, Ms Reid's rival, Tory candidate Ben Ash, said: \"It will be tight.\" "
            'Next to Sam Reid, the party chairman said: "This is a great night for us."')
    assert speaker_of(text, "I am thrilled") == "Sam Reid"
    assert speaker_of(text, "great night for us") != "Sam Reid"


def test_an_appositive_role_of_a_body_still_names_the_person_before_it() -> None:
    # the shape the rule was made for keeps working: a closing comma ends the appositive
    text = ('Bus fares in Tarnwick will rise. Marta Okonjo, director of the Tarnwick Transport Unit, said: '
            '"Riders will feel it by the summer."')
    assert speaker_of(text, "Riders will feel it") == "Marta Okonjo"


def test_a_role_inside_a_participle_phrase_after_the_speaker_is_not_the_speaker() -> None:
    # '"…," said X speaking for the head of the union, Y.': X speaks; Y is who X speaks for
    text = ('The plant closed on Friday. "It was a sad day," said Kate Moyle speaking for the head of the union, '
            "Jim Rowe.")
    assert speaker_of(text, "It was a sad day") != "Jim Rowe"


def test_a_body_role_then_the_name_still_gives_the_name() -> None:
    text = ('Rail operator Carnlow will end its night trains. "The routes lose money," said Carnlow head of '
            "planning, Pieter Vance.")
    assert speaker_of(text, "The routes lose money") == "Pieter Vance"


def test_body_role_reads_a_role_word_before_any_linking_word() -> None:
    from index.extract.quotes.rules import _body_role

    assert _body_role("BA director of commercial planning")
    assert _body_role("Carnlow passenger group chairman")
    assert not _body_role("Kate Moyle speaking for the head of the union")
    assert not _body_role("Tom Bell after meeting the director")


def test_his_letter_keeps_the_writer_the_narration_names() -> None:
    text = ("Union leader Bill Ogden met the board on Monday. Mr Ogden then wrote to chief executive Ann Kerr. "
            '"Thank you for listening," his letter read.')
    assert speaker_of(text, "Thank you for listening") == "Bill Ogden"


def test_a_document_owned_by_a_pronoun_is_left_to_the_narration() -> None:
    from index.extract.quotes.rules import _owned_by_pronoun

    assert _owned_by_pronoun("his letter")
    assert _owned_by_pronoun("Their statement")
    assert not _owned_by_pronoun("a BBC statement")


def test_a_person_after_an_article_and_a_role_then_an_adverb_is_still_the_she() -> None:
    # "the veteran comic Sally Brand briefly appeared": the capitals are the subject, not a place describing a noun
    text = ("Ann Birt opened the show. Later the veteran comic Sally Brand briefly appeared. "
            '"I loved it," she said.')
    assert speaker_of(text, "I loved it") != "Ann Birt"


def test_a_place_describing_a_thing_is_still_not_the_he() -> None:
    text = ("Rapper Dex Ortolan announced a solo album. Driving home from a late-night Los Angeles recording "
            'session in May, he was hurt in a crash. "My heart sinks when I hear of a crash," he later said.')
    assert speaker_of(text, "My heart sinks") in ("Dex Ortolan", None)


def test_a_surname_heading_a_list_of_people_is_not_taken_for_a_body() -> None:
    # "Dorran, Tom Bell, and Sam Reid": a list of people, not a body described by the name set off after it
    text = ("Mr Dorran met Hall at noon. Dorran, Tom Bell, and Sam Reid then left together. "
            '"We are leaving," he said.')
    assert speaker_of(text, "We are leaving") != "Tom Bell"


def test_a_body_before_a_set_off_person_is_still_not_the_he() -> None:
    text = ("A spokesman for the Office of Trade, Tariffs and Enforcement, Colm Farrant, said the gang was not "
            'after money. He told reporters: "They were only interested in how fast they could crack the code."')
    assert speaker_of(text, "They were only interested") == "Colm Farrant"


def test_a_statement_named_for_its_author_never_goes_to_another_body() -> None:
    text = ("Tom Bell quit as chairman of Tarnwick Council on Monday. Ann Kerr leads the Hollin Trust. "
            '"We regret the delay to the new wing of the hospital," a Hollin Hospital statement read.')
    assert speaker_of(text, "We regret the delay") in ("Hollin Hospital", None)


def test_a_statement_named_for_a_person_is_that_persons_or_nobodys() -> None:
    text = ('Tom Bell quit as chairman of Tarnwick Council on Monday. "I am sorry for the harm I caused," a Tom Bell '
            "statement read.")
    assert speaker_of(text, "I am sorry for the harm") in ("Tom Bell", None)


def test_author_fits_needs_the_capitals_of_the_document() -> None:
    from index.extract.quotes.rules import _author_fits

    assert _author_fits("a BBC statement", "BBC")
    assert _author_fits("the letter", "Tarnwick Council")
    assert not _author_fits("a Hollin Hospital statement", "Tarnwick Council on Monday")
    assert not _author_fits("a Hollin Hospital statement", "Hollin Trust")


def test_an_unnamed_letter_is_not_given_to_the_body_it_was_sent_to() -> None:
    text = 'Tom Bell wrote to Tarnwick Council last week. "I want my money back," the letter read.'
    assert speaker_of(text, "I want my money back") != "Tarnwick Council"


def test_an_unnamed_report_is_not_given_to_a_body_from_another_paragraph() -> None:
    text = ('Tom Bell wrote to Tarnwick Council last week.\n\nHollin Hospital sent the results to the Carnlow Trust. '
            '"No fault was found in the ward," the report read.')
    assert speaker_of(text, "No fault was found") != "Tarnwick Council"


def test_author_named_in_needs_capitals_past_the_determiner() -> None:
    from index.extract.quotes.rules import _author_named_in

    assert _author_named_in("a BBC statement")
    assert _author_named_in("The Carnlow report")
    assert not _author_named_in("the letter")


def test_a_kind_of_body_after_its_name_is_still_that_body() -> None:
    # "the Hollin Rovers football club" then "the football club said": the club itself, not a part of it
    text = ('The Hollin Rovers football club has sacked its manager. "It was a hard decision," the football club said '
            "in a statement.")
    assert speaker_of(text, "It was a hard decision") == "Hollin Rovers"


def test_names_members_reads_a_plural_of_people_not_a_kind() -> None:
    from index.extract.quotes.resolver import _names_members

    assert _names_members(["supporters"])
    assert not _names_members(["football"])
    assert not _names_members(["chess"])


def test_she_after_the_leader_is_still_the_party_leader_named_before() -> None:
    # "Labour leader Ann Kerr" then "the leader promised …": a party word does not make the leader another office
    text = ("The campaign reached Tarnwick on Friday. Labour leader Ann Kerr spoke at a rally there.\n\n"
            'Turning to housing, the leader promised help for young buyers. "We will build the homes this town '
            'needs," she said.')
    assert speaker_of(text, "We will build the homes") == "Ann Kerr"


def test_title_qualifies_office_only_for_words_of_another_office() -> None:
    from index.extract.names import title_qualifies_office as _title_qualifies_office

    assert _title_qualifies_office("shadow chancellor", "the chancellor")
    assert _title_qualifies_office("deputy leader", "the leader")
    assert not _title_qualifies_office("Labour leader", "the leader")
    assert not _title_qualifies_office("shadow chancellor", "the shadow chancellor")
