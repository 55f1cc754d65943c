"""Issue 9, wave 14, helper ans14: answers to questions as people ask them. Each rule alone on a small collection
written here (real files, a real index; no seed or gold fact); every end-to-end test fails on the code before it,
and each has a twin whose answer must not change."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer

# ----------------------------------------------------------------- a style that names nobody is not shown as the name

STORY_CONCERT = (
    "Pastor urges fans to shun concert\n\n"
    "A rap concert planned for Millbrook has been criticised by a local church.\n\n"
    "\"Millbrook is a peaceful town because of what stays away from it,\" said the Reverend Owen Tallis, of the "
    "Grace Chapel. \"Keep your tickets in the drawer and stay at home,\" he added.\n"
)

concert_engine = engine_fixture({"concert.txt": STORY_CONCERT, **OTHER_STORY})


def test_a_style_opening_a_name_is_not_shown() -> None:
    from index.answer.quote import shown_name

    assert shown_name("Reverend Owen Tallis") == "Owen Tallis"
    assert shown_name("Very Rev Dr Owen Tallis") == "Owen Tallis"
    # a style a person is known by stays, and a style before one name is how the text names them
    assert shown_name("Lord Owen Tallis") == "Lord Owen Tallis"
    assert shown_name("Reverend Tallis") == "Reverend Tallis"
    assert shown_name("Rt Hon Owen Tallis") == "Owen Tallis"
    # a word that may open a name of its own is never cut (review: "St John Ambulance" was shown as "John Ambulance")
    for name in ("St John Ambulance", "St John Greene", "Hon Hai Precision Industry", "Right Said Fred",
                 "Miss Saigon Productions", "Dr Owen Tallis", "Very Good Films"):
        assert shown_name(name) == name


def test_the_words_of_a_reverend_are_shown_under_their_name(concert_engine) -> None:
    first = first_answer(concert_engine, "what did owen tallis say about the concert")
    assert "peaceful town" in first.quote and first.speaker == "Owen Tallis"


# ----------------------------------------------------------------- "X's chances of Y" is about Y

STORY_TAKEOVER = (
    "Tycoon renews bid for Dunmore Rovers\n\n"
    "US tycoon Hal Brenner has renewed his bid for Dunmore Rovers, the football club he has long wanted to buy.\n\n"
    "Fund manager Joe Tarrant said the club's small shareholders held the key. \"If they back him, this bid could "
    "well go ahead,\" Mr Tarrant said. \"Without their support, Mr Brenner's offer will stall again.\"\n"
)

# the index's spelling of "chanses" comes from another story: the takeover story never writes "chance"
STORY_CUP = "Town face cup replay\n\nTown have a fair chance of reaching the final, their coach said.\n"

takeover_engine = engine_fixture({"takeover.txt": STORY_TAKEOVER, "cup.txt": STORY_CUP, **OTHER_STORY})


def test_chances_count_as_a_shell_noun_typed_or_misspelt() -> None:
    from index.answer.quote import is_shell
    from index.answer.relevance import Concept

    assert is_shell(Concept(word="chances", alternatives=(("chanc",),), weight=1.0))
    assert is_shell(Concept(word="chanses", alternatives=(("chang",), ("chanc",)), weight=1.0, corrected=True))
    # a word that merely is spelt like a shell noun is not one unless it was corrected to it
    assert not is_shell(Concept(word="chanses", alternatives=(("chans",),), weight=1.0))
    assert not is_shell(Concept(word="bid", alternatives=(("bid",),), weight=1.0))


def test_words_on_the_bid_answer_a_question_on_its_chances(takeover_engine) -> None:
    first = first_answer(takeover_engine, "what did joe tarrant say about the bid's chances")
    assert first.speaker == "Joe Tarrant" and ("bid could" in first.text or "offer will" in first.text)


def test_a_misspelt_chances_is_no_word_the_text_must_hold(takeover_engine) -> None:
    first = first_answer(takeover_engine, "what did joe tarrant say about the bid's chanses")
    assert first.speaker == "Joe Tarrant" and ("bid could" in first.text or "offer will" in first.text)


# ----------------------------------------------------------------- a web address typed in a question is one word

STORY_RADIO = (
    "Web radio gives folk a voice\n\n"
    "Welsh-language folk is thriving at home but rarely heard abroad. A new station, tunecrwth.com, hopes to change "
    "that by streaming local bands around the clock.\n\n"
    "Its founders say listeners in 40 countries tuned in during the first week.\n\n"
    "Ann Lorimer is music correspondent for The Wire, a weekly arts programme.\n"
)

radio_engine = engine_fixture({"radio.txt": STORY_RADIO, **OTHER_STORY})


def test_a_web_address_is_one_question_word() -> None:
    from index.answer.question import content_terms

    assert content_terms("who wrote the piece about tunecrwth.com") == ("wrote", "piece", "tunecrwth.com")
    assert "bbc.co.uk" in content_terms("what did bbc.co.uk report")
    # an abbreviation with dots is still one word without them
    assert content_terms("U.S. troops") == ("us", "troops")


def test_who_wrote_the_piece_about_a_website_is_its_writer(radio_engine) -> None:
    first = first_answer(radio_engine, "who wrote the piece about tunecrwth.com")
    assert first.text == "Ann Lorimer"


# ----------------------------------------------------------------- "The paper quoted a spokesman for <described> <Name>"

STORY_FUND = (
    "Shareholders oppose Kessel exchange bid\n\n"
    "Kessel Exchange faces growing opposition from its own investors over its planned takeover of the Norland "
    "bourse.\n\n"
    "The Evening Ledger also quoted a spokesman for Boston-based pension fund Harrow Capital complaining that the "
    "takeover was driven by \"vanity\" rather than the interests of shareholders.\n"
)

fund_engine = engine_fixture({"fund.txt": STORY_FUND, **OTHER_STORY})


def test_a_description_quoted_by_a_paper_reports_words() -> None:
    from index.answer.quote import reporting_description

    assert reporting_description("The Ledger quoted a spokesman for the fund complaining that it was vain.", "spokesman")
    # a description in a quotation's words is not who reports
    assert not reporting_description('He said: "I quoted a spokesman once."', "spokesman")


def test_the_body_spoken_for_may_be_described_before_its_name() -> None:
    from index.answer.roles import own_description

    assert own_description("It quoted a spokesman for Boston-based pension fund Harrow Capital complaining.",
                           "spokes") == ["spokesman for Boston-based pension fund Harrow Capital"]
    # no capitalised name after the description: a bare spokesman, who takes the body from the text around
    assert own_description("A spokesman for the firm said Harrow would wait.", "spokes") is None


def test_what_a_funds_spokesman_said_is_the_papers_report_of_it(fund_engine) -> None:
    first = first_answer(fund_engine, "What did a spokesman for Harrow Capital say about the Kessel takeover?")
    assert "vanity" in first.text and first.speaker is None
    # shown as the description's report, the description said
    assert "spokesman" in (first.speaker_description or "")


# ----------------------------------------------------------------- a whole word is no clipped form of a longer one

STORY_STATE = (
    "Region fights to keep bank at home\n\n"
    "Local officials in the state of Varn want the bank to stay. \"It is our wish that the bank stays here,\" "
    "said Karl Brenner, its minister for economic affairs.\n"
)

# "office" is a word of the collection (as in any news collection), so nothing respells the question's "office"
STORY_POST = "Village post office to close\n\nThe post office in Tarnby will close in May, the council said.\n"

state_engine = engine_fixture({"state.txt": STORY_STATE, "post.txt": STORY_POST, **OTHER_STORY})


def test_only_a_short_form_stands_for_the_word_it_begins() -> None:
    from index.answer.roles import _matches
    from index.store.analysis import terms

    officials = set(terms("Local officials met at home"))
    assert not _matches(tuple(terms("office")), officials)
    assert _matches(tuple(terms("lib")), set(terms("the Liberal Democrats")))


def test_a_minister_of_a_story_naming_home_and_officials_is_no_home_office_minister(state_engine) -> None:
    answer = state_engine.ask("what did the home office minister say about the bank")
    assert "Brenner" not in (answer.message or "")
    assert all(a.speaker != "Karl Brenner" for a in answer.answers)


# ----------------------------------------------------------------- "Name, <apposition> said: …" reports the name

STORY_WATCHDOG = (
    "Campaigners attack Zest TV\n\n"
    "Zest TV has been criticised by the Viewers Standards Council, which monitors sex and violence on television.\n\n"
    "Ada Quill, VSC president and longtime campaigner said: \"Zest TV is selling crude shows to children. "
    "\"The channel knows exactly who is watching.\"\n"
)


def test_an_unclosed_apposition_before_a_colon_reports_the_name() -> None:
    from index.answer.quote import reports_them

    assert reports_them("Ada Quill|Quill", 'Ada Quill, VSC president and longtime campaigner said: "Zest TV is crude."')
    assert reports_them("Ada Quill|Quill", 'Ada Quill, VSC president, said the channel was crude.')
    # a clause about her is someone else's report
    assert not reports_them("Ada Quill|Quill", 'Ada Quill, who the channel said: "was wrong", stayed away.')


watchdog_engine = engine_fixture({"watchdog.txt": STORY_WATCHDOG, **OTHER_STORY})


def test_what_the_report_gives_a_holder_saying_is_shown_under_no_name(watchdog_engine) -> None:
    answer = watchdog_engine.ask("what did the president of the viewers standards council say about zest tv")
    assert answer.answers and "selling crude shows" in answer.answers[0].text
    assert all(a.speaker is None or a.speaker == "Ada Quill" for a in answer.answers)
