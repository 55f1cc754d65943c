"""Whom "he said" goes on from, when the text names its subject in a way the entity table did not read (wave 23).

Fresh news opens a report with "Top-seeded Americans Tom Varley and Joe Brand survived …" and goes on with
"Varley broke a racket …. '…,' he said." Before, the two label words made the run no person at all, so "Varley"
was nobody and "he" walked back past him to the last person named, a wrong name. Invented stories, run through
the whole extractor.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation

PLURAL = ("Seeds ease through in Dunmore\n\n"
          "Top-seeded Americans Tom Varley and Joe Brand survived scares to reach the last eight of the Dunmore Open."
          "\n\nBrand beat Rolf Kessler 7-5 6-1. Frenchman Luc Perrot fired 19 aces to beat Jan Zelik.\n\n"
          "Varley broke a racket in frustration in the second set. \"I'm not playing great,\" he said.\n")


def test_a_plural_nationality_after_a_descriptor_labels_the_name_and_the_pronoun_reaches_it() -> None:
    assert quotation(PLURAL, "I'm not playing").speaker == "Tom Varley"


# a surname the table does not hold opens the sentence before "he said": he is most likely that subject, so nobody
# further back (the last person named) is guessed
UNREAD = ("Dunmore Open\n\nFrenchman Luc Perrot fired 19 aces to beat Jan Zelik on Monday.\n\n"
          "Later that day the world number three Quarrendon dropped a set but won. "
          "Quarrendon broke a racket in frustration. \"I'm not playing great,\" he said.\n")


def test_an_unread_surname_opening_the_sentence_before_stops_the_walk_back() -> None:
    assert quotation(UNREAD, "I'm not playing").speaker is None


# "film-maker Jo Hale": the "maker" of a compound that names a person's craft does not introduce a firm; before, the
# person was taken for an organisation, and "he" walked back past them to a word of a film's title
MAKER = ("Last Dunmore Saga 'too dark'\n\n"
         "The final Dunmore Saga film may not suit young children, film-maker Tomas Varley has said.\n\n"
         "He told a US TV show that it would be the darkest of the series. \"I don't think I would take a "
         "five-year-old to this,\" he told the programme.\n")


def test_a_film_maker_is_a_person_not_a_firm() -> None:
    assert quotation(MAKER, "I don't think").speaker == "Tomas Varley"


# the surname opens its sentence before a past tense and is written nowhere else: still a subject, so "he" stops there
ONLY_OPENING = ("Super Bowl picks\n\nTom Varley went with the odds and picked Denver. \"Denver will win,\" he said.\n\n"
                "Quarrendon defied the question and made no choice. \"It will be one of the two teams,\" he said.\n")
# a known surname the text misspells opening the sentence ("Hassall" for Hassell) is that person, not someone unknown
MISSPELT = ("Agent's view\n\nBrian Hassell says no approach has been received. \"He wants to stay,\" said Hassell.\n\n"
            "Hassall made it clear that a move was possible. \"It was a thought at one stage,\" he said.\n")


def test_an_unread_surname_before_a_past_tense_stops_the_walk_back() -> None:
    assert quotation(ONLY_OPENING, "It will be one").speaker is None


def test_a_misspelt_known_surname_does_not_stop_it() -> None:
    assert quotation(MISSPELT, "It was a thought").speaker == "Brian Hassell"


# "Once created the folders …" opens a clause before a participle: no name, so the walk back goes on to the speaker
CLAUSE_OPENING = ("Desktop search\n\n\"The competition has validated the problem we tackle,\" said Tomas Varley, "
                  "co-founder of Kelbyfind. Once created the folders sweep the web for pages. \"Users do not stop "
                  "using other systems,\" he said.\n")


def test_a_clause_opening_before_a_participle_does_not_stop_it() -> None:
    assert quotation(CLAUSE_OPENING, "Users do not stop").speaker == "Tomas Varley"


# a surname the text only ever writes alone, as the subject of "stated" (so a body, as far as the table knows), opens
# the sentence before "he added" ahead of an object it names: "he" is that subject, whom the resolver cannot name
SUBJECT_BEFORE_OBJECT = ("Vote integrity\n\n\"Officials need to be careful,\" Kelbyson stated.\n\n"
                         "Kelbyson also addressed Tom Varley's concerns last Thursday. \"We take the vote "
                         "seriously,\" he added.\n")


def test_an_unread_subject_before_a_named_object_stops_the_walk_back() -> None:
    assert quotation(SUBJECT_BEFORE_OBJECT, "We take the vote").speaker in {None, "Kelbyson"}


# two namesakes, one named before the quotation and the other only after it: "said Williams" is the one the reader has
# met; once the other is named, a bare "Williams" is withheld again
NAMESAKE_FIRST = ("Kelby silent on title talk\n\nRhys Wyndham says Kelby are still not thinking of the title.\n\n"
                  "\"That's the last thing on our minds at the moment,\" said Wyndham, a replacement in Saturday's win. "
                  "\"We all know how hard a task it is.\"\n\nMatt Wyndham's side beat Harlow on Saturday.\n\n"
                  "\"We were lucky,\" said Wyndham.\n")


def test_the_namesake_named_before_the_quotation_is_its_speaker_until_the_other_is_named() -> None:
    assert quotation(NAMESAKE_FIRST, "That's the last thing").speaker == "Rhys Wyndham"
    assert quotation(NAMESAKE_FIRST, "We were lucky").speaker is None
