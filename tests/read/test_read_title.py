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
