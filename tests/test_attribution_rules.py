"""Each attribution rule alone: the smallest text that shows its shape, and one where it must stay silent.

The rule table (``index.extract.quotes.rules.RULES``) is tried in order, so a
rule that stopped firing would hide behind a later one; these tests call the
rule itself on the quotation's context, and also check that the whole
extractor reports that rule.
"""

from __future__ import annotations

import pytest

from index.extract.entities import doc_entities
from index.extract.quotes import extract_quotations, rules
from index.extract.quotes.extract import find_quotations, name_context
from index.extract.quotes.plausible import NameContext, bracketed, common_word, headline_only, place, refused
from index.extract.quotes.resolver import _Resolver
from index.extract.quotes.spans import _mask_quotes, find_quote_spans
from index.models import Span
from tests.conftest import document, speakers_in

INTRO = "Finance Minister Anna Berg and trade chief Tom Hale met in Paris on Monday. "


def context(text: str, needle: str) -> rules.Context:
    """The rule context of the quotation holding ``needle`` (the first quotation when several do)."""
    d = document(text)
    raws = [r for p in d.paragraphs for r in find_quote_spans(d.text, p.start, p.end, p.number)]
    masked = _mask_quotes(d.text, raws)
    ents = doc_entities(d)
    res = _Resolver(d, ents, masked, name_context(d, ents))
    raw = next(r for r in raws if needle in d.text[r.open_at : r.close_at])
    para = next(p for p in d.paragraphs if p.number == raw.paragraph)
    s_open = res.sentences[res.sentence_index(raw.open_at)]
    s_close = res.sentences[res.sentence_index(min(raw.close_at, para.end - 1))]
    sentence = Span(start=max(s_open.start, para.start), end=min(max(s_close.end, raw.close_at + 1), para.end))
    return rules.Context(d.text, masked, res, raw, para.start, para.end, sentence)


CASES = [
    (rules.quoted_as_saying, INTRO + '"We will act now," the newspaper quoted trade chief Tom Hale as saying.', "act now",
     "Tom Hale"),
    (rules.tail_role_then_name, INTRO + '"We will act," said the head of the committee, MP Carl Dunn.', "act", "Carl Dunn"),
    (rules.tail_verb_first, INTRO + '"We will act now," said Mrs Berg.', "act now", "Anna Berg"),
    (rules.tail_name_first, INTRO + '"We will act now," Mr Hale said.', "act now", "Tom Hale"),
    (rules.lead_verb, INTRO + 'Mrs Berg said: "We will act now and not later."', "act now", "Anna Berg"),
    (rules.according_before, INTRO + 'According to Tom Hale, "the deal is done and dusted".', "deal", "Tom Hale"),
    (rules.lead_participle, INTRO + 'Mrs Berg ended the talks, stating: "We are done here for now."', "done", "Anna Berg"),
    (rules.coordinated_subject, INTRO + 'Tom Hale stood up and joked: "We are done here for now."', "done", "Tom Hale"),
    (rules.paragraph_intro, INTRO + "Anna Berg said:\n\n\"We are done here for now.\"", "done", "Anna Berg"),
    (rules.according_after, INTRO + 'The deal is "done and dusted and signed", according to Tom Hale.', "dusted", "Tom Hale"),
    (rules.end_report, INTRO + 'The firm had "no other course of action open" but to sell up, said Tom Hale.', "course",
     "Tom Hale"),
    (rules.colon_intro, INTRO + 'Trade chief Tom Hale: "It is an exciting new era for us."', "exciting", "Tom Hale"),
    (rules.subject_of_quote, INTRO + 'Acme "deeply regrets the trouble to all of our customers".', "regrets", "Acme"),
]


@pytest.mark.parametrize(("rule", "text", "needle", "speaker"), CASES, ids=[c[0].__name__ for c in CASES])
def test_rule_fires_alone(rule: rules.Rule, text: str, needle: str, speaker: str) -> None:
    cand = rule(context(text, needle))
    assert cand is not None and cand.speaker == speaker and cand.rule == rule.__name__


@pytest.mark.parametrize(("rule", "text", "needle", "speaker"), CASES, ids=[c[0].__name__ for c in CASES])
def test_rule_is_silent_on_bare_quotation(rule: rules.Rule, text: str, needle: str, speaker: str) -> None:
    assert rule(context(INTRO + 'It was "a deal done and dusted at last".', "dusted")) is None


@pytest.mark.parametrize(("rule", "text", "needle", "speaker"), CASES, ids=[c[0].__name__ for c in CASES])
def test_extractor_reports_the_rule(rule: rules.Rule, text: str, needle: str, speaker: str) -> None:
    found = [f for f in find_quotations(document(text)) if needle in text[f.start : f.end]]
    assert found and found[0].who == speaker and found[0].rule == rule.__name__


def test_unknown_speaker_is_a_decision() -> None:
    """'"…," an official said': the tail names nobody in particular, so no later rule may guess."""
    cand = rules.tail_name_first(context(INTRO + '"We will act now," an official said.', "act now"))
    assert cand is not None and cand.speaker is None and cand.how == "tail-unknown"


def test_rules_table_lists_every_rule_once() -> None:
    assert len(set(rules.RULES)) == len(rules.RULES)
    assert {c[0] for c in CASES} == set(rules.RULES)


def test_unnamed_speaker_keeps_its_description() -> None:
    """'A spokesperson said: "…"': no name, but the quotation stays findable by who said it."""
    q = extract_quotations(document(INTRO + 'A spokesperson said: "We will look at the plans again."'))[0]
    assert q.speaker is None and q.speaker_description == "A spokesperson" and q.rule == "lead_verb/description"


def test_named_quotation_carries_rule_and_confidence() -> None:
    q = extract_quotations(document(INTRO + '"We will act now," said Mrs Berg.'))[0]
    assert q.speaker == "Anna Berg" and q.rule == "tail_verb_first/name"
    assert q.confidence is not None and 0.0 < q.confidence <= 1.0


@pytest.mark.parametrize(("name", "check"), [
    ("Christmas Day", "is_time"), ("Monday", "is_time"),
    ("Chinese", "is_adjective"), ("Kentucky Republican", "is_adjective"),
    ("WATCH", "is_chrome"), ("READ MORE", "is_chrome"),
    ("Prominent Canadian", "is_adjective"), ("Unlike Al Mnajer", "is_fragment"),
    ("G.", "is_initials"), ("Can Yahoo", "is_fragment"), ("Early HSDPA", "is_fragment"), ("VP", "is_generic"),
])
def test_not_a_name_is_refused(name: str, check: str) -> None:
    assert refused(name) == check


@pytest.mark.parametrize("name", ["David French", "Kanye West", "Labour", "Democrats", "Tony Blair", "NATO",
                                  "Will Young", "May Lee"])
def test_names_pass(name: str) -> None:
    assert refused(name) is None


def test_another_member_of_the_public_is_described_not_named() -> None:
    text = ('Shoppers queued in Leeds on Monday. One woman, Mary Jones, said: "It is a disgrace, I want my money."\n\n'
            'Another member of the public said: "I have waited here since six this morning."')
    first, second = extract_quotations(document(text))
    assert first.speaker == "Mary Jones"
    assert second.speaker is None and second.speaker_description == "Another member of the public"


def test_transcript_names_resolve_to_the_full_name() -> None:
    text = ('Prime Minister Tony Blair was interviewed by Jeremy Paxman on Tuesday.\n\n'
            'PAXMAN: "Will you stand down before the next election?"\n\nBLAIR: "No, I will serve a full term."')
    assert speakers_in(text) == ["Jeremy Paxman", "Tony Blair"]


def test_he_said_after_a_paragraph_about_someone_else_is_contested() -> None:
    text = ('"We will win the vote," said John Smith on Monday.\n\n'
            'His rival Peter Jones spent the day in Leeds, where he met voters and toured a factory.\n\n'
            '"The result is not in doubt."')
    last = extract_quotations(document(text))[-1]
    assert last.speaker is None and last.rule.endswith("-contested")


def test_byline_author_is_not_the_speaker_of_a_pronoun() -> None:
    text = 'Anna Berg met voters in Leeds. "We will win," she said.'
    d = document(text, author="Anna Berg")
    assert extract_quotations(d)[0].speaker is None


# --- checks that read the document (plausible.DOC_CHECKS), each alone -----------------------------------

HEADLINE_CTX = NameContext.of(
    "Wealthy Donor Holt Backs Rivals Again\n\nGerald Holt, a donor, is ten years older than his rivals.",
    body_start=len("Wealthy Donor Holt Backs Rivals Again"),
)


def test_a_run_of_capitals_only_a_title_case_headline_holds_is_no_speaker() -> None:
    assert headline_only("Donor Holt", HEADLINE_CTX)
    assert refused("Donor Holt", HEADLINE_CTX) == "headline_only"


def test_a_headline_name_whose_surname_the_body_repeats_is_kept() -> None:
    ctx = NameContext.of("Cecile Richards Backs Plan\n\nMs Richards said it was fair.", body_start=26)
    assert not headline_only("Cecile Richards", ctx)
    assert refused("Cecile Richards", ctx) is None


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_no_name() -> None:
    ctx = NameContext.of("Hours later the talks ended. They had lasted for hours. Federer won; Labour lost labour votes.")
    assert common_word("Hours", ctx)
    assert not common_word("Federer", ctx)
    assert not common_word("Labour", ctx)  # a party named as a noun speaks as an organisation


def test_a_name_the_text_puts_after_in_is_a_place_unless_it_names_a_person() -> None:
    ctx = NameContext.of("Protests spread in San Francisco. Voters in Virginia had faith in Paul Ryan and in Rubio.",
                         persons=frozenset({"Marco Rubio", "Rubio"}))
    assert place("San Francisco", ctx) and place("Virginia", ctx)
    assert not place("Paul Ryan", ctx)  # a first name: a person after "in"
    assert not place("Rubio", ctx)  # the document names him in full elsewhere



def test_a_prepositional_object_who_speaks_is_whom_the_pronoun_goes_on_from() -> None:
    text = ("Film awards\n\nImelda Staunton and Sophie Okonedo were nominated. And actress Sophie Okonedo is chosen "
            "for Hotel Rwanda. It is also a first nomination for Staunton, 49, who told reporters she had not "
            'expected it. "It was an extraordinary time making the film," she said.')
    assert speakers_in(text) == ["Imelda Staunton"]


def test_a_common_word_glued_to_a_known_surname_is_dropped_from_the_name() -> None:
    from index.extract.quotes.extract import _fullest

    ents = doc_entities(document("Depot news\n\nScott Szlachta runs the depot. Will Carter drives for him."))
    names = NameContext(lowered=frozenset({"was", "will"}), persons=frozenset({"Szlachta", "Carter"}))
    assert _fullest("Was Szlachta", ents, names) \
        == "Scott Szlachta"
    # a first name that is also a common word stays a first name
    assert _fullest("Will Carter", ents, names) == "Will Carter"


def test_a_word_only_written_inside_brackets_is_no_speaker() -> None:
    ctx = NameContext.of("Gov. John Kasich (R-OH), said he would go on. The Organisation (UN) and the UN agreed.")
    assert bracketed("OH", ctx)
    assert not bracketed("UN", ctx) and not bracketed("John Kasich", ctx)


def test_a_name_after_a_pronoun_subject_is_an_object_not_the_speaker() -> None:
    text = ("Campaign\n\nCampaign chief Alan Mercer unveiled the slogan on Monday. Nobody, he claimed, could picture "
            "the rival leader in power. They could, however, picture Mark Dawson doing it. "
            '"Between now and the election we will be out of London," he promised.')
    assert speakers_in(text) == ["Alan Mercer"]


def test_one_name_that_speaks_is_whom_the_pronoun_goes_on_from() -> None:
    text = ("Tennis\n\nThe champion beat Jarkko Nieminen, who retired hurt. Federer admitted he was under pressure. "
            '"They are so used to me winning," he said.')
    assert speakers_in(text) == ["Federer"]


def test_a_question_then_a_new_sentence_of_reported_speech_is_not_its_attribution() -> None:
    text = ('Debate\n\nMark Dawson attacked the government. He continued: "How can there be order in schools when '
            'there is none in government?" Alan Mercer said he would not respond to such remarks.')
    assert speakers_in(text) == ["Mark Dawson"]


def test_a_speaker_the_text_leaves_unnamed_stops_the_pronoun_from_guessing_further_back() -> None:
    text = ("Books\n\nCritics praised Mark Dawson for his thriller. The novel is weak history, according to the "
            'historian. "The evidence for the old account is astonishingly good," he said.')
    assert speakers_in(text) == [None]


# --- wave 4: descriptors, places and short forms that took a name's place ---------------------------------

@pytest.mark.parametrize("name", ["Canada-based", "Man-of-the-match Duff", "Oxford-educated"])
def test_a_capitalised_word_joined_to_lower_case_words_is_an_adjective(name: str) -> None:
    assert refused(name) == "is_compound_adjective"


@pytest.mark.parametrize("name", ["Jean-Pierre Raffarin", "Smith-Jones", "Tony Blair"])
def test_hyphenated_names_are_names(name: str) -> None:
    assert refused(name) is None


def test_a_two_word_place_the_entity_table_took_for_a_person_is_still_a_place() -> None:
    text = "Markets in Hong Kong rose. Hong Kong traders were calm. Shares in Deutsche Boerse fell."
    doc = document("Markets\n\n" + text)
    ctx = name_context(doc, doc_entities(doc))
    assert place("Hong Kong", ctx) and refused("Hong Kong", ctx) == "place"
    assert not place("Deutsche Boerse", ctx)  # "shares in" introduces a company, not a place


def test_a_descriptor_glued_to_a_surname_is_the_person_of_that_surname() -> None:
    text = ("Robbie Keane scored the only goal in Dublin on Saturday. Matchwinner Keane was full of praise for "
            'his team-mates. "It was great play from the lads," said the striker.')
    assert speakers_in("Match report\n\n" + text) == ["Robbie Keane"]


def test_two_people_sharing_a_surname_are_never_merged() -> None:
    text = ("Venus Williams lost in Paris on Monday. Serena Williams won her match. "
            '"I played well today," Serena Williams said.')
    assert speakers_in("Tennis\n\n" + text) == ["Serena Williams"]


def test_an_organisation_named_by_its_head_noun_is_the_one_the_article_names_in_full() -> None:
    text = ("The Music Managers' Forum (MMF) wants visa rules eased for bands touring abroad. The Forum said the "
            'rules were "an uphill struggle" for small acts.')
    assert speakers_in("Visas\n\n" + text) == ["Music Managers' Forum"]


def test_a_name_inside_a_description_does_not_speak() -> None:
    """'…," added the two-time Academy Award winner': the award describes the winner; the actor speaks."""
    text = ('Tom Hanks was in London on Sunday. Hanks said that the film has a message. "Christmas is a special '
            'time of the year," added the two-time Academy Award winner.')
    assert speakers_in("Premiere\n\n" + text) != ["Academy Award"]
    assert all(q.speaker in (None, "Tom Hanks") for q in extract_quotations(document("Premiere\n\n" + text)))


def test_a_quotation_that_names_the_person_found_by_a_pronoun_is_not_theirs() -> None:
    text = ("Tennis\n\nLleyton Hewitt won in Sydney on a court the organisers had made faster. "
            '"Lleyton\'s proving how versatile he is on all surfaces," he said.')
    q = extract_quotations(document(text))[0]
    assert q.speaker is None and q.rule.endswith("+names_itself") and q.confidence == 0.5


def test_an_organisation_naming_itself_and_an_explicit_cue_keep_their_name() -> None:
    text = ('Music\n\nEMI Group warned on profits. "EMI\'s sales have been weak," it said. '
            '"Hewitt is the best," said Lleyton Hewitt, joking.')
    assert speakers_in(text) == ["EMI Group", "Lleyton Hewitt"]


def test_a_place_opening_a_sentence_is_still_a_place() -> None:
    ctx = NameContext.of("In Hong Kong, shares rose. Hong Kong traders were calm.")
    assert place("Hong Kong", ctx)


def test_a_long_modified_role_before_the_name_names_the_speaker() -> None:
    text = ('Markets\n\nShares in Hong Kong rose. "It is not a big thing in the economic sense," said ABN Amro '
            "chief Asian strategist Eddie Wong.")
    assert speakers_in(text) == ["Eddie Wong"]


@pytest.mark.parametrize(("name", "kind"), [("Paul King", "person"), ("Simon Champion", "person"),
                                             ("Justice Minister", "other"), ("Vice Chairman", "other"),
                                             ("General Secretary", "other")])
def test_a_given_name_before_a_surname_that_is_also_a_role_makes_a_person(name: str, kind: str) -> None:
    from index.extract.names import parse_name

    assert parse_name(name).kind == kind


def test_mr_king_is_the_paul_king_the_article_introduced() -> None:
    text = ('Security\n\nNot least, said Paul King, security consultant at Cisco, because defences are common. '
            '"If you think of criminals they do not do clever," said Mr King.')
    assert speakers_in(text) == ["Paul King"]


def test_two_descriptions_joined_before_the_name_name_the_speaker() -> None:
    text = ('Athletics\n\nKelly Holmes may retire. "It is a lot easier being the double Olympic champion," points out '
            "former Olympian and BBC pundit Steve Cram.")
    assert speakers_in(text) == ["Steve Cram"]


def test_the_agent_of_a_passive_is_whom_the_pronoun_goes_on_from() -> None:
    text = ("Festival\n\nMr Prater's sentiments were echoed by Christine Rush, director of the film market. "
            '"We have been careful to be respectful," she said.')
    assert speakers_in(text) == ["Christine Rush"]


def test_a_broadcaster_keeps_its_channel_number() -> None:
    text = ('Radio\n\nThree DJs will host shows on Radio 1. "It is widely accepted that he can never be replaced," '
            'said the radio station. Radio 1 said it would rise to the challenge of "keeping his legacy alive".')
    assert speakers_in(text) == ["Radio 1", "Radio 1"]


def test_an_organisation_split_at_its_acronym_is_named_in_full() -> None:
    """'A spokesman for the UK Film Council said' then 'the Film Council said': the one longer form."""
    text = ('Awards\n\nA spokesman for the UK Film Council said: "It is disappointing." Manchester\'s Trafford Centre '
            'was busy. The Film Council said: "It was extraordinary." The Centre said: "It was the best."')
    speakers = speakers_in(text)
    assert speakers[1:] == ["UK Film Council", "Trafford Centre"]


def test_an_outlet_told_or_a_body_named_after_a_preposition_does_not_contest_the_narration() -> None:
    text = ('Airline\n\n"We could understand it," Michael Mijatov, secretary of the Flight Attendants Association, '
            'told Agence France Presse. "Qantas announced a record profit last year."')
    assert speakers_in(text) == ["Michael Mijatov", "Michael Mijatov"]


def test_a_rival_subject_still_contests_the_narration() -> None:
    text = ('Tennis\n\n"It was hard," said John Smith. Peter Jones, his coach, watched from the stands and then '
            'spoke. "We will go again next week."')
    assert extract_quotations(document(text))[-1].speaker != "John Smith"
    # the contest itself, not the threshold, withholds the name (the rule alone falls under it too)
    assert extract_quotations(document(text))[-1].rule.endswith("-contested")


def test_an_age_after_the_verb_stands_for_the_person_just_named() -> None:
    text = ('Tennis\n\nIvo Minar, ranked 158th in the world, pulled out of qualifying to play his first final. '
            '"For me, this was a big success," said the 20-year-old.')
    assert speakers_in(text) == ["Ivo Minar"]


def test_places_listed_after_in_are_places_but_a_speaker_after_a_comma_is_not() -> None:
    ctx = NameContext.of("He served in Iran, Turkey and France. Born in Leeds, Mr Smith said it was fine.")
    assert place("France", ctx) and place("Turkey", ctx)
    assert not place("Mr Smith", ctx)


def test_a_possessive_before_a_noun_is_no_speaker() -> None:
    text = ("Court\n\nJustice Ruth Bader Ginsburg criticised the candidate. House Speaker Paul Ryan told CNN on "
            "Tuesday that Ginsburg’s comments “shows bias to me.”")
    assert speakers_in(text) == ["Paul Ryan"]


def test_the_object_of_a_preposition_never_governs_the_reporting_verb() -> None:
    text = ("Schools\n\nMarty West, a professor who previously worked for Sen. Lamar Alexander (R-Tenn.), one of the "
            "bill’s architects, called it “an incredibly significant development.”")
    assert extract_quotations(document(text))[0].speaker != "Lamar Alexander"


@pytest.mark.parametrize("clause", ["who previously worked for Sen. Lamar Alexander said:",
                                    "who once worked with Lamar Alexander said:"])
def test_the_object_of_a_preposition_in_a_relative_clause_never_governs_the_reporting_verb(clause: str) -> None:
    """'Marty West, a professor who worked for Sen. Lamar Alexander said: "…"': the reporting verb's subject is
    the phrase the relative clause hangs on; the name inside it is the object of "for" (the lead rule reaches
    this case, unlike the one above, where no rule fires)."""
    text = f"Schools\n\nMarty West, a professor {clause} “It is an incredibly significant development.”"
    q = extract_quotations(document(text))[0]
    assert q.rule.startswith("lead_verb") and q.speaker != "Lamar Alexander"


@pytest.mark.parametrize(("tail", "speaker"), [("said Marquette pollster Charles Franklin", "Charles Franklin"),
                                               ("said Clinton ally James Carville", "James Carville")])
def test_capitals_that_modify_a_noun_before_a_name_do_not_speak(tail: str, speaker: str) -> None:
    text = f'Poll\n\nHillary Clinton leads in Wisconsin. "Education is the primary driver now," {tail}.'
    assert speakers_in(text) == [speaker]


def test_one_of_a_group_is_described_not_named() -> None:
    text = ('Delegates\n\nSeveral leaders backed him. "One of my criteria was loyalty to the party," said one district '
            "GOP leader.")
    q = extract_quotations(document(text))[0]
    assert q.speaker is None and q.speaker_description == "one district GOP leader"


def test_words_an_outlet_quotes_are_the_person_quoted_not_the_outlet_or_the_topic() -> None:
    """'"…," the newspaper quoted X as saying': X speaks; "a source close to the firm" is nobody in particular."""
    text = ('Acme said it would cut jobs. "We must get the lowest cost structure we can," the newspaper quoted '
            'Acme chief executive Tom Hale as saying.\n\nAcme says none of its money will go to the owners. '
            '"Acme is extremely concerned to invest in the business," the newspaper quotes a source close to the firm.')
    first, second = extract_quotations(document(text))
    assert first.speaker == "Tom Hale" and first.rule.startswith("quoted_as_saying")
    assert second.speaker is None and second.rule == "quoted_as_saying"


def test_a_person_someone_has_speaks_not_their_owner() -> None:
    """"Tony Blair's official spokesman declined … He said:" is the spokesman (unnamed), and "Fletcher's daughter
    Jill said … she said" is Jill: the possessor is never whom the pronoun goes on from."""
    text = ('Tony Blair met the unions on Monday. On Tuesday, Tony Blair\'s official spokesman declined to say '
            'whether the prime minister backed the plans. He said: "What is important is that there is a process."'
            '\n\nCyril Fletcher died on Monday. Fletcher\'s daughter Jill said her father would be sorely missed. '
            '"He was greatly loved by the public," she said.')
    spokesman, daughter = extract_quotations(document(text))
    assert spokesman.speaker is None
    assert daughter.speaker == "Jill"


def test_the_subject_after_with_speaks_the_participle() -> None:
    """'Ferguson did not play, with Rovers boss Mark Hughes claiming it had been an "…"': Hughes, not Ferguson."""
    text = ('Barry Ferguson did not play on Saturday despite recovering from injury, with Rovers boss Mark Hughes '
            'claiming it had been an "emotional and difficult time for the player".')
    assert extract_quotations(document(text))[0].speaker == "Mark Hughes"


def test_a_nickname_in_quotation_marks_between_given_name_and_surname_makes_the_full_name() -> None:
    """'Jimmy "the Whirlwind" White … Mr White said': the speaker is Jimmy White, not a bare surname."""
    text = ('Another player who never won the title - Jimmy "the Whirlwind" White - has admitted missing lessons. '
            '"Tony and me used to spend all of our spare time there," Mr White said.')
    assert speakers_in(text) == ["Jimmy White"]


def test_a_run_going_on_from_a_pronoun_the_quotation_refutes_is_withheld_too() -> None:
    """'"I've had a word with Olof …," he told the website. "You shouldn't …"': "he" is not Olof Mellberg, so
    neither quotation is his; the second only follows the first's misreading."""
    text = ("Tom Hale has rapped skipper Olof Mellberg for his comments.\n\nMellberg spoke of his dislike of the "
            "rivals ahead of the match. \"I've had more than a quiet word with Olof about it,\" he told the website. "
            '"You should never leave yourself open to be shot down like that."')
    first, second = extract_quotations(document(text))
    assert first.speaker is None and first.rule.endswith("+names_itself")
    assert second.speaker is None and second.rule.endswith("+run_names_itself")


def test_an_unnamed_spokeswoman_is_whom_she_said_goes_on_from() -> None:
    """'An executive spokeswoman insisted … "…," she said': she is the spokeswoman, unnamed (a spokesperson is no
    speaker: wave 38), never the woman quoted before; a spokeswoman for nobody the text names likewise."""
    text = ('The Scottish Executive defended the minister. SNP leader Nicola Sturgeon said: "This is a gaffe."\n\n'
            'But an executive spokeswoman insisted Mr McConnell had meant adults. '
            '"He was talking about adults and drinks promotions," she said.\n\n'
            'Nicola Sturgeon said: "It is a disgrace."\n\nA spokeswoman insisted that Mr McConnell had been misread. '
            '"He was talking about adults all along," she said.')
    quotes = extract_quotations(document(text))
    assert [q.speaker for q in quotes] == ["Nicola Sturgeon", None, "Nicola Sturgeon", None]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Building a PC is fun. As Gavin Cox of the excellent buildyourown.org.uk website put it: "It will be tough '
     'to build one as compact as this."', "Gavin Cox"),
    ('But the chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned that there was '
     '"still a lot of work to be done".', "Stefan Johannesson"),
])
def test_the_person_named_before_of_speaks_not_the_place_or_body_after_it(text: str, speaker: str) -> None:
    assert extract_quotations(document(text))[0].speaker == speaker


def test_a_spokesman_described_with_his_body_speaks_for_it_not_for_the_previous_speaker() -> None:
    """'The Darlington Council spokesman added: "…"' after a Royal Mail spokeswoman is the council's spokesman,
    shown by that description with no name (wave 38: a spokesperson is no speaker), never the spokeswoman before."""
    text = ('A Royal Mail spokeswoman said: "We are working closely with the council on this."\n\n'
            'The Darlington Council spokesman added: "Initially we had complaints from a couple of residents."')
    quotes = extract_quotations(document(text))
    assert [(q.speaker, q.speaker_description) for q in quotes] == [
        (None, "A Royal Mail spokeswoman"), (None, "The Darlington Council spokesman")]


def test_what_someone_hopes_does_not_make_the_next_quotation_theirs() -> None:
    """'Acme hopes the technology will …. "Handhelds have limits."' after Mr Hale's words is not Acme's."""
    text = ('Tom Hale, of Acme, says: "The shape of your ear changes the sound."\n\n'
            'Acme hopes the technology will have a big impact on mobile gaming. "Handhelds often have limits '
            'on what they can do."')
    assert extract_quotations(document(text))[1].speaker == "Tom Hale"  # the one person quoted, going on


def test_a_description_the_document_names_nobody_for_is_not_given_as_a_name() -> None:
    """'The "myth that ageing is a barrier" needs exploding, the work and pensions minister has said.'"""
    text = ('Retirement age could be scrapped.\n\nThe "myth that ageing is a barrier" to contributing to society '
            'needs to be exploded, the work and pensions minister has said.')
    q = extract_quotations(document(text))[0]
    assert q.speaker is None and q.rule == "end_report/description+names_no_one"


def test_two_people_joined_by_and_speak_as_one_and_neither_is_named() -> None:
    """'fellow students Ryan Crabbe and Gordon Rennie, who observed, "…"': not Rennie's words alone."""
    text = ('Less impressed were fellow students Ryan Crabbe and Gordon Rennie, who observed, "With Fightstar, Charlie '
            'has clearly moved on from the old sound."\n\nMarks and Spencer said: "Sales are up by a lot this year."')
    first = extract_quotations(document(text))[0]
    assert first.speaker is None and first.rule == "lead_verb"


def test_the_reporting_clause_closing_a_sentence_names_whom_he_said_goes_on_from() -> None:
    """'The barrister who represented Mr Martin had said …, said Mr Clarke. He said: "…"': Clarke, not Martin."""
    text = ('Norfolk farmer Tony Martin was jailed in 1999. The barrister who had represented Mr Martin had said the '
            'rules were "weighted overwhelmingly" in favour of the householder, said Charles Clarke. He said: "The '
            'problem is there has not been enough understanding of it."')
    assert extract_quotations(document(text))[-1].speaker == "Charles Clarke"


def test_a_described_person_asked_to_speak_stops_he_from_guessing_further_back() -> None:
    """'Sir John Stevens backed …. The pressure prompted the prime minister to say …. He told MPs: "…"'."""
    text = ('Police Commissioner Sir John Stevens last month backed a change to the law. The pressure prompted the '
            'prime minister to say the police would be consulted. He told MPs: "If we get the right response, we '
            'will of course support a change."')
    assert extract_quotations(document(text))[0].speaker is None


def test_an_epithet_in_the_pronouns_own_sentence_is_the_person_the_article_is_about() -> None:
    """'The 48-year-old actor crossed a bridge, which he said was "…"' is Hanks, not the film named before."""
    text = ('Tom Hanks opened the festival. "This is like nothing before," said Hanks. Polar Express is based on a '
            "children's book. The 48-year-old actor crossed a bridge built in the square, which he said was \"almost "
            'impossible to get across". Hanks said he loved it.')
    assert extract_quotations(document(text))[-1].speaker == "Tom Hanks"


def test_the_organisation_before_skips_places_and_keeps_its_government() -> None:
    """'In the US, revenue grew "…", the company said' is the firm, and 'The US government … it said' the government."""
    firm = ('Acme said European sales fell last year.\n\nIn the US, revenue grew by 1.5% "despite weak sales of '
            'its diet drinks", the company said.')
    government = ('Mr Mubanga said: "I lost three years of my life."\n\nThe US government denied the claims. In a '
                  'statement, it said: "The Department has no doubt that he was properly detained."')
    assert extract_quotations(document(firm))[0].speaker == "Acme"
    assert extract_quotations(document(government))[-1].speaker == "US government"


def test_the_bank_is_the_firm_the_sentence_before_has_speak() -> None:
    """'JP Morgan said that … . The bank said that it is a "…"' is JP Morgan, not a bank named earlier."""
    text = ('Citizens Bank and Canal Bank were identified in the research. JP Morgan said that it was setting up a '
            'scholarship programme. The bank said that it is a "very different company than the banks of the 1800s".')
    assert extract_quotations(document(text))[0].speaker == "JP Morgan"


def test_a_name_first_clause_after_a_sentence_break_is_not_the_attribution() -> None:
    """'promised a "firm but fair" policy on immigration. Veritas says it hopes …': Veritas did not say the words."""
    text = ('Robert Kilroy-Silk spoke on Thursday. He said "our country" was being "stolen" and promised a "firm but '
            'fair" policy on immigration. Veritas says it hopes to contest most seats.')
    assert extract_quotations(document(text))[-1].speaker == "Robert Kilroy-Silk"  # "He said … and promised"


def test_a_section_heading_opened_by_a_preposition_is_no_name() -> None:
    """'Among Latinos' (a heading left in the text) is a fragment, never a speaker."""
    assert refused("Among Latinos") == "is_fragment"


def test_a_town_and_its_state_and_a_place_outside_which_someone_lives_are_places() -> None:
    """'in Aurora, Colorado', 'who lives outside Minneapolis': places, never whom "he said" goes on from."""
    ctx = NameContext.of("Sandy Phillips lost her daughter in Aurora, Colorado, in 2012. Woodrow Benford lives "
                         "outside Minneapolis.")
    assert place("Colorado", ctx) and place("Minneapolis", ctx) and place("Aurora", ctx)
    assert not place("Sandy Phillips", ctx)


def test_a_participle_hangs_on_the_person_a_modified_role_names() -> None:
    """'Earlier Tory leader Michael Howard sent his "warmest congratulations", saying: "…"': Howard, not "Tory"."""
    text = ('Earlier Tory leader Michael Howard sent Mr Bush his "warmest congratulations", saying: "We look to the '
            'president to be a unifying force."')
    assert extract_quotations(document(text))[-1].speaker == "Michael Howard"


# --- review of wave 5 (issue 10): shapes the wave-5 rules took from their rightful speaker ---------------------


@pytest.mark.parametrize("relay", ["in remarks quoted by Reuters", "in an interview quoted in the Times"])
def test_words_a_named_speaker_said_and_an_outlet_relayed_are_the_speakers(relay: str) -> None:
    """'"…," Hale said in remarks quoted by Reuters': Hale speaks; the outlet after "quoted by" only relays."""
    text = (f'Trade\n\nTrade chief Tom Hale met his counterpart on Monday. "We will not be rushed into a deal," '
            f'Hale said {relay}.')
    q = extract_quotations(document(text))[0]
    assert q.speaker == "Tom Hale" and q.rule == "tail_name_first/name"


def test_words_an_outlet_quotes_are_trusted_as_an_explicit_cue() -> None:
    """The rule names itself and the speaker model trusts a name written right beside the marks."""
    from index.extract.quotes import confidence as trust

    q = extract_quotations(document(INTRO + '"We will act now," the newspaper quoted trade chief Tom Hale as saying.'))[0]
    assert q.rule == "quoted_as_saying/name" and q.speaker == "Tom Hale"
    assert q.confidence is not None and q.confidence >= trust.THRESHOLD


def test_an_outlet_after_quoted_by_is_never_the_person_quoted() -> None:
    """The rule stays silent on 'Hale said in remarks quoted by Reuters' and leaves the tail to the tail rules."""
    cand = rules.quoted_as_saying(context(INTRO + '"We will act now," Hale said in remarks quoted by Reuters.', "act"))
    assert cand is None


@pytest.mark.parametrize(("firm", "noun"), [("Royal Bank of Scotland", "bank"), ("Harwood Group", "firm")])
def test_a_firm_named_after_in_the_is_the_firm_that_speaks(firm: str, noun: str) -> None:
    """'Shares in the Royal Bank of Scotland rose after "…", the bank said': that bank, not the one that spoke in
    the sentence before; "in the" makes a place only of a known place ("in the US")."""
    text = (f'Banks\n\nBarclays said profits rose by a fifth. Shares in the {firm} rose after it reported "a very '
            f'strong year for the business", the {noun} said.')
    assert speakers_in(text) == [firm]


def test_a_surname_after_a_town_and_a_comma_is_no_state() -> None:
    """'After the game in Porto, Hale admitted: "…"': "Hale" opens the clause; a state would end it."""
    text = 'Football\n\nThe visitors lost on Sunday. After the game in Porto, Hale admitted: "We were not good enough."'
    assert speakers_in(text) == ["Hale"]
    ctx = NameContext.of("After the game in Porto, Hale admitted it. She lives in Aurora, Colorado. He was in "
                         "Dayton, Ohio; then in Austin, Texas in May.")
    assert not place("Hale", ctx)
    assert place("Colorado", ctx) and place("Ohio", ctx) and place("Texas", ctx)


@pytest.mark.parametrize("sentence", ["Mr Hale's message to people was simple.",
                                      "Hale's warning to officials was blunt."])
def test_what_someone_said_to_people_is_theirs_not_someone_they_have(sentence: str) -> None:
    """'Mr Hale's message to people was simple. "…," he said': "people" is the audience, not a person Hale has."""
    text = f'Politics\n\nTom Hale spoke in Leeds on Monday. {sentence} "We will build more homes," he said.'
    assert speakers_in(text) == ["Tom Hale"]


def test_a_firm_named_as_a_partner_stays_an_organisation() -> None:
    """'Its partner Harwood said' is a firm (partners are firms as often as people); 'daughter Jill said' a person."""
    text = "Telecoms\n\nAcme signed a deal. Its partner Harwood said it was pleased. His daughter Jill said it was fine."
    ents = doc_entities(document(text))
    assert "Harwood" in ents.orgs and "Jill" not in ents.orgs


def test_a_quotation_taken_back_from_a_doubted_attribution_is_no_surer_than_it() -> None:
    """'"What a week," "Lleyton's proving how versatile he is," he said': the first words take their speaker from
    the second's "he", which the second quotation refutes; the run is as doubtful as its head, and says so."""
    text = ("Tennis\n\nLleyton Hewitt won in Sydney on a court the organisers had made faster. \"What a week it has "
            "been. \"Lleyton's proving how versatile he is on all surfaces,\" he said.")
    first, second = extract_quotations(document(text))
    assert second.rule.endswith("+names_itself") and second.confidence == 0.5
    assert first.speaker is None and first.rule.endswith("+inherited") and first.confidence == 0.5


def test_he_or_she_is_never_a_place_a_party_or_an_area() -> None:
    """The type check of a pronoun: "he said" that reached "Democrats", "Colorado" or "the 8th Congressional
    District" found no person; a person, or an organisation a spokesman speaks for, passes."""
    from index.extract.quotes.confidence import he_is_no_person

    d = document("Vote\n\nTom Hale, a spokesman for Oxford University Press, met Democrats in Aurora, Colorado, and in "
             "the 8th Congressional District.")
    ents, names = doc_entities(d), name_context(d, doc_entities(d))
    for place_or_party in ("Democrats", "Colorado", "Congressional District"):
        assert he_is_no_person("tail_name_first/pronoun", place_or_party, "…", ents, "he", names)
    assert not he_is_no_person("tail_name_first/pronoun", "Tom Hale", "…", ents, "he", names)
    assert not he_is_no_person("tail_name_first/pronoun", "Oxford University Press", "…", ents, "he", names)
    assert not he_is_no_person("tail_name_first/pronoun", "Democrats", "…", ents, "they", names)  # "they" may be


def test_he_said_reaching_a_place_names_nobody() -> None:
    """'…the shooting in Aurora, Colorado, … "…," she said': the speaker is not Colorado."""
    text = ("Victims\n\nFamilies of victims are not through with the senator.\n\nSandy Phillips, who lost her daughter "
            "during the mass shooting in Aurora, Colorado, in July 2012, said that the senator had treated her family "
            "disrespectfully.\n\n\"He promised to meet with us face to face,\" she said about the senator.")
    q = extract_quotations(document(text))[0]
    assert q.speaker != "Colorado"
    assert q.speaker is None or q.speaker == "Sandy Phillips"


def test_the_person_of_a_body_speaks_not_the_body() -> None:
    """'…," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote': the head of "X of Y" is
    X; the body after "of" is where the person works."""
    text = ("Bomb\n\nNorth Korea tested a device.\n\n\"Building a staged weapon would seem to be a stretch,\" Jeffrey "
            "Lewis of the James Martin Center for Nonproliferation Studies wrote in December.")
    assert speakers_in(text) == ["Jeffrey Lewis"]


@pytest.mark.parametrize("who", ["a member of the Tennis Federation", "an official at the Tennis Federation",
                                 "a prominent Tennis Federation member who backs the plan"])
def test_someone_of_a_body_is_not_the_body(who: str) -> None:
    """'…," said a member of the Tennis Federation': an unnamed member speaks, not the federation; the words
    stay findable with no name."""
    text = f"Games\n\nThe federation met on Monday.\n\n\"It will be tough to agree a plan,\" said {who}."
    q = extract_quotations(document(text))[0]
    assert q.speaker is None and q.rule.endswith("+someone_of_the_body")


def test_a_spokesman_for_a_body_speaks_for_it() -> None:
    """A spokesman's words are shown by the description, body and all, with no name (wave 38: the README's and the
    issue's convention, and the gold sets' since wave 27; the older sets named the body)."""
    for who in ("a spokesman for the Tennis Federation", "a Tennis Federation spokesman"):
        text = f"Games\n\nThe federation met on Monday.\n\n\"It will be tough to agree a plan,\" said {who}."
        [q] = extract_quotations(document(text))
        assert q.speaker is None and q.speaker_description == who


@pytest.mark.parametrize(("cue", "name"), [("said Navy Capt. Jeff Davis", "Jeff Davis"),
                                           ("Republican Christine Todd Whitman said", "Christine Todd Whitman")])
def test_a_speaker_is_shown_by_the_name_inside_its_descriptor(cue: str, name: str) -> None:
    """'Navy Capt. Jeff Davis', 'Republican Christine Todd Whitman': a rank, a party or a trade glued before a
    given name describes the person; the speaker is the name that starts at the given name."""
    text = f"Vote\n\nThe race tightened.\n\n\"We will win this,\" {cue}."
    assert speakers_in(text) == [name]


def test_an_honorific_stays_part_of_the_name() -> None:
    """'Lord Tom Hale': an honorific is how the person is named, not a descriptor."""
    from index.extract.quotes.extract import _without_descriptor

    assert _without_descriptor("Lord Tom Hale") == "Lord Tom Hale"
    assert _without_descriptor("State John Kerry") == "John Kerry"
    assert _without_descriptor("Tom Hale") == "Tom Hale"


@pytest.mark.parametrize("body", ["St Louis Cardinals", "Port Elizabeth Herald", "San Jose Mercury News",
                                  "St. Helena Star"])
def test_a_given_name_inside_a_place_name_starts_no_person(body: str) -> None:
    """'St Louis Cardinals', 'Port Elizabeth Herald': "St", "Port", "San" make a place of the given name after
    them, so nothing before it is a descriptor to cut; cutting would show a team or a newspaper as a person
    ("Louis Cardinals", "Elizabeth Herald")."""
    from index.extract.quotes.extract import _without_descriptor

    assert _without_descriptor(body) == body


def test_a_place_the_narration_carries_to_a_quotation_names_nobody() -> None:
    """With no cue beside the quotation, the narration's subject is taken as its speaker; a place the text sets
    the story in ("in Aurora, Colorado") is the setting, so the words are kept with no name."""
    text = ("Film\n\nThe crew worked in Aurora, Colorado, for a month.\n\nColorado said it was proud of the film. "
            "\"It is a great place to make films.\"")
    q = extract_quotations(document(text))[0]
    assert q.speaker is None and q.rule == "narration+a_place_speaks"


@pytest.mark.parametrize(("cue", "name"), [("FBI General Counsel James A. Baker wrote in a letter", "James A. Baker"),
                                           ("Senate Minority Leader Harry M. Reid (D-Nev.) said in a statement",
                                            "Harry M. Reid")])
def test_a_name_with_a_middle_initial_or_a_party_and_state_speaks(cue: str, name: str) -> None:
    """'…," James A. Baker wrote' / '…," Harry M. Reid (D-Nev.) said': a middle initial is a letter, not the
    word "a", and a party and state in brackets sit between the name and its verb; neither hands the quotation
    to the body the narration named before ("The FBI said …")."""
    text = f"Mail\n\nThe FBI said it would cooperate.\n\n\"The FBI will be providing this information,\" {cue}."
    assert speakers_in(text) == [name]


def test_he_or_she_is_never_a_publication_a_trophy_or_a_programme() -> None:
    """'London's Evening Standard quoted Mr Clarke … "…," he said': "he" that reached a newspaper, a trophy
    ("their first Triple Crown") or a programme ("the Weakest Link") found no person; a body the text gives a
    spokesman passes, and so does a titled person whose surname is also a newspaper's ("Mayor Don Guardian")."""
    from index.extract.quotes.confidence import he_is_no_person

    d = document("Vote\n\nLondon's Evening Standard quoted Mr Clarke. They won their first Triple Crown. She presents "
             "the Weakest Link. A BBC spokesman said so, and Mayor Don Guardian agreed.")
    ents, names = doc_entities(d), name_context(d, doc_entities(d))
    for thing in ("Evening Standard", "Triple Crown", "Weakest Link"):
        assert he_is_no_person("tail_name_first/pronoun", thing, "…", ents, "he", names), thing
    assert not he_is_no_person("tail_name_first/pronoun", "BBC", "…", ents, "he", names)
    assert not he_is_no_person("tail_name_first/pronoun", "Don Guardian", "…", ents, "he", names)


def test_he_said_after_a_newspaper_quoted_someone_names_nobody_and_nor_does_the_run() -> None:
    """The pronoun's refusal carries to the quotations that go on from it: one wrong head, no wrong names."""
    text = ("Migration\n\nLondon's Evening Standard quoted Mr Clarke telling activists he wanted refuge for all. "
            "\"That is a moral duty,\" he said.\n\n\"We want more migration.\" \"We want more people.\"")
    assert all(q.speaker != "Evening Standard" for q in extract_quotations(document(text)))


def test_a_leading_article_is_not_part_of_a_name() -> None:
    """'A Department for Constitutional Affairs spokeswoman said': the speaker is the Department, not "A …"."""
    from index.extract.quotes.extract import _without_article

    assert _without_article("A Department for Constitutional Affairs") == "Department for Constitutional Affairs"
    assert _without_article("An Post") == "Post"
    assert _without_article("Tom Hale") == "Tom Hale"
    assert _without_article("A") == "A"


@pytest.mark.parametrize(("name", "described"), [
    ("European outreach coordinator for digital civil liberties group Electronic Frontier Foundation", True),
    ("newly formed super PAC", True), ("Department for Constitutional Affairs", False), ("US government", False),
    ("Ursula von der Leyen", False), ("Friends of the Earth", False), ("ois Hollande", False),
    ("Bashar al-Assad", False), ("Valery Giscard d'Estaing", False), ("Abdel Fattah el-Sisi", False)])
def test_a_description_is_not_a_name(name: str, described: bool) -> None:
    """A name is capitals joined by connectives and particles; lower-case nouns of its own make a description."""
    from index.extract.quotes.plausible import is_description

    assert is_description(name) is described


def test_a_description_taken_for_a_name_resolves_to_the_person_in_apposition() -> None:
    """'Cory Doctorow, European outreach coordinator for … Foundation, said …' speaks as Cory Doctorow."""
    text = ("Toolbar\n\nSome users were unhappy. Cory Doctorow, European outreach coordinator for digital civil "
            "liberties group Electronic Frontier Foundation, said that Google should not be penalised. \"Of course "
            "Google should be allowed to direct people to whatever proxies it chooses.\"")
    assert speakers_in(text) == ["Cory Doctorow"]


@pytest.mark.parametrize("lead", ["In a letter to Cory Doctorow, ", "Some users met Cory Doctorow, "])
def test_a_description_in_apposition_with_an_object_names_nobody(lead: str) -> None:
    """'In a letter to Cory Doctorow, European outreach coordinator for … Foundation, …': the description
    describes the person the letter went to, the object of "to", who is not the subject that speaks; so a
    description taken for the speaker is not resolved through it (attributed or nothing)."""
    text = (f"Toolbar\n\n{lead}European outreach coordinator for digital civil liberties group Electronic Frontier "
            "Foundation, said that Google should not be penalised. \"Of course Google should be allowed to direct "
            "people to whatever proxies it chooses.\"")
    assert all(q.speaker != "Cory Doctorow" for q in extract_quotations(document(text)))


@pytest.mark.parametrize("tail", ["said a friend of Cory Doctorow of the Electronic Frontier Foundation",
                                  "said a colleague of Cory Doctorow", "said the brother of Cory Doctorow"])
def test_someone_close_to_a_named_person_is_not_that_person(tail: str) -> None:
    """'…," said a friend of Cory Doctorow': the head of the description is the friend, the colleague or the brother;
    the person named after "of"/"to" is whom they are close to, not who speaks (attributed or nothing)."""
    text = f"Toolbar\n\nSome users were unhappy. \"Of course Google should be allowed to direct people,\" {tail}."
    assert all(q.speaker != "Cory Doctorow" for q in extract_quotations(document(text)))


def test_a_member_of_a_body_named_with_its_place_is_not_the_body() -> None:
    """'…," said a member of the Tennis Federation of Ireland': the head is "member" before the body, whatever
    word follows the body's name ("of Ireland" is no head noun)."""
    from index.extract.quotes.confidence import someone_of_the_body

    d = document("Tennis\n\nThe Tennis Federation met.")
    assert someone_of_the_body("tail_verb_first/name", "Tennis Federation", "…", doc_entities(d),
                               "a member of the Tennis Federation of Ireland")


@pytest.mark.parametrize("tail", ["the two write", "they say", "both men said", "the lawmakers argue"])
def test_words_a_plural_subject_says_are_no_earlier_speakers(tail: str) -> None:
    # number agreement: a reporting clause with a plural subject gives the words to several people, so neither the
    # run from the last speaker nor the narration may hand them to one person
    text = ('Senator Anna Berg questioned the inquiry. "We want answers," Berg said.\n\n'
            f'Two other senators sent a letter. "You seem to have picked a new standard out of thin air," {tail}.')
    q = next(q for q in extract_quotations(document(text)) if "new standard" in q.text)
    assert q.speaker is None


@pytest.mark.parametrize("tail", ["the spokeswoman said", "he says", "added the senator"])
def test_a_singular_clause_after_a_quotation_leaves_the_run_alone(tail: str) -> None:
    text = ('Senator Anna Berg questioned the inquiry. "We want answers," Berg said.\n\n'
            f'"You seem to have picked a new standard out of thin air," {tail}.')
    q = next(q for q in extract_quotations(document(text)) if "new standard" in q.text)
    assert q.rule is not None and not q.rule.startswith("none")


def test_a_quotation_closing_after_blank_space_is_not_read_as_leaving_its_sentence_open() -> None:
    # the plural cue counts only when a comma, question or exclamation mark or dash stands before the closing mark;
    # blank space there is none of them (an empty last character was taken for one: "" is in every string)
    from index.extract.quotes.extract import _plural_cue
    from index.extract.quotes.spans import _Raw

    text = 'Berg spoke. "We want answers  " they say.'
    close = text.index('"', text.index('"') + 1)
    raw = _Raw(open_at=text.index('"'), close_at=close, paragraph=0, closed=True)
    assert not _plural_cue(text, text, raw)
    comma = text.replace("answers  ", "answers, ")
    assert _plural_cue(comma, comma, raw)


def test_a_peer_named_by_title_and_surname_keeps_the_title() -> None:
    text = ("Courts\n\nLord Falconer set out the plans on Monday. The courts will change, he said.\n\n"
            '"Victims come first," Falconer said.')
    assert speakers_in(text) == ["Lord Falconer"]
    # two peers of one surname are two people: the surname stays as written
    two = ("Peers\n\nLord Smith and Lady Smith arrived. They spoke.\n\n" '"We are glad," Smith said.')
    assert speakers_in(two) in (["Smith"], [None])


def test_a_transcript_turn_whose_label_is_no_name_is_not_the_last_speakers() -> None:
    # 'BBC: "…"' opens a turn of its own: the interviewer's question is never carried on from the minister's answer
    text = ('The BBC spoke to Finance Minister Anna Berg about the budget.\n\nBerg: "Not this year. We have no plans."\n\n'
            'BBC: "And next year?"\n\nBerg: "That depends on growth."')
    by_words = {q.text: q for q in extract_quotations(document(text))}
    assert by_words["And next year?"].speaker is None
    assert by_words["That depends on growth."].speaker == "Anna Berg"


def test_a_question_after_an_answer_is_not_carried_on_from_the_answerer() -> None:
    # an interview alternates: after Berg answered Hale's question, a new question with no cue is as likely Hale's
    text = ('Anna Berg was interviewed by presenter Tom Hale on Monday.\n\n"Will taxes rise?" Hale asked.\n\n'
            '"Not this year," Berg replied. "We have no plans."\n\n"And next year?"')
    by_words = {q.text: q for q in extract_quotations(document(text))}
    assert by_words["Will taxes rise?"].speaker == "Tom Hale"
    assert by_words["We have no plans."].speaker == "Anna Berg"
    assert by_words["And next year?"].speaker is None


def test_a_statement_after_an_answer_goes_on_from_the_answerer() -> None:
    text = ('Anna Berg was interviewed by presenter Tom Hale on Monday.\n\n"Will taxes rise?" Hale asked.\n\n'
            '"Not this year," Berg replied.\n\n"We have no plans for next year either."')
    by_words = {q.text: q for q in extract_quotations(document(text))}
    assert by_words["We have no plans for next year either."].speaker == "Anna Berg"


@pytest.mark.parametrize("tail", ['said a third resident', 'a third resident said'])
def test_an_unnamed_crowd_member_keeps_the_description_not_a_name(tail: str) -> None:
    # the quotation stays findable by who said it ("a third resident") with no name
    text = f'Residents gathered on Monday.\n\n"Nobody listens to us," {tail}.'
    q = next(iter(extract_quotations(document(text))))
    assert q.speaker is None and q.speaker_description == "a third resident"
