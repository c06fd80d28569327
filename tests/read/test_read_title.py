"""A document's title is what its first lines print, not a page number or half a wrapped heading."""

from findings.read import heading


def test_the_title_skips_a_page_number_and_joins_a_wrapped_heading_up_to_a_field():
    pdf_text = "1\nInspection of Anytown local\nauthority children’s services\nInspection dates: 1 to 5 May 2024\n"
    assert heading(pdf_text) == "Inspection of Anytown local authority children’s services"
    assert heading("\n\nAnytown Council\n\nCorporate Parenting Panel\n") == "Anytown Council"
    assert heading(" NOTICE OF MEETING\nSCRUTINY COMMITTEE\nDate & Time\nMonday\n") == "NOTICE OF MEETING SCRUTINY COMMITTEE"
    assert heading("12\n\n3\n") is None


def test_a_paragraph_a_line_gives_its_first_line_and_body_text_never_joins_a_title():
    body = "Ofsted Improvement Plan\nThe council accepted all six recommendations.\nAction 1 is led by the Director.\n"
    assert heading(body, wrapped=False) == "Ofsted Improvement Plan"
    assert heading(body) == "Ofsted Improvement Plan"  # a sentence is body text, even in a PDF


def test_a_first_line_that_is_a_sentence_stands_alone_and_a_wrapped_title_may_end_with_a_full_stop():
    first = "This report updates members on progress against the recommendations of the inspection.\nPanel\n"
    assert heading(first) == "This report updates members on progress against the recommendations of the inspection."
    assert heading("Inspection of Anytown local\nauthority children's services.\nBody\n") == (
        "Inspection of Anytown local authority children's services."
    )


def test_a_letters_title_is_its_subject_line_after_the_salutation_not_its_date_and_address():
    """A focused visit's letter opens with its date and the addressee's name and post: `findings report` cited it as
    '3 March 2023 Sam Okoro Director of Children's Services' (unseen tester helper-225). Its title is its subject."""
    letter = (
        "3 March 2023\n"
        "Sam Okoro\n"
        "Director of Children's Services\n"
        "Anytown Borough Council\n"
        "Civic Centre\n"
        "Dear Sam\n"
        "Focused visit to Anytown local authority\n"
        "children's services\n"
        "This letter summarises the findings of the focused visit to Anytown local authority children's services on\n"
        "7 and 8 February 2023.\n"
    )
    assert heading(letter) == "Focused visit to Anytown local authority children's services"
    assert heading(letter, wrapped=False) == "Focused visit to Anytown local authority"  # a paragraph a line
    spaced = letter.replace("Dear Sam\n", "Dear Sam,\n\n")
    assert heading(spaced) == "Focused visit to Anytown local authority children's services"


def test_a_letter_whose_salutation_is_followed_by_a_sentence_keeps_its_first_lines():
    letter = "Anytown Council\nChildren's Services\n\nDear Sir\n\nThank you for your letter of 2 May.\n"
    assert heading(letter) == "Anytown Council Children's Services"
    assert heading("Dear colleagues, the panel met on Monday and agreed the plan.\nMore\n") == (
        "Dear colleagues, the panel met on Monday and agreed the plan."
    )


def test_a_subject_line_cut_short_by_a_date_is_no_title():
    """A committee's covering letter whose subject runs on to the meeting's date keeps its letterhead as its title."""
    letter = "Anytown Council\nTown Hall\n\n2 May 2024\n\nDear Councillor\n\n"
    letter += "CHILDREN'S SCRUTINY COMMITTEE -\nTUESDAY 14 MAY 2024\n"
    assert heading(letter) == "Anytown Council Town Hall"


def test_a_letters_first_sentence_wrapped_with_no_stop_is_no_subject():
    """'Thank you for inviting … to carry out a' / 'peer review …': a sentence wrapped before its stop is the letter's
    first sentence, not its subject (reviewer helper-233; reading.json letter_title.not_subject)."""
    for opening in (
        "Thank you for inviting the Local Government Association to carry out a",
        "I am writing to you following the monitoring visit to Riverton children's",
    ):
        head = "Riverton Council\nCivic Centre\n\n14 June 2023\n\nDear Ms Ambrose,\n\n"
        text = f"{head}{opening}\nservices on 1 and 2 February. The team was welcome.\n"
        assert heading(text) == "Riverton Council Civic Centre"


def test_a_subject_line_is_not_joined_with_the_letters_first_sentence_wrapped_under_it():
    """'Focused visit to …' over 'This letter summarises the findings of the focused visit to …' (wrapped, no stop on
    its line): the subject ends where the letter's first sentence opens (tester helper-286: the panel report showed
    the title with the sentence run on)."""
    letter = (
        "3 May 2023\nKim Lowe\nDirector of Children's Services\nEastwick Borough Council\nDear Kim\n"
        "Focused visit to Eastwick Borough Council children's services\n"
        "This letter summarises the findings of the focused visit to Eastwick Borough Council\n"
        "children's services on 4 and 5 April 2023.\n"
    )
    assert heading(letter) == "Focused visit to Eastwick Borough Council children's services"
    wrapped = letter.replace(" Borough Council children's services\nThis", " Borough\nCouncil children's services\nThis")
    assert heading(wrapped) == "Focused visit to Eastwick Borough Council children's services"
