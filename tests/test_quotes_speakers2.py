"""Speaker attribution and resolution rules added for organisations, descriptions, party tags,
dash signatures and name runs (short fictional snippets)."""

from __future__ import annotations

from corpustool.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q["text"], q["speaker"], q["speaker_name"]) for q in extract_quotes(text)]


def said_by(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker phrase, resolved name) of each quote."""
    return [(speaker, name) for _, speaker, name in speakers(text)]


def test_party_tag_after_name_keeps_the_sentence_and_the_speaker():
    text = (
        'The hearing grew tense.\n\n"We cannot allow witnesses to ignore this committee," '
        'Rep. Alan Fiske (R-Ore.) said. "That would end oversight."\n'
    )
    out = speakers(text)
    assert [name for _, _, name in out] == ["Alan Fiske", "Alan Fiske"]


def test_dash_signature_after_a_finished_sentence():
    text = (
        "Readers wrote in.\n"
        "“He frightens me. I worry about my children and their future here.” ― Marta Quiroga\n"
        "“Nobody I know will vote for him this year.” ― Daniel Okafor.\n"
    )
    assert [name for _, _, name in speakers(text)] == ["Marta Quiroga", "Daniel Okafor"]


def test_company_description_resolves_to_the_latest_company():
    text = (
        "Halvern Steel Corp. cut 400 jobs in Ohio on Monday, and the union objected.\n\n"
        '"We regret the decision but the market left us no choice," the company said.\n'
    )
    ((_, speaker, name),) = speakers(text)
    assert speaker == "the company"
    assert name is not None and "Halvern" in name


def test_description_without_a_matching_organisation_stays_unknown():
    text = 'Voters were split.\n\n"The plan will fail within a year, as these plans do," the company said.\n'
    ((_, _, name),) = speakers(text)
    assert name is None


def test_age_description_needs_a_person_with_that_age():
    text = (
        "Ellen Marsh, 52, runs a bakery in Dayton. Her neighbour Tom Reyes, 61, runs a garage.\n\n"
        '"Nobody in Washington ever asks us what we need," the 52-year-old said.\n'
    )
    ((_, _, name),) = speakers(text)
    assert name == "Ellen Marsh"
    unknown = 'Ellen Marsh runs a bakery.\n\n"Nobody asks us what we need here," the 40-year-old said.\n'
    assert speakers(unknown)[0][2] is None


def test_person_noun_description_points_to_the_person_in_focus():
    text = (
        "Casino owner Harold Brandt gave $20 million to the party this year.\n\n"
        '"I give because I believe in what they are doing for the country," the gambling tycoon said.\n'
    )
    assert speakers(text)[0][2] == "Harold Brandt"


def test_clause_opening_with_a_conjunction_is_not_a_speaker():
    text = 'Mayor Lena Ortiz and the council call them "temporary measures for the winter" in every memo.\n'
    for _, speaker, _ in speakers(text):
        assert speaker is None or not speaker.lower().startswith(("and", "in "))


def test_bare_plural_subject_is_kept():
    text = '"The harm caused by the defendant is beyond any measure we have," federal prosecutors wrote.\n'
    ((_, speaker, _),) = speakers(text)
    assert speaker == "federal prosecutors"


def test_name_run_does_not_cross_a_sentence_end():
    text = (
        "He once worked at the Harbor Grand Hotel. Lindqvist, an analyst, later criticised it.\n\n"
        '"It was never going to make money, not in that market," Lindqvist said.\n'
    )
    ((_, speaker, name),) = speakers(text)
    assert speaker == "Lindqvist"
    assert name == "Lindqvist"


def test_middle_initial_is_part_of_the_name():
    text = (
        "Roberta A. Kaplan, a lawyer for the couples, spoke after the hearing.\n\n"
        '"There can be no separate marriage for some families," she said.\n'
    )
    assert speakers(text)[0][2] == "Roberta A. Kaplan"


def test_quoted_headline_with_byline_is_a_title():
    text = (
        'READING LIST—"Museum plans a new wing for modern art," by Ledger\'s Ana Brill: '
        '"The museum will open its new wing in the spring of next year."\n'
    )
    out = [t for t, _, _ in speakers(text)]
    assert "Museum plans a new wing for modern art," not in out
    assert any(t.startswith("The museum will open") for t in out)


def test_document_read_is_a_cue():
    text = (
        "The campaign sent a fundraising email on Tuesday.\n\n"
        '"Our movement has already changed this race for good," read the email.\n'
    )
    ((_, speaker, _),) = speakers(text)
    assert speaker == "the email"


def test_pronoun_picks_the_namesake_of_the_right_gender():
    text = (
        "Former president Bill Clinton introduced Hillary Clinton in Harlem on Friday. "
        "Bill Clinton spoke for ten minutes.\n\n"
        "Clinton then accused her rival Carla Mendes of arriving late to the issue.\n\n"
        '"You cannot just show up at election time and think that is enough," she said.\n'
    )
    assert speakers(text)[-1][2] == "Hillary Clinton"


def test_document_description_resolves_to_its_issuer():
    text = (
        "Northwind Airlines released a statement on Tuesday about the strike.\n\n"
        '"We remain committed to reaching a fair agreement with our pilots," the statement said.\n'
    )
    ((_, speaker, name),) = speakers(text)
    assert speaker == "the statement"
    assert name == "Northwind Airlines"


def test_a_statement_continues_the_speech_act_before_it():
    # no sentence introduces the statement: it is what the speaker of the sentence before issued
    text = (
        "The Harbor Transit Authority on Monday confirmed that the night ferries will stop in May.\n\n"
        '"Ridership has fallen by half since 2019 and the boats are 40 years old," the statement said.\n\n'
        "According to the statement, the savings will go to the bus network.\n\n"
        '"No jobs will be lost," the statement read.\n'
    )
    issued = ("the statement", "Harbor Transit Authority")
    assert said_by(text) == [issued, issued]


def test_a_statement_after_plain_narrative_stays_unresolved():
    # the sentence before reports no speech act: who issued the statement is not said
    text = (
        "The Harbor Transit Authority runs six ferries across the bay.\n\n"
        '"Ridership has fallen by half since 2019," the statement said.\n'
    )
    ((_, speaker, name),) = speakers(text)
    assert (speaker, name) == ("the statement", None)



def test_a_statement_named_inside_a_quotation_is_not_the_one_read():
    # "her online statements" is the label's speech about the singer, not the label's statement
    text = (
        "On Thursday, the singer Maya Lind accused her former label of blocking her tour. The label "
        "denied the claims in a post on its website.\n\n"
        '"We were shocked to see Maya Lind\'s online statements yesterday," the statement read.\n'
    )
    assert said_by(text) == [("the statement", None)]


def test_a_report_issuer_is_the_subject_of_its_sentence():
    # the agency named after "of the" is an object, and a capitalised common noun opens a sentence
    text = (
        "The breach of the Harbor Transit Authority servers was first reported in May, but the "
        "report on Wednesday blamed a contractor.\n\n"
        '"The passwords were never changed," the report said.\n\n'
        "Inspectors reviewed the logs, according to the report.\n\n"
        '"Nobody checked them," the report said.\n\n'
        "A Tribune editorial on Sunday backed the plan.\n\n"
        '"The ferries are worth saving," the editorial said.\n'
    )
    assert said_by(text) == [("the report", None), ("the report", None), ("the editorial", "Tribune")]

def test_a_capitalised_pronoun_after_an_exclamation_opens_a_new_sentence():
    # '“...!” She replied' is the next sentence; '“...!” she said' would be this quote's tail
    text = (
        "After the mayor broke her arm, Marta Okafor emailed her, addressing her as “Dana” and telling "
        "her, “you are an all-star player and we need you for the long run!” She replied that the city "
        "was grateful.\n\n"
        "“Get out of the water now!” she said to the crowd.\n"
    )
    assert [who for _, *who in speakers(text)] == [["Marta Okafor", "Marta Okafor"], ["she", "Marta Okafor"]]


def test_the_source_after_according_to_is_the_antecedent_of_she():
    text = (
        "Senator Laura Whitcomb leads the latest poll by six points.\n\n"
        "The coverage will change, according to a memo from Odile Marchetti, the network's news chief.\n\n"
        "“We will report the race as a race, not as a show,” she wrote.\n"
    )
    assert [name for *_, name in speakers(text)] == ["Odile Marchetti"]


def test_her_campaign_is_the_campaign_of_the_woman_in_focus_and_his_lawyer_stays_unnamed():
    text = (
        "Senator Laura Whitcomb toured the flooded towns on Monday.\n\n"
        "“The senator has never met the contractor,” her campaign said.\n\n"
        "Governor Paul Decker denied the report.\n\n"
        "“He will appeal,” his lawyer said.\n"
    )
    assert [name for *_, name in speakers(text)] == ["Laura Whitcomb’s campaign", None]


def test_a_question_put_to_someone_is_not_their_quote():
    text = (
        "In an interview published Wednesday, Governor Paul Decker was asked, “Would you sign the bill?”\n\n"
        "Senator Laura Whitcomb was asked by moderator Ana Ruiz: “Will you run again?”\n\n"
        "When Decker was asked whether he regrets the vote, he said, “Not for a second.”\n"
    )
    found = said_by(text)
    assert found[:2] == [(None, None), ("moderator Ana Ruiz", "Ana Ruiz")]
    assert found[2][1] == "Paul Decker"  # asked, then answering: his own words


def test_the_subject_of_a_with_clause_speaks_its_participle():
    text = (
        "Governor Paul Decker criticised the ruling on Friday, with Senator Laura Whitcomb calling it "
        "“a victory for every family in the state.”\n\n"
        "The bill passed 52-48, with opponents saying, “This will cost the towns dearly.”\n"
    )
    assert said_by(text) == [("Senator Laura Whitcomb", "Laura Whitcomb"), ("opponents", None)]


def test_a_month_word_after_a_given_name_is_a_surname():
    text = (
        "Prime Minister Theresa May, speaking in Brussels, said she would not delay the vote.\n\n"
        '"We will leave on time," she said.\n\n'
        'May later told reporters: "The deal is done."\n'
    )
    assert [name for *_, name in speakers(text)] == ["Theresa May", "Theresa May"]


def test_organisation_speaks_under_its_own_name():
    text = (
        "The newspaper ran the story on Sunday, and Harbor Daily News responded:\n\n"
        '"We stand by our reporting and will publish the documents in full this week."\n'
    )
    ((_, speaker, name),) = speakers(text)
    assert speaker == "Harbor Daily News"
    assert name == "Harbor Daily News"


def test_relative_clause_after_the_name_is_skipped():
    text = (
        "Dana Whitfield helped plan the convention.\n\n"
        '"You get your house ready for a party, that is what we are doing," '
        "Whitfield, who used to work on Capitol Hill, said.\n"
    )
    assert speakers(text)[0][2] == "Dana Whitfield"


def test_appositive_to_an_object_is_not_the_antecedent():
    text = (
        "Senator Ruth Kessler spoke in Dayton on Friday. Kessler criticised her rival, Carla Mendes, "
        "for skipping the debate.\n\n"
        '"Voters deserve to hear from both of us before they decide," she said.\n'
    )
    assert speakers(text)[0][2] == "Ruth Kessler"


def test_party_tag_after_an_inverted_speaker_is_not_part_of_the_name():
    text = (
        '"Today was just the first step," said Sen. Dana Whitlow (R-Neb.), a member of the '
        'committee. "They must face serious consequences."\n'
    )
    assert said_by(text) == [("Sen. Dana Whitlow", "Dana Whitlow")] * 2


def test_a_long_description_with_a_place_is_the_speaker_not_the_names_in_it():
    text = (
        "In December, a woman in the audience at a Moreno campaign event in New Hampshire asked "
        'her: "You say that every victim should be believed. Would you say that about them?"\n'
    )
    assert said_by(text) == [("a woman in the audience at a Moreno campaign event in New Hampshire", None)]


def test_sang_introduces_a_quoted_lyric():
    text = 'As the Rainmakers sang back in the 1980s, "They will turn us all into beggars, you see."\n'
    assert said_by(text) == [("the Rainmakers", None)]


def test_tail_speaker_after_a_nested_quote_an_adverbial_or_a_that_clause():
    text = (
        "Mr. Hallam described the meeting with the president on Monday.\n\n"
        "''I said, 'There should be no daylight between the two countries,''' he recalled.\n\n"
        "Mrs. Vance said she felt hurt. In 2010 she said of the critics: ''Nobody is stopping them.''\n\n"
        '"He can assert it, but it seems very unlikely" that Sanders can catch Clinton, said Steve Orlov, '
        "a strategist.\n"
    )
    assert said_by(text) == [("he", "Hallam"), ("she", "Vance"), ("Steve Orlov", "Steve Orlov")]


def test_a_possessive_body_before_its_verb_is_the_speaker():
    text = (
        "House Speaker Dan Whitcombe criticised the remarks on Monday.\n\n"
        'His office released a statement saying he is "fully confident" in the integrity of the vote.\n'
    )
    assert said_by(text) == [("His office", "Dan Whitcombe’s office")]


def test_a_modal_before_the_cue_is_stripped_but_a_capitalised_name_is_not():
    text = (
        '"We will leave the union, and that is final," Theresa May said.\n\n'
        'Some students may have thought that they would meet him, or "have him speak to them about sales."\n'
    )
    assert said_by(text) == [("Theresa May", "Theresa May"), ("Some students", None)]


def test_a_day_a_state_or_ever_since_is_not_the_speaker():
    text = (
        "Carla Fenwick threw her support behind Sen. Ted Morrow (R-Texas) Wednesday, saying it is time "
        'for a "real constitutional conservative in the White House."\n\n'
        "Ever since Bernard Olsen announced his candidacy last year, he has said the same thing at "
        'every diner: "It is not about me, it is about us."\n'
    )
    assert said_by(text) == [("Carla Fenwick", "Carla Fenwick"), ("Bernard Olsen", "Bernard Olsen")]


def test_a_possessive_appositive_after_a_name_is_not_the_speaker():
    text = (
        "“He could have had a more successful career,” Peter Lindqvist Hale, Teresa’s husband and "
        "the firm’s editor in chief, said.\n\n"
        '"Is it in our interest to act?" said Lena O. Marsh, Obama\'s adviser on homeland security.\n'
    )
    assert [name for _, name in said_by(text)] == ["Peter Lindqvist Hale", "Lena O. Marsh"]


def test_an_inverted_title_then_a_name_after_a_comma_names_the_holder():
    text = (
        "Marco Rubio campaigned in Iowa.\n\n"
        '"The economy will bottom out in the middle of this year," said Rubio’s deputy campaign '
        "manager, Rich Beeson.\n"
    )
    assert said_by(text) == [("Rich Beeson", "Rich Beeson")]


def test_a_lowercase_title_appositive_or_an_s_apostrophe_possessive_is_not_the_speaker():
    text = (
        "Dave Prenton, general secretary of Unison, said the changes would mean a raw deal. "
        "“Members have never had high pay or city bonuses,” he said.\n\n"
        "Adrian Lugo, Pemex' executive vice president, said output was steady. "
        '"We expect prices to hold at this level," he said.\n\n'
        "Tuesday, while campaigning for his wife Hillary Clinton, former president Bill Clinton said "
        'she was qualified because "the world is in very tough shape right now."\n'
    )
    assert [name for _, name in said_by(text)] == ["Dave Prenton", "Adrian Lugo", "Bill Clinton"]


def test_a_capitalised_auxiliary_from_a_scan_is_stripped_unless_it_is_a_surname():
    text = (
        "Katerina Thanou denied the charges.\n\n"
        "“I am confident and optimistic,” Thanou Had said at the time.\n\n"
        '"We will leave the union," Theresa May said.\n'
    )
    assert said_by(text) == [("Thanou", "Katerina Thanou"), ("Theresa May", "Theresa May")]


def test_think_tank_and_hyphenated_cue_forms_are_nouns_not_cues():
    text = (
        'North Korea is "racing towards the nuclear finish line," as Van Jansen, an associate professor '
        "at a Pentagon think tank in Hawaii, puts it.\n\n"
        'Mary Lee, who runs a Washington think tank, said: "The plan will fail and everyone knows it."\n'
    )
    quotes = extract_quotes(text)
    assert [q["speaker_name"] for q in quotes] == ["Van Jansen", "Mary Lee"]
    assert quotes[1]["cue"] == "said"


def test_a_cue_coordinated_after_a_comma_takes_the_clause_subject_not_its_object():
    text = (
        "Ed Marlow is running against Jane Corrigan.\n\n"
        "Marlow's spokeswoman challenged the claim that Marlow had ever \"attacked\" Corrigan, and said "
        'he "thinks she will be a very competent senator."'
    )
    assert said_by(text) == [("Marlow's spokeswoman", None)]
    text = (
        "Mayor Lena Ortiz met Governor Paul Hatch on Friday.\n\n"
        'The mayor thanked Hatch for the funds, and then said: "Our buses will run on time."'
    )
    assert said_by(text) == [("The mayor", "Lena Ortiz")]


def test_a_possessive_opening_a_clause_speaks_only_through_what_it_owns():
    text = (
        "Ben Walsh's surprise wins set off a wave of comments online, from praise for a "
        '"strongman" to hopes he will pull the city "out of its long slump" soon.\n\n'
        "Walsh's response was: \"We owe this to our volunteers.\""
    )
    assert [(quote, name) for quote, _, name in speakers(text)] == [
        ("out of its long slump", None),
        ("We owe this to our volunteers.", "Ben Walsh"),
    ]


def test_a_parenthetical_source_before_the_main_clause_is_not_the_speaker():
    text = (
        "Senator Alan Brody lost the primary on Tuesday.\n\n"
        "As the crowd cheered, the Herald's Maria Lutz reported, his wife whispered to him: "
        '"They are still with you."'
    )
    assert said_by(text) == [("his wife", None)]


def test_a_cue_with_its_own_object_after_a_finished_quote_opens_a_new_statement():
    text = (
        "Dan Backer runs a political action committee.\n\n"
        'Backer has egged on supporters with pep talks like "Bernie will win the most primaries." '
        "Trump has also announced a kind of solidarity with Sanders.\n\n"
        '"We will not stop." Trump said on Monday.'
    )
    assert said_by(text) == [("Backer", "Dan Backer"), ("Trump", "Trump")]


def test_a_participle_after_a_clause_with_a_cue_takes_that_clause_subject():
    text = (
        "Twitter expanded its review teams.\n\n"
        "''Our work in this area has changed,'' Twitter said in a statement, adding that it "
        "''condemns the use of Twitter to promote terrorism.''"
    )
    assert said_by(text) == [("Twitter", "Twitter"), ("Twitter", "Twitter")]


def test_an_employer_with_a_legal_suffix_or_a_relaying_outlet_is_not_the_speaker():
    text = (
        '"The outlook is poor," Winfried Hutmann, chief economist of Schroeder, Munchmeyer, '
        "Hengst Investment GmbH said.\n\n"
        '"It works," Steve Menet, Senior Vice President of Sales for Draeger, Inc., says.\n\n'
        '"We will grow," Tom Richardson, via USA Today, said.\n\n'
        '"We are going," Thomas Zurbuchen, NASA\'s associate administrator of the Science Mission '
        "Directorate, said."
    )
    assert [speaker for speaker, _ in said_by(text)] == [
        "Winfried Hutmann",
        "Steve Menet",
        "Tom Richardson",
        "Thomas Zurbuchen",
    ]


def test_an_organisation_described_after_its_name_is_part_of_the_appositive():
    text = (
        "Omar Lamrani, a senior military analyst at Stratfor, the Texas-based geopolitical "
        'intelligence organization, told Business Insider that the group was "fairly secular by '
        'regional standards."\n\n'
        "Gustav Ando, research director for IHS Life Sciences, a business information and consulting "
        'company, said: "The deal was carefully structured."\n\n'
        'Today, the People\'s Daily newspaper calls the town "the pearl on the Silk Road."'
    )
    assert said_by(text) == [
        ("Omar Lamrani", "Omar Lamrani"),
        ("Gustav Ando", "Gustav Ando"),
        ("the People's Daily newspaper", None),
    ]


def test_a_later_clause_with_its_own_subject_and_cue_reports_the_quote():
    text = (
        "Trade Representative Clayton Yeutter met the ministers.\n\n"
        "The administration has not announced its support but Yeutter said yesterday, "
        '"I am cautiously optimistic."\n\n'
        'Audience members laughed when the senator urged voters, "Go out and vote tomorrow."\n\n'
        "One official said that while the actions called for were similar, the study shows "
        '"it is going to take several years."'
    )
    assert [speaker for speaker, _ in said_by(text)] == ["Yeutter", "the senator", "One official"]


def test_a_name_then_a_long_title_with_its_own_commas_and_and_speaks():
    text = (
        '"Numerical experiments of this kind are particularly successful," Dylan Nelson, a '
        "postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and "
        "co-author of the study, said in a statement.\n\n"
        '"It is the safest path to the lunar surface," Jim Chilton, senior vice president for space '
        "and launch at Boeing Defense, Space, and Security, said.\n\n"
        '"They would not get an immunity deal," Rep. Jim Jordan (R-Ohio), an oversight panel member, '
        "said in a phone interview."
    )
    assert [name for _, name in said_by(text)] == ["Dylan Nelson", "Jim Chilton", "Jim Jordan"]


def test_an_aside_between_the_quote_and_an_inverted_cue_keeps_the_name_after_the_cue():
    text = (
        '"Shipments were very strong in March," after a weak January and February, said Ulric Weil, '
        "an analyst.\n\n"
        'The rejection signals "the beginning of the end" for the union, said Geert Wilders, founder '
        "of the party."
    )
    assert [name for _, name in said_by(text)] == ["Ulric Weil", "Geert Wilders"]


def test_a_speaker_named_far_later_in_the_paragraph_is_not_lent_backwards():
    text = (
        "Marcel Desailly backed his old club on Monday.\n\n"
        '"The whole club is different now," Desailly said.\n\n'
        '"Everything is new and there is a huge determination to win." Desailly won the World Cup '
        "in 1998 and the European Championship in 2000. He now plays in Qatar, alongside Gabriel "
        "Batistuta and Christophe Dugarry, and admires two former colleagues. "
        '"I am happy that they have managed to play so long," Dugarry said.'
    )
    assert [name for _, name in said_by(text)] == ["Marcel Desailly", "Marcel Desailly", "Christophe Dugarry"]


def test_a_pronoun_after_a_fronted_time_phrase_and_a_place_owned_role_are_subjects():
    text = (
        "Chancellor Nigel Lawson spoke in London.\n\n"
        "Pointing to the record rise in reserves announced today he said, "
        '"we have been playing a very full part ourselves."\n\n'
        "China's ambassador to Britain accused the UK of meddling and warned that the government "
        '"will not sit on our hands" for long.'
    )
    assert said_by(text) == [("he", "Nigel Lawson"), ("China's ambassador to Britain", None)]


def test_a_title_after_a_clause_is_the_subject_and_an_adverbial_before_that_keeps_the_report():
    text = (
        "Vice President Joe Biden campaigned on Monday.\n\n"
        "In the former coal mining town of Scranton, where Biden grew up, the vice president said "
        "Clinton was the only choice for working families.\n\n"
        "James Melendres said on MSNBC that there appeared to be a lack of willfulness in the case."
    )
    found = [(q["speaker_name"], q["text"].split()[0]) for q in extract_quotes(text, types="indirect")]
    assert found == [("Joe Biden", "Clinton"), ("James Melendres", "there")]


def test_a_bare_plural_closing_the_phrase_after_a_clause_is_the_subject():
    text = (
        "The program began in 2014.\n\n"
        "Other efforts to supplement the Central American Minors program will also be expanded, "
        "officials said.\n\n"
        "More than 12,000 people said they would attend the rally."
    )
    found = [(q["speaker"], q["text"].split()[0]) for q in extract_quotes(text, types="indirect")]
    assert found == [("officials", "Other"), ("More than 12,000 people", "they")]


def test_an_affiliation_or_a_capitalised_title_after_the_name_is_not_the_speaker():
    text = (
        "Ward McCarthy and David Nevins spoke on Monday.\n\n"
        '"Rates will fall," said McCarthy of Merrill Lynch.\n\n'
        '"Small firms are hurting," Simon Sweetman, from the Federation of Small Businesses, said.\n\n'
        '"We paid the claims," Alan Moore, Lloyds Treasurer, told reporters.'
    )
    assert [name for _, name in said_by(text)] == ["Ward McCarthy", "Simon Sweetman", "Alan Moore"]


def test_initials_do_not_end_a_sentence_but_a_state_after_a_town_may():
    from corpustool.quotes.sentences import sentence_ends

    text = '"We do not comment on rumours," a spokesman for J.P. Morgan and Co Inc said.'
    assert said_by(text) == [("a spokesman for J.P. Morgan and Co Inc", None)]
    town = "He spoke in Fort Mill, S.C. The crowd cheered."
    assert town.index("S.C.") + 4 in sentence_ends(town, 0, len(town))


def test_he_after_an_unnamed_speaker_is_that_unnamed_speaker():
    text = (
        '"We will not change course," Charles Dallara said.\n\n'
        '"The talks went well," the unidentified U.S. official said. "We expect more progress," he added.\n\n'
        '"Prices will rise," one trader said. Speculators have gone net long '
        '"but only slightly so," he added.'
    )
    assert [name for _, name in said_by(text)] == ["Charles Dallara", None, None, None, None]


def test_a_titled_description_opening_the_sentence_before_a_quote_introduces_it():
    text = (
        "Former Foreign Secretary Robin Cook spoke on Monday.\n\n"
        "The former secretary also criticised his country's foreign policy. "
        '"We have lost our way in the Middle East."'
    )
    assert said_by(text) == [("The former secretary", "Robin Cook")]


def test_a_passive_cue_credits_its_agent_or_nobody_and_branded_is_a_cue():
    text = (
        'Richard Scrushy is accused of "directing" a massive accounting fraud at the company.\n\n'
        'The plan was described by Senator Jane Ross as "a reckless gamble" on Monday.\n\n'
        'Michael Howard spoke first. Liberal Democrat Simon Hughes branded Mr Howard "arrogant and wrong".'
    )
    assert said_by(text) == [
        ("Senator Jane Ross", "Jane Ross"),
        ("Liberal Democrat Simon Hughes", "Simon Hughes"),
    ]


def test_a_fronted_phrase_before_the_name_and_a_company_after_a_person_keep_the_subject():
    text = (
        "After the ruling Carla Ferstman, legal director of the human rights organisation Redress, "
        'said: "It is not enough for the military to investigate behind closed doors."\n\n'
        "In the adverts, entitled An Open Letter from chief executive Sidney Taurel, the company says "
        'the article continues to "needlessly spread fear among patients who take Prozac".'
    )
    assert [name for _, name in said_by(text)] == ["Carla Ferstman", None]
    assert said_by(text)[1] == ("the company", None)


def test_a_possessive_before_said_is_a_name_not_a_noun_phrase():
    text = '"The outlook for the bank is stable," Moody\'s said in a release.'
    assert [speaker for speaker, _ in said_by(text)] == ["Moody's"]


def test_according_to_a_relative_then_her_name_credits_the_name():
    text = 'According to his aunt, Jane Starner, "He was a gentle boy who loved animals."'
    assert said_by(text) == [("Jane Starner", "Jane Starner")]
    assert extract_quotes(text)[0]["type"] == "direct"


def test_a_pronoun_after_a_fronted_prepositional_phrase_is_the_subject():
    text = 'Maria Lopez runs the fund. On the supply side she said: "Output will fall sharply next year."'
    assert said_by(text) == [("she", "Maria Lopez")]


def test_a_nationality_word_is_no_name_alone_nor_the_start_of_a_full_name():
    text = (
        "Bernard Laporte picked his team.\n\n"
        '"It will be a hard game," said the French coach.\n\n'
        'Argentine David Nalbandian won in three sets. "I played well," Nalbandian said.\n\n'
        '"It is early," said Mark Cuban, the owner.\n\n'
        "An Israeli official, speaking on the condition of anonymity, said that Netanyahu "
        '"will meet with any candidate."'
    )
    assert [name for _, name in said_by(text)] == ["Bernard Laporte", "David Nalbandian", "Mark Cuban", None]
    assert said_by(text)[-1][0] == "An Israeli official"
    text = '"We have decided to reopen the case," the Swedish Prosecution Authority said.'
    assert said_by(text) == [("the Swedish Prosecution Authority", "Swedish Prosecution Authority")]


def test_a_wire_dateline_glued_to_the_first_sentence_is_not_the_speaker():
    text = (
        "Caterpillar plans cuts.\n\n"
        'LONDON, Oct 3 - Caterpillar Inc said it "will close the plant by March next year."\n\n'
        'CARACAS, Aug 15 - President Jaime Lusinchi said the country "will pay its debts in full."'
    )
    assert said_by(text) == [
        ("Caterpillar Inc", "Caterpillar Inc"),
        ("President Jaime Lusinchi", "Jaime Lusinchi"),
    ]


def test_a_sentence_word_before_a_name_is_no_part_of_its_title():
    text = (
        "Tony Blair spoke first.\n\n"
        'When Afghan President Ashraf Ghani arrived, he said: "We are ready to talk."\n\n'
        'But Mr Blair said: "We will win this argument."'
    )
    titles = [(q["speaker_name"], q["speaker_title"]) for q in extract_quotes(text)]
    assert titles == [("Ashraf Ghani", "Afghan President"), ("Tony Blair", None)]


def test_capitals_joined_by_periods_stay_one_word_in_a_title():
    text = 'The U.S. Attorney Preet Bharara said: "We will prosecute the case in full."'
    quotes = extract_quotes(text)
    assert [(q["speaker_name"], q["speaker_title"]) for q in quotes] == [("Preet Bharara", "U.S. Attorney")]


def test_a_law_or_an_organisation_head_is_no_antecedent_for_he():
    text = (
        "A J.P. Morgan spokesman defended the plan on Monday. He said the Glass-Steagall Act "
        'was out of date. "We are ready to compete," he said.'
    )
    assert [name for _, name in said_by(text)] == [None]


def test_a_byline_names_no_speaker():
    text = (
        "Oil Firm Sells Unit\nBy Paul Baker, Staff Writer\n\n"
        'Baker International Corp said it sold its unit. "The price was fair," Baker said.'
    )
    assert [name for _, name in said_by(text)] == ["Baker"]


def test_a_department_word_before_a_name_is_title_not_name():
    text = (
        '"Banks are sound," said Comptroller of the Currency Robert Clarke.\n\n'
        '"Growth will slow," said European Community envoy Tran Van Thinh.'
    )
    assert [name for _, name in said_by(text)] == ["Robert Clarke", "Tran Van Thinh"]


def test_he_after_an_inverted_report_with_an_affiliation_is_that_speaker():
    text = (
        'Edouard Cointreau said the market would rise. "It cannot go on for ever," he told Reuters.\n\n'
        "The reform was inevitable, said Ben Williams of Paris brokerage house Fauchier-Magnan. "
        '"One cannot be very disappointed," he said.'
    )
    assert [name for _, name in said_by(text)] == ["Edouard Cointreau", "Ben Williams"]


def test_a_capitalised_particle_opening_a_sentence_links_to_the_full_name():
    text = (
        "Finance Minister Barend du Plessis presented the budget on Wednesday. Du Plessis said the "
        'deficit "will fall sharply next year." Reserve Bank governor Gerhard de Kock agreed. '
        '"Inflation is the main enemy," De Kock said.'
    )
    assert [name for _, name in said_by(text)] == ["Barend du Plessis", "Gerhard de Kock"]


def test_a_place_name_after_in_or_port_of_is_no_antecedent():
    text = (
        "The source, who declined to be identified, said the tanker left the port of Bandar Abbas "
        'on Monday. "It was loaded at night," he told Reuters.'
    )
    assert said_by(text) == [("he", None)]


def test_a_name_before_a_person_noun_modifies_it():
    # "the former Scotland international" is a player, not a person called Scotland
    text = (
        "Former Southampton manager Gordon Strachan has turned down the Portsmouth job.\n\n"
        '"It is a fantastic job for anybody," Strachan told the BBC.\n\n'
        "The former Scotland international added that joining the club's local rivals would not be "
        'wise. "I have too many memories of the other side," he said.\n'
    )
    assert [name for _, name in said_by(text)] == ["Gordon Strachan", "Gordon Strachan"]


def test_a_wire_dateline_is_no_part_of_the_title_after_it():
    text = (
        "Strachan turns down Pompey\n\n"
        "MANCHESTER, Jan 1 - Former Southampton manager Gordon Strachan has rejected the chance to "
        "become Portsmouth's new boss.\n\n"
        '"I think it\'s a fantastic job for anybody," Strachan told the BBC.\n'
    )
    assert [q["speaker_title"] for q in extract_quotes(text)] == ["Former Southampton manager"]


def test_a_titled_name_before_its_affiliation_speaks():
    text = (
        '"We are close, nearer than ever to accepting it," producer spokesman Kofi Mensah of Ghana '
        "told Reuters after the meeting.\n"
    )
    assert said_by(text) == [("Kofi Mensah", "Kofi Mensah")]


def test_an_agent_is_a_title_before_a_name():
    text = (
        '"The offer is about five percent of the yearly budget," Ariadne\'s Philippine agent Ramon '
        "Dizon told reporters.\n"
    )
    assert said_by(text) == [("Ariadne's Philippine agent Ramon Dizon", "Ramon Dizon")]


def test_lowercase_title_words_between_a_place_and_a_name():
    text = (
        '"Big Bang will come to Germany," Frankfurt stock exchange president Michael Hauck said.\n\n'
        '"We were poor," Newcastle Boss Graeme Souness said.\n'
    )
    assert [name for _, name in said_by(text)] == ["Michael Hauck", "Graeme Souness"]


def test_an_inverted_speaker_named_after_a_company_and_a_title():
    text = (
        '"Prices will rise again," said Salomon Brothers (Asia) Ltd analyst Carole Ryavec.\n\n'
        '"There was a selling wave," said Donaldson, Lufkin and Jenrette Inc analyst William Marcus.\n'
    )
    assert said_by(text) == [("Carole Ryavec", "Carole Ryavec"), ("William Marcus", "William Marcus")]


def test_a_time_phrase_opening_the_subject_is_no_part_of_it():
    text = (
        "Earlier this year the Royal College of Physicians said it opposed the plan because of an "
        '"epidemic" of binge drinking.\n\n'
        'Last week Hope Hicks said she would "get back" to me.\n'
    )
    assert [s for s, _ in said_by(text)] == ["the Royal College of Physicians", "Hope Hicks"]


def test_a_prepositional_aside_after_a_name_is_not_the_speaker():
    text = (
        "President Richard von Weizsaecker, in a speech on the first day of an official visit to "
        'Argentina, says: "Democracy in Latin America must not be endangered."\n\n'
        "Senator Chuck Schumer, for whom Mr. Weiner once worked, was frustrated, telling one aide: "
        '"It\'s all political ricochet."\n'
    )
    assert [name for _, name in said_by(text)] == ["Richard von Weizsaecker", "Chuck Schumer"]


def test_a_clerical_rank_is_a_title():
    text = '"We can close the strait with artillery only," said Ayatollah Ali Khamenei.\n'
    assert [(q["speaker_name"], q["speaker_title"]) for q in extract_quotes(text)] == [
        ("Ali Khamenei", "Ayatollah")
    ]


def test_a_cue_with_a_colon_after_a_finished_quote_introduces_the_next_one():
    text = (
        '"Winning the gold medal was the highlight of my career," said Mark Lewis-Francis. "This award '
        'is for all my friends and family." Jason Gardener added: "All of us had worked very hard."\n'
    )
    names = [name for _, name in said_by(text)]
    assert names == ["Mark Lewis-Francis", "Mark Lewis-Francis", "Jason Gardener"]


def test_speaker_kind_tells_people_from_organisations():
    text = (
        '"We remain committed to the plant," Exxon Corp said in a statement.\n\n'
        '"The harvest estimate stands," the USDA said on Monday.\n\n'
        '"It is a fine deal," said Chris Rock, a shareholder.\n\n'
        'Her campaign said: "The senator will vote no."\n\n'
        '"Nothing has changed," said Mr Fox.\n'
    )
    kinds = [(q["speaker_name"], q["speaker_kind"]) for q in extract_quotes(text)]
    assert kinds == [
        ("Exxon Corp", "organisation"),
        ("USDA", "organisation"),
        ("Chris Rock", "person"),
        (None, None),  # "her campaign": no woman named before it
        ("Mr Fox", "person"),
    ]


def test_an_organisation_headed_by_a_person_speaks_itself():
    text = (
        "The Interministerial Committee on Credit and Savings, headed by Treasury Minister Giovanni "
        'Goria, said there was a "need to safeguard the separation between banking and industry."\n\n'
        '"The rate will fall," the committee, headed by Giovanni Goria, said.\n'
    )
    first, second = extract_quotes(text)
    assert (first["speaker_name"], first["speaker_kind"]) == (
        "Interministerial Committee on Credit and Savings",
        "organisation",
    )
    assert second["speaker"] == "the committee"


def test_military_and_police_ranks_without_periods_are_titles():
    text = (
        '"I did my duty," said Lt Col Alexander Vindman.\n\n'
        '"We found the car on Monday," said Det Insp Mark Holt.\n'
    )
    assert [(q["speaker_name"], q["speaker_title"]) for q in extract_quotes(text)] == [
        ("Alexander Vindman", "Lt Col"),
        ("Mark Holt", "Det Insp"),
    ]


def test_a_possessive_hands_an_organisation_name_to_its_person():
    text = (
        "Haruo Kimura is an economist at the Bank of Tokyo.\n\n"
        '"The dollar will fall," said Bank of Tokyo\'s Kimura.\n'
    )
    kinds = [(q["speaker_name"], q["speaker_kind"]) for q in extract_quotes(text)]
    assert kinds == [("Haruo Kimura", "person")]


def test_a_hyphenated_position_before_a_name_is_no_part_of_it():
    text = (
        "Scrum-half Peter Stringer was happy after the win in Rome.\n\n"
        '"We knew it would be tough," he said.\n\n'
        '"We worked hard as a squad," said Man-of-the-match Stephen Jones.\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["Peter Stringer", "Stephen Jones"]


def test_an_organisation_described_after_its_name_is_no_speaker():
    text = (
        'But Robert Crandall, a trade specialist at Brookings Institution, a think tank, said "a shot '
        'across their bow can often result in a shot in our stern."\n\n'
        'North Korea is "racing towards the nuclear finish line," as Van Jackson, a professor at the '
        "Asia-Pacific Center for Security Studies, a Pentagon think tank in Hawaii, put it.\n"
    )
    assert [q["speaker_name"] for q in extract_quotes(text)][:1] == ["Robert Crandall"]


def test_an_indefinite_head_speaks_not_the_name_in_its_of_phrase():
    text = (
        "A close associate of former Yukos boss Mikhail Khodorkovsky has told a court that the "
        'charges were "false" and politically motivated.\n\n'
        "Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton's bid for the presidency, "
        'told CNN: "I think she will."\n'
    )
    assert said_by(text) == [
        ("A close associate of former Yukos boss Mikhail Khodorkovsky", None),
        ("Sen. Kristen Gillibrand", "Kristen Gillibrand"),
    ]


def test_initials_open_a_name_they_are_no_acronym():
    text = (
        "Charles H. Dallara, the U.S. executive director, spoke first.\n\n"
        "\"The fund must act,\" said India's delegate, S. Venkitaramanan. \"We have expressed our "
        'unhappiness," he said.\n\nNew York Federal Reserve President E. Gerald Corrigan said: '
        '"The case for reform is strong."\n'
    )
    names = [name for _, name in said_by(text)]
    assert names == ["S. Venkitaramanan", "S. Venkitaramanan", "E. Gerald Corrigan"]


def test_a_statement_issuer_keeps_a_colour_word_of_its_name():
    text = (
        "The White House issued a statement on Monday.\n\n"
        '"We are ready to work with Congress," the statement said.\n'
    )
    assert said_by(text) == [("the statement", "White House")]


def test_a_firm_name_with_its_own_commas_stays_in_the_title():
    text = (
        "But Arjen Los, analyst with Dutch merchant bank Pierson, Heldring en Pierson, sees room for "
        'some optimism. "We have seen the bottom of its decline," he said.\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["Arjen Los"]


def test_a_name_the_article_gives_a_legal_form_is_a_company():
    text = (
        "Rockwell International Corp said it would buy back more shares. Shares of Rockwell rose.\n\n"
        'Rockwell said the program "complements our aggressive program of support for customers."\n\n'
        "Dome Petroleum Ltd shares fell. Analyst Wilf Gobert expects more losses.\n\n"
        'Dome Petroleum released its results on Monday. "There is not enough cash," he said.\n'
    )
    kinds = [(q["speaker_name"], q["speaker_kind"]) for q in extract_quotes(text)]
    assert kinds == [("Rockwell", "organisation"), ("Wilf Gobert", "person")]


def test_a_pronoun_after_a_fronted_participle_clause_is_the_subject():
    text = (
        "West German Finance Minister Gerhard Stoltenberg arrived on Monday. Speaking briefly with "
        'reporters before entering a meeting of the IMF he said, "These minor movements do not '
        'affect us."\n\nSaying he was not suggesting anyone was at fault, Scherer said "the audit '
        'found several problems."\n'
    )
    assert said_by(text) == [("he", "Gerhard Stoltenberg"), ("Scherer", "Scherer")]


def test_an_office_after_a_name_is_no_person():
    text = (
        "Peter Hain, Leader of the Commons, said the Tories were playing opposition for its own "
        'sake. "We have delivered," he said.\n\n"The deficit will fall," said Director of the Office '
        "of Management and Budget James Miller.\n"
    )
    assert [name for _, name in said_by(text)] == ["Peter Hain", "James Miller"]


def test_an_asked_clause_holds_no_speaker_and_no_cue():
    text = (
        "Grant Reuber is the bank's chairman.\n\n"
        "Asked if Bank of Montreal were considering declaring its loans non-performing, Reuber "
        'replied: "We have not got to that point."\n'
    )
    assert said_by(text) == [("Reuber", "Grant Reuber")]


def test_a_titled_name_with_a_noun_modifier_opens_the_clause_of_a_quote():
    text = (
        "Yahoo News and former TV network anchor Jane Pauley has promoted humility in speeches, "
        'advising graduates to "become members of the two-H club," and telling another class, '
        '"If you are too big for a small job, you are too small for a big one."\n\n'
        'London: Opposition leader Michael Howard dismissed the budget as "vote now, pay later" '
        "spending.\n"
    )
    names = [q["speaker_name"] for q in extract_quotes(text)]
    assert names == ["Jane Pauley", "Jane Pauley", "Michael Howard"]


def test_an_age_between_a_name_and_its_appositive_keeps_the_name_the_subject():
    text = (
        "One volunteer was more circumspect. Carla Menendez, 60, a doctor, said she was elated but "
        'still feared the army.\n\n"We have to be cautious about it," she said.\n'
    )
    assert said_by(text) == [("she", "Carla Menendez")]


def test_a_place_word_written_after_a_given_name_is_a_surname():
    text = (
        "The author Cornel West took the conversation further. Filling in for the senator at the "
        'same event, West landed a sharp dig at "my dear sister Hillary Clinton."\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["Cornel West"]
    unnamed = 'At the same event, West landed a sharp dig at "my dear sister Hillary Clinton."\n'
    assert [q["speaker_name"] for q in extract_quotes(unnamed)] == [None]


def test_a_fronted_adverbial_clause_holds_no_subject_of_the_main_clause():
    text = (
        "Sen. Richard Blumenthal held the floor for hours. As Blumenthal spoke, the NRA was going "
        'into overdrive, whipping lawmakers against "any and all gun control measures."\n\n'
        "When Ms. Schifano moved to Jamaica Estates, Queens, the wealthy enclave nearby, Freddy "
        'told her the family was "the first ethnic family to move into the neighborhood."\n'
    )
    names = [q["speaker_name"] for q in extract_quotes(text)]
    assert names[0] == "NRA"
    assert "Queens" not in names and "Annamaria Schifano" not in names


def test_a_report_or_paper_with_its_authors_name_speaks_for_them():
    text = (
        'A 2014 House Intelligence Committee report found "no evidence that there was a stand down '
        'order or a denial of support."\n\n'
        'The Washington Post recently ran a piece that noted his plan "would benefit affluent '
        'households more than poorer ones." Likewise, a paper from the left-leaning Brookings '
        'Institution had this to say about his college plan: "Families from the top half of the '
        'income distribution would receive more."\n'
    )
    quotes = extract_quotes(text)
    assert [q["speaker"] for q in quotes[::2]] == [
        "A 2014 House Intelligence Committee report",
        "a paper from the left-leaning Brookings Institution",
    ]
    assert quotes[1]["speaker_name"] == "Washington Post"


def test_call_sheets_are_no_verb_of_speech():
    text = (
        "The AP's report was based on an analysis of her personal calendar and call sheets kept by her "
        "closest aides - documents the AP received after filing a lawsuit.\n"
    )
    assert extract_quotes(text, types="direct,partial,indirect") == []


def test_an_adverbial_opening_the_next_sentence_is_no_speaker():
    text = (
        "''The major source of anxiety for working-class men is not whether they have a job,'' Mr. "
        "Garin said. ''Their recovery is about assets and income.'' For African-Americans, on the other "
        "hand, ''you do not take job growth for granted at all.''\n"
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["Garin", "Garin", "Garin"]


def test_a_subordinate_clause_running_on_to_a_quote_owns_it():
    text = (
        "Donald Trump spoke in Florida on Thursday. The Anti-Defamation League has protested his use "
        'of old tropes when he talks of Clinton meeting "in secret with international banks to plot '
        'the destruction of U.S. sovereignty."\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["Donald Trump"]


def test_a_description_holding_a_name_introduces_a_quote_after_a_colon():
    text = (
        "Donald Trump spent the weekend online. Between Saturday and Monday, the Trump monster fired "
        'off tweets with 30 exclamation points: "CORRUPTION CONFIRMED! Media rigging election!"\n'
    )
    assert [(q["speaker"], q["speaker_name"]) for q in extract_quotes(text)] == [
        ("the Trump monster", "Donald Trump")
    ]


def test_a_beat_in_a_conversation_keeps_the_voice():
    text = (
        '"I am calling from the campaign. How are you today?" Eva Miller said into the phone.\n\n'
        "She pauses.\n\n"
        '"Well, thank you so much."\n\n'
        "Pause.\n\n"
        '"Well, you do that! Hillary will appreciate it, and so will I."\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["Eva Miller"] * 3


def test_the_interviewer_named_in_the_lead_in_asks_the_question():
    text = (
        "In an interview with The Des Moines Register published online Wednesday, Trump was asked, "
        '"What is the most dangerous place in the world you have been to?"\n\n'
        'Trump was asked, "Would you do it again?"\n'
    )
    assert [q["speaker"] for q in extract_quotes(text)] == ["The Des Moines Register", None]


def test_a_quote_in_a_parenthesis_takes_no_attribution_from_outside_it():
    text = (
        "Hillary Clinton spoke on Sunday. After the firebombing of a county office (Clinton called "
        "it \"horrific and unacceptable\" "
        'and was "grateful that everyone is safe"), Trump inflamed tensions by saying, "Animals '
        'just firebombed our office."\n'
    )
    names = [q["speaker_name"] for q in extract_quotes(text)]
    assert names == ["Hillary Clinton", "Hillary Clinton", "Trump"]


def test_a_party_appositive_describes_the_name_before_it():
    text = (
        '"We will not accept this," Sen. John Danforth, a Missouri Republican, said.\n\n'
        "Carlos Beruff, a Sarasota Republican, argued that the department is not needed at all.\n"
    )
    quotes = extract_quotes(text, types="direct,partial,indirect")
    assert [q["speaker_name"] for q in quotes] == ["John Danforth", "Carlos Beruff"]


def test_a_place_after_a_preposition_is_no_name_for_an_appositive():
    text = 'In Tokyo, one oil analyst said: "Prices will rise before the summer."\n'
    assert [q["speaker"] for q in extract_quotes(text)] == ["one oil analyst"]


def test_an_asked_clause_without_a_comma_ends_before_its_subject():
    text = (
        "But Michael Howard said he rejected the idea. Asked if he would welcome BNP voters he told "
        'the BBC: "I do not want anybody to vote for these extremist parties."\n'
    )
    assert [(q["speaker"], q["speaker_name"]) for q in extract_quotes(text)] == [("he", "Michael Howard")]


def test_a_building_word_after_a_given_name_is_a_surname():
    text = (
        "In one of the most direct criticisms, board chairman John Tower, a longtime Reagan supporter "
        'and former senator from Texas, told a press conference, "The president clearly did not '
        'understand the nature of this operation."\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["John Tower"]


def test_a_long_titled_name_after_a_finished_quote_attributes_it():
    text = (
        'The FTC complaint also charged that Kraft could not substantiate the claims.\n\n'
        '"Nutritional information is important to consumers, but it can be difficult for them to '
        'verify." FTC Bureau of Consumer Protection Director William MacLeod said in a statement.\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["William MacLeod"]


def test_a_role_after_an_article_opens_the_clause_of_a_quote():
    text = (
        '"Consumption will be higher by the fourth quarter," said an international trader in Tokyo. '
        'Another Tokyo trader was less bullish, "For sure there will be some shortage but it depends '
        'on how much they cheat."\n\n'
        "Ruth Bader Ginsburg apologized on Thursday. In three interviews, the justice sounded off on "
        'Trump, saying she did not "want to contemplate" the effects on the court.\n'
    )
    quotes = extract_quotes(text)
    assert [(q["speaker"], q["speaker_name"]) for q in quotes[1:]] == [
        ("Another Tokyo trader", None),
        ("the justice", "Ruth Bader Ginsburg"),
    ]


def test_a_second_verb_after_a_quoted_fragment_is_no_tail_attribution():
    text = (
        'Finance Minister Mark Eyskens said he was ready to "simplify and eventually suppress" the '
        "procedure for non-residents and would announce details in the next few days.\n"
    )
    assert [(q["speaker_name"], q["cue"]) for q in extract_quotes(text)] == [("Mark Eyskens", "said")]


def test_a_titled_subject_after_but_reports_the_quote_and_a_relay_does_not():
    text = (
        "Birmingham have confirmed Blackburn made a bid for Robbie Savage -- but managing director "
        'Karen Brady has called it "derisory and insulting".\n\n'
        'Malaysia said damage to the fishing industry will be "very significant indeed", Agence '
        "France Presse reported.\n"
    )
    assert [(q["speaker"], q["cue"]) for q in extract_quotes(text)] == [
        ("Karen Brady", "called"),
        ("Malaysia", "said"),
    ]


def test_a_role_appositive_describes_the_name_or_description_before_it():
    text = (
        'Senate Republican leader Bob Dole, a key Reagan ally, told reporters, "The president must '
        'act now."\n\n"We must act," the Kansas Republican, a likely presidential candidate next '
        "year, said.\n"
    )
    assert [(q["speaker"], q["speaker_name"]) for q in extract_quotes(text)] == [
        ("Senate Republican leader Bob Dole", "Bob Dole"),
        ("the Kansas Republican", "Bob Dole"),
    ]
