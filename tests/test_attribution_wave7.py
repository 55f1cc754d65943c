"""Wave 7's attribution grammar (issue 10): who the grammar makes speak, each behaviour alone.

Each test is a sentence shape news writing uses, written here from the language, never copied from a gold case.
"""

from __future__ import annotations

from tests.conftest import speakers_in


def test_the_subject_of_a_passive_speech_verb_is_not_the_speaker() -> None:
    """'Trump was asked: "…?"': the question is the interviewer's, whom the clause does not name."""
    text = ('Senator Anna Berg gave an interview on Wednesday. Berg was asked, "Where is the most dangerous '
            'place you have ever been?"')
    assert speakers_in(text) == [None]


def test_the_agent_of_a_passive_speech_verb_speaks() -> None:
    text = ('Anna Berg and the presenter Tom Hale met on stage.\n\n'
            'Berg was asked by presenter Tom Hale whether her plan would risk "adding another costly programme to '
            'the budget".')
    assert speakers_in(text) == ["Tom Hale"]


def test_a_speech_verb_coordinated_after_a_passive_is_the_subjects() -> None:
    text = 'Anna Berg gave an interview. Berg was asked about the vote and replied: "It is a fine result for us."'
    assert speakers_in(text) == ["Anna Berg"]


def test_a_report_inside_a_report_is_the_reportedspeakers_in() -> None:
    """'X said he had visited Y, who had told him that "…"': the words are Y's, as X relays them."""
    text = ('The director Tom Hale met the author Anna Berg. Hale said he had visited Berg, who had told him that the '
            'villain could "stand for any power that curtails the freedom of the individual".')
    assert speakers_in(text) == ["Anna Berg"]


def test_an_evaluative_verb_inside_a_report_leaves_the_reporter_speaking() -> None:
    text = ('Anna Berg met Tom Hale in Leeds. Anna Berg said that Tom Hale had criticised the plan in the past as '
            'being "a waste of everybody\'s time and money".')
    assert speakers_in(text) == ["Anna Berg"]


def test_a_new_sentence_ending_in_a_colon_introduces_the_next_quotation() -> None:
    """'… "words". He added: "…"': "He added" opens the next quotation; it is not the first one's attribution."""
    text = ('Tom Hale said he had met Anna Berg, who had told him the plan was "a very bold and welcome step '
            'forward for us". He added: "I have no wish to change it at all."')
    assert speakers_in(text) == ["Anna Berg", "Tom Hale"]


def test_a_run_does_not_cross_a_new_subject_in_the_quotations_own_sentence() -> None:
    """'"…," said Smith.¶ Jones hit out, attacking him for "…"': Jones's sentence, not Smith's run."""
    text = ('Early in the campaign, Tom Hale attacked Anna Berg, calling her "a failed candidate who let us all '
            'down".\n\nBerg hit out in March, attacking Hale for "the greed, the showing off and the absurd '
            'theatrics" of his campaign.')
    assert speakers_in(text) == ["Tom Hale", None]


def test_a_run_goes_on_when_its_own_sentence_names_only_the_speaker() -> None:
    text = ('"We will win the vote," said Tom Hale on Monday.\n\n'
            '"The result is not in doubt, and everybody here knows it," Hale added.')
    assert speakers_in(text) == ["Tom Hale", "Tom Hale"]


def test_two_people_as_the_subject_of_a_participle_speak_as_one_and_neither_alone() -> None:
    text = ('Tom Hale met Anna Berg on Thursday. Hale and Berg issued a statement describing their meeting as '
            '"a very positive step toward unity" for the party.')
    assert speakers_in(text) == [None]


def test_a_speech_verb_in_a_fronted_clause_does_not_govern_the_main_clauses_quotation() -> None:
    """'After Brown criticised Clinton, Hillary shot back, "…"': the subordinate clause's subject is not who speaks."""
    text = ('Tom Hale and Anna Berg clashed often. After Tom Hale criticised the plan during a debate, Berg '
            'paused, "I suppose I could have stayed at home and said nothing at all."')
    assert speakers_in(text) == [None]


def test_a_fronted_clause_leaves_the_speaker_of_its_main_clause_alone() -> None:
    text = ('Tom Hale met Anna Berg. When Hale said the plan was dead, Berg replied: "It is very much alive."\n\n'
            'Tom Hale met Anna Berg again. As Hale puts it, the plan is "an offer they cannot afford to refuse".')
    assert speakers_in(text) == ["Anna Berg", "Tom Hale"]


def test_a_sentence_adverb_or_a_day_between_subject_and_speech_verb_keeps_the_subject_speaking() -> None:
    """'Ed Davey meanwhile said …. "…"' / 'Priebus later Thursday told Fox News: "…"'."""
    text = ('"We will cut the number of agencies by half," said Tom Hale.\n\n'
            'Anna Berg meanwhile said the plan had failed before. "For two decades these agencies have grown."\n\n'
            'Tom Hale later Thursday told the BBC: "Both of us are meeting next week to talk about it."')
    assert speakers_in(text) == ["Tom Hale", "Anna Berg", "Tom Hale"]


def test_more_of_the_verbs_news_uses_introduce_words() -> None:
    """'Berg fired back:', 'she confesses:', '"…," he laughed': reporting verbs as news writes them."""
    text = ('"The plan is dead and buried," said Tom Hale on Monday.\n\n'
            'Anna Berg fired back: "It is very much alive, whatever he says."\n\n'
            'Asked if she enjoys the campaign, Mrs Berg confesses: "Yes, it is more fun than I thought."\n\n'
            '"I have never lost a vote in my life," Hale laughed.')
    assert speakers_in(text) == ["Tom Hale", "Anna Berg", "Anna Berg", "Tom Hale"]


def test_more_participles_introduce_the_words_of_their_clauses_subject() -> None:
    """'…, asking: "…?"' / 'with X tweeting that it was a "…"': the participle's subject speaks."""
    text = ('Anna Berg and Tom Hale met in Leeds on Monday.\n\n'
            'Berg ended the debate early, asking: "Who will pay for all of this in the end?"\n\n'
            'Others were quick to respond, with Tom Hale tweeting that the night was "a disaster for all of us".')
    assert speakers_in(text) == ["Anna Berg", "Tom Hale"]


def test_a_kin_noun_gives_the_gender_a_pronoun_must_agree_with() -> None:
    """'Along with her husband, Milton Berg, she …': "she" is never the husband; 'his wife, ex-model Sandra' is a
    woman whom "she" may reach."""
    text = ('Rachel Berg, a donor from Leeds, said the speeches had changed her mind. Along with her husband, Milton '
            'Berg, a banker, she has given to many candidates.\n\n"I feel bad to say it," she said.\n\n'
            'Tom Hale was filmed playing table tennis with his wife, ex-model Sandra. Asked if she enjoys a game she '
            'confesses: "It would be more fun if I could win now and then."')
    assert speakers_in(text) == ["Rachel Berg", "Sandra"]


def test_it_opening_a_sentence_goes_on_from_the_body_the_sentence_before_is_about() -> None:
    """'… the NIESR report was optimistic. It said "…"': "it" continues the previous sentence's subject, not the body
    quoted last."""
    text = ('The Treasury hit back, saying it was "firmly on course to meet its own rules". Despite the warning, the '
            'Acme Institute report was upbeat about jobs.\n\nIt said unemployment would fall, adding that the '
            '"labour market will stay strong for years".')
    assert speakers_in(text) == ["Treasury", "Acme Institute"]
