"""A 2013–2017 single inspection framework report of an invented council, three numbered recommendations and the
rest of its layout as printed, for the status tests that need an inspection before a council's papers."""

from __future__ import annotations


def sif_report(council: str, fieldwork: str, published: str, recommendations: list[str], title: str = "") -> str:
    """The report's text: `fieldwork` as printed ('5 March 2018 to 29 March 2018'), `published` ('8 May 2018'), the
    council named at its top as `title` ('<council> Council' by default)."""
    items = "\n".join(f"{n}. {text}" for n, text in enumerate(recommendations, start=1))
    return f"""
1
{title or council + " Council"}
Inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: {fieldwork}
Report published: {published}
Children's services in {council} require improvement to
be good
1. Children who need help and protection Requires improvement
2. Children looked after and achieving
permanence
Requires improvement
3. Leadership, management and governance Requires improvement

2
Executive summary
Children's services in {council} require improvement to be good. Leaders know their service well.

8
Recommendations
{items}

9
Summary for children and young people
 Most children are safe and well looked after.
"""
