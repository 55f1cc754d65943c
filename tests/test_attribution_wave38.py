"""Who said it, read from holdout38 (wave 38's validation set).

'When Carson died, President Bush led the public tributes, saying the presenter "…"' gave the tribute to the dead
man (the subject of the clause that opens the sentence was read as the participle's); "Ireland, despite having
Gordon D'Arcy still out injured, have been boosted by the return of star skipper Brian O'Driscoll … "…," he said"
gave the captain's words to the injured player (a name inside an aside was read as the sentence's subject); and
"the Commons standards and privileges committee said his conduct had fallen "…"" named "Commons" (the capitals
that say whose committee it is). Invented stories, run through the whole extractor; each fails on the code before
the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation


def test_a_name_in_a_clause_opening_the_sentence_is_not_the_participles_subject() -> None:
    story = ("Tributes paid to host\n\n"
             "Talk show host Tom Bray has died at the age of 79.\n\n"
             "When Bray died, Governor Ann Dale led the public tributes, saying the presenter \"had a profound "
             "influence on the life of this state\".\n")
    assert quotation(story, "had a profound influence").speaker == "Ann Dale"


def test_a_participle_whose_sentence_opens_on_its_subject_still_speaks_by_it() -> None:  # a guard
    story = ("Tributes paid to host\n\n"
             "Governor Ann Dale led the public tributes to Tom Bray, saying the presenter \"had a profound "
             "influence on the life of this state\".\n")
    assert quotation(story, "had a profound influence").speaker == "Ann Dale"


def _return(aside: str) -> str:
    return ("Kelby boosted by captain's return\n\n"
            "Kelby coach Jo Marsh says his side will not underestimate the visitors.\n\n"
            f"Kelby{aside} have been boosted by the return of star skipper Brian Odell who missed the last game with "
            "a hamstring injury. \"The knowledge that the big game was coming up really helped during rehabilitation,\" "
            "he said.\n")


def test_a_name_inside_a_despite_aside_is_not_whom_he_goes_on_from() -> None:
    story = _return(", despite having Tom Darcy still out injured,")
    assert quotation(story, "The knowledge that").speaker == "Brian Odell"


def test_a_sentence_naming_only_someone_in_an_aside_names_nobody_for_he() -> None:
    story = ("Kelby win again\n\n"
             "Kelby coach Jo Marsh says his side will not underestimate the visitors.\n\n"
             "Kelby, without Tom Darcy, have won their last four games. \"The knowledge that the big game was coming "
             "up really helped,\" he said.\n")
    assert quotation(story, "The knowledge that").speaker is None


def test_without_an_aside_the_sentence_subject_still_goes_on() -> None:  # a guard
    story = ("Kelby boosted\n\n"
             "Tom Darcy has been boosted by the return of his form after a hamstring injury. \"The knowledge that the "
             "big game was coming up really helped,\" he said.\n")
    assert quotation(story, "The knowledge that").speaker == "Tom Darcy"


def test_a_described_committee_of_a_body_is_nobody_named() -> None:
    story = ("MP suspended\n\n"
             "Tory MP Jon Hale was suspended from Parliament for two weeks.\n\n"
             "The Commons standards and privileges committee said his conduct had fallen \"well below the standards "
             "expected of a member\".\n")
    q = quotation(story, "well below the standards")
    assert q.speaker is None and q.speaker_description == "The Commons standards and privileges committee"


def test_a_bodys_own_committee_still_speaks_for_the_body() -> None:  # a guard
    story = ("Awards drop dance prize\n\n"
             "The Brit Awards said they would no longer award a dance prize, with the Brits committee announcing "
             "that \"dance music is no longer where it is happening in music\".\n")
    assert quotation(story, "dance music is no longer").speaker == "Brit Awards"


def test_a_reporting_clause_after_the_fronted_one_still_gives_the_participle_its_subject() -> None:  # a guard (review)
    story = ("Chairwoman steps down\n\n"
             "When Ann Price took charge in 2001, Kelby Rovers were bottom of the league and £3m in debt, she "
             "recalled, adding: \"Nobody thought we would survive.\"\n")
    assert quotation(story, "Nobody thought").speaker != "Kelby Rovers"


def test_the_one_an_except_sets_apart_may_still_be_who_speaks() -> None:  # a guard (review)
    story = ("Council backs housing plan\n\n"
             "Every councillor, except Anna Bright, voted for the housing plan on Tuesday. \"I could not support "
             "something so rushed,\" she said.\n")
    assert quotation(story, "I could not support").speaker == "Anna Bright"


def test_a_company_described_as_a_group_is_still_the_company() -> None:  # a guard (review)
    story = ("Grocer upbeat on sales\n\n"
             "Harlen, the UK's fourth-biggest grocer, said sales rose 4% over the holiday.\n\n"
             "\"We have had a strong Christmas,\" the Harlen supermarket group said.\n")
    assert quotation(story, "We have had a strong Christmas").speaker == "Harlen"


# A spokesperson is no speaker (wave 38): the README's "attributed or nothing" names anonymous sources ("a
# spokesman") as no speakers, the issue keeps a spokesperson's words findable by the description with no name, and
# every gold set written since wave 27 leaves them unnamed; the engine had kept the older sets' convention of naming
# the body (half of the held-out rounds' wrong names since). Review of the switch: a pronoun after an unnamed
# spokesperson never reaches back to a name further back.

def _spokes(lines: str) -> list[tuple[str | None, str | None]]:
    from index.extract.quotes import extract_quotations
    from tests.conftest import document

    return [(q.speaker, q.speaker_description) for q in extract_quotations(document("Depot to close\n\n" + lines))]


def test_an_unnamed_spokesperson_is_described_never_named_for_the_body() -> None:
    assert _spokes('A Royal Mail spokesman said: "We had no alternative."\n') == [(None, "A Royal Mail spokesman")]
    assert _spokes('"We had no alternative," said a spokeswoman for Royal Mail.\n') == [
        (None, "a spokeswoman for Royal Mail")]


def test_he_after_an_unnamed_spokesperson_is_the_spokesperson_not_a_name_further_back() -> None:
    for sentence in ("According to a Royal Mail spokesman, the depot had been losing money for years.",
                     "The closure was defended by a spokesman for Royal Mail, who said the depot was losing money.",
                     "A Royal Mail spokesman said the depot was losing money."):
        got = _spokes('Union official Gary Pruett said the closure would cost 200 jobs.\n\n'
                      '"This is a betrayal of loyal staff," he said.\n\n'
                      f'{sentence}\n\n"We had no alternative," he said.\n')
        assert got[0] == ("Gary Pruett", None) and got[1][0] is None and "spokesman" in (got[1][1] or ""), got


def test_a_named_spokesperson_keeps_the_name() -> None:  # a guard
    assert _spokes('A spokesman for the company, Neil Orme, said: "Talks are over."\n')[0][0] == "Neil Orme"
    assert _spokes('Royal Mail spokesman Ian Bright said: "Talks are over."\n')[0][0] == "Ian Bright"


def test_words_after_an_unnamed_spokespersons_report_are_nobodys() -> None:
    got = _spokes('Mr Tom Vale said he had argued against the pact.\n\n'
                  'A party spokesman said there were 40 members in the group. They were from a broad spectrum but '
                  'shared a belief in the "unfeasibility of the union as it is now".\n')
    assert got == [(None, None)], got


def test_a_spokesperson_after_an_inverted_verb_is_unnamed_whatever_the_body_s_name() -> None:  # review of the change
    assert _spokes('"We are pleased," said a Kelby Museum of Modern Art spokeswoman.\n') == [
        (None, "a Kelby Museum of Modern Art spokeswoman")]
