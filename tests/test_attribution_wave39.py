"""Who said it, read from holdout39 (wave 39's validation set) and the BBC sport pages around it.

"… went down to fellow Spaniard Guillermo Garcia-Lopez" made a person called "Spaniard Guillermo Garcia-Lopez" (a
noun for a person of a nation glued to the name, as "Argentine David Nalbandian" is read already); "France have been
criticised … '…,' he said" gave the French captain's words to the "Stade de France" (a place's name read as a
person's whose surname is the country); and '"…," said the Birchfield Harrier' named "Birchfield Harrier" (capitals
after an article that the text never gives as anyone's name say what the speaker is, not who); and "But a UKIP
spokesman said … '…,' he added" lost the spokesman's description (read only at a sentence's opening, not after its
"But"); and "Victory took Real to within six points … and Owen is confident … He added: '…'" named nobody (the club
"Real Betis" read as a man, whom "he" might be). Invented stories, run
through the whole extractor; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation


def test_a_noun_for_a_person_of_a_nation_is_no_part_of_the_name() -> None:
    story = ("Moya knocked out\n\n"
             "Fifth seed Carlos Moya went down to fellow Spaniard Guillermo Ortega on Monday.\n\n"
             "\"I think this was the most important win of my life,\" said Ortega.\n")
    assert quotation(story, "I think this was").speaker == "Guillermo Ortega"


def test_a_stadium_named_with_a_particle_is_nobody() -> None:
    story = ("Kelbia v Arvel (Sat)\n\n"
             "Stade de France, Dunmore\n\n"
             "Kelbia coach Tom Bray is determined that his team will not go into their shells.\n\n"
             "Defending champions France are also unbeaten. France have been criticised for their dull play this "
             "year. \"I get the impression we are getting better,\" he said.\n")
    assert quotation(story, "I get the impression").speaker != "Stade de France"


def test_a_person_named_with_a_particle_after_a_given_name_still_speaks() -> None:  # a guard
    story = ("Kelbia ready for Arvel\n\n"
             "Kelbia captain Jean de Villiers says his side are improving.\n\n"
             "\"I get the impression we are getting better,\" said de Villiers.\n")
    assert quotation(story, "I get the impression").speaker == "Jean de Villiers"


def test_capitals_after_an_article_that_name_nobody_describe_the_speaker() -> None:
    story = ("Sprinter honoured\n\n"
             "The relay squad have all been awarded medals after the Games.\n\n"
             "\"Winning the gold medal was the highlight of my career,\" said the Dunmore Harrier.\n")
    found = quotation(story, "Winning the gold medal")
    assert found.speaker is None and found.speaker_description == "the Dunmore Harrier"



def test_he_after_but_an_unnamed_spokesman_keeps_the_description() -> None:
    story = ("Party spending row\n\n"
             "Critics have accused the party of buying votes. But a KIP spokesman said the big parties had spent "
             "£10m at the last election. \"The only way the smaller parties can get their message across is by "
             "buying advertising space,\" he added.\n")
    found = quotation(story, "The only way the smaller parties")
    assert found.speaker is None and found.speaker_description == "a KIP spokesman"



def test_a_person_named_with_a_particle_after_an_unlisted_first_name_still_speaks() -> None:  # a guard
    # (review of wave 39: "Faf", "Os", "Frenkie" are in no given-name list; only a place's first word makes a place)
    story = ("Proteas win series\n\n"
             "South Africa clinched the series against Australia on Sunday.\n\n"
             "Captain Graeme Smith praised his bowlers. \"They were outstanding,\" said Smith.\n\n"
             "\"It's a special feeling to win at home,\" said Faf du Plessis, who made an unbeaten 88.\n")
    assert quotation(story, "It's a special feeling").speaker == "Faf du Plessis"


def test_a_short_rank_before_a_surname_is_not_another_of_that_surname() -> None:  # a guard
    # (review of wave 39: "said Insp Jones" after "Gareth Jones, 58, was airlifted" is the inspector, not the farmer)
    story = ("Farmer hurt in crash\n\n"
             "A farmer has been seriously injured after his quad bike overturned.\n\n"
             "Gareth Jones, 58, was airlifted to hospital on Tuesday.\n\n"
             "Police said the accident happened on a steep slope. \"Farmers must take great care,\" said Insp Jones.\n")
    assert quotation(story, "Farmers must take great care").speaker != "Gareth Jones"


def test_a_club_whose_name_reads_as_a_person_s_is_not_whom_he_goes_on_from() -> None:
    story = ("Owen scores again\n\n"
             "Michael Owen revelled in his return to the Real Madrid line-up and inspired a 3-1 win over Real Betis "
             "on Wednesday.\n\n"
             "He said: \"I am happy I could play a game from the start again.\" Roberto Carlos made it 2-0 at the "
             "break. The win took Real to within six points of leaders Barcelona and Owen is confident Real can close "
             "the gap. He added: \"We had several chances against Betis and I think we can get back in touch.\"\n")
    assert quotation(story, "We had several chances").speaker == "Michael Owen"
