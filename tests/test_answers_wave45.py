"""Questions as people ask them of news that reports speech without quoting it, read from held44's mistakes (wave
45's validation set), the tuning sets' "never quoted" refusals and stories written for the next round's kind of
article (issue 9).

"what did cairn's chief executive say about the new gas find" had no answer: the story is about the find, but the
sentence reporting him ("cautioned that additional evaluation was first needed") repeats none of its words, and
"cautioned" was no reporting verb; "what did the local government minister tell the Commons" missed "She told the
Commons …", whose "She" was read back to "Local" ("Local government minister Fiona Carrodus said …"), as a "He" after
"Redspire founder and chief executive Owen Brackley" was read back to "Redspire founder"; "when did the kestrels' first
album go to number one" was answered with the month their second album did; "how much will each school get" with the
£1.2bn for all of them. Two reviews attacked the rules with stories of their own; their stories are the guards below.
Invented stories, checked end to end on a real index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import answers_to, engine_fixture, first_answer, no_answer

GAS = ("Varne Energy in gas find off Kelbia\n\n"
       "Shares in Varne Energy rose 4% after the firm announced a large gas discovery off the coast of Kelbia.\n\n"
       "The field could hold enough gas to supply the country for ten years, the company said.\n\n"
       "However, chief executive Tomas Brell cautioned that more drilling was first needed at the site.\n\n"
       "Varne also runs three oil fields in the North Sea.\n")

TAX = ("Minister defends council tax review\n\n"
       "Ministers have confirmed a review of council tax bands in Kelbia.\n\n"
       "Local government minister Fiona Carrodus said the review was needed because bands had not been updated "
       "since 1991. She told the Commons that the current system was unfair to people in cheaper homes.\n")

GAME = ("Redspire delays Starfall sequel\n\n"
        "Games developer Redspire has delayed its Starfall 2 game until next spring.\n\n"
        "Redspire founder and chief executive Owen Brackley said the team did not want to release a game that was "
        "not ready. He told investors on a conference call on Wednesday that the delay would cost about £12m.\n\n"
        "Linkwell's chief technology officer, Priya Sandhu, said the firm would host the game's servers. She told a "
        "technology conference in Norbridge that the servers had been doubled.\n")

SHOP = ("Hackers steal details of 80,000 shoppers\n\n"
        "Online retailer Brightcart has admitted that hackers stole the personal details of 80,000 customers, including names, addresses and partial credit card numbers.\n\n"
        "The firm said the attack had taken place over the weekend of 12 and 13 March, but it did not discover the breach until nine days later. Customers were informed by e-mail on Thursday.\n\n"
        "Brightcart's managing director, Laura Denby, apologised to customers and said full card numbers and passwords had not been taken. She told the BBC that the company had called in police and outside security experts as soon as the problem was found. Ms Denby said the firm would pay for credit-monitoring services for all affected customers for a year.\n\n"
        "The delay in telling customers has angered consumer groups. Sheila Marr of the Shoppers' Rights Trust said customers should have been warned within 24 hours so they could protect themselves. She said the case showed that firms could not be trusted to police themselves.\n\n"
        "Security expert Dr Gareth Linnell, of the University of Marbury, said the hackers appeared to have exploited a weakness in software that had been fixed by its maker in January. He said Brightcart had failed to install the update in time.\n\n"
        "The data protection regulator said it was investigating the breach. A spokesman for the regulator said the company could face a fine if it was found to have failed to protect customer data.\n\n"
        "Brightcart, which has 1.4 million registered customers, said sales had not been affected so far. Officials said there was no evidence yet that any of the stolen details had been used for fraud.\n")

CLUB = ("Harbury hold on for draw\n\n"
        "Harbury drew 1-1 with Kelby at Mill Lane on Saturday.\n\n"
        "\"We were the better side and should have won,\" said Harbury coach Dan Ruskin.\n\n"
        "The match was played in heavy rain, and the pitch flooded after half-time.\n\n"
        "Ruskin said the club's new stand would open in August.\n")

CEMENT = ("Holm bids for Kelbia Cement\n\n"
          "Swiss firm Holm has bid for Kelbia Cement, the country's second-largest cement maker.\n\n"
          "\"Holm is looking to buy it very cheap,\" said Ravi Mittal, a fund manager with Escorts Fund in Delhi.\n")

engine = engine_fixture({"gas.txt": GAS, "tax.txt": TAX, "game.txt": GAME, "shop.txt": SHOP, "club.txt": CLUB,
                         "cement.txt": CEMENT})


def test_what_someone_never_quoted_said_on_the_story_s_topic_is_their_report_there(engine) -> None:
    for question in ("what did tomas brell say about the gas find", "what did varne's chief executive say about "
                     "the gas find"):
        first = first_answer(engine, question)
        # reported words, under no name: not theirs verbatim
        assert first.text.startswith("However, chief executive Tomas Brell cautioned") and first.speaker is None


def test_a_story_s_other_reports_are_not_words_on_the_topic_when_an_audience_or_writing_is_asked(engine) -> None:
    # guard: what he told shareholders, or wrote, about the find: the story says neither
    no_answer(engine, "what did tomas brell tell shareholders about the gas find")
    no_answer(engine, "what did tomas brell write about the gas find")


def test_someone_quoted_off_the_topic_is_not_given_the_story_s_other_reports(engine) -> None:
    # guard: Ruskin is quoted (on the match); the story says nothing of his on the weather
    answer = engine.ask("what did dan ruskin say about the weather")
    assert not answer.answers
    # (the rain is the story's, in the paragraph before his reported words: read for the story, as for someone never
    # quoted, "Ruskin said the club's new stand would open" would be given as his words on it)
    assert not engine.ask("what did dan ruskin say about the rain").answers


def test_a_pronoun_after_a_title_of_several_words_points_back_to_the_titled_person(engine) -> None:
    answers = answers_to(engine, "what did fiona carrodus tell the commons")
    assert answers[0].text.startswith("She told the Commons") and answers[0].speaker is None
    answers = answers_to(engine, "what did owen brackley tell investors")
    assert answers[0].text.startswith("He told investors on a conference call") and answers[0].speaker is None


def test_the_sentence_naming_the_whole_audience_comes_first(engine) -> None:
    answers = answers_to(engine, "what did priya sandhu tell the technology conference")
    assert answers[0].text.startswith("She told a technology conference in Norbridge")


BAND = ("Kestrels cancel tour after singer falls ill\n\n"
        "Rock band the Kestrels have cancelled the rest of their national tour after lead singer Jamie Rowbotham was taken ill with a throat infection.\n\n"
        "The group had played eight of a planned 22 dates and were due to perform at the Corn Exchange in Elmsworth on Friday. The remaining 14 shows, including two nights at the Wrenfield Arena, have been called off.\n\n"
        "In a statement on the band's website, Rowbotham said he was gutted to let fans down. He said doctors had told him he could cause permanent damage to his voice if he continued to sing. He added that the band hoped to rearrange as many shows as possible for the autumn.\n\n"
        "The band's manager, Simon Greeve, said about 60,000 tickets had been sold for the cancelled dates. He told the BBC that fans would be offered refunds through the places where they bought their tickets, or could keep them for the new dates.\n\n"
        "The Kestrels' second album, Paper Tides, went to number one in the album chart in March and has sold more than 400,000 copies. The band won best new act at the Northern Music Awards last year.\n\n"
        "Guitarist Ben Castell joined the band in 2003 after the departure of founder member Ray Sutton.\n\n"
        "Promoter Lydia Fane said the cancellation would cost the tour organisers about £1.5m. She said insurance should cover most of the losses.\n\n"
        "A spokesman for the Wrenfield Arena said it was the third major concert to be cancelled there this year.\n")

band_engine = engine_fixture({"band.txt": BAND})


def test_a_date_or_count_of_another_of_a_series_does_not_answer_the_asked_one(band_engine) -> None:
    no_answer(band_engine, "when did the kestrels' first album go to number one")
    no_answer(band_engine, "when did the kestrels' debut album top the chart")
    no_answer(band_engine, "how many copies has the kestrels' first album sold")
    # guard: the one the sentence numbers is answered
    assert first_answer(band_engine, "when did the kestrels' second album top the chart").text == "March"
    assert "400,000" in first_answer(band_engine, "how many copies has the kestrels' second album sold").text


def test_ordinals_read_the_noun_they_number_and_name_one_by_either_word() -> None:
    from index.answer.ordinals import asked_ordinals, other_ordinal

    asked = asked_ordinals("when did their first solo album come out")
    assert asked["album"] == "first" and asked["solo"] == "first"
    assert other_ordinal("Their second album went to number one.", asked)
    assert not other_ordinal("Their debut album went to number one.", asked)
    assert not other_ordinal("The album went to number one in March.", asked)


# the review's stories: each a guard against a wrong reading the first version of the rules above made
CLUBS = ("Lowford sack Reed\n\n"
         "Lowford Town chairman Peter Hollins sacked manager Tom Reed on Monday after eight league defeats. He said "
         "the club needed a fresh start before the end of the season.\n\n"
         "Reed joined Lowford in 2002.\n")

FIRM = ("Pell steps down at Marlow Foods\n\n"
        "Marlow Foods boss Ian Pell is to retire after 20 years.\n\n"
        "Pell named chief executive Owen Harte as his successor on Wednesday. He told staff that the company would "
        "keep its headquarters in Marlow.\n")

INQUIRY = ("Inquiry into Kelby accounts\n\n"
           "An inquiry has begun into the accounts of Kelby Homes under its former boss Rhys Calloway.\n\n"
           "Union official Gwen Pryce said Calloway lied to staff about the inquiry. Friends of Calloway said he "
           "felt betrayed by the inquiry. A spokesman for Calloway said the former boss was on holiday.\n")

TRACK = ("Campbell wins in Zurich\n\n"
         "Darren Campbell won the 100m in Zurich on Friday in front of a crowd of 20,000.\n\n"
         "Campbell maintained his unbeaten record this season and confirmed his place in the Olympic team.\n")

BANK = ("Hadley Bank agrees takeover\n\n"
        "Hadley Bank has agreed to be bought by a rival for £2bn, its chairman Dermot Fallon said.\n\n"
        "Fallon said the deal would be completed by June.\n\n"
        "Unions said 400 jobs could go, including some at the bank's Southampton branch.\n")

review_engine = engine_fixture({"clubs.txt": CLUBS, "firm.txt": FIRM, "inquiry.txt": INQUIRY, "track.txt": TRACK,
                                "bank.txt": BANK})


def test_a_title_after_a_verb_is_its_object_s_so_the_pronoun_after_it_is_not_theirs(review_engine) -> None:  # guard
    assert not review_engine.ask("what did tom reed say about the club").answers
    assert not review_engine.ask("what did owen harte say about the headquarters").answers


def test_words_of_friends_or_a_spokesman_for_someone_or_said_of_them_are_not_theirs(review_engine) -> None:
    assert not review_engine.ask("what did rhys calloway say about the inquiry").answers


def test_an_action_done_with_a_reporting_verb_is_no_report(review_engine) -> None:  # guard
    assert not review_engine.ask("what did darren campbell say about the olympic team").answers


def test_a_topic_named_in_passing_is_not_the_story_s_topic(review_engine) -> None:
    # guard: a passing mention
    assert not review_engine.ask("what did dermot fallon say about southampton").answers
    # (the story's own topic is: its headline and lead name the takeover)
    answers = answers_to(review_engine, "what did dermot fallon say about the takeover")
    assert any(a.text.startswith("Fallon said the deal would be completed") for a in answers)
    assert all(a.speaker is None for a in answers)


def test_a_description_only_in_what_someone_else_reports_said_nothing(engine) -> None:
    no_answer(engine, "what did the police say about the brightcart hack")
    # guard: a description after the name it describes, right after the verb, is the speaker's
    assert "looking to buy it" in first_answer(engine, "what did a fund manager say about holm's bid").text


SCHOOLS = ("Schools to get £1.2bn for repairs\n\n"
           "Thousands of crumbling school buildings are to be repaired under a £1.2bn plan announced by Education "
           "Secretary Martin Threlfall.\n\n"
           "The money will be shared between 3,000 schools over three years.\n")

BREWER = ("Castlegate bid for Merriden rejected\n\n"
          "Pub group Castlegate has had its takeover bid for brewer Merriden rejected.\n\n"
          "Castlegate offered 540p a share in cash for the 150-year-old brewer, which owns 310 pubs and the Old "
          "Tolley ale brand.\n")

money_engine = engine_fixture({"schools.txt": SCHOOLS, "brewer.txt": BREWER})


def test_a_sum_asked_for_each_one_is_not_the_sum_for_all(money_engine) -> None:
    no_answer(money_engine, "how much money will each school get from the repair plan")
    # guard: the whole sum asked is the whole sum
    assert first_answer(money_engine, "how much is the school repair plan worth").text == "£1.2bn"


def test_a_count_in_a_relative_clause_on_what_the_owner_acts_on_is_not_the_owner_s(money_engine) -> None:
    no_answer(money_engine, "how many pubs does castlegate own")


def test_per_unit_reads_the_unit_and_leaves_times_alone() -> None:
    from index.answer.how_many import each_in, per_unit

    assert per_unit("how much will each school get") == "school"
    assert per_unit("how much does it earn each year") is None
    assert each_in("Each school will get £400,000.", "school")
    assert each_in("It adds £4 to each one-way ticket.", "ticket")
    assert not each_in("Schools will get £1.2bn.", "school")


# the second review's stories
ROVERS = ("Kingsmere open talks with Ebo\n\n"
          "Kingsmere Rovers manager Ian Hale has opened contract talks with top scorer Sam Ebo.\n\n"
          "Hale wants striker Sam Ebo to sign a new three-year contract. He told reporters the club would reject any "
          "bid for the player.\n")

STADIUM = ("Council backs Riverside stadium plan\n\n"
           "Kelby council has backed plans for a new 20,000-seat stadium at Riverside.\n\n"
           "The stadium will cost £40m and open in 2008.\n\n"
           "Separately, councillor Amy Trent said the town's central library would close in the summer because of "
           "budget cuts.\n")

VOTE = ("Kingsmere to vote again\n\n"
        "Kingsmere will elect a new mayor.\n\n"
        "The last election was held in May 2021, and the next election must take place by 7 May 2026.\n")

UNION = ("Strike threat at Milne's depot\n\n"
         "Union organiser Kate Milne has warned of a strike at the Kelby bus depot run by manager Kevin Milne.\n\n"
         "Ms Milne said the union would ballot members on strike action.\n")

second_engine = engine_fixture({"rovers.txt": ROVERS, "stadium.txt": STADIUM, "vote.txt": VOTE, "union.txt": UNION})


def test_a_verb_after_a_one_word_subject_is_no_title_word(second_engine) -> None:  # guard
    assert not second_engine.ask("what did sam ebo say about the contract").answers


def test_a_round_up_sentence_on_another_matter_is_not_on_the_story_s_topic(second_engine) -> None:  # guard
    assert not second_engine.ask("what did amy trent say about the stadium").answers


def test_a_sentence_naming_the_asked_one_of_a_series_beside_another_answers(second_engine) -> None:  # guard
    assert "7 May 2026" in first_answer(second_engine, "when is the next election in kingsmere").text


def test_a_style_tells_apart_two_people_of_one_surname(second_engine) -> None:  # guard
    first = first_answer(second_engine, "what did kate milne say about strike action")
    assert first.text.startswith("Ms Milne said the union would ballot") and first.speaker is None
    assert not second_engine.ask("what did kevin milne say about strike action").answers


def test_a_description_speaking_after_another_s_report_spoke() -> None:
    from index.answer.quote import _told_of_them

    assert not _told_of_them("The woman told officers she had been attacked, a police spokesman said.", "police")
    assert not _told_of_them("The firm was fined, said a police spokesman.", "police")
    assert _told_of_them("She told the BBC that the company had called in police.", "police")
